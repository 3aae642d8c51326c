"""Word CVs made with python-docx: a Word gallery two-column template kept as DOCX (03), a colour-band template
with a floating contact text box printed by LibreOffice (04), a Google Docs 'Serif' template export (05, Spanish)
and a Pakistani university application proforma printed by LibreOffice (08)."""
from __future__ import annotations

import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docxkit24 import bottom_border, no_borders, right_tab, run, shade_cell, shade_par, text_box, widths
from kit24 import FILES, SRC, fix_docx, libreoffice_pdf


def _base(font: str, size: float, margins_cm: float = 2.0, letter: bool = False) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    if letter:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.revision = 1
    return doc


def _cell_par(cell, first: bool = False):
    return cell.paragraphs[0] if first else cell.add_paragraph()


def cv03() -> None:
    """Word's gallery look 'Modern initials': left shaded column with an initials block, right column sections."""
    stem = "03_uk_art_history_lecturer_word_gallery_template"
    doc = _base("Calibri", 10, 1.3)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [5.6, 12.8])
    left, right = t.rows[0].cells
    shade_cell(left, "DCE6F0")
    p = _cell_par(left, True)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade_par(p, "2E5D8C")
    run(p, "RA", bold=True, size=40, color="FFFFFF", font="Calibri Light")
    for head, lines in [("CONTACT", ["12 Cotham Vale", "Bristol BS6 6HR", "United Kingdom", "",
                                     "07700 900 155", "r.achterberg@example.ac.uk", "", "ORCID 0000-0001-5550-0155"]),
                        ("RESEARCH", ["Netherlandish painting c. 1550–1650", "Merchant portraiture and the material culture "
                                      "of commerce", "Technical art history", "Museum provenance research"]),
                        ("LANGUAGES", ["Dutch (reading, good spoken)", "French (reading)", "German (reading)", "Latin (reading)"]),
                        ("SKILLS", ["Infrared reflectography interpretation", "Archival palaeography (16th-c. Dutch)",
                                    "Collections databases (Adlib, TMS)", "Moodle / Blackboard course design"])]:
        hp = left.add_paragraph()
        hp.paragraph_format.space_before = Pt(12)
        run(hp, head, bold=True, size=11, color="2E5D8C", font="Calibri Light")
        bottom_border(hp, "2E5D8C", 6)
        for ln in lines:
            run(left.add_paragraph(), ln, size=9)
    p = _cell_par(right, True)
    run(p, "Rosalind Achterberg", size=28, color="2E5D8C", font="Calibri Light")
    p = right.add_paragraph()
    run(p, "Lecturer in History of Art  ·  FHEA", size=12, color="595959", caps=True)

    def heading(text: str) -> None:
        hp = right.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        shade_par(hp, "2E5D8C")
        run(hp, " " + text, bold=True, size=11, color="FFFFFF", font="Calibri Light", caps=True)

    def entry(title: str, org: str, dates: str, desc: str = "") -> None:
        ep = right.add_paragraph()
        ep.paragraph_format.space_before = Pt(5)
        run(ep, title, bold=True, size=10.5)
        run(ep, " · " + org, size=10.5, color="2E5D8C")
        dp = right.add_paragraph()
        run(dp, dates, size=9, color="7F7F7F", caps=True)
        if desc:
            run(right.add_paragraph(), desc, size=9.5)

    heading("Profile")
    run(right.add_paragraph(), "Art historian of the early modern Low Countries whose research reads merchant portraits "
        "against account books, inventories and the technical evidence of the paintings themselves. Experienced "
        "convenor of large survey units and of a co-taught MA module with Bristol Museum & Art Gallery.", size=9.5)
    heading("Experience")
    entry("Lecturer in History of Art", "University of Bristol", "September 2020 – Present",
          "Convenor of 'Art and Empire 1500–1800' (Year 1, 180 students); MA unit 'Objects in Question'; "
          "Senior Tutor for the department since 2023.")
    entry("Teaching Fellow in Early Modern Art", "University of Warwick", "January 2018 – August 2020",
          "Taught Renaissance survey lectures and the Venice term (spring 2019).")
    entry("Curatorial Assistant (0.4 FTE)", "York Art Gallery, York Museums Trust", "2015 – 2017")
    heading("Education")
    entry("PhD History of Art", "University of York", "2013 – 2017",
          "Thesis: 'Painted Ledgers: Likeness and Credit in Antwerp Merchant Portraits, 1560–1610'. "
          "Supervisor: Prof. Helen Marchbank. AHRC White Rose doctoral studentship.")
    entry("MA History of Art (Distinction)", "The Courtauld Institute of Art", "2011 – 2012")
    entry("MA (Hons) History of Art, First Class", "University of Edinburgh", "2007 – 2011")
    heading("Publications")
    sub = right.add_paragraph()
    run(sub, "Book", bold=True, italic=True, size=9.5)
    run(right.add_paragraph(), "Painted Ledgers: Merchant Portraiture in Antwerp, 1560–1610 (Manchester: Manchester "
        "University Press, forthcoming 2025).", size=9.5)
    sub = right.add_paragraph()
    run(sub, "Articles and chapters", bold=True, italic=True, size=9.5)
    for ln in ["'Counting-house still lifes: coins, scales and credit in Marinus-type pictures', Oxford Art Journal 46.2 "
               "(2023), pp. 211–232.",
               "'Underdrawing and the ledger: revisions in two portraits of Antwerp merchants', The Burlington Magazine "
               "163 (2021), pp. 904–913.",
               "'The merchant's likeness in the workshop inventory', in The Routledge Companion to Northern Renaissance "
               "Art, ed. by J. Veldhuizen and A. Cortland (London: Routledge, 2022), pp. 145–162.",
               "with Pieter de Waal, 'A lost Van Cleve family portrait identified', Simiolus 41 (2019), pp. 57–70.",
               "'Credit, trust and the painted face' (under review, Art History)."]:
        run(right.add_paragraph(), ln, size=9.5)
    heading("Awards, Fellowships and Grants")
    for ln in ["2022  Paul Mellon Centre Mid-Career Fellowship (six months' research leave)",
               "2021  British Academy/Leverhulme Small Research Grant, 'Inventories of Antwerp portraitists' (£9,870)",
               "2017  Association for Art History Doctoral Essay Prize (runner-up)",
               "2013  AHRC White Rose College of the Arts & Humanities doctoral studentship"]:
        run(right.add_paragraph(), ln, size=9.5)
    heading("Service")
    run(right.add_paragraph(), "Book reviews editor, Dutch Crossing (2022–); Trustee, Bristol Friends of the Museum.", size=9.5)
    out = FILES / f"{stem}.docx"
    doc.save(out)
    fix_docx(out)


def cv04() -> None:
    """A colour-band Word template ('Bold modern') with the contact block in a floating text box, printed by LibreOffice."""
    stem = "04_us_sociology_assoc_prof_word_textbox_libreoffice"
    doc = _base("Georgia", 10, 1.9, letter=True)
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    run(p, "DARNELL Q. WHITCOMBE-REYES", bold=True, size=20, color="7B2C2C", font="Georgia")
    text_box(p, [("Department of Sociology", True), ("Portland State University", False), ("1721 SW Broadway, Portland, OR 97201", False),
                 ("(503) 555-0162", False), ("dwreyes@example.edu", False), ("dwhitcombereyes.example.net", False)],
             13.6, 1.0, 6.2, 3.8, "F3E9E4", 1)
    p2 = doc.add_paragraph()
    run(p2, "Associate Professor of Sociology", italic=True, size=12, color="404040")
    doc.add_paragraph()
    doc.add_paragraph()

    def band(text: str) -> None:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(12)
        hp.paragraph_format.space_after = Pt(4)
        shade_par(hp, "7B2C2C")
        run(hp, text, bold=True, size=11, color="FFFFFF", caps=True)

    def line(left: str, right: str, bold: bool = False) -> None:
        lp = doc.add_paragraph()
        right_tab(lp, 17.7)
        run(lp, left, bold=bold)
        run(lp, "\t" + right)

    band("Academic Appointments")
    line("Associate Professor (with tenure), Department of Sociology, Portland State University", "2019–present", True)
    line("Assistant Professor, Department of Sociology, Portland State University", "2013–2019", True)
    line("Postdoctoral Fellow, Population Research Center, The University of Texas at Austin", "2011–2013", True)
    band("Education")
    line("Ph.D., Sociology, University of Michigan", "2011")
    run(doc.add_paragraph(), "Dissertation: “Doubled Up: Housing Instability and Kin Networks after the Great Recession”", italic=True, size=9.5)
    line("M.A., Sociology, University of Michigan", "2008")
    line("B.A., Sociology and Spanish, Pomona College (Phi Beta Kappa)", "2005")
    band("Research Areas")
    run(doc.add_paragraph(), "Housing and eviction; family demography; Latino immigrant communities; mixed-methods and survey research")
    band("Book")
    run(doc.add_paragraph(), "Whitcombe-Reyes, Darnell Q. 2021. Doubled Up: Kin, Crowding, and the Afterlife of Foreclosure. "
        "Oakland: University of California Press.")
    band("Peer-Reviewed Articles")
    run(doc.add_paragraph(), "(* denotes graduate student co-author)", italic=True, size=9)
    arts = [
        "Whitcombe-Reyes, Darnell Q., and Lucía Farragut*. 2024. “Eviction Filings and School Moves among Latino Children.” "
        "Demography 61(3):801–826.",
        "Okonkwo-Baird, Simone, and Darnell Q. Whitcombe-Reyes. 2023. “Shared Rent, Shared Risk: Household Complexity and "
        "Material Hardship.” Journal of Marriage and Family 85(2):455–474.",
        "Whitcombe-Reyes, Darnell Q. 2021. “The Kin Safety Net Revisited.” Social Forces 99(4):1598–1624.",
        "Whitcombe-Reyes, Darnell Q., Marta Ibsen, and Kyle Tanaka-Ford*. 2019. “Doubling Up and Health: Evidence from the "
        "PSID.” Journal of Health and Social Behavior 60(2):170–186.",
        "Ibsen, Marta, and Darnell Q. Whitcombe-Reyes. 2017. “Who Takes In Kin? Race, Ethnicity, and Housing Assistance.” "
        "Social Problems 64(1):92–113.",
        "Whitcombe-Reyes, Darnell Q. 2014. “Crowded Households after Foreclosure.” American Sociological Review 79(5):905–931.",
    ]
    for a in arts:
        ap = doc.add_paragraph()
        ap.paragraph_format.left_indent = Cm(0.8)
        ap.paragraph_format.first_line_indent = Cm(-0.8)
        run(ap, a)
    band("Manuscripts Under Review")
    for a in ["Whitcombe-Reyes, Darnell Q., and Lucía Farragut*. “Landlord Networks and Informal Evictions.” Revise and "
              "resubmit, American Journal of Sociology.",
              "Tanaka-Ford, Kyle*, and Darnell Q. Whitcombe-Reyes. “Housing Vouchers and Kin Proximity.” Under review, "
              "Socius."]:
        ap = doc.add_paragraph()
        ap.paragraph_format.left_indent = Cm(0.8)
        ap.paragraph_format.first_line_indent = Cm(-0.8)
        run(ap, a)
    band("Grants")
    line("National Science Foundation, Sociology Program, SES-2155501 (PI), $284,000", "2022–2025")
    line("Russell Sage Foundation Presidential Authority Award (PI), $35,000", "2018")
    band("Honors and Awards")
    line("Otis Dudley Duncan Award for Outstanding Scholarship in Social Demography (honorable mention), ASA", "2022")
    line("John Eliot Allen Outstanding Teaching Award, Portland State University", "2018")
    line("Rackham Predoctoral Fellowship, University of Michigan", "2010")
    band("Teaching")
    run(doc.add_paragraph(), "Undergraduate: Introduction to Sociology; Urban Sociology; Social Statistics. Graduate: "
        "Demographic Methods; Qualitative Interviewing.")
    band("Service")
    run(doc.add_paragraph(), "Graduate Program Director (2021–2024); Deputy Editor, Socius (2022–); Council member, ASA "
        "Section on Population (2020–2023).")
    src = SRC / f"{stem}.python-docx.docx"
    doc.save(src)
    fix_docx(src)
    libreoffice_pdf(src, stem)


def _gdocs_app_xml(path) -> None:
    """Google Docs exports carry no docProps/app.xml application name; drop python-docx's."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/app.xml":
                continue
            if name == "[Content_Types].xml":
                data = data.replace(b'<Override PartName="/docProps/app.xml" '
                                    b'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>', b"")
            if name == "_rels/.rels":
                import re
                data = re.sub(rb'<Relationship [^>]*docProps/app.xml"/>', b"", data)
            z.writestr(name, data)


def cv05() -> None:
    """Google Docs 'Serif' resume template look, exported as .docx, in Spanish (Mexico)."""
    stem = "05_mx_public_health_researcher_google_docs_es"
    doc = _base("Merriweather", 9, 1.9, letter=True)
    st = doc.styles["Normal"]
    st.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    run(p, "Itzel Montaño Berriozábal", bold=True, size=24, color="000000", font="Playfair Display")
    p = doc.add_paragraph()
    run(p, "Investigadora en Ciencias Médicas · Epidemiología nutricional · SNII Nivel I", size=9, font="Merriweather")
    p = doc.add_paragraph()
    run(p, "Av. Universidad 655, Col. Santa María Ahuacatitlán, 62100 Cuernavaca, Morelos", size=8.5)
    p = doc.add_paragraph()
    run(p, "+52 777 555 0128", size=8.5, color="E91D63")
    p = doc.add_paragraph()
    run(p, "itzel.montano@example.mx", size=8.5, color="E91D63")

    def h1(text: str) -> None:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(16)
        run(hp, text, bold=True, size=11, color="E91D63", font="Open Sans", caps=True)

    def h2(org: str, place_role: str, dates: str) -> None:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(8)
        run(hp, org, bold=True, size=10.5, color="000000", font="Merriweather")
        run(hp, ", " + place_role, size=10.5, color="000000", font="Merriweather")
        dp = doc.add_paragraph()
        run(dp, dates, size=8, color="666666", font="Open Sans", caps=True)

    h1("Experiencia")
    h2("Instituto Nacional de Salud Pública (INSP)", "Cuernavaca — Investigadora en Ciencias Médicas C",
       "mayo 2020 - actual")
    run(doc.add_paragraph(), "Centro de Investigación en Nutrición y Salud. Coordinadora del componente de dieta de la "
        "Encuesta Nacional de Salud y Nutrición (ENSANUT) 2022–2024; docente del Doctorado en Epidemiología.")
    h2("Harvard T.H. Chan School of Public Health", "Boston, EE. UU. — Investigadora posdoctoral",
       "septiembre 2018 - abril 2020")
    run(doc.add_paragraph(), "Department of Nutrition. Modelos de sustitución de bebidas azucaradas en cohortes "
        "mexicanas (supervisor: Dr. Ansel Whitford).")
    h2("Secretaría de Salud de Yucatán", "Mérida — Nutrióloga comunitaria", "2010 - 2011")
    h1("Formación académica")
    h2("Instituto Nacional de Salud Pública", "Cuernavaca — Doctorado en Ciencias en Epidemiología",
       "agosto 2014 - julio 2018")
    run(doc.add_paragraph(), "Tesis: «Consumo de alimentos ultraprocesados y adiposidad en escolares mexicanos». "
        "Beca nacional CONACYT.")
    h2("Universidad de Guadalajara", "Guadalajara — Maestría en Ciencias de la Salud Pública", "2011 - 2013")
    h2("Universidad Autónoma de Yucatán", "Mérida — Licenciatura en Nutrición", "2005 - 2010")
    h1("Publicaciones seleccionadas")
    pubs = [
        "Montaño-Berriozábal I, Whitford A, Cárdenas-Ortega L. Ultra-processed food intake and weight gain in Mexican "
        "school-age children: a cohort study. Am J Clin Nutr. 2024;119(2):388-397.",
        "Montaño-Berriozábal I, Quezada-Lugo R, Ibarra-Sosa M. Consumo de bebidas azucaradas en adolescentes mexicanos: "
        "ENSANUT 2022. Salud Publica Mex. 2023;65(4):310-319.",
        "Cárdenas-Ortega L, Montaño-Berriozábal I, Whitford A. Front-of-package warning labels and household purchases "
        "in Mexico. PLoS Med. 2022;19(8):e1004055.",
        "Whitford A, Montaño-Berriozábal I. Substitution of sugar-sweetened beverages with water and type 2 diabetes "
        "risk. Diabetes Care. 2020;43(11):2714-2722.",
        "Montaño-Berriozábal I, Ibarra-Sosa M. Etiquetado de advertencia y reformulación de cereales de desayuno. "
        "Rev Panam Salud Publica. (en prensa).",
        "Quezada-Lugo R, Montaño-Berriozábal I. Dietary diversity among Maya households in Yucatán. Public Health Nutr. "
        "(enviado, 2024).",
    ]
    for i, pb in enumerate(pubs, 1):
        pp = doc.add_paragraph()
        run(pp, f"{i}. {pb}", color="000000")
    h1("Distinciones")
    for d in ["Premio Dr. Guillermo Soberón a la investigación en salud pública, categoría joven investigadora (2023)",
              "Beca CONACYT para estudios de doctorado (2014–2018)",
              "Medalla al mérito académico, Universidad Autónoma de Yucatán (2010)"]:
        run(doc.add_paragraph(), "• " + d)
    h1("Idiomas")
    run(doc.add_paragraph(), "Español (nativo), inglés (avanzado, TOEFL iBT 108), maya yucateco (básico).")
    h1("Habilidades")
    run(doc.add_paragraph(), "Stata, R, SAS; modelos multinivel; análisis de encuestas complejas; métodos de recordatorio de 24 horas.")
    out = FILES / f"{stem}.docx"
    doc.save(out)
    _gdocs_app_xml(out)
    fix_docx(out)


def cv08() -> None:
    """A Pakistani university 'Proforma for Faculty Position': grids for everything, printed by LibreOffice."""
    stem = "08_pk_electrical_eng_asst_prof_university_proforma_libreoffice"
    doc = _base("Times New Roman", 10.5, 1.8)
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "CURRICULUM VITAE", bold=True, size=14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "(Proforma for the Post of Associate Professor – Electrical Engineering, BPS-20)", italic=True)

    def grid(rows: list[list[str]], cm: list[float], head: bool = True):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        widths(t, cm)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                c = t.rows[i].cells[j]
                c.paragraphs[0].text = ""
                run(c.paragraphs[0], v, bold=head and i == 0, size=9.5)
                if head and i == 0:
                    shade_cell(c, "D9D9D9")
        return t

    def head(text: str) -> None:
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        run(hp, text, bold=True, size=11)

    head("1. PERSONAL INFORMATION")
    t = grid([["Name", "Engr. Dr. Sameen Ahmed Tarar", "PHOTO"],
              ["Father's Name", "Ahmed Nawaz Tarar", ""],
              ["Date of Birth", "12-02-1988", ""],
              ["CNIC No.", "35202-0000000-5", ""],
              ["Domicile", "Gujranwala (Punjab)", ""],
              ["PEC Registration No.", "ELECT/55501", ""],
              ["Postal Address", "House 55, Street 3, Block C, Faisal Town, Lahore", ""],
              ["Phone (Office)", "+92 42 555 0131", ""],
              ["Cell No.", "+92 300 5550136", ""],
              ["E-mail", "sameen.tarar@example.edu.pk", ""]], [4.5, 9.5, 3.4], head=False)
    top = t.cell(0, 2).merge(t.cell(9, 2))
    top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    head("2. ACADEMIC QUALIFICATIONS")
    grid([["S.No.", "Degree / Certificate", "Year", "Division / CGPA", "Board / University", "Major Subjects"],
          ["1", "Matriculation (Science)", "2004", "1st (A+)", "BISE Gujranwala", "Science"],
          ["2", "F.Sc. (Pre-Engineering)", "2006", "1st (A)", "BISE Gujranwala", "Physics, Maths, Chemistry"],
          ["3", "B.Sc. Electrical Engineering", "2006-2010", "3.71/4.00", "University of Engineering and Technology (UET), Lahore", "Power & Communication"],
          ["4", "M.Sc. Electrical Engineering", "2010-2012", "3.82/4.00", "Lahore University of Management Sciences (LUMS)", "Power Electronics"],
          ["5", "Ph.D. Electrical Engineering", "Oct 2014 - Mar 2018", "—", "University of Southampton, UK", "Power Systems / Grid Integration"]],
         [1.1, 3.6, 2.3, 2.0, 5.0, 3.4])
    run(doc.add_paragraph(), "Ph.D. Thesis: “Grid-forming control of inverter-based resources in weak distribution networks” "
        "(Supervisor: Prof. Giles Ashcombe). HEC Overseas Scholarship (Phase-II, Batch-IV).", size=9.5)
    head("3. TEACHING / RESEARCH EXPERIENCE")
    grid([["S.No.", "Designation", "Organization", "From", "To", "Period"],
          ["1", "Assistant Professor (BPS-19)", "Department of Electrical Engineering, UET Lahore", "03-09-2018", "Till date", "6 Yrs 3 Months"],
          ["2", "Research Assistant (part-time)", "Electronics and Computer Science, University of Southampton", "01-01-2016", "31-12-2017", "2 Yrs"],
          ["3", "Lecturer (BPS-18)", "Department of Electrical Engineering, UET Lahore", "15-09-2012", "02-09-2018", "6 Yrs (incl. 3.5 Yrs study leave)"],
          ["4", "Lab Engineer", "National Transmission & Despatch Company (NTDC), Lahore", "01-08-2010", "14-09-2012", "2 Yrs 1 Month"]],
         [1.1, 3.4, 5.2, 2.2, 2.2, 3.3])
    head("4. RESEARCH PUBLICATIONS")
    run(doc.add_paragraph(), "(a) Impact Factor Journals (HEC W/X Category)", bold=True, size=10)
    jp = [
        "S. A. Tarar, G. Ashcombe, “Virtual inertia emulation for grid-forming inverters in low-short-circuit-ratio feeders,” "
        "IEEE Transactions on Power Systems, vol. 39, no. 2, pp. 2210–2222, 2024. (IF: 6.6)",
        "M. U. Javaid, S. A. Tarar, F. Rehman, “Harmonic stability of parallel PV inverters in Pakistani 11 kV feeders,” "
        "IEEE Access, vol. 11, pp. 45102–45115, 2023. (IF: 3.9)",
        "S. A. Tarar, A. Bashir, “Adaptive droop control for solar-diesel hybrid microgrids,” International Journal of "
        "Electrical Power & Energy Systems, vol. 141, 108170, 2022. (IF: 5.2)",
        "S. A. Tarar, G. Ashcombe, R. Penhallow, “Small-signal modelling of grid-forming converters,” IET Renewable Power "
        "Generation, vol. 12, no. 9, pp. 1011–1020, 2018. (IF: 2.6)",
        "F. Rehman, S. A. Tarar, “Load-flow based hosting capacity of LESCO feeders,” Energies (MDPI), Accepted, 2024.",
    ]
    for i, j in enumerate(jp, 1):
        run(doc.add_paragraph(), f"{i}. {j}", size=10)
    run(doc.add_paragraph(), "(b) International Conferences", bold=True, size=10)
    cp = [
        "S. A. Tarar, G. Ashcombe, “Fault ride-through of grid-forming inverters with current limiting,” in Proc. IEEE PES "
        "General Meeting, Portland, OR, USA, 2018.",
        "H. Saleem, S. A. Tarar, “Demand response for tubewell loads in Punjab,” in Proc. IEEE ICET, Peshawar, 2021.",
    ]
    for i, c in enumerate(cp, 6):
        run(doc.add_paragraph(), f"{i}. {c}", size=10)
    head("5. RESEARCH PROJECTS / FUNDING")
    run(doc.add_paragraph(), "HEC NRPU No. 5550 “Hosting capacity of distribution feeders for rooftop PV” (PI), PKR 7.9 million, 2021–2024.", size=10)
    head("6. SUPERVISION")
    run(doc.add_paragraph(), "M.Sc. theses completed: 7; in progress: 3. Ph.D. co-supervision: 1 (in progress).", size=10)
    head("7. AWARDS AND HONOURS")
    for a in ["HEC Overseas Scholarship for Ph.D. (Phase-II, Batch-IV), 2014",
              "Best Teacher Award, UET Lahore, 2022",
              "Gold Medal, B.Sc. Electrical Engineering (first position), UET Lahore, 2010"]:
        run(doc.add_paragraph(), "•  " + a, size=10)
    head("8. REFERENCES")
    grid([["Prof. Giles Ashcombe", "Prof. Dr. Khalid Mehmood Butt"],
          ["University of Southampton, UK", "Department of Electrical Engineering, UET Lahore"]], [8.5, 8.5], head=False)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    run(p, "I hereby certify that the information given above is true to the best of my knowledge.", italic=True, size=9.5)
    p = doc.add_paragraph()
    right_tab(p, 17.4)
    run(p, "Date: 25-11-2024\tSignature: ____________________", size=9.5)
    src = SRC / f"{stem}.python-docx.docx"
    doc.save(src)
    fix_docx(src)
    libreoffice_pdf(src, stem)


ALL = {"03": cv03, "04": cv04, "05": cv05, "08": cv08}
