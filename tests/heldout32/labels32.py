"""Hand-written labels of heldout32 (format of shared/eval/score.py). Every person and title is invented."""
from __future__ import annotations


def E(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = [
    {
        "file": "01_zh_cs_baoyan_undergrad_typst_golixp.pdf",
        "name": "邝予棠", "name_any": ["Yutang Kuang", "Kuang Yutang"],
        "emails": ["kuangyutang@std.uestc.example.edu.cn"], "phones": ["+8613955500117"],
        "links": ["github.com/kyt-sparse"],
        "education": [E("电子科技大学", "bachelor", "2022-09", "2026-06")],
        "experience": [
            J("数据智能与知识工程实验室", "本科生科研助理", "2024-03", "present"),
            J("中国科学院自动化研究所", "暑期科研实习生", "2024-07", "2024-09"),
        ],
        "publications_count": 3, "first_author_count": 2,
        "publications_sample": [
            P("SparseRoute: Routing-Based Block-Sparse Attention for Long-Context Inference", "AAAI", None, True,
              "under review"),
            P("Meta-Path Aware Negative Sampling for Heterogeneous Graph Contrastive Pre-training", "ICASSP", 2025,
              True, "published"),
            P("KV-Lite: Quantized Cache Eviction for Edge LLM Serving", "NeurIPS Workshop", 2025, False, "accepted"),
        ],
        "research_interests_any": ["高效大模型推理", "稀疏注意力", "图神经网络"],
        "awards_count": 4,
        "language": "zh",
        "layout": "保研 (推免) 简历, Typst with the golixp/typst-resume-zh-cn template (fetched, MIT)",
        "notes": "Template's personal-header with Nerd Font icons (font not installed: the icon glyphs are missing "
                 "from the text layer), red theme. 教育背景: one education-item, '2022.09 - 2026.06（预计）' wraps "
                 "in the date column; '电子科技大学（985）' with GPA and 排名 3/186 in the same row. 科研经历 uses "
                 "the template's project-item: a project title line, then 'lab/institute，role，指导老师/合作导师' "
                 "and right-aligned dates; both lines name a research post (本科生科研助理, 暑期科研实习生) so both "
                 "are jobs (organisation = the lab / institute as printed; the first names no university). "
                 "论文发表 with a legend '* 表示共同第一作者': [1] 在投 AAAI 2026 = under review, year not scored; "
                 "[2] second-listed with '*' = equal first -> first author, ICASSP 2025 已发表; [3] NeurIPS 2025 "
                 "workshop 已录用 (accepted, not first). 竞赛获奖: 4 award-items (国家奖学金, ICPC silver, 数学建模, "
                 "人民奖学金). CET-6/TOEFL are skills. Interests from the 个人简介 paragraph.",
    },
    {
        "file": "02_zh_chemistry_kaobo_master_wps_jianli_docx.docx",
        "name": "骆雯萱", "name_any": ["骆 雯 萱", "Luo Wenxuan", "Wenxuan Luo"],
        "emails": ["luowenxuan@example.com"], "phones": ["+8615855500147"], "links": [],
        "education": [
            E("南开大学", "master", "2022-09", "2025-06"),
            E("郑州大学", "bachelor", "2018-09", "2022-06"),
        ],
        "experience": [J("天津凯莱英医药集团（股份）有限公司", "工艺研发助理研究员", "2025-07", "present")],
        "publications_count": 5, "first_author_count": 3,
        "publications_sample": [
            P("Nickel/photoredox-catalysed enantioselective 1,2-arylalkylation of unactivated alkenes", "Org. Lett.",
              2025, True, "published"),
            P("Radical relay difunctionalization of vinyl boronates enabled by visible light", "J. Org. Chem.", 2024,
              True, "published"),
            P("Chiral bioxazoline ligands for asymmetric Ni catalysis", "Chin. J. Chem.", 2024, False, "published"),
            P("Enantioconvergent alkyl-alkyl coupling via a Ni/Ir dual system", "ACS Catal.", None, True, "accepted"),
            P("可见光促进的烯烃双官能团化研究进展", "有机化学", None, False, "under review"),
        ],
        "awards_count": 4,
        "language": "zh",
        "layout": "WPS 简历模板 imitated in python-docx, kept as DOCX (app.xml names WPS Office)",
        "notes": "Header: a borderless two-cell table, left cell shaded with the letter-spaced name '骆 雯 萱' and "
                 "'求职意向：2026 年博士研究生（有机化学）' on the same line, a nested label table (年龄/政治面貌/电话/"
                 "邮箱/住址/民族), a photo in the right cell. Section headings are white text in dark-blue shaded "
                 "one-cell tables with English glosses ('教育背景  EDUCATION'). Education rows are four-cell "
                 "tables (dates | school（985/211） | major + degree | GPA + 排名). 科研经历 holds the master's lab "
                 "work ('元素有机化学国家重点实验室 硕士研究生', the degree itself, not a job) and a current job at "
                 "凯莱英 (工艺研发助理研究员, 2025.07-至今). 发表论文 with legend '#共同第一作者 *通讯作者': [1] "
                 "'Luo W.#' first, [2] and [4] first, [3] second, [5] Ran first with Luo second (not first); "
                 "'已接收 (Accepted)' with no year; '在投' = under review. Honours: 4 dated lines. CET-6 is a skill.",
    },
    {
        "file": "03_zh_biology_shenbo_master_moderncv_banking_xecjk.pdf",
        "name": "习若岚", "name_any": ["习 若岚", "Xi Ruolan", "Ruolan Xi"],
        "emails": ["xiruolan@hust.example.edu.cn"], "phones": ["+8613555500163"],
        "links": ["xiruolan.example.cn"],
        "education": [
            E("华中科技大学", "master", "2023-09", "2026-06"),
            E("武汉大学", "bachelor", "2019-09", "2023-06"),
        ],
        "experience": [J("中国科学院分子细胞科学卓越创新中心", "暑期访问学生", "2021-07", "2021-08")],
        "publications_count": 4, "first_author_count": 3,
        "publications_sample": [
            P("FUNDC1 phosphorylation gates LC3 binding during hepatic ischemia–reperfusion injury", "Autophagy",
              None, True, "under review"),
            P("Mitophagy receptors in liver disease: mechanisms and therapeutic prospects", "Cell Death Discovery",
              2025, True, "published"),
            P("Temporal expression atlas of autophagy genes during zebrafish liver development",
              "Developmental Dynamics", 2024, False, "published"),
            P("线粒体质量控制与肝脏代谢疾病研究进展", "生命的化学", 2025, True, "accepted"),
        ],
        "awards_count": 4,
        "language": "zh",
        "layout": "申博简历, XeLaTeX moderncv (banking style, nosymbols) + xeCJK",
        "notes": "moderncv banking prints '习 若岚 | 申请攻读博士学位（细胞生物学）' centred (given and family name "
                 "separated by a space, title wraps), address/phone/e-mail/homepage on letter-icon lines. banking "
                 "cventry order: institution left + department right, then 'degree, GPA/排名' with dates right, then "
                 "the description (导师, thesis). 科研经历: the master's lab line (硕士研究生, the degree, not a job), a "
                 "summer visiting-student post at a CAS centre (a job), a 大创 project (本科科研训练, project leader: a "
                 "student project, not a job). 论文发表 '[1]:' items with a legend '# 共同第一作者；* 通讯作者': [1] "
                 "first, under review at Autophagy; [2] 'Zhou M#, Xi R#' = equal first; [3] second; [4] Chinese [J] "
                 "entry first, '2025（已录用）' = accepted. 获奖荣誉: 4 dated items. A poster (学术会议) is not a paper. "
                 "The second page holds 学术会议 and 专业技能.",
    },
    {
        "file": "04_zh_materials_postdoc_application_libreoffice.pdf",
        "name": "訾晨阳", "name_any": ["Zi Chenyang", "Chenyang Zi"],
        "emails": ["zichenyang@example.net"], "phones": ["+8613655500108"], "links": [],
        "education": [
            E("中国科学技术大学", "phd", "2019-09", "2025-06"),
            E("Karlsruhe Institute of Technology (KIT), Helmholtz Institute Ulm", "other", "2023-02", "2024-02"),
            E("合肥工业大学", "bachelor", "2015-09", "2019-06"),
        ],
        "experience": [J("中国科学技术大学 先进储能材料实验室", "科研助理", "2025-07", "present")],
        "publications_count": 6, "first_author_count": 5,
        "publications_sample": [
            P("Fluorinated interphase enables dendrite-free Li metal anodes in sulfide solid-state batteries",
              "Advanced Energy Materials", 2024, True, "published"),
            P("Operando neutron depth profiling of Li plating in garnet electrolytes", "ACS Energy Letters", 2025,
              True, "published"),
            P("Halide solid electrolytes with high oxidative stability", "Journal of Materials Chemistry A", 2023,
              False, "published"),
            P("Interface engineering for solid-state lithium metal batteries", "Nature Energy", None, True,
              "under review"),
            P("Low-pressure operation of anode-free solid-state cells", "Joule", None, True, "in press"),
        ],
        "research_interests_any": ["固态锂金属电池界面"],
        "awards_count": 3,
        "language": "zh",
        "layout": "博士后申请 个人简历 in Word (python-docx) printed to PDF by LibreOffice",
        "notes": "Running header '浙江大学 材料科学与工程学院 博士后申请材料'. A 'Table Grid' info table, label/value "
                 "two pairs per row; the e-mail wraps inside its cell ('zichenyang@example.ne' / 't'), the 申请岗位 "
                 "value wraps too; 研究方向 in the table is the interest. Numbered Chinese headings with a bottom "
                 "border. 教育经历: '2019.09—2025.06' (em dash) 硕博连读 工学博士, a 联合培养 year at KIT (level other, "
                 "heldout15 convention), 工学学士. 工作经历: 科研助理 '2025.07—至今'. 科研项目 (grants, not papers or "
                 "awards). 代表性论文 heading carries the counts and the legend: [2] 'Zi C.†' first and equal; [4] "
                 "second; [5] 'under review (revision submitted)'; [6] 'Joule, in press' with no year. 授权专利 is "
                 "not a paper. 获奖情况: 3 (郭沫若奖学金, 国家奖学金, 优秀墙报奖).",
    },
    {
        "file": "05_zh_medicine_youth_faculty_school_template_docx.docx",
        "name": "邬岚清", "name_any": ["Wu Lanqing", "Lanqing Wu"],
        "emails": ["wulanqing@wchscu.example.cn"], "phones": ["+8613755500185"], "links": [],
        "education": [
            E("北京协和医学院", "phd", "2021-09", "2024-06"),
            E("四川大学华西临床医学院", "master", "2018-09", "2021-06"),
            E("四川大学华西临床医学院", "bachelor", "2013-09", "2018-06"),
        ],
        "experience": [
            J("四川大学华西医院 呼吸与危重症医学科", "住院医师（专科培训）", "2024-07", "present"),
            J("世界卫生组织 驻华代表处", "实习生", "2019-07", "2019-08"),
        ],
        "publications_count": 5, "first_author_count": 4,
        "publications_sample": [
            P("Airway microbiome dysbiosis predicts exacerbations in bronchiectasis: a multicentre cohort study",
              "Eur Respir J", 2024, True, "published"),
            P("Neutrophil extracellular traps in COPD–bronchiectasis overlap", "Am J Respir Crit Care Med", 2025,
              True, "published"),
            P("Inhaled antibiotics for Pseudomonas colonisation: a network meta-analysis", "Chest", 2023, False,
              "published"),
            P("支气管扩张症急性加重的危险因素分析", "中华结核和呼吸杂志", 2021, True, "published"),
            P("Sputum proteomics stratifies bronchiectasis endotypes", "Thorax", None, True, "accepted"),
        ],
        "research_interests_any": ["支气管扩张症", "慢性气道疾病的微生物组", "中性粒细胞胞外诱捕网"],
        "awards_count": 3,
        "language": "zh",
        "layout": "学校模板 应聘申请表: one Word 'Table Grid' form with merged cells, kept as DOCX",
        "notes": "A hospital/university application form (青年教师 应聘申请表): title paragraphs, 填表日期, then one "
                 "18-row grid: label/value pairs with a photo cell merged over 4 rows x 2 columns; 应聘岗位 row (the "
                 "position sought, not a job); 学习经历 sub-table with header row 起止年月|毕业院校|专业|学位|导师 and "
                 "dates wrapped inside the cell ('2013.09-' / '2018.06'); 工作经历 sub-table (a current 住院医师 "
                 "post and a WHO internship). 主要科研成果 is one merged cell holding 5 papers (Vancouver style, "
                 "legend '*通讯作者，#共同第一作者': [2] 'Wu L#' first; [3] second; [5] Thorax 已录用 = accepted, no "
                 "year) and two grants on one line (not papers). 获奖情况: 3 on one line separated by '；'. 研究方向 row "
                 "= interests. A 本人承诺/signature row.",
    },
    {
        "file": "06_zh_economics_kaobo_master_pasted_markdown.md",
        "name": "樊沐阳", "name_any": ["Fan Muyang", "Muyang Fan"],
        "emails": ["fanmuyang@cufe.example.edu.cn"], "phones": ["+8618655500194"],
        "links": ["fanmuyang.example.cn"],
        "education": [
            E("中央财经大学", "master", "2023-09", "2026-06"),
            E("山东大学", "bachelor", "2019-09", "2023-06"),
        ],
        "experience": [
            J("中国人民银行济南分行", "研究实习生", "2024-07", "2024-09"),
            J("北京大学国家发展研究院", "科研助理", "2022-01", "2022-06"),
        ],
        "publications_count": 4, "first_author_count": 3,
        "publications_sample": [
            P("最低工资标准、劳动合同签订与农民工福利", "经济学（季刊）", 2025, True, "accepted"),
            P("平台经济、灵活就业与社会保险参保——来自 CFPS 的证据", "中国人口科学", 2024, False, "published"),
            P("Minimum Wages and Informal Employment: Evidence from Chinese Migrant Workers", "China Economic Review",
              None, True, "under review"),
        ],
        "research_interests_any": ["劳动力流动", "最低工资与非正规就业", "数字平台劳动者"],
        "awards_count": 4,
        "language": "zh",
        "layout": "Markdown 简历 as pasted (pipe table, bold, horizontal rule)",
        "notes": "'# 个人简历 —— 樊沐阳' title carries the name after words; contact as a bullet list; 一、…七、 "
                 "numbered headings. 教育背景 is a pipe table (时间|学校|专业 / 学位|成绩) with '2023.09—2026.06' "
                 "(em dash); the master's is in progress (end as printed). 科研成果 has sub-headings 期刊论文 (3) and "
                 "工作论文 (1, first author, presented at a forum: counted as a paper, status in preparation/working "
                 "paper, not sampled); [1] '2025（已录用，第一作者）' = accepted; [3] 'under review（R&R 二审中）'. 科研项目 "
                 "are grants (not jobs, not papers). 实习 / 工作经历: 'dates ｜ org ｜ role：description' bullets. "
                 "获奖情况: 4. 证书 and CET-6/IELTS are not awards.",
    },
    {
        "file": "07_zh_management_phd_applicant_pasted_text.txt",
        "name": "闵桐雨", "name_any": ["Min Tongyu", "Tongyu Min"],
        "emails": ["mintongyu@example.com"], "phones": ["+8617755500128"], "links": [],
        "education": [
            E("南京大学商学院", "master", "2021-09", "2024-06"),
            E("南京大学商学院", "bachelor", "2017-09", "2021-06"),
        ],
        "experience": [J("江苏省人力资源和社会保障厅 人才发展研究中心", "研究助理（合同制）", "2024-07", "present")],
        "publications_count": 4, "first_author_count": 3,
        "publications_sample": [
            P("数字化沟通频率与员工主动性行为：工作自主性的中介作用", "管理评论", 2024, True, "published"),
            P("Leader digital availability and employee voice: A diary study", "Asia Pacific Journal of Management",
              2023, False, "in press"),
            P("零工工作者的职业认同：一项扎根研究", "中国人力资源开发", None, True, "under review"),
            P("Remote leadership and newcomer socialization: A three-wave study", None, None, True, "in preparation"),
        ],
        "awards_count": 3,
        "language": "zh",
        "layout": "plain-text 个人简历 (考博) with full-width brackets and space-padded columns",
        "notes": "Letter-spaced title '个 人 简 历', a two-pairs-per-line personal block with padded labels "
                 "('姓    名：闵桐雨'), 报考单位/报考专业 (the application, not a job). 【教育背景】 rows '2021年9月 - "
                 "2024年6月  school  degree  major' with GPA/导师 on an indented continuation line; both degrees "
                 "at 南京大学商学院 (institution as printed). 【工作经历】 one contract research post, '至今'. 【科研经历】 is "
                 "an NSFC project with the candidate as core member (not a job). 【学术成果】 4 items: [2] APA "
                 "'Advance online publication' (= in press, year 2023 printed), [3] '（二审修改中）' = under review, [4] "
                 "'Manuscript in preparation for …' (in preparation, venue not given as a publication venue). "
                 "【学术会议】 talks/posters are not papers. 【获奖情况】 3. No interests section (自我评价 only).",
    },
    {
        "file": "08_zh_hant_en_ee_phd_applicant_taiwan_xelatex_tabular.pdf",
        "name": "詹昱廷", "name_any": ["詹 昱 廷", "CHAN, Yu-Ting", "Yu-Ting Chan", "Chan Yu-Ting", "CHAN Yu-Ting"],
        "emails": ["ytchan@gapp.nthu.example.edu.tw"], "phones": ["+886955501284"],
        "links": ["ytchan-rf.example.tw"],
        "education": [
            E("National Tsing Hua University", "master", "2023-09", "present"),
            E("National Cheng Kung University", "bachelor", "2019-09", "2023-06"),
        ],
        "experience": [J("MediaTek Inc.", "RF Design Intern", "2024-07", "2024-09")],
        "publications_count": 4, "first_author_count": 4,
        "publications_sample": [
            P("A 24–30 GHz four-element phased-array receiver with a wideband vector-modulator phase shifter in "
              "40-nm CMOS", "IEEE Microwave and Wireless Technology Letters", 2025, True, "published"),
            P("A compact transformer-based balun for Ka-band CMOS power amplifiers", "RFIC", 2025, True, "accepted"),
            P("An 8.6-mW 28-GHz LNA with gm-boosted noise cancellation", "IEEE Journal of Solid-State Circuits", None,
              True, "under review"),
            P("5.8 GHz 雙極化整流天線之設計", "2022 中華民國電機工程學會年會論文集", 2022, True, "published"),
        ],
        "research_interests_any": ["毫米波相位陣列收發機", "CMOS 功率放大器", "低功耗 IoT 射頻前端"],
        "awards_count": 3,
        "language": "zh-Hant+en",
        "layout": "Taiwan 博士班申請 履歷, XeLaTeX article + xeCJK (AR PL UMing TW) + tabularx, photo box",
        "notes": "Traditional Chinese with English glosses. Name letter-spaced '詹 昱 廷' over 'CHAN, Yu-Ting' "
                 "(Wade-Giles style, surname in capitals); a framed '照片 (Photo)' box right of the header; Taiwan "
                 "mobile '0955-501-284' (E.164 +886 955 501 284); 114 學年度 = the ROC-year of the application. "
                 "學歷 rows: '2023/09 – 迄今' (迄今 = present) with bilingual institution lines; labelled with the "
                 "English names (heldout15 convention). 研究經歷: the RFIC-lab master's line (碩士研究生: the degree, "
                 "not a job), a MediaTek internship (job, title 'RF Design Intern' as printed in English after "
                 "'類比射頻設計實習生'), an undergraduate 專題 (student project, not a job). 著作 with the legend "
                 "'† 同等貢獻': [2] second-listed with † = equal first, 'in Proc. RFIC, 2025, accepted'; [3] "
                 "'submitted to' = under review; [4] Chinese 〈〉 entry in the CIEE annual-meeting proceedings. Awards "
                 "3 (書卷獎 ×3 inside the education row is not counted separately).",
    },
    {
        "file": "09_en_cs_master_applying_phd_overleaf_pdflatex.pdf",
        "name": "Haoyu Deng", "name_any": ["Deng Haoyu"],
        "emails": ["haoyu.deng@example.com"], "phones": ["+8618855500139"],
        "links": ["haoyudeng.example.io", "github.com/hydeng-vision"],
        "education": [
            E("Shanghai Jiao Tong University", "master", "2023-09", "2026-03"),
            E("Harbin Institute of Technology", "bachelor", "2019-09", "2023-06"),
        ],
        "experience": [
            J("Visual Computing Lab, Shanghai Jiao Tong University", "Graduate Research Assistant", "2023-09",
              "present"),
            J("SenseTime Research", "Research Intern", "2024-06", "2024-09"),
            J("Harbin Institute of Technology", "Undergraduate Researcher", "2022-03", "2023-06"),
        ],
        "publications_count": 4, "first_author_count": 3,
        "publications_sample": [
            P("GaussFlow: Dynamic Gaussian Splatting with Scene Flow Priors", "CVPR", 2025, True, "published"),
            P("Open-Vocabulary 3D Occupancy from Sparse Views", "NeurIPS", None, True, "under review"),
            P("Self-Supervised Depth Completion for Transparent Objects", "IEEE Robotics and Automation Letters",
              2024, True, "published"),
            P("EgoMap: Online Semantic Mapping from Egocentric Video", "arXiv", 2025, False, "preprint"),
        ],
        "research_interests_any": ["3D computer vision", "neural scene representations", "embodied perception"],
        "awards_count": 4,
        "language": "en",
        "layout": "Overleaf-style one-page CV, pdfLaTeX article (Latin Modern, small-caps ruled headings)",
        "notes": "Jake's-like entry macro: 'Institution  Place' over 'Degree  dates' (right column), GPA/rank and "
                 "'Advisor: Prof. …' bullets; 'Sep. 2023 -- Mar. 2026 (expected)'. Publications before Research "
                 "Experience, numbered, own name bold, '* equal contribution' legend: [2] 'Xinyi Fan*, Haoyu Deng*' "
                 "= equal first, 'Under review at NeurIPS 2025' (year not scored); [3] RA-L printed as 'IEEE Robotics "
                 "and Automation Letters (RA-L)'; [4] arXiv id with 2025, third author. Research Experience rows are "
                 "posts with titles (Graduate Research Assistant in the lab, Research Intern at SenseTime, "
                 "Undergraduate Researcher): all three are jobs. Honors: 4 lines; 'National Scholarship (Top 1%) … "
                 "2024, 2021' is one line with two years, counted once. TOEFL/GRE are skills.",
    },
    {
        "file": "10_en_mech_eng_phd_postdoc_paracol_sidebar.pdf",
        "name": "Lingfeng Zang", "name_any": ["Lingfeng ZANG", "Zang Lingfeng", "ZANG Lingfeng"],
        "emails": ["zanglf@mails.tsinghua.example.edu.cn"], "phones": ["+8618655500152"],
        "links": ["scholar.example.org/zanglf"],
        "education": [
            E("Tsinghua University", "phd", "2020-09", "2025-06"),
            E("ETH Zurich", "other", "2022-10", "2023-09"),
            E("Dalian University of Technology", "bachelor", "2016-09", "2020-06"),
        ],
        "experience": [
            J("Tsinghua University", "Research Assistant (pre-postdoc)", "2025-07", "present"),
            J("COMAC Beijing Aircraft Technology Research Institute", "Structural Analysis Intern", "2019-07",
              "2019-08"),
        ],
        "publications_count": 5, "first_author_count": 4,
        "publications_sample": [
            P("Defect-driven fatigue crack initiation in L-PBF Ti-6Al-4V octet lattices",
              "International Journal of Fatigue", 2025, True, "published"),
            P("A graded-strut design rule for fatigue-resistant lattice metamaterials", "Additive Manufacturing", 2024,
              True, "published"),
            P("Physics-informed neural surrogates for lattice homogenisation",
              "Computer Methods in Applied Mechanics and Engineering", None, False, "in press"),
            P("Size effects in the compressive response of micro-lattices",
              "Journal of the Mechanics and Physics of Solids", None, True, "under review"),
        ],
        "research_interests_any": ["Lattice metamaterials", "Fatigue of additively manufactured alloys",
                                   "Physics-informed surrogate models"],
        "awards_count": 3,
        "language": "en",
        "layout": "two-column CV, pdfLaTeX article + paracol (shaded left sidebar), Helvetica, running footer",
        "notes": "Name over two lines 'Lingfeng' / 'ZANG' at the top of a shaded sidebar (contact, interests, "
                 "skills, languages, referees with their e-mails: not the candidate's); pdftotext interleaves the "
                 "two columns line by line. ORCID bare id (not a link). Education: PhD, a CSC joint-PhD year at ETH "
                 "Zurich (visiting doctoral student, level other), B.Eng. Appointments: a current RA post at "
                 "Tsinghua ('Jul 2025 -- present') and a summer internship. Journal Articles [J1]-[J4] and "
                 "Conference Papers [C1] (5 papers; [J3] '(in press)' without a year, second author; [J4] '(under "
                 "review)'). 'Grants & Honours': CSC scholarship, outstanding dissertation, best student paper = 3 "
                 "awards; the NSFC co-investigator line is a grant. Teaching (a TA with years only) is not labelled "
                 "as a job.",
    },
    {
        "file": "11_en_chemistry_phd_postdoc_application_word.docx",
        "name": "Jiaxin Rong", "name_any": ["JIAXIN RONG", "荣嘉欣", "Rong Jiaxin", "JIAXIN RONG (荣嘉欣)"],
        "emails": ["rongjiaxin@pku.example.edu.cn"], "phones": ["+8615255500121"], "links": [],
        "education": [
            E("Peking University", "phd", "2020-09", "2025-07"),
            E("Xiamen University", "bachelor", "2016-09", "2020-06"),
        ],
        "experience": [
            J("Peking University", "Graduate Researcher", "2020-09", "present"),
            J("Argonne National Laboratory", "Visiting Student", "2023-03", "2023-08"),
            J("Xiamen University", "Undergraduate Research Assistant", "2018-07", "2020-06"),
        ],
        "publications_count": 7, "first_author_count": 5,
        "publications_sample": [
            P("Dual-atom Cu–Fe sites for selective nitrate electroreduction to ammonia", "J. Am. Chem. Soc.", 2024,
              True, "published"),
            P("Operando XAS reveals dynamic Cu clustering during nitrate reduction", "Nat. Catal.", 2025, True,
              "published"),
            P("Boron-doped carbon supports for Fe–N–C catalysts", "ACS Catal.", 2023, False, "published"),
            P("Machine-learned descriptors for nitrate reduction on dual-atom sites", "Nature Communications", None,
              True, "under review"),
            P("A flow-cell protocol for ammonia quantification", "ChemRxiv", 2025, False, "preprint"),
        ],
        "research_interests_any": ["Electrocatalysis", "single-atom catalysts",
                                   "operando X-ray absorption spectroscopy"],
        "awards_count": 5,
        "language": "en",
        "layout": "English Word CV of a Chinese PhD candidate (python-docx, Times New Roman), kept as DOCX",
        "notes": "Centred caps name with the Chinese name in brackets 'JIAXIN RONG (荣嘉欣)', title line, address, "
                 "'Tel · Email · ORCID' line (bare ORCID, not a link); footer 'Jiaxin Rong | CV | updated September "
                 "2025'. Headings in capitals with a bottom border. Dated rows are two-cell borderless tables with "
                 "'MM/YYYY – MM/YYYY' right-aligned ('09/2020 – 07/2025 (expected)'). Research Experience: 'Org — "
                 "Role' rows (Graduate Researcher, Visiting Student at Argonne, Undergraduate Research Assistant): "
                 "3 jobs. Publications: ACS style 'Rong, J.; Li, X.; Ou, Z.*' with journal abbreviations; legend "
                 "'(* corresponding author; # equal contribution; 10 papers in total, 5 as first author)' but 7 "
                 "items listed (counted: 7); [2] 'Tan, H.#; Rong, J.#' = equal first; 'Submitted to' = under review; "
                 "ChemRxiv preprint; '(3 further co-authored papers omitted)' not counted. Awards: 4 dated rows + "
                 "'National Scholarship (2018)' inside the bachelor's line = 5.",
    },
    {
        "file": "12_en_zh_medicine_lecturer_application_xelatex_fancyhdr.pdf",
        "name": "佟书瑶",
        "name_any": ["Shuyao TONG", "Shuyao Tong", "TONG Shuyao", "Tong Shuyao", "佟书瑶 TONG Shuyao"],
        "emails": ["tongshuyao@example.cn"], "phones": ["+8615055500176"], "links": [],
        "education": [
            E("中南大学 湘雅医学院", "phd", "2014-09", "2022-06"),
            E("Joslin Diabetes Center, Harvard Medical School", "other", "2020-09", "2021-09"),
        ],
        "experience": [
            J("中南大学湘雅医院 内分泌科", "博士后", "2024-07", "present"),
            J("中南大学湘雅医院", "住院医师", "2022-07", "2024-06"),
        ],
        "publications_count": 6, "first_author_count": 5,
        "publications_sample": [
            P("Empagliflozin attenuates podocyte pyroptosis via the AMPK–NLRP3 axis in diabetic kidney disease",
              "Kidney International", 2024, True, "published"),
            P("Urinary podocyte-derived extracellular vesicles predict eGFR decline in type 2 diabetes: a prospective "
              "cohort", "Diabetes Care", 2025, True, "published"),
            P("SGLT2 inhibitors beyond glycaemia: a renal perspective", "Nature Reviews Nephrology", None, True,
              "in press"),
            P("Gasdermin D deficiency protects against hyperglycaemia-induced podocyte injury", "Diabetologia", 2023,
              False, "published"),
            P("Single-cell atlas of podocyte stress responses in human diabetic kidney", "medRxiv", 2025, True,
              "preprint"),
        ],
        "research_interests_any": ["糖尿病肾病", "足细胞损伤与细胞焦亡", "SGLT2 抑制剂的肾脏保护机制"],
        "awards_count": 3,
        "language": "zh+en",
        "layout": "青年教师 application CV, bilingual headings, XeLaTeX article + xeCJK + fancyhdr (running header "
                  "and '第 N 页 共 M 页' footer)",
        "notes": "Running header with the post applied for (应聘岗位, not a job) and the name on every page; name "
                 "line '佟书瑶  Shuyao TONG, MD, PhD', a personal line (女 | 1994 年 3 月 | 中共党员 | 手机 | 邮箱). "
                 "求职意向 Position Sought is not a job. Education: the eight-year 临床医学 本博连读 programme ending in "
                 "医学博士 MD (a doctorate: level phd), and a 联合培养博士生 year at Joslin (level other). Work: a "
                 "clinical postdoc ('2024.07 – 至今') and residency (住院医师规范化培训), both at 湘雅医院. 科研项目 are "
                 "grants (主持/参与), not papers or awards. 代表性论文: Vancouver style, '#'/'*' legend; [2] 'Qu J#, "
                 "Tong S#' equal first; [3] 'Accepted, in press' (in press, no year); [5] Chinese [J] entry first; "
                 "[6] medRxiv preprint with a consortium co-author. Honours 3. Reviewer roles, licences (执业医师) "
                 "and IELTS in 'Others' are not awards; the Others line wraps onto page 2.",
    },
]
