"""Hand-written labels for heldout39 (python tests/heldout39/labels39.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text), not from
any parser output. Counts were made on the rendered lists (each distinct paper once: a paper printed both under
'Selected publications' and in the full list counts once)."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout39 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Marguerite A. Holloway-Dunne", name_any=["Marguerite A. Holloway-Dunne, Ph.D.", "Marguerite Holloway-Dunne"],
    emails=["mhdunne@umich.example.edu"], phones=["+12025550147"], links=["https://hollowaydunnelab.example.org"],
    education=[E("Johns Hopkins University", "phd", "1998", "2003"), E("Swarthmore College", "bachelor", "1993", "1997")],
    experience=[
        J("University of Michigan", "Professor", "2016", "present"),
        J("University of Michigan", "Associate Professor", "2010", "2016"),
        J("Boston University", "Assistant Professor", "2005", "2010"),
        J("Norwegian University of Science and Technology (NTNU)", "Visiting Scholar", "2022", "2023"),
        J("Massachusetts Institute of Technology", "Postdoctoral Fellow", "2003", "2005"),
    ],
    publications_count=77, first_author_count=19,
    publications_sample=[
        P("Population-level synaptic tagging: evidence from freely moving mice", "eLife", 2025, True),
        P("State-dependent memory consolidation of human intracranial recordings", "Nature Neuroscience", 2024, False),
        P("Dendritic integration and interneuron gating in a two-photon imaging study", "Current Biology", 2014, False),
        P("On the interneuron gating of virtual navigation", "Nature Neuroscience", 1999, False),
        P("Towards adaptive interneuron gating for virtual navigation", "Oxford Handbook of Memory", 2019, True),
        P("Optogenetic sharp-wave ripples under chronic stress", "bioRxiv", 2025, False, "preprint"),
    ],
    research_interests_any=[], awards_count=6, language="en",
    layout="US neuroscience full professor, pdfLaTeX article, fancyhdr running head with '(continued)' section mark, "
           "longtable grants, 7 pages",
    notes="Running head: name | '<section> (continued)' (LaTeX \\rightmark, so page 2 says 'Research Support "
          "(continued)' while the section starts there) | date 'February 24, 2025'; footer 'CV -- page N of 7' from "
          "page 2; a footnote on the metrics line ('h-index 41, 9,800 citations'). Appointments: dated rows with "
          "bullets (joint appointment, centre director, co-director, committee chair in bullets are not separate "
          "entries: they have no row of their own); '2005--10', '2022--23' sabbatical. Grants in a longtable "
          "(PI/MPI/Co-I, amounts) and trainees with 'now Assistant Professor, ...' rows are neither jobs nor papers. "
          "'Selected Publications' prints 5 papers [64] [58] [45] [31] [16] that reappear in the complete list: "
          "counted once. Complete list: journal articles [68]..[1] (reverse), chapters [B5]..[B1] (venue = the book), "
          "preprints [P4]..[P1] (bioRxiv doi, preprint). 68 + 5 + 4 = 77; first author 19. Awards: AAAS Fellow, "
          "Salpeter award, McKnight, Sloan, Klingenstein, Lindsley Prize (6).",
)

LABELS["02"] = dict(
    name="Wolfram Eisenhuth-Brandl", name_any=["Prof. Dr. Wolfram Eisenhuth-Brandl"],
    emails=["w.eisenhuth-brandl@example.org"], phones=["+442079460382"], links=[],
    education=[E("LMU München", "other", None, "2003"),
               E("Ruprecht-Karls-Universität Heidelberg", "phd", "1992", "1996"),
               E("Philipps-Universität Marburg", "master", "1986", "1992")],
    experience=[
        J("TU Dresden", "Full Professor (W3) and Chair of Organic Chemistry II", "2009", "present"),
        J("TU Dresden", "Dean", "2014", "2018"),
        J("Julius-Maximilians-Universität Würzburg", "Associate Professor (C3) of Organic Chemistry", "2003", "2009"),
        J("Ludwig-Maximilians-Universität München", "Habilitand and group leader", "1998", "2003"),
        J("California Institute of Technology", "Postdoctoral Fellow", "1996", "1998"),
        J("ETH Zürich", "Visiting Professor", "2016-10", "2017-03"),
        J("University of St Andrews", "Honorary Professor", "2020", "present"),
    ],
    publications_count=64, first_author_count=10,
    publications_sample=[
        P("Cobalt-catalysed hydrofunctionalisation of aqueous media", "Angew. Chem. Int. Ed.", 2025, False),
        P("On the ring expansion of allylic systems", "Angew. Chem. Int. Ed.", 2014, False),
        P("Ligand-accelerated hydrofunctionalisation in unactivated alkenes", "ACS Catal.", 1994, False),
        P("Scalable ring expansion under high pressure", "Acc. Chem. Res.", 2019, False),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="German chemistry professor (English CV), pdfLaTeX + currvita cvlist blocks, fancyhdr 'Page N of 4'",
    notes="currvita: name as the cv title, label column with 'since 2009', '1996--98', 'Oct 2016--Mar 2017'. "
          "Posts: W3 chair, Dean (concurrent), C3 Würzburg, Habilitand/group leader LMU (Liebig fellow), Caltech "
          "postdoc (Feodor Lynen), ETH sabbatical, honorary professor St Andrews (unpaid) = 7. Education: Habilitation "
          "2003 (level other), Dr. rer. nat. 1992--1996, Diplom-Chemiker = master; the ERASMUS year at Bristol is "
          "inside the Diplom line and not labelled separately. Funding and doctoral researchers ('since 2024 "
          "Laboratory Head, BASF') are not jobs. Publications after \\end{cv}: A. 58 articles and B. 6 reviews, "
          "numbering restarting at 1 in each (64); C. patents not counted. ACS-like 'Journal Year, Vol, pages: "
          "Title.' with the title last; first author 10. Awards: Leopoldina, Otto Bayer Prize, ADUC Prize, "
          "Maier-Leibnitz Prize (4); 'ERC Advanced Grant (see below)' in Honours is a grant.",
)

LABELS["03"] = dict(
    name="Alasdair Penhallow-Greaves", name_any=[],
    emails=["a.penhallow-greaves@example.ac.uk"], phones=["+442079460419"], links=[],
    education=[E("University of Oxford", "phd", "1975", "1979"), E("University of St Andrews", "bachelor", "1971", "1975")],
    experience=[
        J("University of Edinburgh", "Professor Emeritus of Scottish History", "2019", "present"),
        J("University of Edinburgh", "Professor of Scottish History", "1998", "2019"),
        J("University of Edinburgh", "Reader in Scottish History", "1991", "1998"),
        J("University of Aberdeen", "Lecturer in History", "1982", "1991"),
        J("Merton College, Oxford", "Junior Research Fellow", "1979", "1982"),
        J("All Souls College, Oxford", "Visiting Fellow", "2005", "2006"),
        J("Harvard University", "Visiting Professor", "2012", "2012"),
        J("University of Glasgow", "Honorary Professorial Fellow", "2020", "present"),
    ],
    publications_count=48, first_author_count=None,
    publications_sample=[
        P("Towards clerical improvement societies for the Atlantic world", "Journal of British Studies", 2023, True),
        P("A patrician approach to marriage contracts in the Union debates of 1706–7", "Economic History Review", 1981,
          True),
        P("A provincial approach to poor relief in the Lowland parish", "Scottish Society, 1500–1800", 2017, True),
        P("Counting the Poor: Parish Relief in Scotland, 1650–1845", None, 2022, True),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Scottish historian, emeritus, XeLaTeX article (Liberation Serif), small-caps headings, running head "
           "'<section> (cont.)', folio 'N/4'",
    notes="Post-nominals 'MA (St Andrews), DPhil (Oxon), FRSE, FBA'. Open-ended '2019–' and '2020–' = present; "
          "'1991–8', '1975–9' = 1998, 1979; 'Spring 2012' = 2012–2012; Head of School 2008–11 is inside the chair's "
          "line (no entry of its own). Scottish MA (Hons) = bachelor. Publications without his name: monographs 1–5, "
          "edited volumes 6–8 ('ed., with M. Colquhoun'), articles 9–34 (single quotes, some '(with X. Y)'), "
          "chapters 35–48 (numbering resumes across categories) = 48; '120 book reviews (not listed)' not counted. "
          "With his own name omitted first_author_count is null. A book's venue is null. Awards: FBA, FRSE, Saltire "
          "book prize, Hume Brown prize (4); the Leverhulme Major Research Fellowship sits among grants with an "
          "amount and is treated as a grant (judgement call).",
)

LABELS["04"] = dict(
    name="Sietse van Hoogmoed", name_any=["Prof. dr. ir. Sietse van Hoogmoed"],
    emails=["s.vanhoogmoed@example.org"], phones=[], links=["https://sietse.example.org"],
    education=[E("Radboud University Nijmegen", "phd", "2004", "2008"),
               E("Delft University of Technology", "master", "2002", "2004"),
               E("Delft University of Technology", "bachelor", "1999", "2002")],
    experience=[
        J("University of Amsterdam", "Full Professor", "2019", "present"),
        J("ELLIS Unit Amsterdam", "Scientific Director", "2021", "present"),
        J("University of Amsterdam", "Associate Professor", "2014", "2019"),
        J("Google Brain", "Visiting Researcher", "2018-01", "2018-06"),
        J("Eindhoven University of Technology", "Assistant Professor", "2010", "2014"),
        J("University of Cambridge", "Postdoctoral Research Associate", "2008", "2010"),
    ],
    publications_count=80, first_author_count=26,
    publications_sample=[
        P("On the representation learning of point clouds", "TPAMI", 2025, False),
        P("Hierarchical uncertainty estimation under limited supervision", "ICLR", 2025, True),
        P("On the attention of tabular data", "ICML", 2021, False),
        P("Latent diffusion models under adversarial perturbations", "CVPR", 2008, False),
        P("Certified attention of medical images", "ICML Workshop", 2022, False),
        P("Amortised message passing of point clouds", "arXiv", 2025, False, "preprint"),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Dutch ML professor and lab head, HTML printed by WeasyPrint with CSS @page margin boxes (name, date, "
           "'CV – page N of 7')",
    notes="Date column rows; 'Jan – Jun 2018' sabbatical at Google Brain = 2018-01..2018-06; '2008 – 10'. Lab head "
          "and programme director are bullets of the chair (not separate). Scholar and Scopus metric lines. Grants "
          "with 'role: PI/co-PI' and supervision rows ('now Research Scientist, ...') are not jobs. 'Selected "
          "Publications' repeats five papers of the full list (counted once). Full list restarts numbering per "
          "category: journals 18, conferences 46 (long proceedings names, short venue labelled: NeurIPS, ICML, ICLR, "
          "AISTATS, UAI, CVPR, AAAI), workshops 9 ('NeurIPS/ICML Workshop'), arXiv preprints 7 = 80; first author 26. "
          "Awards: ELLIS Fellow, ICML outstanding paper, Huygens award, dissertation award (4); Vici/Vidi/ERC are "
          "grants.",
)

LABELS["05"] = dict(
    name="Fenella Marchbanks-Ouyang", name_any=["Associate Professor Fenella Marchbanks-Ouyang"],
    emails=["fenella.mo@example.edu.au"], phones=["+61755501284"], links=["https://reefecology.example.org"],
    education=[E("The University of Queensland", "phd", "2003", "2007"),
               E("The University of Sydney", "bachelor", None, "2002"),
               E("The University of Sydney", "bachelor", "1999", "2001")],
    experience=[
        J("James Cook University", "Associate Professor", "2020", "present"),
        J("James Cook University", "Senior Lecturer", "2014", "2019"),
        J("James Cook University", "ARC DECRA Fellow", "2011", "2013"),
        J("Australian Institute of Marine Science (AIMS)", "Postdoctoral Research Fellow", "2008", "2010"),
        J("Scripps Institution of Oceanography", "Visiting Scholar", "2019-07", "2019-12"),
        J("Australian Institute of Marine Science", "Adjunct Principal Research Scientist", "2021", "present"),
    ],
    publications_count=57, first_author_count=19,
    publications_sample=[
        P("A symbiotic approach to connectivity in marine heatwaves", "Coral Reefs", 2025, True),
        P("Decadal calcification rates under ocean warming", "Journal of Applied Ecology", 2016, True),
        P("Towards acidified heat tolerance for marine heatwaves", "Journal of Applied Ecology", 2006, False),
        P("Heat tolerance and microbiome shifts in turbid nearshore reefs", "Coral Reefs of Australia", 2023, True),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Australian marine ecologist, python-docx DOCX with header (name, 'Updated 1 March 2025') and PAGE/NUMPAGES "
           "footer fields, tab-separated date rows, grant and HDR tables",
    notes="Title heading 'Associate Professor Fenella Marchbanks-Ouyang'; career-interruption line; '2011 – 13' DECRA "
          "fellow (org printed 'ARC Centre of Excellence for Coral Reef Studies, James Cook University'); '2019 "
          "(Jul–Dec)' = 2019-07..2019-12; 'since 2021' adjunct = present. BSc (Hons I) printed with one year (2002). "
          "Funding table (Lead CI, CI, co-CI, amounts) and HDR table with current positions are not jobs. "
          "Publications numbered continuously: 52 refereed articles + 5 chapters (In: ... (eds) Coral Reefs of "
          "Australia) = 57; the government report is 'not numbered' and not counted; first author 19. Awards: Dorothy "
          "Hill Medal, VC award, DECRA (printed as an award), ACRS student prize (4).",
)

LABELS["06"] = dict(
    name="Yevgenia Rozentsvaig", name_any=["Prof. Yevgenia Rozentsvaig"],
    emails=["yrozen@cs.example.ac.il"], phones=["+12025550176"], links=["https://yrozen.example.org"],
    education=[E("Leningrad State University", "phd", "1988", "1991"),
               E("Leningrad State University", "master", "1982", "1987")],
    experience=[
        J("Technion", "Professor", "2008", "present"),
        J("Technion", "Associate Professor", "2002", "2008"),
        J("Technion", "Senior Lecturer", "1997", "2002"),
        J("Bar-Ilan University", "Lecturer", "1994", "1997"),
        J("Weizmann Institute of Science", "Postdoctoral Fellow", "1991", "1994"),
        J("Microsoft Research", "Visiting Researcher", "2011", "2012"),
        J("EPFL", "Visiting Professor", "2019", "2020"),
        J("Max Planck Institute for Informatics", "Visiting Scientist", "2005", "2005"),
    ],
    publications_count=64, first_author_count=15,
    publications_sample=[
        P("Faster low-diameter decompositions: evidence from the CONGEST model", "ACM Transactions on Algorithms", 2024,
          False),
        P("Oblivious edge colouring of bounded-degree expanders", "Algorithmica", 1993, False),
        P("Towards dynamic edge colouring for bounded-degree expanders", "PODC", 2025, True),
        P("Parameterised connectivity certificates of directed graphs", "FOCS", 2001, False),
        P("On the connectivity certificates of minor-free graphs", "Encyclopedia of Algorithms", 2016, True),
    ],
    research_interests_any=[], awards_count=5, language="en",
    layout="Israeli theory-CS professor, python-docx printed by LibreOffice, Word header 'Name — CV / March 2025', "
           "footer 'CV – page N of 7' fields",
    notes="Candidate of Sciences (Phys.-Math.) 1988–1991 = phd; Diploma with distinction (M.Sc. equivalent) = master; "
          "the 1993 'Ph.D. equivalence recognised' line is not a degree. Dean and Head of Theory Group are bullets of "
          "the professorship (no entries of their own). Sabbatical/visiting block: MSR 2011–2012, EPFL 2019–2020, "
          "'Summer 2005' MPI = 2005–2005. Grants (ERC AdG, ISF, BSF co-PI, GIF, '2003–06') and students ('now "
          "Assistant Professor, ...') are neither jobs nor papers. Publications with authors in alphabetical order, "
          "own name not bold: [J24]..[J1], [C38]..[C1] (long proceedings names, short venue labelled), [B2]..[B1] "
          "= 64; first author (listed first alphabetically) 15. Awards: ACM Fellow, EATCS Award, Bruno Award, STOC "
          "best paper, Alon Fellowship (5).",
)

LABELS["07"] = dict(
    name="Ha-eun Ryu", name_any=["Ha-eun Ryu, Ph.D."],
    emails=["haeun.ryu@example.ac.kr"], phones=[], links=["https://energymat-lab.example.org"],
    education=[E("Massachusetts Institute of Technology", "phd", "1998", "2005"),
               E("Seoul National University", "master", "1996", "1998"),
               E("Seoul National University", "bachelor", "1992", "1996")],
    experience=[
        J("KAIST", "Professor", "2016-03", "present"),
        J("KAIST Battery Research Center", "Director", "2020-03", "present"),
        J("KAIST", "Associate Professor", "2011-03", "2016-02"),
        J("KAIST", "Assistant Professor", "2007-03", "2011-02"),
        J("Argonne National Laboratory", "Visiting Scientist", "2019-08", "2020-07"),
        J("Stanford University", "Postdoctoral Scholar", "2005-06", "2007-02"),
        J("LG Energy Solution Ltd.", "Outside Director", "2022", "present"),
    ],
    publications_count=72, first_author_count=16,
    publications_sample=[
        P("A self-healing approach to cathodes in high-voltage operation", "Advanced Energy Materials", 2025, False),
        P("Atomic-scale lithium plating under high current density", "Journal of Materials Chemistry A", 2020, False),
        P("Layered lithium plating of fast charging", "Advanced Materials", 2012, False),
        P("In situ defect passivation: evidence from low-temperature operation", "MRS Spring Meeting", 2017, False),
    ],
    research_interests_any=[], awards_count=5, language="en",
    layout="Korean materials professor, HTML printed by WeasyPrint (US Letter) with CSS footnotes (float: footnote), "
           "running head/foot 'Page N / 6', tables with repeating headers",
    notes="'2016.03 – present' dates wrap in the date column; 'since 2022' outside director is in Professional "
          "Experience (a job). Footnotes at page bottoms (military-service note inside the PhD line; conflict of "
          "interest; DORA). Funding table (KRW amounts, PI/co-PI) and students table (current positions) are not "
          "jobs. Publications: A. 64 journal articles 1–64 and B. 8 conference abstracts (the HTML asks for "
          "<ol start=65> but WeasyPrint prints 1–8, against the footnote's 'numbering continues') = 72; "
          "C. patents restart at 1 and are not counted. '*' corresponding (last), '†' equal contribution: two "
          "items (17 and 22) print her second with '†' on both first two authors = first author. First author "
          "14 + 2 = 16. Awards: KAST Fellow, Kyung-Ahm Prize, KIM young scientist, KAIST award, MRS gold (5).",
)

LABELS["08"] = dict(
    name="Kenjiro Matsudaira", name_any=["Kenjiro Matsudaira, Dr. Eng."],
    emails=["k.matsudaira@example.co.jp"], phones=[], links=[],
    education=[E("The University of Tokyo", "phd", None, "1995-03"), E("The University of Tokyo", "master", None, "1992-03"),
               E("Keio University", "bachelor", None, "1990-03")],
    experience=[
        J("Hitachi, Ltd.", "General Manager, Center for Technology Innovation -- Photonics", "2021-04", "present"),
        J("Hitachi, Ltd.", "Department Manager, Optical Interconnect Research Department", "2016-04", "2021-03"),
        J("Hitachi, Ltd.", "Chief Researcher (Unit Leader)", "2008-04", "2016-03"),
        J("University of California, Santa Barbara", "Visiting Researcher", "2003-10", "2004-09"),
        J("Hitachi, Ltd.", "Researcher, then Senior Researcher", "1995-04", "2008-03"),
        J("Tohoku University", "Visiting Professor", "2018-04", "present"),
    ],
    publications_count=48, first_author_count=18,
    publications_sample=[
        P("Integrated waveguide couplers of hyperscale networks", "Optics Express", 2024, False),
        P("Phase shifters and laser arrays in 400G Ethernet", "Optics Express", 1994, False),
        P("Towards wavelength-tunable waveguide couplers for data-centre links", "OFC", 2015, True),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="Japanese industrial research director, pdfLaTeX article in Helvetica, longtable career/education rows, "
           "'Confidential' footer and 'p. N/4'",
    notes="Career table 'Apr 2021 -- present' with the concurrent Tohoku visiting professorship printed last; the "
          "UCSB year is a company overseas study programme (a job). Degrees printed with the month of graduation "
          "only (start null; the Dr. Eng. line also says 1992--1995, start not scored). A summary line '31 journal "
          "papers, 17 conference papers, 96 granted patents'. National projects table (NEDO, roles) is not jobs. "
          "(1) journal [1]..[31], (2) conference [1]..[17] restarting (48); (3) patents [P1]..[P5] not counted; first "
          "author 18. Awards: MEXT commendation, IEICE achievement, Hitachi President's Award, IEICE young (4).",
)

LABELS["09"] = dict(
    name="陈志远", name_any=[],
    emails=["chenzy@tongji.example.edu.cn"], phones=["+8613800138462"], links=["https://chenzy.example.edu.cn"],
    education=[E("清华大学", "phd", "1998-09", "2003-07"), E("湖南大学", "bachelor", "1994-09", "1998-07"),
               E("东京大学", "other", "2001-10", "2002-10")],
    experience=[
        J("同济大学", "教授、博士生导师", "2013-12", "present"),
        J("同济大学", "副主任（兼）", "2018-01", "present"),
        J("同济大学", "副教授", "2008-12", "2013-11"),
        J("同济大学", "讲师", "2005-07", "2008-11"),
        J("香港理工大学", "博士后研究员", "2003-07", "2005-06"),
        J("加州大学伯克利分校", "访问学者", "2016-02", "2017-02"),
    ],
    publications_count=64, first_author_count=16,
    publications_sample=[
        P("A geopolymer approach to creep behaviour in elevated temperature", "Journal of Structural Engineering", 2025,
          False),
        P("Experimental study of composite girders under sustained load", "Engineering Structures", 2015, False),
        P("低碳钢-混凝土组合梁变形及其设计方法", "中国公路学报", 2025, False),
        P("高强抗震性能承载力及其设计方法", "硅酸盐学报", 2016, False),
    ],
    research_interests_any=[], awards_count=4, language="zh",
    layout="Chinese civil-engineering professor 个人简历, python-docx DOCX (宋体), info table, 科研项目 table, "
           "代表性论文 table before the full 论文目录, header '陈志远 个人简历 / 2025年3月', footer '第 N 页 共 M 页'",
    notes="Info grid with 姓名/职称/邮箱/电话. 教育经历: 硕博连读 PhD 清华大学, 湖南大学 学士, 东京大学 联合培养 (other). "
          "工作经历 rows '2013.12–至今' etc.; 副主任（兼） at the 同济大学 state key lab is concurrent; 访问学者（学术休假） "
          "at Berkeley. 科研项目 table rows (名称, 来源, 经费, 起止时间, 主持/参与) are grants, not jobs. 代表性论文 table "
          "repeats 10 papers of the full list (counted once). 全部论文目录: [1]–[34] English ([J] markers, Vancouver "
          "names, own name bold) and [35]–[64] Chinese (64); patents (ZL numbers) and 人才培养 not counted; first "
          "author 16. Awards: 长江学者特聘教授, 上海市科技进步一等奖, 詹天佑奖, 全优博士论文提名奖 (4); 国家杰出青年科学基金 "
          "is a grant (as in heldout37).",
)

LABELS["10"] = dict(
    name="Hélène Dubreuil-Marchetti", name_any=[],
    emails=["helene.dubreuil-marchetti@example.fr"], phones=["+33199002741"], links=["https://hdm.example.fr"],
    education=[E("Université Joseph-Fourier", "other", None, "2010"),
               E("Université Joseph-Fourier, Grenoble", "phd", "1998", "2001"),
               E("INP Grenoble", "master", None, "1997"),
               E("École nationale supérieure d'hydraulique et de mécanique de Grenoble (ENSHMG)", "master", "1994",
                 "1997")],
    experience=[
        J("Université Grenoble Alpes", "Professeure des universités", "2012", "present"),
        J("Institut des Géosciences de l'Environnement (IGE)", "Directrice adjointe", "2019", "2023"),
        J("Université Joseph-Fourier", "Maîtresse de conférences", "2004", "2012"),
        J("CNRS, UMR 5194 PACTE", "Délégation CNRS", "2008", "2009"),
        J("Università degli Studi di Padova", "Professeure invitée", "2016-09", "2017-02"),
        J("Irstea (ex-Cemagref)", "Ingénieure de recherche", "2002", "2004"),
    ],
    publications_count=49, first_author_count=18,
    publications_sample=[
        P("Évolution des transport solide dans les Écrins", "Earth Surface Processes and Landforms", 2025, False),
        P("Évolution des modélisation distribuée face au fonte rapide", "Earth Surface Processes and Landforms", 2002,
          True),
        P("Approche alpin des modélisation distribuée dans le massif du Mont-Blanc", "Journal of Hydrology", None, False,
          "under review"),
        P("Sur les régimes de crue en contexte de fonte rapide", "Colloque SHF", 2020, False),
        P("Approche saisonnier des manteau neigeux dans le Vercors", "Les risques naturels en montagne", 2021, True),
    ],
    research_interests_any=[], awards_count=3, language="fr",
    layout="French professor (hydrology), Typst, A4, running head 'mis à jour le 1er mars 2025', footer 'page N / 5', "
           "grid date column",
    notes="'depuis 2012', '2008 -- 09', 'sept. 2016 -- févr. 2017' (CRCT sabbatical in Padova). HDR 2010 = level other; "
          "Doctorat 1998--2001; DEA (one year printed) and Diplôme d'ingénieur = master. Projets financés "
          "(coordinatrice, co-PI, k€) and Encadrement doctoral ('aujourd'hui chargé de recherche INRAE') are not "
          "jobs. HCERES categories with continuous numbering: ACL [1]–[30], Articles soumis [31]–[33] ('Soumis à', "
          "no year, under review), ACTI [34]–[45], OS chapters [46]–[49] (venue = the book) = 49; first author 18. "
          "Invented French titles are deliberately clumsy. Awards: IUF senior member, Académie des sciences prize, "
          "SHF thesis prize (3). Phone 01 99 00 27 41 is in ARCEP's fiction range.",
)

LABELS["11"] = dict(
    name="Theodora Vance-Okafor", name_any=["Theodora Vance-Okafor, Ph.D."],
    emails=["theo.vanceokafor@example.com"], phones=["+12025550139"],
    links=["https://www.linkedin.example.com/in/tvo", "https://scholar.example.com/citations?user=tvo00"],
    education=[E("Stanford University", "phd", "1996", "2001"), E("Stanford University", "master", None, "1998"),
               E("University of Lagos", "bachelor", None, "1994")],
    experience=[
        J("Nokia Bell Labs", "Vice President and Director, Optical Interconnect Research", "2019", "present"),
        J("Nokia Bell Labs", "Department Head, Photonic Subsystems", "2014", "2019"),
        J("Alcatel-Lucent Bell Labs", "Distinguished Member of Technical Staff", "2008", "2014"),
        J("Alcatel-Lucent Bell Labs", "Member of Technical Staff", "2001", "2008"),
        J("Columbia University", "Adjunct Professor", "2012", "present"),
        J("Technical University of Denmark (DTU Fotonik)", "Visiting Professor", "2017-09", "2018-02"),
    ],
    publications_count=68, first_author_count=20,
    publications_sample=[
        P("Towards thermally stable phase shifters for automotive LiDAR", None, 2019, True),
        P("A wavelength-tunable approach to waveguide couplers in 5G fronthaul", "Optical Fiber Telecommunications VII",
          2020, True),
        P("Towards compact frequency combs for automotive LiDAR", "Journal of Lightwave Technology", 2023, True),
        P("A thermally stable approach to optical interconnects in 400G Ethernet", "OFC", 2016, False),
        P("Towards integrated phase shifters for hyperscale networks",
          "IEEE Journal of Selected Topics in Quantum Electronics", 2001, False),
    ],
    research_interests_any=[], awards_count=5, language="en",
    layout="US industrial research director, GitHub Markdown (### 'Org — Title' headings, italic date lines)",
    notes="'### Nokia Bell Labs, Murray Hill, NJ — Vice President and Director, ...' with '*2019 – present*' below; "
          "'2001 – 08'; 'since 2012' adjunct = present; 'Sep 2017 – Feb 2018' industrial sabbatical. Blockquote "
          "metrics line. 'Selected Publications' (6 bullets) repeats papers of the full list (counted once). Full "
          "list numbered 1–68 across Books (1, venue null), Book chapters (2–4), Journal papers (5–38), Conference "
          "papers (39–68, long names, short venue labelled OFC/ECOC/CLEO); patents as bullets not counted; first "
          "author 20. Awards: IEEE Fellow, Optica Fellow, Bell Labs President's Gold Award, Tyndall finalist, NAE (5).",
)

LABELS["12"] = dict(
    name="Isobel Drummond-Achebe", name_any=["Professor Isobel Drummond-Achebe"],
    emails=["isobel.drummond@example.ac.uk"], phones=["+442079460733"], links=[],
    education=[E("University of Glasgow", "other", None, "2015"),
               E("London School of Hygiene and Tropical Medicine", "phd", "1995", "1998"),
               E("University of Glasgow", "bachelor", "1988", "1993")],
    experience=[
        J("University of Edinburgh", "Chair in Social Epidemiology", "2013", "present"),
        J("NHS Lothian", "Honorary Consultant in Public Health", "2013", "present"),
        J("University of Aberdeen", "Reader, then Personal Chair", "2006", "2013"),
        J("University of Aberdeen", "Senior Lecturer in Epidemiology", "2001", "2006"),
        J("University of Glasgow", "MRC Training Fellow", "1998", "2001"),
        J("University of Melbourne", "Visiting Professor", "2019", "2019"),
    ],
    publications_count=80, first_author_count=14,
    publications_sample=[
        P("Trajectories of dementia risk: evidence from deprived communities", "American Journal of Epidemiology", 2025,
          False),
        P("A maternal approach to prescribing patterns in UK Biobank", "The Lancet Public Health", 2025, True),
        P("A intergenerational approach to cancer survival in deprived communities", "The Lancet Public Health", 2007,
          False),
        P("Trends in obesity trajectories under rural isolation", "Social Science & Medicine", 1996, False),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="Scottish social epidemiologist, pdfLaTeX article (Charter) + BibTeX unsrt for the full list, numbered "
           "sections, running head '<section> (continued)', 'Page N of 7'",
    notes="Name with post-nominals 'MBChB, PhD, DSc, FRCP(Edin), FFPH, FMedSci' on the right. DSc (higher doctorate, "
          "2015) = level other; FFPH and FRCP in the Qualifications list are not degrees; MBChB = bachelor. Honorary "
          "consultant concurrent with the chair; '2019 (6 months)' Melbourne sabbatical. Grants with £ and PI/co-PI. "
          "'Selected publications' S1–S5 (Vancouver) repeat papers of the BibTeX list [1]–[80] (counted once; 80); "
          "first author 14. The BibTeX heading 'Full list of peer-reviewed publications' is repeated in capitals as the "
          "running head of the list's pages; page 2's head says 'Publication metrics (continued)'. Footnote on the "
          "Scholar line. Awards: FMedSci, Cochrane "
          "Lecture, FRSE (3).",
)


def main() -> int:
    out = HERE / "expected"
    out.mkdir(exist_ok=True)
    for nn, lab in LABELS.items():
        fname = NAMES[nn]
        data = {"file": fname, **lab}
        (out / (Path(fname).stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    print(len(LABELS), "labels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
