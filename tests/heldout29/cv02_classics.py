r"""02: UK classics professor, pdfLaTeX + biblatex-oxref (oxnum) bibliography by category, biber."""

NAME = "02_uk_classics_professor_biblatex_oxref"

BIB = r"""
@book{b1, author={Halloran-Petrakis, Imogen}, title={Voices from the Oyster-Shell: Ostracism and Civic Memory in Classical Athens}, publisher={Oxford University Press}, location={Oxford}, date={2019}, keywords={book}}
@book{b2, author={Halloran-Petrakis, Imogen}, title={Lot and Lottery: Sortition in Greek Political Thought}, publisher={Cambridge University Press}, location={Cambridge}, date={2011}, keywords={book}}
@book{b3, author={Halloran-Petrakis, Imogen}, title={The Silent Assembly: Voting without Speech in the Greek Poleis}, publisher={Princeton University Press}, location={Princeton}, date={2026}, pubstate={forthcoming}, keywords={book}}
@collection{e1, editor={Halloran-Petrakis, Imogen and Drummond-Aziz, Callum}, title={Counting Hands: Voting Practices in the Ancient Mediterranean}, publisher={Bloomsbury Academic}, location={London}, date={2021}, keywords={edited}}
@collection{e2, editor={Okafor, Chidimma and Halloran-Petrakis, Imogen}, title={Greek Democracy and Its Others}, publisher={Edinburgh University Press}, location={Edinburgh}, date={2016}, keywords={edited}}
@article{a1, author={Halloran-Petrakis, Imogen}, title={Inscribed Ballots from the Athenian Agora Reconsidered}, journaltitle={Hesperia}, volume={94}, date={2025}, pubstate={inpress}, keywords={article}}
@article{a2, author={Halloran-Petrakis, Imogen}, title={The Kleroterion as Political Machine}, journaltitle={Journal of Hellenic Studies}, volume={143}, date={2023}, pages={88--112}, keywords={article}}
@article{a3, author={Vasilakou, Despina and Halloran-Petrakis, Imogen}, title={Ostraka, Handwriting and the Myth of the Prepared Ballot}, journaltitle={Zeitschrift f\"ur Papyrologie und Epigraphik}, volume={218}, date={2021}, pages={101--119}, keywords={article}}
@article{a4, author={Halloran-Petrakis, Imogen}, title={Forgetting Aristides: Comic Memory and Ostracism}, journaltitle={Classical Quarterly}, volume={69}, number={2}, date={2019}, pages={455--472}, keywords={article}}
@article{a5, author={Halloran-Petrakis, Imogen and Brightwater, Oliver}, title={Randomness and Legitimacy in Aristotle's Politics}, journaltitle={Phronesis}, volume={62}, number={3}, date={2017}, pages={233--261}, keywords={article}}
@article{a6, author={Halloran-Petrakis, Imogen}, title={Demes, Tribes and the Geography of the Lot}, journaltitle={Classical Philology}, volume={110}, number={1}, date={2015}, pages={21--44}, keywords={article}}
@article{a7, author={Halloran-Petrakis, Imogen}, title={Herodotus on the Election of Kings}, journaltitle={Histos}, volume={7}, date={2013}, pages={160--187}, keywords={article}}
@article{a8, author={Halloran-Petrakis, Imogen}, title={Sortition and the Gods in Plato's Laws}, journaltitle={Bulletin of the Institute of Classical Studies}, volume={52}, date={2009}, pages={59--80}, keywords={article}}
@article{a9, author={Halloran-Petrakis, Imogen}, title={Who Counted the Votes? Officials of the Athenian Assembly}, journaltitle={Greece \& Rome}, volume={53}, number={2}, date={2006}, pages={190--207}, keywords={article}}
@incollection{c1, author={Halloran-Petrakis, Imogen}, title={Ostracism}, booktitle={The Oxford Handbook of Athenian Democracy}, editor={Tennant, Rosalind and Kaufmann-Oyelowo, Piet}, publisher={Oxford University Press}, location={Oxford}, date={2024}, pages={301--318}, keywords={chapter}}
@incollection{c2, author={Halloran-Petrakis, Imogen}, title={Hands, Pebbles and Lots}, booktitle={Counting Hands: Voting Practices in the Ancient Mediterranean}, editor={Halloran-Petrakis, Imogen and Drummond-Aziz, Callum}, publisher={Bloomsbury Academic}, location={London}, date={2021}, pages={1--26}, keywords={chapter}}
@incollection{c3, author={Halloran-Petrakis, Imogen}, title={Democracy without Citizens? Metics and the Lot}, booktitle={Greek Democracy and Its Others}, editor={Okafor, Chidimma and Halloran-Petrakis, Imogen}, publisher={Edinburgh University Press}, location={Edinburgh}, date={2016}, pages={145--166}, keywords={chapter}}
@incollection{c4, author={Halloran-Petrakis, Imogen}, title={Random Selection in Greek Sanctuaries}, booktitle={Chance and Divination in Antiquity}, editor={Ferreira-Lund, Marta}, publisher={Brill}, location={Leiden}, date={2014}, pages={77--99}, keywords={chapter}}
@incollection{c5, author={Halloran-Petrakis, Imogen}, title={Aristotle on Offices}, booktitle={A Companion to Aristotle's Politics}, editor={Achterberg, Lukas}, publisher={Wiley-Blackwell}, location={Malden, MA}, date={2012}, pages={211--230}, keywords={chapter}}
@article{r1, author={Halloran-Petrakis, Imogen}, title={Review of T. Marchetti, \emph{Lotteries and Liberty}}, journaltitle={Bryn Mawr Classical Review}, date={2022}, keywords={review}}
@article{r2, author={Halloran-Petrakis, Imogen}, title={Review of A. Szab\'o, \emph{The Athenian Council}}, journaltitle={Journal of Hellenic Studies}, volume={138}, date={2018}, pages={302--303}, keywords={review}}
@article{r3, author={Halloran-Petrakis, Imogen}, title={Review of E. Lindgren, \emph{Electing the Archons}}, journaltitle={Classical Review}, volume={63}, number={1}, date={2013}, pages={58--60}, keywords={review}}
"""

TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[british]{babel}
\usepackage{csquotes}
\usepackage{charter}
\usepackage[a4paper,margin=2.3cm,headheight=14pt]{geometry}
\usepackage{fancyhdr,lastpage,enumitem}
\usepackage[style=oxnum,sorting=ydnt,defernumbers=true,backend=biber]{biblatex}
\addbibresource{02_uk_classics_professor_biblatex_oxref.bib}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\footnotesize Professor Imogen Halloran-Petrakis FBA}
\chead{\footnotesize Curriculum Vitae}
\rhead{\footnotesize 12 February 2025}
\cfoot{\footnotesize CV -- page \thepage\ of \pageref{LastPage}}
\setlength{\parindent}{0pt}
\newcommand{\cvsec}[1]{\par\medskip{\large\bfseries #1}\par\smallskip}
\newcommand{\row}[2]{\noindent\hangindent=8em\makebox[8em][l]{#1}#2\par}
\begin{document}
\begin{center}
{\Large\bfseries IMOGEN HALLORAN-PETRAKIS}\\[2pt]
MA (Oxon), MPhil, PhD (Cantab), FBA, FHEA\\[4pt]
Department of Classics, King's College London, Strand, London WC2R 2LS\\
Tel. +44 20 7946 0381 \quad E-mail: imogen.halloran-petrakis@kcl.example.ac.uk\\
ORCID 0000-0002-5550-1837
\end{center}

\cvsec{Current Position}
\row{2017 -- }{Professor of Greek History, Department of Classics, King's College London}

\cvsec{Previous Positions}
\row{2020 -- 2023}{Head of Department, Department of Classics, King's College London}
\row{2012 -- 2017}{Reader in Greek History, King's College London}
\row{2007 -- 2012}{Lecturer in Ancient History, University of Edinburgh}
\row{2005 -- 2007}{Junior Research Fellow, Christ's College, Cambridge}
\row{2015 (Jan--Jun)}{Visiting Fellow, Center for Hellenic Studies, Harvard University, Washington DC}

\cvsec{Education}
\row{2001 -- 2005}{PhD in Classics, University of Cambridge (Trinity College). Thesis: \emph{Chance and Choice: Allotment in Classical Athens}}
\row{2000 -- 2001}{MPhil in Classics, University of Cambridge}
\row{1996 -- 2000}{BA (Hons) Literae Humaniores, First Class, University of Oxford (Balliol College); MA (Oxon) 2007}

\cvsec{Honours and Fellowships}
\row{2023}{Fellow of the British Academy (FBA)}
\row{2020}{Runciman Award, Anglo-Hellenic League, for \emph{Voices from the Oyster-Shell}}
\row{2016 -- 2018}{Leverhulme Trust Major Research Fellowship}
\row{2012}{Philip Leverhulme Prize in Classics}
\row{2009}{Fellow of the Higher Education Academy (FHEA)}

\cvsec{Research Interests}
Greek political institutions; Athenian democracy; sortition and voting; Greek epigraphy; ancient political thought and its modern reception.

\cvsec{Publications}
\nocite{*}
\printbibliography[keyword=book,heading=subbibliography,title={Monographs},resetnumbers=true]
\printbibliography[keyword=edited,heading=subbibliography,title={Edited Volumes},resetnumbers=true]
\printbibliography[keyword=article,heading=subbibliography,title={Articles in Refereed Journals},resetnumbers=true]
\printbibliography[keyword=chapter,heading=subbibliography,title={Chapters in Edited Books},resetnumbers=true]
\printbibliography[keyword=review,heading=subbibliography,title={Selected Reviews},resetnumbers=true]

\cvsec{Research Grants}
\row{2022 -- 2025}{AHRC Standard Research Grant AH/X00551/1, `Counting Hands: Digital Corpus of Greek Voting Inscriptions', \pounds 812,000 (PI)}
\row{2018 -- 2020}{British Academy/Leverhulme Small Grant SRG18\textbackslash 1902, `Ostraka in the Kerameikos', \pounds 9,800 (PI)}
\row{2014 -- 2017}{European Research Council Starting Grant (co-I; PI Despina Vasilakou, Athens), \pounds 1.2m equivalent}

\cvsec{Doctoral Supervision}
Completed (primary supervisor): Freya Addington-Mbeki (PhD 2024; now Lecturer, University of Bristol); Tomasz Wilczy\'nski (PhD 2021; now Postdoctoral Fellow, Universit\"at Heidelberg); Hamid Sarrafzadeh (PhD 2019; now Teaching Fellow, University of St Andrews). Current: three students.

\cvsec{Invited Lectures (selected)}
\row{Nov. 2024}{Keynote, Celtic Conference in Classics, Universidade de Coimbra}
\row{Mar. 2023}{J.~H. Gray Lectures (three lectures), Faculty of Classics, University of Cambridge}
\row{Oct. 2021}{`Counting Hands', Seminar, Universit\'e Paris 1 Panth\'eon-Sorbonne}
\row{May 2019}{Keynote, `Democracy and Chance', Aarhus Universitet}

\cvsec{Editorial Work and Service}
\row{2021 -- }{Editor, \emph{Journal of Hellenic Studies}}
\row{2016 -- 2021}{Editorial board, \emph{Classical Quarterly}}
\row{2019 -- 2022}{Council member, Society for the Promotion of Hellenic Studies}
\row{2021}{REF 2021 sub-panel 31 (Classics), output assessor}

\cvsec{Teaching}
King's College London: 5AACAH14 Athenian Democracy; 6AACAH21 Greek Epigraphy; 7AACM901 MA research methods. Edinburgh: CLTI08012 Greek History 2.

\cvsec{Memberships}
Society for the Promotion of Hellenic Studies; Classical Association; Association of Ancient Historians.
\end{document}
"""
