"""Hand-written labels for heldout37 (python tests/heldout37/labels37.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout37 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Tamsin Oyelaran-Pryce", name_any=["Dr Tamsin Oyelaran-Pryce"],
    emails=["t.oyelaran-pryce@bristol.example.ac.uk"], phones=["+441174960731"],
    links=["https://tamsinop.example.org"],
    education=[E("University of Cambridge", "phd", "2013-10", "2017-12"),
               E("Imperial College London", "master", "2009", "2013")],
    experience=[
        J("University of Bristol", "Lecturer in Condensed Matter Physics", "2021-09", "present"),
        J("University of Bristol", "Royal Society University Research Fellow", "2020-10", "present"),
        J("University of Bristol", "Senior Research Associate", "2020-10", "2021-08"),
        J("Max Planck Institute for Solid State Research", "Postdoctoral Researcher", "2018-01", "2020-09"),
        J("Paul Scherrer Institut", "Visiting Scientist", "2019", "2019"),
        J("Diamond Light Source", "Honorary Visiting Fellow", None, "present"),
    ],
    publications_count=14, first_author_count=8,
    publications_sample=[
        P("Phonon softening without a Kohn anomaly in monolayer VSe2", "Phys. Rev. Lett.", None, True, "under review"),
        P("Machine-learned RIXS spectra of cuprate ladders", "arXiv", None, False, "preprint"),
        P("Strain tuning of the charge-density-wave transition in 1T-TiSe2 thin films", "Phys. Rev. B", 2024, False),
        P("Dispersive excitons in a charge-ordered dichalcogenide", "Nat. Commun.", 2023, True),
        P("Resonant inelastic scattering from phasons", "Phys. Rev. B", 2021, True),
        P("Anharmonic phonons above the CDW transition", "J. Phys.: Condens. Matter", 2019, True),
        P("Uniaxial pressure cell for low-temperature x-ray diffraction", "Rev. Sci. Instrum.", 2017, True),
    ],
    research_interests_any=["Quantum materials", "resonant inelastic x-ray scattering",
                            "ultrafast spectroscopy of correlated electrons"],
    awards_count=3, language="en",
    layout="UK physics lecturer, reStructuredText rendered by rinohtype (article template, TOC hidden, A4)",
    notes="rinohtype article: the title line 'Dr Tamsin Oyelaran-Pryce — Curriculum Vitae', a line block with "
          "address, e-mail/phone and ORCID (bare number, not a link) and homepage; page 2's running header repeats "
          "the current section title ('Invited talks' comes out at the top of page 2 in the text layer). "
          "Appointments as a definition list: employer once ('University of Bristol, School of Physics') with three "
          "indented '*Title* — dates' rows, each its own job; the URF is 'held concurrently' with the lectureship "
          "('to date' = present). 'Summer 2019' = 2019-2019; Diamond's 'ongoing, no fixed term' has no start and "
          "end present. Degrees: PhD Oct 2013 – Dec 2017; MSci (integrated master, level master). Publications "
          "numbered backwards [14]..[1] over sub-headings 'Submitted and preprints', 'Journal articles', 'Other'; "
          "own name bold, students '†', '*' corresponding. [14] 'submitted to Phys. Rev. Lett. (2025)' = under "
          "review, no year scored; [13] arXiv id only, no year printed; venues only as abbreviation + volume, page "
          "('Phys. Rev. B 110, 125104 (2024)'); [6] has no title at all (counted, not sampled); the PhD thesis [2] "
          "and a Zenodo dataset [1] are numbered in the list and counted (14). First author: 14, 11, 9, 7, 5, 4, 2, "
          "1 = 8. Invited talks and teaching are not papers or jobs. Awards: URF, IOP prize, Humboldt fellowship "
          "(3); the URF is both a job and an award (heldout15's rule for funded fellow posts).",
)

LABELS["02"] = dict(
    name="Henrike Altenwerth", name_any=["Prof. Dr.-Ing. Henrike Altenwerth"],
    emails=["h.altenwerth@fh-aachen.example.de"], phones=["+492415550186", "+4915155502291"], links=[],
    education=[E("RWTH Aachen", "phd", "2008-04", "2013-06"),
               E("Technische Universität Braunschweig", "master", "2002-10", "2008-03"),
               E("Chalmers tekniska högskola", "other", "2005-09", "2006-02")],
    experience=[
        J("FH Aachen – University of Applied Sciences", "Professorin (W2) für Fertigungstechnik und Werkstoffe",
          "2019-03", "present"),
        J("FH Aachen – University of Applied Sciences", "Prodekanin für Forschung und Transfer", "2022-10", "present"),
        J("FH Aachen – University of Applied Sciences", "Studiengangsleiterin M.Sc. Produktionstechnik",
          "2020-10", "2022-09"),
        J("Robert Bosch GmbH", "Projektleiterin Additive Fertigung metallischer Bauteile", "2016-01", "2019-02"),
        J("Robert Bosch GmbH", "Entwicklungsingenieurin Laserstrahlschmelzen", "2013-07", "2015-12"),
        J("RWTH Aachen", "Wissenschaftliche Mitarbeiterin", "2008-04", "2013-06"),
        J("Fraunhofer-Institut für Lasertechnik ILT", "Lehrbeauftragte", None, "present"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("Eigenspannungen in laserstrahlgeschmolzenem 1.2709 nach dem Nitrieren",
          "HTM Journal of Heat Treatment and Materials", 2024, False),
        P("In-situ monitoring of melt pool instabilities in tool steel powder bed fusion", "Additive Manufacturing",
          2024, True),
        P("Nachbearbeitung additiv gefertigter Kühlkanäle", "Handbuch Additive Fertigung", 2023, False),
        P("Process windows for crack-free laser powder bed fusion of hot-work tool steel", "Procedia CIRP", 2021, True),
        P("Porosity prediction from coaxial melt-pool images with physics-informed networks",
          "Journal of Materials Processing Technology", None, False, "under review"),
    ],
    research_interests_any=[], awards_count=2, language="de",
    layout="German Lebenslauf of a professor with industry years, Typst (typst-py), left date column",
    notes="Typst page: name with 'Prof. Dr.-Ing.', photo frame 'Foto', two phones (Tel./Mobil), running header from "
          "page 2 ('Stand: März 2025'), 'Seite 1 von 2' footer. Beruflicher Werdegang: employer once in bold with "
          "the city right-aligned, then 'date column | title' rows, each row its own job: three posts at FH Aachen "
          "(Prodekanin 'seit Okt. 2022' concurrent with the professorship 'seit März 2019'), two at Bosch (the "
          "title in italics), one at RWTH. German month abbreviations ('Okt.', 'Sept.', 'Dez.', 'Juli', 'März'); "
          "the 3.3 cm date column wraps 'Okt. 2020 – Sept.' / '2022'. 'laufend' (ongoing) with no start at "
          "Fraunhofer ILT = end present. Gremien (VDI Fachbeirat, DFG Gutachterin) are not jobs. Promotion (Dr.-Ing.) "
          "= phd; Diplom-Ingenieurin = master (pre-Bologna five-year degree); the Auslandssemester at Chalmers is an "
          "education entry of level other (like heldout15's joint-PhD year). Publications grouped under year "
          "sub-headings with no year in the item except where the journal prints it ('79 (2024) 3'); a "
          "'Hrsg.' chapter (venue = the book) takes its year 2023 from its sub-heading; the 2013 Dissertation is "
          "counted; 'Eingereicht' sub-heading = under review. The patent and the talk are not counted (6). First "
          "author: 2024 second item, 2021, 2013 = 3. Awards: Borchers-Plakette, Bosch Innovation Award (2).",
)

LABELS["03"] = dict(
    name="Raghavendra S. Kulkarni-Menon",
    name_any=["Prof. Raghavendra S. Kulkarni-Menon", "Raghavendra Kulkarni-Menon"],
    emails=["rskm@civil.iitm.example.ac.in"], phones=["+914455504127", "+919840055501"],
    links=["https://civil.iitm.example.ac.in/~rskm"],
    education=[E("Indian Institute of Science", "phd", "2002", "2007"),
               E("Indian Institute of Technology Bombay", "master", "2000", "2002"),
               E("College of Engineering Pune", "bachelor", "1996", "2000")],
    experience=[
        J("Indian Institute of Technology Madras", "Professor", "2018-06", "present"),
        J("Indian Institute of Technology Madras", "Head of Department", "2021-07", "2024-06"),
        J("Indian Institute of Technology Madras", "Associate Professor", "2012-12", "2018-05"),
        J("National Institute of Technology Karnataka, Surathkal", "Assistant Professor", "2008-08", "2012-11"),
        J("University of California, Davis", "Post-doctoral Research Associate", "2007-09", "2008-07"),
        J("University of Technology Sydney", "Adjunct Professor", "2022", "present"),
    ],
    publications_count=10, first_author_count=6,
    publications_sample=[
        P("Pore pressure generation in silty sands under bidirectional shaking", "J. Geotech. Geoenviron. Eng.",
          2025, False),
        P("Kinematic bending of piles in laterally spreading ground: centrifuge evidence", "Géotechnique", 2024, True),
        P("Microbially induced calcite precipitation for liquefaction mitigation of Chennai coastal sands",
          "Soil Dyn. Earthq. Eng.", 2023, False),
        P("Revisiting the fines-content correction in CPT-based liquefaction triggering", "Indian Geotech. J.",
          2021, True),
        P("Liquefaction of coastal deposits in India", "Geotechnical Hazards of the Indian Subcontinent", 2020, True),
        P("Shake-table tests on stone-column-improved ground", "World Conference on Earthquake Engineering", 2024,
          False),
    ],
    research_interests_any=["Geotechnical earthquake engineering", "liquefaction of silty sands",
                            "ground improvement for coastal infrastructure"],
    awards_count=3, language="en",
    layout="Indian professor's CV, HTML printed by headless Chromium (Skia/PDF), A4",
    notes="Chromium print of an HTML CV: the name wraps over two lines in a flex header ('Prof. Raghavendra S. "
          "Kulkarni-' / 'Menon') beside a right-hand contact block whose phone numbers wrap ('+91 98400' / '55501 "
          "(M)'); post-nominals 'Ph.D. (IISc), FNAE, FIE'. Professional Experience rows are three lines each: role "
          "(bold), department, university; a location column (Chennai, Mangaluru, Davis, CA, Sydney) sits between "
          "them and the right-aligned dates. Head of Department is '(concurrent)' with the professorship; the "
          "adjunct post at UTS is '2022 – ongoing' (= present). Consultancy rows (client projects with years) and "
          "Board and Committee Memberships (separate sections) are not jobs here. Degrees with year ranges. "
          "Publications as HTML reversed ordered lists that restart per section (journals 6..1, books/chapters "
          "2..1, conference papers 2..1) = 10; own name underlined, students † and ‡; journal venues abbreviated "
          "('Soil Dyn. Earthq. Eng.', 'Géotechnique'); a chapter 'In: Ed. (Ed.), Book, pp.' (venue = the book); the "
          "WCEE paper's venue is the conference (printed 'Proc. 18th World Conference on Earthquake Engineering "
          "(18WCEE)'). The patent and the PhD students are not counted. First author: journal 5, 3, 1, both book "
          "items, conference 1 = 6. Honours (3): INAE fellowship, IGS award, DST Young Scientist award; the SERB "
          "grant is funding.",
)

LABELS["04"] = dict(
    name="Lucía Belén Irigoyen Sarmiento", name_any=["Dra. Lucía Belén Irigoyen Sarmiento"],
    emails=["lirigoyen@econ.uba.example.ar"], phones=["+541155550147"],
    links=["https://lirigoyen.example.com.ar"],
    education=[E("Universidad de San Andrés", "phd", "2011-08", "2015-12"),
               E("Universidad Nacional de La Plata", "master", "2009", "2011"),
               E("Universidad de Buenos Aires", None, "2003", "2008")],
    experience=[
        J("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", "Investigadora Independiente",
          "2023-07", "present"),
        J("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", "Investigadora Adjunta",
          "2018-03", "2023-06"),
        J("Consejo Nacional de Investigaciones Científicas y Técnicas (CONICET)", "Investigadora Asistente",
          "2016-04", "2018-02"),
        J("Universidad de Buenos Aires", "Profesora Adjunta regular, Econometría", "2019-08", "present"),
        J("Universidad de Buenos Aires", "Jefa de Trabajos Prácticos, Econometría", "2012-03", "2019-07"),
        J("Banco Interamericano de Desarrollo (BID)", "Consultora externa, División de Mercados Laborales",
          "2020", "2021"),
        J("Ministerio de Economía de la Nación", "Analista", "2008-02", "2009-07"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Transferencias condicionadas y oferta laboral femenina: evidencia de la Asignación Universal por Hijo",
          "Journal of Development Economics", 2024, True),
        P("Informal employment and minimum wages in Argentina, 2004–2019", "Economía LACEA Journal", 2024, False),
        P("Rotación laboral y ciclo económico en la Argentina", "Desarrollo Económico", 2022, True),
        P("Does formalization pay? Wage returns to registration in urban Argentina", "World Development", 2019, True),
        P("Platform work and social insurance take-up", "Labour Economics", None, True, "under review"),
        P("Remote work and the gender gap after the pandemic", None, None, False, "in preparation"),
    ],
    research_interests_any=["Economía laboral", "informalidad y transferencias condicionadas",
                            "microeconometría aplicada"],
    awards_count=3, language="es",
    layout="Argentine researcher's CV in Spanish, python-docx printed to PDF by LibreOffice",
    notes="Word CV printed by LibreOffice: 'CURRICULUM VITAE' over the name with 'Dra.'; contact line with "
          "'Tel.:' and 'Correo:'. Degrees: title bold with the dates on a right tab ('agosto 2011 – diciembre "
          "2015'), institution on the next line; the Licenciatura's level is left unscored (heldout15's rule). "
          "Cargos: employer once in bold, then indented italic titles with the dates in brackets after them, "
          "Spanish months ('julio 2023 – a la fecha', 'agosto 2019 – actualidad' = present); each bracketed row is "
          "its own job (CONICET ×3, UBA ×2). 'Lugar de trabajo: IIEP-UBA' is the workplace line, not a job. The BID "
          "consultancy has '(sin relación de dependencia)' where the dates would be; its engagement line "
          "'Evaluación del programa Hacemos Futuro (2020–2021).' gives 2020–2021 (a judgement call). Publicaciones: "
          "'Artículos en revistas con referato' grouped under year sub-headings (2024, 2022, 2019) with no year in "
          "the items; a chapter 'En: Gasparini, L. (ed.), Book' (not sampled); a CEDLAS working paper 'En "
          "evaluación en Labour Economics' = under review (venue Labour Economics, no year scored); 'En "
          "preparación' = in preparation. Count 7; first author 5 (2024 first item, 2022, 2019, chapter, working "
          "paper). Conference presentations not counted. Awards: 2 premios + beca doctoral CONICET (3).",
)

LABELS["05"] = dict(
    name="Priya Venkatesan-Holloway", name_any=["Priya Venkatesan-Holloway, PhD"],
    emails=["pvh@genomics.example.com"], phones=["+16505550129"],
    links=["github.com/pvh-lab", "https://scholar.google.com/citations?user=EXAMPLE0pvh"],
    education=[E("Massachusetts Institute of Technology", "phd", "2009", "2014"),
               E("Indian Institute of Technology Delhi", "bachelor", "2005", "2009")],
    experience=[
        J("Genentech, Inc.", "Principal Scientist, Computational Biology & Oncology", "2022", "present"),
        J("Genentech, Inc.", "Senior Scientist", "2019", "2022"),
        J("Genentech, Inc.", "Scientist", "2017-06", "2019"),
        J("University of California, San Francisco", "Adjunct Assistant Professor", "2021", "present"),
        J("Broad Institute of MIT and Harvard", "Postdoctoral Associate", "2014-09", "2017-05"),
        J("Flatiron Health", "Data Science Consultant", "2016", "2016"),
        J("OpenCell Atlas Consortium", "Scientific Advisory Board", "2023", "present"),
    ],
    publications_count=7, first_author_count=3,
    publications_sample=[
        P("Single-cell atlas of resistance to KRAS G12C inhibitors in lung adenocarcinoma", "Nat. Genet.", 2024, True),
        P("scDRIFT: detecting clonal drift in longitudinal single-cell data", "Bioinformatics", 2024, False),
        P("Spatial transcriptomics of tertiary lymphoid structures in melanoma", "Cancer Cell", 2022, False),
        P("Copy-number inference from single-cell RNA-seq", "Genome Res.", 2019, True),
        P("Foundation models for perturbation response: a benchmark", "bioRxiv", None, True, "under review"),
        P("Cell-type deconvolution without references", "arXiv", None, False, "preprint"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="US industry computational biologist with an adjunct post, GitHub-style Markdown (.md)",
    notes="Markdown: H1 name with ', PhD'; a two-line tagline naming the current employer and the adjunct post; "
          "emoji-prefixed contact line, GitHub and a Scholar link. Experience: employer in bold once ('**Genentech, "
          "Inc.** — South San Francisco, CA') with three bullet rows '*Title* · dates' ('2022 – current' = present), "
          "each its own job; the UCSF adjunct post runs concurrently ('without salary'); 'Summer 2016' consulting "
          "engagement = 2016-2016; a 'Board service' line inside Experience (SAB member, '2023 – ongoing') is "
          "labelled as a post because the CV puts it among the jobs. Education in a pipe table. Selected "
          "publications under '### YYYY' sub-headings with the year absent from every item; numbering runs on "
          "across sub-headings; '\\*' equal contribution (first item: the candidate is first anyway); item 5 is "
          "only authors + a DOI URL (counted, not sampled); 'Preprints & under review': a bioRxiv item '(under "
          "review at Nature Methods)' = under review with venue bioRxiv (as heldout15 labelled 'arXiv:…, "
          "submitted'), an arXiv id only = preprint; neither prints a year. Count 7; first author 3 (items 1, 4, 6). "
          "Software, a dataset and talks follow in their own sections (not counted). Honors: 2.",
)

LABELS["06"] = dict(
    name="Callum Fairbairn-Asante", name_any=["Dr Callum Fairbairn-Asante"],
    emails=["c.fairbairn-asante@nhs.example.net"], phones=["+447700900417"], links=[],
    education=[E("University of Edinburgh", "bachelor", None, "2010"),
               E("University of Edinburgh", "bachelor", None, "2007")],
    experience=[
        J("Royal Infirmary of Edinburgh", "Consultant in Anaesthesia and Intensive Care Medicine", "2023-02",
          "present"),
        J("University of Edinburgh", "Honorary Senior Clinical Lecturer", "2023-08", "present"),
        J("Royal Infirmary of Edinburgh", "ST7 Anaesthesia & ICM (dual CCT)", "2021-08", "2023-01"),
        J("Western General Hospital", "ST6 Intensive Care Medicine", "2020-02", "2021-07"),
        J("Royal Hospital for Children and Young People", "ST5 Paediatric Anaesthesia", "2019-08", "2020-01"),
        J("ScotSTAR EMRS, Scottish Ambulance Service", "ST4 Pre-hospital Emergency Medicine (PHEM) sub-specialty",
          "2018-08", "2019-07"),
        J("Ninewells Hospital", "ST3–ST4 Anaesthesia", "2016-08", "2018-07"),
        J("Royal Army Medical Corps", "Major, Regimental Medical Officer", "2014-04", "2016-07"),
        J("Royal Army Medical Corps", "Captain, General Duties Medical Officer", "2012-08", "2014-03"),
        J("St John's Hospital, Livingston", "FY2, Emergency Medicine / General Surgery / Anaesthesia", "2011-08",
          "2012-07"),
        J("Borders General Hospital", "FY1, Medicine and Surgery", "2010-08", "2011-07"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Pre-hospital emergency anaesthesia in remote Scotland: a five-year registry study", "Anaesthesia", 2024,
          True),
        P("Whole blood for trauma resuscitation in rural retrieval", "Emerg Med J", 2023, False),
        P("Ketamine and haemodynamic stability in military trauma", "J R Army Med Corps", 2017, True),
        P("Awake proning in COVID-19: a single-centre experience", "Br J Anaesth", 2021, False),
        P("Videolaryngoscopy by non-anaesthetist retrieval clinicians: a simulation study", "Resuscitation", None,
          True, "under review"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="UK NHS consultant anaesthetist with Army service, Word DOCX (python-docx)",
    notes="DOCX: running header 'Curriculum Vitae – Major (retd) … MBChB FRCA', name line, post-nominals and GMC "
          "number (not a phone), a two-row contact table with a UK 07700 900xxx mobile. CURRENT POST: title bold "
          "with the date on a right tab, the hospital on the next line; the honorary lectureship is concurrent "
          "('since August 2023' = start, end present). PREVIOUS APPOINTMENTS: a 'Table Grid' with the dates in the "
          "first column, grade/specialty (ST3–ST7 training rotations) in the second and hospital in the third, "
          "each row a post; the hospital is the organisation ('NHS Lothian' is the board). 'Military service – "
          "Royal Army Medical Corps' is a group heading: two ranks/posts below it (italic title, right-tab dates), "
          "the place lines ('Edinburgh; Op TORAL, Kabul …, Oct 2015 – Feb 2016' is a deployment within the Major "
          "post, not its own job), organisation = the Corps. Foundation Programme FY1/FY2 rows name the hospital "
          "in the title line after a comma (organisation = that hospital). Education: MBChB 2010 and intercalated "
          "BSc 2007 (one year each = end only); FRCA, FFICM and DipIMC are professional examinations/diplomas, not "
          "degrees. Vancouver numbered list (4) + one 'Submitted to Resuscitation' = 5; a PMID; '[correspondence]' "
          "still counted; posters/orals not counted. First author 3 (1, 3, submitted). Prizes (2). Courses are not "
          "education.",
)

LABELS["07"] = dict(
    name="钟雁书", name_any=[],
    emails=["zhongys@rcees.example.cn"], phones=["+861055550163"], links=[],
    education=[E("清华大学", "phd", "2004-09", "2009-07"),
               E("代尔夫特理工大学", "other", "2007-10", "2008-10"),
               E("同济大学", "bachelor", "2000-09", "2004-07")],
    experience=[
        J("中国科学院生态环境研究中心", "研究员、博士生导师", "2017-12", "present"),
        J("中国科学院生态环境研究中心", "水污染控制实验室 副主任", "2020-01", "2024-12"),
        J("中国科学院生态环境研究中心", "副研究员", "2012-07", "2017-11"),
        J("中国科学院生态环境研究中心", "助理研究员", "2009-07", "2012-06"),
        J("中国科学院大学", "岗位教授（兼职）", "2019-09", "present"),
        J("美国斯坦福大学", "访问学者", "2015-02", "2016-02"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("Electro-peroxone degradation of short-chain PFAS in reverse-osmosis concentrate", "Environ. Sci. Technol.",
          2024, False),
        P("农村分散式污水处理设施运行评估", "环境科学学报", 2024, True),
        P("Nanofiltration fouling by humic–antibiotic complexes", "Water Res.", 2023, True),
        P("Occurrence of 42 antibiotics in drinking water sources of the Haihe basin", "J. Hazard. Mater.", 2021,
          False),
        P("Bromate formation during ozonation of Yellow River water", "Water Sci. Technol.", 2010, True),
        P("Machine-learning prediction of PFAS breakthrough in GAC filters", "Water Research", None, False,
          "under review"),
    ],
    research_interests_any=["高级氧化与膜分离耦合工艺", "农村分散式污水处理技术"],
    awards_count=2, language="zh",
    layout="Chinese 个人简历 of a CAS research professor, Word DOCX (python-docx), info grid + numbered headings",
    notes="DOCX: '个 人 简 历' title, a 'Table Grid' info table two pairs per row (姓名/性别, 出生年月/职称, 电话/电子邮箱, "
          "通讯地址 merged). 一、教育经历 'YYYY.MM–YYYY.MM  school  field  degree' rows; the Delft 联合培养 year is "
          "an education entry of level other (heldout15). 二、工作经历: employer once in bold ('中国科学院生态环境研究中心'), "
          "then four indented 'dates  title' rows, each its own job, one of them a concurrent lab deputy "
          "directorship ('副主任（兼）') with the lab name between date and title; '至今' = present; a '兼职' "
          "sub-heading with a concurrent professorship at UCAS and a Stanford visiting-scholar year (a job). "
          "四、projects (NSFC etc.) are not papers. 五、代表性论文 grouped by '2024年', '2023年', … sub-headings, the "
          "year absent from the items (the 2024 Chinese [J] item prints none); own name bold, students "
          "underlined, '*' corresponding, '#' co-first (the 2023 item: candidate first anyway); '在审' sub-heading "
          "with '（审稿中）' = under review. Count 6; first author 3 (2024 Chinese item, 2023, 2010). The patent is not "
          "counted. 八、获奖情况: the NSFC Excellent Young Scientists Fund is a grant (heldout15: NSFC is not an "
          "award), so awards = 北京市科学技术奖 + 青年创新促进会会员 (2) — a judgement call.",
)

LABELS["08"] = dict(
    name="柯宜蓁", name_any=["KO Yi-Chen", "Ko Yi-Chen", "柯宜蓁 KO Yi-Chen", "KO Yi-Chen, Ph.D."],
    emails=["ycko@ntu.example.edu.tw"], phones=["+886255550156"], links=[],
    education=[E("University of Michigan", "phd", "2013-08", "2018-05"),
               E("National Chengchi University", "master", "2010-09", "2012-06"),
               E("National Taiwan University", "bachelor", "2006-09", "2010-06")],
    experience=[
        J("National Taiwan University", "Assistant Professor", "2021-08", "present"),
        J("National Taiwan University", "Joint Assistant Professor", "2023-02", "present"),
        J("Academia Sinica", "Postdoctoral Scholar", "2018-09", "2021-07"),
        J("Kyoto University", "Visiting Researcher", "2019-07", "2019-09"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Bilingual switching costs are not domain-general: Evidence from eye movements",
          "Journal of Experimental Psychology: General", 2024, True),
        P("中文閱讀中的副中央凹預視效益", "中華心理學刊", 2023, False),
        P("Working memory load and attentional capture", "Psychonomic Bulletin & Review", 2020, False),
        P("Attention to the mind's eye", "Cognition", 2018, True),
        P("Language control in trilingual speakers", "Bilingualism: Language and Cognition", None, True,
          "under review"),
    ],
    research_interests_any=["Working memory and attention", "bilingual cognitive control", "eye tracking"],
    awards_count=2, language="zh-Hant+en",
    layout="Taiwanese bilingual (Traditional Chinese + English) academic CV, ODT written with odfdo, printed by "
           "LibreOffice",
    notes="odfdo ODT through LibreOffice: Heading 1 paragraphs get Writer's outline numbers in the text layer "
          "('1.研究領域 Research Interests', '3.經歷 Academic Appointments'). Name '柯宜蓁　KO Yi-Chen, Ph.D.'. "
          "Bilingual rows 'YYYY/MM – YYYY/MM<TAB>Chinese school and degree　English degree, school' that wrap; "
          "labelled with English names (heldout15). Appointments: employer once as a bold bilingual line "
          "('國立臺灣大學 National Taiwan University'), then indented 'dates<TAB>unit title (zh)　Title, Unit (en)' "
          "rows — two concurrent NTU posts (a 合聘 joint appointment from 2023/02), '迄今' = present; the Kyoto "
          "visit prints Chinese month dates '2019年7月 – 2019年9月'. APA 7 references without numbers: a Chinese "
          "item with full-width brackets and the candidate second ('林品萱†、柯宜蓁*'), '*' corresponding, '†' "
          "student; '審查中 Under Review' sub-heading with 'Submitted to' = under review; a poster under 研討會 "
          "(not counted). Count 5; first author 3. The NSTC grant is funding. Honors 2.",
)

LABELS["09"] = dict(
    name="Oluwakemi Adaeze Bankole-Etim",
    name_any=["Oluwakemi Adaeze BANKOLE-ETIM", "Dr. Oluwakemi Adaeze BANKOLE-ETIM", "Oluwakemi Bankole-Etim"],
    emails=["ok.bankole-etim@ui.example.edu.ng"], phones=["+2348035550172"], links=[],
    education=[E("University of Ibadan", "bachelor", "2001", "2008"),
               E("London School of Hygiene & Tropical Medicine", "master", "2012", "2013"),
               E("University of Ibadan", "phd", "2016", "2021")],
    experience=[
        J("University of Ibadan", "Senior Lecturer", "2021-10", "present"),
        J("University of Ibadan", "Lecturer I", "2018-10", "2021-09"),
        J("University College Hospital (UCH), Ibadan", "Honorary Consultant Public Health Physician", "2018",
          "present"),
        J("University College Hospital (UCH), Ibadan", "Senior Registrar, Community Medicine", "2014", "2017"),
        J("University College Hospital (UCH), Ibadan", "Registrar", "2010", "2014"),
        J("General Hospital, Birnin Kebbi", "Medical Officer", "2008", "2009"),
        J("World Health Organization", "Short-term Consultant", None, None),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Malaria in pregnancy and birth weight in south-west Nigeria", "Afr J Med Med Sci", 2016, True),
        P("Community health extension workers and childhood immunisation coverage", "Niger J Paediatr", 2018, False),
        P("Vaccine hesitancy among caregivers in Kano: a mixed-methods study", "BMJ Glob Health", 2022, True),
        P("Cost of seasonal malaria chemoprevention delivery in Kebbi State", "Malar J", 2023, False),
        P("Male involvement in antenatal care in Ibadan North LGA", "Pan Afr Med J", 2025, True, "accepted"),
    ],
    research_interests_any=["Maternal and child health", "malaria in pregnancy", "health systems research",
                            "vaccine hesitancy in northern Nigeria"],
    awards_count=3, language="en",
    layout="Nigerian university CV (NUC-style headings), plain text",
    notes="Plain text in the Nigerian university format: 'NAME:'/'DESIGNATION:' label rows, surname in capitals, "
          "'EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES' (school + years) separate from 'ACADEMIC AND PROFESSIONAL "
          "QUALIFICATIONS' (degree + year); a reader joins them: MBBS Ibadan 2001–2008, MSc LSHTM 2012–2013, PhD "
          "Ibadan 2016–2021 (the postgraduate school row). FMCPH (a postgraduate medical college fellowship, "
          "wrapped over two lines) is a specialist qualification, not a degree. WORKING EXPERIENCE: employer once "
          "then indented 'title  dates' rows ('Oct. 2021 - to date', '2018 - date' = present); the residency "
          "Registrar row wraps its rotation list over three lines (one job, 2010–2014); NYSC service line names "
          "the posting hospital (organisation = the hospital, a judgement call); a WHO short-term consultancy with "
          "'no dates given'. The NGO Board of Trustees sits under memberships (not a job). Publications: (a) "
          "thesis (counted), (b) four articles, (c) an '(Accepted, 2025)' paper, (d) an abstract marked '(not "
          "counted)'; Vancouver abbreviations. Count 6; first author 4 (thesis, 2, 4, 6). Awards 3 (Wellcome "
          "fellowship, best resident, Commonwealth scholarship).",
)

LABELS["10"] = dict(
    name="Marisol Quintanar-Reyes", name_any=[],
    emails=["mquintanar@purdue.example.edu"], phones=["+17655550193"],
    links=["https://engineering.purdue.example.edu/~mquintanar"],
    education=[E("University of Wisconsin–Madison", "phd", None, "2014"),
               E("University of Wisconsin–Madison", "master", None, "2010"),
               E("Instituto Tecnológico y de Estudios Superiores de Monterrey", "bachelor", None, "2008")],
    experience=[
        J("Purdue University", "Associate Professor", "2022", "present"),
        J("Purdue University", "Assistant Professor", "2016", "2022"),
        J("Purdue University", "Courtesy Appointment", "2023", "present"),
        J("National Renewable Energy Laboratory (NREL)", "Visiting Researcher", "2019", "2021"),
        J("GE Global Research", "Power Electronics Engineer", "2014", "2016"),
        J("Texas Instruments", "Graduate Intern", "2011", "2012"),
    ],
    publications_count=10, first_author_count=5,
    publications_sample=[
        P("Virtual-oscillator control with current limiting for grid-forming GaN inverters",
          "IEEE Trans. Power Electron.", 2024, False),
        P("Small-signal stability of mixed grid-following and grid-forming microgrids",
          "IEEE J. Emerg. Sel. Topics Power Electron.", 2023, True),
        P("Droop-free frequency restoration", "IEEE Trans. Smart Grid", None, False, "in press"),
        P("Impedance-based detection of islanding", "IEEE Trans. Power Del.", None, False, "under review"),
        P("Black-start of a campus microgrid with grid-forming storage", "IEEE ECCE", 2023, True),
        P("Gate-driver ringing in 1.2-kV SiC modules", "IEEE APEC", 2021, False),
    ],
    research_interests_any=["Power electronics for grid-forming inverters", "stability of inverter-dominated microgrids"],
    awards_count=2, language="en",
    layout="US engineering associate professor, pdfLaTeX article (Charter) with dates in a left margin column",
    notes="pdfLaTeX: section headings in small caps hanging into the left margin ('R ESEARCH I NTERESTS' in the text "
          "layer), a 1.2-inch left date column. Appointments: the Assistant Professor row says only 'same school' "
          "(organisation = Purdue from the row above); a courtesy appointment in Mechanical Engineering "
          "concurrent with the associate professorship; 'Fall 2019 – Spring 2021' wraps in the date column "
          "('Spring' on the first line, '2021' alone below) = 2019–2021; 'Summers 2011, 2012' = 2011–2012 (new "
          "here). Degrees with one year (end only). Publications: [J6]..[J1] and [C4]..[C1] counting down with "
          "prefixes, own name bold and underlined, '†' advisees, '∗' equal contribution between two students (not "
          "the candidate); IEEE abbreviations; '[J2] … IEEE Trans. Smart Grid, in press.' with no year; '[J1] "
          "submitted to IEEE Trans. Power Del., 2025' = under review (year not scored); conference items with "
          "'(Acceptance rate: 38%)' after the pages. The patent [P1] is not counted (10). First author: J5, J3, C4, "
          "C2, C1 = 5. Awards: the NSF CAREER award is printed '(grant)' and is a grant (heldout15); 2 awards. "
          "Teaching rows with terms are not jobs.",
)

LABELS["11"] = dict(
    name="褚若岚", name_any=[],
    emails=["churl@zs-hospital.example.cn"], phones=["+862155550138"], links=[],
    education=[E("复旦大学上海医学院", "phd", "2011-09", "2019-06"),
               E("美国约翰斯·霍普金斯大学", "other", "2017-09", "2018-08")],
    experience=[
        J("复旦大学附属中山医院", "博士后研究员", "2021-07", "present"),
        J("复旦大学附属中山医院", "住院医师", "2019-07", "2021-06"),
        J("上海市徐汇区斜土街道社区卫生服务中心", "新冠疫情防控 支援医师", "2020-03", "2020-05"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Cardiac MRI radiomics predicts adverse remodeling after STEMI", "Eur Heart J Cardiovasc Imaging", 2024,
          True),
        P("Remote monitoring of heart failure with wearable patches: a randomized pilot trial", "JACC Heart Fail",
          2024, False),
        P("急性心肌梗死后左心室血栓的影像学特征分析", "中华心血管病杂志", 2023, True),
        P("Sacubitril/valsartan and ventricular remodeling: a meta-analysis", "Front Cardiovasc Med", 2022, True),
        P("Deep-learning segmentation of microvascular obstruction", "Radiology: Cardiothoracic Imaging", 2025, True,
          "accepted"),
        P("Sex differences in post-MI remodeling", "Circulation: Cardiovascular Imaging", None, False, "under review"),
    ],
    research_interests_any=["急性心肌梗死后心室重构", "心脏磁共振影像组学", "心衰患者的远程监测"],
    awards_count=3, language="zh",
    layout="Chinese clinical postdoc 简历, Typst (typst-py), shaded heading bars, one page",
    notes="Typst, Noto Serif CJK SC: name centred, '医学博士 ｜ 博士后（心血管内科） ｜ 电话 ｜ 邮箱' line. 教育背景 rows "
          "'school  programme  degree' with right-aligned 'YYYY.MM – YYYY.MM'; the eight-year MD (医学博士) = phd; "
          "the Johns Hopkins 联合培养 year = education of level other. 工作经历: hospital department once in bold "
          "('复旦大学附属中山医院 心内科') with two indented 'title  note  dates' rows, each a job ('至今' = present); "
          "the 住院医师 row is followed by a rotation line (科室 with months, no dates: part of the residency, not "
          "jobs); a three-month COVID secondment to a community health centre overlaps the residency. 科研成果 "
          "grouped under bold year lines (2024, 2023, 2022, '已接收 / 在投') with Typst auto-numbers restarting at 1 "
          "each time; items print their own year in Vancouver style; '#' co-first, '*' corresponding; '(已接收, "
          "2025)' = accepted with its year, '（在投）' = under review. Count 6; first author 4 (2024 #1, 2023, 2022, "
          "accepted). NSFC youth fund and postdoc foundation are grants. Awards on one line separated by '｜' (3). "
          "The 执业医师资格证书 is a licence.",
)

LABELS["12"] = dict(
    name="Nomvula Thandeka Dlamini-Verster", name_any=["Nomvula Dlamini-Verster"],
    emails=["nomvula.dlaminiverster@wits.example.ac.za"], phones=["+27115550184"], links=[],
    education=[E("University of Oxford", "phd", "2006", "2010"),
               E("University of KwaZulu-Natal", "bachelor", None, "2005"),
               E("University of KwaZulu-Natal", "bachelor", "2002", "2004")],
    experience=[
        J("University of the Witwatersrand", "Associate Professor", "2020", "present"),
        J("University of the Witwatersrand", "Senior Lecturer", "2015", "2019"),
        J("University of the Witwatersrand", "Acting Head of Department", "2022-07", "2022-12"),
        J("University of Cape Town", "Lecturer", "2011", "2014"),
        J("Wits History Workshop", "Co-convenor", None, None),
        J("University of Oxford", "Visiting Research Fellow", "2018", "2018"),
    ],
    publications_count=8, first_author_count=None,
    publications_sample=[
        P("Compound Lives: Women, Work and the Witwatersrand Mines, 1920–1960", None, 2016, None),
        P("Letters home: literacy and intimacy among Mozambican mineworkers, 1940–1965",
          "Journal of Southern African Studies", 2023, None),
        P("Beer halls, boycotts and the politics of leisure in Durban", "Journal of African History", 2019, None),
        P("Silences in the archive: domestic workers and the 1946 strike", "South African Historical Journal", 2013,
          None),
        P("Memory work on the reef", "Remembering Apartheid's Workplaces", 2020, None),
        P("The afterlives of the compound", "Past & Present", 2025, None, "in press"),
    ],
    research_interests_any=["Southern African social history", "labour migration", "oral history and memory"],
    awards_count=3, language="en",
    layout="South African history associate professor, XeLaTeX article (P052 Palatino clone), titlesec",
    notes="XeLaTeX with a myheadings running head ('Nomvula Dlamini-Verster  Curriculum vitae, March 2025  1'). "
          "Academic posts: the university once in bold with department, then indented italic 'Title, dates' rows "
          "(three at Wits incl. an acting headship 'July–December 2022' overlapping the associate professorship; "
          "'2020 to date' = present); the History Workshop co-convenorship has no dates; 'Hilary and Trinity terms "
          "2018' at Oxford = 2018–2018. Education lines with ranges or one year (BA Honours 2005 = end only); "
          "DPhil = phd. Publications of a humanist who omits her own name from every item (solo unless '(with "
          "T. Mokoena)'), so first authorship is not scored: books (monograph; a co-edited volume '(Ed., with …)'), "
          "journal articles under year sub-headings 2023/2019/2013 with no year in the items and titles in single "
          "quotes, 'vol:issue, pages'; a chapter 'in: Ed. (ed.), Book' (venue = the book); 'Forthcoming and in "
          "progress': '(accepted, forthcoming 2025)' = in press with its year (forthcoming, heldout15), a book "
          "manuscript in preparation. Count 8 (2 books, 3 articles, 1 chapter, 2 forthcoming/in progress); reviews, "
          "op-eds and conference papers are not counted. Awards 3 (Rhodes, VC award, prize finalist).",
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
