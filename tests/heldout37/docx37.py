"""python-docx builders for heldout37: 04 (Spanish, printed by LibreOffice), 06 (UK clinical, DOCX),
07 (Chinese, DOCX)."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

PINNED = dt.datetime(2025, 3, 1, 9, 0, 0)


def _doc(font: str, size: float, east_asia: str | None = None) -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if east_asia:
        st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    cp = d.core_properties
    cp.created = cp.modified = PINNED
    cp.last_printed = PINNED
    cp.revision = 1
    return d


def _run(p, text, bold=False, italic=False, size=None, color=None, underline=False):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _rich(p, text):
    """'**bold**' and '_italic_' and '__under__' markers in one line."""
    import re
    for tok in re.split(r"(\*\*.+?\*\*|__.+?__|_.+?_)", text):
        if not tok:
            continue
        if tok.startswith("**"):
            _run(p, tok[2:-2], bold=True)
        elif tok.startswith("__"):
            _run(p, tok[2:-2], underline=True, bold=True)
        elif tok.startswith("_") and tok.endswith("_") and len(tok) > 2:
            _run(p, tok[1:-1], italic=True)
        else:
            _run(p, tok)


def _border_bottom(p, color="1F3864", sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _heading(d, text, color="1F3864", size=11.5):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.space_after = Pt(3)
    _run(p, text, bold=True, size=size, color=color)
    _border_bottom(p, color)
    return p


def _right_tab(p, pos_cm=17.0):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def _footer_page(d, text):
    f = d.sections[0].footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(f, text, size=8, color="666666")
    r = f.add_run()
    for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = val
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    r.font.size = Pt(8)


# ---------------------------------------------------------------- 04 Argentina (es)
def build_04(path):
    d = _doc("Cambria", 10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "CURRICULUM VITAE", bold=True, size=10, color="555555")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "Dra. Lucía Belén Irigoyen Sarmiento", bold=True, size=18)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "Av. Córdoba 2122, piso 4 · C1120AAQ Ciudad Autónoma de Buenos Aires · Argentina\n"
            "Tel.: +54 11 5555-0147 · Correo: lirigoyen@econ.uba.example.ar · "
            "https://lirigoyen.example.com.ar", size=9)
    _heading(d, "Áreas de investigación")
    d.add_paragraph("Economía laboral; informalidad y transferencias condicionadas; evaluación de "
                    "impacto de políticas sociales en América Latina; microeconometría aplicada.")

    _heading(d, "Formación académica")
    for deg, inst, when in [
        ("Doctora en Economía", "Universidad de San Andrés, Victoria (Buenos Aires)", "agosto 2011 – diciembre 2015"),
        ("Magíster en Economía", "Universidad Nacional de La Plata", "2009 – 2011"),
        ("Licenciada en Economía (Diploma de Honor)", "Universidad de Buenos Aires, Facultad de Ciencias Económicas",
         "2003 – 2008"),
    ]:
        p = d.add_paragraph()
        _right_tab(p)
        _run(p, deg, bold=True)
        _run(p, "\t" + when, color="444444")
        p = d.add_paragraph(inst)
        p.paragraph_format.space_after = Pt(5)

    _heading(d, "Cargos y antecedentes laborales")
    jobs = [
        ("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", [
            ("Investigadora Independiente", "julio 2023 – a la fecha"),
            ("Investigadora Adjunta", "marzo 2018 – junio 2023"),
            ("Investigadora Asistente", "abril 2016 – febrero 2018"),
        ], "Lugar de trabajo: Instituto Interdisciplinario de Economía Política (IIEP-UBA)"),
        ("Universidad de Buenos Aires, Facultad de Ciencias Económicas", [
            ("Profesora Adjunta regular, Econometría", "agosto 2019 – actualidad"),
            ("Jefa de Trabajos Prácticos, Econometría", "marzo 2012 – julio 2019"),
        ], None),
        ("Banco Interamericano de Desarrollo (BID), Washington D.C.", [
            ("Consultora externa, División de Mercados Laborales", "sin relación de dependencia"),
        ], "Evaluación del programa Hacemos Futuro (2020–2021)."),
        ("Ministerio de Economía de la Nación, Dirección Nacional de Programación Macroeconómica", [
            ("Analista", "febrero 2008 – julio 2009"),
        ], None),
    ]
    for org, posts, extra in jobs:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(5)
        _run(p, org, bold=True)
        for title, when in posts:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            _run(p, title, italic=True)
            _run(p, f" ({when})")
        if extra:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            _run(p, extra, size=9, color="555555")

    _heading(d, "Premios y distinciones")
    for t in ["Premio Fundación Bunge y Born a Jóvenes Científicos, mención en Economía (2021)",
              "Beca doctoral CONICET (2011–2015)",
              "Premio al mejor trabajo de la Reunión Anual de la AAEP (2014)"]:
        d.add_paragraph(t, style="List Bullet")

    _heading(d, "Publicaciones")
    p = d.add_paragraph()
    _run(p, "Artículos en revistas con referato", bold=True, italic=True)
    groups = [
        ("2024", [
            "Irigoyen Sarmiento, L. B. y Paz-Arrieta, G. “Transferencias condicionadas y oferta laboral "
            "femenina: evidencia de la Asignación Universal por Hijo”. _Journal of Development Economics_, 168, 103245.",
            "Olivera, F., **Irigoyen Sarmiento, L. B.** y Cáceres, M. “Informal employment and minimum wages "
            "in Argentina, 2004–2019”. _Economía LACEA Journal_, 23(1), 45–78.",
        ]),
        ("2022", [
            "**Irigoyen Sarmiento, L. B.** “Rotación laboral y ciclo económico en la Argentina”. "
            "_Desarrollo Económico_, 61(235), 201–229.",
        ]),
        ("2019", [
            "**Irigoyen Sarmiento, L. B.**, Paz-Arrieta, G. y Wainstein, R. “Does formalization pay? "
            "Wage returns to registration in urban Argentina”. _World Development_, 122, 360–375.",
        ]),
    ]
    for year, items in groups:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        _run(p, year, bold=True, color="1F3864")
        for it in items:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.5)
            _rich(p, it.replace("Irigoyen Sarmiento, L. B. y Paz", "**Irigoyen Sarmiento, L. B.** y Paz"))
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _run(p, "Capítulos de libro", bold=True, italic=True)
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    _rich(p, "**Irigoyen Sarmiento, L. B.** (2020). “Mercado de trabajo e informalidad”. En: Gasparini, L. "
             "(ed.), _La economía argentina en el siglo XXI_, Buenos Aires: Eudeba, pp. 87–119.")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _run(p, "Documentos de trabajo y artículos en evaluación", bold=True, italic=True)
    for it in [
        "**Irigoyen Sarmiento, L. B.** y Cáceres, M. “Platform work and social insurance take-up”. "
        "Documento de Trabajo CEDLAS N.º 312, 2024. En evaluación en _Labour Economics_.",
        "Paz-Arrieta, G. y **Irigoyen Sarmiento, L. B.** “Remote work and the gender gap after the pandemic”. "
        "En preparación.",
    ]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        _rich(p, it)

    _heading(d, "Presentaciones en congresos")
    for t in ["“Transferencias y oferta laboral”, Reunión Anual de la AAEP, Mendoza, noviembre 2023.",
              "“Informality and minimum wages”, LACEA-LAMES Annual Meeting, Bogotá, 2022."]:
        d.add_paragraph(t, style="List Bullet")
    _heading(d, "Idiomas")
    d.add_paragraph("Español (nativo); inglés (avanzado, IELTS 8.0); portugués (intermedio).")
    _footer_page(d, "L. B. Irigoyen Sarmiento – CV – pág. ")
    d.save(path)


# ---------------------------------------------------------------- 06 UK anaesthetist (DOCX)
def build_06(path):
    d = _doc("Calibri", 10.5)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(hdr, "Curriculum Vitae – Major (retd) Callum Fairbairn-Asante MBChB FRCA", size=8, color="777777")
    p = d.add_paragraph()
    _run(p, "Dr Callum Fairbairn-Asante", bold=True, size=20, color="0B3D59")
    p = d.add_paragraph()
    _run(p, "MBChB (Edin) FRCA FFICM DipIMC  ·  GMC No. 7555012", size=10)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [("Address", "Flat 3, 27 Marchmont Crescent, Edinburgh EH9 1HQ"),
             ("Mobile / e-mail", "07700 900417  ·  c.fairbairn-asante@nhs.example.net")]
    for row, (a, b) in zip(t.rows, cells, strict=True):
        _run(row.cells[0].paragraphs[0], a, bold=True, size=9)
        _run(row.cells[1].paragraphs[0], b, size=9)

    _heading(d, "CURRENT POST", color="0B3D59")
    p = d.add_paragraph()
    _right_tab(p)
    _run(p, "Consultant in Anaesthesia and Intensive Care Medicine", bold=True)
    _run(p, "\tFebruary 2023 – present")
    d.add_paragraph("Royal Infirmary of Edinburgh, NHS Lothian")
    p = d.add_paragraph()
    _run(p, "Honorary Senior Clinical Lecturer, University of Edinburgh (concurrent, 0.1 WTE), since August 2023")

    _heading(d, "PREVIOUS APPOINTMENTS", color="0B3D59")
    d.add_paragraph("Dates on the left; specialty training rotations grouped by deanery.")
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    rows = [
        ("Aug 2021 – Jan 2023", "ST7 Anaesthesia & ICM (dual CCT)", "Royal Infirmary of Edinburgh, NHS Lothian"),
        ("Feb 2020 – Jul 2021", "ST6 Intensive Care Medicine", "Western General Hospital, NHS Lothian"),
        ("Aug 2019 – Jan 2020", "ST5 Paediatric Anaesthesia", "Royal Hospital for Children and Young People, Edinburgh"),
        ("Aug 2018 – Jul 2019", "ST4 Pre-hospital Emergency Medicine (PHEM) sub-specialty",
         "ScotSTAR EMRS, Scottish Ambulance Service"),
        ("Aug 2016 – Jul 2018", "ST3–ST4 Anaesthesia", "Ninewells Hospital, NHS Tayside"),
    ]
    for a, b, c in rows:
        cs = t.add_row().cells
        _run(cs[0].paragraphs[0], a, size=9.5)
        _run(cs[1].paragraphs[0], b, bold=True, size=9.5)
        _run(cs[2].paragraphs[0], c, size=9.5)
    for c, w in zip(t.columns, (Cm(3.6), Cm(6.4), Cm(7.0)), strict=True):
        for cell in c.cells:
            cell.width = w

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    _run(p, "Military service – Royal Army Medical Corps (Regular Army)", bold=True)
    for title, when, where in [
        ("Major, Regimental Medical Officer, 3rd Battalion The Rifles", "Apr 2014 – Jul 2016",
         "Edinburgh; Op TORAL, Kabul (Afghanistan), Oct 2015 – Feb 2016"),
        ("Captain, General Duties Medical Officer", "Aug 2012 – Mar 2014", "Defence Medical Services, Catterick Garrison"),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        _right_tab(p)
        _run(p, title, italic=True)
        _run(p, "\t" + when)
        p = d.add_paragraph(where)
        p.paragraph_format.left_indent = Cm(0.6)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    _run(p, "Foundation Programme, South East Scotland", bold=True)
    for title, when in [("FY2, Emergency Medicine / General Surgery / Anaesthesia, St John's Hospital, Livingston",
                         "Aug 2011 – Jul 2012"),
                        ("FY1, Medicine and Surgery, Borders General Hospital, Melrose", "Aug 2010 – Jul 2011")]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        _right_tab(p)
        _run(p, title)
        _run(p, "\t" + when)

    _heading(d, "EDUCATION AND QUALIFICATIONS", color="0B3D59")
    for a, b in [("2010", "MBChB, University of Edinburgh"),
                 ("2007", "BSc (Med Sci) Hons, Physiology, University of Edinburgh – intercalated"),
                 ("2017", "Final FRCA, Royal College of Anaesthetists"),
                 ("2021", "FFICM, Faculty of Intensive Care Medicine"),
                 ("2019", "Diploma in Immediate Medical Care (DipIMC), RCS Edinburgh")]:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
        _run(p, a + "\t", bold=True)
        _run(p, b)

    _heading(d, "PRIZES", color="0B3D59")
    for t in ["Association of Anaesthetists Registrar Prize (2019)",
              "Queen's Commendation for Valuable Service (2016)"]:
        d.add_paragraph(t, style="List Bullet")

    _heading(d, "PUBLICATIONS", color="0B3D59")
    p = d.add_paragraph()
    _run(p, "Peer-reviewed", bold=True, italic=True)
    pubs = [
        "Fairbairn-Asante C, Lockhart E, Mbeki-Rowe T, et al. Pre-hospital emergency anaesthesia in remote "
        "Scotland: a five-year registry study. Anaesthesia. 2024;79(3):288-97. PMID: 38155501.",
        "Lockhart E, Fairbairn-Asante C. Whole blood for trauma resuscitation in rural retrieval. "
        "Emerg Med J. 2023;40:112-8.",
        "Fairbairn-Asante C, Dunwoody R. Ketamine and haemodynamic stability in military trauma. "
        "J R Army Med Corps. 2017;163(4):250-4.",
        "Pillai-Grant S, Fairbairn-Asante C, Ross K. Awake proning in COVID-19: a single-centre experience. "
        "Br J Anaesth. 2021;126(2):e55-e57 [correspondence].",
    ]
    for i, t in enumerate(pubs, 1):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        _run(p, f"{i}.\t{t}")
    p = d.add_paragraph()
    _run(p, "Submitted", bold=True, italic=True)
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    _run(p, "Fairbairn-Asante C, Ross K. Videolaryngoscopy by non-anaesthetist retrieval clinicians: "
            "a simulation study. Submitted to Resuscitation, January 2025.")
    p = d.add_paragraph()
    _run(p, "Presentations and posters", bold=True, italic=True)
    for t in ["Poster: 'Cold-chain failure of blood products in retrieval'. ICS State of the Art, London, December 2022.",
              "Oral: 'Lessons from Op TORAL'. Scottish Intensive Care Society Annual Meeting, Crieff, 2017."]:
        p = d.add_paragraph(t, style="List Bullet")

    _heading(d, "COURSES", color="0B3D59")
    d.add_paragraph("ATLS instructor (2018–); ALS instructor; Battlefield Advanced Trauma Life Support (BATLS).")
    _footer_page(d, "Fairbairn-Asante – page ")
    d.save(path)


# ---------------------------------------------------------------- 07 Chinese environmental engineering (DOCX)
def build_07(path):
    d = _doc("Times New Roman", 10.5, east_asia="宋体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, "个 人 简 历", bold=True, size=18)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    info = [("姓    名", "钟雁书", "性    别", "女"),
            ("出生年月", "1981年5月", "职    称", "教授、博士生导师"),
            ("电    话", "+86 10 5555 0163", "电子邮箱", "zhongys@rcees.example.cn"),
            ("通讯地址", "北京市海淀区双清路18号 生态环境研究中心", "", "")]
    for row, vals in zip(t.rows, info, strict=True):
        for c, v in zip(row.cells, vals, strict=True):
            _run(c.paragraphs[0], v, bold=v.replace(" ", "") in {"姓名", "性别", "出生年月", "职称", "电话", "电子邮箱",
                                                                "通讯地址"}, size=10)
    a, b = t.rows[3].cells[1], t.rows[3].cells[3]
    a.merge(b)

    def h(text):
        _heading(d, text, color="8B0000", size=12)

    h("一、教育经历")
    for line in ["2004.09–2009.07  清华大学  环境科学与工程  工学博士（导师：略）",
                 "2007.10–2008.10  代尔夫特理工大学（荷兰）  联合培养博士研究生",
                 "2000.09–2004.07  同济大学  环境工程  工学学士"]:
        d.add_paragraph(line)

    h("二、工作经历")
    p = d.add_paragraph()
    _run(p, "中国科学院生态环境研究中心", bold=True)
    for line in ["2017.12–至今      研究员、博士生导师",
                 "2020.01–2024.12  水污染控制实验室  副主任（兼）",
                 "2012.07–2017.11  副研究员",
                 "2009.07–2012.06  助理研究员"]:
        p = d.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(0.74)
    p = d.add_paragraph()
    _run(p, "兼职", bold=True)
    for line in ["2019.09–至今      中国科学院大学  岗位教授（兼职）",
                 "2015.02–2016.02  美国斯坦福大学 土木与环境工程系  访问学者"]:
        p = d.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(0.74)

    h("三、研究方向")
    d.add_paragraph("饮用水中新污染物（PFAS、抗生素）的识别与控制；高级氧化与膜分离耦合工艺；"
                    "农村分散式污水处理技术。")

    h("四、主持科研项目（不含论文）")
    for line in ["1. 国家重点研发计划课题“饮用水新污染物识别与风险管控技术”，2022–2025，主持",
                 "2. 国家自然科学基金面上项目（52170055），2022–2025，主持"]:
        d.add_paragraph(line)

    h("五、代表性论文（*通讯作者，#共同第一作者，下划线为指导学生）")
    groups = [
        ("2024年", [
            ("__Liu Q__, Wen H, **Zhong Y S***. Electro-peroxone degradation of short-chain PFAS in "
             "reverse-osmosis concentrate. Environ. Sci. Technol., 58(12): 5410-5421."),
            ("**钟雁书***, __唐佳怡__, 王立伟. 农村分散式污水处理设施运行评估[J]. 环境科学学报, 44(3): 1-12."),
        ]),
        ("2023年", [
            ("**Zhong Y S**#, __Ma X__#, Kruithof P, et al. Nanofiltration fouling by humic–antibiotic "
             "complexes. Water Res., 229: 119455."),
        ]),
        ("2021年", [
            ("Wen H, **Zhong Y S***. Occurrence of 42 antibiotics in drinking water sources of the Haihe basin. "
             "J. Hazard. Mater., 403: 123960."),
        ]),
        ("2010年", [
            ("**Zhong Y S**, Kruithof P, van der Hoek J. Bromate formation during ozonation of Yellow River water. "
             "Water Sci. Technol., 61(7): 1801-1808."),
        ]),
        ("在审", [
            ("__Tang J Y__, **Zhong Y S***. Machine-learning prediction of PFAS breakthrough in GAC filters. "
             "Water Research（审稿中）."),
        ]),
    ]
    for year, items in groups:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        _run(p, year, bold=True)
        for it in items:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.74)
            _rich(p, it)

    h("六、授权发明专利")
    d.add_paragraph("钟雁书, 刘琦. 一种电催化臭氧耦合纳滤去除全氟化合物的方法: ZL202110555001.3[P]. 2023-06-16.")
    h("七、学术兼职")
    d.add_paragraph("中国环境科学学会水处理专业委员会 委员（2018–）；《环境科学学报》编委（2021–）。")
    h("八、获奖情况")
    for line in ["2022  国家自然科学基金优秀青年科学基金（人才项目）",
                 "2019  北京市科学技术奖 二等奖（排名第2）",
                 "2016  中国科学院青年创新促进会会员"]:
        d.add_paragraph(line)
    d.save(path)
