r"""04: US psychology professor, pdfLaTeX article, hand-made reverse-numbered lists ([38]..[1]), ‡ student marks."""

NAME = "04_us_psychology_professor_pdflatex_reverse_numbered"
W = r"\textbf{Wainwright, T.~K.}"

# (authors, year-or-status, title, venue) newest first; ‡ = graduate student or postdoc mentee
ARTICLES = [
    (f"Okoro-Baines, L.\\ddag, \\& {W}", "(in press)", "Sleep loss narrows the attentional window in adolescents",
     r"\emph{Journal of Experimental Psychology: General}"),
    (f"{W}, Haddad, R.\\ddag, \\& Lindmark, S.", "(2025)", "Prospective memory in the wild: An experience-sampling study",
     r"\emph{Psychological Science}, \emph{36}(2), 144--159"),
    (f"Ferraro, J., Nakashima, Y., {W}, et al.", "(2024)", "A many-labs test of the testing effect across 31 countries",
     r"\emph{Advances in Methods and Practices in Psychological Science}, \emph{7}(1), 1--24"),
    (f"Haddad, R.\\ddag, \\& {W}", "(2024)", "Interruptions and the resumption lag in older drivers",
     r"\emph{Psychology and Aging}, \emph{39}(5), 512--527"),
    (f"{W}", "(2023)", "Remembering to remember: A decade of prospective memory research",
     r"\emph{Annual Review of Psychology}, \emph{74}, 385--411"),
    (f"Benedetti, C.\\ddag, Ruiz-Tamayo, P.\\ddag, \\& {W}", "(2023)", "Retrieval practice with feedback in middle school science",
     r"\emph{Journal of Educational Psychology}, \emph{115}(4), 601--619"),
    (f"{W}, \\& Okoro-Baines, L.\\ddag", "(2022)", "Time-based intentions under cognitive load",
     r"\emph{Memory \& Cognition}, \emph{50}(6), 1201--1218"),
    (f"Lindmark, S., {W}, \\& Adjei, K.", "(2022)", "Pupillometry of intention retrieval",
     r"\emph{Psychophysiology}, \emph{59}(3), e13977"),
    (f"{W}, Benedetti, C.\\ddag, \\& Haddad, R.\\ddag", "(2021)", "The cost of monitoring: Ongoing-task slowing revisited",
     r"\emph{Journal of Memory and Language}, \emph{118}, 104218"),
    (f"Ruiz-Tamayo, P.\\ddag, \\& {W}", "(2021)", "Spacing schedules for vocabulary learning in bilingual children",
     r"\emph{Child Development}, \emph{92}(4), e611--e627"),
    (f"{W}", "(2020)", "Event-based cues and the salience trade-off",
     r"\emph{Cognition}, \emph{201}, 104301"),
    (f"Adjei, K., Marlowe, B., \\& {W}", "(2020)", "Implementation intentions and medication adherence in hypertension",
     r"\emph{Health Psychology}, \emph{39}(8), 690--701"),
    (f"{W}, \\& Lindmark, S.", "(2019)", "Delay and distinctiveness in intention memory",
     r"\emph{Journal of Experimental Psychology: Learning, Memory, and Cognition}, \emph{45}(9), 1577--1592"),
    (f"Chatterjee-Ross, M.\\ddag, \\& {W}", "(2019)", "Mind wandering while waiting to act",
     r"\emph{Consciousness and Cognition}, \emph{72}, 20--33"),
    (f"{W}, Chatterjee-Ross, M.\\ddag, \\& Marlowe, B.", "(2018)", "Age invariance of the intention-superiority effect",
     r"\emph{Psychology and Aging}, \emph{33}(2), 322--334"),
    (f"Vukovi\\'c, D., \\& {W}", "(2017)", "A diffusion model of the prospective memory cost",
     r"\emph{Psychonomic Bulletin \& Review}, \emph{24}(5), 1551--1560"),
    (f"{W}", "(2016)", "Why we forget to do things: A cue-competition account",
     r"\emph{Psychological Review}, \emph{123}(6), 709--733"),
    (f"{W}, \\& Vukovi\\'c, D.", "(2015)", "Intentions in the lab and in the kitchen",
     r"\emph{Applied Cognitive Psychology}, \emph{29}(3), 398--409"),
    (f"Marlowe, B., Adjei, K., {W}, \\& Thorsen, E.", "(2015)", "Smartphone reminders and older adults",
     r"\emph{Gerontology}, \emph{61}(5), 447--455"),
    (f"{W}", "(2014)", "Retrieval mode and the monitoring hypothesis",
     r"\emph{Journal of Memory and Language}, \emph{76}, 1--17"),
    (f"{W}, \\& Thorsen, E.", "(2013)", "Forgetting of intentions after task switching",
     r"\emph{Quarterly Journal of Experimental Psychology}, \emph{66}(8), 1540--1558"),
    (f"Thorsen, E., \\& {W}", "(2012)", "Cue focality in children",
     r"\emph{Journal of Experimental Child Psychology}, \emph{113}(2), 218--231"),
    (f"{W}", "(2011)", "Strategic monitoring in time-based tasks",
     r"\emph{Memory}, \emph{19}(7), 760--776"),
    (f"{W}, Gallardo, F., \\& Ishii, R.", "(2010)", "Emotional valence and intention retrieval",
     r"\emph{Emotion}, \emph{10}(4), 577--584"),
    (f"Gallardo, F., \\& {W}", "(2009)", "Working memory capacity and prospective remembering",
     r"\emph{Memory \& Cognition}, \emph{37}(5), 640--652"),
    (f"{W}, \\& Gallardo, F.", "(2008)", "The testing effect for intentions",
     r"\emph{Journal of Experimental Psychology: Learning, Memory, and Cognition}, \emph{34}(6), 1402--1410"),
    (f"{W}", "(2006)", "Encoding specificity in delayed intentions",
     r"\emph{Psychonomic Bulletin \& Review}, \emph{13}(4), 682--687"),
    (f"Ishii, R., {W}, \\& Gallardo, F.", "(2005)", "Cross-cultural norms for 400 action verbs",
     r"\emph{Behavior Research Methods}, \emph{37}(3), 490--497"),
]

CHAPTERS = [
    (f"{W}", "(in press)", "Prospective memory",
     r"In J.~Ashcroft \& H.~Mbeki-Ross (Eds.), \emph{The Oxford Handbook of Human Memory} (2nd ed.). Oxford University Press"),
    (f"{W}, \\& Haddad, R.\\ddag", "(2022)", "Remembering intentions across the lifespan",
     r"In P.~Lemoine (Ed.), \emph{Cognitive Aging: A Primer} (3rd ed., pp.~201--224). Routledge"),
    (f"{W}", "(2017)", "Prospective memory and everyday life",
     r"In K.~Doran \& L.~Oyelowo (Eds.), \emph{Handbook of Applied Memory} (pp.~88--110). Sage"),
    (f"Vukovi\\'c, D., \\& {W}", "(2013)", "Modelling the cost of remembering",
     r"In S.~Arkwright (Ed.), \emph{Computational Models of Memory} (pp.~145--170). MIT Press"),
]

UNDER_REVIEW = [
    (f"{W}, Okoro-Baines, L.\\ddag, Haddad, R.\\ddag, \\& Lindmark, S.", "",
     "Intention memory in long-haul pilots", r"Manuscript submitted for publication"),
    (f"Benedetti, C.\\ddag, \\& {W}", "", "Feedback timing and retrieval practice: A meta-analysis",
     r"Revise \& resubmit, \emph{Psychological Bulletin}"),
    (f"Nakashima, Y., \\& {W}", "(2024)", "Registered report: Cue salience and aging",
     r"PsyArXiv preprint. https://doi.org/10.31234/osf.io/x7k2q"),
]


def _items(rows, start, prefix=""):
    out = []
    n = start
    for who, yr, title, venue in rows:
        who = who.replace(r"\ddag", r"\ddag{}")
        sep = " " if yr else ""
        out.append(rf"\item[{{[{prefix}{n}]}}] {who}{sep}{yr}. {title}. {venue}.")
        n -= 1
    return "\n".join(out)


def tex() -> str:
    a = _items(ARTICLES, len(ARTICLES))
    c = _items(CHAPTERS, len(CHAPTERS), "C")
    u = _items(UNDER_REVIEW, len(UNDER_REVIEW), "R")
    return (PRE + r"""
\section*{Publications}
\small ($\ddagger$ = graduate student or postdoctoral mentee at the time of the work. Citations: Google Scholar, h-index 41.)\normalsize
\subsection*{Peer-Reviewed Journal Articles}
\begin{pubs}
""" + a + r"""
\end{pubs}
\subsection*{Book Chapters}
\begin{pubs}
""" + c + r"""
\end{pubs}
\subsection*{Manuscripts Under Review and Preprints}
\begin{pubs}
""" + u + r"""
\end{pubs}
""" + POST)


PRE = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=0.9in,headheight=13pt]{geometry}
\usepackage{fancyhdr,lastpage,enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\footnotesize\itshape Wainwright -- Vita}
\rhead{\footnotesize Page \thepage\ of \pageref*{LastPage}}
\lfoot{\footnotesize Revised 9/2024}
\renewcommand{\headrulewidth}{0pt}
\fancypagestyle{first}{\fancyhf{}\lfoot{\footnotesize Revised 9/2024}\rfoot{\footnotesize \thepage}}
\setlength{\parindent}{0pt}
\newlist{pubs}{description}{1}
\setlist[pubs]{leftmargin=3.2em,labelwidth=2.8em,labelsep=0.4em,font=\normalfont,itemsep=1.5pt,topsep=2pt}
\newcommand{\yr}[2]{\noindent\parbox[t]{1.1in}{#1}\parbox[t]{\dimexpr\linewidth-1.1in}{#2}\par\vspace{2pt}}
\begin{document}
\thispagestyle{first}
{\huge Theodora K. Wainwright, Ph.D.}\par\vspace{3pt}
\rule{\linewidth}{0.8pt}\par
\begin{tabular}{@{}p{0.55\linewidth}p{0.4\linewidth}@{}}
Department of Psychology & Phone: 512-555-0163\\
The University of Texas at Austin & Email: twainwright@utexas.example.edu\\
108 E. Dean Keeton St., Stop A8000 & Lab: \url{https://memorylab.utexas.example.edu}\\
Austin, TX 78712 & \\
\end{tabular}

\section*{Academic Positions}
\yr{2019--present}{Professor, Department of Psychology, The University of Texas at Austin}
\yr{2021--2024}{Associate Chair for Graduate Studies, Department of Psychology, The University of Texas at Austin}
\yr{2013--2019}{Associate Professor, Department of Psychology, The University of Texas at Austin}
\yr{2008--2013}{Assistant Professor, Department of Psychological Sciences, Purdue University}
\yr{2006--2008}{Postdoctoral Research Fellow, Department of Psychology, Washington University in St.~Louis}
\yr{Fall 2016}{Visiting Professor, Max Planck Institute for Human Development, Berlin}

\section*{Education}
\yr{2006}{Ph.D., Cognitive Psychology, University of Toronto}
\yr{2002}{M.A., Psychology, University of Toronto}
\yr{2000}{B.Sc. (Honours), Psychology, McGill University}

\section*{Research Interests}
Prospective memory; retrieval practice and learning; cognitive aging; attention and mind wandering; applied memory in health and aviation.

\section*{Honors and Awards}
\yr{2023}{Fellow, Association for Psychological Science}
\yr{2020}{Regents' Outstanding Teaching Award, The University of Texas System}
\yr{2014}{Early Career Award, Psychonomic Society}
\yr{2011}{APA Distinguished Scientific Award for Early Career Contribution (Cognition)}
\yr{2005}{Natural Sciences and Engineering Research Council (NSERC) Doctoral Fellowship}
"""

POST = r"""
\section*{Grant Support}
\emph{Active}\par
\yr{2022--2027}{NIH/NIA R01 AG071532, ``Intention memory and medication adherence in older adults.'' \$2,810,000 total costs. Role: PI}
\yr{2023--2026}{Institute of Education Sciences R305A230114, ``Retrieval practice in middle school science.'' \$1,399,000. Role: Co-I (PI: C.~Benedetti-Oakes)}
\emph{Completed}\par
\yr{2016--2021}{National Science Foundation BCS-1622418, ``Monitoring costs in prospective memory.'' \$498,000. Role: PI}
\yr{2010--2013}{Purdue Research Foundation Summer Faculty Grant, \$14,000. Role: PI}

\section*{Invited Addresses and Colloquia (selected)}
\yr{Nov.\ 2024}{Keynote address, Psychonomic Society Annual Meeting, New York, NY}
\yr{Jul.\ 2023}{Keynote, International Conference on Prospective Memory, Sydney, Australia}
\yr{Apr.\ 2022}{Colloquium, Department of Psychology, University of Michigan}
\yr{Mar.\ 2021}{Colloquium, Department of Psychology, Stanford University (virtual)}
\yr{Oct.\ 2019}{Invited talk, Max Planck Institute for Human Development, Berlin}

\section*{Teaching}
\emph{UT Austin:} PSY 301 Introduction to Psychology (Fall 2014--2018, 500 students); PSY 355 Cognition; PSY 394U Graduate Seminar in Memory; PSY 385L Research Methods (graduate).\par
\emph{Purdue:} PSY 200 Cognitive Psychology; PSY 600 Advanced Cognitive Psychology.

\section*{Mentoring}
\emph{Doctoral students (chair):} Lydia Okoro-Baines (Ph.D. 2025, expected; postdoc, Duke University); Rami Haddad (Ph.D. 2023; Assistant Professor, University of Georgia); Chiara Benedetti (Ph.D. 2022; Research Scientist, Duolingo); Pilar Ruiz-Tamayo (Ph.D. 2021; Assistant Professor, Universidad de los Andes); Maya Chatterjee-Ross (Ph.D. 2019; UX Researcher, Microsoft).\par
\emph{Postdoctoral fellows:} Yuki Nakashima (2022--2024).

\section*{Editorial Service}
\yr{2022--present}{Associate Editor, \emph{Journal of Experimental Psychology: Learning, Memory, and Cognition}}
\yr{2015--present}{Editorial board: \emph{Memory \& Cognition}; \emph{Psychology and Aging}}
\yr{}{Ad hoc reviewer for over 40 journals; NIH study section LCOM (standing member 2020--2024)}

\section*{University and Professional Service}
Associate Chair for Graduate Studies (2021--2024); Faculty Council (2019--2022); Psychonomic Society Governing Board (2021--2026); APS Program Committee (2018).

\section*{Professional Memberships}
Psychonomic Society (Fellow); Association for Psychological Science (Fellow); Cognitive Science Society; American Psychological Association.
\end{document}
"""
