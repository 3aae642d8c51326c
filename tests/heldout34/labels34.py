"""Hand-written labels of heldout34 (what a careful human reader sees in each file)."""
from __future__ import annotations

from kit34 import edu, job, pub, write_label

P = "published"
LABELS: list[dict] = []


def add(**label) -> None:
    LABELS.append(label)


add(
    file="01_us_medicine_hf_fellow_abiword.pdf",
    name="Aoife Ramanathan-Brooks", name_any=["Aoife Ramanathan-Brooks, MD, MPH"],
    emails=["ramanathanbrooksa@upmc.example.edu"],
    phones=["+14125550155", "+14125550190"],
    links=[],
    education=[
        edu("Johns Hopkins University School of Medicine", None, "2013", "2017"),
        edu("Harvard T.H. Chan School of Public Health", "master", "2012", "2013"),
        edu("Williams College", "bachelor", "2008", "2012"),
    ],
    experience=[
        job("University of Pittsburgh Medical Center",
            "Clinical Fellow, Advanced Heart Failure and Transplant Cardiology", "2024-07", "present"),
        job("University of Pittsburgh Medical Center", "Clinical Fellow, Cardiovascular Disease", "2021-07", "2024-06"),
        job("Massachusetts General Hospital", "Resident, Internal Medicine", "2017-06", "2020-06"),
        job("Brigham and Women's Hospital", "Hospitalist (Instructor in Medicine)", "2020-07", "2021-06"),
    ],
    publications_count=9,
    first_author_count=7,
    publications_sample=[
        pub("Sodium–glucose cotransporter-2 inhibitor initiation during hospitalization for acute heart failure in "
            "older adults: a target trial emulation", "J Am Coll Cardiol", 2024, True, P),
        pub("Remote pulmonary artery pressure monitoring and readmissions in a safety-net population",
            "Circ Heart Fail", 2023, False, P),
        pub("Frailty assessment before heart transplant listing: a multicenter cohort",
            "J Heart Lung Transplant", 2022, False, P),
        pub("Natriuretic peptide–guided discharge in heart failure with preserved ejection fraction: a pragmatic pilot",
            "ESC Heart Fail", 2025, True, "in press"),
        pub("Guideline-directed medical therapy in advanced heart failure",
            "Heart Failure: A Companion to Braunwald's Heart Disease", 2025, True, P),
        pub("Early palliative care consultation after LVAD implantation: a stepped-wedge trial protocol",
            "Circ Cardiovasc Qual Outcomes", None, True, "under review"),
    ],
    research_interests_any=[],
    awards_count=4,
    language="en",
    layout="US academic-medicine CV, HTML converted to PDF by AbiWord 3 (cairo)",
    notes="AbiWord 3.0.5 headless conversion of an HTML file (its cairo PDF export): centred name with 'MD, MPH', "
          "a contact line with a cell and a pager number (both the candidate's, both labelled), two-column "
          "tables (border=0 in the HTML, AbiWord draws grid lines anyway) whose width attribute AbiWord ignores (dates take half the page and the text wraps in "
          "the right half). Education: M.D. (level null, as in earlier sets), MPH, B.A. 'Postgraduate Training' "
          "holds two clinical fellowships and a residency (jobs, as in earlier sets) and 'Professional Experience' a "
          "hospitalist post. Licensure and boards are not awards; T32 traineeship and a pilot grant are funding. "
          "Bibliography in Vancouver/ICMJE style: six authors then 'et al.', PMIDs, a doi, '*' = corresponding author "
          "(not first authorship), 'In press 2025' (in press, year 2025). AbiWord ignores the HTML 'start' attribute, "
          "so the numbering restarts at 1 under 'Reviews, chapters and editorials' and 'Manuscripts submitted'. "
          "Counted: 6 original papers + a book chapter (venue = the book) + an editorial + 1 submitted manuscript = 9; "
          "first author on 7. 'Abstracts and posters' (3 bullets, one with a journal supplement citation) are not "
          "counted. Honors and Awards: 4 rows (an award 'finalist' row is counted as listed; AOA appears again under "
          "the M.D. but is one honour).",
)

add(
    file="02_ch_physics_cern_fellow_pdflatex_apsrev.pdf",
    name="Ifeoma Castellanos-Reid",
    emails=["ifeoma.castellanos-reid@cern.example.ch"],
    phones=["+41225550138"],
    links=["inspirehep.example.net/authors/2039911"],
    education=[
        edu("The University of Manchester", "phd", "2016", "2020"),
        edu("University of Oxford", "master", "2012", "2016"),
    ],
    experience=[
        job("CERN", "Research Fellow", "2023", "present"),
        job("University College London", "Research Associate", "2020", "2023"),
        job("CERN", "Visiting doctoral student", "2018", "2018"),
    ],
    publications_count=8,
    first_author_count=4,
    publications_sample=[
        pub("Search for long-lived heavy neutral leptons decaying to displaced dimuon vertices in 140 fb-1 of pp "
            "collisions at √s = 13 TeV with the ATLAS detector", "Phys. Rev. D", 2025, False, P),
        pub("Search for massive long-lived particles decaying to a displaced vertex and a muon with a timing-based "
            "trigger", "JHEP", 2023, False, P),
        pub("Graph neural network vertexing for displaced decays in a silicon tracker", "Eur. Phys. J. C", 2023, True, P),
        pub("In-situ timing calibration of silicon strip modules with cosmic-ray muons", "Nucl. Instrum. Meth. A",
            2023, False, P),
        pub("Displaced vertices with Run 2 and early Run 3 data at ATLAS", None, 2025, True, P),
        pub("Searching for displaced decays of long-lived particles with the ATLAS inner detector", None, 2020, True, P),
    ],
    research_interests_any=["Searches for long-lived particles", "heavy neutral leptons",
                            "tracking and vertexing at the HL-LHC"],
    awards_count=3,
    language="en",
    layout="Particle-physics CV, pdfLaTeX article (Charter) + natbib + BibTeX apsrev4-2 (REVTeX's APS style)",
    notes="pdfLaTeX article with the APS BibTeX style apsrev4-2.bst (texlive-publishers), titles switched on with an "
          "apsrev42Control entry. Small-caps ruled headings (the text layer letter-splits them: 'H ONOURS'). "
          "Appointments '2023--' (open end = present), a six-month visiting doctoral stay at CERN in 2018 (labelled as a "
          "post with start = end = 2018), MPhys = integrated master. 'Responsibilities in ATLAS' (convener, analysis "
          "contact) are roles inside the collaboration, not jobs. 'Selected publications' prints 8 numbered entries "
          "after a line saying she authors 600+ ATLAS papers (the count is the 8 listed): three collaboration papers "
          "'G. Aad et al. (ATLAS Collaboration)' (never first author), arXiv ids after the references, JHEP with the "
          "year in the volume slot 'JHEP 2023 (8), 121', a two-author paper 'submitted to SciPost Phys.' with an arXiv "
          "id (under review; left out of the sample because it is also a preprint), a 7-author instrumentation paper, "
          "a PoS proceedings 'on behalf of the ATLAS Collaboration' (venue left unscored), and the PhD thesis "
          "(counted, no venue). First author: [3], [4], [6], [8] = 4; student co-authors in italics. The √s in the "
          "title of [1] falls out of line in the text layer. Honours: 3 (two thesis prizes and an STFC studentship).",
)

add(
    file="03_us_chemistry_asst_prof_pdflatex_achemso.pdf",
    name="Tomasz R. Wielgosz", name_any=["Tomasz R. Wielgosz, Ph.D.", "Tomasz Wielgosz"],
    emails=["t.wielgosz@chem.utah.example.edu"],
    phones=["+18015550163"],
    links=["wielgosz-lab.example.org"],
    education=[
        edu("Northwestern University", "phd", "2015", "2020"),
        edu("University of Wisconsin–Madison", "bachelor", "2011", "2015"),
    ],
    experience=[
        job("University of Utah", "Assistant Professor of Chemistry", "2023-07", "present"),
        job("Massachusetts Institute of Technology", "Postdoctoral Associate", "2020", "2023"),
    ],
    publications_count=9,
    first_author_count=4,
    publications_sample=[
        pub("Cooperative Cu–Ni Sites in a Porphyrinic Framework Steer CO2 Electroreduction toward Ethylene",
            "J. Am. Chem. Soc.", 2025, False, P),
        pub("Operando Raman Signatures of Copper Oxidation States during Nitrate Reduction", "Chem. Sci.", 2025,
            False, "in press"),
        pub("Machine-Learned Descriptors for the Stability of Single-Atom Copper Catalysts", "Nat. Catal.", None,
            False, "under review"),
        pub("Proton-Coupled Electron Transfer at Molecular Cobalt Sites Grafted on Graphitic Carbon",
            "J. Am. Chem. Soc.", 2022, True, P),
        pub("Electrochemical Kinetics of Immobilized Cobaloximes Probed by Rotating Ring-Disk Voltammetry",
            "Inorg. Chem.", 2021, True, P),
        pub("A Nickel Thiolate Model for the Hydrogen-Bonding Network of [NiFe] Hydrogenase", "Dalton Trans.", 2018,
            False, P),
    ],
    research_interests_any=[],
    awards_count=6,
    language="en",
    layout="US chemistry faculty CV, pdfLaTeX article + achemso (natbib, ACS style), two BibTeX lists",
    notes="pdfLaTeX with the achemso package (ACS style: 'Last, F. M.;' authors, bold year, italic volume, article "
          "titles switched on). Two numbered lists, each restarting at [1]: 'Independent Publications (University "
          "of Utah)' (4) and 'Postdoctoral and Graduate Publications' (5; the second list is a BibTeX run over a "
          "hand-written .aux). Own name bold, '*' corresponding author, '†' equal contribution (Marchetti† ; "
          "Wielgosz† in 2021 = first author), '‡' group members. 'Chem. Sci. 2025, in press' (year 2025) and "
          "'Nat. Catal. submitted' (under review, no year). In the independent list he is the last, corresponding "
          "author everywhere; first author on 2022, 2021 (†), 2019, 2017 = 4. Patents (P1) and invited lectures are "
          "not papers. 'Education and Training' holds the MIT postdoc (a job) with the Ph.D. and B.S.; the Utah post "
          "is under 'Independent Career' with '07/2023 -- present'. Honors: 6 (the 2015 row names two: Phi Beta Kappa "
          "and a 2014 Hilldale fellowship); NIGMS R35 and PRF grants are funding. Running header and 'Page n of N'.",
)

add(
    file="04_us_economics_job_market_pdflatex_aer.pdf",
    name="Rafael Quintero-Mbatha",
    emails=["rquintero@bu.example.edu"],
    phones=["+16175550129"],
    links=["rquinteromb.example.io"],
    education=[
        edu("Boston University", "phd", "2020", "2026"),
        edu("Boston University", "master", None, "2022"),
        edu("Universidad de los Andes", "bachelor", "2014", "2018"),
    ],
    experience=[
        job("Boston University", "Research Assistant to Prof. Helena Vasquez-Doyle", "2021", "2023"),
        job("Inter-American Development Bank", "Research Fellow", "2018", "2020"),
        job("Federal Reserve Bank of Boston", "Dissertation Intern", "2024", "2024"),
    ],
    publications_count=7,
    first_author_count=None,
    publications_sample=[
        pub("Payroll Tax Cuts and Formal Employment: Regression-Kink Evidence from Colombia",
            "Journal of Public Economics", 2024, True, P),
        pub("Remittances and Household Labor Supply after Hurricane Shocks", "World Development", 2023, False, P),
        pub("Minimum Wages and Informal Firms: Evidence from Colombian Payroll Records", None, None, True, None),
        pub("Who Pays the Payroll Tax? Incidence with Firm-Level Bargaining", "Review of Economic Studies", None,
            None, "under review"),
        pub("Informality Traps: Search Frictions and Tax Enforcement", "NBER Working Paper", 2024, None,
            "under review"),
        pub("Digital Payments and Tax Compliance among Street Vendors", None, None, None, "in preparation"),
    ],
    research_interests_any=["Labor Economics", "Public Finance", "Development Economics"],
    awards_count=3,
    language="en",
    layout="Economics job-market CV, pdfLaTeX article + natbib + BibTeX aer (AER author-year)",
    notes="pdfLaTeX (Latin Modern) with hand-made small-caps ruled headings; contact in two minipages; a 'Placement "
          "Information' table with the placement director's and administrator's e-mails and phones (not the "
          "candidate's). Education rows with right-aligned dates: Ph.D. '2020 -- 2026 (expected)', an en-route M.A. "
          "with one year (end only), B.A. in Bogotá. 'Job Market Paper' with its abstract (counted, sole author, no "
          "venue, status unknown). 'Publications' is a BibTeX aer.bst list sorted by author, so the 2023 paper comes "
          "before the 2024 one (AER style: 'Surname, First, … , \"Title,\" Journal, 2024, 231, 105071.'). 'Working "
          "Papers' with '(with …)', 'Revise and resubmit at the Review of Economic Studies' (under review, no year) "
          "and 'NBER Working Paper No. 32817, 2024. Under review' (new here: status under review, venue the series, "
          "year the series year). 'Work in Progress': 2 (in preparation). Count 2 + 1 + 2 + 2 = 7. First-author "
          "count not scored (economics lists co-authors with 'with' in alphabetical order). Research and dissertation "
          "internship posts are jobs ('Summer 2024' = 2024–2024); Teaching Fellow courses are not separate jobs. "
          "Awards: 3 (dissertation fellowship, paper prize, Dean's Fellowship); a J-PAL grant in the same table is "
          "not. Fields are the research interests. Three referees with e-mails at the end.",
)

add(
    file="05_us_law_assoc_prof_groff_me_gropdf.pdf",
    name="Marisol Okwuosa-Brandt",
    emails=["marisol-okwuosa-brandt@uiowa.example.edu"],
    phones=["+13195550174"],
    links=["papers.ssrn.example.com/author=4417702"],
    education=[
        edu("Yale Law School", None, None, "2013"),
        edu("Rice University", "bachelor", None, "2009"),
    ],
    experience=[
        job("University of Iowa College of Law", "Associate Professor of Law", "2022", "present"),
        job("University of Iowa College of Law", "Assistant Professor of Law", "2019", "2022"),
        job("Harvard Law School", "Climenko Fellow and Lecturer on Law", "2017", "2019"),
        job("Covington & Burling LLP", "Associate, White Collar and Investigations", "2014", "2017"),
        job("U.S. Court of Appeals for the Ninth Circuit", "Law Clerk", "2013", "2014"),
    ],
    publications_count=7,
    first_author_count=None,
    publications_sample=[
        pub("Data Brokers and the Third-Party Doctrine", "N.Y.U. L. Rev.", 2025, None, "in press"),
        pub("Algorithmic Probable Cause", "Stan. L. Rev.", 2024, None, P),
        pub("Reasonable Suspicion at Scale", "Wis. L. Rev.", 2021, None, P),
        pub("Fourth Amendment Remedies for Automated Searches", "The Cambridge Handbook of Policing and Technology",
            2022, None, P),
        pub("Surveillance Federalism", "Yale L.J.F.", 2019, None, P),
        pub("Geofence Warrants and the Particularity Requirement", None, None, None, "in preparation"),
    ],
    research_interests_any=[],
    awards_count=2,
    language="en",
    layout="US law faculty CV, groff -me printed by gropdf (groff's own PDF driver)",
    notes="groff 1.22.4 with the -me macros, PDF written directly by gropdf (no PostScript step). Centred capitalised "
          "name, contact line with bullets, -me numbered section heads ('1. ACADEMIC APPOINTMENTS'). Appointments and "
          "practice as 'Institution, City' lines with 'Title, 2022-present' lines under them (two ranks at Iowa; the "
          "clerkship names the judge, the employer is the court). Education 'Yale Law School, J.D., 2013' (J.D. "
          "level null, end only) and 'Rice University, B.A., …, 2009'. Scholarship in Bluebook form, author's name "
          "never printed (first-author count not scored): Articles (4: '100 N.Y.U. L. Rev. (forthcoming 2025)' = in "
          "press 2025; '2021 Wis. L. Rev. 455' with the year as the volume and '(with Jonah P. Feld)'), Book Chapters "
          "(1, '*in* Handbook 211 (… eds., 2022)', venue the book), Essays (1, 'Yale L.J.F.'), Works in Progress (1, "
          "in preparation) = 7; the Slate op-ed under 'Other Writing' is not counted. Hanging indents from '.ti'. "
          "Honors: 2 rows (Phi Beta Kappa and 'magna cum laude' inside Education and the Coker Fellow line are not "
          "counted). Bar admissions are not awards.",
)

add(
    file="06_uk_history_professor_html2ps.pdf",
    name="Eleanor Achterberg-Moss",
    emails=["eleanor.achterberg-moss@york.example.ac.uk"],
    phones=["+441904555018"],
    links=["york.example.ac.uk/history/staff/achterberg-moss"],
    education=[
        edu("University of Oxford", "phd", "1998", "2002"),
        edu("University of Warwick", "master", "1997", "1998"),
        edu("University of Cambridge", "bachelor", "1994", "1997"),
    ],
    experience=[
        job("University of York", "Professor of Early Modern History", "2020", "present"),
        job("University of York", "Senior Lecturer in History", "2013", "2020"),
        job("University of York", "Lecturer in History", "2008", "2013"),
        job("University of Hull", "Lecturer in Early Modern History", "2005", "2008"),
        job("Somerville College, Oxford", "Junior Research Fellow", "2002", "2005"),
    ],
    publications_count=10,
    first_author_count=None,
    publications_sample=[
        pub("Ledgers of Mercy: Charity and Credit in Antwerp, 1560–1640", "Cambridge University Press", 2019, None, P),
        pub("Credit and Community in the Early Modern North Sea World", "Amsterdam University Press", 2016, None, P),
        pub("Pawnbroking and the Poor Law in Norwich, 1590–1630", "Past & Present", 2021, None, P),
        pub("Charitable Loans and the Antwerp Mons Pietatis, 1618–1640", "Economic History Review", 2018, None, P),
        pub("Small Pledges, Long Memories: Pawn Registers as Household Archives", "Journal of Early Modern History",
            2025, None, "in press"),
        pub("Credit without Banks: Neighbourly Lending in the Low Countries",
            "The Oxford Handbook of the Early Modern Economy", 2023, None, P),
    ],
    research_interests_any=["credit, charity and poor relief", "women's work and household accounting"],
    awards_count=3,
    language="en",
    layout="UK history professor's web CV, HTML -> html2ps (Perl) -> Ghostscript ps2pdf",
    notes="An HTML page rendered by html2ps 1.0b7 to PostScript and distilled by Ghostscript (Creator 'html2ps'). "
          "Centred name and contact lines, small-caps ruled headings, date/text tables (the DPhil row's date sits "
          "beside the second of its two lines in the text layer). Chicago notes-bibliography style without the "
          "author's own name: Monographs (2, 'City: Press, Year'), an edited volume 'With Tomás Herrera-Lund, eds.', "
          "journal articles (5, '251, no. 1 (2021): 67–104', one '(forthcoming, 2025)' = in press) and chapters "
          "('In *Handbook*, edited by …, 233–56. Oxford: …, 2023') = 10; venue of a book = its press, of a chapter = "
          "the book. Book reviews (2, 'Review of *X*, by Y.') are not counted. First-author count not scored (no "
          "author names). Grants, Fellowships and Prizes: the AHRC grant is funding; the British Academy fellowship, "
          "the SRS book prize and the Whitfield Prize 'proxime accessit' are 3 awards. Five posts, three of them at "
          "York. Three pages.",
)

add(
    file="07_ca_psychology_phd_candidate_lualatex_biblatex_apa7.pdf",
    name="Noor Habibullah-Strand", name_any=["Noor Habibullah-Strand, M.A."],
    emails=["noor.hs@psych.ubc.example.ca"],
    phones=["+16045550186"],
    links=[],
    education=[
        edu("University of British Columbia", "phd", "2021", "present"),
        edu("University of British Columbia", "master", "2019", "2021"),
        edu("McGill University", "bachelor", "2015", "2019"),
    ],
    experience=[
        job("Sunnybrook Health Sciences Centre", "Pre-doctoral Resident", "2025-09", "2026-08"),
        job("University of British Columbia", "Student Clinician", "2023", "2025"),
        job("University of British Columbia", "Graduate Research Assistant", "2019", "present"),
        job("Douglas Mental Health University Institute", "Research Coordinator", "2018", "2019"),
    ],
    publications_count=6,
    first_author_count=4,
    publications_sample=[
        pub("Nightly rumination predicts next-day suicidal ideation in emerging adults: A 28-day ecological momentary "
            "assessment study", "Journal of Abnormal Psychology", 2024, True, P),
        pub("Pre-sleep arousal and next-day affect: A daily diary study of university students", "Sleep Health", 2023,
            True, P),
        pub("Insomnia symptoms and help-seeking among international students", "Journal of American College Health",
            2022, False, P),
        pub("Digital CBT-I for students with depressive symptoms: A randomized feasibility trial",
            "Behaviour Research and Therapy", None, False, "in press"),
        pub("Does sleep variability moderate the rumination–ideation link? A dynamic structural equation model",
            None, None, True, "under review"),
        pub("Measurement invariance of the Pre-Sleep Arousal Scale across gender and culture", None, None, True,
            "in preparation"),
    ],
    research_interests_any=[],
    awards_count=4,
    language="en",
    layout="Canadian clinical-psychology PhD candidate, LuaLaTeX + biblatex-apa (APA 7th) + biber",
    notes="LuaLaTeX with fontspec (Liberation Serif/Sans), biblatex style=apa (APA 7) sorted ydnt, own name bold via "
          "biblatex name annotations; running header 'CV – updated October 2025' and 'n/N' footer. Education as "
          "tabularx rows with date column: Ph.D. '2021 – present' (expected defence June 2026 only in the text), "
          "M.A., B.Sc. (Honours). Clinical Experience (pre-doctoral residency 'Sep 2025 – Aug 2026', a practicum as "
          "student clinician) and Research Positions are labelled as jobs (4); the TA line under Teaching is not. "
          "APA entries: '(2024a)' because a poster of the same year follows (year 2024), '(in press)' without a year "
          "(year null), DOIs broken over lines, '[Manuscript submitted for publication]' = under review, "
          "'[Manuscript in preparation]' = in preparation. Counted: 4 articles + 2 manuscripts = 6; first author 4. "
          "'Conference Presentations (posters and talks)' (2, APA '[Poster presentation]') are not counted. Awards "
          "and Fellowships: 4 (SSHRC CGS-D, CIHR CGS-M, CPA certificate, SLEEP trainee award).",
)

add(
    file="08_de_electrical_eng_professor_rst2pdf.pdf",
    name="Henrike Sauerbrey", name_any=["Prof. Dr.-Ing. Henrike Sauerbrey"],
    emails=["henrike.sauerbrey@tu-ilmenau.example.de"],
    phones=["+4930231250417"],
    links=["tu-ilmenau.example.de/pe"],
    education=[
        edu("RWTH Aachen University", "phd", None, "2016"),
        edu("Technical University of Munich", "master", "2009", "2011"),
        edu("Technical University of Munich", "bachelor", "2006", "2009"),
    ],
    experience=[
        job("Technische Universität Ilmenau", "Professor (W2)", "2021-04", "present"),
        job("Infineon Technologies AG", "Senior Engineer", "2016-10", "2021-03"),
        job("RWTH Aachen University", "Research Associate", "2011-11", "2016-09"),
        job("Virginia Tech", "Visiting Researcher", "2014-08", "2014-12"),
    ],
    publications_count=11,
    first_author_count=5,
    publications_sample=[
        pub("Active gate driving for SiC MOSFET half-bridges with adaptive di/dt control",
            "IEEE Trans. Power Electron.", 2016, True, P),
        pub("A 22-kW bidirectional GaN on-board charger with 98.6% peak efficiency", "IEEE Trans. Power Electron.",
            2024, False, P),
        pub("Gate-driver isolation barriers under partial discharge: a review", "IEEE Open J. Power Electron.", 2025,
            True, "in press"),
        pub("Crosstalk suppression in fast-switching SiC phase legs", "APEC", 2016, True, P),
        pub("EMI filter sizing for 800-V drive inverters", "PCIM Europe", 2020, False, P),
        pub("Soft-switching boundaries of a GaN totem-pole PFC at light load", "APEC", 2025, False, "accepted"),
    ],
    research_interests_any=["gate drivers", "EMI in traction inverters", "reliability of power modules"],
    awards_count=3,
    language="en",
    layout="German power-electronics professor (CV in English), reStructuredText -> rst2pdf (ReportLab)",
    notes="rst2pdf 0.99 with a YAML style sheet (Helvetica, blue headings): the title is the name with 'Prof. "
          "Dr.-Ing.', a docinfo field list (Position/Address/Phone/E-mail/Web/ORCID), list-tables with 'MM/YYYY – "
          "today' dates, a running header 'Curriculum Vitae (Stand: Oktober 2025)' and 'Page n of N' footer. Dr.-Ing. "
          "with one year (end only); the RWTH research-associate post overlaps a Virginia Tech visit (both jobs). "
          "IEEE references under sub-headings with their own tags, numbered in publication order (oldest first): "
          "[J1]–[J6] and [C1]–[C5] = 11; patents [P1]–[P2] are not counted. Own name bold. 'early access, 2025' = in "
          "press; '…, 2025, accepted' = accepted; conference venue = the acronym in brackets (ECCE, APEC), 'Proc. "
          "PCIM Europe' as printed. First author: J1, J3, J6, C1, C2 = 5. Honours: 3 bullets; DFG/BMBF funding is "
          "not an award.",
)

add(
    file="09_us_cs_ml_phd_student_markdown.md",
    name="Dariusz Okonkwo-Lindahl",
    name_any=['Dariusz "Darek" Okonkwo-Lindahl', "Darek Okonkwo-Lindahl"],
    emails=["dokonkwo@cs.cmu.example.edu"],
    phones=[],
    links=["darek-ol.example.github.io", "github.com/dolindahl", "scholar.google.com/citations?user=Xq7dK0AAAAAJ"],
    education=[
        edu("Carnegie Mellon University", "phd", "2021-08", "present"),
        edu("University of Michigan, Ann Arbor", "bachelor", "2017", "2021"),
    ],
    experience=[
        job("Google DeepMind", "Student Researcher", "2024-05", "2024-08"),
        job("Meta FAIR", "Research Scientist Intern", "2023-05", "2023-08"),
        job("Microsoft", "Software Engineering Intern", "2020", "2020"),
        job("Michigan AI Lab", "Undergraduate Research Assistant", "2019", "2021"),
    ],
    publications_count=8,
    first_author_count=5,
    publications_sample=[
        pub("Latent Action Priors for Offline-to-Online Reinforcement Learning", "NeurIPS", 2024, True, P),
        pub("Calibrated World Models Know When They Are Wrong", "ICLR", 2025, False, P),
        pub("Dexterous Re-Grasping from Ten Demonstrations with Latent Skill Chaining", "CoRL", 2025, False,
            "in press"),
        pub("AgentBench-Lite: Cheap, Reproducible Evaluation of Tool-Using LLM Agents", "ICLR", None, True,
            "under review"),
        pub("Offline RL Is a Data Problem: A Large-Scale Study of Dataset Composition", "arXiv", 2025, True,
            "preprint"),
        pub("Language-Conditioned World Models for Household Rearrangement", "NeurIPS Workshop", 2023, True, P),
    ],
    research_interests_any=["sample-efficient reinforcement learning", "offline-to-online RL",
                            "world models for robotics"],
    awards_count=4,
    language="en",
    layout="US machine-learning PhD student, GitHub-flavoured Markdown",
    notes="Markdown as sent: '# Name' with a nickname in quotes, a contact line of Markdown links (Scholar and GitHub "
          "URLs only inside the link targets), bold 'Research:' line (interests). Education '**School** — Degree · "
          "*Aug 2021 – present*'. Publications numbered 1–8 across three sub-headings; each starts with the venue tag "
          "in bold brackets: '[NeurIPS 2024 (spotlight)]', '[ICLR 2025]', '[ICML 2023]', '[CoRL 2025] … To appear.' "
          "(in press), '[AAMAS 2022] … (extended abstract)', '[Under review at ICLR 2026]' (venue ICLR, no year), "
          "'[arXiv 2025] … arXiv:2503.01174' (preprint), '[NeurIPS 2023 Workshop on …]' (NeurIPS Workshop). Title "
          "after the authors in italics, own name bold except in paper 1, '*' equal contribution (paper 1: first "
          "with '*'; paper 7: second author with '*' after a '*' first author = first). First author: 1, 3, 6, 7, 8 "
          "= 5. Industry experience as a pipe table (When | Where | What), 'Summer 2020' = 2020–2020; an "
          "undergraduate research-assistant bullet (job). TA and reviewing are service. Awards: 4 bullets.",
)

add(
    file="10_zh_materials_phd_xelatex_ctexart_gbt7714.pdf",
    name="欧阳澜", name_any=["Ouyang Lan", "Lan Ouyang"],
    emails=["ouyanglan@csu.example.edu.cn"],
    phones=["+8673155500162"],
    links=[],
    education=[
        edu("中南大学", "phd", "2021-09", "present"),
        edu("Karlsruhe Institute of Technology (KIT)", "other", "2023-10", "2024-10"),
        edu("中南大学", "master", "2018-09", "2021-06"),
        edu("湘潭大学", "bachelor", "2014-09", "2018-06"),
    ],
    experience=[],
    publications_count=8,
    first_author_count=7,
    publications_sample=[
        pub("Fluorinated artificial interphase enables dendrite-free lithium metal anodes at 5 mA cm−2",
            "Journal of Materials Chemistry A", 2024, True, P),
        pub("Interfacial lithium-ion transport kinetics in sulfide solid-state batteries", "Chemical Engineering Journal",
            2024, True, P),
        pub("锂金属负极人工固态电解质界面膜研究进展", "材料导报", 2022, True, P),
        pub("Machine-learning screening of lithiophilic alloy hosts", "ACS Applied Materials & Interfaces", 2023, False,
            P),
        pub("Operando visualization of lithium plating under halide solid electrolytes", "Advanced Energy Materials",
            None, True, "under review"),
        pub("锂硫电池隔膜修饰层的设计与性能研究", None, 2021, True, P),
    ],
    research_interests_any=["锂金属负极界面工程", "固态电解质"],
    awards_count=4,
    language="zh",
    layout="Chinese PhD-student 个人简历, XeLaTeX ctexart (Fandol) + natbib + BibTeX gbt7714-numerical",
    notes="XeLaTeX ctexart with Fandol fonts, a header table with a framed 照片 box, 性别/出生年月/政治面貌 line, a "
          "+86 landline-format phone. 教育背景 rows '2021.09 -- 至今 中南大学 … 博士（硕博连读转博，预计2026年6月毕业）' "
          "(end = 至今 = present), a CSC joint-PhD year at KIT (level other), 硕士 and 学士. No job: 科研项目 lists an "
          "NSFC grant (主要参与人) and a student project (负责人), neither a job. 学术论文 is the gbt7714 BibTeX style "
          "(GB/T 7714-2015 numerical): English names upper-cased 'OUYANG L', 'et al.' after three authors, the "
          "upper-casing breaks 'MüLLER', [J], [D] (her master's thesis: counted, no venue), [C]// (a conference "
          "abstract book entry in the numbered list: counted). Marks typed into the names: '#' 共同第一作者, '*' "
          "通讯作者; 分区 tags glued to the pages '10877-10886（SCI 二区，IF=10.7）'. '[6] … Advanced Energy Materials"
          "（在审，under review）, 2025.' = under review (year null). Count 8; first author 7 ([3] is '#' second = "
          "equal first; [5] is third). The [P] patent under 授权专利 is not counted. 获奖情况: 4 (a 墙报奖 poster "
          "prize included); CET-6 is an exam.",
)

add(
    file="11_zh_endocrinology_attending_abiword.docx",
    name="唐忆宁", name_any=["Tang Yining", "Yining Tang"],
    emails=["tangyining@wchscu.example.cn"],
    phones=["+862855500137"],
    links=[],
    education=[
        edu("四川大学华西临床医学院", "phd", "2008-09", "2016-06"),
    ],
    experience=[
        job("四川大学华西医院", "主治医师", "2019-07", "present"),
        job("University of Michigan, Caswell Diabetes Institute", "访问学者", "2022-03", "2023-03"),
        job("四川大学华西医院", "住院医师（规范化培训）", "2016-07", "2019-06"),
    ],
    publications_count=7,
    first_author_count=6,
    publications_sample=[
        pub("Continuous glucose monitoring-guided insulin titration in hospitalized patients with type 2 diabetes: "
            "a randomized trial", "Diabetes Care", 2025, True, P),
        pub("住院患者高血糖管理中国专家共识解读", "中华内分泌代谢杂志", 2025, True, "accepted"),
        pub("Remnant cholesterol and progression of diabetic kidney disease: a cohort of 12 408 patients",
            "Diabetologia", 2024, True, P),
        pub("Triglyceride-glucose index and silent myocardial ischemia in type 2 diabetes",
            "Front Endocrinol (Lausanne)", 2023, False, P),
        pub("妊娠期糖尿病产后糖代谢转归及危险因素分析", "四川大学学报(医学版)", 2023, True, P),
        pub("Time-in-range targets for older inpatients with diabetes: a multicentre observational study",
            "Lancet Diabetes Endocrinol", None, True, "under review"),
    ],
    research_interests_any=[],
    awards_count=3,
    language="zh",
    layout="Chinese clinician's 个人简历 written by AbiWord 3 (its OpenXML exporter), kept as DOCX",
    notes="A DOCX exported by AbiWord 3.0.5 from HTML: a bordered info table (姓名/性别/出生年月/职称/手机/电子邮箱/"
          "工作单位) with a merged （照片） cell that AbiWord repeats in every row, numbered Chinese headings. One "
          "degree: 临床医学（八年制） 医学博士（MD） 2008.09 — 2016.06 (one PhD-level degree, as in earlier sets). "
          "工作经历 newest first: 主治医师 '2019.07 — 至今' (with '2021年起兼任讲师' in brackets, not a separate post), "
          "a visiting-scholar year in Michigan (a job), 住院医师（规范化培训） (a job). 科研项目 are grants. 发表论文 "
          "under year sub-headings '2025', '2024', '2023' on their own lines and '在投论文', GB/T 7714-like entries "
          "with [J], own name bold, '#' 共同第一作者 ([3]: second with '#' = first), '*' 通讯作者, bracketed remarks "
          "（第一作者，SCI 一区，IF 14.8）, （已接收） = accepted with its year 2025, （在投，under review）. Count 7, "
          "first author 6 ([5] is second). 获奖情况: 3; 执业医师资格证书 and CET-6/IELTS are not awards.",
)

add(
    file="12_zh_en_environment_postdoc_plaintext.txt",
    name="贺嘉禾", name_any=["HE Jiahe", "Jiahe He", "He Jiahe"],
    emails=["hejiahe@tsinghua.example.edu.cn"],
    phones=["+861055500149"],
    links=["researchgate.example.net/profile/Jiahe-He"],
    education=[
        edu("Nanjing University", "phd", "2018-09", "2023-06"),
        edu("ETH Zurich", "other", "2021-03", "2022-02"),
        edu("Hohai University", "bachelor", "2014-09", "2018-06"),
    ],
    experience=[
        job("清华大学环境学院", "Postdoctoral Research Fellow", "2023-07", "present"),
        job("江苏省环境监测中心", "Intern", "2017-07", "2017-09"),
    ],
    publications_count=8,
    first_author_count=7,
    publications_sample=[
        pub("Photoaging releases reactive dissolved organic matter from polystyrene microplastics", "Water Research",
            2021, True, P),
        pub("Microplastic leachates as precursors of nitrogenous disinfection by-products during chloramination",
            "Environmental Science & Technology", 2022, False, P),
        pub("长江下游典型支流溶解性有机质的光化学转化特征", "环境科学", 2023, True, P),
        pub("Riverine export of plastic-derived carbon to the East China Sea", "Nature Water", 2024, True, P),
        pub("Ozonation shifts the toxicity of microplastic leachates in drinking water treatment",
            "Environmental Science & Technology Letters", 2025, True, "accepted"),
        pub("A global inventory of dissolved organic carbon released by plastic litter", "Water Research", None, True,
            "under review"),
    ],
    research_interests_any=["microplastic-derived DOM", "disinfection by-products", "riverine carbon cycling"],
    awards_count=3,
    language="zh+en",
    layout="Bilingual Chinese/English postdoc CV in plain text (UTF-8), dashed rules, fixed columns",
    notes="Plain text: '贺嘉禾  HE Jiahe, Ph.D.', bilingual headings between dashed rules ('教育背景 EDUCATION'), a "
          "date column '2018.09 - 2023.06' with institution lines '南京大学 Nanjing University' (labelled with the "
          "English names) and degree lines under them; a CSC joint-PhD year at ETH Zurich (level other). Employment: "
          "'2023.07 - 至今 present' on its own line above '清华大学环境学院  博士后 Postdoctoral Research Fellow' "
          "(organisation printed only in Chinese on that row), and a summer internship. Publications in forward "
          "chronological order under year sub-headings (2021 … 2025) with two-line hanging entries, GB/T 7714 "
          "markers [J], [C]// (a Goldschmidt abstract inside the numbered list: counted) and [D] (her thesis: "
          "counted, not sampled), '#' equal contribution ([7] second with '#' = first), '*' corresponding, tags "
          "'(SCI 一区, IF 12.8)', '(已接收 accepted)' with year 2025, '(在审 under review)' without a year. Count 8, "
          "first author 7 ([2] is second). The patent application and two grants are not papers or awards; honours "
          "3 (Shuimu scholar programme, dissertation award, National Scholarship).",
)


def write_all() -> None:
    for label in LABELS:
        write_label(label)
