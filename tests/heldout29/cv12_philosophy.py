r"""12: Australian philosophy professor, pdfLaTeX article + biblatex-philosophy (philosophy-modern) by category."""

NAME = "12_au_philosophy_professor_biblatex_philosophy"

BIB = r"""
@book{bk1, author={Thistlewood-Oyama, Bronwyn}, title={The Weight of Reasons: An Essay on Normative Pressure}, publisher={Oxford University Press}, location={Oxford}, date={2018}, keywords={book}}
@book{bk2, author={Thistlewood-Oyama, Bronwyn}, title={Acting Under Uncertainty}, publisher={Oxford University Press}, location={Oxford}, date={2025}, pubstate={inpress}, keywords={book}}
@collection{ed1, editor={Thistlewood-Oyama, Bronwyn and Marchbanks, Theo}, title={Reasons and Rationality: New Essays}, publisher={Routledge}, location={New York}, date={2021}, keywords={edited}}
@article{ar1, author={Thistlewood-Oyama, Bronwyn}, title={Risk, Permissibility, and the Shape of Obligation}, journaltitle={Ethics}, volume={134}, number={3}, date={2024}, pages={301--333}, keywords={article}}
@article{ar2, author={Thistlewood-Oyama, Bronwyn}, title={Do Reasons Have Weights?}, journaltitle={Philosophical Review}, volume={131}, number={1}, date={2022}, pages={1--38}, keywords={article}}
@article{ar3, author={Marchbanks, Theo and Thistlewood-Oyama, Bronwyn}, title={Moral Uncertainty and the Regress Problem}, journaltitle={No\^us}, volume={55}, number={4}, date={2021}, pages={820--845}, keywords={article}}
@article{ar4, author={Thistlewood-Oyama, Bronwyn}, title={Blame Without Freedom?}, journaltitle={Philosophy and Phenomenological Research}, volume={98}, number={2}, date={2019}, pages={455--478}, keywords={article}}
@article{ar5, author={Thistlewood-Oyama, Bronwyn}, title={The Guise of the Good Revisited}, journaltitle={Australasian Journal of Philosophy}, volume={94}, number={3}, date={2016}, pages={511--527}, keywords={article}}
@article{ar6, author={Thistlewood-Oyama, Bronwyn and Fenwick-Adu, Kojo}, title={Epistemic Akrasia and Higher-Order Evidence}, journaltitle={Mind}, volume={124}, number={496}, date={2015}, pages={1121--1150}, keywords={article}}
@article{ar7, author={Thistlewood-Oyama, Bronwyn}, title={Wide-Scope Requirements Revisited}, journaltitle={Philosophical Studies}, volume={160}, number={2}, date={2012}, pages={233--251}, keywords={article}}
@article{ar8, author={Thistlewood-Oyama, Bronwyn}, title={Practical Reason and Deliberative Weight}, journaltitle={Journal of Philosophy}, volume={109}, date={2012}, pages={12--40}, keywords={article}}
@article{ar9, author={Thistlewood-Oyama, Bronwyn}, title={Permissibility Under Risk: A Reply to Critics}, journaltitle={Philosophy \& Public Affairs}, date={2025}, pubstate={forthcoming}, keywords={article}}
@incollection{ch1, author={Thistlewood-Oyama, Bronwyn}, title={Normative Reasons}, booktitle={The Routledge Handbook of Practical Reason}, editor={Sheldrake, Anya and Kim, Jae-won}, publisher={Routledge}, location={London}, date={2020}, pages={144--160}, keywords={chapter}}
@incollection{ch2, author={Thistlewood-Oyama, Bronwyn}, title={Rational Requirements and Reasons}, booktitle={Oxford Studies in Metaethics}, editor={Shafer-Landau, Russ}, volume={14}, publisher={Oxford University Press}, location={Oxford}, date={2019}, pages={88--112}, keywords={chapter}}
@incollection{ch3, author={Thistlewood-Oyama, Bronwyn}, title={Reasons}, booktitle={Stanford Encyclopedia of Philosophy}, editor={Zalta, Edward N.}, date={2023}, note={substantive revision}, keywords={chapter}}
@article{rv1, author={Thistlewood-Oyama, Bronwyn}, title={Critical notice of L. Okereke, \emph{The Unity of Reason}}, journaltitle={Australasian Journal of Philosophy}, volume={100}, number={2}, date={2022}, pages={420--428}, keywords={review}}
@article{rv2, author={Thistlewood-Oyama, Bronwyn}, title={Review of M. Castellanos, \emph{Reasons First?}}, journaltitle={Notre Dame Philosophical Reviews}, date={2019}, keywords={review}}
"""

TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[british]{babel}
\usepackage{csquotes}
\usepackage{charter}
\usepackage[a4paper,margin=2.4cm,headheight=14pt]{geometry}
\usepackage{fancyhdr,lastpage}
\usepackage[style=philosophy-modern,backend=biber,sorting=ydnt,yearleft=false]{biblatex}
\addbibresource{12_au_philosophy_professor_biblatex_philosophy.bib}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\footnotesize\scshape Bronwyn Thistlewood-Oyama}
\rhead{\footnotesize\scshape Curriculum Vitae}
\lfoot{\footnotesize March 2025}
\rfoot{\footnotesize page \thepage\ of \pageref{LastPage}}
\setlength{\parindent}{0pt}
\newcommand{\head}[1]{\par\bigskip{\scshape\large #1}\par\nopagebreak\smallskip\hrule\smallskip\nopagebreak}
\newcommand{\cvln}[2]{\noindent\hangindent=2.6cm\makebox[2.6cm][l]{\itshape #1}#2\par}
\begin{document}
{\huge\scshape Bronwyn Thistlewood-Oyama}\par\medskip
School of Philosophy, Research School of Social Sciences\\
Australian National University, Canberra ACT 2600, Australia\\
+61 2 5550 3127 \quad b.thistlewood-oyama@anu.example.edu.au \quad \url{https://philosophy.anu.example.edu.au/thistlewood-oyama}

\head{Areas of Specialisation}
Metaethics; theory of practical reason; decision-theoretic ethics (risk and uncertainty).
\head{Areas of Competence}
Epistemology; moral psychology; Kant's practical philosophy.

\head{Employment}
\cvln{2020--}{Professor of Philosophy, School of Philosophy, Australian National University}
\cvln{2022--2024}{Head of School, School of Philosophy, Australian National University}
\cvln{2015--2019}{Associate Professor (Reader), Department of Philosophy, University of Sheffield, UK}
\cvln{2011--2015}{Lecturer in Philosophy, University of Sheffield}
\cvln{2009--2011}{Junior Research Fellow, Merton College, Oxford}
\cvln{Autumn 2017}{Visiting Professor, Department of Philosophy, Princeton University}

\head{Education}
\cvln{2005--2009}{DPhil in Philosophy, University of Oxford (Balliol College). Thesis: \emph{Reasons and Requirements}}
\cvln{2003--2005}{BPhil in Philosophy, University of Oxford}
\cvln{1999--2002}{BA (Hons I) in Philosophy and Classics, University of Melbourne}

\head{Fellowships and Awards}
\cvln{2023}{Fellow of the Australian Academy of the Humanities (FAHA)}
\cvln{2021--2025}{ARC Future Fellowship (FT210100555)}
\cvln{2019}{Book Prize of the American Philosophical Association for \emph{The Weight of Reasons}}
\cvln{2002}{Rhodes Scholarship (Victoria)}

\head{Publications}
\nocite{*}
\printbibliography[keyword=book,heading=subbibliography,title={Books}]
\printbibliography[keyword=edited,heading=subbibliography,title={Edited Volume}]
\printbibliography[keyword=article,heading=subbibliography,title={Articles}]
\printbibliography[keyword=chapter,heading=subbibliography,title={Chapters and Encyclopedia Entries}]
\printbibliography[keyword=review,heading=subbibliography,title={Critical Notices and Reviews}]

\subsection*{Work in Progress}
`Reasons for the Risk-Averse' (paper, draft available on request)\\
`The Ethics of Precaution' (book proposal stage)

\head{Grants}
\cvln{2021--2025}{ARC Future Fellowship FT210100555, `Acting Under Uncertainty', A\$1,012,000 (sole CI)}
\cvln{2017--2020}{ARC Discovery Project DP170100555, `Reasons and Rationality', A\$356,000 (CI-B; CI-A T. Marchbanks)}
\cvln{2013--2014}{AHRC Early Career Fellowship (declined)}

\head{Invited Lectures}
\cvln{2024}{Keynote, Australasian Association of Philosophy Conference, Melbourne; Ethics Workshop, University of Oxford}
\cvln{2023}{Princeton Workshop in Normative Philosophy; Leverhulme Lecture, University of Sheffield}
\cvln{2021}{Rocky Mountain Ethics Congress, Boulder (online)}

\head{Teaching and Supervision}
ANU: PHIL2080 Metaethics; PHIL3072 Decision and Risk; PHIL8011 Graduate Seminar. Sheffield: PHI205 Ethics; PHI6350 MA Metaethics.\\
PhD supervision (primary, completed): Mi-rae Choi (2023; Lecturer, University of Auckland); Callum Beresford (2021; Postdoctoral Fellow, Australian Catholic University); Dalia Haddad (2018; Lecturer, University of Leeds).

\head{Service}
Associate Editor, \emph{Australasian Journal of Philosophy} (2020--); Editorial Board, \emph{Ethics} (2022--); Executive Committee, Australasian Association of Philosophy (2021--2024); referee for Mind, No\^us, Philosophical Review, Oxford University Press, ARC.

\head{Memberships}
Australasian Association of Philosophy; American Philosophical Association; Aristotelian Society.
\end{document}
"""
