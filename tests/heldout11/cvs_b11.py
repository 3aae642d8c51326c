"""Builders 04-06: more Word files printed to PDF by LibreOffice: an industry CV with the name in a text
box and dot-leader rows, a professor's long academic CV with a wrapping date column, a Chinese associate
professor's table CV saved through ODT. All people, places and papers are invented."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kit11 import (
    LO_PROFILE,
    _env,
    border_bottom,
    col_widths,
    fixed_save,
    label,
    no_borders,
    pin_lo_pdf,
    right_tab,
    set_fonts,
    shade,
    soffice_pdf,
    src_dir,
    textbox,
    tight,
)


def textbox_data_engineer(files: Path) -> dict:
    """04: industry CV, name/contact in a filled text box, 'Company Role' in one cell, dot leaders."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    fn = "04_data_engineer_word_lo_textbox_dot_leaders.pdf"
    navy = RGBColor(0x1F, 0x3A, 0x5F)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    set_fonts(doc, "Liberation Sans", 10)
    p = doc.add_paragraph()
    textbox(p, [("Marguerite Obi-Halloran", 20, True, "FFFFFF"),
                ("Data Engineering Lead  ·  Bristol, UK", 11, False, "DCE6F0"),
                ("07700 900655  ·  m.obihalloran@example.com  ·  linkedin.com/in/mobihalloran", 9.5, False, "FFFFFF")],
            17.4, 2.9)
    tight(p, 0, 8)
    W = 17.4

    def head(t: str):
        q = doc.add_paragraph()
        r = q.add_run(t.upper())
        r.font.color.rgb = navy
        r.font.size = Pt(10)
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(3)
        border_bottom(q, color="1F3A5F", sz="6")

    head("Profile")
    tight(doc.add_paragraph("Data engineer with ten years in insurance and retail analytics; builds streaming "
                            "platforms, mentors teams and teaches evening courses."), 0, 2)
    head("Professional Experience")
    jobs = [  # organisation, role, printed dates, start, end, shape
        ("Harlow & Finch Insurance", "Lead Data Engineer", "07/2023 – Present", "2023-07", "present", "dots"),
        ("Brightwater Analytics", "Senior Data Engineer", "03/2020 – 06/2023", "2020-03", "2023-06", "cell"),
        ("Pennywhistle Retail Group", "Data Engineer", "09/2017 – 02/2020", "2017-09", "2020-02", "cell"),
        ("Pennywhistle Retail Group", "Graduate BI Analyst", "10/2015 – 08/2017", "2015-10", "2017-08", "cell"),
    ]
    o, r0, d, *_x = jobs[0]
    q = doc.add_paragraph()
    right_tab(q, W)
    q.add_run(f"{r0}. {o}. Pricing Platform.").bold = True
    q.add_run("\t" + d)
    tight(q, 0, 1)
    for b in ["Leads six engineers; moved nightly batch pricing to Kafka + Flink streaming (latency 9 h → 4 min)",
              "Owns the data contract programme across 40 producer teams"]:
        tight(doc.add_paragraph(b, style="List Bullet"), 0, 1)
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    bullets = {"Brightwater Analytics": "Built the dbt + Snowflake warehouse for 30 retail clients.",
               "Pennywhistle Retail Group": "Rewrote stock forecasting ETL in PySpark."}
    for o, r1, d, *_x in jobs[1:]:
        c = t.add_row().cells
        cp = c[0].paragraphs[0]
        cp.add_run(o).bold = True
        cp.add_run(" " + r1)
        if r1 != "Graduate BI Analyst":
            c[0].add_paragraph("– " + bullets[o])
        c[1].paragraphs[0].add_run(d)
        c[1].paragraphs[0].alignment = 2
    col_widths(t, [13.4, 4.0])

    head("Teaching & Writing Experience")
    side = [("Northfield College of Further Education", "Adjunct Lecturer, Data Engineering (evening course)",
             "07/2025 – Present", "2025-07", "present"),
            ("Pipeline Quarterly", "Contributing Writer (paid monthly column)", "03/2023 – 06/2025", "2023-03", "2025-06")]
    for o, r1, d, *_x in side:
        q = doc.add_paragraph()
        right_tab(q, W, "dot")
        q.add_run(o).bold = True
        q.add_run(" \t" + d)
        tight(q, 2, 0)
        q = doc.add_paragraph(r1)
        q.runs[0].italic = True
        tight(q, 0, 3)

    head("Education")
    edu = [("University of Wrexley", "MSc Data Science (Distinction)", "2014 – 2015", "master", "2014", "2015"),
           ("Carrowmore University", "BSc (Hons) Physics, 2:1", "2011 – 2014", "bachelor", "2011", "2014")]
    for inst, deg, d, *_x in edu:
        q = doc.add_paragraph()
        right_tab(q, W)
        q.add_run(deg + ", ").bold = True
        q.add_run(inst + "\t" + d)
        tight(q, 0, 2)
    head("Certifications")
    for c in ["Google Cloud Professional Data Engineer (2023)", "Confluent Certified Developer for Apache Kafka (2021)"]:
        tight(doc.add_paragraph(c), 0, 1)
    head("Awards")
    awards = [("Data Team of the Year (team lead), UK Insurtech Awards", "2024")]
    for a, y in awards:
        q = doc.add_paragraph()
        right_tab(q, W)
        q.add_run(a + "\t" + y)
    head("Skills")
    tight(doc.add_paragraph("Python, SQL, Scala, Kafka, Flink, Spark, dbt, Snowflake, Airflow, Terraform, AWS, GCP"), 0, 2)
    soffice_pdf(doc, "04_word_textbox", "Marguerite_Obi-Halloran_CV", files / fn)
    return label(
        fn, "Marguerite Obi-Halloran", [], ["m.obihalloran@example.com"], ["+447700900655"],
        ["linkedin.com/in/mobihalloran"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs] + [(s[0], s[1], s[3], s[4]) for s in side],
        None, None, [], [], len(awards),
        "Word CV printed to PDF by LibreOffice (A4). Name, headline and contact line (UK 07700 900655 without a "
        "country code, e-mail, LinkedIn) live only inside a navy DrawingML text box (wps:txbx) at the top, whose "
        "text LibreOffice writes last in the page's text layer (after Skills). "
        "Headings in body size/weight, capitals + colour + bottom border. Current job as 'Role. Org. Unit.' "
        "separated by full stops ('Lead Data Engineer. Harlow & Finch Insurance. Pricing Platform.') with a "
        "right-tab 'MM/YYYY – Present'; earlier jobs in a borderless table whose left cell runs the bold "
        "company and the role together ('Brightwater Analytics Senior Data Engineer') with the dates in the "
        "right cell; two roles at one employer. 'Teaching & Writing Experience' holds two paid posts as "
        "'Org ....... 07/2025 – Present' dot-leader rows with the role in italics below (jobs). Degree lines "
        "'MSc Data Science (Distinction), University of Wrexley<TAB>2014 – 2015' (years only). "
        "Certifications are not awards; no publications.",
        layout="LibreOffice PDF from DOCX: text box header, dot leaders")


def professor_long_word(files: Path) -> dict:
    """05: hydrology professor, long Word CV: wrapping date column, lab 'led by', papers in awards."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    fn = "05_hydrology_professor_word_lo_long_academic.pdf"
    green = RGBColor(0x2D, 0x5A, 0x27)
    me = "Calloway-Mensah, I."
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    set_fonts(doc, "Liberation Serif", 11)
    hp = sec.header.paragraphs[0]
    hp.text = "Ingrid Calloway-Mensah\t\tCurriculum Vitae, October 2025"
    p = doc.add_paragraph()
    r = p.add_run("Ingrid Calloway-Mensah, PhD")
    r.font.size = Pt(16)
    r.bold = True
    tight(p, 0, 2)
    for ln in ["Professor of Hydrology, Department of Civil and Environmental Engineering",
               "Tennant State University, 210 Riverbend Hall, Tennant, OR 97330, USA",
               "Office: (541) 555-0142   E-mail: icallowaymensah@tennant.example.edu",
               "Lab website: hydro-lab.tennant.example.edu"]:
        tight(doc.add_paragraph(ln), 0, 0)

    def head(t: str):
        q = doc.add_paragraph()
        rr = q.add_run(t)
        rr.font.color.rgb = green
        rr.font.small_caps = True
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(4)
        return q

    def sub(t: str):
        q = doc.add_paragraph()
        q.add_run(t).underline = True
        tight(q, 6, 2)

    def dated_table(rows: list[tuple[str, str]]):
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for d, text in rows:
            c = t.add_row().cells
            c[0].paragraphs[0].add_run(d)
            lines = text.split("\n")
            c[1].paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                c[1].add_paragraph(ln)
        col_widths(t, [2.6, 14.0])

    head("Research Interests")
    interests = ["snow hydrology", "streamflow forecasting", "land–atmosphere coupling", "hydrologic data assimilation"]
    doc.add_paragraph("; ".join(interests).capitalize() + ".")
    head("Academic Appointments")
    jobs = [("September 2021 – present", "Professor", "Department of Civil and Environmental Engineering, Tennant State University",
             "2021-09", "present"),
            ("September 2016 – August 2021", "Associate Professor",
             "Department of Civil and Environmental Engineering, Tennant State University", "2016-09", "2021-08"),
            ("January 2012 – August 2016", "Assistant Professor", "School of Earth Systems, Kellerman College",
             "2012-01", "2016-08"),
            ("October 2009 – December 2011", "Postdoctoral Fellow",
             "Mountain Hydrology Lab (led by Prof. Arvid Sønsteby), Nordfjell University", "2009-10", "2011-12")]
    dated_table([(d, f"{t}, {o}") for d, t, o, *_x in jobs])
    head("Education")
    edu = [("2009", "Ph.D., Hydrology and Water Resources", "Lowell Institute of Technology", "phd", None, "2009"),
           ("2005", "M.S., Civil Engineering", "Lowell Institute of Technology", "master", None, "2005"),
           ("2003", "B.Sc. (First Class), Geography", "University of Cape Palmas", "bachelor", None, "2003")]
    dated_table([(d, f"{deg}, {inst}") for d, deg, inst, *_x in edu])

    head("Publications")
    journals = [
        ([me, "Boateng, K.", "Sørvik, L."], None, "Snow drought onset detected from passive microwave retrievals",
         "Water Resources Research", "in press", "in press", True),
        (["Boateng, K.", me], 2024, "Ensemble Kalman smoothing of snow water equivalent in complex terrain",
         "Hydrology and Earth System Sciences, 28, 1123–1141", "Hydrology and Earth System Sciences", "published", False),
        ([me, "Oyelowo, T.", "Farrand, J.", "Whitlock, S."], 2023, "A decade of snowmelt timing across the Cascades",
         "Journal of Hydrometeorology, 24(6), 977–994", "Journal of Hydrometeorology", "published", True),
        (["Hartigan, P.", me, "et al."], 2022, "Benchmarking national streamflow forecasts with deep learning",
         "Water Resources Research, 58(3), e2021WR031102", "Water Resources Research", "published", False),
        ([me, "Sønsteby, A."], 2020, "Rain-on-snow floods under a warming climate",
         "Geophysical Research Letters, 47(19), e2020GL089012", "Geophysical Research Letters", "published", True),
        (["Farrand, J.", "Boateng, K.", me], 2019, "Uncertainty in distributed snow models driven by reanalysis",
         "Journal of Hydrology, 574, 1–15", "Journal of Hydrology", "published", False),
        ([me], 2016, "Soil moisture memory and summer low flows in maritime basins",
         "Water Resources Research, 52(8), 6120–6137", "Water Resources Research", "published", True),
        ([me, "Sønsteby, A.", "Lund, H."], 2011, "Energy-balance snowmelt modelling in Nordic catchments",
         "Hydrological Processes, 25(14), 2221–2235", "Hydrological Processes", "published", True),
    ]
    chapters = [
        ([me], 2021, "Snow hydrology in a changing climate",
         "In M. Duarte & R. Keane (Eds.), Handbook of Mountain Water (pp. 211–240). Harrow Academic Press",
         "Handbook of Mountain Water", "published", True),
    ]
    submitted = [
        (["Oyelowo, T.", me], None, "Learning snowpack states from sparse stations and satellite albedo",
         "Under submission to Water Resources Research", "Water Resources Research", "under review", False),
        ([me, "Whitlock, S.", "Boateng, K."], None, "Operational seasonal water-supply outlooks with hybrid models",
         "In preparation", None, "in preparation", True),
    ]

    def pub_par(au, y, ti, v, status):
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.first_line_indent = Cm(-0.8)
        tight(q, 0, 3)
        names = ", ".join(au[:-1]) + (", & " + au[-1] if len(au) > 1 and au[-1] != "et al." else
                                      (", " + au[-1] if len(au) > 1 else au[0]))
        if len(au) == 1:
            names = au[0]
        parts = names.split(me)
        for k, part in enumerate(parts):
            q.add_run(part)
            if k < len(parts) - 1:
                q.add_run(me).bold = True
        when = f"({y})" if y and status != "in press" else ("(in press)" if status == "in press" else "")
        q.add_run(f" {when}. {ti}. " if when else f" {ti}. ")
        q.add_run(v if status != "in press" else v).italic = True
        q.add_run(".")

    sub("Refereed Journal Articles")
    for au, y, ti, v, _lv, st, _f in journals:
        pub_par(au, y, ti, v, st)
    sub("Book Chapters")
    for au, y, ti, v, _lv, st, _f in chapters:
        pub_par(au, y, ti, v, st)
    sub("Manuscripts under Submission or in Preparation")
    for au, y, ti, v, _lv, st, _f in submitted:
        pub_par(au, y, ti, v, st)
    pubs = journals + chapters + submitted

    head("Grants")
    dated_table([("2022 – 2026", "NSF Hydrologic Sciences, PI, 'Snow drought predictability' ($612,000)"),
                 ("2018 – 2021", "NOAA Climate Program Office, co-PI, 'Rain-on-snow hazards' ($390,000)")])
    head("Honors and Awards")
    awards = [("2023", "Fellow, American Geophysical Union"),
              ("2021", "Editor's Citation for Excellence in Refereeing, Water Resources Research"),
              ("2020", "Outstanding Paper Award, AGU Hydrology Section, for 'Rain-on-snow floods under a warming climate' "
                       "(Geophysical Research Letters, 2020)"),
              ("2014", "NSF CAREER Award")]
    dated_table(awards)
    head("Teaching")
    dated_table([("2016 – present", "CE 412/512 Hydrology; CE 620 Snow and Ice Processes (Fall terms)"),
                 ("2012 – 2016", "ES 230 Water and Society; ES 455 Watershed Modelling")])
    head("Service")
    dated_table([("2022 – present", "Associate Editor, Journal of Hydrometeorology"),
                 ("2019 – 2022", "Chair, Graduate Admissions Committee, CEE, Tennant State University")])
    head("References")
    refs = [("Prof. Arvid Sønsteby", "Nordfjell University", "arvid.sonsteby@nordfjell.example.edu"),
            ("Prof. Margit Lund-Haas", "Lowell Institute of Technology", "mlundhaas@lowell.example.edu"),
            ("Dr. Ravi Ekwueme", "National Water Forecast Centre", "r.ekwueme@nwfc.example.gov")]
    for n, o, e in refs:
        tight(doc.add_paragraph(f"{n}, {o} — {e}"), 0, 1)
    soffice_pdf(doc, "05_word_long", "CV_Calloway-Mensah_2025", files / fn)
    return label(
        fn, "Ingrid Calloway-Mensah", ["Ingrid Calloway-Mensah, PhD"], ["icallowaymensah@tennant.example.edu"],
        ["+15415550142"], ["hydro-lab.tennant.example.edu"], [(e[2], e[3], e[4], e[5]) for e in edu],
        [(j[2], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[6] for p in pubs),
        [(p[2], p[4], p[1], p[6], p[5], p[0]) for p in pubs], interests, len(awards),
        "Long academic Word CV printed to PDF by LibreOffice (Letter, 3 pages). Running header 'name<TAB><TAB>"
        "Curriculum Vitae, October 2025'; name with ', PhD'; 'Office:' phone and 'E-mail:' labels; lab website. "
        "Headings in body size, small caps and green only. Appointments and degrees in a borderless table "
        "with a narrow 2.6 cm date column, so 'September 2016 – August 2021' wraps over two rows; three ranks, "
        "the postdoc at 'Mountain Hydrology Lab (led by Prof. Arvid Sønsteby), Nordfjell University'; degrees "
        "with a single year (end only), the same institute for Ph.D. and M.S. Publications in APA form under "
        "underlined sub-headings 'Refereed Journal Articles' / 'Book Chapters' / 'Manuscripts under Submission "
        "or in Preparation', own name bold; '(in press)' without year, 'et al.' in an author list, a solo "
        "paper, a book chapter (venue = the handbook), 'Under submission to Water Resources Research', 'In "
        "preparation' with no venue. Grants are not awards; four honours, one naming a paper ('Outstanding "
        "Paper Award ... for <title> (GRL, 2020)': an award, not an extra paper). Three referees with e-mails "
        "under 'References' are not the candidate's.",
        layout="LibreOffice PDF from DOCX: long academic CV")


def zh_professor_odt(files: Path) -> dict:
    """06: Chinese associate professor, table CV written as DOCX, saved to ODT and printed from the ODT."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    fn = "06_zh_associate_professor_odt_lo_tables_restart_numbering.pdf"
    me = "苗嘉禾"
    doc = Document()
    sec = doc.sections[0]
    from docx.shared import Cm
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    set_fonts(doc, "Noto Serif CJK SC", 10.5, east_asia="Noto Serif CJK SC")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("个人简历")
    r.font.size = Pt(16)
    r.bold = True

    def head(t: str):
        q = doc.add_paragraph()
        rr = q.add_run("■ " + t)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        tight(q, 8, 3)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    cells = [("姓名", "苗嘉禾"), ("职称", "副教授、博士生导师"), ("单位", "临海大学 计算机科学与技术学院"),
             ("电话", "0571-5550 2876 / 139 5550 4107"), ("邮箱", "miaojh@linhai.example.edu.cn"),
             ("主页", "cs.linhai.example.edu.cn/~miaojh")]
    for i, (k, v) in enumerate(cells):
        rr, cc = divmod(i, 2)
        shade(info.cell(rr, cc * 2), "EDEDED")
        info.cell(rr, cc * 2).paragraphs[0].add_run(k).bold = True
        info.cell(rr, cc * 2 + 1).paragraphs[0].add_run(v)
    col_widths(info, [1.6, 6.9, 1.6, 6.9])

    def grid(header: list[str], rows: list[list[str]], widths: list[float]):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            shade(t.rows[0].cells[i], "EDEDED")
            t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        for row in rows:
            c = t.add_row().cells
            for i, v in enumerate(row):
                c[i].paragraphs[0].add_run(v)
        col_widths(t, widths)

    head("研究方向")
    interests = ["联邦学习", "隐私计算", "图数据挖掘"]
    tight(doc.add_paragraph("、".join(interests)), 0, 2)
    head("教育经历")
    edu = [("2012.09–2017.06", "北川大学", "计算机软件与理论", "博士（硕博连读）", "phd", "2012-09", "2017-06"),
           ("2008.09–2012.06", "江洲师范大学", "计算机科学与技术", "学士", "bachelor", "2008-09", "2012-06")]
    grid(["时间", "学校", "专业", "学位"], [list(e[:4]) for e in edu], [2.0, 5.0, 5.5, 4.5])
    head("工作经历")
    jobs = [("2021.12–至今", "临海大学 计算机科学与技术学院", "副教授", "2021-12", "present"),
            ("2019.07–2021.11", "临海大学 计算机科学与技术学院", "讲师", "2019-07", "2021-11"),
            ("2017.07–2019.06", "南湾科技大学 数据科学研究院", "博士后（合作导师：闻启明 教授）", "2017-07", "2019-06")]
    grid(["时间", "单位", "职务"], [list(j[:3]) for j in jobs], [2.0, 9.0, 6.0])
    head("代表性论文")
    tight(doc.add_paragraph("（# 共同第一作者，* 通讯作者）"), 0, 2)
    journals = [
        ([me, "郑可欣", "闻启明*"], "面向非独立同分布数据的个性化联邦图学习", "计算机学报, 2024, 47(3): 512-527",
         "计算机学报", 2024, True, "published"),
        (["Kexin Zheng#", "Jiahe Miao#", "Yun Tao"], "Differentially private subgraph counting under node privacy",
         "IEEE Transactions on Knowledge and Data Engineering, 2023, 35(11): 11402-11416", "TKDE", 2023, True,
         "published"),
        (["Jiahe Miao", "Rui Fang", "Qiming Wen*"], "Byzantine-robust federated aggregation with sketch verification",
         "IEEE Transactions on Information Forensics and Security, 已录用", "TIFS",
         None, True, "accepted"),
        (["方睿", me + "*"], "基于安全多方计算的纵向联邦特征选择", "软件学报, 2022, 33(9): 3310-3326", "软件学报", 2022, False,
         "published"),
    ]
    confs = [
        (["Jiahe Miao", "Kexin Zheng", "Yun Tao", "Qiming Wen"], "Communication-efficient federated link prediction",
         "Proceedings of the AAAI Conference on Artificial Intelligence (AAAI), 2024: 9012-9020", "AAAI", 2024, True,
         "published"),
        (["Yun Tao", "Jiahe Miao*"], "Auditing membership leakage in graph contrastive learning",
         "Proceedings of the ACM Web Conference (WWW), 2023: 2210-2220", "WWW", 2023, False, "published"),
        (["Jiahe Miao", "Rui Fang"], "Private personalised PageRank with secure aggregation",
         "SIGKDD 2025, 审稿中", "KDD", None, True, "under review"),
    ]
    for subt, items in (("期刊论文", journals), ("会议论文", confs)):
        q = doc.add_paragraph()
        q.add_run(subt).bold = True
        tight(q, 4, 2)
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for i, (au, ti, v, *_x) in enumerate(items, 1):
            c = t.add_row().cells
            c[0].paragraphs[0].add_run(f"[{i}]")
            cp = c[1].paragraphs[0]
            names = ", ".join(au)
            for k, seg in enumerate(names.replace("Jiahe Miao", me).split(me)):
                if k:
                    cp.add_run("Jiahe Miao" if "Jiahe Miao" in names else me).bold = True
                cp.add_run(seg)
            cp.add_run(f". {ti}. {v}.")
        col_widths(t, [1.0, 16.0])
    pubs = journals + confs
    head("科研项目")
    for ln in ["国家自然科学基金面上项目（62276xxx），异构图上的隐私保护联邦学习，2023.01–2026.12，主持",
               "浙江省自然科学基金青年项目，纵向联邦特征选择，2020.01–2022.12，主持"]:
        tight(doc.add_paragraph(ln), 0, 1)
    head("获奖情况")
    awards = ["2023 浙江省科学技术进步奖 二等奖（排名第3）", "2018 北川大学优秀博士学位论文"]
    for a in awards:
        tight(doc.add_paragraph(a), 0, 1)
    head("学术兼职")
    tight(doc.add_paragraph("CCF 数据库专委会执行委员；KDD 2024/2025、AAAI 2025 程序委员会委员"), 0, 1)

    d = src_dir("06_odt_zh")
    docx = d / "jianli_miaojiahe.docx"
    fixed_save(doc, docx)
    build = Path("/tmp/heldout11-build/06_odt_zh")
    if build.exists():
        shutil.rmtree(build)
    build.mkdir(parents=True)
    shutil.copyfile(docx, build / docx.name)
    lo = ["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless"]
    subprocess.run(lo + ["--convert-to", "odt", "--outdir", str(build), str(build / docx.name)], env=_env(),
                   capture_output=True, check=True, timeout=300)
    odt = build / "jianli_miaojiahe.odt"
    subprocess.run(lo + ["--convert-to", "pdf", "--outdir", str(build / "pdf"), str(odt)], env=_env(),
                   capture_output=True, check=True, timeout=300)
    shutil.copyfile(odt, d / odt.name)
    (files / fn).write_bytes(pin_lo_pdf((build / "pdf" / "jianli_miaojiahe.pdf").read_bytes()))
    return label(
        fn, "苗嘉禾", ["Jiahe Miao", "Miao Jiahe"], ["miaojh@linhai.example.edu.cn"], ["+8657155502876", "+8613955504107"],
        ["cs.linhai.example.edu.cn/~miaojh"], [(e[1], e[4], e[5], e[6]) for e in edu],
        [(j[1], j[2], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], interests, len(awards),
        "Chinese 个人简历 written as DOCX, converted to ODT by LibreOffice and printed to PDF from the ODT. A "
        "'Table Grid' info table (姓名/职称/单位/电话/邮箱/主页 with shaded label cells; a landline '0571-5550 2876' "
        "and a mobile in one cell). '■' bold red headings. 教育经历 and 工作经历 as grid tables with a header row "
        "(时间 | 学校 | 专业 | 学位, 时间 | 单位 | 职务) and a narrow 2 cm 时间 column, so '2012.09–2017.06' and "
        "'2021.12–至今' wrap over two lines inside the cell; 博士（硕博连读）; 讲师 then 副教授 at one school; "
        "a 博士后 with '（合作导师：...）' in the role. 代表性论文 with sub-headings 期刊论文 / 会议论文, each a "
        "borderless table with [n] in its own column and numbering restarting; '#' co-first and '*' "
        "corresponding defined (co-first counts; corresponding-only does not); Chinese and English author "
        "names, own name bold; TIFS '已录用' without year, 'SIGKDD 2025, 审稿中' (year not scored). 科研项目 are "
        "grants, not awards; two awards; 学术兼职 is service.",
        language="zh", layout="LibreOffice PDF from ODT (from DOCX): grid tables")
