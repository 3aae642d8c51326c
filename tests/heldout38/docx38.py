"""python-docx builders for heldout38: 05 (Google-Docs-style résumé) and 06 (Word CV with tables and rating dots)."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 11, 25, 9, 0, 0)
TAB = Cm(17.0)
BLUE = RGBColor(0x2F, 0x54, 0x96)
WIDTHS = (Cm(3.4), Cm(13.6))


def _pin(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def _rule(par, color="2F5496"):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _line(doc, left, right="", bold=False, italic=False, size=10.5, tab=TAB):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(tab, WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold, r.italic, r.font.size = bold, italic, Pt(size)
    if right:
        r2 = p.add_run("\t" + right)
        r2.font.size = Pt(size)
        r2.italic = italic
    return p


def _bullet(doc, text, size=10):
    p = doc.add_paragraph(style="List Bullet")
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def _head(doc, text, color=BLUE):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = color
    _rule(p)
    return p


def build_05(out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    t = doc.add_paragraph()
    r = t.add_run("Zunaira Afzal Khattak")
    r.bold = True
    r.font.size = Pt(22)
    c = doc.add_paragraph()
    c.add_run("Islamabad, Pakistan  •  +92 300 555 0148  •  zunaira.khattak@example.com  •  "
              "linkedin.com/in/zunaira-khattak-example").font.size = Pt(9.5)
    _head(doc, "Research Interests")
    doc.add_paragraph("Structural health monitoring; earthquake engineering; machine learning for civil infrastructure")

    _head(doc, "Education")
    _line(doc, "National University of Sciences and Technology (NUST), Islamabad", "Sep 2023 – Aug 2025", bold=True)
    _line(doc, "MS Structural Engineering  |  CGPA 3.78/4.00", italic=True)
    _bullet(doc, "Thesis: Vibration-based damage detection in RC bridge girders using convolutional autoencoders")
    _bullet(doc, "Relevant coursework: Structural Dynamics, Finite Element Analysis, Earthquake Engineering, "
                 "Prestressed Concrete")
    _line(doc, "University of Engineering and Technology (UET), Peshawar", "2018 – 2022", bold=True)
    _line(doc, "BSc Civil Engineering  |  CGPA 3.64/4.00  |  Gold Medalist", italic=True)

    _head(doc, "Research Experience")
    _line(doc, "Graduate Research Assistant", "Oct 2023 – Jul 2025", bold=True)
    _line(doc, "Structural Health Monitoring Lab, NUST Institute of Civil Engineering (NICE)", italic=True)
    _bullet(doc, "Supervisor: Dr. Imran Saeed Chaudhry. Instrumented a 1:4 scale RC girder with 16 MEMS accelerometers")
    _bullet(doc, "Trained autoencoders on 2,400 vibration records; located cracks within 0.3 m in 91% of test cases")

    _head(doc, "Work Experience")
    _line(doc, "Site Engineer — Indus Crest Constructors (Pvt.) Ltd., Lahore", "Aug 2022 – Aug 2023", bold=True)
    _bullet(doc, "Supervised RC frame works for a 9-storey hostel block; QA/QC of 1,800 m³ of concrete pours")
    _line(doc, "Teaching Assistant, CE-211 Strength of Materials — NUST", "Spring 2024", bold=True)
    _bullet(doc, "Graded lab reports and held weekly tutorials for 60 undergraduates")
    _line(doc, "Summer Intern — National Highway Authority (NHA), Peshawar", "Summer 2021", bold=True)
    _bullet(doc, "Pavement condition survey on a 40 km section of the N-5")

    _head(doc, "Publications")
    for txt in (
        "Khattak, Z. A., Chaudhry, I. S., & Yousafzai, M. (2025). Vibration-based damage detection in RC bridge "
        "girders using convolutional autoencoders. Structures, 71, 108012.",
        "Yousafzai, M., Khattak, Z. A., & Chaudhry, I. S. (2024). Seismic fragility of unreinforced masonry school "
        "buildings in northern Pakistan. Proceedings of the 18th World Conference on Earthquake Engineering "
        "(18WCEE), Milan, Italy.",
        "Khattak, Z. A., & Chaudhry, I. S. (submitted). Low-cost MEMS accelerometer networks for post-earthquake "
        "screening of school buildings. Earthquake Spectra.",
    ):
        p = doc.add_paragraph(style="List Number")
        p.paragraph_format.space_after = Pt(2)
        p.add_run(txt).font.size = Pt(10)

    _head(doc, "Honors & Awards")
    for a, y in (("NUST Merit Scholarship (full tuition)", "2023"),
                 ("Runner-up, Poster Competition, NUST Innovation Summit", "2024"),
                 ("Gold Medal, BSc Civil Engineering, UET Peshawar", "2022"),
                 ("HEC Need-Based Scholarship", "2018 – 2022")):
        _line(doc, "•  " + a, y)

    _head(doc, "Skills")
    doc.add_paragraph("Software: ETABS, SAP2000, ABAQUS, OpenSees, AutoCAD, Primavera P6\n"
                      "Programming: Python (NumPy, PyTorch), MATLAB\n"
                      "Registration: Pakistan Engineering Council (PEC) Registered Engineer\n"
                      "Languages: English (IELTS 8.0), Urdu, Pashto (native)")
    _pin(doc, "Zunaira Khattak")
    doc.save(out)


def _cell(cell, text, bold=False, size=10, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold, r.italic, r.font.size = bold and i == 0, italic, Pt(size)
        if color is not None:
            r.font.color.rgb = color


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _rows(doc, rows, widths=WIDTHS):
    tbl = doc.add_table(rows=0, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for left, right in rows:
        cells = tbl.add_row().cells
        _cell(cells[0], left, size=9.5, color=RGBColor(0x55, 0x55, 0x55))
        _cell(cells[1], right, bold=True, size=10)
        cells[0].width, cells[1].width = widths
    return tbl


def build_06(out):
    teal = RGBColor(0x0E, 0x6B, 0x6B)
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hdr = doc.add_table(rows=1, cols=2)
    left, right = hdr.rows[0].cells
    _cell(left, "Shirin Ghaffarzadeh\nM.Sc. in Organic Chemistry\nApplicant, Ph.D. in Chemistry (Fall 2026)",
          bold=True, size=12, color=teal)
    left.paragraphs[0].runs[0].font.size = Pt(20)
    _cell(right, "Tehran, Iran\nshirin.ghaffarzadeh@example.org\n+98 912 555 0163\n"
                 "ORCID 0000-0002-5550-0163\nscholar.example.org/shirin-gh", size=9.5)
    _shade(left, "E8F3F3")
    _shade(right, "E8F3F3")

    def head(t):
        return _head(doc, t, color=teal)

    head("Education")
    _rows(doc, [
        ("Sep 2021 – Feb 2024", "M.Sc. in Organic Chemistry, Sharif University of Technology, Tehran\n"
         "GPA: 18.62/20 (ranked 1st among 24 students)\n"
         "Thesis: Magnetically recoverable Cu-MOF catalysts for click reactions in water (grade 19.75/20)\n"
         "Supervisor: Prof. Mahnaz Alavi-Rad"),
        ("Sep 2017 – Jul 2021", "B.Sc. in Pure Chemistry, University of Isfahan, Isfahan\n"
         "GPA: 17.45/20 (top 5% of the cohort)"),
    ])
    head("Research Experience")
    _rows(doc, [
        ("Mar 2024 – present", "Research Assistant, Green Catalysis Laboratory, Sharif University of Technology\n"
         "PI: Prof. Mahnaz Alavi-Rad. Project: visible-light photoredox C–H amination of heteroarenes"),
        ("Sep 2022 – Feb 2024", "M.Sc. Researcher, Green Catalysis Laboratory, Sharif University of Technology\n"
         "Synthesis and characterisation (XRD, FT-IR, TGA, VSM) of Fe3O4@Cu-MOF nanocatalysts"),
    ])
    head("Teaching and Work Experience")
    _rows(doc, [
        ("Fall 2022 – Spring 2023", "Teaching Assistant, Organic Chemistry Laboratory I, Sharif University of "
         "Technology\nTwo semesters, 3 lab sections of 16 students each"),
        ("Jul 2021 – Aug 2022", "Quality Control Chemist (part-time), Pars Kimia Analytical Services, Isfahan\n"
         "HPLC and Karl Fischer assays for pharmaceutical raw materials"),
    ])
    head("Publications")
    for txt in (
        "S. Ghaffarzadeh, H. Moradi, M. Alavi-Rad*, Magnetically recoverable Cu-MOF catalyst for one-pot synthesis of "
        "1,2,3-triazoles in water, ACS Sustainable Chem. Eng. 2024, 12, 4411–4420.",
        "H. Moradi, S. Ghaffarzadeh, M. Alavi-Rad*, Deep eutectic solvents as recyclable media for Knoevenagel "
        "condensation, J. Mol. Liq. 2023, 389, 122877.",
        "S. Ghaffarzadeh, M. Alavi-Rad*, Visible-light photoredox C–H amination of electron-poor heteroarenes, "
        "manuscript in preparation.",
    ):
        p = doc.add_paragraph(style="List Number")
        p.paragraph_format.space_after = Pt(2)
        p.add_run(txt).font.size = Pt(10)
    head("Conference Presentations")
    doc.add_paragraph("Ghaffarzadeh S., Alavi-Rad M. Cu-MOF click catalysis in water (poster). 30th Iranian Seminar "
                      "of Organic Chemistry, Tehran, 2023.")
    head("Honors and Awards")
    _rows(doc, [
        ("2023", "Best Poster Award, 30th Iranian Seminar of Organic Chemistry"),
        ("2022", "Iran's National Elites Foundation (INEF) Scholarship"),
        ("2021", "Exceptional Talent Direct Admission to M.Sc., Sharif University of Technology"),
        ("2021", "Ranked 12th among 9,000+ participants, National M.Sc. Entrance Exam (Chemistry)"),
    ])
    head("Skills")
    skills = doc.add_table(rows=0, cols=2)
    for s, dots in (("Organic synthesis, Schlenk line", "●●●●●"), ("NMR / FT-IR / GC-MS interpretation", "●●●●○"),
                    ("XRD, TGA, VSM, BET", "●●●○○"), ("ChemDraw, MestReNova, Origin", "●●●●○"),
                    ("Python (RDKit)", "●●○○○")):
        cells = skills.add_row().cells
        _cell(cells[0], s, size=10)
        _cell(cells[1], dots, size=10, color=teal)
    head("Languages")
    doc.add_paragraph("Persian (native); English (IELTS Academic 7.5, 2025); Arabic (reading)")
    _pin(doc, "Shirin Ghaffarzadeh")
    doc.save(out)
