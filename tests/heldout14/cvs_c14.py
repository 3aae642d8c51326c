"""Set 14, builders 08-09: pdfLaTeX europecv (the old Europass class), pandoc Markdown -> LaTeX -> LuaLaTeX."""

from __future__ import annotations

from kit14 import FILES, SRC, edu, job, label, latex, pub, run, write_src

TEX08 = r"""\documentclass[english,helvetica,a4paper,flagWB]{europecv}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[a4paper,top=1.6cm,left=1.2cm,right=1.4cm,bottom=2.2cm]{geometry}
\usepackage{enumitem}
\usepackage{graphicx}
\usepackage[hidelinks]{hyperref}
\ecvname{Teixeira Valadares, Bruno}
\ecvfootername{Bruno Teixeira Valadares}
\ecvaddress{Rua do Almada 214, 3.\textsuperscript{o} Esq., 4050-032 Porto (Portugal)}
\ecvtelephone{+351 912 480 377}
\ecvemail{bruno.t.valadares@example.pt}
\ecvhomepage{https://btvaladares.example.eu}
\ecvnationality{Portuguese}
\ecvdateofbirth{14 March 1991}
\ecvgender{Male}
\begin{document}
\begin{europecv}
\ecvpersonalinfo[10pt]
\ecvitem{\large Desired employment / Occupational field}{\large Structural engineering of wind-turbine blades and composite structures}

\ecvsection{Work experience}
\ecvitem{Dates}{From 01/10/2021 to date}
\ecvitem{Occupation or position held}{Senior Structural Engineer, Blade Engineering}
\ecvitem{Main activities and responsibilities}{Fatigue substantiation of adhesive joints for 108\,m blades; certification reports for DNV; lead of the bond-line test campaign (team of five).}
\ecvitem{Name and address of employer}{Siemens Gamesa Renewable Energy A/S, Borupvej 16, 7330 Brande (Denmark)}
\ecvitem{Type of business or sector}{Wind energy}
\ecvitem{}{}
\ecvitem{Dates}{15/01/2019 -- 30/09/2021}
\ecvitem{Occupation or position held}{Post-doctoral Researcher}
\ecvitem{Main activities and responsibilities}{Variable-amplitude fatigue of bonded composite joints; supervision of three MSc theses; project WINDBOND (H2020).}
\ecvitem{Name and address of employer}{INEGI -- Institute of Science and Innovation in Mechanical and Industrial Engineering, Porto (Portugal)}
\ecvitem{Type of business or sector}{Research and technology organisation}
\ecvitem{}{}
\ecvitem{Dates}{02/2013 -- 07/2013}
\ecvitem{Occupation or position held}{Engineering Trainee (curricular internship)}
\ecvitem{Name and address of employer}{Embraer Portugal, \'Evora (Portugal)}

\ecvsection{Education and training}
\ecvitem{Dates}{09/2014 -- 12/2018}
\ecvitem{Title of qualification awarded}{PhD in Mechanical Engineering}
\ecvitem{Principal subjects / occupational skills covered}{Thesis: \emph{Mixed-mode fatigue crack growth in thick adhesive bond lines}. Supervisors: Prof.\ Maria J. Quintela and Dr.\ Afonso Sousa-Brand\~ao}
\ecvitem{Name and type of organisation providing education and training}{Faculdade de Engenharia da Universidade do Porto (FEUP)}
\ecvitem{}{}
\ecvitem{Dates}{09/2009 -- 07/2014}
\ecvitem{Title of qualification awarded}{Integrated Master (MSc) in Mechanical Engineering, 17/20}
\ecvitem{Name and type of organisation providing education and training}{Faculdade de Engenharia da Universidade do Porto (FEUP)}

\ecvsection{Personal skills and competences}
\ecvmothertongue{Portuguese}
\ecvitem{Other languages}{English (C2), Danish (B1), Spanish (B2)}
\ecvitem{Technical skills and competences}{Abaqus, ANSYS Composite PrepPost, fe-safe; Python, MATLAB; DNV-ST-0376 and IEC 61400-5 blade certification}

\ecvsection{Additional information}
\ecvitem{Research interests}{Fatigue of composite structures; adhesive joints; structural health monitoring of wind-turbine blades}
\ecvitem{Publications}{\textbf{Journal articles}
\begin{enumerate}[label={[\arabic*]},leftmargin=2em,itemsep=1pt,topsep=2pt]
\item B. Teixeira Valadares, M. J. Quintela, A. Sousa-Brand\~ao, ``Fatigue damage of thick adhesive joints under variable-amplitude loading'', \emph{Composite Structures} 301 (2022) 116203.
\item R. Ferreira-Lobo, B. Teixeira Valadares, M. J. Quintela, ``A cohesive-zone model for bond-line voids in blade shear webs'', \emph{International Journal of Fatigue} 153 (2021) 106488.
\item B. Teixeira Valadares, M. J. Quintela, ``Mode-mixity effects on crack growth in structural epoxies'', \emph{Engineering Fracture Mechanics} 221 (2019) 106671.
\item B. Teixeira Valadares, K. Holmgaard-Friis, ``Probabilistic fatigue limits for trailing-edge bond lines'', \emph{Wind Energy}, in press (2025).
\item B. Teixeira Valadares, J. Norlund, ``Digital-twin updating of blade root stiffness from SCADA data'', submitted to \emph{Renewable Energy}.
\end{enumerate}
\textbf{Conference papers}
\begin{enumerate}[label={[\arabic*]},leftmargin=2em,itemsep=1pt,topsep=2pt]
\item B. Teixeira Valadares, ``Scaling of bond-line fatigue tests from coupons to sub-components'', \emph{Wind Energy Science Conference (WESC 2023)}, Glasgow, 2023.
\item C. Amorim-Reis, B. Teixeira Valadares, ``Acoustic-emission monitoring of adhesive joints'', \emph{European Conference on Composite Materials (ECCM 20)}, Lausanne, 2022.
\end{enumerate}}
\ecvitem{Awards}{Best PhD Thesis Award in Materials Engineering, Sociedade Portuguesa de Materiais (2019); FCT doctoral scholarship SFRH/BD/104477/2014 (2014--2018)}
\ecvitem{Memberships}{Ordem dos Engenheiros (Senior Member); European Academy of Wind Energy}
\end{europecv}
\end{document}
"""


def cv08() -> None:
    name = "08_structural_engineer_latex_europecv"
    d = SRC / name
    d.mkdir(parents=True, exist_ok=True)
    tex = d / "cv.tex"
    tex.write_text(TEX08, encoding="utf-8")
    out = FILES / f"{name}.pdf"
    latex(tex, out, "pdflatex", runs=2)
    label(
        out.name,
        name="Bruno Teixeira Valadares",
        name_any=["Teixeira Valadares, Bruno", "Teixeira Valadares Bruno"],
        emails=["bruno.t.valadares@example.pt"],
        phones=["+351912480377"],
        links=["https://btvaladares.example.eu"],
        education=[
            edu("Faculdade de Engenharia da Universidade do Porto (FEUP)", "phd", "2014-09", "2018-12"),
            edu("Faculdade de Engenharia da Universidade do Porto (FEUP)", "master", "2009-09", "2014-07"),
        ],
        experience=[
            job(
                "Siemens Gamesa Renewable Energy A/S",
                "Senior Structural Engineer, Blade Engineering",
                "2021-10",
                "present",
            ),
            job(
                "INEGI – Institute of Science and Innovation in Mechanical and Industrial Engineering",
                "Post-doctoral Researcher",
                "2019-01",
                "2021-09",
            ),
            job("Embraer Portugal", "Engineering Trainee (curricular internship)", "2013-02", "2013-07"),
        ],
        publications_count=7,
        first_author_count=5,
        sample=[
            pub(
                "Fatigue damage of thick adhesive joints under variable-amplitude loading",
                "Composite Structures",
                2022,
                True,
                "published",
                ["B. Teixeira Valadares", "M. J. Quintela", "A. Sousa-Brandão"],
            ),
            pub(
                "A cohesive-zone model for bond-line voids in blade shear webs",
                "International Journal of Fatigue",
                2021,
                False,
                "published",
                ["R. Ferreira-Lobo", "B. Teixeira Valadares", "M. J. Quintela"],
            ),
            pub(
                "Probabilistic fatigue limits for trailing-edge bond lines",
                "Wind Energy",
                2025,
                True,
                "in press",
                ["B. Teixeira Valadares", "K. Holmgaard-Friis"],
            ),
            pub(
                "Digital-twin updating of blade root stiffness from SCADA data",
                "Renewable Energy",
                None,
                True,
                "under review",
                ["B. Teixeira Valadares", "J. Norlund"],
            ),
            pub(
                "Scaling of bond-line fatigue tests from coupons to sub-components",
                "Wind Energy Science Conference (WESC 2023)",
                2023,
                True,
                "published",
                ["B. Teixeira Valadares"],
            ),
            pub(
                "Acoustic-emission monitoring of adhesive joints",
                "European Conference on Composite Materials (ECCM 20)",
                2022,
                False,
                "published",
                ["C. Amorim-Reis", "B. Teixeira Valadares"],
            ),
        ],
        interests=["Fatigue of composite structures", "adhesive joints", "structural health monitoring"],
        awards_count=2,
        layout="pdfLaTeX europecv (old Europass class), helvetica option",
        notes=(
            "pdfLaTeX with the CTAN europecv class (the pre-2013 Europass look; earlier sets used europasscv): the "
            "letter-spaced 'E u r o p a s s' / 'C u r r i c u l u m  V i t a e' title (kerned letters), EU flag, "
            "every field behind a right-aligned label in a left column ('Name / Surname', 'Dates', 'Occupation or "
            "position held', 'Name and address of employer', 'Title of qualification awarded'); the name as "
            "'Teixeira Valadares, Bruno' (surname first) and the footer 'Curriculum vitae of Bruno Teixeira "
            "Valadares' with 'Page n'; a mobile number as 'Telephone'; dates 'From 01/10/2021 to date', '15/01/2019 -- "
            "30/09/2021', '02/2013 -- 07/2013'; PhD and Integrated Master at FEUP. Publications and awards hidden "
            "under 'Additional information' as label-column items, two numbered lists restarting at [1]; 'Wind "
            "Energy, in press (2025)', 'submitted to Renewable Energy' (under review). Awards: a thesis award and "
            "a doctoral scholarship (2)."
        ),
    )


MD09 = r"""---
title: "Kavya R. Iyengar-Holt"
subtitle: "PhD Candidate · Carnegie Mellon University"
geometry: "margin=2cm"
fontsize: 10pt
mainfont: "TeX Gyre Schola"
sansfont: "TeX Gyre Adventor"
colorlinks: true
linkcolor: teal
urlcolor: teal
pagestyle: plain
header-includes: |
  ```{=latex}
  \usepackage{titlesec}
  \titleformat{\section}{\Large\scshape}{}{0pt}{}[\vspace{-0.6ex}\hrulefill]
  \titleformat{\subsection}{\normalsize\bfseries}{}{0pt}{}
  \usepackage{fancyhdr}
  \pagestyle{fancy}
  \fancyhf{}
  \renewcommand{\headrulewidth}{0pt}
  \fancyfoot[C]{\footnotesize Iyengar-Holt · \thepage}
  ```
---

Language Technologies Institute, School of Computer Science, Carnegie Mellon University, Pittsburgh, PA 15213 \
<kiyengar@cs.cmu.example.edu> · +1 412 555 0193 · [kavyaih.example.github.io](https://kavyaih.example.github.io) ·
[github.com/kavya-ih](https://github.com/kavya-ih)

# Research Interests

Retrieval-augmented language models, factuality and attribution, evaluation of long-form generation.

# Education

**Carnegie Mellon University**, Pittsburgh, PA — Ph.D. in Language and Information Technologies \
*Aug. 2021 – present (expected March 2026)*. Advisor: Prof. Delphine Okwuosa-Marsh

**Carnegie Mellon University** — M.S. in Language Technologies (en route) \
*Aug. 2021 – Dec. 2023*

**Indian Institute of Technology Madras** — B.Tech. in Computer Science and Engineering, minor in Linguistics \
*Jul. 2017 – May 2021*

# Publications and Submitted Manuscripts

\# denotes equal contribution.

## Conference

1. **Kavya R. Iyengar-Holt**\#, Tomasz Wierzbicki-Lane\#, Delphine Okwuosa-Marsh. “Citations that check
   themselves: verifiable attribution for retrieval-augmented generation.” *ICLR 2025*.
2. Haruto Fenwick, **Kavya R. Iyengar-Holt**, Delphine Okwuosa-Marsh. “Long-form factuality is not a sum of
   atomic facts.” *ACL 2024*.
3. **Kavya R. Iyengar-Holt**, Delphine Okwuosa-Marsh. “When retrieval hurts: calibrated abstention for
   open-domain QA.” *EMNLP 2023*.

## Workshop

1. Priyamvada Sethuraman, **Kavya R. Iyengar-Holt**. “A small benchmark for citation faithfulness in Tamil and
   Hindi.” *NeurIPS 2023 Workshop on Instruction Tuning and Instruction Following*.

## Under review and preprints

1. **Kavya R. Iyengar-Holt**, Haruto Fenwick, Tomasz Wierzbicki-Lane, Delphine Okwuosa-Marsh. “Reward models
   for attribution.” Under review at *NeurIPS 2025*.
2. Tomasz Wierzbicki-Lane\#, **Kavya R. Iyengar-Holt**\#. “Retrieval heads are sparse and transferable.”
   *arXiv:2503.04418*, 2025.

# Research Projects

**Research Intern**, Google DeepMind, London — *May – Aug. 2024* \
Host: Dr. Ilse Vanterpool. Attribution-aware decoding for long-form answers; one paper under review.

**Applied Scientist Intern**, Amazon Alexa AI, Seattle — *May – Aug. 2022*

**Factual consistency of clinical summaries** (course project, 11-711) — *Fall 2021* \
Advisor: Prof. Delphine Okwuosa-Marsh.

# Teaching

Teaching Assistant, 11-711 Advanced NLP, CMU (Fall 2022). Teaching Assistant, CS6370 Natural Language
Processing, IIT Madras (Jan. – May 2021).

# Honours

- Siebel Scholar, Class of 2025
- CMU LTI Presidential Fellowship, 2021
- Outstanding Paper Award, EMNLP 2023 (for “When retrieval hurts”)
- Institute Silver Medal, IIT Madras, 2021

# Service

Reviewer: ACL Rolling Review (2023–), NeurIPS (2024), ICLR (2025). Co-organiser, CMU LTI Student Research
Symposium 2023.
"""


def cv09() -> None:
    name = "09_nlp_phd_candidate_pandoc_markdown_lualatex"
    d = SRC / name
    d.mkdir(parents=True, exist_ok=True)
    md = write_src(f"{name}/cv.md", MD09)
    run(["pandoc", md.name, "--standalone", "-o", "cv.tex"], cwd=d)
    out = FILES / f"{name}.pdf"
    latex(d / "cv.tex", out, "lualatex", runs=2)
    label(
        out.name,
        name="Kavya R. Iyengar-Holt",
        name_any=["Kavya Iyengar-Holt"],
        emails=["kiyengar@cs.cmu.example.edu"],
        phones=["+14125550193"],
        links=["https://kavyaih.example.github.io", "github.com/kavya-ih"],
        education=[
            edu("Carnegie Mellon University", "phd", "2021-08", "present"),
            edu("Carnegie Mellon University", "master", "2021-08", "2023-12"),
            edu("Indian Institute of Technology Madras", "bachelor", "2017-07", "2021-05"),
        ],
        experience=[
            job("Google DeepMind", "Research Intern", "2024-05", "2024-08"),
            job("Amazon Alexa AI", "Applied Scientist Intern", "2022-05", "2022-08"),
            job("CMU", "Teaching Assistant", None, None),
            job("IIT Madras", "Teaching Assistant", "2021-01", "2021-05"),
        ],
        publications_count=6,
        first_author_count=4,
        sample=[
            pub(
                "Citations that check themselves: verifiable attribution for retrieval-augmented generation",
                "ICLR",
                2025,
                True,
                "published",
                ["Kavya R. Iyengar-Holt#", "Tomasz Wierzbicki-Lane#", "Delphine Okwuosa-Marsh"],
            ),
            pub(
                "Long-form factuality is not a sum of atomic facts",
                "ACL",
                2024,
                False,
                "published",
                ["Haruto Fenwick", "Kavya R. Iyengar-Holt", "Delphine Okwuosa-Marsh"],
            ),
            pub(
                "When retrieval hurts: calibrated abstention for open-domain QA",
                "EMNLP",
                2023,
                True,
                "published",
                ["Kavya R. Iyengar-Holt", "Delphine Okwuosa-Marsh"],
            ),
            pub(
                "A small benchmark for citation faithfulness in Tamil and Hindi",
                "NeurIPS Workshop",
                2023,
                False,
                "published",
                ["Priyamvada Sethuraman", "Kavya R. Iyengar-Holt"],
            ),
            pub(
                "Reward models for attribution",
                "NeurIPS",
                None,
                True,
                "under review",
                [
                    "Kavya R. Iyengar-Holt",
                    "Haruto Fenwick",
                    "Tomasz Wierzbicki-Lane",
                    "Delphine Okwuosa-Marsh",
                ],
            ),
            pub(
                "Retrieval heads are sparse and transferable",
                "arXiv",
                2025,
                True,
                "preprint",
                ["Tomasz Wierzbicki-Lane#", "Kavya R. Iyengar-Holt#"],
            ),
        ],
        interests=[
            "Retrieval-augmented language models",
            "factuality and attribution",
            "evaluation of long-form generation",
        ],
        awards_count=4,
        layout="pandoc Markdown -> LaTeX (default template) -> LuaLaTeX",
        notes=(
            "pandoc 2.17 Markdown with YAML metadata to a standalone LaTeX file (pandoc's default template: the "
            "name is the centred \\title, the subtitle under it) compiled by LuaLaTeX with TeX Gyre Schola; small-caps "
            "section headings with a rule, bold sub-headings. 'Publications and Submitted Manuscripts' with "
            "sub-headings Conference / Workshop / Under review and preprints, each an ordered list restarting at "
            "1.; titles in typographic quotes then the venue and year in italics ('ICLR 2025', 'NeurIPS 2023 "
            "Workshop on ...'); '#' equal contribution defined (a '#'-marked second author counts as first); "
            "'Under review at NeurIPS 2025' (year not scored); 'arXiv:2503.04418, 2025'. PhD 'Aug. 2021 – present "
            "(expected March 2026)' (end present) and an en-route M.S. at the same university. 'Research "
            "Projects' holds two internships (jobs) and a course project with an 'Advisor:' line (not a job). Two TA "
            "posts run together in one prose paragraph under Teaching are jobs (organisation as printed, 'CMU' / "
            "'IIT Madras'; 'Fall 2022' left undated). Honours: 4 (the paper award names a paper; no "
            "extra paper). Footer 'Iyengar-Holt · n'."
        ),
    )
