"""08: US sociology assistant professor, pandoc Markdown + citeproc ASA CSL -> DOCX -> LibreOffice PDF."""
from __future__ import annotations

import shutil

from kit20 import FILES, SRC, csl_refs, fix_docx, pin_pdf, run, workdir

STEM = "08_us_sociology_asst_prof_pandoc_asa_libreoffice"
ME = {"family": "Quintero-Haas", "given": "Mariela"}


def a(family, given):
    return {"family": family, "given": given}


def y(n):
    return {"date-parts": [[n]]}


ARTICLES = [
    dict(id="a1", type="article-journal", author=[ME, a("Oduya", "Samuel")],
         title="Eviction Filings and School Mobility: Evidence from Linked Court and Education Records",
         **{"container-title": "American Sociological Review"}, status="forthcoming"),
    dict(id="a2", type="article-journal", author=[ME],
         title="Landlords as Gatekeepers: Screening Practices in the Low-Cost Rental Market",
         **{"container-title": "Social Problems"}, issued=y(2024), volume="71", issue="3", page="812-834",
         DOI="10.1093/socpro/spad012"),
    dict(id="a3", type="article-journal", author=[a("Bergström", "Ylva"), ME, a("Nakamura", "Ken")],
         title="Neighborhood Disadvantage, Housing Instability, and Adolescent Sleep",
         **{"container-title": "Journal of Health and Social Behavior"}, issued=y(2023), volume="64", issue="2",
         page="199-216"),
    dict(id="a4", type="article-journal", author=[ME, a("Bergström", "Ylva")],
         title="Doubling Up After Eviction: Household Composition and Material Hardship",
         **{"container-title": "Demography"}, issued=y(2022), volume="59", issue="5", page="1781-1806"),
    dict(id="a5", type="article-journal", author=[a("Oduya", "Samuel"), ME],
         title="Racialized Code Enforcement in Midwestern Cities",
         **{"container-title": "City & Community"}, issued=y(2021), volume="20", issue="4", page="310-333"),
]
CHAPTERS = [
    dict(id="c1", type="chapter", author=[ME],
         title="Housing Courts as Street-Level Organizations",
         editor=[a("Desmond-Ruiz", "Clara"), a("Park", "Haneul")],
         **{"container-title": "The Oxford Handbook of the Sociology of Housing"}, publisher="Oxford University Press",
         **{"publisher-place": "New York"}, issued=y(2025), page="233-251"),
]
REVIEWS = [
    dict(id="r1", type="review-book", author=[ME], title="Review of Rent Burden, by T. Hallworth",
         **{"container-title": "Contemporary Sociology"}, issued=y(2022), volume="51", issue="6", page="540-541"),
]


def refs(entries, work, tag):
    return "\n\n".join(csl_refs([e], "american-sociological-association", work, tag=f"{tag}{i}").strip()
                       for i, e in enumerate(entries))


def build() -> str:
    work = workdir(STEM)
    md = f"""---
title: "MARIELA QUINTERO-HAAS"
---

Assistant Professor of Sociology · University of Michigan · 500 S. State St., 3115 LSA Building, Ann Arbor, MI 48109\\
mquinterohaas@umich.example.edu · 734-555-0171 · mquinterohaas.example.net

# EMPLOYMENT

**University of Michigan**, Ann Arbor, MI\\
Assistant Professor, Department of Sociology, 2021–present\\
Faculty Associate, Population Studies Center, Institute for Social Research, 2021–present

**Princeton University**, Princeton, NJ\\
Postdoctoral Research Associate, Eviction Lab, 2019–2021

# EDUCATION

Ph.D. in Sociology, University of Wisconsin–Madison, 2019\\
M.S. in Sociology, University of Wisconsin–Madison, 2015\\
B.A. in Sociology and Spanish, *magna cum laude*, Pomona College, 2012

# AREAS OF SPECIALIZATION

Urban sociology; housing and eviction; poverty and inequality; quantitative methods and record linkage

# PUBLICATIONS

### Peer-reviewed articles

{refs(ARTICLES, work, "a")}

### Book chapters

{refs(CHAPTERS, work, "c")}

### Book (under contract)

Quintero-Haas, Mariela. *The Filing: Eviction Courts and the Making of Housing Insecurity.* Under contract with
University of California Press.

### Works under review and in progress

Quintero-Haas, Mariela and Jae-won Lim. "Who Gets a Lawyer? Right-to-Counsel Laws and Eviction Outcomes."
Revise and resubmit at *Social Forces*.

Lim, Jae-won and Mariela Quintero-Haas. "Algorithmic Tenant Screening and Racial Disparities in Lease Approval."
Under review.

Quintero-Haas, Mariela. "Eviction and Voting." In preparation.

### Book reviews

{refs(REVIEWS, work, "r")}

# GRANTS AND FELLOWSHIPS

2023–2026. National Science Foundation, Sociology Program, SES-2314459, "Linking Eviction and Education
Records." PI. \\$298,500.\\
2017–2019. National Science Foundation Graduate Research Fellowship.\\
2018. American Sociological Association Minority Fellowship Program.

# AWARDS

2024\\. Best Article Award, ASA Section on Community and Urban Sociology (for *Social Problems* 2024)\\
2020\\. Dissertation Award, ASA Section on Poverty, Class, and Inequality

# TEACHING

| Course | Level | Terms |
|---|---|---|
| SOC 210 Elementary Sociological Statistics | Undergraduate | F21, F22, F24 |
| SOC 595 Urban Inequality | Graduate seminar | W23, W25 |

# SERVICE

Editorial board, *Social Problems* (2023–); Council member, ASA Section on Community and Urban Sociology
(2022–2025); reviewer for ASR, AJS, Social Forces, Demography.
"""
    src = SRC / f"{STEM}.md"
    src.write_text(md, encoding="utf-8")
    docx = work / "cv.docx"
    run(["pandoc", str(src), "-o", str(docx)])
    fix_docx(docx)
    shutil.copyfile(docx, SRC / f"{STEM}.pandoc.docx")
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(docx)])
    out = FILES / f"{STEM}.pdf"
    shutil.copyfile(work / "cv.pdf", out)
    pin_pdf(out)
    return out.name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Mariela Quintero-Haas",
    "name_any": ["MARIELA QUINTERO-HAAS"],
    "emails": ["mquinterohaas@umich.example.edu"],
    "phones": ["+17345550171"],
    "links": ["mquinterohaas.example.net"],
    "education": [
        {"institution": "University of Wisconsin–Madison", "degree_level": "phd", "start": None, "end": "2019"},
        {"institution": "University of Wisconsin–Madison", "degree_level": "master", "start": None, "end": "2015"},
        {"institution": "Pomona College", "degree_level": "bachelor", "start": None, "end": "2012"},
    ],
    "experience": [
        {"organization": "University of Michigan", "title": "Assistant Professor", "start": "2021", "end": "present"},
        {"organization": "University of Michigan", "title": "Faculty Associate", "start": "2021", "end": "present"},
        {"organization": "Princeton University", "title": "Postdoctoral Research Associate", "start": "2019",
         "end": "2021"},
    ],
    "publications_count": 10,
    "first_author_count": 7,
    "publications_sample": [
        {"title": "Eviction Filings and School Mobility: Evidence from Linked Court and Education Records",
         "venue": "American Sociological Review", "year": None, "first_author": True, "status": "in press"},
        {"title": "Landlords as Gatekeepers: Screening Practices in the Low-Cost Rental Market",
         "venue": "Social Problems", "year": 2024, "first_author": True, "status": "published"},
        {"title": "Neighborhood Disadvantage, Housing Instability, and Adolescent Sleep",
         "venue": "Journal of Health and Social Behavior", "year": 2023, "first_author": False,
         "status": "published"},
        {"title": "Housing Courts as Street-Level Organizations",
         "venue": "The Oxford Handbook of the Sociology of Housing", "year": 2025, "first_author": True,
         "status": "published"},
        {"title": "Who Gets a Lawyer? Right-to-Counsel Laws and Eviction Outcomes", "venue": "Social Forces",
         "year": None, "first_author": True, "status": "under review"},
        {"title": "Algorithmic Tenant Screening and Racial Disparities in Lease Approval", "venue": None,
         "year": None, "first_author": False, "status": "under review"},
        {"title": "Eviction and Voting", "venue": None, "year": None, "first_author": True,
         "status": "in preparation"},
    ],
    "research_interests_any": ["Urban sociology", "housing and eviction", "poverty and inequality"],
    "awards_count": 4,
    "language": "en",
    "layout": "US sociology CV, pandoc Markdown + citeproc ASA CSL -> DOCX -> LibreOffice PDF (Word-made look)",
    "notes": "Title-style capital name, contact in two wrapped lines. Employment grouped under the employer in "
             "bold ('University of Michigan, Ann Arbor, MI' then two roles with ', 2021–present' at the end: an "
             "assistant professorship and a Population Studies Center faculty associateship, both jobs). Degrees "
             "with one year (end only). ASA references as citeproc prints them: own name repeated, 'forthcoming.' "
             "in the year slot (in press, no year), 'Social Problems 71(3):812–34.', a chapter 'Pp. 233–51 in The "
             "Oxford Handbook ..., edited by ...' (venue = the handbook). Hand-typed entries: a monograph 'Under "
             "contract with University of California Press' (counted, not yet written out: in preparation, not "
             "sampled), 'Revise and resubmit at Social Forces' (under review), 'Under review.' (no venue), 'In "
             "preparation.'. A book review (Contemporary Sociology) is not a paper. Counted: 5 + 1 + 1 + 3 = 10; "
             "first author 7 (a1, a2, a4, chapter, book, R&R, draft). 'Grants and Fellowships' holds an NSF grant "
             "(not an award) and two fellowships (awards); 'Awards' two more, escaped so pandoc does not turn "
             "'2024.' into an ordered list: awards 4. Teaching table with term codes (F21, W23) is not jobs.",
}
