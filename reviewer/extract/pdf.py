"""PDF text with pypdfium2 (fastest permissive reader, STACK.md). Baseline: text stream per page."""
from __future__ import annotations

import unicodedata

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine


def read_pdf(data: bytes) -> ExtractedDocument:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        msg = str(err).lower()
        if "password" in msg:
            raise ExtractionError("encrypted PDF (password required)") from err
        raise ExtractionError(f"broken PDF ({err})") from err
    lines: list[TextLine] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            for raw in text.splitlines():
                lines.append(TextLine(unicodedata.normalize("NFKC", raw).strip(), page=index + 1))
            textpage.close()
            page.close()
        pages = len(pdf)
    finally:
        pdf.close()
    if not any(line.text for line in lines):
        raise ExtractionError("no text layer (scanned?)")
    return ExtractedDocument(format="pdf", lines=lines, pages=pages)
