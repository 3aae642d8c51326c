"""Screenshots of every main view, on the bundled sample CVs, for the README.

    python scripts/screenshots.py [--out docs/screenshots] [--samples resources/samples]

Starts its own Xvfb display (unless --offscreen or DISPLAY is set and
--use-display is given), runs the real window against a throw-away database
and data folder, imports the sample CVs through the window, leaves a few
reviews from invented colleagues through `reviewer.operations`, and saves:
main window, candidate page, original document, compare, import progress,
import report, export dialog (and the main window in the dark palette).
Dialogs are composited over the window the way a reviewer sees them.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COLLEAGUES = {  # invented reviewers and what they wrote
    "Ben Okafor": [(4, "Solid publication record; would like to hear about the systems work."),
                   (4, "Good fit for the theory group, and for us."),
                   (5, "Strongest of the batch. Invite.")],
    "Chloé Martin": [(4, "Agree with Ben — invite for an interview."),
                     (2, "Thin on first-author work."),
                     (4, "")],
}


def start_xvfb(display: str = ":77") -> subprocess.Popen:
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display.lstrip(':')}").exists():
            break
        time.sleep(0.1)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--samples", type=Path, default=ROOT / "resources" / "samples")
    ap.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt's offscreen platform")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="cvr-shots-"))
    os.environ["REVIEWER_DATA_DIR"] = str(work)
    os.environ["REVIEWER_DB"] = str(work / "reviewer.sqlite3")
    xvfb = None
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        xvfb = start_xvfb()
    try:
        return Shooter(args.out, args.samples, work).run()
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)


class Shooter:
    def __init__(self, out: Path, samples: Path, work: Path) -> None:
        self.out, self.samples, self.work = out, samples, work
        out.mkdir(parents=True, exist_ok=True)

    def run(self) -> int:
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        from ui.app import create_window
        from ui.settings import Settings
        from ui.style import apply_theme

        self.app = QApplication.instance() or QApplication(["cv-reviewer"])
        self.earlier_batch()
        self.app.setApplicationName("CV Reviewer")
        apply_theme(self.app, "light")
        settings = Settings()
        settings.reviewer_name = "Ada Chair"
        self.loop = QEventLoop
        self.QTimer = QTimer
        self.window = w = create_window(str(self.work / "reviewer.sqlite3"), settings=settings)
        w.show_import_report = False
        w.resize(1480, 900)
        w.show()
        self.wait_for(w.ready)

        # Import through the window; catch the progress dialog mid-way.
        progress_shot: list[bool] = []

        def on_progress(p) -> None:  # noqa: ANN001
            # Near the end, so the list already shows the candidates read so far.
            if not progress_shot and p.done >= max(1, p.total - 1) and w.importer.dialog:
                progress_shot.append(True)
                dialog = w.importer.dialog
                w.list.refresh()
                self.settle(400)
                self.save_over(w, dialog, "import-progress.png")

        w.importer.progressed.connect(on_progress)
        w.import_folder(str(self.samples))
        report = self.wait_for(w.import_finished, timeout=120_000)[0]
        print(report.summary_line())
        self.review_like_a_committee()
        self.settle(600)

        from ui.import_dialog import ImportReportDialog

        dialog = ImportReportDialog(report, str(self.samples), w)
        dialog.show()
        self.settle(200)
        self.save_over(w, dialog, "import-report.png")
        dialog.close()

        # Main window: the richest profile selected, list with scores and tags.
        best = self.richest_candidate()
        self.select(best)
        self.settle(400)
        self.save(w, "main-window.png")

        # Candidate page scrolled to the publications.
        page = w.page
        bar = page.profile_view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        self.settle(200)
        self.save(page, "candidate-page.png")
        bar.setValue(0)

        # The original document: a PDF, rendered by QtPdf.
        pdf = self.richest_candidate(pdf_only=True)
        self.select(pdf)
        page.show_document()
        self.settle(800)
        self.save(w, "original-document.png")
        page.show_profile()

        # Compare the top three.
        w.list.sortByColumn(0, __import__("PySide6.QtCore").QtCore.Qt.SortOrder.AscendingOrder)
        w.list.select_ids(self.ranked_ids()[:3])
        self.settle(200)
        w.compare_selected()
        view = w.compare_windows[-1]
        view.resize(1480, 940)
        self.wait_until(lambda: len(view.details) == len(view.candidate_ids) and bool(view.list_rows))
        self.settle(400)
        self.save(view, "compare.png")
        # The committee's numbers sit below the reviews: scroll down to them.
        from PySide6.QtWidgets import QScrollArea

        bar = view.findChild(QScrollArea).verticalScrollBar()
        bar.setValue(bar.maximum())
        self.settle(200)
        self.save(view, "compare-aggregates.png")
        view.close()

        from ui.export_dialog import ExportDialog

        export = ExportDialog(w.ctx, tags=["interview", "shortlist"], default_dir=str(Path.home() / "Documents"),
                              parent=w, preset_tag="shortlist")
        export.top.setValue(10)
        export.min_score.setValue(3.0)
        export.show()
        self.settle(200)
        self.save_over(w, export, "export-dialog.png")
        export.close()

        w.set_theme("dark")
        self.settle(400)
        self.select(best)
        self.settle(400)
        self.save(w, "main-window-dark.png")
        w.set_theme("light")
        w.close()
        print(f"saved to {self.out}")
        return 0

    # -- data a committee leaves behind -------------------------------------
    def earlier_batch(self) -> None:
        """Two of the samples arrived last week (imported then), so the progress
        shot shows the list in use while the rest of the folder is read."""
        from db.store import open_store
        from reviewer import operations as ops

        files = sorted(p for p in self.samples.iterdir() if p.is_file())[:2]
        batch = self.work / "last-week"
        batch.mkdir()
        for f in files:
            shutil.copy2(f, batch / f.name)
        with open_store(self.work / "reviewer.sqlite3") as store:
            print("earlier batch:", ops.import_folder(store, batch).summary_line())

    def review_like_a_committee(self) -> None:
        from reviewer import operations as ops

        store = self.window.ctx.store
        rows = ops.list_candidates(store)
        richest = sorted(rows, key=lambda r: (-r.publications, r.name))
        for reviewer, reviews in COLLEAGUES.items():
            for row, (score, comment) in zip(richest, reviews, strict=False):
                ops.set_score(store, candidate_id=row.id, reviewer=reviewer, score=score)
                if comment:
                    ops.set_comment(store, candidate_id=row.id, reviewer=reviewer, comment=comment)
        if richest:
            ops.set_score(store, candidate_id=richest[0].id, reviewer="Ada Chair", score=4)
            ops.set_comment(store, candidate_id=richest[0].id, reviewer="Ada Chair",
                            comment="Clear research agenda; first-author papers at top venues.")
            if len(richest) > 2:  # Ada has not scored richest[1]: its scores stay hidden from her
                ops.set_score(store, candidate_id=richest[2].id, reviewer="Ada Chair", score=3)
            ops.add_tag(store, candidate_ids=[r.id for r in richest[:2]], tag="shortlist")
            ops.add_tag(store, candidate_ids=[richest[0].id], tag="interview")
            ops.set_stage(store, candidate_id=richest[0].id, stage="interview", reviewer="Ada Chair")
            for row in richest[1:2]:
                ops.set_stage(store, candidate_id=row.id, stage="shortlist", reviewer="Ada Chair")
        self.window.ctx.bus.changed.emit(ops.Changes(reviews=True, tags=True))

    def richest_candidate(self, *, pdf_only: bool = False) -> int:
        from reviewer import operations as ops

        store = self.window.ctx.store
        rows = ops.list_candidates(store)
        if pdf_only:  # a PDF read from the samples folder (not last week's copy)
            samples = str(self.samples.resolve())
            pdfs = [r for r in rows if any(d.format.lower() == "pdf" and d.path.startswith(samples)
                                           for d in ops.get_candidate(store, r.id).documents)]
            rows = pdfs or rows
        return max(rows, key=lambda r: (r.first_author, r.publications, -r.id)).id

    def ranked_ids(self) -> list[int]:
        from reviewer import operations as ops

        return [r.id for r in ops.list_candidates(self.window.ctx.store)]

    def select(self, cid: int) -> None:
        self.window.list.select_ids([cid], current=cid)
        self.wait_until(lambda: self.window.page.candidate_id == cid)

    # -- Qt plumbing ----------------------------------------------------------
    def settle(self, ms: int) -> None:
        loop = self.loop()
        self.QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_for(self, signal, timeout: int = 30_000) -> tuple:  # noqa: ANN001
        got: list[tuple] = []
        loop = self.loop()
        signal.connect(lambda *a: (got.append(a), loop.quit()))
        self.QTimer.singleShot(timeout, loop.quit)
        loop.exec()
        if not got:
            raise TimeoutError(f"no signal within {timeout} ms")
        return got[0]

    def wait_until(self, predicate, timeout: float = 30.0) -> None:  # noqa: ANN001
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("condition not met")
            self.settle(50)

    def save(self, widget, name: str) -> None:  # noqa: ANN001
        widget.grab().save(str(self.out / name))
        print("saved", name)

    def save_over(self, window, dialog, name: str) -> None:  # noqa: ANN001
        """The window with the dialog centred on it and a soft edge, as on a desktop."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QColor, QPainter

        base = window.grab()
        top = dialog.grab()
        painter = QPainter(base)
        ratio = base.devicePixelRatio()
        painter.fillRect(base.rect(), QColor(0, 0, 0, 60))
        at = QPoint(int((base.width() / ratio - top.width() / ratio) / 2),
                    int((base.height() / ratio - top.height() / ratio) / 3))
        for i, alpha in enumerate((40, 25, 12)):
            painter.fillRect(at.x() - 1 - i, at.y() - 1 - i, int(top.width() / ratio) + 2 + 2 * i,
                             int(top.height() / ratio) + 2 + 2 * i, QColor(0, 0, 0, alpha))
        painter.drawPixmap(at, top)
        painter.end()
        base.save(str(self.out / name))
        print("saved", name)


if __name__ == "__main__":
    sys.exit(main())
