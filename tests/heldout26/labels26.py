"""Hand-written labels for heldout26 (score.py format); notes say what a careful reader sees."""
from __future__ import annotations


def E(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def X(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS: dict[str, dict] = {}

LABELS["01"] = {
    "name": "祁雨桐",
    "name_any": ["Qi Yutong", "Yutong Qi"],
    "emails": ["qiyutong@example.com"],
    "phones": ["+8613200000101"],
    "links": ["github.com/qiyt-nlp"],
    "education": [E("中国科学院大学", "master", "2022-09", "2025-06"),
                  E("北京邮电大学", "bachelor", "2018-09", "2022-06")],
    "experience": [X("字节跳动", "算法实习生", "2024-03", "2024-08"),
                   X("微软亚洲研究院", "研究实习生", "2023-07", "2023-12")],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        P("Retrieval-Aware Decoding for Long-Form Legal Question Answering in Chinese", "EMNLP", 2024, True,
          "published"),
        P("Span-Level Hallucination Detection with Contrastive Rationales", "COLING", 2025, False, "published"),
        P("Self-Correcting Citation Generation for Statute Retrieval", "ACL", None, True, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "WPS/Word 简历模板 imitated in python-docx: teal header band with 求职意向 and a merged photo cell, "
              "section headings as shaded table cells, borderless 4-column row tables",
    "notes": "A WPS-style DOCX (docProps/app.xml names WPS Office): every block is a table; the header band holds the "
             "name and a 求职意向 line, the photo placeholder is a vertically merged cell. 基本信息 is a label/value "
             "table (年龄, 政治面貌, 电话, 邮箱, GitHub). 教育背景 rows 'dates | school（985/211） | major | degree' "
             "with merged detail rows (培养单位 自动化所 and 导师 under 中国科学院大学: institution = 中国科学院大学, the "
             "degree-granting school). 项目与实习经历 mixes two internships ('字节跳动 | 抖音搜索-语义理解团队 | "
             "算法实习生': the team name is not part of the title) with the master's thesis project (导师 line, "
             "'课题负责人': a project, not a job). 科研成果 in the compact 'VENUE2024, Title(一作) 2024.11' form: "
             "(一作) and (共同一作) count as first author, (二作) does not; 'ACL2025（在投）' = under review, no year. "
             "获奖情况: 3 honours; CET-6/雅思/计算机二级 are certificates, not awards.",
}

LABELS["02"] = {
    "name": "栾思远",
    "name_any": ["Luan Siyuan", "Siyuan Luan"],
    "emails": ["luansiyuan@example.com"],
    "phones": ["+8615000000142"],
    "links": [],
    "education": [E("上海交通大学", "master", "2015", "2018"),
                  E("东南大学", "bachelor", "2011", "2015")],
    "experience": [X("上海商汤智能科技有限公司", "高级研究员", "2021-03", "present"),
                   X("华为技术有限公司", "算法工程师", "2018-07", "2021-02"),
                   X("中国科学院自动化研究所", "研究实习生", "2017-07", "2017-12")],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        P("BEVFuse-Lite: Camera-Radar Fusion for Low-Cost Bird's-Eye-View Detection", "CVPR", 2023, True,
          "published"),
        P("Temporal Query Propagation for Online Multi-Camera 3D Tracking", "ICCV", 2021, True, "published"),
        P("Noise-Robust Demosaicking Networks for Mobile Image Signal Processors", "IEEE TIP", 2020, False,
          "published"),
    ],
    "research_interests_any": [],
    "awards_count": None,
    "language": "zh",
    "layout": "BOSS直聘 online-résumé export look (HTML + CSS, WeasyPrint): round avatar, teal section bars, "
              "'company … dates' rows with 'role  department' below, tag chips, footer with page n/N",
    "notes": "BOSS直聘-style export: status chip '在职-考虑机会', '6年 | 硕士 | 31岁 | 上海', phone/微信/e-mail on one "
             "line (the WeChat id is not a phone). 期望职位 is the wished-for post, not a job. 工作经历: company and "
             "'2021.03-至今' on one row, the title and a grey department on the next ('高级研究员  智能汽车事业群-"
             "感知算法部'); an internship at 自动化所 is a job. 项目经历 holds a product project (not a job) and a "
             "pseudo-project '学术论文发表' whose description lists the 3 papers, '（第一作者）' = first author, "
             "'（第三作者）' not; IEEE TIP kept as printed. 教育经历 shows years only ('2015-2018'), as BOSS exports "
             "do: start/end are years. Awards not scored: there is no honours section, only a scholarship mentioned "
             "inside 在校经历 and a team prize inside a job's 业绩 line; CET certificates are not awards.",
}

LABELS["03"] = {
    "name": "闫若溪",
    "name_any": ["Yan Ruoxi", "Ruoxi Yan"],
    "emails": ["yanruoxi@example.cn"],
    "phones": ["+8617700000317"],
    "links": [],
    "education": [E("中国科学技术大学", "phd", "2015-09", "2020-06"),
                  E("中南大学", "bachelor", "2011-09", "2015-06")],
    "experience": [X("宁德时代新能源科技股份有限公司", "资深研究员", "2022-07", "present"),
                   X("中国科学院物理研究所", "博士后", "2020-07", "2022-06")],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Interfacial fluorination stabilizes Ni-rich layered cathodes at 4.5 V", "Advanced Energy Materials", 2022,
          True, "published"),
        P("Operando X-ray diffraction of P2-type sodium layered oxides under fast charging",
          "Energy Storage Materials", 2021, True, "published"),
        P("Lattice oxygen loss pathways in cobalt-free cathodes revealed by DEMS", "ACS Energy Letters", 2020, True,
          "published"),
        P("锂离子电池高镍正极材料表面残碱的形成与去除", "物理学报", 2019, False, "published"),
        P("Gradient doping suppresses oxygen release in lithium-rich cathodes", "Joule", None, True, "accepted"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "zh",
    "layout": "猎聘 (liepin) résumé export look (HTML + CSS, WeasyPrint): orange top rule, photo box, label/value "
              "tables per job (职位名称/所在部门/汇报对象/工作职责), running header with a résumé number",
    "notes": "Liepin-style export: '目前职位/期望职位' table (not jobs); each job a bold company + '2022.07 - 至今（2年5个月）' "
             "then a label grid where the title is in '职位名称'. The postdoc at 中国科学院物理研究所 is a job with a "
             "'合作导师' row. 项目经历 holds a 国家重点研发计划 sub-project (not a job). 教育经历 lines 'school major "
             "degree dates 统招' with 导师/论文 below. Papers sit under 附加信息 > 科研成果 in GB/T 7714 with 'SCI 一区' "
             "remarks: the candidate is listed first in [1], [2], [5] and marked （共同一作） in [3] (first-author "
             "count 4); [5] 'Joule, 已接收' = accepted, no year printed. Two 专利 are not papers. 荣誉奖励: 院长优秀奖 "
             "and the 博新计划 postdoctoral fellowship programme (a fellowship = award) = 2; CET-6 is not an award.",
}

LABELS["04"] = {
    "name": "戴晗",
    "name_any": ["戴 晗", "Dai Han", "Han Dai"],
    "emails": ["daihan_chem@example.net"],
    "phones": ["+8613700000153"],
    "links": [],
    "education": [E("四川大学", "phd", "2012-09", "2018-06"),
                  E("郑州大学", "bachelor", "2008-09", "2012-06")],
    "experience": [X("复星医药（集团）股份有限公司", "药物化学组组长", "2021-07", "present"),
                   X("上海药明康德新药开发有限公司", "高级研究员", "2018-07", "2021-06")],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        P("Discovery of pyrido[2,3-d]pyrimidinone covalent inhibitors of KRAS G12C",
          "Journal of Medicinal Chemistry", 2018, True, "published"),
        P("Design of acrylamide warheads with tunable reactivity toward cysteine",
          "European Journal of Medicinal Chemistry", 2017, False, "published"),
        P("A concise synthesis of 4-aminoquinazoline fragments via copper catalysis",
          "Bioorganic & Medicinal Chemistry Letters", 2016, True, "published"),
        P("Linker rigidification yields orally bioavailable BRD9 degraders", "Acta Pharmaceutica Sinica B", 2023,
          True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "智联招聘 (zhaopin) résumé export look (HTML + CSS grid, WeasyPrint): full-width blue band with the "
              "letter-spaced name and a photo box, left date column '2021/07 ~ 至今'",
    "notes": "Zhaopin-style export: the name is printed letter-spaced as '戴 晗'; '男 ｜ 36岁 ｜ 博士 ｜ 工作8年'. "
             "求职意向 is wished-for work, not a job. 工作经历: dates in a left column ('2021/07 ~ 至今', "
             "'2018/07 ~ 2021/06'), 'company ｜ title' bold, a grey department/industry/size line. 教育经历: "
             "'四川大学（985/211） ｜ 药物化学 ｜ 博士（硕博连读）' = one PhD from 2012/09. 研究经历 is an NSFC project "
             "with a 导师 line (not a job) that contains three papers ('Dai H' first in two; '第二作者' in one). "
             "获奖情况 holds 3 honours; the 2023 company innovation prize names a paper in brackets "
             "('成果：Dai H, … Acta Pharmaceutica Sinica B, 2023 …'): a real publication, counted (4 papers, 3 first).",
}

LABELS["05"] = {
    "name": "符嘉言",
    "name_any": ["Fu Jiayan", "Jiayan Fu"],
    "emails": ["fujiayan@example.com"],
    "phones": ["+8613900000126"],
    "links": ["github.com/fujy-db"],
    "education": [E("清华大学", "phd", "2019-09", "2024-06"),
                  E("华中科技大学", "bachelor", "2015-09", "2019-06")],
    "experience": [X("华为技术有限公司", "研究员", "2024-07", "present"),
                   X("阿里巴巴集团 · 阿里云", "研究型实习生", "2021-06", "2021-12")],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        P("Learned Index Maintenance under Skewed Update Streams", "VLDB", 2023, True, "published"),
        P("Adaptive Compaction Scheduling for LSM-Tree Stores on Disaggregated Memory", "SIGMOD", 2024, True,
          "published"),
        P("Cost-Aware Query Rewriting with Lightweight Cardinality Feedback", "ICDE", 2022, False, "published"),
        P("Workload-Adaptive Secondary Indexing for Cloud-Native Databases", "TKDE", None, True, "under review"),
    ],
    "research_interests_any": ["学习型数据库系统", "LSM-Tree 存储引擎"],
    "awards_count": 4,
    "language": "zh",
    "layout": "fky2015/resume-ng (ctexart-based resume.cls, XeLaTeX), unmodified class: centred name, contacts "
              "joined by ' | ', \\ResumeItem rows 'name | italic detail … right-aligned dates'",
    "notes": "resume-ng as its sample uses it. 教育经历 rows 'school（985） | major, dept | 工学博士（直博）' with the "
             "dates at the right; 导师 and 研究方向 (learned databases, LSM-tree engines: the interests) in the text "
             "below. 科研成果 in the compact 'VLDB2023, Title(一作) 2023.08' form: (一作) = first author, (三作) not; "
             "'TKDE（在审）' = under review (no year); the grey 专利 line is a patent, not a paper. 工作/项目经历: two "
             "jobs ('华为技术有限公司 | 2012实验室·高斯数据库实验室 | 研究员', '阿里巴巴集团·阿里云 | … | 研究型实习生'; "
             "the department between bars is not the title) and a 国家重点研发计划 课题 with a 负责人 line, whose long "
             "right-aligned date wraps to the next line ('2020.01—' / '2022.12'): a project, not a job. 获奖情况: 3 "
             "honours on one line separated by '；' + 1 contest prize = 4.",
}

LABELS["06"] = {
    "name": "邝明澈",
    "name_any": ["Kuang Mingche", "Mingche Kuang"],
    "emails": ["kuangmc@example.org"],
    "phones": ["+8613500000166"],
    "links": ["kuangmc.example.org"],
    "education": [E("北京师范大学", "phd", "2016-09", "2021-06"),
                  E("University of Zurich", "other", "2019-03", "2019-09"),
                  E("兰州大学", "bachelor", "2012-09", "2016-06")],
    "experience": [X("中国科学院植物研究所", "博士后", "2022-07", "present"),
                   X("北京中科生态环境咨询有限公司", "高级咨询师", "2021-07", "2022-06")],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Nonlinear advance of spring green-up under experimental warming on the Tibetan Plateau",
          "Global Change Biology", 2023, True, "published"),
        P("UAV multispectral indices track grassland productivity better than satellite NDVI",
          "Remote Sensing of Environment", 2022, True, "published"),
        P("高寒草甸群落物候的多尺度观测方法综述", "生态学报", 2021, True, "published"),
        P("Grazing exclusion alters the carbon sink of alpine meadows", "Journal of Ecology", 2024, False,
          "in press"),
        P("Phenological mismatch between plants and pollinators along an elevation gradient", "New Phytologist", None,
          True, "under review"),
    ],
    "research_interests_any": ["高寒草地物候", "无人机遥感", "生态系统碳通量"],
    "awards_count": 3,
    "language": "zh",
    "layout": "Markdown résumé pasted as .md: emoji contact bullets, a pipe table under 毕业院校, jobs as bullets "
              "inside 学术相关, papers and talks under 发表文献和报告",
    "notes": "Headings outside the usual vocabulary: 毕业院校 (a pipe table 时间|学校|专业|学历 with '2016年9月—2021年6月'), "
             "学术相关 (研究方向 = interests, then a bold 工作经历 sub-heading with two jobs '2022年7月—至今 … 博士后"
             "（合作导师：…）' and a consultancy post, then 科研项目 = grants, not jobs), 发表文献和报告 (5 journal papers "
             "+ 2 conference talks/posters, which are not papers). A 6-month visit to Zurich during the PhD (访问交流, "
             "CSC-funded) is an education entry of level 'other', as a joint-PhD stay is. '#' = co-first author "
             "(paper 2 counts), '*' = corresponding; '(in press)' with 2024; 'under review' without a year. ORCID "
             "is printed bare (not labelled as a link). 获奖: 3.",
}

LABELS["07"] = {
    "name": "卜昊然",
    "name_any": ["Bu Haoran", "Haoran Bu"],
    "emails": ["buhaoran@example.com"],
    "phones": ["+8613100000177"],
    "links": ["github.com/bhr-planning"],
    "education": [E("浙江大学", "master", "2016-09", "2019-06"),
                  E("哈尔滨工业大学", "bachelor", "2012-09", "2016-06")],
    "experience": [X("之江实验室", "工程师（科研岗）", "2022-08", "present"),
                   X("百度在线网络技术（北京）有限公司", "高级研发工程师", "2020-07", "2022-07"),
                   X("深圳市大疆创新科技有限公司", "算法工程师", "2019-07", "2020-06"),
                   X("新松机器人自动化股份有限公司", "暑期实习生", "2015-07", "2015-08")],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        P("基于地形分类的四足机器人自适应步态规划", "机器人", 2019, True, "published"),
        P("Terrain-aware foothold selection for quadruped robots with a learned cost map", "ICRA", 2019, True,
          "published"),
        P("Spatio-temporal trajectory optimization for urban autonomous driving with interaction-aware constraints",
          "IROS", 2022, False, "published"),
        P("Whole-body MPC with learned residual dynamics for humanoid locomotion",
          "IEEE Robotics and Automation Letters", 2025, True, "accepted"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "plain-text 简历 pasted as .txt: 【】 headings, '====' rule, pipe-separated 'Company | team | role | "
              "dates' job rows",
    "notes": "【工作/项目经历】 rows 'org | department | title | 2022.8-今' (single-digit months: 2022-08; '今' = present) "
             "and a last '项目：…（硕士课题，…面上项目） | 2017.3-2019.5' row, which is a project, not a job. "
             "【在校经历】 student-union and robot-team roles are not jobs; 【社会实践】 holds a summer internship at 新松 "
             "(a job). 【科研成果】 GB/T 7714 [J]/[C]// entries: the candidate first in [1], [2], [4]; "
             "'[J]. IEEE Robotics and Automation Letters, 2025. (已录用)' = accepted with its year; 2 patents follow "
             "(not papers). 【教育背景 Education】 bilingual heading, 导师 line. 【获奖情况】: 3 (the RoboMaster prize "
             "repeated in 在校经历 is the same award). CET-6 is not an award.",
}

LABELS["08"] = {
    "name": "歐陽子謙",
    "name_any": ["AU-YEUNG Tsz-him", "Au-Yeung Tsz-him", "Tsz-him Au-Yeung", "AU-YEUNG Tsz-him, Lawrence",
                 "Lawrence Au-Yeung", "Au Yeung Tsz Him"],
    "emails": ["tsz-him.auyeung@example.hk"],
    "phones": ["+85255500188"],
    "links": ["lawrence-auyeung.example.hk"],
    "education": [E("The University of Hong Kong", "phd", "2016-09", "2020-07"),
                  E("The Chinese University of Hong Kong", "bachelor", "2012-09", "2016-06")],
    "experience": [X("The Hong Kong University of Science and Technology", "Postdoctoral Fellow", "2022-09", "present"),
                   X("The Hongkong and Shanghai Banking Corporation Ltd (HSBC)", "Quantitative Analyst", "2020-08",
                     "2022-08"),
                   X("The University of Hong Kong", "Teaching Assistant", "2016-09", "2020-07")],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Sparse tensor regression for high-frequency limit order books",
          "Journal of the American Statistical Association", 2021, True, "published"),
        P("Bootstrap inference for realized covariance under asynchronous trading", "Statistica Sinica", 2022, False,
          "published"),
        P("香港金融科技監管沙盒的實證評估", "香港社會科學學報", 2023, True, "published"),
        P("Conformal prediction for intraday volatility under microstructure noise", "Journal of Econometrics", 2024,
          True, "in press"),
        P("Spectral tests for lead–lag networks in order flow", "Annals of Statistics", None, True, "under review"),
    ],
    "research_interests_any": ["High-frequency financial econometrics", "tensor regression", "conformal prediction",
                               "fintech regulation"],
    "awards_count": 3,
    "language": "zh-Hant+en",
    "layout": "Hong Kong bilingual CV made in Word (python-docx) and printed by LibreOffice: centred Chinese name over "
              "the English name, bilingual headings with a rule, 2-cell tables with right-aligned Chinese dates, "
              "running header",
    "notes": "'歐陽子謙' then 'AU-YEUNG Tsz-him, Lawrence' (surname first in capitals, English given name last). Headings "
             "'工作經驗 Employment', '學歷 Education', '研究成果 Publications', '獎項 Awards and Scholarships'. Each entry is "
             "a bilingual organisation line (labelled with the English name, as heldout15 does for bilingual rows) "
             "and 'YYYY年M月 – 現在' at the right (現在 = present); the left cell wraps the long names. The HKU part-time "
             "TA post under Employment is a job. 合作導師/導師 lines are not jobs. APA entries with bold-less own "
             "name: '*' = corresponding author (paper 2 is not first-authored); the Chinese entry uses 〈〉《》; "
             "'In press.' with 2024; 'Submitted to the Annals of Statistics' = under review. Awards: HKPFS (a "
             "fellowship), a faculty award, Dean's List for two years on one line = 3.",
}

LABELS["09"] = {
    "name": "簡毓萱",
    "name_any": ["CHIEN, Yu-Hsuan", "Chien Yu-Hsuan", "Yu-Hsuan Chien", "CHIEN Yu-Hsuan"],
    "emails": ["yhchien@example.com.tw"],
    "phones": ["+886900000199"],
    "links": [],
    "education": [E("National Tsing Hua University", "master", "2020-09", "2022-06"),
                  E("National Cheng Kung University", "bachelor", "2016-09", "2020-06")],
    "experience": [X("台灣積體電路製造股份有限公司", "Process Integration Engineer", "2022-07", "present"),
                   X("中央研究院應用科學研究中心", "Part-time Research Assistant", "2021-02", "2022-06"),
                   X("工業技術研究院電子與光電系統研究所", "Summer Intern", "2019-07", "2019-08")],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        P("Interface dipole engineering of HfZrO2 ferroelectric capacitors for low-voltage operation",
          "IEEE Electron Device Letters", 2022, True, "published"),
        P("Wake-up free ferroelectric HfZrO2 by nitrogen-rich TiN electrodes", "IEDM", 2021, False, "published"),
        P("Oxygen-vacancy redistribution during field cycling of Hf0.5Zr0.5O2 films", "Applied Physics Letters", None,
          True, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "zh-Hant+en",
    "layout": "Taiwanese bilingual 履歷 in XeLaTeX + xeCJK (AR PL UMing TW, Liberation Serif): photo frame, "
              "'中文 English' headings with a rule, left date column '2020/09 ∼ 2022/06'",
    "notes": "Taiwan conventions: '出生：民國 86 年（1997）', mobile '0900-000-199' (+886), a 兩吋照片 frame, "
             "'應徵職務 Position Applied' (not a job), dates 'YYYY/MM ∼ YYYY/MM' and '迄今' (= present). 學歷 rows "
             "give the Chinese school + department + '碩士（M.S.）' then the English school name (labelled in English, "
             "heldout15's bilingual convention), 指導教授 line. 經歷: TSMC (Chinese legal name + '（TSMC）'), a part-time "
             "research assistant post at Academia Sinica with a 計畫主持人 line, an ITRI summer internship: all jobs; "
             "titles are bilingual, labelled with the English. 著作: IEEE style, own name bold; 'revision submitted "
             "(2024)' = under review (no year scored); a conference poster printed after the list is not a paper; "
             "HfZrO$_2$ subscripts split in the text layer. 獎項: 2 lines = 2 (書卷獎 for two years on one line).",
}

LABELS["10"] = {
    "name": "Weiming Shan",
    "name_any": ["SHAN Weiming", "Shan Weiming", "单伟铭", "SHAN Weiming (单伟铭)"],
    "emails": ["shanweiming@example.com"],
    "phones": ["+8615600000110"],
    "links": ["scholar.example.com/citations?user=SHANwm0110"],
    "education": [E("University of Science and Technology of China", "master", "2017-09", "2020-06"),
                  E("Hefei University of Technology", "bachelor", "2013-09", "2017-06")],
    "experience": [X("iFLYTEK Co., Ltd.", "Senior Speech Algorithm Researcher", "2020-07", "present"),
                   X("Tencent AI Lab", "Research Intern", "2019-06", "2019-09")],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        P("Dialect-aware mixture-of-experts for low-resource Mandarin ASR", "ICASSP", 2022, True, "published"),
        P("Streaming speaker diarization with look-ahead clustering", "Interspeech", 2021, True, "published"),
        P("Prompt-tuned Conformer for code-switching speech recognition",
          "IEEE/ACM Transactions on Audio, Speech, and Language Processing", None, True, "under review"),
        P("Tokenizer-free speech language models for dialect understanding", "arXiv", 2024, False, "preprint"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "English Word CV of a mainland engineer (python-docx, Calibri/等线): centred 'SHAN Weiming (单伟铭)', "
              "headings with a bottom border, bold lines with a right tab stop for the dates",
    "notes": "Chinese-English habits: 'Education Background', 'Work Experience', 'Project Experience', 'Papers', "
             "'Honors and Awards', 'Self-evaluation'; dates '2017.09-2020.06' and 'Jul 2020 – Now' (Now = present); "
             "'Company | Department | Title' rows (the title is the last part; the Speech Group/Team are "
             "departments). The National Key R&D project with 'Advisor:' is a project (not a job). Papers in IEEE "
             "style with full names: '*' is defined as equal contribution, so paper 2 ('Xin Tao*, Weiming Shan*') "
             "counts as first-authored; TASLP 'under review' has no year; the arXiv entry is a preprint (2024). "
             "Honors: 3. CET-6 is not an award. The Scholar link is a placeholder URL on an example domain.",
}

LABELS["11"] = {
    "name": "Qianfan HE",
    "name_any": ["Qianfan He", "HE Qianfan", "He Qianfan", "贺千帆"],
    "emails": ["heqianfan@example.com"],
    "phones": ["+8618500000111"],
    "links": [],
    "education": [E("Tongji University", "phd", "2017-09", "2022-06"),
                  E("Delft University of Technology", "other", "2019-10", "2020-10"),
                  E("Hohai University", "bachelor", "2013-09", "2017-06")],
    "experience": [X("Beijing Enterprises Water Group Limited (BEWG)", "Research Scientist", "2024-07", "present"),
                   X("National University of Singapore", "Research Fellow", "2022-08", "2024-06")],
    "publications_count": 6,
    "first_author_count": 5,
    "publications_sample": [
        P("Mainstream partial nitritation–anammox sustained by intermittent aeration at low temperature",
          "Water Research", 2021, True, "published"),
        P("Granule size controls the competition between anammox and heterotrophic denitrifiers",
          "Environmental Science & Technology", 2022, True, "published"),
        P("Electro-assisted nitrite supply for anammox in low-strength wastewater", "Bioresource Technology", 2024,
          True, "published"),
        P("Sulfide-driven autotrophic denitrification coupled with anammox in a single reactor",
          "Chemical Engineering Journal", 2020, False, "published"),
        P("厌氧氨氧化工艺在城市污水处理中的应用进展", "环境科学学报", 2020, True, "published"),
        P("Energy-positive sewage treatment through carbon redirection and anammox", "Nature Water", None, True,
          "under review"),
    ],
    "research_interests_any": ["anammox", "wastewater resource recovery", "microbial electrochemistry"],
    "awards_count": 3,
    "language": "en",
    "layout": "English CV of a mainland researcher in LuaLaTeX (article, fontspec with a luaotfload fallback to Noto "
              "Sans CJK for the Chinese name and paper), date column + bold entry lines, running header, "
              "'Page n of N'",
    "notes": "'Qianfan HE (贺千帆)' (surname in capitals), 'Add:' address line, 'Jul 2024 – Now' (= present). Education "
             "includes a CSC-funded 'Joint Ph.D. student' year at TU Delft (education, level other) and '(211 "
             "Project)' beside the bachelor school. Work Experience: industry research scientist at BEWG after a NUS "
             "'Research Fellow' postdoc with a 'PI:' line. Research Projects are grants (not jobs). Publications in "
             "author-year order 'He Q., Qiu W.*, 2021. Title. Journal vol, pages. (SCI Q1, IF=…)': '#' = co-first (paper "
             "2 counts), '*' corresponding; one Chinese GB/T entry with [J]; 'under revision (major revision)' = under "
             "review (revise-and-resubmit, no year). The patent is not a paper. Awards: 3 (the CSC scholarship is an "
             "award).",
}

LABELS["12"] = {
    "name": "Zimo Lei",
    "name_any": ["Zimo Lei (雷子墨)", "雷子墨", "LEI Zimo", "Lei Zimo"],
    "emails": ["leizimo.opt@example.com"],
    "phones": ["+8618600000112"],
    "links": ["zimolei.example.io", "github.com/zimo-lei-opt"],
    "education": [E("Peking University", "phd", "2015-09", "2020-07"),
                  E("Stanford University", "other", "2018-09", "2019-03"),
                  E("Nankai University", "bachelor", "2011-09", "2015-06")],
    "experience": [X("Alibaba DAMO Academy", "Senior Algorithm Expert", "2023-04", "present"),
                   X("Alibaba DAMO Academy", "Algorithm Expert", "2020-07", "2023-03"),
                   X("Huawei Noah's Ark Lab", "Research Intern", "2019-07", "2019-12")],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        P("Restarted primal-dual hybrid gradient with adaptive step sizes for huge-scale LP",
          "SIAM Journal on Optimization", 2021, True, "published"),
        P("GNN-guided branching for mixed-integer programs with symmetry", "NeurIPS", 2022, True, "published"),
        P("Learning cutting-plane selection from solver logs", "ICML", 2023, True, "published"),
        P("Feasibility pump meets diffusion models", "ICLR", 2025, False, "accepted"),
        P("Complexity of PDHG on totally unimodular programs", "arXiv", 2024, True, "preprint"),
        P("Inventory routing with learned value functions", "Operations Research", None, False, "under review"),
    ],
    "research_interests_any": ["Large-scale mixed-integer programming", "learning to optimize",
                               "first-order methods for LP"],
    "awards_count": 4,
    "language": "en",
    "layout": "Markdown résumé pasted as .md (setext title, bullet contacts, a pipe table for Work & Internship, "
              "numbered papers with bold own name)",
    "notes": "Title line 'Zimo Lei (雷子墨)' underlined with '='. 'Education Background' entries 'School, Faculty — "
             "*degree* (2015.09 ~ 2020.07)'; a 'Visiting student, Stanford …, 2018.09 ~ 2019.03' bullet under the PhD "
             "is an education entry of level 'other'. 'Work & Internship' is a pipe table 'Company | Role | Time' with "
             "two rows for one employer (promotion P7 -> P8, two jobs; 'Now' = present); the bullets below are "
             "duties. Publications: '†' = equal contribution (paper 2, listed second with †, counts as first); "
             "'*ICLR 2025*, accepted' = accepted 2025; an arXiv id with '(submitted to *Mathematical Programming*)' is "
             "labelled as the arXiv preprint of 2024; 'Operations Research, under review'. Honors: 4.",
}
