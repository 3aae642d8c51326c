"""Awards: one record per listed item, with its year; sub-headings are not awards.

All entries are invented.
"""
from __future__ import annotations

from reviewer.parsing.awards import parse_awards
from reviewer.parsing.lines import Line
from reviewer.parsing.sections import heading_kind
from tests.parsing_support import parse_text


def lines(block: str) -> list[Line]:
    return [Line(text, n) for n, text in enumerate(block.strip("\n").split("\n"))]


def test_bullets_with_years_in_parentheses():
    awards = parse_awards(lines("""
- Lighthouse Scholarship (2024.9)
- Harbor Institute Scholarship (2022.9 & 2023.9)
- Excellent Graduate of Northfield (2021.7)
"""))
    assert [a.title for a in awards] == [
        "Lighthouse Scholarship (2024.9)",
        "Harbor Institute Scholarship (2022.9 & 2023.9)",
        "Excellent Graduate of Northfield (2021.7)",
    ]
    assert [a.year for a in awards] == [2024, 2022, 2021]


def test_bullets_with_continuation_lines_and_broken_ordinals():
    awards = parse_awards(lines("""
○ Talent Development Scholarship 2022-23
Award by the Examplestan Government
○ 3
rd out of 9 in the Riverside Programming Contest (Aug 2022)
Organized by Riverside University
○ Silver Medal in the Imaginary Collegiate Programming Contest (Nov 2021)
"""))
    assert len(awards) == 3
    assert awards[0].title == "Talent Development Scholarship 2022-23 Award by the Examplestan Government"
    assert awards[1].title.startswith("3rd out of 9")
    assert awards[2].year == 2021


def test_one_per_line_with_tab_separated_dates_and_wrapped_lines():
    awards = parse_awards(lines("""
Young Researchers Fund of the Examplestan Science Foundation. 2024.12
National Scholarship (top 1%), Ministry of Imaginary Affairs.\t2024.09
First Class Scholarship of Northfield (top 3%)\t2019, 2020.10
Recipient of the Graduate Fellowship by the University of
Examplestan in 2015.
National Scholarship
"""))
    assert len(awards) == 5
    assert awards[3].title == "Recipient of the Graduate Fellowship by the University of Examplestan in 2015."
    assert awards[3].year == 2015
    assert awards[4].year is None


def test_subheadings_are_not_awards():
    awards = parse_awards(lines("""
International Awards
2021 2nd Place, Cloud GameDay Online
2019 Finalist, Capture The Flag World Final
Domestic Awards
2020 Silver Prize, Harbor Hacking Competition
"""))
    assert [a.year for a in awards] == [2021, 2019, 2020]
    assert all("Awards" not in a.title for a in awards)


def test_chinese_awards():
    awards = parse_awards(lines("""
奖学金
○ 示例大学一等奖学金 (2022)
○ 全国大学生数学建模竞赛 二等奖 2021
"""))
    assert [a.year for a in awards] == [2022, 2021]


def test_empty_section():
    assert parse_awards([]) == []
    assert parse_awards(lines("\n\n")) == []


def test_bullets_alone_on_their_lines():
    awards = parse_awards(lines("""
•
Harbor Fellowship, 2022
•
Lighthouse Prize for Teaching
awarded by the Northfield Faculty, 2020
"""))
    assert [a.title for a in awards] == [
        "Harbor Fellowship, 2022",
        "Lighthouse Prize for Teaching awarded by the Northfield Faculty, 2020",
    ]
    assert [a.year for a in awards] == [2022, 2020]


def test_the_same_award_printed_twice_counts_once():
    awards = parse_awards(lines("""
Harbor Fellowship, 2022
Harbor Fellowship, 2022
Lighthouse Prize, 2021
"""))
    assert [a.title for a in awards] == ["Harbor Fellowship, 2022", "Lighthouse Prize, 2021"]


def test_dates_alone_on_their_lines_date_the_award_above():
    awards = parse_awards(lines("""
Harbor Graduate Fellowship
2019 - 2023
Lighthouse Prize for Teaching
Sep. 2018
"""))
    assert [a.title for a in awards] == ["Harbor Graduate Fellowship", "Lighthouse Prize for Teaching"]
    assert [a.year for a in awards] == [2019, 2018]


def test_a_sentence_describing_the_award_above_joins_it():
    awards = parse_awards(lines("""
Best Demo Award, Imaginary Workshop 2024
Awarded for an outstanding demonstration of paper boats.
Second Place, Harbor Racing Contest 2023
Led the team to a second place finish with solar kites.
Recipient of the Lighthouse Travel Grant 2022.
Winner of the Northfield Data Challenge. [First Prize]
"""))
    assert [a.year for a in awards] == [2024, 2023, 2022, None]
    assert awards[0].title.endswith("demonstration of paper boats.")


def test_table_rows_led_by_a_year_or_a_span_are_separate_awards():
    # A two-column Word table read row by row: the date cell, a tab, the award.
    awards = parse_awards(lines("""
2022\tHarrow Prize for the best thesis in applied optics
2016 – 2020\tFellow of the Quillfield Talent Foundation
2019–present\tMember of the Young Lantern Academy
"""))
    assert [a.title for a in awards] == [
        "Harrow Prize for the best thesis in applied optics",
        "Fellow of the Quillfield Talent Foundation",
        "Member of the Young Lantern Academy",
    ]
    assert [a.year for a in awards] == [2022, 2016, 2019]


def test_rows_led_by_any_date_form_are_separate_awards():
    awards = parse_awards(lines("""
2021.09\tNational Scholarship for Graduate Students
09/2016 – 06/2020\tFellow of the Quillfield Foundation
Sep 2015\tBest Poster Award, Lantern Symposium
awarded for the clearest poster of the session
2019.10 – 2020.06\tDean's List
"""))
    assert [a.title for a in awards] == [
        "National Scholarship for Graduate Students",
        "Fellow of the Quillfield Foundation",
        "Best Poster Award, Lantern Symposium awarded for the clearest poster of the session",
        "Dean's List",
    ]
    assert [a.year for a in awards] == [2021, 2016, 2015, 2019]


def test_a_date_span_alone_still_dates_the_award_above():
    awards = parse_awards(lines("""
Quillfield Travel Grant
09/2016 – 06/2020
Harrow Prize for the best thesis
"""))
    assert [(a.title, a.year) for a in awards] == [("Quillfield Travel Grant", 2016), ("Harrow Prize for the best thesis", None)]


def test_a_date_in_its_own_right_hand_cell_is_not_part_of_the_title():
    awards = parse_awards(lines("""
Harrow Prize for the best thesis\t2022
Fellow of the Quillfield Foundation\t2016 – 2020
Best Paper Award, Lantern Symposium 2019
"""))
    assert [(a.title, a.year) for a in awards] == [
        ("Harrow Prize for the best thesis", 2022),
        ("Fellow of the Quillfield Foundation", 2016),
        ("Best Paper Award, Lantern Symposium 2019", 2019),
    ]


def test_a_label_cell_before_the_first_award_is_a_heading():
    # Europass-style label column: the label shares its row with the first award.
    awards = parse_awards(lines("""
Honours and awards\t2021 – Best Demo Award, Riverside Networking Workshop
2017 – Graduation Prize, Quillfield Foundation
"""))
    assert [(a.title, a.year) for a in awards] == [
        ("Best Demo Award, Riverside Networking Workshop", 2021),
        ("Graduation Prize, Quillfield Foundation", 2017),
    ]


def test_chinese_date_led_rows_and_pipe_tables():
    awards = parse_awards(lines("""
2021年 国家奖学金
2020年10月 校级优秀学生干部
2018年国家励志奖学金
"""))
    assert [(a.title, a.year) for a in awards] == [("国家奖学金", 2021), ("校级优秀学生干部", 2020), ("国家励志奖学金", 2018)]
    awards = parse_awards(lines("""
Riverside Fellowship | Riverside University | 2019
Best Poster Award | Lantern Symposium | 2018
"""))
    assert [(a.title, a.year) for a in awards] == [
        ("Riverside Fellowship | Riverside University", 2019), ("Best Poster Award | Lantern Symposium", 2018),
    ]


def test_the_same_honour_in_two_years_is_two_awards_but_a_repeated_line_is_one():
    awards = parse_awards(lines("""
Spring 2020  Dean's Honour List
Fall 2019  Dean's Honour List
Fall 2019  Dean's Honour List
"""))
    assert [(a.title, a.year) for a in awards] == [("Dean's Honour List", 2020), ("Dean's Honour List", 2019)]


def test_prizes_run_together_with_middle_dots_each_with_its_year() -> None:
    awards = parse_awards(lines("Dean's Honours, four terms (2021–2023) · Harbour Scholarship (2022)"))
    assert [(a.title, a.year) for a in awards] == [
        ("Dean's Honours, four terms (2021–2023)", 2021), ("Harbour Scholarship (2022)", 2022)]


def test_grants_are_not_awards() -> None:
    assert heading_kind("Grants") == "grants"
    assert heading_kind("Research Funding") == "grants"
    assert heading_kind("Awards and Grants") == "awards"
    p = parse_text("Tomasz Wilk-Ferreira\nGRANTS\nMarie Curie Seed Grant, €90k, 2022–2024\n"
               "HONORS AND AWARDS\nBest Poster Award, Alpine Vision Days 2021")
    assert [a.title if hasattr(a, "title") else a for a in p.awards] and len(p.awards) == 1


def test_awards_run_on_one_line_with_their_years_in_parentheses() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nAwards\n"
                   "Best Paper Award (ICML 2022); Ostwick Fellowship (2020); Dean's List (2016, 2017)\n")
    assert [a.year for a in p.awards] == [2022, 2020, 2016]
    p = parse_text("林晓澄\nlin@example.cn\n获奖情况\n国家奖学金（2022）、校一等奖学金（2021）、优秀毕业生（2023）\n")
    assert [a.year for a in p.awards] == [2022, 2021, 2023]
    # a prize named with a semicolon but no years stays one item
    p = parse_text("Dana Quill\ndana@example.org\nAwards\nOstwick Prize for teaching; shared with K. Obi\n")
    assert len(p.awards) == 1


def test_an_honours_label_inside_another_section_names_awards() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nSkills & Interests\nTechnical: Python, Gurobi, SQL.\n"
                   "Honors: Ostwick Operations Research Prize, finalist (2019).\n")
    assert [(a.title, a.year) for a in p.awards] == [("Ostwick Operations Research Prize, finalist (2019)", 2019)]
    # an awards section of its own wins; its label lines are not read twice
    p = parse_text("Dana Quill\ndana@example.org\nAwards\nFen Prize (2020)\nSkills\nHonors: none listed here\n")
    assert [a.year for a in p.awards] == [2020]


def test_skills_and_honors_heading_over_labelled_fields() -> None:
    """Jake's resume: "Technical Skills and Honors" holds "Languages: …" fields and one
    "Honors: A (2025); B (2024); C" field: skills, and three prizes, none of them a skill."""
    p = parse_text("Dario Fenwick\n\nTechnical Skills and Honors\nLanguages: Python, Go, OCaml\n"
                   "Frameworks: PyTorch, gRPC\n"
                   "Honors: Invented Scholarship Honorable Mention (2025); Made-up Coding Contest, 7th place (2024); "
                   "Dean's List\n")
    assert [(a.title, a.year) for a in p.awards] == [("Invented Scholarship Honorable Mention (2025)", 2025),
                                                     ("Made-up Coding Contest, 7th place (2024)", 2024),
                                                     ("Dean's List", None)]
    assert "Python" in p.skills and not any("Invented" in s or s == "Honors" for s in p.skills)


def test_issued_by_line_under_an_award_is_part_of_it() -> None:
    """imprecv (Typst): "Award<tab>City" then "Issued by Org<tab>Date": one award, dated."""
    awards = parse_awards([Line(t, i) for i, t in enumerate([
        "Best Systems Paper Finalist\tFreiburg, Germany", "Issued by Invented Robotics Society\tJun 2019",
        "Made-up Engineering Excellence Award\tSeattle, Washington", "Issued by Halyard Invented Ltd\tDec 2022"])])
    assert [a.year for a in awards] == [2019, 2022]


def test_certifications_listed_with_awards_are_not_prizes() -> None:
    awards = parse_awards([Line(t, i) for i, t in enumerate([
        "Invented Cloud Certified Data Engineer Professional (2023)", "Made-up Health 'Builder of the Year' award (2023)",
        "Certificate of Merit, Imaginary Science Fair (2014)"])])
    assert [a.title for a in awards] == ["Made-up Health 'Builder of the Year' award (2023)",
                                         "Certificate of Merit, Imaginary Science Fair (2014)"]


def test_an_award_named_like_a_heading_but_dated_in_its_cell_is_an_award() -> None:
    """"国家奖学金<tab>2021.10" (National Scholarship) reads like a "Scholarships" heading, but
    its date cell makes it an entry."""
    awards = parse_awards([Line(t, i) for i, t in enumerate([
        "一等奖,全国大学生虚构设计大赛\t2022.08", "国家奖学金\t2021.10", "北岭大学优秀研究生\t2024.11"])])
    assert [(a.title, a.year) for a in awards] == [("一等奖,全国大学生虚构设计大赛", 2022), ("国家奖学金", 2021),
                                                   ("北岭大学优秀研究生", 2024)]


def test_research_grants_are_funding_not_honours() -> None:
    p = parse_text("Mira Vale\nmv@example.ac.uk\nGrants and prizes\n"
                   "2022–2025\tHalden Trust Research Project Grant, “Pocket Time” (PI, £298,000)\n"
                   "2021\tBainton Prize (history and theology)\n"
                   "2020\tNorthfield research grant, £48,000 (co-applicant)\n"
                   "2019\tWallenby Foundation travel grant\n"
                   "2013\tBibliographical Society Fellowship\n")
    assert [a.title.split(" (")[0] for a in p.awards] == [
        "Bainton Prize", "Wallenby Foundation travel grant", "Bibliographical Society Fellowship"]


def test_german_prizes_a_row_of_dated_awards_and_numbered_grants() -> None:
    p = parse_text("Henrike Quist\nhq@example.de\nPreise und Stipendien\n"
                   "2023\tNachwuchspreis der Sektion Bildungsforschung\n2016\tDeutschlandstipendium, Universität Kassel\n"
                   "Kenntnisse\nSprachen\tDeutsch, Englisch\n")
    assert [a.year for a in p.awards] == [2023, 2016]
    p = parse_text("林晓澄\n电话 139 5550 1234\n荣誉证书\n2018 北岭大学优秀毕业研究生\t2016 研究生国家奖学金\t2020 年度优秀员工\n")
    assert [a.year for a in p.awards] == [2018, 2016, 2020]
    p = parse_text("Mira Quill\nmq@example.edu\nAwards\nSloan Research Fellowship, 2014.\n"
                   "NSF CAREER award DMS-1451187, Integral Hodge theory, 2015–2020.\nNSF grant DMS-2200417, 2022–2025.\n")
    assert [a.year for a in p.awards] == [2014]


def test_a_ccv_like_list_of_dated_awards_with_rows_about_each() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Ada Quill\nada@example.ca\nRecognitions\n2023/5\tEarly Researcher Award\nMinistry of Tarn (Ontario)\n"
                   "Prize / Award\nAmount: 140,000 (Canadian dollar)\n2020/11\tNew Investigator Award\n"
                   "Canadian Society for Exercise Physiology\nHonor\n2016/9 - 2018/8\tBanting Postdoctoral Fellowship\n"
                   "Canadian Institutes of Health Research (CIHR)\nDistinction\n")
    assert [(a.title, a.year) for a in p.awards] == [("Early Researcher Award", 2023), ("New Investigator Award", 2020),
                                                      ("Banting Postdoctoral Fellowship", 2016)]


def test_a_date_column_wrapped_after_its_dash_keeps_the_award_whole():
    # A narrow date column: "2021–" beside the award's first line, "2023" beside its second.
    awards = parse_awards(lines("""
2021–\tQuillfield Doctoral Fellowship (Council for Imaginary
2023\tSciences of Nowhere)
2020–\tWestbrook Fellowship, Northfield College
2025
2019\tBest Poster Prize, Invented Society
2020\tRunner-up, Imaginary Essay Prize
"""))
    assert [(a.title, a.year) for a in awards] == [
        ("Quillfield Doctoral Fellowship (Council for Imaginary Sciences of Nowhere)", 2021),
        ("Westbrook Fellowship, Northfield College", 2020),
        ("Best Poster Prize, Invented Society", 2019),
        ("Runner-up, Imaginary Essay Prize", 2020),
    ]


def test_a_run_of_year_led_awards_on_one_line_and_chinese_years_with_spaces() -> None:
    awards = parse_awards(lines("""
2024 北岭大学优秀博士生学术创新奖 | 2023 博士研究生国家奖学金 | 2021 虚构经济学奖学金
2023 年 虚构科技年度「技术之星」 · 2018 年 南湖大学研究生一等学业奖学金
2022年度 北岭大学优秀毕业生
"""))
    assert [(a.title, a.year) for a in awards] == [
        ("北岭大学优秀博士生学术创新奖", 2024), ("博士研究生国家奖学金", 2023), ("虚构经济学奖学金", 2021),
        ("虚构科技年度「技术之星」", 2023), ("南湖大学研究生一等学业奖学金", 2018),
        ("北岭大学优秀毕业生", 2022)]


def test_accomplishments_and_awards_with_exams_head_awards() -> None:
    assert heading_kind("ACCOMPLISHMENTS") == "awards"
    assert heading_kind("Awards, Fellowships & Exams") == "awards"


def test_a_chinese_honours_label_after_a_paper_list_names_awards() -> None:
    p = parse_text("张三\nzhang@example.com\n科研成果\n"
                   "1. 张三, 李四. 一种虚构材料的界面研究[J]. 虚构材料学报, 2022, 12(3): 1-9.\n"
                   "授权专利：一种虚构电极的制备方法，ZL 2023 1 0000001.2（第一发明人）。\n"
                   "荣誉奖励：2020 虚构研究院院长优秀奖；2021 虚构青年人才计划。\n")
    assert [a.year for a in p.awards] == [2020, 2021]
    assert len(p.publications) == 1


def test_one_date_per_award_joins_the_lines_of_each():
    """Unmarked lists whose awards run over several lines, each award dated once: the date
    in its own cell heads the award (a wrapped name goes on below it); a date at the end
    of the text, or a "Date awarded:" line, closes it (the issuer sits between)."""
    wrapped = parse_awards(lines("Invented Society Best Contributed\t2022\nPaper\n"
                                 "Northfield Margolin Dissertation\t2016\nAward\n"
                                 "Harbor Graduate Fellowship\t2014"))
    assert [(a.title, a.year) for a in wrapped] == [("Invented Society Best Contributed Paper", 2022),
                                                    ("Northfield Margolin Dissertation Award", 2016),
                                                    ("Harbor Graduate Fellowship", 2014)]
    named = parse_awards(lines("Outstanding Graduate of Northfield\t2021.05\nNational Scholarship (top 0.2%)\n"
                               "Harbor Prize in Modelling\t2020.06"))
    assert len(named) == 3  # an undated prize's own name under a dated award is an award too
    exported = parse_awards(lines("Quillon Award\nInvented Society of Chemistry\nDate awarded: 2020\n"
                                  "Partnership Award for Teaching Excellence (team)\nUniversity of Northfield\n"
                                  "Date awarded: 01 March 2018"))
    assert [a.year for a in exported] == [2020, 2018]
    assert exported[0].title.startswith("Quillon Award")
    separate = parse_awards(lines("Harbor Innovation Award 2023\nLighthouse Fellowship (DST)\nBest Poster, ISMB 2014\n"
                                  "Prêmio Invented de Tese, menção\nhonrosa — 2018"))
    assert [a.title for a in separate] == ["Harbor Innovation Award 2023", "Lighthouse Fellowship (DST)",
                                           "Best Poster, ISMB 2014", "Prêmio Invented de Tese, menção honrosa — 2018"]


def test_a_note_under_an_award_whose_date_closes_it_is_no_award() -> None:
    # a designed résumé's achievements: the award, its year closing it, then a sentence about it
    p = parse_text("Ima Quillfair\nima@example.org\nACHIEVEMENTS\nCivil Service Award – Data & Analysis\n(2022)\n"
                   "For the invented small-area estimates.\nStatistical Excellence Award, highly\ncommended (2021)\n"
                   "Royal Invented Society.\nMaster's Scholarship (2017)\nFull fees, Quillford University.\n")
    assert [a.title for a in p.awards] == [
        "Civil Service Award – Data & Analysis (2022) For the invented small-area estimates.",
        "Statistical Excellence Award, highly commended (2021) Royal Invented Society.",
        "Master's Scholarship (2017) Full fees, Quillford University."]
