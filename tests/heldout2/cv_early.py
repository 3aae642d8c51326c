"""Early-career PDF CVs (invented): a tight one-page LaTeX-like CV and a "LASTNAME, Firstname" CV.

The one-pager puts dates flush right on the institution's line and packs
publications as [C1]/[J1]/[W1]/[P1]; the European CV writes the surname first
and dates as 2019/09–2023/06.
"""
from __future__ import annotations

from pathlib import Path

from tests.heldout2.render import Pdf


def build_newphd(out: Path) -> dict:
    pdf = Pdf("serif", size=9.2, margin=12, letter=True)
    pdf.line("Noor Al-Hashimi", "B", 16, "C")
    pdf.line("noor.alhashimi@umich.example.edu  |  +1 (734) 555-0182  |  noor-ah.example.io  |  "
             "github.com/nalhashimi", "", 8.8, "C")

    def section(title: str) -> None:
        pdf.heading(title.upper(), size=10, before=1.6)

    section("Education")
    pdf.row("University of Michigan, Ann Arbor", "Sep 2019 – May 2025")
    pdf.line("Ph.D. in Robotics. Thesis: Contact-rich manipulation from tactile world models. "
             "Advisor: Prof. Elena Markovic", "I")
    pdf.row("American University of Beirut", "Sep 2015 – Jun 2019")
    pdf.line("B.E. in Mechanical Engineering, minor in Computer Science; High Distinction", "I")

    section("Experience")
    for org, when, title, what in [
        ("Stanford University, Department of Computer Science", "Jul 2025 – Present", "Postdoctoral Scholar",
         "Dexterous bimanual manipulation with learned tactile models (host: Prof. Ravi Sundaram)."),
        ("Toyota Research Institute, Cambridge, MA", "May 2023 – Aug 2023", "Research Intern",
         "Diffusion policies with tactile conditioning; 2x success on cable routing."),
        ("NVIDIA Robotics Research Lab, Seattle, WA", "Jun 2022 – Sep 2022", "Research Intern",
         "Sim-to-real transfer of in-hand reorientation using GPU-parallel simulation."),
        ("University of Michigan, Robotics Institute", "Sep 2019 – May 2025", "Graduate Research Assistant",
         "Tactile sensing, model-based RL, and contact-implicit planning."),
    ]:
        pdf.row(org, when)
        pdf.line(title, "I")
        pdf.bullet(what, indent=2, mark="–")

    section("Publications")
    me = "N. Al-Hashimi"
    pubs = [
        ("[C1]", [me, "T. Brandvold", "E. Markovic"], "Tactile world models for contact-rich manipulation",
         "Conference on Robot Learning (CoRL)", 2024),
        ("[C2]", ["R. Tanaka*", me + "*", "E. Markovic"], "Learning to regrasp from touch alone",
         "IEEE International Conference on Robotics and Automation (ICRA)", 2024),
        ("[C3]", [me, "E. Markovic"], "Contact-implicit planning with learned friction cones",
         "Robotics: Science and Systems (RSS)", 2023),
        ("[C4]", ["J. Osei", me, "P. Lindahl", "E. Markovic"], "Visuotactile pose estimation under occlusion",
         "IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)", 2022),
        ("[J1]", [me, "J. Osei", "E. Markovic"], "Self-supervised slip detection for soft grippers",
         "IEEE Robotics and Automation Letters (RA-L)", 2024),
        ("[W1]", ["T. Brandvold", "J. Osei", me], "A benchmark for tactile sim-to-real",
         "CoRL Workshop on Sim-to-Real Robot Learning", 2023),
        ("[P1]", [me, "R. Tanaka", "E. Markovic"], "Scaling tactile pretraining across grippers", "arXiv:2502.01734", 2025),
    ]
    for tag, authors, title, venue, year in pubs:
        runs = []
        for i, a in enumerate(authors):
            runs.append((a, "B" if a.startswith(me) else ""))
            runs.append((", " if i < len(authors) - 1 else ". ", ""))
        runs += [(f"{title}. ", ""), (f"{venue}", "I"), (f", {year}.", "")]
        pdf.dated(tag, runs, col=10)
    pdf.line("* equal contribution", "I", 8)

    section("Honors & Awards")
    for left, right in [("Rackham Predoctoral Fellowship, University of Michigan", "2024"),
                        ("Best Student Paper Finalist, Robotics: Science and Systems", "2023"),
                        ("Dean's Honor List (all semesters), American University of Beirut", "2015 – 2019")]:
        pdf.row(left, right, style="")

    section("Skills")
    pdf.line("Python, C++, PyTorch, JAX, ROS 2, MuJoCo, Isaac Gym; tactile sensor fabrication (GelSight-style)")
    pages = pdf.save(out)
    assert pages == 1, f"the new-PhD CV must fit one page, got {pages}"
    return {
        "name": "Noor Al-Hashimi",
        "name_any": ["NOOR AL-HASHIMI"],
        "emails": ["noor.alhashimi@umich.example.edu"],
        "phones": ["+17345550182"],
        "links": ["noor-ah.example.io", "github.com/nalhashimi"],
        "education": [
            {"institution": "University of Michigan", "degree_level": "phd", "start": "2019-09", "end": "2025-05"},
            {"institution": "American University of Beirut", "degree_level": "bachelor",
             "start": "2015-09", "end": "2019-06"},
        ],
        "experience": [
            {"organization": "Stanford University", "title": "Postdoctoral Scholar", "start": "2025-07", "end": "present"},
            {"organization": "Toyota Research Institute", "title": "Research Intern", "start": "2023-05", "end": "2023-08"},
            {"organization": "NVIDIA Robotics Research Lab", "title": "Research Intern", "start": "2022-06", "end": "2022-09"},
            {"organization": "University of Michigan, Robotics Institute", "title": "Graduate Research Assistant",
             "start": "2019-09", "end": "2025-05"},
        ],
        "publications_count": 7,
        "first_author_count": 5,
        "publications_sample": [
            {"title": "Tactile world models for contact-rich manipulation", "venue": "CoRL", "year": 2024},
            {"title": "Learning to regrasp from touch alone", "venue": "ICRA", "year": 2024},
            {"title": "Contact-implicit planning with learned friction cones", "venue": "RSS", "year": 2023},
            {"title": "Scaling tactile pretraining across grippers", "venue": "arXiv", "year": 2025},
        ],
        "research_interests_any": None,
        "awards_count": 3,
        "layout": "one-page letter PDF, 9pt serif, institution and dates on one line (dates flush right)",
        "notes": "First author: C1, C3, J1, P1, plus C2 where the candidate is second but marked * "
                 "(equal contribution) with the first author.",
    }


def build_lastname_first(out: Path) -> dict:
    pdf = Pdf("sans", size=10, margin=20)
    pdf.line("HALVORSEN, Ingrid", "B", 15)
    pdf.line("PhD Candidate – Materials Science and Engineering", "", 10.5)
    pdf.rule(2)
    pdf.line("Address: Sem Sælands vei 12, 7034 Trondheim, Norway")
    pdf.line("Mobile: +47 912 34 567     E-mail: ingrid.halvorsen@ntnu.example.no")
    pdf.line("ORCID: 0000-0002-1825-0097     Web: https://www.ntnu.example.no/ansatte/ingrid.halvorsen")

    pdf.heading("EDUCATION", size=11)
    for when, what in [
        ("2023/08–present", "PhD in Materials Science and Engineering, Norwegian University of Science and "
                            "Technology (NTNU), Trondheim. Thesis: Proton-conducting ceramics for steam electrolysis."),
        ("2021/08–2023/06", "MSc in Materials Chemistry and Energy Technology, Norwegian University of Science "
                            "and Technology (NTNU). Grade: A."),
        ("2018/08–2021/06", "BSc in Chemistry, University of Bergen (UiB)."),
        ("2020/01–2020/06", "Exchange semester, Technical University of Denmark (DTU), Kongens Lyngby."),
    ]:
        pdf.dated(when, what, col=36)

    pdf.heading("WORK EXPERIENCE", size=11)
    for when, what in [
        ("2022/01–2023/06", "Research Assistant (20%), SINTEF Industry, Sustainable Energy Technology, Oslo."),
        ("2021/06–2021/08", "Summer Intern, Equinor ASA, Hydrogen Technology Group, Porsgrunn."),
        ("2019/09–2021/05", "Laboratory Teaching Assistant, Department of Chemistry, University of Bergen."),
    ]:
        pdf.dated(when, what, col=36)

    pdf.heading("PUBLICATIONS", size=11)
    pubs = [
        ("I. Halvorsen, M. Rønning, T. Grande", "Hydration thermodynamics of Y-doped barium zirconate thin films",
         "Solid State Ionics", "Solid State Ionics", "2025", "419, 116745"),
        ("K. Sæther, I. Halvorsen, T. Grande", "Sintering aids and grain boundary conductivity in BaZrO3",
         "Journal of the European Ceramic Society", "Journal of the European Ceramic Society", "2024", "44(6), 3810–3819"),
        ("I. Halvorsen, K. Sæther", "Operando Raman spectroscopy of proton-conducting electrolytes",
         "ChemRxiv preprint", "ChemRxiv", "2025", "doi:10.26434/chemrxiv-2025-x1y2z"),
    ]
    for i, (authors, title, venue, _v, year, tail) in enumerate(pubs, 1):
        pdf.dated(f"{i}.", f"{authors} ({year}). {title}. {venue}, {tail}.", col=8)

    pdf.heading("CONFERENCE PRESENTATIONS", size=11)
    for when, what in [
        ("2024/06", "Oral: “Proton uptake in doped zirconates”, Solid State Ionics 24 (SSI-24), London."),
        ("2023/11", "Poster: “Thin-film electrolytes for PCECs”, Norwegian Ceramic Society Annual Meeting, Oslo."),
    ]:
        pdf.dated(when, what, col=20)

    pdf.heading("GRANTS AND AWARDS", size=11)
    awards = [("2024/03", "Travel grant, Norwegian Research School in Materials (NORFAB), NOK 15 000."),
              ("2023/06", "Best Master's Thesis Award, Department of Materials Science, NTNU.")]
    for when, what in awards:
        pdf.dated(when, what, col=20)

    pdf.heading("LANGUAGES AND SKILLS", size=11)
    pdf.line("Norwegian (native), English (fluent, C2), German (B1). XRD, SEM/EDS, impedance spectroscopy, "
             "Python (NumPy, pandas), COMSOL.")
    pdf.save(out)
    return {
        "name": "Ingrid Halvorsen",
        "name_any": ["HALVORSEN, Ingrid", "Halvorsen, Ingrid", "Halvorsen Ingrid", "INGRID HALVORSEN"],
        "emails": ["ingrid.halvorsen@ntnu.example.no"],
        "phones": ["+4791234567"],
        "links": ["ntnu.example.no/ansatte/ingrid.halvorsen"],
        "education": [
            {"institution": "Norwegian University of Science and Technology (NTNU)", "degree_level": "phd",
             "start": "2023-08", "end": "present"},
            {"institution": "Norwegian University of Science and Technology (NTNU)", "degree_level": "master",
             "start": "2021-08", "end": "2023-06"},
            {"institution": "University of Bergen", "degree_level": "bachelor", "start": "2018-08", "end": "2021-06"},
            {"institution": "Technical University of Denmark", "degree_level": "other",
             "start": "2020-01", "end": "2020-06"},
        ],
        "experience": [
            {"organization": "SINTEF Industry", "title": "Research Assistant", "start": "2022-01", "end": "2023-06"},
            {"organization": "Equinor ASA", "title": "Summer Intern", "start": "2021-06", "end": "2021-08"},
            {"organization": "University of Bergen", "title": "Laboratory Teaching Assistant",
             "start": "2019-09", "end": "2021-05"},
        ],
        "publications_count": 3,
        "first_author_count": 2,
        "publications_sample": [
            {"title": pubs[0][1], "venue": "Solid State Ionics", "year": 2025},
            {"title": pubs[1][1], "venue": "Journal of the European Ceramic Society", "year": 2024},
            {"title": pubs[2][1], "venue": "ChemRxiv", "year": 2025},
        ],
        "research_interests_any": None,
        "awards_count": 2,
        "layout": "A4 sans PDF, surname first in capitals, dates as YYYY/MM–YYYY/MM in a left column",
        "notes": "Conference presentations are talks/posters, not publications. The ORCID is not a link.",
    }
