"""Entries routed by their own shape, not by the heading above them.

"教育和工作经历" / "Education and Employment" sections hold both degrees and
posts; an "Experience" section sometimes lists a degree. When every entry of a
section opens with a self-contained dated line (dates plus an institution,
employer or role on the same line), each entry is sent to the parser its head
line fits: a degree makes it education; a role or a company word without a
degree makes it experience.
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import first_range, strip_dates
from reviewer.parsing.lexicon import (
    CLINICAL_TRAINING_RE,
    DEGREE_RE,
    HOSPITAL_RE,
    INSTITUTION_RE,
    MEMBERSHIP_RE,
    ORG_WORDS,
    ROLE_RE,
    degree_level,
)

# An employer by its form: a company, bank, firm or research lab (entries.py asks it too)
COMPANY_RE = re.compile(r"(?i)公司|集团|银行|事务所|实验室|研究院|研究所|\b(?:inc|ltd|gmbh|corp|llc|plc|co)\b\.?")


_THESIS = re.compile(r"(?i)^\W*(?:master['’]?s|bachelor['’]?s|ph\.?\s?d\.?|doctoral|honou?rs|senior|diploma)\s+"
                     r"(?:thesis|dissertation|project)\b")


_DEGREE_REMARK = re.compile(r"(?i)^\W*(?:expected|anticipated|预计)\b|^[^:：]{0,40}\bcommittee\s*[:：]"
                            # "导师:X 教授;学位论文:…(预计 2026 年答辩)": the degree's advisor and thesis
                            r"|^\W*(?:导师|指导老师|指导教师|学位论文|毕业论文|advis[oe]rs?|supervisors?|thesis)\s*[:：]")


_EXPECTED_GRADUATION = re.compile(r"(?i)预计|\b(?:expected|anticipated)\b")
_UNIVERSITY = re.compile(r"(?i)大学|\buniversit")
_RESEARCH_POST = re.compile(r"(?i)^\W*(?:undergraduate|graduate|student)\s+research(?:er)?\b")


def _shape(text: str) -> str | None:
    """"education", "experience" or None (not a self-contained entry head)."""
    dates = first_range(text)
    if not dates:
        return None
    body = strip_dates(text)
    if _THESIS.search(body) or _DEGREE_REMARK.match(text) or MEMBERSHIP_RE.search(body):
        # "Master's thesis, Division of X, Some University": research done, not a degree;
        # "Expected May 2026. Dissertation committee: Dr. X (chair)": a remark on the degree above
        return "neutral"
    if (post := _RESEARCH_POST.search(body)) and not DEGREE_RE.search(body[post.end():]):
        return "experience"  # "Undergraduate Research (Assistant)<tab>University of X": a post, no degree
    if CLINICAL_TRAINING_RE.search(body) and HOSPITAL_RE.search(body) and not DEGREE_RE.search(body):
        return "experience"  # "Residency, Internal Medicine, X General Hospital": a paid training post
    if DEGREE_RE.search(body) or degree_level(body):
        # "本科生科研助理", "PhD Researcher": a degree word inside a post's title
        return "education-or-post" if ROLE_RE.search(body) else "education"
    if not ROLE_RE.search(body) and _EXPECTED_GRADUATION.search(text):
        return "education"  # "2019.09 – 2025.06(预计)": only a degree ends in an expected year
    if ROLE_RE.search(body) or (COMPANY_RE.search(body) and not _UNIVERSITY.search(body)):
        # ("中国科学院动物研究所(中国科学院大学)": an institute that trains under a university)
        return "experience"
    if INSTITUTION_RE.search(body) or ORG_WORDS.search(body) or re.search(r"大学|学院", body):
        return "neutral"
    return None


def route_entries(lines: list[Clean], own: str) -> tuple[list[Clean], list[Clean]]:
    """(lines for the section's own parser, lines for the other entry parser).

    `own` is "education" or "experience". Routing happens only when the dated lines all
    name what they are about and at least one of them is clearly of the other kind;
    lines under a head (descriptions, bullets) follow their head."""
    other = "experience" if own == "education" else "education"
    heads = [(i, _shape(c.text)) for i, c in enumerate(lines) if not c.bullet and first_range(c.text)]
    # a line with both a degree and a role stays where its heading put it
    heads = [(i, own if s == "education-or-post" else s) for i, s in heads]
    if not heads or any(s is None for _, s in heads) or not any(s == other for _, s in heads):
        return lines, []
    if own == "experience" and not any(INSTITUTION_RE.search(lines[i].text) or re.search(r"大学|学院", lines[i].text)
                                       for i, s in heads if s == other):
        return lines, []  # a degree named in a job line without a school is not an education entry
    keep: list[Clean] = []
    moved: list[Clean] = []
    kinds = dict(heads)
    current = heads[0][1]
    for i, c in enumerate(lines):
        if i in kinds:
            current = kinds[i]
        (moved if current == other else keep).append(c)
    return keep, moved
