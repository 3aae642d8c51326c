"""Whose packet a document belongs to: the applicant's name as a file name or a
text gives it, and the decision of which candidate a loose document joins.

Pure functions. The evidence, strongest first:
1. the folder: a sub-folder whose CVs are all one candidate's is that applicant's
   folder, unless the document names someone else;
2. the name: in the file name (`Doe_Jane_ResearchStatement.pdf`, `Jane Doe - Cover
   Letter.docx`) and in the text (a reference letter names the applicant it is
   about; its letterhead and signature are the writer's and are not read);
3. the e-mail or phone of a document the applicant wrote, against the CVs' ones.
A document none of these places, or places on several candidates, stays loose
with the reason, for a person to attach.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from reviewer.dockind import APPLICANT_WRITTEN, REFERENCE, words_of_name

Name = tuple[str, ...]  # folded name tokens, in order

_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "phd", "sir", "madam"}
# Words of packet file names that are not anyone's name.
_NOT_NAMES = _TITLES | {
    "cv", "resume", "curriculum", "vitae", "vita", "cover", "covering", "letter", "letters", "research",
    "statement", "statements", "teaching", "diversity", "equity", "inclusion", "dei", "edi", "philosophy", "plan",
    "proposal", "agenda", "summary", "reference", "references", "recommendation", "recommender", "referee",
    "lor", "rs", "ts", "of", "for", "and", "the", "on", "to", "in", "a", "an", "support", "paper", "papers",
    "publication", "publications", "sample", "writing", "manuscript", "preprint", "article", "reprint",
    "final", "draft", "version", "signed", "confidential", "application", "packet", "document", "doc", "file",
    "scan", "copy", "updated", "new", "motivation", "interest", "portfolio", "contributions", "job", "position",
    "faculty", "assistant", "associate", "postdoc", "other", "transcript", "transcripts", "pdf", "docx",
}
_STOP_AFTER = {"from", "by", "writer"}  # "Letter for Jane Doe from Prof Roe": Roe wrote it
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

_CAP = r"[A-Z][\w'’.-]*"
_PERSON = rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+)?({_CAP}(?:[ \t]+{_CAP}){{0,3}})"
# How a referee names the person a letter is about.
_ABOUT = (
    re.compile(rf"\b(?:recommend(?:ing)?|recommendation (?:for|of)|in support of|letter (?:of \w+ )?for"
               rf"|(?:the )?application of|(?:the )?candidacy of"
               rf"|reference for|on behalf of|writing about|to support)\s+{_PERSON}"),
    re.compile(rf"^\s*(?:Re|RE|Subject|Candidate|Applicant|Regarding)\s*:\s*(?:[\w ]+?\s+for\s+)?{_PERSON}", re.M),
    re.compile(rf"{_PERSON}['’]s?\s+application\b"),
    re.compile(rf"\bI have known\s+{_PERSON}"),
)
_CLOSING = re.compile(r"^\s*(?:sincerely|yours (?:sincerely|faithfully|truly)|(?:with )?(?:best|kind|warm) regards"
                      r"|respectfully(?: yours)?|best wishes)\b.*$", re.I | re.M)


def fold(word: str) -> str:
    """Case and accents folded: "Zoë" and "ZOE" are one word."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def name_tokens(name: str) -> Name:
    """A name as folded words, without titles or initials: "Dr. Jane Q. Doe-Roe" ->
    ("jane", "doe", "roe")."""
    words = _WORD.findall(_CAMEL.sub(" ", name))
    return tuple(w for w in map(fold, words) if w not in _TITLES and len(w) > 1)


def names_in_filename(filename: str) -> list[Name]:
    """The applicant's name a packet file name carries, if any."""
    words: list[str] = []
    for word in words_of_name(PurePath(filename).name).split():
        if word in _STOP_AFTER:
            break
        if word.isalpha() and len(word) > 1 and word not in _NOT_NAMES:
            words.append(fold(word))
    return [tuple(words)] if words else []


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in line)


def names_in_text(text: str, kind: str) -> list[Name]:
    """Names a document's text gives for its applicant: for a reference letter, the
    person it is about; for what the applicant wrote, its heading and signature."""
    found: list[str] = []
    if kind == REFERENCE:
        for pattern in _ABOUT:
            found += [m.group(1) for m in pattern.finditer(text)]
    elif kind in APPLICANT_WRITTEN:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        found += [line for line in lines[:3] if _looks_like_name(line)]
        for m in _CLOSING.finditer(text):
            after = text[m.end():].strip().splitlines()
            if after and _looks_like_name(after[0].strip()):
                found.append(after[0].strip())
    names = [name_tokens(n) for n in found]
    return list(dict.fromkeys(n for n in names if n))


def matches(hint: Name, known: Name) -> int:
    """How well a name found in a document fits a candidate's name: 2 when the
    candidate's first and last names are both in it (or all of it is in the
    candidate's name), 1 for the surname alone, 0 for no fit."""
    if not hint or not known:
        return 0
    hint_set, known_set = set(hint), set(known)
    if len(known) >= 2 and {known[0], known[-1]} <= hint_set:
        return 2
    if len(hint) >= 2 and hint_set <= known_set:
        return 2
    if len(hint) == 1 and hint[0] in (known[-1], known[0]) and len(known) >= 2:
        return 1
    if len(known) == 1 and known[0] in hint_set:
        return 1  # a one-word name (often CJK) on the candidate's side
    return 0


@dataclass(frozen=True)
class Decision:
    candidate_id: int | None
    reason: str  # how it was placed, or why it could not be


@dataclass(frozen=True)
class Loose:
    """What the decision needs of one loose document."""

    path: str
    kind: str
    file_names: list[Name]  # names its file name carries
    text_names: list[Name]  # names its text gives for the applicant
    emails: list[str]  # normalized, only from documents the applicant wrote


def _best(names: Iterable[Name], candidates: dict[int, list[Name]]) -> tuple[int, set[int]]:
    best, who = 0, set()
    for hint in names:
        for cid, known in candidates.items():
            score = max((matches(hint, k) for k in known), default=0)
            if score > best:
                best, who = score, {cid}
            elif score == best and score:
                who.add(cid)
    return best, who


def decide(doc: Loose, candidates: dict[int, list[Name]], folders: dict[str, set[int]],
           by_email: dict[str, int], display: dict[int, str]) -> Decision:
    """The candidate `doc` belongs to. `candidates`: names of each candidate;
    `folders`: folder -> candidates whose CVs are in it; `by_email`: a CV's e-mail
    -> its candidate; `display`: how to name a candidate in a reason."""
    def who(cid: int) -> str:
        return display.get(cid) or f"candidate {cid}"

    names = [*doc.file_names, *doc.text_names]
    in_folder = folders.get(str(PurePath(doc.path).parent), set())
    ambiguous: set[int] = set()
    if len(in_folder) == 1:
        (owner,) = in_folder
        _score, named = _best(names, candidates)
        if not named or owner in named:
            return Decision(owner, f"attached to {who(owner)} (same folder as their CV)")
    for source, found in (("file name", doc.file_names), ("text", doc.text_names)):
        _score, named = _best(found, candidates)
        if len(named) == 1:
            (owner,) = named
            return Decision(owner, f"attached to {who(owner)} (named in the {source})")
        ambiguous |= named
    owners = {by_email[e] for e in doc.emails if e in by_email}
    if len(owners) == 1:
        (owner,) = owners
        return Decision(owner, f"attached to {who(owner)} (same e-mail as their CV)")
    if ambiguous:
        everyone = ", ".join(sorted(who(c) for c in ambiguous))
        return Decision(None, f"not attached: it could be any of {everyone}; attach it by hand")
    if names:
        longest = max(len(n) for n in names)
        tried = " or ".join(dict.fromkeys(repr(" ".join(n).title()) for n in names if len(n) == longest))
        return Decision(None, f"not attached: no CV of an applicant named {tried}; attach it by hand")
    return Decision(None, "not attached: no applicant's CV in its folder and no applicant's name in it; "
                          "attach it by hand")
