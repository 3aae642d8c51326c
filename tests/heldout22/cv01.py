"""01: UK consultant respiratory physician with an honorary academic post (python-docx -> LibreOffice PDF)."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, SRC, edu, fix_docx, job, pub, soffice_pdf

NAME = "01_uk_respiratory_consultant_hon_senior_lecturer_word_lo.pdf"


def build() -> None:
    d = W.new_doc("Calibri", 10.5, 2.0)
    W.core(d, "Eleri Vaughan-Tait", "CV - Dr E Vaughan-Tait")
    W.header_footer(d, [("Dr Eleri Vaughan-Tait  |  Curriculum Vitae  |  updated June 2024", "-g")],
                    page_field=True, footer_align="right")
    tw = W.text_width(d)
    R = [(tw, "right", None)]
    W.para(d, [("Dr Eleri Vaughan-Tait", "^B")], align="center", after=0)
    W.para(d, [("MBBCh (Hons)  BSc (Hons)  PhD  FRCP", "g")], align="center", after=2)
    W.para(d, "Department of Respiratory Medicine, University Hospital Llandough, Penarth CF64 2XX",
           align="center", after=0)
    W.para(d, "Mobile 07700 900417   ·   eleri.vaughan-tait@example.ac.uk   ·   GMC 7104622",
           align="center", after=8)

    def head(t):
        W.bottom_rule(W.para(d, [(t, "bB")], before=8, after=3, keep=True))

    head("PERSONAL STATEMENT")
    W.para(d, "Consultant respiratory physician with a pleural and interventional practice and an honorary "
              "academic appointment. My research asks which patients with malignant pleural effusion can be "
              "managed entirely as outpatients, and I lead the regional thoracic ultrasound training programme.",
           after=4)

    head("CURRENT APPOINTMENTS")
    W.para(d, [("Consultant Respiratory Physician (10 PA)", "b"), "\tSept 2019 – present"], tabs=R, after=0)
    W.para(d, "Cardiff and Vale University Health Board, University Hospital Llandough", after=1)
    for b in ["General respiratory clinics, pleural clinic and day-case thoracoscopy list",
              "Clinical Lead for the Pleural Service since April 2022 (1 PA within the job plan)",
              "Educational supervisor for two specialty registrars"]:
        W.para(d, b, style="List Bullet", after=0)
    W.para(d, [("Honorary Senior Lecturer", "b"), "\t2020 – to date"], tabs=R, before=4, after=0)
    W.para(d, "Division of Population Medicine, School of Medicine, Cardiff University", after=4)

    head("PREVIOUS APPOINTMENTS")
    prev = [
        ("Aug 2013 –\vAug 2019", "Specialty Registrar (ST3–ST7), Respiratory and General Internal Medicine",
         "Health Education and Improvement Wales (Wales Deanery); rotations at University Hospital of Wales, "
         "Morriston Hospital and Glan Clwyd Hospital. CCT August 2019."),
        ("Oct 2015 –\vSep 2018", "MRC Clinical Research Training Fellow (out of programme for research)",
         "Cardiff University, Division of Infection and Immunity"),
        ("Aug 2011 –\vJul 2013", "Core Medical Trainee (CT1–CT2)",
         "Royal Glamorgan Hospital, Cwm Taf University Health Board. MRCP(UK) 2012."),
        ("Aug 2009 –\vJul 2011", "Foundation Doctor (F1, F2)",
         "Morriston Hospital, Abertawe Bro Morgannwg University Health Board, Swansea"),
    ]
    t = W.layout_table(d, len(prev), [3.0, tw / 360000 - 3.0])
    for row, (dates, role, where) in zip(t.rows, prev, strict=False):
        W.cell_text(row.cells[0], [(dates, "g")])
        W.cell_text(row.cells[1], [(role, "b")])
        W.para(row.cells[1], where, after=4)

    head("QUALIFICATIONS")
    quals = [
        ("2023", "FRCP (London)", ""),
        ("2021", "PGCert Medical Education (Merit)", "Cardiff University"),
        ("2015 – 2018", "PhD", "Cardiff University. Thesis: ‘Mesothelial cell markers in undiagnosed pleural "
                              "effusion’. Supervisors: Prof. T. Llewellyn, Dr F. Doyle"),
        ("2012", "MRCP (UK)", "Royal Colleges of Physicians of the United Kingdom"),
        ("2009", "MBBCh (Honours)", "Cardiff University School of Medicine"),
        ("2007", "BSc (Hons) Pharmacology, 1st class (intercalated)", "Cardiff University"),
    ]
    for yr, q, where in quals:
        W.para(d, [(yr, ""), "\t", (q, "b"), (", " + where if where else "", "")],
               tabs=[(Cm(2.6), "left", None)], indent_cm=2.6, first_cm=-2.6, after=1)

    head("RESEARCH INTERESTS")
    W.para(d, "Malignant pleural effusion · indwelling pleural catheters · thoracic ultrasound · "
              "outpatient pleurodesis", after=4)

    head("RESEARCH FUNDING")
    for b in ["2015–2018  MRC Clinical Research Training Fellowship (MR/N001234/1), £284,000 – sole applicant",
              "2022–2024  Health and Care Research Wales Research Time Award, £48,500 (50% research time)",
              "2023–2025  BLF/Asthma + Lung UK project grant, co-applicant, £191,000"]:
        W.para(d, b, style="List Bullet", after=0)

    head("PRIZES")
    for yr, p in [("2018", "Young Investigator Award, British Thoracic Society Winter Meeting"),
                  ("2009", "Gwendoline Price Prize for the highest mark in Finals medicine, Cardiff University"),
                  ("2007", "Physiological Society Undergraduate Prize")]:
        W.para(d, [(yr, ""), "\t", p], tabs=[(Cm(2.6), "left", None)], after=1)

    head("PUBLICATIONS")
    W.para(d, [("Peer-reviewed papers", "bi")], after=2)
    papers = [
        "Vaughan-Tait E, Rhys-Pritchard O, Mensah K, et al. Ultrasound-guided versus CT-guided pleural biopsy "
        "for suspected pleural malignancy: a randomised feasibility trial. Thorax. 2024;79(3):211-9.",
        "Harcourt-Bell J, Vaughan-Tait E, Doyle F. Indwelling pleural catheter infection: a ten-year regional "
        "cohort. ERJ Open Res. 2023;9(4):00218-2023.",
        "Pemberton R, Vaughan-Tait E, Osei-Bonsu A, et al. Day-case local anaesthetic thoracoscopy in a district "
        "general hospital: safety over 500 procedures. BMJ Open Respir Res. 2021;8:e000917.",
        "Vaughan-Tait E, Osei-Bonsu A, Llewellyn T, Doyle F. Pleural fluid LDH trajectories predict pleurodesis "
        "failure. Eur Respir J. 2019;54(2):1802233.",
        "Vaughan-Tait E*, Pemberton R*, Doyle F. Soluble mesothelin in pleural fluid from undiagnosed unilateral "
        "effusions. Lung Cancer. 2018;121:44-50.  *joint first authors",
    ]
    for p in papers:
        W.para(d, p, style="List Number", after=2)
    W.para(d, [("Submitted", "bi")], before=4, after=2)
    W.para(d, "Vaughan-Tait E, Mensah K, Harcourt-Bell J, et al. Outpatient talc via indwelling catheter after "
              "failed inpatient pleurodesis: a multicentre cohort. Submitted to Lancet Respir Med, May 2024.",
           style="List Number", after=2)
    W.para(d, [("Other", "bi")], before=4, after=2)
    W.para(d, "Vaughan-Tait E. Pleural procedures in frail older adults [editorial]. Clin Med (Lond). "
              "2022;22(5):401-2.", style="List Bullet", after=1)
    W.para(d, "Fourteen abstracts at BTS Winter Meetings and ERS Congresses 2014–2023 (list on request).",
           style="List Bullet", after=4)

    head("TEACHING, MANAGEMENT AND MEMBERSHIPS")
    for b in ["Faculty, BTS Thoracic Ultrasound Course (2020 – current); Year 4 respiratory block lead, "
              "Cardiff MBBCh (2021 – current)",
              "Member, All Wales Lung Cancer Pathway Group; Health Board Sepsis Steering Group (2019–2022)",
              "Member: British Thoracic Society, European Respiratory Society, Royal College of Physicians"]:
        W.para(d, b, style="List Bullet", after=0)
    head("REFEREES")
    W.para(d, "Available on request.", after=0)

    docx = SRC / "01_cv.python-docx.docx"
    d.save(docx)
    fix_docx(docx)
    soffice_pdf(docx, FILES / NAME)


LABEL = {
    "file": NAME,
    "name": "Eleri Vaughan-Tait",
    "name_any": ["Dr Eleri Vaughan-Tait"],
    "emails": ["eleri.vaughan-tait@example.ac.uk"],
    "phones": ["+447700900417"],
    "links": [],
    "education": [
        edu("Cardiff University", "other", None, "2021"),
        edu("Cardiff University", "phd", "2015", "2018"),
        edu("Cardiff University School of Medicine", "bachelor", None, "2009"),
        edu("Cardiff University", "bachelor", None, "2007"),
    ],
    "experience": [
        job("Cardiff and Vale University Health Board", "Consultant Respiratory Physician", "2019-09", "present"),
        job("Cardiff University", "Honorary Senior Lecturer", "2020", "present"),
        job("Health Education and Improvement Wales",
            "Specialty Registrar (ST3–ST7), Respiratory and General Internal Medicine", "2013-08", "2019-08"),
        job("Cardiff University", "MRC Clinical Research Training Fellow", "2015-10", "2018-09"),
        job("Royal Glamorgan Hospital", "Core Medical Trainee", "2011-08", "2013-07"),
        job("Morriston Hospital", "Foundation Doctor", "2009-08", "2011-07"),
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        pub("Ultrasound-guided versus CT-guided pleural biopsy for suspected pleural malignancy: a randomised "
            "feasibility trial", "Thorax", 2024, True, "published"),
        pub("Indwelling pleural catheter infection: a ten-year regional cohort", "ERJ Open Res", 2023, False,
            "published"),
        pub("Soluble mesothelin in pleural fluid from undiagnosed unilateral effusions", "Lung Cancer", 2018, True,
            "published"),
        pub("Outpatient talc via indwelling catheter after failed inpatient pleurodesis: a multicentre cohort",
            "Lancet Respir Med", None, True, "under review"),
        pub("Pleural procedures in frail older adults", "Clin Med (Lond)", 2022, True, "published"),
    ],
    "research_interests_any": ["Malignant pleural effusion", "indwelling pleural catheters",
                               "thoracic ultrasound", "outpatient pleurodesis"],
    "awards_count": 3,
    "language": "en",
    "layout": "UK NHS consultant CV, python-docx (Calibri, right tab-stop dates, borderless date table, "
              "automatic bullets and numbers, header/footer with PAGE/NUMPAGES) printed by LibreOffice",
    "notes": "Word CV printed by LibreOffice (Calibri -> Carlito). Name centred with post-nominals on the next line "
             "(not part of the name). 'Current Appointments' with right-tab dates 'Sept 2019 – present' and "
             "'2020 – to date' (= present); the Clinical Lead role is a bullet inside the consultant post (no separate "
             "job). 'Previous Appointments' is a borderless two-column table whose date cells wrap over two lines "
             "('Aug 2013 –' / 'Aug 2019'); organisation = the employing body as printed first on the second line "
             "(HEIW for the training rotation, Cardiff University for the MRC fellowship, the hospital for CMT and "
             "foundation posts). The MRC fellowship is a job (listed as an appointment; also under Research Funding "
             "with a grant number = funding, not an award) and the PhD 2015-2018 is education. Qualifications with "
             "a left year column: FRCP and MRCP are not education; PGCert Medical Education = level other; MBBCh = "
             "bachelor (as heldout17 labels MBChB); intercalated BSc = bachelor. GMC number is not a phone; UK mobile 07700 900417 -> +44. Publications: "
             "5 numbered papers + 1 'Submitted to' (under review) + 1 editorial under 'Other' (counted, heldout20) = "
             "7; 'Fourteen abstracts' line is not counted. '*joint first authors' on the 2018 paper; first-author "
             "count 5. PRIZES 3; funding rows are grants, not awards.",
}
