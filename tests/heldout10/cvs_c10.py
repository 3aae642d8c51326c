"""Builders 06-10: a Europass-like Word CV, a Chinese WPS-like Word 个人简历, an industry Word resume with the
contact block in the page header, a Chinese job-site plain-text export, a LinkedIn-like Markdown export.
All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from kit10 import border_bottom, fixed_save, label


def _cell_shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    tcpr.append(shd)


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def europass_docx_postdoc(files: Path) -> dict:
    """06: Europass-like Word CV (two-column borderless table, labels right-aligned on the left)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    fn = "06_neuroscience_postdoc_europass_like_docx.docx"
    blue = RGBColor(0x1F, 0x4E, 0x96)
    me = "Marchisio-Kaur B"
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        ([me, "Thijssen R", "Okoro A"], "Theta-gamma coupling predicts serial-order recall in older adults",
         "Journal of Neuroscience. 2024;44(12):e1021232024", "Journal of Neuroscience", 2024, True, "published"),
        (["Thijssen R", me, "van Dael P", "Sørlie K"], "A hierarchical model of sequence replay during rest",
         "NeuroImage. 2023;270:119981", "NeuroImage", 2023, False, "published"),
        ([me, "Okoro A"], "Closed-loop auditory stimulation does not rescue recall after sleep restriction",
         "Cerebral Cortex. In press", "Cerebral Cortex", None, True, "in press"),
        ([me, "Sørlie K", "Thijssen R"], "Replay-informed decoding of working memory load",
         "Accepted in eLife (Reviewed Preprint)", "eLife", None, True, "accepted"),
        (["Okoro A", "Marchisio-Kaur B"], "Open pipeline for MEG sequence analysis",
         "bioRxiv 2025.01.14.632210 [preprint]", "bioRxiv", 2025, False, "preprint"),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Curriculum vitae\tBenedetta Marchisio-Kaur"
    fp = sec.footer.paragraphs[0]
    fp.text = "© European Union, 2002-2025 | europass.example.eu"
    t = doc.add_table(rows=0, cols=2)
    _no_borders(t)
    t.columns[0].width = Cm(5.2)
    t.columns[1].width = Cm(12.6)

    def row(left: str, right: str | list[str], head: bool = False, bold_right: bool = False, big: bool = False):
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(5.2), Cm(12.6)
        p = c[0].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(left.upper() if head else left)
        r.font.color.rgb = blue
        r.font.size = Pt(10 if head else 9)
        lines = right if isinstance(right, list) else [right]
        for i, ln in enumerate(lines):
            q = c[1].paragraphs[0] if i == 0 else c[1].add_paragraph()
            rr = q.add_run(ln)
            rr.bold = bold_right and i == 0
            if big:
                rr.font.size = Pt(16)
            if head:
                border_bottom(q, color="1F4E96", sz="6")
        return c

    row("Personal information", "Benedetta Marchisio-Kaur", head=True, big=True)
    row("", ["Oudegracht 212-bis, 3511 NV Utrecht (Netherlands)", "+31 6 5550 2794",
             "b.marchisio-kaur@example.nl", "https://bmkaur.example.org",
             "ORCID: 0000-0001-5550-3382", "Sex Female | Date of birth 14/03/1991 | Nationality Italian"])
    row("Position", "Postdoctoral researcher, memory and sleep")
    row("Work experience", "", head=True)
    jobs = [("01/09/2022–present", "Postdoctoral Researcher (NWO Veni fellow)",
             "Donders-Lindeboom Centre for Cognition, Utrecht (Netherlands)", "Donders-Lindeboom Centre for Cognition",
             "2022-09", "present", "MEG studies of memory replay; supervises 2 PhD students"),
            ("01/02/2020–31/08/2022", "Postdoctoral Researcher",
             "Istituto di Neuroscienze Cognitive Val Chisone, Turin (Italy)", "Istituto di Neuroscienze Cognitive Val Chisone",
             "2020-02", "2022-08", "Sleep-dependent consolidation; ran the closed-loop stimulation lab"),
            ("01/06/2015–30/09/2015", "Research intern",
             "Neurotech Piemonte S.r.l., Turin (Italy)", "Neurotech Piemonte S.r.l.", "2015-06", "2015-09",
             "EEG artefact-removal tools")]
    for d, ti, emp, *_r, act in jobs:
        row(d, [ti, emp, act], bold_right=True)
    row("Education and training", "", head=True)
    edu = [("01/11/2016–20/01/2020", "PhD in Cognitive Neuroscience", "Scuola Superiore di Studi Avanzati Monviso, Turin (Italy)",
            "Scuola Superiore di Studi Avanzati Monviso", "phd", "2016-11", "2020-01", "Thesis: Sequence memory across sleep"),
           ("01/10/2013–15/07/2016", "Laurea Magistrale (MSc) in Cognitive Science, 110/110 cum laude",
            "Università degli Studi di Roverbella, Roverbella (Italy)", "Università degli Studi di Roverbella", "master",
            "2013-10", "2016-07", "EQF level 7"),
           ("01/10/2010–20/07/2013", "Laurea (BSc) in Psychology", "Università degli Studi di Roverbella, Roverbella (Italy)",
            "Università degli Studi di Roverbella", "bachelor", "2010-10", "2013-07", "EQF level 6")]
    for d, deg, inst, *_r, note in edu:
        row(d, [deg, inst, note], bold_right=True)
    row("Personal skills", "", head=True)
    row("Mother tongue(s)", "Italian")
    row("Other language(s)", ["English C2", "Dutch B1", "Punjabi A2"])
    row("Digital skills", "MNE-Python, FieldTrip, MATLAB, R, PsychoPy, Git")
    row("Additional information", "", head=True)
    pub_lines = []
    for i, (au, ti, v, *_r) in enumerate(pubs, 1):
        pub_lines.append(f"{i}. {', '.join(au)}. {ti}. {v}.")
    c = row("Publications", ["Own name first where I led the work."] + pub_lines)
    for p in c[1].paragraphs[1:]:
        for r in p.runs:
            txt = r.text
            if me in txt:
                p.clear()
                a, b2 = txt.split(me, 1)
                p.add_run(a)
                p.add_run(me).bold = True
                p.add_run(b2)
    row("Grants", ["2022: NWO Veni grant (EUR 280,000), 'Replay in the ageing brain'",
                   "2019: Travel grant, Federation of European Neuroscience Societies"])
    row("Honours and awards", ["2021: Young Investigator Award, Società Italiana di Psicofisiologia",
                               "2020: Best PhD thesis in cognitive science, SSSA Monviso"])
    row("Conferences", ["Talk, Cognitive Neuroscience Society Annual Meeting, San Francisco, 2024",
                        "Poster, FENS Forum, Paris, 2022"])
    fixed_save(doc, files / fn)
    return label(
        fn, "Benedetta Marchisio-Kaur", [], ["b.marchisio-kaur@example.nl"], ["+31655502794"],
        ["bmkaur.example.org", "orcid.org/0000-0001-5550-3382"],
        [(e[3], e[4], e[5], e[6]) for e in edu], [(j[3], j[1], j[4], j[5]) for j in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], [], 2,
        "Europass-like Word CV (python-docx): 'Curriculum vitae<TAB>name' in the page header, a borderless "
        "two-column table with blue right-aligned labels on the left (PERSONAL INFORMATION, WORK EXPERIENCE ...), "
        "section rows underlined; contact lines without labels, 'Sex | Date of birth | Nationality'. Dates in "
        "Europass day-first form '01/09/2022–present', '01/02/2020–31/08/2022' (labels keep year-month). "
        "'Position' row is not a job. Degrees 'Laurea Magistrale (MSc) ..., 110/110 cum laude' and 'Laurea (BSc)'. "
        "Publications numbered 1-5 inside one cell after a sentence, Vancouver style 'Surname AB', own name bold, "
        "'Cerebral Cortex. In press', 'Accepted in eLife (Reviewed Preprint)', a bioRxiv preprint. Grants are not awards; conference talks are not "
        "papers.",
        layout="Europass-like DOCX table")


def wps_zh_docx(files: Path) -> dict:
    """07: Chinese WPS-like 个人简历 (Word): info table with photo cell, shaded section rows, 科研成果 list."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    fn = "07_zh_materials_lecturer_wps_table_docx.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("个人简历")
    r.bold = True
    r.font.size = Pt(18)
    t = doc.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    info = [["姓    名", "褚 砚 秋", "性    别", "女", "照片"],
            ["出生年月", "1993.04", "政治面貌", "中共党员", ""],
            ["学    历", "博士研究生", "职    称", "讲师", ""],
            ["联系电话", "137 5550 6218", "电子邮箱", "chuyanqiu@mail.example.com.cn", ""],
            ["通讯地址", "临江市北湖区学府路 27 号 临江工业大学材料学院 邮编 430555", "", "", ""]]
    for i, rowv in enumerate(info):
        for j, v in enumerate(rowv):
            if v:
                t.cell(i, j).text = v
    t.cell(0, 4).merge(t.cell(3, 4))
    t.cell(4, 1).merge(t.cell(4, 4))
    me = "褚砚秋"

    def section(title: str, lines: list[str]):
        tb = doc.add_table(rows=1 + len(lines), cols=1)
        tb.style = "Table Grid"
        c = tb.cell(0, 0)
        c.text = ""
        rr = c.paragraphs[0].add_run(title)
        rr.bold = True
        _cell_shade(c, "D9E2F3")
        for i, ln in enumerate(lines, 1):
            cell = tb.cell(i, 0)
            p = cell.paragraphs[0]
            if me in ln:
                a, b = ln.split(me, 1)
                p.add_run(a)
                p.add_run(me).bold = True
                p.add_run(b)
            else:
                p.add_run(ln)
        doc.add_paragraph()

    section("求职意向", ["高校教师（材料科学与工程方向）"])
    edu = [("2015.09-2020.06", "华岳大学", "材料科学与工程", "博士（硕博连读）", "phd", "2015-09", "2020-06"),
           ("2011.09-2015.06", "江陵理工大学", "材料物理", "学士", "bachelor", "2011-09", "2015-06")]
    section("教育经历", [f"{d}    {s}    {m}    {g}" for d, s, m, g, *_r in edu])
    jobs = [("2022.07-至今", "临江工业大学材料学院", "讲师", "2022-07", "present"),
            ("2020.07-2022.06", "临江工业大学材料学院", "博士后（师资博士后）", "2020-07", "2022-06")]
    section("工作经历", [f"{d}    {o}    {ti}" for d, o, ti, *_r in jobs])
    section("研究方向", ["固态电解质界面；钠离子电池正极材料；原位表征"])
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        ([me + "#", "韩澄#", "龚立川*"], "Interfacial engineering of sodium superionic conductors by atomic layer deposition",
         "Advanced Energy Materials, 2023, 13(8): 2203871. (SCI 一区)", "Advanced Energy Materials", 2023, True, "published"),
        (["韩澄", me, "龚立川*"], "Prussian-white cathodes with suppressed phase transition",
         "Nano Energy, 2022, 101: 107602. (SCI)", "Nano Energy", 2022, False, "published"),
        ([me, "龚立川*"], "钠离子电池层状氧化物正极的表面重构机制", "物理化学学报, 2024, 40(2): 2304011", "物理化学学报",
         2024, True, "published"),
        ([me + "*", "孟繁星", "邱一鸣"], "In situ TEM observation of dendrite suppression in hybrid electrolytes",
         "ACS Nano, 已接收", "ACS Nano", None, True, "accepted"),
        (["孟繁星", me + "*"], "Machine-learned interatomic potentials for sodium-ion conductors",
         "npj Computational Materials, 审稿中", "npj Computational Materials", None, False, "under review"),
    ]
    pub_lines = ["（# 共同第一作者，* 通讯作者）"] + [
        f"[{i}] {', '.join(au)}. {ti}. {v}." for i, (au, ti, v, *_r) in enumerate(pubs, 1)]
    section("科研成果", pub_lines + ["授权发明专利：一种复合固态电解质及其制备方法，ZL 2021 1 0555321.7（第二发明人）"])
    section("科研项目", ["2023.01-2025.12  国家自然科学基金青年科学基金项目，主持",
                         "2021.06-2023.06  中国博士后科学基金面上资助，主持"])
    section("获奖情况", ["2023年  临江市优秀青年科技人才",
                         "2019年  博士研究生国家奖学金",
                         "2018年  中国材料大会优秀墙报奖"])
    section("自我评价", ["具有扎实的电化学与材料表征基础，熟练使用 XRD、XPS、TEM，能独立指导本科生毕业设计。"])
    fixed_save(doc, files / fn)
    return label(
        fn, "褚砚秋", ["褚 砚 秋", "Yanqiu Chu", "Chu Yanqiu"], ["chuyanqiu@mail.example.com.cn"], ["+8613755506218"],
        [], [(e[1], e[4], e[5], e[6]) for e in edu], [(j[1], j[2], j[3], j[4]) for j in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs],
        ["固态电解质界面", "钠离子电池正极材料", "原位表征"], 3,
        "WPS/Word 个人简历 (python-docx): centred title '个人简历', a 5x5 'Table Grid' information table with label "
        "cells padded by spaces ('姓    名'), the name spaced out '褚 砚 秋' in a cell, a merged '照片' photo cell, "
        "political status, phone with spaces '137 5550 6218', address merged across the row. Every section is "
        "its own one-column bordered table with a shaded title row. 教育经历 lines 'YYYY.MM-YYYY.MM  school  "
        "major  degree' with '博士（硕博连读）'. 工作经历 includes a 师资博士后 then 讲师 at the same school "
        "('2022.07-至今'). 求职意向 is not a job. 科研成果: '# 共同第一作者，* 通讯作者' defined; English and "
        "Chinese papers, '(SCI 一区)' tags, 'ACS Nano, 已接收' (accepted), 'npj Computational Materials, 审稿中' "
        "(under review), the candidate marked '*' corresponding but not first counts as not first; a patent "
        "line is not a paper. 科研项目 are grants; 3 dated awards.",
        language="zh", layout="WPS-like DOCX tables")


def header_docx_pm(files: Path) -> dict:
    """08: industry Word resume with name and contact in the page header, LinkedIn only in the footer."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    fn = "08_product_manager_word_header_contact.docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hdr = sec.header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("DESMOND ACHTERBERG-NWOSU")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x2E, 0x4A, 0x3B)
    p2 = hdr.add_paragraph("Senior Product Manager  •  Leeds, UK  •  +44 7700 900 418  •  desmond.an@example.co.uk")
    border_bottom(p2, color="2E4A3B", sz="12")
    sec.footer.paragraphs[0].text = "linkedin.com/in/desmond-achterberg-nwosu  •  portfolio: dan-product.example.co.uk"
    tab_pos = Cm(17.0)

    def heading(t: str):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        rr = q.add_run(t.upper())
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x2E, 0x4A, 0x3B)
        border_bottom(q, color="A0A0A0", sz="4")

    def line(left: str, right: str, bold: bool = True, italic: bool = False):
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
        q.paragraph_format.space_after = Pt(0)
        a = q.add_run(left)
        a.bold, a.italic = bold, italic
        q.add_run("\t" + right)

    def bullets(items):
        for b in items:
            doc.add_paragraph(b, style="List Bullet")

    heading("Profile")
    doc.add_paragraph("Product manager with 9 years in B2B SaaS and fintech; comfortable with SQL, experiments and "
                      "saying no to roadmaps that do not add up.")
    heading("Experience")
    jobs = [("Fernhill Ledger Ltd", "Leeds", [
                ("Senior Product Manager, Payments Platform", "Mar 2022 – present", "2022-03", "present",
                 ["Own the payouts API used by 4,000 merchants; NPS up from 21 to 48.",
                  "Led the migration to ISO 20022 messaging with a team of 11."]),
                ("Product Manager, Onboarding", "Jan 2020 – Feb 2022", "2020-01", "2022-02",
                 ["Halved time-to-first-payment through a redesigned KYC flow (A/B tested)."])]),
            ("Quillmere Software", "Manchester", [
                ("Associate Product Manager", "Sep 2017 – Dec 2019", "2017-09", "2019-12",
                 ["Shipped reporting module adopted by 70% of enterprise accounts."])]),
            ("Quillmere Software", "Manchester", [
                ("Business Analyst", "Jul 2016 – Aug 2017", "2016-07", "2017-08",
                 ["Requirements and UAT for the invoicing product."])])]
    for org, city, roles in jobs:
        for ti, d, *_r, bl in roles:
            line(f"{org}, {city}", d)
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
            q.add_run(ti).italic = True
            bullets(bl)
    heading("Education")
    edu = [("University of Pennine Vale", "master", "2015-09", "2016-09", "MSc Management and Information Systems",
            "Sep 2015 – Sep 2016"),
           ("Wexcombe College, University of Aldermoor", "bachelor", "2012-10", "2015-06",
            "BA (Hons) Economics, First Class", "Oct 2012 – Jun 2015")]
    for inst, _l, _s, _e, deg, d in edu:
        line(inst, d)
        q = doc.add_paragraph(deg)
        q.paragraph_format.space_after = Pt(4)
    heading("Certifications")
    bullets(["Certified Scrum Product Owner (CSPO), Scrum Alliance, 2019", "Pragmatic Institute PMC-III, 2021"])
    heading("Awards")
    bullets(["Fernhill 'Customer Obsession' Award, 2023", "Leeds Digital Festival – Product Talk of the Year, 2022"])
    heading("Skills")
    doc.add_paragraph("Discovery interviews, roadmap planning, SQL (BigQuery), Amplitude, Figma, Jira; "
                      "payments (SEPA, Faster Payments, ISO 20022)")
    fixed_save(doc, files / fn)
    exp = [(org, ti, s, e) for org, _c, roles in jobs for ti, _d, s, e, _b in roles]
    return label(
        fn, "Desmond Achterberg-Nwosu", ["DESMOND ACHTERBERG-NWOSU"], ["desmond.an@example.co.uk"],
        ["+447700900418"], ["linkedin.com/in/desmond-achterberg-nwosu", "dan-product.example.co.uk"],
        [(e[0], e[1], e[2], e[3]) for e in edu], exp, 0, None, [], [], 2,
        "Industry Word resume (python-docx): the name in capitals and the contact line "
        "'Senior Product Manager • Leeds, UK • +44 7700 900 418 • e-mail' live only in the page HEADER; LinkedIn "
        "and a portfolio only in the FOOTER. Body headings are bold capitals over a bottom border. Each job is "
        "'Organisation, City<TAB>dates' with a right tab stop, then the italic title on the next line; two roles "
        "at Fernhill Ledger Ltd and two separate blocks for Quillmere Software. Education 'institution<TAB>dates' "
        "then the degree ('MSc ...', 'BA (Hons) Economics, First Class'). Certifications are separate from the "
        "2 awards. No publications.",
        layout="Word header contact + tab stops")


def jobsite_zh_txt(files: Path) -> dict:
    """09: Chinese job-site resume exported as plain text (UTF-8), backend engineer."""
    fn = "09_zh_backend_engineer_jobsite_export.txt"
    jobs = [("2021/03 - 至今", "澜汐科技有限公司", "高级后端开发工程师", "2021-03", "present"),
            ("2019/07 - 2021/02", "澜汐科技有限公司", "后端开发工程师", "2019-07", "2021-02"),
            ("2018/07 - 2019/06", "北辰云数信息技术有限公司", "Java开发工程师", "2018-07", "2019-06")]
    txt = """个人简历
更新时间：2025-04-18

甘 屹 舟
男 | 30岁 | 现居住 杭州 | 6年工作经验
手机：15855502371
邮箱：ganyizhou@example.cn

求职意向
期望职位：高级后端开发工程师 / 技术专家
期望城市：杭州、上海
期望薪资：35-45K·15薪
求职状态：在职-考虑机会

工作经历
{j0}
部门：交易中台
工作描述：
1. 负责订单与支付核心链路的架构设计，支撑双十一峰值 12 万 QPS；
2. 主导从单体到微服务（Spring Cloud + Dubbo）的拆分，接口平均延迟下降 40%；
3. 带领 5 人小组，负责代码评审与新人培养。

{j1}
部门：交易中台
工作描述：
1. 负责优惠券系统的开发与维护；
2. 基于 Kafka 实现异步对账，日处理 3000 万条流水。

{j2}
工作描述：
1. 参与政务数据交换平台开发，负责数据同步模块。

项目经验
2022/05 - 2023/01  分布式事务框架改造
所属公司：澜汐科技有限公司
项目描述：基于 Seata 的 TCC 模式改造资金链路，消除跨库不一致问题。
责任描述：方案设计、核心代码编写、压测。

2020/09 - 2020/12  实时风控规则引擎
所属公司：澜汐科技有限公司
项目描述：Flink + Drools 实现毫秒级风控决策。

教育经历
2014/09 - 2018/06  钱塘理工大学 | 计算机科学与技术 | 本科 | 统招
2018/09 - 2021/06  明州大学 | 软件工程 | 硕士 | 非全日制

专业技能
精通 Java、Spring Boot、MySQL 调优；熟悉 Go、Redis、Kafka、Kubernetes；
了解 Flink、ClickHouse。

证书
软件设计师（中级）2017；PMP 2022；英语 CET-6

获奖情况
2023 澜汐科技年度技术之星
2017 全国大学生软件创新大赛 二等奖

自我评价
责任心强，乐于分享，有大型高并发系统的落地经验。
""".format(**{f"j{i}": f"{d}  {o} | {t}" for i, (d, o, t, *_r) in enumerate(jobs)})
    (files / fn).write_text(txt, encoding="utf-8")
    return label(
        fn, "甘屹舟", ["甘 屹 舟", "Gan Yizhou", "Yizhou Gan"], ["ganyizhou@example.cn"], ["+8615855502371"], [],
        [("钱塘理工大学", "bachelor", "2014-09", "2018-06"), ("明州大学", "master", "2018-09", "2021-06")],
        [(o, t, s, e) for _d, o, t, s, e in jobs], 0, None, [], [], 2,
        "Chinese job-site resume exported as plain UTF-8 text (no markup): '个人简历' + '更新时间' date first, the "
        "name spaced '甘 屹 舟' on its own line, then '男 | 30岁 | 现居住 杭州 | 6年工作经验', '手机：' / '邮箱：' "
        "lines. 求职意向 block (期望职位 is not a job). Jobs as 'YYYY/MM - 至今  公司 | 职位' followed by "
        "'部门：' and a numbered 工作描述; two roles at 澜汐科技有限公司. 项目经验 (projects with 所属公司) are not jobs. "
        "教育经历 oldest first, one line each '2014/09 - 2018/06  school | major | 本科 | 统招', a part-time "
        "master's (非全日制) overlapping with a job. 证书 are not awards; 2 dated awards. No publications.",
        language="zh", layout="job-site text export")


def linkedin_md_scientist(files: Path) -> dict:
    """10: LinkedIn-profile-like Markdown export, biotech scientist with grouped roles and a publications section."""
    fn = "10_biotech_scientist_linkedin_like_export.md"
    md = """# Tomasina Kowalczyk-Reyes

Senior Scientist, Protein Engineering at Aldergrove Therapeutics | Enzyme design | Directed evolution

San Diego, California, United States

## Contact

- tkreyes@example.org
- +1 858-555-0127 (Mobile)
- www.linkedin.com/in/tkowalczykreyes (LinkedIn)
- tkreyes.example.org (Personal)

## Top Skills

- Directed evolution
- Protein expression
- Python (Biopython)

## Summary

Protein engineer moving molecules from phage-display hits to developable leads. Previously an academic
postdoc in enzyme design.

## Experience

### Aldergrove Therapeutics
3 years 8 months

**Senior Scientist, Protein Engineering**
July 2023 - Present (1 year 10 months)
San Diego, California, United States

Lead a four-person team on bispecific antibody formats.

**Scientist II**
September 2021 - June 2023 (1 year 10 months)
San Diego, California, United States

### Saltmarsh Institute for Molecular Design
**Postdoctoral Fellow**
March 2018 - August 2021 (3 years 6 months)
La Jolla, California

Computational enzyme design and ultra-high-throughput screening.

### Pinecrest Biologics
**Research Associate (Summer Internship)**
June 2012 - August 2012 (3 months)

## Education

### Rosendale University
Doctor of Philosophy - PhD, Biochemistry · (2012 - 2018)

### Universidad Autónoma de Valle Escondido
Licenciatura, Biotechnology · (2007 - 2012)

## Licenses & Certifications

- Laboratory Animal Welfare Training - Institutional Committee

## Publications

- **Kinetic trapping of de novo Kemp eliminases by loop grafting** - Nature Chemical Biology, 2021.
  Authors: Kowalczyk-Reyes T, Halloran D, Menon S.
- **A microfluidic screen for stable transaminase variants** - Protein Engineering, Design and Selection, 2019.
  Authors: Okafor J, Kowalczyk-Reyes T, Halloran D.
- **Developability rules for bispecific formats learned from 2,000 constructs** - bioRxiv (preprint), 2025.
  Authors: Kowalczyk-Reyes T, Brandvold E, et al.

## Honors & Awards

- Saltmarsh Postdoctoral Fellowship - Saltmarsh Institute, 2018
- Outstanding Dissertation Award - Rosendale University Graduate School, 2018
"""
    (files / fn).write_text(md, encoding="utf-8")
    pubs = [("Kinetic trapping of de novo Kemp eliminases by loop grafting", "Nature Chemical Biology", 2021, True,
             "published", ["Kowalczyk-Reyes T", "Halloran D", "Menon S"]),
            ("A microfluidic screen for stable transaminase variants", "Protein Engineering, Design and Selection",
             2019, False, "published", ["Okafor J", "Kowalczyk-Reyes T", "Halloran D"]),
            ("Developability rules for bispecific formats learned from 2,000 constructs", "bioRxiv", 2025, True,
             "preprint", ["Kowalczyk-Reyes T", "Brandvold E", "et al."])]
    return label(
        fn, "Tomasina Kowalczyk-Reyes", [], ["tkreyes@example.org"], ["+18585550127"],
        ["linkedin.com/in/tkowalczykreyes", "tkreyes.example.org"],
        [("Rosendale University", "phd", "2012", "2018"),
         ("Universidad Autónoma de Valle Escondido", "bachelor", "2007", "2012")],
        [("Aldergrove Therapeutics", "Senior Scientist, Protein Engineering", "2023-07", "present"),
         ("Aldergrove Therapeutics", "Scientist II", "2021-09", "2023-06"),
         ("Saltmarsh Institute for Molecular Design", "Postdoctoral Fellow", "2018-03", "2021-08"),
         ("Pinecrest Biologics", "Research Associate (Summer Internship)", "2012-06", "2012-08")],
        len(pubs), sum(p[3] for p in pubs), pubs, [], 2,
        "LinkedIn-profile-like export written as Markdown: '# Name', a headline line with '|' separators "
        "(contains a title and an employer but is not itself a job entry), location, '## Contact' bullets with "
        "'(Mobile)' / '(LinkedIn)' / '(Personal)' suffixes, Top Skills, Summary. Experience: '### Company' then "
        "a total tenure line ('3 years 8 months') and several bold roles each with 'Month YYYY - Present "
        "(1 year 10 months)' and a location; two roles at Aldergrove Therapeutics. Education 'Doctor of "
        "Philosophy - PhD, Biochemistry · (2012 - 2018)' and a 'Licenciatura' (bachelor). Publications as "
        "bold title - venue, year with an 'Authors:' line underneath in 'Surname I' form, 'et al.', a bioRxiv "
        "preprint. A training certificate is not an award; 2 honours (a fellowship listed as an honour counts).",
        layout="LinkedIn-like Markdown export")
