"""A label column: section headings printed in a narrow left column, beside their first row.

    WORK        Fieldstone Marketplace                 Apr 2022 – Present
                Senior Data Scientist
    EDUCATION   Lakeshore Institute of Technology      Sep 2015 – Jun 2017

JSON-Resume themes, moderncv-like and many Word CVs print sections this way. The text
layer joins the label and the row beside it with a tab ("WORK<tab>Fieldstone …"), so the
label never stands on a line of its own and is not found as a heading. Where a document
prints three or more capitalised labels of different kinds at one left edge, each becomes
a heading line of its own, followed by the rest of its row (sections.py already reads a
heading that shares its line with the first item).
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.sections import heading_kind

MIN_LABELS = 3  # fewer could be a table's header cells or a personal-facts grid
_EDGE_SLACK = 3.0  # points: one column's labels start at one x
_FACT_GRID = re.compile(r"\t[^\t:：]{1,12}[:：]")  # "Degree<tab>Major: Physics": facts, not a section


def split_label_headings(lines: list[Clean]) -> list[Clean]:
    """The lines, each label-column row split into its label (a heading line) and the rest."""
    labels = {k: found for k, c in enumerate(lines) if (found := _label(c))}
    if len({kind for kind, _ in labels.values()}) < MIN_LABELS:
        return lines
    rows = [lines[k] for k in labels]
    positioned = any(c.line.x0 is not None for c in rows)  # PDFs; Word and text files have no x
    edge = _common_edge(rows) if positioned else None
    if positioned and edge is None:
        return lines
    out: list[Clean] = []
    for k, c in enumerate(lines):
        if k in labels and (edge is None or (c.line.x0 is not None and abs(c.line.x0 - edge) <= _EDGE_SLACK)):
            head, rest = labels[k][1], c.text.split("\t", 1)[1].strip()
            out += [Clean(c.line, head, False, head), Clean(c.line, rest, False, rest)]
        else:
            out.append(c)
    return out


def _label(c: Clean) -> tuple[str, str] | None:
    """(kind, label) when the line opens with a capitalised heading in its own cell."""
    if c.bullet or "\t" not in c.text or _FACT_GRID.search(c.text):
        return None
    head, rest = (part.strip() for part in c.text.split("\t", 1))
    # capitals ("WORK"), or a Europass label in sentence case ("Research interests", "Awards")
    if not (head.isupper() or (head[:1].isupper() and len(head.split()) <= 3)) or len(head.split()) > 4 or not rest:
        return None
    kind = heading_kind(head)
    if kind is None or heading_kind(rest) is not None:
        return None  # "EDUCATION<tab>EXPERIENCE": two columns' headings side by side
    return kind, head


def _common_edge(rows: list[Clean]) -> float | None:
    """The x where most label rows start, when they start at one x (a column)."""
    xs = sorted(c.line.x0 for c in rows if c.line.x0 is not None)
    if not xs:
        return None
    edge = xs[len(xs) // 2]
    together = [x for x in xs if abs(x - edge) <= _EDGE_SLACK]
    return edge if len(together) >= MIN_LABELS else None
