"""Export: the ranked shortlist, one row per review, or the HR screening matrix;
the core's filters (tag for all three, minimum score and top N for the shortlist),
a file, and an offer to open the folder afterwards. The CSV is written off the
GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from ui.context import AppContext
from ui.widgets import plain_label

# What the dialog can write: (label, default file name, operation, unit of a row).
KINDS = {
    "shortlist": ("Ranked shortlist (one row per candidate)", "shortlist.csv", ops.export_shortlist, "candidate"),
    "reviews": ("Reviews (one row per review: reviewer, criteria, comment, time)", "reviews.csv",
                ops.export_reviews, "review"),
    "screening": ("HR screening matrix (per criterion, stage, reason for exclusion)", "screening.csv",
                  ops.export_screening, "applicant"),
}


class ExportDialog(QDialog):
    """Choose what to export, filters and a file, write the CSV, then offer its folder."""

    exported = Signal(str, int)  # path, rows written

    def __init__(self, ctx: AppContext, *, tags: list[str], default_dir: str, parent: QWidget | None = None,
                 preset_tag: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Export")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            "Writes a CSV that opens in Excel and LibreOffice. The shortlist: rank, name, contact, "
            "aggregates, scores per reviewer and per criterion, stage, tags, degree, position, "
            "publications, warnings, corrections and comments; or one row per review; or the HR "
            "screening matrix.",
            selectable=False))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName("What to export")
        for key, (label, *_rest) in KINDS.items():
            self.kind.addItem(label, key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow("Export", self.kind)
        self.tag = QComboBox()
        self.tag.addItem("Any tag", None)
        for t in tags:
            self.tag.addItem(t, t)
        if preset_tag and preset_tag in tags:
            self.tag.setCurrentIndex(tags.index(preset_tag) + 1)
        form.addRow("Only tagged", self.tag)
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0.0, 5.0)
        self.min_score.setSingleStep(0.5)
        self.min_score.setDecimals(1)
        self.min_score.setSpecialValueText("No minimum")
        form.addRow("Minimum mean score", self.min_score)
        self.top = QSpinBox()
        self.top.setRange(0, 100_000)
        self.top.setSpecialValueText("All candidates")
        form.addRow("Top N", self.top)
        self.path = QLineEdit(ctx.settings.last_export_path or str(Path(default_dir) / "shortlist.csv"))
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow("Save as", row)
        layout.addLayout(form)
        self.status = plain_label("", selectable=False, dim=True)
        self.status.hide()  # only while writing
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def filters(self) -> dict[str, object]:
        if self.kind.currentData() != "shortlist":  # minimum score and top N choose shortlist rows
            return {"tag": self.tag.currentData()}
        return {
            "tag": self.tag.currentData(),
            "min_score": self.min_score.value() or None,
            "top": self.top.value() or None,
        }

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        shortlist = kind == "shortlist"
        self.min_score.setEnabled(shortlist)
        self.top.setEnabled(shortlist)
        # Follow the kind with the file name, unless the reviewer typed a name of their own.
        current = Path(self.path.text())
        if current.name in {name for _label, name, *_ in KINDS.values()}:
            self.path.setText(str(current.with_name(KINDS[kind][1])))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export", self.path.text(), "CSV files (*.csv)")
        if path:
            self.path.setText(path if path.lower().endswith(".csv") else path + ".csv")

    def export(self) -> None:
        target = self.path.text().strip()
        if not target:
            self._browse()
            target = self.path.text().strip()
            if not target:
                return
        path = Path(target).expanduser()
        if not path.parent.is_dir():
            QMessageBox.warning(self, "Export", f"The folder {path.parent} does not exist.")
            return
        filters, store = self.filters(), self._ctx.store
        _label, _name, write, unit = KINDS[self.kind.currentData()]
        self.export_button.setEnabled(False)
        self.status.setText("Writing…")
        self.status.show()
        self._ctx.tasks.run(lambda _t: write(store, path, **filters),  # type: ignore[operator, arg-type]
                            on_done=lambda n: self._written(path, n, unit), on_failed=self._failed, owner=self)

    def _written(self, path: Path, rows: int, unit: str = "candidate") -> None:
        self._ctx.settings.last_export_path = str(path)
        self.exported.emit(str(path), rows)
        self.accept()
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Exported")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"Wrote {rows} {unit}{'s' if rows != 1 else ''} to\n{path}")
        open_button = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.hide()
        QMessageBox.warning(self, "Export", f"The CSV could not be written:\n{error}")
