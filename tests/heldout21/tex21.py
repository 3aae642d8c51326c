"""XeLaTeX sources: 01 in hijiangtao/resume's resume.cls (fetched, MIT), 12 hand-written article + xeCJK + fancyhdr."""
from __future__ import annotations

# Written for this set after the template's zh_CN-Adobefonts_internal.sty: the Adobe Std fonts are not
# installed, so the same four roles go to Noto CJK SC and AR PL UKai.
ZH_NOTO_STY = r"""\NeedsTeXFormat{LaTeX2e}[1994/06/01]
\ProvidesPackage{zh_CN-notofonts}[2026/01/01 heldout21: the template's Adobe font roles mapped to installed fonts]
\RequirePackage{xeCJK}
\setCJKmainfont[BoldFont=Noto Sans CJK SC Bold, ItalicFont=AR PL UKai CN, SmallCapsFont=Noto Sans CJK SC]{Noto Serif CJK SC}
\setCJKsansfont{Noto Sans CJK SC}
\setCJKmonofont{Noto Sans Mono CJK SC}
\setCJKfamilyfont{zhsong}{Noto Serif CJK SC}
\setCJKfamilyfont{zhhei}{Noto Sans CJK SC}
\setCJKfamilyfont{zhkai}{AR PL UKai CN}
\newcommand*{\songti}{\CJKfamily{zhsong}}
\newcommand*{\heiti}{\CJKfamily{zhhei}}
\newcommand*{\kaishu}{\CJKfamily{zhkai}}
\endinput
"""

TEX_01 = r"""% !TEX TS-program = xelatex
\documentclass{resume}
\usepackage{zh_CN-notofonts}
\usepackage{linespacing_fix}
\usepackage{cite}

\begin{document}
\pagenumbering{gobble}

\name{钟昕妍}

\contactInfo{(+86) 188-5550-0275}{zhongxy@hit.example.edu.cn}{应聘：讲师（材料学）}{GitHub @zxy-hea}

\section{\faUser\ 个人概况}
哈尔滨工业大学材料科学与工程学院 2025届工学博士，现为南方科技大学博士后。长期从事\textbf{高熵合金的增材制造与氢脆机理}研究，以第一作者（含共同第一）在 Acta Materialia、International Journal of Plasticity 等期刊发表 SCI 论文 5 篇，中科院一区 4 篇。

\section{\faGraduationCap\ 教育背景}
\datedsubsection{\textbf{哈尔滨工业大学}，材料科学与工程，\textit{工学博士（硕博连读）}}{2020.09 - 2025.06}
\ 导师：澹台永健 教授；博士论文：激光粉末床熔融 CoCrFeNi 系高熵合金的氢脆行为与微观机制
\datedsubsection{\textbf{KTH Royal Institute of Technology}（瑞典皇家理工学院），\textit{国家公派联合培养博士}}{2023.01 - 2024.01}
\ Department of Materials Science and Engineering，合作导师：Prof. A. Lindqvist
\datedsubsection{\textbf{大连理工大学}，金属材料工程，\textit{工学学士}}{2016.09 - 2020.06}
\ \textbf{GPA 3.89/4.0，排名 2/118（前 2\%）}，保送研究生

\section{\faBriefcase\ 工作经历}
\datedsubsection{\textbf{南方科技大学} | 材料科学与工程系，博士后}{2025.07 - 至今}
\ 合作导师：慕容晓峰 讲席教授；深圳市博士后“鹏城孔雀计划”资助

\section{\faFileText\ 学术论文}
\textit{（\# 共同第一作者，* 通讯作者；IF 为 2024 年 JCR 影响因子）}
\subsection{期刊论文}
\begin{enumerate}[label={[\arabic*]}, parsep=0.2ex]
  \item \textbf{Zhong X Y}, Lin P, Tantai Y J*. Hydrogen-assisted cracking along cellular boundaries in laser powder bed fused CoCrFeNi high-entropy alloy[J]. Acta Materialia, 2024, 266: 119672. \textbf{（SCI 一区 Top, IF=8.3, 一作）}
  \item Lin P\#, \textbf{Zhong X Y\#}, Tantai Y J*. Dislocation cell walls as hydrogen traps in additively manufactured FeCoNiCrMn[J]. International Journal of Plasticity, 2023, 168: 103688. \textbf{（SCI 一区 Top, IF=9.4, 共同一作）}
  \item \textbf{Zhong X Y}, Lindqvist A, Tantai Y J*. In-situ synchrotron study of hydrogen-induced phase transformation in a metastable HEA[J]. Scripta Materialia, 2024, 245: 116041. \textbf{（SCI 一区, IF=5.3）}
  \item \textbf{Zhong X Y}, Tantai Y J*. Heat-treatment design against hydrogen embrittlement in LPBF alloys[J]. Materials Science and Engineering: A, 2022, 851: 143590. \textbf{（SCI 二区, IF=6.1）}
  \item Wu H, \textbf{Zhong X Y}, Tantai Y J*. Nano-oxide dispersion and hydrogen diffusivity in printed CoCrNi[J]. Journal of Materials Science \& Technology, 2023, 150: 87-99. \textbf{（SCI 一区, 第二作者）}
  \item \textbf{钟昕妍}, 澹台永健*. 增材制造高熵合金氢脆研究进展[J]. 金属学报, 2023, 59(8): 1001-1016. \textbf{（EI, 中文核心）}
  \item \textbf{Zhong X Y}, Murong X F*. Machine-learned interatomic potential for H in CoCrFeNi[J]. npj Computational Materials, 已投稿（Under review）.
\end{enumerate}
\subsection{会议论文与报告}
\begin{enumerate}[label={[\arabic*]}, start=8, parsep=0.2ex]
  \item \textbf{Zhong X Y}, Tantai Y J. Hydrogen trapping at cellular structures in AM alloys[C]//TMS 2024 Annual Meeting \& Exhibition, Orlando, 2024: 415-420. （口头报告）
\end{enumerate}

\section{\faCogs\ 科研项目}
\begin{itemize}[parsep=0.2ex]
  \item 国家自然科学基金面上项目（52271xxx），增材制造高熵合金氢致开裂的多尺度机理，2023--2026，\textbf{参与}（排名第3）
  \item 中国博士后科学基金面上资助（2025M77xxxx），2025--2027，\textbf{主持}
\end{itemize}

\section{\faCertificate\ 专利}
\begin{itemize}[parsep=0.2ex]
  \item 澹台永健，\textbf{钟昕妍}，林鹏. 一种抗氢脆高熵合金的激光增材制造方法：ZL 2023 1 0xxxxxx.x[P]. 2024-05-17.（已授权）
\end{itemize}

\section{\faHeartO\ 获奖情况}
\begin{itemize}[parsep=0.2ex]
  \item 哈尔滨工业大学优秀博士学位论文，2025年6月
  \item 博士研究生国家奖学金，2023年10月
  \item 中国材料大会 2022 优秀墙报奖，2022年7月
  \item 辽宁省优秀毕业生，2020年6月
\end{itemize}
\end{document}
"""

TEX_12 = r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[a4paper,margin=2.1cm,headheight=14pt]{geometry}
\usepackage{xeCJK}
\setCJKmainfont[BoldFont=Noto Sans CJK SC Bold]{Noto Serif CJK SC}
\setCJKsansfont{Noto Sans CJK SC}
\setmainfont{Liberation Serif}
\usepackage{fancyhdr,tabularx,enumitem,titlesec,xcolor,lastpage}
\definecolor{dk}{RGB}{150,20,30}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\sffamily 戚永安\quad 个人简历}
\fancyhead[R]{\small\sffamily 哈尔滨工程大学 智能科学与工程学院}
\fancyfoot[C]{\small 第 \thepage\ 页\ 共 \pageref{LastPage} 页}
\renewcommand{\headrulewidth}{0.4pt}
\titleformat{\section}{\large\sffamily\bfseries\color{dk}}{\chinese{section}、}{0pt}{}[{\color{dk}\titlerule}]
\titlespacing*{\section}{0pt}{8pt}{4pt}
\setlength{\parindent}{0pt}
\newcommand{\chinese}[1]{\ifcase\value{#1}\or 一\or 二\or 三\or 四\or 五\or 六\or 七\or 八\or 九\or 十\or 十一\fi}
\begin{document}
\begin{center}{\sffamily\bfseries\LARGE 戚永安}\\[2pt]
{\small 副教授\ /\ 硕士生导师\quad 机器人动力学与控制}\end{center}
\vspace{-4pt}
\begin{tabularx}{\textwidth}{@{}lXlX@{}}
性\hspace{2em}别：& 男 & 出生年月：& 1988年4月\\
最高学位：& 工学博士 & 职\hspace{2em}称：& 副教授（2021年12月聘）\\
电\hspace{2em}话：& 0451-8255-5016（办）；133-5550-0860 & 邮\hspace{2em}箱：& qiyongan@hrbeu.example.edu.cn\\
\end{tabularx}

\section{研究方向}
水下机器人动力学建模与控制；多智能体协同控制；强化学习在运动控制中的应用

\section{教育经历}
\begin{tabularx}{\textwidth}{@{}p{3.3cm}X@{}}
2011/09–2016/12 & 哈尔滨工业大学，控制科学与工程，工学博士（导师：闾丘振华 教授）\\
2014/10–2015/10 & 加拿大 University of Victoria，机械工程系，联合培养博士研究生\\
2007/09–2011/06 & 哈尔滨工业大学，自动化，工学学士\\
\end{tabularx}

\section{工作经历}
\begin{tabularx}{\textwidth}{@{}p{3.3cm}X@{}}
2021/12–今 & 哈尔滨工程大学，智能科学与工程学院，副教授，硕士生导师\\
2019/01–2021/11 & 哈尔滨工程大学，智能科学与工程学院，讲师\\
2017/01–2018/12 & 哈尔滨工程大学，船舶与海洋工程博士后流动站，博士后（合作导师：钟离卫东 教授）\\
\end{tabularx}

\section{主持及参与项目}
\begin{enumerate}[label=(\arabic*),leftmargin=2.2em,itemsep=1pt]
\item 国家自然科学基金面上项目，52371xxx，欠驱动水下机器人集群的事件触发编队控制，2024.01–2027.12，主持
\item 国家自然科学基金青年科学基金项目，61903xxx，2020.01–2022.12，主持（结题评价“优”）
\item 黑龙江省自然科学基金优秀青年项目，YQ2022Fxxx，2022.07–2025.06，主持
\item 某型无人潜航器控制系统研制（横向课题），2021–2023，技术负责人
\end{enumerate}

\section{代表性论文}
{\small 注：\textbf{*} 为通讯作者；“学生一作/本人通讯”指本人指导学生为第一作者}
\begin{enumerate}[label={[\arabic*]},leftmargin=2.2em,itemsep=1pt]
\item \textbf{Qi Y A}, Zhongli W D, Lüqiu Z H*. Event-triggered formation control of underactuated AUVs with prescribed performance[J]. IEEE Transactions on Industrial Electronics, 2022, 69(11): 11560-11570.（SCI 一区，EI）
\item \textbf{Qi Y A}, Lüqiu Z H. Fixed-time trajectory tracking of AUVs under ocean currents[J]. Ocean Engineering, 2019, 186: 106127.（SCI 二区）
\item Sun M, \textbf{Qi Y A}*. Safe reinforcement learning for docking of an AUV[J]. IEEE Transactions on Cybernetics, 2024, 54(6): 3551-3563.（SCI 一区，学生一作/本人通讯）
\item Zhao L, Sun M, \textbf{Qi Y A}*. Distributed observers for multi-AUV systems with intermittent acoustic links[J]. Automatica, 2025.（SCI 二区，已录用）
\item \textbf{戚永安}, 钟离卫东. 欠驱动水下机器人的自适应滑模控制[J]. 控制与决策, 2020, 35(4): 801-808.（EI，北大核心）
\item \textbf{Qi Y A}, Sun M, Zhao L. Learning-based thruster fault compensation for AUVs[C]//IEEE International Conference on Robotics and Automation (ICRA). Yokohama, 2024: 5120-5126.（EI，CCF-B）
\item Sun M, \textbf{Qi Y A}*. Benchmarking MPC and RL controllers for hovering AUVs[J]. IEEE Journal of Oceanic Engineering, 修改后再审（Major revision）.
\end{enumerate}

\section{授权发明专利}
\begin{enumerate}[label=(\arabic*),leftmargin=2.2em,itemsep=1pt]
\item 戚永安，孙铭，赵璐. 一种基于事件触发的水下机器人编队控制方法：ZL202110xxxxxx.X[P]. 2023-03-10.
\item 戚永安，闾丘振华. 一种欠驱动水下航行器的固定时间轨迹跟踪方法：ZL201810xxxxxx.0[P]. 2020-08-21.
\end{enumerate}

\section{获奖情况}
2023年 黑龙江省科学技术奖（自然科学类）二等奖（排名第2）；2022年 哈尔滨工程大学“三育人”先进个人；
2017年 哈尔滨工业大学优秀博士学位论文

\section{教学与人才培养}
主讲本科课程《自动控制原理》（64学时）、研究生课程《非线性控制》（32学时）；已指导毕业硕士研究生 7 名，
指导学生获第十八届“挑战杯”全国大学生课外学术科技作品竞赛二等奖。

\section{学术兼职}
中国自动化学会 机器人专委会委员；IEEE Senior Member；IEEE TIE、Ocean Engineering 等期刊审稿人
\end{document}
"""
