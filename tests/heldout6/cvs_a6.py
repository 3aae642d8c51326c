"""Held-out set 6, builders 01-04 (PDF): Europass label/value columns, a Word-like two-column
page with a coloured left band, an altacv-like two-column CV, a Typst-like modern CV."""
from __future__ import annotations

from pathlib import Path

from kit6 import box, gutter_entry, label, left_right, line, new_pdf, rule

BLUE = (20, 70, 140)
GREY = (100, 100, 100)


def europass_postdoc(folder: Path) -> dict:
    name = "01_europass_clinical_ml_postdoc.pdf"
    pdf = new_pdf(margins=(12, 14, 12))
    g = 62  # label column

    def row(lab: str, val: str, style: str = "") -> None:
        gutter_entry(pdf, lab, val, size=9, gutter=g, h=4.6, align_left="R", lcolor=GREY, style=style)
        pdf.ln(0.8)

    def heading(t: str) -> None:
        pdf.ln(2.5)
        y = pdf.get_y()
        yb = box(pdf, pdf.l_margin, y, g - 3, t, size=10.5, style="B", color=BLUE, align="R")
        pdf.set_draw_color(*BLUE)
        pdf.line(pdf.l_margin + g, y + 3, pdf.w - pdf.r_margin, y + 3)
        pdf.set_y(max(y + 7, yb + 1.5))

    box(pdf, pdf.l_margin, 14, g - 3, "europass", size=16, style="B", color=BLUE, align="R")
    box(pdf, pdf.l_margin, 22, g - 3, "Curriculum Vitae", size=10, color=GREY, align="R")
    pdf.set_y(30)
    heading("Personal information")
    row("Surname(s) / First name(s)", "LINDQVIST Maren Elise", style="B")
    row("Address(es)", "Fjällgatan 12 B, 116 28 Stockholm (Sweden)")
    row("Telephone(s)", "+46 8 555 204 17          Mobile: +46 70 555 18 42")
    row("E-mail", "maren.lindqvist@rlit.example.se")
    row("Personal website", "https://mlindqvist.example.org")
    row("Nationality", "Swedish")
    row("Date of birth", "14/03/1994")
    row("Gender", "Female")
    heading("Desired employment / Occupational field")
    row("", "Research Scientist, machine learning for clinical decision support")

    heading("Work experience")
    for dates, pos, tasks, employer, sector in [
        ("01/09/2023 → present", "Postdoctoral Researcher",
         "Deep survival models for intensive-care triage; co-supervision of two MSc theses; "
         "data governance liaison with the hospital ethics board",
         "Östervik University Hospital, Clinical AI Unit, Sjukhusvägen 3, 751 85 Uppsala (Sweden)",
         "Health care and medical research"),
        ("01/09/2018 → 31/08/2023", "Doctoral Student (employed, 20% teaching)",
         "Research in probabilistic machine learning; teaching assistant for Machine Learning I and "
         "Applied Statistics",
         "Royal Lakeside Institute of Technology, Division of Learning Systems, 100 44 Stockholm (Sweden)",
         "Higher education and research"),
        ("06/2017 → 08/2017", "Summer Intern, Data Science",
         "Churn forecasting for a regional energy retailer; dashboarding in R Shiny",
         "Nordfjord Analytics AB, Kungsgatan 40, 411 19 Göteborg (Sweden)",
         "Consultancy"),
    ]:
        row("Dates", dates)
        row("Occupation or position held", pos, style="B")
        row("Main activities and responsibilities", tasks)
        row("Name and address of employer", employer)
        row("Type of business or sector", sector)
        pdf.ln(2)

    heading("Education and training")
    for dates, title, subjects, org, level in [
        ("09/2018 → 10/2023", "Doctor of Philosophy (PhD) in Computer Science",
         "Thesis: Uncertainty-aware survival analysis for the intensive care unit",
         "Royal Lakeside Institute of Technology (technical university)", "ISCED 8"),
        ("08/2016 → 06/2018", "Master of Science in Engineering Mathematics",
         "Statistical learning, stochastic processes, numerical optimisation",
         "Vänersborg University, Faculty of Science and Technology", "ISCED 7"),
        ("08/2013 → 06/2016", "Bachelor of Science in Mathematics",
         "Minor in computer science", "Vänersborg University, Faculty of Science and Technology", "ISCED 6"),
    ]:
        row("Dates", dates)
        row("Title of qualification awarded", title, style="B")
        row("Principal subjects / occupational skills covered", subjects)
        row("Name and type of organisation providing education and training", org)
        row("Level in national or international classification", level)
        pdf.ln(2)

    heading("Personal skills and competences")
    row("Mother tongue(s)", "Swedish")
    row("Other language(s)", "English (C2), German (B1), Finnish (A2)")
    row("Technical skills and competences", "Python, PyTorch, JAX, R, Stan, SQL; survival analysis, "
        "Bayesian deep learning, conformal prediction")
    row("Research interests", "Survival analysis; uncertainty quantification; clinical machine learning")

    heading("Additional information")
    row("Publications",
        "Lindqvist M., Hartung P., Øyen S. et al. (2024) Calibrated deep survival models for intensive "
        "care triage. Journal of Biomedical Informatics 152: 104633.")
    row("", "Lindqvist M., Sandberg E. (2023) Conformal prediction intervals for time-to-event outcomes. "
        "In: Proceedings of AISTATS 2023, pp. 4410-4428.")
    row("", "Øyen S., Lindqvist M., Björk A. et al. (2022) Missingness patterns in ICU vital signs carry "
        "prognostic signal. Critical Care Medicine 50(7): 1021-1030.")
    row("", "Lindqvist M., Björk A. (2021) Deep ensembles for censored regression. NeurIPS 2021 "
        "Workshop on Machine Learning for Health.")
    row("", "Lindqvist M. et al. (2025) Foundation models for bedside monitoring: a scoping review. "
        "Submitted to npj Digital Medicine (under review).")
    row("Honours and awards", "2022  Best Student Paper Award, Nordic Conference on Medical Informatics")
    row("", "2019  Wallenqvist Foundation travel grant")
    pdf.output(str(folder / name))

    return label(
        name, "Maren Elise Lindqvist", ["Maren Lindqvist", "Lindqvist Maren Elise"],
        ["maren.lindqvist@rlit.example.se"], ["+46855520417", "+46705551842"], ["mlindqvist.example.org"],
        [("Royal Lakeside Institute of Technology", "phd", "2018-09", "2023-10"),
         ("Vänersborg University", "master", "2016-08", "2018-06"),
         ("Vänersborg University", "bachelor", "2013-08", "2016-06")],
        [("Östervik University Hospital", "Postdoctoral Researcher", "2023-09", "present"),
         ("Royal Lakeside Institute of Technology", "Doctoral Student", "2018-09", "2023-08"),
         ("Nordfjord Analytics AB", "Summer Intern, Data Science", "2017-06", "2017-08")],
        5, 4,
        [("Calibrated deep survival models for intensive care triage", "Journal of Biomedical Informatics",
          2024, True, "published", ["M. Lindqvist", "P. Hartung", "S. Øyen", "et al."]),
         ("Conformal prediction intervals for time-to-event outcomes", "AISTATS", 2023, True, "published",
          ["M. Lindqvist", "E. Sandberg"]),
         ("Missingness patterns in ICU vital signs carry prognostic signal", "Critical Care Medicine", 2022,
          False, "published", ["S. Øyen", "M. Lindqvist", "A. Björk", "et al."]),
         ("Deep ensembles for censored regression", "NeurIPS Workshop", 2021, True, "published",
          ["M. Lindqvist", "A. Björk"]),
         ("Foundation models for bedside monitoring: a scoping review", "npj Digital Medicine", 2025, True,
          "under review", ["M. Lindqvist", "et al."])],
        ["survival analysis", "uncertainty quantification"], 2,
        "Europass (2013 style) label/value columns: grey right-aligned labels ('Occupation or position held', "
        "'Name and address of employer', 'Title of qualification awarded') left of the values, section "
        "headings in the label column with a rule in the value column. Name as 'SURNAME Given names'. Two "
        "phones on one row (landline + 'Mobile:'), both the candidate's. Dates dd/mm/yyyy or mm/yyyy with an "
        "arrow. Same university for master and bachelor. The PhD appears both as employment (Sweden) and as "
        "a degree. Publications are 'et al.' author-year rows under 'Additional information'; the last is "
        "submitted.",
        layout="europass label/value columns")


def band_data_scientist(folder: Path) -> dict:
    name = "02_product_data_scientist_band.pdf"
    pdf = new_pdf(footer="dashokafor.example.dev", page_numbers=False, margins=(80, 14, 12))
    band_w = 70
    pdf.set_fill_color(18, 82, 86)
    pdf.rect(0, 0, band_w, pdf.h, style="F")
    white = (255, 255, 255)
    pale = (190, 225, 222)
    x, w = 7, band_w - 13
    y = box(pdf, x, 18, w, "DASHIELL\nOKAFOR-BRANDT", size=15, style="B", h=7.5, color=white)
    y = box(pdf, x, y + 2, w, "Product Data Scientist", size=10, color=pale)
    for head, body in [
        ("CONTACT", "415.555.0137\ndash.okafor@maildrop.example.com\nOakland, CA"),
        ("SKILLS", "SQL (BigQuery, Snowflake)\nPython (pandas, statsmodels)\ndbt · Airflow · Looker\n"
                   "A/B testing & sequential tests\nCausal inference\nForecasting"),
        ("LANGUAGES", "English (native)\nYoruba (conversational)\nSpanish (basic)"),
        ("AWARDS", "Ledgerline Hack Week, first prize (2023)"),
    ]:
        y = box(pdf, x, y + 9, w, head, size=10, style="B", color=white)
        pdf.set_draw_color(*pale)
        pdf.line(x, y + 0.5, x + w, y + 0.5)
        y = box(pdf, x, y + 2.5, w, body, size=8.4, h=5, color=white)

    pdf.set_y(18)
    grey = (60, 60, 60)

    def heading(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, size=12, style="B", color=(18, 82, 86))
        rule(pdf, color=(18, 82, 86), width=0.4)

    heading("PROFILE")
    line(pdf, "Data scientist with six years in payments and logistics. I design experiments, build metric "
              "layers that product teams trust, and turn messy event data into decisions.", size=9.5,
         color=grey)
    heading("EXPERIENCE")
    for title, org, dates, bullets in [
        ("Senior Product Data Scientist", "Ledgerline Payments, San Francisco", "Mar 2022 – Present",
         ["Own the experimentation platform metrics for checkout (40+ tests a quarter).",
          "Introduced CUPED variance reduction; median test length fell from 21 to 12 days."]),
        ("Data Scientist", "Cartwheel Logistics, Oakland", "Jul 2019 – Feb 2022",
         ["Built the delivery-time forecast used in the customer app (MAE down 18%).",
          "Migrated 120 legacy reports to dbt models with tests."]),
        ("Research Assistant", "Department of Economics, Calloway State University", "Sep 2017 – May 2019",
         ["Cleaned and linked county labour-market panels for two faculty projects."]),
    ]:
        left_right(pdf, title, dates, size=10, style="B", rstyle="", color=grey)
        line(pdf, org, size=9.5, style="I", color=grey)
        for b in bullets:
            line(pdf, "•  " + b, size=9, h=4.6)
        pdf.ln(2)
    heading("EDUCATION")
    for deg, org, dates in [
        ("M.S. Applied Economics", "Calloway State University", "2017 – 2019"),
        ("B.A. Economics, minor in Statistics", "Calloway State University", "2013 – 2017"),
    ]:
        left_right(pdf, deg, dates, size=10, style="B", color=grey)
        line(pdf, org, size=9.5, style="I", color=grey)
        pdf.ln(1.5)
    pdf.output(str(folder / name))

    return label(
        name, "Dashiell Okafor-Brandt", [], ["dash.okafor@maildrop.example.com"], ["+14155550137"],
        ["dashokafor.example.dev"],
        [("Calloway State University", "master", "2017", "2019"),
         ("Calloway State University", "bachelor", "2013", "2017")],
        [("Ledgerline Payments", "Senior Product Data Scientist", "2022-03", "present"),
         ("Cartwheel Logistics", "Data Scientist", "2019-07", "2022-02"),
         ("Calloway State University", "Research Assistant", "2017-09", "2019-05")],
        0, 0, [], [], 1,
        "Word-like two-column page: a full-height coloured left band (white text) holding the name in capitals "
        "over two lines, contact, skills, languages and one award; the main column holds profile, experience "
        "(title left, date right, 'Org, City' in italics below) and education. Phone grouped with dots "
        "(415.555.0137, US). Homepage only in the running footer. Same university for both degrees; the RA "
        "post at that university is a job.",
        layout="two columns, coloured left band")


def altacv_robotics(folder: Path) -> dict:
    name = "03_robotics_phd_altacv.pdf"
    accent = (140, 30, 70)
    pdf = new_pdf(margins=(12, 12, 12))
    line(pdf, "Noor Haddadin", size=22, style="B", h=10)
    line(pdf, "PhD candidate in robot learning and tactile manipulation", size=11, color=accent, h=6)
    line(pdf, "✉ noor.haddadin@nit.example.edu    ☎ +1 (617) 555 0192    ⌂ noorhaddadin.example.io    "
              "⌥ github.com/nhaddadin", size=8.5, h=5, color=GREY)
    top = pdf.get_y() + 4
    lx, lw = 12, 116
    rx, rw = 134, 64

    def head(x: float, y: float, w: float, t: str) -> float:
        y = box(pdf, x, y + 3, w, t.upper(), size=12.5, style="B", color=accent, h=6)
        pdf.set_draw_color(*accent)
        pdf.set_line_width(0.5)
        pdf.line(x, y + 0.3, x + w, y + 0.3)
        pdf.set_line_width(0.2)
        return y + 2

    y = head(lx, top, lw, "Experience")
    for title, org, dates, place, bullet in [
        ("Graduate Research Assistant", "Northbay Institute of Technology, Dexterous Manipulation Lab",
         "Sep 2021 – ongoing", "Cambridge, MA", "Visuotactile policies for in-hand reorientation and insertion."),
        ("Research Intern", "Kestrel Robotics", "May 2024 – Aug 2024", "Pittsburgh, PA",
         "Slip detection for suction grasping on a warehouse picking cell."),
        ("Research Intern", "Halcyon AI Research", "Jun 2023 – Sep 2023", "Remote",
         "Domain randomisation of gel-sensor physics for sim-to-real transfer."),
    ]:
        y = box(pdf, lx, y + 1.5, lw, title, size=11, style="B", h=5.5)
        y = box(pdf, lx, y, lw, org, size=9.5, style="B", color=accent, h=5)
        y = box(pdf, lx, y, lw, f"▣ {dates}     ⚲ {place}", size=8, color=GREY, h=4.5)
        y = box(pdf, lx, y, lw, "•  " + bullet, size=9, h=4.6)

    y = head(lx, y + 1, lw, "Publications")
    groups = [
        ("Journal Articles", [
            ("Tactile-conditioned diffusion policies for in-hand reorientation",
             "Noor Haddadin, Rafa Castellanos, Mila Ostrova",
             "IEEE Robotics and Automation Letters, 2025 (in press)"),
            ("Learning contact-rich insertion from a handful of demonstrations",
             "Ilya Brannigan, Noor Haddadin, et al.",
             "The International Journal of Robotics Research, under review"),
        ]),
        ("Conference Papers", [
            ("Visuotactile pretraining for deformable object manipulation",
             "Noor Haddadin*, Tomasz Wielgosz*, Mila Ostrova  (*equal contribution)", "CoRL 2024"),
            ("Sim-to-real transfer of tactile policies with randomised gel physics",
             "Noor Haddadin, Mila Ostrova", "ICRA 2024"),
            ("Shape-agnostic grasp refinement with learned contact priors",
             "Daniel Oyelaran, Noor Haddadin, Mila Ostrova", "IROS 2023"),
            ("Self-supervised slip detection from vision-based tactile sensors",
             "Noor Haddadin et al.", "arXiv preprint, 2025"),
        ]),
    ]
    for sub, items in groups:
        y = box(pdf, lx, y + 1.5, lw, sub, size=10, style="BI", h=5.5)
        for i, (t, a, v) in enumerate(items, 1):
            y0 = y
            box(pdf, lx, y0, 6, f"{i}.", size=9, h=4.6)
            y = box(pdf, lx + 6, y0, lw - 6, t, size=9, style="B", h=4.6)
            y = box(pdf, lx + 6, y, lw - 6, a, size=9, h=4.6)
            y = box(pdf, lx + 6, y, lw - 6, v, size=9, style="I", h=4.6, color=GREY) + 1

    y = head(rx, top, rw, "Education")
    for deg, org, dates in [
        ("Ph.D. in Robotics", "Northbay Institute of Technology", "2021 – 2026 (expected)"),
        ("B.Sc. in Mechatronics Engineering", "Petra Ridge University", "2016 – 2021"),
    ]:
        y = box(pdf, rx, y + 1.5, rw, deg, size=10, style="B", h=5)
        y = box(pdf, rx, y, rw, org, size=9, style="B", color=accent, h=4.6)
        y = box(pdf, rx, y, rw, "▣ " + dates, size=8, color=GREY, h=4.5)
    y = head(rx, y + 1, rw, "Research Interests")
    y = box(pdf, rx, y + 1.5, rw, "[robot learning]  [tactile sensing]  [dexterous manipulation]  "
            "[sim-to-real]", size=9, h=5.5)
    y = head(rx, y + 1, rw, "Awards")
    for a in ["Northbay Presidential Fellowship, 2021", "Best Poster, Northeast Robotics Colloquium, 2023",
              "Dean's List, Petra Ridge University, 2017–2021"]:
        y = box(pdf, rx, y + 1, rw, "★ " + a, size=9, h=4.6)
    y = head(rx, y + 1, rw, "Skills")
    box(pdf, rx, y + 1.5, rw, "Python · C++ · ROS 2 · PyTorch · JAX · MuJoCo · Isaac Sim · "
        "GelSight sensors · UR5e / Franka arms", size=9, h=4.8)
    pdf.output(str(folder / name))

    return label(
        name, "Noor Haddadin", [], ["noor.haddadin@nit.example.edu"], ["+16175550192"],
        ["noorhaddadin.example.io", "github.com/nhaddadin"],
        [("Northbay Institute of Technology", "phd", "2021", "2026"),
         ("Petra Ridge University", "bachelor", "2016", "2021")],
        [("Northbay Institute of Technology", "Graduate Research Assistant", "2021-09", "present"),
         ("Kestrel Robotics", "Research Intern", "2024-05", "2024-08"),
         ("Halcyon AI Research", "Research Intern", "2023-06", "2023-09")],
        6, 4,
        [("Tactile-conditioned diffusion policies for in-hand reorientation",
          "IEEE Robotics and Automation Letters", 2025, True, "in press",
          ["Noor Haddadin", "Rafa Castellanos", "Mila Ostrova"]),
         ("Learning contact-rich insertion from a handful of demonstrations",
          "International Journal of Robotics Research", None, False, "under review",
          ["Ilya Brannigan", "Noor Haddadin", "et al."]),
         ("Visuotactile pretraining for deformable object manipulation", "CoRL", 2024, True, "published",
          ["Noor Haddadin*", "Tomasz Wielgosz*", "Mila Ostrova"]),
         ("Sim-to-real transfer of tactile policies with randomised gel physics", "ICRA", 2024, True,
          "published", ["Noor Haddadin", "Mila Ostrova"]),
         ("Shape-agnostic grasp refinement with learned contact priors", "IROS", 2023, False, "published",
          ["Daniel Oyelaran", "Noor Haddadin", "Mila Ostrova"]),
         ("Self-supervised slip detection from vision-based tactile sensors", "arXiv", 2025, True, "preprint",
          ["Noor Haddadin", "et al."])],
        ["robot learning", "tactile sensing", "dexterous manipulation"], 3,
        "altacv-like: name, coloured tagline, one contact row with symbol glyphs; two columns side by side "
        "(wide left: experience, publications; narrow right: education, interests as [tags], awards, "
        "skills). Experience entries are title / coloured org / glyph + dates + place. Publications are "
        "title-first three-line entries (title, authors, venue) under sub-headings 'Journal Articles' and "
        "'Conference Papers' with numbering restarting at 1; statuses in press, under review (no year), "
        "preprint; one equal-contribution first author. 'ongoing' = present; PhD ends 2026 (expected).",
        layout="altacv two columns")


def typst_ocean_postdoc(folder: Path) -> dict:
    name = "04_ocean_acoustics_typst.pdf"
    accent = (30, 90, 160)
    pdf = new_pdf(margins=(16, 14, 16))
    line(pdf, "Teodor Valtonen", size=24, style="B", align="C", h=11)
    line(pdf, "Helsinki, Finland  |  teodor.valtonen@example.fi  |  +358 40 555 7281  |  "
              "orcid.org/0000-0002-5555-0187", size=8.5, align="C", color=GREY)
    pdf.ln(1)
    line(pdf, "Research interests: underwater acoustics, array signal processing, marine bioacoustics, "
              "self-supervised learning for sensor data.", size=9, align="C", color=GREY)

    def heading(t: str) -> None:
        pdf.ln(4)
        pdf.set_font("main", "B", 12)
        pdf.set_text_color(*accent)
        pdf.set_x(pdf.l_margin)
        tw = pdf.get_string_width(t)
        pdf.cell(tw + 2, 6, t)
        y = pdf.get_y() + 3.2
        pdf.set_draw_color(*accent)
        pdf.line(pdf.l_margin + tw + 4, y, pdf.w - pdf.r_margin, y)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(7.5)

    def entry(a: str, b: str, c: str, d: str) -> None:
        """a bold left / b right; c italic left / d right, the date in a narrow column that may wrap."""
        y = pdf.get_y()
        pw, dw = 45, 24
        full = pdf.w - pdf.r_margin - pdf.l_margin
        box(pdf, pdf.l_margin, y, full - pw - 2, a, size=10, style="B", h=5)
        box(pdf, pdf.w - pdf.r_margin - pw, y, pw, b, size=9, h=5, align="R", color=GREY)
        if not c and not d:
            pdf.set_y(y + 6.5)
            return
        y2 = y + 5
        yl = box(pdf, pdf.l_margin, y2, full - dw - 2, c, size=9.5, style="I", h=4.8)
        yr = box(pdf, pdf.w - pdf.r_margin - dw, y2, dw, d, size=9, h=4.8, align="R", color=GREY)
        pdf.set_y(max(yl, yr) + 1.5)

    heading("Experience")
    entry("Halvorsen Marine Institute", "Bergen, Norway", "Postdoctoral Researcher, Ocean Acoustics Group",
          "Jan 2024 – Present")
    entry("University of Lakemere", "Lakemere, Finland", "Doctoral Researcher, Department of Signal "
          "Processing", "Sep 2019 – Dec 2023")
    y = pdf.get_y()
    dw = 24
    box(pdf, pdf.l_margin, y, pdf.w - pdf.r_margin - dw - pdf.l_margin - 2,
        "Visiting Researcher. Saltmarsh Oceanographic Institution. Acoustics Group.", size=9.5, h=5)
    box(pdf, pdf.w - pdf.r_margin - dw, y, dw, "Mar 2022 – Jun 2022", size=9, h=5, align="R", color=GREY)
    pdf.set_y(pdf.get_y() + 1.5)

    heading("Education")
    entry("University of Lakemere", "Lakemere, Finland", "Doctor of Science (Technology), Signal Processing",
          "2019 – 2023")
    entry("University of Lakemere", "Lakemere, Finland", "Master of Science (Technology), Acoustics and "
          "Audio Technology", "2017 – 2019")
    entry("Pohjanmaa University of Applied Sciences", "Vaasa, Finland", "Bachelor of Engineering, "
          "Electrical Engineering", "2013 – 2017")

    heading("Publications and Submitted Manuscripts")

    def pub(t: str, year: str, rest: str) -> None:
        y = pdf.get_y()
        box(pdf, pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin - 30, t, size=9.5, style="B", h=4.8)
        yb = pdf.get_y()
        box(pdf, pdf.w - pdf.r_margin - 28, y, 28, year, size=9, h=4.8, align="R", color=GREY)
        pdf.set_y(yb)
        line(pdf, rest, size=9, h=4.6, color=(50, 50, 50))
        pdf.ln(1.5)

    line(pdf, "Peer-reviewed", size=10, style="I", color=accent)
    pdf.ln(1)
    pub("Passive acoustic detection of harbour porpoise clicks with self-supervised encoders", "2025",
        "T. Valtonen, H. Eriksen, A. Moilanen. The Journal of the Acoustical Society of America 157(2).")
    pub("Beamforming under ice cover: a sparse Bayesian approach", "2023",
        "T. Valtonen, A. Moilanen. IEEE Journal of Oceanic Engineering 48(4).")
    pub("Shipping noise maps of the northern Baltic from AIS-driven propagation models", "2022",
        "A. Moilanen, T. Valtonen, et al. Marine Pollution Bulletin 181.")
    pub("Transfer learning for marine mammal call classification across hydrophone arrays", "2021",
        "T. Valtonen, S. Rautio, A. Moilanen. ICASSP 2021.")
    line(pdf, "Submitted and in preparation", size=10, style="I", color=accent)
    pdf.ln(1)
    pub("Under-ice ambient noise as a proxy for sea-ice thickness", "2026",
        "T. Valtonen, L. Lindahl, A. Moilanen. Geophysical Research Letters (under review).")
    pub("An open benchmark of hydrophone recordings from the Gulf of Bothnia", "in prep.",
        "H. Eriksen, T. Valtonen. In preparation.")

    heading("Grants and Awards")
    entry("Finnish Ocean Foundation postdoctoral grant", "2024", "", "")
    entry("Best Student Paper, Baltic Underwater Acoustics Conference", "2021", "", "")
    heading("Skills")
    line(pdf, "MATLAB, Python (NumPy, PyTorch), Julia; acoustic propagation modelling (Bellhop, RAM); "
              "field deployment of hydrophone arrays; LaTeX, Typst.", size=9.5)
    pdf.output(str(folder / name))

    return label(
        name, "Teodor Valtonen", [], ["teodor.valtonen@example.fi"], ["+358405557281"],
        ["orcid.org/0000-0002-5555-0187"],
        [("University of Lakemere", "phd", "2019", "2023"),
         ("University of Lakemere", "master", "2017", "2019"),
         ("Pohjanmaa University of Applied Sciences", "bachelor", "2013", "2017")],
        [("Halvorsen Marine Institute", "Postdoctoral Researcher, Ocean Acoustics Group", "2024-01", "present"),
         ("University of Lakemere", "Doctoral Researcher, Department of Signal Processing", "2019-09", "2023-12"),
         ("Saltmarsh Oceanographic Institution", "Visiting Researcher", "2022-03", "2022-06")],
        6, 4,
        [("Passive acoustic detection of harbour porpoise clicks with self-supervised encoders",
          "The Journal of the Acoustical Society of America", 2025, True, "published",
          ["T. Valtonen", "H. Eriksen", "A. Moilanen"]),
         ("Beamforming under ice cover: a sparse Bayesian approach", "IEEE Journal of Oceanic Engineering",
          2023, True, "published", ["T. Valtonen", "A. Moilanen"]),
         ("Shipping noise maps of the northern Baltic from AIS-driven propagation models",
          "Marine Pollution Bulletin", 2022, False, "published", ["A. Moilanen", "T. Valtonen", "et al."]),
         ("Transfer learning for marine mammal call classification across hydrophone arrays", "ICASSP",
          2021, True, "published", ["T. Valtonen", "S. Rautio", "A. Moilanen"]),
         ("Under-ice ambient noise as a proxy for sea-ice thickness", "Geophysical Research Letters", 2026,
          True, "under review", ["T. Valtonen", "L. Lindahl", "A. Moilanen"]),
         ("An open benchmark of hydrophone recordings from the Gulf of Bothnia", None, None, False,
          "in preparation", ["H. Eriksen", "T. Valtonen"])],
        ["underwater acoustics", "array signal processing", "marine bioacoustics"], 2,
        "Typst-like modern CV: centred name and contact row (ORCID as the only link), headings with a rule "
        "running to the right margin, entries as bold institution + place (right) over italic role + date "
        "(right, in a narrow column so 'Sep 2019 – Dec 2023' wraps over two rows). One experience line is "
        "'Role. Org. Unit.' with its date on the right. Same university for doctorate ('Doctor of Science "
        "(Technology)') and master. Heading 'Publications and Submitted Manuscripts' with two italic "
        "sub-headings; each paper is a bold title with the year right-aligned, then authors and venue; "
        "statuses under review and in preparation ('in prep.' in the year column, no venue). Awards use the "
        "same entry layout with the year on the right.",
        layout="typst-like, right-aligned dates")
