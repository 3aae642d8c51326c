"""The publication reader's screens turn away only references their pattern cannot match."""
from __future__ import annotations

import pytest

from reviewer.parsing.needles import folded, may_match
from reviewer.parsing.pubitem import _TALK_GIVEN, _TALK_NEEDLES


@pytest.mark.parametrize("text", [
    "“Flood Maps” -- talk at FOSS4G Europe, 2024", "Invited Talk to the Royal Society, 2023", "KEYNOTE for ICML 2022",
    "Talk: “Title.” PyData London, June 2024", "• Poster: Tidal Models", "Panel at NeurIPS", "Seminar for the lab",
    "Presentation at Acme", "Lecture to students", "A. Quill. Title. In ICML, 2023.", "ﬁrst talk at X", "Kelvin \u212aEYNOTE at Y",
])
def test_talk_screen_passes_every_talk(text: str) -> None:
    assert _TALK_NEEDLES is not None  # without it the talk pattern runs on every reference
    if _TALK_GIVEN.search(text):
        assert may_match(_TALK_NEEDLES, text, folded(text))
