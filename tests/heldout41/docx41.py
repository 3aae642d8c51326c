"""python-docx builders for heldout41: 04 (UKRI R4RI, kept as DOCX), 05 (DFG Lebenslauf, printed by LibreOffice),
09 (博士后创新人才支持计划 申请书 form, kept as DOCX), 11 (FECYT CVA in English, printed by LibreOffice)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _doc(font: str, size: float, east_asia: str | None = None) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if east_asia:
        st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "applicant"
    cp.created = cp.modified = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
    return d


def _p(d, text="", bold=False, italic=False, size=None, align=None, color=None, space_after=2):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _runs(d, parts, space_after=2):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi'."""
    p = d.add_paragraph()
    for text, st in parts:
        r = p.add_run(text)
        r.bold, r.italic = "b" in st, "i" in st
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _table(d, rows, widths=None, header=False, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    if widths:
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            if widths:
                c.width = Cm(widths[j])
    d.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


# --------------------------------------------------------------------------- 04 UKRI R4RI
def build_04(out: Path) -> None:
    d = _doc("Arial", 10.5)
    _p(d, "Résumé for Research and Innovation (R4RI)", bold=True, size=14, align="c")
    _p(d, "[Guidance: complete each module as narrative prose. Maximum of two sides of A4 for the whole résumé, "
          "Arial 11 or equivalent. Remove this guidance text before submission.]", italic=True, size=8.5,
       color="666666", align="c")
    _p(d, "Personal details", bold=True, size=12)
    _table(d, [
        ["Name", "Dr Niamh Fairbrother-Osei"],
        ["ORCID", "0000-0001-5550-4418"],
        ["Contact", "n.fairbrother-osei@leeds.example.ac.uk   |   +44 113 496 0725"],
        ["Current position", "Senior Lecturer in Plant Ecology, School of Biology, University of Leeds "
                             "(since January 2022)"],
        ["Key qualifications", "PhD Botany, University of British Columbia, Canada (2016); MSc Forestry, University "
                               "of British Columbia (2011); BA (Mod) Natural Sciences, Trinity College Dublin (2009)"],
        ["Key funding", "NERC Independent Research Fellowship NE/T555011/1 (2019–2024, transferred to Leeds)"],
    ], widths=[3.8, 13.2])

    _p(d, "Module 1 – Contributions to the generation of new ideas, tools, methodologies or knowledge",
       bold=True, size=11.5)
    _p(d, "My research asks how plant roots remember drought. After my PhD at the University of British Columbia, "
          "where I showed in 'Mycorrhizal type predicts seedling drought survival in boreal forests' (Journal of "
          "Ecology, 2016; first author) that ectomycorrhizal seedlings outlive their neighbours in dry years, I "
          "moved to the University of Exeter in March 2016 as a Postdoctoral Research Fellow on the NERC DRYGRASS "
          "project. There I wrote the open-source tool described in 'rootR: an R package for minirhizotron image "
          "analysis' (Methods in Ecology and Evolution, 2019; first author), now used by more than forty groups.")
    _p(d, "In October 2019 I started a NERC Independent Research Fellowship at Exeter, which I held until December "
          "2021 and then moved with me to Leeds. With my first PhD student, Amani Kamau, I assembled 'A worldwide "
          "database of fine-root turnover' (Nature Ecology & Evolution, 2021; Kamau, Fairbrother-Osei et al.), and "
          "our experiment on repeated drought in Yorkshire grasslands produced 'Drought legacies reorganise root "
          "trait syndromes in temperate grasslands' (Fairbrother-Osei, Kamau & Lindgren-Ruiz, Ecology Letters, "
          "2023). The newest part of this programme, 'Grassland root traits under repeated drought: a "
          "nine-year record' (bioRxiv preprint, 2025, led by Amani Kamau), is under review at New Phytologist.")

    _p(d, "Module 2 – The development of others and maintenance of effective working relationships",
       bold=True, size=11.5)
    _p(d, "I have supervised five PhD students (two completed: Amani Kamau, 2024, now a postdoc at ETH Zürich; Tom "
          "Ridgeway-Palmer, 2025) and mentored three postdoctoral researchers. I run a weekly writing club for "
          "early-career staff in the School of Biology and co-designed Leeds' root-ecology field course.")

    _p(d, "Module 3 – Contributions to the wider research and innovation community", bold=True, size=11.5)
    _p(d, "Handling editor for Journal of Ecology since 2021; co-organiser of the British Ecological Society "
          "symposium 'Below-ground frontiers' (Leeds, 2023); panel member for NERC Pushing the Frontiers (2024). "
          "My work was recognised by the British Ecological Society Founders' Prize in 2022.")

    _p(d, "Module 4 – Contributions to broader research/innovation users and audiences and towards wider societal "
          "benefit", bold=True, size=11.5)
    _p(d, "Since 2020 I have advised Natural England on grassland restoration seed mixes and written for The "
          "Conversation on drought and lawns (2022, 180 000 reads).")

    _p(d, "Additions", bold=True, size=11.5)
    _p(d, "Career break: parental leave from July 2020 to March 2021 (Exeter), during which the fellowship was "
          "paused. Part-time (0.8 FTE) since April 2021.")
    d.save(out)


# --------------------------------------------------------------------------- 05 DFG Lebenslauf
def build_05(out: Path) -> None:
    d = _doc("Liberation Sans", 10)
    _p(d, "Lebenslauf", bold=True, size=15)
    _p(d, "(Bitte verwenden Sie diese Vorlage; max. zwei Seiten. Angaben in umgekehrter chronologischer "
          "Reihenfolge.)", italic=True, size=8.5, color="555555")
    _p(d, "Angaben zur Person", bold=True, size=11.5)
    _table(d, [
        ["Name, Vorname", "Brückner, Annelie"],
        ["Akademischer Grad", "Dr. rer. nat."],
        ["ORCID", "0000-0002-5550-9034"],
        ["Dienstanschrift", "Institut für Anorganische Chemie, Christian-Albrechts-Universität zu Kiel, "
                            "Max-Eyth-Str. 2, 24118 Kiel"],
        ["Telefon / E-Mail", "+49 431 555 0183  /  abrueckner@chemie.uni-kiel.example.de"],
    ], widths=[4.2, 12.8])

    _p(d, "Qualifikation", bold=True, size=11.5)
    _table(d, [
        ["Zeitraum", "Abschluss", "Hochschule / Einrichtung"],
        ["2019", "Habilitation und Venia Legendi für Anorganische Chemie", "Universität Hamburg"],
        ["10/2008 – 03/2012", "Promotion (Dr. rer. nat.), Thema: „Niedervalente Eisenkomplexe mit "
                              "redoxaktiven Liganden“", "ETH Zürich, Schweiz"],
        ["10/2006 – 09/2008", "Master of Science Chemie", "Ludwig-Maximilians-Universität München"],
        ["10/2003 – 09/2006", "Bachelor of Science Chemie", "Ludwig-Maximilians-Universität München"],
    ], widths=[3.3, 8.2, 5.5], header=True)

    _p(d, "Beruflicher Werdegang / Positionen", bold=True, size=11.5)
    _table(d, [
        ["Position", "Institution", "Zeitraum"],
        ["W3-Professorin für Anorganische Molekülchemie", "Christian-Albrechts-Universität zu Kiel",
         "seit 04/2021"],
        ["Heisenberg-Stelle der DFG, Privatdozentin", "Universität Hamburg, Fachbereich Chemie",
         "10/2017 – 03/2021"],
        ["Leiterin einer Emmy Noether-Nachwuchsgruppe", "Universität Hamburg, Fachbereich Chemie",
         "01/2014 – 09/2017"],
        ["Postdoktorandin (Feodor Lynen-Forschungsstipendium)", "Massachusetts Institute of Technology, "
         "Department of Chemistry, Cambridge (MA), USA", "05/2012 – 12/2013"],
    ], widths=[6.5, 7.0, 3.5], header=True)

    _p(d, "Unterbrechungen der wissenschaftlichen Tätigkeit", bold=True, size=11.5)
    _p(d, "03/2016 – 08/2016   Elternzeit (6 Monate)")

    _p(d, "Weitere Angaben", bold=True, size=11.5)
    _p(d, "Betreuung: 9 abgeschlossene Promotionen, 21 Masterarbeiten. Preise: ADUC-Jahrespreis für "
          "Habilitanden (2020); ETH-Medaille für die Dissertation (2012); Feodor Lynen-Forschungsstipendium der "
          "Alexander von Humboldt-Stiftung (2012). Gutachterin für DFG, SNF und ERC.")

    _p(d, "Wissenschaftliche Veröffentlichungen (max. 10)", bold=True, size=11.5)
    _p(d, "Artikel in Zeitschriften mit wissenschaftlicher Qualitätssicherung", italic=True)
    pubs = [
        [("Brückner, A.", "b"), (", Okeke-Stahl, T., Marquardt, L. (2024): Dinitrogen cleavage at a "
                                 "ferrate(−I) pincer complex. ", ""), ("J. Am. Chem. Soc.", "i"),
         (" 146, 10122–10131.", "")],
        [("Marquardt, L., ", ""), ("Brückner, A.", "b"), (" (2023): Ligand-centred redox chemistry in iron "
                                                         "bis(imino)pyridines. ", ""), ("Chem. Sci.", "i"),
         (" 14, 5521–5530.", "")],
        [("Brückner, A.", "b"), (", Haddad-Ruiz, S. (2020): Spin-state control in low-valent iron hydrides. ", ""),
         ("Angew. Chem. Int. Ed.", "i"), (" 59, 18802–18807.", "")],
        [("Kowalski, J., ", ""), ("Brückner, A.", "b"), (", Thornbury, E. D. (2013): Fe(0) arene complexes as "
                                                         "catalysts for alkene hydrosilylation. ", ""),
         ("Organometallics", "i"), (" 32, 6112–6120.", "")],
        [("Brückner, A.", "b"), (", Vogelsang-Hürlimann, P. (2011): A redox-active bis(amidophenolate) iron "
                                 "platform. ", ""), ("Inorg. Chem.", "i"), (" 50, 9920–9931.", "")],
    ]
    for i, parts in enumerate(pubs, 1):
        _runs(d, [(f"{i}.  ", "")] + parts)
    _p(d, "Angenommene und eingereichte Arbeiten", italic=True)
    _runs(d, [("6.  ", ""), ("Okeke-Stahl, T., ", ""), ("Brückner, A.", "b"),
              (" (2025): Photochemical N–N bond formation at iron. ", ""), ("Nat. Chem.", "i"),
              (", angenommen.", "")])
    _runs(d, [("7.  ", ""), ("Brückner, A.", "b"), (", Marquardt, L.: Ammonia from air at an iron electrode — "
                                                   "a mechanistic model. Eingereicht bei ", ""),
              ("Chem. Rev.", "i"), (" (2025).", "")])
    d.save(out)


# --------------------------------------------------------------------------- 09 博士后创新人才支持计划
def build_09(out: Path) -> None:
    d = _doc("SimSun", 10.5, east_asia="宋体")
    _p(d, "博士后创新人才支持计划申请书", bold=True, size=16, align="c")
    _p(d, "（中国博士后科学基金会 制）", size=9, align="c")
    _p(d, "填表说明：各栏目均须填写，不得空缺；经历按时间倒序填写；代表性成果不超过5项。", size=8.5, color="555555")
    _p(d, "一、申请人基本情况", bold=True, size=12)
    _table(d, [
        ["姓    名", "邵明轩", "性    别", "男"],
        ["出生年月", "1994年8月", "国    籍", "中国"],
        ["电子邮箱", "mingxuan.shao@ust.example.org", "手机号码", "138 0013 8456"],
        ["博士毕业学校", "香港科技大学", "博士学位授予时间", "2024年11月"],
        ["拟进站单位", "中国科学院大连化学物理研究所", "合作导师", "纪永澄 研究员"],
    ], widths=[3.0, 5.5, 3.2, 5.3])
    _p(d, "二、教育经历（自本科起填写）", bold=True, size=12)
    _table(d, [
        ["起止时间", "学校（院系）", "专业", "学位", "导师"],
        ["2019.09—2024.11", "香港科技大学 化学及生物工程学系", "化学工程", "博士", "卢伟廷 教授"],
        ["2016.08—2017.12", "新加坡国立大学 化学与生物分子工程系", "化学工程", "硕士", "—"],
        ["2012.09—2016.06", "浙江大学 化学工程与生物工程学院", "化学工程与工艺", "学士", "—"],
    ], widths=[3.2, 5.6, 3.0, 1.6, 3.6], header=True)
    _p(d, "三、科研及工作经历", bold=True, size=12)
    _table(d, [
        ["起止时间", "工作单位", "职务/岗位"],
        ["2024.12—至今", "香港科技大学 化学及生物工程学系", "博士后研究员（Postdoctoral Fellow）"],
        ["2018.02—2019.07", "新加坡国立大学 化学与生物分子工程系", "研究助理（Research Assistant）"],
        ["2018.09—2018.12", "（同上）期间赴 巴斯夫（中国）有限公司 上海创新园", "访问研究（工业合作项目）"],
    ], widths=[3.4, 8.0, 5.6], header=True)
    _p(d, "四、代表性学术成果（不超过5项）", bold=True, size=12)
    _table(d, [
        ["序号", "成果名称", "发表期刊", "发表时间", "作者排名", "收录情况"],
        ["1", "Confined cobalt single atoms in zeolite channels for propane dehydrogenation",
         "Nature Catalysis", "2024", "第一作者", "SCI"],
        ["2", "Operando infrared identification of the active site in Co-MFI catalysts",
         "J. Am. Chem. Soc.", "2023", "共同第一作者（#）", "SCI"],
        ["3", "丙烷脱氢钴基催化剂的失活机理研究", "化工学报", "2022", "第一作者", "EI"],
        ["4", "Machine-learned descriptors for single-atom dehydrogenation catalysts",
         "ACS Catalysis", "2023", "第三作者", "SCI"],
        ["5", "Solvent-free synthesis of hierarchical MFI nanosheets",
         "Chemical Engineering Journal", "已接收（2025）", "第一作者", "SCI"],
    ], widths=[1.1, 6.4, 3.2, 2.1, 2.4, 1.8], header=True, size=9)
    _p(d, "五、获奖情况", bold=True, size=12)
    _table(d, [
        ["获奖时间", "奖项名称", "授予单位"],
        ["2024", "香港科技大学 研究生卓越研究奖", "香港科技大学"],
        ["2020", "香港博士研究生奖学金（HKPFS）", "香港研究资助局"],
        ["2016", "浙江省优秀毕业生", "浙江省教育厅"],
    ], widths=[2.4, 8.0, 6.6], header=True)
    _p(d, "本人承诺以上所填内容真实、准确。        申请人签字：______        2025年2月20日", size=9)
    d.save(out)


# --------------------------------------------------------------------------- 11 FECYT CVA (English)
def build_11(out: Path) -> None:
    d = _doc("Liberation Sans", 9.5)
    _p(d, "CURRICULUM VITAE (CVA)", bold=True, size=13, align="c")
    _p(d, "IMPORTANT – The Curriculum Vitae cannot exceed 4 pages. Instructions to fill this document are available "
          "in the website.", italic=True, size=8, color="555555", align="c")
    _p(d, "Part A. PERSONAL INFORMATION", bold=True, size=11)
    _table(d, [
        ["First name", "Lucía", "CV date", "14/02/2025"],
        ["Family name", "Berenguer Saldaña", "", ""],
        ["Gender (*)", "Female", "Birth date (dd/mm/yyyy)", "02/11/1983"],
        ["e-mail", "l.berenguer@ieo.example.org", "URL Web", "https://berenguerlab.example.org"],
        ["Open Researcher and Contributor ID (ORCID) (*)", "0000-0002-5550-6631", "", ""],
    ], widths=[3.6, 4.6, 3.2, 5.6], size=9)
    _p(d, "A.1. Current position", bold=True)
    _table(d, [
        ["Position", "Científica Titular (Tenured Scientist)"],
        ["Initial date", "2022"],
        ["Institution", "Instituto Español de Oceanografía (IEO-CSIC)"],
        ["Department/Center", "Centro Oceanográfico de Vigo"],
        ["Country", "Spain", ],
        ["Teleph. number", "+34 986 555 017"],
        ["Key words", "plankton ecology; ocean acidification; upwelling systems"],
    ], widths=[4.5, 12.5], size=9)
    _p(d, "A.2. Previous positions (Research career breaks included)", bold=True)
    _table(d, [
        ["Period", "Position/Institution/Country/Interruption cause"],
        ["2018 - 2022", "Ramón y Cajal Researcher / Universidade de Vigo / Spain"],
        ["2015 - 2018", "Postdoctoral Research Associate / Scottish Association for Marine Science (SAMS), Oban / "
                        "United Kingdom"],
        ["2014 - 2015", "Postdoctoral Researcher (Juan de la Cierva) / Institut de Ciències del Mar (ICM-CSIC), "
                        "Barcelona / Spain"],
        ["2016", "Interruption: maternity leave (16 weeks)"],
    ], widths=[3.0, 14.0], header=True, size=9)
    _p(d, "A.3. Education", bold=True)
    _table(d, [
        ["PhD, Licensed, Graduate", "University/Country", "Year"],
        ["PhD in Marine Science, Technology and Management", "Universidade de Vigo / Spain", "2013"],
        ["Master in Oceanography", "Universidad de Las Palmas de Gran Canaria / Spain", "2008"],
        ["Licenciatura in Biology", "Universidad de Oviedo / Spain", "2007"],
    ], widths=[7.0, 8.0, 2.0], header=True, size=9)
    _p(d, "Part B. CV SUMMARY (max. 5000 characters, including spaces)", bold=True, size=11)
    _p(d, "I am a plankton ecologist working on how coastal upwelling buffers or amplifies ocean acidification. "
          "After my PhD at the Universidade de Vigo (2009–2013) I held a Juan de la Cierva contract at the Institut "
          "de Ciències del Mar in Barcelona (2014–2015) and then spent three years at the Scottish Association for "
          "Marine Science in Oban (2015–2018), where I led the mesocosm work of an EU project. I returned to Vigo in "
          "2018 with a Ramón y Cajal contract and obtained a permanent position at IEO-CSIC in 2022. I have "
          "published 31 SCI papers (h-index 17), supervised 3 PhD theses and led 4 competitive projects. I received "
          "the L'Oréal-UNESCO For Women in Science Spain fellowship (2019).")
    _p(d, "Part C. RELEVANT MERITS (sorted by typology)", bold=True, size=11)
    _p(d, "C.1. Publications (see instructions)", bold=True)
    pubs = [
        "Berenguer Saldaña L (AC), Ferreiro-Quinn M, Aldana-Whyte P. 2024. Upwelling intensity sets the "
        "carbonate chemistry experienced by copepod nauplii. Limnology and Oceanography. 69(4), pp. 812-826. "
        "AC: 3 AF: 1",
        "Aldana-Whyte P; Berenguer Saldaña L. 2023. Diel vertical migration under low pH: a mesocosm test. "
        "Marine Ecology Progress Series. 712, pp. 33-47. AC: 2 AF: 2",
        "Berenguer Saldaña L; Macaulay-Roos E; Ferreiro-Quinn M; Dunstaffnage-Kerr A. 2019. Acidification "
        "delays diatom spring blooms in a Scottish sea loch. Global Change Biology. 25(11), pp. 3890-3904. AC: 4 AF: 1",
        "Macaulay-Roos E; Berenguer Saldaña L; Ortiz-Kettle J; Ferreiro-Quinn M; Aldana-Whyte P. 2017. "
        "Copepod egg production across a natural CO2 gradient. ICES Journal of Marine Science. 74(6), "
        "pp. 1601-1612. AC: 5 AF: 2",
        "Berenguer Saldaña L; Ferreiro-Quinn M. 2013. Seasonal succession of microzooplankton in the Ría de "
        "Vigo. Journal of Plankton Research. 35(2), pp. 270-284. AC: 2 AF: 1",
        "Berenguer Saldaña L; Ortiz-Kettle J; Aldana-Whyte P. Carbonate chemistry variability in Galician "
        "rías: a 20-year synthesis. Progress in Oceanography. Accepted (2025). AC: 3 AF: 1",
    ]
    for i, t in enumerate(pubs, 1):
        _p(d, f"{i}  Scientific paper. {t}", size=9)
    _p(d, "C.2. Congress", bold=True)
    _p(d, "Berenguer Saldaña L. Upwelling as a refuge from acidification? Invited talk, ASLO Ocean Sciences Meeting, "
          "Palermo, 2023.", size=9)
    _p(d, "C.3. Research projects", bold=True)
    _p(d, "PID2021-555123OB-I00, ACIDRIA: Acidification in Galician rías. Agencia Estatal de Investigación. "
          "2022-2025. 186 000 €. PI.", size=9)
    d.save(out)
