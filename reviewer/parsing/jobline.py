"""One header line of an experience entry: what organisation, title and dates it states.

"Senior Engineer, Acme GmbH, Hamburg  2019 – 2021", "青禾科技(实习) 南湖<tab>dates",
"Research Intern. Acme Research. Vision Group.": the line is cut into pieces, places
dropped, a title found by its role word and the rest read as the organisation (with
a unit printed beside it when there is one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from reviewer.parsing.cleaning import has_cjk
from reviewer.parsing.dates import DateSpan, first_range, season_or_marker, strip_dates
from reviewer.parsing.lexicon import (
    CITIES,
    COUNTRIES,
    INSTITUTION_RE,
    ORG_WORDS,
    ROLE_RE,
    TRAINING_GRADE,
    US_STATES,
    is_location,
)
from reviewer.parsing.openings import with_opening
from reviewer.parsing.segments import LABEL, cap_ratio, pair_translations, split_segments, strip_asides
from reviewer.parsing.vocabulary import (
    COMPANY_NAME_ENDINGS,
    SENIORITY_WORDS,
    UNMISTAKABLE_COMPANY_FORMS,
    alternation,
)

UNIT_RE = with_opening(re.compile(r"(?i)\b(?:group|lab|laboratory|team|department|dept|institute|center|centre|division|unit|program|programme|clinic|service|"
                   r"chair\s+(?:of|for)|professur\s+für|lehrstuhl\s+für|arbeitsgruppe|abteilung)\b"))
# a school known by its letters: "TU Munich", "NIHES", "LMU", "ETH Zürich"
ACRONYM_SCHOOL = re.compile(r"(?:TU|[A-Z]{2,3}U|[A-Z]{3,8})(?:\s+[A-Z][\w'’-]+)?")
# Teaching posts name the course taught before the institution that employs them
_TEACHING = re.compile(r"(?i)\b(?:teaching\s+assistant|teaching\s+fellow|tutor|demonstrator|grader|course\s+assistant)\b")
TITLE_LABELS = re.compile(r"(?i)^(?:title|position|role|job title|职位|岗位|职务|职称|职务\s*/\s*职称|职位名称)$")
ORG_LABELS = re.compile(r"(?i)^(?:company|organi[sz]ation|employer|institution|单位|公司|工作单位|任职单位|就职单位|"
                        r"公司名称|单位名称)$")
# a form's record of one post, a field a line ("起止时间: 2022-04 至今", "部门: X"): the period's
# label is no employer, the department is a detail of the employer's
_PERIOD_LABEL = re.compile(r"^\s*(?:起止时间|起讫时间|任职时间|工作时间|时间)\s*[:：]?\s*$")
_UNIT_LABEL = re.compile(r"^\s*(?:部门|所在部门|院系|所在院系)\s*[:：]")
# A company suffix ends the name: what follows it on the line is a place ("Acme GmbH Hamburg").
_SUFFIXES = r"(?:Inc|Ltd|GmbH|AG|Corp|LLC|Co|Kft|PLC|Limited|SE|SA|BV|Pty|LLP)"
_PLACE_AFTER_SUFFIX = re.compile(
    rf"^(.*?(?:\b{_SUFFIXES}\.?|\)))"
    rf"\s+(?!{_SUFFIXES}\b)[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?$"
)


def _drop_place_tail(org: str) -> str:
    m = _PLACE_AFTER_SUFFIX.match(org)
    return m.group(1) if m and not ROLE_RE.search(org[m.end(1):]) else org


@dataclass
class LineFacts:
    """What one header line says about an entry."""

    org: str | None = None
    org_prio: int = 0  # 3 organisation word, 2 printed next to a title or dates, 1 alone and plain
    title: str | None = None
    dates: DateSpan | None = None

    @property
    def empty(self) -> bool:
        return not (self.org or self.title or self.dates)


_GRADE = re.compile(r"\s+(?:(?:I{1,3}|IV|VI{0,3}|IX|X)|[1-9]|[LEP][1-9]\d?|(?i:level|grade|band)\s+[1-9IV]+)(?![\w.'-])")


# a company's legal form alone: what follows a word of its name, never a whole employer
_CJK_FIRM_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司|(?:集团)?(?:股份)?公司|集团|[(（]?有限合伙[)）]?")
_CJK_FIRM_END = re.compile(r"[\u3400-\u9fff](?:有限(?:责任)?公司|股份公司|集团)$")


# Romance titles put the qualifier after the post
# ("Investigadora Independiente", "Profesora Adjunta regular", "Consultora externa": one or more)
_POST_MODIFIER = re.compile(r"(?i)(?:\s+(?:visitante|substitut[ao]|s[êe]nior|j[úu]nior|adjunt[ao]|titular|associad[ao]|"
                            r"colaborador(?:a)?|convidad[ao]|em[ée]rit[ao]|invitad[ao]|visitatore|visitatrice|"
                            r"independiente|regular|extern[ao]|intern[ao]|interin[ao]|suplente|ordinari[ao]|contratad[ao]|"
                            r"ayudante|doctora?)(?![\w-]))+")


def split_title(seg: str) -> tuple[str, str] | None:
    """"Senior ML Engineer Brightwater GmbH" → (title, org) when a title word is followed by a name."""
    matches = list(ROLE_RE.finditer(seg))
    if matches and TRAINING_GRADE.fullmatch(matches[0].group(0)) and matches[0].start() == 0:
        return None  # "ST7 Anaesthesia & ICM": a training grade and its specialty, all of it the post
    for m in reversed(matches):
        if seg[: m.start()].count("(") > seg[: m.start()].count(")"):
            continue  # "(AI Resident)" qualifies the title before it
        if re.search(r"(?i)\b(?:to|for|with|under)\s+$", seg[: m.start()]):
            continue  # "Assistant to Professor Lin": the professor is someone else
        end = m.end()
        # "Software Engineer II", "Analyst 2", "Engineer L5", "Scientist Level 3": a grade belongs to the title
        grade = _GRADE.match(seg[end:])
        if grade:
            end += grade.end()
        if after := _POST_MODIFIER.match(seg[end:]):
            end += after.end()  # "Pesquisadora Visitante", "Professora Substituta": the adjective follows
        paren = re.match(r"\s*[(（][^)）]*[)）]", seg[end:])
        if paren:
            end += paren.end()
        rest = seg[end:].strip(" ,-–")
        if not rest or re.match(r"[·・•]", rest):
            return None  # "算法工程师·推荐方向": the part after the middle dot is the title's focus
        if has_cjk(seg):
            if _CJK_FIRM_FORM.fullmatch(rest):
                return None  # "上海新药开发有限公司": the role word is part of the firm's name
            return seg[:end].strip(), rest
        if ((re.match(r"^[A-Z0-9]", rest) or ORG_WORDS.search(rest))
                and not re.match(r"(?i)^(?:at|in|of|for|and|&|to|on|with)\b", rest) and not ROLE_RE.search(rest)):
            return seg[:end].strip(), rest
        return None
    return None


# (the leading lookahead names the letters a match can start with: the engine passes every
# other position at once instead of trying each alternative there; the matches are the same)
_DOCUMENT_DATE = with_opening(re.compile(
    r"(?i)(?=[aclmru])(?:\b(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*[:：]?.*$|\bas of\b.*$"
    r"|\b(?:curriculum\s+vitae|cv|r[ée]sum[ée])\s*[,:–—-]?\s*(?=(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\b).*$)"))


_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]")


# "Søborg, Denmark", "Austin, TX": a city and its region or country, nothing else on the line
_PLACE_ONLY = re.compile(r"([^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*)?),\s*[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*)?")


@lru_cache(maxsize=4096)  # pure per string; each strict entry pass asks it of every line again
def dates_stated(text: str) -> bool:
    """Whether line_facts(text) reads dates from the line (the cheap part of it, asked alone)."""
    return first_range(_DOCUMENT_DATE.sub("", text)) is not None


def line_facts(text: str) -> LineFacts:
    """Organisation, title and dates stated by one header line (a fresh copy: callers may change it)."""
    return replace(_line_facts(text))


# Pure per string, and asked again of the same header lines (the routing, role bullets, entries).
# A résumé builder's label over an entry's bullets ("Achievements/Tasks", "Key responsibilities"):
# it names no employer and no post
_DETAIL_LABEL = re.compile(r"(?i)(?:key\s+|main\s+)?(?:achievements?|tasks|responsibilities|duties|accomplishments|"
                           r"highlights)(?:\s*(?:/|&|and)\s*(?:achievements?|tasks|responsibilities|duties))?\s*[:：]?")


@lru_cache(maxsize=4096)
def _line_facts(text: str) -> LineFacts:
    if _DETAIL_LABEL.fullmatch(text.strip()):
        return LineFacts()
    # "Last updated: May 2024", "Curriculum Vitae, October 2025" date the document, not an entry
    text = _DOCUMENT_DATE.sub("", text)
    facts = LineFacts(dates=first_range(text))
    if facts.dates and not facts.dates.is_range and season_or_marker(text) == "start":
        facts.dates = DateSpan(facts.dates.start, "present", facts.dates.span, True)  # "since 2019"
    rest = strip_asides(strip_dates(text) if facts.dates else text)
    rest = _POST_LABEL.sub("", rest)  # "Current position<tab>Title, Org": a label cell, no employer
    if _LATTES_LABEL.fullmatch(rest.strip()):
        return facts  # Lattes's "Vínculo institucional" over each post: a label, no employer
    if lattes := _LATTES_POST.search(rest):
        facts.title = lattes.group(1).strip()  # Lattes: "Vínculo: Servidor Público, Enquadramento Funcional: X, …"
        return facts
    if _PERIOD_LABEL.match(rest) or _UNIT_LABEL.match(rest):
        return facts
    if _read_labelled(rest, facts):
        return facts
    place = _PLACE_ONLY.fullmatch(rest.strip())
    # (a one-word town, or a known city: "Quillworks Seoul, S.Korea" is a company in its city)
    if (place and is_location(rest.strip()) and (" " not in place.group(1) or is_location(place.group(1)))
            and not ROLE_RE.search(rest) and not ORG_WORDS.search(rest)):
        return facts  # "Søborg, Denmark" under an entry: where it was, neither employer nor post
    if "," not in rest and "\t" not in rest and len(_FULL_STOP.findall(rest)) >= 2:
        rest = _FULL_STOP.sub(", ", rest)  # "Role. Org. Unit.": full stops separate the fields
    titles, orgs = _titles_and_orgs(_pieces(rest))
    if titles and len(orgs) >= 2 and TRAINING_GRADE.fullmatch(titles[0]) and not ORG_WORDS.search(orgs[0]):
        # "FY2, Emergency Medicine / General Surgery, St John's Hospital": the grade's specialties
        titles[0], orgs = f"{titles[0]}, {orgs[0]}", orgs[1:]
    _title_at_org(titles, orgs)
    orgs = [o for o in orgs if _org_like(o)]
    # a title is a phrase, not a sentence ("Mentored a team of 11 students (...)")
    # (a gloss in brackets is not counted: "Maîtresse de conférences en arts plastiques (Associate Professor of Fine Arts)")
    titles = [t for t in titles if (len(re.findall(r"[^\W\d_][\w'’.-]*", _BRACKETED.sub("", t))) <= 10 or has_cjk(t))
              and not _CONTACTISH.search(_BRACKETED.sub("", t))]  # ("(LING2004 Phonetics)": course codes)
    if titles:
        # "Research Assistant to Prof. A. Brandt": whom the candidate assisted is not the title
        facts.title = re.sub(r"\s+(?:to|for|of|with|under)\s+(?:Prof(?:essor)?|Dr)\b\.?\s.*$", "",
                             titles[0]).strip(" .")
    if (len(orgs) >= 2 and facts.title and _TEACHING.search(facts.title) and not ORG_WORDS.search(orgs[0])
            and not UNIT_RE.search(orgs[0]) and (ORG_WORDS.search(orgs[1]) or ACRONYM_SCHOOL.fullmatch(orgs[1]))):
        orgs = orgs[1:]  # "Teaching Assistant, Natural Language Understanding, University of X": a course
    if orgs:
        facts.org = _organisation(orgs)
        keyword = bool(ORG_WORDS.search(facts.org))
        facts.org_prio = 3 if keyword else (2 if (facts.title or facts.dates) else 1)
    return facts


_POST_LABEL = re.compile(r"(?i)^\s*(?:current|present)\s+(?:position|post|appointment|employment|employer|job)\s*(?:\t+|[:：]\s*)")
_LATTES_LABEL = re.compile(r"(?i)v[íi]nculo\s+institucional|atividades")
_LATTES_POST = re.compile(r"(?i)enquadramento\s+funcional\s*:\s*([^,]+)")


def _read_labelled(rest: str, facts: LineFacts) -> bool:
    """"Position: Hydrologist", "Employer: Acme" (labelled rows, as Europass prints them)."""
    lab = LABEL.match(rest)
    if not (lab and lab.group(2).strip() and (TITLE_LABELS.match(lab.group(1)) or ORG_LABELS.match(lab.group(1)))):
        return False
    value = lab.group(2).strip()
    value = value if re.search(r"(?:^|[\s.])\w{1,3}\.$", value) else value.rstrip(". ")  # keeps "s.r.o."
    if TITLE_LABELS.match(lab.group(1)):
        facts.title = value
    else:
        facts.org, facts.org_prio = value, 3
    return True


def _pieces(rest: str) -> list[str]:
    """The line's segments less places, with qualifiers glued back and translations paired."""
    raw_segs = _rejoined_segments(split_segments(rest), rest)
    # "Kasa Seoul, S.Korea": a known city glued to the name before a country is the place
    raw_segs = [re.sub(r"\s+\S+$", "", s) if i + 1 < len(raw_segs) and is_location(raw_segs[i + 1])
                and (raw_segs[i + 1].strip(" .").lower() in COUNTRIES or raw_segs[i + 1].strip() in US_STATES)
                and len(s.split()) >= 2 and s.split()[-1].lower() in CITIES
                and not re.match(r"(?i)(?:university|college|school|institute|of|at|de|in|for)$", s.split()[-2]) else s
                for i, s in enumerate(raw_segs)]
    segs = [s for i, s in enumerate(raw_segs) if not is_location(s) and not _city_before_region(raw_segs, i)]
    segs = [_drop_place_tail(s) for s in segs]
    segs = _glue_latin_qualifier(segs, rest)
    # "青禾科技(实习)": an organisation marked as the place of an internship, not a title
    segs = [m.group(1).strip() if (m := _KIND_MARK.match(s)) else s for s in segs]
    # "研究实习生 Research Intern": one title printed in two scripts is one piece
    return pair_translations(segs, lambda a, b: bool(ROLE_RE.search(a) and ROLE_RE.search(b)), either_order=True)


# the legal form a company's name carries after a comma ("Hitachi, Ltd.", "Acme, Inc.")
_COMPANY_FORM = re.compile(r"(?:Ltd|Inc|LLC|L\.L\.C|Corp|PLC|plc|GmbH|AG|S\.A|N\.V|B\.V|Co\.,? Ltd|Limited|LLP|Pty\.? Ltd)\.?")


_THEN_TITLE = re.compile(r"(?i)(?:and\s+)?(?:then|later|subsequently)\s+\w")


def _rejoined_segments(segs: list[str], text: str) -> list[str]:
    """A segment that is only a company's legal form joined back to the name before it, and a
    promotion ("Researcher, then Senior Researcher") back to the title before it, as printed."""
    out: list[str] = []
    for seg in segs:
        if out and (_COMPANY_FORM.fullmatch(seg.strip()) or _THEN_TITLE.match(seg.strip())):
            joined = f"{out[-1]}, {seg.strip()}"
            out[-1] = joined if joined in text else f"{out[-1]} {seg.strip()}"
        else:
            out.append(seg)
    return out


_CJK_ONLY = re.compile(r"[\u3400-\u9fff]{2,12}")


def _glued_cjk_titles(segs: list[str]) -> list[str]:
    """"副教授、博士生导师" (or with a comma): two Chinese titles of one post, one piece."""
    out: list[str] = []
    for s in segs:
        if out and _CJK_ONLY.fullmatch(s) and _CJK_ONLY.fullmatch(out[-1].split("、")[-1]) \
                and ROLE_RE.search(s) and ROLE_RE.search(out[-1]) and not ORG_WORDS.search(s + out[-1]):
            out[-1] += "、" + s
        else:
            out.append(s)
    return out


_JUDGE = re.compile(r"^(?:Hon\.|The\s+Hono(?:u)?rable)\s+[A-Z]")
_LEGAL_FORM_ONLY = re.compile(r"(?i)(?:inc|ltd|llc|llp|pllc|gmbh|plc|corp)\.?")
_UNDER_SOMEONE = re.compile(r"^(?:with|under|advised|supervised|mentored)\b")
_LABELLED_NOTE = re.compile(r"\s*[(（][^()（）]*[:：][^()（）]*[)）]")


def _titles_and_orgs(segs: list[str]) -> tuple[list[str], list[str]]:
    """Each piece as a title (by its role word or label) or an organisation; the first titled
    piece may hold both ("Senior Engineer Acme GmbH", "Acme Corp. Software Engineer")."""
    titles: list[str] = []
    orgs: list[str] = []
    for s in _glued_cjk_titles(segs):
        lab = LABEL.match(s)
        if lab and TITLE_LABELS.match(lab.group(1)):
            titles.append(lab.group(2))
            continue
        if lab and ORG_LABELS.match(lab.group(1)):
            orgs.append(lab.group(2))
            continue
        if _UNDER_SOMEONE.match(s) or _JUDGE.match(s):
            continue  # ("Hon. Ada Quill, U.S. Court of …": the judge a clerk served, not the employer)
        # "Pacific Data Center (NOAA-affiliated contractor)": a remark in brackets names no role
        bare = _BRACKETED.sub("", s) if ORG_WORDS.search(s) else s
        # "国家自然科学基金青年项目(项目负责人:罗雪芹)", "(PI: Dr X)": a labelled person in
        # brackets names someone else's role
        bare = _LABELLED_NOTE.sub("", bare)
        if _CJK_FIRM_END.search(bare):
            bare = ""  # "上海新药开发有限公司": a firm's name, whatever role word it holds
        if ROLE_RE.search(bare) and not titles and not _org_first(s):
            split = split_title(s)
            later = segs[segs.index(s) + 1:] if s in segs else []
            if split and " " not in split[1] and not ORG_WORDS.search(split[1]) and any(
                    ORG_WORDS.search(o) for o in later):
                split = None  # "Gruppenleiterin Klebtechnik, Fraunhofer-Institut": the field the post leads
            if split and _LEGAL_FORM_ONLY.fullmatch(split[1].strip()):
                orgs.append(s)  # "Quill & Partners LLP": a firm named with a role word, all of it the firm
                continue
            if split:
                titles.append(split[0])
                orgs.append(split[1])
            else:
                titles.append(s)
        elif ROLE_RE.search(bare) and not titles and _org_first(s):
            org, title = _org_then_title(s)
            orgs.append(org)
            if title:
                titles.append(title)
        else:
            orgs.append(s)
    return titles, orgs


def _org_then_title(s: str) -> tuple[str, str | None]:
    """"Acme Corp. Software Engineer": the organisation ends with its noun."""
    m = list(_ORG_NOUN.finditer(s))[-1]
    end = m.end() + (1 if s[m.end():m.end() + 1] == "." else 0)
    paren = re.match(r"\s*\([^)]*\)", s[end:])
    end += paren.end() if paren else 0
    head, tail = s[:end].strip(), s[end:].strip(" ,-–")
    # "University of Technology Sydney Sessional Tutor": the name goes on past its noun ("of
    # Technology Sydney") up to the title's first word (a role, or a modifier of one)
    words = tail.split()
    k = 0
    while k < len(words) and re.fullmatch(r"of|for|and|the|&|[A-Z][\w'’.-]*", words[k]) \
            and not ROLE_RE.fullmatch(words[k]) and words[k].lower() not in _TITLE_MODIFIERS:
        k += 1
    if head.endswith(_ORG_NOUN_ENDS) and 0 < k < len(words) and words[0] in ("of", "for") and ROLE_RE.search(" ".join(words[k:])):
        return f"{head} {' '.join(words[:k])}", " ".join(words[k:])
    if tail and ROLE_RE.search(tail):
        return head, tail
    return s, None


# the first word of a title that is no role itself ("Sessional Tutor", "Adjunct Professor")
_TITLE_MODIFIERS = frozenset(SENIORITY_WORDS) | {"sessional", "casual", "adjunct", "visiting", "assistant", "associate",
                                                  "honorary", "acting", "interim", "deputy", "part-time", "contract",
                                                  "postdoctoral", "research"}
_ORG_NOUN_ENDS = ("University", "Institute", "College", "School", "Academy", "Universität", "Université", "Universidad")


_DESK_AT_ORG = re.compile(r"^(.+?)\s+(?:at|@)\s+([A-Z][\w&.'’-]*(?:\s+[\w&.'’()-]+){0,6})$")


def _title_at_org(titles: list[str], orgs: list[str]) -> None:
    """"Research Intern at Acme" and "SenseTime Algorithm Intern": the organisation inside the title."""
    if titles:
        m = re.match(r"^(.+?)\s+(?:at|@)\s+(.+)$", titles[0])
        # the org named with "at" comes first, unless another piece is clearly an organisation
        # ("Volunteer work at NGO: Harbour Trust"); "Intern at pre-training team" names a team,
        # not an employer
        if m and ROLE_RE.search(m.group(1)) and not ROLE_RE.search(m.group(2)) and not any(
                ORG_WORDS.search(o) for o in orgs):
            titles[0] = m.group(1)
            if re.match(r"[A-Z0-9]", m.group(2)):
                orgs.insert(0, m.group(2))
        elif (k := next((n for n, o in enumerate(orgs) if re.match(r"(?:at|@)\s+[A-Z]", o)), None)) is not None:
            # "…, Rates Exotics (contract) at Barclays": the bracket parted the desk from "at X"
            titles[0] = ", ".join([titles[0], *orgs[:k]])
            orgs[:k + 1] = [re.sub(r"^(?:at|@)\s+", "", orgs[k])]
        elif orgs and (desk := _DESK_AT_ORG.match(orgs[0])) and not ROLE_RE.search(desk.group(2)) and not (
                ORG_WORDS.search(desk.group(1)) or INSTITUTION_RE.search(desk.group(1))) and (
                ORG_WORDS.search(desk.group(2)) or len(desk.group(2).split()) >= 2):
            # "Quantitative Analyst, Rates Exotics (contract) at Barclays Investment Bank": the desk
            # belongs to the title, the employer comes after "at"
            titles[0] = f"{titles[0]}, {desk.group(1)}"
            orgs[0] = desk.group(2)
    # (beside a unit only: "UNSW Sydney Lecturer (Education Focused), School of Art & Design")
    if titles and (not orgs or all(_UNIT_OF.match(o) for o in orgs)) and (
            lead := leading_company(titles[0])):
        orgs.insert(0, lead[0])  # a one-word company run into the title
        titles[0] = lead[1]


_LOWER_REMARK = re.compile(r"\s*\((?=[a-z])[^()]*\)$")


_UNIVERSITY_END = re.compile(r"大学$")
_ABBREVIATED_FIRM_END = with_opening(re.compile(r"(?i)\b(?:inc|ltd|corp|co|llc|plc|s\.a|b\.v|kft|jr)\.$"))


def _organisation(orgs: list[str]) -> str:
    """The employer, with the unit printed beside it ("Vision Group, Acme Research")."""
    org = orgs[0]
    units = [o for o in orgs[1:3] if (UNIT_RE.search(o) or ORG_WORDS.search(o)) and not ROLE_RE.search(o)
             and not re.fullmatch(r"[A-Z]{2}", o)]  # "…, Denver, CO": a state, not a company form "Co"
    if _UNIVERSITY_END.search(org):
        units = []  # "南湖大学,信息学院,助理教授": the university is the employer, the school a part of it
    if (UNIT_RE.search(org) and not units and len(orgs) > 1 and not ROLE_RE.search(orgs[1])
            and re.fullmatch(r"[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|for|and)){1,5}", orgs[1])
            and (re.search(r"\b[A-Z]{2,5}\b", orgs[1]) or len(orgs[1].split()) >= 3)):
        # "Chair of X, LMU Munich", "Research Department, International Monetary Fund": a unit
        # names its parent right after it, by its acronym or a name of three words or more (a
        # lone town, "Institute for Advanced Study, Princeton", is a place)
        units = [orgs[1]]
    if UNIT_RE.search(org) and not any(ORG_WORDS.search(u) and not UNIT_RE.search(u) for u in units):
        # "Department of Civil, Environmental, and Geo-Engineering, University of X": the
        # department's name holds commas, so the institution comes later than usual
        j = next((n for n in range(3, len(orgs)) if ORG_WORDS.search(orgs[n]) and not UNIT_RE.search(orgs[n])
                  and not ROLE_RE.search(orgs[n])), None)
        if j is not None and all(len(o.split()) <= 3 and not ORG_WORDS.search(o) for o in orgs[1:j]):
            org, units = ", ".join(orgs[:j]), [orgs[j]]  # the department's own words, then its university
        elif j is not None:
            units = [*units, orgs[j]]
    joined = ", ".join([org, *units]).strip(" ")
    # "University of X (cross-appointment with …)", "(sabbatical year)": a remark on the post
    joined = _LOWER_REMARK.sub("", joined) or joined
    if not _ABBREVIATED_FIRM_END.search(joined):
        joined = joined.rstrip(".")
    return joined


_FULL_STOP = with_opening(re.compile(r"(?<=[A-Za-z)][a-z)A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!Prof)\.\s+(?=[A-Z])"))  # "GmbH. Unit"; not "J. Doe"
_KIND_MARK = re.compile(r"(?i)^(.{2,}?)\s*[(（]\s*(?:实习|兼职|全职|远程|社会实践|intern(?:ship)?|part[- ]time|full[- ]time)\s*[)）]$")


def _glue_latin_qualifier(segs: list[str], text: str) -> list[str]:
    """"Java 研发工程师", "AI 产品经理": a Latin word printed before a Chinese job title in the
    same cell qualifies the title; the script change is no separator there."""
    out: list[str] = []
    for s in segs:
        if (out and has_cjk(s) and ROLE_RE.search(s) and f"{out[-1]} {s}" in text
                and re.fullmatch(r"[A-Za-z][\w+#.]*(?: [A-Za-z][\w+#.]*)?", out[-1])
                and not ORG_WORDS.search(out[-1]) and not is_location(out[-1])):
            out[-1] = f"{out[-1]} {s}"
        else:
            out.append(s)
    return out


def _city_before_region(segs: list[str], i: int) -> bool:
    """"Springfield" in "Acme, Springfield, MA": a plain name right before a state or country."""
    if i + 1 >= len(segs) or i == 0:
        return False
    s, nxt = segs[i], segs[i + 1]
    # only a region makes the piece before it a city: in "Acme Health, London" the city is London
    region = nxt.strip(" .")
    if not (region.lower() in COUNTRIES or region in US_STATES or re.fullmatch(r"[A-Z]{2}", region)):
        return False
    return (is_location(nxt) and len(nxt.split()) <= 3 and bool(re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", s))
            and not ROLE_RE.search(s))


# The nouns that end an organisation's name ("Acme Corp.", "Northfield University"):
# a title word printed after one belongs to a title.
_ORG_NOUN = re.compile(r"(?i)\b(?:" + alternation(
    UNMISTAKABLE_COMPANY_FORMS, ("corporation", "plc", "university", "institute", "college", "laboratory",
                                 "laboratories", "company", "bank", "hospital", "ministry", "agency")) + r")\b")


# a fellowship or scholarship named by its funder ends the phrase with the word
_NAMED_FELLOWSHIP = re.compile(r"(?i)\b(?:fellow|scholar)\s*(?:\([^()]*\))?\s*$")


def _org_first(seg: str) -> bool:
    """"Acme Corp. Student Ambassador": an organisation noun before the title word means the
    organisation leads ("Information Technology Support Specialist" is all title)."""
    m = _ORG_NOUN.search(seg)
    r = ROLE_RE.search(seg)
    if r and re.fullmatch(r"(?i)(?:laboratory|lab|university|college|hospital|bank)(?:\s+[a-z]+)?\s*", seg[: r.start()]):
        return False  # "Laboratory Teaching Assistant", "University Lecturer": the noun qualifies the title
    if r and _NAMED_FELLOWSHIP.search(seg):
        return False  # "Royal Society University Research Fellow": a fellowship named by its funder
    return bool(m and r and m.start() < r.start() and not split_title(seg) and not has_cjk(seg))


_CONTACTISH = with_opening(re.compile(r"(?i)@|https?:|www\.|\.(?:com|io|org|edu)\b|\b(?:e-?mail|phone|mobile|tel|linkedin|"
                         r"github|google\s+scholar|homepage|website|orcid|click)\b|scholar\.google|\d{3}"))


# a company named by its web address: "Booking.com", "Bol.com", "Amazon.com, Inc." (a link is
# written in lower case, or with its scheme, path or "www.")
_DOTCOM_NAME = re.compile(r"[A-Z][A-Za-z0-9-]*\.(?:com|io|ai)(?:,?\s+Inc\.?)?")


def _org_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 90 or (_CONTACTISH.search(t) and not _DOTCOM_NAME.fullmatch(t)):
        return False
    if has_cjk(t):  # (a name in brackets, "某某大学（University of X）", does not make it a sentence)
        return len(re.sub(r"\s", "", _BRACKETED.sub("", t))) <= 30
    words = _BRACKETED.sub("", t).split()  # ("University of X (cross-appointed with …)": a remark)
    return len(words) <= 10 and (cap_ratio(t) >= 0.5 or bool(ORG_WORDS.search(t)))


# a company's one-word name: CamelCase ("SenseTime"), an acronym ("SAP"), or a known brand
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,6}")
_GENERIC_ORG_WORDS = {"research", "technology", "technologies", "ai", "group", "center", "centre", "school",
                      "department", "faculty", "lab", "labs", "laboratory", "society", "council", "agency"}
_RUN_ROLE = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){1,3}")
# ...and a role of two joined by "&" ("Founder & Creative Director")
_RUN_ROLE_AMP = re.compile(r"[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|&)){1,4}")


def leading_company(seg: str) -> tuple[str, str] | None:
    """"Tencent Data Analyst Intern" → ("Tencent", "Data Analyst Intern"): a bold entry head
    that runs the company into the title with a single space. Only a name that cannot be a
    title's first word (a brand, CamelCase, an acronym) is cut off."""
    remark = _TRAILING_REMARK.search(seg.strip())
    if remark and remark.start() > 0:  # "UNSW Sydney Lecturer (Education Focused)": the remark is the title's
        found = leading_company(seg.strip()[:remark.start()])
        return (found[0], found[1] + remark.group(0)) if found else None
    first, _, rest = seg.strip().partition(" ")
    words = rest.split()
    if not (_RUN_ROLE.fullmatch(rest) and ROLE_RE.fullmatch(words[-1]) and not ROLE_RE.fullmatch(first)):
        return _company_of_words(seg.split())
    brand = bool(_BRAND.fullmatch(first)) or (
        bool(ORG_WORDS.fullmatch(first)) and first.lower() not in _GENERIC_ORG_WORDS)
    if brand and len(words) >= 2 and words[0].lower() in CITIES:
        return f"{first} {words[0]}", " ".join(words[1:])  # "UNSW Sydney Lecturer": the city is the name's
    return (first, rest) if brand else _company_of_words(seg.split())


# a part of an institution named by its kind: "School of Art & Design", "Department of Physics"
_UNIT_OF = re.compile(r"(?i)(?:school|department|dept\.?|faculty|division|centre|center|lab(?:oratory)?|group|unit|chair)"
                      r"\s+(?:of|for)\b")
_TRAILING_REMARK = re.compile(r"\s*\([^()]{1,40}\)$")


def _company_of_words(words: list[str]) -> tuple[str, str] | None:
    """"Brightwater Analytics Senior Data Engineer", "Acme Retail Group Data Engineer": a name of
    several words run into the title ends before a seniority word or after a company-name ending.
    A one-word title stays whole: "Research Group Leader" is a title."""
    if len(words) < 3 or not ROLE_RE.fullmatch(words[-1]) or words[0].lower() in _POST_PREFIXES:
        return None  # ("Honorary Senior Lecturer": a kind of post, no company's name)
    fits = [k for k in range(1, min(len(words) - 1, 4) + 1)
            if 2 <= len(words) - k <= 4 and _RUN_ROLE_AMP.fullmatch(" ".join(words[k:]) + " X")
            and _ORG_WORDS_RUN.fullmatch(" ".join(words[:k])) and not ROLE_RE.search(" ".join(words[:k]))
            and not any(w.lower() in SENIORITY_WORDS for w in words[:k])]  # ("Senior Lead Engineer": a title)
    k = next((k for k in fits if words[k].lower() in SENIORITY_WORDS), None)
    if k is None:
        k = next((k for k in reversed(fits) if words[k - 1].lower() in COMPANY_NAME_ENDINGS), None)
    if k is None:  # "Studio Kealoha Founder & Creative Director": a name of two words, then a role word
        k = next((k for k in fits if k >= 2 and ROLE_RE.fullmatch(words[k])
                  and not any(w.lower() in _TITLE_MODIFIERS for w in words[:k])), None)
    return None if k is None else (" ".join(words[:k]), " ".join(words[k:]))


# words that open a title and never a company's name
_POST_PREFIXES = {"honorary", "visiting", "adjunct", "emeritus", "affiliate", "acting", "interim", "deputy",
                  "assistant", "associate", "clinical", "guest", "courtesy", "distinguished", "founding"}
_ORG_WORDS_RUN = re.compile(r"[A-Z][\w'&*-]*(?: (?:[A-Z][\w'*-]*|&))*")  # (and "Frost*collective")
