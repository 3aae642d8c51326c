"""The window on another machine: the original PDF is shown from the database
when the file is not on this disk, on SQLite and on PostgreSQL."""
from __future__ import annotations

import shutil

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_pdf, write_txt
from tests.ui_support import make_window, no_unanswered_dialogs, select_name  # noqa: F401 - fixture


def test_original_pdf_comes_from_the_database_when_the_file_is_elsewhere(qtbot, tmp_path, engine_url):
    folder = tmp_path / "chairs-laptop"
    folder.mkdir()
    write_pdf(folder / "ada.pdf", Person())
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"))
    with open_store(engine_url) as store:
        assert ops.import_folder(store, folder, workers=1).count("added") == 2
    shutil.rmtree(folder)  # this reviewer never had the files

    window = make_window(qtbot, engine_url)
    try:
        select_name(qtbot, window, "Ada Quill")
        window.page.show_document()
        view = window.page.document_view
        qtbot.waitUntil(view.is_showing_pdf, timeout=10_000)
        assert view.pdf.pageCount() == 1
        select_name(qtbot, window, "Bob Stone")
        qtbot.waitUntil(lambda: "Bob Stone" in view.text_view.toPlainText(), timeout=10_000)
        assert not view.is_showing_pdf()
    finally:
        window.close()
        window.ctx.store.close()
