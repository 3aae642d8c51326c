"""Builders 11-12: a Deedy-like two-column LaTeX resume (written for this set) and a Chinese ctexart academic
CV with the contact block in a fancyhdr page header. All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from kit10 import label, tex, write_src, xelatex


def deedy_like_swe(files: Path) -> dict:
    """11: Deedy-like two-column resume (narrow left column, wide right column), new-grad software engineer."""
    fn = "11_software_engineer_deedy_like_two_column.pdf"
    me = "Kwabena Lindqvist-Osei"
    pubs = [  # authors, title, venue printed, label venue, year, first, status
        (["K. Lindqvist-Osei", "A. Moravec", "T. Ibarra"], "Speculative decoding for code completion on edge devices",
         "MLSys 2025", "MLSys", 2025, True, "published"),
        (["A. Moravec", "K. Lindqvist-Osei"], "Profiling-guided kernel fusion for small transformers",
         "arXiv:2407.05521", "arXiv", None, False, "preprint"),
    ]
    jobs = [("Tessellate AI", "Software Engineer, Inference Runtime", "2024-08", "present",
             "August 2024 -- Present | San Francisco, CA",
             ["Cut p99 token latency by 27\\% with a paged KV-cache allocator in C++.",
              "On-call for the serving fleet (2,400 GPUs)."]),
            ("Tessellate AI", "Software Engineering Intern", "2023-05", "2023-08",
             "May 2023 -- August 2023 | San Francisco, CA", ["Built a Rust tokenizer service used in production."]),
            ("Ridgeback Games", "Engine Programming Intern", "2022-06", "2022-08",
             "June 2022 -- August 2022 | Seattle, WA", ["Ported the particle system to compute shaders."]),
            ("Harlow Systems Lab, Greyfield University", "Undergraduate Researcher", "2022-09", "2024-05",
             "Sept 2022 -- May 2024 | Greyfield, OR", ["Compiler passes for sparse attention; advisor Prof. Anika Moravec."])]

    def exp_tex():
        out = []
        for org, ti, _s, _e, d, bl in jobs:
            out.append(f"\\runsubsection{{{tex(org).upper()}}}\n\\descript{{| {tex(ti)}}}\n\\location{{{d}}}\n"
                       "\\begin{tightemize}\n" + "".join(f"\\item {b}\n" for b in bl) + "\\end{tightemize}\n"
                       "\\sectionsep\n")
        return "".join(out)

    def pub_tex():
        out = []
        for au, t, v, *_r in pubs:
            aus = ", ".join(f"\\textbf{{{a}}}" if a == "K. Lindqvist-Osei" else a for a in au)
            out.append(f"{aus}. \\textit{{{tex(t)}}}. {tex(v)}.\\\\[4pt]\n")
        return "".join(out)

    src = r"""\documentclass[letterpaper,10pt]{article}
\usepackage[left=0.6in,right=0.6in,top=0.55in,bottom=0.5in]{geometry}
\usepackage{fontspec,xcolor,titlesec,enumitem,hyperref}
\setmainfont{Lato}[BoldFont={Lato Bold}]
\newfontfamily\lighter{Lato Light}
\definecolor{date}{HTML}{666666}
\definecolor{primary}{HTML}{2b2b2b}
\definecolor{headings}{HTML}{6A6A6A}
\definecolor{subheadings}{HTML}{333333}
\hypersetup{colorlinks=false,pdfborder={0 0 0}}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\color{headings}\scshape\lighter\LARGE\raggedright}{}{0em}{}[\color{black}\titlerule]
\titlespacing{\section}{0pt}{0pt}{4pt}
\newcommand{\runsubsection}[1]{{\color{subheadings}\bfseries\fontsize{11pt}{12pt}\selectfont #1 \normalfont}}
\newcommand{\descript}[1]{{\color{subheadings}\raggedright\fontsize{10.5pt}{12pt}\selectfont #1\\\normalfont}}
\newcommand{\location}[1]{{\color{headings}\raggedright\fontsize{9.5pt}{11pt}\selectfont #1\\\normalfont}}
\newcommand{\sectionsep}{\vspace{6pt}}
\newenvironment{tightemize}{\vspace{-\topsep}\begin{itemize}[leftmargin=1.2em,itemsep=-2pt]}{\end{itemize}\vspace{-\topsep}}
\begin{document}
\begin{center}
{\fontsize{34pt}{38pt}\selectfont\lighter Kwabena \bfseries Lindqvist-Osei}\\[6pt]
{\color{date}\fontsize{10pt}{12pt}\selectfont
\href{https://klo.example.dev}{klo.example.dev} \enspace|\enspace
\href{mailto:kwabena@klo.example.dev}{kwabena@klo.example.dev} \enspace|\enspace 541.555.0162}
\end{center}
\vspace{6pt}
\begin{minipage}[t]{0.31\textwidth}
\section{Education}
\runsubsection{Greyfield University}\\
\descript{BS in Computer Science}
\location{Aug 2020 -- May 2024}
Cum Laude, GPA: 3.89 / 4.0\\
\sectionsep
\runsubsection{Cascade Valley}\\
\runsubsection{Community College}\\
\descript{Associate of Science}
\location{Sept 2018 -- June 2020}
Transfer program\\
\sectionsep
\section{Links}
GitHub:// \href{https://github.com/kwabenalo}{\bfseries kwabenalo}\\
LinkedIn:// \href{https://linkedin.com/in/kwabenalo}{\bfseries kwabenalo}\\
\sectionsep
\section{Coursework}
\textbf{Graduate}\\
Advanced Compilers\\
Parallel Computer Architecture\\[4pt]
\textbf{Undergraduate}\\
Operating Systems $\cdot$ Databases\\
Machine Learning\\
\sectionsep
\section{Skills}
\textbf{Programming}\\
C++ $\cdot$ Rust $\cdot$ Python $\cdot$ CUDA\\
Go $\cdot$ TypeScript\\[4pt]
\textbf{Tools}\\
Bazel $\cdot$ Triton $\cdot$ Kubernetes\\
\end{minipage}\hfill
\begin{minipage}[t]{0.66\textwidth}
\section{Experience}
""" + exp_tex() + r"""
\section{Projects}
\runsubsection{tinyserve}\descript{| Open-source LLM server (Rust), 900 stars}
\location{2023 -- Present}
\sectionsep
\section{Awards}
\begin{tabular}{@{}rl@{}}
\textbf{2024} & Outstanding Senior in Computer Science, Greyfield University\\
\textbf{2023} & 1\textsuperscript{st} place, Cascadia Collegiate Programming Contest\\
\textbf{2021} & Greyfield Transfer Merit Scholarship\\
\end{tabular}
\sectionsep
\section{Publications}
""" + pub_tex() + r"""\end{minipage}
\end{document}
"""
    d = write_src("11_deedy_like", {"main.tex": src})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, me, [], ["kwabena@klo.example.dev"], ["+15415550162"],
        ["klo.example.dev", "github.com/kwabenalo", "linkedin.com/in/kwabenalo"],
        [("Greyfield University", "bachelor", "2020-08", "2024-05"),
         ("Cascade Valley Community College", "other", "2018-09", "2020-06")],
        [(o, t, s, e) for o, t, s, e, _d, _b in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], [], 3,
        "Deedy-like two-column resume (written for this set after the well-known Deedy look, not fetched): huge "
        "name with a light given name and bold surname, one grey contact line (homepage, e-mail, '541.555.0162' "
        "with dots). Left column (31%): Education with the institution name broken over two lines ('Cascade "
        "Valley' / 'Community College'), grey date lines 'Aug 2020 -- May 2024', an "
        "Associate of Science (degree level other); Links as 'GitHub:// handle'; coursework and skills. Right "
        "column: Experience with ORGANISATION IN CAPITALS, '| title', a grey 'Month YYYY -- Present | City' line; "
        "two entries at Tessellate AI (full-time then intern); an undergraduate research position inside a lab. "
        "A project is not a job; an awards tabular with bold years (a scholarship counted as an award, 3). Two "
        "publications, own name bold, 'MLSys 2025' and an arXiv id with no printed year "
        "(year not scored).",
        layout="Deedy-like LaTeX two-column")


def ctex_header_zh(files: Path) -> dict:
    """12: Chinese academic CV (ctexart) with contact in a fancyhdr header, tabular dates, 论文 sub-headings."""
    fn = "12_zh_associate_researcher_ctexart_header_contact.pdf"
    me = "Yao Shenglan"
    # authors, title, venue printed, label venue, year, first, status, group
    pubs = [
        ([me, "Peng Jiarui", "Dong Mo*"], "Sub-seasonal precipitation forecasting with spherical neural operators",
         "Geophysical Research Letters, 2024, 51(6): e2023GL107321", "Geophysical Research Letters", 2024, True,
         "published", "j"),
        (["Peng Jiarui", me + "*"], "A reanalysis-driven benchmark for East Asian monsoon onset",
         "Journal of Climate, 2023, 36(14): 4811-4829", "Journal of Climate", 2023, False, "published", "j"),
        (["姚胜兰", "彭嘉睿", "董默"], "华南前汛期极端降水的可预报性分析", "大气科学, 2022, 46(3): 601-617", "大气科学", 2022,
         True, "published", "j"),
        ([me, "Dong Mo"], "Physics-constrained downscaling of typhoon rainfall", "NeurIPS 2023 Workshop on Tackling "
         "Climate Change with Machine Learning", "NeurIPS Workshop", 2023, True, "published", "c"),
        (["Lu Qinghe", me, "Peng Jiarui"], "Ensemble calibration with diffusion models",
         "ICLR 2025 (Spotlight)", "ICLR", 2025, False, "published", "c"),
        ([me, "Lu Qinghe", "Dong Mo"], "Learning monsoon teleconnections from sparse station data",
         "Nature Communications, 修改后再审 (major revision)", "Nature Communications", None, True, "under review", "s"),
        (["Peng Jiarui", me], "FengYun-4 cloud masks at 500 m with self-training", "arXiv:2503.01177, 2025", "arXiv", 2025,
         False, "preprint", "s"),
    ]
    groups = [("j", "期刊论文"), ("c", "会议论文"), ("s", "在审及预印本")]

    def plist():
        out = ["{\\small （本人姓名加粗，* 为通讯作者；第 2 篇本人为通讯作者）}\n"]
        n = 0
        for g, head in groups:
            out.append(f"\\subsection*{{{head}}}\n\\begin{{enumerate}}[label={{[\\arabic*]}},start={n + 1},leftmargin=2.2em]\n")
            for au, t, v, _l, _y, _f, _s, gg in pubs:
                if gg != g:
                    continue
                n += 1
                aus = ", ".join(("\\textbf{" + a + "}") if a.startswith((me, "姚胜兰")) else a for a in au)
                out.append(f"\\item {aus}. {tex(t)}. \\emph{{{tex(v)}}}.\n")
            out.append("\\end{enumerate}\n")
        return "".join(out)

    edu = [("2012.09--2017.07", "博士", "南溟大学 大气科学学院", "气象学", "南溟大学", "phd", "2012-09", "2017-07"),
           ("2008.09--2012.07", "学士", "东川信息工程大学", "大气科学", "东川信息工程大学", "bachelor", "2008-09", "2012-07")]
    jobs = [("2021.01--至今", "副研究员、硕士生导师", "中国气象科学研究院 灾害天气国家重点实验室", "2021-01", "present"),
            ("2017.09--2020.12", "助理研究员", "中国气象科学研究院 灾害天气国家重点实验室", "2017-09", "2020-12"),
            ("2019.03--2019.09", "访问学者", "Harrowgate Centre for Weather Research, UK", "2019-03", "2019-09")]
    src = r"""\documentclass[UTF8,a4paper,10.5pt]{ctexart}
\usepackage[top=2.6cm,bottom=2cm,left=2cm,right=2cm,headheight=36pt]{geometry}
\setCJKmainfont[BoldFont=Noto Sans CJK SC Bold]{Noto Serif CJK SC}
\setCJKsansfont{Noto Sans CJK SC}
\usepackage{fancyhdr,enumitem,array,hyperref,xcolor}
\hypersetup{colorlinks=true,urlcolor=black,linkcolor=black}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\sffamily\bfseries\Large 姚胜兰}
\fancyhead[R]{\small 电话：010-5550-6632 \quad 手机：138-5550-4471\\ 邮箱：yaosl@cams.example.cn \quad 主页：\url{https://yaosl.example.cn}}
\fancyfoot[C]{\small 第 \thepage 页}
\renewcommand{\headrulewidth}{0.8pt}
\ctexset{section={format=\sffamily\large\bfseries\color{blue!50!black},beforeskip=8pt,afterskip=4pt},
 subsection={format=\sffamily\normalsize\bfseries,beforeskip=4pt,afterskip=2pt}}
\setlength{\parindent}{0pt}
\begin{document}
\section*{基本信息}
\begin{tabular}{@{}p{2cm}p{5cm}p{2cm}p{5cm}@{}}
英文名 & Shenglan Yao & 出生年月 & 1990年5月 \\
职称 & 副研究员 & 单位 & 中国气象科学研究院 \\
\end{tabular}

\section*{研究领域}
次季节—季节气候预测；人工智能天气预报；极端降水可预报性

\section*{工作经历}
\begin{tabular}{@{}p{3.4cm}p{12.8cm}@{}}
""" + "".join(f"{d} & {o}，{t} \\\\\n" for d, t, o, *_r in jobs) + r"""\end{tabular}

\section*{教育背景}
\begin{tabular}{@{}p{3.4cm}p{12.8cm}@{}}
""" + "".join(f"{d} & {s}，{m}，{g} \\\\\n" for d, g, s, m, *_r in edu) + r"""\end{tabular}

\section*{主持科研项目}
\begin{enumerate}[leftmargin=1.5em,itemsep=0pt]
\item 国家自然科学基金面上项目：基于神经算子的次季节降水预测，2024--2027，主持
\item 国家重点研发计划课题：AI 气象大模型评估，2022--2025，课题骨干
\end{enumerate}

\section*{发表论文}
""" + plist() + r"""
\section*{荣誉与奖励}
\begin{tabular}{@{}p{3.4cm}p{12.8cm}@{}}
2024 & 中国气象学会青年科技奖 \\
2022 & 中国气象科学研究院“青年英才”称号 \\
\end{tabular}

\section*{学术兼职}
《大气科学》青年编委；American Meteorological Society 会员
\end{document}
"""
    d = write_src("12_ctexart_header", {"main.tex": src})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "姚胜兰", ["Shenglan Yao", "Yao Shenglan"], ["yaosl@cams.example.cn"], ["+861055506632", "+8613855504471"],
        ["yaosl.example.cn"], [(e[4], e[5], e[6], e[7]) for e in edu], [(o, t, s, e) for _d, t, o, s, e in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs],
        ["次季节—季节气候预测", "人工智能天气预报", "极端降水可预报性"], 2,
        "Chinese academic CV with ctexart (Noto CJK): the name and all contact details sit only in the fancyhdr "
        "PAGE HEADER (name left; office phone '010-5550-6632', mobile, e-mail, homepage right, repeated on every "
        "page); 基本信息 table with the English name 'Shenglan Yao'. 工作经历/教育背景 as tabulars with "
        "'2021.01--至今' and 'institution，role' in the right cell; two ranks at the same laboratory and a "
        "visiting-scholar stay abroad (counted as experience). 主持科研项目 are grants. 发表论文 with sub-headings "
        "期刊论文 / 会议论文 / 在审及预印本 and numbering continued [1]..[7]; English papers with pinyin names "
        "'Yao Shenglan' (own name bold, '*' corresponding author; paper 2 candidate last + '*' = not first), a "
        "Chinese paper with 汉字 names; 'NeurIPS 2023 Workshop ...', 'ICLR 2025 (Spotlight)'; '修改后再审 (major "
        "revision)' counted as under review without year; arXiv preprint. 2 dated honours.",
        language="zh", layout="ctexart + fancyhdr header")
