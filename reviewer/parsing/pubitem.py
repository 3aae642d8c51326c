"""One reference: its authors, title, venue, year and kind.

A reference is read as a sequence of segments (its lines where a line ends a
part, and its sentences), each classified as authors, venue or text; the
title is the emphasised or quoted span, else the text around the author list
(title-first and authors-first orders both occur), and the venue is the first
venue-like segment after the title, normalised by reviewer.parsing.venues.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reviewer.parsing.authors import Author, CandidateName, split_authors
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubapa import apa_head
from reviewer.parsing.pubbooks import bluebook_item, book_imprint_item, imprint_item, oscola_item
from reviewer.parsing.pubchinese import chinese_marked_item
from reviewer.parsing.pubchunks import chunks_of
from reviewer.parsing.pubfields import (
    GBT_TAG_RE,
    choose_kind,
    choose_title,
    choose_year,
    closed_by_venue,
    only_status,
    split_trailing_venue,
    split_unpunctuated_journal,
    status_stripped,
    venue_segment,
)
from reviewer.parsing.pubmath import ams_item
from reviewer.parsing.pubsegments import Segments, cut_segments, is_author_segment
from reviewer.parsing.pubshape import author_start, whole_author_line
from reviewer.parsing.pubsplit import PATENT_RE, RawItem
from reviewer.parsing.pubstatus import BRACKETED_STATUS, publication_status
from reviewer.parsing.pubtext import Marked, strip_markup, years_in
from reviewer.parsing.venues import (
    is_abbreviated_journal,
    is_journal_abbreviation,
    known_venue,
    looks_like_venue,
    preprint_server,
    short_venue,
    starts_like_venue,
    tag_venue,
)
from reviewer.profile import Publication

ET_AL = Author("et al.")  # stands for the authors an "et al." leaves out
# "EP 4123456 A1", "CN115204356A", "ZL 2022 1 0843597.0", GB/T 7714's "[P]": patents, not papers
_PATENT_NUMBER_RE = re.compile(
    r"\b(?:EP|US|WO|CN|DE|JP)\s?\d[\d ,]{5,}\s?[AB]\d?\b|\b(?:US|U\.S\.|EP|European|Chinese)\s+Patent\s+(?:No\.?\s*)?\d|\b(?:ZL|CN)\s?\d{8,}(?:\.\d)?|\[P\]")

_PATENT_NEEDLES = needles(_PATENT_NUMBER_RE, shortest=2)  # "EP", "US", "Patent", "[P]"...: most references hold none


# Harvard (as Google Scholar exports it): "Surname, A.B., Surname, C. and Surname, D., 2024, September. Title."
_HARVARD_RE = re.compile(
    r"^(?P<authors>.{3,400}?\.?[*†‡]?),\s*(?P<year>(?:19|20)\d\d[a-z]?)"
    r"(?:,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?)?\.\s+(?=\S)", re.I)


_COMMA_YEAR = re.compile(r",\s*(?:19|20)\d\d")


# "A. Author, B. Author, Angew. Chem. Int. Ed. 2025, 39, 196–980: Title." (chemists' lists: the
# journal, year, volume and pages after the authors, the title last after a colon)
_TITLE_LAST = re.compile(r"^(?P<authors>.{3,600}?),\s+(?P<venue>[A-Z][A-Za-z.&\- ]{1,60}?\.?)\s+(?P<year>(?:19|20)\d\d),"
                         r"\s*(?P<volume>\d{1,4}(?:\s*\(\d{1,4}\))?)(?:,\s*(?P<pages>[\dA-Za-z]{1,8}(?:\s*[–-]\s*\d{1,8})?))?"
                         r":\s+(?P<title>[^:\s].*?)\.?$")


_PREPRINT_TAG = "[preprint]"


def _title_last_as_usual(chunks: list[str]) -> list[str]:
    """The title-last reference rewritten in the usual order ("Authors. Title. Venue Year, Vol, Pages."),
    as one chunk; other references as they are."""
    text = " ".join(c.strip() for c in chunks)
    m = _TITLE_LAST.match(text) if ":" in text else None
    if not m or not split_authors(m.group("authors")) or not _journal_name(m.group("venue")):
        return chunks
    pages = f", {m.group('pages')}" if m.group("pages") else ""
    return [f"{m.group('authors')}. {m.group('title')}. {m.group('venue')} {m.group('year')}, {m.group('volume')}{pages}."]


def _journal_name(text: str) -> bool:
    """A known venue, or a name with an abbreviated journal word ("ACS Catal.", "Chem. Sci.")."""
    return bool(known_venue(text) or is_abbreviated_journal(text) or looks_like_venue(text)
                or any(is_journal_abbreviation(w) for w in re.findall(r"\b([A-Z][a-z]{1,11})\.", text)))


def _harvard_as_apa(text: str) -> str:
    """Rewrite the Harvard head "Authors, 2024, September. " as APA's "Authors (2024). ",
    which the reader already cuts at the author list's end."""
    m = _HARVARD_RE.match(text) if _COMMA_YEAR.search(text) else None  # the lazy head scan needs ", 2024"
    if not m or not split_authors(m.group("authors")):
        return text
    return f"{m.group('authors')} ({m.group('year')}). {text[m.end():]}"


def _authorless_with_venue_tail(full: str, item: RawItem) -> Publication | None:
    """"Title(Venue, 2023, CCF-A:已接收)": a paper listed by its title with the venue, year and
    remarks in the parentheses that close it, no author list."""
    if not closed_by_venue(full):
        return None
    title, tail = split_trailing_venue(full.rstrip(" .。"))
    if not tail or len(title) < 8 or re.search(r"[.?!]\s|\bet al\b", title):
        return None  # more than a title before the parentheses: authors, a venue (read the usual way)
    rest = [strip_markup(line.text).text.replace("\\*", "*") for line in item.lines[1:]]
    if any(whole_author_line(t) or author_start(t) for t in rest):
        return None
    venue, kind = short_venue(tail)
    ys = years_in(tail)
    year = ys[0][0] if ys else item.year_hint
    return Publication(
        title=title.strip(" .,;:\"“”'"), venue=venue, year=year,
        kind=choose_kind(full, venue, kind, item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8 if venue else 0.5))


def _authorless_comma_venue(full: str, item: RawItem) -> Publication | None:
    """"Sparse Tide Models, IEEE TGRS, 2023 (first author)": a title, a venue and a year cut
    at commas, no author list; the venue is the first piece after the title that opens the
    way venue names do, and a year follows it."""
    if re.search(r"[\"“”]|\(\s*(?:joint\s+)?with\b", full):
        return None  # a quoted title, a coauthor note: read the usual way
    body = re.sub(r"\s*[(（][^()（）]*[)）]\s*[.。]?$", "", full.strip()).rstrip(" .。")
    pieces = [p.strip() for p in re.split(r",\s+|，", body)]
    k = next((n for n in range(1, len(pieces)) if starts_like_venue(pieces[n])), None)
    if k is None or not years_in(", ".join(pieces[k:])):
        return None
    title = ", ".join(pieces[:k])
    if len(title) < 8 or re.search(r"[.?!]\s|\bet al\b", title) or years_in(title):
        return None
    rest = [strip_markup(line.text).text for line in item.lines[1:]]
    if any(whole_author_line(t) or author_start(t) for t in rest):
        return None
    tail = ", ".join(pieces[k:])
    venue, kind = short_venue(status_stripped(re.sub(r"[,\s]*(?:19|20)\d\d.*$", "", tail) or tail))
    ys = years_in(tail)
    year = ys[0][0] if ys else item.year_hint
    return Publication(
        title=title.strip(" .,;:\"“”'"), venue=venue, year=year,
        kind=choose_kind(full, venue, kind, item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8 if venue else 0.5))


_THREE_LETTERS = re.compile(r"[A-Za-z\u3400-\u9fff]{3}")
# (the leading lookahead names the characters a match can start with: the engine skips every
# other position at once instead of trying each alternative there; the matches are the same)
_YEAR_TAIL = re.compile(r"(?=[\s(])\s*\((?:19|20)\d\d[a-z]?\)\.?$")
_YEAR_ALONE = re.compile(r"\(?(?:(?:19|20)\d\d[a-z]?|in press|forthcoming|n\.d\.)\)?\.?", re.I)
_ET_AL = with_opening(re.compile(r"\bet\s+al\b|\band\s+others\b"))
_TALK_GIVEN = re.compile(r"(?i)(?:^|[\s,;(—–-])(?:invited\s+)?(?:talk|keynote|presentation|lecture|seminar|panel)\s+(?:at|to|for)\b"
                         # ("Talk: “Title.” PyData London, June 2024": labelled as a talk)
                         r"|^\W{0,3}(?:invited\s+)?(?:talk|keynote|panel|poster)\s*:")
_TALK_NEEDLES = needles(_TALK_GIVEN)  # ("talk", "keynote"...: most references hold none, one scan turns them away)

SegmentKind = Literal["authors", "year", "title", "venue", "text"]


@dataclass
class Reading:
    """A reference's segments with what each one is, and the author lists found among them."""

    segments: list[str]
    kinds: list[SegmentKind]
    authors_at: dict[int, list[Author]]  # segment index -> its author list

    def first(self, kind: SegmentKind) -> int | None:
        return next((n for n, k in enumerate(self.kinds) if k == kind), None)


def parse_item(item: RawItem, candidate: CandidateName | None = None) -> tuple[Publication | None, list[Author]]:
    """Read one reference; (None, []) for what is not a publication (a patent, a line of prose)."""
    chunks, marked, label, plain_after_bold = chunks_of(item)
    if chunks:
        chunks = _title_last_as_usual(chunks)
        chunks[0] = apa_head(_harvard_as_apa(chunks[0]))
    full = marked.text
    if PATENT_RE.match(full) or may_match(_PATENT_NEEDLES, full, None) and _PATENT_NUMBER_RE.search(full):
        return None, []  # a patent is not a publication
    if len(full) < 12 or not _THREE_LETTERS.search(full):
        return None, []
    if may_match(_TALK_NEEDLES, full, folded(full)) and _TALK_GIVEN.search(full) and not author_start(full):
        return None, []  # "“Title” -- talk at FOSS4G Europe, 2024": a talk given, listed beside papers
    if ("《" in full or "。" in full) and (cited := chinese_marked_item(full, item)) is not None:
        return cited  # "作者：《标题》，《期刊》2023年第2期。"
    if (oscola := oscola_item(full, item)) is not None:
        return oscola  # "S Quill, ‘Title’ (2023) 86 Modern Law Review 1021": read whole, authors and all
    if not author_start(full):
        bare = (imprint_item(full, item) or book_imprint_item(full, item) or bluebook_item(full, item) or ams_item(full, item)
                or _authorless_with_venue_tail(full, item)
                or _authorless_comma_venue(full, item))
        if bare is not None:
            return bare, []
    cut = cut_segments(chunks, marked)
    reading = _classify(cut, marked.bold, candidate, {chunks[n] for n in plain_after_bold})
    a_idx = reading.first("authors")
    authors = _author_list(reading, a_idx)
    pub = _publication(item, reading, a_idx, authors, marked, label, cut.quoted)
    return (pub, authors) if pub is not None else (None, [])


def _classify(cut: Segments, bold: list[str], candidate: CandidateName | None, venue_lines: set[str]) -> Reading:
    reading = Reading(cut.parts, [], {})
    for n, seg in enumerate(cut.parts):
        # quotation marks set off a title, never an author list ("Flood Maps and House Prices")
        authors = None if seg in cut.quoted and len(seg.split()) >= 3 else is_author_segment(seg, bold)
        if authors is None and candidate is not None:
            # The candidate as sole author: "Wei-Lin Sato. Title. Venue 2023."
            single = split_authors(_YEAR_TAIL.sub("", seg))
            if single and len(single) == 1 and candidate.matches(single[0].name):
                authors = single
        if authors:
            reading.authors_at[n] = authors
        reading.kinds.append("authors" if authors else _kind_of(seg))
    _mark_venue_line(reading, venue_lines)
    _demote_lone_name(reading, candidate)
    return reading


def _kind_of(seg: str) -> SegmentKind:
    """What a segment that is not an author list is."""
    if _YEAR_ALONE.fullmatch(seg.strip()):
        return "year"
    if GBT_TAG_RE.search(seg):
        return "title"
    if looks_like_venue(seg) or (years_in(seg) and len(seg.split()) <= (5 if known_venue(seg) else 3)):
        return "venue"
    return "text"


def _mark_venue_line(reading: Reading, venue_lines: set[str]) -> None:
    """The first plain segment under a bold title, before the author list, is the venue line."""
    first_authors = reading.first("authors")
    first_authors = len(reading.kinds) if first_authors is None else first_authors
    for n, seg in enumerate(reading.segments):
        if 0 < n < first_authors and reading.kinds[n] == "text" and any(v.startswith(seg) for v in venue_lines):
            reading.kinds[n] = "venue"
            break


def _demote_lone_name(reading: Reading, candidate: CandidateName | None) -> None:
    """A lone "name" right before a real author list is a short title ("Quiet Layers")."""
    kinds, found = reading.kinds, reading.authors_at
    for n in range(len(kinds) - 1):
        lone = kinds[n] == kinds[n + 1] == "authors" and len(found[n]) == 1 and len(found[n + 1]) >= 2
        if lone and not (candidate and candidate.matches(found[n][0].name)) and not reading.segments[n].rstrip().endswith(","):
            kinds[n] = "text"
            del found[n]


def _author_list(reading: Reading, a_idx: int | None) -> list[Author]:
    """The first author list, joined with the next ones when it wrapped over two segments
    ("..., Neil" / "Shah, ..."); an "et al." stands for the authors it leaves out."""
    if a_idx is None:
        return []
    authors = reading.authors_at.get(a_idx, [])
    for n in range(a_idx + 1, len(reading.kinds)):
        if reading.kinds[n] != "authors":
            break
        authors = authors + reading.authors_at[n]
    if _ET_AL.search(reading.segments[a_idx]):
        authors = [*authors, ET_AL]  # more authors follow: the last one listed is not last
    return authors


# "Eur. Phys. J. C 83, 1142 (2023), arXiv:2307.05518": published in the journal (its name then
# its volume); the archive's number after it is where to read the paper free
_JOURNAL_THEN_SERVER = re.compile(r"^(?P<journal>[A-Z][^,]*?\s\d{1,4}\b.*?),?\s+(?:arXiv|bioRxiv|medRxiv|ChemRxiv|SSRN)\b.*$")


def _journal_before_server(seg: str) -> str:
    m = _JOURNAL_THEN_SERVER.match(seg)
    return m.group("journal") if m and not preprint_server(m.group("journal")) else seg


def _venue_of(label: str | None, venue_seg: str | None, tail_venue: str | None) -> tuple[str | None, str | None]:
    """The venue and kind: from the item's tag ("[TGRS]", "[C1]"), else its venue segment, else a
    venue closing the title."""
    venue: str | None = None
    kind: str | None = None
    if label and tag_venue(label)[0]:
        venue, kind = tag_venue(label)
    elif label and known_venue(label):
        venue, kind = short_venue(label)
    elif label and re.fullmatch(r"[A-Z][A-Za-z&-]{1,11}", label):
        venue = label  # "[TGRS] Title": the tag is the venue's acronym
    elif venue_seg and not only_status(venue_seg):
        venue, kind = short_venue(_journal_before_server(status_stripped(venue_seg)))
    elif tail_venue:
        venue, kind = short_venue(tail_venue)
    if venue and (server := preprint_server(venue)):
        venue = server  # "bioRxiv 2025.01.12.632145", "Prépublication HAL, hal-04812345": the server's name
    return venue, kind


_TITLE_STATUS_TAIL = re.compile(rf"(?i),\s*(?:{BRACKETED_STATUS})\.?$")
_SUBMITTED_TO = re.compile(r"(?i)(?:under\s+review\s+(?:at|for|in)|submitted\s+to|在投|投稿至|投稿于)\s*:?\s*(.{2,60})")


def _submitted_to(text: str) -> tuple[str, str] | None:
    """The well-known venue a preprint is under review at, if the reference says so."""
    m = _SUBMITTED_TO.search(text)
    found = known_venue(m.group(1)) if m else None
    return (found[0], found[1]) if found and found[0] != "arXiv" else None


def _publication(item: RawItem, reading: Reading, a_idx: int | None, authors: list[Author],
                 marked: Marked, label: str | None, quoted: set[str]) -> Publication | None:
    """The record from the classified segments; None when they hold no reference."""
    segments, kinds = reading.segments, reading.kinds
    full = marked.text
    title, title_idx = choose_title(segments, kinds, a_idx, marked)
    if item.titled:
        title = full.strip()  # a title alone on its line: all of it, "?" and subtitle too
    venue_seg, venue_idx = venue_segment(segments, kinds, title_idx, a_idx)
    tail_venue = None
    if title:
        title, tail_venue = split_trailing_venue(title)
        if tail_venue is None and title_idx is not None and (kinds[title_idx] == "venue" or venue_idx is None):
            title, tail_venue = split_unpunctuated_journal(title, segments[title_idx + 1:])
    if tail_venue and (venue_idx is None or kinds[venue_idx] == "text" or venue_idx == title_idx):
        venue_seg, venue_idx = None, None
    venue, kind = _venue_of(label, venue_seg, tail_venue)
    if venue == "arXiv" and (target := _submitted_to(full)):
        venue, kind = target  # "arXiv:2502.05531, 在投 NeurIPS 2025": where it is under review says more
    year = choose_year(full, label, venue_seg, tail_venue, segments, kinds) or item.year_hint
    kind = choose_kind(full, venue, kind, item.kind_hint)
    if kind == "in_preparation" and venue_seg and only_status(venue_seg):
        venue = None
    if not title and not (authors and venue):
        return None  # a name list with nothing else (a patent's inventors, a wrapped line)
    # a title set in bold on its own ("Job Market Paper" then the paper's title) is a paper too
    bold_title = bool(title and all(ln.bold and not ln.heading for ln in item.lines) and len(title.split()) >= 4)
    if not (authors or venue or year or kind == "in_preparation" or label or title in quoted or bold_title
            or item.titled):
        return None  # a line of prose ("Full list on Google Scholar"), not a reference
    if title:
        title = _TITLE_STATUS_TAIL.sub("", title)  # "Title, in preparation.": the status is no part of it
        title = title.strip(" .,;:\"“”'")
        title = GBT_TAG_RE.sub("", title).strip(" .")
    # "medRxiv 2025.06.11.25329417 [preprint]": the item's own tag (cut from `full`) over its
    # sub-heading's "Preprints and submitted"
    hint = "preprint" if item.status_hint and any(_PREPRINT_TAG in ln.text.lower() for ln in item.lines) else item.status_hint
    status = publication_status(full, venue, year, hint)
    if status == "preprint" and kind is None:
        kind = "preprint"
    return Publication(
        title=title or None,
        authors=[a.name for a in authors],  # "et al." kept: a group paper must not look single-authored
        venue=venue,
        year=year,
        kind=kind,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8 if title and (venue or year) else 0.5),
    )
