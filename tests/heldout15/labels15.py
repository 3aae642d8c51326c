"""Labels of heldout15: what a careful human reads in each file (format of ../../shared/eval/score.py)."""
from __future__ import annotations


def E(institution, level, start, end):
    return {"institution": institution, "degree_level": level, "start": start, "end": end}


def X(organization, title, start, end):
    return {"organization": organization, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status, authors=None):
    d = {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}
    if authors is not None:
        d["authors"] = authors
    return d


LABELS: dict[str, dict] = {}

LABELS["01_de_education_postdoc_komascript_lebenslauf"] = {
    "name": "Henrike Dorsch-Amelung",
    "name_any": ["Dr. Henrike Dorsch-Amelung"],
    "emails": ["h.dorsch-amelung@uni-potsdam.example.de"],
    "phones": ["+493023125417"],
    "links": ["www.dorsch-amelung.example.de"],
    "education": [
        E("Goethe-Universität Frankfurt am Main", "phd", "2017-10", "2022-02"),
        E("Universität Kassel", "master", "2014-10", "2017-09"),
        E("Universität Kassel", "bachelor", "2011-10", "2014-09"),
        E("Friedrichsgymnasium Kassel", "other", None, "2008-06"),
    ],
    "experience": [
        X("Universität Potsdam", "Wissenschaftliche Mitarbeiterin (Postdoc)", "2022-04", "present"),
        X("DIPF | Leibniz-Institut für Bildungsforschung und Bildungsinformation",
          "Wissenschaftliche Mitarbeiterin (Promotionsstelle, 65 %)", "2017-10", "2022-03"),
        X("Universität Kassel", "Studentische Hilfskraft", "2015-04", "2017-09"),
    ],
    "publications_count": 6,
    "first_author_count": 5,
    "publications_sample": [
        P("Kognitive Aktivierung im Mathematikunterricht der Sekundarstufe I: Eine Videostudie",
          "Unterrichtswissenschaft", 2025, True, "published"),
        P("Teacher noticing and student achievement growth: A multilevel analysis", "Learning and Instruction",
          2024, False, "published"),
        P("Fehlerkultur, Motivation und Leistung in der Sekundarstufe", "Zeitschrift für Pädagogische Psychologie",
          2023, True, "published"),
        P("Professionelle Unterrichtswahrnehmung von Lehramtsstudierenden im Praxissemester",
          "Journal für Mathematik-Didaktik", None, True, "in press"),
        P("Heterogeneity of teaching quality across classrooms: Evidence from a longitudinal study",
          "Zeitschrift für Erziehungswissenschaft", None, True, "under review"),
        P("Unterrichtsqualität messen: Beobachtung, Befragung, Video", "Handbuch Unterrichtsforschung", 2022, True,
          "published"),
    ],
    "research_interests_any": ["Unterrichtsqualität im Mathematikunterricht",
                               "Professionelle Unterrichtswahrnehmung von Lehrkräften",
                               "Längsschnittliche Mehrebenenmodelle"],
    "awards_count": 3,
    "language": "de",
    "layout": "German Lebenslauf, pdfLaTeX KOMA-Script scrartcl, label/value tabularx rows, photo box",
    "notes": "Tabular Lebenslauf: 'Persönliche Daten' as label/value rows (Name, Geburtsdatum, Staatsangehörigkeit, "
             "Anschrift, Telefon, E-Mail, Webseite) beside an empty 'Foto' frame; sections 'Beruflicher Werdegang', "
             "'Ausbildung' with dates in a left column ('seit 04/2022' = start 2022-04, end present; '10/2017 – "
             "03/2022'), title in bold over the employer; the Abitur row (one date 06/2008) is a school-leaving "
             "certificate, labelled as education level 'other' with only an end. German APA references with "
             "'(im Druck)' = in press and '(eingereicht)' = submitted = under review; a book chapter whose venue is "
             "the handbook; numbering continues across 'Zeitschriftenbeiträge'/'Buchbeiträge'. 'Preise und "
             "Stipendien': 3 awards (prize, doctoral scholarship, Deutschlandstipendium). Phone '+49 (0)30 23125 "
             "417' from the fictional 030 23125 range. Place/date and a signature line at the end.",
}

LABELS["02_fr_linguistics_mcf_pandoc_context"] = {
    "name": "Solène Marchadier-Quintin",
    "name_any": [],
    "emails": ["solene.marchadier@univ-grenoble-alpes.example.fr"],
    "phones": ["+33639984127"],
    "links": ["https://smarchadier.example.fr"],
    "education": [
        E("Université Paris Cité", "phd", "2015", "2019"),
        E("Université Lumière Lyon 2", "master", "2013", "2015"),
        E("Université Lumière Lyon 2", "bachelor", "2010", "2013"),
        E("Universidade de Lisboa", "other", None, "2014"),
    ],
    "experience": [
        X("Université Grenoble Alpes", "Maîtresse de conférences", "2022", "present"),
        X("Université Sorbonne Nouvelle", "Attachée temporaire d'enseignement et de recherche (ATER)", "2020", "2022"),
        X("Aix-Marseille Université", "Chercheuse post-doctorale", "2019", "2020"),
        X("Université Paris Cité", "Doctorante contractuelle", "2015", "2018"),
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        P("Qui parle quelle langue à table ? Politiques linguistiques familiales et alternance codique",
          "Journal of French Language Studies", 2024, True, "published"),
        P("Prosodic cues to language switching in bilingual children", "Journal of Child Language", 2022, False,
          "published"),
        P("Annoter l'alternance codique dans un corpus oral multimodal", "Corpus", None, True, "in press"),
        P("Intonation et changement de langue chez les adolescents bilingues", "Langue française", None, True,
          "under review"),
        P("Familles plurilingues en France : une revue critique", "Le plurilinguisme au quotidien", 2021, True,
          "published"),
        P("Un jeu de données ouvert de conversations familiales bilingues", "HAL", 2025, False, "preprint"),
    ],
    "research_interests_any": ["Sociolinguistique du plurilinguisme familial", "alternance codique",
                               "prosodie du français parlé", "corpus oraux et annotation"],
    "awards_count": 2,
    "language": "fr",
    "layout": "French academic CV, pandoc Markdown -> ConTeXt (pandoc's context writer) -> ConTeXt MkIV",
    "notes": "French conventions: 'depuis 2022' (start 2022, end present), year ranges '2020 – 2022', 'Postes occupés' "
             "before 'Formation', role in bold then employer; a thesis title and defence date inside the doctorate "
             "entry; an Erasmus exchange semester printed with one year (level 'other', end only); a doctoral "
             "contract (doctorante contractuelle) is a job. Phone '06 39 98 41 27' (French fiction range) in E.164; "
             "the ORCID printed as a bare id is not a link. Titles in « guillemets »; '(à paraître)' = in press, "
             "'(soumis)' = under review, a HAL 'prépublication' = preprint; a chapter's venue is the book; numbering "
             "continues over 'Articles…', 'Chapitres d'ouvrages', 'Prépublications'. Distinctions: a thesis prize "
             "and a mobility grant (bourse = scholarship) = 2. Teaching and languages are not jobs.",
}

LABELS["03_ja_en_public_health_rirekisho_luatexja"] = {
    "name": "真鍋 千紗",
    "name_any": ["真鍋千紗", "MANABE Chisa", "Chisa Manabe", "Manabe Chisa"],
    "emails": ["manabe.chisa@med.tohoku.example.ac.jp"],
    "phones": ["+81225550173"],
    "links": [],
    "education": [
        E("Osaka University", "bachelor", "2010-04", "2014-03"),
        E("Osaka University", "master", "2014-04", "2016-03"),
        E("Tohoku University", "phd", "2017-04", "2021-03"),
    ],
    "experience": [
        X("National Cancer Center Japan", "Researcher", "2016-04", "2019-03"),
        X("Tohoku University", "Assistant Professor", "2019-04", "present"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Neighbourhood walkability and incident functional disability among older Japanese adults: an 8-year "
          "cohort study", "J Epidemiol", 2024, True, "published"),
        P("Social participation trajectories and dementia onset after the Great East Japan Earthquake",
          "Soc Sci Med", 2023, False, "published"),
        P("Cancer screening uptake among non-regular workers: a nationwide cross-sectional analysis", "Prev Med",
          2021, True, "published"),
        P("Heat-health warning exposure and emergency transports in coastal municipalities",
          "Environ Health Prev Med", 2025, True, "in press"),
        P("Digital social contact and loneliness among rural older adults", "BMC Public Health", None, True,
          "under review"),
    ],
    "research_interests_any": ["social epidemiology", "healthy ageing", "disaster public health"],
    "awards_count": 2,
    "language": "ja+en",
    "layout": "Japanese rirekisho (履歴書) with English glosses, LuaLaTeX ltjsarticle (LuaTeX-ja) + BibTeX unsrt",
    "notes": "Rirekisho grid: ふりがな row, 氏名 with the name spaced '真鍋　千紗' and '(MANABE Chisa)', a photo box, "
             "birth date with the Heisei year. Education and employment share one 年/月 table: each degree takes two "
             "rows, '入学 / Entered' (start) and '同 卒業 / Graduated' or '同 修了 / Completed' (end), with '同' "
             "(= same institution as the row above) instead of the name; the first job ends on a '同 退職 / Left' "
             "row; the current one has '現在に至る / to present' on its own row and the table ends with '以上'. "
             "Institutions and employers are labelled by their English names (the rows give both). Licences (nurse, "
             "public health nurse) are not awards. Publications are a BibTeX unsrt bibliography under '業績 / "
             "Publications' ([1]..[5], full given names, 'In press.' with a year, 'Under review at BMC Public Health, "
             "2025' whose year is not a publication year). Phone '+81-22-555-0173' (invented).",
}

LABELS["04_us_law_vap_groff_mom"] = {
    "name": "Theodora Quintal-Hayes",
    "name_any": [],
    "emails": ["tquintal@kentlaw.example.edu"],
    "phones": ["+13125550188"],
    "links": ["tquintalhayes.example.com"],
    "education": [
        E("University of Michigan Law School", None, None, "2016-05"),
        E("Oberlin College", "bachelor", None, "2012-05"),
    ],
    "experience": [
        X("Chicago-Kent College of Law", "Visiting Assistant Professor of Law", "2023-07", "present"),
        X("Jenner & Block LLP", "Associate", "2018-10", "2023-06"),
        X("U.S. Court of Appeals for the Seventh Circuit", "Law Clerk", "2017-08", "2018-08"),
        X("U.S. District Court for the Northern District of Illinois", "Law Clerk", "2016-09", "2017-08"),
        X("U.S. Department of Justice", "Summer Law Intern", "2015", "2015"),
    ],
    "publications_count": 5,
    "first_author_count": None,
    "publications_sample": [
        P("Remand Without Vacatur and the Limits of Equitable Discretion", "Vand. L. Rev.", 2026, None, "in press"),
        P("The Administrative Record Rule in Agency Adjudication", "Wash. U. L. Rev.", 2025, None, "published"),
        P("Standing to Challenge Guidance Documents", "Ga. L. Rev.", 2024, None, "published"),
        P("Agency Silence and the Chenery Doctrine", "Mich. L. Rev.", 2016, None, "published"),
        P("Interim Final Rules and the Good Cause Exception", None, None, None, "in preparation"),
    ],
    "research_interests_any": ["Administrative law", "federal courts", "statutory interpretation", "remedies"],
    "awards_count": 3,
    "language": "en",
    "layout": "US law-teaching CV, groff -mom (PRINTSTYLE TYPESET) -> PostScript -> Ghostscript ps2pdf",
    "notes": "Law-market CV typeset with groff's mom macros: centred capitals name, '•' contact line, capitals "
             "headings with an underscore rule, first-line-indented paragraphs, running header on page 2. J.D. "
             "(magna cum laude, Order of the Coif) and B.A. with month-year only ('May 2016'): one date = end; the "
             "J.D.'s degree level is left unscored (a professional doctorate fits none of phd/master/bachelor). "
             "Clerkships printed as 'Hon. <Judge>, <Court>' over 'Law Clerk, <dates>': the court is the employer. "
             "'Summer 2015' = start and end 2015. Bar admissions and courses are neither jobs nor awards. "
             "'Scholarship' in Bluebook form without the author's name (first authorship not scored): journal "
             "abbreviations in small capitals with volume and first page, '(forthcoming 2026)' = in press with year "
             "2026, a student Note, '(with <co-author>)' after one article; a draft under 'Works in Progress' = in "
             "preparation. 'Honors and Awards': 3 (Order of the Coif also appears under the J.D.; counted once).",
}

LABELS["05_nursing_asst_prof_pandoc_docx_refdoc"] = {
    "name": "Adaeze Okonkwo-Marr",
    "name_any": ["Adaeze Okonkwo-Marr, PhD, RN, CCRN"],
    "emails": ["okonkwoa@ucmail.uc.example.edu"],
    "phones": ["+15135550142"],
    "links": ["orcid.org/0000-0003-4471-2090"],
    "education": [
        E("University of Pennsylvania", "phd", "2019-08", "2024-05"),
        E("Case Western Reserve University", "master", "2014", "2016"),
        E("The Ohio State University", "bachelor", "2008", "2012"),
    ],
    "experience": [
        X("University of Cincinnati", "Assistant Professor (tenure track)", "2024-08", "present"),
        X("Case Western Reserve University", "Clinical Instructor (adjunct)", "2017-01", "2019-06"),
        X("Cleveland Clinic", "Staff Nurse, Medical Intensive Care Unit", "2012-07", "2019-07"),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        P("Early mobility protocols and delirium in mechanically ventilated adults: a cluster-randomized trial",
          "Am J Crit Care", 2024, True, "published"),
        P("Family presence during ICU rounds and caregiver anxiety: a secondary analysis", "Heart Lung", 2022,
          False, "published"),
        P("Pressure injury incidence after prone positioning in COVID-19 ARDS", "Crit Care Nurse", 2021, False,
          "published"),
        P("Measuring delirium in non-English-speaking patients: a scoping review", "J Nurs Scholarsh", 2025, True,
          "in press"),
        P("Staffing ratios and missed mobility in intensive care: a multisite observational study",
          "Int J Nurs Stud", None, True, "under review"),
    ],
    "research_interests_any": ["ICU delirium prevention", "early mobility in critical care",
                               "family engagement at the bedside", "implementation science in nursing"],
    "awards_count": 3,
    "language": "en",
    "layout": "Nursing academic CV, pandoc Markdown -> DOCX with a restyled --reference-doc",
    "notes": "pandoc DOCX (Title/Subtitle, Heading 1, Definition Term/Definition paragraphs, Compact lists, one "
             "pipe table) with a reference.docx restyled by python-docx. Name in the Title with post-nominals "
             "'PhD, RN, CCRN'. Degrees as 'Degree --- School' definition terms with the dates in the definition "
             "('August 2019 – May 2024. Dissertation: …'); the MSN school is 'Frances Payne Bolton School of "
             "Nursing, Case Western Reserve University'. A 'Licensure and Certification' table (RN and APRN licence "
             "numbers, CCRN, BLS/ACLS with validity dates) holds no jobs, degrees or awards. Jobs as 'Title, Unit, "
             "Employer, City' terms with 'MM/YYYY – Present' below. Vancouver references with PMIDs and dois, '*' = "
             "corresponding author (not first authorship), 'Epub ahead of print' = in press with its year 2025, "
             "'Under review at Int J Nurs Stud' under a separate sub-heading, 'et al.'. An NINR F31 and a pilot grant "
             "are funding, not awards; awards: 3 (dissertation award, Jonas scholar, DAISY award).",
}

LABELS["06_architect_portfolio_handwritten_postscript"] = {
    "name": "Ilse Vandermeulen-Ortiz",
    "name_any": [],
    "emails": ["ilse@vandermeulen-ortiz.example.nl"],
    "phones": ["+31105550147"],
    "links": ["vandermeulen-ortiz.example.nl/work"],
    "education": [
        E("TU Delft", "master", "2011", "2014"),
        E("TU Delft", "bachelor", "2008", "2011"),
        E("ETH Zürich", "other", "2013", "2013"),
    ],
    "experience": [
        X("Mecanoo", "Associate Architect", "2019", "present"),
        X("OMA", "Architect", "2015", "2019"),
        X("Academie van Bouwkunst Rotterdam", "Tutor, master studio (part-time, 0.2 fte)", "2021", "present"),
        X("Snøhetta", "Intern", "2013", "2013"),
    ],
    "publications_count": 2,
    "first_author_count": 2,
    "publications_sample": [
        P("Timber in the delta: mid-rise housing after the nitrogen ruling", "De Architect", 2022, True, "published"),
        P("The post office as commons: adaptive reuse in Dutch mid-size cities", "OASE", 2020, True, "published"),
    ],
    "research_interests_any": ["Adaptive reuse", "timber-hybrid construction", "housing typologies"],
    "awards_count": 2,
    "language": "en",
    "layout": "Architect's landscape portfolio CV, hand-written PostScript (absolute moveto/show) -> Ghostscript",
    "notes": "One landscape A4 page drawn line by line at absolute positions in ISO-Latin-1 re-encoded Helvetica: "
             "a grey left band with the name split over two lines ('Ilse' / 'Vandermeulen-Ortiz'), contact lines "
             "without labels, letter-spaced headings ('E D U C A T I O N'), degrees as 'MSc …' over 'TU Delft, "
             "2011 - 2014', an exchange semester 'ETH Zürich, spring 2013' (level other, 2013-2013). The main area: "
             "'P R A C T I C E' rows 'dates | Employer, City' with the role below ('2019 - now' = present; '2013' "
             "= 2013-2013), a part-time tutor post (a job); 'S E L E C T E D   P R O J E C T S' as four side-by-side "
             "blocks with grey image placeholders (projects, not jobs; a competition 'Second prize' is a project "
             "result, not an award); 'W R I T I N G' with two APA entries with hanging lines. The Architectenregister "
             "number is not a phone. Awards: 2 (Rotterdam prize, Archiprix honourable mention).",
}

LABELS["07_math_professor_amsart_arxiv"] = {
    "name": "Oriol Vantongeren-Sáez",
    "name_any": [],
    "emails": ["vantongeren@math.wisc.example.edu"],
    "phones": [],
    "links": ["https://people.math.wisc.example.edu/~vantongeren"],
    "education": [
        E("Harvard University", "phd", None, "2009"),
        E("Universitat de Barcelona", None, None, "2004"),
    ],
    "experience": [
        X("University of Wisconsin–Madison", "Professor", "2021", "present"),
        X("University of Wisconsin–Madison", "Associate Professor", "2016", "2021"),
        X("University of Wisconsin–Madison", "Assistant Professor", "2012", "2016"),
        X("University of California, Los Angeles", "Hedrick Assistant Adjunct Professor", "2009", "2012"),
        X("Institute for Advanced Study", "Member", "2018", "2018"),
    ],
    "publications_count": 14,
    "first_author_count": None,
    "publications_sample": [
        P("Prismatic cohomology of semistable curves with coefficients", "arXiv", None, None, "preprint"),
        P("Integral comparison for crystalline local systems in mixed characteristic", "arXiv", None, None,
          "under review"),
        P("Torsion in the cohomology of unitary Shimura varieties at split primes", "Compositio Math.", None, None,
          "in press"),
        P("Ordinary parts and p-adic families of Eisenstein classes", "Duke Math. J.", 2022, None, "published"),
        P("Semistable lattices and the weight part of Serre's conjecture for GL3", "Algebra Number Theory", 2021,
          None, "published"),
        P("On the L-invariant of symmetric squares", "Compos. Math.", 2013, None, "published"),
        P("Crystalline lifts of two-dimensional mod p representations", None, 2009, None, "published"),
        P("What is a prism?", "Notices Amer. Math. Soc.", 2022, None, "published"),
    ],
    "research_interests_any": ["Arithmetic geometry", "p-adic Hodge theory", "Galois representations",
                               "special values of L-functions"],
    "awards_count": 2,
    "language": "en",
    "layout": "Mathematics professor, pdfLaTeX amsart (title block, address and e-mail printed at the end)",
    "notes": "amsart: 'CURRICULUM VITAE' as the title and the name in capitals as the author; the address, 'Email "
             "address:' and 'URL:' come last, after the final section (no phone printed); section headings in "
             "spaced small capitals ('P OSITIONS' in the text layer); page 2 has the name in the running head and "
             "'Date: June 2024.' as a footnote on page 1. Positions as 'YYYY–YYYY:' description labels, an open "
             "'2021–:' (end present) and 'Fall 2018:' at IAS (2018-2018); three ranks at one university. Degrees "
             "with one year (end only); the Spanish Licenciatura's level is left unscored. Publications in math "
             "style: title first, co-authors as 'with A and B' (alphabetical authorship, so first authorship is not "
             "scored), journal 'Duke Math. J. 171 (2022), no. 4, 815–868.'; 14 items numbered [1]..[14] over "
             "'Preprints' (arXiv ids only, no year printed; one 'arXiv:…, submitted' = under review), 'Published "
             "and accepted papers' ('to appear in Compositio Math.' = in press; a Ph.D. thesis, counted) and "
             "'Expository'. 'Grants and honors': Simons and Sloan fellowships are awards (2); the NSF CAREER award "
             "and the NSF grant are grants. Students, lectures and service are not jobs.",
}

LABELS["08_in_agronomy_phd_pursuing_word_tables"] = {
    "name": "Harini Subramanyam Kottayil",
    "name_any": ["HARINI SUBRAMANYAM KOTTAYIL", "Harini S. Kottayil"],
    "emails": ["harini.kottayil@example.in"],
    "phones": ["+919876501234"],
    "links": [],
    "education": [
        E("Tamil Nadu Agricultural University", "phd", "2020", None),
        E("University of Agricultural Sciences, Dharwad", "master", None, "2019"),
        E("College of Agriculture, Vellayani", "bachelor", None, "2017"),
        E("Kendriya Vidyalaya Pattom", "other", None, "2013"),
    ],
    "experience": [
        X("ICAR-Indian Institute of Rice Research", "Senior Research Fellow (SRF)", "2022-08", "present"),
        X("ICAR-Indian Institute of Rice Research", "Junior Research Fellow (JRF)", "2020-08", "2022-07"),
        X("ICAR-Krishi Vigyan Kendra, Thrissur", "Young Professional-II", "2019-09", "2020-06"),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        P("Effect of alternate wetting and drying irrigation on water productivity and methane emission in "
          "transplanted rice", "Indian Journal of Agronomy", 2023, True, "published"),
        P("Nano-urea foliar sprays as a partial substitute for soil-applied nitrogen in direct-seeded rice", "Oryza",
          2022, True, "published"),
        P("Weed dynamics under conservation agriculture in a rice-chickpea system of northern Karnataka",
          "Indian Journal of Weed Science", 2021, False, "published"),
        P("Residue retention and zero tillage effects on soil aggregate carbon in a Vertisol",
          "Journal of Soil and Water Conservation (India)", 2024, True, "accepted"),
        P("Climate-smart agronomy for rice fallows", "Advances in Rice Production Technology", 2022, False,
          "published"),
    ],
    "research_interests_any": ["Water-saving rice production", "Precision nitrogen management",
                               "Conservation agriculture"],
    "awards_count": 3,
    "language": "en",
    "layout": "Indian agricultural-university CV, python-docx: Word tables ('Table Grid'), bold-underlined headings",
    "notes": "Indian academic CV shape: centred 'CURRICULUM VITAE', name in capitals in a borderless two-cell table "
             "with a '[Passport size photograph]' cell, 'Career Objective', 'Personal Details' as a 'label | : | "
             "value' table (Father's Name, Date of Birth 19-04-1996 — not a date of anything else). 'Academic "
             "Qualifications' is a gridded table Degree | Discipline | University | Year of Passing | OGPA: 'Ph.D. "
             "(Pursuing)' with 'Joined 2020 (thesis under preparation)' (start 2020, end unknown), M.Sc. (Ag.) and "
             "B.Sc. (Hons.) Agriculture with a passing year only (end), and a Class XII school row (level other). "
             "'Research Experience' table with S. No. and dd.mm.yyyy ranges, 'till date' = present; SRF/JRF are "
             "funded research posts (jobs). 'Awards and Fellowships': 3 (the ICAR SRF/JRF fellowships and a poster "
             "award); the NET exam under 'Competitive Examinations Qualified' is not an award. Publications numbered "
             "1-6 across 'A. Research Articles', 'B. Book Chapter', 'C. Conference Papers / Abstracts', Indian "
             "agronomy style 'Surname, I.I., … and …. YEAR. Title. Journal vol(no): pages.' with NAAS ratings, "
             "'(Accepted)'; the chapter's venue is the edited book. Trainings and the Declaration are not entries.",
}

LABELS["09_zh_soil_assoc_prof_pdflatex_cjkutf8"] = {
    "name": "蔺晓岚",
    "name_any": ["Lin Xiaolan", "Xiaolan Lin"],
    "emails": ["linxiaolan@nwafu.example.edu.cn"],
    "phones": ["+8613500297741"],
    "links": [],
    "education": [
        E("中国农业大学", "phd", "2011-09", "2016-06"),
        E("University of Nebraska–Lincoln", "other", "2014-10", "2015-10"),
        E("西北农林科技大学", "bachelor", "2007-09", "2011-06"),
    ],
    "experience": [
        X("西北农林科技大学", "副教授", "2020-12", "present"),
        X("西北农林科技大学", "讲师", "2016-07", "2020-11"),
        X("CSIRO Agriculture and Food", "访问学者", "2018-03", "2019-03"),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        P("旱地覆膜对冬小麦田土壤团聚体有机碳的影响", "农业工程学报", 2023, True, "published"),
        P("Straw return shifts nitrifier communities and N2O emissions in a semi-arid wheat field",
          "Soil Biology and Biochemistry", 2022, True, "published"),
        P("Plastic film mulching accelerates microbial necromass accumulation in dryland soils", "Geoderma", 2024,
          False, "published"),
        P("黄土高原旱地农田氮素淋失研究进展", "土壤学报", 2021, False, "published"),
        P("覆膜年限对土壤真菌群落构建过程的影响", "生态学报", None, True, "accepted"),
    ],
    "research_interests_any": ["旱地土壤碳氮循环", "土壤微生物", "农田温室气体减排"],
    "awards_count": 2,
    "language": "zh",
    "layout": "Chinese 教师 CV, pdfLaTeX with the CJK package (CJKutf8, Arphic gbsn Type 1 subfonts)",
    "notes": "pdfLaTeX + CJKutf8 (the pre-XeTeX way): the Chinese text is set from ~60 Type 1 subfonts of Arphic "
             "gbsn; a '姓 名：' two-per-row info table (职称：副教授、硕士生导师, 学位：博士（土壤学）); dates in a left "
             "column '2011.09-2016.06', '2020.12-至今'; a joint-PhD year abroad (联合培养博士生, level other); two "
             "ranks at one university and a visiting post (访问学者, a job). 科研项目 lists two 国家自然科学基金 grants "
             "and a provincial project (not papers, not awards). 代表性论文 in GB/T 7714 with [J], '*' = "
             "corresponding author (not first authorship: [3] and [4] have the candidate as corresponding author "
             "only), English papers with 'Lin X L', '已接收' = accepted; the N$_2$O subscript splits 'N2 O' in the "
             "text layer. 获奖情况: 2.",
}

LABELS["10_zh_industry_jobsite_jianli_cairosvg"] = {
    "name": "邹远澄",
    "name_any": ["Zou Yuancheng", "Yuancheng Zou"],
    "emails": ["zouyc_rec@example.com"],
    "phones": ["+8618657130922"],
    "links": ["github.com/zouyc-rec"],
    "education": [
        E("浙江大学", "master", "2015-09", "2018-06"),
        E("南京大学", "bachelor", "2011-09", "2015-06"),
    ],
    "experience": [
        X("阿里巴巴（中国）有限公司", "推荐算法专家", "2021-07", "present"),
        X("网易（杭州）网络有限公司", "算法工程师", "2018-07", "2021-06"),
        X("微软亚洲研究院", "研究实习生", "2017-07", "2017-09"),
    ],
    "publications_count": 1,
    "first_author_count": 1,
    "publications_sample": [
        P("Debiasing multi-task ranking with counterfactual exposure", "KDD", 2023, True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "Chinese job-site résumé template (blue header band, photo box), SVG -> cairosvg (cairo PDF surface)",
    "notes": "Job-site 简历 drawn as SVG text elements and converted by cairo (the PDF producer of Inkscape/GTK/"
             "Firefox-on-Linux exports): a coloured header band with the name, '求职意向：… ｜ 期望城市：… ｜ "
             "期望薪资：面议', '男 ｜ 32岁 ｜ 8年工作经验 ｜ 硕士', contact line with full-width bars; every section a "
             "blue bar + title; rows 'YYYY.MM - YYYY.MM | 公司 | 职位' with the role right-aligned (text-anchor end) and "
             "a grey department line below; '至今' = present; an internship is a job. 项目经历 rows have the same "
             "shape but are projects (not jobs). 教育经历 rows put '专业　学历' at the right. 论文与专利: one KDD "
             "paper marked （第一作者） whose line wraps inside a word ('Appli' / 'ed Data Science Track'), and a "
             "patent (not a publication). 荣誉证书: 3 honours on one line; CET-6 is a certificate, not an award.",
}

LABELS["11_demography_phd_candidate_bibtex_apalike"] = {
    "name": "Rosalind Achterberg-Nwosu",
    "name_any": [],
    "emails": ["rachnwosu@uw.example.edu"],
    "phones": ["+12065550119"],
    "links": ["https://rachterberg.example.org", "https://github.com/rachnwosu-demog"],
    "education": [
        E("University of Washington", "phd", "2020", "2026-06"),
        E("University of Washington", "master", "2020", "2022"),
        E("London School of Hygiene & Tropical Medicine", "master", "2017", "2018"),
        E("University of Nairobi", "bachelor", "2012", "2016"),
    ],
    "experience": [
        X("Institute for Health Metrics and Evaluation", "Graduate Research Assistant", "2022-06", "2023-09"),
        X("African Population and Health Research Center", "Research Officer", "2018-10", "2020-08"),
        X("Kenya National Bureau of Statistics", "Statistical Assistant", "2016-01", "2017-08"),
        X("University of Washington", "Teaching Assistant", None, None),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        P("Grandparental co-residence and maternal employment in sub-Saharan Africa", "Demography", 2024, True,
          "published"),
        P("Measuring union instability with sibling histories", "Population Studies", 2023, False, "published"),
        P("Fertility intentions after the first birth: evidence from panel data in Kenya",
          "Journal of Marriage and Family", 2025, True, "in press"),
        P("Kin availability and child survival: a microsimulation approach", "Population and Development Review",
          None, True, "under review"),
        P("Small-area estimation of contraceptive use with Bayesian spatial models", "SocArXiv", 2024, False,
          "preprint"),
        P("Multigenerational households and women's time use", "Population Association of America", 2023, True,
          "published"),
    ],
    "research_interests_any": ["Kinship and family demography", "fertility", "small-area estimation"],
    "awards_count": 3,
    "language": "en",
    "layout": "Sociology/demography PhD candidate, pdfLaTeX article (TeX Gyre Heros) + natbib + BibTeX apalike",
    "notes": "Publications are a BibTeX apalike bibliography under a renamed heading 'Publications and Papers': "
             "sorted alphabetically by author (not by year or type), hanging indents, 'Surname, I. and Surname, I. "
             "(YEAR). Title. Journal, vol(no):pages.', 'Forthcoming.' (in press, year 2025), 'Revise and resubmit at "
             "Population and Development Review' (under review; the 2025 printed with it is not a publication "
             "year), 'SocArXiv preprint', a PAA meeting paper 'In Annual Meeting of the Population Association of "
             "America, New Orleans, LA.'. Education rows 'Institution, City  <right> dates' over 'Degree, field': "
             "'2020 – expected June 2026' (end 2026-06), an en-route M.A. at the same university. The GitHub URL "
             "breaks after 'https://github.' at the line end. A paid TA post under 'Teaching' (terms, no dates) is "
             "a job. 'Fellowships and Awards': 3 (NICHD T32 traineeship, PAA paper award, Chevening scholarship).",
}

LABELS["12_agritech_data_engineer_restructuredtext"] = {
    "name": "Wanjiru Kamau-Lindholm",
    "name_any": [],
    "emails": ["wanjiru.kl@example.se"],
    "phones": ["+46705550163"],
    "links": ["https://github.com/wkamau-lindholm", "https://www.linkedin.com/in/wanjiru-kamau-lindholm"],
    "education": [
        E("Wageningen University & Research", "master", "2015", "2017"),
        E("Jomo Kenyatta University of Agriculture and Technology", "bachelor", "2010", "2014"),
    ],
    "experience": [
        X("Agreena ApS", "Staff Data Engineer", "2023-03", "present"),
        X("Yara International", "Data Engineer", "2019-08", "2023-02"),
        X("Swedish University of Agricultural Sciences (SLU)", "Research Engineer", "2017-01", "2019-07"),
    ],
    "publications_count": 1,
    "first_author_count": 1,
    "publications_sample": [
        P("Cloud-native field boundary delineation at continental scale", "KDD Workshop", 2022, True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 0,
    "language": "en",
    "layout": "Industry data engineer, reStructuredText source sent as a .txt file",
    "notes": "A CV kept as reStructuredText: over- and underlined title and subtitle, '=' underlined section "
             "headings, a docinfo field list (':Email:', ':Phone:', ':GitHub:' with `text <url>`_ hyperlinks), a "
             "'.. contents::' directive, jobs as '**Title**, Employer -- City' definition-list terms with an indented "
             "'*Month YYYY -- present*' line, degrees as 'MSc, Field (*2015 -- 2017*)' over the university, a "
             "simple-table skills grid. One workshop paper (KDD 2022 Workshop) under 'Writing and talks' next to a "
             "talk (not a publication); a cloud certification is not an award (awards 0). Phone '+46 70 555 01 63'.",
}

LABELS["13_bilingual_hk_linguistics_phd_word_section_columns"] = {
    "name": "區嘉蔚",
    "name_any": ["AU Ka-wai, Kaitlyn", "AU Ka-wai", "Au Ka-wai", "Kaitlyn Au", "Ka-wai Au", "Kaitlyn Au Ka-wai",
                 "區嘉蔚 AU Ka-wai, Kaitlyn"],
    "emails": ["kaitlynau@link.cuhk.example.edu.hk"],
    "phones": ["+85255550182"],
    "links": ["kaitlynau.example.hk"],
    "education": [
        E("The Chinese University of Hong Kong", "phd", "2022-08", "present"),
        E("University College London", "master", "2020-09", "2021-11"),
        E("The University of Hong Kong", "bachelor", "2016-09", "2020-07"),
    ],
    "experience": [
        X("香港中文大學", "Teaching Assistant", "2023-01", "present"),
        X("香港理工大學", "Research Assistant", "2021-12", "2022-07"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Tone sandhi and prosodic domains in Hong Kong Cantonese compounds", "Journal of Chinese Linguistics",
          2024, True, "published"),
        P("Merging of low-level tones in young Cantonese speakers: an acoustic study", "Interspeech", 2023, True,
          "published"),
        P("Sentence-final particles in Cantonese–English code-switching", "Language and Linguistics", 2024, False,
          "published"),
        P("粵語變調的韻律層級", "中國語文", 2025, True, "accepted"),
        P("Perception of tone merger by heritage Cantonese speakers in London", "Journal of Phonetics", None, True,
          "under review"),
    ],
    "research_interests_any": ["Cantonese tone", "phonological acquisition", "corpus phonetics"],
    "awards_count": 2,
    "language": "zh-Hant+en",
    "layout": "Hong Kong bilingual CV, python-docx: a one-column title section, then a continuous section with two "
              "newspaper columns (w:cols num=2, separator line)",
    "notes": "Traditional Chinese + English throughout: name '區嘉蔚  AU Ka-wai, Kaitlyn' (surname in capitals, "
             "Cantonese romanisation with a hyphen, English given name after a comma), bilingual headings '教育背景 "
             "Education', bilingual institution lines '香港中文大學 The Chinese University of Hong Kong' over the "
             "degree ('哲學博士（語言學）PhD in Linguistics, 修讀中 (in progress)') and an italic date line below "
             "('2022年8月 – 現在' = present). Jobs: employer line (department in Chinese only) over a bilingual role "
             "line 'Teaching Assistant (courses)'. Headings carry a paragraph bottom border. Publications 1-5 with "
             "the candidate's name in bold: APA English entries, 'Proceedings of Interspeech 2023', a Chinese entry "
             "'區嘉蔚、林雪芬 (2025，已接受)。〈title〉。《中國語文》。' (accepted), '(under review)'. Awards: 2 "
             "(HKPFS, a named scholarship). Languages not entries.",
}
