"""Date columns wrapped over two or three rows, stitched back into one range.

A narrow date column breaks "Nov. 2011 – May 2012" after the dash, or prints the
start year beside the entry's first line and the end ("2021", "Now", "– 2020.6")
alone one or two rows lower. Left as they are, the entry gets a single date and
the lone end lands in the next entry's text. The end row is moved back into the
head row, so every entry parser sees one range. A Word table's narrow date cell may
wrap anywhere ("September" / "2021 –" / "present"): its pieces are gathered down the
rows until they make a whole range (_stitched_cells).
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import ATOM, PRESENT, first_range, parse_date, strip_dates
from reviewer.parsing.lexicon import DEGREE_RE, INSTITUTION_RE, ROLE_RE
from reviewer.parsing.openings import with_opening

# a row holding nothing but an end date, perhaps after the range's dash
_END_ONLY = re.compile(rf"^\s*(?:-{{1,2}}|–|—|~|〜|～|至|到|to)?\s*(?P<d>{ATOM}|{PRESENT})\s*$", re.IGNORECASE)
_OPEN_TAIL = with_opening(re.compile(r"(?:-{1,2}|–|—|~|〜|～|至|到)\s*$"))
_DASH_LEFT = re.compile(r"^\s*(?:-{1,2}|–|—|~|〜|～)?\s*(?:至|到)?(?=\s|$)")
_REACH = 3  # the end row sits at most this many rows below the start
# an end row that says so with its dash: "– 2024.11" under a lone "2023.09"
_DASHED_END = re.compile(rf"^\s*(?:-{{1,2}}|–|—|~|〜|～|至|到)\s*(?:{ATOM}|{PRESENT})\s*$", re.IGNORECASE)
# moderncv's date column: "Oct. 2007 – DPhil in X" over "Oct. 2011 Thesis: Y", the end date
# opening the next row, the rest of that row the entry's text
_DASH_AFTER = re.compile(r"\s*(?:-{1,2}|–|—|~)\s+")
_LEAD_END = re.compile(rf"^\s*(?P<d>{ATOM}|{PRESENT})\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _open_start(c: Clean) -> tuple[str, tuple[int, int]] | None:
    """(start, span) when the row states a start with no end: a single date, or a range
    cut after its dash ("2025.01 ~")."""
    if c.bullet:
        return None
    d = first_range(c.text)
    if d is None:
        return None
    printed = c.text[d.span[0]:d.span[1]]
    if d.start is None:
        return None
    if d.is_range and d.end == "present" and _OPEN_TAIL.search(printed):
        return d.start, d.span
    if not d.is_range and len(re.findall(r"(?:19|20)\d\d", c.text)) == 1:
        return d.start, d.span
    return None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR_ONLY = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
# a narrow date cell cut inside its end: "July 2017 – June" over "2022"; "September 2012" over
# "– December" over "2013"
_CELL_TO_MONTH = re.compile(rf"^(?P<start>.*?(?:19|20)\d\d)\s*[-–—]\s*(?P<month>{_MONTH})$", re.I)
_CELL_DATE = re.compile(rf"^(?P<start>(?:{_MONTH}\s+)?(?:19|20)\d\d)$", re.I)
_DASH_MONTH = re.compile(rf"^\s*[-–—]\s*(?P<month>{_MONTH})\s*$", re.I)


def _month_cut_ranges(lines: list[Clean]) -> list[Clean]:
    """The rows with a date cell cut between its end month and year put back together."""
    out = list(lines)
    k = 0
    while k < len(out) - 1:
        cell, tab, rest = out[k].text.partition("\t")
        joined = None
        # (the rows below first: a row of a lone year is rare, and its anchored pattern fails at once)
        if (y := _YEAR_ONLY.match(out[k + 1].text)) and (m := _CELL_TO_MONTH.match(cell.strip())):
            joined, used = f"{m.group('start')} – {m.group('month')} {y.group(1)}", 1
        elif k + 2 < len(out) and (y := _YEAR_ONLY.match(out[k + 2].text)) and (
                d := _DASH_MONTH.match(out[k + 1].text)) and (m := _CELL_DATE.match(cell.strip())):
            joined, used = f"{m.group('start')} – {d.group('month')} {y.group(1)}", 2
        if joined is not None:
            out[k] = replace(out[k], text=joined + tab + rest)
            del out[k + 1:k + 1 + used]
        k += 1
    return out


# One piece of a date cell: a month, a year (perhaps with its month: "2020.4", "04/2020"), a
# range's dash or "to", or an open end ("present", "至今").
_PIECE = (rf"(?:{_MONTH}|(?:19|20)\d\d(?:[./]\d{{1,2}})?|\d{{1,2}}[./](?:19|20)\d\d|[-–—~〜～|]|to|至|"
          rf"一(?=\s)|{PRESENT})")  # (一: a dash as OCR reads it; "|": pagedown's timeline bar between start and end)
_PIECES = re.compile(rf"\s*{_PIECE}(?:\s*{_PIECE})*\s*", re.IGNORECASE)
_LEAD_PIECES = re.compile(rf"^\s*{_PIECE}(?:\s+{_PIECE})*(?=\s+\S|\s*[(（])", re.IGNORECASE)
_CELL_ROWS = 3  # a narrow date cell wraps over at most this many rows
_DATED_START = re.compile(rf"(?:{_MONTH}|(?:19|20)\d\d|\d{{1,2}}[./](?:19|20)\d\d)", re.IGNORECASE)


def _date_cell(c: Clean, first: bool) -> tuple[str, str] | None:
    """(the row's date-cell text, the rest of the row) when the row opens with date pieces only:
    the whole row, its first tab cell, or the pieces before its text (on a lower row only when
    they hold a date: "一 2026.06(预计) 江川大学" under "2023.09")."""
    if c.bullet:
        return None
    cell, tab, rest = c.text.partition("\t")
    if _PIECES.fullmatch(cell):
        return cell.strip(), rest if tab else ""
    lead = _LEAD_PIECES.match(c.text)
    if lead and not first and not _DATED_START.search(lead.group(0)):
        return None  # a lower row's lead must hold a date ("– August" alone is a cell, "– Led…" is not)
    return (lead.group(0).strip(), c.text[lead.end():].strip()) if lead else None


def _stitched_cells(lines: list[Clean]) -> list[Clean]:
    """Rows whose date cell wraps over the next rows ("September" / "2021 –" / "present", each
    beside a line of the entry's text) given the whole range in their first row."""
    out = list(lines)
    right = max((c.line.x1 for c in lines if c.line.x1 is not None), default=None)
    k = 0
    while k < len(out) - 1:
        if not _DATED_START.match(out[k].text.lstrip()):
            k += 1  # (the cheap test first: most rows open with no date at all)
            continue
        head = _date_cell(out[k], first=True)
        if head is None or not _DATED_START.match(head[0]) or _complete(head[0]):
            k += 1
            continue
        cells, rests, used = [head[0]], [head[1]], [k]
        skipped = False
        for j in range(k + 1, min(k + _CELL_ROWS + 2, len(out))):
            piece = _date_cell(out[j], first=False)
            if piece is None and not skipped and _PLACE_ROW.fullmatch(out[j].text) and not out[j].bullet:
                skipped = True  # "Baltimore, MD": the right column's place, between two pieces of the cell
                continue
            if piece is None or _complete(piece[0]) or len(used) >= _CELL_ROWS + ("|" in cells):
                break  # (the bar between start and end takes a row of its own)
            if _OPEN_TAIL.search(cells[-1]) and _OPEN_TAIL.search(piece[0]):
                break  # "2023 –" over "2023 –": two posts still held, not one cell wrapped
            cells.append(piece[0])
            rests.append(piece[1])
            used.append(j)
            joined = " ".join("–" if cell == "|" else cell for cell in cells)
            if _complete(joined):
                text = rests[0]
                for n, row in enumerate(used[1:], start=1):
                    if text and rests[n] and _wraps(out[k], text, rests[n], right):
                        text, rests[n] = f"{text} {rests[n]}", ""  # "…, Tennant State" + "University"
                    elif n > 1 and rests[n - 1] and _NAME_END.fullmatch(rests[n]) and re.search(r"[A-Z]\w*$", rests[n - 1]):
                        # "…, Johns Hopkins" beside "|", "University" beside "present": one name
                        rests[n - 1], rests[n] = f"{rests[n - 1]} {rests[n]}", ""
                        out[used[n - 1]] = replace(out[used[n - 1]], text=rests[n - 1])
                    out[row] = replace(out[row], text=rests[n])
                out[k] = replace(out[k], text="\t".join(t for t in (joined, text) if t))
                out[k + 1:j + 1] = [c for c in out[k + 1:j + 1] if c.text.strip()]
                break
        k += 1
    return out


# the last word of an institution's name, alone where its row wrapped
_NAME_END = re.compile(r"(?:University|College|Institute|School|Hospital|Laboratory|Center|Centre|Inc\.|Ltd\.)")
_PLACE_ROW = re.compile(r"[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][A-Za-z .'-]{1,20}")  # "Baltimore, MD", "Toronto, Canada"


def _wraps(head: Clean, text: str, more: str, right: float | None) -> bool:
    """The entry's text beside the date cell stopped where the next word would not have fitted
    before the right margin: the text beside the cell's next piece goes on with it (a detail
    line under the entry opens with a dash or follows a full stop instead)."""
    x1, size = head.line.x1, head.line.size or 10.0
    if right is None or x1 is None or re.search(r"[.;:]$", text.rstrip()) or re.match(r"[-•*–]", more):
        return False
    if ";" in more or (more.rstrip().endswith(".") and len(more.split()) > 4):
        return False  # "Heavy-flavour working group; detector software.": a detail sentence of its own
    first_word = more.split()[0]
    if not (re.fullmatch(r"[A-Za-z][\w'’&,-]*", first_word) and re.search(r"[A-Za-z,]$", text)):
        return False  # (Latin words only: Chinese lines wrap anywhere, and a new line there is a new field)
    return x1 + 0.45 * size * len(first_word) >= right - 12  # (0.45 em: a narrow estimate of a letter)


def _complete(text: str) -> bool:
    """A range with a dated start and a printed end, in order ("2021 –" reads as open: not complete)."""
    d = first_range(text)
    return bool(d and d.is_range and d.start and d.end and not _OPEN_TAIL.search(text[d.span[0]:d.span[1]])
                and (d.end == "present" or d.end[:4] >= d.start[:4]))


def _dates_up(lines: list[Clean]) -> list[Clean]:
    """rendercv and similar: the entry's head row names org and place, and its dates stand
    right-aligned on the row below, beside the first detail ("• Thesis: …<tab>Sept 2017 – Aug 2022").
    The dates go up to the undated head."""
    out = list(lines)
    for k in range(1, len(out)):
        c, head = out[k], out[k - 1]
        before, tab, cell = c.text.rpartition("\t")
        if (not c.bullet or not tab or not before.strip() or head.bullet or first_range(head.text)
                or not _PIECES.fullmatch(cell)):
            continue
        if c.line.bold or (len(before.split()) <= 6 and (DEGREE_RE.search(before) or ROLE_RE.search(before))):
            continue  # "◆ Ph.D. in X<tab>2021 – 2026": an entry of its own behind an icon, not a detail
        if _complete(cell):
            out[k - 1] = replace(head, text=f"{head.text}\t{cell.strip()}")
            out[k] = replace(c, text=before.rstrip())
    return out


def _date_bullet_up(lines: list[Clean]) -> list[Clean]:
    """rendercv's Markdown: "## Org, Title" over "- Nov 2022 – present", a bullet that holds the
    dates alone. The dates go up to the undated head, and the bullet goes."""
    out: list[Clean] = []
    for c in lines:
        head = out[-1] if out else None
        # (a year in a remark in brackets is not the entry's: "Acme Ltd. (acquired by X, 2022), CTO")
        bare = _DATED_ASIDE.sub("", head.text) if head is not None else ""
        if (head is not None and c.bullet and not head.bullet and not first_range(bare) and _complete(c.text)
                and not strip_dates(c.text).strip(" ·,|–-")):
            out[-1] = replace(head, text=f"{bare}\t{c.text.strip()}")
            continue
        out.append(c)
    return out


_DATED_ASIDE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


def _end_over_start(lines: list[Clean]) -> list[Clean]:
    """A date column that prints the end beside the entry's head and the start under it
    ("2025.06  School · Faculty · Degree" over "2022.09  Advisor: X · GPA"): one range on the
    head row; the row below keeps its text."""
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = _LEAD_DATE.match(out[i].text), _LEAD_DATE.match(out[i + 1].text)
        if not (a and b) or out[i].bullet or out[i + 1].bullet:
            continue
        end, start = parse_date(a.group("d")), parse_date(b.group("d"))
        rest_b = b.group("rest")
        if not (end and start and start < end) or re.search(r"(?:19|20)\d\d", a.group("rest")):
            continue
        if not _DETAIL_LABEL.match(rest_b) and (
                DEGREE_RE.search(rest_b) or INSTITUTION_RE.search(rest_b) or ROLE_RE.search(rest_b)):
            continue  # the lower row heads an entry of its own (not "导师：X 教授", "Advisor: Prof. X")
        out[i] = replace(out[i], text=f"{b.group('d')} – {a.group('d')} {a.group('rest')}")
        out[i + 1] = replace(out[i + 1], text=rest_b)
    return out


_DETAIL_LABEL = re.compile(r"(?i)(?:导师|指导教师|advis[oe]r|supervisor|gpa|thesis|dissertation|论文|研究方向|主修|rank)\s*[:：]?")
# a row that opens with one date and goes on with text: "2025.06 华中科技大学 · 计算机学院"
_LEAD_DATE = re.compile(r"^\s*(?P<d>(?:19|20)\d\d(?:[./]\d{1,2})?)\s+(?P<rest>[^\s\d].*)$")


# "2016 年 9 月 ~ 2021 年 7" over "月<tab>指導教授…": a narrow date cell wrapped before the last 月
_YEAR_MONTH_OPEN = re.compile(r"((?:19|20)\d\d\s*年\s*\d{1,2})(?!\s*月)(?!\d)")
_LONE_MONTH = re.compile(r"^\s*月(?:\t+|\s+|$)")


def _month_char_wrapped(lines: list[Clean]) -> list[Clean]:
    out = list(lines)
    for i in range(len(out) - 1):
        lone = _LONE_MONTH.match(out[i + 1].text)
        if lone is None:
            continue
        opened = list(_YEAR_MONTH_OPEN.finditer(out[i].text))
        if not opened:
            continue
        cut = opened[-1].end()
        out[i] = replace(out[i], text=f"{out[i].text[:cut]} 月{out[i].text[cut:]}")
        out[i + 1] = replace(out[i + 1], text=out[i + 1].text[lone.end():])
    return [c for c in out if c.text.strip()]


def stitch_wrapped_dates(lines: list[Clean]) -> list[Clean]:
    out = _month_cut_ranges(_stitched_cells(_dates_up(_end_over_start(_month_char_wrapped(_date_bullet_up(lines))))))
    dropped: set[int] = set()
    for i, c in enumerate(out):
        if i in dropped:
            continue
        opened = _open_start(c)
        if opened is None or (_END_ONLY.match(c.text) and not (i + 1 < len(out) and _DASHED_END.match(out[i + 1].text))):
            continue
        start, span = opened
        if _column_wrap(out, i, span, start):
            continue
        if _right_cell_end(out, i, span, start):
            continue
        for j in range(i + 1, min(i + 1 + _REACH, len(out))):
            m = _END_ONLY.match(out[j].text)
            if m:
                end = parse_date(m.group("d"))
                if end and start and (end == "present" or end[:4] >= start[:4]) and end != start:
                    head = _OPEN_TAIL.sub("", c.text[span[0]:span[1]]).strip()
                    # the range's own dash (or the 至 of a 至今 split over the rows) after the start
                    rest = _DASH_LEFT.sub("", c.text[span[1]:])
                    text = f"{c.text[:span[0]]}{head} – {m.group('d')}{rest}"
                    out[i] = replace(c, text=text)
                    dropped.add(j)
                break
            if first_range(out[j].text):
                break  # another date comes first: the rows below are another entry's
    return [c for k, c in enumerate(out) if k not in dropped]


def _column_wrap(out: list[Clean], i: int, span: tuple[int, int], start: str | None) -> bool:
    """"Oct. 2007 – DPhil in X" then "Oct. 2011 Thesis: Y": the row opens with its start and
    a dash, the next row opens with the end. Move the end up; the rest of the row stays."""
    c = out[i]
    dash = _DASH_AFTER.match(c.text, span[1])
    # "Nov. 2019 –<tab>Principal Engineer" over "Present<tab>- Led ...": the dash ends the range itself
    open_tail = bool(_OPEN_TAIL.search(c.text[span[0]:span[1]]))
    if span[0] != 0 or i + 1 >= len(out) or out[i + 1].bullet:
        return False
    m = _LEAD_END.match(out[i + 1].text)
    nxt = first_range(out[i + 1].text)
    if not m:
        return False
    # ("至今 … 预计 2026 年 6 月毕业": a date later in the row is no part of the lead)
    lone_present = (nxt is None or nxt.span[0] >= m.start("rest")) and re.fullmatch(
        PRESENT, m.group("d"), re.IGNORECASE) is not None
    # "2021.09 某大学 …" over "至今 导师: …": a row opening with "present" ends the range above
    # even where the column printed no dash
    if not (dash or open_tail or lone_present):
        return False
    if not lone_present and (not nxt or nxt.is_range
                             or nxt.span[0] > len(out[i + 1].text) - len(out[i + 1].text.lstrip())):
        return False
    end = parse_date(m.group("d"))
    if not end or not start or (end != "present" and end[:4] < start[:4]) or end == start:
        return False
    if dash:
        out[i] = replace(c, text=f"{c.text[:span[1]]} – {m.group('d')} {c.text[dash.end():]}")
    elif not open_tail:
        out[i] = replace(c, text=f"{c.text[:span[1]]} – {m.group('d')}{c.text[span[1]:]}")
    else:
        out[i] = replace(c, text=f"{c.text[:span[1]]} {m.group('d')}{c.text[span[1]:]}")
    out[i + 1] = replace(out[i + 1], text=m.group("rest"))
    return True


def _right_cell_end(out: list[Clean], i: int, span: tuple[int, int], start: str | None) -> bool:
    """"Technician, Some Institute<tab>Sep 2019 –" over "Library work; ran 600 runs<tab>Jun 2021":
    a right-hand date column wrapped, the end standing in the next row's last cell. Move it up."""
    c = out[i]
    if i + 1 >= len(out) or "\t" not in c.text or span[1] < len(c.text.rstrip()) or not _OPEN_TAIL.search(c.text):
        return False
    before, tab, cell = out[i + 1].text.rpartition("\t")
    m = _END_ONLY.match(cell) if tab and before.strip() else None
    if m is None or first_range(before):
        return False
    end = parse_date(m.group("d"))
    if not end or not start or end == "present" or end[:4] < start[:4]:
        return False
    out[i] = replace(c, text=f"{_OPEN_TAIL.sub('', c.text.rstrip()).rstrip()} – {m.group('d')}")
    out[i + 1] = replace(out[i + 1], text=before.rstrip())
    return True
