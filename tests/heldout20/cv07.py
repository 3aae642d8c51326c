"""07: German ML professor, pdfLaTeX article + biblatex-publist (own name omitted, '(with ...)', years in the margin)."""
from __future__ import annotations

from kit20 import latex

STEM = "07_de_cs_professor_pdflatex_biblatex_publist_marginyear"

BIB = r"""
@inproceedings{k1, keywords={conf}, author={Krämer-Oduya, Jonas and Weißenborn, Lea and Ocampo, Rafael},
 title={Calibrated uncertainty for neural operators via conformal risk control}, booktitle={Advances in Neural Information Processing Systems (NeurIPS)},
 volume={37}, year={2024}, pages={21044--21061}}
@inproceedings{k2, keywords={conf}, author={Weißenborn, Lea and Krämer-Oduya, Jonas},
 title={Amortized Bayesian experimental design with diffusion priors}, booktitle={Proceedings of the 41st International Conference on Machine Learning (ICML)},
 series={PMLR}, volume={235}, year={2024}, pages={52311--52330}}
@inproceedings{k3, keywords={conf}, author={Ocampo, Rafael and Haddad, Yasmin and Krämer-Oduya, Jonas},
 title={Test-time adaptation of physics-informed surrogates under distribution shift}, booktitle={International Conference on Learning Representations (ICLR)},
 year={2025}}
@inproceedings{k4, keywords={conf}, author={Krämer-Oduya, Jonas and Sørlie, Magnus},
 title={Gaussian process emulators for ice-sheet models at continental scale}, booktitle={Proceedings of the 26th International Conference on Artificial Intelligence and Statistics (AISTATS)},
 series={PMLR}, volume={206}, year={2023}, pages={8810--8828}}
@inproceedings{k5, keywords={ws}, author={Haddad, Yasmin and Krämer-Oduya, Jonas},
 title={When do neural surrogates extrapolate? A benchmark for climate emulation}, booktitle={NeurIPS 2023 Workshop on Tackling Climate Change with Machine Learning},
 year={2023}}
@article{k6, keywords={jour}, author={Krämer-Oduya, Jonas and Weißenborn, Lea and Sørlie, Magnus and Ocampo, Rafael},
 title={Probabilistic emulation of Earth-system models: a review}, journaltitle={Journal of Machine Learning Research},
 volume={25}, number={188}, year={2024}, pages={1--54}}
@article{k7, keywords={jour}, author={Sørlie, Magnus and Krämer-Oduya, Jonas and Lindberg, Kari},
 title={Sparse variational inference for spatio-temporal glacier mass balance}, journaltitle={The Annals of Applied Statistics},
 year={2025}, pubstate={forthcoming}}
@article{k8, keywords={jour}, author={Krämer-Oduya, Jonas},
 title={Kernel two-sample tests on manifolds}, journaltitle={Bernoulli}, volume={25}, number={4A}, year={2019}, pages={2807--2836}}
@online{k9, keywords={pre}, author={Ocampo, Rafael and Krämer-Oduya, Jonas},
 title={Scaling laws for neural PDE surrogates}, eprinttype={arXiv}, eprint={2506.01442}, year={2025},
 pubstate={submitted}}
"""

TEX = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{newcent}
\usepackage[left=32mm,right=20mm,top=20mm,bottom=22mm,marginparwidth=16mm,marginparsep=3mm]{geometry}
\usepackage{xcolor,titlesec,tabularx}
\usepackage[bibstyle=publist,marginyear=true,plnumbering=global-descending,plauthorname=Krämer-Oduya,plauthorfirstname=Jonas,maxnames=99]{biblatex}
\addbibresource{pubs.bib}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\lfoot{\footnotesize Prof.\ Dr.\ Jonas Krämer-Oduya --- Lebenslauf / CV}\rfoot{\footnotesize\thepage}
\titleformat{\section}{\color{teal!70!black}\large\sffamily\bfseries}{}{0pt}{}[\titlerule]
\titleformat{\subsection}{\sffamily\bfseries\small}{}{0pt}{}
\setlength{\parindent}{0pt}
\newcommand{\row}[2]{\noindent\hspace*{-19mm}\makebox[19mm][l]{\footnotesize #1}#2\par\smallskip}
\begin{document}
{\sffamily\huge Prof.\ Dr.\ Jonas Krämer-Oduya}\par\medskip
{\sffamily Professor (W3) of Machine Learning for Science, Eberhard Karls Universität Tübingen}\par
{\small Maria-von-Linden-Straße 6, 72076 Tübingen $\cdot$ +49 30 23125 688 $\cdot$ jonas.kraemer-oduya@uni-tuebingen.example.de $\cdot$ https://kraemer-oduya.example.org}
\section{Positions}
\row{since 2022}{W3 Professor of Machine Learning for Science, University of Tübingen, Department of Computer Science}
\row{since 2023}{Max Planck Fellow (joint appointment), Max Planck Institute for Intelligent Systems, Tübingen}
\row{2018--2022}{W2 Professor (tenure track), Universität Hamburg, Department of Informatics}
\row{2021}{Visiting Faculty Researcher (sabbatical, 6 months), Google Research, Zürich}
\row{2016--2018}{Postdoctoral Research Associate, University of Cambridge, Department of Engineering}
\section{Education}
\row{2016}{Dr.\ rer.\ nat.\ in Mathematics (summa cum laude), Technische Universität München}
\row{2012}{M.Sc.\ Mathematics, Technische Universität München}
\row{2010}{B.Sc.\ Mathematics, Universität Bonn}
\section{Research interests}
Probabilistic machine learning; surrogate models for simulation; uncertainty quantification; ML for climate and glaciology.
\section{Awards and honours}
\row{2023}{ERC Starting Grant ``EMULATE'' (grant no.\ 101116432), EUR 1.5M}
\row{2020}{Heinz Maier-Leibnitz-Preis, Deutsche Forschungsgemeinschaft}
\row{2017}{Best Paper Award, UAI 2017}
\section{Publications}
Own name omitted from author lists; co-authors given as ``with \ldots''. Year of publication in the margin.
\subsection{Journal articles}
\printbibliography[heading=none,keyword=jour]
\subsection{Conference papers (peer-reviewed, archival)}
\printbibliography[heading=none,keyword=conf]
\subsection{Workshop papers}
\printbibliography[heading=none,keyword=ws]
\subsection{Preprints}
\printbibliography[heading=none,keyword=pre]
\subsection{Software}
\row{2024}{\texttt{emulax} --- JAX library for probabilistic emulators (github.com/kraemer-oduya-lab/emulax), 1.2k stars}
\section{Teaching}
Probabilistic Machine Learning (MSc, every summer term, ca.\ 300 students); Seminar on Scientific ML.
\section{Supervision}
Doctoral researchers: 6 graduated, 7 current (IMPRS-IS and ELLIS PhD programme).
\section{Service}
Area Chair NeurIPS 2022--2025, ICML 2024--2025; Action Editor, \emph{Transactions on Machine Learning Research} (since 2023).
\nocite{*}
\end{document}
"""


def build() -> str:
    return latex(STEM, TEX, BIB, passes=3).name


def _p(title, venue, year, status):
    return {"title": title, "venue": venue, "year": year, "first_author": None, "status": status}


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Jonas Krämer-Oduya",
    "name_any": ["Prof. Dr. Jonas Krämer-Oduya"],
    "emails": ["jonas.kraemer-oduya@uni-tuebingen.example.de"],
    "phones": ["+493023125688"],
    "links": ["https://kraemer-oduya.example.org"],
    "education": [
        {"institution": "Technische Universität München", "degree_level": "phd", "start": None, "end": "2016"},
        {"institution": "Technische Universität München", "degree_level": "master", "start": None, "end": "2012"},
        {"institution": "Universität Bonn", "degree_level": "bachelor", "start": None, "end": "2010"},
    ],
    "experience": [
        {"organization": "University of Tübingen", "title": "W3 Professor of Machine Learning for Science",
         "start": "2022", "end": "present"},
        {"organization": "Max Planck Institute for Intelligent Systems", "title": "Max Planck Fellow",
         "start": "2023", "end": "present"},
        {"organization": "Universität Hamburg", "title": "W2 Professor (tenure track)", "start": "2018",
         "end": "2022"},
        {"organization": "Google Research", "title": "Visiting Faculty Researcher", "start": "2021", "end": "2021"},
        {"organization": "University of Cambridge", "title": "Postdoctoral Research Associate", "start": "2016",
         "end": "2018"},
    ],
    "publications_count": 9,
    "first_author_count": None,
    "publications_sample": [
        _p("Sparse variational inference for spatio-temporal glacier mass balance", "The Annals of Applied Statistics",
           2025, "in press"),
        _p("Probabilistic emulation of Earth-system models: a review", "Journal of Machine Learning Research", 2024,
           "published"),
        _p("Kernel two-sample tests on manifolds", "Bernoulli", 2019, "published"),
        _p("Test-time adaptation of physics-informed surrogates under distribution shift", "ICLR", 2025, "published"),
        _p("Calibrated uncertainty for neural operators via conformal risk control", "NeurIPS", 2024, "published"),
        _p("When do neural surrogates extrapolate? A benchmark for climate emulation", "NeurIPS Workshop", 2023,
           "published"),
        _p("Scaling laws for neural PDE surrogates", "arXiv", 2025, "preprint"),
    ],
    "research_interests_any": ["Probabilistic machine learning", "surrogate models for simulation",
                               "uncertainty quantification"],
    "awards_count": 2,
    "language": "en",
    "layout": "German CS professor, pdfLaTeX article (New Century Schoolbook) + biblatex-publist, descending numbers, years in the margin",
    "notes": "Dates hang in the left margin ('since 2022' = start 2022, end present; one-year rows). A Max Planck "
             "Fellow joint appointment beside the W3 chair and a 6-month sabbatical at Google Research ('2021', "
             "start and end 2021) are jobs. Degrees with one year (end only); 'Dr. rer. nat.' = phd. "
             "Publications by biblatex-publist: the owner's name is omitted and co-authors follow as '(with A and "
             "B)', so whether he is listed first cannot be read: first_author_count and each first_author are null "
             "(heldout15's convention for 'with A and B' lists). Year printed in the margin and again as "
             "'2024a/2024b/2024c' labels; numbers run backwards [9]..[1] across 'Journal articles' / 'Conference "
             "papers' / 'Workshop papers' / 'Preprints'; 'Forthcoming.' = in press (2025 printed); booktitles "
             "'Advances in Neural Information Processing Systems (NeurIPS)', 'International Conference on Learning "
             "Representations (ICLR)' -> NeurIPS, ICLR; 'NeurIPS 2023 Workshop on Tackling Climate Change with "
             "Machine Learning' -> NeurIPS Workshop; 'arXiv: 2506.01442. Submitted.' -> preprint (as 03). 9 papers; "
             "the emulax software entry is not one. 'Awards and honours' lists an ERC Starting Grant (a grant, not "
             "an award): awards 2 (Maier-Leibnitz-Preis, UAI best paper).",
}
