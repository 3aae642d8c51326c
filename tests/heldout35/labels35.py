"""Hand-written labels of heldout35 (what a careful reader sees; see README 'Labels')."""
from __future__ import annotations


def ed(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = [
    {
        "file": "01_us_chemistry_postdoc_latex_pdftotext_paste_mojibake.txt",
        "name": "Tamsin R. Achterberg",
        "name_any": ["Tamsin R. Achterberg, Ph.D.", "Tamsin Achterberg"],
        "emails": ["t.achterberg@northwestern.example.edu"],
        "phones": ["+18475550163"],
        "links": [],
        "education": [
            ed("University of Wisconsin–Madison", "phd", "2017", "2022"),
            ed("Grinnell College", "bachelor", "2013", "2017"),
        ],
        "experience": [
            job("Northwestern University", "Postdoctoral Research Associate", "2022-09", "present"),
            job("University of Wisconsin–Madison", "Graduate Research Assistant", "2017-08", "2022-08"),
            job("The Dow Chemical Company", "Summer Intern, Process Research", "2016-05", "2016-08"),
        ],
        "publications_count": 8,
        "first_author_count": 6,
        "publications_sample": [
            pub("Ligand-field control of Ni(I)/Ni(III) cycling in photoredox amination", "J. Am. Chem. Soc.",
                2024, True, "published"),
            pub("Amine arylation in 2-MeTHF: a solvent-selection guide for dual catalysis", "Org. Process Res. Dev.",
                2024, True, "published"),
            pub("Flow photochemistry for kilogram-scale C–N coupling", "Org. Process Res. Dev.", 2025, False,
                "in press"),
            pub("Off-cycle nickel dimers in dual catalysis: a kinetic census", "ChemRxiv", 2024, True, "preprint"),
            pub("Photochemical amination of aryl sulfamates", "Angew. Chem. Int. Ed.", None, True, "under review"),
        ],
        "research_interests_any": ["Photoredox and nickel dual catalysis",
                                   "mechanistic studies by transient absorption spectroscopy",
                                   "sustainable solvent selection in process chemistry"],
        "awards_count": 4,
        "language": "en",
        "layout": "pdfLaTeX CV (tabularx date column, fancyhdr running header) -> pdftotext -> pasted into a form "
                  "that read UTF-8 as Windows-1252",
        "notes": "Two-page LaTeX CV whose text was taken with pdftotext (raw mode: the date column comes out as a "
                 "block before the entries it belongs to, 'Sep 2022 –' / 'present' on two lines) and then pasted "
                 "through a cp1252 step, so every non-ASCII character is mojibake: '–' is 'â€“', '·' is 'Â·', '∗' "
                 "is 'âˆ—', '†' is 'â€ '. Labels give the intended text ('University of Wisconsin–Madison'). The "
                 "page break falls inside 'Honors and Awards': the heading, then the page-2 running header "
                 "('Tamsin R. Achterberg' / 'Curriculum Vitae – December 2024'), then the award years and "
                 "lines; the page number '2' at the end. Contact line: e-mail, US phone, bare ORCID iD (no URL, so "
                 "no link is labelled). Jobs: postdoc (present), graduate RA, a summer internship; the TA and "
                 "mentoring rows under 'Teaching and Mentoring' are teaching, not labelled as jobs. 8 papers "
                 "numbered [1]-[8]: own name bold, '∗ equal contribution' (paper 2: Quaye∗; Achterberg∗ = first "
                 "author by equal contribution), '†' corresponding; [6] 'in press' 2025 (third author, 'et al.'), "
                 "[7] ChemRxiv preprint 2024, [8] 'Submitted to Angew. Chem. Int. Ed.' = under review, no year. "
                 "First-authored: 1, 2 (equal), 3, 4, 7, 8 = 6. Awards: 4 (IPMI award, teaching award, and 'Phi "
                 "Beta Kappa; Grinnell College Chemistry Department Prize' on one line = 2).",
    },
    {
        "file": "02_zh_materials_assoc_prof_wps_pdf_pdf2docx.docx",
        "name": "谭书韵",
        "name_any": ["Tan Shuyun"],
        "emails": ["tanshuyun@csu.example.edu.cn"],
        "phones": ["+8618555500137"],
        "links": [],
        "education": [
            ed("中南大学", "phd", "2009-09", "2014-06"),
            ed("美国阿贡国家实验室（Argonne National Laboratory）", "other", "2012-10", "2013-10"),
            ed("湘潭大学", "bachelor", "2005-09", "2009-06"),
        ],
        "experience": [
            job("中南大学材料科学与工程学院", "副教授", "2019-07", "present"),
            job("中南大学材料科学与工程学院", "讲师", "2016-07", "2019-06"),
            job("清华大学化学系", "博士后", "2014-07", "2016-06"),
            job("新加坡南洋理工大学", "访问学者", "2018-01", "2018-12"),
        ],
        "publications_count": 6,
        "first_author_count": 5,
        "publications_sample": [
            pub("Atomically dispersed Co–N4 sites accelerate polysulfide conversion in lithium–sulfur batteries",
                "Advanced Energy Materials", 2024, True, "published"),
            pub("Operando X-ray absorption of sulfur cathodes under lean electrolyte", "ACS Nano", 2023, True,
                "published"),
            pub("Mo2C nanosheets as dual-function hosts for Li2S deposition", "Chemical Engineering Journal", 2021,
                False, "published"),
            pub("锂硫电池催化型正极材料研究进展", "中国有色金属学报", 2020, True, "published"),
            pub("Single-atom catalysts for sulfur redox: a kinetic view", "Nature Communications", None, True,
                "accepted"),
        ],
        "research_interests_any": ["锂硫电池正极材料", "单原子催化剂的电化学表征"],
        "awards_count": 3,
        "language": "zh",
        "layout": "WPS-style 个人简历 (Table Grid info block with photo cell, ▌ headings with bottom rules) -> PDF "
                  "(LibreOffice) -> DOCX by pdf2docx",
        "notes": "A Word/WPS 个人简历 printed to PDF and turned back into Word with pdf2docx, as people do to edit a "
                 "CV they only have as PDF. pdf2docx rebuilt the info grid as a 5-column table (the '照片' photo "
                 "cell repeated down the merged column, '性\\t别' with a tab, the e-mail as "
                 "'tanshuyun@csu. example.edu.cn' with a space after the dot: labelled without it) and read the "
                 "headings' bottom rules as table borders: most of the body sits in a two-column layout table "
                 "whose narrow first column holds the start of each line ('锂硫电', '▌教育', '[1] Ta ') and "
                 "the second the rest ('池正极材料…', '背景', 'n S Y, …'), so words are split across cells; "
                 "education and job rows are tables of their own with merged cells. A reader opening the file in "
                 "Word still sees the CV. Education: 硕博连读 PhD at 中南大学 2009.09–2014.06, the year at "
                 "Argonne as 联合培养博士生 (level other, as in heldout15), 学士 at 湘潭大学. Jobs: 副教授 "
                 "(2019.07–至今, '（2021.12起任博士生导师）' is part of the same post), 讲师, 博士后 at 清华大学化学系, "
                 "访问学者 at NTU (a job). Projects (国家自然科学基金…) are not jobs, papers or awards. 代表性论文 "
                 "GB/T 7714 with '*' corresponding and '#' co-first: [2] Liu Q#, Tan S Y# counts as first author; "
                 "[4] Wen H, Tan S Y* does not; [6] '已接收' = accepted, no year. Awards 3 (省自然科学奖, the "
                 "'升华猎英' talent programme, 优秀博士学位论文). 学术兼职 are not jobs.",
    },
    {
        "file": "03_uk_history_lecturer_docx_pandoc_markdown.md",
        "name": "Rhiannon Petley-Vaughan",
        "name_any": ["Dr Rhiannon Petley-Vaughan"],
        "emails": ["petley-vaughanr@cardiff.example.ac.uk"],
        "phones": ["+442920180473"],
        "links": ["rpetleyvaughan.example.org"],
        "education": [
            ed("University of Warwick", "phd", "2014", "2018"),
            ed("University of York", "master", "2013", "2014"),
            ed("Aberystwyth University", "bachelor", "2010", "2013"),
        ],
        "experience": [
            job("Cardiff University", "Lecturer in Modern British History", "2021", "present"),
            job("University of Bristol", "Leverhulme Early Career Fellow", "2019", "2021"),
            job("University of Exeter", "Teaching Fellow in Modern History", "2018", "2019"),
            job("University of Warwick", "Graduate Teaching Assistant", "2015", "2018"),
        ],
        "publications_count": 6,
        "first_author_count": 5,
        "publications_sample": [
            pub("Chapel, Club and Co-operative: Associational Life in the South Wales Valleys, 1890-1939",
                "University of Wales Press", 2025, True, "in press"),
            pub("\"Divi day\": co-operative dividends and household budgets in the Rhondda, 1919-1926",
                "Welsh History Review", 2024, True, "published"),
            pub("Temperance halls and the limits of respectability", "Cultural and Social History", 2021, False,
                "published"),
            pub("Women's guilds and the co-operative store as civic space", "History Workshop Journal", None, True,
                "under review"),
            pub("Brass bands and belonging", "Music and Community in Industrial Britain", 2023, True, "published"),
        ],
        "research_interests_any": ["Associational culture and the co-operative movement in Wales",
                                   "oral history and the politics of memory",
                                   "public history and heritage partnerships"],
        "awards_count": 3,
        "language": "en",
        "layout": "Word CV (capitalised bordered headings, tab-separated date rows, a Table Grid) -> pandoc -f docx "
                  "-t markdown",
        "notes": "pandoc's Markdown of a Word CV: bold paragraphs for the name and the capitalised headings (no "
                 "'#' headings, pandoc does not turn a bold paragraph into a heading), the contact line with "
                 "'[…]{.underline}' spans around the e-mail and the web address and '\\|' escaped bars, text "
                 "hard-wrapped at 72 columns (the phone '029' / '2018 0473' wraps across lines; UK Ofcom drama "
                 "range), '**2021 - present**' date runs before the post, the Education table as a pandoc "
                 "simple/multiline table with dashed rules whose Qualification cell wraps over seven lines, "
                 "escaped quotes '\\'' and '\\\"', numbered publications written '1\\.' under bold sub-headings "
                 "(Monograph / Journal articles / Book chapters) with one running numbering, an asterisk "
                 "footnote-like mark escaped as '\\*' inside a title ('respectability\\*') and its explanation "
                 "in italics below the list. Monograph '(2025, forthcoming)' = in press 2025, venue the "
                 "publisher; article 4 lists Marsh-Ebbw first; article 5 '(under review)'; the chapter's venue is "
                 "the book. Jobs: current post plus three earlier ones (the Leverhulme fellowship is a job and, "
                 "as a fellowship, an award). 'Grants, Prizes and Fellowships': the BA/Leverhulme grant is "
                 "funding (not an award); awards 3 (article prize, Leverhulme ECF, AHRC doctoral studentship). "
                 "FHEA is a professional recognition, not an award.",
    },
    {
        "file": "04_au_ecologist_industry_word_pdf_pdf2docx.docx",
        "name": "Bridie Kettlewell",
        "name_any": ["BRIDIE KETTLEWELL"],
        "emails": ["bridie.kettlewell@example.com.au"],
        "phones": ["+61491570158"],
        "links": ["linkedin.com/in/bridie-kettlewell-eco"],
        "education": [
            ed("The University of Queensland", "master", "2018", "2020"),
            ed("University of New England", "bachelor", "2010", "2014"),
        ],
        "experience": [
            job("Umwelt (Australia) Pty Ltd", "Senior Ecologist", "2021-03", "present"),
            job("EcoLogical Australia", "Ecologist", "2017-07", "2021-02"),
            job("Queensland Department of Environment and Science", "Graduate Environmental Scientist", "2015-02",
                "2017-06"),
        ],
        "publications_count": 2,
        "first_author_count": 1,
        "publications_sample": [
            pub("Nest-box occupancy by greater gliders after selective logging", "Australian Mammalogy", 2019, True,
                "published"),
            pub("Road-kill hotspots of the koala on the Warrego Highway", "Australian Zoologist", 2016, False,
                "published"),
        ],
        "research_interests_any": [],
        "awards_count": 2,
        "language": "en",
        "layout": "Australian industry resume in Word (title/date two-cell rows, Symbol-font bullets) -> PDF "
                  "(LibreOffice) -> DOCX by pdf2docx",
        "notes": "Word resume printed to PDF and converted back with pdf2docx. The first job's 'Senior Ecologist | "
                 "Mar 2021 – Present' row came back as a one-row table, the other jobs as paragraphs 'Ecologist Jul "
                 "2017 – Feb 2021' (title and right-aligned dates run together) followed by the employer line in "
                 "italics ('EcoLogical Australia, Coffs Harbour NSW'); bullets are the Symbol-font private-use "
                 "character U+F0B7 glued to the text; education 'Master of Environmental Management The University "
                 "of Queensland' on one line with '2018 – 2020 (part-time)' below, the bachelor line with a tab "
                 "and the dates before the university; in the licences block a bullet landed in its own table "
                 "cell and '(BAAS19042)' (an accreditation number, not a phone) starts a paragraph. Australian "
                 "mobile in the ACMA fiction range. Employers labelled without the city. Degree 'Bachelor of Science "
                 "(Honours Class I)' = bachelor. 2 papers (first one first-authored). Licences and certifications "
                 "are not awards; awards 2. No research interests section (professional summary only).",
    },
    {
        "file": "05_us_public_health_asst_prof_scan_tesseract.pdf",
        "name": "LaToya M. Brennan-Okoro",
        "name_any": ["LaToya Brennan-Okoro", "LaToya M. Brennan-Okoro, MPH, PhD"],
        "emails": ["lbokoro@uab.example.edu"],
        "phones": ["+12055550118"],
        "links": [],
        "education": [
            ed("Emory University", "phd", "2014", "2019"),
            ed("Tulane University", "master", "2011", "2013"),
            ed("Spelman College", "bachelor", "2007", "2011"),
        ],
        "experience": [
            job("University of Alabama at Birmingham", "Assistant Professor", "2022", "present"),
            job("Centers for Disease Control and Prevention (CDC)", "Postdoctoral Fellow", "2019", "2022"),
            job("Louisiana Public Health Institute", "Research Coordinator", "2013", "2014"),
        ],
        "publications_count": 6,
        "first_author_count": 4,
        "publications_sample": [
            pub("Obstetric unit closures and severe maternal morbidity in the rural South, 2012-2021",
                "Am J Obstet Gynecol", 2024, True, "published"),
            pub("Linkage quality of birth certificates and discharge records", "Paediatr Perinat Epidemiol", 2022,
                False, "published"),
            pub("Doula care and cesarean delivery among Black women in Alabama", "Womens Health Issues", None, False,
                "in press"),
            pub("Remote blood pressure monitoring in the postpartum period: a pragmatic trial protocol",
                "JMIR Res Protoc", None, True, "under review"),
        ],
        "research_interests_any": ["Maternal and child health disparities", "hypertensive disorders of pregnancy",
                                   "rural obstetric access"],
        "awards_count": 2,
        "language": "en",
        "layout": "US academic Word CV, printed, scanned on a copier (200 dpi black and white, skewed, specks) and "
                  "OCR'd by Tesseract's own PDF renderer (image + invisible text layer)",
        "notes": "One scanned page; the text layer is Tesseract's, with the slips a reader ignores: the e-mail's "
                 "first letter read as a capital I ('Ibokoro@…'; labelled 'lbokoro@uab.example.edu' as printed on "
                 "the page), 'Schoo!' for School, 'Jt' for the dagger of 'J†' (mentored student), 'KO01' for K01, "
                 "'Am J Obstet Gynecol:' with a colon, '4,' for '4.', dashes read as '—' or '-', and words of the "
                 "skewed page dropped out of their line and printed above it ('linked', 'maternal', 'in'), so "
                 "two titles lose a word in the text layer. Centred header with the post-nominals 'MPH, PhD'. "
                 "Dated rows with a hanging indent (dates, tab, entry). Vancouver list headed '(†mentored "
                 "student)': 6 papers, 'et al.', 5 = 'In press' (no year, the student is first), 6 = 'Submitted "
                 "to JMIR Res Protoc' = under review. First-authored: 1, 2, 4, 6. NIH K01 is a grant, not an "
                 "award; honors 2.",
    },
    {
        "file": "06_in_civil_eng_asst_prof_word_abiword_pdf.pdf",
        "name": "Revathi Mudaliar-Sen",
        "name_any": ["Dr. Revathi Mudaliar-Sen", "REVATHI MUDALIAR-SEN", "Dr. REVATHI MUDALIAR-SEN"],
        "emails": ["revathi.ms@nitt.example.edu"],
        "phones": ["+919000041276"],
        "links": ["scholar.example.com/revathims"],
        "education": [
            ed("IIT Madras", "phd", "2013", "2018"),
            ed("NIT Warangal", "master", "2011", "2013"),
            ed("PSG College of Technology", "bachelor", "2007", "2011"),
        ],
        "experience": [
            job("NIT Tiruchirappalli", "Assistant Professor (Grade II)", "2019-07", "present"),
            job("Indian Institute of Science", "Post-Doctoral Fellow", "2018-08", "2019-06"),
            job("Larsen & Toubro Ltd.", "Summer Trainee", "2011-06", "2011-07"),
        ],
        "publications_count": 5,
        "first_author_count": 4,
        "publications_sample": [
            pub("Bidirectional cyclic simple shear of silty sands with non-plastic fines",
                "Soil Dynamics and Earthquake Engineering", 2024, True, "published"),
            pub("Fly-ash amended sands under cyclic loading", "Geotechnical and Geological Engineering", 2023, False,
                "published"),
            pub("Post-liquefaction settlement of reclaimed fills in Chennai port", "Acta Geotechnica", 2025, True,
                "accepted"),
            pub("Multi-directional shaking of layered silts", "16th World Conference on Earthquake Engineering",
                2017, True, "published"),
        ],
        "research_interests_any": [],
        "awards_count": 2,
        "language": "en",
        "layout": "Indian academic Word CV (Calibri, tab-stop columns, Personal Details, Declaration) opened in "
                  "AbiWord and exported to PDF",
        "notes": "The Word file's Normal style names Calibri; AbiWord ignores the style font and sets the body in "
                 "its default Times New Roman, substituted by Liberation Serif, and lays the Word tab stops out "
                 "itself, so the qualification 'table' made of tabs breaks: 'M.Tech. (Geotechnical Engg.)' is too "
                 "wide for its stop, 'NIT Warangal' jumps to the Year stop and '2011 –' / '2013' wrap onto the "
                 "next line with the CGPA; the B.E. row wraps the same way; long employers wrap "
                 "('Indian Institute of Science,' / 'Bengaluru'). The awards list keeps Calibri, "
                 "substituted by Carlito, whose 'ti' ligature has no Unicode mapping in the text layer ('Ins\ufffdtute "
                 "Research Fellowship'), and its bullets vanished; the rupee sign of the grant has no glyph and is "
                 "drawn as a hex box, '2 0 B 9' in the text layer before '32.4 lakhs'. Dates dd.mm.yyyy "
                 "with 'till date' = present. Ph.D./M.Tech./B.E. with year ranges. Publications in (a) journals "
                 "numbered 1-4 and (b) conferences numbered 5: APA style, own name first in 1, 2, 4, 5; "
                 "'(Accepted)' with 2025 = accepted 2025; the 16WCEE paper's venue is the conference. SERB grant "
                 "is funding (not an award); GATE rank is an exam; awards 2 (Indian Geotechnical Society young engineer award, Institute "
                 "Research Fellowship). Google Scholar link only as printed text; ORCID bare (not labelled). Date "
                 "of birth is no phone.",
    },
    {
        "file": "07_us_product_manager_linkedin_pdf_draw_edited.pdf",
        "name": "Callum Ferreira-Nash",
        "emails": ["callum.fnash@example.com"],
        "phones": [],
        "links": ["linkedin.com/in/callum-ferreira-nash", "cfnash.example.io"],
        "education": [
            ed("Universidade Nova de Lisboa - Nova School of Business and Economics", "master", "2014", "2016"),
            ed("University of Warwick", "bachelor", "2011", "2014"),
        ],
        "experience": [
            job("Wise", "Senior Product Manager, Payouts", "2023-04", "present"),
            job("Revolut", "Product Manager, Fraud & Risk", "2020-01", "2023-03"),
            job("Revolut", "Associate Product Manager", "2018-09", "2019-12"),
            job("Farfetch", "Business Analyst", "2016-07", "2018-08"),
        ],
        "publications_count": 0,
        "first_author_count": 0,
        "publications_sample": [],
        "research_interests_any": [],
        "awards_count": 2,
        "language": "en",
        "layout": "LinkedIn 'Save to PDF' profile look (grey left sidebar: Contact, Top Skills, Languages, "
                  "Certifications, Honors-Awards) -> opened in LibreOffice as drawing frames, edited, exported "
                  "to PDF again",
        "notes": "A LinkedIn profile PDF the candidate opened in LibreOffice (PDF import: every line becomes its "
                 "own positioned text frame), edited (headline now '… | ex-Revolut, ex-Farfetch', summary "
                 "'9+ years') and exported again, so the text layer is a set of separate frames; reading order "
                 "interleaves sidebar and main column. Sidebar: e-mail, the LinkedIn URL wrapped over two lines "
                 "('www.linkedin.com/in/callum-' / 'ferreira-nash (LinkedIn)'), a portfolio domain, skills, "
                 "languages, 2 certifications (not awards), 2 Honors-Awards. No phone. LinkedIn experience shape: "
                 "company name alone, then title, 'Month YYYY - Present (1 year 9 months)', location; Revolut has "
                 "two titles under one company heading (two jobs). Education: 'Master's degree, Management · (2014 "
                 "- 2016)', 'Bachelor of Science - BS, … · (2011 - 2014)'.",
    },
    {
        "file": "08_us_economics_asst_prof_html_w3m_dump.txt",
        "name": "Ingrid Solvang-Ames",
        "emails": ["isolvang@umn.example.edu"],
        "phones": ["+16125550147"],
        "links": ["isolvangames.example.github.io", "github.com/isolvang-ames"],
        "education": [
            ed("Northwestern University", "phd", None, "2020"),
            ed("University of Oslo", "master", None, "2014"),
            ed("Carleton College", "bachelor", None, "2012"),
        ],
        "experience": [
            job("University of Minnesota", "Assistant Professor", "2021", "present"),
            job("Federal Reserve Bank of Minneapolis", "Postdoctoral Fellow", "2020", "2021"),
        ],
        "publications_count": 7,
        "first_author_count": None,
        "publications_sample": [
            pub("Paternity Leave Quotas and the Division of Housework", "Journal of Labor Economics", 2024, None,
                "published"),
            pub("Who Claims the Child Tax Credit? Take-up Along the Income Distribution",
                "Journal of Public Economics", 2023, None, "published"),
            pub("Local Labor Demand and Fertility Timing", "AEA Papers and Proceedings", 2022, None, "published"),
            pub("Minimum Wages and Teen Childbearing", "Journal of Human Resources", None, None, "in press"),
            pub("Universal Child Care and Mothers' Careers: Evidence from Norwegian Kindergarten Expansions",
                "American Economic Review", None, None, "under review"),
        ],
        "research_interests_any": ["Labor economics", "public finance", "economics of the family"],
        "awards_count": 2,
        "language": "en",
        "layout": "Jekyll personal-site CV page (HTML tables and lists) saved as text with w3m -dump, link numbers "
                  "on and the 'References:' list of URLs at the end",
        "notes": "Text dump of an economist's HTML CV page: a numbered navigation line '[1]Home | [2]Research | "
                 "…' above the name, link numbers glued to the e-mail and the website ('[5]isolvang@…', "
                 "'[6]isolvangames…', '[7]GitHub' whose URL is only in the References list at the bottom), a "
                 "'[Download PDF version]' link, HTML tables turned into aligned columns with wrapped second "
                 "cells ('2021–present Assistant Professor, …, University of' / 'Minnesota'), one-year degrees "
                 "(only an end), footer '© 2024 … Built with Jekyll'. Economics conventions: co-authors as "
                 "'(with X)', no author list, so first_author is not scored; 'Revise and resubmit, American "
                 "Economic Review' and 'Submitted' = under review (2 working papers), 'forthcoming' = in press with "
                 "no year, 1 work in progress = in preparation: 7 items. The job-market paper has no venue. "
                 "'Fields' = research interests. The Equitable Growth research grant is funding; awards 2 "
                 "(dissertation fellowship, NSF GRFP honorable mention). The Minneapolis Fed postdoc is at its "
                 "'Opportunity & Inclusive Growth Institute' (employer labelled as the bank).",
    },
    {
        "file": "09_zh_ecology_phd_student_xelatex_pdftotext_layout.txt",
        "name": "阮知秋",
        "name_any": ["Ruan Zhiqiu"],
        "emails": ["ruanzq@ioz.example.ac.cn"],
        "phones": ["+8618655500174"],
        "links": [],
        "education": [
            ed("中国科学院动物研究所", "phd", "2019-09", "2025-06"),
            ed("兰州大学", "bachelor", "2015-09", "2019-06"),
        ],
        "experience": [
            job("世界自然基金会（WWF）北京代表处", "淡水项目实习生", "2018-07", "2018-09"),
        ],
        "publications_count": 4,
        "first_author_count": 4,
        "publications_sample": [
            pub("Grazing intensity reshapes plateau pika burrow networks and plant diversity",
                "Journal of Applied Ecology", 2024, True, "published"),
            pub("Camera-trap occupancy of mesocarnivores in the Three-River-Source National Park",
                "Ecological Indicators", 2023, True, "published"),
            pub("高寒草甸小型哺乳动物多样性对围封的响应", "生态学报", 2022, True, "published"),
            pub("Trophic cascades after predator recovery on the Tibetan Plateau", "Global Change Biology", None,
                True, "under review"),
        ],
        "research_interests_any": ["高寒草甸小型哺乳动物群落", "青藏高原生物多样性监测"],
        "awards_count": 3,
        "language": "zh",
        "layout": "XeLaTeX ctexart 简历 with a left sidebar minipage (contact, skills, languages, honours) and a main "
                  "column -> pdftotext -layout, pasted as text",
        "notes": "Two columns side by side in the PDF, so the layout text interleaves them line by line: '联系方式' "
                 "and the phone sit left of the education lines, the e-mail is hyphenated by TeX inside the narrow "
                 "sidebar and comes out as '邮    箱：ru-' / 'anzq@ioz.example.ac.cn' (labelled "
                 "'ruanzq@ioz.example.ac.cn'), the address wraps ('1 号' / '院5号'); main-column headings run on "
                 "after the previous paragraph ('…青藏高原生' / '物多样性监测。科研经历', "
                 "'…调查报告。发表论文'), the page footer '第1页' ends the text. Education: 硕博连读 PhD "
                 "2019.09–2025.06（预计） (printed expected end), 理学学士 with GPA and rank. 科研经历 are projects "
                 "(not jobs); 实习经历: one internship (a job). Papers: own name bold, '#' co-first ([2] Ma L#, Ruan "
                 "Z Q# counts), '*' corresponding, journal titles wrap with a TeX hyphen ('Eco-' / 'logical "
                 "Indicators'), [4] '审稿中（under review）'. Honours in the sidebar: 3 (national scholarship, 三好学生, "
                 "优秀毕业生); CET-6/IELTS are exams.",
    },
    {
        "file": "10_zh_pediatrics_attending_scan_tesseract_chi_sim.pdf",
        "name": "欧阳沁语",
        "name_any": ["Ouyang Qinyu"],
        "emails": ["ouyangqy_nicu@example.cn"],
        "phones": ["+8617755500162"],
        "links": [],
        "education": [
            ed("四川大学华西临床医学院", "phd", "2015-09", "2018-06"),
            ed("重庆医科大学", "master", "2008-09", "2015-06"),
        ],
        "experience": [
            job("四川大学华西第二医院", "主治医师", "2021-12", "present"),
            job("四川大学华西第二医院", "住院医师", "2018-07", "2021-11"),
        ],
        "publications_count": 4,
        "first_author_count": 3,
        "publications_sample": [
            pub("肺部超声评分预测早产儿支气管肺发育不良的前瞻性研究", "中华儿科杂志", 2023, True, "published"),
            pub("Early-onset sepsis calculators in a Chinese NICU: a retrospective validation", "Front Pediatr",
                2022, True, "published"),
            pub("新生儿脓毒症血培养阴性病例的临床特征", "中国当代儿科杂志", 2021, False, "published"),
            pub("极低出生体重儿撤机失败的危险因素分析", "四川大学学报（医学版）", None, True, "accepted"),
        ],
        "research_interests_any": ["早产儿支气管肺发育不良", "新生儿脓毒症的早期识别"],
        "awards_count": 2,
        "language": "zh",
        "layout": "Chinese clinical 个人简历 in Word (label lines, 一、二、 numbered headings with rules), printed, "
                  "scanned at 300 dpi black and white and OCR'd by Tesseract (chi_sim+eng) into an image+text PDF",
        "notes": "Scanned page with Tesseract's Chinese text layer: a space between most characters or words "
                 "('欧阳 沁 语', '四 川 大 学 华西 第 二 医院'), full-width colons read as ':' or ';', '－' and "
                 "'至今' dashes read as '一' (the character 'one'), '[J]' as '[]' or '册', the 2008 row broken "
                 "('20   年 9 08' / '月 -2015 年 6 月'), the PhD end '2018年6月' read '201年86 月', a few wrong "
                 "characters ('文' for 支, '矶' for 岚) and a Chinese author list read as Latin garbage in paper 3; "
                 "the image is clear and labels give what it shows. Name in '姓名：' line. 医学博士（临床型） = PhD; "
                 "七年制 临床医学 医学硕士 2008–2015 = master. Jobs: 主治医师 since 2021.12 (至今), 住院医师 "
                 "2018.07–2021.11 at the same hospital. GB/T 7714 papers with '*' corresponding; paper 3 lists 蒲晓岚 "
                 "first; paper 4 '已录用' = accepted, no year. Awards 2; 资格证书 (licences) are not awards.",
    },
    {
        "file": "11_sg_bilingual_quant_risk_html_pandoc_plain.txt",
        "name": "杨可昕",
        "name_any": ["Yeo Kexin", "Kexin Yeo", "杨可昕 Yeo Kexin"],
        "emails": ["kexin.yeo@example.sg"],
        "phones": ["+6585550193"],
        "links": ["linkedin.com/in/yeokexin-example"],
        "education": [
            ed("National University of Singapore", "master", "2017-08", "2018-12"),
            ed("Fudan University", "bachelor", "2013-09", "2017-06"),
        ],
        "experience": [
            job("DBS Bank Ltd.", "Vice President, Market Risk Analytics", "2021-08", "present"),
            job("OCBC Bank", "Model Validation Analyst", "2018-07", "2021-07"),
            job("China International Capital Corporation (CICC)", "Summer Intern, Fixed Income", "2016-06",
                "2016-08"),
        ],
        "publications_count": 2,
        "first_author_count": 2,
        "publications_sample": [
            pub("Backtesting Expected Shortfall under regime switching", "SSRN", 2023, True, "preprint"),
            pub("基于 Copula 的沪深股市尾部相依性研究", "统计与决策", 2017, True, "published"),
        ],
        "research_interests_any": [],
        "awards_count": 2,
        "language": "zh-en",
        "layout": "bilingual Chinese/English HTML résumé (emoji contact icons, three-column tables) converted to "
                  "plain text by pandoc -t plain",
        "notes": "Singapore bank analyst's bilingual web résumé saved as text with pandoc: '杨可昕  Yeo Kexin' on one "
                 "line (labelled with the Chinese name, English accepted), contact line with emoji icons (📍 ☎ ✉), "
                 "headings '工作经历 / Work Experience'. Jobs and education are pandoc simple tables whose columns "
                 "are aligned with spaces and whose rows are wider than 72 columns; each row pairs Chinese and "
                 "English names ('星展银行 DBS Bank Ltd.', '2021.08 – 至今 Present'); labelled with the English names "
                 "(heldout15 convention). The CICC internship row adds '，北京'. Titles are bilingual ('Vice "
                 "President, Market Risk Analytics 市场风险分析副总裁'; labelled with the English part). 'SSRN "
                 "Working Paper' = preprint 2023; the Chinese paper is published 2017 in 统计与决策. CFA and FRM are "
                 "certifications (not awards); awards 2 (Outstanding Graduate, Dean's List). No research-interest "
                 "section.",
    },
    {
        "file": "12_de_mech_eng_doctoral_researcher_word_saved_as_text.txt",
        "name": "Jonas Felgenträger",
        "name_any": ["Dipl.-Ing. Jonas Felgenträger"],
        "emails": ["jonas.felgentraeger@kit.example.edu"],
        "phones": ["+4972155501842"],
        "links": [],
        "education": [
            ed("Karlsruher Institut für Technologie (KIT)", "phd", "2019-10", "2025-03"),
            ed("Technische Universität Dresden", None, "2012-10", "2019-06"),
            ed("Chalmers University of Technology", "other", "2017-09", "2018-02"),
            ed("Käthe-Kollwitz-Gymnasium Zwickau", "other", None, "2012-06"),
        ],
        "experience": [
            job("Karlsruher Institut für Technologie (KIT)", "Wissenschaftlicher Mitarbeiter und Doktorand",
                "2019-10", "present"),
            job("ZF Friedrichshafen AG", "Praktikant Getriebeentwicklung", "2018-04", "2018-09"),
            job("Technische Universität Dresden", "Studentische Hilfskraft", "2015-10", "2017-03"),
        ],
        "publications_count": 4,
        "first_author_count": 3,
        "publications_sample": [
            pub("Friction coefficient stability of wet multi-plate clutches under micro-slip",
                "Tribology International", 2024, True, "published"),
            pub("Prüfstandsbasierte Validierung von Kupplungsbelägen mit Mikroschlupf",
                "Forschung im Ingenieurwesen", 2023, True, "published"),
            pub("Thermal hot spots in wet clutches – a combined simulation and test approach",
                "VDI-Fachtagung Kupplungen und Kupplungssysteme in Antrieben", 2022, False, "published"),
            pub("Drag torque of open wet clutches at low temperatures", "Wear", None, True, "under review"),
        ],
        "research_interests_any": [],
        "awards_count": 2,
        "language": "de",
        "layout": "German tabular Lebenslauf in Word (label/value table, two-column date tables) saved as plain "
                  "text (LibreOffice text export, as Word's 'Save as Plain Text')",
        "notes": "Word 'save as text': every table cell becomes its own line, so each date ('seit 10/2019', "
                 "'04/2018 – 09/2018') stands alone on the line above its entry, the personal-data table is "
                 "label line / value line ('Telefon' / '+49 721 5550 1842'), and multi-line cells keep their "
                 "inner breaks (title, employer, topic). Headings are plain lines (Berufserfahrung, Ausbildung, "
                 "Veröffentlichungen (Auswahl), Auszeichnungen und Stipendien, Kenntnisse). 'seit' = present; "
                 "'10/2019 – voraussichtlich 03/2025' = expected end 2025-03. Diplom-Ingenieur: a German "
                 "pre-Bologna degree that fits none of the levels (degree_level null, not scored); the "
                 "Auslandssemester at Chalmers is an education entry of level other; Abitur = other with only "
                 "an end (heldout15). Publications with '•' bullets, own name first in 1, 2 and 4; the VDI "
                 "conference paper's venue is the meeting; 'Wear (eingereicht)' = under review. Awards 2 (TU "
                 "Dresden prize, Studienstiftung scholarship). Place and date line at the end.",
    },
]
