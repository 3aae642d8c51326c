"""Who may be one person under two candidates: names that match across scripts and
spellings (张伟 and Wei Zhang, "J. Doe" and "Jane Doe", "Zoë" and "Zoe", "Doe Jane"),
backed by something the two share (an institution, a publication title, an
e-mail or a phone). A name alone is not enough: names repeat.

Pure: names and profiles in, suggestions out; the reviewer's answers ("not the
same person") are filtered out by the caller's `rejected` pairs.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")
_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "phd"}
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
# Words too common in institution names to say two people were in the same one.
_COMMON = {"university", "of", "the", "institute", "college", "school", "department", "dept", "and", "for", "at",
           "technology", "science", "sciences", "research", "center", "centre", "lab", "laboratory", "inc", "ltd"}


@dataclass(frozen=True)
class Suggestion:
    a: int  # the candidate ids, a < b
    b: int
    reasons: tuple[str, ...]  # "names match (张伟 / Wei Zhang)", "same institution: Tsinghua University", ...


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pinyin(han: str) -> list[str]:
    # Imported late (a large dictionary), and loaded in slices: see reviewer/pinyin_reading.py.
    from reviewer.pinyin_reading import lazy_pinyin

    return [_fold(s) for s in lazy_pinyin(han)]


def name_forms(name: str) -> set[tuple[str, str]]:
    """(given, family) readings of a name, folded: both orders (a family name may come
    first), given names joined ("Xiao-Ming" = "Xiao Ming" = "xiaoming"), middle
    initials dropped, Chinese characters read as pinyin (family name first)."""
    name = name.strip()
    if _HAN.search(name):
        han = "".join(_HAN.findall(name))
        syllables = _pinyin(han)
        if len(syllables) < 2:
            return set()
        return {("".join(syllables[1:]), syllables[0])}
    words = [w for w in (_fold(w) for w in _WORD.findall(name)) if w not in _TITLES]
    words = [w for k, w in enumerate(words) if k == 0 or len(w) > 1]  # middle initials
    if len(words) < 2:
        return set()
    return {("".join(words[:-1]), words[-1]), ("".join(words[1:]), words[0])}


def _given_fits(a: str, b: str) -> bool:
    """One given name fits another: equal, or one is the other's initial."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def names_match(a: str, b: str) -> bool:
    return any(fa == fb and _given_fits(ga, gb) for ga, fa in name_forms(a) for gb, fb in name_forms(b))


def _institutions(profile: dict[str, Any]) -> dict[str, str]:
    """Distinctive words of each institution -> how it is printed."""
    out = {}
    for entry in [*profile.get("education", []), *profile.get("experience", [])]:
        printed = (entry.get("institution") or entry.get("organization") or "").strip()
        key = " ".join(w for w in _NOT_ALNUM.split(_fold(printed)) if w and w not in _COMMON)
        if key:
            out[key] = printed
    return out


def _titles(profile: dict[str, Any]) -> dict[str, str]:
    out = {}
    for pub in profile.get("publications", []):
        printed = (pub.get("title") or "").strip()
        key = _NOT_ALNUM.sub(" ", _fold(printed)).strip()
        if len(key) >= 15:  # "Introduction" is nobody's evidence
            out[key] = printed
    return out


def shared_evidence(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """What two profiles share that a namesake would not."""
    found = []
    for what, pick in (("e-mail", "emails"), ("phone", "phones")):
        same = {_fold(x) for x in a.get(pick, [])} & {_fold(x) for x in b.get(pick, [])}
        found += [f"same {what}: {x}" for x in sorted(same)]
    ia, ib = _institutions(a), _institutions(b)
    places = [ia[k] for k in sorted(ia.keys() & ib.keys())]
    if places:
        found.append(f"same institution{'s' if len(places) > 1 else ''}: {', '.join(places)}")
    ta, tb = _titles(a), _titles(b)
    titles = [ta[k] for k in sorted(ta.keys() & tb.keys())]
    if titles:
        found.append(f"same publication{'s' if len(titles) > 1 else ''}: {'; '.join(titles)}")
    return found


def suggestions(names: dict[int, list[str]], load: Callable[[set[int]], dict[int, dict[str, Any]]],
                rejected: set[tuple[int, int]], only: int | None = None) -> list[Suggestion]:
    """Pairs of candidates who may be one person. `names`: id -> the names they go
    by; `load`: the profiles of some ids (read only for pairs whose names match);
    `rejected`: pairs (low id first) a person said are two people; `only`: just
    the pairs of this candidate."""
    by_family: dict[str, set[int]] = defaultdict(set)
    for cid, given in names.items():
        for name in given:
            for _given, family in name_forms(name):
                by_family[family].add(cid)
    pairs: set[tuple[int, int]] = set()
    for ids in by_family.values():
        if only is not None:
            pairs |= {(min(only, c), max(only, c)) for c in ids if c != only and only in ids}
        elif len(ids) <= 200:  # a family name this common is compared through the rest of the evidence only
            ordered = sorted(ids)
            pairs |= {(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1:]}
    matched = {}
    for a, b in sorted(pairs - rejected):
        found = next(((x, y) for x in names[a] for y in names[b] if names_match(x, y)), None)
        if found is not None:
            matched[(a, b)] = found
    profiles = load({c for pair in matched for c in pair})
    out = []
    for (a, b), (x, y) in matched.items():
        evidence = shared_evidence(profiles.get(a, {}), profiles.get(b, {}))
        if evidence:
            out.append(Suggestion(a, b, (f"names match ({x} / {y})", *evidence)))
    return out
