"""03: Indian structural engineer, consultancy career then NIT faculty (python-docx -> LibreOffice PDF)."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, SRC, edu, fix_docx, job, pub, soffice_pdf

NAME = "03_in_structural_engineering_asst_prof_ex_consultant_word_lo.pdf"


def build() -> None:
    d = W.new_doc("Times New Roman", 11, 2.2)
    W.core(d, "Suhasini", "CV_Suhasini_K_Pillai")
    tw = W.text_width(d)
    W.para(d, [("CURRICULUM VITAE", "bu")], align="center", after=8)
    t = W.layout_table(d, 1, [11.5, tw / 360000 - 11.5])
    c = t.rows[0].cells
    W.cell_text(c[0], [("Dr. (Er.) SUHASINI K. PILLAI", "+b")])
    for line in ["Assistant Professor, Department of Civil Engineering",
                 "National Institute of Technology Karnataka, Surathkal",
                 "Mangaluru – 575 025, Karnataka, India",
                 "Tel: +91 80 5550 1472",
                 "E-mail: suhasini.kp@example.co.in"]:
        W.para(c[0], line, after=0)
    W.cell_text(c[1], [("[Photograph]", "g")], align="right")

    def head(t):
        p = W.para(d, [(t, "b")], before=10, after=4, keep=True)
        W.shade(p, "D9D9D9")

    head("CAREER OBJECTIVE")
    W.para(d, "To contribute to teaching and research in structural engineering by drawing on eleven years of "
              "bridge and metro design practice, and to build industry-linked research on precast construction.",
           after=2)
    head("AREAS OF INTEREST")
    for b in ["Precast segmental bridges", "Seismic retrofit of RC structures",
              "Structural health monitoring of metro viaducts"]:
        W.para(d, b, style="List Bullet", after=0)

    head("EDUCATIONAL QUALIFICATIONS")
    rows = [("Qualification", "Institution / University", "Year", "Class / CGPA"),
            ("Ph.D. (Part-time)\vStructural Engg.", "Indian Institute of Technology Madras", "Registered\vJan 2019",
             "Pursuing (coursework completed)"),
            ("M.E. Structural Engineering", "College of Engineering, Guindy, Anna University, Chennai", "2010",
             "8.92 / 10 (Gold Medal)"),
            ("B.E. Civil Engineering", "PSG College of Technology, Coimbatore (Anna University)", "2008",
             "First Class with Distinction"),
            ("HSC (Class XII)", "Stanes Anglo Indian Hr. Sec. School, Coimbatore", "2004", "94.2 %"),
            ("SSLC (Class X)", "Stanes Anglo Indian Hr. Sec. School, Coimbatore", "2002", "92.6 %")]
    g = W.grid_table(d, len(rows), [3.8, 6.4, 2.4, 3.6])
    for r, vals in zip(g.rows, rows, strict=False):
        for cell, v in zip(r.cells, vals, strict=False):
            W.cell_text(cell, [(v, "b" if vals is rows[0] else "")])

    head("PROFESSIONAL EXPERIENCE (13 years 10 months)")
    rows = [("S.No.", "Organisation", "Designation", "From", "To"),
            ("1", "National Institute of Technology Karnataka, Surathkal", "Assistant Professor (Grade II)",
             "01.07.2021", "Till date"),
            ("2", "Larsen & Toubro Ltd. (L&T Construction – Heavy Civil Infrastructure IC), Chennai",
             "Deputy Manager – Design", "01.06.2016", "30.06.2021"),
            ("", "", "Assistant Manager – Design", "15.07.2013", "31.05.2016"),
            ("3", "Mott MacDonald Pvt. Ltd., Bengaluru", "Design Engineer", "01.08.2011", "12.07.2013"),
            ("", "", "Graduate Engineer Trainee", "02.08.2010", "31.07.2011")]
    g = W.grid_table(d, len(rows), [1.2, 6.2, 4.2, 2.3, 2.3])
    for r, vals in zip(g.rows, rows, strict=False):
        for cell, v in zip(r.cells, vals, strict=False):
            W.cell_text(cell, [(v, "b" if vals is rows[0] else "")])
    g.cell(3, 0).merge(g.cell(2, 0))
    g.cell(3, 1).merge(g.cell(2, 1))
    g.cell(5, 0).merge(g.cell(4, 0))
    g.cell(5, 1).merge(g.cell(4, 1))

    head("MAJOR PROJECTS HANDLED")
    projects = [
        ("Chennai Metro Rail Phase II, Corridor 4 – elevated viaduct (L&T)",
         "Client: CMRL. Role: design lead, precast segmental superstructure and pier caps; 26 km; 2019 – 2021."),
        ("Mumbai Trans Harbour Link, Package 2 – pile foundations (L&T)",
         "Client: MMRDA. Role: checking engineer for pile-group design and load-test interpretation; 2016 – 2018."),
        ("Bengaluru Peripheral Ring Road flyovers (Mott MacDonald)",
         "Client: BDA. Role: design engineer, PSC I-girder spans and bearings; 2011 – 2013."),
    ]
    n = W.new_num(d)
    for title, body in projects:
        W.set_num(W.para(d, [(title, "b")], style="List Number", after=0), n)
        W.para(d, body, indent_cm=0.63, after=3)

    head("PUBLICATIONS")
    pn = W.new_num(d)
    W.para(d, [("Journals", "bu")], after=2)
    W.set_num(W.para(d, "Pillai S.K., Menon R. and Santhakumar A.R. (2023), \u201cJoint opening in match-cast segmental "
              "viaducts under thermal gradients: field data from a metro corridor\u201d, Journal of Bridge "
              "Engineering (ASCE), Vol. 28, No. 9, 04023061.", style="List Number", after=2), pn)
    W.set_num(W.para(d, "Menon R., Pillai S.K. and Rao P.V. (2024), \u201cShear-key damage in precast segments: a "
              "digital-image-correlation study\u201d, Structures (Elsevier) \u2013 Accepted.",
           style="List Number", after=2), pn)
    W.para(d, [("Conferences", "bu")], before=4, after=2)
    W.set_num(W.para(d, "Pillai S.K. and Santhakumar A.R. (2022), \u201cErection-stage stability of cantilever pier caps\u201d, "
              "Proc. 11th Structural Engineering Convention (SEC 2022), NIT Surathkal, pp. 511\u2013520.",
           style="List Number", after=2), pn)
    W.set_num(W.para(d, "Pillai S.K. (2015), \u201cDesign office practice for segmental launching girders\u201d, Indian "
              "Concrete Institute Annual Seminar, Chennai (Invited talk).", style="List Number", after=2), pn)

    head("AWARDS / ACHIEVEMENTS")
    for b in ["University Gold Medal, M.E. Structural Engineering, Anna University (2010)",
              "L&T Heavy Civil IC \u2013 \u2018Star Performer\u2019 award for Chennai Metro Phase II design (2020)",
              "Qualified GATE 2008 (Civil Engineering) \u2013 All India Rank 212"]:
        W.para(d, b, style="List Bullet", after=0)

    head("PROFESSIONAL MEMBERSHIPS / LICENCES")
    W.para(d, "Chartered Engineer and Member, The Institution of Engineers (India) \u2013 M-1609872; Life Member, "
              "Indian Concrete Institute", after=2)

    head("PERSONAL DETAILS")
    det = [("Date of Birth", "14.03.1987"), ("Father's Name", "Shri. K. Krishna Pillai"), ("Nationality", "Indian"),
           ("Languages Known", "English, Tamil, Malayalam, Kannada, Hindi"), ("Marital Status", "Married")]
    for k, v in det:
        W.para(d, [k, "\t: ", v], tabs=[(Cm(4.5), "left", None)], after=0)

    head("DECLARATION")
    W.para(d, "I hereby declare that the information furnished above is true to the best of my knowledge and "
              "belief.", after=10)
    W.para(d, ["Place: Surathkal", "\t", ("(SUHASINI K. PILLAI)", "b")], tabs=[(tw, "right", None)], after=0)
    W.para(d, "Date:", after=0)

    docx = SRC / "03_cv.python-docx.docx"
    d.save(docx)
    fix_docx(docx)
    soffice_pdf(docx, FILES / NAME)


LABEL = {
    "file": NAME,
    "name": "Suhasini K. Pillai",
    "name_any": ["SUHASINI K. PILLAI", "Dr. (Er.) SUHASINI K. PILLAI", "Dr. Suhasini K. Pillai"],
    "emails": ["suhasini.kp@example.co.in"],
    "phones": ["+918055501472"],
    "links": [],
    "education": [
        edu("Indian Institute of Technology Madras", "phd", "2019-01", None),
        edu("College of Engineering, Guindy, Anna University", "master", None, "2010"),
        edu("PSG College of Technology", "bachelor", None, "2008"),
        edu("Stanes Anglo Indian Hr. Sec. School", "other", None, "2004"),
        edu("Stanes Anglo Indian Hr. Sec. School", "other", None, "2002"),
    ],
    "experience": [
        job("National Institute of Technology Karnataka, Surathkal", "Assistant Professor (Grade II)", "2021-07",
            "present"),
        job("Larsen & Toubro Ltd.", "Deputy Manager – Design", "2016-06", "2021-06"),
        job("Larsen & Toubro Ltd.", "Assistant Manager – Design", "2013-07", "2016-05"),
        job("Mott MacDonald Pvt. Ltd.", "Design Engineer", "2011-08", "2013-07"),
        job("Mott MacDonald Pvt. Ltd.", "Graduate Engineer Trainee", "2010-08", "2011-07"),
    ],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        pub("Joint opening in match-cast segmental viaducts under thermal gradients: field data from a metro "
            "corridor", "Journal of Bridge Engineering", 2023, True, "published"),
        pub("Shear-key damage in precast segments: a digital-image-correlation study", "Structures", 2024, False,
            "accepted"),
        pub("Erection-stage stability of cantilever pier caps", "Proc. 11th Structural Engineering Convention "
            "(SEC 2022)", 2022, True, "published"),
    ],
    "research_interests_any": ["Precast segmental bridges", "Seismic retrofit of RC structures",
                               "Structural health monitoring"],
    "awards_count": 2,
    "language": "en",
    "layout": "Indian faculty-application CV, python-docx (Times New Roman, 'Table Grid' tables with merged "
              "cells, shaded headings, label/colon details, Declaration) printed by LibreOffice",
    "notes": "Word CV printed by LibreOffice. Name with 'Dr. (Er.)' prefix in a borderless header table next to a "
             "'[Photograph]' cell. Education grid with 'Year' column: PhD part-time at IIT Madras 'Registered Jan "
             "2019', 'Pursuing' -> start 2019-01, no end (as heldout15's 'Joined 2020'); M.E. = master, B.E. = "
             "bachelor, HSC and SSLC school rows = level other with only an end (heldout15). Experience grid with "
             "'S.No. | Organisation | Designation | From | To' and dd.mm.yyyy dates, 'Till date' = present; two "
             "designations per employer in rows whose S.No./Organisation cells are merged vertically (4 jobs, "
             "organisation as printed without the bracketed business unit: 'Larsen & Toubro Ltd.'). 'Major "
             "Projects Handled' are client projects, not jobs. Publications: 2 journal + 2 under 'Conferences', "
             "of which the 2015 one is marked '(Invited talk)' = a talk, not counted -> 3; the 'Accepted' Structures "
             "paper prints (2024) after the authors, labelled accepted with year 2024 (printed with it; unsure). "
             "Venue 'Journal of Bridge Engineering' without '(ASCE)'. Awards: gold medal and employer award = 2; "
             "GATE rank is an exam, IEI membership/Chartered Engineer number is a licence (not a phone).",
}
