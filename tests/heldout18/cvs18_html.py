"""WeasyPrint builder: 03 (two-column HTML/CSS, letter-spaced name, narrow date column)."""
from __future__ import annotations

from kit18 import FILES, SRC, edu, job, pin_pdf, pub, write_label

HTML03 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CV</title>
<style>
@page { size: Letter; margin: 0.55in 0.6in; @bottom-right { content: "Quenneville-Obi CV \\2014 " counter(page); font: 8pt 'DejaVu Sans'; color: #777; } }
body { font: 9.6pt/1.35 'DejaVu Serif'; color: #222; margin: 0; }
header { border-bottom: 2px solid #7a2e3b; padding-bottom: 6pt; margin-bottom: 10pt; }
.name { font: 600 20pt 'DejaVu Sans'; letter-spacing: 0.38em; text-transform: uppercase; color: #7a2e3b; }
.tag { font: 10pt 'DejaVu Sans'; color: #555; margin-top: 3pt; }
.wrap { display: block; }
aside { float: left; width: 24%; font: 8.6pt/1.4 'DejaVu Sans'; background: #f4efe9; padding: 8pt; }
main { margin-left: 29%; }
aside h3 { font-size: 9pt; color: #7a2e3b; margin: 8pt 0 3pt; text-transform: uppercase; }
aside p { margin: 0 0 3pt; }
main h2 { font: 600 10.5pt 'DejaVu Sans'; color: #7a2e3b; border-bottom: 0.6pt solid #c9b8a8; margin: 11pt 0 5pt; }
main h4 { font: italic 9.6pt 'DejaVu Serif'; margin: 6pt 0 2pt; }
.row { display: flex; margin-bottom: 4pt; }
.when { width: 5.2em; flex: none; font: 8.4pt 'DejaVu Sans'; color: #555; padding-right: 6pt; }
.what { flex: 1; }
.ven { font-variant: small-caps; letter-spacing: 0.03em; }
.with { color: #555; font-size: 8.8pt; }
</style></head><body>
<header><div class="name">Marisol Quenneville-Obi</div>
<div class="tag">Ph.D. Candidate in English &middot; University of California, Berkeley</div></header>
<div class="wrap">
<aside>
<h3>Contact</h3>
<p>Department of English<br>322 Wheeler Hall<br>Berkeley, CA 94720</p>
<p>(510) 555-0193</p>
<p>mquenneville@berkeley.example.edu</p>
<p>mquenneville-obi.example.com</p>
<h3>Fields</h3>
<p>Victorian literature and culture</p><p>Periodical studies</p><p>Ecocriticism and climate history</p><p>Digital humanities</p>
<h3>Languages</h3>
<p>French (fluent), Yor&ugrave;b&aacute; (conversational), Latin (reading)</p>
<h3>Digital skills</h3>
<p>TEI-XML, Python (pandas), Omeka S, QGIS</p>
</aside>
<main>
<h2>Education</h2>
<div class="row"><div class="when">2020&ndash; expected May 2026</div><div class="what"><b>University of California, Berkeley</b><br>Ph.D., English. Dissertation: &ldquo;Serial Weather: Climate, Periodicity and the Victorian Magazine.&rdquo; Committee: Ivo Harrowgate (chair), Celestine Obuya-Marsh, Peter Lindahl</div></div>
<div class="row"><div class="when">2022</div><div class="what"><b>University of California, Berkeley</b><br>M.A., English (en route)</div></div>
<div class="row"><div class="when">2014&ndash;2018</div><div class="what"><b>University of Toronto</b><br>B.A. (Hons.), English and Book &amp; Media Studies, with High Distinction</div></div>

<h2>Publications</h2>
<h4>Peer-reviewed articles</h4>
<div class="row"><div class="when">2024</div><div class="what">&ldquo;Coal-Smoke and Serial Time in <i>Household Words</i>&rdquo;<br><span class="ven">Victorian Periodicals Review 2024</span></div></div>
<div class="row"><div class="when">2025</div><div class="what">&ldquo;Weather Diaries and the Novel of Provincial Life&rdquo;<br><span class="ven">Nineteenth-Century Literature</span> (accepted, 2025)</div></div>
<div class="row"><div class="when">2023</div><div class="what">&ldquo;Teaching the Serial with TEI: A Classroom Edition of <i>All the Year Round</i>&rdquo; <span class="with">with Aditi Ramaswamy-Holt</span><br><span class="ven">Digital Humanities Quarterly 2023</span></div></div>
<h4>Under review</h4>
<div class="row"><div class="when">&nbsp;</div><div class="what">&ldquo;Rain Gauges and Realism: Measuring Weather in George Eliot&rdquo;<br>under review at <span class="ven">PMLA</span></div></div>

<h2>Honors &amp; Awards</h2>
<div class="row"><div class="when">2024</div><div class="what">Donald Gray Prize, Research Society for Victorian Periodicals, for &ldquo;Coal-Smoke and Serial Time&rdquo;</div></div>
<div class="row"><div class="when">2023</div><div class="what">NAVSA Graduate Caucus Essay Prize; prize essay published as &ldquo;Almanac Weather and Reading Time,&rdquo; <span class="ven">Victorian Review 2023</span></div></div>
<div class="row"><div class="when">2021&ndash; 2023</div><div class="what">SSHRC Doctoral Fellowship (Social Sciences and Humanities Research Council of Canada)</div></div>
<div class="row"><div class="when">2020&ndash; 2025</div><div class="what">Chancellor&rsquo;s Fellowship, UC Berkeley</div></div>

<h2>Teaching</h2>
<div class="row"><div class="when">Aug. 2021 &ndash; May 2024</div><div class="what"><b>Graduate Student Instructor</b>, Department of English, UC Berkeley<br>Reading and Composition (R1A/R1B, sole instructor); The Victorian Novel (discussion sections)</div></div>

<h2>Research &amp; Professional Experience</h2>
<div class="row"><div class="when">Jun. 2022 &ndash; Aug. 2023</div><div class="what"><b>Research Assistant</b>, Serial Weather Archive, Berkeley Digital Humanities Lab</div></div>
<div class="row"><div class="when">Sept. 2018 &ndash; July 2020</div><div class="what"><b>Editorial Assistant</b>, Coach House Books, Toronto</div></div>

<h2>Conference Presentations</h2>
<p>&ldquo;Fog Indexes,&rdquo; NAVSA, Vancouver, 2025 &middot; &ldquo;The Weather Column,&rdquo; RSVP Annual Conference, Lancaster, 2024 &middot; &ldquo;Serial Seasons,&rdquo; MLA Convention, Philadelphia, 2024</p>

<h2>References</h2>
<p>Ivo Harrowgate (ivo.harrowgate@berkeley.example.edu) &middot; Celestine Obuya-Marsh (cobuya@berkeley.example.edu) &middot; Peter Lindahl, University of Toronto (p.lindahl@utoronto.example.ca)</p>
</main></div>
</body></html>
"""

LABEL03 = {
    "file": "03_us_literature_phd_candidate_weasyprint.pdf",
    "name": "Marisol Quenneville-Obi",
    "name_any": ["MARISOL QUENNEVILLE-OBI"],
    "emails": ["mquenneville@berkeley.example.edu"],
    "phones": ["+15105550193"],
    "links": ["mquenneville-obi.example.com"],
    "education": [
        edu("University of California, Berkeley", "phd", "2020", "2026-05"),
        edu("University of California, Berkeley", "master", None, "2022"),
        edu("University of Toronto", "bachelor", "2014", "2018"),
    ],
    "experience": [
        job("UC Berkeley", "Graduate Student Instructor", "2021-08", "2024-05"),
        job("Berkeley Digital Humanities Lab", "Research Assistant", "2022-06", "2023-08"),
        job("Coach House Books", "Editorial Assistant", "2018-09", "2020-07"),
    ],
    "publications_count": 5,
    "first_author_count": None,
    "publications_sample": [
        pub("Coal-Smoke and Serial Time in Household Words", "Victorian Periodicals Review", 2024, None, "published"),
        pub("Weather Diaries and the Novel of Provincial Life", "Nineteenth-Century Literature", 2025, None,
            "accepted"),
        pub("Teaching the Serial with TEI: A Classroom Edition of All the Year Round", "Digital Humanities Quarterly",
            2023, None, "published"),
        pub("Rain Gauges and Realism: Measuring Weather in George Eliot", "PMLA", None, None, "under review"),
        pub("Almanac Weather and Reading Time", "Victorian Review", 2023, None, "published"),
    ],
    "research_interests_any": ["Victorian literature", "Periodical studies", "Ecocriticism", "Digital humanities"],
    "awards_count": 4,
    "language": "en",
    "layout": "US literature PhD candidate, HTML/CSS (flex sidebar + main, narrow date column) printed by WeasyPrint",
    "notes": "Name set in CSS uppercase with letter-spacing 0.38em (the text layer may show it letter-spaced and in "
             "capitals; the DOM text is mixed case). Left sidebar (beige) with Contact, 'Fields' (= interests), "
             "Languages, Digital skills; main column with a 5.2em date column, so ranges wrap over two rows "
             "('2020–' / 'expected May 2026', 'Aug. 2021 –' / 'May 2024'). The PhD ends 2026-05 (expected); the "
             "en-route M.A. prints the same university again with one year (end only). Publications: titles in "
             "quotes, then 'VENUE YEAR' in small caps on the next line; the candidate's name is never printed (one "
             "'with X'), so first authorship is not scored. '(accepted, 2025)' = accepted, 2025. A fifth paper "
             "appears only under 'Honors & Awards' ('prize essay published as \"Almanac Weather and Reading "
             "Time,\" Victorian Review 2023'): counted as a publication, and the prize counts as an award. Awards: "
             "4 (Donald Gray Prize, NAVSA essay prize, SSHRC Doctoral Fellowship, Chancellor's Fellowship). "
             "'Teaching' holds a paid GSI post: a job (organisation printed 'UC Berkeley'). Conference "
             "presentations are talks. Referees' e-mails are not the candidate's; the running footer repeats the "
             "surname.",
}


def build03() -> None:
    from weasyprint import HTML

    (SRC / "03_weasyprint.html").write_text(HTML03, encoding="utf-8")
    out = FILES / LABEL03["file"]
    HTML(string=HTML03).write_pdf(out)
    pin_pdf(out)
    write_label(LABEL03)
