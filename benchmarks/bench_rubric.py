"""Issue 11: the committee's list with a rubric. Three reviewers score 1,000
candidates on a 4-criterion rubric; the real window opens on that database.

    python -m benchmarks.bench_rubric [--candidates 1000] [--real 200]

Measures (Markdown rows as benchmarks/measure.py prints them):
- r1: window ready with the list and its aggregates (mean, median, spread, SD,
  calibrated; each overall a weighted rubric score): create_window to the first
  painted list, through the real database and the real window model;
- r2: the same ranked rows with aggregates in the core alone (list_candidates);
- r3: sorting by Mean, Median, Spread, SD and Calib. (header click to repainted list).
The candidates come from benchmarks/datasets.py (`--real` imported through the
real pipeline, copied to `--candidates`); the scores are written through the
db layer in one transaction (a fixture, not the path being measured).
"""
from __future__ import annotations

import argparse  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_gui import _app, _wait  # noqa: E402
from benchmarks.measure import Row, Timer, emit, median, ms, table, verdict  # noqa: E402

REVIEWERS = ("Ada Chair", "Ben Harsh", "Cleo Kind")
CRITERIA = [("Research", 2.0), ("Teaching", 1.0), ("Fit", 1.0), ("Potential", 1.5)]
TARGET_READY_S, TARGET_SORT_MS = 1.0, 100


def build(db: Path) -> int:
    """The rubric and every reviewer's four criterion scores for every candidate."""
    from db import candidates as cq
    from db import rubric as rq
    from db.store import open_store
    from reviewer import operations as ops

    rng = random.Random(11)
    with open_store(db, daily_backup=False) as store:
        ops.set_rubric(store, criteria=CRITERIA)
        ops.set_hide_scores_until_mine(store, on=False)
        ids = sorted(r.id for r in ops.list_candidates(store))
        with store.session() as session:
            criteria = rq.criteria(session)
            for name in REVIEWERS:
                who = cq.reviewer_id(session, name)
                bias = rng.choice((-1, 0, 1))  # a harsh, a neutral, a lenient reviewer
                for cid in ids:
                    cq.save_review(session, candidate_id=cid, reviewer_id=who)
                    for c in criteria:
                        score = max(1, min(5, rng.randint(1, 5) + bias))
                        rq.set_criterion_score(session, candidate_id=cid, reviewer_id=who, criterion_id=c.id,
                                               score=score)
        return len(ids)


def measure(db: Path, count: int) -> list[Row]:
    app = _app()
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from db.store import open_store
    from reviewer import operations as ops
    from ui.app import create_window
    from ui.candidate_model import Column
    from ui.settings import Settings

    with open_store(db, daily_backup=False) as store:
        core = []
        for _ in range(3):
            with Timer() as t:
                rows = ops.list_candidates(store, reviewer=REVIEWERS[0])
            core.append(t.seconds)
    assert sum(r.mean_score is not None for r in rows) == count

    settings = Settings()
    settings.reviewer_name = REVIEWERS[0]
    opened = time.perf_counter()
    window = create_window(str(db), settings=settings)
    window.show_import_report = False
    ready: list[float] = []
    window.ready.connect(lambda: ready.append(time.perf_counter()))
    window.show()
    if not _wait(app, lambda: bool(ready)):
        return [Row("r1", "window ready", "n/a", "", "n/a", "`ready` never came")]
    app.processEvents()
    shown = time.perf_counter() - opened
    proxy = window.list.proxy
    with_mean = sum(proxy.index(r, Column.MEAN_SCORE).data() not in (None, "") for r in range(proxy.rowCount()))

    view, header = window.list, window.list.horizontalHeader()
    sorts = []
    for column in (Column.MEAN_SCORE, Column.MEDIAN, Column.SPREAD, Column.STDEV, Column.CALIBRATED):
        view.scrollTo(view.model().index(0, column))
        app.processEvents()
        for _click in range(2):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            t0 = time.perf_counter()
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(x, header.height() // 2))
            view.viewport().repaint()
            sorts.append(time.perf_counter() - t0)
    window.close()
    window.ctx.store.close()
    return [
        Row("r1", f"window ready, {proxy.rowCount()} candidates with aggregates (4-criterion rubric, 3 reviewers)",
            f"{shown:.2f} s", f"<= {TARGET_READY_S:.0f} s", verdict(shown <= TARGET_READY_S),
            f"create_window to the first painted list; {with_mean} rows show a mean"),
        Row("r2", "ranked rows with aggregates in the core (list_candidates)",
            f"median {ms(median(core))}, first {ms(core[0])}", "", "",
            f"{count} candidates x 3 reviewers x 4 criteria = {count * 12} criterion scores"),
        Row("r3", "sort by Mean, Median, Spread, SD, Calib. (header click to repainted list)",
            f"median {ms(median(sorts))}, max {ms(max(sorts))}", f"<= {TARGET_SORT_MS} ms",
            verdict(max(sorts) * 1000 <= TARGET_SORT_MS), f"{len(sorts)} header clicks (QTest), each column twice"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--real", type=int, default=200, help="how many are imported for real (then copied)")
    args = parser.parse_args(argv)
    from benchmarks.datasets import candidates_db, working_copy

    cached = candidates_db(args.candidates, real_max=args.real)
    with tempfile.TemporaryDirectory() as folder:
        db = working_copy(cached, Path(folder))
        with Timer() as t:
            count = build(db)
        print(f"scores written for {count} candidates in {t.seconds:.1f} s", file=sys.stderr)
        rows = measure(db, count)
    emit(rows)
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
