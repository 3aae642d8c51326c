"""Builders 09-13: moderncv in Chinese (xeCJK), three python-docx Word layouts, an academicpages Markdown CV.
All people are invented."""
from __future__ import annotations

from pathlib import Path

from kit9 import label, write_src, xelatex


def moderncv_zh_professor(files: Path) -> dict:
    """09: moderncv classic (green) in Chinese via xeCJK (as moderncv's template-zh.tex), associate professor."""
    fn = "09_zh_associate_professor_moderncv_xecjk.pdf"
    # title, authors, venue printed, venue label, year, first, status
    pubs_zh = [
        ("基于图对比学习的城市交通流预测方法", ["祁望舒", "卢嘉木", "陶一帆"], "计算机学报, 2024, 47(3): 601-615", "计算机学报", 2024, True, "published"),
        ("面向稀疏轨迹的出行方式识别", ["卢嘉木", "祁望舒"], "软件学报, 2023, 34(9): 4120-4134", "软件学报", 2023, False, "published"),
        ("时空大模型的可信评测框架", ["祁望舒", "陶一帆"], "中国科学：信息科学, 录用待刊", "中国科学：信息科学", None, True, "accepted"),
    ]
    pubs_en = [
        ("Spatio-temporal graph transformers for metro ridership forecasting", ["W. Qi", "J. Lu", "Y. Tao"],
         "IEEE TPAMI, 2024, 46(5): 3120-3134", "TPAMI", 2024, True, "published"),
        ("Cross-city transfer of traffic forecasters via meta-learned adapters", ["J. Lu", "W. Qi"],
         "KDD 2023, pp. 1580-1590", "KDD", 2023, False, "published"),
        ("Privacy-preserving trajectory synthesis with diffusion models", ["Y. Tao", "H. Zhang", "W. Qi"],
         "AAAI 2025 (Oral)", "AAAI", 2025, False, "published"),
        ("Counterfactual evaluation of ride-hailing dispatch policies", ["W. Qi", "J. Lu", "et al."],
         "under review at IEEE TKDE", "TKDE", None, True, "under review"),
    ]
    def lst(ps, start):
        out = []
        for i, (t, au, v, *_r) in enumerate(ps, start):
            aus = "，".join(f"\\textbf{{{a}}}" if a in ("祁望舒", "W. Qi") else a for a in au) if ps is pubs_zh else \
                ", ".join(f"\\textbf{{{a}}}" if a == "W. Qi" else a for a in au)
            sep = "" if aus.endswith(".") else "."
            out.append(f"\\cvitem{{[{i}]}}{{{aus}{sep} {t}. \\textit{{{v}}}.}}\n")
        return "".join(out)
    tex = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{green}
\usepackage[scale=0.8]{geometry}
\usepackage{xeCJK}
\setCJKmainfont[BoldFont=Noto Sans CJK SC Bold]{Noto Serif CJK SC}
\setCJKsansfont[BoldFont=Noto Sans CJK SC Bold]{Noto Sans CJK SC}
\name{祁}{望舒}
\title{副教授、博士生导师}
\address{海州大学计算机学院}{海州市滨江路88号，邮编 310555}{}
\phone[mobile]{+86~139~5550~8842}
\phone[fixed]{+86~571~5550~2210}
\email{qiws@hzu.example.edu.cn}
\homepage{faculty.hzu.example.edu.cn/qiws}
\begin{document}
\makecvtitle
\section{研究方向}
\cvitem{}{时空数据挖掘；智能交通；图神经网络；可信机器学习}
\section{工作经历}
\cventry{2020.12--至今}{副教授、博士生导师}{海州大学计算机学院}{}{}{}
\cventry{2017.07--2020.11}{讲师}{海州大学计算机学院}{}{}{}
\cventry{2015.08--2017.06}{博士后}{Ashbourne University, Department of Computer Science}{美国}{}{合作导师：Prof. Gideon Harrow}
\section{教育经历}
\cventry{2010.09--2015.07}{工学博士}{清渠大学}{计算机科学与技术}{}{导师：闻立言 教授；博士论文获校优秀博士学位论文}
\cventry{2006.09--2010.07}{工学学士}{北岭交通大学}{软件工程}{}{}
\section{科研项目}
\cvitem{2022--2025}{国家自然科学基金面上项目“城市时空大数据的可信预测方法”，主持}
\cvitem{2019--2021}{国家自然科学基金青年科学基金项目，主持}
\section{代表性论文}
\cvitem{}{\small 加粗为本人，* 为通讯作者；中文论文}
""" + lst(pubs_zh, 1) + r"""\cvitem{}{\small 英文论文}
""" + lst(pubs_en, 4) + r"""
\section{获奖情况}
\cvitem{2023}{海州省科学技术进步奖二等奖（排名第2）}
\cvitem{2021}{中国计算机学会（CCF）优秀博士学位论文提名奖}
\cvitem{2019}{海州大学青年教师教学竞赛一等奖}
\section{学术服务}
\cvitem{}{CCF 数据库专委会执行委员；KDD、AAAI、IJCAI 程序委员会委员；IEEE TKDE、计算机学报审稿人}
\end{document}
"""
    d = write_src("09_moderncv_zh", {"main.tex": tex})
    xelatex(d, "main.tex", files / fn)
    allp = pubs_zh + pubs_en
    return label(
        fn, "祁望舒", ["祁 望舒", "Wangshu Qi", "Qi Wangshu"], ["qiws@hzu.example.edu.cn"], ["+8613955508842", "+8657155502210"],
        ["faculty.hzu.example.edu.cn/qiws"],
        [("清渠大学", "phd", "2010-09", "2015-07"), ("北岭交通大学", "bachelor", "2006-09", "2010-07")],
        [("海州大学计算机学院", "副教授、博士生导师", "2020-12", "present"),
         ("海州大学计算机学院", "讲师", "2017-07", "2020-11"),
         ("Ashbourne University, Department of Computer Science", "博士后", "2015-08", "2017-06")],
        len(allp), sum(p[5] for p in allp),
        [(p[0], p[3], p[4], p[5], p[6], p[1]) for p in allp],
        ["时空数据挖掘", "智能交通", "图神经网络", "可信机器学习"], 3,
        "moderncv 'classic' (green) in Chinese through xeCJK, as moderncv's own template-zh.tex does: "
        "\\name{祁}{望舒} (family name then given name, printed '祁 望舒' with a space), title '副教授、博士生导师', "
        "address, mobile and fixed phones, e-mail, homepage at the right. Date column '2020.12--至今'. 研究方向 "
        "as one line separated by '；'. 工作经历: two posts at the same school, a postdoc abroad with an English "
        "organisation. 教育经历 rows 'degree, institution, field'. 科研项目 (grants, not papers/awards). "
        "代表性论文 split by small notes '中文论文' / '英文论文' (no real sub-headings), numbering [1]..[7] "
        "continuing across them; own name bold, '* 为通讯作者' declared but not used; venue strings like '计算机学报, "
        "2024, 47(3): 601-615', 'IEEE TPAMI, 2024, ...', 'KDD 2023, pp. ...', 'AAAI 2025 (Oral)'; '录用待刊' "
        "(accepted, no year) and 'under review at IEEE TKDE' (no year); 'et al.' in one author list. "
        "获奖情况 3 dated items; 学术服务 is not experience.",
        language="zh", layout="moderncv classic + xeCJK")


# ---------------------------------------------------------------------------------------------
# Word files written with python-docx, imitating common Word resume templates
def _fixed_save(doc, path: Path) -> None:
    """Save a python-docx document with fixed core properties and zip timestamps (same bytes every run)."""
    import datetime
    import io
    import zipfile

    cp = doc.core_properties
    when = datetime.datetime(2025, 6, 1, 9, 0, 0)
    cp.created = cp.modified = when
    cp.last_printed = when
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def _border_bottom(par, color="4F81BD", sz="8"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def word_table_resume(files: Path) -> dict:
    """10: Word 'chronological resume' look: borderless two-column table, dates in the left cell."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    fn = "10_data_engineer_word_table_dates_left.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.6)
    p = doc.add_paragraph()
    r = p.add_run("PRIYANKA VASUDEVAN-HOLT")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph("Data Engineer  •  Denver, CO 80205  •  (720) 555-0138  •  priya.vh@example.com  •  "
                          "github.com/pvholt")
    p.runs[0].font.size = Pt(9.5)

    def heading(text):
        h = doc.add_paragraph()
        rr = h.add_run(text.upper())
        rr.bold = True
        rr.font.size = Pt(11)
        rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        h.paragraph_format.space_before = Pt(10)
        _border_bottom(h)

    def rows(items):
        t = doc.add_table(rows=0, cols=2)
        _no_borders(t)
        for left, first, rest in items:
            c = t.add_row().cells
            c[0].width, c[1].width = Cm(3.6), Cm(13.4)
            c[0].paragraphs[0].add_run(left).font.size = Pt(9.5)
            fp = c[1].paragraphs[0]
            for i, part in enumerate(first):
                rr = fp.add_run(part)
                rr.bold = i == 0
                rr.italic = i == 1
            for line in rest:
                c[1].add_paragraph(line, style="List Bullet")

    heading("Summary")
    doc.add_paragraph("Data engineer with six years of experience building batch and streaming pipelines for "
                      "healthcare and retail analytics.")
    heading("Experience")
    jobs = [("Jan 2022 –\nPresent", ("Lead Data Engineer", ", Sagebrush Health Analytics, Denver, CO"),
             ["Designed a Delta Lake platform ingesting 3 TB/day of claims data", "Mentor four engineers"]),
            ("Jun 2019 –\nDec 2021", ("Data Engineer", ", Prairie Goods Co., Boulder, CO"),
             ["Moved 120 nightly SQL jobs to dbt with tests and lineage"]),
            ("Aug 2018 –\nMay 2019", ("Business Intelligence Analyst (contract)", ", Foothill Credit Union, Golden, CO"),
             ["Built Tableau dashboards for loan delinquency"])]
    rows([(a, b, c) for a, b, c in jobs])
    heading("Education")
    rows([("2016 – 2018", ("M.S., Information Systems", ", Front Range University, Denver, CO"),
           ["Graduate certificate in Data Science; GPA 3.9"]),
          ("2012 – 2016", ("B.Tech., Computer Engineering", ", Kaveri Institute of Technology, Mysuru, India"),
           ["First class with distinction"])])
    heading("Skills")
    doc.add_paragraph("Languages: Python, SQL, Scala, Bash\nPlatforms: Spark, Databricks, Kafka, Airflow, dbt, "
                      "Snowflake, AWS (Glue, EMR, Redshift)\nPractices: data contracts, CI/CD, data quality testing")
    heading("Certifications & Awards")
    for line in ["Databricks Certified Data Engineer Professional (2023)",
                 "Sagebrush Health ‘Builder of the Year’ award (2023)",
                 "Front Range University Graduate Merit Scholarship (2016)"]:
        doc.add_paragraph(line, style="List Bullet")
    heading("Talks")
    doc.add_paragraph("“Data contracts in practice”, Denver Data Engineering Meetup, March 2024.")
    foot = doc.sections[0].footer.paragraphs[0]
    foot.text = "Priyanka Vasudevan-Holt · Résumé · linkedin.com/in/pvasudevanholt"
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fixed_save(doc, files / fn)
    return label(
        fn, "Priyanka Vasudevan-Holt", ["PRIYANKA VASUDEVAN-HOLT"], ["priya.vh@example.com"], ["+17205550138"],
        ["github.com/pvholt", "linkedin.com/in/pvasudevanholt"],
        [("Front Range University", "master", "2016", "2018"), ("Kaveri Institute of Technology", "bachelor", "2012", "2016")],
        [("Sagebrush Health Analytics", "Lead Data Engineer", "2022-01", "present"),
         ("Prairie Goods Co.", "Data Engineer", "2019-06", "2021-12"),
         ("Foothill Credit Union", "Business Intelligence Analyst (contract)", "2018-08", "2019-05")],
        0, 0, [], [], 2,
        "Word chronological-resume look (python-docx): name in capitals as a large coloured run (not a Title "
        "style), one contact line 'Data Engineer • City • phone • e-mail • GitHub'; LinkedIn only in the page "
        "footer. Headings are bold coloured capital runs with a paragraph bottom border (Normal style, not "
        "Heading styles). Experience and education in a borderless two-column table: the left cell holds the "
        "dates wrapped over two lines by a line break ('Jan 2022 –' / 'Present'), the right cell 'Role, Org, "
        "City' (bold role) then List Bullet paragraphs. No publications (count 0). 'Certifications & Awards' "
        "mixes a certification (not an award) with two awards. A talk is not a paper.",
        layout="Word table resume")


def word_zh_table_postdoc(files: Path) -> dict:
    """11: Chinese Word 个人简历 with a bordered info grid and table-based sections."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    fn = "11_zh_postdoc_word_info_grid.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("个 人 简 历")
    r.bold = True
    r.font.size = Pt(18)
    grid = doc.add_table(rows=4, cols=4)
    grid.style = "Table Grid"
    cells = [("姓    名", "陶若溪", "性    别", "女"), ("出生年月", "1993.05", "政治面貌", "群众"),
             ("手    机", "176-5550-3390", "邮    箱", "taoruoxi@example.cn"),
             ("现任职务", "博士后（助理研究员）", "个人主页", "taoruoxi.example.cn")]
    for row, vals in zip(grid.rows, cells, strict=False):
        for c, v in zip(row.cells, vals, strict=False):
            c.text = v

    def sec(title):
        p = doc.add_paragraph()
        rr = p.add_run("■ " + title)
        rr.bold = True
        rr.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(8)

    def table(rows_, widths=3):
        tb = doc.add_table(rows=0, cols=widths)
        tb.style = "Table Grid"
        for vals in rows_:
            cs = tb.add_row().cells
            for c, v in zip(cs, vals, strict=False):
                c.text = v
        return tb

    sec("研究方向")
    doc.add_paragraph("钠离子电池正极材料；固态电解质界面表征；机器学习辅助材料筛选")
    sec("教育经历")
    table([("时间", "学校 / 专业", "学位"),
           ("2015.09—2021.06", "东衡大学 材料科学与工程学院 材料物理与化学（硕博连读）", "工学博士"),
           ("2019.10—2020.10", "Université de Lorvanne（国家公派联合培养）", "联合培养博士生"),
           ("2011.09—2015.06", "南岳理工大学 材料科学与工程", "工学学士")])
    sec("工作经历")
    table([("时间", "单位", "职务"),
           ("2021.07—至今", "中科院清川能源研究所 储能材料研究部", "博士后（助理研究员）"),
           ("2014.07—2014.09", "宁川新能源科技有限公司 研发中心", "实习生")])
    sec("科研成果")
    doc.add_paragraph("（#为共同第一作者，*为通讯作者）")
    pubs = [
        ("Tao R.#, Fang Y.#, Gu L.*. Layered oxide cathodes with suppressed phase transition for sodium-ion batteries. "
         "Advanced Energy Materials, 2024, 14: 2303551.",
         "Layered oxide cathodes with suppressed phase transition for sodium-ion batteries", "Advanced Energy Materials",
         2024, True, "published", ["R. Tao", "Y. Fang", "L. Gu"]),
        ("Fang Y.#, Tao R.#, Wu K., Gu L.*. In situ cryo-EM of the solid electrolyte interphase on hard carbon. "
         "Nano Letters, 2023, 23: 8801-8809.",
         "In situ cryo-EM of the solid electrolyte interphase on hard carbon", "Nano Letters", 2023, True,
         "published", ["Y. Fang", "R. Tao", "K. Wu", "L. Gu"]),
        ("Wu K., Tao R., Gu L.*. Graph-based screening of polyanionic cathodes. Journal of Materials Chemistry A, "
         "2022, 10: 15530-15541.",
         "Graph-based screening of polyanionic cathodes", "Journal of Materials Chemistry A", 2022, False,
         "published", ["K. Wu", "R. Tao", "L. Gu"]),
        ("陶若溪, 顾岚*. 钠离子电池硬碳负极的研究进展. 储能科学与技术, 2021, 10(4): 1201-1212.",
         "钠离子电池硬碳负极的研究进展", "储能科学与技术", 2021, True, "published", ["陶若溪", "顾岚"]),
        ("Tao R., Li S., Gu L.*. Machine-learned interatomic potentials for Na diffusion in NASICON. "
         "Chemistry of Materials, 已接收.",
         "Machine-learned interatomic potentials for Na diffusion in NASICON", "Chemistry of Materials", None, True,
         "accepted", ["R. Tao", "S. Li", "L. Gu"]),
    ]
    for i, p in enumerate(pubs, 1):
        doc.add_paragraph(f"[{i}] {p[0]}")
    doc.add_paragraph("授权发明专利：一种层状氧化物正极材料及其制备方法，ZL2022 1 0555123.4（第一发明人）")
    sec("科研项目")
    doc.add_paragraph("1. 国家自然科学基金青年项目，钠离子电池正极相变抑制机理研究，2023—2025，主持")
    sec("获奖情况")
    for a in ["2023  中科院清川能源研究所优秀博士后", "2021  东衡大学优秀博士学位论文", "2018  博士研究生国家奖学金"]:
        doc.add_paragraph(a)
    sec("专业技能")
    doc.add_paragraph("XRD精修（GSAS-II）、原位透射电镜、电化学测试（CV/EIS/GITT）、DFT计算（VASP）、Python")
    _fixed_save(doc, files / fn)
    return label(
        fn, "陶若溪", ["Tao Ruoxi", "Ruoxi Tao"], ["taoruoxi@example.cn"], ["+8617655503390"],
        ["taoruoxi.example.cn"],
        [("东衡大学", "phd", "2015-09", "2021-06"), ("南岳理工大学", "bachelor", "2011-09", "2015-06")],
        [("中科院清川能源研究所", "博士后（助理研究员）", "2021-07", "present"),
         ("宁川新能源科技有限公司", "实习生", "2014-07", "2014-09")],
        len(pubs), sum(p[4] for p in pubs),
        [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs],
        ["钠离子电池正极材料", "固态电解质界面表征", "机器学习辅助材料筛选"], 3,
        "Chinese Word 个人简历 (python-docx): letter-spaced title '个 人 简 历' (not the name); a 4x4 bordered "
        "info grid with the name in a cell next to '姓    名' (spaces inside the label), 手机 '176-5550-3390', 邮箱, "
        "个人主页; headings '■ 研究方向' etc. as bold runs. 教育经历 and 工作经历 are bordered tables with a "
        "header row (时间 | 学校 / 专业 | 学位) and dates '2015.09—2021.06' with an em dash; a 硕博连读 PhD "
        "(= phd only) and a joint-training visit abroad (联合培养博士生, not a degree: not labelled); "
        "institution and department/major in one cell separated by spaces. 科研成果: '#' = co-first, '*' = "
        "corresponding, declared on a line above; Vancouver-like 'Tao R.#, Fang Y.#, Gu L.*.' (second listed "
        "but '#' co-first -> first author); a Chinese paper; 'Chemistry of Materials, 已接收.' (accepted, no "
        "year); a patent line after the list (not a paper). 科研项目 is a grant. 获奖情况 3 lines 'YYYY  award'.",
        language="zh", layout="Word Chinese info grid")


def word_academic_tabstops(files: Path) -> dict:
    """12: Word academic CV: Title + Heading 1/2 styles, right tab stops for dates, APA references."""
    from docx import Document
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    fn = "12_psychology_assistant_professor_word_apa_tabs.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Curriculum Vitae", style="Subtitle")
    doc.add_paragraph("Océane Abara-Whitfield, Ph.D.", style="Title")
    for line in ["Department of Psychological Sciences, Thornbury College, 1200 Elm Row, Portland, OR 97201",
                 "oabara@thornbury.example.edu  |  +1 503 555 0164  |  https://oceaneabara.example.org",
                 "OSF: osf.io/ab5x9  |  ORCID: 0000-0002-5550-9011"]:
        doc.add_paragraph(line)

    def dated(text, date, bold=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(text)
        r.bold = bold
        p.add_run("\t" + date)
        return p

    doc.add_heading("Academic Appointments", level=1)
    dated("Assistant Professor of Psychology, Thornbury College, Portland, OR", "2022–present", True)
    dated("Postdoctoral Research Associate, Center for Child Language, Halloway University, Madison, WI",
          "2020–2022", True)
    doc.add_heading("Education", level=1)
    dated("Ph.D., Developmental Psychology, Halloway University", "2020", True)
    doc.add_paragraph("Dissertation: “Gesture and early word learning in bilingual toddlers.” Advisor: Marguerite Osei, Ph.D.")
    dated("M.A., Psychology, Halloway University", "2017", True)
    dated("B.A., Psychology and French, summa cum laude, Lakemont College", "2014", True)
    doc.add_paragraph("Phi Beta Kappa; departmental honors thesis")
    doc.add_heading("Research Interests", level=1)
    doc.add_paragraph("Language development in bilingual children; gesture and word learning; open and "
                      "reproducible developmental science.")
    doc.add_heading("Publications", level=1)
    doc.add_paragraph("* denotes a student co-author I mentored.")
    doc.add_heading("Peer-reviewed articles", level=2)
    arts = [
        ("Abara-Whitfield, O., & Osei, M. (in press). Pointing predicts vocabulary growth in bilingual toddlers. "
         "Child Development.", "Pointing predicts vocabulary growth in bilingual toddlers", "Child Development",
         None, True, "in press"),
        ("Nakashima, R.*, Abara-Whitfield, O., & Kruger, T. (2024). Shared book reading and gesture in two "
         "languages. Journal of Child Language, 51(2), 233–259.", "Shared book reading and gesture in two languages",
         "Journal of Child Language", 2024, False, "published"),
        ("Abara-Whitfield, O., Kruger, T., Osei, M., Lindgren, P., Barros, A., & Fitch, E. (2022). A many-labs "
         "replication of the cross-situational word learning effect. Developmental Science, 25(4), e13201.",
         "A many-labs replication of the cross-situational word learning effect", "Developmental Science", 2022,
         True, "published"),
        ("Osei, M., & Abara-Whitfield, O. (2019). Iconic gestures scaffold verb learning. Cognition, 187, 44–57.",
         "Iconic gestures scaffold verb learning", "Cognition", 2019, False, "published"),
    ]
    for a in arts:
        doc.add_paragraph(a[0])
    doc.add_heading("Manuscripts under review and in preparation", level=2)
    subs = [
        ("Abara-Whitfield, O., & Nakashima, R.* (2025). Measuring gesture in naturalistic home recordings: A "
         "validation study. Manuscript under review at Infancy.",
         "Measuring gesture in naturalistic home recordings: A validation study", "Infancy", 2025, True,
         "under review"),
        ("Abara-Whitfield, O. (in preparation). Bilingual input and the timing of first words: A preregistered "
         "longitudinal study.", "Bilingual input and the timing of first words: A preregistered longitudinal study",
         None, None, True, "in preparation"),
    ]
    for a in subs:
        doc.add_paragraph(a[0])
    doc.add_heading("Grants and Fellowships", level=1)
    dated("NIH R03 HD555012, “Gesture in bilingual homes” (PI), $152,000", "2023–2025")
    dated("Halloway University Dissertation Fellowship", "2019")
    doc.add_heading("Honors and Awards", level=1)
    dated("Early Career Research Award, Society for Language Development", "2024")
    dated("Graduate Student Teaching Award, Halloway University", "2018")
    doc.add_heading("Teaching", level=1)
    dated("PSY 310 Language Development; PSY 101 Introduction to Psychology (Thornbury College)", "2022–present")
    doc.add_heading("References", level=1)
    doc.add_paragraph("Marguerite Osei, Ph.D., Professor of Psychology, Halloway University, mosei@halloway.example.edu")
    _fixed_save(doc, files / fn)
    allp = arts + subs
    return label(
        fn, "Océane Abara-Whitfield", ["Oceane Abara-Whitfield"], ["oabara@thornbury.example.edu"], ["+15035550164"],
        ["oceaneabara.example.org", "osf.io/ab5x9"],
        [("Halloway University", "phd", None, "2020"), ("Halloway University", "master", None, "2017"),
         ("Lakemont College", "bachelor", None, "2014")],
        [("Thornbury College", "Assistant Professor of Psychology", "2022", "present"),
         ("Center for Child Language, Halloway University", "Postdoctoral Research Associate", "2020", "2022")],
        len(allp), sum(p[4] for p in allp),
        [(p[1], p[2], p[3], p[4], p[5], []) for p in allp],
        ["language development in bilingual children", "gesture and word learning"], 2,
        "Word academic CV (python-docx): 'Curriculum Vitae' in the Subtitle style ABOVE the name in the Title "
        "style with a post-nominal ('Océane Abara-Whitfield, Ph.D.'); address, contact and OSF/ORCID lines. "
        "Heading 1 sections, Heading 2 sub-sections under Publications ('Peer-reviewed articles', 'Manuscripts "
        "under review and in preparation'). Appointments and degrees are one bold line 'Role, Org, City' / "
        "'Degree, Field, Institution' with the year(s) after a right-aligned tab stop (graduation year only "
        "for degrees: no start). APA 7 references, candidate's name not highlighted, '*' = mentored student "
        "(declared; not equal contribution); '(in press)' without year, 'Manuscript under review at Infancy' "
        "(2025), '(in preparation)' with no venue; six authors in one entry written out with '&'. Grants and "
        "fellowships (not awards) in their own section, 2 awards in 'Honors and Awards'. Referee e-mail is not "
        "the candidate's.",
        layout="Word Heading styles + tab stops, APA")


def academicpages_markdown(files: Path) -> dict:
    """13: academicpages-style `cv.md` (Jekyll front matter, setext headings, '*' bullets)."""
    fn = "13_ocean_postdoc_academicpages_cv.md"
    md = """---
layout: archive
title: "CV"
permalink: /cv/
author_profile: true
redirect_from:
  - /resume
---

{% include base_path %}

Leilani Kahananui-Brandt
======
Postdoctoral Scholar, Physical Oceanography · [leilani.example.io](https://leilani.example.io) · lkbrandt@seacliff.example.edu · [GitHub](https://github.com/lkbrandt) · ORCID [0000-0001-5550-6618](https://orcid.org/0000-0001-5550-6618)

Education
======
* Ph.D. in Oceanography, Kaimana University, 2022
  * Dissertation: *Submesoscale eddies and nutrient supply in the North Pacific Subtropical Gyre*
* M.S. in Oceanography, Kaimana University, 2019
* B.S. in Physics, minor in Earth Sciences, Cascade Pacific University, 2016 (magna cum laude)

Work experience
======
* 2022 – present: Postdoctoral Scholar
  * Seacliff Institute of Oceanography, La Jolla, CA
  * Supervisor: Dr. Henrik Osterberg
  * Glider and float observations of frontal subduction

* Fall 2018 – Spring 2021: Graduate Research Assistant
  * Kaimana University, Department of Oceanography
  * Duties included: CTD data processing on three research cruises

* Summer 2015: Undergraduate Intern
  * Pacific Marine Data Center (NOAA-affiliated contractor), Seattle, WA

Skills
======
* Python (xarray, numpy), MATLAB, Fortran
* Seagoing: 140 days at sea, CTD and glider operations
* Numerical modeling: ROMS, MITgcm

Publications
======
  <ul>
  <li>Kahananui-Brandt, L., Osterberg, H., and Ilves, M. (2025). "Frontal subduction of oxygen in the California Current observed by gliders." <i>Journal of Geophysical Research: Oceans</i>, 130, e2024JC021555.</li>
  <li>Kahananui-Brandt, L. and Nakoa, P. (2023). "Submesoscale vertical velocities from a dense float array." <i>Journal of Physical Oceanography</i>, 53(8), 1911–1930.</li>
  <li>Nakoa, P., Kahananui-Brandt, L., Reyes, D., et al. (2021). "Nutrient pulses from eddy-wind interaction near Station ALOHA-2." <i>Geophysical Research Letters</i>, 48, e2021GL095501.</li>
  <li>Kahananui-Brandt, L., Osterberg, H. (submitted). "A neural-network closure for submesoscale buoyancy flux." <i>Ocean Modelling</i>.</li>
  </ul>

Talks
======
* "Gliders at the front", Ocean Sciences Meeting, San Diego, February 2024
* "Eddies and nutrients", Kaimana University Oceanography Seminar, 2021

Teaching
======
* OCN 201 Science of the Sea (teaching assistant), Kaimana University, 2019

Awards
======
* Seacliff Postdoctoral Fellowship, 2022
* Outstanding Student Paper Award, AGU Ocean Sciences Meeting, 2020
* NSF Graduate Research Fellowship, 2017

Service
======
* Reviewer for JPO, GRL and Ocean Modelling
"""
    (files / fn).write_text(md, encoding="utf-8")
    write_src("13_academicpages", {"README.txt": "File 13 is written directly by cvs_d9.academicpages_markdown "
                                                 "in the layout of academicpages' _pages/cv.md.\n"})
    pubs = [("Frontal subduction of oxygen in the California Current observed by gliders",
             "Journal of Geophysical Research: Oceans", 2025, True, "published"),
            ("Submesoscale vertical velocities from a dense float array", "Journal of Physical Oceanography", 2023,
             True, "published"),
            ("Nutrient pulses from eddy-wind interaction near Station ALOHA-2", "Geophysical Research Letters", 2021,
             False, "published"),
            ("A neural-network closure for submesoscale buoyancy flux", "Ocean Modelling", None, True, "under review")]
    return label(
        fn, "Leilani Kahananui-Brandt", [], ["lkbrandt@seacliff.example.edu"], [],
        ["leilani.example.io", "github.com/lkbrandt", "orcid.org/0000-0001-5550-6618"],
        [("Kaimana University", "phd", None, "2022"), ("Kaimana University", "master", None, "2019"),
         ("Cascade Pacific University", "bachelor", None, "2016")],
        [("Seacliff Institute of Oceanography", "Postdoctoral Scholar", "2022", "present"),
         ("Kaimana University, Department of Oceanography", "Graduate Research Assistant", "2018", "2021"),
         ("Pacific Marine Data Center", "Undergraduate Intern", "2015", "2015")],
        4, 3, [(t, v, y, f, s, []) for t, v, y, f, s in pubs], [], 3,
        "academicpages (Jekyll) _pages/cv.md layout: YAML front matter with title 'CV' and a Liquid include "
        "before the content; setext headings ('Education' over '======'); the name as the first setext heading, "
        "then one line with Markdown links for the homepage, GitHub and ORCID. Education bullets 'Ph.D. in "
        "Oceanography, Kaimana University, 2022' (graduation year only). Work experience as the academicpages "
        "sample does: '* 2022 – present: Role' with the organisation on an indented sub-bullet; 'Fall 2018 – "
        "Spring 2021' term dates (= 2018 / 2021); 'Summer 2015' (= 2015). Publications as raw HTML <ul><li> "
        "(as academicpages' cv.md renders its publication collection), APA-like with quoted titles and <i> venue; "
        "'et al.'; one '(submitted)' = under review with no year. No phone. Talks, teaching, service are not "
        "jobs or papers. Awards as bullets with years (a fellowship counted as an award, as the CV lists it "
        "under Awards).",
        layout="academicpages Markdown")
