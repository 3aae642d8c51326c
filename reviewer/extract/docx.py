"""DOCX with python-docx: body in order (tables included), then headers and footers."""
from __future__ import annotations

import io

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine


def read_docx(data: bytes) -> ExtractedDocument:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many types for a bad package
        raise ExtractionError(f"broken DOCX ({type(err).__name__})") from err
    lines: list[TextLine] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header):
            lines.extend(_block_lines(part))
    lines.extend(_block_lines(document))
    for section in document.sections:
        lines.extend(_block_lines(section.footer))
    if not any(line.text for line in lines):
        raise ExtractionError("no text found in DOCX")
    return ExtractedDocument(format="docx", lines=lines)


def _block_lines(container) -> list[TextLine]:
    from docx.table import Table

    out: list[TextLine] = []
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    out.extend(_block_lines(cell))
        else:
            style = (block.style.name if block.style is not None else "") or ""
            for text in block.text.splitlines() or [""]:
                out.append(TextLine(text.strip(), heading=style.lower().startswith(("heading", "title"))))
    return out
