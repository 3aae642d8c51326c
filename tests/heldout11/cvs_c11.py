"""Builders 07-09: browser-printed-like PDFs made with WeasyPrint from HTML/CSS written for this set: a
sidebar grid resume, a JSON-Resume-theme-like page rendered from a resume.json, a personal academic
homepage CV. All people, places and papers are invented."""
from __future__ import annotations

import json
from html import escape as h
from pathlib import Path

from kit11 import label, src_dir, weasy_pdf

HEAD = '<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>' \
       '<link rel="stylesheet" href="style.css"></head>\n<body>\n'


def sidebar_grid_swe(files: Path) -> dict:
    """07: software engineer, CSS-grid resume with a dark sidebar (contact, skills, education)."""
    fn = "07_software_engineer_html_sidebar_grid.pdf"
    css = """@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Lato', sans-serif; font-size: 9.6pt; color: #222; }
.page { display: grid; grid-template-columns: 64mm 1fr; height: 296mm; }
aside { background: #23303f; color: #e8edf2; padding: 14mm 7mm 10mm 9mm; }
aside h1 { font-size: 21pt; font-weight: 300; margin: 0 0 2mm 0; line-height: 1.1; }
aside h1 b { font-weight: 700; display: block; }
aside .tag { color: #8fc1e3; margin-bottom: 7mm; }
aside h2, main h2 { font-size: 9.6pt; letter-spacing: .12em; text-transform: uppercase; margin: 6mm 0 2mm; }
aside h2 { color: #8fc1e3; } main h2 { color: #23303f; border-bottom: 1px solid #c9d3dd; padding-bottom: 1mm; }
aside ul { list-style: none; padding: 0; margin: 0; } aside li { margin-bottom: 1.4mm; }
aside .edu p { margin: 0 0 3mm; }
main { padding: 14mm 12mm 10mm 9mm; }
.job { margin-bottom: 4mm; } .job .top { display: flex; justify-content: space-between; }
.job .role { font-weight: 700; } .job .when { color: #666; white-space: nowrap; }
.job .org { color: #3b6d99; } .job ul { margin: 1mm 0 0 4mm; padding: 0; }
.chip { display: inline-block; border: 1px solid #8fc1e3; border-radius: 3px; padding: 0 1.5mm; margin: 0 1mm 1mm 0; }
"""
    jobs = [("Kestrelworks", "Staff Software Engineer", "Seattle, WA", "Mar 2022 – Present", "2022-03", "present",
             ["Tech lead for the event-ingestion tier (2.1 M events/s, Rust + Kafka)",
              "Cut p99 ingest latency from 480 ms to 95 ms by replacing the JSON path with Cap'n Proto"]),
            ("Kestrelworks", "Senior Software Engineer", "Seattle, WA", "Jan 2019 – Feb 2022", "2019-01", "2022-02",
             ["Designed the multi-region replication protocol; on-call lead for storage"]),
            ("Bramblecode Labs", "Software Engineer", "Portland, OR", "Jul 2015 – Dec 2018", "2015-07", "2018-12",
             ["Built the billing reconciliation service in Go", "Mentored four interns (Summer 2017, Summer 2018)"]),
            ("Ostrander Robotics", "Software Engineering Intern", "Boise, ID", "May 2014 – Aug 2014", "2014-05", "2014-08",
             ["Firmware update tooling for warehouse robots"])]
    edu = [("University of Calloway Falls", "M.S. Computer Science", "2013 – 2015", "master", "2013", "2015"),
           ("Harwick College", "B.A. Mathematics, minor in Computer Science", "2009 – 2013", "bachelor", "2009", "2013")]
    awards = [("1st place, Cascadia Systems Hackathon", "2021"), ("Kestrelworks Engineering Excellence Award", "2020")]
    html = HEAD.format(lang="en", title="Tobias Rennick-Adewale — Resume")
    html += '<div class="page"><aside>\n<h1>Tobias <b>Rennick-Adewale</b></h1><div class="tag">Staff Software Engineer · Distributed Systems</div>\n'
    html += "<h2>Contact</h2><ul><li>+1 (206) 555-0173</li><li>tobias.ra@example.com</li><li>github.com/trennick</li>" \
            "<li>trennick.example.dev</li><li>Seattle, WA</li></ul>\n"
    html += "<h2>Skills</h2><div>" + "".join(f'<span class="chip">{s}</span>' for s in
                                               ["Rust", "Go", "Kafka", "PostgreSQL", "Kubernetes", "gRPC", "Terraform",
                                                "Python"]) + "</div>\n"
    html += '<h2>Education</h2><div class="edu">' + "".join(
        f"<p><b>{h(d)}</b><br>{h(i)}<br>{y}</p>" for i, d, y, *_x in edu) + "</div>\n"
    html += "<h2>Languages</h2><ul><li>English — native</li><li>Yoruba — conversational</li></ul>\n"
    html += "</aside><main>\n<h2>Summary</h2><p>Backend engineer (10 years) who likes boring, fast, well-observed " \
            "systems.</p>\n<h2>Experience</h2>\n"
    for org, role, city, d, _s, _e, bullets in jobs:
        html += (f'<div class="job"><div class="top"><span class="role">{h(role)}</span><span class="when">{d}</span></div>'
                 f'<div class="org">{h(org)} · {city}</div><ul>' + "".join(f"<li>{h(b)}</li>" for b in bullets) +
                 "</ul></div>\n")
    html += "<h2>Open Source</h2><p><b>tidewater</b> — a Rust crate for exactly-once Kafka sinks (1.2k stars).</p>\n"
    html += "<h2>Awards</h2><ul>" + "".join(f"<li>{h(a)} ({y})</li>" for a, y in awards) + "</ul>\n"
    html += "<h2>Talks</h2><ul><li>“Backpressure is a feature”, RustConf 2023</li></ul>\n</main></div>\n</body></html>\n"
    weasy_pdf(html, "07_html_sidebar", files / fn, css)
    return label(
        fn, "Tobias Rennick-Adewale", [], ["tobias.ra@example.com"], ["+12065550173"],
        ["github.com/trennick", "trennick.example.dev"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[4], j[5]) for j in jobs], None, None, [], [], len(awards),
        "Browser-printed-like resume (HTML/CSS via WeasyPrint): CSS grid with a dark 64 mm sidebar holding the "
        "name split over two lines (light 'Tobias' / bold 'Rennick-Adewale'), headline, contact list, skill "
        "chips, education (degree / institution / years only) and languages; the main column holds summary "
        "and experience. Experience rows are title-first with flex-aligned dates ('Mar 2022 – Present') and "
        "'Org · City' below; two roles at one employer; 'Summer 2017, Summer 2018' inside a bullet. Open-source "
        "project and a talk are neither jobs nor papers; two awards with the year in brackets.",
        layout="WeasyPrint HTML: CSS grid sidebar")


def json_resume_ds(files: Path) -> dict:
    """08: data scientist, a JSON-Resume-theme-like page rendered from resume.json (publications without authors)."""
    fn = "08_data_scientist_json_resume_theme_html.pdf"
    resume = {
        "basics": {"name": "Amara Lindgren-Oduya", "label": "Senior Data Scientist", "email": "amara.lo@example.org",
                   "phone": "+1 (312) 555-0129", "url": "https://amaralo.example.net",
                   "summary": "Causal inference and experimentation for marketplaces.",
                   "location": {"city": "Chicago", "region": "IL", "countryCode": "US"},
                   "profiles": [{"network": "GitHub", "username": "amaralo", "url": "https://github.com/amaralo"},
                                {"network": "LinkedIn", "username": "amara-lindgren-oduya",
                                 "url": "https://linkedin.com/in/amara-lindgren-oduya"}]},
        "work": [{"name": "Fieldstone Marketplace", "position": "Senior Data Scientist, Experimentation",
                  "startDate": "2022-04-01", "endDate": "", "summary": "Owns the A/B platform's variance-reduction methods.",
                  "highlights": ["CUPED++ rollout: experiments need 35% fewer users", "Mentors 3 data scientists"]},
                 {"name": "Fieldstone Marketplace", "position": "Data Scientist", "startDate": "2020-01-06",
                  "endDate": "2022-03-31", "summary": "Pricing elasticity models.", "highlights": []},
                 {"name": "Lakeshore Health Analytics", "position": "Data Analyst", "startDate": "2017-08-14",
                  "endDate": "2019-12-20", "summary": "Readmission risk dashboards.", "highlights": []}],
        "volunteer": [{"organization": "Data Kind-of Chicago", "position": "Volunteer mentor", "startDate": "2019-01-01",
                       "endDate": "", "summary": "Pro-bono analytics for food banks."}],
        "education": [{"institution": "Lakeshore Institute of Technology", "area": "Statistics", "studyType": "Master",
                       "startDate": "2015-09-01", "endDate": "2017-06-15", "score": "3.9"},
                      {"institution": "Sundborg University", "area": "Economics", "studyType": "Bachelor",
                       "startDate": "2011-08-20", "endDate": "2015-05-30", "score": ""}],
        "awards": [{"title": "Best Applied Paper", "date": "2023-08-08", "awarder": "KDD Applied Data Science Track",
                    "summary": "for the paper on interference-aware experiments"},
                   {"title": "Fieldstone Impact Award", "date": "2021-12-10", "awarder": "Fieldstone Marketplace",
                    "summary": ""}],
        "publications": [
            {"name": "Interference-aware switchback experiments for two-sided marketplaces", "publisher": "KDD 2023",
             "releaseDate": "2023-08-08", "url": "", "summary": "Applied Data Science Track."},
            {"name": "Variance reduction with pre-experiment embeddings", "publisher": "arXiv",
             "releaseDate": "2024-02-19", "url": "", "summary": "Preprint, arXiv:2402.05521."},
            {"name": "Budget-constrained uplift modelling for coupons", "publisher": "CIKM 2021",
             "releaseDate": "2021-11-01", "url": "", "summary": "Short paper."}],
        "skills": [{"name": "Statistics", "level": "Expert", "keywords": ["causal inference", "Bayesian A/B", "survival"]},
                   {"name": "Engineering", "level": "Advanced", "keywords": ["Python", "SQL", "Spark", "dbt"]}],
        "languages": [{"language": "English", "fluency": "Native speaker"}, {"language": "Swedish", "fluency": "Professional"}],
        "interests": [{"name": "Running", "keywords": ["trail", "marathon"]}],
    }
    d = src_dir("08_json_resume")
    (d / "resume.json").write_text(json.dumps(resume, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def md(s: str) -> str:
        if not s:
            return "Present"
        y, m, _ = s.split("-")
        return f"{months[int(m) - 1]} {y}"

    css = """@page { size: letter; margin: 16mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #999; } }
body { font-family: 'Roboto', sans-serif; font-size: 9.5pt; color: #333; line-height: 1.35; }
header { text-align: center; margin-bottom: 6mm; } header h1 { font-size: 24pt; margin: 0; font-weight: 400; }
header .label { color: #777; font-size: 11pt; } header .contact span + span::before { content: " | "; color: #bbb; }
section { display: grid; grid-template-columns: 30mm 1fr; column-gap: 6mm; border-top: 1px solid #eee; padding-top: 3mm; margin-top: 3mm; }
section > h2 { font-size: 9.5pt; text-transform: uppercase; color: #999; margin: 0; font-weight: 400; }
.item { margin-bottom: 3mm; } .item .hd { display: flex; justify-content: space-between; }
.item .hd b { font-weight: 700; } .item .date { color: #999; } .item .sub { font-style: italic; }
.kw { display: inline-block; background: #f1f1f1; padding: 0 1.5mm; margin-right: 1mm; border-radius: 2px; }
"""
    b = resume["basics"]
    html = HEAD.format(lang="en", title=b["name"])
    html += (f'<header><h1>{b["name"]}</h1><div class="label">{b["label"]}</div><div class="contact"><span>'
             f'{b["email"]}</span><span>{b["phone"]}</span><span>{b["url"]}</span><span>Chicago, IL, US</span></div>'
             '<div class="contact">' + "".join(f'<span>{p["network"]}: {p["url"]}</span>' for p in b["profiles"]) +
             "</div></header>\n")
    html += f'<section><h2>About</h2><div>{b["summary"]}</div></section>\n<section><h2>Work</h2><div>'
    for w in resume["work"]:
        html += (f'<div class="item"><div class="hd"><b>{h(w["name"])}</b><span class="date">{md(w["startDate"])} — '
                 f'{md(w["endDate"])}</span></div><div class="sub">{h(w["position"])}</div><div>{h(w["summary"])}</div>'
                 + ("<ul>" + "".join(f"<li>{h(x)}</li>" for x in w["highlights"]) + "</ul>" if w["highlights"] else "")
                 + "</div>")
    html += '</div></section>\n<section><h2>Volunteer</h2><div>'
    for v in resume["volunteer"]:
        html += (f'<div class="item"><div class="hd"><b>{h(v["organization"])}</b><span class="date">'
                 f'{md(v["startDate"])} — {md(v["endDate"])}</span></div><div class="sub">{v["position"]}</div>'
                 f'<div>{v["summary"]}</div></div>')
    html += '</div></section>\n<section><h2>Education</h2><div>'
    for e in resume["education"]:
        html += (f'<div class="item"><div class="hd"><b>{h(e["institution"])}</b><span class="date">'
                 f'{md(e["startDate"])} — {md(e["endDate"])}</span></div><div class="sub">{e["studyType"]} · '
                 f'{e["area"]}</div>' + (f'<div>GPA: {e["score"]}</div>' if e["score"] else "") + "</div>")
    html += '</div></section>\n<section><h2>Awards</h2><div>'
    for a in resume["awards"]:
        html += (f'<div class="item"><div class="hd"><b>{h(a["title"])}</b><span class="date">{md(a["date"])}</span>'
                 f'</div><div class="sub">Awarded by {h(a["awarder"])}</div><div>{h(a["summary"])}</div></div>')
    html += '</div></section>\n<section><h2>Publications</h2><div>'
    for p in resume["publications"]:
        html += (f'<div class="item"><div class="hd"><b>{h(p["name"])}</b><span class="date">{md(p["releaseDate"])}</span>'
                 f'</div><div class="sub">Published by {h(p["publisher"])}</div><div>{h(p["summary"])}</div></div>')
    html += '</div></section>\n<section><h2>Skills</h2><div>'
    for s in resume["skills"]:
        html += (f'<div class="item"><b>{s["name"]}</b> <span class="date">{s["level"]}</span><br>' +
                 "".join(f'<span class="kw">{k}</span>' for k in s["keywords"]) + "</div>")
    html += '</div></section>\n<section><h2>Languages</h2><div>' + "<br>".join(
        f'<b>{x["language"]}</b> {x["fluency"]}' for x in resume["languages"]) + "</div></section>\n"
    html += '<section><h2>Interests</h2><div><b>Running</b> <span class="kw">trail</span><span class="kw">marathon</span>' \
            "</div></section>\n</body></html>\n"
    weasy_pdf(html, "08_json_resume", files / fn, css)
    lv = {"Master": "master", "Bachelor": "bachelor"}
    ym = lambda s: s[:7] if s else "present"  # noqa: E731
    pub_lab = [("Interference-aware switchback experiments for two-sided marketplaces", "KDD", 2023, None, "published", []),
               ("Variance reduction with pre-experiment embeddings", "arXiv", 2024, None, "preprint", []),
               ("Budget-constrained uplift modelling for coupons", "CIKM", 2021, None, "published", [])]
    return label(
        fn, b["name"], [], [b["email"]], ["+13125550129"],
        ["amaralo.example.net", "github.com/amaralo", "linkedin.com/in/amara-lindgren-oduya"],
        [(e["institution"], lv[e["studyType"]], ym(e["startDate"]), ym(e["endDate"])) for e in resume["education"]],
        [(w["name"], w["position"], ym(w["startDate"]), ym(w["endDate"])) for w in resume["work"]],
        3, None, pub_lab, [], 2,
        "JSON-Resume-theme-like page (WeasyPrint; data kept as src/08_json_resume/resume.json): centred name and "
        "label, 'a | b | c' contact line, 'GitHub: URL' / 'LinkedIn: URL' profile line; every section a grid row "
        "with a grey upper-case label column. Work items: bold company, 'Mon YYYY — Present' right, italic "
        "position below (two positions at one company as separate items). Volunteer is not a job. Education "
        "'Master · Statistics' with 'GPA: 3.9'. Publications in JSON Resume form: bold title, release month "
        "right, 'Published by KDD 2023' and a summary line, no authors (first-author count not scored); an "
        "arXiv preprint. Two awards with 'Awarded by ...' (one names a paper). Skills with level and keyword "
        "chips; a hobby under Interests (not research interests). Page numbers 'n / N' in the margin box.",
        layout="WeasyPrint HTML: JSON Resume theme-like")


def homepage_assistant_prof(files: Path) -> dict:
    """09: assistant professor, personal academic homepage printed from the browser; no-author paper lists."""
    fn = "09_assistant_professor_homepage_html_print.pdf"
    css = """@page { size: A4; margin: 14mm 15mm 18mm;
  @top-left { content: "Leilani Voss-Achebe — CV"; font-size: 7.5pt; color: #888; }
  @top-right { content: "10/15/25, 9:41 AM"; font-size: 7.5pt; color: #888; }
  @bottom-left { content: "https://lvossachebe.example.edu/cv.html"; font-size: 7.5pt; color: #888; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 7.5pt; color: #888; } }
body { font-family: 'DejaVu Serif', serif; font-size: 9.4pt; color: #1d1d1d; line-height: 1.4; }
nav { border-bottom: 1px solid #ddd; padding-bottom: 2mm; margin-bottom: 5mm; font-family: 'DejaVu Sans'; font-size: 8.5pt; }
nav a { color: #2a5db0; margin-right: 5mm; text-decoration: none; }
.bio { display: flex; gap: 6mm; } .bio .photo { width: 28mm; height: 32mm; background: #d9d9d9; flex: none; }
h1 { font-size: 18pt; margin: 0; font-family: 'DejaVu Sans'; font-weight: 400; }
h2 { font-family: 'DejaVu Sans'; font-size: 12pt; font-weight: 400; color: #2a5db0; margin: 6mm 0 2mm; }
h3 { font-size: 9.4pt; margin: 3mm 0 1mm; font-style: italic; font-weight: 400; }
.pub { display: grid; grid-template-columns: 18mm 1fr 18mm; column-gap: 2mm; margin-bottom: 2.2mm; }
.pub .tag { font-family: 'DejaVu Sans Mono'; font-size: 8pt; color: #a03030; }
.pub .t { font-weight: 700; } .pub .d { text-align: right; color: #666; } .pub .desc { grid-column: 2 / 4; color: #555; font-size: 8.8pt; }
ul.q { padding-left: 4mm; } ul.q li { margin-bottom: 1.2mm; }
table.tl td { vertical-align: top; padding: 0 3mm 1.5mm 0; } table.tl td:first-child { white-space: nowrap; color: #555; }
a { color: #2a5db0; text-decoration: none; }
"""
    tagged = [  # tag, title, printed date, description, label venue, year
        ("[CVPR]", "Occlusion-aware neural fields for dynamic street scenes", "Jun 2025",
         "Highlight. Neural scene representation that separates static and moving actors.", "CVPR", 2025),
        ("[ICCV]", "Self-supervised depth from rolling-shutter video", "Oct 2023",
         "Rolling-shutter geometry as a free supervisory signal.", "ICCV", 2023),
        ("[TPAMI]", "Uncertainty-calibrated monocular depth for autonomous driving", "Mar 2024",
         "Journal extension of our ECCV 2022 paper.", "TPAMI", 2024),
        ("[ECCV]", "Calibrating monocular depth networks with sparse LiDAR", "Oct 2022",
         "Oral presentation.", "ECCV", 2022),
        ("[NeurIPS]", "Equivariant scene flow on point clouds", "Dec 2021",
         "Spotlight. Code released.", "NeurIPS", 2021),
    ]
    quoted = [  # title, venue-year printed, remark, venue label, year, status
        ("Weather-robust 3D detection via physics-guided augmentation", "ICLR 2026", "under review", "ICLR", None,
         "under review"),
        ("Learning to relight driving scenes from a single drive", "3DV 2025", "accepted, to appear", "3DV", 2025, "accepted"),
        ("Test-time adaptation for LiDAR segmentation in fog", "CVPR Workshop 2024", "best paper runner-up",
         "CVPR Workshop", 2024, "published"),
    ]
    jobs = [("Ferncastle University", "Assistant Professor, Department of Computer Science", "2023 – present", "2023", "present"),
            ("Halcyon Autonomy", "Research Scientist", "2021 – 2023", "2021", "2023"),
            ("Tessaly Institute for Vision", "Postdoctoral Researcher (host: Prof. Oren Mahdavi)", "2020 – 2021", "2020", "2021")]
    edu = [("Ostwick Institute of Technology", "Ph.D. in Electrical Engineering and Computer Science", "2015 – 2020", "phd",
            "2015", "2020"),
           ("University of Hilo Bay", "B.S. in Physics and Computer Science", "2011 – 2015", "bachelor", "2011", "2015")]
    html = HEAD.format(lang="en", title="CV | Leilani Voss-Achebe")
    html += ('<nav><a>Home</a><a>Research</a><a>Publications</a><a>Teaching</a><a>Group</a><a>CV</a></nav>\n'
             '<div class="bio"><div class="photo"></div><div><h1>Leilani Voss-Achebe</h1>'
             "<p>Assistant Professor of Computer Science, Ferncastle University<br>"
             "Gates-Whitby Hall 412 · lvossachebe [at] ferncastle.example.edu · +1 650 555 0191</p>"
             "<p>I lead the Perception in the Wild group. My research is in 3D computer vision, robust perception "
             "for autonomous driving and neural scene representations.</p></div></div>\n")
    html += "<h2>Appointments</h2><table class=\"tl\">" + "".join(
        f"<tr><td>{d}</td><td>{h(t)}, {h(o)}</td></tr>" for o, t, d, *_x in jobs) + "</table>\n"
    html += "<h2>Education</h2><table class=\"tl\">" + "".join(
        f"<tr><td>{d}</td><td>{h(dg)}, {h(i)}</td></tr>" for i, dg, d, *_x in edu) + "</table>\n"
    html += "<h2>Publications</h2><p>For author lists see Google Scholar. Venue tags link to the paper pages.</p>\n"
    html += "<h3>Selected conference and journal papers</h3>\n"
    for tag, t, d, desc, *_x in tagged:
        html += (f'<div class="pub"><span class="tag">{tag}</span><span class="t">{h(t)}</span><span class="d">{d}</span>'
                 f'<span class="desc">{h(desc)}</span></div>\n')
    html += '<h3>Recent and under review</h3><ul class="q">' + "".join(
        f"<li>“{h(t)}” {v} — <i>{r}</i></li>" for t, v, r, *_x in quoted) + "</ul>\n"
    awards = [("NSF CAREER Award", "2025"), ("Halcyon Autonomy Research Impact Award", "2022"),
              ("Ostwick EECS Best Thesis Award", "2020")]
    html += "<h2>Awards</h2><table class=\"tl\">" + "".join(
        f"<tr><td>{y}</td><td>{h(a)}</td></tr>" for a, y in awards) + "</table>\n"
    html += ("<h2>Teaching</h2><table class=\"tl\"><tr><td>Fall 2024</td><td>CS 231 Computer Vision (instructor)</td></tr>"
             "<tr><td>Spring 2024</td><td>CS 590 3D Deep Learning (new graduate seminar)</td></tr></table>\n"
             "<h2>Service</h2><p>Area Chair, CVPR 2025 and NeurIPS 2025; Associate Editor, IEEE RA-L.</p>\n</body></html>\n")
    weasy_pdf(html, "09_html_homepage", files / fn, css)
    sample = [(t, v, y, None, "published", []) for _tg, t, _d, _ds, v, y in tagged] + \
             [(t, v, y, None, st, []) for t, _p, _r, v, y, st in quoted]
    return label(
        fn, "Leilani Voss-Achebe", [], ["lvossachebe@ferncastle.example.edu"], ["+16505550191"],
        ["lvossachebe.example.edu"], [(e[0], e[3], e[4], e[5]) for e in edu], [(j[0], j[1], j[3], j[4]) for j in jobs],
        len(sample), None, sample, ["3D computer vision", "robust perception for autonomous driving",
                                    "neural scene representations"], len(awards),
        "Personal academic homepage printed from a browser (WeasyPrint): print margin boxes with 'name — CV' and a "
        "print time at the top and the page URL 'https://lvossachebe.example.edu/cv.html' only in the running "
        "footer; a site navigation bar (Home Research Publications ...) printed as text; grey photo box beside "
        "the bio; e-mail obfuscated as 'lvossachebe [at] ferncastle.example.edu' (label gives the real address). "
        "Appointments and education as 'YYYY – YYYY | text' tables with years only; the postdoc with '(host: "
        "Prof. ...)'. Publications without any author lists ('For author lists see Google Scholar'): a grid of "
        "a bracketed venue tag [CVPR], the bold title, a right-aligned 'Mon YYYY' and a description line "
        "('Highlight.', 'Oral presentation.', 'Journal extension of our ECCV 2022 paper.' mentions another "
        "venue); then a list of titles in typographic quotes followed by 'VENUE YEAR — remark' ('ICLR 2026 — "
        "under review' year not scored, 'accepted, to appear', a CVPR workshop 'best paper runner-up' that is "
        "a paper, not an award). First-author count not scored. Research interests in the bio sentence. Term "
        "dates 'Fall 2024' in the teaching table (not jobs).",
        layout="WeasyPrint HTML: academic homepage print")
