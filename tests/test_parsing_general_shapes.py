"""Layout shapes a held-out set of invented CVs showed the parser missing, each on a new
invented snippet of the same shape (general rules, not any one document)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.sections import heading_kind


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def test_heading_with_a_trailing_note_in_parentheses() -> None:
    assert heading_kind("Publications (* denotes equal contribution)") == "publications"
    assert heading_kind("发表论文 Papers (# 通讯作者 / corresponding author)") == "publications"
    assert heading_kind("Awards (selected)") == "awards"


def test_bilingual_pipe_rows_are_entries_not_prose() -> None:
    p = _parse("王小明 | Xiaoming WANG\n实习经历 Internships\n"
               "2021.03 – 2021.08 | 蓝湖科技 Bluelake Technology | 视觉算法实习生 Vision Algorithm Intern\n"
               "- 目标检测 / Object detection\n"
               "发表论文 Papers (* 共同一作 / equal contribution)\n"
               "[1] Xiaoming Wang, Li Fen. Sparse Anchors for Tiny Objects. ICCV 2021.")
    assert [(e.start, e.end) for e in p.experience] == [("2021-03", "2021-08")]
    assert "Bluelake" in p.experience[0].organization
    assert len(p.publications) == 1


def test_bilingual_interest_list() -> None:
    p = _parse("Xiaoming Wang\n研究方向 Research Interests\n"
               "图神经网络、因果推断 / Graph neural networks; causal inference for recommendation")
    assert {"图神经网络", "Graph neural networks", "causal inference for recommendation"} <= set(p.research_interests)


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


def test_name_in_a_personal_information_grid_and_no_job_from_it() -> None:
    p = _parse("个人简历\n姓名\t周雨桐\t性别\t女\n出生年月\t1999.11\t政治面貌\t群众\n"
               "电话\t139-0000-1234\t邮箱\tzyt@example.edu\n"
               "实习经历\n2022.03-2022.08 星河数据科技有限公司 数据分析实习生\n"
               "负责用户留存分析,搭建周报看板;\n2021.07-2021.09 青松研究院 研究实习生\n"
               "参与文本分类数据集的标注规范设计。")
    assert p.name == "周雨桐"
    assert [(e.organization, e.start) for e in p.experience] == [
        ("星河数据科技有限公司", "2022-03"), ("青松研究院", "2021-07")]


def test_grants_are_not_awards() -> None:
    assert heading_kind("Grants") == "grants"
    assert heading_kind("Research Funding") == "grants"
    assert heading_kind("Awards and Grants") == "awards"
    p = _parse("Tomasz Wilk-Ferreira\nGRANTS\nMarie Curie Seed Grant, €90k, 2022–2024\n"
               "HONORS AND AWARDS\nBest Poster Award, Alpine Vision Days 2021")
    assert [a.title if hasattr(a, "title") else a for a in p.awards] and len(p.awards) == 1


def test_company_before_a_city_is_not_a_city() -> None:
    p = _parse("EXPERIENCE\nSenior Analyst, Ostrava Metrics, Lisbon\nMar 2019 – Jan 2021\n"
               "Research Intern, Quillon Health, London\tJun 2017 – Sep 2017")
    assert [e.organization for e in p.experience] == ["Ostrava Metrics", "Quillon Health"]


def test_semicolon_list_of_interests_over_two_lines() -> None:
    p = _parse("Ines Okafor-Lund\nRESEARCH INTERESTS\n"
               "Probabilistic programming; inference for agent-based models of epidemics;\n"
               "spatial statistics; scalable Gaussian processes.\nEDUCATION\nPhD, Lakeside University, 2020")
    assert {"Probabilistic programming", "spatial statistics", "scalable Gaussian processes"} <= set(
        p.research_interests)


def test_school_without_an_institution_word_under_its_degree_line() -> None:
    p = _parse("Marisol Etxeberria\nEDUCATION\nPh.D. in Oceanography\tSep 2020 – Present\nLakeshore University\n"
               "B.Sc. in Marine Biology\tSep 2015 – Jun 2019\nEscuela Superior Tenerife\n"
               "EXPERIENCE\nField Technician, Bluefin Survey Ltd\t2019 – 2020")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Lakeshore University", "phd"), ("Escuela Superior Tenerife", "bachelor")]


def test_subject_under_a_degree_is_not_a_school() -> None:
    p = _parse("Ravi Menon-Okoye\nEDUCATION\nAugust 2018 - June 2022\nBachelor of Technology\n"
               "Computer Science and Engineering\nSKILLS\nPython")
    assert p.education == []


def test_advisor_sentence_after_the_degree() -> None:
    p = _parse("Soo-ah Lindqvist\nEDUCATION\nNorthfield University\t2022 – 2027 (expected)\n"
               "Ph.D. candidate in Biostatistics. Advisor: Prof. Emil Varga\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("Northfield University", "phd")]


def test_european_institution_words() -> None:
    p = _parse("Giulia Ferraresi\nEDUCATION\nM.Sc. in Energy Engineering, Politecnico di Bari, 2016 – 2018\n"
               "Licence de Physique, Universitat de Girona, 2013 – 2016")
    assert [e.institution for e in p.education] == ["Politecnico di Bari", "Universitat de Girona"]


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


def test_europass_label_column() -> None:
    p = _parse(EUROPASS_LABEL_COLUMN)
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


def test_short_gb18030_text_is_not_read_as_big5(tmp_path) -> None:
    from reviewer.extract import extract

    path = tmp_path / "cv.txt"
    path.write_bytes("研究方向：机器学习".encode("gb18030"))
    assert extract(path).lines[0].text.startswith("研究方向")
    big5 = tmp_path / "tw.txt"
    big5.write_bytes("研究方向：機器學習，自然語言處理".encode("big5"))
    assert extract(big5).lines[0].text.startswith("研究方向:機器學習")


def test_chinese_duty_clause_versus_a_title_line() -> None:
    from reviewer.parsing.segments import is_prose

    assert is_prose("负责推荐召回模型的训练")
    assert is_prose("搭建数据平台,支持日均亿级请求")
    assert not is_prose("设计师 星河科技有限公司")
    assert not is_prose("优化算法工程师")


def test_keyword_line_in_an_ordinary_section_does_not_split_it() -> None:
    p = _parse("Oskar Lindahl\nEXPERIENCE\nTeaching Fellow, Harbor College, 2019 – 2021\nPublications\n"
               "Wrote the department newsletter.\nEDUCATION\nPhD, Lakeside University, 2019\n"
               "AWARDS\nDean's Medal, 2018")
    assert [e.organization for e in p.experience] == ["Harbor College"]
    assert p.publications == []
