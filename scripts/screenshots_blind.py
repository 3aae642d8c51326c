"""Screenshots of the blind first round, the triage queue and the list with its
rubric aggregates, for the README.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_blind.py [--out docs/screenshots]

Runs the real window on a throw-away database of the bundled sample CVs
(invented people) plus one invented CV with a photo (a flat-colour square).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

REVIEWERS = ("Ada Chair", "Ben Okafor", "Cleo Park")
CRITERIA = [("research", 2.0), ("teaching", 1.0), ("fit", 1.0), ("potential", 1.0)]


def _seed(db: Path, folder: Path) -> None:
    from db.store import open_store
    from reviewer import operations as ops

    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        ops.set_rubric(store, criteria=CRITERIA)
        ops.set_hide_scores_until_mine(store, on=False)
        rng = random.Random(3)
        ids = [r.id for r in ops.list_candidates(store)]
        for reviewer in REVIEWERS:
            for cid in ids[:-2]:  # the last two wait for the triage queue
                for name, _ in CRITERIA:
                    ops.set_criterion_score(store, candidate_id=cid, reviewer=reviewer, criterion=name,
                                            score=rng.randint(2, 5))
        ops.set_comment(store, candidate_id=ids[0], reviewer="Ben Okafor", comment="Strong methods; invite.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="cvr-blind-shots-"))
    os.environ["REVIEWER_DATA_DIR"] = str(work)
    from PySide6.QtWidgets import QApplication

    from reviewer import operations as ops
    from reviewer.blind import blind_label
    from tests.blind_support import ADA, write_pdf_with_photo
    from ui.app import create_window
    from ui.candidate_model import Column
    from ui.committee_modes import open_triage
    from ui.settings import Settings

    folder = work / "cvs"
    shutil.copytree(ROOT / "resources" / "samples", folder)
    write_pdf_with_photo(folder / "ada_quill_cv.pdf", ADA)
    db = work / "reviewer.sqlite3"
    _seed(db, folder)
    app = QApplication.instance() or QApplication(sys.argv)
    args.out.mkdir(parents=True, exist_ok=True)

    def wait(condition, seconds: float = 15.0) -> None:  # noqa: ANN001
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(50):  # let the last repaint happen
            app.processEvents()

    settings = Settings()
    settings.reviewer_name = "Ada Chair"
    window = create_window(str(db), settings=settings)
    window.show_import_report = False
    window.resize(1500, 880)
    window.show()
    wait(lambda: window.list.proxy.rowCount() > 0)
    window.list.selectRow(0)
    wait(lambda: window.page.candidate_id is not None)
    window.grab().save(str(args.out / "list-aggregates.png"))

    ada = next(r.id for r in ops.list_candidates(window.ctx.store) if r.name == ADA.name)
    ops.set_blind_first_round(window.ctx.store, on=True, reviewer="Ada Chair")
    window.list.refresh()
    proxy = window.list.proxy
    wait(lambda: any(proxy.index(r, Column.NAME).data() == blind_label(ada) for r in range(proxy.rowCount())))
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.NAME).data() == blind_label(ada))
    window.list.selectRow(row)
    wait(lambda: window.page.candidate_id == ada)
    window.page.show_document()
    wait(lambda: window.page.document_view.is_showing_pdf())
    window.grab().save(str(args.out / "blind-document.png"))

    dialog = open_triage(window.ctx, window)
    wait(lambda: dialog.queue.current is not None and dialog.title.text() != "")
    wait(lambda: dialog.profile.toPlainText() != "")
    dialog.score_boxes["research"].setValue(4)
    dialog.tags.setText("interview")
    app.processEvents()
    dialog.grab().save(str(args.out / "triage.png"))
    dialog.close()
    window.close()
    window.ctx.store.close()
    print(f"wrote list-aggregates.png, blind-document.png and triage.png to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
