"""heldout30 files 01-04: Symplectic Elements print, Pure portal print, ORCID record print, Hugo Wowchemy page."""
from __future__ import annotations

from kit30 import FILES, browser_css, edu, html_to_pdf_chromium, html_to_pdf_weasy, job, pub

# ---------------------------------------------------------------- 01 Symplectic Elements 'print profile'
F01 = "01_uk_chemistry_reader_symplectic_elements_print.pdf"

SYM_CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
.topbar { background: #1f3a5f; color: #fff; padding: 6px 10px; font-size: 11pt; }
.topbar b { letter-spacing: 1px; }
.card { border: 1px solid #c9d2dc; border-radius: 3px; margin: 8px 0; }
.card h2 { background: #eef2f6; margin: 0; padding: 4px 8px; font-size: 10.5pt; color: #1f3a5f;
  border-bottom: 1px solid #c9d2dc; }
.card .in { padding: 4px 10px; }
.item { border-bottom: 1px dotted #bbb; padding: 4px 0; }
.item:last-child { border-bottom: none; }
.t { font-weight: bold; color: #0b4f8a; }
.meta { color: #555; font-size: 8.5pt; }
.meta span { display: inline-block; margin-right: 14px; }
.lbl { color: #777; }
table.kv td { padding: 1px 8px 1px 0; vertical-align: top; }
.photo { float: right; width: 70px; height: 84px; border: 1px solid #aaa; text-align: center; font-size: 7pt;
  color: #999; line-height: 84px; }
"""


def _sym_item(title, authors, journal, meta):
    spans = "".join(f'<span><span class="lbl">{k}:</span> {v}</span>' for k, v in meta)
    return (f'<div class="item"><div class="t">{title}</div><div>{authors}</div>'
            f'<div><i>{journal}</i></div><div class="meta">{spans}</div></div>')


def build01():
    pubs = [
        _sym_item("Ultrafast solvent reorganisation around photoexcited iron(II) polypyridyl complexes",
                  "Okonjo-Hale P, Ferreira-Lund A, Sadiq M, Brannigan T", "The Journal of Physical Chemistry Letters",
                  [("Output type", "Journal article"), ("Status", "Published"), ("Publication date", "14/03/2024"),
                   ("Volume", "15"), ("Pages", "2871-2879"), ("DOI", "10.1021/acs.jpclett.4c99012")]),
        _sym_item("Charge-transfer dynamics at dye-sensitised NiO interfaces probed by femtosecond stimulated Raman "
                  "spectroscopy", "Brannigan T*, Okonjo-Hale P*, Quayle-Ross E, Sadiq M "
                  "<span class='meta'>(* joint first authors)</span>", "Nature Communications",
                  [("Output type", "Journal article"), ("Status", "Accepted"), ("Acceptance date", "02/05/2024")]),
        _sym_item("A benchmark set of excited-state lifetimes for transition-metal photosensitisers",
                  "Tran-Whitby D, Ilves K, Okonjo-Hale P", "ChemRxiv",
                  [("Output type", "Preprint"), ("Status", "Published online"), ("Publication date", "29/01/2024"),
                   ("DOI", "10.26434/chemrxiv-2024-x7q1k")]),
        _sym_item("Vibronic coherence in a copper(I) phenanthroline dimer resolved by two-dimensional electronic "
                  "spectroscopy", "Sadiq M, Okonjo-Hale P", "Chemical Science",
                  [("Output type", "Journal article"), ("Status", "Published"), ("Publication date", "07/09/2023"),
                   ("Volume", "14"), ("Issue", "35"), ("DOI", "10.1039/d3sc99871a")]),
        _sym_item("Machine-learned potential energy surfaces for excited-state proton transfer in hydroxyflavones",
                  "Ilves K, Tran-Whitby D, Okonjo-Hale P", "Physical Chemistry Chemical Physics",
                  [("Output type", "Journal article"), ("Status", "Published"), ("Publication date", "21/06/2022"),
                   ("DOI", "10.1039/d2cp99118e")]),
        _sym_item("Time-resolved vibrational spectroscopy of metal complexes",
                  "Okonjo-Hale P", "In: Spectroscopic Properties of Inorganic and Organometallic Compounds, Vol. 52. "
                  "Royal Society of Chemistry",
                  [("Output type", "Chapter"), ("Status", "Published"), ("Publication date", "2021"),
                   ("ISBN", "978-1-83916-999-0")]),
        _sym_item("Photoinduced electron transfer in NiO|dye|catalyst assemblies (oral presentation)",
                  "Okonjo-Hale P, Brannigan T", "Faraday Discussion: Ultrafast photoinduced processes, London",
                  [("Output type", "Conference abstract"), ("Status", "Published"), ("Publication date", "2019")]),
        _sym_item("Solvent-controlled intersystem crossing in thionated nucleobases",
                  "Okonjo-Hale P, Jessen RV, Holm-Andersen S", "Journal of the American Chemical Society",
                  [("Output type", "Journal article"), ("Status", "Published"), ("Publication date", "11/05/2016"),
                   ("Volume", "138"), ("Pages", "6122-6131"), ("DOI", "10.1021/jacs.6b99375")]),
        _sym_item("Transient absorption anisotropy of a ruthenium bipyridyl dimer in ionic liquids",
                  "Okonjo-Hale P, Whitcombe GA", "Journal of Chemical Physics",
                  [("Output type", "Journal article"), ("Status", "Published"), ("Publication date", "2013"),
                   ("Volume", "139"), ("DOI", "10.1063/1.4899001")]),
    ]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dr Perpetua Okonjo-Hale - Elements</title>
<style>{SYM_CSS}{browser_css('01/07/2024, 09:41', 'Dr Perpetua Okonjo-Hale - Elements',
 'https://elements.leeds.example.ac.uk/userprofile.html?uid=48213&em=false')}</style></head><body>
<div class="topbar"><b>symplectic ELEMENTS</b> &nbsp;|&nbsp; My Profile &nbsp;›&nbsp; Print profile</div>
<div class="card"><h2>Dr Perpetua Okonjo-Hale</h2><div class="in"><div class="photo">Profile photo</div>
<table class="kv"><tr><td class="lbl">Position</td><td>Reader in Physical Chemistry</td></tr>
<tr><td class="lbl">Department</td><td>School of Chemistry, Faculty of Engineering and Physical Sciences</td></tr>
<tr><td class="lbl">Organisation</td><td>University of Leeds</td></tr>
<tr><td class="lbl">Email</td><td>p.okonjo-hale@leeds.example.ac.uk</td></tr>
<tr><td class="lbl">Phone</td><td>+44 (0)113 496 0712</td></tr>
<tr><td class="lbl">ORCID iD</td><td>0000-0002-7140-000X (linked)</td></tr>
<tr><td class="lbl">Web addresses</td><td>Research group: https://okonjohale-lab.example.org</td></tr></table>
<div style="clear:both"></div></div></div>
<div class="card"><h2>Overview</h2><div class="in"><p>I lead a group of nine researchers working on how molecules
use light. We combine femtosecond transient absorption, stimulated Raman and two-dimensional electronic spectroscopy
with machine-learned excited-state simulations to follow charge and energy flow in transition-metal photosensitisers
and dye-sensitised photocathodes.</p>
<p><span class="lbl">Research interests:</span> ultrafast spectroscopy; excited-state dynamics; photocatalysis and
solar fuels; machine-learned potentials</p></div></div>
<div class="card"><h2>Professional activities &nbsp;›&nbsp; Academic appointments (4)</h2><div class="in">
<div class="item"><div class="t">Reader in Physical Chemistry</div><div>School of Chemistry, University of Leeds, Leeds,
United Kingdom</div><div class="meta"><span><span class="lbl">Start date:</span> 01/08/2021</span>
<span><span class="lbl">End date:</span> Ongoing</span></div></div>
<div class="item"><div class="t">University Academic Fellow / Lecturer</div><div>School of Chemistry, University of Leeds,
Leeds, United Kingdom</div><div class="meta"><span><span class="lbl">Start date:</span> 01/09/2016</span>
<span><span class="lbl">End date:</span> 31/07/2021</span></div></div>
<div class="item"><div class="t">Marie Skłodowska-Curie Individual Fellow</div><div>Department of Chemistry, University
of Copenhagen, Copenhagen, Denmark</div><div class="meta"><span><span class="lbl">Start date:</span> 01/09/2014</span>
<span><span class="lbl">End date:</span> 31/08/2016</span></div></div>
<div class="item"><div class="t">Postdoctoral Research Associate</div><div>Yusuf Hamied Department of Chemistry,
University of Cambridge, Cambridge, United Kingdom</div><div class="meta"><span><span class="lbl">Start date:</span>
01/10/2012</span><span><span class="lbl">End date:</span> 31/08/2014</span></div></div></div></div>
<div class="card"><h2>Professional activities &nbsp;›&nbsp; Degrees (2)</h2><div class="in">
<div class="item"><div class="t">PhD, Physical Chemistry</div><div>University of Cambridge</div>
<div class="meta"><span><span class="lbl">Start date:</span> 10/2008</span><span><span class="lbl">Awarded:</span>
12/2012</span><span><span class="lbl">Thesis:</span> Ultrafast relaxation of ruthenium polypyridyls in confined
solvents</span></div></div>
<div class="item"><div class="t">MChem, Chemistry (First Class)</div><div>University of Oxford</div>
<div class="meta"><span><span class="lbl">Start date:</span> 10/2004</span><span><span class="lbl">Awarded:</span>
06/2008</span></div></div></div></div>
<div class="card"><h2>Publications (9 of 57 shown &middot; Favourites)</h2><div class="in">{''.join(pubs)}</div></div>
<div class="card"><h2>Grants (2 of 6 shown)</h2><div class="in">
<div class="item"><div class="t">Photocathodes that remember: watching charge accumulation in real time</div>
<div>EPSRC New Investigator Award, EP/X03Z991/1 &middot; Principal Investigator &middot; £452,000</div>
<div class="meta"><span><span class="lbl">Start date:</span> 01/01/2023</span><span><span class="lbl">End date:</span>
31/12/2025</span></div></div>
<div class="item"><div class="t">Ultrafast Raman upgrade for the Leeds Laser Facility</div><div>Royal Society Research
Grant RGS\\R1\\231999 &middot; PI &middot; £20,000</div></div></div></div>
<div class="card"><h2>Professional activities &nbsp;›&nbsp; Awards and honours (2)</h2><div class="in">
<div class="item"><div class="t">Marlow Award</div><div>Royal Society of Chemistry</div>
<div class="meta"><span><span class="lbl">Date awarded:</span> 2020</span></div></div>
<div class="item"><div class="t">Partnership Award for Teaching Excellence (team)</div><div>University of Leeds</div>
<div class="meta"><span><span class="lbl">Date awarded:</span> 2018</span></div></div></div></div>
<div class="card"><h2>Teaching activities (1)</h2><div class="in"><div class="item">CHEM2291 Thermodynamics and
Kinetics (module leader), 2017 – ongoing</div></div></div>
</body></html>"""
    html_to_pdf_weasy(html, FILES / F01, "01_symplectic_print.html")


L01 = {
    "file": F01,
    "name": "Perpetua Okonjo-Hale",
    "name_any": ["Dr Perpetua Okonjo-Hale", "Okonjo-Hale, Perpetua"],
    "emails": ["p.okonjo-hale@leeds.example.ac.uk"],
    "phones": ["+441134960712"],
    "links": ["https://okonjohale-lab.example.org"],
    "education": [edu("University of Cambridge", "phd", "2008-10", "2012-12"),
                  edu("University of Oxford", "master", "2004-10", "2008-06")],
    "experience": [job("University of Leeds", "Reader in Physical Chemistry", "2021-08", "present"),
                   job("University of Leeds", "University Academic Fellow / Lecturer", "2016-09", "2021-07"),
                   job("University of Copenhagen", "Marie Skłodowska-Curie Individual Fellow", "2014-09", "2016-08"),
                   job("University of Cambridge", "Postdoctoral Research Associate", "2012-10", "2014-08")],
    "publications_count": 8,
    "first_author_count": 5,
    "publications_sample": [
        pub("Ultrafast solvent reorganisation around photoexcited iron(II) polypyridyl complexes",
            "The Journal of Physical Chemistry Letters", 2024, True, "published"),
        pub("A benchmark set of excited-state lifetimes for transition-metal photosensitisers", "ChemRxiv", 2024,
            False, "preprint"),
        pub("Vibronic coherence in a copper(I) phenanthroline dimer resolved by two-dimensional electronic "
            "spectroscopy", "Chemical Science", 2023, False, "published"),
        pub("Solvent-controlled intersystem crossing in thionated nucleobases",
            "Journal of the American Chemical Society", 2016, True, "published"),
        pub("Time-resolved vibrational spectroscopy of metal complexes",
            "Spectroscopic Properties of Inorganic and Organometallic Compounds", 2021, True, "published"),
    ],
    "research_interests_any": ["ultrafast spectroscopy", "excited-state dynamics", "machine-learned potentials"],
    "awards_count": 2,
    "language": "en",
    "layout": "Symplectic Elements 'Print profile' look (boxed cards, metadata labels), WeasyPrint, imitated browser print lines",
    "notes": "Research-information-system profile export: a top bar, a contact card with label rows (Position, "
             "Department, Organisation, Email, Phone '+44 (0)113 496 0712', a bare ORCID iD (not a link), 'Web "
             "addresses: Research group: URL'), cards 'Professional activities › Academic appointments (4)' with "
             "'Start date: DD/MM/YYYY' / 'End date: Ongoing' (= present), Degrees with 'Start date: MM/YYYY' and "
             "'Awarded: MM/YYYY' (MChem = integrated master's, level master). Publications card '9 of 57 shown': "
             "every item has 'Output type' and 'Status' labels. Counted 8: six journal articles/preprint/chapter "
             "plus the accepted Nature Communications paper; the 'Conference abstract' item is not a paper. First "
             "author 5 (JPCL, the '*' joint-first Nat Commun item, the chapter, JACS, JCP). The accepted item prints "
             "only an acceptance date; it is not sampled. 'Status: Published online' on a ChemRxiv 'Preprint' = "
             "preprint. EPSRC 'New Investigator Award' is a grant (Grants card), not an award; awards = the two in "
             "'Awards and honours'. The browser print lines (date, page title, Elements URL, '1/3') are not the "
             "candidate's data: the Elements URL is not labelled as a link.",
}

# ---------------------------------------------------------------- 02 Elsevier Pure research portal person page
F02 = "02_nl_epidemiology_assoc_prof_pure_portal_chromium.pdf"

PURE_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #1a1a1a; margin: 0 18px; }
@page { size: A4; margin: 12mm 10mm; }
.hdr { border-bottom: 3px solid #c8102e; padding: 6px 0; display: flex; justify-content: space-between; }
.hdr .logo { font-weight: bold; color: #c8102e; font-size: 12pt; }
.hdr nav span { margin-left: 14px; color: #444; }
.person { display: flex; margin: 12px 0; }
.avatar { width: 90px; height: 90px; border-radius: 50%; background: #d9d9d9; margin-right: 16px; }
.person h1 { font-size: 17pt; margin: 0 0 4px 0; font-weight: normal; }
.person .aff { color: #c8102e; }
.person .links span { display: inline-block; margin-right: 16px; color: #0062a3; }
h2 { font-size: 12pt; font-weight: normal; border-bottom: 1px solid #ddd; margin-top: 16px; color: #333; }
h3 { font-size: 10pt; margin: 10px 0 2px 0; }
.fp span { display: inline-block; border: 1px solid #ccc; padding: 2px 6px; margin: 2px; border-radius: 10px; }
.ro { margin: 8px 0; }
.ro .title { color: #0062a3; font-size: 10pt; }
.ro .type { color: #666; font-size: 8pt; }
.oa { background: #f2a900; color: #fff; font-size: 7pt; padding: 0 3px; }
.q { margin: 6px 0; }
.q .d { color: #555; }
"""


def _pure(title, byline, typ, oa=False):
    badge = ' <span class="oa">Open Access</span>' if oa else ""
    return (f'<div class="ro"><div class="title">{title}</div><div>{byline}</div>'
            f'<div class="type">Research output: {typ}{badge}</div></div>')


def build02():
    outputs = "".join([
        _pure("Frailty as a mediator between hearing loss and loneliness in community-dwelling older adults",
              "<b>Roozendaal-Ouali, F.</b>, Ahmadi, S., Nijboer, T. &amp; Koopman, H. R., <b>Accepted/In press</b> - "
              "2024, In: Age and Ageing.", "Contribution to journal › Article › Academic › peer-review"),
        _pure("Loneliness trajectories and incident cardiovascular disease in older adults: the Longitudinal Aging "
              "Study Amsterdam", "<b>Roozendaal-Ouali, F.</b>, Bakx, P. J., Verweij-Stam, L. &amp; Koopman, H. R., "
              "Mar 2024, In: European Journal of Epidemiology. 39, 3, p. 255-266 12 p.",
              "Contribution to journal › Article › Academic › peer-review", oa=True),
        _pure("Loneliness and first hospitalisation for heart failure: 20-year follow-up",
              "<b>Roozendaal-Ouali, F.</b> &amp; Koopman, H. R., 2023. 1 p.",
              "Contribution to conference › Abstract › Academic"),
        _pure("Neighbourhood deprivation, social cohesion and depressive symptoms: a multilevel analysis",
              "Verweij-Stam, L., <b>Roozendaal-Ouali, F.</b> &amp; Koopman, H. R., Apr 2023, In: Social Science "
              "&amp; Medicine. 321, 115744.", "Contribution to journal › Article › Academic › peer-review"),
        _pure("Reporting of social-isolation measures in cohort studies: a systematic review",
              "Nijboer, T., Ahmadi, S. &amp; <b>Roozendaal-Ouali, F.</b>, 2022, In: BMJ Open. 12, 9, e061220.",
              "Contribution to journal › Review article › Academic › peer-review", oa=True),
        _pure("Measuring loneliness in epidemiological studies",
              "<b>Roozendaal-Ouali, F.</b> &amp; Bakx, P. J., 2021, Handbook of Social Epidemiology of Ageing. "
              "Cham: Springer, p. 77-98 22 p.", "Chapter in Book/Report/Conference proceeding › Chapter › Academic"),
        _pure("Widowhood, living arrangements and mortality: a 15-year cohort study",
              "<b>Roozendaal-Ouali, F.</b>, Hofman-Tjong, E. &amp; Bakx, P. J., 2016, In: American Journal of "
              "Epidemiology. 184, 7, p. 511-519.", "Contribution to journal › Article › Academic › peer-review"),
        _pure("Social determinants of late-life loneliness: a cohort perspective",
              "<b>Roozendaal-Ouali, F.</b>, 12 Jun 2015, Rotterdam: Erasmus University Rotterdam. 184 p.",
              "Thesis › Doctoral Thesis › Research external, graduation external"),
    ])
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Femke Roozendaal-Ouali -
Research Portal</title><style>{PURE_CSS}</style></head><body>
<div class="hdr"><span class="logo">Research Portal</span><nav><span>Home</span><span>Profiles</span>
<span>Research units</span><span>Research output</span><span>Projects</span><span>Prizes</span></nav></div>
<div class="person"><div class="avatar"></div><div><h1>Femke Roozendaal-Ouali</h1>
<div>Associate Professor</div><div class="aff">Epidemiology and Data Science, Amsterdam Public Health</div>
<div class="links"><span>✉ f.roozendaal-ouali@amsterdamumc.example.nl</span>
<span>https://orcid.org/0000-0001-5550-201X</span></div>
<div style="margin-top:6px">2006 … 2024 <span style="color:#777">Research activity per year</span></div></div></div>
<h2>Personal profile</h2>
<h3>Research interests</h3>
<p>My research is in the social epidemiology of ageing: how loneliness and social isolation develop over the life
course and how they shape cardiovascular ageing and frailty. I work mostly with long-running population cohorts and
with mixed-methods studies among older migrants.</p>
<h3>Curriculum vitae</h3>
<p>Femke studied Health Sciences at Maastricht University. After her PhD (cum laude) at the Department of
Epidemiology of Erasmus MC she stayed there as a postdoctoral researcher (2015–2017). In 2017 she moved to Amsterdam
UMC as assistant professor at the Department of Epidemiology and Data Science, where she has been associate
professor since 2021. In the first half of 2019 she was a visiting researcher at the Aging Research Center of
Karolinska Institutet (see External positions).</p>
<h3>Education/Academic qualification</h3>
<div class="q"><b>Doctor of Philosophy</b>, Social determinants of late-life loneliness: a cohort perspective,
Erasmus University Rotterdam<div class="d">1 Sept 2011 → 12 Jun 2015</div><div class="d">Award Date: 12 Jun 2015</div></div>
<div class="q"><b>Master</b>, Health Sciences (Epidemiology), Maastricht University<div class="d">1 Sept 2008 → 31 Aug
2010</div></div>
<div class="q"><b>Bachelor</b>, Health Sciences, Maastricht University<div class="d">1 Sept 2005 → 31 Aug 2008</div></div>
<h3>External positions</h3>
<div class="q">Visiting researcher, Aging Research Center, Karolinska Institutet<div class="d">1 Jan 2019 → 30 Jun 2019</div></div>
<h2>Research expertise</h2>
<div>Dive into the research topics where Femke Roozendaal-Ouali is active. These topic labels come from the works of
this person. Together they form a unique fingerprint.</div>
<div class="fp"><span>Loneliness 100%</span><span>Social Isolation 61%</span><span>Cohort Studies 47%</span>
<span>Cardiovascular Diseases 33%</span><span>Frailty 21%</span><span>Widowhood 12%</span></div>
<h2>Prizes</h2>
<div class="q">VvE Young Investigator Award<div class="d">Roozendaal-Ouali, F. (Recipient), 2018 · Prize: Prize
(including medals and awards)</div></div>
<div class="q">Amsterdam UMC Teaching Talent Award<div class="d">Roozendaal-Ouali, F. (Recipient), 2022 · Prize:
Prize (including medals and awards)</div></div>
<h2>Projects</h2>
<div class="q">Lonely hearts? Social isolation and cardiovascular ageing in three cohorts<div class="d">Roozendaal-Ouali, F.
(Project Leader) · ZonMw Veni 09150162010099 · 1/09/19 → 31/08/23 · Project: Research</div></div>
<h2>Research output</h2>
<div style="color:#666">Research output per year: 2015 – 2024 · 8 results (sorted by publication year, descending)</div>
{outputs}
</body></html>"""
    html_to_pdf_chromium(html, FILES / F02, "02_pure_portal.html")


L02 = {
    "file": F02,
    "name": "Femke Roozendaal-Ouali",
    "name_any": ["Roozendaal-Ouali, Femke"],
    "emails": ["f.roozendaal-ouali@amsterdamumc.example.nl"],
    "phones": [],
    "links": ["https://orcid.org/0000-0001-5550-201X"],
    "education": [edu("Erasmus University Rotterdam", "phd", "2011-09", "2015-06"),
                  edu("Maastricht University", "master", "2008-09", "2010-08"),
                  edu("Maastricht University", "bachelor", "2005-09", "2008-08")],
    "experience": [job("Amsterdam UMC", "associate professor", "2021", "present"),
                   job("Amsterdam UMC", "assistant professor", "2017", "2021"),
                   job("Erasmus MC", "postdoctoral researcher", "2015", "2017"),
                   job("Karolinska Institutet", "Visiting researcher", "2019-01", "2019-06")],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        pub("Loneliness trajectories and incident cardiovascular disease in older adults: the Longitudinal Aging "
            "Study Amsterdam", "European Journal of Epidemiology", 2024, True, "published"),
        pub("Neighbourhood deprivation, social cohesion and depressive symptoms: a multilevel analysis",
            "Social Science & Medicine", 2023, False, "published"),
        pub("Reporting of social-isolation measures in cohort studies: a systematic review", "BMJ Open", 2022,
            False, "published"),
        pub("Frailty as a mediator between hearing loss and loneliness in community-dwelling older adults",
            "Age and Ageing", 2024, True, "in press"),
        pub("Widowhood, living arrangements and mortality: a 15-year cohort study", "American Journal of Epidemiology",
            2016, True, "published"),
    ],
    "research_interests_any": ["social epidemiology of ageing", "loneliness", "cardiovascular ageing"],
    "awards_count": 2,
    "language": "en",
    "layout": "Elsevier Pure research-portal person page (NL university medical centre), headless Chromium print",
    "notes": "Pure portal look: site header with navigation, round avatar, name, 'Associate Professor', unit, e-mail "
             "and a full ORCID URL (labelled as a link), 'Research activity per year'. Personal profile has "
             "'Research interests' prose and a 'Curriculum vitae' paragraph that is the only place the jobs are "
             "given (years in prose: postdoc at Erasmus MC 2015–2017, assistant professor 2017, associate "
             "professor 'since 2021' = present); the visiting stay is under 'External positions' with Pure dates "
             "'1 Jan 2019 → 30 Jun 2019'. 'Education/Academic qualification' blocks: Doctor of Philosophy / Master / "
             "Bachelor with 'D Mon YYYY → D Mon YYYY' ranges (the PhD also 'Award Date'). Fingerprint concept chips "
             "are not interests. Prizes: 2 (Pure 'Prize (including medals and awards)'); the ZonMw Veni is a "
             "Project (grant), not an award. Research output: 8 rows, each with 'Research output: <type>'; the "
             "'Contribution to conference › Abstract' is not a paper, the Doctoral Thesis counts: 7, first author 5 "
             "(Age and Ageing, Eur J Epidemiol, chapter, Am J Epidemiol, thesis). Pure's 'Accepted/In press - 2024' "
             "is labelled in press with year 2024. The chapter is not sampled (book as venue). No phone.",
}

# ---------------------------------------------------------------- 03 ORCID record printed from the browser
F03 = "03_se_ecology_postdoc_orcid_record_print.pdf"

ORCID_CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #2e2e2e; }
.top { display: flex; justify-content: space-between; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.brand { color: #a6ce39; font-weight: bold; font-size: 14pt; }
.name { font-size: 18pt; margin: 10px 0 0 0; }
.oid { color: #555; } .side { float: left; width: 31%; } .main { margin-left: 34%; }
.side h4 { margin: 10px 0 2px 0; font-size: 9pt; color: #555; text-transform: uppercase; }
.sec { border: 1px solid #e0e0e0; margin: 8px 0; }
.sec > h3 { margin: 0; padding: 5px 8px; background: #f4f4f4; font-size: 10.5pt; }
.act { padding: 5px 8px; border-top: 1px solid #eee; }
.act .h { font-weight: bold; } .act .s { color: #6b6b6b; font-size: 8pt; }
.pill { font-size: 7.5pt; border: 1px solid #bbb; border-radius: 8px; padding: 0 4px; color: #555; }
"""


def _emp(org, place, dates, role, kind, source):
    return (f'<div class="act"><div class="h">{org}: {place}</div><div>{dates} | {role}</div>'
            f'<div class="s">{kind}</div><div class="s">Source: {source}</div></div>')


def _work(title, journal, date_type, ids, contributors, source, extra=""):
    return (f'<div class="act"><div class="h">{title}</div><div>{journal}</div><div>{date_type}</div>'
            f'<div class="s">{ids}</div><div class="s">CONTRIBUTORS: {contributors}</div>'
            f'<div class="s">Source: {source} {extra}</div></div>')


def build03():
    me = "Malin Aspelund-Ferraz"
    works = "".join([
        _work("Urban heat islands reshape plant–pollinator network structure across Scandinavian cities",
              "Journal of Ecology", "2024-02-11 | Journal article", "DOI: 10.1111/1365-2745.99217",
              "Malin Aspelund-Ferraz; Jonatan Berglöf-Ihre; Sigrun Haldorsen; Pedro Ferraz Lacerda", "Crossref",
              '<span class="pill">Preferred source (of 2)</span>'),
        _work("Flowering phenology mismatch under experimental warming: a meta-analysis",
              "bioRxiv", "2023-11-30 | Preprint", "DOI: 10.1101/2023.11.28.999123",
              "Idunn Kaasa; Malin Aspelund-Ferraz; Sigrun Haldorsen", "DataCite"),
        _work("Green roofs as stepping stones for wild bees: a citizen-science assessment",
              "Urban Ecosystems", "2023-05 | Journal article", "DOI: 10.1007/s11252-023-99402-7",
              "Malin Aspelund-Ferraz; Oskar Lindh-Wase; Jonatan Berglöf-Ihre", "Crossref"),
        _work("Pollinator network rewiring along an urbanisation gradient",
              "Nordic Society Oikos Conference 2023, Trondheim", "2023-03 | Conference abstract", "",
              "Malin Aspelund-Ferraz; Sigrun Haldorsen", "Malin Aspelund-Ferraz"),
        _work("Specialist bumblebees lose links first: nestedness decay in fragmented meadows",
              "Oikos", "2022-08-19 | Journal article", "DOI: 10.1111/oik.99874",
              "Oskar Lindh-Wase; Malin Aspelund-Ferraz; Rebecka Tunström", "Crossref"),
        _work("Plant–pollinator networks in a changing urban landscape",
              "Stockholm University (Department of Ecology, Environment and Plant Sciences)",
              "2022-02-18 | Dissertation or Thesis", "ISBN: 978-91-7911-999-1",
              "Malin Aspelund-Ferraz", "Malin Aspelund-Ferraz"),
        _work("Mowing regimes and floral resources in road verges",
              "Basic and Applied Ecology", "2020-06 | Journal article", "DOI: 10.1016/j.baae.2020.99.004",
              "Rebecka Tunström; Malin Aspelund-Ferraz; Idunn Kaasa", "Crossref"),
    ])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>ORCID</title><style>{ORCID_CSS}
{browser_css('7/1/24, 10:02 AM', 'ORCID', 'https://orcid.org/0000-0003-5550-0188')}</style></head><body>
<div class="top"><span class="brand">ORCID</span><span>Connecting research and researchers</span>
<span>SIGN IN/REGISTER</span></div>
<div class="name">{me}</div><div class="oid">🆔 https://orcid.org/0000-0003-5550-0188</div>
<div class="side">
<h4>Other names</h4><div>Malin Aspelund</div><div>M. Aspelund-Ferraz</div>
<h4>Emails</h4><div>malin.aspelund-ferraz@biol.lu.example.se</div>
<h4>Websites &amp; social links</h4><div>Pollinator Cities project<br>https://pollinatorcities.example.se</div>
<h4>Keywords</h4><div>pollination ecology, plant–pollinator networks, urban ecology, phenology, citizen science</div>
<h4>Countries</h4><div>Sweden</div><div>Brazil</div>
</div>
<div class="main">
<div class="sec"><h3>Biography</h3><div class="act">Ecologist working on how cities and warming rewire the interactions
between flowering plants and their pollinators. Currently a postdoc in the Biodiversity unit at Lund.</div></div>
<div class="sec"><h3>▾ Employment (3)</h3>
{_emp('Lund University', 'Lund, SE', '2022-03-01 to present', 'Postdoctoral researcher (Department of Biology)',
      'Employment', me)}
{_emp('Stockholm University', 'Stockholm, SE', '2017-09-01 to 2022-02-28',
      'Doctoral student (Department of Ecology, Environment and Plant Sciences)', 'Employment', me)}
{_emp('Swedish University of Agricultural Sciences', 'Uppsala, SE', '2016-06-01 to 2017-06-30',
      'Research assistant (Department of Ecology)', 'Employment', 'Swedish University of Agricultural Sciences')}
</div>
<div class="sec"><h3>▾ Education and qualifications (3)</h3>
{_emp('Stockholm University', 'Stockholm, SE', '2017-09-01 to 2022-02-18',
      'PhD in Plant Ecology (Department of Ecology, Environment and Plant Sciences)', 'Education', me)}
{_emp('Uppsala University', 'Uppsala, SE', '2014-08 to 2016-06', 'MSc in Biology (Ecology)', 'Education', me)}
{_emp('Universidade Federal de Minas Gerais', 'Belo Horizonte, BR', '2010-03 to 2013-12',
      'Bacharelado em Ciências Biológicas', 'Education', me)}
</div>
<div class="sec"><h3>▾ Funding (1)</h3><div class="act"><div class="h">Cities as refuges for wild pollinators?</div>
<div>Formas (Stockholm, SE)</div><div>2023-01 to 2025-12 | Grant</div><div class="s">GRANT_NUMBER: 2022-99881</div>
<div class="s">Source: {me}</div></div></div>
<div class="sec"><h3>▾ Works (7)</h3>{works}</div>
<div class="sec"><h3>▾ Peer review (14 reviews for 9 publications/grants)</h3><div class="act">Review activity for
Oikos (4), Journal of Ecology (3), Urban Ecosystems (2) and 5 more</div></div>
</div></body></html>"""
    html_to_pdf_weasy(html, FILES / F03, "03_orcid_record.html")


L03 = {
    "file": F03,
    "name": "Malin Aspelund-Ferraz",
    "name_any": ["Malin Aspelund", "M. Aspelund-Ferraz"],
    "emails": ["malin.aspelund-ferraz@biol.lu.example.se"],
    "phones": [],
    "links": ["https://orcid.org/0000-0003-5550-0188", "https://pollinatorcities.example.se"],
    "education": [edu("Stockholm University", "phd", "2017-09", "2022-02"),
                  edu("Uppsala University", "master", "2014-08", "2016-06"),
                  edu("Universidade Federal de Minas Gerais", "bachelor", "2010-03", "2013-12")],
    "experience": [job("Lund University", "Postdoctoral researcher", "2022-03", "present"),
                   job("Stockholm University", "Doctoral student", "2017-09", "2022-02"),
                   job("Swedish University of Agricultural Sciences", "Research assistant", "2016-06", "2017-06")],
    "publications_count": 6,
    "first_author_count": 3,
    "publications_sample": [
        pub("Urban heat islands reshape plant–pollinator network structure across Scandinavian cities",
            "Journal of Ecology", 2024, True, "published"),
        pub("Flowering phenology mismatch under experimental warming: a meta-analysis", "bioRxiv", 2023, False,
            "preprint"),
        pub("Green roofs as stepping stones for wild bees: a citizen-science assessment", "Urban Ecosystems", 2023,
            True, "published"),
        pub("Specialist bumblebees lose links first: nestedness decay in fragmented meadows", "Oikos", 2022, False,
            "published"),
        pub("Mowing regimes and floral resources in road verges", "Basic and Applied Ecology", 2020, False,
            "published"),
    ],
    "research_interests_any": ["pollination ecology", "urban ecology", "phenology"],
    "awards_count": None,
    "language": "en",
    "layout": "ORCID public record printed from the browser (imitated Chrome print lines), WeasyPrint",
    "notes": "ORCID record: brand bar, name, ORCID URL (a link, also in the footer), left column with Other names, "
             "Emails (the narrow column breaks the address after 'aspelund-'), Websites & social links (project URL), Keywords (labelled as interests), Countries. Activities "
             "in boxes: 'Employment (3)' and 'Education and qualifications (3)' rows 'Org: City, CC' / "
             "'YYYY-MM-DD to present | Role (Department)' / kind / 'Source: …'; roles labelled without the "
             "bracketed department. The doctoral-student employment row and the PhD education row are the same "
             "years: both are labelled, each in its section (the employment row ends 2022-02-28, the degree "
             "2022-02-18). 'Bacharelado em Ciências Biológicas' = bachelor. Works (7): the 'Conference abstract' is "
             "not counted, the 'Dissertation or Thesis' is: 6, first author 3 (J Ecol, Urban Ecosystems, thesis); "
             "the bioRxiv 'Preprint' = preprint. 'Preferred source (of 2)' is one work. Funding (Formas grant) is "
             "not an award; no awards section (awards not scored). No phone.",
}

# ---------------------------------------------------------------- 04 Hugo Academic / Wowchemy personal site
F04 = "04_us_political_science_asst_prof_hugo_wowchemy_page.pdf"

WOW_CSS = """
@page { size: Letter; margin: 10mm 12mm; }
body { font-family: 'DejaVu Sans', Helvetica, sans-serif; font-size: 9.5pt; color: #333; }
.navbar { display: flex; justify-content: space-between; border-bottom: 1px solid #eee; padding: 6px 0; }
.navbar b { font-size: 11pt; } .navbar span { margin-left: 12px; color: #555; }
.about { display: flex; margin-top: 18px; }
.left { width: 36%; text-align: center; }
.portrait { width: 130px; height: 130px; border-radius: 50%; background: #cfd8dc; margin: 0 auto 8px auto; }
.left h2 { margin: 4px 0; font-size: 16pt; } .left .role { color: #666; }
.icons span { margin: 0 5px; color: #1565c0; }
.right { width: 64%; }
.right h1 { font-size: 18pt; margin: 0 0 8px 0; }
.cols { display: flex; } .cols > div { width: 50%; }
.cols h3 { font-size: 11pt; }
ul.ul-interests, ul.ul-edu { list-style: none; padding-left: 0; } ul.ul-edu li { margin-bottom: 6px; }
.course { font-weight: bold; } .institution { color: #666; }
section { margin-top: 22px; } section > h1 { font-size: 16pt; border-bottom: 2px solid #1565c0; display: inline-block; }
.exp { border-left: 2px solid #ccc; margin-left: 8px; padding-left: 14px; }
.exp .e { margin-bottom: 10px; } .exp .d { color: #777; font-size: 8.5pt; }
.pub { margin: 7px 0; } .pub .au b { text-decoration: underline; }
.btn { display: inline-block; border: 1px solid #1565c0; color: #1565c0; font-size: 7.5pt; padding: 0 5px;
  margin-right: 3px; border-radius: 3px; }
.foot { margin-top: 24px; color: #999; font-size: 8pt; text-align: center; }
"""


def _wow_pub(authors, year, title, venue, buttons="PDF Cite DOI"):
    btns = "".join(f'<span class="btn">{b}</span>' for b in buttons.split())
    return (f'<div class="pub"><span class="au">{authors}</span> ({year}). <a>{title}</a>. <i>{venue}</i>.'
            f'<div>{btns}</div></div>')


def build04():
    me = "<b>Tobias Adeyemi-Whitlock</b>"
    pubs = "".join([
        _wow_pub(f"{me}, Marisol Quintero-Pike", 2024,
                 "Broker networks and vote buying in West African municipal elections",
                 "American Political Science Review", "PDF Cite Code Dataset DOI"),
        _wow_pub(f"{me}, Kofi Oduya, Hanna Lindqvist", 2024,
                 "Mobile money and clientelist exchange: experimental evidence from Ghana", "SocArXiv",
                 "Preprint PDF Cite"),
        _wow_pub(f"Hanna Lindqvist, {me}", 2023, "Term limits and the geography of patronage",
                 "Comparative Political Studies"),
        _wow_pub(me, 2022, "Who monitors the monitors? Party agents at the polling station", "The Journal of Politics",
                 "PDF Cite Code DOI"),
        _wow_pub(me, "2025", "Local brokers, national parties",
                 "In M. Quintero-Pike and H. Lindqvist (eds.), The Oxford Handbook of Clientelism (forthcoming)",
                 "Cite"),
    ])
    html = f"""<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><meta name="generator"
content="Wowchemy 5.7.0 for Hugo"><title>Tobias Adeyemi-Whitlock</title><style>{WOW_CSS}</style></head><body>
<div class="navbar"><b>Tobias Adeyemi-Whitlock</b><div><span>Home</span><span>Publications</span><span>Research</span>
<span>Teaching</span><span>CV</span><span>Contact</span><span>☾</span></div></div>
<div class="about"><div class="left"><div class="portrait"></div><h2>Tobias Adeyemi-Whitlock</h2>
<div class="role">Assistant Professor of Political Science</div><div class="role">Rice University</div>
<div class="icons"><span>✉</span><span>🎓</span><span>⌥</span><span>🐦</span><span>📄</span></div></div>
<div class="right"><h1>Biography</h1><p>Tobias Adeyemi-Whitlock is an Assistant Professor of Political Science at
Rice University. His research studies how parties buy, monitor and lose votes in new democracies, with a focus on
West Africa. He combines original surveys, field experiments and administrative data. Before graduate school he
worked for Innovations for Poverty Action in Accra.</p><p>📄 <i>Download my CV.</i></p>
<div class="cols"><div><h3>Interests</h3><ul class="ul-interests"><li>⌁ Comparative Politics</li>
<li>⌁ Clientelism and Electoral Integrity</li><li>⌁ African Politics</li><li>⌁ Field Experiments</li></ul></div>
<div><h3>Education</h3><ul class="ul-edu">
<li>🎓 <span class="course">PhD in Political Science, 2021</span><br><span class="institution">Princeton University</span></li>
<li>🎓 <span class="course">MA in Politics, 2018</span><br><span class="institution">Princeton University</span></li>
<li>🎓 <span class="course">BA in Government, 2014</span><br><span class="institution">Georgetown University</span></li>
</ul></div></div></div></div>
<section><h1>Experience</h1><div class="exp">
<div class="e"><b>Assistant Professor</b><br>Rice University<div class="d">Jul 2021 – Present · Houston, Texas</div>
Teaching comparative politics and research design; faculty affiliate of the Baker Institute.</div>
<div class="e"><b>Graduate Fellow</b><br>Niehaus Center for Globalization and Governance, Princeton University
<div class="d">Sep 2019 – Jun 2021 · Princeton, NJ</div></div>
<div class="e"><b>Research Associate</b><br>Innovations for Poverty Action<div class="d">Aug 2014 – Jul 2016 ·
Accra, Ghana</div>Managed a 2,400-household panel survey on local-election campaigns.</div></div></section>
<section><h1>Accomplish&shy;ments</h1>
<div class="pub"><b>Best Dissertation Award</b> · APSA Comparative Democratization Section · 2022</div>
<div class="pub"><b>Bayesian Statistics: Techniques and Models</b> · Coursera · 2020 <span class="btn">See
certificate</span></div></section>
<section><h1>Recent Publications</h1>{pubs}
<p style="color:#777">See all publications →</p></section>
<section><h1>Works in Progress</h1>
<div class="pub">{me}, Marisol Quintero-Pike. “Electoral violence and turnout: evidence from Nigerian polling units.”
Under review.</div>
<div class="pub">{me}, Kofi Oduya. “Party switching by local brokers.” In preparation.</div></section>
<section><h1>Recent &amp; Upcoming Talks</h1>
<div class="pub">Apr 7, 2024 · Midwest Political Science Association · <i>Broker networks and vote buying</i></div>
<div class="pub">Sep 1, 2023 · APSA Annual Meeting, Los Angeles · <i>Mobile money and clientelism</i></div></section>
<section><h1>Contact</h1><p>✉ tadeyemi@rice.example.edu<br>☎ +1 713-555-0147<br>⌥ github.com/tadeyemi-w<br>
🏢 Herring Hall 221, 6100 Main St, Houston, TX 77005<br>🕑 Office hours: Tuesdays 2–4 pm</p></section>
<div class="foot">© 2024 Tobias Adeyemi-Whitlock · Published with Hugo Blox Builder — the free, open source website
builder that empowers creators.</div>
</body></html>"""
    html_to_pdf_chromium(html, FILES / F04, "04_wowchemy_page.html")


L04 = {
    "file": F04,
    "name": "Tobias Adeyemi-Whitlock",
    "emails": ["tadeyemi@rice.example.edu"],
    "phones": ["+17135550147"],
    "links": ["github.com/tadeyemi-w"],
    "education": [edu("Princeton University", "phd", None, "2021"),
                  edu("Princeton University", "master", None, "2018"),
                  edu("Georgetown University", "bachelor", None, "2014")],
    "experience": [job("Rice University", "Assistant Professor", "2021-07", "present"),
                   job("Princeton University", "Graduate Fellow", "2019-09", "2021-06"),
                   job("Innovations for Poverty Action", "Research Associate", "2014-08", "2016-07")],
    "publications_count": 7,
    "first_author_count": 6,
    "publications_sample": [
        pub("Broker networks and vote buying in West African municipal elections", "American Political Science Review",
            2024, True, "published"),
        pub("Mobile money and clientelist exchange: experimental evidence from Ghana", "SocArXiv", 2024, True,
            "preprint"),
        pub("Term limits and the geography of patronage", "Comparative Political Studies", 2023, False, "published"),
        pub("Who monitors the monitors? Party agents at the polling station", "The Journal of Politics", 2022, True,
            "published"),
        pub("Electoral violence and turnout: evidence from Nigerian polling units", None, None, True,
            "under review"),
    ],
    "research_interests_any": ["Comparative Politics", "Clientelism and Electoral Integrity", "African Politics",
                               "Field Experiments"],
    "awards_count": 1,
    "language": "en",
    "layout": "Hugo Academic / Wowchemy (Hugo Blox) home page, headless Chromium print, no browser lines",
    "notes": "Personal academic website printed to PDF: navbar, round portrait, name/role/organisation and icon-only "
             "social links (no URLs printed), Biography, two columns 'Interests' (4 items with glyph bullets) and "
             "'Education' ('PhD in Political Science, 2021' / institution: end year only), Experience timeline "
             "(title, organisation, 'Jul 2021 – Present · Houston, Texas'; the Graduate Fellow organisation "
             "'Niehaus Center …, Princeton University' labelled 'Princeton University'), 'Accomplishments' (Best "
             "Dissertation Award = award; a Coursera certificate is not). Recent Publications in the Wowchemy "
             "citation style 'Authors (YEAR). Title. Venue.' with PDF/Cite/DOI buttons; the forthcoming Oxford "
             "Handbook chapter (year 2025, in press) counts; Works in Progress: an 'Under review' and an 'In "
             "preparation' paper count. Talks are not papers. 7 publications, first author 6 (all but the CPS "
             "paper). Contact widget: e-mail, '+1 713-555-0147', 'github.com/tadeyemi-w' (link text without "
             "scheme, labelled as printed).",
}
