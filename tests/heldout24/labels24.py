"""Hand-written labels for heldout24 (score.py format). Each `notes` says what the file shows and how it was read."""
from __future__ import annotations


def E(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def X(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS: dict[str, tuple[str, dict]] = {}

LABELS["01_us_ecology_postdoc_canva_sidebar_weasyprint"] = ("pdf", {
    "name": "Ilse Vanterpool", "name_any": ["Ilse Vanterpool, PhD", "Ilse Vanterpool PhD"],
    "emails": ["ilse.vanterpool@example.org"], "phones": ["+16085550147"],
    "links": ["vanterpool-lab.example.org"],
    "education": [E("Michigan State University", "phd", "2015", "2020"),
                  E("Wageningen University & Research", "bachelor", "2011", "2014")],
    "experience": [X("University of Wisconsin–Madison", "Postdoctoral Research Associate", "2022-08", "present"),
                   X("U.S. Geological Survey", "Fisheries Biologist (contract)", "2021-01", "2022-07"),
                   X("Michigan State University", "Graduate Research Assistant", "2015", "2020")],
    "publications_count": 5, "first_author_count": 4,
    "publications_sample": [
        P("Groundwater seeps as stepping stones: brook trout movement among thermal refugia during summer heatwaves",
          "Freshwater Biology", 2024, True, "published"),
        P("Isotopic niche overlap between native brook trout and stocked brown trout in Driftless streams",
          "Ecology of Freshwater Fish", 2023, True, "published"),
        P("Environmental DNA detects silver carp range expansion a year before netting", "Biological Invasions", 2023,
          False, "published"),
        P("Winter habitat selection of juvenile brook trout in groundwater-fed streams",
          "Transactions of the American Fisheries Society", 2021, True, "published"),
        P("Predicting the loss of cold-water refugia under +2 °C warming", "Global Change Biology", None, True,
          "under review")],
    "research_interests_any": ["Freshwater food webs", "Stream fish movement ecology",
                               "Climate refugia in cold-water streams", "Isotopic niche modelling"],
    "awards_count": 3,
    "language": "en",
    "layout": "Canva-like one-page design: dark sidebar with photo circle (initials), icon glyphs, skill and language bars; timeline main column; WeasyPrint with Creator 'Canva'",
    "notes": "Sidebar first in the text layer for some readers: contact rows behind FontAwesome glyphs (Private Use Area code points), "
             "'Research Areas' as bullet lines (the interests), skill bars and language bars with no text values, 'Service' "
             "(reviewing, a society co-chair role: not a job). Name '<light>Ilse <bold>Vanterpool</bold>, PhD' and a letter-spaced "
             "upper-case tagline. Timeline items: upper-case date line ('AUG 2022 – PRESENT', 'JAN 2021 – JUL 2022', '2015 – 2020') "
             "over the title, italic employer line with the unit ('Center for Limnology, University of Wisconsin–Madison'; "
             "'U.S. Geological Survey, Upper Midwest Environmental Sciences Center, La Crosse'). The graduate assistantship at "
             "MSU is a job as printed. 'Selected Publications' with a '11 peer-reviewed articles' note (only the 5 listed are "
             "counted); own name bold; the last one has an 'IN REVIEW' tag = under review, no year. 'Grants & Awards': the "
             "Sea Grant 'Early Career Research Award ($48,000, PI)' is a research grant despite its name (not counted); Best "
             "Student Paper, the Allen Scholarship and the NSF GRFP Honorable Mention (an honour) are 3 awards. The Twitter "
             "handle is not a link. Phone '(608) 555-0147' (US, fiction range)."})

LABELS["02_it_materials_postdoc_europass_online_weasyprint"] = ("pdf", {
    "name": "Ginevra Tassinari",
    "emails": ["ginevra.tassinari@unibo.example.it"], "phones": ["+390515550172"],
    "links": ["orcid.example.org/0000-0002-5550-0172"],
    "education": [E("Politecnico di Torino", "phd", "2017-11", "2021-03"),
                  E("Università di Bologna", "master", "2014-10", "2017-07"),
                  E("Università degli Studi di Ferrara", "bachelor", "2011-09", "2014-10")],
    "experience": [X("Università di Bologna", "Assegnista di ricerca (post-doc)", "2023-03", "present"),
                   X("Karlsruher Institut für Technologie (KIT)", "Postdoctoral researcher", "2021-04", "2023-02"),
                   X("Politecnico di Torino", "Borsista di ricerca", "2020-09", "2021-03")],
    "publications_count": 5, "first_author_count": 3,
    "publications_sample": [
        P("Lignin-derived crosslinkers for UV-cured single-ion conducting membranes", "Journal of Materials Chemistry A",
          2024, True, "published"),
        P("Interphase growth at Na metal / polymer electrolyte contacts followed by operando impedance",
          "ACS Applied Energy Materials", 2023, False, "published"),
        P("Cross-linked PEO networks with ionic liquid plasticisers for lithium-metal cells", "Electrochimica Acta", 2022,
          True, "published"),
        P("Sodium-conducting biopolymer electrolytes from cellulose acetate", "ChemSusChem", None, True, "in press"),
        P("Guidelines for reporting ionic conductivity of polymer electrolytes", "Batteries & Supercaps", None, False,
          "under review")],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "it",
    "layout": "Europass online editor (2020+) look in Italian: blue name, labelled personal-information lines, ruled blue section titles, dates-and-place meta line over an upper-case 'TITLE ORGANISATION' line, CEFR language grid, GDPR consent; WeasyPrint",
    "notes": "Current Europass editor shape (not the europasscv LaTeX class): 'Nazionalità / Data di nascita / Sesso' on one line, "
             "'Numero di telefono: (+39) 051 555 0172 (Cellulare)', 'Indirizzo e-mail:', 'Sito web:' (an ORCID URL), "
             "'Indirizzo: … (Abitazione)'. Each entry: grey meta line 'dd/mm/yyyy – dd/mm/yyyy  City, Country' ('– Attuale' = "
             "present), then the title and the organisation on one bold upper-case line (CSS text-transform puts capitals in "
             "the text layer). dd/mm/yyyy dates kept to the month. 'Istruzione e formazione': Dottorato (EQF 8, phd), Laurea "
             "magistrale (EQF 7, master), Laurea triennale (EQF 6, bachelor); the 6-month stay in Uppsala is a sentence inside "
             "the PhD entry, not an entry. The Bologna post's organisation is printed as 'Alma Mater Studiorum – Università "
             "di Bologna, Dipartimento di Chimica Industriale «Toso Montanari»' (labelled 'Università di Bologna'). "
             "'Pubblicazioni': 5 entries, own name bold; '(accettato, in corso di stampa)' = in press; '(sottomesso, 2024)' = "
             "submitted = under review, no year. 'Conferenze e seminari' (a talk, not a paper). 'Riconoscimenti e premi': a "
             "prize and an Erasmus+ traineeship grant/bursary ('Borsa di mobilità', a scholarship) = 2 awards. Driving licence, "
             "CEFR table and the GDPR paragraph are not scored. Footer '© Unione europea … europa.eu/europass' and 'n / N'."})

LABELS["03_uk_art_history_lecturer_word_gallery_template"] = ("docx", {
    "name": "Rosalind Achterberg",
    "emails": ["r.achterberg@example.ac.uk"], "phones": ["+447700900155"],
    "education": [E("University of York", "phd", "2013", "2017"),
                  E("The Courtauld Institute of Art", "master", "2011", "2012"),
                  E("University of Edinburgh", "bachelor", "2007", "2011")],
    "experience": [X("University of Bristol", "Lecturer in History of Art", "2020-09", "present"),
                   X("University of Warwick", "Teaching Fellow in Early Modern Art", "2018-01", "2020-08"),
                   X("York Art Gallery, York Museums Trust", "Curatorial Assistant (0.4 FTE)", "2015", "2017")],
    "publications_count": 6, "first_author_count": None,
    "publications_sample": [
        P("Painted Ledgers: Merchant Portraiture in Antwerp, 1560–1610", None, 2025, None, "in press"),
        P("Counting-house still lifes: coins, scales and credit in Marinus-type pictures", "Oxford Art Journal", 2023,
          None, "published"),
        P("Underdrawing and the ledger: revisions in two portraits of Antwerp merchants", "The Burlington Magazine", 2021,
          None, "published"),
        P("The merchant's likeness in the workshop inventory", "The Routledge Companion to Northern Renaissance Art", 2022,
          None, "published"),
        P("A lost Van Cleve family portrait identified", "Simiolus", 2019, None, "published"),
        P("Credit, trust and the painted face", "Art History", None, None, "under review")],
    "research_interests_any": ["Netherlandish painting", "Merchant portraiture and the material culture of commerce",
                               "Technical art history", "Museum provenance research"],
    "awards_count": 3,
    "language": "en",
    "layout": "Word gallery 'modern initials' imitation kept as DOCX: one borderless two-cell table, shaded left cell with an initials block, CONTACT/RESEARCH/LANGUAGES/SKILLS; right cell with colour-band headings",
    "notes": "Everything lives in one table (left cell read first by most readers): the initials 'RA' in a shaded paragraph, the "
             "contact block (UK mobile '07700 900 155' from Ofcom's drama range), a bare 'ORCID 0000-…' (not a URL, not "
             "labelled), 'RESEARCH' = research interests, languages and skills. Right cell: name in Calibri Light, 'Lecturer "
             "in History of Art · FHEA' in caps, band headings with the text in white on blue (w:shd on the paragraph). "
             "Entries 'Title · Employer' then an upper-case date line ('September 2020 – Present'). Education uses the same "
             "shape: 'PhD History of Art · University of York', 'MA History of Art (Distinction) · The Courtauld Institute of "
             "Art', 'MA (Hons) History of Art, First Class · University of Edinburgh' — a Scottish undergraduate MA (Hons) is "
             "a first degree: level bachelor. Publications in humanities style without the author's own name: a forthcoming "
             "monograph ('forthcoming 2025' = in press, year 2025, no venue: the publisher is not a venue), two articles, a "
             "chapter (venue = the book), a 'with Pieter de Waal' article, '(under review, Art History)'. Since no entry prints "
             "the author list, first authorship is not scored. 'Awards, Fellowships and Grants': Paul Mellon fellowship, "
             "essay prize (runner-up), AHRC studentship = 3; the BA/Leverhulme Small Research Grant is a grant. 'Book reviews "
             "editor' and trustee are service."})

LABELS["04_us_sociology_assoc_prof_word_textbox_libreoffice"] = ("pdf", {
    "name": "Darnell Q. Whitcombe-Reyes", "name_any": ["Darnell Whitcombe-Reyes", "DARNELL Q. WHITCOMBE-REYES"],
    "emails": ["dwreyes@example.edu"], "phones": ["+15035550162"], "links": ["dwhitcombereyes.example.net"],
    "education": [E("University of Michigan", "phd", None, "2011"), E("University of Michigan", "master", None, "2008"),
                  E("Pomona College", "bachelor", None, "2005")],
    "experience": [X("Portland State University", "Associate Professor (with tenure)", "2019", "present"),
                   X("Portland State University", "Assistant Professor", "2013", "2019"),
                   X("Population Research Center, The University of Texas at Austin", "Postdoctoral Fellow", "2011", "2013")],
    "publications_count": 9, "first_author_count": 6,
    "publications_sample": [
        P("Doubled Up: Kin, Crowding, and the Afterlife of Foreclosure", None, 2021, True, "published"),
        P("Eviction Filings and School Moves among Latino Children", "Demography", 2024, True, "published"),
        P("Shared Rent, Shared Risk: Household Complexity and Material Hardship", "Journal of Marriage and Family", 2023,
          False, "published"),
        P("The Kin Safety Net Revisited", "Social Forces", 2021, True, "published"),
        P("Crowded Households after Foreclosure", "American Sociological Review", 2014, True, "published"),
        P("Landlord Networks and Informal Evictions", "American Journal of Sociology", None, True, "under review"),
        P("Housing Vouchers and Kin Proximity", "Socius", None, False, "under review")],
    "research_interests_any": ["Housing and eviction", "family demography", "Latino immigrant communities"],
    "awards_count": 3,
    "language": "en",
    "layout": "Word template with full-width colour-band headings and the contact block in a floating text box (wps:txbx) at the top right; python-docx printed by LibreOffice",
    "notes": "Name in capitals over two lines (the text box narrows the column: 'DARNELL Q. WHITCOMBE-' / 'REYES'), the address, "
             "phone, e-mail and website only inside the floating text box, which many readers emit after or before the body. "
             "Band headings ('ACADEMIC APPOINTMENTS', …) are white-on-maroon shaded paragraphs. Appointments are bold "
             "'Title, Department, Employer' lines with the years at a right tab stop; the long ones wrap so the years break "
             "('2011–' / '2013'). Two ranks at the same university are two jobs. Degrees with one year have only an end. ASA "
             "style references with the full own name (not bold) and '*' for graduate-student co-authors (not equal "
             "contribution); 'Book' (1, venue not scored), 'Peer-Reviewed Articles' (6), 'Manuscripts Under Review' (2: "
             "'Revise and resubmit, American Journal of Sociology' and 'Under review, Socius' = under review, no year): 9 in "
             "all, first author in 6. Grants (NSF, Russell Sage 'Presidential Authority Award', a grant) are not awards; "
             "'Honors and Awards' has 3 (an honorable mention, a teaching award, a predoctoral fellowship)."})

LABELS["05_mx_public_health_researcher_google_docs_es"] = ("docx", {
    "name": "Itzel Montaño Berriozábal", "name_any": ["Itzel Montaño-Berriozábal"],
    "emails": ["itzel.montano@example.mx"], "phones": ["+527775550128"],
    "education": [E("Instituto Nacional de Salud Pública", "phd", "2014-08", "2018-07"),
                  E("Universidad de Guadalajara", "master", "2011", "2013"),
                  E("Universidad Autónoma de Yucatán", None, "2005", "2010")],
    "experience": [X("Instituto Nacional de Salud Pública (INSP)", "Investigadora en Ciencias Médicas C", "2020-05", "present"),
                   X("Harvard T.H. Chan School of Public Health", "Investigadora posdoctoral", "2018-09", "2020-04"),
                   X("Secretaría de Salud de Yucatán", "Nutrióloga comunitaria", "2010", "2011")],
    "publications_count": 6, "first_author_count": 3,
    "publications_sample": [
        P("Ultra-processed food intake and weight gain in Mexican school-age children: a cohort study",
          "Am J Clin Nutr", 2024, True, "published"),
        P("Consumo de bebidas azucaradas en adolescentes mexicanos: ENSANUT 2022", "Salud Publica Mex", 2023, True,
          "published"),
        P("Front-of-package warning labels and household purchases in Mexico", "PLoS Med", 2022, False, "published"),
        P("Substitution of sugar-sweetened beverages with water and type 2 diabetes risk", "Diabetes Care", 2020, False,
          "published"),
        P("Etiquetado de advertencia y reformulación de cereales de desayuno", "Rev Panam Salud Publica", None, True,
          "in press"),
        P("Dietary diversity among Maya households in Yucatán", "Public Health Nutr", None, False, "under review")],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "es",
    "layout": "Google Docs 'Serif' résumé template look exported as .docx (Playfair Display name, Merriweather body, pink upper-case Open Sans headings), in Spanish; no docProps/app.xml",
    "notes": "Mexican researcher's CV in Spanish in the Google Docs template shape: name, a subtitle line ('Investigadora en "
             "Ciencias Médicas · Epidemiología nutricional · SNII Nivel I': a rank/membership, not an award or interests list), "
             "address, phone and e-mail on separate lines. Entries: bold 'Institución, Ciudad — Cargo' (employer and title in "
             "one line; for degrees 'Institución, Ciudad — Grado') then a small upper-case date line in Spanish ('mayo 2020 - "
             "actual' = present; 'agosto 2014 - julio 2018'). The Licenciatura en Nutrición has no level label (heldout15's "
             "convention for a Licenciatura: null). 'Publicaciones seleccionadas' numbered by hand, Vancouver style with the "
             "hyphenated surname 'Montaño-Berriozábal I'; '(en prensa)' = in press; '(enviado, 2024)' = submitted = under "
             "review, no year. 'Distinciones': a prize, the CONACYT doctoral scholarship, a medal = 3. No research-interest "
             "section."})

LABELS["06_pt_se_coastal_research_fellow_simple_resume_cv_xelatex"] = ("pdf", {
    "name": "Tobias Ferreira-Lindqvist",
    "emails": ["tobias.fl@example.sg"], "phones": ["+6565550193"], "links": ["tferreiralindqvist.example.sg"],
    "education": [E("Lund University", "phd", "2016-09", "2021-06"),
                  E("Delft University of Technology", "master", "2014-09", "2016-07"),
                  E("Universidade de Lisboa", "bachelor", "2011-09", "2014-07")],
    "experience": [X("Earth Observatory of Singapore, Nanyang Technological University", "Research Fellow", "2021-09", "present"),
                   X("Deltares", "Visiting Researcher (PhD secondment)", "2019-02", "2019-06")],
    "publications_count": 8, "first_author_count": 5,
    "publications_sample": [
        P("Land subsidence outpaces sediment supply along the Ca Mau peninsula", "Nature Sustainability", None, True,
          "in press"),
        P("A 35-year Landsat record of mangrove shoreline change in the Mekong Delta", "Remote Sensing of Environment", 2023,
          True, "published"),
        P("Mud bank migration on the Ca Mau coast from PlanetScope imagery", "Earth Surface Processes and Landforms", 2023,
          False, "published"),
        P("Can sediment nourishment keep pace with subsidence in Southeast Asian deltas?", "EarthArXiv", 2024, False,
          "preprint"),
        P("Morphodynamic modelling of a mud coast with Delft3D-FM", "Coastal Sediments", 2019, True, "published")],
    "research_interests_any": ["Sediment transport on muddy, mangrove-fringed coasts", "Remote sensing of shoreline change",
                               "Coastal subsidence and relative sea-level rise"],
    "awards_count": 2,
    "language": "en",
    "layout": "zachscrivena/simple-resume-cv (XeLaTeX, Tinos + GNU FreeFont): upper-case section names in a left margin column, employer line then ■ role rows with right-aligned 'Mon YYYY – Mon YYYY', ● detail rows, [J6]..[J1] reverse-numbered papers",
    "notes": "Public GitHub template filled with an invented person. Section names sit in a left column beside the entries "
             "('GRANTS, AWARDS & SCHOLARSHIPS' broken over three lines). Entry shape: bold employer/university line, then "
             "'■ Title' or '■ Degree' with the date range at the right ('Sep 2021 – present'); the long Erasmus Mundus degree "
             "line pushes its range over two lines ('Sep 2014' / '– Jul 2016'). The joint master's is printed as 'Delft "
             "University of Technology and Norwegian University of Science and Technology (NTNU)' (labelled with TU Delft, "
             "the first-named). 'Licenciatura (B.Sc.)' is glossed as a bachelor. Teaching rows (guest lecturer, TA) are in a "
             "Teaching section and not labelled as jobs. Publications: 'Journal Articles' [J6]–[J1] (J6 'in press', no year), "
             "'Preprints and Conference Papers' [P1] (an EarthArXiv preprint, also 'under review at GRL': status preprint, "
             "year 2024) and [C1]; own name underlined; 8 in all, first author in 5. Awards section mixes a fellowship only "
             "'shortlisted' (not received), an MOE Tier 1 grant (a grant) and 2 awards (AGU student paper award, Erasmus "
             "Mundus scholarship). Phone '+65 6555 0193' (fiction range)."})

LABELS["07_zh_speech_research_scientist_51job_export_weasyprint"] = ("pdf", {
    "name": "宋屹岚", "name_any": ["Song Yilan", "Yilan Song"],
    "emails": ["songyilan_speech@example.cn"], "phones": ["+8615555500134"],
    "education": [E("上海交通大学", "phd", "2014-09", "2019-06"),
                  E("爱丁堡大学", "other", "2017-10", "2018-04"),
                  E("中国科学技术大学", "bachelor", "2010-09", "2014-06")],
    "experience": [X("上海人工智能实验室", "青年研究员", "2021-07", "present"),
                   X("科大讯飞股份有限公司", "语音识别研究员", "2019-07", "2021-06"),
                   X("微软亚洲研究院", "研究实习生", "2018-06", "2018-09")],
    "publications_count": 5, "first_author_count": 4,
    "publications_sample": [
        P("Dialect-aware self-supervised pre-training for low-resource Wu Chinese ASR", "TASLP", 2024, True, "published"),
        P("Phoneme-level prosody transfer for Cantonese text-to-speech", "ICASSP", 2023, True, "published"),
        P("Streaming conformer transducers with dynamic chunk masking", "Interspeech", 2022, False, "published"),
        P("Cross-dialect pronunciation lexicon induction", "Interspeech", 2019, True, "published"),
        P("吴语语音识别数据集的构建与评测", "中文信息学报", None, True, "accepted")],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "zh",
    "layout": "前程无忧 51job résumé export: bordered header with 'ID:', photo box, 最近工作/最高学历 two-cell box, orange section bars, 'YYYY/M–至今  公司（时长）' rows, 所属行业 lines; WeasyPrint with a '来自前程无忧' footer",
    "notes": "Job-site export for a research-scientist application: header '流动简历 | 女 | 33岁（1991年5月10日）| 现居住 上海-浦东新区 | "
             "8年工作经验', 户口/婚姻/政治面貌, phone '155 5550 0134' (555-01xx-style fiction digits), an 'ID:455500134' (not a "
             "phone). The 最近工作/最高学历 box repeats the latest employer and degree (not extra entries). 求职意向 and 自我评价 are "
             "not scored. 工作经验 rows 'YYYY/M–YYYY/M  公司（时长）', then 所属行业, then '部门  职位' ('至今' = present); the MSRA "
             "internship is a job. 项目经验 holds an NSFC 青年基金 grant and a company project (neither jobs nor papers). "
             "教育经历 is a 4-column table; the Edinburgh row '（联合培养）… 其他' is a joint-PhD stay (level other, as in "
             "heldout15). 论文发表: 4 English papers with （第一作者） marks and a Chinese [J] paper with 已录用 = accepted; own "
             "name first in 4. TASLP is the IEEE/ACM Transactions' short name. 证书 (CET-6, IELTS) are not awards; 获奖情况: a "
             "Shanghai young-talent programme, the national PhD scholarship and a competition first prize = 3."})

LABELS["08_pk_electrical_eng_asst_prof_university_proforma_libreoffice"] = ("pdf", {
    "name": "Sameen Ahmed Tarar", "name_any": ["Engr. Dr. Sameen Ahmed Tarar", "Dr. Sameen Ahmed Tarar"],
    "emails": ["sameen.tarar@example.edu.pk"], "phones": ["+92425550131", "+923005550136"],
    "education": [E("BISE Gujranwala", "other", None, "2004"), E("BISE Gujranwala", "other", None, "2006"),
                  E("University of Engineering and Technology (UET), Lahore", "bachelor", "2006", "2010"),
                  E("Lahore University of Management Sciences (LUMS)", "master", "2010", "2012"),
                  E("University of Southampton", "phd", "2014-10", "2018-03")],
    "experience": [X("UET Lahore", "Assistant Professor (BPS-19)", "2018-09", "present"),
                   X("University of Southampton", "Research Assistant (part-time)", "2016-01", "2017-12"),
                   X("UET Lahore", "Lecturer (BPS-18)", "2012-09", "2018-09"),
                   X("National Transmission & Despatch Company (NTDC)", "Lab Engineer", "2010-08", "2012-09")],
    "publications_count": 7, "first_author_count": 4,
    "publications_sample": [
        P("Virtual inertia emulation for grid-forming inverters in low-short-circuit-ratio feeders",
          "IEEE Transactions on Power Systems", 2024, True, "published"),
        P("Harmonic stability of parallel PV inverters in Pakistani 11 kV feeders", "IEEE Access", 2023, False, "published"),
        P("Adaptive droop control for solar-diesel hybrid microgrids",
          "International Journal of Electrical Power & Energy Systems", 2022, True, "published"),
        P("Load-flow based hosting capacity of LESCO feeders", "Energies", 2024, False, "accepted"),
        P("Fault ride-through of grid-forming inverters with current limiting", "IEEE PES General Meeting", 2018, True,
          "published")],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "Pakistani university 'Proforma' CV: numbered upper-case headings, Word 'Table Grid' personal-information grid with a merged PHOTO column, qualification and experience grids (S.No./Degree/Year/Division/Board/Major; From/To dd-mm-yyyy, 'Till date'), IF-tagged publications, certification and signature; python-docx printed by LibreOffice",
    "notes": "Name after 'Engr. Dr.' in a label/value grid (Father's Name is not the candidate; CNIC and PEC registration are not "
             "phones). Two phones: office '+92 42 555 0131' and cell '+92 300 5550136' (fiction digits). Qualifications grid: "
             "Matriculation and F.Sc. rows with the board (BISE Gujranwala) and one year = school-leaving certificates, level "
             "other with only an end (heldout15 convention); B.Sc./M.Sc. with 'YYYY-YYYY'; the Ph.D. with 'Oct 2014 - Mar 2018'; "
             "cells wrap inside narrow columns. Experience grid in dd-mm-yyyy ('03-09-2018' → 2018-09, 'Till date' = present), "
             "organisation cells printed 'Department of Electrical Engineering, UET Lahore'; the Lecturer post spans the "
             "PhD study leave as printed; the Southampton part-time RA is a job. Publications numbered 1–7 across '(a) Impact "
             "Factor Journals' (with '(IF: x.x)' tails) and '(b) International Conferences'; 'Accepted, 2024' = accepted with "
             "year. HEC NRPU project = a grant. 'AWARDS AND HONOURS': scholarship, best teacher award, gold medal = 3. "
             "References grid and the certification/signature line are not scored."})

LABELS["09_jp_seismology_asst_prof_english_cv_typst"] = ("pdf", {
    "name": "Kanae Ibusuki", "name_any": ["Kanae IBUSUKI", "IBUSUKI Kanae", "指宿 加奈恵", "指宿加奈恵"],
    "emails": ["ibusuki@eri.example.jp"], "phones": ["+81355550148"], "links": ["www.eri.example.jp/people/ibusuki"],
    "education": [E("Tohoku University", "phd", "2016-04", "2019-03"), E("Tohoku University", "master", "2014-04", "2016-03"),
                  E("Kyushu University", "bachelor", "2010-04", "2014-03")],
    "experience": [X("Earthquake Research Institute, The University of Tokyo", "Assistant Professor", "2022-04", "present"),
                   X("Kyoto University", "JSPS Research Fellow (PD)", "2019-04", "2022-03"),
                   X("California Institute of Technology", "Visiting Scholar", "2019-09", "2020-08"),
                   X("Tohoku University", "JSPS Research Fellow (DC2)", "2017-04", "2019-03")],
    "publications_count": 7, "first_author_count": 5,
    "publications_sample": [
        P("Migration of shallow tremor beneath the Hyuga-nada revealed by a dense ocean-bottom array",
          "Journal of Geophysical Research: Solid Earth", 2024, True, "published"),
        P("Deep-learning phase picking for ocean-bottom seismometer records", "Earth, Planets and Space", 2023, False,
          "published"),
        P("Tidal modulation of very-low-frequency earthquakes in the Nankai Trough", "Geophysical Research Letters", 2022,
          True, "published"),
        P("Shallow very-low-frequency earthquakes detected by a matched filter in the Japan Trench",
          "Geophysical Journal International", 2018, True, "published"),
        P("Machine-learning catalog of shallow tremor along the Nankai Trough", "Seismological Research Letters", None,
          False, "under review")],
    "research_interests_any": ["Slow earthquakes", "seismic and geodetic observation of subduction zones"],
    "awards_count": 3,
    "language": "en",
    "layout": "Japanese researcher's English CV in Typst: centred 'Curriculum Vitae', label grid (Date of birth, Present position, Address, Phone / E-mail, Web), ruled headings, a 36 mm date column with 'Apr. 2016 -- Mar. 2019' ranges",
    "notes": "Japanese conventions in English: family name in capitals with the kanji in brackets ('Kanae IBUSUKI (指宿 加奈恵), "
             "Ph.D.'), phone and e-mail in one cell separated by '/'. Education rows name the course ('Doctoral Course, "
             "Department of Geophysics, Graduate School of Science, Tohoku University') with the degree on the next line "
             "('Ph.D. (Science), March 2019'); the bachelor row is 'Faculty of Science, Kyushu University, B.Sc. (…)'. The "
             "April–March academic year gives the months. 'Professional Career': JSPS Research Fellow (PD) and (DC2) posts "
             "are jobs (funded fellow posts, as heldout15's SRF/JRF); the Caltech visit overlaps the PD post. Research Fields "
             "= interests (the last one wraps with a hyphen 'ocean-' / 'bottom'). KAKENHI grants are not awards; 'Awards' has "
             "3. 'Publications' (peer-reviewed, '*' = corresponding author, not equal contribution): APA-like with bold own "
             "name; a Japanese-language paper in 地震 第2輯 with an English gloss; 'in revision' = under review; 7 in all, "
             "first author in 5 (including the Japanese one, '指宿加奈恵・本田茂')."})

LABELS["10_us_cardiology_professor_long_cv_pdflatex"] = ("pdf", {
    "name": "Margarethe L. Osterholt-Baines",
    "name_any": ["Margarethe L. Osterholt-Baines, MD, MPH", "Margarethe L. Osterholt-Baines, MD, MPH, FACC, FAHA",
                 "Margarethe Osterholt-Baines"],
    "emails": ["osterholtbainesml@example.edu"], "phones": ["+14125550109"],
    "education": [E("Carleton College", "bachelor", "1987", "1991"),
                  E("Johns Hopkins University School of Medicine", None, "1991", "1995"),
                  E("Harvard T.H. Chan School of Public Health", "master", "2000", "2001"),
                  E("Massachusetts General Hospital", "other", "1995", "1998"),
                  E("Brigham and Women's Hospital", "other", "1998", "2001")],
    "experience": [X("University of Pittsburgh", "Professor of Medicine (Cardiology) and Epidemiology", "2015", "present"),
                   X("University of Pittsburgh", "Associate Professor of Medicine and Epidemiology", "2009", "2015"),
                   X("University of Pittsburgh", "Assistant Professor of Medicine", "2004", "2009"),
                   X("Harvard Medical School / Brigham and Women's Hospital", "Instructor in Medicine", "2001", "2004"),
                   X("UPMC Heart and Vascular Institute", "Director, Women's Heart Health Program", "2018", "present"),
                   X("UPMC", "Associate Program Director, Cardiovascular Disease Fellowship", "2012", "2018"),
                   X("UPMC Presbyterian Hospital", "Attending Cardiologist", "2004", "present")],
    "publications_count": 68, "first_author_count": 15,
    "publications_sample": [
        P("Troponin-guided statin initiation in adults aged 75 and older: the TROP-75 trial design", "Am Heart J", None,
          True, "under review"),
        P("Lipoprotein(a) and aortic stenosis progression in women", "JACC Cardiovasc Imaging", None, False, "in press"),
        P("Neighborhood deprivation during the COVID-19 pandemic", "Ann Intern Med", 2024, True, "published"),
        P("Polygenic risk and stroke risk in older women", "JAMA Cardiol", 2016, False, "published"),
        P("Coronary artery calcium and subclinical atherosclerosis", "J Am Coll Cardiol", 2010, True, "published"),
        P("High-sensitivity troponin and incident heart failure", "Hypertension", 2005, False, "published"),
        P("Sex differences in cardiovascular risk prediction: a state-of-the-art review", "J Am Coll Cardiol", 2021, True,
          "published"),
        P("Cardiovascular disease in women", "Braunwald's Heart Disease", 2022, True, "published")],
    "research_interests_any": ["Sex-specific cardiovascular risk prediction",
                               "lipoprotein(a) and subclinical atherosclerosis",
                               "adverse pregnancy outcomes and later-life heart disease"],
    "awards_count": 7,
    "language": "en",
    "layout": "US academic-medicine CV, 7 pages, pdfLaTeX article (Times), fancyhdr running header (name / 'Curriculum Vitae -- revised November 2024') and 'Page n of N' footer, numbered ruled sections, 1.25in date column",
    "notes": "A senior professor's long CV in the US academic-medicine order: Personal Information (office phone and a fax line "
             "'(412) 555-0178 (fax)': only the office phone is labelled), Education and Training with sub-headings "
             "(Undergraduate; Graduate and Professional: M.D. — a professional doctorate, level null like heldout15's J.D. — "
             "and M.P.H.; Postgraduate Clinical Training: residency and fellowship rows, labelled as education of level "
             "other, see README), Appointments (Academic: three ranks at one university + an instructorship; Administrative "
             "and Hospital: a programme director, an associate programme director and an attending post, all jobs), "
             "Certification and Licensure (not awards; the licence number is not a phone), Honors and Awards (7 rows: an "
             "elected membership counts as an honour), Research Interests (one sentence with ';'), Grant Support (R01/K24/AHA "
             "grants: not awards), Bibliography: 'Original Peer-Reviewed Research Articles' numbered 1–60 (Vancouver, own "
             "name bold, lists cut as 'A, B, C, ..., Osterholt-Baines ML' or 'et al'; no. 1 'Submitted' = under review, no. "
             "2 'In press'), 'Reviews, Editorials and Viewpoints' R1–R6 with [Review]/[Editorial] tags, 'Book Chapters' B1–B2 "
             "(venue = the book): 68 counted, first author in 15 (8 research articles + the submitted one + 4 reviews + 2 "
             "chapters; single-author items count). The 58 generated articles come from a seeded generator (topics × "
             "outcomes, invented co-authors), the counts are computed from the same list the PDF prints. Teaching, trainees "
             "(with their later posts — not the candidate's jobs), service and invited lectures are not scored."})

LABELS["11_ca_neuroscience_msc_student_one_page_google_docs"] = ("txt", {
    "name": "Amara Delacourt-Nwosu",
    "emails": ["amara.delacourt@example.ca"], "phones": ["+15145550191"], "links": ["github.com/adelacourt-example"],
    "education": [E("McGill University", "master", "2023-09", "2025-08"),
                  E("University of Ottawa", "bachelor", "2019-09", "2023-04")],
    "experience": [X("Douglas Research Centre", "Graduate Researcher", "2023-09", "present"),
                   X("University of Ottawa", "Undergraduate Research Assistant", "2021-05", "2023-04"),
                   X("University of Calgary", "Summer Student (NSERC USRA)", "2022-05", "2022-08")],
    "publications_count": 2, "first_author_count": 1,
    "publications_sample": [
        P("Age-related loss of theta-gamma coupling predicts working-memory errors in rats", "Neurobiology of Aging", None,
          True, "under review"),
        P("Chronic stress prunes apical spines in layer 5 of mouse mPFC", "Journal of Neuroscience", 2023, False,
          "published")],
    "research_interests_any": [],
    "awards_count": 4,
    "language": "en",
    "layout": "Google Docs 'Download as plain text' of a one-page student CV: UTF-8 BOM, CRLF, upper-case headings, tab before right-aligned dates, '* ' bullets",
    "notes": "One-page master's-student CV as Google Docs exports it to .txt: a BOM before the name, the contact line joined by "
             "'·', each entry 'Institution, City<TAB>dates' or 'Title, Unit, Institution<TAB>dates' (the right tab stop becomes "
             "a tab), then the degree line and '* ' bullets. 'Sept 2023 – Aug 2025 (expected)' keeps the printed end. The "
             "Health Canada co-op term is a bullet under the B.Sc. (not labelled as a job). Research Experience rows are jobs; "
             "the lab/institute is named before the university ('Marchetti Lab, Douglas Research Centre'; 'Brain and Mind "
             "Research Institute, University of Ottawa'; 'Hotchkiss Brain Institute, University of Calgary'); 'May – Aug 2022' "
             "gives both months in 2022. 'Publications and Posters': a submitted paper (under review, no year), a published "
             "one, and a poster (not counted). 'Awards': CGS-M (amount after a tab), the HBHL fellowship marked '(declined)' "
             "(still awarded: counted), NSERC USRA, Dean's Honour List = 4."})

LABELS["12_kr_materials_research_scientist_indesign_twocol_weasyprint"] = ("pdf", {
    "name": "Seo-yeon Baek", "name_any": ["SEO-YEON BAEK", "Seo-yeon Baek, Ph.D.", "Baek Seo-yeon", "백서연"],
    "emails": ["sy.baek@example.kr"], "phones": ["+821055500147"], "links": ["linkedin.com/in/seoyeon-baek-example"],
    "education": [E("Korea Advanced Institute of Science and Technology (KAIST)", "phd", "2014-03", "2019-08"),
                  E("Seoul National University", "bachelor", "2010-03", "2014-02")],
    "experience": [X("Samsung Advanced Institute of Technology (SAIT)", "Staff Researcher", "2021-03", "present"),
                   X("Argonne National Laboratory", "Postdoctoral Appointee", "2019-09", "2021-02"),
                   X("KAIST", "Graduate Research Assistant", "2014-03", "2019-08")],
    "publications_count": 6, "first_author_count": 4,
    "publications_sample": [
        P("Self-limiting interphases enable anode-free sulfide all-solid-state cells", "Nature Energy", 2024, True,
          "published"),
        P("Dry-processed thick composite cathodes with PTFE fibril networks", "Joule", 2023, True, "published"),
        P("Lithium dendrite nucleation at grain boundaries of Li6PS5Cl", "ACS Energy Lett.", 2023, False, "published"),
        P("Operando X-ray absorption of cathode/electrolyte space-charge layers", "Adv. Energy Mater.", 2021, True,
          "published"),
        P("Cost model for dry-room-free sulfide cell manufacturing", "Joule", None, False, "under review")],
    "research_interests_any": ["Sulfide solid electrolytes", "Li-metal / electrolyte interphases",
                               "Operando X-ray and neutron methods", "Dry-processed composite cathodes"],
    "awards_count": 3,
    "language": "en",
    "layout": "InDesign-like A4 two-column page (Creator 'Adobe InDesign 19.0'): photo circle, letter-spaced name with the Hangul name, red rule, narrow left column (contact, interests, technical, honors, languages, references), right column with a 62 px 'YYYY.MM – present' date column; running header from page 2; WeasyPrint",
    "notes": "Korean industry researcher applying for a faculty post. Name 'SEO-YEON BAEK, Ph.D. 백서연' (upper-case letter-spaced, "
             "Hangul after). Left column: SAIT postal address, '+82 10-5550-0147' (fiction digits), e-mail, LinkedIn, ORCID "
             "number; 'Research Interests' as four lines; 'Honors' = 3 awards (a company best-paper award, a dissertation "
             "award, an NRF PhD fellowship); references (other people). Right column: dates 'YYYY.MM –' / 'present' broken "
             "over two lines in a narrow column; 'Title, Employer, Unit, City' lines. The SKKU adjunct lectureship is a "
             "sentence in 'Teaching & Mentoring' with semesters only (not labelled as a job). Publications: '† equal "
             "contribution; * corresponding author' defined above the list; no. 2 lists Kwon† first and the candidate† second "
             "= first author by the equal-contribution rule; 'under revision' = under review; subscripts in 'Li6PS5Cl' split "
             "in the text layer. 6 listed ('24 journal papers' is a summary), first author in 4. Invited talks are not papers."})
