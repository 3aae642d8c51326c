"""DOCX with python-docx: headers, body in order (tables and text boxes included),
footers; heading styles, bold runs, font sizes and hyperlink targets kept."""
from __future__ import annotations

import io

from reviewer.extract.document import CELL_SEP, ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.normalize import clean
from reviewer.extract.zipguard import open_package

_MAX_LINES = 20_000  # a CV has a few hundred; a generated monster stops here
_HEADING_STYLES = ("heading", "title", "subtitle", "标题", "標題")


def read_docx(data: bytes) -> ExtractedDocument:
    open_package(data, "DOCX").close()  # zip-bomb guard before python-docx inflates anything
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many types for a bad package
        raise ExtractionError(f"broken DOCX ({type(err).__name__})") from err
    reader = _Reader()
    try:
        seen: set[str] = set()
        for section in document.sections:
            for part in (section.first_page_header, section.header, section.even_page_header):
                reader.container(part, seen)
        reader.container(document, None)
        for section in document.sections:
            for part in (section.first_page_footer, section.footer, section.even_page_footer):
                reader.container(part, seen)
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/hyperlink") and rel.is_external:
                reader.link(rel.target_ref)
    except _TooLong:
        reader.warnings.append(f"read the first {_MAX_LINES} lines")
    except Exception as err:  # a malformed part deep inside; keep what was read
        if not reader.lines:
            raise ExtractionError(f"broken DOCX ({type(err).__name__})") from err
        reader.warnings.append(f"part of the DOCX could not be read ({type(err).__name__})")
    if not any(line.text for line in reader.lines):
        raise ExtractionError("no text found in DOCX")
    props = document.core_properties
    metadata = {k: v for k, v in (("Author", props.author), ("Title", props.title)) if v}
    return ExtractedDocument(format="docx", lines=reader.lines, links=reader.urls, warnings=reader.warnings,
                             emails=reader.emails, metadata=metadata)


class _TooLong(Exception):
    pass


class _Reader:
    def __init__(self) -> None:
        self.lines: list[TextLine] = []
        self.urls: list[str] = []
        self.emails: list[str] = []
        self.warnings: list[str] = []
        self.block = 0
        self._styles: dict[str | None, tuple[str, bool, float | None]] = {}
        self._run_styles: dict[str, bool | None] = {}

    def link(self, target: str) -> None:
        target = (target or "").strip()
        if target.lower().startswith("mailto:"):
            address = target[7:].split("?")[0]
            if address and address not in self.emails:
                self.emails.append(address)
        elif target.lower().startswith(("http://", "https://", "www.")) and target not in self.urls:
            self.urls.append(target)

    def container(self, container, seen: set[str] | None) -> None:
        """Every paragraph and table of a body, cell, header or footer, in order.
        `seen` (headers/footers): skip a part whose text was already read (linked sections)."""
        if seen is not None:
            if getattr(container, "is_linked_to_previous", False) and seen:
                return
            key = "\n".join(_text(p._p) for p in container.paragraphs)
            if not key.strip() and not container.tables or key in seen:
                return
            seen.add(key)
        from docx.table import Table

        element = container.element.body if hasattr(container, "core_properties") else container._element
        for block in _blocks(element, container):
            if isinstance(block, Table):
                self.table(block)
            else:
                self.paragraph(block)

    def table(self, table) -> None:
        for row in table.rows:
            cells, ids = [], set()
            for cell in row.cells:
                if id(cell._tc) in ids:
                    continue  # a merged cell appears once per grid column it spans
                ids.add(id(cell._tc))
                cells.append(cell)
            simple = all(len(c.paragraphs) <= 1 and not c.tables for c in cells)
            if simple:
                # A cell may hold manual line breaks ("Engineer, Acme" / "Built the ..."): the
                # row's line joins the first line of each cell, and a cell's later lines
                # follow as lines of their own, as a reader sees description under title.
                cell_lines = [[clean(t) for t in " ".join(_text(p._p) for p in c.paragraphs).split("\n")]
                              for c in cells]
                cell_lines = [[t for t in ls if t] for ls in cell_lines]
                texts = [ls[0] if ls else "" for ls in cell_lines]
                more = [t for ls in cell_lines for t in ls[1:]]
                line_text = CELL_SEP.join(t for t in texts if t)
                if line_text:
                    bold = all(_bold_share(p, self._style(p)[1], self._run_styles) >= 0.6
                               for c in cells for p in c.paragraphs if _text(p._p).strip())
                    self.block += 1
                    self._add(TextLine(line_text, bold=bold, block=self.block))
                    for extra in more:
                        self._add(TextLine(extra, block=self.block))
                    for c in cells:
                        for p in c.paragraphs:
                            self._paragraph_links(p)
            else:
                for cell in cells:  # a layout table: each cell is a column of text
                    self.container(cell, None)

    def _style(self, paragraph) -> tuple[str, bool, float | None]:
        """(name, bold, size) of the paragraph's style, looked up once per style id:
        python-docx resolves styles slowly and a CV repeats a few styles many times."""
        key = paragraph._p.style
        if key not in self._styles:
            style = paragraph.style
            name = (style.name if style is not None else "") or ""
            size, bold, node = None, False, style
            while node is not None:
                if size is None and node.font.size is not None:
                    size = node.font.size.pt
                if node.font.bold is not None:
                    bold = bold or bool(node.font.bold)
                node = node.base_style
            self._styles[key] = (name, bold, size)
        return self._styles[key]

    def paragraph(self, paragraph) -> None:
        self._paragraph_links(paragraph)
        style, style_bold, style_size = self._style(paragraph)
        heading = style.lower().startswith(_HEADING_STYLES)
        bold = _bold_share(paragraph, style_bold, self._run_styles) >= 0.6
        size = _size(paragraph) or style_size
        self.block += 1
        for text in _text(paragraph._p).split("\n"):
            text = clean(text)
            if text:
                self._add(TextLine(text, size=size, bold=bold or heading, heading=heading, block=self.block))
        self._text_boxes(paragraph)

    def _text_boxes(self, paragraph) -> None:
        """Text boxes anchored in this paragraph (a side bar, a contact block), each
        read as a little body of its own. A box is drawn twice, the modern shape in
        mc:Choice and a VML copy in mc:Fallback: only the first is read. Boxes
        nested in a box are read when that box's paragraphs are."""
        from docx.table import Table

        for box in paragraph._p.iter(_W + "txbxContent"):
            node, skip = box.getparent(), False
            while node is not None and node is not paragraph._p:
                skip = skip or node.tag in (_MC + "Fallback", _W + "txbxContent")
                node = node.getparent()
            if skip:
                continue
            for block in _blocks(box, paragraph._parent):
                if isinstance(block, Table):
                    self.table(block)
                else:
                    self.paragraph(block)

    def _paragraph_links(self, paragraph) -> None:
        for hyperlink in paragraph.hyperlinks:
            if hyperlink.url:
                self.link(hyperlink.url)

    def _add(self, line: TextLine) -> None:
        if len(self.lines) >= _MAX_LINES:
            raise _TooLong
        self.lines.append(line)


def _bold_share(paragraph, style_bold: bool, run_styles: dict[str, bool | None]) -> float:
    """Share of letters in bold runs (direct formatting, run style or paragraph style)."""
    total = bold = 0
    for run in paragraph.runs:
        letters = sum(ch.isalpha() for ch in run.text)
        total += letters
        run_bold = run.bold
        style_id = run._r.style
        if run_bold is None and style_id is not None:
            if style_id not in run_styles:
                run_styles[style_id] = run.style.font.bold if run.style is not None else None
            run_bold = run_styles[style_id]
        if run_bold or (run_bold is None and style_bold):
            bold += letters
    return bold / total if total else 0.0


def _size(paragraph) -> float | None:
    """The font size (points) covering most letters of the runs that set one."""
    weights: dict[float, int] = {}
    for run in paragraph.runs:
        size = run.font.size
        if size is not None:
            weights[size.pt] = weights.get(size.pt, 0) + len(run.text)
    return max(weights.items(), key=lambda kv: kv[1])[0] if weights else None


def _blocks(element, parent):
    """Paragraphs and tables under a body, cell or header element, in order, also
    inside content controls (w:sdt) and custom XML, which Word resume templates
    use for the name and contact block and python-docx's iter_inner_content skips."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        tag = child.tag
        if tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif tag == qn("w:tbl"):
            yield Table(child, parent)
        elif tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent)
        elif tag == qn("w:customXml"):
            yield from _blocks(child, parent)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP_SUBTREES = frozenset({_W + "txbxContent", _W + "del", _W + "pPr", _W + "rPr", _MC + "Fallback",
                            _W + "instrText", _W + "delText"})


def _text(p_element) -> str:
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
        if tag == _W + "t":
            parts.append(el.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            stack.extend(reversed(el))
    return "".join(parts)
