"""02: UK labour economist (Reader), pandoc Markdown + citeproc Harvard (Cite Them Right) -> HTML -> WeasyPrint."""
from __future__ import annotations

from kit20 import FILES, SRC, csl_refs, pin_pdf, run, workdir

STEM = "02_uk_economics_reader_pandoc_harvard_weasyprint"
ME = {"family": "Achebe-Lund", "given": "Kofi"}


def a(family, given):
    return {"family": family, "given": given}


def y(n):
    return {"date-parts": [[n]]}


PUBLISHED = [
    dict(id="p1", type="article-journal", author=[ME, a("Marr", "Ilse"), a("Toivonen", "Paavo")],
         title="Minimum wages, firm exit and the reallocation of low-paid workers: evidence from UK administrative data",
         **{"container-title": "Journal of the European Economic Association"}, issued={"literal": "forthcoming"}),
    dict(id="p2", type="article-journal", author=[a("Bellweather", "Rhiannon"), ME],
         title="Commuting costs and the gender pay gap after the first child",
         **{"container-title": "The Economic Journal"}, issued=y(2024), volume="134", issue="661",
         page="1893-1925", DOI="10.1093/ej/ueae017"),
    dict(id="p3", type="article-journal", author=[ME, a("Marr", "Ilse")],
         title="Monopsony in local labour markets for care workers",
         **{"container-title": "Labour Economics"}, issued=y(2023), volume="82", page="102356",
         DOI="10.1016/j.labeco.2023.102356"),
    dict(id="p4", type="article-journal", author=[a("Dervişoğlu", "Selin"), ME, a("Toivonen", "Paavo")],
         title="Zero-hours contracts and job-to-job mobility",
         **{"container-title": "ILR Review"}, issued=y(2022), volume="75", issue="5", page="1204-1233",
         DOI="10.1177/00197939211063547"),
    dict(id="p5", type="article-journal", author=[ME],
         title="Apprenticeship levies and training: a regression discontinuity design",
         **{"container-title": "Oxford Bulletin of Economics and Statistics"}, issued=y(2020), volume="82",
         issue="3", page="611-640", DOI="10.1111/obes.12344"),
]
WORKING = [
    dict(id="w1", type="report", author=[ME, a("Bellweather", "Rhiannon"), a("Nakashima", "Ren")],
         title="Algorithmic scheduling and earnings volatility in retail",
         **{"collection-title": "CEPR Discussion Paper"}, number="19214",
         publisher="Centre for Economic Policy Research", **{"publisher-place": "London"}, issued=y(2025)),
    dict(id="w2", type="report", author=[a("Marr", "Ilse"), ME],
         title="Who pays for sick pay? Incidence of statutory sick pay reforms",
         **{"collection-title": "IZA Discussion Paper"}, number="16882", publisher="IZA Institute of Labor Economics",
         **{"publisher-place": "Bonn"}, issued=y(2024)),
]
POLICY = [
    dict(id="r1", type="report", author=[ME, a("Marr", "Ilse")],
         title="The local bite of the National Living Wage, 2016-2024", publisher="Low Pay Commission",
         **{"publisher-place": "London"}, issued=y(2024)),
]


def refs(entries, work, tag):
    return "\n\n".join(csl_refs([e], "harvard-cite-them-right", work, tag=f"{tag}{i}").strip()
                       for i, e in enumerate(entries))


CSS = """
@page { size: A4; margin: 20mm 18mm 18mm 18mm;
  @bottom-left { content: "Kofi Achebe-Lund — CV"; font: 8pt 'Liberation Sans'; color: #666 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #666 } }
body { font: 10pt/1.35 'Liberation Serif'; }
h1 { font: bold 20pt 'Liberation Sans'; margin: 0 0 2pt 0; letter-spacing: 0.5pt }
header p { margin: 0; font: 9pt 'Liberation Sans'; }
h2 { font: bold 11pt 'Liberation Sans'; text-transform: uppercase; border-bottom: 1.2pt solid #1d4e89;
  color: #1d4e89; margin: 12pt 0 5pt 0; }
h3 { font: italic bold 10pt 'Liberation Serif'; margin: 7pt 0 3pt 0 }
dl { display: grid; grid-template-columns: 24mm 1fr; margin: 0 }
dt { grid-column: 1; color: #333 } dd { grid-column: 2; margin: 0 0 3pt 0 }
.refs p { margin: 0 0 4pt 0; padding-left: 6mm; text-indent: -6mm }
"""


def build() -> str:
    work = workdir(STEM)
    md = f"""---
title: Kofi Achebe-Lund
pagetitle: CV Kofi Achebe-Lund
---

<header>
<p>Reader in Economics · School of Economics, University of Bristol, Priory Road Complex, Bristol BS8 1TU, UK</p>
<p>k.achebe-lund@bristol.example.ac.uk · +44 117 496 0283 · https://achebelund.example.com · SSRN author page 3318842</p>
</header>

## Appointments

2022–present
:   **Reader in Economics**, School of Economics, University of Bristol

2023–present
:   Research Affiliate, Centre for Economic Performance, London School of Economics (part-time)

2017–2022
:   **Lecturer (Assistant Professor) in Economics**, University of Bristol

Jan–Jun 2019
:   Visiting Scholar, Department of Economics, University of California, Berkeley

2016–2017
:   Postdoctoral Research Fellow, Institute for Fiscal Studies, London

## Education

2011–2016
:   **PhD in Economics**, University College London. Thesis: *Essays on low-wage labour markets*

2010–2011
:   **MSc Economics** (Distinction), University of Warwick

2007–2010
:   **BSc Economics and Statistics**, University of Ghana

## Research fields

Labour economics, minimum wages and monopsony, gender gaps, applied microeconometrics

## Publications

### Refereed journal articles

<div class="refs">
{refs(PUBLISHED, work, "p")}
</div>

### Working papers

<div class="refs">
{refs(WORKING, work, "w")}

Achebe-Lund, K. and Toivonen, P. 'Firm-level pass-through of the National Living Wage to prices', *revise and
resubmit*, Review of Economic Studies.

Achebe-Lund, K. 'Care homes, agency staffing and quality of care', work in progress (draft available on request).
</div>

### Policy reports (not refereed)

<div class="refs">
{refs(POLICY, work, "r")}
</div>

## Research grants

2021–2025 · ESRC New Investigator Grant ES/V011234/1, 'Pay floors and low-wage careers', PI, £298,000\\
2019 · British Academy/Leverhulme Small Research Grant SRG19\\190442, £9,850

## Prizes and fellowships

2023 · Royal Economic Society Prize (best article in The Economic Journal, with R. Bellweather)\\
2015 · ESRC Doctoral Fellowship, UCL

## Teaching and supervision

Labour Economics (3rd year UG, 2017–); Applied Microeconometrics (MSc, 2020–)\\
PhD students supervised: 4 completed (first placements: Bank of England, University of Exeter), 3 current

## Professional service

Associate Editor, *Labour Economics* (2022–); Referee for AER, Econometrica, REStud, EJ, JOLE\\
Programme committee, European Association of Labour Economists (EALE) 2024
"""
    src = SRC / f"{STEM}.md"
    src.write_text(md, encoding="utf-8")
    css = work / "cv.css"
    css.write_text(CSS, encoding="utf-8")
    (SRC / f"{STEM}.css").write_text(CSS, encoding="utf-8")
    html = work / "cv.html"
    run(["pandoc", str(src), "-s", "-t", "html5", "--css", str(css), "-o", str(html)])
    out = FILES / f"{STEM}.pdf"
    run(["weasyprint", str(html), str(out)])
    pin_pdf(out)
    return out.name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Kofi Achebe-Lund",
    "name_any": [],
    "emails": ["k.achebe-lund@bristol.example.ac.uk"],
    "phones": ["+441174960283"],
    "links": ["https://achebelund.example.com"],
    "education": [
        {"institution": "University College London", "degree_level": "phd", "start": "2011", "end": "2016"},
        {"institution": "University of Warwick", "degree_level": "master", "start": "2010", "end": "2011"},
        {"institution": "University of Ghana", "degree_level": "bachelor", "start": "2007", "end": "2010"},
    ],
    "experience": [
        {"organization": "University of Bristol", "title": "Reader in Economics", "start": "2022", "end": "present"},
        {"organization": "London School of Economics", "title": "Research Affiliate", "start": "2023",
         "end": "present"},
        {"organization": "University of Bristol", "title": "Lecturer (Assistant Professor) in Economics",
         "start": "2017", "end": "2022"},
        {"organization": "University of California, Berkeley", "title": "Visiting Scholar", "start": "2019-01",
         "end": "2019-06"},
        {"organization": "Institute for Fiscal Studies", "title": "Postdoctoral Research Fellow", "start": "2016",
         "end": "2017"},
    ],
    "publications_count": 10,
    "first_author_count": 7,
    "publications_sample": [
        {"title": PUBLISHED[0]["title"], "venue": "Journal of the European Economic Association", "year": None,
         "first_author": True, "status": "in press"},
        {"title": PUBLISHED[1]["title"], "venue": "The Economic Journal", "year": 2024, "first_author": False,
         "status": "published"},
        {"title": PUBLISHED[4]["title"], "venue": "Oxford Bulletin of Economics and Statistics", "year": 2020,
         "first_author": True, "status": "published"},
        {"title": WORKING[0]["title"], "venue": "Centre for Economic Policy Research", "year": 2025, "first_author": True,
         "status": "preprint"},
        {"title": "Firm-level pass-through of the National Living Wage to prices", "venue": "Review of Economic Studies",
         "year": None, "first_author": True, "status": "under review"},
        {"title": "Care homes, agency staffing and quality of care", "venue": None, "year": None,
         "first_author": True, "status": "in preparation"},
    ],
    "research_interests_any": ["Labour economics", "minimum wages and monopsony", "gender gaps",
                               "applied microeconometrics"],
    "awards_count": 2,
    "language": "en",
    "layout": "UK economics CV, pandoc Markdown (definition lists) + citeproc Harvard Cite Them Right -> HTML5 -> WeasyPrint",
    "notes": "Dates in a 24 mm grid column (definition terms) beside 'Title, Unit, Institution'; a part-time "
             "research affiliation (LSE CEP) alongside the Readership and a 'Jan–Jun 2019' visiting post are jobs. "
             "Harvard (Cite Them Right) entries as citeproc prints them with hanging indents: '(forthcoming)' in "
             "the year slot with citeproc's '[Preprint]' tag after the journal (= in press, no year), DOIs as "
             "'Available at: https://doi.org/...'; working papers as the style prints reports: the series name is "
             "dropped, only the number and 'London: Centre for Economic Policy Research' remain (= preprint, venue "
             "the publisher as printed, year printed); two hand-typed entries after them: 'revise and resubmit, "
             "Review of Economic Studies' (under review) and 'work in progress' (in preparation). A Low Pay "
             "Commission report under 'Policy reports (not refereed)' is a written work listed under Publications "
             "and is counted (README): 5 + 2 + 2 + 1 = 10. First author (listed first, sole author included): p1, "
             "p3, p5, w1, the R&R, the draft, the report = 7. ESRC/British Academy grants are not awards; 'Prizes "
             "and fellowships': 2 (RES prize, ESRC doctoral fellowship). Phone '+44 117 496 0283' (Ofcom drama "
             "range). The SSRN author number is not a link.",
}
