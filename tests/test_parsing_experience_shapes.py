"""Entries routed and split by their own shape (invented people and places)."""
from __future__ import annotations

from reviewer.extract.document import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from tests.parsing_support import job_market_profile, parse_md, parse_text


def test_mixed_education_and_work_section_routes_each_entry_by_its_shape() -> None:
    p = parse_text("林晓澄\nxiaocheng@example.cn\n教育和工作经历\n"
               "2010.9-2014.6\t北岭大学,物理系,理学学士\n"
               "2014.9-2019.6\t南湖大学,信息学院,工学博士\n"
               "2019.7-2021.8\t南湖大学,信息学院,助理研究员\n"
               "2021.9-至今\t青禾科技有限公司,算法工程师\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("北岭大学", "bachelor"), ("南湖大学", "phd")]
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("南湖大学", "助理研究员", "2019-07"), ("青禾科技有限公司", "算法工程师", "2021-09")]


def test_english_mixed_section_routes_jobs_to_experience() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nEDUCATION AND EMPLOYMENT\n"
               "2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2021  Ph.D. in Physics, Lakeside University\n"
               "2021 - present  Research Scientist, Brightwater Labs Inc.\n")
    assert [e.degree_level for e in p.education] == ["bachelor", "phd"]
    assert [(e.title, e.start, e.end) for e in p.experience] == [("Research Scientist", "2021", "present")]


def test_education_section_without_job_lines_stays_education() -> None:
    p = parse_text("Dana Quill\nEDUCATION\n2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2018  Visiting year, Lakeside University\n")
    assert len(p.education) == 2 and p.experience == []


def test_short_phrase_under_the_head_row_is_the_title() -> None:
    p = parse_text("林晓澄\n工作经历\n青禾文化\t2022.08 - 2024.02\n内容运营\n运营三个公众号,产出原创推文。\n"
               "北岭书局\t2020.09 - 2022.07\n社群运营\n负责读者社群的日常维护。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾文化", "内容运营"), ("北岭书局", "社群运营")]


def test_numbered_duties_under_a_job_are_not_entries() -> None:
    p = parse_text("林晓澄\n工作经历\n2014.02-至今 青禾通信有限公司 高级软件工程师\n个人工作职责为:\n"
               "1.参与并开发网络管理软件\n2.维护并支撑客户问题跟踪\n"
               "2005.09-2014.01 北岭网络技术股份有限公司 产品经理\n1.参与项目需求分析\n2.设计并开发电力网管软件\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("青禾通信有限公司", "高级软件工程师", "2014-02"), ("北岭网络技术股份有限公司", "产品经理", "2005-09")]


def test_an_organisation_named_after_its_city_is_not_a_place() -> None:
    p = parse_text("林晓澄\n工作经历\n青禾文化\t2022.08 - 2024.02\n内容运营\n运营公众号。\n"
               "广州书虫伙伴\t2020.09 - 2022.07\n社群运营\n负责社群维护。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾文化", "内容运营"), ("广州书虫伙伴", "社群运营")]


def test_a_city_with_its_district_is_a_place() -> None:
    from reviewer.parsing.lexicon import is_location
    assert is_location("北京海淀") and is_location("上海市") and not is_location("广州书虫伙伴")


def test_undated_description_lines_under_dated_rows_open_no_entry() -> None:
    p = parse_text("林晓澄\n工作经历\n2016.11~2017.3\t青禾信息软件有限公司\tJava 研发工程师实习\n"
               "在CRM部门工作,参加过规则维护工作,熟悉了基本开发工具\n"
               "参加过中台开发,参与订单池开发工作,做了抢单功能\n"
               "公司的业务复杂,学到了很多团队合作方面的知识\n"
               "2018.4~2019.6\t北岭数据有限公司\t数据分析师\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("青禾信息软件有限公司", "Java 研发工程师实习", "2016-11"), ("北岭数据有限公司", "数据分析师", "2018-04")]


def test_internship_mark_after_the_org_and_role_on_the_next_line() -> None:
    p = parse_text("林晓澄\n实习经历\n青禾科技(实习) 南湖\t2021.06 - 2021.09\n算法工程师\n负责推荐算法。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技", "算法工程师")]


def test_title_with_a_focus_after_the_middle_dot_stays_whole() -> None:
    p = parse_text("林晓澄\n工作经历\n2021.03 - 至今 青禾科技有限公司 算法工程师·推荐方向\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技有限公司", "算法工程师·推荐方向")]


def test_paid_post_with_dot_leaders_under_teaching_and_writing() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nTEACHING & WRITING EXPERIENCE\n"
               "Northfield Writing Center ....... 07/2025 – Present\nWriting Tutor\n"
               "Tutor, Linear Algebra (2nd year), Department of Mathematics, 2022 – 2023\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Northfield Writing Center", "Writing Tutor", "2025-07", "present")]


def test_role_org_unit_separated_by_full_stops() -> None:
    p = parse_text("Dana Quill\nEXPERIENCE\nResearch Intern. Brightwater Research. Vision Group. 2021 - 2022\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Brightwater Research, Vision Group", "Research Intern", "2021")]


def test_icon_glyph_read_as_a_bullet_before_a_title() -> None:
    p = parse_text("Dana Quill\nEXPERIENCE\n• Data Analyst\nAcme Corp 2019 - 2021\n- Built weekly dashboards\n"
               "• Research Engineer\nBeta Labs Inc. 2021 - 2023\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Acme Corp", "Data Analyst"), ("Beta Labs Inc.", "Research Engineer")]


def test_research_project_with_an_advisor_line_is_not_a_post() -> None:
    p = parse_text("Dana Quill\nRESEARCH EXPERIENCE\nSparse Graph Learning for Traffic, 2021 - 2022\n"
               "Advisor: Prof. Omar Lee\n- built models\nResearch Assistant, Northfield University, 2019 - 2021\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Northfield University", "Research Assistant")]


def test_lab_led_by_a_professor_drops_the_aside() -> None:
    p = parse_text("Dana Quill\nEXPERIENCE\nResearch Assistant\t2020 - 2022\n"
               "Vision Lab (led by Prof. Omar Lee), Northfield University\n")
    assert [e.organization for e in p.experience] == ["Vision Lab, Northfield University"]


def test_jobs_under_a_projects_and_internships_heading() -> None:
    p = parse_text("林晓澄\n项目与实习经历\n青禾科技有限公司 | 算法实习生 | 2023.06 - 2023.09\n负责排序模型。\n"
               "图像检索系统 | 个人项目 | 2022.03 - 2022.06\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾科技有限公司", "算法实习生")]


def test_a_projects_heading_alone_gives_no_jobs_for_projects() -> None:
    # a project with its funder and the candidate's part in it is no post (a company's post is:
    # test_company_posts_listed_under_a_plain_projects_heading_are_jobs)
    p = parse_text("林晓澄\n项目经历\n青禾科技项目 | 推荐算法优化(负责人) | 2023.06 - 2023.09\n")
    assert p.experience == []


def test_chinese_project_name_with_dates_and_no_post_is_not_a_job() -> None:
    p = parse_text("林晓澄\n实习经历\n青禾证券股份有限公司\t南湖| 2023.06 – 2023.10\n投资银行部实习生\n完成尽职调查。\n"
               "研究经历\n湖泊水色空间数据分析\t北岭| 2023.09 – 2024.03\n数据收集与整合:清理了十万条记录。\n")
    assert [(e.organization, e.title) for e in p.experience] == [("青禾证券股份有限公司", "投资银行部实习生")]


def test_full_stops_separate_role_org_and_unit_after_a_capital() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nEXPERIENCE\n"
               "Platform Engineer. Tidewater Logistics GmbH. Routing Team.\t04/2018 – 09/2021\n"
               "Working Student. Harbour IT. Mapping Group.\t10/2015 – 03/2018\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Tidewater Logistics GmbH, Routing Team", "Platform Engineer"), ("Harbour IT, Mapping Group", "Working Student")]


def test_second_list_heading_of_the_same_kind_is_not_a_title() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nRESEARCH EXPERIENCE\n"
               "Tidal Modelling Lab, Northfield University\tJan 2022 – Present\nResearch Assistant\n"
               "Independent Study: Wave Sensors on Buoys\tSpring 2021\nAdvisor: Prof. Ora Lind\n"
               "WORK EXPERIENCE\nHarbour Analytics Ltd\tJun 2020 – Aug 2020\nData Intern\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Tidal Modelling Lab, Northfield University", "Research Assistant"), ("Harbour Analytics Ltd", "Data Intern")]


def test_paid_posts_under_a_teaching_and_writing_heading_are_jobs() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nTeaching & Writing Experience\n"
               "Staff Copy Editor, Quillmark Review ........ 03/2022 – Present\n"
               "Assistant Lecturer (part-time), Lakeside University ...... 09/2019 – 06/2021\n"
               "Tutor, Ocean Physics (2nd year), Department of Earth Science ...... 2018 – 2019\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Quillmark Review", "Staff Copy Editor"), ("Lakeside University", "Assistant Lecturer")]


def test_graduate_student_instructor_and_sessional_lecturer_under_teaching_are_jobs() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nTeaching\n"
               "Aug. 2021 – May 2024\tGraduate Student Instructor, Department of English, Northfield College\n"
               "Reading and Composition (sole instructor)\n"
               "2019 – 2020\tSessional Lecturer, Westbrook University\n"
               "2018\tIntroduction to Invented Poetry (course designed)\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Department of English, Northfield College", "Graduate Student Instructor", "2021-08"),
        ("Westbrook University", "Sessional Lecturer", "2019")]


def test_internships_in_a_projects_and_internships_section() -> None:
    p = parse_text("林晓澄\nlin@example.com\n项目与实习经历\n"
               "青禾视界\t图像算法实习生\t2024.01 – 2024.04\n"
               "海湾数据 | 数据分析实习生 | 2023.07 – 2023.09\n"
               "基于小样本学习的缺陷检测(校级项目)\t2022.10 – 2023.06\n项目负责人\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("青禾视界", "图像算法实习生"), ("海湾数据", "数据分析实习生")]


def test_one_word_company_run_into_the_title() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nINTERNSHIPS\n2023.07\n– 2023.09\nQuillTech Vision Intern\n"
               "2022.07 – 2022.09\nSenior Data Analyst Intern\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience][0] == (
        "QuillTech", "Vision Intern", "2023-07", "2023-09")
    assert p.experience[1].title == "Senior Data Analyst Intern"


def test_date_column_entry_wrapped_under_its_text(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(20, 20, "Wendell Okafor")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 35, "Appointments")
    pdf.set_font("Helvetica", "", 10)
    rows = [("2018-present", "Professor, Department of Soil, Water, and Climate Sciences,", "Northfield University"),
            ("2012-2018", "Associate Professor, School of Earth and Ocean Resource", "Studies, Lakeshore State University"),
            ("2010-2012", "Postdoctoral Researcher, Institute for Polar and Alpine", "Research, Tarnow Academy")]
    y = 45.0
    for date, first, second in rows:
        pdf.text(20, y, date)
        pdf.set_xy(50, y - 3.5)
        pdf.cell(140, 5, first, align="R")  # ends at the right margin, as a justified line does
        pdf.text(51, y + 5, second)
        y += 12
    pdf.output(str(tmp_path / "a.pdf"))
    from reviewer.parsing import parse_file

    p = parse_file(tmp_path / "a.pdf")
    got = [(e.title, e.organization, e.start) for e in p.experience]
    assert got[0][0] == "Professor" and "Northfield University" in got[0][1] and got[0][2] == "2018"
    assert got[1][0] == "Associate Professor" and "Lakeshore State University" in got[1][1]
    assert got[2][0] == "Postdoctoral Researcher" and "Tarnow Academy" in got[2][1]


def test_appointment_titles_of_a_professor() -> None:
    p = parse_text("Imke Sorensen\nAppointments\n2019–present\tProfessor of Hydrology, Northfield University\n"
               "2015–2019\tAssociate Professor, Lakeside State University\n"
               "Spring 2017\tVisiting Scholar, Institute for Advanced Study, Princeton\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Professor of Hydrology", "Northfield University"), ("Associate Professor", "Lakeside State University"),
        ("Visiting Scholar", "Institute for Advanced Study")]


def test_department_name_with_commas_and_a_qualified_title() -> None:
    p = parse_text("Imke Sorensen\nAppointments\n"
               "2016–present\tProfessor, Department of Soil, Water, and Climate, Northfield University\n"
               "2012–2016\tLaboratory Teaching Assistant, Department of Physics, Lakeside University\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Professor", "Department of Soil, Water, and Climate, Northfield University"),
        ("Laboratory Teaching Assistant", "Department of Physics, Lakeside University")]


def test_job_grade_belongs_to_the_title_and_an_em_dash_separates_the_employer() -> None:
    p = parse_text("Keoni Vaimoana\nkeoni.v@example.com\nExperience\n"
               "Data Engineer III — Harbor Freightways, Tacoma, WA\tJan 2021 – Present\n"
               "- Built nightly loads for 40 warehouses.\n"
               "Analyst 2 — Copperline Bank, Portland, OR\tJun 2018 – Dec 2020\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Data Engineer III", "Harbor Freightways"), ("Analyst 2", "Copperline Bank")]


def test_teaching_post_at_an_institution_is_a_job_a_course_is_not(tmp_path) -> None:
    p, _ = job_market_profile(tmp_path)
    assert [(e.title, e.organization) for e in p.experience] == [("Teaching Assistant", "Lakeshore University")]


def test_dated_title_line_then_employer_line_and_a_secondary_school() -> None:
    p = parse_text("Lebenslauf\nPersonal Data\nName\tDr. Wiebke Austermann\nE-mail\tw.austermann@example.de\n"
               "Professional Experience\n"
               "since 03/2021\tProcess Engineer, Polymer Additives Research\n"
               "Lindenhof Chemie SE, Mannheim\n"
               "– pilot-plant trials of new stabilisers\n"
               "09/2016 – 02/2021\tResearch Associate\n"
               "Leibniz Institute for Surface Chemistry, Leipzig\n"
               "Education\n"
               "10/2011 – 08/2016\tM.Sc. Chemistry, University of Leipzig\n"
               "08/2003 – 06/2011\tAbitur, Schiller-Gymnasium Bautzen, grade 1.7\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Lindenhof Chemie SE", "Process Engineer", "2021-03"),
        ("Leibniz Institute for Surface Chemistry", "Research Associate", "2016-09"),
    ]
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("University of Leipzig", "master"), ("Schiller-Gymnasium Bautzen", "other")]


def test_the_professor_assisted_is_neither_title_nor_employer() -> None:
    p = parse_text("Nadia Ferreira-Holm\nnadia.fh@example.edu\nExperience\n"
               "2021 – 2023\tResearch Assistant to Prof. Oren Baptiste, Westmarch University\n"
               "2019 – 2021\tResearch Assistant for Professor Ada Lindgren, Eastvale College\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Research Assistant", "Westmarch University"), ("Research Assistant", "Eastvale College")]


def test_bilingual_institution_and_title_keep_the_printed_pair() -> None:
    p = parse_text("周晓晨 Xiaochen Zhou\n"
               "教育背景 Education\n"
               "2019.09 – 2023.06 北岭大学 Beiling University 物理学院 School of Physics\n"
               "理学学士 B.Sc. in Physics\n"
               "实习经历 Internship Experience\n"
               "2022.07 – 2022.09 云杉研究院 Spruce Research Lab 算法实习生 Algorithm Intern\n")
    assert p.education[0].institution == "北岭大学 Beiling University"
    assert p.experience[0].title == "算法实习生 Algorithm Intern"


def test_french_cv_school_names_units_and_employed_phd() -> None:
    p = parse_text("Solène Garnier\nProfessional experience\n"
               "02/2021 – present\tPostdoctoral researcher, CNRS – Laboratoire de Chimie des Surfaces (LCS)\n"
               "10/2017 – 12/2020\tPhD candidate (CIFRE contract), Aubrac Materials, Clermont-Ferrand\n"
               "Education\n"
               "2015 – 2017\tMSc in Chemistry (Diplôme d'ingénieur), Auvergne INP – Sigmachim\n"
               "2013 – 2015\tClasses préparatoires PC*, Lycée Victor Duruy, Paris\n")
    assert [(x.organization, x.title) for x in p.experience] == [
        ("CNRS, Laboratoire de Chimie des Surfaces (LCS)", "Postdoctoral researcher"),
        ("Aubrac Materials", "PhD candidate (CIFRE contract)")]
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Auvergne INP – Sigmachim", "master"), ("Lycée Victor Duruy", "other")]


def test_physician_cv_training_posts_board_certification_and_vancouver_jr_initials() -> None:
    p = parse_text("Tamsin R. Oduya, MD\nCLINICAL TRAINING\n"
               "2009–2012    Resident, Pediatrics, Lakeview Children's Hospital, Denver, CO\n"
               "LICENSURE AND BOARD CERTIFICATION\n"
               "2012         American Board of Pediatrics, General Pediatrics\n"
               "PUBLICATIONS\n"
               "1. Marsh JR, **Oduya TR**, Kline P. Otitis media recurrence after tube placement. "
               "Pediatr Infect Dis J. 2020;39(4):300-5.\n")
    assert [(e.title, e.start) for e in p.experience] == [("Resident", "2009")]
    pub = p.publications[0]
    assert pub.title == "Otitis media recurrence after tube placement"
    assert pub.authors[:2] == ["Marsh JR", "Oduya TR"]


def test_chinese_expert_title_is_a_job_title() -> None:
    p = parse_text("周晓晨\n工作经历\n云杉研究院 算法专家\t2023年7月 – 至今\n负责检索系统的研发。\n")
    assert p.experience[0].title == "算法专家"


def test_unit_then_short_parent_name_keeps_both() -> None:
    p = parse_text("Jonas Kellermann\nEmployment\n"
               "2017–19\tStudent Assistant, Chair of Applied Geodesy, TU Brennberg.\n")
    assert p.experience[0].organization == "Chair of Applied Geodesy, TU Brennberg"


def test_teaching_row_names_the_course_before_the_university() -> None:
    p = parse_text("Hana Kovač\nTeaching\n"
               "Teaching Assistant, Computational Geometry, University of Northmoor\t2019 – 2021\n")
    assert [(e.organization, e.title) for e in p.experience] == [("University of Northmoor", "Teaching Assistant")]


def test_bilingual_pipe_rows_are_entries_not_prose() -> None:
    p = parse_text("王小明 | Xiaoming WANG\n实习经历 Internships\n"
               "2021.03 – 2021.08 | 蓝湖科技 Bluelake Technology | 视觉算法实习生 Vision Algorithm Intern\n"
               "- 目标检测 / Object detection\n"
               "发表论文 Papers (* 共同一作 / equal contribution)\n"
               "[1] Xiaoming Wang, Li Fen. Sparse Anchors for Tiny Objects. ICCV 2021.")
    assert [(e.start, e.end) for e in p.experience] == [("2021-03", "2021-08")]
    assert "Bluelake" in p.experience[0].organization
    assert len(p.publications) == 1


def test_docx_table_cell_with_line_breaks_and_since_date(tmp_path) -> None:
    import docx

    from reviewer.parsing import parse_file

    document = docx.Document()
    document.add_paragraph("Dr. Helga Brandvold")
    document.add_paragraph("EXPERIENCE")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "since 09/2023"
    cell = table.cell(0, 1).paragraphs[0]
    cell.add_run("Data Scientist, Fjordline Analytics AS, Bergen")
    cell.add_run().add_break()
    cell.add_run("Forecasting ferry demand with hierarchical models; mentored two juniors.")
    table.cell(1, 0).text = "01/2020 – 08/2023"
    table.cell(1, 1).text = "Research Assistant, Nordhavn Institute of Marine Studies"
    document.save(str(tmp_path / "cv.docx"))
    p = parse_file(tmp_path / "cv.docx")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience][0] == (
        "Fjordline Analytics AS", "Data Scientist", "2023-09", "present")
    assert len(p.experience) == 2


def test_company_before_a_city_is_not_a_city() -> None:
    p = parse_text("EXPERIENCE\nSenior Analyst, Ostrava Metrics, Lisbon\nMar 2019 – Jan 2021\n"
               "Research Intern, Quillon Health, London\tJun 2017 – Sep 2017")
    assert [e.organization for e in p.experience] == ["Ostrava Metrics", "Quillon Health"]


def test_chinese_duty_clause_versus_a_title_line() -> None:
    from reviewer.parsing.segments import is_prose

    assert is_prose("负责推荐召回模型的训练")
    assert is_prose("搭建数据平台,支持日均亿级请求")
    assert not is_prose("设计师 星河科技有限公司")
    assert not is_prose("优化算法工程师")


def test_linkedin_export_roles_under_one_company_with_durations() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nExperience\n"
                   "Harbourline Freight\n4 years 10 months\n"
                   "Senior Analyst\nMarch 2023 - Present (3 years 1 month)\nLondon, England, United Kingdom\n"
                   "Analyst\nJune 2021 - February 2023 (1 year 9 months)\nLondon, England, United Kingdom\n"
                   "Ostwick Maps Ltd\nJunior Analyst\nSeptember 2019 - May 2021 (1 year 9 months)\n"
                   "Leeds, United Kingdom\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Harbourline Freight", "Senior Analyst", "2023-03", "present"),
        ("Harbourline Freight", "Analyst", "2021-06", "2023-02"),
        ("Ostwick Maps Ltd", "Junior Analyst", "2019-09", "2021-05")]


def test_a_unit_beside_the_title_gives_way_to_the_employer_line_below() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nClinical Positions\n"
                   "Staff Psychologist, Anxiety and OCD Program\t2021 – present\nHarbourside Medical Center\n"
                   "Postdoctoral Fellow in Clinical Psychology\t2019 – 2021\nHarbourside Medical Center\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Harbourside Medical Center", "Staff Psychologist, Anxiety and OCD Program"),
        ("Harbourside Medical Center", "Postdoctoral Fellow in Clinical Psychology")]


def test_hanging_wrap_ends_with_the_short_line_and_keeps_the_description_apart() -> None:
    """moderncv: dates left, "Title, Org, City," runs to the margin and wraps ("MA") under
    its text; the description below is as far in but is not more of the entry line."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ines Varga", 60, 300, 20), ("Positions", 140, 192, 14),
            ("2021–present Research Fellow, Ostwick Institute for Fen Biology, Cambridge,", 71, 528, 11),
            ("MA", 140, 160, 11), ("Single-cell methods for invented fens; group of Dr. Aron Lind", 140, 482, 10),
            ("2016–2021 Graduate Research Assistant, Ravensholm University, Department of Biology,", 82, 528, 11),
            ("Ravensholm", 140, 194, 11)]
    lines = [TextLine(t, 1, size, x0=x0, x1=x1, y=20.0 + 14 * k) for k, (t, x0, x1, size) in enumerate(rows)]
    profile = parse_document(ExtractedDocument(format="pdf", lines=lines), "cv.pdf")
    assert [(e.title, e.organization, e.start) for e in profile.experience] == [
        ("Research Fellow", "Ostwick Institute for Fen Biology", "2021"),
        ("Graduate Research Assistant", "Ravensholm University, Department of Biology", "2016")]


def test_hanging_wrap_short_of_the_margin_when_the_next_word_would_not_fit() -> None:
    """A long word ("Westmarch", "Electrical") wraps well short of the margin; the line still
    ran as far as it could, so the short line under it ends the entry. A labelled detail
    ("Degree Status: Completed") under a degree that reaches the margin is no wrap."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ines Varga", 60, 300, 20), ("Positions", 60, 112, 14),
            ("04/2021 – today\tProfessor, Fen Drives Group, Technische Universität", 69, 500, 10),
            ("Westmarch", 172, 214, 10),
            ("11/2011 – 09/2016\tResearch Associate, Institute for Fen Power and", 69, 484, 10),
            ("Electrical Drives, Ravensholm University", 172, 380, 10),
            ("08/2014 – 12/2014\tVisiting Researcher, Ostwick Institute for Fen Biology, Ostwick, UK", 69, 524, 10),
            ("Degrees", 60, 105, 14),
            ("2005/9 - 2009/5\tBachelor's Honours, BSc (Hons), Kinesiology, University of Easthaven", 69, 524, 10),
            ("Degree Status: Completed", 172, 290, 10)]
    lines = [TextLine(t, 1, size, x0=x0, x1=x1, y=20.0 + 14 * k) for k, (t, x0, x1, size) in enumerate(rows)]
    profile = parse_document(ExtractedDocument(format="pdf", lines=lines), "cv.pdf")
    assert [e.organization for e in profile.experience] == [
        "Fen Drives Group, Technische Universität Westmarch",
        "Institute for Fen Power and Electrical Drives, Ravensholm University",
        "Ostwick Institute for Fen Biology"]
    assert [e.institution for e in profile.education] == ["University of Easthaven"]


def test_chinese_row_wrapped_mid_word_ends_on_the_next_line() -> None:
    """Chinese wraps anywhere: "…（University of Easthaven）物理" at the margin, then "系 博士后"
    flush under the dates; the short line ends the row, and the English name in brackets
    does not make the employer too long to be one."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("林晓澄", 60, 120, 20), ("工作经历", 60, 110, 14),
            ("2016.12–至今\t南湖大学物理系 教授", 60, 300, 11),
            ("2010.10–2013.08\t美国东港大学（University of Easthaven, Brookfield）物理", 60, 530, 11),
            ("系 博士后", 60, 110, 11)]
    lines = [TextLine(t, 1, size, x0=x0, x1=x1, y=20.0 + 14 * k) for k, (t, x0, x1, size) in enumerate(rows)]
    profile = parse_document(ExtractedDocument(format="pdf", lines=lines), "cv.pdf")
    assert [(e.organization, e.title, e.start) for e in profile.experience] == [
        ("南湖大学物理系", "教授", "2016-12"),
        ("美国东港大学(University of Easthaven, Brookfield)物理系", "博士后", "2010-10")]
    from reviewer.parsing.jobline import line_facts

    facts = line_facts("2010.10–2013.08\t美国东港大学(University of Easthaven, Brookfield)物理系 博士后")
    assert (facts.org, facts.title) == ("美国东港大学(University of Easthaven, Brookfield)物理系", "博士后")


def test_state_code_after_the_city_is_not_part_of_the_organisation() -> None:
    p = parse_text("Priya Holt\n\nExperience\n"
                   "Jan 2022 – Present\tLead Data Engineer, Invented Health Analytics, Denver, CO\n"
                   "Designed an imaginary platform\n")
    assert [(e.title, e.organization) for e in p.experience] == [("Lead Data Engineer", "Invented Health Analytics")]


def test_remark_in_brackets_after_an_employer_names_no_role() -> None:
    from tests.parsing_support import parse_md

    p = parse_md("Lani Brandt\n\nWork experience\n======\n* 2018 – 2021: Graduate Research Assistant\n"
                 "  * Kaimana University, Department of Oceanography\n\n* Summer 2015: Undergraduate Intern\n"
                 "  * Pacific Invented Data Center (NOAA-affiliated contractor), Seattle, WA\n")
    assert [e.organization for e in p.experience] == [
        "Kaimana University, Department of Oceanography", "Pacific Invented Data Center (NOAA-affiliated contractor)"]


def test_europass_degree_row_with_its_level_cell_is_not_a_hanging_wrap() -> None:
    """europasscv: "dates Degree<tab>EQF level 8" reaches the margin through its right cell,
    so the institution on the next (indented) row is not more of the degree line."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Agnes Lund", 60, 300, 20), ("EDUCATION AND TRAINING", 60, 200, 9),
            ("Oct 2014 – Sep 2018 PhD in Materials Chemistry\tEQF level 8", 60, 530, 12),
            ("Univerzita Moravské Brány, Brno (Czech Republic)", 140, 400, 9),
            ("Sep 2012 – Jun 2014 MSc in Chemical Engineering\tEQF level 7", 60, 530, 12),
            ("Politechnika Nadwiślańska, Toruń (Poland)", 140, 380, 9)]
    lines = [TextLine(t, 1, size, x0=x0, x1=x1, y=20.0 + 14 * k) for k, (t, x0, x1, size) in enumerate(rows)]
    profile = parse_document(ExtractedDocument(format="pdf", lines=lines), "cv.pdf")
    assert [(e.institution, e.degree_level) for e in profile.education] == [
        ("Univerzita Moravské Brány", "phd"), ("Politechnika Nadwiślańska", "master")]


def test_two_chinese_titles_of_one_post_after_the_employer() -> None:
    p = parse_text("韩予安\n\n工作经历\n2021.01–至今\t北岭气象研究院灾害天气实验室,副研究员、硕士生导师\n"
                   "2019.03–2019.09\tHarrowgate Invented Weather Centre, UK,访问学者\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("副研究员、硕士生导师", "北岭气象研究院灾害天气实验室"), ("访问学者", "Harrowgate Invented Weather Centre")]


def test_a_bullet_that_stops_on_a_comma_goes_on_in_the_line_under_it() -> None:
    """Plain text drops the indent of a wrapped bullet: "Postdoc, Institute of X," then "City. Duties"."""
    p = parse_text("Jane Roe\njane.roe@example.org\nEXPERIENCE\n"
                   "* 03/2024 - now: Postdoctoral researcher, Institute of Soil Physics,\n"
                   "  Marlow Dene. Ni/field trials; supervising 2 MSc students.\n"
                   "* 02/2019 - 06/2019: R&D intern, Quillon Labs SAS, Lyon (MSc internship)\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Institute of Soil Physics", "Postdoctoral researcher", "2024-03", "present"),
        ("Quillon Labs SAS", "R&D intern", "2019-02", "2019-06")]


def test_job_site_export_employer_dash_city_state_without_spaces() -> None:
    p = parse_text("Jordan T. Quill\nWork Experience\n\nResearch Coordinator\nHalberd Invented Institute-Boston, MA\n"
                   "March 2021 to Present\n\nEducation\n\nMaster's degree in Neuroscience\n"
                   "Corliss University-Providence, RI\nSeptember 2016 to May 2018\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Halberd Invented Institute", "Research Coordinator")]
    assert [(e.institution, e.degree_level) for e in p.education] == [("Corliss University", "master")]
    # a hyphenated name with no place after it stays whole
    p = parse_text("Jordan T. Quill\nWork Experience\nEngineer, Quill-Marsh Labs, 2019 - 2021\n")
    assert [e.organization for e in p.experience] == ["Quill-Marsh Labs"]


def test_company_posts_listed_under_a_plain_projects_heading_are_jobs() -> None:
    p = parse_text("苏晚澄\n项目经历\n2023.07-2023.12\t星河云计算有限公司\t语音算法实习生\n流式语音识别模型压缩\n"
                   "2021.01-2024.12\t国家自然科学基金面上项目\t低资源方言语音识别(参与)\n")
    assert [(e.organization, e.title) for e in p.experience] == [("星河云计算有限公司", "语音算法实习生")]


def test_an_english_title_then_its_chinese_translation_is_one_title() -> None:
    p = parse_text("陆之澄\nInternships 实习经历\nRobotics Algorithm Intern 机器人算法实习生 — Tianhe Dynamics 天河动力科技有限公司\n"
                   "2024.06 – 2024.09\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Robotics Algorithm Intern 机器人算法实习生", "Tianhe Dynamics, 天河动力科技有限公司")]


def test_markdown_bullets_with_their_dates_on_the_line_below() -> None:
    from tests.parsing_support import parse_md

    p = parse_md("# Amara Quist\n\n## Experience\n\n- **Postdoctoral Researcher**, Invented Lab, Marrowfield Institute  \n"
                 "  _Jan 2023 – present_\n- **Research Technician**, Made-up Sleep Lab, Calder University  \n"
                 "  _Jun 2015 – Aug 2017_\n")
    assert [(e.title, e.start) for e in p.experience] == [("Postdoctoral Researcher", "2023-01"),
                                                          ("Research Technician", "2015-06")]


def test_a_social_practice_post_marked_in_brackets() -> None:
    p = parse_text("宋一禾\n实习经历\n北辰虚构市统计局(社会实践) 调查员\t2022.07-2022.08\n")
    assert [(e.organization, e.title) for e in p.experience] == [("北辰虚构市统计局", "调查员")]


def test_a_company_of_several_words_run_into_the_title() -> None:
    # one cell holds "Company Title": the name ends before a seniority word or after a
    # company-name ending; a one-word title after "Group" stays a title ("Group Leader")
    p = parse_text("Mira Castellane\nmira@example.com\nEXPERIENCE\n"
                   "Quillfeather Analytics Senior Data Engineer\t03/2020 – 06/2023\n– Built the warehouse.\n"
                   "Larkspur Retail Group Data Engineer\t09/2017 – 02/2020\n– Rewrote the ETL.\n"
                   "Larkspur Retail Group Graduate BI Analyst\t10/2015 – 08/2017\n"
                   "Research Group Leader\t2013 – 2015\n")
    assert [(e.organization, e.title) for e in p.experience][:3] == [
        ("Quillfeather Analytics", "Senior Data Engineer"), ("Larkspur Retail Group", "Data Engineer"),
        ("Larkspur Retail Group", "Graduate BI Analyst")]
    assert p.experience[3].title == "Research Group Leader"


def test_dot_leader_posts_with_a_role_and_remark_below() -> None:
    # "Name ....... dates" over "Role (remark)": a post, though the name has no organisation
    # word and the role line is mostly lower case
    p = parse_text("Mira Castellane\nmira@example.com\nTEACHING & WRITING EXPERIENCE\n"
                   "Harrowgate Evening College ............................ 07/2025 – Present\n"
                   "Adjunct Lecturer\n"
                   "Tidewater Monthly ...................................... 03/2023 – 06/2025\n"
                   "Contributing Writer (paid monthly column)\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Harrowgate Evening College", "Adjunct Lecturer", "2025-07"),
        ("Tidewater Monthly", "Contributing Writer (paid monthly column)", "2023-03")]


def test_internships_listed_among_research_projects_are_jobs() -> None:
    p = parse_text("Mira Castellane\nmira@example.com\nResearch Projects\n"
                   "Research Intern, Quillfeather AI, London — May – Aug. 2024\n"
                   "Host: Dr. Oren Hale. Attribution-aware decoding; one paper under review.\n"
                   "Factual consistency of clinical summaries (course project) — Fall 2021\n"
                   "Advisor: Prof. Lena Varga.\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Quillfeather AI", "Research Intern", "2024-05", "2024-08")]


def test_clinical_posts_advisor_lines_and_grant_rows_in_a_chinese_cv() -> None:
    # 住院医师 is a post; "导师:… 预计毕业" under a degree and a grant row naming its
    # principal investigator in brackets are not jobs
    p = parse_text("林晓澄简历\n电话 139 5550 1234\n教育背景\n"
                   "2021.09 北岭大学 内科学 博士研究生\n至今 导师:王一 教授 预计 2026 年 6 月毕业\n"
                   "科研与临床经历\n2022.07 北岭大学附属第一医院 肾内科 住院医师(规范化培训)\n"
                   "–\t完成内科轮转。\n2024.06\n"
                   "2019.07 国家自然科学基金青年项目(项目负责人:罗一)\n–\t暑期科研训练。\n2019.08\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("北岭大学附属第一医院", "住院医师(规范化培训)", "2022-07")]


def test_student_research_and_degree_remarks_are_not_jobs_and_a_right_date_column_wraps() -> None:
    # rotation projects, dissertation research in a lab "led by" someone, a master's thesis:
    # the student's own research; "Expected …. Dissertation committee: … (chair)" remarks on
    # the degree; the end date of a right-hand date column stands in the next row's last cell
    p = parse_text("Mira Vale\nmv@example.edu\nEDUCATION\nNorthfield University, Ithaca, NY\tAug 2021 – present\n"
                   "Ph.D. candidate in Genetics\nExpected May 2026. Dissertation committee: Dr. Ruth Hale (chair),\n"
                   "RESEARCH EXPERIENCE\n"
                   "Dissertation research — Hale Lab (led by Prof. Ruth Hale)\t2022 – present\n"
                   "Enhancer reuse during fin regeneration; CRISPR screens.\n"
                   "Rotation project, Sato Lab\tJan – May 2022\nAdvisor: Dr. Kenji Sato. Isoform mapping.\n"
                   "Master's thesis, Division of Biology, University of Zagreb\t2018 – 2019\n"
                   "EMPLOYMENT\nResearch Technician, Brightwater Institute, Zagreb\tSep 2019 –\n"
                   "Library preparation for the sequencing core; ran 600+ runs\tJun 2021\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Brightwater Institute", "Research Technician", "2019-09", "2021-06")]
    assert [e.institution for e in p.education] == ["Northfield University"]


def test_a_hospital_doctors_career_history_and_qualifications() -> None:
    # specialist titles are posts; the employer line under a dated title stops at its first
    # semicolon (a remark follows); memberships by examination (MRCP, FRCP) are neither
    # degrees nor jobs; a UK address and one-letter labels make "T 0131 …" and "M 07700 …" phones
    p = parse_text("Dr Isla Brannock\nT 0131 496 0018\nM 07700 900 411\nWard 4, Fenwick Infirmary, Edinburgh EH16 4SA\n"
                   "isla.brannock@example.scot\nCAREER HISTORY\n"
                   "Consultant Cardiologist\tAug 2019 – present\n"
                   "NHS Borders, Fenwick Infirmary; Honorary Senior Lecturer, University of Edinburgh\n"
                   "Specialty Registrar in Cardiology (ST3–ST7)\tAug 2012 – Jul 2019\n"
                   "South East Scotland Deanery; out of programme for research 2013–2016\n"
                   "EDUCATION AND QUALIFICATIONS\nYear\tQualification\tInstitution\n"
                   "2013 – 2016\tPhD, Cardiovascular Science\tUniversity of Edinburgh\n"
                   "2020\tFRCP (Edinburgh)\tRoyal College of Physicians of Edinburgh\n"
                   "2011\tMRCP (UK)\tRoyal Colleges of Physicians of the UK\n"
                   "2003 – 2008\tMBChB\tUniversity of Glasgow\n"
                   "SELECTED PUBLICATIONS\nFull list: orcid.org/0000-0002-1825-0097\n"
                   "1. Brannock I, Hale O. Coronary CT for chest pain. Lancet. 2024;403:1671–1682.\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("NHS Borders", "Consultant Cardiologist", "2019-08"),
        ("South East Scotland Deanery", "Specialty Registrar in Cardiology (ST3–ST7)", "2012-08")]
    assert [e.institution for e in p.education] == ["University of Edinburgh", "University of Glasgow"]
    assert p.phones == ["+441314960018", "+447700900411"]
    assert p.links == ["orcid.org/0000-0002-1825-0097"]


def test_a_description_sentence_that_names_a_company_is_no_employer_line() -> None:
    p = parse_text("Mira Vale\nmv@example.com\nEXPERIENCE\n"
                   "Uber, San Francisco — Senior Machine Learning Engineer\nJuly 2019 - December 2021\n"
                   "Owned ETA prediction models for Uber Eats in 40 cities; MAE down 11%.\n"
                   "Uber, San Francisco — Machine Learning Engineer II\nJune 2017 - June 2019\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Uber", "Senior Machine Learning Engineer"), ("Uber", "Machine Learning Engineer II")]


def test_junior_doctors_posts_and_list_marks_kept_in_a_title_cell() -> None:
    p = parse_text("Mira Vale\nmv@example.ac.uk\nEMPLOYMENT\n"
                   "2016–present\t• Professor of Statistics, School of Mathematics, University of Dunmore\n"
                   "Aug 2012 – Jul 2014\tFoundation Doctor, Ridgemoor Teaching Hospitals\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("School of Mathematics, University of Dunmore", "Professor of Statistics"),
        ("Ridgemoor Teaching Hospitals", "Foundation Doctor")]


def test_traditional_chinese_present_and_course_codes_in_a_title() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("區嘉蔚 AU Ka-wai", 18.0, True), ("kw@example.hk", 9.5, False), ("教育背景 Education", 11.0, True),
            ("香港大學 The University of Hong Kong", 9.5, True), ("文學士 BA in Linguistics", 9.5, False),
            ("2016年9月 – 2020年7月", 9.5, False), ("University College London", 9.5, True),
            ("文學碩士 MA in Linguistics", 9.5, False), ("2020年9月 – 2021年11月", 9.5, False),
            ("工作經歷 Experience", 11.0, True),
            ("香港中文大學 語言學及現代語言系", 9.5, True),
            ("助教 Teaching Assistant (LING2004 Phonetics; LING3105 Chinese Dialects)", 9.5, False),
            ("2023年1月 – 現在", 9.5, False), ("香港理工大學 中文及雙語學系 (PolyU)", 9.5, True),
            ("研究助理 Research Assistant, Tone Corpus project", 9.5, False), ("2021年12月 – 2022年7月", 9.5, False)]
    lines = [TextLine(t, size=z, bold=b, block=k) for k, (t, z, b) in enumerate(rows)]
    p = parse_document(ExtractedDocument(format="docx", lines=lines), "x.docx")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("香港中文大學", "2023-01", "present"), ("香港理工大學", "2021-12", "2022-07")]
    assert p.experience[0].title.startswith("助教 Teaching Assistant")


def test_french_and_german_cvs_headings_posts_degrees_and_since() -> None:
    p = parse_text("Solène Quintin\nsolene@example.fr\nPostes occupés\n"
                   "depuis 2022\tMaîtresse de conférences, Université Grenoble Alpes\n"
                   "2019 – 2020\tChercheuse post-doctorale, Aix-Marseille Université\n"
                   "Formation\n2015 – 2019\tDoctorat en sciences du langage, Université Paris Cité\n"
                   "2010 – 2013\tLicence Sciences du langage, Université Lumière Lyon 2\n"
                   "Thèmes de recherche\nSociolinguistique ; prosodie du français parlé\n")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Université Grenoble Alpes", "2022", "present"), ("Aix-Marseille Université", "2019", "2020")]
    assert [e.degree_level for e in p.education] == ["phd", "bachelor"]
    assert p.research_interests == ["Sociolinguistique", "prosodie du français parlé"]
    p = parse_text("Johanna Quist\njq@example.de\nBeruflicher Werdegang\n"
                   "seit 04/2022\tWissenschaftliche Mitarbeiterin (Postdoc), Universität Potsdam\n"
                   "Ausbildung\n10/2017 – 02/2022\tPromotion zum Dr. phil., Goethe-Universität Frankfurt am Main\n")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [("Universität Potsdam", "2022-04", "present")]
    assert [e.degree_level for e in p.education] == ["phd"]


def test_an_architects_practice_with_remarks_after_the_role() -> None:
    p = parse_text("Ilse Vandermeulen\nilse@example.nl\nP R A C T I C E\n2019 - now\tMecanoo, Delft\n"
                   "Associate Architect; project lead for residential and civic work\n2015 - 2019\tOMA, Rotterdam\n"
                   "Architect; competition and design-development teams\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Mecanoo", "Associate Architect", "2019"), ("OMA", "Architect", "2015")]


def test_the_post_applied_for_on_a_form_is_no_job() -> None:
    p = parse_text("北岭大学高层次人才引进应聘申请表\n应聘学院:化学学院 应聘岗位:副教授(准聘) 填表日期:2025年11月\n"
                   "姓名\t符嘉禾\n工作经历\n2021.07-至今\t虚构研究所 有机固体实验室\t博士后\n")
    assert [(e.organization, e.title) for e in p.experience] == [("虚构研究所, 有机固体实验室", "博士后")]


def test_research_staff_titles_in_chinese() -> None:
    p = parse_text("林晓澄\nlin@example.cn\n工作经历\n2025年7月—至今\t北岭大学 经济学院 · 博士后研究人员(合作导师:\n某某 教授)\n"
                   "2019.07-2021.06\t南湖研究院 · 科研人员\n")
    assert [(e.organization, e.title) for e in p.experience] == [("北岭大学", "博士后研究人员"), ("南湖研究院", "科研人员")]


def test_a_bilingual_post_dated_twice_is_one_job() -> None:
    # the Chinese dates beside the organisation, the English dates beside the title
    p = parse_text("司徒明 SZETO Ming\nming@example.org\n工作經驗 Employment\n"
                   "2024年9月 – 現在\t北嶺大學 康復治療科學系\nSep 2024 – present\t研究助理教授 Research Assistant Professor\n"
                   "2022年9月 – 2024年8月 南湖大學 醫學院\n博士後研究員 Postdoctoral Fellow\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("北嶺大學", "研究助理教授 Research Assistant Professor", "2024-09"),
        ("南湖大學, 醫學院", "博士後研究員 Postdoctoral Fellow", "2022-09")]


def test_a_current_title_field_in_the_header_is_no_job() -> None:
    p = parse_text("覃立明 个人简历\n一、基本情况\n姓名：覃立明        性别：男\n"
                   "现任职称：主治医师（2021年取得），2024年取得副主任医师任职资格\n手机：138-5550-0000\n"
                   "三、工作经历\n2021年7月—至今      北岭大学附属医院  神经内科  主治医师\n")
    assert [(e.organization, e.title) for e in p.experience] == [("北岭大学附属医院", "主治医师")]


def test_a_doctors_training_posts_under_education_and_training_are_jobs() -> None:
    p = parse_text("Aoife Quill, MD\naq@example.org\nEDUCATION AND TRAINING\n"
                   "2014 – 2017\tFellowship, Cardiovascular Disease, Northfield Women's Hospital, Boston, MA\n"
                   "2015 – 2016\tMPH (Clinical Effectiveness), Invented School of Public Health, Boston, MA\n"
                   "2011 – 2014\tResidency, Internal Medicine, Lakeside General Hospital, Boston, MA\n"
                   "2005 – 2011\tMB BCh BAO (MD equivalent), Royal College of Invented Surgeons, Dublin\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Invented School of Public Health", "master"), ("Royal College of Invented Surgeons", "bachelor")]
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Northfield Women's Hospital", "Fellowship, Cardiovascular Disease", "2014", "2017"),
        ("Lakeside General Hospital", "Residency, Internal Medicine", "2011", "2014")]


def test_a_company_named_by_its_web_address_heads_its_roles() -> None:
    # LinkedIn-style: the employer once ("Brightwater.com — City"), its roles under it
    p = parse_text("Dana Quill\ndana@example.org\nExperience\nBrightwater.com — Utrecht\n"
                   "Senior Data Engineer · Feb 2023 – Present\n- Owned the ranking service.\n"
                   "Data Engineer · Apr 2021 – Jan 2023\n- Built the model.\n"
                   "Quillhaven.com — Amsterdam\nData Scientist II · Sep 2018 – Mar 2021\n- Ran experiments.\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Brightwater.com", "Senior Data Engineer"), ("Brightwater.com", "Data Engineer"),
        ("Quillhaven.com", "Data Scientist II")]


def test_roles_run_into_their_employer_under_a_projects_and_roles_heading() -> None:
    # "Studio X Founder & Creative Director", and the same studio again before a one-word title
    p = parse_text("Rowan Quill\nrowan@example.org\nSELECTED PROJECTS & ROLES\n"
                   "Studio Quillhaven Founder & Creative Director\t2019 – now\n"
                   "Signage for invented tram stops (2020–23).\n"
                   "Lumen*works Senior Designer\t2015 – 2019\nWayfinding for a tram line; signage family.\n"
                   "Lumen*works Designer\t2013 – 2015\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Studio Quillhaven", "Founder & Creative Director", "2019"), ("Lumen*works", "Senior Designer", "2015"),
        ("Lumen*works", "Designer", "2013")]


def test_a_drug_company_named_by_its_trade_heads_its_roles() -> None:
    # "Quillhaven Therapeutics" under a dated "Principal Scientist, Medicinal Chemistry": the
    # company on its own line is the employer, the name after the title's comma its unit
    p = parse_text("Dana Quill\ndana@example.org\nPROFESSIONAL EXPERIENCE\n"
                   "Nov. 2019 – Present\tPrincipal Scientist, Medicinal Chemistry\nQuillhaven Therapeutics\n"
                   "• Leads a team of six chemists\nJan. 2016 – Oct. 2019\tSenior Scientist\nQuillhaven Therapeutics\n"
                   "• Route scouting\n")
    assert [(e.organization, e.start) for e in p.experience] == [
        ("Quillhaven Therapeutics", "2019-11"), ("Quillhaven Therapeutics", "2016-01")]


def test_a_double_place_name_broken_at_its_own_hyphen() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nPROFESSIONAL APPOINTMENTS\n"
                   "2023–present\tAffiliate Professor, Department of Materials Science, University of Invented Lake-\n"
                   "Northfield (0% appointment)\n2019–2023\tAssociate Professor, University of Invented Lake-Northfield\n")
    assert [e.organization for e in p.experience] == [
        "Department of Materials Science, University of Invented Lake-Northfield (0% appointment)",
        "University of Invented Lake-Northfield"]


def test_roles_dated_inside_their_employers_whole_stay() -> None:
    # the employer's row carries the whole stay, each role under it its own part
    p = parse_text("Dana Quill\ndana@example.org\nWork History\n"
                   "Quillhaven Cloud (QC)\tSeattle, WA | Jul 2012 – Aug 2022\n"
                   "Senior Software Engineer, Quillhaven Block Store\tJan 2019 – Aug 2022\n"
                   "Led the control plane team.\n"
                   "Software Engineer II, Quillhaven Block Store\tMar 2015 – Dec 2018\n"
                   "Software Engineer I, Object Index\tJul 2012 – Feb 2015\n"
                   "Northfield College | Adjunct Instructor, Computer Science\t2017 – 2021\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Quillhaven Cloud (QC)", "Senior Software Engineer, Quillhaven Block Store", "2019-01"),
        ("Quillhaven Cloud (QC)", "Software Engineer II, Quillhaven Block Store", "2015-03"),
        ("Quillhaven Cloud (QC)", "Software Engineer I, Object Index", "2012-07"),
        ("Northfield College", "Adjunct Instructor", "2017")]


def test_roles_with_their_dates_in_brackets_before_a_colon() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nExperience\n"
                   "The Quillhaven Chemical Company, Core R&D, Freeport, TX\t2013 – 2018\n"
                   "Senior Research Engineer (2016 – 2018): led the adsorbent scale-up\nteam (5); two granted patents.\n"
                   "Research Engineer (2013 – 2016): process modelling for gas\nseparations.\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("The Quillhaven Chemical Company", "Senior Research Engineer", "2016", "2018"),
        ("The Quillhaven Chemical Company", "Research Engineer", "2013", "2016")]


def test_a_linkedin_export_lists_roles_under_each_company() -> None:
    # company, how long, then each role with its dates, place and description
    p = parse_text("Wanjiru Quill\nwq@example.org\nExperience\nNorthfield University\n2 years 4 months\n"
                   "Lecturer, Business School\nJanuary 2023 - Present (1 year 7 months)\nNairobi County, Kenya\n"
                   "Development Finance (MBA and MSc); Research Methods II.\n"
                   "Adjunct Faculty\nApril 2022 - December 2022 (9 months)\nNairobi County, Kenya\n\n"
                   "Quill Corps\n4 years 1 month\nSenior Program Manager, AgriLend\nMarch 2020 - March 2022 (2 years 1 month)\n"
                   "Nairobi, Kenya\nData & Insights Lead, AgriLend\nMarch 2018 - February 2020 (2 years)\nNairobi\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Northfield University", "Lecturer", "2023-01"), ("Northfield University", "Adjunct Faculty", "2022-04"),
        ("Quill Corps", "Senior Program Manager", "2020-03"), ("Quill Corps", "Data & Insights Lead, AgriLend", "2018-03")]


def test_a_unit_before_its_parent_named_in_three_words() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nAppointments\n"
                   "2023–24\tVisiting Scholar (sabbatical)\tResearch Department, Invented Monetary Fund, Washington DC\n"
                   "2019–21\tVisiting Fellow\tInstitute for Advanced Study, Princeton\n")
    assert [e.organization for e in p.experience] == [
        "Research Department, Invented Monetary Fund", "Institute for Advanced Study"]


def test_dated_role_bullets_under_an_employers_own_line() -> None:
    p = parse_md("# Dana Quill\n\ndana@example.org\n\n## Professional Background\n\n"
                 "**Invented Reserve Bank (IRB)**, Economic Research Department, Pretoria\n\n"
                 "- *Lead Economist*, Macro Models Unit, 2016–2019 — owner of the projection model's\n"
                 "  fiscal block; briefings for the policy committee\n"
                 "- *Economist*, 2012–2016\n\n"
                 "**Quill Research Network (QRN)**, Research Fellow (part-time), 2017 – 2019\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Invented Reserve Bank (IRB), Economic Research Department", "Lead Economist", "2016"),
        ("Invented Reserve Bank (IRB), Economic Research Department", "Economist", "2012"),
        ("Quill Research Network (QRN)", "Research Fellow", "2017")]


def test_a_table_of_posts_with_its_header_row() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nRESEARCH EXPERIENCE\nS. No.\tPosition\tOrganisation\tPeriod\n"
                   "1\tSenior Research Fellow (SRF)\tInvented Institute of Rice Research, Hyderabad\t01.08.2022 – till date\n"
                   "2\tJunior Research Fellow (JRF)\tInvented Institute of Rice Research, Hyderabad\t01.08.2020 – 31.07.2022\n")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Invented Institute of Rice Research", "2022-08", "present"),
        ("Invented Institute of Rice Research", "2020-08", "2022-07")]


def test_an_organization_named_by_the_word_is_the_employer_under_its_title() -> None:
    p = parse_text("Dana Quill\ndana@example.org\n4.0\tPOSITIONS & EMPLOYMENT\n"
                   "06/2016 – 02/2019\tNational Consultant, Routine Immunization\n"
                   "World Quill Organization (WQO), Country Office, Abuja\n"
                   "02/2013 – 05/2016\tResident Doctor, Community Medicine\nNational Hospital, Abuja\n")
    assert [(e.organization, e.start) for e in p.experience] == [
        ("World Quill Organization (WQO)", "2016-06"), ("National Hospital", "2013-02")]


def test_a_heading_word_in_capitals_under_a_dated_school_is_no_title() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nEDUCATION\nPh.D. (Agronomy), Invented University, 2020 – 2025\n"
                   "TRAININGS ATTENDED\n21-day Invented Winter School on Remote Sensing in Agriculture, New Delhi, 2021.\n"
                   "DECLARATION\nI hereby declare that the information furnished above is true.\n")
    assert p.experience == []


def test_employer_rows_with_a_date_column_over_sentence_case_titles() -> None:
    # markdown-cv: "Employer, City<tab>dates" then the title in sentence case with its detail
    p = parse_text("Dana Quill\ndana@example.org\nPositions\n"
                   "University of Northfield, Northfield\t01/2022 - present\nDoctoral researcher (salaried, 4-year position)\n"
                   "University of Northfield\t2023 - 2024\n"
                   "Course assistant, GEOM-203 Glaciology field course (paid, two spring terms)\n"
                   "Invented Geological Survey (IGS), Espoo\nJun - Aug 2021\nSummer trainee, geophysics unit\n"
                   "Quill Antarctic Survey, Cambridge\t2019\nSummer research placement (8 weeks; NERC-funded)\n"
                   "Fieldwork\tTwo spring field campaigns on an invented glacier,\t2023, 2024\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("University of Northfield", "Doctoral researcher (salaried, 4-year position)", "2022-01"),
        ("University of Northfield", "Course assistant", "2023"),
        ("Invented Geological Survey (IGS)", "Summer trainee", "2021-06"),
        ("Quill Antarctic Survey", "Summer research placement (8 weeks; NERC-funded)", "2019")]


def test_a_duty_opening_with_a_role_word_stays_a_duty() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nWork History\nQuillhaven Cloud\tSeattle, WA | Jul 2012 – Aug 2022\n"
                   "Senior Software Engineer, Block Store\tJan 2019 – Aug 2022\n"
                   "Tech lead (7 engineers) for the volume-modification control plane; cut p99 latency 41%\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Quillhaven Cloud", "Senior Software Engineer, Block Store")]


def test_a_table_header_row_with_a_serial_number_run_into_the_next_name() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nPROFESSIONAL EXPERIENCE\nS.No Organisation\tDesignation\tFrom\tTo\n"
                   "1\tInvented Institute of Technology\tAssistant Professor\t01.07.2021\tTill date\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Invented Institute of Technology", "Assistant Professor", "2021-07", "present")]


def test_posts_under_employment_and_teaching_are_jobs() -> None:
    p = parse_text("Tess Quill\ntess@example.org\nEmployment and Teaching\n"
                   "Instructional Aide (Undergraduate TA), NEURO 200 - University of Northfield\tJan 2024 - Dec 2024\n"
                   "· Led two weekly discussion sections of 25 students\n"
                   "Peer Tutor, Science Learning Center - University of Northfield\tSep 2022 - Apr 2023\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("University of Northfield", "Instructional Aide (Undergraduate TA)"),
        ("Science Learning Center, University of Northfield", "Peer Tutor")]


def test_markdown_cv_entries_dated_above_their_employer_with_the_title_as_first_bullet() -> None:
    p = parse_md("# Lea Quill\n\nlea@example.org\n\n## Research and teaching positions\n\n"
                 "`Jun - Aug 2023`\n__Invented Institute for Japanese Linguistics (IIJL)__, Tachikawa, Tokyo\n\n"
                 "- Research intern, Corpus Development Center\n\n"
                 "`2021 - 2022`\n__Laboratoire de Phonétique Inventée (LPI)__, Paris\n\n"
                 "- Research assistant (part-time, annotation of a corpus)\n- Wrote the annotation guide\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Invented Institute for Japanese Linguistics (IIJL)", "Research intern", "2023-06"),
        ("Laboratoire de Phonétique Inventée (LPI)", "Research assistant", "2021")]


def test_a_british_clinicians_appointments() -> None:
    p = parse_text("Dr Eleri Quill\neq@example.org\nCURRENT APPOINTMENTS\n"
                   "Honorary Senior Lecturer\t2020 – to date\nDivision of Population Medicine, School of Medicine, Northfield University\n"
                   "PREVIOUS APPOINTMENTS\n"
                   "Oct 2015 –\tMRC Clinical Research Training Fellow (out of programme for research)\n"
                   "Sep 2018\tNorthfield University, Division of Infection and Immunity\n"
                   "Aug 2011 –\tCore Medical Trainee (CT1–CT2)\n"
                   "Jul 2013\tRoyal Quill Hospital, Invented University Health Board. MRCP(UK) 2012.\n")
    assert [(e.organization.split(",")[0] if e.organization else None, e.title, e.start, e.end) for e in p.experience] == [
        ("Division of Population Medicine", "Honorary Senior Lecturer", "2020", "present"),
        ("Northfield University", "Clinical Research Training Fellow (out of programme for research)", "2015-10", "2018-09"),
        ("Royal Quill Hospital", "Core Medical Trainee (CT1–CT2)", "2011-08", "2013-07")]


def test_a_spanish_cv_from_google_docs() -> None:
    p = parse_text("Itzel Quill\nitzel@example.mx\nExperiencia\n"
                   "Instituto Nacional de Salud Inventada (INSI), Cuernavaca — Investigadora en Ciencias Médicas C\n"
                   "mayo 2020 - actual\nCentro de Investigación en Nutrición. Coordinadora del componente de dieta.\n"
                   "Secretaría de Salud de Quillán, Mérida — Nutrióloga comunitaria\n2010 - 2011\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Instituto Nacional de Salud Inventada (INSI)", "Investigadora en Ciencias Médicas C", "2020-05", "present"),
        ("Secretaría de Salud de Quillán", "Nutrióloga comunitaria", "2010", "2011")]


def test_posts_under_a_teaching_and_research_experience_heading() -> None:
    p = parse_text("Sameen Quill\nsq@example.org\n3. TEACHING / RESEARCH EXPERIENCE\n"
                   "S.No.\tDesignation\tOrganization\tFrom\tTo\tPeriod\n"
                   "1\tAssistant Professor (BPS-19)\tDepartment of Electrical Engineering, UET Quillpur\t03-09-2018\tTill date\t6 Yrs\n"
                   "2\tResearch Assistant (part-time)\tElectronics and Computer Science, University of Northfield\t"
                   "01-01-2016\t31-12-2017\t2 Yrs\n")
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Assistant Professor (BPS-19)", "2018-09", "present"), ("Research Assistant", "2016-01", "2017-12")]


def test_titles_under_one_glyph_and_duties_under_another() -> None:
    p = parse_text("Tobias Quill\ntq@example.org\nAPPOINTMENTS\n"
                   "Invented Observatory of Quillhaven, Northfield University\tSep 2021 – present\n"
                   "■ Research Fellow, Coastal Processes Group (with Prof. N. Quill)\n"
                   "● Lead of the shoreline atlas; field campaigns in two deltas.\n● Co-supervision of two PhD students.\n"
                   "Quillares, Delft, The Netherlands\tFeb 2019 – Jun 2019\n"
                   "■ Visiting Researcher (PhD secondment), Unit of Hydraulic Engineering\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Invented Observatory of Quillhaven, Northfield University", "Research Fellow"),
        ("Quillares", "Visiting Researcher (PhD secondment)")]


def test_a_remark_in_brackets_after_the_employer_is_neither_employer_nor_a_reason_to_drop_it() -> None:
    """"University of X (cross-appointment with the Centre for Y, 2021–present)": the long remark
    does not make the employer a sentence, and it is not part of the employer's name."""
    from reviewer.parsing.jobline import line_facts

    facts = line_facts("2019–present\tAssociate Professor, Department of History, Invented State University "
                       "(cross-appointment with the Centre for Coastal Studies, 2021–present)")
    assert (facts.title, facts.org) == ("Associate Professor", "Department of History, Invented State University")
    facts = line_facts("2015–2019\tGeologist, Harrowgate Associates Ltd. (now Invented Group)")
    assert facts.org == "Harrowgate Associates Ltd."  # the employer of the time
    assert line_facts("2015–2019\tGeologist, Harrowgate Associates (HAL)").org == "Harrowgate Associates (HAL)"


def test_a_dated_running_head_over_the_name_is_no_job() -> None:
    """"A. Quill  Curriculum Vitae  January 14, 2025" above the name in the header: dated, and an
    organisation-like line follows, but no post is named (the name is no title)."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("A. M. Quill\tCurriculum Vitae\tJanuary 14, 2025", 57, 554, 7, False),
            ("Adaline M. Quill", 208, 403, 14, True),
            ("Professor of Astronomy • Northfield Observatory, University of Northfield", 155, 456, 10, False),
            ("Professional Appointments", 57, 243, 14, True),
            ("2022–present\tDeputy Director, Northfield Observatory, University of Northfield", 71, 420, 10, False)]
    lines = [TextLine(t, 1, size, bold=b, x0=x0, x1=x1, y=20.0 + 14 * k)
             for k, (t, x0, x1, size, b) in enumerate(rows)]
    profile = parse_document(ExtractedDocument(format="pdf", lines=lines), "cv.pdf")
    assert [e.title for e in profile.experience] == ["Deputy Director"]


def test_only_a_row_that_opens_with_its_dates_wraps_into_a_short_chinese_line() -> None:
    """An e-mail's subject that ran to the margin ("主题: … 2026 年博士后招收…") and the
    salutation under it are two lines; a dated row and its wrapped tail are one."""
    from reviewer.parsing.cleaning import Clean, join_wrapped
    from reviewer.parsing.lines import Line

    def rows(*texts: tuple[str, float]) -> list[Clean]:
        return [Clean(Line(t, k, size=10.0, x0=56.0, x1=x1), t, False, t) for k, (t, x1) in enumerate(texts)]

    mail = rows(("主题: 回复: 虚构大学 2026 年博士后招收公告——应聘材料(林晓澄)", 450.0), ("尊敬的老师", 110.0))
    assert [c.text for c in join_wrapped(mail)] == [c.text for c in mail]
    dated = rows(("2010.10–2013.08\t北岭大学(University of Northfield)物理", 450.0), ("系 博士后", 100.0))
    assert [c.text for c in join_wrapped(dated)] == ["2010.10–2013.08\t北岭大学(University of Northfield)物理系 博士后"]


def test_the_post_a_packet_applies_for_is_no_job() -> None:
    """A mail's subject, a cover letter's "Application for …" and a portal's "Highest degree"
    field above the CV name the post sought and a degree, not posts held."""
    from tests.parsing_support import parse_text

    p = parse_text("Subject: Application for Assistant Professor of Ecology, Northfield University (2026)\n"
                   "Highest degree:\tPhD, Invented University (2023)\n"
                   "Ilse Brandvold\nilse@example.org\n\nExperience\n"
                   "2023 - present  Postdoctoral Researcher, Harbor Institute\n")
    assert [e.title for e in p.experience] == ["Postdoctoral Researcher"]


def test_an_advisor_and_thesis_line_under_a_degree_keeps_the_next_degree_in_education() -> None:
    """"导师:X 教授;学位论文:…(预计 2026.06 答辩)" is dated and names a professor, but it remarks
    on the degree above: the bachelor's row under it is no job."""
    p = parse_text("林晓澄\nxiaocheng@example.cn\n教育背景\n"
                   "南湖大学\t生命科学学院细胞生物学\n"
                   "理学硕士(在读), GPA 3.8/4.0\t2023.09–2026.06\n"
                   "导师:顾明远教授;学位论文:虚构受体的作用(预计 2026.06 答辩)\n"
                   "北岭大学\t生命科学学院生物科学\n"
                   "理学学士, GPA 3.7/4.0\t2019.09–2023.06\n")
    assert [e.institution for e in p.education] == ["南湖大学", "北岭大学"]
    assert p.experience == []


def test_a_summary_sheets_current_position_is_the_post_listed_again_below() -> None:
    """A funder's summary sheet: "Current position<tab>Title, Org (since 02/2022)" above the full
    CV that lists the same post: the label is no employer, and the post is listed once."""
    from reviewer.parsing.jobline import line_facts

    facts = line_facts("Current position\tSenior researcher, University of Northfield (since 02/2022)")
    assert (facts.title, facts.org) == ("Senior researcher", "University of Northfield")


def test_a_law_firm_named_with_a_role_word_and_a_clerkship_under_a_judge() -> None:
    from reviewer.parsing.jobline import line_facts

    assert line_facts("Quill & Partners LLP, Washington, DC").org == "Quill & Partners LLP"
    assert line_facts("Quill & Burling LLP, Washington, DC").org_prio == 3  # a firm for sure, by its legal form
    # the judge a clerk served is a person; the court is the employer
    assert line_facts("Hon. Ada Imaginary, U.S. Court of Appeals for the Invented Circuit").org == (
        "U.S. Court of Appeals for the Invented Circuit")


def test_spanish_posts_under_their_employer_keep_their_rank_words() -> None:
    """An Argentine CV: the employer alone in bold, then its posts with the rank after the
    post ("Investigadora Independiente", "Profesora Adjunta regular") and "a la fecha" for now;
    "Investigaciones Científicas" is part of the council's name, not a post."""
    p = parse_text("Lucía Ferrán\nlucia@example.org\n\nCargos y antecedentes laborales\n"
                   "Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)\n"
                   "Investigadora Independiente (julio 2023 – a la fecha)\n"
                   "Investigadora Asistente (abril 2016 – junio 2023)\n"
                   "Ministerio de Economía de la Nación\n"
                   "Jefa de Trabajos Prácticos (marzo 2012 – julio 2015)\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", "Investigadora Independiente",
         "2023-07", "present"),
        ("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", "Investigadora Asistente",
         "2016-04", "2023-06"),
        ("Ministerio de Economía de la Nación", "Jefa de Trabajos Prácticos", "2012-03", "2015-07")]


def test_romance_public_employers_are_named_by_their_own_word() -> None:
    from reviewer.parsing.jobline import line_facts
    for name in ("Ministerio de Economía de la Nación", "Banco Central del Sur", "Conselho Nacional de Pesquisa",
                 "Agenzia Spaziale del Nord"):
        assert line_facts(name).org_prio == 3, name


def test_markdown_role_bullets_whose_dates_are_a_range_with_a_spaced_dash() -> None:
    """"**Acme Bio, Inc.** — City" over "- *Principal Scientist*, Unit · 2022 – current": the
    range's own dash is no remark dash, so each bullet is a post held there."""
    p = parse_md("# Ada Quill\n\nada@example.org\n\n## Experience\n\n"
                 "**Acme Bio, Inc.** — South Ferrytown, CA\n"
                 "- *Principal Scientist*, Computational Biology · 2022 – current\n"
                 "- *Senior Scientist* · 2019 – 2022 — led the single-cell platform\n\n"
                 "**Northfield Institute** — Cambridge, MA\n"
                 "- *Postdoctoral Associate* · Sep 2014 – May 2017\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Acme Bio, Inc.", "Principal Scientist", "2022", "present"),
        ("Acme Bio, Inc.", "Senior Scientist", "2019", "2022"),
        ("Northfield Institute", "Postdoctoral Associate", "2014-09", "2017-05")]


def test_a_post_over_its_department_over_its_institution() -> None:
    """"Professor<tab>City<tab>dates" over "Department of X" over "Y Institute of Technology":
    the institution under the unit employs the post."""
    p = parse_text("Ravi Quill\nravi@example.org\n\nPROFESSIONAL EXPERIENCE\n"
                   "Professor\tChennai\tJune 2018 – Present\nDepartment of Civil Engineering\n"
                   "Eastmarch Institute of Technology\n"
                   "Post-doctoral Research Associate\tDavis, CA\tSept. 2007 – July 2008\n"
                   "Center for Geotechnical Modeling\nUniversity of Westvale\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Eastmarch Institute of Technology", "Professor"), ("University of Westvale", "Post-doctoral Research Associate")]


def test_german_posts_joined_onto_their_field_and_an_employer_known_by_its_letters() -> None:
    """A Lebenslauf: the employer's line, then "dates<tab>post" rows; German posts are compounds
    ("Projektleiterin", "Entwicklungsingenieurin", "Prodekanin") and "RWTH Aachen" is a university."""
    p = parse_text("Henrike Quill\nh.quill@example.de\n\nBERUFLICHER WERDEGANG\n"
                   "Nordwerk Maschinenbau GmbH, Zentralbereich Forschung\tRenningen\n"
                   "Jan. 2016 – Feb. 2019\tProjektleiterin Additive Fertigung\n"
                   "Juli 2013 – Dez. 2015\tEntwicklungsingenieurin Laserstrahlschmelzen\n"
                   "RWTH Aachen, Werkzeugmaschinenlabor\tAachen\n"
                   "Apr. 2008 – Juni 2013\tWissenschaftliche Mitarbeiterin, Lehrstuhl für Fertigung\n"
                   "Fraunhofer-Institut für Lasertechnik ILT\tAachen\n"
                   "laufend\tLehrbeauftragte im Weiterbildungsprogramm\n")
    assert [(e.organization, e.title.split()[0].strip(","), e.start) for e in p.experience][:3] == [
        ("Nordwerk Maschinenbau GmbH", "Projektleiterin", "2016-01"),
        ("Nordwerk Maschinenbau GmbH", "Entwicklungsingenieurin", "2013-07"),
        ("RWTH Aachen", "Wissenschaftliche", "2008-04")]


def test_posts_under_their_employer_with_a_funder_named_fellowship_among_them() -> None:
    """The employer's line, then "Post — dates" lines: "Royal Society University Research Fellow"
    is a fellowship's name, no employer; the next employer's line heads the next post even when
    that post names its department beside the title."""
    p = parse_text("Tamsin Quill\nt.quill@example.ac.uk\n\nAppointments\n"
                   "University of Westvale, School of Physics\n"
                   "Lecturer in Condensed Matter Physics — September 2021 to date\n"
                   "Royal Society University Research Fellow — October 2020 to date (held concurrently)\n"
                   "Senior Research Associate — October 2020 – August 2021\n"
                   "Eastmarch Institute for Solid State Research, Stuttgart, Germany\n"
                   "Postdoctoral Researcher, Department of Quantum Materials — January 2018 – September 2020\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("University of Westvale, School of Physics", "Lecturer in Condensed Matter Physics"),
        ("University of Westvale, School of Physics", "Royal Society University Research Fellow"),
        ("University of Westvale, School of Physics", "Senior Research Associate"),
        ("Eastmarch Institute for Solid State Research", "Postdoctoral Researcher")]


def test_a_convenor_is_a_post() -> None:
    p = parse_text("Nomvula Quill\nn.quill@example.ac.za\n\nAppointments\nEastmarch History Workshop\n"
                   "Co-convenor (with the Department; no fixed term)\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Eastmarch History Workshop", "Co-convenor")]


def test_a_courtesy_appointment_is_a_post_and_a_bracketed_remark_line_is_none() -> None:
    p = parse_text("Marisol Quill\nm.quill@example.edu\n\nAppointments\n"
                   "Courtesy Appointment, School of Mechanical Engineering, Westvale University\n"
                   "Adjunct Professor, Eastmarch Health Foundation, New Delhi\n(secondary appointment)\n"
                   "Visiting Scientist (sabbatical), Northfield School of Hygiene\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("School of Mechanical Engineering, Westvale University", "Courtesy Appointment"),
        ("Eastmarch Health Foundation", "Adjunct Professor"),
        ("Northfield School of Hygiene", "Visiting Scientist (sabbatical)")]


def test_a_uk_doctors_training_grades_are_posts_with_their_specialty() -> None:
    p = parse_text("Callum Quill\nc.quill@example.net\n\nPREVIOUS APPOINTMENTS\n"
                   "Aug 2021 – Jan 2023\tST7 Anaesthesia & ICM (dual CCT)\tRoyal Infirmary of Westvale, NHS Lothian\n"
                   "Aug 2016 – Jul 2018\tST3–ST4 Anaesthesia\tNinewells Hospital, NHS Tayside\n"
                   "FY2, Emergency Medicine / General Surgery, St Quill's Hospital, Livingston\tAug 2011 – Jul 2012\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Royal Infirmary of Westvale", "ST7 Anaesthesia & ICM (dual CCT)"),
        ("Ninewells Hospital", "ST3–ST4 Anaesthesia"),
        ("St Quill's Hospital", "FY2, Emergency Medicine / General Surgery")]
    from reviewer.parsing.lexicon import ROLE_RE
    # a grade inside brackets, wrapped ("(ST3-" over "ST7)"), or after "and" names no post
    assert ROLE_RE.search("ST7)") is None and ROLE_RE.search("Programme (F1/F2) and CT1") is None


def test_a_french_career_with_its_posts_and_funded_projects() -> None:
    p = parse_text("Lise Marchand-Quill\nlise@example.fr\nParcours professionnel\n"
                   "depuis 2012\tProfesseure des universités, Université de Nulle-Part (Université Ancienne\n"
                   "jusqu’en 2015), UFR Sciences\n"
                   "2019 – 2023\tDirectrice adjointe, Institut des Exemples Inventés (IEI), Lyon\n"
                   "2002 – 2004\tIngénieure de recherche (CDD), Centre Imaginaire, Lyon\n"
                   "Distinctions\n2021\tPrix de la Société inventée\n"
                   "Encadrement doctoral\n2023\tRomain Exemple – aujourd’hui chargé de recherche\n"
                   "Projets de recherche financés\n2022 – 2026\tANR PRC INVENTÉ, 540 k€ – coordinatrice (PI)\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Université de Nulle-Part", "Professeure des universités", "2012"),
        ("Institut des Exemples Inventés (IEI)", "Directrice adjointe", "2019"),
        ("Centre Imaginaire", "Ingénieure de recherche (CDD)", "2002"),
    ]
    assert [a.title for a in p.awards] == ["Prix de la Société inventée"]  # the grants and theses are no prizes


def test_a_company_s_legal_form_and_a_promotion_stay_with_their_words() -> None:
    # "Hitachi, Ltd." is one employer; "Researcher, then Senior Researcher" one title; a form after
    # a bracket ("Quillon (Australia) Pty Ltd") is no place
    p = parse_text("Aiko Quillstead\naiko@example.jp\nCareer\n"
                   "Apr 2016 – Mar 2021\tDepartment Manager, Central Research Laboratory, Kitanomori, Ltd.\n"
                   "Apr 1995 – Mar 2008\tResearcher, then Senior Researcher, Central Research Laboratory, Kitanomori, Ltd.\n"
                   "2010 – 2012\tEcologist, Quillon (Australia) Pty Ltd, Brisbane\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Central Research Laboratory, Kitanomori, Ltd.", "Department Manager"),
        ("Central Research Laboratory, Kitanomori, Ltd.", "Researcher, then Senior Researcher"),
        ("Quillon (Australia) Pty Ltd", "Ecologist"),
    ]


def test_a_resume_builders_label_over_the_bullets_is_no_employer() -> None:
    p = parse_text("Ima Quillfair\nima@example.org\nWORK EXPERIENCE\nLead Data Scientist\nInvented Health Service\n"
                   "04/2023 – Present\nAchievements/Tasks\nBuilt an invented model.\nSenior Data Scientist\n"
                   "Office for Invented Statistics\n09/2020 – 03/2023\nAchievements/Tasks\nDeveloped invented estimates.\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Invented Health Service", "Lead Data Scientist"), ("Office for Invented Statistics", "Senior Data Scientist")]


def test_french_posts_with_glosses_in_brackets_and_lower_case_school_names() -> None:
    # an English gloss in brackets is no part of the post's length or prose-likeness; a French
    # school's small words do not make its row a sentence
    p = parse_text("Margot Quill\nmq@example.org\nPostes et résidences / Positions and residencies\n"
                   "2021–\tMaîtresse de conférences en arts plastiques (Associate Professor of Fine Arts), Université Rennes 2\n"
                   "2019–2020 Pensionnaire (fellow in residence), Académie Imaginaire à Rome – Villa Inventée\n"
                   "2018–2019 ATER (temporary lecturer and researcher), Département arts plastiques, Université Paris 8\n"
                   "2014–2017 Artiste intervenante (visiting artist-teacher), École européenne supérieure d’art de Nulle-Part, Quimper\n")
    assert [(e.organization, e.title[:12], e.start) for e in p.experience] == [
        ("Université Rennes 2", "Maîtresse de", "2021"),
        ("Académie Imaginaire à Rome", "Pensionnaire", "2019"),
        ("Université Paris 8", "ATER (tempor", "2018"),
        ("École européenne supérieure d’art de Nulle-Part", "Artiste inte", "2014"),
    ]


def test_a_university_numbered_in_its_city_wrapped_under_a_dated_post() -> None:
    rows = [("Margot Quill", 73.7, 200.0), ("mq@example.org", 73.7, 180.0), ("Positions", 73.7, 120.0),
            ("2021–\tMaîtresse de conférences en arts plastiques (Associate Professor of Fine Arts), Université", 73.7, 540.0),
            ("Rennes 2", 139.7, 175.0),
            ("2019–2020 Pensionnaire (fellow in residence), Académie Imaginaire à Rome – Villa Inventée", 73.7, 470.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=9.2, x0=a, x1=b, y=20.0 + 12 * k)
                                                 for k, (t, a, b) in enumerate(rows)])
    assert [e.organization for e in parse_document(doc, "cv.pdf").experience] == [
        "Université Rennes 2", "Académie Imaginaire à Rome"]


def test_markdown_bullets_heading_posts_with_their_range_at_the_end_over_undated_employers() -> None:
    p = parse_md("# Ada Quill\nada@example.org\n## Clinical Experience\n\n"
                 "- **Senior Registrar, Paediatrics** | July 2018 – February 2022\n"
                 "  Invented Teaching Hospital, Nowhere City\n"
                 "  - Neonatal intensive care and outpatient clinics\n\n"
                 "- **Medical Officer (NYSC)** | 2013 – 2014\n  Imaginary General Hospital, Somewhere State\n\n"
                 "- **House Officer** | 2012 – 2013\n  Fictional University Teaching Hospital, Elsewhere\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Invented Teaching Hospital", "Senior Registrar", "2018-07"),
        ("Imaginary General Hospital", "Medical Officer (NYSC)", "2013"),
        ("Fictional University Teaching Hospital", "House Officer", "2012"),
    ]


def test_an_indian_teaching_experience_table_lists_faculty_posts() -> None:
    # "Teaching Experience" as an Indian college CV means the posts held; a professor's former
    # students named with their own posts are no posts of the candidate's
    p = parse_text("Anil Quillkar\naq@example.org\nTEACHING EXPERIENCE (Total: 9 years)\n"
                   "Sr. No.\tName of Institute\tDesignation\tFrom\tTo\tDuration\n"
                   "1\tInvented College of Engineering, Pune\tAssistant Professor\t01/07/2018\tTill date\t6 yrs\n"
                   "2\tImaginary College of Engineering, Pune\tAssistant Professor\t16/07/2015\t30/06/2018\t3 yrs\n")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Invented College of Engineering", "Assistant Professor", "2018-07"),
        ("Imaginary College of Engineering", "Assistant Professor", "2015-07")]
    p = parse_text("Ada Quill\naq@example.org\nTeaching and Mentoring\nFormer doctoral students\n"
                   "2015–2020\tJane Roe, Invented University\tAssistant Professor\n")
    assert p.experience == []
    # ...and a title that only opens with the word is no faculty post
    from reviewer.parsing.entries import _FACULTY_POST
    assert [bool(_FACULTY_POST.match(t)) for t in ("Associate Professor", "Reader (0.5 FTE)",
                                                    "Professor's helper for an invented course")] == [True, True, False]


def test_a_skills_field_under_a_job_does_not_end_the_jobs() -> None:
    # a job site's paste: "技能：…" is the job's own detail; the next job follows it
    p = parse_text("刘畅\nlc@example.com\n工作经历\n快手    数据分析师    2023.07-2025.01\n内容：负责广告指标监控。\n"
                   "技能：SQL  Python  AB测试\n北京某某科技有限公司    数据分析实习生    2022.03-2022.09\n内容：搭建看板。\n"
                   "教育经历\n某某大学    统计学    本科    2019-2023\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("快手", "数据分析师"), ("北京某某科技有限公司", "数据分析实习生")]


def test_a_job_sites_english_export_industry_and_department_line_and_project_experience() -> None:
    p = parse_text("Jiashu Lee\njl@example.com\nWORK EXPERIENCE\n"
                   "2021.07 - Present\tQuillfood | Recommendation Algorithm Engineer\n"
                   "Internet / E-commerce · Food Delivery Algorithm Strategy Dept.\n"
                   "1. Owned the ranking model of an invented feed.\n"
                   "PROJECT EXPERIENCE\n2022.03 - 2023.01\tMulti-objective Ranking Upgrade for an Invented Feed\n"
                   "Role: Core developer\n1. Replaced a single-task model.\n")
    assert [(e.organization, e.title) for e in p.experience] == [("Quillfood", "Recommendation Algorithm Engineer")]


def test_a_forms_post_records_one_labelled_field_a_line() -> None:
    p = parse_text("王晓\nwx@example.edu.cn\n工作经历\n起止时间: 2022-04 至 今\n工作单位: 某某大学\n部门:\t物理学系\n"
                   "职务/职称: 特任助教\n起止时间: 2019-09 至 2022-03\n工作单位: 某某研究所\n部门:\t量子中心\n"
                   "职务/职称: 博士后研究员\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("某某大学", "特任助教", "2022-04", "present"), ("某某研究所", "博士后研究员", "2019-09", "2022-03")]
