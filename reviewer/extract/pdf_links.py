"""URI link annotations of a PDF page: where they sit and where they point.

A CV often shows a word ("GitHub", "Homepage", an envelope icon) whose link
annotation carries the real address; the text layer alone never has it.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from urllib.parse import unquote

import pypdfium2.raw as pdfium_c

MAX_LINKS_PER_PAGE = 500  # more is a hostile file; the rest are ignored


@dataclass(frozen=True, slots=True)
class PageLink:
    uri: str
    left: float
    bottom: float
    right: float
    top: float


def page_links(pdf, page) -> list[PageLink]:  # noqa: ANN001 (pdfium handles)
    """Every URI action on the page, in annotation order, with its rectangle. `pdf` and
    `page`: pdfium's handles (`PdfDocument.raw`, `PdfPage.raw`, or pdf_pages')."""
    out: list[PageLink] = []
    pos = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    buf = ctypes.create_string_buffer(2048)
    while len(out) < MAX_LINKS_PER_PAGE and pdfium_c.FPDFLink_Enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        size = pdfium_c.FPDFAction_GetURIPath(pdf, action, buf, len(buf))
        if size <= 1 or size > len(buf):
            continue
        uri = buf.raw[: size - 1].decode("latin-1").strip()
        if not uri:
            continue
        if not pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            rect.left = rect.right = rect.top = rect.bottom = 0.0
        out.append(PageLink(uri, rect.left, min(rect.bottom, rect.top), rect.right, max(rect.bottom, rect.top)))
    return out


def classify(uri: str) -> tuple[str, str] | None:
    """("email", address) for mailto:, ("url", uri) for web links, None for the rest
    (internal jumps, tel:, javascript:, file:)."""
    low = uri.lower()
    if low.startswith("mailto:"):
        address = unquote(uri[7:].split("?", 1)[0]).strip()
        return ("email", address) if "@" in address else None
    if low.startswith(("http://", "https://", "ftp://", "www.")):
        return ("url", uri)
    if "://" not in low and "." in low.split("/", 1)[0] and " " not in low and not low.startswith(("tel:", "javascript:", "file:")):
        return ("url", uri)  # "github.com/someone" written without a scheme
    return None
