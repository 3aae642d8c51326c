"""Events, one date a row, as a Japanese CV (履歴書 order) lists schooling and posts:

    April 2012      Entered Master's Course, Graduate School of Science, Invented University
    March 2014      Completed Master's Course, Graduate School of Science, Invented University
                    Master of Science
    April 2017      Postdoctoral Researcher, Imaginary Institute
    March 2019      Resigned from Imaginary Institute
    April 2019      Assistant Professor, Invented University
                    Currently in post

A school is entered on one row and left on a later one; a post is taken on one row
and left on a "Resigned" row, "(until March 2017)" or "Currently in post". The
entry readers expect one row an entry with its range: `paired_events` rewrites the
rows so ("April 2012 – March 2014<TAB>Master's Course, ..." and "Master of Science").
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import first_range
from reviewer.parsing.lexicon import degree_level

_OPENS = re.compile(r"(?i)^(?:entered|enrolled\s+(?:in|at)|admitted\s+to|matriculated\s+(?:in|at))\s+")
_CLOSES = re.compile(r"(?i)^(?:graduated\s+from|completed|finished|withdrew\s+from|left)\s+")
_RESIGNED = re.compile(r"(?i)^(?:resigned|retired)(?:\s+from\s+(?P<org>.+))?$")
_IN_POST = re.compile(r"(?i)^(?:currently\s+in\s+(?:post|office)|present\s+post|to\s+(?:the\s+)?present|"
                      r"at\s+present|現在に至る|現在)\W*$")
_UNTIL = re.compile(r"\s*\((?:until|till|to)\s+(?P<date>[^()]{4,20})\)\s*$", re.I)
# ("End", "以上"; and "in post" left when the date stitcher took "Currently" up as the row's end)
_END_MARK = re.compile(r"(?i)^(?:end|以上|in\s+(?:post|office))\W*$")
_ERA = re.compile(r"\s*\((?:Heisei|Showa|Reiwa|H|S|R)\.?\s*\d{1,2}\)")  # "April 2005 (Heisei 17)"
_DETAIL = re.compile(r"(?i)^\W*(?:dissertation|thesis|supervisor|advisor|major|minor|gpa)\b|^[(（]")
_SCREEN = re.compile(r"(?i)\b(?:entered|enrolled|admitted|graduated|completed|resigned|currently\s+in\s+post)\b")


def paired_events(lines: list[Clean]) -> list[Clean]:
    """The rows of a section in the one-event-a-row order, paired into ranged entries;
    other sections' lines come back as they are."""
    events = sum(1 for c in lines if _SCREEN.search(c.text) or ("(" in c.text and _UNTIL.search(c.text)))
    if events < 2:
        return lines
    rows = _joined_rows(lines)
    return _paired(rows)


def _row(c: Clean) -> tuple[str, str] | None:
    """(the row's date as printed, the event after it) of a row that opens with one date."""
    span = first_range(c.text)
    if span is None or span.is_range or span.span[0] > 1:
        return None
    rest = _ERA.sub("", c.text[span.span[1]:], count=1).strip(" \t:,")
    return (c.text[span.span[0]:span.span[1]], rest) if rest else None


def _joined_rows(lines: list[Clean]) -> list[Clean]:
    """An event row wrapped over lines is one row again ("Entered Department of X," / "Y
    University"); a degree, a detail ("Dissertation: ...") or a marker stays a line of its own."""
    out: list[Clean] = []
    for c in lines:
        prev = out[-1] if out else None
        text = c.text.strip()
        if (prev is not None and _row(prev) is not None and not _opens_with_date(c.text) and not degree_level(text)
                and not _DETAIL.match(text) and not _IN_POST.match(text) and not _END_MARK.match(text)
                and _event_open(prev.text)):
            glue = "" if prev.text.endswith("-") else " "
            # (the row keeps its last printed line: it stops short of the margin, so the wrap
            # joiner after this does not take the degree under it for more of the row)
            out[-1] = Clean(c.line, prev.text + glue + text, prev.bullet, prev.raw + glue + c.raw)
            continue
        out.append(c)
    return out


def _opens_with_date(text: str) -> bool:
    span = first_range(text)
    return span is not None and span.span[0] <= 1


def _event_open(text: str) -> bool:
    """Whether a row's text may go on: it does not end a sentence or close a remark."""
    return not text.rstrip().endswith((".", ")"))


def _paired(rows: list[Clean]) -> list[Clean]:
    out: list[Clean] = []
    entered: list[int] = []  # indexes in out of the schools entered and not yet left
    last_post: int | None = None  # index in out of the last post taken and not yet left
    for c in rows:
        text = c.text.strip()
        if _END_MARK.match(text):
            continue
        if _IN_POST.match(text):
            if last_post is not None:
                out[last_post] = _ranged(out[last_post], "present")
                last_post = None
            continue
        row = _row(c)
        if row is None:
            out.append(c)
            continue
        date, event = row
        if _OPENS.match(event):
            entered.append(len(out))
            out.append(_rewritten(c, date, None, _OPENS.sub("", event)))
            continue
        if _CLOSES.match(event) and entered:
            k = entered.pop()
            start = _row(out[k])
            out[k] = _rewritten(c, start[0] if start else date, date, _CLOSES.sub("", event))
            continue
        if _RESIGNED.match(event):
            if last_post is not None:
                out[last_post] = _ranged(out[last_post], date)
                last_post = None
            continue
        until = _UNTIL.search(event)
        if until:
            out.append(_rewritten(c, date, until.group("date"), event[:until.start()]))
            continue
        last_post = len(out)
        out.append(c)
    return out


def _rewritten(c: Clean, start: str, end: str | None, event: str) -> Clean:
    text = f"{start} – {end}\t{event}" if end else f"{start}\t{event}"
    return Clean(c.line, text, c.bullet, text)


def _ranged(c: Clean, end: str) -> Clean:
    row = _row(c)
    return _rewritten(c, row[0], end, row[1]) if row else c
