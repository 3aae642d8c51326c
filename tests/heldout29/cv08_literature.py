r"""08: Canadian English-literature associate professor, LuaLaTeX article + fontspec + biblatex-mla by category."""

NAME = "08_ca_literature_assoc_prof_lualatex_mla"

BIB = r"""
@book{bk1, author={Ashworth-Kamau, Delphine}, title={Salt Water Sentences: The Caribbean Novel and the Archive of the Sea}, publisher={University of Toronto Press}, location={Toronto}, date={2020}, keywords={book}}
@book{bk2, author={Ashworth-Kamau, Delphine}, title={Tidal Forms: Poetics of the Black Atlantic Coast}, publisher={McGill-Queen's University Press}, location={Montreal}, date={2026}, addendum={Forthcoming}, keywords={book}}
@collection{ed1, editor={Ashworth-Kamau, Delphine and Lefroy, Marcus}, title={Oceanic Humanities: New Essays}, publisher={Routledge}, location={New York}, date={2023}, keywords={edited}}
@article{ar1, author={Ashworth-Kamau, Delphine}, title={Drowned Ledgers: Reading the Zong after Philip}, journaltitle={PMLA}, volume={139}, number={2}, date={2024}, pages={233--249}, keywords={article}}
@article{ar2, author={Ashworth-Kamau, Delphine}, title={Hurricane Time in Contemporary Caribbean Fiction}, journaltitle={Small Axe}, volume={26}, number={3}, date={2022}, pages={1--19}, keywords={article}}
@article{ar3, author={Ashworth-Kamau, Delphine and Baptiste, Renée}, title={Mangrove Poetics}, journaltitle={ARIEL: A Review of International English Literature}, volume={52}, number={1}, date={2021}, pages={45--70}, keywords={article}}
@article{ar4, author={Ashworth-Kamau, Delphine}, title={The Sea Is History, Again: Walcott's Late Prose}, journaltitle={Callaloo}, volume={42}, number={4}, date={2019}, pages={88--104}, keywords={article}}
@article{ar5, author={Ashworth-Kamau, Delphine}, title={Brathwaite's Tidalectics and the Digital Archive}, journaltitle={Journal of West Indian Literature}, volume={25}, number={2}, date={2017}, pages={12--31}, keywords={article}}
@article{ar6, author={Ashworth-Kamau, Delphine}, title={Shipwreck and Citizenship in Dionne Brand}, journaltitle={Canadian Literature}, number={229}, date={2016}, pages={60--77}, keywords={article}}
@article{ar7, author={Ashworth-Kamau, Delphine}, title={Reading Wet Paper: Archives and Humidity}, journaltitle={Modern Fiction Studies}, volume={60}, number={3}, date={2014}, pages={511--532}, keywords={article}}
@article{ar8, author={Lefroy, Marcus and Ashworth-Kamau, Delphine}, title={Coastal Reading Practices in the Undergraduate Classroom}, journaltitle={Pedagogy}, volume={24}, number={1}, date={2024}, addendum={In press}, keywords={article}}
@incollection{ch1, author={Ashworth-Kamau, Delphine}, title={The Caribbean Sea}, booktitle={The Cambridge Companion to Literature and the Ocean}, editor={Okafor, Ifeoma}, publisher={Cambridge University Press}, location={Cambridge}, date={2024}, pages={87--103}, keywords={chapter}}
@incollection{ch2, author={Ashworth-Kamau, Delphine}, title={Introduction: Oceanic Humanities}, booktitle={Oceanic Humanities: New Essays}, editor={Ashworth-Kamau, Delphine and Lefroy, Marcus}, publisher={Routledge}, location={New York}, date={2023}, pages={1--18}, keywords={chapter}}
@incollection{ch3, author={Ashworth-Kamau, Delphine}, title={Archipelagic Modernism}, booktitle={A History of Caribbean Literature}, editor={Douglas-Reyes, Hilary}, publisher={Oxford University Press}, location={Oxford}, date={2018}, pages={301--320}, keywords={chapter}}
@incollection{ch4, author={Ashworth-Kamau, Delphine}, title={Water}, booktitle={Keywords for Caribbean Studies}, editor={Marsh, Colleen and Ouellette, Bruno}, publisher={New York University Press}, location={New York}, date={2025}, addendum={Forthcoming}, keywords={chapter}}
@review{rv1, author={Ashworth-Kamau, Delphine}, title={Review of \emph{Coral Archives}, by Nadia Prentice-Okoro}, journaltitle={University of Toronto Quarterly}, volume={93}, number={3}, date={2024}, pages={402--404}, keywords={review}}
@review{rv2, author={Ashworth-Kamau, Delphine}, title={Review of \emph{The Swimming Island}, by Arturo Belmonte}, journaltitle={Canadian Literature}, number={251}, date={2022}, pages={170--172}, keywords={review}}
@review{rv3, author={Ashworth-Kamau, Delphine}, title={Review of \emph{Port Cities and Print}, by Joanne Lisle}, journaltitle={Victorian Studies}, volume={61}, number={2}, date={2019}, pages={330--332}, keywords={review}}
"""

TEX = r"""\documentclass[11pt,letterpaper]{article}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\usepackage[margin=1in,headheight=14pt]{geometry}
\usepackage{fancyhdr,lastpage,enumitem,titlesec}
\usepackage[american]{babel}
\usepackage{csquotes}
\usepackage[style=mla,backend=biber,sorting=ydnt]{biblatex}
\addbibresource{08_ca_literature_assoc_prof_lualatex_mla.bib}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\rhead{\small Ashworth-Kamau \thepage}
\lfoot{\scriptsize Curriculum vitae, January 2025}
\rfoot{\scriptsize page \thepage\ of \pageref{LastPage}}
\renewcommand{\headrulewidth}{0pt}
\titleformat{\section}{\normalsize\bfseries\uppercase}{}{0pt}{}
\titleformat{\subsection}{\normalsize\itshape}{}{0pt}{}
\titlespacing*{\section}{0pt}{2.2ex}{0.8ex}
\setlength{\parindent}{0pt}
\newcommand{\cvi}[2]{\hangindent=1.2in\hangafter=1\makebox[1.2in][l]{#1}#2\par\vspace{1pt}}
\begin{document}
{\Large DELPHINE ASHWORTH-KAMAU}\par
\vspace{2pt}
Associate Professor, Department of English, University of Toronto\\
Jackman Humanities Building, 170 St.\ George Street, Toronto, ON M5R 2M8, Canada\\
416-555-0139 \textbar\ delphine.ashworth@utoronto.example.ca \textbar\ \url{https://www.english.utoronto.example.ca/ashworth-kamau}

\section{Academic Employment}
\cvi{2019--present}{Associate Professor, Department of English, University of Toronto (cross-appointed to the Centre for Caribbean Studies, 2021--present)}
\cvi{2022--2024}{Associate Chair, Undergraduate, Department of English, University of Toronto}
\cvi{2013--2019}{Assistant Professor, Department of English, University of Toronto}
\cvi{2011--2013}{Mellon Postdoctoral Fellow in the Humanities, Department of English, Cornell University}
\cvi{2017--2018}{Visiting Fellow, Institute of Commonwealth Studies, School of Advanced Study, University of London (sabbatical year)}

\section{Education}
\cvi{Ph.D.}{English, Columbia University, 2011. Dissertation: ``Wet Archives: Water and Memory in Caribbean Writing.''}
\cvi{M.A.}{English, Columbia University, 2007}
\cvi{B.A.\ (Hons.)}{English and History, The University of the West Indies, Mona, 2005 (First Class)}

\section{Research and Teaching Fields}
Caribbean and Black Atlantic literatures; the blue humanities; archive theory; postcolonial poetics; Canadian diasporic writing.

\section{Awards, Honours and Fellowships}
\cvi{2023}{Outstanding Teaching Award, Faculty of Arts \& Science, University of Toronto}
\cvi{2021}{Gabrielle Roy Prize (English-language criticism), Association for Canadian and Qu\'ebec Literatures, for \emph{Salt Water Sentences}}
\cvi{2017--2018}{Jackman Humanities Institute Faculty Research Fellowship}
\cvi{2009--2010}{Mellon/ACLS Dissertation Completion Fellowship}

\section{Publications}
\nocite{*}
\printbibliography[keyword=book,heading=subbibliography,title={Monographs}]
\printbibliography[keyword=edited,heading=subbibliography,title={Edited Collection}]
\printbibliography[keyword=article,heading=subbibliography,title={Peer-Reviewed Articles}]
\printbibliography[keyword=chapter,heading=subbibliography,title={Book Chapters}]
\printbibliography[keyword=review,heading=subbibliography,title={Book Reviews}]
\subsection{Public Writing}
``Why We Should Read Hurricanes.'' \emph{The Walrus}, 14 Sept.\ 2022. --- ``The Ocean Remembers.'' \emph{Toronto Star}, 3 June 2021 (op-ed).

\section{Research Grants}
\cvi{2021--2026}{SSHRC Insight Grant, ``Tidal Forms: Coastal Poetics and the Black Atlantic,'' \$187,430 (Principal Investigator)}
\cvi{2014--2016}{SSHRC Insight Development Grant, ``Wet Archives,'' \$58,900 (PI)}
\cvi{2019}{Connaught New Researcher Award, University of Toronto, \$15,000 (research funding)}

\section{Invited Talks and Keynotes}
\cvi{Mar.\ 2024}{Keynote, ``Drowned Ledgers,'' Caribbean Studies Association, Kingston, Jamaica}
\cvi{Oct.\ 2023}{Invited lecture, Department of English, Yale University}
\cvi{June 2022}{Plenary, Association for the Study of Literature and Environment (ASLE), Portland, Oregon}
\cvi{Nov.\ 2019}{``Hurricane Time,'' Centre for Caribbean Thought, UWI Mona (virtual)}
\cvi{Apr.\ 2018}{Seminar, Institute of Commonwealth Studies, London}

\section{Teaching}
\emph{Undergraduate:} ENG 270 Caribbean Literature; ENG 358 Literature and the Sea; ENG 140 Literature for Our Time (lecture, 300 students).\par
\emph{Graduate:} ENG 6541 Archive Theory and Caribbean Writing; ENG 9200 Oceanic Humanities (Winter 2021, Fall 2023).

\section{Graduate Supervision}
\emph{Doctoral (supervisor):} Kemal Ostrowski-Bailey (Ph.D.\ 2023; Assistant Professor, Dalhousie University); Aaliyah Fontaine (Ph.D.\ 2021; Banting Postdoctoral Fellow, McGill University); four current students.\par
\emph{Committee member:} nine completed dissertations.

\section{Service}
\emph{Department:} Associate Chair, Undergraduate (2022--2024); Graduate Admissions (2016--2019). \emph{University:} Caribbean Studies Program Committee (2014--present). \emph{Profession:} Editorial board, \emph{Small Axe} (2020--present); Executive, Canadian Association for Commonwealth Literature and Language Studies (2018--2022); peer reviewer for SSHRC, PMLA, University of Toronto Press.

\section{Memberships}
Modern Language Association; Caribbean Studies Association; ACQL; ASLE.
\end{document}
"""
