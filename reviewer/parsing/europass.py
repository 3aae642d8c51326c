"""Europass label/value rows, rewritten into the "Label: value" form the entry parsers read.

Europass CVs (the EU standard, very common in European applications) print a
label column on the left ("Dates", "Occupation or position held", "Name and
address of employer", "Business or sector", "Title of qualification awarded",
"Name and type of organisation providing education and training") and the
value beside it. Text extraction often loses the column gap, so a line reads
"Business or sector Research and development". Recognising the fixed labels,
whatever the separator, lets the parsers treat the value by its meaning: a
title, an employer (without its street address), a degree, a school, or a
detail that is never an entry's organisation.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.cleaning import Clean

# Europass label → the label the entry parsers understand ("" = drop the label, keep the value;
# a label ending in "*" keeps only the value's first comma piece, a name before its address).
_LABELS: list[tuple[str, str]] = [
    (r"occupation\s+or\s+position\s+held", "Position"),
    (r"name\s+and\s+address\s+of\s+(?:the\s+)?employer", "Employer*"),
    (r"name\s+and\s+type\s+of\s+(?:the\s+)?organi[sz]ation\s+providing\s+education(?:\s+and\s+training)?", "Institution*"),
    (r"title\s+of\s+(?:the\s+)?qualification\s+awarded", "Degree"),
    (r"type\s+of\s+business\s+or\s+sector|business\s+or\s+sector", "Sector"),
    (r"main\s+activities\s+and\s+responsibilities", "Activities"),
    (r"principal\s+subjects\s*/?\s*occupational\s+skills\s+covered", "Subjects"),
    (r"level\s+in\s+national\s+or\s+international\s+classification", "Level"),
    (r"(?:job|position|post)\s+applied\s+for|desired\s+(?:job|position)|preferred\s+job", "Objective"),
    (r"dates", ""),
]
_LABEL_RE = [(re.compile(rf"(?i)^\s*(?:{pat})\b\s*[:：\t]?\s*"), new) for pat, new in _LABELS]
# Any label at all, in one match: most lines are none, and one try costs less than one per label.
_ANY_LABEL = re.compile(r"(?i)^\s*(?:" + "|".join(f"(?:{pat})" for pat, _ in _LABELS) + r")\b")


def _rewrite(text: str) -> str | None:
    if not _ANY_LABEL.match(text):
        return None
    for pat, new in _LABEL_RE:
        m = pat.match(text)
        if not m:
            continue
        value = text[m.end():].strip()
        if not new:
            # "Dates 2019 – present": only a bare "Dates" label before dates is a label
            return value if value and re.match(r"[\d(A-Z]", value) else None
        if new.endswith("*"):
            value = re.split(r"\s*,\s*", value)[0]
            new = new[:-1]
        return f"{new}: {value}" if value else f"{new}:"
    return None


def normalise_labels(lines: list[Clean]) -> list[Clean]:
    """The lines with Europass labels rewritten; other lines are returned unchanged."""
    out: list[Clean] = []
    for c in lines:
        new = _rewrite(c.text)
        if new is None and "level" in c.text:
            # "PhD in X<tab>EQF level 8": the qualification's level cell names no school
            bare = _QF_LEVEL.sub("", c.text)
            if bare != c.text and bare.strip():
                out.append(replace(c, text=bare, raw=_QF_LEVEL.sub("", c.raw)))
                continue
        out.append(c if new is None else replace(c, text=new))
    return out


_QF_LEVEL = re.compile(r"(?i)\s*\t?\s*\b(?:EQF|ISCED|NQF)\s+level\s+\d\b")
