"""Pattern helpers: splitting at top-level "|" and writing a shared leading \\b once."""
from __future__ import annotations

import re

import pytest

from reviewer.parsing.patterns import alternatives, factor_boundaries


def test_alternatives_split_only_at_the_top_level() -> None:
    assert alternatives(r"\bab\b|c(?:d|e)|\(f|g\)") == [r"\bab\b", "c(?:d|e)", r"\(f", r"g\)"]


def test_factor_boundaries_groups_neighbouring_word_alternatives() -> None:
    assert factor_boundaries(r"(?i)\bphd\b|\bdphil\b|博士|\bba\b") == r"(?i)\b(?:phd\b|dphil\b)|博士|\bba\b"


@pytest.mark.parametrize("text", [
    "PhD in Physics", "a dphil", "博士后", "BA (Hons)", "xphd", "phd-", "", "Visiting student, BA",
])
def test_factored_pattern_finds_the_same_match(text: str) -> None:
    pattern = r"(?i)\bphd\b|\bdphil\b|博士(?!后)|\bba\b(?!\w)|\bvisiting\b"
    a, b = re.search(pattern, text), re.search(factor_boundaries(pattern), text)
    assert (a and a.span()) == (b and b.span())
