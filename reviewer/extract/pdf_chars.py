"""Characters of one PDF page -> fragments: runs of characters that pdfium emits
in sequence on one baseline without a wide gap.

Speed matters (every CV passes here): per character we make two calls into
pdfium (its text object, its loose box); the full text comes from one call, and
font facts are computed once per text object and cached. Spaces and line breaks
cost no call at all. Not thread-safe (pdfium is not): call from one thread.
"""
from __future__ import annotations

import ctypes
import functools
import re
from dataclasses import dataclass, field

import pypdfium2.raw as pdfium_c

from reviewer.extract.pdf_tounicode import LenientMaps, remapped_text
from reviewer.extract.pdf_widths import WidthSums


def float_view(structure) -> memoryview:  # noqa: ANN001 (a ctypes structure of c_float fields)
    """The structure's fields as one memoryview of floats, in field order: `a, b = view`
    reads them all at once, each converted as a ctypes field read converts it."""
    return memoryview(structure).cast("B").cast("f")


def unchecked(function, restype=ctypes.c_int):  # noqa: ANN001, ANN201 (a ctypes function pointer)
    """pdfium's `function` without the argument types pypdfium2 declares, so ctypes
    passes each argument as it is instead of converting and checking it: 0.3 us
    instead of 0.65 per call (process time, 100,000 calls), and the readers make a
    few thousand calls per PDF. Callers must pass exactly what C expects: the text
    page handle (`CharReader.vhandle`, `textpage.raw` or a c_void_p), Python ints for C ints, and
    `ctypes.byref(...)` of the right ctypes type for every pointer (never a bare
    structure or a Python float: without argument types ctypes cannot tell).
    PYFUNCTYPE: the GIL stays held during the call (these calls are short and never
    call back into Python); CFUNCTYPE releases and retakes it around every call."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


GET_BOX = unchecked(pdfium_c.FPDFText_GetLooseCharBox)  # (handle, index, byref(FS_RECTF))
GET_ORIGIN = unchecked(pdfium_c.FPDFText_GetCharOrigin)  # (handle, index, byref(c_double) x 2)
GET_MATRIX = unchecked(pdfium_c.FPDFText_GetMatrix)  # (handle, index, byref(FS_MATRIX))
GET_SIZE = unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double)  # (handle, index)
GET_RECT = unchecked(pdfium_c.FPDFText_GetRect)  # (handle, index, byref(c_double) x 4)
# FPDFText_GetTextObject with an integer result (the object's address: a cheap cache key),
# (handle, index): the handle as `CharReader.vhandle`, the text page's `raw` or a c_void_p.
_GET_OBJ = unchecked(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
# FPDFTextObj_GetFont taking the object's address as an integer, as _GET_OBJ gives it.
_GET_FONT = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFTextObj_GetFont, ctypes.c_void_p).value
)
_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibd|-medi\b|medium|bx\d|^cmb\d|^sfb", re.I)
_ICON_FONT = re.compile(
    r"awesome|marvosym|academicons|wingding|webding|octicon|material.?icons|icomoon|devicon|"
    r"simple.?icons|typicons|entypo|ionicons|feather|fontello|glyphicons|bootstrap.?icons|remixicon",
    re.I,
)
_BULLET_LIKE = frozenset("•◦○●■□▪▫◆◇►▶▸▹➢➤✓✔✗✘★☆-–")
# Full-width punctuation that CJK typesetting (XeLaTeX's ctex, Word) squeezes into
# the previous glyph's box: it still belongs to the line ("…发光)。", "(2023);住院").
SPACING_ACCENTS = frozenset("´`¨ˆ˜¯˘˙˚¸˝˛ˇ")
CJK_PUNCTUATION = frozenset("。，、；：？！）」』】》〉（「『【《〈")
MAX_CHARS_PER_PAGE = 150_000  # a page with more is hostile or a data dump; the rest is ignored


@dataclass(slots=True)
class Style:
    size: float
    bold: bool
    icon: bool  # an icon font: its glyphs are pictures, their "text" is noise
    rotated: bool
    # Font, size and horizontal scale: characters of equal `font` have equal widths
    # (pdf_runs measures a run against its letters' widths with it).
    font: tuple = ()


def two_cells(before: float, after: float, gap: float, line: float, last_ch: str, spaced: bool) -> bool:
    """Whether neighbours of clearly different sizes (`before` left of `after`, `last_ch` the
    last character before the gap, `spaced` when the text has a space there) are two cells of
    a row, not one phrase: "2017 - 2019" in 6 pt running into "Utrecht University" in 10 pt (a
    narrow date column's text overflowing into the next cell), "2023 - now" set just before it
    with no space between, or anything half a line apart. A superscript or subscript ("N2O",
    "3rd in") touches its word or is a space from the next, even a wide one; a bullet or icon
    before a word is no cell of its own."""
    small, large = (before, after) if before < after else (after, before)
    if small <= 0 or large < 1.4 * small:
        return False
    if gap < -0.2 * line or (before > after and gap > 0.5 * line):
        return True  # (small text after large half a line away: "Positions" then "2023 - now")
    return (before < after and not spaced and gap > 0.05 * line and last_ch.isascii()
            and last_ch.isalpha())


@dataclass(slots=True)
class Frag:
    """A run of characters on one baseline, in PDF user space (y grows upwards)."""

    x0: float
    x1: float
    bottom: float
    top: float
    base: float  # baseline y of the first character
    chars: list[str] = field(default_factory=list)
    sizes: dict[float, int] = field(default_factory=dict)
    nbold: int = 0
    nletters: int = 0
    rotated: bool = False
    # state for appending
    last_ch: str = ""
    last_l: float = 0.0
    last_r: float = 0.0
    last_b: float = 0.0
    last_t: float = 0.0
    last_obj: int | None = None
    last_size: float = 0.0
    # (index in `chars`, gap) of each space the per-character reader put in: a line set
    # letter by letter shows its word gaps only here (`_mark_word_gaps`)
    spaces: list[tuple[int, float]] | None = None

    @property
    def text(self) -> str:
        chars = self.chars
        return chars[0] if len(chars) == 1 else "".join(chars)

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def size(self) -> float:
        return max(self.sizes.items(), key=lambda kv: kv[1])[0] if self.sizes else self.height


LETTER_SPACED_MIN = 4  # spaces in a line before its gaps are compared (a name of two short words)


def _mark_word_gaps(frag: Frag) -> None:
    """A line set letter by letter ("R O H A N   D E S A I": CSS letter-spacing, a
    designer's name or heading) has a space between every two letters, so pdfium's
    spaces do not say where words end; its word gaps are the clearly wider ones.
    Those become two spaces, the mark `normalize.clean` reads as a word gap."""
    chars, spaces = frag.chars, frag.spaces
    assert spaces is not None
    if len(chars) != 2 * len(spaces) + 1 or any(len(chars[i - 1]) != 1 for i, _ in spaces):
        return  # not one character between every two spaces (or a run came in whole)
    gaps = sorted(gap for _, gap in spaces)
    usual = gaps[len(gaps) // 2]
    if usual <= 0:
        return
    for index, gap in spaces:
        if gap > LETTER_SPACED_WORD_GAP * usual:
            chars[index] = "  "


LETTER_SPACED_WORD_GAP = 1.8  # a word gap is the letter gap plus a space: about 2.5x it


@dataclass
class PageChars:
    frags: list[Frag]
    rotated: list[Frag]
    nchars: int
    truncated: bool = False


def _style(textpage, index: int, buf, flags, matrix) -> Style:
    """Font facts of the text object that draws character `index`."""
    pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), ctypes.byref(flags))
    full_name = buf.value
    name = full_name.decode("latin-1", "replace").split("+")[-1]
    weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    rotated = False
    font: tuple = ()
    if pdfium_c.FPDFText_GetMatrix(textpage, index, matrix):
        font = (full_name, size, round(matrix.a, 4), round(matrix.d, 4))
        # The font size is in text space; the matrix scales it (Word/Skia PDFs use 1pt fonts).
        scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
        if scale > 0:
            size *= scale
        rotated = abs(matrix.b) > 0.1 * abs(matrix.a) + 1e-6 or matrix.a < 0
    bold_name, icon = _font_kind(name)
    return Style(round(size, 1), bold_name or 550 <= weight <= 1000, icon, rotated, font)


@functools.lru_cache(maxsize=256)
def _font_kind(name: str) -> tuple[bool, bool]:
    """(bold by its name, an icon font) for a font name; a CV uses a handful of fonts."""
    return bool(_BOLD_NAME.search(name)), bool(_ICON_FONT.search(name))


def page_chars(textpage, width: float = 612.0, height: float = 792.0, maps: LenientMaps | None = None) -> PageChars:
    """Group the characters of one text page into fragments (see module doc), one
    character at a time: the exact reader, and the fallback of the run reader
    (pdf_runs) wherever a run of one text object cannot be taken whole."""
    reader = CharReader(textpage, width, height, maps)
    reader.chars(0, reader.n)
    return reader.result()


class CharReader:
    """One page's fragment building. Its state (the open fragment, whether a space
    was seen) is shared by the per-character loop here and the per-run path in
    pdf_runs, so the two can take turns within one page and give the same result.

    Characters whose box lies off the page (width x height points, with a margin)
    are dropped: nobody can see them, and a damaged file can put them at 1e30."""

    def __init__(self, textpage, width: float = 612.0, height: float = 792.0, maps: LenientMaps | None = None) -> None:
        self.handle = handle = textpage.raw
        n = pdfium_c.FPDFText_CountChars(handle)
        self.truncated = n > MAX_CHARS_PER_PAGE
        self.n = n = min(n, MAX_CHARS_PER_PAGE)
        self.text = textpage.get_text_range(0, n) if n else ""
        # One UTF-16 unit per character unless the page has astral characters.
        self.aligned = len(self.text) == n
        if maps is not None and (fonts := maps.for_page(self.text)):
            # raw glyph codes of a font whose map pdfium rejected: read one character per index
            self.text, self.aligned = remapped_text(handle, n, fonts), True
        # The handle as a prebuilt pointer argument for the unchecked calls: byref of a char at
        # the handle's address passes that address. ctypes passes such an argument as it is,
        # where a pointer object (`raw`, a c_void_p) gets a new argument object on every call
        # (~150-300 instructions of ~1,000 per call; ~2,000 calls per PDF).
        self.vhandle = ctypes.byref(ctypes.c_char.from_address(ctypes.cast(handle, ctypes.c_void_p).value))
        self.rect = pdfium_c.FS_RECTF()
        self.rect_ref = ctypes.byref(self.rect)  # for GET_BOX
        # The same four floats read in one unpacking (left, top, right, bottom, pdfium's
        # order): a ctypes field read costs about what the unpacking of all four does.
        self.box = float_view(self.rect)
        self._origin = (ctypes.c_double(), ctypes.c_double())
        self.origin_refs = (ctypes.byref(self._origin[0]), ctypes.byref(self._origin[1]))  # for GET_ORIGIN
        self._font = (ctypes.create_string_buffer(256), ctypes.c_int(), pdfium_c.FS_MATRIX())
        self.matrix = self._font[2]  # pdf_runs fills it for its style key
        self.matrix_ref = ctypes.byref(self.matrix)  # for GET_MATRIX
        self.matrix_values = float_view(self.matrix)  # a, b, c, d, e, f
        self.bounds = (-0.25 * width - 50, 1.25 * width + 50, -0.25 * height - 50, 1.25 * height + 50)
        self.styles: dict[int | None, Style] = {}  # by text object
        self.by_font: dict[tuple, Style] = {}  # by font handle, size and matrix
        self.frags: list[Frag] = []
        self.rotated: list[Frag] = []
        self.cur: Frag | None = None
        self.space = False  # a space or line break was seen since the last visible character
        self.broke = False  # a line break was seen since the last sideways character
        self.last_index = -1  # index of the last character appended to a (level) fragment
        self.widths: dict[tuple, dict[str, float]] = {}  # pdf_runs: character widths per font
        self.sums: dict[tuple, WidthSums] = {}  # the same widths as byte tables (pdf_widths)

    def style(self, obj: int | None, index: int) -> Style:
        """The style of a text object, computed once per font, size and matrix: a CV
        draws thousands of objects (one per line or word) in a handful of styles."""
        style = self.styles.get(obj)
        if style is None:
            if obj:
                GET_MATRIX(self.vhandle, index, self.matrix_ref)
                a, b, c, d, _e, _f = self.matrix_values
                key = (_GET_FONT(obj), GET_SIZE(self.vhandle, index), a, b, c, d)
                style = self.by_font.get(key)
                if style is None:
                    style = self.by_font[key] = _style(self.handle, index, *self._font)
            else:
                style = _style(self.handle, index, *self._font)
            self.styles[obj] = style
        return style

    def result(self) -> PageChars:
        """The page's fragments, each one's characters joined into one string (the
        layout reads `Frag.text` many times per fragment; nothing appends after this)."""
        for frag in self.frags:
            if frag.spaces is not None and len(frag.spaces) >= LETTER_SPACED_MIN:
                _mark_word_gaps(frag)
            if len(frag.chars) > 1:
                frag.chars = ["".join(frag.chars)]
        rotated = [f for f in self.rotated if "".join(f.chars).strip()]
        return PageChars(self.frags, rotated, self.n, self.truncated)

    def chars(self, lo: int, hi: int) -> None:  # noqa: C901 (one tight loop, kept flat for speed)
        """Add characters lo..hi-1, one pdfium call or two each."""
        handle, text, aligned, vhandle, box = self.handle, self.text, self.aligned, self.vhandle, self.box
        rect_ref, (ox_ref, oy_ref), oy = self.rect_ref, self.origin_refs, self._origin[1]
        get_box, get_unicode = GET_BOX, pdfium_c.FPDFText_GetUnicode
        x_min, x_max, y_min, y_max = self.bounds
        styles, frags, rotated = self.styles, self.frags, self.rotated
        cur, space, broke, last_index = self.cur, self.space, self.broke, self.last_index
        for i in range(lo, hi):
            ch = text[i] if aligned else chr(get_unicode(handle, i))
            if ch == "\xad":
                ch = "-"  # a drawn soft hyphen is a visible hyphen (some fonts map "-" to U+00AD)
            elif ch == "\x02":
                # pdfium's line-end hyphen as FPDFText_GetUnicode gives it (the page text says
                # U+FFFE): kept as that mark, so a word or an address split there is joined
                ch = "\ufffe"
            elif ch in " \r\n\t\xa0\u3000":
                space = True
                broke = broke or ch == "\n"
                continue
            obj = _GET_OBJ(vhandle, i)
            style = styles.get(obj)
            if style is None:
                style = self.style(obj, i)
            if "\ue000" <= ch <= "\uf8ff":
                space = True  # a private-use icon between words separates them
                continue
            get_box(vhandle, i, rect_ref)
            left, top, right, bottom = box
            if not (x_min <= left <= x_max and x_min <= right <= x_max and y_min <= bottom <= y_max
                    and y_min <= top <= y_max):
                continue  # off the page (or NaN): invisible, and poison for the layout's arithmetic
            if style.icon and right - left >= 1.0:
                # A real icon glyph ("B" for a phone in MarVoSym). A glyph whose Unicode map is a
                # whole string ("tel:+82 10...") is split into slivers narrower than 1pt: that is text.
                if ch in _BULLET_LIKE and (cur is None or space):
                    ch = "•"  # an icon-font bullet is still a bullet
                else:
                    space = True
                    continue
            height = top - bottom
            if style.rotated:
                # Sideways text (a stamp, a vertical side title): kept, but as its own lines.
                if not rotated or broke:
                    rotated.append(Frag(left, right, bottom, top, bottom, rotated=True))
                frag = rotated[-1]
                if space and frag.chars:
                    frag.chars.append(" ")
                frag.chars.append(ch)
                space = broke = False
                continue
            if height <= 0 and right <= left:
                if cur is not None:  # e.g. a combining mark with no box of its own
                    cur.chars.append(ch)
                continue
            if ch in SPACING_ACCENTS and cur is not None and bottom >= cur.last_b and cur.last_l - height <= left \
                    <= cur.last_r + 2 * height:
                # pdfLaTeX's OT1 accent ("Montr´eal"): a raised glyph drawn over the next letter. It
                # joins the word but leaves the word's geometry alone, so that letter joins too.
                cur.chars.append(ch)
                if top > cur.top:
                    cur.top = top
                continue
            if cur is not None:
                last_t, last_b = cur.last_t, cur.last_b
                last_h = last_t - last_b
                overlap = (top if top < last_t else last_t) - (bottom if bottom > last_b else last_b)
                gap = left - cur.last_r
                limit = height if height > last_h else last_h
                ligature = abs(left - cur.last_l) < 0.01 and abs(right - cur.last_r) < 0.01  # "ffi" shares one box
                if overlap >= 0.5 * (height if height < last_h else last_h) and (
                        -0.5 * limit <= gap <= 1.0 * limit or ligature
                        or (-limit <= gap <= limit and ch in CJK_PUNCTUATION)):
                    if ch == cur.last_ch and obj != cur.last_obj and abs(left - cur.last_l) < 0.3 * (right - left) + 0.2:
                        continue  # the same glyph drawn again by another operator a hair apart: fake bold
                    # pdfium's space is trusted, except where the size changes with touching
                    # glyphs: a superscript ("3rd", "n2") is not a new word.
                    resized = style.size != cur.last_size
                    if resized and not ligature and two_cells(cur.last_size, style.size, gap, limit, cur.last_ch, space):
                        cur.chars.append("\t")
                    elif (space and not (resized and gap < 0.08 * limit)) or (gap > 0.35 * limit and not ligature):
                        if cur.spaces is None:
                            cur.spaces = []
                        cur.spaces.append((len(cur.chars), gap))
                        cur.chars.append(" ")
                else:
                    cur = None
            if cur is None:
                GET_ORIGIN(vhandle, i, ox_ref, oy_ref)
                cur = Frag(left, right, bottom, top, oy.value)
                frags.append(cur)
            cur.chars.append(ch)
            if ch.isalpha():  # letters decide the line's size; digits and dates weigh little
                cur.sizes[style.size] = cur.sizes.get(style.size, 0) + 10
                cur.nletters += 1
                cur.nbold += style.bold
            else:
                cur.sizes[style.size] = cur.sizes.get(style.size, 0) + 1
            # plain comparisons: min()/max() calls cost a third of this loop
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
            cur.last_size = style.size
            space = False
            last_index = i
        self.cur, self.space, self.broke, self.last_index = cur, space, broke, last_index
