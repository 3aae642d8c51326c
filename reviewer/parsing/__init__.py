"""The CV parser: pure functions, a document in, a Profile out.

No Qt, no SQLAlchemy, no global state: it runs in worker processes.
Bump PARSER_VERSION whenever output changes, so stored profiles get re-parsed.
"""
from __future__ import annotations

from pathlib import Path

from reviewer.extract import ExtractedDocument, extract
from reviewer.profile import Profile

PARSER_VERSION = 28


def parse_document(doc: ExtractedDocument, source: str) -> Profile:
    from reviewer.parsing.pipeline import parse

    return parse(doc, source)


def parse_file(path: str | Path) -> Profile:
    """Extract and parse one file; raises ExtractionError when it cannot be read."""
    return parse_document(extract(path), str(path))
