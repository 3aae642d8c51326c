r"""06: Chinese chemistry professor 个人简历, XeLaTeX ctexart + biblatex-gb7714-2015 by category (biber)."""

NAME = "06_zh_chemistry_professor_ctex_gb7714"

BIB = r"""
@article{e1, author={Qin, Zeyu and Hao, Yiran and Lindqvist, Per}, title={Circularly polarized luminescence from helical perylene diimide assemblies}, journal={Journal of the American Chemical Society}, year={2025}, volume={147}, number={4}, pages={3101--3110}, keywords={en}}
@article{e2, author={Hao, Yiran and Qin, Zeyu}, title={Solvent-gated chirality inversion in supramolecular polymers}, journal={Angewandte Chemie International Edition}, year={2024}, volume={63}, pages={e202401177}, keywords={en}}
@article{e3, author={Qin, Zeyu and Du, Ruoxi and Meng, Fanzhou and others}, title={Thermally activated delayed fluorescence emitters with through-space charge transfer}, journal={Nature Communications}, year={2024}, volume={15}, pages={5521}, keywords={en}}
@article{e4, author={Du, Ruoxi and Meng, Fanzhou and Qin, Zeyu}, title={Narrowband blue emitters based on boron-nitrogen frameworks}, journal={Advanced Materials}, year={2023}, volume={35}, pages={2301874}, keywords={en}}
@article{e5, author={Qin, Zeyu and Hao, Yiran}, title={Chiral induction in two-dimensional covalent organic frameworks}, journal={Chemical Science}, year={2023}, volume={14}, pages={8812--8820}, keywords={en}}
@article{e6, author={Meng, Fanzhou and Qin, Zeyu and Okonkwo, Adaeze}, title={Mechanochromic luminescence of twisted donor-acceptor crystals}, journal={Journal of the American Chemical Society}, year={2022}, volume={144}, pages={11230--11239}, keywords={en}}
@article{e7, author={Qin, Zeyu}, title={Helical aggregates for chiral optoelectronics}, journal={Accounts of Chemical Research}, year={2022}, volume={55}, pages={2950--2961}, keywords={en}}
@article{e8, author={Wei, Lanting and Qin, Zeyu}, title={Aggregation-induced emission of tetraphenylethylene macrocycles}, journal={Chemistry of Materials}, year={2021}, volume={33}, pages={4410--4419}, keywords={en}}
@article{e9, author={Qin, Zeyu and Wei, Lanting and Du, Ruoxi}, title={Host-guest control of excimer emission}, journal={Angewandte Chemie International Edition}, year={2020}, volume={59}, pages={18877--18882}, keywords={en}}
@article{e10, author={Qin, Zeyu and Lindqvist, Per}, title={Photophysics of chiral perylene bisimide dimers}, journal={The Journal of Physical Chemistry Letters}, year={2019}, volume={10}, pages={6321--6327}, keywords={en}}
@article{e11, author={Okonkwo, Adaeze and Qin, Zeyu}, title={Solid-state circularly polarized luminescence of binaphthyl polymers}, journal={Macromolecules}, year={2018}, volume={51}, pages={9400--9408}, keywords={en}}
@article{e12, author={Qin, Zeyu and Fraser, Helena and Whitaker, Jonah}, title={Self-sorting in multicomponent supramolecular polymers}, journal={Science}, year={2013}, volume={342}, pages={1210--1214}, keywords={en}}
@article{e13, author={Qin, Zeyu and Zhao, Mingyuan}, title={Pi-stacked macrocycles as nanotubes}, journal={Organic Letters}, year={2010}, volume={12}, pages={3300--3303}, keywords={en}}
@article{e14, author={Qin, Zeyu and Hao, Yiran and Du, Ruoxi}, title={Room-temperature phosphorescence switching in chiral crystals}, journal={CCS Chemistry}, year={2025}, addendum={已接收}, keywords={en}}
@article{c1, author={覃泽宇 and 郝一然 and 杜若溪}, title={手性超分子发光材料研究进展}, journal={化学学报}, year={2023}, volume={81}, number={6}, pages={655--670}, language={chinese}, keywords={zh}}
@article{c2, author={魏兰亭 and 覃泽宇}, title={聚集诱导发光大环分子的合成与性质}, journal={有机化学}, year={2021}, volume={41}, number={9}, pages={3450--3461}, language={chinese}, keywords={zh}}
@article{c3, author={覃泽宇}, title={圆偏振发光材料：从分子到器件}, journal={高分子学报}, year={2019}, volume={50}, number={11}, pages={1120--1132}, language={chinese}, keywords={zh}}
@article{c4, author={孟凡舟 and 覃泽宇 and 赵明远}, title={扭曲给受体晶体的力致变色行为}, journal={物理化学学报}, year={2022}, volume={38}, pages={2110021}, language={chinese}, keywords={zh}}
@book{b1, author={覃泽宇 and 赵明远}, title={超分子光功能材料}, publisher={科学出版社}, location={北京}, year={2020}, language={chinese}, keywords={book}}
@incollection{b2, author={Qin, Zeyu}, title={Chiral supramolecular luminescence}, editor={Whitaker, Jonah}, booktitle={Supramolecular Photochemistry}, publisher={Wiley-VCH}, location={Weinheim}, year={2017}, pages={201--236}, keywords={book}}
"""

TEX = r"""\documentclass[UTF8,zihao=-4]{ctexart}
\usepackage[a4paper,margin=2.2cm,headheight=15pt]{geometry}
\usepackage{fancyhdr,lastpage,enumitem,booktabs,array}
\usepackage[backend=biber,style=gb7714-2015,gbpub=false,defernumbers=true]{biblatex}
\addbibresource{06_zh_chemistry_professor_ctex_gb7714.bib}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}\fancyhf{}
\lhead{\small 覃泽宇\quad 个人简历}
\rhead{\small 浙江大学化学系}
\cfoot{\small 第 \thepage\ 页\quad 共 \pageref{LastPage} 页}
\ctexset{section={format=\large\bfseries\heiti,beforeskip=1.5ex,afterskip=1ex}}
\setlength{\parindent}{0pt}
\newcommand{\dt}[2]{\noindent\makebox[10em][l]{#1}#2\par\vspace{2pt}}
\begin{document}
\begin{center}{\LARGE\heiti 个\quad 人\quad 简\quad 历}\end{center}
\vspace{4pt}
\begin{tabular}{@{}>{\heiti}p{5em}p{12em}>{\heiti}p{5em}p{14em}@{}}
姓\quad 名： & 覃泽宇 & 性\quad 别： & 男 \\
出生年月： & 1983年5月 & 职\quad 称： & 教授、博士生导师 \\
单\quad 位： & 浙江大学化学系 & 电子邮箱： & qinzy@zju.example.edu.cn \\
办公电话： & 0571-5550 0123 & 通讯地址： & 杭州市西湖区余杭塘路866号 \\
\end{tabular}

\section*{研究方向}
手性超分子发光材料；热活化延迟荧光（TADF）材料；有机光电功能分子的自组装

\section*{教育经历}
\dt{2005.09--2010.07}{北京大学\ 化学与分子工程学院\ 有机化学\ 理学博士（导师：赵明远 教授）}
\dt{2001.09--2005.07}{南开大学\ 化学学院\ 化学\ 理学学士}

\section*{工作经历}
\dt{2016.12--至今}{浙江大学化学系\ 教授、博士生导师}
\dt{2020.01--2023.12}{浙江大学化学系\ 副系主任（分管研究生工作）}
\dt{2013.09--2016.11}{浙江大学化学系\ 研究员（“百人计划”）}
\dt{2019.07--2019.09}{京都大学（Kyoto University）工学研究科\ 访问教授}
\dt{2010.10--2013.08}{美国加州大学伯克利分校（University of California, Berkeley）化学系\ 博士后}

\section*{主持项目}
\begin{enumerate}[label=\arabic*.,leftmargin=2em,itemsep=1pt]
\item 国家自然科学基金优秀青年科学基金项目，22222109，手性超分子光功能材料，2023.01--2025.12，200万元，主持
\item 国家重点研发计划“纳米前沿”重点专项课题，2021YFA1200302，2021.12--2026.11，480万元，课题负责人
\item 国家自然科学基金面上项目，21975221，圆偏振发光聚合物的可控构筑，2020.01--2023.12，63万元，主持
\item 浙江省自然科学基金杰出青年项目，LR18B040001，2018.01--2021.12，40万元，主持
\item 国家自然科学基金青年科学基金项目，21502167，2016.01--2018.12，20万元，主持（已结题）
\end{enumerate}

\section*{学术兼职}
\dt{2022--至今}{《化学学报》青年编委}
\dt{2021--至今}{\textit{Chinese Journal of Chemistry} 编委}
\dt{2019--至今}{中国化学会高级会员；中国化学会光化学专业委员会委员}
\dt{2018--至今}{\textit{J. Am. Chem. Soc.}、\textit{Angew. Chem.}、\textit{Adv. Mater.} 等期刊审稿人}

\section*{获奖情况}
\dt{2021}{浙江省自然科学奖一等奖（排名第1）}
\dt{2017}{中国化学会青年化学奖}
\dt{2014}{浙江大学“求是青年学者”}

\section*{人才培养与教学}
已培养博士研究生7名、硕士研究生11名；其中郝一然（2023年博士毕业）现任南京大学副研究员，杜若溪（2022年博士毕业）现任华为技术有限公司研究员。主讲本科生课程《有机化学（甲）》（课程号 061B0080，每年春夏学期）、研究生课程《超分子化学》。

\section*{代表性论文与著作}
共发表SCI论文60余篇，以下为代表作（按类别排列，各类分别编号）。
\nocite{*}
\printbibliography[keyword=en,heading=subbibliography,title={一、英文期刊论文},resetnumbers=true]
\printbibliography[keyword=zh,heading=subbibliography,title={二、中文期刊论文},resetnumbers=true]
\printbibliography[keyword=book,heading=subbibliography,title={三、专著与章节},resetnumbers=true]

\section*{授权发明专利}
\begin{enumerate}[label=\arabic*.,leftmargin=2em,itemsep=1pt]
\item 覃泽宇，郝一然. 一种手性二酰亚胺发光材料及其制备方法：中国，ZL202110455512.3[P]. 2023-04-18.
\item 覃泽宇，杜若溪，孟凡舟. 窄带蓝光硼氮发光分子：中国，ZL202210078901.6[P]. 2024-01-09.
\end{enumerate}

\section*{学术报告}
2024年11月，第十四届全国超分子化学学术会议（成都），大会邀请报告；2023年7月，IUPAC Symposium on Photochemistry（Sapporo），邀请报告；2022年10月，中国化学会第33届学术年会（青岛），分会邀请报告。

\vspace{1em}
\hfill 更新日期：2025年3月
\end{document}
"""
