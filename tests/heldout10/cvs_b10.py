"""Builders 04-05: Typst layouts written for this set (a two-page industry resume with a skills sidebar,
a one-column student resume in the style of the 'basic-resume' Typst package). Data go to Typst as JSON,
so no text is read as Typst markup. All people, places and papers are invented."""
from __future__ import annotations

import json
from pathlib import Path

from kit10 import label, typst_pdf, write_src

SIDEBAR_TYP = r"""#let d = json("data.json")
#set document(title: d.name + " - Resume", author: d.name, date: datetime(year: 2025, month: 5, day: 1))
#set page(paper: "a4", margin: (top: 1.4cm, bottom: 1.6cm, left: 1.2cm, right: 1.4cm),
  footer: context [#set text(8pt, fill: luma(120)); #d.name #h(1fr) Page #counter(page).display() of #counter(page).final().first()])
#set text(font: "Lato", size: 9.5pt)
#set par(justify: false, leading: 0.55em)
#let accent = rgb("#1f5f8b")
#let sidehead(t) = block(above: 1.1em, below: 0.5em)[#text(10pt, weight: "bold", fill: accent, upper(t)) #v(-0.6em) #line(length: 100%, stroke: 0.6pt + accent)]
#let mainhead(t) = block(above: 1.2em, below: 0.6em)[#text(12pt, weight: "bold", fill: accent, t) #h(0.4em) #box(width: 1fr, line(length: 100%, stroke: 0.6pt + luma(170)))]
#let sidebar = [
  #text(16pt, weight: "bold", d.first) \
  #text(16pt, weight: "light", d.last) \
  #v(0.2em)
  #text(10pt, fill: accent, d.headline)
  #sidehead("Contact")
  #for c in d.contact [#text(fill: luma(90), c.at(0)) \ #c.at(1) \ #v(0.15em)]
  #sidehead("Skills")
  #for s in d.skills [*#s.at(0)* \ #s.at(1) \ #v(0.2em)]
  #sidehead("Certifications")
  #for c in d.certs [#c \ #v(0.1em)]
  #sidehead("Languages")
  #for l in d.langs [#l \ ]
]
#let main = [
  #text(fill: luma(60), d.summary)
  #mainhead("Professional Experience")
  #for e in d.jobs [
    #block(above: 0.9em, below: 0.3em)[#text(10.5pt, weight: "bold", e.org) #h(1fr) #text(fill: luma(90), e.place)]
    #for r in e.roles [
      #block(above: 0.35em, below: 0.25em)[#text(style: "italic", r.title) #h(1fr) #text(fill: accent, r.dates)]
      #for b in r.bullets [- #b
      ]
    ]
  ]
]
#let rest = [
  #mainhead("Selected Projects")
  #for p in d.projects [
    #block(above: 0.7em, below: 0.2em)[*#p.at(0)* #h(1fr) #text(fill: accent, p.at(1))]
    #p.at(2)
  ]
  #mainhead("Education")
  #for e in d.edu [
    #block(above: 0.7em, below: 0.2em)[*#e.at(0)* #h(1fr) #text(fill: accent, e.at(1))]
    #e.at(2)
  ]
  #mainhead("Awards")
  #for a in d.awards [- #a
  ]
  #mainhead("Talks and Writing")
  #for a in d.talks [- #a
  ]
  #mainhead("Volunteering")
  #for a in d.volunteer [- #a
  ]
]
#grid(columns: (5.3cm, 1fr), column-gutter: 0.7cm,
  block(fill: luma(243), inset: 8pt, radius: 3pt, width: 100%, breakable: true, sidebar),
  main)
#pagebreak()
#rest
"""


def typst_sidebar_sre(files: Path) -> dict:
    """04: two-page industry resume with a grey skills sidebar (Typst), site reliability engineer."""
    fn = "04_sre_lead_typst_sidebar_two_page.pdf"
    jobs = [
        {"org": "Corvid Payments Inc.", "place": "Austin, TX", "roles": [
            {"title": "Staff Site Reliability Engineer", "dates": "Feb 2023 – Present", "s": "2023-02", "e": "present",
             "bullets": ["Lead SRE for the card-authorisation platform (42 services, 99.995% SLO).",
                         "Designed multi-region failover; cut regional recovery time from 38 to 6 minutes.",
                         "Run the incident-commander rotation and its training for 60 engineers.",
                         "Introduced error budgets to product planning; release freezes fell from 9 to 2 a year.",
                         "Mentor four engineers; two promoted to senior in 2024.",
                         "Capacity planning for the holiday peak (3.1x baseline traffic) with load tests in staging.",
                         "Partnered with security on secrets rotation and mTLS everywhere (Envoy, SPIFFE)."]},
            {"title": "Senior Site Reliability Engineer", "dates": "Jun 2020 – Jan 2023", "s": "2020-06", "e": "2023-01",
             "bullets": ["Moved 300+ services from hand-written Terraform to a paved-road module catalogue.",
                         "Built SLO burn-rate alerting on Prometheus and Thanos.",
                         "Wrote the postmortem template and review process still used company-wide.",
                         "Reduced monthly cloud spend by 22% through rightsizing and spot node pools.",
                         "On-call lead for the 2021 card-network migration (zero customer-facing downtime)."]}]},
        {"org": "Lattice & Loom Retail", "place": "Denver, CO", "roles": [
            {"title": "Platform Engineer", "dates": "Aug 2017 – May 2020", "s": "2017-08", "e": "2020-05",
             "bullets": ["Kubernetes migration of the order pipeline; on-call for checkout during peak season.",
                         "Built the CI/CD platform on Jenkins, later Argo CD, for 80 developers.",
                         "Introduced blue-green deployments for the storefront; rollback time under 2 minutes."]}]},
        {"org": "Brightline Hosting Co-op", "place": "Boulder, CO", "roles": [
            {"title": "Systems Administrator", "dates": "Jan 2015 – Jul 2017", "s": "2015-01", "e": "2017-07",
             "bullets": ["Ran Linux fleets and Ceph storage for 1,200 small-business customers."]}]},
    ]
    data = {
        "name": "Marisol Etxeberria-Vance", "first": "Marisol", "last": "Etxeberria-Vance",
        "headline": "Staff Site Reliability Engineer",
        "contact": [["Phone", "(512) 555-0186"], ["E-mail", "marisol.ev@example.com"],
                    ["LinkedIn", "linkedin.com/in/marisol-ev"], ["GitHub", "github.com/msolev"],
                    ["Location", "Austin, TX (open to remote)"]],
        "skills": [["Cloud", "AWS, GCP, Terraform, Pulumi"], ["Containers", "Kubernetes, Envoy, Istio, Argo CD"],
                   ["Observability", "Prometheus, Thanos, Grafana, OpenTelemetry"],
                   ["Languages", "Go, Python, Bash, SQL"], ["Practices", "SLOs, chaos testing, incident command"]],
        "certs": ["Certified Kubernetes Administrator (CKA), 2021", "AWS Solutions Architect – Professional, 2022",
                  "HashiCorp Terraform Associate, 2020"],
        "langs": ["English (native)", "Spanish (fluent)", "Basque (conversational)"],
        "summary": "Site reliability engineer with ten years of keeping payment and retail platforms up. I like "
                   "boring failovers, honest SLOs and runbooks people actually read.",
        "jobs": jobs,
        "projects": [["kube-slo-lint (open source, maintainer)", "2021 – Present",
                      "A linter for SLO definitions in Kubernetes manifests; 1.4k GitHub stars."],
                     ["Game-day toolkit", "2022",
                      "Internal chaos-testing harness adopted by 14 teams at Corvid."]],
        "edu": [["B.S. in Computer Science, Front Range State University", "Aug 2010 – May 2014",
                 "Minor in Mathematics. Senior project: anomaly detection for campus network logs."]],
        "awards": ["Corvid Payments Engineering Excellence Award, 2024",
                   "Lattice & Loom 'Peak Hero' award for Black Friday on-call, 2018"],
        "talks": ["“Failover you can sleep through”, SREcon Americas 2024 (talk)",
                  "“SLOs for batch jobs”, company engineering blog, 2023",
                  "“On-call without burnout”, DevOpsDays Denver 2019 (talk)"],
        "volunteer": ["Mentor, Code Your Future Austin (2019 – Present): weekly sessions on Linux and networking "
                      "for career changers.",
                      "Infrastructure volunteer, Austin Community Radio (2016 – 2020): kept the streaming servers up."],
    }
    d = write_src("04_typst_sidebar", {"main.typ": SIDEBAR_TYP,
                                       "data.json": json.dumps(data, indent=1, ensure_ascii=False) + "\n"})
    typst_pdf(d, "main.typ", files / fn)
    exp = [(j["org"], r["title"], r["s"], r["e"]) for j in jobs for r in j["roles"]]
    return label(
        fn, "Marisol Etxeberria-Vance", [], ["marisol.ev@example.com"], ["+15125550186"],
        ["linkedin.com/in/marisol-ev", "github.com/msolev"],
        [("Front Range State University", "bachelor", "2010-08", "2014-05")], exp,
        0, None, [], [], 2,
        "Typst two-column industry resume over two pages: a grey left sidebar (name split over two lines "
        "'Marisol' / 'Etxeberria-Vance', headline, labelled Contact lines 'Phone' / '(512) 555-0186', Skills "
        "groups, Certifications, Languages) beside the main column; name again in the footer with 'Page 1 of 2'. "
        "Page 2 is full width (projects, education, awards, talks, volunteering). Experience grouped by employer: organisation bold with the city right, then several roles under it "
        "(two at Corvid Payments Inc.), italic title with date right 'Feb 2023 – Present' (en dash). A summary "
        "paragraph in first person. Selected Projects (an open-source maintainer role is not a job). Education "
        "as 'B.S. in Computer Science, Front Range State University' on one line. Certifications are in their "
        "own sidebar section and are not counted as awards (awards_count = the 2 items under 'Awards'). A "
        "conference talks and a blog post are not publications (count 0). Volunteering entries are not jobs.",
        layout="Typst two-column sidebar (written for this set)")


BASIC_TYP = r"""#let d = json("data.json")
#set document(title: d.name + " Resume", author: d.name, date: datetime(year: 2025, month: 9, day: 15))
#set page(paper: "us-letter", margin: (x: 0.55in, y: 0.5in))
#set text(font: "TeX Gyre Heros", size: 10pt)
#set par(justify: true, leading: 0.5em)
#show heading.where(level: 2): it => block(above: 0.9em, below: 0.5em)[#text(11pt, weight: "bold", smallcaps(it.body)) #v(-0.7em) #line(length: 100%, stroke: 0.5pt)]
#align(center)[
  #text(22pt, weight: "bold", d.name) \
  #v(0.1em)
  #d.contact.join("  |  ")
]
== Education
#for e in d.edu [
  #block(above: 0.7em, below: 0.2em)[*#e.school* #h(1fr) #e.place \ #emph(e.degree) #h(1fr) #emph(e.dates)]
  #for b in e.bullets [- #b
  ]
]
== Experience
#for e in d.jobs [
  #block(above: 0.7em, below: 0.2em)[*#e.title* #h(1fr) #e.dates \ #emph(e.org) #h(1fr) #emph(e.place)]
  #for b in e.bullets [- #b
  ]
]
== Projects
#for p in d.projects [
  #block(above: 0.6em, below: 0.2em)[*#p.name* | #emph(p.tech) #h(1fr) #p.dates]
  #for b in p.bullets [- #b
  ]
]
== Publications
#for p in d.pubs [
  #block(above: 0.5em, below: 0.3em)[#for (i, a) in p.authors.enumerate() [#if a == d.me [*#a*] else [#a]#if i < p.authors.len() - 1 [, ]]. #p.title. #emph(p.venue).]
]
== Skills
#for s in d.skills [*#s.at(0):* #s.at(1) \ ]
"""


def typst_basic_student(files: Path) -> dict:
    """05: one-column US-letter student resume in the style of the Typst 'basic-resume' package."""
    fn = "05_ds_masters_student_typst_basic_resume.pdf"
    me = "P. Adeyemi-Fairbanks"
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        ([me, "R. Castellano", "L. Whitford"], "Label-efficient detection of illegal fishing vessels from "
         "AIS gaps", "Under review, KDD 2026 Applied Data Science Track", "KDD", None, True, "under review"),
        (["R. Castellano", me], "A benchmark for sea-surface anomaly segmentation",
         "NeurIPS 2025 Workshop on Tackling Climate Change with Machine Learning", "NeurIPS Workshop", 2025, False,
         "published"),
    ]
    data = {
        "name": "Priya Adeyemi-Fairbanks", "me": me,
        "contact": ["(617) 555-0143", "priya.af@example.edu", "linkedin.com/in/priya-af", "github.com/priyaaf"],
        "edu": [{"school": "Northgate Institute of Technology", "place": "Cambridge, MA",
                 "degree": "Master of Science in Data Science", "dates": "Sep 2024 – May 2026 (expected)",
                 "bullets": ["GPA: 3.92/4.00. Coursework: Causal Inference, Deep Learning, Large-Scale Systems."]},
                {"school": "University of Lakeshore", "place": "Chicago, IL",
                 "degree": "Bachelor of Arts in Statistics, Minor in Economics", "dates": "Aug 2019 – May 2023",
                 "bullets": ["Summa cum laude; Dean's List all semesters."]}],
        "jobs": [{"title": "Data Science Intern", "org": "Meridian Freight Analytics", "place": "Boston, MA",
                  "dates": "Jun 2025 – Aug 2025", "s": "2025-06", "e": "2025-08",
                  "bullets": ["Built a demand-forecasting model for 3,000 lanes; reduced MAPE by 11%."]},
                 {"title": "Graduate Research Assistant", "org": "Ocean Data Lab, Northgate Institute of Technology",
                  "place": "Cambridge, MA", "dates": "Jan 2025 – Present", "s": "2025-01", "e": "present",
                  "bullets": ["Weakly supervised vessel-behaviour models on 2 TB of AIS tracks."]},
                 {"title": "Analyst", "org": "Harrowgate Consulting Group", "place": "Chicago, IL",
                  "dates": "Jul 2023 – Aug 2024", "s": "2023-07", "e": "2024-08",
                  "bullets": ["Pricing analytics for retail clients; automated weekly reporting in dbt + Looker."]}],
        "projects": [{"name": "TideCast", "tech": "Python, PyTorch, FastAPI", "dates": "Spring 2025",
                      "bullets": ["Tide-level nowcasting web app; course project, top-3 demo day."]},
                     {"name": "Open Transit Delays", "tech": "SQL, DuckDB, Streamlit", "dates": "2022",
                      "bullets": ["Public dashboard of Chicago bus delays used by a local newspaper."]}],
        "pubs": [{"authors": p[0], "title": p[1], "venue": p[2]} for p in pubs],
        "skills": [["Languages", "Python, R, SQL, Scala"], ["ML", "PyTorch, scikit-learn, XGBoost, Spark"],
                   ["Tools", "Git, Docker, Airflow, dbt"]],
    }
    d = write_src("05_typst_basic", {"main.typ": BASIC_TYP,
                                     "data.json": json.dumps(data, indent=1, ensure_ascii=False) + "\n"})
    typst_pdf(d, "main.typ", files / fn)
    return label(
        fn, "Priya Adeyemi-Fairbanks", [], ["priya.af@example.edu"], ["+16175550143"],
        ["linkedin.com/in/priya-af", "github.com/priyaaf"],
        [("Northgate Institute of Technology", "master", "2024-09", "2026-05"),
         ("University of Lakeshore", "bachelor", "2019-08", "2023-05")],
        [(j["org"], j["title"], j["s"], j["e"]) for j in data["jobs"]],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], [], 0,
        "One-column US-letter resume in the look of the Typst 'basic-resume' package (written for this set, not "
        "fetched): centred bold name, one contact line joined by '|', small-caps headings over a rule. Education "
        "rows 'school / city' then italic degree with italic dates right: 'Sep 2024 – May 2026 (expected)'; "
        "'Bachelor of Arts in Statistics, Minor in Economics'. Experience rows put the TITLE first and the "
        "organisation in italics on the second line (three jobs, one a research assistantship inside a lab). "
        "Projects 'Name | tech' with 'Spring 2025' are not jobs. Two publications: 'Under review, KDD 2026 Applied "
        "Data Science Track' (KDD, no year since not yet published) and a NeurIPS 2025 workshop paper; own name bold. "
        "No awards section (Summa cum laude / Dean's List are degree honours, awards_count 0).",
        layout="Typst basic-resume style (written for this set)")
