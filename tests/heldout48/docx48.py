"""python-docx builders for heldout48: 03 and 04 (English CVs of Chinese researchers abroad, Word styles),
08 (应聘人员简历表, a merged-cell Word form) and 09 (人才引进申请表, a merged-cell form printed by LibreOffice)."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)


def _doc(font: str, east: str, size: float, margins_cm: float = 2.0) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), east)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm * 0.8)
    cp = d.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    return d


def para(container, text="", size=None, bold=False, italic=False, color=None, align=None, after=2, before=0,
         first=False):
    p = container.paragraphs[0] if first else container.add_paragraph()
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        run(p, text, size, bold, italic, color)
    return p


def run(p, text, size=None, bold=False, italic=False, color=None, sup=False):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    r.font.superscript = sup
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def rich(p, text, size=None):
    """'**bold**' spans and '^sup^' spans inside a line."""
    import re
    for part in re.split(r"(\*\*.+?\*\*|\^.+?\^)", text):
        if not part:
            continue
        if part.startswith("**"):
            run(p, part[2:-2], size, bold=True)
        elif part.startswith("^"):
            run(p, part[1:-1], size, sup=True)
        else:
            run(p, part, size)


def bottom_rule(p, color="1F3864", sz=8):
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))


def shade(cell, hexcolor):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def borders(table, val="single"):
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="{val}" w:sz="4" w:space="0" w:color="000000"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        if i < len(table.columns):
            table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def cell(table, r, c, text, bold=False, size=None, align=None, fill=None):
    ce = table.cell(r, c)
    lines = text.split("\n")
    p = para(ce, "", first=True, after=0, align=align)
    rich(p, lines[0], size)
    if bold:
        for rr in p.runs:
            rr.bold = True
    for ln in lines[1:]:
        q = para(ce, "", after=0, align=align)
        rich(q, ln, size)
    if fill:
        shade(ce, fill)
    return ce


# ---------------------------------------------------------------- 03
def build_03(out):
    d = _doc("Calibri", "Calibri", 10.5)
    para(d, "Curriculum Vitae", 9, color="808080", align="right", after=0)
    p = para(d, "", after=0)
    run(p, "ZHOU Jiarui", 20, bold=True, color="1F3864")
    run(p, "   Ph.D. | JSPS International Research Fellow", 11, color="404040")
    p = para(d, "Institute for Materials Research (IMR), Tohoku University, 2-1-1 Katahira, Aoba-ku, Sendai 980-8577, "
             "Japan", 9.5, after=0)
    para(d, "E-mail: jiarui.zhou@example.ac.jp  |  Tel: +81 22 555 0148  |  WeChat: zjr_example", 9.5, after=6)

    def head(t):
        p = para(d, t.upper(), 11.5, bold=True, color="1F3864", before=8, after=3)
        bottom_rule(p)

    head("Personal Information")
    t = d.add_table(rows=2, cols=4)
    rows = [("Gender", "Male", "Date of Birth", "1993.07"), ("Nationality", "Chinese", "Place of Birth", "Changsha, Hunan")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell(t, i, j, v, bold=(j % 2 == 0), size=10)
    widths(t, [3.2, 4.8, 3.2, 5.8])

    head("Research Interests")
    para(d, "High-entropy alloys for hydrogen storage · in-situ transmission electron microscopy · "
         "machine-learning-guided alloy design", 10)

    def entry(dates, line1, line2=None, bullets=()):
        p = para(d, "", after=0, before=3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
        run(p, dates, 10, bold=True)
        run(p, "\t")
        rich(p, line1, 10)
        if line2:
            q = para(d, "", after=0)
            q.paragraph_format.left_indent = Cm(3.6)
            run(q, line2, 9.5, italic=True, color="404040")
        for b in bullets:
            q = para(d, "• " + b, 9.5, after=0)
            q.paragraph_format.left_indent = Cm(3.6)

    head("Work Experience")
    entry("2022.04 – Now", "**JSPS International Research Fellow** (Postdoctoral), Institute for Materials Research, "
          "Tohoku University, Japan", "Host researcher: Prof. Kenji Morisawa",
          ["Hydrogen embrittlement and storage in Ti–V–Cr–Mn high-entropy alloys."])
    entry("2020.09 – 2022.03", "**Postdoctoral Researcher**, National Institute for Materials Science (NIMS), "
          "Tsukuba, Japan", "Supervisor: Dr. Haruka Inoue",
          ["In-situ environmental TEM of hydride nucleation; built an automated image-analysis pipeline."])

    head("Education")
    entry("2015.09 – 2020.07", "**Ph.D., Materials Science and Engineering**, School of Materials Science and "
          "Engineering, Tsinghua University, Beijing, China", "Supervisor: Prof. Lei Fang. Dissertation: Phase "
          "stability of refractory high-entropy alloys under irradiation")
    entry("2018.01 – 2019.01", "**Joint Ph.D. Student (CSC-sponsored)**, Department of Materials Science & "
          "Metallurgy, University of Cambridge, UK", "Co-supervisor: Dr. Oliver Pennington (12-month visit, no degree "
          "awarded)")
    entry("2011.09 – 2015.06", "**B.Eng., Materials Physics**, Central South University, Changsha, China",
          "GPA 91.2/100 (rank 2/86)")

    head("Research Projects")
    for b in ["JSPS KAKENHI Grant-in-Aid for JSPS Fellows, No. 22F22xxx, 2022–2024 (PI, ¥2.2 M)",
              "National Natural Science Foundation of China (NSFC) General Program, No. 5187xxxx, 2019–2022 "
              "(participant)"]:
        para(d, "• " + b, 10, after=1)

    head("Selected Publications")
    para(d, "(# equal contribution, * corresponding author; SCI JCR Q1 journals marked; IF = 2023 impact factor)", 9,
         italic=True, after=3)
    pubs = [
        "**J. Zhou**, K. Morisawa*, Hydride-induced ordering in a TiVCrMn high-entropy alloy observed by in-situ "
        "TEM, Acta Materialia 265 (2024) 119612. [JCR Q1, IF 8.3]",
        "S. Nakamura#, **J. Zhou**#, H. Inoue*, Machine-learning screening of hydrogen-storage high-entropy alloys, "
        "npj Computational Materials 9 (2023) 142. [JCR Q1, IF 9.4]",
        "**J. Zhou**, O. Pennington, L. Fang*, Irradiation-induced segregation in refractory high-entropy alloys, "
        "Nature Communications 12 (2021) 4453. [JCR Q1, IF 14.7]",
        "Y. Wu, **J. Zhou**, L. Fang*, Sluggish diffusion revisited: tracer measurements in NbMoTaW, Scripta "
        "Materialia 186 (2020) 73–78. [JCR Q1, IF 5.3]",
        "**J. Zhou**, Y. Wu, L. Fang*, Helium bubble evolution in W-based high-entropy alloys, Journal of Nuclear "
        "Materials 528 (2020) 151862. [JCR Q1, IF 2.8]",
    ]
    for i, s in enumerate(pubs, 1):
        p = para(d, "", after=2)
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        rich(p, f"[{i}]  " + s, 10)

    head("Honors & Awards")
    for b in ["2022  JSPS Postdoctoral Fellowship for Research in Japan (Standard)",
              "2020  Outstanding Doctoral Dissertation Award, Tsinghua University",
              "2019  National Scholarship for Graduate Students, Ministry of Education"]:
        para(d, b, 10, after=1)

    head("Skills")
    para(d, "TEM/STEM (Titan G2, aberration-corrected), APT, synchrotron XRD, DFT (VASP), Python, LAMMPS. "
         "Languages: Chinese (native), English (IELTS 7.5), Japanese (JLPT N3).", 10)
    d.save(out)


# ---------------------------------------------------------------- 04
def build_04(out):
    d = _doc("Times New Roman", "Times New Roman", 11, 2.2)
    para(d, "HUANG Xinyi, MD, PhD", 18, bold=True, align="center", after=0)
    para(d, "Research Fellow, Walter and Eliza Hall Institute of Medical Research (WEHI)", 11, align="center", after=0)
    para(d, "1G Royal Parade, Parkville VIC 3052, Australia", 10, align="center", after=0)
    para(d, "xinyi.huang@example.edu.au | +61 491 570 158 | ORCID 0000-0003-0000-0158", 10, align="center", after=8)

    def head(t):
        p = para(d, t, 12, bold=True, before=8, after=3)
        bottom_rule(p, "000000", 6)

    def rows(items):
        t = d.add_table(rows=len(items), cols=2)
        for i, (a, b) in enumerate(items):
            cell(t, i, 0, a, size=10.5)
            cell(t, i, 1, b, size=10.5)
        widths(t, [3.6, 13.0])

    head("PERSONAL INFORMATION")
    rows([("Name", "Xinyi Huang (黄心怡)"), ("Gender", "Female"), ("Date of birth", "1988.04.16"),
          ("Nationality", "Chinese (Australian permanent resident)")])

    head("EDUCATION")
    rows([("2012.09–2017.06", "**Doctor of Philosophy (PhD) in Oncology**\nPeking Union Medical College / Chinese "
           "Academy of Medical Sciences, Beijing\nSupervisor: Prof. Jianhua Shen"),
          ("2015.10–2016.10", "**Visiting PhD student** (China Scholarship Council joint training)\nDepartment of "
           "Oncology, University of Oxford, UK"),
          ("2007.09–2012.07", "**Bachelor of Medicine (MBBS equivalent, 5-year program)**\nWest China School of "
           "Medicine, Sichuan University, Chengdu")])

    head("RESEARCH AND CLINICAL EXPERIENCE")
    rows([("2023.07–present", "**Research Fellow**, Walter and Eliza Hall Institute of Medical Research, Melbourne\n"
           "Blood Cells and Blood Cancer Division; independent NHMRC-funded project"),
          ("2019.10–2023.06", "**Postdoctoral Research Fellow**, Peter MacCallum Cancer Centre, Melbourne\nSupervisor: "
           "A/Prof. Fiona Gallagher; single-cell profiling of CAR-T persistence"),
          ("2017.07–2019.09", "**Attending Physician (主治医师)**, Department of Medical Oncology, Cancer Hospital, "
           "Chinese Academy of Medical Sciences, Beijing")])

    head("RESEARCH FUNDING")
    rows([("2024–2026", "NHMRC Investigator Grant EL1 (Chief Investigator A, AUD 650,000)"),
          ("2021–2023", "Victorian Cancer Agency Early Career Seed Grant (CI)")])

    head("REPRESENTATIVE PUBLICATIONS")
    para(d, "#Co-first author; *Corresponding author; IF: impact factor (JCR 2023); Q1: JCR quartile", 9.5,
         italic=True, after=3)
    pubs = [
        "**Huang X**#, O'Neill P#, Tran MH, Gallagher F*. Exhausted-like memory states predict CAR-T failure in "
        "relapsed lymphoma. Blood. 2024;143(9):812-825. (IF 21.0, Q1)",
        "Tran MH, **Huang X**, Kowalczyk J, Gallagher F*. Clonal tracking of CD19 CAR-T cells by TCR barcoding. Nat "
        "Commun. 2022;13:6021. (IF 14.7, Q1)",
        "**Huang X**, Li Q, Shen J*. Circulating tumour DNA dynamics during first-line immunotherapy in NSCLC. Clin "
        "Cancer Res. 2019;25(18):5531-5540. (IF 10.4, Q1)",
        "Li Q#, **Huang X**#, Zhao Y, Shen J*. PD-L1 expression heterogeneity in paired primary and metastatic "
        "lesions. J Thorac Oncol. 2018;13(7):1001-1010. (IF 21.0, Q1)",
        "**Huang X**, Gallagher F*. Single-cell atlas of CAR-T products across manufacturing sites. Under review at "
        "Cancer Cell (2025).",
    ]
    for i, s in enumerate(pubs, 1):
        p = para(d, "", after=3)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        rich(p, f"{i}. " + s, 10.5)

    head("HONOURS AND AWARDS")
    rows([("2022", "Victorian Premier's Award for Health and Medical Research – Commendation"),
          ("2020", "American Society of Hematology (ASH) Abstract Achievement Award"),
          ("2017", "Outstanding Graduate of Beijing")])

    head("PROFESSIONAL QUALIFICATIONS")
    para(d, "Medical Practitioner Qualification Certificate (PRC, 2013); Medical Licence (PRC, 2014).", 10.5)
    d.save(out)


# ---------------------------------------------------------------- 08
def merge(t, r0, c0, r1, c1, text, **kw):
    m = t.cell(r0, c0).merge(t.cell(r1, c1))
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    m.paragraphs[0].text = ""
    return cell(t, r0, c0, text, **kw)


def build_08(out):
    d = _doc("宋体", "宋体", 10.5, 1.8)
    para(d, "XX大学2025年高层次人才招聘", 11, align="center", after=0)
    para(d, "应聘人员简历表", 18, bold=True, align="center", after=4)
    para(d, "应聘学院：化学化工学院        应聘岗位：特聘研究员（海外优青）        填表日期：2025年2月", 10, after=4)
    t = d.add_table(rows=19, cols=7)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    G = "D9D9D9"
    # 基本信息: rows 0-4, photo merged col 6 rows 0-3
    merge(t, 0, 0, 0, 5, "一、基本信息", bold=True, fill=G)
    merge(t, 0, 6, 0, 6, "", fill=G)
    for (r, c, v, b) in [(1, 0, "姓 名", True), (1, 1, "韩雨桐", False), (1, 2, "性 别", True), (1, 3, "女", False),
                         (1, 4, "出生年月", True), (1, 5, "1990.05", False),
                         (2, 0, "民 族", True), (2, 1, "汉族", False), (2, 2, "政治面貌", True), (2, 3, "群众", False),
                         (2, 4, "籍 贯", True), (2, 5, "山东烟台", False),
                         (3, 0, "最高学历", True), (3, 1, "博士研究生", False), (3, 2, "最高学位", True),
                         (3, 3, "理学博士", False), (3, 4, "现任职务", True), (3, 5, "博士后研究员", False)]:
        cell(t, r, c, v, bold=b, size=10, align="center")
    merge(t, 1, 6, 3, 6, "照片", size=10, align="center")
    cell(t, 4, 0, "联系电话", bold=True, size=10, align="center")
    merge(t, 4, 1, 4, 2, "+1-202-555-0164\n138 0013 8472（国内）", size=10)
    cell(t, 4, 3, "电子邮箱", bold=True, size=10, align="center")
    merge(t, 4, 4, 4, 6, "yutong.han@example.edu", size=10)
    cell(t, 5, 0, "研究方向", bold=True, size=10, align="center")
    merge(t, 5, 1, 5, 6, "金属有机框架材料的设计合成；光催化二氧化碳还原；单原子催化", size=10)
    # 教育经历
    merge(t, 6, 0, 6, 6, "二、教育经历（从本科填起）", bold=True, fill=G)
    hdr = ["起止时间", "学校（院系）", "", "专业", "学历/学位", "导师", ""]
    for c, v in enumerate(hdr):
        if v:
            cell(t, 7, c, v, bold=True, size=10, align="center")
    merge(t, 7, 1, 7, 2, "学校（院系）", bold=True, size=10, align="center")
    merge(t, 7, 5, 7, 6, "导师", bold=True, size=10, align="center")
    edu = [("2013.09-2018.06", "南京大学 化学化工学院", "无机化学", "博士研究生/博士", "王立群 教授"),
           ("2016.09-2017.09", "美国加州大学伯克利分校（国家公派联合培养）", "化学", "联合培养博士生", "Prof. M. Castellano"),
           ("2009.09-2013.06", "厦门大学 化学化工学院", "化学", "本科/学士", "—")]
    for i, (a, b, c, e, f) in enumerate(edu):
        r = 8 + i
        cell(t, r, 0, a, size=10, align="center")
        merge(t, r, 1, r, 2, b, size=10)
        cell(t, r, 3, c, size=10, align="center")
        cell(t, r, 4, e, size=10, align="center")
        merge(t, r, 5, r, 6, f, size=10, align="center")
    # 工作经历
    merge(t, 11, 0, 11, 6, "三、工作经历", bold=True, fill=G)
    cell(t, 12, 0, "起止时间", bold=True, size=10, align="center")
    merge(t, 12, 1, 12, 4, "工作单位（部门）", bold=True, size=10, align="center")
    merge(t, 12, 5, 12, 6, "职务/职称", bold=True, size=10, align="center")
    jobs = [("2021.03-至今", "美国斯克里普斯研究所（Scripps Research）化学系", "博士后研究员"),
            ("2018.09-2021.02", "美国西北大学 化学系", "博士后")]
    for i, (a, b, c) in enumerate(jobs):
        r = 13 + i
        cell(t, r, 0, a, size=10, align="center")
        merge(t, r, 1, r, 4, b, size=10)
        merge(t, r, 5, r, 6, c, size=10, align="center")
    # 代表性成果
    merge(t, 15, 0, 15, 6, "四、代表性成果（不超过10项，按GB/T 7714格式；#共同第一作者，*通讯作者）", bold=True, fill=G)
    pubs = [
        "[1] **HAN Y T**, CASTELLANO M, WANG L Q*. Single-atom cobalt sites in a porphyrinic MOF for visible-light CO2 "
        "reduction[J]. Journal of the American Chemical Society, 2023, 145(12): 6789-6797.（IF 14.4，JCR一区）",
        "[2] LI P#, **HAN Y T**#, OKAFOR C, et al. Defect-engineered zirconium MOFs for photocatalytic hydrogen "
        "evolution[J]. Angewandte Chemie International Edition, 2022, 61(40): e202209876.（IF 16.1，JCR一区）",
        "[3] **HAN Y T**, ZHANG R, WANG L Q*. Ligand-field tuning of Cu-MOF photocatalysts[J]. Chemical Science, 2019, "
        "10(28): 6870-6877.（IF 7.6，JCR一区）",
        "[4] 韩雨桐, 王立群*. 金属有机框架光催化材料研究进展[J]. 化学学报, 2018, 76(9): 655-668.",
        "[5] **HAN Y T**, PETERSEN K, CASTELLANO M*. Charge-transfer dynamics in MOF-supported single atoms[J]. "
        "Nature Catalysis, 2025, 审稿中.",
    ]
    merge(t, 16, 0, 16, 6, "\n".join(pubs), size=9.5)
    merge(t, 17, 0, 17, 6, "五、主持/参与项目及获奖情况", bold=True, fill=G)
    merge(t, 18, 0, 18, 6,
          "主持/参与项目：\n"
          "1. 国家自然科学基金青年项目（22101xxx），可见光驱动MOF单原子催化，2019.01-2021.12，参与（排名第2）\n"
          "2. 美国能源部基础能源科学项目（DE-SC00xxxxx），2021-2024，参与\n"
          "获奖及荣誉：\n"
          "1. 2019年 中国科协青年人才托举工程\n"
          "2. 2018年 南京大学优秀博士学位论文\n"
          "3. 2017年 博士研究生国家奖学金", size=10)
    widths(t, [2.7, 2.6, 2.2, 2.4, 2.6, 2.1, 2.6])
    para(d, "本人承诺以上所填信息真实有效。    本人签名：                日期：", 10, before=6)
    d.save(out)


# ---------------------------------------------------------------- 09
def build_09(out):
    d = _doc("SimSun", "SimSun", 10.5, 1.8)
    para(d, "附件2", 10, bold=True, after=2)
    para(d, "XX大学海外高层次人才引进申请表", 16, bold=True, align="center", after=2)
    para(d, "申报类别：☑ 国家海外优青   ☐ 青年拔尖   ☐ 学院引进      申报学科：材料科学与工程", 10.5, after=4)
    t = d.add_table(rows=16, cols=6)
    borders(t)
    G = "E7E6E6"
    merge(t, 0, 0, 0, 5, "基本信息", bold=True, fill=G, align="center")
    kv = [(1, "姓名", "邓启航", "性别", "男"), (2, "出生日期", "1989年10月", "国籍", "中国"),
          (3, "现工作单位", "新南威尔士大学（澳大利亚）", "现任职务", "讲师（Lecturer）"),
          (4, "手机", "+61 491 570 159", "电子邮箱", "qihang.deng@example.edu.au")]
    for r, a, b, c, e in kv:
        cell(t, r, 0, a, bold=True, size=10, align="center")
        merge(t, r, 1, r, 2, b, size=10)
        cell(t, r, 3, c, bold=True, size=10, align="center")
        merge(t, r, 4, r, 5, e, size=10)
    merge(t, 5, 0, 5, 5, "学习经历（自本科起）", bold=True, fill=G, align="center")
    merge(t, 6, 0, 6, 5,
          "2014.07-2018.09  昆士兰大学（The University of Queensland），化学工程，博士（PhD）\n"
          "2011.09-2014.06  中南大学，材料科学与工程，硕士\n"
          "2007.09-2011.06  中南大学，材料科学与工程，学士", size=10)
    merge(t, 7, 0, 7, 5, "工作经历", bold=True, fill=G, align="center")
    merge(t, 8, 0, 8, 5,
          "2022.01-至今  新南威尔士大学 材料科学与工程学院，讲师\n"
          "2018.10-2021.12  莫纳什大学 化学与生物工程系，博士后研究员（Research Fellow）", size=10)
    merge(t, 9, 0, 9, 5, "代表性论文（近五年，不超过10篇；#共同第一作者，*通讯作者）", bold=True, fill=G, align="center")
    merge(t, 10, 0, 10, 5,
          "1. DENG Q H, HARRIS T, WU J*. Lithiophilic high-entropy interlayers for anode-free lithium metal "
          "batteries[J]. Advanced Materials, 2024, 36(8): 2309912.\n"
          "2. PATEL R#, DENG Q H#, WU J*. Fluorinated solid-electrolyte interphases by design[J]. Energy & "
          "Environmental Science, 2023, 16(5): 2101-2112.\n"
          "3. DENG Q H, MCALLISTER S*. Operando neutron imaging of lithium plating in pouch cells[J]. Nature Energy, "
          "2021, 6(11): 1040-1049.\n"
          "4. KIM H, DENG Q H, MCALLISTER S*. Pressure effects in sulfide solid-state cells[J]. ACS Energy Letters, "
          "2020, 5(3): 812-819.\n"
          "5. DENG Q H*, NGUYEN L, WU J. Dual-salt electrolytes for 4.6 V cathodes[J]. Joule, 2025, accepted.",
          size=10)
    merge(t, 11, 0, 11, 5, "主持/参与科研项目", bold=True, fill=G, align="center")
    merge(t, 12, 0, 12, 5,
          "1. 澳大利亚研究理事会 Discovery Early Career Researcher Award（DE23010xxxx），2023-2026，主持\n"
          "2. 澳大利亚研究理事会 Linkage 项目（LP21010xxxx），2022-2025，参与\n"
          "3. 国家自然科学基金青年项目（5170xxxx），2017-2019，参与（攻读博士期间在中南大学合作）", size=10)
    merge(t, 13, 0, 13, 5, "获奖情况 / 人才称号", bold=True, fill=G, align="center")
    merge(t, 14, 0, 14, 5,
          "1. 2024  澳大利亚材料研究学会青年科学家奖\n"
          "2. 2019  国家优秀自费留学生奖学金\n"
          "3. 2018  昆士兰大学院长优秀博士论文奖（Dean's Award for Excellence in the PhD Thesis）", size=10)
    cell(t, 15, 0, "申请人签字", bold=True, size=10, align="center")
    merge(t, 15, 1, 15, 5, "本人保证所填内容真实。                              签字：          2025年  月  日",
          size=10)
    widths(t, [2.6, 2.9, 2.9, 2.6, 2.9, 3.3])
    d.save(out)
