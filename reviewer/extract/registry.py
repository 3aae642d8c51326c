"""Pick a reader by extension, falling back to content sniffing."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reviewer.extract.document import ExtractedDocument, ExtractionError

Reader = Callable[[bytes], ExtractedDocument]


def _pdf(data: bytes) -> ExtractedDocument:
    from reviewer.extract.pdf import read_pdf

    return read_pdf(data)


def _docx(data: bytes) -> ExtractedDocument:
    from reviewer.extract.docx import read_docx

    return read_docx(data)


def _text(fmt: str) -> Reader:
    def read(data: bytes) -> ExtractedDocument:
        from reviewer.extract.text import read_text

        return read_text(data, fmt)

    return read


READERS: dict[str, Reader] = {
    "pdf": _pdf,
    "docx": _docx,
    "txt": _text("txt"),
    "md": _text("md"),
}
SUFFIX_FORMATS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
SUPPORTED_SUFFIXES = frozenset(SUFFIX_FORMATS)


def sniff_format(data: bytes, suffix: str = "") -> str | None:
    """The format by magic bytes first (a .pdf that is really a DOCX happens), then by suffix."""
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") and suffix.lower() in ("", ".docx", ".doc", ".pdf"):
        return "docx"
    return SUFFIX_FORMATS.get(suffix.lower())


def extract_bytes(data: bytes, suffix: str) -> ExtractedDocument:
    if not data:
        raise ExtractionError("empty file")
    fmt = sniff_format(data, suffix)
    if fmt is None:
        raise ExtractionError(f"unsupported format ({suffix or 'no extension'})")
    return READERS[fmt](data)


def extract(path: str | Path) -> ExtractedDocument:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ExtractionError(f"cannot read file: {err.strerror or err}") from err
    return extract_bytes(data, path.suffix)
