"""Hand-written labels for heldout45 (python tests/heldout45/labels45.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout45 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


NO_PAPERS = dict(publications_count=0, first_author_count=0, publications_sample=[])

LABELS = {}

LABELS["01"] = dict(
    name="李嘉树",
    emails=["lijiashu@example.com"], phones=["+8613800138201"], links=[],
    education=[E("北京邮电大学", "master", "2018-09", "2021-06"),
               E("山东大学", "bachelor", "2014-09", "2018-06")],
    experience=[J("北京三快在线科技有限公司（美团）", "推荐算法工程师", "2021-07", "present"),
                J("网易有道", "算法实习生", "2020-06", "2020-09")],
    **NO_PAPERS,
    research_interests_any=["推荐系统", "表示学习"], awards_count=2, language="zh",
    layout="智联招聘 online-résumé export look (blue), HTML/CSS printed by headless Chromium, 2 pages",
    notes="First line '李嘉树' followed by '简历编号：JM…' (a 24-character résumé id, not a phone). Meta lines "
          "'男 | 29岁 | 现居住北京-海淀区 | 3年工作经验 | 硕士', '手机：138-0013-8201 | 邮箱：…', 求职状态 and 户口. "
          "Photo box '照片' at the right. 求职意向 grid with 期望薪资 '30001-40000元/月' (not a phone). 工作经历 rows "
          "'公司 | 职位' with 'YYYY.MM - 至今' at the right, then 所属行业/部门/薪资 '25001-30000元/月' and 工作内容 "
          "numbered 1. 2. 3.; the 网易有道 internship is a job. 项目经历 (two projects with 项目角色/项目描述/项目业绩, "
          "'所属公司：美团') are not jobs. 教育经历 'School | 专业 | 硕士' + dates; the master's line '研究方向：推荐"
          "系统、表示学习' is scored as interests (heldout40 convention). 证书 (CET-6, 计算机二级) are not awards; "
          "获奖情况: 国家奖学金 and 优秀毕业研究生 (2). No papers. Footer: 'www.zhaopin.com' (the site, not the "
          "candidate's link) and a QR code 'scan for the online résumé' (the URL is only in the QR: not a link).",
)

LABELS["02"] = dict(
    name="Jiashu Li", name_any=["Li Jiashu"],
    emails=["lijiashu@example.com"], phones=["+8613800138201"], links=[],
    education=[E("Beijing University of Posts and Telecommunications", "master", "2018-09", "2021-06"),
               E("Shandong University", "bachelor", "2014-09", "2018-06")],
    experience=[J("Meituan", "Recommendation Algorithm Engineer", "2021-07", "present"),
                J("NetEase Youdao", "Algorithm Intern", "2020-06", "2020-09")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=2, language="en",
    layout="English version of 01 printed from the same job site (Zhaopin English résumé look), Chromium",
    notes="Same person as 01, the site's English résumé. Blue header band with 'Jiashu Li' (given name first) and "
          "the headline, contacts right ('+86 138 0013 8201'). 'Resume ID: JM…' and 'Last updated: 2025.02.20' "
          "under the band (not dates of anything). Career Objective table with 'Expected Salary: 30001-40000 "
          "CNY/month'. Work Experience: a left date column 'YYYY.MM - Present' and 'Company | Title' bold, industry "
          "line below, numbered duties. Projects are not jobs. Education 'School' bold then 'Master · Field'. "
          "Certificates (CET-6, NCRE) not awards; Awards line with two items (2). Skills as a key/level table "
          "('Proficient', 'Skilled'). No papers, no links (the footer names the site).",
)

LABELS["03"] = dict(
    name="周雨桐",
    emails=["zhouyutong.pm@example.com"], phones=["+8613800138462"], links=[],
    education=[E("华中科技大学", "bachelor", "2015-09", "2019-06")],
    experience=[J("行吟信息科技（上海）有限公司（小红书）", "产品经理", "2021-04", "present"),
                J("携程旅行网", "助理产品经理", "2019-07", "2021-03"),
                J("上海拉扎斯信息科技有限公司（饿了么）", "产品实习生", "2018-07", "2018-12")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=1, language="zh",
    layout="猎聘 online-résumé look (orange accents), HTML/CSS printed by headless Chromium, 2 pages",
    notes="First line '周雨桐简历' + a '猎聘认证' chip: the name is 周雨桐 (the name fused with 简历). Basic line "
          "'女 | 28岁 | 本科 | 工作6年 | 上海 | 在职，急寻新工作'; '手机号码：13800138462' (11 digits, no spaces). A grey "
          "box: 当前职位, 期望职位, 期望地点, 期望年薪 '40-50万'. 工作经历: company bold with '2021年4月—至今（3年11个月）' "
          "beside it, then a label/value grid 职位名称/所在部门/汇报对象/下属人数 '0'/工作职责 (numbered)/工作业绩. "
          "The 饿了么 internship is a job. 项目经历 (项目职务/所在公司) is not a job. One school, '本科（统招）'. "
          "Awards: the only honour is '2023 年度社区产品部“卓越贡献奖”' printed under 工作业绩 (counted as 1, "
          "judgement call); NPDP and CET-6 are certificates.",
)

LABELS["04"] = dict(
    name="陈思远",
    emails=["chensiyuan2025@example.edu.cn"], phones=["+8613800138527"], links=[],
    education=[E("西南财经大学", "bachelor", "2021-09", "2025-06")],
    experience=[J("京东零售", "数据分析实习生", "2024-06", "2024-09"),
                J("招商银行成都分行", "零售数据运营实习生", "2023-07", "2023-08")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=3, language="zh",
    layout="应届生求职网 campus-résumé look: a bordered personal-data grid with a photo cell, green heading bars, "
           "WeasyPrint, running footer with the site name",
    notes="Title '个人简历' (no name on the first line); the name is in the grid '姓　　名 | 陈思远' (full-width "
          "spaces inside the key). Grid also holds 出生年月 2003年3月, 政治面貌 共青团员, 毕业院校, 学历 '本科（2025届）', "
          "籍贯 and '手机 138 0013 8527'. 求职意向 line with 期望月薪 '8000-10000 元' and an availability month. "
          "One degree row 'School  专业  本科' + '2021.09 – 2025.06', then GPA/courses. 实习经历: two internships "
          "(jobs). 校园经历: 学生会 学习部部长 and a 社会实践 team leader are not jobs. 获奖情况: three dated items "
          "(数学建模 provincial prize, 一等奖学金, 优秀学生干部). 证书 (CET-6 562分, 计算机二级, 普通话) not awards.",
)

LABELS["05"] = dict(
    name="王可欣", name_any=["Kexin Wang", "Wang Kexin"],
    emails=["kexin.wang@example.edu.cn"], phones=["+8613800138639"],
    links=["https://github.com/kexinw-example"],
    education=[E("复旦大学 Fudan University", "master", "2022-09", "2025-06"),
               E("南京大学 Nanjing University", "bachelor", "2018-09", "2022-06")],
    experience=[J("腾讯 Tencent", "后台开发实习生 Backend Development Intern", "2024-06", "2024-09"),
                J("商汤科技 SenseTime", "计算机视觉研究实习生 Computer Vision Research Intern", "2023-03", "2023-09")],
    publications_count=2, first_author_count=1,
    publications_sample=[
        P("Temporal Prompt Tokens for Referring Video Object Segmentation", "ICASSP", 2024, True),
        P("Grounding Spoken Instructions in Egocentric Video Clips", "ACM MM", 2025, False, "under review"),
    ],
    research_interests_any=["多模态理解", "视频分割"], awards_count=2, language="zh-en",
    layout="实习僧 campus-résumé look, bilingual Chinese/English, avatar initial circle and QR code, Chromium",
    notes="Header: a circle with the character '欣' (not the name), '王可欣' with 'Kexin Wang' beside it, a line "
          "'女 / 2000.11 / 复旦大学 · 硕士 · 2025届' with its English twin, then emoji-prefixed contacts '(+86) "
          "138-0013-8639', e-mail and 'github.com/kexinw-example' (wraps at its hyphen in the page). QR code "
          "'实习僧扫码看简历' (not a link). Bilingual headings ('实习经历 INTERNSHIP'). Dates with '~' "
          "('2024.06 ~ 2024.09'). Institutions, employers and titles are printed in both languages and labelled "
          "so (heldout40's convention). Education line '研究方向 Research：多模态理解 …、视频分割 …' = interests. "
          "Internships are jobs; the 研究生会 外联部部长 post is not; the lab project is not a job. Papers: [1] own "
          "name first, ICASSP 2024 (一作); [2] second author, 'ACM MM 2025, under review（在审）' = under review, "
          "year 2025 as printed. Two scholarships (awards); CET-6 and 计算机二级 are certificates.",
)

LABELS["06"] = dict(
    name="赵明辉",
    emails=["zhaominghui@example.edu.cn"], phones=["+8613800138741"], links=[],
    education=[E("西北工业大学", "master", "2022-09", "2025-06"),
               E("长安大学", "bachelor", "2018-09", "2022-06")],
    experience=[J("中兴通讯股份有限公司西安研究所", "嵌入式软件实习生", "2024-07", "2024-09")],
    publications_count=1, first_author_count=1,
    publications_sample=[P("基于 FPGA 的低时延 OFDM 同步算法实现", "电子测量技术", 2024, True)],
    research_interests_any=[], awards_count=3, language="zh",
    layout="就业推荐表 (university careers-office graduate recommendation form), python-docx, one 'Table Grid' "
           "table with merged cells",
    notes="Heading paragraphs '西北工业大学' / '2025届毕业研究生就业推荐表' / '推荐表编号：NWPU-2025-0000418' (the "
          "university heading is not the person). Personal grid: 姓名, 性别, 出生年月 '2000.04', 民族, 政治面貌, "
          "生源地 '陕西宝鸡', 学号 '2022261418' (10 digits, not a phone), 学历 '硕士研究生', 学制, 学院, 专业, 外语水平, "
          "and a merged photo cell '照片（一寸）'; 联系电话 '13800138741'. Then label/merged-value rows: 求职意向, "
          "教育经历 (two lines '2022年9月—2025年6月　School　专业　学历'), 实习经历 (one internship = a job), 学生工作 "
          "(研究生会 副主席, 班长: not jobs), 科研成果 ([1] a Chinese journal paper '[J]. 《电子测量技术》，2024' first "
          "author; [2] a 软件著作权: not a paper), 获奖情况 (3 dated items), 技能证书 (certificates, not awards), "
          "自我评价, 学院推荐意见 with a stamp date, 学校就业部门意见 (blank date).",
)

LABELS["07"] = dict(
    name="何俊杰",
    emails=["hejunjie.embedded@example.com"], phones=["+8613800138356"], links=[],
    education=[E("哈尔滨工业大学（威海）", "bachelor", "2016-09", "2020-06")],
    experience=[J("深圳市大疆创新科技有限公司", "嵌入式软件工程师", "2022-07", "present"),
                J("深圳市汇川技术股份有限公司", "嵌入式开发工程师", "2020-07", "2022-06"),
                J("威海北洋电气集团股份有限公司", "硬件测试实习生", "2019-07", "2019-09")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=1, language="zh",
    layout="WPS/Word 简历模板 look in python-docx: a navy header table cell with white text and a photo cell, "
           "navy shaded heading paragraphs, tab-aligned 'dates<TAB>company<TAB>title' rows",
    notes="Header cell: '何俊杰' (white on navy), '求职意向：嵌入式软件工程师', '电话：138-0013-8356　　邮箱：…', "
          "'现居 … 年龄：27岁 … 工作年限：5年 … 期望薪资：25-32K'; a shaded photo cell '照片'. Headings are shaded "
          "paragraphs (教育背景 / 工作经历 / 项目经验 / 证书奖项 / 专业技能 / 自我评价). Rows 'YYYY.MM-YYYY.MM<TAB>"
          "公司<TAB>职位' ('2022.07-至今' = present); 工作内容 numbered 1. 2. 3. below, indented. The 2019 "
          "internship is a job; the 项目经验 row ('项目角色：固件负责人') is not. Education 'School（威海）' kept with "
          "its campus as printed; '自动化 / 本科'. 证书奖项: 软考 中级 (certificate), 电子设计竞赛 一等奖 (award), "
          "CET-6 (certificate): awards 1. Skills with 精通/熟练/熟悉.",
)

LABELS["08"] = dict(
    name="孙雅琪",
    emails=["sunyaqi@example.edu.cn"], phones=["+8613800138714"], links=[],
    education=[E("清华大学", "phd", "2020-09", "2025-06"),
               E("苏黎世联邦理工学院（ETH Zürich）", None, "2023-10", "2024-04"),
               E("同济大学", "bachelor", "2016-09", "2020-06")],
    experience=[J("北京市环境保护科学研究院", "科研助理（暑期实习）", "2019-07", "2019-09"),
                J("清华大学", "《环境工程原理》课程助教", "2021-09", "2022-01")],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Catalytic ozonation of sulfonamide antibiotics over Mn-doped ceria in secondary effluent",
          "Water Research", 2024, True),
        P("Short-chain PFAS breakthrough in full-scale granular activated carbon filters",
          "Environmental Science & Technology", 2023, True),
        P("Persulfate activation by biochar-supported iron for carbamazepine removal",
          "Journal of Hazardous Materials", 2022, False),
        P("城市污水处理厂抗生素抗性基因的季节变化特征", "环境科学", 2022, True),
        P("臭氧-生物活性炭工艺对新污染物的协同去除效果", "中国环境科学", 2023, False),
        P("Carbon footprint of advanced treatment trains for micropollutant removal: a plant-level comparison",
          "Nature Water", None, True, "under review"),
    ],
    research_interests_any=["新污染物", "高级氧化技术", "污水处理厂碳足迹评估"], awards_count=3, language="zh",
    layout="博士 applying to a 研究所, XeLaTeX ctexart with Noto CJK, dark-red rule headings, 2 pages",
    notes="Centered name, '应聘岗位：中国科学院生态环境研究中心 助理研究员' (the institute applied to is not a post "
          "held), a line '女 | 1997年5月 | 中共党员 | 手机：+86 138-0013-8714 | 邮箱'. 教育经历 as a two-column "
          "table 'YYYY年M月—YYYY年M月 | 学校，学院，专业，学位' (institution = the university only, as real labels "
          "do); a 国家公派联合培养博士研究生 stay at ETH Zürich printed under 教育经历 is labelled as an education "
          "row without a degree level (judgement call). 研究方向 line = interests. 科研经历 (two funded projects) "
          "are not jobs; 实习与工作经历: a summer research-assistant internship and a course TA post (jobs; the TA "
          "post's employer labelled as the university, the 学院 dropped). Papers numbered [1]–[6] with own name "
          "bold, '#' co-first and '*' corresponding: first author on 1, 2 (co-first #), 4, 6 → 4. Chinese GB/T "
          "items '[J]. 《环境科学》, 2022' (venue without the 《》). Remarks '（SCI 一区，IF=12.4，一作）' are not "
          "venues. [6] 'Nature Water, 审稿中' = under review, no year. A granted patent and an oral talk are not "
          "papers. Awards: 3 dated items. Certificates (CET-6, TOEFL) not awards.",
)

LABELS["09"] = dict(
    name="林泽宇",
    emails=["linzeyu@example.ac.cn"], phones=["+8613800138925"], links=["https://linzeyu.example.org"],
    education=[E("北京大学", "phd", "2015-09", "2020-07"),
               E("四川大学", "bachelor", "2011-09", "2015-06")],
    experience=[J("上海交通大学", "博士后", "2020-09", "present"),
                J("药明康德", "研究实习生", "2019-03", "2019-08")],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Ligand-directed covalent PROTACs that degrade mutant EGFR in osimertinib-resistant cells",
          "Journal of Medicinal Chemistry", 2024, True),
        P("A kinetic selectivity score for covalent fragment screening",
          "Angewandte Chemie International Edition", 2023, True),
        P("Graph-based active learning accelerates hit-to-lead optimisation of BTK degraders",
          "Journal of Chemical Information and Modeling", 2023, False),
        P("Acrylamide warheads tuned by ring strain for KRAS G12C", "Journal of the American Chemical Society",
          2020, True),
        P("共价抑制剂设计的研究进展", "有机化学", 2019, True),
        P("Solvent-exposed linkers govern ternary-complex cooperativity in VHL-based PROTACs",
          "Nature Communications", None, False, "under review"),
    ],
    research_interests_any=["共价抑制剂的理性设计", "靶向蛋白降解", "机器学习辅助的先导化合物优化"],
    awards_count=3, language="zh",
    layout="博士后 applying to a 研究所 (副研究员), Typst through typst-py, tinted heading bands, photo frame",
    notes="Name large with the headline '博士后 · 药物化学 / 计算辅助药物设计' on the same line; personal line "
          "(出生年月, 籍贯, 政治面貌), '电话：(+86) 138 0013 8925', e-mail, a bare ORCID number (not a link) and a "
          "homepage; '应聘：中国科学院上海药物研究所 副研究员' is the post applied for, not held. Photo frame "
          "'近期免冠照片'. 研究方向 '(1) …；(2) …（PROTAC）；(3) …' = interests (the PROTAC parenthesis dropped). "
          "Education/work as a date column 'YYYY.MM—YYYY.MM' / '2020.09—至今' beside 'School  学院  专业  学位'. "
          "Work: the postdoc (上海交通大学, 合作导师 named) and a PhD-time internship at '药明康德（WuXi AppTec）' "
          "(labelled 药明康德, title 研究实习生; '（博士期间）' dropped). 主持与参与项目 = grants (not jobs, not "
          "awards). 代表性论文 with the note '发表论文 9 篇，其中第一作者 5 篇，以下为代表作': the list shows 6 items "
          "(counted 6, the printed totals are not items). First author: 1 (#), 2, 4, 5 → 4; [6] own name last "
          "with '*', 'Nature Communications, under review'. Awards: 博新计划 selection (a fellowship), 优秀博士学位"
          "论文, 国家奖学金 (3).",
)

LABELS["10"] = dict(
    name="黃詠晴",
    emails=["yongqing.huang@example.com.tw"], phones=["+886987000162"], links=[],
    education=[E("國立政治大學", "master", "2017-09", "2019-06"),
               E("國立成功大學", "bachelor", "2013-09", "2017-06")],
    experience=[J("國泰世華商業銀行股份有限公司", "資料分析師", "2021-03", "present"),
                J("91APP", "數據分析專員", "2019-07", "2021-02"),
                J("國立政治大學", "兼任研究助理", "2018-02", "2019-06")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=1, language="zh-TW",
    layout="104人力銀行 résumé print look (Traditional Chinese, orange), Chromium, 2 pages",
    notes="Photo box '大頭照', name with '代碼：1750000000623' (a 13-digit site code, not a phone) beside it, "
          "'女 ｜ 30歲 ｜ 就業中 ｜ 台北市大安區 ｜ 5～10年工作經驗', '手機：0987-000-162' (Taiwan mobile, +886), e-mail. "
          "求職條件 table with 希望待遇 '月薪 75,000～90,000 元'. 學歷 rows 'School' + dates 'YYYY/M～YYYY/M' at the "
          "right, then '碩士 ｜ 統計學系 ｜ 畢業' ('大學' = bachelor). 工作經歷: '總年資：5年8個月', company + "
          "'2021/3～仍在職（4年1個月）' ('仍在職' = present), then '職稱 ｜ 部門 ｜ 產業 ｜ 規模'; a part-time research "
          "assistant post at the university (a job; labelled 國立政治大學, the 學系 dropped). 語文能力, 擅長工具, "
          "證照 (certificates, not awards). The 自傳 prose mentions one award (碩士論文獎佳作 2019): counted 1 "
          "(judgement call).",
)

LABELS["11"] = dict(
    name="吴思涵", name_any=["Sihan Wu", "Wu Sihan"],
    emails=["sihan.wu@example.com"], phones=["+8613800138390"], links=[],
    education=[E("中国药科大学 China Pharmaceutical University", "master", "2016-09", "2019-06"),
               E("沈阳药科大学 Shenyang Pharmaceutical University", "bachelor", "2012-09", "2016-06")],
    experience=[J("药明康德 WuXi AppTec", "高级研究员 Senior Scientist", "2021-07", "present"),
                J("江苏恒瑞医药股份有限公司 Jiangsu Hengrui Medicine", "研究员 Research Scientist", "2019-07", "2021-06")],
    publications_count=2, first_author_count=1,
    publications_sample=[
        P("Design and synthesis of pyrazolo[3,4-d]pyrimidine derivatives as selective FLT3 inhibitors",
          "European Journal of Medicinal Chemistry", 2019, True),
        P("Discovery of fused-tricyclic BRD4 inhibitors with improved oral exposure",
          "Bioorganic & Medicinal Chemistry Letters", 2018, False),
    ],
    research_interests_any=[], awards_count=2, language="zh-en",
    layout="Bilingual 药物研发 résumé, Word-template look with a purple full-width header band and photo box, "
           "WeasyPrint",
    notes="Purple band: '吴思涵 Sihan Wu', bilingual headline, 'Tel: 138 0013 8390', e-mail, location, and "
          "'期望职位 Target … ｜ 期望薪资 Salary: 35-45K × 14' (not a phone); a 'PHOTO' box. Headings Chinese + "
          "English ('工作经历 Work Experience'). Entries: bilingual employer bold with the dates right ('2021.07 – 至今 "
          "Present'), then '中文职位 English title ｜ 部门 Department' in purple, numbered bilingual duties. Employers, "
          "titles and schools labelled bilingual as printed ('（苏州）' city dropped from WuXi AppTec). Project "
          "(FGFR2/3) not a job. 论文与专利: items 1–2 are papers (own name bold, first on 1), item 3 a CN patent "
          "(not a paper). Awards: 优秀员工 and a graduate scholarship (2); 执业药师 licence and CET-6 are not.",
)

LABELS["12"] = dict(
    name="刘畅",
    emails=["liuchang_da@example.com"], phones=["+8613800138478"],
    links=["https://github.com/liuchang-da-example"],
    education=[E("中国人民大学", "bachelor", "2019", "2023")],
    experience=[J("快手", "数据分析师", "2023-07", "2025-01"),
                J("北京字节跳动科技有限公司", "数据分析实习生", "2022-03", "2022-09")],
    **NO_PAPERS,
    research_interests_any=[], awards_count=1, language="zh",
    layout="BOSS直聘 online résumé copied and pasted into a plain-text file",
    notes="First line '刘畅  求职意向：数据分析师' (the name followed by the intention on one line). Then "
          "'男 | 26岁 | 2年 | 本科 | 离职-随时到岗', '138 0013 8478（微信同号）', e-mail. 期望职位 rows "
          "'职位    城市    15-20K    行业' (salaries are not phones). 工作经历 rows 'Company    职位    YYYY.MM-YYYY.MM' "
          "separated by runs of spaces, department on the next line, '内容：' with numbered duties, '业绩：', '技能：'. "
          "The ByteDance internship is a job; the 项目经历 row ('项目成员') is not. Education in BOSS直聘 form "
          "'School    专业    本科    2019-2023' (years only); '在校经历' holds a 学生会 post (not a job) and one "
          "national competition prize (awards 1). 资格证书 not awards. A GitHub URL under 社交主页.",
)


def write_all() -> None:
    out = HERE / "expected"
    out.mkdir(exist_ok=True)
    for nn, lab in LABELS.items():
        fname = NAMES[nn]
        data = {"file": fname, **lab}
        (out / (Path(fname).stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")


if __name__ == "__main__":
    write_all()
