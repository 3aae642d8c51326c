"""Builders 08-11: pandoc Markdown -> DOCX (kept as DOCX), pandoc Markdown + citeproc -> HTML printed by headless
Chromium, and two DOCX files written by LibreOffice itself (python-docx -> ODT -> DOCX): a Chinese
表格式个人简历 and an English industry-scientist CV with tab stops, a header and a date-column table.
All people, places and papers are invented."""
from __future__ import annotations

import sys
from pathlib import Path

from kit12 import HERE, SRC, chromium_print, label, lo_docx, pandoc

sys.path.insert(0, str(HERE.parent / "heldout11"))
from kit11 import col_widths, right_tab, set_fonts, shade, tight  # noqa: E402


def pandoc_md_docx_bilingual(files: Path) -> dict:
    """08: bilingual robotics PhD candidate, Markdown CV converted by pandoc to DOCX."""
    fn = "08_bilingual_robotics_phd_pandoc_markdown.docx"
    edu = [("2021.09 – 2026.06 (expected)", "江汉理工大学 Jianghan University of Technology",
            "Ph.D., Control Science and Engineering 控制科学与工程", "phd", "2021-09", "2026-06"),
           ("2018.09 – 2021.06", "江汉理工大学 Jianghan University of Technology",
            "M.Eng., Mechanical Engineering 机械工程", "master", "2018-09", "2021-06"),
           ("2014.09 – 2018.06", "北川大学 Beichuan University", "B.Eng., Automation 自动化", "bachelor", "2014-09",
            "2018-06")]
    jobs = [("Tianhe Dynamics 天河动力科技有限公司", "Robotics Algorithm Intern 机器人算法实习生", "2024.06 – 2024.09",
             "2024-06", "2024-09", "Whole-body MPC for a 40 kg quadruped; sim-to-real with domain randomisation"),
            ("Lumiere Robotics Research, Shenzhen", "Research Intern", "2022.07 – 2022.12", "2022-07", "2022-12",
             "Contact-rich manipulation with tactile sensing")]
    me = "**Zhiyuan Lu**"
    journal = [  # text, title, venue, year, first, status, authors
        (f'{me}†, Haoran Chen†, Wei Fang. "Terrain-aware gait transitions via learned contact schedules." '
         "*IEEE Robotics and Automation Letters (RA-L)*, 9(4): 3321–3328, 2024.",
         "Terrain-aware gait transitions via learned contact schedules", "IEEE Robotics and Automation Letters",
         2024, True, "published", ["Zhiyuan Lu†", "Haoran Chen†", "Wei Fang"]),
        (f'Haoran Chen, {me}, Jinglan Xue, et al. "Proprioceptive state estimation for legged robots on slippery '
         'ground." *IEEE Transactions on Robotics*, 2025 (in press).',
         "Proprioceptive state estimation for legged robots on slippery ground", "IEEE Transactions on Robotics",
         2025, False, "in press", ["Haoran Chen", "Zhiyuan Lu", "Jinglan Xue", "et al."]),
        (f'{me}, 方巍. "基于模型预测控制的四足机器人跳跃运动规划." *机器人*, 44(2): 150–161, 2022.',
         "基于模型预测控制的四足机器人跳跃运动规划", "机器人", 2022, True, "published", ["Zhiyuan Lu", "方巍"]),
    ]
    conf = [
        (f'{me}, Wei Fang. "Learning agile jumps from a single demonstration." *ICRA 2025*.',
         "Learning agile jumps from a single demonstration", "ICRA", 2025, True, "published",
         ["Zhiyuan Lu", "Wei Fang"]),
        (f'Jinglan Xue, {me}, Wei Fang. "Tactile-aware pushing of deformable objects." *IROS 2023*.',
         "Tactile-aware pushing of deformable objects", "IROS", 2023, False, "published",
         ["Jinglan Xue", "Zhiyuan Lu", "Wei Fang"]),
        (f'{me}, Haoran Chen, Wei Fang. "Morphology-agnostic locomotion policies with graph transformers." '
         "Under review at *CoRL 2025*.", "Morphology-agnostic locomotion policies with graph transformers", "CoRL",
         None, True, "under review", ["Zhiyuan Lu", "Haoran Chen", "Wei Fang"]),
    ]
    awards = ["2024 National Scholarship for Doctoral Students 博士研究生国家奖学金",
              "2023 RoboCup China Open, Humanoid League, 1st place 一等奖",
              "2020 Jianghan University of Technology Outstanding Graduate Student 优秀研究生"]
    md = ["# 陆之远 | Zhiyuan Lu", "",
          "Ph.D. Candidate in Robotics · 机器人学博士研究生  ",
          "zhiyuan.lu@jhut.example.edu.cn · +86 186-5550-7742 · "
          "[luzy.example.cn](https://luzy.example.cn) · [github.com/luzy-robot](https://github.com/luzy-robot)", "",
          "## Research Interests 研究兴趣", "",
          "Legged locomotion, model predictive control, sim-to-real reinforcement learning. "
          "足式机器人运动控制、模型预测控制、仿真到现实的强化学习。", "",
          "## Education 教育背景", "",
          "| Period 时间 | Institution 学校 | Degree 学位 |", "|---|---|---|"]
    md += [f"| {d} | {i} | {g} |" for d, i, g, *_x in edu]
    md += ["", "Advisor 导师: Prof. Wei Fang 方巍 (Legged Locomotion Lab)", "",
           "## Internships 实习经历", ""]
    for o, t, d, _s, _e, n in jobs:
        md += [f"**{t}** — {o}  ", f"*{d}*", "", f"- {n}", ""]
    md += ["## Publications 发表论文", "", "† equal contribution 共同第一作者", "", "### Journal Papers 期刊论文", ""]
    md += [f"{i}. {p[0]}" for i, p in enumerate(journal, 1)]
    md += ["", "### Conference Papers 会议论文", ""]
    md += [f"{i}. {p[0]}" for i, p in enumerate(conf, 1)]
    md += ["", "## Honors & Awards 荣誉奖励", ""] + [f"- {a}" for a in awards]
    md += ["", "## Skills 技能", "",
           "- **Programming:** C++17, Python, CUDA; ROS 2, MuJoCo, Isaac Gym, Pinocchio",
           "- **Languages:** Mandarin (native), English (IELTS 7.5)", ""]
    out = files / fn
    pandoc("\n".join(md), "08_pandoc_docx", "cv", out, "docx")
    pubs = journal + conf
    return label(
        fn, "陆之远", ["Zhiyuan Lu", "Lu Zhiyuan", "陆之远 Zhiyuan Lu"], ["zhiyuan.lu@jhut.example.edu.cn"],
        ["+8618655507742"], ["luzy.example.cn", "github.com/luzy-robot"], [(e[1], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs), sum(p[4] for p in pubs),
        [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs],
        ["Legged locomotion", "model predictive control", "足式机器人运动控制"], len(awards),
        "Bilingual Markdown CV converted by pandoc 2.17 to DOCX (pandoc's default reference.docx styles: Heading "
        "1/2/3, Compact lists, a Table style), kept as DOCX. Title 'Heading 1' '陆之远 | Zhiyuan Lu'; a contact line "
        "with e-mail, '+86 186-5550-7742', homepage and GitHub as hyperlinks showing their URLs. Every heading "
        "bilingual ('Education 教育背景'). Education as a pipe table (Period | Institution | Degree) with "
        "bilingual institution names, '2021.09 – 2026.06 (expected)', the same university for M.Eng. and Ph.D.; "
        "the advisor line names the lab (no job). Internships '**Role** — Org' then an italic date line. "
        "Publications with sub-headings 'Journal Papers 期刊论文' / 'Conference Papers 会议论文' as ordered lists "
        "restarting at 1 (Word numbering); '†' equal contribution defined; 'et al.'; '2025 (in press)'; a Chinese "
        "journal 机器人; 'Under review at CoRL 2025' (year not scored). Awards bilingual with year first.",
        language="zh-en", layout="pandoc Markdown -> DOCX")


def pandoc_citeproc_html_prof(files: Path) -> dict:
    """09: computational social scientist, Markdown + YAML bibliography -> pandoc --citeproc HTML -> Chromium."""
    fn = "09_sociology_assistant_prof_pandoc_citeproc_html_chromium.pdf"
    refs = [  # csl item, label venue, year, first, status
        (dict(id="w2023a", type="article-journal", title="Who shares corrections? Network position and the "
              "spread of fact-checks", author=[dict(family="Wróblewski", given="Tomasz"),
                                            dict(family="Ruiz-Calderón", given="Ana"), dict(family="Mensah",
                                                                                            given="Kofi")],
              **{"container-title": "American Sociological Review"}, volume="88", issue="4", page="611-640",
              issued={"date-parts": [[2023]]}), "American Sociological Review", 2023, True, "published"),
        (dict(id="r2022", type="article-journal", title="Residential sorting and the geography of online "
              "political talk", author=[dict(family="Ruiz-Calderón", given="Ana"),
                                       dict(family="Wróblewski", given="Tomasz")],
              **{"container-title": "Social Forces"}, volume="101", issue="2", page="845-872",
              issued={"date-parts": [[2022]]}), "Social Forces", 2022, False, "published"),
        (dict(id="w2025", type="article-journal", title="Measuring neighbourhood trust from municipal complaint "
              "records", author=[dict(family="Wróblewski", given="Tomasz")],
              **{"container-title": "Sociological Methods & Research"}, status="forthcoming"),
         "Sociological Methods & Research", None, True, "in press"),
        (dict(id="w2024c", type="paper-conference", title="Language models as survey respondents: a validity "
              "audit", author=[dict(family="Wróblewski", given="Tomasz"), dict(family="Hale", given="Priya"),
                               dict(family="Osei", given="Nana")],
              **{"container-title": "Proceedings of the International AAAI Conference on Web and Social Media"},
              volume="18", page="1602-1615", issued={"date-parts": [[2024]]}), "ICWSM", 2024, True, "published"),
        (dict(id="m2021", type="chapter", title="Digital trace data in comparative research",
              author=[dict(family="Mensah", given="Kofi"), dict(family="Wróblewski", given="Tomasz")],
              **{"container-title": "The Handbook of Computational Social Science", "publisher": "Routledge",
                 "publisher-place": "London"}, editor=[dict(family="Lindahl", given="Eva")], page="233-251",
              issued={"date-parts": [[2021]]}), "The Handbook of Computational Social Science", 2021, False,
         "published"),
    ]
    jobs = [("Westbrook University", "Assistant Professor of Sociology", "2022–present", "2022", "present"),
            ("Center for Data and Society, Alderley University", "Postdoctoral Fellow", "2020–2022", "2020", "2022")]
    edu = [("Alderley University", "PhD, Sociology", "2020", "phd", None, "2020"),
           ("Uniwersytet Nadwarciański", "MA, Sociology", "2014", "master", None, "2014")]
    import yaml

    meta = {"title": "Tomasz Wróblewski", "subtitle": "Curriculum Vitae",
            "pagetitle": "Tomasz Wróblewski — CV", "nocite": "@*", "lang": "en",
            "references": [r[0] for r in refs]}
    md = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100) + "---\n\n"
    md += ("Department of Sociology, Westbrook University, 410 Harlan Hall, Westbrook, OR 97330  \n"
           "<t.wroblewski@westbrook.example.edu> · (541) 555-0186 · <https://twroblewski.example.net>\n\n"
           "## Appointments\n\n")
    md += "".join(f"{d}\n:   {t}, {o}\n\n" for o, t, d, *_x in jobs)
    md += "## Education\n\n" + "".join(f"{y}\n:   {d}, {i}\n\n" for i, d, y, *_x in edu)
    md += ("## Research areas\n\nComputational social science; political communication; urban sociology; "
           "survey methodology\n\n## Publications\n\n::: {#refs}\n:::\n\n"
           "## Grants and fellowships\n\n2024–2027\n:   NSF-like Standard Grant, “Trace data and trust”, $412,000 (PI)\n\n"
           "2018–2020\n:   Alderley Graduate School Dissertation Fellowship\n\n"
           "## Awards\n\n2023\n:   Best Article Award, Section on Mathematical Sociology\n\n"
           "2019\n:   Graduate Student Paper Award, Section on Communication and Information Technologies\n\n"
           "## Teaching\n\nSOC 230 Computational Methods (Fall 2022, Fall 2023, Fall 2024); SOC 410 Networks "
           "(Spring 2024)\n")
    css = """@page { size: letter; margin: 20mm 22mm; }
body { max-width: none !important; padding: 0 !important; font-size: 10.5pt !important; }
h1.title { font-size: 20pt; } .subtitle { font-size: 11pt; color: #555; }
h2 { font-size: 12pt; border-bottom: 1px solid #bbb; margin-top: 1.4em; }
dl { display: grid; grid-template-columns: 26mm 1fr; margin: 0; } dt { font-weight: 400; color: #444; }
dd { margin: 0 0 .4em; } .csl-entry { margin-bottom: .5em; padding-left: 2em; text-indent: -2em; }
"""
    d = SRC / "09_pandoc_citeproc_html"
    d.mkdir(parents=True, exist_ok=True)
    (d / "print.css").write_text(css, encoding="utf-8")
    html = d / "cv.html"
    pandoc(md, "09_pandoc_citeproc_html", "cv", html, "html5",
           ("--standalone", "--citeproc", "--css", "print.css", "--metadata", "link-citations=false"))
    chromium_print(html, files / fn)
    return label(
        fn, "Tomasz Wróblewski", ["Tomasz Wroblewski"], ["t.wroblewski@westbrook.example.edu"], ["+15415550186"],
        ["twroblewski.example.net"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[0], j[1], j[3], j[4]) for j in jobs], len(refs), sum(r[3] for r in refs),
        [(r[0]["title"], r[1], r[2], r[3], r[4], [f"{a['family']}, {a['given']}" for a in r[0]["author"]])
         for r in refs], ["Computational social science", "political communication", "urban sociology"], 3,
        "Academic Markdown CV: pandoc 2.17 with --citeproc (built-in Chicago author-date style) and --standalone "
        "HTML (pandoc's default template and CSS plus a small print.css), printed by headless Chromium. Title "
        "block 'Tomasz Wróblewski' / subtitle 'Curriculum Vitae'; address line, e-mail and homepage as autolinks, "
        "phone '(541) 555-0186'. Appointments and Education as definition lists (years in a grid column, 'Title, "
        "Org'); degrees with one year only (end only). Publications generated by citeproc from a YAML "
        "bibliography (nocite @*): alphabetical by first author, 'Wróblewski, Tomasz, Ana Ruiz-Calderón, and Kofi "
        "Mensah. 2023. “Title.” American Sociological Review 88 (4): 611–40.', a 'Forthcoming.' in the year "
        "slot (in press, year not scored), a conference paper in the ICWSM proceedings (label ICWSM), and a "
        "book chapter 'In The Handbook of ..., edited by ..., 233–51. London: Routledge.' (venue = the book). "
        "Grants and fellowships: a grant (no) and a dissertation fellowship (award); Awards: two paper awards "
        "that name no paper; teaching terms in a sentence.",
        layout="pandoc citeproc HTML -> Chromium print")


def lo_docx_zh_table_cv(files: Path) -> dict:
    """10: Chinese master's student, 表格式个人简历 (one grid table), LibreOffice-written DOCX."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    fn = "10_zh_masters_table_resume_libreoffice.docx"
    edu = [("2023.09—2026.06", "临江理工大学", "机械工程（硕士）", "master", "2023-09", "2026-06"),
           ("2019.09—2023.06", "临江理工大学", "机械设计制造及其自动化（学士）", "bachelor", "2019-09", "2023-06")]
    jobs = [("2025.07—2025.09", "远帆新能源汽车有限公司", "结构仿真工程师（实习）", "2025-07", "2025-09",
             "电池包壳体轻量化拓扑优化，减重 12%"),
            ("2024.07—2024.08", "恒力精密机械（苏州）有限公司", "工艺实习生", "2024-07", "2024-08", "五轴加工工艺卡编制")]
    pubs = [  # GB/T 7714 text, title, venue, year, first, status, authors
        ("[1] 韦清和, 杭立群. 基于拓扑优化的电池包壳体轻量化设计[J]. 机械工程学报, 2025, 61(4): 201-210.",
         "基于拓扑优化的电池包壳体轻量化设计", "机械工程学报", 2025, True, "published", ["韦清和", "杭立群"]),
        ("[2] Wei Q, Hang L, Zhou M. Fatigue life prediction of welded joints with graph neural networks[J]. "
         "International Journal of Fatigue, 2024, 188: 108512.",
         "Fatigue life prediction of welded joints with graph neural networks", "International Journal of Fatigue",
         2024, True, "published", ["Wei Q", "Hang L", "Zhou M"]),
        ("[3] 周萌, 韦清和, 杭立群. 面向增材制造的点阵结构多目标优化[C]//第十五届全国机械设计大会论文集. 2024: 88-93.",
         "面向增材制造的点阵结构多目标优化", "第十五届全国机械设计大会论文集", 2024, False, "published",
         ["周萌", "韦清和", "杭立群"]),
        ("[4] 韦清和, 杭立群. 考虑制造约束的薄壁件拓扑优化方法[J]. 计算机辅助设计与图形学学报, 已录用.",
         "考虑制造约束的薄壁件拓扑优化方法", "计算机辅助设计与图形学学报", None, True, "accepted", ["韦清和", "杭立群"]),
    ]
    awards = ["2024年 研究生国家奖学金", "2022年 全国大学生机械创新设计大赛 一等奖", "2021年 校一等奖学金"]
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    set_fonts(doc, "Liberation Serif", 10.5, "WenQuanYi Micro Hei")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("个 人 简 历")
    r.bold, r.font.size = True, Pt(18)
    tight(t, 0, 6)
    W = [2.6, 3.4, 2.4, 3.0, 2.4, 3.6]
    tab = doc.add_table(rows=0, cols=6)
    tab.style = doc.styles["Table Grid"]
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(cells):
        rr = tab.add_row()
        for c, v in zip(rr.cells, cells, strict=True):
            c.text = v
        return rr

    info = [("姓　名", "韦清和", "性　别", "男", "出生年月", "2000.11"),
            ("民　族", "汉", "政治面貌", "中共预备党员", "籍　贯", "江西九江"),
            ("联系电话", "188-5550-3096", "电子邮箱", "weiqinghe@example.com", "", ""),
            ("求职意向", "结构/仿真工程师（新能源汽车、装备制造）", "", "", "", "")]
    for cells in info:
        row(cells)
    # merge the e-mail cell over two columns, the job-wish cell over five
    r2 = tab.rows[2].cells
    r2[3].merge(r2[5]).text = "weiqinghe@example.com"
    r3 = tab.rows[3].cells
    r3[1].merge(r3[5]).text = "结构/仿真工程师（新能源汽车、装备制造）"

    def block(title, lines):
        rr = tab.add_row().cells
        rr[0].text = title
        shade(rr[0], "DCE6F1")
        m = rr[1].merge(rr[5])
        m.text = lines[0]
        for ln in lines[1:]:
            m.add_paragraph(ln)

    block("教育背景", [f"{d}　{i}　{m}" for d, i, m, *_x in edu] + ["主修课程：有限元分析、机械动力学、优化设计（GPA 3.8/4.0，专业前 5%）"])
    block("实习经历", [x for d, o, t2, _s, _e, n in jobs for x in (f"{d}　{o}　{t2}", f"　　{n}")])
    block("科研成果", [p[0] for p in pubs] + ["发明专利：一种电池包壳体的拓扑优化方法，CN2025105551234.5（已受理）"])
    block("获奖情况", awards)
    block("技能证书", ["CET-6（552）；ANSYS Workbench、Abaqus、HyperMesh、SolidWorks；Python、MATLAB"])
    block("自我评价", ["踏实肯干，具备较强的结构仿真与优化能力，乐于团队协作。"])
    for i, cols in ((0, (0, 2, 4)), (1, (0, 2, 4)), (2, (0, 2)), (3, (0,))):
        for c in cols:
            shade(tab.rows[i].cells[c], "DCE6F1")
    col_widths(tab, W)
    lo_docx(doc, "10_lo_docx_zh_table", "weiqinghe_jianli", files / fn)
    return label(
        fn, "韦清和", ["Wei Qinghe", "Qinghe Wei"], ["weiqinghe@example.com"], ["+8618855503096"], [],
        [(e[1], e[3], e[4], e[5]) for e in edu], [(j[1], j[2], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs], [], len(awards),
        "Chinese 表格式个人简历 kept as DOCX written by LibreOffice: python-docx built one 'Table Grid' table (kept "
        "in src/ as *.python-docx.docx), LibreOffice converted it to ODT and back to DOCX, so the XML is "
        "LibreOffice's. Title '个 人 简 历' with spaces; info rows in label/value cell pairs 姓　名 | 韦清和 | 性　别 | "
        "男 | 出生年月 | 2000.11 (the name is a cell value, not a heading), 联系电话 '188-5550-3096', 电子邮箱 in a merged "
        "cell, 求职意向 in a merged cell. Then one row per section with a shaded label cell (教育背景, 实习经历, "
        "科研成果, 获奖情况, 技能证书, 自我评价) and all content as paragraphs in one merged cell: '2023.09—2026.06　"
        "临江理工大学　机械工程（硕士）' with an em-dash range, the same university twice; internships "
        "'dates　Company　Role（实习）'. 科研成果: GB/T 7714 references '[1] 韦清和, 杭立群. Title[J]. 机械工程学报, 2025, "
        "61(4): 201-210.', an English one with 'Wei Q' initials, a '[C]//proceedings' paper, one '已录用' without "
        "a year (accepted, year not scored), and a patent (not a paper). Awards: three, year first.",
        language="zh", layout="LibreOffice DOCX: Chinese grid-table resume")


def lo_docx_industry_chemist(files: Path) -> dict:
    """11: medicinal chemist in industry, LibreOffice-written DOCX with header, tab stops and a date table."""
    import docx
    from docx.shared import Cm, Pt, RGBColor

    fn = "11_medicinal_chemist_industry_libreoffice.docx"
    jobs = [("Nov. 2019 – Present", "Halvard Therapeutics", "Principal Scientist, Medicinal Chemistry", "2019-11",
             "present", ["Leads a six-chemist team on two kinase programmes; one development candidate (2023)"]),
            ("Jan. 2016 – Oct. 2019", "Halvard Therapeutics", "Senior Scientist", "2016-01", "2019-10",
             ["Route scouting and SAR for oral PROTAC degraders"]),
            ("Nov. 2011 – May 2012", "Bramwell Institute of Chemistry", "Visiting Researcher (with Prof. Oskar Lind)",
             "2011-11", "2012-05", ["Photoredox decarboxylative couplings"]),
            ("Sep. 2013 – Dec. 2015", "Corvina University, Department of Chemistry", "Postdoctoral Research Associate",
             "2013-09", "2015-12", ["Total synthesis of polyketide macrolides"])]
    jobs = [jobs[0], jobs[1], jobs[3], jobs[2]]
    edu = [("Sep. 2008 – Jun. 2013", "Université de Valmont", "Ph.D., Organic Chemistry", "phd", "2008-09",
            "2013-06"),
           ("Sep. 2004 – Jun. 2008", "Norrvik University", "B.Sc. (Hons), Chemistry", "bachelor", "2004-09",
            "2008-06")]
    pubs = [  # ACS text, title, venue, year, first, status, authors
        ("Okerlund, A. S.; Pratt, D.; Iwu, C. Discovery of HTX-417, an Orally Bioavailable Degrader of "
         "Kinase Q. J. Med. Chem. 2024, 67, 4410–4431.", "Discovery of HTX-417, an Orally Bioavailable Degrader of "
         "Kinase Q", "J. Med. Chem.", 2024, True, "published", ["Okerlund, A. S.", "Pratt, D.", "Iwu, C."]),
        ("Pratt, D.; Okerlund, A. S. Linkerology Revisited: Rigid Spacers in Degrader Design. ACS Med. Chem. Lett. "
         "2021, 12, 1550–1557.", "Linkerology Revisited: Rigid Spacers in Degrader Design", "ACS Med. Chem. Lett.",
         2021, False, "published", ["Pratt, D.", "Okerlund, A. S."]),
        ("Okerlund, A. S.; Marchetti, L.; Lind, O. Decarboxylative Arylation Under Visible Light. Org. Lett. 2013, "
         "15, 3302–3305.", "Decarboxylative Arylation Under Visible Light", "Org. Lett.", 2013, True, "published",
         ["Okerlund, A. S.", "Marchetti, L.", "Lind, O."]),
        ("Okerlund, A. S.; Ferrand, P. Concise Total Synthesis of (–)-Valmontolide. J. Am. Chem. Soc. 2012, 134, "
         "19510–19513.", "Concise Total Synthesis of (–)-Valmontolide", "J. Am. Chem. Soc.", 2012, True, "published",
         ["Okerlund, A. S.", "Ferrand, P."]),
    ]
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    set_fonts(doc, "Liberation Sans", 10)
    hp = sec.header.paragraphs[0]
    hp.text = "A. Sunniva Okerlund — Curriculum Vitae\tlinkedin.com/in/asokerlund"
    right_tab(hp, 17.5)
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = doc.add_paragraph()
    r = p.add_run("A. Sunniva Okerlund, Ph.D.")
    r.bold, r.font.size = True, Pt(20)
    tight(p, 0, 2)
    p = doc.add_paragraph("Cambridge, MA 02139\t617.555.0143  ·  sunniva.okerlund@example.com")
    right_tab(p, 17.5)
    tight(p, 0, 8)
    teal = RGBColor(0x00, 0x6D, 0x77)

    def heading(text):
        hp2 = doc.add_paragraph()
        rr = hp2.add_run(text)
        rr.bold, rr.font.size, rr.font.color.rgb = True, Pt(10), teal
        tight(hp2, 8, 3)
        from kit11 import border_bottom
        border_bottom(hp2, "006D77", "6")

    def table(rows):
        tb = doc.add_table(rows=0, cols=2)
        for d, line1, line2, bullets in rows:
            cells = tb.add_row().cells
            cells[0].text = d
            cells[0].paragraphs[0].runs[0].font.size = Pt(9)
            c = cells[1].paragraphs[0]
            r1 = c.add_run(line1)
            r1.bold = True
            if line2:
                c.add_run("\n" + line2).italic = True
            for b in bullets:
                cells[1].add_paragraph("• " + b)
        col_widths(tb, [2.6, 15.0])

    heading("PROFESSIONAL EXPERIENCE")
    table([(d, t, o, bl) for d, o, t, _s, _e, bl in jobs])
    heading("EDUCATION")
    table([(d, i, g, []) for d, i, g, *_x in edu])
    heading("SELECTED PUBLICATIONS (4 of 23)")
    for i, pub in enumerate(pubs, 1):
        pp = doc.add_paragraph(f"{i}.\t{pub[0]}")
        pp.paragraph_format.left_indent = Cm(0.8)
        pp.paragraph_format.first_line_indent = Cm(-0.8)
        tight(pp, 0, 3)
    heading("PATENTS")
    doc.add_paragraph("Okerlund, A. S.; Pratt, D. Heterobifunctional degraders of kinase Q. WO 2023/155501, 2023.")
    heading("HONORS")
    for a in ["Halvard Innovation Award (2023)", "Société Chimique de Valmont Thesis Prize (2014)"]:
        doc.add_paragraph(a + "\t").paragraph_format.space_after = Pt(1)
    heading("SKILLS")
    doc.add_paragraph("Parallel synthesis, flow chemistry, preparative SFC, Schrödinger Suite, Spotfire, "
                      "Python for SAR analysis")
    heading("REFERENCES")
    doc.add_paragraph("Dr. Dominic Pratt, VP Chemistry, Halvard Therapeutics — dpratt@halvard.example.com\n"
                      "Prof. Pascale Ferrand, Université de Valmont — pascale.ferrand@valmont.example.fr")
    lo_docx(doc, "11_lo_docx_industry_chemist", "Okerlund_CV", files / fn)
    return label(
        fn, "A. Sunniva Okerlund", ["Sunniva Okerlund", "A. Sunniva Okerlund, Ph.D."],
        ["sunniva.okerlund@example.com"], ["+16175550143"], ["linkedin.com/in/asokerlund"],
        [(e[1], e[3], e[4], e[5]) for e in edu], [(j[1], j[2], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs], [], 2,
        "English industry CV kept as DOCX written by LibreOffice (python-docx -> ODT -> DOCX). Name with a leading "
        "initial and a suffix 'A. Sunniva Okerlund, Ph.D.'; LinkedIn only in the page header (with a right tab); "
        "'City<TAB>617.555.0143 · e-mail' (phone grouped with dots). Headings bold teal caps with a bottom rule. "
        "Experience and education in borderless two-column tables: a narrow date column 'Nov. 2011 – May 2012' "
        "that wraps, then a bold title and an italic employer in the same cell ('Visiting Researcher (with Prof. "
        "Oskar Lind)'), not in date order (the 2011 visit after the postdoc); two roles at one employer. "
        "'SELECTED PUBLICATIONS (4 of 23)' numbered with a tab, ACS style 'Okerlund, A. S.; Pratt, D.; Iwu, C. "
        "Title. J. Med. Chem. 2024, 67, 4410–4431.' (venue abbreviations as printed); a patent (not a paper). "
        "Honors: two. References with two referee e-mails (not the candidate's).",
        layout="LibreOffice DOCX: header, tab stops, date tables")
