"""Plain text and Markdown in whatever encoding a CV arrives in (recipe from STACK.md)."""
from __future__ import annotations

import codecs

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CANDIDATES = ["utf_8", "utf_16", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252", "cp1251"]


def decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise ExtractionError("unreadable text encoding")
    return str(best)


def read_text(data: bytes, fmt: str = "txt") -> ExtractedDocument:
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ExtractionError("binary file, not text")
    lines = [TextLine(line.rstrip(), heading=fmt == "md" and line.lstrip().startswith("#")) for line in text.split("\n")]
    if not any(line.text.strip() for line in lines):
        raise ExtractionError("empty file")
    return ExtractedDocument(format=fmt, lines=lines)
