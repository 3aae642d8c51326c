"""The other reviewers' scores and comments under one's own review (drawn only;
the review panel decides which reviews to pass)."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from reviewer import operations as ops
from ui.widgets import plain_label


class OthersView(QWidget):
    """A title and one small frame per other reviewer; a note when the committee
    hides their reviews until one's own score is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.title = plain_label("Other reviewers", wrap=False, selectable=False, bold=True)
        outer.addWidget(self.title)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        outer.addLayout(self.rows)

    def show_reviews(self, others: list[ops.ReviewInfo], hidden: int, *, conflicted: bool = False) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.title.setVisible(bool(others) or bool(hidden))
        if hidden:
            until = ("while you have a conflict of interest with this candidate" if conflicted
                     else "until you score this candidate (the committee's setting, so nobody anchors on "
                          "another's score)")
            note = plain_label(f"{hidden} other review{'s are' if hidden > 1 else ' is'} hidden {until}.", dim=True)
            note.setObjectName("hiddenReviews")
            self.rows.addWidget(note)
        for r in others:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            v = QVBoxLayout(frame)
            v.setContentsMargins(8, 4, 8, 4)
            v.setSpacing(1)
            v.addWidget(plain_label(f"{r.reviewer} — {review_score_text(r)}", bold=True))
            if r.criteria:
                v.addWidget(plain_label(" · ".join(f"{name} {value}" for name, value in r.criteria.items()),
                                        dim=True))
            if r.comment:
                v.addWidget(plain_label(r.comment))
            if r.on_previous_cv:
                v.addWidget(plain_label("scored on the previous CV version", dim=True, scale=0.9))
            self.rows.addWidget(frame)


def review_score_text(review: ops.ReviewInfo) -> str:
    """"4/5" for a single score; with a rubric, the weighted overall of the criteria."""
    if review.criteria and review.overall is not None:
        return f"{review.overall:.2f} (rubric)".replace(".00 ", " ")
    return f"{review.score}/5" if review.score is not None else "no score"
