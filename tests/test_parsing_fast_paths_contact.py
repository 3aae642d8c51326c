"""The contact readers' pre-tests turn away only lines where the full test finds nothing it keeps."""
from __future__ import annotations

import random
import re
import sys

import phonenumbers
import pytest
from phonenumbers import phonenumberutil

from reviewer.parsing.contact import (
    _FULL_LIST_NEEDLES,
    _MATCHABLE_RUN,
    _OWN_LINK_LABEL,
    _OWN_LINK_NEEDLES,
    FULL_LIST_LINK,
    _looks_like_date,
    _no_phone_run,
)
from reviewer.parsing.needles import folded, may_match


def _pattern_characters() -> re.Pattern[str]:
    """Every character phonenumbers' matcher pattern names, read from the installed package:
    lead brackets and plus signs, its punctuation class, and the extension words' characters."""
    ext = phonenumberutil._EXTN_PATTERNS_FOR_MATCHING
    ext_chars = set(re.sub(r"\\[dt]|\{\d+,\d+\}|[()?:|*+\[\]{}\\]", "", ext)) | {"\t", ":"}
    body = (phonenumberutil._VALID_PUNCTUATION + "(\\[（［" + phonenumberutil._PLUS_CHARS
            + "".join(re.escape(c) for c in sorted(ext_chars)))
    return re.compile(rf"[{body}\d]", re.I | re.U)


def test_every_character_a_match_can_hold_is_in_the_run() -> None:
    named = _pattern_characters()
    missing = [hex(cp) for cp in range(sys.maxunicode + 1)
               if named.fullmatch(chr(cp)) and not _MATCHABLE_RUN.fullmatch(chr(cp))]
    assert missing == []


_PIECES = ["2007 - 2012", "2007–2012", "2019 - 2021", "(2005 - 2007)", "2018-2019#", "+2007 - 2012", "1998 – 2003",
           "Sept 2019 - June 2021", "05/2019 - 06/2021", "2020.07-2021.09", "+44 7647 857263", "07700 900123",
           "(555) 123-4567", "138 1234 5678", "13812345678", "2007 - 2012 ext. 5", "2007 x 2012", "tel", "Tel:",
           "ext", "#", "x", "(", ")", "+", "-", " ", ", ", "University", "Ph.D.", "北京大学", "１２３４",
           "2007", "12", "345", "6789", "/", ".", "~", "доб", "anexo", "int", "Room 2020", "; ", "Ｘ", "–"]


def _texts(n: int) -> list[str]:
    rng = random.Random(7)
    texts = ["Ph.D. in Computer Science, ETH Zurich, 2013 - 2018", "B.Sc., 北京大学, 2008 - 2013",
             "Engineer (2005 - 2007)", "Tel: 2007 - 2012", "2007 - 2012#", "City | +1 415 555 0134 | a@b.org"]
    for _ in range(n):
        texts.append("".join(rng.choice(_PIECES) + rng.choice(["", " ", ", ", "-"]) for _ in range(rng.randint(1, 6))))
    return texts


@pytest.mark.parametrize("region", ["US", "GB", "CN", "DE"])
def test_no_phone_run_never_turns_away_a_kept_match(region: str) -> None:
    skipped = 0
    for text in _texts(1500):
        if not _no_phone_run(text):
            continue
        skipped += 1
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            digits = re.sub(r"\D", "", m.raw_string)
            assert len(digits) < 8 or _looks_like_date(m.raw_string), (text, m.raw_string)
    assert skipped > 300  # the test says something: many texts are turned away


@pytest.mark.parametrize(("text", "skipped"), [
    ("Ph.D. in Computer Science, ETH Zurich, 2013 - 2018", True),
    ("Sept 2019 - June 2021", True),
    ("(2005 - 2007)", False),  # a lead bracket: the matcher may start there
    ("2007 - 2012#", False),  # an extension's end mark
    ("+44 7647 857263", False),
    ("Tel 2007 - 2012 ext. 5", False),
])
def test_no_phone_run_examples(text: str, skipped: bool) -> None:
    assert _no_phone_run(text) is skipped


@pytest.mark.parametrize("text", [
    "Homepage: quill.dev", "HOME PAGE: quill.dev", "x  Personal Website: q.io", "个人主页：q.github.io",
    "| 博客: q.cn", "\tPortfolio : q.design", "Blog:q.me", "site web: q.fr", "Kelvin \u212a website: q.io",
])
def test_own_link_screen_passes_every_labelled_line(text: str) -> None:
    assert _OWN_LINK_NEEDLES is not None  # without it the label pattern is tried on every line
    if _OWN_LINK_LABEL.search(text):
        assert may_match(_OWN_LINK_NEEDLES, text, folded(text))


@pytest.mark.parametrize("text", [
    "Full list: orcid.org/0000-0001", "COMPLETE LIST of Published Work in My Bibliography: x.gov/y", "- full publication list at q.io",
    "Complete list on scholar.google.com/x", "ﬁrst full list: q", "Full\u212aist: q",
])
def test_full_list_screen_passes_every_labelled_line(text: str) -> None:
    assert _FULL_LIST_NEEDLES is not None
    if FULL_LIST_LINK.search(text):
        assert may_match(_FULL_LIST_NEEDLES, text, folded(text))
