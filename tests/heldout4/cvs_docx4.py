"""Word-processor CVs of invented people: a physics postdoc (DOCX, APS references),
a UX researcher (DOCX with a two-column sidebar table), an Indian graduate (DOCX with an
'Academic Qualifications' table) and a French researcher writing in English (ODT)."""
from __future__ import annotations

from pathlib import Path

from docx.shared import Cm, Pt
from kit4 import fixed_docx, label, save_docx, write_odt


def physics_postdoc(out: Path) -> dict:
    f = "04_physics_postdoc_aps.docx"
    d = fixed_docx()
    d.add_heading("Annika Sørbø, Ph.D.", level=0)
    d.add_paragraph("Postdoctoral Research Associate, Department of Physics, University of Wisconsin–Madison\n"
                    "1150 University Avenue, Madison, WI 53706, USA\n"
                    "E-mail: asorbo@physics.example.edu   Tel.: +1 608 555 0142   ORCID: orcid.org/0000-0003-4471-2208")
    d.add_heading("Research Interests", level=1)
    d.add_paragraph("Strongly correlated electron systems; quantum spin liquids; neutron scattering; topological magnons.")
    d.add_heading("Appointments", level=1)
    d.add_paragraph("2022 – present\tPostdoctoral Research Associate, University of Wisconsin–Madison (host: Prof. R. Calloway)")
    d.add_paragraph("2021 – 2022\tPostdoctoral Fellow, Laboratory for Neutron Scattering, Paul Scherrer Institut, Switzerland")
    d.add_heading("Education", level=1)
    d.add_paragraph("2016 – 2021\tPh.D. in Physics, Norwegian University of Science and Technology (NTNU), Trondheim\n"
                    "\tDissertation: Magnetic excitations in frustrated kagome and pyrochlore magnets")
    d.add_paragraph("2014 – 2016\tM.Sc. in Condensed Matter Physics, University of Oslo")
    d.add_paragraph("2011 – 2014\tB.Sc. in Physics, University of Oslo")
    d.add_heading("Peer-reviewed articles", level=1)
    refs = [
        "A. Sørbø, J. P. Castellan, T. Okamura, M. Lindqvist, F. Baumann, R. Esposito, et al., Fractionalized "
        "excitations in a breathing pyrochlore antiferromagnet, Nat. Phys. 19, 1044 (2023).",
        "A. Sørbø, T. Okamura, and M. Lindqvist, Crystal-field excitations in Yb-based triangular magnets, "
        "Phys. Rev. Materials 7, 054402 (2023).",
        "M. Achterberg, F. Baumann, C. Delacroix, R. Esposito, L. Fontaine, K. R. Haugen, P. Ivanova, "
        "A. Sørbø, H. Tanaka, et al., Commissioning of a multiplexing cold-neutron spectrometer, "
        "Rev. Sci. Instrum. 93, 045103 (2022).",
        "T. Okamura, A. Sørbø, J. P. Castellan, and R. Calloway, Field-induced spin liquid in a honeycomb "
        "Kitaev magnet probed by polarized neutrons, Phys. Rev. Lett. 128, 037201 (2022).",
        "A. Sørbø, M. Lindqvist, and K. R. Haugen, Magnon bound states in a frustrated kagome antiferromagnet, "
        "Phys. Rev. B 104, 125301 (2021).",
        "A. Sørbø and K. R. Haugen, Thermal Hall response of topological magnons in honeycomb ferromagnets, "
        "Phys. Rev. Research 3, 033118 (2021).",
        "K. R. Haugen and A. Sørbø, Linear spin-wave theory for distorted kagome lattices, "
        "J. Phys.: Condens. Matter 33, 215801 (2021).",
    ]
    for i, r in enumerate(refs, 1):
        d.add_paragraph(f"{i}.\t{r}")
    d.add_heading("Preprints", level=1)
    d.add_paragraph("8.\tA. Sørbø, R. Calloway, et al., Dynamical scaling at a field-tuned quantum critical point, "
                    "arXiv:2405.01234 (2024).")
    d.add_heading("Invited Talks", level=1)
    d.add_paragraph("APS March Meeting, Minneapolis, 2024: \u201cSpinons in breathing pyrochlores\u201d")
    d.add_paragraph("Neutron Scattering Seminar, ILL Grenoble, 2023: \u201cCrystal fields in rare-earth triangles\u201d")
    d.add_heading("Awards and Fellowships", level=1)
    d.add_paragraph("2021\tSwiss Government Excellence Postdoctoral Fellowship")
    d.add_paragraph("2021\tNTNU Award for Outstanding Doctoral Thesis")
    d.add_paragraph("2016\tNorwegian Physical Society Student Prize")
    save_docx(d, out / f)
    return label(
        f, "Annika Sørbø", ["Annika Sørbø, Ph.D.", "Annika Sorbo"],
        ["asorbo@physics.example.edu"], ["+16085550142"], ["orcid.org/0000-0003-4471-2208"],
        [("Norwegian University of Science and Technology", "phd", "2016", "2021"),
         ("University of Oslo", "master", "2014", "2016"),
         ("University of Oslo", "bachelor", "2011", "2014")],
        [("University of Wisconsin–Madison", "Postdoctoral Research Associate", "2022", "present"),
         ("Paul Scherrer Institut", "Postdoctoral Fellow", "2021", "2022")],
        8, 5,
        [("Fractionalized excitations in a breathing pyrochlore antiferromagnet", "Nat. Phys.", 2023),
         ("Commissioning of a multiplexing cold-neutron spectrometer", "Rev. Sci. Instrum.", 2022),
         ("Field-induced spin liquid in a honeycomb Kitaev magnet probed by polarized neutrons",
          "Phys. Rev. Lett.", 2022),
         ("Magnon bound states in a frustrated kagome antiferromagnet", "Phys. Rev. B", 2021)],
        ["quantum spin liquids", "neutron scattering"], 3,
        "APS style 'Initials Surname, Title, Journal Vol, Page (Year).'; long author lists cut with "
        "'et al.'; the preprint (numbered 8, under 'Preprints') counts as a publication; talks do not.")


def _cell_text(cell, lines: list[tuple[str, bool, float]]) -> None:
    """Fill a table cell with (text, bold, size) paragraphs."""
    first = True
    for text, bold, size in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def ux_sidebar(out: Path) -> dict:
    f = "05_ux_researcher_sidebar.docx"
    d = fixed_docx()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(6), Cm(11.5)
    _cell_text(left, [
        ("Noor Haddad", True, 20), ("UX Researcher", False, 11), ("", False, 8),
        ("CONTACT", True, 10), ("noor.haddad@example.co.uk", False, 9), ("07700 900123", False, 9),
        ("London, UK", False, 9), ("linkedin.com/in/noor-haddad-ux", False, 9), ("noorhaddad.example.design", False, 9),
        ("", False, 8), ("SKILLS", True, 10),
        ("Contextual inquiry", False, 9), ("Diary studies", False, 9), ("Usability testing", False, 9),
        ("Survey design (Qualtrics)", False, 9), ("Journey mapping", False, 9), ("Figma, Dovetail, Miro", False, 9),
        ("", False, 8), ("EDUCATION", True, 10),
        ("MSc Human-Computer Interaction", True, 9), ("University College London", False, 9), ("2016 – 2017", False, 9),
        ("BA Psychology", True, 9), ("University of Leeds", False, 9), ("2013 – 2016", False, 9),
        ("", False, 8), ("LANGUAGES", True, 10), ("English, Arabic, French (conversational)", False, 9),
    ])
    _cell_text(right, [
        ("PROFILE", True, 10),
        ("Mixed-methods researcher with seven years in fintech and consumer apps. I turn messy qualitative "
         "data into decisions product teams act on.", False, 9.5),
        ("", False, 8), ("EXPERIENCE", True, 10),
        ("Senior UX Researcher", True, 10), ("Monzo Bank · London", False, 9.5), ("Mar 2021 – Present", False, 9),
        ("• Led discovery for savings pots; research informed a redesign used by 2M customers.", False, 9),
        ("• Built a research repository in Dovetail and trained 40 designers in interviewing.", False, 9),
        ("UX Researcher", True, 10), ("Deliveroo · London", False, 9.5), ("Sep 2018 – Feb 2021", False, 9),
        ("• Ran 150+ rider and restaurant interviews across four markets.", False, 9),
        ("Research Assistant", True, 10), ("UCL Interaction Centre · London", False, 9.5), ("Oct 2017 – Aug 2018", False, 9),
        ("• Coded interview data for a study of older adults' banking apps.", False, 9),
        ("", False, 8), ("CERTIFICATIONS", True, 10),
        ("NN/g UX Certification (Research specialty), 2020", False, 9),
    ])
    save_docx(d, out / f)
    return label(
        f, "Noor Haddad", [], ["noor.haddad@example.co.uk"], ["+447700900123"],
        ["linkedin.com/in/noor-haddad-ux", "noorhaddad.example.design"],
        [("University College London", "master", "2016", "2017"),
         ("University of Leeds", "bachelor", "2013", "2016")],
        [("Monzo Bank", "Senior UX Researcher", "2021-03", "present"),
         ("Deliveroo", "UX Researcher", "2018-09", "2021-02"),
         ("UCL Interaction Centre", "Research Assistant", "2017-10", "2018-08")],
        0, 0, [], [], 0,
        "Whole CV is one 2-column table: contact, skills, education in the left cell; profile and "
        "experience in the right. UK national-format mobile (07700 900123 = +44 7700 900123) with "
        "'London, UK' printed; 'Title / Company · City / dates' on three lines. A certification is not an award.")


def indian_graduate(out: Path) -> dict:
    f = "06_india_academic_qualifications.docx"
    d = fixed_docx()
    p = d.add_paragraph()
    r = p.add_run("ADITYA RAGHAVAN IYER")
    r.bold, r.font.size = True, Pt(18)
    d.add_paragraph("Email: aditya.iyer@example.in | Mobile: +91-98450 12345 | LinkedIn: linkedin.com/in/aditya-r-iyer | "
                    "GitHub: github.com/adiyer-dev")
    d.add_heading("Career Objective", level=2)
    d.add_paragraph("To work on machine learning systems at scale in a research-driven team where I can apply my "
                    "background in speech processing and efficient deep learning.")
    d.add_heading("Academic Qualifications", level=2)
    rows = [("Degree", "Institute", "Year", "CGPA / %"),
            ("M.Tech (Computer Science and Engineering)", "Indian Institute of Technology Madras", "2023", "9.12/10"),
            ("B.E. (Electronics and Communication)", "PES University, Bengaluru", "2021", "8.74/10"),
            ("Class XII (CBSE)", "Kendriya Vidyalaya, Hebbal, Bengaluru", "2017", "94.2%"),
            ("Class X (CBSE)", "Kendriya Vidyalaya, Hebbal, Bengaluru", "2015", "10.0 CGPA")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                t.cell(i, j).paragraphs[0].runs[0].bold = True
    d.add_heading("Work Experience", level=2)
    d.add_paragraph("Software Engineer II, Flipkart, Bengaluru (Jul 2023 – Present)")
    d.add_paragraph("Built the query-understanding service for vernacular voice search (Hindi, Tamil, Kannada).",
                    style="List Bullet")
    d.add_paragraph("Research Intern, Samsung R&D Institute India, Bengaluru (May 2022 – Jul 2022)")
    d.add_paragraph("Quantised keyword-spotting models to 8 bits with under 1% accuracy loss.", style="List Bullet")
    d.add_heading("Publications", level=2)
    d.add_paragraph("A. R. Iyer and S. Krishnan, \u201cLightweight Transformers for On-Device Keyword Spotting,\u201d "
                    "in Proc. IEEE ICASSP, Rhodes, Greece, 2023, pp. 1–5.", style="List Number")
    d.add_paragraph("K. Nair, A. R. Iyer, and B. Ravindran, \u201cGraph Neural Networks for Traffic Forecasting in "
                    "Indian Cities,\u201d in Proc. CODS-COMAD, 2022, pp. 210–214.", style="List Number")
    d.add_heading("Academic Projects", level=2)
    d.add_paragraph("Streaming ASR for code-mixed Hindi-English speech (M.Tech thesis, guide: Prof. S. Krishnan)",
                    style="List Bullet")
    d.add_heading("Achievements", level=2)
    for a in ["Secured All India Rank 312 in GATE CSE 2021 (99.7 percentile)",
              "Winner, Smart India Hackathon 2020 (software edition)",
              "Institute Merit-cum-Means Scholarship, IIT Madras, 2021–2023",
              "Qualified for ACM ICPC Asia Amritapuri Regionals, 2019"]:
        d.add_paragraph(a, style="List Bullet")
    d.add_heading("Positions of Responsibility", level=2)
    d.add_paragraph("Placement Coordinator, PES University (2020–21)", style="List Bullet")
    d.add_heading("Technical Skills", level=2)
    d.add_paragraph("Languages: Python, C++, Java | Frameworks: PyTorch, ONNX, Kafka | Tools: Docker, Kubernetes")
    d.add_heading("Declaration", level=2)
    d.add_paragraph("I hereby declare that the information furnished above is true to the best of my knowledge.")
    d.add_paragraph("Place: Bengaluru\t\t\t\t\t\t(Aditya Raghavan Iyer)")
    save_docx(d, out / f)
    return label(
        f, "Aditya Raghavan Iyer", ["Aditya R. Iyer", "Aditya Iyer"], ["aditya.iyer@example.in"], ["+919845012345"],
        ["linkedin.com/in/aditya-r-iyer", "github.com/adiyer-dev"],
        [("Indian Institute of Technology Madras", "master", None, "2023"),
         ("PES University", "bachelor", None, "2021"),
         ("Kendriya Vidyalaya, Hebbal, Bengaluru", "other", None, "2017"),
         ("Kendriya Vidyalaya, Hebbal, Bengaluru", "other", None, "2015")],
        [("Flipkart", "Software Engineer II", "2023-07", "present"),
         ("Samsung R&D Institute India", "Research Intern", "2022-05", "2022-07")],
        2, 1,
        [("Lightweight Transformers for On-Device Keyword Spotting", "ICASSP", 2023),
         ("Graph Neural Networks for Traffic Forecasting in Indian Cities", "CODS-COMAD", 2022)],
        [], 4,
        "Name in capitals; education as a Degree | Institute | Year | CGPA table including school rows "
        "(Class XII / X); IEEE-style quoted titles; 'Achievements' are the awards; a placement-coordinator "
        "role is not employment; signature line in the Declaration repeats the name.")


def french_odt(out: Path) -> dict:
    f = "07_french_researcher_english.odt"
    write_odt(out / f, [
        ("title", "Aurélien Marchetti"),
        ("p", "Research Engineer — PhD in Computer Science"),
        ("p", "Tel: +33 6 48 27 91 05 — aurelien.marchetti@example.fr — 12 rue Servient, 69003 Lyon, France"),
        ("p", "Web: https://amarchetti.example.fr"),
        ("h", "Research topics"),
        ("p", "Energy-efficient distributed systems, scheduling for edge and HPC platforms, carbon-aware computing."),
        ("h", "Professional experience"),
        ("p", "07/2022 – present\tResearch Engineer, Inria Grenoble Rhône-Alpes (DataMove team), Montbonnot"),
        ("p", "01/2020 – 06/2022\tPostdoctoral researcher, CNRS – Laboratoire d'Informatique de Grenoble (LIG)"),
        ("p", "10/2016 – 12/2019\tPhD candidate (CIFRE contract), Schneider Electric, Grenoble"),
        ("h", "Education"),
        ("p", "2016 – 2019\tPhD in Computer Science, Université Grenoble Alpes. Thesis: Energy-aware scheduling "
              "of industrial IoT workloads. Defended on 12/12/2019."),
        ("p", "2014 – 2016\tMSc in Computer Science (Diplôme d'ingénieur), Grenoble INP – Ensimag"),
        ("p", "2012 – 2014\tClasses préparatoires MP*, Lycée du Parc, Lyon"),
        ("h", "Selected publications"),
        ("p", "A. Marchetti, J. Dubois, and P. Lemaire. Energy-aware task scheduling for heterogeneous edge "
              "clusters. In Euro-Par 2021, LNCS 12820, pages 112–127. Springer, 2021."),
        ("p", "J. Dubois and A. Marchetti. Predicting the power draw of containerised workloads. IEEE Trans. "
              "Parallel Distrib. Syst., 33(8):1890–1903, 2022."),
        ("p", "A. Marchetti and P. Lemaire. Carbon-aware checkpointing for long-running HPC jobs. In Proc. "
              "CCGrid 2023, pages 45–56. IEEE, 2023."),
        ("p", "M. Ferrand, A. Marchetti, and J. Dubois. A survey of energy models for fog computing. Future "
              "Generation Computer Systems, 110:620–641, 2020."),
        ("p", "A. Marchetti. Ordonnancement économe en énergie pour l'IoT industriel (in French). In Compas "
              "2018, Toulouse, 2018."),
        ("h", "Distinctions"),
        ("p", "2021\tBest Paper Award, Euro-Par 2021"),
        ("p", "2020\tPhD thesis prize, GDR RSD"),
        ("h", "Languages"),
        ("p", "French (native), English (fluent, C1), Italian (B2)"),
    ])
    return label(
        f, "Aurélien Marchetti", ["Aurelien Marchetti"], ["aurelien.marchetti@example.fr"], ["+33648279105"],
        ["amarchetti.example.fr"],
        [("Université Grenoble Alpes", "phd", "2016", "2019"),
         ("Grenoble INP – Ensimag", "master", "2014", "2016"),
         ("Lycée du Parc", "other", "2012", "2014")],
        [("Inria Grenoble Rhône-Alpes", "Research Engineer", "2022-07", "present"),
         ("CNRS – Laboratoire d'Informatique de Grenoble (LIG)", "Postdoctoral researcher", "2020-01", "2022-06"),
         ("Schneider Electric", "PhD candidate", "2016-10", "2019-12")],
        5, 3,
        [("Energy-aware task scheduling for heterogeneous edge clusters", "Euro-Par", 2021),
         ("Predicting the power draw of containerised workloads", "IEEE Trans. Parallel Distrib. Syst.", 2022),
         ("Carbon-aware checkpointing for long-running HPC jobs", "CCGrid", 2023),
         ("A survey of energy models for fog computing", "Future Generation Computer Systems", 2020)],
        ["energy-efficient distributed systems", "carbon-aware computing"], 2,
        "ODT; a French CV in English: dates MM/YYYY – MM/YYYY, French mobile +33 6, 'Research topics' as "
        "the interests heading, 'Distinctions' as the awards heading, a defence date inside the thesis line.")
