"""06: Nigerian public-health physician with army, WHO and university posts; the Nigerian university CV shape
(numbered headings, institutions attended and qualifications listed apart), python-docx kept as DOCX."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, edu, fix_docx, job, pub

NAME = "06_ng_community_medicine_lecturer_ex_army_who_word.docx"


def build() -> None:
    d = W.new_doc("Cambria", 11, 2.3)
    W.core(d, "HP", "CURRICULUM VITAE")
    tw = W.text_width(d)
    W.header_footer(d, None, page_field=True, footer_align="center")
    W.para(d, [("CURRICULUM VITAE", "b")], align="center", after=2)
    W.para(d, [("DR. IFEOMA CHIDINMA NWACHUKWU-BELLO", "b")], align="center", after=0)
    W.para(d, "MBBS (Ibadan), MSc Public Health (London), FMCPH", align="center", after=10)
    L = [(Cm(5.5), "left", None)]
    DOT = [(tw, "right", "dot")]

    def head(t):
        W.para(d, [(t, "bu")], before=10, after=4, keep=True)

    head("1.0\tPERSONAL DATA")
    for k, v in [("Name", "Nwachukwu-Bello, Ifeoma Chidinma (Mrs.)"), ("Date of Birth", "17th April, 1983"),
                 ("State of Origin", "Anambra State"), ("Nationality", "Nigerian"), ("Marital Status", "Married"),
                 ("Contact Address", "Department of Community Medicine, College of Health Sciences,\v"
                                     "University of Abuja, P.M.B. 117, Gwagwalada, FCT"),
                 ("Phone", "+234 809 555 0147"), ("E-mail", "ifeoma.nwachukwu-bello@example.com.ng")]:
        W.para(d, [k, "\t:  ", v], tabs=L, indent_cm=5.5, first_cm=-5.5, after=0)

    head("2.0\tEDUCATIONAL INSTITUTIONS ATTENDED WITH DATES")
    n = W.new_num(d)
    for inst, dates in [("Queen's College, Yaba, Lagos", "1994 – 2000"),
                        ("College of Medicine, University of Ibadan, Ibadan", "2000 – 2007"),
                        ("London School of Hygiene & Tropical Medicine, London, UK", "2014 – 2015"),
                        ("National Postgraduate Medical College of Nigeria (Faculty of Public Health)",
                         "2013 – 2018")]:
        W.set_num(W.para(d, [inst, "\t", dates], tabs=DOT, style="List Number", after=1), n)

    head("3.0\tACADEMIC QUALIFICATIONS WITH DATES")
    n = W.new_num(d)
    for q, dt in [("West African Senior School Certificate (WASSCE)", "2000"),
                  ("Bachelor of Medicine, Bachelor of Surgery (MBBS)", "2007"),
                  ("MSc Public Health (Health Services Research stream), Merit", "2015"),
                  ("Fellowship of the Medical College of Public Health (FMCPH), NPMCN", "2018")]:
        W.set_num(W.para(d, [q, "\t", dt], tabs=DOT, style="List Number", after=1), n)

    head("4.0\tPOSITIONS & EMPLOYMENT")
    rows = [
        ("10/2021 – present", "Lecturer I / Honorary Consultant",
         "Department of Community Medicine, University of Abuja, and University of Abuja Teaching Hospital "
         "(UATH), Gwagwalada"),
        ("03/2019 – 09/2021", "Lecturer II", "Department of Community Medicine, University of Abuja"),
        ("06/2016 – 02/2019", "National Consultant, Routine Immunization",
         "World Health Organization (WHO), Nigeria Country Office, Abuja"),
        ("02/2013 – 05/2016", "Resident Doctor (Senior Registrar from 2015), Community Medicine",
         "National Hospital, Abuja"),
        ("11/2011 – 10/2012", "Force Medical Officer, UNAMID (Darfur) – rank of Major",
         "Nigerian Army Medical Corps"),
        ("09/2009 – 10/2011", "Medical Officer (Captain, Short Service Commission)",
         "Nigerian Army Medical Corps, 44 Nigerian Army Reference Hospital, Kaduna"),
        ("03/2008 – 02/2009", "Corps Medical Officer (NYSC)", "General Hospital, Minna, Niger State"),
        ("02/2007 – 01/2008", "House Officer", "University College Hospital, Ibadan"),
    ]
    t = W.layout_table(d, len(rows), [3.8, tw / 360000 - 3.8])
    for r, (dt, title, org) in zip(t.rows, rows, strict=False):
        W.cell_text(r.cells[0], dt)
        W.cell_text(r.cells[1], [(title, "b"), "\v" + org], after=4)

    head("5.0\tAREAS OF RESEARCH INTEREST")
    W.para(d, "Immunization programme performance; vaccine hesitancy in northern Nigeria; military and "
              "humanitarian health systems; health workforce.", after=2)

    head("6.0\tPUBLICATIONS")
    W.para(d, [("(a) Articles already published", "i")], after=2)
    pubs = [
        "Nwachukwu-Bello IC, Garba-Yusuf A, Okafor-Eze T, et al. Zero-dose children in Kaduna and Kano: a "
        "cluster survey of missed opportunities. Vaccine. 2023;41(18):2954-2962. (Contribution: 60%)",
        "Garba-Yusuf A, Nwachukwu-Bello IC, Danladi MS. Supportive supervision and immunization session "
        "quality in FCT primary health care centres. Niger Postgrad Med J. 2022;29(3):212-218. (30%)",
        "Nwachukwu-Bello IC, Oyelaran-Hart B. Health care utilisation among Nigerian peacekeepers returning "
        "from Darfur. BMJ Mil Health. 2021;167(4):260-264. (70%)",
        "Okafor-Eze T, Adeyemi-Lamb F, Nwachukwu-Bello IC. Caregiver trust and measles second-dose uptake in "
        "Gwagwalada. Pan Afr Med J. 2020;36:144. (20%)",
        "Nwachukwu-Bello IC, Danladi MS, Garba-Yusuf A. Cold-chain failures at ward level: findings from "
        "three northern states. Ann Afr Med. 2019;18(2):88-94. (60%)",
    ]
    n = W.new_num(d)
    for p in pubs:
        W.set_num(W.para(d, p, style="List Number", after=2), n)
    W.para(d, [("(b) Articles accepted for publication", "i")], before=4, after=2)
    W.set_num(W.para(d, "Nwachukwu-Bello IC, Okafor-Eze T. Community volunteers and defaulter tracing for pentavalent "
              "vaccine in Abuja satellite towns. Niger J Clin Pract. (Accepted, letter attached) (70%)",
           style="List Number", after=2), W.new_num(d))
    W.para(d, [("(c) Technical reports", "i")], before=4, after=2)
    W.set_num(W.para(d, "WHO Nigeria (2018). Routine immunization data quality self-assessment, North-Central zone. "
              "Abuja: WHO Country Office (co-author).", style="List Number", after=2), W.new_num(d))

    head("7.0\tHONOURS AND AWARDS")
    for a in ["United Nations Peacekeeping Medal (UNAMID), 2012",
              "Chevening Scholarship, UK Foreign, Commonwealth & Development Office, 2014/2015",
              "Best Graduating Resident, Department of Community Medicine, National Hospital Abuja, 2016"]:
        W.para(d, a, style="List Bullet", after=0)

    head("8.0\tMEMBERSHIP OF PROFESSIONAL BODIES")
    W.para(d, "Nigerian Medical Association; Association of Public Health Physicians of Nigeria; Medical and "
              "Dental Council of Nigeria (full registration, Folio No. 52-781).", after=2)

    head("9.0\tREFEREES")
    t = W.layout_table(d, 1, [tw / 720000, tw / 720000])
    W.cell_text(t.rows[0].cells[0], "Prof. Halima Danladi-Ore\vDepartment of Community Medicine\v"
                                    "University of Abuja\vh.danladi-ore@example.com.ng")
    W.cell_text(t.rows[0].cells[1], "Brig. Gen. (Dr.) Tunde Akinwale-Ross (rtd)\vFormer Commander, 44 NARHK\v"
                                    "Kaduna\vt.akinwale-ross@example.com.ng")

    out = FILES / NAME
    d.save(out)
    fix_docx(out)


LABEL = {
    "file": NAME,
    "name": "Ifeoma Chidinma Nwachukwu-Bello",
    "name_any": ["DR. IFEOMA CHIDINMA NWACHUKWU-BELLO", "Nwachukwu-Bello, Ifeoma Chidinma",
                 "Dr. Ifeoma Chidinma Nwachukwu-Bello"],
    "emails": ["ifeoma.nwachukwu-bello@example.com.ng"],
    "phones": ["+2348095550147"],
    "links": [],
    "education": [
        edu("Queen's College, Yaba", "other", "1994", "2000"),
        edu("University of Ibadan", "bachelor", "2000", "2007"),
        edu("London School of Hygiene & Tropical Medicine", "master", "2014", "2015"),
    ],
    "experience": [
        job("University of Abuja", "Lecturer I / Honorary Consultant", "2021-10", "present"),
        job("University of Abuja", "Lecturer II", "2019-03", "2021-09"),
        job("World Health Organization (WHO)", "National Consultant, Routine Immunization", "2016-06", "2019-02"),
        job("National Hospital, Abuja", "Resident Doctor, Community Medicine", "2013-02", "2016-05"),
        job("Nigerian Army Medical Corps", "Force Medical Officer, UNAMID (Darfur)", "2011-11", "2012-10"),
        job("Nigerian Army Medical Corps", "Medical Officer (Captain, Short Service Commission)", "2009-09",
            "2011-10"),
        job("General Hospital, Minna", "Corps Medical Officer (NYSC)", "2008-03", "2009-02"),
        job("University College Hospital, Ibadan", "House Officer", "2007-02", "2008-01"),
    ],
    "publications_count": 7,
    "first_author_count": 4,
    "publications_sample": [
        pub("Zero-dose children in Kaduna and Kano: a cluster survey of missed opportunities", "Vaccine", 2023, True,
            "published"),
        pub("Health care utilisation among Nigerian peacekeepers returning from Darfur", "BMJ Mil Health", 2021,
            True, "published"),
        pub("Caregiver trust and measles second-dose uptake in Gwagwalada", "Pan Afr Med J", 2020, False,
            "published"),
        pub("Community volunteers and defaulter tracing for pentavalent vaccine in Abuja satellite towns",
            "Niger J Clin Pract", None, True, "accepted"),
        pub("Routine immunization data quality self-assessment, North-Central zone", "WHO Country Office", 2018,
            False, "published"),
    ],
    "research_interests_any": ["Immunization programme performance", "vaccine hesitancy",
                               "military and humanitarian health systems", "health workforce"],
    "awards_count": 3,
    "language": "en",
    "layout": "Nigerian university CV (numbered headings 1.0–9.0, institutions attended and qualifications "
              "obtained as two dot-leader lists, dates-left borderless employment table), python-docx kept as DOCX",
    "notes": "Word DOCX, Cambria, footer 'Page X of Y'. Name centred in capitals with post-nominals below; the "
             "personal-data list repeats it surname first (name_any). Education is split the Nigerian way: "
             "'Institutions attended with dates' (dot leaders to right-tab date ranges) and 'Academic "
             "qualifications with dates' (year only); each degree is labelled once with the institution's range: "
             "MBBS = bachelor 2000-2007 (College of Medicine, University of Ibadan), MSc LSHTM = master 2014-2015, "
             "Queen's College school row = other 1994-2000 (printed with both years). The FMCPH fellowship "
             "(National Postgraduate Medical College, 2013-2018) is a specialist qualification by residency and "
             "examination, not a degree: not labelled (like MRCP/FRCP in heldout17; unsure). 'Positions & "
             "Employment': dates left in MM/YYYY ('10/2021 – present'), title bold then employer after a soft "
             "line break; Lecturer II -> Lecturer I promotion = two jobs at University of Abuja; the combined "
             "'Lecturer I / Honorary Consultant' row is one job (organisation University of Abuja); residency is a "
             "job (title without the bracket remark), army posts are jobs with organisation 'Nigerian Army Medical "
             "Corps' (titles with rank remarks as printed), NYSC year and housemanship are jobs. Publications: 5 "
             "published (with '(Contribution: 60%)' shares) + 1 accepted + 1 organisation-authored technical "
             "report ('co-author', counted as heldout18, not first) = 7; first author 4. Awards 3 (medal, "
             "scholarship, prize). Referees' e-mails are not the candidate's; MDCN folio is not a phone.",
}
