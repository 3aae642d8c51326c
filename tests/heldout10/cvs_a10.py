"""Builders 01-03: europasscv (TeX Live), a plain LaTeX article CV with tabular dates and enumerate
publications, a bilingual English/Chinese xeCJK CV. All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from kit10 import label, tex, write_src, xelatex


def europasscv_engineer(files: Path) -> dict:
    """01: europasscv class (TeX Live), battery research engineer, industry after a PhD."""
    fn = "01_battery_engineer_europasscv.pdf"
    jobs = [  # dates printed, title, employer line, org label, start, end, bullets
        ("Apr 2022 -- Present", "Principal Research Engineer, Cell Chemistry",
         "Halvorsen Battery Systems AB, Västerås (Sweden)", "Halvorsen Battery Systems AB", "2022-04", "present",
         ["Leads a team of six on silicon-rich anodes for heavy-duty cells",
          "Owner of the internal degradation-model library (Python, PyBaMM)"]),
        ("Sep 2019 -- Mar 2022", "Senior Research Engineer",
         "Halvorsen Battery Systems AB, Västerås (Sweden)", "Halvorsen Battery Systems AB", "2019-09", "2022-03",
         ["Electrolyte additive screening; 3 internal invention disclosures"]),
        ("Oct 2018 -- Aug 2019", "Postdoctoral Researcher",
         "Institute of Electrochemical Storage, Univerzita Moravské Brány, Brno (Czech Republic)",
         "Univerzita Moravské Brány", "2018-10", "2019-08",
         ["Operando X-ray diffraction of layered oxide cathodes"]),
    ]
    edu = [
        ("Oct 2014 -- Sep 2018", "PhD in Materials Chemistry", "EQF level 8",
         "Univerzita Moravské Brány, Brno (Czech Republic)", "Univerzita Moravské Brány", "phd", "2014-10", "2018-09",
         "Thesis: Interphase formation on silicon--graphite composite anodes"),
        ("Sep 2012 -- Jun 2014", "MSc in Chemical Engineering", "EQF level 7",
         "Politechnika Nadwiślańska, Toruń (Poland)", "Politechnika Nadwiślańska", "master", "2012-09", "2014-06",
         "Graduated with distinction"),
        ("Oct 2009 -- Jul 2012", "BSc in Chemistry", "EQF level 6",
         "Politechnika Nadwiślańska, Toruń (Poland)", "Politechnika Nadwiślańska", "bachelor", "2009-10", "2012-07", ""),
    ]
    me = "A. Wierzbicka-Lund"
    pubs = [  # authors, title, venue printed, venue label, year, first, status
        ([me, "P. Novotný", "J. Hrubá"], "Fluorinated carbonate additives suppress lithium plating in fast-charged "
         "silicon-rich anodes", "Journal of Power Sources 612 (2024) 234801", "Journal of Power Sources", 2024, True,
         "published"),
        (["P. Novotný", me, "K. Brandt", "J. Hrubá"], "Operando diffraction of nickel-rich cathodes under pulsed "
         "discharge", "ACS Energy Letters 4 (2019) 2210-2217", "ACS Energy Letters", 2019, False, "published"),
        ([me, "J. Hrubá"], "A phase-field view of interphase growth on silicon--graphite composites",
         "Electrochimica Acta 290 (2018) 512-523", "Electrochimica Acta", 2018, True, "published"),
        ([me, "E. Sandqvist", "O. Lindgren"], "Calendar ageing of heavy-duty cells at partial state of charge",
         "Journal of The Electrochemical Society, in press", "Journal of The Electrochemical Society", None, True,
         "in press"),
    ]

    def pub_items():
        out = []
        for au, t, v, *_ in pubs:
            aus = ", ".join(f"\\textbf{{{a}}}" if a == me else a for a in au)
            out.append(f"\\item {aus}, ``{tex(t)}'', \\textit{{{tex(v)}}}.\n")
        return "".join(out)

    def jobs_tex():
        out = []
        for d, t, emp, _o, _s, _e, bl in jobs:
            out.append(f"\\ecvtitle{{{d}}}{{{tex(t)}}}\n\\ecvitem{{}}{{{tex(emp)}}}\n")
            out.append("\\ecvitem{}{\\begin{ecvitemize}\n" + "".join(f"\\item {tex(b)}\n" for b in bl)
                       + "\\end{ecvitemize}}\n")
        return "".join(out)

    def edu_tex():
        out = []
        for d, deg, eqf, inst, *_r, note in edu:
            out.append(f"\\ecvtitlelevel{{{d}}}{{{tex(deg)}}}{{{eqf}}}\n\\ecvitem{{}}{{{tex(inst)}}}\n")
            if note:
                out.append(f"\\ecvitem{{}}{{{note}}}\n")
        return "".join(out)

    src = r"""\documentclass[english,a4paper]{europasscv}
\usepackage[english]{babel}
\ecvname{Agnieszka Wierzbicka-Lund}
\ecvaddress{Kopparbergsvägen 14B, 722 55 Västerås (Sweden)}
\ecvmobile{+46 70 555 18 42}
\ecvemail{agnieszka.wl@example.se}
\ecvhomepage{www.wierzbicka-lund.example.org}
\ecvlinkedinpage{www.linkedin.com/in/awierzbickalund}
\ecvnationality{Polish}
\ecvorcid{0000-0002-5550-4417}
\begin{document}
\begin{europasscv}
\ecvpersonalinfo
\ecvitem{\large Job applied for}{\large Head of Cell Development}
\ecvsection{Work experience}
""" + jobs_tex() + r"""
\ecvsection{Education and training}
""" + edu_tex() + r"""
\ecvsection{Personal skills}
\ecvmothertongue{Polish}
\ecvitem{Other languages}{English (C2), Swedish (B2), Czech (B1)}
\ecvitem{Digital skills}{Python, PyBaMM, COMSOL Multiphysics, JMP; design of experiments}
\ecvitem{Driving licence}{B}
\ecvsection{Additional information}
\ecvitem{Publications}{\begin{ecvitemize}
""" + pub_items() + r"""\end{ecvitemize}}
\ecvitem{Patents}{Electrolyte composition for silicon-dominant anodes, SE 2255501-3 (filed 2023)}
\ecvitem{Honours and awards}{\begin{ecvitemize}
\item 2023: Halvorsen Innovation Prize (team award)
\item 2018: Best Doctoral Thesis in Chemistry, Moravian Chemical Society
\end{ecvitemize}}
\ecvitem{Memberships}{The Electrochemical Society (since 2016)}
\end{europasscv}
\end{document}
"""
    d = write_src("01_europasscv", {"main.tex": src})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "Agnieszka Wierzbicka-Lund", [], ["agnieszka.wl@example.se"], ["+46705551842"],
        ["wierzbicka-lund.example.org", "linkedin.com/in/awierzbickalund", "orcid.org/0000-0002-5550-4417"],
        [(e[4], e[5], e[6], e[7]) for e in edu],
        [(j[3], j[1], j[4], j[5]) for j in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs], [], 2,
        "europasscv class from TeX Live (Europass look): grey left label column and blue right column; "
        "'Curriculum vitae' and the Europass logo at the top, name only in the personal-information block, "
        "address/mobile/e-mail/homepage/LinkedIn/ORCID on labelled icon lines, nationality. 'Job applied for' "
        "is not a job. Work experience: left column date 'Apr 2022 -- Present', right title then employer "
        "with city and '(Sweden)'; two consecutive roles at Halvorsen Battery Systems AB. Education: "
        "'PhD in Materials Chemistry' with 'EQF level 8' right-aligned, institution line below. "
        "Publications are items inside 'Additional information' (left label 'Publications'), "
        "Elsevier-like 'Journal 612 (2024) 234801', own name bold, one 'in press' without a year. A patent "
        "and a membership are neither papers nor awards; two dated honours.",
        layout="europasscv")


def article_tabular_professor(files: Path) -> dict:
    """02: hand-written LaTeX article CV: tabular date columns, enumerate publications with sub-headings."""
    fn = "02_statistics_professor_article_tabular_enumerate.pdf"
    me = "Quist-Ambrose, H."
    # authors, title, venue printed, venue label, year, first, status, group
    pubs = [
        ([me, "Oduya, M.*", "Renfrew, C.*"], "Sequential Monte Carlo for misspecified state-space models",
         "\\textit{Journal of the American Statistical Association}, in press", "Journal of the American Statistical Association",
         None, True, "in press", "j"),
        (["Oduya, M.", me], "Calibrated Bayesian bootstrap under covariate shift",
         "\\textit{Biometrika}, 111(2):455--471, 2024", "Biometrika", 2024, False, "published", "j"),
        (["Lachance, B.", "Pereira-Holt, D.", "et al."], "Spatial extremes of urban heat with censored likelihoods",
         "\\textit{Annals of Applied Statistics}, 17(4):2901--2925, 2023", "Annals of Applied Statistics", 2023, False,
         "published", "j"),
        ([me, "Lachance, B."], "Local asymptotic normality for thinned point processes",
         "\\textit{Bernoulli}, 27(1):1--30, 2021", "Bernoulli", 2021, True, "published", "j"),
        (["Renfrew, C.", me], "Amortised simulation-based inference with guaranteed coverage",
         "In \\textit{Proceedings of AISTATS 2024}, PMLR 238:4410--4421", "AISTATS", 2024, False, "published", "c"),
        ([me, "Oduya, M.", "Lachance, B."], "Stein discrepancies for intractable point-process likelihoods",
         "In \\textit{Advances in Neural Information Processing Systems 35 (NeurIPS 2022)}", "NeurIPS", 2022, True,
         "published", "c"),
        (["Pereira-Holt, D.*", me + "*"], "Doubly robust estimation of heat-related mortality",
         "Under review at \\textit{Journal of the Royal Statistical Society, Series C}",
         "Journal of the Royal Statistical Society, Series C", None, True, "under review", "s"),
        ([me], "Priors on point patterns: a short survey", "arXiv:2502.05517, 2025", "arXiv", 2025, True,
         "preprint", "s"),
        (["Renfrew, C.", "Oduya, M.", me], "Coverage diagnostics for neural posterior estimators",
         "In preparation", None, None, False, "in preparation", "s"),
    ]
    groups = [("j", "Refereed journal articles"), ("c", "Refereed conference proceedings"),
              ("s", "Submitted, preprints and work in preparation")]

    def plist():
        out = []
        for g, head in groups:
            out.append(f"\\subsection*{{{head}}}\n\\begin{{enumerate}}[resume*=pubs]\n" if g != "j" else
                       f"\\subsection*{{{head}}}\n\\begin{{enumerate}}[label={{[\\arabic*]}},series=pubs]\n")
            for au, t, v, _vl, _y, _f, _s, gg in pubs:
                if gg != g:
                    continue
                aus = "; ".join(("\\textbf{" + tex(a) + "}") if a.startswith("Quist") else tex(a) for a in au)
                aus = aus.replace("*", "$^{*}$")
                out.append(f"\\item {aus} ``{tex(t)}.'' {v}.\n")
            out.append("\\end{enumerate}\n")
        return "".join(out)

    edu = [("Kingsbridge University", "phd", "2008", "2012", "2008--2012",
            "PhD in Statistics, Kingsbridge University, Kingsbridge, UK. Advisor: Prof.\\ Ottoline Marsh."),
           ("Université de Val-Sainte-Claire", "master", "2006", "2008", "2006--2008",
            "MSc in Applied Mathematics, Université de Val-Sainte-Claire, Canada."),
           ("Université de Val-Sainte-Claire", "bachelor", "2003", "2006", "2003--2006",
            "BSc (Honours) in Mathematics and Statistics, Université de Val-Sainte-Claire.")]
    jobs = [("Department of Statistics, Ellerby University", "Professor", "2022-07", "present", "July 2022 -- present"),
            ("Department of Statistics, Ellerby University", "Associate Professor", "2017-07", "2022-06",
             "July 2017 -- June 2022"),
            ("Department of Statistics, Ellerby University", "Assistant Professor", "2014-01", "2017-06",
             "January 2014 -- June 2017"),
            ("Institut Lemaire de Mathématiques", "Postdoctoral Fellow", "2012-09", "2013-12",
             "September 2012 -- December 2013")]

    src = r"""\documentclass[10.5pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\usepackage[margin=2.2cm]{geometry}
\usepackage{enumitem,array,titlesec,hyperref}
\hypersetup{colorlinks=false,pdfborder={0 0 0}}
\titleformat{\section}{\large\scshape}{}{0pt}{}[\titlerule]
\titleformat{\subsection}{\normalsize\itshape}{}{0pt}{}
\pagestyle{plain}
\setlength{\parindent}{0pt}
\begin{document}
\begin{minipage}[t]{0.52\textwidth}
{\LARGE Halvard Quist-Ambrose}\\[3pt]
Professor of Statistics\\
Department of Statistics, Ellerby University\\
17 Tanner's Row, Ellerby EY4 9QX, United Kingdom
\end{minipage}\hfill
\begin{minipage}[t]{0.47\textwidth}\raggedleft
Tel.: +44 20 7946 0718\\
\href{mailto:h.quist-ambrose@ellerby.example.ac.uk}{h.quist-ambrose@ellerby.example.ac.uk}\\
\url{https://stats.ellerby.example.ac.uk/~hqa}\\
Last updated: March 2025
\end{minipage}

\section{Academic appointments}
\begin{tabular}{@{}>{\raggedright}p{2.6cm}p{12.6cm}@{}}
""" + "".join(f"{d} & {t}, {tex(o)} \\\\[2pt]\n" for o, t, _s, _e, d in jobs) + r"""\end{tabular}

\section{Education}
\begin{tabular}{@{}p{2.6cm}p{12.6cm}@{}}
""" + "".join(f"{d} & {txt} \\\\[2pt]\n" for *_r, d, txt in edu) + r"""\end{tabular}

\section{Research interests}
Simulation-based inference; spatial point processes; Bayesian computation; causal inference for environmental health.

\section{Grants}
\begin{tabular}{@{}p{2.6cm}p{12.6cm}@{}}
2023--2027 & Principal investigator, ``Inference for misspecified simulators'', Northmoor Research Council, \pounds 612{,}000 \\
2019--2022 & Co-investigator, Urban Heat and Health Network, Ellerby Civic Trust \\
\end{tabular}

\section{Honours and awards}
\begin{tabular}{@{}p{2.6cm}p{12.6cm}@{}}
2024 & Fellow, Institute of Mathematical Statistics \\
2019 & Guy-Fenwick Medal in Bronze, Northmoor Statistical Society \\
2012 & Marsh Prize for the best doctoral thesis, Kingsbridge University \\
\end{tabular}

\section{Publications}
Bold: me; $^{*}$: equal contribution; students I supervise are underlined in the printed version.
""" + plist() + r"""
\section{Teaching}
\begin{tabular}{@{}p{2.6cm}p{12.6cm}@{}}
2014--present & STAT 3020 Bayesian Statistics (undergraduate, 180 students) \\
2018--present & STAT 7110 Monte Carlo Methods (graduate) \\
\end{tabular}

\section{Service}
Associate Editor, \textit{Bernoulli} (2021--); Area Chair, AISTATS 2024 and 2025; Director of Graduate Studies (2020--2023).
\end{document}
"""
    d = write_src("02_article_tabular", {"main.tex": src})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "Halvard Quist-Ambrose", [], ["h.quist-ambrose@ellerby.example.ac.uk"], ["+442079460718"],
        ["stats.ellerby.example.ac.uk/~hqa"],
        [(e[0], e[1], e[2], e[3]) for e in edu],
        [(o, t, s, e) for o, t, s, e, _d in jobs],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs],
        ["Simulation-based inference", "spatial point processes", "Bayesian computation"], 3,
        "Hand-written LaTeX article CV (TeX Gyre Pagella, titlesec small-caps sections over a rule): name block left "
        "and phone/e-mail/homepage/'Last updated' right in two minipages. Appointments, education, grants, honours "
        "and teaching as two-column tabulars with a narrow date column, so 'January 2014 -- June 2017' and "
        "'September 2012 -- December 2013' wrap onto two lines; three ranks at the same department. Education "
        "rows are prose 'PhD in Statistics, Kingsbridge University, ...' with years only. Grants are not awards. "
        "Publications: an enumerate list numbered [1]..[9] continuing over three italic sub-headings (journal / "
        "conference / submitted, preprints, in preparation); 'Surname, I.' authors separated by ';', own name bold; "
        "'$^*$: equal contribution' defined in the CV (one paper candidate second with '*' on both = first author); "
        "'in press' with no year, 'Under review at ... Series C', arXiv preprint, 'In preparation' without venue, "
        "'et al.' in an author list; NeurIPS printed as 'Advances in Neural Information Processing Systems 35 "
        "(NeurIPS 2022)'.",
        layout="LaTeX article + tabular + enumerate")


def bilingual_xecjk_phd(files: Path) -> dict:
    """03: bilingual (Chinese headings with English) LaTeX CV with xeCJK, PhD candidate in robotics."""
    fn = "03_bilingual_phd_candidate_xecjk.pdf"
    me = "Qiaoyu Lin"
    # authors, title, venue printed, venue label, year, first, status
    pubs = [
        ([me + "†", "Haoran Xu†", "Mingjie Zhou"], "Contact-rich assembly policies from a handful of demonstrations",
         "Conference on Robot Learning (CoRL), 2024", "CoRL", 2024, True, "published"),
        (["Haoran Xu", me, "Mingjie Zhou"], "Tactile world models for in-hand reorientation",
         "IEEE International Conference on Robotics and Automation (ICRA), 2024", "ICRA", 2024, False, "published"),
        ([me, "Yuxi Fang", "Mingjie Zhou"], "Diffusion policies with force feedback for deformable-object manipulation",
         "IEEE Robotics and Automation Letters (RA-L), accepted", "RA-L", None, True, "accepted"),
        (["Yuxi Fang", me], "基于触觉反馈的机械臂柔顺装配方法", "机器人, 2023, 45(4): 385-396", "机器人", 2023, False,
         "published"),
        ([me, "Mingjie Zhou"], "Learning to re-grasp under occlusion with point-cloud transformers",
         "Under review at IEEE Transactions on Robotics (T-RO)", "T-RO", None, True, "under review"),
    ]

    def plist():
        out = []
        for i, (au, t, v, *_r) in enumerate(pubs, 1):
            aus = ", ".join(f"\\textbf{{{a}}}" if a.startswith(me) else a for a in au).replace("†", "$^\\dagger$")
            out.append(f"\\item[[{i}]] {aus}. {tex(t)}. \\textit{{{tex(v)}}}.\n")
        return "".join(out)

    src = r"""\documentclass[10pt,a4paper]{article}
\usepackage[margin=1.8cm]{geometry}
\usepackage{fontspec,xeCJK,enumitem,titlesec,xcolor,hyperref}
\setmainfont{Lato}
\setCJKmainfont[BoldFont=Noto Sans CJK SC Bold]{Noto Sans CJK SC}
\hypersetup{colorlinks=true,urlcolor=teal!70!black}
\titleformat{\section}{\large\bfseries\color{teal!70!black}}{}{0pt}{}[{\color{teal!70!black}\titlerule}]
\titlespacing*{\section}{0pt}{8pt}{4pt}
\setlength{\parindent}{0pt}
\pagestyle{empty}
\newcommand{\entry}[4]{\textbf{#1} \hfill #2\\ #3 \hfill \textit{#4}\par\smallskip}
\begin{document}
\begin{center}
{\huge\bfseries 林巧渝 \quad Qiaoyu Lin}\\[4pt]
(+86) 186-5550-3917 \;|\; \href{mailto:linqy@sjtr.example.edu.cn}{linqy@sjtr.example.edu.cn} \;|\;
\href{https://github.com/qylin-robot}{github.com/qylin-robot} \;|\; \href{https://qylin.example.io}{qylin.example.io}
\end{center}

\section{研究方向 \quad Research Interests}
机器人操作 Robot manipulation; 触觉感知 Tactile sensing; 模仿学习 Imitation learning

\section{教育背景 \quad Education}
\entry{申江理工大学 Shenjiang University of Technology}{2021.09 -- 2026.06（预计 expected）}{博士研究生 Ph.D. candidate, 控制科学与工程 Control Science and Engineering}{导师 Advisor: 周明杰 Prof. Mingjie Zhou}
\entry{Fairhaven Institute of Technology, Robotics Institute}{2025.02 -- 2025.08}{联合培养 Visiting student (joint training)}{Host: Prof. Dana Whitcombe}
\entry{南屿大学 Nanyu University}{2017.09 -- 2021.06}{工学学士 B.Eng., 自动化 Automation}{GPA 3.86/4.0, 排名 Rank 3/142}

\section{实习与工作经历 \quad Experience}
\entry{星衡机器人科技有限公司 Xingheng Robotics Co., Ltd.}{2024.07 -- 2024.10}{算法实习生 Algorithm Intern, Manipulation Team}{上海 Shanghai}
\begin{itemize}[leftmargin=1.2em,itemsep=0pt]
\item Built a sim-to-real pipeline for bin picking; cut grasp failures by 31\%.
\end{itemize}
\entry{申江理工大学 自动化系}{2022.02 -- 2023.01}{助教 Teaching Assistant,《现代控制理论》Modern Control Theory}{}

\section{论文发表 \quad Publications}
{\small $^\dagger$ 共同第一作者 equal contribution; 本人加粗 own name in bold}
\begin{itemize}[leftmargin=2.2em,itemsep=1pt]
""" + plist() + r"""\end{itemize}

\section{科研项目 \quad Projects}
\entry{国家重点研发计划子课题：多模态灵巧操作}{2022.10 -- 2025.09}{核心成员 Core member}{}

\section{获奖情况 \quad Honors \& Awards}
\begin{itemize}[leftmargin=1.2em,itemsep=0pt]
\item 2025 \quad 博士研究生国家奖学金 National Scholarship for Doctoral Students
\item 2023 \quad ICRA 2023 Manipulation Challenge, 2nd place
\item 2020 \quad 全国大学生机器人大赛 RoboMaster 一等奖 First Prize
\end{itemize}

\section{技能 \quad Skills}
Python, C++, ROS 2, PyTorch, MuJoCo, Isaac Sim；英语 CET-6 (612), IELTS 7.5
\end{document}
"""
    d = write_src("03_bilingual_xecjk", {"main.tex": src})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "林巧渝", ["Qiaoyu Lin", "林巧渝 Qiaoyu Lin", "Lin Qiaoyu"], ["linqy@sjtr.example.edu.cn"],
        ["+8618655503917"], ["github.com/qylin-robot", "qylin.example.io"],
        [("申江理工大学 Shenjiang University of Technology", "phd", "2021-09", "2026-06"),
         ("南屿大学 Nanyu University", "bachelor", "2017-09", "2021-06")],
        [("星衡机器人科技有限公司 Xingheng Robotics Co., Ltd.", "算法实习生 Algorithm Intern", "2024-07", "2024-10"),
         ("申江理工大学 自动化系", "助教 Teaching Assistant", "2022-02", "2023-01")],
        len(pubs), sum(p[5] for p in pubs), [(p[1], p[3], p[4], p[5], p[6], p[0]) for p in pubs],
        ["Robot manipulation", "Tactile sensing", "Imitation learning"], 3,
        "Bilingual Chinese/English article CV (xeCJK, Lato + Noto Sans CJK): centred name '林巧渝 Qiaoyu Lin', "
        "one contact line with '(+86) 186-5550-3917', e-mail, GitHub and homepage. Every heading is bilingual "
        "('教育背景 Education'). Entries: bold institution/organisation with right date, second line role/degree with "
        "right italic note. PhD '2021.09 -- 2026.06（预计 expected）' (end 2025-06); a joint-training visit at a "
        "foreign institute is not a degree; a national R&D sub-project with '核心成员' is not a job; a teaching "
        "assistantship counts as experience. Publications [1]..[5] with '†' equal contribution defined "
        "('共同第一作者'), own name bold; RA-L 'accepted' with no year; a "
        "Chinese journal paper '机器人, 2023, 45(4)'; 'Under review at IEEE T-RO'. Awards with the year first.",
        language="zh+en", layout="LaTeX article bilingual xeCJK")
