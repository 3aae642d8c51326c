"""PDF CVs of invented people: a vision PhD graduate, a bilingual Chinese applicant,
a statistics PhD student with LaTeX-style dates in the left margin."""
from __future__ import annotations

from pathlib import Path

from kit4 import label, new_pdf, pdf_left_right, pdf_line, pdf_margin_entry, pdf_rule


def _head(pdf, text: str) -> None:
    pdf.ln(2)
    pdf_line(pdf, text.upper(), size=11, style="B")
    pdf_rule(pdf)


def vision_phd(out: Path) -> dict:
    f = "01_vision_phd_venuetags.pdf"
    pdf = new_pdf()
    pdf_line(pdf, "Kiran Velasquez", size=20, style="B", h=9)
    pdf_line(pdf, "kiran.velasquez@cs.example.edu  ·  +1 (412) 555-0187  ·  kvelasquez.example.io  ·  github.com/kvelasq", size=9)
    _head(pdf, "Education")
    pdf_left_right(pdf, "Carnegie Mellon University, Pittsburgh, PA", "Aug 2019 – May 2025")
    pdf_line(pdf, "Ph.D. in Robotics. Advisor: Prof. Helena Struthers.")
    pdf_line(pdf, "Thesis: Geometry-aware representations for dense visual correspondence.", style="I")
    pdf_left_right(pdf, "Universidad de los Andes, Bogotá, Colombia", "2014 – 2019")
    pdf_line(pdf, "B.Sc. in Electrical Engineering, summa cum laude. GPA 4.6/5.0")
    _head(pdf, "Experience")
    for org, period, title, detail in [
        ("Lumen Robotics", "Jun 2025 – Present", "Research Scientist",
         "Foundation models for 3D perception on warehouse robots."),
        ("Meta Reality Labs, Redmond, WA", "May 2023 – Aug 2023", "Research Scientist Intern",
         "Egocentric depth completion; work published at ECCV 2024."),
        ("Adobe Research, San Jose, CA", "Jun 2022 – Sep 2022", "Research Intern",
         "Learned lens calibration for consumer multi-camera rigs."),
        ("Carnegie Mellon University, Robotics Institute", "Aug 2019 – May 2025", "Graduate Research Assistant",
         "Self-supervised correspondence, scene flow and depth."),
    ]:
        pdf_left_right(pdf, org, period)
        pdf_line(pdf, title, style="I")
        pdf_line(pdf, "–  " + detail, size=9)
    _head(pdf, "Publications")
    pdf_line(pdf, "* denotes equal contribution", size=8, style="I")
    pubs = [
        ("[CVPR'24]", "DenseFlowNet: Geometry-Aware Correspondence at Scale.", "K. Velasquez, P. Andersen, H. Struthers."),
        ("[ECCV'24]", "Learning Occlusion Boundaries from Video without Labels.", "R. Thorne*, K. Velasquez*, H. Struthers."),
        ("[arXiv'25]", "Towards Metric Correspondence from a Single Image.", "K. Velasquez, M. Ortiz, H. Struthers."),
        ("[NeurIPS'23]", "Sparse Voxel Transformers for Scene Flow.", "L. Moreau, K. Velasquez, A. Ibe, H. Struthers."),
        ("[ICCV'23]", "Self-Supervised Depth Estimation under Rolling Shutter.", "K. Velasquez, H. Struthers."),
        ("[3DV'22]", "Neural Surface Stitching for Multi-View Capture.", "S. Han, K. Velasquez."),
        ("[WACV'22]", "Calibrating Fisheye Rigs with Learned Priors.", "K. Velasquez, D. Roa."),
        ("[CVPRW'21]", "Event Cameras for Low-Light Feature Tracking.", "K. Velasquez, J. Pardo."),
    ]
    for tag, title, authors in pubs:
        pdf_line(pdf, f"{tag} {title} {authors}", size=9.5)
        pdf.ln(1)
    _head(pdf, "Awards")
    for a in ["Outstanding Reviewer, CVPR 2024", "Qualcomm Innovation Fellowship Finalist, 2023",
              "CMU Presidential Fellowship, 2019"]:
        pdf_line(pdf, "•  " + a)
    _head(pdf, "Teaching")
    pdf_line(pdf, "Teaching Assistant, 16-385 Computer Vision (Spring 2021, Spring 2022)")
    _head(pdf, "Invited Talks")
    pdf_line(pdf, "Dense correspondence without labels. Vision seminar, ETH Zürich, Nov 2024.")
    pdf_line(pdf, "Geometry meets learning. Bay Area Vision Meeting, Oct 2023.")
    _head(pdf, "Service")
    pdf_line(pdf, "Reviewer: CVPR, ICCV, ECCV, NeurIPS, TPAMI. Organizer, 3D Vision reading group (2021–2024).")
    _head(pdf, "Skills")
    pdf_line(pdf, "Python, PyTorch, JAX, CUDA, C++, COLMAP, Open3D, ROS")
    pdf.output(str(out / f))
    return label(
        f, "Kiran Velasquez", [], ["kiran.velasquez@cs.example.edu"], ["+14125550187"],
        ["kvelasquez.example.io", "github.com/kvelasq"],
        [("Carnegie Mellon University", "phd", "2019-08", "2025-05"),
         ("Universidad de los Andes", "bachelor", "2014", "2019")],
        [("Lumen Robotics", "Research Scientist", "2025-06", "present"),
         ("Meta Reality Labs", "Research Scientist Intern", "2023-05", "2023-08"),
         ("Adobe Research", "Research Intern", "2022-06", "2022-09"),
         ("Carnegie Mellon University", "Graduate Research Assistant", "2019-08", "2025-05")],
        8, 6,
        [("DenseFlowNet: Geometry-Aware Correspondence at Scale", "CVPR", 2024),
         ("Learning Occlusion Boundaries from Video without Labels", "ECCV", 2024),
         ("Sparse Voxel Transformers for Scene Flow", "NeurIPS", 2023),
         ("Event Cameras for Low-Light Feature Tracking", "CVPR Workshop", 2021)],
        [], 3,
        "Two pages; header is name + one contact line; publications lead with a venue tag "
        "[VENUE'YY]; equal contribution (*) with the first author counts as first author. "
        "Talks and teaching are not publications or jobs.")


def chinese_bilingual(out: Path) -> dict:
    f = "02_bilingual_zh_en_applicant.pdf"
    pdf = new_pdf(cjk=True)

    def zh(text: str, size: float = 10, h: float = 5.5) -> None:
        pdf_line(pdf, text, size=size, h=h, family="cjk")

    def head(text: str) -> None:
        pdf.ln(2)
        zh(text, size=13, h=7)
        pdf_rule(pdf)

    zh("李明轩  Mingxuan Li", size=20, h=10)
    zh("电话 Tel: +86 139 1234 5678   |   邮箱 Email: mingxuan.li@mails.example.cn", size=9.5)
    zh("主页 Homepage: https://limx.example.cn", size=9.5)
    head("研究兴趣 Research Interests")
    zh("自然语言处理 Natural Language Processing；知识图谱 Knowledge Graphs；检索增强生成 Retrieval-Augmented Generation")
    head("教育背景 Education")
    zh("2021.09 – 至今      清华大学 Tsinghua University    计算机科学与技术系 Dept. of Computer Science and Technology")
    zh("                       博士研究生 Ph.D. Candidate    导师 Advisor: 张伟 教授 Prof. Wei Zhang")
    zh("2017.09 – 2021.06   浙江大学 Zhejiang University    软件学院 College of Software")
    zh("                       工学学士 B.Eng. in Software Engineering    GPA: 3.86/4.00 (排名 Rank 3/152)")
    head("科研与实习经历 Research & Internship Experience")
    zh("2023.07 – 2023.12   微软亚洲研究院 Microsoft Research Asia    研究实习生 Research Intern")
    zh("    • 面向长文档的检索增强问答 Retrieval-augmented QA over long documents")
    zh("2020.07 – 2020.09   阿里巴巴达摩院 Alibaba DAMO Academy    算法实习生 Algorithm Intern")
    zh("    • 电商知识图谱实体对齐 Entity alignment for e-commerce knowledge graphs")
    head("发表论文 Publications")
    zh("(* 共同第一作者 equal contribution)", size=8.5)
    for p in [
        "[1] Mingxuan Li, Wei Zhang, Hao Chen. Faithful Retrieval-Augmented Generation with Evidence Chains. "
        "In Proceedings of ACL 2024.",
        "[2] Yutong Sun*, Mingxuan Li*, Wei Zhang. Temporal Knowledge Graph Completion via Event Prompts. "
        "In Proceedings of EMNLP 2023.",
        "[3] Wei Zhang, Mingxuan Li. Few-Shot Relation Extraction with Type Constraints. AAAI 2023.",
        "[4] 李明轩, 张伟. 基于知识图谱的开放域问答方法研究. 计算机学报, 2022, 45(3): 512-525.",
    ]:
        zh(p)
        pdf.ln(0.5)
    head("获奖情况 Honors & Awards")
    for a in ["2023   国家奖学金 National Scholarship for Graduate Students",
              "2022   清华大学优秀研究生 Outstanding Graduate Student, Tsinghua University",
              "2020   ACM-ICPC 亚洲区域赛银奖 ACM-ICPC Asia Regional Contest, Silver Medal"]:
        zh(a)
    head("专业技能 Skills")
    zh("Python, PyTorch, C++, Neo4j;  英语 English: CET-6 (612), TOEFL 108")
    pdf.output(str(out / f))
    return label(
        f, "李明轩", ["Mingxuan Li", "Li Mingxuan", "李明轩 Mingxuan Li"],
        ["mingxuan.li@mails.example.cn"], ["+8613912345678"], ["limx.example.cn"],
        [("清华大学 Tsinghua University", "phd", "2021-09", "present"),
         ("浙江大学 Zhejiang University", "bachelor", "2017-09", "2021-06")],
        [("微软亚洲研究院 Microsoft Research Asia", "Research Intern", "2023-07", "2023-12"),
         ("阿里巴巴达摩院 Alibaba DAMO Academy", "Algorithm Intern", "2020-07", "2020-09")],
        4, 3,
        [("Faithful Retrieval-Augmented Generation with Evidence Chains", "ACL", 2024),
         ("Temporal Knowledge Graph Completion via Event Prompts", "EMNLP", 2023),
         ("基于知识图谱的开放域问答方法研究", "计算机学报", 2022)],
        ["Natural Language Processing", "Knowledge Graphs"], 3,
        "Bilingual headings (Chinese then English); dates as YYYY.MM with 至今 = present; "
        "institutions printed in both scripts (label is the printed pair, matching either half by "
        "containment); one Chinese-language journal paper; advisor name is not an author list.")


def stats_phd(out: Path) -> dict:
    f = "03_stats_phd_margin_dates.pdf"
    pdf = new_pdf(serif=True)
    pdf_line(pdf, "Margarethe (Greta) Vollmer", size=18, align="C", h=9)
    pdf_line(pdf, "Department of Statistics, University of Washington, Box 354322, Seattle, WA 98195", size=9, align="C")
    pdf_line(pdf, "gvollmer@stat.example.edu  ·  gretavollmer.example.com  ·  +1 206 555 0116", size=9, align="C")

    def head(text: str) -> None:
        pdf.ln(3)
        pdf_line(pdf, text, size=12, style="B", h=6)

    head("Research interests")
    pdf_margin_entry(pdf, "", "Conformal inference, sequential testing, causal inference, semiparametric statistics.")
    head("Education")
    pdf_margin_entry(pdf, "2021–", "Ph.D. in Statistics, University of Washington, Seattle.\nAdvisor: Daniel Okoro.")
    pdf_margin_entry(pdf, "2019–21", "M.Sc. in Mathematics, ETH Zürich. Thesis: Concentration for U-statistics under mixing.")
    pdf_margin_entry(pdf, "2016–19", "B.Sc. in Mathematics, Ludwig-Maximilians-Universität München.")
    head("Employment")
    pdf_margin_entry(pdf, "Summer 2024", "Quantitative Research Intern, Two Sigma, New York.")
    pdf_margin_entry(pdf, "2021–", "Research Assistant, Department of Statistics, University of Washington.")
    pdf_margin_entry(pdf, "2018–19", "Student Research Assistant, Chair of Mathematical Statistics, LMU Munich.")
    head("Papers")
    pdf_line(pdf, "Published", style="I")
    for p in [
        "Vollmer, M. and Okoro, D. (2024). Conformal prediction under covariate shift with estimated "
        "weights. Journal of the American Statistical Association, 119(546), 1021–1033.",
        "Lindqvist, H., Vollmer, M., and Okoro, D. (2023). Sequential testing with e-values for online "
        "A/B experiments. Biometrika, 110(4), 887–902.",
        "Vollmer, M. (2022). A note on the bootstrap for U-statistics of dependent data. Statistics & "
        "Probability Letters, 185, 109421.",
    ]:
        pdf_margin_entry(pdf, "", p)
    pdf_line(pdf, "Submitted", style="I")
    pdf_margin_entry(pdf, "", "Vollmer, M., Chen, R., and Okoro, D. (2025). Doubly robust inference for "
                             "survival outcomes with missing covariates. arXiv:2503.04417.")
    head("Honours")
    pdf_margin_entry(pdf, "2023", "IMS Hannan Graduate Student Travel Award.")
    pdf_margin_entry(pdf, "2021", "Top Scholar Fellowship, University of Washington.")
    pdf_margin_entry(pdf, "2021", "ETH Medal for an outstanding Master's thesis.")
    head("Computing")
    pdf_margin_entry(pdf, "", "R (author of the package cfshift), Python, Stan, C++.")
    pdf.output(str(out / f))
    return label(
        f, "Margarethe Vollmer", ["Greta Vollmer", "Margarethe Greta Vollmer"],
        ["gvollmer@stat.example.edu"], ["+12065550116"], ["gretavollmer.example.com"],
        [("University of Washington", "phd", "2021", "present"),
         ("ETH Zürich", "master", "2019", "2021"),
         ("Ludwig-Maximilians-Universität München", "bachelor", "2016", "2019")],
        [("Two Sigma", "Quantitative Research Intern", "2024", "2024"),
         ("University of Washington", "Research Assistant", "2021", "present"),
         ("LMU Munich", "Student Research Assistant", "2018", "2019")],
        4, 3,
        [("Conformal prediction under covariate shift with estimated weights",
          "Journal of the American Statistical Association", 2024),
         ("Sequential testing with e-values for online A/B experiments", "Biometrika", 2023),
         ("Doubly robust inference for survival outcomes with missing covariates", "arXiv", 2025)],
        ["conformal inference", "causal inference"], 3,
        "LaTeX look: dates alone in a left gutter ('2021–' open-ended = present, '2019–21' two-digit "
        "end); nickname in parentheses; author-year statistics references; 'Summer 2024' read as "
        "2024–2024.")
