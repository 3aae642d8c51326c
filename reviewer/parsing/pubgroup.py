"""Split the body of a publications section into one group of lines per reference.

Two regimes, chosen from the list itself:

* marker lists: numbered ("[3]", "3.", "(3)", either direction), bulleted
  ("•", "-", "*", private-use icon glyphs) or labelled ("[NeurIPS 2024]");
  the marker style of the first reference starts every reference, every other
  line continues the current one (wrapped lines, indented venue lines).
* unmarked lists: a reference starts when a line opens with an author list
  after a complete reference (authors-first lists), or when a title line
  follows the author line of the previous reference (title-first lists); a
  blank line after a complete reference ends it.

Sub-headings (Journal Papers, Preprints, topic names ending in ":") are not
references; they give the kind of the references below them. Notes such as
"* denotes equal contribution" are collected: they say which marks mean
equal contribution.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reviewer.parsing.lines import Line
from reviewer.parsing.pubheads import (
    CATEGORY_RE,
    heading_status,
    holds_no_papers,
    kind_from_heading,
    position_from_heading,
)
from reviewer.parsing.pubnotes import declared_equal, is_note, note_marks
from reviewer.parsing.pubshape import author_start, complete
from reviewer.parsing.pubsplit import (
    PATENT_RE,
    YEAR_CELL,
    PreparedLine,
    RawItem,
    SplitResult,
    choose_marker,
    is_subheading,
    list_pattern,
    prepare,
    sole_author_start,
    starts_new,
)

_ABSTRACT_RE = re.compile(r"(?i)^\W*(?:abstract|summary|key\s*words?)\s*[:：]")


def split_items(lines: list[Line], is_candidate: Callable[[str], bool] | None = None) -> SplitResult:
    """Group section body lines into references (see the module docstring).

    is_candidate tells whether a printed name is the CV's owner, so that a
    reference they wrote alone ("Lena Hartmann. Title. Venue") opens an item.
    """
    prepared = prepare(lines)
    result = SplitResult([])
    content = _without_notes(prepared, result)
    # "*" means equal contribution unless a note gives it another meaning.
    result.equal_marks = (result.equal_marks | {"*"}) - (result.other_marks - result.equal_marks)
    if "*" in result.other_marks and "*" not in declared_equal(p.text for p in prepared if p is not None):
        result.equal_marks.discard("*")
    _Grouper(content, result, is_candidate).run()
    return result


_FOOTNOTE_ADDRESS = re.compile(r"[*∗†‡#]?\s*(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?", re.I)


def _without_notes(prepared: list[PreparedLine | None], result: SplitResult) -> list[PreparedLine | None]:
    """The lines less the notes on the marks ("* equal contribution"), whose marks go to result."""
    content: list[PreparedLine | None] = []
    for p in prepared:
        if p is not None and _FOOTNOTE_ADDRESS.fullmatch(p.text.strip()):
            continue  # "∗f.quill@example.nl": the corresponding author's address in a footnote
        if p is not None and is_note(p.text):
            marks = note_marks(p.text)
            if marks:
                eq, other = marks
                result.equal_marks |= eq
                result.other_marks |= other
            continue
        content.append(p)
    return content


class _Grouper:
    """One pass over the lines (None for a blank), opening a reference at each marker, or for
    unmarked lists where a line's shape says one starts; sub-headings set the hints of the
    references under them."""

    def __init__(self, content: list[PreparedLine | None], result: SplitResult, is_candidate: Callable[[str], bool] | None):
        self.content = content
        self.result = result
        self.is_candidate = is_candidate
        self.marker_kind = choose_marker([c for c in content if c is not None])
        self.hint: str | None = None
        self.year_hint: int | None = None
        self.status_hint: str | None = None
        self.position_hint: str | None = None
        self.patents = False  # under a "Patents" sub-heading: those items are not publications
        self.started = False  # a reference has begun (lines before the first are an introduction)
        self.current: RawItem | None = None
        self.pattern: str | None = None  # "authors_first" | "title_first" for unmarked lists
        self.prev_text: str | None = None
        self.blank_before = False
        self.after_subheading = False
        # the list's marker, set aside while a group under a sub-heading prints its items unmarked
        # ("2024<tab>“Title”" items, then "Under review" over undated "“Title”" items)
        self.set_aside: str | None = None

    def flush(self) -> None:
        if self.current and self.current.lines and not self.patents:
            self.current.status_hint = self.status_hint
            self.current.position_hint = self.position_hint
            self.result.items.append(self.current)
        self.current = None

    def run(self) -> None:
        content = self.content
        following = _next_lines(content)
        abstract = False  # inside "Abstract: ..." under a paper: a summary, not part of the reference
        for i, c in enumerate(content):
            if c is not None and _ABSTRACT_RE.match(c.text):
                abstract = True
                continue
            if abstract and c is not None and not (
                    self.blank_before or c.marker.kind or c.line.bold or c.line.heading or author_start(c.text)
                    or re.match(r"[“\"]", c.text) or CATEGORY_RE.match(c.text.strip())):
                continue
            abstract = False
            if c is None:
                self.blank_before = True
                if self.marker_kind is None and self.current is not None and complete(
                        [ln.text for ln in self.current.lines]):
                    self.flush()
                continue
            nxt = following[i]
            if is_subheading(c, nxt, self.prev_text, self.marker_kind or self.set_aside):
                self.flush()
                self.subheading(c)
                if self.set_aside is not None:
                    self.marker_kind, self.set_aside, self.pattern = self.set_aside, None, None
                self.prev_text = None
                self.blank_before = False
                self.after_subheading = True
                continue
            if self.after_subheading and self.started and self.marker_kind is not None and not c.marker.kind:
                self.marker_kind, self.set_aside = None, self.marker_kind  # this group's items are unmarked
            self.after_subheading = False
            if self.marker_kind is not None:
                self.marked_line(c)
            else:
                self.unmarked_line(c, nxt)
            self.prev_text = c.text
            self.blank_before = False
        self.flush()

    def subheading(self, c: PreparedLine) -> None:
        """A year group sets the year; a category one ("Submitted Manuscripts", "Patents") the
        kind, status and position; a topic sub-heading ("Efficient LLMs") keeps no kind."""
        year_group = re.fullmatch(r"\s*((?:19|20)\d\d)\s*年?\s*[:：]?\s*", c.text)
        if year_group:
            self.year_hint = int(year_group.group(1))
            return
        if heading_status(c.text) in ("under review", "in preparation"):
            self.year_hint = None  # "在审" after the year groups: those papers have no year yet
        category = bool(CATEGORY_RE.match(c.text.strip()))
        self.hint = kind_from_heading(c.text) if category else None
        self.status_hint = heading_status(c.text) if category else None
        self.position_hint = position_from_heading(c.text) if category else None
        self.patents = category and holds_no_papers(c.text)
        marks = note_marks(c.text)  # "Conference Papers († equal contribution)"
        if marks:
            self.result.equal_marks |= marks[0]

    def marked_line(self, c: PreparedLine) -> None:
        if not c.marker.kind and PATENT_RE.match(c.text):
            self.flush()  # "Patent: US 11,555,021 B2, ..." after a numbered paper: not part of it, not a paper
            return
        if self.current is None and c.marker.kind and c.marker.kind != self.marker_kind and self.started:
            self.marker_kind = c.marker.kind  # a new group (after a sub-heading) with its own bullets
        if c.marker.kind in _LETTERED and c.marker.kind != self.marker_kind and self.current is not None and (
                self.current.marker is not None and self.current.marker.kind in _LETTERED
                or _prose_head(self.current)):
            # NIH's "Contribution to Science": a numbered paragraph of prose, then its lettered
            # citations, each a reference of its own
            self.flush()
            self.current = RawItem([c.line], self.hint, c.marker, self.year_hint)
            return
        if c.marker.kind == self.marker_kind:
            self.started = True
            self.flush()
            year = c.marker.number if c.marker.kind == YEAR_CELL and c.marker.number else self.year_hint
            self.current = RawItem([c.line], self.hint, c.marker, year)
        elif self.current is not None:
            self.current.lines.append(c.line)
        # Lines before the first reference are an introduction, not a reference.

    def unmarked_line(self, c: PreparedLine, nxt: PreparedLine | None) -> None:
        current = self.current
        if current is None:
            self.current = RawItem([c.line], self.hint, c.marker, self.year_hint)
            if self.pattern is None:
                self.pattern = list_pattern([x for x in self.content if x is not None])
            return
        if self.opens_item(c, nxt, current):
            self.flush()
            self.current = RawItem([c.line], self.hint, c.marker, self.year_hint)
        else:
            current.lines.append(c.line)

    def opens_item(self, c: PreparedLine, nxt: PreparedLine | None, current: RawItem) -> bool:
        """In an unmarked list: the line's shape starts a reference, or it is a patent, or the
        candidate's sole-authored reference after a complete one."""
        texts = [ln.text for ln in current.lines]
        if starts_new(c, texts, self.pattern, self.prev_text, self.blank_before, nxt, current.lines):
            return True
        if PATENT_RE.match(c.text):
            return True
        return bool(self.pattern == "authors_first" and self.is_candidate is not None
                    and sole_author_start(c.text, self.is_candidate) and complete(texts))


_LETTERED = ("a.", "a)")


def _prose_head(item: RawItem) -> bool:
    """An item that opens with a paragraph of prose, not a reference: no author list, sentences."""
    first = item.lines[0].text[item.marker.length if item.marker else 0:].strip()
    return len(first.split()) >= 12 and not author_start(first) and first.count(". ") >= 1


def _next_lines(content: list[PreparedLine | None]) -> list[PreparedLine | None]:
    """For each position, the next non-blank line after it (one backward pass, not a scan per line)."""
    following: list[PreparedLine | None] = [None] * len(content)
    nxt: PreparedLine | None = None
    for i in range(len(content) - 1, -1, -1):
        following[i] = nxt
        if content[i] is not None:
            nxt = content[i]
    return following
