"""Mathematics papers as AMS-style CVs list them, without the candidate's name:
"Ordinary parts of Eisenstein classes, Duke Math. J. 171 (2022), no. 4, 815–868.",
"Title, with A. Coauthor and B. Coauthor, Algebra Number Theory 15 (2021), 2201–2250.",
"Title, with A. Coauthor, to appear in Compositio Math.", "Title, with A. Coauthor. arXiv:2405.11832."
The title runs to the coauthor note or to the journal, which is named before its volume and
(year); a preprint names its arXiv number instead.
"""
from __future__ import annotations

import re

from reviewer.parsing.pubfields import choose_kind
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import publication_status
from reviewer.profile import Publication

# "Duke Math. J. 171 (2022)", "Amer. J. Math. 142 (2020)", "Algebra Number Theory 15 (2021)"
_JOURNAL_VOLUME_YEAR = re.compile(r"^(?P<journal>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6})\s+\d{1,4}\s+"
                                  r"\((?P<year>(?:19|20)\d\d)\)"
                                  # (a journal numbered by issue within the year: "Int. Math. Res. Not. IMRN 2015, no. 12")
                                  r"|^(?P<journal2>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,6})\s+(?P<year2>(?:19|20)\d\d),"
                                  r"\s+(?:no\.|Art\.|Paper)\s*\d")
_TO_APPEAR = re.compile(r"^(?:to\s+appear\s+in|accepted\s+(?:in|at|by)|forthcoming\s+in)\s+(?P<journal>[A-Z].+?)\.?$", re.I)
_ARXIV = re.compile(r"\barXiv:\s?\d{4}\.\d{4,5}", re.I)
_WITH = re.compile(r",\s+with\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and)\s+(?:[A-Z][\w.'’-]*\s*){1,4})*", re.U)


def ams_item(full: str, item: RawItem) -> Publication | None:
    if '"' in full or "“" in full:
        return None  # a quoted title is Chicago's ("Title," Journal 58, no. 3 (2024)), not the AMS's
    text = full.strip().rstrip(".")
    pieces = text.split(", ")
    for k in range(1, len(pieces)):
        rest = ", ".join(pieces[k:])
        m = _JOURNAL_VOLUME_YEAR.match(rest) or _TO_APPEAR.match(rest)
        if m and not re.match(r"(?i)with\s", rest):
            title = _WITH.split(", ".join(pieces[:k]) + ",")[0].rstrip(", ")
            venue = (m.groupdict().get("journal2") or m.group("journal")).strip()
            printed_year = m.groupdict().get("year") or m.groupdict().get("year2")
            year = int(printed_year) if printed_year else None
            return _paper(full, item, title, venue, year)
    if _ARXIV.search(text) and ", with " in text or re.search(r",\s*arXiv:", text):
        title = re.split(r",\s+with\s|,\s*arXiv:", text)[0]
        return _paper(full, item, title, "arXiv", None)
    return None


def _paper(full: str, item: RawItem, title: str, venue: str, year: int | None) -> Publication | None:
    title = title.strip(" ,.;")
    if len(title.split()) < 3:
        return None
    return Publication(
        title=title, venue=venue, year=year,
        kind=choose_kind(full, venue, None, item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8))
