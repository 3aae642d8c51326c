"""A reference's lines joined into parts: where a line break also ends a part.

The first stage of reading a reference (reviewer.parsing.pubitem): lines are
joined while an emphasis or a quotation stays open, a bold title over plain
lines ends where the weight changes, a right-aligned date cell and an
author-role column are taken off, and every other line break is judged by
what the lines on either side of it look like.
"""
from __future__ import annotations

import re

from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubshape import author_start, whole_author_line
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubtext import Marked, line_marker, strip_markup, years_in
from reviewer.parsing.venues import (
    inside_abbreviated_name,
    is_journal_abbreviation,
    looks_like_venue,
    starts_like_venue,
)

_ROLE_CELL_RE = re.compile(r"\t\s*(?:一作|第一作者|共同一作|通讯作者?|合作者|参与者|first[- ]author|corresponding author|"
                           r"co-?author)[^\t]{0,8}\s*$", re.I)
# "[J]", "[C]", "[W]", "[S]": a kind tag (journal, conference, workshop, submitted) in a right-hand column
_KIND_TAG_CELL = re.compile(r"\s*\t\s*\[[A-Z]{1,3}\]\s*$")
_KIND_TAG_LINE = re.compile(r"\s*\[[A-Z]{1,3}\]\s*")
# A right-aligned date in its own cell: "Title<TAB>Jul 2024", "Title<TAB>2023.05"
_DATE_CELL_RE = re.compile(
    r"\t\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)(?:[./-]\d{1,2})?\s*$",
    re.I)



_OPENER_RE = with_opening(re.compile(r"(?:^|(?<=[\s(\[]))(?:\*{1,2}|_)(?=[^\s*_])"))
_CLOSER_RE = re.compile(r"(?<=[^\s*\\])(?:\*{1,2}|_)(?=$|[\s.,;:)\](])")


def _merge_open_emphasis(raws: list[str]) -> list[str]:
    """Join lines while an italic or bold span opened on one closes on a later one."""
    out: list[str] = []
    for raw in raws:
        if out and (_is_open(out[-1]) or _quote_open(out[-1])):
            out[-1] = out[-1].rstrip() + " " + raw.strip()
        else:
            out.append(raw)
    return out


def _quote_open(text: str) -> bool:
    """A typographic quotation opened and not closed: a quoted title that wraps onto the next line."""
    return text.count("“") > text.count("”")


def _is_open(text: str) -> bool:
    text = text.replace("\\*", "\u2217")  # an escaped star is an equal-contribution mark, not emphasis
    openers = [m.start() for m in _OPENER_RE.finditer(text)]
    return bool(openers) and not any(m.start() > openers[-1] for m in _CLOSER_RE.finditer(text))


_MD_HEADING = re.compile(r"^#{1,6}\s+")
_NESTED_BULLET = re.compile(r"^[-–—•◦○▪*]\s+")
_DOT_SEPARATOR = re.compile(r"(?<=[^\s.])\s+[·•]\s+")


_LEADING_PLUS = re.compile(r"^\+\s*")
_WHOLE_EMPHASIS = re.compile(r"(?:\*\*|<b>|\*)(.+?)(?:\*\*|</b>|\*)")


# '“Title” with A. Coauthor and B. Coauthor' ending the line (the venue on the next): the
# co-author note economics and humanities lists print in brackets, written without them
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_TRAILING_COAUTHORS = re.compile(rf"([”\"])\s*,?\s+(with\s+{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){_NAME})*)\s*$")


# "(IF 37.6, 中科院一区)", "（SCI, JCR Q1）": the journal's metrics in brackets, no part of the reference
_METRIC_REMARK = re.compile(r"\s*[(（]\s*(?:IF\b|SCIE?\b|SSCI\b|JCR\b|中科院|影响因子)[^()（）]{0,40}[)）]")
_OPEN_METRIC = re.compile(r"[(（]\s*(?:IF\b|SCIE?\b|SSCI\b|JCR\b|中科院|影响因子)[^()（）]{0,40}$")
_CLOSING_REST = re.compile(r"^[^()（）]{0,30}[)）]")


def _without_metric_remarks(raws: list[str]) -> list[str]:
    """The lines less the journal-metric remarks, one wrapped over a line end too ("…(IF 37.6," /
    "中科院一区)"). A cheap test first: most references carry none."""
    if not any("IF" in r or "SCI" in r or "JCR" in r or "中科院" in r or "影响因子" in r for r in raws):
        return raws
    out = list(raws)
    for k in range(len(out) - 1):
        if _OPEN_METRIC.search(out[k]) and (rest := _CLOSING_REST.match(out[k + 1])):
            out[k] += rest.group(0)
            out[k + 1] = out[k + 1][rest.end():].lstrip()
    return [_METRIC_REMARK.sub("", r) for r in out]


def chunks_of(item: RawItem) -> tuple[list[str], Marked, str | None, set[int]]:
    """The reference's text cut at the line ends that also end a part, plus its markup."""
    texts: list[str] = []
    emph_lines: list[bool] = []
    all_bold: list[str] = []
    all_italic: list[str] = []
    all_quoted: list[str] = []
    label = item.marker.label if item.marker else None
    dated_title = False  # "[ICML] Title<TAB>Jul 2024": a one-line entry, the lines under it describe the work
    for n, raw in enumerate(_without_metric_remarks(_merge_open_emphasis([line.text for line in item.lines]))):
        tabbed = "\t" in raw  # both cell patterns open with a tab: most lines have none
        if tabbed:
            raw = _ROLE_CELL_RE.sub("", raw)  # "Title words<TAB>一作和通讯": the author role, in a column
            raw = _KIND_TAG_CELL.sub("", raw)  # "…, ICML 2023.<TAB>[C]": the paper's kind, in a column
        if n > 0 and _KIND_TAG_LINE.fullmatch(raw):
            continue  # the same tag wrapped onto a line of its own
        cell = _DATE_CELL_RE.search(raw) if tabbed else None
        if cell and n == 0:
            raw = raw[: cell.start()]
            item.year_hint = item.year_hint or int(cell.group(1))
            dated_title = item.marker is not None and item.marker.kind == "label"
        elif dated_title and not (whole_author_line(raw.strip()) or author_start(raw.strip())):
            continue
        marked = strip_markup(raw)
        text = _MD_HEADING.sub("", marked.text) if marked.text.startswith("#") else marked.text
        if n == 0 and item.marker is not None:
            text = text[line_marker(text).length or item.marker.length:].strip()
            text = _LEADING_PLUS.sub("", text)
        else:
            text = _NESTED_BULLET.sub("", text)  # nested bullets inside a reference
        # "Authors · Venue 2024" (web pages, READMEs): a middle dot separates parts as a period does.
        if "·" in text or "•" in text:
            text = _DOT_SEPARATOR.sub(". ", text)
        if "with" in text:
            text = _TRAILING_COAUTHORS.sub(r"\1 (\2)", text)
        if not text:
            continue
        all_bold += marked.bold
        all_italic += marked.italic
        all_quoted += marked.quoted
        texts.append(text)
        body = raw.strip().lstrip("-•*+0123456789.[]() ").strip()
        emph_lines.append(bool(marked.bold or marked.italic) and (
            any(len(b) >= len(text) - 4 for b in marked.bold + marked.italic)
            or bool(_WHOLE_EMPHASIS.fullmatch(body))
        ))
    # A PDF title set in bold over plain venue and author lines: where the weight changes, a part ends.
    weights = [line.bold for line in item.lines] if len(item.lines) == len(texts) else []
    # (only when the bold lines are title lines: a reader flags a line bold when much of it is,
    # so "Authors. “Title”" with a bold title is not a bold line)
    if not weights or not weights[0] or any(b and re.search(r"[.?!]\s+\S|[“”\"]", t) for b, t in zip(weights, texts, strict=True)):
        weights = []
    weight_change = [n > 0 and bool(weights) and any(weights) and not all(weights) and weights[n] != weights[n - 1]
                     for n in range(len(texts))]
    chunks: list[str] = []
    plain_starts: set[str] = set()
    for n, text in enumerate(texts):
        if not chunks:
            chunks.append(text)
            continue
        prev = chunks[-1]
        if weight_change[n] or _line_break_ends_part(prev, text, emph_lines[n - 1] or emph_lines[n]):
            chunks.append(text)
            if weight_change[n] and weights[n - 1]:
                plain_starts.add(text)
        elif prev.endswith("-") and text[:1].isalpha():
            chunks[-1] = prev + text
        elif _CJK_CHAR.match(prev[-1:]) and _CJK_CHAR.match(text[:1]):
            chunks[-1] = prev + text  # Chinese wraps anywhere, with no space: "已接" / "收."
        else:
            chunks[-1] = prev + " " + text
    # the chunks set in plain type right after a bold title: the venue line ("Journal of X, 12, IF 3.1")
    plain_after_bold = {n for n, c in enumerate(chunks) if n > 0 and c in plain_starts}
    return chunks, Marked(" ".join(chunks), all_bold, all_italic, all_quoted), label, plain_after_bold


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_GAP = re.compile(r"[.?!]\s+")
_SENTENCE_END = re.compile(r"[.?!]$")
_ABBREVIATION_END = re.compile(r"\b([A-Z][a-z]{0,11})\.$")
_ABBREVIATIONS_THEN_NUMBER = re.compile(r"(?:[A-Z][a-z]{0,11}\.?\s+){1,4}\d")
_CLOSED_END = re.compile(r"[.?!:;)\]]$")
_LIST_THEN_NAME_END = re.compile(r"(?:,|\band)\s*[A-Z][a-z'’-]+$")
_NAME_THEN_LIST_GOES_ON = re.compile(r"[A-Z][a-z'’-]+(?:[,.]|\s+and\s)")
_VENUE_ABBREVIATION = re.compile(r"\b(?:Trans|Proc|Conf|Symp|Int|J)\.\s")


_QUOTE_THEN_WORDS = re.compile(r"[”\"]\s*[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}$")


def _line_break_ends_part(prev: str, nxt: str, emphasised: bool) -> bool:
    if emphasised:
        return True
    # "... Analysis. IEEE" + "Transactions on ...": the venue itself wraps.
    end = prev.rstrip()  # (stripped once: every test below reads the line's end)
    tail = _SENTENCE_GAP.split(end)[-1]
    if tail and not _SENTENCE_END.search(end) and looks_like_venue(tail) and (
        starts_like_venue(nxt) or looks_like_venue(nxt.split(",")[0]) or nxt[:1].islower()
    ):
        return False
    # "“Title.” Places" + "Journal, March 2022.": words after the closing quote begin the venue,
    # which goes on at the next line's start
    if (_QUOTE_THEN_WORDS.search(end) and not _SENTENCE_END.search(end) and starts_like_venue(nxt)):
        return False
    # "..., Trans. Amer. Math." + "Soc. 375 (2022)": the period closes an abbreviation of a
    # journal name that goes on, up to its volume, on the next line
    last = _ABBREVIATION_END.search(end)
    if last and _ABBREVIATIONS_THEN_NUMBER.match(nxt) and (
            is_journal_abbreviation(last.group(1)) or inside_abbreviated_name(end[:-1], " " + nxt)):
        return False
    if end.endswith(":") and nxt[:1].islower():
        return False  # "…risk of dementia:" / "a Mendelian randomisation study": a title and its subtitle
    if _CLOSED_END.search(end) or years_in(prev[-10:]):
        return True
    # "..., Jun Hale, Pia" + "Lind, and Tove Berg. “Title”" (or "..., and Tove" + "Berg. “Title”"):
    # a name cut in two at the line end
    if _LIST_THEN_NAME_END.search(end) and _NAME_THEN_LIST_GOES_ON.match(nxt):
        return False
    if nxt[:1].islower() or end.endswith((",", "-", "&", "and")):
        return False
    if (starts_like_venue(nxt) or _VENUE_ABBREVIATION.search(nxt[:40])) and not nxt.startswith("("):
        return True
    return bool(author_start(nxt) or whole_author_line(prev))
