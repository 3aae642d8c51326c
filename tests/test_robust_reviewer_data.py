"""What a reviewer made (scores, comments, tags, corrections) survives everything
the import does to derived data: a re-import, a re-parse by a newer parser, a
changed file, a moved or renamed file, and a new CV of the same person.
(tests/test_import.py covers a changed file followed by `reparse --all`.)"""
from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.parsing import PARSER_VERSION
from tests.factories import Person, write_docx, write_pdf

ADA = Person()
BOB = Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100")


@pytest.fixture
def setup(tmp_path):
    folder = tmp_path / "cvs"
    (folder / "2024").mkdir(parents=True)
    write_pdf(folder / "2024" / "ada.pdf", ADA)
    write_docx(folder / "bob.docx", BOB)
    db = tmp_path / "reviewer.sqlite3"
    store = open_store(db)
    ops.import_folder(store, folder, workers=1)
    ids = {r.email: r.id for r in ops.list_candidates(store)}
    ada = ids[ADA.email]
    for who, score, text in (("Chair", 5, "Strong <b>methods</b>"), ("Member", 3, "=not a formula")):
        ops.set_score(store, candidate_id=ada, reviewer=who, score=score)
        ops.set_comment(store, candidate_id=ada, reviewer=who, comment=text)
    ops.add_tag(store, candidate_ids=[ada, ids[BOB.email]], tag="shortlist")
    ops.add_tag(store, candidate_ids=[ada], tag="interview")
    ops.correct_field(store, candidate_id=ada, field="name", value="Ada Q. Quill", reviewer="Chair")
    yield store, folder, db, ada
    store.close()


def _made_by_people(store, cid: int) -> tuple:
    detail = ops.get_candidate(store, cid)
    reviews = [(r.reviewer, r.score, r.comment, r.updated_at) for r in detail.reviews]
    return reviews, detail.tags, detail.corrections, detail.profile.name


def _outcomes(report: ops.ImportReport) -> dict[str, tuple[str, str | None]]:
    return {os.path.basename(r.path): (r.outcome, r.reason) for r in report.results}


def test_re_import(setup):
    store, folder, _db, ada = setup
    before = _made_by_people(store, ada)
    report = ops.import_folder(store, folder, workers=1)
    assert report.summary_line() == "2 files: 0 added, 0 updated, 2 unchanged, 0 failed"
    assert _made_by_people(store, ada) == before


def test_re_parse_by_a_newer_parser(setup):
    """The stored documents say an older parser made them (as after an upgrade of
    the app); the next import re-parses them and leaves people's data alone."""
    store, folder, db, ada = setup
    before = _made_by_people(store, ada)
    con = sqlite3.connect(db)
    con.execute("UPDATE documents SET parser_version = ?", (PARSER_VERSION - 1,))
    con.commit()
    con.close()
    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report)["ada.pdf"] == ("updated", f"re-parsed (parser {PARSER_VERSION - 1} -> {PARSER_VERSION})")
    assert report.count("updated") == 2
    assert _made_by_people(store, ada) == before
    con = sqlite3.connect(db)
    assert con.execute("SELECT DISTINCT parser_version FROM documents").fetchall() == [(PARSER_VERSION,)]
    con.close()


def test_a_changed_file(setup):
    store, folder, _db, ada = setup
    before = _made_by_people(store, ada)
    write_pdf(folder / "2024" / "ada.pdf", Person(skills="Rust, Haskell"))
    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report)["ada.pdf"] == ("updated", "file changed")
    assert _made_by_people(store, ada) == before
    assert "Rust" in " ".join(ops.get_candidate(store, ada).profile.skills)


def test_a_moved_and_renamed_file(setup):
    store, folder, _db, ada = setup
    before = _made_by_people(store, ada)
    (folder / "archive").mkdir()
    shutil.move(folder / "2024" / "ada.pdf", folder / "archive" / "Quill, Ada - CV (final).pdf")
    report = ops.import_folder(store, folder, workers=1)
    assert report.summary_line() == "2 files: 0 added, 0 updated, 2 unchanged, 0 failed"
    assert _made_by_people(store, ada) == before
    assert [d.path for d in ops.get_candidate(store, ada).documents] == [
        str(folder / "archive" / "Quill, Ada - CV (final).pdf")]


def test_a_new_cv_of_the_same_person(setup):
    """A new file with the same email (the old one removed, as applicants resend):
    it joins the same candidate; reviews, tags and corrections stay."""
    store, folder, _db, ada = setup
    before = _made_by_people(store, ada)
    os.remove(folder / "2024" / "ada.pdf")
    write_docx(folder / "ada-2025-update.docx", Person(name="Ada Quill", email="ADA.QUILL@example.org",
                                                       phone="+44 20 7946 0000", skills="Julia"))
    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report)["ada-2025-update.docx"] == (
        "added", "same person as Ada Quill (same e-mail): added to their documents")
    assert len(ops.list_candidates(store)) == 2
    assert _made_by_people(store, ada) == before
    docs = sorted(os.path.basename(d.path) for d in ops.get_candidate(store, ada).documents)
    assert docs == ["ada-2025-update.docx", "ada.pdf"]  # the old one stays readable: it was reviewed
