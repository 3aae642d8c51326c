"""What every format reader returns, and how it says no."""
from __future__ import annotations

from dataclasses import dataclass, field


class ExtractionError(Exception):
    """A file that cannot be read; `str(err)` is the one-line reason a reviewer sees,
    e.g. "no text layer (scanned?)", "encrypted PDF (password required)",
    "unsupported format (.doc: legacy Word, please save as DOCX or PDF)"."""


# Separator between cells of one visual line that a wide horizontal gap keeps apart
# (a title and its right-aligned date, table cells, a date column and its entry).
# A tab rather than a space so the parser can split "Research Intern<TAB>2021 - 2022".
CELL_SEP = "\t"


@dataclass(frozen=True, init=False)
class TextLine:
    """One visual line in reading order. Font and position facts are None for
    formats that have none (TXT). Cells of a row separated by a wide gap are
    joined with CELL_SEP (a tab)."""

    text: str
    page: int = 1
    size: float | None = None  # dominant font size in points, for heading detection
    bold: bool = False  # most letters are in a heavy font (or a bold run / **bold** line)
    heading: bool = False  # the reader knows it is a heading (DOCX style, Markdown #, HTML <h1>)
    x0: float | None = None  # PDF: left edge in points from the page's left side (indentation)
    x1: float | None = None  # PDF: right edge
    y: float | None = None  # PDF: top edge in points from the page's top
    block: int = 0  # lines of one paragraph / visual block share a number (document-wide)
    links: tuple[str, ...] = ()  # URLs whose link annotation or hyperlink covers this line

    def __init__(self, text: str, page: int = 1, size: float | None = None, bold: bool = False,
                 heading: bool = False, x0: float | None = None, x1: float | None = None, y: float | None = None,
                 block: int = 0, links: tuple[str, ...] = ()) -> None:
        """The dataclass's own __init__ with the same fields and defaults (a test compares
        them), written out: a frozen dataclass sets each field through object.__setattr__,
        2-3 us a line, ~0.5 ms of a 4-page PDF's reading. Filling the instance's dict
        gives the same object (equal, same hash, same pickle) at a quarter of the cost."""
        state = self.__dict__
        state["text"] = text
        state["page"] = page
        state["size"] = size
        state["bold"] = bold
        state["heading"] = heading
        state["x0"] = x0
        state["x1"] = x1
        state["y"] = y
        state["block"] = block
        state["links"] = links


@dataclass
class ExtractedDocument:
    format: str  # "pdf", "docx", "txt", "md", "html", "odt", "rtf"
    lines: list[TextLine]
    links: list[str] = field(default_factory=list)  # URLs from annotations / hyperlinks, no mailto:
    pages: int = 1  # pages in the file (lines come from at most MAX_PDF_PAGES of them)
    warnings: list[str] = field(default_factory=list)  # what was capped or repaired, one line each
    emails: list[str] = field(default_factory=list)  # addresses from mailto: links
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. PDF Title/Author, DOCX core properties
    encoding: str | None = None  # text formats: the encoding the bytes were decoded with
    outline: list[tuple[str, int]] = field(default_factory=list)  # PDF bookmarks: (title, 0-based page), top level
    # PDF: 0-based pages where a document of a merged portal PDF begins (extract/pdf_parts.py); [0] for one
    page_starts: list[int] = field(default_factory=lambda: [0])

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @classmethod
    def from_text(cls, text: str, format: str = "txt") -> ExtractedDocument:
        return cls(format=format, lines=[TextLine(t) for t in text.splitlines()])
