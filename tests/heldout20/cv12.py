"""12: Canadian ecology professor, plain text with the 'Works' of an ORCID record pasted in (CRLF not used)."""
from __future__ import annotations

from kit20 import FILES

STEM = "12_ca_ecology_professor_plaintext_orcid_works"

WORKS = [
    ("Warming winters decouple snowmelt timing from pollinator emergence in alpine meadows",
     "Ecology Letters", "2025-02", "Journal article", "10.1111/ele.14588",
     "Lindqvist-Baptiste, Rosalind; Haruna, Tomasz; Ferreyra, Camila; Aubin-Keller, Noor", "Crossref",
     "Preferred source (of 2)"),
    ("Functional trait shifts along a 40-year treeline advance in the Coast Mountains",
     "Global Change Biology", "2024-08", "Journal article", "10.1111/gcb.17421",
     "Haruna, Tomasz; Lindqvist-Baptiste, Rosalind", "Crossref", ""),
    ("Long-term monitoring networks for mountain biodiversity: lessons from three decades in British Columbia",
     "BioScience", "2023-11", "Journal article", "10.1093/biosci/biad081",
     "Lindqvist-Baptiste, Rosalind; Aubin-Keller, Noor; Mwangi-Ross, David; Castellanos, Iker; "
     "Pettersen, Silje; Okonkwo, Ebele; Haruna, Tomasz; Ferreyra, Camila; Yazzie, Corrine; Thibodeau, Luc",
     "Scopus - Elsevier", ""),
    ("Snowpack, frost and flowering: a decade of experimental snow removal",
     "Oecologia", "2021-05", "Journal article", "10.1007/s00442-021-04912-x",
     "Ferreyra, Camila; Lindqvist-Baptiste, Rosalind", "Crossref", "Preferred source (of 2)"),
    ("Alpine plant communities under climate change",
     "Mountain Ecosystems of Western North America", "2022", "Book chapter", "",
     "Lindqvist-Baptiste, Rosalind", "Rosalind Lindqvist-Baptiste", ""),
    ("Pollinator phenology mismatch across elevation gradients: a continental synthesis",
     "EcoEvoRxiv", "2025-04", "Preprint", "10.32942/X2K63B",
     "Aubin-Keller, Noor; Lindqvist-Baptiste, Rosalind", "DataCite", ""),
    ("Snow removal experiment, Whistler alpine plots, 2012-2022",
     "Dryad", "2021", "Data set", "10.5061/dryad.8w9ghx3q2",
     "Ferreyra, Camila; Lindqvist-Baptiste, Rosalind", "DataCite", ""),
    ("Flowering time responses to experimental snow removal",
     "Ecological Society of America Annual Meeting", "2019-08", "Conference abstract", "",
     "Ferreyra, Camila; Lindqvist-Baptiste, Rosalind", "Rosalind Lindqvist-Baptiste", ""),
]


def works() -> str:
    out = []
    for title, journal, date, kind, doi, contributors, source, pref in WORKS:
        block = [title, journal, f"{date} | {kind}"]
        if doi:
            block.append(f"DOI: {doi}")
        block.append(f"CONTRIBUTORS: {contributors}")
        block.append(f"Source: {source}" + (f"   {pref}" if pref else ""))
        out.append("\n".join(block))
    return "\n\n".join(out)


TEXT = f"""ROSALIND LINDQVIST-BAPTISTE, PhD
Professor, Department of Botany & Biodiversity Research Centre
University of British Columbia, 3200-6270 University Blvd, Vancouver BC V6T 1Z4, Canada
Tel. +1 604 555 0139   E-mail: r.lindqvist-baptiste@botany.ubc.example.ca
ORCID: https://orcid.org/0000-0001-6650-2914   Lab: https://alpine-lab.example.ca


CURRENT POSITION
----------------
2021-present   Professor, Department of Botany, University of British Columbia
2022-present   Associate Member (cross-appointment), Institute for Resources, Environment and
               Sustainability (IRES), University of British Columbia


PREVIOUS POSITIONS
------------------
2015-2021      Associate Professor, Department of Botany, University of British Columbia
2010-2015      Assistant Professor, Department of Biology, University of Victoria
2019 (Jan-Jun) Visiting Professor, WSL Institute for Snow and Avalanche Research SLF, Davos,
               Switzerland
2008-2010      NSERC Postdoctoral Fellow, Rocky Mountain Biological Laboratory / University of
               Colorado Boulder


EDUCATION
---------
2008   PhD, Ecology and Evolutionary Biology, University of Toronto
2003   MSc, Biology, Université Laval (Québec)
2001   BSc (Honours), Environmental Science, Stockholm University, Sweden


RESEARCH INTERESTS
------------------
Alpine plant ecology; phenology and climate change; plant-pollinator interactions;
long-term ecological monitoring


AWARDS AND DISTINCTIONS
-----------------------
2023   Killam Research Prize, University of British Columbia
2016   E.C. Pielou Award, Canadian Society for Ecology and Evolution
2007   NSERC Postdoctoral Fellowship


RESEARCH FUNDING (selected)
---------------------------
2022-2027   NSERC Discovery Grant RGPIN-2022-04418, "Snow, phenology and mountain biodiversity",
            $46,000/yr (PI)
2019-2023   Canada Foundation for Innovation JELF, "Alpine observatory network", $310,000 (PI)


PUBLICATIONS
------------
In press / accepted (not yet in my ORCID record):

Lindqvist-Baptiste R, Yazzie C, Thibodeau L (accepted) Indigenous-led monitoring of subalpine
     berry phenology. Ecological Applications.

Below: "Works" copied from my public ORCID record (https://orcid.org/0000-0001-6650-2914),
June 2025, 8 of 61 works shown. Trainees: Haruna (PhD), Ferreyra (PhD), Aubin-Keller (postdoc).

{works()}


TEACHING
--------
BIOL 416 Alpine and Arctic Ecology (every fall since 2015); BOTA 546 Graduate Seminar in Ecology


SUPERVISION
-----------
Completed: 7 PhD, 9 MSc, 5 postdocs. Current: 4 PhD, 2 MSc.


SERVICE
-------
Handling Editor, Journal of Ecology (2019-present); Editorial Board, Arctic, Antarctic, and Alpine
Research (2016-2022); NSERC Discovery Evaluation Group 1503 member (2020-2023)
"""


def build() -> str:
    out = FILES / f"{STEM}.txt"
    out.write_text(TEXT, encoding="utf-8")
    return out.name


LABEL = {
    "file": f"{STEM}.txt",
    "name": "Rosalind Lindqvist-Baptiste",
    "name_any": ["ROSALIND LINDQVIST-BAPTISTE", "ROSALIND LINDQVIST-BAPTISTE, PhD"],
    "emails": ["r.lindqvist-baptiste@botany.ubc.example.ca"],
    "phones": ["+16045550139"],
    "links": ["https://alpine-lab.example.ca"],
    "education": [
        {"institution": "University of Toronto", "degree_level": "phd", "start": None, "end": "2008"},
        {"institution": "Université Laval", "degree_level": "master", "start": None, "end": "2003"},
        {"institution": "Stockholm University", "degree_level": "bachelor", "start": None, "end": "2001"},
    ],
    "experience": [
        {"organization": "University of British Columbia", "title": "Professor", "start": "2021", "end": "present"},
        {"organization": "University of British Columbia", "title": "Associate Member (cross-appointment)",
         "start": "2022", "end": "present"},
        {"organization": "University of British Columbia", "title": "Associate Professor", "start": "2015",
         "end": "2021"},
        {"organization": "University of Victoria", "title": "Assistant Professor", "start": "2010", "end": "2015"},
        {"organization": "WSL Institute for Snow and Avalanche Research SLF", "title": "Visiting Professor",
         "start": "2019-01", "end": "2019-06"},
        {"organization": "Rocky Mountain Biological Laboratory / University of Colorado Boulder",
         "title": "NSERC Postdoctoral Fellow", "start": "2008", "end": "2010"},
    ],
    "publications_count": 7,
    "first_author_count": 4,
    "publications_sample": [
        {"title": "Indigenous-led monitoring of subalpine berry phenology", "venue": "Ecological Applications",
         "year": None, "first_author": True, "status": "accepted"},
        {"title": WORKS[0][0], "venue": "Ecology Letters", "year": 2025, "first_author": True,
         "status": "published"},
        {"title": WORKS[2][0], "venue": "BioScience", "year": 2023, "first_author": True, "status": "published"},
        {"title": WORKS[3][0], "venue": "Oecologia", "year": 2021, "first_author": False, "status": "published"},
        {"title": WORKS[4][0], "venue": "Mountain Ecosystems of Western North America", "year": 2022,
         "first_author": True, "status": "published"},
        {"title": WORKS[5][0], "venue": "EcoEvoRxiv", "year": 2025, "first_author": False, "status": "preprint"},
    ],
    "research_interests_any": ["Alpine plant ecology", "phenology and climate change", "plant-pollinator interactions"],
    "awards_count": 3,
    "language": "en",
    "layout": "Canadian ecology professor, plain text with dashed-underlined headings and the Works list of an ORCID record pasted in",
    "notes": "Capital name with ', PhD'; 'Tel.' and 'E-mail:' labels; the ORCID URL is printed (not labelled as a "
             "link: the lab site is). Date column of 15 characters, a cross-appointment at IRES wrapped onto an "
             "indented line (a job), '2019 (Jan-Jun)' visiting professorship (2019-01..2019-06), an NSERC postdoc "
             "at 'RMBL / CU Boulder'. Degrees with one year (end only). Publications: one hand-typed accepted "
             "entry '(accepted)' in the year slot, then ORCID 'Works' blocks as the public record prints them: "
             "title line, journal line, 'YYYY-MM | Journal article' (year = the date's year), 'DOI: ...', "
             "'CONTRIBUTORS: Surname, Given; ...' in full (ORCID's contributor order = author order), 'Source: Crossref   Preferred source (of 2)'. Types: "
             "4 journal articles, a book chapter (venue = the book, as ORCID puts it in the journal line), an "
             "EcoEvoRxiv 'Preprint', a Dryad 'Data set' and an ESA 'Conference abstract' (neither counted). "
             "Counted: 1 accepted + 4 + 1 + 1 = 7. First author: the accepted entry, Ecology Letters, BioScience, the "
             "sole-authored chapter = 4 (Global Change Biology, Oecologia and the preprint list a trainee first). "
             "'Awards and distinctions': 3 (Killam prize, Pielou award, NSERC PDF); NSERC Discovery and CFI are "
             "grants.",
}
