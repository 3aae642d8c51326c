"""Awards, honours, scholarships and fellowships: one record per listed item.

Items are bullets or numbered entries when the list uses markers (lines
without a marker continue the item above), otherwise one per line, with
wrapped lines (starting in lower case, or after a line ending in a comma or
connective) joined. Sub-headings ("International Awards", "Scholarships:")
are not awards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewer.parsing.lines import Line
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubtext import is_page_artifact, line_marker, strip_markup, years_in
from reviewer.profile import Award, Publication

_SUBHEADING_RE = re.compile(
    r"^(?:(?:selected|other|international|national|domestic|academic|research|university|"
    r"industry|professional|student|teaching|travel|major|key|recent)\s+)*"
    # Plural only: "National Scholarship" is an award, "Scholarships" a heading.
    r"(?:awards|honou?rs|scholarships|fellowships|prizes|grants|competitions|distinctions|"
    r"achievements|recognitions|funding)"
    r"(?:\s*(?:&|and|,|/)\s*(?:awards|honou?rs|scholarships|fellowships|prizes|grants|"
    r"competitions|distinctions|achievements|recognitions|funding))*\s*[:：]?$"
    r"|^[\u4e00-\u9fff]{0,6}(?:奖项|荣誉|奖学金|获奖|竞赛)[\u4e00-\u9fff]{0,4}[:：]?$",
    re.I,
)
_DATE_WORDS = (
    r"(?:19|20)\d\d|\d{1,2}|年|月|至今|present|now|current|expected|spring|summer|fall|autumn|winter|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[\s.,\-–—/~()]"
)
_DESCRIPTION_RE = re.compile(
    r"(?:awarded|won|led|received|achieved|selected|recognized|recognised|given|granted|participated|ranked|"
    r"presented|chosen|honou?red|nominated|one of|top \d|for (?:outstanding|excellent|best))\b",
    re.I,
)
# A row that opens with its date: "2021.09  National Scholarship", "09/2016 – 06/2020\tFellow of ...",
# "Sep 2015  Best Poster Award" (a date column read row by row). The date is the row's marker.
_DATE_TOKEN = (
    # ("2023 年 X奖", "2023年度X奖": the 年 of a Chinese year, spaced or not, and the year's 年度)
    r"(?:(?:19|20)\d\d\s*年度?(?:\s*\d{1,2}\s*月)?|(?:19|20)\d\d(?:[./-]\d{1,2})?|\d{1,2}[./-](?:19|20)\d\d|"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)[a-z]*\.?\s+(?:19|20)\d\d)"
)
_DATE_LEAD_RE = re.compile(
    rf"^\s*{_DATE_TOKEN}(?:\s*[\u2013\u2014~-]\s*(?:{_DATE_TOKEN}|(?i:present|now|today)|至今))?"
    r"(?:\s*[|:\u2013\u2014-]\s*|\t\s*|\s{2,}|\s+(?=[A-Z\u3400-\u9fff\"“])|(?<=[年月度])(?=[\u3400-\u9fff]))(?=\S)"
)
# (and the Romance and German ones: "Bolsa de Produtividade em" / "Pesquisa CNPq")
_CONNECTIVE_END = re.compile(r"(?:,|;|&|-|–|\b(?:and|of|for|in|the|at|by|from|to|with|em|de|da|do|das|dos|e|en|del|"
                             r"y|di|per|und|für|von|zur|zum))$", re.I)


def _is_subheading(text: str, nxt: str | None, uses_markers: bool, nxt_marked: bool) -> bool:
    t = text.strip()
    if _SUBHEADING_RE.match(t):
        return True
    if t.endswith((":", "：")) and len(t.split()) <= 6 and not years_in(t):
        return True
    if uses_markers and nxt_marked and not years_in(t) and len(t.split()) <= 4 and re.match(r"^[A-Z][\w\s&/-]+$", t):
        return bool(re.search(r"(?:awards?|honou?rs?|scholarships?|fellowships?|prizes?|grants?)$", t, re.I))
    return False


# "Provost Honors (2023–2025) · Regents Scholarship (2023)": prizes run together on one line,
# each closed by its year in parentheses
# "A (2022) · B (2020)", "A (2022); B (2020)", "国家奖学金(2022)、校一等奖学金(2021)": a list run on one line
_RUN_SEP = with_opening(re.compile(r"\s+[·•|]\s+|\s*[;；、]\s*"))
_YEAR_LED = re.compile(r"(?:19|20)\d\d\s+\S")
_DATED_PIECE = re.compile(r"[(（][^()（）]*(?:19|20)\d\d[^()（）]*[)）]$")


def _one_per_line(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        pieces = _RUN_SEP.split(line.text.strip())
        cells = [c.strip() for c in line.text.split("\t") if c.strip()]
        # ("Prize A (2019); Prize B (2021)", "2024 Prize A | 2023 Prize B": a run of dated awards)
        if len(pieces) >= 2 and (all(_DATED_PIECE.search(p) for p in pieces) or all(_YEAR_LED.match(p) for p in pieces)):
            out.extend(replace(line, text=p) for p in pieces)
        elif len(cells) >= 2 and all(_YEAR_LED.match(c) and len(c) > 6 for c in cells):
            out.extend(replace(line, text=c) for c in cells)  # "2018 Prize A<tab>2016 Prize B": a row of awards
        else:
            out.append(line)
    return out


def parse_awards(lines: list[Line]) -> list[Award]:
    """One Award per item of an awards/honours section body (heading excluded)."""
    return _awards_of(_items(_rows(lines)))


_Row = tuple[Line, str, bool, str]  # the line, its text, whether a marker opens it, a date in its own cell


_RULE_ROW = re.compile(r"(?:[-*_=]\s*){3,}")
_MD_HEADING_MARK = re.compile(r"^#{1,6}\s+")


def _rows(lines: list[Line]) -> list[_Row]:
    rows: list[_Row] = []
    for line in _one_per_line(lines):
        raw = line.text.strip()
        if not raw or _RULE_ROW.fullmatch(raw):
            continue
        # A date in its own right-hand cell ("Doctoral Prize<tab>2021", "Prize | Foundation | 2021")
        # dates the award; it is not its name.
        # A label cell of a two-column layout ("Honours and awards<tab>2022 – Best Paper ...") is a heading.
        label, tab, rest = raw.partition("\t")
        # ("国家奖学金<tab>2021.10" names an award, "National Scholarship", dated by its cell)
        if tab and rest.strip() and not _is_date_only(rest) and _SUBHEADING_RE.match(strip_markup(label).text.strip()):
            raw = rest.strip()
        head, tab, cell = raw.rpartition("\t") if "\t" in raw else raw.rpartition(" | ")
        cell_date = cell if tab and head.strip() and _is_date_only(cell) else ""
        text = _MD_HEADING_MARK.sub("", strip_markup(head if cell_date else raw).text)
        if is_page_artifact(text) or not text:
            continue
        rows.append((line, text, bool(line_marker(text).kind) or _date_led(text), cell_date))
    return rows


def _dated(row: _Row) -> bool:
    return bool(row[3] or years_in(row[1]) or _lead_years(row[1]))


def _one_year_each(rows: list[_Row]) -> list[_Row]:
    """An unmarked list whose awards each carry one date, printed over several lines: a name
    wrapped at the column's edge ("…Best Contributed" / "Paper<tab>2022"), the issuer and a
    "Date awarded: 2020" line under it (research-system exports). A date that leads its line
    or stands in its own cell heads its award; a date at the end of the text closes it. The
    undated lines between belong to the award on that side, except a prize's own name
    ("National Scholarship (top 1%)" under a dated award): that is an award of its own."""
    if len(rows) < 3 or any(m for _, _, m, _ in rows) or sum(map(_dated, rows)) < 2 or all(map(_dated, rows)):
        return rows
    if any(_SUBHEADING_RE.match(text) or re.fullmatch(r"[【\[].*[】\]]", text) for _, text, _, _ in rows):
        return rows  # sub-lists: their headings are no part of an award
    dated = [r for r in rows if _dated(r)]
    leading = sum(1 for _, text, _, cell in dated if cell or _date_led(_bare(text)) or _lead_years(_bare(text)))
    heads = 2 * leading >= len(dated)
    notes: dict[int, str] = {}
    kept = rows
    if not heads:
        kept, notes = _without_notes(rows)
    if heads != _dated(kept[0]) if heads else not _dated(kept[-1]):
        return rows  # (undated lines before the first dated head, or after the last closing date)
    groups: list[list[_Row]] = []
    pending: list[_Row] = []
    for row in kept:
        if heads:
            if not groups or _dated(row) or _own_prize(row[1]):
                groups.append([row])
            else:
                groups[-1].append(row)
        elif not _dated(row):
            pending.append(row)
        elif not pending or _ends_award(pending[-1][1], row[1]):
            groups.append([*pending, row])
            pending = []
        else:  # "INSPIRE Fellowship (DST)" over "Best Poster, ISMB 2014": two awards
            groups.extend([p] for p in pending)
            groups.append([row])
            pending = []
    return [_with_notes(_joined(g), g, notes) for g in groups]


def _without_notes(rows: list[_Row]) -> tuple[list[_Row], dict[int, str]]:
    """Where a date closes each award, a sentence under the dated line is a note on that award
    ("For the fuel-poverty estimates.", "Royal Statistical Society."), not an award of its own:
    the rows without the notes, and each note by the id of its dated row (it joins that award,
    as a describing sentence does elsewhere)."""
    out: list[_Row] = []
    notes: dict[int, str] = {}
    for k, row in enumerate(rows):
        text = row[1]
        if (k and out and out[-1] is rows[k - 1] and _dated(rows[k - 1]) and not _dated(row)
                and text.rstrip().endswith(".") and text[:1].isupper() and len(text.split()) >= 2
                and not _own_prize(text)):
            notes[id(out[-1])] = text
        else:
            out.append(row)
    return out, notes


def _with_notes(row: _Row, group: list[_Row], notes: dict[int, str]) -> _Row:
    said = " ".join(notes[id(r)] for r in group if id(r) in notes)
    return (row[0], f"{row[1]} {said}", row[2], row[3]) if said else row


def _bare(text: str) -> str:
    return text.lstrip("。.,，·•*- ")  # ("。2024 …": a stray mark before the date, as OCR reads a bullet)


def _own_prize(text: str) -> bool:
    """An undated line that names a prize of its own rather than going on with the one above."""
    return bool(_PRIZE_WORDS.search(text)) and len(text.split()) >= 2 and not text[:1].islower()


_LABELLED_DATE = re.compile(r"[^\W\d][\w ]{0,24}[:：]\s*\S")  # "Date awarded: 2020"


def _ends_award(above: str, text: str) -> bool:
    """A dated line that finishes the undated lines above ("honrosa — 2018", "(SAEe), 2024",
    "Date awarded: 2020") rather than naming an award itself."""
    return (text[:1].islower() or not text[:1].isalnum() or len(text.split()) <= 3
            or bool(_LABELLED_DATE.match(text)) or bool(_CONNECTIVE_END.search(above)))


def _joined(group: list[_Row]) -> _Row:
    text = group[0][1]
    for _, more, _, _ in group[1:]:
        wrapped = more[:1].islower() or len(more.split()) <= 2 or bool(_CONNECTIVE_END.search(text))
        text = f"{text}{' ' if wrapped else ', '}{more}"
    return group[0][0], text, False, next((cell for _, _, _, cell in group if cell), "")


def _items(rows: list[_Row]) -> list[_Item]:
    """The rows grouped into awards: a continuation line joins the award above it."""
    rows = _one_year_each(rows)
    uses_markers = sum(1 for _, _, m, _ in rows if m) >= max(1, len(rows) // 3)
    # A CCV-like export: each award on a dated row, then undated rows about it (the issuer, its
    # type, the amount): those describe the award above, they name none
    led = sum(1 for _, text, _, _ in rows if _date_led(text))
    undated = sum(1 for _, text, _, cell in rows if not _date_led(text) and not years_in(text) and not cell)
    dated_heads = led >= 2 and undated >= 2 * led and not any(line_marker(text).kind for _, text, _, _ in rows)
    items: list[_Item] = []
    for n, (line, text, marked, cell_date) in enumerate(rows):
        nxt = rows[n + 1] if n + 1 < len(rows) else None
        if not cell_date and _is_subheading(text, nxt[1] if nxt else None, uses_markers, bool(nxt and nxt[2])):
            items.append(_Item(line, [], None, boundary=True))  # a boundary, not an award
            continue
        if not marked and _is_date_only(text):
            # A date alone on its line (a right-hand column): it dates the award above.
            last = items[-1] if items and items[-1].parts else None
            if last is not None and last.year is None:
                found = re.search(r"(?:19|20)\d\d", text)  # also "09/2016", which years_in skips
                last.year = int(found.group()) if found else None
            continue
        if dated_heads and items and items[-1].parts and not _date_led(text) and not years_in(text) and not cell_date:
            continue  # "Ministry of X", "Prize / Award", "Amount: 140,000": about the award above
        body = text[_marker_length(text):].strip() if marked else text
        if not body:
            items.append(_Item(line, [], None))  # a bullet alone on its line: the next line is a new award
            continue
        prev = items[-1] if items and items[-1].parts else None
        if prev is not None and n and _ends_open_range(rows[n - 1][0].text, line.text):
            prev.parts.append(body)  # "2021–<tab>X Fellowship (Some" over "2023<tab>Council)": one award
            continue
        continuation = prev is not None and _continues(prev, body, marked, uses_markers)
        ys = years_in(text) or _lead_years(text) or _any_years(cell_date)
        if items and not items[-1].parts and items[-1].line is not line and not _is_boundary(items[-1]):
            items[-1].parts.append(body)  # the text of a bullet printed alone on the line above
            items[-1].year = ys[0][0] if ys else None
        elif continuation and prev is not None:
            prev.parts.append(body)
            prev.year = prev.year or (ys[0][0] if ys else None)
        else:
            items.append(_Item(line, [body], ys[0][0] if ys else None))
    return items


# a date column wrapped after the range's dash: "2021–<tab>…" over "2023<tab>…"
_OPEN_RANGE_CELL = re.compile(r"^\s*(?:\S+\s+)?((?:19|20)\d\d)\s*[\u2013\u2014~-]\s*\t")
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d\d)\s*\t\s*\S")


def _ends_open_range(above: str, text: str) -> bool:
    """The row's year cell is the end of the range the row above left open: the row
    goes on with the award above."""
    start, end = _OPEN_RANGE_CELL.match(above), _YEAR_CELL.match(text)
    return bool(start and end and start.group(1) < end.group(1))


# "(a) Fellow, Royal Society of Chemistry, 2021", "(iv) …": a lettered or roman list's item opens an award
_LETTERED = re.compile(r"\((?:[a-z]|[ivx]{1,4})\)\s")
_GIVEN_BY = re.compile(r"(?i)^(?:issued|awarded|conferred|granted|presented|given)\s+by\b")


def _continues(prev: _Item, body: str, marked: bool, uses_markers: bool) -> bool:
    """The line goes on with the award above rather than naming a new one."""
    last = prev.parts[-1]
    if uses_markers and not marked or not uses_markers and (
        body[:1].islower() or (body[:1] in "([{" and not _LETTERED.match(body)) or _CONNECTIVE_END.search(last)
    ):
        return True
    if _GIVEN_BY.match(body):
        return True  # "Issued by Robotics: Science and Systems<tab>Jun 2019" under the award's name
    # "Awarded for ...", "Led the team ...": a sentence about the award above
    return bool(not uses_markers and prev.year and not years_in(body) and not last.rstrip().endswith(".")
                and _DESCRIPTION_RE.match(body) and len(body.split()) >= 5)


def _awards_of(items: list[_Item]) -> list[Award]:
    """An Award per item with a text, less repeats (the same award printed twice in the same year)."""
    awards: list[Award] = []
    seen: dict[str, set[int | None]] = {}
    for item in items:
        if not item.parts:
            continue
        title = " ".join(" ".join(item.parts).split())
        key = re.sub(r"\W+", "", title).casefold()
        years = seen.setdefault(key, set())
        if years and (item.year is None or None in years or item.year in years):
            continue  # the same line printed twice (table cells, bilingual CVs); "Dean's List" in two years is two
        years.add(item.year)
        # The superscript of an ordinal lost to its own line ("3" + "rd place").
        title = re.sub(r"^(\d)\s+(st|nd|rd|th)\b", r"\1\2", _LETTERED.sub("", title, count=1) if title[:1] == "(" else title)
        if len(re.sub(r"[\W\d_]", "", title)) < 3 or _CREDENTIAL.search(title) or _FUNDING.search(title):
            continue
        if _TALK.search(title):
            continue  # "“Title”, Strange Loop, 2023 (talk).": a talk listed under "Talks & Awards"
        awards.append(Award(title=title, year=item.year, evidence=item.line.evidence(0.8)))
    return awards


_TALK = re.compile(r"(?i)\((?:invited\s+|keynote\s+)?(?:talk|keynote|presentation|poster|panel(?:ist)?|lecture)\)\W*$")
# "AWS Certified Solutions Architect", "PMP certification": a credential listed under
# "Certifications & Awards", not a prize ("Certificate of Merit" is one, and stays)
_CREDENTIAL = re.compile(r"(?i)\bcertified\b|\bcertification\b|认证")


# "ESRC Research Grant ES/T009412/1", "Leverhulme Trust Research Project Grant", "X research grant,
# £48,000": funding won for a project, listed beside prizes, not an honour ("Grant Prize" stays; a
# travel grant stays too: the held-out labels split on it, most count it as an award)
_FUNDING = with_opening(re.compile(r"(?i)\b(?:research|project|pilot|seed|network|equipment|start-?up)\s+(?:\w+\s+)?grant\b"
                      r"|\bgrant\s+(?:no\.?|number|ref)\b|\bgrant\b.*[£$€]\s?\d|[£$€]\s?\d.*\bgrant\b"
                      # "NSF grant DMS-2200417", "NSF CAREER award DMS-1451187": a funded project's number
                      r"|\b(?:grant|award)\s+(?:no\.?\s*)?[A-Z]{2,5}[-/ ]?\d{5,}"))


_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_DATE_WORDS_RE = re.compile(_DATE_WORDS, re.I)


def _is_date_only(text: str) -> bool:
    return bool(_YEAR_IN.search(text)) and not _DATE_WORDS_RE.sub("", text).strip(" .,-–—/~()")


def _date_led(text: str) -> bool:
    """A row opened by a date and holding more than dates ("2019 – 2023" alone dates the award above)."""
    return bool(_DATE_LEAD_RE.match(text)) and not _is_date_only(text)


def _marker_length(text: str) -> int:
    """Characters of the bullet, number or leading date that open an award row."""
    marker = line_marker(text)
    m = _DATE_LEAD_RE.match(text)
    dated = m.end() if m and _date_led(text) else 0
    if marker.kind:
        # (a year read as the list's marker stops before its "年": "2023 年 Prize")
        return max(marker.length, dated) if marker.kind == "year" else marker.length
    return dated


def _lead_years(text: str) -> list[tuple[int, int]]:
    """Years of a leading "09/2016 – 06/2020" (years_in skips years after a slash, as in ids)."""
    m = _DATE_LEAD_RE.match(text)
    return _any_years(m.group()) if m else []


def _any_years(text: str) -> list[tuple[int, int]]:
    return [(int(y.group()), y.start()) for y in re.finditer(r"(?:19|20)\d\d", text)]


@dataclass
class _Item:
    line: Line
    parts: list[str]
    year: int | None
    boundary: bool = False  # a sub-heading: ends the award above, holds none


def _is_boundary(item: _Item) -> bool:
    return item.boundary


# "Honors: INFORMS Prize, finalist (2019)." inside another section (Skills & Interests, Additional),
# "荣誉奖励：2020 X；2021 Y" (获奖情况, 奖励荣誉) under a job site's 附加信息
_AWARD_FIELD = with_opening(re.compile(r"(?i)(?:^[•·▪◦*\-–]?\s*|(?<=[.;]\s))(?:honou?rs?(?:\s+(?:and|&)\s+awards?)?|awards?|prizes?|"
                          r"scholarships?|fellowships?)\s*[:：]\s*(\S.*)$|^(?:荣誉|奖项|获奖|奖励)[\u4e00-\u9fff]{0,2}\s*[:：]\s*(\S.*)$"))


def awards_from_fields(lines: list[Line]) -> list[Award]:
    """Awards a labelled line names outside an awards section, one per item ("A (2019); B (2021)")."""
    out: list[Award] = []
    for line in lines:
        m = _AWARD_FIELD.search(line.text.strip())
        if m:
            value = (m.group(1) or m.group(2)).strip().rstrip(".。")
            # a field lists its prizes one after another: "A (2025); B (2024); Dean's List"
            out.extend(parse_awards([replace(line, text=v.strip()) for v in re.split(r"[;；]", value) if v.strip()]))
    return out


# A prize's own words ("Award", "Prize", 奖, 优秀…, 称号), for an entry listed among papers
_PRIZE_WORDS = re.compile(r"(?i)\b(?:award|prize|medal|fellowship|scholarship)\b|奖(?:励|项)?(?:[,，、;；(（]|$)|优秀|称号")
_TRAILING_YEAR = re.compile(r"\s*[,，;；]?\s*\(?(?:19|20)\d\d\)?\s*(?=$|[(（])")


def prizes_among_papers(papers: list[Publication]) -> list[Publication]:
    """Entries of a publications list that are prizes: no authors, no venue, a prize's words
    ("湖南省科学技术进步奖，二等奖，2023（排名第3）" under an NSFC CV's 'other achievements')."""
    return [p for p in papers if not p.authors and not p.venue and p.title and _PRIZE_WORDS.search(p.title)]


def as_award(paper: Publication) -> Award:
    return Award(title=_TRAILING_YEAR.sub("", paper.title or "").strip(" ,，"), year=paper.year, evidence=paper.evidence)
