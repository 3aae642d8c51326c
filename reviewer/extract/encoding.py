"""Bytes -> str for text a CV arrives in (recipe measured in STACK.md).

Order: a BOM; UTF-16 without a BOM (NUL bytes at every other position; must come
before UTF-8, because ASCII text in UTF-16 is also valid UTF-8); strict UTF-8;
then charset-normalizer restricted to the encodings CVs really use, since left
free it mislabels short GBK snippets and Western cp1252 text.
"""
from __future__ import annotations

import codecs
import re

from reviewer.extract.document import ExtractionError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
CANDIDATES = ["utf_8", "utf_16", "gb18030", "big5", "shift_jis", "euc_kr", "cp1252", "cp1251"]


def decode(data: bytes, truncated: bool = False) -> tuple[str, str]:
    """(text, encoding name). `truncated`: the bytes are a prefix, so a multi-byte
    character may be cut at the end; that is not a reason to reject UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding.startswith("utf-16") and len(data) % 2:
                data = data[:-1]
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", "")
    utf16 = _utf16_without_bom(data)
    if utf16:
        if len(data) % 2:
            data = data[:-1]
        return data.decode(utf16, errors="replace"), utf16
    if truncated:
        # A prefix may end inside a multi-byte character, which makes a strict
        # detector reject the whole text. A newline byte never occurs inside a
        # character in UTF-8, GBK, Big5 or Shift-JIS: cut after the last one.
        newline = data.rfind(b"\n", max(0, len(data) - 65536))
        if newline > 0:
            data = data[: newline + 1]
    if b"\x00" in data[:8192]:
        raise ExtractionError("binary file, not text")  # NUL bytes, and not in a UTF-16 pattern
    for cut in range(4 if truncated else 1):
        try:
            return repair_mojibake(data[: len(data) - cut].decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    for cut in range(1, 4 if truncated and best is None else 1):
        best = from_bytes(data[:-cut], cp_isolation=CANDIDATES).best()  # a prefix without a newline
        if best is not None:
            break
    if best is None:
        raise ExtractionError("unreadable text encoding")
    if best.encoding not in ("gb18030", "utf_8", "utf_16") and len(data) < 4096 and _common_hanzi(data):
        # Short GBK text is where charset-normalizer guesses wrong (STACK.md), Big5 included;
        # for a CV reviewer a Chinese reading of common-hanzi byte pairs is the better bet.
        # Real Big5 rarely passes _common_hanzi: ~40% of its trail bytes lie below 0xA1.
        return data.decode("gb18030"), "gb18030"
    return str(best), best.encoding


# UTF-8 read as Windows-1252 once and saved again ("Câ€“N", "Wisconsinâ€“Madison", "Â·"):
# a lead byte's character, then one to three continuation bytes' characters
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]{{1,3}}")


def repair_mojibake(text: str) -> str:
    """The text with each run that re-encodes to valid UTF-8 mended, when two or more do
    (one could be a real "Ã©" in a word list; a pasted CV has dozens)."""
    if text.isascii():
        return text
    runs = _MOJIBAKE.findall(text)
    mended = {run: _mended(run) for run in set(runs)}  # each distinct run re-encoded once
    if sum(mended[run] is not None for run in runs) < 2:
        return text
    return _MOJIBAKE.sub(lambda m: mended[m.group(0)] or m.group(0), text)


def _mended(run: str) -> str | None:
    try:
        return run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None


def _common_hanzi(data: bytes) -> bool:
    """Strict GB18030 and most double-byte pairs in GB2312 level 1 (the 3,755 commonest hanzi)."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    pairs = common = 0
    i = 0
    while i < len(data) - 1:
        if data[i] >= 0x81:
            pairs += 1
            common += 0xB0 <= data[i] <= 0xD7 and 0xA1 <= data[i + 1] <= 0xFE
            i += 2
        else:
            i += 1
    return pairs > 0 and common >= 0.6 * pairs


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    # Latin text: every other byte is NUL. CJK text has few NULs, so also try a strict decode.
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """Too many control characters for any real text."""
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f") or ch == "\ufffd")
    return controls / len(sample) > 0.05
