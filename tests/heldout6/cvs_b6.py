"""Held-out set 6, builders 05-08 (PDF): a Chinese WPS-style table resume with a photo box, a
bilingual-heading student CV, a CV whose headings are plain capitals at body size, and an
industry resume with the name on the first line and skills first."""
from __future__ import annotations

from pathlib import Path

from kit6 import gutter_entry, label, left_right, line, new_pdf, rule


def zh_wps_table(folder: Path) -> dict:
    name = "05_zh_recsys_master_wps_table.pdf"
    pdf = new_pdf(cjk=True, margins=(15, 14, 15))
    f = "cjk"
    line(pdf, "个 人 简 历", size=18, style="B", family=f, align="C", h=10)
    pdf.ln(3)
    x0 = pdf.l_margin
    rh = 9
    cols = [24, 46, 24, 46]
    grid = [["姓    名", "邝雨桐", "性    别", "女"],
            ["出生年月", "2001.05", "政治面貌", "中共党员"],
            ["联系电话", "139·0512·7736", "电子邮箱", "kuangyt@mail.example.cn"],
            ["求职意向", "算法工程师（推荐系统）", "籍    贯", "广东佛山"]]
    y0 = pdf.get_y()
    pdf.set_font(f, "", 10)
    for r, cells in enumerate(grid):
        pdf.set_xy(x0, y0 + r * rh)
        for i, (w, t) in enumerate(zip(cols, cells, strict=True)):
            pdf.set_fill_color(235, 240, 248)
            pdf.cell(w, rh, t, border=1, align="C", fill=(i % 2 == 0))
    pw = 180 - sum(cols)
    pdf.rect(x0 + sum(cols), y0, pw, rh * 4)
    pdf.set_text_color(150, 150, 150)
    pdf.set_xy(x0 + sum(cols), y0 + rh * 1.5)
    pdf.cell(pw, rh, "照片", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + rh * 4)

    def section(t: str) -> None:
        pdf.set_x(x0)
        pdf.set_font(f, "B", 11)
        pdf.set_fill_color(210, 220, 235)
        pdf.cell(180, 8, t, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    def row(widths: list[float], cells: list[str]) -> None:
        pdf.set_x(x0)
        pdf.set_font(f, "", 9.5)
        for w, t in zip(widths, cells, strict=True):
            pdf.cell(w, 8, t, border=1, align="C")
        pdf.ln(8)

    def para(t: str) -> None:
        pdf.set_x(x0)
        pdf.set_font(f, "", 9.5)
        pdf.multi_cell(180, 5.5, t, border=1, new_x="LMARGIN", new_y="NEXT")

    section("教育背景")
    ew = [40, 50, 55, 35]
    row(ew, ["2022.09-2025.06", "南岭科技大学", "计算机技术", "硕士（推免）"])
    row(ew, ["2018.09-2022.06", "南岭科技大学", "软件工程", "本科"])
    para("主修课程：机器学习、推荐系统、数据挖掘、分布式系统（GPA 3.7/4.0，专业排名前10%）")
    section("实习经历")
    iw = [40, 90, 50]
    row(iw, ["2024.06-2024.09", "澜汀数据科技有限公司（实习）", "推荐算法实习生"])
    para("负责信息流推荐召回模块，引入多兴趣召回与负采样纠偏，线上点击率提升2.3%。")
    row(iw, ["2023.07-2023.09", "青禾优选电子商务有限公司", "数据分析实习生"])
    para("搭建用户留存分析看板，完成三次促销活动的AB实验分析报告。")
    section("科研成果")
    para("[1] 邝雨桐, 方启明, 韩露. 基于多兴趣胶囊网络的序列推荐方法[J]. 计算机研究与发展, 2024, 61(8): 1892-1903.\n"
         "[2] Kuang Y, Fang Q. Denoising Implicit Feedback with Dual-View Contrastive Learning[C]//SIGIR. 2024: "
         "1021-1030.\n"
         "[3] 韩露, 邝雨桐, 方启明. 面向冷启动用户的元学习推荐模型[J]. 软件学报, 2025（已录用）.\n"
         "[4] 邝雨桐, 等. 大语言模型增强的可解释推荐综述[J]. 中文信息学报, 在审.")
    section("获奖情况")
    aw = [40, 140]
    row(aw, ["2024.11", "第七届全国高校推荐算法挑战赛 二等奖"])
    row(aw, ["2023.10", "研究生国家奖学金"])
    row(aw, ["2021.10", "南岭科技大学 校一等奖学金"])
    section("专业技能")
    para("编程语言：Python、C++、SQL；框架：PyTorch、TensorFlow、Spark、Hive；英语：CET-6（562）")
    section("自我评价")
    para("做事踏实，乐于钻研，有良好的团队协作能力，能快速学习新技术。")
    pdf.output(str(folder / name))

    return label(
        name, "邝雨桐", ["Kuang Yutong", "Yutong Kuang"], ["kuangyt@mail.example.cn"], ["+8613905127736"], [],
        [("南岭科技大学", "master", "2022-09", "2025-06"), ("南岭科技大学", "bachelor", "2018-09", "2022-06")],
        [("澜汀数据科技有限公司", "推荐算法实习生", "2024-06", "2024-09"),
         ("青禾优选电子商务有限公司", "数据分析实习生", "2023-07", "2023-09")],
        4, 3,
        [("基于多兴趣胶囊网络的序列推荐方法", "计算机研究与发展", 2024, True, "published",
          ["邝雨桐", "方启明", "韩露"]),
         ("Denoising Implicit Feedback with Dual-View Contrastive Learning", "SIGIR", 2024, True, "published",
          ["Kuang Y", "Fang Q"]),
         ("面向冷启动用户的元学习推荐模型", "软件学报", 2025, False, "accepted", ["韩露", "邝雨桐", "方启明"]),
         ("大语言模型增强的可解释推荐综述", "中文信息学报", None, True, "under review", ["邝雨桐", "等"])],
        [], 3,
        "Chinese WPS-style table resume: title '个 人 简 历' with spaced characters, a bordered info grid "
        "(label/value pairs, two per row, '姓    名' with padding spaces) beside an empty photo box; every "
        "section is a shaded full-width header row followed by bordered cells. Phone grouped with middle dots. "
        "Same university for 硕士（推免） and 本科. One internship as 'Company（实习）' in the org cell. Papers "
        "are GB/T 7714 compact lines ([J]/[C]//) in one cell, one in pinyin ('Kuang Y'), statuses 已录用 "
        "(accepted) and 在审 (under review, no year).",
        language="zh", layout="WPS table with photo box")


def bilingual_headings(folder: Path) -> dict:
    name = "06_bilingual_headings_perception.pdf"
    pdf = new_pdf(cjk=True, margins=(16, 14, 16))
    f = "cjk"
    navy = (25, 45, 95)
    line(pdf, "欧阳景澄  Jingcheng Ouyang", size=18, style="B", family=f, h=9)
    line(pdf, "Tel: (+86) 152-0731-4468  |  Email: jc.ouyang@dcut.example.edu.cn  |  GitHub: github.com/jcouyang-dev",
         size=9, family=f, color=(80, 80, 80))

    def heading(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, size=11.5, style="B", family=f, color=navy, h=6)
        rule(pdf, color=navy, width=0.3)

    def lr(left: str, right: str) -> None:
        left_right(pdf, left, right, size=10, style="B", family=f)

    def txt(t: str, size: float = 9.5) -> None:
        line(pdf, t, size=size, family=f, h=5)

    heading("研究兴趣 / Research Interests")
    txt("3D perception, multi-sensor fusion, autonomous driving, label-efficient learning")
    heading("教育背景 / Education")
    lr("东川理工大学  Dongchuan University of Technology", "2022.09 – 2025.06")
    txt("M.Eng. in Computer Science and Technology  计算机科学与技术 硕士   GPA 3.82/4.0")
    lr("University of Westmarch  (Exchange Student 交换生)", "2021.02 – 2021.06")
    txt("School of Informatics, non-degree exchange semester")
    lr("东川理工大学  Dongchuan University of Technology", "2018.09 – 2022.06")
    txt("B.Eng. in Software Engineering  软件工程 学士   Rank 4/186")
    txt("启明荣誉学院 Qiming Honors College (selective programme, top 3% of intake)")
    heading("科研经历 / Research Experience")
    lr("Research Assistant, Intelligent Perception Lab  智能感知实验室", "2022.09 – present")
    txt("东川理工大学 Dongchuan University of Technology; advisor: Prof. Lan Shen")
    txt("• Camera–radar fusion in bird's-eye view for night driving; led two of the lab's four papers in 2024–25.")
    heading("实习经历 / Internships")
    lr("星河智驾科技  StarRiver AutoDrive", "2024.05 – 2024.10")
    txt("Perception Algorithm Intern 感知算法实习生: occupancy prediction for the parking pilot; "
        "shipped a distilled model running at 28 FPS on the in-car SoC.")
    heading("论文发表 / Publications")
    for p in [
        "[1] J. Ouyang, W. Qiu, L. Shen. Occupancy-aware BEV fusion for low-light driving scenes. In CVPR, 2025.",
        "[2] W. Qiu, J. Ouyang, et al. Temporal radar–camera alignment without calibration targets. IEEE "
        "Transactions on Intelligent Vehicles, 2024.",
        "[3] J. Ouyang*, Y. Bai*, L. Shen. Sparse query distillation for multi-view 3D detection. AAAI, 2025. "
        "(*equal contribution)",
        "[4] J. Ouyang, L. Shen. Uncertainty-guided pseudo-labels for night-time segmentation. Under review at "
        "ECCV 2026.",
    ]:
        txt(p)
        pdf.ln(0.8)
    heading("荣誉奖项 / Honors & Awards")
    for a, yv in [("National Scholarship 国家奖学金", "2024"),
                  ("First Prize, Provincial Undergraduate Robotics Contest 省大学生机器人竞赛一等奖", "2020"),
                  ("Outstanding Graduate, Dongchuan University of Technology 优秀毕业生", "2022")]:
        left_right(pdf, "• " + a, yv, size=9.5, style="", family=f)
    heading("技能 / Skills")
    txt("Python, C++, PyTorch, CUDA, ROS 2, mmdetection3d; English: IELTS 7.5")
    pdf.output(str(folder / name))

    inst = "东川理工大学 Dongchuan University of Technology"
    return label(
        name, "欧阳景澄", ["Jingcheng Ouyang", "欧阳景澄 Jingcheng Ouyang", "Ouyang Jingcheng"],
        ["jc.ouyang@dcut.example.edu.cn"], ["+8615207314468"], ["github.com/jcouyang-dev"],
        [(inst, "master", "2022-09", "2025-06"),
         ("University of Westmarch", "other", "2021-02", "2021-06"),
         (inst, "bachelor", "2018-09", "2022-06")],
        [("Intelligent Perception Lab 智能感知实验室, " + inst, "Research Assistant", "2022-09", "present"),
         ("星河智驾科技 StarRiver AutoDrive", "Perception Algorithm Intern", "2024-05", "2024-10")],
        4, 3,
        [("Occupancy-aware BEV fusion for low-light driving scenes", "CVPR", 2025, True, "published",
          ["J. Ouyang", "W. Qiu", "L. Shen"]),
         ("Temporal radar–camera alignment without calibration targets",
          "IEEE Transactions on Intelligent Vehicles", 2024, False, "published", ["W. Qiu", "J. Ouyang", "et al."]),
         ("Sparse query distillation for multi-view 3D detection", "AAAI", 2025, True, "published",
          ["J. Ouyang*", "Y. Bai*", "L. Shen"]),
         ("Uncertainty-guided pseudo-labels for night-time segmentation", "ECCV", 2026, True, "under review",
          ["J. Ouyang", "L. Shen"])],
        ["3D perception", "multi-sensor fusion", "autonomous driving"], 3,
        "Bilingual CV: every heading is '中文 / English'; name '欧阳景澄  Jingcheng Ouyang' (compound surname); "
        "institution lines carry both the Chinese and English names with the dates right-aligned. Same "
        "university for master and bachelor; an honours-college line (启明荣誉学院 Qiming Honors College) under "
        "the bachelor entry is not a separate degree; a non-degree exchange semester. The lab RA post names "
        "the lab on the title line and the university on the next. Phone '(+86) 152-0731-4468'. Bracket-numbered "
        "papers with 'et al.', equal contribution and 'Under review at ECCV 2026'. Awards have the year "
        "right-aligned.",
        language="bilingual", layout="bilingual headings, single column")


def caps_headings_economist(folder: Path) -> dict:
    name = "07_economist_plain_caps_headings.pdf"
    pdf = new_pdf(serif=True, margins=(22, 18, 22), footer="Ashworth-Nakamura, CV, February 2026")
    body = 10

    def heading(t: str) -> None:
        pdf.ln(5)
        line(pdf, t, size=body, h=5)
        pdf.ln(1.5)

    def g(left: str, right: str) -> None:
        gutter_entry(pdf, left, right, size=body, gutter=26, h=5)
        pdf.ln(0.6)

    line(pdf, "Clementine Ashworth-Nakamura", size=13, h=7)
    line(pdf, "Department of Economics, Harrowgate University, 14 Mill Lane, Harrowgate HG3 7QT, United Kingdom",
         size=body)
    line(pdf, "c.ashworth-nakamura@harrowgate.example.ac.uk     +44 (0)1423 555 218     "
              "ashworthnakamura.example.com", size=body)
    heading("ACADEMIC POSITIONS")
    g("2023–", "Lecturer in Economics, Harrowgate University")
    g("2021–2023", "Postdoctoral Research Fellow, Fenwick Centre for Public Policy, London")
    heading("EDUCATION")
    g("2016–2021", "PhD Economics, Ravensworth School of Economics")
    g("2015–2016", "MSc Economics (Distinction), Ravensworth School of Economics")
    g("2012–2015", "BA (Hons) Philosophy, Politics and Economics, St Aldric's College, University of Wexcombe")
    heading("RESEARCH FIELDS")
    line(pdf, "Public economics, labour economics, applied microeconometrics", size=body)
    heading("PUBLICATIONS")
    line(pdf, "Refereed articles", size=body, style="I")
    pdf.ln(1)
    for p in [
        "Ashworth-Nakamura, C. (2024). Childcare subsidies and the timing of maternal re-employment. Journal "
        "of Public Economics, 231, 105062.",
        "Pereira, D. and Ashworth-Nakamura, C. (2023). Minimum wage spillovers in thin labour markets. "
        "Labour Economics, 84, 102415.",
        "Ashworth-Nakamura, C., Pereira, D. and Tolland, R. (2022). Who gains from in-work benefit reforms? "
        "Evidence from bunching at hours thresholds. Economic Journal, 132(648), 2890-2921.",
    ]:
        line(pdf, p, size=body)
        pdf.ln(1.2)
    line(pdf, "Working papers", size=body, style="I")
    pdf.ln(1)
    for p in [
        "Ashworth-Nakamura, C. and Lowry, H. (2025). Means-tested transfers and household formation. "
        "Revise and resubmit, Review of Economic Studies.",
        "Tolland, R., Ashworth-Nakamura, C. et al. (2025). Local tax salience and property prices. CEPR "
        "Discussion Paper No. 19877.",
    ]:
        line(pdf, p, size=body)
        pdf.ln(1.2)
    line(pdf, "Work in progress", size=body, style="I")
    pdf.ln(1)
    line(pdf, "Ashworth-Nakamura, C. Pension auto-enrolment and the composition of household savings "
              "(data collection ongoing).", size=body)
    heading("GRANTS, HONOURS AND AWARDS")
    g("2024", "Wexcombe Trust Early Career Grant (GBP 48,000)")
    g("2021", "Ravensworth Prize for the best doctoral thesis in economics")
    heading("TEACHING")
    g("2023–", "Public Economics (undergraduate, Harrowgate University)")
    g("2017–2020", "Teaching assistant, Econometrics I, Ravensworth School of Economics")
    heading("REFERENCES")
    line(pdf, "Professor Hartley Quennell, Ravensworth School of Economics, h.quennell@rse.example.ac.uk",
         size=body)
    line(pdf, "Dr Daniela Pereira, Fenwick Centre for Public Policy, d.pereira@fenwick.example.org", size=body)
    pdf.output(str(folder / name))

    return label(
        name, "Clementine Ashworth-Nakamura", [], ["c.ashworth-nakamura@harrowgate.example.ac.uk"],
        ["+441423555218"], ["ashworthnakamura.example.com"],
        [("Ravensworth School of Economics", "phd", "2016", "2021"),
         ("Ravensworth School of Economics", "master", "2015", "2016"),
         ("University of Wexcombe", "bachelor", "2012", "2015")],
        [("Harrowgate University", "Lecturer in Economics", "2023", "present"),
         ("Fenwick Centre for Public Policy", "Postdoctoral Research Fellow", "2021", "2023")],
        6, 4,
        [("Childcare subsidies and the timing of maternal re-employment", "Journal of Public Economics", 2024,
          True, "published", ["C. Ashworth-Nakamura"]),
         ("Minimum wage spillovers in thin labour markets", "Labour Economics", 2023, False, "published",
          ["D. Pereira", "C. Ashworth-Nakamura"]),
         ("Who gains from in-work benefit reforms? Evidence from bunching at hours thresholds",
          "Economic Journal", 2022, True, "published", ["C. Ashworth-Nakamura", "D. Pereira", "R. Tolland"]),
         ("Means-tested transfers and household formation", "Review of Economic Studies", 2025, True,
          "under review", ["C. Ashworth-Nakamura", "H. Lowry"]),
         ("Local tax salience and property prices", "CEPR Discussion Paper", 2025, False, "preprint",
          ["R. Tolland", "C. Ashworth-Nakamura", "et al."]),
         ("Pension auto-enrolment and the composition of household savings", None, None, True,
          "in preparation", ["C. Ashworth-Nakamura"])],
        ["public economics", "labour economics", "applied microeconometrics"], 2,
        "Plain serif CV whose headings are capitals at the body size and weight, set apart only by spacing "
        "(ACADEMIC POSITIONS, RESEARCH FIELDS, GRANTS, HONOURS AND AWARDS). Dates in a left gutter; an "
        "open '2023–' means present. Italic sub-headings under PUBLICATIONS (Refereed articles / Working "
        "papers / Work in progress); author-year economics style, a 'Revise and resubmit' (under review), a "
        "discussion paper (preprint) and an untitled-venue work in progress. The bachelor line names a "
        "college then the university. TEACHING lists courses (not jobs). Two referee e-mails under "
        "REFERENCES are not the candidate's. UK phone '+44 (0)1423 555 218'.",
        layout="single column, headings only by capitals and spacing")


def industry_skills_first(folder: Path) -> dict:
    name = "08_backend_engineer_skills_first.pdf"
    pdf = new_pdf(margins=(15, 12, 15))
    line(pdf, "Rafael Quintanilla-Moss", size=16, style="B", h=8)
    line(pdf, "Backend Engineer · Austin, TX · rafa.qm@postbox.example.com · 512·555·0164 · "
              "linkedin.com/in/rquintanillamoss", size=9)
    pdf.ln(2)

    def heading(t: str) -> None:
        pdf.ln(2.5)
        line(pdf, t, size=10.5, style="B", h=5.5)
        rule(pdf, width=0.3)

    heading("SKILLS")
    for k, v in [("Languages", "Go, Python, TypeScript, SQL"),
                 ("Infrastructure", "Kubernetes, Terraform, AWS (ECS, DynamoDB, SQS), PostgreSQL, Kafka, Redis"),
                 ("Practices", "API design, event sourcing, on-call leadership, load testing, incident reviews")]:
        gutter_entry(pdf, k, v, size=9.5, gutter=34, lstyle="B", h=5)
    heading("EXPERIENCE")
    for org, title, dates, bullets in [
        ("Brightwater Health Tech", "Senior Software Engineer, Platform", "04/2022 – Present",
         ["Led the move of claims intake from a monolith to 14 Go services; p99 latency 1.8 s to 240 ms.",
          "Designed the idempotent event pipeline (Kafka + outbox) now used by six teams."]),
        ("Tollgate Freight Systems", "Software Engineer II", "01/2020 – 03/2022",
         ["Owned the rate-quote API (9k requests/s peak); cut AWS spend by 31% with request coalescing."]),
        ("Tollgate Freight Systems", "Software Engineer", "07/2018 – 12/2019",
         ["Built carrier onboarding flows in TypeScript and PostgreSQL."]),
    ]:
        left_right(pdf, f"{org} — {title}", dates, size=10, style="B")
        for b in bullets:
            line(pdf, "–  " + b, size=9.3, h=4.7)
        pdf.ln(1.5)
    left_right(pdf, "Juniper Lane Bank (Intern)", "06/2017 – 08/2017", size=10, style="B")
    line(pdf, "–  Payments reconciliation team: rewrote a nightly batch job in Python, from 3 h to 20 min.",
         size=9.3, h=4.7)
    heading("EDUCATION")
    left_right(pdf, "Westmere State University — B.S. Computer Science", "2014 – 2018", size=10, style="B")
    line(pdf, "Honors College, Westmere State University · minor in Mathematics · GPA 3.7", size=9.3)
    heading("PROJECTS")
    line(pdf, "pgshard — open-source Go library for tenant-aware PostgreSQL sharding (1.2k GitHub stars).",
         size=9.3)
    heading("CERTIFICATIONS")
    line(pdf, "AWS Certified Solutions Architect – Associate (2021)", size=9.3)
    pdf.output(str(folder / name))

    return label(
        name, "Rafael Quintanilla-Moss", [], ["rafa.qm@postbox.example.com"], ["+15125550164"],
        ["linkedin.com/in/rquintanillamoss"],
        [("Westmere State University", "bachelor", "2014", "2018")],
        [("Brightwater Health Tech", "Senior Software Engineer, Platform", "2022-04", "present"),
         ("Tollgate Freight Systems", "Software Engineer II", "2020-01", "2022-03"),
         ("Tollgate Freight Systems", "Software Engineer", "2018-07", "2019-12"),
         ("Juniper Lane Bank", "Intern", "2017-06", "2017-08")],
        0, 0, [], [], 0,
        "Industry resume: name alone on the first line, the job title, city, e-mail, a phone grouped with "
        "middle dots (512·555·0164, US) and LinkedIn on the second. SKILLS comes first as label/value rows. "
        "Experience lines are 'Org — Title' with MM/YYYY dates right-aligned; two consecutive titles at the "
        "same employer (a promotion); an 'Org (Intern)' line with no other title. An 'Honors College, "
        "University' line under the only degree is not a second degree. Projects and a certification are "
        "neither jobs nor awards.",
        layout="single column, skills first")
