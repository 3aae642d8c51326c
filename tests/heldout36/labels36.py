"""Hand-written labels for heldout36 (see README, Labels). One dict per file, in score.py's format."""
from __future__ import annotations

from build36 import NAMES


def E(inst: str, level: str | None, start: str | None, end: str | None) -> dict:
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org: str, title: str | None, start: str | None, end: str | None) -> dict:
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title: str, venue: str | None, year: int | None, first: bool, status: str = "published") -> dict:
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


def L(nn: str, **kw) -> dict:
    label = {"file": NAMES[nn]}
    label.update(kw)
    return label


LABELS: list[dict] = [
    L("01", name="贺明远", name_any=["He Mingyuan", "Mingyuan He"],
      emails=["hemy@imr.example.ac.cn"], phones=["+8615501003672"], links=[],
      education=[E("中国科学院金属研究所", "phd", "2012-09", "2018-01"),
                 E("大连理工大学", "bachelor", "2008-09", "2012-07")],
      experience=[J("中国科学院金属研究所", "副研究员、课题组长", "2021-01", "present"),
                  J("Karlsruhe Institute of Technology (KIT)", "访问学者", "2019-02", "2020-02"),
                  J("中国科学院金属研究所", "博士后", "2018-03", "2020-12")],
      publications_count=6, first_author_count=3,
      publications_sample=[
          P("Heterogeneous lamellar structure enables strength–ductility synergy in a CoCrNi medium-entropy alloy",
            "Acta Materialia", 2023, True),
          P("激光增材制造GH4169合金的组织演变与高温蠕变行为", "金属学报", 2022, True),
          P("Twin boundary migration mediated by partial dislocations in nanotwinned copper under cyclic loading",
            "Scripta Materialia", 2020, True),
          P("Grain boundary segregation of boron suppresses intergranular cracking in an additively manufactured "
            "Ni-based superalloy", "Journal of Materials Science & Technology", None, False, "accepted")],
      research_interests_any=["高熵合金强韧化机理", "金属增材制造组织调控", "结构材料氢脆与防护"],
      awards_count=3, language="zh",
      layout="高层次人才引进申请表 filled in Word: docx.js tables with merged cells (gridSpan/vMerge), kept as DOCX",
      notes="A university talent-recruitment form, one grid table: label cells shaded grey, a photo cell merged over "
            "five rows, 最高学历学位/现职称/职称取得时间 cells, 应聘岗位 (the post applied for, not a job). 学习经历 and 工作经历 "
            "are row-merged sub-tables with a '起止年月' column '2012.09—2018.01' / '2021.01—至今' (present); 硕博连读 is "
            "one PhD entry from 2012.09 (no separate master). The 2021 employer cell adds a centre name under the "
            "institute (organization labelled with the institute); the title cell '副研究员、课题组长' is kept whole; the "
            "KIT visiting post (访问学者（国家公派）, title without the funding remark) overlaps the postdoc and is a job. "
            "科研成果 is a separate table whose rows are papers: 序号 | 题目 | 期刊 | 发表时间 | 作者排序 | 收录情况; "
            "'第一作者' and '第二作者（共同第一#）' are first author, '第二作者（通讯作者）' and '通讯作者' are not; '已接收' in the "
            "date column = accepted, no year. Projects (NSFC etc.) and patents are their own tables (not papers, not "
            "awards). 获奖及荣誉: 3 rows. Page header names the form, footer '第 X 页 共 Y 页'."),
    L("02", name="宋婉清", name_any=["Song Wanqing", "Wanqing Song"],
      emails=["songwq_cardio@example.com"], phones=["+8615555010147"], links=[],
      education=[E("南方医科大学", "bachelor", "2017-09", "2022-06"),
                 E("中山大学", "master", "2023-09", "2026-06")],
      experience=[J("中山大学附属第一医院", "住院医师（规范化培训）", "2022-07", "2023-08")],
      publications_count=4, first_author_count=3,
      publications_sample=[
          P("Circulating microRNA-21 as a biomarker of myocardial fibrosis in heart failure with preserved ejection "
            "fraction", "Frontiers in Cardiovascular Medicine", 2024, True),
          P("射血分数保留的心力衰竭患者心肌纤维化与运动耐量的相关性研究", "中华心血管病杂志", 2023, False),
          P("Sodium-glucose cotransporter 2 inhibitors and atrial fibrillation burden after catheter ablation: a "
            "propensity-matched cohort", "Europace", None, True, "under review"),
          P("心脏磁共振T1 mapping评估心肌纤维化的研究进展", "中国循环杂志", 2025, True, "accepted")],
      research_interests_any=["心力衰竭的早期识别与干预", "心肌纤维化的影像与循环标志物"],
      awards_count=4, language="zh",
      layout="博士研究生'申请-考核'申请表: XSL-FO tables with ruled cells and row/column spans, Apache FOP 2.8",
      notes="A PhD 申请-考核 application form (Fudan-style) typeset by Apache FOP: info grid with a 照片 cell spanning "
            "four rows, 考生编号 (an ID, not a phone), 报考专业/报考导师, CET-6 and 执业医师资格证 (not awards), "
            "拟研究方向 (labelled as interests). 学习经历 rows: '2023.09—至今' with '硕士研究生（专业学位）在读 / "
            "预计2026年6月毕业' in the degree cell: the printed expected end 2026-06 is the end. 工作（临床实践）经历: one "
            "residency-training row (a job). 科研成果 table: 4 papers, each row 题目 | 期刊 | 年份 | 作者排名 | 收录; "
            "'在投 (under review)' in the year column, '2025（已录用）' = accepted with year 2025, '共同第一作者（#）' = "
            "first author. 参加学术会议 (a poster abstract and a talk) are not counted. 获奖情况 table: 4 rows, the "
            "last one on page 2. 推荐专家 rows carry other people's phones (not the candidate's)."),
    L("03", name="欧阳振华", name_any=["Ouyang Zhenhua", "Zhenhua Ouyang"],
      emails=["ouyangzh_civil@example.cn"], phones=["+8615955500162"], links=[],
      education=[E("同济大学", "master", "2010-09", "2013-03"),
                 E("湖南大学", "bachelor", "2006-09", "2010-06")],
      experience=[J("中国建筑第八工程局有限公司", "项目总工程师", "2019-07", "present"),
                  J("上海建工四建集团有限公司", "技术主管", "2016-03", "2019-06"),
                  J("上海建工四建集团有限公司", "结构工程师", "2013-04", "2016-02")],
      publications_count=3, first_author_count=1,
      publications_sample=[
          P("超高层钢管混凝土柱顶升浇筑施工关键技术", "施工技术", 2022, True),
          P("大跨度钢桁架累积滑移施工全过程监测与数值分析", "建筑结构", 2018, False),
          P("Post-fire behaviour of concrete-filled steel tubular stub columns with recycled aggregate",
            "Journal of Constructional Steel Research", 2014, False)],
      research_interests_any=[], awards_count=3, language="zh",
      layout="猎聘-style job-site résumé export, pdfmake 0.2 (node) with WenQuanYi Micro Hei",
      notes="Job-site export: running header '猎聘 · 简历' with 简历编号 and update date, footer disclaimer and 'n / N'; "
            "'男 ｜ 38岁 ｜ … ｜ 工作15年' line, 头像 box, 求职意向 grid (期望职位 is wanted, not held). 工作经历 blocks "
            "'Company | 职位' with the dates right-aligned '2019.07 - 至今', a grey department line and bullet 工作描述; "
            "a promotion at one employer gives two blocks. 项目经历 blocks (担任职务 / 项目描述 / 责任描述) look the "
            "same but are projects, not jobs. 教育经历: 'school ｜ major ｜ degree ｜ 统招' rows. 证书与职称 (高级工程师, "
            "注册建造师/结构工程师) are neither jobs nor awards. 论文与专利: compact one-line rows 'Journal Year, Title "
            "(一作/二作/三作)' (3 papers, 1 first-authored), then a patent line (not a paper). 获奖荣誉: 3 rows (the 鲁班奖 "
            "is listed again inside a project description; counted once)."),
    L("04", name="林若溪", name_any=["Lin Ruoxi", "Ruoxi Lin"],
      emails=["linruoxi_wise@example.com"], phones=["+8617655500139"], links=[],
      education=[E("厦门大学", "master", "2024-09", "2026-06"),
                 E("西南财经大学", "bachelor", "2020-09", "2024-06")],
      experience=[J("中信证券股份有限公司", "宏观研究实习生", "2025-06", "2025-09"),
                  J("中国人民银行厦门市中心支行", "实习生", "2024-12", "2025-03"),
                  J("国家统计局四川调查总队", "数据助理", "2023-07", "2023-08")],
      publications_count=3, first_author_count=2,
      publications_sample=[
          P("数字普惠金融与县域家庭消费韧性——基于CHFS数据的证据", "统计研究", 2025, True),
          P("最低工资上调对制造业企业自动化投资的影响", "经济学（季刊）", None, False, "accepted"),
          P("Local government debt and bank credit allocation: Evidence from city investment bonds",
            "China Economic Review", None, True, "under review")],
      research_interests_any=["宏观金融", "家庭金融与消费", "劳动经济学"],
      awards_count=3, language="zh",
      layout="WPS 简历模板 look: one borderless two-cell table, dark teal side-bar cell with a photo box, icon glyphs "
             "and ■□ skill blocks; docx.js, kept as DOCX",
      notes="The whole CV is one table row: the left cell (white text on teal) holds a nested 照 片 box, the name, "
            "求职意向 (wanted post), 基本信息 with emoji icons (🎂 📍 ☎ ✉ 🎓), 研究兴趣 (labelled as interests), "
            "专业技能 with ■■■□□ bars and 语言证书 (CET-6, 证券从业资格: not awards). The right cell: headings "
            "'▌教育背景 EDUCATION' with a rule, rows 'dates<tab>school<tab>major | degree' on tab stops; "
            "'2024.09-2026.06（预计）' = end 2026-06. 实习经历: internships are jobs; the right column reads "
            "'调查统计处 实习生' (department + title: title 实习生) and '数据助理（暑期）' (title 数据助理). 科研成果: GB/T "
            "7714 entries, [2] with the candidate as '*' corresponding second author (not first), '已录用' accepted, "
            "[3] a working paper 'under review at China Economic Review'. A 国家社科基金 sub-project line is not a "
            "paper. 荣誉奖项: 3 dated rows."),
    L("05", name="钟雨桐", name_any=["ZHONG Yutong", "Yutong Zhong", "Zhong Yutong"],
      emails=["zhongyt@suda.example.edu.cn"], phones=["+8618555500173"], links=[],
      education=[E("University of Edinburgh", "phd", "2017-09", "2021-07"),
                 E("Beijing Foreign Studies University", "master", "2014-09", "2017-06"),
                 E("Nankai University", "bachelor", "2010-09", "2014-06")],
      experience=[J("Soochow University", "Lecturer", "2021-09", "present"),
                  J("University of Edinburgh", "Graduate Tutor", "2019-09", "2020-06")],
      publications_count=5, first_author_count=4,
      publications_sample=[
          P("狄更斯小说在晚清的“意译”与叙事改写", "外国文学评论", 2023, True),
          P("林纾译本中的维多利亚家庭伦理", "中国比较文学", 2022, False),
          P("Serial Time: Reading Victorian Instalments in Shanghai Newspapers, 1872–1907",
            "Comparative Literature Studies", 2024, True),
          P("Translating Domestic Interiors: Furniture Words in Chinese Versions of Jane Eyre",
            "The Routledge Handbook of Translation and Material Culture", 2022, True),
          P("Lin Shu’s Readers: Marginalia in Commercial Press Copies", "Modern Language Quarterly", None, True,
            "under review")],
      research_interests_any=["Sino-British comparative literature", "history of translation", "Victorian fiction",
                              "late-Qing periodical culture"],
      awards_count=3, language="zh+en",
      layout="two-column bilingual Word table (Chinese left, English right), docx.js, printed by LibreOffice 7.4",
      notes="Every row of one table says the same thing twice: Chinese in the left cell, English in the right "
            "(headings '教育背景 | Education'), so each degree, post, paper and award appears twice side by side and "
            "counts once; bilingual rows are labelled with the English names (heldout15's convention). Dates "
            "'2017年9月—2021年7月' | 'Sep 2017 – Jul 2021', '2021年9月至今' | 'Sep 2021 – present'. The two Chinese "
            "papers are given in Chinese (left) and in English translation with '[in Chinese]' (right): labelled with "
            "the Chinese title and venue; [2] lists a co-author first. English-only papers 3-5 span both columns "
            "(Chicago style): a book chapter (venue = the Handbook) and 'Submitted to … (under review)'. The NSSF "
            "grant is not an award. Footer 'CV (updated Oct 2025)' + page number; a bare ORCID id (not scored)."),
    L("06", name="谭启航", name_any=["Tan Qihang", "Qihang Tan"],
      emails=["tanqh@cpu.example.edu.cn"], phones=["+862555500196"], links=[],
      education=[E("北京大学", "phd", "2009-09", "2014-07"),
                 E("沈阳药科大学", "bachelor", "2005-09", "2009-07")],
      experience=[J("中国药科大学", "研究员", "2020-01", "present"),
                  J("中国药科大学", "副研究员", "2017-01", "2019-12"),
                  J("香港科技大学", "访问学者", "2018-07", "2018-09"),
                  J("University of California, San Francisco", "博士后", "2014-09", "2016-12")],
      publications_count=7, first_author_count=4,
      publications_sample=[
          P("GPR84 antagonism reprograms macrophage glycolysis and attenuates liver fibrosis",
            "Nature Communications", 2024, False),
          P("Structural basis for medium-chain fatty acid recognition by GPR84", "Cell Research", 2023, True),
          P("靶向GPR84的小分子拮抗剂研究进展", "药学学报", 2023, False),
          P("Hepatocyte GPR84 deficiency aggravates steatohepatitis in mice", "Hepatology", 2025, True, "accepted"),
          P("Allosteric modulation of free fatty acid receptors", "Trends in Pharmacological Sciences", 2017, True)],
      research_interests_any=[], awards_count=2, language="zh",
      layout="NSFC 申请书 个人简历 section: Markdown -> pandoc ODT -> LibreOffice 7.4 PDF",
      notes="The NSFC 个人简历 shape: opening line '谭启航，中国药科大学，药学院，研究员，博士生导师。', bold headings "
            "with the form's long instructions in parentheses, numbered '(1) 2009-09 至 2014-07，北京大学，药学院，"
            "药理学，博士，导师：…' entries in reverse order; '2020-01 至 今' = present; 博士后工作经历 is a separate heading "
            "(the UCSF postdoc is a job); 访问学者 at HKUST is a job. 主持或参加科研项目 are grants (not papers, not "
            "awards). 代表性论著: 7 GB/T 7714 entries with '#' co-first and '*' corresponding marks and '（SCI，IF=…，中科院"
            "一区）' remarks; LibreOffice breaks English words at CJK line ends ('atte nuates', '2 023'). First author: "
            "(2), (5), (7) listed first, (6) '李沐阳#, 谭启航#' = equal first; (1) has the candidate as corresponding "
            "author only. (6) 'Hepatology, 已接收, 2025' = accepted, year 2025. 论著之外: a patent [P] (not counted) and "
            "2 awards. Contact (e-mail, Nanjing landline) only at the very end."),
    L("07", name="賴冠廷", name_any=["LAI, Kuan-ting", "Kuan-ting Lai", "Lai Kuan-ting"],
      emails=["ktlai@gs.ncku.example.edu.tw"], phones=["+886900555136"], links=[],
      education=[E("國立臺灣大學", "phd", "2015-09", "2021-01"),
                 E("日本京都大學", "other", "2018-04", "2019-03"),
                 E("國立政治大學", "master", "2012-09", "2015-06"),
                 E("國立清華大學", "bachelor", "2008-09", "2012-06")],
      experience=[J("國立成功大學歷史學系", "助理教授", "2022-08", "present"),
                  J("中央研究院臺灣史研究所", "博士後研究學者", "2021-02", "2022-07"),
                  J("國立臺灣大學歷史學系", "兼任講師", "2021-02", "2022-01")],
      publications_count=6, first_author_count=6,
      publications_sample=[
          P("帳簿裡的家族：一個臺南商號的三代經營", "新史學", None, True, "accepted"),
          P("Rice Brokers and Colonial Credit in Southern Taiwan, 1905–1937", "Modern Asian Studies", 2025, True,
            "in press"),
          P("日治時期臺南米穀商的信用網絡與帳簿實踐", "臺灣史研究", 2023, True),
          P("米穀檢查制度與地方社會", "殖民地經濟的再思考", 2024, True),
          P("米、帳與人：日治時期臺南米穀商的經營網絡（1895-1945）", None, 2021, True)],
      research_interests_any=["臺灣經濟史", "日治時期商業史", "帳簿與檔案研究", "東亞米穀貿易"],
      awards_count=3, language="zh-Hant",
      layout="Taiwanese 個人履歷 in Traditional Chinese with ROC years: XSL-FO ruled tables, Apache FOP 2.8 "
             "(AR PL UMing/UKai TW)",
      notes="Taiwan: all dates in 民國 years: '民國104年9月至110年1月' = 2015-09 to 2021-01 (ROC year + 1911; the second "
            "year drops 民國), '民國111年8月至今' = present, 出生日期 民國76年4月 (not a date of anything else). 學歷 table "
            "學校 | 系所 | 學位 | 起訖年月 with a Kyoto visiting-graduate-student row (訪問研究生: education, level "
            "other) between the PhD and MA rows. 經歷 table: three posts, the 兼任講師 concurrent with the postdoc. "
            "著作目錄 in Taiwanese humanities style 〈篇名〉《刊名》: 期刊論文 1-4 (1 '已接受刊登' = accepted; 2 English "
            "'(forthcoming, 2025)' = in press 2025), 專書論文 5 (venue = the edited book, '收入李文彬主編'), 學位論文 6 (the "
            "PhD thesis, counted, no venue); all sole or first-authored. 學術演講 is a talk (not counted). 研究計畫 "
            "(國科會, a grant) is not an award; 獲獎紀錄: 3 rows with ROC years. Header and '第 N 頁' footer."),
    L("08", name="麥曉晴", name_any=["MAK Hiu-ching, Cherry", "MAK Hiu-ching", "Hiu-ching Mak", "Cherry Mak",
                                  "Mak Hiu-ching"],
      emails=["hcmak@link.cuhk.example.edu.hk"], phones=["+85255550142"], links=[],
      education=[E("The Chinese University of Hong Kong", "phd", "2022-09", "2026-07"),
                 E("The Hong Kong Polytechnic University", "master", "2019-09", "2021-11"),
                 E("The University of Hong Kong", "bachelor", "2013-09", "2018-06")],
      experience=[J("Nethersole School of Nursing, CUHK", "Teaching Assistant", "2023-01", "present"),
                  J("Queen Mary Hospital", "Registered Nurse", "2018-08", "2022-08")],
      publications_count=4, first_author_count=3,
      publications_sample=[
          P("Effects of a nurse-led telemonitoring programme on 30-day readmission among older adults with heart "
            "failure: a randomised controlled trial", "International Journal of Nursing Studies", 2024, True),
          P("Psychometric properties of the Chinese Self-Care of Heart Failure Index v7.2 among Hong Kong older "
            "adults", "Journal of Cardiovascular Nursing", 2023, False),
          P("Digital health literacy and self-care in older adults with heart failure: a cross-sectional study",
            "Journal of Advanced Nursing", None, True, "accepted"),
          P("Family caregivers’ experiences of supporting older relatives after heart failure hospitalisation: a "
            "qualitative study", "BMC Geriatrics", None, True, "under review")],
      research_interests_any=["Self-care in older adults with heart failure", "telemonitoring and digital health",
                              "family caregiver support"],
      awards_count=3, language="zh-Hant+en",
      layout="Hong Kong bilingual CV: XeLaTeX + xeCJK (Noto Serif CJK TC) with tabularray tables, fancyhdr footer",
      notes="Hong Kong: name '麥曉晴' over 'MAK Hiu-ching, Cherry  RN, MSc' (surname first in capitals, English "
            "given name after the comma; post-nominals). Bilingual headings '學歷 Education'; tabularray tables with a "
            "30 mm date column where '2019年9月—2021年11月' wraps ('2021 / 年 11 月'); '2022年9月—現在 (預計2026年7月"
            "畢業)' with 修讀中 = in progress, end = the expected 2026-07. Each row gives the Chinese then the English "
            "institution; labelled with the English names. The teaching assistantship is printed as 'Nethersole "
            "School of Nursing, CUHK' (organization as printed); the nurse post as '…, Queen Mary Hospital, Hospital "
            "Authority' (labelled Queen Mary Hospital). Registered Nurse / ACLS are qualifications (not awards). "
            "Vancouver papers with bold own name, '†' equal first ([4] 'Ho SY†, Mak HC†' = first author), '*' "
            "corresponding, '已接納 Accepted', 'Under review at'; 2 conference presentations (oral, poster) not "
            "counted. Awards: 3 (the PhD Fellowship Scheme is a fellowship = award). Footer '第1頁，共2頁'."),
    L("09", name="韦建国", name_any=["Wei Jianguo", "Jianguo Wei"],
      emails=["weijianguo_ee@example.com"], phones=["+8618755500154"], links=[],
      education=[E("东南大学", "phd", "2012-09", "2016-06"),
                 E("河海大学", "master", "2009-09", "2012-03"),
                 E("河海大学", "bachelor", "2005-09", "2009-06")],
      experience=[J("国网江苏省电力有限公司电力科学研究院", "高级工程师、技术专家", "2020-09", "present"),
                  J("国网江苏省电力有限公司电力科学研究院", "工程师", "2016-07", "2020-08"),
                  J("国网南京供电公司", "副主任", "2018-03", "2018-12"),
                  J("河海大学", "兼职硕士生导师", "2021", "present")],
      publications_count=6, first_author_count=3,
      publications_sample=[
          P("基于暂态零序电流相关性的小电流接地故障选线方法", "电力系统自动化", 2023, True),
          P("Traveling-wave-based fault location for distribution networks with high PV penetration",
            "IEEE Transactions on Power Delivery", 2022, False),
          P("配电网分布式光伏集群电压越限的协同控制策略", "中国电机工程学报", 2021, True),
          P("A graph-based method for self-healing restoration of active distribution networks",
            "International Journal of Electrical Power & Energy Systems", 2019, True),
          P("基于声纹特征的配电变压器机械故障诊断", "高电压技术", None, False, "accepted")],
      research_interests_any=["配电网故障定位与自愈控制", "新能源并网电能质量", "电力设备状态监测"],
      awards_count=4, language="zh",
      layout="plain text pasted from a Word 个人简历 (UTF-8, LF), numbered Chinese headings",
      notes="Pasted text: letter-spaced title '个 人 简 历', label：value pairs several per line (full-width colons), "
            "应聘岗位 (wanted, not a job). Dates in three forms: '2012/09~2016/06' (education), '2020年9月至今' and "
            "'2016年7月—2020年8月' / '2018年3月-2018年12月' (jobs, em dash vs hyphen). A secondment (挂职锻炼, 副主任) "
            "overlapping the engineer post is a job; '兼职：2021年起 河海大学 … 兼职硕士生导师' is a concurrent part-time "
            "post (start 2021, open end = present). The first job's title cell '高级工程师、技术专家' is kept whole; "
            "高级工程师（2019年取得） in the header is a professional title, not a job. Projects are grants. 论文: "
            "compact one-line rows 'Journal Year，Title（一作）' mixing full- and half-width commas; '（三作*）' is "
            "corresponding, not first; '高电压技术，已录用' = accepted, no year. 授权专利 (3) and 软件著作权 (2) are not "
            "papers; 获奖情况: 4 (the 青年岗位能手 title counts as an honour). CET-6 and 注册电气工程师 are not awards."),
    L("10", name="Yiming Qiao", name_any=["Yiming QIAO", "乔一鸣", "Qiao Yiming"],
      emails=["qiaoym@tsinghua.example.edu.cn"], phones=["+8618555500190"],
      links=["yqiao-water.example.org", "scholar.google.com/citations?user=QyM0example"],
      education=[E("Tsinghua University", "phd", "2017-09", "2022-07"),
                 E("University of Michigan", "other", "2019-10", "2020-10"),
                 E("Tongji University", "bachelor", "2013-09", "2017-06")],
      experience=[J("Tsinghua University", "Postdoctoral Researcher", "2022-08", "present"),
                  J("Beijing Enterprises Water Group Limited", "Research Intern", "2016-07", "2016-09")],
      publications_count=7, first_author_count=4,
      publications_sample=[
          P("Electrochemical recovery of ammonia from source-separated urine using flow-through carbon electrodes",
            "Environmental Science & Technology", 2024, True),
          P("Decentralized nutrient recovery can offset the carbon footprint of rural sanitation in China",
            "Nature Water", 2023, True),
          P("Nitrogen speciation changes during urine storage in household diversion toilets",
            "Journal of Hazardous Materials", 2022, False),
          P("Research progress on nutrient recovery from source-separated urine (in Chinese)",
            "Acta Scientiae Circumstantiae", 2020, True),
          P("Life cycle trade-offs of urine diversion in peri-urban China",
            "Environmental Science & Technology Letters", None, True, "under review")],
      research_interests_any=["Resource recovery from wastewater", "electrochemical nitrogen recovery",
                              "decentralized sanitation", "life cycle assessment of water systems"],
      awards_count=4, language="en",
      layout="English academic CV of a mainland Chinese postdoc: pdfmake 0.2 (node), Liberation Sans, a 92 pt date "
             "column as a borderless table",
      notes="Name 'Yiming QIAO, Ph.D. （乔一鸣）' (surname in capitals, Chinese name in full-width parentheses in a "
            "CJK font). Dates 'YYYY.MM – YYYY.MM' / '2022.08 – Present' in a left column. A CSC joint-PhD year at "
            "Michigan is an education entry of level other; the postdoc (Shuimu Tsinghua Scholar) is a job and the "
            "Shuimu programme under Honors is an award. Publications in the Chinese 'Qiao Y#, Feng L#, … Wang H*' "
            "style with bold own name: [1] '#' equal first, [4] '*' corresponding only (not first), [6] a Chinese "
            "paper given in English '(in Chinese)', [7] 'Under review at'. The remark '(IF = 10.8, 中科院一区 TOP)' "
            "loses its CJK characters (Liberation Sans has no glyphs; the text layer keeps 'TOP'). A Google Scholar "
            "citation line and conference talks are not papers. Grants (NSFC, CPSF) are not awards; 4 honours."),
    L("11", name="Yu-Chieh Tsai", name_any=["YU-CHIEH TSAI", "蔡宇傑", "Tsai Yu-Chieh"],
      emails=["yctsai.ce@ntu.example.edu.tw"], phones=["+886900555217"], links=["github.com/yctsai-struct"],
      education=[E("National Taiwan University", "phd", "2021-09", "2026-06"),
                 E("National Taiwan University", "master", "2019-09", "2021-06"),
                 E("National Cheng Kung University", "bachelor", "2015-09", "2019-06")],
      experience=[J("National Center for Research on Earthquake Engineering (NCREE)", "Graduate Research Assistant",
                    "2022-02", "present"),
                  J("National Taiwan University", "Teaching Assistant", "2020-02", "2021-06"),
                  J("CECI Engineering Consultants, Inc., Taiwan", "Engineering Intern", "2018-07", "2018-08")],
      publications_count=5, first_author_count=4,
      publications_sample=[
          P("Seismic fragility of RC school buildings retrofitted with wing walls",
            "Earthquake Engineering & Structural Dynamics", 2024, True),
          P("A graph-neural-network surrogate for drift demand of low-rise RC frames",
            "Journal of Structural Engineering", 2023, True),
          P("Residual axial capacity of shear-damaged RC columns", "Engineering Structures", 2025, False, "accepted"),
          P("Rapid seismic screening of school buildings with surrogate models",
            "Proceedings of the 18th World Conference on Earthquake Engineering", 2024, True),
          P("翼牆補強RC柱之反復載重行為試驗", "中華民國第十六屆結構工程研討會", 2022, True)],
      research_interests_any=["Seismic performance assessment of reinforced concrete buildings",
                              "retrofit of school buildings", "fragility analysis"],
      awards_count=3, language="en",
      layout="English CV of a Taiwanese PhD candidate laid out by pango-view (Pango 1.50 on cairo 1.16), one "
             "markup file per page, pages joined by pdfunite",
      notes="Taiwan: 'YU-CHIEH TSAI  蔡宇傑' (Wade-Giles given name with a hyphen), '(R.O.C.)' address, dates "
            "'2021/09~present' pushed right by tab characters (Pango's default 8-space tabs, so they do not line up) "
            "with '(expected 2026/06)' on the institution line below: end = 2026-06. Two degrees at NTU. "
            "Experience: NCREE research assistant (the institution name wraps onto an indented line), a TA, an "
            "internship. APA-like [J1]-[J3] and [C1]-[C2] with bold own name; [J3] '(2025) … (accepted)'; [C2] a "
            "Chinese conference paper '蔡宇傑、林振華（2022），「…」，…研討會，臺中。' with a full-width comma list. "
            "Awards: 3 (the Presidential Award also appears as a remark under the B.S.; counted once). REFERENCES "
            "give other people's e-mails and a phone (not the candidate's). Page 2 is mostly blank (pages are "
            "padded to about A4 height, 836 and 845 pt)."),
    L("12", name="Wong Ka-lok", name_any=["WONG Ka-lok, Kelvin", "Kelvin Wong", "Ka-lok Wong", "黃嘉樂",
                                        "Kelvin Wong Ka-lok", "WONG Ka-lok, Kelvin 黃嘉樂", "WONG Ka-lok"],
      emails=["klwong.sph@hku.example.hk"], phones=["+85255550186"], links=["klwong-epi.example.hk"],
      education=[E("The University of Hong Kong", "phd", "2014", "2018"),
                 E("Columbia University", "master", "2012", "2013"),
                 E("The Hong Kong University of Science and Technology", "bachelor", "2008", "2012")],
      experience=[J("The University of Hong Kong", "Assistant Professor", "2021-08", "present"),
                  J("The University of Hong Kong", "Research Assistant Professor", "2019-09", "2021-07"),
                  J("Harvard T.H. Chan School of Public Health", "Postdoctoral Research Fellow", "2018-09", "2019-08"),
                  J("WHO Collaborating Centre for Infectious Disease Epidemiology and Control, HKU",
                    "Research Assistant", "2014", "2018")],
      publications_count=8, first_author_count=6,
      publications_sample=[
          P("Household secondary attack rates of RSV in older adults: a prospective case-ascertained study",
            "Lancet Infect Dis", 2025, True),
          P("Serial intervals of influenza B/Victoria and B/Yamagata in households", "Clin Infect Dis", 2024, True),
          P("Estimating age-specific susceptibility from household outbreak data", "Am J Epidemiol", 2020, False),
          P("Nirsevimab eligibility and projected averted RSV hospitalisations in Hong Kong infants",
            "Hong Kong Med J", 2025, True, "accepted"),
          P("Heterogeneity in RSV household transmission by index-case age: a pooled analysis", "Epidemiology", None,
            False, "under review"),
          P("Real-time nowcasting of influenza-like illness with sentinel GP data", "medRxiv", 2025, True,
            "preprint")],
      research_interests_any=["Infectious disease epidemiology", "Influenza and RSV transmission in households",
                              "Vaccine effectiveness in older adults", "Mathematical modelling"],
      awards_count=3, language="en",
      layout="GitHub-flavoured Markdown CV of a Hong Kong academic: pipe tables for appointments and degrees",
      notes="Hong Kong name order 'WONG Ka-lok, Kelvin 黃嘉樂' (the name labelled 'Wong Ka-lok'; the English given "
            "name and the Chinese name are accepted spellings). Appointments and Education are pipe tables "
            "'Period | Position | Institution' with 'Aug 2021 – present' and years-only rows; the part-time research "
            "assistantship during the PhD is a job (2014-2018). Degrees: PhD/MPH/BSc with bold degree names in the "
            "middle column. Publications: 'Selected … (of 46)' — 8 listed count; Vancouver with '^#^' equal first "
            "([2] '#' as second author = first), '\\*' corresponding, 'et al.', 'Accepted, 2025', 'Under review at', "
            "a medRxiv preprint; [7] lists a trainee first. Grants (HMRF, RGC ECS) are not awards; Honours: 3 "
            "(a scholarship marked '(declined)' is still listed as an honour and counted). Bare ORCID not scored."),
]
