"""DOCX: headers, body in order (tables and text boxes included), footers;
heading styles, bold runs, font sizes and hyperlink targets kept.

The package is read with plain lxml (docx_package), not python-docx: the same
lines at a fraction of the cost (benchmarks/FINDINGS.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.docx_package import R_ID, Package, Part
from reviewer.extract.docx_styles import W, font_bold, font_size
from reviewer.extract.docx_tables import row_cells, table_rows
from reviewer.extract.normalize import clean
from reviewer.extract.zipguard import open_package

_MAX_LINES = 20_000  # a CV has a few hundred; a generated monster stops here
_HEADING_STYLES = ("heading", "title", "subtitle", "标题", "標題")
_HEADER_KINDS = ("first", "default", "even")  # python-docx's first-page, primary, even-page order


def read_docx(data: bytes) -> ExtractedDocument:
    archive = open_package(data, "DOCX")  # zip-bomb guard before anything is inflated
    with archive:
        try:
            package = Package(archive)
        except Exception as err:  # a bad package raises many types
            raise ExtractionError(f"broken DOCX ({type(err).__name__})") from err
        reader = _Reader(package)
        try:
            reader.read_all()
        except _TooLong:
            reader.warnings.append(f"read the first {_MAX_LINES} lines")
        except Exception as err:  # a malformed part deep inside; keep what was read
            if not reader.lines:
                raise ExtractionError(f"broken DOCX ({type(err).__name__})") from err
            reader.warnings.append(f"part of the DOCX could not be read ({type(err).__name__})")
        metadata = {k: v for k, v in (("Author", package.core_text("creator")),
                                      ("Title", package.core_text("title"))) if v}
    if not any(line.text for line in reader.lines):
        raise ExtractionError("no text found in DOCX")
    return ExtractedDocument(format="docx", lines=reader.lines, links=reader.urls, warnings=reader.warnings,
                             emails=reader.emails, metadata=metadata)


class _TooLong(Exception):
    pass


class _Reader:
    """Walks one document; `story` arguments are the part (document, header, footer)
    whose relationships a paragraph's hyperlink ids refer to."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.lines: list[TextLine] = []
        self.urls: list[str] = []
        self.emails: list[str] = []
        self.warnings: list[str] = []
        self.block = 0
        self._styles: dict[str | None, tuple[str, bool, float | None]] = {}
        self._run_styles: dict[str, bool | None] = {}

    def read_all(self) -> None:
        document = self.package.document
        body = document.root.find(W + "body")
        if body is None:
            raise KeyError("no document body")
        sections = body.xpath("./w:p/w:pPr/w:sectPr | ./w:sectPr", namespaces={"w": W[1:-1]})
        seen: set[str] = set()
        self._furniture(sections, "headerReference", seen)
        self.container(body, document)
        self._furniture(sections, "footerReference", seen)
        for rel in document.rels.values():
            if rel.reltype.endswith("/hyperlink") and rel.external:
                self.link(rel.target)

    def _furniture(self, sections: list, reference: str, seen: set[str]) -> None:
        """Headers or footers of every section. One a section only inherits (no
        reference of its own) was read with the section that defines it; one whose
        text was already read (the same header in every section) is skipped."""
        for sect in sections:
            for kind in _HEADER_KINDS:
                ref = next((r for r in sect.iterchildren(W + reference) if r.get(W + "type") == kind), None)
                if ref is None:
                    continue
                part = self.package.related(self.package.document, ref.get(R_ID) or "")
                key = "\n".join(_text(p) for p in part.root.iterchildren(W + "p"))
                if not key.strip() and part.root.find(W + "tbl") is None or key in seen:
                    continue
                seen.add(key)
                self.container(part.root, part)

    def link(self, target: str) -> None:
        target = (target or "").strip()
        if target.lower().startswith("mailto:"):
            address = target[7:].split("?")[0]
            if address and address not in self.emails:
                self.emails.append(address)
        elif target.lower().startswith(("http://", "https://", "www.")) and target not in self.urls:
            self.urls.append(target)

    def container(self, element: etree._Element, story: Part) -> None:
        """Every paragraph and table of a body, cell, header or footer, in order."""
        for kind, block in _blocks(element):
            if kind == "tbl":
                self.table(block, story)
            else:
                self.paragraph(block, story)

    def table(self, tbl: etree._Element, story: Part) -> None:
        header_width = 0  # cells of the table's last one-line row (a header row of a data table)
        for tr in table_rows(tbl):
            cells: list[etree._Element] = []
            for tc in row_cells(tr):
                if not any(tc is c for c in cells):  # a merged cell appears once per grid column it spans
                    cells.append(tc)
            # (a form's value cells wrap their paragraph in a content control: _blocks opens it)
            blocks = [list(_blocks(tc)) for tc in cells]
            paragraphs = [[b for kind, b in bs if kind == "p"] for bs in blocks]
            nested = any(kind == "tbl" for bs in blocks for kind, _ in bs)
            if all(len(ps) <= 1 for ps in paragraphs) and not nested:
                self._simple_row(paragraphs, story)
                header_width = len(cells)
            elif not nested and len(cells) == header_width >= 3 and _short_cells(paragraphs):
                # a data row under a header ("起止时间 | 学校 | 专业 | 学位") whose cells wrap by paragraph
                # ("2016.09-" / "2021.06"): one row, each cell's paragraphs joined
                self._simple_row(paragraphs, story)
            elif (dates := _date_cell(cells)) is not None:
                self._dated_entry(dates, cells[1], story)
            else:
                for tc in cells:  # a layout table: each cell is a column of text
                    self.container(tc, story)

    def _simple_row(self, paragraphs: list[list[etree._Element]], story: Part) -> None:
        """A cell may hold manual line breaks ("Engineer, Acme" / "Built the ..."): the
        row's line joins the first line of each cell, and a cell's later lines follow
        as lines of their own, as a reader sees description under title."""
        cell_lines = [[clean(t) for t in " ".join(_text(p) for p in ps).split("\n")] for ps in paragraphs]
        cell_lines = [[t for t in ls if t] for ls in cell_lines]
        texts = [ls[0] if ls else "" for ls in cell_lines]
        more = [t for ls in cell_lines for t in ls[1:]]
        line_text = CELL_SEP.join(t for t in texts if t)
        if not line_text:
            return
        bold = all(_bold_share(p, self._style(p)[1], self) >= 0.6
                   for ps in paragraphs for p in ps if _text(p).strip())
        self.block += 1
        self._add(TextLine(line_text, bold=bold, block=self.block))
        for extra in more:
            self._add(TextLine(extra, block=self.block))
        for ps in paragraphs:
            for p in ps:
                self._paragraph_links(p, story)

    def _dated_entry(self, dates: str, entry: etree._Element, story: Part) -> None:
        """A resume table row: the dates cell ("Jan 2022 –" / "Present") then the entry's
        cell of several paragraphs. The dates join the entry's first line, as one reads it."""
        blocks = list(_blocks(entry))
        for n, (kind, block) in enumerate(blocks):
            if kind == "tbl":
                self.table(block, story)
            else:
                self.paragraph(block, story, prefix=dates + CELL_SEP if n == 0 else "")

    def _style(self, p: etree._Element) -> tuple[str, bool, float | None]:
        """(name, bold, size) of the paragraph's style, looked up once per style id."""
        ppr = p.find(W + "pPr")
        pstyle = ppr.find(W + "pStyle") if ppr is not None else None
        key = pstyle.get(W + "val") if pstyle is not None else None
        if key not in self._styles:
            self._styles[key] = self.package.styles.paragraph_facts(key)
        return self._styles[key]

    def run_style_bold(self, style_id: str) -> bool | None:
        if style_id not in self._run_styles:
            self._run_styles[style_id] = self.package.styles.character_bold(style_id)
        return self._run_styles[style_id]

    def paragraph(self, p: etree._Element, story: Part, prefix: str = "") -> None:
        self._paragraph_links(p, story)
        style, style_bold, style_size = self._style(p)
        heading = style.lower().startswith(_HEADING_STYLES)
        bold = _bold_share(p, style_bold, self) >= 0.6
        size = _size(p) or style_size
        self.block += 1
        for text in _text(p).split("\n"):
            text = clean(text)
            if text:
                text, prefix = prefix + text, ""
                self._add(TextLine(text, size=size, bold=bold or heading, heading=heading, block=self.block))
        self._text_boxes(p, story)

    def _text_boxes(self, p: etree._Element, story: Part) -> None:
        """Text boxes anchored in this paragraph (a side bar, a contact block), each
        read as a little body of its own. A box is drawn twice, the modern shape in
        mc:Choice and a VML copy in mc:Fallback: only the first is read. Boxes
        nested in a box are read when that box's paragraphs are."""
        for box in p.iter(W + "txbxContent"):
            node, skip = box.getparent(), False
            while node is not None and node is not p:
                skip = skip or node.tag in (_MC + "Fallback", W + "txbxContent")
                node = node.getparent()
            if not skip:
                self.container(box, story)

    def _paragraph_links(self, p: etree._Element, story: Part) -> None:
        """Hyperlinks directly in the paragraph, as python-docx's Paragraph.hyperlinks."""
        for hyperlink in p.iterchildren(W + "hyperlink"):
            rid = hyperlink.get(R_ID)
            address = story.rels[rid].target if rid else ""
            fragment = hyperlink.get(W + "anchor") or ""
            if address:
                self.link(f"{address}#{fragment}" if fragment else address)

    def _add(self, line: TextLine) -> None:
        if len(self.lines) >= _MAX_LINES:
            raise _TooLong
        self.lines.append(line)


def _runs(p: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """(run, its text as python-docx's Run.text) for the runs directly in a paragraph."""
    for r in p.iterchildren(W + "r"):
        parts = []
        for el in r:
            tag = el.tag
            if tag == _T:
                parts.append(el.text or "")
            elif tag in (_TAB, _PTAB):
                parts.append("\t")
            elif tag == _CR or tag == _BR and el.get(W + "type", "textWrapping") == "textWrapping":
                parts.append("\n")
            elif tag == _NB_HYPHEN:
                parts.append("-")
        yield r, "".join(parts)


def _bold_share(p: etree._Element, style_bold: bool, reader: _Reader) -> float:
    """Share of letters in bold runs (direct formatting, run style or paragraph style)."""
    total = bold = 0
    for r, text in _runs(p):
        letters = sum(map(str.isalpha, text))
        total += letters
        run_bold = font_bold(r)
        if run_bold is None:
            rpr = r.find(W + "rPr")
            rstyle = rpr.find(W + "rStyle") if rpr is not None else None
            style_id = rstyle.get(W + "val") if rstyle is not None else None
            if style_id is not None:
                run_bold = reader.run_style_bold(style_id)
        if run_bold or (run_bold is None and style_bold):
            bold += letters
    return bold / total if total else 0.0


def _size(p: etree._Element) -> float | None:
    """The font size (points) covering most letters of the runs that set one."""
    weights: dict[float, int] = {}
    for r, text in _runs(p):
        size = font_size(r)
        if size is not None:
            weights[size] = weights.get(size, 0) + len(text)
    return max(weights.items(), key=lambda kv: kv[1])[0] if weights else None


def _blocks(element: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """("p" or "tbl", element) under a body, cell or header element, in order, also
    inside content controls (w:sdt) and custom XML, which Word resume templates
    use for the name and contact block."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _P:
            yield "p", child
        elif tag == _TBL:
            yield "tbl", child
        elif tag == _SDT:
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag == _CUSTOM_XML:
            yield from _blocks(child)


# What a dates cell may hold besides digits: month names, "present", separators.
_DATE_WORDS = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                         r"\b(?:present|now|today|current|since|expected)\b|至今|现在|年|月|[\d\s.,/–—~-]")


_SHORT_CELL = 60  # characters: a data table's cell, not a layout table's column of text


def _short_cells(paragraphs: list[list[etree._Element]]) -> bool:
    return all(len(ps) <= 2 and sum(len(_text(p)) for p in ps) <= _SHORT_CELL for ps in paragraphs)


def _date_cell(cells: list[etree._Element]) -> str | None:
    """The text of a row's first cell when the row is two cells and that cell holds only a
    date or a range (its lines joined), else None."""
    if len(cells) != 2 or any(kind == "tbl" for tc in cells for kind, _ in _blocks(tc)):
        return None
    text = " ".join(t for kind, p in _blocks(cells[0]) if kind == "p" for t in (clean(x) for x in _text(p).split("\n")) if t)
    if not text or len(text) > 40 or not re.search(r"(?:19|20)\d\d", text) or _DATE_WORDS.sub("", text).strip():
        return None
    return text


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _SDT, _CUSTOM_XML = W + "p", W + "tbl", W + "sdt", W + "customXml"
_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN = W + "t", W + "tab", W + "ptab", W + "br", W + "cr", W + "noBreakHyphen"
_SKIP_SUBTREES = frozenset({W + "txbxContent", W + "del", W + "pPr", W + "rPr", _MC + "Fallback",
                            W + "instrText", W + "delText"})


def _text(p_element: etree._Element) -> str:
    """A paragraph's visible text: runs directly, in hyperlinks, fields, tracked
    insertions, smart tags and content controls; not deleted text, field codes,
    or text boxes (read as paragraphs of their own)."""
    parts: list[str] = []
    stack = list(reversed(p_element))
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag in _SKIP_SUBTREES or not isinstance(tag, str):
            continue
        if tag == _T:
            parts.append(el.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            stack.extend(reversed(el))
    return "".join(parts)

