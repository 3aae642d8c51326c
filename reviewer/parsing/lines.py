"""The parser's view of a document: numbered lines that remember where they came from."""
from __future__ import annotations

from dataclasses import dataclass

from reviewer.extract import ExtractedDocument
from reviewer.profile import Evidence


@dataclass(frozen=True)
class Line:
    text: str
    index: int  # 0-based line number in ExtractedDocument.lines
    page: int = 1
    size: float | None = None
    bold: bool = False
    heading: bool = False
    x0: float | None = None  # PDF: left and right edges, for indentation and wrapped lines
    x1: float | None = None

    def evidence(self, confidence: float = 1.0) -> Evidence:
        return Evidence(line=self.index, page=self.page, text=self.text.strip()[:200], confidence=confidence)


def document_lines(doc: ExtractedDocument) -> list[Line]:
    return [Line(t.text, i, t.page, t.size, t.bold, t.heading, t.x0, t.x1) for i, t in enumerate(doc.lines)]
