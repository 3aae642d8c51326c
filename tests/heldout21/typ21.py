"""Typst sources (typst-py): 05 (Taiwan, Traditional Chinese, 教師履歷 with 著作目錄) and 11 (English CV of a Chinese master's student)."""
from __future__ import annotations

TYP_05 = r"""
#set document(title: "簡韻如 履歷", author: "簡韻如", date: datetime(year: 2026, month: 1, day: 1))
#set page(paper: "a4", margin: (x: 2.1cm, top: 2.2cm, bottom: 2cm),
  footer: context [#set text(8pt, fill: luma(110)); #h(1fr) 簡韻如 ／ 第 #counter(page).display() 頁，共 #counter(page).final().first() 頁 #h(1fr)])
#set text(font: ("Noto Serif CJK TC"), size: 10.2pt, lang: "zh", region: "tw")
#set par(leading: 0.72em, justify: false)
#let sec(t) = { v(0.7em); block(below: 0.5em)[#text(font: "Noto Sans CJK TC", weight: "bold", size: 12pt)[#t] #box(width: 1fr, line(length: 100%, stroke: 0.6pt))] }
#let ent(when, body) = grid(columns: (3.7cm, 1fr), column-gutter: 0.4cm, row-gutter: 0.4em, text(size: 9.4pt)[#when], body)

#align(center)[#text(font: "Noto Sans CJK TC", size: 20pt, weight: "bold", tracking: 4pt)[履　歷　表]]
#v(0.4em)
#table(columns: (2.2cm, 1fr, 2.2cm, 1fr), stroke: 0.5pt + luma(120), inset: 5pt,
  [姓　　名], [簡韻如（CHIEN, YUN-JU）], [應徵職稱], [助理教授],
  [出生日期], [1991年3月], [國　　籍], [中華民國],
  [行動電話], [0955-500-173], [電子郵件], [yjchien\@gate.sinica.example.edu.tw],
  [通訊地址], table.cell(colspan: 3)[115 臺北市南港區研究院路二段 128 號 環境變遷研究中心],
  [專長領域], table.cell(colspan: 3)[水環境工程、新興污染物（PFAS）處理、高級氧化程序、水質模式],
)

#sec[一、學歷]
#ent[2016年9月 \~ 2021年7月][*國立成功大學* 環境工程學系 博士 \ 指導教授：尉遲明德 教授；論文題目：過硫酸鹽活化降解全氟化合物之反應機制]
#ent[2019年8月 \~ 2020年1月][*Colorado School of Mines*（美國）土木與環境工程系 訪問學生（科技部千里馬計畫）]
#ent[2014年9月 \~ 2016年6月][*國立臺灣大學* 環境工程學研究所 碩士]
#ent[2010年9月 \~ 2014年6月][*國立中興大學* 環境工程學系 學士（書卷獎三次）]

#sec[二、經歷]
#ent[2021年8月 \~ 迄今][*中央研究院* 環境變遷研究中心 博士後研究學者（指導研究員：歐陽靜宜 研究員）]
#ent[2021年2月 \~ 2021年7月][*國立成功大學* 環境工程學系 兼任講師（大學部「環境化學」）]
#ent[2016年7月 \~ 2016年8月][*台灣電力公司* 環境保護處 暑期實習生]

#sec[三、著作目錄]
#text(size: 9pt)[（\* 為通訊作者；IF 為 2024 年 JCR 影響係數，排名為該領域百分位）]

*(A) 期刊論文*
+ *Chien, Y.-J.*, Ouyang, C.-Y.\*, 2024. Sulfate radical pathways for short-chain PFAS defluorination in groundwater. _Water Research_ 251, 121144. (SCI, IF = 12.4, 排名 1.2%)
+ *Chien, Y.-J.*, Lin, H.-W., Yuchi, M.-T.\*, 2022. Biochar-supported cobalt for peroxymonosulfate activation toward PFOA. _Chemical Engineering Journal_ 430, 132871. (SCI, IF = 13.3)
+ Lin, H.-W., *Chien, Y.-J.*, Yuchi, M.-T.\*, 2021. Kinetic modelling of UV/persulfate in reclaimed water. _Journal of Hazardous Materials_ 416, 125902. (SCI, IF = 12.2)
+ *簡韻如*、尉遲明德\*，2020。〈臺灣地下水中全氟化合物之流布調查〉。《中華民國環境工程學刊》，31(2)，55-68。(EI)
+ *Chien, Y.-J.*, Ouyang, C.-Y.\*. Electro-oxidation of PFAS in landfill leachate concentrates. _Environmental Science & Technology_.（已接受，accepted）

*(B) 研討會論文*
+ *Chien, Y.-J.*, Ouyang, C.-Y., 2023. Field pilot of activated persulfate for PFAS remediation. In: _Proceedings of the IWA World Water Congress 2023_, Kyoto, Japan, pp. 211-214.

*(C) 審查中論文*
+ *Chien, Y.-J.*, Ouyang, C.-Y.\* Machine-learning prediction of PFAS breakthrough in GAC filters. _Water Research X_（審查中，under review）

#sec[四、研究計畫]
#ent[2024年8月 \~ 2026年7月][國科會 2030 跨世代年輕學者方案（新秀學者），「地下水中短鏈全氟化合物之去氟化技術」，共同主持人]
#ent[2022年8月 \~ 2023年7月][國科會 博士後研究人員學術研究計畫（NSTC 111-2811-E-001-xxx），主持人]

#sec[五、榮譽與獎項]
#ent[2023][中華民國環境工程學會 優秀青年學者論文獎]
#ent[2021][國立成功大學 博士班優秀論文獎]
#ent[2019][科技部 千里馬計畫（補助博士生赴國外研究）]

#sec[六、教學經驗與專長]
可授課程：環境化學、水處理工程、環境工程單元操作、環境數據分析（Python）。
"""

TYP_11 = r"""
#set document(title: "Yiling Tan CV", author: "Yiling Tan", date: datetime(year: 2026, month: 1, day: 1))
#set page(paper: "us-letter", margin: (x: 0.75in, y: 0.6in))
#set text(font: ("Liberation Serif", "Noto Serif CJK SC"), size: 10.5pt)
#set par(leading: 0.55em)
#let sec(t) = { v(0.35em); text(size: 12pt, weight: "bold", fill: rgb("#8b1a1a"))[#smallcaps(t)]; v(-0.75em); line(length: 100%, stroke: 0.7pt + rgb("#8b1a1a")); v(-0.3em) }
#let row(l, r) = grid(columns: (1fr, auto), l, r)

#align(center)[
  #text(size: 19pt, weight: "bold")[Yiling Tan] #text(size: 13pt)[(谭一菱)] \
  #text(size: 9.5pt)[School of Data Science, Fudan University, 220 Handan Road, Shanghai 200433, China \
  (+86) 177-5550-0649 #sym.diamond.stroked.small tanyl23\@m.fudan.example.edu.cn #sym.diamond.stroked.small #link("https://github.com/yiling-tan-example")[github.com/yiling-tan-example] #sym.diamond.stroked.small yilingtan.example.io]
]

#sec[Education]
#row[*Fudan University*, Shanghai][Sep 2023 – Jun 2026 (expected)]
M.S. in Statistics, School of Data Science. GPA: 3.86/4.0 (ranking 2/41). Advisor: Prof. Jianmin Huangfu \
#row[*University of California, Berkeley*][Summer 2022]
Summer Sessions (visiting student): STAT 154 Modern Statistical Prediction and Machine Learning (A) \
#row[*Central South University*, Changsha][Sep 2019 – Jun 2023]
B.S. in Mathematics and Applied Mathematics. GPA: 3.81/4.0 (ranking 3/95); Outstanding Graduate of Hunan Province

#sec[Research Interests]
Conformal prediction, causal inference with high-dimensional data, distribution shift in medical imaging.

#sec[Publications and Manuscripts]
#text(size: 9.5pt)[(\* equal contribution)]
#set enum(numbering: "[1]")
+ *Yiling Tan*\*, Zhuoran Xie\*, and Jianmin Huangfu. Weighted conformal prediction under covariate shift with unknown propensity. _Under review at AISTATS 2026_.
+ Zhuoran Xie\*, *Yiling Tan*\*, and Jianmin Huangfu. Doubly robust estimation of heterogeneous effects with surrogate outcomes. _arXiv preprint arXiv:2506.01234_, 2025.
+ Ruoyu Dai, *Yiling Tan*, Kexin Ma, and Jianmin Huangfu. Label-shift detection for chest X-ray classifiers. _MICCAI Workshop on Uncertainty for Safe Utilization of Machine Learning in Medical Imaging (UNSURE)_, 2024.
+ 谭一菱, 皇甫建民. 高维部分线性模型的去偏推断[J]. 应用概率统计, 2025, 41(2): 201-215. (in Chinese)

#sec[Research Experience]
#row[*Conformal Prediction under Distribution Shift*, advised by Prof. Jianmin Huangfu][Oct 2023 – present]
- Proposed a propensity-free weighting scheme; proved finite-sample coverage; code released on GitHub.
#row[*Undergraduate Thesis: Debiased Inference in Partially Linear Models*, Central South University][Sep 2022 – May 2023]
- Advisor: Prof. Lei Zhong; thesis rated Excellent (top 5%).

#sec[Work Experience]
#row[*Ant Group*, Risk Modeling Intern, Hangzhou][Jun 2024 – Sep 2024]
- Built a gradient-boosted credit-risk scorecard with monotonic constraints; reduced false positives by 6%.
#row[*School of Data Science, Fudan University*, Teaching Assistant][Feb 2024 – Jun 2024]
- Mathematical Statistics (undergraduate): problem sessions, grading.

#sec[Honors and Awards]
#row[National Scholarship (Ministry of Education of China), top 1%][2021]
#row[Meritorious Winner, Mathematical Contest in Modeling (MCM/ICM)][2022]
#row[First Prize, Chinese Mathematics Competitions (Hunan Division)][2021]
#row[Fudan University Academic Scholarship, First Class][2024]

#sec[Skills]
*Programming:* R, Python (PyTorch, scikit-learn), SQL, LaTeX #h(1em) *Tests:* TOEFL iBT 111 (S 25), GRE 331 + 3.5 \
*Languages:* Mandarin (native), English (fluent)
"""
