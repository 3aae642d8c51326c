"""A reference's parts cut into segments, the units reviewer.parsing.pubitem classifies.

Segments end at sentence ends (not at initials, "et al." or journal
abbreviations), around quoted or emphasised titles, at the commas of a
comma-cut (AMS) reference, and where an author list meets a title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reviewer.parsing.authors import Author, split_authors
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubfields import GBT_TAG_RE
from reviewer.parsing.pubshape import split_comma_reference
from reviewer.parsing.pubstatus import BRACKETED_STATUS, YEAR_SLOT_STATUS
from reviewer.parsing.pubtext import Marked
from reviewer.parsing.venues import inside_abbreviated_name, starts_like_venue


@dataclass
class Segments:
    """The segments in reading order, and those that were a quoted or emphasised title."""

    parts: list[str]
    quoted: set[str]


# Words after which a period does not end a sentence (initials and venue abbreviations).
_ABBREV_WORDS = (
    "proc conf trans int intl vol no pp jr sr dr prof st vs al ed eds univ dept assoc soc inst natl symp "
    "adv rev lett syst comput sci eng res mach learn intell phys appl math stat artif netw process inf "
    "technol mag jpn am eur j ph.d e.g i.e cf fig etc"
)
_ABBREV = set(_ABBREV_WORDS.split())
# A sentence may open with an accented capital or a Greek letter ("Δ-learning", "Ørsted", "α-helices").
# a sentence may open with a name styled in camel case: "eLife", "iScience", "eNeuro", "mBio"
# (or with a status printed in lower case: "… policies. under review at IEEE TKDE.")
_SENT_END_RE = re.compile(r"[.?!。]\s*(?=[A-Z0-9\"“'(\[¿¡À-ÖØ-ÞΑ-Ωα-ω\u3400-\u9fff]|(?i:arxiv|biorxiv|medrxiv)|in\s"
                          r"|[a-z]{1,3}[A-Z][a-z]{2,}\b|(?:under review|under submission|submitted to|accepted (?:at|to|by|in)|"
                          r"to appear)\b)")
# (a collaboration's name after it goes with it: "G. Aad et al. (ATLAS Collaboration), Title")
_ET_AL_CUT = re.compile(r"\bet\s+al\.?,?\s+(?:\([^()]{0,60}\bcollaboration\)[.,]?\s*)?", re.I)
_LAST_WORD = re.compile(r"([\w.]+)$")
_CAPITALS = re.compile(r"[A-Z]{2,3}")
_LETTER_THEN_SPACE = re.compile(r"[A-Za-zà-ÿ]\s+$")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# a whole Vancouver (NLM) author list: "Quill DM, Osei H, Brand T" (two names or more)
_NLM_NAME = r"[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)*\s[A-Z]{1,3}"
_NLM_LIST = re.compile(rf"\s*{_NLM_NAME}(?:,\s{_NLM_NAME})+")
_ABBREVIATED_WORDS = re.compile(r"\b(?:[A-Z][a-z]{1,6}\.\s){1,}")


def _sentences(chunk: str) -> list[str]:
    """Cut at sentence ends, not at initials ("J. Xu") or abbreviations ("Proc. of")."""
    parts: list[str] = []
    start = 0
    # "Wang et al., Title" / "Wang et al. Title": the author list ends at "et al.".
    chunk = _ET_AL_CUT.sub("et al.\x00", chunk)
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
        if chunk[end] == "." and m.end() == end + 1 and not chunk.startswith(". ", end):
            continue  # "arXiv:2101.03305", "5.1"
        if chunk[end] != "。" and m.end() == end + 1:
            continue  # no space after the period
        w = _last_word(chunk, start, end)
        # "Bellamy JR." in a Vancouver list is a surname's initials, not "Jr.": the list ends there
        initials = bool(_CAPITALS.fullmatch(w) and _LETTER_THEN_SPACE.search(chunk[start:end - len(w)]))
        # ("…, Grimaldi E, Fenwick V. Title": a one-letter initial closing a Vancouver list ends it)
        if len(w) == 1 and w.isupper() and _NLM_LIST.fullmatch(chunk, start, end):
            initials = True
        if chunk[end] == "." and (len(w) == 1 and w.isupper() and not initials or (w.lower() in _ABBREV and not initials)
                                  or _DOTTED_INITIALS.fullmatch(w)) and not chunk[:end].endswith("R&R"):
            continue  # (an initial; but "…, R&R. Title": revise-and-resubmit ends the author list)
        if chunk[end] == "." and inside_abbreviated_name(chunk[start:end], chunk[end + 1:]):
            continue
        if starts_like_venue(chunk[start:end]) and _ABBREVIATED_WORDS.search(chunk[start:]):
            break  # "in Proc. IEEE Conf. Comput. Vis. Pattern Recognit." stays one venue
        parts.append(chunk[start:end + 1].strip())
        start = m.end()
    parts.append(chunk[start:].strip())
    return [p for p in parts if p]


def _last_word(chunk: str, start: int, end: int) -> str:
    """The run of word characters and periods that ends at `end` (not before `start`): what
    _LAST_WORD.search(chunk, start, end) finds, read back from the end instead of tried at
    every position of the sentence so far (which made long lists of initials quadratic)."""
    if end > start and chunk[end - 1] == "\n":  # "$" also matches before a final newline
        word = _LAST_WORD.search(chunk, start, end)
        return word.group(1) if word else ""
    k = end
    while k > start and (chunk[k - 1].isalnum() or chunk[k - 1] in "._"):  # [\w.], char by char
        k -= 1
    return chunk[k:end]


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
    if not authors or len(authors) < 2:
        return False
    return all(
        re.search(r"\b[A-Z]\.|\b[A-Z]{1,2}$|^[A-Z]{1,2}\b", a.name) or len(a.name.split()) >= 2 for a in authors)


# "《标题》，发表于《期刊》": Chinese title marks around the paper, then around the journal
# it appeared in (the verb says which one is the venue)
_BOOK_TITLES = re.compile(r"《([^《》]{2,})》(?:\s*[,，;；]?\s*(?:发表于|发表在|刊于|刊登于|载于|收录于|见)\s*《([^《》]{2,})》)?")
_QUOTED_RE = re.compile(r"[\"“]([^\"“”]{8,})[\"”]|(?:^|(?<=\s))['‘]([^'‘’]{8,}?)['’](?=[,.;:]|\s|$)")
_OPENING_QUOTES = ("\"", "“", "'", "‘")


def _split_quoted(segments: list[str]) -> list[str]:
    """A quoted title is a segment of its own: 'Authors. "Title." Venue 58.2' -> three parts."""
    out: list[str] = []
    for seg in segments:
        b = _BOOK_TITLES.search(seg) if "《" in seg else None
        if b and b.group(2):
            pieces = [seg[: b.start()], b.group(1), f"In {b.group(2)}", seg[b.end():]]
            out += [p.strip(" ,.;，；") for p in pieces if p.strip(" ,.;，；")]
            continue
        # most segments hold no quotation mark: a substring test spares them the regex
        m = _QUOTED_RE.search(seg) if any(q in seg for q in _OPENING_QUOTES) else None
        if not m:
            out.append(seg)
            continue
        pieces = [seg[: m.start()], m.group(1) or m.group(2), seg[m.end():]]
        out += [p.strip(" ,.;") for p in pieces if p.strip(" ,.;")]
    return out


_YEAR_LABEL = re.compile(r"((?:19|20)\d\d)[a-z]?\.?\s+(?=\()")
_COAUTHOR_NOTE = re.compile(r"\(\s*(?:joint\s+)?with\s+[^()]{2,120}\)[\s,.;]*", re.I)


def _without_coauthor_note(segments: list[str]) -> list[str]:
    """Economics lists coauthors after the title instead of an author line:
    '"Title" (with A. Coauthor and B. Coauthor), Journal Name, 2024, 88: 1-20'.
    The note names no order, so it is dropped; the journal before the year
    becomes a segment of its own."""
    out: list[str] = []
    for seg in segments:
        # (biblatex-publist: "2025a (with A and B). Title": the year's label, then the note)
        label = _YEAR_LABEL.match(seg) if seg[:1] in "12" else None
        body = seg[label.end():] if label else seg
        m = _COAUTHOR_NOTE.match(body) if body.startswith("(") else None  # the note opens the segment
        if not m:
            out.append(seg)
            continue
        if label:
            out.append(label.group(1))
        rest = body[m.end():]
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


_AUTHORS_END = with_opening(re.compile(r"(?<=\s)[A-Z]\.[*†‡#]*\s+(?=[A-Z\"“'‘])|(?<=[\w.])\s*:\s+(?=[A-Z\"“'‘])|\s\((?:19|20)\d\d[a-z]?\)[.,:]?\s+"))
_MARKED_INITIAL = re.compile(r"[A-Z]\.[*†‡#]+")
_COMMA_OR_INITIAL = re.compile(r",|\b[A-Z]\.")


def _split_after_surname_initial(seg: str, bold: list[str]) -> list[str]:
    """"Lena Park, Kai E. Sparse Mixtures ..." -> authors, title (a one-letter family name)."""
    # Also "Hartmann, L., Oyelaran, T.: Title" (LNCS) and "Authors, 2021: Title".
    # (ACS: "Adler, J.; Quill, T.* Title": a mark after the last initial, then the title)
    for m in _AUTHORS_END.finditer(seg):
        marked = _MARKED_INITIAL.match(m.group(0))
        cut = m.start() + (len(marked.group(0)) if marked else 1 if seg[m.start()] == "." or seg[m.start()].isalpha() else 0)
        head, tail = seg[:cut], seg[m.end():]
        head = head.rstrip(" :")
        authors = split_authors(head, bold)
        if ":" in m.group(0) and not _COMMA_OR_INITIAL.search(head):
            continue  # "Ferry Subsidies and Island Markets: Evidence ...": a title with a subtitle
        # (one author and "et al." is a list too: "Quill, A. et al.: Title, …")
        if authors and (len(authors) >= 2 or _ET_AL_END.search(head)) and not split_authors(tail.split(". ")[0], bold):
            return [head, tail]
    return [seg]


# (the leading lookahead names the characters a match can start with: the engine skips every
# other position at once instead of trying each alternative there; the matches are the same)
_YEAR_OR_STATUS_TAIL = re.compile(rf"(?=[\s(])(?:\s*\((?:19|20)\d\d[a-z]?\)\.?$|\s*\((?:{BRACKETED_STATUS})\)\.?$)", re.I)
_CITATIONS_NOTE = re.compile(r"\s*\((?:citations?|cited)[^)]*\)", re.I)
# "…, Quill D 2019"; "…, Deshpande, A.V. 2023." (agronomy: the year, then a full stop, after the last initials)
_BARE_YEAR_TAIL = with_opening(re.compile(r"\s+(?:19|20)\d\d$|(?<=[A-Z]\.)\s+(?:19|20)\d\d[a-z]?\.$"))
_HARVARD_NAME = re.compile(r"[A-Z][\w'’-]+,\s*[A-Z]\.")  # "Quill, D."
# Harvard's year slot holding a status: "Quill, D. and Osei, H., forthcoming"
_STATUS_FOR_YEAR = re.compile(rf"(?i),\s*(?:{YEAR_SLOT_STATUS})\.?$")
_ET_AL_END = re.compile(r"\bet\s+al\.?$")
_INITIAL = re.compile(r"\b[A-Z]\.")
_CJK = re.compile(r"[\u3400-\u9fff]")


_GROUP_AUTHOR = re.compile(r"(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}\s+(?:Investigators|Collaboration|Consortium|"
                           r"(?:Study|Working|Writing|Trial)\s+Group|Trialists|Writing\s+Committee)\.?", re.I)


# "Quill D, Osei HM, et al; for the X Investigators (Quill D, 8 of 14 authors)": the group the
# named authors write for, after the list
_FOR_THE_GROUP = re.compile(r";\s*(?:for|on behalf of)\s+(?:the\s+)?[^;]*?(?:Investigators|Consortium|Group|"
                            r"Collaborat\w*|Trialists|Committee|Network)\b.*$", re.I)


def is_author_segment(seg: str, bold: list[str]) -> list[Author] | None:
    found = _author_segment(seg, tuple(bold))
    return list(found) if found is not None else None  # a fresh list: callers may extend it


# A segment is asked about when its piece is cut and again when it is classified (and the
# reading is repeated once the candidate is known): the answer is pure in the text and bold spans.
@lru_cache(maxsize=8192)
def _author_segment(seg: str, bold: tuple[str, ...]) -> tuple[Author, ...] | None:
    s = _YEAR_OR_STATUS_TAIL.sub("", seg.strip())
    if "(" in s:
        s = _CITATIONS_NOTE.sub("", s)
    s = _BARE_YEAR_TAIL.sub("", s)
    if ";" in s:
        s = _FOR_THE_GROUP.sub("", s)
    if _HARVARD_NAME.match(s):
        s = _STATUS_FOR_YEAR.sub("", s)
    if _GROUP_AUTHOR.fullmatch(s):
        return (Author(s.rstrip(".")),)  # "ALBA-CT Investigators.": a trial group signs the paper
    authors = split_authors(s, list(bold))
    if not authors:
        return None
    if len(authors) == 1:
        name = s
        if _ET_AL_END.search(s):
            return tuple(authors)
        bold_name = authors[0].bold and len(authors[0].name.split()) <= 3
        if not ("," in name or _INITIAL.search(name) or _CJK.search(name) or bold_name):
            return None
    return tuple(authors)


def cut_segments(chunks: list[str], marked: Marked) -> Segments:
    """A reference's parts cut into segments: quoted and emphasised titles whole, comma-cut
    references at their commas, everything else at sentence ends; then GB/T 7714's
    "[C]//" and an economics coauthor note taken apart."""
    segments: list[str] = []
    quoted: set[str] = set()
    spans = [t for t in marked.italic + marked.bold if len(t.split()) >= 3 and not split_authors(t)]
    for chunk in chunks:
        for piece in _split_quoted(_split_spans([chunk], spans)):
            if piece in spans or piece in marked.quoted or (piece not in chunk.split() and len(_split_quoted([chunk])) > 1 and _is_quoted(piece, chunk)):
                segments.append(piece)  # a quoted title is never cut at its inner periods
                quoted.add(piece)
                continue
            segments += _cut_piece(piece, marked.bold)
    return Segments(_without_coauthor_note(_split_gbt(segments)), quoted)


def _cut_piece(piece: str, bold: list[str]) -> list[str]:
    whole = split_comma_reference(piece)
    if whole and not re.search(r"[.?!]\s", whole[1]):
        # a comma-cut reference is cut at its commas only: its full stops belong to
        # "et al." and journal abbreviations ("J. Phys.: Condens. Matter 33, 2 (2021)");
        # a title holding a sentence end means the list was cut at a full stop instead
        return whole
    out: list[str] = []
    for seg in _sentences(piece):
        comma = split_comma_reference(seg)
        if comma:
            out += comma
        elif is_author_segment(seg, bold) and not _MARK_THEN_TITLE.search(seg):
            out.append(seg)
        elif (head := _authors_before_marked_title(seg, bold)) is not None:
            out += [head, seg[len(head):].strip()]
        else:
            out += _split_after_surname_initial(seg, bold)
    return out


def _authors_before_marked_title(seg: str, bold: list[str]) -> str | None:
    """"…; Whitford, A. L.#; Varnum, H.* Title …": the marked last initial ends the author list."""
    title_at = _MARK_THEN_TITLE.search(seg)
    mark = _MARKED_INITIAL.match(seg, title_at.start()) if title_at else None
    if mark is None:
        return None
    head = seg[:mark.end()]
    return head if is_author_segment(head, bold) else None


# "…, T.* Kinetic isotope effects": a marked last initial, then a capitalised word: the title begins
# (also "Nickel-catalysed paired …", "A bench-stable …", "Photoredox α-amino …")
_MARK_THEN_TITLE = re.compile(r"\b[A-Z]\.[*†‡#]+\s+[A-Z][a-z]*(?:-\w+)*\s+[a-zα-ω]")


def _split_gbt(segments: list[str]) -> list[str]:
    """GB/T 7714: "标题[C]//会议名. 2022" -- the tag ends the title, "//" opens the venue."""
    out: list[str] = []
    for seg in segments:
        m = GBT_TAG_RE.search(seg)
        if m and seg[m.end():].strip(" ./"):
            out += [seg[: m.end()], seg[m.end():].strip(" ./")]
        else:
            out.append(seg)
    return out
