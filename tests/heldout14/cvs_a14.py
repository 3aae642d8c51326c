"""Set 14, builders 01-04: groff -ms through Ghostscript, LuaLaTeX + biblatex refsections,
LuaLaTeX ctex (LuaTeX-ja) in Chinese, ConTeXt MkIV."""

from __future__ import annotations

import shutil

from kit14 import FILES, SRC, edu, job, label, latex, pin_pdf_dates, pub, run, write_src

# ---------------------------------------------------------------- 01 groff -ms
MS01 = r""".\" CV typeset with groff -ms, printed to PostScript and distilled by Ghostscript
.nr PS 10.5
.nr VS 13
.nr LL 6.3i
.nr PO 1.1i
.nr PI 0.3i
.ds LH Halvard T. Quennell
.ds CH
.ds RH Curriculum Vitae \(em page %
.ds LF
.ds CF
.ds RF \s-2revised May 2024\s+2
.TL
Halvard T. Quennell
.LP
.ce 3
Department of Economics, University of Warwick, Coventry CV4 7AL, United Kingdom
+44 (0)24 7652 3318 \(bu h.quennell@warwick.example.ac.uk
www.hquennell-econ.example.org
.SH
EMPLOYMENT
.IP "2016\(enpresent" 1.3i
Professor of Economics, University of Warwick
.IP "2011\(en2016"
Associate Professor (Reader), University of Warwick
.IP "2006\(en2011"
Lecturer in Economics, University of Bristol
.IP "Sept.\(enDec. 2014"
Visiting Scholar, Research Department, Federal Reserve Bank of Minneapolis
.SH
EDUCATION
.IP 2006 1.3i
Ph.D. in Economics, London School of Economics and Political Science
.br
\fIThesis:\fP Expectations, credit and the transmission of monetary policy
.IP 2002
M.Sc. in Econometrics and Mathematical Economics, London School of Economics and Political Science
.IP 2001
B.A. (Hons) Philosophy, Politics and Economics, University of Oxford (Balliol College)
.SH
FIELDS
.LP
Monetary economics; macroeconometrics; household finance.
.SH
PUBLICATIONS IN REFEREED JOURNALS
.XP
Quennell, H.\|T. and I. Varga-Lund (2023). \(lqHousehold leverage and the pass-through of policy rates.\(rq \fIJournal of Monetary Economics\fP 139: 88\(en104.
.XP
Adebayo-Kirsch, T., H.\|T. Quennell and R. S\(/olberg (2021). \(lqMortgage resets and consumption: evidence from Danish registry data.\(rq \fIReview of Economic Studies\fP 88(5): 2301\(en2338.
.XP
Quennell, H.\|T. (2019). \(lqIdentifying forward guidance shocks from yield-curve kinks.\(rq \fIJournal of Econometrics\fP 212(1): 145\(en170.
.XP
Quennell, H.\|T., P. Dransfield and C. Moyo (2016). \(lqLiquidity traps with heterogeneous borrowers.\(rq \fIAmerican Economic Journal: Macroeconomics\fP 8(3): 1\(en34.
.XP
Marlowe-Tate, E. and H.\|T. Quennell (2013). \(lqSticky information in survey expectations: a fresh look.\(rq \fIEconomic Journal\fP 123(571): 904\(en931.
.XP
Quennell, H.\|T. (2009). \(lqBayesian local projections for small open economies.\(rq \fIJournal of Applied Econometrics\fP 24(6): 1011\(en1032.
.SH
FORTHCOMING AND UNDER REVIEW
.XP
Quennell, H.\|T. and I. Varga-Lund. \(lqRate caps and refinancing waves.\(rq \fIJournal of Political Economy\fP, forthcoming.
.XP
Dransfield, P. and H.\|T. Quennell. \(lqCentral bank communication in the tails.\(rq Revise and resubmit, \fIEconometrica\fP.
.SH
WORK IN PROGRESS
.XP
Quennell, H.\|T. and C. Moyo. \(lqHousehold debt overhang and regional recoveries.\(rq In preparation.
.SH
GRANTS, FELLOWSHIPS AND HONOURS
.IP "2019\(en2020" 1.3i
British Academy Mid-Career Fellowship
.IP "2020\(en2023"
ESRC Research Grant ES/T00\|9412/1, \(lqHousehold balance sheets and monetary transmission\(rq (PI), \(Po412,000
.IP 2012
Philip Leverhulme Prize in Economics
.IP 2010
Best Paper Prize, Money, Macro and Finance Research Group Annual Conference
.SH
TEACHING
.LP
Graduate Macroeconomics (M.Sc./Ph.D.), Warwick, 2011\(enpresent; Monetary Theory and Policy (final-year B.Sc.), Warwick, 2016\(en2022;
Econometrics I (second year), Bristol, 2006\(en2011. Ph.D. students supervised to completion: nine.
.SH
PROFESSIONAL SERVICE
.LP
Associate editor, \fIJournal of Applied Econometrics\fP (2018\(enpresent). Programme committee, Royal Economic Society
Annual Conference (2021, 2023). Referee for \fIAER\fP, \fIEconometrica\fP, \fIJPE\fP, \fIREStud\fP, \fIJME\fP and others.
.SH
REFEREES
.IP "" 0.2i
Professor Margit Eskeland, Department of Economics, University of Oslo \(em m.eskeland@econ.example.no
.IP ""
Professor Daniel Ofori-Whitcombe, Department of Economics, University of Bristol \(em d.oforiw@bristol.example.ac.uk
"""


def cv01() -> None:
    name = "01_economics_professor_groff_ms_ghostscript"
    src = write_src(f"{name}.ms", MS01)
    ps = SRC / f"{name}.ps"
    with ps.open("wb") as fh:
        import subprocess

        from kit14 import env

        subprocess.run(
            ["groff", "-ms", "-Tps", "-dpaper=a4", "-P-pa4", str(src)], stdout=fh, check=True, env=env()
        )
    out = FILES / f"{name}.pdf"
    run(["ps2pdf", "-dPDFSETTINGS=/printer", "-sPAPERSIZE=a4", str(ps), str(out)])
    ps.unlink()
    pin_pdf_dates(out)
    label(
        out.name,
        name="Halvard T. Quennell",
        name_any=["Halvard Quennell"],
        emails=["h.quennell@warwick.example.ac.uk"],
        phones=["+442476523318"],
        links=["www.hquennell-econ.example.org"],
        education=[
            edu("London School of Economics and Political Science", "phd", None, "2006"),
            edu("London School of Economics and Political Science", "master", None, "2002"),
            edu("University of Oxford", "bachelor", None, "2001"),
        ],
        experience=[
            job("University of Warwick", "Professor of Economics", "2016", "present"),
            job("University of Warwick", "Associate Professor (Reader)", "2011", "2016"),
            job("University of Bristol", "Lecturer in Economics", "2006", "2011"),
            job("Federal Reserve Bank of Minneapolis", "Visiting Scholar", "2014-09", "2014-12"),
        ],
        publications_count=9,
        first_author_count=6,
        sample=[
            pub(
                "Household leverage and the pass-through of policy rates",
                "Journal of Monetary Economics",
                2023,
                True,
                "published",
                ["Quennell, H. T.", "Varga-Lund, I."],
            ),
            pub(
                "Mortgage resets and consumption: evidence from Danish registry data",
                "Review of Economic Studies",
                2021,
                False,
                "published",
                ["Adebayo-Kirsch, T.", "Quennell, H. T.", "Sølberg, R."],
            ),
            pub(
                "Sticky information in survey expectations: a fresh look",
                "Economic Journal",
                2013,
                False,
                "published",
                ["Marlowe-Tate, E.", "Quennell, H. T."],
            ),
            pub(
                "Rate caps and refinancing waves",
                "Journal of Political Economy",
                None,
                True,
                "in press",
                ["Quennell, H. T.", "Varga-Lund, I."],
            ),
            pub(
                "Central bank communication in the tails",
                "Econometrica",
                None,
                False,
                "under review",
                ["Dransfield, P.", "Quennell, H. T."],
            ),
            pub(
                "Household debt overhang and regional recoveries",
                None,
                None,
                True,
                "in preparation",
                ["Quennell, H. T.", "Moyo, C."],
            ),
        ],
        interests=["Monetary economics", "macroeconometrics", "household finance"],
        awards_count=3,
        layout="groff -ms -Tps | Ghostscript ps2pdf",
        notes=(
            "groff 1.22 ms macros printed to PostScript and distilled by Ghostscript: Times with fi/fl ligatures, "
            "all-caps bold .SH headings that differ from the body only by weight and caps, dates in an .IP hanging "
            "label column ('2016–present', 'Sept.–Dec. 2014'), one-year degrees (end only), two degrees at LSE. "
            "Running header 'Halvard T. Quennell ... Curriculum Vitae — page 2' on page 2 only and a 'revised May "
            "2024' footer. Author-year economics entries with titles in typographic quotes (.XP exdented "
            "paragraphs, not numbered), 'Journal of Political Economy, forthcoming' (in press), 'Revise and "
            "resubmit, Econometrica' (under review), 'In preparation'. 'Grants, Fellowships and Honours': a "
            "fellowship, a prize and a best-paper prize are awards (3), the ESRC grant is not. Associate editor "
            "(service) is not a job. Referee e-mails under Referees."
        ),
    )


# ------------------------------------------------------- 02 LuaLaTeX + biblatex
TEX02 = r"""\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\setsansfont{TeX Gyre Heros}
\usepackage[margin=2cm,top=1.8cm]{geometry}
\usepackage{array,tabularx,titlesec,xcolor,fancyhdr,lastpage}
\usepackage[hidelinks]{hyperref}
\usepackage[style=numeric,sorting=ydnt,maxnames=4,minnames=1,defernumbers=true,giveninits=true,
  backend=biber,doi=false,isbn=false,url=false,eprint=true]{biblatex}
\addbibresource{pubs.bib}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\definecolor{ink}{HTML}{1F4E79}
\titleformat{\section}{\sffamily\large\color{ink}}{}{0pt}{}[{\color{ink}\titlerule[0.6pt]}]
\titlespacing*{\section}{0pt}{10pt}{5pt}
\titleformat{\subsection}{\sffamily\normalsize\itshape}{}{0pt}{}
\titlespacing*{\subsection}{0pt}{6pt}{2pt}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize\sffamily I.\,S. Marchetti -- CV}
\fancyfoot[R]{\footnotesize\sffamily \thepage\,/\,\pageref{LastPage}}
\newcolumntype{D}{>{\raggedright\arraybackslash\small}p{1.75cm}}
\newcommand{\entry}[2]{#1 & #2\\[3pt]}
\setlength{\parindent}{0pt}
\begin{document}
\thispagestyle{fancy}
{\sffamily\fontsize{22}{24}\selectfont Ingrid Solveig Marchetti}\\[4pt]
{\sffamily\small Research Fellow in Experimental Particle Physics}\\[6pt]
\small CERN, EP Department, CH-1211 Gen\`eve 23, Switzerland\quad
\textbullet\quad +41\,22\,767\,41\,09\quad\textbullet\quad
\href{mailto:ingrid.marchetti@cern.example.ch}{ingrid.marchetti@cern.example.ch}\\
ORCID 0000-0002-7731-4088\quad\textbullet\quad \url{https://imarchetti.example.net}
\normalsize

\section{Appointments}
\begin{tabularx}{\linewidth}{@{}D X@{}}
\entry{Oct.~2023 -- present}{\textbf{Research Fellow}, CERN, Experimental Physics Department, Geneva}
\entry{Nov.~2020 -- Sep.~2023}{\textbf{Postdoctoral Researcher}, Istituto Nazionale di Fisica Nucleare (INFN), Sezione di Padova\newline
Heavy-flavour working group; detector-upgrade software for the inner tracker.}
\entry{Mar.~2017 -- Aug.~2017}{\textbf{Summer Student}, Deutsches Elektronen-Synchrotron (DESY), Hamburg}
\end{tabularx}

\section{Education}
\begin{tabularx}{\linewidth}{@{}D X@{}}
\entry{2016 -- 2020}{\textbf{PhD in Physics}, Universit\`a degli Studi di Padova\newline
Thesis: \emph{Charm-baryon production in small collision systems}. Advisor: Prof.\ Renata Castellucci-Ferro}
\entry{2014 -- 2016}{\textbf{Laurea Magistrale (MSc) in Physics}, Universit\`a degli Studi di Padova, 110/110 cum laude}
\entry{2011 -- 2014}{\textbf{BSc in Physics}, Norwegian University of Science and Technology (NTNU), Trondheim}
\end{tabularx}

\section{Research Interests}
Heavy-flavour hadronisation; quark--gluon plasma; silicon tracking detectors; machine learning for particle identification.

\section{Fellowships and Awards}
\begin{tabularx}{\linewidth}{@{}D X@{}}
\entry{2023}{CERN Research Fellowship (competitive, 2+1 years)}
\entry{2021}{Marie Sk\l{}odowska-Curie Seal of Excellence}
\entry{2020}{Premio ``Bruno Rossi'' for the best PhD thesis in nuclear physics, Universit\`a di Padova}
\entry{2019}{INFN travel grant, Quark Matter 2019, Wuhan}
\end{tabularx}

\section{Publications and Submitted Manuscripts}
\small Names in bold: the applicant. I am an author of more than 140 collaboration papers; only those in which I
was a member of the paper committee are listed under ``Collaboration papers''.\normalsize
\nocite{*}
\begin{refsection}[pubs.bib]
\nocite{*}
\subsection{Journal articles (principal author)}
\printbibliography[heading=none,keyword=main,type=article,prefixnumbers={A},resetnumbers=true]
\subsection{Collaboration papers (paper-committee member)}
\printbibliography[heading=none,keyword=collab,prefixnumbers={C},resetnumbers=true]
\subsection{Conference proceedings}
\printbibliography[heading=none,type=inproceedings,prefixnumbers={P},resetnumbers=true]
\subsection{Preprints and manuscripts under review}
\printbibliography[heading=none,keyword=pre,prefixnumbers={S},resetnumbers=true]
\end{refsection}

\section{Selected Talks}
\begin{tabularx}{\linewidth}{@{}D X@{}}
\entry{Sep.~2024}{Invited plenary, \emph{Strangeness in Quark Matter}, Strasbourg}
\entry{Apr.~2023}{Parallel talk, \emph{Quark Matter 2023}, Houston}
\end{tabularx}

\section{Teaching and Supervision}
Co-supervised two PhD and three master's students at Padova (2021--2023). Teaching assistant, \emph{Nuclear and
Subnuclear Physics} (Padova, 2017--2019).

\section{Skills}
C++, Python, ROOT, Geant4, O$^2$ framework, CUDA; Italian (native), Norwegian (fluent), English (fluent), French (B1).
\end{document}
"""

BIB02 = r"""@article{m1,
  author = {Marchetti, Ingrid S. and Lindqvist, Aron and Castellucci-Ferro, Renata},
  author+an = {1=me},
  title = {Boosted-decision-tree selection of $\Lambda_c^+$ baryons at low transverse momentum},
  journaltitle = {Eur. Phys. J. C},
  volume = {84}, pages = {512}, date = {2024}, keywords = {main}}
@article{m2,
  author = {Marchetti, Ingrid S. and Orsolini, Dario},
  author+an = {1=me},
  title = {Coalescence versus fragmentation in charm-baryon enhancement: a Bayesian comparison},
  journaltitle = {Phys. Rev. C}, volume = {108}, pages = {034907}, date = {2023}, keywords = {main}}
@article{m3,
  author = {Kowalczyk-Hart, Mira and Marchetti, Ingrid S. and Orsolini, Dario and Tanaka-Reyes, Emil and Castellucci-Ferro, Renata},
  author+an = {2=me},
  title = {Track-seeding efficiency of monolithic active pixel sensors in high-multiplicity events},
  journaltitle = {Nucl. Instrum. Meth. A}, volume = {1049}, pages = {168071}, date = {2023}, keywords = {main}}
@article{m4,
  author = {Marchetti, Ingrid S.},
  author+an = {1=me},
  title = {Charm-baryon production in small collision systems},
  journaltitle = {J. Phys. G}, date = {2025}, pubstate = {inpress}, keywords = {main}}
@article{c1,
  author = {{ALICE Collaboration}},
  title = {Observation of a multiplicity dependence in the $p_T$-differential $\Lambda_c^+/D^0$ ratio in pp collisions at $\sqrt{s}=13.6$ TeV},
  journaltitle = {Phys. Rev. Lett.}, volume = {132}, pages = {172301}, date = {2024}, keywords = {collab}}
@article{c2,
  author = {{ALICE Collaboration}},
  title = {Measurement of prompt $\Xi_c^0$ production in p--Pb collisions at 5.02 TeV with a new vertexing strategy},
  journaltitle = {JHEP}, volume = {2022}, number = {10}, pages = {159}, date = {2022}, keywords = {collab}}
@inproceedings{p1,
  author = {Marchetti, Ingrid S. and {for the ALICE Collaboration}},
  author+an = {1=me},
  title = {Charm-baryon hadronisation from pp to Pb--Pb},
  booktitle = {Proceedings of Quark Matter 2023}, journaltitle = {EPJ Web Conf.}, volume = {296}, pages = {04003}, date = {2024}}
@inproceedings{p2,
  author = {Marchetti, Ingrid S.},
  author+an = {1=me},
  title = {Machine-learning particle identification for the upgraded inner tracker},
  booktitle = {Proceedings of the 41st International Conference on High Energy Physics (ICHEP 2022)},
  series = {PoS}, volume = {ICHEP2022}, pages = {1187}, date = {2022}}
@online{s1,
  author = {Tanaka-Reyes, Emil and Marchetti, Ingrid S. and Vestergaard, Pia},
  author+an = {2=me},
  title = {Fast simulation of silicon trackers with conditional normalising flows},
  eprinttype = {arxiv}, eprint = {2411.08236}, date = {2024}, keywords = {pre}}
@unpublished{s2,
  author = {Marchetti, Ingrid S. and Lindqvist, Aron},
  author+an = {1=me},
  title = {Event-shape engineering of charm-baryon yields in high-multiplicity pp collisions},
  note = {Submitted to Phys. Lett. B}, keywords = {pre}}
"""


def cv02() -> None:
    name = "02_physics_research_fellow_lualatex_biblatex_refsections"
    d = SRC / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "pubs.bib").write_text(BIB02, encoding="utf-8")
    tex = d / "cv.tex"
    tex.write_text(TEX02, encoding="utf-8")
    out = FILES / f"{name}.pdf"
    latex(tex, out, "lualatex", runs=3, bib="biber")
    label(
        out.name,
        name="Ingrid Solveig Marchetti",
        name_any=["Ingrid S. Marchetti", "Ingrid Marchetti", "I. S. Marchetti"],
        emails=["ingrid.marchetti@cern.example.ch"],
        phones=["+41227674109"],
        links=["https://imarchetti.example.net"],
        education=[
            edu("Università degli Studi di Padova", "phd", "2016", "2020"),
            edu("Università degli Studi di Padova", "master", "2014", "2016"),
            edu("Norwegian University of Science and Technology (NTNU)", "bachelor", "2011", "2014"),
        ],
        experience=[
            job("CERN", "Research Fellow", "2023-10", "present"),
            job(
                "Istituto Nazionale di Fisica Nucleare (INFN)",
                "Postdoctoral Researcher",
                "2020-11",
                "2023-09",
            ),
            job("Deutsches Elektronen-Synchrotron (DESY)", "Summer Student", "2017-03", "2017-08"),
        ],
        publications_count=10,
        first_author_count=6,
        sample=[
            pub(
                "Boosted-decision-tree selection of Λ+c baryons at low transverse momentum",
                "Eur. Phys. J. C",
                2024,
                True,
                "published",
                ["Marchetti, I. S.", "Lindqvist, A.", "Castellucci-Ferro, R."],
            ),
            pub(
                "Coalescence versus fragmentation in charm-baryon enhancement: a Bayesian comparison",
                "Phys. Rev. C",
                2023,
                True,
                "published",
                ["Marchetti, I. S.", "Orsolini, D."],
            ),
            pub(
                "Track-seeding efficiency of monolithic active pixel sensors in high-multiplicity events",
                "Nucl. Instrum. Meth. A",
                2023,
                False,
                "published",
                ["Kowalczyk-Hart, M.", "et al."],
            ),
            pub(
                "Charm-baryon production in small collision systems",
                "J. Phys. G",
                2025,
                True,
                "in press",
                ["Marchetti, I. S."],
            ),
            pub(
                "Measurement of prompt Ξ0c production in p–Pb collisions at 5.02 TeV with a new vertexing strategy",
                "JHEP",
                2022,
                False,
                "published",
                ["ALICE Collaboration"],
            ),
            pub(
                "Machine-learning particle identification for the upgraded inner tracker",
                "Proceedings of the 41st International Conference on High Energy Physics (ICHEP 2022)",
                2022,
                True,
                "published",
                ["Marchetti, I. S."],
            ),
            pub(
                "Fast simulation of silicon trackers with conditional normalising flows",
                "arXiv",
                2024,
                False,
                "preprint",
                ["Tanaka-Reyes, E.", "Marchetti, I. S.", "Vestergaard, P."],
            ),
            pub(
                "Event-shape engineering of charm-baryon yields in high-multiplicity pp collisions",
                "Phys. Lett. B",
                None,
                True,
                "under review",
                ["Marchetti, I. S.", "Lindqvist, A."],
            ),
        ],
        interests=["Heavy-flavour hadronisation", "quark–gluon plasma", "silicon tracking detectors"],
        awards_count=3,
        layout="LuaLaTeX article + biblatex/biber refsection split by keyword and type",
        notes=(
            "LuaLaTeX (fontspec, TeX Gyre Pagella/Heros) article with a narrow date column so the dates wrap "
            "('Oct. 2023 –' / 'present', 'Nov. 2020 – Sep. 2023' over two lines); the same university for PhD and "
            "Laurea Magistrale. 'Publications and Submitted Manuscripts' printed by biblatex (numeric, ydnt, "
            "maxnames=4 so a five-author paper prints 'et al.') in four sub-headings, each numbered afresh with its "
            "numbering restarting at [1]; the applicant in bold via name annotations; biblatex "
            "prints 'In: Eur. Phys. J. C 84 (2024), p. 512', 'In press.', 'arXiv: 2411.08236', 'Submitted to Phys. "
            "Lett. B' (under review). 'ALICE Collaboration' author entries (large collaboration, not first author). "
            "Proceedings venues as printed (the booktitle). 'Fellowships and Awards': fellowship, Seal of "
            "Excellence, thesis prize = 3 awards, the travel grant is not. TA duties under Teaching are not jobs. "
            "Footer 'I. S. Marchetti – CV' and 'n / N' page numbers. The ORCID id is printed as text (not a link)."
        ),
    )


# ------------------------------------------------------------ 03 LuaLaTeX ctex
TEX03 = r"""\documentclass[UTF8,zihao=-4,a4paper]{ctexart}
\usepackage[left=1.8cm,right=1.8cm,top=1.5cm,bottom=1.6cm]{geometry}
\usepackage{array,tabularx,xcolor,enumitem}
\usepackage{fontspec}
\setCJKmainfont{WenQuanYi Micro Hei}
\setCJKsansfont{WenQuanYi Micro Hei}
\setmainfont{TeX Gyre Termes}
\definecolor{band}{HTML}{8B1A1A}
\ctexset{section={format=\large\bfseries\color{band},beforeskip=8pt,afterskip=4pt,
  aftertitle={\par\vspace{-6pt}\noindent{\color{band}\rule{\linewidth}{0.8pt}}}}}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcolumntype{T}{>{\raggedright\arraybackslash\small}p{1.35cm}}
\setlist[itemize]{leftmargin=1.2em,itemsep=1pt,topsep=2pt}
\begin{document}
\begin{center}
{\fontsize{22}{26}\selectfont\bfseries 龚书棠简历}\\[6pt]
\small 男 \quad 1998年3月 \quad 中共党员\\
电话：(+86) · 139 · 1720 · 5583 \quad 邮箱：gongshutang\_med@fudan.example.edu.cn
\end{center}

\section*{教育背景}
\begin{tabularx}{\linewidth}{@{}T X@{}}
2021.09 \par ~~~~至今 & \textbf{复旦大学上海医学院} \quad 内科学（肾脏病学） \quad 博士研究生（硕博连读）\newline
导师：万黎明 教授 \quad 预计2026年6月毕业\\[4pt]
2016.09 \par – 2021.06 & \textbf{中南大学湘雅医学院} \quad 临床医学（五年制） \quad 医学学士\newline
GPA 3.81/4.0，专业排名 9/186\\
\end{tabularx}

\section*{研究方向}
慢性肾脏病进展的免疫机制；急性肾损伤生物标志物；肾脏病理的深度学习辅助诊断

\section*{科研与临床经历}
\begin{tabularx}{\linewidth}{@{}T X@{}}
2022.07 \par – 2024.06 & \textbf{复旦大学附属中山医院 肾内科} \quad 住院医师（规范化培训）\newline
完成内科轮转；负责肾穿刺标本登记与随访数据库维护。\\[4pt]
2020.4 \par – 2020.6 & \textbf{中南大学湘雅二医院 肾病研究所} \quad 科研助理\newline
参与“IgA肾病患者尿液外泌体蛋白组学”课题，建立样本库 312 例。\\[4pt]
2019.07 \par – 2019.08 & \textbf{国家自然科学基金青年项目（项目负责人：罗雪芹）}\newline
暑期科研训练：糖尿病肾病小鼠模型的构建与病理评分。\\
\end{tabularx}

\section*{发表论文}
\small \# 共同第一作者；* 通讯作者\normalsize
\begin{enumerate}[leftmargin=1.6em,itemsep=2pt,label={[\arabic*]}]
\item Gong ST\#, Liao YF\#, Wan LM*. Urinary exosomal CD163 predicts crescent formation in IgA nephropathy. \textit{Kidney Int Rep}, 2024, 9(7): 2110--2121.（共同一作）
\item \textbf{Gong ST}, Xu HR, Qiu M, et al. A weakly supervised model for glomerular lesion grading on whole-slide images. \textit{Nephrol Dial Transplant}, 2023, 38(11): 2534--2545.（一作）
\item Tang JW, \textbf{Gong ST}, Wan LM*. Serum uromodulin and the risk of acute kidney injury after cardiac surgery: a prospective cohort. \textit{Clin J Am Soc Nephrol}, 2024, 19(2): 188--197.（二作）
\item 龚书棠，罗雪芹*. 高糖诱导足细胞焦亡的机制研究进展[J]. 中华肾脏病杂志, 2022, 38(5): 461--466.（一作）
\item \textbf{Gong ST}, Wan LM*. Complement factor H variants in C3 glomerulopathy: a Chinese multicentre cohort. \textit{J Am Soc Nephrol}. 已接收（一作）
\item \textbf{Gong ST}, Zhou YX, Liao YF, Wan LM*. Single-cell atlas of tubular injury in contrast-associated AKI. 在投 \textit{Kidney Int}（一作）
\end{enumerate}

\section*{获奖情况}
\begin{itemize}
\item 2023年 复旦大学博士研究生国家奖学金
\item 2022年 中国医师协会肾脏内科医师分会年会 优秀壁报奖
\item 2020年 湖南省优秀毕业生
\item 2018年 中南大学“湘雅杯”临床技能竞赛 一等奖
\end{itemize}

\section*{技能与其他}
\begin{itemize}
\item 语言：英语六级（612），雅思 7.5；熟练阅读与撰写英文论文
\item 实验：小鼠肾缺血再灌注模型、免疫组化、流式细胞术、单细胞测序数据分析（R / Seurat）
\item 执业：执业医师资格证（2022）
\end{itemize}
\end{document}
"""


def cv03() -> None:
    name = "03_zh_nephrology_phd_lualatex_ctex"
    d = SRC / name
    d.mkdir(parents=True, exist_ok=True)
    tex = d / "cv.tex"
    tex.write_text(TEX03, encoding="utf-8")
    out = FILES / f"{name}.pdf"
    latex(tex, out, "lualatex", runs=1)
    label(
        out.name,
        name="龚书棠",
        name_any=["Gong Shutang", "Shutang Gong"],
        emails=["gongshutang_med@fudan.example.edu.cn"],
        phones=["+8613917205583"],
        links=[],
        education=[
            edu("复旦大学上海医学院", "phd", "2021-09", "present"),
            edu("中南大学湘雅医学院", "bachelor", "2016-09", "2021-06"),
        ],
        experience=[
            job("复旦大学附属中山医院 肾内科", "住院医师（规范化培训）", "2022-07", "2024-06"),
            job("中南大学湘雅二医院 肾病研究所", "科研助理", "2020-04", "2020-06"),
        ],
        publications_count=6,
        first_author_count=5,
        sample=[
            pub(
                "Urinary exosomal CD163 predicts crescent formation in IgA nephropathy",
                "Kidney Int Rep",
                2024,
                True,
                "published",
                ["Gong ST#", "Liao YF#", "Wan LM*"],
            ),
            pub(
                "A weakly supervised model for glomerular lesion grading on whole-slide images",
                "Nephrol Dial Transplant",
                2023,
                True,
                "published",
                ["Gong ST", "Xu HR", "Qiu M", "et al."],
            ),
            pub(
                "Serum uromodulin and the risk of acute kidney injury after cardiac surgery: a prospective cohort",
                "Clin J Am Soc Nephrol",
                2024,
                False,
                "published",
                ["Tang JW", "Gong ST", "Wan LM*"],
            ),
            pub(
                "高糖诱导足细胞焦亡的机制研究进展",
                "中华肾脏病杂志",
                2022,
                True,
                "published",
                ["龚书棠", "罗雪芹*"],
            ),
            pub(
                "Complement factor H variants in C3 glomerulopathy: a Chinese multicentre cohort",
                "J Am Soc Nephrol",
                None,
                True,
                "accepted",
                ["Gong ST", "Wan LM*"],
            ),
            pub(
                "Single-cell atlas of tubular injury in contrast-associated AKI",
                "Kidney Int",
                None,
                True,
                "under review",
                ["Gong ST", "Zhou YX", "Liao YF", "Wan LM*"],
            ),
        ],
        interests=["慢性肾脏病进展的免疫机制", "急性肾损伤生物标志物"],
        awards_count=4,
        language="zh",
        layout="LuaLaTeX ctexart (LuaTeX-ja backend)",
        notes=(
            "LuaLaTeX ctexart (ctex over LuaTeX-ja, not XeLaTeX), WenQuanYi Micro Hei: title '龚书棠简历' (name "
            "followed by 简历), phone '(+86) · 139 · 1720 · 5583', coloured section headings with rules. Dates in a "
            "narrow left column wrapped over two lines ('2021.09' / '至今', '2020.4' / '– 2020.6'); the PhD row says "
            "'预计2026年6月毕业' but prints 至今 (end present). 科研与临床经历 holds a residency (job), a research "
            "assistant post (job) and a summer research training under a grant line '(项目负责人：…)' that is not a "
            "job. 发表论文: '#' co-first and '*' corresponding defined in a note, (一作)/(共同一作)/(二作) marks, "
            "'et al.', a Chinese [J] entry, '已接收' (accepted, no year), '在投 Kidney Int' (under review). Awards: "
            "scholarship, poster prize, honour, competition prize = 4; the licence under 技能 is not."
        ),
    )


# ---------------------------------------------------------------- 04 ConTeXt
TEX04 = r"""\setuppapersize[A4]
\setuplayout[backspace=52mm,width=140mm,margin=38mm,margindistance=6mm,topspace=16mm,header=8mm,footer=10mm,height=middle]
\setupbodyfont[pagella,10.5pt]
\setupinteraction[state=start,color=,contrastcolor=]
\definecolor[rubric][r=.45,g=.12,b=.10]
\setuphead[section][alternative=inmargin,style={\ss\bf\tfx},color=rubric,number=no,before={\blank[medium]},after=]
\setuphead[subsection][style={\it},number=no,before={\blank[small]},after={\blank[nowhite]}]
\setupheadertexts[]
\setupfootertexts[{\tfx\sc Rosalind M. Achterberg}][{\tfx pagenumber}]
\setupfootertexts[{\tfx\sc Rosalind M. Achterberg}][{\tfx \pagenumber\ of \lastpagenumber}]
\setupwhitespace[small]
\setupindenting[no]
\definedescription[dated][alternative=left,width=24mm,headstyle=normal,distance=3mm,before=,after=]
\starttext
\startalignment[flushleft]
{\bfc\sc rosalind m. achterberg}\blank[small]
{\tf Senior Lecturer in Early Modern History}\crlf
School of History, Classics and Archaeology, University of Edinburgh\crlf
William Robertson Wing, Old Medical School, Teviot Place, Edinburgh EH8 9AG\crlf
{\tt r.achterberg@ed.example.ac.uk} \quad +44 131 650 3384
\stopalignment
\startsection[title={Posts}]
\startdated{2019--}Senior Lecturer in Early Modern History, University of Edinburgh\stopdated
\startdated{2014--2019}Lecturer in Early Modern European History, University of Edinburgh\stopdated
\startdated{2012--2014}Junior Research Fellow, Wolfson College, University of Cambridge\stopdated
\startdated{Jan.--June 2011}Visiting Researcher, Herzog August Bibliothek, Wolfenbüttel\stopdated
\stopsection
\startsection[title={Education}]
\startdated{2012}PhD in History, University of Cambridge (Trinity Hall). Thesis: {\it Printers, pirates and the Dutch almanac trade, 1580--1660}\stopdated
\startdated{2008}MPhil in Early Modern History, University of Cambridge\stopdated
\startdated{2007}BA (Hons) in History and German, Durham University\stopdated
\stopsection
\startsection[title={Research}]
The history of the book and of reading in the Low Countries and the Holy Roman Empire; calendars, almanacs and
popular print; the material culture of timekeeping; digital editions of early modern ephemera.
\stopsection
\startsection[title={Publications}]
\startsubsection[title={Monograph}]
\startdated{2020}{\it Paper Calendars: Almanacs and the Ordering of Time in the Dutch Republic} (Oxford: Oxford University Press, 2020). xiv + 312 pp.\stopdated
\stopsubsection
\startsubsection[title={Edited volume}]
\startdated{2023}(with Tobias Gräfenhain) {\it Ephemera and Empire: Cheap Print in the German Lands, 1550--1750}, Library of the Written Word 118 (Leiden: Brill, 2023).\stopdated
\stopsubsection
\startsubsection[title={Articles and chapters}]
\startdated{in press}\quotation{Weather, war and the almanac-maker's year}, {\it Past \& Present} 268 (2025).\stopdated
\startdated{2022}\quotation{Reading the blank page: annotated almanacs in Leiden collections}, {\it The Library}, 7th series, 23:3 (2022), 287--311.\stopdated
\startdated{2021}(with Maarten de Wilde-Ostrander) \quotation{Counterfeit calendars and the States General, 1610--1630}, {\it Renaissance Quarterly} 74:1 (2021), 96--131.\stopdated
\startdated{2018}\quotation{The almanac in the pocket}, in Joanna Mirecki and Pieter Vossenaar (eds), {\it Small Books in Early Modern Europe} (Cambridge: Cambridge University Press, 2018), 141--166.\stopdated
\startdated{2016}\quotation{Printers' privileges in Holland, 1590--1640}, {\it Quaerendo} 46:2 (2016), 121--149.\stopdated
\stopsubsection
\startsubsection[title={Under review and in progress}]
\startdated{submitted}\quotation{Time-reckoning and confession in Lutheran household books}, submitted to {\it Sixteenth Century Journal}.\stopdated
\startdated{}{\it The Calendar Trade}, second monograph, under contract with Cambridge University Press; in preparation.\stopdated
\stopsubsection
\stopsection
\startsection[title={Grants and prizes}]
\startdated{2022--2025}Leverhulme Trust Research Project Grant, \quotation{Pocket Time} (PI, £298,000)\stopdated
\startdated{2021}Roland H. Bainton Prize (history and theology), for {\it Paper Calendars}\stopdated
\startdated{2013}Bibliographical Society Fellowship\stopdated
\stopsection
\startsection[title={Teaching}]
Honours options \quotation{Print and Power in the Dutch Golden Age} and \quotation{Time before Clocks}; first-year survey
\quotation{Europe 1500--1800}; MSc by Research supervision (seven), PhD supervision (four, two completed).
\stopsection
\startsection[title={Service}]
Director of Postgraduate Studies, History (2021--2024); reviews editor, {\it Quaerendo} (2019--); peer reviewer for
the AHRC and NWO.
\stopsection
\startsection[title={Languages}]
English (native), German and Dutch (fluent, research), French (reading), Latin (reading).
\stopsection
\stoptext
"""


def cv04() -> None:
    name = "04_history_senior_lecturer_context_mkiv"
    d = SRC / name
    d.mkdir(parents=True, exist_ok=True)
    tex = d / "cv.tex"
    tex.write_text(TEX04, encoding="utf-8")
    run(["context", "--batchmode", "--nodates", "--purgeall", "cv.tex"], cwd=d)
    out = FILES / f"{name}.pdf"
    shutil.move(str(d / "cv.pdf"), out)
    for f in d.iterdir():
        if f.name != "cv.tex":
            f.unlink()
    pin_pdf_dates(out)
    label(
        out.name,
        name="Rosalind M. Achterberg",
        name_any=["Rosalind Achterberg", "rosalind m. achterberg"],
        emails=["r.achterberg@ed.example.ac.uk"],
        phones=["+441316503384"],
        links=[],
        education=[
            edu("University of Cambridge", "phd", None, "2012"),
            edu("University of Cambridge", "master", None, "2008"),
            edu("Durham University", "bachelor", None, "2007"),
        ],
        experience=[
            job("University of Edinburgh", "Senior Lecturer in Early Modern History", "2019", "present"),
            job("University of Edinburgh", "Lecturer in Early Modern European History", "2014", "2019"),
            job("Wolfson College, University of Cambridge", "Junior Research Fellow", "2012", "2014"),
            job("Herzog August Bibliothek, Wolfenbüttel", "Visiting Researcher", "2011-01", "2011-06"),
        ],
        publications_count=9,
        first_author_count=None,
        sample=[
            pub(
                "Paper Calendars: Almanacs and the Ordering of Time in the Dutch Republic",
                "Oxford University Press",
                2020,
                True,
                "published",
            ),
            pub(
                "Ephemera and Empire: Cheap Print in the German Lands, 1550–1750",
                "Brill",
                2023,
                None,
                "published",
            ),
            pub("Weather, war and the almanac-maker's year", "Past & Present", 2025, True, "in press"),
            pub(
                "Reading the blank page: annotated almanacs in Leiden collections",
                "The Library",
                2022,
                True,
                "published",
            ),
            pub(
                "Counterfeit calendars and the States General, 1610–1630",
                "Renaissance Quarterly",
                2021,
                None,
                "published",
            ),
            pub("The almanac in the pocket", "Small Books in Early Modern Europe", 2018, True, "published"),
            pub(
                "Time-reckoning and confession in Lutheran household books",
                "Sixteenth Century Journal",
                None,
                True,
                "under review",
            ),
            pub("The Calendar Trade", None, None, True, "in preparation"),
        ],
        interests=["history of the book", "almanacs", "digital editions of early modern ephemera"],
        awards_count=2,
        layout="ConTeXt MkIV (LuaTeX), small coloured headings",
        notes=(
            "ConTeXt MkIV 2021.03.05 on LuaTeX 1.15 with TeX Gyre Pagella: section titles in a small coloured sans that differs from "
            "the body only by colour and size (the margin placement was asked for but ConTeXt kept them in the text "
            "column), italic sub-headings; the name in small caps typed in lower case; footer with the small-caps "
            "name and 'n of N'. "
            "Left-aligned 'dated' descriptions: '2019--' open end (present), 'Jan.--June 2011', one-year degrees (end "
            "only), PhD and MPhil at one university. Publications in sub-headings (Monograph, Edited volume, Articles and "
            "chapters, Under review and in progress) without the author's own name printed (co-authors as '(with "
            "X)'), titles in quotes or italics, the date in the label column ('in press', 'submitted', blank). "
            "first_author_count not scored (no author lists). Venue: the journal, the book for a chapter, the "
            "press for a monograph/edited volume. 'Grants and prizes': a book prize and a fellowship are awards (2); "
            "the research grant is not."
        ),
    )
