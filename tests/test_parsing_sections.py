"""Heading forms and section splitting, on invented lines."""
from __future__ import annotations

import pytest

from reviewer.parsing.cleaning import body_lines
from reviewer.parsing.lines import Line
from reviewer.parsing.sections import heading_kind, split_sections


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("EDUCATION", "education"),
        ("## Education", "education"),
        ("**Selected Publications**", "publications"),
        ("3. Honors & Awards:", "awards"),
        ("\uf19d Education", "education"),
        ("Professional Experience", "experience"),
        ("Employment", "experience"),
        ("Appointments", "experience"),
        ("Research Experience", "experience"),
        ("Internships", "experience"),
        ("Teaching Experience", "teaching"),
        ("Professional Service", "service"),
        ("Preprints", "publications"),
        ("References", "references"),
        ("Research Interests", "interests"),
        ("Technical Skills", "skills"),
        ("教育背景", "education"),
        ("教育经历", "education"),
        ("工作经历", "experience"),
        ("实习经历", "experience"),
        ("科研经历", "experience"),
        ("项目经历", "projects"),
        ("论文发表", "publications"),
        ("获奖情况", "awards"),
        ("专业技能", "skills"),
        ("研究方向", "interests"),
        ("Educación / Education", "education"),
        ("教育背景 Education", "education"),
        ("Work History", "experience"),
        ("Honors, Awards and Fellowships", "awards"),
        ("E D U C A T I O N", "education"),
    ],
)
def test_heading_kinds(text: str, kind: str) -> None:
    assert heading_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    ["Research Scientist", "Northfield University", "Algorithm Intern", "项目描述", "数据平台升级项目",
     "Conducted experiments on education data.", "Education 2019 - 2021", "Large-scale Training:"],
)
def test_content_is_not_a_heading(text: str) -> None:
    assert heading_kind(text) is None


def _lines(text: str) -> list[Line]:
    return [Line(t, i) for i, t in enumerate(text.splitlines())]


def test_split_keeps_sub_headings_inside_publications() -> None:
    text = "Dana Quill\nPUBLICATIONS\nJournal Papers\n[1] A paper.\nConference Papers\n[2] Another.\nSKILLS\nPython"
    sections = split_sections(body_lines(_lines(text)))
    assert [s.kind for s in sections] == ["header", "publications", "skills"]
    assert [c.text for c in sections[1].lines] == ["Journal Papers", "A paper.", "Conference Papers", "Another."]


def test_unknown_caps_heading_ends_a_section_when_headings_are_caps() -> None:
    text = "EDUCATION\nNorthfield University 2015 - 2019\nMENTORSHIP CORNER\nsomething\nSKILLS\nGo"
    kinds = [s.kind for s in split_sections(body_lines(_lines(text)))]
    assert kinds == ["header", "education", "unknown", "skills"]


def test_with_fonts_a_plain_keyword_line_is_not_a_heading() -> None:
    from reviewer.parsing.lines import Line as L

    rows = [("Dana Quill", 20, True), ("EDUCATION", 14, True), ("Northfield University 2015 - 2019", 10, False),
            ("TEACHING", 14, True), ("Courses taught:", 10, False), ("Research", 10, False),
            ("MENTORING CORNER", 14, True), ("something", 10, False), ("SKILLS", 14, True), ("Go", 10, False)]
    lines = [L(t, i, 1, s, b) for i, (t, s, b) in enumerate(rows)]
    kinds = [s.kind for s in split_sections(body_lines(lines))]
    assert kinds == ["header", "education", "teaching", "unknown", "skills"]


def test_flagged_employer_heading_inside_experience_is_an_entry() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    doc = ExtractedDocument(format="md", lines=[
        TextLine("Dana Quill", heading=True), TextLine("Experience", heading=True), TextLine("Google", heading=True),
        TextLine("Staff Engineer · Zurich · 2021 – Present"), TextLine("Stripe", heading=True),
        TextLine("Engineer · Dublin · 2017 – 2021"), TextLine("Hobbies", heading=True), TextLine("Chess")])
    p = parse_document(doc, "cv.md")
    assert [(e.organization, e.title) for e in p.experience] == [("Google", "Staff Engineer"), ("Stripe", "Engineer")]


def test_inline_headings_with_their_first_line() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    text = ["Dana Quill", "Skills: Go, Rust", "https://dquill.example.io",
            "EDUCATION: Ph.D. in Physics, Northfield University, 2015 - 2019",
            "M.S. in Physics, Northfield University, 2013 - 2015"]
    p = parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text]), "x.txt")
    assert p.skills == ["Go", "Rust"]
    assert "https://dquill.example.io" in p.links
    assert [e.degree_level for e in p.education] == ["phd", "master"]


@pytest.mark.parametrize("text", ["services in Korea.", "publications in Nature", "awards. Then"])
def test_wrapped_sentence_ends_are_not_headings(text: str) -> None:
    assert heading_kind(text) is None
