"""Which entries under a non-job heading are jobs all the same.

"Teaching & Writing Experience" and "项目与实习经历" hold paid posts beside courses
taught and projects. An entry counts as a job when its own shape says so: a role
phrase heading the row before the employer, or a title that names an employment.
"""
from __future__ import annotations

import re

from reviewer.parsing.lexicon import ORG_WORDS, ROLE_RE
from reviewer.profile import Experience

# "Freelance Technical Writer", "Assistant Lecturer (part-time)": capitalised words, a role word last
_ROLE_PHRASE = re.compile(r"[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|&)){0,5}")  # (and "Founder & Creative Director")
# a remark in brackets closing a title ("Contributing Writer (paid monthly column)")
TRAILING_ASIDE = re.compile(r"\s*[(（][^)）]*[)）]\s*$")
_LEAD_ASIDE = re.compile(r"^\s*[(（][^)）]*[)）]")
_COMPANY_NAME = re.compile(r"[A-Z][\w&.'’*-]*(?: (?:[A-Z][\w&.'’*-]*|&|of|and|for)){0,5}")  # (and "Frost*collective")
# teaching posts name a course as readily as an employer ("Teaching Assistant, Machine Learning")
_TEACHING_ROLE = re.compile(r"(?i)\b(?:teaching|tutor|instructor|lecturer|demonstrator|grader|ta)\b")
# a title that says the candidate was employed (an internship, an engineering post)
_EMPLOYED = re.compile(r"(?i)实习生|实习|工程师|研究员|分析师|开发|"
                       r"\b(?:intern|engineer|developer|analyst|scientist|researcher|consultant)s?\b")


def titled_post(e: Experience) -> bool:
    """"Freelance Technical Writer, Lexica Press ...... 07/2025 – Present": a row that opens
    with a role phrase, then names where, with a date range. A teaching role counts only at
    an organisation that says it is one (else the name may be the course taught)."""
    title = TRAILING_ASIDE.sub("", e.title or "")
    org = e.organization or ""
    head = (e.evidence.text or "") if e.evidence else ""
    if not (title and org and e.start and e.end and head.startswith(e.title or "")):
        return False
    # the employer right after the role ("Tutor, Some Course, Department" names a course first)
    after = _LEAD_ASIDE.sub("", head[len(e.title or ""):]).lstrip(" ,|–—-")
    if not after.startswith(org.split(",")[0]):
        return False
    words = title.split()
    if not (_ROLE_PHRASE.fullmatch(title) and ROLE_RE.fullmatch(words[-1])):
        return False
    if _TEACHING_ROLE.search(title):
        return bool(ORG_WORDS.search(org))
    return bool(_COMPANY_NAME.fullmatch(org))


def employed_as(e: Experience) -> bool:
    """"字节跳动 | 计算机视觉算法实习生 | 2025.01 – 2025.05" under "项目与实习经历": the title names
    an employment, so the row is a job even when the company's name has no company word."""
    return bool(e.title and e.organization and _EMPLOYED.search(e.title))


def role_at_named_org(e: Experience) -> bool:
    """"Studio Kealoha<tab>Founder & Creative Director<tab>2019 – now" under "Selected Projects &
    Roles": a capitalised role held at a named organisation, with its dates, is a post."""
    title = TRAILING_ASIDE.sub("", e.title or "")
    words = title.split()
    return bool(words and e.organization and e.start and _ROLE_PHRASE.fullmatch(title)
                and ROLE_RE.fullmatch(words[-1]) and _COMPANY_NAME.fullmatch(e.organization))
