"""pdfLaTeX builders: 01 (simplecv class), 10 (tucv package), 12 (article + etaremune + fancyhdr)."""
from __future__ import annotations

from kit18 import edu, job, latex, pub, write_label

CV01 = r"""\documentclass[11pt,letterpaper,plain]{simplecv}
\usepackage[T1]{fontenc}
\usepackage{mathpazo}
\usepackage[margin=1in]{geometry}
\usepackage{hyperref}
\hypersetup{colorlinks=false,pdfborder={0 0 0},pdftitle={CV},pdfauthor={}}
\leftheader{Department of History\\Rutgers University--New Brunswick\\16 Seminary Place, Van Dyck Hall\\New Brunswick, NJ 08901}
\rightheader{Office: 732.555.0147\\\href{mailto:ifarrow@history.rutgers.example.edu}{ifarrow@history.rutgers.example.edu}\\\url{https://imogenfarrow.example.org}}
\title{Imogen Farrow-Adebayo}
\begin{document}
\maketitle

\section{Academic Appointments}
\begin{topic}
\item[2021--present] Assistant Professor, Department of History, Rutgers University--New Brunswick
\item[Sept. 2019 -- June 2021] Andrew W. Mellon Postdoctoral Fellow in the Humanities, Wolf Humanities Center, University of Pennsylvania
\end{topic}

\section{Education}
\begin{topic}
\item[2019] Ph.D., History, Yale University. Dissertation: ``Salt and Sovereignty: Free Ports and Contraband Credit in the Bourbon Caribbean, 1763--1808.'' Committee: Ellen Ashgrove-Meade (chair), Tomás Iriarte, Deborah Kwan-Whitfield
\item[2016] M.Phil., History, Yale University
\item[2012] B.A., History and Spanish, \emph{summa cum laude}, Oberlin College
\end{topic}

\section{Research and Teaching Fields}
Colonial Latin America; the Atlantic World; maritime history; history of capitalism; Spanish Caribbean

\section{Publications}
\subsection{Book}
\begin{thebibliography}{9}
\bibitem{b1} \emph{Salt and Sovereignty: Free Ports and the Making of the Bourbon Caribbean, 1763--1808}. Ithaca: Cornell University Press, forthcoming 2026.
\end{thebibliography}
\subsection{Peer-Reviewed Articles}
\begin{thebibliography}{9}
\bibitem{a1} ``Ledger Diplomacy: Merchant Credit and Spanish Consular Power in Kingston, 1790--1805.'' \emph{William and Mary Quarterly} 81, no.~2 (2024): 233--268.
\bibitem{a2} ``Contraband Saints: Devotional Objects in the Caribbean Smuggling Economy.'' \emph{Hispanic American Historical Review} 102, no.~4 (2022): 611--640.
\bibitem{a3} ``Mapping the Free-Port System: A Digital Gazetteer of Caribbean Entrep\^ots, 1766--1822'' (with Rafael Quintanilla-Ortiz). Under review at \emph{Journal of Social History}.
\end{thebibliography}
\subsection{Book Chapters}
\begin{thebibliography}{9}
\bibitem{c1} ``Widows at the Customs House: Women and Maritime Credit in Havana.'' In \emph{Maritime Women of the Atlantic World}, edited by Luc\'ia Berenguer and Tobias Wrenfield, 145--171. Liverpool: Liverpool University Press, 2023.
\bibitem{c2} ``Salt Pans and Sovereignty on the Araya Peninsula.'' In \emph{Commodities and Empire in the Early Modern Americas}, edited by Marguerite Ostrander. New York: Routledge, in press.
\end{thebibliography}
\subsection{Work in Progress}
\begin{thebibliography}{9}
\bibitem{w1} ``Bourbon Reform from Below: Petitions of Free Pardo Sailors, 1770--1795.'' Article manuscript in preparation.
\end{thebibliography}

\section{Digital Projects}
\emph{Entrep\^ot: A Gazetteer of Caribbean Free Ports} (2020--present), co-director with Rafael Quintanilla-Ortiz; open-access database of 1,400 port records.

\section{Fellowships, Grants and Honors}
\begin{topic}
\item[2024--25] American Council of Learned Societies (ACLS) Fellowship
\item[2023] James Alexander Robertson Prize, Conference on Latin American History, for ``Contraband Saints''
\item[2022] Rutgers Research Council Grant (\$4,500)
\item[2018--19] Mellon/ACLS Dissertation Completion Fellowship
\item[2016] John Carter Brown Library Short-Term Fellowship
\end{topic}

\section{Teaching Experience}
\subsection{Rutgers University}
Colonial Latin America (survey, 120 students); Pirates, Smugglers and Empire (seminar); Graduate Colloquium in Atlantic History
\subsection{Southern Connecticut State University}
Lecturer (part-time), Department of History, Spring 2018: Modern Latin America
\subsection{Yale University}
Teaching Fellow, 2015--2017: Colonial Latin America; The Atlantic World; Global Environmental History

\section{Invited Talks and Conference Papers}
\begin{topic}
\item[2025] ``Credit at Sea,'' Atlantic History Workshop, Harvard University
\item[2024] ``Consuls without Kings,'' American Historical Association Annual Meeting, San Francisco
\item[2023] ``Devotion and Contraband,'' Conference on Latin American History, Philadelphia
\end{topic}

\section{Service}
Undergraduate Honors Committee, Department of History (2022--present); Manuscript reviewer for \emph{The Americas}, \emph{Atlantic Studies}

\section{Languages}
Spanish (fluent), Portuguese (reading), French (reading), Latin (reading)

\section{References}
\begin{topic}
\item[] Ellen Ashgrove-Meade, Professor of History, Yale University, ellen.ashgrove-meade@yale.example.edu
\item[] Tom\'as Iriarte, Professor of History, Yale University, tomas.iriarte@yale.example.edu
\item[] Priya Olawale-Stern, Director, Wolf Humanities Center, University of Pennsylvania, polawale@upenn.example.edu
\end{topic}
\end{document}
"""

LABEL01 = {
    "file": "01_us_history_asstprof_simplecv.pdf",
    "name": "Imogen Farrow-Adebayo",
    "name_any": [],
    "emails": ["ifarrow@history.rutgers.example.edu"],
    "phones": ["+17325550147"],
    "links": ["https://imogenfarrow.example.org"],
    "education": [
        edu("Yale University", "phd", None, "2019"),
        edu("Yale University", "master", None, "2016"),
        edu("Oberlin College", "bachelor", None, "2012"),
    ],
    "experience": [
        job("Rutgers University–New Brunswick", "Assistant Professor", "2021", "present"),
        job("University of Pennsylvania", "Andrew W. Mellon Postdoctoral Fellow in the Humanities", "2019-09", "2021-06"),
        job("Southern Connecticut State University", "Lecturer (part-time)", "2018", "2018"),
        job("Yale University", "Teaching Fellow", "2015", "2017"),
    ],
    "publications_count": 7,
    "first_author_count": None,
    "publications_sample": [
        pub("Salt and Sovereignty: Free Ports and the Making of the Bourbon Caribbean, 1763–1808",
            "Cornell University Press", 2026, None, "in press"),
        pub("Ledger Diplomacy: Merchant Credit and Spanish Consular Power in Kingston, 1790–1805",
            "William and Mary Quarterly", 2024, None, "published"),
        pub("Contraband Saints: Devotional Objects in the Caribbean Smuggling Economy",
            "Hispanic American Historical Review", 2022, None, "published"),
        pub("Mapping the Free-Port System: A Digital Gazetteer of Caribbean Entrepôts, 1766–1822",
            "Journal of Social History", None, None, "under review"),
        pub("Widows at the Customs House: Women and Maritime Credit in Havana",
            "Maritime Women of the Atlantic World", 2023, None, "published"),
        pub("Salt Pans and Sovereignty on the Araya Peninsula",
            "Commodities and Empire in the Early Modern Americas", None, None, "in press"),
        pub("Bourbon Reform from Below: Petitions of Free Pardo Sailors, 1770–1795", None, None, None,
            "in preparation"),
    ],
    "research_interests_any": ["Colonial Latin America", "maritime history", "history of capitalism"],
    "awards_count": 4,
    "language": "en",
    "layout": "US history assistant professor, pdfLaTeX with the CTAN simplecv class (plain option, mathpazo)",
    "notes": "simplecv: department address in the left header, 'Office: 732.555.0147' (dots), e-mail and homepage in the right header, centred bold name under them. 'topic' lists with the dates as a left label: the long label 'Sept. 2019 -- June 2021' does not fit the label column and stands on its own line above the entry. Degrees with one year (end only); the M.Phil. at the same university as the Ph.D. is printed again. 'Research and Teaching Fields' = interests. Publications under the sub-headings Book / Peer-Reviewed Articles / Book Chapters / Work in Progress, each a thebibliography whose [1] restarts under every sub-heading; the candidate's name is never printed (sole-authored humanities entries, one '(with X)'), so first authorship is not scored. 'forthcoming 2026' = in press with year 2026; a chapter 'in press' without a year; 'Under review at Journal of Social History'; 'Article manuscript in preparation'. Chapter venues are the edited books. The monograph's venue is its press. 'Fellowships, Grants and Honors': 4 awards (ACLS Fellowship, Robertson Prize, dissertation fellowship, JCB short-term fellowship); the Research Council Grant is a grant. 'Teaching Experience' holds a paid part-time lectureship (Spring 2018 -> 2018-2018) and the Yale Teaching Fellow years (2015-2017): both are jobs; the Rutgers course list is not a separate job. Referees' e-mails are not the candidate's. The digital project is not a publication; talks are not publications.",
}


def build01() -> None:
    latex("01_simplecv.tex", CV01, LABEL01["file"])
    write_label(LABEL01)


CV10 = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[pagesetup]{tucv}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{soul}
\usepackage{hyperref}
\hypersetup{hidelinks}
\fancyfoot[R]{\footnotesize H. Osei-Brennan -- CV -- \thepage}
\begin{document}
\begin{center}
{\LARGE\bfseries \so{HALLVARD OSEI-BRENNAN}}\\[4pt]
Lamont-Doherty Earth Observatory of Columbia University $\cdot$ 61 Route 9W, Palisades, NY 10964\\
+1 (845) 555-0177 $\cdot$ \href{mailto:hosei@ldeo.columbia.example.edu}{hosei@ldeo.columbia.example.edu} $\cdot$ \url{https://hosei-paleo.example.org}
\end{center}

\resheading{Research Interests}
\vspace{2pt}
Paleoceanography; radiocarbon geochemistry; ocean ventilation and the deglacial carbon cycle; sea-ice proxies

\resheading{Appointments}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resentry{\textbf{Lamont-Doherty Earth Observatory (LDEO), Columbia University}\newline \textit{Postdoctoral Research Scientist (Lamont Postdoctoral Fellow)}}{Sept. 2021 -- present}
\end{itemize}

\resheading{Education}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resschool[Ph.D., Geosciences. Advisor: Prof. Marta A. Kowalczyk. Dissertation: \emph{Radiocarbon ventilation ages of the deglacial North Pacific}]{University of Arizona, Tucson}{Aug. 2016 -- May 2021}
\item[] \resschool[M.Sc., Earth Science (Marine Geology and Geophysics)]{University of Bergen, Norway}{2014 -- 2016}
\item[] \resschool[B.Sc. (Hons), Geology, First Class]{University College Dublin}{2010 -- 2014}
\end{itemize}

\resheading{Field and Sea-going Experience}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resentry{Shipboard scientist, R/V \emph{Marcus G. Langseth} cruise MGL2304, Gulf of Alaska (35 days)}{2023}
\item[] \resentry{Core description team, IODP Expedition 397T (onshore sampling party, Bremen)}{2022}
\item[] \resentry{\textbf{Geological Survey Ireland}\newline Field Assistant (paid summer post), Tellus mapping programme}{Summer 2013}
\end{itemize}

\resheading{Peer-Reviewed Publications}
\vspace{2pt}
{\small ($^\dagger$ student mentee)}
\begin{enumerate}\setlength{\itemsep}{1pt}
\item Osei-Brennan, H., Kowalczyk, M. A., \& Ferreira, L. (2023). Deglacial ventilation of the North Pacific from paired benthic--planktic radiocarbon. \emph{Paleoceanography and Paleoclimatology}, 38, e2023PA004612.
\item Tran, V.$^\dagger$, Haugland, S., Kowalczyk, M. A., \& Osei-Brennan, H. (2024). Foraminiferal Nd isotopes as a tracer of Pacific deep-water provenance. \emph{Geochemistry, Geophysics, Geosystems}, 25, e2024GC011230.
\item Kowalczyk, M. A., Osei-Brennan, H., \& Tran, V. (2022). Boron isotopes and deep-ocean carbon storage during Heinrich Stadial 1. \emph{Earth and Planetary Science Letters}, 584, 117503.
\item Osei-Brennan, H., \& Haugland, S. (2020). Holocene sea-ice variability in the Barents Sea from IP$_{25}$ biomarkers. \emph{Quaternary Science Reviews}, 241, 106418.
\end{enumerate}

\resheading{Manuscripts in Review and in Preparation}
\begin{enumerate}\setlength{\itemsep}{1pt}
\item Osei-Brennan, H., et al. (in review). Southern Ocean iron fertilization during Heinrich Stadial 1. \emph{Nature Geoscience}.
\item Osei-Brennan, H., Tran, V.$^\dagger$, \& Kowalczyk, M. A. (in prep.). A global compilation of deglacial benthic radiocarbon. For \emph{Scientific Data}.
\end{enumerate}

\resheading{Fellowships, Awards and Grants}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resentry{Lamont Postdoctoral Fellowship, Columbia University}{2021}
\item[] \resentry{NSF Graduate Research Fellowship}{2017 -- 2020}
\item[] \resentry{AGU Outstanding Student Presentation Award, Fall Meeting}{2019}
\item[] \resentry{GPSC Research and Project Grant, University of Arizona (\$1,000)}{2018}
\end{itemize}

\resheading{Invited Talks}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resentry{``Old water, new carbon,'' Geology Seminar, Woods Hole Oceanographic Institution}{Mar. 2024}
\item[] \resentry{``Radiocarbon clocks in the deep,'' Department of Earth Sciences, University of Oxford}{Nov. 2022}
\end{itemize}

\resheading{Teaching and Mentoring}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[] \resentry{Guest lecturer, EESC 3101 Paleoclimate, Columbia University}{2023}
\item[] \resentry{Mentor, Lamont Summer Intern Program (2 undergraduates)}{2022 -- 2024}
\end{itemize}

\resheading{Skills}
\vspace{2pt}
MC-ICP-MS and AMS sample preparation; foraminiferal picking and cleaning; Python (xarray, PyMC); R; ODV
\end{document}
"""

LABEL10 = {
    "file": "10_us_earth_sciences_postdoc_tucv.pdf",
    "name": "Hallvard Osei-Brennan",
    "name_any": ["HALLVARD OSEI-BRENNAN", "H A L L V A R D O S E I - B R E N N A N"],
    "emails": ["hosei@ldeo.columbia.example.edu"],
    "phones": ["+18455550177"],
    "links": ["https://hosei-paleo.example.org"],
    "education": [
        edu("University of Arizona", "phd", "2016-08", "2021-05"),
        edu("University of Bergen", "master", "2014", "2016"),
        edu("University College Dublin", "bachelor", "2010", "2014"),
    ],
    "experience": [
        job("Lamont-Doherty Earth Observatory (LDEO), Columbia University", "Postdoctoral Research Scientist",
            "2021-09", "present"),
        job("Geological Survey Ireland", "Field Assistant", "2013", "2013"),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        pub("Deglacial ventilation of the North Pacific from paired benthic–planktic radiocarbon",
            "Paleoceanography and Paleoclimatology", 2023, True, "published"),
        pub("Foraminiferal Nd isotopes as a tracer of Pacific deep-water provenance",
            "Geochemistry, Geophysics, Geosystems", 2024, False, "published"),
        pub("Boron isotopes and deep-ocean carbon storage during Heinrich Stadial 1",
            "Earth and Planetary Science Letters", 2022, False, "published"),
        pub("Holocene sea-ice variability in the Barents Sea from IP25 biomarkers", "Quaternary Science Reviews",
            2020, True, "published"),
        pub("Southern Ocean iron fertilization during Heinrich Stadial 1", "Nature Geoscience", None, True,
            "under review"),
        pub("A global compilation of deglacial benthic radiocarbon", "Scientific Data", None, True, "in preparation"),
    ],
    "research_interests_any": ["Paleoceanography", "radiocarbon geochemistry", "ocean ventilation"],
    "awards_count": 3,
    "language": "en",
    "layout": "US earth-sciences postdoc, pdfLaTeX with the CTAN tucv package (grey colour-box headings, a 0.75 in "
              "right date column), soul letter-spaced name, fancyhdr footer",
    "notes": "Name letter-spaced in capitals with soul's \\so (the text layer may show 'H A L L V A R D'). tucv puts "
             "dates in a 0.75-inch right column, so 'Aug. 2016 -- May 2021' and 'Sept. 2021 -- present' wrap over "
             "two or three rows beside 'School' / degree lines; the degree is on the line under the school (tucv "
             "\\resschool). M.Sc. = master, B.Sc. (Hons) = bachelor. Jobs: the LDEO post (title 'Postdoctoral "
             "Research Scientist (Lamont Postdoctoral Fellow)') and a paid summer post under 'Field and Sea-going "
             "Experience' (Summer 2013 -> 2013-2013); the cruise and IODP sampling party are not jobs. "
             "Publications in two headed lists whose numbering restarts: 4 peer-reviewed (AGU/APA, '†' = student "
             "mentee, not equal contribution), then 'Manuscripts in Review and in Preparation' with '(in review)' "
             "and '(in prep.)' in the year slot, 'et al.', 'For Scientific Data' (venue Scientific Data). "
             "First-authored: 4 of 6. 'Fellowships, Awards and Grants': 3 awards (Lamont Postdoctoral Fellowship, "
             "NSF GRFP, AGU OSPA); the GPSC grant is a grant. Talks are not publications; 'Teaching and "
             "Mentoring' holds no post.",
}


def build10() -> None:
    latex("10_tucv.tex", CV10, LABEL10["file"])
    write_label(LABEL10)


CV12 = r"""\documentclass[10.5pt]{article}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\usepackage[letterpaper,margin=0.9in,headheight=14pt]{geometry}
\usepackage{etaremune}
\usepackage{fancyhdr}
\usepackage[normalem]{ulem}
\usepackage{titlesec}
\usepackage{hyperref}
\hypersetup{hidelinks}
\pagestyle{fancy}\fancyhf{}
\lhead{\small A. Mbatha-Corrigan -- Curriculum Vitae (May 2025)}\rhead{\small \thepage}
\renewcommand{\headrulewidth}{0.3pt}
\titleformat{\section}{\normalsize\bfseries\scshape}{}{0pt}{}[\vspace{-4pt}\rule{\textwidth}{0.4pt}]
\titleformat{\subsection}{\normalsize\itshape}{}{0pt}{}
\titlespacing*{\section}{0pt}{10pt}{4pt}
\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\setlength{\parindent}{0pt}
\newcommand{\me}{\uline{Mbatha-Corrigan, A.}}
\begin{document}
\thispagestyle{empty}
{\Large\bfseries Anneliese Mbatha-Corrigan, Ph.D., P.Eng.}\hfill{\small Updated May 2025}\\[2pt]
Professor, Department of Civil Engineering, The University of British Columbia\\
6250 Applied Science Lane, Vancouver, BC V6T 1Z4, Canada\\
Tel. 604.555.0109 \quad Email: ambatha@civil.ubc.example.ca \quad Web: \url{https://mbatha-lab.example.ca}

\section{Research Interests}
Performance-based earthquake engineering; mass-timber and hybrid structures; hybrid simulation; seismic resilience and functional recovery of buildings

\section{Education}
\begin{tabular}{@{}p{1.05in}p{5.4in}@{}}
1998--2002 & Ph.D., Civil and Environmental Engineering (Structural Engineering, Mechanics and Materials), University of California, Berkeley\\
1996--1998 & M.A.Sc., Civil Engineering, University of Toronto\\
1992--1996 & B.Eng., Civil Engineering (Honours), McGill University\\
\end{tabular}

\section{Academic and Professional Appointments}
\begin{tabular}{@{}p{1.05in}p{5.4in}@{}}
2014--present & Professor, Department of Civil Engineering, University of British Columbia\\
2008--2014 & Associate Professor, Department of Civil Engineering, University of British Columbia\\
2003--2008 & Assistant Professor, Department of Civil Engineering, University of British Columbia\\
2002--2003 & Postdoctoral Researcher, Pacific Earthquake Engineering Research (PEER) Center, UC Berkeley\\
\end{tabular}

\subsection{Sabbatical and visiting positions}
Visiting Professor, Disaster Prevention Research Institute, Kyoto University, Jan.--June 2016

\section{Professional Registration}
Professional Engineer (P.Eng.), Engineers and Geoscientists British Columbia, since 2005

\section{Honours}
Fellow, Canadian Academy of Engineering (2021)\\
Casimir Gzowski Medal, Canadian Society for Civil Engineering (2019), for J5 below\\
Shah Family Innovation Prize, Earthquake Engineering Research Institute (2009)

\section{Research Funding (selected)}
NSERC Discovery Grant and Discovery Accelerator Supplement (2015--2020, \$345,000), PI\\
NSERC Alliance: ``Functional recovery of BC schools'' (2022--2026, \$1.2M), PI

\section{Publications}
{\small (reverse chronological; $^*$ supervised student; own name underlined)}
\subsection{Refereed Journal Papers}
\begin{etaremune}\setlength{\itemsep}{1pt}
\renewcommand{\labelenumi}{J\theenumi.}
\item Okeke, T.$^*$, \me\ (in press). Seismic fragility of tall timber buildings with CLT cores. \emph{Earthquake Engineering \& Structural Dynamics}.
\item Lindqvist, J.$^*$, Rao, S., \me\ (2024). Post-earthquake functional recovery of hospitals: a simulation framework. \emph{Earthquake Spectra}, 40(2), 1201--1225.
\item \me, Okeke, T.$^*$ (2023). Performance-based design of mass-timber lateral systems: a review. \emph{Journal of Structural Engineering}, 149(6), 03123002.
\item Chen, W.$^*$, \me\ (2021). Machine-learning surrogate models for nonlinear time-history analysis. \emph{Computers \& Structures}, 251, 106545.
\item \me\ (2019). Resilience metrics for school buildings in British Columbia. \emph{Natural Hazards Review}, 20(3), 04019005.
\item Haddad, R.$^*$, \me, Tanaka, K. (2017). Shake-table tests of a two-storey CLT rocking wall. \emph{Engineering Structures}, 148, 412--424.
\item \me, S\o rlie, H. (2012). Collapse simulation of non-ductile concrete frames with shear-axial failure. \emph{Journal of Structural Engineering}, 138(8), 1001--1012.
\item \me, S\o rlie, H. (2006). Hybrid simulation with substructuring delays: stability and compensation. \emph{Earthquake Engineering \& Structural Dynamics}, 35(9), 1101--1120.
\item \me\ (2003). Bond-slip of lap splices under reversed cyclic loading. \emph{ACI Structural Journal}, 100(4), 455--463.
\end{etaremune}
\subsection{Refereed Conference Papers}
\begin{etaremune}\setlength{\itemsep}{1pt}
\renewcommand{\labelenumi}{C\theenumi.}
\item Okeke, T.$^*$, \me\ (2024). Rocking CLT cores with replaceable fuses. \emph{Proc. 18th World Conference on Earthquake Engineering (18WCEE)}, Milan.
\item \me, et al. (2020). Functional recovery targets for school buildings. \emph{Proc. 17th World Conference on Earthquake Engineering (17WCEE)}, Sendai.
\item Chen, W.$^*$, \me\ (2018). Surrogate-assisted hybrid simulation. \emph{Proc. 11th U.S. National Conference on Earthquake Engineering}, Los Angeles.
\item \me\ (2010). Hybrid testing of a three-storey braced frame. \emph{Proc. 9th U.S. National and 10th Canadian Conference on Earthquake Engineering}, Toronto.
\end{etaremune}
\subsection{Submitted}
Lindqvist, J.$^*$, \me\ Community-scale recovery simulation for seismic retrofit prioritisation. Submitted to \emph{Structural Safety}, 2025.

\section{Supervision}
Completed: 9 Ph.D., 17 M.A.Sc./M.Eng.; current: 4 Ph.D., 3 M.A.Sc., 1 postdoctoral fellow.

\section{Service}
Associate Editor, \emph{Earthquake Spectra} (2019--2024); Chair, CSA O86 Seismic Task Group (2020--present); Board of Directors, Canadian Association for Earthquake Engineering (2016--2022)
\end{document}
"""

LABEL12 = {
    "file": "12_ca_civil_engineering_professor_etaremune.pdf",
    "name": "Anneliese Mbatha-Corrigan",
    "name_any": ["Anneliese Mbatha-Corrigan, Ph.D., P.Eng."],
    "emails": ["ambatha@civil.ubc.example.ca"],
    "phones": ["+16045550109"],
    "links": ["https://mbatha-lab.example.ca"],
    "education": [
        edu("University of California, Berkeley", "phd", "1998", "2002"),
        edu("University of Toronto", "master", "1996", "1998"),
        edu("McGill University", "bachelor", "1992", "1996"),
    ],
    "experience": [
        job("University of British Columbia", "Professor", "2014", "present"),
        job("University of British Columbia", "Associate Professor", "2008", "2014"),
        job("University of British Columbia", "Assistant Professor", "2003", "2008"),
        job("Pacific Earthquake Engineering Research (PEER) Center, UC Berkeley", "Postdoctoral Researcher", "2002",
            "2003"),
        job("Kyoto University", "Visiting Professor", "2016-01", "2016-06"),
    ],
    "publications_count": 14,
    "first_author_count": 7,
    "publications_sample": [
        pub("Seismic fragility of tall timber buildings with CLT cores", "Earthquake Engineering & Structural Dynamics",
            None, False, "in press"),
        pub("Post-earthquake functional recovery of hospitals: a simulation framework", "Earthquake Spectra", 2024,
            False, "published"),
        pub("Performance-based design of mass-timber lateral systems: a review", "Journal of Structural Engineering",
            2023, True, "published"),
        pub("Resilience metrics for school buildings in British Columbia", "Natural Hazards Review", 2019, True,
            "published"),
        pub("Bond-slip of lap splices under reversed cyclic loading", "ACI Structural Journal", 2003, True,
            "published"),
        pub("Functional recovery targets for school buildings",
            "Proc. 17th World Conference on Earthquake Engineering (17WCEE)", 2020, True, "published"),
        pub("Community-scale recovery simulation for seismic retrofit prioritisation", "Structural Safety", None,
            False, "under review"),
    ],
    "research_interests_any": ["Performance-based earthquake engineering", "mass-timber", "hybrid simulation"],
    "awards_count": 3,
    "language": "en",
    "layout": "Canadian civil-engineering full professor, pdfLaTeX article (Times via mathptmx) with etaremune reverse "
              "numbering (J9..J1, C4..C1), titlesec small-caps ruled headings, fancyhdr running header",
    "notes": "Name with post-nominals 'Ph.D., P.Eng.' and 'Updated May 2025' on the same line; 'Tel. 604.555.0109' "
             "with dots. The small-caps ruled headings come out letter-split in the text layer ('R ESEARCH "
             "I NTERESTS'). Education and appointments as a two-column tabular with years-only ranges. Three ranks at "
             "UBC = three jobs; a PEER postdoc; a sub-heading 'Sabbatical and visiting positions' with 'Jan.–June "
             "2016' (a job, 2016-01 to 2016-06). P.Eng. registration is not a degree or an award. 'Honours': 3 "
             "(CAE Fellowship, Gzowski Medal, EERI prize; the medal refers to 'J5 below' and is not a new paper). "
             "'Research Funding' = grants. Publications: reverse-numbered etaremune lists whose labels restart "
             "with a prefix under each sub-heading (J9..J1, C4..C1) plus one unnumbered 'Submitted' entry "
             "('Submitted to Structural Safety, 2025': under review, its 2025 is not a publication year); APA with "
             "the year in brackets after the authors, '(in press)' in the year slot; own name underlined; '*' = "
             "supervised student (not equal contribution). A full professor is often last author: first-authored "
             "7 of 14 (J7, J5, J3, J2, J1, C3, C1). Conference venues are the proceedings as printed.",
}


def build12() -> None:
    latex("12_etaremune.tex", CV12, LABEL12["file"])
    write_label(LABEL12)
