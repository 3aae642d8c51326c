"""Hand-written labels of heldout21 (one dict per file), in the format of ../../shared/eval/score.py."""
from __future__ import annotations


def edu(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS: dict[str, dict] = {}


def label(key, **kw):
    LABELS[key] = kw


label(
    "02",
    name="符嘉禾", name_any=["Fu Jiahe", "Jiahe Fu"],
    emails=["fujiahe@iccas.example.ac.cn"], phones=["+8615555010362"], links=[],
    education=[
        edu("南开大学", "phd", "2016-09", "2021-06"),
        edu("University of Cambridge", "other", "2019-03", "2020-03"),
        edu("郑州大学", "bachelor", "2012-09", "2016-06"),
    ],
    experience=[job("中国科学院化学研究所", "博士后", "2021-07", "present")],
    publications_count=6, first_author_count=4,
    publications_sample=[
        pub("Fluorinated end groups suppress energy disorder in narrow-bandgap acceptors for 19% efficient organic solar cells",
            "Joule", 2024, True, "published"),
        pub("Side-chain branching position tunes the fibril network of polymer donors", "Angew. Chem. Int. Ed.", 2022, True, "published"),
        pub("A non-halogenated solvent route to printable tandem organic photovoltaics", "Energy Environ. Sci.", 2024, False, "published"),
        pub("Intrinsically stretchable all-polymer solar cells from block copolymer donors", "Nat. Commun.", None, False, "accepted"),
    ],
    research_interests_any=["有机光电功能材料", "柔性有机太阳能电池"],
    awards_count=4,
    language="zh",
    layout="Chinese university talent-recruitment application form (应聘申请表), python-docx kept as DOCX: one grid table with a merged photo cell, then one table per section",
    notes="A 西北工业大学 高层次人才引进应聘申请表 filled in Word: personal grid '姓  名 | 符嘉禾 | 性  别 | 女 | 出生年月 | 1994.03 | 照片' (photo cell merged over four rows), e-mail cell merged over three columns, 研究方向 and 现工作单位 rows. 学习经历 table (起止时间 | 学校 | 专业 | 学历/学位 | 导师) with dates wrapped in the cell ('2016.09-' / '2021.06'): 硕博连读/理学博士 at 南开大学, a 国家公派联合培养博士研究生 year at Cambridge (level other, bilingual cell labelled with the English name), 本科 at 郑州大学 (专业排名 3/126). 工作经历 table: 博士后 with 合作导师 and '（“博新计划”资助）' (title labelled 博士后). The papers are rows of a 代表性论文 table (序号 | 论文题目 | 期刊名称 | 年份 | 收录/分区 | IF | 作者排序): first authorship comes only from the 作者排序 column ('第一作者' x3, '共同第一作者（#）' counts, '第三作者' and '通讯作者（*）' do not); row 6 has '已接收' in the year column (accepted, no year). 'SCI 一区 Top' and IF cells are not part of the venue. Projects table (NSFC 青年基金, 博新计划, 重点研发 课题) are grants, not papers or awards; a patent row is not a paper. 获奖情况: 4 numbered prizes/scholarships. 本人承诺 signature row.",
)

label(
    "03",
    name="鲍一鸣", name_any=["Yiming Bao", "Bao Yiming"],
    emails=["baoyiming@zju.example.edu.cn"], phones=["+8613555010418"], links=["baoyiming.example.io"],
    education=[
        edu("清华大学", "phd", "2013-09", "2018-06"),
        edu("卡内基梅隆大学", "other", "2016-09", "2017-08"),
        edu("北京航空航天大学", "bachelor", "2009-09", "2013-06"),
    ],
    experience=[
        job("浙江大学", "“百人计划”研究员、博士生导师", "2022-09", "present"),
        job("微软亚洲研究院", "研究员", "2020-08", "2022-08"),
        job("清华大学", "博士后", "2018-07", "2020-07"),
    ],
    publications_count=8, first_author_count=6,
    publications_sample=[
        pub("Tidewater: Preemptive Batch Scheduling for Multi-Tenant LLM Serving", "OSDI", 2024, True, "published"),
        pub("Lodestar: Placement-Aware Pipeline Parallelism across Heterogeneous GPUs", "EuroSys", 2025, True, "accepted"),
        pub("Adaptive Gradient Compression for Geo-Distributed Training", "TPDS", 2023, False, "published"),
        pub("面向图神经网络训练的分布式采样方法", "计算机学报", 2020, True, "published"),
        pub("Speculative Decoding at Cluster Scale", "SOSP", None, True, "under review"),
    ],
    research_interests_any=["分布式机器学习系统", "大模型推理加速与调度", "异构计算资源管理"],
    awards_count=3,
    language="zh",
    layout="Chinese 个人简历 for a 研究员 post, python-docx printed to PDF by LibreOffice: running header, 第 n 页 footer, ruled headings, right tab-stop dates",
    notes="Word CV printed by LibreOffice. Running header '鲍一鸣 个人简历（应聘浙江大学“百人计划”研究员）' on both pages; '姓    名：' padded label lines; 'School  Dept  Degree（导师：X）<TAB>2013.09—2018.06' rows with em-dash ranges and '至今'; a 国家公派联合培养博士生 year at CMU (level other); three jobs incl. an industry researcher post at MSRA and a 博士后 with 合作导师 (title 博士后). The current title is labelled as printed ('“百人计划”研究员、博士生导师'). 主持科研项目 (NSFC, 重点研发, 省杰青) are grants. 代表性论文 with a long heading '（CCF-A类论文16篇，其中第一/通讯作者11篇；*为通讯作者，#为共同第一作者）' (the counts are the candidate's summary, not entries), numbered ［1］-［8］ with full-width brackets and continued numbering under （一）会议论文 / （二）期刊论文 / （三）在审论文: 8 papers; first author = listed first or '#' (2 is '#' co-first as second author; 3 and 6 have the candidate as '*' only). '（CCF-A，已录用）' = accepted with the year printed (2025); 'Under review at SOSP 2025.（在审）' = under review, no year; venues as short names (OSDI, EuroSys, TPDS, 计算机学报); '（CCF-A）'/'SCI 二区' are tags, not venue. 学术兼职 and 指导学生 are neither jobs nor awards. 获奖情况: 3.",
)

label(
    "07",
    name="Haoran GUAN", name_any=["Haoran Guan", "Guan Haoran", "关浩然", "Haoran GUAN 关浩然"],
    emails=["guanhaoran@iphy.example.ac.cn"], phones=["+8618655500731"], links=[],
    education=[
        edu("University of Science and Technology of China", "phd", "2016-09", "2022-06"),
        edu("Max Planck Institute for Solid State Research", "other", "2019-10", "2020-09"),
        edu("Shandong University", "bachelor", "2012-09", "2016-06"),
    ],
    experience=[
        job("Institute of Physics, Chinese Academy of Sciences", "Postdoctoral Researcher", "2022-07", "present"),
        job("Hefei National Laboratory for Physical Sciences at the Microscale", "Research Assistant", "2015-07", "2016-08"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        pub("Majorana-like zero modes in vortex cores of monolayer FeTe0.55Se0.45 on SrTiO3", "Nature Physics", 2024, True, "published"),
        pub("Charge density wave pinning by single vacancies in CsV3Sb5", "Physical Review Letters", 2023, True, "published"),
        pub("Pair density wave in strained Kagome superconductors", "Nature Communications", 2025, False, "accepted"),
        pub("Chiral flux phase revealed by spin-polarised STM", "Science Advances", None, True, "under review"),
        pub("铁基超导薄膜中的涡旋束缚态", "物理学报", 2021, True, "published"),
    ],
    research_interests_any=["Topological superconductivity", "quantum transport in van der Waals heterostructures"],
    awards_count=3,
    language="en",
    layout="English CV of a Chinese postdoc, python-docx kept as DOCX: centred name with the Chinese name beside it, ruled capitals headings, right tab-stop dates",
    notes="Word CV in English by a mainland postdoc: 'Haoran GUAN  关浩然' (surname in capitals), position and Beijing institute address under the name, 'Mobile: +86 186 5550 0731 | Email | ORCID' line (the bare ORCID id is not labelled as a link). Education rows 'Ph.D. in …, University (USTC), Hefei<TAB>Sep. 2016 – Jun. 2022' with supervisor/thesis or GPA/ranking lines below; a CSC joint-training visit at the Max Planck Institute (level other). Jobs: postdoc with '(Advisor: …)' and a part-time research assistant post during the bachelor's. Publications: a legend '(# equal contribution, * corresponding author; IF = …)' and 7 numbered entries with '[IF = 17.6, JCR Q1]' tags (not venue); first author = first or '#' (2: second with '#' counts; 5 not); 'Nature Communications, accepted (2025)' = accepted with its year; 'Submitted to Science Advances (under review)'; a Chinese [J] entry '(in Chinese)'. Grants (NSFC Young Scientists Fund, CPSF) are neither awards nor jobs; the OCPC postdoctoral exchange fellowship is an award. Referees' e-mails are not the candidate's.",
)

label(
    "10",
    name="邝雨桐", name_any=["Kuang Yutong", "Yutong Kuang"],
    emails=["kuangyutong@ibcas.example.ac.cn"], phones=["+8615955500286"], links=[],
    education=[
        edu("兰州大学", "phd", "2015-09", "2021-06"),
        edu("Wageningen University & Research", "other", "2018-10", "2019-10"),
        edu("兰州大学", "bachelor", "2011-09", "2015-06"),
    ],
    experience=[
        job("中国科学院植物研究所", "助理研究员", "2023-08", "present"),
        job("中国科学院植物研究所", "博士后", "2021-07", "2023-07"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        pub("Grazing erodes the buffering role of soil seed banks under warming on the Tibetan Plateau", "Journal of Ecology", 2024, True, "published"),
        pub("Nitrogen addition and species asynchrony in alpine meadows", "Ecology", 2022, False, "published"),
        pub("放牧对高寒草甸土壤种子库密度的影响", "生态学报", 2020, True, "published"),
        pub("Dormancy traits predict seed bank persistence in alpine forbs", "New Phytologist", 2025, True, "in press"),
        pub("Remote sensing of forage quality in degraded alpine grasslands", "Remote Sensing of Environment", None, False, "under review"),
    ],
    research_interests_any=[],
    awards_count=3,
    language="zh",
    layout="WPS résumé-template look, python-docx printed to PDF by LibreOffice: dark header band table (name, 求职意向, contact with ☎/✉ glyphs, photo cell), ■ shaded heading bars, '｜'-joined rows with right tab-stop dates",
    notes="Header band: '邝雨桐', '求职意向：副研究员 / 特聘研究员（生态学）', '女 ｜ 1992年7月 ｜ 中共党员 ｜ 博士（生态学）', '☎ 159-5550-0286    ✉ …', address, photo cell on the right. Rows 'School ｜ 专业 ｜ 学位  导师：X<TAB>2015.09-2021.06': 兰州大学 博士（硕博连读）, a CSC-funded 访问博士生 year at Wageningen (level other, labelled with the name as printed), 兰州大学 本科 with GPA/rank (one school twice). Jobs: 助理研究员 '2023.08-至今' and 博士后 (合作导师) at the same institute; the department sits between the employer and the title ('｜ 植被与环境变化国家重点实验室 ｜'). 科研项目 (NSFC 青年基金, 博士后基金, 科考专题) are grants. 学术成果: a summary line (counts, not entries) then 6 numbered representative papers with '【SCI，中科院一区，IF=5.3】' tags (not venue), pinyin author names 'Kuang Y T', '*' = corresponding; 4 first-authored; 5 '【已接收，In press】' with 2025 (labelled in press; accepted would be as fair), 6 '【修改中，Major revision】' without a year (under review, the candidate second and corresponding). 荣誉奖励 on one line split by '｜': 3. CET-6/IELTS are not awards. No research-interest section.",
)

label(
    "01",
    name="钟昕妍", name_any=["Zhong Xinyan", "Xinyan Zhong"],
    emails=["zhongxy@hit.example.edu.cn"], phones=["+8618855500275"], links=[],
    education=[
        edu("哈尔滨工业大学", "phd", "2020-09", "2025-06"),
        edu("KTH Royal Institute of Technology", "other", "2023-01", "2024-01"),
        edu("大连理工大学", "bachelor", "2016-09", "2020-06"),
    ],
    experience=[job("南方科技大学", "博士后", "2025-07", "present")],
    publications_count=8, first_author_count=7,
    publications_sample=[
        pub("Hydrogen-assisted cracking along cellular boundaries in laser powder bed fused CoCrFeNi high-entropy alloy",
            "Acta Materialia", 2024, True, "published"),
        pub("Dislocation cell walls as hydrogen traps in additively manufactured FeCoNiCrMn", "International Journal of Plasticity", 2023, True, "published"),
        pub("Nano-oxide dispersion and hydrogen diffusivity in printed CoCrNi", "Journal of Materials Science & Technology", 2023, False, "published"),
        pub("增材制造高熵合金氢脆研究进展", "金属学报", 2023, True, "published"),
        pub("Machine-learned interatomic potential for H in CoCrFeNi", "npj Computational Materials", None, True, "under review"),
        pub("Hydrogen trapping at cellular structures in AM alloys", "TMS 2024 Annual Meeting & Exhibition", 2024, True, "published"),
    ],
    research_interests_any=[],
    awards_count=4,
    language="zh",
    layout="hijiangtao/resume (XeLaTeX resume.cls, fetched at 408f9ab, MIT) with xeCJK on Noto CJK: centred small-caps name, one centred '·'-separated contact line, ruled small-caps headings with FontAwesome icons, \\datedsubsection rows with right-aligned dates",
    notes="The template's real look: name centred; contact line '(+86) 188-5550-0275 · e-mail · 应聘：讲师（材料学） · GitHub @zxy-hea' (a GitHub handle, not a URL: links not labelled); 个人概况 paragraph with counts (not entries). \\datedsubsection rows '**School**，专业，*degree*<hfill>2020.09 - 2025.06': 哈工大 工学博士（硕博连读） with 导师/论文 line; KTH '国家公派联合培养博士' (level other; its date wraps onto a second line '2023.01 -' / '2024.01'); 大连理工 工学学士 with GPA/rank in bold. Job: 南方科技大学 | 系，博士后 '2025.07 - 至今' with 合作导师. Papers: legend '（# 共同第一作者，* 通讯作者…）', 期刊论文 [1]-[7] then 会议论文与报告 [8] continuing the numbers; GB/T 7714 [J]/[C]// with pinyin 'Zhong X Y' in bold; tags '（SCI 一区 Top, IF=8.3, 一作）' are not venue; 2 is '#' co-first as second author (counts), 5 is '第二作者' (does not); 7 '已投稿（Under review）' = under review; [8] is a [C] proceedings paper with pages (counted; '口头报告' is a remark). 科研项目 (NSFC 参与, 博士后基金 主持) are grants; the patent [P] is not a paper. 获奖情况: 4 bullets with '2025年6月' dates.",
)

label(
    "04",
    name="阎清扬", name_any=["Yan Qingyang", "Qingyang Yan"],
    emails=["yanqingyang@ruc.example.edu.cn"], phones=["+8613755500924"], links=["qyyan.example.cn"],
    education=[
        edu("中国人民大学", "phd", "2019-09", "2025-06"),
        edu("University of Illinois Urbana-Champaign", "other", "2022-09", "2023-08"),
        edu("西南财经大学", "master", "2016-09", "2019-06"),
        edu("东北财经大学", "bachelor", "2012-09", "2016-06"),
    ],
    experience=[
        job("中国人民大学", "博士后研究人员", "2025-07", "present"),
        job("中国人民银行成都分行", "研究实习生", "2018-07", "2018-09"),
        job("中国人民大学", "助教", "2021", "2023"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        pub("数字普惠金融与农户创业：来自中国家庭金融调查的证据", "经济研究", 2024, True, "published"),
        pub("Mobile payment and rural labor reallocation: evidence from China", "China Economic Review", 2023, True, "published"),
        pub("县域数字基础设施与返乡创业", "中国农村经济", 2023, False, "published"),
        pub("平台经济中的零工收入波动与家庭消费", "管理世界", None, True, "accepted"),
        pub("Credit Constraints and the Timing of Migration", "Journal of Development Economics", None, True, "under review"),
        pub("数字鸿沟与农村老年人金融排斥", "金融研究", None, True, "under review"),
    ],
    research_interests_any=["发展经济学", "数字金融", "农村劳动力流动"],
    awards_count=4,
    language="zh",
    layout="HTML/CSS printed by WeasyPrint: grey left sidebar (基本信息 label lines, 研究领域, skills) beside a main column with a 34 mm date column; page footer '阎清扬 · 简历 · 1/2'",
    notes="Sidebar holds the contact data ('手机：+86 137 5550 0924', '邮箱：' with the address wrapped to the next line, '主页：qyyan.example.cn') and 研究领域 as three one-line items. Main column: name, a subtitle '中国人民大学经济学院 经济学博士（2025届）｜ 应聘岗位：讲师（师资博士后亦可）'. Dates '2019年9月—2025年6月' in a narrow column, text beside it ('**School** 学院 · 专业 · 学位'); a CSC joint-training year at UIUC as 访问学生 (level other); master's at 西南财经大学 (经济学硕士). Jobs: 博士后研究人员 '2025年7月—至今' with 合作导师, a summer research internship at a central-bank branch, and a TA line under 教学经历 ('中国人民大学经济学院《中级计量经济学》（本科）助教，2021年秋季学期、2023年秋季学期' -> 2021-2023, as heldout19 labels TA terms). 学术论文: （一）已发表/已录用 1-5 and （二）工作论文 numbered afresh 1-2 (HTML start=6 ignored by the printer): 7 papers; Chinese [J] entries with CSSCI/北大核心/权威期刊 tags (not venue), English entry with the venue in italics; 3 has the candidate second and '*' (not first); '管理世界，已录用' (accepted, no year); '修改后重投 Journal of Development Economics（R&R）' and '在审，《金融研究》' = under review. 科研项目 are grants; 学术会议报告 are talks. 荣誉奖励 on one line split by '｜': 4.",
)

label(
    "05",
    name="簡韻如", name_any=["CHIEN, YUN-JU", "Chien Yun-ju", "Yun-ju Chien", "CHIEN YUN-JU", "Chien Yun-Ju"],
    emails=["yjchien@gate.sinica.example.edu.tw"], phones=["+886955500173"], links=[],
    education=[
        edu("國立成功大學", "phd", "2016-09", "2021-07"),
        edu("Colorado School of Mines", "other", "2019-08", "2020-01"),
        edu("國立臺灣大學", "master", "2014-09", "2016-06"),
        edu("國立中興大學", "bachelor", "2010-09", "2014-06"),
    ],
    experience=[
        job("中央研究院", "博士後研究學者", "2021-08", "present"),
        job("國立成功大學", "兼任講師", "2021-02", "2021-07"),
        job("台灣電力公司", "暑期實習生", "2016-07", "2016-08"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        pub("Sulfate radical pathways for short-chain PFAS defluorination in groundwater", "Water Research", 2024, True, "published"),
        pub("Kinetic modelling of UV/persulfate in reclaimed water", "Journal of Hazardous Materials", 2021, False, "published"),
        pub("臺灣地下水中全氟化合物之流布調查", "中華民國環境工程學刊", 2020, True, "published"),
        pub("Electro-oxidation of PFAS in landfill leachate concentrates", "Environmental Science & Technology", None, True, "accepted"),
        pub("Field pilot of activated persulfate for PFAS remediation", "IWA World Water Congress", 2023, True, "published"),
        pub("Machine-learning prediction of PFAS breakthrough in GAC filters", "Water Research X", None, True, "under review"),
    ],
    research_interests_any=["水環境工程", "高級氧化程序", "水質模式"],
    awards_count=3,
    language="zh-Hant",
    layout="Taiwanese 履歷表 for a 助理教授 post, Typst (hand-written): letter-spaced title, 4-column personal grid, '一、學歷' numbered ruled headings, a 3.7 cm date column whose ranges wrap ('2016年9月 ~ 2021年7' / '月'), footer '第 n 頁，共 N 頁'",
    notes="Traditional Chinese (Taiwan). Grid: '姓名 | 簡韻如（CHIEN, YUN-JU） | 應徵職稱 | 助理教授', '行動電話 | 0955-500-173' (Taiwanese mobile, +886 955 500 173), e-mail, address over three merged cells, 專長領域 (labelled as the interests). 學歷 rows '2016年9月 ~ 2021年7月' (the date column is too narrow: '月' wraps to the next line) + '*School* 系 學位': 博士 with 指導教授, a 訪問學生 half-year at Colorado School of Mines under the 千里馬計畫 (level other), 碩士 at 臺大 (研究所 = master's), 學士 at 中興. 經歷: 博士後研究學者 '~ 迄今' (present) with 指導研究員, a part-time 兼任講師 semester, a summer internship at 台電. 著作目錄: (A) 期刊論文 1-5, (B) 研討會論文 1, (C) 審查中論文 1, each list restarting at 1: 7 papers; first = listed first (3 has the candidate second); '(SCI, IF = 12.4, 排名 1.2%)' tags not venue; 4 is a Chinese entry with 〈〉《》 (Taiwanese APA); 5 '（已接受，accepted）' without a year; (B) is a proceedings paper with pages (venue 'IWA World Water Congress'); (C) '（審查中，under review）'. 研究計畫 (國科會) are grants. 榮譽與獎項: 3, including the 科技部 千里馬計畫 study-abroad award listed there (counted as a fellowship). 教學經驗 lists courses only.",
)

label(
    "06",
    name="覃立峰", name_any=["Qin Lifeng", "Lifeng Qin"],
    emails=["qinlifeng@gzsums.example.cn"], phones=["+8613855500517"], links=[],
    education=[
        edu("中山大学", "phd", "2008-09", "2016-06"),
        edu("Mayo Clinic", "other", "2014-03", "2015-02"),
    ],
    experience=[
        job("中山大学附属第一医院", "住院医师", "2016-07", "2021-06"),
        job("中山大学附属第一医院", "主治医师", "2021-07", "present"),
        job("Karolinska Institutet", "访问学者", "2022-09", "2023-08"),
    ],
    publications_count=8, first_author_count=6,
    publications_sample=[
        pub("Microglial ferroptosis drives post-stroke cognitive impairment via the GPX4-ACSL4 axis", "Stroke", 2023, True, "published"),
        pub("Perivascular space burden and 3-year recurrence after lacunar stroke", "Neurology", 2022, True, "published"),
        pub("Serum neurofilament light chain predicts early neurological deterioration in minor stroke", "Journal of Neuroinflammation", 2024, False, "published"),
        pub("缺血性卒中后认知障碍的影像学预测模型", "中华神经科杂志", 2022, True, "published"),
        pub("Ferroptosis inhibitor liproxstatin-1 protects white matter after tMCAO in aged mice", "Journal of Cerebral Blood Flow & Metabolism", 2025, True, "in press"),
        pub("A nomogram for post-stroke cognitive impairment in Southern China", "European Journal of Neurology", None, True, "under review"),
    ],
    research_interests_any=["缺血性脑卒中的神经炎症机制", "脑小血管病影像标志物", "卒中后认知障碍"],
    awards_count=3,
    language="zh",
    layout="Plain UTF-8 text as pasted from a Word 个人简历 into an e-mail: '一、基本情况' numbered headings, label lines with padded spaces, date-first rows with two-space separators, （1） numbered lists",
    notes="A hospital clinician's CV pasted as text. Title line '覃立峰 个人简历' then the post applied for in brackets. 基本情况 label lines three per line ('姓名：覃立峰        性别：男 …'), '现任职称：主治医师（2021年取得）', phone '138-5550-0517', e-mail, and a 执业证书编号 with masked digits (not a phone). 教育经历: '2008年9月—2016年6月  中山大学中山医学院  临床医学（八年制）  医学博士' (an eight-year MD programme, level phd) with the 导师 on an indented continuation line, and a CSC joint-PhD year at Mayo Clinic (level other, no degree). 工作经历: 住院医师 '（含住院医师规范化培训）' (title labelled 住院医师), 主治医师 '2021年7月—至今', and a 访问学者 year at Karolinska (a job). 科研项目 (NSFC 青年, 省基金, 重点研发 参与) are grants. 发表论文 with a summary heading (counts, not entries) and （1）-（8）: Vancouver-like English entries 'Qin LF, … Stroke, 2023, …' plus Chinese [J] entries; tags '（SCI，中科院一区，IF=8.3，第一作者）' are not venue; 2 is '#' 共同第一作者 as first; 3 has the candidate last with '*' (通讯作者, not first); 4 not first; 7 'Accepted，in press' with 2025 (in press); 8 'Qin LF, et al. … 已投稿 European Journal of Neurology（在审）' (under review). 获奖: 3 (a provincial S&T progress prize 'rank 5' counts as an award). 学术兼职 and 教学 are neither jobs nor awards.",
)

label(
    "08",
    name="司徒穎欣", name_any=["SZETO Wing-yan, Winnie", "SZETO Wing-yan", "Szeto Wing-yan", "Wing-yan Szeto", "Winnie Szeto",
                             "Winnie Szeto Wing-yan", "司徒穎欣 SZETO Wing-yan, Winnie", "司徒颖欣"],
    emails=["winnie.szeto@polyu.example.edu.hk"], phones=["+85255500193"], links=["scholar.example.com/citations?user=SzWy0193"],
    education=[
        edu("The Hong Kong Polytechnic University", "phd", "2018-09", "2022-08"),
        edu("Karolinska Institutet", "other", "2020-02", "2020-07"),
        edu("The Hong Kong Polytechnic University", "bachelor", "2013-09", "2017-07"),
    ],
    experience=[
        job("香港理工大學", "Research Assistant Professor", "2024-09", "present"),
        job("香港中文大學", "Postdoctoral Fellow", "2022-09", "2024-08"),
        job("Prince of Wales Hospital", "Physiotherapist II", "2017-08", "2018-08"),
    ],
    publications_count=6, first_author_count=5,
    publications_sample=[
        pub("Wrist-worn inertial sensors detect compensatory trunk movement after stroke: a validation study",
            "Journal of NeuroEngineering and Rehabilitation", 2023, True, "published"),
        pub("Home-based telerehabilitation for chronic stroke: a randomised controlled trial", "Stroke", 2024, True, "published"),
        pub("Gamified exergaming for older adults with sarcopenia: a pilot study", "Archives of Physical Medicine and Rehabilitation", 2025, False, "in press"),
        pub("香港社區中風患者上肢功能的橫斷面調查", "中國康復醫學雜誌", 2022, True, "published"),
        pub("Sensor-derived movement quality predicts return to work after stroke", "Neurorehabilitation and Neural Repair", None, True, "under review"),
    ],
    research_interests_any=["中風後上肢康復", "穿戴式感測器", "Telerehabilitation"],
    awards_count=3,
    language="zh-Hant+en",
    layout="Hong Kong bilingual CV, HTML/CSS printed by WeasyPrint: purple heading bars '學歷 Education', a two-column table per section (date cell | bilingual text), running header 'SZETO Wing-yan · CV · n'",
    notes="Name '司徒穎欣 SZETO Wing-yan, Winnie' (compound surname 司徒, capitals surname, Cantonese romanisation, English given name after a comma). Contact line joined by '｜': office address, 'Mobile 手提：+852 5550 0193', e-mail, then a second line with a Google Scholar address and '研究興趣 Research interests：…' inline (labelled as interests). Education rows bilingual ('香港理工大學 The Hong Kong Polytechnic University' / '哲學博士（康復治療科學）Doctor of Philosophy …') labelled with the English names; a half-year visiting PhD stay at Karolinska (level other); BSc (Hons) Physiotherapy. Employment: the employer line is Chinese only (labelled as printed, as heldout15 did), the title line bilingual (English title labelled); the current post's date cell carries both '2024年9月 – 現在' and 'Sep 2024 – present'; a hospital post '醫院管理局 威爾斯親王醫院 Prince of Wales Hospital, Hospital Authority' (labelled with the hospital). Publications 1-6 in Vancouver style with the own name in bold and a legend ('* 通訊作者', '# 同等貢獻'): 2 is '#' co-first as second author (counts), 4 has the candidate second with '*' (does not); 'In press, 2025' (in press); a Chinese APA-HK entry with 〈〉《》 (2022); 'Submitted to … (under review)'. Grants (GRF, HMRF) are not awards; the physiotherapist registration is a licence. Awards: 3 (HKPFS, a best-poster award, a scholarship).",
)

label(
    "09",
    name="宁思远", name_any=["Siyuan Ning", "Ning Siyuan"],
    emails=["ningsiyuan@mails.tsinghua.example.edu.cn"], phones=["+8615055500382"],
    links=["siyuan-ning.example.github.io", "github.com/siyuan-ning-example", "scholar.example.com/citations?user=NsY0382"],
    education=[
        edu("清华大学", "phd", "2021-09", "2026-06"),
        edu("新加坡国立大学", "other", "2024-02", "2024-08"),
        edu("南京大学", "bachelor", "2017-09", "2021-06"),
    ],
    experience=[
        job("字节跳动", "研究型实习生", "2023-06", "2023-12"),
        job("商汤科技", "算法实习生", "2020-07", "2020-09"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        pub("Seeing Is Not Believing: Contrastive Decoding Against Visual Hallucination in Multimodal LLMs", "CVPR", 2025, True, "published"),
        pub("Fine-grained Reward Models for Vision-Language Dialogue", "NeurIPS", 2024, True, "published"),
        pub("LoRA-Drop: Pruning Adapter Ranks During Fine-tuning", "AAAI", 2024, False, "published"),
        pub("Grounded Chain-of-Thought for Visual Question Answering", "EMNLP Findings", 2023, True, "published"),
        pub("Measuring and Mitigating Object Hallucination at Scale", "TPAMI", 2025, True, "accepted"),
        pub("Self-Rewarding Alignment for Video-Language Models", "arXiv", 2025, True, "preprint"),
        pub("Token Merging for Long-Video LLMs", "ICML", None, False, "under review"),
    ],
    research_interests_any=["多模态大模型的对齐与幻觉抑制", "高效参数微调", "视觉-语言推理"],
    awards_count=4,
    language="zh",
    layout="GitHub-style Markdown CV (.md): emoji headings, a blockquote subtitle, emoji contact bullets with Markdown links, education as a pipe table, '### Company ｜ Role ｜ dates' job headings, [C1]/[J1]/[P1] prefixed paper bullets with 【】 tags",
    notes="Markdown as sent. Contact bullets '📱 (+86) 150-5550-0382', mailto link, homepage in <…>, GitHub and a Scholar link with text labels. 教育背景 pipe table (时间 | 学校 / 院系 | 学位 | 备注): '2021.09 – 2026.06（预计）' 工学博士 (the printed expected end), a 访问博士生 half-year at NUS (level other), 工学学士 with GPA/rank. 实习经历: two internships as '### 字节跳动 Seed 团队 ｜ 研究型实习生 ｜ 2023/06 – 2023/12' (organisation labelled 字节跳动; the team name is a unit). Papers: a blockquote legend where '*' = 共同第一作者 and '†' = 通讯作者 (note the reversed use of '*') and the local rule '导师一作、学生二作视同学生一作' — the label follows the contract (listed first or '*' co-first): C3 '【CCF-A，导师一作、本人二作】' is not first-authored. 7 entries under 会议论文 / 期刊论文 / 预印本 / 在审: C2 '*' co-first as second author counts; P2 not first. Venues as short names (CVPR, NeurIPS, AAAI, 'EMNLP 2023 Findings' -> 'EMNLP Findings', IEEE TPAMI -> TPAMI); J1 '【…，Accepted】' with 2025 (accepted); P1 'arXiv:2507.04521, 2025. 【在审 ICLR 2026】' labelled as a preprint with venue arXiv (the arXiv rule; 'under review' would be as fair); P2 'Under review at ICML 2026'. 科研项目 (NSFC 参与) are grants. 荣誉奖励: 4 (an ICPC regional gold medal counts). CET-6/TOEFL are not awards.",
)

label(
    "11",
    name="Yiling Tan", name_any=["谭一菱", "Tan Yiling", "Yiling Tan (谭一菱)", "Yiling Tan 谭一菱"],
    emails=["tanyl23@m.fudan.example.edu.cn"], phones=["+8617755500649"],
    links=["github.com/yiling-tan-example", "yilingtan.example.io"],
    education=[
        edu("Fudan University", "master", "2023-09", "2026-06"),
        edu("University of California, Berkeley", "other", "2022", "2022"),
        edu("Central South University", "bachelor", "2019-09", "2023-06"),
    ],
    experience=[
        job("Ant Group", "Risk Modeling Intern", "2024-06", "2024-09"),
        job("Fudan University", "Teaching Assistant", "2024-02", "2024-06"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        pub("Weighted conformal prediction under covariate shift with unknown propensity", "AISTATS", None, True, "under review"),
        pub("Doubly robust estimation of heterogeneous effects with surrogate outcomes", "arXiv", 2025, True, "preprint"),
        pub("Label-shift detection for chest X-ray classifiers", "MICCAI Workshop", 2024, False, "published"),
        pub("高维部分线性模型的去偏推断", "应用概率统计", 2025, True, "published"),
    ],
    research_interests_any=["Conformal prediction", "causal inference with high-dimensional data", "distribution shift in medical imaging"],
    awards_count=4,
    language="en",
    layout="English one-and-a-bit-page CV of a Chinese master's student applying for PhD programmes, Typst (hand-written): centred name with the Chinese name in brackets, diamond-separated contact line, ruled coloured headings, bold-school rows with right-aligned dates",
    notes="US Letter. 'Yiling Tan (谭一菱)'; '(+86) 177-5550-0649 ⋄ e-mail ⋄ github.com/… ⋄ homepage'. Education: Fudan M.S. in Statistics 'Sep 2023 – Jun 2026 (expected)' (the printed expected end), GPA/ranking and advisor on the next line; a 'Summer 2022' UC Berkeley Summer Sessions row (visiting student, own row, level other; a season = start and end that year); B.S. at Central South University with GPA/ranking. Research Experience entries are projects (not jobs); Work Experience: an Ant Group internship and a Teaching Assistant term at Fudan's School of Data Science (jobs). Publications and Manuscripts [1]-[4] with '(* equal contribution)': 1 first with '*' and 'Under review at AISTATS 2026' (no year), 2 second author marked '*' co-first (counts) on arXiv 2025 (preprint), 3 a MICCAI workshop paper (venue 'MICCAI Workshop'), 4 a Chinese [J] entry. Awards: 4 (National Scholarship, MCM Meritorious Winner, a competition first prize, an academic scholarship). TOEFL/GRE are not awards.",
)

label(
    "12",
    name="戚永安", name_any=["Qi Yongan", "Yongan Qi"],
    emails=["qiyongan@hrbeu.example.edu.cn"], phones=["+8645182555016", "+8613355500860"], links=[],
    education=[
        edu("哈尔滨工业大学", "phd", "2011-09", "2016-12"),
        edu("University of Victoria", "other", "2014-10", "2015-10"),
        edu("哈尔滨工业大学", "bachelor", "2007-09", "2011-06"),
    ],
    experience=[
        job("哈尔滨工程大学", "副教授", "2021-12", "present"),
        job("哈尔滨工程大学", "讲师", "2019-01", "2021-11"),
        job("哈尔滨工程大学", "博士后", "2017-01", "2018-12"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        pub("Event-triggered formation control of underactuated AUVs with prescribed performance",
            "IEEE Transactions on Industrial Electronics", 2022, True, "published"),
        pub("Safe reinforcement learning for docking of an AUV", "IEEE Transactions on Cybernetics", 2024, False, "published"),
        pub("Distributed observers for multi-AUV systems with intermittent acoustic links", "Automatica", 2025, False, "accepted"),
        pub("欠驱动水下机器人的自适应滑模控制", "控制与决策", 2020, True, "published"),
        pub("Learning-based thruster fault compensation for AUVs", "ICRA", 2024, True, "published"),
        pub("Benchmarking MPC and RL controllers for hovering AUVs", "IEEE Journal of Oceanic Engineering", None, False, "under review"),
    ],
    research_interests_any=["水下机器人动力学建模与控制", "多智能体协同控制", "强化学习在运动控制中的应用"],
    awards_count=3,
    language="zh",
    layout="XeLaTeX article + xeCJK (Noto CJK SC), fancyhdr running header '戚永安 个人简历 | 学院' and footer '第 n 页 共 N 页', a 2x2 tabularx label grid, '一、研究方向' red ruled headings, 'YYYY/MM–YYYY/MM' tabular date column",
    notes="An associate professor's 个人简历: label grid with padded labels ('性  别：', '电  话：'), an office landline with area code '0451-8255-5016（办）' and a mobile on one line (both the candidate's, E.164 +86 451 … and +86 133 …). 教育经历 as a date column '2011/09–2016/12' + '学校，专业，学位（导师：X）': PhD and bachelor at the same school, a 联合培养博士研究生 year at the University of Victoria (level other). 工作经历: three posts at one university, '2021/12–今' (= present), the title labelled without '，硕士生导师'; 博士后 at a 博士后流动站 with 合作导师. 主持及参与项目 (NSFC, 省优青, a 横向课题) are grants/projects. 代表性论文 [1]-[7], GB/T 7714 with pinyin 'Qi Y A' in bold and a note defining '学生一作/本人通讯' (the student is listed first: not first-authored); tags '（SCI 一区，EI）' not venue; 4 'Automatica, 2025.（…已录用）' = accepted with its year; 6 an ICRA [C] paper (venue ICRA); 7 '修改后再审（Major revision）' = under review. Two 发明专利 [P] are not papers. 获奖情况 on two wrapped lines split by '；': 3. 教学与人才培养 and 学术兼职 are neither jobs nor awards.",
)
