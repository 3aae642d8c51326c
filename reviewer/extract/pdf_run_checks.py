"""What the run reader (pdf_runs) checks before it takes a text object whole, and
the exact way for a run that fails a check.

- `Rects`: pdfium's text rectangles, one per text object, the run's ink extent;
- `gaps_hold`: whether the spaces inside a run stand for a gap that would split
  its fragment (measured against the run's letters' own widths);
- `add_run_slowly`: a run the whole-run path turned down, added by the
  per-character reader's rules (its first character exactly, then the rest whole
  if the checks pass from there, else character by character).
"""
from __future__ import annotations

import ctypes
import re

from reviewer.extract.pdf_chars import (
    _GET_OBJ,
    CJK_PUNCTUATION,
    GET_BOX,
    GET_ORIGIN,
    GET_RECT,
    CharReader,
    Frag,
    Style,
    two_cells,
)
from reviewer.extract.pdf_widths import WidthSums

WS = " \r\n\t\xa0\u3000"  # what the per-character reader treats as a space
SPACES = re.compile(f"[{WS}]+")
# "S E L E C T E D   P R O J E C T S": a run set letter by letter; its word gaps are found
# character by character (pdf_chars._mark_word_gaps), never by the whole-run path
_LETTER_BY_LETTER = re.compile(r"\S(?: +\S){4,}")


def letter_by_letter(inner: str) -> bool:
    return inner[1:2] == " " and inner[3:4] == " " and _LETTER_BY_LETTER.fullmatch(inner) is not None


class Rects:
    """pdfium's text rectangles: one per text object, the union of its glyphs' ink
    boxes, in character order. A character's loose box is its ascent-to-descent box
    grown to its ink, so a run's extent is its end characters' loose boxes grown to
    this rectangle (an "l" or a capital reaches above the ascent in some fonts)."""

    def __init__(self, handle, count: int) -> None:
        self.handle, self.count, self.next = handle, count, 0
        box = (ctypes.c_double * 4)()  # left, top, right, bottom, as pdfium orders them
        self._refs = tuple(ctypes.byref(box, 8 * k) for k in range(4))  # for GET_RECT
        self._box = memoryview(box).cast("B").cast("d")  # all four read in one unpacking
        self._keep = box

    def next_fits(self, left0: float, right0: float, left1: float, right1: float,
                  bottom: float, top: float) -> tuple[float, float, float, float] | None:
        """`find`, trying the next rectangle first without its loop (it fits most runs)."""
        index = self.next
        if index < self.count:
            GET_RECT(self.handle, index, *self._refs)
            left, high, right, low = self._box
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
        box = self._box
        for index in range(self.next, min(self.count, self.next + 8)):
            GET_RECT(self.handle, index, *self._refs)
            left, high, right, low = box
            if (left0 - 0.05 <= left <= right0 + 0.05 and left1 - 0.05 <= right <= right1 + 0.05
                    and low < top and high > bottom):
                self.next = index + 1
                return left, low, right, high
        return None


def gaps_hold(reader: CharReader, style: Style, inner: str, first: int, width: float, limit: float,
               odd: bool) -> bool:
    """Whether no space inside the run stands for a gap that would split the fragment.
    A run no wider than its letters and spaces need (kerning and word spacing within
    0.3 line heights) has none; otherwise every space is looked at: the gap it stands
    for must keep the fragment whole, as the per-character rules would (between -0.5
    and 1 line height)."""
    widths = reader.widths.get(style.font) if style.font else None
    verdict = _quick_verdict(reader, style, widths, inner, width, limit, odd) if widths is not None else None
    if verdict:
        return True
    if verdict is None:  # the exact sum decides
        try:  # every character measured before (the usual case, after a document's first lines)
            excess = width - sum(map(widths.__getitem__, inner)) if widths is not None else None
        except KeyError:  # a character not measured yet: no need to try the sum again
            excess = _excess(reader, style, inner, first, width, widths)
        else:
            if excess is None:
                excess = _excess(reader, style, inner, first, width)
        if not (excess is None or abs(excess) > 0.3 * limit or
                (_widest_space(reader, style, inner) if odd else reader.widths[style.font].get(" ", 0.0))
                + excess > 0.9 * limit):
            return True
    handle, box, rect_ref = reader.vhandle, reader.box, reader.rect_ref
    for gap_at in SPACES.finditer(inner):
        GET_BOX(handle, first + gap_at.start() - 1, rect_ref)
        _l, top, before_r, bottom = box
        before_h = top - bottom
        GET_BOX(handle, first + gap_at.end(), rect_ref)
        after_l, top, _r, bottom = box
        after_h = top - bottom
        gap = after_l - before_r
        span = max(before_h, after_h)
        if not -0.5 * span <= gap <= span or min(before_h, after_h) < 0.5 * span:
            return False
    return True


def _quick_verdict(reader: CharReader, style: Style, widths: dict[str, float], inner: str, width: float,
                   limit: float, odd: bool) -> bool | None:
    """gaps_hold's first test with the quick sum (pdf_widths): True where the run's
    width surely passes it, False where it surely fails, None where the exact sum
    must decide (the run cannot be summed quickly, or the answer lies within the
    quick sum's margin of a threshold)."""
    sums = reader.sums.get(style.font)
    if sums is None:
        sums = reader.sums[style.font] = WidthSums(widths)
    quick = sums.total(inner)
    if quick is None:
        return None
    total, margin = quick
    excess = width - total
    space = _widest_space(reader, style, inner) if odd else widths.get(" ", 0.0)
    if abs(excess) + margin < 0.3 * limit and space + excess + margin < 0.9 * limit:
        return True
    if abs(excess) - margin > 0.3 * limit or space + excess - margin > 0.9 * limit:
        return False
    return None


def add_run_slowly(reader: CharReader, rects: Rects, style: Style, lo: int, hi: int, first: int, last: int,
                    obj: int) -> None:
    """A run the whole-run path of `pdf_runs._add_run` turned down: its first character by the
    exact rules, then the rest whole if the checks pass from there (the first
    character may have joined another object's fragment), else character by character."""
    cur = _first_char(reader, style, lo, first, obj)
    if cur is None:
        reader.chars(lo, first + 1)
        cur = reader.cur
        if reader.last_index != first or cur is None:
            reader.chars(first + 1, hi)  # dropped or set aside (off the page, a fake-bold copy): go slowly
            return
    text, handle = reader.text, reader.vhandle
    GET_BOX(handle, last, reader.rect_ref)
    left, top, right, bottom = reader.box
    x_min, x_max, y_min, y_max = reader.bounds
    first_l, first_r, first_b, first_t = cur.last_l, cur.last_r, cur.last_b, cur.last_t
    limit = max(top - bottom, first_t - first_b)
    if not (x_min <= left <= x_max and x_min <= right <= x_max and y_min <= bottom <= y_max
            and y_min <= top <= y_max) or left < first_l or abs(bottom - first_b) > 0.01 * limit \
            or abs(top - first_t) > 0.01 * limit:
        reader.chars(first + 1, hi)  # off the page, right-to-left or not one baseline
        return
    inner = text[first:last + 1]
    if letter_by_letter(inner):
        reader.chars(first + 1, hi)
        return
    odd = "\t" in inner or "\xa0" in inner or "\u3000" in inner or "  " in inner
    if (odd or " " in inner) and not gaps_hold(reader, style, inner, first, right - first_l, limit, odd):
        reader.chars(first + 1, hi)
        return
    ink = rects.find(first_l, first_r, left, right, min(bottom, first_b), max(top, first_t))
    if ink is None:
        reader.chars(first + 1, hi)
        return
    rest = SPACES.sub(" ", inner[1:]) if odd or "\r" in inner or "\n" in inner else inner[1:]
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
    handle = reader.vhandle
    GET_BOX(handle, first, reader.rect_ref)
    left, top, right, bottom = reader.box
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
    gap_space = cell = False
    if cur is not None:
        last_t, last_b = cur.last_t, cur.last_b
        last_h = last_t - last_b
        overlap = (top if top < last_t else last_t) - (bottom if bottom > last_b else last_b)
        gap = left - cur.last_r
        limit = height if height > last_h else last_h
        ligature = abs(left - cur.last_l) < 0.01 and abs(right - cur.last_r) < 0.01
        if overlap >= 0.5 * (height if height < last_h else last_h) and (
                -0.5 * limit <= gap <= 1.0 * limit or ligature
                or (-limit <= gap <= limit and ch in CJK_PUNCTUATION)):  # (pdf_chars' rule, the same)
            if ch == cur.last_ch and obj != cur.last_obj and abs(left - cur.last_l) < 0.3 * (right - left) + 0.2:
                return None
            resized = style.size != cur.last_size
            gap_space = (space and not (resized and gap < 0.08 * limit)) or (gap > 0.35 * limit and not ligature)
            cell = resized and not ligature and two_cells(cur.last_size, style.size, gap, limit, cur.last_ch, space)
        else:
            cur = None
    if cur is None:
        GET_ORIGIN(handle, first, *reader.origin_refs)
        oy = reader._origin[1]
        cur = Frag(left, right, bottom, top, oy.value)
        reader.frags.append(cur)
        reader.cur = cur
    elif cell:
        cur.chars.append("\t")
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


def _excess(reader: CharReader, style, inner: str, first: int, width: float,
            unmeasured: dict[str, float] | None = None) -> float | None:
    """How much wider the run is than its characters' own widths (spaces included):
    kerning, word and letter spacing together. Widths are measured once per font
    and character (one loose box each) and kept for the document. None when a
    width is unknown: a space that pdfium generated from a kerning gap has no width
    of its own, so the run is checked space by space. `unmeasured`: the font's
    widths when the caller's sum just failed on a character not in them."""
    if unmeasured is not None:
        widths = unmeasured
    else:
        if not style.font:
            return None
        widths = reader.widths.setdefault(style.font, {})
        try:
            return width - sum(map(widths.__getitem__, inner))
        except KeyError:
            pass
    handle, box, rect_ref = reader.vhandle, reader.box, reader.rect_ref
    # The characters not measured yet, in the order they first occur (a set difference
    # instead of a test per character of the run: most of its characters are known).
    for k in sorted(map(inner.index, set(inner).difference(widths))):
        GET_BOX(handle, first + k, rect_ref)
        left, _t, right, _b = box
        w = right - left
        ch = inner[k]
        if w <= 0 and ch in WS:
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
    return max(sum(map(widths.__getitem__, m.group())) for m in SPACES.finditer(inner))
