"""08: US start-up founder (chemical engineer: postdoc, Dow, own company, part-time lecturer); a hand-made Google
Docs document with the Docs default styles (Title, Subtitle, Heading 1/2, Arial 11, 1.15 spacing) and
invisible-border tables for date columns, HTML printed by WeasyPrint."""
from __future__ import annotations

from kit22 import FILES, edu, job, pub, weasy_pdf

NAME = "08_us_climate_tech_founder_ex_dow_gdocs_default_styles_weasyprint.pdf"

CSS = """
@page { size: letter; margin: 1in 1in 1in 1in; }
body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.15; color: #000; }
.title { font-size: 26pt; margin: 0 0 3pt 0; }
.subtitle { font-size: 15pt; color: #666; margin: 0 0 16pt 0; }
h1 { font-size: 20pt; font-weight: normal; margin: 20pt 0 6pt 0; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt 0; }
p { margin: 0; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 0 0 6pt 0; }
td.d { width: 1.45in; text-align: right; }
ul { margin: 0; padding-left: 0.5in; }
"""


def html() -> str:
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Noor Haddad-Ellison CV</title>
<style>{CSS}</style></head><body>
<p class="title">Noor Haddad-Ellison, Ph.D.</p>
<p class="subtitle">Chemical engineer · climate-tech founder</p>
<p>Houston, TX · (713) 555-0129 · noor.haddad@example.com · linkedin.com/in/noorhaddadellison-example</p>

<h2>Summary</h2>
<p>Co-founder of a sorbent company scaling direct air capture from bench to a 1,000 t/yr pilot; seven years in
corporate R&amp;D at Dow before that, and a Ph.D. in adsorption science. I also teach a venture course for
engineering Ph.D. students at Rice.</p>

<h2>Experience</h2>
<table>
<tr><td><b>Co-founder &amp; Chief Executive Officer</b> — Carbonwick, Inc., Houston, TX<br>
Amine-grafted fibre sorbents for direct air capture; raised $14.2M seed and Series A; team of 23; DOE pilot
award.</td><td class="d">Jan 2019 – present</td></tr>
<tr><td><b>Lecturer (part-time)</b> — Rice University, Jones Graduate School of Business<br>
ENTR 627 Deep-Tech Ventures for Ph.D. Students.</td><td class="d">Spring 2023,<br>Spring 2024</td></tr>
<tr><td><b>The Dow Chemical Company</b>, Core R&amp;D, Freeport, TX</td><td class="d">2013 – 2018</td></tr>
<tr><td>&nbsp;&nbsp;&nbsp;&nbsp;<i>Senior Research Engineer</i> (2016 – 2018): led the adsorbent scale-up team
(5); two granted patents.<br>&nbsp;&nbsp;&nbsp;&nbsp;<i>Research Engineer</i> (2013 – 2016): process modelling for
gas separations.</td><td class="d"></td></tr>
<tr><td><b>Postdoctoral Fellow</b> — McKetta Department of Chemical Engineering, The University of Texas at Austin<br>
PI: Prof. Gideon Harlow-Brandt.</td><td class="d">2012 – 2013</td></tr>
</table>

<h2>Leadership</h2>
<table>
<tr><td>Board member, Houston Climate Tech Alliance (volunteer)</td><td class="d">2021 – present</td></tr>
<tr><td>Chapter founder &amp; president, Society of Women Engineers – Brazosport section</td>
<td class="d">2015 – 2018</td></tr>
</table>

<h2>Education</h2>
<table>
<tr><td><b>The University of Texas at Austin</b> — Ph.D., Chemical Engineering<br>Dissertation: Humidity effects
on amine sorbents for dilute CO<sub>2</sub> capture. Advisor: Prof. G. Harlow-Brandt.</td>
<td class="d">2007 – 2012</td></tr>
<tr><td><b>University of Michigan</b> — B.S.E., Chemical Engineering, <i>summa cum laude</i></td>
<td class="d">2003 – 2007</td></tr>
</table>

<h2>Patents and publications</h2>
<ul>
<li>Haddad-Ellison, N.; Vrabel, T.; Okoro, C. Fibrous amine sorbent and method of making. U.S. patent granted
2019 (Dow).</li>
<li>Haddad-Ellison, N.; Kimura-Voss, J. Moisture-swing regeneration of grafted sorbents. U.S. patent application
(Carbonwick), 2022.</li>
<li>Haddad-Ellison, N.; Lundqvist, P.; Harlow-Brandt, G. Water co-adsorption on supported polyamines under
dilute CO<sub>2</sub>. <i>Industrial &amp; Engineering Chemistry Research</i> <b>2012</b>, 51, 14203–14214.</li>
<li>Lundqvist, P.; Haddad-Ellison, N.; Harlow-Brandt, G. Thermal degradation pathways of PEI sorbents.
<i>ChemSusChem</i> <b>2013</b>, 6, 1908–1917.</li>
<li>Okoro, C.; Haddad-Ellison, N. Pilot-scale fibre contactors for direct air capture: first 2,000 hours.
<i>ACS Sustainable Chem. Eng.</i>, submitted (2024).</li>
</ul>

<h2>Honors</h2>
<ul>
<li>Greentown Labs Climatetech Founder Fellowship, 2020</li>
<li>Dow Inventor Recognition Award, 2018</li>
<li>NSF Graduate Research Fellowship, 2008–2011</li>
</ul>
</body></html>
"""


def build() -> None:
    weasy_pdf(html(), FILES / NAME, "08_cv.html")


LABEL = {
    "file": NAME,
    "name": "Noor Haddad-Ellison",
    "name_any": ["Noor Haddad-Ellison, Ph.D."],
    "emails": ["noor.haddad@example.com"],
    "phones": ["+17135550129"],
    "links": ["linkedin.com/in/noorhaddadellison-example"],
    "education": [
        edu("The University of Texas at Austin", "phd", "2007", "2012"),
        edu("University of Michigan", "bachelor", "2003", "2007"),
    ],
    "experience": [
        job("Carbonwick, Inc.", "Co-founder & Chief Executive Officer", "2019-01", "present"),
        job("Rice University", "Lecturer (part-time)", "2023", "2024"),
        job("The Dow Chemical Company", "Senior Research Engineer", "2016", "2018"),
        job("The Dow Chemical Company", "Research Engineer", "2013", "2016"),
        job("The University of Texas at Austin", "Postdoctoral Fellow", "2012", "2013"),
    ],
    "publications_count": 3,
    "first_author_count": 1,
    "publications_sample": [
        pub("Water co-adsorption on supported polyamines under dilute CO2", "Industrial & Engineering Chemistry "
            "Research", 2012, True, "published"),
        pub("Thermal degradation pathways of PEI sorbents", "ChemSusChem", 2013, False, "published"),
        pub("Pilot-scale fibre contactors for direct air capture: first 2,000 hours", "ACS Sustainable Chem. Eng.",
            None, False, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "US founder CV typed in Google Docs with its default paragraph styles (Title, Subtitle, Heading 2, "
              "Arial 11) and borderless two-column tables for dates, HTML printed by WeasyPrint",
    "notes": "HTML imitating a hand-made Google Docs document (Docs default styles, Arial -> Liberation Sans, "
             "invisible table borders for the right date column). Name in the Title style with ', Ph.D.'. "
             "Experience rows 'Title — Employer, City' with the dates in the right cell; the Rice lecturer row has "
             "'Spring 2023,' / 'Spring 2024' wrapped in the date cell (= one job 2023-2024, as heldout19 labels "
             "terms); Dow is an employer row '2013 – 2018' with two roles below, each with its own years in "
             "brackets (two jobs); postdoc with a 'PI:' line. 'Leadership' holds a volunteer board seat and a "
             "student-society chapter role: not jobs (heldout19: volunteering is not a job; unsure for the board "
             "seat). 'Patents and publications' mixes 2 patents (not papers) and 3 papers in ACS style with bold "
             "years; the last is 'submitted (2024)' = under review (no year, heldout15). First author 1. Honors: 3 "
             "(NSF GRFP counts as a fellowship award). The DOE pilot award inside the founder bullet is not an "
             "award entry. No research-interests section.",
}
