"""Text extraction: a registry of format readers, chosen by extension then by content.

`extract(path)` returns an ExtractedDocument or raises ExtractionError with a
one-line reason. Readers import their libraries lazily (start-up cost).
"""
from __future__ import annotations

from pathlib import Path

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.registry import SUPPORTED_SUFFIXES, extract, extract_bytes, sniff_format

__all__ = [
    "ExtractedDocument",
    "ExtractionError",
    "TextLine",
    "SUPPORTED_SUFFIXES",
    "extract",
    "extract_bytes",
    "sniff_format",
    "Path",
]
