"""Education entries: institution, degree, level, field, dates.

Like experience, entries are built by filling slots (institution, degree, dates)
from the section's lines in order; a line that brings a slot the current entry
already has starts the next entry, except an institution repeated on a second
line ("School of X, Same University"). Bullets only fill empty slots ("* Master
Degree" under "**University**"). A table read column by column (all
institutions, then all degrees, then all years) is recognised by runs of equal
length and zipped back into rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reviewer.parsing.cleaning import Clean, has_cjk, join_wrapped
from reviewer.parsing.dates import PRESENT, DateSpan, first_range, strip_dates
from reviewer.parsing.edufacts import DEGREE_HEAD, FIELD_WORDS, STRONG_INST, EduFacts, edu_facts, field_of
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.lexicon import DEGREE_RE, INSTITUTION_RE, MEMBERSHIP_RE, degree_level, is_location
from reviewer.parsing.openings import with_opening
from reviewer.parsing.rirekisho import paired_events
from reviewer.parsing.segments import LABEL, cap_ratio, is_prose
from reviewer.profile import DegreeLevel, Education

_SKIP_LABELS = with_opening(re.compile(
    r"(?i)(?:^|\b)(?:gpa|cgpa|advis[oe]rs?|supervisors?|committee|thesis|dissertation|courses?|relevant courses?|"
    r"coursework|ranking|rank|honou?rs?|awards?|grade|subjects?|minor|activities|research|project|topics?|"
    r"exam|examination|"
    # (the same labels in Italian, Spanish, Portuguese, French and German: "Tesi:", "Orientador:")
    r"tesi|tesis|tese|th[èe]se|relatore|relatrice|orientador[a]?|director[a]? de tesis|betreuer(?:in)?|"
    r"doktorarbeit|abschlussarbeit|voto(?:\s+finale)?|nota(?:\s+final)?|livello\s+eqf|eqf)\b|导师|绩点|主修课程|课程|排名|论文"
))
@dataclass
class _Entry:
    inst: str | None = None
    degree: str | None = None
    dates: DateSpan | None = None
    marker: str | None = None
    lines: list[Clean] = field(default_factory=list)
    field_: str | None = None
    inst_heads: bool = False  # the institution has a line of its own that opened the entry


# ". Advisor: Prof. X", "; GPA: 3.9": a detail sentence after the degree, not part of it
_TRAILING_DETAIL = with_opening(re.compile(r"(?<=[\w)])[.;]\s+([^:：,;]{1,40}?)\s*[:：].*$"))


def _drop_details(text: str) -> str:
    m = _TRAILING_DETAIL.search(text)
    if not (m and _SKIP_LABELS.search(m.group(1))):
        return text
    # "Master of X; GPA: 3.94<tab>Aug. 2023 – May 2025": the detail ends at its cell, the dates stay
    tab = text.find("\t", m.start())
    return text[: m.start()] + (text[tab:] if tab >= 0 else "")


def _styled_like_school(c: Clean, cur: _Entry) -> bool:
    """A plain name set the way the entry's own school line is (capitals, or bold at its size),
    where entries open with their school: the next school, though no word says so."""
    first = cur.lines[0] if cur.lines else None
    if first is None or not _name_only(c) or first.text.strip() != (cur.inst or "").strip():
        return False
    t, head = c.text.strip(), first.text.strip()
    if c.line.size != first.line.size or c.line.bold != first.line.bold:
        return False  # ("LINKS", a side column's next heading in a larger size, is none)
    return (t.isupper() and head.isupper()) or bool(c.line.bold and c.line.size)


def _name_only(c: Clean) -> bool:
    """"Tecnológico de Monterrey" under "B.S. in X  2015 – 2019": a plain capitalised name
    that can only be the school of the degree above it."""
    t = c.text.strip()
    return (not c.bullet and 1 <= len(t.split()) <= 8 and not re.search(r"\d|[:：@;]", t) and cap_ratio(t) >= 0.6
            and not is_location(t) and not is_prose(t) and bool(re.match(r"[A-ZÀ-Þ]", t))
            # "Computer Science and Engineering" under the degree is its subject, not a school
            and not all(w.lower().strip(".,()") in FIELD_WORDS | {"of", "the", "in", "with"} for w in t.split()))


# "工学学士 · 自动化 GPA: 3.7": the label is the last piece before the colon, the degree precedes it
_PIECE_SEP = re.compile(r"\s[·|•]\s|\s{2,}|\t")


def _degree_before_label(label: str) -> bool:
    pieces = _PIECE_SEP.split(label.strip())
    return len(pieces) > 1 and bool(degree_level(pieces[0]))


_LATTES_DETAIL = re.compile(r"(?i)(?:bolsista\s+do\(a\)|t[íi]tulo|orientador(?:a)?|grande\s+[áa]rea)\s*:")
# "保送至中国科学院大学", "推免至X": where the student was admitted next, a note under the entry
_ADMITTED_TO = re.compile(both_scripts_pattern(r"(?:保送|推免|保研|免试推荐|推荐免试)(?:攻读[\u4e00-\u9fff]{0,4})?[至到进入]"))


_REMARK_ONLY = re.compile(r"\s*[(（][^()（）]*[)）]\s*")  # "(从本科填起)": a form's note on how to fill it


def _candidate(c: Clean) -> bool:
    t = _drop_details(c.text)
    if (_REMARK_ONLY.fullmatch(t) or _ADMITTED_TO.search(t)) and not first_range(t):
        return False
    if _LATTES_DETAIL.match(t):
        return False  # Lattes: "Bolsista do(a): CNPq, Brasil.", "Título: …, Ano de obtenção: 2016."
    lab = LABEL.match(t)
    if lab and _SKIP_LABELS.search(lab.group(1).strip()) and not _degree_before_label(lab.group(1)):
        return False  # "GPA: ...", "Doctoral Dissertation: ...", "Relevant courses: ..."
    body = strip_dates(t) if first_range(t) else t
    if not body:
        return True
    return not is_prose(body) or bool(INSTITUTION_RE.search(body) or degree_level(body))


def _columns(facts: list[EduFacts]) -> list[EduFacts] | None:
    """Zip a table read column by column: k institutions, k degrees, k dates, in runs."""
    runs: dict[str, list[list[EduFacts]]] = {"inst": [], "degree": [], "dates": []}
    kinds = []
    for f in facts:
        weak_inst = not f.inst or not STRONG_INST.search(f.inst)
        k = "inst" if f.inst and not weak_inst and not f.degree and not f.dates else (
            "dates" if f.dates and not f.inst and not f.degree else (
                "degree" if f.degree and weak_inst and not f.dates else None))
        kinds.append(k)
    i = 0
    while i < len(facts):
        k = kinds[i]
        j = i
        while j < len(facts) and kinds[j] == k:
            j += 1
        if k and j - i >= 2:
            runs[k].append(facts[i:j])
        i = max(j, i + 1)
    insts = max(runs["inst"], key=len, default=[])
    if len(insts) < 2:
        return None
    n = len(insts)
    degs = next((r for r in runs["degree"] if len(r) == n), [])
    dates = next((r for r in runs["dates"] if len(r) == n), [])
    if not degs and not dates:
        return None
    return [EduFacts(insts[i].inst, degs[i].degree if degs else None, dates[i].dates if dates else None)
            for i in range(n)]


def parse_education(lines: list[Clean], *, strict: bool = False) -> list[Education]:
    lines = join_wrapped(paired_events(lines))  # (a Japanese CV's "Entered" and "Graduated" rows paired first)
    # "2011<tab>MRCP (UK)<tab>Royal Colleges of Physicians": a membership by examination, no degree
    cands = [c for c in lines if _candidate(c) and not (MEMBERSHIP_RE.search(c.text) and not DEGREE_RE.search(c.text))]
    facts = [edu_facts(_drop_details(c.text)) for c in cands]
    zipped = _columns(facts)
    if zipped:
        first = next((c for c, f in zip(cands, facts, strict=True) if f.inst), cands[0])
        entries = [_Entry(f.inst, f.degree, f.dates, None, [first]) for f in zipped]
    else:
        entries = _grouped(cands, facts, strict)
    return _records(entries, strict)


def degrees_by_year(education: list[Education], lines: list[Clean]) -> list[Education]:
    """A Nigerian or Indian university form lists "Educational institutions attended with dates"
    and, apart, "Qualifications obtained with dates" ("MBBS (Ibadan)  2008"): a degree row with
    its year and no institution goes to the institution attended until that year."""
    if not any(e.degree is None and e.end for e in education):
        return education
    by_year: dict[str, list[str]] = {}
    for c in lines:
        f = edu_facts(_drop_details(c.text))
        if f.degree and not f.inst and f.dates and f.dates.end and not f.dates.is_range and degree_level(f.degree):
            by_year.setdefault(f.dates.end[:4], []).append(f.degree)
    out = []
    for e in education:
        found = by_year.get((e.end or "")[:4], []) if e.degree is None else []
        if len(found) == 1:
            degree = found[0]
            e = e.model_copy(update={"degree": degree, "degree_level": _level(degree),
                                     "field": e.field or field_of(degree)})
        out.append(e)
    return out


# a part of a university named by its kind ("School of Mathematical Sciences"), not a school's own name
_UNIT_NAME = re.compile(r"(?i)(?:school|department|dept\.?|faculty|division|cent(?:er|re)|institute|college)\s+(?:of|for)\b")
_STAY = re.compile(r"(?i)^\W*(?:research\s+(?:stay|visit)|(?:short\s+)?stay|visit(?:ing\s+period)?)\s+(?:at|in)\b")


def _grouped(cands: list[Clean], facts: list[EduFacts], strict: bool) -> list[_Entry]:
    """The lines gathered into entries: a new one starts where a degree, dates or a school
    would clash with the entry being read."""
    entries: list[_Entry] = []
    cur = _Entry()
    group: str | None = None  # "Exchange or visiting student:" heads the entries below it
    inst_below = False
    for c, f in zip(cands, facts, strict=True):
        if f.inst and not f.degree and not f.dates and cur.degree and cur.dates and not cur.inst:
            inst_below = True  # this document prints the school under the degree line
        if f.empty and cur.inst_heads and cur.degree and cur.dates and _styled_like_school(c, cur):
            entries.append(cur)  # "NIT TIRUCHIRAPPALLI" set as "INDIAN INSTITUTE OF SCIENCE" above:
            cur = _Entry(inst=c.text.strip(), inst_heads=True, lines=[c])  # the next entry's school
            continue
        if f.empty and inst_below and cur.degree and cur.dates and not cur.inst and not strict and _name_only(c):
            cur.inst = c.text.strip()
            cur.lines.append(c)
            continue
        if f.empty or (f.degree and not f.inst and not f.dates and cur.degree and _sentence(f.degree)):
            continue  # "2018年申请硕博连读计划攻读博士学位": a sentence about the degree above
        if f.degree and not f.inst and not f.dates and c.text.rstrip().endswith(":"):
            group = f.degree
            continue
        if group and f.inst and not f.degree:
            f = EduFacts(f.inst, group, f.dates, f.marker, None)
        # "◆ M.S. in X<tab>2021 – 2023" after a complete entry: an icon glyph before the next degree
        icon_head = bool(f.degree and f.dates and cur.degree and cur.dates)
        # ("◦ Research stay at Tohoku University (Jan–Apr 2020)": a stay during the degree, a detail)
        if c.bullet and (cur.inst or cur.degree or cur.dates) and (
                not (f.inst and (f.degree or f.dates)) or _STAY.match(c.text)) and not icon_head:
            # bullets add details to the entry above, never start one
            if not cur.degree and f.degree:
                cur.degree, cur.field_ = f.degree, f.field
            if not cur.dates and f.dates:
                cur.dates = f.dates
            continue
        if _expected_degree(cur, f) or _expected_school(cur, f) or _conferred_after_course(cur, f):
            cur.lines.append(c)
            continue
        # a department line ("School of X") under a university is part of the same entry
        # (...but not after a whole entry that opened with its school: "London School of Economics"
        # over its degree line, after "University of Nairobi" over its own)
        same_inst = bool(f.inst and cur.inst and (
            _same(f.inst, cur.inst) or (STRONG_INST.search(cur.inst) and not STRONG_INST.search(f.inst)
                                        and not (cur.inst_heads and cur.degree and cur.dates
                                                 and not _UNIT_NAME.match(f.inst)))))
        conflict = (f.degree and cur.degree) or (f.dates and cur.dates) or (
            f.inst and cur.inst and not same_inst and STRONG_INST.search(cur.inst)) or (
            # where entries open with their school ("COLUMBIA BUSINESS SCHOOL" over its degree and
            # date), another school after a complete entry opens the next one, weak name or not
            f.inst and cur.inst and not same_inst and cur.inst_heads and cur.degree and cur.dates)
        # "Marlow Institute" again over the next degree, where each entry opens with its school:
        # the next entry, not a department line of this one
        again = bool(same_inst and cur.inst_heads and cur.degree and cur.dates and f.inst and cur.inst
                     and _same(f.inst, cur.inst))
        if same_inst and not f.degree and not f.dates and not again:
            cur.lines.append(c)
            continue
        if again:
            entries.append(cur)
            cur = _Entry()
        if f.inst and _HONOURS.search(f.inst) and cur.inst and not f.dates and not _HONOURS.search(cur.inst):
            # "Barrett Honors College" under its university: a part of the same entry
            if f.degree and not cur.degree:
                cur.degree, cur.field_ = f.degree, f.field
            cur.lines.append(c)
            continue
        if conflict:
            entries.append(cur)
            cur = _Entry()
        # ("B.Tech, Electronics & Comm." under the school's own line: the subject, read as a school too)
        if f.inst and (not cur.inst or not STRONG_INST.search(cur.inst)) and not (cur.inst_heads and f.inst == f.field):
            cur.inst = f.inst
            cur.inst_heads = not (cur.degree or cur.dates or f.degree or f.dates)
        if f.degree and not cur.degree:
            cur.degree, cur.field_ = f.degree, f.field
        if f.dates and not cur.dates:
            cur.dates, cur.marker = f.dates, f.marker
        cur.lines.append(c)
    entries.append(cur)
    _share_heading_institution(entries)
    return entries


def _records(entries: list[_Entry], strict: bool) -> list[Education]:
    out: list[Education] = []
    for e in entries:
        if not e.inst or (strict and not (e.degree and e.dates)):
            continue
        if e.degree and _POSTDOC.fullmatch(e.degree.strip(" .")):
            continue  # Lattes lists a "Pós-Doutorado" under its education: a post, no degree
        level = _level(e.degree) if e.degree else None
        start, end = _dates(e, level)
        conf = 0.9 if (e.degree and e.dates) else (0.6 if (e.degree or e.dates) else 0.4)
        out.append(Education(
            institution=_tidy_name(e.inst), degree=e.degree, degree_level=level, field=e.field_ or field_of(e.degree),
            start=start, end=end, evidence=(e.lines[0].line.evidence(conf) if e.lines else None),
        ))
    return out


_REMARK = re.compile(r"[(（][^()（）]*[)）]")
_POSTDOC = re.compile(r"(?i)p[óo]s-?doutorado|post-?doc(?:toral)?(?:\s+(?:fellowship|research|stay))?|posdoctorado|postdottorato")


_EQUIVALENT = re.compile(r"(?i)\bequivalent\s+(?:to\s+)?(?:an?\s+)?([^()]{2,30})")


def _level(degree: str) -> DegreeLevel | None:
    """The degree's level from its own words: "硕士(硕博连读转博)" is a master's, whatever the
    remark in brackets names."""
    # ("Specialist diploma (equivalent to M.Sc.)": the degree it stands for says the level)
    if "quival" in degree and (equal := _EQUIVALENT.search(degree)) and (level := degree_level(equal.group(1))):
        return level
    return degree_level(_REMARK.sub("", degree)) or degree_level(degree)


def _expected_school(cur: _Entry, f: EduFacts) -> bool:
    """"Ph.D. in X  2021/09~present" over "Some University, City  (expected 2026/06)": the mirror of
    _expected_degree, the school line under the degree carrying the expected graduation."""
    if not (f.inst and not f.degree and f.marker == "end" and f.dates and not f.dates.is_range
            and cur.degree and cur.dates and not cur.inst):
        return False
    cur.inst = f.inst
    return True


def _expected_degree(cur: _Entry, f: EduFacts) -> bool:
    """"Some University  2021 – present" over "Ph.D. in X (expected 2026)" / "硕士研究生(预计2027年毕业)":
    the degree line of the school above, its date a graduation yet to come. Its single
    date is no second stay: the degree joins the entry, and its expected year closes a
    range left open by a bare dash ("2024.09 —"), never one printed as "present"."""
    # (the degree line may name the faculty: "自动化工程学院 · 自动化（本科）" under "电子科技大学")
    faculty = bool(f.inst and cur.inst and STRONG_INST.search(cur.inst) and not STRONG_INST.search(f.inst))
    if not (f.degree and (not f.inst or faculty) and f.marker == "end" and f.dates and not f.dates.is_range
            and cur.inst and cur.dates and not cur.degree):
        return False
    cur.degree, cur.field_ = f.degree, _EXPECTED_ASIDE.sub("", f.field or "").strip() or None
    if cur.dates.end == "present" and not any(_PRINTED_PRESENT.search(c.text) for c in cur.lines):
        cur.dates = replace(cur.dates, end=f.dates.end)
    return True


_COURSE = re.compile(r"(?i)\b(?:course|studies|programme|program|aspirantura)\b")


def _conferred_after_course(cur: _Entry, f: EduFacts) -> bool:
    """"2004–2007 Postgraduate course (aspirantura), X Institute" over "2008 Candidate of Sciences
    (…)": the doctorate the course led to, conferred a year or so after it, at no school of its
    own. The degree joins the course's entry and its year ends it."""
    if not (f.degree and not f.inst and f.dates and not f.dates.is_range and f.dates.end
            and cur.inst and (not cur.degree or _COURSE.search(cur.degree)) and cur.dates and cur.dates.is_range
            and cur.dates.end
            and cur.dates.end[:1].isdigit() and _level(f.degree) in ("phd", "master")):
        return False
    gap = int(f.dates.end[:4]) - int(cur.dates.end[:4])
    if not 0 <= gap <= 3:
        return False
    cur.degree, cur.field_ = f.degree, f.field
    cur.dates = replace(cur.dates, end=f.dates.end)
    return True


_EXPECTED_ASIDE = re.compile(r"(?i)[(（][^)）]*(?:预计|毕业|expected)[^)）]*[)）]")
_PRINTED_PRESENT = re.compile(rf"(?i)(?<![a-z]){PRESENT}(?![a-z])")


_HONOURS = with_opening(re.compile(r"(?i)\bhonou?rs\s+(?:college|program(?:me)?|school)\b|\bresidential\s+college\b|"
                      r"荣誉学院|书院|少年班|实验班|英才班|拔尖计划"))


def _share_heading_institution(entries: list[_Entry]) -> None:
    """"Some University  City" over three degree lines, each with its dates: one school
    printed once above several degrees gives each of them its name."""
    for prev, e in zip(entries, entries[1:], strict=False):
        if not e.inst and e.degree and e.dates and prev.inst and prev.inst_heads and prev.degree:
            e.inst, e.inst_heads = prev.inst, True


def _sentence(degree: str) -> bool:
    """A degree "piece" too long to be a degree's name: a remark that mentions one."""
    if has_cjk(degree):
        return len(re.findall(r"[\u3400-\u9fff]", degree)) > 14
    return len(degree.split()) > 12


def _tidy_name(name: str) -> str:
    name = name.strip(" ,")
    return name if re.search(r"(?i)\b(?:univ|inst|tech|coll|dept|inc|ltd)\.$", name) else name.rstrip(". ")


# A qualification one finishes rather than a stay one makes: its single year is when it was awarded
_SCHOOL_LEAVING = re.compile(r"(?i)\b(?:class|std\.?|standard|grade)\s+(?:x|xii|10|12)(?:th)?\b|\b(?:ssc|hsc|sslc|puc)\b|"
                             r"\bhigh school\b|\bsecondary school\b|\babitur\b|\bmatura\b|\ba-levels?\b|baccalaur|高中")


def _dates(e: _Entry, level: str | None) -> tuple[str | None, str | None]:
    if not e.dates:
        return None, None
    if e.dates.is_range:
        return e.dates.start, e.dates.end
    # One date: "Started [Jan 2021]" is a start; "Graduated"/"expected" or a degree's
    # single year is when it was conferred; a visit or exchange is the year it happened.
    if e.marker == "start":
        return e.dates.start, None
    if e.marker == "end" or level in ("phd", "master", "bachelor") or (e.degree and _SCHOOL_LEAVING.search(e.degree)):
        return None, e.dates.end
    return e.dates.start, e.dates.end


def _same(a: str, b: str) -> bool:
    na, nb = re.sub(r"\W+", " ", a.lower()).strip(), re.sub(r"\W+", " ", b.lower()).strip()
    return na == nb or na in nb or nb in na


# "毕业院校: X", "本科院校: X", "就读学校: X": a form's school field; its level from the label
# or from a "学历: 本科" field of the same form
_CJK_SCHOOL_FIELD = re.compile(r"^(本科|硕士|博士|研究生)?(?:毕业|就读|所在)?(?:院校|学校)$")
_CJK_LEVEL_FIELD = re.compile(r"(?:^|\t)\s*(?:学\s*历|学\s*位)\s*[:：]\s*([^\t]+)")


def school_fields(lines: list[Clean]) -> list[Education]:
    level_text = next((m.group(1) for c in lines if (m := _CJK_LEVEL_FIELD.search(c.text))), None)
    out: list[Education] = []
    seen: set[str] = set()
    for c in lines:
        for cell in c.text.split("\t"):
            lab = LABEL.match(cell)
            m = _CJK_SCHOOL_FIELD.match(lab.group(1).strip()) if lab else None
            value = lab.group(2).strip() if lab else ""
            if not m or not value or value in seen or not INSTITUTION_RE.search(value) and "大学" not in value \
                    and "学院" not in value:
                continue
            seen.add(value)
            degree = m.group(1) or level_text
            out.append(Education(institution=value, degree=degree, degree_level=degree_level(degree or "") or None,
                                 evidence=c.line.evidence(0.6)))
    return out


def education_from_fields(lines: list[Clean]) -> list[Education]:
    """Degrees stated as fields outside an Education section ("Ph.D.: Some University",
    "毕业院校: 某大学")."""
    out: list[Education] = school_fields(lines)
    for c in lines:
        lab = LABEL.match(c.text)
        if not lab or not DEGREE_HEAD.match(lab.group(1).strip()):
            continue
        f = edu_facts(c.text)
        if f.inst:
            level = degree_level(lab.group(1))
            start, end = _dates(_Entry(f.inst, f.degree, f.dates, f.marker), level)
            out.append(Education(institution=f.inst, degree=lab.group(1).strip(), degree_level=level,
                                 start=start, end=end, evidence=c.line.evidence(0.6)))
    return out
