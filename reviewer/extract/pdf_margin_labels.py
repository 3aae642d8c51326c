"""Section labels in the left margin, set beside their entries at a height of their own.

    talks          "First talk title." Conference, City, 2025.        <- the label sits
                   "Second talk title." Conference, City, 2023.          between the rows
    teaching       Instructor of record: ...                             of its block

A Word table whose label cell is centred vertically, or a LaTeX vita's margin
notes, puts each section title beside its block, a line or more below its top. The
column finder sees two flows (the labels share no baselines with the entries)
and reads all the labels first, as a side bar, then all the entries: every
section heading lands on one pile. Here such a margin is recognised on its own
evidence (a few short digit-free labels, far apart, left of a text column that
holds most of the text) and each label is moved just above the first row of
the block it sits beside, so rows are read in order with the label heading
its block.
"""
from __future__ import annotations

from reviewer.extract.pdf_chars import Frag
from reviewer.extract.pdf_labels import merged_label

_MIN_LABELS = 3  # fewer could be a photo caption or a page number
_MAX_WORDS = 4  # a label longer than this is a side bar's line
_MAX_ROWS = 2  # rows one label may wrap over ("fellowships &" / "awards")


def place_margin_labels(left: list[Frag], right: list[Frag]) -> list[Frag] | None:
    """The fragments of both sides as one flow, each margin label lifted over its
    block; None when the left side is not such a label margin."""
    labels = _labels(left)
    if labels is None or not right:
        return None
    blocks = _blocks(right)
    if len(blocks) < len(labels) or max(f.x1 for f in left) >= min(f.x0 for f in right):
        return None
    out = list(right)
    for pieces in labels:
        frags = [f for row in pieces for f in row]
        centre = (max(f.top for f in frags) + min(f.bottom for f in frags)) / 2
        found = _section_start(blocks, centre)
        if found is None:
            return None  # a label under all the entries: not this layout
        start, room = found
        label = merged_label(pieces)[0]
        # in the gap over the block, low enough to share no row with the line above it
        height = min(label.height, 0.8 * room)
        label.base += start + 0.5 - label.bottom
        label.bottom, label.top = start + 0.5, start + 0.5 + height
        out.append(label)
    return out


def _section_start(blocks: list[tuple[float, float]], centre: float) -> tuple[float, float] | None:
    """(top, room above it) of the block the label sits beside (a vita's margin note
    sits a line or two below its block's top), or of the block under the gap it sits in."""
    for k, (top, bottom) in enumerate(blocks):
        if centre >= bottom:
            return top, (blocks[k - 1][1] - top if k else 20.0)
    return None


def _labels(left: list[Frag]) -> list[list[list[Frag]]] | None:
    """The margin's labels top down, each as its rows of fragments; None unless the
    side holds only short digit-free labels standing well apart."""
    rows: list[list[Frag]] = []
    for f in sorted(left, key=lambda f: -f.top):
        if rows and abs(rows[-1][0].base - f.base) <= 1.5:
            rows[-1].append(f)
        else:
            rows.append([f])
    labels: list[list[list[Frag]]] = []
    for row in rows:
        text = " ".join(f.text.strip() for f in row)
        if not text or any(ch.isdigit() for ch in text) or not any(ch.isalpha() for ch in text):
            return None
        height = max(f.height for f in row)
        if labels and min(f.bottom for f in labels[-1][-1]) - max(f.top for f in row) < 0.6 * height:
            labels[-1].append(row)  # the label's next row
        else:
            labels.append([row])
    if len(labels) < _MIN_LABELS:
        return None
    for pieces in labels:
        words = " ".join(f.text.strip() for row in pieces for f in row).split()
        if len(pieces) > _MAX_ROWS or len(words) > _MAX_WORDS:
            return None
    return labels


def _blocks(right: list[Frag]) -> list[tuple[float, float]]:
    """(top, bottom) of the runs of rows that a wider gap than the usual leading
    separates, top down."""
    rows: list[tuple[float, float]] = []
    for f in sorted(right, key=lambda f: -f.top):
        if rows and f.top > rows[-1][1] + 0.5 * (rows[-1][0] - rows[-1][1]):
            rows[-1] = (rows[-1][0], min(rows[-1][1], f.bottom))  # the same row
        else:
            rows.append((f.top, f.bottom))
    if len(rows) < 2:
        return rows
    gaps = sorted(a[1] - b[0] for a, b in zip(rows, rows[1:], strict=False))
    usual = gaps[len(gaps) // 2]
    height = sorted(top - bottom for top, bottom in rows)[len(rows) // 2]
    blocks = [rows[0]]
    for top, bottom in rows[1:]:
        if blocks[-1][1] - top > usual + 0.4 * height:
            blocks.append((top, bottom))
        else:
            blocks[-1] = (blocks[-1][0], bottom)
    return blocks
