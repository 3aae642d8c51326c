"""A research portal's output list (Elsevier Pure, and portals built like it) printed or
pasted into an application:

    Frailty as a mediator between invented hearing loss and loneliness
    Quill, D., Haruna, T. & Brandt, L., Accepted/In press - 2024, In: Age and Ageing.
    Research output: Contribution to journal › Article › Academic › peer-review

The title, then the byline (authors, a status, the date, "In: journal. volume, issue,
pages"), then the output's type. Each block becomes one reference line the item reader
already knows ("Quill, D., Haruna, T. & Brandt, L.. Title. Age and Ageing, 2024. In press.");
outputs that are not papers (conference abstracts, posters, data sets, software...) are dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line

_TYPE_LINE = re.compile(r"^\s*Research output\s*:\s*(?P<type>\S.*)$")
_PER_YEAR = re.compile(r"(?i)^\s*research output(?:s)?\b")  # the list's heading or its "per year" summary
# "Authors, [Accepted/In press - ][12 ][Mar ]2024[, In: Journal. 39, 3, p. 255-266]"
_BYLINE = re.compile(
    r"^(?P<authors>[^\d]+?),\s*(?:(?P<status>Accepted/In press|E-pub ahead of print|Submitted|In preparation)\s*-\s*)?"
    r"(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?P<year>(?:19|20)\d\d)\b\s*,?\s*(?P<rest>.*)$")
_NOT_PAPERS = re.compile(r"(?i)›\s*(?:abstract|poster|paper presented|other|lecture|talk|presentation)\b"
                         r"|\b(?:dataset|data set|software|non-textual|web publication)\b")
_TITLE_LINES = 4  # a title wraps over at most this many lines


def pure_outputs(lines: list[Line]) -> list[Line]:
    """The lines with each output block written as one reference line (or dropped when the
    output is no paper); the lines unchanged when fewer than two blocks are there."""
    types = [k for k, ln in enumerate(lines) if _TYPE_LINE.match(ln.text)]
    if len(types) < 2:
        return lines
    out: list[Line] = []
    done = 0  # lines before this index are written out
    for k in types:
        by = next((j for j in range(k - 1, done, -1) if _BYLINE.match(lines[j].text)
                   and not _BYLINE.match(lines[j - 1].text)), None)
        if by is None:
            continue  # no byline: not a block of this shape, left as it is
        start = by
        while start - 1 >= done and by - (start - 1) <= _TITLE_LINES and lines[start - 1].text.strip() \
                and not _PER_YEAR.match(lines[start - 1].text):
            start -= 1
        if start == by:
            continue  # no title above the byline
        out += lines[done:start]
        ref = _reference(lines[start:by], " ".join(ln.text.strip() for ln in lines[by:k]), lines[k].text)
        if ref is not None:
            out.append(replace(lines[start], text=ref))
        done = k + 1
    # ("Research output per year: 2015 – 2024 · 8 results": the list's summary, no output)
    return [ln for ln in out if not _PER_YEAR.match(ln.text)] + lines[done:]


def _reference(title: list[Line], byline: str, kind: str) -> str | None:
    m = _BYLINE.match(byline)
    if m is None or _NOT_PAPERS.search(kind):
        return None
    head = " ".join(ln.text.strip() for ln in title).rstrip(".")
    rest = m.group("rest").strip()
    # "In: Journal. 39, 3, p. 255-266": the journal; else the book or the publisher's place
    venue = re.split(r"\.\s+(?=\d)|\.\s*$", rest.removeprefix("In:").strip(), maxsplit=1)[0].strip(" .,")
    note = " In press." if m.group("status") == "Accepted/In press" else (
        " Submitted." if m.group("status") == "Submitted" else "")
    return f"{m.group('authors').strip()}. {head}. {venue + ', ' if venue else ''}{m.group('year')}.{note}"
