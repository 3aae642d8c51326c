"""Hand-written labels for heldout47 (python tests/heldout47/labels47.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout47 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Elliot J. Marchetti", name_any=["Elliot Marchetti"],
    emails=["emarchetti@example.edu"], phones=["+12025550147"],
    links=["https://elliotmarchetti.example.org", "https://github.com/emarchetti-nlp"],
    education=[E("University of Washington", "phd", "2020-09", "2026-06"),
               E("University of Michigan", "bachelor", "2016-09", "2020-05")],
    experience=[
        J("Google Research", "Research Intern", "2024-06", "2024-09"),
        J("Meta AI", "Research Intern, FAIR", "2023-06", "2023-09"),
        J("University of Washington", "Graduate Research Assistant, UW NLP", "2020-09", "present"),
        J("University of Michigan", "Undergraduate Research Assistant", "2018-01", "2020-05"),
    ],
    publications_count=8, first_author_count=5,
    publications_sample=[
        P("Abstain or Answer? Learning Calibrated Refusals for Retrieval-Augmented LLMs", "NeurIPS", 2024, True),
        P("ConfTune: Fine-Tuning Language Models to Verbalize Their Uncertainty", "ICLR", 2024, True),
        P("Probing Numerical Commonsense in Instruction-Tuned Models", "AAAI", 2024, False),
        P("When Retrieval Hurts: Diagnosing Distractor Passages in Open-Domain QA", "ACL", 2023, True),
        P("Cross-Lingual Transfer of Confidence Estimators", "Findings of EMNLP", 2023, False),
        P("Self-Consistency Is Not Calibration: A Study of 40 Open LLMs", "ICLR", 2026, True, "under review"),
        P("RAG-Bench-Hard: Retrieval Benchmarks That Punish Overconfidence", "arXiv", 2025, False, "preprint"),
        P("Hedging Is a Skill: Rewarding Honest Uncertainty in RLHF", "NeurIPS Workshop", 2023, True),
    ],
    research_interests_any=["Uncertainty quantification for LLMs", "Retrieval-augmented generation",
                            "Evaluation methodology", "Selective prediction"],
    awards_count=4, language="en",
    layout="US NLP PhD candidate on the faculty job market, real Awesome-CV class (posquit0, fonts patched), XeLaTeX",
    notes="Awesome-CV header: light/bold split name, position line, address line, then the social line where each "
          "item carries an ActualText ('tel:(+1) 202-555-0147', 'mailto:…', 'homepage: …') and GitHub/Scholar show only "
          "a handle and 'Google Scholar' (Scholar URL only in the annotation: not labelled). A quote. 'Research "
          "Statement' and 'Research Interests' paragraphs begin on the heading line. cventry: organisation bold + "
          "location right, then role + 'Mon. YYYY -- Mon. YYYY' right; the PhD end 'Jun. 2026 (expected)' = 2026-06. "
          "Internships 'Research Intern (Host: …)' at Google Research and 'Research Intern, FAIR' at Meta AI are jobs; "
          "the UW graduate RA and Michigan undergraduate RA are jobs too. Publications: legend '* denotes equal "
          "contribution' + Scholar citation line; venue tags BEFORE the title in brackets ([NeurIPS 2024], [AAAI-24], "
          "[Findings of EMNLP 2023], [NeurIPS 2023 Workshop on Instruction Tuning] = 'NeurIPS Workshop'); C2 has the "
          "candidate second with '*' after the first author's '*' = first author. 'Under review at ICLR 2026' = ICLR / "
          "2026 / under review; 'arXiv preprint …, 2025' = preprint. First author: C1, C2, C4, P1, W1 (5). Awards 4 "
          "(Apple fellowship, ACL Outstanding Paper, NSF GRFP honorable mention, CRA finalist). Talks, guest lecture, "
          "mentoring and reviewing are not jobs or papers.",
)

LABELS["02"] = dict(
    name="Nathan Ebersole",
    emails=["nebersole@example.edu"], phones=[],
    links=["https://github.com/nebersole"],
    education=[E("University of California, San Diego", "phd", "2017", "2023"),
               E("Georgia Institute of Technology", "bachelor", "2013", "2017")],
    experience=[
        J("Stanford University", "Postdoctoral Scholar", "2023-09", "present"),
        J("NVIDIA Research", "Research Intern", "2021-05", "2021-08"),
        J("Adobe Research", "Research Scientist Intern", "2020-06", "2020-09"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("NeRF-Lite: Real-Time Neural Radiance Fields on Mobile GPUs", "CVPR", 2025, True),
        P("GaussFlow: Dynamic 3D Gaussians from Monocular Video", "arXiv", 2025, False, "preprint"),
        P("Relightable Avatars from a Single Phone Scan", "SIGGRAPH Asia", 2024, False),
        P("ShapeCLIP: Zero-Shot 3D Part Segmentation with Vision-Language Priors", "ICCV", 2023, True),
        P("Learning Surface Reflectance from Sparse Views", "ECCV", 2022, True),
        P("Few-Shot Signed Distance Functions via Meta-Learned Priors", "NeurIPS", 2022, False),
        P("Depth Cues Are Enough: Self-Supervised Normals for Indoor Scenes", "CVPR Workshop", 2021, True),
    ],
    research_interests_any=["3D reconstruction", "neural rendering", "inverse graphics"],
    awards_count=3, language="en",
    layout="US vision postdoc, academic homepage in Jon Barron's template (fetched) with CV sections, printed by Chromium",
    notes="Homepage printed to PDF (3 pages): centred name, bio prose naming the postdoc and PhD schools and the "
          "internships, a link line 'email / CV / Scholar / github.com/nebersole' (only the e-mail and the GitHub URL are "
          "visible as text; CV and Scholar are anchor words), a grey photo circle. 'Research' paragraph with interests "
          "in a sentence and the '* denotes equal contribution' legend. Papers as rows: grey thumbnail box, bold "
          "title, authors (own name bold; one list of 12 authors with the candidate 6th), italic venue ', YYYY' and "
          "red '(Highlight)'/'(Oral Presentation, Best Paper Honorable Mention)', link words, a one-line TL;DR; "
          "highlighted rows on a yellow background. 'CVPR Workshop on 3D Vision and Robotics' = 'CVPR Workshop'; "
          "'arXiv, 2025' = preprint. First author: NeRF-Lite, ShapeCLIP (* with the second), Sparse Views, Depth "
          "Cues (4). Then Experience/Education tables with 'Mon YYYY – present' or 'YYYY – YYYY' in a left column. "
          "Miscellanea: Awards (3: NVIDIA fellowship, ECCV honorable mention, Jacobs fellowship); 'Outstanding "
          "Reviewer, CVPR 2023' sits under Service and is not counted; teaching rows (co-instructor, TA) are not jobs.",
)

LABELS["03"] = dict(
    name="Mathieu Gagnon-Reyes",
    emails=["mgagnonreyes@example.com"], phones=["+15145550162"],
    links=["https://mgagnonreyes.example.ca"],
    education=[E("Université de Montréal", "phd", "2013", "2018"),
               E("McGill University", "master", "2011", "2013"),
               E("Polytechnique Montréal", "bachelor", "2007", "2011")],
    experience=[
        J("Google DeepMind", "Senior Research Scientist", "2022", "present"),
        J("Google Research, Brain Team", "Research Scientist", "2021", "2022"),
        J("Element AI", "Research Scientist", "2018", "2021"),
        J("Microsoft Research", "Research Intern", "2017-05", "2017-08"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("Scaling Laws for Offline Reinforcement Learning", "ICLR", 2025, False),
        P("World Models Are Off-Policy Evaluators", "AAAI", 2024, False),
        P("Conservative Q-Ensembles for Offline RL", "ICML", 2023, True),
        P("When Is Pessimism Provably Efficient?", "COLT", 2022, False),
        P("Doubly Robust Off-Policy Evaluation with Learned Models", "NeurIPS", 2020, True),
        P("A Unified View of Off-Policy Evaluation", "JMLR", 2021, True),
        P("Offline RL for Data-Centre Cooling at Scale", "arXiv", 2025, True, "preprint"),
    ],
    research_interests_any=["Offline reinforcement learning", "model-based RL", "off-policy evaluation", "exploration"],
    awards_count=3, language="en",
    layout="Canadian industry research scientist moving to academia, moderncv 'casual' (nosymbols), pdfLaTeX, 2 pages",
    notes="moderncv casual: name top right with 'Curriculum Vitae', the address/phone/e-mail/homepage/GitHub handle "
          "ONLY in the footer of every page, with the nosymbols letters 'M', 'E', 'W', 'gh' before them (the GitHub "
          "handle alone is not labelled as a link). Year column left: 'YYYY–YYYY Title, Organisation, City'; the "
          "internship row shows '2017' left and 'Research Intern (May–Aug)' = 2017-05..2017-08. Education 'Université "
          "de Montréal / Mila' = Université de Montréal; B.Eng. = bachelor. Summary holds the Scholar metrics. "
          "'Selected Publications' (2 papers) DUPLICATES two items of the 'Full List of Publications' that follows: "
          "distinct papers = 7 (5 conference, 1 journal, 1 preprint); a right-aligned '[cited by N]' after each; the "
          "ICLR 2025 item cuts its authors with '. . . ,'; 'AAAI-24' = AAAI 2024; 'Journal of Machine Learning "
          "Research (JMLR)' = JMLR. First author (distinct): ICML 2023, NeurIPS 2020, JMLR 2021, arXiv 2025 (4). "
          "Patent, open-source package, TA row and service rows are not papers or jobs. Awards 3 (NeurIPS outstanding "
          "reviewer, FRQNT and NSERC CGS-D scholarships).",
)

LABELS["04"] = dict(
    name="Callum Whitaker-Reid", name_any=["Dr Callum Whitaker-Reid"],
    emails=["c.whitaker-reid@example.ac.uk"], phones=["+442079460385"],
    links=["callumwr.example.ac.uk", "github.com/cwreid"],
    education=[E("University of Edinburgh", "phd", "2014", "2018"),
               E("Imperial College London", "master", "2010", "2014")],
    experience=[
        J("University of Bristol", "Lecturer in Computer Science", "2020-09", "present"),
        J("University of Cambridge", "Postdoctoral Research Associate", "2018-10", "2020-08"),
        J("DeepMind", "Research Scientist Intern", "2017-06", "2017-09"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("Straggler-Resilient Federated Learning with Coded Aggregation", "TPAMI", 2025, False),
        P("Private Federated Fine-Tuning of LLMs with Low-Rank Sketches", None, 2025, True, "under review"),
        P("PipeFed: Pipelined Training of Large Models across Edge Devices", "MLSys", 2024, True),
        P("Federated Evaluation Is Biased: A Case for Held-Out Clients", "ICLR Workshop", 2024, False),
        P("Byzantine-Robust Aggregation without Trusted Servers", "ICML", 2023, False),
        P("Heterogeneity-Aware Client Sampling for Federated Learning", "AISTATS", 2022, True),
        P("Sketching Gradients: A Communication Lower Bound for Distributed SGD", "NeurIPS", 2021, True),
    ],
    research_interests_any=["Federated learning", "ML systems", "Distributed optimisation", "Privacy-preserving ML"],
    awards_count=3, language="en",
    layout="UK lecturer (assistant professor) moving up, paracol two-column design with a shaded left sidebar, pdfLaTeX",
    notes="One A4 page, paracol: shaded left column with the name in two lines ('Dr Callum' / 'Whitaker-Reid'), the "
          "post, Contact (address, '+44 20 7946 0385', e-mail, homepage and GitHub without https), Research Interests "
          "(4 lines), Awards (3), Skills, Metrics, and a Legend (underlined = PhD student I supervise, † corresponding, "
          "* equal contribution); the right column holds Appointments/Education as 'bold title + dates right / "
          "organisation' and a numbered publication list, newest first, with the TYPE tag '[J]/[C]/[W]/[S]' at the "
          "END of each item and student co-authors underlined. MEng = master. '[S] In submission, 2025' = under review, "
          "no venue; 'IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI)' = TPAMI; 'ICLR 2024 "
          "Workshop on …' = ICLR Workshop; PipeFed cuts authors with '. . . ,'. First author: [2], [3], [6] (* with the "
          "first), [7] (4). Grants (EPSRC New Investigator Award, Turing seed) are not awards; teaching, supervision "
          "and service are prose.",
)

LABELS["05"] = dict(
    name="Seraina Caduff",
    emails=["seraina.caduff@example.ch"], phones=["+41795550147"],
    links=["scaduff.example.ch", "github.com/scaduff"],
    education=[E("École Polytechnique Fédérale de Lausanne (EPFL)", "phd", "2018", "2023"),
               E("ETH Zürich", "master", "2016", "2018"),
               E("ETH Zürich", "bachelor", "2013", "2016")],
    experience=[
        J("ETH Zürich", "Postdoctoral Fellow", "2023-02", "present"),
        J("Google DeepMind", "Research Intern", "2022-06", "2022-10"),
        J("Disney Research|Studios", "Research Intern", "2020-03", "2020-08"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("LocoDiff: Diffusion Policies for Agile Legged Locomotion", "Science Robotics", 2024, True),
        P("Contact-Aware State Estimation for Quadrupeds on Slippery Terrain", "RA-L", 2022, False),
        P("Parkour-GPT: Language-Conditioned Agile Skills for Legged Robots", "CoRL", 2024, True),
        P("Sim-to-Real Gaps Are Mostly Friction: A Study with 12 Quadrupeds", "RSS", 2023, True),
        P("Terrain-Adaptive Gait Libraries via Meta-Learning", "ICRA", 2022, False),
        P("Offline Datasets for Legged Robots: A Benchmark", "NeurIPS", 2021, False),
        P("One Policy, Many Bodies: Cross-Embodiment Locomotion with Morphology Tokens", "IJRR", 2025, True,
          "under review"),
    ],
    research_interests_any=["Robot learning", "Legged locomotion", "Diffusion policies", "Sim-to-real transfer"],
    awards_count=4, language="en",
    layout="Swiss robotics postdoc, hand-written Typst two-column design with a grey full-height sidebar, typst-py",
    notes="Grey sidebar on the left (drawn as page background): name in two lines, 'Postdoctoral Fellow, ETH AI Center', "
          "CONTACT ('+41 79 555 01 47', e-mail, homepage, GitHub), RESEARCH INTERESTS bullets, HONOURS as 'YYYY text' "
          "(4: RSS best systems paper finalist, EPFL distinction, Google PhD Fellowship, ETH scholarship), SKILLS, "
          "LANGUAGES, CITATIONS. Main column: Positions/Education as 'bold role + grey dates right / italic "
          "organisation'. Publications in a two-column grid: a red venue TAG first ('Sci. Robot. 2024' over three "
          "lines, 'RA-L 2022', 'CoRL 2024', 'RSS’23', 'ICRA 2022', 'NeurIPS 2021', '—' for the submitted one), then "
          "'S. Caduff, … \"Title.\" Venue, year.' ('IEEE Robotics and Automation Letters' = RA-L as the tag prints; "
          "'Robotics: Science and Systems' = RSS; 'NeurIPS Datasets and Benchmarks Track' = NeurIPS). 'Under review "
          "at IJRR, 2025' = IJRR / 2025 / under review. First author: LocoDiff, Parkour-GPT (* with the second), "
          "Sim-to-Real, One Policy (4). Teaching, service (Associate Editor ICRA) and talks are not jobs.",
)

LABELS["06"] = dict(
    name="Marcus Lim Jun Hao",
    name_any=["LIM Jun Hao, Marcus", "Lim Jun Hao Marcus", "Marcus Lim", "Lim Jun Hao"],
    emails=["marcus.lim@example.edu.sg"], phones=["+6565550142"],
    links=["marcuslim.example.sg", "scholar.google.com/citations?user=MLjh0000AAAJ"],
    education=[E("University of California, Berkeley", "phd", "2015", "2020"),
               E("National University of Singapore", "bachelor", "2011", "2015")],
    experience=[
        J("National University of Singapore", "Assistant Professor", "2021-07", "present"),
        J("University of California, Berkeley", "Postdoctoral Scholar", "2020-08", "2021-06"),
        J("Microsoft Research Asia", "Research Intern", "2018-06", "2018-09"),
    ],
    publications_count=7, first_author_count=3,
    publications_sample=[
        P("Membership Inference on Diffusion Models Is Easier Than You Think", "IEEE S&P", 2024, False),
        P("TextShield: Certified Defences against Word-Substitution Attacks at Scale", "USENIX Security", 2023, True),
        P("Patch-Agnostic Certification for Object Detectors", "CVPR", 2023, False),
        P("Adaptive Attacks Break 11 of 12 Published Defences: Lessons for Evaluation", "CCS", 2022, True),
        P("Randomized Smoothing Beyond L2: Tight Certificates for Sparse Perturbations", "ICML", 2020, True),
        P("Fingerprinting Deep Models through Decision Boundaries", "NDSS", 2019, False),
        P("Watermarks Do Not Survive Fine-Tuning: A Systematic Study of LLM Watermark Removal", "IEEE S&P", 2026, False,
          "under review"),
    ],
    research_interests_any=["Adversarial machine learning", "Privacy attacks on foundation models",
                            "Certified robustness", "Systems security"],
    awards_count=4, language="en",
    layout="Singapore assistant professor (security + ML), python-docx: header table, ruled headings, date tables",
    notes="DOCX in Cambria. Header: a borderless two-cell table, left the name in the Singapore order 'LIM Jun Hao, "
          "Marcus' (surname in capitals, English name after a comma) with the post, right the address, 'Tel: +65 6555 "
          "0142', e-mail, web and a printed Scholar URL. Headings in capitals with a bottom border. Research interests "
          "as an italic tail sentence inside the 'RESEARCH SUMMARY' paragraph. Appointments/Education/Grants/Awards in "
          "borderless two-column tables (dates left, 'Mon YYYY – present'). Selected publications numbered, each "
          "starting with a bold venue TAG ('[S&P'24]', '[USENIX Sec'23]', '[CVPR'23]', '[CCS'22]', '[ICML'20]', "
          "'[NDSS'19]') before the authors, full venue name in italics after the title, '‡' = student advisee and '*' "
          "equal contribution (the CVPR item's two students are '*' together; the candidate is third). 'Under review, "
          "IEEE S&P 2026' = IEEE S&P / 2026 / under review. First author: USENIX'23, CCS'22, ICML'20 (3). Awards 4 "
          "(NUS Young Investigator, CCS distinguished paper, Berkeley GSI award, A*STAR scholarship); grants are not "
          "awards.",
)

LABELS["07"] = dict(
    name="Aditi Venkataraman", name_any=["Dr. Aditi Venkataraman"],
    emails=["aditi.venkataraman@example.in"], phones=["+919845001732"],
    links=["aditiv.example.in", "github.com/aditi-v-nlp"],
    education=[E("Indian Institute of Science (IISc)", "phd", "2016-08", "2021-07"),
               E("IIT Madras", "bachelor", "2012-07", "2016-05")],
    experience=[
        J("Google Research India", "Research Scientist", "2021-08", "present"),
        J("Microsoft Research India", "Research Intern", "2019-05", "2019-08"),
        J("Adobe Research", "Research Intern", "2015-05", "2015-07"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("IndicEval: Holistic Evaluation of LLMs in 22 Indian Languages", "ACL", 2024, True),
        P("Code-Mixed Instruction Tuning with Synthetic Hinglish", "EMNLP", 2023, True),
        P("Transliteration-Robust Tokenizers for Dravidian Languages", "ACL Findings", 2024, False),
        P("Zero-Shot Transfer to Code-Mixed Text via Adversarial Alignment", "NAACL", 2021, True),
        P("SentiMix-IN: A Benchmark for Code-Mixed Sentiment", "LREC", 2020, True),
        P("Whisper-Indic: Speech Translation for Low-Resource Indian Languages", "Interspeech", 2023, False),
        P("Do LLMs Understand Indian Cultural Context?", "arXiv", 2025, True, "under review"),
    ],
    research_interests_any=["Multilingual NLP and Indic languages", "Code-mixed language understanding",
                            "Evaluation of large language models", "Speech translation for low-resource languages"],
    awards_count=4, language="en",
    layout="Indian industry research scientist moving to academia, python-docx with Word's own styles",
    notes="DOCX using the built-in Title, Heading 1, List Bullet and List Number styles. Contact line with ' • ' "
          "separators ('+91 98450 01732'). 'Research Statement (summary)' prose, 'Research Interests' bullets. "
          "Education and Research Experience lines '**Degree/Role**, Institution/Organisation<TAB>Mon YYYY – Mon YYYY' "
          "with a right tab stop; the B.Tech. school printed 'IIT Madras'. 'Research Intern, Microsoft Research India' "
          "and the Adobe internship are jobs. Publications in a Word numbered list, authors first with the candidate "
          "bold (one item of 11 authors, one with 'et al.'), then title, then the venue and year at the END with a "
          "CORE rank '(CORE A*)' and '[Cited by N]'; 'ACL Findings 2024' = ACL Findings; the last item 'arXiv:…, 2025 "
          "(preprint, under review at ICLR 2026)' = arXiv / 2025 (status under review, preprint also fair). First "
          "author: 1, 2 (* with the first), 4, 5, 7 (5). Patents (2) are not papers. Awards 4 (Google PhD "
          "Fellowship, best thesis, ACL outstanding paper, institute silver medal).",
)

LABELS["08"] = dict(
    name="Ji-woo Han", name_any=["Jiwoo Han"],
    emails=["jiwoo.han@example.ac.kr"], phones=["+821055500173"],
    links=["jiwoohan.example.kr", "github.com/jiwoo-han-vl"],
    education=[E("Korea Advanced Institute of Science and Technology (KAIST)", "phd", "2020-03", "2026-02"),
               E("Seoul National University", "bachelor", "2016-03", "2020-02")],
    experience=[
        J("NAVER Cloud", "Research Intern", "2024-06", "2024-12"),
        J("Microsoft Research Asia", "Research Intern", "2022-07", "2022-12"),
        J("Carnegie Mellon University", "Visiting Student Researcher", "2023-01", "2023-06"),
        J("KAIST Vision & Learning Lab", "Graduate Research Assistant", "2020-03", "present"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("KoVLM-Adapter: Parameter-Efficient Korean Vision-Language Tuning with Bilingual Prefixes", "CVPR", 2024, True),
        P("VidChain-of-Thought: Temporal Reasoning Chains for Long Video QA", "ECCV", 2024, True),
        P("Prompt Tokens Leak Identity: Privacy Audits of Visual Prompt Tuning", "ICCV", 2023, False),
        P("MultiCap-50: A Benchmark of Image Captions in 50 Languages", "NeurIPS", 2023, True),
        P("Why Do CLIP Models Fail on Korean Text in Images?", "AAAI", 2023, True),
        P("Adapter Soup for Video: Merging Task Adapters without Data", None, None, False, "under review"),
        P("Scaling Laws for Multilingual Vision-Language Pre-training", "arXiv", 2025, True, "preprint"),
    ],
    research_interests_any=["Vision-language models", "parameter-efficient adaptation",
                            "multilingual multimodal learning", "video understanding"],
    awards_count=4, language="en",
    layout="Korean vision PhD candidate on the job market, hand-written Typst CV (US Letter), venue pills at the right",
    notes="Centred header with '+82 10 5550 0173' and 'Google Scholar' as a word. Research Interests as a sentence. "
          "Education rows 'School, City' + dates right, degree line below (integrated M.S.–Ph.D. = phd, end 'Feb 2026 "
          "(expected)'). Research Experience rows '**Role**, Organisation, team, City' + dates right (NAVER Cloud and "
          "MSRA internships, a CMU visit, the KAIST lab RA). Publications '[n] **Title.** authors' with the candidate "
          "UNDERLINED and bold, the venue only in a shaded PILL at the right end ('CVPR’24', 'ECCV 2024', 'ICCV’23', "
          "'NeurIPS 2023 D&B' = NeurIPS, 'AAAI-23', 'In submission', 'arXiv 2025'); one author list of 12 and two cut "
          "with 'et al.' / '…'. First author: 1, 2 (* with the first), 4, 5, 7 (5). Awards 4 (Google and Qualcomm "
          "fellowships, CVPR outstanding reviewer, presidential scholarship 2016–2020). Page-2 running header.",
)

LABELS["09"] = dict(
    name="Daniel Achterberg",
    emails=["dachterberg@example.edu"], phones=["+15125550133"],
    links=["https://dachterberg.example.org", "https://github.com/dachterberg"],
    education=[E("Massachusetts Institute of Technology", "phd", "2014", "2019"),
               E("California Institute of Technology", "bachelor", "2010", "2014")],
    experience=[
        J("The University of Texas at Austin", "Assistant Professor of Computer Science", "2020", "present"),
        J("Google Brain", "Visiting Researcher", "2019", "2020"),
        J("Microsoft Research", "Research Intern", "2018", "2018"),
    ],
    publications_count=8, first_author_count=4,
    publications_sample=[
        P("Schedule-Free Warmup: Why Linear Warmup Works and When to Skip It", "ICML", 2024, False),
        P("Adam Converges on Transformers, Provably — Sometimes", "NeurIPS", 2023, True),
        P("LocalSGD at Scale: Communication-Efficient Training of 7B Models", "ICLR", 2023, False),
        P("The Implicit Bias of Adaptive Gradient Methods on Separable Data", "JMLR", 2022, True),
        P("Lower Bounds for Non-Convex Stochastic Optimization with Heavy Tails", "COLT", 2021, True),
        P("Learning-Rate Schedules as Implicit Regularizers", "AISTATS", 2020, False),
        P("Muon in the Wild: An Empirical Study of Orthogonalized Optimizers", None, 2025, False, "under review"),
        P("Critical Batch Sizes Depend on the Schedule", "arXiv", 2025, True, "preprint"),
    ],
    research_interests_any=["optimization theory", "adaptive gradient methods", "learning-rate schedules",
                            "distributed training"],
    awards_count=4, language="en",
    layout="US assistant professor moving up, GitHub-README-style Markdown CV (HTML header, badges, emoji headings)",
    notes="Markdown as a GitHub repository README: an HTML <h1 align=center> name and <p> contact block with anchors "
          "and '(512) 555-0133', shields.io badge images (citations, h-index), a blockquote pointing to cv.pdf, emoji "
          "headings ('## 🔬 Research', '## 🏛️ Appointments' …). Interests as a bold-labelled line with ' · '. "
          "Appointments as a Markdown table When | Position | Where ('Summer 2018' internship = 2018). Education as "
          "'**Degree** — School, YYYY – YYYY'. Publications: bold venue TAG first ('**[ICML 2024]**'), title, then "
          "authors on the next line with the candidate bold and advisees in <ins>, '\\*' escaped equal-contribution "
          "marks, link brackets and '⭐ 870' star counts; item 3's '*' pair does not include the candidate. Under "
          "review / preprints continue the numbering (7 = under review without venue, 8 = arXiv preprint). First "
          "author: 2, 4, 5 (* with the second), 8 (4). Awards 4 as printed under Awards (Sloan, NSF CAREER, ICML "
          "outstanding paper, Sprowls thesis award). Software and service are not papers or jobs.",
)

LABELS["10"] = dict(
    name="Yuxuan Zhou", name_any=["Yuxuan Zhou (周宇轩)", "周宇轩"],
    emails=["yuxuan.zhou@example.edu"], phones=["+14125550126"],
    links=["https://yuxuanzhou.example.io"],
    education=[E("University of Illinois Urbana-Champaign", "phd", "2018", "2024"),
               E("Tsinghua University", "bachelor", "2014", "2018")],
    experience=[
        J("Carnegie Mellon University", "Postdoctoral Fellow", "2024", "present"),
        J("Meta AI (FAIR)", "Research Scientist Intern", "2022-05", "2022-08"),
        J("Microsoft Research Asia", "Research Intern", "2019-06", "2019-09"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("AgentBench-Lite: Cheap and Faithful Evaluation of Tool-Using Language Agents", "ICLR", 2025, True),
        P("Self-Play Critics: Training Verifiers for Agents without Human Labels", "arXiv", 2025, False, "preprint"),
        P("ToolWeaver: Composing API Calls with Neural Program Synthesis", "NeurIPS", 2024, True),
        P("Planning Tokens: Latent Plans Improve Multi-Step Reasoning", "ACL", 2024, False),
        P("Graph-of-Thought Retrieval for Multi-Hop Question Answering", "EMNLP", 2023, True),
        P("Graph-Prompted Retrieval for Cold-Start Recommendation", "KDD", 2022, False),
    ],
    research_interests_any=["Language agents and tool use", "Program synthesis with LLMs", "Reasoning and planning",
                            "Graph-structured retrieval"],
    awards_count=3, language="en",
    layout="Chinese-born postdoc in the US, al-folio-style homepage CV + publications pages, Chromium, bilingual name",
    notes="al-folio look printed from the browser: top nav bar ('Yuxuan Zhou' brand, about/blog/cv/publications), "
          "'cv ⤓ PDF' title, description line, then cards: General Information as label/value rows ('Full Name: "
          "Yuxuan Zhou (周宇轩)', phone '+1 (412) 555-0126', website), Research Interests bullets, Education and "
          "Experience with a purple year BADGE left ('2018 - 2024', '2024 - now', '2022') and title / grey "
          "institution line (the internships' months are in the grey line: 'May – Aug 2022'); 'Tsinghua University "
          "(清华大学)' = Tsinghua University; 'Meta AI (FAIR)' and 'Microsoft Research Asia (微软亚洲研究院)' as "
          "printed. Honors (3) with year badges; service and teaching (TA, co-instructor) are not jobs. Publications "
          "page (page break): grey year headings right, a blue ABBR box LEFT of each entry (ICLR, arXiv, NeurIPS, ACL, "
          "EMNLP, KDD) while the periodical line spells the venue out ('In The Thirteenth International Conference on "
          "Learning Representations, 2025'); author lists cut with 'and 9 more authors'; own name underlined; ABS/PDF/"
          "CODE buttons and '★ 2.4k'. First author: AgentBench-Lite, ToolWeaver (* pair), Graph-of-Thought (3).",
)

LABELS["11"] = dict(
    name="林书瑶", name_any=["Shuyao Lin"],
    emails=["shuyao.lin@example.edu.cn"], phones=["+8613800138472"],
    links=["linshuyao.example.cn"],
    education=[E("清华大学", "phd", "2016-09", "2021-06"),
               E("哈尔滨工业大学", "bachelor", "2012-09", "2016-06")],
    experience=[
        J("上海人工智能实验室", "青年研究员", "2023-07", "present"),
        J("北京大学", "博士后", "2021-07", "2023-06"),
        J("微软亚洲研究院", "研究实习生", "2019-06", "2019-09"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        P("EffiVLM: Token Pruning for Efficient Vision-Language Models", "CVPR", 2024, True),
        P("Q-Diffusion++: Post-Training Quantization for Text-to-Image Diffusion", "NeurIPS", 2023, True),
        P("Learning Sparse Attention for Video Transformers", "TPAMI", 2023, True),
        P("Cross-Modal Hashing with Noisy Correspondence", "ACM MM", 2022, False),
        P("面向边缘设备的视觉Transformer量化方法", "计算机学报", 2022, True),
        P("Adaptive Feature Distillation for Lightweight Detectors", "ICME", 2021, True),
        P("MoE-Lite: Routing-Aware Compression of Mixture-of-Experts VLMs", "ICLR", 2026, True, "under review"),
    ],
    research_interests_any=["多模态大模型", "高效推理与模型压缩", "视觉-语言对齐", "端侧智能"],
    awards_count=4, language="zh",
    layout="Chinese 简历 for a Chinese university's CS faculty call (百人计划研究员), ctexart, XeLaTeX, CCF marks",
    notes="Centred name '林书瑶' and '个人简历（应聘：…）'; section titles as white text in blue bars. 基本信息 grid "
          "(性别/出生年月/政治面貌 are not contact data; 手机 '138-0013-8472' = +86). 研究方向 one line separated by "
          "'；'. 教育经历/工作经历 rows 'YYYY.MM -- YYYY.MM  学校  院系  学位/职位' (labels name the university or "
          "institution only, not the 系/学院; 工学博士 = phd, 工学学士 = bachelor; '至今' = present; 博士后 at 北京大学 "
          "and the MSRA 研究实习生 are jobs). 代表性论文: count line and Scholar metrics, '#' co-first and '*' "
          "corresponding legend, English items 'Authors. Title. Venue, Year.' followed by a red '[CCF-A，第一作者]' "
          "style mark; one Chinese journal item ('计算机学报'); 'ICLR 2026，在审' = ICLR / 2026 / under review. First "
          "author: 1, 2 (#), 3, 5, 6, 7 (6); item 4 is 通讯作者 only. 科研项目 (grants) and 发明专利 are not papers "
          "or awards. 荣誉奖励 4 (incl. 博新计划, a talent fellowship). 研究设想 is prose.",
)

LABELS["12"] = dict(
    name="Haoran Xu",
    emails=["haoran.xu@example.com"], phones=["+14255550119"],
    links=["haoranxu.example.net", "github.com/hxu-ml"],
    education=[E("University of Illinois Urbana-Champaign", "phd", "2014", "2019"),
               E("Zhejiang University", "bachelor", "2010", "2014")],
    experience=[
        J("Microsoft Research", "Senior Researcher", "2022", "present"),
        J("Microsoft Research Asia", "Researcher", "2019", "2022"),
        J("Microsoft Research Asia", "Research Intern", "2018-06", "2018-09"),
        J("Google AI", "Research Intern", "2017-05", "2017-08"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Reasoning Tokens Are Compressible: Distilling Chain-of-Thought into 1B Models", "ICML", 2026, True,
          "under review"),
        P("TinyVLM: A 1B Vision-Language Model for Phones", "CVPR", 2024, True),
        P("PhiLite-Adapter: Zero-Init Attention for Parameter-Efficient Multimodal Instruction Tuning", "ICLR", 2024, True),
        P("LoRA-Drop: Pruning Low-Rank Adapters at Inference Time", "NeurIPS", 2023, False),
        P("Quantization-Aware Distillation for Vision Transformers", "AAAI", 2023, False),
        P("Data-Free Pruning via Activation Matching", "ECCV", 2020, True),
        P("Retraining-Free Compression of Deep Networks", "TPAMI", 2021, True),
    ],
    research_interests_any=["Efficient foundation models", "parameter-efficient fine-tuning", "multimodal reasoning",
                            "on-device inference"],
    awards_count=3, language="en",
    layout="Chinese-born industry researcher in the US moving to academia, python-docx printed to PDF by LibreOffice",
    notes="Word-made PDF (LibreOffice export), Georgia: centred name, post, a contact line with '(425) 555-0119' and a "
          "second with homepage, GitHub and Scholar metrics. Ruled headings. Employment/Education/Honors as "
          "borderless two-column tables with the years left ('2022 – present' wraps to two lines in the narrow "
          "column; internships '2018' + '(Jun – Sep)' and '2017' + '(May – Aug)' after the organisation = months). "
          "'Selected Publications' S1–S3 (title bold FIRST, then authors, venue, '(Cited by N)') DUPLICATE three "
          "items of the 'Full Publication List' [1]–[7] (authors first, title, venue last): distinct papers = 7. The "
          "candidate bold among up to 11 authors; S1 cuts authors with '... ,' and [3] with 'et al.'. '[1] … In "
          "submission to ICML 2026' = ICML / 2026 / under review; 'AAAI-23' = AAAI 2023; the TPAMI item is out of "
          "year order. First author (distinct): [1], [2], [3] (* pair), [6], [7] (5). Patent not a paper. Honors 3 "
          "(MSRA mentor award, NVIDIA fellowship, provincial outstanding graduate).",
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
