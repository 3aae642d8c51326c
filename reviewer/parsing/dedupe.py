"""Entries stated twice count once: repeated blocks (DOCX table cells read twice) and
bilingual CVs that give the same degree or job in English and in Chinese."""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import has_cjk
from reviewer.profile import Education, Experience

_NON_WORD = re.compile(r"\W+")


def _key(text: str | None) -> str:
    return _NON_WORD.sub(" ", (text or "").casefold()).strip()


def _dates_compatible(a_start, a_end, b_start, b_end) -> bool:
    return (not a_start or not b_start or a_start == b_start) and (not a_end or not b_end or a_end == b_end)


def _same_facts_other_language(a_text: str, b_text: str, a_dates: tuple, b_dates: tuple) -> bool:
    """One entry in Chinese, one in English, with the same (fully stated) dates."""
    return has_cjk(a_text) != has_cjk(b_text) and all(a_dates) and a_dates == b_dates


def _printed_pair(a: str | None, b: str | None) -> str | None:
    """"清华大学 Tsinghua University": one school named in both scripts, Chinese first, as a
    bilingual line prints the pair (pair_translations reads one-line pairs the same way)."""
    if not a or not b:
        return a or b
    cjk, latin = (a, b) if has_cjk(a) else (b, a)
    return f"{cjk} {latin}"


def dedupe_education(items: list[Education]) -> list[Education]:
    out: list[Education] = []
    for e in items:
        dup = False
        for k, o in enumerate(out):
            same_text = _key(e.institution) == _key(o.institution) and (
                e.degree_level == o.degree_level or not e.degree_level or not o.degree_level)
            if same_text and _dates_compatible(e.start, e.end, o.start, o.end):
                dup = True
                break
            if e.degree_level == o.degree_level and _same_facts_other_language(
                    e.institution or "", o.institution or "", (e.start, e.end), (o.start, o.end)):
                # the same degree stated in both languages: one entry that keeps both names
                out[k] = o.model_copy(update={"institution": _printed_pair(o.institution, e.institution)})
                dup = True
                break
        if not dup:
            out.append(e)
    return out


def dedupe_experience(items: list[Experience]) -> list[Experience]:
    out: list[Experience] = []
    for e in items:
        dup = False
        for k, o in enumerate(out):
            if _untitled_twin(o, e):
                out[k] = e  # "2024年9月 – 現在<tab>Org" over "Sep 2024 – present<tab>Title": the titled row stays
                dup = True
                break
            same_text = _key(e.organization) == _key(o.organization) and _key(e.title) == _key(o.title)
            if (same_text and _dates_compatible(e.start, e.end, o.start, o.end)) or _same_facts_other_language(
                    f"{e.organization} {e.title}", f"{o.organization} {o.title}", (e.start, e.end), (o.start, o.end)
            ) or _same_post_said_twice(e, o):
                dup = True
                break
        if not dup:
            out.append(e)
    return out


def _untitled_twin(o: Experience, e: Experience) -> bool:
    """A bilingual CV dates the post twice, the organisation on the first row and the title on
    the second: the first reads as a post with no title, the same dates, the same organisation."""
    if o.title or not e.title or not o.start or (o.start, o.end) != (e.start, e.end):
        return False
    a, b = _key(o.organization), _key(e.organization)
    return bool(a and b and (a in b or b in a))


_ROLE_HEAD = re.compile(r"\b(?:postdoc\w*|fellow|professor|lecturer|researcher|scientist|engineer|resident|registrar)\b")


def _same_post_said_twice(e: Experience, o: Experience) -> bool:
    """A post stated in two places with different detail: a funder form's education grid
    ("University of Arizona | Postdoctoral Fellow | 2019 - 2021") and its positions list
    ("2019 - 2021 NSF Postdoctoral Research Fellow in Biology, University of Arizona, Department
    of ..."): the same years, one organisation naming the other, a role word in common."""
    if not (e.start and o.start and e.start == o.start and e.end == o.end) and not _within(e, o):
        return False
    a, b = _key(e.organization), _key(o.organization)
    if not a or not b or not (a in b or b in a):
        return False
    return bool(set(_ROLE_HEAD.findall(_key(e.title))) & set(_ROLE_HEAD.findall(_key(o.title))))


def _within(e: Experience, o: Experience) -> bool:
    """e is dated by one month or year (a grid's completion date) that falls in o's years."""
    point = e.end if (not e.start or e.start == e.end) else None
    if not point or not o.start or not o.end or point == "present":
        return False
    end = "9999" if o.end == "present" else o.end
    return o.start[:4] <= point[:4] <= end[:4]
