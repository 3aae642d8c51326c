"""Held-out set 8, builders 12-15: a Harvard career-office resume with an initials name (PDF), a
Word-made chemistry CV with colour-only headings and ligature code points in its text layer (PDF),
a Markdown CV with a lower-case name and author-year entries, and a plain-text CV with dates in a
left column that wrap over two rows."""
from __future__ import annotations

from pathlib import Path

from kit8 import label, left_right, line, new_pdf

GREY = (100, 100, 100)


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text.lstrip("\n"), encoding="utf-8")


def harvard_initials(folder: Path) -> dict:
    name = "12_operations_analyst_harvard_initials.pdf"
    pdf = new_pdf(serif=True, margins=(19, 14, 19))
    line(pdf, "J. P. Nakamura-Diallo", 15, "B", align="C", h=7)
    line(pdf, "88 Larch Street, Apt 3 • Chicago, IL 60601 • jpnd@example.com • 773-555-0195", 10, align="C")

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, 11, "B", align="C", h=6)

    head("Education")
    edu = [("Brennock University", "Boston, MA", "Master of Science in Operations Research. GPA 3.9/4.0", "May 2023",
            "master", None, "2023-05"),
           ("Ardent College", "Ames, IA", "Bachelor of Arts in Mathematics, magna cum laude", "May 2019",
            "bachelor", None, "2019-05")]
    for inst, city, deg, when, *_ in edu:
        left_right(pdf, inst, city, 10.5, "B", rstyle="B")
        left_right(pdf, deg, when, 10.5, "", rstyle="")
        line(pdf, "•  Coursework: stochastic processes, integer programming, simulation.", 10)
    head("Experience")
    exp = [("Corvane Logistics", "Senior Analyst, Network Design", "Jul 2023 – Present", "2023-07", "present"),
           ("Corvane Logistics", "Operations Analyst", "Jun 2019 – Aug 2021", "2019-06", "2021-08"),
           ("Stochastic Optimization Lab", "Graduate Research Assistant", "Sep 2021 – May 2023", "2021-09",
            "2023-05")]
    left_right(pdf, "Corvane Logistics", "Chicago, IL", 10.5, "B", rstyle="B")
    for _o, t, when, *_ in exp[:2]:
        left_right(pdf, t, when, 10.5, "I", rstyle="")
        line(pdf, "•  Re-optimised a 41-node cross-dock network; 6% lower line-haul cost.", 10)
    left_right(pdf, "Stochastic Optimization Lab (led by Prof. Reza Hallström), Brennock University", "Boston, MA",
               10.5, "B", rstyle="B")
    left_right(pdf, exp[2][1], exp[2][2], 10.5, "I", rstyle="")
    line(pdf, "•  Chance-constrained models for same-day delivery; code released as an open-source package.", 10)
    head("Publications")
    pubs = [("Chance-constrained fleet sizing for same-day delivery", "Transportation Science", None, True,
             "in press", ["Nakamura-Diallo, J. P.", "Hallström, R.", "Ibe, C."],
             "Nakamura-Diallo, J. P., Hallström, R., & Ibe, C. (in press). Chance-constrained fleet sizing for "
             "same-day delivery. Transportation Science."),
            ("Simulation budgets for ranking-and-selection with correlated sampling", "Winter Simulation Conference",
             2023, False, "published", ["Hallström, R.", "Nakamura-Diallo, J. P.", "et al."],
             "Hallström, R., Nakamura-Diallo, J. P., et al. (2023). Simulation budgets for ranking-and-selection "
             "with correlated sampling. In Proceedings of the Winter Simulation Conference (pp. 1–12)."),
            ("Returns forecasting for reverse logistics networks", None, None, True, "in preparation",
             ["Nakamura-Diallo, J. P."],
             "Nakamura-Diallo, J. P. (in preparation). Returns forecasting for reverse logistics networks.")]
    for p in pubs:
        line(pdf, p[6], 10)
        pdf.ln(0.8)
    head("Skills & Interests")
    line(pdf, "Technical: Python, Gurobi, SQL, AnyLogic.  Language: Japanese (fluent), French (conversational).  "
              "Interests: long-distance cycling, letterpress printing.", 10)
    line(pdf, "Honors: INFORMS Undergraduate Operations Research Prize, finalist (2019).", 10)
    pdf.output(str(folder / name))
    return label(
        name, "J. P. Nakamura-Diallo", [], ["jpnd@example.com"], ["+17735550195"], [],
        [(e[0], e[4], e[5], e[6]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs], [], 1,
        "Harvard career-office resume (serif, centred name and address line with '•' separators, centred bold "
        "headings without rules, bold 'Org ... City' then 'Role/Degree ... date'). The name is initials plus "
        "surname. Degrees carry only a graduation month (start unknown). One company printed once with two "
        "roles below it (two entries). 'Lab (led by Prof. X), University' as an organisation (labelled as the "
        "lab). APA references with '(in press)' (no year), 'et al.', '(in preparation)'. The only award sits "
        "in 'Skills & Interests' as 'Honors: ...'.",
        layout="Harvard OCS resume")


def word_chemist_ligatures(folder: Path) -> dict:
    name = "13_chemist_word_colour_headings_ligatures.pdf"
    pdf = new_pdf(margins=(20, 16, 20))
    wine = (140, 30, 50)
    line(pdf, "Tereza Kowalczyk-Mensah", 16, "B", h=8)
    line(pdf, "Associate Professor of Chemistry, Vellmar University", 10.5)
    line(pdf, "tkm@chem.vellmar.example.edu  |  +49 30 5550 1742  |  kowalczyk-lab.example.de", 10.5)

    def head(t: str) -> None:  # same size and weight as the body; only colour and spacing differ
        pdf.ln(4)
        line(pdf, t, 10.5, color=wine, h=6)

    def body(t: str) -> None:
        line(pdf, t, 10.5, h=5.2)

    head("Current Aﬃliation")
    exp = [("Vellmar University", "Associate Professor", "2021 – present", "2021", "present"),
           ("Vellmar University", "Assistant Professor", "2016 – 2021", "2016", "2021"),
           ("Institut Brévent", "Postdoctoral Fellow", "2013 – 2016", "2013", "2016")]
    left_right(pdf, f"{exp[0][1]}, Department of Chemistry, {exp[0][0]}", exp[0][2], 10.5, "", rstyle="")
    head("Previous Positions")
    for org, t, when, *_ in exp[1:]:
        left_right(pdf, f"{t}, {org}", when, 10.5, "", rstyle="")
    head("Education")
    edu = [("Technische Hochschule Auelberg", "Dr. rer. nat., Chemistry", "2009 – 2013", "phd", "2009", "2013"),
           ("University of Ravenna Nova", "B.Sc. and M.Sc., Chemistry", "2004 – 2009", "master", "2004", "2009")]
    for inst, deg, when, *_ in edu:
        left_right(pdf, f"{deg}, {inst}", when, 10.5, "", rstyle="")
    head("Scientiﬁc Interests")
    body("Photoredox catalysis; ﬂow chemistry; mechanistic kinetics of C–N coupling")
    head("Selected Publications (* corresponding author)")
    pubs = [("Photoredox C–N coupling in continuous ﬂow with a recyclable iridium catalyst", "J. Am. Chem. Soc.",
             2024, True, "published", ["Kowalczyk-Mensah, T.*", "Adler, J.", "Sato, M."],
             "Kowalczyk-Mensah, T.*; Adler, J.; Sato, M. Photoredox C–N coupling in continuous ﬂow with a "
             "recyclable iridium catalyst. J. Am. Chem. Soc. 2024, 146, 8811–8820."),
            ("Kinetic isotope eﬀects reveal the turnover-limiting step in nickel amination", "ACS Catal.", 2022,
             False, "published", ["Adler, J.", "Kowalczyk-Mensah, T.*"],
             "Adler, J.; Kowalczyk-Mensah, T.* Kinetic isotope eﬀects reveal the turnover-limiting step in nickel "
             "amination. ACS Catal. 2022, 12, 4410–4419."),
            ("A modular ﬂow platform for high-throughput reaction optimisation", "Nat. Chem.", 2020, False,
             "published", ["Sato, M.", "Lindgren, P.", "Kowalczyk-Mensah, T.*", "et al."],
             "Sato, M.; Lindgren, P.; Kowalczyk-Mensah, T.*; et al. A modular ﬂow platform for high-throughput "
             "reaction optimisation. Nat. Chem. 2020, 12, 1022–1030."),
            ("Deﬁning solvent cages in photoinduced electron transfer", "Chem. Sci.", 2018, True, "published",
             ["Kowalczyk-Mensah, T.", "Brévent, A."],
             "Kowalczyk-Mensah, T.; Brévent, A. Deﬁning solvent cages in photoinduced electron transfer. Chem. "
             "Sci. 2018, 9, 5121–5130."),
            ("Electrochemical deﬂuorination under mild conditions", "Angew. Chem. Int. Ed.", 2025, False, "in press",
             ["Lindgren, P.", "Kowalczyk-Mensah, T.*"],
             "Lindgren, P.; Kowalczyk-Mensah, T.* Electrochemical deﬂuorination under mild conditions. Angew. "
             "Chem. Int. Ed. 2025, in press.")]
    for i, p in enumerate(pubs, 1):
        body(f"{i}. {p[6]}")
        pdf.ln(1)
    head("Grants")
    body("DFG Emmy Noether Group Leader Grant (2017–2023), 1.6 M€")
    head("Honours")
    awards = ["2023  Vellmar Teaching Prize", "2019  Auelberg Young Investigator Award",
              "2014  Marie Skłodowska-Curie Individual Fellowship"]
    for a in awards:
        body(a)
    pdf.output(str(folder / name))
    nfkc = __import__("unicodedata").normalize
    return label(
        name, "Tereza Kowalczyk-Mensah", [], ["tkm@chem.vellmar.example.edu"], ["+493055501742"],
        ["kowalczyk-lab.example.de"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs), sum(p[3] for p in pubs),
        [(nfkc("NFKC", p[0]), *p[1:6]) for p in pubs],
        ["Photoredox catalysis", "flow chemistry"], len(awards),
        "A Word-made PDF: headings have the body's size and weight and differ only by a wine colour and the "
        "space above ('Current Aﬃliation', 'Previous Positions', 'Scientiﬁc Interests', 'Selected "
        "Publications (* corresponding author)', 'Grants', 'Honours'). The text layer carries ligature code "
        "points (U+FB00-FB04: 'ﬁ', 'ﬂ', 'ﬀ', 'ﬃ') in headings, interests and titles, as Word/LaTeX exports "
        "often do (fpdf2 writes them as their own code points; pdfium-based readers may already expand them, "
        "so this is a mild defect); labels use plain letters. ACS references with '*' = corresponding author (not "
        "equal contribution), 'et al.', one 'in press'. Combined 'B.Sc. and M.Sc.' labelled as the master's. "
        "Grants are not awards.",
        layout="Word-made PDF, colour-only headings, ligature code points")


def markdown_lowercase(folder: Path) -> dict:
    name = "14_bioinformatics_phd_lowercase_markdown.md"
    edu = [("Université de Lisière", "phd", "2021", "present", "**PhD, Computational Biology** — Université de Lisière, "
            "2021–present (expected 2025)"),
           ("Coldharbour University", "master", "2019", "2021", "**MSc, Bioinformatics** — Coldharbour University, "
            "2019–2021"),
           ("Coldharbour University", "bachelor", "2016", "2019", "**BSc, Biochemistry** — Coldharbour University, "
            "2016–2019")]
    exp = [("Helix & Hart Therapeutics", "Computational Biology Intern", "2023-06", "2023-09",
            "**Helix & Hart Therapeutics** Computational Biology Intern · Jun–Sep 2023"),
           ("Coldharbour Genome Centre", "Research Technician", "2019-09", "2021-08",
            "**Coldharbour Genome Centre** Research Technician · Sep 2019 – Aug 2021")]
    pubs = [("Single-cell atlases of tidal-flat diatoms under heat stress", "Nature Communications", 2024, True,
             "published", ["Oyelaran-Quist, M.", "Brisebois, A.", "Tembo, K."],
             "Oyelaran-Quist, M., Brisebois, A. and Tembo, K., 2024. Single-cell atlases of tidal-flat diatoms "
             "under heat stress. *Nature Communications*, 15(1), p.4410."),
            ("Graph priors for cell-type annotation across species", "ISMB", 2023, False, "published",
             ["Tembo, K.", "Oyelaran-Quist, M.", "et al."],
             "Tembo, K., Oyelaran-Quist, M., et al., 2023, July. Graph priors for cell-type annotation across "
             "species. In *Proceedings of ISMB* (pp. 88-96)."),
            ("Benchmarking RNA velocity on time-resolved ground truth", "Genome Biology", 2025, True, "in press",
             ["Oyelaran-Quist, M.*", "Lindahl, E.*", "Brisebois, A."],
             "Oyelaran-Quist, M.\\*, Lindahl, E.\\* and Brisebois, A., 2025. Benchmarking RNA velocity on "
             "time-resolved ground truth. *Genome Biology* (in press). \\*equal contribution"),
            ("Diatom–bacteria crosstalk inferred from paired multi-omics", "bioRxiv", 2025, True, "under review",
             ["Oyelaran-Quist, M.", "Tembo, K."],
             "Oyelaran-Quist, M. and Tembo, K., 2025. Diatom–bacteria crosstalk inferred from paired multi-omics. "
             "*bioRxiv* (under submission)."),
            ("A curated reference of marine protist marker genes", None, None, False, "in preparation",
             ["Brisebois, A.", "Oyelaran-Quist, M."],
             "Brisebois, A. and Oyelaran-Quist, M. A curated reference of marine protist marker genes. "
             "(in preparation)")]
    text = f"""
# mira oyelaran-quist

computational biologist · m.oyelaran@example.fr · +33 6 55 50 12 84

## Research Interests and Expertise

single-cell genomics, marine microbial ecology, probabilistic models of gene regulation

## Education

{chr(10).join("- " + e[4] for e in edu)}

## Experience

{chr(10).join("- " + e[4] for e in exp)}

## Publications, Preprints and Work in Progress

{chr(10).join(f"{i}. {p[6]}" for i, p in enumerate(pubs, 1))}

## Awards

- EMBO Short-Term Fellowship (2023)
- Coldharbour MSc Prize for best thesis (2021)

## Skills

Python, R, Snakemake, scanpy, Stan, Nextflow

---

*mira-oq.example.fr — last updated March 2025*
"""
    _write(folder, name, text)
    return label(
        name, "mira oyelaran-quist", ["Mira Oyelaran-Quist"], ["m.oyelaran@example.fr"], ["+33655501284"],
        ["mira-oq.example.fr"], [e[:4] for e in edu], [e[:4] for e in exp], len(pubs), sum(p[3] for p in pubs),
        [p[:6] for p in pubs], ["single-cell genomics", "marine microbial ecology"], 2,
        "Markdown CV with a lower-case H1 name and a lower-case tagline. Headings with extra words ('Research "
        "Interests and Expertise', 'Publications, Preprints and Work in Progress'). Degrees as '**Degree** — "
        "Institution, years' (the PhD '2021–present (expected 2025)': end labelled present); two degrees at "
        "the same university. Experience as '**Org** Role · dates' (org and role run together after the bold). "
        "Author-year entries in the Google Scholar Harvard form ('2023, July.'), escaped '\\*' for equal "
        "contribution with the first author, '(in press)', a bioRxiv preprint '(under submission)' = under "
        "review, and an '(in preparation)' item without year or venue; 'et al.'. The homepage appears only in "
        "the italic footer line after a rule.",
        layout="Markdown, lower-case name, author-year")


def plaintext_wrapped_dates(folder: Path) -> dict:
    name = "15_embedded_engineer_plaintext_wrapped_dates.txt"
    exp = [("Nov. 2019 –", "Present", "Tollund Medical Devices", "Principal Firmware Engineer", "2019-11", "present",
            "Led the IEC 62304 class C firmware of an infusion pump."),
           ("Mar. 2014 –", "Oct. 2019", "Brightmoor Automotive Electronics", "Embedded Software Engineer", "2014-03",
            "2019-10", "Wrote AUTOSAR drivers and hardware-in-the-loop test benches."),
           ("Nov. 2011 –", "May. 2012", "Harwick Instruments", "Engineering Intern", "2011-11", "2012-05",
            "Calibrated strain-gauge amplifiers; part-time during the final year.")]
    edu = [("Sep. 2012 –", "Jan. 2014", "Kestrel Technical University", "M.Eng. Embedded Systems", "master",
            "2012-09", "2014-01", "Thesis: energy-aware scheduling on Cortex-M4."),
           ("Sep. 2008 –", "Jul. 2012", "Kestrel Technical University", "B.Eng. Electronic Engineering", "bachelor",
            "2008-09", "2012-07", "First-class honours.")]
    pubs = [("Static worst-case stack analysis for safety-rated insulin pumps", "EMSOFT", 2022, True, "published",
             ["A. Bélanger-Osei", "R. Tanner"],
             ["[1]  A. Bélanger-Osei and R. Tanner, \"Static worst-case stack analysis for safety-rated insulin",
              "     pumps,\" in Proc. EMSOFT, 2022, pp. 41-50."]),
            ("Deterministic CAN-FD scheduling under mixed criticality", "IEEE Trans. Ind. Informat.", 2018, False,
             "published", ["R. Tanner", "A. Bélanger-Osei", "et al."],
             ["[2]  R. Tanner, A. Bélanger-Osei, et al., \"Deterministic CAN-FD scheduling under mixed",
              "     criticality,\" IEEE Trans. Ind. Informat., vol. 14, no. 6, pp. 2502-2511, 2018."])]

    def rows(items, pick):
        out = []
        for it in items:
            a, b, org, role = it[0], it[1], it[2], it[3]
            out.append(f"  {a:<14}{pick(org, role)}")
            out.append(f"  {b:<14}  - {it[-1]}")
            out.append("")
        return "\n".join(out)

    text = f"""
ASTRID BÉLANGER-OSEI
Embedded / firmware engineer
Mobile: +1 (902) 555-0148      E-mail: astrid.bo@example.ca
Halifax, Nova Scotia

EXPERIENCE
----------
{rows(exp, lambda o, r: f"{r}, {o}")}
EDUCATION
---------
{rows(edu, lambda o, r: f"{r} - {o}")}
PUBLICATIONS AND PATENTS
------------------------
{chr(10).join(chr(10).join(p[6]) for p in pubs)}
  Patent: US 11,555,021 B2, "Watchdog supervision for dual-core pump controllers", 2021.

TALKS
-----
  "Firmware that fails safely", Embedded Systems Week industry day, 2023.

AWARDS
------
  2021  Tollund Engineering Excellence Award
  2017  Brightmoor Innovation Prize

REFERENCES
----------
  Dr. Ravi Tanner, Kestrel Technical University - rtanner@ktu.example.ca
  Available on request for industry referees.
"""
    _write(folder, name, text)
    return label(
        name, "Astrid Bélanger-Osei", ["ASTRID BÉLANGER-OSEI"], ["astrid.bo@example.ca"], ["+19025550148"], [],
        [(e[2], e[4], e[5], e[6]) for e in edu], [(e[2], e[3], e[4], e[5]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs], [], 2,
        "Plain-text CV, capital name and headings underlined with dashes. Dates in a 14-character left column "
        "wrap over two rows: 'Nov. 2011 –' on the role line and 'May. 2012' on the next (bullet) line. "
        "'Role, Org' and 'Degree - Institution'; same university for both degrees (the internship overlaps "
        "the bachelor's). 'PUBLICATIONS AND PATENTS' holds two IEEE papers (the first wraps inside the quoted "
        "title, 'et al.' in the second) and a patent, which is not a paper; a talk is not a paper. The "
        "referee's e-mail is not hers.",
        layout="plain text, wrapped left date column")
