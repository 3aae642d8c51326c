"""Builders 05-06: AltaCV (two columns, APA via biblatex) and Jake's resume. All people are invented."""
from __future__ import annotations

from pathlib import Path

from cvs_a9 import bib_entry
from kit9 import SRC, label, write_src, xelatex


def altacv_research_scientist(files: Path) -> dict:
    """05: AltaCV two-column (sidebar), biblatex-apa6 publication list with sub-headings and pubstate."""
    fn = "05_climate_scientist_altacv_apa_sidebar.pdf"
    jobs = [("Senior Research Scientist", "Tidewater Climate Analytics", "Mar 2023 -- Ongoing", "Oslo, Norway",
             "2023-03", "present", ["Lead the downscaling team: diffusion models for 1~km precipitation",
                                    "Co-supervise two industrial PhD students"]),
            ("Research Scientist", "Tidewater Climate Analytics", "Jan 2021 -- Feb 2023", "Oslo, Norway",
             "2021-01", "2023-02", ["Built the seasonal drought forecast product used by 14 utilities"]),
            ("Postdoctoral Researcher", "Fjellheim Centre for Earth System Research", "Oct 2018 -- Dec 2020",
             "Bergen, Norway", "2018-10", "2020-12", ["Emulators of sea-ice models with graph networks"])]
    edu = [("Ph.D., Atmospheric Science", "Kelvingrove University", "Sep 2014 -- Jul 2018", "phd", "2014-09", "2018-07"),
           ("M.Sc., Applied Physics", "University of Accra Ridge", "Sep 2012 -- Jun 2014", "master", "2012-09", "2014-06"),
           ("B.Sc. (Hons), Physics, First Class", "University of Accra Ridge", "2008 -- 2012", "bachelor", "2008", "2012")]
    me = "Weatherby-Asante, Kalinda"
    # key, kind, authors, title, field, venue, year, extra, first, status, venue label
    pubs = [
        ("w1", "article", [me, "Rasmussen, Eirik", "Mensah, Kofi"],
         "Diffusion-based downscaling of convective precipitation over complex terrain",
         "journaltitle", "Geophysical Research Letters", "", {"pubstate": "inpress"}, True, "in press",
         "Geophysical Research Letters"),
        ("w2", "article", ["Rasmussen, Eirik", me],
         "Seasonal drought prediction for hydropower with probabilistic gradient boosting",
         "journaltitle", "Journal of Hydrometeorology", "2023", {"volume": "24", "pages": "1187--1203"}, False,
         "published", "Journal of Hydrometeorology"),
        ("w3", "article", [me, "Lindholm, Sigrid", "Halvorsen, Tor", "Mensah, Kofi"],
         "Graph neural network emulation of a sea-ice thermodynamics model",
         "journaltitle", "Journal of Advances in Modeling Earth Systems", "2021",
         {"volume": "13", "number": "6", "pages": "e2020MS002391"}, True, "published",
         "Journal of Advances in Modeling Earth Systems"),
        ("w4", "inproceedings", [me, "Rasmussen, Eirik"],
         "Physics-constrained losses for precipitation nowcasting", "booktitle",
         "NeurIPS Workshop on Tackling Climate Change with Machine Learning", "2022", {}, True, "published",
         "NeurIPS Workshop"),
        ("w5", "inproceedings", ["Okyere, Abena", me, "Lindholm, Sigrid"],
         "Benchmarking emulators for Arctic amplification studies", "booktitle",
         "EGU General Assembly 2020", "2020", {}, False, "published", "EGU General Assembly"),
        ("w6", "article", ["Lindholm, Sigrid", me],
         "Uncertainty-aware bias correction of regional climate projections", "journaltitle",
         "Climate Dynamics", "2025", {"addendum": "Manuscript under review"}, False, "under review", "Climate Dynamics"),
    ]
    bib = ""
    for key, kind, au, title, vf, venue, year, extra, *_ in pubs:
        f = {"author": " and ".join(au), "title": title, vf: venue, **extra}
        if year:
            f["date"] = year
        bib += bib_entry(key, kind, f)
    t = [r"""\documentclass[10pt,a4paper,withhyper]{altacv}
\geometry{left=1.25cm,right=1.25cm,top=1.5cm,bottom=1.5cm,columnsep=1.2cm}
\usepackage{paracol}
\setmainfont{Roboto Serif}
\setsansfont{Lato}
\renewcommand{\familydefault}{\sfdefault}
\definecolor{SlateGrey}{HTML}{2E2E2E}
\definecolor{LightGrey}{HTML}{666666}
\definecolor{DarkPastelRed}{HTML}{450808}
\definecolor{PastelRed}{HTML}{8F0D0D}
\definecolor{GoldenEarth}{HTML}{E7D192}
\colorlet{name}{black}
\colorlet{tagline}{PastelRed}
\colorlet{heading}{DarkPastelRed}
\colorlet{headingrule}{GoldenEarth}
\colorlet{subheading}{PastelRed}
\colorlet{accent}{PastelRed}
\colorlet{emphasis}{SlateGrey}
\colorlet{body}{LightGrey}
\renewcommand{\namefont}{\Huge\rmfamily\bfseries}
\renewcommand{\personalinfofont}{\footnotesize}
\renewcommand{\cvsectionfont}{\LARGE\rmfamily\bfseries}
\renewcommand{\cvsubsectionfont}{\large\bfseries}
\renewcommand{\cvItemMarker}{{\small\textbullet}}
\renewcommand{\cvRatingMarker}{\faCircle}
\input{pubs-authoryear.cfg}
\addbibresource{pubs.bib}
\begin{document}
\name{Kalinda Weatherby-Asante}
\tagline{Senior Research Scientist · Machine Learning for Weather and Climate}
\personalinfo{%
  \email{kalinda.wa@tidewater.example.no}
  \phone{+47 555 12 904}
  \location{Oslo, Norway}
  \homepage{kalinda.example.net}
  \github{kwasante}
  \orcid{0000-0003-5550-4127}
}
\makecvheader
\columnratio{0.64}
\begin{paracol}{2}
\cvsection{Experience}
"""]
    for i, (role, org, dates, loc, _s, _e, bullets) in enumerate(jobs):
        if i:
            t.append("\\divider\n")
        t.append(f"\\cvevent{{{role}}}{{{org}}}{{{dates}}}{{{loc}}}\n\\begin{{itemize}}\n")
        t.extend(f"\\item {b}\n" for b in bullets)
        t.append("\\end{itemize}\n")
    t.append("\\cvsection{Education}\n")
    for i, (deg, inst, dates, *_r) in enumerate(edu):
        if i:
            t.append("\\divider\n")
        t.append(f"\\cvevent{{{deg}}}{{{inst}}}{{{dates}}}{{}}\n")
    t.append(r"""\cvsection{Publications}
\mynames{Weatherby-Asante/Kalinda}
\nocite{*}
\printbibliography[heading=pubtype,title={\printinfo{\faFile*[regular]}{Journal Articles}},type=article]
\divider
\printbibliography[heading=pubtype,title={\printinfo{\faUsers}{Conference and Workshop Papers}},type=inproceedings]
\switchcolumn
\cvsection{Research Focus}
\cvtag{Statistical downscaling}
\cvtag{Seasonal forecasting}\\
\cvtag{Emulators of Earth-system models}
\cvtag{Uncertainty quantification}

\cvsection{Honours}
\cvachievement{\faTrophy}{AGU Outstanding Student Presentation}{Fall Meeting 2017}
\divider
\cvachievement{\faTrophy}{Marie Skłodowska-Curie Postdoctoral Fellowship}{2019 (declined)}
\divider
\cvachievement{\faTrophy}{Kelvingrove Faculty of Science PhD Scholarship}{2014--2018}

\cvsection{Tools}
\cvtag{Python}
\cvtag{PyTorch}
\cvtag{xarray}
\cvtag{Dask}\\
\cvtag{Fortran}
\cvtag{CDO/NCO}
\cvtag{Kubernetes}

\cvsection{Languages}
\cvskill{English}{5}
\divider
\cvskill{Twi}{5}
\divider
\cvskill{Norwegian}{3}

\cvsection{Service}
Reviewer for GRL, JAMES and Climate Dynamics; co-organiser of the Nordic Climate-ML Meetup (2022--).
\end{paracol}
\end{document}
""")
    d = write_src("05_altacv", {"main.tex": "".join(t), "pubs.bib": bib})
    xelatex(d, "main.tex", files / fn, biber=True, texinputs=[SRC / "altacv"],
            allow=("pdfx Error: CreationDate",))

    def A(au):
        return [a.split(", ")[0] + ", " + a.split(", ")[1][0] + "." for a in au]

    return label(
        fn, "Kalinda Weatherby-Asante", [], ["kalinda.wa@tidewater.example.no"], ["+4755512904"],
        ["kalinda.example.net", "github.com/kwasante", "orcid.org/0000-0003-5550-4127"],
        [(e[1], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[4], j[5]) for j in jobs],
        len(pubs), sum(p[8] for p in pubs),
        [(p[3], p[10], int(p[6]) if p[6] else None, p[8], p[9], A(p[2])) for p in pubs],
        ["statistical downscaling", "seasonal forecasting", "emulators of earth-system models",
         "uncertainty quantification"],
        3,
        "AltaCV (liantze, class file unmodified, sample.tex look): two columns via paracol, left 64% with "
        "Experience / Education / Publications, right column with 'Research Focus' tags (= research interests), "
        "'Honours' as \\cvachievement trophies (an MSCA fellowship marked '(declined)' still counts as an award), "
        "tags for tools, dotted language ratings, a Service paragraph. Header: name, red tagline, one line of "
        "fontawesome icons + e-mail, phone, location, homepage, GitHub, ORCID. \\cvevent: role in bold, "
        "organisation in red on the next line, then a line with a calendar icon + dates and a pin icon + "
        "location. Two roles at the same company (Senior Research Scientist / Research Scientist). Degrees "
        "'Ph.D., Atmospheric Science' with no location; bachelor's 'B.Sc. (Hons), Physics, First Class'. "
        "Publications by biblatex-apa6 via AltaCV's pubs-authoryear.cfg, sorted ydnt, own name bold with "
        "\\mynames, sub-headings with icons 'Journal Articles' / 'Conference and Workshop Papers'; APA "
        "sentence-cases book titles ('In Neurips workshop on tackling climate change ...' = NeurIPS Workshop). "
        "One paper '(in press)' in place of the year (status in press, no year); one with the addendum "
        "'Manuscript under review' (under review, 2025).",
        layout="AltaCV two-column + biblatex apa6")


def jake_undergrad(files: Path) -> dict:
    """06: Jake's resume (jakegut/resume), undergraduate with internships, projects and one workshop paper."""
    fn = "06_cs_undergrad_jake_resume_minor_gpa.pdf"
    head = r"""\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}
\usepackage{verbatim}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\usepackage[english]{babel}
\usepackage{tabularx}
\pagestyle{fancy}
\fancyhf{}
\fancyfoot{}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\footrulewidth}{0pt}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{\vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}}
\newcommand{\resumeSubSubheading}[2]{\item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \textit{\small#1} & \textit{\small #2} \\
    \end{tabular*}\vspace{-7pt}}
\newcommand{\resumeProjectHeading}[2]{\item
    \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}
      \small#1 & #2 \\
    \end{tabular*}\vspace{-7pt}}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
"""
    body = r"""\begin{document}
\begin{center}
    \textbf{\Huge \scshape Dario Fenwick-Oyelowo} \\ \vspace{1pt}
    \small 412-555-0196 $|$ \href{mailto:dfenwick@andrew.example.edu}{\underline{dfenwick@andrew.example.edu}} $|$
    \href{https://linkedin.com/in/dario-fo}{\underline{linkedin.com/in/dario-fo}} $|$
    \href{https://github.com/dariofo}{\underline{github.com/dariofo}}
\end{center}
\section{Education}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Allegheny Ridge University}{Pittsburgh, PA}
      {Bachelor of Science in Computer Science, Minor in Mathematics; GPA: 3.86/4.00}{Aug. 2022 -- May 2026 (expected)}
    \resumeItemListStart
      \resumeItem{Dean's List (all semesters); Coursework: Machine Learning, Distributed Systems, Compilers, Algorithms}
    \resumeItemListEnd
    \resumeSubheading
      {Shorecrest Community College}{Erie, PA}
      {Dual-enrollment coursework in Calculus and Linear Algebra}{Aug. 2020 -- May 2022}
  \resumeSubHeadingListEnd
\section{Experience}
  \resumeSubHeadingListStart
    \resumeSubheading
      {Software Engineering Intern}{May 2025 -- Aug. 2025}
      {Corvid Payments}{New York, NY}
      \resumeItemListStart
        \resumeItem{Built a Kafka consumer that deduplicates card authorizations, cutting duplicate alerts by 31\%}
        \resumeItem{Wrote property-based tests in Go for the settlement service}
      \resumeItemListEnd
    \resumeSubheading
      {Undergraduate Research Assistant}{Jan. 2024 -- Present}
      {Allegheny Ridge University, Robust Learning Lab}{Pittsburgh, PA}
      \resumeItemListStart
        \resumeItem{Studied label noise in crowd-sourced image data under Prof. Hanne Sorensen}
        \resumeItem{First-authored a workshop paper (see Publications)}
      \resumeItemListEnd
    \resumeSubheading
      {Teaching Assistant, 15-122 Principles of Imperative Computation}{Aug. 2023 -- Dec. 2024}
      {Allegheny Ridge University}{Pittsburgh, PA}
      \resumeItemListStart
        \resumeItem{Led weekly recitations for 25 students; held office hours}
      \resumeItemListEnd
    \resumeSubheading
      {Software Developer Intern}{Jun. 2023 -- Aug. 2023}
      {Lakeshore Analytics}{Cleveland, OH}
      \resumeItemListStart
        \resumeItem{Migrated reporting jobs from cron scripts to Airflow DAGs}
      \resumeItemListEnd
  \resumeSubHeadingListEnd
\section{Projects}
    \resumeSubHeadingListStart
      \resumeProjectHeading
          {\textbf{Raftlet} $|$ \emph{Go, gRPC, Docker}}{Sep. 2024 -- Dec. 2024}
          \resumeItemListStart
            \resumeItem{A Raft consensus implementation passing 200 Jepsen-style partition tests}
          \resumeItemListEnd
      \resumeProjectHeading
          {\textbf{NoiseLens} $|$ \emph{Python, PyTorch, Streamlit}}{Feb. 2024 -- Present}
          \resumeItemListStart
            \resumeItem{Open-source tool that flags likely mislabeled images; 340 GitHub stars}
          \resumeItemListEnd
    \resumeSubHeadingListEnd
\section{Publications}
    \resumeSubHeadingListStart
      \resumeProjectHeading
          {\textbf{Loss-trajectory signatures of mislabeled examples}}{Apr. 2025}
          \resumeItemListStart
            \resumeItem{\underline{D. Fenwick-Oyelowo}, P. Anand, H. Sorensen. \emph{ICLR 2025 Workshop on Data-centric ML}}
          \resumeItemListEnd
      \resumeProjectHeading
          {\textbf{Active relabeling under a fixed annotation budget}}{2025}
          \resumeItemListStart
            \resumeItem{P. Anand, \underline{D. Fenwick-Oyelowo}, H. Sorensen. Under review at \emph{AISTATS}}
          \resumeItemListEnd
    \resumeSubHeadingListEnd
\section{Technical Skills and Honors}
 \begin{itemize}[leftmargin=0.15in, label={}]
    \small{\item{
     \textbf{Languages}{: Python, Go, Java, C, SQL, OCaml} \\
     \textbf{Frameworks}{: PyTorch, gRPC, Flask, React} \\
     \textbf{Developer Tools}{: Git, Docker, Kafka, Airflow, Linux} \\
     \textbf{Honors}{: Goldwater Scholarship Honorable Mention (2025); ICPC North America Regional, 7th place (2024); Dean's List}
    }}
 \end{itemize}
\end{document}
"""
    d = write_src("06_jake_resume", {"main.tex": head + body})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "Dario Fenwick-Oyelowo", [], ["dfenwick@andrew.example.edu"], ["+14125550196"],
        ["linkedin.com/in/dario-fo", "github.com/dariofo"],
        [("Allegheny Ridge University", "bachelor", "2022-08", "2026-05")],
        [("Corvid Payments", "Software Engineering Intern", "2025-05", "2025-08"),
         ("Allegheny Ridge University, Robust Learning Lab", "Undergraduate Research Assistant", "2024-01", "present"),
         ("Allegheny Ridge University", "Teaching Assistant, 15-122 Principles of Imperative Computation",
          "2023-08", "2024-12"),
         ("Lakeshore Analytics", "Software Developer Intern", "2023-06", "2023-08")],
        2, 1,
        [("Loss-trajectory signatures of mislabeled examples", "ICLR Workshop", 2025, True, "published",
          ["D. Fenwick-Oyelowo", "P. Anand", "H. Sorensen"]),
         ("Active relabeling under a fixed annotation budget", "AISTATS", 2025, False, "under review",
          ["P. Anand", "D. Fenwick-Oyelowo", "H. Sorensen"])],
        [], 2,
        "Jake's resume (jakegut/resume, preamble as in the template, compiled with XeLaTeX): centred small-caps "
        "name, '|' contact line with underlined links; ruled small-caps headings. Education rows 'Org  City' / "
        "'Degree  dates': 'Bachelor of Science in Computer Science, Minor in Mathematics; GPA: 3.86/4.00' with "
        "'Aug. 2022 -- May 2026 (expected)'; a dual-enrollment community-college line is not a degree (not "
        "labelled). Experience rows in the template's order: bold ROLE at left with dates at the right, then "
        "italic organisation and city (role and organisation swap rows vs. education). A TA post with a course "
        "number in the title. Projects (Go/Python with a '|' tech list and dates) are not jobs. Two papers as "
        "project headings: bold title with the date right-aligned ('Apr. 2025' / '2025'), then one bullet with "
        "the authors (own name underlined) and the venue: 'ICLR 2025 Workshop on Data-centric ML' (= ICLR "
        "Workshop, 2025), 'Under review at AISTATS'. Awards only inside 'Technical Skills and Honors' as one 'Honors:' line with two dated honours "
        "plus 'Dean's List' (counted 2: the dated ones; Dean's List is repeated from education).",
        layout="Jake's resume")
