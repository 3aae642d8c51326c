"""Hand-written labels for heldout38 (python tests/heldout38/labels38.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout38 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Brenna Kowalczyk-Amari",
    emails=["brennaka@umich.example.edu"], phones=["+12025550147"],
    links=["linkedin.com/in/brenna-ka-example", "github.com/bka-example"],
    education=[E("University of Michigan", "master", "2024-08", "2026-05"),
               E("Purdue University", "bachelor", "2020-08", "2024-05")],
    experience=[
        J("Dexterous Manipulation Lab, University of Michigan", "Graduate Student Research Assistant",
          "2024-09", "present"),
        J("Fluid Power Systems Laboratory, Purdue University", "Undergraduate Research Assistant", "2022-06", "2024-05"),
        J("Locus Robotics", "Autonomy Software Intern", "2025-05", "2025-08"),
        J("University of Michigan", "Graduate Student Instructor, ROB 550 (Robotic Systems Laboratory)",
          "2025-01", "2025-04"),
        J("Purdue Academic Success Center", "Peer Tutor (part-time), Calculus and Statics", "2021-08", "2022-12"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Tactile-Conditioned Diffusion Policies for In-Hand Reorientation", "ICRA", None, True, "under review"),
        P("A Low-Cost Optical Tactile Skin for Parallel Grippers", "CoRL Workshop", 2025, False),
        P("Thermal Modeling of a Compact Hydraulic Actuator for Legged Robots", "ASME IMECE", 2023, True),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="US robotics master's student, Jake's resume (pdfLaTeX article, tabular* rows), letter, 2 pages",
    notes="Jake's resume: centred small-caps name, contact line with '|' separators. Education rows 'School | city' "
          "then 'degree | dates' in italics: 'Aug. 2024 -- Expected May 2026' = 2024-08..2026-05 (expected end "
          "taken as the end); GPA on the degree line; a Relevant Coursework bullet. Experience uses Jake's order "
          "TITLE bold with dates right, then organisation italic with the location right (title first), split "
          "over 'Research Experience' (lab, advisor/PI bullets) and 'Work Experience' (internship, GSI = teaching "
          "assistant, part-time peer tutor); all five are jobs. Projects with '| tech stack' and dates are not jobs. "
          "Publications: three bullet items, own name bold: 'Under review at ICRA 2026' (under review, no year "
          "scored), a CoRL 2025 workshop poster (venue 'CoRL Workshop', published 2025), ASME IMECE 2023. First "
          "author 2. Honors: 4 items incl. 'Dean's List ... 2020–2024'. No interests section.",
)

LABELS["02"] = dict(
    name="Ishaan Raghuvanshi-Pillai",
    emails=["ishaanrp@example.org"], phones=["+918055500172"],
    links=["ishaanrp.example.org", "github.com/ishaanrp-example"],
    education=[E("Indian Institute of Science", "phd", "2021-08", "2026-06"),
               E("NIT Tiruchirappalli", "bachelor", "2017-07", "2021-05"),
               E("TU Delft", "other", "2019-08", "2019-12")],
    experience=[
        J("Google Research India", "Student Researcher", "2024-05", "2024-08"),
        J("Microsoft Research India", "Research Intern", "2023-05", "2023-07"),
        J("Indian Institute of Science", "Teaching Assistant, E0 270 Machine Learning", "2023-01", "2023-04"),
        J("Texas Instruments India", "Analog Design Intern", "2020-05", "2020-07"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Calibrated selective prediction under label shift", "NeurIPS", 2024, True),
        P("Sparse adapters for continual ASR in Indic languages", "Interspeech", 2025, True),
        P("Conformal risk control for retrieval-augmented QA", "ICLR", None, False, "under review"),
        P("Test-time adaptation for low-resource speech", "ICML Workshop", 2024, False),
        P("Abstaining classifiers with unlabeled target data", "arXiv", 2024, True, "preprint"),
        P("Label-shift aware abstention: a survey", None, None, True, "in preparation"),
    ],
    research_interests_any=["Reliable machine learning", "Selective prediction", "Low-resource speech recognition"],
    awards_count=5, language="en",
    layout="Indian ML PhD student, Deedy-Resume OpenFonts (XeLaTeX, two minipage columns, Lato/Raleway), letter",
    notes="Deedy: 'Last Updated on 25th November 2025' top right, thin first name + light surname, two columns "
          "side by side in the text layer (left: Education, Links, Coursework, Skills with bullet-dot ratings, "
          "Interests; right: Experience, Publications, Awards). the date lines' dashes come out as '--' in the text layer. "
          "Education: upper-cased school, degree line, 'Aug 2021 -- Expected Jun 2026 | Bengaluru' (wraps in the "
          "narrow column), thesis, advisor, CGPA; B.Tech 'Jul 2017 -- May 2021' with CGPA and rank; a TU Delft "
          "exchange semester = education of level other. Experience 'EMPLOYER | Title' with dates | place below "
          "(the IISc TA title wraps). Links: 'Scholar:// ishaanrp' is not a URL (not labelled). Publications: 6 "
          "bullets, own name bold; '*' equal contribution with the first author (counts); 'Under review at ICLR "
          "2026'; ICML 2024 workshop = 'ICML Workshop'; arXiv id with 2024 = preprint; 'In preparation' without "
          "venue. First author 4. Awards table 'year | award | body', 5 rows incl. NeurIPS Top Reviewer.",
)

LABELS["03"] = dict(
    name="邝静一", name_any=["Jingyi Kuang", "Kuang Jingyi"],
    emails=["kuangjy@example.edu.cn"], phones=["+8613800138265"], links=[],
    education=[E("华中科技大学", "bachelor", "2022-09", "2026-06"),
               E("香港中文大学", "other", "2024-01", "2024-05")],
    experience=[
        J("华中科技大学 多智能体控制实验室", "本科生科研助理", "2023-10", "present"),
        J("中国科学院自动化研究所", "暑期科研实习生", "2025-07", "2025-08"),
        J("大疆创新科技有限公司", "嵌入式软件实习生", "2025-01", "2025-03"),
    ],
    publications_count=2, first_author_count=2,
    publications_sample=[
        P("基于图注意力的多无人机分布式编队避障方法", "控制与决策", 2025, True, "accepted"),
        P("GraphSwarm: decentralized obstacle avoidance for UAV swarms with attention message passing", "RA-L",
          None, True, "under review"),
    ],
    research_interests_any=["多智能体系统", "强化学习", "机器人运动规划"],
    awards_count=5, language="zh",
    layout="Chinese 保研 résumé of a final-year undergraduate, billryan/resume resume.cls (XeLaTeX, xeCJK, "
           "Noto CJK), A4, 2 pages",
    notes="resume.cls: small-caps centred name, icon contact line (the GitHub link shows only 'kjy-example', so "
          "no link is labelled). Sections with FontAwesome icons and rules. Education '华中科技大学，人工智能与自动化"
          "学院，武汉 | 2022年9月 -- 预计2026年6月' with '工学学士（推免在读）' = bachelor ending 2026-06 (expected); "
          "GPA/排名 and 主修课程 bullets; a 香港中文大学 exchange term (交换生) = other. 科研经历 'lab + role | dates', "
          "'至今' = present, 指导老师/课题 lines; 实习经历 one internship; 项目经历 (课程设计, 大创) are not jobs. "
          "论文与专利: [J] accepted '2025（已录用）' = accepted 2025; 'Submitted to IEEE Robotics and Automation "
          "Letters (RA-L), 2025' = under review, venue RA-L (short name printed); the patent (实审中) is not counted "
          "(2). 获奖情况 as a table 时间|奖项|级别, 5 rows (国家奖学金, 数学建模一等奖, 电赛省一, 三好学生, RoboMaster). "
          "研究兴趣 given inside the skills block.",
)

LABELS["04"] = dict(
    name="Lương Gia Khánh", name_any=["Luong Gia Khanh"],
    emails=["khanh.luonggia@example.com"], phones=["+84909555013"],
    links=["github.com/lgkhanh-example", "linkedin.com/in/lgkhanh-example"],
    education=[E("Ho Chi Minh City University of Technology (HCMUT), VNU-HCM", "bachelor", "2021-09", "2025-07"),
               E("Kyushu University", "other", "2023-10", "2024-02")],
    experience=[
        J("VNG Corporation", "Junior Backend Engineer", "2025-08", "present"),
        J("Grab Vietnam", "Software Engineer Intern", "2024-06", "2024-08"),
        J("Faculty of Computer Science and Engineering, HCMUT",
          "Teaching Assistant (part-time), Data Structures and Algorithms", "2024-02", "2024-06"),
    ],
    publications_count=1, first_author_count=1,
    publications_sample=[
        P("ViLegalQA: A Vietnamese Legal Question Answering Dataset with Hybrid Retrieval Baselines", "RIVF", 2025,
          True, "accepted"),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Vietnamese new bachelor's graduate / junior engineer, Typst basic-resume template (typst-py), A4",
    notes="basic-resume: name as level-1 heading, contact line 'phone | city | e-mail | github | linkedin'. "
          "Small-caps section headings with a rule. Education: 'institution | location' over 'degree | dates' "
          "('Sep 2021 — Jul 2025', em dash); GPA + thesis and coursework bullets; a short-term exchange at Kyushu "
          "(JASSO) = other. Work: 'title | dates' over 'company | location' (title first): current job 'Present', "
          "an internship, a part-time TA whose organisation is the faculty. Projects print 'role, name (url) | "
          "dates' and are not jobs. One publication: a RIVF 2025 poster marked 'accepted' (first author). Honors "
          "4 (ICPC regional bronze, hackathon, JASSO, Odon Vallet); the AWS certificate is not an award.",
)

LABELS["05"] = dict(
    name="Zunaira Afzal Khattak",
    emails=["zunaira.khattak@example.com"], phones=["+923005550148"],
    links=["linkedin.com/in/zunaira-khattak-example"],
    education=[E("National University of Sciences and Technology (NUST)", "master", "2023-09", "2025-08"),
               E("University of Engineering and Technology (UET), Peshawar", "bachelor", "2018", "2022")],
    experience=[
        J("Structural Health Monitoring Lab, NUST Institute of Civil Engineering (NICE)",
          "Graduate Research Assistant", "2023-10", "2025-07"),
        J("Indus Crest Constructors (Pvt.) Ltd.", "Site Engineer", "2022-08", "2023-08"),
        J("NUST", "Teaching Assistant, CE-211 Strength of Materials", "2024", "2024"),
        J("National Highway Authority (NHA)", "Summer Intern", "2021", "2021"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Vibration-based damage detection in RC bridge girders using convolutional autoencoders", "Structures",
          2025, True),
        P("Seismic fragility of unreinforced masonry school buildings in northern Pakistan",
          "World Conference on Earthquake Engineering", 2024, False),
        P("Low-cost MEMS accelerometer networks for post-earthquake screening of school buildings",
          "Earthquake Spectra", None, True, "under review"),
    ],
    research_interests_any=["Structural health monitoring", "earthquake engineering",
                            "machine learning for civil infrastructure"],
    awards_count=4, language="en",
    layout="Pakistani MS civil/structural engineering graduate, Google-Docs-like python-docx DOCX (Arial, blue "
           "ruled headings, right tab dates), letter",
    notes="DOCX: big bold name, one contact line with '•'. Education 'School, city <tab> dates' bold then italic "
          "'degree | CGPA' (MS Sep 2023 – Aug 2025; BSc 2018 – 2022 years only, 'Gold Medalist'). Research "
          "Experience: title bold + dates, lab/institute italic below, supervisor bullet. Work Experience as "
          "'Title — Employer, city <tab> dates': 'Spring 2024' TA = 2024–2024, 'Summer 2021' intern = 2021–2021. "
          "Publications: Word numbered list, APA: a 2025 journal (first), an 18WCEE proceedings paper (venue "
          "printed 'Proceedings of the 18th World Conference on Earthquake Engineering (18WCEE)'), '(submitted)' "
          "= under review. First author 2. Honors 4 (incl. the multi-year HEC scholarship). PEC registration is "
          "not an award.",
)

LABELS["06"] = dict(
    name="Shirin Ghaffarzadeh",
    emails=["shirin.ghaffarzadeh@example.org"], phones=["+989125550163"],
    links=["scholar.example.org/shirin-gh"],
    education=[E("Sharif University of Technology", "master", "2021-09", "2024-02"),
               E("University of Isfahan", "bachelor", "2017-09", "2021-07")],
    experience=[
        J("Green Catalysis Laboratory, Sharif University of Technology", "Research Assistant", "2024-03", "present"),
        J("Green Catalysis Laboratory, Sharif University of Technology", "M.Sc. Researcher", "2022-09", "2024-02"),
        J("Sharif University of Technology", "Teaching Assistant, Organic Chemistry Laboratory I", "2022", "2023"),
        J("Pars Kimia Analytical Services", "Quality Control Chemist (part-time)", "2021-07", "2022-08"),
    ],
    publications_count=3, first_author_count=2,
    publications_sample=[
        P("Magnetically recoverable Cu-MOF catalyst for one-pot synthesis of 1,2,3-triazoles in water",
          "ACS Sustainable Chem. Eng.", 2024, True),
        P("Deep eutectic solvents as recyclable media for Knoevenagel condensation", "J. Mol. Liq.", 2023, False),
        P("Visible-light photoredox C–H amination of electron-poor heteroarenes", None, None, True,
          "in preparation"),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Iranian MSc chemistry graduate applying for a PhD, python-docx Word CV with a shaded two-cell header "
           "table, date|details tables and dot-rated skills, A4",
    notes="Header table: left cell name + 'M.Sc. in Organic Chemistry' + 'Applicant, Ph.D. in Chemistry (Fall "
          "2026)' (not a degree held), right cell city, e-mail, phone, ORCID (bare number), scholar link. "
          "Education/experience in two-column tables with the dates in the left cell and 'Degree, University, "
          "city' + GPA/thesis/supervisor lines in the right. Research Experience: two rows at the same lab (RA "
          "'present', MSc researcher overlapping the degree), both jobs; 'Fall 2022 – Spring 2023' TA = 2022–2023; "
          "part-time QC chemist. Publications: Word numbered list, ACS style 'Journal Year, Vol, pages', '*' marks "
          "the corresponding author (not first authorship); 'manuscript in preparation'. A poster under 'Conference "
          "Presentations' is not counted (3). Honors table 4 rows incl. a national entrance-exam rank printed as an "
          "honour (counted, judgement call). Skills with ●●●○○ ratings.",
)

LABELS["07"] = dict(
    name="Nourhan Abdelrahman El-Sherbiny", name_any=["Nourhan El-Sherbiny"],
    emails=["nourhan.elsherbiny@example.com"], phones=["+441134960581"],
    links=["linkedin.com/in/nourhan-elsherbiny-example", "github.com/nelsherbiny-example"],
    education=[E("University of Leeds", "phd", "2022-10", "2026-03"),
               E("Cairo University", "master", "2018", "2021"),
               E("Cairo University", "bachelor", "2013", "2018")],
    experience=[
        J("University of Leeds", "Doctoral Researcher", "2022-10", "present"),
        J("School of Mechanical Engineering, University of Leeds", "Graduate Teaching Assistant", "2023-01",
          "2024-06"),
        J("Department of Systems and Biomedical Engineering, Cairo University", "Teaching Assistant (Demonstrator)",
          "2018-09", "2022-08"),
        J("Kasr Al Ainy University Hospital", "Clinical Engineering Trainee", "2017", "2017"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Patient-specific finite element models of the knee meniscus from 3T MRI", "Journal of Biomechanics",
          2025, True),
        P("Poroelastic load sharing after meniscal root repair: a parametric study",
          "Annals of Biomedical Engineering", None, True, "under review"),
        P("Few-shot meniscus segmentation with anatomical priors", "MICCAI Workshop", 2024, False),
        P("Fractional-order viscoelastic models of articular cartilage", "EMBC", 2021, True),
    ],
    research_interests_any=["Computational biomechanics", "Soft-tissue constitutive modelling",
                            "Medical image segmentation"],
    awards_count=4, language="en",
    layout="Egyptian PhD candidate seeking a postdoc, Canva-like HTML/CSS one-pager with a dark coloured sidebar "
           "and skill bars, printed by headless Chromium, A4",
    notes="Sidebar (left, dark teal): initials avatar, CONTACT (city, e-mail, UK phone, LinkedIn, GitHub), "
          "RESEARCH INTERESTS, TECHNICAL SKILLS and LANGUAGES with CSS bars (no text for the levels). The narrow "
          "sidebar breaks words anywhere: the e-mail wraps as 'nourhan.elsherbiny@example.co' / 'm' and the "
          "LinkedIn URL as '...elsherbin' / 'y-example'; the main column's 21 pt name wraps 'Nourhan Abdelrahman "
          "El-' / 'Sherbiny'. In the text layer sidebar and main column interleave line by line. Education: "
          "degree bold with dates right ('Oct 2022 – Mar 2026 (expected)'), institution italic below; MSc/BSc "
          "at the same university with year ranges. Experience: title bold + dates, organisation italic below; "
          "the Doctoral Researcher post is a job (it is printed among the positions), 'Summer 2017' = 2017–2017. "
          "Publications <ol> 4 items (own name bold): journal 2025, '(under review)', a MICCAI 2024 workshop "
          "paper (venue 'MICCAI Workshop'), 'Proc. IEEE EMBC 2021' (venue EMBC); first author 3. The 'Posters:' "
          "line is not counted. Awards 4 with years right.",
)

LABELS["08"] = dict(
    name="Thaís Moreira Barbosa-Lins", name_any=["Thais Moreira Barbosa-Lins"],
    emails=["thais.barbosalins@example.org"], phones=["+559255550134"],
    links=["orcid.org/0000-0003-5550-0134", "github.com/tmbl-example"],
    education=[E("Instituto Nacional de Pesquisas da Amazônia (INPA)", "phd", "2023-03", "2027-02"),
               E("University of Exeter", "other", "2025-09", "2026-02"),
               E("Universidade de Brasília (UnB)", "master", "2021", "2023"),
               E("Universidade Federal do Pará (UFPA)", "bachelor", "2016", "2020")],
    experience=[
        J("Laboratory of Herpetology, UFPA", "Undergraduate research fellow (PIBIC/CNPq)", "2018", "2020"),
        J("Verde Norte Consultoria Ambiental", "Environmental consultant (part-time)", "2019-01", "2019-12"),
        J("Biological Dynamics of Forest Fragments Project (PDBFF), INPA", "Field technician (DTI fellowship)",
          "2020-08", "2021-02"),
        J("UnB", "Teaching internship (estágio docência), Population Ecology", "2022-03", "2022-07"),
    ],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Edge effects on leaf-litter frog communities twenty years after fragmentation", "Biotropica", 2025, True),
        P("Passive acoustic monitoring reveals delayed breeding of Amazonian frogs after the 2023 drought",
          "bioRxiv", 2025, True, "preprint"),
        P("Acoustic niche partitioning in Amazonian treefrogs", "Journal of Tropical Ecology", 2024, False),
        P("Ocupação de anuros em fragmentos florestais da Amazônia Central", "Acta Amazonica", 2023, True),
        P("Drought legacies in Amazonian amphibian occupancy: a multi-season model", "Global Change Biology", None,
          True, "under review"),
    ],
    research_interests_any=["habitat fragmentation", "drought legacies", "passive acoustic monitoring"],
    awards_count=4, language="en",
    layout="Brazilian ecology PhD student, GitHub Markdown (emoji contact line, blockquote summary, awards table)",
    notes="Markdown: '# name', a subtitle line, emoji contact line (📧 📱 ORCID link, GitHub link), a blockquote "
          "with the research topics in bold (taken as interests). Education as bold degree — institution, italic "
          "dates line: PhD 'Mar 2023 – Feb 2027 (expected)'; a sandwich doctorate at Exeter (doutorado sanduíche) "
          "= other; MSc 2021 – 2023; Bacharelado 2016 – 2020 = bachelor. Experience bullets 'Title, organisation — "
          "dates' in chronological (not reverse) order; a PIBIC fellowship with years only; the teaching internship "
          "is at 'UnB' (its course name printed before it). Publications: Vancouver-like '**Barbosa-Lins TM**, ... "
          "(year)', a bioRxiv preprint with its year, a Portuguese title, 'Submitted to Global Change Biology' "
          "(under review, no year). First author 4. Awards and grants: Markdown table, 4 rows (scholarships count "
          "as awards).",
)

LABELS["09"] = dict(
    name="Rowan Ibarra-Whitlock",
    emails=["rowan.iw@example.edu"], phones=["+12025550183"],
    links=["rowan-iw.example.org", "github.com/riw-example"],
    education=[E("Johns Hopkins University", "phd", "2020-09", "2026-05"),
               E("University of Wisconsin–Madison", "bachelor", "2016-09", "2020-05")],
    experience=[
        J("Johns Hopkins University, Department of Neuroscience", "Graduate Researcher (Achterberg-Nwosu Lab)",
          "2021-01", "present"),
        J("Johns Hopkins University", "Teaching Assistant, Systems Neuroscience (AS.080.305)", "2022", "2023"),
        J("Allen Institute for Brain Science", "Summer Research Intern", "2019-06", "2019-08"),
        J("Waisman Center, University of Wisconsin–Madison", "Undergraduate Research Assistant", "2017-09",
          "2020-05"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Thalamic gating of whisker-evoked activity during active sensing", "Neuron", 2025, True),
        P("Sleep spindles predict next-day improvement in a whisker discrimination task", "Current Biology", None,
          True, "under review"),
        P("A low-cost closed-loop optogenetics rig for freely moving mice", "eNeuro", 2023, True),
        P("Corticothalamic feedback sharpens touch-evoked responses in POm", None, None, False, "in preparation"),
    ],
    research_interests_any=["Sensory thalamus", "active sensing", "closed-loop neurotechnology"],
    awards_count=4, language="en",
    layout="US neuroscience final-year PhD, RenderCV 2.3 engineeringresumes theme (Typst, XCharter), letter",
    notes="RenderCV: centred name, connections line (the phone printed '(202) 555-0183'). Education 'Institution, "
          "PhD in Area – City | Sept 2020 – May 2026' with an 'Expected May 2026' highlight (end 2026-05); BS "
          "Sept 2016 – May 2020. Experience 'Position, Company – City | dates', company strings carrying a "
          "department ('Johns Hopkins University, Department of Neuroscience', which hyphenates 'Depart-ment' "
          "across the line) and 'present'; a TA 'Spring 2022 and Spring 2023' = 2022–2023 whose date wraps. "
          "Publications as RenderCV publication entries: title line with month-year right, authors, journal line; "
          "the journal line carries the status ('Under review at Current Biology (bioRxiv preprint)' = under "
          "review; 'In preparation'); '†' equal contribution with the first author (counts); first author 3. Year "
          "only for published items. Posters and talks are not counted. Honors '2024: …' one-line entries, 4 "
          "(NRSA F31 and Kavli fellowships count as awards).",
)

LABELS["10"] = dict(
    name="祁若岚", name_any=["Ruolan Qi", "Qi Ruolan"],
    emails=["qiruolan@example.edu.cn"], phones=["+8613800138427"], links=[],
    education=[E("北京科技大学", "phd", "2021-09", "2026-06"),
               E("新加坡国立大学", "other", "2024-03", "2025-03"),
               E("中南大学", "master", "2018-09", "2021-06"),
               E("郑州大学", "bachelor", "2014-09", "2018-06")],
    experience=[
        J("北京科技大学 新材料技术研究院", "科研助理", "2025-04", "present"),
        J("北京科技大学 材料科学与工程学院", "助教", "2022-09", "2023-01"),
        J("中国宝武钢铁集团 中央研究院", "研发实习生", "2021-07", "2021-08"),
    ],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Hydrogen trapping at κ-carbides in lightweight austenitic steels", "Acta Materialia", 2025, True),
        P("In-situ TEM observation of hydrogen-enhanced dislocation emission at κ-carbide interfaces",
          "Nature Communications", 2024, True),
        P("轻质高强钢氢脆研究进展", "金属学报", 2024, True),
        P("Machine-learning-guided design of hydrogen-tolerant Fe–Mn–Al–C steels", "Scripta Materialia", 2023, True),
        P("Serrated flow in a Fe–28Mn–9Al–0.9C steel at cryogenic temperatures",
          "Materials Science and Engineering: A", 2022, False),
        P("Hydrogen-resistant lightweight steels by interface design", "Nature Materials", None, True,
          "under review"),
    ],
    research_interests_any=["先进高强钢", "氢脆机理", "原位电子显微学"],
    awards_count=5, language="zh",
    layout="Chinese 博士后申请 CV, hand-written Typst with ruled tables and shaded header cells (Noto CJK), A4, 2 pages",
    notes="Title '博士后申请 · 个人简历' (no name in it); the name appears only in the 基本信息 grid "
          "('姓名 | 祁若岚 | 性别 | 女', 出生年月, 政治面貌, 手机 '138 0013 8427' without +86, 邮箱, 研究方向 and "
          "申请岗位 rows). 教育经历 table 起止时间|学校|专业|学历/学位|导师: '2021.09 – 2026.06（预计）' (the "
          "'（预计）' wraps under the date), 联合培养博士 at NUS (CSC) = other, 硕士, '本科 / 工学学士' (the cell "
          "wraps '工学学' / '士'). 科研与工作经历 table 起止时间|单位|职务/内容 with the role before '：' and a "
          "description after it; '至今' = present. 学术论文 '[1]'..'[6]', own name bold, '#' equal contribution "
          "(counts as first), '*' corresponding; a Chinese [J] item; '在审（Under review）'. The patent line is "
          "not counted (6); first author 5. 获奖情况 table 5 rows.",
)

LABELS["11"] = dict(
    name="Jiahe Ouyang", name_any=["Jiahe Ouyang 欧阳嘉禾", "欧阳嘉禾", "Ouyang Jiahe"],
    emails=["jiahe.ouyang@example.ac.uk"], phones=["+8613800138519", "+442079460832"],
    links=["jiahe-ouyang.example.org"],
    education=[E("University of Warwick", "master", "2024-09", "2025-09"),
               E("Sun Yat-sen University", "bachelor", "2020-09", "2024-06"),
               E("University of California, Berkeley", "other", "2022-06", "2022-08")],
    experience=[
        J("Shenzhen Research Institute of Big Data", "Research Assistant", "2025-10", "present"),
        J("University of Warwick", "Graduate Teaching Assistant", "2025-01", "2025-03"),
        J("China International Capital Corporation (CICC)", "Quantitative Research Intern", "2024-06", "2024-08"),
        J("School of Mathematics, Sun Yat-sen University", "Undergraduate Research Assistant", "2023-03", "2024-05"),
    ],
    publications_count=2, first_author_count=2,
    publications_sample=[
        P("Conformal prediction for spatio-temporal air-quality forecasting", "Statistics and Computing", None, True,
          "under review"),
        P("基于分位数回归森林的珠三角PM2.5区间预测", "统计与决策", 2024, True),
    ],
    research_interests_any=["Conformal prediction", "spatio-temporal statistics", "quantile regression"],
    awards_count=4, language="zh+en",
    layout="bilingual Chinese/English MSc statistics graduate, moderncv banking style (XeLaTeX, xeCJK), A4",
    notes="moderncv banking (nosymbols): the name and title share one line 'Jiahe Ouyang 欧阳嘉禾 | MSc "
          "Statistics graduate ・统计学硕士' (wrapped), contact letters 'M', 'T', 'E', 'W', 'gh' before the "
          "values (mobile +86, fixed +44 20 7946 0832); 'gh jhouyang-example' is not a URL. Bilingual headings "
          "'教育背景 Education'. Entries: institution bold with the city right, then 'degree, grade' with the "
          "dates right ('2024.09–2025.09'); a Berkeley summer session = other. Experience the same shape, "
          "organisation first; '2025.10–至今 present' = present. Publications '1:'/'2:' items: 'Submitted to "
          "Statistics and Computing, 2025' = under review (no year scored), a Chinese [J] item 2024; first "
          "author 2. Honours 4 ('2023: 国家奖学金 National Scholarship', MCM Meritorious).",
)

LABELS["12"] = dict(
    name="Callum Fenwick-Adeyemi", name_any=["CALLUM FENWICK-ADEYEMI"],
    emails=["c.fenwick-adeyemi@example.ac.uk"], phones=["+447700900412"],
    links=["github.com/cfa-example"],
    education=[E("University of Edinburgh", "master", "2025-09", "2026-09"),
               E("Durham University", "bachelor", "2021", "2025"),
               E("Uppsala University", "other", "2023-09", "2024-06"),
               E("Hills Road Sixth Form College", "other", "2019", "2021")],
    experience=[
        J("Centre for Extragalactic Astronomy, Durham University", "Summer Research Intern", "2024-06", "2024-08"),
        J("Rutherford Appleton Laboratory", "Nuffield Research Placement student", "2020", "2020"),
        J("Elvet Bridge Coffee Co.", "Barista (part-time, 12 h/week)", "2021-10", "2025-05"),
        J("Department of Physics, Durham University", "Outreach Demonstrator", "2022", "2025"),
    ],
    publications_count=1, first_author_count=0,
    publications_sample=[
        P("Ram-pressure stripping signatures in simulated group satellites", "MNRAS", None, False, "under review"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="UK physics BSc graduate now on an MSc, plain-text CV (upper-case headings, dashed rules, left date "
           "column for education, right-aligned dates for jobs)",
    notes="Plain text: upper-case name, one contact line with a UK mobile (07700 900412, no +44). Education with "
          "a left date column and the degree then institution on the next line: MSc 'Sep 2025 - Sep 2026 "
          "(expected)', BSc (Hons) 2021 - 2025, a Turing-scheme exchange year at Uppsala (other), A-levels at a "
          "sixth-form college (other, dated 2019 - 2021). Research and work experience: 'Title .... dates' right-"
          "aligned with the organisation on the next line; 'Summer 2020' = 2020–2020; a part-time barista job and "
          "an outreach post with years only. Projects (group project, hackathon) are not jobs. One submitted "
          "paper where he is second author ('submitted to Monthly Notices ... (MNRAS), 2025' = under review); "
          "the poster line is not counted. Awards 3 (the hackathon 3rd place is listed both under Projects and "
          "Awards; counted once). Skills with '#####' ratings.",
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
