"""HTML (a saved web page, "Word HTML" named .doc) with the standard library's parser.

Text only: block elements start new lines, table cells are joined with CELL_SEP,
h1-h6 are headings, a line that is entirely <b>/<strong> is bold, <a href> targets
are links. Scripts, styles, navigation bars and everything in <head> but the title
are skipped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.encoding import decode
from reviewer.extract.normalize import clean

_BLOCKS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "address", "form", "fieldset", "figure", "figcaption", "center", "title", "body", "html"]
)
# Never CV text. A <nav> bar is the site's menu ("Home Research CV Contact"): its links
# are still collected, its words would only run into the page's first line.
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav"})
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[TextLine] = []
        self.links: list[str] = []
        self.title = ""
        self._parts: list[str] = []
        self._bold_chars = 0
        self._chars = 0
        self._heading = False
        self._skip = 0
        self._bold = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP and tag != "head":
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCKS:
            self._flush()
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = True
        if tag in ("b", "strong"):
            self._bold += 1
        if tag in ("td", "th") and self._parts:
            self._parts.append(CELL_SEP)
        if tag == "li":
            self._parts.append("- ")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href and not href.startswith("#") and href not in self.links:
                self.links.append(href.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head" and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in ("b", "strong") and self._bold:
            self._bold -= 1
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        text = " ".join(data.split())
        if not text:
            if data and self._parts:
                self._parts.append(" ")
            return
        if data[:1].isspace() and self._parts:
            self._parts.append(" ")
        self._parts.append(text)
        if data[-1:].isspace():
            self._parts.append(" ")
        letters = sum(ch.isalpha() for ch in text)
        self._chars += letters
        self._bold_chars += letters if self._bold else 0

    def _flush(self) -> None:
        text = clean("".join(self._parts))
        if text and text != "-":
            bold = self._chars > 0 and self._bold_chars >= 0.8 * self._chars
            self.lines.append(TextLine(text, heading=self._heading, bold=bold or self._heading, block=len(self.lines)))
        self._parts, self._chars, self._bold_chars, self._heading = [], 0, 0, False

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(data: bytes, truncated: bool = False) -> ExtractedDocument:
    declared = _META_CHARSET.search(data[:4096])
    text = None
    encoding = None
    if declared:
        try:
            encoding = declared.group(1).decode("ascii").lower()
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, encoding = decode(data, truncated)
    collector = _Collector()
    try:
        collector.feed(text)
        collector.close()
    except Exception as err:  # html.parser is lenient; this is a last resort
        raise ExtractionError(f"broken HTML ({type(err).__name__})") from err
    if not collector.lines:
        raise ExtractionError("no text in HTML file")
    emails = [u[7:].split("?")[0] for u in collector.links if u.lower().startswith("mailto:")]
    urls = [u for u in collector.links if u.lower().startswith(("http://", "https://", "www."))]
    metadata = {"Title": clean(collector.title)} if collector.title.strip() else {}
    return ExtractedDocument(format="html", lines=collector.lines, links=urls, emails=emails,
                             metadata=metadata, encoding=encoding)
