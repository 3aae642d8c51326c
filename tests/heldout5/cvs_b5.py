"""PDF CVs of invented people: a hydroclimate postdoc (two-column, grey sidebar holding contact,
skills and referees), an undergraduate with author-less venue-tagged papers, a master's student
with project-style paper blocks, and a physicist in a moderncv-like layout with wrapped dates."""
from __future__ import annotations

from pathlib import Path

from kit5 import gutter_entry, label, left_right, line, new_pdf, rule


def sidebar_postdoc(out: Path) -> dict:
    f = "04_hydro_postdoc_sidebar.pdf"
    pdf = new_pdf()
    side_w = 64
    pdf.set_fill_color(236, 238, 242)
    pdf.rect(0, 0, side_w + 6, pdf.h, style="F")
    pdf.set_left_margin(8)
    pdf.set_right_margin(pdf.w - side_w)
    pdf.set_y(16)

    def side_head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, size=9.5, style="B", color=(40, 80, 120))
        rule(pdf, color=(40, 80, 120))

    side_head("CONTACT")
    for t in ["n.dlamini@leeds.example.ac.uk", "+44 7700 900318", "ndlamini.example.org",
              "orcid.org/0000-0001-7342-5519", "School of Geography, Leeds LS2 9JT, UK"]:
        line(pdf, t, size=8)
    side_head("SKILLS")
    for t in ["R, Python (xarray, dask)", "Fortran; land-surface models", "Google Earth Engine", "Bayesian inference"]:
        line(pdf, "\u25aa " + t, size=8)
    side_head("LANGUAGES")
    line(pdf, "English, isiZulu (native); Norwegian (B2)", size=8)
    side_head("REFERENCES")
    for t in ["Prof. Harriet Quayle", "University of Leeds", "h.quayle@leeds.example.ac.uk", "",
              "Dr. Tomasz Wierzba", "UK Centre for Ecology & Hydrology", "t.wierzba@ceh.example.ac.uk"]:
        line(pdf, t, size=8, h=4)
    # main column
    pdf.set_left_margin(side_w + 14)
    pdf.set_right_margin(14)
    pdf.set_y(16)
    line(pdf, "Nomvula Dlamini-Strand", size=21, style="B", h=10)
    line(pdf, "Postdoctoral Research Fellow in Hydroclimatology", size=11, color=(40, 80, 120))

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, size=11.5, style="B", color=(40, 80, 120))
        rule(pdf, color=(40, 80, 120))

    head("RESEARCH EXPERTISE")
    for topic, text in [
        ("Drought propagation", "How meteorological deficits travel through soil moisture into streamflow "
         "and groundwater, and why some catchments buffer them."),
        ("Land–atmosphere coupling", "Feedbacks between dry soils and heatwaves in reanalyses and CMIP6."),
        ("Hydrological model evaluation", "Process-based benchmarks beyond Nash–Sutcliffe efficiency."),
    ]:
        line(pdf, topic, size=9.5, style="B")
        line(pdf, text, size=9)
    head("APPOINTMENTS")
    for when, what, where in [
        ("2023 – present", "Postdoctoral Research Fellow", "School of Geography, University of Leeds, UK"),
        ("2022 – 2023", "Research Associate", "UK Centre for Ecology & Hydrology, Wallingford, UK"),
    ]:
        left_right(pdf, what, when, size=9.5)
        line(pdf, where, size=9, style="I")
    head("EDUCATION")
    for when, what, where in [
        ("2018 – 2022", "PhD in Hydrology", "University of Bergen, Norway"),
        ("2015 – 2017", "MSc in Environmental Science (cum laude)", "University of KwaZulu-Natal (UKZN), South Africa"),
        ("2012 – 2014", "BSc in Hydrology and Geography", "UKZN, Pietermaritzburg"),
    ]:
        left_right(pdf, what, when, size=9.5)
        line(pdf, where, size=9, style="I")
    head("SELECTED PUBLICATIONS")
    for ref in [
        "Dlamini-Strand, N., Quayle, H., Berg, E. et al. (2024) Flash drought onset over southern Africa "
        "in a warming climate. Nature Water, 2, 311–322.",
        "Okoye, C., Dlamini-Strand, N. and Wierzba, T. (2023) Soil moisture memory in CMIP6 models. "
        "Geophysical Research Letters, 50, e2023GL104411.",
        "Dlamini-Strand, N. and Berg, E. (2022) Streamflow drought propagation in Norwegian catchments. "
        "Hydrology and Earth System Sciences, 26, 4021–4040.",
        "Berg, E., Sunde, K., Dlamini-Strand, N. et al. (2021) A benchmark for snowmelt models across "
        "Fennoscandia. Water Resources Research, 57, e2021WR030118.",
        "Dlamini-Strand, N. and Okoye, C. (under review, 2025) Compound heat–drought events and crop "
        "failure in the Limpopo basin. Journal of Climate.",
        "Dlamini-Strand, N., Wierzba, T. and Quayle, H. (in preparation) Irrigation signals in satellite "
        "land-surface temperature.",
    ]:
        line(pdf, ref, size=8.8, h=4.4)
        pdf.ln(1.2)
    head("GRANTS & AWARDS")
    for t in ["2021  EGU Outstanding Student and PhD candidate Presentation award",
              "2020  Meltzer Research Fund travel grant, University of Bergen"]:
        line(pdf, t, size=9)
    pdf.output(str(out / f))
    return label(
        f, "Nomvula Dlamini-Strand", [], ["n.dlamini@leeds.example.ac.uk"], ["+447700900318"],
        ["ndlamini.example.org", "orcid.org/0000-0001-7342-5519"],
        [("University of Bergen", "phd", "2018", "2022"),
         ("University of KwaZulu-Natal", "master", "2015", "2017"),
         ("UKZN", "bachelor", "2012", "2014")],
        [("University of Leeds", "Postdoctoral Research Fellow", "2023", "present"),
         ("UK Centre for Ecology & Hydrology", "Research Associate", "2022", "2023")],
        6, 4,
        [("Flash drought onset over southern Africa in a warming climate", "Nature Water", 2024, True, "published"),
         ("Soil moisture memory in CMIP6 models", "Geophysical Research Letters", 2023, False, "published"),
         ("Compound heat–drought events and crop failure in the Limpopo basin", "Journal of Climate", 2025, True,
          "under review"),
         ("Irrigation signals in satellite land-surface temperature", None, None, True, "in preparation")],
        ["Drought propagation", "Land–atmosphere coupling", "Hydrological model evaluation"], 2,
        "Two columns: the grey sidebar (contact, skills, languages, REFERENCES) is drawn first, the main "
        "column after it. The referees' e-mails are not the candidate's. 'Research Expertise' has three topic "
        "sub-headings = research interests. Second degree at the same university printed as the acronym UKZN.")


def venue_tag_student(out: Path) -> dict:
    f = "05_undergrad_venue_tags.pdf"
    pdf = new_pdf(fmt="Letter")
    line(pdf, "Ishaan Valderrama", size=18, style="B", h=8)
    line(pdf, "ivalderrama@ucsd.example.edu  ·  +1 858-555-0148  ·  ivalderrama.example.com  ·  "
         "linkedin.com/in/ishaan-valderrama", size=8.5)

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t.upper(), size=10.5, style="B", color=(0, 51, 102))
        rule(pdf, color=(0, 51, 102))

    head("Education")
    left_right(pdf, "University of California, San Diego", "La Jolla, CA")
    line(pdf, "Honors College  ·  Regents Scholar", size=9, style="I")
    left_right(pdf, "B.S. in Computer Science, minor in Cognitive Science", "Sep 2023 – expected March 2027",
               style="", size=9.5)
    line(pdf, "GPA 3.94/4.00. Coursework: Machine Learning, Robot Motion Planning, Linear Algebra.", size=9)
    head("Publications")
    for tag, title, when, desc in [
        ("[ACL Findings]", "Grounded Instruction Following with Sparse Topological Maps", "Oct 2025",
         "Sparse map memory lets a 7B language model follow multi-room navigation instructions."),
        ("[CoRL Workshop]", "Tactile Pretraining for Cable Routing", "Nov 2024",
         "Contrastive pretraining on 40 hours of GelSight data; poster at the LEAP workshop."),
        ("[arXiv]", "A Survey of Memory Mechanisms for Embodied Agents", "Feb 2025",
         "Taxonomy of 120 memory designs; maintained reading list on GitHub."),
    ]:
        left_right(pdf, f"{tag}  {title}", when, size=9.5)
        line(pdf, desc, size=8.8, color=(70, 70, 70))
        pdf.ln(0.8)
    head("Research Experience")
    left_right(pdf, "Cognitive Robotics Lab (led by Prof. Helena Marquardt), UC San Diego", "Jan 2024 – Present")
    line(pdf, "Undergraduate Researcher", size=9.5, style="I")
    for b in ["Fall 2024: built the sparse-map memory module and its evaluation harness.",
              "Winter 2025 – Spring 2025: ran 600 real-robot trials on a mobile manipulator."]:
        line(pdf, "•  " + b, size=9)
    left_right(pdf, "Northgate AI Institute, Seattle, WA", "Jun 2025 – Sep 2025")
    line(pdf, "Summer Research Fellow", size=9.5, style="I")
    line(pdf, "•  Tactile representation learning for deformable-object manipulation.", size=9)
    left_right(pdf, "Independent Study: Sign-Language Recognition on Edge Devices", "Spring 2024")
    line(pdf, "Advisor: Prof. Devika Kaur", size=9.5, style="I")
    line(pdf, "•  Quantised pose-based classifier running at 30 fps on a Raspberry Pi 5.", size=9)
    head("Work Experience")
    left_right(pdf, "UC San Diego, Department of Computer Science and Engineering", "Sep 2024 – Mar 2025")
    line(pdf, "Instructional Assistant, CSE 12 (Data Structures)", size=9.5, style="I")
    line(pdf, "•  Led two weekly sections (Fall 2024, Winter 2025); wrote autograder tests.", size=9)
    head("Honors")
    line(pdf, "Provost Honors, six quarters (2023–2025)  ·  Regents Scholarship (2023)", size=9.5)
    head("Skills")
    line(pdf, "Python, PyTorch, ROS 2, C++, Isaac Sim, Git", size=9.5)
    pdf.output(str(out / f))
    return label(
        f, "Ishaan Valderrama", [], ["ivalderrama@ucsd.example.edu"], ["+18585550148"],
        ["ivalderrama.example.com", "linkedin.com/in/ishaan-valderrama"],
        [("University of California, San Diego", "bachelor", "2023-09", "2027-03")],
        [("Cognitive Robotics Lab", "Undergraduate Researcher", "2024-01", "present"),
         ("Northgate AI Institute", "Summer Research Fellow", "2025-06", "2025-09"),
         ("UC San Diego, Department of Computer Science and Engineering", "Instructional Assistant", "2024-09",
          "2025-03")],
        3, None,
        [("Grounded Instruction Following with Sparse Topological Maps", "ACL Findings", 2025, None, "published"),
         ("Tactile Pretraining for Cable Routing", "CoRL Workshop", 2024, None, "published"),
         ("A Survey of Memory Mechanisms for Embodied Agents", "arXiv", 2025, None, "preprint")],
        [], 2,
        "Papers have no author lists: a bracketed venue tag, the title, a right-aligned 'Mon YYYY' and a "
        "description line (first authorship unknown, not scored). 'Honors College' is a line under the "
        "university, not a second school; end date 'expected March 2027'. Term dates sit inside bullets. "
        "The independent study with an 'Advisor:' line is a project, not a job.")


def project_style_master(out: Path) -> dict:
    f = "06_msc_project_style_papers.pdf"
    pdf = new_pdf()
    line(pdf, "HANA VUKOVIĆ", size=16, h=8)
    line(pdf, "hana.vukovic@ethz.example.ch | +41 76 412 83 09 | hvukovic.github.io", size=9)

    def head(t: str) -> None:
        # Same size and weight as the body: only capitals, colour and a rule mark a heading.
        pdf.ln(2.5)
        line(pdf, t.upper(), size=10, color=(90, 40, 140))
        rule(pdf, color=(90, 40, 140), width=0.4)

    head("Education")
    left_right(pdf, "ETH Zürich", "Sep 2023 – Sep 2025", style="")
    line(pdf, "MSc in Robotics, Systems and Control. Thesis grade 6.0/6.0", size=9.5)
    left_right(pdf, "University of Zagreb, Faculty of Electrical Engineering and Computing", "2019 – 2023", style="")
    line(pdf, "BSc in Computing (summa cum laude)", size=9.5)
    head("Research")
    for title, venue, role, bullets in [
        ("Uncertainty-Aware Retrieval for Long-Horizon\nRobot Task Planning", "2025 NeurIPS, Under Review",
         "First Author", ["Calibrated retrieval over a library of 3k skills; +14% success on long tasks.",
                          "Open-sourced the planner and a 40-task household benchmark."]),
        ("Token Pruning for Efficient Vision-Language\nModels on Edge Devices",
         "2024 CVPR Workshop on Efficient Deep Learning for Computer Vision", "Second Author",
         ["Implemented the latency profiler for Jetson Orin."]),
        ("Causal Probing of Spatial Reasoning in\nMultimodal Transformers", "2024 EMNLP Findings",
         "Co-First Author", ["Designed the counterfactual image-edit probes."]),
    ]:
        line(pdf, title, size=10, style="B")
        line(pdf, venue, size=9.5, style="I")
        line(pdf, role, size=9, color=(90, 40, 140))
        for b in bullets:
            line(pdf, "–  " + b, size=9)
        pdf.ln(1.5)
    head("Research Projects")
    left_right(pdf, "Benchmarking Sim-to-Real Transfer for Quadruped Locomotion", "Feb 2024 – Jul 2024", style="")
    line(pdf, "Advisor: Prof. Marco Bellandi, Robotic Systems Lab", size=9.5, style="I")
    line(pdf, "–  Semester project: domain randomisation study over 12 terrains.", size=9)
    head("Experience")
    left_right(pdf, "Halden Robotics AG, Zürich", "Feb 2025 – Aug 2025", style="")
    line(pdf, "Software Engineering Intern, Motion Planning", size=9.5, style="I")
    left_right(pdf, "ETH Zürich, D-MAVT", "Sep 2024 – Jan 2025", style="")
    line(pdf, "Teaching Assistant, Introduction to Robotics and Mechatronics", size=9.5, style="I")
    head("Awards")
    line(pdf, "ETH Excellence Scholarship & Opportunity Programme (2023)", size=9.5)
    line(pdf, "Rector's Award, University of Zagreb (2022)", size=9.5)
    head("Skills")
    line(pdf, "Python, C++, PyTorch, ROS 2, MuJoCo, Isaac Lab, Docker", size=9.5)
    pdf.output(str(out / f))
    return label(
        f, "Hana Vuković", ["HANA VUKOVIĆ"], ["hana.vukovic@ethz.example.ch"], ["+41764128309"],
        ["hvukovic.github.io"],
        [("ETH Zürich", "master", "2023-09", "2025-09"),
         ("University of Zagreb", "bachelor", "2019", "2023")],
        [("Halden Robotics AG", "Software Engineering Intern, Motion Planning", "2025-02", "2025-08"),
         ("ETH Zürich", "Teaching Assistant", "2024-09", "2025-01")],
        3, 2,
        [("Uncertainty-Aware Retrieval for Long-Horizon Robot Task Planning", "NeurIPS", 2025, True,
          "under review"),
         ("Token Pruning for Efficient Vision-Language Models on Edge Devices", "CVPR Workshop", 2024, False,
          "published"),
         ("Causal Probing of Spatial Reasoning in Multimodal Transformers", "EMNLP Findings", 2024, True,
          "published")],
        [], 2,
        "Headings have the body's size and weight: only capitals, a colour and a rule line mark them. Papers "
        "under 'Research' are project-style blocks: bold title wrapped over two lines, 'YEAR VENUE, status', "
        "an authorship label (Co-First counts as first), then bullets. The semester project with an 'Advisor:' "
        "line is not a job.")


def moderncv_physicist(out: Path) -> dict:
    f = "07_physicist_moderncv_dates.pdf"
    pdf = new_pdf()
    blue = (50, 90, 160)
    line(pdf, "Bartholomew Nkemelu", size=24, h=11, color=(60, 60, 60))
    line(pdf, "Associate Professor of Physics", size=11, style="I", color=(120, 120, 120))
    pdf.ln(1)
    line(pdf, "H. H. Wills Physics Laboratory, Tyndall Avenue, Bristol BS8 1TL, United Kingdom", size=8.5)
    line(pdf, "\u260e +44 117 496 0732   \u2709 b.nkemelu@bristol.example.ac.uk", size=8.5)

    def head(t: str) -> None:
        pdf.ln(3)
        y = pdf.get_y() + 2.6
        pdf.set_draw_color(*blue)
        pdf.set_line_width(1.2)
        pdf.line(pdf.l_margin, y, pdf.l_margin + 26, y)
        pdf.set_xy(pdf.l_margin + 29, pdf.get_y())
        pdf.set_font("main", "", 10)
        pdf.set_text_color(*blue)
        pdf.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.ln(1)

    def entry(when: str, text: str) -> None:
        gutter_entry(pdf, when, text, size=9.5, gutter=29, align_left="R")
        pdf.ln(1)

    head("Research interests")
    entry("", "Correlated electron systems; unconventional superconductivity; kagome metals; elastoresistance.")
    head("Employment")
    entry("Sep. 2019 –\npresent", "Associate Professor, H. H. Wills Physics Laboratory, University of Bristol")
    entry("Jun. 2014 –\nAug. 2019", "Lecturer in Physics, Department of Physics, Lancaster University")
    entry("Jun. 2012 –\nMay 2014", "Postdoctoral Research Associate, Cavendish Laboratory, University of Cambridge")
    entry("Nov. 2011 –\nMay 2012", "Research Fellow, Max Planck Institute for Solid State Research, Stuttgart")
    head("Education")
    entry("Oct. 2007 –\nOct. 2011", "DPhil in Condensed Matter Physics, University of Oxford\n"
          "Thesis: Magnetotransport in layered cobaltates")
    entry("2003 – 2007", "MPhys in Physics with Theoretical Physics (First Class), University of Manchester")
    head("Grants and awards")
    entry("2022", "EPSRC New Investigator Award, £412k, \u201cStrain control of kagome metals\u201d")
    entry("2017", "Institute of Physics Early Career Prize in Condensed Matter")
    head("Publications (selected, of 41)")
    for i, ref in enumerate([
        "B. Nkemelu, S. Farrow, et al., Hidden order in a strained kagome metal, Nature Physics 20, 611 (2024).",
        "S. Farrow and B. Nkemelu, Pressure-tuned superconductivity in CsV3Sb5 thin films, "
        "Physical Review Letters 131, 226001 (2023).",
        "B. Nkemelu, L. Ahn, and P. Gorski, Nematic fluctuations probed by elastoresistance in iron "
        "pnictides, Physical Review B 104, 045121 (2021).",
        "L. Ahn, B. Nkemelu, T. Ishikawa, et al., Quantum oscillations in ultraclean PdCoO2 "
        "microstructures, Science 372, 1211 (2021).",
        "B. Nkemelu and P. Gorski, Thermal transport in frustrated magnets, in preparation.",
    ], 1):
        entry(f"{i}.", ref)
    head("Teaching")
    entry("2019 –", "Condensed Matter Physics (3rd year), University of Bristol")
    pdf.output(str(out / f))
    return label(
        f, "Bartholomew Nkemelu", [], ["b.nkemelu@bristol.example.ac.uk"], ["+441174960732"], [],
        [("University of Oxford", "phd", "2007-10", "2011-10"),
         ("University of Manchester", "master", "2003", "2007")],
        [("University of Bristol", "Associate Professor", "2019-09", "present"),
         ("Lancaster University", "Lecturer in Physics", "2014-06", "2019-08"),
         ("University of Cambridge", "Postdoctoral Research Associate", "2012-06", "2014-05"),
         ("Max Planck Institute for Solid State Research", "Research Fellow", "2011-11", "2012-05")],
        5, 3,
        [("Hidden order in a strained kagome metal", "Nature Physics", 2024, True, "published"),
         ("Pressure-tuned superconductivity in CsV3Sb5 thin films", "Physical Review Letters", 2023, False,
          "published"),
         ("Quantum oscillations in ultraclean PdCoO2 microstructures", "Science", 2021, False, "published"),
         ("Thermal transport in frustrated magnets", None, None, True, "in preparation")],
        ["Correlated electron systems", "unconventional superconductivity", "kagome metals"], 2,
        "moderncv look: right-aligned date column on the left wrapped over two rows ('Nov. 2011 –' / "
        "'May 2012'); headings in the body's size and weight, blue, after a coloured bar. 'Selected, of 41' "
        "lists five papers: label counts the five printed. MPhys is an integrated master's.")
