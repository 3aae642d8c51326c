"""One reference: its authors, title, venue, year and kind.

A reference is read as a sequence of segments (its lines where a line ends a
part, and its sentences), each classified as authors, venue or text; the
title is the emphasised or quoted span, else the text around the author list
(title-first and authors-first orders both occur), and the venue is the first
venue-like segment after the title, normalised by reviewer.parsing.venues.
"""
from __future__ import annotations

import re

from reviewer.parsing.authors import Author, CandidateName, split_authors
from reviewer.parsing.pubapa import apa_head
from reviewer.parsing.pubchunks import chunks_of
from reviewer.parsing.pubfields import (
    GBT_TAG_RE,
    PREPRINT_RE,
    choose_kind,
    choose_title,
    choose_year,
    closed_by_venue,
    only_status,
    split_trailing_venue,
    status_stripped,
    venue_segment,
)
from reviewer.parsing.pubshape import author_start, split_comma_reference, whole_author_line
from reviewer.parsing.pubsplit import PATENT_RE, RawItem
from reviewer.parsing.pubstatus import publication_status
from reviewer.parsing.pubtext import strip_markup, years_in
from reviewer.parsing.venues import (
    inside_abbreviated_name,
    known_venue,
    looks_like_venue,
    short_venue,
    starts_like_venue,
    tag_venue,
)
from reviewer.profile import Publication

# Words after which a period does not end a sentence (initials and venue abbreviations).
_ABBREV_WORDS = (
    "proc conf trans int intl vol no pp jr sr dr prof st vs al ed eds univ dept assoc soc inst natl symp "
    "adv rev lett syst comput sci eng res mach learn intell phys appl math stat artif netw process inf "
    "technol mag jpn am eur j ph.d e.g i.e cf fig etc"
)
_ABBREV = set(_ABBREV_WORDS.split())
# A sentence may open with an accented capital or a Greek letter ("Δ-learning", "Ørsted", "α-helices").
_SENT_END_RE = re.compile(r"[.?!。]\s*(?=[A-Z0-9\"“'(\[¿¡À-ÖØ-ÞΑ-Ωα-ω\u3400-\u9fff]|(?i:arxiv|biorxiv|medrxiv)|in\s)")
ET_AL = Author("et al.")  # stands for the authors an "et al." leaves out
# "EP 4123456 A1", "CN115204356A", "ZL 2022 1 0843597.0", GB/T 7714's "[P]": patents, not papers
_PATENT_NUMBER_RE = re.compile(
    r"\b(?:EP|US|WO|CN|DE|JP)\s?\d[\d ,]{5,}\s?[AB]\d?\b|\b(?:US|U\.S\.|EP|European|Chinese)\s+Patent\s+(?:No\.?\s*)?\d|\b(?:ZL|CN)\s?\d{8,}(?:\.\d)?|\[P\]")


def _sentences(chunk: str) -> list[str]:
    """Cut at sentence ends, not at initials ("J. Xu") or abbreviations ("Proc. of")."""
    parts: list[str] = []
    start = 0
    # "Wang et al., Title" / "Wang et al. Title": the author list ends at "et al.".
    chunk = re.sub(r"\bet\s+al\.?,?\s+", "et al.\x00", chunk)
    for piece in chunk.split("\x00")[:-1]:
        parts.append(piece.strip())
        start += len(piece) + 1
    # "M. Okonkwo, R. Haddad. k-means for tides": a title may open in lower case after the author list.
    cut = _lowercase_title_start(chunk, start)
    if cut is not None:
        parts.append(chunk[start:cut].strip())
        start = cut
    for m in _SENT_END_RE.finditer(chunk, start):
        end = m.start()
        if chunk[end] == "." and m.end() == end + 1 and not chunk[end:].startswith(". ") :
            continue  # "arXiv:2101.03305", "5.1"
        if chunk[end] != "。" and m.end() == end + 1:
            continue  # no space after the period
        word = re.search(r"([\w.]+)$", chunk[start:end])
        w = word.group(1) if word else ""
        # "Bellamy JR." in a Vancouver list is a surname's initials, not "Jr.": the list ends there
        initials = bool(re.fullmatch(r"[A-Z]{2,3}", w) and re.search(r"[A-Za-zà-ÿ]\s+$", chunk[start:end - len(w)]))
        if chunk[end] == "." and (len(w) == 1 and w.isupper() or (w.lower() in _ABBREV and not initials)
                                  or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w)):
            continue
        if chunk[end] == "." and inside_abbreviated_name(chunk[start:end], chunk[end + 1:]):
            continue
        if starts_like_venue(chunk[start:end]) and re.search(r"\b(?:[A-Z][a-z]{1,6}\.\s){1,}", chunk[start:]):
            break  # "in Proc. IEEE Conf. Comput. Vis. Pattern Recognit." stays one venue
        parts.append(chunk[start:end + 1].strip())
        start = m.end()
    parts.append(chunk[start:].strip())
    return [p for p in parts if p]


# Lower-case words that go on an author list rather than open a title: "L. and K. Diaz", "J. de Vries".
_LIST_WORDS = r"(?:and|et|und|y|e|van|von|de|da|di|del|della|der|den|du|dos|das|le|la|ten|ter|bin|al|el)\b"
_LOWER_TITLE_START = re.compile(rf"\.\s+(?=[a-z¿¡])(?!{_LIST_WORDS})")


def _lowercase_title_start(chunk: str, start: int) -> int | None:
    """Where a title that opens in lower case begins, right after the author list:
    "M. Okonkwo, R. Haddad. k-means for tides" -> the index of "k"."""
    m = _LOWER_TITLE_START.search(chunk, start)
    if m and _is_name_list(chunk[start:m.start()]):
        return m.end()
    return None


def _is_name_list(text: str) -> bool:
    """Two or more authors, each with an initial or a given and a family name ("M. Okonkwo, R. Haddad")."""
    if not re.search(r"[,&;]|\band\b", text):
        return False
    authors = split_authors(text)
    return bool(authors) and len(authors) >= 2 and all(
        re.search(r"\b[A-Z]\.|\b[A-Z]{1,2}$|^[A-Z]{1,2}\b", a.name) or len(a.name.split()) >= 2 for a in authors)


def _split_quoted(segments: list[str]) -> list[str]:
    """A quoted title is a segment of its own: 'Authors. "Title." Venue 58.2' -> three parts."""
    out: list[str] = []
    for seg in segments:
        m = re.search(r"[\"“]([^\"“”]{8,})[\"”]|(?:^|(?<=\s))['‘]([^'‘’]{8,}?)['’](?=[,.;:]|\s|$)", seg)
        if not m:
            out.append(seg)
            continue
        pieces = [seg[: m.start()], m.group(1) or m.group(2), seg[m.end():]]
        out += [p.strip(" ,.;") for p in pieces if p.strip(" ,.;")]
    return out


def _without_coauthor_note(segments: list[str]) -> list[str]:
    """Economics lists coauthors after the title instead of an author line:
    '"Title" (with A. Coauthor and B. Coauthor), Journal Name, 2024, 88: 1-20'.
    The note names no order, so it is dropped; the journal before the year
    becomes a segment of its own."""
    out: list[str] = []
    for seg in segments:
        m = re.match(r"\(\s*(?:joint\s+)?with\s+[^()]{2,120}\)[\s,.;]*", seg, re.I)
        if not m:
            out.append(seg)
            continue
        rest = seg[m.end():]
        v = re.match(r"([A-Z][^,;]{2,}?)[,;]\s*((?:19|20)\d\d\b.*)$", rest)
        out += [v.group(1), v.group(2)] if v else ([rest] if rest.strip(" ,.;") else [])
    return out


def _split_spans(segments: list[str], spans: list[str]) -> list[str]:
    """An italic or bold title is a part of its own: "_Title_, A. Author, B. Author. In Proc. ..."."""
    out: list[str] = []
    for seg in segments:
        span = next((t for t in spans if t in seg and t != seg.strip(" ,.;")), None)
        if span is None:
            out.append(seg)
            continue
        before, _, after = seg.partition(span)
        out += [p for p in (before.strip(" ,.;"), span, after.strip(" ,.;")) if p]
    return out


def _is_quoted(piece: str, chunk: str) -> bool:
    return any(f"{q}{piece}" in chunk for q in ("\"", "“", "'", "‘"))


def _split_after_surname_initial(seg: str, bold: list[str]) -> list[str]:
    """"Lena Park, Kai E. Sparse Mixtures ..." -> authors, title (a one-letter family name)."""
    # Also "Hartmann, L., Oyelaran, T.: Title" (LNCS) and "Authors, 2021: Title".
    for m in re.finditer(r"(?<=\s)[A-Z]\.\s+(?=[A-Z\"“'‘])|(?<=[\w.])\s*:\s+(?=[A-Z\"“'‘])|\s\((?:19|20)\d\d[a-z]?\)[.,:]?\s+", seg):
        head, tail = seg[: m.start() + (1 if seg[m.start()] == "." or seg[m.start()].isalpha() else 0)], seg[m.end():]
        head = head.rstrip(" :")
        authors = split_authors(head, bold)
        if ":" in m.group(0) and not re.search(r",|\b[A-Z]\.", head):
            continue  # "Ferry Subsidies and Island Markets: Evidence ...": a title with a subtitle
        if authors and len(authors) >= 2 and not split_authors(tail.split(". ")[0], bold):
            return [head, tail]
    return [seg]


def _is_author_segment(seg: str, bold: list[str]) -> list[Author] | None:
    s = re.sub(r"\s*\((?:19|20)\d\d[a-z]?\)\.?$|\s*\((?:in press|forthcoming)\)\.?$", "", seg.strip(), flags=re.I)
    s = re.sub(r"\s*\((?:citations?|cited)[^)]*\)", "", s, flags=re.I)
    s = re.sub(r"\s+(?:19|20)\d\d$", "", s)
    authors = split_authors(s, bold)
    if not authors:
        return None
    if len(authors) == 1:
        name = s
        if re.search(r"\bet\s+al\.?$", s):
            return authors
        bold_name = authors[0].bold and len(authors[0].name.split()) <= 3
        if not ("," in name or re.search(r"\b[A-Z]\.", name) or re.search(r"[\u3400-\u9fff]", name) or bold_name):
            return None
    return authors


# Harvard (as Google Scholar exports it): "Surname, A.B., Surname, C. and Surname, D., 2024, September. Title."
_HARVARD_RE = re.compile(
    r"^(?P<authors>.{3,400}?\.?[*†‡]?),\s*(?P<year>(?:19|20)\d\d[a-z]?)"
    r"(?:,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?)?\.\s+(?=\S)", re.I)


def _harvard_as_apa(text: str) -> str:
    """Rewrite the Harvard head "Authors, 2024, September. " as APA's "Authors (2024). ",
    which the reader already cuts at the author list's end."""
    m = _HARVARD_RE.match(text)
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


def parse_item(item: RawItem, candidate: CandidateName | None = None) -> tuple[Publication | None, list[Author]]:
    chunks, marked, label, plain_after_bold = chunks_of(item)
    if chunks:
        chunks[0] = apa_head(_harvard_as_apa(chunks[0]))
    venue_lines = {chunks[n] for n in plain_after_bold}
    full = marked.text
    if PATENT_RE.match(full) or _PATENT_NUMBER_RE.search(full):
        return None, []  # a patent is not a publication
    if len(full) < 12 or not re.search(r"[A-Za-z\u3400-\u9fff]{3}", full):
        return None, []
    if not author_start(full):
        bare = _authorless_with_venue_tail(full, item)
        if bare is not None:
            return bare, []
    segments: list[str] = []
    quoted = set()
    spans = [t for t in marked.italic + marked.bold if len(t.split()) >= 3 and not split_authors(t)]
    for chunk in chunks:
        for piece in _split_quoted(_split_spans([chunk], spans)):
            if piece in spans or piece in marked.quoted or (piece not in chunk.split() and len(_split_quoted([chunk])) > 1 and _is_quoted(piece, chunk)):
                segments.append(piece)  # a quoted title is never cut at its inner periods
                quoted.add(piece)
                continue
            whole = split_comma_reference(piece)
            if whole and not re.search(r"[.?!]\s", whole[1]):
                # a comma-cut reference is cut at its commas only: its full stops belong to
                # "et al." and journal abbreviations ("J. Phys.: Condens. Matter 33, 2 (2021)");
                # a title holding a sentence end means the list was cut at a full stop instead
                segments += whole
                continue
            for seg in _sentences(piece):
                comma = split_comma_reference(seg)
                if comma:
                    segments += comma
                elif _is_author_segment(seg, marked.bold):
                    segments.append(seg)
                else:
                    segments += _split_after_surname_initial(seg, marked.bold)
    # GB/T 7714: "标题[C]//会议名. 2022" -- the tag ends the title, "//" opens the venue.
    gbt: list[str] = []
    for seg in segments:
        m = GBT_TAG_RE.search(seg)
        if m and seg[m.end():].strip(" ./"):
            gbt += [seg[: m.end()], seg[m.end():].strip(" ./")]
        else:
            gbt.append(seg)
    segments = _without_coauthor_note(gbt)
    kinds: list[str] = []
    seg_authors: dict[int, list[Author]] = {}
    for n, seg in enumerate(segments):
        # quotation marks set off a title, never an author list ("Flood Maps and House Prices")
        authors = None if seg in quoted and len(seg.split()) >= 3 else _is_author_segment(seg, marked.bold)
        if authors is None and candidate is not None:
            # The candidate as sole author: "Wei-Lin Sato. Title. Venue 2023."
            single = split_authors(re.sub(r"\s*\((?:19|20)\d\d[a-z]?\)\.?$", "", seg))
            if single and len(single) == 1 and candidate.matches(single[0].name):
                authors = single
        if authors:
            kinds.append("authors")
            seg_authors[n] = authors
        elif re.fullmatch(r"\(?(?:(?:19|20)\d\d[a-z]?|in press|forthcoming|n\.d\.)\)?\.?", seg.strip(), re.I):
            kinds.append("year")
        elif GBT_TAG_RE.search(seg):
            kinds.append("title")
        elif looks_like_venue(seg) or (years_in(seg) and len(seg.split()) <= (5 if known_venue(seg) else 3)):
            kinds.append("venue")
        else:
            kinds.append("text")
    # The first plain segment under a bold title, before the author list, is the venue line.
    first_authors = next((n for n, k in enumerate(kinds) if k == "authors"), len(kinds))
    for n, seg in enumerate(segments):
        if 0 < n < first_authors and kinds[n] == "text" and any(v.startswith(seg) for v in venue_lines):
            kinds[n] = "venue"
            break
    # A lone "name" right before a real author list is a short title ("Quiet Layers").
    for n in range(len(kinds) - 1):
        lone = kinds[n] == kinds[n + 1] == "authors" and len(seg_authors[n]) == 1 and len(seg_authors[n + 1]) >= 2
        if lone and not (candidate and candidate.matches(seg_authors[n][0].name)) and not segments[n].rstrip().endswith(","):
            kinds[n] = "text"
            del seg_authors[n]
    a_idx = next((n for n, k in enumerate(kinds) if k == "authors"), None)
    authors = seg_authors.get(a_idx, []) if a_idx is not None else []
    # An author list wrapped over two segments ("..., Neil" / "Shah, ...") joins up.
    if a_idx is not None:
        for n in range(a_idx + 1, len(kinds)):
            if kinds[n] != "authors":
                break
            authors = authors + seg_authors[n]
        if re.search(r"\bet\s+al\b", segments[a_idx]):
            authors = [*authors, ET_AL]  # more authors follow: the last one listed is not last

    title, title_idx = choose_title(segments, kinds, a_idx, marked)
    venue_seg, venue_idx = venue_segment(segments, kinds, title_idx, a_idx)
    venue: str | None = None
    kind: str | None = None
    tail_venue = None
    if title:
        title, tail_venue = split_trailing_venue(title)
    if tail_venue and (venue_idx is None or kinds[venue_idx] == "text"):
        venue_seg, venue_idx = None, None
    if label and tag_venue(label)[0]:
        venue, kind = tag_venue(label)
    elif label and known_venue(label):
        venue, kind = short_venue(label)
    elif label and re.fullmatch(r"[A-Z][A-Za-z&-]{1,11}", label):
        venue = label  # "[TGRS] Title": the tag is the venue's acronym
    elif venue_seg and not only_status(venue_seg):
        venue, kind = short_venue(status_stripped(venue_seg))
    elif tail_venue:
        venue, kind = short_venue(tail_venue)
    if venue and PREPRINT_RE.search(venue) and not known_venue(venue):
        venue = "arXiv" if re.search(r"arxiv", venue, re.I) else venue
    year = choose_year(full, label, venue_seg, tail_venue, segments, kinds) or item.year_hint
    kind = choose_kind(full, venue, kind, item.kind_hint)
    if kind == "in_preparation" and venue_seg and only_status(venue_seg):
        venue = None
    if not title and not (authors and venue):
        return None, []  # a name list with nothing else (a patent's inventors, a wrapped line)
    # a title set in bold on its own ("Job Market Paper" then the paper's title) is a paper too
    bold_title = bool(title) and all(ln.bold and not ln.heading for ln in item.lines) and len(title.split()) >= 4
    if not (authors or venue or year or kind == "in_preparation" or label or title in quoted or bold_title):
        return None, []  # a line of prose ("Full list on Google Scholar"), not a reference
    if title:
        title = title.strip(" .,;:\"“”'")
        title = GBT_TAG_RE.sub("", title).strip(" .")
    status = publication_status(full, venue, year, item.status_hint)
    if status == "preprint" and kind is None:
        kind = "preprint"
    pub = Publication(
        title=title or None,
        authors=[a.name for a in authors],  # "et al." kept: a group paper must not look single-authored
        venue=venue,
        year=year,
        kind=kind,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8 if title and (venue or year) else 0.5),
    )
    return pub, authors
