"""A PDF's pages and text pages as pdfium's own handles, for the reader (pdf.py).

pypdfium2's page and text page objects (`pdf[index]`, `page.get_textpage()`)
register a weakref finalizer, a parent-child entry and an object-tracker entry
each, and undo all of it on `close()`: ~0.15 ms of Python per page on generated
CVs, ~4 % of reading one. The reader opens and closes each page within one
`with`, so it needs none of that bookkeeping: `open_page` loads both handles
and closes them on leaving, as the objects' `close()` would (text page first).
"""
from __future__ import annotations

import ctypes
from codecs import decode
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


class TextPage:
    """A text page handle with what the readers ask of pypdfium2's PdfTextPage:
    `raw` and `get_text_range` (CharReader, the plain-text fallback)."""

    __slots__ = ("raw",)

    def __init__(self, raw) -> None:  # noqa: ANN001 (an FPDF_TEXTPAGE)
        self.raw = raw

    def get_text_range(self, index: int = 0, count: int = -1, errors: str = "ignore") -> str:
        """pypdfium2's `PdfTextPage.get_text_range`, step for step (pypdfium2 5.x): pdfium may
        leave characters out at either end of the range (crbug.com/pdfium/2079), so
        the range is first narrowed to characters that have a text index."""
        handle = self.raw
        if count == -1:
            n = pdfium_c.FPDFText_CountChars(handle)
            if n == -1:
                raise pdfium.PdfiumError("Failed to get character count.")
            count = n - index
        start, end, l_passive, r_passive = index, index + count - 1, 0, 0
        while True:
            if start > end:
                return ""  # no active characters in the range
            t_start = pdfium_c.FPDFText_GetTextIndexFromCharIndex(handle, start)
            if t_start == -1:
                start, l_passive = start + 1, l_passive + 1
                continue
            t_end = pdfium_c.FPDFText_GetTextIndexFromCharIndex(handle, end)
            if t_end == -1:
                end, r_passive = end - 1, r_passive + 1
                continue
            break
        index += l_passive
        count -= l_passive + r_passive
        in_count = t_end + 2 - t_start  # with the NUL at the end
        buffer = (ctypes.c_ushort * in_count)()
        out_count = pdfium_c.FPDFText_GetText(handle, index, count, buffer)
        return decode(memoryview(buffer)[:out_count - 1], "utf-16-le", errors=errors)


@contextmanager
def open_page(pdf, index: int) -> Iterator[tuple[object, TextPage | None]]:  # noqa: ANN001 (a PdfDocument)
    """(page handle, text page) of page `index`; the page handle is None when pdfium cannot
    load the page, the text page None when it cannot load its text. Both closed on leaving."""
    page = pdfium_c.FPDF_LoadPage(pdf.raw, index)
    if not page:
        yield None, None
        return
    try:
        raw_text = pdfium_c.FPDFText_LoadPage(page)
        if not raw_text:
            yield page, None
            return
        try:
            yield page, TextPage(raw_text)
        finally:
            pdfium_c.FPDFText_ClosePage(raw_text)
    finally:
        pdfium_c.FPDF_ClosePage(page)


METADATA_KEYS = pdfium.PdfDocument.METADATA_KEYS  # Title, Author, Subject, ... ModDate
_KEYS = tuple((key, (key + "\x00").encode("utf-8")) for key in METADATA_KEYS)


def metadata(pdf) -> dict[str, str]:  # noqa: ANN001 (a PdfDocument)
    """`pdf.get_metadata_dict(skip_empty=True)`: the same values, read into one
    buffer (one call per key where it fits) instead of two calls and a new buffer each."""
    raw = pdf.raw
    size = 1024
    buffer = ctypes.create_string_buffer(size)
    found: dict[str, str] = {}
    for key, encoded in _KEYS:
        n_bytes = pdfium_c.FPDF_GetMetaText(raw, encoded, buffer, size)
        if n_bytes <= 2:  # the terminating NUL alone: not there, or empty
            continue
        if n_bytes > size:  # too long for the buffer: pdfium wrote nothing; ask again
            size = n_bytes
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDF_GetMetaText(raw, encoded, buffer, size)
        value = decode(memoryview(buffer)[:n_bytes - 2], "utf-16-le")
        if value:
            found[key] = value
    return found
