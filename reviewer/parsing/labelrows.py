"""Europass "Additional information": a label column whose labels are headings of their own.

    ADDITIONAL INFORMATION
    Publications       – A. Author, "Title", Journal 12 (2024) 1-9.
                       – …
    Honours and awards – 2023: Innovation Prize
    Memberships        The Electrochemical Society

The text layer loses the column gap, so each label opens a line of the loose section
("Publications – A. Author, …"). Each label row becomes a section of the label's kind,
holding the rest of its line and the rows under it up to the next label.
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.sections import LOOSE_TEXT, Section, heading_kind

# Up to four words, then the value: after a tab, or from a dash (kept: the rows under it
# open with one too) or a capital, digit or quote. ("Label: value" fields are read elsewhere.)
_LABEL_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z&,' ]{2,40}?)\s*(?:\t|(?=[–—]\s)|\s(?=[A-Z0-9“\"(]))\s*(?P<rest>\S.*)$")


def split_label_rows(sections: list[Section]) -> list[Section]:
    """The sections, each loose one with two or more label rows split at them."""
    out: list[Section] = []
    for section in sections:
        if section.kind != "other":  # "Additional information", "Other": Europass's catch-all
            out.append(section)
            continue
        rows = [(k, found) for k, c in enumerate(section.lines) if (found := _label_row(c))]
        if len(rows) < 2:
            out.append(section)
            continue
        first = rows[0][0]
        section.lines, body = section.lines[:first], section.lines[first:]
        out.append(section)
        starts = [k - first for k, _ in rows] + [len(body)]
        for (k, (kind, label, rest)), end in zip(rows, starts[1:], strict=True):
            head = body[k - first]
            out.append(Section(kind, Clean(head.line, label, False, label),
                               [Clean(head.line, rest, head.bullet, rest), *body[k - first + 1:end]]))
    return out


def _label_row(c: Clean) -> tuple[str, str, str] | None:
    m = None if c.bullet else _LABEL_ROW.match(c.text)
    if not m or len(m.group("label").split()) > 4:
        return None
    kind = heading_kind(m.group("label").strip())
    if kind is None or kind in LOOSE_TEXT:
        return None
    return kind, m.group("label").strip(), m.group("rest").strip()
