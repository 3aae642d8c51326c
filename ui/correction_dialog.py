"""Correct parsed fields by hand: the name, the publication count, contact lists,
interests and skills.

What a person types here is stored as a correction by the core and wins over
the parser on every re-import; clearing a field removes the correction and
brings the parsed value back.
"""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.identity import publication_counts
from reviewer.operations import CandidateDetail
from ui.widgets import plain_label

# field -> label; list fields are edited one value per line (the core also accepts ";").
LIST_FIELDS = {"emails": "E-mails", "phones": "Phones", "links": "Links",
               "research_interests": "Research interests", "skills": "Skills"}


class CorrectionDialog(QDialog):
    def __init__(self, detail: CandidateDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle("Correct parsed fields")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label("Your corrections are kept when the CVs are imported or parsed again. "
                                     "Empty a field to go back to what the parser found.",
                                     selectable=False, dim=True))
        form = QFormLayout()
        profile = detail.profile
        self.name = QLineEdit(profile.name or "")
        form.addRow("Name", self.name)
        # The count of publications, for a list the parser could not read (or miscounted):
        # it wins over the parsed count in the list, Compare and the CSV.
        self.pub_count = QLineEdit(detail.corrections.get("publications", ""))
        self.pub_count.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.pub_count))
        parsed, _ = publication_counts(profile, None)
        self.pub_count.setPlaceholderText(f"as parsed: {parsed}" if parsed is not None else "unknown: type the count")
        form.addRow("Publications (count)", self.pub_count)
        self.lists: dict[str, QPlainTextEdit] = {}
        for field, label in LIST_FIELDS.items():
            edit = QPlainTextEdit("\n".join(getattr(profile, field)))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            self.lists[field] = edit
            form.addRow(label, edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str | None]:
        """field -> new value (None removes the correction) for every field the reviewer changed."""
        out: dict[str, str | None] = {}
        profile = self.detail.profile
        name = " ".join(self.name.text().split())
        if name != (profile.name or ""):
            out["name"] = name or None
        count = self.pub_count.text().strip()
        if count != self.detail.corrections.get("publications", ""):
            out["publications"] = count or None
        for field, edit in self.lists.items():
            values = [v.strip() for v in edit.toPlainText().splitlines() if v.strip()]
            if values != list(getattr(profile, field)):
                out[field] = "\n".join(values) or None
        return out
