"""Books, chapters and law-review articles as humanities and law CVs list them, with a Chicago imprint and no author list:
"Paper Calendars: Almanacs in the Republic (Oxford: Oxford University Press, 2020).",
"Cheap Print, 1550–1750, Library of the Written Word 118 (Leiden: Brill, 2023)" and
"“The almanac in the pocket”, in A. Editor (eds), Small Books in Europe (Cambridge:
Cambridge University Press, 2018), 141–166." The publisher is a book's venue; a chapter's
venue is the book it appears in. Law reviews are cited the Bluebook way: "Title, 79 VAND.
L. REV. 411 (2025)" (volume, journal in small capitals, first page, year).
"""
from __future__ import annotations

import re

from reviewer.parsing.authors import Author, split_authors
from reviewer.parsing.pubfields import choose_kind
from reviewer.parsing.pubshape import OSCOLA_AUTHORS
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import publication_status
from reviewer.parsing.pubtext import BLUEBOOK_RE
from reviewer.profile import Publication

# "(Oxford: Oxford University Press, 2020)", "(Leiden: Brill, 2023"; a line may end before ")"
_IMPRINT = re.compile(r"\((?P<city>[A-Z][\w .'’-]{1,40}):\s*(?P<publisher>[^():,]{2,60}?),\s*"
                      r"(?P<year>(?:19|20)\d\d)\)?")
_WITH = re.compile(r"^\s*\(\s*(?:with|co-?authored\s+with)\b[^)]*\)\s*", re.I)
_CHAPTER = re.compile(r"^[“\"](?P<title>[^”\"]{4,})[”\"],?\s+in\s+(?:(?P<editors>.+?)\s*\((?:eds?|hg|hrsg)\.?\),\s*)?"
                      r"(?P<book>.+?)[,\s]*$", re.I)
_SERIES = re.compile(r",\s+[A-Z][\w' ]+\s\d{1,4}$")  # ", Library of the Written Word 118"


def imprint_item(full: str, item: RawItem) -> Publication | None:
    m = _IMPRINT.search(full)
    if m is None or m.start() < 8:
        return None
    head = _WITH.sub("", full[:m.start()].strip(" \t,.;"))
    chapter = _CHAPTER.match(head)
    if chapter:
        title, venue = chapter.group("title"), chapter.group("book").strip(" ,.")
    elif re.search(r"[“\"”]", head):
        return None  # a quoted title with more than a book after it: read the usual way
    else:
        title, venue = _SERIES.sub("", head), m.group("publisher").strip()
    title = title.strip(" .,;:")
    if len(title) < 4:
        return None
    year = int(m.group("year"))
    return Publication(
        title=title, venue=venue, year=year,
        kind=choose_kind(full, venue, "other", item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8))


# "Book: Title: Subtitle. Novato, CA: ORO Editions, 2020.": Chicago's bibliography form of a book
# the candidate wrote alone (no author list), the imprint as a sentence of its own
_BOOK_IMPRINT = re.compile(r"^(?i:book\s*:\s*)?(?P<title>[^“”\"]{4,}?)\.\s+(?P<city>[A-Z][A-Za-z .'’-]{1,30}(?:,\s*[A-Z]{2})?):\s*"
                           r"(?P<publisher>[A-Z][^:;,()\d]{1,60}),\s*(?P<year>(?:19|20)\d\d)[.\s]*(?:\([^()]{3,30}\)[.\s]*)?$")


def book_imprint_item(full: str, item: RawItem) -> Publication | None:
    m = _BOOK_IMPRINT.match(full.strip())
    if m is None:
        return None
    venue, year = m.group("publisher").strip(), int(m.group("year"))
    return Publication(
        title=m.group("title").strip(" .,;:"), venue=venue, year=year,
        kind=choose_kind(full, venue, "other", item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8))


# OSCOLA, after the authors: a journal article "‘Title’ (2023) 86 Modern Law Review 1021" (the
# volume may be missing, the year in square brackets: "[2019] Public Law 112"); a chapter
# "‘Title’ in A Editor and B Editor (eds), Book (Publisher 2024) 221"; a book "Title
# (Publisher 2021)", "Title (Publisher, under contract)"
_OSCOLA_ARTICLE = re.compile(r"^[‘'](?P<title>.+?)[’']\s*[(\[](?P<year>(?:19|20)\d\d)[)\]]\s*(?:\d{1,4}(?:\(\d+\))?\s+)?"
                             r"(?P<journal>[A-Z][^()\d]{2,80}?)(?:\s+\d{1,5}\b|\s*\(|\.?$)")  # (no page yet: "(forthcoming)")
_OSCOLA_CHAPTER = re.compile(r"^[‘'](?P<title>.+?)[’']\s+in\s+.+?\(eds?\),?\s*(?P<book>[^()]{4,120}?)\s*"
                             r"\((?P<publisher>[^()\d]{2,60}?),?\s*(?P<year>(?:19|20)\d\d|forthcoming)\)")
_OSCOLA_BOOK = re.compile(r"^(?P<title>[^‘'()][^‘()]{3,200}?)\s*\((?P<publisher>[A-Z][^()\d]{1,60}?),?\s*"
                          r"(?P<year>(?:19|20)\d\d|under contract|forthcoming)\)\.?$")


def oscola_item(full: str, item: RawItem) -> tuple[Publication, list[Author]] | None:
    """A reference cited the OSCOLA way (UK and Irish law), with its author list."""
    head = OSCOLA_AUTHORS.match(full.strip())
    if head is None:
        return None
    rest = full.strip()[head.end():].strip()
    m = _OSCOLA_ARTICLE.match(rest) or _OSCOLA_CHAPTER.match(rest) or _OSCOLA_BOOK.match(rest)
    if m is None:
        return None
    groups = m.groupdict()
    venue = (groups.get("journal") or groups.get("book") or groups.get("publisher") or "").strip(" ,.")
    year = int(groups["year"]) if groups["year"][:1].isdigit() else None
    kind = "journal" if groups.get("journal") else "other"
    authors = split_authors(head["authors"]) or []
    pub = Publication(
        title=groups["title"].strip(" .,"), venue=venue or None, year=year, kind=kind,  # type: ignore[arg-type]
        authors=[a.name for a in authors],
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8))
    return pub, authors


def bluebook_item(full: str, item: RawItem) -> Publication | None:
    m = BLUEBOOK_RE.match(full.strip())
    if m is None or not re.search(r"\b[A-Z]{1,5}\.", m.group("journal")):
        return None  # the journal is abbreviated with periods ("L. REV.", "L.J."), else read the usual way
    year = int(m.group("year"))
    venue = " ".join(m.group("journal").split())
    return Publication(
        title=m.group("title").strip(" .,"), venue=venue, year=year, kind="journal",
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8))
