"""Addresses a narrow column broke at its edge: "jane.doe@example.co" over "m",
"linkedin.com/in/jane-do" over "e-example". A side bar wraps a long address wherever the
line is full, with no hyphen; the piece on the next line is joined back before anything
reads contact details."""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line

_EMAIL_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?P<tld>[a-z]{1,6})")
_URL_LINE = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/[\w/.%~+-]*[\w-]")
_PIECE = re.compile(r"[a-z0-9][a-z0-9_-]{0,30}")  # lower case, no dot: the rest of a word, not an address
_TLDS = frozenset({"com", "org", "net", "edu", "gov", "info", "io", "ai", "dev", "app", "biz", "mil", "int"})
_MIN_URL = 24  # characters: a shorter link did not fill a column's width


def rejoin_broken_addresses(lines: list[Line]) -> list[Line]:
    """The lines, with an address's broken-off end joined back to it (its own line left empty)."""
    out = list(lines)
    for k in range(len(out) - 1):
        text, after = out[k].text.strip(), out[k + 1].text.strip()
        if not after or not _PIECE.fullmatch(after) or out[k].page != out[k + 1].page or "@" not in text and "/" not in text:
            continue
        if _broken_email(text, after) or _broken_url(text, after):
            out[k] = replace(out[k], text=text + after)
            out[k + 1] = replace(out[k + 1], text="")
    return out


def _broken_email(text: str, piece: str) -> bool:
    m = _EMAIL_LINE.fullmatch(text)
    return bool(m and m.group("tld") not in _TLDS and (m.group("tld") + piece) in _TLDS)


def _broken_url(text: str, piece: str) -> bool:
    # (a piece with no letter is an id printed under the link: "0000-0002-1825-0097")
    return len(text) >= _MIN_URL and "@" not in text and bool(_URL_LINE.fullmatch(text)) and bool(re.search(r"[a-z]", piece))
