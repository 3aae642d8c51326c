"""Builders 01-04: two "scanned" CVs (a page typeset with Typst, rasterised, rotated and soiled like an office
scan, then given an OCR text layer by ocrmypdf/Tesseract; English and Chinese) and two HTML CVs printed by
wkhtmltopdf (Qt WebKit): an English industry data engineer and a bilingual materials-science postdoc.
All people, places and papers are invented."""
from __future__ import annotations

from html import escape as h
from pathlib import Path

from kit13 import BUILD, label, scan_and_ocr, typst_pdf, wkhtml


def _t(s: str) -> str:
    """Escape text for Typst markup."""
    for c in "\\#$*_@<>[]`~":
        s = s.replace(c, "\\" + c)
    return s


def scanned_cs_phd(files: Path) -> dict:
    """01: CS PhD candidate, a one-page CV printed, signed-off and scanned at 300 dpi bilevel, then OCR'd."""
    fn = "01_cs_phd_candidate_scanned_ocr.pdf"
    me = "L. R. Castellanos"
    edu = [("Brookhollow University", "Ph.D. in Computer Science", "Sep 2021 – May 2026 (expected)", "phd",
            "2021-09", "2026-05"),
           ("Brookhollow University", "M.S. in Computer Science (en route)", "Sep 2021 – May 2023", "master",
            "2021-09", "2023-05"),
           ("Carrow College", "B.A. in Mathematics and Computer Science, magna cum laude", "Sep 2017 – May 2021",
            "bachelor", "2017-09", "2021-05")]
    jobs = [("Graduate Research Assistant", "Vision & Learning Lab (led by Prof. Harriet Okafor), Brookhollow "
             "University", "Sep 2021 – present", "2021-09", "present",
             ["Few-shot and open-vocabulary segmentation; mentor two undergraduate researchers",
              "Teaching assistant for CS 4780 Computer Vision in Fall 2023 and Spring 2025"]),
            ("Research Intern", "Meridian Labs, Perception Group", "Jun 2024 – Aug 2024", "2024-06", "2024-08",
             ["Amodal completion benchmark; internal tech transfer to the mapping team"]),
            ("Software Engineering Intern", "Pellwood Systems", "Jun 2020 – Aug 2020", "2020-06", "2020-08",
             ["Image-ingest service for a document archive"])]
    pubs = [("Few-shot segmentation with frozen diffusion features", [me, "M. Idris", "H. Okafor"], "CVPR 2025",
             "CVPR", 2025, True, "published"),
            ("Open-vocabulary part grouping", ["M. Idris", me, "H. Okafor"], "ECCV 2024", "ECCV", 2024, False,
             "published"),
            ("Probing spatial reasoning in vision-language models", [me, "H. Okafor"], "NeurIPS 2025 (accepted)",
             "NeurIPS", 2025, True, "accepted"),
            ("A benchmark for fine-grained amodal completion", [me, "T. Brandt", "et al."], "arXiv 2025",
             "arXiv", 2025, True, "preprint"),
            ("Segment-level calibration for open-world detection", [me, "H. Okafor"], "ICLR 2026 (under review)",
             "ICLR", None, True, "under review")]
    src = """#set document(date: none)
#set page(paper: "us-letter", margin: (x: 2.2cm, y: 1.8cm))
#set text(font: "Liberation Serif", size: 10.5pt)
#set par(justify: false, leading: 0.55em)
#show heading.where(level: 2): it => block(above: 1.1em, below: 0.5em)[#text(size: 11pt, weight: "bold")[#upper(it.body)] #v(-0.6em) #line(length: 100%, stroke: 0.6pt)]
#align(center)[#text(size: 17pt, weight: "bold")[Linnea R. Castellanos] \\
Department of Computer Science, Brookhollow University, 41 Quarry Road, Brookhollow, MA 02999 \\
617.555.0148 #h(0.6em) | #h(0.6em) linnea.castellanos\\@brookhollow.example.edu #h(0.6em) | #h(0.6em) lcastellanos.example.org]
"""
    src += "\n== Education\n"
    for i, d, w, *_x in edu:
        src += f"#grid(columns: (1fr, auto), [*{_t(i)}* — {_t(d)}], [{_t(w)}])\n"
    src += "\n== Research Interests\nFew-shot segmentation; vision-language models; open-world detection.\n"
    src += "\n== Research and Work Experience\n"
    for t, o, w, _s, _e, bl in jobs:
        src += f"#grid(columns: (1fr, auto), [*{_t(t)}*, {_t(o)}], [{_t(w)}])\n"
        src += "".join(f"- {_t(b)}\n" for b in bl)
    src += "\n== Publications\n"
    for t, au, v, *_x in pubs:
        aus = ", ".join(f"*{_t(a)}*" if a == me else _t(a) for a in au)
        src += f"+ {aus}. “{_t(t)}.” _{_t(v)}_.\n"
    src += ("\n== Fellowships and Awards\n- NSF Graduate Research Fellowship, 2022\n"
            "- Brookhollow Dean's Fellowship, 2021\n- Carrow College Prize in Mathematics, 2021\n")
    src += ("\n== Skills\nPython, PyTorch, JAX, C++, CUDA; Slurm; LaTeX. Spanish (native), English (fluent).\n")
    page = BUILD / "01-page.pdf"
    page.parent.mkdir(parents=True, exist_ok=True)
    typst_pdf(src, "01_scanned_cs_phd", page)
    scan_and_ocr(page, "01_scanned_cs_phd", files / fn, "eng", angle=0.7, seed=1301, dpi=300, bilevel=True)
    return label(
        fn, "Linnea R. Castellanos", ["Linnea Castellanos"], ["linnea.castellanos@brookhollow.example.edu"],
        ["+16175550148"], ["lcastellanos.example.org"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[0], p[3], p[4], p[5], p[6], p[1]) for p in pubs],
        ["Few-shot segmentation", "vision-language models", "open-world detection"], 3,
        "A scanned paper CV: a one-page letter CV (typeset with Typst, Liberation Serif) rasterised at 300 dpi, "
        "rotated 0.7 degrees, blurred, noised, speckled and thresholded to a bilevel image like an office "
        "scanner's, then given an invisible OCR text layer by ocrmypdf 14 / Tesseract 5 (eng). The text layer "
        "has whatever OCR makes of it (broken quotes, dashes, 'l'/'1'). Centered header with the phone grouped "
        "with dots '617.555.0148' and a homepage; dates right-aligned in a grid column; same university for the "
        "Ph.D. ('Sep 2021 – May 2026 (expected)') and the en-route M.S.; 'Lab (led by Prof. X), University'; "
        "TA terms 'Fall 2023 and Spring 2025' in a bullet (not a job). Numbered publications 'Authors. “Title.” "
        "_VENUE YEAR_' with the candidate bold, '(accepted)', 'arXiv 2025', 'et al.', '(under review)'. "
        "Fellowships and a prize: 3 awards.",
        layout="scanned bilevel image + OCR text layer (ocrmypdf)")


def scanned_zh_masters(files: Path) -> dict:
    """02: Chinese master's student, 简历 scanned in grey and OCR'd with chi_sim+eng."""
    fn = "02_zh_masters_jianli_scanned_ocr.pdf"
    edu = [("江川大学", "计算机科学与技术", "硕士", "2023.09—2026.06(预计)", "master", "2023-09", "2026-06"),
           ("南屿理工大学", "软件工程", "本科", "2019.09—2023.06", "bachelor", "2019-09", "2023-06")]
    jobs = [("青岚科技有限公司", "语音算法实习生", "2025.06—2025.09", "2025-06", "2025-09",
             "负责端侧语音增强模型的蒸馏与量化，模型体积减少 60%。"),
            ("云栖数据(杭州)有限公司", "数据挖掘实习生", "2024.07—2024.09", "2024-07", "2024-09",
             "搭建客服通话关键词检出流程，日处理 20 万条录音。")]
    pubs = [  # line, title, venue, year, first, status, authors
        ("ICASSP2025,Lightweight speech enhancement with band-split gating(一作)2024.12",
         "Lightweight speech enhancement with band-split gating", "ICASSP", 2025, True, "published",
         ["郑沐阳", "石砚", "贺知秋"]),
        ("Interspeech2024,Cross-lingual keyword spotting via phoneme anchors(二作)2024.06",
         "Cross-lingual keyword spotting via phoneme anchors", "INTERSPEECH", 2024, False, "published",
         ["石砚", "郑沐阳", "贺知秋"]),
        ("中文信息学报,面向方言的语音识别数据增强方法(三作,已录用)2025.02", "面向方言的语音识别数据增强方法", "中文信息学报",
         2025, False, "accepted", ["贺知秋", "石砚", "郑沐阳"]),
        ("TASLP,Streaming target-speaker ASR with memory tokens(一作,审稿中)2025.05",
         "Streaming target-speaker ASR with memory tokens", "TASLP", None, True, "under review",
         ["郑沐阳", "贺知秋"])]
    src = """#set document(date: none)
#set page(paper: "a4", margin: (x: 2cm, y: 1.7cm))
#set text(font: ("Liberation Sans", "WenQuanYi Micro Hei"), size: 10.5pt, lang: "zh")
#set par(leading: 0.7em)
#let sec(t) = block(above: 1em, below: 0.5em, fill: luma(225), inset: (x: 4pt, y: 3pt), width: 100%)[#text(weight: "bold", size: 11.5pt)[#t]]
#align(center)[#text(size: 20pt, weight: "bold")[郑沐阳简历]]
#v(0.3em)
#grid(columns: (1fr, 1fr), row-gutter: 0.55em,
  [姓#h(2em)名：郑沐阳], [年#h(2em)龄：24],
  [性#h(2em)别：男], [出生年月：2001.03],
  [电#h(2em)话：138-5550-2874], [邮#h(2em)箱：zhengmuyang\\@example.edu.cn],
  [求职意向：语音算法工程师], [政治面貌：共青团员])
"""
    src += "#sec[求学经历]\n"
    for i, f, d, w, *_x in edu:
        src += f"#grid(columns: (4.2cm, 1fr, 3cm, auto), [{w}], [*{i}*], [{f}], [{d}])\n"
    src += ("主修课程：机器学习、语音信号处理、矩阵分析（GPA 3.8/4.0，专业前 10%）\n"
            "#sec[实践锻炼]\n")
    for o, t, w, _s, _e, desc in jobs:
        src += f"#grid(columns: (4.2cm, 1fr, auto), [{w}], [*{_t(o)}*], [{t}])\n{_t(desc)}\n\n"
    src += "#sec[成果清单]\n"
    for i, (line, *_x) in enumerate(pubs, 1):
        src += f"{i}. {_t(line)}\n\n"
    src += ("#sec[所获荣誉]\n- 2024 研究生国家奖学金\n- 2024 江川大学优秀研究生\n- 2021 全国大学生数学建模竞赛省级一等奖\n"
            "#sec[技能特长]\nPython / PyTorch / C++；熟悉 Kaldi、ESPnet；英语 CET-6（582）\n"
            "#sec[自我评价]\n对语音技术有浓厚兴趣，执行力强，乐于沟通。\n")
    page = BUILD / "02-page.pdf"
    page.parent.mkdir(parents=True, exist_ok=True)
    typst_pdf(src, "02_scanned_zh_masters", page)
    scan_and_ocr(page, "02_scanned_zh_masters", files / fn, "chi_sim+eng", angle=-0.5, seed=1302, dpi=220,
                 bilevel=False, jpeg_quality=40, noise=6)
    return label(
        fn, "郑沐阳", ["郑沐阳简历", "Zheng Muyang"], ["zhengmuyang@example.edu.cn"], ["+8613855502874"], [],
        [(e[0], e[4], e[5], e[6]) for e in edu], [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs], [], 3,
        "A Chinese 简历 scanned in grey: an A4 page (Typst, Liberation Sans + WenQuanYi Micro Hei) rasterised at "
        "220 dpi, rotated -0.5 degrees, noised, saved as a grey JPEG, then OCR'd by ocrmypdf / Tesseract 5 with "
        "chi_sim+eng (the text layer has OCR errors and spaces between CJK characters). Title '郑沐阳简历' (name "
        "+ 简历); two-column info grid (姓名 again under the title, 性别, 电话 '138-5550-2874', 邮箱); grey-shaded headings outside the common "
        "vocabulary: 求学经历 (education), 实践锻炼 (internships = jobs), 成果清单 (papers), 所获荣誉, 技能特长, "
        "自我评价. '2023.09—2026.06(预计)'. Compact paper lines 'ICASSP2025,Title(一作)2024.12', '(三作,已录用)' "
        "= accepted with a 2025.02 date, '(一作,审稿中)' = under review (year not scored). 3 honours.",
        language="zh", layout="scanned grey JPEG + OCR text layer (ocrmypdf, chi_sim)")


def wkhtml_data_engineer(files: Path) -> dict:
    """03: industry data engineer, HTML resume printed with wkhtmltopdf; talks/papers without authors."""
    fn = "03_data_engineer_html_wkhtmltopdf.pdf"
    css = """body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; margin: 0; }
.band { background: #0e5a6b; color: #fff; padding: 16px 22px 12px; }
.band h1 { font-size: 25pt; margin: 0; font-weight: normal; letter-spacing: 1px; }
.band .hl { font-size: 10.5pt; color: #bfe3ea; margin-top: 2px; }
.band .ct { font-size: 9pt; margin-top: 8px; }
.body { padding: 4px 22px; }
h2 { font-size: 11pt; color: #0e5a6b; text-transform: uppercase; letter-spacing: 2px; border-bottom: 2px solid #e2b04a; padding-bottom: 2px; margin: 16px 0 8px; }
.job { margin-bottom: 9px; } .job .hd { font-weight: bold; } .r { float: right; font-weight: normal; color: #555; font-size: 9.2pt; }
.job ul { margin: 3px 0 0 0; padding-left: 18px; } li { margin-bottom: 2px; }
.pub { margin: 0 0 5px 0; } .tag { color: #0e5a6b; font-weight: bold; }
.foot { margin-top: 20px; border-top: 1px solid #ccc; padding-top: 4px; font-size: 8pt; color: #777; text-align: center; }
table.sk td { padding: 1px 10px 1px 0; vertical-align: top; }
"""
    jobs = [("Senior Data Engineer", "Tallis Freight", "Platform Data", "Apr 2022 – Present", "2022-04", "present",
             ["Owns the event-streaming lakehouse (Kafka, Flink, Iceberg; 3 B events/day)",
              "Cut warehouse spend 38% by moving nightly batch jobs to incremental models"]),
            ("Data Engineer", "Tallis Freight", "Pricing Analytics", "Sep 2019 – Mar 2022", "2019-09", "2022-03",
             ["Built the lane-pricing feature store used by three ML teams"]),
            ("Analytics Engineer", "Copperline Insurance", "Claims BI", "Jul 2017 – Aug 2019", "2017-07", "2019-08",
             ["Migrated 200 SSIS packages to Airflow + dbt"])]
    edu = [("University of Whitcombe", "M.S., Information Systems", "2015 – 2017", "master", "2015", "2017"),
           ("Halvard State University", "B.S., Statistics", "2011 – 2015", "bachelor", "2011", "2015")]
    pubs = [("VLDB Workshop", "Incremental deduplication for late-arriving freight events", "Aug 2023", 2023),
            ("SIGMOD Demo", "Lanes: a feature store for spatio-temporal pricing", "Jun 2021", 2021),
            ("Data + AI Summit", "Exactly-once is a team sport: lessons from a freight lakehouse", "Jun 2024", 2024)]
    html = ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Devika Ramaswami-Holt — Resume'
            '</title><link rel="stylesheet" href="style.css"></head>\n<body>\n')
    html += ('<div class="band"><h1>Devika Ramaswami-Holt</h1><div class="hl">Senior Data Engineer — streaming, '
             'lakehouse, data quality</div><div class="ct">Seattle, WA &nbsp;•&nbsp; +1.206.555.0187 &nbsp;•&nbsp; '
             'devika.rh@example.com &nbsp;•&nbsp; github.com/devika-rh</div></div>\n<div class="body">\n')
    html += ("<h2>Summary</h2><p>Eight years building batch and streaming data platforms in logistics and "
             "insurance. Happiest when the pipeline is boring and the on-call is quiet.</p>\n<h2>Experience</h2>\n")
    for t, o, unit, w, _s, _e, bl in jobs:
        html += (f'<div class="job"><div class="hd"><span class="r">{w}</span>{h(t)}. {h(o)}. {h(unit)}.</div><ul>'
                 + "".join(f"<li>{h(b)}</li>" for b in bl) + "</ul></div>\n")
    html += "<h2>Education</h2>\n" + "".join(
        f'<div class="job"><div class="hd"><span class="r">{w}</span>{h(i)}</div>{h(d)}</div>\n'
        for i, d, w, *_x in edu)
    html += "<h2>Papers &amp; Talks</h2>\n" + "".join(
        f'<div class="pub"><span class="r">{w}</span><span class="tag">[{h(v)}]</span> {h(t)}</div>\n'
        for v, t, w, _y in pubs)
    html += ('<h2>Skills</h2><table class="sk"><tr><td><b>Languages</b></td><td>Python, SQL, Scala, Go</td></tr>'
             '<tr><td><b>Platforms</b></td><td>Kafka, Flink, Spark, Iceberg, Snowflake, Airflow, dbt</td></tr>'
             '<tr><td><b>Cloud</b></td><td>AWS (Certified Data Analytics – Specialty, 2022), Terraform</td></tr>'
             '</table>\n<h2>References</h2><p>Marcus Feeney, VP Data, Tallis Freight — marcus.feeney@example.com'
             '<br>Oona Bracewell, Director of BI, Copperline Insurance — o.bracewell@example.net</p>\n'
             '<div class="foot">devikarh.example.dev &nbsp;·&nbsp; last updated May 2025</div>\n</div>\n</body></html>\n')
    wkhtml(html, "03_wkhtml_data_engineer", files / fn, css,
           ("--page-size", "Letter", "-T", "0", "-B", "12mm", "-L", "0", "-R", "0"))
    return label(
        fn, "Devika Ramaswami-Holt", [], ["devika.rh@example.com"], ["+12065550187"],
        ["github.com/devika-rh", "devikarh.example.dev"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[4], j[5]) for j in jobs], len(pubs), None,
        [(t, v, y, None, "published", []) for v, t, _w, y in pubs], [], 0,
        "HTML resume printed by wkhtmltopdf 0.12.6 (Qt WebKit text layer; Debian build without patched Qt): "
        "a coloured header band with the name, headline and a contact line '+1.206.555.0187' (phone grouped "
        "with dots, bullets between items); experience headings 'Role. Org. Unit.' with full stops and a "
        "right-floated date (two roles at one employer); years-only degrees; 'Papers & Talks': entries without "
        "authors, a bracketed venue tag '[VLDB Workshop]', the title, a right-floated 'Mon YYYY' (a talk at a "
        "summit counted with the papers, as the CV lists it; first author not scored); a certification inside "
        "Skills (not an award); referee e-mails under References (not the candidate's); the homepage only in the "
        "last-line footer.",
        layout="wkhtmltopdf: header band, floated dates")


def wkhtml_bilingual_postdoc(files: Path) -> dict:
    """04: bilingual materials-science postdoc, table-based HTML printed with wkhtmltopdf; [J1]/[C1] numbers in
    their own column, restarting per sub-heading."""
    fn = "04_bilingual_materials_postdoc_wkhtmltopdf.pdf"
    css = """body { font-family: 'Liberation Serif', 'WenQuanYi Micro Hei', serif; font-size: 10.5pt; margin: 0; color: #111; }
h1 { font-size: 20pt; margin: 0; } .sub { color: #555; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; } td { vertical-align: top; padding: 2px 4px; }
h2 { font-size: 11.5pt; margin: 14px 0 5px; padding: 2px 6px; background: #e8eef5; border-left: 4px solid #2f5f8f; }
h3 { font-size: 10.5pt; margin: 8px 0 3px; font-style: italic; font-weight: normal; text-decoration: underline; }
td.n { width: 30px; color: #2f5f8f; font-weight: bold; } td.d { width: 150px; color: #333; white-space: nowrap; }
.hd td { padding: 0; } .ct { text-align: right; font-size: 9.5pt; line-height: 1.5; }
"""
    me = "S. Lin"
    edu = [("清华园理工大学 Qinghe University of Technology", "博士 Ph.D., Materials Science and Engineering",
            "2017.09 – 2022.07", "phd", "2017-09", "2022-07"),
           ("清华园理工大学 Qinghe University of Technology", "学士 B.Eng., Materials Physics", "2013.09 – 2017.07",
            "bachelor", "2013-09", "2017-07")]
    jobs = [("Department of Materials, University of Harwick", "Postdoctoral Research Associate 博士后研究员",
             "2022.10 – present", "2022-10", "present"),
            ("先导电池研究院 Vanguard Battery Institute", "Visiting Researcher 访问研究员", "2021.03 – 2021.08",
             "2021-03", "2021-08")]
    journals = [
        ("Single-crystal cathodes that resist oxygen loss at high voltage", [me, "R. Whitford", "M. Zhou"],
         "Adv. Energy Mater.", "vol. 14, no. 9, p. 2303311, 2024", 2024, True, "published"),
        ("Grain-boundary engineering of garnet electrolytes", ["M. Zhou", me, "K. Ali", "H. Qiao"],
         "J. Mater. Chem. A", "vol. 11, pp. 4410–4421, 2023", 2023, False, "published"),
        ("Operando strain mapping in layered oxides", [me, "H. Qiao"], "Nano Lett.", "in press, 2025", 2025, True,
         "in press"),
        ("A machine-learned potential for lithium-rich oxides", [me, "R. Whitford"], "npj Comput. Mater.",
         "under review", None, True, "under review")]
    confs = [
        ("Fast-charging limits of single-crystal NMC", [me, "R. Whitford"], "MRS Fall Meeting",
         "Boston, MA, USA, 2023", 2023, True, "published"),
        ("Dopant segregation at cathode surfaces", ["K. Ali", me], "ECS Meeting",
         "Gothenburg, Sweden, 2022", 2022, False, "published")]
    html = ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>林书砚 Shuyan Lin CV</title>'
            '<link rel="stylesheet" href="style.css"></head>\n<body>\n')
    html += ('<table class="hd"><tr><td><h1>林书砚 &nbsp;Shuyan Lin</h1><div class="sub">博士后研究员 · Postdoctoral '
             'Research Associate</div></td><td class="ct">Tel: +44 7700 900 562<br>Email: shuyan.lin@harwick.example.ac.uk'
             '<br>Web: shuyanlin.example.org</td></tr></table>\n')
    html += "<h2>教育背景 Education</h2><table>\n" + "".join(
        f'<tr><td class="d">{w}</td><td><b>{h(i)}</b><br>{h(d)}</td></tr>\n' for i, d, w, *_x in edu) + "</table>\n"
    html += "<h2>工作经历 Employment</h2><table>\n" + "".join(
        f'<tr><td class="d">{w}</td><td><b>{h(t)}</b><br>{h(o)}</td></tr>\n' for o, t, w, *_x in jobs) + "</table>\n"
    html += ("<h2>研究方向 Research Interests</h2><p>Solid-state batteries; cathode degradation; operando X-ray "
             "diffraction; machine-learned interatomic potentials.</p>\n")
    html += "<h2>学术论文 Publications</h2>\n"
    for head, items, tag in (("期刊论文 Journal Articles", journals, "J"), ("会议报告 Conference Presentations", confs, "C")):
        html += f"<h3>{head}</h3><table>\n"
        for k, (t, au, v, tail, *_x) in enumerate(items, 1):
            aus = ", ".join(f"<b>{h(a)}</b>" if a == me else h(a) for a in au)
            html += f'<tr><td class="n">[{tag}{k}]</td><td>{aus}, “{h(t)},” <i>{h(v)}</i>, {h(tail)}.</td></tr>\n'
        html += "</table>\n"
    html += ("<h2>荣誉奖励 Honours</h2><table>"
             '<tr><td class="d">2024</td><td>Harwick Early-Career Research Fellowship</td></tr>'
             '<tr><td class="d">2022</td><td>清华园理工大学优秀博士学位论文 Outstanding Doctoral Dissertation Award</td></tr>'
             '<tr><td class="d">2019</td><td>博士研究生国家奖学金 National Scholarship for Doctoral Students</td></tr>'
             "</table>\n<h2>技能 Skills</h2><p>XRD/Rietveld refinement, TEM, VASP, LAMMPS, Python. 中文（母语），"
             "English (IELTS 8.0).</p>\n</body></html>\n")
    wkhtml(html, "04_wkhtml_bilingual_postdoc", files / fn, css,
           ("--page-size", "A4", "-T", "16mm", "-B", "16mm", "-L", "16mm", "-R", "16mm"))
    allp = journals + confs
    return label(
        fn, "林书砚", ["Shuyan Lin", "林书砚 Shuyan Lin"], ["shuyan.lin@harwick.example.ac.uk"], ["+447700900562"],
        ["shuyanlin.example.org"], [(e[0], e[3], e[4], e[5]) for e in edu], [(j[0], j[1], j[3], j[4]) for j in jobs],
        len(allp), sum(p[5] for p in allp), [(p[0], p[2], p[4], p[5], p[6], p[1]) for p in allp],
        ["Solid-state batteries", "cathode degradation", "operando X-ray diffraction"], 3,
        "Bilingual (Chinese/English) academic CV as a table-based HTML page printed by wkhtmltopdf 0.12.6 (Qt "
        "WebKit; WenQuanYi Micro Hei for the Chinese): name '林书砚  Shuyan Lin' in a header table with contact "
        "right-aligned in the other cell; shaded bilingual headings with a left rule ('教育背景 Education'); "
        "dates '2017.09 – 2022.07' in a left table column; the same bilingual university for the Ph.D. and the "
        "B.Eng.; bilingual job titles. Publications with underlined italic sub-headings (期刊论文 Journal "
        "Articles / 会议报告 Conference Presentations) and '[J1]'.. / '[C1]'.. numbers in their own table "
        "column, restarting per sub-heading; IEEE style with abbreviated journals ('Adv. Energy Mater.'), 'in "
        "press, 2025', 'under review' (year not scored). Honours: a fellowship, a dissertation award, a national "
        "scholarship (3).",
        language="zh+en", layout="wkhtmltopdf: tables, bilingual")
