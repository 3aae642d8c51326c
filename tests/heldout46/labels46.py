"""Hand-written labels for heldout46 (python tests/heldout46/labels46.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text and
LibreOffice page images of the DOCX), not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout46 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Maren T. Holloway", name_any=["Maren Holloway"],
    emails=["maren.holloway@example.org"], phones=["+12025550172"], links=["https://mholloway.example.org"],
    education=[E("University of Pennsylvania", "phd", "2015", "2021"),
               E("Rice University", "bachelor", "2011", "2015")],
    experience=[
        J("Department of Neurobiology, University of Chicago", "Postdoctoral Scholar", "2021-09", "present"),
        J("Abernathy Lab, University of Pennsylvania", "Graduate Researcher", "2016", "2021"),
        J("Baylor College of Medicine", "Undergraduate Research Assistant", "2013", "2015"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Dopamine ramps track proximity to reward in a virtual foraging task", "Neuron", 2021, True),
        P("Striatal acetylcholine pauses gate foraging transitions", "J Neurosci", 2020, False),
        P("Uncertainty-scaled dopamine signals during patch leaving", "Current Biology", 2023, True),
        P("A closed-loop virtual-reality rig for head-fixed mice", "bioRxiv", 2024, True, "preprint"),
        P("Serotonergic tone and patience in mice", "eLife", None, False, "under review"),
    ],
    research_interests_any=["Neural circuits of foraging decisions", "dopamine and reward timing",
                            "closed-loop virtual reality for head-fixed mice"],
    awards_count=3, language="en",
    layout="US neuroscience postdoc, Google Docs HTML export (Arial 11, c0/c1 classes) printed by headless Chromium",
    notes="Name 18 pt regular, everything else Arial 11 regular: no bold anywhere. Headings are ALL CAPS in the body "
          "font and size, set apart only by a rule under them (a paragraph bottom border) and 10 pt space above. "
          "Every entry is one line 'Degree/Title, unit, institution, city (YYYY–YYYY)' with the dates in "
          "parentheses at the END ('(Sept 2021–present)' = 2021-09 – present); detail lines indented. Publications "
          "typed by hand, numbered, each in its own style (Vancouver, APA-ish with '(2020)', 'et al (2023)' without "
          "a dot, a quoted title with 'bioRxiv 2024 (preprint)', 'Under review at eLife.' without year). First "
          "author: 1, 3, 4. Honors 3 (F32 fellowship, Grass Fellowship, Phi Beta Kappa). Talks, guest lectures "
          "and skills are not counted. 'mholloway.example.org' printed without https is the homepage.",
)

LABELS["02"] = dict(
    name="Aoife Brennan-Kearney",
    emails=["a.brennan-kearney@example.com"], phones=["+35315550143"], links=[],
    education=[E("Trinity College Dublin", "phd", "2009", "2013"),
               E("University College Cork", "bachelor", "2004", "2008")],
    experience=[
        J("School of Civil Engineering, University College Dublin", "Associate Professor", "2020", "present"),
        J("School of Civil Engineering, University College Dublin", "Assistant Professor", "2015", "2020"),
        J("Department of Engineering, University of Cambridge", "Research Associate", "2013", "2015"),
        J("Arup", "Graduate Engineer (bridges)", "2008", "2009"),
    ],
    publications_count=4, first_author_count=2,
    publications_sample=[
        P("Bayesian updating of scour risk for masonry arch bridges", "Structural Safety", 2023, True),
        P("Drive-by bridge monitoring with crowdsourced smartphone data", "Engineering Structures", 2021, False),
        P("Fatigue reliability of retrofitted steel bridges under growing traffic", "Journal of Bridge Engineering",
          2019, True),
        P("Vision-based deflection measurement for short-span bridges", "Structural Control and Health Monitoring",
          2017, False),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="Irish civil-engineering associate professor, every line centred, Pages-like PDF drawn with fpdf2",
    notes="Every line on both pages is centred (name, headline, contact, headings, entries, even the publications). "
          "Headings ALL CAPS in the body font and size, no rule, no bold. Education and appointments are three-line "
          "centred blocks: degree/title, institution, dates on their own line with TWO-DIGIT end years ('2009–13', "
          "'2015–20', '2004–08'); the Associate Professor block has '2020 – present'. Irish "
          "number '+353 (0)1 555 0143' = +35315550143. Publications without numbers, each typed in its own style; first author 1 and 3. Honours 2 (Fulbright scholar, IStructE prize). Research funding, "
          "teaching, chartership and the editorial role are not counted; no links.",
)

LABELS["03"] = dict(
    name="Rhiannon Ashby-Clarke",
    emails=["r.ashby-clarke@example.ac.uk"], phones=["+442079460518"], links=[],
    education=[E("University of Edinburgh", "phd", "2014", "2018"),
               E("University of Edinburgh", "master", "2013", "2014"),
               E("University of Leeds", "bachelor", "2010", "2013")],
    experience=[
        J("Department of Sociology, University of York", "Lecturer in Sociology", "2021", "present"),
        J("Centre for Urban Research on Austerity, De Montfort University", "Research Fellow", "2019", "2021"),
        J("School of Social and Political Science, University of Edinburgh", "Teaching Fellow (0.5 FTE)", "2018",
          "2019"),
        J("Joseph Rowntree Foundation", "Research Assistant (part-time)", "2015", "2018"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Queue time: the temporal politics of benefit sanctions", "Sociology", 2024, True),
        P("Austerity's afterlives in the English town hall", "Sociological Review", 2022, True),
        P("Counting the uncounted: food bank data and local government", "Critical Social Policy", 2021, False),
        P("Waiting rooms: conditionality and the ethics of delay", "British Journal of Sociology", None, True,
          "under review"),
    ],
    research_interests_any=["Welfare reform and conditionality", "the sociology of time and waiting",
                            "austerity and local government"],
    awards_count=2, language="en",
    layout="UK sociology lecturer, Word DOCX typed with runs of spaces, headings only underlined (python-docx)",
    notes="Times New Roman 11.5 throughout, no bold, no heading styles: every heading is a Normal paragraph whose "
          "only mark is an underline ('Current post', 'Previous employment', 'Education', …). Entries start with "
          "the dates and a colon, two-digit end years ('2019-21:', '2014-18:'), 'Current post' '2021-date:' = 2021 "
          "– present; the gap to the text and the indent of wrapped lines are typed spaces (the DOCX runs hold "
          "them). Employment is split over 'Current post' and 'Previous employment'. Publications numbered by "
          "hand, an italic sub-heading 'Under review' above item 4. First author 1, 2, 4. 'Prizes and "
          "studentships': ESRC studentship and a dissertation prize (2); the British Academy grant is not an award. "
          "Teaching module codes and referees are not counted.",
)

LABELS["04"] = dict(
    name="Shalini Raghavendra", name_any=["Dr. Shalini Raghavendra"],
    emails=["shalini.raghavendra@example.com"], phones=["+919845001276"], links=[],
    education=[E("Indian Institute of Science", "phd", "2014-08", "2019-09"),
               E("University of Hyderabad", "master", "2012-07", "2014-05"),
               E("St. Joseph's College, Bengaluru", "bachelor", "2009", "2012")],
    experience=[
        J("CSIR-National Chemical Laboratory", "Research Associate", "2022-12", "present"),
        J("University of Cambridge, Yusuf Hamied Department of Chemistry", "Postdoctoral Research Associate",
          "2019-11", "2022-10"),
        J("Indian Institute of Science", "Project Assistant", "2014-06", "2014-07"),
    ],
    publications_count=4, first_author_count=2,
    publications_sample=[
        P("Ligand-accelerated C-H borylation with cobalt pincer complexes", "J. Am. Chem. Soc.", 2019, True),
        P("Photoredox nickel catalysis in continuous flow for aryl amination", "Chem. Sci.", 2021, True),
        P("Mechanistic insight into nickel-catalysed decarboxylative arylation", "Angew. Chem. Int. Ed.", 2022,
          False),
        P("Iron-catalysed hydrosilylation under visible light", "ChemRxiv", 2024, False, "preprint"),
    ],
    research_interests_any=["Earth-abundant metal catalysis", "C-H activation", "flow photochemistry"],
    awards_count=3, language="en",
    layout="Indian chemistry postdoc, Writer-style DOCX with left and right tab stops and typed '1. …' section "
           "numbers, printed to PDF by LibreOffice 7.4",
    notes="Times New Roman (Liberation Serif in the PDF) 11 pt, no bold. 'CURRICULUM VITAE' centred, then the name. "
          "Headings are typed '1. Educational Qualifications' … '7. Personal Details' in the body font and size. "
          "Rows use a left tab at 3.6 cm and a right tab at 17 cm: 'Degree<TAB>Institution<TAB>Mon YYYY - Mon YYYY' "
          "(month abbreviations without dots); the Cambridge row's title is split over two lines in the first "
          "column ('Postdoctoral' / 'Research Associate') with the institution also wrapped; 'till date' = present. "
          "Publications '1)'..'4)' with a tab: chemistry style, '*' marks the corresponding author (not equal "
          "contribution): first author 1, 2; 'ChemRxiv 2024 (preprint)'. Awards and Fellowships 3, year at the "
          "right tab. Conferences, personal details and the declaration are not counted.",
)

LABELS["05"] = dict(
    name="Bronwyn Achterberg", name_any=["Dr Bronwyn Achterberg"],
    emails=["b.achterberg@example.com"], phones=["+61491570156"], links=[],
    education=[E("Monash University", "phd", "2010", "2014"),
               E("University of Western Australia", "bachelor", "2005", "2008")],
    experience=[
        J("The University of Adelaide", "Senior Lecturer", "2021-01", "present"),
        J("The University of Adelaide", "Lecturer", "2017-07", "2020-12"),
        J("The University of Melbourne", "Research Fellow", "2014-03", "2017-06"),
        J("GHD Pty Ltd", "Graduate Engineer", "2009-02", "2009-12"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Post-fire streamflow recovery in the Victorian Alps from paired-catchment records", "Journal of Hydrology",
          2022, True),
        P("A conceptual model of soil water repellency after bushfire", "Water Resources Research", 2020, False),
        P("Soil moisture memory and rainfall-runoff nonlinearity in south-eastern Australia",
          "Hydrology and Earth System Sciences", 2016, True),
        P("Ensemble streamflow forecasts for the Murray-Darling Basin", "Environmental Modelling & Software", 2024,
          True, "accepted"),
    ],
    research_interests_any=["Catchment hydrology", "bushfire impacts on water supply catchments",
                            "ensemble streamflow forecasting"],
    awards_count=2, language="en",
    layout="Australian hydrology senior lecturer, every entry one long comma-separated line, lettered headings "
           "'A. …'–'G. …', plain PDF drawn with fpdf2 (Word-like)",
    notes="Arial (Liberation Sans) 10 pt, nothing bold, nothing larger. The name, title, address, e-mail and phone "
          "are one comma-separated sentence at the top (no separate name line): 'Dr Bronwyn Achterberg, Senior "
          "Lecturer in Hydrology, …, 0491 570 156' (Australian mobile = +61491570156). Headings 'A. RESEARCH "
          "INTERESTS' … 'G. SERVICE' in body font. Each entry is ONE paragraph: 'Title, unit, institution, city, "
          "Mon YYYY - Mon YYYY, remarks' wrapping at the margin, so dates sit mid-paragraph and sometimes break "
          "across lines ('Jul 2017 - Dec' / '2020', 'Mar 2014 - Jun' / '2017'). Publications unnumbered, author-year "
          "in three punctuation styles, 'et al' without a dot, '(accepted)' = accepted with its year 2024. First "
          "author 1, 3, 4. Awards 2 under 'F. AWARDS'; the ARC DECRA is printed under 'E. GRANTS' and is not "
          "counted (a judgement call: it is a fellowship but shown as a grant).",
)

LABELS["06"] = dict(
    name="Efua Ofori-Boateng", name_any=["Dr. Efua Ofori-Boateng"],
    emails=["efua.oforiboateng@example.com"], phones=["+233245550187"], links=[],
    education=[E("University of Cape Town", "phd", "2012", "2016"),
               E("Kwame Nkrumah University of Science and Technology", "master", "2009", "2011"),
               E("University of Cape Coast", "bachelor", "2005", "2009")],
    experience=[
        J("Department of Physics, KNUST", "Senior Lecturer", "2021-08", "present"),
        J("Department of Physics, KNUST", "Lecturer", "2016-09", "2021-07"),
        J("Abdus Salam ICTP", "Visiting Scientist (Junior Associate)", "2019-06", "2019-08"),
        J("University of Cape Coast", "Teaching Assistant (National Service)", "2009", "2010"),
    ],
    publications_count=4, first_author_count=2,
    publications_sample=[
        P("Moisture-tolerant formamidinium perovskite films by low-temperature antisolvent processing",
          "Solar Energy Materials and Solar Cells", 2023, True),
        P("Sol-gel ZnO electron transport layers from cassava-starch templates", "Materials Research Express", 2021,
          False),
        P("Optical band-gap tuning of CsPbBr3 nanocrystals", "Journal of Physics: Conference Series", 2019, False),
        P("Deep-level transient spectroscopy of Cu(In,Ga)Se2 absorbers", "Thin Solid Films", 2016, True),
    ],
    research_interests_any=["Perovskite solar cells", "thin-film deposition", "defect spectroscopy"],
    awards_count=2, language="en",
    layout="Ghanaian physics senior lecturer, Word DOCX aligned with runs of spaces and Roman-numeral headings, "
           "printed to PDF by LibreOffice 7.4",
    notes="Times New Roman 11 pt, no bold. 'CURRICULUM VITAE' centred; no name line: the name appears only in "
          "'I. PERSONAL INFORMATION' as 'Name:  Dr. Efua Ofori-Boateng' (label/value pairs padded with spaces). "
          "Headings 'I.'–'VIII.' in capitals in the body font. Education and work rows are 'Degree/Title, unit, "
          "institution' then a run of typed SPACES and the dates, so the date column is ragged (the BSc row's "
          "dates stop short). 'Aug 2021 – Date' = present; 'Jun – Aug 2019' = 2019-06 – 2019-08; the national "
          "service TA year is a job. Page numbers are typed in the body ('Page 1 of 2' at the bottom of page 1 "
          "after spaces, 'CV – Efua Ofori-Boateng   Page 2' at the top of page 2, 'Page 2 of 2'); publication 4 "
          "continues on page 2. First author 1, 4. Awards 2 (best lecturer, DAAD scholarship). Memberships and "
          "referees are not counted.",
)

LABELS["07"] = dict(
    name="Ma. Cristina B. Dalisay",
    name_any=["Maria Cristina B. Dalisay", "Cristina B. Dalisay", "Ma. Cristina Dalisay"],
    emails=["mcdalisay@example.com"], phones=["+639175550142"], links=[],
    education=[E("Marine Science Institute, University of the Philippines Diliman", "phd", "2016", "2021"),
               E("University of the Philippines Visayas", "master", "2013", "2015"),
               E("Silliman University", "bachelor", "2009", "2013")],
    experience=[
        J("Marine Science Institute, University of the Philippines Diliman", "Assistant Professor 1", "2024-01",
          "present"),
        J("Australian Institute of Marine Science", "Postdoctoral Research Fellow", "2021-08", "2023-12"),
        J("University of the Philippines Visayas", "University Research Associate", "2015-06", "2016-05"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Thermal tolerance of Acropora larvae from the Verde Island Passage", "Coral Reefs", 2023, True),
        P("Microplastic ingestion by reef planktivores in Manila Bay", "Marine Pollution Bulletin", 2022, False),
        P("Recruitment pulses of rabbitfish in seagrass beds of Bolinao, Pangasinan", "Philippine Journal of Science",
          2020, True),
    ],
    research_interests_any=["Coral larval ecology", "thermal tolerance of reef-building corals",
                            "microplastics in reef food webs"],
    awards_count=2, language="en",
    layout="Filipino marine scientist, Word DOCX whose body is one borderless two-column table used only for layout",
    notes="Arial 10.5, no bold. Name in capitals ('MA. CRISTINA B. DALISAY', 'Ma.' = Maria), centred contact line "
          "with '|'. Everything below is ONE borderless table: full-width merged rows hold the headings (capitals, "
          "underlined only), then rows 'dates | title/degree (line 1) + unit, institution (line 2)'. 'Jun 15 – May "
          "16' = two-digit years with month abbreviations = 2015-06 – 2016-05. In the Publications rows the YEAR "
          "is only in the left cell and the citation in the right cell has none. First author 1, 3. Awards 2 "
          "(fellowship 2022, DOST scholarship 2013 – 2015). Skills not counted.",
)

LABELS["08"] = dict(
    name="Nathaniel Brightwater", name_any=["Nathaniel Brightwater, PhD, MPH"],
    emails=["nbrightwater@example.org"], phones=["+12025550139"], links=[],
    education=[E("Johns Hopkins Bloomberg School of Public Health", "phd", "2008", "2013"),
               E("Emory University", "master", "2005", "2007"),
               E("Oberlin College", "bachelor", "2001", "2005")],
    experience=[
        J("University of North Carolina at Chapel Hill, Gillings School of Global Public Health",
          "Associate Professor of Epidemiology", "2020-07", "present"),
        J("University of North Carolina at Chapel Hill", "Assistant Professor of Epidemiology", "2015-08", "2020-06"),
        J("Department of Environmental Health, Harvard T.H. Chan School of Public Health",
          "Postdoctoral Research Fellow", "2013-09", "2015-07"),
        J("National Center for Environmental Health, Centers for Disease Control and Prevention",
          "ORISE Research Associate", "2007-06", "2008-08"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Neighborhood heat vulnerability and emergency visits for acute kidney injury in North Carolina",
          "Am J Epidemiol", 2023, True),
        P("Wildfire smoke and preterm birth: a case-crossover analysis", "Environ Health Perspect", 2021, False),
        P("Drinking-water nitrate and colorectal cancer in rural counties", "Epidemiology", 2019, True),
        P("Temperature variability and suicide in the US South", "Lancet Planet Health", 2018, False),
        P("Heat-health warning systems in the United States: a scoping review", "Environ Res", 2024, True,
          "under review"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="US epidemiology associate professor, Word document saved as 'Web Page' (.htm with MsoNormal and "
           "mso-tab-count spans) and printed from the browser (headless Chromium WITH its header and footer)",
    notes="Times New Roman 12, no bold; headings are underlined capitals only. The browser's print header/footer is "
          "on each page: the print date/time and the page title 'CV' at the top, the file:///…/CV_Brightwater.htm "
          "URL and '1/2' at the bottom (not CV content; the date is the day it was printed). Word tabs became runs "
          "of non-breaking spaces, so the Education date column is ragged ('2008 - 2013' at three positions) and "
          "the appointment rows are 'Mon YYYY - Mon YYYY' + nbsp run + title, institution wrapped to an indented "
          "second line ('Sept 2013' without a dot). Honors rows 'YYYY  title', one wrapping to the left margin. "
          "Vancouver-ish list typed unevenly ('et al (2019)', 'Epidemiology 30:2', 'Submitted to Environ Res. "
          "(2024)' = under review, year 2024 as printed). First author 1, 3, 5. Awards 2 (ISEE early career award, "
          "Delta Omega). Grants and teaching are not counted. The e-mail is also a mailto link.",
)

LABELS["09"] = dict(
    name="邵明哲", name_any=["Shao Mingzhe"],
    emails=["shaomingzhe@example.com"], phones=["+8613800138427"], links=[],
    education=[E("浙江大学", "phd", "2015-09", "2020-06"),
               E("华中科技大学", "bachelor", "2011-09", "2015-06")],
    experience=[
        J("杭州海康威视数字技术股份有限公司", "高级算法工程师", "2022-07", "present"),
        J("之江实验室", "博士后研究员", "2020-07", "2022-06"),
        J("阿里巴巴达摩院", "研究实习生", "2019-06", "2019-09"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("基于事件相机的高速目标跟踪方法", "自动化学报", 2021, True),
        P("Event-based visual odometry with learned feature tracks", "IEEE Transactions on Robotics", 2020, True),
        P("Spiking optical flow on neuromorphic hardware", "ICRA", 2019, False),
    ],
    research_interests_any=["事件相机与神经形态视觉"],
    awards_count=3, language="zh",
    layout="Chinese vision algorithm engineer, Word 个人简历 DOCX aligned with runs of spaces, headings only as "
           "【教育背景】 in the body font",
    notes="宋体/Times New Roman 10.5 pt throughout, no bold, no tables: the title '个 人 简 历' is spaced with "
          "spaces, 基本信息 is two columns made of spaces ('姓    名：邵明哲    性    别：男'), phone '138 0013 8427'. "
          "Headings are typed 【教育背景】【工作经历】【科研成果】【获奖情况】【专业技能】【自我评价】 in the body font. Rows "
          "'YYYY.MM - YYYY.MM  学校/单位  专业  学位/职位' with the columns made of spaces, detail lines indented "
          "with spaces ('导师：… 研究方向：事件相机与神经形态视觉' under the PhD, scored as the interest). 硕博连读 "
          "工学博士 = phd from 2015-09; '至今' = present. 科研成果: a Chinese [J] item, an English journal item, "
          "'Lin Xiaofeng, Shao Mingzhe, et al. …, ICRA 2019' (not first) and a patent (not a paper). First author "
          "1, 2. 获奖 3 lines 'YYYY年  奖项'.",
)

LABELS["10"] = dict(
    name="贺清源",
    emails=["heqingyuan@example.edu.cn"], phones=["+8613800138561"], links=[],
    education=[E("北京大学", "phd", "2009-09", "2014-06"),
               E("南开大学", "bachelor", "2005-09", "2009-06")],
    experience=[
        J("南京大学", "副教授", "2019-12", "present"),
        J("南京大学", "助理研究员", "2016-07", "2019-11"),
        J("清华大学", "博士后", "2014-07", "2016-06"),
    ],
    publications_count=4, first_author_count=2,
    publications_sample=[
        P("长江下游城市群PM2.5来源解析与健康风险", "环境科学学报", 2022, True),
        P("Secondary organic aerosol formation from cooking emissions in Chinese megacities",
          "Environmental Science & Technology", 2020, True),
        P("南京市臭氧污染的气象驱动因素", "中国环境科学", 2021, False),
        P("Nighttime nitrate chemistry over the Yangtze River Delta", "Atmospheric Chemistry and Physics", 2019,
          False),
    ],
    research_interests_any=["大气颗粒物来源解析", "二次有机气溶胶", "空气污染健康效应"],
    awards_count=2, language="zh",
    layout="Chinese environmental-science associate professor (副教授), Word DOCX with headings typed '一、教育经历' "
           "in the body font, every entry one comma-separated line, printed to PDF by LibreOffice 7.4",
    notes="宋体 11 pt (a Noto/AR PL CJK font in the PDF), no bold, no table. Title '贺清源  简历', a centred line "
          "with the post, phone as eleven digits. Headings '一、'–'七、' typed in the body font. Every entry is one "
          "line 'YYYY年M月—YYYY年M月，学校，学院，专业，学位' or '…，单位学院，职位' (the text layer spaces the digits: "
          "'2009 年 9 月'). Institutions labelled by the university only (as the project's real labels do), also "
          "for the jobs printed '南京大学环境学院'/'清华大学环境学院'. 代表性论文 [1]–[4] with '*为通讯作者': "
          "'*' is corresponding authorship, so first author = 1, 2; item 3's venue and year are '中国环境科学 2021年"
          "第41卷' with no [J]. 获奖 2 on one line separated by '；'. 主持科研项目 (grants) and 学术兼职 not counted.",
)

LABELS["11"] = dict(
    name="许安澜", name_any=["Anlan Xu", "许安澜 Anlan Xu"],
    emails=["anlan.xu@example.com"], phones=["+8613800138739"], links=[],
    education=[E("Fudan University", "phd", "2015-09", "2020-06"),
               E("Xiamen University", "bachelor", "2011", "2015")],
    experience=[
        J("Shanghai Academy of Social Sciences", "Assistant Research Fellow", "2022-08", "present"),
        J("National School of Development, Peking University", "Postdoctoral Researcher", "2020-07", "2022-07"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Hukou reform and pension participation of rural migrants", "China Economic Review", 2023, True),
        P("Land titling and off-farm labour supply", "Journal of Development Economics", 2021, False),
        P("养老保险转移接续与农民工流动——基于流动人口动态监测数据的分析", "经济研究", 2022, True),
    ],
    research_interests_any=["labour economics", "social insurance", "internal migration"],
    awards_count=2, language="zh-en",
    layout="Bilingual Chinese/English economist, CV written as paragraphs under '——标题 Heading——' headings, "
           "Pages-like PDF drawn with fpdf2 (Liberation Serif + AR PL SungtiL GB fallback)",
    notes="Name '许安澜  Anlan Xu' centred, one centred contact line. Headings are typed '——个人简介 Profile——' etc. in "
          "the body font and size. Profile, Education, Work Experience and Grants/Honours are PROSE paragraphs: "
          "'I received my PhD in Economics from Fudan University (复旦大学经济学院), where I studied from September "
          "2015 to June 2020 … a BA in Finance at Xiamen University (厦门大学), 2011–2015'; 'Since August 2022 I have "
          "been an Assistant Research Fellow (助理研究员) at the Institute of Economics, Shanghai Academy of Social "
          "Sciences' (= present); 'From July 2020 to July 2022 I was a Postdoctoral Researcher at the National School "
          "of Development, Peking University'. The research interests are the clause 'My research interests are "
          "labour economics, social insurance and internal migration'. Publications: three typed items, each in a "
          "different form (APA, 'Lu Wen, Xu Anlan: \"…\", Journal, 2021', a Chinese item with 《经济研究》2022年第5期); "
          "first author 1, 3. Awards 2 in prose (Fudan dissertation award 2021, 国家奖学金 2018); the two grants "
          "are not awards.",
)

LABELS["12"] = dict(
    name="Harriet Penhaligon",
    emails=["h.penhaligon@example.ac.uk"], phones=["+441144960327"], links=[],
    education=[E("University of Sheffield", "phd", "2019-10", "2024-03"),
               E("University of Bristol", "master", "2015-09", "2019-06")],
    experience=[
        J("University of Sheffield", "Research Associate", "2024-04", "present"),
        J("University of Sheffield", "Graduate Teaching Assistant (part-time)", "2020-10", "2023-06"),
        J("Rolls-Royce plc", "Summer Intern", "2018-07", "2018-09"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Fretting fatigue of additively manufactured Ti-6Al-4V dovetail joints", "International Journal of Fatigue",
          2024, True),
        P("In-situ acoustic emission monitoring of laser powder bed fusion", "Additive Manufacturing", 2022, False),
        P("Residual stress relaxation in shot-peened fan blades", "ASME Turbo Expo", 2023, True),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="UK mechanical-engineering research associate, plain text CV typed in a text editor",
    notes="Plain UTF-8 text, LF. Name in capitals underlined with '=' signs, headings in capitals underlined with "
          "'-'. Rows 'Mon YY - Mon YY   text' with TWO-DIGIT years and month abbreviations without dots ('Apr 24 - "
          "present', 'Oct 19 - Mar 24', 'Sep 15 - Jun 19'); continuation lines indented with spaces to the text "
          "column; the GTA post's title and employer wrap ('University of' / 'Sheffield: …'). MEng (integrated) = "
          "master. Publications as ' - ' bullets, each typed differently, wrapped lines indented; 'Proc. ASME Turbo "
          "Expo 2023, GT2023-10422' = venue ASME Turbo Expo. First author 1, 3. Awards 2 'YYYY   award'. A typed "
          "'page 1/1' at the end.",
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
