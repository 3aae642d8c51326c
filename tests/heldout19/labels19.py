"""Hand-written labels of heldout19 (one dict per file; see README 'Labels')."""
from __future__ import annotations

LABELS: dict[str, dict] = {}

LABELS["01_us_swe_staff_backend_typst_sidebar.pdf"] = {
    "name": "Darien Okafor",
    "name_any": ["DARIEN OKAFOR"],
    "emails": ["darien.okafor@example.com"],
    "phones": ["+12065550147"],
    "links": ["github.com/dokafor-dev", "linkedin.com/in/darien-okafor"],
    "education": [
        {"institution": "University of Washington", "degree_level": "bachelor", "start": "2013", "end": "2017"},
    ],
    "experience": [
        {"organization": "Stripe", "title": "Staff Software Engineer, Payments Ledger",
         "start": "2023-03", "end": "present"},
        {"organization": "Stripe", "title": "Senior Software Engineer", "start": "2021-01", "end": "2023-02"},
        {"organization": "Zillow Group", "title": "Software Engineer II", "start": "2018-07", "end": "2020-12"},
        {"organization": "Nordstrom", "title": "Contract Backend Developer", "start": "2017-09", "end": "2018-06"},
        {"organization": "Amazon Web Services", "title": "Software Development Engineer Intern",
         "start": "2016", "end": "2016"},
    ],
    "publications_count": 0,
    "first_author_count": 0,
    "publications_sample": [],
    "research_interests_any": [],
    "awards_count": 1,
    "language": "en",
    "layout": "Résumé-builder page: dark full-height left sidebar, skill bars, FontAwesome 4 glyph icons, timeline dots (Typst)",
    "notes": "Typst page with a dark sidebar (photo circle, CONTACT with FontAwesome 4 private-use glyphs before "
             "each line, SKILLS as bars with no text level, CERTIFICATIONS, LANGUAGES, INTERESTS) and a main column. "
             "Name in letter-spaced capitals split by weight ('DARIEN' bold, 'OKAFOR' light); letter-spaced "
             "headings. Jobs: a dot + employer + city row, then per role an italic title with right-aligned dates; "
             "Stripe has two roles (a promotion) = two entries with the same organisation. The Nordstrom row says "
             "'(contract via Apex Systems)': the organisation is Nordstrom (the client), the agency is in brackets "
             "(similar() also accepts the full printed string). 'Summer 2016' internship = start and end 2016. "
             "Certifications are not awards; side projects are not jobs; the Strange Loop talk is not a "
             "publication (0 papers). Awards: the hack-week first place (1). Phone '(206) 555-0147' (US).",
}

LABELS["02_uk_data_scientist_weasyprint_timeline.pdf"] = {
    "name": "Rhiannon Baptiste-Kaur",
    "name_any": ["RHIANNON BAPTISTE-KAUR"],
    "emails": ["r.baptistekaur@example.co.uk"],
    "phones": ["+447700900482"],
    "links": ["linkedin.com/in/rbaptistekaur", "github.com/rbk-data", "rbk-data.example.org"],
    "education": [
        {"institution": "University of Warwick", "degree_level": "master", "start": "2017", "end": "2018"},
        {"institution": "University of Leeds", "degree_level": "bachelor", "start": "2014", "end": "2017"},
    ],
    "experience": [
        {"organization": "Monzo Bank", "title": "Senior Data Scientist, Borrowing", "start": "2022-10", "end": "present"},
        {"organization": "Ocado Technology", "title": "Data Scientist, Customer Retention",
         "start": "2019-09", "end": "2022-09"},
        {"organization": "Ocado Technology", "title": "Graduate Data Analyst", "start": "2018-09", "end": "2019-08"},
        {"organization": "Met Office", "title": "Summer Placement Student, Informatics Lab",
         "start": "2017", "end": "2017"},
    ],
    "publications_count": 2,
    "first_author_count": 2,
    "publications_sample": [
        {"title": "Fair overdraft limits with constrained uplift models", "venue": "NeurIPS Workshop",
         "year": 2023, "first_author": True, "status": "published"},
        {"title": "Calibrated uplift models for retention offers", "venue": "arXiv", "year": 2023,
         "first_author": True, "status": "preprint"},
    ],
    "research_interests_any": [],
    "awards_count": 1,
    "language": "en",
    "layout": "HTML/CSS résumé with a vertical timeline (dates, dot, entry), printed by WeasyPrint",
    "notes": "Letter-spaced purple capital name over two lines ('RHIANNON' / 'BAPTISTE-KAUR'), tag line in spaced "
             "capitals, right-aligned contact block with FontAwesome glyphs after each line (no text in the text "
             "layer); the portfolio address wraps at its hyphen ('rbk-' / 'data.example.org'). Timeline rows: a "
             "left date column wrapped in two lines ('Oct 2022 –' / 'Current'), a dot, then 'Employer · City' over "
             "an italic role. 'Current' = present. The Ocado graduate year is a second row without the employer "
             "name ('same team, promoted') = a second Ocado entry. 'Summer 2017' placement = 2017-2017. The "
             "Le Wagon bootcamp, the Google Cloud certificate and a Coursera course are not degrees and not awards. "
             "Writing & speaking: a NeurIPS 2023 workshop paper with the candidate second but '*' equal "
             "contribution with the first author (first_author true), an arXiv preprint listed first with 'et al.', "
             "and a PyData talk (not a publication). Award: the Dean's Prize (1). UK mobile 07700 900482.",
}

LABELS["03_zh_java_backend_bosszhipin_docx.docx"] = {
    "name": "韩晟睿",
    "name_any": ["Han Shengrui", "Shengrui Han"],
    "emails": ["hsr_dev@example.cn"],
    "phones": ["+8618655500173"],
    "links": None,
    "education": [
        {"institution": "北京邮电大学", "degree_level": "bachelor", "start": "2014", "end": "2018"},
    ],
    "experience": [
        {"organization": "字节跳动", "title": "Java开发工程师", "start": "2021-03", "end": "present"},
        {"organization": "京东", "title": "Java开发工程师", "start": "2018-07", "end": "2021-02"},
        {"organization": "美团", "title": "后端开发实习生", "start": "2017-07", "end": "2017-09"},
    ],
    "publications_count": 0,
    "first_author_count": 0,
    "publications_sample": [],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "zh",
    "layout": "BOSS直聘-style 附件简历 exported as Word: borderless tables, teal ruled headings, photo cell",
    "notes": "Job-site résumé as a DOCX (python-docx, Microsoft YaHei named): a borderless header table with the "
             "name, '6年 | 29岁 | 本科 | 离职-随时到岗' (years of experience, age, degree, job-seeking status — not "
             "dates of anything), a contact line with ☎/✉ glyphs and a WeChat id (not a link), a shaded photo cell. "
             "个人优势 and 期望职位 (salary range '30-45K') before 工作经历. Each job is a borderless 2x2 table: employer "
             "left + 'YYYY.MM-至今' right, then title + department in grey; 内容/业绩 lines below ('2022年晋升 2-2' is a "
             "level, not a new job). An internship (美团, 后端开发实习生) is a job. 项目经历 rows (name, role, dates) "
             "are projects, not jobs. Education: one row '北京邮电大学  本科  计算机科学与技术' with '2014-2018'. "
             "Awards: the ICPC regional bronze and the school scholarship in '在校经历' (2). 资格证书 (软考 "
             "architect, CET-6, Alibaba Cloud ACP) are certificates, not awards. Footer names BOSS直聘.",
}

LABELS["04_zh_product_manager_zhilian_mupdf_story.pdf"] = {
    "name": "苏念禾",
    "name_any": ["Su Nianhe", "Nianhe Su"],
    "emails": ["sunianhe.pm@example.com"],
    "phones": ["+8615955500128"],
    "links": None,
    "education": [
        {"institution": "复旦大学", "degree_level": "master", "start": "2014-09", "end": "2016-06"},
        {"institution": "华东师范大学", "degree_level": "bachelor", "start": "2010-09", "end": "2014-06"},
    ],
    "experience": [
        {"organization": "上海寻梦信息技术有限公司（拼多多）", "title": "高级产品经理", "start": "2020-07", "end": "present"},
        {"organization": "北京三快在线科技有限公司（美团）", "title": "产品经理", "start": "2017-07", "end": "2020-06"},
        {"organization": "网易（杭州）网络有限公司", "title": "产品助理", "start": "2016-07", "end": "2017-06"},
        {"organization": "腾讯科技（上海）有限公司", "title": "产品策划实习生", "start": "2015-07", "end": "2015-09"},
    ],
    "publications_count": 0,
    "first_author_count": 0,
    "publications_sample": [],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "zh",
    "layout": "智联招聘 (zhaopin.com) résumé export shape, laid out by MuPDF's HTML engine (PyMuPDF Story), 2 pages",
    "notes": "Job-site export: name, '女 | 31岁 (1993年4月) | 现居住上海-徐汇区 | 8年工作经验 | 硕士', phone with spaces "
             "'159 5550 0128', '最近更新' and a résumé number (not a phone), 求职意向 key-value table (期望月薪 wraps "
             "'元/' / '月'). Jobs in the zhaopin shape: 'YYYY.MM - 至今 (4年)' on its own line, the registered company "
             "name with the brand in full-width brackets, then 'title | 月薪：保密', then an industry/size line; "
             "organisations are labelled as printed (the brand in brackets; similar() accepts either by "
             "containment). '晋升为产品专家（P7）' inside a bullet is not a separate entry. The Tencent internship is "
             "a job. 项目经验 entries have the same date line but are projects. 教育经历 'School | 专业 | 硕士 | 统招' "
             "under a date line. 培训经历 (a PMP course) is not education; 证书 (PMP, CET-6) are not awards. "
             "荣誉奖项: employee of the year and a graduate scholarship (2). Running footer '智联招聘 … 第 n 页'.",
}

LABELS["05_zh_perception_algorithm_wps_sidebar_libreoffice.pdf"] = {
    "name": "欧阳知远",
    "name_any": ["Ouyang Zhiyuan", "Zhiyuan Ouyang"],
    "emails": ["oyzy.vision@example.com"],
    "phones": ["+8617655500294"],
    "links": ["github.com/oyzy-vision"],
    "education": [
        {"institution": "上海交通大学", "degree_level": "master", "start": "2017-09", "end": "2020-03"},
        {"institution": "哈尔滨工业大学", "degree_level": "bachelor", "start": "2013-09", "end": "2017-06"},
    ],
    "experience": [
        {"organization": "小鹏汽车", "title": "感知算法专家", "start": "2022-04", "end": "present"},
        {"organization": "商汤科技", "title": "研究员", "start": "2020-04", "end": "2022-03"},
        {"organization": "商汤科技", "title": "研究实习生", "start": "2019-06", "end": "2019-12"},
    ],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        {"title": "Depth-aware pretraining for monocular 3D object detection", "venue": "CVPR", "year": 2022,
         "first_author": True, "status": "published"},
        {"title": "Lane topology reasoning with sparse BEV queries", "venue": "ICRA", "year": 2023,
         "first_author": False, "status": "published"},
        {"title": "OccStream: streaming occupancy prediction for parking scenes",
         "venue": "IEEE Transactions on Intelligent Vehicles", "year": None, "first_author": True,
         "status": "accepted"},
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "WPS résumé-template shape in Word (one two-cell table, dark sidebar cell), printed by LibreOffice",
    "notes": "A 前程无忧/WPS-template look: the whole page is one borderless two-cell table; the shaded left cell holds "
             "a photo placeholder, the name (a two-character compound surname 欧阳 + 知远), 求职意向, 基本信息 "
             "label lines (age, 籍贯, 政治面貌, phone '176 5550 0294', e-mail, GitHub), skill ratings typed as ■/□ "
             "blocks, language and hobbies. Main cell: '◆' headings with a rule; rows 'School | 专业 | 学历' or "
             "'Company | Role' with the dates at a right tab stop ('2022.04 - 至今'). SenseTime appears twice "
             "(researcher, and an earlier research internship); the role '研究员（智能汽车事业群）' carries the "
             "business unit in brackets (labelled '研究员'). 项目经验 is a project. 论文与专利: GB/T 7714 entries, "
             "CVPR 2022 and T-IV (已录用, no year: accepted) marked （第一作者）; the ICRA 2023 paper has the "
             "candidate second; the [专利] line is a patent, not a paper (3 papers, 2 first-author). Venue of [3] "
             "as printed. 获奖情况: 3 lines with the year first. CET-6 is not an award.",
}

LABELS["06_bilingual_hk_quant_researcher_typst.pdf"] = {
    "name": "陈奕衡",
    "name_any": ["Ethan Yiheng CHEN", "Ethan Yiheng Chen", "Yiheng Chen", "Chen Yiheng", "陈奕衡 Ethan Yiheng CHEN"],
    "emails": ["yiheng.chen@example.hk"],
    "phones": ["+85255501873"],
    "links": ["linkedin.com/in/yiheng-chen-quant"],
    "education": [
        {"institution": "The Hong Kong University of Science and Technology", "degree_level": "phd",
         "start": "2016-09", "end": "2020-06"},
        {"institution": "Peking University", "degree_level": "bachelor", "start": "2012-09", "end": "2016-07"},
    ],
    "experience": [
        {"organization": "Millennium Management", "title": "Quantitative Researcher", "start": "2022-08",
         "end": "present"},
        {"organization": "Optiver", "title": "Quantitative Trader", "start": "2020-07", "end": "2022-07"},
        {"organization": "China International Capital Corporation (CICC)", "title": "Summer Analyst",
         "start": "2018-06", "end": "2018-08"},
    ],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        {"title": "Short-maturity asymptotics for rough Bergomi implied volatility", "venue": "Quantitative Finance",
         "year": 2021, "first_author": True, "status": "published"},
        {"title": "A martingale approach to VIX option calibration", "venue": "Journal of Computational Finance",
         "year": 2020, "first_author": False, "status": "published"},
        {"title": "Order-flow imbalance at the auction: evidence from HKEX closing sessions", "venue": "SSRN",
         "year": 2023, "first_author": True, "status": "preprint"},
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh+en",
    "layout": "Bilingual Chinese/English CV typeset with Typst: 'Chinese English' headings, right date column",
    "notes": "Name '陈奕衡' in CJK followed by 'Ethan Yiheng CHEN' (English given name, capitalised surname); contact "
             "block right-aligned with 'Mobile / 手机: +852 5550 1873' (Hong Kong, 8 digits), a WeChat id (not a "
             "link). Every heading bilingual ('工作经历 Professional Experience'). Job rows: '*Employer*, City · "
             "_Title_ (desk)' with dates at the right, '2022.08 – Present 至今' (present). The CICC row starts with "
             "the Chinese short name '中金公司' before the English name; a summer internship (暑期实习) is a job. "
             "Education rows give the bilingual university name on one line and the degree on the next (博士 PhD; "
             "理学学士 B.S.); labelled with the English names. Papers in author-year style with the candidate bold: "
             "two journal articles (first author in one, second in the other) and an SSRN working paper (preprint). "
             "Three honours with years at the right; HKPFS is a fellowship = award. FRM and 'CFA Level III "
             "Candidate' are certifications, not awards. Running footer with the Chinese name.",
}

LABELS["07_de_analog_ic_engineer_word_dates_first.docx"] = {
    "name": "Jonas Weissgerber-Adeyemi",
    "name_any": ["JONAS WEISSGERBER-ADEYEMI"],
    "emails": ["jonas.wa@example.de"],
    "phones": ["+493023125617"],
    "links": ["linkedin.com/in/jonas-weissgerber-adeyemi"],
    "education": [
        {"institution": "Technical University of Munich (TUM)", "degree_level": "master",
         "start": "2016-10", "end": "2018-09"},
        {"institution": "Karlsruhe Institute of Technology (KIT)", "degree_level": "bachelor",
         "start": "2013-10", "end": "2016-09"},
    ],
    "experience": [
        {"organization": "Infineon Technologies AG", "title": "Senior Analog Design Engineer",
         "start": "2021-04", "end": "present"},
        {"organization": "Infineon Technologies AG", "title": "Analog Design Engineer",
         "start": "2018-10", "end": "2021-03"},
        {"organization": "Fraunhofer IIS", "title": "Master Thesis Student", "start": "2018-03", "end": "2018-09"},
        {"organization": "Robert Bosch GmbH", "title": "Working Student (Werkstudent) PCB Test",
         "start": "2016-05", "end": "2017-02"},
    ],
    "publications_count": 1,
    "first_author_count": 0,
    "publications_sample": [
        {"title": "A 16-b 40-MS/s SAR ADC with background dither calibration for automotive radar",
         "venue": "ESSCIRC", "year": 2023, "first_author": False, "status": "published"},
    ],
    "research_interests_any": [],
    "awards_count": 0,
    "language": "en",
    "layout": "Word CV of a German engineer in English: name over two lines, dates-first borderless tables, header",
    "notes": "python-docx (Calibri named): a borderless header table with the first name 'JONAS' in light capitals "
             "and 'WEISSGERBER-ADEYEMI' bold on the next line, a subtitle with the degree and current role, contact "
             "lines right-aligned (street, '+49 (0) 30 23125 617' with the trunk '(0)' to drop, e-mail, LinkedIn "
             "without https, date of birth '14.02.1993' which is not a date of anything in the CV). Each section a "
             "two-column table 'MM/YYYY – MM/YYYY | **Title** | Employer, Town'; 'present' open end; two Infineon "
             "roles (a promotion) are two entries. The paid master-thesis position at Fraunhofer IIS and the "
             "Werkstudent post are jobs. Education rows '**University** – degree', with an Erasmus semester "
             "'spring 2015' inside a degree line (not a separate degree). Patents (2, one pending) are not "
             "publications; one ESSCIRC 2023 paper with the candidate second. 'Additional Training' (workshop, "
             "ISO 26262 course) is neither education nor awards (0 awards). Running header names the candidate "
             "with initials.",
}

LABELS["08_us_biotech_senior_scientist_pdflatex_charter.pdf"] = {
    "name": "Leontyne Marsh-Abernathy",
    "name_any": ["Leontyne Marsh-Abernathy, Ph.D."],
    "emails": ["l.marsh.abernathy@example.org"],
    "phones": ["+16505550119"],
    "links": ["https://lmarsh-lab.example.org", "linkedin.com/in/lmarshabernathy"],
    "education": [
        {"institution": "University of California, Berkeley", "degree_level": "phd", "start": "2010", "end": "2016"},
        {"institution": "Smith College", "degree_level": "bachelor", "start": "2006", "end": "2010"},
    ],
    "experience": [
        {"organization": "Genentech, Inc.", "title": "Senior Scientist II, Antibody Engineering",
         "start": "2022-04", "end": "present"},
        {"organization": "Genentech, Inc.", "title": "Scientist, Antibody Engineering",
         "start": "2019-07", "end": "2022-03"},
        {"organization": "Twist Bioscience", "title": "Scientific Consultant", "start": "2019-01", "end": "2019-06"},
        {"organization": "Stanford University School of Medicine", "title": "Postdoctoral Fellow",
         "start": "2016-09", "end": "2019-06"},
    ],
    "publications_count": 5,
    "first_author_count": 3,
    "publications_sample": [
        {"title": "Deep mutational scanning maps the developability landscape of a bispecific antibody",
         "venue": "mAbs", "year": 2024, "first_author": True, "status": "published"},
        {"title": "Machine-learning-guided affinity maturation of a VHH against a class B GPCR",
         "venue": "Protein Eng Des Sel", "year": None, "first_author": False, "status": "in press"},
        {"title": "Fast on-yeast epitope binning with split-luciferase reporters", "venue": "bioRxiv",
         "year": 2021, "first_author": False, "status": "preprint"},
        {"title": "Allosteric coupling in chemoreceptor arrays measured by in vivo FRET",
         "venue": "Proc Natl Acad Sci USA", "year": 2015, "first_author": True, "status": "published"},
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "US industry scientist CV, pdfLaTeX article with Charter and Helvetica headings, marvosym icons, 2 pages",
    "notes": "Centred name with ', Ph.D.' and a role subtitle; contact line with marvosym glyphs (they come out as "
             "'B', 'H', 'm' in the text layer before the e-mail, phone and homepage), 'LinkedIn:' label wrapped "
             "away from its address. Jobs as '**Employer** ... City' over '_Title_ ... Mon YYYY – Present'; the "
             "second Genentech role prints no employer (same employer, earlier role). A part-time contract "
             "consultancy is a job (title without its bracket '(contract, part-time)'); the postdoc sits under "
             "'Academic Research' and is a job (title without the department/PI tail). Degrees: 'University – "
             "Ph.D., Field' with years at the right. Patents (a WO application and a US provisional) are not "
             "publications. Vancouver-style 'Selected Publications': 5 entries, own name bold; #1 '*' equal first, "
             "#2 'In press.' without year, #4 a bioRxiv preprint, first author in #1, #3, #5 (3). Journal "
             "abbreviations kept as printed. Honors & Fellowships: 3 (an employer award, the Damon Runyon and NSF "
             "GRFP fellowships); talks are not papers. Running footer with the name and page.",
}

LABELS["09_in_management_consultant_plaintext_paste.txt"] = {
    "name": "Aarav Seshadri-Menon",
    "name_any": ["AARAV SESHADRI-MENON"],
    "emails": ["aarav.sm@example.in"],
    "phones": ["+919004055501"],
    "links": ["linkedin.com/in/aarav-seshadri-menon"],
    "education": [
        {"institution": "Indian Institute of Management Ahmedabad (IIMA)", "degree_level": "master",
         "start": "2017", "end": "2019"},
        {"institution": "Indian Institute of Technology Bombay", "degree_level": "bachelor",
         "start": "2012", "end": "2016"},
    ],
    "experience": [
        {"organization": "McKinsey & Company", "title": "Engagement Manager", "start": "2022-01", "end": "present"},
        {"organization": "McKinsey & Company", "title": "Associate", "start": "2019-08", "end": "2021-12"},
        {"organization": "Bain & Company", "title": "Summer Associate (MBA internship)",
         "start": "2018-04", "end": "2018-06"},
        {"organization": "Hindustan Unilever Limited (HUL)", "title": "Assistant Brand Manager, Skin Care",
         "start": "2016-06", "end": "2017-06"},
    ],
    "publications_count": 1,
    "first_author_count": 1,
    "publications_sample": [
        {"title": "Bed turnover as a lever for hospital capacity in tier-2 Indian cities",
         "venue": "McKinsey Health Institute Insights", "year": 2024, "first_author": True, "status": "published"},
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "Consulting résumé pasted as plain text (UTF-8), capital headings, space-aligned date column",
    "notes": "A résumé copied into a text box: name in capitals, a headline with '|', a contact line with '·' "
             "separators and an Indian mobile '+91 90040 55501'. Experience: 'Employer, City' lines, each role "
             "indented with its dates padded by spaces to a column ('Jan 2022 - Present'); McKinsey has two roles "
             "(a promotion, two entries). The Bain summer internship is a job (its title keeps the bracket as "
             "printed). Education: the IIMA PGP is an MBA (master); the HEC Paris exchange 'Fall 2018' inside a "
             "bullet is not a degree. Certifications (CFA candidate, Six Sigma) are not awards. Awards & "
             "Recognition: 3 (Dean's Merit List, KVPY fellowship, firm award). One practitioner article under "
             "PUBLICATIONS (counted, first author, 'March 2024'). A mentoring role in Extra-curricular is not a job.",
}

LABELS["10_ca_embedded_engineer_fpdf2_canva_bars.pdf"] = {
    "name": "Aurélie Tremblay-Nakamura",
    "name_any": ["AURÉLIE TREMBLAY-NAKAMURA", "Aurelie Tremblay-Nakamura"],
    "emails": ["aurelie.tn@example.ca"],
    "phones": ["+15145550162"],
    "links": ["github.com/atnakamura", "atn-robotics.example.ca"],
    "education": [
        {"institution": "McGill University", "degree_level": "bachelor", "start": "2016-09", "end": "2020-12"},
    ],
    "experience": [
        {"organization": "Kinova Robotics", "title": "Embedded Software Engineer II", "start": "2021-03",
         "end": "present"},
        {"organization": "Self-employed", "title": "Freelance PCB Designer", "start": "2020-06", "end": "2021-02"},
        {"organization": "CAE Inc.", "title": "Firmware Developer (Co-op)", "start": "2020", "end": "2020"},
        {"organization": "CAE Inc.", "title": "Firmware Developer (Co-op)", "start": "2019", "end": "2019"},
    ],
    "publications_count": 1,
    "first_author_count": 0,
    "publications_sample": [
        {"title": "Current-sensorless collision detection for lightweight manipulators", "venue": "IROS",
         "year": 2022, "first_author": False, "status": "published"},
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "Canva-like résumé drawn with fpdf2: grey sidebar, photo circle, skill bars, timeline dots",
    "notes": "Absolute-positioned page (Creator 'Canva'): a light sidebar with a photo circle, CONTACT lines behind "
             "Dingbat-like glyphs (✆ ✉ ⌂ ◉), SKILLS as bars with no printed level, LANGUAGES, CERTIFICATIONS "
             "(IPC-A-610 and the Québec CPI status, wrapped over lines; not awards). Main: first name 'AURÉLIE' "
             "bold over 'TREMBLAY-NAKAMURA' regular, a letter-spaced role. Entries: dot + bold title with the dates "
             "right, then the italic 'Employer · City' line (title above organisation). Freelance work is a job "
             "(organisation 'Self-employed', as printed before the bracket). Two co-op terms at CAE printed as "
             "separate entries with seasons only ('Summer 2020', 'Winter 2019' = that year as start and end). "
             "Education in the same entry shape: 'B.Eng. … (Co-op), Honours' over 'McGill University · Montréal'. "
             "Projects (OpenGripper, the McGill Robotics student team) are not jobs. One IROS 2022 paper, "
             "candidate second. Awards: NSERC USRA and the Dean's Honour List line (2).",
}

LABELS["11_us_economics_job_market_word_libreoffice.pdf"] = {
    "name": "Mateus Kowalczyk-Sato",
    "name_any": ["MATEUS KOWALCZYK-SATO"],
    "emails": ["mkowalczyksato@example.edu"],
    "phones": ["+16085550133"],
    "links": ["https://mks-econ.example.edu"],
    "education": [
        {"institution": "University of Wisconsin–Madison", "degree_level": "phd", "start": "2019", "end": "2025"},
        {"institution": "Fundação Getulio Vargas (FGV EPGE)", "degree_level": "master", "start": "2017",
         "end": "2019"},
        {"institution": "Universidade de São Paulo (FEA-USP)", "degree_level": "bachelor", "start": "2012",
         "end": "2016"},
    ],
    "experience": [
        {"organization": "Amazon", "title": "Economist Intern", "start": "2023", "end": "2023"},
        {"organization": "UW–Madison", "title": "Research Assistant", "start": "2021", "end": "2023"},
        {"organization": "Banco Central do Brasil", "title": "Research Analyst", "start": "2016", "end": "2017"},
        {"organization": "UW–Madison", "title": "Teaching Assistant", "start": "2021", "end": "2022"},
        {"organization": "UW–Madison", "title": "Teaching Assistant", "start": "2022", "end": "2022"},
    ],
    "publications_count": 4,
    "first_author_count": None,
    "publications_sample": [
        {"title": "Algorithmic Wage Setting on Gig Platforms: Evidence from a Ride-Hailing Market", "venue": None,
         "year": None, "first_author": None, "status": None},
        {"title": "Minimum Wages and Firm Exit in Brazilian Retail", "venue": "Economics Letters", "year": 2023,
         "first_author": None, "status": "published"},
        {"title": "Platform Fees and Multi-Homing: Evidence from Food Delivery",
         "venue": "RAND Journal of Economics", "year": None, "first_author": None, "status": "under review"},
    ],
    "research_interests_any": ["Industrial Organization", "Labor Economics"],
    "awards_count": 3,
    "language": "en",
    "layout": "Economics job-market CV (AEA shape) written in Word, printed by LibreOffice",
    "notes": "Centred capital name, 'Job Market Candidate 2024–2025', a two-cell address/contact table (department "
             "address left; 'Cell:', 'Email:', 'Website:', citizenship right). PLACEMENT INFORMATION lists the "
             "placement director's and administrator's e-mails and phones (not the candidate's); REFERENCES repeat "
             "three referees' e-mails (not the candidate's). Rows are 'dates<TAB>text' with a hanging indent: "
             "'Ph.D. in Economics, University …(expected May 2025)' = end 2025; M.A. and B.A. with years. FIELDS "
             "Primary/Secondary = research interests. Papers: the job market paper (title in quotes, no venue, no "
             "status printed), one publication 'with' a co-author in Economics Letters 2023, one working paper "
             "'Revise and resubmit at the RAND Journal of Economics' (under review), one work in progress "
             "(in preparation) — 4 in all; economics lists co-authors as '(with X)' in alphabetical convention, "
             "so first-author counts are not scored. Experience: 'Summer 2023' Amazon economist internship, an RA "
             "post, a central-bank research analyst post, and two TA lines with terms only ('Fall 2021, Fall 2022' "
             "= 2021-2022; 'Spring 2022' = 2022) — paid university posts, labelled as jobs with the organisation "
             "as printed ('UW–Madison'). Fellowships and awards: 3. Footer 'Updated June 2024'.",
}

LABELS["12_nl_ml_engineer_markdown_emoji.md"] = {
    "name": "Sanne de Vries-Oduya",
    "name_any": [],
    "emails": ["sanne.devries.oduya@example.nl"],
    "phones": ["+31655501297"],
    "links": ["github.com/sdvo-ml", "linkedin.com/in/sannedevriesoduya", "sdvo.example.nl"],
    "education": [
        {"institution": "Universiteit Utrecht", "degree_level": "master", "start": "2015", "end": "2017"},
        {"institution": "Rijksuniversiteit Groningen", "degree_level": "bachelor", "start": "2012", "end": "2015"},
    ],
    "experience": [
        {"organization": "Bol.com", "title": "Senior Machine Learning Engineer, Search Ranking",
         "start": "2023-02", "end": "present"},
        {"organization": "Bol.com", "title": "Machine Learning Engineer", "start": "2021-04", "end": "2023-01"},
        {"organization": "Booking.com", "title": "Data Scientist II", "start": "2018-09", "end": "2021-03"},
        {"organization": "Freelance", "title": "Python developer (contract)", "start": "2018-01", "end": "2018-08"},
        {"organization": "Philips Research", "title": "Graduation intern", "start": "2017-02", "end": "2017-08"},
    ],
    "publications_count": 2,
    "first_author_count": 1,
    "publications_sample": [
        {"title": "Query categorisation at scale with label-hierarchy distillation", "venue": "SIGIR", "year": 2023,
         "first_author": True, "status": "published"},
        {"title": "Position bias estimation without randomisation", "venue": "RecSys", "year": None,
         "first_author": False, "status": "under review"},
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "Markdown résumé with emoji headings and contact glyphs, a pipe table for education",
    "notes": "A personal-site resume.md: HTML comment first, '# Name', a bold role line, one contact line with emoji "
             "(📧 📱 🐙 🔗 🌐) and Markdown links, Dutch mobile '+31 6 5550 1297'. '## 💼 Experience' with "
             "'### Employer — City' then '**Title** · *Mon YYYY – Present*' lines; Bol.com has two roles (two "
             "entries). The freelance stint is '### Freelance · *dates*' with the title and the client ('for "
             "ProRail via Yacht') on the next line: organisation labelled 'Freelance' as printed in the heading. A "
             "graduation (thesis) internship at Philips Research is a job. Education in a pipe table 'Degree | "
             "School | Years' (Dutch 'BSc Kunstmatige Intelligentie'). Courses & certificates: a bootcamp that says "
             "it is not a degree, two certificates (not education, not awards). Papers & talks: a SIGIR 2023 "
             "industry-track paper (first author), a RecSys 2024 submission 'Under review at' (second author, year "
             "not scored), and a talk (not a publication). Awards: 2. Skills as inline code spans.",
}

LABELS["13_it_supply_chain_data_scientist_twentyseconds_cv.pdf"] = {
    "name": "Chiara Valsecchi",
    "name_any": ["CHIARA VALSECCHI"],
    "emails": ["chiara.valsecchi@example.it"],
    "phones": ["+393475550188"],
    "links": ["https://cvalsecchi.example.it"],
    "education": [
        {"institution": "Politecnico di Milano", "degree_level": "master", "start": "2017", "end": "2019"},
        {"institution": "Università degli Studi di Pavia", "degree_level": "bachelor", "start": "2014",
         "end": "2017"},
    ],
    "experience": [
        {"organization": "Barilla G. e R. Fratelli", "title": "Supply Chain Data Scientist", "start": "2021",
         "end": "present"},
        {"organization": "Accenture", "title": "Operations Research Analyst", "start": "2019", "end": "2021"},
        {"organization": "Luxottica Group", "title": "Thesis internship", "start": "2019", "end": "2019"},
    ],
    "publications_count": 2,
    "first_author_count": 1,
    "publications_sample": [
        {"title": "Robust safety stocks under promotional demand",
         "venue": "International Journal of Production Economics", "year": 2020, "first_author": True,
         "status": "published"},
        {"title": "Learning to forecast new pasta formats from sibling products",
         "venue": "European Journal of Operational Research", "year": None, "first_author": False,
         "status": "under review"},
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "Twenty Seconds CV (LaTeX class from its public repository, MIT): grey sidebar, skill bars, split headings",
    "notes": "The real twentysecondcv.cls (one line changed: Helvetica for the missing ClearSans). Sidebar drawn with "
             "textpos/TikZ: name 'CHIARA' / 'VALSECCHI' over two lines, job title, an icon table whose marvosym "
             "icons come out as 'i', 'B', 'T', 'm', '@' before the date of birth (the template's \\cvdate, not a "
             "date of anything), the address, the phone '+39 347 555 0188', the site and the e-mail (both "
             "overflow the sidebar visually, full in the text layer); 'About me', skill bars with no text level, "
             "languages as 'Italian⋆native'. Main column: the class puts the first three letters of every "
             "heading in a coloured box, so headings read 'exp erience', 'edu cation', 'pub lications', "
             "'awa rds'. \\twentyitem rows: dates left, bold title, the organisation right-aligned in small type "
             "('Barilla G. e R. Fratelli, Parma'), a description below. '2021 – now' = present; 'Spring 2019' "
             "thesis internship = 2019-2019 (a job). Degrees: 'M.Sc. Management Engineering, 110/110 cum laude' "
             "with the university at the right; an Erasmus semester in a description is not a degree. "
             "Certifications are not awards. Publications as year + reference: an IJPE 2020 article (first "
             "author) and an EJOR submission ('Submitted to', second author). Awards: 2.",
}
