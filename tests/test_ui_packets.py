"""The packet view: documents by kind, what is missing flagged ("2 of 3 letters"),
each document opened in the document view, a kind corrected; the list's
Complete column and filter."""
from __future__ import annotations

from db.store import open_store
from reviewer import operations as ops
from tests.packet_factory import REQUIRED, Applicant, write_packets
from tests.ui_support import make_window, no_unanswered_dialogs, select_name  # noqa: F401 - fixture

WRITERS = ["Harriet Vance", "Lucius Fenn", "Maren Skov"]


def test_the_packet_view_flags_a_missing_letter_and_opens_documents(qtbot, tmp_path):
    full = Applicant("Ada", "Quill", 1, "robotics", WRITERS)
    short = Applicant("Bruno", "Brask", 2, "databases", WRITERS, letters=2)  # one letter has not come
    write_packets(tmp_path / "in", [full, short], shape="folders")
    db = tmp_path / "db.sqlite3"
    with open_store(db) as store:
        ops.set_required_documents(store, required=REQUIRED)
        assert ops.import_folder(store, tmp_path / "in", workers=1).count("failed") == 0

    window = make_window(qtbot, db)
    try:
        from ui.candidate_model import Column
        from ui.candidate_page import DOCUMENT_TAB, PACKET_TAB

        complete = {window.list.proxy.index(r, Column.NAME).data(): window.list.proxy.index(r, Column.COMPLETE).data()
                    for r in range(window.list.proxy.rowCount())}
        assert complete == {"Ada Quill": "✓", "Bruno Brask": "1 missing"}
        window.complete_filter.setCurrentIndex(window.complete_filter.findData(False))
        assert window.list.proxy.rowCount() == 1
        window.complete_filter.setCurrentIndex(0)
        assert window.list.proxy.rowCount() == 2

        select_name(qtbot, window, "Bruno Brask")
        page, packet = window.page, window.page.packet_view
        page.show_packet()
        assert packet.status.text() == "Missing: 2 of 3 letters"
        assert page.tabs.tabText(PACKET_TAB) == "Packet (1 missing)"
        groups = [packet.tree.topLevelItem(i).text(0) for i in range(packet.tree.topLevelItemCount())]
        assert groups == ["CV (1)", "Cover letter (1)", "Research statement (1)", "Teaching statement (1)",
                          "Diversity statement (1)", "Reference letter (2)"]

        letter = packet.tree.topLevelItem(5).child(1)
        packet.tree.setCurrentItem(letter)
        packet.open_button.click()
        assert page.tabs.currentIndex() == DOCUMENT_TAB
        chosen = packet.selected_document()
        qtbot.waitUntil(lambda: page.document_view.current_document() == chosen, timeout=10_000)

        page.show_packet()
        packet.tree.setCurrentItem(packet.tree.topLevelItem(2).child(0))
        index = packet.kind_box.findData("publication")
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            packet.kind_box.setCurrentIndex(index)
            packet.kind_box.activated.emit(index)
        groups = [packet.tree.topLevelItem(i).text(0) for i in range(packet.tree.topLevelItemCount())]
        assert "Publication (1)" in groups and "Research statement (1)" not in groups
        assert packet.status.text() == "Missing: no research statement; 2 of 3 letters"

        select_name(qtbot, window, "Ada Quill")
        assert packet.status.text() == "Complete packet"
        assert page.tabs.tabText(PACKET_TAB) == "Packet"
    finally:
        window.close()
        window.ctx.store.close()


def test_the_parts_of_a_merged_pdf_are_listed_and_open_at_their_pages(qtbot, tmp_path):
    from tests.packet_factory import write_merged_pdf

    applicant = Applicant("Ines", "Rautio", 4, "robotics", WRITERS, letters=2)
    (tmp_path / "in").mkdir()
    written = write_merged_pdf(tmp_path / "in" / "Rautio_Ines_application.pdf", applicant, bookmarks=True,
                               cover=False)
    db = tmp_path / "db.sqlite3"
    with open_store(db) as store:
        ops.set_required_documents(store, required=REQUIRED)
        assert ops.import_folder(store, tmp_path / "in", workers=1).count("failed") == 0

    window = make_window(qtbot, db)
    try:
        from ui.candidate_page import DOCUMENT_TAB

        select_name(qtbot, window, "Ines Rautio")
        page, packet = window.page, window.page.packet_view
        page.show_packet()
        assert packet.status.text() == "Missing: 2 of 3 letters"
        groups = [packet.tree.topLevelItem(i).text(0) for i in range(packet.tree.topLevelItemCount())]
        assert groups == ["CV (1)", "Cover letter (1)", "Research statement (1)", "Teaching statement (1)",
                          "Diversity statement (1)", "Reference letter (2)"]
        letters = packet.tree.topLevelItem(5)
        second = letters.child(1)
        assert second.text(0).startswith("Rautio_Ines_application.pdf, page ")
        first_page = [p for p in written if p[2] == "reference_letter"][1][0]
        assert second.text(0).split(", page ")[1].startswith(f"{first_page}:")
        packet.tree.setCurrentItem(second)
        packet.open_button.click()
        assert page.tabs.currentIndex() == DOCUMENT_TAB
        view = page.document_view
        qtbot.waitUntil(lambda: view.is_showing_pdf() and view.current_page() == first_page - 1, timeout=10_000)
    finally:
        window.close()
        window.ctx.store.close()
