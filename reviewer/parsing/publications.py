"""Publications: from the body lines of a publications section to Publication records.

`parse_publications(lines, candidate_name)` splits the section into
references (reviewer.parsing.pubsplit), reads each one (reviewer.parsing.pubitem:
authors, title, venue, year, kind) and places the candidate in its author list
(first, equal first, last, other), matching the name in its printed variants.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.authors import Author, CandidateName, author_key, most_frequent_author
from reviewer.parsing.cjknames import family_romanisations
from reviewer.parsing.lines import Line
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.pubheads import CATEGORY_RE, kind_from_heading
from reviewer.parsing.pubitem import parse_item
from reviewer.parsing.publayout import split_list
from reviewer.parsing.pubnotes import note_marks
from reviewer.parsing.puborcid import orcid_works
from reviewer.parsing.pubpure import pure_outputs
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import status_from_text
from reviewer.profile import Publication


def parse_publications(lines: list[Line], candidate_name: str | None, heading: str | None = None) -> list[Publication]:
    """Read the references in a publications section body (headings excluded). The heading
    may carry the legend of the marks: "Publications (* corresponding author, † equal contribution)"."""
    cand = CandidateName.parse(candidate_name) if candidate_name else None
    # a list mark printed on a row of its own (LaTeX's curve class sets "•" above the first
    # "[1] …") marks nothing: read as a bullet it would join the numbered items into one
    lines = _authors_below(pure_outputs(orcid_works([ln for ln in lines if not _LONE_MARK.fullmatch(ln.text)])))
    lines = _kind_beside_first_item(lines)
    split = split_list(lines, cand.matches if cand else None)
    # A section headed by a status ("Submitted Manuscripts", "Working Papers", "Preprints") gives
    # its items that status; a mixed heading ("Publications and Preprints") does not.
    head_status = status_from_text(heading) if heading and not re.search(
        r"(?i)publications?|published|\band\b|&|/|发表|和|与|及", heading) else None
    if head_status:
        for item in split.items:
            item.status_hint = item.status_hint or head_status
    legend = note_marks(heading) if heading else None
    if legend:
        equal, other = legend
        split.equal_marks = (split.equal_marks | equal) - (other - equal)
    parsed = _read(split.items, cand)
    guess = None
    if cand is None and not any(a.bold for _, authors, _ in parsed for a in authors):
        # No name: the author printed most often is the CV's owner; read again
        # so that references where they are the sole author are recognised.
        texts = [" ".join(line.text for line in item.lines) for item in split.items]
        name = most_frequent_author([authors for _, authors, _ in parsed if authors], texts)
        guess = CandidateName.parse(name) if name else None
        if guess is not None:
            parsed = _read(split.items, guess)
    elif cand is not None:
        guess = _other_script_form(parsed, cand, split.items)
    _place_candidate(parsed, cand or guess, split.equal_marks, guess if cand is not None else None)
    return [p for p, _, _ in parsed]


# "Journal Papers [J1] Y. Zhou, …": a sub-heading set in a label column beside its first item
_KIND_THEN_LABEL = re.compile(r"^(?P<kind>[A-Z][A-Za-z&/ -]{2,40}?|[\u4e00-\u9fff/、]{2,10})\s*"
                              r"(?P<item>[\[［][A-Z]{0,3}\d{1,3}[\]］]\s*\S.*)$")


def _kind_beside_first_item(lines: list[Line]) -> list[Line]:
    """Each line opening with a kind of papers ("Journal Papers", "期刊论文", "在投/待投") and
    then a bracketed item label, as two lines."""
    out: list[Line] = []
    for ln in lines:
        m = _KIND_THEN_LABEL.match(ln.text)
        kind = m.group("kind").strip() if m else ""
        if m and (CATEGORY_RE.match(kind) or status_from_text(kind) or kind_from_heading(kind)):
            out += [replace(ln, text=kind), replace(ln, text=m.group("item"))]
        else:
            out.append(ln)
    return out


_LONE_MARK = re.compile(r"\s*[•◦▪▸►‣∙·\-–*∗]\s*")  # (∗: a legend's mark set above its words)
_BOLD_TITLE_DASH = re.compile(
    r"^(?P<lead>\s*[-•*+]\s+)(?:\*\*)?(?P<title>.+?)(?:\*\*)?\s+[-–—]\s+(?P<rest>[^-–—]*\b(?:19|20)\d\d\b.*)$")
_AUTHORS_LABEL = re.compile(r"(?i)^\s*(?:authors?|co-?authors?|作者)\s*[:：]\s*(?P<authors>\S.*)$")


def _authors_below(lines: list[Line]) -> list[Line]:
    """LinkedIn-like lists: "- Title - Venue, 2021." with "Authors: A, B." on the next line,
    rewritten as one reference in the usual order ("A, B. Title. Venue, 2021.")."""
    out: list[Line] = []
    for line in lines:
        names = _AUTHORS_LABEL.match(line.text)
        head = _BOLD_TITLE_DASH.match(out[-1].text) if names and out else None
        if names and head:
            out[-1] = replace(out[-1], text=f"{head.group('lead')}{names.group('authors').rstrip(' .')}. "
                                             f"{head.group('title').rstrip('.')}. {head.group('rest')}")
            continue
        out.append(line)
    return out


_NOT_LETTERS = re.compile(r"[\W_]+")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def _title_key(title: str | None) -> str | None:
    """A title's letters, for telling the same paper printed twice; None for a title too short to tell."""
    key = _NOT_LETTERS.sub("", (title or "").casefold())
    cjk = len(_CJK_CHAR.findall(key))
    return key if len(key) >= 20 or cjk >= 8 else None


def without_repeats(pubs: list[Publication]) -> list[Publication]:
    """The publications less those whose title was already listed.

    A bilingual CV prints its list twice (under "Publications" and "发表论文"), and a
    CV may list a paper under "Selected" and again under "All": one paper, counted once.
    """
    seen: set[str] = set()
    out: list[Publication] = []
    for pub in pubs:
        key = _title_key(pub.title)
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        out.append(pub)
    return out


_NOT_WORDS = re.compile(r"\W+")


def _read(items: list[RawItem], cand: CandidateName | None) -> list[tuple[Publication, list[Author], RawItem]]:
    parsed: list[tuple[Publication, list[Author], RawItem]] = []
    seen: set[str] = set()
    for item in items:
        pub, authors = parse_item(item, cand)
        if pub is None:
            continue
        key = _NOT_WORDS.sub("", (pub.title or "") + "|" + ",".join(a.name for a in authors)).lower()
        if pub.title and key in seen:
            continue  # the same reference printed twice (tables, bilingual CVs)
        seen.add(key)
        parsed.append((pub, authors, item))
    return parsed


# ---- the candidate's place -----------------------------------------------


_HAN = re.compile(r"[\u3400-\u9fff]")


def _other_script_form(
    parsed: list[tuple[Publication, list[Author], RawItem]], cand: CandidateName, items: list[RawItem]
) -> CandidateName | None:
    """The candidate's name as printed in references the given name never matches.

    A CV headed "林晓雨" lists English papers under "Xiaoyu Lin"; a CV whose
    owner goes by a nickname lists papers under the legal name. When the given
    name matches no author of those references, the author printed most often
    among them stands in for it.
    """
    hits = [any(cand.matches(a.name) for a in authors) for _, authors, _ in parsed]  # asked once per reference
    unmatched = [authors for (_, authors, _), hit in zip(parsed, hits, strict=True) if authors and not hit]
    matched = sum(hits)
    cjk_only = not cand.tokens and not any(o.tokens for o in cand.others)
    if not unmatched or (matched and not cjk_only):
        return None
    if cjk_only:
        unmatched = [a for a in unmatched if not any(_HAN.search(x.name) for x in a)]
        # "邓思远" is printed "Siyuan Deng" or "Deng Siyuan": the romanised family name
        # tells the owner from a co-author printed as often.
        family = family_romanisations(cand.cjk or "")
        kin = [[a for a in authors if _family_of(a.name) & family] for authors in unmatched]
        kin = [k for k in kin if k]
        if kin:
            name = most_frequent_author(kin) if len({author_key(a.name) for k in kin for a in k}) > 1 else kin[0][0].name
            if name:
                return CandidateName.parse(name)
    if len(unmatched) < 2:
        return None
    texts = [" ".join(line.text for line in item.lines) for item in items]
    name = most_frequent_author(unmatched, texts)
    return CandidateName.parse(name) if name else None


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def _family_of(printed: str) -> set[str]:
    """The words that may be a Latin-printed name's family name: its last and first ("Deng Siyuan")."""
    words = [w.strip(".,*").lower() for w in _LATIN_WORD.findall(printed)]
    words = [w for w in words if len(w) > 1]
    return {words[0], words[-1]} if words else set()


_POSITION_WORDS = re.compile(r"(?i)first|equal|joint|second|third|fourth|fifth|一作|二作|三作|第[一二三四五]|并列")
# a case-free literal scan before the case-blind one (shortest=1: the "第" of "第二作者" is one
# character, and with a longer minimum there were no needles and the slow scan ran on every reference)
_POSITION_NEEDLES = needles(_POSITION_WORDS, shortest=1)
# (asked only whether it matches: a "(" and up to 30 characters before the words, which the engine
# tried at every position, 0.2 ms a reference, change no answer and are left out)
_CO_FIRST_RE = re.compile(r"\t\s*(?:一作|第一作者|first[- ]author)|\b(?:co-?first|joint first|equal(?:ly)? contribut\w*)\b[^()]{0,10}author|共同(?:第一|一)作|共同第一作者|并列第一", re.I)
_FIRST_RE = re.compile(r"\t\s*(?:一作|第一作者|first[- ]author)|[(（\[,，;；]\s*(?:first[- ]author(?:ed)?|第一作者|一作)\s*(?:[)）\],，;；]|[.。]?$)|[(（\[]\s*[^()（）]{0,20}[,，;；]\s*(?:first[- ]author|第一作者|一作)\s*[)）\]]", re.I)


# "(second author)", "，第二作者", "(三作)": the CV states a place other than first
_NTH_RE = re.compile(r"(?i)(?:^|[(（\[,，;；\t.]|\s)\s*(?:(?:second|third|fourth|fifth)[- ]author|第[二三四五]作者|[二三四五]作)"
                     r"\s*(?:[)）\],，;；.。]|$)")


def _stated_position(text: str) -> str | None:
    """An annotation on the reference itself: "(first author)", "(CCF-A, 第一作者)", "(co-first author)",
    "(second author)"."""
    if not may_match(_POSITION_NEEDLES, text, folded(text)) or not _POSITION_WORDS.search(text):
        return None  # the patterns below backtrack over every parenthesis; most references name no position
    if _CO_FIRST_RE.search(text):
        return "equal_first"
    if _FIRST_RE.search(text):
        return "first"
    if _NTH_RE.search(text):
        return "other"
    return None


def _place_candidate(
    parsed: list[tuple[Publication, list[Author], RawItem]],
    cand: CandidateName | None,
    equal: set[str],
    second: CandidateName | None = None,
) -> None:
    # When the list says "(first author)" on some papers, a paper it prints with no author
    # list and no such note is not the candidate's first-authored one.
    stated_positions = [_stated_position(" ".join(line.text for line in item.lines)) for _, _, item in parsed]
    says_first = any(stated_positions)
    for (pub, authors, item), stated in zip(parsed, stated_positions, strict=True):
        if stated:
            # "(first author)", "(共同一作)", "(second author)": the CV says it in words; believe it.
            pub.author_position = stated  # type: ignore[assignment]
            pub.first_author = stated != "other"
            continue
        if not authors and item.position_hint:
            # listed under "First-author Papers" / "Co-authored Papers" with no author list
            pub.author_position = "first" if item.position_hint == "first" else "unknown"  # type: ignore[assignment]
            pub.first_author = item.position_hint == "first"
            continue
        if not authors:
            # a paper listed with no author list and no "(with A. Coauthor)" note is the
            # candidate's own ("Job Market Paper: Title"), as economics CVs print them
            # (the title's own words do not count: "Neurons with High Efficiency")
            text = " ".join(line.text for line in item.lines).replace(pub.title or "\x00", " ")
            alone = pub.title and not says_first and not re.search(
                r"(?i)(?<!contract )(?<!forthcoming )\b(?:with|joint|coauthor|co-author)\b|\bet al\b", text)
            pub.author_position = "first" if alone else "unknown"  # type: ignore[assignment]
            pub.first_author = bool(alone)
            continue
        idx = None
        if cand:
            idx = next((n for n, a in enumerate(authors) if cand.matches(a.name)), None)
        if idx is None and second is not None:
            idx = next((n for n, a in enumerate(authors) if second.matches(a.name)), None)
        if idx is None:
            bold = [n for n, a in enumerate(authors) if a.bold]
            if len(bold) == 1:
                idx = bold[0]
        if idx is None:
            pub.author_position = "unknown"
            continue

        def starred(a: Author) -> bool:
            return any(m in equal for m in a.marks)

        if idx == 0:
            pub.author_position = "first"
        elif starred(authors[idx]) and all(starred(a) for a in authors[: idx + 1]):
            pub.author_position = "equal_first"
        elif idx == len(authors) - 1:
            pub.author_position = "last"
        else:
            pub.author_position = "other"
        pub.first_author = pub.author_position in ("first", "equal_first")
