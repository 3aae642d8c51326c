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
from reviewer.parsing.headingwords import FILLER, VOCAB, WEAK
from reviewer.parsing.sections import heading_kind

_LOWER_LABEL = re.compile(r"interests|positions|awards|experience|appointments|grants|honou?rs")
MIN_LABELS = 3  # fewer could be a table's header cells or a personal-facts grid
_EDGE_SLACK = 3.0  # points: one column's labels start at one x
_FACT_GRID = re.compile(r"\t[^\t:：]{1,12}[:：]")  # "Degree<tab>Major: Physics": facts, not a section


def split_label_headings(lines: list[Clean]) -> list[Clean]:
    """The lines, each label-column row split into its label (a heading line) and the rest."""
    lines = _split_run_in_captions(_rejoin_split_labels(_split_trailing_cjk_headings(lines)))
    labels = {k: found for k, c in enumerate(lines) if (found := _label(c, lines[k - 1] if k else None))}
    if not labels:
        return lines
    alone = _lone_margin_labels(lines, [lines[k] for k in labels])
    if len({kind for kind, _ in (labels | alone).values()}) < MIN_LABELS:
        return lines
    rows = [lines[k] for k in sorted(labels | alone)]
    positioned = any(c.line.x0 is not None for c in rows)  # PDFs; Word and text files have no x
    edge = _common_edge(rows) if positioned else None
    body = _body_edge(lines) if positioned and edge is None else None
    if positioned and edge is None and body is None:
        return lines

    def in_column(c: Clean) -> bool:
        if not positioned:
            return True
        if c.line.x0 is None:
            return False
        if edge is not None:
            return abs(c.line.x0 - edge) <= _EDGE_SLACK
        return body is not None and c.line.x0 < body - _MARGIN  # right-aligned labels: all left of the text

    if edge is None and body is not None and sum(in_column(c) for c in rows) < MIN_LABELS:
        return lines
    text_edge = _body_edge(lines) if positioned and edge is not None else None
    margin = edge is not None and text_edge is not None and text_edge - edge > _MARGIN
    out: list[Clean] = []
    for k, c in enumerate(lines):
        found = (labels[k][1], c.text.split("\t", 1)[1].strip()) if k in labels else None
        if found is None and margin and in_column(c):
            found = _label_run_in(c.text)  # "publications Book manuscript": too near to get a tab
        if found is None or not in_column(c):
            out.append(c)
            continue
        head, rest = found
        if out and _label_word_above(out[-1], c, in_column):
            head = f"{out.pop().text.strip()} {head}"  # "Research" over "interests<tab>…"
        if out and _row_goes_on(out[-1], rest, in_column):
            # a margin label set beside its first entry's second row: it heads that entry
            out.insert(len(out) - 1, Clean(c.line, head, False, head))
            out.append(Clean(c.line, rest, False, rest))
            continue
        out += [Clean(c.line, head, False, head), Clean(c.line, rest, False, rest)]
    return out


_UNFINISHED = re.compile(r"(?:,|\b(?:the|of|and|for|in|at|on|to|de|du|des|und|für))$")


def _row_goes_on(above: Clean, rest: str, in_column) -> bool:  # noqa: ANN001 (a local predicate)
    """The row above the label's row stops mid-phrase ("…, Cogut Institute for the") and the
    text beside the label finishes it: the label's entry began one row higher."""
    return (not above.bullet and not in_column(above) and "\t" not in above.text
            and bool(_UNFINISHED.search(above.text.strip())) and heading_kind(above.text) is None and bool(rest))


def _label_run_in(text: str) -> tuple[str, str] | None:
    """(label, rest) of a margin row whose label and first words ran together, when its first
    one or two words are a heading in lower case (small capitals) and the rest starts anew."""
    words = text.split()
    for n in (2, 1):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if len(words) > n and head.islower() and rest[:1].isupper() and heading_kind(head):
            return head, rest
    return None


_MARGIN = 20.0  # points: a label column ends well before the text column starts


def _lone_margin_labels(lines: list[Clean], rows: list[Clean]) -> dict[int, tuple[str, str]]:
    """Headings on rows of their own (beside no text) that start where the label rows all
    start, in a margin left of the text: part of the label column."""
    if (body := _body_edge(lines)) is None:
        return {}
    # (a row of the text column that passed for a label, "Graduate Research Assistant<tab>2020 –", is no margin)
    xs = [c.line.x0 for c in rows if c.line.x0 is not None and c.line.x0 < body - _MARGIN]
    if not xs or max(xs) - min(xs) > _EDGE_SLACK:
        return {}
    return {k: (kind, c.text.strip()) for k, c in enumerate(lines)
            if c.line.x0 is not None and abs(c.line.x0 - xs[0]) <= _EDGE_SLACK
            and "\t" not in c.text and not c.bullet and (kind := heading_kind(c.text))}


_LONE_WORD = re.compile(r"[A-Z][a-z]+(?: and)?")  # "Research" over "interests", "Grants and" over "awards"


def _label_word_above(above: Clean, c: Clean, in_column) -> bool:  # noqa: ANN001 (a local predicate)
    """The label's first word printed alone on the row above it, in the same column."""
    return (not above.bullet and "\t" not in above.text and bool(_LONE_WORD.fullmatch(above.text.strip()))
            and in_column(above) and c.text[:1].islower())


def _body_edge(lines: list[Clean]) -> float | None:
    """The x where most of the document's lines start (the text column's left edge)."""
    xs = [round(c.line.x0) for c in lines if c.line.x0 is not None]
    if not xs:
        return None
    edge = max(set(xs), key=xs.count)
    return float(edge) if xs.count(edge) >= len(xs) // 4 else None


# "…青藏高原生物多样性监测。科研经历": a plain-text copy of a page (pdftotext) runs the next
# section's heading onto the last row of a paragraph, after its full stop
_TRAILING_CJK_HEADING = re.compile(r"^(?P<text>.*[。；！])(?P<head>[\u4e00-\u9fff]{2,8})$")


def _split_trailing_cjk_headings(lines: list[Clean]) -> list[Clean]:
    out: list[Clean] = []
    for c in lines:
        m = _TRAILING_CJK_HEADING.match(c.text) if "。" in c.text or "；" in c.text or "！" in c.text else None
        if m and heading_kind(m.group("head")):
            text, head = m.group("text"), m.group("head")
            out += [Clean(c.line, text, c.bullet, text), Clean(c.line, head, False, head)]
        else:
            out.append(c)
    return out


def _split_run_in_captions(lines: list[Clean]) -> list[Clean]:
    """"PUBLICATIONS Robust carry: …": a caption of the left column run into its first row with a
    single space, where the column's other captions stand alone at that left edge."""
    edges = [c.line.x0 for c in lines if c.line.x0 is not None and not c.bullet and "\t" not in c.text
             and c.text.strip().isupper() and heading_kind(c.text)]
    body = _body_edge(lines) if len(edges) >= 2 else None
    if body is None:
        return lines
    out: list[Clean] = []
    for c in lines:
        x0 = c.line.x0
        found = _caps_caption(c.text) if x0 is not None and x0 < body - _MARGIN and not c.bullet else None
        if found and x0 is not None and sum(abs(x0 - x) <= _EDGE_SLACK for x in edges) >= 2:
            out += [Clean(c.line, found[0], False, found[0]), Clean(c.line, found[1], False, found[1])]
        else:
            out.append(c)
    return out


def _caps_caption(text: str) -> tuple[str, str] | None:
    """(caption, rest) when the line opens with heading words in capitals ("WORK EXPERIENCE")
    and goes on with other words ("CERTIFICATES CFA Level II": the caption ends at "CFA")."""
    words = text.strip().split(" ")
    n = 0
    while n < min(len(words), 4) and words[n].isupper() and words[n].lower() in VOCAB | FILLER:
        n += 1
    head, rest = " ".join(words[:n]), " ".join(words[n:])
    return (head, rest) if n and rest[:1].isupper() and heading_kind(head) else None


_GOES_ON = re.compile(r"(?:\b(?:and|of|for)|[&,])$")  # "Technical skills and" / "competences<tab>…"


def _label(c: Clean, above: Clean | None) -> tuple[str, str] | None:
    """(kind, label) when the line opens with a capitalised heading in its own cell."""
    if c.bullet or "\t" not in c.text or _FACT_GRID.search(c.text):
        return None
    head, rest = (part.strip() for part in c.text.split("\t", 1))
    # capitals ("WORK"), or a Europass label in sentence case ("Research interests", "Awards"),
    # or the second row of a label wrapped in its narrow column ("interests" under "Research")
    # (or a small-capitals label, in lower case in the text layer: "appointments", unless it
    # is the second row of the label above it)
    small_caps = head.islower() and len(head.split()) <= 3 and not (
        above is not None and _GOES_ON.search(above.text.split("\t", 1)[0].strip()))
    if not (head.isupper() or (head[:1].isupper() and len(head.split()) <= 3) or _LOWER_LABEL.fullmatch(head)
            or small_caps) \
            or len(head.split()) > 4 or not rest:
        return None
    kind = heading_kind(head)
    if kind is None or heading_kind(rest) not in (None, kind):
        return None  # "EDUCATION<tab>EXPERIENCE": two columns' headings side by side
    # ("PUBLICATIONS<tab>JOURNAL ARTICLES": the label and the first sub-heading of its list)
    return kind, head


def _common_edge(rows: list[Clean]) -> float | None:
    """The x where most label rows start, when they start at one x (a column)."""
    xs = sorted(c.line.x0 for c in rows if c.line.x0 is not None)
    if not xs:
        return None
    edge = xs[len(xs) // 2]
    together = [x for x in xs if abs(x - edge) <= _EDGE_SLACK]
    return edge if len(together) >= MIN_LABELS else None


def _rejoin_split_labels(lines: list[Clean]) -> list[Clean]:
    """"INDUSTRY" / "Golder Associates Ltd.<tab>Montréal" / "EXPERIENCE": a two-word label in the
    margin whose second row fell after the text row beside it (the rows interleave by height).
    Its words go back together on the first row, one heading."""
    body = _body_edge(lines) if any(c.line.x0 is not None for c in lines) else None
    if body is None:
        return lines

    def lone_label(c: Clean) -> bool:
        t = c.text.strip()
        return (c.line.x0 is not None and c.line.x0 < body - _MARGIN and "\t" not in c.text and not c.bullet
                and 0 < len(t.split()) <= 2 and t[:1].isupper())

    out = list(lines)
    k = 0
    while k < len(out) - 2:
        a, between, b = out[k], out[k + 1], out[k + 2]
        # (the first word only qualifies the second, "Industry", "Research": two headings of their
        # own, "Languages" then "References", are two sections)
        if (lone_label(a) and lone_label(b) and not lone_label(between) and between.line.x0 is not None
                and between.line.x0 >= body - _MARGIN and a.line.size == b.line.size and a.line.page == b.line.page
                and (heading_kind(a.text) is None or a.text.strip().lower() in WEAK)
                and (kind := heading_kind(joined := f"{a.text.strip()} {b.text.strip()}"))
                and kind in (heading_kind(a.text), heading_kind(b.text))):
            out[k] = Clean(a.line, joined, False, joined)
            del out[k + 2]
        k += 1
    return out
