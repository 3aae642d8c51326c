"""An author list is read once per stripped text; each asking still gets its own bold marks."""
from __future__ import annotations

import pytest

from reviewer.parsing.authors import _named_parts, _split_authors, split_authors

_TEXTS = ["Lena Park, Tomas Oyelaran.", "Lena Park, Tomas Oyelaran", " Lena Park, Tomas Oyelaran; ",
          "Xu, J., Park, L. and Diaz, A.", "Sparse Mixture Models for Tides.", "张三, 李四", "Quill D, Osei HM"]


def _fresh(text: str, bold: list[str] | None) -> list | None:
    _split_authors.cache_clear()
    _named_parts.cache_clear()
    return split_authors(text, bold)


@pytest.mark.parametrize("bold", [None, ["Lena Park"], ["Park, L."], ["张三"]])
def test_cached_reading_is_a_fresh_reading(bold: list[str] | None) -> None:
    for text in _TEXTS + _TEXTS[::-1]:  # every text asked after the others were read
        assert split_authors(text, bold) == _fresh(text, bold)
        for other in _TEXTS:
            split_authors(other, None)


def test_one_reading_two_askings_with_their_own_bold_marks() -> None:
    _fresh("Lena Park, Tomas Oyelaran.", None)
    bold = split_authors("Lena Park, Tomas Oyelaran", ["Lena Park"])
    plain = split_authors("Lena Park, Tomas Oyelaran.")
    assert bold is not None and plain is not None
    assert [a.bold for a in bold] == [True, False]
    assert [a.bold for a in plain] == [False, False]
    assert [a.name for a in bold] == [a.name for a in plain] == ["Lena Park", "Tomas Oyelaran"]
