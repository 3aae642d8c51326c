"""04: US chemistry full professor, pdfLaTeX article + biblatex-chem 'chem-acs', reverse-numbered list."""
from __future__ import annotations

from kit20 import latex

STEM = "04_us_chemistry_professor_pdflatex_biblatex_chem_acs_reverse"

# (key, authors, title, journal, year, volume, pages, extra-fields, keyword)
P = [
    ("i1", "Papadakis-Nwankwo, Theodora and Liang, Wenbo and Ostrowski, Kacper", "Cobalt-catalysed "
     "enantioselective hydroalkylation of 1,3-dienes with unactivated alkyl halides", "J. Am. Chem. Soc.", "2025",
     "147", "8812--8821", "", "ind"),
    ("i2", "Liang, Wenbo and Papadakis-Nwankwo, Theodora", "Ligand-to-metal charge transfer unlocks "
     "decarboxylative C--N coupling of aliphatic acids", "Nat. Chem.", "2024", "16", "1450--1458", "", "ind"),
    ("i3", "Ostrowski, Kacper and Baptiste-Moreau, Léa and Rhee, Dahyun and Papadakis-Nwankwo, Theodora",
     "Mechanistic interrogation of radical rebound in first-row metal catalysis", "ACS Catal.", "2023", "13",
     "11204--11215", "", "ind"),
    ("i4", "Rhee, Dahyun and Papadakis-Nwankwo, Theodora", "Photoredox/cobalt dual catalysis for "
     "remote desaturation", "Angew. Chem. Int. Ed.", "2022", "61", "e202208813", "", "ind"),
    ("i5", "Papadakis-Nwankwo, Theodora", "Earth-abundant metals for C--C bond formation: lessons from ten "
     "years of hydrofunctionalization", "Acc. Chem. Res.", "2021", "54", "3901--3914", "", "ind"),
    ("i6", "Baptiste-Moreau, Léa and Papadakis-Nwankwo, Theodora", "Regiodivergent hydroarylation of "
     "styrenes enabled by ligand design", "Org. Lett.", "2019", "21", "6654--6659", "", "ind"),
    ("i7", "Liang, Wenbo and Rhee, Dahyun and Papadakis-Nwankwo, Theodora", "Electrochemical "
     "cobalt-hydride generation for alkene isomerization", "J. Am. Chem. Soc.", "2026", "", "",
     "pubstate = {inpress},", "ind"),
    ("i8", "Ostrowski, Kacper and Papadakis-Nwankwo, Theodora", "Data-driven ligand selection for "
     "asymmetric hydroalkylation", "ChemRxiv", "2025", "", "", "pubstate = {submitted}, note = {ChemRxiv preprint, "
     "DOI: 10.26434/chemrxiv-2025-x8k2q},", "ind"),
    ("e1", "Papadakis-Nwankwo, Theodora and Fürstner, Alois", "Total synthesis of the marine macrolide "
     "iejimalide B", "J. Am. Chem. Soc.", "2013", "135", "4410--4413", "", "early"),
    ("e2", "Papadakis-Nwankwo, Theodora and Halverson, Mark J.", "Nickel-catalysed reductive coupling of "
     "aldehydes and alkynes", "J. Org. Chem.", "2010", "75", "7122--7130", "", "early"),
    ("e3", "Sørensen, Ida and Papadakis-Nwankwo, Theodora and Halverson, Mark J.", "Tandem "
     "hydrometalation/allylation sequences", "Chem. Sci.", "2011", "2", "1884--1890", "", "early"),
]


def bib() -> str:
    out = []
    for key, authors, title, journal, year, vol, pages, extra, kw in P:
        me = authors.split(" and ").index("Papadakis-Nwankwo, Theodora") + 1
        fields = [f"author = {{{authors}}}", f"title = {{{title}}}", f"journaltitle = {{{journal}}}",
                  f"year = {{{year}}}", f"keywords = {{{kw}}}"]
        fields.append(f"author+an = {{{me}=me" + ("" if kw == "early" else ",corr") + "}")
        if vol:
            fields.append(f"volume = {{{vol}}}")
        if pages:
            fields.append(f"pages = {{{pages}}}")
        out.append(f"@article{{{key},\n  " + ",\n  ".join(fields) + (",\n  " + extra if extra else "") + "\n}")
    return "\n".join(out) + "\n"


TEX = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[margin=0.9in]{geometry}
\usepackage{titlesec,enumitem,tabularx,xcolor}
\usepackage[style=chem-acs,articletitle=true,sorting=ydnt,maxbibnames=99,doi=false]{biblatex}
\addbibresource{pubs.bib}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\textbf{#1}\ifitemannotation{corr}{*}{}}{#1}}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamesuffix}[1]{#1}
\newcounter{revnum}
\defbibenvironment{rev}
  {\list{(\arabic{revnum})\global\addtocounter{revnum}{-1}}{\setlength{\labelwidth}{2.2em}\setlength{\leftmargin}{2.6em}\setlength{\itemsep}{2pt}}}
  {\endlist}{\item}
\titleformat{\section}{\large\bfseries\scshape}{}{0pt}{}[\vspace{-1ex}\rule{\linewidth}{0.6pt}]
\titleformat{\subsection}{\normalsize\bfseries\itshape}{}{0pt}{}
\titlespacing*{\section}{0pt}{10pt}{4pt}
\pagestyle{myheadings}\markright{T. Papadakis-Nwankwo --- Curriculum Vitae}
\setlength{\parindent}{0pt}
\begin{document}
\begin{center}
{\LARGE\bfseries Theodora Papadakis-Nwankwo}\\[3pt]
Professor of Chemistry $\cdot$ Department of Chemistry, University of Illinois Urbana-Champaign\\
600 South Mathews Avenue, Urbana, IL 61801 $\cdot$ (217) 555-0164 $\cdot$ tpn@illinois.example.edu\\
Group website: papadakisgroup.example.org
\end{center}
\section{Professional Appointments}
\begin{tabularx}{\linewidth}{@{}p{1.05in}X@{}}
2023--present & Professor, Department of Chemistry, University of Illinois Urbana-Champaign\\
2023--present & Affiliate Professor, Department of Materials Science and Engineering, University of Illinois Urbana-Champaign (0\% appointment)\\
2022 (Jan--Jul) & Visiting Professor (sabbatical), Laboratory of Organic Chemistry, ETH Z\"urich\\
2019--2023 & Associate Professor of Chemistry, University of Illinois Urbana-Champaign\\
2014--2019 & Assistant Professor of Chemistry, University of Illinois Urbana-Champaign\\
2011--2014 & Alexander von Humboldt Postdoctoral Fellow, Max-Planck-Institut f\"ur Kohlenforschung, M\"ulheim an der Ruhr (advisor: Prof.\ Alois F\"urstner)\\
\end{tabularx}
\section{Education}
\begin{tabularx}{\linewidth}{@{}p{1.05in}X@{}}
2006--2011 & Ph.D., Organic Chemistry, Massachusetts Institute of Technology (advisor: Prof.\ Mark J.\ Halverson)\\
2002--2006 & B.Sc.\ (First Class Honours), Chemistry, University of Edinburgh\\
\end{tabularx}
\section{Research Interests}
Base-metal catalysis; asymmetric hydrofunctionalization; radical mechanisms; electro- and photochemistry in synthesis.
\section{Honors and Awards}
\begin{tabularx}{\linewidth}{@{}p{1.05in}X@{}}
2024 & ACS Arthur C.\ Cope Scholar Award\\
2020 & Camille Dreyfus Teacher-Scholar Award\\
2017 & NSF CAREER Award (CHE-1752210)\\
2016 & Alfred P.\ Sloan Research Fellowship\\
2011 & Alexander von Humboldt Postdoctoral Fellowship\\
\end{tabularx}
\section{Publications}
\textbf{Bold} = Papadakis-Nwankwo; * = corresponding author. Total: 11 listed here of 58; $h$-index 31 (Google Scholar).
\subsection{Independent career (Illinois)}
\setcounter{revnum}{11}
\printbibliography[heading=none,keyword=ind,env=rev]
\subsection{Graduate and postdoctoral work}
\printbibliography[heading=none,keyword=early,env=rev]
\section{Patents}
\begin{enumerate}[label=P\arabic*.,leftmargin=2.6em]
\item Papadakis-Nwankwo, T.; Liang, W. Cobalt catalysts for asymmetric hydroalkylation. US Patent 11,845,210 B2, 2023.
\end{enumerate}
\section{Research Funding (active)}
NIH NIGMS R35 GM142871 (PI), ``Base-metal radical catalysis'', 2021--2026, \$1,900,000\\
NSF CHE-2247719 (PI), ``Electrochemical metal hydrides'', 2023--2026, \$540,000
\section{Selected Invited Lectures (of 64)}
2025 Gordon Research Conference on Organometallic Chemistry; 2024 Bürgenstock Conference; 2023 Merck Frontiers lecture
\section{Editorial and Professional Service}
Associate Editor, \emph{ACS Catalysis} (2022--present); Editorial Advisory Board, \emph{Organic Letters} (2019--2024)\\
Chair, Departmental Graduate Admissions Committee (2021--2023)
\section{Mentoring}
Ph.D.\ graduates: 9 (now at Genentech, Merck, Univ.\ of Toronto, \ldots); postdoctoral scholars: 7; current group: 11 Ph.D.\ students, 2 postdocs
\section{Teaching}
CHEM 332 Elementary Organic Chemistry II; CHEM 532 Physical Organic Chemistry (graduate)
\nocite{*}
\end{document}
"""


def build() -> str:
    return latex(STEM, TEX, bib()).name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Theodora Papadakis-Nwankwo",
    "name_any": [],
    "emails": ["tpn@illinois.example.edu"],
    "phones": ["+12175550164"],
    "links": ["papadakisgroup.example.org"],
    "education": [
        {"institution": "Massachusetts Institute of Technology", "degree_level": "phd", "start": "2006",
         "end": "2011"},
        {"institution": "University of Edinburgh", "degree_level": "bachelor", "start": "2002", "end": "2006"},
    ],
    "experience": [
        {"organization": "University of Illinois Urbana-Champaign", "title": "Professor", "start": "2023",
         "end": "present"},
        {"organization": "University of Illinois Urbana-Champaign", "title": "Affiliate Professor", "start": "2023",
         "end": "present"},
        {"organization": "ETH Zürich", "title": "Visiting Professor (sabbatical)", "start": "2022-01",
         "end": "2022-07"},
        {"organization": "University of Illinois Urbana-Champaign", "title": "Associate Professor of Chemistry",
         "start": "2019", "end": "2023"},
        {"organization": "University of Illinois Urbana-Champaign", "title": "Assistant Professor of Chemistry",
         "start": "2014", "end": "2019"},
        {"organization": "Max-Planck-Institut für Kohlenforschung",
         "title": "Alexander von Humboldt Postdoctoral Fellow", "start": "2011", "end": "2014"},
    ],
    "publications_count": 11,
    "first_author_count": 4,
    "publications_sample": [
        {"title": "Electrochemical cobalt-hydride generation for alkene isomerization", "venue": "J. Am. Chem. Soc.",
         "year": 2026, "first_author": False, "status": "in press"},
        {"title": "Data-driven ligand selection for asymmetric hydroalkylation", "venue": "ChemRxiv", "year": 2025,
         "first_author": False, "status": "preprint"},
        {"title": "Cobalt-catalysed enantioselective hydroalkylation of 1,3-dienes with unactivated alkyl halides",
         "venue": "J. Am. Chem. Soc.", "year": 2025, "first_author": True, "status": "published"},
        {"title": "Earth-abundant metals for C–C bond formation: lessons from ten years of hydrofunctionalization",
         "venue": "Acc. Chem. Res.", "year": 2021, "first_author": True, "status": "published"},
        {"title": "Tandem hydrometalation/allylation sequences", "venue": "Chem. Sci.", "year": 2011,
         "first_author": False, "status": "published"},
        {"title": "Nickel-catalysed reductive coupling of aldehydes and alkynes", "venue": "J. Org. Chem.",
         "year": 2010, "first_author": True, "status": "published"},
    ],
    "research_interests_any": ["Base-metal catalysis", "asymmetric hydrofunctionalization", "radical mechanisms"],
    "awards_count": 4,
    "language": "en",
    "layout": "US chemistry professor, pdfLaTeX article (Times) + biblatex-chem chem-acs, reverse-numbered (11)..(1)",
    "notes": "Centred name block, small-caps ruled headings (the text layer splits them: 'P ROFESSIONAL A "
             "PPOINTMENTS'), running header 'T. Papadakis-Nwankwo — Curriculum Vitae' with the page number. "
             "Appointments in a date/text table: a 0% affiliate appointment in MSE beside the professorship (a "
             "joint appointment: a job), '2022 (Jan–Jul)' sabbatical at ETH Zürich (2022-01..2022-07), three "
             "ranks at UIUC, a Humboldt postdoc line with the advisor in brackets. ACS references (biblatex-chem "
             "chem-acs, sorted newest first) under two sub-headings with one reverse numbering running across them "
             "(11)..(4) then (3)..(1); own name bold with '*' = corresponding author (not first authorship); "
             "'J. Am. Chem. Soc. 2026, in press.' (in press, 2026 printed); a ChemRxiv entry 'ChemRxiv 2025, "
             "ChemRxiv preprint, DOI ..., submitted.' (preprint, as in 03). A patent (P1) is not a paper. 11 "
             "papers, first author 4 (9, 5 sole, 3, 1). The NSF CAREER Award printed under 'Honors and Awards' is a "
             "grant (heldout15 convention), so awards: 4 (Cope Scholar, Dreyfus, Sloan, Humboldt fellowship). "
             "Funding, invited lectures, editorial roles and mentoring are not jobs or awards.",
}
