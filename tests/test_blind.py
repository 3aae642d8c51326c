"""Blind first round in the core, on SQLite and PostgreSQL: no name, e-mail, phone,
link or photo in the ranked rows, the profile, the originals or any CSV; the
search does not lead from a hidden name to its label; turning it off is on the
record; the command line switches it and its exports honour it."""
from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.blind import blind_label
from tests.blind_support import ADA, BRUNO, PHOTO_RGB, leaks, write_people
from tests.test_cli import run


@pytest.fixture
def store(tmp_path, engine_url):
    folder = write_people(tmp_path / "cvs")
    with open_store(engine_url) as store:
        report = ops.import_folder(store, folder, workers=1)
        assert report.count("failed") == 0
        ids = {r.name: r.id for r in ops.list_candidates(store)}
        assert set(ids) == {ADA.name, BRUNO.name}
        for name, cid in ids.items():
            ops.set_score(store, candidate_id=cid, reviewer="Chair", score=4 if name == ADA.name else 3)
            ops.set_comment(store, candidate_id=cid, reviewer="Chair", comment="strong methods")
        ops.set_blind_first_round(store, on=True, reviewer="Chair")
        yield store


def test_labels_are_stable_distinct_and_not_the_id():
    labels = {blind_label(i) for i in range(1, 10007)}
    assert len(labels) == 10006
    assert blind_label(42) == blind_label(42) != "Candidate 0042"
    assert re.fullmatch(r"Candidate \d{4}", blind_label(7))


def test_rows_and_profiles_show_no_identity(store):
    rows = ops.list_candidates(store, reviewer="Chair")
    assert {r.name for r in rows} == {blind_label(r.id) for r in rows}
    assert all(r.email is None for r in rows)
    assert not leaks(repr(rows), ADA, BRUNO)
    for row in rows:
        profile = ops.get_candidate(store, row.id, viewer="Chair").profile
        assert profile.name == row.name
        assert profile.emails == profile.phones == profile.links == []
        # Ada is Bruno's co-author: only the candidate's own entry is replaced.
        own = ADA if row.name == blind_label(_id(store, ADA.name)) else BRUNO
        assert not leaks(profile.model_dump_json(), own), profile.model_dump_json()
    bruno = ops.get_candidate(store, _id(store, BRUNO.name)).profile
    assert bruno.publications[0].authors == ["[candidate]", "Ada Quill"]


def _id(store, name: str) -> int:  # noqa: ANN001
    ops.set_blind_first_round(store, on=False)
    try:
        return next(r.id for r in ops.list_candidates(store) if r.name == name)
    finally:
        ops.set_blind_first_round(store, on=True)


def test_every_export_leaves_out_who_they_are(store, tmp_path):
    shortlist, reviews, screening = (tmp_path / n for n in ("s.csv", "r.csv", "x.csv"))
    assert ops.export_shortlist(store, shortlist) == 2
    assert ops.export_reviews(store, reviews) == 2
    assert ops.export_screening(store, screening) == 2
    for path in (shortlist, reviews, screening):
        text = path.read_text(encoding="utf-8-sig")
        assert not leaks(text, ADA, BRUNO), (path.name, text)
        assert "Candidate " in text


def test_search_for_a_hidden_name_finds_nobody_and_the_label_finds_its_candidate(store):
    assert ops.list_candidates(store, query="Quill") == []
    assert ops.matching_ids(store, query="Quill") == set()
    assert ops.matching_ids(store, query="ada.quill@example.org") == set()
    row = ops.list_candidates(store)[0]
    number = row.name.split()[-1]
    assert [r.id for r in ops.list_candidates(store, query=number)] == [row.id]
    assert ops.matching_ids(store, query=row.name) == {row.id}


def test_the_pdf_is_covered_and_its_photo_removed(store):
    ada = ops.get_candidate(store, _id(store, ADA.name))
    data = ops.document_for_reading(store, document_id=ada.documents[0].id)
    original = ops.document_original(store, document_id=ada.documents[0].id)
    assert data != original and data.startswith(b"%PDF")
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    assert list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])) == []
    image = page.render(scale=2).to_pil().convert("RGB")
    assert PHOTO_RGB not in {image.getpixel((x, y)) for x in range(0, image.width, 4)
                             for y in range(0, image.height // 3, 4)}
    # Every place the identity is printed is under a black box: its pixels are black.
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    height = page.get_height()
    for needle in ("Ada", "Quill", ADA.email, "7946"):
        for match in re.finditer(re.escape(needle), text):
            for index in range(match.start(), match.end()):
                left, bottom, right, top = textpage.get_charbox(index)
                x, y = int(left + right), int(2 * height - (bottom + top))  # centre at scale 2
                assert image.getpixel((x, y)) == (0, 0, 0), (needle, text[index])
    # And what is not hidden still reads.
    assert "Imaginary Labs" in text
    pixel = image.getpixel((10, 10))
    assert pixel == (255, 255, 255)


def test_plain_text_originals_are_blocked_out(store):
    bruno = ops.get_candidate(store, _id(store, BRUNO.name))
    text = ops.text_for_reading(store, document_id=bruno.documents[0].id)
    assert not leaks(text, BRUNO), text
    assert "Ada Quill" in text  # a co-author is not the candidate
    assert "█" in text


def test_turning_blind_off_is_recorded_with_who_and_when(store):
    ops.set_blind_first_round(store, on=False, reviewer="Chair")
    ops.set_blind_first_round(store, on=False, reviewer="Chair")  # no change, no entry
    changes = ops.blind_changes(store)
    assert [(c.new, c.old, c.reviewer) for c in changes][:2] == [("off", "on", "Chair"), ("on", None, "Chair")]
    assert changes[0].changed_at is not None
    assert ADA.name in {r.name for r in ops.list_candidates(store)}


def test_the_command_line_switches_it_and_its_exports_follow(store, engine_url, tmp_path):
    ops.set_blind_first_round(store, on=False, reviewer="Chair")
    out = run("--db", engine_url, "setting", "blind-first-round", "on", "--reviewer", "Dana Chair").stdout
    assert "blind-first-round: on" in out and "Dana Chair turned it on" in out
    shown = run("--db", engine_url, "list").stdout
    assert not leaks(shown, ADA, BRUNO), shown
    csv_path = tmp_path / "cli.csv"
    run("--db", engine_url, "export", csv_path, "--reviews", tmp_path / "r.csv", "--screening", tmp_path / "s.csv")
    for path in (csv_path, tmp_path / "r.csv", tmp_path / "s.csv"):
        assert not leaks(path.read_text(encoding="utf-8-sig"), ADA, BRUNO)
    out = run("--db", engine_url, "setting", "blind-first-round", "off", "--reviewer", "Dana Chair").stdout
    assert "Dana Chair turned it off" in out
