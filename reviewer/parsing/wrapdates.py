"""Date columns wrapped over two rows, stitched back into one range.

A narrow date column breaks "Nov. 2011 – May 2012" after the dash, or prints the
start year beside the entry's first line and the end ("2021", "Now", "– 2020.6")
alone one or two rows lower. Left as they are, the entry gets a single date and
the lone end lands in the next entry's text. The end row is moved back into the
head row, so every entry parser sees one range.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import ATOM, PRESENT, first_range, parse_date

# a row holding nothing but an end date, perhaps after the range's dash
_END_ONLY = re.compile(rf"^\s*(?:-{{1,2}}|–|—|~|〜|～|至|到|to)?\s*(?P<d>{ATOM}|{PRESENT})\s*$", re.IGNORECASE)
_OPEN_TAIL = re.compile(r"(?:-{1,2}|–|—|~|〜|～|至|到)\s*$")
_DASH_LEFT = re.compile(r"^\s*(?:-{1,2}|–|—|~|〜|～)?\s*(?:至|到)?(?=\s|$)")
_REACH = 3  # the end row sits at most this many rows below the start
# an end row that says so with its dash: "– 2024.11" under a lone "2023.09"
_DASHED_END = re.compile(rf"^\s*(?:-{{1,2}}|–|—|~|〜|～|至|到)\s*(?:{ATOM}|{PRESENT})\s*$", re.IGNORECASE)
# moderncv's date column: "Oct. 2007 – DPhil in X" over "Oct. 2011 Thesis: Y", the end date
# opening the next row, the rest of that row the entry's text
_DASH_AFTER = re.compile(r"\s*(?:-{1,2}|–|—|~)\s+")
_LEAD_END = re.compile(rf"^\s*(?P<d>{ATOM}|{PRESENT})\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _open_start(c: Clean) -> tuple[str, tuple[int, int]] | None:
    """(start, span) when the row states a start with no end: a single date, or a range
    cut after its dash ("2025.01 ~")."""
    if c.bullet:
        return None
    d = first_range(c.text)
    if d is None:
        return None
    printed = c.text[d.span[0]:d.span[1]]
    if d.start is None:
        return None
    if d.is_range and d.end == "present" and _OPEN_TAIL.search(printed):
        return d.start, d.span
    if not d.is_range and len(re.findall(r"(?:19|20)\d\d", c.text)) == 1:
        return d.start, d.span
    return None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# a narrow date cell cut inside its end: "July 2017 – June" over "2022"; "September 2012" over
# "– December" over "2013"
_CELL_TO_MONTH = re.compile(rf"^(?P<start>.*?(?:19|20)\d\d)\s*[-–—]\s*(?P<month>{_MONTH})$", re.I)
_CELL_DATE = re.compile(rf"^(?P<start>(?:{_MONTH}\s+)?(?:19|20)\d\d)$", re.I)
_DASH_MONTH = re.compile(rf"^\s*[-–—]\s*(?P<month>{_MONTH})\s*$", re.I)


def _month_cut_ranges(lines: list[Clean]) -> list[Clean]:
    """The rows with a date cell cut between its end month and year put back together."""
    out = list(lines)
    k = 0
    while k < len(out) - 1:
        cell, tab, rest = out[k].text.partition("\t")
        joined = None
        # (the rows below first: a row of a lone year is rare, and its anchored pattern fails at once)
        if (y := _YEAR_ONLY.match(out[k + 1].text)) and (m := _CELL_TO_MONTH.match(cell.strip())):
            joined, used = f"{m.group('start')} – {m.group('month')} {y.group(1)}", 1
        elif k + 2 < len(out) and (y := _YEAR_ONLY.match(out[k + 2].text)) and (
                d := _DASH_MONTH.match(out[k + 1].text)) and (m := _CELL_DATE.match(cell.strip())):
            joined, used = f"{m.group('start')} – {d.group('month')} {y.group(1)}", 2
        if joined is not None:
            out[k] = replace(out[k], text=joined + tab + rest)
            del out[k + 1:k + 1 + used]
        k += 1
    return out


def stitch_wrapped_dates(lines: list[Clean]) -> list[Clean]:
    out = _month_cut_ranges(lines)
    dropped: set[int] = set()
    for i, c in enumerate(out):
        if i in dropped:
            continue
        opened = _open_start(c)
        if opened is None or (_END_ONLY.match(c.text) and not (i + 1 < len(out) and _DASHED_END.match(out[i + 1].text))):
            continue
        start, span = opened
        if _column_wrap(out, i, span, start):
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(out))):
            m = _END_ONLY.match(out[j].text)
            if m:
                end = parse_date(m.group("d"))
                if end and start and (end == "present" or end[:4] >= start[:4]) and end != start:
                    head = _OPEN_TAIL.sub("", c.text[span[0]:span[1]]).strip()
                    # the range's own dash (or the 至 of a 至今 split over the rows) after the start
                    rest = _DASH_LEFT.sub("", c.text[span[1]:])
                    text = f"{c.text[:span[0]]}{head} – {m.group('d')}{rest}"
                    out[i] = replace(c, text=text)
                    dropped.add(j)
                break
            if first_range(out[j].text):
                break  # another date comes first: the rows below are another entry's
    return [c for k, c in enumerate(out) if k not in dropped]


def _column_wrap(out: list[Clean], i: int, span: tuple[int, int], start: str | None) -> bool:
    """"Oct. 2007 – DPhil in X" then "Oct. 2011 Thesis: Y": the row opens with its start and
    a dash, the next row opens with the end. Move the end up; the rest of the row stays."""
    c = out[i]
    dash = _DASH_AFTER.match(c.text, span[1])
    # "Nov. 2019 –<tab>Principal Engineer" over "Present<tab>- Led ...": the dash ends the range itself
    open_tail = bool(_OPEN_TAIL.search(c.text[span[0]:span[1]]))
    if span[0] != 0 or not (dash or open_tail) or i + 1 >= len(out) or out[i + 1].bullet:
        return False
    m = _LEAD_END.match(out[i + 1].text)
    nxt = first_range(out[i + 1].text)
    if not m:
        return False
    lone_present = nxt is None and re.fullmatch(PRESENT, m.group("d"), re.IGNORECASE) is not None
    if not lone_present and (not nxt or nxt.is_range
                             or nxt.span[0] > len(out[i + 1].text) - len(out[i + 1].text.lstrip())):
        return False
    end = parse_date(m.group("d"))
    if not end or not start or (end != "present" and end[:4] < start[:4]) or end == start:
        return False
    if dash:
        out[i] = replace(c, text=f"{c.text[:span[1]]} – {m.group('d')} {c.text[dash.end():]}")
    else:
        out[i] = replace(c, text=f"{c.text[:span[1]]} {m.group('d')}{c.text[span[1]:]}")
    out[i + 1] = replace(out[i + 1], text=m.group("rest"))
    return True
