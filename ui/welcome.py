"""The first screen of an empty database: open a folder, or try the sample CVs."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ui.widgets import plain_label


class WelcomePage(QWidget):
    open_folder = Signal()
    open_samples = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = plain_label("Review a folder of CVs", wrap=False, selectable=False, scale=1.8, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = plain_label(
            "Open the folder with the applications (PDF, DOCX, TXT, Markdown). Each CV is read into a "
            "profile you can score, tag, comment and compare. You can also drop a folder on this window.",
            selectable=False, dim=True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A word-wrapped label centred in a box layout is laid out at its narrowest
        # width with a one-line height (the text came out cut to two half-lines):
        # give it its width and the height that width needs.
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        self.explanation = text
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        self.open_button = QPushButton("Open folder…")
        self.open_button.setDefault(True)
        self.open_button.setMinimumWidth(220)
        self.open_button.clicked.connect(self.open_folder)
        self.samples_button = QPushButton("Open sample CVs")
        self.samples_button.setMinimumWidth(220)
        self.samples_button.setToolTip("A handful of CVs of invented people, to try the app")
        self.samples_button.clicked.connect(self.open_samples)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.samples_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
