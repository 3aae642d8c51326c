"""The parser's vocabulary as data: word lists per category and language (institutions,
employers, job titles, degrees, venues), and the builders that turn a list into regex text.

The patterns built from these lists live where they are used (reviewer.parsing.lexicon,
sections, edufacts, jobline, venues); the lists live here so that the parsers draw on the
same words, and a new word is a line of data, not an edit of a pattern. Order matters inside a list: an alternation tries its words in order, so a word
that another one begins with comes after it ("univ." before "univ").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from reviewer.parsing.hanzi import both_scripts

# ---- institutions (places of study and research) -----------------------------

# The English institution nouns.
INSTITUTION_NOUNS_EN = ("university", "college", "institute", "school", "academy")
# The same nouns in the other European languages CVs print them in.
UNIVERSITY_FORMS_EU = ("université", "università", "universität", "universidad", "universidade",
                       "universitat", "universiteit", "universitet",
                       # Czech/Slovak, Slovene, Croatian, Hungarian, Finnish, Romanian, Lithuanian, Estonian
                       "univerzita", "univerza", "sveučilište", "egyetem", "yliopisto", "universitatea",
                       "universitetas", "ülikool")
INSTITUTE_FORMS_EU = ("institutet", "institut", "instituto", "istituto")
POLYTECHNIC_FORMS = ("polytechnic", "politecnico", "politechnika", "politehnica")
HIGHER_SCHOOL_FORMS_EU = ("hochschule", "högskola", "högskolan")
SCHOOL_FORMS_EU = ("école", "ecole")
LAB_NOUNS = ("laboratory", "laboratories", "lab", "labs")
LAB_FORMS_EU = ("laboratoire", "laboratorio", "laboratorium")

# Chinese word lists are written in Simplified characters; both_scripts adds the Traditional
# spellings (Taiwan, Hong Kong: 大學, 工程師, 碩士).
# Chinese: university, college/school, research academy, research institute, laboratory.
CJK_INSTITUTION_WORDS = both_scripts(("大学", "学院", "研究院", "研究所"))
# Words that name a school of the education section only (lexicon.INSTITUTION_RE) and not,
# yet, an employer (lexicon.ORG_WORDS). The two lists drifted apart rather than differ by
# design; adding these to ORG_WORDS changes experience output, so it waits for a scored change.
SCHOOL_ONLY_WORDS = ("uniwersytet", "politécnico", "polytechnique", "tecnológico", "tecnologico", "fachhochschule",
                     "sorbonne", "fundação", "fundación", "fondation", "fondazione", "technion", "eth", "epfl",
                     "kaist", "postech", "mit", "caltech", "conservatory")
# Well-known schools usually written without an institution word.
SCHOOL_ACRONYMS = ("UCLA", "NYU", "CMU", "USC", "UCSD", "UIUC", "UPenn", "NTU", "NUS", "HKUST", "CUHK", "USTC",
                   "SJTU", "ZJU", "KTH", "TUM", "LMU", "UCL", "LSE", "IIT", "IISc")
# Secondary schools, often hyphenated to their namesake ("Goethe-Gymnasium").
SECONDARY_SCHOOL_WORDS = ("gymnasium", "lyceum", "lycée", "liceo")
CJK_SCHOOL_ONLY_WORDS = both_scripts(("科学院",))  # academy of sciences
# In ORG_WORDS (employers) only: Spanish and Italian "school", and plural nouns.
ORG_ONLY_WORDS = ("escuela", "scuola", "centers", "centres", "institutes")
CJK_LAB_WORDS = both_scripts(("实验室",))

# ---- companies and other employers ------------------------------------------

# Legal forms and company nouns, matched in any case ("GmbH", "Ltd.").
COMPANY_FORMS = ("inc", "ltd", "limited", "gmbh", "corp", "corporation", "company", "co", "llc", "plc", "ag", "sa",
                 "llp", "pllc")  # (law firms: "Quill & Partners LLP")
# Legal forms that are also short words ("as", "se"): matched in capitals only ("BASF SE", "Nokia Oyj").
COMPANY_FORMS_CAPS = ("SE", "NV", "BV", "KG", "KGaA", "AB", "ASA", "Oyj", "SpA", "SRL", "S.p.A", "S.r.l", "K.K")
# The legal forms no heading or title word shares: a line holding one names an entry.
UNMISTAKABLE_COMPANY_FORMS = ("inc", "ltd", "gmbh", "corp", "llc", "llp")
# Words that begin a job title ("Senior Data Engineer"): printed right after a company's
# name with only a space between, they mark where the name ends.
SENIORITY_WORDS = ("senior", "sr.", "junior", "jr.", "lead", "principal", "staff", "graduate", "chief", "head")
# Words a company's name often ends with ("Pennywhistle Retail Group", "Acme Labs").
COMPANY_NAME_ENDINGS = ("group", "labs", "analytics", "technologies", "systems", "solutions", "consulting",
                        "partners", "holdings", "insurance", "bank", "capital", "ventures", "networks", "studios",
                        "therapeutics", "pharmaceuticals", "biosciences", "biotherapeutics", "organization", "organisation")
# Nouns that name an employer that is not a company or a school (and a drug company's
# own word: "Halvard Therapeutics", "Quill Pharmaceuticals").
EMPLOYER_NOUNS = ("group", "center", "centre", "foundation", "technologies", "technology", "research", "bank",
                  "hospital", "ministry", "agency", "council", "society", "department", "dept", "faculty",
                  "therapeutics", "pharmaceuticals", "biosciences", "biotherapeutics", "organization", "organisation",
                  # the same public employers in Spanish, Portuguese, Italian and French
                  "ministerio", "ministério", "ministero", "ministère", "banco", "banca", "banque", "consejo",
                  "conselho", "consiglio", "conseil", "agencia", "agência", "agenzia", "agence")
# Employers whose name holds no organisation word.
WELL_KNOWN_COMPANIES = ("microsoft", "google", "amazon", "apple", "meta", "facebook", "nvidia", "ibm", "intel",
                        "bytedance", "tencent", "alibaba", "baidu", "huawei", "samsung", "adobe", "deepmind",
                        "openai", "uber", "netflix", "aws", "ai",
                        # universities known by their letters alone in the posts they give
                        "rwth", "eth", "epfl", "kaist", "postech", "technion")
# Chinese: company, group, centre, technology (in company names), bank, hospital, "limited".
CJK_EMPLOYER_WORDS = both_scripts(("公司", "集团", "中心", "科技", "银行", "医院", "有限"))

# ---- job titles ---------------------------------------------------------------

# Chinese job-title words (the English ones are lexicon.ROLE_WORDS): intern, engineer,
# researcher, manager, designer, architect, teaching assistant, assistant, director,
# supervisor, professor, lecturer, postdoc, research assistant, volunteer, developer,
# person in charge, team lead, president, founder, consultant, analyst, scientist,
# programmer, specialist, head, dean, institute director, graduate student, expert, partner,
# surveyor, technician, clerk.
CJK_ROLE_WORDS = both_scripts(("实习生", "实习", "工程师", "研究员", "经理", "设计师", "架构师", "助教", "助理", "总监", "主管",
                  "教授", "讲师", "博士后", "研究助理", "志愿者", "开发", "负责人", "组长", "总裁", "创始人", "顾问",
                  "分析师", "科学家", "程序员", "专员", "主任", "院长", "所长", "研究生", "专家", "合伙人",
                  "博士生导师", "硕士生导师", "博导", "硕导", "访问学者", "访问学生", "调查员", "技术员", "业务员",
                  # clinical and school occupations (not 会计师/律师: they name firms, 会计师事务所)
                  "住院医师", "医师", "医生", "护士", "药师", "教师",
                  # research staff ("博士后研究人员", "科研人员")
                  "研究人员", "科研人员"))

# ---- degrees, per level -----------------------------------------------------------

# Whole words and phrases, in any case.
# (and the Portuguese, Spanish and Italian names: "Doutorado em Meteorologia", "Laurea magistrale")
PHD_WORDS = ("doctor", "doctoral", "doctorate", "doctorat", "promotion zum dr", "dr. phil", "dr. phil.",
             "doutorado", "doutoramento", "doctorado", "dottorato",
             # the Russian and post-Soviet doctorate (кандидат наук)
             "candidate of sciences", "candidate of science", "kandidat nauk", "aspirantura")
MASTER_WORDS = ("master", "masters", "master's", "mba", "mpp", "mfa", "mestrado", "maestría", "maestria", "máster",
                "laurea magistrale")
BACHELOR_WORDS = ("bachelor", "bachelors", "bachelor's", "bsc", "ba", "bs", "undergraduate",
                  "licenciatura", "licenciado", "licenciada", "laurea triennale", "bacharelado", "bacharel")
OTHER_DEGREE_WORDS = ("exchange", "visiting", "summer school", "winter school", "high school", "secondary school",
                      "diploma", "abitur", "matura", "maturità", "a-level", "a-levels",
                      "international baccalaureate", "baccalauréat", "bachillerato", "certificate",
                      "associate degree", "associate's", "associate’s", "associate of", "study abroad", "non-degree",
                      "grad student", "graduate student", "student", "cpge",
                      # school-leaving certificates of Indian and South Asian CVs
                      "ssc", "hsc", "sslc", "cbse", "icse", "puc")
# Abbreviations: a "." stands where a CV may print a dot, a space, both or nothing
# ("Ph.D" reads "PhD", "Ph.D", "Ph. D", "Ph D"). Matched whole, in any case.
# (the professional and arts doctorates too: musical arts, education, engineering, science,
# psychology, public health, nursing practice; not "DBA", a database administrator as often)
PHD_ABBREVIATIONS = ("Ph.D", "D.Phil", "Sc.D", "Dr.rer", "D.M.A", "Ed.D", "Eng.D", "D.Sc", "Psy.D", "Dr.P.H",
                     "D.N.P")
MASTER_ABBREVIATIONS = ("M.Eng", "M.Phil", "M.P.H", "M.P.A", "M.S.P.H", "M.Tech", "M.Res",
                        "M.Phys", "M.Chem", "M.Math", "M.Comp", "M.Biol", "M.St")
# the medical first degrees of British, Irish and Commonwealth CVs: MBChB, MBBS, MB BChir, BMBS, MB BCh (BAO)
BACHELOR_ABBREVIATIONS = ("B.Eng", "B.Tech", "B.Comp", "MB.ChB", "MB.BS", "MB.BChir", "BM.BS", "MB.BCh")
# Spellings that are also initials, words or parts of words, so each carries its own
# guard (regex): "M.S." but not an "M S" pair of initials, "MS" but not "MS-DOS",
# "LLM" the degree but not "LLM inference".
MASTER_GUARDED = (r"\bm\.\s?e\.(?!\w)", r"\bm\.\s?s\.?(?!\w)", r"\bms(?:c|cs|e|ee)?\b(?!-)", r"\bm\.\s?sc\b", r"\bm\.\s?a\.(?!\s*\(?hons)",
                  r"\bm\.\s?ed\b", r"\bllm\b(?![\s-]*(?:s|inference|agent|based))")
# "M.A. (Hons)": the Scottish first degree, a bachelor's level
BACHELOR_GUARDED = (r"\bm\.?\s?a\.?\s*\(?hons\b", r"\bb\.\s?s\.?(?!\w)", r"\bb\.\s?sc\b", r"\bb\.\s?a\.", r"\bb\.?b\.?a\.?(?!\w)",
                    r"\bb\.?\s?e\.(?!\w)", r"\bab\b(?=\s+in\b)", r"\blicence\s+(?:en|de|in)\b",
                    r"\blicence\s+(?-i:[A-Z])",  # the French first degree ("Licence Sciences du langage")
                    r"(?<!-)\bgradua[çc][ãa]o\s+em\b")  # Brazil's first degree ("Graduação em Medicina"), not "Pós-graduação"
OTHER_DEGREE_GUARDED = (
    r"\bclasses? pr[ée]paratoires?\b",
    # school-leaving rows: "Class XII (CBSE)", "Std. X", "12th" before a board or the line's end
    r"\b(?:class|std\.?|standard|grade)\s+(?:x|xii|10|12)(?:th)?\b",
    r"\b(?:10|12)th\b(?=\s*(?:\(|standard|grade|board|cbse|icse|$))",
)
# Chinese: doctorate (not 博士后, postdoc), master-doctor programme, direct doctorate;
# master, graduate study; bachelor, undergraduate; exchange, visit, visiting study,
# further study, senior high school, junior college (two spellings).
CJK_PHD_WORDS = ("博士(?![后後])", *both_scripts(("硕博连读", "直博")))  # (the first a guard, so written as regex)
CJK_MASTER_WORDS = both_scripts(("硕士", "研究生"))
CJK_BACHELOR_WORDS = both_scripts(("学士", "本科"))
CJK_OTHER_DEGREE_WORDS = both_scripts(("交换", "访问", "访学", "进修", "高中", "大专", "专科"))

# ---- venues -----------------------------------------------------------------------


class Regex(str):
    """A spelling that needs a pattern (a guard, a choice of letters): used as written."""


# Preprint servers and open archives, as they print their names (matched in any case, whole
# words); HAL, the French open archive, only in capitals or by its "hal-01234567" identifiers.
PREPRINT_SERVERS = ("arXiv", "bioRxiv", "medRxiv", "ChemRxiv", "TechRxiv", "PsyArXiv", "SocArXiv", "EdArXiv",
                    "EarthArXiv", "engrXiv", "SSRN", "OSF Preprints", "Research Square", "Preprints.org",
                    "Authorea", "OpenReview", "EcoEvoRxiv", "AgriRxiv", "MetaArXiv", "LawArXiv")

# (short name, kind, spellings). A spelling without spaces or dots is an acronym, matched
# whole and in this case ("ACL", not "acl"); one with spaces is a name, matched in any
# case by venues.known_venue, where a "." after a word may be printed or left out and a
# "," too ("Adv. Neural Inf. Process. Syst"). Order matters: more specific names first
# (TACL before ACL, NAACL before ACL...), and within a row the first spelling found wins.
VENUES: list[tuple[str, str, tuple[str, ...]]] = [
    ("TACL", "journal", ("TACL", "Transactions of the Association for Computational Linguistics")),
    ("NAACL", "conference", ("NAACL", "North American Chapter of the Association for Computational Linguistics")),
    ("EACL", "conference", ("EACL", "European Chapter of the Association for Computational Linguistics")),
    ("AACL", "conference", ("AACL", "Asia-Pacific Chapter of the Association for Computational Linguistics")),
    ("EMNLP", "conference", ("EMNLP", "Empirical Methods in Natural Language Processing")),
    ("COLING", "conference", ("COLING", "International Conference on Computational Linguistics")),
    ("ACL", "conference", (Regex(r"\bACL\b(?!\s*(?:Trans|Comput))"), "Annual Meeting of the Association for Computational Linguistics", "Association for Computational Linguistics (ACL)")),
    ("NeurIPS", "conference", (Regex(r"\bNeur[Ii][Pp][Ss]\b"), "NIPS", "Neural Information Processing Systems", "Adv. Neural Inf. Process. Syst")),
    ("ICML", "conference", ("ICML", Regex(r"International Conference on Machine Learning(?! and)"), "Int. Conf. Mach. Learn")),
    ("ICLR", "conference", ("ICLR", "International Conference on Learning Representations", "Int. Conf. Learn. Represent")),
    ("CVPR", "conference", ("CVPR", "Computer Vision and Pattern Recognition", "Comput. Vis. Pattern Recognit")),
    ("ICCV", "conference", ("ICCV", "International Conference on Computer Vision", "Int. Conf. Comput. Vis")),
    ("ECCV", "conference", ("ECCV", "European Conference on Computer Vision", "Eur. Conf. Comput. Vis")),
    ("WACV", "conference", ("WACV", "Winter Conference on Applications of Computer Vision")),
    ("AAAI", "conference", ("AAAI", "AAAI Conference on Artificial Intelligence", "AAAI Conf. Artif. Intell")),
    ("IJCAI", "conference", ("IJCAI", "International Joint Conference on Artificial Intelligence")),
    ("KDD", "conference", (Regex(r"\b(?:SIG)?KDD\b"), "Knowledge Discovery and Data Mining")),
    ("WWW", "conference", ("WWW", "The Web Conference", "World Wide Web Conference")),
    ("SIGIR", "conference", ("SIGIR", "Research and Development in Information Retrieval")),
    ("WSDM", "conference", ("WSDM", "Web Search and Data Mining")),
    ("CIKM", "conference", ("CIKM", "Information and Knowledge Management")),
    ("ICDM", "conference", ("ICDM", "International Conference on Data Mining")),
    ("ICDE", "conference", ("ICDE", "International Conference on Data Engineering")),
    ("VLDB", "conference", (Regex(r"\bP?VLDB\b"), Regex(r"Very Large Data ?Bases"))),
    ("SIGMOD", "conference", ("SIGMOD", "Management of Data")),
    ("COLT", "conference", ("COLT", "Conference on Learning Theory")),
    ("AISTATS", "conference", ("AISTATS", "Artificial Intelligence and Statistics")),
    ("UAI", "conference", ("UAI", "Uncertainty in Artificial Intelligence")),
    ("MICCAI", "conference", ("MICCAI", Regex(r"Medical Image Computing and Computer[- ]Assisted Intervention"))),
    ("INTERSPEECH", "conference", ("Interspeech", "INTERSPEECH")),
    ("ICASSP", "conference", ("ICASSP", "Acoustics, Speech, and Signal Processing", "Acoust., Speech, Signal Process")),
    ("ICRA", "conference", ("ICRA", "International Conference on Robotics and Automation")),
    ("IROS", "conference", ("IROS", "Intelligent Robots and Systems")),
    ("CoRL", "conference", ("CoRL", "Conference on Robot Learning")),
    ("RSS", "conference", ("RSS", "Robotics: Science and Systems")),
    ("OSDI", "conference", ("OSDI", "Operating Systems Design and Implementation")),
    ("SOSP", "conference", ("SOSP", "Symposium on Operating Systems Principles")),
    ("NSDI", "conference", ("NSDI", "Networked Systems Design and Implementation")),
    ("EuroSys", "conference", (Regex(r"\bEuro[Ss]ys\b"), "European Conference on Computer Systems")),
    ("ASPLOS", "conference", ("ASPLOS", "Architectural Support for Programming Languages and Operating Systems")),
    ("ISCA", "conference", ("ISCA", "International Symposium on Computer Architecture")),
    ("MICRO", "conference", ("MICRO", "International Symposium on Microarchitecture")),
    ("PLDI", "conference", ("PLDI", "Programming Language Design and Implementation")),
    ("SIGCOMM", "conference", ("SIGCOMM",)),
    ("CHI", "conference", ("CHI", "Human Factors in Computing Systems")),
    ("UIST", "conference", ("UIST", "User Interface Software and Technology")),
    ("TPAMI", "journal", (Regex(r"\bT-?PAMI\b"), "Pattern Analysis and Machine Intelligence", "Pattern Anal. Mach. Intell")),
    ("JMLR", "journal", ("JMLR", "Journal of Machine Learning Research", "J. Mach. Learn. Res")),
    ("TMLR", "journal", ("TMLR", "Transactions on Machine Learning Research")),
    ("IJCV", "journal", ("IJCV", "International Journal of Computer Vision", "Int. J. Comput. Vis")),
    ("TNNLS", "journal", ("TNNLS", "Transactions on Neural Networks and Learning Systems", "Trans. Neural Netw. Learn. Syst")),
    ("TKDE", "journal", ("TKDE", "Transactions on Knowledge and Data Engineering", "Trans. Knowl. Data Eng")),
    ("TIP", "journal", ("TIP", "Transactions on Image Processing", "Trans. Image Process")),
    ("PNAS", "journal", ("PNAS", "Proceedings of the National Academy of Sciences", "Proc. Natl. Acad. Sci")),
    ("Nature", "journal", (Regex(r"^(?:In\s+)?Nature\b(?!\s+[A-Z])"),)),  # not "Nature Chemical Biology"
    ("Science", "journal", (Regex(r"^(?:In\s+)?Science\b(?!\s+[A-Z])"),)),  # not "Science Advances"
    ("arXiv", "preprint", ("arxiv", "ArXiv", "ARXIV")),
]


def spelling_pattern(spelling: str) -> str:
    r"""One venue spelling as a regex: "TACL" -> "\bTACL\b", "Int. Conf" -> "Int\.? Conf"."""
    if isinstance(spelling, Regex):
        return spelling
    if not re.search(r"[ .,]", spelling):
        return rf"\b{spelling}\b"
    return spelling.replace(".", r"\.?").replace(",", ",?").replace("(", r"\(").replace(")", r"\)")


def abbreviation(spelling: str) -> str:
    r"""A degree abbreviation as a regex: "Ph.D" -> "\bph\.?\s?d\b" (see the lists above)."""
    return r"\b" + r"\.?\s?".join(re.escape(part.lower()) for part in spelling.split(".")) + r"\b"


def degree_alternatives(words: Iterable[str], abbreviations: Iterable[str], guarded: Iterable[str],
                        cjk: Iterable[str]) -> str:
    """One level's spellings as regex alternatives, whole words first, in list order."""
    return "|".join([*(r"\b" + re.escape(w) + r"\b" for w in words), *map(abbreviation, abbreviations),
                     *guarded, *cjk])


def alternation(*lists: Iterable[str]) -> str:
    """The words of the lists, in order, as the branches of a regex alternation (escaped, no group)."""
    return "|".join(re.escape(w) for words in lists for w in words)


def trie_alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation built as a prefix tree ("engineer|english" ->
    "eng(?:ineer|lish)"): at each position the engine follows one branch per letter instead of
    trying every word, and a longer spelling is still tried before a shorter one it extends
    (the empty branch comes last), as a list sorted longest first would."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"

    return emit(trie)
