"""The "Other reviewers" frames on the review panel: a rubric review shows its
weighted overall and the criteria, not "no score". Real widgets, no database needed:
ReviewInfo is what the core hands the window."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from reviewer import operations as ops
from ui.others_view import OthersView


def _texts(view: OthersView) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel)]


def test_a_rubric_review_shows_its_overall_and_criteria(qtbot):
    view = OthersView()
    qtbot.addWidget(view)
    rubric = ops.ReviewInfo("Ben Okafor", None, "Strong methods.", "2026-12-05T10:00:00+00:00",
                            criteria={"research": 4, "teaching": 3}, overall=3.67)
    single = ops.ReviewInfo("Cleo Park", 4, "", "2026-12-05T10:00:00+00:00", overall=4.0)
    unscored = ops.ReviewInfo("Dan Roe", None, "Will read tonight.", "2026-12-05T10:00:00+00:00")
    view.show_reviews([rubric, single, unscored], 0)
    texts = _texts(view)
    assert "Ben Okafor — 3.67 (rubric)" in texts
    assert "research 4 · teaching 3" in texts
    assert "Cleo Park — 4/5" in texts
    assert "Dan Roe — no score" in texts
