"""06: US cardiologist associate professor, python-docx Word CV: automatic numbering (numbers not in the text),
hanging indents, AMA/Vancouver references typed with PMIDs, impact factors and citation counts."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx20 import add_abstract_num, add_num, add_runs, fixed_core, hanging, numbered, page_field
from kit20 import FILES, fix_docx

STEM = "06_us_cardiology_assoc_prof_word_autonumbering_ama"
ME = "Brennan-Nakata A"

ORIGINAL = [
    ([("Brennan-Nakata A", "b"), ", Okwuosa TK, Delacroix-Hale M, et al. "],
     "Sodium-glucose cotransporter 2 inhibitor initiation during hospitalization for acute heart failure in older adults: a target trial emulation",
     [". ", ("JAMA Cardiol", "i"), ". 2025;10(3):245-254. doi:10.1001/jamacardio.2024.5190. PMID: 39712233. [IF 14.7]"]),
    (["Okwuosa TK", ("†", "sup"), ", ", ("Brennan-Nakata A", "b"), ("†", "sup"), ", Lindqvist E, Farouk S, Marsh-Ibarra J, Chen L, Gupta R. "],
     "Frailty phenotypes and outcomes after transcatheter aortic valve replacement",
     [". ", ("J Am Coll Cardiol", "i"), ". 2024;83(12):1130-1142. PMID: 38508843. [IF 21.7; cited 41 times]"]),
    (["Delacroix-Hale M, Sorensen P, Nwachukwu I, et al; for the HF-ELDER Investigators (", ("Brennan-Nakata A", "b"), ", 8 of 14 authors). "],
     "Remote monitoring of pulmonary artery pressure in nursing-home residents with heart failure",
     [". ", ("Circ Heart Fail", "i"), ". 2023;16(8):e010422. PMID: 37462011."]),
    ([("Brennan-Nakata A", "b"), ", Gupta R. "],
     "Polypharmacy and deprescribing of cardiovascular drugs at hospital discharge",
     [". ", ("J Am Geriatr Soc", "i"), ". 2022;70(5):1402-1411. PMID: 35112304. [cited 63 times]"]),
    (["Farouk S, ", ("Brennan-Nakata A", "b"), ", Chen L. "],
     "Sex differences in guideline-directed medical therapy after myocardial infarction among adults aged 80 years or older",
     [". ", ("Am Heart J", "i"), ". In press."]),
]
REVIEWS = [
    ([("Brennan-Nakata A", "b"), ", Okwuosa TK. "],
     "Heart failure with preserved ejection fraction in the oldest old: a state-of-the-art review",
     [". ", ("Eur Heart J", "i"), ". 2024;45(30):2701-2715. PMID: 38824447. [IF 37.6]"]),
    ([("Brennan-Nakata A", "b"), ". "],
     "Geriatric cardiology comes of age",
     [" [editorial]. ", ("Circulation", "i"), ". 2023;148(4):289-291. PMID: 37486999."]),
]
CHAPTERS = [
    ([("Brennan-Nakata A", "b"), ", Gupta R. "],
     "Heart failure in the older adult",
     [". In: Forman DE, Rich MW, eds. ", ("Cardiac Care of the Older Adult", "i"), ". 2nd ed. Springer; 2024:187-212."]),
]
SUBMITTED = [
    ([("Brennan-Nakata A", "b"), ", Marsh-Ibarra J, Lindqvist E, Okwuosa TK. "],
     "Cognitive impairment and adherence to loop diuretics after discharge: the MIND-HF cohort",
     [". Submitted to ", ("Circ Cardiovasc Qual Outcomes", "i"), ", May 2025 (under review)."]),
    (["Chen L, ", ("Brennan-Nakata A", "b"), ". "],
     "A pragmatic trial of pharmacist-led deprescribing in skilled nursing facilities: protocol",
     [". In preparation."]),
]
ABSTRACTS = [
    ([("Brennan-Nakata A", "b"), ", Farouk S. "], "Hospital-level variation in SGLT2 inhibitor use among nonagenarians",
     [" [abstract]. ", ("Circulation", "i"), ". 2024;150(Suppl 1):A14522. Poster, AHA Scientific Sessions."]),
    (["Marsh-Ibarra J, ", ("Brennan-Nakata A", "b"), ". "], "Goals-of-care documentation before TAVR",
     [" [abstract]. ", ("J Am Coll Cardiol", "i"), ". 2023;81(8 Suppl):1123. Oral, ACC.23."]),
]


def heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    pPr = p._p.get_or_add_pPr()
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                         f'w:color="7A1F2B"/></w:pBdr>'))


def sub(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run(text)
    r.bold = True
    r.italic = True


def dated(doc, date, parts):
    p = doc.add_paragraph()
    hanging(p, 108, 108)
    add_runs(p, [date, "\t", *parts])
    p.paragraph_format.tab_stops.add_tab_stop(Pt(108))
    p.paragraph_format.space_after = Pt(2)
    return p


def ref(doc, num_id, entry):
    authors, title, tail = entry
    p = doc.add_paragraph()
    numbered(p, num_id)
    add_runs(p, [*authors, title, *tail])
    p.paragraph_format.space_after = Pt(3)


def build() -> str:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    add_abstract_num(doc, 20)
    add_num(doc, 50, 20)            # peer-reviewed: one list over three sub-headings
    add_num(doc, 51, 20, start=1)   # chapters
    add_num(doc, 52, 20, start=1)   # submitted
    add_num(doc, 53, 20, start=1)   # abstracts
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Aoife Brennan-Nakata, MD, MPH — Curriculum Vitae"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    page_field(fp)
    fp.add_run(" — updated 06/2025")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("AOIFE BRENNAN-NAKATA, MD, MPH, FACC")
    r.bold = True
    r.font.size = Pt(16)
    c = doc.add_paragraph()
    c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run("Division of Cardiovascular Medicine, Vanderbilt University Medical Center\n"
              "2220 Pierce Avenue, Nashville, TN 37232 | Office (615) 555-0148 | Pager 555-0199\n"
              "aoife.brennan-nakata@vumc.example.org | ORCID: 0000-0003-1944-2871")

    heading(doc, "Current Appointments")
    dated(doc, "2022 – present", [("Associate Professor of Medicine", "b"), " (Cardiovascular Medicine), Vanderbilt University School of Medicine, Nashville, TN"])
    dated(doc, "2022 – present", [("Associate Professor of Health Policy", "b"), " (secondary appointment), Vanderbilt University Medical Center"])
    dated(doc, "2023 – present", ["Director, Geriatric Cardiology Program, Vanderbilt Heart and Vascular Institute"])
    heading(doc, "Previous Appointments")
    dated(doc, "2018 – 2022", ["Assistant Professor of Medicine, Vanderbilt University School of Medicine"])
    dated(doc, "2017 – 2018", ["Instructor in Medicine, Brigham and Women's Hospital / Harvard Medical School, Boston, MA"])
    heading(doc, "Education and Training")
    dated(doc, "2014 – 2017", ["Fellowship, Cardiovascular Disease, Brigham and Women's Hospital, Boston, MA"])
    dated(doc, "2015 – 2016", ["MPH (Clinical Effectiveness), Harvard T.H. Chan School of Public Health, Boston, MA"])
    dated(doc, "2011 – 2014", ["Residency, Internal Medicine, Massachusetts General Hospital, Boston, MA"])
    dated(doc, "2005 – 2011", ["MB BCh BAO (MD equivalent), Royal College of Surgeons in Ireland, Dublin"])
    heading(doc, "Board Certification and Licensure")
    dated(doc, "2017", ["American Board of Internal Medicine, Cardiovascular Disease (recertified 2027)"])
    dated(doc, "2018", ["Tennessee Medical License #MD-555012"])
    heading(doc, "Honors and Awards")
    dated(doc, "2024", ["Paul Dudley White International Scholar Award, American Heart Association"])
    dated(doc, "2021", ["Jahnigen Career Development Scholar, American Geriatrics Society"])
    dated(doc, "2016", ["Young Investigator Award (finalist), American College of Cardiology"])
    heading(doc, "Research Support")
    dated(doc, "2021 – 2026", ["NIA K23 AG071224 (PI). Deprescribing cardiovascular drugs in frail older adults. $862,000"])
    dated(doc, "2024 – 2029", ["PCORI CER-2023C2-31877 (Co-I, 15% effort). Pharmacist-led deprescribing in SNFs."])
    heading(doc, "Clinical and Research Interests")
    doc.add_paragraph("Geriatric cardiology; heart failure in older adults; deprescribing and polypharmacy; "
                          "pragmatic trials and target trial emulation.")
    heading(doc, "Bibliography")
    doc.add_paragraph().add_run("† equal contribution. Impact factors (JCR 2024) and citation counts (Google "
                                "Scholar, June 2025) in brackets.").italic = True
    sub(doc, "Original research (peer-reviewed)")
    for e in ORIGINAL:
        ref(doc, 50, e)
    sub(doc, "Reviews, editorials and commentaries")
    for e in REVIEWS:
        ref(doc, 50, e)
    sub(doc, "Book chapters")
    for e in CHAPTERS:
        ref(doc, 51, e)
    sub(doc, "Manuscripts submitted or in preparation")
    for e in SUBMITTED:
        ref(doc, 52, e)
    sub(doc, "Abstracts (peer-reviewed, presented)")
    for e in ABSTRACTS:
        ref(doc, 53, e)
    heading(doc, "Teaching and Mentoring")
    dated(doc, "2019 – present", ["Cardiology fellows' core curriculum, heart failure block (6 h/year)"])
    dated(doc, "2020 – present", ["Research mentor to 4 cardiology fellows and 2 MPH students"])
    heading(doc, "Professional Service")
    dated(doc, "2023 – present", ["Associate Editor, ", ("Journal of the American Geriatrics Society", "i")])
    dated(doc, "2021 – present", ["Editorial Board, ", ("Circulation: Heart Failure", "i")])
    dated(doc, "2022 – 2024", ["Member, ACC Geriatric Cardiology Section Leadership Council"])
    fixed_core(doc, "Aoife Brennan-Nakata")
    out = FILES / f"{STEM}.docx"
    doc.save(out)
    fix_docx(out)
    return out.name


LABEL = {
    "file": f"{STEM}.docx",
    "name": "Aoife Brennan-Nakata",
    "name_any": ["AOIFE BRENNAN-NAKATA", "Aoife Brennan-Nakata, MD, MPH, FACC", "Aoife Brennan-Nakata, MD, MPH"],
    "emails": ["aoife.brennan-nakata@vumc.example.org"],
    "phones": ["+16155550148"],
    "links": [],
    "education": [
        {"institution": "Harvard T.H. Chan School of Public Health", "degree_level": "master", "start": "2015",
         "end": "2016"},
        {"institution": "Royal College of Surgeons in Ireland", "degree_level": None, "start": "2005", "end": "2011"},
    ],
    "experience": [
        {"organization": "Vanderbilt University School of Medicine", "title": "Associate Professor of Medicine",
         "start": "2022", "end": "present"},
        {"organization": "Vanderbilt University Medical Center", "title": "Associate Professor of Health Policy",
         "start": "2022", "end": "present"},
        {"organization": "Vanderbilt Heart and Vascular Institute", "title": "Director, Geriatric Cardiology Program",
         "start": "2023", "end": "present"},
        {"organization": "Vanderbilt University School of Medicine", "title": "Assistant Professor of Medicine",
         "start": "2018", "end": "2022"},
        {"organization": "Brigham and Women's Hospital / Harvard Medical School", "title": "Instructor in Medicine",
         "start": "2017", "end": "2018"},
        {"organization": "Brigham and Women's Hospital", "title": "Fellowship, Cardiovascular Disease",
         "start": "2014", "end": "2017"},
        {"organization": "Massachusetts General Hospital", "title": "Residency, Internal Medicine", "start": "2011",
         "end": "2014"},
    ],
    "publications_count": 10,
    "first_author_count": 7,
    "publications_sample": [
        {"title": "Sodium-glucose cotransporter 2 inhibitor initiation during hospitalization for acute heart failure "
                  "in older adults: a target trial emulation", "venue": "JAMA Cardiol", "year": 2025,
         "first_author": True, "status": "published"},
        {"title": "Frailty phenotypes and outcomes after transcatheter aortic valve replacement",
         "venue": "J Am Coll Cardiol", "year": 2024, "first_author": True, "status": "published"},
        {"title": "Remote monitoring of pulmonary artery pressure in nursing-home residents with heart failure",
         "venue": "Circ Heart Fail", "year": 2023, "first_author": False, "status": "published"},
        {"title": "Sex differences in guideline-directed medical therapy after myocardial infarction among adults "
                  "aged 80 years or older", "venue": "Am Heart J", "year": None, "first_author": False,
         "status": "in press"},
        {"title": "Geriatric cardiology comes of age", "venue": "Circulation", "year": 2023, "first_author": True,
         "status": "published"},
        {"title": "Cognitive impairment and adherence to loop diuretics after discharge: the MIND-HF cohort",
         "venue": "Circ Cardiovasc Qual Outcomes", "year": None, "first_author": True, "status": "under review"},
        {"title": "A pragmatic trial of pharmacist-led deprescribing in skilled nursing facilities: protocol",
         "venue": None, "year": None, "first_author": False, "status": "in preparation"},
    ],
    "research_interests_any": ["Geriatric cardiology", "heart failure in older adults",
                               "deprescribing and polypharmacy"],
    "awards_count": 3,
    "language": "en",
    "layout": "US academic-medicine CV, python-docx (kept as DOCX): Word automatic numbering, hanging date column, header/footer",
    "notes": "Name in capitals with post-nominals 'MD, MPH, FACC'; running header 'Aoife Brennan-Nakata, MD, MPH — "
             "Curriculum Vitae', footer 'Page {PAGE field} — updated 06/2025'. Contact: office phone and a "
             "7-digit 'Pager 555-0199' (a pager, not her phone: left out, unsure) and a bare ORCID id (no link "
             "scored). Dated paragraphs with a 108 pt hanging indent and a tab: 'Current Appointments' (a primary "
             "and a secondary appointment plus a programme directorship, all jobs) and 'Previous Appointments'. "
             "'Education and Training' mixes degrees (MPH = master; the Irish 'MB BCh BAO (MD equivalent)' fits "
             "none of phd/master/bachelor: level null) with residency and clinical fellowship, which are paid "
             "training posts and labelled as jobs (a reader could file them under education: unsure). Board "
             "certification and licence are neither. Bibliography: Word automatic numbering (w:numPr; the "
             "numbers 1., 2., ... are not in the text runs): one list continues from 'Original research' into "
             "'Reviews, editorials and commentaries' (1-7), chapters, submitted and abstracts restart at 1. AMA "
             "entries with PMIDs, '[IF 14.7]', '[cited 41 times]', 'et al.', '†' equal contribution "
             "(Okwuosa TK†, Brennan-Nakata A† = first), a consortium entry '(Brennan-Nakata A, 8 of 14 authors)', "
             "'Am Heart J. In press.' (no year), an editorial '[editorial]', 'Submitted to ..., May 2025 (under "
             "review)' and 'In preparation.'. Counted: 5 + 2 + 1 chapter + 2 = 10; the two '[abstract]' entries "
             "under 'Abstracts' are not papers. First author: 1, 2 (†), 4, 6, 7, chapter, submitted = 7. Grants "
             "(K23, PCORI) are not awards; awards 3 (AHA scholar award, AGS Jahnigen scholar, ACC YIA finalist).",
}
