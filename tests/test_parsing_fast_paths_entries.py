"""The projects-section screen turns away only lines _FIRM cannot match."""
from __future__ import annotations

import random
import re

from reviewer.parsing.entries import _FIRM, _FIRM_CJK_WORDS, _FIRM_NEEDLES, _may_name_firm


def test_screen_words_are_the_patterns_words() -> None:
    cjk, latin = re.search(r"\(\?:([^(]*?)\|\(\?i:\\b\(\?:([a-z|]+)\)", _FIRM.pattern).groups()  # type: ignore[union-attr]
    assert set(cjk.split("|")) == set(_FIRM_CJK_WORDS)
    assert _FIRM_NEEDLES is not None and set(latin.split("|")) == set(_FIRM_NEEDLES.strings)


def test_screen_passes_every_line_the_pattern_matches() -> None:
    rng = random.Random(3)
    pieces = ["Acme", " Inc.", " INC", " Ltd", "GmbH", "Corp", "LLC", " plc", "Co", " ", ",", "星河科技有限公司", "集团", "银行",
              "事务所", "公", "İnc", "ınc", "Lİmited", "incremental", "\u212a", "Princeton", "ltd.", "(", ")", "-"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(20000)]
    matched = 0
    for text in texts:
        if _FIRM.search(text):
            matched += 1
            assert _may_name_firm(text), text
    assert matched > 1000
