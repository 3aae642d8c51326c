"""Builders 09-10: Typst CVs compiled with typst-py, in the looks of two Typst Universe community templates that
no earlier set used, written for this set without the packages (no network to packages.typst.org): a
modern-cv-like English CV (an industry research scientist) and a brilliant-cv-like Chinese CV (an associate
professor). All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from cvs_a13 import _t
from kit13 import label, typst_pdf


def typst_modern_research_scientist(files: Path) -> dict:
    """09: research scientist in industry, modern-cv-like Typst page (1 page)."""
    fn = "09_research_scientist_typst_modern_cv_like.pdf"
    me = "H. Delacroix-Park"
    jobs = [("Senior Research Scientist", "Orrery AI", "London, UK", "Feb 2023 – Present", "2023-02", "present",
             ["Tech lead for retrieval-augmented code models; 6 researchers",
              "Shipped long-context evaluation harness used across three product teams"]),
            ("Research Scientist", "Orrery AI", "London, UK", "Oct 2020 – Jan 2023", "2020-10", "2023-01",
             ["Pre-training data filtering; cut toxic-content rate 4x at equal perplexity"]),
            ("Applied Scientist Intern", "Vantablue Search", "Zurich, CH", "Jun 2019 – Sep 2019", "2019-06",
             "2019-09", ["Neural re-ranking for product search"])]
    edu = [("École Polytechnique de Valmont", "PhD in Computer Science", "Valmont, FR", "Sep 2016 – Sep 2020",
            "phd", "2016-09", "2020-09"),
           ("Seoul Hanbit University", "BSc in Computer Science and Engineering", "Seoul, KR", "Mar 2012 – Feb 2016",
            "bachelor", "2012-03", "2016-02")]
    pubs = [
        ("RepoRAG: retrieval-augmented generation over whole repositories", [me, "O. Ibekwe", "et al."],
         "ICML 2025", "ICML", 2025, True, "accepted", "accepted"),
        ("Perplexity is not enough: filtering pre-training data by provenance", ["O. Ibekwe", me, "S. Marlow"],
         "ACL 2023", "ACL", 2023, False, "published", ""),
        ("Long-context evaluation with needle families", [me, "S. Marlow"], "arXiv:2502.01987", "arXiv", 2025,
         True, "preprint", "preprint, 2025"),
        ("Contrastive query rewriting for e-commerce search", [me, "T. Gruber", "L. Weiss"], "SIGIR 2020", "SIGIR",
         2020, True, "published", ""),
        ("Sparse retrieval with learned term weights for low-resource languages", [me, "M. Aubert"], "ECIR 2019",
         "ECIR", 2019, True, "published", "")]
    src = """#set document(date: none)
#set page(paper: "a4", margin: (x: 1.6cm, top: 1.3cm, bottom: 1.5cm),
  footer: context [#set text(8pt, fill: gray); #h(1fr) Ha-eun Delacroix-Park #h(0.5em) · #h(0.5em) Résumé #h(1fr) #counter(page).display()])
#set text(font: "Liberation Sans", size: 9.6pt, fill: rgb("#333333"))
#let accent = rgb("#dc3522")
#let sec(t) = block(above: 1.1em, below: 0.6em)[#text(size: 14pt, weight: "bold")[#text(fill: accent)[#t.slice(0, 3)]#t.slice(3)] #box(width: 1fr, line(length: 100%, stroke: 0.6pt + gray))]
#let entry(title, date, org, place) = block(below: 0.35em)[
  #grid(columns: (1fr, auto), row-gutter: 0.35em,
    text(weight: "bold", size: 10.2pt)[#title], text(fill: accent, style: "italic")[#date],
    text(size: 9pt, fill: gray)[#upper(org)], text(size: 9pt, fill: gray, style: "italic")[#place])]
#align(center)[
  #text(size: 28pt, weight: "light")[Ha-eun] #text(size: 28pt, weight: "bold")[Delacroix-Park] \\
  #v(-0.3em) #text(fill: accent, size: 10pt)[Research Scientist · Retrieval & Language Models] \\
  #v(0.1em) #text(size: 8.6pt, font: ("DejaVu Sans"))[✆ +44 7700 900 845 #h(0.7em) ✉ haeun.dp\\@example.com #h(0.7em) ⌂ haeun-dp.example.io #h(0.7em) ⚑ London, UK]
]
"""
    src += "#sec(\"Experience\")\n"
    for t, o, pl, w, _s, _e, bl in jobs:
        src += f"#entry([{_t(t)}], [{_t(w)}], [{_t(o)}], [{_t(pl)}])\n" + "".join(f"- {_t(b)}\n" for b in bl)
    src += "#sec(\"Education\")\n"
    for i, d, pl, w, *_x in edu:
        src += f"#entry([{_t(d)}], [{_t(w)}], [{_t(i)}], [{_t(pl)}])\n"
    src += ("Thesis: _Learning to retrieve under distribution shift_ (advisor: Prof. Amélie Roussel)\n"
            "#sec(\"Publications & Patents\")\n")
    src += "#set enum(numbering: \"1.\")\n"
    for t, au, vshow, _v, _y, _f, _s, extra in pubs:
        aus = ", ".join(f"#underline[*{_t(a)}*]" if a == me else _t(a) for a in au)
        tail = f" ({_t(extra)})" if extra else ""
        src += f"+ {aus}. _{_t(t)}_. {_t(vshow)}{tail}.\n"
    src += ("\n*Patents* \\\n"
            "- US 11,904,552 B2: Provenance-weighted sampling of training corpora (granted 2024)\n"
            "- US 2025/0114120 A1: Repository graph retrieval for code generation (pending)\n")
    src += ("#sec(\"Awards\")\n- Orrery AI Research Impact Award, 2024\n"
            "- Best Paper Honourable Mention, ECIR 2019\n- Valmont Doctoral Fellowship, 2016–2020\n")
    src += ("#sec(\"Skills\")\n#grid(columns: (3cm, 1fr), row-gutter: 0.5em, [*Programming*], [Python, C++, Rust, "
            "JAX, PyTorch], [*Systems*], [TPU/GPU training at scale, Beam, Spark, Kubernetes], [*Languages*], "
            "[Korean (native), French (native), English (C2), German (B1)])\n")
    typst_pdf(src, "09_typst_modern_cv_like", files / fn)
    return label(
        fn, "Ha-eun Delacroix-Park", ["Haeun Delacroix-Park"], ["haeun.dp@example.com"], ["+447700900845"],
        ["haeun-dp.example.io"], [(e[0], e[4], e[5], e[6]) for e in edu], [(j[1], j[0], j[4], j[5]) for j in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[0], p[3], p[4], p[5], p[6], p[1]) for p in pubs], [], 3,
        "Typst (typst-py 0.15.2) in the look of the community template modern-cv (written for this set): "
        "centered name with a light first name and bold surname, accent-coloured subtitle, contact row with "
        "DejaVu glyphs (✆ ✉ ⌂ ⚑); section titles with the first three letters in red and a grey rule; entries "
        "with a bold title, italic red date right, the organisation in upper-case grey below with the place "
        "right (two roles at one employer); a running footer with the name and page number. 'Publications & "
        "Patents': numbered list, candidate underlined bold, italic titles, 'ICML 2025 (accepted)', "
        "'arXiv:2502.01987 (preprint, 2025)' (the year printed only in the parenthesis), 'et al.'; then a "
        "'Patents' run-in heading with two patents (not papers). Awards: company award, best-paper honourable "
        "mention (one award, the paper counted once), doctoral fellowship (3).",
        layout="Typst: modern-cv-like")


def typst_brilliant_zh_assoc_prof(files: Path) -> dict:
    """10: Chinese associate professor, brilliant-cv-like Typst page in Chinese (GB/T 7714 references)."""
    fn = "10_zh_associate_professor_typst_brilliant_cv_like.pdf"
    edu = [("东湖大学", "博士", "环境科学与工程", "2010.09 – 2015.06", "phd", "2010-09", "2015-06"),
           ("东湖大学", "学士", "环境工程", "2006.09 – 2010.06", "bachelor", "2006-09", "2010-06")]
    jobs = [("临江大学环境学院", "副教授、硕士生导师", "2020.12 – 至今", "2020-12", "present"),
            ("临江大学环境学院", "讲师", "2017.07 – 2020.11", "2017-07", "2020-11"),
            ("新港理工大学土木与环境工程系", "博士后研究员（合作导师：Prof. Daniel Okoye）", "2015.08 – 2017.06", "2015-08",
             "2017-06")]
    me = "欧阳知微"
    pubs = [  # printed, title, venue, year, first, status, authors
        ("欧阳知微, 童砚, 蔡青禾. 城市河网微塑料的源汇过程与通量估算[J]. 环境科学学报, 2024, 44(5): 112-123.",
         "城市河网微塑料的源汇过程与通量估算", "环境科学学报", 2024, True, "published", [me, "童砚", "蔡青禾"]),
        ("Ouyang Z, Cai Q, Okoye D. Photoaging of microplastics releases dissolved organic matter with distinct "
         "optical signatures[J]. Water Research, 2023, 229: 119480.",
         "Photoaging of microplastics releases dissolved organic matter with distinct optical signatures",
         "Water Research", 2023, True, "published", ["Ouyang Z", "Cai Q", "Okoye D"]),
        ("Tong Y, Ouyang Z*. Biofilm-mediated transport of nanoplastics in sand columns[J]. Environmental "
         "Science & Technology, 2022, 56(14): 10010-10019.",
         "Biofilm-mediated transport of nanoplastics in sand columns", "Environmental Science & Technology", 2022,
         False, "published", ["Tong Y", "Ouyang Z"]),
        ("Ouyang Z, Tong Y, Cai Q. A machine-learning screen of plastic additives in urban runoff[J]. Journal of "
         "Hazardous Materials, 2025, 在线发表.",
         "A machine-learning screen of plastic additives in urban runoff", "Journal of Hazardous Materials", 2025,
         True, "in press", ["Ouyang Z", "Tong Y", "Cai Q"]),
        ("蔡青禾, 欧阳知微. 长江下游沉积物中微塑料的垂向分布[J]. 中国环境科学, 已录用.",
         "长江下游沉积物中微塑料的垂向分布", "中国环境科学", None, False, "accepted", ["蔡青禾", me]),
        ("Ouyang Z, et al. Fate of tire-wear particles in stormwater ponds[J]. Nature Water, 在审.",
         "Fate of tire-wear particles in stormwater ponds", "Nature Water", None, True, "under review",
         ["Ouyang Z", "et al."])]
    src = """#set document(date: none)
#set page(paper: "a4", margin: (x: 1.5cm, y: 1.4cm))
#set text(font: ("Liberation Sans", "WenQuanYi Micro Hei"), size: 9.8pt, lang: "zh", fill: rgb("#343a40"))
#set par(leading: 0.75em)
#let ac = rgb("#004f90")
#let sec(t) = block(above: 1.2em, below: 0.7em)[#text(size: 13pt, weight: "bold", fill: ac)[#t] #box(width: 1fr, line(length: 100%, stroke: 0.9pt + ac))]
#let row(a, b, c, d) = block(below: 0.55em)[#grid(columns: (1fr, auto), row-gutter: 0.4em,
  text(weight: "bold")[#a], text(fill: ac)[#b], text(size: 9pt, style: "italic")[#c], text(size: 9pt, fill: gray)[#d])]
#grid(columns: (1fr, 3.2cm), [
  #text(size: 24pt, weight: "bold")[欧阳知微] #h(0.4em) #text(size: 12pt, fill: gray)[副教授 · 环境学院]
  #v(0.2em)
  #text(size: 9pt)[#box(fill: ac, inset: 3pt, radius: 2pt, text(fill: white)[电话]) 139 5550 6021 #h(0.8em)
  #box(fill: ac, inset: 3pt, radius: 2pt, text(fill: white)[邮箱]) ouyangzw\\@linjiang.example.edu.cn #h(0.8em)
  #box(fill: ac, inset: 3pt, radius: 2pt, text(fill: white)[主页]) env.linjiang.example.edu.cn/ouyzw]
  #v(0.3em)
  #text(size: 9pt, fill: gray)[研究领域：微塑料环境行为 · 城市水环境 · 机器学习辅助污染物筛查]
], align(right)[#rect(width: 2.6cm, height: 3.2cm, stroke: 0.6pt + gray)[#align(center + horizon)[#text(fill: gray)[照片]]]])
"""
    src += "#sec[任职经历]\n"
    for o, t, w, *_x in jobs:
        src += f"#row([{_t(o)}], [{w}], [{_t(t)}], [])\n"
    src += "#sec[学习经历]\n"
    for i, d, f, w, *_x in edu:
        src += f"#row([{i}], [{w}], [{d} · {f}], [])\n"
    src += ("#sec[科研项目]\n- 国家自然科学基金面上项目：城市径流中轮胎磨损颗粒的迁移转化机制（2024–2027，主持）\n"
            "- 江苏省自然科学基金青年项目：微塑料光老化释放溶解性有机物的光谱特征（2018–2021，主持，已结题）\n")
    src += "#sec[代表性论文]\n#text(size: 8.6pt, fill: gray)[（\\* 为通讯作者）]\n\n"
    for i, (line, *_x) in enumerate(pubs, 1):
        src += f"[{i}] {_t(line)}\n\n"
    src += ("#sec[荣誉与奖励]\n- 2023 江南省科学技术进步奖二等奖（排名第三）\n- 2021 临江大学青年教学能手\n"
            "- 2019 入选临江大学“青蓝学者”培养计划\n")
    src += ("#sec[学术兼职]\n担任 Water Research、Environmental Science & Technology 等期刊审稿人；中国环境科学学会会员。\n")
    typst_pdf(src, "10_typst_brilliant_cv_like_zh", files / fn)
    return label(
        fn, "欧阳知微", ["Ouyang Zhiwei"], ["ouyangzw@linjiang.example.edu.cn"], ["+8613955506021"],
        ["env.linjiang.example.edu.cn/ouyzw"], [(e[0], e[4], e[5], e[6]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[4] for p in pubs),
        [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs], ["微塑料环境行为", "城市水环境"], 3,
        "Chinese CV in Typst (typst-py 0.15.2) in the look of the community template brilliant-cv (written for "
        "this set): a compound surname name 欧阳知微 big at the top left with '副教授 · 环境学院', contact behind "
        "blue tag boxes (电话 / 邮箱 / 主页), a 研究领域 line, a 照片 photo box at the right; headings in blue with "
        "a rule (任职经历 before 学习经历); entries with the organisation bold and the date right ('2020.12 – 至今'), "
        "the title in italic below; 讲师 -> 副教授 at one school; '博士后研究员（合作导师：Prof. ...）'; the same "
        "university for 博士 and 学士. 科研项目 (grants, not jobs or awards). 代表性论文: GB/T 7714 '[J]' entries "
        "numbered [1]..., Chinese and English, '*' = corresponding author (not first author), '2025, 在线发表' "
        "(online first = in press, 2025), '已录用' with no year (accepted), '在审' (under review), 'et al.'. "
        "Honours: a provincial science award, a teaching award, a talent programme (3).",
        language="zh", layout="Typst: brilliant-cv-like")
