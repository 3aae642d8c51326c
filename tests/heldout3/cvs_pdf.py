"""PDF CVs of invented people: LaTeX-res robotics, bioinformatics postdoc, NLP, mathematics."""
from __future__ import annotations

from pathlib import Path

from kit import Pdf, label


def robotics_res(out: Path) -> dict:
    """A robotics PhD student in the LaTeX "res" look: small-caps headings, indented bodies."""
    f = "01_robotics_res.pdf"
    p = Pdf(fmt="Letter", margin=22)
    p.para("Callum J. Aderinto", 17, family="serif", align="C", h=9)
    p.para("2260 Hayward Street, Ann Arbor, MI 48109  \u00b7  (734) 555-0142", 9.5, align="C")
    p.para("caderin@umich.edu  \u00b7  https://caderinto.github.io", 9.5, align="C")
    p.ln(4)
    body = 14

    def head(t: str) -> None:
        p.ln(2)
        p.smallcaps(t)

    head("Research Interests")
    p.para("Legged locomotion, contact-rich motion planning, and state estimation for robots "
           "operating on deformable and slippery terrain.", 10, family="serif", indent=body)
    head("Education")
    p.row("University of Michigan, Ann Arbor, MI", "Sept. 2021 \u2013 present", 10, "B", body, "")
    p.para("Ph.D. candidate in Robotics. Advisor: Prof. Helene Vasquez-Ordin", 10, "I", body)
    p.para("Thesis topic: locomotion controllers that reason about terrain sinkage", 10, "", body)
    p.row("Georgia Institute of Technology, Atlanta, GA", "Aug. 2017 \u2013 May 2021", 10, "B", body, "")
    p.para("B.S. in Mechanical Engineering, Highest Honors, minor in Computer Science", 10, "I", body)
    head("Research Experience")
    for org, date, title, bullets in [
        ("Dynamic Legged Systems Lab, University of Michigan", "Sept. 2021 \u2013 present",
         "Graduate Research Assistant",
         ["Built a contact-implicit MPC running at 400 Hz on a 12-DoF quadruped.",
          "Designed a terrain-stiffness estimator used in 3 field deployments (2023, 2024)."]),
        ("Boston Dynamics, Waltham, MA", "May 2023 \u2013 Aug. 2023", "Robotics Intern",
         ["Prototyped slip detection for a mobile manipulator; reduced falls by 27% in tests."]),
        ("Autonomous Mobile Robotics Lab, Georgia Tech", "Jan. 2019 \u2013 May 2021",
         "Undergraduate Researcher", ["Calibrated LIDAR-IMU rigs for a campus delivery robot."]),
    ]:
        p.row(org, date, 10, "B", body, "")
        p.para(title, 10, "I", body)
        for b in bullets:
            p.para("\u2022 " + b, 9.5, "", body + 3)
        p.ln(1)
    head("Publications")
    pubs = [
        ("Conference Papers", [
            "[C1] C. J. Aderinto, M. Obi, and H. Vasquez-Ordin, \u201cContact-implicit model predictive "
            "control for quadrupeds on deformable terrain,\u201d in Proc. IEEE Int. Conf. Robotics and "
            "Automation (ICRA), 2025.",
            "[C2] R. Lindqvist, C. J. Aderinto, and H. Vasquez-Ordin, \u201cLearning terrain stiffness "
            "from proprioception alone,\u201d in Proc. IEEE/RSJ Int. Conf. Intelligent Robots and "
            "Systems (IROS), 2024.",
            "[C3] C. J. Aderinto and H. Vasquez-Ordin, \u201cFootstep planning with learned failure "
            "predictors,\u201d in Robotics: Science and Systems (RSS), 2023."]),
        ("Journal Articles", [
            "[J1] C. J. Aderinto, P. Kaur, and H. Vasquez-Ordin, \u201cWhole-body state estimation "
            "under intermittent foot slip,\u201d IEEE Robotics and Automation Letters, vol. 9, no. 4, "
            "pp. 3120\u20133127, 2024."]),
        ("Workshop Papers", [
            "[W1] C. J. Aderinto, \u201cTowards sinkage-aware locomotion,\u201d RSS Workshop on Legged "
            "Robots in the Wild, 2022."]),
    ]
    for sub, items in pubs:
        p.para(sub, 10, "I", body)
        for it in items:
            p.para(it, 9.5, "", body + 3)
            p.ln(0.8)
    head("Honors and Awards")
    for a in ["NSF Graduate Research Fellowship, 2022",
              "Rackham Merit Fellowship, University of Michigan, 2021",
              "Best Student Paper Finalist, Robotics: Science and Systems, 2023"]:
        p.para(a, 10, "", body)
    head("Service")
    p.para("Reviewer: ICRA (2023\u20132025), IROS (2024), IEEE RA-L (2024). "
           "Mentor, Michigan Robotics Summer Undergraduate Program (2022, 2023).", 10, "", body)
    head("Skills")
    p.para("C++, Python, ROS 2, Drake, MuJoCo, PyTorch, CasADi", 10, "", body)
    p.output(str(out / f))
    return label(
        f, "Callum J. Aderinto", name_any=["Callum Aderinto"], emails=["caderin@umich.edu"],
        phones=["+17345550142"], links=["https://caderinto.github.io"],
        education=[("University of Michigan", "phd", "2021-09", "present"),
                   ("Georgia Institute of Technology", "bachelor", "2017-08", "2021-05")],
        experience=[("Dynamic Legged Systems Lab, University of Michigan", "Graduate Research Assistant",
                     "2021-09", "present"),
                    ("Boston Dynamics", "Robotics Intern", "2023-05", "2023-08"),
                    ("Autonomous Mobile Robotics Lab, Georgia Tech", "Undergraduate Researcher",
                     "2019-01", "2021-05")],
        publications_count=5, first_author_count=4,
        publications_sample=[
            ("Contact-implicit model predictive control for quadrupeds on deformable terrain", "ICRA", 2025),
            ("Learning terrain stiffness from proprioception alone", "IROS", 2024),
            ("Footstep planning with learned failure predictors", "RSS", 2023)],
        research_interests_any=["legged locomotion", "state estimation"],
        awards_count=3,
        notes="res-style: small-caps headings (large initial, smaller capitals), bodies indented; "
              "organisation line bold with date on the right, title in italics on the next line. "
              "Five papers under sub-headings C/J/W; C2 is the only one not first-authored. "
              "Service lists venues (ICRA, IROS, RA-L) that are not papers.")


def bioinfo_postdoc(out: Path) -> dict:
    """A computational-biology postdoc: journal papers, a \u2021 co-first legend, CV-table dates."""
    f = "02_bioinfo_postdoc.pdf"
    p = Pdf(footer="L. Ferreyra Octavio \u2014 Curriculum Vitae \u2014 {page}")
    p.para("Luc\u00eda Ferreyra Octavio, PhD", 18, "B", h=9)
    p.para("Postdoctoral Fellow, Genome Biology Unit, EMBL Heidelberg", 10.5)
    p.para("Meyerhofstra\u00dfe 1, 69117 Heidelberg, Germany  |  +49 6221 387 8812  |  "
           "lferreyra@embl.de", 9)
    p.para("github.com/lferreyra  |  ORCID: orcid.org/0000-0002-1825-0097", 9)
    p.ln(3)

    def head(t: str) -> None:
        p.ln(2)
        p.para(t.upper(), 11, "B")
        p.rule()

    head("Research interests")
    p.para("Single-cell genomics; lineage tracing; statistical methods for sparse count data; "
           "reproducible analysis pipelines.", 10)
    head("Appointments")
    p.dated("2022 \u2013 present", "Postdoctoral Fellow, European Molecular Biology Laboratory (EMBL), "
            "Heidelberg, Germany. Genome Biology Unit (EMBO Fellow from 2023).")
    p.dated("2016 \u2013 2017", "Research Assistant, Centro Nacional de An\u00e1lisis Gen\u00f3mico "
            "(CNAG), Barcelona, Spain.")
    head("Education")
    p.dated("2017 \u2013 2022", "PhD in Biomedicine (Bioinformatics), Universitat Pompeu Fabra, "
            "Barcelona. Thesis: Probabilistic models of clonal expansion. Supervisor: Dr. Jaume Aldana.")
    p.dated("2015 \u2013 2016", "MSc in Bioinformatics for Health Sciences, Universitat Pompeu Fabra.")
    p.dated("2010 \u2013 2015", "BSc (Licenciatura) in Biotechnology, Universidad Nacional de "
            "C\u00f3rdoba, Argentina.")
    head("Publications")
    p.para("\u2021 co-first author;  * corresponding author.  Citations: 1,240 (Google Scholar, 2025)", 8.5, "I")
    p.ln(1)
    p.para("Peer-reviewed journal articles", 10, "B")
    arts = [
        "Ferreyra Octavio L\u2021, Brandt K\u2021, Ndiaye S, Hollis R, Weber-Lanz T*. Lineage-resolved "
        "single-cell atlases from barcoded organoids. Nature Methods 21, 1123\u20131134 (2024).",
        "Brandt K\u2021, Ferreyra Octavio L\u2021, Okafor E, Weber-Lanz T*. CloneBase: a curated "
        "database of clonal barcodes across model organisms. Nucleic Acids Research 51(D1), "
        "D812\u2013D820 (2023).",
        "Ferreyra Octavio L, Puig-Serra M, Aldana J*. Zero-inflation is not the problem: a hierarchical "
        "model for sparse barcode counts. Bioinformatics 38(14), 3561\u20133568 (2022).",
        "Okafor E, Ferreyra Octavio L, Aldana J*. Detecting clonal sweeps in longitudinal tumour "
        "sequencing. Genome Biology 23, 141 (2022).",
        "Puig-Serra M, Ferreyra Octavio L, Aldana J*. A benchmark of barcode error-correction methods. "
        "NAR Genomics and Bioinformatics 3(2), lqab041 (2021).",
        "Ferreyra Octavio L, Aldana J*. Fast approximate lineage inference with tree sketches. "
        "BMC Bioinformatics 21, 402 (2020).",
    ]
    for i, a in enumerate(arts, 1):
        p.dated(f"{i}.", a, 9.5, datew=7)
        p.ln(0.8)
    p.para("Preprints", 10, "B")
    p.dated("7.", "Hollis R, Ferreyra Octavio L, Weber-Lanz T*. Spatial clone mapping with sparse "
            "probes. bioRxiv 2025.02.11.637712 (2025).", 9.5, datew=7)
    head("Software")
    p.para("scTRACE (R/Bioconductor, 4,000 downloads/yr) \u2014 lineage reconstruction from barcodes; "
           "barcodeQC (Python) \u2014 github.com/lferreyra/barcodeQC", 9.5)
    head("Fellowships and awards")
    for d, a in [("2023", "EMBO Postdoctoral Fellowship (ALTF 512-2022)"),
                 ("2022", "Marie Sk\u0142odowska-Curie Postdoctoral Fellowship (declined)"),
                 ("2020", "Best Poster Award, European Conference on Computational Biology (ECCB)"),
                 ("2017", "\u201cla Caixa\u201d INPhINIT Doctoral Fellowship")]:
        p.dated(d, a, 9.5, datew=16)
    head("Selected talks")
    p.dated("2024", "Barcodes meet atlases. Invited talk, Single Cell Genomics Meeting, Hinxton, UK.",
            9.5, datew=16)
    p.dated("2023", "CloneBase. Contributed talk, ISMB 2023, Lyon, France.", 9.5, datew=16)
    p.output(str(out / f))
    return label(
        f, "Luc\u00eda Ferreyra Octavio",
        name_any=["Lucia Ferreyra Octavio", "Luc\u00eda Ferreyra Octavio, PhD"],
        emails=["lferreyra@embl.de"], phones=["+4962213878812"],
        links=["github.com/lferreyra", "orcid.org/0000-0002-1825-0097"],
        education=[("Universitat Pompeu Fabra", "phd", "2017", "2022"),
                   ("Universitat Pompeu Fabra", "master", "2015", "2016"),
                   ("Universidad Nacional de C\u00f3rdoba", "bachelor", "2010", "2015")],
        experience=[("European Molecular Biology Laboratory (EMBL)", "Postdoctoral Fellow", "2022", "present"),
                    ("Centro Nacional de An\u00e1lisis Gen\u00f3mico (CNAG)", "Research Assistant", "2016", "2017")],
        publications_count=7, first_author_count=4,
        publications_sample=[
            ("Lineage-resolved single-cell atlases from barcoded organoids", "Nature Methods", 2024),
            ("CloneBase: a curated database of clonal barcodes across model organisms",
             "Nucleic Acids Research", 2023),
            ("Zero-inflation is not the problem: a hierarchical model for sparse barcode counts",
             "Bioinformatics", 2022)],
        research_interests_any=["single-cell genomics", "lineage tracing"],
        awards_count=4,
        notes="Vancouver-style author lists (surname + initials, two-word surname). \u2021 marks "
              "co-first authors: items 1 and 2 (listed second, but co-first) count, with 3 and 6 -> 4. "
              "Preprint counts as a publication (7). Talks and software are not publications. "
              "Footer repeats the name on each page.")


def nlp_researcher(out: Path) -> dict:
    """An NLP PhD student: ACL-style author-year entries under three sub-headings."""
    f = "03_nlp_sections.pdf"
    p = Pdf()
    p.para("Siobh\u00e1n N\u00ed Bhriain", 20, "B", h=10)
    p.para("PhD candidate, Institute for Language, Cognition and Computation, University of Edinburgh", 9.5)
    p.para("s.nibhriain@ed.ac.uk \u2022 https://siobhannib.github.io \u2022 "
           "Google Scholar: scholar.google.com/citations?user=Qx7LmN0AAAAJ", 9.5)
    p.ln(2)

    def head(t: str) -> None:
        p.ln(2)
        p.para(t, 13, "B", h=7)
        p.rule()

    head("Research Interests")
    p.para("Multilingual NLP, low-resource languages, tokenisation and morphology, evaluation of "
           "language models for minority languages.", 10)
    head("Education")
    for inst, deg, date in [
        ("University of Edinburgh", "PhD in Informatics (UKRI CDT in Natural Language Processing)",
         "Sep 2021 \u2013 Present"),
        ("Saarland University", "M.Sc. Language Science and Technology", "Oct 2019 \u2013 Aug 2021"),
        ("Trinity College Dublin", "B.A. (Mod.) Computer Science, Linguistics and Irish, First Class Honours",
         "Sep 2015 \u2013 Jun 2019")]:
        p.row(inst, date, 10, "B")
        p.para(deg, 10)
        p.ln(1)
    head("Experience")
    for org, title, date in [("Google DeepMind, London", "Research Scientist Intern", "Jun\u2013Sep 2024"),
                             ("Amazon, Cambridge, UK", "Applied Scientist Intern", "Jun\u2013Sep 2022"),
                             ("ADAPT Centre, Dublin", "Research Assistant", "Jun\u2013Aug 2019")]:
        p.row(f"{title}, {org}", date, 10)
    head("Publications")
    p.para("* denotes equal contribution", 8.5, "I")
    groups = [
        ("Refereed Conference Papers", [
            "Siobh\u00e1n N\u00ed Bhriain, Tom\u00e1s Regan, and Mirella Castellanos. 2025. Morphology-aware "
            "tokenisation for low-resource Celtic languages. In Proceedings of the 63rd Annual Meeting of "
            "the Association for Computational Linguistics (ACL 2025), pages 4410\u20134425, Vienna, Austria.",
            "Ana-Maria Drut\u0103*, Siobh\u00e1n N\u00ed Bhriain*, and Mirella Castellanos. 2024. When do "
            "multilingual models borrow? Probing lexical transfer across distant language pairs. In "
            "Findings of the Association for Computational Linguistics: EMNLP 2024, pages 812\u2013829, Miami.",
            "Siobh\u00e1n N\u00ed Bhriain and Mirella Castellanos. 2023. Annotator disagreement as signal in "
            "dialect identification. In Proceedings of the 17th Conference of the European Chapter of the "
            "Association for Computational Linguistics (EACL 2023), pages 1502\u20131517, Dubrovnik, Croatia.",
            "Kai Lindemann, Siobh\u00e1n N\u00ed Bhriain, and Priya Natarajan. 2022. A treebank of spoken "
            "Irish with prosodic annotation. In Proceedings of the Thirteenth Language Resources and "
            "Evaluation Conference (LREC 2022), pages 3301\u20133310, Marseille, France."]),
        ("Preprints", [
            "Siobh\u00e1n N\u00ed Bhriain, Ruth Abernethy, and Mirella Castellanos. 2025. Scaling laws for "
            "orthographic variation. arXiv preprint arXiv:2503.01234.",
            "Tom\u00e1s Regan and Siobh\u00e1n N\u00ed Bhriain. 2024. A corpus of code-switched Irish\u2013English "
            "social media posts. arXiv preprint arXiv:2410.05678."]),
        ("Theses", [
            "Siobh\u00e1n N\u00ed Bhriain. 2021. Neural models of Irish initial mutation. Master\u2019s thesis, "
            "Saarland University.",
            "Siobh\u00e1n N\u00ed Bhriain. 2019. Part-of-speech tagging for Irish tweets. Undergraduate thesis, "
            "Trinity College Dublin."]),
    ]
    n = 0
    for sub, items in groups:
        p.para(sub, 10.5, "BI", h=6)
        for it in items:
            n += 1
            p.dated(f"[{n}]", it, 9.5, datew=9)
            p.ln(0.8)
    head("Invited Talks")
    p.para("Tokenisers are language policy. Celtic Language Technology Workshop, Galway, 2024.", 9.5)
    p.para("Disagreement is data. Edinburgh NLP seminar, 2023.", 9.5)
    head("Honours and Awards")
    for a in ["UKRI Centre for Doctoral Training studentship, 2021\u20132025",
              "Best Paper Award, EACL 2023", "Outstanding Reviewer, EMNLP 2024",
              "Foundation Scholar, Trinity College Dublin, 2017"]:
        p.para("\u2022 " + a, 10)
    head("Teaching")
    p.para("Tutor and demonstrator, Accelerated Natural Language Processing (2022, 2023).", 10)
    p.output(str(out / f))
    return label(
        f, "Siobh\u00e1n N\u00ed Bhriain", name_any=["Siobhan Ni Bhriain"],
        emails=["s.nibhriain@ed.ac.uk"], phones=[],
        links=["https://siobhannib.github.io", "scholar.google.com/citations?user=Qx7LmN0AAAAJ"],
        education=[("University of Edinburgh", "phd", "2021-09", "present"),
                   ("Saarland University", "master", "2019-10", "2021-08"),
                   ("Trinity College Dublin", "bachelor", "2015-09", "2019-06")],
        experience=[("Google DeepMind", "Research Scientist Intern", "2024-06", "2024-09"),
                    ("Amazon", "Applied Scientist Intern", "2022-06", "2022-09"),
                    ("ADAPT Centre", "Research Assistant", "2019-06", "2019-08")],
        publications_count=8, first_author_count=6,
        publications_sample=[
            ("Morphology-aware tokenisation for low-resource Celtic languages", "ACL", 2025),
            ("Annotator disagreement as signal in dialect identification", "EACL", 2023),
            ("Scaling laws for orthographic variation", "arXiv", 2025)],
        research_interests_any=["multilingual nlp", "low-resource languages"],
        awards_count=4,
        notes="ACL author-year style (year after the authors). Numbering runs through all three "
              "sub-headings, so the two theses count (8). First author: 1, 2 (equal contribution with "
              "the first), 3, 5, 7, 8 -> 6. Internship periods are compact ranges (Jun\u2013Sep 2024). "
              "Teaching (tutor) is not labelled as a job.")


def mathematician(out: Path) -> dict:
    """A mathematician: alphabetical co-authors, MR-abbreviated journals, open-ended '2023\u2013'."""
    f = "04_mathematician.pdf"
    p = Pdf(footer="{page}")
    p.set_font("serif")
    p.para("Curriculum Vitae", 10, "I", family="serif")
    p.para("Marta Kowalczyk", 16, "B", family="serif", h=8)
    p.para("Department of Mathematics, University of Wisconsin\u2013Madison\n480 Lincoln Drive, Madison, "
           "WI 53706, USA\nOffice: +1 (608) 555-0163\nmkowalczyk@math.wisc.edu\n"
           "https://people.math.wisc.edu/~mkowalczyk", 10, family="serif")

    def head(t: str) -> None:
        p.ln(3)
        p.para(t, 12, "B", family="serif", h=6)

    head("Employment")
    p.dated("2023\u2013", "Assistant Professor, University of Wisconsin\u2013Madison")
    p.dated("2020\u20132023", "Hedrick Assistant Adjunct Professor, University of California, Los Angeles")
    p.dated("Spring 2022", "Research Member, Simons Laufer Mathematical Sciences Institute (SLMath), Berkeley")
    head("Education")
    p.dated("2020", "Ph.D., Mathematics, Princeton University. Advisor: Gregor Lindholm")
    p.dated("2015", "M.Sc. (magister), Mathematics, University of Warsaw (with distinction)")
    p.dated("2013", "B.Sc., Mathematics, University of Warsaw")
    head("Research Interests")
    p.para("Homogeneous dynamics, ergodic theory, and their applications to analytic number theory.",
           10, family="serif")
    head("Papers")
    papers = [
        "J. Abramsky, M. Kowalczyk, and L. S\u00f8rensen, Quantitative equidistribution of horocycle "
        "orbits on products, Duke Math. J. 173 (2024), no. 6, 1121\u20131178.",
        "M. Kowalczyk, Effective mixing for unipotent flows on finite-volume quotients, J. Reine Angew. "
        "Math. 799 (2023), 45\u201389.",
        "E. Bianchi and M. Kowalczyk, Counting lattice points in thin sectors, Trans. Amer. Math. Soc. "
        "375 (2022), no. 3, 1931\u20131967.",
        "M. Kowalczyk and R. Vinter, Rigidity of joinings for higher-rank diagonal actions, Geom. Funct. "
        "Anal. 31 (2021), no. 3, 702\u2013745.",
        "M. Kowalczyk, Escape of mass for sparse horospherical averages, Ergodic Theory Dynam. Systems "
        "41 (2021), no. 8, 2301\u20132330.",
    ]
    for i, t in enumerate(papers, 1):
        p.dated(f"{i}.", t, 10, datew=8)
        p.ln(0.8)
    head("Preprints")
    for i, t in enumerate([
        "A. Chen, M. Kowalczyk, and P. Ouellet, Sparse equidistribution beyond the tempered range, "
        "submitted, arXiv:2406.01234.",
        "M. Kowalczyk, A spectral gap for congruence towers of tori, preprint (2025), arXiv:2502.04567."], 6):
        p.dated(f"{i}.", t, 10, datew=8)
        p.ln(0.8)
    head("Grants and Awards")
    p.dated("2025", "Alfred P. Sloan Research Fellowship")
    p.dated("2015", "Princeton University Centennial Fellowship")
    p.dated("2015", "Prize for the best master\u2019s thesis, Polish Mathematical Society")
    head("Selected Talks")
    for t in ["Oberwolfach workshop Homogeneous Dynamics, 2024", "Joint Mathematics Meetings, "
              "Special Session on Ergodic Theory, 2023", "Number Theory Seminar, MIT, 2022"]:
        p.para(t, 10, family="serif")
    head("Teaching")
    p.para("Math 521 Analysis I (Fall 2023, Fall 2024); Math 31B Integration and Infinite Series "
           "(UCLA, 2020\u20132022).", 10, family="serif")
    p.output(str(out / f))
    return label(
        f, "Marta Kowalczyk", emails=["mkowalczyk@math.wisc.edu"], phones=["+16085550163"],
        links=["https://people.math.wisc.edu/~mkowalczyk"],
        education=[("Princeton University", "phd", None, "2020"),
                   ("University of Warsaw", "master", None, "2015"),
                   ("University of Warsaw", "bachelor", None, "2013")],
        experience=[("University of Wisconsin\u2013Madison", "Assistant Professor", "2023", "present"),
                    ("University of California, Los Angeles", "Hedrick Assistant Adjunct Professor",
                     "2020", "2023"),
                    ("Simons Laufer Mathematical Sciences Institute (SLMath)", "Research Member",
                     "2022", "2022")],
        publications_count=7, first_author_count=4,
        publications_sample=[
            ("Quantitative equidistribution of horocycle orbits on products", "Duke Math. J.", 2024),
            ("Effective mixing for unipotent flows on finite-volume quotients", "J. Reine Angew. Math.", 2023),
            ("Counting lattice points in thin sectors", "Trans. Amer. Math. Soc.", 2022)],
        research_interests_any=["homogeneous dynamics", "ergodic theory"],
        awards_count=3,
        notes="Math style: 'A. B. Surname, Title, Journal vol (year), pages' with no quotes; authors "
              "alphabetical, first_author counted literally (2, 4, 5, 7 -> 4). Years in the journal "
              "parentheses. '2023\u2013' is open-ended (present); 'Spring 2022' read as 2022\u20132022. "
              "Education has end years only. Talks are not papers.")
