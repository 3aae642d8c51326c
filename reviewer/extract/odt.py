"""OpenDocument Text (LibreOffice) with zipfile + ElementTree: no dependency.

content.xml holds the body: text:h are headings, text:p paragraphs, table cells
joined by CELL_SEP, text:a links. Bold comes from the automatic styles
(fo:font-weight="bold") of a paragraph or of spans covering most of its letters.
"""
from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.normalize import clean
from reviewer.extract.zipguard import open_package

_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}
_T = "{" + _NS["text"] + "}"
_TB = "{" + _NS["table"] + "}"


def read_odt(data: bytes) -> ExtractedDocument:
    with open_package(data, "ODT") as archive:
        try:
            content = archive.read("content.xml")
            styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else b""
        except (KeyError, OSError, ValueError) as err:
            raise ExtractionError("broken ODT (no content.xml)") from err
    try:
        root = ET.fromstring(content)
    except ET.ParseError as err:
        raise ExtractionError("broken ODT (content.xml is not XML)") from err
    bold_styles = _bold_styles(root)
    if styles:
        with contextlib.suppress(ET.ParseError):  # named styles are a nicety; content.xml is what counts
            bold_styles |= _bold_styles(ET.fromstring(styles))
    body = root.find("office:body/office:text", _NS)
    if body is None:
        raise ExtractionError("no text found in ODT")
    reader = _Reader(bold_styles)
    reader.walk(body)
    if not reader.lines:
        raise ExtractionError("no text found in ODT")
    return ExtractedDocument(format="odt", lines=reader.lines, links=reader.urls, emails=reader.emails)


def _bold_styles(root: ET.Element) -> set[str]:
    out = set()
    for style in root.iter("{" + _NS["style"] + "}style"):
        props = style.find("style:text-properties", _NS)
        if props is not None and props.get("{" + _NS["fo"] + "}font-weight") in ("bold", "600", "700", "800", "900"):
            out.add(style.get("{" + _NS["style"] + "}name"))
    return out


class _Reader:
    def __init__(self, bold_styles: set[str]) -> None:
        self.bold_styles = bold_styles
        self.lines: list[TextLine] = []
        self.urls: list[str] = []
        self.emails: list[str] = []

    def walk(self, element: ET.Element) -> None:
        for child in element:
            tag = child.tag
            if tag in (_T + "p", _T + "h"):
                self.paragraph(child, heading=tag == _T + "h")
            elif tag == _TB + "table":
                self.table(child)
            else:  # lists, sections, frames: descend
                self.walk(child)

    def table(self, table: ET.Element) -> None:
        for row in table.iter(_TB + "table-row"):
            cells = [c for c in row if c.tag == _TB + "table-cell"]
            paragraphs = [p for c in cells for p in c if p.tag in (_T + "p", _T + "h")]
            if len(paragraphs) <= len(cells):
                texts = [clean(self._text(c)) for c in cells]
                line = CELL_SEP.join(t for t in texts if t)
                if line:
                    self.lines.append(TextLine(line, block=len(self.lines)))
            else:
                for cell in cells:
                    self.walk(cell)

    def paragraph(self, p: ET.Element, heading: bool) -> None:
        parts: list[str] = []
        letters = [0, 0]  # total, bold
        self._collect(p, parts, letters, p.get(_T + "style-name") in self.bold_styles)
        for text in "".join(parts).split("\n"):
            text = clean(text)
            if text:
                bold = heading or (letters[0] > 0 and letters[1] >= 0.6 * letters[0])
                self.lines.append(TextLine(text, bold=bold, heading=heading, block=len(self.lines)))

    def _collect(self, element: ET.Element, parts: list[str], letters: list[int], bold: bool) -> None:
        if element.text:
            self._add(element.text, parts, letters, bold)
        for child in element:
            tag = child.tag
            if tag == _T + "s":
                parts.append(" " * int(child.get(_T + "c", "1")))
            elif tag == _T + "tab":
                parts.append("\t")
            elif tag == _T + "line-break":
                parts.append("\n")
            elif tag in (_T + "note", _T + "bookmark-ref"):
                pass
            else:
                if tag == _T + "a":
                    self._link(child.get("{" + _NS["xlink"] + "}href", ""))
                child_bold = bold or child.get(_T + "style-name") in self.bold_styles
                self._collect(child, parts, letters, child_bold)
            if child.tail:
                self._add(child.tail, parts, letters, bold)

    @staticmethod
    def _add(text: str, parts: list[str], letters: list[int], bold: bool) -> None:
        parts.append(text)
        count = sum(ch.isalpha() for ch in text)
        letters[0] += count
        letters[1] += count if bold else 0

    def _text(self, element: ET.Element) -> str:
        parts: list[str] = []
        self._collect(element, parts, [0, 0], False)
        return " ".join("".join(parts).split())

    def _link(self, href: str) -> None:
        href = href.strip()
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?")[0]
            if address and address not in self.emails:
                self.emails.append(address)
        elif href.lower().startswith(("http://", "https://", "www.")) and href not in self.urls:
            self.urls.append(href)
