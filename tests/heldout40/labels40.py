"""Hand-written labels for heldout40 (python tests/heldout40/labels40.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout40 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Tobias Lindqvist",
    emails=["tobias.lindqvist@example.com"], phones=["+12025550143"],
    links=["https://tlindqvist.example.org", "https://github.com/tlindqvist-example",
           "https://linkedin.com/in/tobias-lindqvist-example"],
    education=[E("Carnegie Mellon University", "master", "2015", "2017"),
               E("University of Minnesota", "bachelor", "2011", "2015")],
    experience=[
        J("Duolingo", "Senior Machine Learning Engineer", "2022-03", "present"),
        J("Argo AI", "Machine Learning Engineer II", "2019-07", "2022-02"),
        J("Carnegie Mellon University", "Research Programmer, Auton Lab", "2017-08", "2019-06"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Draft-then-verify decoding for short-form tutoring dialogue", "ICML Workshop", 2024, True),
        P("Calibrated uncertainty for multi-agent trajectory forecasts", "arXiv", 2021, False, "preprint"),
        P("Scalable isolation forests for streaming telemetry", "KDD Workshop", 2018, True),
    ],
    research_interests_any=["Efficient inference", "Long-context language models", "Robust evaluation"],
    awards_count=2, language="en",
    layout="US ML engineer, static port of Reactive Resume's 'gengar' template, printed by headless Chromium",
    notes="Gengar layout: left sidebar whose top is a teal band with an initials circle 'TL', the name, the headline "
          "and Font Awesome private-use glyphs before location, phone '(202) 555-0143', e-mail and homepage; "
          "Profiles (GitHub, LinkedIn, without https), Skills with five-box rating bars (no text level), Languages "
          "with rating boxes, Interests. Main column: a tinted summary band with no heading, then Experience / "
          "Education / Publications / Awards items as 'Organisation bold / role' left and 'Mon YYYY - Present' + "
          "city right. Publications in the same item shape: title bold, venue on the next line, the date right "
          "(Jul 2024 / 2021 / Aug 2018), authors below in small type. Workshop venues = 'ICML Workshop', 'KDD "
          "Workshop' (DESIGN.md); 'arXiv preprint' = preprint with its year. First author: 1 and 3. Awards: "
          "hackathon first place, Dean's List (2). The sidebar 'Interests' are research topics (scored).",
)

LABELS["02"] = dict(
    name="Imogen Fairweather-Osei",
    emails=["imogen.fo@example.co.uk"], phones=["+442079460312"],
    links=["https://linkedin.com/in/imogen-fo-example", "https://github.com/ifo-example"],
    education=[E("University of Warwick", "master", "2017-10", "2018-09"),
               E("University of Leeds", "bachelor", "2013-09", "2017-06")],
    experience=[
        J("NHS England", "Lead Data Scientist", "2023-04", "present"),
        J("Office for National Statistics", "Senior Data Scientist", "2020-09", "2023-03"),
        J("Behavioural Insights Team", "Data Scientist", "2018-07", "2020-08"),
        J("Department for Education", "Graduate Analyst (Placement Year)", "2015-07", "2016-06"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Synthetic control methods for staggered NHS service roll-outs",
          "Journal of the Royal Statistical Society: Series A", 2024, True),
        P("Small-area estimation of fuel poverty with linked administrative data", "Statistical Journal of the IAOS",
          2022, False),
        P("Heterogeneous effects of tax reminder letters: a machine learning re-analysis", "Behavioural Public Policy",
          2021, True),
        P("Evaluating virtual wards with imperfect comparators", "BMJ Quality & Safety", None, True, "under review"),
    ],
    research_interests_any=["Causal machine learning", "Evaluation of public services", "Record linkage"],
    awards_count=3, language="en",
    layout="UK data scientist, Novoresume-like two-page design (blue right sidebar on both pages), Chromium",
    notes="Two A4 pages, each drawn with its own right-hand blue sidebar (white text): page 1 Skills pills, "
          "Achievements cards with trophy/medal glyphs, Languages with five proficiency dots and 'continued on "
          "page 2'; page 2 Certificates cards, Interests pills with glyphs, Research Interests card. Main column: "
          "name, tagline, italic justified intro with a rule, two-column contact grid with glyphs (UK number "
          "'020 7946 0312' without country code = +44), Work Experience as 'Title bold / Employer / italic "
          "MM/YYYY – Present + city right / Achievements/Tasks caption / bullets'; Education in the same shape "
          "(MSc with a dissertation bullet; BSc with a Year in Industry = bachelor; the DfE placement year is a "
          "job). Page 2: Publications (title bold, venue italic (year), authors with own name bold), one 'Under "
          "review, BMJ Quality & Safety' without year; Volunteer Experience (Code First Girls mentor) is not a "
          "job here (a judgement call); Conferences & Talks not counted. First author: 1, 3, 4. Awards 3 (Civil "
          "Service Award, RSS highly commended, EPSRC scholarship); certificates are not awards.",
)

LABELS["03"] = dict(
    name="Adaeze Obiora-Lawal",
    emails=["adaeze.ol@example.com"], phones=["+2348095550147"],
    links=["https://adaezeol.example.com/portfolio"],
    education=[E("University College London", "master", "2019-09", "2020-09"),
               E("University of Lagos", "bachelor", "2010", "2014")],
    experience=[
        J("Paystack", "Lead Product Designer", "2021-01", "present"),
        J("Andela", "Senior UX Designer", "2018-06", "2020-12"),
        J("Co-Creation Hub (CcHUB)", "UI/UX Designer", "2016-02", "2018-05"),
        J("University of Lagos", "Graduate Teaching Assistant (NYSC)", "2015", "2016"),
    ],
    publications_count=2, first_author_count=1,
    publications_sample=[
        P("Trust cues in USSD payment flows: a diary study with Lagos market traders", "CHI EA", 2024, True),
        P("Designing for the shared phone: account switching in Nigerian households", "COMPASS", 2022, False),
    ],
    research_interests_any=["Trust in digital financial services", "Low-connectivity interaction design",
                            "Shared-device use"],
    awards_count=3, language="en",
    layout="Nigerian product designer applying to HCI research, Enhancv-like design, WeasyPrint",
    notes="Enhancv look: name in capitals with an initials circle 'AO' right, purple role line 'Product Designer → "
          "Human-Computer Interaction Researcher', contact row with glyphs. Two columns. Left: Experience and "
          "Education entries with a square initials 'logo' (PS, AD, IC, UL, UCL) before each entry, a date pill "
          "with a calendar glyph and a location ABOVE the title, then title bold, company in purple; the NYSC "
          "teaching assistantship '2015 - 2016' is a job. Publications: title bold, authors, italic venue 'CHI EA "
          "'24', year. Right: Key Achievements cards (one is the 'Design award' card: Lagos Design Week 2022, "
          "counted as an award), Tools with Font Awesome star ratings and no text level, Skills tags, Awards (Mozilla "
          "fellowship, Chevening, both 2019), Languages with dots, Research Interests. Awards 3.",
)

LABELS["04"] = dict(
    name="Kavya Nambiar",
    emails=["kavya.nambiar@example.in"], phones=["+919845000123"],
    links=["https://github.com/kavya-nambiar-example"],
    education=[E("RV College of Engineering", "bachelor", "2021", "2025"),
               E("Kendriya Vidyalaya, Hebbal", "other", None, "2021")],
    experience=[
        J("Indian Institute of Science, Robert Bosch Centre for Cyber-Physical Systems", "Research Intern",
          "2024-05", "2024-07"),
        J("Tata Elxsi", "Embedded Software Intern", "2023-06", "2023-08"),
        J("IEEE Student Branch, RV College of Engineering", "Student Coordinator", "2022-08", "2023-05"),
    ],
    publications_count=2, first_author_count=1,
    publications_sample=[
        P("TinyLeaf: sub-megabyte crop disease classifiers for microcontrollers", "ISCAS", 2025, True),
        P("Event-driven wake-word detection with spiking front ends", "IEEE Embedded Systems Letters", None, False,
          "under review"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="Indian new graduate, Zety-like design (navy header band, QR code, left-rail headings), WeasyPrint",
    notes="Header band with white letter-spaced name 'KAVYA NAMBIAR' (surname bold), gold capitals tagline, contact "
          "glyphs (the phone has a mobile glyph), and a QR code at the right captioned 'Scan for portfolio' (the "
          "URL is only inside the QR image, not labelled). Body: section headings in a left rail column, content "
          "right. Skills as bars without text. Experience 'Title, Organisation' on one line then 'City · Mon YYYY "
          "- Mon YYYY'; the IEEE student-branch coordinator row sits under Experience and is labelled a job. "
          "Education: B.Tech 2021 - 2025 (end is the expected graduation as printed) and a Class XII school row "
          "(level other, one year = end). Projects are not jobs. Publications IEEE style: ISCAS 2025 first "
          "author; 'submitted to IEEE Embedded Systems Letters' = under review. Awards 2 (hackathon winner, KVPY "
          "fellowship).",
)

LABELS["05"] = dict(
    name="Henrike Sommerfeld", name_any=["Dr. Henrike Sommerfeld"],
    emails=["henrike.sommerfeld@example.de"], phones=["+498955501287"],
    links=["https://hsommerfeld.example.org", "https://github.com/hsommerfeld-example"],
    education=[E("Technische Universität München", "phd", "2013-10", "2017-12"),
               E("Technische Universität München", "master", "2011-10", "2013-09"),
               E("Karlsruher Institut für Technologie (KIT)", "bachelor", "2008-10", "2011-09")],
    experience=[
        J("KUKA Deutschland GmbH", "Senior Research Scientist, Robot Learning Group", "2021-04", "present"),
        J("KUKA Deutschland GmbH", "Research Scientist", "2018-10", "2021-03"),
        J("Technische Universität München, Chair of Robotics Science and Systems Intelligence",
          "Postdoctoral Researcher", "2018-01", "2018-09"),
        J("Massachusetts Institute of Technology, CSAIL", "Visiting Researcher", "2017-03", "2017-08"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Diffusion policies for mixed-SKU bin picking with tactile feedback", "IEEE Robotics and Automation Letters",
          2025, True),
        P("Few-shot insertion skills from kinesthetic demonstrations", "ICRA", 2024, False),
        P("Event-based tactile sensing for slip anticipation in industrial grippers", "IROS", 2023, True),
        P("Learning to detect slip from neuromorphic tactile skins", "IEEE Transactions on Robotics", 2019, True),
        P("A spiking front end for robot skin", "CoRL", 2017, True),
        P("Sim-to-real residuals for contact-rich assembly", "arXiv", None, False, "under review"),
    ],
    research_interests_any=["tactile perception", "imitation learning", "sim-to-real transfer"],
    awards_count=3, language="en",
    layout="German robotics researcher in English, Typst designed two-page CV with rotated section titles in a "
           "left rail, dot-and-line timeline and date pills",
    notes="Typst (typst-py). Header: 'Dr. Henrike Sommerfeld', orange headline, contact glyphs; the GitHub handle "
          "wraps at its hyphen ('github.com/hsommerfeld-' / 'example'); initials circle 'HS'. Section titles are "
          "rotated 90° and letter-spaced in a left rail (PROFILE, EXPERIENCE, …); each entry sits on a vertical "
          "line with a dot and starts with a date pill ('since 04/2021' = 2021-04 – present, '10/2018 – "
          "03/2021'), then title bold and 'Employer · City' grey. Two KUKA posts are separate jobs. Profile text "
          "carries 'Research interests:' inline. Skills with five dots, no text level. Page 2: Publications in "
          "the same pill shape, the pill holding the year and 'Authors · Venue' below the title; the last pill "
          "says 'under review' over an arXiv id (under review, no year). Venues: RA-L and T-RO printed in full with "
          "the acronym in brackets (full name labelled), ICRA/IROS/CoRL short names. First author 4. Awards 3 "
          "(finalist award, VDE prize, Deutschlandstipendium). Footer 'Henrike Sommerfeld · 1 / 2'.",
)

LABELS["06"] = dict(
    name="Zofia Krawczyk-Dąbek", name_any=["ZOFIA KRAWCZYK-DĄBEK"],
    emails=["zofia.krawczyk@example.pl"], phones=["+48225550137"],
    links=["https://zkdabek.example.pl", "https://github.com/zkdabek-example",
           "https://linkedin.com/in/zofia-kd-example"],
    education=[E("AGH University of Krakow", "master", "2013", "2015"),
               E("AGH University of Krakow", "bachelor", "2009", "2013")],
    experience=[
        J("Allegro", "Staff Software Engineer", "2021-10", "present"),
        J("Revolut", "Senior Software Engineer", "2019-01", "2021-09"),
        J("Comarch", "Software Engineer", "2015-07", "2018-12"),
    ],
    publications_count=1, first_author_count=1,
    publications_sample=[
        P("Model-checking a production saga orchestrator with TLA+", "EuroSys", 2024, True),
    ],
    research_interests_any=["Consensus protocols", "formal verification of storage engines"],
    awards_count=0, language="en",
    layout="Polish backend engineer, Word-designed résumé: name/contact in a VML text box header, body in a "
           "borderless two-column layout table, skill bars as shaded cells",
    notes="python-docx with raw VML: the name (capitals), headline and one contact line are ONLY inside an "
          "absolutely positioned text box (w:txbxContent) at the top of the page; the body is a two-cell table: "
          "a shaded sidebar cell (CONTACT with Font Awesome private-use characters before each item, SKILLS and "
          "LANGUAGES as nested one-row tables of shaded cells with no text level, INTERESTS) and the main cell "
          "(PROFILE, WORK EXPERIENCE as 'Title · Company' on one line with the company in orange, then 'Mon YYYY – "
          "present | City' italic, EDUCATION 'MSc Eng. in Computer Science' / 'AGH University of Krakow | 2013 – "
          "2015'). One EuroSys industry-track paper (first author); the GopherCon talk is not counted; CKA "
          "certificate is not an award (0). Interests: two research topics and 'climbing' (not scored).",
)

LABELS["07"] = dict(
    name="Rohan Desjardins-Patel", name_any=["Rohan Desjardins-Patel, PhD"],
    emails=["rohan.dp@example.ca"], phones=["+16135550178"],
    links=["https://rdp-lab.example.ca"],
    education=[E("University of Toronto", "phd", "2011-09", "2016-08"),
               E("University of Ottawa", "bachelor", "2007-09", "2011-04")],
    experience=[
        J("Ottawa Hospital Research Institute", "Senior Bioinformatician", "2022-05", "present"),
        J("Deep Genomics", "Bioinformatics Scientist", "2019-01", "2022-04"),
        J("McGill University", "Postdoctoral Fellow", "2016-09", "2018-12"),
        J("Wellcome Sanger Institute", "Visiting Student", "2015-06", "2015-08"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("A spatial atlas of paediatric medulloblastoma at single-cell resolution", "Nature Communications", 2024,
          True),
        P("Rare-cell detection with contrastive embeddings", "Bioinformatics", 2023, False),
        P("Splice-aware variant effect prediction in clinical exomes", "Genome Research", 2021, True),
        P("DoubletFlow: doublet-aware clustering of droplet scRNA-seq", "Genome Biology", 2019, False),
        P("Allelic imbalance in single cells: a hierarchical model", "PLoS Computational Biology", 2017, True),
        P("Benchmarking label transfer across spatial platforms", "bioRxiv", 2025, True, "preprint"),
    ],
    research_interests_any=["single-cell multi-omics", "spatial transcriptomics",
                            "statistical methods for rare cell states"],
    awards_count=3, language="en",
    layout="Canadian bioinformatician, FlowCV-like design on US Letter, headless Chromium",
    notes="Centred header with the name letter-spaced in capitals ('R O H A N  D E S J A R D I N S - PAT E L , P "
          "H D' in the text layer), letter-spaced headline, contact glyphs, ORCID as a bare number (not a link). "
          "Letter-spaced section headings ('GRANTS & AWARDS'), justified paragraphs. Entries: a left date column "
          "'YYYY/MM – present' under a calendar glyph with the city below, then 'Title, Employer' and bullets. "
          "Profile ends with inline 'Research interests: …'. Vancouver-style numbered publications with own name "
          "bold; #3 '*equal contribution' with the listed first = first author; bioRxiv 2025 = preprint. First "
          "author 1, 3, 5, 6 = 4. Grants & Awards grid: Banting, CGS-D, OGS (3); the CIHR Project Grant "
          "co-investigatorship is a grant, not an award. Languages with dots, no text level.",
)

LABELS["08"] = dict(
    name="钟以宁", emails=["zhongyining@example.edu.cn"], phones=["+8613800138417"],
    links=["https://github.com/zyn-example"],
    education=[E("中国人民大学", "master", "2022-09", "2025-06"),
               E("北京师范大学", "bachelor", "2018-09", "2022-06")],
    experience=[
        J("字节跳动", "数据科学实习生 · 抖音电商", "2024-06", "2024-10"),
        J("阿里巴巴达摩院", "研究型实习生 · 决策智能实验室", "2023-07", "2023-12"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Debiasing exposure in short-video recommendation with instrumental variables", "KDD", 2024, True),
        P("Doubly robust uplift modelling under interference", "Statistics in Medicine", None, False, "under review"),
        P("网络干扰下的平均处理效应估计方法综述", "统计研究", 2023, True),
    ],
    research_interests_any=["因果推断", "推荐系统去偏"],
    awards_count=3, language="zh",
    layout="Chinese master's graduate (data science), 超级简历/WonderCV-like one-page résumé, headless Chromium",
    notes="超级简历 look: name letter-spaced (CSS letter-spacing), 求职意向 line, a two-column contact grid with Font "
          "Awesome glyphs (gender/age/party, 138 0013 8417, 2025届硕士应届生, e-mail, city, GitHub), a photo "
          "placeholder box '照片' at the right. Headings with a blue block and a rule. Rows 'School | 专业 · 学位 | "
          "dates right' with GPA/导师/研究方向 bullets (研究方向 used as interests). 实习经历 rows "
          "'Company | 职位 · 部门 | YYYY.MM - YYYY.MM' = jobs; 项目经历 and 校园经历 (学生会学术部部长) are not "
          "jobs (judgement). 论文成果 bullets: KDD 2024 '（第一作者）', a Statistics in Medicine item '在审', a "
          "Chinese item (统计研究 2023, own name first). Awards one line with three items (国家奖学金, 一等学业"
          "奖学金, 数学建模一等奖). Skills as bars with no level text.",
)

LABELS["09"] = dict(
    name="唐思远", emails=["tangsiyuan@example.com"], phones=["+8613800138526"],
    education=[E("上海交通大学", "phd", "2013-09", "2018-06"),
               E("华中科技大学", "bachelor", "2009-09", "2013-06")],
    experience=[
        J("上海智元机器人有限公司", "感知算法专家", "2021-03", "present"),
        J("大疆创新科技有限公司", "视觉算法工程师", "2018-07", "2021-02"),
        J("微软亚洲研究院", "研究实习生", "2016-07", "2016-12"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Tightly coupled event-camera visual-inertial odometry for legged robots",
          "IEEE Robotics and Automation Letters", 2023, True),
        P("Learning-based loop closure under seasonal change", "IROS", 2019, False),
        P("Robust stereo visual odometry with line features in low-texture scenes", "ICRA", 2017, True),
        P("基于因子图的多传感器融合定位方法", "自动化学报", 2018, True),
    ],
    research_interests_any=["多传感器融合定位"],
    awards_count=3, language="zh",
    layout="Chinese robotics perception engineer, 五百丁-like Word template built from borderless tables, DOCX",
    notes="python-docx, everything in tables: a header table (name 26 pt, 求职意向, a cell of glyph + '32岁 | 男 | "
          "中共党员' / '138-0013-8526' / e-mail / city, a shaded '照片' cell); each section heading is a "
          "teal-shaded cell with a Font Awesome private-use character and the heading; 教育背景 and 工作经历 are "
          "three-column rows 'YYYY.MM-YYYY.MM | organisation + ● bullets | 专业/职位'; '2021.03-至今' = present. "
          "科研成果 numbered [1]-[5]: four papers (three first-authored) and [5] a granted patent (not counted). "
          "专业技能 a four-column table with skill bars made of shaded cells (no text). 荣誉奖项 'YYYY 奖项' lines "
          "(3; the DJI innovation award inside a job bullet is not in the list and not counted). 自我评价.",
)

LABELS["10"] = dict(
    name="罗明澈", emails=["luomingche@example.ac.cn"], phones=["+8613800138290"],
    links=["https://mcluo.example.ac.cn"],
    education=[E("中国科学院物理研究所", "phd", "2012-09", "2017-07"),
               E("东京大学 物性研究所", "other", "2015-10", "2016-09"),
               E("南京大学", "bachelor", "2008-09", "2012-07")],
    experience=[
        J("中国科学院宁波材料技术与工程研究所", "副研究员、课题组长", "2021-01", "present"),
        J("清华大学 材料学院", "博士后", "2017-09", "2020-12"),
        J("宁德时代新能源科技股份有限公司", "访问研究员（暑期）", "2019-06", "2019-08"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Machine-learned potentials reveal concerted Li hopping in argyrodite electrolytes",
          "Journal of the American Chemical Society", 2024, True),
        P("Grain-boundary resistance in Li6PS5Cl from large-scale simulations", "Nature Communications", 2023, False),
        P("Active learning of interatomic potentials for sulfide electrolytes", "npj Computational Materials", 2021,
          True),
        P("Interfacial decomposition at lithium/argyrodite contacts", "ACS Energy Letters", 2022, False),
        P("固态电解质离子输运的第一性原理研究进展", "物理学报", 2018, True),
        P("Universal descriptors of ionic conductivity from graph networks", "Advanced Materials", None, True,
          "under review"),
    ],
    research_interests_any=["第一性原理计算", "机器学习势函数", "固态电解质离子输运"],
    awards_count=3, language="zh",
    layout="Chinese materials researcher (副研究员), 知页-like designed 简历 in Typst: full-height teal sidebar, "
           "timeline, star ratings",
    notes="Typst. Left sidebar (white on teal, full page height): a white circle with the surname '罗', name, "
          "title, 基本信息 with glyphs (the e-mail wraps under its glyph), 研究方向 (three lines, the interests), "
          "专业技能 and 语言能力 with Font Awesome star ratings, 荣誉奖项 (3 lines). Main: headings in rounded "
          "teal tabs with glyphs; 教育背景 and 工作经历 on a vertical line with dots, 'organisation bold, dates right "
          "/ role grey'; the Tokyo 联合培养 year is education of level other; '2021.01 - 至今' = present; a "
          "summer visiting post at CATL is a job. 代表性论文 [1]-[6]: own name bold, '#' equal first (item 1 "
          "first-listed), '*' corresponding (item 6 is first-listed too); the subscript formula in item 2's title "
          "(Li6PS5Cl); a Chinese item; '审稿中' = under review. First author 1, 3, 5, 6 = 4. 科研项目 (grants) "
          "are not awards.",
)

LABELS["11"] = dict(
    name="沈若溪", name_any=["Ruoxi Shen", "沈若溪 Ruoxi Shen"],
    emails=["ruoxi.shen@example.com"], phones=["+8613800138635"],
    links=["https://ruoxishen.example.com/portfolio"],
    education=[E("清华大学 Tsinghua University", "master", "2017-09", "2019-06"),
               E("同济大学 Tongji University", "bachelor", "2013-09", "2017-06")],
    experience=[
        J("蚂蚁集团 Ant Group", "高级用户体验研究员 Senior UX Researcher", "2022-04", "present"),
        J("网易 NetEase", "交互设计师 Interaction Designer", "2019-07", "2022-03"),
        J("微软亚洲研究院 Microsoft Research Asia", "研究实习生 Research Intern", "2018-06", "2018-09"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("\"It's my daughter's phone too\": Delegated mobile payment among older adults in urban China", "CHI", 2024,
          True),
        P("Comment sections as music communities", "Proceedings of the ACM on Human-Computer Interaction (CSCW)",
          2021, False),
        P("老年人移动支付信任的影响因素研究", "装饰", 2019, True),
        P("Voice-first payment confirmation for low-vision users", "International Journal of Human-Computer Studies",
          None, True, "under review"),
    ],
    research_interests_any=[], awards_count=3, language="zh-en",
    layout="Bilingual Chinese/English UX researcher, 乔布简历-like template with a red header band and QR code, "
           "WeasyPrint",
    notes="Header band: '沈若溪 Ruoxi Shen' in white, bilingual headline, contact glyphs, and a QR code captioned "
          "'作品集 Portfolio' at the right. Key Achievements: three rounded cards with big numbers (not awards). "
          "Every heading is Chinese + letter-spaced English ('工作经历 WORK EXPERIENCE'); entries start with a "
          "date badge ABOVE the line 'Company 中文 English · 职位 Title' ('2022.04 – 至今 Present' = present). "
          "Institutions and employers are printed in both languages and labelled so. Publications APA-like with "
          "the year after the authors, own name bold; a Chinese item (装饰 2019); 'Under review at IJHCS'. CHI "
          "paper venue printed 'CHI Conference on Human Factors in Computing Systems (CHI '24)' = CHI; the CSCW "
          "paper's venue as printed. Honours: one line, three items (3). No research-interests list.",
)

LABELS["12"] = dict(
    name="Marisol Okonkwo-Reyes",
    emails=["marisol.okonkwo-reyes@example.com"], phones=["+12025550186"],
    links=["https://linkedin.com/in/marisol-okr-example", "https://marisolokr.example.com"],
    education=[E("University of Colorado Boulder", "master", "2017", "2019"),
               E("Universidad de los Andes", "bachelor", "2012", "2016")],
    experience=[
        J("Jupiter Intelligence", "Senior Data Scientist", "2022-06", "present"),
        J("Descartes Labs", "Data Scientist", "2019-08", "2022-05"),
        J("NCAR, Research Applications Laboratory", "Research Assistant", "2017-09", "2019-07"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Downscaled pluvial flood hazard from convection-permitting ensembles",
          "Natural Hazards and Earth System Sciences", 2024, True),
        P("Self-supervised pretraining for crop-type mapping with sparse labels", "Remote Sensing of Environment", 2022,
          False),
        P("Verifying hourly precipitation from convection-permitting models over the Front Range",
          "Monthly Weather Review", 2020, True),
        P("Wildfire exposure under uncertainty: a conformal approach", "arXiv", 2025, True, "preprint"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="US climate data scientist, Markdown 'ATS version' of a designed résumé",
    notes="Markdown: '# Name', a headline line, one contact line separated by ' · ' with a US number '(202) "
          "555-0186', a blockquote saying this is the ATS version of a designed résumé. Skills as bullets ending "
          "in a proficiency word ('— Expert', '— Advanced': the text that replaced the designed version's "
          "ratings). Work Experience as '**Title** — Employer' then an italic 'Month YYYY – Present · City' line "
          "('part-time, during graduate school' at NCAR). Education '**Degree** — School' then 'YYYY – YYYY'. "
          "'Key Achievements' holds the two awards (company prize, NASA FINESST fellowship). Numbered APA-style "
          "publications with own name bold; 'arXiv preprint' 2025 = preprint. First author 1, 3, 4. "
          "Certifications not awards.",
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
