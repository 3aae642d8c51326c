"""Publication lists set as a table under a header row that names its columns, as Chinese
application forms print them:

    序号  论文题目                     期刊名称      年份    收录/分区   IF    作者排序
    1     Invented acceptors for ...   Joule         2024    SCI 一区    38.6  第一作者
    2     Invented fibrils tune ...    Nat. Commun.  已接收  SCI 一区    14.7  通讯作者(*)

The header says which cell is the title, the venue, the year (or the status) and the
candidate's place; each row becomes one reference the item reader understands:
"Title. Venue, 2024. (第一作者)". The table ends at the first line that is no row.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.extract import CELL_SEP
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.lines import Line
from reviewer.parsing.pubsplit import RawItem

_COLUMNS = {
    "title": re.compile(both_scripts_pattern(r"(?i)^(?:论文|文章|成果)?(?:题目|名称|标题)$|^(?:paper\s+)?title$")),
    "venue": re.compile(both_scripts_pattern(
        r"(?i)^(?:发表)?(?:期刊|刊物|会议|期刊/会议|期刊或会议|期刊\(会议\))(?:名称)?$|^(?:journal|venue|source)(?:\s*/\s*conference)?$")),
    "year": re.compile(both_scripts_pattern(r"(?i)^(?:发表)?(?:年份|时间|日期|年度)$|^(?:year|date)$")),
    "role": re.compile(both_scripts_pattern(r"(?i)^(?:本人|作者)(?:排序|排名|位次|顺序|署名)$|^(?:author\s+)?(?:order|role|rank)$")),
}


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.split(CELL_SEP)]


def _header(text: str) -> dict[str, int] | None:
    """Column of each known field when the line is a header row naming a title column and
    a venue or a year column."""
    if CELL_SEP not in text:
        return None
    cells = _cells(text)
    found: dict[str, int] = {}
    for k, cell in enumerate(cells):
        for field, rx in _COLUMNS.items():
            if field not in found and rx.match(cell):
                found[field] = k
                break
    return found if "title" in found and ("venue" in found or "year" in found) else None


def header_table_items(lines: list[Line]) -> list[RawItem] | None:
    """The references of a list set as a table under a naming header row, else None."""
    start = next((k for k, ln in enumerate(lines[:4]) if _header(ln.text)), None)
    if start is None:
        return None
    columns = _header(lines[start].text)
    assert columns is not None
    width = max(columns.values()) + 1
    items: list[RawItem] = []
    rest = [ln for ln in lines[start + 1:] if ln.text.strip()]
    for n, ln in enumerate(rest):
        cells = _cells(ln.text)
        if len(cells) < width or not cells[columns["title"]]:
            # the table ends (a heading, the next table's header), unless rows go on below: then
            # its cells wrap over lines ("… in Shallow<tab>ICML 2021" over "Bays"), another reader's shape
            if any(len(_cells(more.text)) >= width and _header(more.text) is None for more in rest[n + 1:n + 3]):
                return None
            break
        items.append(RawItem([replace(ln, text=_reference(cells, columns))]))
    return items or None


def _reference(cells: list[str], columns: dict[str, int]) -> str:
    def cell(field: str) -> str:
        return cells[columns[field]].strip() if field in columns else ""

    # (a venue keeps its abbreviation's last period: "Adv. Mater., 2023.")
    title, venue, year, role = cell("title").rstrip(".。"), cell("venue"), cell("year").rstrip(".。"), cell("role")
    tail = ", ".join(part for part in (venue, year) if part)
    return f"{title}. {tail + '.' if tail else ''}{f' ({role})' if role else ''}"
