"""Bilingual tables that print a row's English translation on the row below it:
"2011.09–2016.07<tab>中国科学院化学研究所<tab>有机化学<tab>理学博士 Ph.D." over
"Institute of Chemistry, Chinese Academy of Sciences<tab>Organic Chemistry". The second row
names the same things; joined cell by cell it makes one entry ("中国科学院化学研究所
Institute of Chemistry, …"), as a bilingual CV prints a name in two scripts on one line.
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.cleaning import Clean, has_cjk
from reviewer.parsing.dates import first_range


def join_translation_rows(lines: list[Clean]) -> list[Clean]:
    out: list[Clean] = []
    for c in lines:
        if out and _translates(out[-1], c):
            out[-1] = _joined(out[-1], c)
        else:
            out.append(c)
    return out


def _cells(text: str) -> list[str]:
    return [x.strip() for x in text.split("\t") if x.strip()]


def _chinese_only(cell: str) -> bool:
    return has_cjk(cell) and not re.search(r"[A-Za-z]", cell) and not first_range(cell)


def _translates(above: Clean, row: Clean) -> bool:
    """`row` is Latin names only, undated, and has no more cells than `above` (a dated row)
    has Chinese-only ones."""
    if row.bullet or has_cjk(row.text) or first_range(row.text) or not first_range(above.text):
        return False
    cells = _cells(row.text)
    if not cells or not all(re.match(r"[A-Z]", x) for x in cells):
        return False
    return sum(map(_chinese_only, _cells(above.text))) >= len(cells)


def _joined(above: Clean, row: Clean) -> Clean:
    english = iter(_cells(row.text))
    cells = [f"{x} {next(english, '')}".rstrip() if _chinese_only(x) else x for x in _cells(above.text)]
    text = "\t".join(cells)
    return replace(above, text=text, raw=text)
