"""Per-line screens in heading_kind and normalize: each pattern matches nothing in a line the screen passes by."""
from __future__ import annotations

import random
import re

from reviewer.parsing.cleaning import _STROKE_BAR, has_cjk
from reviewer.parsing.lists import _CJK_INTEREST_FIELD, ITEM_SEPARATORS
from reviewer.parsing.sections import _HALVES, _TRAILING_NOTE, _has_any


def test_every_trailing_note_holds_an_opening_bracket() -> None:
    rng = random.Random(4)
    pieces = ["Publications", "论文发表", " ", "(", "（", ")", "）", "* equal contribution", "按时间排序", "，", ";", "[", "]", "x"]
    matched = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        for m in _TRAILING_NOTE.finditer(text):
            matched += 1
            assert "(" in m.group() or "（" in m.group(), text
    assert matched > 1000


def test_halves_part_only_at_a_slash_a_bar_or_chinese() -> None:
    rng = random.Random(6)
    pieces = ["Education", "教育背景", "Educación", " / ", "/", " | ", "｜", " ", "Awards", "奖", "x", "-", "Ｅ", "\u3400", "\uf900"]
    parted = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if _HALVES.split(text) != [text]:
            parted += 1
            assert _has_any(text, "/|｜") or has_cjk(text), text
    assert parted > 1000


def test_stroke_bar_needs_its_character() -> None:
    for text in ["a丨b", "丨", "研究丨方向", "a | b", "l", "|"]:
        assert bool(_STROKE_BAR.search(text)) <= ("丨" in text)


def test_interest_field_needs_its_colon() -> None:
    rng = random.Random(8)
    pieces = ["导师:X 教授", " 研究方向", "研究兴趣", ":", "：", " ", "A、B", "机器学习", "x", "\t"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if _CJK_INTEREST_FIELD.search(text):
            found += 1
            assert ":" in text or "：" in text, text
    assert found > 200


def test_item_separators_are_what_the_split_pattern_matched_in_one_character() -> None:
    # split_items asks of each character alone; the pattern it asked before, kept here
    split = re.compile(r"\s*(?:[,;，；、•·|]|\s/\s)\s*")
    for code in range(0x30000):
        ch = chr(code)
        assert bool(split.match(ch)) == (ch in ITEM_SEPARATORS), hex(code)
