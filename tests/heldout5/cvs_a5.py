"""PDF CVs of invented people: an imaging PhD candidate (IEEE numbered lists restarting under
sub-headings, homepage only in the running footer), a Chinese master's student (简历 with
unusual headings and compact paper lines) and an awesome-cv-like SRE resume."""
from __future__ import annotations

from pathlib import Path

from kit5 import gutter_entry, label, left_right, line, new_pdf, rule


def imaging_phd(out: Path) -> dict:
    f = "01_imaging_phd_ieee_numbered.pdf"
    pdf = new_pdf(serif=True, footer="Ansel F. Quist  ·  Curriculum Vitae  ·  https://aquist.example.io")
    line(pdf, "Ansel Ferreira Quist", size=19, style="B", h=9, align="C")
    line(pdf, "Ph.D. Candidate, Electrical and Computer Engineering", size=10, align="C")
    line(pdf, "ansel.quist@umich.example.edu  |  +1 (734) 555-0162  |  github.com/aquist", size=9, align="C")

    def head(t: str) -> None:
        pdf.ln(3)
        line(pdf, t, size=12, style="B")
        rule(pdf)

    def sub(t: str) -> None:
        pdf.ln(1)
        line(pdf, t, size=10.5, style="BI")

    head("Research Interests")
    line(pdf, "Computational imaging, inverse problems, and signal processing with learned priors.")
    head("Education")
    for inst, when, deg in [
        ("University of Michigan, Ann Arbor, MI", "2021 – present",
         "Ph.D. in Electrical and Computer Engineering (expected 2026). Advisor: Prof. Rukayat Oyelaran"),
        ("University of Michigan, Ann Arbor, MI", "2019 – 2021", "M.S. in Electrical and Computer Engineering"),
        ("Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil", "2014 – 2019",
         "B.Sc. in Electrical Engineering, with a year abroad at Politecnico di Torino"),
    ]:
        left_right(pdf, inst, when)
        line(pdf, deg, style="I")
    head("Research and Industry Experience")
    for org, when, title, what in [
        ("Google Research, Mountain View, CA", "Jun 2024 – Sep 2024", "Student Researcher",
         "Diffusion-based priors for low-light burst photography."),
        ("NVIDIA, Santa Clara, CA", "May 2023 – Aug 2023", "Deep Learning Intern",
         "Unrolled reconstruction networks for cryo-electron tomography."),
        ("University of Michigan, Ann Arbor", "Sep 2021 – present", "Graduate Student Research Assistant",
         "Plug-and-play and score-based methods for phase retrieval."),
    ]:
        left_right(pdf, org, when)
        line(pdf, title, style="I")
        line(pdf, "•  " + what, size=9.5)
    head("Publications and Submitted Manuscripts")
    groups = {
        "Journal Articles": [
            "A. F. Quist, M. Tan, and R. Oyelaran, \u201cSparse phase retrieval with learned unrolled priors,\u201d "
            "IEEE Trans. Signal Process., vol. 72, pp. 1123\u20131137, 2024.",
            "L. Becker, A. F. Quist, and R. Oyelaran, \u201cLow-rank tensor recovery for dynamic MRI,\u201d "
            "IEEE Trans. Med. Imag., vol. 42, no. 9, pp. 2550\u20132561, 2023.",
            "A. F. Quist and R. Oyelaran, \u201cConvergence of plug-and-play ADMM under weak convexity,\u201d "
            "SIAM J. Imaging Sci., to appear, 2025.",
        ],
        "Conference Papers": [
            "A. F. Quist, J. Whitcombe, and R. Oyelaran, \u201cDiffusion priors for blind deconvolution,\u201d in "
            "Proc. IEEE Int. Conf. Acoust., Speech, Signal Process. (ICASSP), Seoul, Korea, 2024, pp. 4410\u20134414.",
            "M. Tan, A. F. Quist, L. Becker, J. Whitcombe, et al., \u201cEquivariant unrolling for synthetic aperture "
            "radar imaging,\u201d in Proc. Adv. Neural Inf. Process. Syst. (NeurIPS), 2023.",
            "A. F. Quist, M. Tan, and R. Oyelaran, \u201cSelf-supervised denoising for photon-limited microscopy,\u201d "
            "in Proc. IEEE Int. Symp. Biomed. Imaging (ISBI), 2022, pp. 1\u20135.",
            "A. F. Quist and R. Oyelaran, \u201cLearning step sizes for proximal gradient methods,\u201d in ICML "
            "Workshop on Continuous-Time Methods for Machine Learning, 2022.",
        ],
        "Submitted Manuscripts": [
            "A. F. Quist, L. Becker, and R. Oyelaran, \u201cScore-based phase retrieval at scale,\u201d submitted to "
            "IEEE Trans. Image Process., 2025 (under review).",
            "J. Whitcombe, A. F. Quist, and R. Oyelaran, \u201cA benchmark suite for computational imaging inverse "
            "problems,\u201d in preparation.",
        ],
    }
    for sub_head, items in groups.items():
        sub(sub_head)
        for i, ref in enumerate(items, 1):
            gutter_entry(pdf, f"[{i}]", ref, size=9.5, gutter=9, h=4.6)
            pdf.ln(0.8)
    head("Honors and Awards")
    for a in ["Rackham Predoctoral Fellowship, University of Michigan, 2025",
              "Best Student Paper Award finalist, ISBI 2022",
              "CAPES Undergraduate Exchange Scholarship, 2017"]:
        line(pdf, "•  " + a)
    head("Skills")
    line(pdf, "Python, PyTorch, JAX, MATLAB, C++; HPC clusters (Slurm); LaTeX.")
    pdf.output(str(out / f))
    return label(
        f, "Ansel Ferreira Quist", ["Ansel F. Quist"], ["ansel.quist@umich.example.edu"], ["+17345550162"],
        ["aquist.example.io", "github.com/aquist"],
        [("University of Michigan", "phd", "2021", "present"),
         ("University of Michigan", "master", "2019", "2021"),
         ("Universidade Federal de Minas Gerais", "bachelor", "2014", "2019")],
        [("Google Research", "Student Researcher", "2024-06", "2024-09"),
         ("NVIDIA", "Deep Learning Intern", "2023-05", "2023-08"),
         ("University of Michigan", "Graduate Student Research Assistant", "2021-09", "present")],
        9, 6,
        [("Sparse phase retrieval with learned unrolled priors", "IEEE Trans. Signal Process.", 2024, True,
          "published"),
         ("Convergence of plug-and-play ADMM under weak convexity", "SIAM J. Imaging Sci.", 2025, True, "accepted"),
         ("Diffusion priors for blind deconvolution", "ICASSP", 2024, True, "published"),
         ("Equivariant unrolling for synthetic aperture radar imaging", "NeurIPS", 2023, False, "published"),
         ("Learning step sizes for proximal gradient methods", "ICML Workshop", 2022, True, "published"),
         ("Score-based phase retrieval at scale", "IEEE Trans. Image Process.", 2025, True, "under review"),
         ("A benchmark suite for computational imaging inverse problems", None, None, False, "in preparation")],
        ["computational imaging", "inverse problems"], 3,
        "Heading 'Publications and Submitted Manuscripts' with three sub-headings; IEEE numbers [1].. in "
        "their own column restart under each sub-heading (9 papers in all, not 4). Homepage appears only in "
        "the running footer. Same university printed twice for PhD and MS. 'to appear' = accepted.")


def zh_master(out: Path) -> dict:
    f = "02_zh_master_jianli.pdf"
    pdf = new_pdf(cjk=True)

    def zh(t: str, size: float = 10, h: float = 5.6) -> None:
        line(pdf, t, size=size, h=h, family="cjk")

    def head(t: str) -> None:
        pdf.ln(2.5)
        pdf.set_fill_color(28, 74, 128)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("cjk", "", 11.5)
        pdf.cell(0, 6.5, "  " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    zh("王思远 简历", size=20, h=11)
    zh("电话：(+86) · 157 · 2046 · 8813     邮箱：siyuan.wang@stu.example.edu.cn", size=9.5)
    zh("求职意向：计算机视觉算法工程师（实习/校招）", size=9.5)
    head("基本信息")
    zh("性别：男    出生年月：2001.05    籍贯：湖南长沙    政治面貌：共青团员")
    head("毕业院校")
    left_right(pdf, "华中科技大学    人工智能与自动化学院", "2024.09 —", family="cjk", style="")
    zh("硕士研究生 · 控制科学与工程（预计2027年毕业）    导师：陈立群 教授")
    left_right(pdf, "华中科技大学    人工智能与自动化学院", "2020.09 — 2024.06", family="cjk", style="")
    zh("工学学士 · 自动化    GPA：3.72/4.00（专业前10%）")
    head("项目与实习经历")
    pdf.set_font("cjk", "", 10)
    x0 = pdf.l_margin
    y = pdf.get_y()
    for x, w, t in [(x0, 60, "字节跳动"), (x0 + 60, 60, "计算机视觉算法实习生")]:
        pdf.set_xy(x, y)
        pdf.cell(w, 5.6, t)
    pdf.set_xy(x0 + 150, y)
    pdf.multi_cell(40, 5.6, "2025.01 ~\n2025.05", align="R", new_x="LMARGIN", new_y="NEXT")
    zh("• 负责短视频封面质量评估模型的训练与部署，线上点击率提升2.1%", size=9.5)
    zh("美团 | 视觉算法实习生 | 2024.07 – 2024.09")
    zh("• 外卖商品图像的细粒度检索，参与构建千万级图像索引", size=9.5)
    left_right(pdf, "华为技术有限公司(实习) 深圳", "2023.07 – 2023.08", family="cjk", style="")
    zh("软件开发实习生")
    zh("• 参与基站日志分析工具的开发（Python、Elasticsearch）", size=9.5)
    left_right(pdf, "基于多模态大模型的工业缺陷检测（国家自然科学基金青年项目）", "2024.10 – 至今",
               family="cjk", style="")
    zh("项目骨干    指导老师：陈立群 教授")
    zh("• 提出频域提示的轻量化分割网络，在PCB数据集上mIoU提升3.4个百分点", size=9.5)
    head("发表文献和报告")
    for p in [
        "IROS2025,Lightweight Defect Segmentation with Frequency Prompts(一作)2025.03",
        "自动化学报2024,基于图神经网络的工业时序异常检测方法(二作)2024.06",
        "ICASSP2025,Cross-Domain Few-Shot Surface Defect Detection(一作,在审)2025.01",
        "报告：第十届全国工业视觉学术研讨会，口头报告《小样本缺陷检测》2024.11",
    ]:
        zh(p)
    head("技术技能")
    zh("编程语言：Python、C++、CUDA；框架：PyTorch、MMDetection、TensorRT；工具：Git、Docker、Linux")
    zh("英语：CET-6（586）")
    head("荣誉奖项")
    for a in ["2022  国家奖学金", "2022  全国大学生数学建模竞赛 湖北赛区一等奖", "2021  华中科技大学三好学生"]:
        zh(a)
    pdf.output(str(out / f))
    return label(
        f, "王思远", ["Siyuan Wang", "Wang Siyuan"], ["siyuan.wang@stu.example.edu.cn"], ["+8615720468813"], [],
        [("华中科技大学", "master", "2024-09", "2027"),
         ("华中科技大学", "bachelor", "2020-09", "2024-06")],
        [("字节跳动", "计算机视觉算法实习生", "2025-01", "2025-05"),
         ("美团", "视觉算法实习生", "2024-07", "2024-09"),
         ("华为技术有限公司", "软件开发实习生", "2023-07", "2023-08")],
        3, 2,
        [("Lightweight Defect Segmentation with Frequency Prompts", "IROS", 2025, True, "published"),
         ("基于图神经网络的工业时序异常检测方法", "自动化学报", 2024, False, "published"),
         ("Cross-Domain Few-Shot Surface Defect Detection", "ICASSP", 2025, True, "under review")],
        [], 3,
        "Name line is '王思远 简历'. Phone grouped with middle dots. 毕业院校 = education, same university "
        "twice; master's end is the expected graduation 预计2027年毕业. 项目与实习经历 mixes three internships "
        "(one as 'Company | Role | dates', one in columns with the date wrapped '2025.01 ~' / '2025.05', one "
        "as 'Org(实习) City' + role on next line) with a funded research project that is not a job. "
        "发表文献和报告 holds three compact paper lines and one talk (not a paper).")


def sre_awesome(out: Path) -> dict:
    f = "03_sre_awesome_cv.pdf"
    pdf = new_pdf(fmt="Letter")
    accent = (220, 56, 45)
    pdf.set_font("main", "", 26)
    pdf.set_text_color(120, 120, 120)
    first_w = pdf.get_string_width("Lucía ")
    pdf.set_font("main", "B", 26)
    total = first_w + pdf.get_string_width("Ferrand")
    pdf.set_x((pdf.w - total) / 2)
    pdf.set_font("main", "", 26)
    pdf.write(11, "Lucía ")
    pdf.set_font("main", "B", 26)
    pdf.set_text_color(0, 0, 0)
    pdf.write(11, "Ferrand")
    pdf.ln(12)
    line(pdf, "SENIOR SITE RELIABILITY ENGINEER · PLATFORM", size=8.5, align="C", color=accent)
    line(pdf, "\u2709 lucia.ferrand@example.dev  |  \u260e (+34) 611 20 48 93  |  \u2302 ferrand.example.dev  |  "
         "\u2387 github.com/lferrand", size=8.5, align="C")

    def head(t: str) -> None:
        pdf.ln(3)
        pdf.set_font("main", "B", 13)
        pdf.set_text_color(*accent)
        pdf.write(7, t[:3])
        pdf.set_text_color(0, 0, 0)
        pdf.write(7, t[3:])
        pdf.ln(7)
        rule(pdf, color=(160, 160, 160))

    def entry(org: str, where: str, title: str, when: str, bullets: list[str]) -> None:
        left_right(pdf, org, where, size=10.5, rstyle="I", color=accent)
        left_right(pdf, title.upper(), when, size=8, style="", rstyle="I", color=(110, 110, 110))
        for b in bullets:
            line(pdf, "\u2022 " + b, size=9)
        pdf.ln(1)

    head("Summary")
    line(pdf, "SRE with eight years running payment and logistics platforms; Kubernetes, Terraform and "
         "observability at scale. Led the migration of 400 services to a multi-region mesh.", size=9.5)
    head("Experience")
    entry("Cobaltline Payments", "Barcelona, Spain", "Senior Site Reliability Engineer", "Mar. 2022 - Present",
          ["Own the SLO program for card authorisation (99.995%); cut pages per on-call week from 31 to 6.",
           "Designed the multi-region failover runbooks used during the 2024 provider outage."])
    entry("Ternwave Logistics", "Madrid, Spain", "Software Engineer, Infrastructure", "Jul. 2018 - Feb. 2022",
          ["Built the Terraform module library adopted by 23 teams.",
           "Migrated batch routing jobs from cron hosts to Kubernetes CronJobs."])
    entry("Institut Tecnològic de Catalunya", "Barcelona, Spain", "Research Assistant (part-time)",
          "Sep. 2016 - Jun. 2018", ["Packet-capture tooling for a campus network measurement study."])
    head("Education")
    entry("Universitat Politècnica de València", "Valencia, Spain", "M.Sc. in Computer Engineering",
          "Sep. 2016 - Jun. 2018", ["Thesis: Tail-latency aware autoscaling for stateful services."])
    entry("Universitat Politècnica de València", "Valencia, Spain", "B.Sc. in Computer Engineering",
          "Sep. 2012 - Jul. 2016", [])
    head("Honors & Awards")
    for when, what, where in [("2023", "Speaker, SREcon EMEA (Dublin)", "Talk"),
                              ("2021", "Ternwave Engineering Excellence Award", "Company award"),
                              ("2016", "Best Bachelor Thesis in Networks, UPV", "University award")]:
        gutter_entry(pdf, when, f"{what}  —  {where}", size=9, gutter=16)
    head("Skills")
    gutter_entry(pdf, "Infra", "Kubernetes, Terraform, Envoy, Istio, AWS, GCP", size=9, gutter=30, lstyle="B")
    gutter_entry(pdf, "Code", "Go, Python, Bash, SQL", size=9, gutter=30, lstyle="B")
    gutter_entry(pdf, "Observability", "Prometheus, Grafana, OpenTelemetry", size=9, gutter=30, lstyle="B")
    pdf.output(str(out / f))
    return label(
        f, "Lucía Ferrand", [], ["lucia.ferrand@example.dev"], ["+34611204893"],
        ["ferrand.example.dev", "github.com/lferrand"],
        [("Universitat Politècnica de València", "master", "2016-09", "2018-06"),
         ("Universitat Politècnica de València", "bachelor", "2012-09", "2016-07")],
        [("Cobaltline Payments", "Senior Site Reliability Engineer", "2022-03", "present"),
         ("Ternwave Logistics", "Software Engineer, Infrastructure", "2018-07", "2022-02"),
         ("Institut Tecnològic de Catalunya", "Research Assistant (part-time)", "2016-09", "2018-06")],
        0, None, [], [], 3,
        "awesome-cv look: first name light grey and surname bold on one line; headings with the first three "
        "letters in the accent colour; organisation + location row, then upper-case title + dates row. Contact "
        "items preceded by icon glyphs. No publications (a talk is listed as an honour, counted as one award).")
