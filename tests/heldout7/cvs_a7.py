"""Held-out set 7, builders 01-04 (PDF): a LinkedIn "Save to PDF" export, a Deedy-style
two-column student resume, a professor's CV whose papers sit under year sub-headings, and a
historian's CV with Chicago-style books, articles and chapters."""
from __future__ import annotations

from pathlib import Path

from kit7 import box, gutter_entry, label, line, new_pdf, rule

GREY = (95, 95, 95)
TEAL = (0, 110, 120)


def linkedin_export(folder: Path) -> dict:
    name = "01_product_manager_linkedin_export.pdf"
    pdf = new_pdf(fmt="Letter", margins=(0, 12, 12))
    side_w, main_x = 68, 80
    pdf.set_fill_color(238, 241, 244)
    pdf.rect(0, 0, side_w, pdf.h, style="F")
    y = 16
    for head, rows in [
        ("Contact", ["+44 7700 900417 (Mobile)", "tomasz.wh@example.com", "",
                     "www.linkedin.com/in/tomasz-wieczorek-hale (LinkedIn)", "tomaszhale.example.dev (Personal)"]),
        ("Top Skills", ["Product Strategy", "SQL", "A/B Testing"]),
        ("Languages", ["English (Native or Bilingual)", "Polish (Native or Bilingual)",
                       "German (Limited Working)"]),
        ("Certifications", ["Certified Scrum Product Owner (CSPO)"]),
        ("Honors-Awards", ["Product Leader of the Year Finalist 2024", "Dean's List"]),
    ]:
        y = box(pdf, 10, y, side_w - 16, head, size=12, style="B", h=6) + 1
        for r in rows:
            y = box(pdf, 10, y, side_w - 16, r, size=9, h=4.4) if r else y + 2
        y += 6
    pdf.set_left_margin(main_x)
    pdf.set_y(16)
    line(pdf, "Tomasz Wieczorek-Hale", 22, h=10)
    line(pdf, "Senior Product Manager at Brightwater Logistics | Routing, pricing and marketplace products",
         10.5, h=5)
    line(pdf, "London, England, United Kingdom", 9.5, color=GREY, h=5)
    pdf.ln(5)
    line(pdf, "Summary", 14, h=7)
    line(pdf, "Product manager with seven years in logistics and mapping products. I like turning messy "
         "operational data into simple tools that dispatchers and drivers actually use.", 9.5, h=4.6)
    pdf.ln(5)
    line(pdf, "Experience", 14, h=7)
    jobs = [
        ("Brightwater Logistics", [("Senior Product Manager", "March 2023 - Present (3 years 1 month)", "2023-03",
                                    "present"),
                                   ("Product Manager", "June 2021 - February 2023 (1 year 9 months)", "2021-06",
                                    "2023-02")], "London, England, United Kingdom"),
        ("Kestrel Maps Ltd", [("Associate Product Manager", "September 2019 - May 2021 (1 year 9 months)",
                               "2019-09", "2021-05")], "Manchester, England, United Kingdom"),
        ("Ardmore Consulting Group", [("Business Analyst Intern", "July 2018 - September 2018 (3 months)",
                                       "2018-07", "2018-09")], "Leeds, United Kingdom"),
    ]
    experience = []
    for org, roles, place in jobs:
        line(pdf, org, 11, h=5.5)
        if len(roles) > 1:
            line(pdf, "4 years 10 months", 9, color=GREY, h=4.5)
        for title, dates, s, e in roles:
            line(pdf, title, 10, h=5)
            line(pdf, dates, 9, color=GREY, h=4.5)
            line(pdf, place, 9, color=GREY, h=4.5)
            pdf.ln(2)
            experience.append((org, title, s, e))
        pdf.ln(2)
    line(pdf, "Education", 14, h=7)
    for inst, deg in [("University of Eastmoor", "Master of Science - MS, Human-Computer Interaction · (2018 - 2019)"),
                      ("Harlow College of Technology",
                       "Bachelor of Engineering - BE, Computer Engineering · (2014 - 2018)")]:
        line(pdf, inst, 11, h=5.5)
        line(pdf, deg, 9.5, color=GREY, h=4.6)
        pdf.ln(3)
    pdf.output(str(folder / name))
    return label(
        name, "Tomasz Wieczorek-Hale", [], ["tomasz.wh@example.com"], ["+447700900417"],
        ["linkedin.com/in/tomasz-wieczorek-hale", "tomaszhale.example.dev"],
        [("University of Eastmoor", "master", "2018", "2019"),
         ("Harlow College of Technology", "bachelor", "2014", "2018")],
        experience, 0, 0, [], [], 2,
        "LinkedIn 'Save to PDF' export (Letter): a grey left sidebar with Contact (phone '(Mobile)', links "
        "suffixed '(LinkedIn)' / '(Personal)'), Top Skills, Languages, Certifications and Honors-Awards; the "
        "main column has name, headline, location, Summary, then Experience with the company on its own line "
        "and several roles under one company (the company total '4 years 10 months' sits under it), each role "
        "as title / 'Month YYYY - Present (duration)' / place. Education lines are 'Degree - ABBR, Field · "
        "(YYYY - YYYY)'. The headline repeats the current role and company. The certification is not an "
        "award; the two Honors-Awards lines are awards. No publications.",
        layout="LinkedIn PDF export, left sidebar")


def deedy_student(folder: Path) -> dict:
    name = "02_cs_undergrad_deedy_twocol.pdf"
    pdf = new_pdf(margins=(12, 10, 12))
    pdf.set_font("main", "", 28)
    first = "Ayodele "
    wf = pdf.get_string_width(first)
    pdf.set_font("main", "B", 28)
    wl = pdf.get_string_width("Marchetti")
    x0 = (pdf.w - wf - wl) / 2
    box(pdf, x0, 10, wf + 2, first, size=28, color=GREY, h=12)
    box(pdf, x0 + wf, 10, wl + 2, "Marchetti", size=28, style="B", h=12)
    box(pdf, 12, 24, pdf.w - 24, "amarchetti@cvu.example.edu  |  (412) 555-0139  |  ayodele.example.io",
        size=9, align="C", color=GREY)
    lx, lw, rx, rw, top = 12, 56, 74, pdf.w - 74 - 12, 34

    def lhead(y: float, t: str) -> float:
        return box(pdf, lx, y, lw, t, size=13, color=(60, 60, 60), h=6) + 1

    y = lhead(top, "Education")
    for t, s, st in [("Carrow Valley University", 10, "B"), ("B.S. in Computer Science", 9, ""),
                     ("Minor in Mathematics", 9, ""), ("Aug 2023 – Expected May 2027", 8.5, ""),
                     ("Cum. GPA: 3.91 / 4.0", 8.5, "")]:
        y = box(pdf, lx, y, lw, t, size=s, style=st, h=4.4)
    y += 5
    y = lhead(y, "Links")
    pdf.set_font("main", "B", 9)
    for site, handle, url in [("Github://", "amarchetti", "https://github.com/amarchetti"),
                              ("LinkedIn://", "ayodele-m", "https://www.linkedin.com/in/ayodele-m")]:
        pdf.set_xy(lx, y)
        pdf.set_font("main", "", 9)
        pdf.cell(pdf.get_string_width(site) + 1, 4.4, site)
        pdf.set_font("main", "B", 9)
        pdf.cell(30, 4.4, handle, link=url)
        y += 4.6
    y += 5
    y = lhead(y, "Coursework")
    for t in ["Graduate", "Probabilistic Graphical Models", "3D Computer Vision", "", "Undergraduate",
              "Operating Systems", "Algorithms (TA)", "Linear Algebra"]:
        y = box(pdf, lx, y, lw, t, size=8.5, style="B" if t in ("Graduate", "Undergraduate") else "", h=4.2) \
            if t else y + 2
    y += 5
    y = lhead(y, "Skills")
    for t in ["Over 5000 lines:", "Python • C++ • CUDA", "Over 1000 lines:", "Rust • TypeScript • SQL",
              "Familiar:", "ROS 2 • PyTorch • Docker"]:
        y = box(pdf, lx, y, lw, t, size=8.5, style="B" if t.endswith(":") else "", h=4.2)

    def rhead(y: float, t: str) -> float:
        return box(pdf, rx, y, rw, t, size=13, color=(60, 60, 60), h=6) + 1

    def job(y: float, org: str, role: str, when: str, bullets: list[str]) -> float:
        pdf.set_xy(rx, y)
        pdf.set_font("main", "B", 10)
        pdf.cell(pdf.get_string_width(org) + 1.5, 5, org)
        pdf.set_font("main", "", 10)
        pdf.cell(0, 5, "| " + role)
        y = box(pdf, rx, y + 5, rw, when, size=8.5, color=GREY, h=4.2)
        for b in bullets:
            y = box(pdf, rx + 3, y, rw - 3, "• " + b, size=8.8, h=4.2)
        return y + 3

    y = rhead(top, "Experience")
    y = job(y, "Orchard Robotics", "Software Engineering Intern", "May 2025 – Aug 2025 | Pittsburgh, PA",
            ["Wrote the stereo calibration service used on 40 harvest robots.",
             "Cut fruit-pose latency from 90 ms to 35 ms with a CUDA kernel for voxel pooling."])
    y = job(y, "Tidepool Games", "Software Developer Intern", "Jun 2024 – Aug 2024 | Remote",
            ["Built a replay viewer for match telemetry in TypeScript and WebGL."])
    y = rhead(y + 2, "Research")
    y = job(y, "CVU Vision & Field Robotics Lab", "Undergraduate Researcher", "Jan 2024 – Present | Carrow, PA",
            ["Advisor: Prof. Rhiannon Feld. Monocular depth and counting in orchard canopies."])
    y = rhead(y + 2, "Publications")
    pubs = [("Sparse voxel priors for monocular depth in orchard canopies", "CVPR Workshop", 2025, True,
             "published", ["L. Okonkwo*", "A. Marchetti*", "R. Feld"],
             "L. Okonkwo*, A. Marchetti*, R. Feld. Sparse voxel priors for monocular depth in orchard canopies. "
             "CVPR Workshop on Agriculture-Vision, 2025."),
            ("Counting fruit with cheap labels: a weak supervision baseline", "IROS", 2026, False,
             "under review", ["L. Okonkwo", "A. Marchetti", "R. Feld"],
             "L. Okonkwo, A. Marchetti, R. Feld. Counting fruit with cheap labels: a weak supervision baseline. "
             "Under review at IROS 2026.")]
    for i, p in enumerate(pubs, 1):
        y = box(pdf, rx, y, rw, f"[{i}] {p[6]}", size=8.8, h=4.2) + 1
    y = box(pdf, rx, y, rw, "* equal contribution", size=7.5, color=GREY, h=4)
    y = rhead(y + 4, "Awards")
    awards = [("2025", "Goldwater Scholarship, Honorable Mention"), ("2024", "1st place, CVU Hack Night (of 60 teams)"),
              ("2023", "Presidential Scholarship, Carrow Valley University")]
    for yr, t in awards:
        pdf.set_xy(rx, y)
        pdf.set_font("main", "B", 9)
        pdf.cell(12, 4.4, yr)
        pdf.set_font("main", "", 9)
        pdf.cell(0, 4.4, t)
        y += 4.8
    pdf.output(str(folder / name))
    return label(
        name, "Ayodele Marchetti", [], ["amarchetti@cvu.example.edu"], ["+14125550139"],
        ["ayodele.example.io", "github.com/amarchetti", "linkedin.com/in/ayodele-m"],
        [("Carrow Valley University", "bachelor", "2023-08", "2027-05")],
        [("Orchard Robotics", "Software Engineering Intern", "2025-05", "2025-08"),
         ("Tidepool Games", "Software Developer Intern", "2024-06", "2024-08"),
         ("CVU Vision & Field Robotics Lab", "Undergraduate Researcher", "2024-01", "present")],
        len(pubs), sum(p[3] for p in pubs), [p[:6] for p in pubs], [], len(awards),
        "Deedy-Resume two columns: the name centred with a light first name and a bold surname in separate "
        "runs; a narrow left column (Education, Links, Coursework, Skills) and a wide right column "
        "(Experience, Research, Publications, Awards), so a reader of the text stream meets the left column "
        "first. Entries are 'Org | Role' on one line and 'Mon YYYY – Mon YYYY | Place' under it. Links are "
        "'Github:// handle' and 'LinkedIn:// handle' (with link annotations; the handle alone is printed). "
        "Education end is 'Expected May 2027'. The research position is under Research, not Experience. "
        "Paper 1 is equal contribution with the first author (* footnote), so first author; paper 2 is "
        "'Under review at IROS 2026'. Awards as bold year + title rows.",
        layout="Deedy two columns")


_METHODS = ["Centrifuge modelling", "Field monitoring", "Probabilistic analysis", "Numerical simulation",
            "Physics-informed learning", "Cyclic testing", "Fibre-optic sensing", "Reliability assessment"]
_SUBJECTS = ["of suction caissons in layered clay", "of monopile scour under tidal currents",
             "of pile groups near excavations", "of embankments on soft peat", "of tunnel linings in sand",
             "of liquefaction-induced settlement"]
_JOURNALS = ["Géotechnique", "Journal of Geotechnical and Geoenvironmental Engineering",
             "Canadian Geotechnical Journal", "Computers and Geotechnics", "Ocean Engineering",
             "Soils and Foundations"]
_STUDENTS = ["Okafor, D.", "Lindgren, P.", "Haddad, S.", "Moreau, C.", "Tanaka, Y.", "Oyelaran, F.", "Brčić, M."]
_PEERS = ["Whitlock, J.", "Ferreira-Lund, A.", "Castellano, R."]


def _professor_pubs() -> list[tuple]:
    """40 invented papers, 2014-2025; (title, venue, year, first, status, authors, kind)."""
    out = []
    k = 0
    for year in range(2025, 2013, -1):
        for j in range(4 if year in (2025, 2022, 2019, 2016) else 3):
            m, s = _METHODS[k % len(_METHODS)], _SUBJECTS[(k * 5 + year) % len(_SUBJECTS)]
            title = f"{m} {s}" + ("" if k < 24 else f": {('a case study', 'lessons from the North Sea', 'revisited', 'a database')[k % 4]}")
            stu, peer = _STUDENTS[k % len(_STUDENTS)], _PEERS[k % len(_PEERS)]
            shape = k % 5
            if shape == 0:
                authors = ["Teague, R.", stu, peer]
            elif shape in (1, 2):
                authors = [stu + "†", "Teague, R."]
            elif shape == 3:
                authors = [stu + "†", peer, "Teague, R."]
            else:
                authors = [peer, "Teague, R."]
            conf = j == 2 and year in (2023, 2020, 2017, 2014)
            venue = "Proceedings of the International Conference on Soil Mechanics and Geotechnical Engineering" \
                if conf else _JOURNALS[k % len(_JOURNALS)]
            out.append((title, venue, year, authors[0] == "Teague, R.", "published", authors, conf))
            k += 1
    return out


def professor_year_groups(folder: Path) -> dict:
    name = "03_geotech_professor_pubs_by_year.pdf"
    pdf = new_pdf(serif=True, footer="R. Teague — Curriculum Vitae", margins=(20, 16, 20))
    line(pdf, "ROSALIND TEAGUE", 18, "B", h=8)
    line(pdf, "Professor of Geotechnical Engineering", 11, "I", h=5.5)
    line(pdf, "Department of Civil Engineering, Stonebridge University, 1180 Quarry Road, Vancouver, BC "
         "V6T 0A5, Canada", 9, h=4.5)
    line(pdf, "Tel. +1 (604) 555-0172   ·   r.teague@civil.stonebridge.example.ca   ·   "
         "https://teague-geolab.example.ca", 9, h=4.5)
    pdf.ln(3)

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, 12, "B", h=6, color=TEAL)
        rule(pdf, TEAL, 0.3)

    head("Appointments")
    exp = [("2019–", "Professor, Department of Civil Engineering, Stonebridge University", "Stonebridge University",
            "Professor", "2019", "present"),
           ("2013–2019", "Associate Professor, Stonebridge University", "Stonebridge University",
            "Associate Professor", "2013", "2019"),
           ("2009–2013", "Assistant Professor, Marlowe Institute of Technology, Department of Ocean Engineering",
            "Marlowe Institute of Technology", "Assistant Professor", "2009", "2013"),
           ("2007–2009", "Postdoctoral Fellow, Danforth Geotechnical Laboratory", "Danforth Geotechnical Laboratory",
            "Postdoctoral Fellow", "2007", "2009")]
    for d, t, *_ in exp:
        gutter_entry(pdf, d, t, size=10, gutter=26)
    head("Education")
    edu = [("2007", "Ph.D., Civil Engineering, University of Westhaven", "University of Westhaven", "phd"),
           ("2003", "M.Eng., Structural Engineering, Ravensworth University", "Ravensworth University", "master"),
           ("2002", "B.Eng. (Hons), Civil Engineering, Ravensworth University", "Ravensworth University",
            "bachelor")]
    for d, t, *_ in edu:
        gutter_entry(pdf, d, t, size=10, gutter=26)
    head("Research Interests")
    line(pdf, "Offshore foundations; soil–structure interaction; physical modelling; geotechnical reliability",
         10)
    head("Honours")
    awards = [("2024", "Fellow, Canadian Academy of Engineering"), ("2021", "Telford Medal, Institution of "
              "Civil Engineers (with D. Okafor)"), ("2016", "Stonebridge Faculty Teaching Award"),
              ("2011", "Early Career Researcher Award, International Geosynthetics Society")]
    for d, t in awards:
        gutter_entry(pdf, d, t, size=10, gutter=26)
    head("Refereed Publications")
    line(pdf, "Students and postdocs I supervised are marked †. Conference papers are marked [C].", 9, "I")
    pubs = _professor_pubs()
    year = None
    for title, venue, yr, _first, _st, authors, conf in pubs:
        if yr != year:
            year = yr
            pdf.ln(1.5)
            line(pdf, str(yr), 10.5, "B", h=5.5)
        names = ", ".join(f"**{a}**" if a.startswith("Teague") else a for a in authors[:-1])
        last = authors[-1]
        last = f"**{last}**" if last.startswith("Teague") else last
        cite = f"{names}, & {last} {title}. {'[C] ' if conf else ''}__{venue}__"
        cite += "." if conf else f", {(yr - 2000) * 3 + 11}({1 + yr % 6}), {100 + yr % 90}–{118 + yr % 90}."
        pdf.set_font("main", "", 9.5)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(0, 4.6, cite, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    head("Teaching")
    line(pdf, "CIVL 331 Soil Mechanics (2013–); CIVL 532 Offshore Geotechnics (2015–)", 10)
    pdf.output(str(folder / name))
    sample_idx = [0, 1, 4, 9, 17, 26, 33, 39]
    sample = []
    for i in sample_idx:
        t, v, y, f, s, a, _c = pubs[i]
        sample.append((t, v, y, f, s, a))
    return label(
        name, "Rosalind Teague", ["ROSALIND TEAGUE"], ["r.teague@civil.stonebridge.example.ca"], ["+16045550172"],
        ["teague-geolab.example.ca"],
        [(e[2], e[3], None, e[0]) for e in edu],
        [(e[2], e[3], e[4], e[5]) for e in exp],
        len(pubs), sum(p[3] for p in pubs), sample,
        ["offshore foundations", "soil–structure interaction"], len(awards),
        "Long professor's CV (serif, running footer with page numbers). Appointments and Education are year "
        "gutters; the current appointment is open-ended '2019–' (present). Degrees have only a completion year "
        "(start unknown). Forty refereed papers grouped under bold year sub-headings: the year is printed ONLY "
        "in the sub-heading, never in the entry. APA-like author lists with the candidate's name in bold, "
        "supervised students marked '†' (not equal contribution: a † first author is not the candidate); "
        "four conference papers carry a '[C]' tag before the proceedings name. Awards in a year gutter; "
        "teaching is not experience. Sample: 8 of the 40.",
        layout="single column serif, publications under year sub-headings")


def historian_chicago(folder: Path) -> dict:
    name = "04_historian_chicago_books.pdf"
    pdf = new_pdf(serif=True, margins=(25, 20, 25), footer="Abernathy-Osei", page_numbers=True)
    line(pdf, "Cordelia Abernathy-Osei", 17, h=8, align="C")
    line(pdf, "Department of History, Fenwick University, 40 College Walk, Fenwick, ME 04011, USA", 9.5,
         align="C", h=4.6)
    line(pdf, "cabernathy@fenwick.example.edu  ·  (207) 555-0184  ·  abernathy-osei.example.net", 9.5, align="C",
         h=4.6)

    def head(t: str) -> None:
        pdf.ln(4)
        line(pdf, t.upper(), 10.5, h=6, align="C")
        pdf.ln(1)

    def entry(t: str) -> None:
        pdf.set_font("main", "", 10)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, 5, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    head("Academic Appointments")
    exp = [("Fenwick University", "Associate Professor of History", "2022", "present",
            "Associate Professor of History, Fenwick University, 2022–present"),
           ("Fenwick University", "Assistant Professor of History", "2016", "2022",
            "Assistant Professor of History, Fenwick University, 2016–2022"),
           ("Society of Fellows, Aldermoor University", "Junior Fellow", "2014", "2016",
            "Junior Fellow, Society of Fellows, Aldermoor University, 2014–2016")]
    for *_, t in exp:
        entry(t)
    head("Education")
    edu = [("Aldermoor University", "phd", None, "2014", "Ph.D., History, Aldermoor University, 2014"),
           ("University of Tarrowbridge", "master", None, "2008",
            "M.Phil., Atlantic History, University of Tarrowbridge, 2008"),
           ("Harcourt College", "bachelor", None, "2007", "B.A. summa cum laude, History and French, Harcourt "
            "College, 2007")]
    for *_, t in edu:
        entry(t)
    pubs = [
        ("Books", [
            ("Salt and Sovereignty: Coastal Trade in the Early Modern Atlantic", "University of Lakeshore Press",
             2022, True, "published", ["C. Abernathy-Osei"],
             "__Salt and Sovereignty: Coastal Trade in the Early Modern Atlantic__. Lakeshore: University of "
             "Lakeshore Press, 2022."),
            ("Harbour Women: Credit, Kinship, and the Port Economies of West Africa", "Fenwick University Press",
             None, True, "in preparation", ["C. Abernathy-Osei"],
             "__Harbour Women: Credit, Kinship, and the Port Economies of West Africa__. Under contract with "
             "Fenwick University Press.")]),
        ("Articles in Peer-Reviewed Journals", [
            ("Ledgers at the Water's Edge: Women Brokers in the Gold Coast Salt Trade", "Journal of Atlantic History",
             2026, True, "in press", ["C. Abernathy-Osei"],
             "“Ledgers at the Water's Edge: Women Brokers in the Gold Coast Salt Trade.” __Journal of Atlantic "
             "History__ 52, no. 1 (forthcoming 2026)."),
            ("Customs Houses and the Making of Imperial Space, 1680–1740", "Comparative Studies in Empire", 2020,
             True, "published", ["C. Abernathy-Osei"],
             "“Customs Houses and the Making of Imperial Space, 1680–1740.” __Comparative Studies in Empire__ 31, "
             "no. 3 (2020): 415–442."),
            ("Counting Canoes: Port Registers as Sources for Coastal Mobility", "History Workshop Review", 2018,
             False, "published", ["L. Ferreira", "C. Abernathy-Osei"],
             "Ferreira, Lucas, and Cordelia Abernathy-Osei. “Counting Canoes: Port Registers as Sources for "
             "Coastal Mobility.” __History Workshop Review__ 86 (2018): 77–101."),
            ("Salt, Smuggling, and the Limits of Company Law", "The Maritime Historical Quarterly", 2015, True,
             "published", ["C. Abernathy-Osei"],
             "“Salt, Smuggling, and the Limits of Company Law.” __The Maritime Historical Quarterly__ 40, no. 2 "
             "(2015): 201–228.")]),
        ("Book Chapters", [
            ("Merchants Without Ships: Brokerage on the Lower Volta", "Rivers of Exchange: Inland Waterways and "
             "Atlantic Commerce", 2021, True, "published", ["C. Abernathy-Osei"],
             "“Merchants Without Ships: Brokerage on the Lower Volta.” In __Rivers of Exchange: Inland Waterways "
             "and Atlantic Commerce__, edited by Hannah Lowther and Samuel Adjei, 112–134. Fenwick: Fenwick "
             "University Press, 2021.")]),
    ]
    for sub, items in pubs:
        head(sub)
        for p in items:
            entry(p[6])
    head("Fellowships and Awards")
    awards = ["Harwell Center for the Humanities Residential Fellowship, 2023–2024",
              "Berenson Prize for the best first book in Atlantic history, 2023",
              "Tarrowbridge Graduate Scholarship, 2007–2008"]
    for a in awards:
        entry(a)
    head("Invited Lectures")
    for t in ["“Salt as Sovereignty,” Aldermoor University History Seminar, March 2024",
              "“Port Registers and the Quantitative Turn,” Lakeshore Early Modern Workshop, 2019"]:
        entry(t)
    head("Research Fields")
    entry("Atlantic history; West African economic history; history of law and empire")
    head("Languages")
    entry("French (fluent), Portuguese (reading), Twi (intermediate)")
    pdf.output(str(folder / name))
    flat = [p[:6] for _s, items in pubs for p in items]
    return label(
        name, "Cordelia Abernathy-Osei", [], ["cabernathy@fenwick.example.edu"], ["+12075550184"],
        ["abernathy-osei.example.net"], [e[:4] for e in edu], [e[:4] for e in exp],
        len(flat), sum(p[3] for p in flat), flat,
        ["Atlantic history", "West African economic history"], len(awards),
        "Humanities CV in Chicago notes-bibliography style: centred serif name and contact, headings in "
        "centred capitals at body size. Appointments and degrees as one sentence each ending in the year(s), "
        "no date column; degrees have only the completion year. Publications are split into Books (one "
        "'Under contract with' a press: in preparation, no year), Articles ('forthcoming 2026' = in press), "
        "Book Chapters ('In *Book*, edited by ...': the venue is the book). Sole-authored entries omit the "
        "author's own name entirely (a reader knows they are hers, so first author); one co-authored article "
        "lists her second. Titles are in curly quotes, books and journals in italics. Invited lectures are "
        "not publications. 'Research Fields' stands for research interests.",
        layout="single column serif, Chicago bibliography")
