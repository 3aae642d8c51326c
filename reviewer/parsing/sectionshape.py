"""The kind of a section whose heading the vocabulary does not know, from what it holds.

"Where I learned", "Things I wrote", "Shiny things", "Toolbox": a CV may name its
sections any way it likes, but their entries keep their shapes. Degrees with dates
are an education; roles with dates are jobs; author lists are publications; dated
prizes are awards; a short undated list of comma-separated items is skills. The
evidence is counted over the section's lines and the clearest shape wins; a
section that shows none stays "unknown" (its lines are still searched for jobs and
papers by the stray-entry rules).
"""
from __future__ import annotations

import re
from typing import TypeVar

from reviewer.parsing.authors import split_authors
from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import find_dates
from reviewer.parsing.lexicon import DEGREE_RE, ROLE_RE
from reviewer.parsing.lines import Line
from reviewer.parsing.pubblocks import compact_items
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubstatus import status_from_text
from reviewer.parsing.pubtext import line_marker

_AWARD = re.compile(r"(?i)\b(?:awards?|prizes?|premio|scholarships?|fellowships?|medals?|winner|finalist|"
                    r"shortlist(?:ed)?|honou?rable mention|grants?)\b|奖")
# "Data Fellow @ Open Budget", "Engineer at Acme": a post at a place
_AT_PLACE = re.compile(r"\s@\s|\s(?:at)\s+[A-Z]")
_LIST_SEPARATORS = re.compile(r"[,;、，；|·•]")


def kind_from_content(lines: list[Clean]) -> str | None:
    texts = [c.text.strip() for c in lines if c.text.strip()]
    if not texts:
        return None
    texts = [_unmarked(t) for t in texts]
    dated = [t for t in texts if find_dates(t)]
    degrees = sum(1 for t in dated if DEGREE_RE.search(t))
    posts = sum(1 for t in dated if ROLE_RE.search(t) or _AT_PLACE.search(t))
    prizes = sum(1 for t in dated if _AWARD.search(t))
    authored = sum(1 for t in texts if _author_list(t))
    if degrees and degrees >= posts:
        return "education"
    if authored and authored >= prizes and (dated or any(status_from_text(t) for t in texts)):
        return "publications"
    if compact_items([Line(t, k) for k, t in enumerate(texts)]):
        return "publications"  # "ICASSP2023,Title(一作)2023.03" lines
    if prizes and prizes * 2 >= len(dated):
        return "awards"
    if posts:
        return "experience"
    if not dated and len(texts) <= 4 and _short_items(texts):
        return "skills"
    return None


def holds_posts(lines: list[Clean]) -> bool:
    """Whether a line names a post with its dates ("Graduate Research Assistant  Sept 2020 – present")."""
    return any(ROLE_RE.search(c.text) and find_dates(c.text) for c in lines)


def _unmarked(text: str) -> str:
    """The line without its list marker ("C1.", "[2]", "•"); a leading year is content."""
    marker = line_marker(text)
    return text if marker.kind in (None, "year", "label") else text[marker.length:].strip()


def _short_items(texts: list[str]) -> bool:
    """"Python, SQL, Tableau": a list of short items, not sentences cut at commas."""
    items = [i.strip() for t in texts for i in _LIST_SEPARATORS.split(t) if i.strip()]
    return (len(items) >= 3 and not any(re.search(r"[a-z][.?!]\s", t) for t in texts)
            and sum(len(i.split()) <= 3 for i in items) >= 0.7 * len(items))


def _author_list(text: str) -> bool:
    """"N. Vasquez & E. Roig · Digital Journalism", "Roig E, Vasquez N. Title": two authors or more."""
    head = re.split(r"\s[·•|]\s|[“\"]", text, maxsplit=1)[0]
    names = split_authors(head.rstrip(". "))
    return bool(names and len(names) >= 2) or (author_start(text) and bool(re.search(r",|&|\band\b", head)))


# The words a table's header row names its columns with (Word tables for every section)
_COLUMN_NAMES = re.compile(
    r"(?i)^(?:period|dates?|years?|from|to|when|time|time\s+period|degree|qualification|institution|university|school|"
    r"position|role|title|job|employer|organi[sz]ation(?:\s+and\s+location)?|company|award|prize|awarded\s+by|granted\s+by|"
    # a serial number, an Indian post's "Designation", an NIH biosketch's "Receipt Date | Field of Study"
    # ("S.N" and "Nature of": names wrapped in their narrow header cells, "S.N" / "o")
    r"(?:s|sr|sl)\.?\s?no\.?|s\.?\s?n|designation|duration|department|nature\s+of(?:\s+work)?|responsibilities|"
    r"receipt\s+date|field\s+of\s+study|"
    r"topic|topics|keywords?|area|venue|journal|authors?|description|details|location|place|no\.?|#|"
    # an Indian qualifications table: "Degree | Discipline | University / Institute | Year of Passing | OGPA / %"
    r"discipline|subjects?|speciali[sz]ation|major|field|institute|board|year\s+of\s+(?:passing|completion|graduation)|"
    # ("Sr. No. | Name of Institute | Designation": an Indian CV's table of posts or qualifications)
    r"examination|college|name\s+of\s+(?:the\s+)?(?:college|school|institute|institution|university|board|employer|organi[sz]ation)|"
    r"[oc]?gpa|marks|percentage|%|grade|class|division|result|"
    r"时间|起止时间|日期|学校|院校|专业|学历|学位|单位|公司|职位|职务|奖项|名称|颁发单位|级别|内容|描述)$")


_Row = TypeVar("_Row", Clean, Line)


def without_table_header(lines: list[_Row]) -> list[_Row]:
    """A section's lines less the header row of the table that lays it out
    ("Period | Degree | Institution", "Year | Award | Awarded by"): column names, not an entry."""
    first = next((k for k, c in enumerate(lines) if c.text.strip()), None)
    if first is None:
        return lines
    if column_names_row(lines[first].text):
        return lines[:first] + lines[first + 1:]
    return lines


_SERIAL_HEAD = re.compile(r"(?i)^(?:s|sr|sl)\.?\s?no\.?\s+(?=\S)")  # "S.No Organisation": two names run together


def column_names_row(text: str) -> bool:
    """A table's header row: two cells or more, each a column's name."""
    cells = [x.strip() for x in _SERIAL_HEAD.sub("", text.strip()).split("\t") if x.strip()]
    return len(cells) >= 2 and all(all(_COLUMN_NAMES.match(h.strip()) for h in x.split("/")) for x in cells)


_FIELD_ROW = re.compile(r"^[^:：]{2,30}[:：]\s*\S")
_NAMES_SKILLS = re.compile(r"(?i)\bskills?\b|技能")


def skills_with_honours(heading: str, lines: list[Clean]) -> bool:
    """"Technical Skills and Honors" over "Languages: …", "Frameworks: …", "Honors: …": a skills
    section with one field of awards (read by awards.awards_from_fields), not a list of prizes."""
    return bool(_NAMES_SKILLS.search(heading)) and len(lines) >= 2 and \
        sum(bool(_FIELD_ROW.match(c.text)) for c in lines) >= 0.6 * len(lines)
