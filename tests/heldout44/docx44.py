"""python-docx builders for heldout44: 01, 07, 08 (committed as DOCX) and 02, 10 (printed to PDF by LibreOffice)."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)


def new_doc(font="Calibri", size=10.5, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.8)
    cp = d.core_properties
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "cv"
    cp.revision = 1
    return d


def para(d, text="", bold=False, size=None, align=None, italic=False, color=None, space_after=None, cell=None):
    p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if text:
        parts = text.split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_text(cell, text, bold=False, size=None, align=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        parts = line.split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(1)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def grid(d, rows, widths, header=True, style="Table Grid", size=None, head_fill=None, borders=True):
    t = d.add_table(rows=len(rows), cols=len(widths))
    if borders:
        t.style = style
    else:
        no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            set_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and head_fill:
                shade(c, head_fill)
    return t


def heading_bar(d, text, fill="D9D9D9", size=11):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    set_text(c, text, bold=True, size=size)
    shade(c, fill)
    d.add_paragraph().paragraph_format.space_after = Pt(0)


# ---------------------------------------------------------------- 01 Indian biodata-style CV
def build_01(out):
    d = new_doc("Times New Roman", 11)
    para(d, "CURRICULUM VITAE", bold=True, size=15, align="center", space_after=8)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(12.5), Cm(4.5)
    set_text(left, "**PALLAVI RAGHUNATH DESHMUKH**\n"
             "Flat No. 7, Shrinivas Apartments, Karve Nagar,\nPune – 411052, Maharashtra, India\n"
             "Mobile: +91 98220 41763\nE-mail: pallavi.deshmukh@example.com", size=11)
    set_text(right, "\n[Passport size\nphotograph]\n\n", align="center", size=9)
    right._tc.get_or_add_tcPr()
    shade(right, "F2F2F2")
    para(d)
    heading_bar(d, "CAREER OBJECTIVE")
    para(d, "To obtain the post of Associate Professor in Electronics & Telecommunication Engineering in a reputed "
         "institution where I can use my teaching and research experience in VLSI design and embedded systems for "
         "the growth of the institute and of myself.", align="justify")
    heading_bar(d, "PERSONAL DETAILS")
    grid(d, [
        ["Name", ":", "Pallavi Raghunath Deshmukh"],
        ["Father's Name", ":", "Raghunath Vithal Deshmukh"],
        ["Date of Birth", ":", "14/08/1991"],
        ["Gender", ":", "Female"],
        ["Marital Status", ":", "Married"],
        ["Nationality", ":", "Indian"],
        ["Languages Known", ":", "English, Hindi, Marathi (read, write, speak)"],
        ["Permanent Address", ":", "At Post Wai, Tal. Wai, Dist. Satara – 412803, Maharashtra"],
        ["Hobbies", ":", "Reading, classical music"],
    ], [4.5, 0.6, 11.9], header=False, borders=False)
    para(d)
    heading_bar(d, "EDUCATIONAL QUALIFICATIONS")
    grid(d, [
        ["Examination", "Name of College / School", "Board / University", "Year of Passing", "Percentage / CGPA",
         "Division / Class"],
        ["Ph.D. (Electronics & Telecommunication Engg.)", "College of Engineering, Pune",
         "Savitribai Phule Pune University", "2022", "—", "Awarded"],
        ["M.E. (VLSI & Embedded Systems)", "Pune Institute of Computer Technology",
         "Savitribai Phule Pune University", "2015", "8.74 CGPA", "First Class with Distinction"],
        ["B.E. (Electronics & Telecommunication)", "Vishwakarma Institute of Technology, Pune",
         "Savitribai Phule Pune University", "2013", "72.40 %", "First Class with Distinction"],
        ["H.S.C. (Science)", "Kisan Veer Mahavidyalaya, Wai", "Maharashtra State Board, Kolhapur Division", "2009",
         "81.50 %", "First Class"],
        ["S.S.C.", "Dravid High School, Wai", "Maharashtra State Board, Kolhapur Division", "2007", "88.92 %",
         "Distinction"],
    ], [3.6, 3.4, 3.4, 1.8, 2.0, 2.8], size=9.5, head_fill="D9D9D9")
    para(d, "Ph.D. thesis: “Low-power approximate arithmetic units for edge inference accelerators” "
         "(Guide: Dr. S. V. Kulkarni; registered July 2017, degree awarded December 2022).", size=10, italic=True)
    para(d, "GATE 2013 qualified (Electronics & Communication), score 612.", size=10)
    heading_bar(d, "TEACHING EXPERIENCE  (Total: 9 years 8 months)")
    grid(d, [
        ["Sr. No.", "Name of Institute", "Designation", "From", "To", "Duration"],
        ["1", "Pimpri Chinchwad College of Engineering, Pune", "Assistant Professor", "01/07/2018", "Till date",
         "6 yrs 8 mths"],
        ["2", "Sinhgad College of Engineering, Pune", "Assistant Professor", "16/07/2015", "30/06/2018",
         "2 yrs 11 mths"],
        ["3", "AISSMS Institute of Information Technology, Pune", "Lecturer (on contract)", "01/08/2013",
         "31/05/2014", "10 mths"],
    ], [1.3, 6.2, 3.4, 2.2, 2.2, 2.2], size=9.5, head_fill="D9D9D9")
    para(d)
    heading_bar(d, "SUBJECTS TAUGHT")
    para(d, "Digital Electronics, VLSI Design, Embedded Systems, Microcontrollers, Signals & Systems, "
         "Digital Signal Processing.")
    heading_bar(d, "AREAS OF INTEREST")
    para(d, "Approximate computing; Low-power VLSI design; Hardware accelerators for machine learning; FPGA prototyping.")
    heading_bar(d, "LIST OF PUBLICATIONS")
    para(d, "A) International Journals", bold=True)
    pubs_j = [
        "P. R. Deshmukh and S. V. Kulkarni, “Low-power approximate multipliers with error-compensation for "
        "convolution engines,” Microprocessors and Microsystems, vol. 98, 104812, 2023. (SCIE, Impact factor 3.0)",
        "P. R. Deshmukh, A. M. Joshi and S. V. Kulkarni, “A configurable approximate adder family for FPGA-based "
        "edge inference,” Integration, the VLSI Journal, vol. 84, pp. 91–102, 2022. (SCIE)",
        "R. N. Patil, P. R. Deshmukh and V. S. Gaikwad, “IoT based soil-moisture monitoring using LoRa for "
        "sugarcane fields,” International Journal of Advanced Computer Science and Applications, vol. 11, no. 6, "
        "2020. (Scopus indexed)",
    ]
    for k, s in enumerate(pubs_j, 1):
        para(d, f"{k}. {s}", size=10)
    para(d, "B) International Conferences", bold=True)
    pubs_c = [
        "P. R. Deshmukh and S. V. Kulkarni, “Error-resilient approximate MAC units for keyword spotting,” in "
        "Proc. IEEE Pune Section International Conference (PuneCon), Pune, Dec. 2023, pp. 1–6. "
        "(Best Paper Award)",
        "P. R. Deshmukh, “Comparative study of truncated multipliers on Artix-7,” in Proc. International "
        "Conference on Computing Communication Control and Automation (ICCUBEA), Pune, Aug. 2019.",
    ]
    for k, s in enumerate(pubs_c, 4):
        para(d, f"{k}. {s}", size=10)
    heading_bar(d, "AWARDS AND ACHIEVEMENTS")
    for s in ["Best Paper Award, IEEE PuneCon 2023.",
              "Best Teacher Award, Pimpri Chinchwad College of Engineering, academic year 2021–22.",
              "Received AICTE QIP (PG) scholarship for M.E. (2013–2015)."]:
        para(d, "•  " + s)
    heading_bar(d, "WORKSHOPS / FDPs ATTENDED")
    para(d, "Attended 14 Faculty Development Programmes including AICTE-ATAL FDP on “Edge AI” (2022) and NPTEL "
         "course “Low Power VLSI Circuits” (Elite certificate, 2020).")
    heading_bar(d, "DECLARATION")
    para(d, "I hereby declare that the information furnished above is true to the best of my knowledge and belief.",
         align="justify")
    para(d)
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    set_text(t.cell(0, 0), "Place: Pune")
    set_text(t.cell(1, 0), "Date: 02/03/2025")
    set_text(t.cell(0, 1), "", align="right")
    set_text(t.cell(1, 1), "(Pallavi R. Deshmukh)", align="right")
    d.save(out)


# ---------------------------------------------------------------- 02 Japanese CV in rirekisho order (-> PDF via LibreOffice)
def build_02(out):
    d = new_doc("Liberation Serif", 10.5)
    para(d, "CURRICULUM VITAE", bold=True, size=16, align="center", space_after=2)
    para(d, "As of March 1, 2025", align="right", size=9.5)
    grid(d, [
        ["Name", "MORIYAMA Haruka (family name, given name)"],
        ["Date of birth", "May 3, 1989 (age 35)"],
        ["Nationality", "Japan"],
        ["Present address", "Shimogamo Izumikawa-cho 3-12, Sakyo-ku, Kyoto 606-0807, Japan"],
        ["Telephone", "+81 75 555 0162 (office), +81 90 5550 0148 (mobile)"],
        ["E-mail", "haruka.moriyama@example.org"],
    ], [4.0, 13.0], header=False, size=10)
    para(d)
    para(d, "Academic Background", bold=True, size=12)
    grid(d, [
        ["Year / Month", "Academic Background"],
        ["April 2005 (Heisei 17)", "Entered Kanagawa Prefectural Shonan High School"],
        ["March 2008", "Graduated from Kanagawa Prefectural Shonan High School"],
        ["April 2008", "Entered Department of Chemistry, Faculty of Science, Tohoku University"],
        ["March 2012", "Graduated from Department of Chemistry, Faculty of Science, Tohoku University\n"
                       "Bachelor of Science"],
        ["April 2012", "Entered Master's Course, Department of Chemistry, Graduate School of Science, Tohoku University"],
        ["March 2014", "Completed Master's Course, Graduate School of Science, Tohoku University\nMaster of Science"],
        ["April 2014", "Entered Doctoral Course, Department of Molecular Engineering, Graduate School of Engineering, "
                       "Kyoto University"],
        ["March 2017", "Completed Doctoral Course, Graduate School of Engineering, Kyoto University\n"
                       "Doctor of Philosophy (Engineering)\n"
                       "Dissertation: \u201cPorous coordination polymers with switchable pore apertures for "
                       "CO\u2082/N\u2082 separation\u201d (Supervisor: Prof. KUROSAWA Tadashi)"],
    ], [4.0, 13.0], size=10, head_fill="E7E6E6")
    para(d)
    para(d, "Professional Background", bold=True, size=12)
    grid(d, [
        ["Year / Month", "Professional Background"],
        ["April 2015", "Research Fellow (DC2), Japan Society for the Promotion of Science (until March 2017)"],
        ["April 2017", "Postdoctoral Researcher, Institute for Integrated Cell-Material Sciences (iCeMS), Kyoto University"],
        ["September 2018", "Visiting Scholar, Department of Chemistry, University of California, Berkeley "
                           "(until February 2019)"],
        ["March 2019", "Resigned from Kyoto University"],
        ["April 2019", "Assistant Professor, Institute for Chemical Research, Kyoto University"],
        ["", "Currently in post"],
        ["", "End"],
    ], [4.0, 13.0], size=10, head_fill="E7E6E6")
    para(d)
    para(d, "Licenses and Qualifications", bold=True, size=12)
    grid(d, [
        ["Year / Month", "License / Qualification"],
        ["July 2010", "Class B Hazardous Materials Engineer (Class 4)"],
        ["December 2016", "TOEIC Listening & Reading score 905"],
    ], [4.0, 13.0], size=10, head_fill="E7E6E6")
    para(d)
    para(d, "Awards", bold=True, size=12)
    grid(d, [
        ["Year / Month", "Award"],
        ["March 2016", "Student Presentation Award, The 96th CSJ Annual Meeting, The Chemical Society of Japan"],
        ["November 2021", "Young Scientist Award, Japan Society of Coordination Chemistry"],
        ["April 2023", "The Young Scientists' Award, The Commendation for Science and Technology by the Minister of "
                       "Education, Culture, Sports, Science and Technology (MEXT)"],
    ], [4.0, 13.0], size=10, head_fill="E7E6E6")
    para(d)
    para(d, "Research Interests", bold=True, size=12)
    para(d, "Metal–organic frameworks; gas separation membranes; flexible porous materials; in situ X-ray diffraction.")
    para(d, "List of Publications (peer-reviewed original papers)", bold=True, size=12)
    para(d, "(* corresponding author)", size=9.5)
    pubs = [
        "Moriyama, H.*; Ishida, R.; Kurosawa, T. \u201cGate-opening adsorption in a zinc triazolate framework "
        "under humid flue gas.\u201d J. Am. Chem. Soc. 2024, 146, 11873\u201311881.",
        "Sato, Y.; Moriyama, H.*; Nakagawa, K. \u201cDefect-engineered zirconium frameworks for selective ethane "
        "capture.\u201d Chem. Sci. 2023, 14, 5120\u20135128.",
        "Moriyama, H.; Long, J. D.; Kurosawa, T.* \u201cThermal breathing of an interpenetrated copper "
        "framework observed by in situ PXRD.\u201d Inorg. Chem. 2020, 59, 9902\u20139910.",
        "Moriyama, H.; Kurosawa, T.* \u201cSwitchable pore apertures in pillared-layer coordination polymers.\u201d "
        "Chem. Lett. 2016, 45, 1034\u20131036.",
        "Fujii, A.; Moriyama, H.; Takeda, M.; Kurosawa, T.* \u201cMixed-linker strategy for CO\u2082-selective "
        "membranes.\u201d Chem. Commun. 2015, 51, 14088\u201314091.",
    ]
    for k, s in enumerate(pubs, 1):
        para(d, f"{k}.  {s}", size=10)
    para(d, "Research Grants", bold=True, size=12)
    para(d, "JSPS KAKENHI Grant-in-Aid for Early-Career Scientists (Principal Investigator), April 2020 \u2013 "
         "March 2023.", size=10)
    para(d)
    para(d, "I certify that the above is correct.", size=10)
    para(d, "March 1, 2025                               MORIYAMA Haruka  (seal)", size=10, align="right")
    d.save(out)


# ---------------------------------------------------------------- 07 Nigerian university-format CV
def build_07(out):
    d = new_doc("Arial", 10.5)
    para(d, "CURRICULUM VITAE", bold=True, size=14, align="center", space_after=10)
    para(d, "1.   PERSONAL DATA", bold=True, size=11)
    grid(d, [
        ["Name:", "ADEYEMI, Oluwaseun Babatunde"],
        ["Date of Birth:", "22nd November, 1985"],
        ["Place of Birth:", "Abeokuta, Ogun State"],
        ["State of Origin:", "Ogun State"],
        ["Local Government Area:", "Abeokuta South"],
        ["Nationality:", "Nigerian"],
        ["Sex:", "Male"],
        ["Marital Status:", "Married with two children"],
        ["Contact Address:", "Department of Microbiology, Faculty of Science, Olabisi Onabanjo University, "
                             "P.M.B. 2002, Ago-Iwoye, Ogun State, Nigeria"],
        ["Phone Number:", "+234 803 555 0192"],
        ["E-mail:", "oluwaseun.adeyemi@example.com"],
    ], [4.5, 12.5], header=False, borders=False, size=10.5)
    para(d)
    para(d, "2.   EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES", bold=True, size=11)
    grid(d, [
        ["Institution", "Date"],
        ["University of Ibadan, Ibadan", "2014 – 2019"],
        ["University of Lagos, Akoka, Lagos", "2010 – 2013"],
        ["Obafemi Awolowo University, Ile-Ife", "2003 – 2008"],
        ["Federal Government College, Ijanikin, Lagos", "1997 – 2003"],
    ], [12.0, 5.0], size=10.5)
    para(d)
    para(d, "3.   ACADEMIC QUALIFICATIONS WITH DATES", bold=True, size=11)
    grid(d, [
        ["Qualification", "Date"],
        ["Doctor of Philosophy (Ph.D.) Microbiology (Environmental Microbiology)", "2019"],
        ["Master of Science (M.Sc.) Microbiology", "2013"],
        ["Bachelor of Science (B.Sc. Hons.) Microbiology – Second Class Upper Division", "2008"],
        ["West African Senior School Certificate (WASSCE/WAEC)", "2003"],
        ["Junior School Certificate (JSCE)", "2000"],
    ], [12.0, 5.0], size=10.5)
    para(d, "Ph.D. Thesis: Antibiotic resistance genes in hospital wastewater and receiving rivers in Ibadan metropolis. "
         "Supervisor: Prof. A. O. Ogunleye", size=10, italic=True)
    para(d)
    para(d, "4.   NATIONAL YOUTH SERVICE CORPS (NYSC)", bold=True, size=11)
    para(d, "2008 – 2009:  Served as Corps Member; Primary Assignment: Laboratory Assistant, Department of Medical "
         "Microbiology, Federal Medical Centre, Idi-Aba, Abeokuta. Certificate of National Service obtained.",
         size=10.5)
    para(d)
    para(d, "5.   WORKING EXPERIENCE", bold=True, size=11)
    grid(d, [
        ["Period", "Organisation", "Position"],
        ["2021 – Date", "Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Senior Lecturer"],
        ["2017 – 2021", "Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Lecturer I"],
        ["2014 – 2017", "Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Lecturer II"],
        ["2009 – 2014", "Nigerian Institute of Medical Research (NIMR), Yaba, Lagos", "Research Officer II"],
    ], [3.2, 9.8, 4.0], size=10)
    para(d)
    para(d, "6.   MEMBERSHIP OF PROFESSIONAL BODIES", bold=True, size=11)
    para(d, "Nigerian Society for Microbiology (NSM); American Society for Microbiology (ASM); Registered "
         "Microbiologist, Microbiology Society of Nigeria.", size=10.5)
    para(d)
    para(d, "7.   AWARDS, HONOURS AND SCHOLARSHIPS", bold=True, size=11)
    for s in ["2008: Best Graduating Student, Department of Microbiology, Obafemi Awolowo University",
              "2016: TETFund Academic Staff Training and Development (AST&D) Scholarship for Ph.D.",
              "2018: ASM Young Ambassador to Science (Nigeria)"]:
        para(d, "(i)  " + s if s.startswith("2008") else ("(ii)  " + s if s.startswith("2016") else "(iii)  " + s),
             size=10.5)
    para(d)
    para(d, "8.   RESEARCH INTERESTS", bold=True, size=11)
    para(d, "Antimicrobial resistance in the environment; Wastewater-based surveillance; Food safety microbiology.",
         size=10.5)
    para(d)
    para(d, "9.   PUBLICATIONS", bold=True, size=11)
    para(d, "(a) Articles that have appeared in learned journals", bold=True, size=10.5)
    pubs = [
        "Adeyemi, O. B., Ogunleye, A. O. and Salami, K. T. (2023). Carbapenemase genes in hospital effluents and "
        "the Ogunpa River, Ibadan, Nigeria. Journal of Water and Health, 21(5): 612–624.",
        "Bakare, T. M., Adeyemi, O. B. and Okafor, C. J. (2021). Multidrug-resistant Escherichia coli in "
        "ready-to-eat salads sold in Ago-Iwoye. African Journal of Microbiology Research, 15(4): 201–209.",
        "Adeyemi, O. B. and Ogunleye, A. O. (2020). Class 1 integrons in Aeromonas isolated from fish ponds in "
        "Ogun State. Nigerian Journal of Microbiology, 34(2): 5210–5219.",
        "Adeyemi, O. B., Lawal, R. A., Ogunleye, A. O. and Chukwu, E. N. (2018). Occurrence of extended-spectrum "
        "beta-lactamase producers in poultry litter. BMC Microbiology, 18: 144.",
    ]
    for k, s in enumerate(pubs, 1):
        para(d, f"{k}.  {s}", size=10)
    para(d, "(b) Articles accepted for publication", bold=True, size=10.5)
    para(d, "5.  Adeyemi, O. B. and Salami, K. T. (2025). Wastewater surveillance of Salmonella Typhi in Ogun State. "
         "Tropical Medicine & International Health (Accepted).", size=10)
    para(d)
    para(d, "10.   REFEREES", bold=True, size=11)
    refs = [
        "Prof. A. O. Ogunleye\nDepartment of Microbiology, Faculty of Science,\nUniversity of Ibadan, Ibadan, Oyo "
        "State, Nigeria.\nE-mail: ao.ogunleye@example.com\nPhone: +234 805 555 0117",
        "Prof. (Mrs.) C. J. Okafor\nDepartment of Microbiology,\nUniversity of Lagos, Akoka, Lagos, Nigeria.\n"
        "E-mail: cj.okafor@example.org\nPhone: +234 802 555 0163",
        "Dr. E. N. Chukwu\nNigerian Institute of Medical Research,\n6 Edmund Crescent, Yaba, Lagos, Nigeria.\n"
        "E-mail: en.chukwu@example.org\nPhone: +234 809 555 0135",
    ]
    t = d.add_table(rows=1, cols=3)
    no_borders(t)
    for j, r in enumerate(refs):
        set_text(t.cell(0, j), r, size=9.5)
    d.save(out)


# ---------------------------------------------------------------- 08 Vietnamese CV (Word tables)
def build_08(out):
    d = new_doc("Times New Roman", 11.5, margins=2.2)
    para(d, "SOCIALIST REPUBLIC OF VIETNAM", bold=True, align="center", size=11, space_after=0)
    para(d, "Independence – Freedom – Happiness", align="center", size=11, italic=True, space_after=0)
    para(d, "———————", align="center", size=10)
    para(d, "SCIENTIFIC CURRICULUM VITAE", bold=True, size=15, align="center", space_after=8)
    para(d, "I. PERSONAL INFORMATION", bold=True, size=12)
    grid(d, [
        ["1. Full name", "NGUYEN Thi Thu Trang", "2. Gender", "Female"],
        ["3. Date of birth", "17/05/1989", "4. Place of birth", "Nam Dinh"],
        ["5. Nationality", "Vietnamese", "6. Ethnicity", "Kinh"],
        ["7. Scientific title, year", "—", "8. Academic degree, year", "Ph.D., 2019"],
        ["9. Current position", "Lecturer, Vice Head of the Department of Computer Science", "10. Mobile",
         "+84 912 555 047"],
        ["11. Office address", "Faculty of Information Technology, VNU University of Engineering and Technology, "
                               "144 Xuan Thuy, Cau Giay, Hanoi", "12. E-mail", "trang.ntt@example.com"],
    ], [3.4, 5.6, 3.4, 4.0], header=False, size=10.5)
    para(d)
    para(d, "II. EDUCATION", bold=True, size=12)
    grid(d, [
        ["Degree", "Time", "Institution", "Major"],
        ["Doctor of Philosophy (Ph.D.)", "10/2016 – 09/2019", "Japan Advanced Institute of Science and Technology "
                                                             "(JAIST), Japan", "Information Science"],
        ["Master of Science", "09/2012 – 12/2014", "VNU University of Engineering and Technology", "Computer Science"],
        ["Engineer (5-year degree)", "09/2007 – 06/2012", "Hanoi University of Science and Technology",
         "Information Technology (Talented Engineering Program)"],
    ], [3.6, 3.2, 6.0, 3.6], size=10.5, head_fill="DEEAF6")
    para(d, "Ph.D. dissertation: Cross-lingual transfer for Vietnamese dependency parsing with limited treebanks. "
         "Supervisors: Prof. SHIMIZU Kenta and Assoc. Prof. Le Van Hung.", size=10.5, italic=True)
    para(d)
    para(d, "III. WORK EXPERIENCE", bold=True, size=12)
    grid(d, [
        ["Time", "Organization", "Position"],
        ["03/2023 – now", "Faculty of Information Technology, VNU University of Engineering and Technology",
         "Vice Head, Department of Computer Science"],
        ["10/2019 – now", "Faculty of Information Technology, VNU University of Engineering and Technology", "Lecturer"],
        ["01/2015 – 09/2016", "Viettel Cyberspace Center, Viettel Group", "NLP Engineer"],
        ["07/2012 – 12/2014", "FPT Software", "Software Engineer"],
    ], [3.4, 8.8, 4.2], size=10.5, head_fill="DEEAF6")
    para(d)
    para(d, "IV. RESEARCH FIELDS", bold=True, size=12)
    para(d, "Natural language processing for Vietnamese; low-resource machine translation; syntactic parsing; "
         "speech-to-text evaluation.")
    para(d, "V. RESEARCH PROJECTS", bold=True, size=12)
    grid(d, [
        ["No.", "Project title", "Code / Level", "Time", "Role"],
        ["1", "Open benchmark for Vietnamese legal question answering", "NAFOSTED 102.05-2021.18", "2022 – 2025",
         "Principal investigator"],
        ["2", "Vietnamese speech corpus for call-centre analytics", "VNU-level, QG.20.61", "2020 – 2022", "Member"],
    ], [1.0, 6.4, 3.6, 2.4, 3.0], size=10, head_fill="DEEAF6")
    para(d)
    para(d, "VI. PUBLICATIONS", bold=True, size=12)
    para(d, "6.1. International journals", bold=True, size=11)
    pubs = [
        "Nguyen Thi Thu Trang, Pham Quang Minh, Le Van Hung, \u201cA span-based model for Vietnamese legal "
        "question answering,\u201d ACM Transactions on Asian and Low-Resource Language Information Processing, "
        "vol. 23, no. 4, 2024.",
        "Tran Duc Anh, Nguyen Thi Thu Trang, \u201cWord segmentation errors and their effect on Vietnamese "
        "parsing,\u201d Language Resources and Evaluation, vol. 56, pp. 1021\u20131046, 2022.",
    ]
    for k, s in enumerate(pubs, 1):
        para(d, f"[{k}] {s}", size=10.5)
    para(d, "6.2. International conferences", bold=True, size=11)
    pubs = [
        "Nguyen Thi Thu Trang, Shimizu Kenta, \u201cDelexicalized transfer from Thai and Khmer for Vietnamese "
        "dependency parsing,\u201d in Proceedings of the 33rd Pacific Asia Conference on Language, Information and "
        "Computation (PACLIC 33), Hakodate, 2019.",
        "Nguyen Thi Thu Trang, Do Minh Chau, Le Van Hung, \u201cViLegalQA: a dataset for Vietnamese statute "
        "retrieval,\u201d in Findings of the Association for Computational Linguistics: EMNLP 2023.",
        "Vu Hoang Long, Nguyen Thi Thu Trang, \u201cNoise-robust punctuation restoration for Vietnamese ASR "
        "transcripts,\u201d in Proceedings of the 2021 RIVF International Conference on Computing and "
        "Communication Technologies (RIVF), Hanoi, 2021.",
    ]
    for k, s in enumerate(pubs, 3):
        para(d, f"[{k}] {s}", size=10.5)
    para(d, "6.3. Submitted", bold=True, size=11)
    para(d, "[6] Nguyen Thi Thu Trang, Pham Quang Minh, \u201cInstruction-tuned small models for Vietnamese "
         "administrative documents,\u201d submitted to Computer Speech & Language, 2025.", size=10.5)
    para(d)
    para(d, "VII. AWARDS", bold=True, size=12)
    for s in ["2019: MEXT (Monbukagakusho) Scholarship for doctoral study, 2016–2019",
              "2021: Best Paper Award, RIVF 2021",
              "2023: VNU Excellent Young Scientist Award"]:
        para(d, "- " + s, size=10.5)
    para(d, "VIII. FOREIGN LANGUAGES", bold=True, size=12)
    para(d, "English (IELTS 7.5), Japanese (JLPT N2)")
    para(d)
    para(d, "Hanoi, March 1, 2025", italic=True, align="right")
    para(d, "Declarant", bold=True, align="right")
    para(d, "(signed)", italic=True, align="right", size=9)
    para(d, "Nguyen Thi Thu Trang", bold=True, align="right")
    d.save(out)


# ---------------------------------------------------------------- 10 Europass-like CV (Word label column -> PDF via LibreOffice)
def build_10(out):
    d = new_doc("Liberation Sans", 9.5, margins=1.5)
    blue = "1F4E79"

    def section(title):
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        set_text(t.cell(0, 0), title.upper(), bold=True, size=10, color=blue, align="right")
        set_text(t.cell(0, 1), "", size=4)
        t.cell(0, 0).width, t.cell(0, 1).width = Cm(5.2), Cm(12.8)
        tcPr = t.cell(0, 1)._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        e = OxmlElement("w:bottom")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), blue)
        b.append(e)
        tcPr.append(b)

    def row(label, text, size=9.5):
        t = d.add_table(rows=1, cols=2)
        no_borders(t)
        set_text(t.cell(0, 0), label, size=8.5, color="3F3F3F", align="right")
        set_text(t.cell(0, 1), text, size=size)
        t.cell(0, 0).width, t.cell(0, 1).width = Cm(5.2), Cm(12.8)

    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    set_text(t.cell(0, 0), "europass\nCurriculum Vitae", bold=True, size=12, color=blue, align="right")
    set_text(t.cell(0, 1), "")
    section("Personal information")
    row("Surname(s) / First name(s)", "**Bălan-Ionescu, Irina Mihaela**", 11)
    row("Address", "Str. Observatorului 34, ap. 5, 400347 Cluj-Napoca (Romania)")
    row("Telephone(s)", "+40 264 555 018          Mobile: +40 745 555 093")
    row("E-mail", "irina.balan-ionescu@example.org")
    row("Nationality", "Romanian")
    row("Date of birth", "09/02/1987")
    row("Gender", "Female")
    section("Desired employment / Occupational field")
    row("", "Tenure-track Assistant Professor in Computational Hydrology")
    section("Work experience")
    row("Dates", "01/10/2020 → present")
    row("Occupation or position held", "Lecturer (Lector universitar)")
    row("Main activities and responsibilities", "Teaching hydrology and GIS; supervision of 6 MSc theses; PI of a "
        "UEFISCDI young-team project")
    row("Name and address of employer", "Babeș-Bolyai University, Faculty of Geography, Cluj-Napoca (Romania)")
    row("", "")
    row("Dates", "01/03/2017 → 30/09/2020")
    row("Occupation or position held", "Postdoctoral Researcher")
    row("Name and address of employer", "Helmholtz Centre for Environmental Research – UFZ, Department of "
        "Computational Hydrosystems, Leipzig (Germany)")
    row("", "")
    row("Dates", "01/10/2012 → 28/02/2017")
    row("Occupation or position held", "Research Assistant (Asistent de cercetare)")
    row("Name and address of employer", "National Institute of Hydrology and Water Management, Bucharest (Romania)")
    section("Education and training")
    row("Dates", "10/2012 → 12/2016")
    row("Title of qualification awarded", "PhD in Geography (Doctor în Geografie), summa cum laude")
    row("Principal subjects", "Thesis: Snowmelt-driven flood generation in the Apuseni Mountains under "
        "changing winters. Supervisor: Prof. dr. Vasile Mureșan")
    row("Name and type of organisation", "Babeș-Bolyai University, Doctoral School of Geography, Cluj-Napoca")
    row("Level in national or international classification", "ISCED 8")
    row("", "")
    row("Dates", "10/2010 → 07/2012")
    row("Title of qualification awarded", "Master's degree (Master în Hidrologie și Meteorologie)")
    row("Name and type of organisation", "University of Bucharest, Faculty of Geography")
    row("Level in national or international classification", "ISCED 7")
    row("", "")
    row("Dates", "10/2006 → 07/2010")
    row("Title of qualification awarded", "Bachelor's degree (Licență în Geografie)")
    row("Name and type of organisation", "University of Bucharest, Faculty of Geography")
    row("Level in national or international classification", "ISCED 6")
    section("Personal skills and competences")
    row("Mother tongue(s)", "Romanian")
    row("Other language(s)", "English C1 · German B2 · French A2 (self-assessment, Common European Framework)")
    row("Computer skills and competences", "Python (xarray, pandas), R, QGIS, WRF-Hydro, mHM, HPC job scripting")
    section("Additional information")
    row("Research interests", "Snow hydrology; Flood frequency under climate change; Distributed hydrological "
        "modelling")
    row("Publications (selection)",
        "1. Bălan-Ionescu I.M., Samaniego L., Kumar R. (2023) Rain-on-snow floods in the Carpathians under 2 °C "
        "warming. Hydrology and Earth System Sciences 27: 3011–3030.\n"
        "2. Popa A., Bălan-Ionescu I.M. (2022) A gridded snow water equivalent product for Romania. Journal of "
        "Hydrology: Regional Studies 41: 101077.\n"
        "3. Bălan-Ionescu I.M., Mureșan V. (2019) Trends in snowmelt timing in the Apuseni Mountains. "
        "Hydrological Sciences Journal 64(9): 1101–1114.\n"
        "4. Bălan-Ionescu I.M., Kumar R. (submitted) Seasonal flood forecasting with soil-moisture memory. "
        "Water Resources Research.")
    row("Honours and awards", "2021 – Young Researcher Award, Romanian Academy of Scientists\n"
        "2016 – EGU Outstanding Student and PhD candidate Presentation (OSPP) Award\n"
        "2013 – Erasmus+ doctoral mobility grant, University of Vienna (3 months)")
    row("Annexes", "Copies of diplomas; list of publications")
    d.save(out)
