"""Date columns wrapped over two rows (invented people and places)."""
from __future__ import annotations

import pytest

from tests.parsing_support import parse_text


@pytest.mark.parametrize(("rows", "dates"), [
    (["Nov. 2011 –", "May. 2012", "Research Assistant, Brightwater Labs Inc."], ("2011-11", "2012-05")),
    (["2020.4\tData Analyst, Quillfield Bank", "– 2020.6"], ("2020-04", "2020-06")),
    (["2025.01 ~\tEngineer, Harbour Tech Ltd.", "2025.05"], ("2025-01", "2025-05")),
    (["2021\tBrightwater Labs Inc.", "|\tPostdoc\tSpringfield", "Now", "Optics Group"], ("2021", "present")),
])
def test_end_date_on_a_lower_row_joins_the_start(rows: list[str], dates: tuple[str, str]) -> None:
    p = parse_text("Dana Quill\ndana@example.com\nEXPERIENCE\n" + "\n".join(rows) + "\nSKILLS\nGo")
    assert [(e.start, e.end) for e in p.experience] == [dates]


def test_sidebar_dates_with_units_keep_the_head_row_employer() -> None:
    p = parse_text("Dana Quill\nEXPERIENCE\n"
               "2022\tKestrel-Zentrum Meridian\n|\tPostdoc\tSpringfield\n2024\nOptical Group, Institute of Tides\n"
               "2019\tQuillfield Bank\n|\tAnalyst\tSpringfield\n2021\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Kestrel-Zentrum Meridian", "Postdoc", "2022", "2024"), ("Quillfield Bank", "Analyst", "2019", "2021")]


def test_a_remark_naming_a_degree_does_not_open_an_entry() -> None:
    p = parse_text("林晓澄\n教育经历\n2016\t南湖师范大学\n|\t博士 遥感科学\n2021\n2018年申请硕博连读计划并攻读博士学位\n"
               "2012\t北岭师范大学\n|\t学士 地理科学\n2016\n")
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("南湖师范大学", "phd", "2016", "2021"), ("北岭师范大学", "bachelor", "2012", "2016")]


def test_two_single_years_in_separate_entries_are_not_stitched() -> None:
    p = parse_text("Dana Quill\nAWARDS\n2019 Best Poster\nEXPERIENCE\nAnalyst, Quillfield Bank, 2019\n"
               "Engineer, Harbour Tech Ltd., 2021\n")
    assert [(e.start, e.end) for e in p.experience] == [("2019", "2019"), ("2021", "2021")]


def test_expected_end_date_and_chinese_text_glued_to_a_date() -> None:
    p = parse_text("林晓澄\n教育经历\n南湖大学 计算机科学 硕士 2022.09 - 预计2025.06毕业\n")
    assert [(e.start, e.end) for e in p.education] == [("2022-09", "2025-06")]


def test_class_of_year_is_not_a_date() -> None:
    from reviewer.parsing.dates import find_dates
    assert find_dates("算法工程师(2026届)") == []
    assert [d.start for d in find_dates("于2019.09入学")] == ["2019-09"]


def test_lone_start_row_over_a_dashed_end_row() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nEDUCATION\n2019.09\n– 2023.06\nLakeside University | B.Eng. in Physics\n")
    assert [(e.start, e.end) for e in p.education] == [("2019-09", "2023-06")]


def test_date_column_end_opens_the_next_row_with_text_after_it() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nEDUCATION\n"
               "Oct. 2015 – DPhil in Marine Science, Lakeside University\nSep. 2019 Thesis: Tides of small bays\n"
               "2011 – 2015 MPhys in Physics, Northfield University\n")
    assert [(e.start, e.end) for e in p.education] == [("2015-10", "2019-09"), ("2011", "2015")]


def test_a_date_column_cut_after_its_dash_with_the_end_opening_the_description_row() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nEXPERIENCE\n"
                   "  Nov. 2019 –   Principal Engineer, Harbourline Devices\n"
                   "  Present         - Led the firmware of an invented pump.\n\n"
                   "  Mar. 2014 –   Software Engineer, Ostwick Electronics\n"
                   "  Oct. 2019       - Wrote invented drivers.\n")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Harbourline Devices", "2019-11", "present"), ("Ostwick Electronics", "2014-03", "2019-10")]


def test_moderncv_date_column_wrapped_beside_a_hyphenated_entry() -> None:
    """"Sep 2021 –" starts the entry line, "Jun 2026" starts the next one beside the rest of
    a word the line broke ("Edin-" / "burgh, UK"): one range, one word."""
    p = parse_text("Yusuf Arden\n\nEducation\n"
                   "Sep 2021 – Ph.D. in Computer Science (expected June 2026), Ostwick University, Edin-\n"
                   "Jun 2026 burgh, UK\n"
                   "2019 – 2020 M.Sc. in Speech Processing, Ostwick University,\nEdinburgh, UK\n")
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [("phd", "2021-09", "2026-06"),
                                                                       ("master", "2019", "2020")]


def test_zhijin_split_over_the_date_column_and_two_titles_of_one_post() -> None:
    """moderncv in Chinese: "2020.12–至" then "今" on the next row; "2017.07–" then "2020.11";
    "副教授、博士生导师" is one post's two titles."""
    p = parse_text("祁望舒\n\n工作经历\n2020.12–至 副教授、博士生导师, 北岭大学计算机学院\n今\n"
                   "2017.07– 讲师, 北岭大学计算机学院\n2020.11\n")
    assert [(e.title, e.organization, e.start, e.end) for e in p.experience] == [
        ("副教授、博士生导师", "北岭大学计算机学院", "2020-12", "present"),
        ("讲师", "北岭大学计算机学院", "2017-07", "2020-11")]


def test_narrow_date_cell_cut_between_the_end_month_and_its_year() -> None:
    p = parse_text("Halvard Quist\n\nAcademic appointments\n"
                   "July 2017 – June\tAssociate Professor, Department of Statistics, Invented University\n2022\n"
                   "September 2012\tPostdoctoral Fellow, Institut Imaginaire de Mathématiques\n– December\n2013\n")
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Associate Professor", "2017-07", "2022-06"), ("Postdoctoral Fellow", "2012-09", "2013-12")]


def test_date_cell_wrapped_over_three_rows_beside_a_wrapped_entry() -> None:
    """A Word table's narrow date cell: "September" / "2021 –" / "present" down the left, the entry's
    text wrapping beside it ("…, Tennant State" / "University"); or "January 2012 Title…" / "– August" / "2016"."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ingrid Varga-Holm", 62, 200), ("APPOINTMENTS", 62, 180),
            ("September\tProfessor, Department of Invented Water Engineering, Tennant State", 62, 481),
            ("2021 –\tUniversity", 62, 182), ("present", 62, 94),
            ("January 2012 Assistant Professor, School of Made-up Earth Systems, Kellerman College", 62, 521),
            ("– August", 62, 102), ("2016", 62, 84),
            ("October 2009\tPostdoctoral Fellow, Imaginary Hydrology Lab", 62, 400),
            ("– December\t- Built invented snowmelt models.", 62, 300), ("2011", 62, 84)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=11.0, x0=x0, x1=x1) for t, x0, x1 in rows])
    p = parse_document(doc, "cv.pdf")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Department of Invented Water Engineering, Tennant State University", "Professor", "2021-09", "present"),
        ("School of Made-up Earth Systems, Kellerman College", "Assistant Professor", "2012-01", "2016-08"),
        ("Imaginary Hydrology Lab", "Postdoctoral Fellow", "2009-10", "2011-12")]


def test_dates_beside_the_first_detail_belong_to_the_undated_head_row() -> None:
    """rendercv's classic theme: "Org, Title<tab>Place" over "• detail<tab>Sept 2022 – present"."""
    p = parse_text("Henrik Quill\nResearch and Teaching Experience\n"
                   "Tolland University, Department of Physics, Postdoctoral Scholar\tTolland, MA\n"
                   "• DFT studies of invented films; mentor to three PhD students\tSept 2022 – present\n"
                   "Kestrel Institute of Technology, Graduate Teaching Assistant\tKestrel Bay, CA\n"
                   "• Fall 2018 and Winter 2019: made-up recitations\tSept 2017 – June 2020\n"
                   "Education\nPhD Kestrel Institute of Technology, Physics\tKestrel Bay, CA\n"
                   "• Thesis: Invented nematicity in strained films\tSept 2017 – Aug 2022\n")
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Postdoctoral Scholar", "2022-09", "present"), ("Graduate Teaching Assistant", "2017-09", "2020-06")]
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [("phd", "2017-09", "2022-08")]


def test_a_start_alone_over_the_dash_end_and_the_school() -> None:
    """"2023.09" over "一 2026.06(预计) 江川大学<tab>…": the end opens the next row, before its text."""
    p = parse_text("郑沐澄\n教育背景\n2023.09\n一 2026.06(预计) 江川虚构大学\t计算机科学与技术硕士\n"
                   "2019.09 - 2023.06\t南屿虚构理工大学\t软件工程\t本科\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [
        ("江川虚构大学", "2023-09", "2026-06"), ("南屿虚构理工大学", "2019-09", "2023-06")]


def test_present_opening_the_row_below_ends_a_start_printed_without_a_dash() -> None:
    # the date column's "至今" wrapped under "2021.09"; a date later in that row is a remark's
    p = parse_text("林晓澄简历\n电话 139 5550 1234\n教育背景\n"
                   "2021.09 北岭大学南湖医学院 内科学 博士研究生\n至今 导师:王一 教授 预计 2026 年 6 月毕业\n"
                   "2016.09 北岭大学南湖医学院 临床医学 医学学士\n–\tGPA 3.81/4.0\n2021.06\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [
        ("北岭大学南湖医学院", "2021-09", "present"), ("北岭大学南湖医学院", "2016-09", "2021-06")]


def test_a_detail_sentence_beside_the_wrapped_end_date_is_not_the_head_rows_tail() -> None:
    # the head row reaches the right margin, but what stands beside "Sep. 2023" is a sentence
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ingrid Vale", 20.0, 300.0), ("iv@example.ch", 9.0, 200.0), ("Appointments", 12.0, 130.0),
            ("Nov. 2020 –\tPostdoctoral Researcher, Istituto Nazionale di Fisica Nucleare (INFN), Sezione di Padova",
             10.0, 512.9),
            ("Sep. 2023\tHeavy-flavour working group; detector-upgrade software for the inner tracker.", 10.0, 464.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=56.7, x1=x1) for t, s, x1 in rows])
    p = parse_document(doc, "x.pdf")
    assert [(e.title, e.start, e.end) for e in p.experience] == [("Postdoctoral Researcher", "2020-11", "2023-09")]


def test_a_date_column_with_the_end_beside_the_head_and_the_start_under_it() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("林夏\nlinxia@example.com\n教育背景\n2025.06 临江大学 · 计算机学院 · 计算机技术(专业型硕士)\n"
                   "2022.09 导师:王明 教授 · GPA: 3.82 / 4 · 预计 2025 年 6 月毕业\n"
                   "2022.06 清河理工大学 · 计算机学院 · 计算机科学与技术(工学学士)\n2018.09 GPA: 3.71 / 4\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [
        ("临江大学", "2022-09", "2025-06"), ("清河理工大学", "2018-09", "2022-06")]


def test_a_faculty_and_degree_line_with_its_expected_date_under_the_university() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("林夏\nlinxia@example.com\n教育经历\n临江大学\t2022/09 – 至今\n"
                   "自动化工程学院 · 自动化(本科)\t预计 2026/06 毕业\n• GPA 3.91/4.00\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [("临江大学", "bachelor", "2022-09")]


def test_a_chinese_date_cell_wrapped_before_its_last_month_character() -> None:
    # "2016 年 9 月 ~ 2021 年 7" beside the entry, "月" alone at the head of the next row
    p = parse_text("簡明安\nma@example.org\n一、學歷\n"
                   "2016 年 9 月 ~ 2021 年 7 國立虛構大學 環境工程學系 博士\n月\t指導教授:某某 教授\n"
                   "2014 年 9 月 ~ 2016 年 6 國立想像大學 環境工程學研究所 碩士\n月\n"
                   "二、經歷\n2021 年 2 月 ~ 2021 年 7 國立虛構大學 環境工程學系 兼任講師\n月\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [
        ("國立虛構大學", "2016-09", "2021-07"), ("國立想像大學", "2014-09", "2016-06")]
    assert [(e.organization, e.start, e.end) for e in p.experience] == [("國立虛構大學", "2021-02", "2021-07")]


def test_a_year_with_the_months_of_a_stay_in_brackets() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nAPPOINTMENTS\n"
                   "2023–present\tProfessor, Department of Chemistry, Northfield University\n"
                   "2022 (Jan–Jul)\tVisiting Professor (sabbatical), Laboratory of Invented Chemistry, ETH Nowhere\n")
    assert [(e.start, e.end) for e in p.experience] == [("2023", "present"), ("2022-01", "2022-07")]


def test_two_posts_still_held_are_not_one_date_cell_wrapped() -> None:
    # a table row "2023 –" over another "2023 –": each post is open, neither ends the other
    p = parse_text("Dana Quill\ndana@example.org\nAPPOINTMENTS\nDates\tRole\tWhere\n"
                   "2023 –\tSenior Lecturer (Level C)\tNorthfield University\n"
                   "2023 –\tHonorary Fellow\tInstitute of Invented Studies\n"
                   "2020 – 2022\tLecturer\tNorthfield University\n")
    assert [(e.start, e.end) for e in p.experience] == [("2023", "present"), ("2023", "present"), ("2020", "2022")]


def test_a_timeline_cell_with_a_bar_between_start_and_end() -> None:
    # pagedown's resume: "2022" / "|" / "present" down the date column, the place in a right column
    p = parse_text("Pia Quill\npia@example.org\nEDUCATION\n2021\tNorthfield School of Public Health\n"
                   "|\tPhD in Biostatistics\tBaltimore, MD\nMay\tDissertation: Dynamic borrowing for small trials.\n"
                   "2026\tAdvisor: Prof. Dana Quill\n"
                   "RESEARCH EXPERIENCE\n2022\tGraduate Research Assistant\n"
                   "|\tCenter for Invented Trials, Northfield Hopkins\nBaltimore, MD\npresent\tUniversity\n"
                   "• Lead statistician for two pediatric trials\n"
                   "2020\tStatistical Analyst\n|\tThe Invented Hospital for Sick Children\tToronto, Canada\n"
                   "2021\t• Analysed registry data for a rare disease network\n")
    assert [(e.start, e.end) for e in p.education] == [("2021", "2026-05")]
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Center for Invented Trials, Northfield Hopkins University", "2022", "present"),
        ("The Invented Hospital for Sick Children", "2020", "2021")]
