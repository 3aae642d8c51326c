"""Builders 10-13: a Chinese resume web page with CSS columns and an English PhD page with project-style paper
blocks (both WeasyPrint), a CV pasted into an e-mail (plain text), a GitHub-README-like Markdown CV with
HTML tables. All people, places and papers are invented."""
from __future__ import annotations

from html import escape as h
from pathlib import Path

from cvs_c11 import HEAD
from kit11 import label, weasy_pdf


def zh_phd_css_columns(files: Path) -> dict:
    """10: Chinese PhD student, resume page with CSS multi-column body, two-row date cells."""
    fn = "10_zh_phd_student_html_css_columns.pdf"
    css = """@page { size: A4; margin: 13mm 13mm 14mm; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; line-height: 1.5; color: #202020; }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #0b6e4f; padding-bottom: 2mm; }
header h1 { font-size: 20pt; margin: 0; color: #0b6e4f; letter-spacing: .1em; }
header .c { text-align: right; font-size: 8.6pt; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 1px solid #e0e0e0; margin-top: 4mm; }
h2 { font-size: 9pt; color: #0b6e4f; margin: 3mm 0 1.5mm; break-after: avoid; }
h2::before { content: "▍"; }
.row { display: grid; grid-template-columns: 15mm 1fr; column-gap: 2mm; margin-bottom: 2mm; break-inside: avoid; }
.row .d { color: #666; font-size: 8.2pt; } .row b { font-weight: 700; }
ol { padding-left: 5mm; margin: 0; } ol li { margin-bottom: 1.5mm; }
.me { font-weight: 700; text-decoration: underline; }
"""
    edu = [("2021.09", "至今", "北辰大学", "博士研究生 · 计算机科学与技术", "phd", "2021-09", "present",
            "导师：韩启东 教授；预计2026.06毕业"),
           ("2017.09", "2021.06", "西岭大学", "工学学士 · 软件工程", "bachelor", "2017-09", "2021-06", "GPA 3.86/4.0，排名 3/142")]
    jobs = [("2024.06", "2024.12", "灵犀智能科技有限公司", "大模型算法实习生", "2024-06", "2024-12",
             "长文档多模态检索增强；构建 20 万条图表问答数据"),
            ("2023.07", "2023.10", "微澜人工智能研究院", "NLP 研究实习生", "2023-07", "2023-10", "指令微调数据筛选")]
    research = [("2022.03", "至今", "多模态理解实验室（负责人：韩启东 教授）", "博士课题：长文档视觉问答与图表推理"),
                ("2019.10", "2021.05", "西岭大学 知识工程组", "本科科研：中文实体链接")]
    me_en, me_zh = "Muyang Qi", "戚沐阳"
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        ([me_en + "*", "Hao Lin*", "Yue Zhang", "Qidong Han"], "ChartSage: step-wise reasoning over scientific charts",
         "ACL 2024 (Long, Oral)", "ACL", 2024, True, "published"),
        (["Hao Lin", me_en, "Qidong Han"], "Layout-aware retrieval for long PDF question answering",
         "Findings of EMNLP 2023", "EMNLP Findings", 2023, False, "published"),
        ([me_en, "Ruoxi Shen", "et al."], "Table-to-text pretraining with noisy OCR supervision", "AAAI 2025",
         "AAAI", 2025, True, "published"),
        ([me_en, "Qidong Han"], "DocBench-Zh: a benchmark for Chinese document understanding",
         "arXiv:2505.01234, 2025", "arXiv", 2025, True, "preprint"),
        ([me_zh, "林浩", "韩启东"], "面向中文长文档的层次化阅读理解模型", "中文信息学报, 2022, 36(5): 88-97",
         "中文信息学报", 2022, True, "published"),
        ([me_en, "Yue Zhang", "Qidong Han"], "Evidence-grounded answers for multi-page visual QA",
         "投稿至 NeurIPS 2025，审稿中", "NeurIPS", None, True, "under review"),
    ]
    awards = [("2024", "博士研究生国家奖学金"), ("2023", "北辰大学 学术之星"), ("2020", "ACM-ICPC 亚洲区域赛 银牌")]

    def row(d1, d2, body):
        return f'<div class="row"><div class="d">{d1} –<br>{d2}</div><div>{body}</div></div>\n'

    def authors(au):
        return ", ".join(f'<span class="me">{h(a)}</span>' if a.rstrip("*") in (me_en, me_zh) else h(a) for a in au)

    html = HEAD.format(lang="zh-CN", title="戚沐阳 - 个人简历")
    html += ('<header><div><h1>戚沐阳</h1><div>计算机科学与技术 · 博士研究生（多模态文档理解）</div></div>'
             '<div class="c">(+86) 137-5550-8261<br>qimuyang@bc.example.edu.cn<br>github.com/qimy-doc<br>'
             'qimuyang.example.io</div></header>\n<div class="cols">\n')
    html += "<h2>教育背景</h2>\n" + "".join(
        row(d1, d2, f"<b>{h(i)}</b><br>{h(dg)}<br>{h(n)}") for d1, d2, i, dg, _l, _s, _e, n in edu)
    html += "<h2>研究兴趣</h2><p>多模态大模型、文档智能、图表推理</p>\n"
    html += "<h2>科研经历</h2>\n" + "".join(row(d1, d2, f"<b>{h(o)}</b><br>{h(t)}") for d1, d2, o, t in research)
    html += "<h2>实习经历</h2>\n" + "".join(
        row(d1, d2, f"<b>{h(o)}</b> · {h(r)}<br>{h(n)}") for d1, d2, o, r, _s, _e, n in jobs)
    html += "<h2>学术成果</h2><p>（* 共同第一作者）</p><ol>\n" + "".join(
        f"<li>{authors(au)}{'' if au[-1].endswith('.') else '.'} {h(t)}. <i>{h(v)}</i>.</li>\n"
        for au, t, v, *_x in pubs) + "</ol>\n"
    html += "<h2>荣誉奖项</h2>\n" + "".join(f"<div>{y}　{h(a)}</div>\n" for y, a in awards)
    html += ("<h2>技术技能</h2><p>Python、PyTorch、DeepSpeed、vLLM；熟悉 LLaVA / Qwen-VL 系列模型微调</p>\n"
             "<h2>学术服务</h2><p>ACL Rolling Review 审稿人（2024–2025）；EMNLP 2024 审稿人</p>\n</div>\n</body></html>\n")
    weasy_pdf(html, "10_html_zh_columns", files / fn, css)
    return label(
        fn, "戚沐阳", ["Muyang Qi", "Qi Muyang"], ["qimuyang@bc.example.edu.cn"], ["+8613755508261"],
        ["github.com/qimy-doc", "qimuyang.example.io"], [(e[2], e[4], e[5], e[6]) for e in edu],
        [(j[2], j[3], j[4], j[5]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], ["多模态大模型", "文档智能", "图表推理"], len(awards),
        "Chinese resume web page printed by WeasyPrint: name and a subtitle left, phone '(+86) 137-5550-8261', "
        "e-mail, GitHub and homepage stacked at the right of the header; the body flows in two CSS columns "
        "(column-count 2 with a rule), so sections continue from the left column into the right. Every entry is "
        "a grid row whose narrow date cell is printed over two lines ('2021.09 –' / '至今'). PhD '2021.09 – 至今' "
        "with '预计2026.06毕业' in the note (end = present, heldout9 convention). 科研经历 rows ('多模态理解实验室"
        "（负责人：韩启东 教授）', an undergraduate research group) are not jobs; 实习经历 rows 'Org · Role' are. "
        "学术成果: numbered list with '*' = 共同第一作者 defined, own name bold and underlined, 'ACL 2024 (Long, "
        "Oral)', 'Findings of EMNLP 2023', 'et al.', arXiv id with year, a Chinese journal paper with a Chinese "
        "author list, '投稿至 NeurIPS 2025，审稿中' (year not scored). Headings 研究兴趣, 荣誉奖项, 技术技能, 学术服务.",
        language="zh", layout="WeasyPrint HTML: CSS columns")


def phd_project_blocks(files: Path) -> dict:
    """11: computational-biology PhD student, Google-Docs-like page; papers as project-style blocks."""
    fn = "11_compbio_phd_student_html_project_style_papers.pdf"
    css = """@page { size: letter; margin: 15mm 17mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.32; color: #000; }
h1 { font-size: 10pt; font-weight: 700; margin: 0; text-transform: uppercase; letter-spacing: .05em; text-align: center; }
.contact { text-align: center; margin: 1mm 0 3mm; }
h2 { font-size: 10pt; font-weight: 700; margin: 4mm 0 1.5mm; border-bottom: 1px solid #000; }
.e { display: flex; justify-content: space-between; } .e b { font-weight: 700; }
.blk { display: grid; grid-template-columns: 62% 1fr; column-gap: 6mm; margin-bottom: 2.5mm; }
.blk .t { font-weight: 700; } .blk .v { } .blk .r { font-style: italic; text-align: right; }
ul { margin: .5mm 0 2mm 5mm; padding: 0; }
"""
    jobs = [("Systems Immunology Lab (led by Prof. Nadia Okafor-Lund), Wexcombe University",
             "Graduate Research Assistant", "Sep 2021 – Present", "2021-09", "present",
             ["Single-cell multi-omics integration for tumour-infiltrating T cells",
              "Rotation projects Fall 2021 and Winter 2022 in two other labs before joining"]),
            ("Bellmoor Genomics", "Computational Biology Intern", "Jun 2023 – Sep 2023", "2023-06", "2023-09",
             ["Variant-effect prediction on 40k patient exomes"]),
            ("Ridgefield Cancer Institute", "Research Technician", "Jul 2019 – Aug 2021", "2019-07", "2021-08",
             ["Flow cytometry panel design; analysis pipelines in R"])]
    edu = [("Wexcombe University", "Ph.D. in Computational Biology, expected March 2026", "Sep 2021 – Mar 2026", "phd",
            "2021-09", "2026-03"),
           ("Larchmont College", "B.S. in Biochemistry, summa cum laude", "Sep 2015 – May 2019", "bachelor", "2015-09",
            "2019-05")]
    pubs = [  # title, 'YYYY Venue, Status', role line, label venue, year, first, status
        ("Cross-modal transformers align chromatin accessibility with T-cell receptor clonotypes in human tumours",
         "2025 Nature Methods, Under Review", "First Author", "Nature Methods", None, True, "under review"),
        ("scBridge: transfer learning across single-cell assays with optimal transport",
         "2024 RECOMB, Published", "Co-First Author", "RECOMB", 2024, True, "published"),
        ("Benchmarking doublet detection in CITE-seq data", "2024 Bioinformatics, Published", "Third Author",
         "Bioinformatics", 2024, False, "published"),
        ("Clonotype-aware clustering of exhausted T cells", "2023 ISMB (Bioinformatics Proceedings), Published",
         "First Author", "ISMB", 2023, True, "published"),
        ("A reference atlas of tumour-infiltrating myeloid cells across nine cancers", "2025 bioRxiv, Preprint",
         "Second Author", "bioRxiv", 2025, False, "preprint"),
        ("Spatial niches of tertiary lymphoid structures", "2026 Cell Systems, In Preparation", "First Author",
         "Cell Systems", None, True, "in preparation"),
    ]
    awards = [("NIH F31 Predoctoral Fellowship", "2024"),
              ("Best Poster Award, ISMB 2023, for 'Clonotype-aware clustering of exhausted T cells'", "2023"),
              ("Wexcombe Presidential Graduate Fellowship", "2021")]
    html = HEAD.format(lang="en", title="Resume - Oluwaseun Hartley-Ybarra - Google Docs")
    html += ('<h1>Oluwaseun Hartley-Ybarra</h1><div class="contact">(+1) · 617 · 555 · 0148 &nbsp;|&nbsp; '
             "ohartleyybarra@wexcombe.example.edu &nbsp;|&nbsp; linkedin.com/in/ohartley-ybarra &nbsp;|&nbsp; "
             "Boston, MA</div>\n")
    html += "<h2>EDUCATION</h2>\n" + "".join(
        f'<div class="e"><span><b>{h(i)}</b> — {h(d)}</span><span>{w}</span></div>\n' for i, d, w, *_x in edu)
    html += "<h2>RESEARCH INTERESTS</h2><p>Single-cell multi-omics; tumour immunology; machine learning for T-cell " \
            "receptor repertoires</p>\n"
    html += "<h2>RESEARCH &amp; PROFESSIONAL EXPERIENCE</h2>\n"
    for o, r, d, _s, _e, bl in jobs:
        html += (f'<div class="e"><span><b>{h(r)}</b>, {h(o)}</span><span>{d}</span></div><ul>' +
                 "".join(f"<li>{h(b)}</li>" for b in bl) + "</ul>\n")
    html += "<h2>PUBLICATIONS</h2>\n"
    for t, v, role, *_x in pubs:
        html += (f'<div class="blk"><div class="t">{h(t)}</div><div><div class="v">{h(v)}</div>'
                 f'<div class="r">{role}</div></div></div>\n')
    html += "<h2>HONORS AND AWARDS</h2>\n" + "".join(
        f'<div class="e"><span>{h(a)}</span><span>{y}</span></div>\n' for a, y in awards)
    html += "<h2>SKILLS</h2><p>Python (scanpy, PyTorch), R (Seurat, Bioconductor), Nextflow, SLURM, flow cytometry</p>\n"
    html += "</body></html>\n"
    weasy_pdf(html, "11_html_gdocs_phd", files / fn, css)
    return label(
        fn, "Oluwaseun Hartley-Ybarra", ["OLUWASEUN HARTLEY-YBARRA"], ["ohartleyybarra@wexcombe.example.edu"],
        ["+16175550148"], ["linkedin.com/in/ohartley-ybarra"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[0], p[3], p[4], p[5], p[6], []) for p in pubs],
        ["Single-cell multi-omics", "tumour immunology"], len(awards),
        "Google-Docs-like one-column page printed by WeasyPrint (Liberation Sans, everything 10 pt; the name is "
        "an upper-case bold 10 pt line like the headings). Phone grouped with middle dots '(+1) · 617 · 555 · "
        "0148'. Education 'Institution — Ph.D. ..., expected March 2026' with right dates. Experience 'Role, "
        "Org' with the lab written 'Systems Immunology Lab (led by Prof. Nadia Okafor-Lund), Wexcombe "
        "University'; 'Fall 2021 and Winter 2022' rotations inside a bullet. Publications as project-style "
        "blocks with no author list: bold title wrapping in a 62% column, then 'YYYY Venue, Status' ('2025 "
        "Nature Methods, Under Review' year not scored, '2024 RECOMB, Published', '2025 bioRxiv, Preprint', "
        "'2026 Cell Systems, In Preparation') and an italic role line 'First Author' / 'Co-First Author' / "
        "'Third Author' (first = First or Co-First). Honors: a fellowship, a "
        "poster award that names a paper (an award, not another paper), a fellowship.",
        layout="WeasyPrint HTML: Google-Docs-like, project-style papers")


def email_pasted_txt(files: Path) -> dict:
    """12: a CV pasted into an e-mail body (plain text, hard-wrapped, quoted headers)."""
    fn = "12_postdoc_applicant_email_pasted_cv.txt"
    edu = [("Univerzita Karlovského Dvora", "phd", "2019-10", "2024-02"),
           ("Université de Saint-Aurèle", "master", "2017-09", "2019-06"),
           ("Université de Saint-Aurèle", "bachelor", "2014-09", "2017-06")]
    jobs = [("Institute of Organic Catalysis, Karlovsky Dvur", "Postdoctoral researcher", "2024-03", "present"),
            ("Karlovsky Dvur University", "Teaching assistant", "2020-09", "2023-06"),
            ("Solvane Chimie SAS", "R&D intern", "2019-02", "2019-06")]
    pubs = [
        ("Photoredox C-H amination of unactivated alkanes with a recyclable iridium catalyst", "ACS Catalysis", 2024,
         True, "published", ["Mbeki-Laurent, C.", "Horak, J.", "Vesely, P."]),
        ("Flow synthesis of chiral amines under visible light", "Organic Letters", 2023, False, "published",
         ["Horak, J.", "Mbeki-Laurent, C.", "et al."]),
        ("Ligand design rules for nickel-photoredox cross-coupling", "Journal of the American Chemical Society", None,
         True, "under review", ["Mbeki-Laurent, C.", "Vesely, P."]),
        ("Mechanistic study of energy-transfer catalysis in flow", None, None, True, "in preparation",
         ["Mbeki-Laurent, C.", "Novak, E.", "Vesely, P."]),
    ]
    text = """From: Clémence Mbeki-Laurent <clemence.mbeki@example.org>
To: Prof. Hendrika Vos <h.vos@lindeborg.example.edu>
Subject: Application: postdoctoral position in photocatalysis (ref. PD-2025-17)

Dear Professor Vos,

I am writing to apply for the postdoctoral position in photoredox catalysis
advertised on your group page. Please find my CV below (and attached as PDF).
I would be happy to arrange a call at your convenience.

Best regards,
Clémence

-------- CV --------

CLÉMENCE MBEKI-LAURENT
Postdoctoral researcher, organic chemistry
Tel. +420 555 184 720 | clemence.mbeki@example.org
https://cmbeki.example.org

EDUCATION
* PhD in Organic Chemistry, Univerzita Karlovského Dvora (10/2019 - 02/2024)
  Thesis: "Visible-light C-H functionalisation in continuous flow",
  supervisor Prof. Pavel Vesely
* MSc Chemistry (Molecular Chemistry track), Université de Saint-Aurèle
  (09/2017 - 06/2019)
* BSc Chemistry, Université de Saint-Aurèle (09/2014 - 06/2017)

EXPERIENCE
* 03/2024 - now: Postdoctoral researcher, Institute of Organic Catalysis,
  Karlovsky Dvur. Ni/photoredox cross-coupling; supervising 2 MSc students.
* 09/2020 - 06/2023: Teaching assistant, Karlovsky Dvur University
  - Fall 2020, Fall 2021: Organic Chemistry Lab I (3 groups of 16)
  - Spring 2023: Spectroscopy seminar
* 02/2019 - 06/2019: R&D intern, Solvane Chimie SAS, Lyon (MSc internship)

PUBLICATIONS
1. Mbeki-Laurent, C., Horak, J., Vesely, P. (2024). Photoredox C-H
   amination of unactivated alkanes with a recyclable iridium catalyst.
   ACS Catalysis 14, 3310-3319.
2. Horak, J., Mbeki-Laurent, C., et al. (2023). Flow synthesis of chiral
   amines under visible light. Organic Letters 25, 812-817.
3. Mbeki-Laurent, C., Vesely, P. Ligand design rules for nickel-photoredox
   cross-coupling. Submitted to Journal of the American Chemical Society
   (under review).
4. Mbeki-Laurent, C., Novak, E., Vesely, P. Mechanistic study of
   energy-transfer catalysis in flow. In preparation.

AWARDS
* 2023 - Best oral presentation, Czech Chemical Society Young Chemists Day
* 2019 - Saint-Aurèle Excellence Master's Scholarship

SKILLS
Schlenk/glovebox techniques, flow reactors, NMR, GC-MS, HPLC, Python for
kinetics fitting. Languages: French (native), English (C1), Czech (B2).

REFERENCES
Prof. Pavel Vesely, pavel.vesely@kdu.example.cz
Dr. Jakub Horak, jakub.horak@kdu.example.cz

--
Clémence Mbeki-Laurent
+420 555 184 720
"""
    (files / fn).write_text(text, encoding="utf-8")
    return label(
        fn, "Clémence Mbeki-Laurent", ["CLÉMENCE MBEKI-LAURENT"], ["clemence.mbeki@example.org"], ["+420555184720"],
        ["cmbeki.example.org"], [(i, lv, s, e) for i, lv, s, e in edu], jobs, len(pubs), sum(p[3] for p in pubs),
        [(t, v, y, f, st, au) for t, v, y, f, st, au in pubs], [], 2,
        "A CV pasted into an e-mail body (UTF-8 plain text): From/To/Subject headers with the recipient's "
        "name and e-mail (not the candidate's), a cover paragraph and a sign-off before '-------- CV --------', "
        "then an upper-case name, hard-wrapped lines at ~75 characters, '*' bullets, degree lines 'PhD in ..., "
        "Institution (10/2019 - 02/2024)' with the dates wrapped onto the next line for the MSc, the same "
        "university for MSc and BSc, experience 'MM/YYYY - now: Role, Org' (a TA post with 'Fall 2020, Fall "
        "2021:' sub-bullets), four numbered author-year papers ('et al.', 'Submitted to JACS (under review)', "
        "'In preparation' with no venue), two awards (a scholarship counts), referee e-mails under REFERENCES "
        "and a signature repeating the phone.",
        layout="plain text: e-mail with pasted CV")


def readme_md_html_tables(files: Path) -> dict:
    """13: bilingual GitHub-README-like Markdown CV with HTML tables."""
    fn = "13_bilingual_ml_researcher_readme_md_html_tables.md"
    edu = [("清潭大学 Qingtan University", "PhD, 计算机科学 Computer Science", "2018.09 – 2023.06", "phd", "2018-09", "2023-06"),
           ("University of Marlow Heath", "MSc, Artificial Intelligence", "2016.09 – 2017.09", "master", "2016-09", "2017-09"),
           ("清潭大学 Qingtan University", "BEng, 自动化 Automation", "2012.09 – 2016.06", "bachelor", "2012-09", "2016-06")]
    jobs = [("Cobaltline AI Lab", "Senior Research Scientist 高级研究员", "2024.07 – present", "2024-07", "present"),
            ("Cobaltline AI Lab", "Research Scientist 研究员", "2023.07 – 2024.06", "2023-07", "2024-06"),
            ("星桥科技 Xingqiao Technology", "Research Intern 研究实习生", "2021.06 – 2021.12", "2021-06", "2021-12")]
    me = "Zijin Wei"
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        ([me, "Kai Sun", "Lu Han"], "Sparse mixture-of-experts distillation for on-device speech recognition",
         "ICML 2024", "ICML", 2024, True, "published"),
        (["Kai Sun", me, "Hongyi Lu", "Lu Han"], "Streaming speech translation with monotonic memory",
         "ACL 2023 Findings", "ACL Findings", 2023, False, "published"),
        ([me + "†", "Yiwen Gao†", "Lu Han"], "Noise-robust self-supervised speech representations via masked denoising",
         "ICASSP 2022", "ICASSP", 2022, True, "published"),
        ([me, "Lu Han"], "Low-rank adapters for multilingual ASR", "IEEE/ACM TASLP, in press", "TASLP", None, True,
         "in press"),
        (["Yiwen Gao", me, "et al."], "A survey of speech foundation models", "arXiv:2502.11873 (2025)", "arXiv", 2025,
         False, "preprint"),
        ([me, "Kai Sun"], "Latency-aware decoding for speech LLMs", "in preparation", None, None, True, "in preparation"),
    ]
    rows = "\n".join(f"  <tr>\n    <td><b>{i}</b><br>{d}</td>\n    <td align=\"right\">{w}</td>\n  </tr>"
                     for i, d, w, *_x in edu)
    jrows = "\n".join(f"  <tr>\n    <td>{w}</td>\n    <td><b>{o}</b></td>\n    <td>{r}</td>\n  </tr>"
                      for o, r, w, *_x in jobs)

    def au(a):
        return ", ".join(f"**{x}**" if x.rstrip("†") == me else x for x in a)

    plist = "\n".join(f"{i}. {au(a)}. *{t}*. {v}." for i, (a, t, v, *_x) in enumerate(pubs, 1))
    text = f"""<h1 align="center">卫子衿 · Zijin Wei</h1>

<p align="center">
  <a href="https://zijinwei.example.io"><img src="https://img.shields.example.com/badge/homepage-zijinwei.example.io-blue" alt="homepage"></a>
  <a href="https://github.com/zijin-wei"><img src="https://img.shields.example.com/badge/GitHub-zijin--wei-black" alt="github"></a>
  <a href="mailto:zijin.wei@example.com"><img src="https://img.shields.example.com/badge/email-zijin.wei%40example.com-red" alt="email"></a>
</p>

> 语音与大模型方向研究员 · Speech & LLM researcher. 📱 +86 186 5550 7342 · ✉️ zijin.wei@example.com · Shanghai

## 🔬 研究兴趣 Research Interests
- 端侧语音识别 On-device speech recognition
- Speech translation
- Self-supervised speech representation learning

## 🎓 教育经历 Education
<table>
{rows}
</table>

## 💼 工作经历 Experience
<table>
  <tr><th>时间 Period</th><th>单位 Organisation</th><th>职位 Role</th></tr>
{jrows}
</table>

## 📝 论文 Publications
† 共同一作 equal contribution. Full list on [Google Scholar](https://scholar.google.com/citations?user=EXAMPLE01).

{plist}

## 🏆 荣誉 Honours
- 2023 清潭大学优秀博士学位论文 Outstanding PhD Thesis, Qingtan University
- 2022 ICASSP Best Student Paper Finalist
- 2017 Marlow Heath Dean's List

## 🛠 技能 Skills
`PyTorch` `ESPnet` `k2/icefall` `CUDA` `C++` · 中文（母语）, English (fluent)
"""
    (files / fn).write_text(text, encoding="utf-8")
    return label(
        fn, "卫子衿", ["Zijin Wei", "卫子衿 · Zijin Wei", "Wei Zijin"], ["zijin.wei@example.com"], ["+8618655507342"],
        ["zijinwei.example.io", "github.com/zijin-wei"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs],
        ["On-device speech recognition", "Speech translation", "Self-supervised speech representation learning"], 3,
        "GitHub-profile-README-like Markdown CV, bilingual: an HTML <h1 align=center> name '卫子衿 · Zijin Wei', "
        "badge images inside links (homepage, GitHub, mailto; the badge URLs are image hosts, not the person's "
        "links), a blockquote headline with emoji, phone and e-mail. Emoji headings '## 🎓 教育经历 Education'. "
        "Education and experience as raw HTML <table>s (education: bold institution<br>degree | right dates; "
        "experience with a header row Period | Organisation | Role); the same university printed again for "
        "the BEng; two roles at one lab. Publications a Markdown numbered list, own name bold, '†' 共同一作 "
        "defined, 'ACL 2023 Findings', 'IEEE/ACM TASLP, in press' without year, arXiv id with year, 'et al.', "
        "'in preparation' with no venue; a Google Scholar link with a placeholder id. Three honours (a best "
        "student paper finalist counts as an award).",
        language="zh+en", layout="Markdown with HTML tables (GitHub README)")
