"""Hand-written labels of heldout23 (the score.py format), one function per file."""
from __future__ import annotations


def edu(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS: dict[str, dict] = {}


def label(num: str, **kw) -> None:
    base = {"file": None, "name": None, "name_any": [], "emails": [], "phones": [], "links": [],
            "education": [], "experience": [], "publications_count": 0, "first_author_count": 0,
            "publications_sample": [], "research_interests_any": [], "awards_count": 0,
            "language": "en", "layout": "", "notes": ""}
    base.update(kw)
    LABELS[num] = base


label(
    "01",
    file="01_us_neuroscience_phd-applicant_latexcv-classic.pdf",
    name="Talia M. Brennan-Osei",
    name_any=["Talia Brennan-Osei", "TALIA M. BRENNAN-OSEI"],
    emails=["tbosei@umich.example.edu"],
    phones=["+17345550142"],
    links=["https://taliabrennanosei.example.com", "https://github.com/tbosei-neuro"],
    education=[
        edu("University of Michigan, Ann Arbor", "bachelor", "2022-08", "2026-05"),
        edu("The University of Edinburgh", "other", "2025-01", "2025-05"),
    ],
    experience=[
        job("Affective Memory Lab, University of Michigan", "Undergraduate Research Assistant", "2023-09", "present"),
        job("University of Michigan", "Instructional Aide (Undergraduate TA)", "2024-01", "2024-12"),
        job("University of Michigan", "Peer Tutor", "2022-09", "2023-04"),
    ],
    publications_count=4,
    first_author_count=2,
    publications_sample=[
        pub("Arousal-linked pupil dynamics predict overnight retention of emotional scenes", "bioRxiv", 2025, True,
            "preprint"),
        pub("A low-latency ripple detector for open-source acquisition systems", "Journal of Neuroscience Methods",
            2024, True, "published"),
        pub("Emotional salience and the stability of hippocampal pattern similarity across sleep", "Hippocampus",
            None, False, "under review"),
        pub("A shared-response model of emotional scene encoding", None, None, False, "in preparation"),
    ],
    research_interests_any=["memory consolidation", "affective neuroscience", "closed-loop neuromodulation"],
    awards_count=5,
    layout="US neuroscience PhD applicant (senior undergraduate), jankapunkt/latexcv 'classic' (pdfLaTeX, "
           "URW Helvetica for Raleway)",
    notes="Template quirks: the name in \\textsc prints as 'TALIA M. B RENNAN -O SEI' in the text layer and runs "
          "into 'CV' and the subtitle line; contact sits right-aligned in the 'metasection' rows beside "
          "Status/Interests/Methods lines; homepage and GitHub again in the artificial footer. Education: "
          "'Aug 2022 - Expected May 2026' wraps in the date column (end = the printed expected month, 2026-05), "
          "honours thesis with '(Advisor: ...)' inside the degree (not a paper); an exchange semester at "
          "Edinburgh listed under Education is an education entry of level 'other' (New here). Research "
          "Experience mixes a post ('Undergraduate Research Assistant - Affective Memory Lab, University of "
          "Michigan', a job) with two 'Project: <title> - <programme>' blocks with Supervisor:/Mentor: lines "
          "(projects, not jobs). Employment and Teaching: a paid undergraduate TA post and a peer-tutor post "
          "(jobs, organisation University of Michigan). Publications & Preprints has 'First Author' and "
          "'Co-author' sub-headings on their own lines with numbering restarting at 1: a bioRxiv preprint "
          "(2025), a J Neurosci Methods paper with '*' equal contribution defined in the entry (she is second "
          "with '*', so first author), '(under review)' at Hippocampus (status under review, no year), "
          "'(in preparation)' (no venue). Posters and Talks are not papers. Honors and Awards: 5 (Goldwater HM, "
          "SURF fellowship with a $ stipend, UROP fellowship, Angell Scholar '2023, 2024' counted once, Phi "
          "Beta Kappa). Interests: the 'Interests:' metasection keywords.",
)

label(
    "02",
    file="02_in_chemistry_phd-student_latexcv-twocolumn.pdf",
    name="Sneha L. Narayanan",
    name_any=["Sneha Lakshmi Narayanan", "SNEHA L. NARAYANAN"],
    emails=["sneha.narayanan@iitb.example.ac.in"],
    phones=["+919876500417"],
    links=[],
    education=[
        edu("IIT Bombay", "phd", "2021-07", "present"),
        edu("University of Hyderabad", "master", "2019", "2021"),
        edu("St. Xavier's College, Mumbai", "bachelor", "2016", "2019"),
    ],
    experience=[
        job("Dept. of Chemistry, IIT Bombay", "Senior Research Fellow (CSIR-SRF)", "2023-07", "present"),
        job("Dept. of Chemistry, IIT Bombay", "Junior Research Fellow (CSIR-JRF)", "2021-07", "2023-06"),
        job("IIT Bombay", "Teaching Assistant, CH 117 General Chemistry Lab", "2022-01", "2023-11"),
        job("CSIR-National Chemical Laboratory, Pune", "Summer Research Fellow (IAS-INSA-NASI SRFP)", "2020-05",
            "2020-07"),
    ],
    publications_count=5,
    first_author_count=4,
    publications_sample=[
        pub("Ligand-field tuning of Co(II) single-ion magnets by remote substituents", "Inorg. Chem.", 2024, True,
            "published"),
        pub("Slow magnetic relaxation in a pentagonal-bipyramidal Dy(III) phosphine-oxide complex", "Dalton Trans.",
            2023, True, "published"),
        pub("Zero-field SMM behaviour in a linear Co(II) amide", "Chem. Commun.", 2025, False, "published"),
        pub("Quantum tunnelling suppression by second-sphere hydrogen bonds in Dy(III) SIMs", "Chem. Sci.", None,
            True, "under review"),
        pub("Magneto-structural correlations across a Co(II) bis-pyrazolylborate series", None, None, True,
            "in preparation"),
    ],
    research_interests_any=["molecular magnetism", "single-molecule magnets", "lanthanide coordination chemistry"],
    awards_count=3,
    layout="Indian chemistry PhD scholar, jankapunkt/latexcv 'two_column' (pdfLaTeX, URW Helvetica for Roboto "
           "Thin), side-by-side minipages, contact only in the fancyhdr centre header, photo placeholder",
    notes="Contact is only in the running centre header ('Name · PhD Scholar, Chemistry · Powai, Mumbai 400076 · "
          "e-mail · +91 98765 00417'); the name is split over a colour box in small caps ('SNEHA L.' | "
          "'NARAYANAN'). Education (left minipage) and 'Research & Work' (right minipage) stand side by side, so "
          "a text layer interleaves them row by row; each event prints 'dates - organisation' on one line and "
          "the bold title below. PhD 'Jul 2021 - present' (synopsis expected Dec 2026 is a remark, end = "
          "present); M.Sc. 2019-2021; B.Sc. (Hons.) at St. Xavier's College, Mumbai (University of Mumbai on the "
          "next line). CSIR-SRF and CSIR-JRF posts are jobs (heldout15: funded research-fellow posts are jobs); a "
          "paid TA post is a job; the IAS-INSA-NASI summer research fellowship with a title at CSIR-NCL is a "
          "job (a post with title, organisation and dates under a work heading). Publications: heading "
          "defines '*' corresponding author (not first authorship) and '†' equal contribution; 'Published' [1]-[3] "
          "then 'Submitted / In preparation' restarting at [1]; ACS style with bold year ('Inorg. Chem. 2024, 63'); "
          "'Under review at Chem. Sci.' (under review, no year), 'Manuscript in preparation'. First-author count "
          "4 ([1], [2] with '†' beside the first author, and both submitted items). Conference Presentations are "
          "not papers. 'Awards, Fellowships & Exams' on one line separated by '·': awards = Best Poster Award, "
          "University Gold Medal, INSPIRE SHE scholarship (3); CSIR-UGC NET JRF and GATE ranks are exams and the "
          "SERB International Travel Support is a travel grant (not awards). A Declaration sits in the footer "
          "band. Interests: the 'Research:' metasection.",
)

label(
    "03",
    file="03_de_physics_postdoc_modernpro-single.pdf",
    name="Miriam Hohenegger",
    name_any=["Dr. Miriam Hohenegger"],
    emails=["m.hohenegger@mpl.example.de"],
    phones=["+4991315550162"],
    links=["https://miriamhohenegger.example.eu"],
    education=[
        edu("Ludwig-Maximilians-Universität München", "phd", "2018-10", "2022-12"),
        edu("Technische Universität München", "master", "2016-10", "2018-09"),
        edu("Universität Wien", "bachelor", "2013-10", "2016-07"),
    ],
    experience=[
        job("Max Planck Institute for the Science of Light", "Postdoctoral Researcher", "2024-04", "present"),
        job("ICFO – The Institute of Photonic Sciences", "Marie Skłodowska-Curie Postdoctoral Fellow", "2023-01",
            "2024-03"),
        job("Ludwig-Maximilians-Universität München", "Doctoral Researcher (wissenschaftliche Mitarbeiterin)",
            "2018-10", "2022-12"),
        job("TU Munich", "Tutor (studentische Hilfskraft)", "2016-10", "2018-07"),
    ],
    publications_count=8,
    first_author_count=5,
    publications_sample=[
        pub("Coherent coupling of librational and centre-of-mass motion in vacuum", "Nature Physics", 2024, False,
            "published"),
        pub("Cavity cooling of a levitated nanorotor to its librational ground state", "Physical Review Letters",
            2023, True, "published"),
        pub("Optical spring engineering with structured light", "New Journal of Physics", 2025, True, "in press"),
        pub("A compact vacuum platform for levitated optomechanics in undergraduate labs", "arXiv", 2025, False,
            "preprint"),
        pub("Rotational optomechanics with levitated nanoparticles", None, 2022, True, "published"),
    ],
    research_interests_any=["quantum optomechanics", "levitated nanoparticles", "precision sensing"],
    awards_count=4,
    layout="German physics postdoc applying for tenure-track/junior group leader posts, jxpeng98/Typst-CV-Resume "
           "'modernpro-cv' single layout (Typst via typst-py, Liberation Serif), publications rendered by Typst's "
           "own bibliography engine in chicago-author-date",
    notes="Name, address and the '|'-joined contact line repeat as a page header on both pages (continue-header); "
          "the footer has 'Last updated: 2026-01-15 · name · Page n / 2'. The contact shows 'ORCID 0009-...' as "
          "text only (the orcid.org URL is only a link annotation), so only the homepage is labelled as a link. "
          "Positions use the template's job(): title left / place right, then organisation / 'MM/YYYY – present'. "
          "German dates MM/YYYY. The LMU doctoral post (wissenschaftliche Mitarbeiterin) is a job as well as the "
          "Dr. rer. nat. degree; the MSCA fellowship is a job at ICFO and, listed under 'Fellowships and Awards', "
          "also an award (heldout15 convention). Tutor (studentische Hilfskraft) with its own dates under "
          "'Teaching and Supervision' is a job; a one-term lecture 'WS 2021/22' inside the PhD post and "
          "'Co-supervised ...' are not. An exchange semester at ETH appears only as a bullet of the master's "
          "(not an entry). Publications: the template's `+ @key` list with cite(form: full), numbers restart "
          "under 'Peer-reviewed journal articles' (1-5), 'Preprints and submitted manuscripts' (1-2) and 'Thesis' "
          "(1). Typst's chicago-author-date prints 'Surname, Given, Given Surname, and ... YEAR. “Title in Title "
          "Case.” Journal vol (no): pages' and mangles a few things as real Typst output does ('Physical Review "
          "a', page 043601 printed '43601', no school for the dissertation). Own name not bold. Statuses are typed "
          "after the reference: '(accepted, in press)' = in press with the printed 2025; preprint 1 is "
          "'arXiv:2509.01734 [quant-ph]; under review at PRX Quantum' (not sampled: arXiv preprint and under "
          "review at once); preprint 2 'arXiv:2511.04410' = preprint 2025. The doctoral dissertation is counted "
          "(heldout15), no venue. First-author count 5 (PRL, Opt. Express, NJP, preprint 1, thesis). Awards 4 (MSCA "
          "fellowship, dissertation prize, best student paper award, Studienstiftung); 'Third-Party Funding' (DFG, "
          "seed grant) are grants. References: two referees' e-mails (not the candidate's).",
)

label(
    "04",
    file="04_cn_en_ee_phd-applicant_modernpro-double.pdf",
    name="Yiran Zhou",
    name_any=["Yiran Zhou (周怡然)", "周怡然", "Zhou Yiran"],
    emails=["yiran.zhou@sjtu.example.edu.cn"],
    phones=["+8618655502736"],
    links=["https://github.com/yrzhou-isac", "https://yrzhou.example.io"],
    education=[
        edu("Shanghai Jiao Tong University (SJTU)", "master", "2023-09", "2026-03"),
        edu("Harbin Institute of Technology (HIT)", "bachelor", "2019-09", "2023-06"),
        edu("National University of Singapore", "other", "2022-07", "2022-08"),
    ],
    experience=[
        job("Huawei Technologies Co., Ltd.", "Research Intern, Wireless Technology Lab", "2025-06", "2025-09"),
        job("Shanghai Jiao Tong University", "Teaching Assistant, Digital Signal Processing (EI331)", "2024-02",
            "2024-06"),
    ],
    publications_count=5,
    first_author_count=3,
    publications_sample=[
        pub("CRB-constrained RIS beamforming for target tracking in ISAC systems", "IEEE Trans. Wireless Commun.",
            2025, True, "published"),
        pub("Sensing-assisted handover for RIS-aided networks", "IEEE Wireless Commun. Lett.", None, False,
            "under review"),
        pub("Joint beam tracking and communication with a passive RIS", "IEEE WCSP", 2025, True, "published"),
        pub("Unfolded expectation propagation for massive MIMO detection", "ICC Workshop", 2024, False, "published"),
        pub("A low-PAPR OFDM-chirp waveform for joint radar-communication", "IEEE VTC2026-Spring", None, True,
            "accepted"),
    ],
    research_interests_any=["integrated sensing and communication", "reconfigurable intelligent surfaces",
                            "MIMO detection"],
    awards_count=5,
    layout="Chinese master's student applying for a PhD, English CV, jxpeng98/Typst-CV-Resume 'modernpro-cv' "
           "double layout (1fr:2fr grid; Open Sans + Noto Sans CJK SC)",
    notes="Name with the Chinese name in brackets 'Yiran Zhou (周怡然)'; contact line '(+86) 186-5550-2736 | e-mail | "
          "github | homepage'. Left column: Research Interests (one sentence), Skills (TOEFL/GRE scores under "
          "Languages: tests, not awards), Honors & Awards (5: National Scholarship with RMB amount, Outstanding "
          "Graduate, contest First Prize, People's Scholarship 'First Class (x3)' counted once, and a Best Paper "
          "Award that points to paper [C1]), Service. Right column: Education with 'Sep 2023 – Mar 2026 "
          "(expected)' wrapping after the place (end 2026-03), B.Eng. at HIT, and a two-month NUS summer "
          "workshop '(exchange)' listed as an education entry (level other, New here as in 01). Research "
          "Experience entries are project titles with lab and 'Advisor:'/'Supervisor:' lines (not jobs); "
          "'Internship & Teaching': Huawei research intern and a TA post (jobs). Publications: the sub-heading "
          "runs into the first entry ('Journal Papers [J1] ...', 'Conference Papers [C1] ...'), [J]/[C] "
          "prefixes, own name bold, [J1] with '*' and a separate line '(*co-first author)' (first author anyway), "
          "'[J2] ... IEEE Wireless Commun. Lett., under review', '[C1] ... Proc. IEEE WCSP, Oct. 2025 (Best Paper "
          "Award)' (published 2025), '[C2] ... Proc. IEEE ICC Workshops ... 2024' (venue 'ICC Workshop' by the "
          "contract's workshop rule), '[C3] ... accepted to IEEE VTC2026-Spring' (accepted; the year is only in "
          "the venue name, so year not scored). First-author count 3 (J1, C1, C3). The two-column grid spills "
          "onto a second page in the right column only.",
)

label(
    "10",
    file="10_zh_ecology_phd-applicant_modernpro-cjk.pdf",
    name="林书瑶",
    name_any=["Lin Shuyao"],
    emails=["linshuyao@ecology.example.cn"],
    phones=["+8618655507319"],
    links=[],
    education=[
        edu("南京大学", "master", "2023-09", "2026-06"),
        edu("中山大学", "bachelor", "2019-09", "2023-06"),
    ],
    experience=[
        job("中国科学院南京土壤研究所", "科研助理（暑期）", "2022-07", "2022-08"),
        job("南京大学 生命科学学院", "本科生课程助教（《普通生态学》）", "2024-02", "2024-06"),
    ],
    publications_count=5,
    first_author_count=4,
    publications_sample=[
        pub("潮汐淹水频率对红树林土壤甲烷通量的影响", "生态学报", 2025, True, "published"),
        pub("Tidal lags in soil CO2 efflux of a subtropical mangrove", "Agricultural and Forest Meteorology", 2024,
            True, "published"),
        pub("基于Sentinel-2的雷州半岛红树林地上生物量估算", "遥感学报", None, False, "accepted"),
        pub("Blue carbon burial under sea-level rise: a meta-analysis", "Global Change Biology", None, True,
            "under review"),
        pub("珠江口滩涂底栖动物功能多样性与沉积物有机碳", None, None, True, "in preparation"),
    ],
    research_interests_any=["湿地碳循环", "红树林蓝碳", "稳定同位素生态学"],
    awards_count=4,
    language="zh",
    layout="Chinese 博士申请 个人简历 (master's student, ecology), jxpeng98/Typst-CV-Resume 'modernpro-cv' single "
           "layout with Noto Serif CJK SC",
    notes="Name alone as the centred title; the address line carries the application ('博士研究生申请（2026年秋季入学） · "
          "生态学 · 中共党员 · 1999年11月'); contact '电话：186-5550-7319 | 邮箱：... | address'. 教育背景: '南京大学 "
          "生命科学学院, 南京' with '2023.09 – 2026.06（预计）' (end 2026-06), '生态学 硕士（推免），导师：…'; 中山大学 "
          "bachelor; a semester as 交换生 at 台湾大学 only inside a bullet (not an entry). 科研经历: an NSFC project "
          "with '（参与，第三完成人）' and a 大创 project with 指导老师 (projects: not jobs, papers or awards). "
          "实习与工作经历: a summer 科研助理 at 中国科学院南京土壤研究所 and a 课程助教 post (jobs; title above "
          "organisation as the template's job() prints it). 学术成果: '期刊论文 [1]…' with the sub-heading run into "
          "the first entry, GB/T 7714 [J] style, own name bold, '*' = corresponding author (not first "
          "authorship), an English paper with '（SCI一区，IF=5.6）', '遥感学报, 已录用' (accepted, no year); 在投/待投 "
          "restarts at [1]: 'Global Change Biology, 修改后再审（Major revision）' (under review) and '撰写中' (in "
          "preparation). 会议报告 (an oral and a poster) are talks, not papers. 荣誉奖励 4 (国家奖学金 with amount, "
          "优秀研究生, 优秀毕业生, 一等奖学金 '2020、2021' counted once). CET-6/IELTS and a driving licence under "
          "技能与证书 are not awards.",
)

label(
    "05",
    file="05_us_biostatistics_phd-candidate_pagedown-resume.pdf",
    name="Pia Raman-Holt",
    name_any=["PIA RAMAN-HOLT"],
    emails=["praman-holt@jhu.example.edu"],
    phones=["+14105550173"],
    links=["https://github.com/piaramanholt", "https://piaramanholt.example.com"],
    education=[
        edu("Johns Hopkins Bloomberg School of Public Health", "phd", "2021", "2026-05"),
        edu("Johns Hopkins Bloomberg School of Public Health", "master", "2021", "2023"),
        edu("University of Toronto", "bachelor", "2016", "2020"),
    ],
    experience=[
        job("Center for Clinical Trials and Evidence Synthesis, Johns Hopkins University",
            "Graduate Research Assistant", "2022", "present"),
        job("Genentech, Inc.", "Biostatistics Summer Intern", "2024-06", "2024-08"),
        job("The Hospital for Sick Children (SickKids)", "Statistical Analyst", "2020", "2021"),
        job("Johns Hopkins Bloomberg School of Public Health",
            "Teaching Assistant, Methods in Biostatistics I-IV (140.651-654)", "2022", "2024"),
    ],
    publications_count=5,
    first_author_count=4,
    publications_sample=[
        pub("Bayesian dynamic borrowing for rare-disease trials with heterogeneous historical controls",
            "Statistics in Medicine", 2025, True, "published"),
        pub("Doubly robust estimation of treatment effects under outcome-dependent missingness", "Biometrics", 2024,
            True, "published"),
        pub("A practical guide to estimands in pediatric trials", "Clinical Trials", None, False, "in press"),
        pub("Borrowing strength across pediatric subpopulations with hierarchical commensurate priors", None, None,
            True, "in preparation"),
    ],
    research_interests_any=["Bayesian adaptive clinical trials", "Causal inference with missing data",
                            "Estimands in pediatric trials"],
    awards_count=3,
    layout="US biostatistics PhD candidate on the academic job market, rstudio/pagedown html_resume (pandoc "
           "template resume.html + resume.css, its inline DOM script applied in Python) printed by WeasyPrint",
    notes="pagedown's résumé: a grey right sidebar (Contact Info, Research Interests, Skills, the pagedown "
          "disclaimer 'Last updated on 2025-11-01'), a capitalised title 'PIA RAMAN-HOLT' (CSS text-transform, so "
          "the text layer is upper case) over a tagline. Every entry is the template's four-paragraph block "
          "(title / place / location / date) turned into a left date column where 'A - B' is split into two "
          "stacked spans joined by a '|' rule: '2021 | May 2026 (exp.)' (PhD end 2026-05), '2022 | present', "
          "'Jun 2024 | Aug 2024'; location right-aligned (a long organisation overlaps it: 'Johns Hopkins "
          "Baltimore, MD University'). 'N/A' paragraphs are dropped, as the template does. An en-route ScM is a "
          "degree. Research Experience mixes jobs (GRA at the CCTES centre, Genentech summer intern, SickKids "
          "analyst) with a 'Project: ...' block whose place line is 'Advisor: ...' (a project, not a job); the "
          "TA post under Teaching Experience is a job. Publications are template blocks too: title as the "
          "heading, journal as 'place', the year in the date column, authors below with own name bold; "
          "'In press' sits in the date column (no year: status in press, year not scored); co-first '*' on "
          "the second author (first author); the arXiv item '... -- under review at Biostatistics' is counted "
          "but not sampled (preprint and under review at once); 'Manuscript in preparation' has no date. "
          "First-author count 4. Honors and Awards 3 (ENAR student paper award, Merrell award, NSERC PGS D "
          "scholarship '2021 | 2024'). Selected Talks (a talk and a poster) are not papers.",
)

label(
    "06",
    file="06_nl_epidemiology_postdoc_markdowncv-kjhealy.pdf",
    name="Sanne Mulder-Kaya",
    name_any=["Sanne Mulder-Kaya, PhD"],
    emails=["s.mulderkaya@erasmusmc.example.nl"],
    phones=["+31105550148"],
    links=["https://sannemulderkaya.example.nl"],
    education=[
        edu("Erasmus University Rotterdam", "phd", "2019", "2023"),
        edu("Utrecht University", "master", "2017", "2019"),
        edu("University of Toronto", "other", "2016", "2016"),
        edu("University College Roosevelt", "bachelor", "2014", "2017"),
    ],
    experience=[
        job("Erasmus MC", "Postdoctoral researcher", "2023", "present"),
        job("Harvard T.H. Chan School of Public Health", "Visiting researcher", "2024-09", "2024-11"),
        job("Julius Center, UMC Utrecht", "Student research assistant", "2017", "2019"),
        job("NIHES", "Small-group tutor", "2020", "2022"),
    ],
    publications_count=7,
    first_author_count=5,
    publications_sample=[
        pub("Prenatal NO2 exposure and preschool wheezing: a mediation analysis", "Eur Respir J", 2023, True,
            "published"),
        pub("Road-traffic noise and sleep duration in school-age children", "Environ Health Perspect", 2024, True,
            "published"),
        pub("Emulating a target trial of classroom air filtration and asthma exacerbations", "Am J Epidemiol", None,
            True, "in press"),
        pub("Triangulation in environmental epidemiology: a scoping review", "Int J Epidemiol", 2021, False,
            "published"),
        pub("Separable effects of prenatal smoking on childhood asthma", "Epidemiology", None, True,
            "under review"),
        pub("Breathing the city: prenatal and early-life exposures and respiratory health in a birth cohort", None,
            2023, True, "published"),
    ],
    research_interests_any=["Air pollution and child respiratory health", "causal mediation analysis",
                            "target trial emulation"],
    awards_count=3,
    layout="Dutch epidemiology postdoc / assistant-professor candidate, elipapa/markdown-cv (Jekyll layout cv.html, "
           "'kjhealy' print style) with pandoc for kramdown, printed by WeasyPrint",
    notes="markdown-cv's kjhealy print CSS: red section headings right-aligned in a left margin column, dates as "
          "tiny grey `code` spans pulled into the margin ('2019 - 2023', 'Fall 2016', '2023 - now', 'Sep - Nov "
          "2024' wraps onto its own line), '__Institution__, place, degree' in one paragraph. Contact in a "
          "'webaddress' div under the italic subtitle: e-mail, homepage, '+31 (0)10 555 0148'. Name 'Sanne "
          "Mulder-Kaya, PhD' breaks over two lines in the big h1. Education: PhD (cum laude, promotor/"
          "copromotor lines), research master, an exchange semester 'Fall 2016' at Toronto as its own entry "
          "(level other, start=end=2016 as heldout15 reads term dates), BA at University College Roosevelt. "
          "Positions: Erasmus MC postdoc '2023 - now' (present), a three-month visiting researcher stay at "
          "Harvard Chan 'Sep - Nov 2024' (a job, heldout15: visiting posts are jobs; start 2024-09), a student "
          "research assistant post. Teaching: 'Small-group tutor (during PhD)' with its own dates is a job "
          "(organisation NIHES); a guest-lecture line is not. Publications: Markdown ordered lists under "
          "'Journals', 'Submitted', 'Thesis' restart at 1, but the CSS reset hides the numbers and pulls the "
          "lists out of the right column; Vancouver style, own name bold, '*Shared first authorship.' after "
          "entry 2 (she is second with '*': first author), 'Am J Epidemiol. In press.' (no year), 'Submitted "
          "to Epidemiology' (under review), the dissertation counted (heldout15). First-author count 5. 'Grants "
          "and awards': the NWO Veni grant is a grant; awards = Fulbright Scholarship, Best Early-Career "
          "Abstract, MSc Thesis Prize (3).",
)

label(
    "07",
    file="07_fr_linguistics_phd-student_markdown-cv.md",
    name="Camille Ferrand-Nakamura",
    emails=["camille.ferrand@u-paris.example.fr"],
    phones=["+33199004127"],
    links=["https://cferrand.example.org"],
    education=[
        edu("Université Paris Cité", "phd", "2023", "present"),
        edu("Université Sorbonne Nouvelle", "master", "2021", "2023"),
        edu("Kobe University", "other", "2022", "2022"),
        edu("Université de Strasbourg", "bachelor", "2018", "2021"),
    ],
    experience=[
        job("Université Paris Cité", "Doctoral contract (contrat doctoral) with teaching", "2023", "present"),
        job("NINJAL (National Institute for Japanese Language and Linguistics)", "Research intern", "2023-06",
            "2023-08"),
        job("Laboratoire de Phonétique et Phonologie (LPP)", "Research assistant", "2021", "2022"),
    ],
    publications_count=8,
    first_author_count=6,
    publications_sample=[
        pub("Peak delay in heritage Japanese: evidence from read speech", "Journal of Phonetics", 2025, True,
            "published"),
        pub("Les contours continuatifs en français parlé à Paris et à Lyon", "Journal of French Language Studies",
            2024, False, "published"),
        pub("Downstep and focus in bilingual children", "Laboratory Phonology", 2026, True, "accepted"),
        pub("Tonal crowding in French-Japanese bilinguals", "Interspeech", 2025, True, "published"),
        pub("Alignment of the Japanese accentual fall: an EMA pilot", "Speech Prosody", 2024, True, "published"),
        pub("Heritage prosody beyond transfer", "Bilingualism: Language and Cognition", None, True, "under review"),
        pub("Prosodic focus in heritage Japanese: a corpus study", None, None, True, "in preparation"),
    ],
    research_interests_any=["Intonation in contact varieties", "Japanese-French bilingual speech",
                            "prosodic focus marking"],
    awards_count=3,
    layout="French linguistics PhD student, elipapa/markdown-cv source as sent (.md: Jekyll front matter "
           "'layout: cv', kramdown, `date` code spans, raw HTML webaddress div, HTML comments)",
    notes="The Markdown source of a markdown-cv GitHub page: front matter with 'title: ...'s CV', '# Name' then an "
          "italic-less subtitle paragraph, a raw <div id=\"webaddress\"> with mailto link, homepage and the "
          "French fiction-range phone '+33 1 99 00 41 27'. Every entry is a backtick date line followed on the "
          "next line by '__Institution__, degree' (kramdown joins them into one paragraph), bullets under it. "
          "Education: '2023 - now' doctorate (present), Master at Sorbonne Nouvelle, an exchange semester "
          "'Spring 2022' at Kobe University as its own entry (level other, start=end=2022), Licence (= "
          "bachelor) at Strasbourg. 'Research and teaching positions': the doctoral contract with teaching at "
          "Université Paris Cité (a job, '2023 - now'), a NINJAL research internship 'Jun - Aug 2023', a "
          "part-time research assistant post; 'Research projects' (an ANR project membership, explicitly 'not a "
          "position') is not a job. Publications: a backtick year line above each entry, sub-headings Journal "
          "articles / Conference proceedings / Under review / in preparation; own name bold (**...**), "
          "'(accepted)' with the year line 2026 (accepted, 2026), Interspeech and Speech Prosody proceedings "
          "(venues by short name), JEP proceedings with a HAL id, 'Submitted to Bilingualism: ...' under a "
          "'2025' line (under review; the year of a submission is not scored), and a bulleted '(in "
          "preparation)' item with no year line. Not in the year order (the accepted 2026 item after 2024). "
          "First-author count 6. Talks and posters are not papers. 'Grants and awards': Best Student Paper "
          "Award, the contrat doctoral listed as a 3-year doctoral fellowship (an award as well as the job, as "
          "heldout15 treats funded fellow posts), JASSO scholarship = 3; the IUF mobility grant is a travel "
          "grant. HTML comments ('A list is also available on HAL', footer 'Last updated') are not shown by a "
          "renderer.",
)

label(
    "12",
    file="12_fi_glaciology_phd-student_markdowncv-davewhipp.pdf",
    name="Aino Karvonen-Whitlock",
    emails=["aino.karvonen@helsinki.example.fi"],
    phones=[],
    links=["https://github.com/ainokw"],
    education=[
        edu("University of Helsinki", "phd", "2022", "present"),
        edu("University of Helsinki", "master", "2020", "2022"),
        edu("The University Centre in Svalbard (UNIS)", "other", "2021-08", "2021-12"),
        edu("University of Leeds", "bachelor", "2017", "2020"),
    ],
    experience=[
        job("University of Helsinki", "Doctoral researcher", "2022-01", "present"),
        job("University of Helsinki", "Course assistant, GEOM-203 Glaciology field course", "2023", "2024"),
        job("Geological Survey of Finland (GTK)", "Summer trainee", "2021-06", "2021-08"),
        job("British Antarctic Survey", "Summer research placement", "2019", "2019"),
    ],
    publications_count=5,
    first_author_count=3,
    publications_sample=[
        pub("Drainage switching during the 2023 surge of Tunabreen, Svalbard", "The Cryosphere", 2025, True,
            "published"),
        pub("Borehole water pressure during a glacier surge", "Journal of Glaciology", 2024, False, "published"),
        pub("A finite-element channel model with adaptive meshing", "Geoscientific Model Development", 2023, True,
            "published"),
        pub("InSAR-constrained basal friction for Svalbard", "ESS Open Archive", 2025, True, "preprint"),
    ],
    research_interests_any=["Subglacial hydrology", "surge-type glaciers", "ice-flow modelling"],
    awards_count=2,
    layout="Finnish glaciology PhD student, elipapa/markdown-cv (Jekyll layout cv.html, 'davewhipp' print style) "
           "with pandoc for kramdown, printed by WeasyPrint",
    notes="markdown-cv's davewhipp print CSS: headings in a left column, the backtick dates float to the right "
          "edge of the first line of each entry in a grey monospace face, so the text layer puts the date in "
          "the middle of, or after, the institution line ('University of Helsinki, MSc in Geology and2020 - "
          "2022'); long names wrap the big h1 ('Aino Karvonen-' / 'Whitlock'). No phone. Education: '2022 - "
          "present' PhD with 'Public defence expected 05/2026' as a bullet (end = present), MSc, an exchange "
          "semester at UNIS 'Aug - Dec 2021' (level other, 2021-08 to 2021-12), BSc Leeds. Positions: the "
          "salaried doctoral researcher post '01/2022 - present' (a job, as in the Nordic system), a paid course "
          "assistant post (job), a GTK summer trainee 'Jun - Aug 2021', a BAS 'Summer research placement' dated "
          "'2019' only (start=end=2019 as a summer term). Fieldwork lines are not jobs. Publications: APA with "
          "own name bold and a backtick year above each entry; 'Peer-reviewed' (3), 'In review and preprints' "
          "(an EGUsphere preprint 'in review for The Cryosphere', counted but not sampled; an ESS Open Archive "
          "preprint 2025); 'Conference abstracts (not peer-reviewed)' are not counted (heldout20: abstracts are "
          "not papers). First-author count 3. 'Awards and funding': EGU OSPP award and the Leeds prize are "
          "awards (2); an IGS travel grant and a project-funded position are not.",
)

label(
    "11",
    file="11_us_history_postdoc_kjh-vita.pdf",
    name="Greta Solberg-Ramos",
    name_any=["GRETA SOLBERG-RAMOS"],
    emails=["greta_solberg-ramos@brown.example.edu"],
    phones=["+14015550186"],
    links=["https://gretasolbergramos.example.net"],
    education=[
        edu("Yale University", "phd", None, "2024"),
        edu("Yale University", "master", None, "2020"),
        edu("University of Bergen", "master", None, "2018"),
        edu("University of St Andrews", "bachelor", None, "2016"),
    ],
    experience=[
        job("Cogut Institute for the Humanities, Brown University",
            "Andrew W. Mellon Postdoctoral Fellow in the Humanities", "2024", "present"),
        job("Southern Connecticut State University", "Lecturer (part-time)", "2024", "2024"),
        job("Yale University", "Graduate Teaching Fellow", "2019", "2022"),
    ],
    publications_count=7,
    first_author_count=7,
    publications_sample=[
        pub("Frozen Collateral: Stockfish as Money in the North Atlantic, 1690–1740", "Environmental History", None,
            True, "in press"),
        pub("Brokers of the Banks: Basque Factors in Newfoundland, 1700–1730", "William and Mary Quarterly", 2023,
            True, "published"),
        pub("Counting Fish: Tithe Records and Catch Estimates in Northern Norway", "Scandinavian Journal of History",
            2021, True, "published"),
        pub("Ice Houses and Credit Houses",
            "Cold Commodities: Ice, Salt, and Preservation in the Early Modern World", 2025, True, "published"),
        pub("Salt Prices and the Spanish Crown's Fishing Licences, 1713–1763", "Journal of Economic History", None,
            True, "under review"),
        pub("Salt, Ice, and Credit: Fisheries and the Making of an Atlantic Economy", None, None, True,
            "in preparation"),
    ],
    research_interests_any=[],
    awards_count=4,
    layout="US history postdoc (Mellon fellow) applying for assistant professor posts, kjhealy/kjh-vita (XeLaTeX, "
           "memoir + kjhealy/latex-custom-kjh's org-preamble-xelatex; Caladea/Open Sans for Minion/Unit)",
    notes="kjh-vita layout: lower-case small-caps name 'greta solberg-ramos' under a two-block address banner "
          "(postal address right-aligned in the left block; phone, e-mail, homepage in the right block), section "
          "names as red sans marginal notes ('appointments', 'education', 'publications', 'fellowships & "
          "awards', ...) that the text layer puts beside the first line of the section, entries as hanging-"
          "indent paragraphs, page number in the header. Appointments are one-line prose 'Title, Unit, "
          "Institution, 2024–Present.' (jobs: Mellon postdoc, part-time lecturer 'Spring 2024', Yale graduate "
          "teaching fellow 2019–2022). Degrees 'Ph.D., History, Yale University, 2024.' carry one year (end only, "
          "heldout15); the M.Phil. at Yale is a master's. Publications in Chicago author-date with the year "
          "after the authors and 'Forthcoming.' in front (in press, no year); sub-headings Book manuscript "
          "('In preparation; under advance contract' = in preparation, counted), Journal articles (3), Book "
          "chapters (venue = the edited book), Reviews and public writing, Works in progress ('Under review at "
          "Journal of Economic History' and a 'Draft article' = in preparation; no author name printed, so "
          "hers). New here: a book review and a magazine essay under 'Reviews and public writing' are not "
          "counted as publications. All 7 counted items are sole- or first-authored. Awards 4 (Mellon "
          "fellowship, EHA dissertation prize honourable mention, JCB short-term fellowship, Agrarian Studies "
          "graduate fellowship); the ASEH travel grant is not an award. Talks are not papers. No research-"
          "interests line. References give two referees' e-mails (not the candidate's).",
)

label(
    "08",
    file="08_zh_materials_baoyan_docx.docx",
    name="韩思远",
    name_any=["Han Siyuan", "韩 思 远"],
    emails=["hansiyuan@csu.example.edu.cn"],
    phones=["+8618655504412"],
    links=[],
    education=[
        edu("中南大学", "bachelor", "2022-09", "2026-06"),
        edu("香港城市大学", "other", "2024-07", "2024-08"),
    ],
    experience=[
        job("中国宝武钢铁集团 中央研究院", "暑期实习生（先进材料研究所）", "2025-07", "2025-08"),
        job("中南大学 材料科学与工程学院", "《材料科学基础》课程助教", "2025-02", "2025-06"),
    ],
    publications_count=3,
    first_author_count=2,
    publications_sample=[
        pub("Anomalous coarsening of L1₂ precipitates at melt-pool boundaries in a laser powder bed fused "
            "high-entropy alloy", "Journal of Alloys and Compounds", 2025, True, "published"),
        pub("激光选区熔化CoCrNi中熵合金的残余应力与开裂行为", "中国有色金属学报", None, False, "accepted"),
        pub("Oxidation maps for NbMoTaW-based refractory high-entropy alloys", "Acta Materialia", None, True,
            "under review"),
    ],
    research_interests_any=["高熵合金", "增材制造"],
    awards_count=5,
    language="zh",
    layout="Chinese undergraduate's 保研/直博 个人简历, python-docx kept as DOCX: spaced title '个 人 简 历', a 6x5 "
           "'Table Grid' info grid with shaded label cells and a merged photo cell, 【】 headings with a bottom "
           "border, right tab-stop dates",
    notes="The name is only in the info grid ('姓    名 | 韩思远' with padded label); phone and e-mail also in the "
          "grid, two label/value pairs per row; the photo cell holds '（照片）一寸免冠'. The grid's '意向方向' cell "
          "('高熵合金 / 增材制造') is the research-interest line. 教育背景: the bachelor's '2022.09 – 2026.06' on a "
          "right tab stop (end 2026-06), and a one-month CityU '暑期科研交流' under 教育背景 (level other, New here: "
          "an exchange listed under education); the same CityU stay appears again under 科研经历 as a project "
          "with 导师 (not a job). 科研经历: two projects with 导师/指导教师 and a 大创 project (not jobs). "
          "实习与工作经历: '中国宝武钢铁集团 中央研究院  暑期实习生（先进材料研究所）' and a 课程助教 post (jobs; "
          "organisation then title on one line). 学术成果: [1] first author (also '（第一作者…）'), [2] '已录用' with "
          "'（第二作者，EI）' (accepted, not first), [3] '#' co-first with '（#共同第一作者）' and 'under review'; a "
          "'[专利]' line is a patent (not a paper). '*' = corresponding. 竞赛获奖 2 + 荣誉奖励 3 ('中南大学一等奖学金 "
          "/ 优秀学生干部' is two honours) = 5; CET-6 is a test.",
)

label(
    "09",
    file="09_uk_medicine_clinical-fellow_docx.docx",
    name="Rhiannon Adebisi-Pryce",
    name_any=["Dr Rhiannon Adebisi-Pryce", "Dr Rhiannon Adebisi-Pryce MBBCh (Hons) BSc MRCP(UK)"],
    emails=["adebisi-prycer@cardiff.example.ac.uk"],
    phones=["+447700900418"],
    links=[],
    education=[
        edu("Cardiff University", "phd", "2024", "present"),
        edu("Cardiff University School of Medicine", "bachelor", "2011", "2017"),
        edu("Cardiff University", "bachelor", None, "2014"),
    ],
    experience=[
        job("Cardiff University", "MRC Clinical Research Training Fellow", "2024-10", "present"),
        job("Cardiff and Vale University Health Board", "NIHR Academic Clinical Fellow, ST3–ST4 Renal Medicine",
            "2021-08", "2024-09"),
        job("Aneurin Bevan University Health Board", "Core Medical Trainee (CT1–CT2)", "2019-08", "2021-08"),
        job("Swansea Bay University Health Board", "Foundation Doctor (F1–F2)", "2017-08", "2019-08"),
    ],
    publications_count=6,
    first_author_count=5,
    publications_sample=[
        pub("Urinary CD163-positive macrophages predict recovery after acute kidney injury", "Kidney Int", 2025,
            True, "published"),
        pub("Tissue-resident macrophage depletion in early allograft rejection", "Nephrol Dial Transplant", 2024,
            True, "published"),
        pub("Acute kidney injury alerts and 90-day outcomes in Wales: a population cohort", "BMJ Open", 2023, False,
            "published"),
        pub("Point-of-care urinary sCD163 in the emergency department: a diagnostic accuracy study",
            "Clin Kidney J", 2025, True, "in press"),
        pub("Recurrent hyperkalaemia unmasking pseudohypoaldosteronism type 1 in an adult", "BMJ Case Rep", 2019,
            True, "published"),
        pub("Single-cell atlas of urinary myeloid cells after cardiac surgery", "J Am Soc Nephrol", None, True,
            "under review"),
    ],
    research_interests_any=["Macrophage biology in acute kidney injury", "urinary biomarkers of renal inflammation",
                            "kidney transplant rejection"],
    awards_count=4,
    layout="UK clinical academic (NIHR ACF, now MRC clinical research training fellow, renal medicine), python-docx "
           "kept as DOCX: running header, post-nominal name line, Word 'Table Grid' personal-details, "
           "qualifications, employment and prizes tables",
    notes="Name line 'Dr Rhiannon Adebisi-Pryce MBBCh (Hons) BSc MRCP(UK)' under 'CURRICULUM VITAE'; the header "
          "repeats 'Dr ... – Curriculum Vitae – October 2025'. Personal details table: UK fiction-range mobile "
          "'07700 900 418', e-mail, a GMC line without a number, a bare ORCID iD (not a URL). Qualifications "
          "table: '2024 – present' PhD (MRC CRTF) with 'expected 2027' in the text (end = present, the printed "
          "range), MBBCh (Hons) 2011 – 2017 (the primary medical degree: bachelor level), an intercalated BSc "
          "dated '2014' only (end only). MRCP(UK) parts, the SCE, ALS and GCP are examinations/courses in an "
          "italic line (neither education entries nor awards). Employment history table with a header row "
          "'Dates | Post | Employer' and dd/mm/yyyy ranges (months labelled, e.g. 06/08/2021 – 30/09/2024 = "
          "2021-08 to 2024-09); the clinical-skills tutoring inside the ACF post is not a separate job. "
          "Publications: Vancouver, own name bold, sub-headings 'Peer-reviewed original research' (1-4), 'Case "
          "reports' (5), 'Submitted' (6) with continuous numbering; '*Joint first authors.' (first author), "
          "PMID after entry 1, 'Epub ahead of print 2 Oct 2025' = in press 2025 (heldout15), 'Submitted to J Am "
          "Soc Nephrol (under review)'. First-author count 5. Presentations (an oral with a published abstract, "
          "a poster) are not papers. 'Prizes, awards and fellowships' table: 4 (MRC CRTF with its £ amount, UKKA "
          "Young Investigator Award, Distinction in Clinical Practice, dissertation prize); the KRUK grant under "
          "'Research funding' is a grant. Referees' e-mails are not the candidate's.",
)
