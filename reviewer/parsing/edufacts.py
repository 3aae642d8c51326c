"""What one education line states: institution, degree, subject and dates.

"Ph.D. in Physics, Some University, 2019 – 2024", "北岭大学 计算机科学 本科",
"Some Institute of Technology Marine Science PhD" (all glued by single spaces): the
line is cut into pieces, the institution found by its institution word (trimmed
of subject words before it), the degree by its degree word, the subject beside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.parsing.cleaning import has_cjk
from reviewer.parsing.dates import DateSpan, first_range, season_or_marker, strip_dates
from reviewer.parsing.lexicon import DEGREE_RE, INSTITUTION_RE, degree_level, is_location
from reviewer.parsing.openings import with_opening
from reviewer.parsing.segments import LABEL, pair_translations, split_segments
from reviewer.parsing.vocabulary import (
    INSTITUTE_FORMS_EU,
    INSTITUTION_NOUNS_EN,
    POLYTECHNIC_FORMS,
    UNIVERSITY_FORMS_EU,
    alternation,
)

STRONG_INST = with_opening(re.compile(
    r"(?i)\b(?:university|universit[éàä]t?|universidad|università|universidade|universitat|universiteit|universitet|"
    r"uniwersytet|institute of technology|polytechnic|politecnico|politécnico|polytechnique|tecnológico|tecnologico|"
    r"fachhochschule|academy|college|école|ecole|hochschule|institutet|högskola|högskolan|postech|kaist|epfl|eth|univ)\b|"
    r"大学|科学院|"
    r"\b(?:UCLA|NYU|CMU|USC|UCSD|UIUC|UPenn|NTU|NUS|HKUST|CUHK|USTC|SJTU|ZJU|KTH|TUM|LMU|UCL|LSE|IIT|IISc|UC [A-Z]\w+|"
    r"Georgia Tech|Virginia Tech)\b"
))
_KEEP_LABELS = re.compile(r"(?i)^(?:degree|major|institution|school|university|program(?:me)?|学位|专业|学校|院校|学历)$")
DEGREE_HEAD = re.compile(
    r"(?i)^(?:ph\.?\s?d\.?|doctor(?:ate)?|m\.?\s?s\.?|m\.?\s?sc\.?|master'?s?|b\.?\s?s\.?|b\.?\s?sc\.?|b\.?\s?a\.?|"
    r"bachelor'?s?|m\.?\s?eng\.?|b\.?\s?eng\.?|博士|硕士|本科|学士)$"
)


@dataclass
class EduFacts:
    inst: str | None = None
    degree: str | None = None
    dates: DateSpan | None = None
    marker: str | None = None
    field: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.inst or self.degree or self.dates)


# Subject words that a column-less layout puts between a degree and the institution
# ("M.S. in Computer Science Boston University").
FIELD_WORDS = {
    "computer", "science", "sciences", "sci", "engineering", "mathematics", "maths", "math", "applied", "physics",
    "chemistry", "biology", "economics", "econ", "statistics", "electrical", "mechanical", "civil", "data",
    "information", "technology", "management", "business", "administration", "finance", "arts", "software",
    "artificial", "intelligence", "machine", "learning", "communication", "communications", "linguistics",
    "psychology", "philosophy", "law", "medicine", "study", "studies", "accounting", "accountancy", "design",
    "aerospace", "automation", "cognitive", "neuroscience", "robotics", "&", "and",
}
# the nouns an institution's own name is built around (a school or department is a weaker key)
_KEY_WORD = re.compile(r"(?i)^\(?(?:" + alternation(
    [w for w in INSTITUTION_NOUNS_EN if w != "school"], UNIVERSITY_FORMS_EU, INSTITUTE_FORMS_EU, POLYTECHNIC_FORMS,
    ("univ",)) + r")\b")
_WEAK_KEY = re.compile(r"(?i)^(?:school|department|faculty|dept)\b")


# "GPA: 3.94", "Distinction", "summa cum laude", "Minor in Mathematics": how well or what else, not where
_GRADE_WORDS = re.compile(r"(?i)^(?:c?gpa|grade|ranking|rank|score|average|distinction|merit|minor|major|"
                          r"concentration|specialization|specialisation|track|emphasis|option|"
                          r"(?:summa|magna)?\s*cum laude|first[- ]class(?:\s+honou?rs)?|honou?rs)\b")


def _trim_phrase(seg: str) -> str:
    """The institution's own name inside a segment that also holds a degree or subject.

    From the first institution word, walk back over capitalised name words and stop at
    a subject word ("Computer Science Boston University" → "Boston University").
    """
    words = seg.split()
    k = next((i for i, w in enumerate(words) if _KEY_WORD.match(w)), None)
    if k is None:
        k = next((i for i, w in enumerate(words) if _WEAK_KEY.match(w)), None)
        if k is None:
            return seg
    start = k
    while start > 0:
        w = words[start - 1]
        bare = w.lower().strip(".,()")
        if (re.match(r"^[A-Z(]", w) or w in ("the", "of")) and bare not in FIELD_WORDS and not DEGREE_RE.search(w) \
                and not _WEAK_KEY.match(w) and not re.fullmatch(r"[@&|-]", w):
            start -= 1
        elif w in ("&", "and") and start >= 2 and re.match(r"^[A-Z]", words[start - 2]) \
                and words[start - 2].lower().strip(".,") not in FIELD_WORDS and not DEGREE_RE.search(words[start - 2]):
            start -= 1  # "Shanghai Jiao Tong & Tsinghua University"
        else:
            break
    while start < k and words[start] in ("the", "of"):
        start += 1
    after = " ".join(words[k + 1:k + 2]).lower()
    if start == k and after not in ("of", "for", "at", "de", "in", "di") and k > 0:
        return seg  # "Data Science Institute": the subject words are the name
    return " ".join(words[start:])


# a Chinese name then its English form, as pair_translations joins them
_PRINTED_PAIR = re.compile(r"^[\u3400-\u9fff（）()·]+\s+[A-Za-z]")


# a name in Latin letters with its Chinese gloss in brackets after it
_GLOSSED = re.compile(r"^([A-Za-z][^()（）\u3400-\u9fff]*?)\s*[(（][\u3400-\u9fff·]+[)）]")
_ACADEMY_INSTITUTE = re.compile(r"[\u4e00-\u9fff]{2,10}?研究所")
# "with a year abroad at Some Politecnico": a clause about a stay elsewhere, not the degree's school
_ASIDE_CLAUSE = re.compile(r"^(?:with|including|incl\.|plus|during|as part of|while)\b")


def _with_parent(segs: list[str], text: str) -> list[str]:
    """"中国科学院化学研究所 Institute of Chemistry, Chinese Academy of Sciences": the English
    form of a paired name goes on past a comma to its parent institution, in the same cell."""
    out: list[str] = []
    for s in segs:
        if (out and _PRINTED_PAIR.match(out[-1]) and not has_cjk(s) and INSTITUTION_RE.search(s)
                and f"{out[-1]}, {s}" in text):
            out[-1] = f"{out[-1]}, {s}"
        else:
            out.append(s)
    return out


def _same_institution(a: str, b: str) -> bool:
    return bool(INSTITUTION_RE.search(a) and INSTITUTION_RE.search(b))


def _institution(segs: list[str]) -> str | None:
    found = [s for s in segs if INSTITUTION_RE.search(s) and not _ASIDE_CLAUSE.match(s)
             and not (re.search(r"(?i)\bdegree\b", s) and not STRONG_INST.search(s))]
    if not found:
        return None
    strong = [s for s in found if STRONG_INST.search(s)]
    # (a university named only in brackets is the college's affiliating one: "PSG College of
    # Technology, Coimbatore (Anna University)")
    univ = [s for s in strong if re.search(r"(?i)universit|大学", re.sub(r"\([^()]*\)", "", s))]
    s = (univ or strong or found)[0]
    if has_cjk(s) and _PRINTED_PAIR.match(s):
        return s  # "清华大学 Tsinghua University": the name as printed in both scripts
    if has_cjk(s) and (glossed := _GLOSSED.match(s)) and INSTITUTION_RE.search(glossed.group(1)):
        return _trim_phrase(glossed.group(1))  # "University of Cambridge(英国剑桥大学) X Lab": the name, glossed
    if has_cjk(s):
        # a university's medical college keeps its own name ("某大学湘雅医学院"): merged into
        # the university, it still grants and names the degree
        m = re.search(r"[\u4e00-\u9fff（）()A-Za-z]*?大学[\u4e00-\u9fff]{2,6}?(?:医学院|医学部|医学中心)", s) or re.search(
            r"[\u4e00-\u9fff（）()A-Za-z]*?(?:大学|学院|研究院|研究所|科学院)", s)
        if m and m.group(0).endswith("科学院") and s.startswith(("大学", "大學"), m.end()):
            return m.group(0) + s[m.end():m.end() + 2]  # "中国科学院大学": the academy's own university
        if m and m.group(0).endswith("科学院") and (sub := _ACADEMY_INSTITUTE.match(s, m.end())):
            return m.group(0) + sub.group(0)  # "某科学院自动化研究所": an academy's institute grants the degree
        return m.group(0) if m else s
    return _trim_phrase(s)


_LINKEDIN_DEGREE = re.compile(r"\s*[^,]+?\s-\s[A-Z][A-Za-z.]{1,6},\s*(?P<field>[^·(,]+)")  # "Master of Science - MSc, X"


_FIELD_LABEL = re.compile(r"(?i)^(?:specialty|speciality|speciali[sz]ation|major|field(?:\s+of\s+study)?)\b")


def edu_facts(text: str) -> EduFacts:
    dates = first_range(text)
    marker = season_or_marker(text) if dates and not dates.is_range else None
    rest = strip_dates(text) if dates else text
    lab = LABEL.match(rest)
    if lab and not has_cjk(lab.group(1)) and DEGREE_HEAD.match(lab.group(1).strip()):
        rest = f"{lab.group(1)} {lab.group(2)}"  # "Ph.D.: Some University"
    elif lab and _KEEP_LABELS.match(lab.group(1).strip()):
        rest = lab.group(2)
    segs = _with_parent(pair_translations(split_segments(rest), _same_institution), rest)
    inst = _institution(segs)
    if inst and (school := _SCHOOL_START.search(inst)) and re.match(r"(?i)(?:di|de|del|da|in|of)\b", inst):
        inst = school.group(1)  # "(DOTTORATO) DI RICERCA IN X POLITECNICO DI TORINO": the school's own words
    degree = None
    field_ = None
    for i, s in enumerate(segs):
        if s == inst:
            continue
        if DEGREE_RE.search(s) or degree_level(s):
            degree = s
            # "Bachelor of Science, Physics" / "北岭大学 计算机科学 本科": a bare degree's
            # subject is the piece beside it
            if not field_of(s):
                near = [segs[j] for j in (i + 1, i - 1) if 0 <= j < len(segs)]
                field_ = next((n for n in near if n != inst and not INSTITUTION_RE.search(n) and not is_location(n)
                               and not re.search(r"\d", n) and not degree_level(n) and len(n.split()) <= 6), None)
            break
    if degree is None and inst and not has_cjk(inst):
        glued = _unglue(inst)
        if glued:
            inst, degree, field_ = glued
    if degree is None and inst:
        whole = next((s for s in segs if inst in s), "")
        d = whole.replace(inst, " ").strip(" ,")
        if d and DEGREE_RE.search(d):
            degree = d
    if not inst and degree and (row := _LINKEDIN_DEGREE.match(rest)) and not INSTITUTION_RE.search(row.group("field")):
        # LinkedIn's "Master of Science - MSc, Development Studies · (2016 - 2017)": the piece after
        # the degree's abbreviation is its field; the school stands on the line above
        return EduFacts(None, degree, dates, marker, row.group("field").strip())
    if not inst and (degree or dates):
        # "M.Sc. in Statistics, KU Leuven, 2016 - 2018": the one other name-like piece
        # ("…, specialty 01.02.05 – Fluid Mechanics": the piece after a field's label is the field)
        fields = {segs[k + 1] for k in range(len(segs) - 1) if _FIELD_LABEL.match(segs[k])}
        others = [s for s in segs if s != degree and s not in fields and not is_location(s) and re.match(r"^[A-Z]", s)
                  and not DEGREE_RE.search(s) and len(s.split()) <= 6 and not LABEL.match(s)
                  and not re.search(r"\d", s) and not _GRADE_WORDS.match(s)
                  # "Master of Business Administration, Finance and Value Investing": a subject
                  # after the degree is its concentration, not a school
                  and s.split()[0].lower().strip(".,") not in FIELD_WORDS]
        if len(others) == 1 and degree:
            inst = others[0]
        elif len(others) > 1 and degree and degree in rest:
            # "MSc in X, Grenoble INP – Ensimag": the comma piece after the degree, dashes and all
            nxt = rest[rest.index(degree) + len(degree):].lstrip(" ,;").split(",")[0].strip(" .")
            if (nxt and re.match(r"[A-Z]", nxt) and not re.search(r"\d", nxt) and not is_location(nxt)
                    and not degree_level(nxt) and len(nxt.split()) <= 8 and others[0] in nxt):
                inst = nxt
    if not inst and degree and "\t" in rest:
        # a table row ("Class XII (CBSE) <tab> Kendriya Vidyalaya, Hebbal <tab> 2017"): the
        # cell beside the degree's cell is the school, commas and all
        cells = [c.strip(" ,;|") for c in rest.split("\t") if c.strip(" ,;|")]
        k = next((j for j, c in enumerate(cells) if degree in c), None)
        near = [cells[j] for j in ((k + 1, k - 1) if k is not None else ()) if 0 <= j < len(cells)]
        inst = next((c for c in near if re.match(r"[A-Z]", c) and not re.search(r"\d", c)
                     and not degree_level(c) and not is_location(c) and len(c.split()) <= 10), None)
        if inst and field_ and field_ in inst:
            field_ = None
    if degree is None and not inst and segs and has_cjk(rest) and len(segs) <= 3:
        degree = " ".join(segs) if re.search(r"专业|本科|硕士|博士|学士|交换|访问", rest) else None
    if degree and inst and inst in degree and degree.strip() != inst:
        degree = re.sub(r"\s+", " ", degree.replace(inst, " ")).strip(" ,;|-–@") or degree  # the run held both
    return EduFacts(inst, degree, dates, marker, field_)


_LEVEL_WORDS = re.compile(
    r"(?i)^(?:(?:ph\.?\s?d\.?|m\.?\s?s\.?c?\.?|b\.?\s?s\.?c?\.?|b\.?\s?a\.?|m\.?\s?a\.?|m\.?\s?eng\.?|b\.?\s?eng\.?|"
    r"b\.?\s?tech\.?|m\.?\s?tech\.?|mba|mphil|bachelor['’]?s?|master['’]?s?|doctor(?:ate)?|"
    r"candidate|student|degree|of\s+(?:science|arts|engineering|philosophy))\b[\s.,]*)+"
)


_FIELD_AFTER = re.compile(r"(?i)\b(?:in|of)\s+([A-Z][^,;()|]*?)(?:\s+(?:at|from)\s+.*)?(?:[,;(|]|$)")
_BARE_FIELD = re.compile(r"(?i)science|arts|engineering|technology|philosophy")


def field_of(degree: str | None) -> str | None:
    """"Ph.D. in Computer Science" → "Computer Science"; "MEng Aerospace Engineering" →
    "Aerospace Engineering"; "计算机科学与技术专业" → "计算机科学与技术"."""
    if not degree:
        return None
    if has_cjk(degree):
        rest = re.sub(r"本科|硕士|博士|学士|研究生|交换生|访问学生|专业|学位|\s", "", degree)
        return rest or None
    m = _FIELD_AFTER.search(degree)
    if m and not _BARE_FIELD.fullmatch(m.group(1).strip()):
        return m.group(1).strip(" .")
    if degree_level(degree) == "other":
        return None  # "Exchange", "Visiting student": no subject
    first = split_segments(degree)[0] if split_segments(degree) else degree
    rest = _LEVEL_WORDS.sub("", first).strip(" .,")
    return rest if rest and not DEGREE_RE.search(rest) and len(rest.split()) <= 8 else None


_INST_END = re.compile(
    r"(?i)^(.*?\b(?:university|college|institute|academy|polytechnic)\b"
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?(?:\s+of\s+[A-Z][\w-]*)?)?)\s+(\S.*)$")


_DEGREE_AFTER_SCHOOL = re.compile(
    r"^(?P<school>(?:[A-Z][\w'’.&-]*|of|for|and|the)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the))*?)\s+"
    r"(?P<degree>(?-i:Ph\.?\s?D|MPhil|MSc|M\.Sc|MEng|M\.Eng|MRes|MA|M\.A|MBA|BSc|B\.Sc|BEng|B\.Eng|BA|B\.A|LLB|LLM)\b.*)$")


_SCHOOL_START = re.compile(r"(?i)\s((?:universit[àaäey]\w*|politecnico|polytechnic|istituto|instituto|scuola|escuela|"
                           r"escola|[ée]cole|technische\s+universit)\b.*)$")


def _unglue(seg: str) -> tuple[str, str, str | None] | None:
    """"Northfield Institute of Technology Control Science and Engineering PhD": a school, its
    subject and the degree printed with single spaces, as one piece. Cut the degree off its
    end and the subject off the school's name (the name ends with its institution word, or
    with "of X" after it)."""
    m = re.search(r"(?:^|\s)((?:ph\.?\s?d|m\.?\s?eng|b\.?\s?eng|m\.?\s?sc|b\.?\s?sc|m\.?\s?s|b\.?\s?s|"
                  r"m\.?\s?a|b\.?\s?a|mba|mphil)\.?)\s*$", seg, re.IGNORECASE)
    if not m or not degree_level(m.group(1)):
        # "University of Bristol MSc Earthquake Engineering": the degree right after the school
        after = _DEGREE_AFTER_SCHOOL.match(seg)
        if after and INSTITUTION_RE.search(after.group("school")) and degree_level(after.group("degree")):
            degree = after.group("degree").strip()
            return after.group("school").strip(), degree, field_of(degree)
        # "LAUREA MAGISTRALE IN CHIMICA INDUSTRIALE UNIVERSITÀ DI BOLOGNA" (Europass online): the
        # degree and its subject, then the school from its institution word on
        school = _SCHOOL_START.search(seg)
        if school and school.start() > 0 and degree_level(seg[: school.start()]) and INSTITUTION_RE.search(school.group(1)):
            degree = seg[: school.start()].strip(" ,")
            return school.group(1).strip(), degree, field_of(degree)
        return None
    rest = seg[: m.start()].strip()
    cut = _INST_END.match(rest)
    if not cut or not INSTITUTION_RE.search(cut.group(1)):
        return None
    subject = cut.group(2).strip()
    if not re.match(r"[A-Z]", subject) or len(subject.split()) > 8:
        return None
    return cut.group(1).strip(), f"{m.group(1)} in {subject}", subject
