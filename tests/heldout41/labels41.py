"""Hand-written labels for heldout41 (python tests/heldout41/labels41.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout41 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Eleni Markopoulou", name_any=["Dr Eleni Markopoulou", "Markopoulou, Eleni"],
    emails=["e.markopoulou@physics.leiden.example.org"], phones=["+31715550142"],
    links=["https://softglass.example.org"],
    education=[E("ETH Zürich", "phd", None, "2014-06"),
               E("National and Kapodistrian University of Athens", "master", None, "2010-09"),
               E("National and Kapodistrian University of Athens", "bachelor", None, "2008-07")],
    experience=[
        J("Universiteit Leiden", "Assistant Professor (tenure track)", "2021", "present"),
        J("AMOLF", "Guest Researcher (0.1 FTE)", "2023", "present"),
        J("ESPCI Paris", "Marie Skłodowska-Curie Individual Fellow", "2017", "2020"),
        J("ETH Zürich", "Postdoctoral Researcher", "2014", "2016"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("Confinement-induced dynamical heterogeneity in active glasses", "Nature Physics", 2025, False, "accepted"),
        P("Aging without a glass transition in bacterial carpets", "Phys. Rev. Lett.", 2024, True),
        P("Swim pressure at curved walls", "Soft Matter", 2021, False),
        P("Persistent caging of Janus swimmers", "Phys. Rev. E", 2016, True),
        P("Motility-induced phase separation in wedge geometries", "Physical Review X", None, False,
          "under review"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="ERC Starting Grant Part B1 (alexfikl/erc-stg class, pdfLaTeX, Times clone): cover page, CV, Funding ID "
           "table, Track Record",
    notes="Page 1 is the ERC cover page (title, acronym, 'Name of the Principal Investigator (PI): Dr Eleni "
          "Markopoulou', host institution, summary box); the running head on every page is 'Markopoulou | Part B1 | "
          "CONFLUENT'. CV: 'Family name, First name: Markopoulou, Eleni'; ORCID; e-mail/phone on one line; URL. "
          "EDUCATION in the template's date column as DD/MM/YYYY completion dates only (end 2014-06, 2010-09, "
          "2008-07; no start printed); a Greek Ptychion = bachelor. CURRENT POSITION(S) '2021 –' and '2023 –' with "
          "nothing after the dash = present; the title bold on the first line and the department/institution on "
          "the second (organisation = the institution). The ETH postdoc's organisation line starts with 'Soft "
          "Materials Group, Department of Materials'. Funder headings no ordinary CV uses: FELLOWSHIPS AND "
          "AWARDS, SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS, TEACHING ACTIVITIES, ORGANISATION "
          "OF SCIENTIFIC MEETINGS, INSTITUTIONAL RESPONSIBILITIES, REVIEWING ACTIVITIES (all dated rows in the "
          "same two-column layout; none of them jobs), then the APPENDIX grant table with a 'Funding ID' column. "
          "Track Record: a prose paragraph that names ETH, ESPCI and Leiden with dates and cites [6], [3, 4], "
          "[1, 2], then [1]..[7] with bold own name and underlined students. [1] 'Nature Physics (2025), "
          "accepted' = accepted with year; [5] '*' equal contribution with the first author (she is first anyway); "
          "[7] 'Submitted to Physical Review X (2025); arXiv:…' = under review, no year scored. First author: [2], "
          "[4], [5], [6] = 4. Awards: ESR Early Career Award, MSCA Individual Fellowship, ETH Medal = 3; the NWO "
          "Vidi line says 'grant' and points to the Funding ID table, so it is a grant (heldout rule), not an "
          "award.",
)

LABELS["02"] = dict(
    name="Adaeze Ngozi Okonkwo-Hartley",
    name_any=["Okonkwo-Hartley, Adaeze Ngozi", "Adaeze Okonkwo-Hartley", "Adaeze N. Okonkwo-Hartley"],
    emails=[], phones=[],
    links=["https://www.ncbi.nlm.nih.gov/myncbi/adaeze.okonkwo-hartley.1/bibliography/public/"],
    education=[E("University of Ibadan", "bachelor", None, "2006-07"),
               E("University College London", "phd", None, "2012-09")],
    experience=[
        J("Emory University School of Medicine", "Associate Professor", "2022", "present"),
        J("University of Alabama at Birmingham", "Assistant Professor", "2016", "2022"),
        J("Johns Hopkins University School of Medicine", "Postdoctoral Fellow", "2012", "2016"),
    ],
    publications_count=9, first_author_count=5,
    publications_sample=[
        P("Border-associated macrophages gate oligodendrocyte progenitor recruitment after capsular infarction",
          "Nat Neurosci", 2024, True),
        P("Microglial C1q is dispensable for acute lesion expansion but required for chronic remyelination",
          "J Neurosci", 2023, False),
        P("Sex differences in white-matter repair after photothrombosis", "Glia", None, False, "under review"),
        P("C1q tags spinal synapses for elimination after contusion injury", "Brain", 2012, True),
        P("Spectral reflectance imaging of myelin through a chronic window", "Nat Methods", 2016, True),
        P("CSF1R inhibition spares perivascular macrophages in aged mice", "bioRxiv", 2025, False, "preprint"),
    ],
    research_interests_any=[], awards_count=4, language="en",
    layout="NIH biographical sketch (pmagwene/latex-nihbiosketch class, XeLaTeX, Liberation Sans for Arial)",
    notes="The class prints the form's header and instructions ('Provide the following information for the "
          "Senior/key personnel…', 'DO NOT EXCEED FIVE PAGES'), then 'NAME: Okonkwo-Hartley, Adaeze Ngozi' "
          "(surname first), the eRA Commons id and POSITION TITLE. EDUCATION/TRAINING grid: INSTITUTION AND "
          "LOCATION | DEGREE | Completion Date MM/YYYY | FIELD; completion dates only (end 07/2006, 09/2012), the "
          "UCL institution wraps ('University College London, London, United' / 'Kingdom'); the third row "
          "('Postdoctoral Fellow', 06/2016, Johns Hopkins) is the postdoc listed again under Positions: labelled "
          "once, as a job (heldout17 rule). Personal Statement prose names employers with dates (UCL 2008–2012, "
          "JHU 2012–2016, UAB 2016–2022, Emory since 2022) and cites four numbered papers; ongoing grants (R01, "
          "K01) are not papers. Positions and Scientific Appointments: 'YYYY–' rows (open = present) mixing posts "
          "with a center membership, a study-section reviewer and a society membership (not jobs); the Emory Brain "
          "Health Center 'Member' row is treated as a membership, not a job. Honors (4, including a nomination and "
          "a declined fellowship, as printed under Honors). Contributions to Science: three numbered prose "
          "contributions, each with a./b./c. citations; the Nat Neurosci 2024 paper and the Stroke 2020 paper "
          "appear twice (Personal Statement and Contributions) and count once: 4 + 2 + 3 + 2 − 2 = 9 unique. "
          "'Glia. Under review.' has no year; the bioRxiv item is a preprint with its year 2025. First author: "
          "Nat Neurosci 2024, Stroke 2020, Brain 2012, J Neuroinflammation 2011, Nat Methods 2016 (equal "
          "contribution '*' with the second author, she is first) = 5. No e-mail or phone in the form; the "
          "MyBibliography URL is the only link.",
)

LABELS["03"] = dict(
    name="Priyamvada Sethuraman", name_any=["Sethuraman, Priyamvada"],
    emails=[], phones=[], links=["https://orcid.org/0000-0003-5550-2281"],
    education=[E("Georgia Institute of Technology", "phd", None, "2015-08"),
               E("University of Melbourne", "master", None, "2010-12"),
               E("Indian Institute of Technology Madras", "bachelor", None, "2008-05")],
    experience=[
        J("University of Arizona", "Associate Professor", "2023-08", "present"),
        J("Commonwealth Scientific and Industrial Research Organisation", "Honorary Research Fellow (unpaid)",
          "2024-01", "present"),
        J("Colorado School of Mines", "Assistant Professor", "2018-08", "2023-07"),
        J("Commonwealth Scientific and Industrial Research Organisation", "OCE Postdoctoral Fellow",
          "2015-09", "2018-06"),
        J("Larsen & Toubro Limited", "Graduate Engineer Trainee", "2008-06", "2009-01"),
    ],
    publications_count=9, first_author_count=5,
    publications_sample=[
        P("Managed aquifer recharge with treated wastewater in arid basins: a 15-year isotope record",
          "Water Resources Research", 2024, True),
        P("Soil-aquifer treatment removes PFAS precursors but not short-chain acids",
          "Environmental Science & Technology", 2023, False),
        P("Recharge basin operations under monsoon variability", "Hydrogeology Journal", None, False, "accepted"),
        P("Groundwater-surface water exchange in the Murrumbidgee under drought", "Journal of Hydrology", 2018, True),
        P("A low-cost sensor network for vadose-zone moisture", "Vadose Zone Journal", 2020, False),
        P("Stochastic clogging in recharge wells", "Advances in Water Resources", None, False, "under review"),
    ],
    research_interests_any=[], awards_count=0, language="en",
    layout="NSF biographical sketch in the 2024 SciENcv common-form layout, HTML printed by headless Chromium",
    notes="SciENcv headings: IDENTIFYING INFORMATION ('NAME: Sethuraman, Priyamvada', ORCID iD as a URL, "
          "POSITION TITLE), ORGANIZATION AND LOCATION (primary and other organisations with long 'City, State, "
          "Country' strings), PROFESSIONAL PREPARATION grid ORGANIZATION AND LOCATION | DEGREE | RECEIPT DATE | "
          "FIELD with the degrees in SciENcv's capitals codes (PHD, MS, BTECH) and MM/YYYY receipt dates only; its "
          "fourth row is the CSIRO postdoc (degree cell 'Postdoctoral Fellow'), labelled once as a job (heldout17 "
          "rule). APPOINTMENTS AND POSITIONS: 'MM/YYYY - present | Title, Organisation, Department, City, State, "
          "Country' — the organisation sits between the title and the department; an unpaid honorary post "
          "concurrent with the professorship (a job with its own dates); an industry trainee post. PRODUCTS: "
          "'Products Most Closely Related…' 1-5 and 'Other Significant Products…' 1-4, numbering restarting; "
          "NIH-like 'Journal. YYYY Month; vol(issue):pages' citations; 'Accepted.' and 'Submitted.' without year; "
          "a HydroShare dataset product is numbered among the products and counted (9). First author: related 1, "
          "3, 5 and other 1, 2 = 5. No e-mail, phone or awards in the form; the SciENcv certification footer is "
          "boilerplate.",
)

LABELS["04"] = dict(
    name="Niamh Fairbrother-Osei", name_any=["Dr Niamh Fairbrother-Osei"],
    emails=["n.fairbrother-osei@leeds.example.ac.uk"], phones=["+441134960725"], links=[],
    education=[E("University of British Columbia", "phd", None, "2016"),
               E("University of British Columbia", "master", None, "2011"),
               E("Trinity College Dublin", "bachelor", None, "2009")],
    experience=[
        J("University of Leeds", "Senior Lecturer in Plant Ecology", "2022-01", "present"),
        J("University of Exeter", "NERC Independent Research Fellow", "2019-10", "2021-12"),
        J("University of Exeter", "Postdoctoral Research Fellow", "2016-03", None),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Mycorrhizal type predicts seedling drought survival in boreal forests", "Journal of Ecology", 2016, True),
        P("rootR: an R package for minirhizotron image analysis", "Methods in Ecology and Evolution", 2019, True),
        P("A worldwide database of fine-root turnover", "Nature Ecology & Evolution", 2021, False),
        P("Drought legacies reorganise root trait syndromes in temperate grasslands", "Ecology Letters", 2023, True),
        P("Grassland root traits under repeated drought: a nine-year record", None, None, False, "under review"),
    ],
    research_interests_any=[], awards_count=1, language="en",
    layout="UKRI Résumé for Research and Innovation (R4RI) narrative CV, python-docx DOCX (Arial)",
    notes="Grey guidance text left in under the title. 'Personal details' is a two-column table (Name, ORCID, "
          "Contact with e-mail | phone on one line, Current position '(since January 2022)', Key qualifications "
          "as one run-on cell 'PhD Botany, University of British Columbia, Canada (2016); MSc Forestry, …(2011); BA "
          "(Mod) Natural Sciences, Trinity College Dublin (2009)' — years only, end dates; BA (Mod) = bachelor; "
          "Key funding). Then four R4RI modules of prose. The previous posts exist ONLY in Module 1's prose: "
          "'moved to the University of Exeter in March 2016 as a Postdoctoral Research Fellow' (no end printed; "
          "end null), 'In October 2019 I started a NERC Independent Research Fellowship at Exeter, which I held "
          "until December 2021 and then moved with me to Leeds'. Papers are cited only inside the prose, with "
          "their titles in single quotes and '(Journal, year; first author)' or '(Kamau, Fairbrother-Osei et al.)' "
          "/ '(Fairbrother-Osei, Kamau & Lindgren-Ruiz, Ecology Letters, 2023)': 5 outputs; the 2025 bioRxiv "
          "preprint 'led by Amani Kamau' is 'under review at New Phytologist' = under review (venue left unscored: "
          "bioRxiv vs the journal it is under review at). First author: J Ecol 2016, MEE 2019, Ecol Lett 2023 = 3. "
          "Awards: BES Founders' Prize (2022), named inside Module 3 prose = 1; the NERC fellowship is printed as "
          "'Key funding' with a grant number (a grant). Career break and part-time line under 'Additions'.",
)

LABELS["05"] = dict(
    name="Annelie Brückner", name_any=["Brückner, Annelie", "Dr. Annelie Brückner"],
    emails=["abrueckner@chemie.uni-kiel.example.de"], phones=["+494315550183"], links=[],
    education=[E("Universität Hamburg", "other", None, "2019"),
               E("ETH Zürich", "phd", "2008-10", "2012-03"),
               E("Ludwig-Maximilians-Universität München", "master", "2006-10", "2008-09"),
               E("Ludwig-Maximilians-Universität München", "bachelor", "2003-10", "2006-09")],
    experience=[
        J("Christian-Albrechts-Universität zu Kiel", "W3-Professorin für Anorganische Molekülchemie",
          "2021-04", "present"),
        J("Universität Hamburg", "Heisenberg-Stelle der DFG, Privatdozentin", "2017-10", "2021-03"),
        J("Universität Hamburg", "Leiterin einer Emmy Noether-Nachwuchsgruppe", "2014-01", "2017-09"),
        J("Massachusetts Institute of Technology", "Postdoktorandin (Feodor Lynen-Forschungsstipendium)",
          "2012-05", "2013-12"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("Dinitrogen cleavage at a ferrate(−I) pincer complex", "J. Am. Chem. Soc.", 2024, True),
        P("Ligand-centred redox chemistry in iron bis(imino)pyridines", "Chem. Sci.", 2023, False),
        P("Fe(0) arene complexes as catalysts for alkene hydrosilylation", "Organometallics", 2013, False),
        P("Photochemical N–N bond formation at iron", "Nat. Chem.", 2025, False, "accepted"),
        P("Ammonia from air at an iron electrode — a mechanistic model", "Chem. Rev.", None, True, "under review"),
    ],
    research_interests_any=[], awards_count=3, language="de",
    layout="DFG tabellarischer Lebenslauf (German), python-docx printed to PDF by LibreOffice",
    notes="The DFG template's instruction line left in ('Bitte verwenden Sie diese Vorlage; … umgekehrter "
          "chronologischer Reihenfolge'). 'Angaben zur Person' label table with 'Name, Vorname: Brückner, "
          "Annelie' (surname first), 'Telefon / E-Mail' in one cell. Qualifikation table columns Zeitraum | "
          "Abschluss | Hochschule: Habilitation 2019 (education of level other, end only), Promotion (Dr. rer. "
          "nat.) 10/2008 – 03/2012 with the thesis title in German quotes in the same cell, M.Sc./B.Sc. with "
          "MM/YYYY ranges. Positionen table in the OTHER order, Position | Institution | Zeitraum, with 'seit "
          "04/2021' (= present) and the title wrapping inside its cell; the Heisenberg post and the Emmy Noether "
          "group are jobs at Hamburg; the MIT postdoc row names the Feodor Lynen fellowship in brackets. "
          "Elternzeit row is not a job. 'Weitere Angaben' is a run-on paragraph: Preise ADUC (2020), "
          "ETH-Medaille (2012), Feodor Lynen-Forschungsstipendium (2012) = 3 awards. Veröffentlichungen numbered "
          "1–7 across two sub-headings, 'Name, I. (Jahr): Titel. Zeitschrift Band, Seiten.', own name bold: "
          "6 'angenommen' = accepted (year 2025 printed); 7 'Eingereicht bei Chem. Rev. (2025)' = under review, "
          "no year scored. First author: 1, 3, 5, 7 = 4.",
)

LABELS["06"] = dict(
    name="Tomasz Wierzbicki-Hale", name_any=["Dr Tomasz Wierzbicki-Hale"],
    emails=["tomasz.wierzbicki-hale@ndm.ox.example.ac.uk"], phones=["+4418655550193"], links=[],
    education=[E("Charité – Universitätsmedizin Berlin", "phd", None, "2014"),
               E("Gdańsk University of Technology", "master", None, "2009"),
               E("Gdańsk University of Technology", "bachelor", None, "2007")],
    experience=[
        J("University of Oxford", "Sir Henry Dale Fellow and Group Leader", "2021-10", "present"),
        J("University of Oxford", "Senior Postdoctoral Researcher", "2018-01", "2021-09"),
        J("Deutsches Rheuma-Forschungszentrum (DRFZ)", "Postdoctoral Scientist", "2014-04", "2017-12"),
        J("Polpharma Biologics", "Research Scientist (industry)", "2009-07", "2010-09"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("Tissue-resident memory T cells maintain synovial inflammation after biologic withdrawal",
          "Science Immunology", 2024, True),
        P("CD69 marks a drug-tolerant T cell pool in rheumatoid arthritis", "Annals of the Rheumatic Diseases",
          2023, False),
        P("Long-lived plasma cells in inflamed joints survive B cell depletion", "Journal of Experimental Medicine",
          2017, True),
        P("Memory T cell niches in the joint", "Nature Reviews Rheumatology", 2025, True, "in press"),
        P("Spatial transcriptomics of relapsing synovitis", "medRxiv", 2025, False, "preprint"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="Wellcome Career Development Award lead-applicant CV, Typst (Liberation Sans), shaded heading bars",
    notes="Typst page with the funder's grey italic guidance under each heading left in ('List your positions in "
          "reverse chronological order…', 'Up to 20 outputs…'). Details table (Name with 'Dr', ORCID, current "
          "organisation, e-mail, +44 1865 555 0193). Career history table with columns Organisation | Position | "
          "Dates (organisation FIRST): narrow organisation cells hyphenate ('Nuffield De-' / 'partment of "
          "Medicine', 'Kennedy In-' / 'stitute') and the Dates cells wrap ('Jan 2018 – Sep' / '2021'); 'Oct 2021 – "
          "present'; an industry post in Poland. Career breaks line is not a job. Education table Year | "
          "Qualification | Organisation with one year each (end only): PhD (Dr. rer. nat.), MSc (magister), BSc "
          "(inżynier). Research outputs 1-6 in Vancouver style with a contribution sentence after each; output 4 "
          "is a Zenodo dataset numbered among them (counted); 5 '(in press, 2025)' = in press with year; 6 medRxiv "
          "'(preprint)'. First author: 1, 3, 5 = 3. Funding (Sir Henry Dale Fellowship with grant number, Versus "
          "Arthritis fellowship) are grants; Prizes and awards line: BSI prize, EULAR award, DAAD scholarship = 3.",
)

LABELS["07"] = dict(
    name="Mathieu Okafor-Lévesque", name_any=["Okafor-Lévesque, Mathieu", "Dr. Mathieu Okafor-Lévesque"],
    emails=["okafor-levesque.mathieu@uqam.example.org"], phones=["+15145550162"],
    links=["https://cloudphysics.example.org"],
    education=[E("McGill University", "phd", "2009-09", "2014-08"),
               E("University of Toronto", "master", "2007-09", "2009-08"),
               E("Université de Montréal", "bachelor", "2003-09", "2007-06")],
    experience=[
        J("Université du Québec à Montréal", "Associate Professor", "2020-07", "present"),
        J("National Center for Atmospheric Research", "Postdoctoral Fellow", "2014-09", "2015-12"),
        J("Environment and Climate Change Canada", "Research Scientist", "2016-01", "2020-06"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Rime splintering is not enough: droplet shattering in Arctic stratocumulus",
          "Journal of the Atmospheric Sciences", 2024, True),
        P("A cloud radar climatology of secondary ice at Eureka, Nunavut", "Geophysical Research Letters", 2023,
          False),
        P("Secondary ice in mixed-phase clouds observed during the ISDAC campaign",
          "Atmospheric Chemistry and Physics", 2015, True),
        P("Freezing drizzle formation in lake-effect clouds", "Quarterly Journal of the Royal Meteorological Society",
          None, False, "accepted"),
        P("Ice nucleating particles from thawing permafrost", "Atmospheric Chemistry and Physics", None, True,
          "under review"),
    ],
    research_interests_any=["Cloud microphysics", "Arctic mixed-phase clouds", "Aerosol-cloud interactions"],
    awards_count=2, language="en",
    layout="Canadian Common CV (NSERC Discovery) export look, HTML printed by headless Chromium with CSS page "
           "margin boxes",
    notes="CCV title block (name, 'Correspondence language', funding source, confirmation number), "
          "Identification label rows ('Family Name:', 'First Name:', 'Previous Family Name: Okafor'), Contact "
          "Information with 'Work (*) 1-514-555-0162 extension 4417' (extension not part of the number), e-mail "
          "and website; a Language Skills grid. Degrees as 'yyyy/m - yyyy/m  Doctorate, Doctor of Philosophy (PhD), "
          "field, institution' with the institution LAST, 'Degree Status: Completed'. Recognitions: a prize and "
          "the NSERC CGS D3 scholarship (2 awards). User Profile 'Research Interests:' list. Employment split into "
          "Academic / Non-academic Work Experience, each 'yyyy/m[ - yyyy/m]  Title' then the unit, faculty and "
          "organisation on the next line; the current post has a start only ('2020/7') = present; the non-academic "
          "post is out of date order after the academic ones; the ESCER 'Affiliations' membership is not a job. "
          "Research Funding History (grants, not awards). Journal Articles 1-6 with 'Published, Refereed?: Yes, "
          "Open Access?: …' status lines; 5 'Accepted' and 6 'Submitted' without year. First author: 1, 3, 4, 6 = "
          "4. The conference presentation is not counted. The running footer 'Okafor-Lévesque, Mathieu … Page N' "
          "repeats the name on every page.",
)

LABELS["08"] = dict(
    name="Mariana Teixeira Sobral",
    emails=["mtsobral@icb.ufmg.example.org"], phones=["+553155550173"],
    links=["https://riachos.example.org", "http://lattes.cnpq.br/5550318827461190"],
    education=[E("Universitat de Barcelona", "phd", "2011", "2015"),
               E("Universidade Federal de Minas Gerais", "master", "2009", "2011"),
               E("Universidade Federal de Viçosa", "bachelor", "2004", "2008")],
    experience=[
        J("Universidade Federal de Minas Gerais", "Professora Adjunta", "2019", "present"),
        J("Universidade Federal de Lavras", "Professora Visitante", "2018", "2019"),
        J("Helmholtz-Zentrum für Umweltforschung", "Pós-Doutorado", "2016", "2018"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Drying legacies slow leaf-litter decomposition in Cerrado headwater streams", "Freshwater Biology", 2024,
          True),
        P("Invertebrate shredders under warming: a continental experiment", "Global Change Biology", 2023, False),
        P("Decomposição foliar e fungos aquáticos em riachos mediterrâneos", "Limnetica", 2015, True),
        P("Fungos aquáticos como indicadores em riachos do Cerrado", "Acta Limnologica Brasiliensia", 2011, False),
        P("Nutrient spiralling in restored pasture streams", "Hydrobiologia", 2025, True, "accepted"),
        P("Riachos intermitentes", "Ecologia de Riachos Brasileiros", 2021, True),
    ],
    research_interests_any=[], awards_count=2, language="pt",
    layout="Currículo Lattes printout look (pt-BR), HTML converted to PDF by LibreOffice Writer/Web",
    notes="Lattes shape: name, 'Endereço para acessar este CV' URL and ID Lattes, 'Última atualização', a Resumo "
          "paragraph that names every employer and degree with years, Identificação label rows with three "
          "citation forms ('SOBRAL, M. T.;SOBRAL, MARIANA TEIXEIRA;TEIXEIRA-SOBRAL, M.'), Endereço Profissional "
          "with '(31) 5555-0173' (Brazil, +55), homepage and e-mail. LibreOffice centres the year column "
          "vertically, so '2011 - 2015' sits beside the middle line of each block, not its first. Formação: "
          "Doutorado (Universitat de Barcelona, Espanha, CAPES scholarship), Mestrado, Graduação = bachelor. "
          "Pós-doutorado block (UFZ, Humboldt) is a job (heldout28 rule). Atuação Profissional: institution "
          "headings with 'Vínculo institucional' rows '2019 - Atual' (= present) 'Enquadramento Funcional: "
          "Professora Adjunta'; the 'Atividades' coordinator row inside the UFMG bond is not a separate job "
          "(heldout17 rule). Produções: ABNT with capitalised surnames and journals, '; ' separators and ' .' "
          "before the title; 5 articles + 1 'aceito' (year 2025 printed) + 1 chapter 'In: … (Org.). Book' (venue "
          "= the book) = 7. First author (any of her citation forms first): articles 1, 3, 4, the accepted one, "
          "the chapter = 5. Prêmios e títulos 2.",
)

LABELS["09"] = dict(
    name="邵明轩",
    emails=["mingxuan.shao@ust.example.org"], phones=["+8613800138456"], links=[],
    education=[E("香港科技大学", "phd", "2019-09", "2024-11"),
               E("新加坡国立大学", "master", "2016-08", "2017-12"),
               E("浙江大学", "bachelor", "2012-09", "2016-06")],
    experience=[
        J("香港科技大学", "博士后研究员（Postdoctoral Fellow）", "2024-12", "present"),
        J("新加坡国立大学", "研究助理（Research Assistant）", "2018-02", "2019-07"),
        J("巴斯夫（中国）有限公司", "访问研究（工业合作项目）", "2018-09", "2018-12"),
    ],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Confined cobalt single atoms in zeolite channels for propane dehydrogenation", "Nature Catalysis", 2024,
          True),
        P("Operando infrared identification of the active site in Co-MFI catalysts", "J. Am. Chem. Soc.", 2023, True),
        P("丙烷脱氢钴基催化剂的失活机理研究", "化工学报", 2022, True),
        P("Machine-learned descriptors for single-atom dehydrogenation catalysts", "ACS Catalysis", 2023, False),
        P("Solvent-free synthesis of hierarchical MFI nanosheets", "Chemical Engineering Journal", 2025, True,
          "accepted"),
    ],
    research_interests_any=[], awards_count=3, language="zh",
    layout="博士后创新人才支持计划申请书 form (China Postdoctoral Science Foundation), python-docx DOCX, all tables",
    notes="Form title and '填表说明' instruction line left in. 基本信息 grid with label/value pairs two per row "
          "(姓名 邵明轩, 电子邮箱, 手机号码 '138 0013 8456' without +86, 博士毕业学校, 博士学位授予时间 2024年11月, and "
          "the FUTURE host 拟进站单位 / 合作导师, which are not jobs). 教育经历 table 起止时间 | 学校（院系） | 专业 | 学位 | "
          "导师 with 'YYYY.MM—YYYY.MM' (博士 / 硕士 / 学士); the school cell holds university + department "
          "(institution = the university). 科研及工作经历 table 起止时间 | 工作单位 | 职务/岗位: '2024.12—至今' = present; a "
          "visiting stint at BASF '（同上）期间赴 …' printed as its own dated row (labelled as its own job, "
          "organisation BASF China). 代表性学术成果 table 序号 | 成果名称 | 发表期刊 | 发表时间 | 作者排名 | 收录情况: no author "
          "lists, only the rank ('第一作者', '共同第一作者（#）' = equal contribution with the first author, counts, "
          "'第三作者'); one Chinese paper; '已接收（2025）' = accepted with year 2025. First author: 1, 2, 3, 5 = 4. 获奖情况 "
          "table: 3 (incl. the HKPFS scholarship). Signature/date line at the end.",
)

LABELS["10"] = dict(
    name="Iñaki Etxeberria Lund", name_any=["Etxeberria Lund, Iñaki"],
    emails=["inaki.etxeberria@unibe.example.org"], phones=["+41315550187"],
    links=["https://etxeberria-lab.example.org"],
    education=[E("Karolinska Institutet", "phd", "2010", "2014"),
               E("Universitat Pompeu Fabra", "master", "2008", "2010"),
               E("Universidad del País Vasco (UPV/EHU)", "bachelor", "2004", "2008")],
    experience=[
        J("University of Bern", "SNSF Eccellenza Professorial Fellow (assistant professor level), group leader",
          "2022-09", "present"),
        J("SIB Swiss Institute of Bioinformatics", "Affiliated group leader (10 %)", "2023-01", "present"),
        J("Friedrich Miescher Institute for Biomedical Research (FMI)", "Senior Research Scientist",
          "2018-03", "2022-08"),
        J("European Molecular Biology Laboratory (EMBL)", "EMBO Postdoctoral Fellow", "2014-10", "2018-02"),
    ],
    publications_count=7, first_author_count=4,
    publications_sample=[
        P("Ribosome collisions trigger stress granule assembly in neurons", "Molecular Cell", 2024, True),
        P("RiboCollide: detecting disome footprints from standard Ribo-seq", "Nucleic Acids Research", 2023, False),
        P("A kinetic model of translation elongation on tRNA-depleted messages", "PLOS Computational Biology",
          2018, False),
        P("Selective degradation of collided ribosomes by the ZNF598 pathway", "bioRxiv", 2025, True, "preprint"),
        P("Disome profiling in iPSC-derived motor neurons", "EMBO Journal", None, False, "under review"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="SNSF CV format (Swiss National Science Foundation) as a GitHub-flavoured Markdown file",
    notes="Markdown with the funder's italic guidance paragraph left in; the name heading 'CV – Iñaki Etxeberria "
          "Lund' (a Basque given name and a two-part surname, one Spanish and one Swedish); Personal details as a "
          "Markdown table with an empty header row ('| | |'), 'Etxeberria Lund, Iñaki'. Education table Period | "
          "Degree | Institution; 'Current position(s)' table whose first column is 'Since' with a bare '09/2022' "
          "(= start, end present); Previous positions table Period | Position | Institution with 'MM/YYYY – "
          "MM/YYYY'; the Eccellenza fellowship title is the post at Bern (a job); the 10 % SIB affiliation is a "
          "concurrent job. Career breaks, Supervision (not jobs). Prizes and awards: a shortlist nomination, the "
          "EMBO Long-Term Fellowship, a thesis prize = 3. Research output 1-7 with '**bold**' own name and '‡' "
          "students; 6 bioRxiv '(2025), preprint'; 7 'in revision' = under review, no year. First author: 1, 3, 5, "
          "6 = 4.",
)

LABELS["11"] = dict(
    name="Lucía Berenguer Saldaña", name_any=["Lucía Berenguer", "Berenguer Saldaña, Lucía"],
    emails=["l.berenguer@ieo.example.org"], phones=["+34986555017"], links=["https://berenguerlab.example.org"],
    education=[E("Universidade de Vigo", "phd", None, "2013"),
               E("Universidad de Las Palmas de Gran Canaria", "master", None, "2008"),
               E("Universidad de Oviedo", None, None, "2007")],
    experience=[
        J("Instituto Español de Oceanografía (IEO-CSIC)", "Científica Titular (Tenured Scientist)", "2022",
          "present"),
        J("Universidade de Vigo", "Ramón y Cajal Researcher", "2018", "2022"),
        J("Scottish Association for Marine Science", "Postdoctoral Research Associate", "2015", "2018"),
        J("Institut de Ciències del Mar (ICM-CSIC)", "Postdoctoral Researcher (Juan de la Cierva)", "2014", "2015"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Upwelling intensity sets the carbonate chemistry experienced by copepod nauplii",
          "Limnology and Oceanography", 2024, True),
        P("Diel vertical migration under low pH: a mesocosm test", "Marine Ecology Progress Series", 2023, False),
        P("Copepod egg production across a natural CO2 gradient", "ICES Journal of Marine Science", 2017, False),
        P("Carbonate chemistry variability in Galician rías: a 20-year synthesis", "Progress in Oceanography", 2025,
          True, "accepted"),
    ],
    research_interests_any=["plankton ecology", "ocean acidification", "upwelling systems"],
    awards_count=1, language="en",
    layout="Spanish FECYT CVA (Curriculum Vitae Abreviado), English version, python-docx printed to PDF by "
           "LibreOffice",
    notes="CVA boilerplate ('IMPORTANT – The Curriculum Vitae cannot exceed 4 pages…'). Part A: First name and "
          "Family name in separate cells (two-part surname), CV date and birth date as dd/mm/yyyy beside them (not "
          "career dates), e-mail / URL Web, ORCID. A.1 Current position as label rows ('Position', 'Initial date "
          "2022', 'Institution', 'Department/Center', phone '+34 986 555 017', 'Key words' = interests). A.2 "
          "Previous positions table 'Period | Position/Institution/Country/Interruption cause' with "
          "slash-separated 'Title / Institution / Country' cells; the '2016 Interruption: maternity leave' row is "
          "not a job. A.3 Education 'PhD, Licensed, Graduate | University/Country | Year' (end year only; the "
          "Licenciatura's level null, heldout37 rule; Part B prose adds 'PhD … (2009–2013)', start left "
          "unscored). Part B summary prose repeats the career with dates. C.1 Publications in CVA style "
          "'N  Scientific paper. Authors. Year. Title. Journal. vol, pp. AC: n AF: k' (AC = number of authors, AF "
          "= her position; '(AC)' after her name = corresponding author); 6 'Accepted (2025)' = accepted with "
          "year. First author: 1, 3, 5, 6 = 4. C.2 congress talk and C.3 project are not papers. Awards: the "
          "L'Oréal-UNESCO fellowship named in the summary prose = 1.",
)

LABELS["12"] = dict(
    name="Callum Ngata-Burrows", name_any=["Dr Callum Ngata-Burrows"],
    emails=["c.ngata-burrows@uow.example.edu.au"], phones=["+61255501734"], links=[],
    education=[E("University of Auckland", "phd", None, "2014"),
               E("University of Waikato", "bachelor", None, "2009")],
    experience=[
        J("University of Wollongong", "Senior Lecturer", "2022-07", "present"),
        J("University of Wollongong", "ARC DECRA Fellow", "2019-02", "2022-06"),
        J("GNS Science", "Postdoctoral Research Fellow", "2014-06", "2019-01"),
        J("National Institute of Water and Atmospheric Research (NIWA)", "Field Technician (fixed term)",
          "2009", "2010"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Storm clustering controls multidecadal beach recovery on wave-dominated coasts", "Nature Communications",
          2025, True),
        P("Drone photogrammetry of cliff retreat on the Illawarra escarpment", "Earth Surface Processes and Landforms",
          2024, False),
        P("A national shoreline dataset for Aotearoa New Zealand from Landsat", "Earth System Science Data", 2021,
          False),
        P("Holocene progradation of the Bay of Plenty coast", "Quaternary Science Reviews", 2014, True),
        P("Coastal hazard lines under deep uncertainty", "Coastal Engineering", None, True, "in press"),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="ARC Discovery Projects Part C 'ROPE' text as entered in the RMS portal, plain text",
    notes="Plain text headed by the scheme and application number, 'Part C - Participant (Chief Investigator) "
          "details: Dr Callum Ngata-Burrows'; indented 'Label: value' rows (Email, Phone '+61 2 5550 1734', a "
          "'Current role' value wrapping to a second line with '(Level C, continuing, since July 2022)'). C1.1 "
          "Qualifications with the repeated boilerplate '(List in reverse chronological order)': 'YYYY   PhD, "
          "field, university, country (conferred May 2014)' (end 2014 from the date column); BSc (Hons, First "
          "Class) = bachelor. Career history rows 'Mon YYYY - present' / 'Mon YYYY - Mon YYYY' with the title "
          "and employer wrapping onto an indented line and FTE notes; the DECRA fellowship is a post at "
          "Wollongong (job) and a grant under Funding (not an award); a fixed-term NIWA job '2009 - 2010'. Career "
          "interruptions and a research-opportunity narrative naming employers and dates (not extra jobs). C1.2 "
          "'ten career-best' outputs 1-7 with '*' = HDR student (not equal contribution), 'In press.' without year "
          "(7). First author: 1, 3, 5, 6, 7 = 5. Awards in a bullet of C1.3: 2 medals/awards; the client reports "
          "'not listed' are not counted.",
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
