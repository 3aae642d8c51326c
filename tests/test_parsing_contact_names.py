"""Contact details and names in the shapes of item 7 (invented people)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document


def _parse(text: str, links: list[str] | None = None):
    doc = ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()], links=links or [])
    return parse_document(doc, "x.txt")


def _sized(rows: list[tuple[str, float]]):
    return parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows]), "x.pdf")


def test_phone_in_groups_joined_by_middle_dots() -> None:
    p = _parse("林晓澄\n(+86) · 158 · 1234 · 5678 · lin@example.cn\n教育经历\n2019 - 2023 南湖大学 本科")
    assert p.phones == ["+8615812345678"]


def test_a_professor_named_with_a_full_stop_is_someone_else() -> None:
    p = _parse("Dana Quill\ndana@example.com\nEDUCATION\nB.S. in Physics, Northfield University, 2019\n"
               "MISCELLANEOUS\nProf. Omar Lee, lee@northfield.edu\n")
    assert p.emails == ["dana@example.com"]


def test_own_sentence_mentioning_a_professor_keeps_its_homepage() -> None:
    p = _parse("Dana Quill\nSUMMARY\nI am advised by Prof. Omar Lee. My homepage is https://dquill.example.io.\n"
               "EDUCATION\nB.S. in Physics, Northfield University, 2019\n")
    assert p.links == ["https://dquill.example.io"]


def test_labelled_homepage_outside_the_header_is_the_candidates() -> None:
    p = _parse("林晓澄\nlin@example.cn\n教育背景\n2019 - 2023 南湖大学 本科\n个人主页: https://xcl-math.example.io/cv.html\n")
    assert p.links == ["https://xcl-math.example.io/cv.html"]


def test_personal_fact_grid_is_not_an_inline_heading() -> None:
    p = _parse("林晓澄\n姓名:林晓澄\t籍贯:南湖\n学历:本科\t现居:北岭\n博客:xcl.example.cn\t邮箱:lin@example.cn\n"
               "教育背景\n南湖农业大学\t计算机科学与技术\t学士学位\t2013.09 - 2017.06\n")
    assert p.links == ["xcl.example.cn"]
    assert [e.institution for e in p.education] == ["南湖农业大学"]


def test_chinese_name_followed_by_the_word_resume() -> None:
    p = _parse("林晓澄简历\nlin@example.cn\n教育经历\n2019 - 2023 南湖大学 本科")
    assert p.name == "林晓澄"


def test_a_label_and_its_value_are_not_the_name() -> None:
    p = _sized([("个人简历", 12.0), ("林晓澄\t南湖实验室", 11.0), ("方向:强化学习、图学习\tlin@example.cn", 12.0),
                ("教育背景", 14.0), ("2019.9~2024.6\t博士\t南湖大学", 10.0)])
    assert p.name == "林晓澄"


def test_name_with_an_initial() -> None:
    assert _parse("Dana Q\ndana.q@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021").name == "Dana Q"
    assert _parse("D. Quill\nd.quill@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021").name == "D. Quill"


def test_lower_case_name_confirmed_by_the_email() -> None:
    p = _parse("dana ks\ndanaks@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Dana KS"


def test_lower_case_phrase_without_a_matching_email_is_no_name() -> None:
    p = _parse("machine learning\nzed@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name is None


def test_job_board_profile_address_confirms_a_side_bar_name() -> None:
    p = _parse("EXPERIENCE\nAcme Corp, Analyst, 2019 - 2021\nSKILLS\nExcel\nDana Quill\n",
               links=["https://www.indeed.com/r/Dana-Quill/3f9a1c"])
    assert p.name == "Dana Quill"


def test_a_section_that_yields_nothing_is_reported() -> None:
    p = _parse("Dana Quill\ndana@example.com\nEDUCATION\nB.S. in Physics, Northfield University, 2019\n"
               "PUBLICATIONS\nsee my homepage\n")
    assert p.publications == []
    assert any(w.startswith('Publications section "PUBLICATIONS" found, but nothing') for w in p.warnings)
    assert not any("Education section" in w for w in p.warnings)


def test_no_missing_education_warning_when_a_degree_was_read_elsewhere() -> None:
    p = _parse("Dana Quill\nPhD Student, Northfield University, 2019 – present\ndana@example.com\nSKILLS\nGo")
    assert [e.institution for e in p.education] == ["Northfield University"]
    assert "no education section found" not in p.warnings


def test_stroke_ideograph_used_as_a_bar_separates_contact_items() -> None:
    p = _parse("林晓澄\n13812345678 丨1234567@example.cn 丨南湖\n教育经历\n2019 - 2023 南湖大学 本科")
    assert p.emails == ["1234567@example.cn"]


def test_homepage_printed_only_in_the_running_footer() -> None:
    pages = [["Dana Quill", "dana@example.com", "EDUCATION", "B.S. in Physics, Northfield University, 2019",
              "dquill.example.io · page 1"],
             ["EXPERIENCE", "Analyst, Acme Corp, 2019 - 2021", "dquill.example.io · page 2"]]
    lines = [TextLine(t, page=n) for n, page in enumerate(pages, 1) for t in page]
    p = parse_document(ExtractedDocument(format="pdf", lines=lines), "x.pdf")
    assert p.links == ["dquill.example.io"]
