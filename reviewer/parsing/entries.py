"""Education and experience entries: which sections feed them, and the posts that count as jobs
outside an Experience section (a teaching post at an institution, a paid post under "Teaching &
Writing", a company row under "项目与实习经历")."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reviewer.parsing.cleaning import DOT_LEADER, Clean
from reviewer.parsing.dedupe import dedupe_education, dedupe_experience
from reviewer.parsing.education import degrees_by_year, education_from_fields, parse_education, school_fields
from reviewer.parsing.experience import parse_experience
from reviewer.parsing.jobline import ACRONYM_SCHOOL
from reviewer.parsing.lexicon import INSTITUTION_RE, ORG_WORDS, ROLE_RE
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.posts import TRAILING_ASIDE, employed_as, role_at_named_org, titled_post
from reviewer.parsing.routing import COMPANY_RE, route_entries
from reviewer.parsing.sections import LOOSE_TEXT, Section, heading_kind, lines_of
from reviewer.parsing.translations import join_translation_rows
from reviewer.profile import Education, Experience

_TEACHING_POST = re.compile(
    r"(?i)^(?:(?:graduate|undergraduate|postgraduate|head|senior|lead|sessional|visiting|part-time|small-group)\s+"
    r"(?:student\s+)?)?(?:teaching\s+(?:assistant|fellow|associate)|instructor|lecturer|tutor|adjunct\b.*)"
    r"(?:\s*\([^()]*\))?$")  # (a remark on the post: "Tutor (studentische Hilfskraft)")
# a faculty post held at a college: an Indian CV's "Teaching Experience" table lists its posts
_FACULTY_POST = re.compile(r"(?i)^(?:(?:assistant|associate|full)\s+)?(?:professor|reader)(?:\s*\([^()]*\))?$")
# routing.COMPANY_RE less the research units: a "项目经历" row at a 研究院 names a funded project
# (the leading lookahead names the characters a match can start with: the engine passes every
# other position at once instead of trying each alternative there; the matches are the same)
_FIRM = re.compile(r"(?=[公集银事]|(?i:[cgilp]))(?:公司|集团|银行|事务所|(?i:\b(?:inc|ltd|gmbh|corp|llc|plc)\b\.?))")
# its words, for a screen asked of every line of a projects section before the pattern (which
# tries the words at every c, g, i, l and p): the Chinese ones as they are, the others case-blind
_FIRM_CJK_WORDS = ("公司", "集团", "银行", "事务所")
_FIRM_NEEDLES = needles(re.compile(r"(?i)\b(?:inc|ltd|gmbh|corp|llc|plc)\b"))


def _may_name_firm(text: str) -> bool:
    """False only when _FIRM cannot match the text."""
    return any(w in text for w in _FIRM_CJK_WORDS) or may_match(_FIRM_NEEDLES, text, folded(text))


# Pure per string, asked of every line of a projects section (half the askings repeat a line)
@lru_cache(maxsize=4096)
def _names_firm(text: str) -> bool:
    return _may_name_firm(text) and bool(_FIRM.search(text))


_JOB_WORD = re.compile(r"(?i)实习|工作|任职|\b(?:internships?|employment|work|jobs?|roles)\b")
# "Writing Tutor", "Senior Editor": capitalised words only ("Taught by Professor X" is a course note)
_PLAIN_ROLE = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")

def read_entries(sections: list[Section], warnings: list[str]) -> tuple[list[Education], list[Experience]]:
    """Education and experience entries from every section that may hold them, each routed by
    its own shape, in document order; warns when a CV has no education at all."""
    kinds = {s.kind for s in sections}
    # a mixed "Education and Employment" section: each entry goes where its own shape says
    routed = {id(s): route_entries(join_translation_rows(_without_kind_cell(s.lines, (s.kind,))), s.kind)
              for s in sections if s.kind in ("education", "experience")}
    education = [e for s in sections if s.kind == "education" for e in parse_education(routed[id(s)][0])]
    education += [e for s in sections if s.kind == "experience" for e in parse_education(routed[id(s)][1])]
    education = degrees_by_year(education, [c for s in sections if s.kind == "education" for c in routed[id(s)][0]])
    if not education:
        education = education_from_fields(lines_of(sections, LOOSE_TEXT))
    else:  # a form's "本科院校: X" field in the header states a degree even beside an Education section
        education += [e for e in school_fields(lines_of(sections, LOOSE_TEXT))
                      if not any(e.institution == d.institution for d in education)]
    if not education:  # "PhD student, Northfield University, 2019 – present" under the name
        education = [e for s in sections if s.kind in LOOSE_TEXT
                     for e in parse_education(_without_kind_cell(s.lines, _ENTRY_KINDS), strict=True)]
    if "education" not in kinds and not education:
        warnings.append("no education section found")
    experience = [e for s in sections if s.kind == "experience" for e in parse_experience(routed[id(s)][0])]
    experience += [e for s in sections if s.kind == "education" for e in parse_experience(routed[id(s)][1])]
    for s in sections:
        if s.kind in LOOSE_TEXT:  # a job stated before any heading, or under an unknown one
            experience.extend(parse_experience(_without_kind_cell(s.lines, _ENTRY_KINDS), strict=True))
        elif s.kind == "teaching":
            # "2022 – 2024  Teaching Assistant, Some University": a teaching post held at an
            # institution is a job; a course taught ("Calculus | TA") is not
            # ...and so is a paid post under "Teaching & Writing Experience" ("Writing Tutor" at a
            # "Writing Center"): a role word at an organisation that says it is one
            # ...and every post under "Employment and Teaching": the heading says they are jobs
            # (and under "Teaching / Research Experience": research posts are posts)
            employment = bool(_JOB_WORD.search(s.title or "") or re.search(r"(?i)\bresearch\b", s.title or ""))
            # (a professorship where the institution is named first: "Jane Roe, University of X"
            # under a professor's students names where a student went, no post of the candidate's)
            experience.extend(e for e in parse_experience(s.lines, strict=True)
                              if (_TEACHING_POST.match(e.title or "") and (INSTITUTION_RE.search(e.organization or "")
                                                                           or ACRONYM_SCHOOL.fullmatch(e.organization or "")))
                              or (_FACULTY_POST.match(e.title or "")
                                  and INSTITUTION_RE.search((e.organization or "").split(",")[0]))
                              or _employer_first_post(e) or titled_post(e)
                              or (employment and ROLE_RE.search(e.title or "") and ORG_WORDS.search(e.organization or "")))
        elif s.kind == "projects" and _JOB_WORD.search(s.title):
            # "项目与实习经历", "Work & Projects": the rows at a company are jobs ("Acme Ltd | Role | dates")
            experience.extend(e for e in parse_experience(s.lines, strict=True)
                              if COMPANY_RE.search(e.organization or "")
                              or ORG_WORDS.search(e.organization or "") or employed_as(e) or role_at_named_org(e))
        elif s.kind == "projects" and any(_names_firm(c.text) for c in s.lines):  # (else no post to read)
            # ...and under a plain "项目经历" too, when the row names a company and a post held
            # there ("星河科技有限公司 | 算法实习生 | dates"): a job wherever it is listed
            experience.extend(e for e in parse_experience(s.lines, strict=True)
                              if _FIRM.search(e.organization or "") and ROLE_RE.search(e.title or ""))
        elif s.kind == "projects":
            # "Research Intern, Acme AI, London — May – Aug. 2024" among research projects: a row
            # that opens with an employment title, then names the employer, is a job
            experience.extend(e for e in parse_experience(s.lines, strict=True) if employed_as(e) and titled_post(e))
    return (sorted(dedupe_education(education), key=_doc_order),
            sorted(dedupe_experience(experience), key=_doc_order))


_ENTRY_KINDS = ("education", "experience")


def _without_kind_cell(lines: list[Clean], kinds: tuple[str, ...]) -> list[Clean]:
    """A form's row label merged down its rows ("工作经历<tab>2021.01—至今<tab>Org<tab>Post": a
    DOCX repeats a merged cell's text on every row it spans) is the section's name, no field."""
    out = []
    for c in lines:
        head, tab, rest = c.text.partition("\t")
        if tab and rest.count("\t") >= 1 and heading_kind(head) in kinds:
            c = replace(c, text=rest)
        out.append(c)
    return out


def _employer_first_post(e: Experience) -> bool:
    """"Writing Center ....... 07/2025 – Present" over "Writing Tutor": a post laid out like a
    job, the employer heading the entry and a plain role under it ("Tutor, Course X,
    Department" names a course first and stays teaching)."""
    org, title = e.organization or "", TRAILING_ASIDE.sub("", e.title or "")
    head = (e.evidence.text if e.evidence else "") or ""
    # dot leaders to the dates set the row out as a post even when the name has no
    # organisation word ("Pipeline Quarterly ....... 03/2023 – 06/2025")
    return bool(_PLAIN_ROLE.fullmatch(title) and ROLE_RE.search(title)
                and (ORG_WORDS.search(org) or DOT_LEADER.search(head))
                and len(org.split()) >= 2 and head.startswith(org) and title not in head)


def _doc_order(entry: Education | Experience) -> int:
    """Entries in the order the document gives them (a job stated in the header comes first)."""
    return entry.evidence.line if entry.evidence and entry.evidence.line is not None else 10**9


