r"""10: US astronomy professor, pdfLaTeX article where every section is a longtable (rows break across pages)."""

NAME = "10_us_astronomy_professor_pdflatex_longtable"
ME = r"\underline{Quarshie-Holm, A.~M.}"

# (year, authors, title, venue) -- ADS style; ‡ = student or postdoc led
LEAD = [
    ("2025", rf"Vandersloot, E.\ddag, {ME}, \& Okwuosa, C.", "The metallicity floor of Lyman-break galaxies at z = 9", "ApJ, in press"),
    ("2024", rf"{ME}, Tiwari-Brandt, R., Lemaire, S., \& Vandersloot, E.\ddag", "JWST/NIRSpec spectroscopy of the oldest stars in the Sculptor dwarf", "ApJ, 962, 118"),
    ("2024", rf"Ibekwe, N.\ddag \& {ME}", "Chemical clocks in ultra-faint dwarfs", "MNRAS, 528, 2201"),
    ("2023", rf"{ME}", "Stellar archaeology with JWST (invited review)", r"ARA\&A, 61, 303"),
    ("2023", rf"Castellano-Ruiz, M.\ddag, {ME}, Okwuosa, C., et al.", "r-process enrichment in Reticulum II revisited", r"A\&A, 671, A44"),
    ("2022", rf"{ME}, Lemaire, S., \& Ibekwe, N.\ddag", "Carbon-enhanced metal-poor stars in the Galactic bulge", "ApJ, 930, 57"),
    ("2021", rf"{ME} \& Tiwari-Brandt, R.", "A homogeneous abundance scale for 400 metal-poor giants", "AJ, 161, 212"),
    ("2020", rf"Okwuosa, C., {ME}, \& Lemaire, S.", "Binary fraction among extremely metal-poor stars", "MNRAS, 495, 4410"),
    ("2019", rf"{ME}, Castellano-Ruiz, M.\ddag, \& Halloway, J.", "The faintest galaxies as Population III laboratories", "Nature Astronomy, 3, 811"),
    ("2017", rf"{ME}", "Lithium depletion in halo dwarfs", "ApJ, 845, 9"),
    ("2015", rf"{ME}, Halloway, J., \& Tiwari-Brandt, R.", "Neutron-capture elements in Boötes I", "ApJ, 807, 174"),
    ("2012", rf"{ME} \& Halloway, J.", "Magellan/MIKE spectroscopy of Segue 1", "ApJ, 753, 64"),
    ("2008", rf"{ME}, Morrow, P., \& Sandoval, T.", "The most iron-poor star in the halo", "Nature, 455, 1089"),
    ("2005", rf"{ME} \& Morrow, P.", "Non-LTE corrections for iron in metal-poor giants", "ApJ, 628, 902"),
]
COLLAB = [
    ("2024", rf"Roux, P., Kettering, L., Adeyemi, F., {ME}, and 23 others", "First data release of the Galactic Archaeology Survey", "ApJS, 270, 11"),
    ("2023", rf"Mbeki-Farrow, T., Sato, H., et al.\ (incl.\ {ME})", "Gaia-Enceladus debris in the solar neighbourhood", "Nature, 615, 52"),
    ("2022", rf"Lindqvist, B., Roux, P., {ME}, Ibekwe, N., and 41 others", "The SDSS-V Milky Way Mapper: target selection", "AJ, 164, 101"),
    ("2021", rf"Halloway, J., Kettering, L., Okwuosa, C., {ME}, et al.", "A catalogue of 10,000 metal-poor candidates from SkyMapper", "MNRAS, 503, 1110"),
    ("2019", rf"Sato, H., Roux, P., {ME}, and 17 others", "Stellar streams in the outer halo", "ApJ, 877, 65"),
    ("2016", rf"Kettering, L., et al.\ (incl.\ {ME})", "The Pristine survey. II. Spectroscopic follow-up", "MNRAS, 460, 3412"),
]
PROC = [
    ("2024", rf"{ME}, Vandersloot, E.\ddag, \& Lemaire, S.", "A fibre-fed high-resolution spectrograph concept for the GMT", r"Proc.\ SPIE, 13096, 130961Q"),
    ("2020", rf"Lemaire, S., {ME}, et al.", "Data reduction pipeline for MIKE-2", r"Proc.\ SPIE, 11447, 114475K"),
    ("2018", rf"{ME}", "Metal-poor stars as cosmological probes", "IAU Symposium 334, 17"),
]
WHITE = [
    ("2019", rf"{ME}, Okwuosa, C., Roux, P., et al.", "Near-field cosmology with 30-m telescopes", "Astro2020 Science White Paper, BAAS, 51, 3, 244"),
    ("2025", rf"Vandersloot, E.\ddag, {ME}", "Machine-learned abundances from low-resolution spectra", "arXiv:2501.04417 (submitted to AJ)"),
]


def _rows(rows):
    return "\n".join(rf"{y} & {a.replace(chr(92) + 'ddag', chr(92) + 'ddag{}')} {y}, {t}, {v} \\[2pt]" for y, a, t, v in rows)


def tex():
    return PRE + rf"""
\section*{{Publications}}
{{\small Refereed papers: 86 (31 first author); h = 52 (ADS, Jan.\ 2025). Own name underlined; \ddag\ = student or postdoc I supervised. Selected.}}
\begin{{longtable}}{{@{{}}p{{0.9cm}}p{{15.2cm}}@{{}}}}
\multicolumn{{2}}{{@{{}}l}}{{\textit{{(a) Refereed papers led by me or my group}}}}\\[3pt]
\endfirsthead
\multicolumn{{2}}{{@{{}}l}}{{\textit{{Publications (continued)}}}}\\[3pt]
\endhead
{_rows(LEAD)}
\multicolumn{{2}}{{@{{}}l}}{{\textit{{(b) Refereed collaboration papers (significant contribution)}}}}\\[3pt]
{_rows(COLLAB)}
\multicolumn{{2}}{{@{{}}l}}{{\textit{{(c) Conference proceedings}}}}\\[3pt]
{_rows(PROC)}
\multicolumn{{2}}{{@{{}}l}}{{\textit{{(d) White papers and preprints}}}}\\[3pt]
{_rows(WHITE)}
\end{{longtable}}
""" + POST


PRE = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage{helvet}
\renewcommand{\familydefault}{\sfdefault}
\usepackage[margin=0.8in,headheight=13pt]{geometry}
\usepackage{longtable,array,fancyhdr,lastpage}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\scriptsize A.~M.~Quarshie-Holm}
\chead{\scriptsize Curriculum Vitae}
\rhead{\scriptsize January 14, 2025}
\cfoot{\scriptsize \thepage\ / \pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\LTpre}{2pt}\setlength{\LTpost}{2pt}
\newenvironment{cv}{\begin{longtable}{@{}>{\raggedright}p{2.6cm}p{13.5cm}@{}}}{\end{longtable}}
\begin{document}
\begin{center}
{\Large\bfseries Anneliese M. Quarshie-Holm}\\[2pt]
Professor of Astronomy \textbullet\ Steward Observatory, University of Arizona\\
933 N.\ Cherry Avenue, Tucson, AZ 85721 \textbullet\ 520-555-0172 \textbullet\ aquarshie@arizona.example.edu\\
\url{https://www.as.arizona.example.edu/~aquarshie} \textbullet\ ORCID 0000-0001-5550-7730
\end{center}

\section*{Professional Appointments}
\begin{cv}
2022--present & Deputy Director, Steward Observatory, University of Arizona\\
2017--present & Professor of Astronomy, Department of Astronomy and Steward Observatory, University of Arizona\\
2011--2017 & Associate Professor of Astronomy, University of Arizona\\
Jan.--June 2019 & Visiting Scientist, European Southern Observatory (ESO), Garching bei M\"unchen, Germany\\
2007--2011 & Assistant Professor of Astronomy, University of Arizona\\
2004--2007 & Hubble Postdoctoral Fellow, Carnegie Observatories, Pasadena, CA\\
\end{cv}

\section*{Education}
\begin{cv}
2004 & Ph.D., Astronomy, University of California, Berkeley. Thesis: \emph{The Iron-Poor Tail of the Halo}\\
2000 & M.A., Astronomy, University of California, Berkeley\\
1998 & A.B., Physics and Astronomy (magna cum laude), Wellesley College\\
\end{cv}

\section*{Research Interests}
Stellar archaeology and near-field cosmology; chemical abundances of metal-poor stars; dwarf galaxies; high-resolution spectroscopy and instrumentation.

\section*{Honors and Fellowships}
\begin{cv}
2021 & Fellow of the American Astronomical Society\\
2010 & Annie Jump Cannon Award in Astronomy, American Astronomical Society\\
2009--2014 & David and Lucile Packard Fellowship for Science and Engineering\\
2004 & Hubble Fellowship, NASA / Space Telescope Science Institute\\
\end{cv}

\section*{Grants (PI unless noted)}
\begin{cv}
2023--2026 & NSF AST-2307551, ``Chemical clocks of the first galaxies,'' \$612,000\\
2022--2025 & JWST GO-2611 (Cycle 1), 38.4 hours, \$289,000 (PI)\\
2018--2021 & NSF AST-1815403, ``Metal-poor stars in the bulge,'' \$470,000\\
2012--2017 & NSF CAREER AST-1255160, \$750,000\\
\end{cv}
"""

POST = r"""
\section*{Observing Time Awarded (selected)}
\begin{cv}
2017--2024 & Magellan/MIKE and M2FS, 62 nights as PI; Keck/HIRES 6 nights (co-I); VLT/UVES 40 hours (co-I)\\
\end{cv}

\section*{Invited Talks and Colloquia (selected, of 60)}
\begin{cv}
Jan.\ 2025 & Plenary review, 245th AAS Meeting, National Harbor, MD\\
Sep.\ 2023 & Colloquium, Kavli Institute for Cosmology, University of Cambridge, UK\\
June 2022 & Invited talk, ``First Stars VII,'' New York, NY\\
Nov.\ 2021 & Colloquium, Max-Planck-Institut f\"ur Astronomie, Heidelberg (virtual)\\
\end{cv}

\section*{Teaching}
\begin{cv}
ASTR 170B1 & The Physical Universe (general education; Spring 2018--2020)\\
ASTR 300A & Stellar Astrophysics (Fall, annually since 2008)\\
ASTR 545 & Graduate Stellar Astrophysics; ASTR 597 Spectroscopy Methods\\
\end{cv}

\section*{Students and Postdocs Supervised}
\begin{cv}
Ph.D.\ 2024 & Eline Vandersloot -- now 51 Pegasi b Fellow, MIT\\
Ph.D.\ 2022 & Nnamdi Ibekwe -- now Postdoctoral Researcher, Leibniz-Institut f\"ur Astrophysik Potsdam\\
Ph.D.\ 2019 & Mar\'ia Castellano-Ruiz -- now Assistant Professor, Universidad de Chile\\
Postdocs & Sophie Lemaire (2018--2021, now Staff Astronomer, Gemini Observatory); two current\\
\end{cv}

\section*{Service}
\begin{cv}
2022--present & Deputy Director, Steward Observatory (see Appointments)\\
2020--2023 & Scientific Editor, \emph{The Astrophysical Journal}\\
2019--2024 & Magellan Telescopes Board of Directors\\
2016, 2021 & NASA Hubble Fellowship selection panel; JWST Cycle 2 TAC (2023)\\
2014--2017 & AAS Council (Councilor)\\
\end{cv}

\section*{Memberships}
American Astronomical Society; International Astronomical Union (Commission G5); Astronomical Society of the Pacific.
\end{document}
"""
