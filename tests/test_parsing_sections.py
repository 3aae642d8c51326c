"""Heading forms and section splitting, on invented lines."""
from __future__ import annotations

import pytest

from reviewer.extract import ExtractedDocument, TextLine, extract
from reviewer.parsing import parse_document
from reviewer.parsing.cleaning import body_lines
from reviewer.parsing.lines import Line
from reviewer.parsing.sections import heading_kind, split_sections
from tests.parsing_support import label_column_pdf, parse_text


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
        ("VOLUNTEER", "service"),  # a JSON-Resume section: unpaid, not a job
        ("Research and Teaching Experience", "experience"),  # posts of both kinds
        ("Teaching and Research Positions", "experience"),
        ("Volunteer Experience", "service"),
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
        ("求学经历", "education"),
        ("实践锻炼", "experience"),
        ("成果清单", "publications"),
        ("所获荣誉", "awards"),
        ("论文发表", "publications"),
        ("获奖情况", "awards"),
        ("专业技能", "skills"),
        ("研究方向", "interests"),
        ("Educación / Education", "education"),
        ("教育背景 Education", "education"),
        ("Work History", "experience"),
        ("Honors, Awards and Fellowships", "awards"),
        ("E D U C A T I O N", "education"),
        ("R E S E A R C H\tA R E A S", "interests"),  # the word gap a PDF reader found, as a tab
        ("2. ACADEMIC TITLES", "experience"),  # the Turkish council's CV form: posts by rank
        ("3. SUPERVISED THESES", "teaching"),
        ("W O R K\tP U B L I S H E D\tI N", "talks"),  # an architect's press: others' pages, not papers
        ("Writing", "publications"),
        ("Writing Skills", "skills"),
        ("Expositions personnelles / Solo exhibitions", "other"),  # an artist's shows: no posts
        ("Postes et résidences / Positions and residencies", "experience"),
        ("求職條件", "summary"),  # a 104 résumé's job conditions, in Traditional characters
        ("AWA R D S", "awards"),  # letter-spaced, a kerned pair glued by the text layer
        ("C E R T I F I C AT I O N S", "certificates"),
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


EUROPASS_LABEL_COLUMN = """\
europass
Curriculum Vitae
PERSONAL INFORMATION
Tomas Vrabec-Lund
Hlavna 7, 81101 Bratislava (Slovakia)
tomas.vrabec@example.sk
Sex Male | Date of birth 02/11/1990 | Nationality Slovak
POSITION APPLIED FOR
Senior Hydrologist
WORK EXPERIENCE
Dates\t04/2018 – Present
Occupation or position held\tHydrologist
Name and address of employer\tDunaj Water Authority, Mlynska 12, 81105 Bratislava
Business or sector\tPublic administration
Dates\t09/2015 – 03/2018
Occupation or position held\tJunior Analyst
Name and address of employer\tKarst Consulting s.r.o., Kosice
Business or sector Environmental engineering
EDUCATION AND TRAINING
Dates\t10/2010 – 06/2015
Title of qualification awarded\tMaster's degree in Water Engineering
Name and type of organisation providing education and training\tSlovak University of Agriculture, Nitra
ADDITIONAL INFORMATION
Publications
T. Vrabec-Lund, P. Horak, "Snowmelt timing in small Carpathian basins", Journal of Hydrology, 2021.
Honours and awards\t2019 – Young Hydrologist Prize, Carpathian Water Forum
Projects\tDanube flood atlas (work package lead, 2019–2021)
"""


def test_left_label_column_titles_become_headings(tmp_path) -> None:
    path = label_column_pdf(tmp_path / "cv.pdf", [
        ("Education", ["Ph.D. in Economics, Northbridge University, 2019-2025",
                       "M.Res. in Economics, Lakeside School of Economics, 2017-2019"]),
        ("Candidate Main Paper", ['"Rent control and the timing of household moves", 2025.']),
        ("Research Fields", ["Primary: Urban economics, housing", "Secondary: Political economy"]),
        ("Experience", ["Research Assistant, Central Statistics Office, 2016-2017"]),
    ])
    texts = [line.text for line in extract(path).lines]
    assert "Education" in texts and "Experience" in texts and "Research Fields" in texts
    assert "Candidate Main Paper" in texts  # a justified label wrapped over two rows, joined
    assert not any("\t" in t for t in texts)
    p = parse_document(extract(path), str(path))
    assert [e.degree_level for e in p.education] == ["phd", "master"]
    assert p.research_interests == ["Urban economics", "housing", "Political economy"]


def test_date_column_is_not_taken_for_a_label_column(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for k, (date, entry) in enumerate([("2019-2021", "Analyst, Quarry Bank"), ("2021-2023", "Lead, Quarry Bank"),
                                       ("2023-now", "Head, Quarry Bank"), ("2016-2019", "B.Sc., Marsh College")]):
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, 30 + 8 * k, date)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(65, 30 + 8 * k, entry)
    pdf.output(str(tmp_path / "d.pdf"))
    texts = [line.text for line in extract(tmp_path / "d.pdf").lines]
    assert texts[0] == "2019-2021\tAnalyst, Quarry Bank"


def test_detail_line_under_a_full_width_dated_entry_is_not_its_wrap() -> None:
    from reviewer.parsing.cleaning import Clean, join_wrapped
    from reviewer.parsing.lines import Line

    def c(text: str, x0: float, x1: float) -> Clean:
        return Clean(Line(text, 0, 1, 10.0, False, False, x0, x1), text, False, text)

    full = c("2014-2018\tB.Sc. in Cognitive Science, Harlow University of Applied Sciences", 60.0, 550.0)
    assert len(join_wrapped([full, c("GPA 3.9, thesis with honours", 150.0, 330.0)])) == 2
    assert len(join_wrapped([full, c("Minor in Linguistics", 150.0, 280.0)])) == 2
    assert [x.text for x in join_wrapped([full, c("Northfield Campus", 150.0, 260.0)])] == [
        full.text + " Northfield Campus"]


def test_category_table_with_a_bold_label_on_every_row_is_kept(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(20, 32, "SKILLS")
    y = 38.0
    for label, values in [("Programming", "Python, C++, Go, Rust, SQL, Bash"), ("Frameworks", "PyTorch, JAX, Ray, Spark"),
                          ("Tools", "Docker, Kubernetes, Terraform, Git"), ("Languages", "English, Polish, German")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, y, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(60, y, values)
        y += 5
    pdf.set_font("Helvetica", "", 10)
    for _ in range(3):  # plenty of text in the values' column below the table
        for text in ("Senior Engineer, Quarry Bank, 2019-2023", "Built risk models for retail customers in four countries."):
            pdf.text(60, y, text)
            y += 5
    pdf.output(str(tmp_path / "s.pdf"))
    texts = [line.text for line in extract(tmp_path / "s.pdf").lines]
    assert "Programming\tPython, C++, Go, Rust, SQL, Bash" in texts
    assert "Tools\tDocker, Kubernetes, Terraform, Git" in texts


def test_justified_line_in_a_narrow_column_is_one_sentence_not_cells(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, 20)
    # a narrow justified paragraph: the first line's few words are spread far apart
    pdf.multi_cell(70, 5, "Dr. Ilse Ek Vik, Havforskningsinstitutetsavdelingen Bergen", align="J")
    pdf.output(str(tmp_path / "j.pdf"))
    assert extract(tmp_path / "j.pdf").lines[0].text == "Dr. Ilse Ek Vik,"


def test_capital_heading_with_a_note_in_parentheses_is_still_a_heading() -> None:
    p = parse_text("TAKAHARA Mio, Ph.D.\nmio.takahara@example.ac.jp\n\nAWARDS\n  2022   Early Career Prize, Society of Glass Science\n\n"
               "PUBLICATIONS (refereed)\n"
               '  1. M. Takahara and K. Ueno, "Cooling rates of thin borate glasses,"\n'
               "     J. Non-Cryst. Solids 580, 121400 (2022).\n"
               '  2. K. Ueno and M. Takahara, "Phase separation in silica films,"\n'
               "     Appl. Phys. Lett. 118, 031902 (2021).\n")
    assert len(p.awards) == 1
    assert [(x.title, x.year) for x in p.publications] == [
        ("Cooling rates of thin borate glasses", 2022), ("Phase separation in silica films", 2021)]


def test_sidebar_papers_label_with_a_link_word_is_not_a_publications_section() -> None:
    lines = [TextLine("Ilse Brandvold", size=17.0, bold=True), TextLine("Email", size=8.0, bold=True),
             TextLine("ilse.brandvold@example.org", size=8.5), TextLine("Papers", size=8.0, bold=True),
             TextLine("Google Scholar", size=8.5), TextLine("Based in", size=8.0, bold=True),
             TextLine("Tromsø, Norway", size=8.5), TextLine("EDUCATION", size=12.5, bold=True),
             TextLine("Ph.D. in Geophysics, University of Tromsø, 2016 – 2020", size=9.5),
             TextLine("PUBLICATIONS", size=12.5, bold=True),
             TextLine("I. Brandvold and K. Aas. Sea-ice drift from radar stacks. J. Glaciol. 66, 12 (2020).", size=9.5)]
    p = parse_document(ExtractedDocument(format="pdf", lines=lines), "x.pdf")
    assert [x.title for x in p.publications] == ["Sea-ice drift from radar stacks"]


def test_heading_with_a_trailing_note_in_parentheses() -> None:
    assert heading_kind("Publications (* denotes equal contribution)") == "publications"
    assert heading_kind("发表论文 Papers (# 通讯作者 / corresponding author)") == "publications"
    assert heading_kind("Awards (selected)") == "awards"


def test_europass_label_column() -> None:
    p = parse_text(EUROPASS_LABEL_COLUMN)
    assert p.name == "Tomas Vrabec-Lund"
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Dunaj Water Authority", "Hydrologist", "2018-04", "present"),
        ("Karst Consulting s.r.o.", "Junior Analyst", "2015-09", "2018-03")]
    assert [(e.institution, e.degree_level) for e in p.education] == [("Slovak University of Agriculture", "master")]
    assert len(p.publications) == 1
    assert [a.title for a in p.awards] == ["Young Hydrologist Prize, Carpathian Water Forum"]


def test_txt_column_gaps_survive_as_cell_breaks(tmp_path) -> None:
    from reviewer.extract import extract

    path = tmp_path / "cv.txt"
    path.write_text("Aino Kettunen\nEXPERIENCE\nData Engineer      Lumo Freight Oy      2020 – 2023\n"
                    "Moved batch jobs to streaming.  Halved the cost.\n", encoding="utf-8")
    texts = [ln.text for ln in extract(path).lines]
    assert "Data Engineer\tLumo Freight Oy\t2020 – 2023" in texts
    assert "Moved batch jobs to streaming. Halved the cost." in texts


def test_keyword_line_in_an_ordinary_section_does_not_split_it() -> None:
    p = parse_text("Oskar Lindahl\nEXPERIENCE\nTeaching Fellow, Harbor College, 2019 – 2021\nPublications\n"
               "Wrote the department newsletter.\nEDUCATION\nPhD, Lakeside University, 2019\n"
               "AWARDS\nDean's Medal, 2018")
    assert [e.organization for e in p.experience] == ["Harbor College"]
    assert p.publications == []


def test_bold_headings_behind_a_square_glyph_in_the_body_size_are_headings() -> None:
    """A Word CV's "■ 研究方向" headings: bold, but the body's size, and the glyph reads as a bullet."""
    rows = [("个人简历", True, 16.0), ("姓名\t林若溪\t职称\t副教授", False, 10.5), ("■ 研究方向", True, 10.5),
            ("联邦学习、隐私计算", False, 10.5), ("■ 工作经历", True, 10.5),
            ("2019.07–2021.11 临川大学\t讲师", False, 10.5), ("■ 获奖情况", True, 10.5),
            ("2023 临川省科学技术进步奖 二等奖", False, 10.5), ("2018 临川大学优秀博士学位论文", False, 10.5)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, bold=b, size=s) for t, b, s in rows])
    p = parse_document(doc, "cv.pdf")
    assert p.research_interests == ["联邦学习", "隐私计算"]
    assert [(e.organization, e.title) for e in p.experience] == [("临川大学", "讲师")]
    assert [a.year for a in p.awards] == [2023, 2018]


def test_an_ocr_text_layer_spacing_chinese_words_apart_reads_as_typed() -> None:
    from reviewer.parsing.cleaning import close_cjk_spacing

    p = parse_text("郑 沐 阳\n一 、 求学 经 历\n2019.09 一 2023.06\t南 屿 理工 大 学\t软件 工程\t本 科\n"
                   "二 、 实践 锻炼\n2024.07 一 2024.09\t云 栖 数据 有 限 公 司\t数据 挖掘 实习 生\n"
                   "搭建 客服 通话 关键 词 检 出 流程 , 日 处 理 20 万 条 录音 。\n")
    assert [(e.institution, e.start, e.end) for e in p.education] == [("南屿理工大学", "2019-09", "2023-06")]
    assert [(e.organization, e.title) for e in p.experience] == [("云栖数据有限公司", "数据挖掘实习生")]
    spaced = [Line(t, i) for i, t in enumerate(["郑 沐 阳", "一 、 求学 经 历", "南 屿 理工 大 学 , 软件 工程 。"] * 8)]
    assert [ln.text for ln in close_cjk_spacing(spaced)[:3]] == ["郑沐阳", "一、求学经历", "南屿理工大学,软件工程。"]
    # a typed CV's few spaces (a university and its school) stay
    typed = [Line(t, i) for i, t in enumerate(["临海大学 计算机科学与技术学院\t副教授", "联邦学习、隐私计算、图数据挖掘",
                                               "国家自然科学基金面上项目,异构图上的隐私保护联邦学习,主持"])]
    assert close_cjk_spacing(typed) == typed


def test_an_economics_job_market_cvs_placement_information_is_someone_elses() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("MATEUS QUILL\nJob Market Candidate 2024–2025\nDepartment of Economics\tCell: (608) 555-0133\n"
                   "University of Tarn\tEmail: mquill@example.edu\nPLACEMENT INFORMATION\n"
                   "Placement Director Prof. Hollis Varga hvarga@example.edu (608) 555-0190\n"
                   "EDUCATION\n2019 – 2025\tPh.D. in Economics, University of Tarn (expected May 2025)\n")
    assert p.emails == ["mquill@example.edu"] and p.phones == ["+16085550133"]
    assert [e.title for e in p.experience] == []


def test_a_chinese_heading_with_participle_words_keeps_its_kind() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("五、主持及参与科研项目") == "projects"
    assert heading_kind("主持/参与科研项目") == "projects"
    assert heading_kind("教学与科研") == "teaching"


def test_students_supervised_in_chinese_is_a_teaching_heading() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("指导学生") == "teaching"
    assert heading_kind("研究生指导") == "teaching"
    p = parse_text("鲍明\nbao@example.cn\n教育经历\n2013.09-2018.06\t北岭大学\t工学博士\n"
                   "指导学生\n已指导博士研究生 3 名、硕士研究生 6 名;指导学生获 2024 年 ACM SIGOPS 学生旅行资助。\n")
    assert [e.institution for e in p.education] == ["北岭大学"]


def test_right_aligned_label_column_and_a_label_wrapped_over_two_rows() -> None:
    """Headings right-aligned in a left margin (each starts at its own x, all well left of the
    text column), one wrapped in its narrow column ("Research" over "interests")."""
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    body = 191.4
    rows = [("Dana Quill-Mertens", 30.0, body), ("dana@example.org", 8.0, 326.0),
            ("Currently\tPostdoctoral researcher, Quillhaven MC", 10.0, 92.3),
            ("Research", 10.0, 97.3), ("interests\tAir pollution, causal mediation analysis", 10.0, 99.6),
            ("Education\t2019 - 2023\tNorthfield University, PhD in Epidemiology", 10.0, 88.4),
            ("Thesis: Breathing the invented city", 10.0, body),
            ("2017 - 2019\tLakeside University, MSc Epidemiology", 10.0, 154.3),
            ("Positions\t2023 - now\tQuillhaven MC, Rotterdam", 10.0, 94.6),
            ("Postdoctoral researcher, Department of Epidemiology", 10.0, body),
            ("2017 - 2019\tJulius Quill Center, Utrecht", 10.0, 154.3),
            ("Student research assistant (0.4 fte)", 10.0, body)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=x, x1=500.0) for t, s, x in rows])
    p = parse_document(doc, "x.pdf")
    assert p.research_interests[:1] == ["Air pollution"]
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Northfield University", "phd", "2019"), ("Lakeside University", "master", "2017")]
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Quillhaven MC", "Postdoctoral researcher", "2023", "present"),
        ("Julius Quill Center", "Student research assistant (0.4 fte)", "2017", "2019")]


def test_a_british_academics_current_and_previous_posts() -> None:
    p = parse_text("Dr Dana Quill\nDepartment of History, University of Penhallow\ndana@example.org\n"
                   "Current and Previous Posts\n"
                   "2020–present\tLecturer in Modern History, Department of History, University of Penhallow\n"
                   "2016–2020\tJunior Research Fellow, St Quill's College, University of Ashgrove\n")
    assert [(e.organization, e.start) for e in p.experience] == [
        ("Department of History, University of Penhallow", "2020"),
        ("St Quill's College, University of Ashgrove", "2016")]


def test_a_dated_head_row_ending_in_its_city_is_not_wrapped_into_the_title_under_it() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Dana Quill", 20.0, 56.0, 200.0), ("dana@example.org", 10.0, 56.0, 200.0), ("Positions", 12.0, 56.0, 120.0),
            ("Sep - Nov 2024\tQuillford School of Public Health, Boston", 10.0, 154.3, 473.1),
            ("Visiting researcher, Causal Lab", 10.0, 191.3, 350.1),
            ("2017 - 2019\tJulius Quill Center, Utrecht", 10.0, 154.3, 345.7),
            ("Research assistant", 10.0, 191.4, 300.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=a, x1=b) for t, s, a, b in rows])
    p = parse_document(doc, "x.pdf")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Quillford School of Public Health", "Visiting researcher"), ("Julius Quill Center", "Research assistant")]


def test_a_margin_label_whose_second_word_fell_below_the_row_beside_it() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ariane Quill", 22.0, 60.0), ("aq@example.org", 8.6, 60.0), ("RESEARCH", 8.0, 60.0),
            ("Graduate Research Assistant\tSept 2020 – present", 10.0, 164.4),
            ("Invented Water Lab, Northfield University", 10.0, 164.4),
            ("INDUSTRY", 8.0, 60.0), ("Golder Quill Associates Ltd. (now WSP)\tMontréal, QC", 10.0, 164.4),
            ("EXPERIENCE", 8.0, 60.0), ("Environmental Engineer\tMar 2017 – Aug 2020", 10.0, 164.4),
            ("Junior Environmental Engineer (EIT)\tJune 2014 – Feb 2017", 10.0, 164.4),
            ("LANGUAGES", 8.0, 60.0), ("French (native), English (fluent)", 10.0, 164.4),
            ("REFERENCES", 8.0, 60.0), ("Available on request", 10.0, 164.4)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=x, x1=500.0) for t, s, x in rows])
    p = parse_document(doc, "x.pdf")
    assert [(e.organization, e.title) for e in p.experience][-2:] == [
        ("Golder Quill Associates Ltd.", "Environmental Engineer"),
        ("Golder Quill Associates Ltd.", "Junior Environmental Engineer (EIT)")]
    assert p.skills == ["French (native)", "English (fluent)"]  # "Languages" and "References" stay apart


def test_a_margin_label_sharing_its_row_with_the_first_entry_after_a_page_break() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    # page 1: labels on rows of their own; page 2: "AWARDS" on its first entry's row (one tab apart)
    rows = [("Ariane Quill", 22.0, 60.0), ("aq@example.org", 8.6, 60.0), ("RESEARCH", 8.0, 60.0),
            ("Graduate Research Assistant\tSept 2020 – present", 10.0, 164.4),
            ("Invented Water Lab, Northfield University", 10.0, 164.4),
            ("EDUCATION", 8.0, 60.0), ("PhD, Civil Engineering\t2020 – 2025", 10.0, 164.4),
            ("Northfield University", 10.0, 164.4),
            ("PUBLICATIONS", 8.0, 60.0),
            ("Quill, A., & Ostergren, K. (2024). Infiltration in an invented basin. Journal of Hydrology, 6, 1.",
             10.0, 164.4),
            ("AWARDS\tQuillhaven Graduate Scholarship\t2021 – 2024", 10.0, 60.0),
            ("Northfield Entrance Scholarship\t2020 – 2021", 10.0, 164.4),
            ("Best Student Poster, Invented Hydrology Meeting\t2023", 10.0, 164.4)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=x, x1=500.0) for t, s, x in rows])
    p = parse_document(doc, "x.pdf")
    assert len(p.awards) == 3
    assert len(p.publications) == 1


def test_a_label_beside_the_first_sub_heading_of_its_list() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    body = 150.0
    rows = [("Tobias Quill", 20.0, body), ("tq@example.org", 9.0, body),
            ("EDUCATION\tNorthfield University, Northfield", 10.0, 56.0), ("Ph.D. in Geography\tSep 2016 – Jun 2021", 10.0, body),
            ("PUBLICATIONS\tJOURNAL ARTICLES", 10.0, 56.0),
            ("[J2] T. Quill and N. Valderrama, \u201cA record of shoreline change in an invented delta,\u201d Remote", 10.0, body),
            ("Sensing of Environment, vol. 298, 113812, Dec 2023.", 10.0, body),
            ("[J1] T. Quill and K. Ostergren, \u201cSeasonal sediment budgets of an invented estuary,\u201d", 10.0, body),
            ("Estuarine, Coastal and Shelf Science, vol. 228, 106371, Nov 2019.", 10.0, body),
            ("SKILLS\tPython, MATLAB", 10.0, 56.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, x0=x, x1=500.0) for t, s, x in rows])
    p = parse_document(doc, "x.pdf")
    assert [pub.year for pub in p.publications] == [2023, 2019]
    assert [e.institution for e in p.education] == ["Northfield University"]


def test_an_entry_type_label_under_each_entry_is_not_a_heading() -> None:
    # an ORCID record print: "Employment" in small plain type under every post of "Employment (2)"
    rows = [("Dana Quill", 18.0, False), ("dana@example.org", 9.0, False), ("▾ Employment (2)", 10.5, True),
            ("Northfield University: Northfield, SE", 9.0, True),
            ("2022-03-01 to present | Postdoctoral researcher", 9.0, False),
            ("Employment", 8.0, False), ("Source: Dana Quill", 8.0, False),
            ("Lakeside University: Lakeside, SE", 9.0, True),
            ("2017-09-01 to 2022-02-28 | Doctoral student", 9.0, False),
            ("Employment", 8.0, False), ("Source: Dana Quill", 8.0, False),
            ("▾ Works (1)", 10.5, True), ("Pollinators in an invented city", 9.0, True), ("Journal of Ecology", 9.0, False),
            ("2024-02-11 | Journal article", 9.0, False)]
    lines = [Line(t, n, 1, s, b, False, 56.0, 400.0) for n, (t, s, b) in enumerate(rows)]
    kinds = [(s.kind, s.heading.text if s.heading else None) for s in split_sections(body_lines(lines))]
    assert kinds == [("header", None), ("experience", "▾ Employment (2)"), ("publications", "▾ Works (1)")]


def test_a_chinese_list_heading_with_a_role_word_opens_its_own_list() -> None:
    """"实习与工作经历" after "科研经历" names a second list (实习 is a role word, 经历 says
    list), so it is neither a sub-heading nor an entry titled 实习."""
    p = parse_text("林晓澄\nxiaocheng@example.cn\n科研经历\n"
                   "2021.06-2022.12\t南湖大学 物理系 科研训练项目\n"
                   "实习与工作经历\n"
                   "2022.07-2022.08\t北岭研究所 科研助理\n")
    assert [(e.organization, e.title) for e in p.experience][-1] == ("北岭研究所", "科研助理")
    assert "实习" not in [e.title for e in p.experience]


@pytest.mark.parametrize("text", ["PROFESSIONAL REGISTRATION", "Professional Registrations", "【执业资格】", "职业资格证书"])
def test_licence_headings_close_the_list_above(text: str) -> None:
    """A nurse's "Professional Registration", a physician's 执业资格: licences, not awards."""
    assert heading_kind(text) == "certificates"


def test_a_pasted_pages_running_footer_naming_the_cv_and_its_date_is_no_award() -> None:
    p = parse_text("Tamsin Quill\nCurriculum Vitae – December 2024\nq@example.org\n\nHonors and Awards\n"
                   "Invented Metals Institute Student Award, 2023\n\nCurriculum Vitae – December 2024\n\n"
                   "Excellence in Imaginary Teaching Award, 2021\n")
    assert [a.title for a in p.awards] == ["Invented Metals Institute Student Award, 2023",
                                           "Excellence in Imaginary Teaching Award, 2021"]
