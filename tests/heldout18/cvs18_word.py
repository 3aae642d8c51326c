"""python-docx builders kept as DOCX: 02 (Word numbering, leader tabs, footer homepage), 07 (text box sidebar)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx18 import add_decimal_abstract, add_field, bottom_rule, leader_tab, new_num, set_num, text_box
from kit18 import FILES, edu, fix_docx, job, pub, write_label


def _base(font: str, size: float):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in ("Heading 1", "Heading 2", "Title"):
        doc.styles[s].font.name = font
    doc.core_properties.author = "User"
    doc.core_properties.title = ""
    return doc


def build02() -> None:
    doc = _base("Cambria", 10.5)
    doc.styles["Heading 1"].font.size = Pt(12)
    doc.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 2"].font.size = Pt(10.5)
    doc.styles["Heading 2"].font.italic = True
    doc.styles["Heading 2"].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Curriculum Vitae \u2013 N. Okafor-Reilly"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("niamhokaforreilly.example.net   \u00b7   page ")
    add_field(fp, "PAGE", "1")

    t = doc.add_paragraph(style="Title")
    t.add_run("Dr Niamh Okafor-Reilly")
    doc.add_paragraph("Department of Philosophy, University of York, Heslington, York YO10 5DD, UK")
    doc.add_paragraph("n.okafor-reilly@york.example.ac.uk   |   +44 (0)1632 960 418")

    W = 16.4

    def dated(text: str, dates: str, bold_part: str = ""):
        q = doc.add_paragraph()
        leader_tab(q, W)
        if bold_part:
            q.add_run(bold_part).bold = True
        q.add_run(text + "\t" + dates)
        return q

    doc.add_heading("Current Position", level=1)
    dated(", Department of Philosophy, University of York", "2022\u2013present", "Lecturer in Philosophy")
    doc.add_heading("Previous Appointments", level=1)
    dated(", School of Philosophy, Psychology and Language Sciences, University of Edinburgh",
          "09/2021 \u2013 08/2022", "Teaching Fellow in Philosophy")
    doc.add_heading("Education and Qualifications", level=1)
    dated(", University of St Andrews (St Andrews and Stirling Graduate Programme)", "2017\u20132021",
          "PhD Philosophy")
    doc.add_paragraph("Thesis: \u2018Uptake, Silence and the Ethics of Listening\u2019. Supervisors: Prof. Hamish "
                      "Galbraith-Oduya and Dr Lena Vasko. Examiners: Prof. Ruth Ambrose-Kettle, Dr Fionn McArdle.")
    dated(", University of St Andrews", "2016\u20132017", "MLitt Philosophy (Distinction)")
    dated(", Trinity College Dublin", "2012\u20132016", "BA (Hons) Philosophy, First Class (Moderatorship)")
    doc.add_paragraph("PGCert Academic Practice, University of York, 2023; Fellow of the Higher Education Academy "
                      "(FHEA), 2023")

    doc.add_heading("Areas of Specialisation / Competence", level=1)
    doc.add_paragraph("AOS: Social epistemology; ethics of testimony; feminist philosophy")
    doc.add_paragraph("AOC: Philosophy of language; political philosophy; ethics of AI")

    doc.add_heading("Publications", level=1)
    aid = add_decimal_abstract(doc)

    def numbered(items: list[str], nid: int):
        for it in items:
            q = doc.add_paragraph()
            set_num(q, nid)
            q.paragraph_format.space_after = Pt(3)
            parts = it.split("*")
            for i, part in enumerate(parts):
                q.add_run(part).italic = bool(i % 2)

    doc.add_heading("Journal articles", level=2)
    numbered([
        "Okafor-Reilly, N. (2024) \u2018Testimonial injustice and the duty to listen\u2019, *Philosophical "
        "Quarterly* 74(2): 512\u2013534.",
        "Brannigan, T. and Okafor-Reilly, N. (2023) \u2018Hope as a collective attitude\u2019, *Ergo* 10: 17.",
        "Okafor-Reilly, N. (2021) \u2018Silencing and the limits of uptake\u2019, *Episteme* 18(3): 401\u2013419.",
        "Okafor-Reilly, N. (forthcoming) \u2018Epistemic trust in public inquiries\u2019, *Journal of Applied "
        "Philosophy*.",
    ], new_num(doc, aid))
    doc.add_heading("Book chapters", level=2)
    numbered([
        "Okafor-Reilly, N. (2022) \u2018Listening as a civic virtue\u2019, in M. Feeney and J. Ruiz-Calder (eds.) "
        "*Virtue and Voice: New Essays in Social Epistemology*. London: Bloomsbury, pp. 88\u2013107.",
    ], new_num(doc, aid))
    doc.add_heading("Work under review and in progress", level=2)
    numbered([
        "\u2018The right to be heard and the duty to hear\u2019 (under review)",
        "Okafor-Reilly, N. and Thistlewood, A. \u2018Deference without authority\u2019 (in preparation)",
    ], new_num(doc, aid))

    doc.add_heading("Grants, Prizes and Scholarships", level=1)
    dated("British Academy/Leverhulme Small Research Grant (\u00a39,850), \u2018Listening Institutions\u2019",
          "2024")
    dated("Analysis Trust Essay Prize (runner-up)", "2020")
    dated("AHRC Doctoral Studentship, Scottish Graduate School for Arts & Humanities", "2017\u20132021")
    dated("Foundation Scholarship, Trinity College Dublin", "2014")

    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.header.is_linked_to_previous = True
    doc.add_heading("Teaching", level=1)
    doc.add_heading("University of York (module convenor)", level=2)
    doc.add_paragraph("Knowledge and Society (Year 2, 2022\u2013); Feminist Philosophy (Year 3, 2023\u2013); "
                      "Philosophy of Language (MA, 2024\u2013)")
    doc.add_heading("University of St Andrews", level=2)
    dated("Postgraduate Tutor (paid), Moral and Political Philosophy; Reasoning and Argument",
          "2017\u20132020")
    doc.add_heading("Invited Talks", level=1)
    doc.add_paragraph("\u2018Listening institutions\u2019, Social Epistemology Network, Oslo, 2024; \u2018Uptake "
                      "and silence\u2019, Aristotelian Society, London, 2023; \u2018Hope together\u2019, "
                      "University of Leeds, 2022")
    doc.add_heading("Service", level=1)
    doc.add_paragraph("Equality, Diversity and Inclusion Officer, Department of Philosophy, York (2023\u2013); "
                      "referee for Mind, Episteme, Hypatia, Journal of Applied Philosophy")
    doc.add_heading("Referees", level=1)
    doc.add_paragraph("Prof. Hamish Galbraith-Oduya, University of St Andrews \u2013 hgo2@st-andrews.example.ac.uk")
    doc.add_paragraph("Dr Lena Vasko, University of Stirling \u2013 lena.vasko@stir.example.ac.uk")
    doc.add_paragraph("Prof. Ruth Ambrose-Kettle, University of Edinburgh \u2013 r.ambrose-kettle@ed.example.ac.uk")
    out = FILES / LABEL02["file"]
    doc.save(out)
    fix_docx(out)
    write_label(LABEL02)


LABEL02 = {
    "file": "02_uk_philosophy_lecturer_word_numbering.docx",
    "name": "Niamh Okafor-Reilly",
    "name_any": ["Dr Niamh Okafor-Reilly"],
    "emails": ["n.okafor-reilly@york.example.ac.uk"],
    "phones": ["+441632960418"],
    "links": ["niamhokaforreilly.example.net"],
    "education": [
        edu("University of St Andrews", "phd", "2017", "2021"),
        edu("University of St Andrews", "master", "2016", "2017"),
        edu("Trinity College Dublin", "bachelor", "2012", "2016"),
    ],
    "experience": [
        job("University of York", "Lecturer in Philosophy", "2022", "present"),
        job("University of Edinburgh", "Teaching Fellow in Philosophy", "2021-09", "2022-08"),
        job("University of St Andrews", "Postgraduate Tutor", "2017", "2020"),
    ],
    "publications_count": 7,
    "first_author_count": 6,
    "publications_sample": [
        pub("Testimonial injustice and the duty to listen", "Philosophical Quarterly", 2024, True, "published"),
        pub("Hope as a collective attitude", "Ergo", 2023, False, "published"),
        pub("Silencing and the limits of uptake", "Episteme", 2021, True, "published"),
        pub("Epistemic trust in public inquiries", "Journal of Applied Philosophy", None, True, "in press"),
        pub("Listening as a civic virtue", "Virtue and Voice: New Essays in Social Epistemology", 2022, True,
            "published"),
        pub("The right to be heard and the duty to hear", None, None, True, "under review"),
        pub("Deference without authority", None, None, True, "in preparation"),
    ],
    "research_interests_any": ["Social epistemology", "ethics of testimony", "feminist philosophy"],
    "awards_count": 3,
    "language": "en",
    "layout": "UK philosophy lecturer, python-docx with Word features (Title/Heading 1/Heading 2 styles, numbering "
              "definitions restarting per sub-heading, right tab stops with dot leaders, header, footer with a "
              "PAGE field, a second section)",
    "notes": "Name as a Title-style paragraph 'Dr Niamh Okafor-Reilly' (also in the header 'Curriculum Vitae – N. "
             "Okafor-Reilly'); the homepage appears only in the footer next to the PAGE field. Phone '+44 (0)1632 "
             "960 418' (Ofcom drama range). Entries are 'Role, Unit, University<TAB with dot leader>dates' with "
             "the role in bold; '09/2021 – 08/2022'. MLitt = master. The PGCert and FHEA line is not labelled as "
             "education (a teaching qualification/membership, not a degree). 'Areas of Specialisation / "
             "Competence': AOS = interests. Publications: the numbers 1., 2. are Word automatic numbering (not in "
             "the text) restarting under each Heading 2 sub-heading ('Journal articles', 'Book chapters', 'Work "
             "under review and in progress'); Harvard author-year entries; '(forthcoming)' in the year slot = in "
             "press without a year; one entry without authors '(under review)' is the candidate's own (first "
             "author true: sole author); '(in preparation)' with a co-author listed second. 'Grants, Prizes and "
             "Scholarships': 3 awards (essay prize, AHRC studentship, Foundation Scholarship); the BA/Leverhulme "
             "Small Research Grant is a grant. The second section (new page) holds 'Teaching', where a paid "
             "postgraduate tutor post (2017–2020) is a job; the York module list is not a second York job. "
             "Referees' e-mails are not the candidate's.",
}


def build07() -> None:
    doc = _base("Calibri", 10)
    sec = doc.sections[0]
    sec.left_margin = Cm(7.0)
    sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5)
    first = doc.add_paragraph()
    text_box(first, [
        ("DOMINIC WHITCOMBE-NAKAMURA", True),
        ("BEng (Hons) MSc CEng MICE", False),
        ("", False),
        ("CONTACT", True),
        ("07700 900361", False),
        ("d.whitcombe.nakamura@example.co.uk", False),
        ("Bristol, United Kingdom", False),
        ("", False),
        ("CORE SKILLS", True),
        ("Bridge assessment (CS 454, BD 21)", False),
        ("Fatigue of steel and composite decks", False),
        ("LUSAS, Midas Civil, Oasys GSA", False),
        ("Eurocodes EN 1991/1993/1994", False),
        ("Principal Designer duties (CDM 2015)", False),
        ("", False),
        ("PROFESSIONAL REGISTRATION", True),
        ("Chartered Engineer, ICE (2017)", False),
        ("", False),
        ("LANGUAGES", True),
        ("English (native), Japanese (conversational)", False),
    ], width_cm=5.4, height_cm=24.0, x_cm=1.0, y_cm=1.5, shape_id=7)
    title = doc.add_paragraph()
    r = title.add_run("Curriculum Vitae")
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x0B, 0x5C, 0x6B)
    doc.add_paragraph("Associate Director (Bridges) with 13 years in the design, assessment and strengthening of "
                      "highway and rail bridges across the UK and Japan.")

    def head(text):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0x0B, 0x5C, 0x6B)
        p.paragraph_format.space_before = Pt(10)
        bottom_rule(p, "0B5C6B")

    def line(org, role, dates, detail=None):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), __import__("docx").enum.text.WD_TAB_ALIGNMENT.RIGHT)
        o = p.add_run(org)
        o.bold = True
        p.add_run(" " + role)
        p.add_run("\t" + dates).font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        if detail:
            for d in detail:
                doc.add_paragraph(d, style="List Bullet")

    head("EMPLOYMENT HISTORY")
    line("WSP UK Ltd", "Associate Director, Bridges", "Apr 2021 – Present",
         ["Technical lead for the structural assessment of 140 bridges on the A30 and A38 (National Highways).",
          "Line-manages a team of 11 engineers; chairs the Bristol bridge design review panel."])
    line("Mott MacDonald", "Principal Bridge Engineer", "Jan 2017 – Mar 2021",
         ["Designer's representative on site for the Second Severn Crossing deck strengthening."])
    line("Mott MacDonald", "Senior Engineer", "Sep 2014 – Dec 2016")
    line("Oriental Consultants Co., Ltd. (Tokyo)", "Graduate Engineer (JET-linked secondment)", "Sep 2012 – Aug 2014")
    head("KEY PROJECTS")
    line("M4 Junction 3–12 Smart Motorway", "Lead bridge assessor", "2018 – 2020",
         ["Client: Highways England. Value £900m. 23 overbridges assessed to CS 454."])
    line("Clifton Rail Viaduct refurbishment", "Design manager", "2022 – 2023",
         ["Client: Network Rail Western. Wrought-iron girder fatigue assessment and bearing replacement."])
    head("EDUCATION & TRAINING")
    line("University of Bristol", "MSc Earthquake Engineering", "2015 – 2016 (part-time: 2015 – 2017)")
    line("University of Bristol", "BEng (Hons) Civil Engineering, First Class", "2009 – 2012")
    doc.add_paragraph("CSCS Professional card; NEBOSH Construction Certificate (2019); Lantra Bridge Inspector "
                      "(2020)")
    head("PUBLICATIONS & CONFERENCE PAPERS")
    for ptxt in [
        "Whitcombe-Nakamura D, Hallorann P, et al. Fatigue assessment of orthotropic steel decks using weigh-in-"
        "motion data. Proceedings of the Institution of Civil Engineers – Bridge Engineering. 2022;175(3):201–214.",
        "Reyes-Calder M, Whitcombe-Nakamura D. Reliability-based assessment of masonry arch bridges. Structural "
        "Engineering International. 2020;30(4):512–521.",
        "Whitcombe-Nakamura D. Lessons from Japanese seismic retrofit practice for UK rail viaducts. In: Bridge "
        "Engineering Conference (IABSE), Bristol; 2019.",
    ]:
        doc.add_paragraph(ptxt, style="List Number")
    head("AWARDS")
    doc.add_paragraph("ICE South West Civil Engineering Awards – Highly Commended (project team, 2021); "
                      "IStructE Young Structural Engineer of the Year (shortlisted, 2016)")
    head("REFEREES")
    doc.add_paragraph("Available on request.")
    out = FILES / LABEL07["file"]
    doc.save(out)
    fix_docx(out)
    write_label(LABEL07)


LABEL07 = {
    "file": "07_uk_civil_engineer_industry_word_textbox.docx",
    "name": "Dominic Whitcombe-Nakamura",
    "name_any": ["DOMINIC WHITCOMBE-NAKAMURA"],
    "emails": ["d.whitcombe.nakamura@example.co.uk"],
    "phones": ["+447700900361"],
    "links": [],
    "education": [
        edu("University of Bristol", "master", "2015", "2016"),
        edu("University of Bristol", "bachelor", "2009", "2012"),
    ],
    "experience": [
        job("WSP UK Ltd", "Associate Director, Bridges", "2021-04", "present"),
        job("Mott MacDonald", "Principal Bridge Engineer", "2017-01", "2021-03"),
        job("Mott MacDonald", "Senior Engineer", "2014-09", "2016-12"),
        job("Oriental Consultants Co., Ltd.", "Graduate Engineer (JET-linked secondment)", "2012-09", "2014-08"),
    ],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        pub("Fatigue assessment of orthotropic steel decks using weigh-in-motion data",
            "Proceedings of the Institution of Civil Engineers – Bridge Engineering", 2022, True, "published"),
        pub("Reliability-based assessment of masonry arch bridges", "Structural Engineering International", 2020,
            False, "published"),
        pub("Lessons from Japanese seismic retrofit practice for UK rail viaducts",
            "Bridge Engineering Conference (IABSE)", 2019, True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "UK chartered civil engineer (industry), python-docx kept as DOCX: the name, post-nominals, contact "
              "and skills live only in a floating Word text box (wp:anchor + wps:txbx) in a wide left margin; body "
              "with coloured bold headings over a paragraph bottom border",
    "notes": "The body never prints the name: it is only in the text box (with 'BEng (Hons) MSc CEng MICE'), as is "
             "the contact (UK mobile '07700 900361' from the Ofcom drama range; e-mail). The body starts with "
             "'Curriculum Vitae'. Entries are '**Organisation** Role<TAB>dates' run together on one line (bold only "
             "separates organisation from role), 'Apr 2021 – Present'. Mott MacDonald with two roles = two jobs. "
             "'KEY PROJECTS' uses the same row shape (project name, role, years, client) but are projects, not "
             "jobs. 'EDUCATION & TRAINING': the MSc prints '2015 – 2016 (part-time: 2015 – 2017)' - labelled "
             "2015-2016 (the first range printed; judgement call); certificates (CSCS, NEBOSH, Lantra) and the CEng "
             "registration are not degrees or awards. Publications: Vancouver-style in Word auto-numbering "
             "(List Number), 'et al.'; a conference paper. 'AWARDS': 2 (a team commendation and a shortlisting; "
             "judgement call: both counted as printed under Awards).",
}
