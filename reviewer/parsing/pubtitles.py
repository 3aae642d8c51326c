"""Papers listed by their titles alone, wrapped in a narrow column (LinkedIn's profile PDF):

    Cell-type deconvolution of bulk      <- the column is full: the title goes on
    tumour RNA-seq with                  <- ends on "with": it goes on
    hierarchical priors                  <- the next word would have fitted: the title ends
    Invented atlas of made-up
    perturbation responses

No author, venue or year marks where one title ends, so the line breaks do:
a line that stops short of the column's right edge, where the next line's first
word would have fitted, ends its title (the typesetter broke it on purpose); the
next word's case decides where the widths leave it open. Pasted as text (no widths),
the profile keeps one title a line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubtext import line_marker, years_in

_GOES_ON = re.compile(r"(?i)(?:\b(?:a|an|the|of|for|in|on|with|and|or|to|from|by|via|under|at)|[-–:,])$")
# a title alone on its line: a capital, four to thirty words
_TITLE_LINE = re.compile(r"[A-Z][^\t]*(?:\s+\S+){3,29}")
# a letter's width, in font sizes: narrower and wider than most fonts' letters
_NARROW_LETTER, _WIDE_LETTER = 0.35, 0.6


def column_title_items(lines: list[Line]) -> list[RawItem] | None:
    """The titles of a list that is nothing but titles (wrapped in one column, or one a line in
    pasted text); None otherwise."""
    texts = [ln for ln in lines if ln.text.strip()]
    if any(years_in(ln.text) or author_start(ln.text) or "\t" in ln.text or line_marker(ln.text).kind
           or ln.text.rstrip().endswith(".") for ln in texts):
        return None  # a reference, a numbered or dated entry, a sentence: each says where it ends
    if len(texts) >= 2 and all(ln.x0 is None for ln in texts) and all(_TITLE_LINE.fullmatch(ln.text.strip()) for ln in texts):
        # a LinkedIn profile pasted as text: one title a line, nothing else
        return [RawItem([ln], titled=True) for ln in texts]
    if len(texts) < 3 or any(ln.x0 is None or ln.x1 is None for ln in texts):
        return None
    if len({round(ln.x0 or 0) for ln in texts}) > 1 or len({ln.size for ln in texts}) > 1:
        return None  # one column, one type size: no sub-headings, no hanging indents
    right = max(ln.x1 or 0 for ln in texts)
    items: list[list[Line]] = [[texts[0]]]
    for above, line in zip(texts, texts[1:], strict=False):
        if _goes_on(above, line, right):
            items[-1].append(line)
        else:
            items.append([line])
    if len(items) < 2 or all(len(item) == 1 for item in items):
        return None  # one line per title: the ordinary readers take such a list
    return [RawItem([replace(item[0], text=_joined(item))], titled=True) for item in items]


def _goes_on(above: Line, line: Line, right: float) -> bool:
    """The title on the line above goes on to this line. A word in lower case goes on a title
    unless it would surely have fitted above; a word with a capital ("Variational",
    "scPerturb-Lite:") opens a new one unless it surely would not have fitted."""
    if _GOES_ON.search(above.text.rstrip()):
        return True
    word = line.text.split()[0]
    room = right - (above.x1 or 0)
    letters = (len(word) + 1) * (above.size or 10.0)  # the word and a space, in font sizes
    if any(ch.isupper() for ch in word):
        return room < _NARROW_LETTER * letters
    return room < _WIDE_LETTER * letters


def _joined(item: list[Line]) -> str:
    out = item[0].text.strip()
    for line in item[1:]:
        out = f"{out}{line.text.strip()}" if out.endswith("-") and not out.endswith(" -") else f"{out} {line.text.strip()}"
    return out
