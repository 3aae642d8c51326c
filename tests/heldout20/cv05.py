"""05: NL condensed-matter physicist (tenure-track), memoir class + biblatex-phys (APS), XeLaTeX."""
from __future__ import annotations

from kit20 import latex

STEM = "05_nl_physics_tenure_track_memoir_biblatex_phys_xelatex"

BIB = r"""
@article{mo2025prl, keywords={j}, author={Marchetti-Okonjo, Giulia and van der Sluijs, Joost and Ahmadi, Nasrin and Kowalewski, Piotr},
 author+an={1=me}, title={Nonreciprocal magnon transport in a chiral antiferromagnet}, journaltitle={Phys. Rev. Lett.},
 volume={134}, pages={076701}, year={2025}}
@article{ahmadi2024, keywords={j}, author={Ahmadi, Nasrin and Marchetti-Okonjo, Giulia and Brouwer, Sanne and Kowalewski, Piotr and Tanaka, Shun and Lindgren, Oskar and Vos, Merel},
 author+an={2=me}, title={Terahertz spin pumping from a layered van der {Waals} antiferromagnet}, journaltitle={Nat. Phys.},
 volume={20}, pages={1312--1318}, year={2024}, addendum={[2 of 7 authors; N.A. and G.M.-O. contributed equally]}}
@article{mo2023prb, keywords={j}, author={Marchetti-Okonjo, Giulia and Kowalewski, Piotr},
 author+an={1=me}, title={Magnon-phonon hybridization and the thermal {Hall} effect in {MnPS$_3$}}, journaltitle={Phys. Rev. B},
 volume={108}, pages={045132}, year={2023}}
@article{tanaka2022, keywords={j}, author={Tanaka, Shun and Lindgren, Oskar and Brouwer, Sanne and Vos, Merel and Okafor, Ada and Marchetti-Okonjo, Giulia and Kowalewski, Piotr and de Graaf, Hendrik and Peeters, Lotte and Nakagawa, Riku and Sharma, Vikram and Holm, Erik},
 author+an={6=me}, title={Giant spin {Seebeck} effect at a compensated interface}, journaltitle={Phys. Rev. Mater.},
 volume={6}, pages={114402}, year={2022}, addendum={[6 of 12 authors]}}
@article{mo2020, keywords={j}, author={Marchetti-Okonjo, Giulia and Rossi, Federico and Bellandi, Marta},
 author+an={1=me}, title={Spin-wave spectroscopy of thin yttrium iron garnet films grown by sputtering}, journaltitle={J. Appl. Phys.},
 volume={127}, pages={213902}, year={2020}}
@article{mo2026, keywords={j}, author={Marchetti-Okonjo, Giulia and Brouwer, Sanne and Vos, Merel},
 author+an={1=me}, title={Electrical detection of altermagnetic spin splitting in {RuO$_2$} films}, journaltitle={Phys. Rev. Lett.},
 year={2026}, pubstate={accepted}}
@online{brouwer2025, keywords={p}, author={Brouwer, Sanne and Marchetti-Okonjo, Giulia},
 author+an={2=me}, title={Machine-learned spin {Hamiltonians} from inelastic neutron scattering}, eprinttype={arXiv},
 eprint={2504.11873}, eprintclass={cond-mat.str-el}, year={2025}, addendum={submitted to Phys. Rev. X}}
@online{mo2025arx, keywords={p}, author={Marchetti-Okonjo, Giulia and Ahmadi, Nasrin and Kowalewski, Piotr},
 author+an={1=me}, title={Magnon condensation under microwave pumping in a two-dimensional magnet}, eprinttype={arXiv},
 eprint={2509.02211}, eprintclass={cond-mat.mes-hall}, year={2025}}
@thesis{mo2019phd, keywords={t}, author={Marchetti-Okonjo, Giulia}, author+an={1=me},
 title={Spin waves in insulating ferrimagnets: from bulk to thin films}, type={phdthesis}, institution={Politecnico di Milano}, year={2019}}
"""

TEX = r"""\documentclass[10pt,a4paper,oneside]{memoir}
\usepackage{fontspec}
\setmainfont{Liberation Serif}
\setsansfont{DejaVu Sans}
\settrimmedsize{297mm}{210mm}{*}
\setlrmarginsandblock{22mm}{22mm}{*}
\setulmarginsandblock{20mm}{22mm}{*}
\checkandfixthelayout
\usepackage[style=phys,biblabel=brackets,maxbibnames=6,minbibnames=3,eprint=true]{biblatex}
\addbibresource{pubs.bib}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\underline{#1}}{#1}}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\underline{#1}}{#1}}
\setsecheadstyle{\sffamily\bfseries\large}
\setsubsecheadstyle{\sffamily\itshape}
\setsecnumdepth{none}
\makepagestyle{cvpage}
\makeoddfoot{cvpage}{\footnotesize G. Marchetti-Okonjo}{}{\footnotesize\thepage/\thelastpage}
\pagestyle{cvpage}
\aliaspagestyle{chapter}{cvpage}
\setlength{\parindent}{0pt}
\newcommand{\entry}[2]{\noindent\makebox[30mm][l]{#1}\parbox[t]{\dimexpr\linewidth-30mm}{#2}\par\smallskip}
\begin{document}
{\sffamily\Huge Giulia Marchetti-Okonjo}\par\smallskip
{\sffamily Tenure-track Assistant Professor $\vert$ Kavli Institute of Nanoscience, Department of Quantum Nanoscience, Delft University of Technology}\par
{\small Lorentzweg 1, 2628 CJ Delft, The Netherlands $\vert$ g.marchetti-okonjo@tudelft.example.nl $\vert$ +31 6 5555 0192 $\vert$ github.com/gmo-magnonics}
\section{Positions}
\entry{2023 -- now}{Tenure-track Assistant Professor, Delft University of Technology}
\entry{2023 -- now}{Guest researcher (joint appointment, 10\%), Kavli Institute / QuTech, Delft}
\entry{2019 -- 2023}{Postdoctoral researcher, Zernike Institute for Advanced Materials, University of Groningen \newline (Marie Skłodowska-Curie Individual Fellow 2020--2022)}
\entry{Oct -- Dec 2018}{Visiting researcher, Tohoku University, Sendai (Institute for Materials Research)}
\section{Education}
\entry{2015 -- 2019}{PhD in Physics (cum laude), Politecnico di Milano. Advisor: Prof.\ Marta Bellandi}
\entry{2013 -- 2015}{Laurea Magistrale (MSc) in Physics Engineering, Politecnico di Milano, 110/110 e lode}
\entry{2010 -- 2013}{Laurea (BSc) in Physics, Università degli Studi di Milano}
\section{Research interests}
Magnonics and spin caloritronics; two-dimensional magnets; altermagnetism; terahertz spintronics.
\section{Grants, fellowships and prizes}
\entry{2024}{NWO Talent Programme Veni grant (VI.Veni.232.118), € 320,000 \emph{(grant)}}
\entry{2020}{Marie Skłodowska-Curie Individual Fellowship (H2020-MSCA-IF, project MAGNOTHERM)}
\entry{2019}{Premio Tesi di Dottorato, Società Italiana di Fisica}
\section{Publications}
\textit{Own name underlined; 9 items, h-index 7 (Scopus). Author positions given for long author lists.}
\subsection{Peer-reviewed journal articles}
\printbibliography[heading=none,keyword=j]
\subsection{Preprints}
\printbibliography[heading=none,keyword=p,resetnumbers=true]
\subsection{Thesis}
\printbibliography[heading=none,keyword=t,resetnumbers=true]
\subsection{Software and data}
\entry{2024}{\texttt{magnonpy} --- open-source toolkit for linear spin-wave theory (github.com/gmo-magnonics/magnonpy)}
\section{Invited talks (selection)}
\entry{2025}{APS March Meeting, Anaheim --- focus session on altermagnets}
\entry{2024}{Spin Caloritronics XIII, Sendai}
\section{Teaching and supervision}
\entry{2023 -- now}{Lecturer, \emph{Solid State Physics 2} (BSc, 180 students); \emph{Magnetism and Spintronics} (MSc)}
\entry{}{Supervising 3 PhD candidates and 6 MSc students; daily supervisor of 2 PhD candidates in Groningen (2020--2023)}
\section{Service}
Referee for PRL, PRB, Nature Physics, Nature Communications; organiser, Dutch Magnetism Day 2024.
\nocite{mo2026,mo2025prl,ahmadi2024,mo2023prb,tanaka2022,mo2020,mo2025arx,brouwer2025,mo2019phd}
\end{document}
"""


def build() -> str:
    return latex(STEM, TEX, BIB, engine="xelatex").name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Giulia Marchetti-Okonjo",
    "name_any": [],
    "emails": ["g.marchetti-okonjo@tudelft.example.nl"],
    "phones": ["+31655550192"],
    "links": ["github.com/gmo-magnonics"],
    "education": [
        {"institution": "Politecnico di Milano", "degree_level": "phd", "start": "2015", "end": "2019"},
        {"institution": "Politecnico di Milano", "degree_level": "master", "start": "2013", "end": "2015"},
        {"institution": "Università degli Studi di Milano", "degree_level": "bachelor", "start": "2010",
         "end": "2013"},
    ],
    "experience": [
        {"organization": "Delft University of Technology", "title": "Tenure-track Assistant Professor",
         "start": "2023", "end": "present"},
        {"organization": "Kavli Institute / QuTech", "title": "Guest researcher (joint appointment, 10%)",
         "start": "2023", "end": "present"},
        {"organization": "University of Groningen", "title": "Postdoctoral researcher", "start": "2019",
         "end": "2023"},
        {"organization": "Tohoku University", "title": "Visiting researcher", "start": "2018-10", "end": "2018-12"},
    ],
    "publications_count": 9,
    "first_author_count": 7,
    "publications_sample": [
        {"title": "Electrical detection of altermagnetic spin splitting in RuO2 films", "venue": "Phys. Rev. Lett.",
         "year": 2026, "first_author": True, "status": "accepted"},
        {"title": "Terahertz spin pumping from a layered van der Waals antiferromagnet", "venue": "Nat. Phys.",
         "year": 2024, "first_author": True, "status": "published"},
        {"title": "Magnon-phonon hybridization and the thermal Hall effect in MnPS3", "venue": "Phys. Rev. B",
         "year": 2023, "first_author": True, "status": "published"},
        {"title": "Giant spin Seebeck effect at a compensated interface", "venue": "Phys. Rev. Mater.", "year": 2022,
         "first_author": False, "status": "published"},
        {"title": "Machine-learned spin Hamiltonians from inelastic neutron scattering", "venue": "arXiv",
         "year": 2025, "first_author": False, "status": "preprint"},
        {"title": "Spin waves in insulating ferrimagnets: from bulk to thin films", "venue": None, "year": 2019,
         "first_author": True, "status": "published"},
    ],
    "research_interests_any": ["Magnonics and spin caloritronics", "two-dimensional magnets", "altermagnetism"],
    "awards_count": 2,
    "language": "en",
    "layout": "Physics tenure-track CV, memoir class + biblatex-phys (APS), XeLaTeX with Liberation Serif / DejaVu Sans",
    "notes": "memoir with unnumbered sans headings and a footer 'G. Marchetti-Okonjo  n/N'. Date column '2023 – "
             "now' (present), 'Oct – Dec 2018' (2018-10..2018-12); a 10% joint guest appointment at Kavli/QuTech "
             "beside the tenure-track post (a job); the MSCA fellow line inside the Groningen postdoc entry is not "
             "a separate job. Italian degrees: 'Laurea Magistrale (MSc)' = master, 'Laurea (BSc)' = bachelor. "
             "GitHub URL broken at the line end ('github.com/gmo-' / 'magnonics'). APS references (biblatex-phys) "
             "with one numbering [1]..[9] over 'Peer-reviewed journal articles' / 'Preprints' / 'Thesis'; own name "
             "underlined; maxnames 6 so long lists print 'S. Tanaka, O. Lindgren, S. Brouwer, et al.' with the "
             "position added '[6 of 12 authors]' (not first) and '[2 of 7 authors; N.A. and G.M.-O. contributed "
             "equally]' (equal with the first author: counts as first); 'Phys. Rev. Lett. (2026), accepted.' "
             "(accepted, 2026); arXiv entries '(2025) arXiv:2509.02211 [cond-mat.mes-hall]' and one '..., "
             "submitted to Phys. Rev. X.' (preprint, venue arXiv); the PhD thesis is counted without a venue "
             "(heldout15). 'Software and data' (magnonpy) and invited talks are not papers: 9 papers, first author "
             "7 (1, 2, 3 equal, 4, 6, 7, 9). 'Grants, fellowships and prizes': the Veni is a grant, awards 2 (MSCA "
             "fellowship, SIF thesis prize).",
}
