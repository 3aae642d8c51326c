"""Text extraction: a registry of format readers, chosen by content then by extension.

`extract(path)` returns an ExtractedDocument or raises ExtractionError with a
one-line reason. Readers import their libraries lazily (start-up cost).

Formats read: PDF (layout-aware, pypdfium2), DOCX (python-docx), ODT, RTF, HTML,
TXT and Markdown (standard library + charset-normalizer). Recognised and refused
with a reason: legacy .doc, .pages, images, spreadsheets, presentations, archives.
"""
from __future__ import annotations

from pathlib import Path

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.registry import (
    MAX_BINARY_BYTES,
    MAX_TEXT_BYTES,
    RECOGNISED_SUFFIXES,
    SUPPORTED_SUFFIXES,
    extract,
    extract_bytes,
    sniff_format,
    unsupported_reason,
)

__all__ = [
    "CELL_SEP",
    "ExtractedDocument",
    "ExtractionError",
    "TextLine",
    "MAX_BINARY_BYTES",
    "MAX_TEXT_BYTES",
    "RECOGNISED_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "extract",
    "extract_bytes",
    "sniff_format",
    "unsupported_reason",
    "Path",
]
