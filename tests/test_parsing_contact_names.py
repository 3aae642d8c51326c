"""Contact details and names in the shapes of item 7 (invented people)."""
from __future__ import annotations

import pytest

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from tests.parsing_support import job_market_profile, parse_md, parse_text


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


def test_lower_case_name_with_an_initial_confirmed_by_the_email() -> None:
    p = _parse("rafael j. quill-lind\nrafael.ql@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Rafael J. Quill-Lind"


def test_lower_case_name_set_large_over_two_lines() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("jonah w.", 24.0), ("quill-ito", 24.0), ("computer engineering student", 12.0),
            ("jwquill@example.edu", 10.0), ("education", 14.0), ("Invented Institute of Technology, 2022 – 2026", 10.0)]
    p = parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows]), "cv.pdf")
    assert p.name == "Jonah W. Quill-Ito"


def test_accented_lower_case_name_confirmed_by_the_email() -> None:
    p = _parse("zoë nakamura\nzoenakamura@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Zoë Nakamura"


def test_name_words_set_apart_by_a_wide_gap() -> None:
    p = _parse("PRIYA   PETROVA\npriya.p@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Priya Petrova"
    tabbed = _parse("Priya\tPetrova\npriya.p@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert tabbed.name == "Priya Petrova"


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


def test_profile_readme_greeting_names_the_writer() -> None:
    p = parse_md("# Hello! I'm Odalys Verhoeven ✨\n\n"
                  "[![Site](https://img.shields.io/badge/site-blue)](https://odalysverhoeven.example.net)\n\n"
                  "## About\n\n- 🌿 Research interests: coral genomics, reef acoustics\n- 📬 o.verhoeven@example.org\n\n"
                  "## Papers\n\n1. [**Acoustic census of patch reefs**](https://example.org/p1)\n"
                  "   **O. Verhoeven**, T. Lund · *Coral Reefs 2023*\n"
                  "2. [**Heat stress in brooding corals**](https://example.org/p2)\n"
                  "   T. Lund, **O. Verhoeven** · *Marine Biology 2022*\n")
    assert p.name == "Odalys Verhoeven"
    assert "https://odalysverhoeven.example.net" in p.links
    assert p.research_interests == ["coral genomics", "reef acoustics"]
    assert [(x.title, x.authors, x.year, x.first_author) for x in p.publications] == [
        ("Acoustic census of patch reefs", ["O. Verhoeven", "T. Lund"], 2023, True),
        ("Heat stress in brooding corals", ["T. Lund", "O. Verhoeven"], 2022, False),
    ]


def test_uk_mobile_in_a_contact_row_without_country_code() -> None:
    # 07700 900xxx is a range the numbering metadata reserves; the contact row vouches for it
    p = parse_text("PRIYA NANDAKUMAR\nAnalytics Lead | Leeds, UK | 07700 900318 | priya.n@example.com\n")
    assert p.phones == ["+447700900318"]


def test_scholar_in_a_job_title_is_not_a_profile_link() -> None:
    p = parse_text("Omar Haddadin\nExperience\nHarlow University, Department of Physics\tSep 2024 – Present\n"
               "Postdoctoral Scholar\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Harlow University, Department of Physics", "Postdoctoral Scholar")]


def test_greetings_with_emoji_name_the_writer() -> None:
    from reviewer.parsing.names import name_from_text

    assert name_from_text("👋 Hi, I'm Kaito Brennan") == "Kaito Brennan"
    assert name_from_text("Hey there! I am Kaito Brennan.") == "Kaito Brennan"
    assert name_from_text("Hello, World") is None


def test_postal_address_names_the_country_of_a_national_number() -> None:
    p = parse_text("Harriet Osei\n12 Mill Lane, Manchester M1 2AB, United Kingdom\nMobile: 07911 123456\n"
               "harriet.osei@example.com\n")
    assert p.phones == ["+447911123456"]


def test_homepage_nav_bar_is_not_the_name_and_its_links_are_read(tmp_path) -> None:
    from reviewer.parsing import parse_file

    page = tmp_path / "index.html"
    page.write_text(
        "<html><head><title>Ilse Marangoni | Glaciologist</title></head><body>"
        '<nav><a href="#a">Home</a><a href="#b">Papers</a><a href="#c">Contact</a></nav>'
        "<h1>Ilse Marangoni</h1><p>Glaciologist, Fjordside Polar Institute</p>"
        "<h2>Publications</h2><p>Full list on "
        '<a href="https://scholar.google.com/citations?user=Zq1Xx2AAAAAJ">Google Scholar</a>.</p>'
        "<ol><li>Marangoni, I., &amp; Berg, T. (2023). Calving fronts in summer. <i>Journal of Glaciology</i>, 69, 1-12.</li></ol>"
        "<h2>Contact</h2><p>Email: ilse.marangoni [at] fjordside.example.no<br>"
        '<a href="https://github.com/imarangoni">GitHub</a></p></body></html>', encoding="utf-8")
    p = parse_file(page)
    assert p.name == "Ilse Marangoni"
    assert p.emails == ["ilse.marangoni@fjordside.example.no"]
    assert set(p.links) == {"https://scholar.google.com/citations?user=Zq1Xx2AAAAAJ", "https://github.com/imarangoni"}


def test_placement_staff_contacts_are_not_the_candidates(tmp_path) -> None:
    p, _ = job_market_profile(tmp_path)
    assert p.emails == ["b.okonkwo@lakeshore.example.edu"]
    assert p.phones == ["+13125550144"]


def test_nickname_in_brackets_inside_the_name_is_dropped() -> None:
    p = parse_text("Friederike (Rike) Albrecht\nrike.albrecht@example.org\nEducation\nPhD, Harbourside University, 2020–2024\n")
    assert p.name == "Friederike Albrecht"


def test_sidebar_contact_block_one_item_a_line_gives_phone_and_bare_host() -> None:
    p = parse_text("Ruth Abernethy\nService Designer\nCONTACT\nruth.abernethy@example.co.uk\n07700 900456\n"
               "Leeds, UK\nruthabernethy.example.studio\nEDUCATION\nBA Design, University of Leeds, 2012 – 2015\n")
    assert p.phones == ["+447700900456"]
    assert "ruthabernethy.example.studio" in p.links


def test_name_in_a_personal_information_grid_and_no_job_from_it() -> None:
    p = parse_text("个人简历\n姓名\t周雨桐\t性别\t女\n出生年月\t1999.11\t政治面貌\t群众\n"
               "电话\t139-0000-1234\t邮箱\tzyt@example.edu\n"
               "实习经历\n2022.03-2022.08 星河数据科技有限公司 数据分析实习生\n"
               "负责用户留存分析,搭建周报看板;\n2021.07-2021.09 青松研究院 研究实习生\n"
               "参与文本分类数据集的标注规范设计。")
    assert p.name == "周雨桐"
    assert [(e.organization, e.start) for e in p.experience] == [
        ("星河数据科技有限公司", "2022-03"), ("青松研究院", "2021-07")]


def test_a_phone_number_one_space_after_the_name() -> None:
    assert _parse("Dana Quill +1 (555) 555-0101\ndquill@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021"
                  ).name == "Dana Quill"


def test_lower_case_name_confirmed_by_the_family_name_in_the_email() -> None:
    assert _parse("dana quill\ndquill@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021").name == "Dana Quill"


def test_a_name_set_letter_by_letter_whose_word_gap_was_lost() -> None:
    # the e-mail address tells where the given name ends; without it the letters stay one word, flagged
    p = _parse("M E I R A M A N\nmei.raman@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Mei Raman"
    p = _parse("M E I R A M A N\nmr1987@example.com\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Meiraman" and any("name guessed" in w for w in p.warnings)


def test_a_lower_case_hyphenated_markdown_name_with_its_homepage_in_the_footer() -> None:
    from tests.parsing_support import parse_md
    p = parse_md("# dana oyelaran-quill\n\nhydrologist · d.oyelaran@example.fr\n\n## Skills\n\nPython, R\n\n---\n\n"
                 "*dana-oq.example.fr — last updated March 2025*\n")
    assert p.name == "Dana Oyelaran-Quill"
    assert p.links == ["dana-oq.example.fr"]


def test_a_lower_case_name_followed_by_the_same_name_in_chinese() -> None:
    p = _parse("zhiyu qiao 乔知雨\nqiaozhiyu@example.cn\nEXPERIENCE\nAcme Corp, Analyst, 2019 - 2021")
    assert p.name == "Zhiyu Qiao (乔知雨)"


@pytest.mark.parametrize(("text", "name"), [
    # an ERC Part B1: the cover page names the PI, the CV's field puts the family name first
    ("ERC Starting Grant 2026\n– Name of the Principal Investigator (PI): Dr Ilse Quarnby\nEDUCATION\n", "Ilse Quarnby"),
    ("PERSONAL INFORMATION\nFamily name, First name: Quarnby, Ilse\nEDUCATION\n", "Ilse Quarnby"),
    # a DFG Lebenslauf's grid and a FECYT CVA's separate cells
    ("Lebenslauf\nAngaben zur Person\nName, Vorname\tQuarnby, Ilse\nAkademischer Grad\tDr. rer. nat.\n", "Ilse Quarnby"),
    ("CURRICULUM VITAE (CVA)\nFirst name\tLucía\tCV date\t14/02/2025\nFamily name\tQuarnby Saldaña\n"
     "Gender (*)\tFemale\n", "Lucía Quarnby Saldaña"),
])
def test_a_funders_form_names_the_applicant_in_its_own_fields(text: str, name: str) -> None:
    assert parse_text(text).name == name


def test_a_banner_name_wrapped_at_its_hyphen_with_the_title_after_it() -> None:
    # moderncv's banner: "Wendeline Oduya-" / "Marsh | Epidemiologist", both in the name's size
    p = _sized([("Wendeline Oduya-", 24.8), ("Marsh | Epidemiologist", 24.8), ("wom@example.ca", 10)])
    assert p.name == "Wendeline Oduya-Marsh"


def test_a_name_surname_field_with_the_rank_before_the_name() -> None:
    p = parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in [
        "CURRICULUM VITAE", "Name Surname\t: Assoc. Prof. Dr. Elif Nur KARAVELİ", "E-mail\t: enk@example.org"]]), "cv.txt")
    assert p.name == "Elif Nur Karaveli"


def test_the_old_europass_label_family_name_first_without_a_column_gap() -> None:
    p = parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in [
        ("europass", 12), ("Curriculum Vitae", 12), ("PERSONAL INFORMATION", 10),
        ("Surname(s) / First name(s) Bălan-Quillescu, Irina Mihaela", 11), ("E-mail imq@example.org", 9.5)]]), "cv.pdf")
    assert p.name == "Irina Mihaela Bălan-Quillescu"
