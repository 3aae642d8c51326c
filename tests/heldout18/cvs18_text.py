"""Text-shaped CVs: 06 (Quarto-flavoured Markdown source), 11 (text copied out of a PDF viewer)."""
from __future__ import annotations

from kit18 import FILES, edu, job, pub, write_label

MD06 = """---
title: "Curriculum Vitae"
author: "Tobias Ferreira-Lindqvist"
date: last-modified
format:
  pdf:
    documentclass: article
    geometry: margin=2cm
    mainfont: "Source Serif 4"
  html:
    theme: cosmo
execute:
  echo: false
---

::: {.grid}
::: {.g-col-8}
**Postdoctoral Research Fellow** \\
Harris School of Public Policy, University of Chicago \\
1307 E. 60th Street, Chicago, IL 60637
:::
::: {.g-col-4}
{{< fa envelope >}} [tferreira@uchicago.example.edu](mailto:tferreira@uchicago.example.edu) \\
{{< fa phone >}} 773.555.0162 \\
{{< fa globe >}} <https://tferreiralindqvist.example.io> \\
{{< fa brands github >}} [github.com/tfl-policy](https://github.com/tfl-policy)
:::
:::

## Research interests {.unnumbered}

Housing policy · local public finance · program evaluation · administrative data

## Positions {.unnumbered}

| | |
|---|---|
| 2024–present | Postdoctoral Research Fellow, Harris School of Public Policy, University of Chicago |
| 2018–2019 | Research Analyst, Urban Institute, Washington, DC |
| 2016–2018 | Policy Analyst, Office of Management and Budget, City of Baltimore |

## Education {.unnumbered}

| | |
|---|---|
| 2019–2024 | PhD, Public Policy, Harvard University (Kennedy School) |
| | *Committee:* Adeline Moreau-Strand (chair), Kwabena Asante-Ruiz, Julia Westergaard |
| 2014–2016 | MPP, Harvard Kennedy School |
| 2010–2014 | BA, Economics and Political Science, Swarthmore College |

## Publications and working papers {.unnumbered}

### Peer-reviewed

Ferreira-Lindqvist, T. 2025. "Eviction Moratoria and Household Mobility: Evidence from Court Records." *Journal of Policy Analysis and Management* 44 (1): 112–139.

Asante-Ruiz, K., T. Ferreira-Lindqvist, and J. Westergaard. 2023. "Property Tax Assessment Regressivity in U.S. Cities." *Journal of Public Economics* 221: 104861.

Ferreira-Lindqvist, T., and M. Okafor-Brandt. Forthcoming. "Rental Assistance Take-Up and Landlord Participation." *American Economic Journal: Economic Policy*.

### Working papers

Ferreira-Lindqvist, T. 2024. "Inclusionary Zoning and New Construction: A Synthetic Control Study." NBER Working Paper 32817.

Ferreira-Lindqvist, T., and J. Westergaard. "Who Pays for Code Enforcement?" Revise and resubmit, *Regional Science and Urban Economics*.

### Work in progress

"Land Value Capture in Transit Corridors" (with K. Asante-Ruiz) --- data collection under way.

### Policy reports

Urban Institute. 2019. *Budgeting for Affordable Housing Preservation in Mid-Sized Cities*. Washington, DC: Urban Institute. (lead analyst)

## Fellowships and awards {.unnumbered}

- 2024 --- Harris Postdoctoral Fellowship (this is the funding of the current post)
- 2023 --- APPAM Dissertation Fellowship
- 2022 --- Joint Center for Housing Studies Meyer Fellowship
- 2021 --- Best Student Paper Award, Urban Affairs Association

## Teaching {.unnumbered}

Teaching Fellow, Harvard Kennedy School: API-201 Quantitative Analysis and Empirical Methods (Fall 2020, Fall 2021); SUP-630 Housing Policy (Spring 2022)

## Skills {.unnumbered}

R (fixest, sf), Stata, Python, SQL, ArcGIS; restricted-use Census data (FSRDC Special Sworn Status)

## References {.unnumbered}

- Adeline Moreau-Strand, Harvard Kennedy School --- amoreau@hks.example.edu
- Kwabena Asante-Ruiz, University of Chicago --- kasante@uchicago.example.edu
"""

LABEL06 = {
    "file": "06_us_public_policy_postdoc_quarto.md",
    "name": "Tobias Ferreira-Lindqvist",
    "name_any": [],
    "emails": ["tferreira@uchicago.example.edu"],
    "phones": ["+17735550162"],
    "links": ["https://tferreiralindqvist.example.io", "github.com/tfl-policy"],
    "education": [
        edu("Harvard University", "phd", "2019", "2024"),
        edu("Harvard Kennedy School", "master", "2014", "2016"),
        edu("Swarthmore College", "bachelor", "2010", "2014"),
    ],
    "experience": [
        job("Harris School of Public Policy, University of Chicago", "Postdoctoral Research Fellow", "2024",
            "present"),
        job("Urban Institute", "Research Analyst", "2018", "2019"),
        job("City of Baltimore", "Policy Analyst", "2016", "2018"),
        job("Harvard Kennedy School", "Teaching Fellow", "2020", "2022"),
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        pub("Eviction Moratoria and Household Mobility: Evidence from Court Records",
            "Journal of Policy Analysis and Management", 2025, True, "published"),
        pub("Property Tax Assessment Regressivity in U.S. Cities", "Journal of Public Economics", 2023, False,
            "published"),
        pub("Rental Assistance Take-Up and Landlord Participation",
            "American Economic Journal: Economic Policy", None, True, "in press"),
        pub("Inclusionary Zoning and New Construction: A Synthetic Control Study", "NBER Working Paper", 2024, True,
            "preprint"),
        pub("Who Pays for Code Enforcement?", "Regional Science and Urban Economics", None, True, "under review"),
        pub("Land Value Capture in Transit Corridors", None, None, True, "in preparation"),
        pub("Budgeting for Affordable Housing Preservation in Mid-Sized Cities", "Urban Institute", 2019, False,
            "published"),
    ],
    "research_interests_any": ["Housing policy", "local public finance", "program evaluation"],
    "awards_count": 4,
    "language": "en",
    "layout": "US public-policy postdoc, Quarto-flavoured Markdown source sent as .md (YAML front matter with "
              "format options, ::: {.grid} divs, {{< fa >}} shortcodes, {.unnumbered} heading attributes, pipe "
              "tables with empty header rows)",
    "notes": "The YAML front matter gives the name as 'author' and the title 'Curriculum Vitae'; the body never "
             "repeats the name. Contact inside a Quarto grid div behind Font Awesome shortcodes; phone "
             "'773.555.0162' with dots. Positions and Education are pipe tables whose header row is empty; a "
             "committee row continues the PhD row with an empty date cell; 'Harvard University (Kennedy School)' "
             "then 'MPP, Harvard Kennedy School' (the same school named differently). 'Publications and working "
             "papers' with ### sub-headings: Chicago author-date ('Surname, I. YEAR. \"Title.\" Journal'), "
             "'Forthcoming.' in the year slot (in press, no year), an NBER working paper (preprint, 2024), 'Revise "
             "and resubmit' (under review), a work-in-progress line with '(with X)' and no author list (candidate's "
             "own: first), and a policy report whose author is the organisation, with '(lead analyst)': counted, "
             "not first-authored. First-authored: 5 of 7. 'Fellowships and awards': 4 (the Harris Postdoctoral "
             "Fellowship is listed there too; the post itself is the job). The Teaching Fellow terms Fall 2020 - "
             "Spring 2022 are one job (2020-2022). FSRDC status is not an award. Referees' e-mails are not the "
             "candidate's.",
}

TXT11 = """M A R G U E R I T E   O K O N K W O - L A N E
Composer  |  Associate Professor of Music Composition
Conservatory of Music, Oberlin College  ·  77 W. College St., Oberlin OH 44074
m.okonkwo-lane@oberlin.example.edu  ·  440-555-0135  ·  www.okonkwolane-music.example.com

EDUCATION
D.M.A. Composition, Cornell University                                   2009 – 2013
M.M. Composition, Eastman School of Music,
University of Rochester                                                   2007 – 2009
B.Mus. Composition and Piano, McGill University,
Schulich School of Music                                                  2003 – 2007

ACADEMIC APPOINTMENTS
Oberlin Conservatory of Music, Oberlin College
    Associate Professor of Composition                             2020 – present
    Assistant Professor of Composition                                2014 – 2020
Visiting Lecturer in Music, Bowdoin College                       Sept. 2013 –
                                                                    May 2014

SELECTED WORKS (commissions and premieres)
Tidewater Psalms (2024), SATB chorus and string quartet — commissioned by
    the Cleveland Chamber Choir; premiered March 2024
Ferrous (2022), orchestra, 14' — Akron Symphony Orchestra, cond. Ilse Varga-Hoyt
Glass Almanac (2019), ﬂute, clarinet, percussion, piano — Fifth House Ensemble
Small Hours (2016), solo piano, 9' — premiered by the composer

RECORDINGS
Glass Almanac. Fifth House Ensemble. New Focus Recordings FCR 311, 2021.

PUBLICATIONS
“Listening to Tides: Field Recording as Compositional Scaﬀold.” Perspectives
    of New Music 61, no. 1 (2023): 88–115.
“Notation After the Score: Graphic Practice in Midwestern Collectives.” Tempo
    76, no. 302 (2022): 41–55.
Okonkwo-Lane, M., and D. Ashby. “Teaching Orchestration with Sample Libraries.”
    Journal of Music Theory Pedagogy 35 (2021): 67–90.
“Ecologies of the Concert Hall.” Twentieth-Century Music, under review.

HONORS, PRIZES AND FELLOWSHIPS
Guggenheim Fellowship in Music Composition, 2023
Charles Ives Fellowship, American Academy of Arts and Letters, 2018
ASCAP Morton Gould Young Composer Award, 2011
Presser Music Award (graduate student grant), 2012

RESIDENCIES
MacDowell Fellow (residency), Peterborough NH, summer 2021
Copland House CULTIVATE fellow, 2017

SERVICE AND PROFESSIONAL ACTIVITY
Chair, Composition Division, Oberlin Conservatory (2022 – present)
Board member, Society of Composers, Inc. (2019 – 2023)

REFERENCES available on request.
"""

LABEL11 = {
    "file": "11_us_music_composition_assoc_prof_pdf_copy.txt",
    "name": "Marguerite Okonkwo-Lane",
    "name_any": ["M A R G U E R I T E O K O N K W O - L A N E", "MARGUERITE OKONKWO-LANE"],
    "emails": ["m.okonkwo-lane@oberlin.example.edu"],
    "phones": ["+14405550135"],
    "links": ["www.okonkwolane-music.example.com"],
    "education": [
        edu("Cornell University", "phd", "2009", "2013"),
        edu("Eastman School of Music, University of Rochester", "master", "2007", "2009"),
        edu("McGill University", "bachelor", "2003", "2007"),
    ],
    "experience": [
        job("Oberlin College", "Associate Professor of Composition", "2020", "present"),
        job("Oberlin College", "Assistant Professor of Composition", "2014", "2020"),
        job("Bowdoin College", "Visiting Lecturer in Music", "2013-09", "2014-05"),
    ],
    "publications_count": 4,
    "first_author_count": None,
    "publications_sample": [
        pub("Listening to Tides: Field Recording as Compositional Scaffold", "Perspectives of New Music", 2023, None,
            "published"),
        pub("Notation After the Score: Graphic Practice in Midwestern Collectives", "Tempo", 2022, None, "published"),
        pub("Teaching Orchestration with Sample Libraries", "Journal of Music Theory Pedagogy", 2021, None,
            "published"),
        pub("Ecologies of the Concert Hall", "Twentieth-Century Music", None, None, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 4,
    "language": "en",
    "layout": "US music composition associate professor: text copied out of a PDF viewer and sent as .txt "
              "(letter-spaced name, ligature code points, right-pushed date column wrapping)",
    "notes": "Plain text as a PDF viewer's copy gives it: the name letter-spaced in capitals 'M A R G U E R I T E   "
             "O K O N K W O - L A N E'; ligature code points U+FB02 'ﬂute' and U+FB00 'Scaﬀold' (the labelled title "
             "uses plain 'ff'). Dates pushed right with spaces; an institution name wraps to the next line before "
             "its dates ('Eastman School of Music,' / 'University of Rochester   2007 – 2009'), and 'Sept. 2013 –' "
             "/ 'May 2014' wraps in the date column. D.M.A. (doctor of musical arts) = phd level; M.M. = master; "
             "B.Mus. = bachelor. One employer line with two ranks indented under it = two jobs. Works, premieres "
             "and recordings are not publications. Publications: 4 (three without the candidate's name, one with "
             "'Okonkwo-Lane, M., and D. Ashby', so first authorship is not scored); 'under review' after the "
             "journal. Honours: Guggenheim, Ives Fellowship, ASCAP award, Presser award = 4 (the Presser award is "
             "called a grant in brackets but is listed as a prize/award by name - judgement call: counted); "
             "residencies are not awards. No research interests section.",
}


def build06() -> None:
    (FILES / LABEL06["file"]).write_text(MD06, encoding="utf-8")
    write_label(LABEL06)


def build11() -> None:
    (FILES / LABEL11["file"]).write_text(TXT11, encoding="utf-8")
    write_label(LABEL11)
