"""find_dates' open-range pre-test passes every line the open-range pattern matches."""
from __future__ import annotations

import random

from reviewer.parsing.dates import _OPEN_RANGE, _OPEN_TAIL


def test_open_tail_passes_every_open_range() -> None:
    rng = random.Random(9)
    pieces = ["2019", "2021", "Sep.", "Sept 2021", "03/2020", "2022.09", " ", "  ", "\t", "-", "--", "–", "—", "~", "至", "present",
              "Now", "|", ",", ";", ":", ")", "]", "(", "Acme Ltd", "2019年3月", "\n", "x", "Jan", "'19"]
    matched = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if _OPEN_RANGE.search(text):
            matched += 1
            assert _OPEN_TAIL.search(text), text
    assert matched > 1000
