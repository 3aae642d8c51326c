"""Pick a reader by content first, then by extension; refuse the rest with a reason.

Every failure is an ExtractionError whose text is one line a reviewer can act on.
Bounded work: text formats are read only up to MAX_TEXT_BYTES (from a path, only
that prefix is ever read), binary formats up to MAX_BINARY_BYTES, PDFs up to
MAX_PDF_PAGES pages (pdf.py); anything capped leaves a warning on the document.
"""
from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.extract.document import ExtractedDocument, ExtractionError
from reviewer.extract.sniff import sniff_bytes

MAX_TEXT_BYTES = 2 * 1024 * 1024  # a CV in plain text is a few KB; a 100 MB log is not a CV
MAX_BINARY_BYTES = 100 * 1024 * 1024  # PDF/DOCX/ODT larger than this are refused unread
_HEAD = 64 * 1024

# A reader takes the file's bytes and whether they were cut at MAX_TEXT_BYTES.
Reader = Callable[[bytes, bool], ExtractedDocument]


def _pdf(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.pdf import read_pdf  # each reader imports its library on first use (STACK.md)

    return read_pdf(data)


def _docx(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.docx import read_docx

    return read_docx(data)


def _odt(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.odt import read_odt

    return read_odt(data)


def _rtf(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.rtf import read_rtf

    return read_rtf(data)


def _html(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.html import read_html

    return read_html(data, truncated)


def _txt(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.text import read_text

    return read_text(data, "txt", truncated)


def _md(data: bytes, truncated: bool) -> ExtractedDocument:
    from reviewer.extract.text import read_text

    return read_text(data, "md", truncated)


@dataclass(frozen=True)
class Format:
    """One readable format. `is_text`: read only up to MAX_TEXT_BYTES (a prefix is
    still a CV); the others are read whole up to MAX_BINARY_BYTES or refused."""

    name: str
    suffixes: tuple[str, ...]
    reader: Reader
    is_text: bool


# The one table of formats: sniff.py decides by content, this table by suffix.
# RTF is not a text format here: embedded pictures make it large.
FORMATS = (
    Format("pdf", (".pdf",), _pdf, False),
    Format("docx", (".docx",), _docx, False),
    Format("odt", (".odt",), _odt, False),
    Format("rtf", (".rtf",), _rtf, False),
    Format("html", (".html", ".htm", ".xhtml"), _html, True),
    Format("txt", (".txt", ".text"), _txt, True),
    Format("md", (".md", ".markdown"), _md, True),
)
BY_NAME = {f.name: f for f in FORMATS}
SUFFIX_FORMATS = {suffix: f.name for f in FORMATS for suffix in f.suffixes}
SUPPORTED_SUFFIXES = frozenset(SUFFIX_FORMATS)
_TEXT_FORMATS = frozenset(f.name for f in FORMATS if f.is_text)

_IMAGE = "image file: no text layer (scanned?)"
_REFUSALS = {
    "doc": "unsupported format (.doc: legacy Word, please save as DOCX or PDF)",
    "pages": "unsupported format (.pages: Apple Pages, please export as PDF or DOCX)",
    "image": _IMAGE,
    "spreadsheet": "unsupported format (spreadsheet, not a CV document)",
    "presentation": "unsupported format (presentation, please export as PDF)",
    "archive": "unsupported format (zip archive: unpack it first)",
    "binary": "unsupported format (binary file, not a document)",
}
_SUFFIX_REFUSALS = {
    ".doc": _REFUSALS["doc"], ".dot": _REFUSALS["doc"], ".wps": "unsupported format (.wps: Works, please save as DOCX or PDF)",
    ".pages": _REFUSALS["pages"], ".key": _REFUSALS["presentation"], ".numbers": _REFUSALS["spreadsheet"],
    ".xls": _REFUSALS["spreadsheet"], ".xlsx": _REFUSALS["spreadsheet"], ".ods": _REFUSALS["spreadsheet"],
    ".ppt": _REFUSALS["presentation"], ".pptx": _REFUSALS["presentation"], ".odp": _REFUSALS["presentation"],
    ".zip": _REFUSALS["archive"], ".rar": _REFUSALS["archive"], ".7z": _REFUSALS["archive"],
    **{s: _IMAGE for s in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".heic", ".webp")},
}
# Files an application folder holds that are worth a reason in the import report.
RECOGNISED_SUFFIXES = SUPPORTED_SUFFIXES | frozenset(_SUFFIX_REFUSALS)


def unsupported_reason(suffix: str) -> str | None:
    """The one-line reason for a suffix we recognise but cannot read, else None."""
    return _SUFFIX_REFUSALS.get(suffix.lower())


def sniff_format(data: bytes, suffix: str = "") -> str | None:
    """The format by content (a .pdf that is really a DOCX happens), then by suffix.
    Returns a readable format ("pdf", "docx", "odt", "rtf", "html", "txt", "md"),
    a refused kind ("doc", "pages", "image", "spreadsheet", "presentation",
    "archive", "binary"), or None."""
    return _kind(data[:_HEAD], suffix, data)


def _kind(head: bytes, suffix: str, whole: bytes | None = None) -> str | None:
    """By content, then a text format by suffix (text carries no signature)."""
    kind = sniff_bytes(head, suffix, whole)
    if kind is None:
        by_suffix = SUFFIX_FORMATS.get(suffix.lower())
        kind = by_suffix if by_suffix in _TEXT_FORMATS else None
    return kind


def _wrong_content(suffix: str) -> str:
    fmt = SUFFIX_FORMATS.get(suffix.lower())
    if fmt == "pdf":
        return "not a PDF (content does not start with a PDF header)"
    if fmt in ("docx", "odt"):
        return f"not a {fmt.upper()} file (not a valid document package)"
    return _SUFFIX_REFUSALS.get(suffix.lower(), f"unsupported format ({suffix.lower() or 'no extension'})")


def _extract(data: bytes, suffix: str, total_size: int) -> ExtractedDocument:
    if total_size == 0 or not data:
        raise ExtractionError("empty file")
    fmt = sniff_format(data, suffix)
    if fmt in _REFUSALS:
        raise ExtractionError(_REFUSALS[fmt])
    if fmt is None:
        raise ExtractionError(_wrong_content(suffix))
    warnings: list[str] = []
    if fmt in _TEXT_FORMATS and total_size > MAX_TEXT_BYTES:
        data = data[:MAX_TEXT_BYTES]
        warnings.append(f"read the first {_mb(MAX_TEXT_BYTES)} of {_mb(total_size)}")
    elif fmt not in _TEXT_FORMATS and total_size > MAX_BINARY_BYTES:
        raise ExtractionError(f"file too large ({_mb(total_size)})")
    doc = BY_NAME[fmt].reader(data, bool(warnings))
    doc.warnings[:0] = warnings
    return doc


def _mb(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 10 or megabytes == int(megabytes) else f"{megabytes:.1f} MB"


def extract_bytes(data: bytes, suffix: str) -> ExtractedDocument:
    """Read a document held in memory; `suffix` like ".pdf" (a hint only)."""
    return _extract(data, suffix, len(data))


def extract(path: str | Path) -> ExtractedDocument:
    """Read a document from disk. A text file is read only up to MAX_TEXT_BYTES,
    so a 100 MB log costs no more memory than a CV."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # a FIFO would block the reader forever, a device never ends
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe or device"
            raise ExtractionError(f"cannot read file: {what}, not a regular file")
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            kind = _kind(head, path.suffix)
            if kind in _TEXT_FORMATS:
                data = head + handle.read(max(0, MAX_TEXT_BYTES - len(head)))
            elif kind is None:
                data = head  # refused below by suffix; no need to read more
            elif size > MAX_BINARY_BYTES:
                raise ExtractionError(f"file too large ({_mb(size)})")
            else:
                data = head + handle.read()
    except OSError as err:
        raise ExtractionError(f"cannot read file: {err.strerror or err}") from err
    return _extract(data, path.suffix, size)
