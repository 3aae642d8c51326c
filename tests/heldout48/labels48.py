"""Hand-written labels for heldout48 (python tests/heldout48/labels48.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text and its
LibreOffice print), not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout48 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Zhenyu QIAO", name_any=["QIAO Zhenyu", "Qiao Zhenyu"],
    emails=["zhenyu.qiao@example.edu"], phones=["+12025550137"], links=["https://zqiao.example.org"],
    education=[E("University of Science and Technology of China", "phd", "2014-09", "2019-06"),
               E("Massachusetts Institute of Technology", "other", "2017-10", "2018-10"),
               E("Shandong University", "bachelor", "2010-09", "2014-06")],
    experience=[J("Princeton University", "Postdoctoral Research Associate", "2022-07", "present"),
                J("Rice University", "Postdoctoral Fellow", "2019-08", "2022-06")],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Imaging a fractional Chern insulator in twisted MoTe2", "Nature", 2024, True),
        P("Spectroscopic signatures of intervalley coherence in rhombohedral graphene", "Nat. Phys.", 2023, True),
        P("Vortex-bound states on the surface of FeTe0.55Se0.45 under strain", "Phys. Rev. Lett.", 2022, True),
        P("Gate-tunable Mott states in twisted double bilayer graphene", "Nano Lett.", 2020, False),
        P("Atomic-scale visualisation of lattice reconstruction in small-angle twisted bilayers", "Phys. Rev. B",
          2019, True),
        P("Charge-order melting in a moiré Wigner crystal", "Nature Materials", 2025, True, "under review"),
    ],
    research_interests_any=["Moiré quantum materials", "scanning tunnelling microscopy and spectroscopy",
                            "topological superconductivity"],
    awards_count=3, language="en",
    layout="English CV of a Chinese physics postdoc in the US, moderncv 'classic' (XeLaTeX) with Chinese habits",
    notes="moderncv classic: name 'Zhenyu QIAO' (surname in capitals, given name first), title, address/phone/e-mail/"
          "homepage right (the Font Awesome symbols are stubbed: 'Mob.' before the number). 'Personal Information' "
          "with Gender, Date of Birth '1991.03', Nationality and 'Position applied' (海外优青). Dates 'YYYY.MM–YYYY.MM' "
          "in the left column, wrapped over two lines. The CSC joint-PhD visit at MIT is education of level other "
          "(not a degree). 'Research Experience' holds the two postdoc jobs with 'Supervisor: Prof. X'. Research "
          "Projects (NSFC participant, DOE key personnel) are neither jobs nor awards. Publications with '#' co-first "
          "and '*' corresponding and '[JCR Q1, IF = …]' tails; [2] is co-first in second place (first author by "
          "DESIGN.md); [6] 'Submitted to Nature Materials (2025), under review' = under review, year 2025 as printed. "
          "First author 1, 2, 3, 5, 6 = 5. Awards 3 (postdoc fellowship, provincial graduate, national scholarship).",
)

LABELS["02"] = dict(
    name="Yuting Xu", name_any=["徐雨婷", "Yuting Xu (徐雨婷)", "Xu Yuting"],
    emails=["yuting.xu@example.edu.sg"], phones=["+6565550142"], links=["https://xulab.example.org"],
    education=[E("California Institute of Technology", "phd", "2013-09", "2018-06"),
               E("Peking University", "bachelor", "2009-09", "2013-07")],
    experience=[J("National University of Singapore", "Assistant Professor", "2021-08", "present"),
                J("ETH Zürich", "Postdoctoral Researcher", "2018-09", "2021-07")],
    publications_count=7, first_author_count=3,
    publications_sample=[
        P("Electrophotocatalytic C(sp3)–H amination of unactivated alkanes", "J. Am. Chem. Soc.", 2024, False),
        P("Iron-catalysed radical-polar crossover hydroalkylation", "Angew. Chem. Int. Ed.", 2023, False),
        P("Decatungstate photocatalysis in flow for late-stage fluorination", "Nat. Chem.", 2021, True),
        P("A general platform for deaminative cross-coupling", "Science", 2020, True),
        P("Mechanism of Ni-catalysed reductive coupling probed by kinetics", "J. Am. Chem. Soc.", 2018, False),
        P("Enantioselective reductive alkenylation of benzylic chlorides", "J. Am. Chem. Soc.", 2017, True),
        P("Site-selective electrochemical C–H oxidation", "Chem. Sci.", 2025, False, "accepted"),
    ],
    research_interests_any=["Photoredox and electrochemical C–H functionalisation", "earth-abundant metal catalysis",
                            "mechanistic studies of radical-polar crossover reactions"],
    awards_count=3, language="en",
    layout="English CV of a Chinese chemistry assistant professor in Singapore (PhD in the US, postdoc in "
           "Switzerland), Typst, ACS reference style",
    notes="Typst, centred header 'Yuting Xu (徐雨婷)' (given name first; the Chinese name in brackets), one contact "
          "line whose homepage wraps after 'https://xulab.' (labelled whole). 'PERSONAL INFORMATION' grid: Gender, "
          "Date of birth 1990.11, Nationality, ORCID (bare id, not a link), Marital status. Professional "
          "Appointments (NUS, ETH Zürich postdoc) before Education; dates 'YYYY.MM – present' left. The B.S. line "
          "names the college before 'Peking University' (labelled as the university). Research Grants are not "
          "jobs/awards. 'Representative Publications (≤10)' in ACS style 'Xu, Y.; … J. Am. Chem. Soc. 2024, 146, "
          "…' with '(IF …)', '†' equal contribution and '*' corresponding: items 1, 2, 5, 7 have her last or "
          "corresponding (2's daggers are the students'), so first author 3, 4, 6 = 3; item 7 'accepted'. "
          "Venues are the ACS abbreviations as printed. Awards 3 (Thieme award, SNSF fellowship, 国家优秀自费留学生奖学金).",
)

LABELS["03"] = dict(
    name="ZHOU Jiarui", name_any=["Jiarui Zhou", "Zhou Jiarui"],
    emails=["jiarui.zhou@example.ac.jp"], phones=["+81225550148"],
    education=[E("Tsinghua University", "phd", "2015-09", "2020-07"),
               E("University of Cambridge", "other", "2018-01", "2019-01"),
               E("Central South University", "bachelor", "2011-09", "2015-06")],
    experience=[J("Tohoku University", "JSPS International Research Fellow", "2022-04", "present"),
                J("National Institute for Materials Science (NIMS)", "Postdoctoral Researcher", "2020-09", "2022-03")],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Hydride-induced ordering in a TiVCrMn high-entropy alloy observed by in-situ TEM", "Acta Materialia", 2024,
          True),
        P("Machine-learning screening of hydrogen-storage high-entropy alloys", "npj Computational Materials", 2023,
          True),
        P("Irradiation-induced segregation in refractory high-entropy alloys", "Nature Communications", 2021, True),
        P("Sluggish diffusion revisited: tracer measurements in NbMoTaW", "Scripta Materialia", 2020, False),
        P("Helium bubble evolution in W-based high-entropy alloys", "Journal of Nuclear Materials", 2020, True),
    ],
    research_interests_any=["High-entropy alloys for hydrogen storage", "in-situ transmission electron microscopy",
                            "machine-learning-guided alloy design"],
    awards_count=3, language="en",
    layout="English CV of a Chinese materials scientist in Japan (JSPS fellow), python-docx Word document with "
           "tab-stop date column and a personal-information table",
    notes="DOCX: 'Curriculum Vitae' small right, name 'ZHOU Jiarui' (surname first in capitals) with ' Ph.D. | JSPS "
          "International Research Fellow' in the same paragraph, address, 'E-mail | Tel | WeChat' line (WeChat id "
          "not a link). Headings in capitals with a bottom border. Personal Information is a 2×4 table. Work "
          "Experience first: '2022.04 – Now' (= present) JSPS fellow at Tohoku University (printed 'Institute for "
          "Materials Research, Tohoku University'), NIMS postdoc. Education: Tsinghua PhD (school named first), a "
          "CSC 'Joint Ph.D. Student' year at Cambridge ('no degree awarded', level other), B.Eng. Research Projects "
          "(KAKENHI PI, NSFC participant) are not jobs. Selected Publications in Elsevier style '[1] J. Zhou, …, "
          "Acta Materialia 265 (2024) 119612. [JCR Q1, IF 8.3]'; [2] co-first in second place. First author 1, 2, "
          "3, 5 = 4. Awards 3 (the JSPS fellowship line, Tsinghua dissertation award, national scholarship).",
)

LABELS["04"] = dict(
    name="HUANG Xinyi", name_any=["Xinyi Huang", "HUANG Xinyi, MD, PhD", "Huang Xinyi", "黄心怡"],
    emails=["xinyi.huang@example.edu.au"], phones=["+61491570158"],
    education=[E("Peking Union Medical College", "phd", "2012-09", "2017-06"),
               E("University of Oxford", "other", "2015-10", "2016-10"),
               E("Sichuan University", "bachelor", "2007-09", "2012-07")],
    experience=[J("Walter and Eliza Hall Institute of Medical Research", "Research Fellow", "2023-07", "present"),
                J("Peter MacCallum Cancer Centre", "Postdoctoral Research Fellow", "2019-10", "2023-06"),
                J("Cancer Hospital, Chinese Academy of Medical Sciences", "Attending Physician (主治医师)", "2017-07",
                  "2019-09")],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Exhausted-like memory states predict CAR-T failure in relapsed lymphoma", "Blood", 2024, True),
        P("Clonal tracking of CD19 CAR-T cells by TCR barcoding", "Nat Commun", 2022, False),
        P("Circulating tumour DNA dynamics during first-line immunotherapy in NSCLC", "Clin Cancer Res", 2019, True),
        P("PD-L1 expression heterogeneity in paired primary and metastatic lesions", "J Thorac Oncol", 2018, True),
        P("Single-cell atlas of CAR-T products across manufacturing sites", "Cancer Cell", 2025, True,
          "under review"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="English CV of a Chinese physician-scientist in Australia, python-docx Word CV with two-column "
           "borderless tables, printed to PDF by LibreOffice",
    notes="Centred header 'HUANG Xinyi, MD, PhD', current post, address, contact line (Australian mobile in "
          "international form; ORCID bare id). Every section is a borderless two-column table: dates left "
          "('2012.09–2017.06', '2023.07–present'), bold degree/title then institution lines right. PERSONAL "
          "INFORMATION rows give 'Xinyi Huang (黄心怡)', Gender, Date of birth 1988.04.16, Nationality. PhD at "
          "'Peking Union Medical College / Chinese Academy of Medical Sciences' (the college is labelled); a CSC "
          "'Visiting PhD student' year at Oxford (level other); 'Bachelor of Medicine (MBBS equivalent, 5-year "
          "program)' at 'West China School of Medicine, Sichuan University' (= Sichuan University, bachelor). "
          "The attending-physician post in Beijing is a job. RESEARCH FUNDING is not jobs/awards. Vancouver list "
          "with '#'/'*' and '(IF …, Q1)'; 4 is co-first in second place; 5 'Under review at Cancer Cell (2025)'. "
          "First author 1, 3, 4, 5 = 4. Awards 3. Professional qualifications are not awards. No interests section.",
)

LABELS["05"] = dict(
    name="林书瑶", name_any=["Shuyao Lin", "林书瑶 Shuyao Lin"],
    emails=["shuyao.lin@example.org"], phones=["+493515550172"], links=["https://shuyaolin.example.org"],
    education=[E("中国科学院大学 University of Chinese Academy of Sciences", "phd", "2015-09", "2020-06"),
               E("European Molecular Biology Laboratory (EMBL)", "other", "2018-03", "2019-03"),
               E("武汉大学 Wuhan University", "bachelor", "2011-09", "2015-06")],
    experience=[J("马普分子细胞生物学与遗传学研究所 Max Planck Institute of Molecular Cell Biology and Genetics",
                  "博士后研究员 Postdoctoral Researcher", "2020-09", "present")],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Stress granule condensates buffer translation under heat shock", "Nature", 2024, True),
        P("A kinetic map of condensate ageing in living cells", "Cell", 2023, True),
        P("Nucleolar phase boundaries resolved by live-cell STED microscopy", "Nature Cell Biology", 2020, True),
        P("Arginine methylation tunes FUS condensate fluidity", "Molecular Cell", 2019, False),
        P("细胞内液-液相分离研究进展", "中国科学：生命科学", 2019, True),
        P("Condensate-specific chaperones revealed by proximity proteomics", "bioRxiv", 2025, True, "preprint"),
    ],
    research_interests_any=["Biomolecular condensates", "Phase separation and cellular stress",
                            "Live-cell super-resolution imaging"],
    awards_count=3, language="zh-en",
    layout="Bilingual (中英文对照) CV of a Chinese cell biologist, postdoc in Germany, XeLaTeX ctexart (Fandol CJK "
           "fonts, the ctex default)",
    notes="ctexart with the default Fandol fonts (their CJK glyphs carry no ToUnicode flag in pdffonts; pdftotext "
          "still reads them). Centred header '林书瑶 Shuyao Lin', post line, contact line with bilingual labels "
          "('邮箱 E-mail:'). Headings '基本信息 Personal Information', '教育背景 Education', '工作经历 Work "
          "Experience', '代表性论文 Selected Publications', '科研项目 Research Grants', '荣誉奖励 Honors and Awards'. "
          "Entries: date column left ('2020.09–至今 Present' = present), then '博士 Ph.D.，细胞生物学 Cell Biology，"
          "中国科学院大学 University of Chinese Academy of Sciences' with the training institute (培养单位) on the "
          "next line; the CSC-funded EMBL year is '联合培养博士生 Visiting Ph.D. Student' (level other). One job "
          "(the EMBO fellowship inside it is not a second job). Publications Vancouver-like with '#' and '*': [2] "
          "co-first in second place; [5] a Chinese item; [6] 'bioRxiv, 2025. 预印本 Preprint'. First author 1, 2, 3, "
          "5, 6 = 5. Research Grants are not awards; Honors 3 (EMBO fellowship, CAS President's award, national "
          "scholarship). Interests: the English halves of the three bilingual items are labelled.",
)

LABELS["06"] = dict(
    name="王子骞", name_any=["WANG Ziqian", "Ziqian Wang", "王子骞 WANG Ziqian"],
    emails=["zwang-ee@example.edu"], phones=["+12025550191"],
    links=["https://power.example.edu/zwang", "scholar.google.com/citations?user=EXAMPLE01"],
    education=[E("浙江大学 Zhejiang University", "phd", "2012-09", "2017-06"),
               E("弗吉尼亚理工大学 Virginia Tech", "other", "2015-09", "2016-09"),
               E("华中科技大学 Huazhong University of Science and Technology (HUST)", "bachelor", "2008-09", "2012-06")],
    experience=[J("田纳西大学诺克斯维尔分校 University of Tennessee, Knoxville", "助理教授 Assistant Professor",
                  "2021-08", "present"),
                J("橡树岭国家实验室 Oak Ridge National Laboratory", "博士后研究员 Postdoctoral Research Associate",
                  "2017-09", "2021-07")],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("A 20-kW bidirectional wireless power transfer system with SiC MOSFETs", "IEEE Trans. Power Electron.",
          2024, True),
        P("Gate-driver design for 1.7 kV SiC modules with active Miller clamping",
          "IEEE J. Emerg. Sel. Topics Power Electron.", 2023, False),
        P("Design of a 500 kHz SiC LLC converter with integrated magnetics", "IEEE Trans. Ind. Electron.", 2018, True),
        P("Loss modelling of GaN HEMTs in soft-switched resonant converters", "APEC", 2017, True),
        P("碳化硅功率器件在电动汽车中的应用综述", "中国电机工程学报", 2016, True),
    ],
    research_interests_any=["Wide-bandgap (SiC/GaN) power device applications", "High-density power converters",
                            "EV wireless charging"],
    awards_count=3, language="zh-en",
    layout="Bilingual CV of a Chinese power-electronics assistant professor in the US, HTML/CSS printed by "
           "headless Chromium",
    notes="Header: '王子骞 WANG Ziqian' with the bilingual post and the department; contact block right with "
          "emoji icons (not rendered by the installed fonts), the Scholar URL wrapping over two lines. Green bar "
          "headings '工作经历 Employment', '教育背景 Education' etc.; CSS-grid rows 'date | bold bilingual title, "
          "bilingual institution / grey detail'. '2021.08 – 至今 Present' = present. The Virginia Tech CPES year "
          "is '联合培养博士生 Visiting Ph.D. Student' (level other). Research Projects (DOE Co-PI, NSF PI) are "
          "not jobs/awards. IEEE-style list with 'SCI Q1'/'IF' tag boxes, '*' corresponding, '#' equal: [2] he is "
          "corresponding only; [4] co-first in second place, 'Proc. IEEE Applied Power Electronics Conference "
          "(APEC)' = APEC; [5] a GB/T 7714 Chinese item. First author 1, 3, 4, 5 = 4. Awards 3 (prize paper award, "
          "dissertation award, scholarship). Service is not a job.",
)

LABELS["07"] = dict(
    name="陈沐阳", name_any=["Muyang Chen", "陈沐阳 (Muyang Chen)"],
    emails=["m.chen@example.nl"], phones=["+31135550126", "+8613800138237"],
    links=["https://muyangchen.example.nl"],
    education=[E("波士顿大学 Boston University", "phd", "2015-09", "2021-05"),
               E("北京大学 Peking University", "master", "2012-09", "2015-06"),
               E("中国人民大学 Renmin University of China", "bachelor", "2008-09", "2012-06")],
    experience=[J("蒂尔堡大学 Tilburg University", "助理教授 Assistant Professor", "2021-09", "present"),
                J("世界银行 World Bank", "暑期研究员 Summer Research Fellow", "2020-06", "2020-08")],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Export Shocks and the Marriage Market: Evidence from Chinese Prefectures",
          "Journal of Development Economics", 2024, True),
        P("Minimum Wages and Firm Exit in Special Economic Zones", "Journal of International Economics", 2023, False),
        P("出口退税政策与企业创新：来自海关数据的证据", "经济研究", 2016, True),
        P("Roads, Remittances and Rural Fertility", "Review of Economic Studies", None, True, "under review"),
        P("Hukou Reform and the Geography of Skills", None, 2025, False, "under review"),
    ],
    research_interests_any=["Development Economics", "International Trade", "Labor Economics"],
    awards_count=3, language="zh-en",
    layout="Bilingual Markdown CV of a Chinese economist, assistant professor in the Netherlands",
    notes="Markdown: '# 陈沐阳 (Muyang Chen) | 个人简历 Curriculum Vitae', a bold post line, one contact line with a "
          "Dutch number and a Chinese mobile ('中国手机: +86 138 …'). '## 基本信息 Personal Information' bullets "
          "(gender, date of birth, nationality and '研究领域 Fields', the interests). Employment bullets "
          "'**2021.09–至今 Present** 助理教授 Assistant Professor, 蒂尔堡大学 Tilburg University, …'; a World Bank "
          "summer fellowship is a (short) job. Education: the M.A. is printed '北京大学国家发展研究院 National "
          "School of Development, Peking University' (labelled as the university). Publications in AEA style "
          "with the year after the authors; a Chinese item in 经济研究; Working Papers numbered on (4, 5): "
          "'Revise and Resubmit, Review of Economic Studies' and '已投稿 Submitted, 2025' are under review. "
          "First author 1, 3, 4 = 3 (economics lists alphabetically; the label follows the printed order). "
          "Grants (NWO Veni PI, NSFC participant) are not awards. Awards 3.",
)

LABELS["08"] = dict(
    name="韩雨桐",
    emails=["yutong.han@example.edu"], phones=["+12025550164", "+8613800138472"],
    education=[E("南京大学", "phd", "2013-09", "2018-06"),
               E("美国加州大学伯克利分校", "other", "2016-09", "2017-09"),
               E("厦门大学", "bachelor", "2009-09", "2013-06")],
    experience=[J("美国斯克里普斯研究所", "博士后研究员", "2021-03", "present"),
                J("美国西北大学", "博士后", "2018-09", "2021-02")],
    publications_count=5, first_author_count=5,
    publications_sample=[
        P("Single-atom cobalt sites in a porphyrinic MOF for visible-light CO2 reduction",
          "Journal of the American Chemical Society", 2023, True),
        P("Defect-engineered zirconium MOFs for photocatalytic hydrogen evolution",
          "Angewandte Chemie International Edition", 2022, True),
        P("Ligand-field tuning of Cu-MOF photocatalysts", "Chemical Science", 2019, True),
        P("金属有机框架光催化材料研究进展", "化学学报", 2018, True),
        P("Charge-transfer dynamics in MOF-supported single atoms", "Nature Catalysis", 2025, True, "under review"),
    ],
    research_interests_any=["金属有机框架材料的设计合成", "光催化二氧化碳还原", "单原子催化"],
    awards_count=3, language="zh",
    layout="Chinese 应聘人员简历表: a university's application form as a Word table with merged cells, filled by a "
           "chemistry postdoc in the US (python-docx)",
    notes="One bordered 7-column table: shaded section rows '一、基本信息' … '五、主持/参与项目及获奖情况' spanning "
          "the width; 基本信息 as label/value pairs (姓名/性别/出生年月, 民族/政治面貌/籍贯, 最高学历/最高学位/现任职务) "
          "with a '照片' cell merged over three rows; 联系电话 cell holds a US number and a domestic '138 0013 "
          "8472（国内）' on two lines; 研究方向 row (the interests). 教育经历 grid '起止时间 | 学校（院系）| 专业 | "
          "学历/学位 | 导师' with merged cells: 南京大学 博士 (the 院系 after the school name is not labelled), the "
          "Berkeley '国家公派联合培养' year '联合培养博士生' (level other), 厦门大学 本科/学士. 工作经历: two 博士后 "
          "posts in the US ('2021.03-至今' = present), the Scripps name followed by its English name in brackets "
          "and 化学系. 代表性成果 in one merged cell, GB/T 7714 '[J]' with '#'/'*' and '（IF …，JCR一区）'; [2] "
          "co-first in second place; [4] a Chinese item; [5] '审稿中' = under review. First author 5. 项目 "
          "(国家自然科学基金青年项目 参与, DOE 参与) are not jobs. 获奖 3, including the talent programme "
          "'中国科协青年人才托举工程' (counted as an award).",
)

LABELS["09"] = dict(
    name="邓启航",
    emails=["qihang.deng@example.edu.au"], phones=["+61491570159"],
    education=[E("昆士兰大学", "phd", "2014-07", "2018-09"),
               E("中南大学", "master", "2011-09", "2014-06"),
               E("中南大学", "bachelor", "2007-09", "2011-06")],
    experience=[J("新南威尔士大学", "讲师", "2022-01", "present"),
                J("莫纳什大学", "博士后研究员（Research Fellow）", "2018-10", "2021-12")],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Lithiophilic high-entropy interlayers for anode-free lithium metal batteries", "Advanced Materials", 2024,
          True),
        P("Fluorinated solid-electrolyte interphases by design", "Energy & Environmental Science", 2023, True),
        P("Operando neutron imaging of lithium plating in pouch cells", "Nature Energy", 2021, True),
        P("Pressure effects in sulfide solid-state cells", "ACS Energy Letters", 2020, False),
        P("Dual-salt electrolytes for 4.6 V cathodes", "Joule", 2025, True, "accepted"),
    ],
    research_interests_any=[], awards_count=3, language="zh",
    layout="Chinese 人才引进申请表 (海外优青 call) as a Word table with merged cells, filled by a battery-materials "
           "lecturer in Australia, printed to PDF by LibreOffice",
    notes="'附件2' and a centred form title, a 申报类别 line with ☑/☐ boxes (海外优青 ticked, 青年拔尖 not). One bordered "
          "table: shaded centred section rows (基本信息, 学习经历, 工作经历, 代表性论文, 主持/参与科研项目, "
          "获奖情况 / 人才称号), label/value cells in 基本信息 (现工作单位 '新南威尔士大学（澳大利亚）', 现任职务), then "
          "one merged cell per section with 'YYYY.MM-YYYY.MM  school，专业，degree' lines (the UQ PhD printed "
          "'昆士兰大学（The University of Queensland），化学工程，博士（PhD）'; 中南大学 硕士 and 学士 as two "
          "entries). 工作经历 '2022.01-至今' = present (讲师 at UNSW, with the school after the university name), "
          "a Monash 博士后研究员（Research Fellow）. Publications GB/T 7714 '[J]' with '#'/'*': [2] co-first in "
          "second place, [5] corresponding-first, 'accepted'. First author 1, 2, 3, 5 = 4. The projects section "
          "holds an ARC 'Discovery Early Career Researcher Award' (a grant: not an award, not a job). Awards 3. "
          "No interests section.",
)

LABELS["10"] = dict(
    name="彭嘉禾", name_any=["Jiahe Peng"],
    emails=["jiahe.peng@example.jp"], phones=["+818055550193"],
    education=[E("北京大学", "phd", "2014-09", "2019-07"),
               E("兰州大学", "bachelor", "2010-09", "2014-07")],
    experience=[J("东京大学", "特任助教（Project Assistant Professor）", "2022-04", "present"),
                J("日本理化学研究所", "博士后研究员（JSPS外国人特别研究员）", "2019-09", "2022-03")],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Observation of a chiral Floquet phase with ultracold fermions in a hexagonal lattice", "Nature Physics",
          2024, True),
        P("Programmable Rydberg arrays with site-resolved erasure detection", "Physical Review X", 2023, False),
        P("Quantum gas microscopy of a spin-orbit coupled Fermi gas", "Physical Review Letters", 2021, True),
        P("Topological pumping of interacting bosons in a superlattice", "Physical Review Letters", 2019, True),
        P("Synthetic dimensions with clock-state atoms", "Physical Review A", 2018, False),
        P("Many-body localisation in a two-dimensional optical quasicrystal", "Nature", 2025, True, "under review"),
    ],
    research_interests_any=["超冷原子量子模拟", "光晶格中的拓扑物态", "里德堡原子阵列"],
    awards_count=3, language="zh",
    layout="Chinese 个人简历 exported from a university's recruitment (HR) system, HTML printed by headless Chromium, "
           "field-per-line records and tables",
    notes="System banner '人才招聘管理系统 · 应聘材料导出' with 简历编号 and 导出时间 (not dates of the CV), title "
          "'个人简历'. 基本信息 table: 姓名 / 英文名 'Jiahe Peng' / 性别, 出生日期 1992-06-03, a Japanese mobile "
          "'+81-80-5555-0193', 应聘岗位, 最高学位, 现单位, '[照片]' cell spanning rows, 研究方向 row. 教育经历 and "
          "工作经历 as boxed records with one field per line ('起止时间：2014-09 至 2019-07', '学校名称：', "
          "'院系/专业：', '学历：… 学位：…'; '2022-04 至 今' = present). The University of Tokyo is printed "
          "'东京大学（The University of Tokyo）' and RIKEN '日本理化学研究所（RIKEN）'. 论文成果 as a table "
          "'论文题目 | 期刊/会议 | 发表年份 | 作者排序 | 收录/分区 | 状态' (no author lists): 第一作者 = first; "
          "'共同第一作者（第2位）' = first author; '通讯作者（第3位）' and 第二作者 are not; '审稿中' = under review. "
          "First author 1, 3, 4, 6 = 4. A fixed footer repeats '第 1 页' on both pages and overlaps the last table "
          "row of page 1. 科研项目 table (KAKENHI 主持, NSFC 参与) not jobs/awards. 获奖 table 3.",
)

LABELS["11"] = dict(
    name="宋知行",
    emails=["zhixing.song@example.se"], phones=["+4685550117", "+8613800138619"],
    education=[E("中南大学", "phd", "2008-09", "2016-06"),
               E("美国哈佛大学", "other", "2014-03", "2015-03")],
    experience=[J("卡罗林斯卡学院", "研究员（Researcher）", "2022-09", "present"),
                J("卡罗林斯卡学院", "博士后", "2018-09", "2022-08"),
                J("中南大学湘雅医院", "住院医师", "2016-07", "2018-08")],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Genetic liability to atrial fibrillation and risk of dementia: a Mendelian randomisation study",
          "European Heart Journal", 2024, True),
        P("Sibling comparison of statin use and incident heart failure in the Swedish national registers",
          "JAMA Cardiology", 2023, True),
        P("Polygenic risk of hypertension and pregnancy outcomes", "Circulation", 2022, False),
        P("Hypertension subtypes and atrial fibrillation in Chinese adults: a cohort study", "Hypertension", 2019,
          True),
        P("孟德尔随机化方法在心血管病病因研究中的应用", "中华心血管病杂志", 2018, True),
        P("Proteome-wide Mendelian randomisation for heart failure drug targets", "Nature Medicine", 2025, True,
          "accepted"),
    ],
    research_interests_any=["心血管疾病遗传流行病学", "孟德尔随机化", "大规模人群队列与电子病历数据挖掘"],
    awards_count=3, language="zh",
    layout="Chinese CV of a physician-epidemiologist at Karolinska Institutet, XeLaTeX ctexart with Noto CJK fonts "
           "and a photo box",
    notes="Header: name, post line, Swedish and domestic phones ('+46 8 555 0117（瑞典）', '138 0013 8619（国内）'), "
          "e-mail, address; a '照片' box right. 个人信息 with 性别/出生年月/国籍/籍贯/政治面貌/婚姻状况. Dates '2008年"
          "9月—2016年6月' and '2022年9月—至今'. Education: '中南大学湘雅医学院 临床医学（八年制，本博连读）医学博士"
          "（M.D.）' is ONE entry at the doctoral level (labelled 中南大学, the university, as the committee's labels "
          "name it); the Harvard school-of-public-health year is '国家留学基金委联合培养博士研究生' (level other, "
          "labelled 美国哈佛大学). Jobs: two posts at 卡罗林斯卡学院 (研究员, 博士后) and a 住院医师 post at the "
          "hospital 中南大学湘雅医院 (a hospital, labelled in full). Publications GB/T 7714 with '（IF …，中科院一区）'; "
          "[2] co-first listed first; [6] corresponding-first, '已接收' = accepted. First author 1, 2, 4, 5, 6 = 5. "
          "主持及参与项目 not jobs/awards. 荣誉与人才称号 3 (ESC award, the talent title 湖湘青年英才, a provincial "
          "dissertation award). 执业资格 (licences) not awards.",
)

LABELS["12"] = dict(
    name="姚景川", name_any=["JINGCHUAN YAO", "Jingchuan Yao", "姚景川 JINGCHUAN YAO"],
    emails=["jc.yao@example.edu.sg"], phones=["+6585550135"], links=["https://jcyao.example.org"],
    education=[E("同济大学", "phd", "2016-09", "2021-12"),
               E("新加坡国立大学", "other", "2019-03", "2020-03"),
               E("同济大学", "bachelor", "2012-09", "2016-06")],
    experience=[J("南洋理工大学", "研究员（Research Fellow）", "2022-03", "present"),
                J("上海建工集团股份有限公司", "科研助理（短期）", "2021-12", "2022-02")],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Impact response of UHPC-filled steel tubes under repeated drop-weight loading", "Engineering Structures",
          2024, True),
        P("Blast resistance of steel–UHPC composite slabs with headed studs", "International Journal of Impact "
          "Engineering", 2023, True),
        P("Rate-dependent bond-slip model for steel fibres in UHPC", "Cement and Concrete Composites", 2021, True),
        P("Data-driven damage identification of composite bridge decks using acoustic emission",
          "Structural Health Monitoring", 2022, False),
        P("超高性能混凝土组合板抗冲击性能试验研究", "土木工程学报", 2020, True),
        P("Physics-informed neural networks for impact load identification",
          "Computer-Aided Civil and Infrastructure Engineering", 2025, True, "under review"),
    ],
    research_interests_any=["超高性能混凝土（UHPC）结构", "钢–混凝土组合结构抗爆与抗冲击", "基于机器学习的结构健康监测"],
    awards_count=3, language="zh",
    layout="Chinese CV of a structural engineer (research fellow in Singapore), Typst, navy heading bars, photo box",
    notes="Header: '姚景川' with 'JINGCHUAN YAO' beside it, a key/value grid (性　　别 with full-width spaces, "
          "出生年月, 国籍, 现 单 位, 联系电话 '+65 8555 0135', 电子邮箱, 个人主页) and a '照片' box. Rows 'date | "
          "*school* 院系 专业 | degree right' with dates '2016年9月–2021年12月'; the NUS 联合培养博士 year is level "
          "other; 博士 and 学士 both at 同济大学 (the 学院 after the name is not labelled). Jobs: NTU '研究员（Research "
          "Fellow）' ('2022年3月–至今' = present) and a three-month 科研助理 post at a construction group. 主持/参与"
          "项目 are not jobs. 代表性成果 GB/T 7714 with '#'/'*' and 中科院分区 tails; [2] co-first in second place; "
          "[5] a Chinese item; [6] '在审' = under review. First author 1, 2, 3, 5, 6 = 5. Awards 3.",
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
