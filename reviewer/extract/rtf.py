"""RTF with a small stripper of our own (no dependency).

Why not a library: the small ones (striprtf) decode each \\'hh escape on its own,
which breaks double-byte code pages (a Chinese CV saved as RTF is \\ansicpg936
GBK), and drop field instructions, where hyperlink targets live. This one
decodes runs of \\'hh bytes together, honours \\uN with \\ucN fallbacks, keeps
HYPERLINK targets, flags bold lines, and skips pictures, fonts, styles and
other non-text destinations. One linear pass with an explicit stack: deeply
nested or huge hostile files cannot exhaust recursion or time.
"""
from __future__ import annotations

import re

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.normalize import clean

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)
_SKIP_DESTINATIONS = frozenset(
    b"fonttbl colortbl stylesheet info pict object themedata colorschememapping latentstyles datastore "
    b"xmlnstbl listtable listoverridetable rsidtbl generator mmathPr fldinst bkmkstart bkmkend "
    b"filetbl revtbl pgdsctbl protusertbl userprops docvar shppict nonshppict blipuid objdata "
    b"wgrffmtfilter xmlopen".split()
)
_SYMBOLS = {
    b"emdash": "—", b"endash": "–", b"bullet": "•", b"lquote": "‘", b"rquote": "’",
    b"ldblquote": "“", b"rdblquote": "”", b"emspace": " ", b"enspace": " ", b"qmspace": " ",
}
_HYPERLINK = re.compile(r'HYPERLINK\s+(?:\\l\s+)?"([^"]+)"')
MAX_GROUP_DEPTH = 1000


def read_rtf(data: bytes) -> ExtractedDocument:
    if not data.lstrip()[:5] == b"{\\rtf":
        raise ExtractionError("broken RTF (no {\\rtf header)")
    parser = _Parser()
    parser.run(data)
    lines = [line for line in parser.lines if line.text]
    if not lines:
        raise ExtractionError("no text found in RTF")
    urls = [u for u in parser.links if not u.lower().startswith("mailto:")]
    emails = [u[7:].split("?")[0] for u in parser.links if u.lower().startswith("mailto:")]
    return ExtractedDocument(format="rtf", lines=lines, links=urls, emails=emails, encoding=parser.codepage)


class _Parser:
    def __init__(self) -> None:
        self.codepage = "cp1252"
        self.lines: list[TextLine] = []
        self.links: list[str] = []
        self._text: list[str] = []
        self._bytes = bytearray()
        self._letters = self._bold_letters = 0
        self._fldinst: list[str] = []

    def run(self, data: bytes) -> None:
        # stack entries: (skip, bold, uc, in_fldinst)
        stack: list[tuple[bool, bool, int, bool]] = []
        skip, bold, uc, fldinst = False, False, 1, False
        to_skip = 0  # fallback characters still to drop after a \uN
        ignorable = False  # the group opened with \*
        for m in _TOKEN.finditer(data):
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if brace == b"{":
                if len(stack) > MAX_GROUP_DEPTH:
                    raise ExtractionError("broken RTF (groups nested too deeply)")
                stack.append((skip, bold, uc, fldinst))
                ignorable = False
                to_skip = 0
                continue
            if brace == b"}":
                self._flush_bytes()
                if fldinst and stack and not stack[-1][3]:
                    self._field_done()
                skip, bold, uc, fldinst = stack.pop() if stack else (False, False, 1, False)
                continue
            if word is not None:
                if word == b"fldinst":
                    fldinst, skip = True, True
                    continue
                if word in _SKIP_DESTINATIONS or (ignorable and word not in (b"ud", b"upr")):
                    skip = True
                    continue
                if skip:
                    continue
                self._control(word, arg)
                if word == b"u" and arg is not None:
                    to_skip = uc
                elif word == b"uc" and arg is not None:
                    uc = max(0, int(arg))
                elif word == b"b":
                    bold = arg != b"0"
                elif word == b"plain":
                    bold = False
                continue
            if symbol is not None:
                if symbol == b"*":
                    ignorable = True
                elif not skip:
                    self._symbol(symbol)
                continue
            if fldinst and (hexbyte or text):
                self._fldinst.append((text or b"").decode("latin-1"))
                continue
            if skip:
                continue
            if hexbyte is not None:
                if to_skip:
                    to_skip -= 1
                    continue
                self._bytes.append(int(hexbyte, 16))
                continue
            if text:
                if to_skip:
                    drop = min(to_skip, len(text))
                    text, to_skip = text[drop:], to_skip - drop
                self._bytes.extend(text)
                self._count(text, bold)
        self._flush_bytes()
        self._end_line(bold)

    def _count(self, text: bytes, bold: bool) -> None:
        letters = sum(1 for b in text if 65 <= b <= 90 or 97 <= b <= 122)
        self._letters += letters
        self._bold_letters += letters if bold else 0

    def _control(self, word: bytes, arg: bytes | None) -> None:
        if word == b"ansicpg" and arg:
            self.codepage = f"cp{int(arg)}" if arg not in (b"65001",) else "utf-8"
            return
        if word in (b"par", b"line", b"row", b"sect", b"page"):
            self._flush_bytes()
            self._end_line(False)
        elif word == b"tab":
            self._emit("\t")
        elif word == b"cell":
            self._emit(CELL_SEP)
        elif word == b"u" and arg is not None:
            value = int(arg)
            self._emit(chr(value + 65536 if value < 0 else value))
        elif word in _SYMBOLS:
            self._emit(_SYMBOLS[word])

    def _symbol(self, symbol: bytes) -> None:
        if symbol in (b"\\", b"{", b"}"):
            self._bytes.extend(symbol)
        elif symbol == b"~":
            self._emit(" ")
        elif symbol == b"_":
            self._emit("-")
        # \- (optional hyphen) and \: (index) print nothing

    def _emit(self, text: str) -> None:
        self._flush_bytes()
        self._text.append(text)

    def _flush_bytes(self) -> None:
        if self._bytes:
            try:
                self._text.append(self._bytes.decode(self.codepage, errors="replace"))
            except LookupError:
                self._text.append(self._bytes.decode("cp1252", errors="replace"))
            self._bytes.clear()

    def _end_line(self, bold: bool) -> None:
        text = clean("".join(self._text))
        if text:
            is_bold = self._letters > 0 and self._bold_letters >= 0.6 * self._letters
            self.lines.append(TextLine(text, bold=is_bold, block=len(self.lines)))
        self._text.clear()
        self._letters = self._bold_letters = 0

    def _field_done(self) -> None:
        m = _HYPERLINK.search("".join(self._fldinst))
        if m and m.group(1) not in self.links:
            self.links.append(m.group(1))
        self._fldinst.clear()
