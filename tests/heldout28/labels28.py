"""Hand-written labels of heldout28 (one dict per file, score.py format)."""
from __future__ import annotations


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = [
 {
  "file": "01_uk_geology_professor_irregular_word_libreoffice.pdf",
  "name": "Morag Elspeth Halcrow-Finnie",
  "name_any": ["Morag E. Halcrow-Finnie", "Morag Halcrow-Finnie", "M. E. Halcrow-Finnie"],
  "emails": ["m.halcrow-finnie@abdn.example.ac.uk"],
  "phones": ["+441632960418"],
  "links": ["https://halcrowfinnie-sedlab.example.org"],
  "education": [E("University of Edinburgh", "phd", "1988", "1992"),
                E("University of St Andrews", "bachelor", "1984", "1988")],
  "experience": [J("University of Aberdeen", "Professor of Sedimentology", "2016-08", "present"),
                 J("University of Aberdeen", "Head of School of Geosciences", "2019", "2022"),
                 J("University of Aberdeen", "Reader in Sedimentology", "2009", "2016"),
                 J("University of Aberdeen", "Lecturer in Geology", "2001-10", "2009-07"),
                 J("BP Exploration", "Research Geologist", "1995", "1999"),
                 J("University of Cambridge", "NERC Postdoctoral Research Fellow", "1993-01", "1995-12"),
                 J("University of Bergen", "Visiting Researcher", "2012", "2012")],
  "publications_count": 7,
  "first_author_count": 4,
  "publications_sample": [
   P("Bed-scale heterogeneity in distal lobe fringes of the Ross Formation", "Sedimentology", 2024, True, "published"),
   P("Mud-rich slope channels as sediment bypass conduits", "Journal of Sedimentary Research", 2022, False, "published"),
   P("Carbon burial in deep-water lobe fringes: an outcrop perspective", "Earth-Science Reviews", None, False,
     "under review"),
   P("Channel–lobe transition zones", "Deep-Water Sedimentary Systems of NW Europe", 2015, True, "published"),
   P("Turbidite sandbody geometry in the Namurian of Fife", "Journal of the Geological Society, London", 1994, True,
     "published")],
  "research_interests_any": ["Deep-water sedimentology", "turbidite channel–lobe systems", "source-to-sink analysis"],
  "awards_count": 3,
  "language": "en",
  "layout": "Scottish senior academic's long-lived Word CV (python-docx) printed by LibreOffice, 2 pages",
  "notes": "Irregular inside one document: section numbers skip (1, 2, 4, 6, 7, 8, 9, 10), dates '1988 – 1992', "
           "'1984-88' (= 1984-1988), 'Aug 2016 – present', 'Oct. 2001 - July 2009', '1995-99', 'Jan 1993 – Dec 1995' "
           "in tab-aligned hanging-indent lines; a concurrent Head of School post on its own line is a job; a "
           "'Career break (family)' line is not a job; the italic 'Visiting appointments' line (Bergen, spring 2012) "
           "is a job with start and end 2012; the part-time remark inside the Lecturer line is not a separate job. "
           "'FRSE' post-nominal and Professor title are not part of the name. Phone in the UK drama range (01632) "
           "to E.164. Publications in lettered sub-lists: (a) a1-a4 journal papers (a4 'Submitted to' = under "
           "review, no year), (b) b1 book chapter (venue = the book), (c) 'Older papers (pre-2000) – pasted from "
           "1999 CV' in Times New Roman with numbering restarting at 1 and the maiden name 'HALCROW, M. E.' in caps "
           "(still the candidate: c1 is first-author, c2 is not). 7 items, 4 first-author (a1, a3, b1, c1). The "
           "'total 78, h-index 31' in the heading is not a count of listed items; conference abstracts are "
           "'not listed'. Awards: FRSE (honour), Best Paper Award, Lyell Fund = 3; NERC/Leverhulme/consortium "
           "grants are not awards. The running footer 'page N' is a field.",
 },
 {
  "file": "02_it_archaeology_rtdb_word_docx.docx",
  "name": "Ilaria Bonvicini Tarsi",
  "name_any": ["Dott.ssa Ilaria Bonvicini Tarsi"],
  "emails": ["ilaria.bonvicini@unibo.example.it"],
  "phones": ["+393335550192"],
  "links": ["https://ibonvicinitarsi.example.it"],
  "education": [E("Università degli Studi di Padova", "phd", "2011", "2015"),
                E("University of London", "other", None, "2013"),
                E("Università di Bologna", "master", "2008", "2010"),
                E("Università degli Studi di Ferrara", "bachelor", "2005", "2008"),
                E("CNR", "other", None, "2012")],
  "experience": [J("Università di Bologna", "Ricercatrice RTD-B", "2022-12", "present"),
                 J("Università di Bologna", "Ricercatrice RTD-A", "2019-10", "2022-11"),
                 J("Università degli Studi di Padova", "Assegnista di ricerca", "2016", "2019"),
                 J("British School at Rome", "Fellow", "2018-03", "2018-08"),
                 J("Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Ferrara",
                   "Archeologa a contratto", "2010", "2011")],
  "publications_count": 6,
  "first_author_count": 5,
  "publications_sample": [
   P("La vernice nera del Delta padano. Produzioni e commerci (IV–I sec. a.C.)", None, 2019, True, "published"),
   P("Anfore e reti di scambio a Spina in età ellenistica", "Ocnus", 2023, True, "published"),
   P("Archaeometric characterisation of black-gloss ware from the Po delta",
     "Journal of Archaeological Science: Reports", 2021, False, "published"),
   P("Paesaggi d'acqua: insediamenti minori nel Delta in età romana", "Archeologia Classica", 2025, True, "in press"),
   P("Un deposito votivo a Voghenza: nuove letture", "Studi Etruschi", None, True, "under review"),
   P("Ceramica e identità a Spina", "Spina cento anni dopo", 2020, True, "published")],
  "research_interests_any": ["Ceramica ellenistica e romana dell'Italia settentrionale",
                             "archeologia dei paesaggi deltizi", "archeometria delle ceramiche"],
  "awards_count": 3,
  "language": "it",
  "layout": "Italian 'Curriculum vitae et studiorum' in Word (python-docx, Garamond), kept as DOCX, borderless "
            "two-column date tables, running header",
  "notes": "Italian conventions: 'della Dott.ssa' before the name, 'Nata a Ferrara il …', headings 'Posizione "
           "attuale', 'Titoli di studio e formazione', 'Esperienze professionali e incarichi di ricerca', "
           "'Pubblicazioni' with sub-headings Monografie / Articoli in rivista / Contributi in volume and numbering "
           "running on across them. The 'Posizione attuale' paragraph ('Dal 1° dicembre 2022 …') repeats the RTD-B "
           "post (one job); the Abilitazione Scientifica Nazionale is a qualification, not a degree or an award. "
           "Education: Dottorato 2011 – 2015 (thesis defended March 2016: the printed range is kept), a 2013 "
           "visiting-PhD stay in London and a 40-hour 'Corso di alta formazione' (CNR, 2012) listed as their own "
           "rows = level 'other', end only; Laurea magistrale = master, Laurea triennale = bachelor. Jobs: 'dic. "
           "2022 – oggi' (oggi = present), 'ott. 2019 – nov. 2022', 'marzo – agosto 2018' (= 2018-03 to 2018-08), "
           "year ranges. Italian reference style 'I. Bonvicini Tarsi, Title (italic), in «Journal», vol, year, pp.'; "
           "'(in corso di stampa)' = in press (year 2025 printed); '(sottoposto a revisione)' = under review; the "
           "monograph's venue (publisher/series) is left unscored; a chapter's venue is the book. 6 items, 5 "
           "first-author (no. 3 is not). Premi: 3. The privacy consent line and 'Bologna, 10 gennaio 2025' are "
           "boilerplate.",
 },
 {
  "file": "03_br_pt_epidemiology_lattes_weasyprint.pdf",
  "name": "Renata Cordeiro Assunção Vilela",
  "name_any": ["Renata Vilela", "Renata C. A. Vilela"],
  "emails": ["renata.vilela@ufba.example.br"],
  "phones": ["+557155501147"],
  "links": ["http://lattes.cnpq.br/5550318842176093", "https://rvilela-epi.example.org",
            "https://orcid.org/0000-0003-5550-2231"],
  "education": [E("Universidade Federal de Pelotas", "phd", "2012", "2016"),
                E("Universidade Federal da Bahia", "master", "2010", "2012"),
                E("Universidade Federal da Bahia", "bachelor", "2002", "2008")],
  "experience": [J("Universidade Federal da Bahia", "Professora Adjunta", "2019", "present"),
                 J("Fundação Oswaldo Cruz", "Pesquisadora de pós-doutorado", "2017", "2018"),
                 J("Secretaria Municipal da Saúde de Salvador", "Médica de vigilância epidemiológica", "2009", "2012")],
  "publications_count": 6,
  "first_author_count": 4,
  "publications_sample": [
   P("Cohort profile: the Salvador arbovirus birth cohort", "International Journal of Epidemiology", 2024, True,
     "published"),
   P("Desigualdades raciais na mortalidade por dengue grave no Brasil, 2010-2019", "Cadernos de Saúde Pública", 2022,
     False, "published"),
   P("Congenital Zika syndrome and early neurodevelopment: a population-based cohort",
     "The Lancet Child & Adolescent Health", 2018, True, "published"),
   P("Chikungunya crônica e absenteísmo laboral: estudo de coorte", "Revista de Saúde Pública", 2025, True,
     "accepted"),
   P("Vigilância das arboviroses urbanas", "Epidemiologia & Saúde: fundamentos, métodos, aplicações", 2021, True,
     "published")],
  "research_interests_any": ["Epidemiologia das arboviroses", "Coortes de nascimento e neurodesenvolvimento",
                             "Desigualdades sociais em saúde"],
  "awards_count": 2,
  "language": "pt",
  "layout": "Brazilian Plataforma Lattes 'Currículo' printout look (HTML + CSS), WeasyPrint, 2 pages",
  "notes": "Lattes shape: name + 'Endereço para acessar este CV' + 'ID Lattes', a third-person summary ending "
           "'(Texto informado pelo autor)', label/value tables (Nome em citações bibliográficas lists citation "
           "forms, not other people), 'Formação acadêmica/titulação' rows 'YYYY - YYYY' with degree, institution, "
           "'Ano de obtenção', scholarship lines (Bolsista do(a) CAPES/CNPq: funding, not awards), a doutorado-"
           "sanduíche remark inside the doctorate (not a separate entry). 'Graduação em Medicina' = bachelor-level "
           "first degree. The separate 'Pós-doutorado' block (FIOCRUZ 2017 - 2018) is the same stay as the "
           "FIOCRUZ 'Vínculo: Bolsista' row in 'Atuação Profissional': labelled once, as a job. Jobs are "
           "'Enquadramento Funcional' values under institution headings; '2019 - Atual' = present. Phone '(71) "
           "5550-1147' = +55 71. Produções: ABNT-like 'SURNAME, I.; …' with the candidate in bold under two "
           "citation forms; 4 articles + 1 'Artigos aceitos para publicação' (accepted, year 2025 printed) + 1 "
           "chapter (venue = the book) = 6; the congress abstract ('Resumos publicados em anais') and the technical "
           "report ('produção técnica') are not counted. First author: 1, 3, 5, 6 = 4. 'Prêmios e títulos': 2. "
           "The footer 'Página gerada pelo Sistema Currículo Lattes em …' is boilerplate.",
 },
 {
  "file": "04_zh_vision_phd_lagou_weasyprint.pdf",
  "name": "龚屹川",
  "name_any": ["Yichuan Gong", "Gong Yichuan"],
  "emails": ["gongyichuan_cv@example.com"],
  "phones": ["+8618655503140"],
  "links": ["github.com/gyc-vision"],
  "education": [E("清华大学", "phd", "2019-09", "2025-06"),
                E("北京航空航天大学", "bachelor", "2015-09", "2019-06")],
  "experience": [J("北京字节跳动科技有限公司", "研究实习生", "2023-06", "2024-03"),
                 J("微软亚洲研究院", "研究实习生", "2021-07", "2022-01")],
  "publications_count": 4,
  "first_author_count": 3,
  "publications_sample": [
   P("Scaling Pseudo-Captions for Open-Vocabulary Detection", "CVPR", 2024, True, "published"),
   P("Temporal Grounding with Event-Level Pretraining", "ICCV", 2023, True, "published"),
   P("Region-Word Alignment without Box Annotations", "CVPR", 2022, True, "published"),
   P("A Survey of Open-World Video Understanding", "TPAMI", None, False, "under review")],
  "research_interests_any": ["开放词汇目标检测", "视频理解"],
  "awards_count": 3,
  "language": "zh",
  "layout": "拉勾招聘 online-résumé export look (HTML + CSS, green accents, avatar circle, running header/footer), "
            "WeasyPrint, 1 page",
  "notes": "Job-site shape: name + status chip '应届博士 · 随时到岗', '男 · 28岁 · 博士 · 应届毕业生', icon contact line; "
           "期望职位 (a wish, not a job); 个人优势 summary; 工作经历 rows 'company　role' left and 'YYYY.MM - YYYY.MM' "
           "right-aligned with a department line below; two research internships are jobs; the 项目经历 row (国家重点研发计划 课题, 核心成员) is a "
           "project, not a job. 教育经历 'school　博士　major' rows; '保送直博' remark. Research directions are printed "
           "in the PhD's detail line ('研究方向：开放词汇目标检测、视频理解') and are taken as interests. 论文成果: "
           "'[VENUE YEAR] authors. Title. (一作)'; '*共同一作' with the first author counts; '[TPAMI, 在审]' = under "
           "review, no year. 3 of 4 first-author. 获奖情况: 3 (a thesis nomination, national scholarship, a "
           "university medal); CET-6 is not an award.",
 },
 {
  "file": "05_zh_chemistry_phd_wps_table_docx.docx",
  "name": "苗若萱",
  "name_any": ["Miao Ruoxuan", "Ruoxuan Miao"],
  "emails": ["miaoruoxuan@example.cn"],
  "phones": ["+8613955502718"],
  "links": [],
  "education": [E("中国科学技术大学", "phd", "2019-09", "2024-06"),
                E("新加坡国立大学", "other", "2022-03", "2022-09"),
                E("山东大学", "bachelor", "2015-09", "2019-06")],
  "experience": [J("中国科学院大连化学物理研究所", "博士后", "2024-07", "present"),
                 J("万华化学集团股份有限公司", "暑期实习生", "2018-07", "2018-08")],
  "publications_count": 5,
  "first_author_count": 4,
  "publications_sample": [
   P("单原子Cu-N-C催化剂上CO2电还原制乙烯的原位拉曼研究", "物理化学学报", 2023, True, "published"),
   P("Strain-tuned Cu single atoms for selective CO2-to-C2+ electroreduction",
     "Journal of the American Chemical Society", 2024, True, "published"),
   P("Pulsed electrolysis suppresses copper restructuring", "ACS Catalysis", 2022, False, "published"),
   P("Interfacial water in flow-cell CO2 reduction", "Angewandte Chemie International Edition", None, True,
     "accepted"),
   P("电催化CO2还原中的局部pH效应", "化学进展", None, True, "under review")],
  "research_interests_any": [],
  "awards_count": 4,
  "language": "zh",
  "layout": "Chinese WPS/Word 个人简历 as one 'Table Grid' table (python-docx, app.xml names WPS Office), kept as DOCX",
  "notes": "Whole CV is one bordered table: 基本信息 label/value pairs two per row with a vertically merged (照片) "
           "cell, 求职意向 row (a wish, not a job; its '电催化、能源化学方向' is not labelled as interests), shaded "
           "merged section rows, 4-cell entry rows 'YYYY.MM-YYYY.MM | school | dept+major | degree' with merged "
           "detail rows. 硕博连读 = PhD; the NUS 国家公派联合培养 half-year is level 'other' with its months. 科研与工作"
           "经历: a postdoc '2024.07-至今' (present) and a summer internship are jobs; the NSFC project mentioned "
           "inside is not a job. 发表论文 heading defines '*通讯作者，#共同一作'; GB/T 7714 [J] entries in Chinese and "
           "English ('Miao R X#, Qian Z H#' = equal first); '已接收' = accepted (no year), '在审' = under review. "
           "First author: [1], [2], [4], [5] = 4. 获奖情况: 4 lines (two scholarships, an honour, a competition "
           "prize); CET-6 in 专业技能 is not an award. No links.",
 },
 {
  "file": "06_sg_en_zh_public_health_fellow_typst.pdf",
  "name": "Ong Xue Ning, Clarissa",
  "name_any": ["Ong Xue Ning Clarissa", "Clarissa Ong Xue Ning", "Clarissa Ong", "Ong Xue Ning", "王雪宁",
               "Ong Xue Ning, Clarissa 王雪宁"],
  "emails": ["clarissa.ong@nus.example.edu.sg"],
  "phones": ["+6595550137"],
  "links": ["https://clarissaong-health.example.sg"],
  "education": [E("National University of Singapore", "phd", "2016-08", "2021-01"),
                E("The University of Hong Kong", "master", "2014", "2015"),
                E("National University of Singapore", "bachelor", "2009", "2013")],
  "experience": [J("Saw Swee Hock School of Public Health, National University of Singapore", "Research Fellow",
                   "2021-02", "present"),
                 J("Singapore Institute of Technology", "Adjunct Lecturer", "2023-01", "present"),
                 J("Centre for Ageing Research and Education (CARE), Duke-NUS Medical School", "Research Assistant",
                   "2015-09", "2016-07"),
                 J("Tan Tock Seng Hospital", "Staff Nurse", "2013-07", "2014-07")],
  "publications_count": 5,
  "first_author_count": 4,
  "publications_sample": [
   P("Neighbourhood social cohesion and loneliness among older adults in Singapore public housing",
     "BMC Public Health", 2024, True, "published"),
   P("Loneliness and 30-day readmission: a retrospective cohort of 12,406 older inpatients",
     "Lancet Reg Health West Pac", 2023, True, "published"),
   P("A nurse-led befriending programme after discharge: protocol for a stepped-wedge trial",
     "J Epidemiol Community Health", None, False, "under review"),
   P("新加坡华人社区老年人孤独感与抑郁症状的关联研究", "中华流行病学杂志", 2022, True, "published")],
  "research_interests_any": ["Healthy ageing and social isolation", "community nursing interventions",
                             "health services research in multi-ethnic Asian populations"],
  "awards_count": 3,
  "language": "en+zh",
  "layout": "Singapore bilingual CV, hand-written Typst layout (typst-py), photo box, 1 page",
  "notes": "Singapore naming 'Dr ONG Xue Ning, Clarissa' (surname in caps first, English name after a comma) plus "
           "王雪宁; bilingual headings 'EDUCATION 教育背景'; a 30 mm date column where 'Aug 2016 – Jan 2021' and "
           "'Sep 2015 – Jul 2016' wrap onto two lines; Chinese school names in brackets. The adjunct post "
           "overlaps the fellowship (both present). Vancouver refs with bold own name, '*' equal contribution "
           "defined above the list (no. 2 counts as first-author), '(under review)' with no year, one GB/T Chinese "
           "entry ([J]) by the candidate. NMRC grant under Grants is not an award; Awards & Scholarships: 3 "
           "(a presentation prize and two scholarships). ORCID printed bare (not a link).",
 },
 {
  "file": "07_ca_pharma_research_scientist_resumeio_sidebar_weasyprint.pdf",
  "name": "Priyanka Dasgupta-Lowe",
  "name_any": [],
  "emails": ["priyanka.dlowe@example.com"],
  "phones": ["+14165550163"],
  "links": ["linkedin.com/in/pdasgupta-lowe-example", "scholar.example.org/pdlowe"],
  "education": [E("McGill University", "phd", "2011-09", "2016-06"),
                E("Indian Institute of Technology Bombay", "master", "2009-07", "2011-05"),
                E("Presidency College, Kolkata", "bachelor", "2006", "2009")],
  "experience": [J("Amgen", "Senior Research Scientist", "2021-04", "present"),
                 J("Sanofi", "Research Scientist II", "2018-09", "2021-03"),
                 J("University of Toronto", "Banting Postdoctoral Fellow", "2016-09", "2018-08"),
                 J("McGill University", "Teaching Assistant", "2012", "2015")],
  "publications_count": 4,
  "first_author_count": 3,
  "publications_sample": [
   P("Discovery of AMG-xxx, a KRAS G12D degrader with oral exposure", "J. Med. Chem.", 2024, True, "published"),
   P("Selectivity drivers in JAK1 inhibitors revealed by free-energy perturbation", "ACS Med. Chem. Lett.", 2021,
     False, "published"),
   P("Minimalist photo-affinity tags for kinase target engagement", "Nat. Chem. Biol.", 2018, True, "published")],
  "research_interests_any": [],
  "awards_count": 2,
  "language": "en",
  "layout": "Resume.io-like two-column page (HTML + CSS, WeasyPrint): dark side bar first in the source with photo "
            "circle, name, contact, links, skill bars, languages, honours; main column right",
  "notes": "Side bar comes first in the HTML but text extraction may give the main column first; the name is set "
           "over lines and breaks at its hyphen ('Dasgupta-' / 'Lowe'); job title under it is not a job. Entries "
           "'Title, Company, City' with upper-case 'APR 2021 — PRESENT' date lines; a Banting postdoctoral "
           "fellowship is a job and also an award (Honors: 2). Degrees 'Ph.D., Chemistry, McGill University, "
           "Montréal'. Publications in Vancouver-like style with the maiden name 'Dasgupta P' on older papers "
           "(still the candidate: first-author) and abbreviated journals; 3 of 4 first-author. The WO patent is not "
           "a publication. LinkedIn URL wraps in the narrow side bar.",
 },
 {
  "file": "08_de_en_sociology_linkedin_pdf_weasyprint.pdf",
  "name": "Jonas Brettschneider",
  "name_any": [],
  "emails": ["jonas.brettschneider@example.de"],
  "phones": [],
  "links": ["www.linkedin.com/in/jonas-brettschneider-example", "jbrettschneider.example.net"],
  "education": [E("Humboldt-Universität zu Berlin", "phd", "2014", "2018"),
                E("Universität zu Köln", "master", "2012", "2014"),
                E("Universität Mannheim", "bachelor", "2009", "2012")],
  "experience": [J("GESIS – Leibniz Institute for the Social Sciences", "Senior Researcher, Survey Methodology",
                   "2022-01", "present"),
                 J("GESIS – Leibniz Institute for the Social Sciences", "Postdoctoral Researcher", "2018-09",
                   "2021-12"),
                 J("University of Michigan", "Visiting Scholar, Institute for Social Research", "2020-02", "2020-05"),
                 J("DIW Berlin", "Doctoral Researcher, SOEP", "2014-10", "2018-08"),
                 J("infas Institut für angewandte Sozialwissenschaft", "Student Assistant", "2012-04", "2014-09")],
  "publications_count": 3,
  "first_author_count": None,
  "publications_sample": [
   P("Interviewer effects on reports of discrimination in the German Socio-Economic Panel", None, None, None, None),
   P("Nonresponse in probability-based online panels: evidence from three countries", None, None, None, None),
   P("Measuring loneliness across age groups: a split-ballot experiment", None, None, None, None)],
  "research_interests_any": [],
  "awards_count": 2,
  "language": "en",
  "layout": "LinkedIn 'Save to PDF' profile look (HTML + CSS, WeasyPrint): grey left column, 'Page 1 of 1'",
  "notes": "LinkedIn export shape: Contact / Top Skills / Languages / Certifications / Honors-Awards / Publications "
           "in the grey column (the LinkedIn URL broken over three lines, '(LinkedIn)', '(Personal)'); headline "
           "'Senior Researcher … at GESIS' (not a separate job); two roles grouped under one company line with "
           "the total tenure '6 years 5 months'; 'Month YYYY - Present (N years M months)' and a place line; a "
           "visiting stay at another institution overlapping the postdoc is a job. Education 'Dr. phil., Sociology "
           "· (2014 - 2018)' = PhD; 'Master of Science - MS'. Publications are titles only in the side column: 3, "
           "with no authors, venues or years (first author not scored). The GESIS summer-school certificate is not "
           "an award; Honors-Awards: 2. No phone.",
 },
 {
  "file": "09_us_economics_asst_prof_jsonresume_flat_weasyprint.pdf",
  "name": "Tomás Ekwueme-Haraldsen",
  "name_any": [],
  "emails": ["t.ekwueme-haraldsen@example.edu"],
  "phones": ["+16145550148"],
  "links": ["https://tekwueme.example.io"],
  "education": [E("Northwestern University", "phd", "2013-09", "2019-06"),
                E("Norwegian School of Economics (NHH)", "master", "2011-08", "2013-06"),
                E("University of Oslo", "bachelor", "2008-08", "2011-06")],
  "experience": [J("The Ohio State University", "Assistant Professor, Department of Economics", "2021-07", "present"),
                 J("Statistics Norway (SSB)", "Postdoctoral Researcher, Research Department", "2019-08", "2021-06"),
                 J("Federal Reserve Bank of Minneapolis", "Dissertation Intern", "2017-06", "2017-08")],
  "publications_count": 4,
  "first_author_count": None,
  "publications_sample": [
   P("Refugee Children and the Returns to Early Language Support", "Journal of Labor Economics", 2024, None,
     "published"),
   P("Teacher Turnover and Student Achievement: Evidence from Rural Norway",
     "American Economic Journal: Applied Economics", 2022, None, "published"),
   P("Occupational Licensing and Immigrant Earnings", "Review of Economic Studies", None, None, "under review"),
   P("Who Moves for Opportunity? Local Wages and Internal Migration", "NBER Working Paper", 2023, None, "preprint")],
  "research_interests_any": ["Labor economics", "Economics of migration", "Economics of education"],
  "awards_count": 2,
  "language": "en",
  "layout": "JSON Resume (schema v1.0.0, src/09_resume.json) rendered in the look of jsonresume-theme-flat by a "
            "jinja2 template, WeasyPrint, 1 page",
  "notes": "Flat-theme shape: dark header with name/label/icon contact line, section names in a left column, "
           "'Position' bold then 'Company · YYYY-MM – Present' (ISO months as the theme prints them). GitHub and "
           "Twitter appear as 'network: username' only (no URL printed; not labelled as links). Publications are "
           "JSON Resume publication objects: title, publisher line with release year, and the summary 'with X and "
           "Y' (economics: co-authors without order, the candidate not placed) so first author is not scored; "
           "'Revise and resubmit at the Review of Economic Studies' = under review (no year); an NBER Working Paper "
           "= preprint with its year. Awards: an early-career award and a dissertation fellowship = 2. 'Interests: "
           "Research fields' = research interests. References line is boilerplate.",
 },
 {
  "file": "10_au_neuroscience_postdoc_rendercv_moderncv.pdf",
  "name": "Keziah Armitage-Nguyen",
  "name_any": [],
  "emails": ["keziah.armitage@florey.example.edu.au"],
  "phones": ["+61491570143"],
  "links": ["https://kezarmitage.example.net", "https://github.com/kez-armitage"],
  "education": [E("The University of Melbourne", "phd", "2016-02", "2020-03"),
                E("Monash University", "bachelor", "2011-02", "2014-11")],
  "experience": [J("Florey Institute of Neuroscience and Mental Health", "Postdoctoral Research Fellow", "2020-04",
                   "present"),
                 J("University College London", "Visiting Researcher (Sainsbury Wellcome Centre)", "2022-09",
                   "2022-12"),
                 J("Monash University", "Research Assistant, Biomedicine Discovery Institute", "2015-02", "2016-01")],
  "publications_count": 5,
  "first_author_count": 3,
  "publications_sample": [
   P("Closed-loop ripple prolongation rescues spatial memory in APP/PS1 mice", "Nature Neuroscience", 2024, True,
     "published"),
   P("Sharp-wave ripple rate declines before plaque onset in two amyloid models", "Journal of Neuroscience", 2022,
     False, "published"),
   P("Open-source hardware for sub-millisecond closed-loop optogenetics", "bioRxiv", 2024, False, "preprint"),
   P("Sleep fragmentation and ripple coupling in early Alzheimer's disease", "Neuron", None, True, "under review")],
  "research_interests_any": ["Memory consolidation and sleep", "Hippocampal oscillations in neurodegeneration",
                             "Closed-loop neurotechnology"],
  "awards_count": 2,
  "language": "en",
  "layout": "rendercv 2.3, built-in 'moderncv' theme (YAML -> Typst -> PDF; src/10_armitage_nguyen_CV.yaml and the "
            "generated .typ), 2 pages",
  "notes": "moderncv theme: dates in a left column ('Apr 2020 – present', 'Sept 2022 – Dec 2022'), 'Title, Company – "
           "City' lines with highlights, 'Institution, Degree in Area – City' education lines; the header prints "
           "link texts only (the site without https, the ORCID id and the GitHub user name 'kez-armitage' beside "
           "icons; the GitHub URL is the annotation: labelled as a link, the bare ORCID id is not); the phone is "
           "printed in national form '0491 570 143' (Australian fiction range) = +61. Publications: date in the "
           "left column, title, authors with the candidate bold, 'doi (Journal)'; a bioRxiv preprint (year 2024 from "
           "its date) and an undated 'Neuron (under review)'. 3 of 5 first-author. 'Grants and Awards' as 'YYYY: "
           "text' lines: a fellowship and a poster prize are awards, the NHMRC Investigator Grant is not = 2. A "
           "fellowship mentioned inside a job's highlight is not counted again. 'Last updated in Jan 2025' pinned.",
 },
 {
  "file": "11_ie_history_postdoc_github_markdown.md",
  "name": "Órlaith Ní Bhriain-Castellan",
  "name_any": ["Órlaith Ní Bhriain-Castellan, PhD"],
  "emails": ["orlaith.nibhriain@ucc.example.ie"],
  "phones": ["+353855550176"],
  "links": ["https://orlaithnb.example.ie", "github.com/orlaith-nb", "https://orcid.org/0000-0003-5550-9184"],
  "education": [E("Trinity College Dublin", "phd", "2018", "2023"),
                E("University College Dublin", "master", "2016", "2017"),
                E("NUI Galway", "bachelor", "2012", "2016"),
                E("Université Rennes 2", "other", "2014", "2015")],
  "experience": [J("University College Cork", "Government of Ireland Postdoctoral Fellow", "2023-10", "present"),
                 J("Trinity College Dublin", "Teaching Assistant", "2019", "2022"),
                 J("Maynooth University", "Occasional Lecturer", "2021-01", "2021-06"),
                 J("Royal Irish Academy", "Research Assistant, Dictionary of Irish Biography", "2017", "2018")],
  "publications_count": 6,
  "first_author_count": 5,
  "publications_sample": [
   P("Bread and catechism: convent relief in Cork city, 1846–7", "Irish Historical Studies", 2025, True, "in press"),
   P("Breton sisters in Munster: a transnational congregation, 1830–1880", "French History", 2023, True, "published"),
   P("Mapping famine soup kitchens with GIS", "Journal of Historical Geography", 2021, False, "published"),
   P("Letters home: emigrant nuns and their families", "Irish Women and Emigration, 1800–1950", 2024, True,
     "published"),
   P("Who counted the hungry? Religious statistics in the 1847 relief returns", "Past & Present", None, True,
     "under review")],
  "research_interests_any": ["famine relief", "emigration", "women religious", "Franco-Irish history"],
  "awards_count": 3,
  "language": "en",
  "layout": "GitHub README-style Markdown CV (.md): shields.io badges, emoji contact lines, a pipe table of "
            "appointments, nested bullet degrees, inline-code interest tags",
  "notes": "Name heading with ', PhD'; ORCID and website appear as badge links, e-mail as a mailto link, GitHub as "
           "a link. 'Current position' block with an italic date line 'October 2023 – present'; 'Previous "
           "appointments' pipe table 'Dates | Role | Institution' with '2021 (Jan–Jun)' read as 2021-01 to 2021-06. "
           "The IRC postdoctoral fellowship is a job and also an award (listed under Awards & fellowships). "
           "Education bullets 'Degree, Institution, YYYY – YYYY' with a nested Erasmus year (level 'other', 2014 – "
           "2015). Publications in sub-sections with numbering running on: 3 articles (one '(forthcoming, 2025)' = "
           "in press with year 2025), 1 chapter (venue = the book), 'In preparation': a monograph under contract "
           "(no author printed: the candidate's own book, counted as first-author, status in preparation) and a "
           "'Submitted to Past & Present' article (under review). 6 items, 5 first-author (no. 3 is not). Public "
           "writing and a book review (not peer reviewed) are not counted. Awards: 3.",
 },
 {
  "file": "12_in_civil_eng_asst_prof_sno_tables_libreoffice.pdf",
  "name": "Venkataraman Srikanth Iyengar",
  "name_any": ["V. S. Iyengar", "V S Iyengar"],
  "emails": ["vs.iyengar@nitt.example.edu.in", "vsiyengar.civil@example.com"],
  "phones": ["+919876500417"],
  "links": [],
  "education": [E("Indian Institute of Technology Madras", "phd", None, "2021"),
                E("National Institute of Technology Karnataka, Surathkal", "master", None, "2008"),
                E("PSG College of Technology, Coimbatore", "bachelor", None, "2006"),
                E("Vidya Mandir Hr. Sec. School, Chennai", "other", None, "2002")],
  "experience": [J("National Institute of Technology Tiruchirappalli", "Assistant Professor (Grade-I)", "2022-01",
                   "present"),
                 J("Larsen & Toubro Ltd.", "Deputy General Manager (Design)", "2015-04", "2021-12"),
                 J("Larsen & Toubro Ltd., EDRC", "Senior Design Engineer", "2008-07", "2015-03"),
                 J("STUP Consultants Pvt. Ltd.", "Graduate Engineer Trainee", "2006-06", "2006-07")],
  "publications_count": 5,
  "first_author_count": 4,
  "publications_sample": [
   P("Cyclic behaviour of RC piers jacketed with UHPFRC", "Engineering Structures", 2021, True, "published"),
   P("Fragility functions for retrofitted multi-span bridges in peninsular India",
     "Earthquake Engineering & Structural Dynamics", 2022, True, "published"),
   P("Bond of lap splices in UHPFRC jackets", "Construction and Building Materials", 2024, False, "accepted"),
   P("Drone-based crack mapping of metro viaducts", "Structural Control and Health Monitoring", None, True,
     "under review"),
   P("Shake-table testing of a jacketed pier", "17th World Conference on Earthquake Engineering", 2020, True,
     "published")],
  "research_interests_any": ["Seismic retrofit of bridges", "ultra-high-performance fibre-reinforced concrete",
                             "performance-based design", "structural health monitoring"],
  "awards_count": 2,
  "language": "en",
  "layout": "Indian industry-to-academia CV in Word (python-docx 'Table Grid' S.No tables) printed by LibreOffice, "
            "2 pages",
  "notes": "S.No tables everywhere: Educational Qualifications (S.No | Degree | Specialisation | Institution / "
           "University | Year of Passing | CGPA / %), the narrow S.No header wraps to 'S.N'/'o'; Ph.D. / M.Tech. / "
           "B.E. / HSC (school-leaving, level 'other'); one year of passing = end only (the part-time PhD "
           "registration dates in the italic note under the table are not used as the entry's start). Professional "
           "Experience table with From/To 'dd.mm.yyyy' and 'Till date' (= present), two L&T rows (different units), "
           "a one-month 'Graduate Engineer Trainee' internship 'June 2006 – July 2006'. Publications as S.No tables "
           "with an Indexing column ('SCI, IF 5.5'): IEEE-like 'V. S. Iyengar, R. Natarajan, “Title”, Journal, "
           "vol., year.'; '(Accepted)' with year 2024 printed; '(Under Review)'; a 17WCEE proceedings paper under "
           "'B. Conferences'. 5 items, 4 first-author. Awards: 2; GATE rank is an exam, not an award. Father's "
           "Name, Date of Birth, Declaration with Place/Date are boilerplate; the alternate e-mail is the "
           "candidate's too.",
 },
]
