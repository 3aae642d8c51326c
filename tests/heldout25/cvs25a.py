"""heldout25 CVs 01-04."""
from __future__ import annotations

from kit25 import footer, head, new_doc, para, table
from pubs25 import P, many, render

TABS = [(3.6, "l")]


def cv01():
    """UK cardiology Reader + honorary consultant, 45 papers, running footer."""
    own = "Tallis-Achebe M"
    doc = new_doc("Calibri", 11)
    footer(doc, "Morwenna Tallis-Achebe – Curriculum Vitae – updated March 2025")
    para(doc, [("Dr Morwenna Tallis-Achebe", "b")], size=16, align="c", after=0)
    para(doc, "MBChB (Hons) BSc PhD FRCP", align="c", after=0)
    para(doc, "Leeds Institute of Cardiovascular and Metabolic Medicine, Worsley Building, Clarendon Way, Leeds LS2 9JT",
         align="c", size=9, after=0)
    para(doc, "m.tallis-achebe@leeds.example.ac.uk  |  0113 496 0734  |  GMC 7012345", align="c", size=9, after=8)
    head(doc, "CURRENT APPOINTMENT", "b")
    para(doc, ["Aug 2019 – present\tReader in Cardiovascular Medicine, University of Leeds ",
               ("and", "i"), " Honorary Consultant Cardiologist, Leeds Teaching Hospitals NHS Trust (8 PAs clinical)"],
         tabs=TABS, indent=3.6, hanging=3.6)
    head(doc, "Previous Appointments", "bu")
    para(doc, ["2014-2019\tUniversity Academic Fellow (Senior Lecturer grade), University of Leeds"],
         tabs=TABS, indent=3.6, hanging=3.6)
    para(doc, ["Sept. 2011 - July 2014\tBHF Clinical Research Training Fellow, University of Leeds (out of programme)"],
         tabs=TABS, indent=3.6, hanging=3.6)
    para(doc, ["2010\tCareer break, 10 months (family reasons)"], tabs=TABS, indent=3.6, hanging=3.6)
    para(doc, [("Clinical training", "i")], before=4)
    table(doc, [["Post", "Employer / deanery", "Dates"],
                ["Specialty Registrar in Cardiology (ST3-ST7)", "Health Education Yorkshire and the Humber",
                 ["08/2008 –", "07/2016"]],
                ["Core Medical Trainee", "Sheffield Teaching Hospitals NHS Foundation Trust", "2006 – 2008"],
                ["Foundation Programme F1/F2", "Newcastle upon Tyne Hospitals NHS Foundation Trust", "2004-06"]],
          [6.0, 7.0, 3.2], font="Arial", size=9, bold_first_row=True)
    head(doc, "Education & qualifications", "b")
    for line in ["2015\tPhD, University of Leeds (‘Myocardial fibrosis in heart failure with preserved ejection fraction’)",
                 "1998-2004\tMBChB (Hons), University of Edinburgh",
                 "2001\tBSc (Hons) Medical Sciences (intercalated, 1st class), University of Edinburgh",
                 "2007\tMRCP (UK)", "2020\tFRCP (London)"]:
        para(doc, line, tabs=TABS, indent=3.6, hanging=3.6)
    head(doc, "Research interests", "b")
    para(doc, "Cardiac MRI in heart failure with preserved ejection fraction; myocardial fibrosis imaging; "
              "sex differences in cardiomyopathy; trial design in cardiovascular imaging.")
    head(doc, "Prizes & Awards", "b")
    for line in ["2021\tLeeds Medical School Prize for Excellence in Teaching",
                 "2013\tYoung Investigator Award (winner), British Cardiovascular Society",
                 "2012\tMedical Research Society Prize, Clinical Science category"]:
        para(doc, line, tabs=TABS, indent=3.6, hanging=3.6)
    head(doc, "Grant income (as PI or co-PI, selected)", "b")
    para(doc, "British Heart Foundation Project Grant PG/21/11011 (PI), £248,000, 2021-2024; NIHR Leeds BRC "
              "theme award (co-I), £1.2M, 2022-2027; MRC Confidence in Concept (co-PI), £96,000, 2019.")
    head(doc, "Publications (selected, since 2015)", "bc")
    para(doc, [("Original research", "bi")])
    coauth = ["Okafor CN", "Pennington JR", "Lindqvist E", "Harrow DP", "Mbeki TS", "Greenhalgh R", "Duarte FM",
              "Sørensen KH", "Plunkett AJ", "Vasquez-Reid L", "Chaudhry SI", "McAleese B", "Ferrante G", "Kowalczyk M"]
    orig = many(2501, 34, own, coauth,
                ["Eur Heart J", "JACC Cardiovasc Imaging", "J Cardiovasc Magn Reson", "Heart", "Circ Cardiovasc Imaging",
                 "Eur Heart J Cardiovasc Imaging", "Int J Cardiol", "Radiology"],
                [["Native T1 mapping and", "Extracellular volume and", "Left atrial strain and", "Stress perfusion and",
                  "Late gadolinium enhancement and", "Myocardial energetics and"],
                 ["diastolic function", "exercise capacity", "outcome", "ventricular remodelling", "hospitalisation"],
                 ["in heart failure with preserved ejection fraction", "in women with chest pain",
                  "after transcatheter aortic valve implantation", "in type 2 diabetes", "in hypertrophic cardiomyopathy",
                  "in cardiac amyloidosis: a cohort study", "in a multicentre UK registry"]],
                [2025] * 2 + [2024] * 4 + [2023] * 5 + [2022] * 5 + [2021] * 4 + [2020] * 4 + [2019] * 3 + [2018] * 3
                + [2017] * 2 + [2016] * 2)
    orig[0].update(status="under review", year=None, stat_override="submitted")
    orig[1].update(status="accepted", stat_override="accepted pending minor revisions")
    for k, p in enumerate(orig, 1):
        para(doc, [f"{k}.\t"] + render(p, "vanc", "Tallis-Achebe", bold_own=True, etal=6), tabs=[(0.8, "l")],
             indent=0.8, hanging=0.8, size=10)
    para(doc, [("Reviews, editorials and guidelines", "bi")], before=4)
    rev = [P("Tallis-Achebe M; Greenhalgh R", "Imaging the stiff heart: where are we with HFpEF?", "Heart", 2023,
             vol="109", pages="1402-1410"),
           P("Ferrante G; Tallis-Achebe M", "Sex-specific reference ranges in cardiac MRI: time to act", "Eur Heart J",
             2022, vol="43", pages="2211-2213"),
           P("Tallis-Achebe M", "The fibrosis hypothesis revisited", "Heart", 2019, vol="105", pages="88-90"),
           P("Harrow DP; Plunkett AJ; Tallis-Achebe M; Okafor CN; Lindqvist E", "British Society of Cardiovascular "
             "Magnetic Resonance position statement on T1 mapping", "J Cardiovasc Magn Reson", 2020, vol="22",
             pages="44-61")]
    for k, p in enumerate(rev, 1):
        para(doc, [f"{k}.\t"] + render(p, "vanc", "Tallis-Achebe"), tabs=[(0.8, "l")], indent=0.8, hanging=0.8,
             size=10)
    para(doc, [("Book chapters", "bi")], before=4)
    ch = [P("Tallis-Achebe M; Greenhalgh R", "Cardiac magnetic resonance in heart failure", "Oxford Textbook of "
            "Heart Failure (2nd ed.)", 2022, pages="311-330"),
          P("Tallis-Achebe M", "Diastolic function", "The EACVI Textbook of Cardiovascular Magnetic Resonance", None,
            status="in press")]
    for p in ch:
        para(doc, render(p, "apa", "Tallis-Achebe"), font="Times New Roman", size=11, indent=0.8, hanging=0.8)
    para(doc, [("Invited lectures (last 5 years)", "bi")], before=4)
    for t in ["‘Fibrosis imaging in HFpEF’, EuroCMR, Lisbon, May 2024 (plenary)",
              "‘Women and the stiff heart’, British Cardiovascular Society Annual Conference, Manchester, 2023",
              "Grand Round, Royal Brompton Hospital, London, 2021"]:
        para(doc, t, indent=0.8, size=10)
    head(doc, "Editorial roles", "b")
    para(doc, "Associate Editor, Heart (2021–); Editorial board, J Cardiovasc Magn Reson (2018 – to date).")
    pubs = orig + rev + ch
    label = {
        "name": "Morwenna Tallis-Achebe",
        "name_any": ["Dr Morwenna Tallis-Achebe"],
        "emails": ["m.tallis-achebe@leeds.example.ac.uk"],
        "phones": ["+441134960734"],
        "links": [],
        "education": [
            {"institution": "University of Leeds", "degree_level": "phd", "start": None, "end": "2015"},
            {"institution": "University of Edinburgh", "degree_level": "bachelor", "start": "1998", "end": "2004"},
            {"institution": "University of Edinburgh", "degree_level": "bachelor", "start": None, "end": "2001"}],
        "experience": [
            {"organization": "University of Leeds", "title": "Reader in Cardiovascular Medicine", "start": "2019-08",
             "end": "present"},
            {"organization": "University of Leeds", "title": "University Academic Fellow (Senior Lecturer grade)",
             "start": "2014", "end": "2019"},
            {"organization": "University of Leeds", "title": "BHF Clinical Research Training Fellow",
             "start": "2011-09", "end": "2014-07"},
            {"organization": "Health Education Yorkshire and the Humber",
             "title": "Specialty Registrar in Cardiology (ST3-ST7)", "start": "2008-08", "end": "2016-07"},
            {"organization": "Sheffield Teaching Hospitals NHS Foundation Trust", "title": "Core Medical Trainee",
             "start": "2006", "end": "2008"},
            {"organization": "Newcastle upon Tyne Hospitals NHS Foundation Trust",
             "title": "Foundation Programme F1/F2", "start": "2004", "end": "2006"}],
        "publications_count": len(pubs),
        "first_author_count": sum(1 for p in pubs if p["authors"][0].startswith("Tallis-Achebe")),
        "publications_sample": [
            {"title": orig[0]["title"], "venue": orig[0]["venue"], "year": None, "first_author": True,
             "status": "under review"},
            {"title": orig[1]["title"], "venue": orig[1]["venue"], "year": 2025, "first_author": False,
             "status": "accepted"},
            {"title": orig[9]["title"], "venue": orig[9]["venue"], "year": orig[9]["year"], "first_author": True,
             "status": "published"},
            {"title": orig[33]["title"], "venue": orig[33]["venue"], "year": 2016, "first_author": True,
             "status": "published"},
            {"title": rev[1]["title"], "venue": "Eur Heart J", "year": 2022, "first_author": False,
             "status": "published"},
            {"title": ch[0]["title"], "venue": ch[0]["venue"], "year": 2022, "first_author": True,
             "status": "published"},
            {"title": ch[1]["title"], "venue": ch[1]["venue"], "year": None, "first_author": True,
             "status": "in press"}],
        "research_interests_any": ["Cardiac MRI in heart failure with preserved ejection fraction",
                                   "myocardial fibrosis imaging", "sex differences in cardiomyopathy"],
        "awards_count": 3,
        "language": "en",
        "layout": "UK clinician-scientist CV kept in Word for years, python-docx -> LibreOffice PDF",
        "notes": "Centred name block with post-nominals on their own line, UK drama-range phone (0113 496 0734) and a "
                 "GMC number (not a phone). 'CURRENT APPOINTMENT' in caps, 'Previous Appointments' bold underlined, "
                 "others bold body-size. The current line holds two concurrent posts ('Reader …, University of Leeds "
                 "and Honorary Consultant Cardiologist, Leeds Teaching Hospitals NHS Trust'): one job labelled with "
                 "the university and the academic title (unsure). Date formats change per line: 'Aug 2019 – "
                 "present', '2014-2019', 'Sept. 2011 - July 2014'; a 2010 career break line is not a job. Clinical "
                 "training is a pasted Arial 9 pt table with the dates wrapped in a cell ('08/2008 –' / '07/2016') "
                 "and '2004-06' (= 2004-2006); the StR post overlaps the fellowship (out of programme) and is kept "
                 "as printed. MBChB (Bachelor of Medicine and Surgery) = bachelor, intercalated BSc (one year: "
                 "end only), PhD with one year; MRCP/FRCP are memberships, not education. 'Publications (selected, "
                 "since 2015)' heading: 34 numbered Vancouver originals with 'et al.' after six names and the own "
                 "name bold (first = submitted, no year = under review; second 'accepted pending minor revisions' "
                 "= accepted with 2025), 4 reviews/editorials numbered from 1 again without bold, 2 book chapters in "
                 "APA in Times (pasted; one 'in press'); chapter venue = the book. Invited lectures under the same "
                 "heading are not papers. Grants and editorial roles are not awards/jobs; 3 prizes.",
    }
    return "01_uk_cardiology_reader_clinician_word_lo", "pdf", doc, label


def cv02():
    """Irish history senior lecturer, DOCX kept; humanities lists without authors."""
    doc = new_doc("Cambria", 11)
    para(doc, [("CURRICULUM VITAE", "b")], align="c", after=6)
    para(doc, [("Dr Saoirse Culligan", "b")], size=14, after=0)
    para(doc, "School of History, University College Cork, Tyrconnell, College Road, Cork T12 YF78, Ireland", after=0)
    para(doc, "Email: s.culligan@ucc.example.ie   Mobile: +353 85 555 0147", after=0)
    para(doc, "ORCID: 0000-0002-5519-2740", after=8)
    head(doc, "Posts Held", "bu")
    table(doc, [["2017 – present", "Senior Lecturer in Modern Irish History, University College Cork"],
                ["2013–2017", "Lecturer in History, University College Cork (maternity leave Sept. 2015 – May 2016)"],
                ["2012 – 2013", "Career break: caring responsibilities"],
                ["2010 – 2012", "Irish Research Council Government of Ireland Postdoctoral Fellow, Trinity College Dublin"],
                ["Spring 2009", "Visiting Research Fellow, Moore Institute, University of Galway"]],
          [3.2, 13.0], borders=False)
    head(doc, "Education", "bu")
    for line in ["PhD History, Trinity College Dublin, 2006-2010. Thesis: ‘Poor Law unions and the politics of relief "
                 "in Munster, 1880–1914’", "MPhil in Modern Irish History, Trinity College Dublin, 2005",
                 "BA (Hons) History and Politics, University College Dublin, 2001 - 2004"]:
        para(doc, line, indent=0.6)
    head(doc, "Research Interests", "bu")
    para(doc, "Social history of nineteenth-century Ireland; poor relief and welfare; women and local government; "
              "digital history of the Irish workhouse.")
    head(doc, "Publications (incl. talks)", "bu")
    para(doc, [("Monograph", "i")])
    para(doc, "1. Relief and Respectability: The Munster Poor Law Unions, 1880–1914 (Cork: Cork University Press, "
              "2019).", indent=0.6, hanging=0.6)
    para(doc, [("Edited volume", "i")])
    para(doc, "2. (with Tadhg Brennock) Welfare before the State: Ireland, 1838–1948 (Dublin: Four Courts Press, "
              "2022).", indent=0.6, hanging=0.6)
    para(doc, [("Articles", "i")])
    arts = [("3.", "‘Boards of guardians and the female ratepayer, 1896–1914’, Irish Historical Studies, 47:171 "
                   "(2023), pp. 44–66."),
            ("4.", "‘Outdoor relief in west Cork during the Land War’, Éire-Ireland, 55 (2020), 112–39."),
            ("5.", "‘The workhouse infirmary as a public hospital, 1880–1900’, Social History of Medicine, "
                   "forthcoming."),
            ("6.", "‘Counting paupers: a digital census of the Skibbereen workhouse’, Journal of the Cork "
                   "Historical and Archaeological Society, 121 (2016), 31–50."),
            ("6.", "‘Nuns, nurses and guardians’, Saothar, 38 (2013), pp. 9–21.")]
    for n, t in arts:
        para(doc, f"{n} {t}", indent=0.6, hanging=0.6)
    para(doc, [("Book chapters", "i")])
    for t in ["7. ‘Local government and relief’, in T. Brennock and S. Culligan (eds), Welfare before the State "
              "(Dublin, 2022), pp. 1–24.",
              "8. ‘The poor law in Munster’, in M. Kiely (ed.), The Cambridge Social History of Modern Ireland "
              "(Cambridge, 2017), pp. 233–251.",
              "9. ‘Famine memory in the board room’, in A. Fogarty (ed.), Memory and the Great Irish Famine "
              "(Liverpool University Press, in press)."]:
        para(doc, t, indent=0.6, hanging=0.6)
    para(doc, [("Talks & conference papers", "i")])
    for t in ["‘Women guardians in Munster’, American Conference for Irish Studies, Boston, 2023",
              "Invited lecture, ‘Relief and Respectability’, Royal Irish Academy, Dublin, 14 Nov. 2019",
              "‘Workhouse infirmaries’, Irish Conference of Historians, Maynooth, 2017"]:
        para(doc, "– " + t, indent=0.6)
    para(doc, [("Book reviews", "i")])
    para(doc, "Reviews in Irish Economic and Social History (2018, 2021) and History Ireland (2020).", indent=0.6)
    head(doc, "Awards and Fellowships", "bu")
    for t in ["Irish Research Council Government of Ireland Postdoctoral Fellowship, 2010",
              "Donnelly Prize for Irish History (shortlist), 2020", "President’s Award for Teaching Excellence, "
              "UCC, 2021", "Trinity College Dublin Postgraduate Studentship, 2006–2009"]:
        para(doc, "• " + t, indent=0.6)
    head(doc, "Editorial", "bu")
    para(doc, "Reviews editor, Irish Historical Studies, 2019 –.  Member, editorial board, Saothar (2021 to date).")
    head(doc, "Teaching and Supervision", "bu")
    para(doc, "Modules: HI2031 Ireland 1815–1921; HI3107 Poverty and Welfare. PhD supervision: 3 completed, 2 current.")
    label = {
        "name": "Saoirse Culligan",
        "name_any": ["Dr Saoirse Culligan"],
        "emails": ["s.culligan@ucc.example.ie"],
        "phones": ["+353855550147"],
        "links": ["orcid.org/0000-0002-5519-2740"],
        "education": [
            {"institution": "Trinity College Dublin", "degree_level": "phd", "start": "2006", "end": "2010"},
            {"institution": "Trinity College Dublin", "degree_level": "master", "start": None, "end": "2005"},
            {"institution": "University College Dublin", "degree_level": "bachelor", "start": "2001", "end": "2004"}],
        "experience": [
            {"organization": "University College Cork", "title": "Senior Lecturer in Modern Irish History",
             "start": "2017", "end": "present"},
            {"organization": "University College Cork", "title": "Lecturer in History", "start": "2013",
             "end": "2017"},
            {"organization": "Trinity College Dublin",
             "title": "Irish Research Council Government of Ireland Postdoctoral Fellow", "start": "2010",
             "end": "2012"},
            {"organization": "University of Galway", "title": "Visiting Research Fellow", "start": "2009",
             "end": "2009"}],
        "publications_count": 10,
        "first_author_count": None,
        "publications_sample": [
            {"title": "Relief and Respectability: The Munster Poor Law Unions, 1880–1914",
             "venue": "Cork University Press", "year": 2019, "first_author": None, "status": "published"},
            {"title": "Boards of guardians and the female ratepayer, 1896–1914", "venue": "Irish Historical Studies",
             "year": 2023, "first_author": None, "status": "published"},
            {"title": "The workhouse infirmary as a public hospital, 1880–1900", "venue": "Social History of Medicine",
             "year": None, "first_author": None, "status": "in press"},
            {"title": "Nuns, nurses and guardians", "venue": "Saothar", "year": 2013, "first_author": None,
             "status": "published"},
            {"title": "The poor law in Munster", "venue": "The Cambridge Social History of Modern Ireland",
             "year": 2017, "first_author": None, "status": "published"},
            {"title": "Famine memory in the board room", "venue": "Memory and the Great Irish Famine", "year": None,
             "first_author": None, "status": "in press"}],
        "research_interests_any": ["Social history of nineteenth-century Ireland", "poor relief and welfare",
                                   "women and local government"],
        "awards_count": 4,
        "language": "en",
        "layout": "Irish humanities CV, python-docx kept as DOCX",
        "notes": "'CURRICULUM VITAE' above the name; headings bold underlined body-size. Posts in a borderless "
                 "two-column table: 'Spring 2009' visiting fellowship (2009-2009), a maternity-leave remark inside the "
                 "Lecturer row (same job), a career-break row (not a job), the IRC postdoctoral fellowship as a job "
                 "and, listed under 'Awards and Fellowships', also an award (heldout15 rule). Degrees as sentences: "
                 "'2006-2010', MPhil with one year (end only), BA '2001 - 2004'. 'Publications (incl. talks)' mixes "
                 "a monograph (venue = press), an edited volume (with a co-editor, counted, venue = press), five "
                 "articles in humanities style with no author names (hand numbering repeats '6.'), three chapters "
                 "(venue = the book; the first is in her own edited volume), talks (not papers) and a book-review "
                 "line (not papers): 10 counted. No author names printed, so first authorship is not scored. "
                 "'forthcoming' and 'in press' = in press with no year. Awards: IRC fellowship, prize shortlist "
                 "(counted as an honour, unsure), teaching award, studentship = 4. Editorial roles are not jobs.",
    }
    return "02_ie_history_senior_lecturer_word_docx", "docx", doc, label


def cv03():
    """Australian ecology associate professor: tabs in one section, a table in the next, mixed author styles."""
    doc = new_doc("Arial", 10)
    footer(doc, "Bronwyn Ashgrove-Tuilagi CV", of_pages=False)
    para(doc, [("Associate Professor Bronwyn Ashgrove-Tuilagi", "b")], size=13, after=0)
    para(doc, "College of Science and Engineering, James Cook University, Townsville QLD 4811", after=0)
    para(doc, "Ph (07) 5550 1623 · bronwyn.ashgrove@jcu.example.edu.au · https://research.jcu.example.edu.au/ashgrove",
         after=8)
    head(doc, "EDUCATION", "b")
    for line in ["2004 – 2008\tPhD (Marine Biology), University of Queensland",
                 "2003\tBSc (Honours, Class I), University of Tasmania",
                 "2000-2002\tBSc, University of Tasmania"]:
        para(doc, line, tabs=[(3.2, "l")])
    head(doc, "APPOINTMENTS", "b")
    table(doc, [["03/2018 – now", "Associate Professor (Level D)", "James Cook University"],
                ["Jan 2019 – Dec 2021", "Adjunct Senior Research Scientist (0.1 FTE)",
                 "Australian Institute of Marine Science"],
                ["Sept. 2014 - Feb. 2018", "Senior Lecturer", "James Cook University"],
                ["2011-2014", "ARC DECRA Fellow", "University of Western Australia"],
                ["2008 to 2011", "Postdoctoral Research Associate", "CSIRO Oceans and Atmosphere, Hobart"]],
          [3.6, 6.2, 6.6])
    para(doc, "Career interruption: part-time (0.6 FTE) Jul 2016 – Jun 2017, primary carer.", size=9, before=2)
    head(doc, "research interests", "bc")
    para(doc, "Coral reef fish ecology; thermal tolerance of herbivorous fishes; reef recovery after bleaching.")
    head(doc, "AWARDS & FELLOWSHIPS", "b")
    para(doc, "ARC Discovery Early Career Researcher Award (DECRA), 2011 · JCU Vice-Chancellor's Citation for "
              "Outstanding Contribution to Student Learning, 2020 · Australian Coral Reef Society Early Career "
              "Award, 2010")
    head(doc, "PUBLICATONS", "b")
    para(doc, "Total 24 refereed; h-index 21 (Scopus, Feb 2025). * = student author", size=9)
    para(doc, [("Journal articles", "u")])
    arts = [
        P("Ashgrove-Tuilagi B; Kerrigan DM; Lowe-Fitzroy T", "Herbivore thermal windows and the pace of reef "
          "recovery after back-to-back bleaching", "Global Change Biology", None, status="under review"),
        P("Nakamura-Hale J; Ashgrove-Tuilagi B", "Night-time foraging of rabbitfishes on an inshore reef",
          "Coral Reefs", 2025, status="in press"),
        P("Ashgrove-Tuilagi B; Pereira SL; Kerrigan DM; Oduya F; Whitlam R", "Metabolic scope of parrotfishes "
          "across a latitudinal gradient", "Journal of Animal Ecology", 2023, vol="92", pages="1187-1199"),
        P("Lowe-Fitzroy T; Ashgrove-Tuilagi B", "Turf algae productivity under marine heatwaves",
          "Marine Ecology Progress Series", 2022, vol="688", pages="15-29"),
        P("Ashgrove-Tuilagi B; Whitlam R", "Functional redundancy of herbivorous fishes revisited", "Fish and "
          "Fisheries", 2021, vol="22", pages="640-655"),
        P("Oduya F; Pereira SL; Ashgrove-Tuilagi B", "Recruitment failure of surgeonfishes after the 2016 bleaching",
          "Coral Reefs", 2019, vol="38", pages="101-112"),
        P("Ashgrove-Tuilagi B; Kerrigan DM", "Body size and thermal sensitivity in reef fishes", "Proc R Soc B",
          2017, vol="284", pages="20171102"),
        P("Ashgrove-Tuilagi B; Halloran PJ; Whitlam R", "Grazing pressure and macroalgal phase shifts on "
          "Ningaloo Reef", "Oecologia", 2013, vol="172", pages="511-523"),
    ]
    arts[0]["stat_override"] = "in revision"
    for p in arts:
        para(doc, render(p, "apa", "Ashgrove-Tuilagi", bold_own=True), indent=0.7, hanging=0.7)
    para(doc, [("Older papers (pre-2012) – pasted from previous CV", "u")], before=4)
    old = [P("Ashgrove B; Halloran PJ", "Diel feeding of Siganus doliatus in the Capricorn-Bunker Group",
             "Mar. Biol.", 2010, vol="157", pages="2211-2220"),
           P("Halloran PJ; Ashgrove B; Vance K", "Herbivory on a high-latitude reef", "J. Exp. Mar. Biol. Ecol.",
             2009, vol="381", pages="33-41"),
           P("Ashgrove B", "Home range of the rabbitfish Siganus lineatus", "Environ. Biol. Fishes", 2007)]
    for k, p in enumerate(old, 1):
        para(doc, [f"[{k}] "] + render(p, "init", "Ashgrove", italic_venue=False), font="Times New Roman",
             size=11, indent=0.7, hanging=0.7)
    para(doc, [("Reports & conference", "u")], before=4)
    para(doc, "Ashgrove-Tuilagi B (2020) Herbivore monitoring on the Great Barrier Reef 2015-2020. Report to the "
              "Great Barrier Reef Marine Park Authority, Townsville. 64 pp.", indent=0.7, hanging=0.7)
    para(doc, "Ashgrove-Tuilagi B, Kerrigan DM. Thermal limits of parrotfishes. Abstract, 15th International Coral "
              "Reef Symposium, Bremen, 2022.", indent=0.7, hanging=0.7)
    head(doc, "Service", "b")
    para(doc, "Associate Editor, Coral Reefs (2020-). Reviewer for ARC Discovery since 2019.")
    pubs = arts + old + ["report"]
    label = {
        "name": "Bronwyn Ashgrove-Tuilagi",
        "name_any": ["Associate Professor Bronwyn Ashgrove-Tuilagi"],
        "emails": ["bronwyn.ashgrove@jcu.example.edu.au"],
        "phones": ["+61755501623"],
        "links": ["https://research.jcu.example.edu.au/ashgrove"],
        "education": [
            {"institution": "University of Queensland", "degree_level": "phd", "start": "2004", "end": "2008"},
            {"institution": "University of Tasmania", "degree_level": "bachelor", "start": None, "end": "2003"},
            {"institution": "University of Tasmania", "degree_level": "bachelor", "start": "2000", "end": "2002"}],
        "experience": [
            {"organization": "James Cook University", "title": "Associate Professor (Level D)", "start": "2018-03",
             "end": "present"},
            {"organization": "Australian Institute of Marine Science",
             "title": "Adjunct Senior Research Scientist (0.1 FTE)", "start": "2019-01", "end": "2021-12"},
            {"organization": "James Cook University", "title": "Senior Lecturer", "start": "2014-09",
             "end": "2018-02"},
            {"organization": "University of Western Australia", "title": "ARC DECRA Fellow", "start": "2011",
             "end": "2014"},
            {"organization": "CSIRO Oceans and Atmosphere", "title": "Postdoctoral Research Associate",
             "start": "2008", "end": "2011"}],
        "publications_count": len(pubs),
        "first_author_count": 8,
        "publications_sample": [
            {"title": arts[0]["title"], "venue": "Global Change Biology", "year": None, "first_author": True,
             "status": "under review"},
            {"title": arts[1]["title"], "venue": "Coral Reefs", "year": None, "first_author": False,
             "status": "in press"},
            {"title": arts[2]["title"], "venue": "Journal of Animal Ecology", "year": 2023, "first_author": True,
             "status": "published"},
            {"title": arts[6]["title"], "venue": "Proc R Soc B", "year": 2017, "first_author": True,
             "status": "published"},
            {"title": old[0]["title"], "venue": "Mar. Biol.", "year": 2010, "first_author": True,
             "status": "published"},
            {"title": old[1]["title"], "venue": "J. Exp. Mar. Biol. Ecol.", "year": 2009, "first_author": False,
             "status": "published"},
            {"title": "Herbivore monitoring on the Great Barrier Reef 2015-2020", "venue": None, "year": 2020,
             "first_author": True, "status": "published"}],
        "research_interests_any": ["Coral reef fish ecology", "thermal tolerance of herbivorous fishes",
                                   "reef recovery after bleaching"],
        "awards_count": 3,
        "language": "en",
        "layout": "Australian academic CV, Arial body with a Times section pasted in, python-docx -> LibreOffice PDF",
        "notes": "Headings bold caps at body size, one in small caps via all-caps formatting of 'research interests', "
                 "one misspelt 'PUBLICATONS'. Education with manual tabs, appointments in a grid table in the next "
                 "section: '03/2018 – now' (= present), 'Jan 2019 – Dec 2021' adjunct 0.1 FTE at AIMS (a job), "
                 "'Sept. 2014 - Feb. 2018', '2011-2014', '2008 to 2011' ('CSIRO Oceans and Atmosphere, Hobart': org "
                 "without the city). A career-interruption line is not a job. Honours year printed alone (bachelor, "
                 "end only). Phone '(07) 5550 1623' labelled +61 7 5550 1623. APA with bold own name: first "
                 "entry '(in revision)' with no year = under review; '(in press)' without a year = in press, year null. "
                 "'Older papers (pre-2012) – pasted from previous CV' in Times 11 with '[1]' numbers, 'B. Ashgrove' "
                 "(maiden name, still the candidate: first author) and abbreviated venues. A GBRMPA report is counted (technical report, heldout18), "
                 "no venue; the Bremen conference abstract is not counted. 12 counted, 8 first-authored. DECRA is "
                 "both a job (2011-2014) and an award; 3 awards on one middot line.",
    }
    return "03_au_marine_ecology_assoc_prof_word_lo", "pdf", doc, label


def cv04():
    """German mechanical-engineering professor, German headings, English papers."""
    doc = new_doc("Arial", 10)
    footer(doc, "Lebenslauf Prof. Dr.-Ing. H. Vossberg-Amani, Stand: 01/2025")
    para(doc, [("Lebenslauf / Curriculum Vitae", "b")], size=14, after=2)
    para(doc, [("Prof. Dr.-Ing. Henrike Vossberg-Amani", "b")], size=12, after=0)
    para(doc, "Professur für Fügetechnik und Montage, Technische Universität Dresden, 01062 Dresden", after=0)
    para(doc, "Tel.: +49 351 555 0123 | E-Mail: henrike.vossberg-amani@tu-dresden.example.de", after=8)
    head(doc, "Beruflicher Werdegang", "bu")
    for line in ["seit 10/2019\tUniversitätsprofessorin (W3), Professur für Fügetechnik und Montage, TU Dresden",
                 "04/2014 – 09/2019\tJuniorprofessorin (W1, mit Tenure Track), Karlsruher Institut für Technologie (KIT)",
                 "2011 – 2014\tGruppenleiterin Klebtechnik, Fraunhofer-Institut für Fertigungstechnik und Angewandte "
                 "Materialforschung IFAM, Bremen",
                 "2006–2011\tWissenschaftliche Mitarbeiterin, Institut für Werkzeugmaschinen und Fabrikbetrieb, "
                 "Technische Universität Berlin",
                 "WS 2017/18\tGastprofessorin (visiting), Tohoku University, Sendai"]:
        para(doc, line, tabs=[(3.6, "l")], indent=3.6, hanging=3.6)
    head(doc, "Ausbildung", "bu")
    table(doc, [["2011", "Promotion zum Dr.-Ing. (summa cum laude), Technische Universität Berlin"],
                ["1999 – 2005", "Studium Maschinenbau, Abschluss Dipl.-Ing., RWTH Aachen"],
                ["1999", "Abitur, Gymnasium Carolinum, Osnabrück"]], [3.2, 13.0], borders=False)
    head(doc, "Forschungsschwerpunkte", "bu")
    para(doc, "Strukturelles Kleben im Leichtbau; Hybridfügen von Faserverbundwerkstoffen und Metall; "
              "zerstörungsfreie Prüfung von Klebverbindungen.")
    head(doc, "Preise und Auszeichnungen", "bu")
    for line in ["2020\tHeinz Maier-Leibnitz-Preis der DFG (Nominierung)", "2012\tDVS-Forschungspreis Fügetechnik",
                 "2011\tDissertationspreis der Gesellschaft von Freunden der TU Berlin"]:
        para(doc, line, tabs=[(3.6, "l")])
    head(doc, "Drittmittel (Auswahl)", "bu")
    para(doc, "DFG SFB/TRR 285, Teilprojekt B03 (2019–2027); BMBF Projekt HyKleb, 1,4 Mio. € (2021–2024).")
    head(doc, "Publikationen (Auswahl, begutachtet)", "bu")
    items = [
        P("Vossberg-Amani H; Lindemann T; Obi C", "Fatigue of hybrid CFRP-aluminium bonded joints under humid "
          "ageing", "International Journal of Adhesion and Adhesives", None, status="under review"),
        P("Lindemann T; Vossberg-Amani H", "In-situ ultrasonic monitoring of adhesive curing", "Composites Part B: "
          "Engineering", 2024, vol="270", pages="111-123"),
        P("Vossberg-Amani H; Obi C; Schreiner-Walz K; Abe T", "Crash behaviour of bonded multi-material car body "
          "structures", "Int. J. Adhes. Adhes.", 2022, vol="114", pages="103-118"),
        P("Kawashima R; Abe T; Vossberg-Amani H", "Laser surface pretreatment for titanium adhesive joints",
          "J. Mater. Process. Technol.", 2019, vol="266", pages="402-411"),
        P("Vossberg-Amani H; Ruhland M", "A cohesive zone model for toughened epoxy adhesives", "Engineering "
          "Fracture Mechanics", 2016, vol="154", pages="30-44"),
        P("Vossberg-Amani H", "Kleben von Faserverbund-Metall-Hybriden im Karosseriebau", "VDI-Berichte 2341",
          2018, pages="77-90"),
        P("Obi C; Vossberg-Amani H", "Digital twin of a bonding line", "Procedia CIRP", 2021, vol="104",
          pages="112-117"),
    ]
    items[0]["stat_override"] = "eingereicht"
    for k, p in enumerate(items, 1):
        para(doc, [f"[{k}]\t"] + render(p, "init", "Vossberg-Amani"), tabs=[(0.9, "l")], indent=0.9, hanging=0.9)
    para(doc, [("Buchbeiträge", "i")], before=4)
    para(doc, "[8]\tVossberg-Amani, H.: Kleben. In: Grote, K.-H.; Hefazi, H. (Hrsg.): Dubbel – Taschenbuch für den "
              "Maschinenbau, 27. Aufl., Springer Vieweg, 2023, S. G48–G56.", tabs=[(0.9, "l")], indent=0.9,
         hanging=0.9)
    para(doc, "[9]\tVossberg-Amani, H.; Lindemann, T.: Hybridfügen. In: Handbuch Leichtbau, Hanser (im Druck).",
         tabs=[(0.9, "l")], indent=0.9, hanging=0.9)
    para(doc, [("Eingeladene Vorträge", "i")], before=4)
    para(doc, "Keynote, Euradh 2022, Garmisch-Partenkirchen; Kolloquium, Tohoku University, Dez. 2017", indent=0.9)
    head(doc, "Mitgliedschaften / Gremien", "bu")
    para(doc, "DVS-Arbeitsgruppe A2 Kleben (Vorsitz seit 2021); Fachkollegiatin DFG 2024–2028.")
    label = {
        "name": "Henrike Vossberg-Amani",
        "name_any": ["Prof. Dr.-Ing. Henrike Vossberg-Amani"],
        "emails": ["henrike.vossberg-amani@tu-dresden.example.de"],
        "phones": ["+493515550123"],
        "links": [],
        "education": [
            {"institution": "Technische Universität Berlin", "degree_level": "phd", "start": None, "end": "2011"},
            {"institution": "RWTH Aachen", "degree_level": "master", "start": "1999", "end": "2005"},
            {"institution": "Gymnasium Carolinum, Osnabrück", "degree_level": "other", "start": None,
             "end": "1999"}],
        "experience": [
            {"organization": "TU Dresden", "title": "Universitätsprofessorin (W3)",
             "start": "2019-10", "end": "present"},
            {"organization": "Karlsruher Institut für Technologie (KIT)",
             "title": "Juniorprofessorin (W1, mit Tenure Track)", "start": "2014-04", "end": "2019-09"},
            {"organization": "Fraunhofer-Institut für Fertigungstechnik und Angewandte Materialforschung IFAM",
             "title": "Gruppenleiterin Klebtechnik", "start": "2011", "end": "2014"},
            {"organization": "Technische Universität Berlin", "title": "Wissenschaftliche Mitarbeiterin",
             "start": "2006", "end": "2011"},
            {"organization": "Tohoku University", "title": "Gastprofessorin (visiting)", "start": "2017",
             "end": "2018"}],
        "publications_count": 9,
        "first_author_count": 6,
        "publications_sample": [
            {"title": items[0]["title"], "venue": "International Journal of Adhesion and Adhesives", "year": None,
             "first_author": True, "status": "under review"},
            {"title": items[1]["title"], "venue": "Composites Part B: Engineering", "year": 2024,
             "first_author": False, "status": "published"},
            {"title": items[2]["title"], "venue": "Int. J. Adhes. Adhes.", "year": 2022, "first_author": True,
             "status": "published"},
            {"title": items[5]["title"], "venue": "VDI-Berichte 2341", "year": 2018, "first_author": True,
             "status": "published"},
            {"title": "Kleben", "venue": "Dubbel – Taschenbuch für den Maschinenbau", "year": 2023,
             "first_author": True, "status": "published"},
            {"title": "Hybridfügen", "venue": "Handbuch Leichtbau", "year": None, "first_author": True,
             "status": "in press"}],
        "research_interests_any": ["Strukturelles Kleben im Leichtbau",
                                   "Hybridfügen von Faserverbundwerkstoffen und Metall"],
        "awards_count": 3,
        "language": "de",
        "layout": "German professor's Lebenslauf in Word, German headings with English papers, python-docx -> LO PDF",
        "notes": "German headings bold underlined at body size ('Beruflicher Werdegang', 'Ausbildung', "
                 "'Publikationen (Auswahl, begutachtet)'); footer 'Lebenslauf … Stand: 01/2025' with page numbers. "
                 "Positions with manual tabs and hanging indent: 'seit 10/2019' (= 2019-10 to present), 'MM/YYYY – "
                 "MM/YYYY', years, and 'WS 2017/18' (winter semester: labelled 2017 to 2018) for a visiting post "
                 "listed last out of order. Org = the university/institute as printed ('TU Dresden'), the Professur/Institut is a unit. "
                 "Ausbildung in a borderless table: Promotion with one year (end only), Diplom (Dipl.-Ing.) labelled "
                 "master (a five-year Diplom; unsure), Abitur = level other with end only. Papers in IEEE-like "
                 "'A. B. Surname' style with numbering [1]-[9] running into 'Buchbeiträge' in German DIN-like style; "
                 "'(eingereicht)' = under review, '(im Druck)' = in press; chapter venue = the book; 'VDI-Berichte "
                 "2341' is a conference volume, kept as printed. Invited talks are not papers; DFG/BMBF grants are "
                 "not awards; a Leibniz-Preis nomination is counted as an honour (unsure): 3 awards.",
    }
    return "04_de_mech_engineering_professor_lebenslauf_word_lo", "pdf", doc, label
