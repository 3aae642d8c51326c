"""03: cell-biology postdoc at EMBL (DE), moderncv 'fancy' + moderntimeline + biblatex-nature, pdfLaTeX."""
from __future__ import annotations

from kit20 import latex

STEM = "03_de_cellbio_postdoc_moderncv_fancy_timeline_biblatex_nature"

BIB = r"""
@article{ruiz2025cell,
  keywords = {research},
  author = {Ruiz-Tanaka, Mar and Albrecht, Jonas and Oyelaran, Folake and Keszthelyi, Dóra and Pepperkok, Rainer},
  author+an = {1=me},
  title = {Membrane contact sites tether stalled autophagosomes to the {ER} during amino-acid refeeding},
  journaltitle = {Nature Cell Biology}, year = {2025}, volume = {27}, pages = {402--417},
  doi = {10.1038/s41556-025-01612-3}}
@article{albrecht2024,
  keywords = {research},
  author = {Albrecht, Jonas and Ruiz-Tanaka, Mar and Halvorsen, Sindre and Pepperkok, Rainer},
  author+an = {1=eq;2=me,eq},
  title = {A split-{GFP} toolkit for imaging lipid transfer proteins at endogenous levels},
  journaltitle = {Journal of Cell Biology}, year = {2024}, volume = {223}, number = {5}, pages = {e202310044},
  doi = {10.1083/jcb.202310044}}
@article{okoye2023,
  keywords = {research},
  author = {Okoye, Chiamaka and Lindahl, Birgitta and Ruiz-Tanaka, Mar and Fernández-Quirós, Iñaki and Yamauchi, Kenji and Pepperkok, Rainer and Castellano-Brandt, Helene},
  author+an = {3=me},
  title = {{VPS13D} controls peroxisome biogenesis through lipid supply from the endoplasmic reticulum},
  journaltitle = {Developmental Cell}, year = {2023}, volume = {58}, pages = {1501--1517}}
@article{ruiz2021,
  keywords = {research},
  author = {Ruiz-Tanaka, Mar and Nakamura-Ortiz, Haruki and Ferrand, Élodie},
  author+an = {1=me},
  title = {Phosphoinositide conversion on autophagosomes requires the lipid transfer protein {ATG2A}},
  journaltitle = {The EMBO Journal}, year = {2021}, volume = {40}, pages = {e107731}}
@article{ruiz2019,
  keywords = {rev},
  author = {Ruiz-Tanaka, Mar and Ferrand, Élodie},
  author+an = {1=me},
  title = {Autophagosome closure under the microscope: new tools, old questions},
  journaltitle = {Trends in Cell Biology}, year = {2019}, volume = {29}, pages = {782--795},
  note = {Review}}
@online{ruiz2025biorxiv,
  keywords = {pre},
  author = {Ruiz-Tanaka, Mar and Halvorsen, Sindre and Albrecht, Jonas and Pepperkok, Rainer},
  author+an = {1=me},
  title = {Lipid flux into the phagophore is rate-limiting for starvation-induced autophagy},
  eprinttype = {bioRxiv}, eprint = {10.1101/2025.02.11.637402}, year = {2025},
  pubstate = {submitted}}
@article{keszthelyi2025,
  keywords = {rev},
  author = {Keszthelyi, Dóra and Ruiz-Tanaka, Mar},
  author+an = {2=me},
  title = {Quantitative correlative light and electron microscopy of organelle contacts},
  journaltitle = {Nature Protocols}, year = {2025}, pubstate = {inpress}}
"""

TEX = r"""\documentclass[10pt,a4paper,sans]{moderncv}
\moderncvstyle[nosymbols]{fancy}
\moderncvcolor{green}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[scale=0.82]{geometry}
\usepackage{moderntimeline}
\tlmaxdates{2008}{2026}
\usepackage[style=nature,sorting=none,maxbibnames=99,doi=true,url=false]{biblatex}
\addbibresource{pubs.bib}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}\ifitemannotation{eq}{\textsuperscript{\#}}{}}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\name{Mar}{Ruiz-Tanaka}
\title{Postdoctoral Fellow (EIPOD)}
\address{EMBL Heidelberg, Cell Biology and Biophysics Unit}{Meyerhofstraße 1, 69117 Heidelberg}{Germany}
\phone[mobile]{+49 30 23125 417}
\email{mar.ruiz-tanaka@embl.example.de}
\homepage{ruiztanaka.example.org}
\social[orcid]{0000-0001-8372-5519}
\begin{document}
\makecvtitle
\section{Research positions}
\tlcventry{2021}{0}{Postdoctoral Fellow (EIPOD)}{European Molecular Biology Laboratory (EMBL)}{Heidelberg, Germany}{}{Joint fellowship between the Pepperkok and Castellano-Brandt groups; lipid transfer at autophagosome--ER contacts.}
\tlcventry{2020}{2021}{Research Scientist (fixed-term, bridging)}{Institut Curie}{Paris, France}{}{}
\tldatecventry{2018}{Visiting PhD student (3 months)}{University of Tokyo, Yamauchi lab}{Tokyo}{}{}
\section{Education}
\tlcventry{2015}{2020}{PhD in Cell Biology}{Sorbonne Université / Institut Curie}{Paris}{\textit{summa cum laude}}{Thesis: \emph{Closing the autophagosome: membrane remodelling by ATG2 and ESCRT}. Advisor: Dr.~Élodie Ferrand.}
\tlcventry{2013}{2015}{MSc Molecular and Cellular Biology}{Universitat de Barcelona}{Barcelona}{}{}
\tlcventry{2009}{2013}{BSc Biochemistry}{Universidad Autónoma de Madrid}{Madrid}{}{}
\section{Research interests}
\cvitem{}{Autophagy; membrane contact sites; lipid transfer proteins; correlative light and electron microscopy}
\section{Fellowships and awards}
\cvitem{2021}{EIPOD4 Marie Skłodowska-Curie COFUND fellowship, EMBL}
\cvitem{2020}{Prix de thèse, Fondation pour la Recherche Médicale}
\cvitem{2016}{La Caixa doctoral fellowship (declined: held a Sorbonne contract instead)}
\section{Publications}
\cvitem{}{\small\# equal contribution. Own name in bold. Citations from Google Scholar, May 2025: 412; h-index 8.}
\subsection{Research papers}
\nocite{ruiz2025cell,albrecht2024,okoye2023,ruiz2021,ruiz2019,keszthelyi2025,ruiz2025biorxiv}
\printbibliography[heading=none,keyword=research]
\subsection{Reviews and protocols}
\printbibliography[heading=none,resetnumbers=true,keyword=rev]
\subsection{Preprints}
\printbibliography[heading=none,resetnumbers=true,keyword=pre]
\subsection{Selected posters and abstracts}
\cvitem{2024}{Ruiz-Tanaka M, Pepperkok R. Autophagosome--ER contacts under refeeding. \emph{EMBO Workshop on Membrane Contact Sites}, Heidelberg (poster).}
\cvitem{2022}{Ruiz-Tanaka M. ATG2A on the move. \emph{ASCB|EMBO Cell Bio 2022}, Washington DC (abstract, short talk).}
\section{Supervision}
\cvitem{2022--}{Co-supervision of two doctoral candidates (EMBL International PhD Programme) and three master's interns}
\section{Languages}
\cvitemwithcomment{Spanish}{native}{}\cvitemwithcomment{English, French}{fluent}{}\cvitemwithcomment{Japanese, German}{intermediate}{}
\end{document}
"""

LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Mar Ruiz-Tanaka",
    "name_any": [],
    "emails": ["mar.ruiz-tanaka@embl.example.de"],
    "phones": ["+493023125417"],
    "links": ["ruiztanaka.example.org"],
    "education": [
        {"institution": "Sorbonne Université / Institut Curie", "degree_level": "phd", "start": "2015", "end": "2020"},
        {"institution": "Universitat de Barcelona", "degree_level": "master", "start": "2013", "end": "2015"},
        {"institution": "Universidad Autónoma de Madrid", "degree_level": "bachelor", "start": "2009", "end": "2013"},
    ],
    "experience": [
        {"organization": "European Molecular Biology Laboratory (EMBL)", "title": "Postdoctoral Fellow (EIPOD)",
         "start": "2021", "end": "present"},
        {"organization": "Institut Curie", "title": "Research Scientist (fixed-term, bridging)", "start": "2020",
         "end": "2021"},
        {"organization": "University of Tokyo", "title": "Visiting PhD student", "start": "2018", "end": "2018"},
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        {"title": "Membrane contact sites tether stalled autophagosomes to the ER during amino-acid refeeding",
         "venue": "Nature Cell Biology", "year": 2025, "first_author": True, "status": "published"},
        {"title": "A split-GFP toolkit for imaging lipid transfer proteins at endogenous levels",
         "venue": "Journal of Cell Biology", "year": 2024, "first_author": True, "status": "published"},
        {"title": "VPS13D controls peroxisome biogenesis through lipid supply from the endoplasmic reticulum",
         "venue": "Developmental Cell", "year": 2023, "first_author": False, "status": "published"},
        {"title": "Autophagosome closure under the microscope: new tools, old questions",
         "venue": "Trends in Cell Biology", "year": 2019, "first_author": True, "status": "published"},
        {"title": "Quantitative correlative light and electron microscopy of organelle contacts",
         "venue": "Nature Protocols", "year": 2025, "first_author": False, "status": "in press"},
        {"title": "Lipid flux into the phagophore is rate-limiting for starvation-induced autophagy",
         "venue": "bioRxiv", "year": 2025, "first_author": True, "status": "preprint"},
    ],
    "research_interests_any": ["Autophagy", "membrane contact sites", "lipid transfer proteins"],
    "awards_count": 3,
    "language": "en",
    "layout": "Cell-biology postdoc, moderncv 'fancy' style (nosymbols) + moderntimeline bars + biblatex-nature, pdfLaTeX",
    "notes": "moderncv fancy: contact block in the left column, hyphenated by TeX at line ends ('W ruiz-' / "
             "'tanaka.example.org' is the homepage ruiztanaka.example.org; the e-mail's own hyphen falls at a "
             "line end too); 'M', 'E', 'W' letters instead of icons. moderntimeline draws each period as a bar "
             "with tiny start/end years placed at the right margin, out of the text order; the EIPOD bar has "
             "only a start year and runs to the end of the scale (ongoing, and the title under the name repeats "
             "the post: end 'present'); a single-year dot for the 3-month Tokyo visit (a research stay listed "
             "under 'Research positions': a job, 2018-2018, unsure). Publications: biblatex-nature, numbers "
             "continuing over 'Research papers' / 'Reviews and protocols' / 'Preprints', year at the end "
             "'(2025).', '#' after a family name = equal contribution (Albrecht# and Ruiz-Tanaka# share first "
             "authorship: counts as first), 'In press.' after the year (in press, year 2025 printed), bioRxiv "
             "entry ending 'Submitted.' under 'Preprints' (labelled preprint: the heading and venue say preprint; "
             "a reader could also say under review), a review with its 'Review' note printed inside the volume. "
             "Counted: 4 + 2 + 1 = 7; 'Selected posters and abstracts' are not papers. First author: 1, 2 (#), "
             "4, 5, 7 = 5. Awards: 3 (EIPOD MSCA fellowship, prix de thèse, a declined fellowship still listed).",
}


def build() -> str:
    return latex(STEM, TEX, BIB).name
