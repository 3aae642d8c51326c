"""Word lists the entry parsers share: job-title words, organisation words, places, degrees.

Kept in one place so the name, education and experience parsers agree on what
an institution, a job title or a place looks like.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.openings import with_opening
from reviewer.parsing.patterns import factor_boundaries
from reviewer.parsing.vocabulary import (
    BACHELOR_ABBREVIATIONS,
    BACHELOR_GUARDED,
    BACHELOR_WORDS,
    CJK_BACHELOR_WORDS,
    CJK_EMPLOYER_WORDS,
    CJK_INSTITUTION_WORDS,
    CJK_LAB_WORDS,
    CJK_MASTER_WORDS,
    CJK_OTHER_DEGREE_WORDS,
    CJK_PHD_WORDS,
    CJK_ROLE_WORDS,
    CJK_SCHOOL_ONLY_WORDS,
    COMPANY_FORMS,
    COMPANY_FORMS_CAPS,
    EMPLOYER_NOUNS,
    HIGHER_SCHOOL_FORMS_EU,
    INSTITUTE_FORMS_EU,
    INSTITUTION_NOUNS_EN,
    LAB_FORMS_EU,
    LAB_NOUNS,
    MASTER_ABBREVIATIONS,
    MASTER_GUARDED,
    MASTER_WORDS,
    ORG_ONLY_WORDS,
    OTHER_DEGREE_GUARDED,
    OTHER_DEGREE_WORDS,
    PHD_ABBREVIATIONS,
    PHD_WORDS,
    POLYTECHNIC_FORMS,
    SCHOOL_ACRONYMS,
    SCHOOL_FORMS_EU,
    SCHOOL_ONLY_WORDS,
    SECONDARY_SCHOOL_WORDS,
    UNIVERSITY_FORMS_EU,
    WELL_KNOWN_COMPANIES,
    alternation,
    degree_alternatives,
    trie_alternation,
)
from reviewer.profile import DegreeLevel

# A job title ends in (or is) one of these words.
ROLE_WORDS = (
    "intern", "internship", "engineer", "scientist", "researcher", "assistant", "associate", "professor",
    "lecturer", "postdoc", "postdoctoral", "fellow", "developer", "manager", "director", "founder",
    "cofounder", "co-founder", "cto", "ceo", "cso", "coo", "cfo", "vp", "lead", "leader", "architect",
    "analyst", "consultant", "instructor", "tutor", "member", "head", "officer", "volunteer", "owner",
    "president", "chair", "chairman", "designer", "programmer", "specialist", "coordinator", "editor",
    "advisor", "adviser", "trainee", "apprentice", "resident", "staff", "principal", "partner", "student",
    "ta", "ra", "counsellor", "counselor", "mentor", "scholar", "visitor", "technician", "administrator",
    "investigator", "secretary", "representative", "contractor", "freelancer", "teacher", "executive",
    "strategist", "quant", "trader", "sde", "swe", "mle", "debater", "supervisor", "economist", "physicist",
    "chemist", "biologist", "statistician", "mathematician", "physician", "nurse", "pharmacist", "lawyer",
    "attorney", "accountant", "auditor", "journalist", "writer", "translator", "clerk", "marketer", "recruiter",
    "librarian", "curator", "dean", "provost", "expert", "evangelist", "operator", "inspector", "planner",
    "producer", "artist", "tester", "lecturer", "reader", "hacker", "entrepreneur", "researcher",
    # clinical, field and humanities occupations
    "psychologist", "psychiatrist", "therapist", "psychotherapist", "clinician", "surgeon", "dentist",
    "veterinarian", "midwife", "epidemiologist", "neuroscientist", "geologist", "ecologist", "hydrologist",
    "geographer", "sociologist", "anthropologist", "historian", "linguist", "archivist", "educator",
    "technologist", "surveyor", "reporter", "correspondent", "photographer", "illustrator", "solicitor",
    "barrister", "paralegal", "coach", "convenor", "convener", "co-convenor", "co-convener", "co-director",
    "co-chair",
    # a post named by its kind of appointment ("Courtesy Appointment, School of X")
    "courtesy appointment", "joint appointment", "adjunct appointment", "affiliate appointment",
    "secondary appointment", "honorary appointment",
    # the life and data sciences' occupations
    "biostatistician", "bioinformatician", "econometrician", "actuary", "pharmacologist", "toxicologist",
    "microbiologist", "immunologist", "geneticist", "geophysicist", "oceanographer", "astronomer", "astrophysicist",
    "climatologist", "meteorologist", "agronomist", "nutritionist", "dietitian", "physiotherapist", "radiographer",
    # hospital posts and specialists ("Consultant Cardiologist", "Specialty Registrar")
    "registrar", "cardiologist", "oncologist", "radiologist", "neurologist", "anaesthetist", "anesthetist",
    "paediatrician", "pediatrician", "dermatologist", "pathologist", "nephrologist", "gastroenterologist",
    "haematologist", "hematologist", "obstetrician", "gynaecologist", "gynecologist", "ophthalmologist",
    "foundation doctor", "junior doctor", "resident doctor", "house officer", "medical officer",
    # French and German posts ("Maîtresse de conférences", "Wissenschaftliche Mitarbeiterin")
    "maître de conférences", "maîtresse de conférences", "ater", "chercheur", "chercheuse", "doctorant",
    "doctorante", "post-doctorant", "post-doctorante", "enseignant", "enseignante",  # (not ingénieur: "Diplôme d’ingénieur")
    "artiste intervenant", "artiste intervenante", "pensionnaire",  # (an art school's visiting artist; the Villa Médicis' fellow)
    "professeur", "professeure", "ingénieur de recherche", "ingénieure de recherche", "ingénieur d’études",
    "ingénieure d’études", "ingénieur d'études", "ingénieure d'études", "chargé de recherche", "chargée de recherche",
    "directeur", "directrice", "mitarbeiter", "mitarbeiterin", "hilfskraft", "doktorand", "doktorandin",
    "professorin", "wissenschaftler", "wissenschaftlerin", "lehrkraft", "referent", "referentin",
    # (German joins the kind of professorship or post onto the word: "Juniorprofessorin (W1)")
    "universitätsprofessor", "universitätsprofessorin", "juniorprofessor", "juniorprofessorin",
    "gastprofessor", "gastprofessorin", "honorarprofessor", "honorarprofessorin", "gruppenleiter",
    "gruppenleiterin", "abteilungsleiter", "abteilungsleiterin", "laborleiter", "laborleiterin",
    "postdoktorand", "postdoktorandin", "oberingenieur", "oberingenieurin", "akademischer rat", "akademische rätin",
    # Italian, Spanish and Portuguese posts ("Assegnista di ricerca", "Investigadora", "Pesquisador")
    "assegnista", "borsista", "ricercatore", "ricercatrice", "professore", "professoressa", "docente",
    "investigador", "investigadora", "profesor", "profesora", "catedrático", "catedrática", "pesquisador",
    "pesquisadora", "bolsista", "nutrióloga", "nutriólogo", "coordinador", "coordinadora",
    "cientista", "científica", "científico", "engenheira", "engenheiro", "ingeniera", "ingeniero",
    "analista", "gerente", "diretora", "diretor", "directora", "coordenadora", "coordenador",
    "estagiária", "estagiário", "becaria", "becario", "pós-doutorado", "pós-doutoranda", "pós-doutorando",
    "posdoctorado", "professora", "assistente", "asistente", "jefe", "jefa", "consultor", "consultora",
    "asesor", "asesora", "ayudante",
    # a doctorate held as a job (an industrial CIFRE contract, a Dutch or Nordic PhD position)
    "phd candidate", "ph.d. candidate", "doctoral candidate",
    # a student's paid stay ("Summer research placement", "Industrial placement")
    "placement",
    # a faculty post named by the word ("Adjunct Faculty", "Faculty Associate"; "Faculty of X" is a unit)
    "adjunct faculty", "affiliate faculty", "visiting faculty", "core faculty", "faculty member", "faculty associate",
    "faculty affiliate", "faculty fellow",
)
# (a prefix tree of the words: each position follows one branch; the longest spelling is tried first)
ROLE_RE = with_opening(re.compile(  # ("Golder Associates", "Smith & Associates": a firm's name, no one's post)
    # ("Investigaciones Científicas": a Romance role word in the plural is an adjective)
    r"(?i)(?<![\w-])(?<!google )(?:" + trie_alternation(ROLE_WORDS) + r")s?(?![\w-])(?<!associates)"
    r"(?<!científicas)(?<!científicos)|"
    # a UK doctor's training grade, the specialty after it ("ST7 Anaesthesia & ICM", "FY2", "CT1–CT2")
    # (only where a cell or a comma's segment opens: "(ST3–ST7)", "F1/F2 and CT1" name no post)
    r"(?-i:(?:^|(?<=\t)|(?<=, ))(?:ST|CT|FY|StR|SpR|ACCS)\d(?:\s*[–-]\s*(?:ST|CT|FY)?\d)?(?![\w)-]))|"
    # German joins the field onto the post: "Projektleiterin", "Entwicklungsingenieur", "Prodekanin"
    r"(?-i:(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:leiter|ingenieur|dekan|berater|entwickler|referent)(?:in)?(?![\w-]))|"
    r"(?i:(?<![\w-])(?:lehrbeauftragter?|dekan(?:in)?|ingenieur(?:in)?)(?![\w-]))|"
    + alternation(CJK_ROLE_WORDS)
))
TRAINING_GRADE = re.compile(r"(?:ST|CT|FY|StR|SpR|ACCS)\d(?:\s*[–-]\s*(?:ST|CT|FY)?\d)?")
# A clinical college's membership or fellowship by examination ("MRCP (UK)", "FRCS"): a
# qualification, neither a degree nor a post.
MEMBERSHIP_RE = re.compile(r"\b(?:[FM]RC(?:P|S|OG|R|A|GP|Path|Psych|PCH|EM|Ophth)|FRACP|FRCPC|FACC|FESC|FACP|FACS)\b")
# German names join their parts with hyphens: "Wilhelms-Universität", "Max-Planck-Institut"
_HYPHENATED_GERMAN = r"|(?<=[a-zäöüß]-)(?-i:Universität|Institut|Hochschule|Klinikum|Zentrum)(?![\w-])"
# An employer or a school named by its kind: an institution, a company form, an employer noun.
ORG_WORDS = with_opening(re.compile(
    r"(?i)(?<![\w-])(?:" + alternation(
        INSTITUTION_NOUNS_EN, LAB_NOUNS, UNIVERSITY_FORMS_EU, INSTITUTE_FORMS_EU, LAB_FORMS_EU,
        HIGHER_SCHOOL_FORMS_EU, POLYTECHNIC_FORMS, SCHOOL_FORMS_EU, ORG_ONLY_WORDS, COMPANY_FORMS,
        EMPLOYER_NOUNS, WELL_KNOWN_COMPANIES)
    + "|(?-i:" + alternation(COMPANY_FORMS_CAPS) + r"))(?![\w-])\.?"
    + _HYPHENATED_GERMAN
    + "|" + alternation(CJK_INSTITUTION_WORDS, CJK_LAB_WORDS, CJK_EMPLOYER_WORDS)
))
# A place of study: an institution word (in any of the languages), a well-known school, a secondary school.
INSTITUTION_RE = re.compile(
    r"(?i)(?<![\w-])(?:" + alternation(
        INSTITUTION_NOUNS_EN, UNIVERSITY_FORMS_EU, INSTITUTE_FORMS_EU, HIGHER_SCHOOL_FORMS_EU, POLYTECHNIC_FORMS,
        SCHOOL_FORMS_EU, SCHOOL_ONLY_WORDS) + r"|univ\.?)(?![\w-])"
    + r"|(?<![\w-])(?:" + alternation(SCHOOL_ACRONYMS)
    + r"|UC (?:Berkeley|Davis|Irvine|San Diego|Santa Barbara|Santa Cruz|Riverside)|Georgia Tech|Virginia Tech)(?![\w-])"
    + r"|(?<![\w])(?:[^\W\d_]+-)?(?:" + alternation(SECONDARY_SCHOOL_WORDS) + r")(?![\w-])"
    + _HYPHENATED_GERMAN
    + "|" + alternation(CJK_INSTITUTION_WORDS, CJK_SCHOOL_ONLY_WORDS)
)
COUNTRIES = (
    "china", "usa", "u.s.", "u.s.a.", "united states", "uk", "u.k.", "united kingdom", "canada", "germany",
    "france", "japan", "korea", "s.korea", "south korea", "republic of korea", "india", "singapore",
    "australia", "switzerland", "netherlands", "italy", "spain", "sweden", "israel", "hong kong", "taiwan",
    "macau", "czech republic", "south africa", "remote", "online", "belgium", "austria", "denmark", "finland",
    "norway", "ireland", "brazil", "mexico", "russia", "lebanon", "uae", "new zealand", "portugal", "poland",
    # the rest of the world's countries CVs name (not those that are also first names: Jordan, Chad, Georgia)
    "england", "scotland", "wales", "northern ireland", "luxembourg", "iceland", "estonia", "latvia", "lithuania",
    "slovenia", "slovakia", "croatia", "serbia", "bosnia and herzegovina", "montenegro", "albania", "north macedonia",
    "bulgaria", "romania", "moldova", "hungary", "greece", "cyprus", "malta", "ukraine", "belarus", "turkey",
    "türkiye", "kazakhstan", "uzbekistan", "armenia", "azerbaijan", "iran", "iraq", "syria", "saudi arabia",
    "qatar", "kuwait", "bahrain", "oman", "yemen", "united arab emirates", "egypt", "libya", "tunisia", "algeria",
    "morocco", "sudan", "ethiopia", "eritrea", "somalia", "kenya", "uganda", "tanzania", "rwanda", "burundi",
    "nigeria", "ghana", "senegal", "mali", "niger", "burkina faso", "côte d'ivoire", "ivory coast", "cameroon",
    "gabon", "congo", "dr congo", "angola", "zambia", "zimbabwe", "malawi", "mozambique", "botswana", "namibia",
    "madagascar", "mauritius", "pakistan", "afghanistan", "bangladesh", "sri lanka", "nepal", "bhutan",
    "myanmar", "thailand", "vietnam", "viet nam", "cambodia", "laos", "malaysia", "indonesia", "philippines",
    "brunei", "mongolia", "north korea", "argentina", "chile", "colombia", "peru", "ecuador", "bolivia",
    "venezuela", "uruguay", "paraguay", "cuba", "costa rica", "panama", "guatemala", "honduras", "el salvador",
    "nicaragua", "dominican republic", "jamaica", "trinidad and tobago", "fiji", "papua new guinea",
)
US_STATES = set(
    ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"]
)
CITIES = (
    "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "nanjing", "wuhan", "chengdu", "xi'an",
    "hong kong", "london", "paris", "berlin", "munich", "tokyo", "seoul", "singapore", "boston", "new york",
    "seattle", "bellevue", "san francisco", "mountain view", "palo alto", "cambridge", "austin", "pittsburgh",
    "chicago", "toronto", "montreal", "zurich", "bristol", "oxford", "redmond", "sunnyvale", "santa clara",
    "menlo park", "bonn", "kolkata", "bangalore", "bengaluru", "remote",
    # more of the cities CVs name beside employers
    "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "auckland", "wellington", "vancouver",
    "ottawa", "calgary", "dublin", "edinburgh", "glasgow", "manchester", "amsterdam", "rotterdam", "copenhagen",
    "stockholm", "oslo", "helsinki", "vienna", "geneva", "madrid", "barcelona", "lisbon", "rome", "milan",
    "prague", "warsaw", "athens", "dubai", "mumbai", "delhi", "hyderabad", "chennai", "pune", "taipei", "osaka",
    "kyoto", "los angeles", "san diego", "houston", "dallas", "denver", "atlanta", "philadelphia", "baltimore",
    "minneapolis", "ann arbor", "berkeley",
    # the large cities of Africa, Asia and Latin America, and more of Europe's university towns
    "nairobi", "mombasa", "kisumu", "lagos", "abuja", "ibadan", "accra", "kampala", "kigali", "addis ababa",
    "dar es salaam", "cape town", "johannesburg", "pretoria", "durban", "stellenbosch", "cairo", "casablanca",
    "tunis", "dakar", "karachi", "lahore", "islamabad", "dhaka", "colombo", "kathmandu", "jakarta", "manila",
    "bangkok", "hanoi", "ho chi minh city", "kuala lumpur", "lima", "bogotá", "bogota", "santiago",
    "buenos aires", "mexico city", "são paulo", "sao paulo", "rio de janeiro", "tel aviv", "istanbul", "ankara",
    "tehran", "riyadh", "doha", "abu dhabi", "moscow", "kyiv", "budapest", "bucharest", "brussels", "hamburg",
    "frankfurt", "cologne", "stuttgart", "heidelberg", "lyon", "marseille", "toulouse", "grenoble", "lausanne",
    "basel", "utrecht", "eindhoven", "leiden", "delft", "the hague", "antwerp", "ghent", "leuven", "gothenburg",
    "uppsala", "aarhus", "bergen", "trondheim",
)
CJK_CITIES = ("北京", "上海", "深圳", "杭州", "广州", "南京", "武汉", "成都", "西安", "香港", "天津", "苏州",
              "南非", "开普敦", "美国", "英国", "新加坡", "日本", "韩国", "加拿大", "澳大利亚", "德国", "法国")


# a region named by its kind: "Nairobi County", "Gauteng Province", "Lagos State"
_REGION = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:County|Province|State|District|Region|Prefecture|Governorate)")


_HAN = re.compile(r"[\u4e00-\u9fff]")


_PLACE_PARTS = re.compile(r"\s*(?:,|–|-|·|/)\s*")
_CJK_PLACE_NOISE = re.compile(r"[市省区县州,，、·()（）]|中国")


@lru_cache(maxsize=8192)  # pure per string; entry parsers ask it of the same cells again
def is_location(text: str) -> bool:
    """"Beijing, China", "Santa Clara, CA", "London – United Kingdom", "南非开普敦", "Remote"."""
    t = text.strip().strip("()").strip()
    if not t:
        return False
    if _HAN.search(t):
        compact = re.sub(r"\s", "", t)
        if len(compact) > 8 or not any(c in compact for c in CJK_CITIES) or ORG_WORDS.search(compact):
            return False
        # a place is places and place words ("北京海淀", "上海市", "中国 南京"); "广州教育小伙伴"
        # is a name that starts with its city
        rest = compact
        for c in CJK_CITIES:
            rest = rest.replace(c, "")
        rest = _CJK_PLACE_NOISE.sub("", rest)
        return len(rest) <= 2
    parts = [p.strip().strip(".") for p in _PLACE_PARTS.split(t) if p.strip()]
    if not parts or len(parts) > 4 or len(t) > 45:
        return False
    if any(ORG_WORDS.search(p) and p.lower() not in COUNTRIES for p in parts):
        return False
    last = parts[-1].lower()
    if last in COUNTRIES or parts[-1] in US_STATES or re.fullmatch(r"[A-Z]{2}", parts[-1]):
        return True
    if t.lower() in COUNTRIES or t.lower() in CITIES or _REGION.fullmatch(t):
        return True
    # "Austin TX", "Pittsburgh PA"
    if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? [A-Z]{2}", t) and t.split()[-1] in US_STATES:
        return True
    return len(parts) >= 2 and parts[0].lower() in CITIES


# Degree level patterns, checked in this order (each one's leading \b written once: see factor_boundaries).
_DEGREE_SPELLINGS: list[tuple[DegreeLevel, tuple[tuple[str, ...], ...]]] = [
    ("phd", (PHD_WORDS, PHD_ABBREVIATIONS, (), CJK_PHD_WORDS)),
    ("master", (MASTER_WORDS, MASTER_ABBREVIATIONS, MASTER_GUARDED, CJK_MASTER_WORDS)),
    ("bachelor", (BACHELOR_WORDS, BACHELOR_ABBREVIATIONS, BACHELOR_GUARDED, CJK_BACHELOR_WORDS)),
    ("other", (OTHER_DEGREE_WORDS, (), OTHER_DEGREE_GUARDED, CJK_OTHER_DEGREE_WORDS)),
]
DEGREE_LEVELS: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    (level, re.compile(factor_boundaries("(?i)" + degree_alternatives(*spellings))))
    for level, spellings in _DEGREE_SPELLINGS
]


# A doctor's training posts ("Residency, Internal Medicine", "Clinical Fellowship"), and the
# hospitals that employ them: routing sends such a line to the jobs, the job reader splits it
CLINICAL_TRAINING_RE = re.compile(r"(?i)^\W*(?:(?:clinical|chief|senior)\s+)?(?:residency|fellowship|internship|registrar)\b")
HOSPITAL_RE = re.compile(r"(?i)\b(?:hospital|clinic|medical\s+cent(?:er|re)|health\s+(?:system|service)|infirmary|nhs)\b")

# A stay during a degree taken elsewhere ("国家公派联合培养博士", "访问博士生", "Visiting Ph.D. student",
# "Joint Ph.D. student (CSC-funded)"): an education entry, but no degree of its own
_STAY_DURING_DEGREE = re.compile(
    both_scripts_pattern("联合培养|访问|交换|访学")
    + r"|(?i:\b(?:visiting|exchange|joint|guest)\s+(?:ph\.?\s?d\.?|doctoral|graduate|master'?s?|research)\s+student\b)")


_HYPHENATED_POSTDOC = re.compile(r"(?i)\b(?:p[óo]s|post)-(?:doutora(?:do|mento)|doctora(?:l|te|do)|dottorato)")


@lru_cache(maxsize=8192)  # pure per string; routing, education and field readers ask it of the same text
def degree_level(text: str) -> DegreeLevel | None:
    if _STAY_DURING_DEGREE.search(text):
        return "other"
    if "-" in text:
        text = _HYPHENATED_POSTDOC.sub(" ", text)  # "Post-doctoral", "Pós-Doutorado": a post, no doctorate
    for level, pat in DEGREE_LEVELS:
        if pat.search(text):
            return level
    return None


DEGREE_RE = with_opening(re.compile("|".join(p.pattern.replace("(?i)", "") for _, p in DEGREE_LEVELS[:3]), re.IGNORECASE))
