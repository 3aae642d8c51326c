"""Placeholder pipeline: contact details only. The parser issue replaces this."""
from __future__ import annotations

import re

from reviewer.extract import ExtractedDocument
from reviewer.profile import Profile

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def parse(doc: ExtractedDocument, source: str) -> Profile:
    text = doc.text
    first = next((line.text.strip() for line in doc.lines if line.text.strip()), None)
    return Profile(source=source, name=first, emails=sorted(set(EMAIL.findall(text))), links=list(doc.links))
