"""heldout25 CVs 05-12."""
from __future__ import annotations

from kit25 import footer, head, new_doc, para, table
from pubs25 import P, many, render

T = [(3.4, "l")]


def line(doc, text, **kw):
    return para(doc, text, tabs=T, indent=3.4, hanging=3.4, **kw)


def cv05():
    """Dutch education researcher (universitair hoofddocent), English CV with Dutch bits."""
    doc = new_doc("Verdana", 9.5)
    para(doc, [("Curriculum Vitae – dr. Marieke (M.J.) van Oordt-Ledeboer", "b")], size=12, after=2)
    para(doc, "Department of Education, Utrecht University, Heidelberglaan 1, 3584 CS Utrecht, the Netherlands", after=0)
    para(doc, "m.j.vanoordt@uu.example.nl   +31 30 555 0184   https://www.uu.example.nl/staff/MJvanOordt", after=8)
    head(doc, "Current positions", "b", border=True)
    line(doc, "2020 – present\tAssociate Professor (universitair hoofddocent, 0.8 fte), Department of Education, "
              "Utrecht University")
    line(doc, "Sept. 2021 – now\tLector (professor of applied sciences) Teacher Professional Learning, 0.2 fte, "
              "HU University of Applied Sciences Utrecht")
    head(doc, "Previous positions", "b", border=True)
    table(doc, [["2014-2020", "Assistant Professor (universitair docent)", "Utrecht University"],
                ["2012 – 2014", "Postdoctoral researcher (NWO project 'Feedback in de klas')", "University of Groningen"],
                ["2003 - 2008", "Teacher of mathematics (eerstegraads docent)", "Stedelijk Gymnasium Leiden"]],
          [2.8, 8.4, 5.2], borders=False)
    head(doc, "Education", "b", border=True)
    line(doc, "2008 – 2012\tPhD in Educational Sciences, University of Groningen (cum laude)")
    line(doc, "2003\tMSc Mathematics (with teaching qualification), Leiden University")
    line(doc, "1997–2001\tBSc Mathematics, Leiden University")
    head(doc, "Research interests", "b", border=True)
    para(doc, "Formative assessment in secondary mathematics; teacher professional learning; classroom "
              "feedback dialogues.")
    head(doc, "Grants & awards", "b", border=True)
    para(doc, "NWO Veni grant (2015, € 250k) · NRO grant 'Samen leren beoordelen' (2019) · EARLI Outstanding "
              "Publication Award (2018) · Utrecht University Teaching Fellow (2022)")
    head(doc, "Publications", "b", border=True)
    para(doc, [("International peer-reviewed journals", "i")])
    intl = [
        P("van Oordt-Ledeboer MJ; Brouwer-Kalsbeek S; Pieters RA", "Feedback dialogues in lower secondary "
          "mathematics: a multilevel video study", "Learning and Instruction", None, status="accepted"),
        P("Hendriks-Vos L; van Oordt-Ledeboer MJ", "Teacher noticing of student reasoning during formative "
          "assessment", "Teaching and Teacher Education", 2024, vol="139", pages="104431"),
        P("van Oordt-Ledeboer MJ; Pieters RA", "What counts as feedback? Students' and teachers' perceptions",
          "Assessment in Education: Principles, Policy & Practice", 2022, vol="29", pages="311-330"),
        P("Brouwer-Kalsbeek S; Jansen Tol E; van Oordt-Ledeboer MJ; Pieters RA", "Professional learning "
          "communities and assessment literacy", "Educational Research Review", 2020, vol="31", pages="100-115"),
        P("van Oordt-Ledeboer MJ; Veldkamp H; Pieters RA", "Diagnostic questions in mathematics lessons",
          "Journal for Research in Mathematics Education", 2017, vol="48", pages="422-450"),
        P("van Oordt-Ledeboer MJ", "Students' uptake of written feedback", "Educational Studies in Mathematics",
          2013, vol="84", pages="101-119"),
    ]
    intl[0]["stat_override"] = "accepted pending minor revisions"
    for p in intl:
        para(doc, render(p, "apa", "van Oordt-Ledeboer"), indent=0.6, hanging=0.6)
    para(doc, [("Dutch publications (professional journals)", "i")], before=3)
    nl = [P("van Oordt-Ledeboer MJ; Hendriks-Vos L", "Formatief evalueren in de wiskundeles", "Pedagogische Studiën",
            2021, vol="98", pages="45-62"),
          P("van Oordt-Ledeboer MJ", "Feedback die werkt", "Euclides", 2019, vol="94", pages="12-15")]
    for p in nl:
        para(doc, render(p, "apa", "van Oordt-Ledeboer"), indent=0.6, hanging=0.6, font="Times New Roman", size=11)
    para(doc, [("Submitted / in preparation", "i")], before=3)
    sub = [P("Jansen Tol E; van Oordt-Ledeboer MJ", "Student agency in peer feedback", "British Educational "
             "Research Journal", None, status="under review")]
    for p in sub:
        para(doc, render(p, "apa", "van Oordt-Ledeboer"), indent=0.6, hanging=0.6)
    para(doc, "van Oordt-Ledeboer, M. J. Assessment conversations: a design study. In preparation.", indent=0.6,
         hanging=0.6)
    para(doc, [("Keynotes and conference contributions", "i")], before=3)
    para(doc, "Keynote, Onderwijs Research Dagen (ORD) 2023, Amsterdam; EARLI 2021 (online), symposium paper; "
              "ICME-14 Shanghai 2021, paper presentation.", indent=0.6)
    head(doc, "Supervision & teaching", "b", border=True)
    para(doc, "PhD candidates: 4 completed (2019, 2021, 2023, 2024), 3 ongoing. Coordinator of the Master's "
              "programme Educational Design and Consultancy (2019-2023).")
    label = {
        "name": "Marieke van Oordt-Ledeboer",
        "name_any": ["Marieke (M.J.) van Oordt-Ledeboer", "dr. Marieke (M.J.) van Oordt-Ledeboer",
                     "M.J. van Oordt-Ledeboer"],
        "emails": ["m.j.vanoordt@uu.example.nl"],
        "phones": ["+31305550184"],
        "links": ["https://www.uu.example.nl/staff/MJvanOordt"],
        "education": [
            {"institution": "University of Groningen", "degree_level": "phd", "start": "2008", "end": "2012"},
            {"institution": "Leiden University", "degree_level": "master", "start": None, "end": "2003"},
            {"institution": "Leiden University", "degree_level": "bachelor", "start": "1997", "end": "2001"}],
        "experience": [
            {"organization": "Utrecht University", "title": "Associate Professor (universitair hoofddocent, 0.8 fte)",
             "start": "2020", "end": "present"},
            {"organization": "HU University of Applied Sciences Utrecht",
             "title": "Lector (professor of applied sciences) Teacher Professional Learning, 0.2 fte",
             "start": "2021-09", "end": "present"},
            {"organization": "Utrecht University", "title": "Assistant Professor (universitair docent)",
             "start": "2014", "end": "2020"},
            {"organization": "University of Groningen", "title": "Postdoctoral researcher", "start": "2012",
             "end": "2014"},
            {"organization": "Stedelijk Gymnasium Leiden", "title": "Teacher of mathematics (eerstegraads docent)",
             "start": "2003", "end": "2008"}],
        "publications_count": 10,
        "first_author_count": 7,
        "publications_sample": [
            {"title": intl[0]["title"], "venue": "Learning and Instruction", "year": None, "first_author": True,
             "status": "accepted"},
            {"title": intl[1]["title"], "venue": "Teaching and Teacher Education", "year": 2024,
             "first_author": False, "status": "published"},
            {"title": intl[4]["title"], "venue": "Journal for Research in Mathematics Education", "year": 2017,
             "first_author": True, "status": "published"},
            {"title": nl[0]["title"], "venue": "Pedagogische Studiën", "year": 2021, "first_author": True,
             "status": "published"},
            {"title": sub[0]["title"], "venue": "British Educational Research Journal", "year": None,
             "first_author": False, "status": "under review"},
            {"title": "Assessment conversations: a design study", "venue": None, "year": None, "first_author": True,
             "status": "in preparation"}],
        "research_interests_any": ["Formative assessment in secondary mathematics", "teacher professional learning",
                                   "classroom feedback dialogues"],
        "awards_count": 2,
        "language": "en",
        "layout": "Dutch associate professor's English CV in Word (Verdana, bordered body-size headings), LO PDF",
        "notes": "Name line 'Curriculum Vitae – dr. Marieke (M.J.) van Oordt-Ledeboer'. Two concurrent part-time "
                 "posts on separate lines (0.8 fte UHD at Utrecht University, 0.2 fte lector at HU), each a job; "
                 "'2020 – present', 'Sept. 2021 – now'. Previous positions in a borderless table ('2014-2020', "
                 "'2012 – 2014', '2003 - 2008'); the NWO project name in the postdoc title is dropped from the label "
                 "(similarity is lenient). MSc with one year (end only). APA with no bold; '(accepted pending minor "
                 "revisions)' = accepted (no year printed), 'submitted' = under review, a hand-typed 'In "
                 "preparation.' item counted (status in preparation). Dutch professional-journal items pasted "
                 "in Times 11 are counted (2). Keynotes/conference contributions are not papers: 10 counted, 7 "
                 "first-authored. 'Grants & awards' on one middot line: Veni and NRO are grants, the EARLI award and "
                 "the Teaching Fellow title are honours (2; the Teaching Fellow is unsure).",
    }
    return "05_nl_education_assoc_prof_word_lo", "pdf", doc, label


def cv06():
    """South African public-health associate professor, 44 papers, numbering that skips, pasted section."""
    doc = new_doc("Times New Roman", 11)
    footer(doc, "T.N. Mahlangu-Fourie — CV", of_pages=True)
    para(doc, [("CURRICULUM VITAE", "bu")], align="c", after=4)
    table(doc, [["Name:", "Thandiwe Nomsa Mahlangu-Fourie"],
                ["Current post:", "Associate Professor, Division of Epidemiology and Biostatistics"],
                ["Institution:", "School of Public Health, University of Cape Town"],
                ["E-mail:", "thandiwe.mahlangu@uct.example.ac.za"],
                ["Tel:", "+27 21 555 0199 (w)"],
                ["ORCID:", "https://orcid.org/0000-0001-9204-5518"]], [3.6, 12.4], borders=False)
    head(doc, "ACADEMIC QUALIFICATIONS", "b")
    for t in ["PhD (Epidemiology), University of the Witwatersrand, 2007 – 2011",
              "MPH (cum laude), University of Cape Town, 2005",
              "MBChB, University of KwaZulu-Natal (Nelson R. Mandela School of Medicine), 1996-2001"]:
        para(doc, t, indent=0.5)
    head(doc, "EMPLOYMENT HISTORY", "b")
    for t in ["Associate Professor, University of Cape Town\t2017 to date",
              "Senior Lecturer, University of Cape Town\t2012 – 2016",
              "Honorary Senior Research Fellow, MRC/Wits Rural Public Health and Health Transitions Research Unit "
              "(Agincourt)\t2012–2020",
              "Research Fellow, University of the Witwatersrand\tJan. 2007 – Dec. 2011",
              "Medical Officer, Chris Hani Baragwanath Academic Hospital\t2003-2005",
              "Community service & internship, Edendale Hospital, Pietermaritzburg\t2002 – 2003"]:
        para(doc, t, tabs=[(16.4, "r")])
    head(doc, "Research Focus", "b")
    para(doc, "HIV and non-communicable disease multimorbidity; hypertension care cascades in primary care; "
              "longitudinal population cohorts in rural South Africa.")
    head(doc, "Awards", "b")
    para(doc, "2019 – NRF C2 rating (not an award but listed by request)", indent=0.5)
    para(doc, "2016 – South African Medical Research Council Early Career Award", indent=0.5)
    para(doc, "2009 – Fogarty International Center AITRP Fellowship", indent=0.5)
    para(doc, "2005 – UCT Faculty of Health Sciences Dean's Merit List", indent=0.5)
    head(doc, "PEER REVIEWED PUBLICATIONS", "b")
    own = "Mahlangu-Fourie TN"
    co = ["Govender P", "Ntuli SB", "Kahn K", "van der Westhuizen A", "Mthembu ZL", "Abrahams N", "Oyelaran K",
          "Tollman SM", "Dlamini NP", "Hattingh C", "Mabaso R", "Pillay-Naidoo V"]
    pubs = many(2506, 38, own, co, ["Lancet Glob Health", "BMJ Glob Health", "PLoS Med", "J Int AIDS Soc",
                                     "S Afr Med J", "Int J Epidemiol", "AIDS", "BMC Public Health", "Glob Health Action"],
                [["Hypertension control and", "Multimorbidity and", "Antiretroviral therapy and", "Diabetes screening and",
                  "Household income and", "Clinic attendance and"],
                 ["mortality", "retention in care", "blood pressure trajectories", "health service use"],
                 ["in rural Mpumalanga", "among adults living with HIV", "in the HAALSI cohort",
                  "in primary care clinics in the Western Cape", "in older South Africans",
                  "during the COVID-19 lockdown"]],
                [2025] * 3 + [2024] * 5 + [2023] * 5 + [2022] * 4 + [2021] * 4 + [2020] * 4 + [2019] * 3 + [2018] * 3
                + [2017] * 2 + [2016] * 2 + [2015, 2014, 2013])
    pubs[0].update(status="under review", year=None, venue="Lancet HIV", stat_override="submitted")
    nums = list(range(1, 20)) + list(range(21, 40))
    for n, p in zip(nums, pubs, strict=True):
        para(doc, [f"{n}. "] + render(p, "vanc", "Mahlangu-Fourie", etal=6), indent=0.7, hanging=0.7)
    para(doc, [("Older publications (2008-2012) – from NRF CV", "b")], font="Arial", size=9, before=4)
    old = [P("Mahlangu TN; Kahn K; Tollman SM", "Verbal autopsy and adult mortality in Agincourt, 1992-2007",
             "Scand J Public Health", 2012, vol="40", pages="23-31"),
           P("Kahn K; Mahlangu TN", "Cause of death among adults in a rural surveillance site", "Glob Health Action",
             2010, vol="3", pages="43-50"),
           P("Mahlangu TN; Ntuli SB", "HIV testing uptake in rural clinics", "S Afr Med J", 2009, vol="99",
             pages="601-605"),
           P("Mahlangu TN", "Primary care and chronic illness in Bushbuckridge", "S Afr Fam Pract", 2008)]
    for n, p in enumerate(old, 1):
        para(doc, [f"{n}) "] + render(p, "apa", "Mahlangu"), font="Arial", size=9, indent=0.7, hanging=0.7)
    para(doc, [("Book chapter", "b")], font="Arial", size=9, before=3)
    ch = P("Mahlangu-Fourie TN; Kahn K", "Chronic disease in rural South Africa", "South African Health Review 2019",
           2019, pages="145-156")
    para(doc, render(ch, "apa", "Mahlangu-Fourie"), font="Arial", size=9, indent=0.7, hanging=0.7)
    head(doc, "Conference presentations (selected)", "b")
    para(doc, "IAS 2023 Brisbane (oral); AIDS 2022 Montreal (poster); Public Health Association of South Africa "
              "conference 2021 (plenary).")
    head(doc, "Postgraduate supervision", "b")
    para(doc, "PhD: 6 graduated, 4 current. MPH: 31 graduated.")
    allp = pubs + old + [ch]
    label = {
        "name": "Thandiwe Nomsa Mahlangu-Fourie",
        "name_any": ["Thandiwe Mahlangu-Fourie"],
        "emails": ["thandiwe.mahlangu@uct.example.ac.za"],
        "phones": ["+27215550199"],
        "links": ["orcid.org/0000-0001-9204-5518"],
        "education": [
            {"institution": "University of the Witwatersrand", "degree_level": "phd", "start": "2007", "end": "2011"},
            {"institution": "University of Cape Town", "degree_level": "master", "start": None, "end": "2005"},
            {"institution": "University of KwaZulu-Natal", "degree_level": "bachelor", "start": "1996", "end": "2001"}],
        "experience": [
            {"organization": "University of Cape Town", "title": "Associate Professor", "start": "2017",
             "end": "present"},
            {"organization": "University of Cape Town", "title": "Senior Lecturer", "start": "2012", "end": "2016"},
            {"organization": "MRC/Wits Rural Public Health and Health Transitions Research Unit (Agincourt)",
             "title": "Honorary Senior Research Fellow", "start": "2012", "end": "2020"},
            {"organization": "University of the Witwatersrand", "title": "Research Fellow", "start": "2007-01",
             "end": "2011-12"},
            {"organization": "Chris Hani Baragwanath Academic Hospital", "title": "Medical Officer", "start": "2003",
             "end": "2005"},
            {"organization": "Edendale Hospital", "title": "Community service & internship", "start": "2002",
             "end": "2003"}],
        "publications_count": len(allp),
        "first_author_count": sum(1 for p in allp if p["authors"][0].startswith("Mahlangu")),
        "publications_sample": [
            {"title": pubs[0]["title"], "venue": pubs[0]["venue"], "year": None, "first_author": True,
             "status": "under review"},
            {"title": pubs[5]["title"], "venue": pubs[5]["venue"], "year": pubs[5]["year"],
             "first_author": pubs[5]["authors"][0] == own, "status": "published"},
            {"title": pubs[19]["title"], "venue": pubs[19]["venue"], "year": pubs[19]["year"],
             "first_author": pubs[19]["authors"][0] == own, "status": "published"},
            {"title": pubs[37]["title"], "venue": pubs[37]["venue"], "year": 2013,
             "first_author": pubs[37]["authors"][0] == own, "status": "published"},
            {"title": old[0]["title"], "venue": "Scand J Public Health", "year": 2012, "first_author": True,
             "status": "published"},
            {"title": old[3]["title"], "venue": "S Afr Fam Pract", "year": 2008, "first_author": True,
             "status": "published"},
            {"title": ch["title"], "venue": "South African Health Review 2019", "year": 2019, "first_author": True,
             "status": "published"}],
        "research_interests_any": ["HIV and non-communicable disease multimorbidity",
                                   "hypertension care cascades in primary care"],
        "awards_count": 3,
        "language": "en",
        "layout": "South African public-health CV in Word, label table, pasted Arial section, LO PDF",
        "notes": "'CURRICULUM VITAE' bold underlined, then a borderless Name:/Current post:/… label table (ORCID as "
                 "a URL, work phone '(w)'). Caps and mixed-case bold headings. Degrees as 'Degree, University, "
                 "dates' lines (MBChB, Bachelor of Medicine and Surgery = bachelor; MPH one year, end only). Employment as 'Title, Org<right tab>"
                 "dates' with '2017 to date' (= present), an honorary senior research fellowship at the Agincourt "
                 "unit 2012–2020 overlapping the UCT posts (separate job), 'Jan. 2007 – Dec. 2011', internship and "
                 "community service on one line (one job). Awards: the NRF rating line says itself it is not an "
                 "award (not counted), the MRC award, Fogarty fellowship and Dean's Merit List = 3. 38 Vancouver "
                 "papers numbered by hand 1-19 then 21-39 (20 skipped), 'et al' after 6 names, no bold; the first '(submitted)' = under review without a year. 'Older publications (2008-2012) – from NRF CV' pasted in "
                 "Arial 9 with '1)' numbers, APA and the maiden name 'Mahlangu, T. N.' (the candidate, first "
                 "author); one book chapter (venue = the review volume). Conference presentations are not papers.",
    }
    return "06_za_public_health_assoc_prof_word_lo", "pdf", doc, label


def cv07():
    """Indian chemistry professor: Word tables, 'till date', bold own name, '*' corresponding author."""
    doc = new_doc("Times New Roman", 11)
    footer(doc, "CV of Prof. R. Venkataraghavan-Iyer", of_pages=False)
    para(doc, [("BIO-DATA", "bu")], align="c", size=13, after=6)
    table(doc, [["Name", ":", "Dr. Ramaa Venkataraghavan-Iyer"],
                ["Designation", ":", "Professor, School of Chemistry"],
                ["Address for correspondence", ":", "School of Chemistry, University of Hyderabad, Gachibowli, "
                 "Hyderabad – 500 046, Telangana"],
                ["Mobile", ":", "+91 98765 55012"],
                ["E-mail", ":", "rvi@uohyd.example.ac.in"],
                ["Date of Birth", ":", "12.03.1976"]], [5.0, 0.5, 10.5], borders=False)
    head(doc, "1. Educational Qualifications", "b")
    table(doc, [["Degree", "University / Institute", "Year", "Division"],
                ["Ph.D. (Chemistry)", "Indian Institute of Science, Bangalore", "2004", "—"],
                ["M.Sc. (Chemistry)", "University of Hyderabad", "1998", "First (Gold Medal)"],
                ["B.Sc. (MPC)", "Osmania University", "1996", "First"]], [4.0, 7.0, 2.0, 3.2], bold_first_row=True)
    head(doc, "2. Professional Experience", "b")
    table(doc, [["Position", "Institution", "Period"],
                ["Professor", "University of Hyderabad", "01.07.2017 – till date"],
                ["Associate Professor", "University of Hyderabad", "2012-2017"],
                ["Assistant Professor", "University of Hyderabad", "Aug 2008 – June 2012"],
                ["Alexander von Humboldt Postdoctoral Fellow", "Universität Göttingen, Germany", "2006 – 2008"],
                ["Post-doctoral Research Associate", "University of Illinois at Urbana-Champaign, USA", "2004-2006"]],
          [6.0, 7.0, 3.2], bold_first_row=True)
    para(doc, "Concurrently: Adjunct Faculty, CSIR-Indian Institute of Chemical Technology, Hyderabad (2019 – 2022)",
         before=3)
    head(doc, "3. Research Areas", "b")
    para(doc, "Asymmetric organocatalysis; C–H activation with earth-abundant metals; flow chemistry for "
              "active pharmaceutical ingredients.")
    head(doc, "4. Awards and Honours", "b")
    for k, t in enumerate(["Fellow, Royal Society of Chemistry (FRSC), 2021",
                           "CRSI Bronze Medal, Chemical Research Society of India, 2018",
                           "DST-SERB Women Excellence Award, 2013", "INSA Young Scientist Medal, 2010",
                           "Alexander von Humboldt Fellowship, 2006"], 1):
        para(doc, f"({chr(96 + k)}) {t}", indent=0.6)
    head(doc, "5. Sponsored Projects", "b")
    para(doc, "SERB Core Research Grant CRG/2021/00xxxx (PI), Rs. 48.6 lakhs, 2022-2025; DST-FIST (co-PI).")
    head(doc, "6. List of Publications (Total: 27; h-index 24)", "b")
    own = "Venkataraghavan-Iyer R"
    co = ["Reddy KS", "Banerjee P", "Murthy VVN", "Krishnan A", "Sastry GN", "Chowdary MB", "Haider S",
          "Ramachandran L", "Kulkarni SP", "Fischer-Lenz T"]
    pubs = many(2507, 20, own, co, ["J. Org. Chem.", "Org. Lett.", "Chem. Commun.", "ACS Catal.", "Green Chem.",
                                     "Org. Biomol. Chem.", "Angew. Chem. Int. Ed.", "Adv. Synth. Catal."],
                [["Enantioselective", "Cobalt-catalysed", "Visible-light-mediated", "Continuous-flow", "Iron-catalysed"],
                 ["C–H alkylation of", "Michael addition to", "aminocatalytic desymmetrisation of", "annulation of"],
                 ["indoles", "nitroalkenes", "cyclohexanones", "pyrazolones", "quinolines", "azlactones"]],
                [2025, 2024, 2024, 2023, 2023, 2022, 2022, 2021, 2020, 2020, 2019, 2018, 2017, 2016, 2015, 2013,
                 2011, 2009, 2007, 2005], own_first_every=4)
    pubs[0].update(status="accepted", stat_override="accepted")
    for k, p in enumerate(pubs, 1):
        r = render(p, "init", "Venkataraghavan-Iyer", bold_own=True, italic_venue=True)
        para(doc, [f"{k}.\t"] + r, tabs=[(0.9, "l")], indent=0.9, hanging=0.9, size=10.5)
    para(doc, "(* = corresponding author; full list with DOIs on request)", size=9)
    head(doc, "7. Ph.D. students guided", "b")
    para(doc, "Awarded: 9; Ongoing: 5")
    label = {
        "name": "Ramaa Venkataraghavan-Iyer",
        "name_any": ["Dr. Ramaa Venkataraghavan-Iyer"],
        "emails": ["rvi@uohyd.example.ac.in"],
        "phones": ["+919876555012"],
        "links": [],
        "education": [
            {"institution": "Indian Institute of Science, Bangalore", "degree_level": "phd", "start": None,
             "end": "2004"},
            {"institution": "University of Hyderabad", "degree_level": "master", "start": None, "end": "1998"},
            {"institution": "Osmania University", "degree_level": "bachelor", "start": None, "end": "1996"}],
        "experience": [
            {"organization": "University of Hyderabad", "title": "Professor", "start": "2017-07", "end": "present"},
            {"organization": "University of Hyderabad", "title": "Associate Professor", "start": "2012",
             "end": "2017"},
            {"organization": "University of Hyderabad", "title": "Assistant Professor", "start": "2008-08",
             "end": "2012-06"},
            {"organization": "Universität Göttingen", "title": "Alexander von Humboldt Postdoctoral Fellow",
             "start": "2006", "end": "2008"},
            {"organization": "University of Illinois at Urbana-Champaign", "title": "Post-doctoral Research Associate",
             "start": "2004", "end": "2006"},
            {"organization": "CSIR-Indian Institute of Chemical Technology", "title": "Adjunct Faculty",
             "start": "2019", "end": "2022"}],
        "publications_count": 20,
        "first_author_count": sum(1 for p in pubs if p["authors"][0] == own),
        "publications_sample": [
            {"title": pubs[0]["title"], "venue": pubs[0]["venue"], "year": 2025, "first_author": True,
             "status": "accepted"},
            {"title": pubs[3]["title"], "venue": pubs[3]["venue"], "year": 2023,
             "first_author": pubs[3]["authors"][0] == own, "status": "published"},
            {"title": pubs[8]["title"], "venue": pubs[8]["venue"], "year": 2020, "first_author": True,
             "status": "published"},
            {"title": pubs[14]["title"], "venue": pubs[14]["venue"], "year": 2015,
             "first_author": pubs[14]["authors"][0] == own, "status": "published"},
            {"title": pubs[19]["title"], "venue": pubs[19]["venue"], "year": 2005,
             "first_author": pubs[19]["authors"][0] == own, "status": "published"}],
        "research_interests_any": ["Asymmetric organocatalysis", "C–H activation with earth-abundant metals",
                                   "flow chemistry for active pharmaceutical ingredients"],
        "awards_count": 5,
        "language": "en",
        "layout": "Indian professor's BIO-DATA in Word: label/colon table, qualification and experience grids, LO PDF",
        "notes": "'BIO-DATA' heading, Name/Designation/Address/Mobile/E-mail/Date of Birth rows with a colon column. "
                 "Numbered bold headings '1. Educational Qualifications' … '7.'. Qualifications grid with one Year "
                 "per degree (end only). Experience grid: '01.07.2017 – till date' (dd.mm.yyyy, = 2017-07 to "
                 "present), '2012-2017', 'Aug 2008 – June 2012'; the Humboldt postdoc is a job and the Humboldt "
                 "Fellowship under Awards is also an award; a concurrent adjunct post on a separate 'Concurrently:' "
                 "line is a job. '6. List of Publications (Total: 27; h-index 24)' prints only 20 (label counts the "
                 "20 printed). 'A. B. Surname' style with the own name bold, 'and' before the last author; the "
                 "legend mentions '*' for corresponding authors but no star is printed. First entry '(accepted, "
                 "2025)' = accepted with year 2025. Grants are not awards; FRSC counted as an honour (5 awards).",
    }
    return "07_in_chemistry_professor_biodata_word_lo", "pdf", doc, label


def cv08():
    """Canadian sociology associate professor, DOCX kept: APA, statuses, leaves, cross-appointment."""
    doc = new_doc("Garamond", 12)
    footer(doc, "Okonjo-Lavallée CV", of_pages=False)
    para(doc, [("NKECHI OKONJO-LAVALLÉE, PhD", "b")], align="c", size=14, after=0)
    para(doc, "Department of Sociology, McMaster University · 1280 Main Street West, Hamilton, ON L8S 4M4", align="c",
         size=10, after=0)
    para(doc, "okonjon@mcmaster.example.ca · 905-555-0163", align="c", size=10, after=10)
    head(doc, "ACADEMIC APPOINTMENTS", "b", border=True)
    for t in ["2020-present\tAssociate Professor, Department of Sociology, McMaster University",
              "\t(cross-appointed to Health, Aging & Society, 2021-)",
              "2015 – 2020\tAssistant Professor, Department of Sociology, McMaster University",
              "\tParental leaves: Jan.–Dec. 2017; July 2019 – June 2020 (tenure clock extended)",
              "2013-15\tSSHRC Postdoctoral Fellow, Department of Sociology, University of Toronto"]:
        para(doc, t, tabs=[(3.0, "l")], indent=3.0, hanging=3.0)
    head(doc, "EDUCATION", "b", border=True)
    for t in ["2013\tPh.D., Sociology, University of British Columbia",
              "\tDissertation: “Care chains: Nigerian nurses in Canadian long-term care”",
              "2007\tM.A., Sociology, Université de Montréal", "2005\tB.A. (Honours), Sociology & French, "
              "Carleton University"]:
        para(doc, t, tabs=[(3.0, "l")], indent=3.0, hanging=3.0)
    head(doc, "RESEARCH INTERESTS", "b", border=True)
    para(doc, "Migration and care work; sociology of aging; gender and the health workforce; qualitative "
              "longitudinal methods")
    head(doc, "PUBLICATIONS", "b", border=True)
    para(doc, [("Refereed journal articles ", "b"), ("(* student co-author)", "i")])
    arts = [
        P("Okonjo-Lavallée N; Ferreira-Doyle M", "Ageing in place, working in place: personal support workers "
          "and home care reform in Ontario", "Canadian Review of Sociology", None, status="accepted"),
        P("Okonjo-Lavallée N", "Credential recognition and the racialized care ladder", "Social Problems", None,
          status="under review"),
        P("Bakshi R; Okonjo-Lavallée N", "Time, shift work and family among migrant care workers",
          "Work, Employment and Society", 2024, vol="38", pages="1011-1030"),
        P("Okonjo-Lavallée N; Bakshi R; Tremblay-Singh J", "Pandemic staffing and moral injury in long-term care",
          "Social Science & Medicine", 2022, vol="301", pages="114921"),
        P("Okonjo-Lavallée N", "Care chains revisited: Nigerian nurses in Canada", "Gender & Society", 2019,
          vol="33", pages="555-578"),
        P("Ferreira-Doyle M; Okonjo-Lavallée N", "Immigrant women and unpaid elder care", "Canadian Journal on "
          "Aging", 2018, vol="37", pages="201-214"),
        P("Okonjo-Lavallée N", "Nurses between nations", "Journal of Ethnic and Migration Studies", 2015,
          vol="41", pages="1422-1440"),
    ]
    arts[0]["stat_override"] = "accepted pending minor revisions"
    arts[1]["stat_override"] = "in revision"
    arts[1]["authors"] = ["Okonjo-Lavallée N"]
    for p in arts:
        para(doc, render(p, "apa", "Okonjo-Lavallée"), indent=1.0, hanging=1.0, after=4)
    para(doc, [("Book chapters", "b")], before=4)
    ch = [P("Okonjo-Lavallée N", "Care work and citizenship", "The Oxford Handbook of Migration and Care", 2021,
            pages="233-252")]
    para(doc, "Okonjo-Lavallée, N. (2021). Care work and citizenship. In L. Bright & P. Osei (Eds.), The Oxford "
              "Handbook of Migration and Care (pp. 233–252). Oxford University Press.", indent=1.0, hanging=1.0)
    para(doc, [("Other publications (reports, op-eds)", "b")], before=4)
    para(doc, "Okonjo-Lavallée, N., & Bakshi, R. (2021). Who cares? Staffing long-term care after COVID-19. Policy "
              "brief, Ontario Centres for Learning, Research and Innovation in Long-Term Care. 18 pp.", indent=1.0,
         hanging=1.0)
    para(doc, "Okonjo-Lavallée, N. (2020, May 3). The women holding up long-term care. The Globe and Mail (op-ed).",
         indent=1.0, hanging=1.0)
    para(doc, [("Conference presentations", "b")], before=4)
    para(doc, "Canadian Sociological Association 2023, 2021, 2019; American Sociological Association 2018.",
         indent=1.0)
    head(doc, "GRANTS", "b", border=True)
    para(doc, "SSHRC Insight Grant 435-2021-0123 (PI), $212,000, 2021-2026. SSHRC Insight Development Grant (PI), "
              "$68,000, 2016-2018.")
    head(doc, "HONOURS", "b", border=True)
    para(doc, "President’s Award for Excellence in Graduate Supervision, McMaster (2023); Canadian Sociological "
              "Association John Porter Tradition of Excellence Book Award – honourable mention (2020); SSHRC "
              "Postdoctoral Fellowship (2013); Vanier Canada Graduate Scholarship (2009-2012)")
    label = {
        "name": "Nkechi Okonjo-Lavallée",
        "name_any": ["NKECHI OKONJO-LAVALLÉE", "Nkechi Okonjo-Lavallée, PhD"],
        "emails": ["okonjon@mcmaster.example.ca"],
        "phones": ["+19055550163"],
        "links": [],
        "education": [
            {"institution": "University of British Columbia", "degree_level": "phd", "start": None, "end": "2013"},
            {"institution": "Université de Montréal", "degree_level": "master", "start": None, "end": "2007"},
            {"institution": "Carleton University", "degree_level": "bachelor", "start": None, "end": "2005"}],
        "experience": [
            {"organization": "McMaster University", "title": "Associate Professor", "start": "2020",
             "end": "present"},
            {"organization": "McMaster University", "title": "Assistant Professor", "start": "2015", "end": "2020"},
            {"organization": "University of Toronto", "title": "SSHRC Postdoctoral Fellow", "start": "2013",
             "end": "2015"}],
        "publications_count": 9,
        "first_author_count": 7,
        "publications_sample": [
            {"title": arts[0]["title"], "venue": "Canadian Review of Sociology", "year": None, "first_author": True,
             "status": "accepted"},
            {"title": arts[1]["title"], "venue": "Social Problems", "year": None, "first_author": True,
             "status": "under review"},
            {"title": arts[2]["title"], "venue": "Work, Employment and Society", "year": 2024, "first_author": False,
             "status": "published"},
            {"title": arts[6]["title"], "venue": "Journal of Ethnic and Migration Studies", "year": 2015,
             "first_author": True, "status": "published"},
            {"title": ch[0]["title"], "venue": "The Oxford Handbook of Migration and Care", "year": 2021,
             "first_author": True, "status": "published"},
            {"title": "Who cares? Staffing long-term care after COVID-19", "venue": None, "year": 2021,
             "first_author": True, "status": "published"}],
        "research_interests_any": ["Migration and care work", "sociology of aging",
                                   "gender and the health workforce"],
        "awards_count": 4,
        "language": "en",
        "layout": "Canadian sociology CV in Word (Garamond, caps headings with a rule), python-docx kept as DOCX",
        "notes": "Centred capital name with ', PhD'. Appointments with manual tabs and hanging indents: "
                 "'2020-present', a cross-appointment continuation line '(cross-appointed to …, 2021-)' under the same "
                 "post (not a separate job), parental-leave line (not a job), '2013-15' (= 2013-2015). Degrees with one "
                 "year each (end only) and a dissertation line. APA without bold: '(accepted pending minor "
                 "revisions)' = accepted and '(in revision)' = under review, both without a year; a chapter "
                 "'In … (Eds.)' (venue = the handbook). 'Other publications': a policy brief (a report, counted, no "
                 "venue) and a newspaper op-ed (not a paper, not counted: unsure). Conference presentations not "
                 "counted: 9 papers, 7 first-authored. Honours on one line: 4 (the book-award honourable mention "
                 "counted; SSHRC postdoctoral fellowship is also the 2013-15 job). SSHRC grants are not awards.",
    }
    return "08_ca_sociology_assoc_prof_word_docx", "docx", doc, label


def cv09():
    """Brazilian dentistry professor, Portuguese, ABNT references, Lattes-like habits in Word."""
    doc = new_doc("Arial", 10)
    footer(doc, "Currículo – Profa. Dra. Luíza Ferraz Albuquerque-Nunes", of_pages=True)
    para(doc, [("CURRÍCULO VITAE", "b")], align="c", size=13, after=2)
    para(doc, [("Luíza Ferraz Albuquerque-Nunes", "b")], align="c", size=12, after=0)
    para(doc, "Faculdade de Odontologia, Universidade Federal de Minas Gerais – Av. Pres. Antônio Carlos, 6627, "
              "Belo Horizonte – MG", align="c", after=0)
    para(doc, "luiza.nunes@ufmg.example.br | (31) 5555-0172 | Lattes: http://lattes.cnpq.example.br/4471209385512267",
         align="c", after=8)
    head(doc, "FORMAÇÃO ACADÊMICA", "b")
    for t in ["2005 – 2009\tDoutorado em Odontologia (Periodontia), Universidade de São Paulo (USP). Doutorado "
              "sanduíche: University of Michigan, 2008",
              "2003 - 2005\tMestrado em Odontologia, Universidade Federal de Minas Gerais (UFMG)",
              "1997-2001\tGraduação em Odontologia, Pontifícia Universidade Católica de Minas Gerais (PUC Minas)"]:
        para(doc, t, tabs=T, indent=3.4, hanging=3.4)
    head(doc, "ATUAÇÃO PROFISSIONAL", "b")
    table(doc, [["Período", "Cargo", "Instituição"],
                ["mar. 2016 – atual", "Professora Associada", "Universidade Federal de Minas Gerais"],
                ["2010 – 2016", "Professora Adjunta", "Universidade Federal de Minas Gerais"],
                ["2009-2010", "Pós-doutorado (bolsista FAPESP)", "Universidade de São Paulo"],
                ["2002 – 2005", "Cirurgiã-dentista", "Prefeitura Municipal de Belo Horizonte"]],
          [3.4, 5.8, 7.2], bold_first_row=True)
    para(doc, "Licença-maternidade: fev.–ago. 2012.", size=9, before=2)
    head(doc, "Linhas de pesquisa", "b")
    para(doc, "Doença periodontal e diabetes; epidemiologia da saúde bucal; ensaios clínicos em periodontia.")
    head(doc, "Prêmios e títulos", "b")
    for t in ["2019 – Prêmio Destaque em Pesquisa, Sociedade Brasileira de Pesquisa Odontológica (SBPqO)",
              "2009 – Menção honrosa, Prêmio CAPES de Tese (Odontologia)",
              "2004 – Bolsa de Mestrado CAPES"]:
        para(doc, t, indent=0.5)
    head(doc, "Produção bibliográfica", "b")
    para(doc, [("Artigos completos publicados em periódicos", "u")])
    arts = [
        P("Albuquerque-Nunes LF; Teixeira GM; Salles-Pinto R", "Periodontal treatment and glycaemic control in type "
          "2 diabetes: a randomized trial", "Journal of Clinical Periodontology", 2024, vol="51", pages="88-99"),
        P("Teixeira GM; Albuquerque-Nunes LF", "Prevalência de periodontite em adultos de Belo Horizonte",
          "Revista de Saúde Pública", 2022, vol="56", pages="1-11"),
        P("Albuquerque-Nunes LF; Okuda H; Teixeira GM", "Salivary biomarkers of periodontitis in pregnancy",
          "J Periodontol", 2020, vol="91", pages="1290-1299"),
        P("Salles-Pinto R; Albuquerque-Nunes LF; Campos-Viana D", "Oral health-related quality of life after "
          "periodontal therapy", "Braz Oral Res", 2018, vol="32", pages="e45"),
        P("Albuquerque-Nunes LF", "Periodontite e diabetes: revisão narrativa", "Revista da APCD", 2014,
          vol="68", pages="210-216"),
        P("Albuquerque-Nunes LF; Okuda H", "Host response in aggressive periodontitis", "J Dent Res", 2010,
          vol="89", pages="1001-1009"),
    ]
    for k, p in enumerate(arts, 1):
        para(doc, [f"{k}. "] + render(p, "abnt", "Albuquerque-Nunes"), indent=0.6, hanging=0.6)
    para(doc, [("Artigos aceitos para publicação", "u")], before=3)
    acc = P("Campos-Viana D; Albuquerque-Nunes LF", "Teledentistry for periodontal follow-up in primary care",
            "Community Dent Oral Epidemiol", None, status="accepted")
    acc["stat_override"] = "aceito"
    para(doc, ["1. "] + render(acc, "abnt", "Albuquerque-Nunes"), indent=0.6, hanging=0.6)
    para(doc, [("Capítulos de livros", "u")], before=3)
    para(doc, "1. ALBUQUERQUE-NUNES, L. F.; TEIXEIRA, G. M. Periodontia e doenças sistêmicas. In: LIMA, R. (Org.). "
              "Periodontia clínica baseada em evidências. São Paulo: Santos, 2019. p. 77-98.", indent=0.6,
         hanging=0.6)
    para(doc, [("Resumos publicados em anais de congressos", "u")], before=3)
    para(doc, "ALBUQUERQUE-NUNES, L. F. et al. Periodontite em gestantes. Braz Oral Res, v. 36 (supl.), 2022. "
              "(Resumo, SBPqO)", indent=0.6, hanging=0.6)
    head(doc, "Orientações", "b")
    para(doc, "Doutorado: 5 concluídas; Mestrado: 11 concluídas; Iniciação científica: 20.")
    label = {
        "name": "Luíza Ferraz Albuquerque-Nunes",
        "name_any": ["Profa. Dra. Luíza Ferraz Albuquerque-Nunes"],
        "emails": ["luiza.nunes@ufmg.example.br"],
        "phones": ["+553155550172"],
        "links": ["http://lattes.cnpq.example.br/4471209385512267"],
        "education": [
            {"institution": "Universidade de São Paulo", "degree_level": "phd", "start": "2005", "end": "2009"},
            {"institution": "Universidade Federal de Minas Gerais", "degree_level": "master", "start": "2003",
             "end": "2005"},
            {"institution": "Pontifícia Universidade Católica de Minas Gerais", "degree_level": "bachelor",
             "start": "1997", "end": "2001"}],
        "experience": [
            {"organization": "Universidade Federal de Minas Gerais", "title": "Professora Associada",
             "start": "2016-03", "end": "present"},
            {"organization": "Universidade Federal de Minas Gerais", "title": "Professora Adjunta", "start": "2010",
             "end": "2016"},
            {"organization": "Universidade de São Paulo", "title": "Pós-doutorado (bolsista FAPESP)",
             "start": "2009", "end": "2010"},
            {"organization": "Prefeitura Municipal de Belo Horizonte", "title": "Cirurgiã-dentista",
             "start": "2002", "end": "2005"}],
        "publications_count": 8,
        "first_author_count": 5,
        "publications_sample": [
            {"title": arts[0]["title"], "venue": "Journal of Clinical Periodontology", "year": 2024,
             "first_author": True, "status": "published"},
            {"title": arts[1]["title"], "venue": "Revista de Saúde Pública", "year": 2022, "first_author": False,
             "status": "published"},
            {"title": arts[3]["title"], "venue": "Braz Oral Res", "year": 2018, "first_author": False,
             "status": "published"},
            {"title": arts[5]["title"], "venue": "J Dent Res", "year": 2010, "first_author": True,
             "status": "published"},
            {"title": acc["title"], "venue": "Community Dent Oral Epidemiol", "year": None, "first_author": False,
             "status": "accepted"},
            {"title": "Periodontia e doenças sistêmicas", "venue": "Periodontia clínica baseada em evidências",
             "year": 2019, "first_author": True, "status": "published"}],
        "research_interests_any": ["Doença periodontal e diabetes", "epidemiologia da saúde bucal"],
        "awards_count": 3,
        "language": "pt",
        "layout": "Brazilian dentistry professor's Currículo in Word (Portuguese), ABNT references, LO PDF",
        "notes": "Portuguese headings in bold caps and bold mixed case. Formação with tabs: Doutorado (phd) with a "
                 "'doutorado sanduíche' year at Michigan inside the same line (not a separate degree), Mestrado "
                 "(master), Graduação em Odontologia (a first degree: bachelor). Atuação profissional in a grid: "
                 "'mar. 2016 – atual' (= 2016-03 to present), a FAPESP postdoc (job), a municipal dentist post "
                 "overlapping the master's. Licença-maternidade line is not a job. Lattes URL (fictional host). "
                 "Phone '(31) 5555-0172' labelled +55 31 5555-0172. ABNT references 'SOBRENOME, A. B.; …' with the "
                 "journal in bold, numbering restarting under each sub-heading; 'Artigos aceitos' item '(aceito)' = "
                 "accepted, no year; chapter 'In: LIMA, R. (Org.). Book' (venue = the book); the congress abstract "
                 "('Resumo') is not counted: 8 papers, 5 first-authored. Prêmios: prize, CAPES thesis honourable "
                 "mention and a CAPES master's scholarship = 3.",
    }
    return "09_br_pt_dentistry_professora_word_lo", "pdf", doc, label


def cv10():
    """UK linguistics lecturer, 2 pages, talks and abstracts mixed under Publications."""
    doc = new_doc("Georgia", 10.5)
    para(doc, [("Dr Ewan Rhys Castellano-Pryce", "b")], size=15, after=0)
    para(doc, "Lecturer in Phonetics and Phonology, English Language & Linguistics, University of Glasgow", after=0)
    para(doc, "ewan.castellano-pryce@glasgow.example.ac.uk  •  0141 496 0957  •  @ecpryce (Bluesky)", after=8)
    head(doc, "Employment", "bc", border=True)
    para(doc, ["Lecturer (Grade 8), University of Glasgow\t", ("Sept. 2021 – present", "i")], tabs=[(16.5, "r")])
    para(doc, ["Visiting Lecturer, Universidad de Salamanca (Erasmus+ staff mobility)\t", ("Apr.–May 2023", "i")],
         tabs=[(16.5, "r")])
    para(doc, ["Research Associate, ESRC project ‘Voices of the Valleys’, Cardiff University\t", ("2018-2021", "i")],
         tabs=[(16.5, "r")])
    para(doc, ["Teaching Fellow (0.5 FTE), Bangor University\t", ("2016 – 2018", "i")], tabs=[(16.5, "r")])
    para(doc, "2016: career break of four months (caring).", size=9)
    head(doc, "Education", "bc", border=True)
    para(doc, ["PhD Linguistics, University of Edinburgh\t", ("2012-2016", "i")], tabs=[(16.5, "r")])
    para(doc, ["MSc English Language, University of Edinburgh\t", ("2011", "i")], tabs=[(16.5, "r")])
    para(doc, ["MA (Hons) Spanish and Linguistics, University of Aberdeen\t", ("2006 – 2010", "i")],
         tabs=[(16.5, "r")])
    head(doc, "Research interests", "bc", border=True)
    para(doc, "Sociophonetics of Welsh English; bilingual intonation; speech rhythm in Welsh–English and "
              "Spanish–English contact.")
    head(doc, "Publications & presentations", "bc", border=True)
    items = [
        "Castellano-Pryce, E. R. (in press). Rising declaratives in Welsh English: a corpus study. Journal of "
        "Phonetics.",
        "Castellano-Pryce, E. R., & Morgan-Hale, S. (2024). Rhythm metrics in bilingual speakers of Welsh and "
        "English. Journal of the International Phonetic Association, 54(2), 311–336.",
        "Castellano-Pryce, E. R. (2024). Intonation and identity in the South Wales valleys. Invited talk, "
        "Phonetics Seminar, University of Oxford, 12 March.",
        "Morgan-Hale, S., Castellano-Pryce, E. R., & Iturbe, A. (2022). Pre-aspiration in Welsh English. "
        "Proceedings of Interspeech 2022, 4012–4016.",
        "Castellano-Pryce, E. R. (2021). Welsh English intonation. Abstract, British Association of Academic "
        "Phoneticians (BAAP) Colloquium, online.",
        "Castellano-Pryce, E. R. (2019). Speech rhythm in contact: evidence from Patagonia. Language Variation and "
        "Change, 31(3), 289–312.",
        "Castellano-Pryce, E. R. Welsh–Spanish bilingual intonation in Chubut. Submitted to Laboratory Phonology.",
        "Castellano-Pryce, E. R. (2016). Intonational phonology of Patagonian Welsh (PhD thesis, University of "
        "Edinburgh).",
    ]
    for t in items:
        para(doc, t, indent=0.6, hanging=0.6, after=3)
    head(doc, "Awards", "bc", border=True)
    para(doc, "BAAP Best Student Paper Prize, 2014; ESRC Doctoral Studentship 2012-2015.")
    head(doc, "Teaching", "bc", border=True)
    para(doc, "Phonetics 1A/1B; Sociophonetics (Honours); MSc Research Methods. PGCert Academic Practice, 2022 "
              "(Fellow of the HEA).")
    para(doc, "Course convenor, Phonetics 1A (c. 380 students, 2022–); Honours dissertations supervised: 17; MSc "
              "dissertations: 9; PhD co-supervision: 2 (one completed 2024).")
    head(doc, "Grants", "bc", border=True)
    para(doc, "British Academy/Leverhulme Small Research Grant, ‘Intonation on the Welsh border’ (PI), £9,800, "
              "2023–2024. Glasgow Knowledge Exchange Fund (co-I), £4,500, 2022.")
    head(doc, "Service", "bc", border=True)
    para(doc, "Equality, Diversity & Inclusion lead, English Language & Linguistics (2022–). Committee member, "
              "British Association of Academic Phoneticians (2019–2023). Reviewer for Journal of Phonetics, "
              "Laboratory Phonology, Language and Speech, Interspeech.")
    head(doc, "Languages", "bc", border=True)
    para(doc, "English, Welsh (native); Spanish (fluent, C2); Portuguese (reading).")
    head(doc, "Referees", "bc", border=True)
    table(doc, [["Prof. Alasdair Brennan-Moyo", "Dr Catrin Llewellyn-Sato"],
                ["Linguistics and English Language", "School of English, Communication and Philosophy"],
                ["University of Edinburgh", "Cardiff University"],
                ["a.brennan-moyo@ed.example.ac.uk", "llewellyn-satoc@cardiff.example.ac.uk"]], [8.2, 8.2],
          borders=False)
    label = {
        "name": "Ewan Rhys Castellano-Pryce",
        "name_any": ["Dr Ewan Rhys Castellano-Pryce", "Ewan Castellano-Pryce"],
        "emails": ["ewan.castellano-pryce@glasgow.example.ac.uk"],
        "phones": ["+441414960957"],
        "links": [],
        "education": [
            {"institution": "University of Edinburgh", "degree_level": "phd", "start": "2012", "end": "2016"},
            {"institution": "University of Edinburgh", "degree_level": "master", "start": None, "end": "2011"},
            {"institution": "University of Aberdeen", "degree_level": "bachelor", "start": "2006", "end": "2010"}],
        "experience": [
            {"organization": "University of Glasgow", "title": "Lecturer (Grade 8)", "start": "2021-09",
             "end": "present"},
            {"organization": "Universidad de Salamanca", "title": "Visiting Lecturer", "start": "2023-04",
             "end": "2023-05"},
            {"organization": "Cardiff University", "title": "Research Associate", "start": "2018", "end": "2021"},
            {"organization": "Bangor University", "title": "Teaching Fellow (0.5 FTE)", "start": "2016",
             "end": "2018"}],
        "publications_count": 6,
        "first_author_count": 5,
        "publications_sample": [
            {"title": "Rising declaratives in Welsh English: a corpus study", "venue": "Journal of Phonetics",
             "year": None, "first_author": True, "status": "in press"},
            {"title": "Rhythm metrics in bilingual speakers of Welsh and English",
             "venue": "Journal of the International Phonetic Association", "year": 2024, "first_author": True,
             "status": "published"},
            {"title": "Pre-aspiration in Welsh English", "venue": "Interspeech", "year": 2022, "first_author": False,
             "status": "published"},
            {"title": "Speech rhythm in contact: evidence from Patagonia", "venue": "Language Variation and Change",
             "year": 2019, "first_author": True, "status": "published"},
            {"title": "Welsh–Spanish bilingual intonation in Chubut", "venue": "Laboratory Phonology", "year": None,
             "first_author": True, "status": "under review"},
            {"title": "Intonational phonology of Patagonian Welsh", "venue": None, "year": 2016, "first_author": True,
             "status": "published"}],
        "research_interests_any": ["Sociophonetics of Welsh English", "bilingual intonation"],
        "awards_count": 2,
        "language": "en",
        "layout": "UK linguistics lecturer, Georgia, small-caps headings with a rule, right-tab italic dates, LO PDF",
        "notes": "Headings in bold all-caps formatting with a bottom border ('Publications & presentations'). "
                 "Jobs as 'Title, Org<right tab>dates': 'Sept. 2021 – present', 'Apr.–May 2023' (visiting, a job), "
                 "'2018-2021' (ESRC project name in the line, title 'Research Associate'), a 0.5 FTE teaching "
                 "fellowship; a career-break line is not a job. The Scottish MA (Hons) (four years, 2006 – 2010) is an "
                 "undergraduate first degree: labelled bachelor (unsure: the degree name says MA). One unnumbered APA "
                 "list mixing papers, an invited talk and a BAAP abstract (not counted), an Interspeech paper "
                 "(venue Interspeech), '(in press)' without year, 'Submitted to' without year = under review, and "
                 "the PhD thesis (counted, no venue): 6 papers, 5 first-authored. Awards: prize and ESRC studentship "
                 "= 2 (HEA fellowship in Teaching is a qualification). "
                 "British Academy/Leverhulme grant is not an award; referees' e-mails are not the candidate's.",
    }
    return "10_uk_linguistics_lecturer_word_lo", "pdf", doc, label


def cv11():
    """Australian physiotherapy senior research fellow, DOCX kept: NHMRC fellowship, honorary clinical post."""
    doc = new_doc("Calibri", 11)
    footer(doc, "Dr Siobhan Kettering-Wai – CV (March 2025)", of_pages=False)
    para(doc, [("Dr Siobhan Kettering-Wai", "b")], size=18, after=0)
    para(doc, "BAppSc(Physio) MPH PhD", after=0)
    para(doc, "Sydney School of Health Sciences, Faculty of Medicine and Health, The University of Sydney NSW 2006",
         after=0)
    para(doc, "siobhan.kettering-wai@sydney.example.edu.au | 0491 570 159 | ORCID 0000-0003-1180-6624", after=8)
    head(doc, "Current appointments", "b", size=12)
    para(doc, "Senior Research Fellow (Level C), The University of Sydney — July 2021 – present")
    para(doc, "   NHMRC Emerging Leadership Fellowship (EL2), 2022–2026")
    para(doc, "Honorary Senior Physiotherapist, Royal Prince Alfred Hospital (0.1 FTE) — 2019–")
    head(doc, "Previous appointments", "b", size=12)
    table(doc, [["2017 – 2021", "Research Fellow (Level B), Institute for Musculoskeletal Health, The University of "
                 "Sydney"],
                ["2014-2017", "Postdoctoral Research Fellow, The George Institute for Global Health"],
                ["2008 – 2011", "Senior Physiotherapist, Westmead Hospital"],
                ["2004 – 2008", "Physiotherapist (rotational), St Vincent's Hospital Sydney"]], [3.0, 13.4],
          borders=False)
    para(doc, "2012: career break (travel and family, 8 months)", size=9)
    head(doc, "Qualifications", "b", size=12)
    for t in ["PhD, The University of Sydney, 2010 – 2014 (part-time to 2012)",
              "Master of Public Health, University of New South Wales, 2009",
              "Bachelor of Applied Science (Physiotherapy) (Hons I), The University of Sydney, 2000-2003"]:
        para(doc, "• " + t, indent=0.5)
    head(doc, "Research interests", "b", size=12)
    para(doc, "Low back pain; physical activity interventions for older adults; falls prevention; pragmatic "
              "randomised trials.")
    head(doc, "Awards & Prizes", "b", size=12)
    para(doc, "2023 Australian Physiotherapy Association Research Excellence Award; 2019 Sydney Medical School Early "
              "Career Researcher Prize; 2004 University Medal in Physiotherapy")
    head(doc, "Publications (selected; total 52, h-index 19)", "b", size=12)
    pubs = [
        P("Kettering-Wai S; Lam-Ortega D; Buchanan CR", "Walking for chronic low back pain in older adults: the "
          "WALK-BACK randomised trial", "Lancet Rheumatol", None, status="under review"),
        P("Nadeem F; Kettering-Wai S; Buchanan CR; Oyelowo T; Lam-Ortega D; Hughes-Bell J; Pham T", "Falls "
          "prevention exercise delivered by telehealth: a feasibility study", "J Physiother", 2024, vol="70",
          pages="122-130"),
        P("Kettering-Wai S; Buchanan CR", "Physical activity after hip fracture: a systematic review",
          "Br J Sports Med", 2023, vol="57", pages="1011-1019"),
        P("Kettering-Wai S; Pham T; Nadeem F", "Cost-effectiveness of group exercise for older adults with back "
          "pain", "Pain", 2021, vol="162", pages="2401-2410"),
        P("Oyelowo T; Kettering-Wai S", "Patient expectations of physiotherapy for low back pain", "Physiotherapy",
          2019, vol="105", pages="339-346"),
        P("Kettering-Wai S; Buchanan CR; Lam-Ortega D", "Step count and disability in older adults with back pain",
          "Arthritis Care Res", 2016, vol="68", pages="1122-1129"),
    ]
    pubs[0]["stat_override"] = "under review"
    for p in pubs:
        runs_ = render(p, "vanc", "Kettering-Wai", bold_own=True, etal=3)
        para(doc, runs_, indent=0.5, hanging=0.5, after=3)
    para(doc, [("Equal first author", "i")], before=2)
    para(doc, "Hughes-Bell J*, Kettering-Wai S*, Pham T, Buchanan CR. Physiotherapist-led triage in emergency "
              "departments. Emerg Med Australas. 2018;30:655-662. *equal contribution", indent=0.5, hanging=0.5)
    head(doc, "Competitive funding", "b", size=12)
    para(doc, "NHMRC Investigator Grant EL2 (2022–2026), $1.6M; MRFF Clinical Trials Activity (CIB), $2.9M, 2021.")
    label = {
        "name": "Siobhan Kettering-Wai",
        "name_any": ["Dr Siobhan Kettering-Wai"],
        "emails": ["siobhan.kettering-wai@sydney.example.edu.au"],
        "phones": ["+61491570159"],
        "links": ["orcid.org/0000-0003-1180-6624"],
        "education": [
            {"institution": "The University of Sydney", "degree_level": "phd", "start": "2010", "end": "2014"},
            {"institution": "University of New South Wales", "degree_level": "master", "start": None, "end": "2009"},
            {"institution": "The University of Sydney", "degree_level": "bachelor", "start": "2000", "end": "2003"}],
        "experience": [
            {"organization": "The University of Sydney", "title": "Senior Research Fellow (Level C)",
             "start": "2021-07", "end": "present"},
            {"organization": "Royal Prince Alfred Hospital", "title": "Honorary Senior Physiotherapist",
             "start": "2019", "end": "present"},
            {"organization": "The University of Sydney", "title": "Research Fellow (Level B)", "start": "2017",
             "end": "2021"},
            {"organization": "The George Institute for Global Health", "title": "Postdoctoral Research Fellow",
             "start": "2014", "end": "2017"},
            {"organization": "Westmead Hospital", "title": "Senior Physiotherapist", "start": "2008", "end": "2011"},
            {"organization": "St Vincent's Hospital Sydney", "title": "Physiotherapist (rotational)", "start": "2004",
             "end": "2008"}],
        "publications_count": 7,
        "first_author_count": 5,
        "publications_sample": [
            {"title": pubs[0]["title"], "venue": "Lancet Rheumatol", "year": None, "first_author": True,
             "status": "under review"},
            {"title": pubs[1]["title"], "venue": "J Physiother", "year": 2024, "first_author": False,
             "status": "published"},
            {"title": pubs[3]["title"], "venue": "Pain", "year": 2021, "first_author": True, "status": "published"},
            {"title": "Physiotherapist-led triage in emergency departments", "venue": "Emerg Med Australas",
             "year": 2018, "first_author": True, "status": "published"}],
        "research_interests_any": ["Low back pain", "physical activity interventions for older adults",
                                   "falls prevention"],
        "awards_count": 3,
        "language": "en",
        "layout": "Australian senior research fellow, Word CV kept as DOCX",
        "notes": "Name with post-nominals on the next line; Australian mobile 0491 570 159 (the ACMA fiction "
                 "range). Current appointments as 'Title, Org — dates' lines ('July 2021 – present'; '2019–' open "
                 "end = present), the NHMRC fellowship as an indented funding line under the post (not a separate "
                 "job, and a grant: not an award); honorary 0.1 FTE clinical post is a job. Previous appointments in "
                 "a borderless table; a career-break line is not a job. Qualifications as bullets 'Degree, Uni, "
                 "years'. 'Publications (selected; total 52, h-index 19)': 6 Vancouver entries with the own name "
                 "bold and 'et al' after three authors, first '(under review)' without a year; then an 'Equal first "
                 "author' sub-list whose entry is typed by hand with '*' on the first two names and no bold (second "
                 "listed with '*' = first author). 7 counted, 5 first-authored. Awards on one line: 3.",
    }
    return "11_au_physiotherapy_senior_research_fellow_word_docx", "docx", doc, label


def cv12():
    """South African structural-engineering senior lecturer: photo box, industry years, venue spelt two ways."""
    doc = new_doc("Cambria", 10.5)
    footer(doc, "J.P. de Villiers-Mokoena | Curriculum Vitae", of_pages=True,
           header_text="Confidential – for the selection committee")
    table(doc, [[[[("Jacobus Pieter de Villiers-Mokoena", "b")], "Pr.Eng., PhD (Stellenbosch)",
                  "Department of Civil Engineering, Stellenbosch University, Private Bag X1, Matieland 7602",
                  "jpdvm@sun.example.ac.za  ·  +27 21 555 0138  ·  +27 82 555 0177 (cell)"],
                 ["", "[photo]", ""]]], [13.0, 3.4], borders=False)
    head(doc, "Positions", "bu")
    for t in ["2019 – current\tSenior Lecturer and Programme Coordinator (MEng Structural), Stellenbosch University",
              "2014 – 2018\tLecturer, Stellenbosch University",
              "2013\tVisiting Researcher (6 months), ETH Zürich, Institute of Structural Engineering",
              "2006 – 2012\tStructural Engineer, later Associate, Aurecon South Africa (Cape Town)",
              "2004-2006\tGraduate Engineer, WSP Group Africa, Johannesburg"]:
        para(doc, t, tabs=[(3.2, "l")], indent=3.2, hanging=3.2)
    head(doc, "Tertiary education", "bu")
    table(doc, [["PhD (Structural Engineering)", "Stellenbosch University", "2010 – 2014 (part-time)"],
                ["MEng (Structural)", "University of Cape Town", "2008"],
                ["BEng (Civil)", "University of Pretoria", "2000-2003"]], [6.0, 6.0, 4.4])
    para(doc, "Professional registration: Pr.Eng. (ECSA 20090117), 2009.", size=9, before=2)
    head(doc, "Research Interests", "bu")
    para(doc, "Reinforced concrete durability; structural health monitoring of bridges; low-carbon cement "
              "concrete for affordable housing.")
    head(doc, "Recognition", "bu")
    para(doc, "SAICE Structural Division Award for Research, 2021 — Stellenbosch University Rector’s Award for "
              "Excellent Teaching, 2018 — NRF Y2 rating (2016)")
    head(doc, "Publications", "bu")
    para(doc, [("a) Journal papers", "b")])
    jp = [
        P("de Villiers-Mokoena JP; Ndlovu KT; Hartmann-Roux E", "Chloride ingress in low-clinker concrete exposed to "
          "a Cape coastal climate", "Construction and Building Materials", 2024, vol="411", pages="134-145"),
        P("Ndlovu KT; de Villiers-Mokoena JP", "Fibre-optic strain monitoring of a post-tensioned bridge deck",
          "Structural Health Monitoring", 2022, vol="21", pages="2001-2015"),
        P("de Villiers-Mokoena JP; Brandt-Louw A", "Corrosion-induced cracking of RC beams: a probabilistic model",
          "J. S. Afr. Inst. Civ. Eng.", 2020, vol="62", pages="2-11"),
        P("de Villiers-Mokoena JP", "Service life design of marine concrete structures in South Africa",
          "Journal of the South African Institution of Civil Engineering", 2017, vol="59", pages="18-27"),
        P("Hartmann-Roux E; Ndlovu KT; de Villiers-Mokoena JP; Brandt-Louw A", "Limestone calcined clay cement for "
          "low-cost housing", "Cement and Concrete Composites", None, status="under review"),
    ]
    for k, p in enumerate(jp, 1):
        para(doc, [f"{k}.\t"] + render(p, "init", "de Villiers-Mokoena", italic_venue=False), tabs=[(0.8, "l")],
             indent=0.8, hanging=0.8)
    para(doc, [("b) Conference papers (full paper, peer reviewed)", "b")], before=3)
    cp = ["J.P. de Villiers-Mokoena, K.T. Ndlovu, “Bridge deck monitoring with low-cost sensors,” in Proc. 8th Int. "
          "Conf. on Structural Engineering, Mechanics and Computation (SEMC 2022), Cape Town, pp. 1101-1106.",
          "J.P. de Villiers-Mokoena, “Durability indexes revisited,” fib Symposium, Kraków, 2019.",
          "A. Brandt-Louw, J.P. de Villiers-Mokoena, “Carbonation of LC3 concrete,” 3rd International Conference "
          "on Calcined Clays for Sustainable Concrete, New Delhi."]
    for k, t in enumerate(cp, 6):
        para(doc, f"{k}.\t{t}", tabs=[(0.8, "l")], indent=0.8, hanging=0.8)
    para(doc, [("c) Reports / other", "b")], before=3)
    para(doc, "Technical guideline contributor: SANS 10100-2 revision working group (2021–2023).", indent=0.8)
    head(doc, "Postgraduate supervision", "bu")
    para(doc, "PhD 3 (completed 1), MEng 14 (completed 11).")
    label = {
        "name": "Jacobus Pieter de Villiers-Mokoena",
        "name_any": ["J.P. de Villiers-Mokoena", "Jacobus de Villiers-Mokoena"],
        "emails": ["jpdvm@sun.example.ac.za"],
        "phones": ["+27215550138", "+27825550177"],
        "links": [],
        "education": [
            {"institution": "Stellenbosch University", "degree_level": "phd", "start": "2010", "end": "2014"},
            {"institution": "University of Cape Town", "degree_level": "master", "start": None, "end": "2008"},
            {"institution": "University of Pretoria", "degree_level": "bachelor", "start": "2000", "end": "2003"}],
        "experience": [
            {"organization": "Stellenbosch University",
             "title": "Senior Lecturer and Programme Coordinator (MEng Structural)", "start": "2019",
             "end": "present"},
            {"organization": "Stellenbosch University", "title": "Lecturer", "start": "2014", "end": "2018"},
            {"organization": "ETH Zürich", "title": "Visiting Researcher (6 months)", "start": "2013", "end": "2013"},
            {"organization": "Aurecon South Africa", "title": "Structural Engineer, later Associate", "start": "2006",
             "end": "2012"},
            {"organization": "WSP Group Africa", "title": "Graduate Engineer", "start": "2004", "end": "2006"}],
        "publications_count": 8,
        "first_author_count": 5,
        "publications_sample": [
            {"title": jp[0]["title"], "venue": "Construction and Building Materials", "year": 2024,
             "first_author": True, "status": "published"},
            {"title": jp[2]["title"], "venue": "J. S. Afr. Inst. Civ. Eng.", "year": 2020, "first_author": True,
             "status": "published"},
            {"title": jp[3]["title"], "venue": "Journal of the South African Institution of Civil Engineering",
             "year": 2017, "first_author": True, "status": "published"},
            {"title": jp[4]["title"], "venue": "Cement and Concrete Composites", "year": None, "first_author": False,
             "status": "under review"},
            {"title": "Bridge deck monitoring with low-cost sensors", "venue": "SEMC 2022", "year": 2022,
             "first_author": True, "status": "published"},
            {"title": "Carbonation of LC3 concrete", "venue": "3rd International Conference on Calcined Clays for "
             "Sustainable Concrete", "year": None, "first_author": False, "status": "published"}],
        "research_interests_any": ["Reinforced concrete durability", "structural health monitoring of bridges"],
        "awards_count": 2,
        "language": "en",
        "layout": "South African engineering CV in Word: header table with a photo placeholder, LO PDF",
        "notes": "Name, post-nominals, address and two phones in the left cell of a borderless table, '[photo]' "
                 "placeholder in the right cell; running header 'Confidential – for the selection committee' and a "
                 "name + 'Page n of N' footer. Headings bold underlined body-size. Positions with tabs: '2019 – "
                 "current' (= present) holding two roles at one university in one title (one job), a 2013 visiting "
                 "stay, 'Structural Engineer, later Associate, Aurecon South Africa (Cape Town)' (one job, title as "
                 "printed), '2004-2006'. Education in a grid table (MEng one year: end only; PhD '2010 – 2014 "
                 "(part-time)'). Pr.Eng. registration is not education; the NRF rating is not an award: 2 awards. "
                 "Journal papers in 'A. B. Surname' style, the same journal abbreviated in one entry and spelt out "
                 "in the next (venues kept as printed); 'submitted' without a year = under review. Conference papers "
                 "numbered on from 6 (full papers, counted): SEMC venue = 'SEMC 2022' with the year from the venue; "
                 "the calcined-clays paper prints no year. 'c) Reports / other' holds a working-group line (not a "
                 "paper). 8 papers, 5 first-authored.",
    }
    return "12_za_structural_engineering_senior_lecturer_word_lo", "pdf", doc, label
