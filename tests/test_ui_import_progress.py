"""The import's progress dialog shows the newest count a few times a second, not once a file:
QProgressBar repaints at once on every value, and a fast import reports hundreds of files a second."""
from __future__ import annotations

from reviewer.results import ImportProgress
from ui.import_dialog import SHOW_EVERY_MS, ImportProgressDialog


def test_a_burst_of_reports_is_shown_once_as_the_newest(qtbot):
    dialog = ImportProgressDialog("Importing /cvs")
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.count.text()
    for done in range(1, 50):
        dialog.update_progress(ImportProgress(done, 100, f"/cvs/cv_{done}.pdf"))
    assert dialog.count.text() == before  # nothing painted during the burst
    qtbot.waitUntil(lambda: dialog.count.text() == "49 of 100 files", timeout=SHOW_EVERY_MS * 10)
    assert dialog.bar.value() == 49 and "cv_49.pdf" in dialog.current.text()


def test_the_last_count_is_shown_at_once(qtbot):
    dialog = ImportProgressDialog("Importing /cvs")
    qtbot.addWidget(dialog)
    dialog.update_progress(ImportProgress(3, 7, "/cvs/a.pdf"))
    dialog.update_progress(ImportProgress(7, 7, "/cvs/z.docx"))
    assert dialog.count.text() == "7 of 7 files" and dialog.bar.value() == 7
