"""Name rules on invented headers."""
from __future__ import annotations

import pytest

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.names import name_from_text
from tests.parsing_support import parse_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Quill", "Dana Quill"),
        ("DANA QUILL", "Dana Quill"),
        ("# Dana Quill (王小明)", "Dana Quill (王小明)"),
        ("Dana Quill 王小明", "Dana Quill (王小明)"),
        ("Dana Quill, Ph.D.", "Dana Quill"),
        ("Dana Quill CV", "Dana Quill"),
        ("Dana Quill Last updated: May 3, 2024", "Dana Quill"),
        ("Dana Quill\twww.dquill.dev", "Dana Quill"),
        ("王 小明", "王小明"),
        ("赵文怡", "赵文怡"),
        ("李能", "李能"),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("Curriculum Vitae — Dana Quill", "Dana Quill"),
        ("Resume of Dana Quill", "Dana Quill"),
        ('Robert "Bob" Quill', "Robert Quill"),
        ("Dr. Dana Quill", "Dana Quill"),
        ("DANA QUILL | Data Scientist", "Dana Quill"),
        ("Amira ul-Haq Benali", "Amira ul-Haq Benali"),  # a particle joined to a name
        ("Idris al-Faruqi", "Idris al-Faruqi"),
        # set letter by letter, the degree after a comma
        ("T A R I K\tB E N A L I - W E S T ,\tP H D", "Tarik Benali-West"),
        ("Assoc. Prof. Dr. Elif Nur KARAVELİ", "Elif Nur Karaveli"),  # a Turkish academic's rank first
        ("李嘉澍 简历编号:JM6205817733R9", "李嘉澍"),  # a job site's own field after the name
        ("黃詠晴 代碼:1750000000623", "黃詠晴"),
        ("周雨桐简历 猎聘认证", "周雨桐"),  # the document's title, then the site's badge
    ],
)
def test_name_forms(text: str, expected: str) -> None:
    assert name_from_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Curriculum Vitae", "Resume", "简历", "个人简历", "大頭照", "照片", "助理教授(终身教职轨)Assistant Professor", "副研究员", "EDUCATION", "Northfield University", "Research Scientist",
     "Boston, MA, USA", "May 2024", "Summary of My Research", "dana@example.com"],
)
def test_not_names(text: str) -> None:
    assert name_from_text(text) is None


def _doc(text: str) -> ExtractedDocument:
    return ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()])


def test_name_field_wins() -> None:
    p = parse_document(_doc("Curriculum Vitae\nName: Dana Quill\nEmail: dq@example.com"), "x.txt")
    assert p.name == "Dana Quill"
    assert p.field_evidence["name"].line == 1


def test_chinese_name_field() -> None:
    p = parse_document(_doc("个人简历\n姓名：王小明\n电话：139 1234 5678"), "x.txt")
    assert p.name == "王小明"
    assert p.phones == ["+8613912345678"]


def test_no_name_is_reported_not_invented() -> None:
    p = parse_document(_doc("RESEARCH INTERESTS\n- Federated learning\nEDUCATION\nNorthfield University"), "x.txt")
    assert p.name is None
    assert any("name" in w for w in p.warnings)


def test_sidebar_name_matched_to_email() -> None:
    text = "Experience\n2019 - 2021 Data Engineer Acme GmbH\nDana\nQuill\n@ dana.quill@example.com"
    assert parse_document(_doc(text), "x.txt").name == "Dana Quill"


def test_largest_font_line_is_the_name() -> None:
    doc = ExtractedDocument(format="pdf", lines=[
        TextLine("Curriculum Vitae", size=12), TextLine("Dana Quill", size=20),
        TextLine("Staff Engineer", size=11), TextLine("EDUCATION", size=14)])
    assert parse_document(doc, "x.pdf").name == "Dana Quill"


def test_name_over_two_large_lines() -> None:
    doc = ExtractedDocument(format="pdf", lines=[
        TextLine("Dana", size=24), TextLine("Quill", size=24), TextLine("Data Engineer", size=11),
        TextLine("dq@example.com", size=9), TextLine("EXPERIENCE", size=14)])
    assert parse_document(doc, "x.pdf").name == "Dana Quill"


def test_name_under_a_personal_information_heading() -> None:
    p = parse_document(_doc("PERSONAL INFORMATION\nDana Quill\nBorn 1990\nEDUCATION\nNorthfield University"), "x.txt")
    assert p.name == "Dana Quill"


def test_family_name_first() -> None:
    p = parse_document(_doc("Quill, Dana\ndq@example.org\nEDUCATION\nNorthfield University"), "x.txt")
    assert p.name == "Dana Quill"
    assert any("check" in w for w in p.warnings)


def test_capitals_outside_latin_1_are_a_name() -> None:
    from reviewer.parsing.names import name_from_text
    assert name_from_text("DANA KOVAČEVIĆ") == "Dana Kovačević"
    assert name_from_text("Łucja Żmuda") == "Łucja Żmuda"


def test_name_over_three_large_lines_wrapped_at_the_surnames_hyphen() -> None:
    doc = ExtractedDocument(format="pdf", lines=[
        TextLine("Dana", size=21), TextLine("Quill-", size=21), TextLine("Marsh", size=21),
        TextLine("Staff Engineer", size=9.6), TextLine("CONTACT", size=9.6), TextLine("dq@example.com", size=9.6)])
    assert parse_document(doc, "x.pdf").name == "Dana Quill-Marsh"


def test_double_barrelled_name_in_a_main_column_after_a_side_bar() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    rows = [("CONTACT", 9.5), ("d.quill@example.edu", 8.0), ("SKILLS", 9.5), ("Python", 8.0),
            ("Dana Quill-Marsh", 21.0), ("Research Fellow in Oceanography", 11.0), ("EDUCATION", 11.5),
            ("PhD in Oceanography, Lakeside University, 2015 – 2019", 9.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=z) for t, z in rows])
    assert parse_document(doc, "x.pdf").name == "Dana Quill-Marsh"


def test_one_display_size_line_after_a_side_bar_is_the_name() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    rows = [("CONTACT", 9.5), ("office@example.edu", 8.0), ("SKILLS", 9.5), ("Python", 8.0), ("Go", 8.0),
            ("Ines Marlow", 22.0), ("Research Fellow in Oceanography", 11.0), ("EDUCATION", 11.5),
            ("PhD in Oceanography, Lakeside University, 2015 – 2019", 9.0), ("Thesis on tides", 9.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=z) for t, z in rows])
    assert parse_document(doc, "x.pdf").name == "Ines Marlow"


def test_a_name_set_letter_by_letter() -> None:
    assert name_from_text("R H E A   K O W A L S K I - B A N D A") == "Rhea Kowalski-Banda"
    assert name_from_text("I V O\tE X E T E R") == "Ivo Exeter"


def test_europass_name_beside_its_personal_information_label() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Curriculum vitae\nPERSONAL INFORMATION Agnes Varga-Lund\nKopparvägen 14B, 722 55 Västerås (Sweden)\n"
                   "agnes.vl@example.se\n\nWORK EXPERIENCE\nApr 2022 – Present Principal Engineer, Invented Cells AB\n")
    assert p.name == "Agnes Varga-Lund"


def test_names_as_odd_producers_print_them() -> None:
    # a text layer that lost the space after an initial; Europass's "Name / Surname" cell with
    # the family name first; post-nominal letters under a name set over two lines
    assert parse_text("Halvard T.Quennell\nh.quennell@example.ac.uk\nEMPLOYMENT\n").name == "Halvard T. Quennell"
    assert parse_text("Europass\nCurriculum Vitae\nPersonal information\n"
                      "Name / Surname\tTeixeira Valadares, Bruno\nE-mail\tbtv@example.pt\n").name == (
        "Bruno Teixeira Valadares")
    assert parse_text("MBChB BSc PhD FRCP\nContact\neilidh@example.ac.uk\n").name is None


def test_a_lower_case_name_set_largest_beats_a_building_name_in_the_address() -> None:
    p = parse_document(ExtractedDocument(format="pdf", lines=[
        TextLine("rosalind m. achterberg", size=18.0), TextLine("Senior Lecturer in History", size=10.5),
        TextLine("Fenwick Robertson Wing, Old Quad, Edinburgh", size=10.5),
        TextLine("r.achterberg@example.ac.uk", size=10.5), TextLine("Education", size=12.0, bold=True)]), "x.pdf")
    assert p.name == "Rosalind M. Achterberg"


def test_a_chinese_name_then_post_and_school_and_the_photo_box() -> None:
    # "照片" marks where the photo goes: never a name; a name line goes on with the post
    p = parse_document(ExtractedDocument(format="pdf", lines=[
        TextLine("林知微 副教授 · 环境学院", size=12.0), TextLine("电话 139 5550 6021 邮箱 lzw@example.edu.cn", size=9.0),
        TextLine("照片", size=9.8), TextLine("任职经历", size=13.0, bold=True)]), "x.pdf")
    assert p.name == "林知微"


def test_a_japanese_or_traditional_chinese_form_title_is_no_name_and_its_bilingual_label_gives_it() -> None:
    # a rirekisho: the spaced title 履 歴 書 on top, the name in a "氏名 / Name" row with its romanisation
    p = parse_text("履 歴 書\nCurriculum Vitae\nふりがな\tあおい りん\n氏名 / Name\t青井 凛 (AOI Rin)\t写真\n"
                   "E-mail\trin.aoi@example.ac.jp\n")
    assert p.name == "青井凛"
    assert name_from_text("履 歴 書") is None and name_from_text("個人簡歷") is None
    assert parse_text("姓名 Name\t林夏\n").name == "林夏"


def test_letter_spaced_small_caps_in_the_middle_cell_of_a_banner() -> None:
    # the text layer put spaces at random letter gaps; the e-mail address confirms the cell
    p = parse_text("(206) 555-0127\n1418 Pine Street, Apt 5\tTobi ah Qu ill -S tr and\ttobiah.qs@example.com\n"
                   "Seattle, WA 98101\nExperience\nSoftware Engineer\tAcme\tMar 2022 – Present\n")
    assert p.name == "Tobiah Quill-Strand"


def test_a_hyphenated_family_name_spelled_letter_by_letter() -> None:
    p = parse_text("H A L L V A R D Q U I L L - B R E N N A N\nTarn Earth Observatory · 61 Route 9W, Palisades, NY\n"
                   "+1 (845) 555-0177 · hquill@ldeo.example.edu · https://hquill-paleo.example.org\nAppointments\n")
    assert p.name == "Hallvard Quill-Brennan"


def test_a_form_name_label_spaced_over_two_cells() -> None:
    # A Taiwanese 履歷表 grid: the label "姓名" spaced to its cell's width reads "姓<tab>名".
    p = parse_text("履 歷 表\n姓\t名\t簡明安(JIAN, MING-AN)\t應徵職稱\t助理教授\n"
                   "行動電話\t0955-500-000\t電子郵件\tma@example.org\n")
    assert p.name == "簡明安"


def test_a_name_wrapped_at_its_surnames_hyphen() -> None:
    doc = ExtractedDocument(format="pdf", lines=[
        TextLine("Aino Quill-", size=30), TextLine("Whitlock", size=30),
        TextLine("Doctoral researcher in glaciology", size=11), TextLine("aq@example.org", size=8),
        TextLine("EDUCATION", size=12)])
    assert parse_document(doc, "x.pdf").name == "Aino Quill-Whitlock"


@pytest.mark.parametrize(("line", "name"), [("europass Ginevra Quill", "Ginevra Quill"),
                                            ("Engr. Dr. Sameen Ahmed Quill", "Sameen Ahmed Quill")])
def test_a_logo_word_or_an_engineers_title_before_the_name(line: str, name: str) -> None:
    assert name_from_text(line) == name
