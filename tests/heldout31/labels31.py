"""Hand-written labels of heldout31 (format of ../../shared/eval/score.py)."""
from __future__ import annotations


def edu(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = [
    {
        "file": "01_us_chemistry_asst_prof_pdflatex.pdf",
        "name": "Corwin A. Halvorsen-Mbeki",
        "name_any": ["Corwin Halvorsen-Mbeki"],
        "emails": ["chalvorsen@chem.umn.example.edu"],
        "phones": ["+16125550143"],
        "links": ["https://halvorsenlab.example.org"],
        "education": [
            edu("California Institute of Technology", "phd", "2013", "2018"),
            edu("Reed College", "bachelor", "2009", "2013"),
        ],
        "experience": [
            job("University of Minnesota, Twin Cities", "Assistant Professor", "2021-08", "present"),
            job("Massachusetts Institute of Technology", "Postdoctoral Associate", "2018-09", "2021-07"),
        ],
        "publications_count": 9,
        "first_author_count": 3,
        "publications_sample": [
            pub("Cobalt-catalysed deoxyfluorination of tertiary alcohols through a radical-polar crossover",
                "J. Am. Chem. Soc.", 2025, False, "published"),
            pub("Difficult fluorinations made routine? A perspective on first-row metals", "ACS Catal.", 2023, True,
                "published"),
            pub("Photochemical difluoromethylation of azines with an iron(III) fluoride", "Org. Lett.", None, False,
                "in press"),
            pub("Kinetic isotope effects in C–H fluoroalkylation by high-spin iron", "Chem. Sci.", None, False,
                "under review"),
            pub("An iron(IV) fluoride that abstracts hydrogen atoms and rebounds fluorine", "Nat. Chem.", 2021, True,
                "published"),
        ],
        "research_interests_any": [],
        "awards_count": 4,
        "language": "en",
        "layout": "pdfLaTeX article, Latin Modern Type 1 (T1), soul letter-spaced headings, fancyhdr header/footer",
        "notes": "Small-caps name centred; headings set with soul \\so, so the text layer reads 'E D U C AT I O N', "
                 "'H O N O R S & AWA R D S', 'P U B L I C AT I O N S' (kerned pairs stay together), while pdftotext "
                 "prints 'RESEARCH PROFILE', 'ACADEMIC APPOINTMENTS', 'GRANTS', 'TEACHING' unspaced. Running header (small-caps name + 'Curriculum Vitae — December "
                 "2026') and footer ('Page 1 of 2' + department) on both pages. Research profile is a justified "
                 "paragraph with fi/fl/ffi ligatures and a hyphenated line end ('fluoroalky-lation'), ending in a "
                 "footnote mark '1' glued to 'programme.'; the footnote (explaining underline/*/†) sits at the foot "
                 "of page 1 between publications [4] and [5]. Dates right-aligned with \\hfill ('08/2021 – "
                 "present'), the institution bold on the first line, the title on the next. ACS-style publications "
                 "under two sub-headings ('Independent career', 'Postdoctoral and graduate work') with numbering "
                 "continued [1]..[9]; superscript *, †, 1, 2 after author names; '(in press)' without a year = in "
                 "press; 'Submitted to Chem. Sci.' = under review. The candidate is first in [3], [6], [8]; in [1] "
                 "the † equal-contribution pair are his students, not him. The NSF Graduate Research Fellowship is "
                 "an award; NSF CAREER and NIH R35 under 'Grants' are not. Research profile is prose (no list of "
                 "interests): not scored. Phone '(612) 555-0143' (invented).",
    },
    {
        "file": "02_uk_ecology_postdoc_xelatex_carlito.pdf",
        "name": "Eilidh Strachan-Obuya",
        "name_any": [],
        "emails": ["eilidh.strachan-obuya@stir.example.ac.uk"],
        "phones": ["+4417865550178"],
        "links": ["https://github.com/estrachan-eco"],
        "education": [
            edu("University of Glasgow", "phd", "2018", "2022"),
            edu("University of Glasgow", "master", "2017", "2018"),
            edu("University of Aberdeen", "bachelor", "2013", "2017"),
        ],
        "experience": [
            job("University of Stirling", "Postdoctoral Research Associate", "2023-10", "present"),
            job("Scottish Environment Protection Agency (SEPA)", "Ecologist", "2022-04", "2023-09"),
            job("University of Glasgow", "Graduate Teaching Assistant", "2019", "2021"),
        ],
        "publications_count": 6,
        "first_author_count": 3,
        "publications_sample": [
            pub("Stonefly drift increases abruptly above a stream temperature threshold", "Freshwater Biology", 2024,
                True, "published"),
            pub("Riparian shading buffers upland streams against summer heatwaves", "Global Change Biology", 2022,
                False, "published"),
            pub("Hierarchical occupancy models for eDNA with imperfect detection across restored peatland streams",
                "Methods in Ecology and Evolution", None, True, "under review"),
            pub("Upland stream invertebrate recovery after drain blocking: a ten-catchment synthesis", None, None,
                False, "in preparation"),
        ],
        "research_interests_any": ["freshwater macroinvertebrate ecology", "river restoration",
                                   "environmental DNA metabarcoding"],
        "awards_count": 2,
        "language": "en",
        "layout": "XeLaTeX + fontspec, Carlito with Ligatures={Common,Rare,Discretionary}, multicol two-column body",
        "notes": "One A4 page: a full-width name/contact block, then the whole body in two justified multicol "
                 "columns, so a line-by-line reading interleaves the left column (interests, positions, education, "
                 "start of publications) with the right one (the rest of the publications, grants and awards, "
                 "skills, teaching, referees). Headings are body size and weight, told apart only by green colour "
                 "and a thin rule. Carlito's discretionary ligatures (st, ct, ch, ck) and common ones (fi, ff, ffi) "
                 "are used; the font has no 'ti' ligature. Hyphenated line ends ('Stir-ling', 'up-land', "
                 "'dis-tributions'). Entries are run-in prose: 'University of Stirling, Postdoctoral Research "
                 "Associate, NERC project … October 2023 – present'; 'Ecologist (fixed-term)' labelled 'Ecologist'. "
                 "The GTA post listed under 'Previous positions' is a job. 'in review' = under review; 'In "
                 "preparation' has no venue. The BES Small Research Grant is a grant (not an award); the Gilson "
                 "Memorial Award and the thesis prize (runner-up) are awards. Referees' e-mails are not the "
                 "candidate's. ORCID printed as a bare number (not labelled as a link). Phone '+44 1786 555 0178' "
                 "(invented).",
    },
    {
        "file": "03_de_materials_industry_scientist_typst.pdf",
        "name": "Henrike Albers-Nwosu",
        "name_any": ["Dr. Henrike Albers-Nwosu"],
        "emails": ["henrike.albers@materials.example.de"],
        "phones": ["+496215550162"],
        "links": ["linkedin.com/in/henrike-albers-nwosu-example"],
        "education": [
            edu("Westfälische Wilhelms-Universität Münster", "phd", "2013-10", "2017-09"),
            edu("Technische Universität Darmstadt", "master", "2011-10", "2013-09"),
            edu("Technische Universität Darmstadt", "bachelor", "2008-10", "2011-09"),
        ],
        "experience": [
            job("BASF SE", "Senior Research Scientist", "2022-03", "present"),
            job("BASF SE", "Research Scientist", "2019-04", "2022-02"),
            job("Karlsruher Institut für Technologie (KIT)", "Postdoctoral Researcher", "2017-10", "2019-03"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("Single-ion conducting polyborate networks with transference numbers above 0.9",
                "Advanced Energy Materials", 2025, True, "published"),
            pub("Interphase formation between polymer electrolytes and nickel-rich cathodes studied by operando XPS",
                "ACS Energy Letters", 2024, False, "published"),
            pub("Segmental relaxation governs lithium hopping in comb polymers", "Macromolecules", 2017, True,
                "published"),
            pub("Machine-learned force fields for polymer electrolytes: a benchmark", "npj Computational Materials",
                None, False, "under review"),
        ],
        "research_interests_any": ["single-ion conducting polymers", "solid-state battery interphases",
                                   "ion transport in soft matter"],
        "awards_count": 3,
        "language": "en",
        "layout": "Typst (typst-py), main column left, dark sidebar on the right, rotated side label, header/footer",
        "notes": "German industry scientist, English CV, two A4 pages. The sidebar (Contact, Expertise, Research "
                 "interests, Awards, Languages, Personal) is on the RIGHT, so extracted lines pair main-column text "
                 "with sidebar text. A 90°-rotated letter-spaced label 'CURRICULUM VITAE · MATERIALS SCIENCE · "
                 "POLYMER ELECTROLYTES' runs up the left edge of every page (text layer: 'C U R R I C U L U M V I "
                 "TA E …' in the middle of the page). Running header 'Dr. Henrike Albers-Nwosu | Curriculum Vitae | "
                 "Ludwigshafen, November 2026' and footer with the e-mail and '1/2' on both pages. Main headings "
                 "tracked capitals ('E D U C AT I O N'). Rows 'Org … dates' in a grid with the role in italics "
                 "below; 'since 03/2022' = 2022-03 to present; the KIT organisation wraps onto a second line and its "
                 "dates touch it ('Institute of10/2017 – 03/2019'). Typst hyphenates with soft hyphens "
                 "('block-copoly­mer'). Publication [6] ('(2026). … Submitted to npj Computational Materials') is "
                 "under review, so its year is not labelled; it carries over to page 2. Patents are not "
                 "publications. Deutschlandstipendium (scholarship) is an award. LinkedIn URL broken over two "
                 "sidebar lines. Phone '+49 621 555 01 62' (invented).",
    },
    {
        "file": "04_us_neuro_research_scientist_chromium.pdf",
        "name": "Priyamvada Okafor-Lindgren",
        "name_any": ["Priyamvada Okafor-Lindgren, PhD"],
        "emails": ["priya.okafor-lindgren@example.com"],
        "phones": ["+14255550119"],
        "links": ["github.com/pokafor-lindgren", "scholar.google.com/citations?user=pOLx-example"],
        "education": [
            edu("Stanford University", "phd", "2014", "2020"),
            edu("University of Michigan", "bachelor", "2010", "2014"),
        ],
        "experience": [
            job("Meta Reality Labs Research", "Research Scientist", "2023-01", "present"),
            job("Columbia University", "Postdoctoral Research Scientist", "2020-08", "2022-12"),
            job("Google Research", "Research Intern", "2018", "2018"),
        ],
        "publications_count": 7,
        "first_author_count": 4,
        "publications_sample": [
            pub("A generic noninvasive neuromotor interface for human–computer interaction", "Nature", 2025, True,
                "published"),
            pub("Self-supervised pretraining of sEMG decoders across users", "NeurIPS", 2024, False, "published"),
            pub("Preparatory activity in dorsal premotor cortex is a subspace, not a state", "bioRxiv", 2019, True,
                "preprint"),
            pub("Handwriting decoding from wrist EMG with conformers", "ICLR", None, False, "under review"),
        ],
        "research_interests_any": ["neural population dynamics", "motor decoding",
                                   "closed-loop brain–computer interfaces"],
        "awards_count": 3,
        "language": "en",
        "layout": "HTML/CSS printed by headless Chromium: flexbox rows (dates first in the DOM, row-reverse), "
                  "CSS multi-column publications and skills",
        "notes": "Flex header: light first name + bold surname + ', PhD' wrapping onto a second line, contact block "
                 "right-aligned with the Scholar URL broken at 'pOLx-' / 'example'. Every dated row is a flex row "
                 "with flex-direction: row-reverse, so the date is FIRST in the DOM/content stream and printed on "
                 "the right; role on the next line in italics. Education and Honors sit side by side (flex, two "
                 "boxes). Publications in two CSS columns (1-4 left, 5-7 right), Vancouver style with 'et al.'; "
                 "the candidate underlined; '*' = equal contribution (first author in [1] anyway). 'NeurIPS 2024' "
                 "published; 'bioRxiv 2019' preprint; 'Under review at ICLR 2026' under review, year not labelled. "
                 "Skills in three CSS columns. 'Summer 2018' internship = 2018–2018. Tau Beta Pi (honor society, "
                 "under Honors) is counted as an award with the two fellowships. Phone '(425) 555-0119' (invented).",
    },
    {
        "file": "05_au_economics_lecturer_word_fields.docx",
        "name": "Tobias Ngata-Whitfield",
        "name_any": ["Dr Tobias Ngata-Whitfield"],
        "emails": ["tobias.ngata-whitfield@monash.example.edu"],
        "phones": ["+61355501827"],
        "links": ["https://tngatawhitfield.example.net"],
        "education": [
            edu("University of Melbourne", "phd", "2016", "2021"),
            edu("Australian National University", "master", "2014", "2015"),
            edu("University of Auckland", "bachelor", "2010", "2013"),
        ],
        "experience": [
            job("Monash University", "Lecturer (Level B)", "2022-07", "present"),
            job("Reserve Bank of Australia", "Senior Economist", "2019-02", "2022-06"),
            job("Australian National University", "Research Assistant", "2015", "2016"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("Fixed-rate expiries and the cash-flow channel of monetary policy", "Journal of Monetary Economics",
                2025, True, "published"),
            pub("Macroprudential caps and house-price expectations", "Journal of Money, Credit and Banking", 2023,
                False, "published"),
            pub("Rate-lock options and the timing of home purchases", "Review of Economic Dynamics", None, True,
                "under review"),
            pub("Who bears the variable-rate risk? Lender pass-through across the distribution of borrowers", None,
                None, True, "in preparation"),
        ],
        "research_interests_any": ["macroeconomics", "monetary economics", "household finance", "housing markets"],
        "awards_count": 3,
        "language": "en",
        "layout": "python-docx + raw WordprocessingML, kept as DOCX: complex fields, dot-leader right tabs, "
                  "soft line breaks",
        "notes": "Header 'Tobias Ngata-Whitfield — Curriculum Vitae<TAB>Updated {DATE field, cached 14 October "
                 "2026}'; footer 'Page {PAGE} of {NUMPAGES}'. The e-mail and homepage are HYPERLINK complex fields "
                 "(fldChar begin/instrText/separate/result/end), the result text is the address. Address block and "
                 "extra lines are one paragraph with soft line breaks (w:br). Headings are bold coloured runs with "
                 "character spacing (w:spacing) and a bottom border, not Heading styles. Positions and degrees are "
                 "'Title, Unit, Organisation<TAB>dates' with a right tab stop and dot leader; a soft break puts "
                 "'Sydney; …' or 'Thesis: …' under some of them. Publications numbered by SEQ fields (cached "
                 "results 1-6) under 'Refereed journal articles' and 'Working papers'. Authors are not in "
                 "alphabetical order (Ngata-Whitfield and Karaoğlu), so first authorship is counted. 'Revise and "
                 "resubmit, Review of Economic Dynamics' = under review; 'Draft available on request' = in "
                 "preparation. Under 'Grants, Fellowships and Awards': the ARC DECRA (with a grant number and an "
                 "amount) is treated as a grant, the other three (Young Economist Award, Dean's Honours List, RTP "
                 "Scholarship) as awards. Phone '+61 3 5550 1827' (invented).",
    },
    {
        "file": "06_ca_civil_eng_phd_word_textboxes_libreoffice.pdf",
        "name": "Mathis Okoye-Bergeron",
        "name_any": ["Mathis Okoye-Bergeron, Ph.D., EIT"],
        "emails": ["mathis.okoye-bergeron@example.ca"],
        "phones": ["+15145550162"],
        "links": ["linkedin.com/in/mokoyebergeron-example"],
        "education": [
            edu("Polytechnique Montréal", "phd", "2019", "2025"),
            edu("McGill University", "bachelor", "2015", "2019"),
        ],
        "experience": [
            job("WSP Canada Inc.", "Structural Engineer-in-Training (EIT)", "2025-05", "present"),
            job("Polytechnique Montréal", "Graduate Research Assistant", "2019-09", "2025-04"),
            job("SNC-Lavalin", "Engineering Intern", "2018", "2018"),
        ],
        "publications_count": 5,
        "first_author_count": 4,
        "publications_sample": [
            pub("Chloride ingress in cracked UHPC bridge deck overlays under freeze–thaw cycling",
                "Cement and Concrete Research", 2025, True, "published"),
            pub("Field monitoring of an integral abutment bridge in northern Quebec",
                "Canadian Journal of Civil Engineering", 2022, False, "published"),
            pub("Digital image correlation of shear cracks in UHPC beams without stirrups", "Engineering Structures",
                None, True, "under review"),
            pub("Freeze–thaw durability of UHPC joints", "CSCE Annual Conference 2023", 2023, True, "published"),
        ],
        "research_interests_any": ["ultra-high-performance concrete", "bridge deck durability",
                                   "GFRP reinforcement"],
        "awards_count": 3,
        "language": "en",
        "layout": "python-docx with seven anchored Word text boxes (wps:wsp, page-relative), printed by LibreOffice",
        "notes": "A one-page Word CV made only of floating text boxes anchored to empty paragraphs; the boxes are "
                 "stored in the order they were drawn: Publications, Awards, Experience, Education, Contact+Skills, "
                 "Name, Interests, so the PDF content stream (and a raw text extraction) starts with 'P U B L I C A "
                 "T I O N S' and reaches the name last; only a position-sorted reading gives name, interests line, "
                 "then a grey left column (Contact, Skills, Education, Awards) beside the right column (Experience, "
                 "Publications). Headings letter-spaced with real spaces ('E D U C A T I O N'). Education boxes put "
                 "degree, institution and years on three lines; experience 'Title' then 'Org, City | Mon YYYY – "
                 "Mon YYYY'. 'SNC-Lavalin (now AtkinsRéalis), Montréal | Summer 2018' = 2018–2018. Publications "
                 "[J3] [J2] [J1] then an under-review [J4], and a conference paper [C1] (venue as printed 'CSCE "
                 "Annual Conference 2023'). Awards: CGS-D, the FRQNT scholarship marked '(declined)' (listed, so "
                 "counted) and a best-paper award = 3. The research-interests line is one italic sentence 'Research "
                 "interests: …'. The LinkedIn URL wraps in the narrow box. Phone '+1 514 555 0162' (invented).",
    },
    {
        "file": "07_zh_materials_assoc_prof_xelatex_ctex.pdf",
        "name": "何昕",
        "name_any": ["何　　昕", "何 昕", "He Xin", "Xin He"],
        "emails": ["hexin@zju.example.edu.cn"],
        "phones": ["+8657155500127"],
        "links": [],
        "education": [
            edu("浙江大学", "phd", "2011-09", "2016-06"),
            edu("瑞士洛桑联邦理工学院", "other", "2014-03", "2015-03"),
            edu("华中科技大学", "bachelor", "2007-09", "2011-06"),
        ],
        "experience": [
            job("浙江大学", "副教授", "2021-01", "present"),
            job("香港城市大学", "博士后研究员", "2018-02", "2020-12"),
            job("隆基绿能科技股份有限公司", "高级研发工程师", "2016-07", "2018-01"),
        ],
        "publications_count": 6,
        "first_author_count": 3,
        "publications_sample": [
            pub("Self-assembled monolayers suppress halide segregation in wide-bandgap perovskites", "Nature Energy",
                2025, True, "published"),
            pub("Thermally stable flexible perovskite modules with laminated barriers", "Advanced Materials", 2024,
                False, "published"),
            pub("钙钛矿太阳能电池界面钝化研究进展", "物理化学学报", 2023, True, "published"),
            pub("Moisture-triggered phase segregation in mixed-halide perovskites", "Advanced Energy Materials", None,
                False, "accepted"),
        ],
        "research_interests_any": ["钙钛矿太阳能电池界面工程", "柔性光伏器件的稳定性"],
        "awards_count": 3,
        "language": "zh",
        "layout": "XeLaTeX ctexart (xeCJK), Noto Serif CJK SC with fontspec LetterSpace=22, full-width punctuation",
        "notes": "个人简历 of an associate professor. The CJK font is letter-spaced (LetterSpace=22) and headings "
                 "use \\ziju, so the text layer shows '研 究 方 向', '教 育 经 历' and spaces before full-width "
                 "punctuation ('浙江大学 ，材料科学与工程'); the name is '何　　昕' with ideographic spaces. Running "
                 "header '何昕　个人简历' and centred page numbers '— 1 —' on both pages. Rows 'Org，field，degree "
                 "（导师：…）' with the date right-aligned by \\hfill ('2011.09—2016.06', em-dash joined); the CityU "
                 "row is so long that its date wraps ('2018.02' / '—2020.12'). '至今' = present. The EPFL "
                 "联合培养博士研究生 year is an education entry of level 'other' (heldout15 convention). 科研项目 "
                 "(NSFC etc.) are not papers, jobs or awards. GB/T 7714 papers with [J]: '#' = co-first, '*' = "
                 "corresponding (not first authorship); he is first in [1], [3] and the Chinese paper [5] (as "
                 "'何昕'); '已接收' = accepted, no year. A project title in “” breaks over three lines. 国家级青年人才"
                 "计划 is an honour listed under 荣誉奖励 (counted with the provincial prize and the thesis award). "
                 "Phone '0571-5550 0127' (invented landline; E.164 +86 571 …).",
    },
    {
        "file": "08_zh_en_cs_researcher_word_tables_libreoffice.pdf",
        "name": "温若溪",
        "name_any": ["Ruoxi Wen", "WEN Ruoxi", "Wen Ruoxi", "温若溪 Ruoxi Wen"],
        "emails": ["wenruoxi@cs.example.edu.cn"],
        "phones": ["+861055500188"],
        "links": ["wenruoxi.example.io"],
        "education": [
            edu("Peking University", "phd", "2020-09", "2025-07"),
            edu("Carnegie Mellon University", "other", "2023-02", "2024-02"),
            edu("Wuhan University", "bachelor", "2016-09", "2020-06"),
        ],
        "experience": [
            job("Huawei Technologies Co., Ltd.", "Researcher", "2025-08", "present"),
            job("Microsoft Research Asia", "Research Intern", "2021-07", "2022-01"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("TypeWeaver: Repairing type errors in LLM-generated Python with static feedback", "ICSE", 2025, True,
                "published"),
            pub("Mining dependency confusion attacks in PyPI at scale", "USENIX Security", 2024, False, "published"),
            pub("Does the model read the docs? Measuring API hallucination in code LLMs", "arXiv", 2024, True,
                "preprint"),
            pub("Patch-level provenance for binary packages", "OOPSLA", None, False, "under review"),
        ],
        "research_interests_any": ["program analysis", "software supply-chain security"],
        "awards_count": 3,
        "language": "zh+en",
        "layout": "python-docx (borderless two-column tables for dated rows, header/footer with PAGE fields), "
                  "printed by LibreOffice",
        "notes": "Bilingual 个人简历 / CV of a PhD graduate now at Huawei. Running header '温若溪 WEN Ruoxi · 个人简历 / "
                 "Curriculum Vitae' and footer '第 1 页 / Page 1' (PAGE fields) on both pages; name line '温若溪  "
                 "Ruoxi Wen'. Headings bilingual ('教育背景 Education'), red, with a bottom border. Education and work "
                 "rows are two-cell borderless tables: left cell 'Chinese name English name' (bold) over "
                 "degree/role lines that wrap in the narrow cell, right cell the right-aligned date 'YYYY.MM – "
                 "YYYY.MM' or '– 至今'. Rows labelled with the English names (heldout15 convention). The CMU visit "
                 "(联合培养博士生 Visiting Ph.D. student) is education of level 'other'. Role '研究员（天才少年计划）"
                 "Researcher, 2012 Labs, Central Software Institute' labelled 'Researcher'. Publications [1]-[6]: "
                 "'†' = 共同第一作者 with the first author ([1] he is first anyway), venues 'In ICSE 2025', 'In "
                 "USENIX Security 2024', 'In ESEC/FSE 2023', 'arXiv:2406.01234, 2024' (preprint), a Chinese 软件学报 "
                 "paper with her Chinese name first, 'Under review at OOPSLA 2026' (year not labelled). CET-6/TOEFL "
                 "are not awards. Phone '+86 010 5550 0188' as printed (with the trunk 0; invented).",
    },
    {
        "file": "09_in_statistics_phd_candidate_lualatex.pdf",
        "name": "Anirudh Venkataraghavan",
        "name_any": [],
        "emails": ["anirudhv@uw.example.edu"],
        "phones": ["+12065550137"],
        "links": ["https://anirudhv.example.github.io"],
        "education": [
            edu("University of Washington", "phd", "2021", "2026"),
            edu("Indian Statistical Institute", "master", "2019", "2021"),
            edu("St. Stephen's College, University of Delhi", "bachelor", "2016", "2019"),
        ],
        "experience": [
            job("Meta", "Research Scientist Intern", "2024-06", "2024-09"),
            job("Microsoft", "Data Science Intern", "2023-06", "2023-08"),
            job("University of Washington", "Graduate Research Assistant", "2021", "present"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("Randomisation inference for spillover effects under unknown clustering",
                "Journal of the American Statistical Association", 2025, True, "in press"),
            pub("A simulation-based comparison of exposure mappings for network experiments",
                "Statistics in Medicine", 2023, False, "published"),
            pub("Sensitivity analysis for interference: a worst-case exposure approach", "Annals of Statistics",
                None, True, "under review"),
            pub("Efficient estimation of indirect effects in two-stage designs", None, None, False, "in preparation"),
        ],
        "research_interests_any": ["causal inference with interference",
                                   "design-based inference for network experiments",
                                   "sensitivity analysis for observational studies"],
        "awards_count": 4,
        "language": "en",
        "layout": "LuaLaTeX article (Latin Modern OpenType), narrow justified measure with \\sloppy, tabbing date "
                  "column, small-caps body-size headings with a rule, footnote, running header",
        "notes": "Narrow text block (right margin 1.9in) with \\sloppy: wide word gaps and hyphenated line ends, "
                 "including the e-mail split 'anirudhv@uw.exam-' / 'ple.edu' and 'Randomisation infer-' / 'ence'. "
                 "Headings in small caps at body size, set apart only by a hairline rule. Dates in a tabbing "
                 "environment (tab stops, no table): '2021–2026' with a footnote mark glued on ('2021–20261'); the "
                 "footnote says 'Expected defence: May 2026' (end labelled 2026 as printed, heldout14 convention). "
                 "Continuation lines of the PhD row sit under the second tab stop. 'Jun–Sep 2024' = 2024-06 to "
                 "2024-09. Paper 1 'in press' with the year 2025 printed; paper 5 '(2025) … Submitted to Annals of "
                 "Statistics. arXiv:2507.01234' is labelled under review (submitted wins over the arXiv id, so no "
                 "year); paper 6 'In preparation'. Running header 'Anirudh Venkataraghavan · p. N'. Four honours "
                 "(travel award, paper award, fellowship, scholarship) are awards; the INSPIRE row starts with "
                 "'2016' and repeats '(2016–2019)'. Phone '+1 206 555 0137' (invented).",
    },
    {
        "file": "10_zh_hant_en_public_health_assoc_prof_chromium.pdf",
        "name": "鄭語彤",
        "name_any": ["Yu-Tung Cheng", "Cheng Yu-Tung", "鄭語彤 Yu-Tung Cheng", "Yu-Tung Cheng, ScD"],
        "emails": ["ytcheng@ntu.example.edu.tw"],
        "phones": ["+886255500164"],
        "links": ["ytchenglab.example.tw"],
        "education": [
            edu("Harvard T.H. Chan School of Public Health", "phd", "2012-09", "2017-05"),
            edu("National Taiwan University", "master", "2010-09", "2012-06"),
            edu("National Yang-Ming University", "bachelor", "2003-09", "2010-06"),
        ],
        "experience": [
            job("National Taiwan University", "Associate Professor", "2022-08", "present"),
            job("National Taiwan University", "Assistant Professor", "2018-02", "2022-07"),
            job("Harvard T.H. Chan School of Public Health", "Postdoctoral Research Fellow", "2017-06", "2018-01"),
        ],
        "publications_count": 7,
        "first_author_count": 4,
        "publications_sample": [
            pub("Wildfire smoke and paediatric asthma admissions in East Asia: a multi-city case-crossover study",
                "Lancet Planet Health", 2025, True, "published"),
            pub("臺灣都會區PM2.5成分與兒童氣喘急診之關聯", "台灣公共衛生雜誌", 2021, False, "published"),
            pub("Low-cost sensor networks for school-based exposure assessment", "Environ Int", None, False,
                "in press"),
            pub("Heat, air pollution and child emergency visits", "Epidemiology", None, True, "under review"),
        ],
        "research_interests_any": ["air-pollution epidemiology", "child respiratory health", "exposure assessment"],
        "awards_count": 3,
        "language": "zh-Hant+en",
        "layout": "HTML/CSS printed by headless Chromium: vertical-rl side label, flexbox with the sidebar on the "
                  "right but first in the DOM, CSS columns, date cells in tables",
        "notes": "Taiwanese bilingual CV on one A4 page. A vertical (writing-mode: vertical-rl) label "
                 "'國立臺灣大學公共衛生學院　教師升等資料　2026' runs down the left edge; in the text layer its "
                 "characters come one per line or glued to the left of body lines. The beige sidebar (contact, "
                 "research areas, honours, languages) is printed on the RIGHT but is first in the DOM (flex order). "
                 "Name '鄭語彤' with 'Yu-Tung Cheng, ScD' beside it. Education/employment rows are table rows: left "
                 "cell bold Chinese + English institution over the degree/role line, right cell 'YYYY/MM – "
                 "YYYY/MM' or '– 迄今' (= present); labelled with the English names. ScD = doctorate (phd). The MD "
                 "row prints '學士 Bachelor of Medicine (MD)', labelled bachelor. Employment rows give the Chinese "
                 "name + Chinese title on the first line and the English title + university on the second. "
                 "Publications in two CSS columns, Vancouver with 'et al.'; '†' = equal contribution with the "
                 "first author, '*' = corresponding; a Chinese-language paper; 'In press.' without year; 'Submitted "
                 "to Epidemiology' = under review. Honours are three awards; 國科會 grants are not. Phone "
                 "'+886-2-5550-0164' (invented).",
    },
    {
        "file": "11_fr_physics_professor_pdflatex_rotated_margins.pdf",
        "name": "Lucien Abiodun-Marchal",
        "name_any": ["Prof. Lucien Abiodun-Marchal"],
        "emails": ["lucien.abiodun-marchal@universite-paris-saclay.example.fr"],
        "phones": ["+33155500144"],
        "links": [],
        "education": [
            edu("Université Paris-Sud", "other", None, "2009"),
            edu("Université Joseph Fourier, Grenoble", "phd", "1998", "2001"),
            edu("École Normale Supérieure, Paris", None, "1997", "1998"),
            edu("École Normale Supérieure (Ulm)", None, "1994", "1998"),
        ],
        "experience": [
            job("Université Paris-Saclay", "Professor", "2011", "present"),
            job("Laboratoire de Physique des Solides", "Directeur adjoint", "2019", "2024"),
            job("Institut Universitaire de France", "Junior member", "2012", "2017"),
            job("Université Paris-Sud", "Maître de conférences", "2004", "2011"),
            job("Cavendish Laboratory, University of Cambridge", "Postdoctoral fellow", "2002", "2004"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("Thermal Hall conductivity of magnons in a kagome ferromagnet", "Phys. Rev. Lett.", 2025, True,
                "published"),
            pub("Pressure-tuned quantum spin liquid in a triangular-lattice cobaltate", "Nature Physics", 2023, True,
                "published"),
            pub("Muon spin rotation in field-induced phases of frustrated magnets", "Rep. Prog. Phys.", 2022, False,
                "published"),
            pub("Anomalous thermal transport in α-RuCl3 under hydrostatic pressure", "Phys. Rev. X", 2026, False,
                "accepted"),
        ],
        "research_interests_any": ["frustrated magnetism", "spin liquids", "thermal Hall effect in insulators"],
        "awards_count": 2,
        "language": "en",
        "layout": "pdfLaTeX article, mathptmx Times + Helvetica Type 1, tabularx date columns, section labels "
                  "rotated 90° in the left margin, footnotes, fancyhdr",
        "notes": "French full professor, CV in English. Each section has a body-size heading told apart only by "
                 "dark-blue colour ('Current position and career', 'Education', 'Honours', 'Research interests', "
                 "'Selected publications (of 112; h-index 41)') AND a grey Helvetica label rotated 90° in the left "
                 "margin ('CAREER', 'EDUCATION', …), which the text layer prints as a separate line a few lines "
                 "below the heading, inside the section's rows. Rows are tabularx 'text & right-aligned dates'. "
                 "Career: the IUF junior membership and the deputy-director post are listed as positions (jobs). "
                 "Education: HDR (one year: end only, level 'other'), doctorate with a footnote mark glued to "
                 "'Grenoble1', DEA (pre-Bologna postgraduate diploma) and ENS 'Élève' years with degree_level null "
                 "(fits none of the levels cleanly). Publications: physics style 'L. Abiodun-Marchal1 , S. "
                 "Petrović1,2 …' with superscript affiliation numbers and '∗' = 'These authors contributed "
                 "equally' (so [2], where he is second and starred with the first author, counts as first "
                 "authorship: 4 of 6); titles in italics, venue + volume + page + (year); '[6] … et al., accepted "
                 "in Phys. Rev. X (2026)' = accepted. Honours table: the ERC Advanced Grant is a grant (not an "
                 "award); Prix Jean Ricard and the CNRS Bronze Medal are awards. Footnote about the Institut Néel at "
                 "the page foot. Header 'Prof. Lucien Abiodun-Marchal | Curriculum vitae et liste de publications'. "
                 "Phone '+33 1 55 50 01 44' (invented).",
    },
    {
        "file": "12_us_biostat_principal_scientist_typst_columns.pdf",
        "name": "Rosalind Achterberg-Mensah",
        "name_any": ["ROSALIND ACHTERBERG-MENSAH", "Rosalind Achterberg-Mensah, PhD",
                     "ROSALIND ACHTERBERG-MENSAH, PHD"],
        "emails": ["rosalind.am@example.com"],
        "phones": ["+16505550126"],
        "links": ["github.com/ram-biostat"],
        "education": [
            edu("University of North Carolina at Chapel Hill", "phd", "2011", "2016"),
            edu("University of Ghana", "bachelor", "2006", "2010"),
        ],
        "experience": [
            job("Genentech (Roche)", "Principal Statistical Scientist", "2023", "present"),
            job("Genentech (Roche)", "Senior Statistical Scientist", "2019", "2023"),
            job("Fred Hutchinson Cancer Center", "Staff Scientist", "2016", "2019"),
        ],
        "publications_count": 7,
        "first_author_count": 4,
        "publications_sample": [
            pub("Bayesian borrowing from external controls in single-arm oncology trials: a case study", "Stat Med",
                2025, True, "published"),
            pub("Estimands for treatment switching in overall-survival analyses", "Pharm Stat", 2024, False,
                "published"),
            pub("Robust meta-analytic-predictive priors under prior-data conflict", "Biostatistics", None, True,
                "in press"),
            pub("Platform trial simulation at scale", "arXiv", 2025, False, "preprint"),
        ],
        "research_interests_any": ["Bayesian adaptive designs", "estimands and intercurrent events",
                                   "external and synthetic control arms"],
        "awards_count": 3,
        "language": "en",
        "layout": "Typst (typst-py): centred header, two-column body (#columns + #colbreak), dates in table "
                  "cells, small-caps coloured headings at body size, a footnote",
        "notes": "One US-letter page. Name in tracked capitals with ', PHD'. Below a rule the body is two columns: "
                 "left Summary (ending in a footnote mark '1', footnote at the page foot), Employment, Education, "
                 "Honors, Research interests; right Publications, Software, Service, so a line-by-line reading "
                 "interleaves the two. Headings are small caps at body size in a wine colour. Dated rows are Typst "
                 "tables: left cell bold org + unit over the title, right cell right-aligned years; long org names "
                 "wrap ('Fred Hutchinson Cancer Center, Biostatistics' / 'Program'). Two Genentech roles as two "
                 "rows. Publications numbered 1-7 (Vancouver): '‡' = co-senior and '§' = mentored student (neither "
                 "is first authorship); [4] is a published conference abstract (counted); [6] 'In press.' without "
                 "year; [7] 'arXiv:2510.04412 (2025)' preprint. Typst soft hyphens split words ('dose-optimisa­' / "
                 "'tion'). The Mastercard Foundation Scholar row (scholarship) is an award, with the two prizes. "
                 "Phone '(650) 555-0126' (invented).",
    },
]
