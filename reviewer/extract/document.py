"""What every format reader returns, and how it says no."""
from __future__ import annotations

from dataclasses import dataclass, field


class ExtractionError(Exception):
    """A file that cannot be read; `str(err)` is the one-line reason a reviewer sees,
    e.g. "no text layer (scanned?)", "encrypted PDF (password required)",
    "unsupported format (.doc)"."""


@dataclass(frozen=True)
class TextLine:
    """One visual line. Font facts are None for formats that have none (TXT)."""

    text: str
    page: int = 1
    size: float | None = None  # font size in points, for heading detection
    bold: bool = False
    heading: bool = False  # the reader knows it is a heading (DOCX style, Markdown #)


@dataclass
class ExtractedDocument:
    format: str  # "pdf", "docx", "txt", "md", ...
    lines: list[TextLine]
    links: list[str] = field(default_factory=list)  # URLs from annotations / hyperlinks
    pages: int = 1
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @classmethod
    def from_text(cls, text: str, format: str = "txt") -> ExtractedDocument:
        return cls(format=format, lines=[TextLine(t) for t in text.splitlines()])
