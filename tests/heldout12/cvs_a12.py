"""Builders 01-04: HTML/CSS pages printed by headless Chromium (Skia PDF text layer): a Notion-like page export,
a Canva/résumé-builder-like two-column page with a coloured side panel and icon glyphs, a Google-Docs
"Serif"-template-like academic CV with a fixed footer, and a Chinese 简历 page with a photo-box table.
All people, places and papers are invented."""
from __future__ import annotations

from html import escape as h
from pathlib import Path

from kit12 import HEAD, chromium_pdf, label


def notion_ml_engineer(files: Path) -> dict:
    """01: ML engineer, Notion page exported to HTML and printed from the browser."""
    fn = "01_ml_engineer_notion_export_chromium.pdf"
    css = """@page { size: A4; margin: 14mm 16mm; }
html, body { -webkit-print-color-adjust: exact; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; line-height: 1.5; color: rgb(55,53,47); margin: 0; }
.page-header-icon { font-size: 26pt; line-height: 1; margin-bottom: 2mm; }
h1.page-title { font-size: 24pt; font-weight: 700; margin: 0 0 3mm; letter-spacing: -.01em; }
table.properties { border-collapse: collapse; margin-bottom: 4mm; }
table.properties th { text-align: left; font-weight: 400; color: rgba(55,53,47,.65); width: 32mm; padding: 1mm 0; }
table.properties td { padding: 1mm 0; }
hr { border: 0; border-top: 1px solid rgba(55,53,47,.16); margin: 3mm 0; }
h2 { font-size: 14pt; font-weight: 600; margin: 5mm 0 1mm; }
h3 { font-size: 11pt; font-weight: 600; margin: 3mm 0 .5mm; }
figure.callout { display: flex; background: rgb(241,241,239); border-radius: 3px; padding: 3mm 4mm; margin: 2mm 0; }
figure.callout .icon { width: 7mm; }
ul { margin: .5mm 0 1mm; padding-left: 6mm; } li { margin: .3mm 0; }
details summary { font-weight: 600; list-style: none; } details summary::before { content: "▾ "; color: #999; }
.gray { color: rgba(55,53,47,.6); } code { background: rgba(135,131,120,.15); color: #eb5757; padding: 0 1mm; }
.block-color-gray_background { background: rgb(241,241,239); }
"""
    name = "rafael j. okonkwo-lind"
    jobs = [("Staff Machine Learning Engineer", "Quillon Robotics", "Perception Platform", "Mar 2023 → Present",
             "2023-03", "present", ["Leads a team of five on occupancy forecasting for 1,200 warehouse robots",
                                    "Guest lecturer, Fall 2023 and Spring 2024: CS 289R Robot Perception (Marrowgate)"]),
            ("Machine Learning Engineer", "Quillon Robotics", "Mapping", "Jul 2020 → Feb 2023", "2020-07", "2023-02",
             ["Shipped a label-efficient LiDAR segmentation pipeline (`lidarseg-v3`)"]),
            ("Software Engineering Intern", "Havel Maps", "Routing", "Jun 2019 → Aug 2019", "2019-06", "2019-08",
             ["Turn-cost model for truck routing"])]
    edu = [("Marrowgate University", "M.S. Computer Science", "2018 → 2020", "master", "2018", "2020"),
           ("Marrowgate University", "B.S. Electrical Engineering", "2014 → 2018", "bachelor", "2014", "2018")]
    me = "R. J. Okonkwo-Lind"
    pubs = [  # title, authors, venue line, label venue, year, first, status
        ("Sparse occupancy forecasting for warehouse fleets", [me, "M. Feld", "S. Ortiz"], "ICRA 2024", "ICRA", 2024,
         True, "published"),
        ("Label-efficient LiDAR segmentation with temporal consistency", ["M. Feld", me], "CoRL 2022", "CoRL", 2022,
         False, "published"),
        ("Cheap calibration of fisheye rigs at fleet scale", [me, "T. Amsel"], "IROS 2025 (accepted)", "IROS", 2025,
         True, "accepted"),
        ("Distilling occupancy networks for embedded GPUs", [me, "et al."], "arXiv 2025 · preprint", "arXiv", 2025,
         True, "preprint"),
    ]
    html = HEAD.format(lang="en", title=name)
    html += ('<article class="page sans"><header><div class="page-header-icon">◈</div>'
             f'<h1 class="page-title">{h(name)}</h1><table class="properties"><tbody>'
             '<tr><th>☰ Role</th><td>Staff ML Engineer · robotics perception</td></tr>'
             '<tr><th>✉ Email</th><td><a href="mailto:rafael.ol@example.com">rafael.ol@example.com</a></td></tr>'
             '<tr><th>☏ Phone</th><td>+1 415 555 0172</td></tr>'
             '<tr><th>⌘ Links</th><td><a href="https://github.com/rjokl">github.com/rjokl</a> · '
             '<a href="https://rjol.example.dev">rjol.example.dev</a></td></tr>'
             '<tr><th>◷ Location</th><td>Oakland, CA</td></tr></tbody></table></header>\n<div class="page-body">\n')
    html += ('<figure class="callout"><div class="icon">💡</div><div>Perception engineer who likes small models on '
             'real robots. Open to staff/principal roles in embodied AI.</div></figure><hr>\n')
    html += "<h2>Experience</h2>\n"
    for t, o, unit, d, _s, _e, bl in jobs:
        html += (f'<details open><summary>{h(t)}. {h(o)}. {h(unit)}.</summary><p class="gray">{d}</p><ul>'
                 + "".join(f"<li>{h(b).replace('`lidarseg-v3`', '<code>lidarseg-v3</code>')}</li>" for b in bl)
                 + "</ul></details>\n")
    html += "<h2>Education</h2>\n" + "".join(
        f'<h3>{h(i)}</h3><p>{h(d)} <span class="gray">· {w}</span></p>\n' for i, d, w, *_x in edu)
    html += "<h2>Papers</h2>\n<ul>\n" + "".join(
        f"<li>“{h(t)}” — {', '.join(h(a) for a in au)}. <b>{h(v)}</b></li>\n" for t, au, v, *_x in pubs) + "</ul>\n"
    html += ('<h2>Recognition</h2><ul><li>Best Systems Paper Finalist, CoRL 2022</li>'
             '<li>Quillon Founders’ Award 2022</li></ul>\n')
    html += ('<h2>Toolbox</h2><p class="block-color-gray_background">PyTorch · TensorRT · CUDA · C++17 · ROS 2 · '
             'Bazel · Kubernetes · Ray</p>\n</div></article>\n</body></html>\n')
    chromium_pdf(html, "01_notion_export", files / fn, css)
    return label(
        fn, "Rafael J. Okonkwo-Lind", ["rafael j. okonkwo-lind", "Rafael Okonkwo-Lind"], ["rafael.ol@example.com"],
        ["+14155550172"], ["github.com/rjokl", "rjol.example.dev"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[4], j[5]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[0], p[3], p[4], p[5], p[6], p[1]) for p in pubs], [], 2,
        "Notion page exported to HTML and printed by headless Chromium (Skia PDF). The page title is the name in "
        "lower case with a middle initial ('rafael j. okonkwo-lind') under a page icon glyph; contact in a Notion "
        "property table with symbol glyphs as row labels (☰ Role, ✉ Email, ☏ Phone, ⌘ Links, ◷ Location); a "
        "callout with an emoji. Experience as toggle blocks whose summary is 'Role. Org. Unit.' with full stops "
        "(two roles at one employer) and a grey date line 'Mar 2023 → Present' with arrows; a guest-lecturer "
        "bullet with 'Fall 2023 and Spring 2024' terms (not a job). Education 'Institution' heading, then 'M.S. "
        "Computer Science · 2018 → 2020' (years only; same university twice). Papers: titles in typographic "
        "quotes, then authors, then a bold 'ICRA 2024' / 'IROS 2025 (accepted)' / 'arXiv 2025 · preprint'; 'et "
        "al.'. Recognition: a paper finalist award (an award, not another paper) and a company award.",
        layout="Chromium print: Notion export")


def canva_two_column_analyst(files: Path) -> dict:
    """02: product data analyst, résumé-builder/Canva-like two columns with a coloured side panel and icons."""
    fn = "02_data_analyst_canva_like_sidebar_chromium.pdf"
    css = """@page { size: A4; margin: 0; }
html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #2b2b2b; }
.wrap { display: grid; grid-template-columns: 68mm 1fr; min-height: 297mm; }
aside { background: #24445c; color: #eef3f6; padding: 14mm 7mm 10mm 9mm; }
aside .first { font-size: 25pt; font-weight: 300; letter-spacing: .04em; line-height: 1.05; }
aside .last { font-size: 25pt; font-weight: 700; letter-spacing: .04em; line-height: 1.05; margin-bottom: 2mm; }
aside .job { text-transform: uppercase; letter-spacing: .2em; font-size: 7.6pt; color: #9cc4dd; margin-bottom: 7mm; }
aside h3 { font-size: 8.4pt; letter-spacing: .22em; text-transform: uppercase; border-bottom: 1px solid #5d7f96; padding-bottom: 1mm; margin: 6mm 0 2mm; }
aside .ic { display: grid; grid-template-columns: 6mm 1fr; margin: 1.4mm 0; font-size: 8.2pt; }
aside .ic span:first-child { color: #9cc4dd; font-family: 'DejaVu Sans'; }
.bar { height: 1.6mm; background: #3d6079; border-radius: 1mm; margin: .6mm 0 1.8mm; } .bar i { display: block; height: 100%; background: #9cc4dd; border-radius: 1mm; }
aside p { margin: 0 0 2.5mm; line-height: 1.35; }
main { padding: 14mm 11mm 10mm 9mm; }
main h2 { font-size: 11pt; color: #24445c; letter-spacing: .18em; text-transform: uppercase; margin: 5mm 0 2.5mm; }
main h2::after { content: ""; display: block; width: 12mm; height: .8mm; background: #e0a63b; margin-top: 1mm; }
.row { display: grid; grid-template-columns: 17mm 1fr; column-gap: 4mm; margin-bottom: 3.5mm; }
.row .d { color: #777; font-size: 8.2pt; line-height: 1.3; }
.row b { color: #24445c; } .row .org { font-style: italic; }
ul { margin: 1mm 0 0 4mm; padding: 0; } li { margin-bottom: .6mm; }
"""
    jobs = [("Senior Product Data Analyst", "Lumen Grocers Ltd", "Jun. 2023 –", "Present", "2023-06", "present",
             ["Owns the checkout-funnel metrics layer (dbt, 140 models)", "Designed 30+ A/B tests; median runtime cut "
              "from 21 to 12 days with CUPED"]),
            ("Product Data Analyst", "Lumen Grocers Ltd", "Nov. 2021 –", "May 2023", "2021-11", "2023-05",
             ["Built the weekly trading dashboard used by the board"]),
            ("Data Analyst Intern", "Fettle Health", "Jun. 2021 –", "Sep. 2021", "2021-06", "2021-09",
             ["Churn cohort analysis for a telehealth app"])]
    edu = [("University of Eastmarch", "MSc Business Analytics (Distinction)", "Sep. 2020 – Sep. 2021", "master",
            "2020-09", "2021-09"),
           ("Kellbridge University", "BSc (Hons) Economics, First Class", "Sep. 2017 – Jun. 2020", "bachelor",
            "2017-09", "2020-06")]
    html = HEAD.format(lang="en-GB", title="Ngozi Valdes-Harrow CV")
    html += ('<div class="wrap"><aside><div class="first">NGOZI</div><div class="last">VALDES-HARROW</div>'
             '<div class="job">Product Data Analyst</div>'
             '<h3>Contact</h3>'
             '<div class="ic"><span>☎</span><span>+44 (0) 7700.900.418</span></div>'
             '<div class="ic"><span>✉</span><span>ngozi.vh@example.co.uk</span></div>'
             '<div class="ic"><span>⌂</span><span>Leeds, United Kingdom</span></div>'
             '<div class="ic"><span>➚</span><span>linkedin.com/in/ngozi-valdes-harrow</span></div>'
             '<h3>Education</h3>')
    for i, d, w, *_x in edu:
        html += f"<p><b>{h(d)}</b><br>{h(i)}<br>{w}</p>"
    html += "<h3>Skills</h3>"
    for s, pct in [("SQL / dbt", 95), ("Python (pandas)", 85), ("Experimentation", 90), ("Looker / Tableau", 80)]:
        html += f'<div>{h(s)}</div><div class="bar"><i style="width:{pct}%"></i></div>'
    html += "<h3>Languages</h3><p>English (native)<br>Spanish (C1)<br>Yoruba (conversational)</p></aside>\n<main>"
    html += ("<h2>Profile</h2><p>Product analyst with four years in grocery e-commerce: metrics design, "
             "experimentation and self-serve analytics.</p>\n<h2>Work Experience</h2>\n")
    for t, o, d1, d2, _s, _e, bl in jobs:
        html += (f'<div class="row"><div class="d">{d1}<br>{d2}</div><div><b>{h(t)}</b><br>'
                 f'<span class="org">{h(o)}</span><ul>' + "".join(f"<li>{h(b)}</li>" for b in bl) + "</ul></div></div>\n")
    html += ('<h2>Volunteering</h2><div class="row"><div class="d">2022 –<br>Present</div><div><b>Mentor</b><br>'
             '<span class="org">Data Girls Leeds (charity)</span></div></div>\n'
             '<h2>Certifications</h2><ul><li>dbt Analytics Engineering Certification (2023)</li>'
             '<li>Google Cloud Professional Data Engineer (2022)</li></ul>\n'
             "<h2>Awards</h2><ul><li>Lumen Grocers “Insight of the Year” award, 2024</li>"
             "<li>Eastmarch Business School Scholarship, 2020</li></ul>\n</main></div>\n</body></html>\n")
    chromium_pdf(html, "02_canva_like_sidebar", files / fn, css)
    return label(
        fn, "Ngozi Valdes-Harrow", ["NGOZI VALDES-HARROW"], ["ngozi.vh@example.co.uk"], ["+447700900418"],
        ["linkedin.com/in/ngozi-valdes-harrow"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[4], j[5]) for j in jobs], 0, None, [], [], 2,
        "Résumé-builder/Canva-like A4 page printed by headless Chromium: a full-height dark-blue side panel "
        "(CSS grid) with the first name and surname in upper case at different weights on separate lines, the "
        "25 pt surname too wide for the panel so it wraps at its hyphen ('NGOZI' / 'VALDES-' / 'HARROW'), a spaced-caps job title, contact rows with icon glyphs (☎ ✉ ⌂ ➚), the phone "
        "grouped with dots '+44 (0) 7700.900.418', education in the panel (degree bold, institution, dates), skill "
        "bars and languages. The main column: Profile, Work Experience rows whose narrow date column wraps "
        "('Nov. 2021 –' / 'May 2023'), title bold over an italic employer (two roles at one employer), a "
        "volunteering mentor row (not a job), certifications (not awards), two awards (a company award and a "
        "scholarship). No papers.",
        layout="Chromium print: two columns, coloured side panel")


def gdocs_serif_postdoc(files: Path) -> dict:
    """03: linguistics postdoc, Google-Docs 'Serif'-template-like CV; homepage only in a fixed footer."""
    fn = "03_linguistics_postdoc_gdocs_serif_chromium.pdf"
    css = """@page { size: letter; margin: 18mm 20mm 20mm; }
html, body { -webkit-print-color-adjust: exact; }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.3; color: #000; }
.top { display: grid; grid-template-columns: 1fr 62mm; align-items: start; }
.top h1 { font-family: 'DejaVu Serif', serif; font-size: 25pt; font-weight: 400; margin: 0; color: #000; }
.top .t { color: #666; font-size: 10pt; margin-top: 1mm; }
.top .c { text-align: right; font-size: 9pt; line-height: 1.45; color: #333; }
h2 { font-family: 'DejaVu Serif', serif; font-size: 9.6pt; color: #a61c00; font-weight: 400; letter-spacing: .12em; text-transform: uppercase; margin: 6mm 0 2mm; }
h3 { font-size: 10.5pt; font-style: italic; font-weight: 400; margin: 3mm 0 1mm; color: #333; }
.e { margin-bottom: 2.5mm; } .e .l1 b { font-weight: 700; } .e .l2 { font-style: italic; color: #555; }
ul { margin: .5mm 0 1mm 5mm; padding: 0; }
p.ref { margin: 0 0 2mm 7mm; text-indent: -7mm; }
.foot { position: fixed; bottom: -12mm; left: 0; right: 0; text-align: center; font-size: 8pt; color: #888; }
.refs { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; font-size: 9.6pt; }
"""
    jobs = [("Language & Cognition Lab (led by Prof. Dorian Achterberg), Hollins Reach University",
             "Postdoctoral Research Fellow", "September 2023 – present", "2023-09", "present",
             ["Agreement processing in humans and language models; co-supervises two PhD students"]),
            ("Department of Linguistics, Tarrow University", "Graduate Teaching Fellow", "September 2019 – May 2023",
             "2019-09", "2023-05", ["Spring 2021: LING 210 Syntax I (sole instructor)",
                                    "Fall 2022: LING 341 Psycholinguistics (discussion sections)"]),
            ("Parlance AI", "Research Intern", "June 2021 – August 2021", "2021-06", "2021-08",
             ["Evaluation of grammatical generalisation in production chat models"])]
    edu = [("Tarrow University", "Ph.D. in Linguistics", "2018 – 2023", "phd", "2018", "2023",
            "Dissertation: Attraction without interference. Advisor: Prof. Ruth Haas"),
           ("Tarrow University", "M.A. in Linguistics (en route)", "2018 – 2020", "master", "2018", "2020", ""),
           ("Université de Bellerive", "B.A. in Linguistics and German, summa cum laude", "2014 – 2017", "bachelor",
            "2014", "2017", "")]
    # (group, harvard text with <i>, title, label venue, year, first, status, authors)
    pubs = [
        ("Peer-reviewed conference papers",
         "Vanterpool, I.M.*, Okoro, T.* and Achterberg, D., 2024. Probing agreement attraction in multilingual "
         "language models. In <i>Proceedings of the 62nd Annual Meeting of the Association for Computational "
         "Linguistics</i> (pp. 1201–1214).", "Probing agreement attraction in multilingual language models", "ACL",
         2024, True, "published", ["Vanterpool, I.M.*", "Okoro, T.*", "Achterberg, D."]),
        ("Peer-reviewed conference papers",
         "Okoro, T., Vanterpool, I.M. and Achterberg, D., 2023. Garden paths in the wild: a corpus of naturally "
         "occurring ambiguity. In <i>Findings of the Association for Computational Linguistics: EMNLP 2023</i> "
         "(pp. 4410–4423).", "Garden paths in the wild: a corpus of naturally occurring ambiguity", "EMNLP Findings",
         2023, False, "published", ["Okoro, T.", "Vanterpool, I.M.", "Achterberg, D."]),
        ("Peer-reviewed conference papers",
         "Vanterpool, I.M. and Lindgren, P., 2022. Surprisal and reading times in Dutch relative clauses. In "
         "<i>Proceedings of the Annual Meeting of the Cognitive Science Society</i> (Vol. 44).",
         "Surprisal and reading times in Dutch relative clauses", "Annual Meeting of the Cognitive Science Society",
         2022, True, "published", ["Vanterpool, I.M.", "Lindgren, P."]),
        ("Journal articles",
         "Vanterpool, I.M., 2024. Agreement errors as a window on incremental parsing. <i>Journal of Memory and "
         "Language</i>, 134, p.104470.", "Agreement errors as a window on incremental parsing",
         "Journal of Memory and Language", 2024, True, "published", ["Vanterpool, I.M."]),
        ("Journal articles",
         "Lindgren, P., Vanterpool, I.M., Okoro, T. and Haas, R., 2021. Eye-tracking while reading in three Low "
         "Saxon varieties. <i>Glossa: a journal of general linguistics</i>, 6(1), p.88.",
         "Eye-tracking while reading in three Low Saxon varieties", "Glossa", 2021, False, "published",
         ["Lindgren, P.", "Vanterpool, I.M.", "Okoro, T.", "Haas, R."]),
        ("Submitted and in preparation",
         "Vanterpool, I.M. and Achterberg, D., under review. Do language models forget syntax under fine-tuning? "
         "Submitted to <i>Transactions of the Association for Computational Linguistics</i>.",
         "Do language models forget syntax under fine-tuning?", "TACL", None, True, "under review",
         ["Vanterpool, I.M.", "Achterberg, D."]),
        ("Submitted and in preparation",
         "Vanterpool, I.M., Okoro, T. and Haas, R., in preparation. A cross-linguistic benchmark of attraction "
         "errors.", "A cross-linguistic benchmark of attraction errors", None, None, True, "in preparation",
         ["Vanterpool, I.M.", "Okoro, T.", "Haas, R."]),
    ]
    awards = [("Dissertation Completion Fellowship, Tarrow University", "2022 – 2023"),
              ("Graduate Research Scholarship, Tarrow University", "2018")]
    html = HEAD.format(lang="en", title="Vanterpool CV - Google Docs")
    html += ('<div class="top"><div><h1>Ilse M. Vanterpool</h1><div class="t">Psycholinguistics · computational '
             'models of sentence processing</div></div><div class="c">Department of Linguistics<br>'
             'Hollins Reach University<br>ilse.vanterpool@hollinsreach.example.edu<br>(312) 555-0199</div></div>\n')
    html += '<div class="foot">Ilse M. Vanterpool · ilsevanterpool.example.net · updated June 2025</div>\n'
    html += ("<h2>Research interests</h2><p>Sentence processing, agreement attraction, syntactic generalisation in "
             "neural language models, eye-tracking</p>\n<h2>Appointments</h2>\n")
    for o, t, d, _s, _e, bl in jobs:
        html += (f'<div class="e"><div class="l1"><b>{h(t)}</b>, {h(o)}</div><div class="l2">{d}</div><ul>'
                 + "".join(f"<li>{h(b)}</li>" for b in bl) + "</ul></div>\n")
    html += "<h2>Education</h2>\n"
    for i, d, w, _l, _s, _e, n in edu:
        html += (f'<div class="e"><div class="l1"><b>{h(d)}</b>, {h(i)}, {w}</div>'
                 + (f'<div class="l2">{h(n)}</div>' if n else "") + "</div>\n")
    html += "<h2>Publications and Submitted Manuscripts</h2><p>(* equal contribution)</p>\n"
    group = None
    for g, text, *_x in pubs:
        if g != group:
            html += f"<h3>{g}</h3>\n"
            group = g
        html += f'<p class="ref">{text}</p>\n'
    html += "<h2>Fellowships and Awards</h2>\n" + "".join(f"<p>{h(a)}, {y}</p>\n" for a, y in awards)
    html += ("<h2>Service</h2><p>Reviewer: ACL Rolling Review (2023–), CogSci 2024, Journal of Memory and Language. "
             "Co-organiser, Tarrow Psycholinguistics Reading Group (2020–2022). Travel grant, CUNY Conference 2022."
             "</p>\n<h2>References</h2><div class=\"refs\">"
             "<p>Prof. Dorian Achterberg<br>Hollins Reach University<br>d.achterberg@hollinsreach.example.edu</p>"
             "<p>Prof. Ruth Haas<br>Tarrow University<br>rhaas@tarrow.example.edu</p></div>\n</body></html>\n")
    chromium_pdf(html, "03_gdocs_serif", files / fn, css)
    return label(
        fn, "Ilse M. Vanterpool", ["Ilse Vanterpool"], ["ilse.vanterpool@hollinsreach.example.edu"],
        ["+13125550199"], ["ilsevanterpool.example.net"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[2], p[3], p[4], p[5], p[6], p[7]) for p in pubs],
        ["Sentence processing", "agreement attraction", "eye-tracking"], len(awards),
        "Google-Docs 'Serif'-template-like CV printed by headless Chromium (letter, 2 pages): big serif name with a "
        "grey subtitle at the left and address/e-mail/phone right-aligned at the right of a two-column header; "
        "headings small, dark red, spaced caps. The homepage appears only in a position:fixed footer repeated on "
        "each page. Appointments 'Role, Lab (led by Prof. ...), University' over an italic date line 'September "
        "2023 – present'; a teaching fellowship with 'Spring 2021:' / 'Fall 2022:' bullets (a job). Education with "
        "years only, the same university for the Ph.D. and the M.A. (en route). 'Publications and Submitted "
        "Manuscripts' with italic sub-headings (conference papers / journal articles / submitted and in "
        "preparation), Google-Scholar Harvard entries 'Vanterpool, I.M.*, Okoro, T.* and Achterberg, D., 2024. "
        "Title. In Proceedings of the 62nd Annual Meeting of the ACL (pp. ...)' with '*' equal contribution "
        "defined; 'under review. ... Submitted to TACL' and 'in preparation' in the year slot (year not scored). "
        "Fellowships as awards; a travel grant inside Service (not an award). References with two referee e-mails "
        "(not the candidate's).",
        layout="Chromium print: Google Docs Serif-like")


def zh_photo_table_phd(files: Path) -> dict:
    """04: Chinese PhD graduate, 简历 page with an info table and a photo box."""
    fn = "04_zh_phd_jianli_photo_table_chromium.pdf"
    css = """@page { size: A4; margin: 12mm 14mm; }
html, body { -webkit-print-color-adjust: exact; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9.6pt; line-height: 1.55; color: #111; }
h1 { text-align: center; font-size: 18pt; letter-spacing: .3em; margin: 0 0 3mm; }
table.info { width: 100%; border-collapse: collapse; margin-bottom: 2mm; }
table.info td { border: 1px solid #777; padding: 1.2mm 2mm; }
table.info td.k { background: #eef2f7; width: 20mm; text-align: center; }
td.photo { width: 27mm; height: 35mm; text-align: center; color: #aaa; background: #f4f4f4; }
h2 { font-size: 10.5pt; background: #1d4e89; color: #fff; padding: .6mm 2mm; margin: 3.5mm 0 1.5mm; }
h3 { font-size: 9.8pt; margin: 1.5mm 0 .5mm; color: #1d4e89; }
.r { display: grid; grid-template-columns: 33mm 1fr 1fr; column-gap: 2mm; }
.r b { font-weight: 700; } p { margin: .5mm 0; } ul { margin: .3mm 0 1mm 5mm; padding: 0; }
"""
    edu = [("2020.09-2025.06", "东澜大学", "计算机应用技术 · 博士（预计2025年6月毕业）", "phd", "2020-09", "2025-06"),
           ("2018.09-2020.06", "东澜大学", "计算机应用技术 · 硕士（硕博连读转博）", "master", "2018-09", "2020-06"),
           ("2014.09-2018.06", "南屿师范大学", "软件工程 · 学士", "bachelor", "2014-09", "2018-06")]
    jobs = [("2023.07-2023.12", "星河云计算有限公司", "语音算法实习生", "2023-07", "2023-12",
             "流式语音识别模型压缩，端侧延迟降低 38%"),
            ("2022.01-2022.06", "麦垄智能科技（苏州）有限公司", "研究实习生", "2022-01", "2022-06", "方言语音合成数据构建")]
    pubs = [  # compact line, title, label venue, year, first, status
        ("ICASSP2024,Prosody-aware Speech Synthesis with Diffusion Priors(一作)2024.04",
         "Prosody-aware Speech Synthesis with Diffusion Priors", "ICASSP", 2024, True, "published"),
        ("INTERSPEECH2023,Low-resource Tibetan ASR via Cross-lingual Phoneme Mapping(二作)2023.08",
         "Low-resource Tibetan ASR via Cross-lingual Phoneme Mapping", "INTERSPEECH", 2023, False, "published"),
        ("TASLP2024,Unified Streaming and Non-streaming Speech Recognition with Dynamic Chunks(一作)2024.06",
         "Unified Streaming and Non-streaming Speech Recognition with Dynamic Chunks", "TASLP", 2024, True,
         "published"),
        ("声学学报2022,基于层次注意力的方言语音识别方法(一作)2022.05", "基于层次注意力的方言语音识别方法", "声学学报", 2022,
         True, "published"),
        ("ACL2025,Turn-taking Prediction for Full-duplex Spoken Dialogue Agents(三作,已录用)2025.05",
         "Turn-taking Prediction for Full-duplex Spoken Dialogue Agents", "ACL", 2025, False, "accepted"),
        ("arXiv2025,Speech Tokenizers Beyond Reconstruction: A Benchmark(一作)2025.02",
         "Speech Tokenizers Beyond Reconstruction: A Benchmark", "arXiv", 2025, True, "preprint"),
    ]
    awards = [("2023", "博士研究生国家奖学金"), ("2022", "东澜大学“优秀研究生”"), ("2019", "东澜大学 研究生一等学业奖学金")]
    html = HEAD.format(lang="zh-CN", title="苏晚晴简历")
    html += ('<h1>苏晚晴简历</h1>\n<table class="info"><tr><td class="k">姓　　名</td><td>苏晚晴</td>'
             '<td class="k">性　　别</td><td>女</td><td class="photo" rowspan="4">照片</td></tr>'
             '<tr><td class="k">出生年月</td><td>1996.05</td><td class="k">政治面貌</td><td>中共党员</td></tr>'
             '<tr><td class="k">联系电话</td><td>155 5550 2231</td><td class="k">电子邮箱</td>'
             '<td>suwanqing@example.edu.cn</td></tr>'
             '<tr><td class="k">研究方向</td><td colspan="3">语音识别、语音合成、口语对话系统</td></tr></table>\n')
    html += "<h2>教育背景</h2>\n" + "".join(
        f'<div class="r"><span>{d}</span><b>{h(i)}</b><span>{h(m)}</span></div>\n' for d, i, m, *_x in edu)
    html += "<h2>项目经历</h2>\n" + "".join(
        f'<div class="r"><span>{d}</span><b>{h(o)}</b><span>{h(t)}</span></div><ul><li>{h(n)}</li></ul>\n'
        for d, o, t, _s, _e, n in jobs)
    html += ('<div class="r"><span>2021.01-2024.12</span><b>国家自然科学基金面上项目</b><span>低资源方言语音识别（参与）'
             '</span></div><ul><li>负责声学模型与数据增强部分</li></ul>\n')
    html += "<h2>学术相关</h2>\n<h3>论文</h3>\n" + "".join(f"<p>{i}. {h(p[0])}</p>\n" for i, p in enumerate(pubs, 1))
    html += ("<h3>专利</h3><p>一种基于动态分块的流式语音识别方法，发明专利，CN2024105550123.4（第二发明人）</p>\n"
             "<h3>审稿</h3><p>ICASSP 2024/2025、INTERSPEECH 2024 审稿人</p>\n")
    html += "<h2>荣誉奖项</h2>\n" + "".join(f"<p>{y}　{h(a)}</p>\n" for y, a in awards)
    html += ("<h2>技术技能</h2><p>编程：Python、C++、Shell；框架：PyTorch、ESPnet、WeNet、Kaldi</p>"
             "<p>语言：英语 CET-6（586），可作为工作语言</p>\n</body></html>\n")
    chromium_pdf(html, "04_zh_jianli_photo_table", files / fn, css)
    return label(
        fn, "苏晚晴", ["Su Wanqing", "Wanqing Su"], ["suwanqing@example.edu.cn"], ["+8615555502231"], [],
        [(e[1], e[3], e[4], e[5]) for e in edu], [(j[1], j[2], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], []) for p in pubs],
        ["语音识别", "语音合成", "口语对话系统"], len(awards),
        "Chinese 简历 web page printed by headless Chromium (WenQuanYi Micro Hei). Title line is the name followed "
        "by 简历 ('苏晚晴简历'); a bordered info table 姓名/性别/出生年月/政治面貌/联系电话/电子邮箱/研究方向 with a grey "
        "'照片' photo box spanning four rows; phone '155 5550 2231'. Headings as white-on-blue bars. 教育背景 rows "
        "'2020.09-2025.06 | 东澜大学 | 专业 · 博士（预计2025年6月毕业）' (same university for the master's). 项目经历 holds "
        "two internships at companies (jobs) and an NSFC project with 参与 (not a job). 学术相关 with sub-heads "
        "论文 / 专利 / 审稿; papers as compact numbered lines 'ICASSP2024,Title(一作)2024.04' with no author list "
        "(first from 一作; '三作,已录用' = accepted; arXiv = preprint); a patent (not a paper). 荣誉奖项 three lines "
        "year first; 技术技能.",
        language="zh", layout="Chromium print: Chinese 简历 with photo box")
