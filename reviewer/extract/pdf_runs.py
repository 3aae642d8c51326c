"""Characters of one PDF page -> fragments, a text object at a time.

pdfium keeps the characters of one text object (one Tj/TJ operator: a font, a
size, a baseline) next to each other in its character list. Where a page draws
many characters per object (LaTeX, Word, Typst: a word to a whole line each),
the run reader takes such a run whole instead of asking pdfium about every
character, which is what made reading PDFs 5x the cost of their plain text:

- the run's end is found from pdfium's generated line breaks in the page text
  (one call to confirm it, a binary search when a font change ends it sooner);
- its first character joins the open fragment, or starts one, by the
  per-character reader's rules (pdf_chars), decided before anything changes;
- its last character's box gives the fragment's right edge, and the characters
  on both sides of each space give the gap, so a wide gap inside one object (a
  date pushed right with spaces or kerning) still splits the fragment;
- the text between is sliced from the page text, spaces collapsed, letters and
  weight counted per run; a run that passes every check is added in one step,
  one that fails any goes the exact way (`add_run_slowly`).

Anything the bulk path cannot vouch for goes character by character through
the same reader: icon fonts, private-use glyphs, sideways text, runs off the
page or not left-to-right, pages whose objects hold a character or two each
(WPS draws one glyph per object), pages with characters outside the BMP.
`benchmarks/compare_pdf_readers.py` checks, line by line, that both readers give
the same lines on every PDF at hand.
"""
from __future__ import annotations

import re

import pypdfium2.raw as pdfium_c

from reviewer.extract.pdf_chars import (
    _GET_FONT,
    _GET_OBJ,
    CJK_PUNCTUATION,
    GET_BOX,
    GET_MATRIX,
    GET_ORIGIN,
    GET_SIZE,
    CharReader,
    Frag,
    PageChars,
    two_cells,
)
from reviewer.extract.pdf_run_checks import SPACES, WS, Rects, add_run_slowly, gaps_hold, letter_by_letter
from reviewer.extract.pdf_tounicode import LenientMaps
from reviewer.extract.pdf_widths import WidthSums

_PUA = re.compile("[\ue000-\uf8ff]")  # icon glyphs: the per-character reader drops them
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
MIN_CHARS_PER_RUN = 4.0  # fewer characters per text object on average: per-character is cheaper


def page_runs(textpage, width: float = 612.0, height: float = 792.0,
              widths: dict[tuple, dict[str, float]] | None = None,
              sums: dict[tuple, WidthSums] | None = None, maps: LenientMaps | None = None) -> PageChars:
    """Same result as `pdf_chars.page_chars`, a text object at a time where it can.
    `widths`: character widths per font, shared by the pages of one document;
    `sums`: the same as byte tables (pdf_widths), shared alike."""
    reader = CharReader(textpage, width, height, maps)
    if widths is not None:
        reader.widths = widths
    if sums is not None:
        reader.sums = sums
    n = reader.n
    objects = pdfium_c.FPDFText_CountRects(reader.handle, 0, n) if n and reader.aligned else 0
    if objects <= 0 or n < MIN_CHARS_PER_RUN * objects:
        # Few characters per text object (one glyph per object): the per-run
        # bookkeeping would cost more than it saves.
        reader.chars(0, n)
        return reader.result()
    _walk(reader, Rects(reader.vhandle, objects))
    return reader.result()


def _walk(reader: CharReader, rects: Rects) -> None:
    """Every text object of the page in turn: generated characters and unsafe runs
    through the per-character reader, the others by `_add_run`. The line breaks
    pdfium generated are looked up as the walk reaches them (a run never crosses one)."""
    text, n, vhandle = reader.text, reader.n, reader.vhandle
    find = text.find  # memchr: a regular expression for [\r\n] tests its class at every character
    brk = -1  # the first line break at or after i (n: none), looked up when i passes it
    next_r = next_n = -1  # the first "\r" and "\n" at or after i (n: none), each looked up when i passes it
    i = 0
    while i < n:
        ch = text[i]
        if ch in WS:
            # What the per-character loop does with any space or line break, whether
            # pdfium generated it (no object) or a text object drew it: no call needed.
            # A run's leading spaces come here too; they only set `space`, as there.
            reader.space = True
            if ch == "\n":
                reader.broke = True
            i += 1
            continue
        obj = _GET_OBJ(vhandle, i)
        if not obj:  # another character pdfium generated: no object, no box
            reader.chars(i, i + 1)
            i += 1
            continue
        if brk < i:  # one search per line, not a match object per break of the page
            if next_r < i:
                next_r = find("\r", i)
                if next_r < 0:
                    next_r = n
            if next_n < i:
                next_n = find("\n", i)
                if next_n < 0:
                    next_n = n
            brk = next_r if next_r < next_n else next_n
        last = brk - 1
        # _run_end's usual answer inline: the object reaches the line break
        end = i + 1 if last <= i else last + 1 if _GET_OBJ(vhandle, last) == obj else _run_end(vhandle, i, obj, last)
        _add_run(reader, rects, i, end, obj)
        i = end


def _run_end(vhandle, start: int, obj: int, last: int) -> int:
    """One past the last character of the text object that draws `start`; `last`
    is the character before the next line break pdfium generated (or the page's last).

    An object's characters are contiguous in pdfium's list (checked on every PDF
    in the corpus), so one probe tells whether the object reaches that line
    break; otherwise a binary search finds where it stops."""
    if last <= start:
        return start + 1
    if _GET_OBJ(vhandle, last) == obj:
        return last + 1
    lo, hi = start, last  # obj(lo) is the object, obj(hi) is not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _GET_OBJ(vhandle, mid) == obj:
            lo = mid
        else:
            hi = mid
    return lo + 1


def _add_run(reader: CharReader, rects: Rects, lo: int, hi: int, obj: int) -> None:  # noqa: C901 (one linear path)
    """Add the characters lo..hi-1 of one text object, whole where it is safe.

    Everything the whole-run path needs is checked before anything is changed, so
    a run that fails a check goes through `add_run_slowly` (the exact rules,
    character by character where needed) as if the fast path had never looked
    at it. Passing runs are added in one step: the first character's join-or-start
    decision, the rest of the run, letters, sizes and bounds together (one
    fragment built with its final values instead of growing it field by field:
    most runs start a fragment of their own, a line each in Word and generated CVs)."""
    text = reader.text
    run = text[lo:hi]
    body = run.strip(WS)
    if len(body) < 3 or not body.isascii() and _PUA.search(body):  # icon glyphs are never ASCII
        reader.chars(lo, hi)
        return
    style = reader.styles.get(obj)
    if style is None:  # CharReader.style inlined: most text objects are new (one per line)
        GET_MATRIX(reader.vhandle, lo, reader.matrix_ref)
        a, b, c, d, _e, _f = reader.matrix_values
        key = (_GET_FONT(obj), GET_SIZE(reader.vhandle, lo), a, b, c, d)
        style = reader.by_font.get(key)
        if style is None:
            style = reader.style(obj, lo)
        reader.styles[obj] = style
    if style.icon or style.rotated:
        reader.chars(lo, hi)
        return
    # The walk hands over runs from their first visible character; its spaces were seen there.
    first = lo if run[0] not in WS else hi - len(run.lstrip(WS))  # aligned page: len(run) == hi - lo
    last = first + len(body) - 1
    if first != lo and _GET_OBJ(reader.vhandle, first) != obj:
        add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    handle, box, rect_ref = reader.vhandle, reader.box, reader.rect_ref
    GET_BOX(handle, first, rect_ref)
    first_l, first_t, first_r, first_b = box
    GET_BOX(handle, last, rect_ref)
    left, top, right, bottom = box
    x_min, x_max, y_min, y_max = reader.bounds
    first_h = first_t - first_b
    limit = top - bottom
    if first_h > limit:
        limit = first_h
    # Both ends on the page, the first with a box, left to right on one baseline.
    if not (x_min <= first_l <= x_max and x_min <= first_r <= x_max and y_min <= first_b <= y_max
            and y_min <= first_t <= y_max and x_min <= left <= x_max and x_min <= right <= x_max
            and y_min <= bottom <= y_max and y_min <= top <= y_max) \
            or (first_h <= 0 and first_r <= first_l) or left < first_l \
            or abs(bottom - first_b) > 0.01 * limit or abs(top - first_t) > 0.01 * limit:
        add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    # The first character joins the open fragment or starts one (pdf_chars' rules).
    ch = text[first]
    cur = reader.cur
    gap_space = cell = False
    if cur is not None:
        last_t, last_b = cur.last_t, cur.last_b
        last_h = last_t - last_b
        overlap = (first_t if first_t < last_t else last_t) - (first_b if first_b > last_b else last_b)
        gap = first_l - cur.last_r
        line = first_h if first_h > last_h else last_h
        ligature = abs(first_l - cur.last_l) < 0.01 and abs(first_r - cur.last_r) < 0.01
        if overlap >= 0.5 * (first_h if first_h < last_h else last_h) and (
                -0.5 * line <= gap <= 1.0 * line or ligature
                or (-line <= gap <= line and ch in CJK_PUNCTUATION)):  # ("，" pulled back over the text before it)
            if (ch if ch != "\xad" else "-") == cur.last_ch and obj != cur.last_obj \
                    and abs(first_l - cur.last_l) < 0.3 * (first_r - first_l) + 0.2:
                add_run_slowly(reader, rects, style, lo, hi, first, last, obj)  # a fake-bold copy
                return
            resized = style.size != cur.last_size
            gap_space = ((reader.space or first != lo) and not (resized and gap < 0.08 * line)) or (
                gap > 0.35 * line and not ligature)
            cell = resized and not ligature and two_cells(cur.last_size, style.size, gap, line, cur.last_ch,
                                                      reader.space or first != lo)
        else:
            cur = None
    inner = body  # text[first:last + 1]
    # Spaces other than single " " (a tab, two spaces, NBSP, ideographic): the
    # regular expressions below have work to do; without them they change nothing.
    odd = "\t" in inner or "\xa0" in inner or "\u3000" in inner or "  " in inner
    if (odd or " " in inner) and (letter_by_letter(inner) or not gaps_hold(
            reader, style, inner, first, right - first_l, limit, odd)):
        add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    ink = rects.next_fits(first_l, first_r, left, right, bottom if bottom < first_b else first_b,
                          top if top > first_t else first_t)
    if ink is None:
        add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    # Every check passed: add the run.
    whole = ch + SPACES.sub(" ", inner[1:]) if odd or "\r" in inner or "\n" in inner else inner  # ch == inner[0]
    if "\xad" in whole:
        whole = whole.replace("\xad", "-")
    if whole.isascii():  # letters are A-Z and a-z: counted by bytes.translate, not a call per character
        ascii_ = whole.encode("ascii")
        letters = len(ascii_) - len(ascii_.translate(None, _ASCII_LETTERS))
    else:
        letters = sum(map(str.isalpha, whole))
    weight = 10 * letters + len(whole) - letters - whole.count(" ", 1)  # the first character counts as one
    size = style.size
    ink_l, ink_b, ink_r, ink_t = ink
    x1 = right if right > ink_r else ink_r
    low = bottom if bottom < ink_b else ink_b
    high = top if top > ink_t else ink_t
    if cur is None:
        GET_ORIGIN(handle, first, *reader.origin_refs)
        oy = reader._origin[1]
        reader.cur = cur = Frag(
            ink_l if ink_l < first_l else first_l, x1 if x1 > first_r else first_r,
            low if low < first_b else first_b, high if high > first_t else first_t, oy.value,
            [whole], {size: weight}, letters if style.bold else 0, letters,
            False, whole[-1], left, right, bottom, top, obj, size)
        reader.frags.append(cur)
    else:
        chars = cur.chars
        if cell:
            chars.append("\t")
        elif gap_space:
            chars.append(" ")
        chars.append(whole)
        sizes = cur.sizes
        sizes[size] = sizes.get(size, 0) + weight
        cur.nletters += letters
        if style.bold:
            cur.nbold += letters
        # plain comparisons: min()/max() calls per run cost more than the arithmetic
        x0 = ink_l if ink_l < first_l else first_l
        if x0 < cur.x0:
            cur.x0 = x0
        if x1 < first_r:
            x1 = first_r
        if x1 > cur.x1:
            cur.x1 = x1
        if first_b < low:
            low = first_b
        if low < cur.bottom:
            cur.bottom = low
        if first_t > high:
            high = first_t
        if high > cur.top:
            cur.top = high
        cur.last_ch, cur.last_l, cur.last_r, cur.last_b, cur.last_t = whole[-1], left, right, bottom, top
        cur.last_obj = obj
        cur.last_size = size
    reader.last_index = last
    reader.space = last < hi - 1  # trailing spaces of the run separate it from the next
