"""Builders 07-08: billryan/resume in Chinese (bibtex IEEEtran) and imprecv (Typst + YAML). Invented people."""
from __future__ import annotations

import json
from pathlib import Path

from cvs_a9 import bib_entry
from kit9 import SRC, label, write_src, xelatex


def billryan_zh_master(files: Path) -> dict:
    """07: billryan/resume (Chinese, xeCJK), papers from a .bib typeset by bibtex with IEEEtran."""
    fn = "07_zh_cv_master_billryan_ieeetran_bibtex.pdf"
    # key, kind, fields, title, venue label, year, first, status, authors as printed
    pubs = [
        ("wen2024, ", "inproceedings",
         {"author": "Wen, Yining and Li, Muchuan and Gu, Hanqing", "booktitle": "Proc. IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
          "title": "{Masked} Token Pruning for Efficient Video Instance Segmentation", "year": "2024", "pages": "18211--18220"},
         "Masked Token Pruning for Efficient Video Instance Segmentation", "CVPR", 2024, True, "published",
         ["Y. Wen", "M. Li", "H. Gu"]),
        ("li2023", "article",
         {"author": "Li, Muchuan and Wen, Yining and Gu, Hanqing", "journal": "IEEE Transactions on Image Processing",
          "title": "Temporal consistency priors for semi-supervised video object segmentation", "year": "2023",
          "volume": "32", "pages": "5501--5514"},
         "Temporal consistency priors for semi-supervised video object segmentation", "IEEE Transactions on Image Processing",
         2023, False, "published", ["M. Li", "Y. Wen", "H. Gu"]),
        ("wen2025", "article",
         {"author": "温以宁 and 谷寒青", "journal": "计算机学报", "title": "面向边缘设备的轻量级视频分割网络",
          "year": "2025", "note": "已录用"},
         "面向边缘设备的轻量级视频分割网络", "计算机学报", 2025, True, "accepted", ["温以宁", "谷寒青"]),
        ("wen2025b", "misc",
         {"author": "Wen, Yining and Zhao, Ruolan and Li, Muchuan and Gu, Hanqing", "title": "{OpenVIS-Bench}: A benchmark for open-vocabulary video instance segmentation",
          "howpublished": "arXiv preprint arXiv:2502.05531", "year": "2025", "note": "在投 NeurIPS 2025"},
         "OpenVIS-Bench: A benchmark for open-vocabulary video instance segmentation", "NeurIPS", 2025, True,
         "under review", ["Y. Wen", "R. Zhao", "M. Li", "H. Gu"]),
    ]
    bib = "".join(bib_entry(k.strip(", "), kind, f) for k, kind, f, *_ in pubs)
    tex = r"""% !TEX program = xelatex
\documentclass{resume}
\usepackage{zh_CN-noto}
\begin{document}
\pagenumbering{gobble}

\name{温以宁}

\basicInfo{
  \email{wenyining@mails.example.cn} \textperiodcentered\
  \phone{(+86) 186-5550-2741} \textperiodcentered\
  \github[wenyn]{https://github.com/wenyn}}

\section{\faGraduationCap\ 教育背景}
\datedsubsection{\textbf{江澜大学}，计算机科学与技术学院，杭州}{2023.09 -- 至今}
\textit{硕士研究生}，计算机技术，预计2026年6月毕业；导师：谷寒青 教授；GPA 3.9/4.0（专业前5\%）
\datedsubsection{\textbf{西岭理工大学}，软件学院，成都}{2019.09 -- 2023.06}
\textit{工学学士}，软件工程；保研推免；GPA 3.78/4.0

\section{\faUsers\ 实习经历}
\datedsubsection{\textbf{澄视科技（上海）有限公司}，上海}{2024.06 -- 2024.09}
\role{视觉算法实习生}{视频理解组}
\begin{itemize}
  \item 负责视频实例分割模型的剪枝与部署，推理速度提升1.8倍
  \item 相关工作整理为 CVPR 2024 论文（见论文发表[1]）
\end{itemize}
\datedsubsection{\textbf{蓝鲸智联网络有限公司}，杭州}{2022.07 -- 2022.08}
\role{后端开发实习生}{基础架构部}
\begin{itemize}
  \item 使用 Go 重写日志采集服务，单机吞吐提升40\%
\end{itemize}

\section{\faCogs\ 项目经历}
\datedsubsection{\textbf{开放词汇视频分割基准 OpenVIS-Bench}}{2024.10 -- 至今}
\role{PyTorch, Python}{个人项目，与赵若兰合作}
\begin{itemize}
  \item 构建包含1200类、3万段视频的评测基准，已开源
\end{itemize}
\datedsubsection{\textbf{国家自然科学基金青年项目（参与）}}{2023.10 -- 2025.09}
\role{数据标注与实验}{负责人：谷寒青 教授}
面向边缘设备的视频理解方法研究

\section{\faFileTextO\ 论文发表}
\nocite{*}
\renewcommand{\refname}{}
\vspace{-2.5em}
\bibliographystyle{IEEEtran}
\bibliography{mycite}

\section{\faHeartO\ 荣誉奖项}
\datedline{\textit{一等奖}，全国大学生计算机设计大赛}{2022.08}
\datedline{国家奖学金}{2021.10}
\datedline{江澜大学优秀研究生}{2024.11}

\section{\faInfo\ 其他}
\begin{itemize}[parsep=0.5ex]
  \item 技能：Python, C++, PyTorch, CUDA, TensorRT, Go, Linux
  \item 语言：英语（CET-6 612，IELTS 7.0）
\end{itemize}
\end{document}
"""
    d = write_src("07_billryan_zh", {"resume.tex": tex, "mycite.bib": bib})
    xelatex(d, "resume.tex", files / fn, bibtex=True, texinputs=[SRC / "billryan"])
    return label(
        fn, "温以宁", ["Yining Wen", "Wen Yining"], ["wenyining@mails.example.cn"], ["+8618655502741"],
        ["github.com/wenyn"],
        [("江澜大学", "master", "2023-09", "present"), ("西岭理工大学", "bachelor", "2019-09", "2023-06")],
        [("澄视科技（上海）有限公司", "视觉算法实习生", "2024-06", "2024-09"),
         ("蓝鲸智联网络有限公司", "后端开发实习生", "2022-07", "2022-08")],
        len(pubs), sum(p[6] for p in pubs),
        [(p[3], p[4], p[5], p[6], p[7], p[8]) for p in pubs],
        [], 3,
        "billryan/resume (resume.cls with a font-path fix; Chinese through xeCJK + Noto CJK): centred large name "
        "'温以宁', one info line of FontAwesome 4 icons + e-mail · phone '(+86) 186-5550-2741' · GitHub handle; "
        "section titles with icons (\\faGraduationCap 教育背景 ...) over a rule; \\datedsubsection rows 'bold "
        "org，department，city' with dates '2023.09 -- 至今' at the right. Master's in progress: '至今' with "
        "'预计2026年6月毕业' in the line below (end labelled present as printed in the date column). "
        "实习经历 with \\role rows 'role  group'. 项目经历 holds a personal project and an NSFC project "
        "('负责人：谷寒青 教授'), neither a job. 论文发表 is a bibtex IEEEtran list ([1]..[4], sorted by "
        "citation order = .bib order): English papers with initials 'Y. Wen', a Chinese paper '温以宁 and 谷寒青' "
        "in 计算机学报 with note 已录用 (accepted), an arXiv misc with note '在投 NeurIPS 2025' (under review, "
        "venue labelled NeurIPS). Own name not highlighted. Awards as \\datedline rows (3); skills inside 其他.",
        language="zh", layout="billryan/resume + bibtex IEEEtran")


def imprecv_typst_engineer(files: Path) -> dict:
    """08: imprecv (Typst, YAML data), multi-position work entries, author-less publications."""
    fn = "08_robotics_engineer_typst_imprecv_yaml.pdf"
    data = {
        "personal": {
            "name": "Tobiah Marchetti-Nakamura",
            "email": "tobiah.mn@example.com",
            "phone": "(+1) 206 555 0171",
            "url": "https://tobiah.example.dev",
            "titles": ["Robotics Software Lead", "Motion Planning"],
            "location": {"city": "Seattle", "region": "Washington", "country": "USA"},
            "profiles": [{"network": "GitHub", "username": "tmarchetti", "url": "https://github.com/tmarchetti"},
                         {"network": "LinkedIn", "username": "tobiah-mn", "url": "https://linkedin.com/in/tobiah-mn"}],
        },
        "work": [
            {"organization": "Halyard Robotics", "url": None, "location": "Seattle, Washington", "positions": [
                {"position": "Robotics Software Lead", "startDate": "2023-04-01", "endDate": "present",
                 "highlights": ["Lead a team of five on whole-body motion planning for mobile manipulators",
                                "Shipped a trajectory optimizer that cut pick cycle time by 22%"]},
                {"position": "Senior Robotics Engineer", "startDate": "2020-09-14", "endDate": "2023-03-31",
                 "highlights": ["Owned grasp planning for deformable packaging"]}]},
            {"organization": "Cascadia Autonomy Lab, Puget Sound University", "url": None,
             "location": "Tacoma, Washington", "positions": [
                {"position": "Graduate Research Assistant", "startDate": "2016-09-01", "endDate": "2020-08-31",
                 "highlights": ["Sampling-based planning under contact uncertainty (advisor: Prof. Ines Wakeford)"]}]},
            {"organization": "Orcas Marine Systems", "url": None, "location": "Bellevue, Washington", "positions": [
                {"position": "Controls Engineering Intern", "startDate": "2015-06-15", "endDate": "2015-09-04",
                 "highlights": ["Tuned station-keeping controllers for an autonomous survey boat"]}]},
        ],
        "education": [
            {"institution": "Puget Sound University", "url": None, "area": "Mechanical Engineering (Robotics)",
             "studyType": "Doctor of Philosophy", "startDate": "2016-09-01", "endDate": "2020-08-31",
             "location": "Tacoma, Washington", "honors": ["Outstanding Dissertation Award nominee"],
             "courses": None, "highlights": ["*Thesis*: Contact-aware motion planning for cluttered shelves"]},
            {"institution": "Universidad de Montevideo Sur", "url": None, "area": "Mechatronics Engineering",
             "studyType": "Bachelor of Engineering", "startDate": "2011-03-01", "endDate": "2015-12-20",
             "location": "Montevideo, Uruguay", "honors": ["Summa cum laude", "GPA 11.2 / 12"],
             "courses": None, "highlights": None},
        ],
        "affiliations": [
            {"organization": "IEEE Robotics and Automation Society", "position": "Member", "location": "Online",
             "url": None, "startDate": "2017-01-01", "endDate": "present", "highlights": None}],
        "awards": [
            {"title": "Best Systems Paper Finalist", "date": "2019-06-24", "issuer": "Robotics: Science and Systems",
             "url": None, "location": "Freiburg, Germany", "highlights": None},
            {"title": "Halyard Engineering Excellence Award", "date": "2022-12-15", "issuer": "Halyard Robotics",
             "url": None, "location": "Seattle, Washington", "highlights": None}],
        "certificates": None,
        "publications": [
            {"name": "Contact-Implicit Trajectory Optimization for Shelf Picking", "publisher": "IEEE ICRA",
             "releaseDate": "2022-05-23", "url": None},
            {"name": "Belief-Space Roadmaps for Manipulation under Pose Uncertainty",
             "publisher": "Robotics: Science and Systems (RSS)", "releaseDate": "2019-06-22", "url": None},
            {"name": "Learning Residual Dynamics for Suction Grasping of Deformable Packages", "publisher": None,
             "releaseDate": "2025-01-01", "url": None},
        ],
        "projects": None,
        "skills": [{"category": "Programming", "skills": ["C++17", "Python", "Rust"]},
                   {"category": "Robotics", "skills": ["ROS 2", "MoveIt", "Drake", "OMPL"]}],
        "languages": [{"language": "English", "fluency": "Native"}, {"language": "Spanish", "fluency": "Fluent"},
                      {"language": "Japanese", "fluency": "Conversational"}],
        "interests": ["Motion planning", "Contact-rich manipulation", "Trail running"],
        "references": None,
    }
    template = """#import "cv.typ": *

#let cvdata = json("cvdata.json")

#let uservars = (
    headingfont: "Libertinus Serif",
    bodyfont: "Libertinus Serif",
    fontsize: 10pt,
    linespacing: 6pt,
    sectionspacing: 0pt,
    showAddress: true,
    showNumber: true,
    showTitle: true,
    headingsmallcaps: false,
    sendnote: false,
)

#let customrules(doc) = {
    set page(paper: "us-letter", numbering: "1 / 1", number-align: center, margin: 1.25cm)
    doc
}

#let cvinit(doc) = {
    doc = setrules(uservars, doc)
    doc = showrules(uservars, doc)
    doc = customrules(doc)
    doc
}

#show: doc => cvinit(doc)

#cvheading(cvdata, uservars)
#cvwork(cvdata)
#cveducation(cvdata)
#cvaffiliations(cvdata)
#cvawards(cvdata)
#cvpublications(cvdata)
#cvskills(cvdata)
"""
    d = write_src("08_imprecv", {"template.typ": template,
                                 "cvdata.json": json.dumps(data, indent=1, ensure_ascii=False) + "\n"})
    import shutil

    import typst

    for f in ("cv.typ", "utils.typ"):
        shutil.copyfile(SRC / "imprecv" / f, d / f)
    try:
        pdf = typst.compile(str(d / "template.typ"), root=str(d))
    finally:
        for f in ("cv.typ", "utils.typ"):
            (d / f).unlink()
    (files / fn).write_bytes(pdf)
    return label(
        fn, "Tobiah Marchetti-Nakamura", [], ["tobiah.mn@example.com"], ["+12065550171"],
        ["tobiah.example.dev", "github.com/tmarchetti", "linkedin.com/in/tobiah-mn"],
        [("Puget Sound University", "phd", "2016-09", "2020-08"),
         ("Universidad de Montevideo Sur", "bachelor", "2011-03", "2015-12")],
        [("Halyard Robotics", "Robotics Software Lead", "2023-04", "present"),
         ("Halyard Robotics", "Senior Robotics Engineer", "2020-09", "2023-03"),
         ("Cascadia Autonomy Lab, Puget Sound University", "Graduate Research Assistant", "2016-09", "2020-08"),
         ("Orcas Marine Systems", "Controls Engineering Intern", "2015-06", "2015-09")],
        3, None,
        [("Contact-Implicit Trajectory Optimization for Shelf Picking", "ICRA", 2022, None, "published", []),
         ("Belief-Space Roadmaps for Manipulation under Pose Uncertainty", "RSS", 2019, None, "published", []),
         ("Learning Residual Dynamics for Suction Grasping of Deformable Packages", None, None, None, "in press", [])],
        ["motion planning", "contact-rich manipulation"], 2,
        "imprecv (jskherman, Typst; cv.typ/utils.typ unmodified, data passed as JSON instead of YAML): name "
        "as a large title, titles line 'Robotics Software Lead / Motion Planning', address line, then one line "
        "with e-mail, phone, homepage and profile links (GitHub, LinkedIn shown as handles). Work entries: bold "
        "organisation with location at the right, then each position in italics with 'Month YYYY — Present' "
        "dates at the right and bullets; two positions under one organisation (Halyard Robotics). Education: "
        "'Doctor of Philosophy in Mechanical Engineering (Robotics)' with 'Honors:' line and a thesis bullet; "
        "'Bachelor of Engineering in Mechatronics Engineering' with 'Summa cum laude, GPA 11.2 / 12'. "
        "'Leadership and Activities' holds a society membership (not a job). Honors and Awards with issuer and "
        "date. 'Research and Publications' prints titles in bold and 'Published on VENUE  Month YYYY' -- no "
        "authors, so first authorship is unknown (first_author_count not scored); the third has no publisher "
        "and prints 'In press' without a year. 'Skills, Languages, Interests' lists interests that mix research "
        "(motion planning, contact-rich manipulation) and a hobby.",
        layout="imprecv Typst")
