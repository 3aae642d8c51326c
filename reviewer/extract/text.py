"""Plain text and Markdown in whatever encoding a CV arrives in."""
from __future__ import annotations

import re

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.encoding import decode, looks_binary
from reviewer.extract.normalize import clean
from reviewer.extract.text_columns import split_columns


def read_text(data: bytes, fmt: str = "txt", truncated: bool = False) -> ExtractedDocument:
    text, encoding = decode(data, truncated)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if "\x00" in text or looks_binary(text):
        raise ExtractionError("binary file, not text")
    text = _wrap_long_lines(text)
    links: list[str] = []
    metadata: dict[str, str] = {}
    if fmt == "md":
        from reviewer.extract.markdown import markdown_lines

        lines, links, metadata = markdown_lines(text)
    else:
        # Blank lines stay (as empty lines) so line numbers match the file (a page in two
        # columns is read column by column, and its numbers follow that order).
        lines, block = [], 1
        rows = text.split("\n")
        rows = split_columns(rows) or rows
        for raw in rows:
            # A run of spaces inside a line is a column gap ("2019 – 2021     Acme Corp"): keep
            # it as a tab, as the PDF and DOCX readers do, instead of letting `clean` fold it
            # into one space. Two spaces after a full stop are only sentence spacing.
            line = clean(_GAP.sub("\t", raw))
            block += not line
            lines.append(TextLine(line, block=block))
    if not any(line.text for line in lines):
        raise ExtractionError("no text in file")
    emails = [u[7:].split("?")[0] for u in links if u.lower().startswith("mailto:")]
    urls = [u for u in links if not u.lower().startswith("mailto:")]
    return ExtractedDocument(format=fmt, lines=lines, links=urls, emails=emails, metadata=metadata, encoding=encoding)


_GAP = re.compile(r"(?<=[^\s.]) {2,}(?=\S)|(?<=\.) {3,}(?=\S)")
MAX_LINE = 5000  # characters; a CV line is far shorter, and the Markdown patterns stay linear below it


def _wrap_long_lines(text: str) -> str:
    """Cut lines longer than MAX_LINE (at a space when one is near) so no pattern
    ever scans a megabyte-long line: "[[[[..." repeated for 2 MB made the link
    pattern quadratic."""
    if len(text) <= MAX_LINE or all(len(line) <= MAX_LINE for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > MAX_LINE:
            cut = line.rfind(" ", MAX_LINE // 2, MAX_LINE)
            cut = cut if cut > 0 else MAX_LINE
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return "\n".join(out)
