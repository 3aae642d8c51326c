"""01 (KOMA scrlttr2 cover letter + article CV, joined by pdfunite) and 09 (CV + a separately titled
publication list, joined by pdfpages)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kit33 import FILES, E, J, P, pin_pdf, run, write_label, write_src

LETTER01 = r"""\documentclass[fontsize=10pt,paper=letter,fromalign=right,fromphone,fromemail,fromurl,
  parskip=half,enlargefirstpage]{scrlttr2}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[utf8]{inputenc}
\usepackage[top=0.7in,bottom=0.7in]{geometry}
\setkomavar{fromname}{Maren Oyelaran-Fisk, Ph.D.}
\setkomavar{fromaddress}{Department of Ecology, Evolution and Behavior\\University of Minnesota\\
1479 Gortner Avenue, Saint Paul, MN 55108}
\setkomavar{fromphone}{(612) 555-0147}
\setkomavar{fromemail}{maren.oyelaran-fisk@umn.example.edu}
\setkomavar{fromurl}{moyelaranfisk.example.org}
\setkomavar{date}{October 28, 2026}
\setkomavar{subject}{Application for Assistant Professor of Aquatic Ecology (Req.\ 2026-0413)}
\begin{document}
\begin{letter}{Professor Delphine Ashcombe\\Chair, Aquatic Ecology Search Committee\\
Department of Integrative Biology\\Michigan State University\\East Lansing, MI 48824}
\opening{Dear Professor Ashcombe and members of the Search Committee,}
I am writing to apply for the position of Assistant Professor of Aquatic Ecology advertised on
the ESA job board. I am currently a Postdoctoral Research Associate with Professor Tobias Renwick
at the University of Minnesota, where I study how the loss of winter ice reorganises food webs
and nutrient cycling in northern lakes.

My doctoral work at Oregon State University combined whole-lake stable-isotope experiments with
long-term monitoring data, and it led to first-author papers in \emph{Ecology Letters} and
\emph{Limnology and Oceanography}. At Minnesota I have built a winter sampling programme on
twelve lakes with the Minnesota DNR and I co-lead a Minnesota Sea Grant project on under-ice
primary production. At Michigan State I would establish a research group that links winter
limnology to fisheries management, and I would be delighted to collaborate with Dr.\ Rui Okafor
and the Kellogg Biological Station.

I have taught Freshwater Ecology and Biostatistics as a teaching assistant and co-taught a
graduate field course at Itasca Biological Station; my teaching statement describes how I use
open data from the Long-Term Ecological Research network in class.

Enclosed please find my curriculum vitae, research and teaching statements. Letters of reference
will be sent by Prof.\ Tobias Renwick (renwick@umn.example.edu), Dr.\ Hana Kellgren, U.S.
Geological Survey (hkellgren@usgs.example.gov) and Prof.\ Ibrahim Castellanos, University of
Wisconsin--Madison (castellanos@wisc.example.edu). Thank you for considering my application.
\closing{Sincerely,}
\end{letter}
\end{document}
"""

CV01 = r"""\documentclass[10.5pt,letterpaper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[utf8]{inputenc}
\usepackage[margin=0.9in]{geometry}\usepackage{enumitem}\usepackage{fancyhdr}\usepackage{lastpage}
\usepackage[hidelinks]{hyperref}\usepackage{titlesec}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyhead[R]{\small Oyelaran-Fisk -- CV}\fancyfoot[C]{\small \thepage\ of \pageref{LastPage}}
\titleformat{\section}{\large\bfseries\scshape}{}{0pt}{}[\titlerule]
\titlespacing*{\section}{0pt}{10pt}{4pt}
\setlist{nosep,leftmargin=1.2em}
\newcommand{\entry}[2]{\noindent\begin{tabular*}{\textwidth}{@{}p{0.78\textwidth}@{\extracolsep{\fill}}r@{}}#1&#2\end{tabular*}\par}
\begin{document}
\thispagestyle{empty}
\begin{center}
{\LARGE\bfseries Maren Oyelaran-Fisk}\\[3pt]
Curriculum Vitae\\[3pt]
Department of Ecology, Evolution and Behavior, University of Minnesota, Saint Paul, MN 55108\\
(612) 555-0147 \quad $\cdot$ \quad \href{mailto:maren.oyelaran-fisk@umn.example.edu}{maren.oyelaran-fisk@umn.example.edu}
\quad $\cdot$ \quad \url{https://moyelaranfisk.example.org}
\end{center}

\section{Research Interests}
Winter limnology; freshwater food webs; nutrient cycling; lake responses to ice loss; stable isotope ecology.

\section{Professional Appointments}
\entry{\textbf{Postdoctoral Research Associate}, University of Minnesota}{Aug 2024 -- present}
\hspace*{1em}Dept.\ of Ecology, Evolution and Behavior (PI: Prof.\ T.\ Renwick)\par
\entry{\textbf{Graduate Research Assistant}, Oregon State University}{Sep 2019 -- Jun 2024}
\entry{\textbf{Biological Science Technician} (seasonal), U.S. Geological Survey,\newline
Upper Midwest Environmental Sciences Center, La Crosse, WI}{May -- Aug 2018}

\section{Education}
\entry{\textbf{Ph.D., Integrative Biology}, Oregon State University, Corvallis, OR}{2019 -- 2024}
\hspace*{1em}Dissertation: \emph{Winter is not dormant: under-ice food webs of Cascade lakes}\par
\entry{\textbf{B.S., Biology} (summa cum laude), University of Vermont, Burlington, VT}{2015 -- 2019}

\section{Publications}
\small $^{*}$ equal contribution; \underline{underline} = student mentee\normalsize
\begin{enumerate}[label={[\arabic*]},leftmargin=2.2em]
\item \textbf{Oyelaran-Fisk, M.}, Renwick, T. and Pell, A.\ (2026) Ice-off timing rewires benthic--pelagic
coupling in boreal lakes. \emph{Global Change Biology} (in press).
\item \textbf{Oyelaran-Fisk, M.} and Havili, J.\ (2025) Winter is not a pause: under-ice grazing sustains
spring diatom blooms. \emph{Ecology Letters} 28: e14503.
\item \underline{Brandvold, S.}$^{*}$, \textbf{Oyelaran-Fisk, M.}$^{*}$ and Renwick, T.\ (2025) Snow cover
controls light and algal lipid quality beneath lake ice. \emph{Freshwater Biology} 70: 1121--1135.
\item \textbf{Oyelaran-Fisk, M.}, Havili, J., Quenneville, D. and Sato-Bright, K.\ (2023) Stable isotopes reveal
seasonal shifts in zooplankton resource use in mountain lakes. \emph{Limnology and Oceanography} 68: 2214--2229.
\item Quenneville, D., \textbf{Oyelaran-Fisk, M.} and Havili, J.\ (2022) A low-cost under-ice light logger
array. \emph{Limnology and Oceanography: Methods} 20: 455--466.
\item \textbf{Oyelaran-Fisk, M.}, Kellgren, H. and Renwick, T.\ Phosphorus release from sediments during
ice cover: a twelve-lake survey. \emph{Under review at Ecosystems}.
\end{enumerate}

\section{Grants}
\entry{Minnesota Sea Grant Program Development Grant (co-PI), \$24,000}{2025 -- 2026}
\entry{OSU Integrative Biology Research Grant, \$3,500}{2021}

\section{Honors and Awards}
\entry{NSF Graduate Research Fellowship}{2020 -- 2023}
\entry{Best Student Presentation, Society for Freshwater Science annual meeting}{2023}
\entry{Outstanding Graduate Teaching Assistant Award, Oregon State University}{2021}

\section{Teaching}
\entry{Co-instructor, Field Limnology (BIOL 5807), Itasca Biological Station}{Summer 2025}
\entry{Teaching Assistant, Freshwater Ecology; Biostatistics, Oregon State University}{2019 -- 2022}

\section{Service and Outreach}
Reviewer for \emph{Freshwater Biology}, \emph{Limnology and Oceanography}, \emph{Ecosphere}.
Volunteer, Minnesota Lake Ice Watch (2024--).

\section{Skills}
R (lme4, brms), Python, stable isotope mixing models (MixSIAR), under-ice sampling, SCUBA (AAUS).
\end{document}
"""


def _latex(tex: str, name: str, tmp: Path, engine: str = "pdflatex") -> Path:
    (tmp / f"{name}.tex").write_text(tex, encoding="utf-8")
    for _ in range(2):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", f"{name}.tex"], cwd=tmp)
    return tmp / f"{name}.pdf"


def build_01() -> None:
    out = FILES / "01_us_ecology_asstprof_packet_scrlttr2_pdfunite.pdf"
    write_src("01_cover_letter.tex", LETTER01)
    write_src("01_cv.tex", CV01)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        a = _latex(LETTER01, "letter", tmp)
        b = _latex(CV01, "cv", tmp)
        run(["pdfunite", str(a), str(b), str(tmp / "packet.pdf")])
        shutil.copy(tmp / "packet.pdf", out)
    pin_pdf(out)
    write_label(
        out.name,
        name="Maren Oyelaran-Fisk",
        name_any=["Maren Oyelaran-Fisk, Ph.D."],
        emails=["maren.oyelaran-fisk@umn.example.edu"],
        phones=["+16125550147"],
        links=["https://moyelaranfisk.example.org"],
        education=[E("Oregon State University", "phd", "2019", "2024"),
                   E("University of Vermont", "bachelor", "2015", "2019")],
        experience=[J("University of Minnesota", "Postdoctoral Research Associate", "2024-08", "present"),
                    J("Oregon State University", "Graduate Research Assistant", "2019-09", "2024-06"),
                    J("U.S. Geological Survey", "Biological Science Technician", "2018-05", "2018-08")],
        publications_count=6,
        first_author_count=5,
        publications_sample=[
            P("Ice-off timing rewires benthic-pelagic coupling in boreal lakes", "Global Change Biology", 2026,
              True, "in press"),
            P("Snow cover controls light and algal lipid quality beneath lake ice", "Freshwater Biology", 2025,
              True, "published"),
            P("A low-cost under-ice light logger array", "Limnology and Oceanography: Methods", 2022, False,
              "published"),
            P("Phosphorus release from sediments during ice cover: a twelve-lake survey", "Ecosystems", None,
              True, "under review"),
        ],
        research_interests_any=["Winter limnology", "freshwater food webs", "nutrient cycling"],
        awards_count=3,
        language="en",
        layout="Application packet: KOMA-Script scrlttr2 cover letter (page 1) + pdfLaTeX article CV (pages 2-3), "
               "joined by pdfunite",
        notes="Page 1 is a cover letter (scrlttr2: sender block right-aligned with the candidate's phone, e-mail and "
              "URL, the chair's address block, subject line, signature). The letter names the chair (Delphine "
              "Ashcombe), a future colleague and three referees with their e-mails: none of these is the candidate's. "
              "The CV starts on page 2 (title 'Curriculum Vitae' under the name), running header 'Oyelaran-Fisk -- "
              "CV' and 'n of 2' footer. Dates right-aligned in a tabular; 'May -- Aug 2018' = 2018-05..2018-08; the "
              "USGS line wraps ('Upper Midwest Environmental Sciences Center, La Crosse, WI' on its own line); the "
              "employer is labelled U.S. Geological Survey. The graduate research assistantship is a job. Degrees "
              "with year ranges. 6 papers: first author in 5 (the Freshwater Biology paper has '*' equal "
              "contribution with the first author, a student; the Methods paper is second author); 'in press' "
              "with year 2026; 'Under review at Ecosystems' has no year. Grants (Sea Grant, OSU) are not awards; "
              "awards: NSF GRFP (fellowship), best student presentation, TA award = 3. Teaching and service are not "
              "jobs.",
    )

CV09 = r"""\documentclass[11pt,letterpaper]{article}
\usepackage[T1]{fontenc}\usepackage[scaled]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[utf8]{inputenc}\usepackage[margin=1in]{geometry}\usepackage{enumitem}\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\setlength{\parindent}{0pt}\setlist{nosep}
\newcommand{\sect}[1]{\par\vspace{9pt}{\color[rgb]{0.1,0.25,0.45}\large\MakeUppercase{#1}}\par\vspace{-2pt}\rule{\textwidth}{0.4pt}\par\vspace{3pt}}
\newcommand{\row}[2]{\makebox[1.35in][l]{#1}\parbox[t]{5.1in}{#2}\par\vspace{3pt}}
\begin{document}
{\huge Tavish Okonkwo-Lindqvist}\par\vspace{4pt}
Research Associate, Department of Earth, Ocean and Atmospheric Sciences, The University of British Columbia\\
2207 Main Mall, Vancouver, BC V6T 1Z4, Canada \quad\textbullet\quad +1 604 555 0182\\
tokonkwo-lindqvist@eoas.example.ca \quad\textbullet\quad ORCID 0000-0002-1825-0097
\sect{Education}
\row{2016--2021}{\textbf{PhD}, Geography (glacial geomorphology), Simon Fraser University, Burnaby, BC.\\
Thesis: \emph{Paraglacial sediment cascades of the southern Coast Mountains}}
\row{2013--2015}{\textbf{MSc}, Physical Geography, Stockholm University, Sweden}
\row{2009--2013}{\textbf{BSc (Hons)}, Earth Sciences, University of Manitoba, Winnipeg}
\sect{Employment}
\row{2023--present}{\textbf{Research Associate}, The University of British Columbia, Vancouver}
\row{2021--2023}{\textbf{Postdoctoral Fellow}, Geological Survey of Canada, Natural Resources Canada, Sidney, BC}
\row{2015--2016}{\textbf{Field Assistant} (contract), Tarfala Research Station, Stockholm University}
\sect{Research interests}
Glacial geomorphology; paraglacial sediment transport; proglacial lakes and outburst floods; LiDAR change detection.
\sect{Selected publications}
(complete list attached as a separate document: \emph{List of Publications})\par\vspace{2pt}
\begin{itemize}[leftmargin=1.2em]
\item \textbf{Okonkwo-Lindqvist, T.}, Harcourt, B. and Villeneuve, E. 2025. Moraine-dammed lake drainage
 in the southern Coast Mountains, 1984--2023. \emph{Geomorphology} 468, 109512.
\item \textbf{Okonkwo-Lindqvist, T.} and Harcourt, B. 2022. Sediment yield from deglaciating basins:
 a LiDAR budget. \emph{Earth Surface Processes and Landforms} 47, 2019--2036.
\item Villeneuve, E., \textbf{Okonkwo-Lindqvist, T.} et al. 2024. A national inventory of glacial lakes in
 British Columbia. \emph{Canadian Journal of Earth Sciences} 61, 733--750.
\end{itemize}
\sect{Awards and fellowships}
\row{2019}{NSERC Alexander Graham Bell Canada Graduate Scholarship -- Doctoral (CGS D)}
\row{2020}{J. Ross Mackay Award for best student paper, Canadian Association of Geographers}
\sect{Research funding}
\row{2024--2026}{NSERC Discovery Launch Supplement (co-applicant with E. Villeneuve), \$12,500}
\sect{Field experience}
Six seasons of glacier and proglacial fieldwork (BC, Yukon, northern Sweden); helicopter safety; wilderness first aid.
\sect{Skills}
ArcGIS Pro, QGIS, CloudCompare, Agisoft Metashape, R, Python; Swedish (fluent), French (intermediate).
\sect{Referees}
Prof.\ Bronagh Harcourt, Simon Fraser University, bharcourt@sfu.example.ca\\
Dr.\ Étienne Villeneuve, Geological Survey of Canada, etienne.villeneuve@nrcan.example.ca
\end{document}
"""

PUBS09 = r"""\documentclass[11pt,letterpaper]{article}
\usepackage[T1]{fontenc}\usepackage{mathpazo}\usepackage[utf8]{inputenc}\usepackage[margin=1in]{geometry}
\usepackage{enumitem}\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\fancyhead[L]{\small T. Okonkwo-Lindqvist}\fancyhead[R]{\small List of Publications}
\fancyfoot[C]{\small\thepage}
\begin{document}
\begin{titlepage}
\vspace*{2.2in}
\begin{center}
{\Huge List of Publications}\\[18pt]
{\Large Tavish Okonkwo-Lindqvist, PhD}\\[10pt]
Department of Earth, Ocean and Atmospheric Sciences\\The University of British Columbia\\[28pt]
Prepared for the application to the position of Assistant Professor in Geomorphology\\
Department of Geography, University of Calgary\\[14pt]
November 2026
\end{center}
\end{titlepage}
\setcounter{page}{1}
\section*{Refereed journal articles}
\begin{enumerate}[label=J\arabic*.,leftmargin=2.4em,itemsep=3pt]
\item \textbf{Okonkwo-Lindqvist, T.}, Harcourt, B. and Villeneuve, E. 2025. Moraine-dammed lake drainage in the
southern Coast Mountains, 1984--2023. \emph{Geomorphology} 468, 109512.
\item Villeneuve, E., \textbf{Okonkwo-Lindqvist, T.}, Sandhu, P. and Moreau-Tait, L. 2024. A national inventory
of glacial lakes in British Columbia. \emph{Canadian Journal of Earth Sciences} 61, 733--750.
\item Sandhu, P., \textbf{Okonkwo-Lindqvist, T.} and Harcourt, B. 2023. Debris-flow initiation on recently
deglaciated slopes. \emph{Natural Hazards and Earth System Sciences} 23, 1811--1829.
\item \textbf{Okonkwo-Lindqvist, T.} and Harcourt, B. 2022. Sediment yield from deglaciating basins: a LiDAR
budget. \emph{Earth Surface Processes and Landforms} 47, 2019--2036.
\item \textbf{Okonkwo-Lindqvist, T.}, Harcourt, B. and Ostrander, G. 2020. Lateral moraine collapse rates
from repeat photogrammetry. \emph{Journal of Glaciology} 66, 907--921.
\item Harcourt, B., \textbf{Okonkwo-Lindqvist, T.} and Ng, W. 2019. Proglacial lake expansion in the Coast
Mountains since the Little Ice Age. \emph{The Cryosphere} 13, 2455--2471.
\item \textbf{Okonkwo-Lindqvist, T.} and Lindberg-Ouma, K. 2016. Suspended sediment pulses from Storglaciären
outburst events. \emph{Geografiska Annaler: Series A} 98, 301--317.
\end{enumerate}
\section*{Submitted manuscripts}
\begin{enumerate}[label=S\arabic*.,leftmargin=2.4em,itemsep=3pt]
\item \textbf{Okonkwo-Lindqvist, T.}, Moreau-Tait, L. and Villeneuve, E. Rapid infilling of new proglacial
lakes: evidence from sonar surveys. Submitted to \emph{Earth Surface Dynamics}, September 2026.
\item Moreau-Tait, L. and \textbf{Okonkwo-Lindqvist, T.} Glacial lake outburst flood hazard in the Yukon:
a screening model. In revision, \emph{Natural Hazards}.
\end{enumerate}
\section*{Government reports}
\begin{enumerate}[label=R\arabic*.,leftmargin=2.4em,itemsep=3pt]
\item Villeneuve, E. and \textbf{Okonkwo-Lindqvist, T.} 2022. Glacial lake inventory of the southern Coast
Mountains, British Columbia. Geological Survey of Canada, Open File 8921.
\end{enumerate}
\section*{Thesis}
\begin{enumerate}[label=T\arabic*.,leftmargin=2.4em,itemsep=3pt]
\item \textbf{Okonkwo-Lindqvist, T.} 2021. Paraglacial sediment cascades of the southern Coast Mountains.
PhD thesis, Simon Fraser University.
\end{enumerate}
\section*{Conference presentations (selected)}
Okonkwo-Lindqvist, T. 2025. Draining lakes, moving moraines. Invited talk, Canadian Geophysical Union annual
meeting, Banff. --- Okonkwo-Lindqvist, T. 2023. LiDAR budgets of young sediment. Poster, EGU General Assembly,
Vienna.
\end{document}
"""

JOIN09 = r"""\documentclass{article}
\usepackage{pdfpages}
\begin{document}
\includepdf[pages=-]{cv.pdf}
\includepdf[pages=-]{publications.pdf}
\end{document}
"""


def build_09() -> None:
    out = FILES / "09_ca_geomorphology_research_associate_cv_plus_publist_pdfpages.pdf"
    for n, t in (("09_cv.tex", CV09), ("09_publications.tex", PUBS09), ("09_join.tex", JOIN09)):
        write_src(n, t)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        _latex(CV09, "cv", tmp)
        _latex(PUBS09, "publications", tmp)
        shutil.copy(_latex(JOIN09, "join", tmp), out)
    pin_pdf(out)
    write_label(
        out.name,
        name="Tavish Okonkwo-Lindqvist",
        name_any=["Tavish Okonkwo-Lindqvist, PhD"],
        emails=["tokonkwo-lindqvist@eoas.example.ca"],
        phones=["+16045550182"],
        links=[],
        education=[E("Simon Fraser University", "phd", "2016", "2021"),
                   E("Stockholm University", "master", "2013", "2015"),
                   E("University of Manitoba", "bachelor", "2009", "2013")],
        experience=[J("The University of British Columbia", "Research Associate", "2023", "present"),
                    J("Geological Survey of Canada", "Postdoctoral Fellow", "2021", "2023"),
                    J("Tarfala Research Station, Stockholm University", "Field Assistant", "2015", "2016")],
        publications_count=11,
        first_author_count=6,
        publications_sample=[
            P("Moraine-dammed lake drainage in the southern Coast Mountains, 1984-2023", "Geomorphology", 2025,
              True, "published"),
            P("A national inventory of glacial lakes in British Columbia", "Canadian Journal of Earth Sciences",
              2024, False, "published"),
            P("Suspended sediment pulses from Storglaciären outburst events", "Geografiska Annaler: Series A", 2016,
              True, "published"),
            P("Rapid infilling of new proglacial lakes: evidence from sonar surveys", "Earth Surface Dynamics", None,
              True, "under review"),
            P("Glacial lake outburst flood hazard in the Yukon: a screening model", "Natural Hazards", None, False,
              "under review"),
        ],
        research_interests_any=["Glacial geomorphology", "paraglacial sediment transport",
                                "LiDAR change detection"],
        awards_count=2,
        language="en",
        layout="CV (pdfLaTeX, Helvetica, 2 pages) followed by a separate 'List of Publications' document with its "
               "own title page and running header (Palatino), both placed into one PDF by pdfLaTeX + pdfpages",
        notes="Two documents in one PDF: the CV (pages 1-2) lists 3 'Selected publications' and says the complete "
              "list is attached; pages 3-4 are the 'List of Publications' with a title page (name, affiliation, "
              "the post applied for at the University of Calgary, 'November 2026'), then J1-J7, S1-S2, R1, T1 and "
              "a prose paragraph of conference presentations (talks/posters, not counted). The 3 selected papers "
              "are the same as J1, J2, J4 and count once: 7 journal + 2 submitted + 1 GSC Open File report + "
              "1 PhD thesis = 11 (thesis counted, per heldout15). First author: J1, J4, J5, J7, S1, thesis T1 = 6 "
              "(the report R1 and S2 list him second). 'Submitted to …, September 2026' and 'In revision' = under "
              "review, no year. Dates are years only in a left column. The ORCID is a bare id (no link labelled). "
              "The post applied for and the referees (with e-mails) are not the candidate's data. NSERC CGS D "
              "(scholarship) and the J. Ross Mackay Award are awards (2); the NSERC Discovery supplement is funding. "
              "Tarfala: the employer is printed as 'Tarfala Research Station, Stockholm University'.",
    )
