"""python-docx sources of heldout35 (the Word files people started from, before the conversions)."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from kit35 import fix_docx


def _doc(font: str, size: float, east_asia: str | None = None, margins: float = 2.0) -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if east_asia:
        st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins * 0.8)
    return d


def _para(d, text: str = "", bold: bool = False, size: float | None = None, align=None, italic: bool = False,
          color: RGBColor | None = None, after: float | None = None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def _runs(p, parts: list[tuple[str, str]]):
    """parts: (style letters among b/i/u, text)."""
    for style, text in parts:
        r = p.add_run(text)
        r.bold = "b" in style
        r.italic = "i" in style
        r.underline = "u" in style
    return p


def _bottom_border(p, color: str = "1F3864", size: int = 8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _shade(cell, fill: str):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def _cell(cell, text: str, bold: bool = False, size: float | None = None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align


def _core(d, author: str, title: str, app: str | None = None):
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = title
    d.core_properties.revision = 3


def save(d, path: Path) -> Path:
    d.save(str(path))
    fix_docx(path)
    return path


# ---------------------------------------------------------------- 02 (zh, WPS-like table CV)
def zh_materials(path: Path) -> Path:
    d = _doc("宋体", 10.5, east_asia="宋体", margins=1.8)
    _core(d, "Administrator", "个人简历")
    _para(d, "个 人 简 历", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    t = d.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [("姓    名", "谭书韵", "性    别", "女"), ("出生年月", "1987.03", "政治面貌", "中共党员"),
            ("职    称", "副教授、博士生导师", "民    族", "汉族"),
            ("手    机", "185-5550-0137", "电子邮箱", "tanshuyun@csu.example.edu.cn"),
            ("通讯地址", "湖南省长沙市岳麓区麓山南路932号 中南大学材料科学与工程学院", "", "")]
    for i, (a, b, c, e) in enumerate(rows):
        cells = t.rows[i].cells
        _cell(cells[0], a, bold=True)
        _shade(cells[0], "DCE6F2")
        _cell(cells[1], b)
        if c:
            _cell(cells[2], c, bold=True)
            _shade(cells[2], "DCE6F2")
            _cell(cells[3], e)
    t.cell(4, 1).merge(t.cell(4, 3))
    t.cell(0, 4).merge(t.cell(3, 4))
    _cell(t.cell(0, 4), "\n\n照片\n\n", align=WD_ALIGN_PARAGRAPH.CENTER)
    widths = [Cm(2.3), Cm(4.6), Cm(2.3), Cm(4.8), Cm(3.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = w

    def head(text: str):
        p = _para(d, text, bold=True, size=12, color=RGBColor(0x1F, 0x38, 0x64))
        p.paragraph_format.space_before = Pt(10)
        _bottom_border(p)

    head("▌研究方向")
    _para(d, "锂硫电池正极材料；单原子催化剂的电化学表征；固态电解质界面（SEI）的原位表征。")
    head("▌教育背景")
    for line in ["2009.09 – 2014.06　　中南大学　　材料科学与工程　　博士（硕博连读）",
                 "2012.10 – 2013.10　　美国阿贡国家实验室（Argonne National Laboratory）　　联合培养博士生",
                 "2005.09 – 2009.06　　湘潭大学　　材料物理　　学士"]:
        _para(d, line)
    head("▌工作经历")
    for line in ["2019.07 – 至今　　　中南大学材料科学与工程学院　　副教授（2021.12起任博士生导师）",
                 "2016.07 – 2019.06　中南大学材料科学与工程学院　　讲师",
                 "2014.07 – 2016.06　清华大学化学系　　博士后（合作导师：××教授）",
                 "2018.01 – 2018.12　新加坡南洋理工大学　　访问学者"]:
        _para(d, line)
    head("▌主持科研项目")
    for line in ["1. 国家自然科学基金面上项目（52272xxx），锂硫电池多硫化物催化转化机制研究，2023.01–2026.12，54万元，主持",
                 "2. 湖南省自然科学基金杰出青年项目，2022.01–2024.12，30万元，主持"]:
        _para(d, line)
    head("▌代表性论文（*通讯作者，#共同第一作者）")
    pubs = [
        "[1] Tan S Y, Xie L, Gou M*. Atomically dispersed Co–N4 sites accelerate polysulfide conversion in "
        "lithium–sulfur batteries[J]. Advanced Energy Materials, 2024, 14(9): 2303318.",
        "[2] Liu Q#, Tan S Y#, Wen H, Gou M*. Operando X-ray absorption of sulfur cathodes under lean "
        "electrolyte[J]. ACS Nano, 2023, 17(5): 4410-4421.",
        "[3] Tan S Y, Peng J, Gou M*. Fluorinated interphases for anode-free sodium cells[J]. Journal of Materials "
        "Chemistry A, 2022, 10: 7781-7790.",
        "[4] Wen H, Tan S Y*. Mo2C nanosheets as dual-function hosts for Li2S deposition[J]. Chemical Engineering "
        "Journal, 2021, 420: 129907.",
        "[5] 谭书韵, 谢岚, 苟敏*. 锂硫电池催化型正极材料研究进展[J]. 中国有色金属学报, 2020, 30(6): 1241-1256.",
        "[6] Tan S Y, Gou M*. Single-atom catalysts for sulfur redox: a kinetic view[J]. Nature Communications, "
        "已接收.",
    ]
    for line in pubs:
        _para(d, line)
    head("▌获奖情况")
    for line in ["2023　湖南省自然科学二等奖（排名第2）", "2021　中南大学“升华猎英”人才计划",
                 "2014　湖南省优秀博士学位论文"]:
        _para(d, line)
    head("▌学术兼职")
    _para(d, "中国材料研究学会青年工作委员会委员；Rare Metals 青年编委。")
    return save(d, path)


# ---------------------------------------------------------------- 03 (UK history lecturer -> pandoc markdown)
def uk_history(path: Path) -> Path:
    d = _doc("Garamond", 11, margins=2.2)
    _core(d, "Rhiannon Petley-Vaughan", "CV")
    _para(d, "Dr Rhiannon Petley-Vaughan", bold=True, size=18, after=0)
    _runs(_para(d), [("i", "Lecturer in Modern British History, School of History, Cardiff University")])
    _para(d, "School of History, Archaeology and Religion, John Percival Building, Colum Drive, Cardiff CF10 3EU")
    _runs(_para(d), [("", "Email: "), ("u", "petley-vaughanr@cardiff.example.ac.uk"), ("", " | Tel: 029 2018 0473 | "),
                     ("", "Web: "), ("u", "https://rpetleyvaughan.example.org")])

    def head(t):
        p = _para(d, t.upper(), bold=True, size=11.5)
        p.paragraph_format.space_before = Pt(10)
        _bottom_border(p, "808080", 6)

    head("Current Position")
    _runs(_para(d), [("b", "2021 - present\t"), ("", "Lecturer in Modern British History, Cardiff University")])
    head("Previous Employment")
    for dates, what in [("2019 - 2021\t", "Leverhulme Early Career Fellow, Department of History, University of Bristol"),
                        ("2018 - 2019\t", "Teaching Fellow in Modern History (0.6 FTE), University of Exeter"),
                        ("2015 - 2018\t", "Graduate Teaching Assistant, Department of History, University of Warwick")]:
        _runs(_para(d), [("b", dates), ("", what)])
    head("Education")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Dates", "Qualification", "Institution"),
            ("2014 - 2018", "PhD History, 'Chapel, Club and Co-operative: Associational Life in the South Wales "
             "Valleys, 1890-1939' (AHRC-funded; passed without corrections)", "University of Warwick"),
            ("2013 - 2014", "MA Modern History (Distinction)", "University of York"),
            ("2010 - 2013", "BA (Hons) History, First Class", "Aberystwyth University")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            _cell(t.cell(i, j), v, bold=(i == 0))
    head("Research Interests")
    _para(d, "Associational culture and the co-operative movement in Wales; oral history and the politics of memory; "
             "the social history of nonconformity; public history and heritage partnerships.")
    head("Publications")
    _runs(_para(d), [("b", "Monograph")])
    _runs(_para(d), [("", "1. "), ("b", "Petley-Vaughan, R."), ("", " (2025, forthcoming). "),
                     ("i", "Chapel, Club and Co-operative: Associational Life in the South Wales Valleys, 1890-1939"),
                     ("", ". Cardiff: University of Wales Press.")])
    _runs(_para(d), [("b", "Journal articles")])
    arts = [
        [("b", "Petley-Vaughan, R."), ("", " (2024). '\"Divi day\": co-operative dividends and household budgets "
         "in the Rhondda, 1919-1926'. "), ("i", "Welsh History Review"), ("", ", 32(1), pp. 88-114.")],
        [("b", "Petley-Vaughan, R."), ("", " (2022). 'Oral history, nostalgia and the closing of the pits: "
         "remembering the miners' institutes'. "), ("i", "Oral History"), ("", ", 50(2), pp. 57-68.")],
        [("", "Marsh-Ebbw, T. and "), ("b", "Petley-Vaughan, R."), ("", " (2021). 'Temperance halls and "
         "the limits of respectability*'. "), ("i", "Cultural and Social History"), ("", ", 18(4), pp. 501-520.")],
        [("b", "Petley-Vaughan, R."), ("", " (under review). 'Women's guilds and the co-operative "
         "store as civic space'. "), ("i", "History Workshop Journal"), ("", ".")],
    ]
    for i, parts in enumerate(arts, start=2):
        _runs(_para(d), [("", f"{i}. ")] + parts)
    _runs(_para(d), [("b", "Book chapters")])
    _runs(_para(d), [("", "6. "), ("b", "Petley-Vaughan, R."), ("", " (2023). 'Brass bands and belonging'. In: "
                     "Hallam, G. (ed.) "), ("i", "Music and Community in Industrial Britain"),
                     ("", ". Manchester: Manchester University Press, pp. 143-162.")])
    _para(d, "* Winner of the journal's Early Career Article Prize 2022.", italic=True, size=9)
    head("Grants, Prizes and Fellowships")
    for line in ["2023\tBritish Academy/Leverhulme Small Research Grant (£9,850), 'Co-operative Women in Wales'",
                 "2022\tCultural and Social History Early Career Article Prize",
                 "2019\tLeverhulme Early Career Fellowship (3 years, held 2019-2021)",
                 "2014\tAHRC Midlands3Cities Doctoral Studentship"]:
        _para(d, line)
    head("Teaching")
    _para(d, "Convenor: HS1105 'Making Modern Wales' (Year 1, 180 students); HS2311 'Work, Play and Protest' "
             "(Year 2). Fellow of the Higher Education Academy (FHEA), 2020.")
    head("Languages")
    _para(d, "Welsh (fluent), English (native), French (reading).")
    return save(d, path)


# ---------------------------------------------------------------- 04 (AU ecology consultant -> LO PDF -> pdf2docx)
def au_ecology(path: Path) -> Path:
    d = _doc("Arial", 10, margins=1.8)
    _core(d, "Bridie Kettlewell", "Resume")
    _para(d, "BRIDIE KETTLEWELL", bold=True, size=20, color=RGBColor(0x2E, 0x6B, 0x3A), after=0)
    _para(d, "Senior Ecologist  |  Terrestrial Fauna & Threatened Species", size=11, after=2)
    _para(d, "Brisbane QLD 4000  •  0491 570 158  •  bridie.kettlewell@example.com.au  •  "
             "linkedin.com/in/bridie-kettlewell-eco", size=9)

    def head(t):
        p = _para(d, t, bold=True, size=11, color=RGBColor(0x2E, 0x6B, 0x3A))
        p.paragraph_format.space_before = Pt(8)
        _bottom_border(p, "2E6B3A", 6)

    head("PROFESSIONAL SUMMARY")
    _para(d, "Ecologist with nine years' experience in fauna survey design, EPBC Act referrals and offset management "
             "for mining, energy and transport projects in Queensland and New South Wales. Licensed fauna spotter-"
             "catcher and experienced koala habitat assessor.")
    head("EMPLOYMENT HISTORY")

    def job(title, org, dates, bullets):
        t = d.add_table(rows=1, cols=2)
        _cell(t.cell(0, 0), title, bold=True)
        _cell(t.cell(0, 1), dates, align=WD_ALIGN_PARAGRAPH.RIGHT)
        t.cell(0, 0).width = Cm(12.5)
        t.cell(0, 1).width = Cm(5)
        _para(d, org, italic=True, after=1)
        for b in bullets:
            p = d.add_paragraph(b, style="List Bullet")
            p.paragraph_format.space_after = Pt(0)

    job("Senior Ecologist", "Umwelt (Australia) Pty Ltd, Brisbane", "Mar 2021 – Present",
        ["Lead ecologist for 12 solar and wind farm approvals (MNES assessments, Significant Impact Guidelines)",
         "Design of koala and greater glider survey programmes; supervision of 4 field staff"])
    job("Ecologist", "EcoLogical Australia, Coffs Harbour NSW", "Jul 2017 – Feb 2021",
        ["Biodiversity Assessment Method (BAM) plots and BDAR reporting for Pacific Highway upgrades",
         "Threatened flora targeted searches; acoustic bat call analysis (AnaBat Insight)"])
    job("Graduate Environmental Scientist", "Queensland Department of Environment and Science, Toowoomba",
        "Feb 2015 – Jun 2017", ["Vegetation mapping (regional ecosystems) and fauna survey support"])
    head("EDUCATION")
    for deg, uni, yrs in [("Master of Environmental Management", "The University of Queensland", "2018 – 2020 (part-time)"),
                          ("Bachelor of Science (Honours Class I), Ecology", "University of New England, Armidale",
                           "2010 – 2014")]:
        t = d.add_table(rows=1, cols=2)
        _cell(t.cell(0, 0), f"{deg}\n{uni}")
        _cell(t.cell(0, 1), yrs, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(d, "Honours thesis: Microhabitat use by the eastern pygmy-possum in post-fire heathland.", size=9, italic=True)
    head("PUBLICATIONS")
    for line in ["Kettlewell, B., Ostrander, P. & Nguyen-Hale, C. (2019). Nest-box occupancy by greater gliders "
                 "after selective logging. Australian Mammalogy 41(2): 210-218.",
                 "Ostrander, P., Kettlewell, B. (2016). Road-kill hotspots of the koala on the Warrego Highway. "
                 "Australian Zoologist 38(3): 402-411."]:
        _para(d, line)
    head("LICENCES, CERTIFICATIONS & SKILLS")
    for b in ["Queensland Rehabilitation Permit / Scientific Purposes Permit holder; NSW BAM Accredited Assessor (BAAS19042)",
              "Fauna spotter-catcher (Cert. III); Senior First Aid; 4WD and remote area driving",
              "ArcGIS Pro, QGIS, R (unmarked, vegan), Survey123, Kaleidoscope Pro"]:
        d.add_paragraph(b, style="List Bullet")
    head("AWARDS")
    _para(d, "2022  Umwelt Technical Excellence Award\n2014  University Medal in Ecology, University of New England")
    head("REFEREES")
    _para(d, "Available on request.")
    return save(d, path)


# ---------------------------------------------------------------- 05 (US public health -> print -> scan -> OCR)
def us_public_health(path: Path) -> Path:
    d = _doc("Times New Roman", 11, margins=2.4)
    _core(d, "LaToya Brennan-Okoro", "CV")
    _para(d, "LaToya M. Brennan-Okoro, MPH, PhD", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(d, "Department of Epidemiology, School of Public Health, University of Alabama at Birmingham",
          align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(d, "1665 University Blvd, Birmingham, AL 35294  ·  (205) 555-0118  ·  lbokoro@uab.example.edu",
          align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    def head(t):
        p = _para(d, t, bold=True, size=11)
        p.paragraph_format.space_before = Pt(8)
        _bottom_border(p, "000000", 4)

    def dated(dates, text):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        _runs(p, [("", dates + "\t")] + text)

    head("EDUCATION")
    dated("2014 – 2019", [("b", "PhD, Epidemiology"), ("", ", Emory University, Rollins School of Public Health, "
                          "Atlanta, GA")])
    dated("2011 – 2013", [("b", "MPH, Global Health"), ("", ", Tulane University, New Orleans, LA")])
    dated("2007 – 2011", [("b", "BS, Biology"), ("", ", Spelman College, Atlanta, GA (magna cum laude)")])
    head("ACADEMIC APPOINTMENTS")
    dated("2022 – present", [("b", "Assistant Professor"), ("", ", Department of Epidemiology, University of Alabama "
                             "at Birmingham")])
    dated("2019 – 2022", [("b", "Postdoctoral Fellow"), ("", ", Centers for Disease Control and Prevention (CDC), "
                          "Division of Reproductive Health, Atlanta, GA")])
    dated("2013 – 2014", [("b", "Research Coordinator"), ("", ", Louisiana Public Health Institute, New Orleans")])
    head("RESEARCH INTERESTS")
    _para(d, "Maternal and child health disparities; hypertensive disorders of pregnancy; rural obstetric access; "
             "linked birth-hospital discharge data.")
    head("PEER-REVIEWED PUBLICATIONS (†mentored student)")
    pubs = [
        "1. Brennan-Okoro LM, Hatchett J†, Vance-Ruiz A, et al. Obstetric unit closures and severe maternal morbidity "
        "in the rural South, 2012-2021. Am J Obstet Gynecol. 2024;231(3):318.e1-318.e11.",
        "2. Brennan-Okoro LM, Pruitt-Deal S. Postpartum hypertension follow-up after Medicaid extension in Alabama. "
        "Matern Child Health J. 2023;27(8):1402-1411.",
        "3. Vance-Ruiz A, Brennan-Okoro LM, Caldwell K. Linkage quality of birth certificates and discharge records. "
        "Paediatr Perinat Epidemiol. 2022;36(5):640-649.",
        "4. Brennan-Okoro LM, Whitlow E, Greer D. Travel time to delivery hospitals and preterm birth. "
        "Epidemiology. 2021;32(2):221-229.",
        "5. Hatchett J†, Brennan-Okoro LM. Doula care and cesarean delivery among Black women in Alabama. "
        "Womens Health Issues. In press.",
        "6. Brennan-Okoro LM, Hatchett J†, Pruitt-Deal S. Remote blood pressure monitoring in the postpartum period: "
        "a pragmatic trial protocol. Submitted to JMIR Res Protoc.",
    ]
    for line in pubs:
        p = _para(d, line)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    head("GRANTS")
    dated("2023 – 2028", [("", "NIH/NICHD K01 HD112233 (PI). Rural obstetric access and maternal morbidity. $689,420.")])
    head("HONORS")
    dated("2021", [("", "CDC Honor Award for Excellence in Public Health Protection Research")])
    dated("2018", [("", "Delta Omega Honorary Society in Public Health, Alpha Epsilon chapter")])
    head("TEACHING")
    dated("2023 – present", [("", "EPI 610 Perinatal Epidemiology (instructor of record), UAB")])
    head("SKILLS")
    _para(d, "SAS, R, Stata, ArcGIS; record linkage (LinkPlus); survival and multilevel models.")
    return save(d, path)


# ---------------------------------------------------------------- 06 (India civil engineering -> AbiWord PDF)
def in_civil(path: Path) -> Path:
    d = _doc("Calibri", 11, margins=2.0)
    _core(d, "Revathi", "Resume")
    _para(d, "Dr. REVATHI MUDALIAR-SEN", bold=True, size=16, after=0)
    p = _para(d, "Assistant Professor (Grade II), Department of Civil Engineering", after=0)
    _para(d, "National Institute of Technology Tiruchirappalli, Tamil Nadu – 620015", after=0)
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    _runs(p, [("b", "Mobile: "), ("", "+91 90000 41276\t"), ("b", "E-mail: "), ("", "revathi.ms@nitt.example.edu")])
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    _runs(p, [("b", "Google Scholar: "), ("", "scholar.example.com/revathims\t"), ("b", "ORCID: "),
              ("", "0000-0001-6620-4187")])

    def head(t):
        p = _para(d, t, bold=True, size=12, color=RGBColor(0x1F, 0x4E, 0x79))
        p.paragraph_format.space_before = Pt(8)
        _bottom_border(p, "1F4E79", 6)

    def tabbed(cols, stops, bold_first=False):
        p = d.add_paragraph()
        for s in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(s), WD_TAB_ALIGNMENT.LEFT)
        _runs(p, [("b" if (bold_first and i == 0) else "", c + ("\t" if i < len(cols) - 1 else ""))
                  for i, c in enumerate(cols)])

    head("CAREER OBJECTIVE")
    _para(d, "To pursue teaching and research in geotechnical earthquake engineering and contribute to the "
             "growth of the institute.")
    head("ACADEMIC QUALIFICATIONS")
    stops = [4.3, 10.2, 14.6]
    tabbed(["Degree", "Institute / University", "Year", "CGPA / %"], stops, bold_first=True)
    tabbed(["Ph.D. (Civil Engg.)", "IIT Madras, Chennai", "2013 – 2018", "9.12"], stops)
    tabbed(["M.Tech. (Geotechnical Engg.)", "NIT Warangal", "2011 – 2013", "8.84"], stops)
    tabbed(["B.E. (Civil Engg.)", "PSG College of Technology, Coimbatore (Anna University)", "2007 – 2011", "82.6 %"],
           stops)
    _para(d, "Ph.D. Thesis: Liquefaction resistance of silty sands under bidirectional cyclic loading.", italic=True)
    head("PROFESSIONAL EXPERIENCE")
    stops2 = [5.0, 12.5]
    tabbed(["05.07.2019 – till date", "Assistant Professor (Grade II)", "NIT Tiruchirappalli"], stops2)
    tabbed(["01.08.2018 – 30.06.2019", "Post-Doctoral Fellow", "Indian Institute of Science, Bengaluru"], stops2)
    tabbed(["15.06.2011 – 20.07.2011", "Summer Trainee", "Larsen & Toubro Ltd., ECC Division"], stops2)
    head("SPONSORED PROJECTS")
    _para(d, "SERB Core Research Grant CRG/2021/00xxxx, 'Cyclic behaviour of fly-ash amended sands', "
             "₹ 32.4 lakhs, 2022 – 2025 (PI).")
    head("PUBLICATIONS")
    _para(d, "(a) International Journals", bold=True)
    jp = [
        "Mudaliar-Sen, R., & Prabhakaran, V. K. (2024). Bidirectional cyclic simple shear of silty sands with "
        "non-plastic fines. Soil Dynamics and Earthquake Engineering, 176, 108311.",
        "Mudaliar-Sen, R., Iyengar, S., & Prabhakaran, V. K. (2022). Shear-wave velocity based liquefaction "
        "triggering for Indo-Gangetic silts. Journal of Geotechnical and Geoenvironmental Engineering, 148(6), "
        "04022039.",
        "Thirumalai, K., & Mudaliar-Sen, R. (2023). Fly-ash amended sands under cyclic loading. "
        "Geotechnical and Geological Engineering, 41, 3377–3392.",
        "Mudaliar-Sen, R., & Thirumalai, K. (2025). Post-liquefaction settlement of reclaimed fills in Chennai port. "
        "Acta Geotechnica (Accepted).",
    ]
    for i, line in enumerate(jp, 1):
        _para(d, f"{i}.  {line}")
    _para(d, "(b) International Conferences", bold=True)
    _para(d, "5.  Mudaliar-Sen, R., & Prabhakaran, V. K. (2017). Multi-directional shaking of layered silts. "
             "16th World Conference on Earthquake Engineering (16WCEE), Santiago, Chile.")
    head("AWARDS AND RECOGNITIONS")
    for line in ["Indian Geotechnical Society Young Geotechnical Engineer Award, 2023",
                 "Institute Research Fellowship (MHRD), IIT Madras, 2013 – 2018",
                 "GATE 2011 – AIR 214 (Civil Engineering)"]:
        d.add_paragraph(line, style="List Bullet")
    head("PERSONAL DETAILS")
    for k, v in [("Date of Birth", "14.02.1989"), ("Languages Known", "Tamil, English, Hindi, Bengali"),
                 ("Nationality", "Indian")]:
        tabbed([k, ": " + v], [4.5])
    _para(d, "")
    _para(d, "I hereby declare that the above information is true to the best of my knowledge.")
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13), WD_TAB_ALIGNMENT.RIGHT)
    _runs(p, [("", "Place: Tiruchirappalli\t(REVATHI MUDALIAR-SEN)")])
    return save(d, path)


# ---------------------------------------------------------------- 10 (zh pediatrics -> print -> scan -> OCR)
def zh_pediatrics(path: Path) -> Path:
    d = _doc("宋体", 11, east_asia="宋体", margins=2.2)
    _core(d, "user", "简历")
    _para(d, "个人简历", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    for line in ["姓名：欧阳沁语　　　性别：女　　　出生年月：1990年5月",
                 "现任职务：主治医师（儿科，新生儿重症监护病房）",
                 "工作单位：四川大学华西第二医院　　　　联系电话：177-5550-0162",
                 "电子邮箱：ouyangqy_nicu@example.cn"]:
        _para(d, line, after=3)

    def head(t):
        p = _para(d, t, bold=True, size=13)
        p.paragraph_format.space_before = Pt(10)
        _bottom_border(p, "000000", 8)

    head("一、教育经历")
    for line in ["2015年9月－2018年6月　四川大学华西临床医学院　儿科学　医学博士（临床型）",
                 "2008年9月－2015年6月　重庆医科大学　临床医学（七年制）　医学硕士"]:
        _para(d, line)
    head("二、工作经历")
    for line in ["2021年12月－至今　　四川大学华西第二医院儿科　主治医师",
                 "2018年7月－2021年11月　四川大学华西第二医院儿科　住院医师（完成住院医师规范化培训）"]:
        _para(d, line)
    head("三、研究方向")
    _para(d, "早产儿支气管肺发育不良；新生儿脓毒症的早期识别；肺部超声在新生儿重症中的应用。")
    head("四、发表论文")
    for line in ["1. 欧阳沁语，蒲晓岚，向德明*．肺部超声评分预测早产儿支气管肺发育不良的前瞻性研究[J]．中华儿科杂志，2023，61(4)：322-327．",
                 "2. Ouyang QY, Pu XL, Xiang DM*. Early-onset sepsis calculators in a Chinese NICU: a retrospective "
                 "validation[J]. Front Pediatr, 2022, 10: 884102.",
                 "3. 蒲晓岚，欧阳沁语，向德明*．新生儿脓毒症血培养阴性病例的临床特征[J]．中国当代儿科杂志，2021，23(9)：901-906．",
                 "4. 欧阳沁语，向德明*．极低出生体重儿撤机失败的危险因素分析[J]．四川大学学报（医学版），已录用．"]:
        _para(d, line)
    head("五、获奖情况")
    for line in ["2022年　四川大学华西第二医院“优秀青年医师”", "2017年　博士研究生国家奖学金"]:
        _para(d, line)
    head("六、资格证书")
    _para(d, "医师资格证书（2016年）；医师执业证书（儿科专业）；住院医师规范化培训合格证书（2021年）。")
    return save(d, path)


# ---------------------------------------------------------------- 12 (de mechanical engineering -> Word 'Save as text')
def de_mecheng(path: Path) -> Path:
    d = _doc("Calibri", 10.5, margins=2.0)
    _core(d, "Jonas Felgenträger", "Lebenslauf")
    _para(d, "Lebenslauf", bold=True, size=20, after=2)
    _para(d, "Dipl.-Ing. Jonas Felgenträger", bold=True, size=14, after=6)
    t = d.add_table(rows=5, cols=2)
    for i, (k, v) in enumerate([("Anschrift", "Kriegsstraße 61, 76133 Karlsruhe"), ("Telefon", "+49 721 5550 1842"),
                                ("E-Mail", "jonas.felgentraeger@kit.example.edu"),
                                ("Geburtsdatum", "11.09.1993 in Zwickau"), ("Staatsangehörigkeit", "deutsch")]):
        _cell(t.cell(i, 0), k, bold=True)
        _cell(t.cell(i, 1), v)

    def head(txt):
        p = _para(d, txt, bold=True, size=12, color=RGBColor(0x00, 0x66, 0x99))
        p.paragraph_format.space_before = Pt(10)
        _bottom_border(p, "006699", 6)

    def rows(items):
        tb = d.add_table(rows=len(items), cols=2)
        for i, (a, b) in enumerate(items):
            _cell(tb.cell(i, 0), a)
            _cell(tb.cell(i, 1), b)
            tb.cell(i, 0).width = Cm(3.8)
            tb.cell(i, 1).width = Cm(13.2)

    head("Berufserfahrung")
    rows([("seit 10/2019", "Wissenschaftlicher Mitarbeiter und Doktorand\nKarlsruher Institut für Technologie (KIT), "
           "Institut für Produktentwicklung (IPEK)\nThema: Reibwertstabilität nasslaufender Lamellenkupplungen; "
           "Betreuung von 11 Abschlussarbeiten"),
          ("04/2018 – 09/2018", "Praktikant Getriebeentwicklung\nZF Friedrichshafen AG, Schweinfurt"),
          ("10/2015 – 03/2017", "Studentische Hilfskraft\nTechnische Universität Dresden, Professur für Maschinenelemente")])
    head("Ausbildung")
    rows([("10/2019 – voraussichtlich 03/2025", "Promotion (Dr.-Ing.), Maschinenbau\nKarlsruher Institut für "
           "Technologie (KIT)"),
          ("10/2012 – 06/2019", "Diplom-Ingenieur Maschinenbau (Note: 1,3, mit Auszeichnung)\nTechnische Universität "
           "Dresden, Vertiefung Konstruktionstechnik"),
          ("09/2017 – 02/2018", "Auslandssemester, Chalmers University of Technology, Göteborg (Schweden)"),
          ("06/2012", "Abitur, Käthe-Kollwitz-Gymnasium Zwickau (Note: 1,6)")])
    head("Veröffentlichungen (Auswahl)")
    for line in [
        "• Felgenträger, J.; Oberländer-Wendt, M.; Kniel, S.: Friction coefficient stability of wet multi-plate clutches "
        "under micro-slip. In: Tribology International 191 (2024), 109132.",
        "• Felgenträger, J.; Kniel, S.: Prüfstandsbasierte Validierung von Kupplungsbelägen mit Mikroschlupf. "
        "In: Forschung im Ingenieurwesen 87 (2023), S. 455–468.",
        "• Kniel, S.; Felgenträger, J.; Oberländer-Wendt, M.: Thermal hot spots in wet clutches – a combined "
        "simulation and test approach. In: Proceedings of the VDI-Fachtagung Kupplungen und Kupplungssysteme in "
        "Antrieben, Ettlingen, 2022.",
        "• Felgenträger, J.: Drag torque of open wet clutches at low temperatures. Wear (eingereicht).",
    ]:
        _para(d, line)
    head("Auszeichnungen und Stipendien")
    rows([("2019", "Preis der Freunde und Förderer der TU Dresden für den besten Diplomabschluss"),
          ("2013 – 2019", "Stipendiat der Studienstiftung des deutschen Volkes")])
    head("Kenntnisse")
    rows([("Software", "CATIA V5, Siemens NX, ANSYS Mechanical, MATLAB/Simulink, Python"),
          ("Sprachen", "Deutsch (Muttersprache), Englisch (verhandlungssicher, C1), Schwedisch (Grundkenntnisse)")])
    _para(d, "")
    _para(d, "Karlsruhe, 2. Dezember 2024")
    return save(d, path)
