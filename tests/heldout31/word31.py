"""The Word files of heldout31 (05 kept as DOCX; 06 and 08 printed by LibreOffice)."""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from docx31 import field, heading, new_doc, right_tab, save, soft_break


def make05(path: Path) -> None:
    """Australian economics lecturer: fields, dot-leader right tabs, soft line breaks; kept as DOCX."""
    doc = new_doc("Tobias Ngata-Whitfield", "Cambria", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    right_tab(hp, 17.0, leader=0)
    hp.add_run("Tobias Ngata-Whitfield — Curriculum Vitae\tUpdated ").italic = True
    field(hp, 'DATE \\@ "d MMMM yyyy"', "14 October 2026")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    field(fp, "PAGE", "1")
    fp.add_run(" of ")
    field(fp, "NUMPAGES", "2")

    p = doc.add_paragraph()
    r = p.add_run("Dr Tobias Ngata-Whitfield")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.add_run("Lecturer in Economics, Department of Economics, Monash Business School")
    soft_break(p)
    p.add_run("Monash University, Clayton VIC 3800, Australia")
    soft_break(p)
    p.add_run("Email: ")
    field(p, 'HYPERLINK "mailto:tobias.ngata-whitfield@monash.example.edu"',
          "tobias.ngata-whitfield@monash.example.edu", color="0563C1")
    p.add_run("   Phone: +61 3 5550 1827   Web: ")
    field(p, 'HYPERLINK "https://tngatawhitfield.example.net"', "tngatawhitfield.example.net", color="0563C1")

    heading(doc, "Research Fields", spaced=40)
    doc.add_paragraph("Primary: Macroeconomics, Monetary Economics. Secondary: Household Finance, Housing Markets.")

    heading(doc, "Academic and Professional Positions", spaced=40)
    for left, dates, detail in [
        ("Lecturer (Level B), Department of Economics, Monash University", "Jul 2022 – present", None),
        ("Senior Economist, Economic Research Department, Reserve Bank of Australia", "Feb 2019 – Jun 2022",
         "Sydney; housing-credit models for the Statement on Monetary Policy"),
        ("Research Assistant, Crawford School of Public Policy, Australian National University",
         "2015 – 2016", None),
    ]:
        p = doc.add_paragraph()
        right_tab(p)
        p.add_run(left + "\t" + dates)
        if detail:
            soft_break(p)
            p.add_run(detail).italic = True

    heading(doc, "Education", spaced=40)
    for left, dates, detail in [
        ("PhD in Economics, University of Melbourne", "2016 – 2021",
         "Thesis: Mortgage refinancing frictions and the transmission of monetary policy"),
        ("Master of Economics, Australian National University", "2014 – 2015", None),
        ("Bachelor of Commerce (Honours, First Class), University of Auckland", "2010 – 2013", None),
    ]:
        p = doc.add_paragraph()
        right_tab(p)
        p.add_run(left + "\t" + dates)
        if detail:
            soft_break(p)
            p.add_run(detail).italic = True

    heading(doc, "Publications", spaced=40)
    sub = doc.add_paragraph()
    sub.add_run("Refereed journal articles").bold = True
    pubs = [
        "Ngata-Whitfield, T. (2025). “Fixed-rate expiries and the cash-flow channel of monetary policy.” "
        "Journal of Monetary Economics, 149, 103611.",
        "Ngata-Whitfield, T. and Karaoğlu, D. (2024). “Interest-only loans and household deleveraging: "
        "evidence from Australian loan-level data.” Economic Record, 100(329), 145–170.",
        "Lachance-Obi, R., Ngata-Whitfield, T. and Voss, H. (2023). “Macroprudential caps and house-price "
        "expectations.” Journal of Money, Credit and Banking, 55(6), 1489–1521.",
        "Ngata-Whitfield, T. (2022). “Refinancing inattention in a low-rate environment.” "
        "Australian Economic Review, 55(3), 321–339.",
    ]
    for i, text in enumerate(pubs, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        field(p, "SEQ pub \\* ARABIC", str(i))
        p.add_run(".\t" + text)
    sub = doc.add_paragraph()
    sub.add_run("Working papers").bold = True
    for i, text in enumerate([
        "Ngata-Whitfield, T. and Ferreira-Lam, S. “Rate-lock options and the timing of home purchases.” "
        "Revise and resubmit, Review of Economic Dynamics.",
        "Ngata-Whitfield, T. “Who bears the variable-rate risk? Lender pass-through across the distribution "
        "of borrowers.” Draft available on request.",
    ], 5):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        field(p, "SEQ pub \\* ARABIC", str(i))
        p.add_run(".\t" + text)

    heading(doc, "Grants, Fellowships and Awards", spaced=40)
    for left, dates in [
        ("ARC Discovery Early Career Researcher Award (DECRA), DE250100xxx, A$451,000", "2025 – 2028"),
        ("Economic Society of Australia Young Economist Award", "2023"),
        ("Dean's Honours List for Outstanding PhD Thesis, University of Melbourne", "2022"),
        ("Australian Government Research Training Program Scholarship", "2016 – 2019"),
    ]:
        p = doc.add_paragraph()
        right_tab(p)
        p.add_run(left + "\t" + dates)

    heading(doc, "Teaching", spaced=40)
    for left, dates in [
        ("ECC2010 Intermediate Macroeconomics (lecturer, ~600 students)", "2023 – 2026"),
        ("ECC5650 Monetary Economics (Master's)", "2024"),
    ]:
        p = doc.add_paragraph()
        right_tab(p)
        p.add_run(left + "\t" + dates)

    heading(doc, "Skills", spaced=40)
    doc.add_paragraph("Dynare, MATLAB, Julia, Stata, R; loan-level administrative data (Securitisation Dataset).")
    heading(doc, "Referees", spaced=40)
    p = doc.add_paragraph("Prof. Hamish Voss, University of Melbourne")
    soft_break(p)
    p.add_run("Assoc. Prof. Dilek Karaoğlu, Australian National University")
    save(doc, path)


def _textbox_xml(rid: int, x_cm: float, y_cm: float, w_cm: float, h_cm: float, paras_xml: str,
                 fill: str | None = None) -> str:
    emu = 360000
    fill_xml = (f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>")
    return f"""<w:r {nsdecls('w', 'wp', 'a', 'pic')}
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing">
<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + rid}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapNone/><wp:docPr id="{rid}" name="Text Box {rid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}<a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""


def _p(text: str, bold: bool = False, size: float = 10, color: str = "222222", italic: bool = False,
       align: str | None = None, spacing: int = 0, after: int = 40) -> str:
    from xml.sax.saxutils import escape
    rpr = (("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:color w:val="{color}"/>'
           + (f'<w:spacing w:val="{spacing}"/>' if spacing else "") + f'<w:sz w:val="{int(size * 2)}"/>')
    ppr = f'<w:spacing w:before="0" w:after="{after}"/>' + (f'<w:jc w:val="{align}"/>' if align else "")
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def make06(path: Path) -> None:
    """Canadian civil-engineering PhD graduate: a Word page built of anchored text boxes; in the file the
    boxes sit in the order they were drawn (publications first, name last), not the reading order."""
    doc = new_doc("Mathis Okoye-Bergeron", "Calibri", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)

    rid = [0]

    def box(x, y, w, h, paras, fill=None):
        rid[0] += 1
        anchor_p = doc.add_paragraph()
        anchor_p._p.append(parse_xml(_textbox_xml(rid[0], x, y, w, h, "".join(paras), fill)))

    pubs = [
        _p("P U B L I C A T I O N S", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("Journal articles", italic=True, size=9.5),
        _p("[J3] Okoye-Bergeron, M., Tremblay-Asante, L., and Gauthier, P. (2025). Chloride ingress in "
           "cracked UHPC bridge deck overlays under freeze–thaw cycling. Cement and Concrete Research, 188, 107701.",
           size=9),
        _p("[J2] Okoye-Bergeron, M., and Gauthier, P. (2024). Bond-slip of GFRP bars in ultra-high-performance "
           "concrete at low temperature. Journal of Composites for Construction, 28(2), 04024005.", size=9),
        _p("[J1] Desrosiers, A., Okoye-Bergeron, M., and Gauthier, P. (2022). Field monitoring of an "
           "integral abutment bridge in northern Quebec. Canadian Journal of Civil Engineering, 49(7), 1102–1115.",
           size=9),
        _p("[J4] Okoye-Bergeron, M., Nair, V., and Gauthier, P. Digital image correlation of shear cracks in "
           "UHPC beams without stirrups. Engineering Structures (under review).", size=9),
        _p("Conference papers", italic=True, size=9.5),
        _p("[C1] Okoye-Bergeron, M., and Gauthier, P. (2023). Freeze–thaw durability of UHPC joints. "
           "CSCE Annual Conference 2023, Moncton, NB.", size=9),
    ]
    box(7.4, 14.2, 12.9, 10.8, pubs)
    awards = [
        _p("A W A R D S", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("NSERC Alexander Graham Bell Canada Graduate Scholarship (CGS-D), 2021–2024", size=9),
        _p("FRQNT Doctoral Research Scholarship (declined), 2021", size=9),
        _p("CSCE Best Student Paper, Structures Division, 2023", size=9),
    ]
    box(1.2, 19.0, 5.8, 6.0, awards, fill="F2F2F2")
    exp = [
        _p("E X P E R I E N C E", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("Structural Engineer-in-Training (EIT)", bold=True, size=10),
        _p("WSP Canada Inc., Montréal, QC  |  May 2025 – present", size=9.5, color="555555"),
        _p("Bridge rehabilitation design and load rating; UHPC link-slab details for the MTMD.", size=9),
        _p("Graduate Research Assistant", bold=True, size=10),
        _p("Polytechnique Montréal, Structures Laboratory  |  Sep 2019 – Apr 2025", size=9.5, color="555555"),
        _p("Large-scale testing of UHPC overlays and GFRP-reinforced decks; supervised 5 undergraduate interns.",
           size=9),
        _p("Engineering Intern", bold=True, size=10),
        _p("SNC-Lavalin (now AtkinsRéalis), Montréal  |  Summer 2018", size=9.5, color="555555"),
    ]
    box(7.4, 7.3, 12.9, 6.8, exp)
    edu = [
        _p("E D U C A T I O N", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("Ph.D., Civil Engineering", bold=True, size=10),
        _p("Polytechnique Montréal", size=9.5),
        _p("2019 – 2025", size=9.5, color="555555"),
        _p("B.Eng., Civil Engineering (co-op)", bold=True, size=10),
        _p("McGill University", size=9.5),
        _p("2015 – 2019", size=9.5, color="555555"),
    ]
    box(1.2, 12.4, 5.8, 6.3, edu, fill="F2F2F2")
    contact = [
        _p("C O N T A C T", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("2500 chemin de Polytechnique", size=9),
        _p("Montréal, QC H3T 1J4", size=9),
        _p("+1 514 555 0162", size=9),
        _p("mathis.okoye-bergeron@example.ca", size=9),
        _p("linkedin.com/in/mokoyebergeron-example", size=9),
        _p("S K I L L S", bold=True, size=10.5, color="8B1E1E", spacing=20, after=80),
        _p("SAP2000, CSiBridge, ABAQUS, OpenSees, Python, DIC (VIC-3D), LabVIEW; French and English", size=9),
    ]
    box(1.2, 6.3, 5.8, 5.9, contact, fill="F2F2F2")
    name = [
        _p("Mathis Okoye-Bergeron, Ph.D., EIT", bold=True, size=22, color="1A1A1A", after=60),
        _p("Structural engineer · UHPC and cold-climate bridge durability", size=11.5, color="8B1E1E"),
    ]
    box(1.2, 1.5, 19.1, 2.6, name)
    profile = [
        _p("Research interests: ultra-high-performance concrete, bridge deck durability, GFRP reinforcement, "
           "structural health monitoring in cold climates.", size=9.5, italic=True),
    ]
    box(1.2, 4.3, 19.1, 1.6, profile)
    save(doc, path)


def make08(path: Path) -> None:
    """Bilingual Chinese-English CS PhD graduate: date columns in borderless tables, running header and
    footer, '†' equal contribution; printed by LibreOffice."""
    doc = new_doc("Wen Ruoxi", "Noto Serif CJK SC", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("温若溪 WEN Ruoxi · 个人简历 / Curriculum Vitae")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    field(fp, "PAGE", "1")
    fp.add_run(" 页 / Page ")
    field(fp, "PAGE", "1")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("温若溪  Ruoxi Wen")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("电话 Tel: +86 010 5550 0188 ｜ 邮箱 Email: wenruoxi@cs.example.edu.cn ｜ "
              "主页 Homepage: wenruoxi.example.io")

    def section(title: str) -> None:
        heading(doc, title, color="A31515", rule=True)

    def rows(items: list[tuple[str, str]], bold_first_line: bool = True) -> None:
        t = doc.add_table(rows=0, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for text, dates in items:
            cells = t.add_row().cells
            cells[0].width = Cm(13.6)
            cells[1].width = Cm(3.4)
            lines = text.split("\n")
            p0 = cells[0].paragraphs[0]
            p0.add_run(lines[0]).bold = bold_first_line
            for extra in lines[1:]:
                cells[0].add_paragraph(extra)
            pd = cells[1].paragraphs[0]
            pd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pd.add_run(dates)

    section("研究方向 Research Interests")
    doc.add_paragraph("程序分析；大语言模型代码生成；软件供应链安全 ｜ Program analysis; LLM-based code "
                      "generation; software supply-chain security")
    section("教育背景 Education")
    rows([
        ("北京大学 Peking University\n计算机软件与理论 博士 Ph.D. in Computer Software and Theory\n"
         "导师 Advisor: 钟明远 教授 Prof. ZHONG Mingyuan", "2020.09 – 2025.07"),
        ("卡内基梅隆大学 Carnegie Mellon University\n联合培养博士生 Visiting Ph.D. student, "
         "School of Computer Science", "2023.02 – 2024.02"),
        ("武汉大学 Wuhan University\n计算机科学与技术 工学学士 B.Eng. in Computer Science and Technology",
         "2016.09 – 2020.06"),
    ])
    section("工作经历 Work Experience")
    rows([
        ("华为技术有限公司 Huawei Technologies Co., Ltd.\n研究员（天才少年计划）Researcher, 2012 Labs, "
         "Central Software Institute", "2025.08 – 至今"),
        ("微软亚洲研究院 Microsoft Research Asia\n研究实习生 Research Intern, Software Analytics Group",
         "2021.07 – 2022.01"),
    ])
    section("发表论文 Publications  († 共同第一作者 equal contribution)")
    for text in [
        "[1] Ruoxi Wen†, Haoran Qiu†, Mingyuan Zhong. TypeWeaver: Repairing type errors in LLM-generated "
        "Python with static feedback. In ICSE 2025.",
        "[2] Haoran Qiu, Ruoxi Wen, Vincent Le Hellec, Mingyuan Zhong. Mining dependency confusion attacks in "
        "PyPI at scale. In USENIX Security 2024.",
        "[3] Ruoxi Wen, Mingyuan Zhong. Incremental points-to analysis for continuous integration. "
        "In ESEC/FSE 2023.",
        "[4] Ruoxi Wen, Anjali Bose-Hartmann, Mingyuan Zhong. Does the model read the docs? Measuring API "
        "hallucination in code LLMs. arXiv:2406.01234, 2024.",
        "[5] 温若溪，钟明远. 面向持续集成的增量指针分析. 软件学报，2024，35(8): 3601-3620.",
        "[6] Yifan Tao, Ruoxi Wen, Mingyuan Zhong. Patch-level provenance for binary packages. "
        "Under review at OOPSLA 2026.",
    ]:
        q = doc.add_paragraph(text)
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.first_line_indent = Cm(-0.6)
        q.paragraph_format.space_after = Pt(3)
    section("获奖情况 Honors and Awards")
    rows([
        ("ACM SIGSOFT Distinguished Paper Award (ICSE 2025)", "2025"),
        ("北京大学优秀博士学位论文 Outstanding Doctoral Dissertation, Peking University", "2025"),
        ("国家奖学金 National Scholarship for Graduate Students", "2022"),
    ], bold_first_line=False)
    section("专业技能 Skills")
    doc.add_paragraph("Java, Python, C++, Datalog (Soufflé), LLVM, Soot/WALA, PyTorch; 英语 CET-6, TOEFL 108")
    save(doc, path)
