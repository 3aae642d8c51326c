"""Text extraction: a registry of format readers, chosen by content then by extension.

`extract(path)` returns an ExtractedDocument or raises ExtractionError with a
one-line reason. Readers import their libraries lazily (start-up cost).

Formats read: PDF (layout-aware, pypdfium2), DOCX (python-docx), ODT, RTF, HTML,
TXT and Markdown (standard library + charset-normalizer). Recognised and refused
with a reason: legacy .doc, .pages, images, spreadsheets, presentations, archives.

What a parser can rely on (ExtractedDocument):
- `lines` in reading order (PDF: columns and side bars one after the other, page
  numbers and running headers/footers removed). Cells of one visual row that a
  wide gap separates (a title and its right-aligned date) are joined by CELL_SEP,
  a tab. TXT/Markdown keep blank lines, so line numbers match the file.
- per line: `size` (dominant font size, pt), `bold` (most letters heavy),
  `heading` (a DOCX heading style, Markdown #, HTML h1-h6), `page`, `block`
  (lines of one paragraph/entry share it), PDF `x0`/`x1`/`y`, and `links` (URLs
  whose annotation covers the line: "GitHub" -> its address).
- `links`: every web link of the document; `emails`: mailto: targets (a PDF
  address printed nowhere also becomes a line after its anchor); `metadata`
  (PDF Title/Author, DOCX core properties, Markdown front matter); `warnings`.
"""
from __future__ import annotations

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
]
