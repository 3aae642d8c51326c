"""Hand-written labels of heldout17 (score.py format). make_heldout17.py adds the "file" key."""
from __future__ import annotations


def E(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS: dict[str, dict] = {}

LABELS["01"] = {
    "name": "Marisol E. Thornquist-Abara",
    "name_any": ["Marisol Thornquist-Abara", "Thornquist-Abara, Marisol E.", "Marisol E Thornquist-Abara"],
    "emails": [], "phones": [],
    "links": ["https://www.ncbi.nlm.nih.gov/myncbi/marisol.thornquist-abara.1/bibliography/public/"],
    "education": [
        E("Rice University", "bachelor", None, "2006-05"),
        E("Johns Hopkins University School of Medicine", "phd", None, "2012-06"),
    ],
    "experience": [
        J("University of Michigan Medical School", "Associate Professor (with tenure)", "2023", "present"),
        J("University of Michigan Medical School", "Assistant Professor", "2016", "2023"),
        J("Washington University School of Medicine", "Postdoctoral Research Associate", "2012", "2016"),
    ],
    "publications_count": 11,
    "first_author_count": 6,
    "publications_sample": [
        P("Macrophage-derived lactate restrains memory precursor formation in tumour-infiltrating CD8 T cells",
          "J Exp Med", 2023, True, "published"),
        P("Monocarboxylate transporter 1 marks exhausted T cells that can be rescued by PD-1 blockade",
          "Cancer Immunol Res", 2024, True, "in press"),
        P("Drp1-dependent fission licenses glycolytic reprogramming in primed CD8 T cells", "Immunity", 2011, True,
          "published"),
        P("Acetate rescues effector function in glucose-restricted T cells", "Cell Rep", 2016, False, "published"),
        P("Tissue-resident memory T cells tolerate lactate through LDHB", "bioRxiv", 2024, False, "preprint"),
        P("Lactate sensing by GPR81 on intestinal CD8 T cells", None, None, False, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 4,
    "language": "en",
    "layout": "US NIH Biographical Sketch (OMB 0925-0001/0002 form shape) in Word, python-docx",
    "notes": "NIH biosketch: running header with the OMB number; 'NAME: Thornquist-Abara, Marisol E.' (surname first), "
             "eRA Commons user name, POSITION TITLE; no e-mail, phone or address anywhere (so both lists are empty). "
             "EDUCATION/TRAINING grid with 'Completion Date MM/YYYY' (end only): BA Rice 05/2006, PHD Johns Hopkins "
             "06/2012, and a 'Postdoctoral Fellow' row (WashU 08/2016) that is training shown again under Positions: "
             "labelled as the job only. A. Personal Statement with 'Ongoing and recently completed projects' (an R01 "
             "and the Pew programme as funding lines, not jobs) and three numbered 'Citations' (1 and 3 appear again "
             "under C.). B. Positions, Scientific Appointments and Honors: 'YYYY –' open ranges (end present) and "
             "'YYYY – YYYY' in a tab column; a study-section membership and an AAI membership are service, not jobs; "
             "Honors: 4 (investigator award, Pew Scholar, Irvington fellowship, graduate prize). C. Contribution to "
             "Science: 3 narrative paragraphs each followed by a./b./c. citations in NLM style, own name bold, PMCIDs, "
             "'et al.', a bioRxiv preprint and a 'Submitted.' manuscript. 11 distinct papers (14 citations, 3 repeats); "
             "first author on 6, one of them as '*' equal contribution with the first author (explained under the "
             "citations). '2024 (in press)' = in press with year 2024. Link: 'Complete List of Published Work in My "
             "Bibliography' URL.",
}

LABELS["02"] = {
    "name": "Dariela Montoya-Achterberg",
    "name_any": [],
    "emails": [], "phones": [],
    "links": ["https://orcid.org/0000-0003-1946-5528"],
    "education": [
        E("University of California, Davis", "phd", None, "2019-06"),
        E("Universidad de Sonora", "bachelor", None, "2012-06"),
    ],
    "experience": [
        J("University of Arizona", "Assistant Professor", "2021", "present"),
        J("University of Arizona", "NSF Postdoctoral Research Fellow in Biology", "2019", "2021"),
        J("Comisión Nacional de Áreas Naturales Protegidas (CONANP)", "Field Technician", "2012", "2013"),
    ],
    "publications_count": 8,
    "first_author_count": 5,
    "publications_sample": [
        P("Drought legacies in desert annual seed banks across a 40-year record", "Ecology Letters", 2024, True,
          "published"),
        P("Buffelgrass invasion alters soil moisture pulses in the Sonoran Desert", "Journal of Ecology", 2023, False,
          "published"),
        P("Microsite facilitation by nurse shrubs weakens under heat waves", "Oecologia", 2025, True, "in press"),
        P("Remote sensing of ephemeral greening in arid lands", "Remote Sensing of Environment", None, False,
          "under review"),
        P("desertseed: an R package for seed-bank demography", "Methods in Ecology and Evolution", 2020, False,
          "published"),
    ],
    "research_interests_any": [],
    "awards_count": 0,
    "language": "en",
    "layout": "NSF biosketch in the SciENcv PDF shape; ODT written with odfpy, printed to PDF by LibreOffice",
    "notes": "SciENcv NSF biosketch (2024 common form): 'IDENTIFYING INFORMATION:' with 'NAME:', 'ORCID iD:' (the only "
             "link), 'POSITION TITLE:', 'PRIMARY ORGANIZATION AND LOCATION:'; no e-mail or phone. Professional "
             "Preparation grid (ORGANIZATION AND LOCATION | DEGREE | RECEIPT DATE | FIELD OF STUDY) with the degree "
             "column wrapping and 'PHD'/'BS' in capitals; RECEIPT DATE MM/YYYY = end only; the postdoctoral row "
             "('2019 - 2021') is the fellowship also listed under Appointments and Positions, labelled as a job only. "
             "Appointments as 'YYYY - present'/'YYYY - YYYY' + 'Title, Organization, Department, City, State, Country' "
             "lines. Products: 'Most Closely Related' (5) and 'Other Significant' (3), numbering restarting at 1; NLM-ish "
             "'Journal. 2024 March; 27(3):e14388. DOI'; 'Forthcoming 2025' = in press 2025; 'Submitted to Remote Sensing "
             "of Environment. 2025.' = under review, year not scored; a DOI'd dataset counted as a product (8). No "
             "awards section (awards_count 0; the NSF postdoctoral fellowship is a position here). Certification text "
             "and the SciENcv footer on both pages.",
}

LABELS["03"] = {
    "name": "Henrike Vosskamp-Ilunga",
    "name_any": [],
    "emails": ["h.vosskamp-ilunga@kit.example.edu"],
    "phones": ["+497215550193"],
    "links": ["https://vosskamp-lab.example.org"],
    "education": [
        E("Westfälische Wilhelms-Universität Münster", "phd", "2018-10", "2022-03"),
        E("Technische Universität Dresden", "master", "2016-10", "2018-09"),
        E("Universität Leipzig", "bachelor", "2013-10", "2016-09"),
    ],
    "experience": [
        J("Karlsruhe Institute of Technology (KIT), Helmholtz Institute Ulm",
          "Postdoctoral Researcher, Solid-State Batteries group", "2022-04", "present"),
        J("BASF SE", "Research Intern, Battery Materials", "2017-07", "2017-12"),
        J("Westfälische Wilhelms-Universität Münster, MEET Battery Research Center", "Doctoral Researcher",
          "2018-10", "2022-03"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Lithium-ion transport across argyrodite/NCM interphases resolved by operando diffraction",
          "Advanced Energy Materials", 2024, True, "published"),
        P("Sodium thioantimonate electrolytes with halide substitution for room-temperature sodium cells",
          "ACS Energy Letters", 2023, True, "published"),
        P("An open data format for battery cycling experiments", "Batteries & Supercaps", 2025, False, "in press"),
        P("Chlorine gradients stabilise sulfide electrolytes against oxide cathodes", "Nature Energy", None, True,
          "under review"),
    ],
    "research_interests_any": ["Solid-state electrolytes for lithium and sodium batteries",
                               "interphase chemistry at high-nickel cathodes",
                               "operando X-ray diffraction and impedance spectroscopy"],
    "awards_count": 3,
    "language": "en",
    "layout": "RenderCV 2.x, sb2nov theme (YAML -> Typst -> PDF), A4, 2 pages",
    "notes": "RenderCV sb2nov: 'Last updated in Mar 2025' top right, centred name, icon row (location, e-mail, phone "
             "reformatted by RenderCV to the national '0721 5550193', homepage shown without scheme, ORCID and GitHub "
             "shown only as id/username: the homepage is the label's link). Sections Research Focus (one paragraph: "
             "interests), Education (institution bold + location right; 'Dr. rer. nat. in Chemistry (Electrochemistry)' "
             "+ 'Oct 2018 – Mar 2022' right; 'Sept 2018' spelling), Experience (title bold first, organisation italic "
             "second; the doctoral researcher post at MEET is a job overlapping the doctorate; 'July 2017'), "
             "Publications (title bold, date right 'May 2024', authors with own name bold italic, DOI link then the "
             "journal in parentheses; the journal field carries '(in press)' and '(under review)': statuses; the "
             "under-review paper's 2025 is not scored; '*' = equal contribution per the Footnote section, with the first "
             "author -> first authorship: 4 of 5), Awards and Fellowships as '◦ YYYY: …' bullets (a prize, a "
             "dissertation prize, an FCI doctoral fellowship: 3), Skills label rows, and a section literally titled "
             "'Footnote'. Page footer 'Name - Page 1 of 2'.",
}

LABELS["04"] = {
    "name": "Oluwaseun Brandt-Mikkelsen",
    "name_any": [],
    "emails": ["seun.brandt@example.dk"],
    "phones": ["+4555500137"],
    "links": ["https://seun-bm.example.dk"],
    "education": [
        E("University of Copenhagen", "master", "2014-09", "2016-01"),
        E("University of Ibadan", "bachelor", "2009-10", "2013-11"),
    ],
    "experience": [
        J("Novo Nordisk", "Senior Clinical Data Scientist, Biostatistics & Data Science", "2021-09", "present"),
        J("IQVIA", "Biostatistician II", "2018-03", "2021-08"),
        J("Statens Serum Institut", "Research Assistant, Department of Epidemiology Research", "2016-02", "2018-02"),
    ],
    "publications_count": 3,
    "first_author_count": 1,
    "publications_sample": [
        P("Bayesian Emax models for dose selection in obesity trials: a case study", "Pharmaceutical Statistics",
          2024, True, "published"),
        P("Open-source R packages for ADaM derivation in a regulated environment",
          "Therapeutic Innovation & Regulatory Science", 2023, False, "published"),
        P("Proton pump inhibitor use and risk of hip fracture: a Danish nationwide cohort",
          "Pharmacoepidemiology and Drug Safety", 2018, False, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "JSON Resume (resume.json, schema v1.0.0) rendered by jsonresume-theme-even 0.26.1, HTML printed by "
              "WeasyPrint, 4 narrow pages",
    "notes": "The 'even' theme prints a grey header card (name, label, summary, then centred icon lines: city, "
             "e-mail, phone, homepage without scheme, 'seun-brandt-mikkelsen (LinkedIn)', 'seunbm (GitHub)': profiles "
             "shown as usernames, so only the homepage is labelled), then one narrow column: Work as 'Position' (bold, "
             "wrapping) / 'Company' (coloured) / 'Sep 2021 – Present' / location / summary / bullets, Volunteer (a "
             "PSI committee role: not a job), Education ('MSc in Biostatistics' under the institution, 'Sep 2014 – Jan "
             "2016'), Awards ('Awarded by …', month-year; 2), Certificates (not an award), Publications as title / "
             "'Published by <journal>' / month-year / author line from the summary field (first author on 1 of 3), "
             "Skills keyword chips, Languages, Interests (hobby-like keywords, not research interests: not scored).",
}

LABELS["05"] = {
    "name": "Femke Oyelaran-Bakker",
    "name_any": [],
    "emails": ["f.oyelaran-bakker@tudelft.example.nl"],
    "phones": ["+31655500148"],
    "links": ["https://femke-ob.example.nl"],
    "education": [
        E("Delft University of Technology", "phd", "2021", "present"),
        E("Delft University of Technology", "master", "2018", "2020"),
        E("ETH Zürich", "other", "2019-09", "2019-12"),
        E("Utrecht University", "bachelor", "2015", "2018"),
    ],
    "experience": [
        J("Delft University of Technology", "PhD researcher (promovendus)", "2021-03", "present"),
        J("Deltares", "Junior hydrologist", "2020-09", "2021-02"),
        J("Hoogheemraadschap van Rijnland", "Graduate intern, groundwater team", "2020-02", "2020-07"),
        J("Utrecht University", "Student assistant, Hydrology I (part time)", "2017", "2018"),
    ],
    "publications_count": 6,
    "first_author_count": 5,
    "publications_sample": [
        P("Ditch water levels as a sensor of polder groundwater during the 2022 drought",
          "Hydrology and Earth System Sciences", 2024, True, "published"),
        P("Peat subsidence and summer drought: a coupled model study", "Journal of Hydrology", 2023, False,
          "published"),
        P("Ensemble Kalman filtering of soil moisture in lowland catchments", "Water Resources Research", None, True,
          "in press"),
        P("Salt intrusion in Rhine branches under low discharge", "Journal of Hydrology: Regional Studies", None, True,
          "under review"),
        P("A benchmark of polder groundwater models", None, None, True, "in preparation"),
        P("Can ditches tell us about drought?", "EGU General Assembly 2023", 2023, True, "published"),
    ],
    "research_interests_any": ["Catchment hydrology", "groundwater–surface water exchange in lowland polders",
                               "data assimilation for hydrological models"],
    "awards_count": 2,
    "language": "en",
    "layout": "Emacs 28 Org mode -> org-latex export (article) -> pdfLaTeX, 2 pages",
    "notes": "Org export: a \\maketitle block with 'Curriculum Vitae' as the title, the name as author with a "
             "\\thanks footnote mark '∗' and the e-mail repeated as a footnote at the bottom of page 1, 'February 2025' "
             "as date; contact lines below (phone, e-mail, homepage, 'GitHub: femkeob' as a hyperlinked username). "
             "Education as an Org description list ('2021--present :: …', label in bold, body wrapping under it): PhD "
             "'2021–present' with 'Expected defence: autumn 2025' (end present, as printed), MSc, an ETH exchange "
             "semester '2019 (Sep–Dec)' (education of level other, 2019-09..2019-12), BSc. Work experience is an Org "
             "table 'Period | Position | Organisation' with '03/2021 – now' and a years-only row. Publications under "
             "three sub-headings whose numbered lists restart at 1 in the PDF (the Org source numbers 1-6): own name "
             "bold, Copernicus style 'Journal, vol, pages, year.', 'in press' (no year), 'submitted to' (under "
             "review), 'in preparation', and an EGU abstract (counted; venue as printed). 'Grants and awards' mixes a "
             "KNAW travel grant (a grant, not counted) with 2 awards.",
}

LABELS["06"] = {
    "name": "Renata Sayuri Oliveira-Takahashi",
    "name_any": [],
    "emails": [],
    "phones": ["+556255501187"],
    "links": ["http://lattes.cnpq.br/4417092835561208", "https://orcid.org/0000-0002-5831-6649"],
    "education": [
        E("Universidade Federal de Viçosa", "phd", "2006", "2010"),
        E("Universidade Federal de Viçosa", "master", "2004", "2006"),
        E("Universidade Federal de Lavras", "bachelor", "1999", "2003"),
    ],
    "experience": [
        J("Universidade Federal de Goiás", "Professora Associada", "2018", "present"),
        J("Universidade Federal de Goiás", "Professora Adjunta", "2013", "2018"),
        J("Empresa Brasileira de Pesquisa Agropecuária, EMBRAPA",
          "Pesquisadora de pós-doutorado (PNPD/CAPES)", "2011", "2012"),
    ],
    "publications_count": 8,
    "first_author_count": 5,
    "publications_sample": [
        P("Nitrogen release from Urochloa and pigeon pea residues in integrated crop-livestock systems",
          "Pesquisa Agropecuária Brasileira", 2024, True, "published"),
        P("Produtividade do feijão-comum após plantas de cobertura em semeadura direta", "Revista Ceres", 2023, False,
          "published"),
        P("Cover crop mixtures and soil nitrogen mineralization in the Brazilian Cerrado", "Field Crops Research", 2021,
          True, "published"),
        P("Legume cover crops and common bean yield stability over eight seasons", "Agronomy Journal", 2025, False,
          "accepted"),
        P("Plantas de cobertura no Cerrado", "Sistemas integrados de produção agropecuária", 2020, True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "pt",
    "layout": "Brazilian Currículo Lattes (CNPq) PDF shape, AsciiDoc rendered by asciidoctor-pdf",
    "notes": "Lattes: centred name, CNPq productivity-fellow line, 'Endereço para acessar este CV: http://lattes.cnpq.br/…', "
             "ID Lattes, 'Última atualização'; a third-person 'Resumo' paragraph that repeats degrees with years; "
             "Identificação label table with 'Nome em citações bibliográficas' (citation forms, not the name); "
             "professional address with 'Telefone: (62) 5550-1187' (Brazil, +55). 'Formação acadêmica/titulação': "
             "'YYYY - YYYY' rows with Doutorado/Mestrado/Graduação, institution 'Universidade Federal de Viçosa, UFV, "
             "Brasil.', 'com período sanduíche em University of Florida' (part of the doctorate, not a separate entry), "
             "Título, Orientador, Bolsista do(a) CAPES/CNPq (scholarships inside degree entries, not awards). "
             "'Pós-doutorado' at Embrapa is a separate section: labelled as the job of 'Atuação Profissional'. Atuação "
             "Profissional: employer in bold, 'Vínculo institucional' rows '2018 - Atual' (present) with 'Enquadramento "
             "Funcional: Professora Associada' = title; an 'Atividades' row (programme coordinator since 03/2020) is a "
             "duty within the post, not a job. Projetos de pesquisa = grants. Prêmios e títulos: 3. Produções: "
             "'Artigos completos publicados em periódicos' (5, ABNT style, authors in capitals, own citation name bold, "
             "'v. 59, p. e03412, 2024.'), 'Artigos aceitos para publicação' (1, accepted, 2025), a book chapter 'In: "
             "… (Org.). <book>' (venue = the book) and a full paper in congress proceedings: 8, first author on 5. "
             "Footer line 'Página gerada pelo Sistema Currículo Lattes em …'.",
}

LABELS["07"] = {
    "name": "Lorena Acebedo-Thiele",
    "name_any": [],
    "emails": ["lacebedo@usal.example.es"],
    "phones": ["+34923555017"],
    "education": [
        E("Universidad de Salamanca", None, None, "2009-06"),
        E("Universidad Complutense de Madrid", "phd", None, "2016-06"),
        E("Universidad Complutense de Madrid", "master", None, "2010"),
    ],
    "experience": [
        J("Universidad de Salamanca", "Profesora Contratada Doctora", "2021-09", "present"),
        J("Universidad de Salamanca", "Profesora Ayudante Doctora", "2018-09", "2021-08"),
        J("University of Warwick", "Investigadora postdoctoral (Marie Skłodowska-Curie)", "2016-10", "2018-08"),
        J("Universidad Complutense de Madrid", "Personal investigador en formación (FPU)", "2011-10", "2015-09"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        P("Los censos consignativos como crédito campesino en Castilla, 1560-1620",
          "Hispania. Revista Española de Historia", 2023, True, "published"),
        P("Brotherhoods as lenders: confraternity credit in early modern Castile", "Continuity and Change", 2021, True,
          "published"),
        P("Notarios rurales y mercado del crédito en el valle del Duero", "Studia Historica. Historia Moderna", 2020,
          False, "published"),
        P("Women creditors in seventeenth-century Castile", "Past & Present", None, True, "in press"),
        P("Cofradías, censos y pobreza en Medina de Rioseco", None, 2019, True, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "es",
    "layout": "Spanish CVN (FECYT Currículum Vitae Normalizado) shape; Word file (python-docx) printed by LibreOffice",
    "notes": "CVN: cover page (name, 'Generado desde: Universidad de Salamanca', 'Fecha del documento', CVN-XML notice "
             "with the cvn.fecyt.es URL: not the candidate's link), running header 'CURRÍCULUM VITAE NORMALIZADO  FECYT  "
             "CVN' and footer 'Fecha del CVN'. Every entry is 'Label: value' pairs two to a line, values wrapping inside "
             "their half ('Entidad empleadora: Universidad de / Salamanca'). Datos de identificación: Apellidos / "
             "Nombre split (name = Nombre + Apellidos), DNI, ORCID as a bare code, 'Correo electrónico', 'Teléfono fijo: "
             "(+34) 923 555 017'. Situación profesional actual: 'Fecha de inicio: 01/09/2021' only (current post: end "
             "present). Cargos anteriores: a summary table (start dates only; 'Universidad de Warwick') then the same "
             "posts in detail with 'Fecha de inicio-fin: dd/mm/yyyy - dd/mm/yyyy' (one job each). Formación: "
             "Licenciatura en Historia (level not scored, as heldout15), Doctorado with 'Fecha de titulación' (end "
             "only) and thesis fields, Máster '2010'. Publications as 'Authors. (1/2). Year. Title. Journal. vol-issue, "
             "pp.' with 'Posición de firma' (own position: first on 4 of 5) and 'Autor de correspondencia'; a book "
             "(counted, no venue); 'Aceptado, en prensa' = in press, no year. A competitive project (AEI) is a grant. "
             "Premios: 2. ANECA accreditation and sexenios (in the summary) are not awards.",
}

LABELS["08"] = {
    "name": "Joanna Tremblay-Osei",
    "name_any": ["Dr. Joanna Tremblay-Osei"],
    "emails": ["tremblaj@mcmaster.example.ca"],
    "phones": ["+19055550164"],
    "links": ["https://tremblay-osei-lab.example.ca"],
    "education": [
        E("University of Toronto", "phd", "2011-09", "2016-06"),
        E("Université de Montréal", "master", "2009-09", "2011-08"),
        E("McGill University", "bachelor", "2005-09", "2009-05"),
    ],
    "experience": [
        J("McMaster University", "Associate Professor", "2022-07", "present"),
        J("McMaster University", "Assistant Professor", "2018-07", "2022-06"),
        J("McGill University", "Banting Postdoctoral Fellow", "2016-09", "2018-06"),
    ],
    "publications_count": 6,
    "first_author_count": 3,
    "publications_sample": [
        P("Ten-minute interval sessions improve insulin sensitivity in older adults with type 2 diabetes: a randomized "
          "trial", "Diabetologia", 2024, True, "published"),
        P("Muscle mitochondrial respiration after detraining in older women", "Journal of Applied Physiology", 2023,
          False, "published"),
        P("Adherence to home-based interval training in rural Ontario", "Applied Physiology, Nutrition, and Metabolism",
          2025, False, "accepted"),
        P("Exercise snacks for glycaemic control: a systematic review and meta-analysis", "Sports Medicine", None, False,
          "under review"),
        P("Les effets de l'entraînement par intervalles sur la glycémie postprandiale", "Science & Sports", 2012, True,
          "published"),
    ],
    "research_interests_any": ["Exercise as medicine in type 2 diabetes", "skeletal muscle mitochondrial biology",
                               "time-efficient interval training"],
    "awards_count": 3,
    "language": "en",
    "layout": "Canadian Common CV 'CIHR Academic CV' export shape, drawn with fpdf2 (DejaVu Sans), 3 pages",
    "notes": "CCV export: running header 'Name … CIHR Academic CV', 'Page n of N' footer; title block 'Dr. Joanna "
             "Tremblay-Osei' with correspondence language, sex, date of birth '1987-03' (not a date of anything "
             "labelled), residency. Label column + value column throughout, with multi-line values. Contact "
             "Information: 'Work (*)    905-555-0164    extension 23318' (the extension is not part of the number), "
             "'Work (*)  e-mail', 'Personal  URL'. Language Skills as a monospaced grid. Degrees with CCV's 'yyyy/m - "
             "yyyy/m' dates and 'Doctorate, Doctor of Philosophy (PhD), <field>, <institution>' (the supervisors' own "
             "date ranges repeat the degree's). Recognitions (3: Ontario ERA, CSEP award, Banting fellowship, each "
             "with 'Prize / Award' or 'Distinction' and an amount). User Profile label rows, including 'Research "
             "Interests' (interests) and keywords. Employment: current post printed with its start only ('2022/7': "
             "end present), Tenure Status lines. Research Funding History (3 grants, not awards). Journal Articles: 6, "
             "'Authors (Year). Title. Journal. vol(issue): pages.' then 'Published, Refereed?: Yes' / 'Accepted' / "
             "'Submitted' status lines; the candidate is marked '*' = Presenting Author (not authorship order): first "
             "author on 3.",
}

LABELS["09"] = {
    "name": "Kirrily J. Ashcombe-Naidu",
    "name_any": ["Kirrily Ashcombe-Naidu", "Dr Kirrily J. Ashcombe-Naidu", "Kirrily J Ashcombe-Naidu"],
    "emails": ["kirrily.ashcombe@jcu.example.edu.au"],
    "phones": ["+61755501742"],
    "education": [
        E("James Cook University", "phd", "2013", "2017"),
        E("The University of Queensland", "bachelor", None, "2012"),
        E("The University of Queensland", "bachelor", "2009", "2011"),
        E("James Cook University", "other", None, "2022"),
    ],
    "experience": [
        J("James Cook University", "Lecturer (Level B)", "2022-07", "present"),
        J("ARC Centre of Excellence for Coral Reef Studies, James Cook University", "ARC DECRA Fellow (Level B)",
          "2021-02", "2022-06"),
        J("Australian Institute of Marine Science (AIMS)", "Postdoctoral Research Fellow (Level A)", "2018-01",
          "2021-01"),
        J("James Cook University", "Casual tutor and demonstrator", "2014", "2017"),
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        P("Herbivore functional redundancy collapses after repeated marine heatwaves", "Global Change Biology", None,
          True, "in press"),
        P("Turf algal height predicts coral recruit survival on the central Great Barrier Reef", "Coral Reefs", 2024,
          False, "published"),
        P("Parrotfish bite scars as a proxy for grazing pressure", "Marine Ecology Progress Series", 2023, True,
          "published"),
        P("Recovery windows: how long do reefs have between heatwaves?", "Proceedings of the Royal Society B", 2020,
          True, "published"),
        P("Seascape genomics of Acropora heat tolerance across the Coral Sea", "Molecular Ecology", None, True,
          "under review"),
    ],
    "research_interests_any": ["Coral reef recovery after marine heatwaves", "herbivorous fish and algal succession",
                               "seascape genomics of reef-building corals"],
    "awards_count": 4,
    "language": "en",
    "layout": "Australian academic CV (Level B lecturer) in Word, python-docx: coloured headings with bottom borders, "
              "tab-stop date columns, a grants table",
    "notes": "Australian conventions: 'Dr' before the name, 'Lecturer (Level B)' and 'Level A' academic levels, 'Marine "
             "Parade, Townsville QLD 4810', '+61 7 5550 1742', ORCID and Researcher ID as bare ids (no link labelled). "
             "Academic qualifications: PhD '2013 – 2017' with 'Conferred 14 Dec 2017' (the range is labelled), BSc "
             "(Honours Class I) '2012' (a separate honours year, end only), BSc 2009–2011 at the same university, and "
             "a Graduate Certificate in Higher Education 2022 (level other). Employment: 'Jul 2022 – present', the ARC "
             "DECRA fellowship as a post (Level B) at the ARC CoE, AIMS postdoc, casual tutoring during the PhD (a "
             "job). Research funding as a 5-row Word table (DECRA DE…, Discovery Project, GBR Foundation, seed and "
             "PADI grants: grants, not awards). Awards and honours: 4 (including the RTP PhD scholarship). "
             "Publications heading with extra words '(h-index 14, Scopus; * = student/ECR I supervised)': '*' marks "
             "supervised co-authors, not equal contribution; 6 refereed numbered 1-6, the first one '(in press)' with "
             "the name not bolded (year not printed), then 'Under review' continuing the numbering at 7 ('Submitted to "
             "Molecular Ecology (Jan 2025)'). First author on 5 of 7. Footer 'Name — Curriculum Vitae — updated March "
             "2025'.",
}

LABELS["10"] = {
    "name": "Rhiannon Achebe-Llewellyn",
    "name_any": ["Dr Rhiannon Achebe-Llewellyn"],
    "emails": ["r.achebe-llewellyn@nhs.example.net"],
    "phones": ["+447700900318"],
    "education": [
        E("Imperial College London", None, None, "2017"),
        E("University of Edinburgh", "bachelor", None, "2009"),
        E("University of Edinburgh", "bachelor", None, "2006"),
    ],
    "experience": [
        J("Leeds Teaching Hospitals NHS Trust", "Consultant Gastroenterologist and Honorary Senior Lecturer",
          "2019-08", "present"),
        J("Yorkshire and the Humber Deanery", "Specialty Registrar (ST5–ST7) in Gastroenterology and GIM", "2016-08",
          "2019-07"),
        J("Imperial College London", "Clinical Research Fellow", "2014-08", "2016-07"),
        J("Hull University Teaching Hospitals NHS Trust", "Specialty Registrar (ST3–ST4) in Gastroenterology",
          "2012-08", "2014-07"),
        J("NHS Lothian", "Core Medical Trainee (CT2)", "2011-08", "2012-07"),
        J("NHS Lothian", "Foundation Programme (F1/F2) and CT1", "2009-08", "2011-07"),
    ],
    "publications_count": 6,
    "first_author_count": 3,
    "publications_sample": [
        P("Calprotectin-guided de-escalation of anti-TNF therapy in Crohn's disease: the CALM-STOP cohort", "Gut",
          2024, True, "published"),
        P("Real-world outcomes of ustekinumab in biologic-experienced ulcerative colitis", "Aliment Pharmacol Ther",
          2023, False, "published"),
        P("Faecal calprotectin kinetics after induction with adalimumab", "J Crohns Colitis", 2017, True, "published"),
        P("Point-of-care intestinal ultrasound in acute severe colitis: a prospective study",
          "Lancet Gastroenterol Hepatol", 2025, True, "in press"),
        P("Therapeutic drug monitoring in IBD: a practical guide", "Clin Med (Lond)", 2021, False, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "UK NHS consultant / clinical academic CV, XeLaTeX article (Liberation Sans, NHS-blue ruled headings), "
              "2 pages",
    "notes": "UK medical CV: post-nominals under the name ('MBChB (Hons) BSc MD (Res) FRCP (Edin)'), running header with "
             "the GMC number ('GMC 7194452': a registration number, not a phone; so is the MDU membership "
             "'555-0193-HL'), Personal Details label table with a UK mobile '07700 900 318'. Present Appointment with a "
             "wrapped date cell ('August 2019 –' / 'present') and a job-plan paragraph. Qualifications listed by year "
             "out of order: MD (Res) Imperial 2017 (a research doctorate in medicine: level not scored), MBChB (Hons) "
             "2009 (bachelor), intercalated BSc 2006 (bachelor); FRCP/MRCP (College memberships), the CCT and JAG "
             "accreditation are not degrees. Previous Appointments under 'Specialty training' / 'Core and foundation "
             "training' sub-headings, 'Mon YYYY – Mon YYYY' columns; the ST5–7 rotation is labelled with the Deanery "
             "as the organisation (the trusts follow a colon), the research fellowship as 'Clinical Research Fellow' at "
             "Imperial College London (the parenthesis '(out of programme for research)' is an aside). Audit/QI bullets "
             "(not publications). Publications: Vancouver style, own name bold, 'et al.', '(in press, 2025)' = in "
             "press 2025; 'Reviews and guidelines' continues the numbering at 6. 'Research grants' (a charity grant "
             "and an MRC Clinical Research Training Fellowship listed there with its grant number: both funding, not "
             "awards). Prizes and Awards: 3. Memberships, teaching and referees sections.",
}

LABELS["11"] = {
    "name": "Yeon Haram",
    "name_any": ["연하람", "연하람 Yeon Haram", "Haram Yeon"],
    "emails": ["haram.yeon@example.co.kr"],
    "phones": ["+821055500173"],
    "education": [
        E("KAIST", "master", "2016-03", "2018-02"),
        E("Sungkyunkwan University", "bachelor", "2009-03", "2016-02"),
        E("Technische Universität München", "other", "2014-08", "2014-12"),
    ],
    "experience": [
        J("Hyundai Motor Company", "Senior Research Engineer", "2023-01", "present"),
        J("Hyundai Motor Company", "Research Engineer", "2018-01", "2022-12"),
        J("LG Electronics", "Summer Intern", "2017-06", "2017-08"),
    ],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        P("Immersion cooling of prismatic cells under 350 kW fast charging", "Applied Thermal Engineering", 2024, True,
          "published"),
        P("Pool-boiling enhancement on laser-textured copper for battery cooling",
          "International Journal of Heat and Mass Transfer", 2022, False, "published"),
        P("전기차 배터리 팩 침지 냉각의 열유동 특성", "대한기계학회논문집 B권", 2018, True, "published"),
        P("Data-driven thermal runaway early warning for EV packs", "eTransportation", None, True, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "ko+en",
    "layout": "Korean-English bilingual 이력서 (Typst, Noto Sans CJK KR), photo box, 2 pages",
    "notes": "Bilingual Korean résumé: '연하람 Yeon Haram' (Korean order, surname first in both; the label uses the "
             "romanised form as printed, Korean and Western order accepted), a personal-details table with bilingual "
             "labels (생년월일 / Date of birth, 휴대폰 / Mobile '+82 10-5550-0173', 병역 / Military service "
             "2010.03–2011.12: military service is not a job) and a 사진 Photo box. Headings '학력 Education', '경력 Work "
             "Experience', '논문 및 학술발표 Publications', '특허 Patents', '수상 Honours and Awards', '자격 및 어학'. Dates "
             "'YYYY.MM – YYYY.MM', '2018.01 – 현재' with '(Present)' wrapped below it. Degrees as 'KAIST (한국과학기술원) "
             "기계공학과 석사 / M.S. …' (English institution names labelled), a leave of absence for military service "
             "inside the B.S. (one degree 2009.03–2016.02), a TUM exchange semester (education, level other). One "
             "employer block with two ranks and their own ranges ('책임연구원 (Senior Research Engineer, 2023.01 – ) · 연구원 "
             "(Research Engineer, 2018.01 – 2022.12)'): two jobs, the open one ending present. Publications: APA with "
             "own name bold, one Korean-language paper with Korean authors and journal, one '(under review)'; the "
             "patent application is not a publication. Awards 3; licences (일반기계기사), TOEIC/OPIc are not awards.",
}

LABELS["12"] = {
    "name": "Tobiah Okonjo-Strand",
    "name_any": [],
    "emails": ["tobiah.os@example.com"],
    "phones": ["+12065550127"],
    "links": ["github.com/tokstrand"],
    "education": [
        E("University of Minnesota, Twin Cities", "bachelor", "2014-09", "2018-05"),
        E("Georgia Institute of Technology", "master", "2020-01", "2022-12"),
    ],
    "experience": [
        J("Stripe", "Senior Software Engineer", "2022-03", "present"),
        J("Amazon Web Services", "Software Engineer II", "2018-07", "2022-02"),
        J("Microsoft", "Software Engineering Intern", "2017", "2017"),
        J("University of Minnesota", "Undergraduate Research Assistant", "2016-01", "2018-05"),
    ],
    "publications_count": 2,
    "first_author_count": 1,
    "publications_sample": [
        P("Tail-tolerant change streams for partitioned key-value stores", "USENIX ATC", 2023, True, "published"),
        P("Partial partitions in the wild: a benchmark for consensus", "HotOS Workshop", 2019, False, "published"),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "McDowell CV template (dnl-blkv/mcdowell-cv, LuaLaTeX class mcdowellcv.cls), one page",
    "notes": "The template's header is a three-cell table: address left, the name centre in letter-spaced small caps "
             "(the text layer reads 'To b i a h O k o n j o - S t r a n d'), phone / e-mail / GitHub stacked right. "
             "cvsubsection rows are 'Title | Organisation | Dates' in three columns (a long title wraps: 'Undergraduate "
             "Research' / 'Assistant'), with a sub-team line under some; Education rows put the city on the left, the "
             "institution in the middle (wrapping: 'University of Minnesota, Twin' / 'Cities') and the dates right, "
             "the degree inside a bullet; the M.S. came after the B.S. and is listed second. 'Summer 2017' = 2017..2017. "
             "'Publications & Patents' bullets: 2 papers (own name bold, IEEE style, 'USENIX ATC', 'HotOS Workshop') "
             "and a patent (not counted). 'Skills & Honors': 2 honours in one bullet (ICPC regional placing, a company "
             "award).",
}

LABELS["13"] = {
    "name": "Marcus T. Adebayo-Lindqvist",
    "name_any": ["Marcus Adebayo-Lindqvist", "Marcus T Adebayo-Lindqvist"],
    "emails": ["madebayolindqvist26@gsb.columbia.example.edu"],
    "phones": ["+12125550186"],
    "education": [
        E("Columbia Business School", "master", None, "2026-05"),
        E("University of Michigan, Stephen M. Ross School of Business", "bachelor", None, "2018-05"),
    ],
    "experience": [
        J("Goldman Sachs & Co.", "Summer Associate, Investment Banking Division – Industrials Group", "2025-06",
          "2025-08"),
        J("Deloitte & Touche LLP", "Senior Associate, Financial Advisory – Transaction Services", "2021-01", "2024-07"),
        J("Deloitte & Touche LLP", "Associate", "2018-07", "2020-12"),
        J("J.P. Morgan Chase & Co.", "Summer Analyst, Commercial Banking", "2017-06", "2017-08"),
    ],
    "publications_count": 0,
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "US MBA / finance one-page resume in Word (Times New Roman, ruled capital headings, right tab dates)",
    "notes": "Business-school resume: name in capitals, one contact line with '|' separators. EDUCATION first: school "
             "in capitals with the city at a right tab, then the degree in italics with its date at the right tab "
             "('May 2026': the expected end, labelled as printed; no start dates), GMAT and clubs as bullets. "
             "EXPERIENCE: employer in capitals + city, then italic 'Title – Group' + 'Mon YYYY – Mon YYYY'; Deloitte has "
             "two titles (Senior Associate, then Associate) under one employer line: two jobs. ADDITIONAL INFORMATION "
             "label lines (CFA candidacy and CPA are certifications, not awards; interests are hobbies, not scored). "
             "No publications (count 0). Awards 3: the Dean's Fellowship (merit fellowship in an education bullet), "
             "James B. Angell Scholar (two years, one honour) and Dean's List.",
}
