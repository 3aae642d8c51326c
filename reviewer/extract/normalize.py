"""Text clean-up every reader applies: NFKC, soft hyphens, icon glyphs, control
characters, and joining words hyphenated across a line break."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from reviewer.extract.document import TextLine

# pdfium writes U+FFFE where a line ends in a hyphen it judged to be a break.
PDFIUM_HYPHEN = "\ufffe"
SOFT_HYPHEN = "\u00ad"

# Private-use code points: icon fonts (FontAwesome, academicons) put their glyphs here.
_PUA = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
# C0/C1 controls except tab/newline, zero-width characters, BOMs, U+FFFD and noncharacters.
_SURROGATE = re.compile("[\ud800-\udfff]")
_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffd\uffff]")
_SPACES = re.compile(r"[ \u3000]{2,}")
# U+2010 HYPHEN (and U+2011, which NFKC makes one): what XeLaTeX and some Word fonts put in
# the text layer for "-". One hyphen for every reader, so "Vell‐Amot, R." reads as a surname.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_TAB_RUNS = re.compile(r"\s*\t\s*")
# a line set letter by letter, its words apart by a wider gap (a designer's spaced-out name)
_LETTER_SPACED = re.compile(r"\S(?: \S)+(?: {2,}\S(?: \S)+)+")

# A word broken after one of these keeps its hyphen: "self-" + "supervised" is a
# compound, while "focus-" + "ing" was only split by the typesetter.
_COMPOUND_PREFIXES = frozenset(
    ["self", "non", "semi", "multi", "cross", "state", "end", "real", "large", "small", "high", "low", "long", "short", "well", "fine", "zero", "few", "one", "two", "three", "single", "data", "task", "time", "world", "user", "cost", "sample", "domain", "graph", "text", "image", "video", "open", "first", "second", "third", "top", "deep", "machine", "human", "model", "learning", "vision", "language"]
)


def clean(text: str) -> str:
    """NFKC (ligatures, full-width forms, Kangxi radicals), drop icons and junk, tidy spaces.

    A pdfium end-of-line hyphen marker survives so `join_hyphenated` can decide."""
    if not text.isascii():  # ASCII is NFKC already and holds no soft hyphen or icon
        text = text.replace(SOFT_HYPHEN, "")
        text = unicodedata.normalize("NFKC", text).translate(_HYPHENS)
        text = _PUA.sub(" ", text)
    if not text.isprintable() or "\ufffd" in text:  # every other _JUNK character is unprintable
        if _SURROGATE.search(text):
            # pdfium hands over a character beyond the BMP (an emoji icon: "📱") as two UTF-16
            # halves: put the pair together; a half alone becomes U+FFFD, which goes below.
            # (a lone half cannot be written as UTF-8: saving or exporting the profile would fail)
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        text = _JUNK.sub("", text)
    # Both space patterns need two spaces in a row (or an ideographic one): most lines have neither.
    if "  " in text and _LETTER_SPACED.fullmatch(text.strip()):  # "M E I   R A M A N": keep the word gap
        text = _SPACES.sub("\t", text.strip())
    if "  " in text or "\u3000" in text:
        text = _SPACES.sub(" ", text)
    if "\t" in text:
        text = _TAB_RUNS.sub("\t", text)
    return text.strip()


_ADDRESS_PART = re.compile(r"[/@]|^(?:https?:|www\.)|\.[a-z]{2,}")


def join_hyphenated(lines: list[TextLine]) -> list[TextLine]:
    """Repair words split over two lines of one block ("focus-" / "ing the" ->
    "focusing" / "the"). The continuation moves up, so the line count and every
    line's position stay the same. Hyphens that are not followed by a lower-case
    continuation in the same block are kept as "-"."""
    out = list(lines)
    for i, line in enumerate(out):
        text = line.text
        if not text.endswith((PDFIUM_HYPHEN, "-")) or len(text) < 2 or not text[-2].isalpha():
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is None or nxt.block != line.block or nxt.page != line.page:
            out[i] = replace(line, text=text.replace(PDFIUM_HYPHEN, "-"))
            continue
        word = re.split(r"[ \t]", nxt.text, maxsplit=1)[0]
        if not word or not word[0].islower() or not word[0].isalpha():
            out[i] = replace(line, text=text.replace(PDFIUM_HYPHEN, "-"))
            continue
        rest = nxt.text[len(word):].lstrip(" \t")
        prefix = re.split(r"[\s\t]", text[:-1])[-1]
        # (a URL or an address already under way never gains a hyphen at a line break - LaTeX's
        # url breaks only at those it has: "github.com/gmo-" / "magnonics", "mar.ruiz-" / "tanaka@x";
        # a bare "dana-" / "quill.example.org" stays ambiguous: typesetters hyphenate host names)
        keep = "-" in prefix or "-" in word or prefix.lower() in _COMPOUND_PREFIXES or bool(_ADDRESS_PART.search(prefix))
        out[i] = replace(line, text=text[:-1] + ("-" if keep else "") + word)
        out[i + 1] = replace(nxt, text=rest)
    out = [replace(t, text=t.text.replace(PDFIUM_HYPHEN, "-")) if PDFIUM_HYPHEN in t.text else t for t in out]
    return [t for t in out if t.text]
