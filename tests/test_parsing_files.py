"""End to end on real files of an invented person: the same facts from PDF, DOCX, TXT and
a two-column PDF whose side bar is drawn row by row with the main column."""
from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.parsing import parse_file
from tests.factories import Person, write_docx, write_lines_pdf, write_pdf, write_two_column_pdf, write_txt

WRITERS = {"txt": write_txt, "pdf": write_pdf, "docx": write_docx, "twocol.pdf": write_two_column_pdf}


@pytest.mark.parametrize("kind", list(WRITERS))
def test_same_facts_from_every_format(tmp_path: Path, kind: str) -> None:
    person = Person()
    path = WRITERS[kind](tmp_path / f"cv.{kind}", person)
    p = parse_file(path)
    assert p.name == person.name
    assert p.emails == [person.email]
    assert p.phones == ["+442079460958"]
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("University of Examplestan", "phd", "2019", "2024"), ("Northfield College", "bachelor", "2015", "2019")]
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Imaginary Labs", "Research Scientist", "2024", "present"),
        ("Fictional AI", "Research Intern", "2022-06", "2022-09")]
    assert {"Machine learning", "optimisation"} <= set(p.research_interests)
    assert all(e.evidence is not None and e.evidence.line is not None for e in p.education + p.experience)
    assert p.field_evidence["name"].text == person.name


def test_link_annotation_becomes_a_link(tmp_path: Path) -> None:
    p = parse_file(write_pdf(tmp_path / "cv.pdf", link="https://adaquill.example.org"))
    assert "https://adaquill.example.org" in p.links


def test_running_footer_is_not_an_entry(tmp_path: Path) -> None:
    pages = [["Ada Quill", "ada.quill@example.org", "EXPERIENCE", "Imaginary Labs 2021 - 2023", "Research Scientist"],
             ["Fictional AI 2019 - 2021", "Research Intern", "EDUCATION",
              "Ph.D. in Computer Science, Northfield College, 2015 - 2019"]]
    p = parse_file(write_lines_pdf(tmp_path / "cv.pdf", pages, footer="Ada Quill - Curriculum Vitae",
                                   number_pages=True))
    assert [e.organization for e in p.experience] == ["Imaginary Labs", "Fictional AI"]
    assert [e.institution for e in p.education] == ["Northfield College"]


def test_name_repeated_as_running_header_is_kept_on_page_one(tmp_path: Path) -> None:
    pages = [["Ada Quill", "ada.quill@example.org", "EXPERIENCE", "Imaginary Labs 2021 - 2023", "Research Scientist"],
             ["Ada Quill", "EDUCATION", "Ph.D. in Computer Science, Northfield College, 2015 - 2019"]]
    p = parse_file(write_lines_pdf(tmp_path / "cv.pdf", pages))
    assert p.name == "Ada Quill"
    assert [e.institution for e in p.education] == ["Northfield College"]


def test_short_gb18030_text_is_not_read_as_big5(tmp_path) -> None:
    from reviewer.extract import extract

    path = tmp_path / "cv.txt"
    path.write_bytes("研究方向：机器学习".encode("gb18030"))
    assert extract(path).lines[0].text.startswith("研究方向")
    big5 = tmp_path / "tw.txt"
    big5.write_bytes("研究方向：機器學習，自然語言處理".encode("big5"))
    assert extract(big5).lines[0].text.startswith("研究方向:機器學習")
