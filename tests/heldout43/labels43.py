"""Hand-written labels for heldout43 (python tests/heldout43/labels43.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout43 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Rafael Ocampo-Lindgren",
    emails=["rocampol@example.edu"], phones=["+17345550127"], links=["https://rocampolindgren.example.com"],
    education=[E("University of Michigan", "phd", None, "2026"),
               E("University of Michigan", "master", None, "2022"),
               E("Pontificia Universidad Católica de Chile", "bachelor", None, "2016")],
    experience=[
        J("University of Michigan", "Graduate Student Instructor", "2022", "present"),
        J("Federal Reserve Bank of Chicago", "Dissertation Intern", "2024", "2024"),
        J("Banco Central de Chile", "Research Economist", "2017", "2020"),
        J("Pontificia Universidad Católica de Chile", "Research Assistant", "2016", "2017"),
    ],
    publications_count=6, first_author_count=None,
    publications_sample=[
        P("Credit Lines and the Timing of Small-Firm Layoffs", None, None, True, None),
        P("Copper Prices and Regional Wage Rigidity in Chile", "Economics Letters", 2022, True),
        P("Firm Cash Buffers and the Pass-Through of Policy Rates", "Journal of Monetary Economics", None, False,
          "under review"),
        P("Who Bears Minimum-Wage Hikes in Franchise Networks?", None, 2024, True, "preprint"),
        P("Seasonal Hiring and the Cyclicality of Match Quality", None, None, True, "in preparation"),
    ],
    research_interests_any=["Macroeconomics", "Corporate Finance", "Labor Economics"],
    awards_count=3, language="en",
    layout="US economics job-market CV, class file of PaulTran47/latex-cv-with-biblatex (pdfLaTeX), 2 pages",
    notes="The template's grey shaded header box: name, 'Curriculum Vitae (CV)', 'Last updated', and a right-aligned "
          "label table (Office address, Citizenship, Cell '+1 (734) 555-0127', Email, Website). Small-caps section "
          "titles come out letter-split in the text layer ('E DUCATION'). Education as a 4-column table 'year | degree "
          "| field | school': '2026 (expected)' = end 2026; the Chilean 'Ingeniero Comercial' (a five-year first "
          "degree, licenciatura level) labelled bachelor. Research fields Primary/Secondary = interests. Job Market "
          "Paper with an abstract (counted, status null, no venue); one refereed paper (Economics Letters 2022, "
          "sole author); Working papers: an R&R at JME with the candidate second, an SSRN working paper (2024, "
          "venue not scored); Works in progress ×2 (in preparation). Count 6; the first-author count is not scored "
          "(economics lists mix sole, alphabetical and '(with …)' entries). Employment history table: '2022 - "
          "present' GSI, '2024 (summer)' intern (start = end = 2024), central bank, RA; the Teaching history table "
          "repeats the GSI post (not a separate job). References block of three professors with their phones and "
          "e-mails (not the candidate's). Awards 3 (fellowship, teaching award, national scholarship); "
          "presentations not counted.",
)

LABELS["02"] = dict(
    name="Cordelia R. Whitcombe", name_any=["Cordelia Whitcombe", "CORDELIA R. WHITCOMBE"],
    emails=["cwhitcombe@example.edu"], phones=["+16085550143"], links=["https://cwhitcombe.example.org"],
    education=[E("Yale University", "phd", None, "2013"),
               E("Yale University", "master", None, "2009"),
               E("Oberlin College", "bachelor", None, "2006")],
    experience=[
        J("University of Wisconsin–Madison", "Associate Professor of History", "2021", "present"),
        J("Institute for Advanced Study, Princeton", "Member, School of Historical Studies", "2019", "2020"),
        J("University of Wisconsin–Madison", "Assistant Professor of History", "2015", "2021"),
        J("Society of Fellows in the Humanities, Columbia University", "Mellon Postdoctoral Fellow", "2013", "2015"),
    ],
    publications_count=8, first_author_count=8,
    publications_sample=[
        P("Ledger and Lash: Credit, Kinship, and the Atlantic Sugar Trade, 1760–1830", "Yale University Press", 2020,
          True),
        P("The Salt Merchants' Daughters: Women and Debt in Bridgetown, 1700–1790", "University of Chicago Press",
          None, True, "in preparation"),
        P("Ports of Debt: Credit and Coercion in the Early Modern Caribbean", "Cornell University Press", 2022, True),
        P("Widows' Bonds: Probate, Credit, and Enslaved Collateral in Barbados, 1740–1780",
          "William and Mary Quarterly", 2021, True),
        P("A Merchant's Silence: Reading Gaps in the Lascelles Letterbooks", "Journal of Social History", 2026, True,
          "in press"),
        P("Kin as Collateral", "The Cambridge History of Atlantic Slavery, Volume 3", 2024, True),
    ],
    research_interests_any=["Atlantic world", "history of credit and debt", "gender and the family in the Caribbean"],
    awards_count=3, language="en",
    layout="US historian (associate professor), btskinner/tex_cv look with hand-typed Chicago bibliography, pdfLaTeX",
    notes="tex_cv header: centred small-caps name (letter-split in the text layer), address left, 'tel: 608.555.0143 "
          "/ web / email' right, a rule. Sections as bold unnumbered titles; Academic Appointments as a two-column "
          "table ('2021 – present' | 'Title, Institution'), including an IAS membership (a visiting post printed "
          "among appointments = a job) and a Mellon postdoc; Education as 'year | field, school | degree' with the "
          "degree at the right (Ph.D., M.Phil. = master, B.A.). Publications in Chicago bibliography style with the "
          "own name first in every entry (single-author humanities work, plus one co-edited volume with her first): "
          "Books (one 'Under contract with the University of Chicago Press', no year), Edited Volumes, Articles (one "
          "'(forthcoming, 2026)' = in press 2026), Book Chapters (venue = the book), Book Reviews (not counted). "
          "Count 8, first author 8. 'Conference Papers and Invited Talks' ('Paper presented at the Annual Meeting "
          "of …') not counted. Fellowships and Awards 3 (NEH fellowship, honorable mention, Fulbright-Hays).",
)

LABELS["03"] = dict(
    name="Rupert Achterberg-Lowe", name_any=["Dr Rupert Achterberg-Lowe"],
    emails=["rupert.al@example.ac.uk"], phones=["+441134960752"], links=["https://achterberglowe.example.org"],
    education=[E("University of St Andrews", "phd", "2014", "2018"),
               E("University of Oxford", "master", "2012", "2014"),
               E("Durham University", "bachelor", "2008", "2012")],
    experience=[
        J("University of Leeds", "Lecturer in Philosophy", "2021", "present"),
        J("University of Edinburgh", "Leverhulme Early Career Fellow", "2018", "2021"),
        J("Australian National University", "Visiting Researcher", "2019-02", "2019-06"),
    ],
    publications_count=8, first_author_count=7,
    publications_sample=[
        P("Borrowed Conviction: Testimony and the Authority of Moral Knowledge", "Oxford University Press", 2026, True,
          "in press"),
        P("Testimony, Trust and the Reasons of Others", "Philosophical Quarterly", None, True, "in press"),
        P("Moral Deference Without Moral Experts", "Mind", 2024, True),
        P("Is There a Problem with Moral Hearsay?", "Ethics", 2021, True),
        P("Kant on Advice", "Kantian Review", 2020, False),
        P("Expertise and Humility", "Oxford Studies in Metaethics, Volume 19", 2024, True),
        P("Moral Testimony", "Internet Encyclopedia of Philosophy", 2022, True),
    ],
    research_interests_any=["Metaethics", "Social Epistemology"],
    awards_count=3, language="en",
    layout="UK philosopher (lecturer), python-docx Word CV with right tab stops for dates",
    notes="Centred name 'Dr Rupert Achterberg-Lowe', address line and a '|'-separated contact line ('+44 (0)113 496 "
          "0752'). Headings in capitals with a bottom border; entries 'Title, Institution<TAB>dates' with a right tab "
          "stop. Areas of Specialisation (scored as interests) and Areas of Competence. BPhil (Oxford's graduate "
          "degree) = master. Publications under 'All sole-authored unless noted.' and print no author names except "
          "the co-authored Kantian Review paper, where the candidate is second: the other 7 are his alone (first "
          "author). Sub-headings: Monograph ('forthcoming 2026' = in press, year 2026), Articles (single quotes for "
          "titles, italic journal, one '(forthcoming)' without year), Book Chapters (venue = the volume), "
          "Encyclopedia Entries and Translations (both counted, printed under Publications), Book Reviews (not "
          "counted). Count 8. 'Presentations' are talks (not counted). Awards and Funding: essay prize, two "
          "studentships = 3; the Mind Association research grant is a grant (not counted).",
)

LABELS["04"] = dict(
    name="Siobhán Dervan-Clarke", name_any=["Dr Siobhán Dervan-Clarke", "Siobhan Dervan-Clarke"],
    emails=["siobhan.dervanclarke@example.com"], phones=["+35315550148"],
    links=["https://sdervanclarke.example.org"],
    education=[E("University of Cambridge", "phd", None, "2016"),
               E("Harvard Law School", "master", None, "2012"),
               E("University College Dublin", "bachelor", None, "2011"),
               E("The Honorable Society of King's Inns", "other", None, "2013")],
    experience=[
        J("University College Dublin", "Associate Professor of Law", "2022", "present"),
        J("University College Dublin", "Assistant Professor of Law", "2017", "2022"),
        J("Max Planck Institute for Comparative Public Law and International Law", "Visiting Fellow", "2021-01",
          "2021-07"),
        J("Supreme Court of Ireland", "Judicial Assistant", "2016", "2017"),
    ],
    publications_count=9, first_author_count=8,
    publications_sample=[
        P("The People's Amendment: Referendums and Constitutional Change in Ireland", "Hart Publishing", 2021, True),
        P("Citizens' Assemblies and the Constitution", "Oxford University Press", None, True, "in preparation"),
        P("Deliberation before the Ballot: The Citizens' Assembly and Article 46", "Modern Law Review", 2023, True),
        P("The Referendum Commission as a Constitutional Actor", "Dublin University Law Journal", 2021, True),
        P("Amending by Stealth? Judicial Recognition of Informal Constitutional Change",
          "International Journal of Constitutional Law", 2019, False),
        P("Irish Referendums and the Problem of the Uninformed Voter", "Oxford Journal of Legal Studies", 2018, True),
        P("Direct Democracy after Brexit", "Legal Studies", 2026, True, "in press"),
        P("Ireland: Referendums as Constitutional Conversation", "Referendums in Europe: Law, Practice and Reform",
          2024, True),
    ],
    research_interests_any=["Constitutional law", "direct democracy and referendums",
                            "comparative constitutional change"],
    awards_count=3, language="en",
    layout="Irish legal scholar, OSCOLA citations, Typst (typst-py), 2 pages",
    notes="Centred name, post line and one contact line. Headings in green capitals with a rule; appointment and "
          "education rows 'text … date' with the date right-aligned ('Jan – Jul 2021' for the Max Planck visiting "
          "fellowship = a job). Education: PhD (Cambridge), LLM (Harvard Law School) = master, BCL from UCD = the "
          "Irish undergraduate law degree = bachelor (with an Erasmus year in the same row), Degree of "
          "Barrister-at-Law (King's Inns) = other, printed after the BCL though later. OSCOLA entries: 'S "
          "Dervan-Clarke, _Title_ (Hart Publishing 2021)' (venue = the press), '‘Title’ (2023) 86 Modern Law "
          "Review 1021' (roman journal name, year in brackets before the volume), one '(2026) Legal Studies "
          "(forthcoming)' = in press 2026, a monograph 'under contract' with OUP (no year), a chapter 'in … (eds), "
          "_Book_ (Routledge 2024) 221' (venue = the book). 'Case Notes and Shorter Pieces': the Irish Jurist case "
          "note is counted, the Irish Times op-ed is not. Count 9; first author 8 (Kavanagh-Petit first on the "
          "IJCL paper). Submissions, policy work and media not counted. Grants and Awards: the IRC Laureate Award is "
          "a research grant (not counted); book prize, Fulbright award, teaching award = 3.",
)

LABELS["05"] = dict(
    name="Jonah P. Vasquez-Morrow", name_any=["Jonah Vasquez-Morrow"],
    emails=["jvasquezmorrow@example.edu"], phones=["+13145550119"], links=[],
    education=[E("University of Chicago, Booth School of Business", "phd", None, "2012"),
               E("Rice University", "bachelor", None, "2006")],
    experience=[
        J("Olin Business School, Washington University in St. Louis", "Professor of Finance", "2022", "present"),
        J("Olin Business School, Washington University in St. Louis", "Associate Professor of Finance", "2017",
          "2022"),
        J("Federal Reserve Bank of St. Louis", "Visiting Scholar", "2019", "2020"),
        J("Kelley School of Business, Indiana University", "Assistant Professor of Finance", "2012", "2017"),
    ],
    publications_count=8, first_author_count=None,
    publications_sample=[
        P("Refinancing Frictions and the Racial Wealth Gap", "Journal of Finance", 2024, None),
        P("Algorithmic Lenders and the Price of Thin Credit Files", "Review of Financial Studies", 2023, None),
        P("Do Borrowers Learn from Their Neighbors' Foreclosures?", "Journal of Financial Economics", 2020, True),
        P("Payday Loan Bans and Household Overdrafts", "Journal of Financial and Quantitative Analysis", 2016, None),
        P("Buy Now, Pay Later and Credit Card Revolving", "Journal of Finance", None, None, "under review"),
        P("Climate Risk Disclosure and Mortgage Pricing", "NBER Working Paper", 2024, None, "preprint"),
    ],
    research_interests_any=["Household finance", "Mortgage markets", "Fintech lending"],
    awards_count=3, language="en",
    layout="US finance professor, a university faculty-directory profile page printed by headless Chromium",
    notes="A web page, not a CV: red site bar with navigation, breadcrumb, grey '[portrait]' box, name, title, "
          "'Expertise:' line (scored as interests), a contact card with labels in small capitals (Email, Phone "
          "'314-555-0119', Office, Links, CV download); tabs; a Biography paragraph that narrates the career again "
          "(not separate jobs). Links are only anchor texts ('Personal website', 'SSRN author page'): no URL is "
          "printed, so links are not scored. Academic Positions as a date/text table (Visiting Scholar at the St. "
          "Louis Fed = a job). Education and Awards in the right column ('PhD, Finance, 2012' / school on the next "
          "line). Publications: bold quoted title, 'With A and B.' then italic journal volume (year): pages; the "
          "candidate's place in the author order is never shown, so first author is not scored. Working Papers: an "
          "'R&R, Journal of Finance' tag (under review), an NBER Working Paper 2024 (preprint, venue the series), "
          "an SSRN Working Paper 2025. Count 8. 'Presentations' is a run-in list of seminar places (not counted). "
          "Awards 3.",
)

LABELS["06"] = dict(
    name="Élise Marchand-Fraser",
    name_any=["ÉLISE MARCHAND-FRASER, PhD", "Élise Marchand-Fraser, PhD", "Elise Marchand-Fraser"],
    emails=["elise.marchandfraser@example.com"], phones=["+15145550162"], links=["www.marchandfraser.example.ca"],
    education=[E("University of Toronto", "phd", None, "2014"),
               E("Université de Montréal", "master", None, "2009"),
               E("University of British Columbia", "bachelor", None, "2007")],
    experience=[
        J("Schulich School of Music, McGill University", "Associate Professor of Musicology", "2020", "present"),
        J("Schulich School of Music, McGill University", "Assistant Professor of Musicology", "2015", "2020"),
        J("Harvard University", "SSHRC Postdoctoral Fellow", "2014", "2015"),
        J("Vancouver Island Chamber Players", "Composer-in-Residence", "2017", "2018"),
    ],
    publications_count=5, first_author_count=5,
    publications_sample=[
        P("Listening at the Edge of the Ice: Music and Sovereignty in the Canadian Arctic, 1950–1990",
          "McGill-Queen's University Press", 2021, True),
        P("Drum, Radio, Archive: Recording Inuit Song for the CBC Northern Service",
          "Journal of the American Musicological Society", 2023, True),
        P("Who Owns the Echo? Field Recording and Consent in Arctic Broadcasting", "Ethnomusicology Forum", 2021,
          True),
        P("Soundscape Pedagogy and Its Listeners", "Intersections: Canadian Journal of Music", 2018, True),
        P("Composing for Ice", "Sounding Canada: Essays on Music and Place", 2019, True),
    ],
    research_interests_any=["Music and sovereignty in the Canadian North", "sound studies",
                            "Indigenous–settler musical encounter"],
    awards_count=3, language="en",
    layout="Canadian musicologist and composer, python-docx Word CV with a tab-made date column",
    notes="Name in capitals with ', PhD', a role line, address and a '·'-separated contact line ('(514) 555-0162', "
          "'www.' site without scheme). Headings in dark red capitals with a bottom border; entries 'date<TAB>text' "
          "with a hanging indent. Appointments: '2020–' (open end = present), and a part-time composer residency "
          "printed after the older postdoc (out of order). Publications print no author names (all hers): Book "
          "(venue the press), Articles in Chicago style with the title in quotes and the journal italic, Chapter "
          "(venue = the book); 'Other writing' (liner notes) not counted. Count 5, first author 5. Compositions, "
          "premieres, Recordings and Performances are creative outputs, not publications. Awards and Honours 3 "
          "(book prize, composer award, graduate scholarship); the SSHRC Insight Grant is a grant.",
)

LABELS["07"] = dict(
    name="Thandiwe Nomsa Mokoena-van Wyk",
    name_any=["Thandiwe Mokoena-van Wyk", "Dr Thandiwe Nomsa Mokoena-van Wyk"],
    emails=["thandiwe.mvw@example.com"], phones=["+27215550173", "+27825550199"],
    links=["https://tmvanwyk.example.org"],
    education=[E("University of Cape Town", "phd", None, "2014"),
               E("University of Cambridge", "master", None, "2009"),
               E("Rhodes University", "bachelor", None, "2007"),
               E("Rhodes University", "bachelor", None, "2006")],
    experience=[
        J("University of Cape Town", "Senior Lecturer, Social Anthropology", "2021", "present"),
        J("University of Cape Town", "Lecturer, Social Anthropology", "2016", "2020"),
        J("Wolf Humanities Center, University of Pennsylvania", "Visiting Fellow", "2019-09", "2019-12"),
        J("Wits Institute for Social and Economic Research (WiSER), University of the Witwatersrand",
          "Postdoctoral Research Fellow", "2014", "2016"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        P("Paper Cattle: Grants, Bridewealth and the Making of Obligation in the Eastern Cape", "Wits University Press",
          2022, True),
        P("The Burial Society: Money, Death and Mutual Aid in Urban South Africa", "University of Chicago Press", None,
          True, "under review"),
        P("Dying in debt: funeral policies and the moral economy of the township", "American Ethnologist", 2024, True),
        P("Mobile money and the kin network: notes from Khayelitsha", "Journal of Southern African Studies", 2021,
          True),
        P("The grant as gift? Reciprocity and the Child Support Grant", "Africa", 2018, True),
        P("Counting households: the census as ethnographic object", "Anthropology Southern Africa", 2016, False),
        P("Cattle, cash and the absent son", "Kinship after Wages: Ethnographies of Obligation in Africa", 2020, True),
    ],
    research_interests_any=["Economic anthropology", "social grants and the state", "kinship and obligation"],
    awards_count=2, language="en",
    layout="South African anthropologist, plain-text CV with dashed underlines",
    notes="Plain text: 'CURRICULUM VITAE', name with a middle name, post, a long school name with its acronym, "
          "address; 'E-mail:/Tel:/Web:' with two phones (office and mobile, both hers). Headings underlined with "
          "dashes. Languages with levels under PERSONAL. Positions as 'YYYY - YYYY   text' (a 'Sep-Dec' visiting "
          "fellowship = 2019-09 to 2019-12, a job). Education: PhD, MA (Cambridge), BSocSc Honours and BSocSc "
          "(Rhodes; the South African honours year is a separate bachelor's-honours degree) labelled bachelor. "
          "FIELDWORK rows are not jobs. Publications with the year in a left column: a monograph (venue the press, "
          "'248 pp.'), a second book marked both 'In preparation.' and '(Manuscript under review, University of "
          "Chicago Press)' (status under review, no year), four articles of which two print no author names (hers "
          "alone) and one lists her second, one chapter (venue the book); a book review (not counted). Count 7, "
          "first author 6. Conference papers not counted. Awards: the UCT young researcher award and the "
          "Commonwealth Scholarship (2); the NRF rating is a rating and the Wenner-Gren award a research grant "
          "(neither counted). Referees' e-mails are not hers.",
)

LABELS["08"] = dict(
    name="Margaux Delisle-Ferrand",
    emails=["margaux.delisle-ferrand@example.org"], phones=["+33199004721"],
    links=["https://delisleferrand.example.org"],
    education=[E("Université Paris 8 Vincennes-Saint-Denis", "phd", None, "2019"),
               E("École nationale supérieure des beaux-arts de Lyon", "master", None, "2013"),
               E("École nationale supérieure des beaux-arts de Lyon", "bachelor", None, "2011")],
    experience=[
        J("Université Rennes 2", "Maîtresse de conférences en arts plastiques (Associate Professor of Fine Arts)",
          "2021", "present"),
        J("Académie de France à Rome – Villa Médicis", "Pensionnaire (fellow in residence)", "2019", "2020"),
        J("Université Paris 8", "ATER (temporary lecturer and researcher)", "2018", "2019"),
        J("École européenne supérieure d'art de Bretagne, Quimper", "Artiste intervenante (visiting artist-teacher)",
          "2014", "2017"),
    ],
    publications_count=5, first_author_count=4,
    publications_sample=[
        P("Les Gestes du relevé. Dessiner le littoral", "Les presses du réel", 2022, True),
        P("Le carnet comme terrain", "Marges. Revue d'art contemporain", 2024, True),
        P("Survey Lines: Two Artists Walking a Coast", "Journal for Artistic Research", 2022, False),
        P("Drawing as Fieldwork: Notes from the Breton Foreshore", "PARSE Journal", 2021, True),
        P("Relever, c'est déjà interpréter", "Pratiques de recherche en art", 2023, True),
    ],
    research_interests_any=[], awards_count=2, language="fr-en",
    layout="French artist-researcher, bilingual French/English CV, XeLaTeX (layout written for this set), 2 pages",
    notes="Name top left with 'Artiste-chercheuse / Artist-researcher' and a practice line (drawing, mapping, "
          "installation: not research interests); contact block right (French fiction number '+33 1 99 00 47 21', "
          "an Instagram handle). Headings 'Français / English' with a rule; every entry 'year(s)  text' in a left "
          "column, '2021–' = present. Positions and residencies: maîtresse de conférences, the Villa Médicis "
          "residency as 'Pensionnaire' (printed among positions = a job), ATER, visiting artist-teacher; titles "
          "labelled bilingual as printed. Education: doctorat (PhD by practice), DNSEP 'grade de master' = master, "
          "DNAP = bachelor (licence level). Solo and group exhibitions, artist's book, talks and public collections "
          "are not publications. Publications: a book (venue the publisher), French article with « » and 'n° 38', "
          "two English articles (one with Ingrid Solberg first), a chapter 'dans … (dir.)' (venue the book). "
          "Count 5, first author 4. Awards 2 (drawing prize, Salon de Montrouge special mention); the DRAC "
          "creation grant is a grant.",
)

LABELS["09"] = dict(
    name="Idris Halvorsen-Mahmoud", name_any=["Idris Halvorsen-Mahmoud, AIA"],
    emails=["idris@example.com"], phones=["+15125550134"], links=["www.hm-studio.example.com"],
    education=[E("Harvard University Graduate School of Design", "master", None, "2009"),
               E("University of Virginia", "bachelor", None, "2005")],
    experience=[
        J("The University of Texas at Austin", "Associate Professor", "2020", "present"),
        J("The University of Texas at Austin", "Assistant Professor", "2014", "2020"),
        J("Rice University School of Architecture", "Wortham Fellow", "2012", "2014"),
        J("Yale School of Architecture", "Visiting Critic", "2019", "2019"),
        J("Halvorsen Mahmoud Studio", "Principal", "2015", "present"),
        J("Lake|Flato Architects", "Project Architect", "2009", "2012"),
    ],
    publications_count=5, first_author_count=5,
    publications_sample=[
        P("Thick Walls, Thin Budgets: Thermal Mass in the Public Realm", "ORO Editions", 2020, True),
        P("Cooling as Civic Infrastructure", "Journal of Architectural Education", 2024, True),
        P("Earth, Labor, and the Texas Vernacular", "Places Journal", 2022, True),
        P("Shade Before Form", "Log", 2018, True),
        P("Rammed Earth at the Edge of Code", "Material Politics in Contemporary Architecture", 2025, True,
          "in press"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="US architect-academic, portfolio-style CV printed by WeasyPrint, 2 pages",
    notes="Big bold name with ', AIA', two role lines (professor; principal of own studio), contact block right "
          "('(512) 555-0134', 'www.' site). Letter-spaced small headings over a hairline (split letters in the text "
          "layer: 'E D U C AT I O N'). Rows 'years | text'. Academic Appointments (incl. a Wortham Fellowship held "
          "as a post and 'Spring 2019' visiting critic = 2019) and Practice (own studio since 2015, a firm before) "
          "are all jobs. Education: M.Arch = master, B.S. in Architecture = bachelor; the licence under "
          "Registration is not education. Built Work (with status tags 'Completed'/'Under construction'), "
          "Competitions (Finalist / First Prize / Honorable Mention: project results, not counted as awards), "
          "Exhibitions, 'Work Published In' (press about his buildings) and Lectures are not publications. "
          "Writing: 'Book:' ORO Editions 2020, three articles (one co-authored with him first), a chapter "
          "'forthcoming' 2025 (venue the book). Count 5, first 5. Honors and Awards 3.",
)

LABELS["10"] = dict(
    name="Priyanka Hollis-Adeyemi", name_any=["Dr Priyanka Hollis-Adeyemi"],
    emails=["p.hollis-adeyemi@example.ac.uk"], phones=["+441614960384"], links=[],
    education=[E("London School of Economics and Political Science", "phd", None, "2015"),
               E("London School of Economics and Political Science", "master", None, "2011"),
               E("University of York", "bachelor", None, "2010"),
               E("University of Manchester", "other", None, "2018")],
    experience=[
        J("University of Manchester", "Reader in Sociology", "2022-09", "present"),
        J("University of Manchester", "Senior Lecturer in Sociology", "2019-09", "2022-08"),
        J("University of Manchester", "Lecturer in Sociology", "2016-09", "2019-08"),
        J("Sociological Review Foundation (hosted at Keele University)", "Research Fellow", "2015-10", "2016-08"),
    ],
    publications_count=7, first_author_count=6,
    publications_sample=[
        P("Waiting Rooms: Time, Welfare and the Precarious Household", "Policy Press", 2022, True),
        P("Sanction time: how benefit conditionality reorders the household week", "Sociology", 2024, True),
        P("The queue as an institution: food banks and the politics of waiting", "The Sociological Review", 2023,
          False),
        P("Doing qualitative longitudinal research by telephone", "International Journal of Social Research "
          "Methodology", 2020, True),
        P("Time poverty", "Keywords for a Sociology of Austerity", 2021, True),
        P("Appointments and disappointments: digital welfare and the missed call", "British Journal of Sociology",
          None, True, "under review"),
    ],
    research_interests_any=["Welfare and time", "precarious households", "qualitative longitudinal methods"],
    awards_count=2, language="en",
    layout="UK sociologist (reader), python-docx Word CV exported to PDF by LibreOffice, 2 pages",
    notes="Word CV printed to PDF by LibreOffice Writer. 'Curriculum Vitae' above the name, post line, one contact "
          "line 'Email: … Tel: 0161 496 0384 ORCID: …' (UK number without +44; the bare ORCID id is not scored as a "
          "link). Headings 'Current Post' / 'Previous Posts' / 'Qualifications' in blue with a rule; rows with the "
          "date right-aligned ('Sep 2022 – present'); the PGCert (with an HEA fellowship) printed last among "
          "qualifications = education of level other. Publications in Harvard style (author (year) 'title', "
          "*journal*, vol(issue), pp.): the heading 'Papers' means journal papers here, while 'Papers Presented' "
          "further down are talks (not counted). Books (venue the press), Papers ×4 (one with her second), Book "
          "chapters (venue the book), 'Under review' (a revise-and-resubmit, no year); 'Reports' (a committee "
          "evidence report) not counted. Count 7, first author 6. Grants not awards; Prizes: teaching award and a "
          "prize shortlisting, both printed under 'Prizes' = 2. Media and engagement not counted.",
)

LABELS["11"] = dict(
    name="陆清漪",
    emails=["luqingyi@example.edu.cn"], phones=["+8613800138527"], links=[],
    education=[E("北京大学历史学系", "phd", "2009-09", "2014-06"),
               E("京都大学文学研究科", "other", "2012-10", "2013-09"),
               E("南京大学历史学系", "bachelor", "2005-09", "2009-06")],
    experience=[
        J("南京大学历史学院", "副教授", "2019-07", "present"),
        J("南京大学历史学院", "助理研究员", "2016-07", "2019-06"),
        J("复旦大学中国历史地理研究所", "博士后", "2014-07", "2016-06"),
        J("哈佛燕京学社", "访问学者", "2023-02", "2023-07"),
    ],
    publications_count=8, first_author_count=7,
    publications_sample=[
        P("明清江南的书院与地方社会", "上海古籍出版社", 2021, True),
        P("士人与乡约：十六世纪徽州的秩序想象", "中华书局", None, True, "in preparation"),
        P("明代书院“会讲”与地方士人网络的形成", "中国社会科学", 2024, True),
        P("清初江南学田的清查与书院经费", "历史研究", 2022, True),
        P("乡约文本中的“公议”", "中国史研究", 2018, False),
        P("书院与宗族：以常州为例", "清史研究", None, True, "accepted"),
    ],
    research_interests_any=["明清社会史", "江南地方文献", "书院与士人社会"],
    awards_count=3, language="zh",
    layout="Chinese historian (副教授), 文科 CV typeset with XeLaTeX + ctex, 2 pages",
    notes="Centred name, post, phone '138 0013 8527' (no +86; mainland mobile = +86), e-mail, address. Red "
          "headings with a rule. 基本信息 holds 研究方向 inline (scored). 教育经历 'YYYY.MM—YYYY.MM  school  major  "
          "degree': 历史学博士 = phd, 历史学学士 = bachelor, a year as 访问研究生 at Kyoto = education of level "
          "other. 工作经历 with '至今' = present and a 哈佛燕京学社 访问学者 stay (a job). 学术成果: 一、专著 "
          "(venue the press; the second '即出（已签约）' = under contract, no year), 二、学术论文 in GB-style "
          "'作者：《题名》，《期刊》YYYY年第N期' (the last '已录用，待刊' = accepted, no year; one with her second), "
          "三、译著与书评 explicitly '不计入成果统计' (not counted). Count 8, first 7. 科研项目 (国家社科基金, "
          "教育部) are grants. 获奖 3. Conference reports not counted.",
)

LABELS["12"] = dict(
    name="贺知远",
    emails=["hezhiyuan@example.edu.cn"], phones=["+8613800138642"], links=[],
    education=[E("清华大学社会科学学院社会学系", "phd", "2014-09", "2020-06"),
               E("芝加哥大学社会学系", "other", "2017-09", "2018-08"),
               E("南京大学社会学院", "bachelor", "2010-09", "2014-06")],
    experience=[
        J("北京大学社会学系", "博士后、助理研究员", "2022-07", "present"),
        J("中国社会科学院社会学研究所", "博士后", "2020-07", "2022-06"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("宗祠与村委：华南宗族村落的治理变迁", "社会科学文献出版社", 2023, True),
        P("“祠堂议事”：宗族组织参与村级治理的机制", "社会学研究", 2024, True),
        P("外出务工与宗族仪式的再生产——基于闽西三个村庄的田野调查", "社会", 2022, True),
        P("村规民约的文本变迁（1980—2020）", "中国农业大学学报（社会科学版）", 2021, False),
        P("田野中的“熟人”：回访研究的方法论反思", "社会学评论", 2019, True),
    ],
    research_interests_any=["农村社会学", "宗族与基层治理", "田野研究方法"],
    awards_count=3, language="zh",
    layout="Chinese sociologist (博士后/助理研究员), Word 个人简历 with a shaded info table, python-docx",
    notes="Title '个 人 简 历' (spaced), then a 4×4 grid table with shaded label cells (姓名, 性别, 出生年月, 政治面貌, "
          "手机 '138 0013 8642', 电子邮箱, 现单位, 研究方向 — the last scored as interests). '■' headings with a "
          "rule; rows 'YYYY.MM—YYYY.MM<TAB>text'. Education: 法学博士（硕博连读） in sociology = phd (a 法学 "
          "degree name for a sociology PhD), a 联合培养 year at Chicago = other, 法学学士 = bachelor. Two 博士后 "
          "posts (jobs). 科研成果: （一）专著与译著 — the monograph and a translated book (counted, printed among "
          "his outputs; the foreign author is listed first, so not first author), （二）期刊论文 ×4 (one with him "
          "second), （三）会议论文 '（未发表）' = a talk (not counted). Count 6, first 4. 科研项目 (国家社科基金青年项目, "
          "博士后基金) are grants; 田野调查 is not a job. 获奖 3 (成果奖, 优秀博士论文, 国家奖学金).",
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
