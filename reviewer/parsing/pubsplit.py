"""The lines of a publications section: their shapes, and what a reference group holds.

reviewer.parsing.pubgroup walks the lines with these tests, grouping them into
references (its docstring describes the two regimes: marker lists, unmarked lists).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reviewer.parsing.authors import split_authors
from reviewer.parsing.lines import Line
from reviewer.parsing.pubfields import closed_by_venue
from reviewer.parsing.pubheads import (
    CATEGORY_RE,
)
from reviewer.parsing.pubnotes import note_marks
from reviewer.parsing.pubshape import (
    author_start,
    complete,
    ends_item,
    is_badge,
    title_with_venue_tail,
    whole_author_line,
)
from reviewer.parsing.pubtext import (
    BLUEBOOK_RE,
    Marker,
    is_link_row,
    is_page_artifact,
    line_marker,
    strip_markup,
    years_in,
)
from reviewer.parsing.venues import starts_like_venue


@dataclass
class RawItem:
    """The lines of one reference and what the list around it said about it."""

    lines: list[Line]
    kind_hint: str | None = None
    marker: Marker | None = None
    year_hint: int | None = None  # from a year sub-heading ("2023") above the reference
    status_hint: str | None = None  # from a sub-heading such as "Submitted Manuscripts"
    position_hint: str | None = None  # "first" / "other" from "First-author Papers" / "Co-authored Papers"
    titled: bool = False  # a layout that lists titles alone (LinkedIn): a title is the whole reference


@dataclass
class SplitResult:
    items: list[RawItem]
    equal_marks: set[str] = field(default_factory=lambda: {"*"})
    other_marks: set[str] = field(default_factory=set)


@dataclass
class PreparedLine:
    line: Line
    text: str  # plain text without markup
    marker: Marker
    indent: int
    emphasised: bool  # the whole line is bold/italic or a Markdown heading
    bold_title: bool = False  # a PDF line in bold among plain lines


_MD_RULE = re.compile(r"\s*(?:[-*_=]\s*){3,}")
_MD_HEADING_MARK = re.compile(r"\s*#{1,6}\s")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASISED = re.compile(r"(?:\*\*|__|<b>|\*|_)(.+?)(?:\*\*|__|</b>|\*|_):?", re.I)
_NUMBER_CELL = re.compile(r"\s*(\d{1,3})\t")
_DATE_CELL = re.compile(r"(?i)\s*(?:(?P<year>(?:19|20)\d\d)|in press|forthcoming|submitted|accepted|under review|"
                        r"in preparation|in progress|to appear)\t")
YEAR_CELL = "year cell"  # the Marker kind of a date column's cell
_TRAILING_LEADER = re.compile(r"(?<=[^.\s])(?:\s*\.){4,}\s*$")


# "2024 [5] 2024a (with …)": biblatex-publist's year in the margin before the item's own number
# (printed once for the year's first item; the entry states its year again)
_MARGIN_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s+(?=\[\d{1,3}\]\s)")


def prepare(lines: list[Line]) -> list[PreparedLine | None]:
    out: list[PreparedLine | None] = []
    # Bold lines stand out only when most lines are not bold (a PDF title in bold).
    texts = [line for line in lines if line.text.strip()]
    bold_marks = sum(1 for line in texts if line.bold) < 0.6 * len(texts) if texts else False
    for line in lines:
        raw = line.text.rstrip()
        if not raw.strip() or _MD_RULE.fullmatch(raw):
            out.append(None)  # blank line or a Markdown rule
            continue
        if _MARGIN_YEAR.match(raw):
            line = replace(line, text=_MARGIN_YEAR.sub("", raw, count=1))
            raw = line.text
        marked = strip_markup(raw)
        if is_page_artifact(marked.text) or is_link_row(marked.text):
            continue
        # ("# equal contribution; * corresponding author": a legend that opens with its mark)
        heading = bool(_MD_HEADING_MARK.match(raw)) and note_marks(raw) is None
        text = _MD_HEADING.sub("", marked.text) if marked.text.startswith("#") and heading else marked.text
        if text.endswith((". .", "....")):
            text = _TRAILING_LEADER.sub("", text)  # "Refereed articles. . . . .": moderncv's dotted sub-heading
        body = raw.strip().lstrip("-•*+ ").strip()
        # (the emphasis pattern opens with "*", "_" or "<b>": test the first character before it)
        emph = heading or line.heading or bool(body[:1] in ("*", "_", "<") and _EMPHASISED.fullmatch(body))
        indent = len(raw) - len(raw.lstrip(" \t"))
        # PDF readers flag a line bold when much of it is: trust that only for a
        # line that is one phrase (a title), not "Title. Venue" run together.
        whole_bold = bold_marks and line.bold and not re.search(r"[a-z][.?!]\s+[A-Z]", text)
        marker = line_marker(text)
        if marker.kind and CATEGORY_RE.match(text[marker.length:].strip()):
            # "a) Journal papers", "b) Conference papers (peer reviewed)": an enumerated kind of
            # papers is a sub-heading, not the first item of a lettered list
            text, marker = text[marker.length:].strip(), Marker("", None, 0)
        cell = _NUMBER_CELL.match(raw) if "\t" in raw else None
        if not marker.kind and cell and cell.group(1) in text[:4]:
            # "1<TAB>A. Author, ...": the number in a column of its own (a Word table, IEEE layouts)
            marker = Marker("n.", int(cell.group(1)), text.index(cell.group(1)) + len(cell.group(1)))
        elif marker.kind in ("", "year") and "\t" in raw and (dated := _DATE_CELL.match(raw)):
            # "2022<TAB>“Title”, Journal …", "in press<TAB>…": a humanities list's date column opens
            # each item; a year there is the item's year (its text goes on without it), a status
            # stays in the text, where it is read
            year = dated.group("year")
            marker = Marker(YEAR_CELL, int(year) if year else None, text.index(year) + 4 if year else 0)
        out.append(PreparedLine(line, text, marker, indent, emph, whole_bold))
    return out


_YEAR_HEADING = re.compile(r"(?:19|20)\d\d\s*年?\s*[:：]?")  # ("2024年": a Chinese list's year group)
_QUOTED_TITLE = re.compile(r"[“\"][^”\"]{8,}[”\"]")
_LIST_GOES_ON = re.compile(r"(?:[,&]|\band(?:\s+[A-Z][\w'’-]*)?)$")


def is_subheading(cur: PreparedLine, nxt: PreparedLine | None, prev_text: str | None, marker_kind: str | None) -> bool:
    text = cur.text.strip()
    words = text.split()
    if _YEAR_HEADING.fullmatch(text):
        return True  # a year grouping the references below it
    if not words or len(words) > 12 or years_in(text) and not CATEGORY_RE.match(text):
        return False
    if marker_kind and cur.marker.kind == marker_kind:
        return False
    if _QUOTED_TITLE.search(text) or (prev_text and _LIST_GOES_ON.search(prev_text.rstrip())):
        return False  # a quoted title, or the rest of an author list cut at "..., and Xuehai": never a heading
    if CATEGORY_RE.match(text):
        return True
    if author_start(text) or whole_author_line(text):
        return False
    if (text.endswith(":") or text.endswith("：")) and not re.search(r"[a-z][”\"’)]?[.?!]\s+[A-Z]", text) \
            and not text[0].islower():
        return True  # "Selected topics:", not "Title. City:" (a book's place of publication, wrapped)
    if cur.emphasised and (nxt is None or not nxt.emphasised):
        if nxt is not None and whole_author_line(nxt.text) and len(split_authors(nxt.text.rstrip(". ")) or []) >= 2:
            return False  # a title in bold (or a Markdown heading) above its author line
        return marker_kind is None or (nxt is not None and nxt.marker.kind == marker_kind)
    if re.match(r"[\u2700-\u27bf\u2600-\u26ff\ue000-\uf8ff]", text):  # an icon glyph before a topic name
        return True
    if marker_kind and nxt is not None and nxt.marker.kind == marker_kind and not cur.marker.kind:
        # A short unmarked line between two references: a topic sub-heading, unless it is a
        # remark in brackets on the reference above ("(Manuscript under review)").
        return (prev_text is None or ends_item(prev_text)) and not re.search(r"[.,;]$", text) \
            and not re.fullmatch(r"\(.*\)|\[.*\]", text)
    return False


# "Patent: EP 4 123 456 A1, Process for ...", "US Patent 11,234,567": an item of its own, never a paper
PATENT_RE = re.compile(r"(?i)^\W*(?:(?:US|U\.S\.|European|EP|WO|CN|German|DE|JP)\s+)?patents?\b(?:\s*(?:no\.?|number))?\s*[:：]?"
                       # ("软件著作权:…", "发明专利:…": registered software and patents, labelled)
                       r"|^\W*(?:软件著作权|著作权|发明专利|实用新型专利|专利)\s*[:：]")


# words of a note above a list: its counts, marks and metrics, not a reference
_LIST_NOTE = re.compile(r"(?i)通讯作者|共同第一作者|影响因子|JCR|总被引|共发表|\bh[- ]?index\b|\bcorresponding\s+author|"
                        r"\bequal(?:ly)?\s+contribut|\bimpact\s+factor")


def choose_marker(real: list[PreparedLine]) -> str | None:
    """The marker style that starts references, or None for an unmarked list."""
    # (a legend set as a list item, "- * equal contribution · full list on Scholar", marks no reference)
    marked = [c for c in real if c.marker.kind and not (_LIST_NOTE.search(c.text) and not years_in(c.text))]
    if not marked:
        return None
    first = marked[0]
    kind = first.marker.kind
    same = [c for c in marked if c.marker.kind == kind]
    before = real[: real.index(first)]
    # Anything that reads like a reference before the first marker means the
    # markers are notes under unmarked references (e.g. "– Oral presentation").
    for c in before:
        if re.fullmatch(r"(?:19|20)\d\d\s*[:：]?|[(（\[].*[)）\]]", c.text.strip()):
            continue  # a year heading over the first group, a note in brackets ("(* corresponding; IF 2024)")
        if _LIST_NOTE.search(c.text):
            continue  # "共发表 SCI 论文 32 篇 … IF 为 2023 年 JCR 影响因子": a note on the list, its year no paper's
        reads_like_reference = author_start(c.text) or (
            years_in(c.text) and not CATEGORY_RE.match(c.text.strip()) and not re.search(r"\b(?:papers?|publications?)\b", c.text, re.I)
        )
        if reads_like_reference:
            return None
    if len(same) < 2 and len(real) - len(before) > 3 and not first.marker.number:
        return None
    return kind


def starts_new(
    c: PreparedLine,
    texts: list[str],
    pattern: str | None,
    prev_text: str | None,
    blank_before: bool,
    nxt: PreparedLine | None = None,
    item_lines: list[Line] | None = None,
) -> bool:
    text = c.text
    if not texts:
        return True
    if c.marker.kind in {"–", "—", "-", "◦", "○", "▹", "‣"} and not author_start(text[c.marker.length:]):
        return False  # a note under the reference ("– Oral presentation")
    if (re.match(r"[a-z]+\b", text) and not (_PARTICLE.match(text) and author_start(text))) or text[:1] in "([{,;:" \
            or (prev_text or "").rstrip().endswith((",", "-", "&", " and")):
        return False  # (a surname's particle opens a reference: "van Oordt, M. J. (2013). Title")
    if re.match(r"[“\"]\s*[A-Z0-9]", text) and (
            complete(texts) or re.search(r"[“\"][^\"“”]{8,}[”\"]", " ".join(texts))):
        return True  # a quoted title opens the next reference ("Title" (with A. Coauthor), Venue, 2023)
    if _authorless_end(texts, text):
        return True
    if complete(texts) and (_STUDENT_NOTE.match(text) or BLUEBOOK_RE.match(text)):
        return True  # "Note, Title, 114 MICH. L. REV. 1021 (2016).": a law-review citation opens its own item
    if pattern == "authors_first":
        if author_start(text) and (complete(texts) or blank_before or not any(author_start(t) for t in texts)):
            return True  # (an introduction line before the first reference ends there too)
        return blank_before and complete(texts)
    # title-first: a new title follows the previous reference's author (or venue) line.
    has_authors = any(author_start(t) or whole_author_line(t) for t in texts[1:] + texts[:1])
    if not has_authors:
        if closed_by_venue(" ".join(texts)) and not (author_start(text) or whole_author_line(text)):
            return True  # "Title (Venue, 2023, accepted)" ends where its parenthesis closes
        # One paragraph per reference (Word): "Title. Authors. Venue, 2021." then the next title.
        one_line_refs = len(texts) == 1 and complete(texts) and len(texts[0].split()) >= 10 and ends_item(texts[0])
        if one_line_refs and not (starts_like_venue(text) or author_start(text) or whole_author_line(text)):
            return True
        return blank_before and complete(texts)
    if is_badge(text) and complete(texts):
        return True  # "CVPR 2016" printed above the next title (a venue badge)
    first = item_lines[0] if item_lines else None
    first_emphasised = first is not None and (first.heading or (first.bold and not re.search(r"[a-z][.?!]\s+[A-Z]", first.text)))
    if first is not None and first_emphasised and (c.emphasised or c.bold_title) and c.line.heading == first.heading:
        return True  # titles printed as headings or in bold: each one opens a reference
    weak_name = len(split_authors(text.rstrip(". ")) or []) == 1 and not re.search(r"[,.*]", text)
    if weak_name and nxt is not None and len(split_authors(nxt.text.rstrip(". ")) or []) >= 2 and complete(texts):
        return True  # "Fuzzing Teacups" looks like a name, but an author list follows it: a title
    if author_start(text) or whole_author_line(text) or starts_like_venue(text):
        return False
    # After the author line comes either the next title or this reference's
    # venue. A title is followed by its own author line; a venue is not.
    if first_emphasised:
        return c.emphasised or c.bold_title  # titles are the emphasised lines; anything else continues
    if nxt is not None and (author_start(nxt.text) or len(split_authors(nxt.text.rstrip(". ")) or []) >= 2):
        return True
    return complete(texts)


_PARTICLE = re.compile(r"(?:van|von|de|da|di|del|della|der|den|du|dos|das|le|la|ten|ter|al|el)\s+"
                       r"(?:(?:de|der|den|la|le)\s+)?[A-ZÀ-Þ]")
# "... Press, 2022.", "(2020): 415–442.", "(forthcoming 2026).": a year, then at most pages, closes the line
_STUDENT_NOTE = re.compile(r"(?:Note|Comment),\s+[A-Z]")
_CLOSED_BY_YEAR = re.compile(r"\b(?:19|20)\d\d\b[^A-Za-z]{0,20}[.)]\s*$")


def _authorless_end(texts: list[str], text: str) -> bool:
    """Sole-authored entries that omit the author (humanities lists, in any list pattern):
    "Title. City: Press, 2022." wraps over lines; the year closing a line ends the entry
    and a capital opens the next. An entry that opens with authors is left to the list's
    pattern ("Smith, J. and Doe, A., 2020." may be followed by its own title)."""
    return bool(_CLOSED_BY_YEAR.search(texts[-1]) and not author_start(texts[0])
                and re.match(r"[“\"‘]?[A-Z]", text) and not (
                    starts_like_venue(text) or author_start(text) or whole_author_line(text)))


# one Vancouver (NLM) author before the title: "Quill DM. Title." (the period follows a capital)
_LONE_NLM_AUTHOR = re.compile(r"^([A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)*\s[A-Z]{1,3})[*†‡#]?\.\s")


def sole_author_start(text: str, is_candidate: Callable[[str], bool]) -> bool:
    nlm = _LONE_NLM_AUTHOR.match(text)
    head = nlm.group(1) if nlm else re.split(r"(?<![A-Z])[.:](?:\s|$)|\s\((?:19|20)\d\d", text, maxsplit=1)[0]
    authors = split_authors(head)
    return authors is not None and len(authors) == 1 and is_candidate(authors[0].name)


def list_pattern(lines: list[PreparedLine]) -> str:
    """"authors_first" when references open with their authors ("A, B. Title. Venue"), else "title_first".

    Decided from the whole list, not its first line, which may be an
    introduction ("Full list on Google Scholar").
    """
    first = lines[0].text if lines else ""
    if author_start(first):
        return "authors_first"
    inline = sum(1 for x in lines if author_start(x.text) and not whole_author_line(x.text))
    whole = sum(1 for x in lines if whole_author_line(x.text))
    return "authors_first" if inline > whole else "title_first"


def continues_references(lines: list[Line]) -> bool:
    """True when these lines (a would-be heading and its body) read as more of a reference list.

    For the section splitter: a wrapped title line in a larger font ("reinforcement
    learning"), a note under a reference ("– Best Paper Award") or a topic
    sub-heading ("Misc:") can look like a heading; when what follows is still
    references, the lines belong to the publications section before them.
    """
    from reviewer.parsing.venues import known_venue

    texts = [t for t in (strip_markup(line.text).text for line in lines) if t.strip() and not is_page_artifact(t)]
    if not texts:
        return False
    hits = 0
    starts = 0
    numbered = False
    for text in texts:
        marker = line_marker(text)
        body = text[marker.length:].strip()
        is_ref_start = author_start(body) or (
            whole_author_line(body) and len(split_authors(body.rstrip(". ")) or []) >= 2
        )
        if marker.kind in {"[n]", "label"} and (is_ref_start or years_in(body) or marker.label) and not known_venue(body[:12]):
            numbered = True  # "[4] Surname A. 2023": a numbered reference goes on
        starts += bool(is_ref_start)
        venue_line = starts_like_venue(body) and bool(years_in(body))
        if is_ref_start or numbered or venue_line or title_with_venue_tail(body, known_venue):
            hits += 1
    if numbered:
        return True
    if re.match(r"[a-z]", texts[0]) is not None and hits >= 1:
        return True  # the heading was the wrapped end of a title
    return starts >= 1 and hits >= max(1, 0.5 * len(texts) - 0.5)
