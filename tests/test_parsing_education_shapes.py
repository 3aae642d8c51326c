"""Education entries in repeated and shared shapes (invented people and places)."""
from __future__ import annotations

from tests.parsing_support import job_market_profile, parse_text


def test_one_school_printed_above_several_degrees_names_each() -> None:
    p = parse_text("林晓澄\n教育经历\n南湖理工大学\t南湖\n"
               "软件工程博士 (导师:周教授)\t2020 年 9 月 - 2024 年 6 月(预计)\n"
               "软件工程硕士\t2018 年 9 月 - 2020 年 6 月\n软件工程本科\t2014 年 9 月 - 2018 年 6 月\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("南湖理工大学", "phd", "2020-09"), ("南湖理工大学", "master", "2018-09"), ("南湖理工大学", "bachelor", "2014-09")]


def test_english_school_above_two_degrees() -> None:
    p = parse_text("Dana Quill\nEDUCATION\nNorthfield University\nPh.D. in Physics  2019 - 2024\n"
               "M.S. in Physics  2017 - 2019\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Northfield University", "phd"), ("Northfield University", "master")]


def test_degree_without_school_after_a_complete_entry_stays_unnamed() -> None:
    """Only a school on a line of its own heads the degrees below it."""
    p = parse_text("Dana Quill\nEDUCATION\nPh.D. in Physics, Northfield University, 2019 - 2024\n"
               "M.S. in Physics  2017 - 2019\n")
    assert [e.institution for e in p.education] == ["Northfield University"]


def test_school_subject_and_degree_glued_with_single_spaces() -> None:
    p = parse_text("Dana Quill\nEDUCATION\n2019.09 – 2024.06 Northfield Institute of Technology Marine Science PhD\n"
               "2015.09 – 2019.06 Lakeside University Applied Physics B.Eng.\n")
    assert [(e.institution, e.degree_level, e.field) for e in p.education] == [
        ("Northfield Institute of Technology", "phd", "Marine Science"),
        ("Lakeside University", "bachelor", "Applied Physics")]


def test_bilingual_degree_counts_once_with_both_names() -> None:
    p = parse_text("Dana Quill\nEDUCATION\n2019.09 – 2024.06 Northfield Institute of Technology Marine Science PhD\n"
               "教育背景\n2019.09 – 2024.06\t北岭理工大学\t海洋科学专业\t博士\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("北岭理工大学 Northfield Institute of Technology", "phd")]


def test_letter_spaced_chinese_cell_is_one_word() -> None:
    p = parse_text("林晓澄\n教育经历\n2013.9~2017.6\t南湖大学\t软件工程专业\t本 科\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("南湖大学", "bachelor")]


def test_form_school_field_states_a_degree() -> None:
    p = parse_text("林晓澄\n本科院校: 南湖交通大学\t本科专业:数学与应用数学专业\nlin@example.cn\n技能\nPython\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("南湖交通大学", "bachelor")]


def test_graduation_school_field_takes_its_level_from_the_form() -> None:
    p = parse_text("林晓澄\n毕业院校:北岭师范大学\t学历:硕士\nlin@example.cn\n工作经历\n2020.1-2022.3 青禾科技有限公司 工程师\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("北岭师范大学", "master")]


def test_honours_college_line_under_its_university_is_part_of_the_entry() -> None:
    p = parse_text("Dana Quill\nEDUCATION\nNorthfield University\nKestrel Honors College\nB.S. in Physics 2015 - 2019\n"
               "Lakeside University\nM.S. in Physics 2019 - 2021\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Northfield University", "bachelor"), ("Lakeside University", "master")]


def test_expected_graduation_on_the_degree_line_joins_the_school_above() -> None:
    p = parse_text("Dana Quill\nEDUCATION\nNorthfield University, Lakeside\t2022 – present\n"
               "Ph.D. in Marine Science (expected 2027). Advisor: Prof. A. Reed\n"
               "Northfield University, Lakeside\t2018 – 2022\nB.S. in Physics\n")
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("Northfield University", "phd", "2022", "present"), ("Northfield University", "bachelor", "2018", "2022")]


def test_chinese_expected_graduation_closes_an_open_range() -> None:
    p = parse_text("林晓澄\n教育经历\n南湖理工大学 信息学院\t2023.09 —\n硕士研究生 · 软件工程(预计2026年毕业)\n"
               "南湖理工大学 信息学院\t2019.09 — 2023.06\n工学学士 · 软件工程 GPA:3.6/4.0\n")
    assert [(e.degree_level, e.start, e.end, e.field) for e in p.education] == [
        ("master", "2023-09", "2026", "软件工程"), ("bachelor", "2019-09", "2023-06", "工学")]


def test_integrated_and_computing_degree_abbreviations() -> None:
    p = parse_text("Dana Quill\nEDUCATION\n2012 – 2016 MPhys in Physics, Lakeside University\n"
               "Northfield University — M.Comp. in Data Science, 2017 – 2019\n"
               "Northfield University — B.Comp. (Hons) in Software, 2008 – 2012\n")
    assert [e.degree_level for e in p.education] == ["master", "master", "bachelor"]


def test_a_stay_elsewhere_after_the_degree_is_no_second_school() -> None:
    p = parse_text("Dana Quill\nEDUCATION\nLakeside University, Lakeside\t2014 – 2018\n"
               "B.Sc. in Physics, with a semester abroad at Northfield Polytechnic\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Lakeside University", "bachelor", "2014")]


def test_an_academys_institute_is_the_school() -> None:
    p = parse_text("林晓澄\n教育背景\n2015.09 – 2020.06\t南湖科学院海洋研究所\t物理海洋学\t理学博士\n")
    assert [e.institution for e in p.education] == ["南湖科学院海洋研究所"]


def test_public_health_degrees_and_nordic_institution_names() -> None:
    p = parse_text("Maren Solvik\nEducation\n2018–2022\tPhD, Biostatistics, Fjordvik Institutet, Bergen, Norway\n"
               "2016–2018\tMPH, Global Health, Harbour University School of Public Health, Boston, MA\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Fjordvik Institutet", "phd"), ("Harbour University School of Public Health", "master")]


def test_expected_date_in_brackets_leaves_no_empty_brackets_and_fundacion_is_a_school(tmp_path) -> None:
    p, _ = job_market_profile(tmp_path)
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Lakeshore University", "phd"), ("Fundación Ramos Peral", "master")]


def test_school_rows_of_a_qualifications_table_and_positions_of_responsibility() -> None:
    p = parse_text("Meera Sundaram\nAcademic Qualifications\nDegree\tInstitute\tYear\tCGPA / %\n"
               "B.Tech (Civil Engineering)\tNorthgate Institute of Technology\t2022\t8.1/10\n"
               "Class XII (State Board)\tSaraswati Vidya Mandir, Mysuru\t2018\t91.0%\n"
               "Achievements\nWinner, Bridge Design Challenge 2021\n"
               "Positions of Responsibility\nCultural Secretary, Student Council (2020–21)\n")
    rows = [(e.institution, e.degree_level, e.start, e.end) for e in p.education]
    assert rows[1] == ("Saraswati Vidya Mandir, Mysuru", "other", None, "2018")
    assert len(p.awards) == 1


def test_licenciatura_is_a_first_degree() -> None:
    p = parse_text("Valeria Ocampo\nEducation\nLicenciatura en Sociología, Universidad de Sanmartín, 2015\n")
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [("bachelor", None, "2015")]


def test_school_without_an_institution_word_under_its_degree_line() -> None:
    p = parse_text("Marisol Etxeberria\nEDUCATION\nPh.D. in Oceanography\tSep 2020 – Present\nLakeshore University\n"
               "B.Sc. in Marine Biology\tSep 2015 – Jun 2019\nEscuela Superior Tenerife\n"
               "EXPERIENCE\nField Technician, Bluefin Survey Ltd\t2019 – 2020")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Lakeshore University", "phd"), ("Escuela Superior Tenerife", "bachelor")]


def test_subject_under_a_degree_is_not_a_school() -> None:
    p = parse_text("Ravi Menon-Okoye\nEDUCATION\nAugust 2018 - June 2022\nBachelor of Technology\n"
               "Computer Science and Engineering\nSKILLS\nPython")
    assert p.education == []


def test_advisor_sentence_after_the_degree() -> None:
    p = parse_text("Soo-ah Lindqvist\nEDUCATION\nNorthfield University\t2022 – 2027 (expected)\n"
               "Ph.D. candidate in Biostatistics. Advisor: Prof. Emil Varga\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("Northfield University", "phd")]


def test_european_institution_words() -> None:
    p = parse_text("Giulia Ferraresi\nEDUCATION\nM.Sc. in Energy Engineering, Politecnico di Bari, 2016 – 2018\n"
               "Licence de Physique, Universitat de Girona, 2013 – 2016")
    assert [e.institution for e in p.education] == ["Politecnico di Bari", "Universitat de Girona"]


def test_a_remark_in_brackets_does_not_set_the_degree_level() -> None:
    p = parse_text("苏晚澄\n教育背景\n2020.09-2025.06\t东澜大学\t计算机应用技术 · 博士\n"
                   "2018.09-2020.06\t东澜大学\t计算机应用技术 · 硕士(硕博连读转博)\n")
    assert [e.degree_level for e in p.education] == ["phd", "master"]


def test_degree_levels_of_british_and_commonwealth_spellings() -> None:
    from reviewer.parsing.lexicon import degree_level

    # the Scottish "M.A. (Hons)" is a first degree; M.St. a master's; MBChB and MBBS are the
    # medical first degrees
    assert [degree_level(t) for t in ("M.A. (Hons) Economics", "MA (Hons) History", "M.A. in History",
                                      "M.St. in Medieval History", "MBChB", "MBBS", "MB BChir")] == [
        "bachelor", "bachelor", "master", "master", "bachelor", "bachelor", "bachelor"]


def test_a_bilingual_table_prints_each_rows_english_on_the_row_below() -> None:
    p = parse_text("陈景岚 Jinglan Chen\njlchen@example.edu.cn\n教育经历 Education\n"
                   "时间 Period\t学校 Institution\t专业 Major\t学位 Degree\n"
                   "2011.09–2016.07\t北川化学研究所\t有机化学\t理学博士 Ph.D.\n"
                   "Beichuan Institute of Chemistry, Northfield Academy of Sciences\tOrganic Chemistry\n"
                   "2007.09–2011.07\t南湖大学\t化学\t理学学士 B.Sc.\nNanhu University\tChemistry\n"
                   "工作经历 Employment\n时间 Period\t单位 Institution\t职务 Position\n"
                   "2021.01–至今\t南湖大学化学学院\t副教授 Associate Professor\n"
                   "College of Chemistry, Nanhu University\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("北川化学研究所 Beichuan Institute of Chemistry, Northfield Academy of Sciences", "phd", "2011-09"),
        ("南湖大学 Nanhu University", "bachelor", "2007-09")]
    assert [(e.organization, e.start) for e in p.experience] == [
        ("南湖大学化学学院, College of Chemistry, Nanhu University", "2021-01")]


def test_an_indian_qualifications_table_header_and_a_degree_joined_in_a_year() -> None:
    p = parse_text("Harini Quill\nharini@example.in\nACADEMIC QUALIFICATIONS\n"
                   "Degree\tDiscipline\tUniversity / Institute\tYear of Passing\tOGPA / %\n"
                   "Ph.D. (Pursuing)\tAgronomy\tTamil Nadu Agricultural University, Coimbatore\tJoined 2020\t8.92 / 10\n"
                   "M.Sc. (Ag.)\tAgronomy\tUniversity of Agricultural Sciences, Dharwad\t2019\t8.64 / 10\n")
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [("phd", "2020", None), ("master", None, "2019")]


def test_a_school_and_its_degree_run_together_with_a_single_space() -> None:
    from reviewer.parsing.edufacts import edu_facts

    f = edu_facts("University of Tarn MSc Earthquake Engineering\t2015 – 2016 (part-time: 2015 – 2017)")
    assert (f.inst, f.degree, f.field) == ("University of Tarn", "MSc Earthquake Engineering", "Earthquake Engineering")
    f = edu_facts("University of Tarn BEng (Hons) Civil Engineering, First Class\t2009 – 2012")
    assert (f.inst, f.degree) == ("University of Tarn", "BEng (Hons)")


def test_a_school_named_in_latin_letters_with_a_chinese_gloss() -> None:
    p = parse_text("符嘉禾\nfu@example.cn\n学习经历\n"
                   "2019.03-2020.03\tUniversity of Nowhere(英国虚构大学) Invented Laboratory\t光电物理\t联合培养博士研究生\n"
                   "2016.09-2021.06\tNorthfield Institute of Technology（北岭理工学院）\t化学\t理学博士\n")
    assert [e.institution for e in p.education] == ["University of Nowhere", "Northfield Institute of Technology"]


def test_a_joint_training_or_visiting_stay_is_education_of_no_degree() -> None:
    p = parse_text("林晓澄\nlin@example.cn\n教育背景\n"
                   "2016.09-2021.06\t北岭大学\t化学\t博士\n"
                   "2019.03-2020.03\tUniversity of Nowhere\t国家公派联合培养博士研究生\n"
                   "2018.07-2018.12\t南湖大学\t访问博士生\n"
                   "2012.09-2016.06\t西岭大学\t化学\t学士\n"
                   "Education\n2020 – 2021\tInvented Institute of Physics\tVisiting Ph.D. student (joint training)\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("北岭大学", "phd"), ("University of Nowhere", "other"), ("南湖大学", "other"), ("西岭大学", "bachelor"),
        ("Invented Institute of Physics", "other")]


def test_an_indian_qualifications_table_with_m_e_and_an_affiliating_university() -> None:
    p = parse_text("Dana Quill\ndana@example.org\nEDUCATIONAL QUALIFICATIONS\n"
                   "Qualification\tInstitution / University\tYear\tClass / CGPA\n"
                   "M.E. Structural Engineering\tInvented College of Engineering, Quillpet, Anna University, Chennai\t2010\t8.92 / 10\n"
                   "B.E. Civil Engineering\tQuill College of Technology, Coimbatore (Anna University)\t2008\tFirst Class\n")
    assert [(e.institution, e.degree_level, e.end) for e in p.education] == [
        ("Anna University", "master", "2010"), ("Quill College of Technology", "bachelor", "2008")]


def test_a_nigerian_forms_qualifications_go_to_the_institutions_attended_by_year() -> None:
    """"Educational institutions attended with dates" then "Academic and professional
    qualifications" with a year each: each degree goes to the institution left that year."""
    p = parse_text("Adaeze Quill\nadaeze@example.ng\n\nEDUCATIONAL INSTITUTIONS ATTENDED WITH DATES\n"
                   "University of Westvale, Westvale\t2001 - 2008\nNorthfield School of Hygiene, UK\t2012 - 2013\n\n"
                   "ACADEMIC AND PROFESSIONAL QUALIFICATIONS\nMBBS (Westvale)\t2008\nMSc Epidemiology (Northfield)\t2013\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("University of Westvale", "bachelor"), ("Northfield School of Hygiene", "master")]


def test_a_school_line_under_its_degree_carrying_the_expected_graduation() -> None:
    """"Ph.D. in X<tab>2021/09~present" over "Some University, City<tab>(expected 2026/06)": one
    degree, its school on the line below; the expected date is no second stay."""
    p = parse_text("Wei Quill\nwei@example.tw\n\nEDUCATION\n"
                   "Ph.D. in Civil Engineering (Structural Engineering)\t2021/09~present\n"
                   "Westvale University, Taipei\t(expected 2026/06)\n"
                   "M.S. in Civil Engineering\t2019/09~2021/06\nWestvale University, Taipei\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("Westvale University", "phd", "2021-09"), ("Westvale University", "master", "2019-09")]


def test_a_school_set_like_the_first_entrys_school_opens_the_next_entry() -> None:
    # Deedy-style: each entry opens with its school in capitals; "QUILLFORD TECH" has no school
    # word, and "B.Tech, Electronics & Comm." under it names the subject, not a school
    p = parse_text("Asha Quillan\nasha@example.org\nEDUCATION\nNORTHFIELD INSTITUTE OF SCIENCE\n"
                   "PhD, Computer Science & Automation\nAug 2021 -- Expected Jun 2026 | Northfield\n"
                   "QUILLFORD TECH\nB.Tech, Electronics & Comm.\nJul 2017 -- May 2021 | Quillford\n")
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("NORTHFIELD INSTITUTE OF SCIENCE", "phd", "2021-08"), ("QUILLFORD TECH", "bachelor", "2017-07")]


def test_a_line_in_capitals_not_set_like_the_schools_opens_no_entry(tmp_path) -> None:
    """A side column's next heading ("LINKS") is set in capitals like the schools, but not at
    their size and weight: no school."""
    from fpdf import FPDF

    from reviewer.parsing import parse_file

    pdf = FPDF()
    pdf.add_page()
    rows = [("B", 16, "Asha Quillan"), ("", 10, "asha@example.org"), ("B", 14, "EDUCATION"),
            ("B", 12, "NORTHFIELD INSTITUTE OF SCIENCE"), ("B", 11, "PhD, Computer Science"),
            ("", 10, "Aug 2021 -- Jun 2026"), ("B", 12, "QUILLFORD TECH"), ("B", 11, "B.Tech, Electronics"),
            ("", 10, "Jul 2017 -- May 2021"), ("", 12, "ELSEWHERE"), ("", 10, "Github:// asha-example")]
    for style, size, text in rows:
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "cv.pdf"))
    p = parse_file(tmp_path / "cv.pdf")
    assert [e.institution for e in p.education] == ["NORTHFIELD INSTITUTE OF SCIENCE", "QUILLFORD TECH"]


def test_a_post_soviet_specialist_diploma_and_a_doctorate_conferred_after_the_course():
    # "(equivalent to M.Sc.)" says the level; the Candidate of Sciences, a year after the
    # postgraduate course (aspirantura), completes the course's entry at its institute
    p = parse_text("Irina Quillova\niq@example.org\nEducation\n"
                   "1999–2004\tInvented State University, Faculty of Mechanics. Specialist diploma with honours "
                   "(equivalent to M.Sc.) in Mechanics.\n"
                   "2004–2007\tPostgraduate course (aspirantura), Imaginary Institute of Hydrodynamics.\n"
                   "2008\tCandidate of Sciences (Physics and Mathematics), specialty 01.02.05 – Fluid Mechanics.\n"
                   "Employment\n2008–present\tResearcher, Imaginary Institute of Hydrodynamics\n")
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("Invented State University", "master", "1999", "2004"),
        ("Imaginary Institute of Hydrodynamics", "phd", "2004", "2008"),
    ]


def test_a_postgraduate_course_between_two_degrees_stays_with_the_schooling():
    from reviewer.parsing.cleaning import Clean
    from reviewer.parsing.entries import route_entries
    from reviewer.parsing.lines import Line

    texts = ["1999–2004\tInvented State University, Faculty of Mechanics and Mathematics. Specialist diploma",
             "with honours (equivalent to M.Sc.) in Mechanics.",
             "2004–2007\tPostgraduate course (aspirantura), Imaginary Institute of Hydrodynamics SB RAS.",
             "2008\tCandidate of Sciences (Physics and Mathematics), specialty 01.02.05 – Fluid Mechanics.",
             "Dissertation: “Breakup of invented jets”."]
    schooling, posts = route_entries([Clean(Line(t, k), t, False, t) for k, t in enumerate(texts)], "education")
    assert len(schooling) == len(texts) and posts == []
