"""Text of fonts whose ToUnicode map pdfium rejects, read from the map ourselves.

PDFKit (pdfmake, many web résumé builders) writes a subset font's map as ranges of 256
codes with an array of destinations each ("<0000> <00ff> [...]") under a block that
declares one range; when the subset has more than 256 glyphs (any Chinese CV) there are
more. pdfium then drops the whole map and reports each glyph's raw code as its character ("\\x01\\x04\\r…" for a name);
poppler reads the array as far as it goes. Here such maps are parsed leniently and the
codes of those fonts' characters are looked up in them. Only maps with that defect are
used, so text pdfium already reads is never mapped twice.
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

# C0 controls pdfium never gives for real text (\x02 is its line-end hyphen, tabs and
# breaks are layout): three or more on a page mean raw glyph codes.
_RAW_CODES = re.compile(r"[\x01\x03-\x08\x0b\x0c\x0e-\x1f]")
_MIN_RAW = 3
_MAX_MAPS = 64  # a CV has a handful of fonts; a file with hundreds of maps is not worth reading
_MAX_MAP_BYTES = 1 << 20  # an inflated map larger than this is hostile (a zip bomb)
_FONT_MAP = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_BASE_FONT = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]()]+)")
_TOKEN = re.compile(rb"<([0-9A-Fa-f\s]*)>|(\[)|(\])|(?:(\d+)\s+)?(begin|end)(bfchar|bfrange)")


class LenientMaps:
    """The defective maps of one document, read on first need (most PDFs never need them)."""

    def __init__(self, source: bytes | Path) -> None:
        self._source = source
        self._maps: dict[bytes, dict[int, str]] | None = None

    def for_page(self, text: str) -> dict[bytes, dict[int, str]]:  # (the page text as pdfium gives it)
        """Font name -> code -> text, when the page's text holds raw glyph codes."""
        if len(_RAW_CODES.findall(text)) < _MIN_RAW:
            return {}
        if self._maps is None:
            try:
                data = self._source if isinstance(self._source, bytes) else Path(self._source).read_bytes()
                self._maps = defective_maps(data)
            except (OSError, MemoryError, ValueError):  # (a hostile map: the page keeps pdfium's text)
                self._maps = {}
        return self._maps


def defective_maps(data: bytes) -> dict[bytes, dict[int, str]]:
    """Font name (as pdfium reports it, subset tag included) -> its map, for the fonts whose
    ToUnicode map has more or fewer entries than it declares."""
    maps: dict[bytes, dict[int, str]] = {}
    for m in list(_FONT_MAP.finditer(data))[:_MAX_MAPS]:
        start = data.rfind(b" obj", 0, m.start())
        base = _BASE_FONT.search(data, start if start >= 0 else 0, m.start())
        if base is None:
            base = _BASE_FONT.search(data, m.end(), data.find(b"endobj", m.end()))
        stream = _object_stream(data, int(m.group(1)))
        if base is None or stream is None:
            continue
        parsed, defective = parse_cmap(stream)
        if defective and parsed:
            maps[base.group(1)] = parsed
    return maps


def _object_stream(data: bytes, number: int) -> bytes | None:
    """The (inflated) stream of object `number`, or None."""
    obj = re.search(rb"(?<!\d)%d\s+0\s+obj\b" % number, data)
    if obj is None:
        return None
    begin = data.find(b"stream", obj.end())
    end = data.find(b"endstream", begin)
    if begin < 0 or end < 0:
        return None
    body = data[begin + 6:end].lstrip(b"\r\n")
    if b"/FlateDecode" not in data[obj.end():begin]:
        return body
    try:
        return zlib.decompressobj().decompress(body, _MAX_MAP_BYTES)
    except zlib.error:
        return None


def parse_cmap(cmap: bytes) -> tuple[dict[int, str], bool]:
    """(code -> text, whether a block holds more or fewer entries than it declares)."""
    out: dict[int, str] = {}
    defective = False
    section = None
    declared = entries = 0
    pending: list[bytes] = []
    array: list[str] | None = None
    for m in _TOKEN.finditer(cmap):
        hexa, open_, close, count, edge, kind = m.groups()
        if edge is not None:
            if edge == b"end" and section is not None:
                defective = defective or entries != declared
            section = kind if edge == b"begin" else None
            declared, entries = int(count or 0), 0
            pending, array = [], None
        elif section is None:
            continue
        elif open_ is not None:
            array = []
        elif close is not None and array is not None and len(pending) == 2:
            lo, hi = int(pending[0], 16), int(pending[1], 16)
            defective = defective or len(array) != hi - lo + 1
            for k, text in enumerate(array):
                out[lo + k] = text
            pending, array = [], None
            entries += 1
        elif hexa is not None:
            digits = re.sub(rb"\s", b"", hexa)
            if not digits:
                continue  # "<>": no code, and int() of nothing would fail
            if array is not None:
                array.append(_utf16(digits))
                continue
            pending.append(digits)
            if section == b"bfchar" and len(pending) == 2:
                out[int(pending[0], 16)] = _utf16(pending[1])
                pending = []
                entries += 1
            elif section == b"bfrange" and len(pending) == 3:
                lo, hi, first = int(pending[0], 16), int(pending[1], 16), _utf16(pending[2])
                if first and hi - lo < 65536:
                    for k in range(hi - lo + 1):
                        out[lo + k] = first[:-1] + chr(min(0x10FFFF, ord(first[-1]) + k))
                pending = []
                entries += 1
    return out, defective


def _utf16(digits: bytes) -> str:
    try:
        return bytes.fromhex(digits.decode("ascii")).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return ""


def remapped_text(handle, n: int, maps: dict[bytes, dict[int, str]]) -> str:  # noqa: ANN001 (a pdfium text page)
    """The page's n characters, one per index, each of a defective font replaced by its mapped
    text (its first character: the layout keeps one box per character, so a ligature's "fi"
    keeps its "f"). Line breaks pdfium adds itself belong to no font and stay as they are."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    buf, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    out = []
    for i in range(n):
        ch = chr(pdfium_c.FPDFText_GetUnicode(handle, i))
        if not pdfium_c.FPDFText_IsGenerated(handle, i):
            pdfium_c.FPDFText_GetFontInfo(handle, i, buf, len(buf), ctypes.byref(flags))
            table = maps.get(buf.value)
            mapped = table.get(ord(ch)) if table else None
            ch = mapped[0] if mapped else ch
        out.append(ch)
    return "".join(out)
