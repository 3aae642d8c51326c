"""Experience entries (jobs, internships, research positions, appointments).

Entry layouts differ: "Org  dates / Title", "Org  Place / Title  dates",
"dates  Title at Org, Place", "Title  Org  dates" (no separator), "Title: Org",
with the parts on one line or several and in any order. The parser reads the
header lines of a section (descriptions and their bullets are skipped) and fills
an entry's slots (organisation, title, dates); a line that brings a slot the
current entry already has starts the next entry. An organisation-only line that
is followed by no title or dates of its own is a second line of the current entry
(e.g. "Click for details  City" then "Company Ltd., City" under one job).
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean, has_cjk, join_wrapped
from reviewer.parsing.dates import first_range, opens_with_range, strip_dates
from reviewer.parsing.employers import (
    ROLE_LEAD,
    Entry,
    role_bullets,
    roles_under_dated_employer,
    split_known_employer,
    units_under_employer,
)
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.jobline import ORG_LABELS, TITLE_LABELS, UNIT_RE, LineFacts, dates_stated, line_facts
from reviewer.parsing.lexicon import (
    CLINICAL_TRAINING_RE,
    DEGREE_RE,
    HOSPITAL_RE,
    INSTITUTION_RE,
    ORG_WORDS,
    ROLE_RE,
    is_location,
)
from reviewer.parsing.openings import with_opening
from reviewer.parsing.rirekisho import paired_events
from reviewer.parsing.sectionshape import column_names_row
from reviewer.parsing.segments import BIRTH, LABEL, PERSONAL_LABEL, cap_ratio, is_prose, strip_asides
from reviewer.profile import Experience

_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-h])\s*[.、)）]\s*(?!\d)")


def _title_under_head(cur: Entry, f: LineFacts) -> bool:
    """"威学一百<tab>2022.08 - 2026.02" then "新媒体运营": a short plain phrase right under a
    head row that named the organisation and dates but no title is the title (a title
    without any title word, which the lexicon cannot know)."""
    if not (cur.org and cur.dates and not cur.title and len(cur.lines) == 1 and f.org and f.org_prio <= 1):
        return False
    t = f.org.strip()
    if re.search(r"\d", t) or UNIT_RE.search(t) or ORG_WORDS.search(t) or is_location(t):
        return False
    if t.isupper() and len(t) > 5:
        return False  # "DECLARATION": a heading word in capitals, not a title ("CTO" is one)
    return len(re.findall(r"[\u3400-\u9fff]", t)) <= 10 if has_cjk(t) else len(t.split()) <= 5


_LONE_NOUN = re.compile(r"(?i)(?:university|college|institute|school|academy|laborator(?:y|ies)|labs?|group|"
                        r"cent(?:er|re)|inc\.?|ltd\.?|gmbh|llc|plc|corp(?:oration)?\.?|company)")
_CLOSING_REMARK = re.compile(r"\s*[(（][^()（）]{20,}[)）]\s*[.。]?$")  # (a sentence, not "(一作)")
_GRANT_ROLE = re.compile(r"\((?:Co-?)?(?:PI|I|MPI)\)|\((?:Contact\s+)?PI\)")
_MEMBERSHIP = re.compile(r"(?i)(?:standing|elected|associate|full|life|ordinary|student)?\s*member")
_SOCIETY = re.compile(r"(?i)\b(?:association|society|academy|study\s+section|council|federation|union|club|"
                      r"college\s+of)\b|学会|协会")


# "兼职" over the part-time posts, "现任" over the current ones: a kind of post, no employer
_POST_KIND_LABEL = re.compile(both_scripts_pattern(r"(?:兼职|全职|专职|兼任|现任|曾任)\s*[:：]?"))


_REMARK_ONLY = re.compile(r"\s*[(（][^()（）]*[)）]\s*")


def _header_candidate(c: Clean, skip_bullets: bool) -> bool:
    t = c.text
    if c.bullet and skip_bullets:
        return False
    if _POST_KIND_LABEL.fullmatch(t.strip()) or (_REMARK_ONLY.fullmatch(t) and not first_range(t)):
        return False  # ("(secondary appointment)" under a post: a remark on it, no post)
    if "\t" in t and column_names_row(t):
        return False  # "S. No<tab>Position<tab>Organisation<tab>Period": a table's header row, anywhere
    if _ADVISOR.match(t):
        return False  # "导师:王一 教授 预计 2026 年毕业", "Advisor: Prof. X (2019)": the supervisor, not a post
    if PERSONAL_LABEL.match(c.raw if "\t" in c.raw else t) or BIRTH.search(t):
        return False  # "出生年月<tab>1998.05", "Date of birth: 04/05/1992": a personal fact, not a job
    if _GRANT_ROLE.search(t):
        return False  # "R01 AI158842 Quill (PI) 07/01/2021 – 06/30/2026": a grant held, not a post
    if t.endswith(":") and not first_range(t):
        return False  # "Machine Learning System Team:" introduces bullets
    if _NUMBERED.match(t) and not first_range(t):
        return False  # "1.参与并开发…", "2) Maintained …": a numbered duty under the entry
    lab = LABEL.match(strip_asides(t)) if ":" in t or "：" in t else None  # (a label needs its colon)
    if lab and not first_range(t) and not TITLE_LABELS.match(lab.group(1)) and not ORG_LABELS.match(lab.group(1)):
        return False  # "Advisor: ...", "website: ...", "Tech stack: ..."
    if not first_range(t):
        return (not is_prose(t) and not _described(t)) or _role_with_remark(t) or _role_then_detail(t)
    if (lead := _ROLE_DATED_IN_BRACKETS.match(t)) and ROLE_RE.search(lead.group(1)):
        return True  # "Research Engineer (2013 – 2016): process modelling for gas separations."
    body = _DURATION.sub("", strip_dates(t)).strip()
    # (a closing remark in brackets is no part of the header: "…, James Cook University
    # (fellowship held from 2021; transferred to a continuing post in 2022)."; nor is a gloss inside
    # it: "ATER (temporary lecturer and researcher), Département arts plastiques, Université Paris 8")
    body = _CLOSING_REMARK.sub("", body) or body
    if not body or not is_prose(body):
        return True
    if _SENTENCE_INSIDE.search(body):
        return False  # a sentence goes on after the fields ("... Co-advised 4 students."): a description
    bare = _INNER_REMARK.sub("", body) if "(" in body else body
    return bare != body and not is_prose(bare) or _capitalised_fields(bare)


_SENTENCE_INSIDE = re.compile(r"[a-z)\s]\.\s+[A-Z][a-z]")
_INNER_REMARK = re.compile(r"\s*\([^()]{1,60}\)")


def _capitalised_fields(body: str) -> bool:
    """"Artiste intervenante, École européenne supérieure d’art de Bretagne, Quimper": post,
    employer and place, each opening with a capital (a French or Spanish name's small words
    would make it prose by its share of capitals)."""
    pieces = [p.strip() for p in body.split(",")]
    return len(pieces) >= 3 and all(p[:1].isupper() and len(p.split()) <= 8 for p in pieces)


# a role, its dates in brackets, then a colon and what the work was
_ROLE_DATED_IN_BRACKETS = re.compile(r"([A-Z][\w'&/-]*(?: [\w'&/-]+){0,5}) \([^()]*\d{4}[^()]*\):\s")
# a lower-case remark after a role: in brackets at the end, or after a semicolon
# ("Contributing Writer (paid monthly column)", "Associate Architect; project lead for civic work")
_REMARK = re.compile(r"(?=[\s(（;])(?:\s*[(（][^()（）]{1,40}[)）]$|;\s+[a-z].*$)")  # (lookahead: as BIRTH's)
_TITLE_CASE_ROLE = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")
_SENTENCE_CASE_ROLE = re.compile(r"[A-Z][\w'-]*(?: [a-z][\w'-]*){1,3}")


_LEAD_GLYPH = re.compile(r"^[•·▪◦‣►▸■□◆◇○●\-–]\s+")  # "• Professor of Statistics": a list mark kept by a cell


def _described(t: str) -> bool:
    """"Owned ETA models for Uber Eats in 40 cities; MAE down 11%.": a sentence about the work
    (a full stop after eight words or more, several in lower case), though it names a company;
    and a list of things done or taught, joined by semicolons, that ends with a full stop."""
    words = t.split()
    if len(words) >= 5 and t.endswith(".") and "; " in t:
        return True
    return len(words) >= 8 and t.endswith(".") and sum(w.islower() for w in words) >= 3


def _role_with_remark(t: str) -> bool:
    """"Contributing Writer (paid monthly column)", "Architect; competition teams", "Student research
    assistant (0.4 fte)": a role in title or sentence case with a lower-case remark is a title,
    though most of its words are lower case like a sentence's."""
    m = _REMARK.search(t)
    role = t[:m.start()] if m else ""
    return bool((_TITLE_CASE_ROLE.fullmatch(role) or _SENTENCE_CASE_ROLE.fullmatch(role))
                and ROLE_RE.fullmatch(role.split()[-1]))


def _role_then_detail(t: str) -> bool:
    """A line opening with a role phrase and going on with a short detail after a comma or
    bracket (not a duty: "Tech lead (7 engineers) for the control plane; cut latency 41%")."""
    m = ROLE_LEAD.match(t)
    bare = re.sub(r"\([^()]*\)", "", t)
    return bool(m and ROLE_RE.fullmatch(m.group(1).split()[-1]) and not t.rstrip().endswith(".")
                and ";" not in bare and len(bare.split()) <= 10)


# "(3 years 1 month)", "· 2 yrs 3 mos": how long a post lasted, printed after its dates
_DURATION = with_opening(re.compile(r"[(·]?\s*\d+\s*(?:years?|yrs?)(?:\s*\d+\s*(?:months?|mos?))?\s*\)?"
                       r"|[(·]?\s*\d+\s*(?:months?|mos?)\s*\)?", re.I))


def _org_line_starts_entry(cur: Entry, f: LineFacts, nxt: LineFacts | None) -> bool:
    """An organisation-only line while the current entry already has an organisation:
    the next entry when the lines after it bring a title or dates the current one has
    ("Acme" / "Engineer 2019"), else a second line of the current entry ("Lab, Dept.")."""
    if nxt is not None and bool((nxt.title and cur.title) or (nxt.dates and cur.dates)) and not (
            nxt.org and not nxt.title and not nxt.dates):
        return True
    # two plain names in a row before any title or dates: the first was a project line
    return not (cur.title or cur.dates) and f.org_prio <= cur.org_prio


def _heads_next_entry(cur: Entry, f: LineFacts, after: list[LineFacts], org_first: bool) -> bool:
    """"Acme Ltd" after a post with its title and dates but no employer, and over a title of
    its own, where entries open with their employer (LinkedIn's roles under a company):
    the next employer, not this post's ("Title  dates" over "Acme Ltd" is one post)."""
    if not (org_first and f.org and not f.title and not f.dates and cur.title and cur.dates and not cur.org):
        return False
    nxt = next((g for g in after if not g.empty), None)
    # (a weaker name beside that title is its unit: "Summer Analyst, Commercial Banking"; so is
    # a name without an organisation word: "Senior Program Manager, AgriFin" under "Mercy Corps")
    # (and so is a unit: "Postdoctoral Researcher, Department of Quantum Materials" under "Max Planck …")
    return bool(nxt and nxt.title and (not nxt.org or nxt.org_prio < f.org_prio or nxt.org_prio == 2
                                       or _unit_only(nxt.org)))


_CJK_UNIT = re.compile(both_scripts_pattern(r"(?:实验室|研究室|课题组|研究组|[系科])$"))


# a name that is an employer in itself, never a unit of one
STRONG_EMPLOYER = re.compile(r"(?i)\b(?:universit|college|institute|hospital|compan|corporation|inc\b|ltd\b|gmbh|"
                             r"laborator|academy|group\b)")


def _employer_alone(text: str) -> bool:
    f = line_facts(text)
    return bool(f.org and not f.title and not f.dates)


def _unit_named(org: str) -> bool:
    """A unit of an employer ("Department of X", "水污染控制实验室"), not an employer itself."""
    return _unit_only(org) or bool(_CJK_UNIT.search(org))


def _unit_only(org: str) -> bool:
    """"Department of Quantum Materials": a unit's name with no institution in it."""
    return bool(UNIT_RE.match(org) and not INSTITUTION_RE.search(org))


def _unit_then_institution(unit: str, org: str) -> bool:
    """"Department of Civil Engineering" over "Indian Institute of Technology Madras": a unit's
    line, then the institution it belongs to, which employs the post."""
    return bool(UNIT_RE.search(unit) and not INSTITUTION_RE.search(unit) and INSTITUTION_RE.search(org))



_ORG_THEN_DATE_CELL = re.compile(r"^[^\t\d]+\t[^\t]*\d[^\t]*$")  # "Acme, City<tab>01/2022 - present"


def _group(cands: list[Clean], facts: list[LineFacts]) -> list[Entry]:
    """Fill entry slots line by line; a slot the current entry already has starts the next."""
    entries: list[Entry] = []
    cur = Entry()
    # "04/2022 – now  Scientist, Unit" then "Acme SE, City": when entries open with their
    # dates, an organisation line after a dated line is that entry's second line
    lead_at = next((k for k, g in enumerate(facts) if not g.empty), None)
    lead = facts[lead_at] if lead_at is not None else None
    # (an employer's row with its dates in a right-hand column, "Acme, City<tab>2019 – 2021",
    # opens with the employer instead: the next employer's line starts the next entry)
    dates_lead = bool(lead and lead.dates) and not (
        lead_at is not None and _ORG_THEN_DATE_CELL.match(cands[lead_at].text) and lead is not None
        and lead.org and not lead.title and not has_cjk(cands[lead_at].text))  # (Chinese rows: unchanged)
    # "2016.11~2017.3<tab>Acme Ltd<tab>Engineer" rows: when every dated line names its
    # organisation or title, entries open with their dates, and an undated line that
    # brings a second title is a description ("参加过中台开发,…"), not a new entry
    heads_dated = dates_lead and all(g.org or g.title for g in facts if g.dates)
    # the template's first line: an employer alone ("Acme Ltd" over its roles)
    org_first = bool(lead and lead.org and not lead.title and not lead.dates)
    for i, (c, f) in enumerate(zip(cands, facts, strict=True)):
        if f.empty:
            continue
        if heads_dated and not f.dates and f.title and cur.title:
            cur.lines.append(c)
            continue
        if f.org and not f.title and not f.dates and _title_under_head(cur, f):
            cur.title = f.org
            cur.lines.append(c)
            continue
        if f.org and not f.title and not f.dates and cur.org:
            second = dates_lead and cur.dates
            if second or not _org_line_starts_entry(cur, f, next((g for g in facts[i + 1:] if not g.empty), None)):
                # the employer's own line outranks a unit printed beside the title
                # ("Scientist, Process Research" / "Acme SE"), but a unit line does not
                # ...but a unit line ("Optics Group, Institute of X") never displaces the
                # organisation named on the entry's own first row
                head = cur.lines[0].text if cur.lines else ""
                head_org = bool(cur.org and cur.org in head)
                # "dates<tab>Org<tab>Title": an organisation printed before the title on the head
                # row is the employer ("Title, Unit" puts a unit after the title instead)
                org_first = bool(head_org and cur.org and cur.title and cur.title in head
                                 and head.index(cur.org) < head.index(cur.title))
                # ...unless the head row named a unit itself ("Psychologist, Anxiety Program" over
                # "Marrowfield Medical Center"): then the stronger name is the employer
                unit_head = bool(UNIT_RE.search(cur.org or "")) and f.org_prio > cur.org_prio
                # ...and so is a name after the title's comma when the employer's own line comes
                # straight under it, before any dates ("Data Scientist, Biostatistics" / "Novo Nordisk")
                stacked = bool(head_org and cur.org and cur.title and cur.title in head and not cur.dates
                               and len(cur.lines) == 1 and head.index(cur.title) < head.index(cur.org)
                               and not UNIT_RE.search(f.org) and f.org_prio >= cur.org_prio - 1
                               and not _LONE_NOUN.fullmatch(f.org.strip()))  # ("…, Hollins Reach" / "University": a wrap)
                unit_head = unit_head or stacked
                if head_org and not unit_head and (
                        UNIT_RE.search(f.org.split(",")[0]) or (heads_dated and org_first and f.org_prio <= cur.org_prio)
                        or (heads_dated and org_first and UNIT_RE.search(f.org.split(",")[-1])
                            and not STRONG_EMPLOYER.search(f.org))):
                    # ("Cardiff University, Division of X" names its employer first: not a unit line)
                    # ("Meituan | Engineer" over "Internet / E-commerce · Delivery Strategy Dept.": a
                    # job site's industry and department under the employer, no employer of its own)
                    pass
                elif stacked or f.org_prio > cur.org_prio or (
                        second and f.org_prio == cur.org_prio
                        and (not UNIT_RE.search(f.org) or _unit_then_institution(cur.org, f.org))):
                    if unit_head and cur.title and head_org:
                        cur.title = f"{cur.title}, {cur.org}"  # the unit stays with the post it names
                    cur.org, cur.org_prio = f.org, f.org_prio
                cur.lines.append(c)
                continue
            entries.append(cur)
            cur = Entry()
        elif (f.org and not f.title and f.dates and not f.dates.is_range and cur.title and not cur.org
              and cur.dates and cur.dates.is_range):
            # "Aug 2011 – Jul 2013  Core Medical Trainee" over "Royal Glamorgan Hospital, Cwm Taf
            # Health Board. MRCP(UK) 2012.": the employer's line, a year of a remark on it
            cur.org, cur.org_prio = f.org, f.org_prio
            cur.lines.append(c)
            continue
        elif (f.title and cur.title) or (f.dates and cur.dates) or _heads_next_entry(cur, f, facts[i + 1:], org_first):
            entries.append(cur)
            cur = Entry()
        # An organisation on its own line above ("### Acme") outranks a plain name printed
        # beside the title, which is as often the place ("Engineer · Warsaw · 2021").
        # ...but a unit beside the title ("Postdoctoral researcher, Department of Epidemiology")
        # never displaces the employer named on the entry's head row ("2023 – now  Erasmus MC")
        unit_under_head = bool(f.title and cur.org and cur.lines and cur.org in cur.lines[0].text
                               and first_range(cur.lines[0].text) and UNIT_RE.match(f.org or ""))
        if f.org and not unit_under_head and (
                not cur.org or (f.org_prio > cur.org_prio and (f.org_prio == 3 or cur.org_prio == 0))):
            cur.org, cur.org_prio = f.org, f.org_prio
        elif (f.org and cur.org and cur.title and len(cur.lines) == 1 and UNIT_RE.search(cur.org)
              and not INSTITUTION_RE.search(cur.org) and "," not in cur.org and INSTITUTION_RE.search(f.org)
              and f.org_prio >= cur.org_prio and cur.org in cur.lines[0].text):
            # "Postdoctoral Researcher, Solid-State Batteries group" over "Karlsruhe Institute of
            # Technology<tab>dates": the unit beside the title belongs to the post, the line below names the employer
            cur.title = f"{cur.title}, {cur.org}"
            cur.org, cur.org_prio = f.org, f.org_prio
        cur.title = cur.title or f.title
        cur.dates = cur.dates or f.dates
        cur.lines.append(c)
    entries.append(cur)
    return [e for e in entries if e.org or e.title or e.dates]


# what a Chinese organisation's name ends with (a company, lab, school, bureau, hospital...)
_CJK_ORG = with_opening(re.compile(both_scripts_pattern(r"公司|集团|银行|事务所|实验室|研究院|研究所|研究中心|大学|学院|学校|医院|中心|"
                                          r"协会|基金会|[部局院所厅委馆社台站行]$|\s[A-Z][A-Za-z]+$")))
# a student's own research named by its kind, or a lab named by whoever leads it
_STUDENT_RESEARCH = re.compile(
    r"(?i)^\W*(?:(?:dissertation|thesis|master['’]?s|bachelor['’]?s|doctoral|ph\.?\s?d\.?|senior|honou?rs|"
    r"undergraduate|course|rotation|capstone)\s+(?:research|thesis|project|dissertation)|rotation\b)"
    r"|\((?:led|headed|directed|supervised)\s+by\b")
_ADVISOR = re.compile(r"(?i)^\s*(?:advis[oe]rs?|supervisors?|mentors?|导师|指导老师|指导教师)\s*[:：]")
_ROLE_ONLY = re.compile(r"[A-Z][\w'&/-]*(?: [A-Z(][\w'&/()-]*){0,3}")


def _icon_titles(lines: list[Clean]) -> list[Clean]:
    """"• Data Analyst" over "Acme Corp  2019 – 2021": an icon glyph read as a bullet before a
    bare job title that heads its entry (the line below names the employer or dates and no
    title). Such a line is the entry's title, not a description bullet."""
    out = list(lines)
    for i, c in enumerate(lines[:-1]):
        # "▸ Research Scientist Intern<tab>Summer 2024": the title's dates may share its line
        t = strip_dates(c.text).strip(" \t–-|,") if first_range(c.text) else c.text.strip()
        nxt = lines[i + 1]
        if not c.bullet or nxt.bullet or not ROLE_RE.search(t):
            continue
        if not (_ROLE_ONLY.fullmatch(t) or (has_cjk(t) and len(t) <= 12 and not re.search(r"[,，。;；:：]", t))):
            continue
        f = line_facts(nxt.text)
        if (f.org or f.dates) and not f.title:
            out[i] = Clean(c.line, c.text, False, c.raw)
    return out


def _org_before_remark(lines: list[Clean]) -> list[Clean]:
    """"Consultant Cardiologist<tab>Aug 2019 – present" over "NHS Lothian, Royal Infirmary; Honorary
    Senior Lecturer, University of X" or "Some Deanery; out of programme 2013–2016": the line
    under a dated title names the employer up to its first semicolon, then adds a remark."""
    out = list(lines)
    for k in range(1, len(out)):
        head, c = out[k - 1], out[k]
        if c.bullet or "; " not in c.text or "\t" in c.text or not first_range(head.text):
            continue
        first = c.text.split("; ", 1)[0].strip()
        facts = line_facts(head.text)
        if (facts.title and not facts.org and re.match(r"[A-Z]", first) and cap_ratio(first) >= 0.6
                and not ROLE_RE.search(first) and not first_range(first)):
            out[k] = Clean(c.line, first, c.bullet, first)
    return out


def _opens_with_title(text: str) -> bool:
    title = line_facts(text).title
    return bool(title and text.startswith(title) and ROLE_RE.search(title.split(",")[0]) and len(title.split()) <= 6)


def _opens_or_ends_with_range(text: str) -> bool:
    span = first_range(text)
    return bool(span and span.is_range and (span.span[0] <= 2 or span.span[1] >= len(text.rstrip()) - 1))


def _timeline_heads(lines: list[Clean]) -> list[Clean]:
    """Two bullet glyphs in one section: a timeline's dots before each employer ("● Stripe<tab>Seattle,
    WA") and the small bullets of the duties under it. The glyph whose lines are all short, undated
    names is the entries' head, not a list item."""
    glyphs = {c.raw.lstrip()[:1] for c in lines if c.bullet}
    if len(glyphs) < 2:
        return lines
    heads = {g for g in glyphs if all(len(c.text.split()) <= 8 and not first_range(c.text) and not c.text.endswith(".")
                                      for c in lines if c.bullet and c.raw.lstrip()[:1] == g)}
    if not heads:
        # "■ Research Fellow, Coastal Group<tab>Sep 2021 – present" over "● Led the shoreline atlas.":
        # the one glyph whose every line carries a range of dates heads the entries
        # ...or opens with a title, the other glyph's lines being duties ("■ Visiting Researcher, Unit X")
        dated = {g for g in glyphs if all((_opens_or_ends_with_range(c.text) or _opens_with_title(c.text))
                                          and not c.text.endswith(".")
                                          for c in lines if c.bullet and c.raw.lstrip()[:1] == g)}
        heads = dated if len(dated) == 1 else set()
    if not heads or heads == glyphs:
        return lines
    return [Clean(c.line, c.text, False, c.raw) if c.bullet and c.raw.lstrip()[:1] in heads else c for c in lines]


def _training_post(text: str) -> tuple[str, str] | None:
    """(title, organisation) of a training post's line: the pieces before the hospital name
    its post and speciality, the hospital is the employer."""
    pieces = [p.strip() for p in strip_dates(text).strip(" \t–-|").split(",")]
    if not pieces or not CLINICAL_TRAINING_RE.match(pieces[0]):
        return None
    k = next((n for n, p in enumerate(pieces) if n and HOSPITAL_RE.search(p)), None)
    return (", ".join(pieces[:k]), pieces[k]) if k is not None else None


# a form's or a letter's post applied for, never one held
_SOUGHT = re.compile(both_scripts_pattern(r"应聘|求职意向|意向岗位|申请岗位|申请职位|填表日期|岗位列表|报名表") + r"|(?i:\bapplying for\b"
                     r"|\bapplied for\b|\bposition sought\b|\bapplication for\b|^\s*(?:subject|re|betreff|objet)\s*:"
                     r"|\bhighest degree\b|\bvacancy\b)")  # (a cover letter's, a portal's or a mail's words)


_CAREER_BREAK = re.compile(
    r"(?i)^\W*(?:career\s+break|interruption|parental\s+leaves?|maternity\s+leave|paternity\s+leave|family\s+leave|"
    r"sabbatical(?:\s+leave)?|elternzeit|mutterschutz|licen[çc]a[- ]materni?dade|licen[çc]a[- ]paternidade|"
    r"baja\s+(?:por\s+)?(?:maternidad|paternidad)|congedo\s+(?:di\s+)?maternità|产假|育儿假|休假)(?![\w-])")


def _career_break(org: str | None, title: str | None) -> bool:
    """A gap named as an entry: a career break or a leave, with no employer or post of its own."""
    named = [x for x in (org, title) if x]
    return bool(named) and bool(_CAREER_BREAK.match(named[0])) and all(
        _CAREER_BREAK.match(x) or not ROLE_RE.search(x) for x in named)


# "淡水项目实习生,协助编写……": the post named by the first clause of the line under the employer
_CJK_ROLE_CLAUSE = re.compile(r"^([\u4e00-\u9fff()（）A-Za-z]{2,14})[,，;；]")


def _role_opening_description(lines: list[Clean], at: int | None) -> str | None:
    """The post that opens the line under an entry's last line at `at` ("实习生，负责…")."""
    if at is None or at + 1 >= len(lines) or lines[at + 1].bullet or first_range(lines[at + 1].text):
        return None
    m = _CJK_ROLE_CLAUSE.match(lines[at + 1].text)
    role = ROLE_RE.search(m.group(1)) if m else None
    return m.group(1) if m and role and role.end() == len(m.group(1)) else None


def parse_experience(lines: list[Clean], *, strict: bool = False) -> list[Experience]:
    """Entries of one section. `strict` (text outside an experience section) demands org, title and dates."""
    joined = join_wrapped(paired_events(lines))
    printed_bullets = {c.index for c in joined if c.bullet}  # (role_bullets lifts some heads out of theirs)
    lines = _timeline_heads(_org_before_remark(_icon_titles(role_bullets(joined))))
    if strict and not any(dates_stated(c.text) for c in lines):
        return []  # an entry's dates come from its lines' facts, and a strict entry needs them
    # Bullets describe the entry above them, unless the section is nothing but bullets
    # (Markdown CVs: "- **Research Intern**, Acme, 2019").
    # (a line holding only dates is no entry of its own: "- **Role**, Org" over "_Jan 2023 – present_")
    # (but numbered entries that carry the dates, "(1) 2021/01-至今，Org，Title", stay entries
    # beside an undated stray line such as a form's "无")
    # (a line without a bullet is a candidate or not whatever skip_bullets says: tested once)
    plain = {id(c) for c in lines if not c.bullet and _header_candidate(c, False)}
    heads = [c for c in lines if id(c) in plain and strip_dates(c.text).strip(" _*")]
    # ("- **Registrar** | July 2018 – June 2022" over an undated "Teaching Hospital, City": the
    # bullets head the entries, their range at the end)
    dated_bullets_only = (any(c.index in printed_bullets and (opens_with_range(c.text) or _ends_with_range(c.text))
                              for c in lines)
                          and not any(first_range(c.text) for c in lines if c.index not in printed_bullets))
    skip_bullets = bool(heads) and not dated_bullets_only
    cands = [c for c in lines if (_header_candidate(c, skip_bullets) if c.bullet else id(c) in plain)]
    cand_facts = [line_facts(c.text) for c in cands]
    entries = _group(cands, cand_facts)
    split_known_employer(entries)
    entries = roles_under_dated_employer(entries)
    if not strict:
        units_under_employer(entries, {c.text: f for c, f in zip(cands, cand_facts, strict=True)})
    # Several roles under one employer: a role line without an organisation belongs
    # to the organisation named above it.
    employer: str | None = None  # the organisation of the last employer's line of its own
    for prev, e in zip(entries, entries[1:], strict=False):
        if prev.lines and _employer_alone(prev.lines[0].text):
            employer = prev.org
        if (employer and e.org and e.org != employer and e.title and not strict and _unit_named(e.org)
                and not _employer_alone(e.lines[0].text)):
            # "2020–2024 水污染控制实验室 副主任" under "某某研究中心": the unit goes with the post
            e.title = f"{e.org} {e.title}" if has_cjk(e.org) else f"{e.title}, {e.org}"
            e.org, e.org_prio = employer, 0
        if not e.org and e.title and prev.org and not strict:
            e.org, e.org_prio = prev.org, 0
    advised = [c.line.index for c in lines if _ADVISOR.match(c.text)]
    starts = [e.lines[0].line.index for e in entries] + [10**9]
    out: list[Experience] = []
    positions: dict[int, int] = {}  # line id -> index in lines, built when first needed
    for k, e in enumerate(entries):
        if not e.title and e.org_prio < 3 and any(starts[k] < a < starts[k + 1] for a in advised):
            continue  # "Topic of a study, 2021 – 2022" then "Advisor: Prof. X": a research project, not a post
        if not (e.title and ROLE_RE.search(e.title)) and _STUDENT_RESEARCH.search(e.lines[0].text):
            continue  # "Rotation project, X Lab", "Dissertation research — X Lab (led by Prof. Y)": study, not a post
        if not e.title and e.org and has_cjk(e.org) and not _CJK_ORG.search(e.org):
            continue  # "疾病绘图空间数据分析<tab>2023.09 – 2024.03": a project's name, no employer, no post
        if _MEMBERSHIP.fullmatch(e.title or "") and _SOCIETY.search(e.lines[0].text):
            continue  # "Member, American Association of Immunologists": a membership, not a post
        if _career_break(e.org, e.title):
            continue  # "2010  Career break, 10 months (family reasons)", "Parental leaves": a gap, not a post
        if strict and any(_SOUGHT.search(c.text) for c in e.lines):
            continue  # "应聘岗位:副教授 填表日期:2025年11月": the post applied for, on a form's first lines
        if strict and len((e.org or "").strip(" ,、.")) < 2:
            continue  # "现任职称:主治医师(2021年取得)" under "一、基本情况": a title field, no employer named
        if strict:
            # "PhD Student, Northfield University, 2019 –" in a header is a degree, not a job
            # ("Graduate Student Instructor", "Student Research Assistant" are posts)
            # ("Instructional Aide (Undergraduate TA)": a degree word only inside a remark does not count)
            # (and the title must be a post: a name wrapped from a list of referees is none)
            ok = bool(e.org and e.title and e.dates and ROLE_RE.search(e.title)) and not DEGREE_RE.search(
                re.sub(r"\([^()]*\)", "", e.title or "")) and not re.search(
                r"(?i)\bstudent\b(?!\s+(?:instructor|researcher|research\s+assistant|assistant|worker))|学生|研究生",
                e.title or "")
        else:
            ok = bool((e.org and (e.title or e.dates)) or (e.title and e.dates))
        if not ok:
            continue
        if not e.title and e.org and (training := _training_post(e.lines[0].text)):
            e.title, e.org = training
        if not e.title and e.org and has_cjk(e.org):
            positions = positions or {id(c): k for k, c in enumerate(lines)}
            e.title = _role_opening_description(lines, positions.get(id(e.lines[-1])))
        conf = 0.9 if (e.org and e.title and e.dates) else (0.6 if e.org and e.org_prio else 0.45)
        out.append(Experience(
            organization=_without_open_remark(e.org), title=_LEAD_GLYPH.sub("", e.title) if e.title else None,
            start=e.dates.start if e.dates else None, end=e.dates.end if e.dates else None,
            evidence=e.lines[0].line.evidence(conf),
        ))
    return out


def _ends_with_range(text: str) -> bool:
    span = first_range(text)
    return bool(span and span.is_range and span.span[1] >= len(text.rstrip(" *_)")) - 1)


def _without_open_remark(org: str | None) -> str | None:
    """"Université Grenoble Alpes (Université Joseph-Fourier" (the remark wrapped onto the next
    line, "jusqu’en 2015)"): the employer without the bracket left open."""
    if not org or org.count("(") <= org.count(")"):
        return org
    cut = org[:org.rfind("(")].rstrip(" ,;–-")
    return cut or org
