"""Builders 01-03: Word files (python-docx) saved as PDF by LibreOffice: an English academic CV with
plain-looking headings and IEEE lists in a number column, a Chinese WPS-like 简历, a bilingual postdoc
CV in a two-column Word section. All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from kit11 import (
    border_bottom,
    col_widths,
    label,
    no_borders,
    right_tab,
    section_columns,
    set_fonts,
    soffice_pdf,
    tight,
)


def _plain_heading(doc, text: str, color, size: float, caps: bool = True, rule: str | None = None,
                   before: float = 9):
    """A heading paragraph with the body's size and weight: only caps, colour, spacing and a rule differ."""
    from docx.shared import Pt

    p = doc.add_paragraph()
    r = p.add_run(text.upper() if caps else text)
    r.font.size = Pt(size)
    r.font.color.rgb = color
    tight(p, before, 3)
    if rule:
        border_bottom(p, color=rule, sz="4")
    return p


def _dated(doc, left_runs: list[tuple[str, bool, bool]], right: str, pos: float, leader=None):
    p = doc.add_paragraph()
    right_tab(p, pos, leader)
    for t, b, i in left_runs:
        r = p.add_run(t)
        r.bold, r.italic = b, i
    p.add_run("\t" + right)
    tight(p, 0, 1)
    return p


def ieee_phd_student(files: Path) -> dict:
    """01: English PhD student, Word academic CV, headings as plain as the body, numbers in a column."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    fn = "01_ml_phd_student_word_lo_ieee_number_column.pdf"
    me = "I. Ferreira-Nakamura"
    teal = RGBColor(0x1B, 0x6A, 0x74)
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    set_fonts(doc, "Liberation Serif", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Isolde Ferreira-Nakamura — Curriculum Vitae\t\tifnakamura.example.io").font.size = Pt(8.5)
    p = doc.add_paragraph()
    r = p.add_run("Isolde Ferreira-Nakamura")
    r.font.size = Pt(17)
    tight(p, 0, 2)
    p = doc.add_paragraph("Ph.D. Candidate, School of Computer Science, Halberd University")
    tight(p, 0, 0)
    p = doc.add_paragraph("5000 Forbes Terrace, Pittsburgh, PA 15213  |  +1 (412) 555-0187  |  "
                          "isolde.fn@cs.halberd.example.edu  |  github.com/isolde-fn")
    tight(p, 0, 4)
    W = 17.0

    _plain_heading(doc, "Research Interests", teal, 10.5, rule="1B6A74")
    interests = ["adversarial robustness", "graph neural networks", "certified defences", "learning on relational data"]
    doc.add_paragraph("My research studies " + ", ".join(interests[:3]) + " and " + interests[3] + ".")

    _plain_heading(doc, "Education", teal, 10.5, rule="1B6A74")
    edu = [("Halberd University", "Ph.D. in Computer Science, expected May 2026", "Aug 2021 – May 2026", "phd", "2021-08", "2026-05",
            "Thesis: Certifiable learning on graphs. Advisor: Prof. Rutger Vandermeer"),
           ("Halberd University", "M.S. in Computer Science", "Aug 2019 – May 2021", "master", "2019-08", "2021-05", "GPA 3.94/4.00"),
           ("Universidade Atlântica de Porto Novo", "B.Sc. in Mathematics and Computing", "Sep 2015 – Jul 2019", "bachelor",
            "2015-09", "2019-07", "Graduated with distinction (18/20)")]
    for inst, deg, d, *_r, note in edu:
        _dated(doc, [(inst, True, False)], d, W)
        _dated(doc, [(deg, False, True)], "", W)
        q = doc.add_paragraph(note)
        tight(q, 0, 4)

    _plain_heading(doc, "Industry Experience", teal, 10.5, rule="1B6A74")
    jobs = [("Pellucid AI", "Research Intern, Trust & Safety ML", "Jun 2024 – Aug 2024", "2024-06", "2024-08",
             ["Built a certified-robust spam classifier over user–item graphs; paper under review."]),
            ("Quillon Systems", "Machine Learning Intern", "May 2022 – Aug 2022", "2022-05", "2022-08",
             ["Shipped a graph-based fraud signal to production (Summer 2022)."])]
    for org, title, d, *_r, bullets in jobs:
        _dated(doc, [(org, True, False), (", " + title, False, True)], d, W)
        for b in bullets:
            q = doc.add_paragraph(b, style="List Bullet")
            tight(q, 0, 1)

    _plain_heading(doc, "Teaching", teal, 10.5, rule="1B6A74")
    teach = [("School of Computer Science, Halberd University", "Teaching Assistant", "Aug 2022 – May 2024", "2022-08", "2024-05")]
    _dated(doc, [("Teaching Assistant", True, False), (", School of Computer Science, Halberd University", False, False)],
           "Aug 2022 – May 2024", W)
    for b in ["Fall 2022: 10-601 Introduction to Machine Learning (recitations for 180 students)",
              "Spring 2024: 10-708 Probabilistic Graphical Models (head TA)"]:
        q = doc.add_paragraph(b, style="List Bullet")
        tight(q, 0, 1)

    _plain_heading(doc, "Research Projects", teal, 10.5, rule="1B6A74")
    for t, adv, d in [("Randomised smoothing for node classification under edge attacks", "Prof. Rutger Vandermeer",
                       "Fall 2023 – Spring 2024"),
                      ("Provable unlearning for recommendation graphs", "Prof. Hanne Ostrowski", "Spring 2021")]:
        _dated(doc, [(t, True, False)], d, W)
        q = doc.add_paragraph("Advisor: " + adv)
        tight(q, 0, 4)

    _plain_heading(doc, "Publications and Submitted Manuscripts", teal, 10.5, rule="1B6A74")
    q = doc.add_paragraph("* denotes equal contribution.")
    journals = [
        ([me, "K. Adebayo", "R. Vandermeer"], "Certified robustness of message-passing networks to structural perturbations",
         "IEEE Trans. Pattern Anal. Mach. Intell., vol. 47, no. 3, pp. 1822–1836, 2025", "TPAMI", 2025, True, "published"),
        (["L. Marangoni", me, "R. Vandermeer"], "A survey of robustness certificates for relational learning",
         "J. Mach. Learn. Res., in press", "JMLR", None, False, "in press"),
    ]
    confs = [
        ([me + "*", "T. Oyelaran*", "R. Vandermeer"], "Sparse randomised smoothing for graph classifiers",
         "in Proc. Int. Conf. Learn. Represent. (ICLR), 2024", "ICLR", 2024, True, "published"),
        (["K. Adebayo", me, "H. Ostrowski", "R. Vandermeer"], "Unlearning edges without retraining",
         "in Proc. ACM SIGKDD Conf. Knowl. Discov. Data Min. (KDD), 2023, pp. 45–56", "KDD", 2023, False, "published"),
        ([me, "S. Whitcombe"], "Attack-agnostic certificates for heterogeneous graphs",
         "in Adv. Neural Inf. Process. Syst. (NeurIPS), 2022", "NeurIPS", 2022, True, "published"),
        ([me, "P. Adeyinka", "Q. Zhou", "R. Vandermeer"], "Robust spam detection on user–item graphs with certified margins",
         "under submission to Proc. Web Conf. (WWW)", "WWW", None, True, "under review"),
    ]
    for sub, items in (("Journal Articles", journals), ("Conference Papers", confs)):
        s = doc.add_paragraph()
        rr = s.add_run(sub)
        rr.italic = True
        tight(s, 4, 2)
        t = doc.add_table(rows=0, cols=2)
        no_borders(t)
        for i, (au, ti, v, *_r) in enumerate(items, 1):
            c = t.add_row().cells
            c[0].width, c[1].width = Cm(1.0), Cm(16.0)
            c[0].paragraphs[0].add_run(f"[{i}]")
            cp = c[1].paragraphs[0]
            names = au[:-1]
            txt = ", ".join(names) + (", and " if len(au) > 2 else " and ") + au[-1] if len(au) > 1 else au[0]
            parts = txt.split(me)
            for k, part in enumerate(parts):
                cp.add_run(part)
                if k < len(parts) - 1:
                    cp.add_run(me).bold = True
            cp.add_run(f", “{ti},” {v}.")
            tight(cp, 0, 2)
        col_widths(t, [1.0, 16.5])
    pubs = journals + confs

    _plain_heading(doc, "Honors and Awards", teal, 10.5, rule="1B6A74")
    awards = [("Siebel-Harrow Graduate Fellowship", "2023"), ("Outstanding Reviewer, ICML", "2022"),
              ("Gulbenkian-Lisboa Undergraduate Merit Prize", "2018")]
    for a, y in awards:
        _dated(doc, [(a, False, False)], y, W)

    _plain_heading(doc, "Skills", teal, 10.5, rule="1B6A74")
    doc.add_paragraph("Python, PyTorch, PyTorch Geometric, JAX, C++, SLURM; Portuguese (native), English (fluent), "
                      "Japanese (conversational)")
    soffice_pdf(doc, "01_word_ieee", "cv_ferreira_nakamura", files / fn)
    return label(
        fn, "Isolde Ferreira-Nakamura", [], ["isolde.fn@cs.halberd.example.edu"], ["+14125550187"],
        ["github.com/isolde-fn", "ifnakamura.example.io"],
        [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs] + [(t[0], t[1], t[3], t[4]) for t in teach],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], interests,
        len(awards),
        "Word CV (python-docx) printed to PDF by LibreOffice. Headings in the body font, size and weight "
        "(10.5 pt regular Liberation Serif), told apart only by capitals, a teal colour, space above and a "
        "bottom border; name 17 pt. Homepage only in the running footer ('... — Curriculum Vitae<TAB>"
        "ifnakamura.example.io'). Education: bold institution with a right-tab date, italic degree line "
        "'Ph.D. in Computer Science, expected May 2026', the same institution printed again for the M.S.; "
        "'Advisor:' inside the thesis note. Industry internships 'Org, Role<TAB>Mon YYYY – Mon YYYY' with "
        "'(Summer 2022)' in a bullet; a teaching assistantship with 'Fall 2022:' / 'Spring 2024:' bullets "
        "(counted as experience); 'Research Projects' with 'Advisor:' lines and term dates are not jobs. "
        "'Publications and Submitted Manuscripts' with italic sub-headings 'Journal Articles' / 'Conference "
        "Papers', each a borderless table with [n] in its own column and numbering restarting at [1]; IEEE "
        "style with quoted titles, own name bold, '*' equal contribution defined (one paper candidate first "
        "with '*'), JMLR 'in press' without year, 'under submission to Proc. Web Conf. (WWW)'. Three awards "
        "with right-tab years.",
        layout="LibreOffice PDF from DOCX: plain headings, tab stops, number-column tables")


def wps_zh_masters(files: Path) -> dict:
    """02: Chinese master's student, WPS-like 简历 saved as PDF: odd headings, compact paper lines."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    fn = "02_zh_masters_student_wps_like_lo_compact_papers.pdf"
    blue = RGBColor(0x2E, 0x5C, 0x8A)
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    set_fonts(doc, "Noto Sans CJK SC", 10, east_asia="Noto Sans CJK SC")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("邝若岚")
    r.font.size = Pt(20)
    r.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("求职方向：算法工程师·推荐系统")
    tight(p, 0, 1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("(+86) · 158 · 5550 · 3172   |   kuangruolan@example.com   |   主页：ruolan-k.example.cn")
    tight(p, 0, 6)

    def head(text: str):
        q = doc.add_paragraph()
        rr = q.add_run(text)
        rr.font.size = Pt(10)
        rr.font.color.rgb = blue
        tight(q, 8, 3)
        border_bottom(q, color="2E5C8A", sz="6")

    W = 17.2
    head("毕业院校")
    edu = [("临川交通大学", "硕士", "2023.09 – 2026.06", "master", "2023-09", "2026-06",
            "计算机科学与技术（学术型） | 导师：柏云舟 教授 | 预计2026年6月毕业"),
           ("临川交通大学", "本科", "2019.09 – 2023.06", "bachelor", "2019-09", "2023-06",
            "软件工程 | GPA 3.81/4.0（专业前5%） | 保送研究生")]
    for inst, deg, d, *_r, note in edu:
        q = doc.add_paragraph()
        right_tab(q, W)
        q.add_run(inst).bold = True
        q.add_run(f"  {deg}\t{d}")
        tight(q, 0, 1)
        q = doc.add_paragraph(note)
        tight(q, 0, 4)

    head("项目与实习经历")
    jobs = [("澜庭科技有限公司", "推荐算法实习生", "2025.03 – 2025.08", "2025-03", "2025-08",
             ["负责首页信息流召回：引入图对比学习召回通道，线上点击率提升 2.3%",
              "搭建样本去偏流水线，离线 AUC +0.8pt"]),
            ("青垣数据科技（杭州）有限公司", "数据挖掘实习生", "2024.06 – 2024.09", "2024-06", "2024-09",
             ["用户流失预警模型，特征工程与 LightGBM 调优"])]
    for org, role, d, *_r, bullets in jobs:
        q = doc.add_paragraph()
        right_tab(q, W)
        q.add_run(f"{org} | {role} | {d}").bold = True
        tight(q, 2, 1)
        for b in bullets:
            qq = doc.add_paragraph("• " + b)
            qq.paragraph_format.left_indent = Cm(0.4)
            tight(qq, 0, 1)
    q = doc.add_paragraph()
    q.add_run("冷启动用户的因果推荐方法研究 | 国家自然科学基金青年项目 | 参与 | 2023.10 – 2024.12").bold = True
    tight(q, 2, 1)
    qq = doc.add_paragraph("• 负责反事实数据增强模块与实验设计")
    qq.paragraph_format.left_indent = Cm(0.4)

    head("发表文献和报告")
    pubs = [  # venue printed, title, marker, date, label venue, year, first
        ("KDD2025", "Contrastive Graph Pre-training for Cold-start Recommendation", "一作", "2025.02", "KDD", 2025, True),
        ("SIGIR2024", "Debiasing Exposure in Short-video Feeds via Causal Embeddings", "二作", "2024.04", "SIGIR", 2024, False),
        ("计算机研究与发展2024", "基于反事实增强的序列推荐去偏方法", "一作", "2024.09", "计算机研究与发展", 2024, True),
        ("CIKM2023", "Lightweight Re-ranking with User Intent Prototypes", "三作", "2023.08", "CIKM", 2023, False),
    ]
    for v, t, m, d, *_r in pubs:
        q = doc.add_paragraph(f"{v},{t}({m}){d}")
        tight(q, 0, 2)
    q = doc.add_paragraph("报告：第七届全国推荐系统学术会议（CNRS 2024），口头报告，2024.10")
    tight(q, 2, 2)

    head("获奖情况")
    awards = ["2024 研究生国家奖学金", "2022 全国大学生数学建模竞赛 省级一等奖", "2021 校级优秀学生"]
    for a in awards:
        tight(doc.add_paragraph(a), 0, 1)

    head("技术技能")
    tight(doc.add_paragraph("编程：Python / C++ / SQL / Scala；框架：PyTorch、TensorFlow、Spark、Faiss"), 0, 1)
    tight(doc.add_paragraph("英语：CET-6 612，能流畅阅读与撰写英文论文"), 0, 1)
    soffice_pdf(doc, "02_wps_zh", "jianli_kuang", files / fn)
    return label(
        fn, "邝若岚", ["Kuang Ruolan", "Ruolan Kuang"], ["kuangruolan@example.com"], ["+8615855503172"],
        ["ruolan-k.example.cn"], [(e[0], e[3], e[4], e[5]) for e in edu], [(j[0], j[1], j[3], j[4]) for j in jobs],
        len(pubs), sum(p[6] for p in pubs), [(p[1], p[4], p[5], p[6], "published", []) for p in pubs], [], len(awards),
        "Chinese WPS-like 简历 written with python-docx and printed to PDF by LibreOffice (Noto Sans CJK SC). Centred "
        "name, a 求职方向 line with a 'role·focus' title (算法工程师·推荐系统), the phone grouped with middle dots "
        "'(+86) · 158 · 5550 · 3172'. Headings in the body size and weight, blue with a bottom rule, outside the "
        "common vocabulary: 毕业院校, 项目与实习经历, 发表文献和报告, 技术技能. The same university printed again for the "
        "bachelor's; '预计2026年6月毕业' in the note line. 项目与实习经历 holds two bold 'Company | Role | dates' "
        "internship rows (jobs) and one NSFC project row with 参与 (not a job). Papers as compact lines "
        "'KDD2025,Title(一作)2025.02' with no author list (first author from 一作; year = the printed year); a "
        "Chinese journal '计算机研究与发展2024'; a talk line (报告, not a paper). Three awards, year first.",
        language="zh", layout="LibreOffice PDF from DOCX: WPS-like 简历")


def bilingual_postdoc_columns(files: Path) -> dict:
    """03: bilingual postdoc, Word two-column section, Harvard author-year papers under 学术相关."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.shared import Cm, Pt, RGBColor

    fn = "03_bilingual_postdoc_word_lo_two_column_harvard.pdf"
    red = RGBColor(0x9B, 0x22, 0x26)
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.7)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    set_fonts(doc, "Liberation Sans", 9.5, east_asia="Noto Sans CJK SC")
    p = doc.add_paragraph()
    r = p.add_run("葛思远  Siyuan Ge")
    r.font.size = Pt(18)
    r.font.color.rgb = red
    tight(p, 0, 2)
    p = doc.add_paragraph("Postdoctoral Research Associate · 博士后研究员  |  Department of Earth Sciences, "
                          "University of Ardenne, UK")
    tight(p, 0, 1)
    p = doc.add_paragraph("+44 7700 900 418  ·  s.ge@ardenne.example.ac.uk  ·  orcid.org/0000-0003-5550-2178  ·  "
                          "siyuange.example.org")
    tight(p, 0, 4)
    border_bottom(p, color="9B2226", sz="8")
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    section_columns(sec2, 2, 0.7, sep=True)

    def head(zh: str, en: str):
        q = doc.add_paragraph()
        rr = q.add_run(f"{zh} | {en.upper()}")
        rr.font.color.rgb = red
        tight(q, 8, 2)

    head("研究方向", "Research Focus")
    interests = ["seismic imaging", "full-waveform inversion", "physics-informed machine learning"]
    tight(doc.add_paragraph("; ".join(interests) + "（地震成像、全波形反演、物理约束机器学习）"), 0, 2)
    head("工作经历", "Experience")
    jobs = [("University of Ardenne", "Postdoctoral Research Associate", "Oct 2023 – present", "2023-10", "present",
             "Department of Earth Sciences; Marie Skłodowska-Curie Fellow"),
            ("东岚地球物理研究院", "访问学生 Visiting Student", "2021.03 – 2021.09", "2021-03", "2021-09",
             "速度建模组")]
    for org, role, d, *_r, note in jobs:
        q = doc.add_paragraph()
        q.add_run(org).bold = True
        q.add_run("\n" + role + "\n").italic = True
        q.add_run(d + " · " + note)
        tight(q, 0, 4)
    head("教育背景", "Education")
    edu = [("南屿大学 Nanyu University", "博士 PhD, 地球物理学 Geophysics", "2018.09 – 2023.07", "phd", "2018-09", "2023-07"),
           ("南屿大学 Nanyu University", "学士 BSc, 勘查技术与工程 Exploration Engineering", "2014.09 – 2018.06", "bachelor",
            "2014-09", "2018-06")]
    for inst, deg, d, *_r in edu:
        q = doc.add_paragraph()
        q.add_run(inst).bold = True
        q.add_run("\n" + deg + "\n" + d)
        tight(q, 0, 4)
    head("学术相关", "Academic")
    q = doc.add_paragraph()
    q.add_run("论文 Papers").bold = True
    tight(q, 2, 1)
    tight(doc.add_paragraph("* equal contribution 共同一作"), 0, 2)
    pubs = [  # printed line, title, venue label, year, first, status
        ("Ge, S.*, Okafor, N.* and Lindqvist, H., 2024, September. Differentiable ray tracing for near-surface "
         "tomography. In Proceedings of the 85th EAGE Annual Conference (pp. 1-5). European Association of "
         "Geoscientists & Engineers.", "Differentiable ray tracing for near-surface tomography",
         "EAGE Annual Conference", 2024, True, "published"),
        ("Okafor, N., Ge, S. and Lindqvist, H., 2024. Neural velocity priors for full-waveform inversion. "
         "Geophysics, 89(5), pp.R401-R415.", "Neural velocity priors for full-waveform inversion", "Geophysics", 2024,
         False, "published"),
        ("Ge, S., Tan, M., Qiao, L. and Wen, Z., 2023. Physics-informed neural operators for elastic wave "
         "propagation in layered media. Journal of Geophysical Research: Solid Earth, 128(2), p.e2022JB025510.",
         "Physics-informed neural operators for elastic wave propagation in layered media",
         "Journal of Geophysical Research: Solid Earth", 2023, True, "published"),
        ("葛思远, 谭明, 温征, 2022. 基于深度先验的地震数据插值方法. 地球物理学报, 65(8), pp.3021-3034.",
         "基于深度先验的地震数据插值方法", "地球物理学报", 2022, True, "published"),
        ("Lindqvist, H., Ge, S. et al., 2025. Uncertainty-aware tomography with score-based priors. Geophysical "
         "Journal International, in press.", "Uncertainty-aware tomography with score-based priors",
         "Geophysical Journal International", 2025, False, "in press"),
        ("Ge, S. and Okafor, N., 2025. Learned preconditioners for 3-D elastic FWI. arXiv preprint arXiv:2503.05512.",
         "Learned preconditioners for 3-D elastic FWI", "arXiv", 2025, True, "preprint"),
    ]
    for line, *_r in pubs:
        q = doc.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(0.4)
        q.paragraph_format.first_line_indent = Cm(-0.4)
        tight(q, 0, 2)
    q = doc.add_paragraph()
    q.add_run("审稿 Reviewing").bold = True
    tight(q, 4, 1)
    tight(doc.add_paragraph("Geophysics; Geophysical Journal International; 地球物理学报"), 0, 2)
    head("荣誉奖励", "Honours")
    awards = ["2023 Marie Skłodowska-Curie Postdoctoral Fellowship", "2022 博士研究生国家奖学金",
              "2021 SEG Student Travel Grant"]
    for a in awards[:2]:
        tight(doc.add_paragraph(a), 0, 1)
    q = doc.add_paragraph("2021 SEG Student Travel Grant (差旅资助)")
    tight(q, 0, 1)
    head("技能", "Skills")
    tight(doc.add_paragraph("Python, JAX, Julia, Madagascar, SPECFEM; 中文（母语）, English (IELTS 8.0)"), 0, 2)
    soffice_pdf(doc, "03_word_columns", "cv_ge_siyuan", files / fn)
    return label(
        fn, "葛思远", ["Siyuan Ge", "葛思远 Siyuan Ge", "Ge Siyuan"], ["s.ge@ardenne.example.ac.uk"], ["+447700900418"],
        ["orcid.org/0000-0003-5550-2178", "siyuange.example.org"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[4] for p in pubs),
        [(p[1], p[2], p[3], p[4], p[5], []) for p in pubs], interests, 2,
        "Bilingual Word CV printed to PDF by LibreOffice: a one-column header (name '葛思远  Siyuan Ge', "
        "'role · 博士后研究员 | department', one contact line with a UK 07700 900 number, ORCID, homepage) then a "
        "continuous section with two text columns and a separator line, so sections flow from the left column "
        "into the right. Headings 'ZH | EN' in the body size and weight, red only. Entries: bold organisation, "
        "italic role on a line break, 'dates · note'. A visiting-student stay at a Chinese institute counts "
        "as experience. Both degrees at the same university printed twice. '学术相关 | ACADEMIC' holds bold "
        "sub-heads '论文 Papers' and '审稿 Reviewing'; papers in Google-Scholar Harvard form "
        "'Ge, S.*, Okafor, N.* and Lindqvist, H., 2024, September. Title. In Proceedings of the 85th EAGE ...', "
        "'*' equal contribution defined, a Chinese 地球物理学报 paper, 'Ge, S. et al.', 'in press' with a year "
        "(2025), an arXiv preprint. Honours: a fellowship and a scholarship are awards; a travel grant is not.",
        language="zh+en", layout="LibreOffice PDF from DOCX: two-column section")
