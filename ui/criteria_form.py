"""The rubric part of the review panel: one 1-5 box per criterion (Tab goes from
one to the next; a digit types the score) and the weighted overall; shown only
when the committee has a rubric. It draws; the panel saves (`scored`)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from reviewer import operations as ops
from reviewer.rubric import Criterion
from ui.widgets import plain_label


class CriteriaForm(QWidget):
    scored = Signal(str, object)  # criterion name, 1-5 or None (cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setSpacing(4)
        self.boxes: dict[str, QSpinBox] = {}
        self.overall_label = plain_label("", wrap=False, selectable=False, dim=True)
        self.hide()

    def show_review(self, rubric: tuple[Criterion, ...], mine: ops.ReviewInfo | None) -> None:
        names = [c.name for c in rubric]
        if names != list(self.boxes):
            self._build(rubric)
        self.setVisible(bool(names))
        given = mine.criteria if mine else {}
        for name, box in self.boxes.items():
            box.blockSignals(True)  # loading is not scoring
            box.setValue(given.get(name, 0))
            box.blockSignals(False)
        if mine is not None and given and mine.overall is not None:
            self.overall_label.setText(f"Weighted overall: {mine.overall:.2f}")
        else:
            self.overall_label.setText("Weighted overall: score the criteria (Tab to move)")

    def _build(self, rubric: tuple[Criterion, ...]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.boxes = {}
        self.overall_label = plain_label("", wrap=False, selectable=False, dim=True)  # the old one went with its row
        previous: QWidget | None = None
        for criterion in rubric:
            box = QSpinBox()
            box.setRange(0, 5)
            box.setSpecialValueText("–")  # 0: not scored yet
            box.setAccessibleName(f"{criterion.name} score")
            box.setToolTip(f"{criterion.name}: 1 (weak) to 5 (strong), weight {criterion.weight:g}"
                           + (f"\n{criterion.description}" if criterion.description else ""))
            box.valueChanged.connect(lambda value, name=criterion.name: self.scored.emit(name, value or None))
            self.form.addRow(f"{criterion.name} (×{criterion.weight:g})", box)
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
            self.boxes[criterion.name] = box
        self.form.addRow(self.overall_label)
