"""Cover who a candidate is on their original PDF (blind first round).

The page keeps its layout: each hidden string (reviewer/blind.py's patterns,
found in the page's text with pypdfium2's character boxes) gets an opaque black
box, and each embedded image (a photo, most often) is removed and its place
boxed in grey. The result is a new PDF; the stored original is never changed.
The text under a black box is still in the file's text layer: the window shows
pages as images only, and no export carries the PDF.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.blind import hidden_spans

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points
_PAD = 1.0  # a little past each glyph so anti-aliased edges stay covered


@dataclass(frozen=True)
class PageCover:
    text: list[Box]  # over hidden strings
    images: list[Box]  # over embedded images (removed)


def text_boxes(page: pdfium.PdfPage, patterns: list[re.Pattern[str]]) -> list[Box]:
    """One box per run of hidden characters on a line."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        boxes: list[Box] = []
        for start, end in hidden_spans(text, patterns):
            for index in range(start, min(end, count)):
                if text[index].isspace():
                    continue
                left, bottom, right, top = textpage.get_charbox(index)
                boxes.append((left - _PAD, bottom - _PAD, right + _PAD, top + _PAD))
        return _merge_lines(boxes)
    finally:
        textpage.close()


def _merge_lines(boxes: list[Box]) -> list[Box]:
    """Join neighbouring character boxes on the same line into one box."""
    merged: list[Box] = []
    for box in boxes:
        if merged:
            left, bottom, right, top = merged[-1]
            overlap = min(top, box[3]) - max(bottom, box[1])
            same_line = overlap > 0.5 * min(top - bottom, box[3] - box[1])
            if same_line and box[0] - right < 6:
                merged[-1] = (min(left, box[0]), min(bottom, box[1]), max(right, box[2]), max(top, box[3]))
                continue
        merged.append(box)
    return merged


def _image_objects(page: pdfium.PdfPage) -> list:
    return list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1))


def _add_box(page: pdfium.PdfPage, box: Box, grey: int) -> None:
    left, bottom, right, top = box
    rect = pdfium_c.FPDFPageObj_CreateNewRect(left, bottom, right - left, top - bottom)
    pdfium_c.FPDFPageObj_SetFillColor(rect, grey, grey, grey, 255)
    pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_WINDING, False)
    pdfium_c.FPDFPage_InsertObject(page.raw, rect)  # the page owns it from here


def redact_pdf(data: bytes, patterns: list[re.Pattern[str]]) -> tuple[bytes, list[PageCover]]:
    """The PDF with hidden strings boxed and images removed, and what was covered per page."""
    pdf = pdfium.PdfDocument(data)
    try:
        covers = []
        for index in range(len(pdf)):
            page = pdf[index]
            text = text_boxes(page, patterns)
            images = []
            for obj in _image_objects(page):
                images.append(obj.get_bounds())
                page.remove_obj(obj)
                obj.close()
            for box in text:
                _add_box(page, box, 0)
            for box in images:
                _add_box(page, box, 160)
            if text or images:
                page.gen_content()
            covers.append(PageCover(text, images))
            page.close()
        out = _Sink()
        pdf.save(out)
        return out.data, covers
    finally:
        pdf.close()


class _Sink:
    """A write-only buffer pypdfium2 can save into."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def write(self, chunk: bytes) -> int:
        self._parts.append(bytes(chunk))
        return len(chunk)

    @property
    def data(self) -> bytes:
        return b"".join(self._parts)
