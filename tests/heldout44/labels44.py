"""Hand-written labels for heldout44 (python tests/heldout44/labels44.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX pages printed
by LibreOffice for viewing), not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout44 import NAMES

HERE = Path(__file__).resolve().parent



def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Pallavi Raghunath Deshmukh", name_any=["Pallavi R. Deshmukh"],
    emails=["pallavi.deshmukh@example.com"], phones=["+919822041763"], links=[],
    education=[E("College of Engineering, Pune", "phd", None, "2022"),
               E("Pune Institute of Computer Technology", "master", None, "2015"),
               E("Vishwakarma Institute of Technology, Pune", "bachelor", None, "2013"),
               E("Kisan Veer Mahavidyalaya, Wai", "other", None, "2009"),
               E("Dravid High School, Wai", "other", None, "2007")],
    experience=[
        J("Pimpri Chinchwad College of Engineering, Pune", "Assistant Professor", "2018-07", "present"),
        J("Sinhgad College of Engineering, Pune", "Assistant Professor", "2015-07", "2018-06"),
        J("AISSMS Institute of Information Technology, Pune", "Lecturer (on contract)", "2013-08", "2014-05"),
    ],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Low-power approximate multipliers with error-compensation for convolution engines",
          "Microprocessors and Microsystems", 2023, True),
        P("A configurable approximate adder family for FPGA-based edge inference", "Integration, the VLSI Journal",
          2022, True),
        P("IoT based soil-moisture monitoring using LoRa for sugarcane fields",
          "International Journal of Advanced Computer Science and Applications", 2020, False),
        P("Error-resilient approximate MAC units for keyword spotting", "PuneCon", 2023, True),
        P("Comparative study of truncated multipliers on Artix-7", "ICCUBEA", 2019, True),
    ],
    research_interests_any=["Approximate computing", "Low-power VLSI design",
                            "Hardware accelerators for machine learning", "FPGA prototyping"],
    awards_count=3, language="en",
    layout="Indian biodata-style CV of an engineering-college assistant professor, python-docx tables",
    notes="Times New Roman Word CV: centred 'CURRICULUM VITAE', a borderless header table with the name in capitals "
          "and address/mobile/e-mail left and a shaded '[Passport size photograph]' box right. Grey shaded "
          "one-cell tables as headings. 'PERSONAL DETAILS' is a borderless 'label : value' table with Father's "
          "Name, Date of Birth 14/08/1991, Marital Status, Languages Known, Permanent Address, Hobbies (none of it "
          "contact data; the father's name is not a name of the candidate). 'EDUCATIONAL QUALIFICATIONS' table: "
          "Examination | Name of College / School | Board / University | Year of Passing | Percentage / CGPA | "
          "Division / Class. The institution labelled is the college/school column (where the candidate studied; "
          "all three degrees carry the same affiliating university, a judgement call); one year = end. H.S.C. and "
          "S.S.C. school rows are education of level other. The Ph.D. row says only 2022 ('Awarded'); the line "
          "under the table gives 'registered July 2017, degree awarded December 2022' but the label keeps the "
          "table's year (end 2022, start not scored). GATE score line is not an award. 'TEACHING EXPERIENCE' "
          "table with dd/mm/yyyy From/To and 'Till date' (= present). Publications: IEEE style, 3 journals + 2 "
          "conferences numbered 1-5 across two sub-headings, with '(SCIE)', '(Scopus indexed)', impact factor; "
          "'(Best Paper Award)' inside item 4. First author 1, 2, 4, 5. Venues PuneCon and ICCUBEA by their "
          "printed acronyms. Awards 3 (best paper, best teacher, AICTE QIP scholarship). FDPs/NPTEL not awards. "
          "Ends with DECLARATION, Place: Pune, Date: 02/03/2025 and '(Pallavi R. Deshmukh)' as the signature.",
)

LABELS["02"] = dict(
    name="Haruka Moriyama", name_any=["MORIYAMA Haruka"],
    emails=["haruka.moriyama@example.org"], phones=["+81755550162", "+819055500148"], links=[],
    education=[E("Kanagawa Prefectural Shonan High School", "other", "2005-04", "2008-03"),
               E("Tohoku University", "bachelor", "2008-04", "2012-03"),
               E("Tohoku University", "master", "2012-04", "2014-03"),
               E("Kyoto University", "phd", "2014-04", "2017-03")],
    experience=[
        J("Japan Society for the Promotion of Science", "Research Fellow (DC2)", "2015-04", "2017-03"),
        J("Institute for Integrated Cell-Material Sciences (iCeMS), Kyoto University", "Postdoctoral Researcher",
          "2017-04", "2019-03"),
        J("University of California, Berkeley", "Visiting Scholar", "2018-09", "2019-02"),
        J("Institute for Chemical Research, Kyoto University", "Assistant Professor", "2019-04", "present"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Gate-opening adsorption in a zinc triazolate framework under humid flue gas", "J. Am. Chem. Soc.", 2024,
          True),
        P("Defect-engineered zirconium frameworks for selective ethane capture", "Chem. Sci.", 2023, False),
        P("Thermal breathing of an interpenetrated copper framework observed by in situ PXRD", "Inorg. Chem.", 2020,
          True),
        P("Switchable pore apertures in pillared-layer coordination polymers", "Chem. Lett.", 2016, True),
        P("Mixed-linker strategy for CO2-selective membranes", "Chem. Commun.", 2015, False),
    ],
    research_interests_any=["Metal–organic frameworks", "gas separation membranes", "flexible porous materials",
                            "in situ X-ray diffraction"],
    awards_count=3, language="en",
    layout="Japanese chemist's English CV in rirekisho order, python-docx tables printed to PDF by LibreOffice",
    notes="'CURRICULUM VITAE', 'As of March 1, 2025', a personal table (name as 'MORIYAMA Haruka (family name, "
          "given name)', date of birth, nationality, address, office and mobile phones, e-mail). 'Academic "
          "Background' and 'Professional Background' are two-column tables 'Year / Month | text' with "
          "month-name dates ('April 2005 (Heisei 17)' - the only era year), and each degree is TWO rows: "
          "'Entered …' then 'Graduated from …'/'Completed …' with the degree name under it; each pair is one "
          "education entry from the entry month to the completion month (high school = level other). Professional "
          "rows give only a start; ends come from '(until March 2017)', '(until February 2019)', a 'Resigned "
          "from Kyoto University' row (March 2019) and 'Currently in post' (= present); 'End' closes the table. "
          "The JSPS DC2 fellowship row sits in Professional Background and is labelled a job (a judgement call). "
          "Licenses (hazardous-materials engineer, TOEIC) are not awards; Awards table 3 rows. Publications ACS "
          "style 'Surname, I.; … \"Title.\" J. Am. Chem. Soc. 2024, 146, …' with '*' = corresponding author (not "
          "equal contribution): first author 1, 3, 4. Venues labelled as printed (abbreviated journal names). "
          "KAKENHI grant not an award. Ends 'I certify that the above is correct.' with date, name and '(seal)'.",
)

LABELS["03"] = dict(
    name="Jaewon Seo", name_any=["Jaewon SEO", "SEO Jaewon"],
    emails=["jaewon.seo@example.com"], phones=["+821055502741"], links=["https://jwseo.example.org"],
    education=[E("Korea Advanced Institute of Science and Technology (KAIST)", "phd", "2015-03", "2020-02"),
               E("KAIST", "master", "2013-03", "2015-02"),
               E("Pusan National University", "bachelor", "2006-03", "2013-02")],
    experience=[
        J("Korea Institute of Civil Engineering and Building Technology (KICT)", "Senior Researcher", "2022-09",
          "present"),
        J("Korea Institute of Science and Technology (KIST)", "Post-Doctoral Researcher", "2020-03", "2022-08"),
        J("University of New South Wales (UNSW)", "Visiting Researcher", "2018-07", "2018-12"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Zwitterion-grafted polyamide membranes that resist alginate fouling in forward osmosis",
          "Journal of Membrane Science", 2023, True),
        P("Life-cycle assessment of FO–RO hybrid desalination with municipal wastewater", "Desalination", 2022,
          False),
        P("Quorum-quenching beads in an osmotic membrane bioreactor", "Water Research", 2020, True),
        P("Recovery of thermolytic draw solutes by vacuum membrane distillation", "Environmental Science & Technology",
          2018, True),
        P("Scaling-resistant hollow fibres for brine concentration", "Water Research", None, True, "under review"),
        P("Operating data of a 500 m3/day FO–RO pilot in Gijang", "Journal of Korean Society of Environmental "
          "Engineers", 2023, True),
    ],
    research_interests_any=["Forward osmosis", "Membrane biofouling", "Zwitterionic surface chemistry", "Water reuse"],
    awards_count=3, language="en",
    layout="Korean environmental engineer, LaTeX moderncv 'classic' (pdfLaTeX) with Korean CV sections",
    notes="moderncv classic: 'Jaewon SEO' (surname in capitals), headline, address/phone/e-mail/homepage right "
          "(icons drawn as letters by a stand-in fontawesome5.sty: 'M*', '@'), extra info with date of birth and "
          "nationality. Dates 'YYYY.MM–YYYY.MM' in the left column, Korean academic year (March to February). "
          "Education with Dissertation/Thesis and 'Advisor: Prof. Dong-hyun LIM' rows; the B.S. line holds GPA "
          "4.21/4.5 and a leave-of-absence note. 'Military Service' (ROK Army sergeant 2008.01–2009.10, "
          "honorably discharged) is compulsory service, not a job (judgement call). 'Research Experience' holds "
          "the three jobs ('2022.09–Present' = present). Publications split into 'SCIE journal papers' [1]–[5] "
          "and 'KCI journal papers' [6]–[7] (one numbering), own name bold, '*' = corresponding author; [5] "
          "'under review (submitted 2024.11)' = under review, no year. First author 1, 3, 4, 5, 6. The Korean "
          "patent is not a paper. Awards 3 (two awards + NRF Global Ph.D. Fellowship).",
)

LABELS["04"] = dict(
    name="Yelena Andreyevna Volkova", name_any=["VOLKOVA Yelena Andreyevna", "Yelena Volkova"],
    emails=["ye.volkova@example.org"], phones=["+73835550146"], links=[],
    education=[E("Novosibirsk State University", "master", "1999", "2004"),
               E("Lavrentyev Institute of Hydrodynamics SB RAS", "phd", "2004", "2008")],
    experience=[
        J("Novosibirsk State University", "Docent", "2016", "present"),
        J("Lavrentyev Institute of Hydrodynamics SB RAS", "Senior Researcher", "2013", "present"),
        J("Novosibirsk State University", "Senior Lecturer", "2010", "2016"),
        J("Lavrentyev Institute of Hydrodynamics SB RAS", "Junior Researcher, then Researcher", "2007", "2013"),
        J("Institut de Mécanique des Fluides de Toulouse (IMFT)", "Visiting scientist", "2011-09", "2011-12"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Drop impact on a thin viscous film: crown rim breakup", "Journal of Applied Mechanics and Technical Physics",
          2024, True),
        P("Capillary waves on a stretched liquid sheet", "Physics of Fluids", 2022, False),
        P("Satellite droplets in the breakup of a viscoelastic jet", "Fluid Dynamics", 2019, True),
        P("Jet atomisation in a co-flowing gas at moderate Weber numbers", "Doklady Physics", 2008, True),
        P("Rim fingering in drop impact on superhydrophobic textures", "International Journal of Multiphase Flow",
          2025, True, "in press"),
    ],
    research_interests_any=["Atomisation and spray formation", "capillary instabilities",
                            "drop impact on liquid films", "high-speed imaging"],
    awards_count=2, language="en",
    layout="Russian Docent / Candidate of Sciences, LaTeX article (pdfLaTeX), GOST-style 'Scientific works'",
    notes="Centred 'CURRICULUM VITAE' then 'VOLKOVA Yelena Andreyevna' (surname first in capitals, patronymic). "
          "A label/value table: date of birth 12.03.1982, place of birth 'Barnaul, USSR', citizenship, academic "
          "degree (Candidate of Physical and Mathematical Sciences (PhD), 2008), academic title 'Docent' (a title "
          "conferred by VAK, not a degree and not a job by itself), position, address, phone, e-mail. Education: "
          "'Specialist diploma with honours (equivalent to M.Sc.)' 1999–2004 = master; the postgraduate course "
          "(aspirantura) 2004–2007 row and the 2008 Candidate of Sciences row with dissertation and 'Scientific "
          "supervisor: Dr. Sci. (Phys.-Math.), Prof.' are ONE doctoral entry 2004–2008 at the Lavrentyev "
          "Institute. Employment rows newest first with overlapping posts (0.5 FTE / part-time), 'Junior "
          "Researcher, then Researcher' as one row, '2011 (Sep–Dec)' visit. Grants not awards; 2 awards (RAS "
          "medal, regional prize). 'Scientific works': 'In total 46 scientific works … Selected works:' then 6 "
          "numbered items in GOST style 'Authors (italic) Title // Journal. Year. Vol., No. P.' - the monograph "
          "(item 5, 'Novosibirsk: Publishing House of SB RAS, 2017') counts as a work; the total 46 is not the "
          "count. First author 1, 3, 4, 6. Item 6 '2025 (in press)'. Ends with date 01.03.2025, a signature line "
          "and 'Ye.A. Volkova'.",
)

LABELS["05"] = dict(
    name="María Fernanda Ortega Villaseñor", name_any=["María Fernanda ORTEGA VILLASEÑOR"],
    emails=["mf.ortega@example.org"], phones=["+522285550173"], links=[],
    education=[E("Universidad Nacional Autónoma de México (UNAM)", "phd", "2013", "2017"),
               E("Instituto de Ecología, A.C. (INECOL)", "master", "2010", "2012"),
               E("Universidad Veracruzana", "bachelor", "2005", "2010")],
    experience=[
        J("Instituto de Ecología, A.C. (INECOL)", "Investigadora Titular A", "2020-08", "present"),
        J("Universidad de Costa Rica", "Investigadora posdoctoral", "2018-01", "2020-07"),
        J("Facultad de Ciencias, UNAM", "Profesora de asignatura", "2016-02", "2017-12"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Pérdida de polinizadores nativos tras la conversión de cafetales de sombra a sol",
          "Revista Mexicana de Biodiversidad", 2024, True),
        P("Abejas sin aguijón en paisajes cafetaleros de Veracruz", "Acta Zoológica Mexicana (nueva serie)", 2023,
          False),
        P("Nestedness and modularity of coffee pollination networks along a management gradient", "Biotropica", 2021,
          True),
        P("Redes de visitantes florales en el Valle Central de Costa Rica", "Revista de Biología Tropical", 2019, True),
        P("Servicios de polinización y rendimiento del café en Coatepec", "Ecosistemas", None, True, "in press"),
        P("Land-sharing versus land-sparing for bees in Mexican coffee landscapes", "Journal of Applied Ecology", None,
          False, "under review"),
    ],
    research_interests_any=["Polinización en agroecosistemas", "Ecología de redes de interacción",
                            "Servicios ecosistémicos del café de sombra"],
    awards_count=2, language="en",
    layout="Mexican ecologist (SNI level I), English CV with Spanish degree names and venues, Typst, US Letter",
    notes="Centred name with two family names, the paternal surname and maternal surname both in capitals "
          "('ORTEGA VILLASEÑOR'); headline, e-mail, Mexican number '+52 228 555 0173', 'CVU CONAHCYT 412907' and a "
          "bare ORCID id (not a link, not scored). 'Sistema Nacional de Investigadores' section (Nivel I, "
          "vigencia 2021–2025) is a status, not an award. Education: Doctorado / Maestría en Ciencias / "
          "Licenciatura en Biología with 'Tesis:' and 'Directora/Director:' lines, years only. Experience with "
          "Spanish month abbreviations 'Ago. 2020 – presente', 'Ene. 2018 – Jul. 2020', 'Feb. 2016 – Dic. 2017'. "
          "'Líneas de investigación' = research interests (scored). Publications: 'Artículos científicos "
          "arbitrados' 1–6 with 'y' between the last two authors, own name bold, then 'Capítulos de libro' "
          "numbered again from 1 (7 works in all); '(en prensa)' = in press, '(enviado)' = under review, no "
          "year. First author 1, 3, 4, 5 and the chapter. The list runs across the page break. 'Distinctions "
          "and grants': Medalla Alfonso Caso and the CONACYT doctoral scholarship are awards (2); the Ciencia de "
          "Frontera project is a grant.",
)

LABELS["06"] = dict(
    name="Fatemeh Sadat Mousavi-Kia", name_any=["Fatemeh Sadat Mousavi-Kia, Ph.D."],
    emails=["f.mousavikia@example.com", "fsmousavi@example.org"], phones=["+989125550184"],
    links=["https://scholar.google.com/citations?user=Xq3fM0kAAAAJ"],
    education=[E("Sharif University of Technology", "phd", "2016-09", "2021-02"),
               E("Amirkabir University of Technology (Tehran Polytechnic)", "master", "2013-09", "2015-09"),
               E("University of Tabriz", "bachelor", "2009-09", "2013-07")],
    experience=[
        J("K. N. Toosi University of Technology", "Assistant Professor", "2021-09", "present"),
        J("Sharif University of Technology", "Postdoctoral Researcher", "2021-03", "2021-08"),
        J("Aalborg University", "Visiting Ph.D. Researcher", "2019-01", "2019-07"),
        J("Monenco Iran Consulting Engineers", "Power System Studies Engineer", "2015-10", "2016-08"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Distributionally robust day-ahead scheduling of distribution networks with hydrogen storage",
          "IEEE Transactions on Smart Grid", 2021, True),
        P("Resilience-oriented restoration of microgrids after wildfires",
          "International Journal of Electrical Power & Energy Systems", 2022, True),
        P("Data-driven ambiguity sets for feeder-level PV forecasting errors", "IET Renewable Power Generation", 2023,
          False),
        P("Hosting capacity of hydrogen electrolysers in distribution feeders", "IEEE Transactions on Power Systems",
          None, False, "under review"),
        P("Two-stage robust scheduling of hydrogen-integrated feeders", "ICEE", 2019, True),
        P("Wildfire-aware microgrid formation", "IEEE PES General Meeting", 2020, True),
    ],
    research_interests_any=["Active distribution networks", "Hydrogen and battery storage scheduling",
                            "Distributionally robust optimization", "Power system resilience"],
    awards_count=3, language="en",
    layout="Iranian power-systems assistant professor, HTML printed by headless Chromium",
    notes="Name with ', Ph.D.' and a headline, a contact table with two e-mails, an Iranian mobile and a Google "
          "Scholar URL, a Tehran office address. Education: each degree is a bold line with the date range right "
          "('Sep. 2016 – Feb. 2021') and then label rows University: / GPA: '18.62 / 20 (4.00 / 4)' / Thesis "
          "title: / Supervisor: / Co-supervisor: / Thesis grade: (the supervisors are not the candidate; the "
          "GPA out of 20). Experience: 'Title, unit, University, City' with the dates right; the teaching "
          "assistantships in their own 'Teaching Assistant' section are not jobs. Publications: journal papers "
          "1–5 and conference papers 6–7 (HTML ol start=6), own name underlined, one '(in English)' note, "
          "'under review (2nd revision)' without year. ICEE printed as 'Iranian Conference on Electrical "
          "Engineering (ICEE)' (labelled ICEE). Honors: Konkur rank, exceptional-talent admission and a best "
          "paper award are awards (3); the INEF research grant is a grant. References at the end carry other "
          "people's e-mails and phones.",
)

LABELS["07"] = dict(
    name="Oluwaseun Babatunde Adeyemi", name_any=["ADEYEMI, Oluwaseun Babatunde", "ADEYEMI Oluwaseun Babatunde"],
    emails=["oluwaseun.adeyemi@example.com"], phones=["+2348035550192"], links=[],
    education=[E("University of Ibadan", "phd", "2014", "2019"),
               E("University of Lagos", "master", "2010", "2013"),
               E("Obafemi Awolowo University", "bachelor", "2003", "2008"),
               E("Federal Government College, Ijanikin", "other", "1997", "2003")],
    experience=[
        J("Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Senior Lecturer", "2021", "present"),
        J("Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Lecturer I", "2017", "2021"),
        J("Department of Microbiology, Olabisi Onabanjo University, Ago-Iwoye", "Lecturer II", "2014", "2017"),
        J("Nigerian Institute of Medical Research (NIMR)", "Research Officer II", "2009", "2014"),
        J("Federal Medical Centre, Idi-Aba, Abeokuta", "Laboratory Assistant (NYSC Corps Member)", "2008", "2009"),
    ],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Carbapenemase genes in hospital effluents and the Ogunpa River, Ibadan, Nigeria", "Journal of Water and "
          "Health", 2023, True),
        P("Multidrug-resistant Escherichia coli in ready-to-eat salads sold in Ago-Iwoye",
          "African Journal of Microbiology Research", 2021, False),
        P("Class 1 integrons in Aeromonas isolated from fish ponds in Ogun State", "Nigerian Journal of Microbiology",
          2020, True),
        P("Occurrence of extended-spectrum beta-lactamase producers in poultry litter", "BMC Microbiology", 2018, True),
        P("Wastewater surveillance of Salmonella Typhi in Ogun State", "Tropical Medicine & International Health",
          2025, True, "accepted"),
    ],
    research_interests_any=["Antimicrobial resistance in the environment", "Wastewater-based surveillance",
                            "Food safety microbiology"],
    awards_count=3, language="en",
    layout="Nigerian senior lecturer, Nigerian university-format CV (numbered sections), python-docx tables",
    notes="Arial Word CV in the numbered format Nigerian universities ask for. '1. PERSONAL DATA' borderless "
          "table: 'ADEYEMI, Oluwaseun Babatunde' (surname first, comma), date of birth '22nd November, 1985', "
          "place of birth, State of Origin, LGA, sex, marital status, contact address, phone '+234 803 555 0192', "
          "e-mail. '2. EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES' and '3. ACADEMIC QUALIFICATIONS WITH DATES' are "
          "SEPARATE tables (institution + years in one, qualification + year in the other); the label pairs them "
          "in order: Ibadan Ph.D. 2014–2019, Lagos M.Sc. 2010–2013, OAU B.Sc. (Hons) Second Class Upper 2003–2008, "
          "and the secondary school 1997–2003 whose WASSCE/WAEC (2003) and JSCE (2000) certificates are one "
          "school entry of level other. Ph.D. thesis and supervisor line. '4. NATIONAL YOUTH SERVICE CORPS' "
          "paragraph: the primary assignment (laboratory assistant, Federal Medical Centre, 2008–2009) is "
          "labelled a job. '5. WORKING EXPERIENCE' table Period | Organisation | Position with '2021 – Date' (= "
          "present) and three promotions at one university (three entries). Awards 3 (best graduating student, "
          "TETFund scholarship, ASM Young Ambassador), numbered (i)–(iii). Publications: '(a) Articles that have "
          "appeared' 1–4 and '(b) Articles accepted for publication' 5 '(Accepted)' = accepted; first author 1, "
          "3, 4, 5. '10. REFEREES' three columns with full postal addresses, e-mails and phones of other people.",
)

LABELS["08"] = dict(
    name="Nguyen Thi Thu Trang", name_any=["NGUYEN Thi Thu Trang", "Trang Nguyen Thi Thu"],
    emails=["trang.ntt@example.com"], phones=["+84912555047"], links=[],
    education=[E("Japan Advanced Institute of Science and Technology (JAIST)", "phd", "2016-10", "2019-09"),
               E("VNU University of Engineering and Technology", "master", "2012-09", "2014-12"),
               E("Hanoi University of Science and Technology", "bachelor", "2007-09", "2012-06")],
    experience=[
        J("Faculty of Information Technology, VNU University of Engineering and Technology",
          "Vice Head, Department of Computer Science", "2023-03", "present"),
        J("Faculty of Information Technology, VNU University of Engineering and Technology", "Lecturer", "2019-10",
          "present"),
        J("Viettel Cyberspace Center, Viettel Group", "NLP Engineer", "2015-01", "2016-09"),
        J("FPT Software", "Software Engineer", "2012-07", "2014-12"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("A span-based model for Vietnamese legal question answering",
          "ACM Transactions on Asian and Low-Resource Language Information Processing", 2024, True),
        P("Word segmentation errors and their effect on Vietnamese parsing", "Language Resources and Evaluation", 2022,
          False),
        P("Delexicalized transfer from Thai and Khmer for Vietnamese dependency parsing", "PACLIC", 2019, True),
        P("ViLegalQA: a dataset for Vietnamese statute retrieval", "Findings of EMNLP", 2023, True),
        P("Noise-robust punctuation restoration for Vietnamese ASR transcripts", "RIVF", 2021, False),
        P("Instruction-tuned small models for Vietnamese administrative documents", "Computer Speech & Language",
          2025, True, "under review"),
    ],
    research_interests_any=["Natural language processing for Vietnamese", "low-resource machine translation",
                            "syntactic parsing", "speech-to-text evaluation"],
    awards_count=3, language="en",
    layout="Vietnamese lecturer's 'Scientific Curriculum Vitae' (state form style), python-docx tables",
    notes="Opens with the national motto header 'SOCIALIST REPUBLIC OF VIETNAM / Independence – Freedom – "
          "Happiness' then 'SCIENTIFIC CURRICULUM VITAE' and Roman-numbered sections. 'I. PERSONAL INFORMATION' "
          "is a 4-column numbered form table (1. Full name 'NGUYEN Thi Thu Trang', 2. Gender, 3. Date of birth "
          "17/05/1989, place of birth, nationality, ethnicity 'Kinh', scientific title '—', academic degree "
          "'Ph.D., 2019', current position, mobile, office address, e-mail) - label and value cells side by side "
          "twice per row. 'II. EDUCATION' table Degree | Time | Institution | Major with MM/YYYY ranges; the "
          "5-year 'Engineer' degree is bachelor level (judgement call); dissertation and two supervisors under the "
          "table. 'III. WORK EXPERIENCE' table Time | Organization | Position with 'now' = present; two "
          "concurrent posts at the same faculty are two entries. Research projects (NAFOSTED, VNU) are not jobs "
          "or awards. Publications numbered [1]–[6] across '6.1 International journals', '6.2 International "
          "conferences', '6.3 Submitted' with full Vietnamese author names in given order (no initials); "
          "'Findings of the Association for Computational Linguistics: EMNLP 2023' labelled 'Findings of EMNLP'; "
          "PACLIC and RIVF by their acronyms; '[6] … submitted to Computer Speech & Language, 2025' = under "
          "review with the printed year. First author 1, 3, 4, 6. Awards 3 (MEXT scholarship, best paper, VNU "
          "young scientist). Ends 'Hanoi, March 1, 2025 / Declarant / (signed) / Nguyen Thi Thu Trang'.",
)

LABELS["09"] = dict(
    name="Rana Mahmoud Abu-Hamdan",
    emails=["rana.abuhamdan@example.com"], phones=["+971505550129", "+962795550166"],
    links=["https://rana-abuhamdan.example.org", "https://linkedin.com/in/rana-abu-hamdan-example"],
    education=[E("University of Sheffield", "phd", "2011-10", "2015-06"),
               E("Jordan University of Science and Technology (JUST)", "master", "2008-09", "2010-06"),
               E("Jordan University of Science and Technology (JUST)", "bachelor", "2003-09", "2008-06"),
               E("Al-Ahliyyah Secondary School for Girls", "other", None, "2003")],
    experience=[
        J("United Arab Emirates University (UAEU)", "Associate Professor", "2022-09", "present"),
        J("Qatar University", "Assistant Professor", "2017-09", "2022-08"),
        J("The Hashemite University", "Assistant Professor", "2015-09", "2017-08"),
        J("Arab Potash Company", "Process Engineer (Trainee)", "2008-07", "2008-12"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Levulinic acid from date-palm fronds by one-pot enzymatic–acid hydrolysis", "Bioresource Technology", 2023,
          True),
        P("Immobilised laccase on chitosan beads for phenol removal from produced water",
          "Journal of Water Process Engineering", 2021, False),
        P("Techno-economics of date-seed oil extraction in Qatar", "Sustainable Energy Technologies and Assessments",
          2019, True),
        P("Pretreatment severity and enzyme loading for date-palm rachis saccharification", "Biomass and Bioenergy",
          2016, True),
    ],
    research_interests_any=["Biorefining of date-palm residues", "Enzyme immobilisation",
                            "Produced-water treatment in Gulf oilfields"],
    awards_count=3, language="en",
    layout="Jordanian chemical engineer in Gulf university posts, rendercv 'engineeringresumes' theme (Typst)",
    notes="rendercv 2.3 from YAML (its Typst source compiled by typst-py; the fontawesome package import replaced "
          "by a local stand-in because the machine is offline). Header: name, 'Al Ain, Abu Dhabi, United Arab "
          "Emirates | e-mail | website', LinkedIn. A 'Personal Data' section of 'Label: value' lines "
          "(transliterated full name with the grandfather's name, nationality with residence-visa note, date of "
          "birth, marital status 'Married, two dependants', two mobiles UAE and Jordan - the mobiles are the "
          "candidate's). Education: 'Institution, Degree in Area – City' with 'Mon YYYY – Mon YYYY' right, "
          "thesis and supervisor bullets; the Tawjihi (General Secondary Education Certificate) row '2003' is "
          "school education of level other. 'Academic Appointments' = jobs (title with department first, then "
          "university). Publications in rendercv's shape: title with the year right, authors (own name bold "
          "italic) and journal on their own lines. Awards 3 (two awards + the PhD scholarship). Referees with "
          "other people's e-mails and phones end the CV.",
)

LABELS["10"] = dict(
    name="Irina Mihaela Bălan-Ionescu", name_any=["Bălan-Ionescu, Irina Mihaela", "Bălan-Ionescu Irina Mihaela"],
    emails=["irina.balan-ionescu@example.org"], phones=["+40264555018", "+40745555093"], links=[],
    education=[E("Babeș-Bolyai University", "phd", "2012-10", "2016-12"),
               E("University of Bucharest", "master", "2010-10", "2012-07"),
               E("University of Bucharest", "bachelor", "2006-10", "2010-07")],
    experience=[
        J("Babeș-Bolyai University, Faculty of Geography", "Lecturer (Lector universitar)", "2020-10", "present"),
        J("Helmholtz Centre for Environmental Research – UFZ", "Postdoctoral Researcher", "2017-03", "2020-09"),
        J("National Institute of Hydrology and Water Management", "Research Assistant (Asistent de cercetare)",
          "2012-10", "2017-02"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Rain-on-snow floods in the Carpathians under 2 °C warming", "Hydrology and Earth System Sciences", 2023,
          True),
        P("A gridded snow water equivalent product for Romania", "Journal of Hydrology: Regional Studies", 2022, False),
        P("Trends in snowmelt timing in the Apuseni Mountains", "Hydrological Sciences Journal", 2019, True),
        P("Seasonal flood forecasting with soil-moisture memory", "Water Resources Research", None, True,
          "under review"),
    ],
    research_interests_any=["Snow hydrology", "Flood frequency under climate change",
                            "Distributed hydrological modelling"],
    awards_count=2, language="en",
    layout="Romanian hydrologist, 2013-style Europass CV rebuilt as a python-docx label-column document, printed "
           "to PDF by LibreOffice",
    notes="Europass look without the Europass producer: a right-aligned grey label column and a value column for "
          "every line ('Surname(s) / First name(s)' 'Bălan-Ionescu, Irina Mihaela' - surname first with a comma; "
          "Address, Telephone(s) with a landline and a 'Mobile:', E-mail, Nationality, Date of birth, Gender), "
          "blue capital section labels with a rule. Work experience blocks 'Dates 01/10/2020 → present' / "
          "'Occupation or position held' / 'Main activities and responsibilities' / 'Name and address of "
          "employer' (dd/mm/yyyy with an arrow); education blocks with 'Title of qualification awarded', "
          "'Principal subjects' (thesis and supervisor), 'Name and type of organisation' and ISCED levels 8/7/6 "
          "(doctorate, master, licență = bachelor). The desired-employment line is not a job. 'Additional "
          "information' holds research interests, 4 numbered publications in one cell (first author 1, 3, 4; "
          "'(submitted)' = under review, no year) and 'Honours and awards' with three lines of which the "
          "Erasmus+ mobility grant is a grant (2 awards).",
)

LABELS["11"] = dict(
    name="Yuhang Zhao", name_any=["ZHAO Yuhang", "Zhao Yuhang"],
    emails=["zhaoyuhang93@example.com"], phones=["+8613800138472"], links=[],
    education=[E("Zhejiang University", "master", "2014-09", "2017-06"),
               E("Xidian University", "bachelor", "2010-09", "2014-06")],
    experience=[
        J("Alibaba Group (Taobao & Tmall)", "Senior Algorithm Engineer (P7)", "2021-07", "present"),
        J("Beijing ByteDance Technology Co., Ltd.", "Algorithm Engineer", "2019-03", "2021-06"),
        J("Baidu Online Network Technology (Beijing) Co., Ltd.", "R&D Engineer", "2017-07", "2019-02"),
    ],
    publications_count=2, first_author_count=1,
    publications_sample=[
        P("Exposure-debiased multi-task learning for e-commerce ranking", "CIKM", 2023, True),
        P("Graph-enhanced two-tower recall for cold-start items", "RecSys", 2021, False),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="Chinese algorithm engineer, English resume exported from a Chinese job site, HTML printed by Chromium",
    notes="Job-site export look: grey header box with an orange top rule, name 'ZHAO Yuhang' (surname first in "
          "capitals), a meta line (male, age and birth month, current residence, household registration (hukou), "
          "years of experience, degree, marital status, political status), mobile '138 0013 8472' without +86, "
          "e-mail, a photo box and 'Resume ID / Updated 2025-02-27' at the right. 'Job Intention' table "
          "(expected position, location, salary, industry, status: none of it is experience), 'Self-evaluation' "
          "paragraph. 'Work Experience' entries: 'YYYY.MM - Present' left, company bold, then a grey line "
          "'Department: … | Position: … | Subordinates/Company size/Nature' and 'Job description:' / 'Reason for "
          "leaving:' lines; the title is only after 'Position:'. 'Project Experience' is not a job. 'Education "
          "Experience' with 'Major: … | Degree: Master | Unified enrolment (full-time)'. 'Papers and Patents': "
          "two papers (CIKM 2023 '(Applied Research Track), first author'; RecSys 2021 short paper) and a patent "
          "application (not a paper). Certificates (CET-6, software designer) not awards; Awards line holds 3 "
          "awards on one line separated by spaces, each 'YYYY.MM title'. Skills table with proficiency words. "
          "Footer notice from the job site.",
)

LABELS["12"] = dict(
    name="Elif Nur Karakaş", name_any=["Elif Nur KARAKAŞ", "Assoc. Prof. Dr. Elif Nur KARAKAŞ"],
    emails=["elifnur.karakas@example.org"], phones=["+903625550174"], links=[],
    education=[E("Ankara University", "bachelor", "2004", "2008"),
               E("Hacettepe University", "master", "2008", "2011"),
               E("Middle East Technical University", "phd", "2011", "2016")],
    experience=[
        J("Middle East Technical University", "Research Assistant", "2011", "2016"),
        J("Ondokuz Mayıs University", "Assistant Professor", "2016", "2021"),
        J("Ondokuz Mayıs University", "Associate Professor", "2021", "present"),
        J("University of Copenhagen", "Post-doctoral research", "2018-09", "2019-08"),
    ],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Hazelnut skin polyphenols as natural antioxidants in fish oil emulsions", "Food Chemistry", 2024, True),
        P("Stability of hazelnut skin extracts in high-pressure processed beverages",
          "Innovative Food Science & Emerging Technologies", 2020, True),
        P("Black carrot anthocyanin microcapsules in yoghurt: colour and storage", "LWT - Food Science and Technology",
          2019, False),
        P("Ultrasound-assisted extraction of polyphenols from hazelnut skins: kinetics and modelling",
          "Ultrasonics Sonochemistry", 2016, True),
        P("Siyah havuç antosiyaninlerinin püskürtmeli kurutma ile enkapsülasyonu", "Gıda", 2012, True),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="Turkish associate professor, plain-text CV in the YÖK academic CV (Özgeçmiş) order",
    notes="Plain UTF-8 text with '====' and '----' underlined headings. Header 'Name Surname : Assoc. Prof. Dr. Elif "
          "Nur KARAKAŞ' (title prefix, surname in capitals), Title 'Doçent', unit, e-mail, office phone, birth "
          "year, YÖKSİS author id. '1. EDUCATION' is a space-aligned table Degree | Department | University | "
          "Year (YYYY-YYYY) with master's/doctoral thesis titles and 'Advisor: Prof. Dr. …' below. '2. ACADEMIC "
          "TITLES' rows 'Title : University, Dept., YYYY-YYYY' are the jobs; the 'Associate Professor : Food "
          "Science and Engineering (ÜAK), 2021' row is the national title conferral, not a post; the open "
          "'2021-' = present. The TÜBİTAK 2219 postdoc in Copenhagen (09/2018-08/2019) is labelled a job. "
          "Supervised theses are not the candidate's papers; administrative duty (vice head) not labelled a "
          "job (judgement call). Publications in YÖK categories A (SCI journals) A1–A4, B (proceedings) B1, D "
          "(national journals) D1 with a Turkish title: 6 works, first author A1, A2, A4, B1, D1. Projects not "
          "awards; 2 awards. Courses table at the end.",
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
