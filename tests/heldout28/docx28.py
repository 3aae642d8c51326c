"""Word documents of heldout28 (python-docx): 01 and 12 are printed by LibreOffice, 02 and 05 kept as DOCX."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from kit28 import FILES, SRC, fix_docx, soffice_pdf


def _font(run, name=None, size=None, bold=None, italic=None, color=None, east=None):
    if name:
        run.font.name = name
        rpr = run._element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        fonts.set(qn("w:ascii"), name)
        fonts.set(qn("w:hAnsi"), name)
        fonts.set(qn("w:eastAsia"), east or name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _para(doc_or_cell, text="", *, font=None, size=None, bold=None, italic=None, align=None, before=0, after=2,
          indent=None, hanging=None, tabs=(), color=None, east=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), kind)
    if align:
        p.alignment = align
    if text:
        _runs(p, text, font=font, size=size, bold=bold, italic=italic, color=color, east=east)
    return p


def _runs(p, text, **kw):
    """'**bold**' and '_italic_' spans inside a line."""
    import re

    for part in re.split(r"(\*\*.*?\*\*|_[^_]+_)", text):
        if not part:
            continue
        extra = dict(kw)
        if part.startswith("**"):
            part, extra["bold"] = part[2:-2], True
        elif part.startswith("_") and part.endswith("_") and len(part) > 2:
            part, extra["italic"] = part[1:-1], True
        _font(p.add_run(part), name=kw.get("font"), size=kw.get("size"), bold=extra.get("bold"),
              italic=extra.get("italic"), color=kw.get("color"), east=kw.get("east"))


def _border_bottom(p, color="000000", sz="6"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _field(p, instr, font=None, size=None):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        r = p.add_run()
        _font(r, name=font, size=size)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            r._r.append(it)
        else:
            r.text = text


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell(cell, text, **kw):
    cell.paragraphs[0].text = ""
    first = True
    for line in text.split("\n"):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(kw.pop("after", 0)) if "after" in kw else Pt(0)
        if kw.get("align"):
            p.alignment = kw["align"]
        _runs(p, line, font=kw.get("font"), size=kw.get("size"), bold=kw.get("bold"), italic=kw.get("italic"),
              east=kw.get("east"), color=kw.get("color"))


def _margins(doc, top=2.0, side=2.2):
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(top)
        s.left_margin = s.right_margin = Cm(side)
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)


# --------------------------------------------------------------------------------------------------
# 01  Scottish professor of sedimentology: a Word CV kept since the 1990s, printed by LibreOffice
# --------------------------------------------------------------------------------------------------
def build01(out: Path) -> None:
    doc = Document()
    _margins(doc, 2.0, 2.3)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    F = "Calibri"
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(foot.add_run("M. E. Halcrow-Finnie – Curriculum Vitae – page "), name=F, size=8, color="666666")
    _field(foot, "PAGE", F, 8)
    _para(doc, "CURRICULUM VITAE", font=F, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "Professor Morag Elspeth HALCROW-FINNIE  BSc PhD FRSE", font=F, size=13, bold=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "(updated March 2025 – earlier versions 2009, 2016)", font=F, size=8.5, italic=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    tabs = [(4.2, WD_TAB_ALIGNMENT.LEFT)]
    for k, v in [("Address:", "School of Geosciences, University of Aberdeen, Meston Building,"),
                 ("", "King's College, Aberdeen AB24 3UE, Scotland, UK"),
                 ("Tel:", "+44 (0)1632 960 418 (office)"),
                 ("E-mail:", "m.halcrow-finnie@abdn.example.ac.uk"),
                 ("Web:", "https://halcrowfinnie-sedlab.example.org"),
                 ("Date of birth:", "14 May 1966")]:
        _para(doc, f"{k}\t{v}", font=F, size=10, tabs=tabs, after=0)

    def head(text, under=False):
        p = _para(doc, text, font=F, size=11, bold=True, before=10, after=3)
        if under:
            p.runs[0].underline = True
        return p

    head("1.  EDUCATION")
    edu = [("1988 – 1992", "PhD, Department of Geology & Geophysics, **University of Edinburgh**"),
           ("", "Thesis: _Slope-channel fills in the Carboniferous of the Midland Valley_ (supervisor: Dr. I. Marr)"),
           ("1984-88", "BSc (Hons) Geology, 1st Class, **University of St Andrews**")]
    for d, t in edu:
        _para(doc, f"{d}\t{t}", font=F, size=10.5, tabs=[(3.2, WD_TAB_ALIGNMENT.LEFT)], indent=3.2, hanging=3.2,
              after=1)
    head("2.  APPOINTMENTS")
    jobs = [("Aug 2016 – present", "Professor of Sedimentology, University of Aberdeen"),
            ("2019-2022", "(concurrently) Head of School of Geosciences, University of Aberdeen"),
            ("2009 – 2016", "Reader in Sedimentology, University of Aberdeen"),
            ("Oct. 2001 - July 2009", "Lecturer in Geology, University of Aberdeen (part-time 0.6 FTE 2001-2003)"),
            ("1999 – 2001", "Career break (family; two children)"),
            ("1995-99", "Research Geologist, BP Exploration, Sunbury-on-Thames (Deepwater Reservoir Team)"),
            ("Jan 1993 – Dec 1995", "NERC Postdoctoral Research Fellow, Department of Earth Sciences,"
                                    " University of Cambridge")]
    for d, t in jobs:
        _para(doc, f"{d}\t{t}", font=F, size=10.5, tabs=[(3.9, WD_TAB_ALIGNMENT.LEFT)], indent=3.9, hanging=3.9,
              after=1)
    _para(doc, "Visiting appointments: Visiting Researcher, University of Bergen, spring 2012 (sabbatical).",
          font=F, size=10, italic=True, before=3)
    head("4.  RESEARCH INTERESTS")
    _para(doc, "Deep-water sedimentology; turbidite channel–lobe systems; source-to-sink analysis of North Atlantic "
               "margins; outcrop analogues for subsurface reservoirs.", font=F, size=10.5)
    head("6.  HONOURS & AWARDS")
    for t in ["Fellow of the Royal Society of Edinburgh (FRSE), elected 2018",
              "Best Paper Award, _Sedimentology_ (for the 2011 paper), 2012",
              "Geological Society of London – Lyell Fund, 2003"]:
        _para(doc, "•  " + t, font=F, size=10.5, indent=0.5, after=1)
    head("7.  RESEARCH GRANTS (as PI, selected)", under=True)
    for t in ["NERC Standard Grant NE/X003117/1 (2023-2026), ‘Lobe fringes as carbon stores’, £412k",
              "Leverhulme Trust Research Project Grant (2017-2020), £238k",
              "Industry consortium ‘SLOPE-3’ (Equinor, Shell, TotalEnergies) 2012 – 2018, £1.1M (co-PI)"]:
        _para(doc, "-  " + t, font=F, size=10, indent=0.5, after=1)
    head("8.  PUBLICATIONS (selected; total 78, h-index 31)")
    _para(doc, "(a) Refereed journal papers", font=F, size=10.5, bold=True, italic=True, before=3)
    pubs_a = [
        "Halcrow-Finnie, M.E., Okafor, T.C. & Lindqvist, P. (2024). Bed-scale heterogeneity in distal lobe fringes "
        "of the Ross Formation. _Sedimentology_, 71, 112-139.",
        "Brannigan, S. & Halcrow-Finnie, M.E. (2022) Mud-rich slope channels as sediment bypass conduits. "
        "_Journal of Sedimentary Research_ 92: 45-61.",
        "Halcrow-Finnie M.E., Reid J., Solheim K., et al. 2019. Source-to-sink budgets for the Faroe-Shetland "
        "margin since the Palaeocene. _Basin Research_ 31, 900–921.",
        "Okafor, T.C., Halcrow-Finnie, M.E., Arbuthnott, L. Carbon burial in deep-water lobe fringes: an outcrop "
        "perspective. Submitted to _Earth-Science Reviews_.",
    ]
    for i, t in enumerate(pubs_a, 1):
        _para(doc, f"a{i}.\t{t}", font=F, size=10, tabs=[(0.9, WD_TAB_ALIGNMENT.LEFT)], indent=0.9, hanging=0.9,
              after=2)
    _para(doc, "(b) Book chapters", font=F, size=10.5, bold=True, italic=True, before=3)
    _para(doc, "b1.\tHalcrow-Finnie, M.E. (2015) Channel–lobe transition zones. In: Reid, J. & Ward, A. (eds) "
               "_Deep-Water Sedimentary Systems of NW Europe_. Geological Society, London, Special Publications "
               "412, 77-98.", font=F, size=10, tabs=[(0.9, WD_TAB_ALIGNMENT.LEFT)], indent=0.9, hanging=0.9)
    _para(doc, "(c) Older papers (pre-2000) – pasted from 1999 CV", font=F, size=10.5, bold=True, italic=True,
          before=3)
    for t in ["1.  HALCROW, M. E. 1994. Turbidite sandbody geometry in the Namurian of Fife. _Journal of the "
              "Geological Society, London_, 151, 421–433.",
              "2.  PETTIGREW, R. & HALCROW, M. E. 1997. Seismic-scale analogues from the Ross Formation, "
              "County Clare. _Marine and Petroleum Geology_, 14, 233–250."]:
        _para(doc, t, font="Times New Roman", size=11, indent=0.6, hanging=0.6, after=2)
    _para(doc, "Conference abstracts (c. 120) and industry reports are not listed.", font=F, size=9.5, italic=True,
          before=4)
    head("9.  TEACHING AND SUPERVISION")
    _para(doc, "Level 3/4 courses in sedimentology and basin analysis; Honours field class (Spain) 2003–2019. "
               "14 PhD students supervised to completion (principal supervisor for 9).", font=F, size=10.5)
    head("10. ESTABLISHMENT & SERVICE")
    _para(doc, "Associate Editor, _Sedimentology_ (2014-2020). NERC Peer Review College (2016 – 2022). External "
               "examiner, University of Leeds MSc Petroleum Geoscience 2018-21.", font=F, size=10.5)
    src = SRC / "01_halcrow_finnie.python-docx.docx"
    doc.save(src)
    fix_docx(src)
    soffice_pdf(src, out)


# --------------------------------------------------------------------------------------------------
# 02  Italian archaeologist, RTD-B, Word CV kept as DOCX
# --------------------------------------------------------------------------------------------------
def build02(out: Path) -> None:
    doc = Document()
    _margins(doc, 2.0, 2.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Garamond", Pt(11.5)
    F = "Garamond"
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hdr.add_run("Curriculum vitae – Ilaria Bonvicini Tarsi"), name=F, size=9, italic=True, color="555555")
    _para(doc, "CURRICULUM VITAE ET STUDIORUM", font=F, size=15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    _para(doc, "della Dott.ssa Ilaria Bonvicini Tarsi", font=F, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    for line in ["Nata a Ferrara il 3 febbraio 1986",
                 "Dipartimento di Storia Culture Civiltà (DiSCi), Università di Bologna, Piazza San Giovanni in "
                 "Monte 2, 40124 Bologna",
                 "Cell. +39 333 555 0192 – e-mail: ilaria.bonvicini@unibo.example.it",
                 "ORCID 0000-0002-5550-1186 – https://ibonvicinitarsi.example.it"]:
        _para(doc, line, font=F, size=11, after=0)

    def head(text):
        p = _para(doc, text, font=F, size=12.5, bold=True, before=12, after=4, color="7A1F1F")
        _border_bottom(p, "7A1F1F")

    head("Posizione attuale")
    _para(doc, "Dal 1° dicembre 2022 Ricercatrice a tempo determinato di tipo B (RTD-B, SSD L-ANT/07 Archeologia "
               "classica) presso l'Università di Bologna, Dipartimento di Storia Culture Civiltà. Abilitazione "
               "Scientifica Nazionale a Professore di II fascia (10/A1), conseguita il 14/04/2023.",
          font=F, size=11.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    head("Titoli di studio e formazione")
    rows = [("2011 – 2015", "**Dottorato di ricerca** in Archeologia (XXVIII ciclo), Università degli Studi di "
                            "Padova. Tesi: _Ceramiche a vernice nera dall'area del Delta padano_ (tutor Prof. "
                            "G. Zanardi). Discussa il 21 marzo 2016."),
            ("2013", "Visiting PhD student (6 mesi), Institute of Classical Studies, University of London."),
            ("2008 – 2010", "**Laurea magistrale** in Archeologia e culture del mondo antico, Università di "
                            "Bologna, 110/110 e lode."),
            ("2005 – 2008", "**Laurea triennale** in Beni culturali, Università degli Studi di Ferrara, 110/110."),
            ("2012", "Corso di alta formazione in archeometria, CNR (40 ore).")]
    t = doc.add_table(rows=0, cols=2)
    for d, txt in rows:
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(3.0), Cm(13.0)
        _cell(c[0], d, font=F, size=11, bold=True)
        _cell(c[1], txt, font=F, size=11)
    head("Esperienze professionali e incarichi di ricerca")
    rows = [("dic. 2022 – oggi", "Ricercatrice RTD-B, Università di Bologna"),
            ("ott. 2019 – nov. 2022", "Ricercatrice RTD-A, Università di Bologna (progetto PRIN 2017 «Paesaggi "
                                      "del Delta»)"),
            ("2016 – 2019", "Assegnista di ricerca, Università degli Studi di Padova, Dipartimento dei Beni "
                            "Culturali"),
            ("marzo – agosto 2018", "Fellow, British School at Rome (Rome Awards)"),
            ("2010 – 2011", "Archeologa a contratto, Soprintendenza Archeologia, Belle Arti e Paesaggio per le "
                            "province di Ferrara (scavi di Spina)")]
    t = doc.add_table(rows=0, cols=2)
    for d, txt in rows:
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(3.6), Cm(12.4)
        _cell(c[0], d, font=F, size=11)
        _cell(c[1], txt, font=F, size=11)
    head("Interessi di ricerca")
    _para(doc, "Ceramica ellenistica e romana dell'Italia settentrionale; archeologia dei paesaggi deltizi; "
               "archeometria delle ceramiche; digital archaeology e GIS.", font=F, size=11.5)
    head("Premi e riconoscimenti")
    for p in ["2017 – Premio «Giovani archeologi» dell'Accademia Nazionale dei Lincei",
              "2018 – Rome Award, British School at Rome",
              "2016 – Premio per la miglior tesi di dottorato, Consulta Universitaria di Archeologia Classica"]:
        _para(doc, p, font=F, size=11.5, indent=0.4, after=1)
    head("Pubblicazioni")
    _para(doc, "Monografie", font=F, size=11.5, italic=True, bold=True, before=2)
    _para(doc, "1. I. Bonvicini Tarsi, _La vernice nera del Delta padano. Produzioni e commerci (IV–I sec. a.C.)_, "
               "Bologna, Ante Quem, 2019 (Studi e Scavi n.s. 52).", font=F, size=11, indent=0.6, hanging=0.6)
    _para(doc, "Articoli in rivista", font=F, size=11.5, italic=True, bold=True, before=4)
    arts = [
        "2. I. Bonvicini Tarsi, M. Cavallaro, _Anfore e reti di scambio a Spina in età ellenistica_, in «Ocnus», "
        "31, 2023, pp. 45-71.",
        "3. L. Pasetti, I. Bonvicini Tarsi, A. Gennari, _Archaeometric characterisation of black-gloss ware from "
        "the Po delta_, in «Journal of Archaeological Science: Reports», 38, 2021, 103045.",
        "4. I. Bonvicini Tarsi, _Paesaggi d'acqua: insediamenti minori nel Delta in età romana_, in «Archeologia "
        "Classica», 76, 2025 (in corso di stampa).",
        "5. I. Bonvicini Tarsi, F. Rinaldi, _Un deposito votivo a Voghenza: nuove letture_, in «Studi Etruschi» "
        "(sottoposto a revisione).",
    ]
    for a in arts:
        _para(doc, a, font=F, size=11, indent=0.6, hanging=0.6, after=2)
    _para(doc, "Contributi in volume", font=F, size=11.5, italic=True, bold=True, before=4)
    _para(doc, "6. I. Bonvicini Tarsi, _Ceramica e identità a Spina_, in G. Zanardi (a cura di), _Spina cento anni "
               "dopo_, Roma, Quasar, 2020, pp. 211-230.", font=F, size=11, indent=0.6, hanging=0.6)
    head("Attività didattica")
    _para(doc, "Titolare del corso «Archeologia della produzione» (6 CFU), LM Archeologia, Università di Bologna, "
               "a.a. 2022/23 – oggi. Correlatrice di 11 tesi magistrali.", font=F, size=11.5)
    head("Lingue")
    _para(doc, "Italiano (madrelingua); inglese (C1); tedesco (B1).", font=F, size=11.5)
    _para(doc, "Autorizzo il trattamento dei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (Reg. UE "
               "2016/679).", font=F, size=9, italic=True, before=12)
    _para(doc, "Bologna, 10 gennaio 2025", font=F, size=11, before=6)
    doc.save(out)
    fix_docx(out)


# --------------------------------------------------------------------------------------------------
# 05  Chinese chemistry PhD graduate: a WPS-style 个人简历 table, kept as DOCX
# --------------------------------------------------------------------------------------------------
def build05(out: Path) -> None:
    doc = Document()
    _margins(doc, 1.6, 1.8)
    F, E = "宋体", "宋体"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(10.5)
    _para(doc, "个 人 简 历", font="黑体", east="黑体", size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(4.2), Cm(2.6), Cm(4.2), Cm(3.6)]

    def row(vals, shade=None, merge_from=None, bold=False):
        cells = t.add_row().cells
        for i, w in enumerate(widths):
            cells[i].width = w
        if merge_from is not None:
            a, b = merge_from
            cells[a].merge(cells[b])
        for i, v in enumerate(vals):
            if v is None:
                continue
            _cell(cells[i], v, font=F, east=E, size=10.5, bold=bold)
            if shade:
                _shade(cells[i], shade)
        return cells

    info = [("姓    名", "苗若萱", "性    别", "女"), ("出生年月", "1996.08", "政治面貌", "中共党员"),
            ("民    族", "汉", "籍    贯", "山东潍坊"), ("学    历", "博士研究生", "专    业", "物理化学"),
            ("手    机", "139 5550 2718", "邮    箱", "miaoruoxuan@example.cn")]
    first = None
    for i, (a, b, c, d) in enumerate(info):
        cells = row([a, b, c, d, "（照片）" if i == 0 else None])
        first = cells[4] if i == 0 else first.merge(cells[4])
    row(["求职意向", "高校讲师 / 博士后（电催化、能源化学方向）", None, None, None], merge_from=(1, 4))

    def section(title):
        c = t.add_row().cells
        m = c[0].merge(c[4])
        _cell(m, title, font="黑体", east="黑体", size=11.5, bold=True)
        _shade(m, "D9E2F3")

    def wide(text):
        c = t.add_row().cells
        m = c[0].merge(c[4])
        _cell(m, text, font=F, east=E, size=10.5)

    def four(a, b, c_, d):
        c = t.add_row().cells
        c[1].merge(c[2])
        _cell(c[0], a, font=F, east=E, size=10.5)
        _cell(c[1], b, font=F, east=E, size=10.5, bold=True)
        _cell(c[3], c_, font=F, east=E, size=10.5)
        _cell(c[4], d, font=F, east=E, size=10.5)

    section("教育背景")
    four("2019.09-2024.06", "中国科学技术大学", "化学与材料科学学院 物理化学", "理学博士（硕博连读）")
    wide("导师：（略）；学位论文：单原子铜催化剂上CO2电还原制多碳产物的构效关系研究")
    four("2022.03-2022.09", "新加坡国立大学（联合培养）", "化学与生物分子工程系", "国家公派联合培养")
    four("2015.09-2019.06", "山东大学", "化学与化工学院 应用化学", "工学学士（GPA 3.78/4.0，排名 5/112）")
    section("科研与工作经历")
    four("2024.07-至今", "中国科学院大连化学物理研究所", "洁净能源国家实验室", "博士后")
    wide("参与国家自然科学基金面上项目（22372xxx，负责原位拉曼表征部分）；搭建流动池电解测试平台。")
    four("2018.07-2018.08", "万华化学集团股份有限公司", "研究院 催化剂中心", "暑期实习生")
    section("发表论文（*通讯作者，#共同一作）")
    papers = [
        "[1] 苗若萱, 钱梓航, 韦东篱*. 单原子Cu-N-C催化剂上CO2电还原制乙烯的原位拉曼研究[J]. 物理化学学报, "
        "2023, 39(8): 2211045.",
        "[2] Miao R X#, Qian Z H#, Tang Y, Wei D L*. Strain-tuned Cu single atoms for selective CO2-to-C2+ "
        "electroreduction[J]. Journal of the American Chemical Society, 2024, 146(12): 8421-8430.",
        "[3] Qian Z H, Miao R X, Wei D L*. Pulsed electrolysis suppresses copper restructuring[J]. ACS Catalysis, "
        "2022, 12: 9905-9914.",
        "[4] Miao R X, Lau K Y, Wei D L*. Interfacial water in flow-cell CO2 reduction[J]. Angewandte Chemie "
        "International Edition, 已接收.",
        "[5] 苗若萱, 韦东篱*. 电催化CO2还原中的局部pH效应[J]. 化学进展, 在审.",
    ]
    for p in papers:
        wide(p)
    section("获奖情况")
    wide("2023  博士研究生国家奖学金\n2021  中国科学技术大学“郭沫若奖学金”\n2018  山东大学优秀学生干部\n"
         "2017  全国大学生化学实验邀请赛 二等奖")
    section("专业技能")
    wide("原位拉曼/红外光谱、XAFS数据分析、DFT计算（VASP）；Origin、Python；CET-6（586）")
    section("自我评价")
    wide("科研态度严谨，具备独立开展课题的能力，善于团队协作。")
    doc.save(out)
    fix_docx(out, app="WPS Office")


# --------------------------------------------------------------------------------------------------
# 12  Indian civil engineer, industry (L&T) -> assistant professor; S.No tables; LibreOffice PDF
# --------------------------------------------------------------------------------------------------
def build12(out: Path) -> None:
    doc = Document()
    _margins(doc, 1.8, 2.0)
    F = "Times New Roman"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = F, Pt(11)
    _para(doc, "CURRICULUM VITAE", font=F, size=15, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    _para(doc, "Dr. VENKATARAMAN SRIKANTH IYENGAR", font=F, size=13, bold=True, after=0)
    for line in ["Assistant Professor (Grade-I), Department of Civil Engineering",
                 "National Institute of Technology Tiruchirappalli, Tamil Nadu – 620015",
                 "Mobile: +91 98765 00417    E-mail: vs.iyengar@nitt.example.edu.in",
                 "Alternate e-mail: vsiyengar.civil@example.com"]:
        _para(doc, line, font=F, size=11, after=0)

    def head(text):
        p = _para(doc, text, font=F, size=11.5, bold=True, before=10, after=4)
        _shade_para(p)

    def _shade_para(p):
        ppr = p._p.get_or_add_pPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9D9D9")
        ppr.append(shd)

    def table(header, rows, widths):
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for i, h in enumerate(header):
            _cell(t.rows[0].cells[i], h, font=F, size=10.5, bold=True)
            t.rows[0].cells[i].width = Cm(widths[i])
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].width = Cm(widths[i])
                _cell(cells[i], v, font=F, size=10.5)

    head("CAREER OBJECTIVE")
    _para(doc, "To contribute to teaching and research in structural and earthquake engineering, bringing twelve "
               "years of design-office and site experience into the classroom.", font=F, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    head("EDUCATIONAL QUALIFICATIONS")
    table(["S.No", "Degree", "Specialisation", "Institution / University", "Year of Passing", "CGPA / %"],
          [["1.", "Ph.D.", "Structural Engineering", "Indian Institute of Technology Madras", "2021", "–"],
           ["2.", "M.Tech.", "Structural Engineering", "National Institute of Technology Karnataka, Surathkal",
            "2008", "8.62"],
           ["3.", "B.E.", "Civil Engineering", "PSG College of Technology, Coimbatore (Anna University)", "2006",
            "79.4 %"],
           ["4.", "HSC", "State Board", "Vidya Mandir Hr. Sec. School, Chennai", "2002", "91.2 %"]],
          [1.1, 1.7, 3.0, 6.0, 2.1, 1.8])
    _para(doc, "Ph.D. thesis: “Seismic fragility of RC bridge piers retrofitted with UHPFRC jackets” (part-time "
               "registration, July 2016 – Nov 2021, while employed at L&T).", font=F, size=10.5, italic=True, before=3)
    head("PROFESSIONAL EXPERIENCE (Total: 16 years)")
    table(["S.No", "Organisation", "Designation", "From", "To", "Nature of work"],
          [["1.", "National Institute of Technology Tiruchirappalli", "Assistant Professor (Grade-I)", "03.01.2022",
            "Till date", "Teaching UG/PG, research"],
           ["2.", "Larsen & Toubro Ltd., Construction – Heavy Civil Infrastructure IC, Chennai",
            "Deputy General Manager (Design)", "01.04.2015", "31.12.2021", "Bridge and metro viaduct design"],
           ["3.", "Larsen & Toubro Ltd., EDRC, Chennai", "Senior Design Engineer", "21.07.2008", "31.03.2015",
            "Analysis and design of flyovers"],
           ["4.", "STUP Consultants Pvt. Ltd., Mumbai", "Graduate Engineer Trainee", "June 2006", "July 2006",
            "Internship (summer)"]],
          [1.1, 4.6, 3.1, 2.1, 2.1, 2.7])
    head("RESEARCH INTERESTS")
    _para(doc, "Seismic retrofit of bridges; ultra-high-performance fibre-reinforced concrete; performance-based "
               "design; structural health monitoring.", font=F)
    head("PUBLICATIONS")
    _para(doc, "A. International Journals", font=F, bold=True, before=2)
    table(["S.No", "Details of publication", "Indexing"],
          [["1.", "V. S. Iyengar, R. Natarajan, “Cyclic behaviour of RC piers jacketed with UHPFRC”, Engineering "
                  "Structures, vol. 245, 112901, 2021.", "SCI, IF 5.5"],
           ["2.", "V. S. Iyengar, R. Natarajan, A. Menon, “Fragility functions for retrofitted multi-span bridges "
                  "in peninsular India”, Earthquake Engineering & Structural Dynamics, vol. 51, pp. 1880–1902, "
                  "2022.", "SCI"],
           ["3.", "K. Pradeepa, V. S. Iyengar, “Bond of lap splices in UHPFRC jackets”, Construction and Building "
                  "Materials, 2024 (Accepted).", "SCI"],
           ["4.", "V. S. Iyengar, M. Dhanalakshmi, “Drone-based crack mapping of metro viaducts”, Structural "
                  "Control and Health Monitoring (Under Review).", "SCI"]],
          [1.1, 12.6, 2.5])
    _para(doc, "B. Conferences", font=F, bold=True, before=4)
    table(["S.No", "Details of publication", "Indexing"],
          [["1.", "V. S. Iyengar, R. Natarajan, “Shake-table testing of a jacketed pier”, Proc. 17th World "
                  "Conference on Earthquake Engineering (17WCEE), Sendai, Japan, 2020.", "Scopus"]],
          [1.1, 12.6, 2.5])
    head("AWARDS AND RECOGNITIONS")
    for p in ["Best Paper Award, 17WCEE Young Researchers Session, 2020.",
              "L&T Chairman's Award for Design Excellence (Chennai Metro Phase-I viaducts), 2014.",
              "GATE 2006 – AIR 212 (qualified)."]:
        _para(doc, "•  " + p, font=F, indent=0.5, after=1)
    head("PROFESSIONAL MEMBERSHIPS")
    _para(doc, "Life Member, Indian Society for Earthquake Technology (ISET); Member, Indian Roads Congress (IRC); "
               "Chartered Engineer, IEI.", font=F)
    head("PERSONAL DETAILS")
    for k, v in [("Father's Name", "Sri. S. Ramanujam Iyengar"), ("Date of Birth", "12.09.1984"),
                 ("Languages Known", "English, Tamil, Hindi, Kannada")]:
        _para(doc, f"{k}\t:  {v}", font=F, tabs=[(4.5, WD_TAB_ALIGNMENT.LEFT)], after=0)
    head("DECLARATION")
    _para(doc, "I hereby declare that the above information is true to the best of my knowledge and belief.",
          font=F)
    _para(doc, "Place: Tiruchirappalli\t(V. S. IYENGAR)", font=F, tabs=[(16.5, WD_TAB_ALIGNMENT.RIGHT)], before=8,
          after=0)
    _para(doc, "Date: 20.02.2025", font=F)
    src = SRC / "12_iyengar.python-docx.docx"
    doc.save(src)
    fix_docx(src)
    soffice_pdf(src, out)


BUILDERS = {
    "01": ("01_uk_geology_professor_irregular_word_libreoffice.pdf", build01),
    "02": ("02_it_archaeology_rtdb_word_docx.docx", build02),
    "05": ("05_zh_chemistry_phd_wps_table_docx.docx", build05),
    "12": ("12_in_civil_eng_asst_prof_sno_tables_libreoffice.pdf", build12),
}


def build(key: str) -> Path:
    name, fn = BUILDERS[key]
    out = FILES / name
    fn(out)
    return out
