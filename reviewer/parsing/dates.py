"""Dates as CVs print them, normalised to the contract: "YYYY-MM", "YYYY" or "present".

Handles single dates (2021.9, 2021.09, 09/2020, Sep. 2022, September 2022, Mar-2019,
2013年9月, Summer 2013, 2021) and ranges between them ("2013.09-2017.06",
"Sep - Dec 2023", "2023年 9-12月", "Aug. 2021 – Present", "2019~2020", "2009/08 – 至今").
Markers such as "(expected)" are ignored: the expected date is still the end date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reviewer.parsing.openings import with_opening
from reviewer.parsing.vocabulary import trie_alternation

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
# Spanish, Italian, Portuguese, French and German month names ("mayo 2020", "settembre 2019", "März 2021")
_FOREIGN_MONTHS = {
    1: ("enero", "ene", "gennaio", "gen", "janeiro", "janvier", "januar", "jänner"),
    2: ("febrero", "febbraio", "fevereiro", "fev", "février", "fevrier", "februar"),
    3: ("marzo", "março", "marco", "mars", "märz", "marz"),
    4: ("abril", "abr", "aprile", "avril"),
    5: ("mayo", "maggio", "mag", "maio", "mai"),
    6: ("junio", "giugno", "giu", "junho", "juin", "juni"),
    7: ("julio", "luglio", "lug", "julho", "juillet", "juli"),
    8: ("agosto", "ago", "août", "aout"),
    9: ("septiembre", "setiembre", "settembre", "setembro", "septembre", "set"),  # ("set. 2017": Portuguese)
    10: ("octubre", "ottobre", "ott", "outubro", "octobre", "oktober", "okt"),
    11: ("noviembre", "novembre", "novembro", "november"),
    12: ("diciembre", "dic", "dicembre", "dezembro", "dez", "décembre", "decembre", "dezember"),
}
SEASONS = r"(?:spring|summer|fall|autumn|winter)"
_ENGLISH_MONTHS = ("jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                   "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november",
                   "dec", "december")
# (one prefix tree over every spelling: a month is tried letter by letter, not word by word)
_MONTH_NAME = "(?:" + trie_alternation((*_ENGLISH_MONTHS, *(w for ws in _FOREIGN_MONTHS.values() for w in ws))) + ")"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_MM = r"(?:0?[1-9]|1[0-2])"

# One date; each alternative names its parts so `_atom_value` can read them.
ATOM = (
    rf"(?:(?P<cy>{_YEAR})\s*年\s*(?:(?P<cm>{_MM})\s*月)?"  # 2013年9月, 2013年
    rf"|(?P<ny>{_YEAR})\s*[./-]\s*(?P<nm>{_MM})(?![\d])(?:\s*[./-]\s*\d{{1,2}}(?!\d))?"  # 2021.09, 2021-09-01
    rf"|(?P<d3>\d{{1,2}})\s*[./]\s*(?P<m3>\d{{1,2}})\s*[./]\s*(?P<y3>{_YEAR})"  # 01/09/2022 (day first), 09/30/2022
    rf"|(?<![\d-])(?P<d4>\d{{1,2}})-(?P<m4>\d{{1,2}})-(?P<y4>{_YEAR})"  # 03-09-2018 (South Asian forms)
    rf"|(?P<m2>{_MM})\s*[./]\s*(?P<y2>{_YEAR})"  # 09/2020, 06.2023
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<mn>{_MONTH_NAME})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,)?(?:\s+de\s+|[\s,.-]*)(?P<my>{_YEAR})"  # Sep. 2022, Mar-2019, maio de 2019
    rf"|(?P<mq>{_MONTH_NAME})\.?\s*['’‘](?P<yq>\d\d)"  # Jun '19
    rf"|(?P<season>{SEASONS})\s*,?\s*(?P<sy>{_YEAR})"  # Summer 2013
    rf"|(?P<y>{_YEAR}))"  # 2021
)
# (bilingual first: "至今 present", "present (至今)" are one end, not an end and a stray word)
PRESENT = r"(?:(?:至今|迄今|目前)\s*[(（/]?\s*(?:present|now|today)\b\s*[)）]?|present\s*[(（/]?\s*(?:至今|迄今)\s*[)）]?|(?:till|until|up\s+to)\s+(?:date|now|present|today)|present|now|today|attuale|oggi|in\s+corso|presente|actualidad|actual|(?:a|hasta)\s+la\s+fecha|atual|actualmente|hoy|hoje|en\s+curso|aujourd'hui|heute|laufend|current(?:ly)?|ongoing|to\s+date|date|至今|今|现在|現在|目前|迄今)"
# (Notion prints "Mar 2023 → Present"; OCR reads a spaced dash as the character 一, "2019.09 一 2023.06")
SEP = r"\s*(?:->|→|⟶|-{1,2}|–|—|~|〜|～|−|‒|\u00ad|to|until|till|至|到|(?<=\s)一(?=\s))\s*"
# Chinese text runs into a date without a space ("于2019.09入学", "2025.06毕业"): a Chinese
# character next to a date is a boundary, a Latin letter or digit is not
_BEFORE = r"(?<![^\W\u3400-\u9fff])(?<!\.)"
_AFTER = r"(?![^\W\u3400-\u9fff]|[届级名人篇项个万元次位分号])"  # "2026届" is a class, "2019级" a cohort
# The characters an ATOM starts with (a digit, a month's or a season's first letter), as a
# lookahead before the patterns that search for one: the engine passes every other position at
# once instead of trying each alternative there (twice as fast on a job line; same matches)
_ATOM_START = "(?=[\\d" + "".join(sorted({w[0] for w in (*_ENGLISH_MONTHS, *SEASONS[3:-1].split("|"), *(
    w for ws in _FOREIGN_MONTHS.values() for w in ws))})) + "])"
_ATOM_RE = re.compile(rf"{_ATOM_START}{_BEFORE}{ATOM}{_AFTER}", re.IGNORECASE)
_RANGE_RE = re.compile(
    rf"{_ATOM_START}{_BEFORE}(?P<a>{ATOM.replace('?P<', '?P<a_')})(?:\s*\((?:expected|exp\.?)\))?{SEP}"
    rf"(?:(?P<present>{PRESENT})\b|(?P<b>{ATOM.replace('?P<', '?P<b_')})){_AFTER}",
    re.IGNORECASE,
)
# "01.07.2021<tab>Till date", "2013<tab>2016": a table's From and To columns side by side
_TAB_RANGE = re.compile(
    rf"{_ATOM_START}{_BEFORE}(?P<a>{ATOM.replace('?P<', '?P<a_')})\t(?:(?P<present>{PRESENT})\b|(?P<b>{ATOM.replace('?P<', '?P<b_')})){_AFTER}",
    re.IGNORECASE,
)
_DIGIT_TAB = re.compile(r"\d\t")  # (the From column's date ends just before the tab)
# "Sep - Dec 2023", "Feb - July 2022": the first month borrows the year of the second.
_MONTHS_SHARED_YEAR = with_opening(re.compile(
    rf"(?<![\w.])(?P<m1>{_MONTH_NAME})\.?{SEP}(?P<m2>{_MONTH_NAME})\.?[\s,]*(?P<y>{_YEAR})(?!\d)", re.IGNORECASE
))
# "2022 (Jan–Jul)", "2019 (Jan-Jun)": the year, then the months of the stay in brackets
_YEAR_THEN_MONTHS = re.compile(
    rf"(?<![\w.])(?P<y>{_YEAR})\s*\(\s*(?P<m1>{_MONTH_NAME})\.?{SEP}(?P<m2>{_MONTH_NAME})\.?\s*\)", re.IGNORECASE
)
# "2023年 9-12月", "2022年2-7月"
_CJK_SHARED_YEAR = re.compile(rf"(?P<y>{_YEAR})\s*年\s*(?P<m1>{_MM})\s*[-–~至到]\s*(?P<m2>{_MM})\s*月")


# "2019/2020", "2019/20": an academic year
_ACADEMIC_YEAR = re.compile(rf"(?<![\w./])(?P<a>{_YEAR})\s*/\s*(?P<b>{_YEAR}|\d\d)(?![\w./])")
_SHORT_END = with_opening(re.compile(rf"(?<![\w./])(?P<a>{_YEAR})\s*[-–—]\s*(?P<b>\d\d)(?![\w./-])"))
# "2021 –" or "Sep. 2021 - " with nothing after: still going
_OPEN_RANGE = re.compile(rf"{_ATOM_START}(?<![\w.])(?P<a>{ATOM.replace('?P<', '?P<a_')})\s*(?:-{{1,2}}|–|—|~|至)\s*(?=$|[|,;:)\]]|\s{{2}}|\t)",
                         re.IGNORECASE)
# the open range's tail alone, a dash with nothing dated after it: tried first, as most lines with a
# dash go on to the end date ("2019 – 2021") and the whole pattern tries each date atom before it
_OPEN_TAIL = re.compile(r"(?:-|–|—|~|至)\s*(?=$|[|,;:)\]]|\s{2}|\t)")


@dataclass(frozen=True)
class DateSpan:
    """A date or range found in a line; `span` is the character span it covers."""

    start: str | None
    end: str | None
    span: tuple[int, int]
    is_range: bool


def _fmt(year: str | int, month: int | None) -> str:
    return f"{int(year):04d}-{month:02d}" if month else f"{int(year):04d}"


def _atom_value(groups: dict[str, str | None], prefix: str = "") -> str | None:
    # the groups of one atom (prefix "a_"/"b_" inside a range) that matched something
    g = {name: v for name in _ATOM_GROUPS if (v := groups.get(prefix + name))}
    if "cy" in g:
        return _fmt(g["cy"], int(g["cm"]) if "cm" in g else None)
    if "ny" in g:
        return _fmt(g["ny"], int(g["nm"]))
    if "y3" in g:
        # Europe prints the day first (Europass "01/09/2022"); a middle number over 12 is the
        # day of a US "09/30/2022"; an impossible pair is no date
        day, month = int(g["d3"]), int(g["m3"])
        if month > 12:
            day, month = month, day
        return _fmt(g["y3"], month) if 1 <= month <= 12 and 1 <= day <= 31 else None
    if "y4" in g:
        day, month = int(g["d4"]), int(g["m4"])
        if month > 12:
            day, month = month, day
        return _fmt(g["y4"], month) if 1 <= month <= 12 and 1 <= day <= 31 else None
    if "y2" in g:
        return _fmt(g["y2"], int(g["m2"]))
    if "my" in g:
        return _fmt(g["my"], _month_key(g["mn"]))
    if "yq" in g:
        yy = int(g["yq"])
        return _fmt(2000 + yy if yy < 50 else 1900 + yy, _month_key(g["mq"]))
    if "sy" in g:
        return _fmt(g["sy"], None)
    if "y" in g:
        return _fmt(g["y"], None)
    return None


_ATOM_GROUPS = ("cy", "cm", "ny", "nm", "d3", "m3", "y3", "d4", "m4", "y4", "m2", "y2", "mn", "my", "mq", "yq", "season", "sy", "y")


_FOREIGN_MONTH_KEYS = {w: m for m, ws in _FOREIGN_MONTHS.items() for w in ws}


_FULL_YEAR = re.compile(_YEAR)


def _short_month(name: str | None, year: str | None) -> str | None:
    month = _month_key(name) if name else None
    if not month or not year:
        return None
    yy = int(year)
    return _fmt(2000 + yy if yy < SHORT_YEAR_PIVOT else 1900 + yy, month)


def _month_key(name: str) -> int | None:
    n = name.lower().rstrip(".")
    return MONTHS.get(n) or _FOREIGN_MONTH_KEYS.get(n) or MONTHS.get(n[:3])


def parse_date(text: str) -> str | None:
    """One date token → "YYYY-MM" / "YYYY" / "present"; None when it is not a date."""
    t = text.strip().strip("()[]").strip()
    if re.fullmatch(PRESENT, t, re.IGNORECASE):
        return "present"
    m = _ATOM_RE.search(t)
    return _atom_value(m.groupdict()) if m else None


_EXPECTED_END = with_opening(re.compile(r"(?i)((?:-{1,2}|–|—|~|〜|～|至|到|\bto)\s*)(预计|预期|expected\s+|exp\.\s*|anticipated\s+)"))


_YEAR_OR_SHORT = with_opening(re.compile(rf"{_YEAR}|['’‘]\d\d|[A-Za-z]\.?\s\d\d\s*(?:[-–—~]|to\s)"))
# "Apr 24 - present", "Oct 20 - Jun 23": months with two-digit years, only as a range (a lone
# "Apr 24" is a day of April), the year not followed by a comma ("May 16 – June 20, 2023")
_SHORT_MONTH_RANGE = re.compile(
    rf"(?<![\w.])(?P<m1>{_MONTH_NAME})\.?\s+['’]?(?P<y1>\d\d)(?![\d,])\s*(?:-{{1,2}}|–|—|~|to)\s*"
    rf"(?:(?P<m2>{_MONTH_NAME})\.?\s+['’]?(?P<y2>\d\d)(?![\d,])|(?P<present>{PRESENT})\b)", re.IGNORECASE)
SHORT_YEAR_PIVOT = 40  # "24" is 2024, "95" is 1995
# "2008/09–2012/06": after or before such a token, a range of year/month tokens
_YM_RANGE_AFTER = re.compile(
    r"\s*[-–—~]\s*(?:(?:19|20)\d\d\s*/\s*(?:0[1-9]|1[0-2])(?!\d)|present\b|now\b|today\b|至今)", re.I)
_YM_RANGE_BEFORE = re.compile(r"(?:19|20)\d\d\s*/\s*(?:0[1-9]|1[0-2])\s*[-–—~]\s*$")


_ADDRESS_WORD = with_opening(re.compile(r"(?i)\b(?:room|rm|suite|ste|office|box|bldg|building|apt|floor)\b"))
_ADDRESS_NUMBER = re.compile(r"(?i)\b(?:room|rm|suite|ste|office|box|bldg|building|apt|floor)\.?\s*#?\s*\d{3,5}\b")
# "1 Jan Smuts Avenue, Braamfontein 2000, Johannesburg": a street address's postcode after its suburb
_STREET_WORD = re.compile(r"\b(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Boulevard|Blvd|Crescent|Close|Way|Place|"
                          r"Square|Parkway|Terrace)\b\.?,")
_POSTCODE = re.compile(r"(?<=[a-z] )\d{4}(?=,\s*[A-Z])")
_RESEARCHER_ID = re.compile(r"\b[A-Z]{1,3}-\d{4}-(?:19|20)\d\d\b")


def find_dates(text: str) -> list[DateSpan]:
    """All dates and ranges in a line, left to right, ranges preferred over their parts."""
    return list(_find_dates(text))


# Pure per string, and asked again and again of the same line (headings, entries, routing).
@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[DateSpan, ...]:
    if not _YEAR_OR_SHORT.search(text):
        return ()  # every pattern below needs a year, or the "'19" of "Jun '19"; most lines have neither
    # "2022.09 - 预计2025.06", "2021 – expected 2025": the word qualifies the end date; blanked
    # out with spaces of the same length so the spans still index the original text
    text = _EXPECTED_END.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if "-" in text:  # a Web of Science ResearcherID ("AAZ-4412-2019") ends in a year that dates nothing
        text = _RESEARCHER_ID.sub(lambda m: " " * len(m.group(0)), text)
    if _ADDRESS_WORD.search(text):  # "Room 2020", "Suite 2010": an address's number, no year
        text = _ADDRESS_NUMBER.sub(lambda m: " " * len(m.group(0)), text)
    if _STREET_WORD.search(text):
        text = _POSTCODE.sub("    ", text)
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        # asked of every match: a plain loop, without all()'s generator (hence the noqa)
        for s, e in taken:  # noqa: SIM110
            if a < e and b > s:
                return False
        return True

    # A pattern runs only when the line holds a character it cannot match without.
    for m in _CJK_SHARED_YEAR.finditer(text) if "年" in text else ():
        y = m["y"]
        found.append(DateSpan(_fmt(y, int(m["m1"])), _fmt(y, int(m["m2"])), m.span(), True))
        taken.append(m.span())
    for m in _YEAR_THEN_MONTHS.finditer(text) if "(" in text else ():
        y = m["y"]
        found.append(DateSpan(_fmt(y, _month_key(m["m1"])), _fmt(y, _month_key(m["m2"])), m.span(), True))
        taken.append(m.span())
    for m in _MONTHS_SHARED_YEAR.finditer(text):
        if free(*m.span()):
            y = m["y"]
            found.append(DateSpan(_fmt(y, _month_key(m["m1"])), _fmt(y, _month_key(m["m2"])), m.span(), True))
            taken.append(m.span())
    for m in _ACADEMIC_YEAR.finditer(text) if "/" in text else ():
        b = m["b"] if len(m["b"]) == 4 else m["a"][:2] + m["b"]
        # "2008/09–2012/06": in a range of such tokens the two digits are months
        month_range = len(m["b"]) == 2 and int(m["b"]) <= 12 and bool(
            _YM_RANGE_AFTER.match(text[m.end():]) or _YM_RANGE_BEFORE.search(text[: m.start()]))
        if free(*m.span()) and 0 <= int(b) - int(m["a"]) <= 1 and not month_range:
            found.append(DateSpan(m["a"], b, m.span(), True))
            taken.append(m.span())
    for m in _SHORT_END.finditer(text) if _has_any(text, "-–—") else ():
        # "2015–18": a two-digit end that cannot be a month
        b = m["a"][:2] + m["b"]
        if free(*m.span()) and int(m["b"]) > 12 and 0 < int(b) - int(m["a"]) <= 9:
            found.append(DateSpan(m["a"], b, m.span(), True))
            taken.append(m.span())
    for m in _SHORT_MONTH_RANGE.finditer(text) if not _FULL_YEAR.search(text) else ():
        start = _short_month(m["m1"], m["y1"])
        end = "present" if m["present"] else _short_month(m["m2"], m["y2"])
        if free(*m.span()) and start and end and (end == "present" or end >= start):
            found.append(DateSpan(start, end, m.span(), True))
            taken.append(m.span())
    # a table's From<tab>To columns first, then ranges joined by a dash or a word: one way to read both
    tab_ranges = _TAB_RANGE.finditer(text) if "\t" in text and _DIGIT_TAB.search(text) else ()
    for m in (*tab_ranges, *_RANGE_RE.finditer(text)):
        if not free(*m.span()):
            continue
        gd = m.groupdict()
        start = _atom_value(gd, "a_")
        end = "present" if gd.get("present") else _atom_value(gd, "b_")
        if start and end and (end == "present" or end[:4] >= start[:4]):
            found.append(DateSpan(start, end, m.span(), True))
            taken.append(m.span())
    for m in _OPEN_RANGE.finditer(text) if _OPEN_TAIL.search(text) else ():
        start = _atom_value(m.groupdict(), "a_")
        if free(*m.span()) and start:
            found.append(DateSpan(start, "present", m.span(), True))
            taken.append(m.span())
    for m in _ATOM_RE.finditer(text):
        if free(*m.span()):
            v = _atom_value(m.groupdict())
            if v:
                found.append(DateSpan(v, v, m.span(), False))
                taken.append(m.span())
    found.sort(key=lambda d: d.span[0])
    return tuple(found)


def _has_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


# first_range and strip_dates: pure per string, asked of the same entry lines by the routing,
# education and experience passes
@lru_cache(maxsize=8192)
def first_range(text: str) -> DateSpan | None:
    """The first range in the line, else the first single date (start == end)."""
    dates = find_dates(text)
    ranges = [d for d in dates if d.is_range]
    return ranges[0] if ranges else (dates[0] if dates else None)


def opens_with_range(text: str) -> bool:
    """"2021/01-至今，Org，Title", "2019年9月 - 2021年6月 …": a line led by its date range."""
    span = first_range(text)
    return bool(span and span.is_range and span.span[0] <= 2)


_DATE_QUALIFIERS = with_opening(re.compile(r"\((?:expected|exp\.?|anticipated)\)|\b(?:expected|started|graduated|since|from|joined|depuis|seit)\b",
                              re.IGNORECASE))


_DANGLING_SEPARATORS = with_opening(re.compile(r"(?:\s*[,;|–—-]\s*)+(?=\s{2}|\t|$)"))


_SPACE_RUN3 = re.compile(r" {3,}")


@lru_cache(maxsize=8192)
def strip_dates(text: str) -> str:
    """The line without its dates and the words that only qualify them."""
    out = text
    # a date between two fields separates them: leave a column gap where it was
    for d in sorted(find_dates(text), key=lambda d: -d.span[0]):
        out = out[: d.span[0]] + "  " + out[d.span[1]:]
    out = _DATE_QUALIFIERS.sub(" ", out)
    # brackets emptied by the two cuts above: "(expected June 2026)" leaves "(  )"
    # (each pattern below needs a character of its own in the text: tested first, most lines have none)
    if "[" in out or "(" in out:
        out = re.sub(r"\s*(?:\[\s*\]|\(\s*\))", " ", out)
    out = _SPACE_RUN3.sub("  ", out) if "   " in out else out
    out = re.sub(r"[ ]*\t[\t ]*", "\t", out) if "\t" in out else out
    out = _DANGLING_SEPARATORS.sub("", out)  # separators left dangling by the date
    return out.strip(" \t,;|–—-:·")


def season_or_marker(text: str) -> str | None:
    """"start" when the line says a date is a start ("Started", "Since"), "end" for "Graduated"/"Expected"."""
    t = text.lower()
    if re.search(r"\b(?:started|since|from|starting|entered|joined|depuis|seit)\b", t):  # (French, German "since")
        return "start"
    if re.search(r"\b(?:graduated|graduation|expected|completed|conferred|awarded)\b|毕业", t):
        return "end"
    return None
