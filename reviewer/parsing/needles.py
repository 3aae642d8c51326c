"""Cheap substring tests that let a long table of patterns skip the ones that cannot match.

`needles(rx)` gives literal strings one of which every match of the pattern
contains (read from the pattern's parse tree), so `may_match` can turn a
pattern away with plain `in` tests before the regex engine scans the text.
The test is exact: it never turns away a text the pattern would match, with or
without re.IGNORECASE (see `folded`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

try:  # the parser behind re.compile; its tree has had this shape for many Python versions
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._constants import BRANCH, LITERAL, SUBPATTERN  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - an interpreter without it: no needles, every pattern runs
    _sre_parse = None

# Characters outside ASCII that IGNORECASE matches to an ASCII letter, or that str.lower()
# turns into ASCII ("İ" -> "i̇", the Kelvin sign -> "k"): with one in the text, lower-casing
# is not the same test as IGNORECASE, so the pattern simply runs.
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True)
class Needles:
    """Literal strings (lower-cased when `ignore_case`) one of which each match contains."""

    strings: tuple[str, ...]
    ignore_case: bool
    finder: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # one scan for any of them (an alternation of literals: the engine checks each
        # first character before trying a string)
        object.__setattr__(self, "finder", _alternation(self.strings))


def needles(rx: re.Pattern[str], shortest: int = 3) -> Needles | None:
    """The needles of a compiled pattern; None when it has no literal run of `shortest`
    characters or more that every match must contain (then it always runs)."""
    if _sre_parse is None:
        return None
    found = _required(list(_sre_parse.parse(rx.pattern, rx.flags)))
    if not found or min(map(len, found)) < shortest or not all(map(_caseless_safe, found)):
        return None
    ignore_case = bool(rx.flags & re.IGNORECASE)
    return Needles(tuple(sorted({s.lower() for s in found} if ignore_case else found)), ignore_case)


def _caseless_safe(needle: str) -> bool:
    """ASCII, or Chinese characters (which have no case): lower-casing treats them as IGNORECASE does."""
    return all(ch.isascii() or "\u3400" <= ch <= "\u9fff" for ch in needle)


# Pure per string, and asked of the same line by every screen that reads it (contact, entries,
# status, venue and talk screens: three askings in four repeat a text)
@lru_cache(maxsize=8192)
def folded(text: str) -> str | None:
    """text lower-cased for the IGNORECASE needles; None when lower-casing could miss a match."""
    if text.isascii():
        return text.lower()  # the unsafe characters are none of them ASCII: skip the scan
    return None if _FOLD_UNSAFE.search(text) else text.lower()


def may_match(n: Needles | None, text: str, low: str | None) -> bool:
    """False only when the pattern cannot match text (`low` is `folded(text)`)."""
    if n is None:
        return True
    if not n.ignore_case:
        return bool(n.finder.search(text))
    return low is None or bool(n.finder.search(low))


class AnyNeedle:
    """One test for a whole table: could any of its patterns match? Two scans (the exact
    needles in the text, the case-free ones in the lower-cased text) instead of one per pattern."""

    def __init__(self, table: list[Needles | None]) -> None:
        self.always = any(n is None for n in table)
        exact = {s for n in table if n and not n.ignore_case for s in n.strings}
        free = {s for n in table if n and n.ignore_case for s in n.strings}
        self._exact = _alternation(exact) if exact else None
        self._free = _alternation(free) if free else None

    def __call__(self, text: str, low: str | None) -> bool:
        if self.always or (self._exact and self._exact.search(text)):
            return True
        if self._free is None:
            return False
        return low is None or bool(self._free.search(low))


class NeedleIndex:
    """Which patterns of a table may match a text: the table indices whose needles occur in
    it (every index whose needles are unknown included), in table order. One scan per case
    (the exact needles in the text, the case-free ones in its lower-cased form) replaces a
    search per pattern."""

    def __init__(self, table: list[Needles | None]) -> None:
        self._always = {i for i, n in enumerate(table) if n is None}
        self._exact = _Occurrences({i: n.strings for i, n in enumerate(table) if n and not n.ignore_case})
        self._free = _Occurrences({i: n.strings for i, n in enumerate(table) if n and n.ignore_case})

    def candidates(self, text: str, low: str | None) -> list[int]:
        found = self._always | self._exact.owners_in(text)
        found |= self._free.all if low is None else self._free.owners_in(low)
        return sorted(found)


class _Occurrences:
    """The owners of the strings that occur in a text, found in one scan.

    At each position the scan reports the longest string starting there (a lookahead, so
    that overlapping strings are all seen); the strings that also start there are that
    one's prefixes, so each string stands for the owners of all its prefixes among the strings.
    """

    def __init__(self, owned: dict[int, tuple[str, ...]]) -> None:
        by_string: dict[str, set[int]] = {}
        for owner, strings in owned.items():
            for s in strings:
                by_string.setdefault(s, set()).add(owner)
        self.all = set(owned)
        self._owners = {s: set().union(*(by_string[s[:k]] for k in range(1, len(s) + 1) if s[:k] in by_string))
                        for s in by_string}
        self._scan = re.compile(f"(?=({_longest_trie(by_string)}))") if by_string else None

    def owners_in(self, text: str) -> set[int]:
        if self._scan is None:
            return set()
        found: set[int] = set()
        for m in self._scan.finditer(text):
            found |= self._owners[m.group(1)]
        return found


def _longest_trie(strings: Iterable[str]) -> str:
    """A trie pattern matching the longest of the strings that starts where it is tried
    (greedy optional continuations: "ieee" and "ieee trans" become "ieee(?:\\ trans)?")."""
    trie: dict[str, dict] = {}
    for text in strings:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _longest_pattern(trie)


def _longest_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _longest_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a string ends here: go on to a longer one when the text allows
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def _alternation(strings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of the strings (only whether one occurs is asked, never where).

    Written as a trie ("acl", "acm", "ieee", "ieee trans" become "(?:ac[lm]|ieee)"), so the engine
    follows one path per position instead of trying every string: the venue table's few
    hundred needles cost a tenth. A string that holds another as its prefix is left out, as
    any text holding it holds the shorter one too.
    """
    trie: dict[str, dict] = {}
    for text in strings:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node.clear()  # the string ends here: longer strings through this node add nothing
        node[""] = {}
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict[str, dict]) -> str:
    if "" in node:
        return ""  # a string ends here
    branches = [(ch, _trie_pattern(child)) for ch, child in sorted(node.items())]
    if len(branches) == 1:
        ch, rest = branches[0]
        return re.escape(ch) + rest
    ends = [ch for ch, rest in branches if not rest]
    longer = [re.escape(ch) + rest for ch, rest in branches if rest]
    if ends:  # the characters that end a string here, as one class
        longer.append("[" + "".join(_escape_in_class(ch) for ch in ends) + "]" if len(ends) > 1 else re.escape(ends[0]))
    return longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"


def _escape_in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _required(items: list) -> set[str] | None:
    """For a sequence of parsed items: the best set of literals one of which every match holds.

    A run of literals in the sequence itself is required; so is one alternative's
    set from each branch of an alternation (or of a plain group) in it. Repeats and
    look-arounds are skipped: an optional part requires nothing.
    """
    candidates: list[set[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is LITERAL:
            run += chr(av)
            continue
        if run and (safe := _safe_run(run)):
            candidates.append({safe})
        run = ""
        if op is BRANCH:
            alternatives = [_required(list(b)) for b in av[1]]
            if all(alternatives):
                candidates.append(set().union(*alternatives))  # type: ignore[arg-type]
        elif op is SUBPATTERN and not (av[1] or av[2]):  # a group that changes flags ("(?i:...)") is skipped
            inner = _required(list(av[3]))
            if inner:
                candidates.append(inner)
    return max(candidates, key=_selectivity, default=None)


def _safe_run(run: str) -> str:
    """The longest part of a literal run that lower-casing folds as IGNORECASE does ("para" of
    "paraître"): a text holding the run holds each of its parts, so that part is a needle too."""
    parts = re.split(r"[^\x00-\x7f\u3400-\u9fff]+", run)
    return max(parts, key=len)


def _selectivity(candidate: set[str]) -> tuple[int, bool]:
    """Longer needles first; between equally long ones, a set with a mark or a digit among its
    strings ("&" in "r\\s*&\\s*r") rather than letters alone, which any text holds."""
    return min(map(len, candidate)), not all(s.isalpha() for s in candidate)
