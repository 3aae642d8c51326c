"""A lookahead of the characters a pattern's matches can start with, for the patterns the regex
engine cannot skip through on its own.

sre passes over the positions where no match can start only when the pattern opens with a
literal or a plain character class; a case-blind alternation of words, or one that opens with a
look-behind, is tried at every position of the text, each alternative in turn. `with_opening`
puts a lookahead of the possible first characters (read from the pattern's parse tree) in front:
a one-character test per position, the same matches (the lookahead only turns away positions
where no alternative could start), 2-3x faster on a line of text.
"""
from __future__ import annotations

import re

try:  # the parser behind re.compile; its tree has had this shape for many Python versions
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT,
        ASSERT_NOT,
        AT,
        ATOMIC_GROUP,
        BRANCH,
        CATEGORY,
        CATEGORY_DIGIT,
        CATEGORY_NOT_DIGIT,
        CATEGORY_NOT_SPACE,
        CATEGORY_NOT_WORD,
        CATEGORY_SPACE,
        CATEGORY_WORD,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        RANGE,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover - an interpreter without it: patterns stay as they are
    _sre_parse = None

_MOST = 160  # with more possible first characters than this the test turns few positions away
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
# a class of the pattern's own (\d, \w, ...) goes into the lookahead's class as it is
_CATEGORIES = {CATEGORY_DIGIT: r"\d", CATEGORY_NOT_DIGIT: r"\D", CATEGORY_SPACE: r"\s", CATEGORY_NOT_SPACE: r"\S",
               CATEGORY_WORD: r"\w", CATEGORY_NOT_WORD: r"\W"} if _sre_parse else {}


def with_opening(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx behind a lookahead of its first characters; rx itself when they cannot be told
    (a negated class such as [^x], any character, a pattern that can match the empty string, too many)."""
    if _sre_parse is None or rx.flags & re.VERBOSE:
        return rx
    caseless = bool(rx.flags & re.IGNORECASE)
    found = _first(list(_sre_parse.parse(rx.pattern, rx.flags)), caseless)
    if found is None or found[1] or not found[0]:
        return rx
    # (case-blind, an ASCII letter stands for both its cases: "A" and "a" make one entry)
    first = {ch.lower() if caseless and len(ch) == 1 and ch.isascii() else ch for ch in found[0]}
    if len(first) > _MOST:
        return rx
    body = rx.pattern
    while m := _LEADING_FLAGS.match(body):  # (global flags must open the pattern: rx.flags keeps them)
        body = body[m.end():]
    chars = "".join(ch if len(ch) > 1 else re.escape(ch) for ch in sorted(first))
    return re.compile(f"(?=[{chars}])(?:{body})", rx.flags)


def _first(items: list, caseless: bool) -> tuple[set[str], bool] | None:
    """(the characters a match of the sequence can start with, whether it can match nothing);
    None when they cannot be listed. Zero-width items (anchors, look-arounds) are passed over:
    the set then holds more than the pattern needs, never less."""
    out: set[str] = set()
    for op, av in items:
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            continue
        if op is LITERAL:
            return out | {chr(av)}, False
        if op is IN:
            chars = _class_chars(av)
            return None if chars is None else (out | chars, False)
        if op is BRANCH:
            inner = [_first(list(b), caseless) for b in av[1]]
            if any(x is None for x in inner):
                return None
            out |= set().union(*(x[0] for x in inner))  # type: ignore[index]
            if not any(x[1] for x in inner):  # type: ignore[index]
                return out, False
            continue
        if op is SUBPATTERN or op is ATOMIC_GROUP:
            if op is SUBPATTERN and (av[1] & re.IGNORECASE) and not caseless:
                return None  # "(?i:...)" inside a case-sensitive pattern: the lookahead would miss capitals
            inner_first = _first(list(av[3] if op is SUBPATTERN else av), caseless)
            if inner_first is None:
                return None
            out |= inner_first[0]
            if not inner_first[1]:
                return out, False
            continue
        if op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            inner_first = _first(list(av[2]), caseless)
            if inner_first is None:
                return None
            out |= inner_first[0]
            if av[0] > 0 and not inner_first[1]:
                return out, False
            continue
        return None  # any character, a category, a back-reference...: no list
    return out, True


def _class_chars(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is LITERAL:
            chars.add(chr(av))
        elif op is RANGE and av[1] - av[0] < _MOST:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:
            return None  # a negation ([^x], [^\W\d_]), a wide range
    return chars
