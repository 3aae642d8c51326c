"""Held-out set 7, builders 05-09 (PDF): a Chinese associate professor with GB/T 7714 references,
a Chinese intern resume in the billryan/resume style, a bilingual CV with a right sidebar, an HCI
candidate with ACM reference format, and a timeline CV with unusual section names."""
from __future__ import annotations

from pathlib import Path

from kit7 import box, label, left_right, line, new_pdf, rule

GREY = (100, 100, 100)
NAVY = (25, 45, 95)


def zh_gbt_professor(folder: Path) -> dict:
    name = "05_zh_associate_professor_gbt7714.pdf"
    pdf = new_pdf(cjk=True, margins=(18, 15, 18))
    line(pdf, "个人简历", 18, "B", family="cjk", align="C", h=10)
    for t in ["姓    名：钟以宁            性    别：女            出生年月：1988年4月",
              "职    称：副教授、硕士生导师      电子邮箱：zhongyn@cs.example.edu.cn",
              "办公电话：021-5555 3187         手    机：139 1555 0426"]:
        line(pdf, t, 10, family="cjk", h=6)

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, "■ " + t, 12, "B", family="cjk", h=7, color=NAVY)
        rule(pdf, NAVY, 0.4)

    head("研究方向")
    line(pdf, "联邦学习；隐私保护机器学习；图神经网络", 10, family="cjk")
    head("教育经历")
    edu = [("2011.09—2016.06", "东岚大学", "计算机科学与技术", "工学博士（硕博连读）", "phd", "2011-09", "2016-06"),
           ("2007.09—2011.07", "青川理工大学", "软件工程", "工学学士", "bachelor", "2007-09", "2011-07")]
    for d, inst, f, deg, *_ in edu:
        line(pdf, f"{d}    {inst}    {f}    {deg}", 10, family="cjk", h=6)
    head("工作经历")
    exp = [("2021.12—至今", "海湾大学计算机学院", "副教授", "2021-12", "present"),
           ("2018.09—2021.11", "海湾大学计算机学院", "讲师", "2018-09", "2021-11"),
           ("2016.07—2018.08", "东岚大学软件学院", "博士后（合作导师：顾明远 教授）", "2016-07", "2018-08"),
           ("2014.10—2015.10", "澄湖大学 计算机系", "联合培养博士生（国家公派）", "2014-10", "2015-10")]
    for d, org, t, *_ in exp:
        line(pdf, f"{d}    {org}    {t}", 10, family="cjk", h=6)
    head("主持科研项目")
    for t in ["1. 国家自然科学基金青年科学基金项目：异构联邦学习中的隐私泄露度量，2020.01—2022.12，主持",
              "2. 上海市科技创新行动计划项目：医疗数据安全共享平台，2022.07—2025.06，主持"]:
        line(pdf, t, 10, family="cjk", h=5.5)
    head("代表性论文（*为通讯作者）")
    pubs = [
        ("异构数据下联邦学习的梯度泄露度量方法", "计算机学报", 2024, True, "published", ["钟以宁", "罗景澄", "顾明远*"],
         "钟以宁, 罗景澄, 顾明远*. 异构数据下联邦学习的梯度泄露度量方法[J]. 计算机学报, 2024, 47(3): 512-528."),
        ("Personalized federated graph learning with structural priors", "IEEE Transactions on Knowledge and "
         "Data Engineering", 2023, False, "published", ["Luo J", "Zhong Y*", "Gu M"],
         "Luo J, Zhong Y*, Gu M. Personalized federated graph learning with structural priors[J]. IEEE "
         "Transactions on Knowledge and Data Engineering, 2023, 35(11): 11204-11217."),
        ("Auditing membership leakage in cross-silo federated learning", "AAAI", 2023, True, "published",
         ["Zhong Y", "Xu H", "Luo J", "et al."],
         "Zhong Y, Xu H, Luo J, et al. Auditing membership leakage in cross-silo federated learning[C]//"
         "Proceedings of the AAAI Conference on Artificial Intelligence. 2023, 37(9): 10832-10840."),
        ("FedGraphBench: a benchmark for federated graph learning", "NeurIPS", 2022, False, "published",
         ["Xu H", "Zhong Y*"],
         "Xu H, Zhong Y*. FedGraphBench: a benchmark for federated graph learning[C]//Advances in Neural "
         "Information Processing Systems. 2022: 23071-23085."),
        ("面向医疗数据的差分隐私联邦学习框架", "软件学报", 2021, True, "published", ["钟以宁", "顾明远"],
         "钟以宁, 顾明远. 面向医疗数据的差分隐私联邦学习框架[J]. 软件学报, 2021, 32(8): 2401-2418."),
        ("Secure aggregation against colluding servers", "arXiv", 2025, True, "preprint",
         ["Zhong Y", "Wang Q", "Gu M"],
         "Zhong Y, Wang Q, Gu M. Secure aggregation against colluding servers[J]. arXiv preprint "
         "arXiv:2503.01842, 2025."),
        ("联邦学习隐私保护技术研究", "东岚大学", 2016, True, "published", ["钟以宁"],
         "钟以宁. 联邦学习隐私保护技术研究[D]. 东岚: 东岚大学, 2016."),
    ]
    for i, p in enumerate(pubs, 1):
        line(pdf, f"[{i}] {p[6]}", 9.5, family="cjk", h=5.2)
        pdf.ln(0.6)
    head("获奖情况")
    awards = ["2023年  上海市自然科学奖 二等奖（排名第3）", "2020年  海湾大学青年教师教学竞赛 一等奖",
              "2016年  东岚大学优秀博士学位论文"]
    for a in awards:
        line(pdf, a, 10, family="cjk", h=6)
    head("学术兼职")
    line(pdf, "中国计算机学会（CCF）高级会员；TKDE、计算机学报 审稿人", 10, family="cjk")
    pdf.output(str(folder / name))
    return label(
        name, "钟以宁", ["Zhong Yining", "Yining Zhong"], ["zhongyn@cs.example.edu.cn"],
        ["+862155553187", "+8613915550426"], [], [e[1:2] + e[4:7] for e in edu], [e[1:5] for e in exp],
        len(pubs), sum(p[3] for p in pubs), [p[:6] for p in pubs], ["联邦学习", "隐私保护机器学习"], len(awards),
        "Chinese academic CV (PDF, WenQuanYi): '个人简历' title, a key-value personal block with two fields per "
        "line (full-width colon, padded labels '姓    名'), headings '■ 研究方向' with a rule. Degree and job lines "
        "are 'YYYY.MM—YYYY.MM    机构    专业    学位' with an em dash and '至今'. A joint-PhD visit abroad is an "
        "experience line. Funded projects are not papers. Papers in GB/T 7714 with [J]/[C]//[D] type marks, "
        "'Surname Initial' English authors, '*' = corresponding author (not equal contribution); the last "
        "item is her own doctoral thesis [D] (counted, venue the university). An arXiv [J] line is a preprint. "
        "Office phone with area code 021 and a mobile.",
        language="zh", layout="single column Chinese, GB/T 7714 references")


def zh_billryan_intern(folder: Path) -> dict:
    name = "06_zh_master_billryan_style.pdf"
    pdf = new_pdf(cjk=True, margins=(16, 12, 16))
    line(pdf, "祁 望 舒", 22, family="cjk", align="C", h=11)
    line(pdf, "(+86) 152-5550-7781  ·  qiwangshu@example.com  ·  github.com/qiws", 9.5, align="C", h=5)
    pdf.ln(2)

    def head(t: str) -> None:
        pdf.ln(2.5)
        line(pdf, t, 13, family="cjk", h=7)
        rule(pdf, (0, 0, 0), 0.3)

    def dated(left: str, right: str, size: float = 10.5) -> None:
        left_right(pdf, left, right, size=size, style="B", family="cjk", h=6)

    head("教育背景")
    edu = [("南溪大学", "硕士，计算机技术，人工智能学院", "2024年9月 – 2027年6月（预计）", "master", "2024-09", "2027-06"),
           ("北岭科技大学", "学士，数据科学与大数据技术", "2020年9月 – 2024年6月", "bachelor", "2020-09", "2024-06")]
    for inst, deg, when, *_ in edu:
        dated(inst, when)
        line(pdf, deg, 10, family="cjk", h=5.5)
    head("实习经历")
    exp = [("字节星辰科技", "推荐算法实习生", "2025年7月 – 2025年10月", "2025-07", "2025-10",
            ["负责短视频冷启动召回，离线 Recall@50 提升 3.1%，线上人均时长 +0.4%。"]),
           ("青芒数据有限公司", "数据开发实习生", "2023年6月 – 2023年8月", "2023-06", "2023-08",
            ["基于 Flink 搭建实时特征管道，日处理事件 20 亿条。"])]
    for org, t, when, _s, _e, bullets in exp:
        dated(f"{org}  |  {t}", when)
        for b in bullets:
            line(pdf, "• " + b, 10, family="cjk", h=5.5)
    head("项目经历")
    dated("多模态商品检索系统（课程项目）", "2025年3月 – 2025年6月")
    line(pdf, "• 使用 CLIP 微调与向量检索实现以图搜货，Top-10 命中率 81%。", 10, family="cjk", h=5.5)
    head("论文")
    pubs = [("Cold-start retrieval with contrastive behaviour priors", "CIKM", 2025, True, "accepted",
             ["Qi W", "Fang L", "Tao J"])]
    line(pdf, "• Wangshu Qi, Lin Fang, Jie Tao. Cold-start retrieval with contrastive behaviour priors. "
         "CIKM 2025 (Short Paper, 已录用).", 10, family="cjk", h=5.5)
    head("获奖情况")
    awards = [("全国大学生数学建模竞赛 一等奖", "2022年11月"), ("国家奖学金", "2022年10月"),
              ("北岭科技大学 优秀毕业生", "2024年6月")]
    for t, when in awards:
        left_right(pdf, "• " + t, when, size=10, style="", family="cjk", h=5.5)
    head("IT 技能")
    line(pdf, "• 编程语言：Python, C++, SQL, Scala    • 框架：PyTorch, Spark, Flink    • 英语：CET-6 (601)", 10,
         family="cjk", h=5.5)
    pdf.output(str(folder / name))
    return label(
        name, "祁望舒", ["祁 望 舒", "Wangshu Qi", "Qi Wangshu"], ["qiwangshu@example.com"], ["+8615255507781"],
        ["github.com/qiws"], [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        1, 1, pubs, [], len(awards),
        "Chinese student resume in the billryan/resume (XeLaTeX) layout: a centred name with spaces between "
        "the characters, one contact line with '(+86)' and dashes, headings followed by a full-width rule, "
        "entries as bold 'School' or 'Company  |  Role' with 'YYYY年M月 – YYYY年M月' pushed to the right "
        "margin, then a detail line and bullets. Master's end is '（预计）'. A course project is not "
        "experience. One English paper inside the Chinese CV marked '已录用' (accepted). Awards with the month "
        "on the right. No research interests section.",
        language="zh", layout="billryan resume, right-aligned dates")


def bilingual_right_sidebar(folder: Path) -> dict:
    name = "07_bilingual_materials_right_sidebar.pdf"
    pdf = new_pdf(cjk=True, margins=(12, 12, 12))
    sx, sw = 142, 56
    pdf.set_fill_color(230, 236, 245)
    pdf.rect(sx - 4, 0, pdf.w - sx + 4, pdf.h, style="F")
    y = 14
    for head, rows in [("CONTACT 联系方式", ["huo.chenxi@example.org", "+86 135 5550 2964", "Hefei, Anhui, China",
                                          "chenxihuo.example.cn", "ORCID 0000-0002-5551-8830"]),
                       ("SKILLS 技能", ["DFT (VASP, Quantum ESPRESSO)", "Python, ASE, pymatgen",
                                      "Operando XRD / XAS"]),
                       ("LANGUAGES 语言", ["Mandarin (native)", "English (IELTS 7.5)"]),
                       ("INTERESTS 研究兴趣", ["Solid-state electrolytes", "Machine-learned potentials",
                                           "High-throughput screening"])]:
        y = box(pdf, sx, y, sw, head, size=10, style="B", family="cjk", color=NAVY, h=5.5) + 1
        for r in rows:
            y = box(pdf, sx, y, sw, r, size=8.5, h=4.3)
        y += 6
    mw = sx - 12 - 8
    y = box(pdf, 12, 14, mw, "Chenxi Huo  霍晨曦", size=20, style="B", family="cjk", h=10)
    y = box(pdf, 12, y, mw, "Postdoctoral Researcher · Computational Materials Science", size=10, color=GREY) + 4

    def head(y: float, t: str) -> float:
        y = box(pdf, 12, y + 2, mw, t, size=11.5, style="B", family="cjk", color=NAVY, h=6)
        pdf.set_draw_color(*NAVY)
        pdf.line(12, y + 0.5, 12 + mw, y + 0.5)
        return y + 2

    def entry(y: float, left: str, right: str, sub: str) -> float:
        pdf.set_font("cjk", "B", 9.5)
        pdf.set_xy(12, y)
        pdf.cell(mw - 34, 5, left)
        pdf.set_font("main", "", 8.5)
        pdf.cell(34, 5, right, align="R")
        return box(pdf, 12, y + 5, mw, sub, size=8.8, family="cjk", color=GREY, h=4.5) + 2

    y = head(y, "EXPERIENCE 工作经历")
    exp = [("Shenhu Laboratory for Energy Materials 深湖能源材料实验室", "2023.03 – present",
            "Postdoctoral Researcher 博士后", "2023-03", "present"),
           ("Kaldor Institute of Technology, Germany", "2021.10 – 2022.03",
            "Visiting PhD Student, Group of Prof. M. Brandauer", "2021-10", "2022-03")]
    for org, d, t, *_ in exp:
        y = entry(y, org, d, t)
    y = head(y, "EDUCATION 教育背景")
    edu = [("Huaiyin University of Science and Technology 淮音科技大学", "2017.09 – 2023.01",
            "Ph.D. in Materials Physics and Chemistry 材料物理与化学 博士", "phd", "2017-09", "2023-01"),
           ("Jinling Normal University 金陵师范大学", "2013.09 – 2017.06", "B.Sc. in Physics 物理学 学士",
            "bachelor", "2013-09", "2017-06")]
    for inst, d, t, *_ in edu:
        y = entry(y, inst, d, t)
    y = head(y, "SELECTED PUBLICATIONS 代表论文")
    y = box(pdf, 12, y, mw, "(* equal contribution; † corresponding author)", size=8, color=GREY)
    pubs = [("Descriptor-guided discovery of halide superionic conductors", "Journal of the American Chemical "
             "Society", 2025, True, "published", ["Huo C*", "Lin Z*", "Pan R†"]),
            ("Grain-boundary transport in argyrodite electrolytes from machine-learned potentials",
             "Chemistry of Materials", 2024, True, "published", ["Lin Z*", "Huo C*", "Yu F", "Pan R†"]),
            ("Strain-tunable lithium diffusion in garnet thin films", "Physical Review Materials", 2022, True,
             "published", ["Huo C", "Brandauer M", "Pan R†"]),
            ("Active learning of interatomic potentials for sulfide interfaces", "npj Computational Materials",
             2026, False, "under review", ["Yu F", "Huo C", "Pan R†"])]
    for i, (t, v, yr, _f, st, au) in enumerate(pubs, 1):
        tail = f"{v}, {yr}." if st == "published" else f"Under review at {v} ({yr})."
        y = box(pdf, 12, y, mw, f"{i}. {', '.join(au)}. {t}. {tail}", size=8.8, h=4.4) + 1
    y = head(y + 2, "HONOURS 荣誉")
    awards = ["2024  Outstanding Postdoc Award, Shenhu Laboratory", "2022  China Scholarship Council scholarship",
              "2020  National Scholarship for Doctoral Students 博士研究生国家奖学金"]
    for a in awards:
        y = box(pdf, 12, y, mw, a, size=8.8, family="cjk", h=4.6)
    pdf.output(str(folder / name))
    return label(
        name, "Chenxi Huo", ["霍晨曦", "Chenxi Huo 霍晨曦", "Huo Chenxi"], ["huo.chenxi@example.org"],
        ["+8613555502964"], ["chenxihuo.example.cn", "orcid.org/0000-0002-5551-8830"],
        [("Huaiyin University of Science and Technology", "phd", "2017-09", "2023-01"),
         ("Jinling Normal University", "bachelor", "2013-09", "2017-06")],
        [("Shenhu Laboratory for Energy Materials", "Postdoctoral Researcher", "2023-03", "present"),
         ("Kaldor Institute of Technology", "Visiting PhD Student", "2021-10", "2022-03")],
        len(pubs), sum(p[3] for p in pubs), pubs,
        ["solid-state electrolytes", "machine-learned potentials"], len(awards),
        "Bilingual English/Chinese CV with the sidebar on the RIGHT (contact, skills, languages, research "
        "interests), drawn before the main column. Name and headings as 'English 中文'; institutions printed "
        "'English name 中文名' on one line with the dates right-aligned (labels use the English name; a reader "
        "accepts either). ORCID printed as 'ORCID 0000-...' without a URL (labelled as orcid.org/ID). Authors "
        "'Surname Initial'; '*' equal contribution, '†' corresponding: paper 2 lists the candidate second "
        "but starred with the first author, so first author. Paper 4 is 'Under review at'. The 'Visiting PhD "
        "Student' stay is an experience entry.",
        language="zh-en", layout="bilingual, right sidebar")


def acm_hci(folder: Path) -> dict:
    name = "08_hci_candidate_acm_reference.pdf"
    pdf = new_pdf(margins=(18, 15, 18))
    left_right(pdf, "Marisol Etxeberria-Quint", "PhD Candidate, Human-Computer Interaction", size=15,
               rstyle="I", color=GREY, h=8)
    line(pdf, "School of Interactive Computing, Bellhaven Institute of Technology", 9, color=GREY)
    line(pdf, "metxeberria@bellhaven.example.edu | +1 470 555 0193 | marisol-eq.example.com | "
         "scholar.google.com/citations?user=mEQ5x0AAAAAJ", 9, color=GREY)

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, 11.5, "B", h=6)
        rule(pdf, GREY, 0.2)

    def dated(text: str, when: str) -> None:
        left_right(pdf, text, when, size=10, style="", rstyle="I", color=GREY)

    head("Education")
    edu = [("Bellhaven Institute of Technology", "Ph.D. in Human-Centered Computing", "2021 – 2026 (expected)",
            "phd", "2021", "2026"),
           ("Universidad de Arrieta", "B.Sc. in Computer Engineering", "2016 – 2020", "bachelor", "2016", "2020")]
    for inst, deg, when, *_ in edu:
        dated(f"{deg}, {inst}", when)
    head("Research Experience")
    exp = [("Bellhaven Institute of Technology", "Graduate Research Assistant, Accessible Computing Lab",
            "Aug 2021 – present", "2021-08", "present"),
           ("Northgate Research", "Research Intern, Accessibility Group", "May 2024 – Aug 2024", "2024-05", "2024-08"),
           ("Lumen Health Labs", "UX Research Intern", "Jun 2023 – Sep 2023", "2023-06", "2023-09")]
    for org, t, when, *_ in exp:
        dated(f"{t} — {org}", when)
    head("Refereed Conference Papers")
    pubs = [
        ("Tactile Dashboards: Co-Designing Data Physicalizations with Blind Analysts", "CHI", 2025, True,
         "published", ["Marisol Etxeberria-Quint", "Deshawn Polk", "Hana Kovář"],
         "Marisol Etxeberria-Quint, Deshawn Polk, and Hana Kovář. 2025. Tactile Dashboards: Co-Designing Data "
         "Physicalizations with Blind Analysts. In Proceedings of the 2025 CHI Conference on Human Factors in "
         "Computing Systems (CHI '25). ACM, New York, NY, USA, 18 pages. [Best Paper Honorable Mention]"),
        ("Screen Reader Users Navigating Code Review", "ASSETS", 2024, False, "published",
         ["Deshawn Polk", "Marisol Etxeberria-Quint", "Hana Kovář"],
         "Deshawn Polk, Marisol Etxeberria-Quint, and Hana Kovář. 2024. Screen Reader Users Navigating Code "
         "Review. In The 26th International ACM SIGACCESS Conference on Computers and Accessibility (ASSETS "
         "'24). ACM, New York, NY, USA, 14 pages."),
        ("Sonified Uncertainty in Line Charts", "CSCW", 2026, True, "accepted",
         ["Marisol Etxeberria-Quint", "Hana Kovář"],
         "Marisol Etxeberria-Quint and Hana Kovář. 2026. Sonified Uncertainty in Line Charts. Proc. ACM "
         "Hum.-Comput. Interact. 10, CSCW (2026). Conditionally accepted."),
    ]
    for i, p in enumerate(pubs, 1):
        line(pdf, f"C{i}. {p[6]}", 9.5, h=4.7)
        pdf.ln(1)
    head("Journal Articles")
    jp = [("Accessibility of Data Visualization Tools: A Systematic Review", "ACM Transactions on Accessible "
           "Computing", 2023, True, "published", ["Marisol Etxeberria-Quint", "Priya Raman", "Hana Kovář"],
           "Marisol Etxeberria-Quint, Priya Raman, and Hana Kovář. 2023. Accessibility of Data Visualization "
           "Tools: A Systematic Review. ACM Transactions on Accessible Computing 16, 2, Article 11 (June 2023), "
           "31 pages.")]
    line(pdf, f"J1. {jp[0][6]}", 9.5, h=4.7)
    head("Posters and Late-Breaking Work")
    lb = [("Haptic Previews for Chart Thumbnails", "CHI EA", 2022, True, "published",
           ["Marisol Etxeberria-Quint", "Hana Kovář"],
           "Marisol Etxeberria-Quint and Hana Kovář. 2022. Haptic Previews for Chart Thumbnails. In Extended "
           "Abstracts of the 2022 CHI Conference on Human Factors in Computing Systems (CHI EA '22). ACM, 5 pages.")]
    line(pdf, f"P1. {lb[0][6]}", 9.5, h=4.7)
    head("In Submission")
    sub = [("Who Audits the Alt Text? Crowd Review of Image Descriptions", None, None, True, "under review",
            ["Marisol Etxeberria-Quint", "Oren Biswas", "Hana Kovář"],
            "Marisol Etxeberria-Quint, Oren Biswas, and Hana Kovář. Who Audits the Alt Text? Crowd Review of "
            "Image Descriptions. In submission.")]
    line(pdf, f"S1. {sub[0][6]}", 9.5, h=4.7)
    head("Awards and Fellowships")
    awards = [("Best Paper Honorable Mention, CHI", "2025"), ("Bellhaven Presidential Fellowship", "2021"),
              ("Grace Hopper Celebration Scholar", "2019")]
    for t, when in awards:
        dated(t, when)
    head("Research Interests")
    line(pdf, "Accessibility, data visualization, human-AI interaction", 10)
    pdf.output(str(folder / name))
    allp = [p[:6] for p in pubs + jp + lb + sub]
    return label(
        name, "Marisol Etxeberria-Quint", [], ["metxeberria@bellhaven.example.edu"], ["+14705550193"],
        ["marisol-eq.example.com", "scholar.google.com/citations?user=mEQ5x0AAAAAJ"],
        [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(allp), sum(p[3] for p in allp), allp, ["accessibility", "data visualization"], len(awards),
        "HCI PhD candidate, single column: name left and the current role right on one line. Entries as "
        "'Degree, Institution' and 'Role — Organisation' with italic dates right. Papers in ACM Reference "
        "Format: full first names, 'and' before the last author, the YEAR right after the authors, then "
        "title, 'In Proceedings of ... (CHI '25)', publisher, page count. Numbered with letter prefixes C1.., "
        "J1, P1, S1 under separate headings; a Best Paper Honorable Mention tag after an entry (also listed "
        "under awards); 'Conditionally accepted' (accepted); a late-breaking work counts as a paper; 'In "
        "submission' has no venue or year (under review). Venue labels use the parenthesised short names.",
        layout="single column, ACM reference format")


def timeline_designer(folder: Path) -> dict:
    name = "09_data_journalist_timeline.pdf"
    pdf = new_pdf(margins=(14, 14, 14))
    ORANGE = (210, 95, 30)
    line(pdf, "Noor ul-Ain Vasquez", 24, "B", h=11, color=ORANGE)
    line(pdf, "data journalist & visualisation developer", 11, "I", color=GREY, h=6)
    line(pdf, "hello@noorvasquez.example.com  —  +34 612 555 309  —  noorvasquez.example.com  —  "
         "github.com/noorviz", 9, h=5)
    pdf.ln(4)
    tx = 46  # the timeline's x

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, 13, "B", h=7, color=ORANGE)

    def node(when: str, what: str, detail: str) -> None:
        y = pdf.get_y()
        box(pdf, 14, y, tx - 18, when, size=8.5, color=GREY, align="R", h=4.5)
        pdf.set_fill_color(*ORANGE)
        pdf.circle(tx - 1.2, y + 1.2, 2.4, style="F")
        pdf.set_draw_color(*ORANGE)
        y2 = box(pdf, tx + 5, y, pdf.w - tx - 19, what, size=10, style="B", h=4.8)
        y2 = box(pdf, tx + 5, y2, pdf.w - tx - 19, detail, size=9, h=4.4)
        pdf.line(tx, y + 3, tx, y2 + 2)
        pdf.set_y(y2 + 3)

    head("Where I've worked")
    exp = [("Diario del Puerto", "Senior Data Journalist", "2022 — now", "2022", "present"),
           ("Diario del Puerto", "Graphics Developer", "2019 — 2022", "2019", "2022"),
           ("Open Budget Initiative", "Data Fellow", "spring 2018", "2018", "2018")]
    for org, t, when, *_ in exp:
        node(when, f"{t} @ {org}", "Investigations built on public procurement and port-traffic data; "
             "scrollytelling graphics in D3 and Svelte.")
    head("Where I learned")
    edu = [("Universitat de Costa Brava", "MA Data Journalism", "2017 — 2018", "master", "2017", "2018"),
           ("Lahore School of Media Studies", "BA Mass Communication", "2012 — 2016", "bachelor", "2012", "2016")]
    for inst, deg, when, *_ in edu:
        node(when, f"{deg} — {inst}", "")
    head("Things I wrote (peer-reviewed)")
    pubs = [("Who reads the chart? Eye-tracking newsroom graphics", "Digital Journalism", 2023, True, "published",
             ["N. Vasquez", "E. Roig"]),
            ("Procurement red flags as a newsroom beat", "Journalism Practice", 2021, False, "published",
             ["E. Roig", "N. Vasquez", "T. Amat"])]
    for t, v, yr, _f, _s, au in pubs:
        names = ", ".join(au[:-1]) + " & " + au[-1]
        node(str(yr), t, f"{names} · {v}")
    head("Shiny things")
    awards = [("2023", "Sigma Award for data journalism (shortlist)"), ("2021", "Premio Ortega for digital "
              "investigation")]
    for yr, t in awards:
        node(yr, t, "")
    head("Toolbox")
    line(pdf, "D3, Svelte, Observable, Python (pandas, geopandas), R, QGIS, PostgreSQL", 9.5)
    pdf.output(str(folder / name))
    return label(
        name, "Noor ul-Ain Vasquez", ["Noor Vasquez"], ["hello@noorvasquez.example.com"], ["+34612555309"],
        ["noorvasquez.example.com", "github.com/noorviz"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs), sum(p[3] for p in pubs), pubs, [], len(awards),
        "Designer-style timeline CV: dates right-aligned in a grey left column ('2022 — now', 'spring 2018' = "
        "2018), an orange dot and vertical line, entries 'Role @ Organisation' or 'Degree — Institution'. "
        "Section names are informal: 'Where I've worked', 'Where I learned', 'Things I wrote (peer-reviewed)', "
        "'Shiny things' (awards), 'Toolbox' (skills). Two roles at the same newspaper. Papers as title, then "
        "'authors · venue' with the year in the date column. Lowercase name particle 'ul-Ain'.",
        layout="timeline, informal headings")
