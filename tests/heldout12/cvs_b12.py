"""Builders 05-07: rendercv (YAML -> Typst -> PDF) with three of its built-in themes: classic (physics postdoc),
engineeringresumes (new-grad software engineer) and moderncv (civil-engineering professor with IEEE-style
numbered lists restarting per sub-section). All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

import yaml
from kit12 import label, rendercv_pdf

SETTINGS = {"date": "2025-06-01", "bold_keywords": []}


def _yaml(cv: dict, design: dict) -> str:
    doc = {"cv": cv, "design": design, "rendercv_settings": SETTINGS}
    return ("# rendercv 2.3 input; rebuilt by tests/heldout12/make_heldout12.py\n"
            + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110))


def rendercv_classic_physics_postdoc(files: Path) -> dict:
    """05: condensed-matter postdoc, rendercv 'classic' theme."""
    fn = "05_physics_postdoc_rendercv_classic.pdf"
    me = "***Henrik A. Mbatha***"
    edu = [dict(institution="Kestrel Institute of Technology", area="Physics", degree="PhD", start_date="2017-09",
                end_date="2022-08", location="Kestrel Bay, CA",
                highlights=["Thesis: Nematicity and superconductivity in strained nickelates",
                            "Advisor: Prof. Lucia Ferreira-Quist"]),
           dict(institution="Kestrel Institute of Technology", area="Physics", degree="MSc", start_date="2015-09",
                end_date="2017-07", location="Kestrel Bay, CA"),
           dict(institution="University of Drummore", area="Physics and Mathematics", degree="BSc",
                start_date="2012-09", end_date="2015-06", location="Drummore, UK")]
    levels = ["phd", "master", "bachelor"]
    jobs = [dict(company="Tolland University, Department of Physics", position="Postdoctoral Scholar",
                 start_date="2022-09", end_date="present", location="Tolland, MA",
                 highlights=["DFT + DMFT studies of strain-tuned nickelate films; mentor to three PhD students"]),
            dict(company="Kestrel Institute of Technology", position="Graduate Teaching Assistant",
                 start_date="2017-09", end_date="2020-06", location="Kestrel Bay, CA",
                 highlights=["Fall 2018 and Winter 2019: Ph 12 Waves and Quantum Mechanics recitations",
                             "Spring 2020: Ph 125 graduate quantum mechanics grader"])]
    pubs = [  # entry, label venue, year, first, status
        (dict(title="Flat-band superconductivity in strained bilayer nickelates",
              authors=[me, "Q. Rasmussen", "L. Ferreira-Quist"], journal="Physical Review Letters",
              date="2024-02", doi="10.5555/prl.2024.0211"), "Physical Review Letters", 2024, True, "published"),
        (dict(title="Phonon softening near a nematic quantum critical point", authors=["Q. Rasmussen", me],
              journal="Physical Review B", date="2023-06"), "Physical Review B", 2023, False, "published"),
        (dict(title="Machine-learned interatomic potentials for layered nickel oxides",
              authors=[me, "D. Okwuosa", "P. Lindahl", "L. Ferreira-Quist"], journal="npj Computational Materials",
              date="2022-11"), "npj Computational Materials", 2022, True, "published"),
        (dict(title="Strain-tunable Lifshitz transitions in infinite-layer films",
              authors=[me, "Y. Castellanos", "R. Iyer"], journal="Nature Physics (accepted)", date="2025-04"),
         "Nature Physics", 2025, True, "accepted"),
        (dict(title="Competing charge and spin orders in trilayer nickelates under pressure",
              authors=["Y. Castellanos", me, "R. Iyer"], journal="submitted to Physical Review X (under review)"),
         "Physical Review X", None, False, "under review"),
        (dict(title="A differentiable tight-binding toolkit for moiré oxides", authors=[me, "R. Iyer"],
              journal="arXiv:2504.05512", date="2025-04"), "arXiv", 2025, True, "preprint"),
    ]
    cv = {
        "name": "Henrik A. Mbatha", "location": "Tolland, MA, USA", "email": "h.mbatha@tolland.example.edu",
        "phone": "+1-508-555-0164", "website": "https://hmbatha.example.org/",
        "social_networks": [{"network": "ORCID", "username": "0000-0002-5550-7781"},
                            {"network": "GitHub", "username": "hmbatha"}],
        "sections": {
            "research_interests": ["Strongly correlated electrons, unconventional superconductivity, nickelates, "
                                   "machine-learned interatomic potentials."],
            "education": edu,
            "research_and_teaching_experience": jobs,
            "publications_and_submitted_manuscripts": [p[0] for p in pubs],
            "honors": [{"bullet": "2022 — Kestrel Institute Milton Thesis Prize in Physics"},
                       {"bullet": "2019 — Graduate Research Fellowship, Drummore Physics Trust"},
                       {"bullet": "2021 — Travel grant, APS March Meeting"}],
            "skills": [{"label": "Codes", "details": "VASP, Quantum ESPRESSO, TRIQS, Wannier90"},
                       {"label": "Programming", "details": "Python, Julia, Fortran, MPI"}],
        },
    }
    design = {"theme": "classic", "page": {"size": "us-letter", "show_last_updated_date": True}}
    rendercv_pdf(_yaml(cv, design), "05_rendercv_classic", "Henrik_Mbatha_CV", files / fn)
    return label(
        fn, "Henrik A. Mbatha", ["Henrik Mbatha"], ["h.mbatha@tolland.example.edu"], ["+15085550164"],
        ["hmbatha.example.org"],
        [(e["institution"], lv, e["start_date"], e["end_date"]) for e, lv in zip(edu, levels, strict=True)],
        [(j["company"], j["position"], j["start_date"], j["end_date"]) for j in jobs], len(pubs),
        sum(p[3] for p in pubs), [(p[0]["title"], p[1], p[2], p[3], p[4], p[0]["authors"]) for p in pubs],
        ["Strongly correlated electrons", "unconventional superconductivity"], 2,
        "rendercv 2.3, theme 'classic' (Source Sans 3, blue name and section titles with a rule, Font Awesome icons "
        "before each connection, 'Last updated in Jun 2025' at the top right and page numbers). Connections "
        "line: location, e-mail, phone printed '(508) 555-0164', website, then ORCID and GitHub shown only by their "
        "id/username after an icon (the URLs exist only as link annotations, so the label's links hold the website "
        "only). Education entries 'Institution' / 'Area' with "
        "the degree 'PhD'/'MSc'/'BSc' in a left column and 'Sep 2017 – Aug 2022' + location right; same institute "
        "twice. Section titles from YAML keys: 'Research And Teaching Experience', 'Publications And Submitted "
        "Manuscripts'. Experience 'Company, Department of Physics' / position; a TA with 'Fall 2018 and Winter "
        "2019' bullets. Publication entries: title bold, authors with the candidate in bold italic, journal with "
        "DOI link, 'Mon YYYY' right; '(accepted)' and 'submitted to ... (under review)' written in the journal "
        "field (the under-review entry has no date; year not scored); an arXiv id as the journal. Honors as bullets "
        "'YYYY — text': a thesis prize and a fellowship are awards, the travel grant is not.",
        layout="rendercv classic")


def rendercv_engineering_new_grad(files: Path) -> dict:
    """06: new-grad software engineer (MS expected), rendercv 'engineeringresumes' theme."""
    fn = "06_swe_new_grad_rendercv_engineeringresumes.pdf"
    edu = [dict(institution="Dunmore State University", area="Computer Science", degree="MS",
                start_date="2024-08", end_date="2026-05", location="Dunmore, OH",
                highlights=["Expected May 2026; GPA 3.91/4.00",
                            "Coursework: Distributed Systems, Database Internals, Compilers"]),
           dict(institution="Pellham College", area="Mathematics and Computer Science", degree="BS",
                start_date="2020-08", end_date="2024-05", location="Pellham, IN")]
    levels = ["master", "bachelor"]
    jobs = [dict(company="Brightwater Payments", position="Software Engineer Intern", start_date="2025-05",
                 end_date="2025-08", location="Chicago, IL",
                 highlights=["Built an idempotency-key service in Go handling 9k req/s at p99 < 8 ms",
                             "Cut ledger reconciliation time by 40% with a streaming diff over Kafka"]),
            dict(company="Dunmore State University", position="Graduate Teaching Assistant, CSE 5441",
                 start_date="2024-08", end_date="present", location="Dunmore, OH",
                 highlights=["Fall 2024 and Spring 2025: office hours and autograder for 180 students"]),
            dict(company="Orchard Labs", position="Backend Developer Intern", start_date="2023-06",
                 end_date="2023-08", location="Indianapolis, IN",
                 highlights=["REST to gRPC migration of the inventory service"])]
    projects = [dict(name="tinykv — a Raft-replicated key-value store", date="Spring 2025",
                     highlights=["Linearizable reads via read-index; Jepsen-style fault tests"]),
                dict(name="Open source: sqlglot-lite contributor", date="2023 – 2024",
                     highlights=["Merged 14 PRs on the SQLite dialect"])]
    pubs = [(dict(title="Cheap consistency checks for sharded key-value stores",
                  authors=["***Mei-Lin Tavares***", "Aaron Blickensderfer"],
                  journal="NeurIPS 2025 Workshop on ML for Systems", date="2025-12"),
             "NeurIPS Workshop", 2025, True, "published")]
    cv = {
        "name": "Mei-Lin Tavares", "location": "Dunmore, OH", "email": "meilin.tavares@example.com",
        "phone": "+1-614-555-0127",
        "social_networks": [{"network": "LinkedIn", "username": "meilin-tavares"},
                            {"network": "GitHub", "username": "mltavares"}],
        "sections": {
            "education": edu,
            "experience": jobs,
            "projects": projects,
            "publications": [p[0] for p in pubs],
            "technical_skills": [{"label": "Languages", "details": "Go, Rust, Python, C++, SQL"},
                                 {"label": "Systems", "details": "Kafka, PostgreSQL, Kubernetes, gRPC, Terraform"}],
            "awards": [{"bullet": "ICPC North Central NA Regional, 3rd place (2023)"},
                       {"bullet": "Pellham College Dean's Scholarship (2020–2024)"}],
        },
    }
    design = {"theme": "engineeringresumes", "page": {"size": "us-letter"}}
    rendercv_pdf(_yaml(cv, design), "06_rendercv_engineeringresumes", "Mei-Lin_Tavares_CV", files / fn)
    return label(
        fn, "Mei-Lin Tavares", [], ["meilin.tavares@example.com"], ["+16145550127"],
        ["linkedin.com/in/meilin-tavares", "github.com/mltavares"],
        [(e["institution"], lv, e["start_date"], e["end_date"]) for e, lv in zip(edu, levels, strict=True)],
        [(j["company"], j["position"], j["start_date"], j["end_date"]) for j in jobs], len(pubs),
        sum(p[3] for p in pubs), [(p[0]["title"], p[1], p[2], p[3], p[4], p[0]["authors"]) for p in pubs], [], 2,
        "rendercv 2.3, theme 'engineeringresumes' (XCharter, centred name, connections separated by '|' with the "
        "URLs as text: linkedin.com/in/..., github.com/...; full-width rules under section titles). Education "
        "'**Institution**, MS in Computer Science -- Location' with 'Aug 2024 – May 2026' right and 'Expected May "
        "2026' as a bullet (end = 2026-05). Experience '**Position**, Company -- Location'; a TA with 'Fall 2024 "
        "and Spring 2025' in its bullet (a job); Projects with 'Spring 2025' / '2023 – 2024' dates (not jobs, "
        "includes an open-source contribution). One workshop paper 'NeurIPS 2025 Workshop on ML for Systems' "
        "dated Dec 2025 (no status printed: published; label NeurIPS Workshop). Awards as bullets: an ICPC placing "
        "and a scholarship.",
        layout="rendercv engineeringresumes")


def rendercv_moderncv_professor(files: Path) -> dict:
    """07: civil-engineering professor, rendercv 'moderncv' theme, numbered IEEE-style publication lists."""
    fn = "07_civil_eng_professor_rendercv_moderncv.pdf"
    edu = [dict(institution="Varnholt Technical University", area="Civil and Environmental Engineering",
                degree="PhD", start_date="2004-09", end_date="2009-03", location="Varnholt"),
           dict(institution="Varnholt Technical University", area="Structural Engineering", degree="MSc",
                start_date="2002-09", end_date="2004-07", location="Varnholt"),
           dict(institution="Lagos Crescent University", area="Civil Engineering", degree="BEng",
                start_date="1997-10", end_date="2002-06", location="Lagos")]
    levels = ["phd", "master", "bachelor"]
    jobs = [dict(company="Ashgrove University, School of Engineering", position="Professor of Structural Engineering",
                 start_date="2019-01", end_date="present", location="Ashgrove, UK",
                 highlights=["Director, Resilient Infrastructure Laboratory (12 researchers)",
                             "Head of the Structures Group, 2021–2024"]),
            dict(company="Ashgrove University, School of Engineering", position="Reader / Associate Professor",
                 start_date="2014-09", end_date="2018-12", location="Ashgrove, UK"),
            dict(company="Ashgrove University, School of Engineering", position="Lecturer",
                 start_date="2011-01", end_date="2014-08", location="Ashgrove, UK"),
            dict(company="Varnholt Technical University", position="Postdoctoral Researcher",
                 start_date="2009-04", end_date="2010-12", location="Varnholt")]
    me = "C. Oyelowo-Hart"
    journal = [  # IEEE text, title, label venue, year, first, status, authors
        (f'{me}, P. Ekwueme, and J. Sandoval, "Digital twins for fatigue monitoring of steel footbridges," '
         "*IEEE Trans. Instrum. Meas.*, vol. 73, pp. 1–12, 2024.",
         "Digital twins for fatigue monitoring of steel footbridges", "IEEE Trans. Instrum. Meas.", 2024, True,
         "published", [me, "P. Ekwueme", "J. Sandoval"]),
        (f'P. Ekwueme and {me}, "Bayesian model updating of cable-stayed bridges under thermal loads," '
         "*Eng. Struct.*, vol. 288, Art. no. 116201, 2023.",
         "Bayesian model updating of cable-stayed bridges under thermal loads", "Eng. Struct.", 2023, False,
         "published", ["P. Ekwueme", me]),
        (f'J. Sandoval, R. Amadi, and {me}, "Vision-based crack segmentation on concrete decks with few labels," '
         "*Comput.-Aided Civ. Infrastruct. Eng.*, vol. 38, no. 9, pp. 1187–1204, 2022.",
         "Vision-based crack segmentation on concrete decks with few labels",
         "Comput.-Aided Civ. Infrastruct. Eng.", 2022, False, "published", ["J. Sandoval", "R. Amadi", me]),
        (f'{me} and L. Brandvold, "Scour detection from ambient vibration of river bridges," *J. Struct. Eng.*, '
         "in press, 2025.", "Scour detection from ambient vibration of river bridges", "J. Struct. Eng.", 2025, True,
         "in press", [me, "L. Brandvold"]),
        (f'{me}, "Seismic fragility of retrofitted masonry arches," *Earthq. Eng. Struct. Dyn.*, vol. 40, no. 3, '
         "pp. 301–320, 2011.", "Seismic fragility of retrofitted masonry arches", "Earthq. Eng. Struct. Dyn.", 2011,
         True, "published", [me]),
    ]
    conf = [
        (f'R. Amadi, {me}, and J. Sandoval, "Drone-based inspection planning with coverage guarantees," in '
         "*Proc. IEEE Int. Conf. Robot. Autom. (ICRA)*, 2024, pp. 5501–5507.",
         "Drone-based inspection planning with coverage guarantees", "ICRA", 2024, False, "published",
         ["R. Amadi", me, "J. Sandoval"]),
        (f'{me}, P. Ekwueme, and T. Haugland, "Federated damage detection across bridge owners," in *Proc. 10th '
         'Int. Conf. Struct. Health Monit. Intell. Infrastruct. (SHMII)*, 2022, pp. 88–95.',
         "Federated damage detection across bridge owners", "SHMII", 2022, True, "published",
         [me, "P. Ekwueme", "T. Haugland"]),
        (f'T. Haugland and {me}, "Physics-informed surrogates for wind loading on long-span decks," submitted to '
         "*IABSE Symposium*, 2026.", "Physics-informed surrogates for wind loading on long-span decks",
         "IABSE Symposium", None, False, "under review", ["T. Haugland", me]),
    ]
    cv = {
        "name": "Cornelius Oyelowo-Hart", "location": "Ashgrove, United Kingdom",
        "email": "c.oyelowo-hart@ashgrove.example.ac.uk", "phone": "+44-20-7946-0614",
        "website": "https://rilab.ashgrove.example.ac.uk/",
        "sections": {
            "research_interests": ["Structural health monitoring, digital twins of bridges, Bayesian model updating, "
                                   "resilience of ageing infrastructure."],
            "academic_appointments": jobs,
            "education": edu,
            "journal_papers": [{"number": t[0]} for t in journal],
            "conference_papers": [{"number": t[0]} for t in conf],
            "grants": [{"label": "2023–2027", "details": "EPSRC-like Programme Grant 'Living Bridges', £2.1M (PI)"},
                       {"label": "2020–2023", "details": "Rail Trust research grant in asset management, £310k"}],
            "honours": [{"label": "2024", "details": "Fellow of the Institution of Structural Engineers (FIStructE)"},
                        {"label": "2021", "details": "Telford Premium for the best paper in Bridge Engineering"},
                        {"label": "2012", "details": "Early Career Research Medal, Ashgrove University"}],
            "doctoral_supervision": ["Nine PhD graduates (2015–2025); six current students."],
        },
    }
    design = {"theme": "moderncv", "page": {"size": "a4"}}
    rendercv_pdf(_yaml(cv, design), "07_rendercv_moderncv", "Cornelius_Oyelowo-Hart_CV", files / fn)
    pubs = journal + conf
    return label(
        fn, "Cornelius Oyelowo-Hart", [], ["c.oyelowo-hart@ashgrove.example.ac.uk"], ["+442079460614"],
        ["rilab.ashgrove.example.ac.uk"],
        [(e["institution"], lv, e["start_date"], e["end_date"]) for e, lv in zip(edu, levels, strict=True)],
        [(j["company"], j["position"], j["start_date"], j["end_date"]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs],
        ["Structural health monitoring", "digital twins of bridges", "Bayesian model updating"], 3,
        "rendercv 2.3, theme 'moderncv' (Fontin, large name, coloured section titles with a short rule, dates in a "
        "left column 'Jan 2019 – present' / 'Sep 2004 – Mar 2009'). Appointments first: four posts, three at the "
        "same school (Lecturer -> Reader / Associate Professor -> Professor), then Education (same university for "
        "PhD and MSc). Publications split into 'Journal Papers' and 'Conference Papers', each a numbered list "
        "whose numbers sit in their own column and restart at 1; IEEE style with abbreviated venues ('IEEE Trans. "
        "Instrum. Meas.', 'Eng. Struct.', 'Proc. IEEE Int. Conf. Robot. Autom. (ICRA)' -> ICRA), 'in press, 2025' "
        "(year 2025), 'submitted to IABSE Symposium, 2026' (under review, year not scored). Grants (not awards); "
        "Honours: a fellowship of a professional body, a best-paper premium (names no title: one award, no "
        "paper), a medal. Doctoral supervision as text.",
        layout="rendercv moderncv")
