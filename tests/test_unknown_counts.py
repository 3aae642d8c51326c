"""A publications section the parser could not read gives unknown counts: the list,
Compare, the profile, the CLI and the CSV say "?", never a silent 0; a count typed
by a reviewer wins, answers the warning and survives a re-import. Invented people,
real files, a real database on each engine, real Qt models."""
from __future__ import annotations

import csv

import pytest

from db.store import open_store
from reviewer import operations as ops
from tests.conftest import fresh_database
from tests.factories import Person, write_pdf, write_txt
from tests.test_cli import run
from ui.candidate_model import UNKNOWN_TIP, CandidateTableModel, Column
from ui.comparison import compare
from ui.profile_html import profile_html

UNREAD = ["Seven peer-reviewed articles and two book chapters; the list is on my website",
          "Full list available on request from the committee"]
READ = ["Ada Quill, Bob Stone. Counting Quiet Widgets Carefully. In ICML, 2022.",
        "Bob Stone, Ada Quill. Graph Sparsifiers for Streaming Review. In NeurIPS, 2023."]


def _folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "quillfeather.txt", Person(name="Marta Quillfeather", email="marta.q@example.org",
                                                  phone="+44 20 7946 0100", publications=UNREAD))
    write_pdf(folder / "quill.pdf", Person(publications=READ))
    return folder


def _rows(store):
    return {row.name: row for row in ops.list_candidates(store)}


def test_unread_publications_are_unknown_until_a_reviewer_types_the_count(request, tmp_path, backend):
    folder = _folder(tmp_path)
    with open_store(fresh_database(request, backend, tmp_path)) as store:
        ops.import_folder(store, folder, workers=1)
        rows = _rows(store)
        unread, read = rows["Marta Quillfeather"], rows["Ada Quill"]
        assert (unread.publications, unread.first_author) == (None, None)
        assert (read.publications, read.first_author) == (2, 1)
        warned = unread.warning_count
        assert warned >= 1

        out = tmp_path / "shortlist.csv"
        ops.export_shortlist(store, out)
        cells = {r["name"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
        assert cells["Marta Quillfeather"]["publications (any status)"] == "?"
        assert cells["Marta Quillfeather"]["first-author publications (any status)"] == "?"
        assert cells["Ada Quill"]["publications (any status)"] == "2"

        with pytest.raises(ValueError):
            ops.correct_field(store, candidate_id=unread.id, field="publications", value="nine")
        ops.correct_field(store, candidate_id=unread.id, field="publications", value="9", reviewer="Chair")
        ops.import_folder(store, folder, workers=1)
        ops.reparse(store, everything=True)
        after = _rows(store)["Marta Quillfeather"]
        assert (after.publications, after.first_author) == (9, None)  # who came first stays unknown
        assert after.warning_count < warned  # the typed count answers the parser's warnings
        detail = ops.get_candidate(store, unread.id)
        assert not any("publication" in w.lower() for w in detail.profile.warnings)


def test_the_window_shows_a_question_mark_sorts_it_last_and_compare_says_so(qtbot, tmp_path):
    with open_store(tmp_path / "cv.db") as store:
        ops.import_folder(store, _folder(tmp_path), workers=1)
        rows = ops.list_candidates(store)
        details = [ops.get_candidate(store, r.id) for r in rows]
    model = CandidateTableModel()
    model.set_rows(rows)
    names = {model.index(i, Column.NAME).data(): i for i in range(model.rowCount())}
    unread = model.index(names["Marta Quillfeather"], Column.PUBLICATIONS)
    assert unread.data() == "?"
    assert unread.data(0x0003) == UNKNOWN_TIP  # Qt.ToolTipRole
    assert model.index(names["Ada Quill"], Column.PUBLICATIONS).data() == "2"
    for order in (0, 1):  # unknown after every known count, whichever way
        model.sort(Column.PUBLICATIONS, order)
        assert model.index(model.rowCount() - 1, Column.NAME).data() == "Marta Quillfeather"

    table = {row.label: row.cells for row in compare(details, rows)}
    by_name = [d.profile.name for d in details]
    assert table["Publications"][by_name.index("Marta Quillfeather")] == ("?",)
    assert "Publications (?" in profile_html(details[by_name.index("Marta Quillfeather")].profile)


def test_the_command_line_lists_unknown_counts_as_a_question_mark(tmp_path):
    db = tmp_path / "cli.db"
    run("--db", db, "import", _folder(tmp_path))
    listed = run("--db", db, "list").stdout
    line = next(x for x in listed.splitlines() if "Quillfeather" in x)
    assert "?/?" in line
