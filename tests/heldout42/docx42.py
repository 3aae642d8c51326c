"""python-docx builders for heldout42: 02 (US nursing PhD, styles only), 04 (UK clinical lecturer, layout table),
05 (UK consultant surgeon, later printed to PDF by LibreOffice). All people are invented."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)


def _pin(doc, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def _font(doc, name: str, size: float) -> None:
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    st.paragraph_format.space_after = Pt(2)


def _para(doc_or_cell, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
          align=None, after: float | None = None, style: str | None = None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def _runs(p, parts):
    """parts: list of (text, 'b'|'i'|'')"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def _tab_row(doc, left: str, right: str, bold_right: bool = False, tab_cm: float = 3.2):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(tab_cm))
    pf.left_indent = Cm(tab_cm)
    pf.first_line_indent = Cm(-tab_cm)
    pf.space_after = Pt(1)
    p.add_run(left + "\t")
    r = p.add_run(right)
    r.bold = bold_right
    return p


def _heading_rule(p, color="1F4E79"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)


def _shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


# ---------------------------------------------------------------- 02 US nursing PhD

def build_02(out: Path) -> None:
    doc = Document()
    _font(doc, "Calibri", 11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2)
        hp = s.header.paragraphs[0]
        hp.text = "D. M. Ferreira — Curriculum Vitae"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, "Danielle Marisa Ferreira, PhD, RN, ACNP-BC, CCRN", bold=True, size=16,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "Assistant Professor, Nell Hodgson Woodruff School of Nursing, Emory University",
          align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "1520 Clifton Road NE, Atlanta, GA 30322  |  Office (202) 555-0163  |  dferreira@example.edu",
          align=WD_ALIGN_PARAGRAPH.CENTER, after=8)

    def H(t):
        p = doc.add_heading(t, level=2)
        return p

    H("EDUCATION")
    for left, right in [
        ("2015 – 2019", "PhD, Nursing, University of Pennsylvania School of Nursing, Philadelphia, PA\n"
                        "Dissertation: Delirium trajectories after cardiac surgery in older adults (Chair: R. Adeyemi-Kolb, PhD, RN)"),
        ("2012 – 2014", "MSN, Adult-Gerontology Acute Care Nurse Practitioner, Duke University School of Nursing, Durham, NC"),
        ("2006 – 2010", "BSN, magna cum laude, University of Pennsylvania School of Nursing, Philadelphia, PA"),
    ]:
        _tab_row(doc, left, right)

    H("POSTDOCTORAL TRAINING")
    _tab_row(doc, "2019 – 2021", "NINR T32 Postdoctoral Fellow, Center for Health Outcomes and Policy Research, "
                                 "University of Pennsylvania (Mentor: L. Garrow-Whitfield, PhD, RN, FAAN)")

    H("LICENSURE AND CERTIFICATION")
    for left, right in [
        ("2010 – present", "Registered Nurse, Pennsylvania, RN 714592"),
        ("2021 – present", "Registered Nurse, Georgia, RN 298817; APRN 0144210"),
        ("2013 – present", "CCRN (Adult), American Association of Critical-Care Nurses"),
        ("2014 – present", "ACNP-BC, American Nurses Credentialing Center, No. 2014018835"),
    ]:
        _tab_row(doc, left, right)

    H("PROFESSIONAL EXPERIENCE")
    _para(doc, "Academic appointments", bold=True, italic=True, after=1)
    _tab_row(doc, "08/2021 – present", "Assistant Professor (tenure track), Nell Hodgson Woodruff School of Nursing, "
                                      "Emory University, Atlanta, GA")
    _tab_row(doc, "2017 – 2019", "Teaching Assistant, NURS 5470 Pathophysiology, University of Pennsylvania")
    _para(doc, "Clinical appointments", bold=True, italic=True, after=1)
    _tab_row(doc, "2021 – present", "Acute Care Nurse Practitioner (per diem), Cardiothoracic ICU, Emory University Hospital")
    _tab_row(doc, "2014 – 2015", "Acute Care Nurse Practitioner, Cardiothoracic Surgery, Duke University Hospital, Durham, NC")
    _tab_row(doc, "2010 – 2014", "Staff Nurse, Medical Intensive Care Unit, Hospital of the University of Pennsylvania")

    H("HONORS AND AWARDS")
    for left, right in [
        ("2025", "Early Career Researcher Award, Southern Nursing Research Society"),
        ("2020", "Rising Star of Research and Scholarship, Sigma Theta Tau International"),
        ("2018", "Ruth L. Kirschstein NRSA Predoctoral Fellowship (F31 NR017288)"),
        ("2010", "Dean's Award for Clinical Excellence, University of Pennsylvania School of Nursing"),
    ]:
        _tab_row(doc, left, right)

    H("RESEARCH FUNDING")
    _tab_row(doc, "2023 – 2028", "NIH/NINR K23 NR020911, 'Sleep-promoting bundles to prevent delirium after cardiac "
                                 "surgery'. Role: PI. $742,110")
    _tab_row(doc, "2022 – 2023", "Emory School of Nursing Intramural Pilot Award. Role: PI. $25,000")

    H("PUBLICATIONS")
    _para(doc, "* data-based; † senior/corresponding author; trainee co-authors underlined in the original",
          italic=True, size=9, after=3)
    _para(doc, "Peer-reviewed articles", bold=True, after=2)
    pubs = [
        "*Ferreira DM, Kaplan-Ruiz T, Oyelaran B, Whitfield LG. Nurse-driven sleep bundles and incident delirium after "
        "coronary artery bypass grafting: a stepped-wedge trial. Am J Crit Care. 2025;34(2):101-10. "
        "doi:10.4037/ajcc2025311",
        "*Oyelaran B, Ferreira DM†. Family presence and delirium recognition in the cardiothoracic ICU. "
        "Heart Lung. 2024;66:48-55. doi:10.1016/j.hrtlng.2024.03.002",
        "*Ferreira DM, Adeyemi-Kolb R, Whitfield LG. Latent delirium trajectories after cardiac surgery and one-year "
        "functional decline. J Am Geriatr Soc. 2021;69(7):1880-9. PMID: 33845782",
        "*Whitfield LG, Sloane-Ibarra M, Ferreira DM, Lassiter-Boone K, McAvoy DJ. Nurse staffing and failure-to-rescue "
        "in cardiac surgery hospitals. Med Care. 2021;59(10):905-12.",
        "Ferreira DM, Whitfield LG. Measuring delirium in research: a primer for nurse scientists. Nurs Res. "
        "2020;69(5):399-406.",
        "*Ferreira DM, Adeyemi-Kolb R. Preoperative frailty and postoperative delirium in adults 65 and older: a "
        "secondary analysis. Crit Care Nurse. 2019;39(4):e1-e9.",
    ]
    for i, t in enumerate(pubs, 1):
        _para(doc, f"{i}.  {t}", after=3)
    _para(doc, "Manuscripts under review", bold=True, after=2)
    _para(doc, "7.  *Ferreira DM, Chen-Abara L, Oyelaran B. Melatonin timing and sleep continuity in the cardiac "
               "surgery ICU: a pilot trial. Submitted to Intensive Crit Care Nurs.", after=3)
    _para(doc, "Selected podium and poster presentations", bold=True, after=2)
    for t in [
        "Ferreira DM. Sleep bundles for delirium prevention: early trial results. Podium. Southern Nursing Research "
        "Society Annual Conference, Charlotte, NC; February 2025.",
        "Ferreira DM, Oyelaran B. Recognising hypoactive delirium at the bedside. Poster. AACN National Teaching "
        "Institute, Philadelphia, PA; May 2023.",
    ]:
        _para(doc, "•  " + t, after=3)

    H("TEACHING")
    _tab_row(doc, "2022 – present", "NRSG 731 Advanced Pathophysiology (DNP program), course lead, 48 students/yr")
    _tab_row(doc, "2021 – present", "NRSG 508 Acute Care NP Clinical Practicum II, clinical faculty")

    H("PROFESSIONAL SERVICE")
    _tab_row(doc, "2023 – present", "Reviewer: Am J Crit Care; Heart Lung; J Am Geriatr Soc")
    _tab_row(doc, "2022 – present", "Member, AACN Research Work Group")

    H("RESEARCH INTERESTS")
    _para(doc, "Postoperative delirium; sleep in critical care; nurse-led interventions in cardiac surgery; "
               "geriatric critical care outcomes.")
    _pin(doc, "D. Ferreira")
    doc.save(out)


# ---------------------------------------------------------------- 04 UK clinical lecturer, layout table

def build_04(out: Path) -> None:
    doc = Document()
    _font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dr Eleanor J. Featherstone  ·  GMC 7184432  ·  CV March 2026"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = head.rows[0].cells
    c0.width, c1.width = Cm(11), Cm(6.4)
    p = c0.paragraphs[0]
    r = p.add_run("Dr Eleanor J. Featherstone")
    r.bold, r.font.size = True, Pt(20)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    _para(c0, "MBBS BSc(Hons) MRCP(UK) PhD", size=11, after=0)
    _para(c0, "NIHR Academic Clinical Lecturer in Cardiology (ST6)", italic=True, after=0)
    c1.paragraphs[0].text = "Mobile: 07700 900 482"
    for t in ["E-mail: e.featherstone@example.ac.uk", "GMC: 7184432 (full registration, licence to practise)",
              "National Training Number: OXF/010/089/N", "ORCID 0000-0003-2261-9047"]:
        _para(c1, t, size=9, after=0)
    for q in c1.paragraphs:
        for rr in q.runs:
            rr.font.size = Pt(9)
    _shade(c1, "F2E6E8")

    def section(title, rows, widths=None):
        widths = widths or (Cm(3.6), Cm(13.8))
        p = _para(doc, title.upper(), bold=True, size=11, after=2)
        p.runs[0].font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
        _heading_rule(p, "7A1F2B")
        t = doc.add_table(rows=0, cols=2)
        _no_borders(t)
        for left, right in rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = widths
            cells[0].paragraphs[0].add_run(left).font.size = Pt(9.5)
            first = True
            for line in right.split("\n"):
                q = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                if first and "|" in line:
                    a, b = line.split("|", 1)
                    q.add_run(a.strip()).bold = True
                    q.add_run(", " + b.strip())
                else:
                    q.add_run(line)
                q.paragraph_format.space_after = Pt(1)
                first = False
        _para(doc, "", after=0)

    section("Qualifications", [
        ("2020", "PhD | University of Oxford (Radcliffe Department of Medicine)\nThesis: Myocardial fibrosis imaging "
                 "after COVID-19 hospitalisation. BHF Clinical Research Training Fellowship"),
        ("2015", "MRCP(UK) | Royal College of Physicians of London"),
        ("2012", "MBBS | King's College London GKT School of Medical Education"),
        ("2009", "BSc (Hons) Physiology, First Class (intercalated) | King's College London"),
    ])
    section("Current appointment", [
        ("Aug 2022 – present", "NIHR Academic Clinical Lecturer in Cardiology | University of Oxford and Oxford "
                               "University Hospitals NHS Foundation Trust\n50% research, 50% ST6 clinical training in "
                               "the Thames Valley deanery; honorary Specialty Registrar"),
    ])
    section("Clinical experience", [
        ("Aug 2021 – Jul 2022", "ST5 Cardiology | Royal Berkshire Hospital, Reading\nCardiac devices and heart failure; "
                                "on-call registrar for CCU"),
        ("Aug 2020 – Jul 2021", "ST4 Cardiology | John Radcliffe Hospital, Oxford\nInterventional and imaging modules "
                                "(CMR level 2)"),
        ("Aug 2016 – Jul 2017", "ST3 Cardiology | Wexham Park Hospital, Slough"),
        ("Aug 2014 – Jul 2016", "Core Medical Trainee (CT1–CT2) | Oxford University Hospitals NHS Foundation "
                                "Trust\nRotations in acute medicine, respiratory, cardiology and intensive care"),
        ("Aug 2012 – Jul 2014", "Academic Foundation Programme (FY1–FY2) | Guy's and St Thomas' NHS Foundation "
                                "Trust\nFour-month academic block in cardiovascular imaging"),
    ])
    section("Research experience", [
        ("Oct 2017 – Sep 2020", "BHF Clinical Research Training Fellow | University of Oxford, Oxford Centre for "
                                "Clinical Magnetic Resonance Research\nOut of programme for research (OOPR); PhD "
                                "supervised by Prof. M. Ashcombe-Rudd"),
    ])
    section("Audit and quality improvement", [
        ("2022", "Re-audit of time to echocardiography in suspected infective endocarditis (John Radcliffe). "
                 "Lead; closed the loop after a new referral pathway"),
        ("2021", "QIP: 'Heart failure nurse review within 72 h of admission', Royal Berkshire Hospital. Lead; "
                 "PDSA cycles raised review rate from 41% to 78%"),
        ("2015", "Audit of anticoagulation in new atrial fibrillation against NICE NG196. Presented at "
                 "Oxford medical audit meeting"),
    ])
    section("Publications (peer-reviewed)", [
        ("1.", "Featherstone EJ, Naidoo-Clarke R, Whitlock H, Obuya K, Ashcombe-Rudd M. Persistent myocardial "
               "inflammation on CMR six months after COVID-19 hospitalisation. Eur Heart J Cardiovasc Imaging. "
               "2021;22(11):1302-11. doi:10.1093/ehjci/jeab118"),
        ("2.", "Obuya K, Featherstone EJ, Ashcombe-Rudd M. Native T1 mapping reproducibility across 1.5T and 3T "
               "scanners. J Cardiovasc Magn Reson. 2020;22:54."),
        ("3.", "Featherstone EJ, Ashcombe-Rudd M. Cardiac involvement after viral illness: what the imager should "
               "know. Heart. 2022;108(4):263-70. (Review)"),
        ("4.", "Featherstone EJ, Whitlock H, Pemberton-Ayo S, Naidoo-Clarke R, Obuya K, Lindqvist-Hale J, et al. "
               "Extracellular volume and arrhythmic events in post-acute COVID-19. JACC Cardiovasc Imaging. "
               "2023;16(5):612-24. PMID: 36889841"),
    ])
    section("Presentations", [
        ("2023", "Oral: 'ECV and arrhythmia after COVID-19', British Cardiovascular Society Annual Conference, "
                 "Manchester (abstract published in Heart 2023;109(Suppl 3):A12)"),
        ("2021", "Poster: 'T1 mapping across field strengths', EuroCMR, online"),
    ])
    section("Prizes and awards", [
        ("2023", "Young Investigator Award (runner-up), British Cardiovascular Society"),
        ("2019", "Oxford BHF Centre of Research Excellence Travel Prize"),
        ("2012", "Distinction in Clinical Sciences, King's College London"),
    ])
    section("Teaching and courses", [
        ("2022 – present", "Tutor, Oxford Medical School clinical cardiology (year 5)"),
        ("2022", "ALS Instructor (Resuscitation Council UK); Good Clinical Practice (NIHR), renewed 2024"),
    ])
    section("Research interests", [
        ("", "Cardiac magnetic resonance; myocardial inflammation and fibrosis; post-viral cardiac injury"),
    ])
    _pin(doc, "E. Featherstone")
    doc.save(out)


# ---------------------------------------------------------------- 05 UK consultant surgeon (printed by LibreOffice)

def build_05(out: Path) -> None:
    doc = Document()
    _font(doc, "Liberation Serif", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Mr Callum D. Ashworth-Reid FRCS (Tr & Orth) — Curriculum Vitae"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.italic = True

    _para(doc, "CURRICULUM VITAE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "Mr Callum Duncan Ashworth-Reid", bold=True, size=17, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "MBChB MSc MD FRCS (Tr & Orth)", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "Consultant Trauma and Orthopaedic Surgeon (Hand and Wrist)", italic=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    def H(t):
        p = _para(doc, t, bold=True, size=12, after=3)
        _heading_rule(p, "000000")

    def kv(k, v):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
        p.paragraph_format.space_after = Pt(0)
        _runs(p, [(k + "\t", "b"), (v, "")])

    H("Personal Details")
    kv("Address", "Department of Orthopaedics, Leeds General Infirmary, Great George Street, Leeds LS1 3EX")
    kv("Telephone", "0113 496 0527 (secretary);  mobile 07700 900 316")
    kv("E-mail", "c.ashworth-reid@example.co.uk")
    kv("GMC number", "6093318 (Specialist Register, Trauma & Orthopaedic Surgery, 2019)")
    kv("Medical defence", "MDU, membership no. 401177")
    _para(doc, "", after=2)

    H("Qualifications")
    for y, q in [("2019", "FRCS (Tr & Orth), Intercollegiate Specialty Board"),
                 ("2017", "MD, University of Leeds — 'Biomechanics of scaphoid waist fixation'"),
                 ("2011", "MSc Surgical Sciences (Distinction), University of Edinburgh"),
                 ("2010", "MRCS (Ed), Royal College of Surgeons of Edinburgh"),
                 ("2006", "MBChB (Hons), University of Glasgow")]:
        kv(y, q)
    _para(doc, "", after=2)

    H("Current Post")
    p = _para(doc, "", after=0)
    _runs(p, [("Consultant Trauma and Orthopaedic Surgeon", "b"), (", Leeds Teaching Hospitals NHS Trust", ""),
              ("  (October 2020 – present)", "i")])
    _para(doc, "Hand and wrist practice; 1 in 10 trauma on-call; clinical lead for the hand trauma unit since 2023. "
               "Honorary Senior Lecturer, University of Leeds (2021 – present).", after=6)

    H("Previous Appointments")
    rows = [
        ("Feb 2020 – Sep 2020", "Locum Consultant, Trauma & Orthopaedics", "Harrogate and District NHS Foundation Trust"),
        ("Aug 2019 – Jan 2020", "Post-CCT Hand and Wrist Fellow", "Pulvertaft Hand Centre, Royal Derby Hospital"),
        ("Aug 2013 – Jul 2019", "Specialty Registrar (ST3–ST8), Trauma & Orthopaedics",
         "Yorkshire and Humber Deanery (Leeds, Bradford, Wakefield rotations)"),
        ("Aug 2011 – Jul 2013", "Research Fellow (out of programme)", "Leeds Institute of Rheumatic and Musculoskeletal "
                                                                    "Medicine, University of Leeds"),
        ("Aug 2008 – Jul 2010", "Core Surgical Trainee (CT1–CT2)", "NHS Education for Scotland, Glasgow"),
        ("Aug 2006 – Jul 2008", "Foundation Year 1 and 2", "Glasgow Royal Infirmary"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Dates", "Post", "Hospital / Employer"), strict=True):
        c.paragraphs[0].add_run(txt).bold = True
        _shade(c, "D9D9D9")
    for d, post, emp in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = d, post, emp
    for row in t.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(3.6), Cm(6), Cm(6.8)
    _para(doc, "", after=2)

    H("Clinical Governance: Audit and Quality Improvement")
    for t_ in [
        "2024 — Lead: Time to theatre for open hand injuries against BOAST standard (re-audit; 62% → 88% within 24 h).",
        "2022 — Supervisor: Antibiotic prophylaxis in open finger fractures (trainee-led; presented at trust audit day).",
        "2017 — Lead: Scaphoid fracture follow-up imaging pathway, Leeds General Infirmary.",
    ]:
        _para(doc, t_, after=2, style="List Bullet")

    H("Publications")
    _para(doc, "Peer-reviewed papers", italic=True, after=2)
    pubs = [
        "Ashworth-Reid CD, Mbeki-Lorne T, Vargyas-Penn T, Hollingsworth A. Headless compression screw versus plate for "
        "displaced scaphoid waist fractures: a cadaveric biomechanical study. J Hand Surg Eur Vol. 2018;43(6):612-8.",
        "Ashworth-Reid CD, Hollingsworth A. Cyclic loading of scaphoid waist fixation constructs. Bone Joint J. "
        "2016;98-B(9):1241-6.",
        "Okonedo-Burke F, Ashworth-Reid CD, Sandhu R, Pryce-Tan W. Return to work after open hand injuries in "
        "manual workers. J Hand Surg Eur Vol. 2024;49(2):190-7.",
        "Sandhu R, Ashworth-Reid CD. Wide-awake local anaesthesia no tourniquet surgery in a UK hand unit: "
        "a cohort of 1,000 cases. Bone Joint Open. 2023;4(8):575-81.",
        "Ashworth-Reid CD, Pryce-Tan W, Mbeki-Lorne T. Scaphoid non-union after cast treatment: a ten-year regional "
        "review. J Hand Surg Eur Vol. 2021;46(3):255-61.",
    ]
    for i, t_ in enumerate(pubs, 1):
        _para(doc, f"{i}. {t_}", after=3)
    _para(doc, "Presentations (selected)", italic=True, after=2)
    for t_ in ["British Society for Surgery of the Hand Autumn Meeting, 2023: 'WALANT in 1,000 cases' (podium).",
               "British Orthopaedic Association Congress, 2016: 'Cyclic loading of scaphoid fixation' (poster)."]:
        _para(doc, t_, after=2, style="List Bullet")

    H("Prizes")
    for t_ in ["2016 — Pulvertaft Prize, British Society for Surgery of the Hand",
               "2006 — Brunton Memorial Prize, University of Glasgow"]:
        _para(doc, t_, after=2, style="List Bullet")

    H("Teaching and Training")
    _para(doc, "Educational supervisor for two ST trainees; faculty on the AO Trauma Hand course (2022, 2024); "
               "Royal College of Surgeons of England 'Training the Trainers' (2021).", after=4)

    H("Professional Memberships")
    _para(doc, "British Society for Surgery of the Hand (Full Member); British Orthopaedic Association; "
               "Fellow of the Royal College of Surgeons of Edinburgh.", after=4)

    H("Referees")
    _para(doc, "Available on request.", after=0)
    _pin(doc, "C. Ashworth-Reid")
    doc.save(out)
