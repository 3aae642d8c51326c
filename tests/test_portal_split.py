"""Merged portal PDFs: one PDF per applicant holding their packet is cut at its
document boundaries (bookmarks first, else how each document's first page
looks), each part gets its kind, only the CV's pages make the profile, and the
packet counts every part. The PDFs are written here, of invented applicants."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from db.store import open_store
from reviewer import operations as ops
from reviewer.extract import extract
from reviewer.portal_split import cv_part, pages_of, split
from tests.factories import write_pdf
from tests.packet_factory import (
    REQUIRED,
    applicants,
    draw_text,
    paragraphs,
    write_merged_packets,
    write_merged_pdf,
)


def _found(path: Path) -> list[tuple[int, int, str]]:
    return [(p.first, p.last, p.kind) for p in split(extract(path))]


@pytest.mark.parametrize(("bookmarks", "cover"), [(True, False), (False, False), (True, True), (False, True)])
def test_a_merged_pdf_splits_into_its_documents_with_their_kinds(tmp_path, bookmarks, cover):
    a = applicants(4, seed=3)[1]
    written = write_merged_pdf(tmp_path / "packet.pdf", a, bookmarks=bookmarks, cover=cover)
    assert _found(tmp_path / "packet.pdf") == written
    reasons = {p.reason.split(":")[0] for p in split(extract(tmp_path / "packet.pdf"))}
    assert reasons == {"bookmark" if bookmarks else "first page"}


def test_only_the_cv_pages_make_the_profile(tmp_path):
    a = applicants(3, seed=5)[0]
    write_merged_pdf(tmp_path / "packet.pdf", a, bookmarks=False, cover=True)
    doc = extract(tmp_path / "packet.pdf")
    cv = cv_part(split(doc))
    assert cv is not None
    only_cv = pages_of(doc, cv)
    assert {line.page for line in only_cv.lines} == set(range(cv.first, cv.last + 1))
    assert "Dear" not in only_cv.text and a.name in only_cv.text  # the name header survives as the CV's own


def test_one_document_stays_whole(tmp_path):
    """A CV of several pages, or a PDF whose bookmarks mark sections, is not cut."""
    cv = write_pdf(tmp_path / "cv.pdf", applicants(1)[0].person())
    assert split(extract(cv)) == []
    pdf = FPDF()
    lines = paragraphs("research_statement", applicants(1)[0])
    for title in ("Research Statement", "Teaching Statement"):
        draw_text(pdf, [title, *lines[1:]])
        pdf.start_section(title)
        pdf.start_section(title + " (cont.)")  # two bookmarks on one page: sections, not documents
    pdf.output(str(tmp_path / "sections.pdf"))
    assert extract(tmp_path / "sections.pdf").outline  # the bookmarks are there
    assert [p.reason.split(":")[0] for p in split(extract(tmp_path / "sections.pdf"))] == ["first page"] * 2


def test_import_of_merged_pdfs_makes_one_candidate_each_with_every_part(request, tmp_path, backend):
    from tests.conftest import fresh_database

    people = applicants(6, seed=9)
    made = write_merged_packets(tmp_path / "in", people)
    with open_store(fresh_database(request, backend, tmp_path)) as store:
        ops.set_required_documents(store, required=REQUIRED)
        report = ops.import_folder(store, tmp_path / "in", workers=1)
        assert report.count("failed") == 0 and report.unattached() == []
        rows = ops.list_candidates(store)
        assert sorted(r.name for r in rows) == sorted(a.name for a in people)
        for row in rows:
            detail = ops.get_candidate(store, row.id)
            (doc,) = detail.documents
            a, written = made[Path(doc.path)]
            assert a.name == row.name and doc.kind == "cv"
            assert [(p.first, p.last, p.kind) for p in doc.parts] == written
            assert detail.profile.emails == [a.email]  # not a referee's, not from the cover letter's pages
            expected_missing = (["no teaching statement"] if "teaching_statement" in a.missing else []) + \
                (["no diversity statement"] if "diversity_statement" in a.missing else []) + \
                (["2 of 3 letters"] if a.letters == 2 else [])
            assert list(detail.missing) == expected_missing
            assert bool(row.missing) == bool(expected_missing)
        # Again, unchanged: the parts stay.
        again = ops.import_folder(store, tmp_path / "in", workers=1)
        assert again.count("unchanged") == len(made)
        assert all(ops.get_candidate(store, r.id).documents[0].parts for r in rows)


def test_documents_of_several_pages_stay_whole_without_bookmarks(tmp_path):
    """A CV's second page (publications, no name header) and a letter's second page
    (no salutation) continue their document."""
    from tests.factories import draw_cv

    a = applicants(2, seed=4)[0]
    person = a.person()
    person.publications = [f"{a.name}, Carl Moss. Widget Study Number {n}. In ICML, 20{10 + n % 14}."
                           for n in range(60)]
    letter = paragraphs("reference_letter", a, writer="Harriet Vance")
    letter[5:5] = ["She ran the lab's reading group and mentored four students. " * 6] * 8
    pdf = FPDF()
    draw_cv(pdf, person)
    cv_pages = pdf.page_no()
    draw_text(pdf, letter)
    letter_pages = pdf.page_no() - cv_pages
    draw_text(pdf, paragraphs("teaching_statement", a))
    pdf.output(str(tmp_path / "packet.pdf"))
    assert cv_pages >= 2 and letter_pages >= 2
    assert _found(tmp_path / "packet.pdf") == [
        (1, cv_pages, "cv"), (cv_pages + 1, cv_pages + letter_pages, "reference_letter"),
        (cv_pages + letter_pages + 1, cv_pages + letter_pages + 1, "teaching_statement")]


def test_reviewer_show_prints_the_parts(tmp_path):
    from tests.test_cli import run

    a = applicants(3, seed=2)[2]
    (tmp_path / "in").mkdir()
    write_merged_pdf(tmp_path / "in" / "packet.pdf", a, bookmarks=True, cover=True)
    db = str(tmp_path / "db.sqlite3")
    run("--db", db, "import", tmp_path / "in")
    shown = run("--db", db, "show", "1").stdout
    assert "    page 1: other (Cover Page)" in shown
    assert "    page 3: CV (Curriculum Vitae)" in shown
    assert shown.count(": reference letter (Letter of Recommendation") == a.letters


def test_a_merged_pdf_of_letters_only_attaches_to_the_applicants_cv(tmp_path):
    """A portal's bundle of reference letters (no CV in it) joins the applicant
    named in the letters, and each letter counts."""
    a = applicants(5, seed=6)[3]
    (tmp_path / "in").mkdir()
    write_pdf(tmp_path / "in" / "cv.pdf", a.person())
    pdf = FPDF()
    for writer in a.writers:
        draw_text(pdf, paragraphs("reference_letter", a, writer=writer))
    pdf.output(str(tmp_path / "in" / "letters_bundle.pdf"))
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.set_required_documents(store, required="cv, reference letter x3")
        report = ops.import_folder(store, tmp_path / "in", workers=1)
        assert report.unattached() == []
        (row,) = ops.list_candidates(store)
        detail = ops.get_candidate(store, row.id)
        bundle = next(d for d in detail.documents if d.path.endswith("letters_bundle.pdf"))
        assert [p.kind for p in bundle.parts] == ["reference_letter"] * 3
        assert detail.missing == ()
