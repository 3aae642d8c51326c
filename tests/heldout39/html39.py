"""HTML sources of 04 (Dutch ML lab head) and 07 (Korean materials professor), printed by WeasyPrint."""
from __future__ import annotations

import html
import re

from gen39 import VOCAB_MAT, VOCAB_ML, make_pubs, names


def inline(s: str) -> str:
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return re.sub(r"\*(.+?)\*", r"<i>\1</i>", s)


CSS_04 = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Sietse van Hoogmoed — Curriculum Vitae"; font: 8.5pt 'DejaVu Sans'; color: #555; }
  @top-center { content: string(sec, first-except); font: italic 8.5pt 'DejaVu Sans'; color: #555; }
  @top-right { content: "1 March 2025"; font: 8.5pt 'DejaVu Sans'; color: #555; }
  @bottom-center { content: "CV – page " counter(page) " of " counter(pages); font: 8.5pt 'DejaVu Sans'; } }
body { font: 10pt/1.35 'DejaVu Serif'; }
h1 { font: bold 20pt 'DejaVu Sans'; margin: 0 0 2pt 0; }
h2 { font: bold 12pt 'DejaVu Sans'; border-bottom: 1px solid #333; margin: 14pt 0 4pt 0;
     string-set: sec content() " (continued)"; }
h3 { font: bold 10.5pt 'DejaVu Sans'; margin: 8pt 0 2pt 0; }
.row { display: flex; margin: 3pt 0; }
.d { width: 28mm; flex: none; }
.t { flex: 1; }
ul { margin: 1pt 0 2pt 0; padding-left: 14pt; }
ol { margin: 0; padding-left: 26pt; }
ol li { margin-bottom: 2.5pt; }
.metrics { font-style: italic; }
"""


def build_04() -> str:
    me = ("S", "van Hoogmoed")
    venues_c = ["NeurIPS", "ICML", "ICLR", "AISTATS", "UAI", "CVPR", "AAAI"]
    long_c = {"NeurIPS": "Advances in Neural Information Processing Systems (NeurIPS {y})",
              "ICML": "Proceedings of the {n}th International Conference on Machine Learning (ICML {y})",
              "ICLR": "International Conference on Learning Representations (ICLR {y})",
              "AISTATS": "Proceedings of the {n}th International Conference on Artificial Intelligence and "
                         "Statistics (AISTATS {y})",
              "UAI": "Proceedings of the {n}th Conference on Uncertainty in Artificial Intelligence (UAI {y})",
              "CVPR": "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR {y})",
              "AAAI": "Proceedings of the AAAI Conference on Artificial Intelligence (AAAI {y})"}
    jv = ["Journal of Machine Learning Research", "IEEE Transactions on Pattern Analysis and Machine Intelligence",
          "Transactions on Machine Learning Research", "Nature Machine Intelligence", "Machine Learning"]
    journals = make_pubs(401, VOCAB_ML, 18, jv, (2009, 2025), me, 0.3, 0.55)
    confs = make_pubs(402, VOCAB_ML, 46, venues_c, (2008, 2025), me, 0.2, 0.65)
    works = make_pubs(403, VOCAB_ML, 9, ["NeurIPS Workshop", "ICML Workshop"], (2015, 2024), me, 0.2, 0.6)
    pre = make_pubs(404, VOCAB_ML, 7, ["arXiv"], (2024, 2025), me, 0.15, 0.7)

    def jitem(p):
        return (f"{names(p)}. {p['title']}. <i>{html.escape(p['venue'])}</i>, {p['vol']}"
                f"({p['num']}):{p['pages']}, {p['year']}.")

    def citem(p):
        v = long_c[p["venue"]].format(y=p["year"], n=p["year"] - 1983)
        return f"{names(p)}. {p['title']}. In <i>{html.escape(v)}</i>, pp. {p['pages']}, {p['year']}."

    def witem(p):
        ws = {"NeurIPS Workshop": "NeurIPS Workshop on Machine Learning for Physical Sciences",
              "ICML Workshop": "ICML Workshop on Structured Probabilistic Inference"}[p["venue"]]
        return f"{names(p)}. {p['title']}. <i>{ws}</i>, {p['year']}."

    def pitem(p):
        return f"{names(p)}. {p['title']}. <i>arXiv preprint</i> arXiv:{p['year'] % 100}{p['num']:02d}.{p['vol']:05d}, {p['year']}."

    def bold(s):
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)

    sel = [confs[3], journals[1], confs[12], confs[20], journals[6]]
    P = []
    a = P.append
    a(f"<html><head><meta charset='utf-8'><style>{CSS_04}</style></head><body>")
    a("<h1>Prof. dr. ir. Sietse van Hoogmoed</h1>")
    a("<div>Full Professor of Machine Learning · Informatics Institute, University of Amsterdam<br>"
      "Science Park 900, 1098 XH Amsterdam, The Netherlands<br>"
      "s.vanhoogmoed@example.org · https://sietse.example.org · Born 1977, Dutch nationality</div>")
    a("<p class='metrics'>Google Scholar (1 March 2025): 14,230 citations; h-index 48; i10-index 97. "
      "Scopus: 7,915 citations, h-index 36.</p>")
    a("<h2>Current and Past Appointments</h2>")
    rows = [
        ("2019 – present", "<b>Full Professor</b> (Chair of Machine Learning), University of Amsterdam",
         ["Head of the Delta Learning Lab (4 staff, 14 PhD students, 3 postdocs)",
          "Programme director, MSc Artificial Intelligence (2019–2022)",
          "Member of the Faculty Board for research (since 2023)"]),
        ("2021 – present", "<b>Scientific Director</b> (0.2 fte), ELLIS Unit Amsterdam", []),
        ("2014 – 2019", "<b>Associate Professor</b>, University of Amsterdam",
         ["Tenured 2016; led the probabilistic modelling group",
          "Coordinator of the Amsterdam–Bosch joint lab on uncertainty in perception"]),
        ("Jan – Jun 2018", "<b>Visiting Researcher</b> (sabbatical), Google Brain, Mountain View, CA", []),
        ("2010 – 2014", "<b>Assistant Professor</b>, Eindhoven University of Technology", []),
        ("2008 – 10", "<b>Postdoctoral Research Associate</b>, University of Cambridge, Machine Learning Group",
         ["Funded by a Rubicon fellowship of NWO"]),
    ]
    for d, t, bl in rows:
        ul = "<ul>" + "".join(f"<li>{x}</li>" for x in bl) + "</ul>" if bl else ""
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}{ul}</div></div>")
    a("<h2>Education</h2>")
    for d, t in [("2004 – 2008", "<b>PhD</b> in Computer Science (cum laude), Radboud University Nijmegen. "
                                 "Thesis: <i>Approximate inference in hierarchical latent models</i>"),
                 ("2002 – 2004", "<b>MSc (ir.)</b> Applied Mathematics, Delft University of Technology"),
                 ("1999 – 2002", "<b>BSc</b> Applied Mathematics, Delft University of Technology")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Honours and Awards</h2>")
    for d, t in [("2019", "ELLIS Fellow"), ("2016", "Outstanding Paper Award, ICML 2016"),
                 ("2011", "Christiaan Huygens Science Award (computer science)"),
                 ("2009", "Best Dissertation Award, Netherlands Society for Pattern Recognition")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Research Grants</h2>")
    for d, t in [("2020 – 2025", "NWO Vici, <i>Uncertainty you can act on</i>, €1,500,000 — role: PI"),
                 ("2017 – 2022", "ERC Consolidator Grant, <i>GEOPROB</i>, €1,996,000 — role: PI"),
                 ("2021 – 2025", "Horizon Europe, <i>TRUST-AI-CARE</i>, €6.1M total (€620,000 UvA) — role: co-PI"),
                 ("2015 – 2019", "NWO Vidi, <i>Structured inference at scale</i>, €800,000 — role: PI"),
                 ("2019 – 2023", "Bosch Center for AI, industry collaboration, €1,200,000 — role: co-PI")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Supervision</h2><h3>Graduated PhD students (current position)</h3>")
    for d, t in [("2024", "Dr. Lotte Brannigan — <i>Equivariant flows for molecules</i>; now Research Scientist, "
                          "Microsoft Research AI for Science, Amsterdam"),
                 ("2023", "Dr. Tomasz Kowalczyk — now Assistant Professor, University of Copenhagen"),
                 ("2021", "Dr. Iris Fenwick — now Senior Machine Learning Engineer, Booking.com"),
                 ("2019", "Dr. Ruben Ashdown — now Associate Professor, KU Leuven"),
                 ("2017", "Dr. Hanna Eskildsen — now Staff Research Scientist, Google DeepMind, London")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h3>Former postdocs</h3>")
    for d, t in [("2018 – 2021", "Dr. Mateo Grimaldi — now Lecturer, University of Edinburgh"),
                 ("2015 – 2017", "Dr. Ayumi Umeki — now Research Lead, Sony AI, Tokyo")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Selected Publications</h2><p>Five papers I consider most representative (also listed below).</p><ol>")
    for p in sel:
        a(f"<li>{bold(citem(p) if p in confs else jitem(p))}</li>")
    a("</ol>")
    a("<h2>Publications</h2><p>Own name in bold. Numbering restarts in each category.</p>")
    a("<h3>Journal articles</h3><ol>")
    for p in journals:
        a(f"<li>{bold(jitem(p))}</li>")
    a("</ol><h3>Conference proceedings (peer reviewed, full papers)</h3><ol>")
    for p in confs:
        a(f"<li>{bold(citem(p))}</li>")
    a("</ol><h3>Workshop papers</h3><ol>")
    for p in works:
        a(f"<li>{bold(witem(p))}</li>")
    a("</ol><h3>Preprints</h3><ol>")
    for p in pre:
        a(f"<li>{bold(pitem(p))}</li>")
    a("</ol>")
    a("<h2>Invited Talks (selection)</h2>")
    for d, t in [("2024", "Keynote, European Conference on Machine Learning (ECML PKDD), Vilnius"),
                 ("2023", "Invited talk, Isaac Newton Institute programme on uncertainty quantification, Cambridge"),
                 ("2022", "Plenary, Dutch–Belgian Machine Learning Day, Leuven"),
                 ("2021", "Seminar, Max Planck Institute for Intelligent Systems, Tübingen (online)")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Teaching</h2>")
    for d, t in [("since 2015", "Probabilistic Machine Learning (MSc AI, 180 students per year)"),
                 ("2010 – 2014", "Pattern Recognition (BSc, TU/e)")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Editorial Boards and Service</h2>")
    for d, t in [("since 2020", "Action Editor, Journal of Machine Learning Research"),
                 ("2019 – 2024", "Area Chair, NeurIPS and ICML (every year); Senior Area Chair NeurIPS 2023, 2024"),
                 ("2022", "Program Co-Chair, AISTATS 2022"),
                 ("since 2018", "Member, NWO Open Competition ENW-XL selection committee")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>Media</h2><p>Interviews on AI and uncertainty in NRC Handelsblad (2023) and on NPO Radio 1 "
      "(2023, 2024).</p></body></html>")
    return "\n".join(P), dict(journals=journals, confs=confs, works=works, pre=pre, sel=sel)


CSS_07 = """
@page { size: letter; margin: 20mm 18mm 22mm 18mm;
  @top-right { content: "Ha-eun Ryu  |  CV (updated March 2025)"; font: 8pt 'DejaVu Sans'; color: #444; }
  @bottom-left { content: "Ryu, H.-E. — Curriculum Vitae"; font: 8pt 'DejaVu Sans'; }
  @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 8pt 'DejaVu Sans'; }
  @footnote { border-top: 0.5pt solid #666; padding-top: 3pt; } }
body { font: 10pt/1.3 'DejaVu Sans'; }
h1 { font-size: 18pt; text-align: center; margin: 0; }
.c { text-align: center; }
h2 { font-size: 11.5pt; background: #dfe6ef; padding: 2pt 4pt; margin: 12pt 0 4pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
td, th { border: 0.5pt solid #888; padding: 2pt 3pt; vertical-align: top; }
thead { display: table-header-group; }
.fn { float: footnote; font-size: 7.5pt; }
ol { padding-left: 24pt; margin: 0; }
ol li { margin-bottom: 2pt; }
.row { display: flex; margin: 2pt 0; } .d { width: 32mm; flex: none; } .t { flex: 1; }
"""


def build_07() -> str:
    me = ("H.-E", "Ryu")
    jv = ["Nature Energy", "Advanced Materials", "ACS Energy Letters", "Energy & Environmental Science",
          "Joule", "Advanced Energy Materials", "Journal of Materials Chemistry A", "Nano Letters",
          "Chemistry of Materials", "ACS Nano"]
    arts = make_pubs(701, VOCAB_MAT, 64, jv, (2004, 2025), me, 0.12, 0.75)
    confs = make_pubs(702, VOCAB_MAT, 8, ["MRS Spring Meeting", "ECS Meeting Abstracts", "IMLB"], (2008, 2023),
                      me, 0.3, 0.6)
    # equal contribution with the first author: mark the second-listed Ryu with a dagger on two items
    eq = [i for i, p in enumerate(arts) if p["authors"][1][2]][:2]
    P = []
    a = P.append
    a(f"<html><head><meta charset='utf-8'><style>{CSS_07}</style></head><body>")
    a("<h1>Ha-eun Ryu, Ph.D.</h1><p class='c'>Professor, Department of Materials Science and Engineering, KAIST<br>"
      "291 Daehak-ro, Yuseong-gu, Daejeon 34141, Republic of Korea<br>"
      "E-mail: haeun.ryu@example.ac.kr · Lab: https://energymat-lab.example.org</p>")
    a("<h2>EDUCATION</h2>")
    for d, t in [("1998 – 2005", "Ph.D., Materials Science and Engineering, Massachusetts Institute of Technology "
                                 "(advisor: Prof. W. Thorvaldsen)<span class='fn'>Military service exemption as an "
                                 "alternative research officer, 2000–2001, counted within the doctoral period.</span>"),
                 ("1996 – 1998", "M.S., Materials Science and Engineering, Seoul National University"),
                 ("1992 – 96", "B.S., Metallurgical Engineering, Seoul National University (summa cum laude)")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>PROFESSIONAL EXPERIENCE</h2>")
    for d, t in [("2016.03 – present", "<b>Professor</b>, Department of Materials Science and Engineering, KAIST"),
                 ("2020.03 – present", "<b>Director</b>, KAIST Battery Research Center (concurrent)"),
                 ("2011.03 – 2016.02", "<b>Associate Professor</b> (tenured 2014), KAIST"),
                 ("2007.03 – 2011.02", "<b>Assistant Professor</b>, KAIST"),
                 ("2019.08 – 2020.07", "<b>Visiting Scientist</b> (sabbatical), Argonne National Laboratory, "
                                       "Chemical Sciences and Engineering Division"),
                 ("2005.06 – 2007.02", "<b>Postdoctoral Scholar</b>, Stanford University, Department of Materials "
                                       "Science and Engineering"),
                 ("since 2022", "<b>Outside Director</b> (non-executive), LG Energy Solution Ltd.<span class='fn'>"
                                "Board position disclosed under the KAIST conflict-of-interest policy.</span>")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<h2>HONORS AND AWARDS</h2>")
    for d, t in [("2023", "Fellow, Korean Academy of Science and Technology"),
                 ("2021", "Kyung-Ahm Prize in Science and Engineering"),
                 ("2018", "Young Scientist Award, Korean Institute of Metals and Materials"),
                 ("2014", "KAIST Excellence in Research Award"),
                 ("2005", "MRS Graduate Student Gold Award")]:
        a(f"<div class='row'><div class='d'>{d}</div><div class='t'>{t}</div></div>")
    a("<p>Research metrics (Web of Science, Feb 2025): 11,420 citations, h-index 52. Highly Cited Researcher "
      "(Clarivate) 2020–2024.</p>")
    a("<h2>RESEARCH FUNDING (PI unless noted)</h2><table><thead><tr><th>Period</th><th>Project</th><th>Sponsor</th>"
      "<th>Amount</th><th>Role</th></tr></thead><tbody>")
    for r in [("2023.03–2028.02", "Leader Research Program: interfaces in solid-state batteries", "NRF Korea",
               "KRW 7.5 billion", "PI"),
              ("2021.04–2025.12", "Next-generation sulfide electrolyte pilot line", "MOTIE / KEIT", "KRW 3.2 billion",
               "co-PI"),
              ("2018.09–2023.08", "Samsung Future Technology Program: self-healing cathodes",
               "Samsung Science & Technology Foundation", "KRW 1.4 billion", "PI"),
              ("2016.05–2021.04", "Mid-career Researcher Program", "NRF Korea", "KRW 1.1 billion", "PI"),
              ("2012.06–2015.05", "Basic Science Research Program", "NRF Korea", "KRW 300 million", "PI"),
              ("2009.09–2012.08", "Hyundai Motor Company joint project on fast-charging anodes", "Hyundai Motor",
               "KRW 450 million", "co-PI")]:
        a("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>")
    a("</tbody></table>")
    a("<h2>STUDENTS AND POSTDOCS SUPERVISED</h2><table><thead><tr><th>Name</th><th>Degree / years</th>"
      "<th>Current position</th></tr></thead><tbody>")
    for r in [("Min-seo Kang", "Ph.D. 2024", "Senior Researcher, Samsung SDI"),
              ("Dae-ho Lim", "Ph.D. 2022", "Assistant Professor, POSTECH"),
              ("Ji-woo Seong", "Ph.D. 2021", "Postdoctoral Fellow, Lawrence Berkeley National Laboratory"),
              ("Eun-bi Cha", "Ph.D. 2019", "Associate Professor, Hanyang University"),
              ("Tae-yang Oh", "Postdoc 2017–2019", "Principal Engineer, LG Energy Solution"),
              ("Hyun-woo Baek", "Ph.D. 2014", "Professor, UNIST")]:
        a("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>")
    a("</tbody></table><p>In total 21 Ph.D. and 17 M.S. graduates, 11 postdoctoral researchers.</p>")
    a("<h2>PUBLICATIONS</h2><p>(* corresponding author; † equal contribution)<span class='fn'>Numbering "
      "continues across categories. Impact factors are omitted following the DORA declaration.</span></p>")
    a("<p><b>A. Peer-reviewed journal articles</b></p><ol>")
    for i, p in enumerate(arts):
        parts = []
        for k, (ini, sur, mine) in enumerate(p["authors"]):
            x = f"{ini}. {sur}"
            if i in eq and k < 2:
                x += "†"
            if mine:
                x = f"<b>{x}</b>"
            if k == len(p["authors"]) - 1 and mine:
                x += "*"
            parts.append(x)
        au = ", ".join(parts)
        a(f"<li>{au}, “{p['title']},” <i>{p['venue']}</i> <b>{p['vol']}</b>, {p['pages']} ({p['year']}).</li>")
    a(f"</ol><p><b>B. Conference proceedings</b></p><ol start='{len(arts) + 1}'>")
    for p in confs:
        a(f"<li>{names(p, bold=('<b>', '</b>'))}, “{p['title']},” <i>{p['venue']} {p['year']}</i>, "
          f"abstract {p['num']}{p['vol']} ({p['year']}).</li>")
    a("</ol><p><b>C. Patents (registered)</b></p><ol>")
    for i, t in enumerate(["Sulfide solid electrolyte with halogen-doped interphase and method for preparing same",
                           "Self-healing polymer binder for nickel-rich cathodes",
                           "Lithium metal anode with a graded fluoride protective layer",
                           "Apparatus for operando X-ray analysis of pouch cells"]):
        a(f"<li>H.-E. Ryu, et al., “{t},” KR Patent 10-2{i}8{i}-55{i}3{i}, registered 20{18 + i}.</li>")
    a("</ol>")
    a("<h2>INVITED TALKS (selected)</h2><ol>")
    for t in ["Plenary, International Meeting on Lithium Batteries (IMLB), Hong Kong, 2024",
              "Keynote, Gordon Research Conference on Batteries, Ventura, CA, 2022",
              "Invited, MRS Fall Meeting, Boston, 2019", "Seminar, University of Cambridge, Department of "
              "Chemistry, 2018"]:
        a(f"<li>{t}</li>")
    a("</ol><h2>PROFESSIONAL SERVICE</h2><div class='row'><div class='d'>2019 – present</div><div class='t'>"
      "Associate Editor, ACS Energy Letters</div></div><div class='row'><div class='d'>2015 – 2021</div>"
      "<div class='t'>Editorial Advisory Board, Chemistry of Materials</div></div><div class='row'><div class='d'>"
      "2022 – 2024</div><div class='t'>Presidential Advisory Committee on Science &amp; Technology, member</div>"
      "</div><h2>TEACHING</h2><p>MS211 Thermodynamics of Materials (2007–present); MS612 Electrochemical Energy "
      "Materials (graduate, 2010–present).</p></body></html>")
    return "\n".join(P), dict(arts=arts, confs=confs, eq=eq)
