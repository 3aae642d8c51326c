"""Characters of one PDF page -> fragments, a text object at a time.

pdfium keeps the characters of one text object (one Tj/TJ operator: a font, a
size, a baseline) next to each other in its character list. Where a page draws
many characters per object (LaTeX, Word, Typst: a word to a whole line each),
the run reader takes such a run whole instead of asking pdfium about every
character, which is what made reading PDFs 5x the cost of their plain text:

- the run's end is found from pdfium's generated line breaks in the page text
  (one call to confirm it, a binary search when a font change ends it sooner);
- its first character goes through the exact per-character reader (pdf_chars),
  so a run joins the open fragment, or starts one, by exactly the same rules;
- its last character's box gives the fragment's right edge, and the characters
  on both sides of each space give the gap, so a wide gap inside one object (a
  date pushed right with spaces or kerning) still splits the fragment;
- the text between is sliced from the page text, spaces collapsed, letters and
  weight counted per run.

Anything the bulk path cannot vouch for goes character by character through
the same reader: icon fonts, private-use glyphs, sideways text, runs off the
page or not left-to-right, pages whose objects hold a character or two each
(WPS draws one glyph per object), pages with characters outside the BMP.
`benchmarks/compare_pdf_readers.py` checks, line by line, that both readers give
the same lines on every PDF at hand.
"""
from __future__ import annotations

import ctypes
import re

import pypdfium2.raw as pdfium_c

from reviewer.extract.pdf_chars import _GET_FONT, _GET_OBJ, CharReader, Frag, PageChars, Style

_WS = " \r\n\t\xa0\u3000"  # what the per-character reader treats as a space
_SPACES = re.compile(f"[{_WS}]+")
_PUA = re.compile("[\ue000-\uf8ff]")  # icon glyphs: the per-character reader drops them
_LINE_BREAKS = re.compile("[\r\n]")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_GET_BOX = pdfium_c.FPDFText_GetLooseCharBox
_GET_ORIGIN = pdfium_c.FPDFText_GetCharOrigin
_GET_RECT = pdfium_c.FPDFText_GetRect
_GET_MATRIX = pdfium_c.FPDFText_GetMatrix
_GET_SIZE = pdfium_c.FPDFText_GetFontSize
MIN_CHARS_PER_RUN = 4.0  # fewer characters per text object on average: per-character is cheaper


def page_runs(textpage, width: float = 612.0, height: float = 792.0,
              widths: dict[tuple, dict[str, float]] | None = None) -> PageChars:
    """Same result as `pdf_chars.page_chars`, a text object at a time where it can.
    `widths`: character widths per font, shared by the pages of one document."""
    reader = CharReader(textpage, width, height)
    if widths is not None:
        reader.widths = widths
    n = reader.n
    objects = pdfium_c.FPDFText_CountRects(reader.handle, 0, n) if n and reader.aligned else 0
    if objects <= 0 or n < MIN_CHARS_PER_RUN * objects:
        # Few characters per text object (one glyph per object): the per-run
        # bookkeeping would cost more than it saves.
        reader.chars(0, n)
        return reader.result()
    _walk(reader, _Rects(reader.handle, objects))
    return reader.result()


def _walk(reader: CharReader, rects: _Rects) -> None:
    """Every text object of the page in turn: generated characters and unsafe runs
    through the per-character reader, the others by `_add_run`. The line breaks
    pdfium generated are found once per page (a run never crosses one)."""
    text, n, vhandle = reader.text, reader.n, reader.vhandle
    breaks = iter([m.start() for m in _LINE_BREAKS.finditer(text)])
    brk = next(breaks, n)  # the first line break at or after i (n: none)
    i = 0
    while i < n:
        ch = text[i]
        if ch in _WS:
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
        while brk < i:
            brk = next(breaks, n)
        last = brk - 1
        # _run_end's usual answer inline: the object reaches the line break
        end = i + 1 if last <= i else last + 1 if _GET_OBJ(vhandle, last) == obj else _run_end(vhandle, i, obj, last)
        _add_run(reader, rects, i, end, obj)
        i = end


class _Rects:
    """pdfium's text rectangles: one per text object, the union of its glyphs' ink
    boxes, in character order. A character's loose box is its ascent-to-descent box
    grown to its ink, so a run's extent is its end characters' loose boxes grown to
    this rectangle (an "l" or a capital reaches above the ascent in some fonts)."""

    def __init__(self, handle, count: int) -> None:
        self.handle, self.count, self.next = handle, count, 0
        self._box = tuple(ctypes.c_double() for _ in range(4))

    def next_fits(self, left0: float, right0: float, left1: float, right1: float,
                  bottom: float, top: float) -> tuple[float, float, float, float] | None:
        """`find`, trying the next rectangle first without its loop (it fits most runs)."""
        index = self.next
        if index < self.count:
            lo, hi, ri, bo = self._box
            _GET_RECT(self.handle, index, lo, hi, ri, bo)
            left, right, low, high = lo.value, ri.value, bo.value, hi.value
            if left0 - 0.05 <= left <= right0 + 0.05 and left1 - 0.05 <= right <= right1 + 0.05 \
                    and low < top and high > bottom:
                self.next = index + 1
                return left, low, right, high
        return self.find(left0, right0, left1, right1, bottom, top)

    def find(self, left0: float, right0: float, left1: float, right1: float,
             bottom: float, top: float) -> tuple[float, float, float, float] | None:
        """(left, bottom, right, top) of the rectangle of the run whose first
        character's loose box spans left0..right0 and last one's left1..right1; None
        when the next few rectangles do not fit it (the caller then goes slowly)."""
        lo, hi, ri, bo = self._box  # left, top, right, bottom, as pdfium orders them
        for index in range(self.next, min(self.count, self.next + 8)):
            pdfium_c.FPDFText_GetRect(self.handle, index, lo, hi, ri, bo)
            if (left0 - 0.05 <= lo.value <= right0 + 0.05 and left1 - 0.05 <= ri.value <= right1 + 0.05
                    and bo.value < top and hi.value > bottom):
                self.next = index + 1
                return lo.value, bo.value, ri.value, hi.value
        return None


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


def _add_run(reader: CharReader, rects: _Rects, lo: int, hi: int, obj: int) -> None:  # noqa: C901 (one linear path)
    """Add the characters lo..hi-1 of one text object, whole where it is safe.

    Everything the whole-run path needs is checked before anything is changed, so
    a run that fails a check goes through `_add_run_slowly` (the exact rules,
    character by character where needed) as if the fast path had never looked
    at it. Passing runs are added in one step: the first character's join-or-start
    decision, the rest of the run, letters, sizes and bounds together (one
    fragment built with its final values instead of growing it field by field:
    most runs start a fragment of their own, a line each in Word and generated CVs)."""
    text = reader.text
    run = text[lo:hi]
    body = run.strip(_WS)
    if len(body) < 3 or not body.isascii() and _PUA.search(body):  # icon glyphs are never ASCII
        reader.chars(lo, hi)
        return
    style = reader.styles.get(obj)
    if style is None:  # CharReader.style inlined: most text objects are new (one per line)
        matrix = reader.matrix
        _GET_MATRIX(reader.handle, lo, matrix)
        key = (_GET_FONT(obj), _GET_SIZE(reader.handle, lo), matrix.a, matrix.b, matrix.c, matrix.d)
        style = reader.by_font.get(key)
        if style is None:
            style = reader.style(obj, lo)
        reader.styles[obj] = style
    if style.icon or style.rotated:
        reader.chars(lo, hi)
        return
    # The walk hands over runs from their first visible character; its spaces were seen there.
    first = lo if run[0] not in _WS else hi - len(run.lstrip(_WS))  # aligned page: len(run) == hi - lo
    last = first + len(body) - 1
    if first != lo and _GET_OBJ(reader.vhandle, first) != obj:
        _add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    handle, rect = reader.handle, reader.rect
    _GET_BOX(handle, first, rect)
    first_l, first_r, first_b, first_t = rect.left, rect.right, rect.bottom, rect.top
    _GET_BOX(handle, last, rect)
    left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
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
        _add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    # The first character joins the open fragment or starts one (pdf_chars' rules).
    ch = text[first]
    cur = reader.cur
    gap_space = False
    if cur is not None:
        last_t, last_b = cur.last_t, cur.last_b
        last_h = last_t - last_b
        overlap = (first_t if first_t < last_t else last_t) - (first_b if first_b > last_b else last_b)
        gap = first_l - cur.last_r
        line = first_h if first_h > last_h else last_h
        ligature = abs(first_l - cur.last_l) < 0.01 and abs(first_r - cur.last_r) < 0.01
        if overlap >= 0.5 * (first_h if first_h < last_h else last_h) and (
                -0.5 * line <= gap <= 1.0 * line or ligature):
            if (ch if ch != "\xad" else "-") == cur.last_ch and obj != cur.last_obj \
                    and abs(first_l - cur.last_l) < 0.3 * (first_r - first_l) + 0.2:
                _add_run_slowly(reader, rects, style, lo, hi, first, last, obj)  # a fake-bold copy
                return
            resized = style.size != cur.last_size
            gap_space = ((reader.space or first != lo) and not (resized and gap < 0.08 * line)) or (
                gap > 0.35 * line and not ligature)
        else:
            cur = None
    inner = body  # text[first:last + 1]
    # Spaces other than single " " (a tab, two spaces, NBSP, ideographic): the
    # regular expressions below have work to do; without them they change nothing.
    odd = "\t" in inner or "\xa0" in inner or "\u3000" in inner or "  " in inner
    if (odd or " " in inner) and not _gaps_hold(reader, style, inner, first, right - first_l, limit, odd):
        _add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    ink = rects.next_fits(first_l, first_r, left, right, bottom if bottom < first_b else first_b,
                          top if top > first_t else first_t)
    if ink is None:
        _add_run_slowly(reader, rects, style, lo, hi, first, last, obj)
        return
    # Every check passed: add the run.
    whole = ch + _SPACES.sub(" ", inner[1:]) if odd or "\r" in inner or "\n" in inner else inner  # ch == inner[0]
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
        ox, oy = reader._origin
        _GET_ORIGIN(handle, first, ox, oy)
        reader.cur = cur = Frag(
            ink_l if ink_l < first_l else first_l, x1 if x1 > first_r else first_r,
            low if low < first_b else first_b, high if high > first_t else first_t, oy.value,
            [whole], {size: weight}, letters if style.bold else 0, letters,
            False, whole[-1], left, right, bottom, top, obj, size)
        reader.frags.append(cur)
    else:
        chars = cur.chars
        if gap_space:
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


def _gaps_hold(reader: CharReader, style: Style, inner: str, first: int, width: float, limit: float,
               odd: bool) -> bool:
    """Whether no space inside the run stands for a gap that would split the fragment.
    A run no wider than its letters and spaces need (kerning and word spacing within
    0.3 line heights) has none; otherwise every space is looked at: the gap it stands
    for must keep the fragment whole, as the per-character rules would (between -0.5
    and 1 line height)."""
    widths = reader.widths.get(style.font) if style.font else None
    try:  # every character measured before (the usual case, after a document's first lines)
        excess = width - sum(map(widths.__getitem__, inner)) if widths is not None else None
    except KeyError:
        excess = None
    if excess is None:
        excess = _excess(reader, style, inner, first, width)
    if not (excess is None or abs(excess) > 0.3 * limit or
            (_widest_space(reader, style, inner) if odd else reader.widths[style.font].get(" ", 0.0))
            + excess > 0.9 * limit):
        return True
    handle, rect = reader.handle, reader.rect
    for gap_at in _SPACES.finditer(inner):
        _GET_BOX(handle, first + gap_at.start() - 1, rect)
        before_r, before_h = rect.right, rect.top - rect.bottom
        _GET_BOX(handle, first + gap_at.end(), rect)
        after_l, after_h = rect.left, rect.top - rect.bottom
        gap = after_l - before_r
        span = max(before_h, after_h)
        if not -0.5 * span <= gap <= span or min(before_h, after_h) < 0.5 * span:
            return False
    return True


def _add_run_slowly(reader: CharReader, rects: _Rects, style: Style, lo: int, hi: int, first: int, last: int,
                    obj: int) -> None:
    """A run the whole-run path of `_add_run` turned down: its first character by the
    exact rules, then the rest whole if the checks pass from there (the first
    character may have joined another object's fragment), else character by character."""
    cur = _first_char(reader, style, lo, first, obj)
    if cur is None:
        reader.chars(lo, first + 1)
        cur = reader.cur
        if reader.last_index != first or cur is None:
            reader.chars(first + 1, hi)  # dropped or set aside (off the page, a fake-bold copy): go slowly
            return
    text, handle, rect = reader.text, reader.handle, reader.rect
    _GET_BOX(handle, last, rect)
    left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
    x_min, x_max, y_min, y_max = reader.bounds
    first_l, first_r, first_b, first_t = cur.last_l, cur.last_r, cur.last_b, cur.last_t
    limit = max(top - bottom, first_t - first_b)
    if not (x_min <= left <= x_max and x_min <= right <= x_max and y_min <= bottom <= y_max
            and y_min <= top <= y_max) or left < first_l or abs(bottom - first_b) > 0.01 * limit \
            or abs(top - first_t) > 0.01 * limit:
        reader.chars(first + 1, hi)  # off the page, right-to-left or not one baseline
        return
    inner = text[first:last + 1]
    odd = "\t" in inner or "\xa0" in inner or "\u3000" in inner or "  " in inner
    if (odd or " " in inner) and not _gaps_hold(reader, style, inner, first, right - first_l, limit, odd):
        reader.chars(first + 1, hi)
        return
    ink = rects.find(first_l, first_r, left, right, min(bottom, first_b), max(top, first_t))
    if ink is None:
        reader.chars(first + 1, hi)
        return
    rest = _SPACES.sub(" ", inner[1:]) if odd or "\r" in inner or "\n" in inner else inner[1:]
    if "\xad" in rest:
        rest = rest.replace("\xad", "-")
    cur.chars.append(rest)
    letters = sum(map(str.isalpha, rest))
    others = len(rest) - letters - rest.count(" ")
    size = style.size
    cur.sizes[size] = cur.sizes.get(size, 0) + 10 * letters + others
    cur.nletters += letters
    if style.bold:
        cur.nbold += letters
    ink_l, ink_b, ink_r, ink_t = ink
    if ink_l < cur.x0:
        cur.x0 = ink_l
    x1 = right if right > ink_r else ink_r
    if x1 > cur.x1:
        cur.x1 = x1
    low = bottom if bottom < ink_b else ink_b
    if low < cur.bottom:
        cur.bottom = low
    high = top if top > ink_t else ink_t
    if high > cur.top:
        cur.top = high
    cur.last_ch, cur.last_l, cur.last_r, cur.last_b, cur.last_t = rest[-1], left, right, bottom, top
    reader.last_index = last
    reader.space = last < hi - 1


def _first_char(reader: CharReader, style: Style, lo: int, first: int, obj: int) -> Frag | None:
    """`reader.chars(lo, first + 1)` for a run's first visible character (lo..first-1
    are spaces, none a line break) in the common case, without the per-character
    loop's set-up: the character joins the open fragment or starts one. None, with
    nothing changed, where the loop would drop or set it aside (off the page, no
    box, a fake-bold copy) or its object is not the run's: the caller then calls
    the loop itself. The rules are the loop's (pdf_chars.CharReader.chars)."""
    if first != lo and _GET_OBJ(reader.vhandle, first) != obj:
        return None
    handle, rect = reader.handle, reader.rect
    pdfium_c.FPDFText_GetLooseCharBox(handle, first, rect)
    left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
    x_min, x_max, y_min, y_max = reader.bounds
    if not (x_min <= left <= x_max and x_min <= right <= x_max and y_min <= bottom <= y_max
            and y_min <= top <= y_max):
        return None
    height = top - bottom
    if height <= 0 and right <= left:
        return None
    ch = text_ch = reader.text[first]
    if text_ch == "\xad":
        ch = "-"
    space = reader.space or first != lo
    cur = reader.cur
    gap_space = False
    if cur is not None:
        last_t, last_b = cur.last_t, cur.last_b
        last_h = last_t - last_b
        overlap = (top if top < last_t else last_t) - (bottom if bottom > last_b else last_b)
        gap = left - cur.last_r
        limit = height if height > last_h else last_h
        ligature = abs(left - cur.last_l) < 0.01 and abs(right - cur.last_r) < 0.01
        if overlap >= 0.5 * (height if height < last_h else last_h) and (
                -0.5 * limit <= gap <= 1.0 * limit or ligature):
            if ch == cur.last_ch and obj != cur.last_obj and abs(left - cur.last_l) < 0.3 * (right - left) + 0.2:
                return None
            resized = style.size != cur.last_size
            gap_space = (space and not (resized and gap < 0.08 * limit)) or (gap > 0.35 * limit and not ligature)
        else:
            cur = None
    if cur is None:
        ox, oy = reader._origin
        pdfium_c.FPDFText_GetCharOrigin(handle, first, ox, oy)
        cur = Frag(left, right, bottom, top, oy.value)
        reader.frags.append(cur)
        reader.cur = cur
    elif gap_space:
        cur.chars.append(" ")
    cur.chars.append(ch)
    size = style.size
    if ch.isalpha():
        cur.sizes[size] = cur.sizes.get(size, 0) + 10
        cur.nletters += 1
        cur.nbold += style.bold
    else:
        cur.sizes[size] = cur.sizes.get(size, 0) + 1
    if left < cur.x0:
        cur.x0 = left
    if right > cur.x1:
        cur.x1 = right
    if bottom < cur.bottom:
        cur.bottom = bottom
    if top > cur.top:
        cur.top = top
    cur.last_ch, cur.last_l, cur.last_r, cur.last_b, cur.last_t = ch, left, right, bottom, top
    cur.last_obj = obj
    cur.last_size = size
    reader.space = False
    reader.last_index = first
    return cur


def _excess(reader: CharReader, style, inner: str, first: int, width: float) -> float | None:
    """How much wider the run is than its characters' own widths (spaces included):
    kerning, word and letter spacing together. Widths are measured once per font
    and character (one loose box each) and kept for the document. None when a
    width is unknown: a space that pdfium generated from a kerning gap has no width
    of its own, so the run is checked space by space."""
    widths = reader.widths.setdefault(style.font, {}) if style.font else None
    if widths is None:
        return None
    try:
        return width - sum(map(widths.__getitem__, inner))
    except KeyError:
        pass
    handle, rect = reader.handle, reader.rect
    for k, ch in enumerate(inner):
        if ch not in widths:
            pdfium_c.FPDFText_GetLooseCharBox(handle, first + k, rect)
            w = rect.right - rect.left
            if w <= 0 and ch in _WS:
                return None  # generated from kerning: its gap is not a width
            widths[ch] = w
    return width - sum(map(widths.__getitem__, inner))


def _widest_space(reader: CharReader, style, inner: str) -> float:
    """Natural width of the widest stretch of spaces in the run (after `_excess`
    measured every character): two ideographic spaces between "姓名:X" and
    "性别:Y" are a cell gap by themselves, with no kerning at all."""
    widths = reader.widths[style.font]
    if "  " not in inner and "\u3000" not in inner and "\t" not in inner and "\xa0" not in inner:
        return widths.get(" ", 0.0)
    return max(sum(map(widths.__getitem__, m.group())) for m in _SPACES.finditer(inner))
