"""Screenshots of the committee's record for the README: the conflict-of-interest
box the review panel shows for a suggested conflict, and the History tab.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_committee.py [--out docs/screenshots]

Runs the real window on a throw-away database of the bundled sample CVs
(invented people); the reviewer "Jonah Hale" is a co-author the samples name.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="cvr-committee-shots-"))
    os.environ["REVIEWER_DATA_DIR"] = str(work)
    from PySide6.QtWidgets import QApplication

    from db.store import open_store
    from reviewer import operations as ops
    from ui.app import create_window
    from ui.settings import Settings

    db = work / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, ROOT / "resources" / "samples", workers=1)
        rows = {r.name: r.id for r in ops.list_candidates(store)}
        elena = rows["Elena Marchetti"]
        ops.set_rubric(store, criteria=[("research", 2.0), ("teaching", 1.0), ("fit", 1.0)])
        ops.set_score(store, candidate_id=elena, reviewer="Ben Okafor", score=4)
        ops.set_comment(store, candidate_id=elena, reviewer="Ben Okafor", comment="Invite for an interview.")
        ops.add_tag(store, candidate_ids=[elena], tag="interview", reviewer="Ben Okafor")
        ops.set_stage(store, candidate_id=elena, stage="shortlist", reviewer="Ada Chair")
        ops.set_criterion_score(store, candidate_id=elena, reviewer="Ada Chair", criterion="research", score=5)
        ops.set_criterion_score(store, candidate_id=elena, reviewer="Ada Chair", criterion="fit", score=4)
        ops.correct_field(store, candidate_id=elena, field="name", value="Elena Marchetti", reviewer="Ada Chair")
        ops.set_affiliation(store, reviewer="Jonah Hale", affiliation="University of Cambridge")
    app = QApplication.instance() or QApplication(sys.argv)
    args.out.mkdir(parents=True, exist_ok=True)

    def wait(condition, seconds: float = 15.0) -> None:  # noqa: ANN001
        import time

        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(50):  # let the last repaint happen
            app.processEvents()

    def shoot(reviewer: str, name: str, tab: str | None) -> None:
        settings = Settings()
        settings.reviewer_name = reviewer
        window = create_window(str(db), settings=settings)
        window.show_import_report = False
        window.resize(1400, 860)
        window.show()
        wait(lambda: window.list.proxy.rowCount() > 0)
        from ui.candidate_model import Column

        proxy = window.list.proxy
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == "Elena Marchetti")
        window.list.selectRow(row)
        wait(lambda: window.page.candidate_id is not None)
        if tab == "history":
            window.page.show_history()
            wait(lambda: window.page.history_view.model().rowCount() > 0)
        window.grab().save(str(args.out / name))
        window.close()
        window.ctx.store.close()

    shoot("Jonah Hale", "conflict-suggestion.png", None)
    shoot("Ada Chair", "history.png", "history")
    print(f"wrote {args.out / 'conflict-suggestion.png'} and {args.out / 'history.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
