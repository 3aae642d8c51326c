"""Education and experience entries in the layouts real CVs use (invented people and places)."""
from __future__ import annotations

import pytest

from reviewer.parsing.lexicon import degree_level
from tests.parsing_support import parse_text


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Ph.D. in Computer Science", "phd"), ("PhD candidate", "phd"), ("Doctor of Philosophy", "phd"),
        ("博士研究生", "phd"), ("M.S. in Statistics", "master"), ("MSc Data Science", "master"),
        ("MEng Aerospace Engineering", "master"), ("Master's degree", "master"), ("硕士", "master"),
        ("B.S. in Physics", "bachelor"), ("B.A. Applied Mathematics", "bachelor"), ("BEng", "bachelor"),
        ("Bachelor of Science", "bachelor"), ("本科", "bachelor"), ("学士", "bachelor"),
        ("Exchange student", "other"), ("Visiting student", "other"), ("交换生", "other"),
        ("Computer Science", None),
    ],
)
def test_degree_levels(text: str, level: str | None) -> None:
    assert degree_level(text) == level


def test_education_over_several_lines_in_any_order() -> None:
    p = parse_text(
        "Dana Quill\nEDUCATION\nNorthfield University\nSpringfield, USA\nPh.D. Candidate, Applied Mathematics\n"
        "2019.09 - Present\nSchool of Mathematical Sciences\nAdvisor: Prof. Lee\n"
        "Lakeside College\nBachelor of Science, Physics\n2015.09 - 2019.06\nGPA: 3.9/4.0\n"
    )
    got = [(e.institution, e.degree_level, e.start, e.end) for e in p.education]
    assert got == [("Northfield University", "phd", "2019-09", "present"),
                   ("Lakeside College", "bachelor", "2015-09", "2019-06")]
    assert p.education[0].field == "Applied Mathematics"
    assert p.education[0].evidence is not None and p.education[0].evidence.line == 2


def test_education_one_line_with_left_date_column() -> None:
    p = parse_text("EDUCATION\n2020–present M.S. in Computer Science, Northfield University, Springfield.\n"
               "2016–2020 B.S. in Computer Science, Northfield University, Springfield.")
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [("master", "2020", "present"),
                                                                          ("bachelor", "2016", "2020")]


def test_education_table_read_column_by_column() -> None:
    p = parse_text("教育经历\n北岭大学\n南湖大学\n计算机科学 本科\n经济学院 交换生\n2016-2020\n2019")
    got = [(e.institution, e.degree_level, e.start, e.end) for e in p.education]
    assert got == [("北岭大学", "bachelor", "2016", "2020"), ("南湖大学", "other", "2019", "2019")]


def test_single_year_of_a_degree_is_its_end() -> None:
    p = parse_text("EDUCATION\nM.S. in Computer Science Northfield University 2021")
    assert (p.education[0].start, p.education[0].end) == (None, "2021")


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nAcme Robotics  2021.06 - 2022.08\nResearch Intern\n- Built things.",
        "EXPERIENCE\nAcme Robotics\tSpringfield, USA\nResearch Intern\tJun. 2021 - Aug. 2022",
        "EXPERIENCE\nJun 2021 - Aug 2022 **Research Intern** at **Acme Robotics**, *Springfield, MA*",
        "EXPERIENCE\n06/2021-08/2022 Research Intern Acme Robotics GmbH\nWorked on perception for robots.",
        "EXPERIENCE\nResearch Intern: Acme Robotics Jun - Aug 2022",
        "EXPERIENCE\n2021 – 2022 Acme Robotics, Springfield, MA, Research Intern, Advisor: Dr. Lee.",
    ],
)
def test_experience_layouts(text: str) -> None:
    p = parse_text(text)
    assert len(p.experience) == 1, p.experience
    e = p.experience[0]
    assert e.organization and e.organization.startswith("Acme Robotics")
    assert e.title == "Research Intern"
    assert e.start and e.start.startswith(("2021", "2022")) and e.end and e.end.startswith("2022")


def test_experience_chinese() -> None:
    p = parse_text("工作经历\n北岭科技有限公司\n2009/08 – 至今\n系统架构设计师\n负责核心模块的开发。")
    e = p.experience[0]
    assert (e.organization, e.title, e.start, e.end) == ("北岭科技有限公司", "系统架构设计师", "2009-08", "present")


def test_bilingual_entries_count_once() -> None:
    p = parse_text("EDUCATION\nNorthfield University  2016.09 - 2020.06\nB.S. in Physics\n"
               "教育背景\n北岭大学  2016.09 - 2020.06\n物理学 本科")
    assert len(p.education) == 1


def test_repeated_table_cells_count_once() -> None:
    p = parse_text("Work Experience\nMarch 2024 - present\nAcme Global Services\nFull Stack Developer\n"
               "Acme Global Services\nFull Stack Developer")
    assert len(p.experience) == 1


def test_references_contacts_are_not_the_candidates() -> None:
    p = parse_text("Dana Quill\ndana@example.com\nREFERENCES\nProf. Lee, lee@northfield.edu, +1 617 555 0142")
    assert p.emails == ["dana@example.com"] and p.phones == []


def test_interests_lists() -> None:
    p = parse_text("RESEARCH INTERESTS\nMachine Learning: Sparse Networks, Efficient Inference\n"
               "Robotics, Control Systems (MPC, LQR),\nOptimization")
    assert {"Machine Learning", "Sparse Networks", "Efficient Inference", "Robotics",
            "Control Systems (MPC, LQR)", "Optimization"} <= set(p.research_interests)


def test_wrapped_entry_lines_are_rejoined() -> None:
    p = parse_text("EDUCATION\nPh.D. in Applied Mathematics, Technical University of\nMunich, 2008 - 2013\n"
               "M.Sc. in Physics, Northfield University, 2006 -\n2008")
    got = [(e.institution, e.start, e.end) for e in p.education]
    assert got == [("Technical University of Munich", "2008", "2013"), ("Northfield University", "2006", "2008")]


def test_institution_without_a_keyword_next_to_a_degree() -> None:
    p = parse_text("EDUCATION\nM.Sc. in Statistics, KU Leuven, 2016 - 2018")
    assert p.education[0].institution == "KU Leuven"


@pytest.mark.parametrize(
    ("text", "inst"),
    [
        ("Ph.D. candidate in Computer Science Boston University 2018 - 2025", "Boston University"),
        ("Master's degree computer science University of Bonn 2015-2018", "University of Bonn"),
        ("Exchange @ School of Engineering University of Maryland 2023", "University of Maryland"),
    ],
)
def test_institution_cut_out_of_a_run_of_words(text: str, inst: str) -> None:
    assert parse_text("EDUCATION\n" + text).education[0].institution == inst


def test_chinese_resume_rows() -> None:
    p = parse_text("个人简历\n姓名：李明远  性别：男\n电话：138-0013-8000\n教育背景\n"
               "2016.09-2020.06 北岭大学 计算机科学与技术 本科\n实习经历\n"
               "2022.06-2022.09 星河科技有限公司 算法实习生\n负责推荐系统的召回模块优化。")
    assert p.name == "李明远"
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("北岭大学", "bachelor", "2016-09", "2020-06")]
    assert [(e.organization, e.title) for e in p.experience] == [("星河科技有限公司", "算法实习生")]


def test_markdown_bullets_are_entries_when_complete() -> None:
    p = parse_text("## Education\n- **Ph.D.** in Computer Science, Northfield University, 2019\n"
               "- **B.Tech.** in Computer Science, Lakeside Institute of Technology, 2013")
    assert [e.degree_level for e in p.education] == ["phd", "bachelor"]
    assert "B.Tech" not in " ".join(p.links)


def test_place_after_a_company_suffix_is_not_the_company() -> None:
    p = parse_text("EXPERIENCE\nHanse Logistics GmbH Hamburg, Germany\nSenior Backend Engineer Mar. 2020 - Present")
    assert p.experience[0].organization == "Hanse Logistics GmbH"


def test_several_roles_under_one_employer() -> None:
    p = parse_text("EXPERIENCE\nAcme Robotics GmbH\nSenior Engineer  2020 - Present\nEngineer  2018 - 2020")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Acme Robotics GmbH", "Senior Engineer", "2020"), ("Acme Robotics GmbH", "Engineer", "2018")]


def test_open_range_and_since_mean_present() -> None:
    p = parse_text("EXPERIENCE\nResearch Intern, Acme Robotics, 2021 –\nEngineer, Lakeside Labs, since 2019")
    assert [(e.start, e.end) for e in p.experience] == [("2021", "present"), ("2019", "present")]


def test_entry_missing_most_facts_is_flagged() -> None:
    p = parse_text("EDUCATION\nNorthfield University\nEXPERIENCE\nAcme Robotics 2019 - 2021")
    assert any("low confidence" in w for w in p.warnings)


def test_interest_from_a_sentence() -> None:
    p = parse_text("RESEARCH INTERESTS\nI work on machine learning for healthcare.")
    assert p.research_interests == ["machine learning for healthcare"]


def test_org_heading_above_title_line_with_place() -> None:
    p = parse_text("## Experience\n### Vistula Cloud\n**Staff Software Engineer** · Warsaw · 2021 – Present\n"
               "- Led the storage team.\n### Baltic Payments\n**Software Engineer** · Gdansk · 2017 – 2021")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Vistula Cloud", "Staff Software Engineer"), ("Baltic Payments", "Software Engineer")]


def test_group_label_gives_the_degree_of_the_entries_below() -> None:
    p = parse_text("EDUCATION\nBSc Physics, Northfield University, 2020-2024\nExchange or visiting student:\n"
               "Lakeside University, 2023\nRiverside College, 2022")
    assert [e.degree_level for e in p.education] == ["bachelor", "other", "other"]


def test_winter_school_is_other() -> None:
    p = parse_text("EDUCATION\nWinter School @ Riverside University, 2021")
    assert p.education[0].degree_level == "other"


def test_docx_style_table_rows() -> None:
    p = parse_text("Professional Experience\n2020 – present\tBanco Ficticio\tSenior Economist\n"
               "2019\tInstituto Imaginario\tResearch Intern")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Banco Ficticio", "Senior Economist", "2020", "present"),
        ("Instituto Imaginario", "Research Intern", "2019", "2019")]


def test_labelled_detail_lines_under_a_degree_are_not_entries() -> None:
    p = parse_text("EDUCATION\nPh.D. in Physics Northfield University\t2018 – 2023\nDepth exam: Optics\tpassed 2020\n"
               "Doctoral Dissertation: Cold Atoms in Boxes\tpassed 2023\nB.S. in Physics Lakeside College\t2014 – 2018")
    assert [e.institution for e in p.education] == ["Northfield University", "Lakeside College"]


def test_long_compound_title() -> None:
    p = parse_text("EXPERIENCE\nAcme Pay Inc.\nEarly Employee & Payments Backend Engineer & Build Tooling Group Lead"
               "\tMar. 2021 - Jun. 2023")
    assert p.experience[0].title == "Early Employee & Payments Backend Engineer & Build Tooling Group Lead"


def test_title_line_above_org_line_with_place() -> None:
    p = parse_text("Experience\nCampus Computing Help Desk Technician\tSep. 2018 – Present\n"
               "Lakeside University\tSpringfield, TX\n• Set up campus computers.\n"
               "Undergraduate Research Assistant\tJune 2020 – Present\nNorthfield College\tCollege Station, TX")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Lakeside University", "Campus Computing Help Desk Technician"),
        ("Northfield College", "Undergraduate Research Assistant")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("MEng Aerospace Engineering, Northfield University, 2015 - 2019", "Aerospace Engineering"),
        ("Ph.D. in Computer Science, Northfield University, 2015 - 2019", "Computer Science"),
        ("Exchange student, Northfield University, 2019", None),
        ("2015.09-2019.06 北岭大学 计算机科学与技术 本科", "计算机科学与技术"),
    ],
)
def test_field_of_study(line: str, field: str | None) -> None:
    assert parse_text("EDUCATION\n" + line).education[0].field == field


def test_degree_in_the_header_is_not_a_job() -> None:
    p = parse_text("Dana Quill\nPhD Student, Northfield University, 2019 – present\ndq@example.org\nSKILLS\nGo")
    assert p.experience == []


def test_degree_in_the_header_is_education_when_nothing_else_is() -> None:
    p = parse_text("Dana Quill\nPhD Student, Northfield University, 2019 – present\ndq@example.org\nSKILLS\nGo")
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("Northfield University", "phd", "2019", "present")]


def test_org_then_title_without_a_separator() -> None:
    p = parse_text("EXPERIENCE\nAcme Corp. Software Engineer 2019 - 2021\nNorthfield University Research Assistant 2018")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Acme Corp.", "Software Engineer"), ("Northfield University", "Research Assistant")]


def test_header_update_date_and_scholar_link_are_not_a_job() -> None:
    p = parse_text("Dana Quill Last updated: August 24, 2025\nGoogle Scholar (Abc123)\ndq@example.org\n"
               "EXPERIENCE\nFounder Quillworks 2020 – present")
    assert [(e.organization, e.title) for e in p.experience] == [("Quillworks", "Founder")]


def test_a_running_header_dating_the_cv_is_not_a_job() -> None:
    p = parse_text("Ingrid Varga-Holm\tCurriculum Vitae, October 2025\nIngrid Varga-Holm, PhD\n"
                   "Professor of Hydrology, Department of Invented Engineering\nTennant State University\n"
                   "APPOINTMENTS\nSeptember 2021 – present\tProfessor, Tennant State University")
    assert [(e.title, e.start) for e in p.experience] == [("Professor", "2021-09")]


def test_one_skill_per_line_side_bar() -> None:
    p = parse_text("SKILLS\nPython\nBash\nPyTorch, Tensorflow\nCloud computing (AWS, GCP)\nMachine Learning & GenAI\n"
               "EXPERIENCE\nAcme Robotics 2019 - 2021\nResearch Intern")
    assert p.skills == ["Python", "Bash", "PyTorch", "Tensorflow", "Cloud computing (AWS, GCP)",
                        "Machine Learning & GenAI"]


def test_description_bullets_with_dates_are_not_entries() -> None:
    p = parse_text("EXPERIENCE\nAcme Robotics\nResearch Intern\n- Served as Teaching Assistant in 2019\n"
               "- Mentored two interns in 2020\n\nGlobex Inc.\nSoftware Engineer")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Acme Robotics", "Research Intern"), ("Globex Inc.", "Software Engineer")]


def test_bullet_only_sections_are_entries() -> None:
    p = parse_text("## Experience\n- **Research Intern**, Acme Robotics, 2019 – 2020\n- **Engineer**, Globex Inc., 2020 – 2022")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Acme Robotics", "Research Intern"), ("Globex Inc.", "Engineer")]


def test_comma_list_wrapped_in_a_narrow_column() -> None:
    p = parse_text("RESEARCH INTERESTS\ngraph neural networks, medical\nimaging, retrieval-augmented\n"
               "generation, program synthesis\nSKILLS\nGo")
    assert p.research_interests == ["graph neural networks", "medical imaging", "retrieval-augmented generation",
                                    "program synthesis"]


def test_city_glued_to_a_company_before_the_country() -> None:
    p = parse_text("EXPERIENCE\nQuillworks Seoul, S.Korea\nFounder Jun. 2018 - Jan. 2021\n"
               "University College London, UK\nResearch Fellow 2015 - 2018")
    assert [e.organization for e in p.experience] == ["Quillworks", "University College London"]


@pytest.mark.parametrize(
    ("line", "inst"),
    [("B.S. in CS, UC Berkeley, 2015 - 2019", "UC Berkeley"), ("Ph.D., CMU, 2019 - 2024", "CMU"),
     ("M.S., Stanford Univ., 2017 - 2019", "Stanford Univ."), ("BTech, IIT Bombay, 2012 - 2016", "IIT Bombay")],
)
def test_schools_written_without_an_institution_word(line: str, inst: str) -> None:
    assert parse_text("EDUCATION\n" + line).education[0].institution == inst


def test_the_header_rows_of_word_tables_are_not_entries() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nEducation\nPeriod\tDegree\tInstitution\n"
                   "2019 – 2023\tPh.D. in Hydrology\tOstwick University\n"
                   "Honours and Awards\nYear\tAward\tAwarded by\n2024\tBest Thesis Award\tFen Society\n"
                   "2022\tTravel Grant\tOstwick University\n")
    assert [e.institution for e in p.education] == ["Ostwick University"]
    assert [a.year for a in p.awards] == [2024, 2022]


def test_icon_glyphs_before_degrees_and_posts_that_carry_their_dates() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nEducation\n"
                   "◆ Ph.D. in Information Science\t2021 – 2026\nOstwick University\n"
                   "◆ M.S. in Information Science (en route)\t2021 – 2023\nOstwick University\n"
                   "◆ B.A. in Sociology\t2016 – 2020\nFen College\n"
                   "Experience\n▸ Research Scientist Intern\tSummer 2024\nHarbourline Research\n"
                   "▸ Data Analyst\t2020 – 2021\nBrightwater Data Collaborative\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Ostwick University", "phd"), ("Ostwick University", "master"), ("Fen College", "bachelor")]
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Harbourline Research", "Research Scientist Intern"), ("Brightwater Data Collaborative", "Data Analyst")]


def test_a_grade_after_the_degree_does_not_hide_the_dates_in_the_next_cell() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nEDUCATION\nOstwick University\tPittsburgh, PA\n"
                   "Master of Science in Robotics; GPA: 3.94\tAug. 2023 – May 2025\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [("Ostwick University", "2023-08", "2025-05")]


def test_the_same_school_printed_again_over_the_next_degree_opens_a_second_entry() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nEDUCATION\nOstwick Institute of Technology\tCambridge, MA\n"
                   "Master of Science in Computer Science\tSep. 2022 – May 2024\n"
                   "Ostwick Institute of Technology\tCambridge, MA\n"
                   "Bachelor of Science in Computer Science, Minor in Mathematics\tSep. 2018 – May 2022\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Ostwick Institute of Technology", "master", "2022-09"),
        ("Ostwick Institute of Technology", "bachelor", "2018-09")]


def test_a_post_with_a_sentence_in_brackets_after_it_is_still_a_post() -> None:
    p = parse_text("EMPLOYMENT HISTORY\nJul 2022 – present\tLecturer (Level B), Tarn University, Townsville.\n"
                   "Feb 2021 – Jun 2022\tDECRA Fellow (Level B), Centre for Reef Studies, Tarn University "
                   "(fellowship held from 2021; transferred to a continuing lectureship in 2022).\n")
    assert [(e.title, e.start) for e in p.experience] == [("Lecturer (Level B)", "2022-07"),
                                                         ("DECRA Fellow (Level B)", "2021-02")]


def test_an_mba_resume_with_schools_and_employers_over_their_lines() -> None:
    # business-school format: SCHOOL<tab>City over "Degree, Concentration<tab>Month Year" and
    # bullets; EMPLOYER<tab>City over one or more "Title, Group<tab>dates" rows
    p = parse_text("ADA QUILL\n10 Main St, New York, NY | ada@example.com\nEDUCATION\n"
                   "TARN BUSINESS SCHOOL\tNew York, NY\nMaster of Business Administration, Finance and Value Investing\tMay 2026\n"
                   "•\tGMAT: 740; VP Finance, Investment Club\n"
                   "FENN UNIVERSITY, SCHOOL OF BUSINESS\tAnn Arbor, MI\nBachelor of Business Administration; GPA 3.8/4.0\tMay 2018\n"
                   "•\tHonors: Angell Scholar (2016, 2017); Dean's List all semesters\n"
                   "EXPERIENCE\nACME HOLDINGS & CO.\tNew York, NY\nSummer Associate, Industrials Group\tJun 2025 – Aug 2025\n"
                   "GLOBEX TOUCHE LLP\tChicago, IL\nSenior Associate, Transaction Services\tJan 2021 – Jul 2024\n"
                   "Associate\tJul 2018 – Dec 2020\n•\tLed diligence workstreams\n"
                   "INITECH BANK & CO.\tChicago, IL\nSummer Analyst, Commercial Banking\tJun 2017 – Aug 2017\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("TARN BUSINESS SCHOOL", "master"), ("FENN UNIVERSITY", "bachelor")]
    assert [(e.organization, e.title) for e in p.experience] == [
        ("ACME HOLDINGS & CO.", "Summer Associate"), ("GLOBEX TOUCHE LLP", "Senior Associate"),
        ("GLOBEX TOUCHE LLP", "Associate"), ("INITECH BANK & CO.", "Summer Analyst")]
    assert [a.title for a in p.awards] == ["Angell Scholar (2016, 2017)", "Dean's List all semesters"]


def test_a_json_resume_theme_that_stacks_each_entry_in_bold_over_plain_lines() -> None:
    # plain section headings; entries: bold title (wrapping at the column's edge), bold
    # employer, dates, place; papers: bold title, "Published by" venue, date, authors
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ada Quill", True, 400), ("ada@example.dk", False, 300), ("Work", False, 200),
            ("Senior Clinical Data Scientist, Biostatistics & Data", True, 445), ("Science", True, 190),
            ("Tarn Pharma", True, 230), ("Sep 2021 – Present", False, 250), ("Søborg, Denmark", False, 240),
            ("Biostatistician II", True, 260), ("Fenn Trials", True, 220), ("Mar 2018 – Aug 2021", False, 250),
            ("Copenhagen, Denmark", False, 270),
            ("Research Assistant, Department of Epidemiology", True, 445), ("Research", True, 200),
            ("Statens Tarn Institut", True, 280), ("Feb 2016 – Feb 2018", False, 258),
            ("Education", False, 200), ("University of Tarn", True, 250), ("MSc in Biostatistics", False, 250),
            ("Sep 2014 – Jan 2016", False, 250),
            ("Publications", False, 200), ("Bayesian Emax models for dose selection in", True, 430),
            ("obesity trials: a case study", True, 300), ("Published by Pharmaceutical Statistics", True, 340),
            ("Feb 2024", False, 200), ("Quill A, Roe B, Lind P.", False, 300),
            ("Open-source R packages for ADaM derivation in a", True, 440), ("regulated environment", True, 250),
            ("Published by Therapeutic Innovation & Regulatory", True, 440), ("Science", True, 190),
            ("May 2023", False, 200), ("Roe B, Quill A, et al.", False, 260)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=10.5, bold=b, page=1, x0=148.8, x1=float(x1), block=n)
                                                 for n, (t, b, x1) in enumerate(rows)])
    p = parse_document(doc, "cv.pdf")
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("Tarn Pharma", "Senior Clinical Data Scientist, Biostatistics & Data Science", "2021-09"),
        ("Fenn Trials", "Biostatistician II", "2018-03"),
        ("Statens Tarn Institut", "Research Assistant, Department of Epidemiology Research", "2016-02")]
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Bayesian Emax models for dose selection in obesity trials: a case study", "Pharmaceutical Statistics", 2024),
        ("Open-source R packages for ADaM derivation in a regulated environment",
         "Therapeutic Innovation & Regulatory Science", 2023)]


def test_a_rendercv_page_with_german_hyphenated_universities() -> None:
    # "Wilhelms-Universität" joins its parts with a hyphen; a research stay in a bullet under the
    # PhD is a detail; the unit beside the title goes with the post, the line below names the
    # employer; a bare ORCID iD in the header is no phone
    p = parse_text("Ada Quill\nKarlsruhe, Germany\tada@kit.example.edu\t0721 5550193\n"
                   "quill-lab.example.org\t0000-0001-8830-2517\taquill\n"
                   "Education\nWestfälische Wilhelms-Universität Münster\tMünster, Germany\n"
                   "Dr. rer. nat. in Chemistry (Electrochemistry)\tOct 2018 – Mar 2022\n"
                   "◦ Research stay at Tohoku University, Sendai (Jan–Apr 2020), DAAD short-term grant\n"
                   "Technische Universität Dresden\tDresden, Germany\nM.Sc. in Chemistry\tOct 2016 – Sept 2018\n"
                   "Experience\nPostdoctoral Researcher, Solid-State Batteries group\tKarlsruhe / Ulm, Germany\n"
                   "Karlsruhe Institute of Technology (KIT)\tApr 2022 – present\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Westfälische Wilhelms-Universität Münster", "phd", "2018-10"), ("Technische Universität Dresden", "master", "2016-10")]
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Karlsruhe Institute of Technology (KIT)", "Postdoctoral Researcher, Solid-State Batteries group")]
    assert p.phones == ["+497215550193"]


def test_a_resume_builder_page_with_a_side_bar_spaced_capitals_and_a_timeline() -> None:
    # headings in letter-spaced capitals whose text layer breaks words at kerned pairs
    # ("WORK EXPER IENCE"), the name set letter by letter below the side bar, timeline dots
    # before each employer and small bullets before the duties, a talk under "Talks & Awards"
    p = parse_text("PHOTO\nC O N TA C T\ndarien.quill@example.com\n(206) 555-0147\nS K I L L S\nGo\nRust\n"
                   "D A R I E N Q U I L L\nS TA F F S O F T WA R E E N G I N E E R\nPROF ILE\n"
                   "Backend engineer with 8 years of experience building payment ledgers.\nWORK EXPER IENCE\n"
                   "● Stripe\tSeattle, WA\nStaff Software Engineer, Payments Ledger\tMar 2023 – Present\n"
                   "• Lead of a 9-engineer team owning the double-entry ledger.\n"
                   "Senior Software Engineer\tJan 2021 – Feb 2023\n• Migrated settlement batch jobs to streaming.\n"
                   "● Zillow Group\tSeattle, WA\nSoftware Engineer II\tJul 2018 – Dec 2020\n"
                   "• Built the listing-ingestion pipeline.\nEDUCAT ION\nUniversity of Tarn\tB.S. Computer Science\t2016\n"
                   "TALKS & AWARDS\n• “Exactly-once is a lie”, Strange Loop, St. Louis, 2023 (talk).\n"
                   "• 1st place, Zillow Hack Week 2019.\n")
    assert p.name == "Darien Quill"
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Stripe", "Staff Software Engineer"), ("Stripe", "Senior Software Engineer"), ("Zillow Group", "Software Engineer II")]
    assert [a.title for a in p.awards] == ["1st place, Zillow Hack Week 2019."]


def test_a_name_spelled_over_two_banner_rows_and_a_writing_and_speaking_list() -> None:
    p = parse_text("R H I A N N O N\tr.quillkaur@example.co.uk\n07700 900482\nQ U I L L - K A U R\tLondon, UK\n"
                   "E X P E R I E N C E\nOct 2022 –\tMonzo Bank · London\nCurrent\tSenior Data Scientist\n"
                   "W R I T I N G & S P E A K I N G\n"
                   "• L. Marchetti*, R. Quill-Kaur*, T. Osei. “Fair overdraft limits with uplift models.” "
                   "NeurIPS 2023 Workshop on Algorithmic Fairness, New Orleans, 2023.\n"
                   "• R. Quill-Kaur, A. Pemberton, et al. “Calibrated uplift models.” arXiv:2311.04417, 2023.\n"
                   "• Talk: “CUPED in production.” PyData London, June 2024.\n")
    assert p.name == "Rhiannon Quill-Kaur"
    assert [(x.venue, x.year) for x in p.publications] == [("NeurIPS Workshop", 2023), ("arXiv", 2023)]
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("W R I T I N G & S P E A K I N G") == "publications"


def test_an_employer_run_into_the_title_past_its_noun_or_with_its_city() -> None:
    from reviewer.parsing.jobline import line_facts

    f = line_facts("University of Technology Sydney Sessional Tutor, Visual Communication\t2016 – 2019")
    assert (f.org, f.title) == ("University of Technology Sydney", "Sessional Tutor")
    f = line_facts("UNSW Sydney Lecturer (Education Focused), School of Art & Design\t2022 – now")
    assert (f.org, f.title) == ("UNSW Sydney, School of Art & Design", "Lecturer (Education Focused)")
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("ACADEMIC") == "experience"


def test_undergraduate_research_at_a_university_is_a_post_not_a_degree() -> None:
    p = parse_text("Ada Quill\nada@example.com\nExperience\nSoftware Engineer\tAcme\tMar 2022 – Present\n"
                   "Undergraduate Research\tUniversity of Tarn\tJan 2016 – May 2018\nAssistant\n"
                   "• Distributed Systems Lab: benchmarks for consensus protocols.\n"
                   "Education\nUniversity of Tarn\tSep 2014 – May 2018\n• B.S. in Computer Science\n")
    assert [e.institution for e in p.education] == ["University of Tarn"] and len(p.education) == 1
    assert len(p.experience) == 2
