"""Line clean-up shared by every part-A parser: markup, icons, bullets, page furniture.

The extractors hand over text as the document printed it: Markdown and HTML
markup (`**bold**`, `<b>`, `#`), LaTeX leftovers (`$...$`, `\\circ`), icon-font
glyphs (private-use code points), bullets in a dozen shapes, running footers
and page numbers. Parsers want the words; `Clean` keeps both, so evidence can
still point at the original line.
"""
from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from reviewer.parsing.dates import find_dates, first_range, opens_with_range
from reviewer.parsing.lexicon import ROLE_RE, is_location
from reviewer.parsing.lines import Line
from reviewer.parsing.needles import folded
from reviewer.parsing.openings import with_opening

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff\U000f0000-\U000fffff\ufffe\uffff\ufffd]")
_BULLET = re.compile(
    r"^\s*(?:[-*+•◦○●▪▫■□►▸‣⁃∙·⋄◆◇✓✔➢➤→»](?!\d)|\\circ|\{|o(?=\s)|\d{1,2}[.)](?=\s)|\(\d{1,2}\)|\[\d{1,3}\])\s*"
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_ANGLE_URL = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_TAGS = re.compile(r"</?(?:b|i|u|em|strong|sup|sub|span|br|p|div|a)\b[^>]*>", re.IGNORECASE)
# (and the tilde operator and wave dash some Chinese and Japanese fonts set for "~": "2020/09 ∼ 2022/06")
_DASHES = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u00ad": "-", "\u2012": "-",
                         "\u223c": "~", "\u301c": "~"})
# "138… 丨a@b.cn 丨City": the ideograph 丨 (a stroke) typed as a bar between contact items
_STROKE_BAR = re.compile(r"(?<![\u3400-\u9fff])丨|丨(?![\u3400-\u9fff])")
_WIDE_GAP = re.compile(r"[ \u00a0\u3000]{2,}")
_WIDE_SPACE = re.compile(r"[\u00a0\u3000]")


# The same lines are normalised by several passes (furniture, body, contact): answer each once.
@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """NFKC, no icon glyphs, one kind of minus sign, single spaces (tabs kept as column gaps)."""
    t = unicodedata.normalize("NFKC", text)
    if t.isascii():  # no odd dash, icon glyph, 丨 or wide space to replace: only runs of spaces
        return (_WIDE_GAP.sub("  ", t) if "  " in t else t).strip()
    t = t.translate(_DASHES)
    t = _PRIVATE_USE.sub(" ", t)
    t = t.replace("\u200b", "").replace("\ufeff", "")
    if "丨" in t:  # (the pattern's one character: most lines have none)
        t = _STROKE_BAR.sub(" | ", t)
    # one space is a word gap, two or more a column gap: keep that difference
    t = _WIDE_GAP.sub("  ", t)
    t = _WIDE_SPACE.sub(" ", t)
    return t.strip()


_MD_HEADING = re.compile(r"^#{1,6}\s+")
_LATEX_STYLE = re.compile(r"\\(?:textbf|textit|emph|href)\b")
_MATH_DOLLAR = re.compile(r"(?<!\w)[$]|[$](?!\w)")
_BOLD_MARK = re.compile(r"\*\*|__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_SPACE_RUN = re.compile(r"[^\S\t]{2,}")
_TAB_GAP = re.compile(r" *\t[\t ]*")


def strip_markup(text: str) -> str:
    """Remove Markdown / HTML / LaTeX markup but keep its words (and link targets' text)."""
    # Each pattern needs a character most lines lack ("<", "[", "\\", "$", ...): test for it
    # first, a plain scan far cheaper than the pattern's.
    t = text
    if "<" in t:
        t = _ANGLE_URL.sub(r"\1", t)
        t = _MD_LINK.sub(_link_text, t) if "[" in t else t
        t = _TAGS.sub("", t)
    elif "[" in t:
        t = _MD_LINK.sub(_link_text, t)
    if "#" in t:
        t = _MD_HEADING.sub("", t)
    if "\\" in t:
        t = t.replace("\\*", "*").replace("\\_", "_").replace("\\&", "&").replace("\\ ", " ")
        t = _LATEX_STYLE.sub("", t)
    if "$" in t:
        t = _MATH_DOLLAR.sub("", t)
    if "*" in t or "_" in t:
        t = _BOLD_MARK.sub("", t)
        t = _ITALIC.sub(r"\1", t)  # *italic*
    # tabs are column gaps (a date column, a place column): keep them as one tab
    t = _SPACE_RUN.sub("  ", t)
    if "\t" in t:
        t = _TAB_GAP.sub("\t", t)
    return t.strip()


def _link_text(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1).strip() not in ("", "#") else m.group(2)


@dataclass(frozen=True)
class Clean:
    """A body line with its cleaned text: `text` has no markup or bullet, `bullet` says one was there."""

    line: Line
    text: str
    bullet: bool
    raw: str  # normalised but with markup, for link and bold detection

    @property
    def index(self) -> int:
        return self.line.index


_LATIN = frozenset(string.ascii_letters)
# A glyph standing between Latin letters that is no part of English spelling (the glyph is
# matched first and the letter before it looked back at: the engine then skips the ordinary
# characters of a whole document at C speed, twice as fast as testing each letter first)
_IN_WORD = re.compile(r"([^A-Za-z\s\d'’\-.,;:()\[\]/&@_+–—*\"“”|·•])(?<=[A-Za-z].)(?=[a-z])")
# The same glyph where "ti" stands before the "-on"/"-ons" of a "-tion" ending
_TION = re.compile(r"(?<=[a-z])(.)(?=ons?\b)")


def repair_ligatures(lines: list[Line]) -> list[Line]:
    """Undo a font that maps the "ti" ligature to an unrelated character ("Educa?on",
    "Publica?ons", "PosiƟon", even inside the name). The character is found, not assumed: it
    sits inside Latin words and, at least twice, in the "-tion" ending CVs are full of."""
    text = "\n".join(ln.text for ln in lines)
    counts: dict[str, int] = {}
    for m in _IN_WORD.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not any(n >= 2 for n in counts.values()):
        return lines
    tion = Counter(_TION.findall(text))
    bad = {ch for ch, n in counts.items() if n >= 2 and tion[ch] >= 2}
    if not bad:
        return lines
    return [replace(ln, text=_untie(ln.text, bad)) if any(ch in ln.text for ch in bad) else ln for ln in lines]


def _untie(text: str, bad: set[str]) -> str:
    """Each glyph of `bad` that follows a Latin letter or opens a word before lower-case
    letters ("Ɵtle") read as "ti" (the glyphs come from the document, so no pattern is built)."""
    out = []
    for i, ch in enumerate(text):
        if ch in bad and ((i > 0 and text[i - 1] in _LATIN) or (i + 1 < len(text) and "a" <= text[i + 1] <= "z")):
            out.append("ti")
        else:
            out.append(ch)
    return "".join(out)


# A space between two Chinese characters (one space, no tab: cells stay apart)
# (Chinese punctuation too, full-width commas and colons being ASCII after NFKC: "一 、 教 育 经 历"
# -> "一、教育经历")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\u3001\u3002,:;]) (?=[\u3400-\u9fff\u3001\u3002,:;])")
_CJK_PAIR = re.compile(r"[\u3400-\u9fff] ?(?=[\u3400-\u9fff])")
OCR_SPACED_SHARE = 0.3  # Chinese prose has almost no such spaces; an OCR text layer has them everywhere


def close_cjk_spacing(lines: list[Line]) -> list[Line]:
    """An OCR text layer (a scanned CV) puts spaces between Chinese words and characters
    ("求学 经 历", "江川 大 学"): when a large share of the document's Chinese character pairs are
    spaced, the spaces go. A typed CV's few spaces between Chinese words (an institution and its
    school, "临海大学 计算机学院") stay, since the share there is small."""
    text = "\n".join(ln.text for ln in lines)
    pairs = _CJK_PAIR.findall(text)
    if len(pairs) < 20 or sum(p.endswith(" ") for p in pairs) < OCR_SPACED_SHARE * len(pairs):
        return lines
    return [replace(ln, text=_CJK_GAP.sub("", ln.text)) if " " in ln.text else ln for ln in lines]


# A Republic of China (Minguo) year, as Taiwanese forms print dates: 民國 111 年 is 2022
_MINGUO_YEAR = re.compile(r"民國\s*(\d{2,3})(\s*年)?")


# ...and the end of a range that opens with one, printed without its own 民國: "民國104年9月至110年1月"
_MINGUO_RANGE_END = re.compile(r"(民國\s*\d{2,3}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:至|~|～|–|—|-)\s*)(\d{2,3})(\s*年)")


def gregorian_years(lines: list[Line]) -> list[Line]:
    """Minguo years read as the Gregorian years they are ("民國 106 年 9 月" -> "2017年 9 月"),
    so every date reader understands them."""
    return [replace(ln, text=_gregorian(ln.text)) if "民國" in ln.text else ln for ln in lines]


def _gregorian(text: str) -> str:
    text = _MINGUO_RANGE_END.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + 1911}{m.group(3)}", text)
    return _MINGUO_YEAR.sub(lambda m: f"{int(m.group(1)) + 1911}{'年' if m.group(2) else ''}", text)


def clean_line(line: Line) -> Clean:
    text, bullet, raw = _cleaned(line.text)
    return Clean(line, text, bullet, raw)


_NUMBERED = re.compile(r"^\s*\d")
_NESTED_BULLETS = re.compile(r"^(?:[-*•◦○.]\s+)+")
DOT_LEADER = re.compile(r"[ \t]*(?:(?:\.[ ]?){4,}|…{2,}|(?:·[ ]?){4,})[ \t]*")


# Pure per string, and the contact pass cleans the lines the body pass already cleaned.
@lru_cache(maxsize=8192)
def _cleaned(line_text: str) -> tuple[str, bool, str]:
    """(text without markup or bullet, whether a bullet was there, normalised raw text)."""
    raw = normalize(line_text)
    text = strip_markup(raw)
    bullet = False
    m = _BULLET.match(text)
    # "1. Education" is a numbered heading, not a bullet: keep numbers for heading detection.
    if m and not _NUMBERED.match(text):
        bullet = True
        text = text[m.end():]
        # nested bullet markers ("- * item", "- . item")
        text = _NESTED_BULLETS.sub("", text)
    # "Org ....... 07/2025 – Present": dot leaders are a column gap
    if ".." in text or ". ." in text or "…" in text or "·" in text:  # what a leader needs
        text = DOT_LEADER.sub("\t", text)
    text = text.strip()
    if "\t" in text or _SPACED_CJK.fullmatch(text.strip()):
        text = "\t".join(_unspace(cell) for cell in text.split("\t"))
    return text.strip(), bullet, raw


# "本 科", "硕 士": a cell of single Chinese characters spaced out to fill a table column
_SPACED_CJK = re.compile(r"[\u3400-\u9fff](?: {1,3}[\u3400-\u9fff])+")
_SPACES = re.compile(r" +")


def _unspace(cell: str) -> str:
    return _SPACES.sub("", cell) if _SPACED_CJK.fullmatch(cell.strip()) else cell


def is_noise(text: str) -> bool:
    """Rules, page numbers and table separators carry no content."""
    t = text.strip()
    if not t:
        return True
    if not _LETTER.search(t):  # no letter at all: "---", "1", "2/2", "- 3 -", but not "2019 - 2021"
        return not _YEARLIKE.search(t)
    return bool(_PAGE_OF.fullmatch(t))


_LETTER = re.compile(r"[^\W\d_]")
_YEARLIKE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PAGE_OF = re.compile(r"(?i)(?:page\s*)?\d+\s*(?:/|of)\s*\d+|page\s+\d+")
_BROWSER_FOOTER = re.compile(r"\s*(?:https?|file)://\S+\s+\d{1,3}\s*/\s*\d{1,3}\s*$")
_PAGE_FOOTER = re.compile(r"(?i)\bpage\s+\d+\s+(?:of|/)\s+\d+\b")
_PAGE_NUMBER = re.compile(r"(?i)(?:page\s*)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|-\s*\d{1,3}\s*-")
_DIGITS = re.compile(r"\d+")


# "Página gerada pelo Sistema Currículo Lattes em 05/02/2025 às 10:14:22": Lattes' footer (page one too)
_LATTES_STAMP = re.compile(r"p[áa]gina gerada pelo sistema curr[íi]culo lattes")


_CV_STAMP = re.compile(r"(?i)(?:curriculum\s+vitae|cv|r[ée]sum[ée])\s*[-–—:,|·]?\s*(?:(?:last\s+)?updated\s*:?\s*|as\s+of\s+)?"
                       r"(?:[a-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d")


def furniture(lines: list[Line]) -> set[int]:
    """Indexes of page furniture: running headers/footers, "Page 2 of 3", bare page numbers.

    A running header or footer is a line that recurs (digits ignored) at the top or
    bottom of two or more pages.
    """
    edge_pages: dict[str, set[int]] = {}
    edge_lines: dict[str, list[Line]] = {}
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.text.strip():
            by_page.setdefault(ln.page, []).append(ln)
    first_page = min(by_page, default=1)
    for page, lns in by_page.items():
        for ln in {id(x): x for x in lns[:2] + lns[-2:]}.values():
            edge_pages.setdefault(_shape(ln.text), set()).add(page)
            edge_lines.setdefault(_shape(ln.text), []).append(ln)
    out: set[int] = set()
    if len(by_page) >= 2:
        for key, pages in edge_pages.items():
            if len(pages) < 2:
                continue
            for ln in edge_lines[key]:
                # the top of page one is the CV's own header (often the name the running head repeats)
                if not (ln.page == first_page and ln in by_page[first_page][:2]):
                    out.add(ln.index)
    out.update(_logo_badges(lines))
    opening = {ln.index for ln in [x for x in lines if x.text.strip()][:3]}
    for ln in lines:
        text = normalize(ln.text)
        low = folded(text)
        if low is not None and ("vitae" in low or "cv" in low or "sum" in low) and ln.index not in opening \
                and _CV_STAMP.fullmatch(text.strip()):
            out.add(ln.index)  # "Curriculum Vitae – December 2024" mid-text: a pasted page's running footer
            continue
        if "://" in text and _BROWSER_FOOTER.match(text):
            out.add(ln.index)  # a browser's printed footer: the page's address, then "1/3"
            continue
        # the footer pattern needs the word "page": a substring test spares most lines its scan
        if (low is None or "page" in low) and _PAGE_FOOTER.search(text) or (
                text and _PAGE_NUMBER.fullmatch(text)) or (low is not None and "lattes" in low and _LATTES_STAMP.search(low)):
            out.add(ln.index)
    return out


# "PS", "UCL": a designed résumé's stand-in for an employer's or school's logo
_BADGE = re.compile(r"[A-Z]{2,4}")
BADGE_INDENT = 12.0  # points the entry's text starts right of the badge


def _logo_badges(lines: list[Line]) -> list[int]:
    """Logo badges: two to four capitals alone on a line, left of the entry whose lines
    follow (a résumé builder's circle of initials beside each job and school). Read as
    text they would be taken for the employer or school."""
    out = []
    for i, ln in enumerate(lines[:-2]):
        if ln.x0 is None or ln.x1 is None or len(ln.text) > 4 or not _BADGE.fullmatch(ln.text):
            continue
        after = lines[i + 1:i + 3]
        if all(a.page == ln.page and a.x0 is not None and a.x0 >= ln.x0 + BADGE_INDENT and a.x0 > ln.x1
               for a in after):
            out.append(ln.index)
    return out


def _shape(text: str) -> str:
    return _DIGITS.sub("#", normalize(text)).lower()


def body_lines(lines: list[Line], skip: set[int] | None = None) -> list[Clean]:
    """Cleaned lines without front matter, page furniture (`skip`, else found here), rules and blank lines."""
    if skip is None:
        skip = furniture(lines)
    out: list[Clean] = []
    for ln in _skip_front_matter(lines):
        if ln.index in skip:
            continue
        c = clean_line(ln)
        if not is_noise(c.text):
            out.append(c)
    return out


def _skip_front_matter(lines: list[Line]) -> list[Line]:
    """Markdown/Jekyll front matter ("---" ... "---" at the very top) is site metadata."""
    nonblank = [i for i, ln in enumerate(lines) if ln.text.strip()]
    if not nonblank or lines[nonblank[0]].text.strip() != "---":
        return lines
    for i in nonblank[1:]:
        if lines[i].text.strip() == "---":
            # only when it looks like YAML (key: value lines), not a horizontal rule
            block = [lines[j].text for j in nonblank if nonblank[0] < j < i]
            if block and sum(bool(re.match(r"^\s*#|^[\w-]+\s*:", b)) for b in block) >= len(block) / 2:
                return lines[i + 1:]
            return lines
    return lines


def has_cjk(text: str) -> bool:
    return not text.isascii() and _holds_cjk(text)  # an ASCII test first: most lines are


# Pure per string, and asked of the same line by many passes (two askings in three repeat one)
@lru_cache(maxsize=8192)
def _holds_cjk(text: str) -> bool:
    return bool(CJK.search(text))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’.&/+-]*", text)


_DANGLING = with_opening(re.compile(r"(?:[-–—~,&]|\b(?:of|and|for|at|in|the|to|de))$", re.IGNORECASE))
_RANGE_TAIL = re.compile(r"^[-–—~]\s*(?:(?:19|20)\d\d|present|now|today)\b", re.IGNORECASE)


def _bold_wrap(prev: Clean, c: Clean, right: float | None, last: Line) -> bool:
    """A bold title that ran to the column's right edge and went on in the next line, flush
    with it, in the same type ("Senior Data Scientist, Biostatistics & Data" / "Science")."""
    a, b = last, c.line
    if right is None or a.x1 is None or a.x0 is None or b.x0 is None or not (a.bold and b.bold):
        return False
    # (to the edge, or near enough that the next line's first word would not have fitted)
    word = c.text.split()[0] if c.text.split() else ""
    full = a.x1 >= right - 12 or a.x1 + 0.5 * (a.size or 10.0) * (len(word) + 1) >= right
    return (a.page == b.page and a.size == b.size and abs(a.x0 - b.x0) <= 2 and full
            and not c.bullet and not b.heading and not prev.text.rstrip().endswith((".", ";", ":"))
            and len(c.text.split()) <= 6 and not re.search(r"\d", c.text))


_ENDS_PUNCT = re.compile(r"[.;:,]$")


def _sentence_end_wrap(prev: Clean, c: Clean, right: float | None, last: Line) -> bool:
    """A detail sentence that ran to the column's edge and ends in a few words on the next line,
    flush with it ("Tesi: …, research stay abroad: Uppsala" / "Universitet, Svezia."): the end of
    the sentence, not a line of its own (here it would name a university)."""
    a, b = last, c.line
    if right is None or a.x1 is None or a.x0 is None or b.x0 is None or c.bullet or b.heading:
        return False
    # (the short line's tests before the long one's: prev may be a paragraph joined so far)
    return (a.page == b.page and a.size == b.size and abs(a.x0 - b.x0) <= 2 and a.x1 >= right - 12
            and c.text.rstrip().endswith(".") and len(c.text.split()) <= 6
            and not _ENDS_PUNCT.search(prev.text.rstrip()) and len(prev.text.split()) >= 8 and not find_dates(c.text)
            and "\t" not in prev.text and not find_dates(prev.text))  # (a head beside its date cell: wrapdates)


_OPENS_WITH_DATE = re.compile(r"(?:[A-Za-z]{3,9}\.?(?:\s*[–-]\s*[A-Za-z]{3,9}\.?)?\s+|\d{1,2}[./])?(?:19|20)\d\d\b")


# "Level: 8", "Degree Status: Completed": a labelled detail under an entry, not its wrapped tail
_FIELD_LABEL = re.compile(r"(?:[^\s:：]+ ){0,2}[^\s:：]{1,25}\s*[:：]")


# "…, Université" over "Paris 8": a university numbered within its city ("Rennes 2", "Lyon 3")
_UNIVERSITY_AT_END = re.compile(r"(?i)\buniversit(?:é|e|y|at|ät|à)\s*$")
_CITY_NUMBER = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)*\s[1-9]\d?\b(?!\s*[-–./]\s*\d)")


def _hanging_wrap(prev: Clean, c: Clean, right: float | None, last: Line) -> bool:
    """A PDF entry in a date column ("2011–2016  Title, Department of X and Y") that ran to the
    right margin and goes on under its text, indented past the dates ("Z, University").
    `last` is prev's last printed line: once a wrapped line stopped short, the entry is whole."""
    a, b = prev.line, c.line
    if right is None or a.x0 is None or last.x1 is None or b.x0 is None or a.page != b.page:
        return False
    if c.bullet or b.heading or prev.bullet or prev.text.rstrip().endswith((".", ";", ":")):
        return False
    right_cell = a.text.rsplit("\t", 1)[1] if "\t" in a.text else None
    if right_cell and len(right_cell.split()) <= 4 and not find_dates(right_cell):
        return False  # a short right cell that is no date ("EQF level 8") took the line to the margin
    if not _OPENS_WITH_DATE.match(prev.text):
        return False  # only entries that open with their dates have a hanging second line
    numbered_university = _UNIVERSITY_AT_END.search(prev.text) and _CITY_NUMBER.match(c.text)
    if (re.search(r"\d", c.text) and not numbered_university) or _FIELD_LABEL.match(c.text) or re.match(
            r"(?i)(?:gpa|grade|thesis|dissertation|advis[oe]r|supervis[oe]r|courses?|minor|major)\b", c.text):
        return False  # the next dated entry or a detail under the entry ("GPA 4.0", "Advisor: ...", "Level 8")
    if is_location(prev.text.rsplit(",", 1)[-1]) and ROLE_RE.search(" ".join(c.text.split()[:3])):
        return False  # "…, Boston" over "Visiting researcher, X": the head row ended, the title follows
    # The entry's second line is its last: it stops short of the margin. A description
    # paragraph under the entry runs on to the margin instead.
    ends_short = b.x1 is not None and b.x1 < right - 12 and len(c.text.split()) <= 12
    return (last.x1 >= right - 12 or _first_word_overflows(last.x1, c, right)) and b.x0 > a.x0 + 20 and ends_short


def _first_word_overflows(x1: float, c: Clean, right: float) -> bool:
    """A line that stopped at x1 because the next line's first word would not have fit before the
    margin (a long "Electronics" or "Ilmenau" wraps well short of it): a wrap, not an ending.
    The word's width is estimated from the next line's own letters."""
    b = c.line
    words = c.text.split()
    if b.x0 is None or b.x1 is None or not words or "\t" in c.text:
        return False
    per_char = (b.x1 - b.x0) / len(c.text)
    return x1 + per_char * (len(words[0]) + 1) > right


def _cjk_wrap(prev: Clean, c: Clean, right: float | None, last: Line) -> bool:
    """A Chinese dated entry row that ran to the right margin and ends in a few characters on the
    next line ("2010.10–2013.08  某某大学（…）化学" / "系 博士后"): Chinese wraps mid-word, so the
    short line finishes the row's last cell, whether or not it hangs under the text."""
    a, b = last, c.line
    if right is None or a.x1 is None or a.x0 is None or b.x0 is None or prev.line.x0 is None:
        return False
    if (c.bullet or b.heading or a.page != b.page or a.size != b.size or a.bold != b.bold
            or b.x0 < prev.line.x0 - 2):
        return False  # (a bold head over a plain degree line is two lines of one entry, not a wrap)
    if "\t" in prev.text and find_dates(prev.text.rsplit("\t", 1)[1]):
        return False  # the dates right-aligned in the last cell took the row to the margin
    full = a.x1 >= right - 1.5 * (a.size or 10.0)  # a CJK line stops up to a glyph short of the edge
    short = len(c.text.replace(" ", "")) <= 12 and not re.search(r"\d", c.text)
    return (full and short and has_cjk(prev.text) and has_cjk(c.text) and opens_with_range(prev.text)
            and not prev.text.rstrip().endswith(("。", "；", ";", "：", ":"))
            and not c.text.rstrip().endswith(("。", "：", ":")))


_COLUMN_DATE = r"(?:[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d(?:[./]\d{1,2})?|\d{1,2}/(?:19|20)\d\d)"
# "Sep 2021 – Ph.D. in X, University, Edin-" then "Jun 2026 burgh, UK": a date column too
# narrow for its range, printed beside the entry (moderncv); the second date ends the range
_OPEN_RANGE_FIRST = re.compile(rf"^({_COLUMN_DATE})\s*[-–—~]\s+(?!{_COLUMN_DATE}|present|now|today)(\S.*)$", re.I)
_DATE_FIRST = re.compile(rf"^({_COLUMN_DATE}|present|now|today)(?:\s+(\S.*))?$", re.I)


def _column_range(prev: Clean, c: Clean) -> str | None:
    """The two lines as one entry line with the range whole, or None (see _OPEN_RANGE_FIRST)."""
    if c.bullet or not (ends := _DATE_FIRST.match(c.text)) or not (opened := _OPEN_RANGE_FIRST.match(prev.text)):
        return None  # (the lower line first: most lines open with no date)
    rest = ends.group(2) or ""
    if len(rest.split()) > 4 or re.search(r"[-–—~]\s*(?:(?:19|20)\d\d|present)", rest, re.I):
        return None  # a dated entry of its own
    body = opened.group(2)
    if body.endswith("-") and rest[:1].islower():
        body, rest = body[:-1] + rest, ""  # "Edin-" + "burgh, UK"
    return f"{opened.group(1)} – {ends.group(1)} {body} {rest}".strip()


_LETTER_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_OPENS_CAPITALISED = re.compile(r"[A-Z][a-z]")
_DASH_END = re.compile(r"[-–—~]$")


_CJK_MONTH_TAIL = re.compile(r"(年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)[\s\t]*")
_BARE_END_YEAR = re.compile(r"年[^\t]{0,12}?[-–—~～至]\s*((?:19|20)\d\d)(?![\d年./-])")


def _date_cell_tail(prev: Clean, c: Clean) -> tuple[Clean, str] | None:
    """"2019 年 9 月—2021 香港理工大學…" over "年 11 月<tab>MSc in Nursing, …": a table's date cell
    too narrow for its range wrapped after the end year; the month goes back to its year, and
    what follows it on the lower row is that row's own text. (The line with the month, the rest.)"""
    tail = _CJK_MONTH_TAIL.match(c.text)
    if tail is None or c.bullet:
        return None
    year = _BARE_END_YEAR.search(prev.text)
    if year is None:
        return None
    at = year.end()
    text = prev.text[:at] + " " + tail.group(1) + prev.text[at:]
    return Clean(prev.line, text, prev.bullet, prev.raw), c.text[tail.end():].strip()


def join_wrapped(lines: list[Clean]) -> list[Clean]:
    """Rejoin entry lines a narrow column wrapped: "…, Technical University of" + "Munich, 2008 - 2013",
    "…, 2012" + "- 2014". The joined line keeps the first line's provenance."""
    out: list[Clean] = []
    last: Line | None = None  # the last printed line of out[-1]
    right = max((c.line.x1 for c in lines if c.line.x1 is not None), default=None)
    for c in lines:
        if out and (moved := _date_cell_tail(out[-1], c)) is not None:
            out[-1], rest = moved
            if not rest:
                continue
            c = Clean(c.line, rest, c.bullet, rest)
        if out and last is not None:
            prev = out[-1]
            whole = _column_range(prev, c)
            if whole is not None:
                out[-1] = Clean(prev.line, whole, prev.bullet, prev.raw + " " + c.raw)
                last = c.line
                continue
            # (a match is at most a word of three letters before the end, perhaps before a
            # final newline: searched from five characters back, \b still sees the one before)
            near_end = max(0, len(prev.text) - 5)
            dangling = bool(_DANGLING.search(prev.text, near_end)) and not prev.bullet and len(prev.text.split()) >= 3
            if _cjk_wrap(prev, c, right, last):
                glue = " " if prev.text.rstrip()[-1:] in "·,，、|/" else ""  # ("金融学 ·" + "经济学硕士")
                out[-1] = Clean(prev.line, prev.text + glue + c.text, prev.bullet, prev.raw + glue + c.raw)
                last = c.line
                continue
            dangling = (dangling or _hanging_wrap(out[-1], c, right, last) or _bold_wrap(out[-1], c, right, last)
                        or _sentence_end_wrap(out[-1], c, right, last))
            # "* 03/2024 - now: Postdoc, Institute of X," over "City. Duties": a bullet item that
            # stops on a comma goes on in the undated line under it (plain text loses its indent)
            dangling = dangling or (prev.bullet and prev.text.endswith(",") and not c.bullet
                                    and first_range(c.text) is None and len(prev.text.split()) >= 3)
            if dangling and _LETTER_HYPHEN_END.search(prev.text) and _OPENS_CAPITALISED.match(c.text):
                # "…, University of Illinois Urbana-" over "Champaign (0% appointment)": a double
                # name broken at its own hyphen goes on without a space
                out[-1] = Clean(prev.line, prev.text + c.text, prev.bullet, prev.raw + c.raw)
                last = c.line
                continue
            if dangling and _DASH_END.search(prev.text):
                # an open range ("2021 –") continues only into the line that ends it
                dangling = bool(re.match(r"(?i)(?:(?:19|20)\d\d|[a-z]{3,9}\.?\s+(?:19|20)\d\d|present|now|today)\b",
                                         c.text))
            tail = bool(_RANGE_TAIL.match(c.raw.lstrip("*# "))) and bool(re.search(r"(?:19|20)\d\d\s*$", prev.text))
            if (dangling and not c.bullet and not c.line.heading) or tail:
                text = prev.text + " " + (c.raw.lstrip("*# ") if tail else c.text)
                out[-1] = Clean(prev.line, text, prev.bullet, prev.raw + " " + c.raw)
                last = c.line
                continue
        out.append(c)
        last = c.line
    return out
