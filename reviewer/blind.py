"""Blind first round, in pure code: who a candidate is stays hidden while the
committee reads what they did.

With the committee setting on, every view and export shows a candidate as a
label ("Candidate 0042") instead of their name, and leaves out e-mail, phone,
links and photos; the candidate's own name in an author list becomes
"[candidate]". The label is a fixed permutation of the database id, so it is
stable across sessions and machines, but it is not the id itself: a committee
member who says "0042" aloud names nobody's row number.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Profile


CANDIDATE_AUTHOR = "[candidate]"
_MODULUS = 10007  # prime: the multiplier below permutes 1..10006 into 4-digit labels
_MULTIPLIER = 6151


def blind_label(candidate_id: int) -> str:
    """A stable label to say aloud; distinct for distinct ids below 10,007."""
    if candidate_id < _MODULUS:
        return f"Candidate {candidate_id * _MULTIPLIER % _MODULUS:04d}"
    return f"Candidate {candidate_id:05d}-B"  # beyond the permutation: still unique


def blind_file_name(candidate_id: int, index: int, file_format: str) -> str:
    """What a document is called in a blind round (its real name often is the person's)."""
    return f"{blind_label(candidate_id)} document {index}.{file_format}"


def label_matches(candidate_id: int, query: str) -> bool:
    """What the search box matches in blind mode: the label's number, nothing else."""
    wanted = query.strip().casefold()
    label = blind_label(candidate_id).casefold()
    return bool(wanted) and (wanted in label)


def name_tokens(name: str | None) -> list[str]:
    """The words of a name worth covering: each part of a Latin name of two letters
    or more, or the whole name when it is written without spaces (Chinese)."""
    if not name:
        return []
    parts = [p.strip(".,") for p in name.split()]
    return [p for p in parts if len(p) >= 2] or [name.strip()]


def is_candidate_author(author: str, name: str | None) -> bool:
    """The candidate's own entry in an author list ("A. Quill", "Quill, Ada", "Ada Quill*")."""
    tokens = name_tokens(name)
    if not tokens:
        return False
    family = tokens[-1].casefold()
    if " " not in (name or "").strip():  # Chinese, or a single word: as written
        return family in author.casefold()
    return re.search(r"(?<!\w)" + re.escape(family) + r"(?!\w)", author.casefold()) is not None


def blind_profile(profile: Profile, label: str) -> Profile:
    """The profile a blind committee reads: the label for a name, no contact and no
    links, the candidate's own author entries replaced, and every other string
    (titles, evidence lines a view may quote) with the hidden strings blocked out."""
    name = profile.name
    patterns = hidden_patterns(name, profile.emails, profile.phones, profile.links)
    publications = [
        pub.model_copy(update={"authors": [CANDIDATE_AUTHOR if is_candidate_author(a, name) else a
                                           for a in pub.authors]})
        for pub in profile.publications]
    data = profile.model_copy(update={"name": None, "emails": [], "phones": [], "links": [],
                                      "publications": publications}).model_dump()
    from reviewer.profile import Profile  # see the note at the top

    cleaned = Profile.model_validate(_redact_strings(data, patterns))
    return cleaned.model_copy(update={"name": label})


def _redact_strings(value: object, patterns: list[re.Pattern[str]]) -> object:
    if isinstance(value, str):
        return redact_text(value, patterns) if patterns else value
    if isinstance(value, list):
        return [_redact_strings(v, patterns) for v in value]
    if isinstance(value, dict):
        return {k: _redact_strings(v, patterns) for k, v in value.items()}
    return value


def hidden_patterns(name: str | None, emails: Iterable[str], phones: Iterable[str],
                    links: Iterable[str]) -> list[re.Pattern[str]]:
    """Patterns for the strings to cover in a document, as they are printed: each
    name word, e-mails, phone digits with any separators, links without their scheme."""
    patterns = []
    for token in name_tokens(name):
        edge = r"\b" if token.isascii() else ""
        patterns.append(edge + r"\s*".join(map(re.escape, token)) + edge)
    patterns += [re.escape(e) for e in emails if e]
    for phone in phones:
        digits = re.sub(r"\D", "", phone)
        if len(digits) >= 6:
            # Printed numbers often drop the country code: cover the last 8+ digits.
            tail = digits[-max(8, min(len(digits), 10)):]
            patterns.append(r"[\s\-().]*".join(tail))
    for link in links:
        bare = re.sub(r"^(https?://)?(www\.)?", "", link.strip()).rstrip("/")
        if bare:
            patterns.append(re.escape(bare))
    return [re.compile(p, re.IGNORECASE) for p in patterns]


def hidden_spans(text: str, patterns: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Merged (start, end) character ranges of `text` to cover."""
    spans = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(text) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact_text(text: str, patterns: list[re.Pattern[str]]) -> str:
    """The text with each hidden string replaced by blocks of the same length
    (line breaks kept, so the layout of a plain-text CV stays readable)."""
    out, last = [], 0
    for start, end in hidden_spans(text, patterns):
        out.append(text[last:start])
        out.append("".join(c if c == "\n" else "█" for c in text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)
