r"""01: US history full professor, pdfLaTeX article + enumitem + fancyhdr + lastpage (hand-made lists)."""

NAME = "01_us_history_professor_pdflatex_enumitem"

TEX = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage{mathpazo}
\usepackage[letterpaper,margin=1in,headheight=14pt]{geometry}
\usepackage{enumitem,fancyhdr,lastpage,titlesec}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\small Cornelia R. Haverkamp -- Curriculum Vitae}
\rhead{\small page \thepage\ of \pageref{LastPage}}
\cfoot{\footnotesize Updated March 2025}
\renewcommand{\headrulewidth}{0.3pt}
\titleformat{\section}{\large\scshape}{}{0pt}{}[\vspace{-0.6ex}\rule{\textwidth}{0.4pt}]
\titleformat{\subsection}{\normalsize\itshape}{}{0pt}{}
\titlespacing*{\section}{0pt}{2ex}{1ex}
\titlespacing*{\subsection}{0pt}{1.2ex}{0.4ex}
\setlength{\parindent}{0pt}
\newlist{pubs}{enumerate}{1}
\setlist[pubs]{label={\arabic*.},leftmargin=2.2em,itemsep=2pt,topsep=2pt}
\newlist{cvl}{description}{1}
\setlist[cvl]{leftmargin=7.5em,labelwidth=7em,labelsep=0.5em,font=\normalfont,itemsep=1pt,topsep=2pt}
\begin{document}
\thispagestyle{plain}
\begin{center}
{\LARGE CORNELIA R. HAVERKAMP}\\[4pt]
Department of History, University of Michigan\\
1029 Tisch Hall, 435 South State Street, Ann Arbor, MI 48109-1003\\
(734) 555-0142 \quad chaverkamp@umich.example.edu \quad \url{https://lsa.umich.example.edu/history/haverkamp}
\end{center}

\section{Academic Appointments}
\begin{cvl}
\item[2016--present] Professor of History, University of Michigan
\item[2019--2022] Chair, Department of History, University of Michigan
\item[2010--2016] Associate Professor of History, University of Michigan
\item[Spring 2014] Visiting Professor (directeur d'\'etudes invit\'e), \'Ecole des hautes \'etudes en sciences sociales, Paris
\item[2003--2010] Assistant Professor of History, Rutgers University, New Brunswick
\end{cvl}

\section{Education}
\begin{cvl}
\item[2003] Ph.D., History, Yale University. Dissertation: ``Salt, Credit, and Kin: Merchant Households of the Lower Elbe, 1680--1760''
\item[2000] M.Phil., History, Yale University
\item[1995] B.A., History and German, \emph{summa cum laude}, Oberlin College
\end{cvl}

\section{Fellowships and Honors}
\begin{cvl}
\item[2021--2022] John Simon Guggenheim Memorial Foundation Fellowship
\item[2018] Herbert Baxter Adams Prize, American Historical Association, for \emph{The Ledger and the Hearth}
\item[2017] National Endowment for the Humanities Fellowship (declined in part; held Jan.--June 2017)
\item[2012--2013] American Council of Learned Societies (ACLS) Fellowship
\item[2011] Class of 1923 Memorial Teaching Award, College of LSA, University of Michigan
\item[2001--2002] Fulbright Graduate Fellowship, Universit\"at Hamburg
\end{cvl}

\section{Publications}
\subsection{Books}
\begin{pubs}
\item \emph{Brackish Empires: The North Sea Salt Trade and the Making of Early Modern Credit} (New Haven: Yale University Press, under contract; manuscript to be submitted 2026).
\item \emph{The Ledger and the Hearth: Merchant Households in Hamburg and Altona, 1680--1760} (Cambridge: Cambridge University Press, 2016). Paperback 2018. German translation: \emph{Hauptbuch und Herd} (G\"ottingen: Wallstein, 2020).
\item \emph{Widows in Trade: Women, Credit, and Law in the Hanseatic Cities} (Ithaca: Cornell University Press, 2009).
\end{pubs}

\subsection{Edited volumes and special issues}
\begin{pubs}
\item (with Tobias Ehrenkranz) \emph{Paper Fortunes: Credit Instruments in Northern Europe, 1550--1800} (Leiden: Brill, 2022).
\item Guest editor, ``Households and Markets,'' special issue of \emph{Journal of Family History} 44, no.~3 (2019).
\end{pubs}

\subsection{Refereed articles}
\begin{pubs}
\item ``Brine Accounts: Measuring Salt in the Account Books of L\"uneburg Factors,'' \emph{Past \& Present} (forthcoming, 2025).
\item ``Credit Without Courts? Arbitration among Altona Merchants, 1712--1740,'' \emph{Journal of Modern History} 95, no.~2 (2023): 301--338.
\item (with Ines Varga-Holm) ``Counting Widows: A Database of Female Traders in Hamburg Tax Rolls,'' \emph{Historical Methods} 54, no.~4 (2021): 211--229.
\item ``The Marriage Contract as Business Plan,'' \emph{Gender \& History} 31, no.~1 (2019): 44--67.
\item ``Kinship and Commission: Sephardic and Lutheran Partnerships in Altona,'' \emph{Jewish Social Studies} 22, no.~3 (2017): 88--119.
\item ``Accounting for Loss: Shipwreck, Insurance, and Household Memory,'' \emph{Journal of Social History} 48, no.~2 (2014): 265--290.
\item ``The Moral Economy of Small Debts in Eighteenth-Century Hamburg,'' \emph{Central European History} 45, no.~1 (2012): 1--29.
\item ``Servants' Wages and Merchants' Books,'' \emph{German History} 28, no.~4 (2010): 455--478.
\item ``Widowhood and the Guardianship of Trade in L\"ubeck,'' \emph{Sixteenth Century Journal} 38, no.~2 (2007): 377--402.
\item ``A Hanseatic Bankruptcy Revisited,'' \emph{Business History Review} 80, no.~3 (2006): 519--540.
\item ``Letters of Credit and Letters of Love,'' \emph{Journal of Women's History} 16, no.~1 (2004): 9--31.
\end{pubs}

\subsection{Book chapters}
\begin{pubs}
\item ``Salt and Sovereignty,'' in: Aleksander Wierzbowski and Hanna Leclercq (eds.), \emph{The Cambridge History of the Baltic World}, vol.~2 (Cambridge: Cambridge University Press, in press).
\item ``Household Accounts,'' in: Marta Quintanilla (ed.), \emph{Early Modern Things: Objects and Their Histories}, 2nd ed. (London: Routledge, 2023), pp.~141--158.
\item ``Merchant Widows,'' in: Lorna Feathergill (ed.), \emph{The Oxford Handbook of Women and the Economy in Early Modern Europe} (Oxford: Oxford University Press, 2021), pp.~412--433.
\item ``The Archive of the Counting House,'' in: Tobias Ehrenkranz and Cornelia R. Haverkamp (eds.), \emph{Paper Fortunes} (Leiden: Brill, 2022), pp.~1--24.
\item ``Altona's Free Port,'' in: Per-Olof Lindqvist (ed.), \emph{Free Ports and Neutral Flags, 1650--1815} (Stockholm: Nordic Academic Press, 2015), pp.~77--96.
\item ``Women and Credit in the Hanseatic Cities,'' in: Julia Abernethy and Ruth Oyelaran (eds.), \emph{Gender and Commerce in the Atlantic World} (Basingstoke: Palgrave Macmillan, 2011), pp.~55--79.
\item ``Notaries and Their Clients,'' in: Gerrit Voskuilen (ed.), \emph{Paper Trails: Notarial Records in Early Modern Europe} (Farnham: Ashgate, 2008), pp.~203--221.
\end{pubs}

\subsection{Encyclopedia entries}
\begin{pubs}
\item ``Hamburg,'' in \emph{Encyclopedia of Early Modern History Online} (Leiden: Brill, 2020).
\item ``Hanseatic League,'' in \emph{The Oxford Encyclopedia of Economic History}, 2nd ed. (Oxford University Press, 2019).
\item ``Widows,'' in \emph{Encyclopedia of Women in the Renaissance} (Santa Barbara: ABC-CLIO, 2007).
\end{pubs}

\subsection{Selected book reviews}
\begin{pubs}
\item Review of Henrike Baumgarth, \emph{Sugar and Schnapps}, \emph{American Historical Review} 129, no.~1 (2024): 402--403.
\item Review of Pieter van Strijen, \emph{The Dutch Ledger}, \emph{Journal of Economic History} 82, no.~2 (2022): 611--613.
\item Review of Anke Wollschl\"ager, \emph{Kredit und Ehre}, \emph{German History} 37, no.~3 (2019): 420--421.
\item Review of Samuel Oyinlola, \emph{Cargoes of Trust}, \emph{Renaissance Quarterly} 70, no.~4 (2017): 1512--1514.
\item Review of Margit Sch\"onfeld, \emph{Hanse und Haushalt}, \emph{Central European History} 47, no.~2 (2014): 430--432.
\item Review of Daniel Croft-Amadi, \emph{Insuring the Sea}, \emph{Business History Review} 85, no.~1 (2011): 198--200.
\end{pubs}

\subsection{Work in progress}
\begin{pubs}
\item ``The Salt Tax Farmers of L\"uneburg, 1690--1720'' (article in draft).
\item (with Rafael Montoya-Sena) ``Cod, Salt, and Bills of Exchange between Bergen and C\'adiz'' (data paper in preparation).
\end{pubs}

\section{Grants}
\begin{cvl}
\item[2018--2021] National Endowment for the Humanities, Collaborative Research Grant, ``Women Traders of the Elbe: A Database,'' \$249,500 (Principal Investigator; co-PI Ines Varga-Holm)
\item[2015--2016] Michigan Humanities Collaboratory, ``Ledgers Online,'' \$60,000 (PI)
\item[2012] German Academic Exchange Service (DAAD) Faculty Research Visit Grant, summer stipend of \$6,500 (PI)
\item[2006--2007] Rutgers Research Council Grant, \$4,200 (PI)
\end{cvl}

\section{Invited Lectures and Keynotes (selected)}
\begin{cvl}
\item[Oct. 2024] Keynote, ``Salt and Credit,'' German Historical Institute, Washington, DC
\item[May 2023] ``Brine Accounts,'' Economic History Seminar, University of Oxford
\item[Nov. 2022] Annual Lecture, Forschungsstelle f\"ur Zeitgeschichte, Hamburg
\item[Mar. 2021] ``Widows and Ledgers,'' Harvard University, Center for European Studies (online)
\item[Apr. 2019] Keynote, Conference on Women in Early Modern Commerce, Universiteit Leiden
\item[Feb. 2018] ``The Ledger and the Hearth,'' Newberry Library, Chicago
\item[Jun. 2014] S\'eminaire, EHESS, Paris (four lectures as directeur d'\'etudes invit\'e)
\item[Oct. 2012] ``Small Debts,'' University of Toronto, Department of History
\end{cvl}

\section{Teaching}
\emph{University of Michigan}: HISTORY 110 Medieval, Renaissance, and Reformation Europe (lecture, 250 students); HISTORY 319 Europe since 1648; HISTORY 396 Money and Morals in Early Modern Europe (seminar); HISTORY 615 Graduate Proseminar in Early Modern History; HISTORY 698 Archival Methods (Winter 2017, 2020, 2023).\\[3pt]
\emph{Rutgers University}: 01:510:102 Development of Europe II; 01:510:390 Women and Work before Industrialization; 16:510:540 Colloquium in Early Modern Europe.

\section{Doctoral Students Supervised (chair)}
\begin{cvl}
\item[2024] Amara Quiroz-Bell, ``Paper Money in Danish Altona'' -- Assistant Professor, University of Vermont
\item[2021] Henrik Saltveit, ``Fishermen's Credit in Bergen'' -- Postdoctoral Fellow, Universitetet i Oslo
\item[2019] Delphine Okonkwo-Reyes, ``Convent Economies in Westphalia'' -- Assistant Professor, Saint Louis University
\item[2016] Marcus Trevenen, ``Customs and Contraband on the Elbe'' -- Historian, U.S. Department of State
\item[in progress] Lior Abramsky (ABD, exp. 2026); Tessa Nguyen-Vogel (ABD, exp. 2027)
\end{cvl}

\section{Editorial Boards}
\begin{cvl}
\item[2020--present] Editorial Board, \emph{Journal of Modern History}
\item[2017--2023] Associate Editor, \emph{Gender \& History}
\item[2014--present] Series co-editor, ``Studies in Early Modern Commerce,'' Brill
\end{cvl}

\section{Service}
\emph{Department and University}: Chair, Department of History (2019--2022); Director of Graduate Studies (2014--2017); LSA Executive Committee (2023--2025); Rackham Graduate School Fellowship Committee (2012--2015).\\[3pt]
\emph{Profession}: AHA Herbert Baxter Adams Prize Committee (2020--2022, chair 2022); Program Committee, Sixteenth Century Society (2015); external reviewer for tenure cases at eleven universities; referee for Past \& Present, JMH, Business History Review, Cambridge, Oxford, Yale and Cornell University Presses.

\section{Professional Memberships}
American Historical Association; German Studies Association; Economic History Association; Sixteenth Century Society and Conference; Verein f\"ur Hansische Geschichte.

\section{Languages}
German (fluent), French (reading and speaking), Dutch, Danish and Latin (reading).
\end{document}
"""
