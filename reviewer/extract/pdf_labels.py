"""Section titles set in a left label column beside the entries.

Some CVs (a "Curriculum Vitae" in a two-column table, the classic economics
job-market CV) print each section title in bold in a narrow left column and its
entries in a wide right column, top-aligned:

    Education        Ph.D. in Economics, ..., 2020-2026
    Job       Market "A paper title" ...      <- a justified label wrapped over
    Paper            the entry goes on ...       two rows

Read across, a row becomes "Job<TAB>Market "A paper..." and the title is lost
in the entry. Here such a column is recognised on its own evidence (several
bold, digit-free, short cells that all end before one shared body edge) and
each label is given back as its own row, its wrapped pieces joined, before the
row where it starts. Date columns ("2019-2021<TAB>Entry") are left alone: they
hold digits, and the parser reads them as dates.
"""
from __future__ import annotations

import re

from reviewer.extract.pdf_chars import Frag

_MIN_LABELS = 3  # label cells on one region before the column counts
_EDGE_TOL = 3.0  # points: body cells start within this of the shared edge
_MAX_WORDS = 4  # a label cell longer than this is prose, not a title


def split_label_column(rows: list[list[Frag]]) -> list[list[Frag]]:
    """Rows (each a left-to-right list of fragments, top to bottom) with label
    cells moved onto rows of their own; unchanged when no label column is found."""
    edge = _body_edge(rows)
    if edge is None or not _heads_blocks(rows, edge):
        return rows
    out: list[list[Frag]] = []
    k = 0
    while k < len(rows):
        label, body = _cut(rows[k], edge)
        if not label:
            out.append(rows[k])
            k += 1
            continue
        pieces = [label]
        bodies = [body]
        # A label wrapped over the next rows: those rows start with a label piece too.
        while k + 1 < len(rows):
            nxt_label, nxt_body = _cut(rows[k + 1], edge, alone=True)
            if not nxt_label or _gap(rows[k], rows[k + 1]) > 0.8 * _height(rows[k]):
                break
            if abs(max(f.size for f in nxt_label) - max(f.size for f in label)) > 0.05 * max(f.size for f in label):
                break  # a heading in another size below the label is not its second row
            if not _wrapped(pieces[-1]):
                break  # a table of short labels, one per row ("Programming", "Tools")
            pieces.append(nxt_label)
            bodies.append(nxt_body)
            k += 1
        out.append(merged_label(pieces))
        out.extend(b for b in bodies if b)
        k += 1
    return out


def _body_edge(rows: list[list[Frag]]) -> float | None:
    """The x where the entries column starts, when a bold label column sits left of it."""
    starts: list[float] = []
    for members in rows:
        if len(members) < 2:
            continue  # most rows: one fragment, no gap (and no slice and zip to learn it)
        for a, b in zip(members, members[1:], strict=False):
            if b.x0 - a.x1 > 1.2 * max(a.height, b.height):
                starts.append(b.x0)
                break
    if len(starts) < _MIN_LABELS:
        return None
    starts.sort()
    best, best_n = None, 0
    for s in starts:  # the most shared start, within tolerance
        n = sum(1 for t in starts if abs(t - s) <= _EDGE_TOL)
        if n > best_n:
            best, best_n = s, n
    if best is None or best_n < _MIN_LABELS:
        return None
    labels = [lab for lab, _ in (_cut(m, best) for m in rows) if lab]
    if len(labels) < _MIN_LABELS:
        return None
    bold = sum(f.nbold for lab in labels for f in lab)
    letters = sum(f.nletters for lab in labels for f in lab)
    if letters == 0 or bold < 0.8 * letters:
        return None
    # The body must be the bulk of the page's text, set in a lighter face.
    body = [f for m in rows for f in m if f.x0 >= best - _EDGE_TOL]
    body_letters = sum(f.nletters for f in body)
    if body_letters < 3 * letters or sum(f.nbold for f in body) > 0.5 * body_letters:
        return None
    return best


def _cut(members: list[Frag], edge: float, alone: bool = False) -> tuple[list[Frag], list[Frag]]:
    """(label cell, rest) of one row; the label is empty unless the row has a
    short digit-free cell wholly left of the edge and something at or past it
    (`alone`: the second row of a wrapped label may have nothing beside it)."""
    left = [f for f in members if f.x1 < edge - _EDGE_TOL]
    right = [f for f in members if f.x0 >= edge - _EDGE_TOL]
    if not left or len(left) + len(right) != len(members) or not (right or alone):
        return [], members
    if right and max(f.size for f in left) > 1.15 * max(f.size for f in right):
        return [], members  # a heading set larger than the text beside it is not a label cell
    text = " ".join(f.text.strip() for f in left)
    if not text or any(ch.isdigit() for ch in text) or len(text.split()) > _MAX_WORDS:
        return [], members
    letters = sum(f.nletters for f in left)
    if letters == 0 or sum(f.nbold for f in left) < 0.8 * letters:
        return [], members
    return left, right


def _heads_blocks(rows: list[list[Frag]], edge: float) -> bool:
    """Section titles head several rows of entries (or wrap); a category table
    ("Tools<TAB>Git, Docker" on every row) has a label on each row and is kept as it is."""
    labelled = [k for k in range(len(rows)) if _cut(rows[k], edge)[0]]
    heading = sum(1 for k in labelled if _wrapped(_cut(rows[k], edge)[0])
                  or (k + 1 < len(rows) and _body_only(rows[k + 1], edge)))
    return heading >= max(_MIN_LABELS, (len(labelled) + 1) // 2)


def _body_only(members: list[Frag], edge: float) -> bool:
    return all(f.x0 >= edge - _EDGE_TOL for f in members)


def _wrapped(piece: list[Frag]) -> bool:
    """The label row goes on below: it was justified (its words spread apart into
    several fragments) or it stops on a word no title ends with ("Fellowships and")."""
    text = " ".join(f.text.strip() for f in piece)
    return len(piece) >= 2 or bool(re.search(r"(?i)\b(?:and|of|in|for|the|on|with|to|at|&)$", text))


def merged_label(pieces: list[list[Frag]]) -> list[Frag]:
    """One fragment holding the wrapped label's words in reading order, single-spaced
    (a justified cell spreads "Job    Market" across its width)."""
    frags = [f for piece in pieces for f in piece]
    first = pieces[0][0]
    merged = Frag(
        x0=min(f.x0 for f in pieces[0]), x1=max(f.x1 for f in pieces[0]),
        bottom=min(f.bottom for f in pieces[0]), top=max(f.top for f in pieces[0]), base=first.base,
    )
    merged.chars = list(" ".join(f.text.strip() for f in frags if f.text.strip()))
    for f in frags:
        for size, count in f.sizes.items():
            merged.sizes[size] = merged.sizes.get(size, 0) + count
        merged.nbold += f.nbold
        merged.nletters += f.nletters
    return [merged]


def _height(members: list[Frag]) -> float:
    return max(f.height for f in members)


def _gap(upper: list[Frag], lower: list[Frag]) -> float:
    return min(f.bottom for f in upper) - max(f.top for f in lower)
