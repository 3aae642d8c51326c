"""Hand-written labels of held-out set 27 (format of ../../../shared/eval/score.py). make_heldout27.py adds "file"."""
from __future__ import annotations

P = "present"


def D(institution, level, start, end):
    return {"institution": institution, "degree_level": level, "start": start, "end": end}


def E(organization, title, start, end):
    return {"organization": organization, "title": title, "start": start, "end": end}


def B(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


def L(name, emails, phones, links, education, experience, n_pubs, n_first, sample, interests, n_awards,
      language, layout, notes, name_any=()):
    return {"name": name, "name_any": list(name_any), "emails": emails, "phones": phones, "links": links,
            "education": education, "experience": experience, "publications_count": n_pubs,
            "first_author_count": n_first, "publications_sample": sample, "research_interests_any": interests,
            "awards_count": n_awards, "language": language, "layout": layout, "notes": notes}


LABELS = {
    "01": L(
        "Dariela Okafor-Lindqvist", ["dariela.ol@example.com"], ["+16505550142"],
        ["https://dariela-ol.example.io", "https://linkedin.com/in/dariela-okafor-lindqvist",
         "https://github.com/dokaforl"],
        [D("Carnegie Mellon University", "phd", "2012-08", "2017-07"),
         D("University of Toronto", "bachelor", "2008-09", "2012-05")],
        [E("Google DeepMind", "Staff Research Scientist", "2023-04", P),
         E("Google Brain", "Senior Research Scientist", "2020-01", "2023-04"),
         E("Google Brain", "Research Scientist", "2017-08", "2019-12"),
         E("Microsoft Research", "Research Intern", "2016-06", "2016-09")],
        6, 4,
        [B("Calibrated reward models under distribution shift", "NeurIPS", 2024, True, "published"),
         B("LongBench-Rx: probing retrieval over million-token contexts", "arXiv", 2024, False, "preprint"),
         B("Selective state spaces for streaming speech recognition", "ICASSP", 2022, True, "published"),
         B("Router collapse in sparse mixture-of-experts and how to avoid it", "ICML", 2020, False, "published"),
         B("Group-sparse recurrent networks", "ICLR", 2018, True, "published"),
         B("Learning to order curricula for neural program synthesis", "ICLR Workshop", 2017, True, "published")],
        [], 3, "en",
        "US staff research scientist (industry ML), rendercv engineeringclassic theme (YAML -> Typst -> PDF)",
        "rendercv's engineeringclassic: 'Last updated in June 2025' above the name; the connection line shows "
        "only the link texts (website host, the LinkedIn and GitHub user names, the word 'Google Scholar'), the "
        "full URLs are in the PDF's link annotations; the labelled links are website, LinkedIn and GitHub (the "
        "Scholar URL is not in the text at all, so it is not labelled). Phone printed as '(650) 555-0142'. "
        "Experience rows 'Title, Company – City' with 'Mon YYYY – Mon YYYY' at the right ('June 2016', 'Sept "
        "2016' month spellings); a promotion at Google Brain is two rows, and the move to Google DeepMind is a "
        "third row with a different company name; the internship is a job. Education 'PhD  Institution, Area – "
        "City' rows. 'Selected Publications': title line with the year at the right, author line (own name "
        "bold), venue line; the arXiv entry is a preprint (venue arXiv, year 2024 printed); the ICLR 2017 "
        "workshop paper has venue 'ICLR Workshop'. Patents are not publications. Awards as 'YYYY: text' lines (3: "
        "a company award, Siebel Scholar with an amount, NSERC scholarship). Summary mentions 'Google Scholar "
        "2,400+ citations' (not a link). No interests section."),
    "02": L(
        "Noa Ben-Haviv Castellanos", ["noa.bhc@example.co.il"], ["+972505550187"],
        ["https://github.com/noabhc", "https://linkedin.com/in/noa-ben-haviv-castellanos"],
        [D("Technion – Israel Institute of Technology", "master", "2014-10", "2016-08"),
         D("Tel Aviv University", "bachelor", "2011-10", "2015-06")],
        [E("NVIDIA", "Senior Robotics Research Engineer", "2022-11", P),
         E("TactiGrip Ltd.", "Co-founder & CTO", "2018-03", "2022-01"),
         E("Technion – Israel Institute of Technology", "Visiting Researcher", "2019-10", "2020-06"),
         E("Freelance", "Robotics consultant", "2016-09", "2018-02"),
         E("Israel Defense Forces", "Electronics officer", "2008-07", "2011-08")],
        4, 3,
        [B("FingerFlow: dense shear estimation from a single tactile image", "CoRL", 2024, True, "published"),
         B("Contact-aware residual policies for peg-in-hole at scale", "CoRL", 2023, False, "published"),
         B("Low-cost optical tactile sensing for parallel grippers", "IEEE RA-L", None, True, "under review"),
         B("Time-optimal trajectories for cable-driven arms", "ICRA", 2016, True, "published")],
        [], 2, "en",
        "Israeli robotics research engineer (industry, founder), rendercv's own Markdown output (.md)",
        "rendercv writes a Markdown CV beside its PDF: '# Name's CV', a contact bullet list ('- Phone:', '- Email: "
        "[..](mailto:..)', '- GitHub: [noabhc](https://github.com/noabhc)'), then every entry as '## Company, "
        "Position' with the date range and location as the first bullets ('- Nov 2022 – present'). Here the "
        "company and the title share one heading line separated by a comma, and some companies contain commas or "
        "parentheses ('TactiGrip Ltd. (acquired by Festo, 2022), Co-founder & CTO'; 'NVIDIA, Senior Robotics "
        "Research Engineer (Seattle Robotics Lab, remote from Haifa)'); titles are labelled without the "
        "parentheses, organisations without the acquisition note. The 'Sabbatical, Career break (...)' entry is "
        "a gap, not a job. Freelance consulting (organisation 'Freelance'), the founder role, the visiting post "
        "at the Technion (overlapping the start-up) and military service (officer, rank in parentheses) are "
        "jobs. The BSc and MSc overlap (printed so). Publications as '## Title' + year bullet + author bullet "
        "(own name in *italics*) + venue bullet; the RA-L paper has no year and '(under review)' in its venue. "
        "Patent not a publication. Awards: a best-paper finalist and a scholarship (2)."),
    "03": L(
        "Kavya Raghunathan", ["kavya.raghunathan@example.in"], [],
        ["https://www.linkedin.com/in/kavya-raghunathan-cb", "kavyar.example.org"],
        [D("Indian Institute of Science", "phd", "2010", "2015"),
         D("Indian Institute of Technology, Madras", "bachelor", "2006", "2010"),
         D("Padma Seshadri Bala Bhavan", "other", "2004", "2006")],
        [E("Novartis", "Principal Data Scientist, Translational Genomics", "2022-04", P),
         E("Novartis", "Senior Data Scientist", "2019-11", "2022-04"),
         E("International Institute of Information Technology, Hyderabad", "Adjunct Faculty", "2021-01", "2023-05"),
         E("Strand Life Sciences", "Lead Bioinformatics Scientist", "2017-07", "2019-10"),
         E("Strand Life Sciences", "Bioinformatics Scientist", "2015-10", "2017-06"),
         E("European Bioinformatics Institute", "Visiting PhD Student", "2013-05", "2013-08")],
        3, None,
        [B("Cell-type deconvolution of bulk tumour RNA-seq with hierarchical priors", None, None, None, None),
         B("scPerturb-Lite: a lightweight atlas of CRISPR perturbation responses", None, None, None, None),
         B("Variational inference for allele-specific expression in trios", None, None, None, None)],
        [], 3, "en",
        "Indian principal data scientist (computational biology, pharma), LinkedIn 'Save to PDF' profile look, "
        "WeasyPrint",
        "LinkedIn's profile PDF: a grey left column (Contact with e-mail, the LinkedIn URL broken over two lines "
        "and '(LinkedIn)' after it, a personal site with '(Personal)'; Top Skills; Languages; Certifications; "
        "Honors-Awards; Publications with titles only) and a main column (name, a long headline with '|' "
        "separators naming Novartis and IISc, location, Summary, Experience, Education). Experience groups roles "
        "under one company line with the total tenure below it ('Novartis' / '5 years 8 months'), then each role: "
        "title, 'April 2022 - Present (3 years 3 months)', location; two companies have two roles each; the IIIT "
        "adjunct teaching post overlaps the Novartis job; the EMBL-EBI visit (company line 'European "
        "Bioinformatics Institute | EMBL-EBI') is a job. Education rows 'Doctor of Philosophy - PhD, Field · "
        "(2010 - 2015)'; the Higher Secondary school row is level 'other' with its printed years. Publications: "
        "3 titles in the sidebar, no authors, venue or year (first authorship, venue, year and status not scored). "
        "Honors-Awards: 3 (company award, INSPIRE fellowship, best poster); certifications are not awards. "
        "'Page 1 of 1' footer. No phone."),
    "04": L(
        "Maartje Oosterwijk-Adeyemi", ["m.oosterwijk@example.nl"], ["+31655501923"],
        ["maartje-oa.example.nl", "linkedin.com/in/moosterwijk"],
        [D("Eindhoven University of Technology", "phd", "2012", "2016"),
         D("University of Twente", "master", "2010", "2012"),
         D("Utrecht University", "bachelor", "2007", "2010")],
        [E("Philips Research", "Senior Research Scientist", "2019", P),
         E("Delft University of Technology", "Postdoctoral Researcher", "2016", "2019"),
         E("Microsoft Research Cambridge", "PhD Research Intern", "2014", "2014"),
         E("Eindhoven University of Technology", "Guest Lecturer", "2021", P)],
        5, 3,
        [B("Quiet by design: reducing non-actionable ICU alarms with a ranked dashboard", "CHI", 2024, True,
           "published"),
         B("Older adults' trust in voice assistants for medication reminders", "CSCW", 2022, False, "published"),
         B("Gaze-contingent summaries for radiology worklists", "Int. J. Hum.-Comput. Stud.", 2021, True,
           "published"),
         B("Workload-aware notifications in the operating room", "CHI EA", 2018, True, "published"),
         B("Designing calm alarms: a field study", "TOCHI", None, False, "under review")],
        ["Accessible interfaces for older adults", "clinical decision support",
         "conversational agents in healthcare"],
        1, "en",
        "Dutch senior research scientist (HCI, industry lab), Reactive Resume look (Azurill-like), WeasyPrint",
        "Reactive Resume shape: centred header with a photo circle, headline and an icon contact line (⌂ ✉ ✆ ↗); "
        "a left column with Profiles (LinkedIn, a Google Scholar line with citations, not a URL), Skills with "
        "5-segment level bars (bars have no text), Languages, Certifications, Interests; a right column with "
        "Summary, Experience, Education, Publications, Awards. Entries: organisation bold with the date at the "
        "right ('2019–now' = present, 'Summer 2014' = 2014-2014), then title with the city at the right. The TU/e "
        "guest lecturer post (0.1 fte) is a job. Publications as bold title + 'Authors — Venue Year'; venues CHI, "
        "CSCW, the abbreviated IJHCS as printed, 'CHI EA' (late-breaking work), and 'under review at TOCHI' (year "
        "not printed). First author 3 of 5. Awards: the CHI honourable mention (1); the NWO Veni is a grant "
        "(not an award) although listed under Awards; the certification is not an award. Interests section "
        "gives the research interests."),
    "05": L(
        "Jiwon Seo-Arvidsson", ["jiwon.seo.a@example.kr"], ["+821055550134"],
        ["linkedin.com/in/jiwonseoa", "github.com/jwseoa"],
        [D("Korea Advanced Institute of Science and Technology", "phd", "2016-03", "2019-08"),
         D("Seoul National University", "master", "2011-03", "2013-02"),
         D("Seoul National University", "bachelor", "2007-03", "2011-02")],
        [E("NAVER Cloud", "Lead Research Scientist", "2023-03", P),
         E("NAVER Clova AI Research", "Research Scientist", "2019-09", "2023-02"),
         E("Amazon Alexa AI", "Applied Scientist Intern", "2018-06", "2018-09"),
         E("Electronics and Telecommunications Research Institute", "Research Engineer", "2013-01", "2015-12")],
        5, 3,
        [B("Chunked cross-attention for streaming bilingual ASR", "Interspeech", 2024, True, "published"),
         B("KoDial-SSL: self-supervised speech for Korean dialects", "ICASSP", 2023, False, "published"),
         B("Hierarchical prosody latents for expressive TTS", "IEEE/ACM TASLP", 2021, True, "published"),
         B("Contrastive wake-word verification", "ICASSP", 2019, False, "published"),
         B("Speech tokens for a bilingual LLM", "arXiv", 2025, True, "preprint")],
        [], 3, "en",
        "Korean lead research scientist (speech ML, industry), Novorésumé look, WeasyPrint",
        "Novorésumé shape: dark header band with name, title and an icon contact row (Korean mobile '010-5555-0134' "
        "without country code, labelled in E.164 as the address is in South Korea; GitHub with '(3.1k ★)'); two "
        "columns. Work Experience entries: title (bold), organisation line, then italic 'MM/YYYY - Present' and "
        "city on one line, an 'Achievements/Tasks' caption and bullets. The NAVER move from Clova AI Research to "
        "NAVER Cloud is two entries with different organisation lines. The ETRI entry's title is 'Alternative "
        "Military Service — Research Engineer' (labelled 'Research Engineer'; it is a job). Education uses the "
        "same entry shape ('Ph.D. in Electrical Engineering' above the institution). Right column: skill pills, "
        "Selected Publications in IEEE style with own name bold, '*' equal contribution on the first entry "
        "(first author anyway), arXiv with id and year (preprint); 'Honor Awards' (3: company prize with an amount "
        "in KRW, best student paper, a scholarship over years); a Korean patent and an open-source project are not "
        "publications."),
    "06": L(
        "Helena Magalhães Tavares", ["helena.magalhaes@example.com.br"], ["+551155550176"], [],
        [D("Universidade de São Paulo", "phd", "2013", "2017"),
         D("INPE", "master", "2011", "2013"),
         D("Universidade Federal de Itajubá", "bachelor", "2007", "2010")],
        [E("Climatempo", "Head de Ciência do Clima", "2023-01", P),
         E("Climatempo", "Cientista de Dados Sênior", "2021-03", "2022-12"),
         E("Instituto Nacional de Pesquisas Espaciais", "Pesquisadora Visitante", "2019", "2021"),
         E("University of Reading", "Pós-doutorado", "2017-09", "2019-08"),
         E("Universidade Federal de Itajubá", "Professora Substituta", "2017", "2017")],
        4, 3,
        [B("Intensificação de extremos de chuva no Sudeste do Brasil sob CMIP6", "Geophysical Research Letters",
           2023, True, "published"),
         B("Deep-learning downscaling of daily precipitation over the La Plata basin", "Climate Dynamics", 2022,
           False, "published"),
         B("Moisture transport and the South Atlantic Convergence Zone in convection-permitting runs",
           "Journal of Climate", 2019, True, "published"),
         B("Seguro agrícola paramétrico com projeções regionais", "Revista Brasileira de Meteorologia", None, True,
           "accepted")],
        [], 2, "pt",
        "Brazilian climate scientist (industry and public research), Portuguese, Kickresume look, WeasyPrint",
        "Kickresume-like page with a full-height teal sidebar (Contato, Competências with bars, Idiomas, "
        "Certificações, Prêmios) and headings letter-spaced in the text layer ('E X P E R I Ê N C I A'). Name over "
        "two lines ('Helena Magalhães' / 'Tavares'). Experience lines 'Role @ Company' and 'Role, Organisation' "
        "with a date line below ('jan. 2023 – atual' = present, 'mar. 2021 – dez. 2022', years only, '1º sem. "
        "2017' = 2017-2017); two roles at Climatempo; the INPE visiting researcher post and the Reading postdoc "
        "are jobs (organisation labelled 'Instituto Nacional de Pesquisas Espaciais' as printed there; the "
        "'Mestrado em Meteorologia — INPE' row prints only the acronym). Education 'Doutorado em Meteorologia — "
        "Universidade de São Paulo (USP/IAG)' with '2013 – 2017 · doutorado-sanduíche na NCAR, Boulder (2015)': "
        "the sandwich stay is only a remark on the doctorate and is not a separate entry. LinkedIn printed only as "
        "'in/helena-magalhaes-tavares' and ORCID as a bare id: no link is labelled. Publications in ABNT style "
        "(surname first, own name first in 3), one '(aceito)' = accepted. Prêmios: a CAPES thesis prize honourable "
        "mention and a CNPq research-productivity fellowship (bolsa PQ, a fellowship, so an award): 2; the "
        "certification is not."),
    "07": L(
        "Aurelio Castellane-Mbeki", ["a.castellane@example.co.uk"], ["+442079460831"],
        ["https://acastellane.example.dev", "https://github.com/acastellane",
         "https://papers.ssrn.com/author=5550183"],
        [D("University of Oxford", "phd", "2013-10", "2017-07"),
         D("Università di Pisa", "master", "2011-09", "2013-07"),
         D("Università di Pisa", "bachelor", "2008-09", "2011-07")],
        [E("Man Group (AHL)", "Senior Quantitative Researcher", "2021-09", P),
         E("Man Group (AHL)", "Quantitative Researcher", "2019-03", "2021-08"),
         E("Barclays Investment Bank", "Quantitative Analyst, Rates Exotics", "2017-10", "2019-02"),
         E("Imperial College London", "Visiting Lecturer", "2022-01", P)],
        4, None,
        [B("Robust carry: term-structure signals under regime shifts", "Journal of Portfolio Management", 2024,
           None, "published"),
         B("Square-root impact in futures: evidence from 40 markets", "Quantitative Finance", 2022, None,
           "published"),
         B("Shrinkage covariance estimators for trend-following portfolios", "SSRN", 2020, None, "preprint"),
         B("Entanglement entropy in holographic superconductors", "Journal of High Energy Physics", 2016, None,
           "published")],
        [], 2, "en",
        "UK senior quantitative researcher (finance, physics PhD), JSON Resume rendered in the stackoverflow "
        "theme's look (jinja2) and printed by WeasyPrint",
        "A resume.json (schema v1.0.0, kept in src/) rendered by a jinja2 template in the look of "
        "jsonresume-theme-stackoverflow: header with label, a location line 'London, England, GB', contact and "
        "profile lines ('GitHub: https://…', 'SSRN: https://…'); sections as a left caption column. Work entries "
        "'Position at Company' with 'Mon YYYY — Present · City' (the JSON has no endDate for the current jobs); "
        "promotion at Man Group as two entries; the Barclays job is a '(contract)' (labelled without it); the "
        "Imperial visiting lecturer post overlaps (a job). Education 'DPhil, Theoretical Physics' above the "
        "institution ('Laurea Magistrale' = master, 'Laurea Triennale' = bachelor). Publications as JSON "
        "Resume prints them: title, 'Publisher · YYYY', no author list (one note 'with R. Okonkwo-Haldane'), so "
        "first authorship is not scored; 'SSRN working paper' = preprint with venue SSRN. Projects (GitHub "
        "stars) are not jobs or papers. Awards 2 (a company research award, a scholarship); the CFA line is a "
        "certificate."),
    "08": L(
        "Rafael Quintero-Abernathy", ["rafael.qa@example.com"], ["+14085550119"],
        ["linkedin.com/in/rquinteroab"],
        [D("University of Illinois Urbana-Champaign", "phd", None, "2008-06"),
         D("Instituto Tecnológico de Monterrey", "bachelor", None, "2003-05")],
        [E("Applied Materials, Inc.", "Research Director, Advanced Materials Lab", "2022-01", P),
         E("Applied Materials, Inc.", "Senior Manager, Process Integration", "2019-10", "2021-12"),
         E("Lam Research", "Principal Engineer", "2015-06", "2019-09"),
         E("Self-employed", "Independent Consultant", "2013-01", "2015-05"),
         E("Lawrence Berkeley National Laboratory", "Staff Scientist", "2010-08", "2012-12"),
         E("Massachusetts Institute of Technology", "Postdoctoral Fellow", "2008-09", "2010-07")],
        4, 3,
        [B("Area-selective deposition of TiN on metal/dielectric patterns by inhibitor dosing", "Chem. Mater.",
           2023, True, "published"),
         B("Low-temperature SiCN spacers by PEALD for gate-all-around transistors", "IEDM", 2019, False,
           "published"),
         B("Nucleation delay in ALD of HfO2 on H-terminated Si: an in-situ XPS study", "J. Vac. Sci. Technol. A",
           2012, True, "published"),
         B("Kinetic Monte Carlo of island coalescence in ALD", "Phys. Rev. B", 2009, True, "published")],
        [], 3, "en",
        "US research director (materials, semiconductor equipment), Zety résumé-builder look, WeasyPrint, 2 pages",
        "Zety-like US résumé: name in synthesised small caps (the text layer reads 'Rafael QuinteRo-abeRnathy, "
        "Ph.D.'), title line, a ruled 'Address: … Phone: … E-mail: … LinkedIn: …' line, a running header from page "
        "2. Skills grid with ●●●●○ level dots. Work History as a table: left cell 'YYYY-MM - Current' (present) "
        "or 'YYYY-MM - YYYY-MM' with a wrapped '(2 yrs 3 mos)' duration line, right cell title (bold) over "
        "'Company – City, ST' (italic); two roles at Applied Materials; independent consulting as 'Self-employed' "
        "is a job. Education rows with one 'YYYY-MM' completion date (end only), 'Ph.D.: Field' and 'Bachelor "
        "of Science: Field'. 'Selected Publications & Patents' mixes 4 papers (counted; subscript 'HfO2' in one "
        "title) and 2 US patents (not counted). 'Accomplishments' = awards (3: company award, an AVS finalist "
        "honour, a Fulbright scholarship); certifications and affiliations are not.",
        name_any=["Rafael Quintero-Abernathy, Ph.D."]),
    "09": L(
        "Friederike Brandstätter-Oduya", ["f.brandstaetter@example.de"], ["+496215550148"],
        ["xing.example.de/profile/Friederike_BrandstaetterOduya"],
        [D("Karlsruher Institut für Technologie", "phd", "2013-09", "2017-06"),
         D("Karlsruher Institut für Technologie", "master", "2010-10", "2013-07"),
         D("Universität Stuttgart", "bachelor", "2007-10", "2010-09"),
         D("Bismarck-Gymnasium Karlsruhe", "other", None, "2007-06")],
        [E("BASF SE", "Senior Scientist", "2022-01", P),
         E("BASF SE", "Research Scientist", "2019-03", "2021-12"),
         E("Fraunhofer-Institut für Silicatforschung ISC", "Wissenschaftliche Mitarbeiterin", "2017-10",
           "2019-02"),
         E("Karlsruher Institut für Technologie", "Doktorandin / wissenschaftliche Mitarbeiterin", "2013-09",
           "2017-06"),
         E("University of Cambridge", "Gastwissenschaftlerin", "2016-04", "2016-06"),
         E("Robert Bosch GmbH", "Werkstudentin", "2012", "2012")],
        4, 3,
        [B("Chlorid-reiche Argyrodite mit stabiler Lithium-Grenzfläche", "Adv. Energy Mater.", 2024, True,
           "published"),
         B("Dry-coated cathode composites for sulfide solid-state cells", "ACS Energy Lett.", 2022, False,
           "published"),
         B("Operando impedance of Li|Li6PS5Cl interphases", "J. Mater. Chem. A", 2017, True, "published"),
         B("Void formation at lithium anodes under stack pressure", "Batteries & Supercaps", None, True,
           "under review")],
        [], 3, "de",
        "German senior scientist (battery materials, chemical industry), Word Lebenslauf in borderless tables, "
        "python-docx kept as DOCX",
        "Lebenslauf in German: header table with 'Dr.' name, subtitle and label lines (Anschrift, Telefon, E-Mail, "
        "Geburtsdatum, Staatsangehörigkeit, XING) and a shaded 'Foto' cell; headings as capitalised paragraphs "
        "with a bottom border; every section a borderless two-column table with 'MM.YYYY – MM.YYYY' or "
        "'03.2019 – heute' (present) at the left. The BASF row has one date range for the whole company and two "
        "roles below it as italic lines with their own dates in parentheses ('Senior Scientist … (seit 01.2022)', "
        "'Research Scientist … (03.2019 – 12.2021)'): two jobs. 'Elternzeit' (parental leave) is a gap, not a job. "
        "The Cambridge stay (Gastwissenschaftlerin) overlaps the KIT post; 'Sommer 2012' at Bosch = 2012-2012. "
        "Education: Promotion (Dr.-Ing.), M.Sc., B.Sc. and the Abitur (level 'other', end only). Publications "
        "(Auswahl) in ACS style with abbreviated journals, one '(eingereicht)' = under review. A European patent "
        "application is not a publication. Awards 3 (company team award, dissertation prize with amount, DAAD "
        "short-term scholarship). Footer 'Seite 1/2' is static text. Dated place line at the end.",
        name_any=["Dr. Friederike Brandstätter-Oduya"]),
    "10": L(
        "Ines Achterberg-Mwangi", ["ines.am@example.ch"], ["+41615550172"],
        ["github.com/ines-am", "orcid.org/0000-0001-5550-1172"],
        [D("University of Cambridge", "phd", "2012", "2016"),
         D("Vrije Universiteit Amsterdam", "master", "2009", "2011"),
         D("University of Nairobi", "bachelor", None, "2008")],
        [E("Roche", "Principal Scientist", "2022-01", P),
         E("Roche", "Senior Scientist", "2019-09", "2021-12"),
         E("University of Basel", "Lecturer", "2020", P),
         E("ETH Zürich", "Postdoctoral Fellow", "2016", "2019"),
         E("Broad Institute of MIT and Harvard", "Visiting Researcher", "2017", "2017"),
         E("Illumina", "Data Scientist", "2011", "2012")],
        6, 4,
        [B("Zero-shot perturbation prediction with a single-cell foundation model", "Nature Methods", 2025, True,
           "in press"),
         B("scLineage: variational lineage reconstruction from CRISPR barcodes", "Cell Systems", 2021, False,
           "published"),
         B("Lineage-aware differential expression", "Bioinformatics", 2020, True, "published"),
         B("Benchmarking perturbation models across 40 CRISPR screens", "bioRxiv", 2024, True, "preprint"),
         B("Contrastive cell embeddings", "ICML Workshop", 2023, False, "published"),
         B("Gene-regulatory priors for cell-state transitions", "Genome Biology", None, True, "under review")],
        [], 3, "en",
        "Swiss-based principal scientist (computational biology, pharma; academic teaching), hand-written Typst "
        "two-column layout (main left, sidebar right)",
        "Typst page in the 'main column + right sidebar' look of Typst Universe résumé templates: name and "
        "subtitle at the left, contact stacked at the right (no labels; GitHub and ORCID as bare hosts/paths). "
        "Experience entries: bold title with the date at the right ('Jan '22 – Present', 'Sep '19 – Dec '21' with "
        "apostrophe years, '2020 – now', 'Summer 2017' = 2017-2017, '2011 – 2012 (1 yr 2 mos)'), then the "
        "organisation in italics with the city at the right; the organisation lines carry a unit after a dash "
        "('Roche — Pharma Research and Early Development (pRED), Data & Analytics', labelled 'Roche'; 'ETH "
        "Zürich, Department of …' labelled 'ETH Zürich'). The Basel lecturer post is a teaching job; the contract "
        "job at Illumina is a job (title labelled without '(contract)'). Sidebar Education: 'PhD, Computational "
        "Biology' / institution / years; the BSc has 'University of Nairobi, 2008' on one line (end only). "
        "Selected publications numbered [1]..[6], own name bold, '†' equal contribution explained inline (first "
        "entry, first author anyway), '(2025, in press)', bioRxiv with id = preprint, an ICML workshop paper "
        "(venue 'ICML Workshop'), 'Submitted to Genome Biology' = under review; a 'Full list: 31 papers, Google "
        "Scholar: 2,000+ citations' line (not a paper). Awards 3 (EMBO fellowship, company prize with CHF amount, "
        "graduate prize). Open-source projects with stars and service are not jobs or papers."),
    "11": L(
        "Vikram Subramanya-Iyer", ["vikram.si@example.in"], ["+918055550199"],
        ["linkedin.com/in/vikram-subramanya-iyer", "github.com/vsiyer-vlsi"],
        [D("Indian Institute of Technology Madras", "master", None, "2011"),
         D("R.V. College of Engineering", "bachelor", None, "2009")],
        [E("Qualcomm India Pvt. Ltd.", "Staff Engineer / Manager, Physical Design CAD", "2021-04", P),
         E("Qualcomm India Pvt. Ltd.", "Senior Lead Engineer", "2018-07", "2021-03"),
         E("Intel Technology India Pvt. Ltd.", "Physical Design Engineer, Graphics Hardware", "2015-08", "2018-06"),
         E("Tata Elxsi", "Senior Engineer - VLSI Services", "2013-06", "2015-07"),
         E("Indian Institute of Science", "Project Associate", "2012-01", "2013-05")],
        5, 4,
        [B("Graph neural networks for early IR-drop prediction in sub-5nm power grids", "DAC", 2024, True,
           "published"),
         B("Congestion-aware placement with learned cost maps", "ICCAD", 2022, False, "published"),
         B("UPF-driven power-switch planning for accelerator tiles", "VLSI Design", 2019, True, "published"),
         B("A 0.4 V 8T SRAM with read-assist in 65 nm", "ISCAS", 2013, True, "published"),
         B("Learned timing-closure agents for block-level ECO", "arXiv", 2025, True, "preprint")],
        [], 4, "en",
        "Indian staff engineer (chip design / VLSI physical design, industry), ATS-friendly plain-text résumé",
        "Plain text as résumé sites recommend for applicant-tracking systems: capitalised name, '|'-separated "
        "contact line (Bengaluru landline-style number '+91-80-5555-0199'), headings underlined with dashes. "
        "Work Experience: company line ('Qualcomm India Pvt. Ltd., Bengaluru') with two indented role lines and "
        "dates padded to a right column ('Apr 2021 - Present'); a contract role as 'Tata Elxsi (client: Texas "
        "Instruments), Bengaluru' with the dates and '(2 yrs 2 mos)' on the company line and the title 'Senior "
        "Engineer - VLSI Services (contract)' below (employer labelled 'Tata Elxsi', title without "
        "'(contract)'); an IISc project-associate post is a job. Education in one line each: "
        "'M.Tech, Field - Institution, 2011 (CGPA …)' and 'B.E., Field - R.V. College of Engineering, Bengaluru "
        "(VTU), 2009 (…)': end only. Publications numbered 1-5 in IEEE style with quoted titles, own name first "
        "in 4; venues DAC, ICCAD, VLSI Design, 'IEEE ISCAS' (ISCAS), arXiv with '(preprint)'. Patents, talks "
        "and certifications are not publications or awards. Awards & Recognition: 4 lines (the QualStar line "
        "'(x3: 2019, 2022, 2024)' is counted once; a best-paper award with an INR amount; a gold medal)."),
    "12": L(
        "Theodora Vance-Okoro", ["teddie.vo@example.org"], ["+12065550163"],
        ["teddievo.example.org", "scholar.google.com/citations?user=TvO5550AAAAJ"],
        [D("Carnegie Mellon University", "phd", "2006", "2011"),
         D("University of Lagos", "bachelor", "2001", "2005")],
        [E("University of Washington", "Professor of Practice", "2024-09", P),
         E("Adobe Research", "Research Director, Creative Intelligence Lab", "2020", "2024-08"),
         E("Adobe Research", "Principal Scientist", "2016", "2020"),
         E("Autodesk Research", "Senior Research Scientist", "2012", "2016"),
         E("Stanford University", "Lecturer", "2015", "2016")],
        5, 4,
        [B("Steering, not prompting: direct manipulation of diffusion latents", "CHI", 2024, True, "published"),
         B("When to ask the designer: uncertainty-aware suggestions in layout tools", "UIST", 2023, False,
           "published"),
         B("Co-creative colour palettes with language models", "CSCW", 2021, True, "published"),
         B("Provenance views for collaborative image editing", "TOCHI", 2019, True, "published"),
         B("A field study of AI features in professional image editing", "CHI", None, True, "under review")],
        [], 4, "en",
        "US research director turned professor of practice (HCI / human-AI interaction), Google Docs "
        "'Spearmint'-like template exported as DOCX (python-docx)",
        "Google Docs résumé-template shape: big serif name with a quoted nickname ('Theodora “Teddie” "
        "Vance-Okoro'), a teal capitalised subtitle, one contact line with '·' separators; headings are ordinary "
        "paragraphs in teal all-caps (no heading styles). Entries as '**Organisation**, City — *Title*' with an "
        "all-caps date line below ('SEPTEMBER 2024 – PRESENT' via w:caps, '2020 – AUG 2024', years only); two "
        "roles at Adobe Research; 'Toronto, ON (Remote after 2014)'; the Stanford part-time lecturer entry has "
        "'Spring 2015, Spring 2016' (start 2015, end 2016); 'Career break, Seattle, WA — Family leave and independent "
        "consulting…' is a gap, not a job. Education uses the same entry shape (years as ranges). Selected "
        "Publications in APA with the year after the authors and the venue at the end ('CHI 2024', 'TOCHI "
        "26(4)'), 'Under review at CHI 2026' (status under review, no year). Patents paragraph not counted. "
        "Awards 4 bullets (CHI Academy, UIST Lasting Impact, a company award, Siebel Scholar).",
        name_any=["Theodora Teddie Vance-Okoro", "Teddie Vance-Okoro"]),
}
