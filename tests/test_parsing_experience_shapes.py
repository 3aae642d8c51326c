"""Entries routed and split by their own shape (invented people and places)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def test_mixed_education_and_work_section_routes_each_entry_by_its_shape() -> None:
    p = _parse("林晓澄\nxiaocheng@example.cn\n教育和工作经历\n"
               "2010.9-2014.6\t北岭大学,物理系,理学学士\n"
               "2014.9-2019.6\t南湖大学,信息学院,工学博士\n"
               "2019.7-2021.8\t南湖大学,信息学院,助理研究员\n"
               "2021.9-至今\t青禾科技有限公司,算法工程师\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("北岭大学", "bachelor"), ("南湖大学", "phd")]
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("南湖大学", "助理研究员", "2019-07"), ("青禾科技有限公司", "算法工程师", "2021-09")]


def test_english_mixed_section_routes_jobs_to_experience() -> None:
    p = _parse("Dana Quill\ndana@example.com\nEDUCATION AND EMPLOYMENT\n"
               "2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2021  Ph.D. in Physics, Lakeside University\n"
               "2021 - present  Research Scientist, Brightwater Labs Inc.\n")
    assert [e.degree_level for e in p.education] == ["bachelor", "phd"]
    assert [(e.title, e.start, e.end) for e in p.experience] == [("Research Scientist", "2021", "present")]


def test_education_section_without_job_lines_stays_education() -> None:
    p = _parse("Dana Quill\nEDUCATION\n2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2018  Visiting year, Lakeside University\n")
    assert len(p.education) == 2 and p.experience == []


def test_short_phrase_under_the_head_row_is_the_title() -> None:
    p = _parse("林晓澄\n工作经历\n青禾文化\t2022.08 - 2024.02\n内容运营\n运营三个公众号,产出原创推文。\n"
               "北岭书局\t2020.09 - 2022.07\n社群运营\n负责读者社群的日常维护。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾文化", "内容运营"), ("北岭书局", "社群运营")]


def test_numbered_duties_under_a_job_are_not_entries() -> None:
    p = _parse("林晓澄\n工作经历\n2014.02-至今 青禾通信有限公司 高级软件工程师\n个人工作职责为:\n"
               "1.参与并开发网络管理软件\n2.维护并支撑客户问题跟踪\n"
               "2005.09-2014.01 北岭网络技术股份有限公司 产品经理\n1.参与项目需求分析\n2.设计并开发电力网管软件\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("青禾通信有限公司", "高级软件工程师", "2014-02"), ("北岭网络技术股份有限公司", "产品经理", "2005-09")]


def test_an_organisation_named_after_its_city_is_not_a_place() -> None:
    p = _parse("林晓澄\n工作经历\n青禾文化\t2022.08 - 2024.02\n内容运营\n运营公众号。\n"
               "广州书虫伙伴\t2020.09 - 2022.07\n社群运营\n负责社群维护。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾文化", "内容运营"), ("广州书虫伙伴", "社群运营")]


def test_a_city_with_its_district_is_a_place() -> None:
    from reviewer.parsing.lexicon import is_location
    assert is_location("北京海淀") and is_location("上海市") and not is_location("广州书虫伙伴")


def test_undated_description_lines_under_dated_rows_open_no_entry() -> None:
    p = _parse("林晓澄\n工作经历\n2016.11~2017.3\t青禾信息软件有限公司\tJava 研发工程师实习\n"
               "在CRM部门工作,参加过规则维护工作,熟悉了基本开发工具\n"
               "参加过中台开发,参与订单池开发工作,做了抢单功能\n"
               "公司的业务复杂,学到了很多团队合作方面的知识\n"
               "2018.4~2019.6\t北岭数据有限公司\t数据分析师\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("青禾信息软件有限公司", "Java 研发工程师实习", "2016-11"), ("北岭数据有限公司", "数据分析师", "2018-04")]


def test_internship_mark_after_the_org_and_role_on_the_next_line() -> None:
    p = _parse("林晓澄\n实习经历\n青禾科技(实习) 南湖\t2021.06 - 2021.09\n算法工程师\n负责推荐算法。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技", "算法工程师")]


def test_title_with_a_focus_after_the_middle_dot_stays_whole() -> None:
    p = _parse("林晓澄\n工作经历\n2021.03 - 至今 青禾科技有限公司 算法工程师·推荐方向\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技有限公司", "算法工程师·推荐方向")]


def test_paid_post_with_dot_leaders_under_teaching_and_writing() -> None:
    p = _parse("Dana Quill\ndana@example.com\nTEACHING & WRITING EXPERIENCE\n"
               "Northfield Writing Center ....... 07/2025 – Present\nWriting Tutor\n"
               "Tutor, Linear Algebra (2nd year), Department of Mathematics, 2022 – 2023\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Northfield Writing Center", "Writing Tutor", "2025-07", "present")]


def test_role_org_unit_separated_by_full_stops() -> None:
    p = _parse("Dana Quill\nEXPERIENCE\nResearch Intern. Brightwater Research. Vision Group. 2021 - 2022\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Brightwater Research, Vision Group", "Research Intern", "2021")]


def test_icon_glyph_read_as_a_bullet_before_a_title() -> None:
    p = _parse("Dana Quill\nEXPERIENCE\n• Data Analyst\nAcme Corp 2019 - 2021\n- Built weekly dashboards\n"
               "• Research Engineer\nBeta Labs Inc. 2021 - 2023\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Acme Corp", "Data Analyst"), ("Beta Labs Inc.", "Research Engineer")]


def test_research_project_with_an_advisor_line_is_not_a_post() -> None:
    p = _parse("Dana Quill\nRESEARCH EXPERIENCE\nSparse Graph Learning for Traffic, 2021 - 2022\n"
               "Advisor: Prof. Omar Lee\n- built models\nResearch Assistant, Northfield University, 2019 - 2021\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Northfield University", "Research Assistant")]


def test_lab_led_by_a_professor_drops_the_aside() -> None:
    p = _parse("Dana Quill\nEXPERIENCE\nResearch Assistant\t2020 - 2022\n"
               "Vision Lab (led by Prof. Omar Lee), Northfield University\n")
    assert [e.organization for e in p.experience] == ["Vision Lab, Northfield University"]


def test_jobs_under_a_projects_and_internships_heading() -> None:
    p = _parse("林晓澄\n项目与实习经历\n青禾科技有限公司 | 算法实习生 | 2023.06 - 2023.09\n负责排序模型。\n"
               "图像检索系统 | 个人项目 | 2022.03 - 2022.06\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技有限公司", "算法实习生")]


def test_a_projects_heading_alone_gives_no_jobs() -> None:
    p = _parse("林晓澄\n项目经历\n青禾科技有限公司 | 算法实习生 | 2023.06 - 2023.09\n")
    assert p.experience == []


def test_chinese_project_name_with_dates_and_no_post_is_not_a_job() -> None:
    p = _parse("林晓澄\n实习经历\n青禾证券股份有限公司\t南湖| 2023.06 – 2023.10\n投资银行部实习生\n完成尽职调查。\n"
               "研究经历\n湖泊水色空间数据分析\t北岭| 2023.09 – 2024.03\n数据收集与整合:清理了十万条记录。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾证券股份有限公司", "投资银行部实习生")]


def test_full_stops_separate_role_org_and_unit_after_a_capital() -> None:
    p = _parse("Dana Quill\ndana@example.com\nEXPERIENCE\n"
               "Platform Engineer. Tidewater Logistics GmbH. Routing Team.\t04/2018 – 09/2021\n"
               "Working Student. Harbour IT. Mapping Group.\t10/2015 – 03/2018\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Tidewater Logistics GmbH, Routing Team", "Platform Engineer"), ("Harbour IT, Mapping Group", "Working Student")]


def test_second_list_heading_of_the_same_kind_is_not_a_title() -> None:
    p = _parse("Dana Quill\ndana@example.com\nRESEARCH EXPERIENCE\n"
               "Tidal Modelling Lab, Northfield University\tJan 2022 – Present\nResearch Assistant\n"
               "Independent Study: Wave Sensors on Buoys\tSpring 2021\nAdvisor: Prof. Ora Lind\n"
               "WORK EXPERIENCE\nHarbour Analytics Ltd\tJun 2020 – Aug 2020\nData Intern\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Tidal Modelling Lab, Northfield University", "Research Assistant"), ("Harbour Analytics Ltd", "Data Intern")]


def test_paid_posts_under_a_teaching_and_writing_heading_are_jobs() -> None:
    p = _parse("Dana Quill\ndana@example.com\nTeaching & Writing Experience\n"
               "Staff Copy Editor, Quillmark Review ........ 03/2022 – Present\n"
               "Assistant Lecturer (part-time), Lakeside University ...... 09/2019 – 06/2021\n"
               "Tutor, Ocean Physics (2nd year), Department of Earth Science ...... 2018 – 2019\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Quillmark Review", "Staff Copy Editor"), ("Lakeside University", "Assistant Lecturer")]


def test_internships_in_a_projects_and_internships_section() -> None:
    p = _parse("林晓澄\nlin@example.com\n项目与实习经历\n"
               "青禾视界\t图像算法实习生\t2024.01 – 2024.04\n"
               "海湾数据 | 数据分析实习生 | 2023.07 – 2023.09\n"
               "基于小样本学习的缺陷检测(校级项目)\t2022.10 – 2023.06\n项目负责人\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("青禾视界", "图像算法实习生"), ("海湾数据", "数据分析实习生")]


def test_one_word_company_run_into_the_title() -> None:
    p = _parse("Dana Quill\ndana@example.com\nINTERNSHIPS\n2023.07\n– 2023.09\nQuillTech Vision Intern\n"
               "2022.07 – 2022.09\nSenior Data Analyst Intern\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience][0] == (
        "QuillTech", "Vision Intern", "2023-07", "2023-09")
    assert p.experience[1].title == "Senior Data Analyst Intern"
