"""01: US developmental psychology associate professor, pandoc Markdown + APA 7 CSL (apa.csl) -> DOCX."""
from __future__ import annotations

from kit20 import FILES, SRC, csl_refs, fix_docx, run, workdir

STEM = "01_us_psychology_assoc_prof_pandoc_apa7_docx"
ME = {"family": "Vandermeer", "given": "Lise K."}


def a(family, given):
    return {"family": family, "given": given}


ARTICLES = [
    dict(id="j1", type="article-journal", author=[ME, a("Okafor*", "Tunde"), a("Reyes-Halloran", "Cristina")],
         title="Slow-wave sleep predicts overnight consolidation of novel word meanings in early adolescence",
         **{"container-title": "Journal of Experimental Psychology: General"}, status="in press"),
    dict(id="j2", type="article-journal", author=[a("Pham*", "Anh T."), ME],
         title="Bedtime screen use, sleep timing, and working memory: A daily diary study of 11- to 14-year-olds",
         **{"container-title": "Developmental Science"}, issued={"date-parts": [[2025]]}, volume="28", issue="2",
         page="e13561", DOI="10.1111/desc.13561"),
    dict(id="j3", type="article-journal", author=[ME, a("Brannigan", "Declan"), a("Sato", "Mirei"),
                                                   a("Lindqvist", "Hanna"), a("Okafor*", "Tunde")],
         title="Targeted memory reactivation during a daytime nap benefits vocabulary learning in children with developmental language disorder",
         **{"container-title": "Child Development"}, issued={"date-parts": [[2024]]}, volume="95", issue="4",
         page="1120-1137", DOI="10.1111/cdev.14077"),
    dict(id="j4", type="article-journal", author=[a("Reyes-Halloran", "Cristina"), ME],
         title="Actigraphy versus parent report of sleep duration in middle childhood",
         **{"container-title": "Sleep Health"}, issued={"date-parts": [[2023]]}, volume="9", issue="6",
         page="812-819", DOI="10.1016/j.sleh.2023.07.004"),
    dict(id="j5", type="article-journal", author=[ME, a("Gaskell", "Marten"), a("Brannigan", "Declan")],
         title="Sleep spindles and the integration of new words into the adolescent lexicon",
         **{"container-title": "Journal of Memory and Language"}, issued={"date-parts": [[2021]]}, volume="118",
         page="104215", DOI="10.1016/j.jml.2021.104215"),
    dict(id="j6", type="article-journal", author=[a("Sato", "Mirei"), a("Lindqvist", "Hanna"), ME],
         title="No evidence that a single night of sleep restriction impairs statistical learning in adolescents: A registered report",
         **{"container-title": "Cortex"}, issued={"date-parts": [[2020]]}, volume="131", page="45-60",
         DOI="10.1016/j.cortex.2020.06.018"),
]
CHAPTERS = [
    dict(id="c1", type="chapter", author=[ME],
         title="Sleep and learning across development",
         editor=[a("Bauer", "Patricia J."), a("Fivush", "Robyn")],
         **{"container-title": "The Wiley handbook on the development of children's memory (2nd ed.)"},
         publisher="Wiley", issued={"date-parts": [[2024]]}, page="311-334"),
]
SUBMITTED = [
    dict(id="s1", type="manuscript", author=[a("Okafor*", "Tunde"), ME],
         title="Overnight forgetting of incidental word forms in adolescents with and without ADHD",
         genre="Manuscript submitted for publication", issued={"date-parts": [[2025]]}),
    dict(id="s2", type="article", author=[ME, a("Pham*", "Anh T."), a("Gaskell", "Marten")],
         title="Does napping help or hurt? A multilevel meta-analysis of nap effects on declarative memory in children",
         publisher="PsyArXiv", issued={"date-parts": [[2025]]}, DOI="10.31234/osf.io/x7q2m"),
]
TALKS = [
    dict(id="t1", type="speech", author=[ME], title="Sleep as a learning tool in the classroom: Promise and pitfalls",
         event="Society for Research in Child Development Biennial Meeting", **{"event-place": "Salt Lake City, UT"},
         issued={"date-parts": [[2023, 3]]}, genre="Invited symposium talk"),
]


def one_by_one(entries, work, tag):
    return "\n\n".join(csl_refs([e], "apa", work, tag=f"{tag}{i}").strip() for i, e in enumerate(entries))


def build() -> str:
    work = workdir(STEM)
    md = f"""---
title: "Lise K. Vandermeer, Ph.D."
subtitle: "Curriculum Vitae — updated June 2025"
---

Department of Psychology, University of Minnesota, 75 East River Road, Minneapolis, MN 55455\\
lvandermeer@umn.example.edu · (612) 555-0137 · <https://sleeplearninglab.example.org> · ORCID 0000-0002-7781-4420

# Academic Appointments

**Associate Professor** (with tenure), Department of Psychology, University of Minnesota, 2022–present\\
Affiliate faculty, Institute of Child Development, University of Minnesota, 2023–present

**Assistant Professor**, Department of Psychology, University of Minnesota, 2017–2022

**Postdoctoral Research Fellow**, Department of Psychology, University of York (UK), 2014–2017\\
Mentor: Prof. Marten Gaskell

# Education

**Ph.D., Developmental Psychology**, University of Wisconsin–Madison, 2014\\
Dissertation: *Consolidation of novel words over sleep in school-age children*

**M.S., Psychology**, University of Wisconsin–Madison, 2011

**B.A., Psychology and Linguistics** (summa cum laude), Macalester College, 2008

# Research Interests

Sleep-dependent memory consolidation; word learning in childhood and adolescence; developmental language disorder;
open and reproducible science.

# Publications

\\* denotes a graduate or undergraduate student mentee.

## Peer-Reviewed Journal Articles

{one_by_one(ARTICLES, work, "j")}

## Book Chapters

{one_by_one(CHAPTERS, work, "c")}

## Manuscripts Under Review and Preprints

{one_by_one(SUBMITTED, work, "s")}

## Selected Conference Presentations

{one_by_one(TALKS, work, "t")}

# Grants

**Principal Investigator**, NIH/NICHD R01 HD108842, *Sleep-based interventions for word learning in developmental
language disorder*, 2023–2028, \\$2,841,000

**Principal Investigator**, NSF BCS 2011457, *Nap-dependent consolidation in middle childhood*, 2020–2024, \\$412,650

# Honors and Awards

2024 — APS Janet Taylor Spence Award for Transformative Early Career Contributions\\
2021 — McKnight Land-Grant Professorship, University of Minnesota\\
2013 — American Psychological Foundation Graduate Research Scholarship

# Teaching

PSY 3135 Developmental Psychology (undergraduate; 8 semesters)\\
PSY 8814 Sleep, Memory and the Developing Brain (graduate seminar)

# Mentoring

Doctoral advisees: Tunde Okafor (2019–), Anh T. Pham (2021–); postdoctoral fellow: Mirei Sato (2018–2020)

# Service

Associate Editor, *Developmental Science* (2023–present); Editorial board, *Child Development* (2020–present)\\
Ad hoc reviewer for *Psychological Science*, *Sleep*, *Cognition*, *Journal of Memory and Language*
"""
    src = SRC / f"{STEM}.md"
    src.write_text(md, encoding="utf-8")
    out = FILES / f"{STEM}.docx"
    run(["pandoc", str(src), "-o", str(out)])
    fix_docx(out)
    return out.name


LABEL = {
    "file": f"{STEM}.docx",
    "name": "Lise K. Vandermeer",
    "name_any": ["Lise K. Vandermeer, Ph.D.", "Lise Vandermeer"],
    "emails": ["lvandermeer@umn.example.edu"],
    "phones": ["+16125550137"],
    "links": ["https://sleeplearninglab.example.org"],
    "education": [
        {"institution": "University of Wisconsin–Madison", "degree_level": "phd", "start": None, "end": "2014"},
        {"institution": "University of Wisconsin–Madison", "degree_level": "master", "start": None, "end": "2011"},
        {"institution": "Macalester College", "degree_level": "bachelor", "start": None, "end": "2008"},
    ],
    "experience": [
        {"organization": "University of Minnesota", "title": "Associate Professor", "start": "2022", "end": "present"},
        {"organization": "University of Minnesota", "title": "Affiliate faculty", "start": "2023", "end": "present"},
        {"organization": "University of Minnesota", "title": "Assistant Professor", "start": "2017", "end": "2022"},
        {"organization": "University of York", "title": "Postdoctoral Research Fellow", "start": "2014", "end": "2017"},
    ],
    "publications_count": 9,
    "first_author_count": 5,
    "publications_sample": [
        {"title": ARTICLES[0]["title"], "venue": "Journal of Experimental Psychology: General", "year": None,
         "first_author": True, "status": "in press"},
        {"title": ARTICLES[1]["title"], "venue": "Developmental Science", "year": 2025, "first_author": False,
         "status": "published"},
        {"title": ARTICLES[2]["title"], "venue": "Child Development", "year": 2024, "first_author": True,
         "status": "published"},
        {"title": CHAPTERS[0]["title"],
         "venue": "The Wiley handbook on the development of children's memory", "year": 2024,
         "first_author": True, "status": "published"},
        {"title": SUBMITTED[0]["title"], "venue": None, "year": None, "first_author": False,
         "status": "under review"},
        {"title": SUBMITTED[1]["title"], "venue": "PsyArXiv", "year": 2025, "first_author": True,
         "status": "preprint"},
    ],
    "research_interests_any": ["Sleep-dependent memory consolidation", "word learning in childhood and adolescence",
                               "developmental language disorder"],
    "awards_count": 3,
    "language": "en",
    "layout": "US psychology academic CV, pandoc Markdown + citeproc with the real APA 7 CSL style -> DOCX (kept)",
    "notes": "pandoc DOCX: Title with ', Ph.D.', Subtitle 'Curriculum Vitae — updated June 2025', Heading 1/2. "
             "Appointments as bold title + department + institution + 'YYYY–present'; an affiliate line under the "
             "associate professorship is a second (joint) appointment; the York postdoc with a mentor line. "
             "Degrees with one year each (end only). Publications are APA 7 as citeproc prints them (apa.csl), one "
             "entry rendered at a time so the order is the author's: '*' after a family name = student mentee "
             "(explained under the heading; not equal contribution); '(in press)' in the year slot (no year); a "
             "book chapter 'In P. J. Bauer & R. Fivush (Eds.), The Wiley handbook ... (pp. 311–334)' (venue = the "
             "book); 'Manuscript submitted for publication' (under review, its 2025 is not a publication year); a "
             "PsyArXiv preprint with DOI. Counted: 6 articles + 1 chapter + 2 under review/preprint = 9; the "
             "conference presentation is a talk, not a paper. First author (listed first): 3 articles, the sole-authored chapter "
             "and the PsyArXiv preprint = 5. "
             "Grants (R01, NSF) are not awards; awards: 3.",
}
