"""05: Canadian PhD candidate in water resources, ex-consultant; an Apple Pages-like 'headings in the left
margin' resume template as HTML printed by WeasyPrint."""
from __future__ import annotations

from kit22 import FILES, edu, job, pub, weasy_pdf

NAME = "05_ca_water_resources_phd_candidate_ex_consultant_pages_like_weasyprint.pdf"

CSS = """
@page { size: letter; margin: 0.7in 0.75in 0.7in 0.75in;
        @bottom-right { content: counter(page); font: 8pt 'Caladea'; color: #888; } }
body { font-family: 'Caladea'; font-size: 10pt; color: #222; line-height: 1.3; }
.top { border-bottom: 1.5px solid #222; padding-bottom: 6px; margin-bottom: 10px; }
.name { font-family: 'Liberation Sans'; font-size: 22pt; letter-spacing: 0.5px; margin: 0; }
.sub { font-family: 'Liberation Sans'; font-size: 8.6pt; color: #555; margin: 2px 0 0 0; }
.row { display: flex; margin: 0 0 9px 0; }
.lab { width: 1.45in; flex: none; font-family: 'Liberation Sans'; font-size: 8pt; font-weight: bold;
       text-transform: uppercase; letter-spacing: 1.2px; color: #b0413e; padding-top: 2px; }
.body { flex: 1; }
.e { margin: 0 0 6px 0; }
.t { font-weight: bold; }
.d { float: right; font-size: 9pt; color: #555; }
.m { font-style: italic; color: #444; }
p { margin: 0 0 2px 0; }
ul { margin: 1px 0 2px 0; padding-left: 14px; }
.ref p { padding-left: 14px; text-indent: -14px; margin-bottom: 3px; }
"""


def html() -> str:
    return f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8"><title>Résumé</title>
<style>{CSS}</style></head><body>
<div class="top"><p class="name">Ariane Desrosiers-Banda, P.Eng.</p>
<p class="sub">PhD Candidate, Civil &amp; Environmental Engineering, University of Waterloo · Waterloo, ON N2L 3G1 ·
(519) 555-0148 · adesrosiers@example.ca · orcid.org/0000-0002-7781-3306 · github.com/adb-hydro</p></div>

<div class="row"><div class="lab">Research</div><div class="body">
<div class="e"><p><span class="t">Graduate Research Assistant</span><span class="d">Sept 2020 – present</span></p>
<p class="m">Ecohydrology &amp; Urban Water Lab, University of Waterloo</p>
<p>Advisor: Prof. Nadia Kowalchuk-Fortin</p>
<ul><li>Coupled snowmelt–infiltration model for urban catchments (Python, HydroGeoSphere)</li>
<li>Winter field campaigns at 9 bioretention cells in Kitchener–Waterloo</li></ul></div>
<div class="e"><p><span class="t">Mitacs Accelerate Research Intern</span><span class="d">Summer 2022</span></p>
<p class="m">Credit Valley Conservation, Mississauga, ON</p>
<p>PI: Dr. Owen Letendre · industry supervisor: M. Saini, P.Eng.</p></div>
<div class="e"><p><span class="t">NSERC Undergraduate Student Research Award (USRA)</span>
<span class="d">May – Aug 2013</span></p>
<p class="m">Department of Civil Engineering, McGill University</p>
<p>Supervisor: Prof. Luc Beaudry-Sato</p></div>
</div></div>

<div class="row"><div class="lab">Industry<br>Experience</div><div class="body">
<div class="e"><p><span class="t">Golder Associates Ltd. (now WSP)</span><span class="d">Montréal, QC</span></p>
<p><span class="m">Environmental Engineer</span><span class="d">Mar 2017 – Aug 2020</span></p>
<p><span class="m">Junior Environmental Engineer (EIT)</span><span class="d">June 2014 – Feb 2017</span></p>
<ul><li>Stormwater management plans and groundwater monitoring for mining and municipal clients</li>
<li>Led 4 Phase II environmental site assessments; OIQ licence obtained 2018</li></ul></div>
</div></div>

<div class="row"><div class="lab">Teaching</div><div class="body">
<p><span class="t">Teaching Assistant</span>, University of Waterloo — CIVE 280 Data Management &amp; CIVE 486
Hydraulic Structures <span class="d">Winter 2021 – Winter 2023</span></p>
</div></div>

<div class="row"><div class="lab">Education</div><div class="body">
<div class="e"><p><span class="t">PhD, Civil Engineering (Water)</span><span class="d">Sept 2020 – Aug 2025
(expected)</span></p><p class="m">University of Waterloo, Waterloo, ON</p>
<p>Thesis: Frozen ground and the winter performance of urban bioretention</p></div>
<div class="e"><p><span class="t">B.Eng., Civil Engineering (co-op), with Distinction</span>
<span class="d">2010 – 2014</span></p><p class="m">McGill University, Montréal, QC</p></div>
</div></div>

<div class="row"><div class="lab">Research<br>Interests</div><div class="body">
<p>Cold-region urban hydrology · snowmelt–groundwater interactions · green stormwater infrastructure ·
process-based hydrological modelling</p></div></div>

<div class="row"><div class="lab">Publications</div><div class="body ref">
<p>Desrosiers-Banda, A., Letendre, O., &amp; Kowalchuk-Fortin, N. (2024). Infiltration capacity of bioretention
cells under seasonally frozen soil. <i>Journal of Hydrology</i>, 631, 130744.</p>
<p>Desrosiers-Banda, A., &amp; Kowalchuk-Fortin, N. (in press). A degree-day snowmelt module for SWMM-type urban
models. <i>Canadian Water Resources Journal</i>.</p>
<p>Ramnarine, P., Desrosiers-Banda, A., Kowalchuk-Fortin, N. (2023). Chloride pulses from road salt in urban
groundwater recharge zones. <i>Water Research</i>, 245, 120581.</p>
<p>Desrosiers-Banda, A., Ramnarine, P., &amp; Kowalchuk-Fortin, N. (2024). Do bioretention cells work in
February? A multi-site winter monitoring study. <i>EarthArXiv</i> (preprint).</p>
<p>Desrosiers-Banda, A. (in preparation). Frozen-ground parameterisation for green infrastructure design.</p>
<p style="margin-top:4px"><i>Conference abstracts:</i> AGU Fall Meeting 2022 (poster), Canadian Geophysical Union
2023 (oral).</p></div></div>

<div class="row"><div class="lab">Awards</div><div class="body">
<p>NSERC Canada Graduate Scholarship – Doctoral (CGS D) <span class="d">2021 – 2024</span></p>
<p>Ontario Graduate Scholarship <span class="d">2020 – 2021</span></p>
<p>CGU Hydrology Section Best Student Oral Presentation <span class="d">2023</span></p></div></div>

<div class="row"><div class="lab">Other</div><div class="body">
<p>Professional Engineer, Ordre des ingénieurs du Québec (OIQ no. 5038472). Languages: French (native),
English (fluent). Tools: Python, R, HydroGeoSphere, PCSWMM, ArcGIS Pro.</p></div></div>
</body></html>
"""


def build() -> None:
    weasy_pdf(html(), FILES / NAME, "05_cv.html")


LABEL = {
    "file": NAME,
    "name": "Ariane Desrosiers-Banda",
    "name_any": ["Ariane Desrosiers-Banda, P.Eng."],
    "emails": ["adesrosiers@example.ca"],
    "phones": ["+15195550148"],
    "links": ["orcid.org/0000-0002-7781-3306", "github.com/adb-hydro"],
    "education": [
        edu("University of Waterloo", "phd", "2020-09", "2025-08"),
        edu("McGill University", "bachelor", "2010", "2014"),
    ],
    "experience": [
        job("University of Waterloo", "Graduate Research Assistant", "2020-09", "present"),
        job("Credit Valley Conservation", "Mitacs Accelerate Research Intern", "2022", "2022"),
        job("McGill University", "NSERC Undergraduate Student Research Award (USRA)", "2013-05", "2013-08"),
        job("Golder Associates Ltd.", "Environmental Engineer", "2017-03", "2020-08"),
        job("Golder Associates Ltd.", "Junior Environmental Engineer (EIT)", "2014-06", "2017-02"),
        job("University of Waterloo", "Teaching Assistant", "2021", "2023"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        pub("Infiltration capacity of bioretention cells under seasonally frozen soil", "Journal of Hydrology", 2024,
            True, "published"),
        pub("A degree-day snowmelt module for SWMM-type urban models", "Canadian Water Resources Journal", None,
            True, "in press"),
        pub("Chloride pulses from road salt in urban groundwater recharge zones", "Water Research", 2023, False,
            "published"),
        pub("Do bioretention cells work in February? A multi-site winter monitoring study", "EarthArXiv", 2024,
            True, "preprint"),
        pub("Frozen-ground parameterisation for green infrastructure design", None, None, True, "in preparation"),
    ],
    "research_interests_any": ["Cold-region urban hydrology", "snowmelt–groundwater interactions",
                               "green stormwater infrastructure", "process-based hydrological modelling"],
    "awards_count": 3,
    "language": "en",
    "layout": "Canadian PhD-candidate resume in a Pages-like template (section labels in a left margin column, "
              "right-floated dates), HTML printed by WeasyPrint",
    "notes": "HTML imitating an Apple Pages resume template (labels in a left column, content right), WeasyPrint, "
             "US Letter, page number in the bottom margin. Name printed with ', P.Eng.' (post-nominal, not part of "
             "the name). Section 'Research' holds 'Research Experience'-style blocks: title + right date, italic "
             "lab/organisation line, then 'Advisor:' / 'PI:' / 'Supervisor:' lines (people, not organisations). "
             "The NSERC USRA line names an award as its title; it is a paid summer research post at McGill "
             "(labelled as a job with that title; unsure). 'Summer 2022' = 2022-2022; 'May – Aug 2013' = months. "
             "'Industry Experience': one employer line 'Golder Associates Ltd. (now WSP)' with two titles and their "
             "own dates (two jobs; organisation without the bracket remark). TA terms 'Winter 2021 – Winter 2023' "
             "= one job 2021-2023 (heldout19). PhD 'Sept 2020 – Aug 2025 (expected)' = printed end. Publications: "
             "published 2024 and 2023, '(in press)' without a year, an EarthArXiv preprint 2024, an '(in "
             "preparation)' = 5; conference abstracts line not counted. First author 4. Awards: CGS D, OGS and a "
             "best-presentation prize = 3; OIQ licence number is not a phone.",
}
