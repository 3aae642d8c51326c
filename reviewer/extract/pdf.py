"""PDF with pypdfium2 (fastest permissive reader, STACK.md), in reading order.

Characters -> fragments (pdf_chars) -> rows in column-aware order (pdf_layout)
-> page furniture dropped (pdf_furniture) -> cleaned TextLines with font size,
weight, position and the links that cover them. pdfium is not thread-safe:
one document at a time per process.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

from reviewer.extract.document import ExtractedDocument, ExtractionError, TextLine
from reviewer.extract.normalize import clean, join_hyphenated
from reviewer.extract.pdf_tounicode import LenientMaps

MAX_PDF_PAGES = 50  # a CV is a few pages; a 1,000-page file is read only this far
_MIN_ALNUM = 3  # fewer letters and digits than this in the whole file: a scan with a stamped page number


def read_pdf(source: bytes | Path, *, per_character: bool = False) -> ExtractedDocument:
    """`per_character`: the reference reader that asks pdfium about every character
    (pdf_chars); the default takes whole text objects where it can (pdf_runs) and
    gives the same lines (benchmarks/compare_pdf_readers.py checks it)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except pdfium.PdfiumError as err:
        raise ExtractionError(_open_error(str(err))) from err
    try:
        return _read(pdf, per_character, LenientMaps(source))
    finally:
        pdf.close()


def _open_error(message: str) -> str:
    low = message.lower()
    if "password" in low:
        return "encrypted PDF (password required)"
    if "security" in low:
        return "encrypted PDF (unsupported security handler)"
    if "format" in low or "file" in low:
        return "broken PDF (cannot be repaired)"
    return f"broken PDF ({message.strip()})"


def _read(pdf, per_character: bool = False, maps: LenientMaps | None = None) -> ExtractedDocument:
    import pypdfium2.raw as pdfium_c

    from reviewer.extract.pdf_chars import page_chars
    from reviewer.extract.pdf_layout import Row, order_page
    from reviewer.extract.pdf_links import page_links
    from reviewer.extract.pdf_pages import metadata as pdf_metadata
    from reviewer.extract.pdf_pages import open_page
    from reviewer.extract.pdf_runs import page_runs

    get_width, get_height = pdfium_c.FPDF_GetPageWidthF, pdfium_c.FPDF_GetPageHeightF

    total = len(pdf)
    warnings: list[str] = []
    if total > MAX_PDF_PAGES:
        warnings.append(f"read the first {MAX_PDF_PAGES} of {total} pages")
    pages: list[tuple[float, list[Row], list]] = []
    widths: dict = {}  # character widths per font, for the run reader, shared by all pages
    sums: dict = {}  # the same as byte tables (pdf_widths)
    nchars = 0
    unreadable = 0
    for index in range(min(total, MAX_PDF_PAGES)):
        with open_page(pdf, index) as (page, textpage):
            if textpage is None:
                unreadable += 1  # a damaged page object; the others may be fine
                warnings.append(f"page {index + 1} could not be read")
                continue
            width, height = get_width(page), get_height(page)
            try:
                if per_character:
                    chars = page_chars(textpage, width, height, maps)
                else:
                    chars = page_runs(textpage, width, height, widths, sums, maps)
                if chars.truncated:
                    warnings.append(f"page {index + 1}: too many characters, the rest ignored")
                if chars.rotated:
                    warnings.append(f"page {index + 1}: sideways text placed at the end of the page")
                rows = order_page(chars.frags, chars.rotated)
                nchars += chars.nchars
            except Exception as err:  # a layout bug must not cost the reviewer the CV: plain text instead
                text = textpage.get_text_range()
                nchars += len(text.strip())
                top = height  # fake positions: one line every 12 pt, top down
                rows = [Row(t, 0.0, 0.0, top - 12 * k, top - 12 * k - 10, 0.0, False, True)
                        for k, t in enumerate(text.splitlines())]
                warnings.append(f"page {index + 1}: layout analysis failed ({type(err).__name__}), plain text used")
            links = page_links(pdf.raw, page)
            pages.append((height, rows, links))
    if unreadable and not pages:
        raise ExtractionError("broken PDF (no page can be read)")
    if nchars == 0:
        raise ExtractionError("no text layer (scanned?)")
    outline = _outline(pdf)
    starts, drop = _furniture_per_document(pages, outline)
    lines, urls, emails = _lines(pages, drop)
    alnum = 0
    for line in lines:  # stop counting as soon as there is enough
        alnum += sum(ch.isalnum() for ch in line.text)
        if alnum >= _MIN_ALNUM:
            break
    else:
        raise ExtractionError("no text layer (scanned?)")
    metadata = {k: v.strip() for k, v in pdf_metadata(pdf).items() if v.strip()}
    return ExtractedDocument(
        format="pdf", lines=lines, links=urls, pages=total, warnings=warnings, emails=emails, metadata=metadata,
        outline=outline, page_starts=starts,
    )


def _furniture_per_document(pages, outline) -> tuple[list[int], set[tuple[int, int]]]:  # noqa: ANN001
    """Where documents begin, and the furniture of each document on its own pages:
    in a merged portal PDF every document prints the applicant's name on top, which
    across the whole file would look like a running header and be dropped."""
    from reviewer.extract.pdf_furniture import furniture
    from reviewer.extract.pdf_parts import document_starts

    rows = [(h, [(r.text, h - r.top, h - r.bottom) for r in page_rows]) for h, page_rows, _links in pages]
    starts = document_starts(["\n".join(text for text, _t, _b in page_rows) for _h, page_rows in rows], outline)
    drop: set[tuple[int, int]] = set()
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(rows)
        drop |= {(first + p, k) for p, k in furniture(rows[first:last])}
    return starts, drop


def _outline(pdf, limit: int = 200) -> list[tuple[str, int]]:
    """Top-level bookmarks as (title, 0-based page index): a merged portal PDF marks
    each document it holds this way (reviewer/portal_split.py). A broken outline is
    no outline. Walked sibling by sibling rather than with `get_toc(max_depth=1)`,
    which logs a warning for every bookmark with children (a LaTeX CV's sections)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    found: list[tuple[str, int]] = []
    seen: set[int] = set()
    try:
        mark = pdfium_c.FPDFBookmark_GetFirstChild(pdf, None)
        while mark and len(found) < limit:
            address = ctypes.addressof(mark.contents)
            if address in seen:
                break  # a circular outline
            seen.add(address)
            bookmark = pdfium.PdfBookmark(mark, pdf, 0)
            dest = bookmark.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None:
                found.append((bookmark.get_title() or "", int(index)))
            mark = pdfium_c.FPDFBookmark_GetNextSibling(pdf, mark)
    except Exception:  # noqa: BLE001 - bookmarks are a hint; the text still stands
        return []
    return found


def _lines(pages, drop) -> tuple[list[TextLine], list[str], list[str]]:
    """Rows -> TextLines; link annotations attached to the rows they cover."""
    from reviewer.extract.pdf_links import classify

    lines: list[TextLine] = []
    urls: list[str] = []
    emails: list[str] = []
    block = 0
    sizes: dict[float, float | None] = {}  # a few sizes per document: rounded once each
    for p, (height, rows, links) in enumerate(pages):
        covering: dict[int, list[str]] = {}
        for link in links:
            kind = classify(link.uri)
            if kind is None:
                continue
            target = kind[1]
            bucket = emails if kind[0] == "email" else urls
            if target not in bucket:
                bucket.append(target)
            k = _row_under(rows, link)
            if k is not None:
                covering.setdefault(k, []).append(link.uri)
        page_lines: list[TextLine] = []
        for k, row in enumerate(rows):
            if drop and (p, k) in drop:
                continue
            text = clean(row.text)
            if not text:
                continue
            block += row.block_break or not page_lines
            uris = covering.get(k) if covering else None
            size = sizes.get(row.size, 0.0)
            if size == 0.0:
                size = sizes[row.size] = round(row.size, 1) or None
            # positional: TextLine's keywords cost more than the line's other work
            page_lines.append(TextLine(text, p + 1, size, row.bold, False, tenths(row.x0), tenths(row.x1),
                                       tenths(height - row.top), block,
                                       tuple(dict.fromkeys(uris)) if uris else ()))
        lines.extend(join_hyphenated(page_lines))
    return _surface_emails(lines, emails), urls, emails


def tenths(x: float) -> float:
    """`round(x, 1)`, the same float, at a third of its cost where 10x is clearly off a half
    (round goes through a decimal string: ~3,000 instructions, three per line). x*10 is
    within 1e-9 of the exact 10x for 0 < x < 1e6, so a fraction outside 0.4999..0.5001
    decides the nearest tenth k/10 as the decimal rounding does, and k / 10.0 is the
    float nearest k/10, which is what round returns. Anything else: round itself."""
    if 0.0 < x < 1e6:
        y = x * 10.0
        d = y % 1.0  # exact: y - d is the integer below y
        if d < 0.4999:
            return (y - d) / 10.0
        if d > 0.5001:
            return (y - d + 1.0) / 10.0
    return round(x, 1)


def _row_under(rows, link) -> int | None:
    """The row a link rectangle overlaps most (vertically), if any."""
    best, best_overlap = None, 0.0
    for k, row in enumerate(rows):
        vertical = min(row.top, link.top) - max(row.bottom, link.bottom)
        horizontal = min(row.x1, link.right) - max(row.x0, link.left)
        if vertical > 0 and horizontal > 0 and vertical > best_overlap:
            best, best_overlap = k, vertical
    return best


def _surface_emails(lines: list[TextLine], emails: list[str]) -> list[TextLine]:
    """A mailto: address the page never prints (an envelope icon, the word "Email")
    becomes a line right after the line that carries the link, so a parser that
    reads only text still finds it."""
    text = "\n".join(line.text for line in lines).casefold()
    for address in emails:
        if address.casefold() in text:
            continue
        at = next((i for i, line in enumerate(lines) if any(address in unquote_mailto(u) for u in line.links)), 0)
        anchor = lines[at] if lines else TextLine("")
        lines.insert(at + 1, TextLine(address, anchor.page, anchor.size, False, x0=anchor.x0, y=anchor.y,
                                      block=anchor.block, links=(f"mailto:{address}",)))
    return lines


def unquote_mailto(uri: str) -> str:
    from urllib.parse import unquote

    return unquote(uri)
