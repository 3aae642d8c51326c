"""Set 14, builders 10-13: a Google-Docs-template-shaped DOCX, a Word-template DOCX with a coloured side band,
a Chinese form-table DOCX (表格式简历), and a bilingual plain-text CV."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from kit14 import FILES, edu, fixed_save, job, label, pub


def _shade(cell, hex_fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _grid_borders(table, color="808080") -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def _run(p, text, *, bold=False, italic=False, size=None, color=None, font=None, caps=False, east=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for k in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(k), font)
        if east:
            fonts.set(qn("w:eastAsia"), east)
    if caps:
        r.font.all_caps = True
    return r


def _spacing(p, before=0, after=0, line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line


# ------------------------------------------------- 10 Google-Docs-shaped DOCX
def cv10() -> None:
    name = "10_ml_engineer_google_docs_template_docx"
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Open Sans"
    normal.font.size = Pt(9)
    normal.font.color.rgb = RGBColor.from_string("666666")
    accent = "2079C7"
    # Google's 'Spearmint'-like head: a borderless two-column table, name left, contact right
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(11), Cm(6.8)
    p = left.paragraphs[0]
    _run(p, "Yusra B. Haddad", bold=True, size=24, color="000000", font="Merriweather")
    p.style = doc.styles["Title"]
    p = left.add_paragraph()
    _run(p, "Staff Machine Learning Engineer", size=11, color=accent, font="Open Sans")
    for line in (
        "12 Ushers Island",
        "Dublin 8, D08 KX2P, Ireland",
        "+353 87 555 0192",
        "yusra.haddad@example.ie",
        "linkedin.com/in/yusrahaddad",
    ):
        q = right.add_paragraph() if right.paragraphs[0].text else right.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _spacing(q, 0, 0)
        _run(q, line, size=9, font="Open Sans")

    def heading(text):
        h = doc.add_paragraph(style="Heading 1")
        _spacing(h, 14, 4)
        _run(h, text, bold=True, size=10, color=accent, font="Open Sans", caps=True)

    def entry(org_place, role, when, bullets=()):
        h = doc.add_paragraph(style="Heading 2")
        _spacing(h, 8, 0)
        _run(h, org_place, bold=True, size=11, color="000000", font="Merriweather")
        _run(h, f" — {role}", italic=False, size=11, color="000000", font="Merriweather")
        d = doc.add_paragraph(style="Heading 3")
        _spacing(d, 2, 2)
        _run(d, when, size=8, color="666666", font="Open Sans", caps=True)
        for b in bullets:
            q = doc.add_paragraph(style="List Bullet")
            _spacing(q, 0, 0)
            _run(q, b)

    heading("Experience")
    entry(
        "Stripe, Dublin",
        "Staff Machine Learning Engineer",
        "January 2022 - present",
        [
            "Tech lead for real-time fraud scoring (Radar); p99 latency 42 ms at 30k requests/s.",
            "Introduced counterfactual evaluation for rule changes; adopted by four risk teams.",
        ],
    )
    entry(
        "Uber, San Francisco",
        "Senior Machine Learning Engineer",
        "July 2019 - December 2021",
        ["Owned ETA prediction models for Uber Eats in 40 cities; MAE down 11%."],
    )
    entry(
        "Uber, San Francisco",
        "Machine Learning Engineer II",
        "June 2017 - June 2019",
        ["Built the feature store ingestion path for marketplace models (Michelangelo)."],
    )
    entry("Careem, Dubai", "Software Engineering Intern", "June 2016 - August 2016")
    heading("Education")
    entry(
        "Georgia Institute of Technology, Atlanta",
        "M.S. Computer Science",
        "August 2015 - May 2017",
        ["Specialisation in machine learning; graduate research assistant in the Sonification Lab."],
    )
    entry(
        "American University of Beirut, Beirut",
        "B.E. Computer and Communications Engineering",
        "September 2011 - June 2015",
    )
    heading("Publications")
    for text in (
        "Haddad, Y. B., & Moreau-Tan, L. (2022). Streaming feature freshness for online fraud models. "
        "Proceedings of Machine Learning and Systems (MLSys 2022).",
        "Castellanos, R., Haddad, Y. B., Oyelaran, F., & Whitcombe, P. (2020). Learning delivery-time "
        "distributions at marketplace scale. KDD 2020 (Applied Data Science Track).",
        "Haddad, Y. B., & Sørensen-Achebe, M. (2024). Calibrating fraud scores under label delay. arXiv "
        "preprint arXiv:2406.11873.",
    ):
        q = doc.add_paragraph()
        _spacing(q, 3, 3)
        q.paragraph_format.left_indent = Cm(0.6)
        q.paragraph_format.first_line_indent = Cm(-0.6)
        _run(q, text)
    heading("Skills")
    q = doc.add_paragraph()
    _run(
        q,
        "Python, Scala, Go, SQL · PyTorch, XGBoost, Ray · Kafka, Flink, Spark · Feature stores, online "
        "experimentation, causal inference",
    )
    heading("Awards")
    q = doc.add_paragraph()
    _run(
        q,
        "Stripe Engineering Excellence Award (2023) · Dean's Honor List, American University of Beirut (2013, 2014)",
    )
    heading("Languages")
    q = doc.add_paragraph()
    _run(q, "Arabic (native), English (fluent), French (professional)")
    out = FILES / f"{name}.docx"
    fixed_save(doc, out, title="Yusra Haddad - Resume", author="")
    label(
        out.name,
        name="Yusra B. Haddad",
        name_any=["Yusra Haddad"],
        emails=["yusra.haddad@example.ie"],
        phones=["+353875550192"],
        links=["linkedin.com/in/yusrahaddad"],
        education=[
            edu("Georgia Institute of Technology", "master", "2015-08", "2017-05"),
            edu("American University of Beirut", "bachelor", "2011-09", "2015-06"),
        ],
        experience=[
            job("Stripe", "Staff Machine Learning Engineer", "2022-01", "present"),
            job("Uber", "Senior Machine Learning Engineer", "2019-07", "2021-12"),
            job("Uber", "Machine Learning Engineer II", "2017-06", "2019-06"),
            job("Careem", "Software Engineering Intern", "2016-06", "2016-08"),
        ],
        publications_count=3,
        first_author_count=2,
        sample=[
            pub(
                "Streaming feature freshness for online fraud models",
                "MLSys",
                2022,
                True,
                "published",
                ["Haddad, Y. B.", "Moreau-Tan, L."],
            ),
            pub(
                "Learning delivery-time distributions at marketplace scale",
                "KDD",
                2020,
                False,
                "published",
                ["Castellanos, R.", "Haddad, Y. B.", "Oyelaran, F.", "Whitcombe, P."],
            ),
            pub(
                "Calibrating fraud scores under label delay",
                "arXiv",
                2024,
                True,
                "preprint",
                ["Haddad, Y. B.", "Sørensen-Achebe, M."],
            ),
        ],
        interests=[],
        awards_count=2,
        layout="DOCX shaped like a Google Docs resume template export (Spearmint-like)",
        notes=(
            "python-docx shaped like a Google Docs template export: Letter page, Open Sans/Merriweather named but "
            "not embedded, every run carrying its own font/size/colour, the name in 'Title' inside a borderless "
            "two-column table with the address/phone/e-mail/LinkedIn right-aligned in the other cell; headings in "
            "'Heading 1' as upper-case via w:caps (the text itself is 'Experience'); each entry 'Company, City — "
            "Role' in one Heading 2 paragraph, then the dates in a Heading 3 paragraph in caps ('JANUARY 2022 - "
            "PRESENT'); two roles at Uber; education entries in the same 'School, City — Degree' shape. APA "
            "publications (MLSys, KDD ADS track, arXiv). Awards: an engineering award and a dean's list (2)."
        ),
    )


# ------------------------------------- 11 Word template with a coloured band
def cv11() -> None:
    name = "11_cardiologist_word_sideband_table_docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.0)
    sec.top_margin = sec.bottom_margin = Cm(1.0)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9.5)
    band, ink = "1F4D5A", "1F4D5A"
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    side, main = t.rows[0].cells
    side.width, main.width = Cm(6.2), Cm(12.8)
    _shade(side, band)

    def sp(cell, text="", *, bold=False, size=9, color="FFFFFF", before=0, after=2, italic=False):
        p = (
            cell.add_paragraph()
            if (cell.paragraphs[0].text or len(cell.paragraphs) > 1)
            else cell.paragraphs[0]
        )
        _spacing(p, before, after)
        if text:
            _run(p, text, bold=bold, size=size, color=color, italic=italic)
        return p

    sp(side, "Dr Eilidh", bold=True, size=22, before=10, after=0)
    sp(side, "MacRury-Fenn", bold=True, size=22, after=6)
    sp(side, "MBChB BSc(Hons) PhD FRCP", size=9, after=10)
    sp(side, "CONTACT", bold=True, size=10, before=6, after=3, color="F2C14E")
    for line in (
        "Department of Cardiology",
        "Royal Infirmary of Edinburgh",
        "51 Little France Crescent",
        "Edinburgh EH16 4SA",
        "T  0131 242 1873",
        "M  07700 900 318",
        "eilidh.macrury-fenn@nhs.example.scot",
    ):
        sp(side, line, after=0)
    sp(side, "GMC 7051127", size=8, before=4, after=0)
    sp(side, "INTERESTS", bold=True, size=10, before=12, after=3, color="F2C14E")
    for line in (
        "Cardiac CT and coronary plaque",
        "Chest pain pathways",
        "Cardio-oncology",
        "Trial methodology",
    ):
        sp(side, "• " + line, after=0)
    sp(side, "REFERENCES", bold=True, size=10, before=12, after=3, color="F2C14E")
    for line in (
        "Professor Callum Bretherick",
        "Chair of Cardiology, University of Edinburgh",
        "c.bretherick@ed.example.ac.uk",
        "",
        "Dr Ngozi Aldersley-Poole",
        "Clinical Director, NHS Lothian",
        "ngozi.aldersley-poole@nhs.example.scot",
    ):
        sp(side, line, after=0, size=8.5)

    def mh(text):
        p = sp(main, text, bold=True, size=12, color=ink, before=10, after=3)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "F2C14E")):
            b.set(qn(k), v)
        bdr.append(b)
        pPr.append(bdr)

    def mp(text, **kw):
        kw.setdefault("color", "262626")
        return sp(main, text, **kw)

    def tabbed(left_text, right_text, *, bold=True):
        p = sp(main, "", after=0, before=4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.4), WD_TAB_ALIGNMENT.RIGHT)
        _run(p, left_text, bold=bold, color="262626")
        _run(p, "\t" + right_text, color="7F7F7F", size=8.5)

    sp(main, "Consultant Cardiologist and Honorary Senior Lecturer", bold=True, size=13, color=ink, before=10)
    mp(
        "Clinician-scientist in cardiac imaging with a decade of trial work in chest pain and coronary CT. I lead the "
        "CT service at the Royal Infirmary and am chief investigator of the ALBA-CT pragmatic trial."
    )
    mh("CAREER HISTORY")
    tabbed("Consultant Cardiologist", "Aug 2019 – present")
    mp(
        "NHS Lothian, Royal Infirmary of Edinburgh; Honorary Senior Lecturer, University of Edinburgh",
        italic=True,
    )
    tabbed("Specialty Registrar in Cardiology (ST3–ST7)", "Aug 2012 – Jul 2019")
    mp("South East Scotland Deanery; out of programme for research 2013–2016", italic=True)
    tabbed("Foundation and Core Medical Trainee", "Aug 2008 – Jul 2012")
    mp("NHS Greater Glasgow and Clyde", italic=True)
    mh("EDUCATION AND QUALIFICATIONS")
    et = main.add_table(rows=1, cols=3)
    _grid_borders(et, "BFBFBF")
    hdr = ("Year", "Qualification", "Institution")
    for c, txt in zip(et.rows[0].cells, hdr, strict=True):
        _run(c.paragraphs[0], txt, bold=True, size=8.5, color="FFFFFF")
        _shade(c, band)
    for row in (
        ("2013 – 2016", "PhD, Cardiovascular Science", "University of Edinburgh"),
        ("2020", "FRCP (Edinburgh)", "Royal College of Physicians of Edinburgh"),
        ("2011", "MRCP (UK)", "Royal Colleges of Physicians of the UK"),
        ("2003 – 2008", "MBChB (Commendation)", "University of Glasgow"),
        ("2005 – 2006", "BSc (Hons) Medical Sciences, intercalated", "University of Glasgow"),
    ):
        cells = et.add_row().cells
        for c, txt in zip(cells, row, strict=True):
            _run(c.paragraphs[0], txt, size=8.5, color="262626")
    mh("SELECTED PUBLICATIONS (6 of 41)")
    mp("Full list: orcid.org/0000-0003-4127-5590", size=8, color="7F7F7F")
    refs = (
        "MacRury-Fenn E, Otieno-Baird S, Kirkland HJ, et al. Coronary CT angiography-guided management of "
        "troponin-negative chest pain: the ALBA-CT randomised trial. Lancet. 2024;403:1671–1682.",
        "ALBA-CT Investigators. Five-year outcomes after CT-first assessment of stable chest pain. N Engl J Med. "
        "2023;389:2202–2213.",
        "Otieno-Baird S, MacRury-Fenn E, Bretherick C. Low-attenuation plaque burden and myocardial infarction in "
        "women. JACC Cardiovasc Imaging. 2022;15:1120–1131.",
        "MacRury-Fenn E, Bretherick C. Radiation dose in serial coronary CT: a registry analysis. Heart. "
        "2019;105:1402–1408.",
        "MacRury-Fenn E, Lindahl-Oyede T, Aldersley-Poole N. Anthracycline cardiotoxicity surveillance with "
        "CT-derived extracellular volume. Eur Heart J Cardiovasc Imaging. 2025. Epub ahead of print.",
        "Kirkland HJ, MacRury-Fenn E. Machine-learning plaque quantification versus expert readers. Radiology. "
        "Accepted.",
    )
    for i, r in enumerate(refs, 1):
        p = mp(f"{i}.  {r}", after=2, size=8.5)
        p.paragraph_format.left_indent = Cm(0.55)
        p.paragraph_format.first_line_indent = Cm(-0.55)
    mh("AWARDS AND FELLOWSHIPS")
    mp("2013  British Heart Foundation Clinical Research Training Fellowship")
    mp("2016  Young Investigator Award (Clinical Science), British Cardiovascular Society")
    mp("2021  NHS Lothian research grant, £48,000 (co-applicant)")
    mh("TEACHING AND LEADERSHIP")
    mp(
        "Module lead, MSc Cardiovascular Imaging (Edinburgh); Training Programme Director for Cardiology, South East "
        "Scotland (2022–present); faculty, British Society of Cardiovascular CT course."
    )
    # header/footer as a Word template puts them
    hp = sec.header.paragraphs[0]
    _run(hp, "Curriculum Vitae — Dr Eilidh MacRury-Fenn", size=8, color="7F7F7F")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out = FILES / f"{name}.docx"
    fixed_save(doc, out, title="CV", author="Eilidh MacRury-Fenn")
    label(
        out.name,
        name="Eilidh MacRury-Fenn",
        name_any=["Dr Eilidh MacRury-Fenn"],
        emails=["eilidh.macrury-fenn@nhs.example.scot"],
        phones=["+441312421873", "+447700900318"],
        links=["orcid.org/0000-0003-4127-5590"],
        education=[
            edu("University of Edinburgh", "phd", "2013", "2016"),
            edu("University of Glasgow", "bachelor", "2003", "2008"),
            edu("University of Glasgow", "bachelor", "2005", "2006"),
        ],
        experience=[
            job("NHS Lothian, Royal Infirmary of Edinburgh", "Consultant Cardiologist", "2019-08", "present"),
            job(
                "South East Scotland Deanery",
                "Specialty Registrar in Cardiology (ST3–ST7)",
                "2012-08",
                "2019-07",
            ),
            job("NHS Greater Glasgow and Clyde", "Foundation and Core Medical Trainee", "2008-08", "2012-07"),
        ],
        publications_count=6,
        first_author_count=3,
        sample=[
            pub(
                "Coronary CT angiography-guided management of troponin-negative chest pain: the ALBA-CT randomised trial",
                "Lancet",
                2024,
                True,
                "published",
                ["MacRury-Fenn E", "Otieno-Baird S", "Kirkland HJ", "et al."],
            ),
            pub(
                "Five-year outcomes after CT-first assessment of stable chest pain",
                "N Engl J Med",
                2023,
                False,
                "published",
                ["ALBA-CT Investigators"],
            ),
            pub(
                "Low-attenuation plaque burden and myocardial infarction in women",
                "JACC Cardiovasc Imaging",
                2022,
                False,
                "published",
                ["Otieno-Baird S", "MacRury-Fenn E", "Bretherick C"],
            ),
            pub(
                "Anthracycline cardiotoxicity surveillance with CT-derived extracellular volume",
                "Eur Heart J Cardiovasc Imaging",
                2025,
                True,
                "in press",
                ["MacRury-Fenn E", "Lindahl-Oyede T", "Aldersley-Poole N"],
            ),
            pub(
                "Machine-learning plaque quantification versus expert readers",
                "Radiology",
                None,
                False,
                "accepted",
                ["Kirkland HJ", "MacRury-Fenn E"],
            ),
        ],
        interests=["Cardiac CT and coronary plaque", "Chest pain pathways", "Cardio-oncology"],
        awards_count=2,
        layout="Word-template-shaped DOCX: one two-cell table, dark shaded side band",
        notes=(
            "python-docx shaped like a Word Office résumé template: the whole page is one borderless two-cell "
            "table, the left cell shaded dark teal with white text (name split 'Dr Eilidh' / 'MacRury-Fenn', "
            "post-nominals line, CONTACT with UK landline '0131 242 1873' and mobile '07700 900 318' (both "
            "labelled in E.164), GMC number, INTERESTS, REFERENCES with referees' e-mails that are not the "
            "candidate's); the right cell holds the career history with right-tab dates and the employer in "
            "italics on the next line, education as a nested ruled table (Year | Qualification | Institution) "
            "mixing degrees with MRCP/FRCP memberships (not degrees), an intercalated BSc inside the MBChB years "
            "(MBChB = bachelor level). Headings with a bottom paragraph border. 'SELECTED PUBLICATIONS (12 of "
            "41)' (heading with extra words) lists 6 Vancouver entries: 'et al.', a collaboration-authored NEJM "
            "paper, 'Epub ahead of print' (in press), 'Accepted'; the ORCID URL is printed. Awards: a fellowship "
            "and a young investigator award (2), the grant is not. Page header 'Curriculum Vitae — Dr ...'."
        ),
    )


# ------------------------------------------------ 12 Chinese form-table DOCX
def cv12() -> None:
    name = "12_zh_finance_masters_form_table_docx"
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def zh(p, text, **kw):
        kw.setdefault("font", "Times New Roman")
        kw.setdefault("east", "宋体")
        return _run(p, text, **kw)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    zh(p, "个人简历", bold=True, size=18, east="黑体")
    t = doc.add_table(rows=4, cols=5)
    _grid_borders(t, "000000")
    cells = [
        ("姓  名", "喻知秋", "性  别", "女"),
        ("出生年月", "2001.05", "政治面貌", "共青团员"),
        ("联系电话", "151-0286-4473", "电子邮箱", "yuzhiqiu@cufe.example.edu.cn"),
        ("籍  贯", "四川绵阳", "求职意向", "宏观研究 / 固定收益研究"),
    ]
    for r, vals in enumerate(cells):
        for c, v in enumerate(vals):
            zh(t.cell(r, c).paragraphs[0], v, bold=(c % 2 == 0))
    photo = t.cell(0, 4).merge(t.cell(3, 4))
    photo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    zh(photo.paragraphs[0], "（照片）", color="808080")

    def head(text):
        q = doc.add_paragraph()
        _spacing(q, 10, 4)
        zh(q, f"【{text}】", bold=True, size=12, east="黑体", color="1F3864")

    def table(rows, widths):
        tb = doc.add_table(rows=0, cols=len(rows[0]))
        _grid_borders(tb, "7F7F7F")
        for i, row in enumerate(rows):
            cs = tb.add_row().cells
            for c, v, w in zip(cs, row, widths, strict=True):
                c.width = Cm(w)
                zh(c.paragraphs[0], v, bold=(i == 0))
                if i == 0:
                    _shade(c, "D9E2F3")
        return tb

    head("教育经历")
    table(
        [
            ("时间", "学校", "专业", "学历"),
            (
                "2023/09-至今",
                "中央财经大学 金融学院",
                "金融学（金融工程方向）",
                "硕士研究生（预计2026年6月毕业）",
            ),
            ("2019/09-2023/06", "西南财经大学 经济学院", "经济学", "本科（学士）"),
        ],
        (3.4, 4.6, 4.2, 5.2),
    )
    q = doc.add_paragraph()
    zh(q, "主修课程：高级计量经济学（94）、高级宏观经济学（91）、固定收益证券（95）、金融时间序列分析（93）")
    head("实习经历")
    for when, org, role, detail in (
        (
            "2024/07-2024/10",
            "中信证券股份有限公司 研究部",
            "宏观组实习生",
            "跟踪社融与信贷高频数据，撰写周报 12 篇；搭建 PMI 分项的 nowcasting 模型。",
        ),
        (
            "2023/12-2024/03",
            "中国人民银行金融研究所",
            "研究助理（兼职）",
            "整理央行货币政策报告文本语料，协助完成课题报告一章。",
        ),
    ):
        q = doc.add_paragraph()
        _spacing(q, 4, 0)
        q.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
        zh(q, f"{org}    {role}", bold=True)
        zh(q, f"\t{when}")
        q = doc.add_paragraph()
        zh(q, detail)
    head("科研成果")
    for text in (
        "1. 喻知秋，蒋文韬*. 数字普惠金融与县域家庭消费——基于CHFS数据的证据[J]. 金融研究, 2025(2): 77-95.（第一作者）",
        "2. 喻知秋. 央行沟通的文本测度与国债期限溢价[J]. 经济学（季刊），已录用.（独立作者）",
        "3. 蒋文韬，喻知秋，柏嘉禾. 全国碳市场扩容与高耗能企业的债务融资成本[J]. 中国工业经济，在投.（第二作者）",
        "4. Yu Zhiqiu, Jiang Wentao. Green credit guidelines and corporate green innovation: a text-based "
        "measure. SSRN Working Paper, 2024.（第一作者）",
    ):
        q = doc.add_paragraph()
        _spacing(q, 2, 2)
        zh(q, text)
    q = doc.add_paragraph()
    zh(
        q,
        "科研项目：参与国家社科基金一般项目“数字金融与共同富裕”（项目负责人：蒋文韬），负责数据清洗与实证部分。",
    )
    head("获奖情况")
    for text in (
        "2024年  硕士研究生国家奖学金",
        "2023年  四川省优秀毕业生",
        "2021年  全国大学生数学建模竞赛 四川赛区一等奖",
    ):
        q = doc.add_paragraph()
        _spacing(q, 0, 0)
        zh(q, text)
    head("技能证书")
    q = doc.add_paragraph()
    zh(q, "CFA 二级候选人；英语六级（586）；熟练使用 Stata、Python、MATLAB、Wind、EViews")
    head("自我评价")
    q = doc.add_paragraph()
    zh(q, "对宏观经济与利率市场有浓厚兴趣，具备扎实的计量基础和较强的文字表达能力，责任心强，抗压能力好。")
    out = FILES / f"{name}.docx"
    fixed_save(doc, out, title="个人简历", author="")
    label(
        out.name,
        name="喻知秋",
        name_any=["Yu Zhiqiu"],
        emails=["yuzhiqiu@cufe.example.edu.cn"],
        phones=["+8615102864473"],
        links=[],
        education=[
            edu("中央财经大学", "master", "2023-09", "present"),
            edu("西南财经大学", "bachelor", "2019-09", "2023-06"),
        ],
        experience=[
            job("中信证券股份有限公司 研究部", "宏观组实习生", "2024-07", "2024-10"),
            job("中国人民银行金融研究所", "研究助理（兼职）", "2023-12", "2024-03"),
        ],
        publications_count=4,
        first_author_count=3,
        sample=[
            pub(
                "数字普惠金融与县域家庭消费——基于CHFS数据的证据",
                "金融研究",
                2025,
                True,
                "published",
                ["喻知秋", "蒋文韬*"],
            ),
            pub("央行沟通的文本测度与国债期限溢价", "经济学（季刊）", None, True, "accepted", ["喻知秋"]),
            pub(
                "全国碳市场扩容与高耗能企业的债务融资成本",
                "中国工业经济",
                None,
                False,
                "under review",
                ["蒋文韬", "喻知秋", "柏嘉禾"],
            ),
            pub(
                "Green credit guidelines and corporate green innovation: a text-based measure",
                "SSRN",
                2024,
                True,
                "preprint",
                ["Yu Zhiqiu", "Jiang Wentao"],
            ),
        ],
        interests=[],
        awards_count=3,
        language="zh",
        layout="Chinese form-table CV (表格式简历) DOCX",
        notes=(
            "python-docx Chinese form CV: '个人简历' title, a ruled 4x5 personal-data grid (姓  名 | 喻知秋 | 性  别 | "
            "女, a merged 照片 cell), phone '151-0286-4473'; 【bracketed】 headings; education as a ruled table "
            "with a shaded header row (时间 | 学校 | 专业 | 学历), '2023/09-至今' with '（预计2026年6月毕业）' in the 学历 "
            "cell (end present), school and 学院 in one cell. 实习经历: 'Org    Role' in one bold run with the date "
            "at a right tab. 科研成果: GB/T-style [J] entries with （第一作者）/（独立作者）/（第二作者）, 已录用 "
            "(accepted), 在投 (under review), an English SSRN working paper (labelled preprint); a research project "
            "line under 科研成果 is not a publication. Awards: 3; CFA/CET under 技能证书 are not."
        ),
    )


# ------------------------------------------------------------- 13 plain text
TXT13 = """LIANG Haoran  梁皓然
Postdoctoral Fellow | 博士后研究员
Department of Electrical and Electronic Engineering, The University of Hong Kong
Tel: +852 5530 8127   |   Email: hrliang@eee.hku.example.hk   |   Web: https://hrliang.example.hk
=====================================================================================

RESEARCH INTERESTS / 研究方向
-----------------------------
  * Distribution-grid state estimation with sparse sensing
  * Safe reinforcement learning for voltage control
  * Electric-vehicle charging flexibility markets

EDUCATION / 教育背景
--------------------
  2019.09 -      Ph.D., Electrical Engineering                 Tsinghua University 清华大学
  2023.07        Thesis: Physics-informed learning for distribution-system state estimation
                 Advisor: Prof. Zhou Mingyuan

  2015.09 -      B.Eng., Electrical Engineering and Automation  Huazhong University of Science and
  2019.06                                                      Technology (HUST) 华中科技大学

EMPLOYMENT / 工作经历
---------------------
  2023.09 - now  Postdoctoral Fellow, Dept. of EEE, The University of Hong Kong
                 Host: Dr. Chan Wing-Yee. Hong Kong Scholars Program.
  2022.03 -      Research Intern, State Grid Energy Research Institute 国网能源研究院, Beijing
  2022.08

PUBLICATIONS / 论文发表   (J = journal, C = conference; * corresponding author)
---------------------------------------------------------------------------------
Journal
  [J1] H. Liang, Y. Qiao, and M. Zhou*, "Physics-informed graph networks for three-phase state
       estimation with sparse PMUs," IEEE Trans. Smart Grid, vol. 15, no. 2, pp. 1634-1647, 2024.
  [J2] H. Liang and M. Zhou*, "Chance-constrained voltage regulation with safe policy iteration,"
       IEEE Trans. Power Syst., early access, 2025.
  [J3] Y. Qiao, H. Liang, X. Duan, and M. Zhou*, "Privacy-preserving aggregation of EV charging
       flexibility," Appl. Energy, vol. 331, art. 120418, 2023.
  [J4] H. Liang, W.-Y. Chan*, "Learning-augmented OPF for feeders with high PV penetration,"
       submitted to IEEE Trans. Sustain. Energy, under review.

Conference
  [C1] H. Liang, Y. Qiao, and M. Zhou, "Observability-aware meter placement via submodular
       maximization," in Proc. IEEE PES General Meeting (PESGM), Denver, CO, 2022, pp. 1-5.
  [C2] X. Duan, H. Liang, and M. Zhou, "Day-ahead EV fleet bidding under price uncertainty," in
       Proc. IEEE ISGT Asia, Singapore, 2023.

AWARDS / 获奖
-------------
  2024   Hong Kong Scholars Program (香江学者计划)
  2023   Outstanding Doctoral Dissertation, Tsinghua University 清华大学优秀博士学位论文
  2022   Best Paper Award, IEEE PES General Meeting (for [C1])
  2017   National Scholarship 国家奖学金

SKILLS
------
  Python (PyTorch, CVXPY), MATLAB, Julia/JuMP, OpenDSS, Gurobi; Mandarin (native), English (IELTS 7.5),
  Cantonese (basic)

-- last updated: Jan 2025
"""


def cv13() -> None:
    name = "13_bilingual_power_systems_postdoc_plaintext"
    out = FILES / f"{name}.txt"
    out.write_text(TXT13, encoding="utf-8")
    label(
        out.name,
        name="LIANG Haoran",
        name_any=["Liang Haoran", "Haoran Liang", "梁皓然", "LIANG Haoran 梁皓然"],
        emails=["hrliang@eee.hku.example.hk"],
        phones=["+85255308127"],
        links=["https://hrliang.example.hk"],
        education=[
            edu("Tsinghua University", "phd", "2019-09", "2023-07"),
            edu("Huazhong University of Science and Technology (HUST)", "bachelor", "2015-09", "2019-06"),
        ],
        experience=[
            job("The University of Hong Kong", "Postdoctoral Fellow", "2023-09", "present"),
            job("State Grid Energy Research Institute", "Research Intern", "2022-03", "2022-08"),
        ],
        publications_count=6,
        first_author_count=4,
        sample=[
            pub(
                "Physics-informed graph networks for three-phase state estimation with sparse PMUs",
                "IEEE Trans. Smart Grid",
                2024,
                True,
                "published",
                ["H. Liang", "Y. Qiao", "M. Zhou*"],
            ),
            pub(
                "Chance-constrained voltage regulation with safe policy iteration",
                "IEEE Trans. Power Syst.",
                2025,
                True,
                "in press",
                ["H. Liang", "M. Zhou*"],
            ),
            pub(
                "Privacy-preserving aggregation of EV charging flexibility",
                "Appl. Energy",
                2023,
                False,
                "published",
                ["Y. Qiao", "H. Liang", "X. Duan", "M. Zhou*"],
            ),
            pub(
                "Learning-augmented OPF for feeders with high PV penetration",
                "IEEE Trans. Sustain. Energy",
                None,
                True,
                "under review",
                ["H. Liang", "W.-Y. Chan*"],
            ),
            pub(
                "Observability-aware meter placement via submodular maximization",
                "IEEE PES General Meeting (PESGM)",
                2022,
                True,
                "published",
                ["H. Liang", "Y. Qiao", "M. Zhou"],
            ),
            pub(
                "Day-ahead EV fleet bidding under price uncertainty",
                "IEEE ISGT Asia",
                2023,
                False,
                "published",
                ["X. Duan", "H. Liang", "M. Zhou"],
            ),
        ],
        interests=[
            "Distribution-grid state estimation with sparse sensing",
            "Safe reinforcement learning for voltage control",
        ],
        awards_count=4,
        language="zh+en",
        layout="plain text, bilingual headings, fixed-width columns",
        notes=(
            "UTF-8 plain text: 'LIANG Haoran  梁皓然' (upper-case surname first, then the Chinese name), bilingual "
            "headings 'EDUCATION / 教育背景' underlined with dashes; a fixed-width date column wrapped over two lines "
            "('2019.09 -' / '2023.07', '2022.03 -' / '2022.08'), '2023.09 - now'; the institution at the far right "
            "of the degree line and, for HUST, wrapped onto the next line with the Chinese name. IEEE-style "
            "references numbered [J1].. and [C1].. with the numbering restarting per sub-heading; '*' corresponding "
            "author defined; 'early access, 2025' (in press); 'submitted to ..., under review'. Awards: the talent "
            "programme, a dissertation prize, a best-paper award (names a paper, no extra paper) and a national "
            "scholarship (4). Hong Kong phone '+852 5530 8127'."
        ),
    )
