"""The parsed profile laid out for reading: dated timelines, publications with the
candidate's author position highlighted, interests, awards, skills, warnings.

Every CV value is shown as plain text; the author line is the one composed HTML
and escapes each author (see ui.formatting.authors_html).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reviewer.profile import Profile, Publication
from ui.formatting import authors_html, date_range, degree_text, position_badge
from ui.style import tint
from ui.widgets import plain_label

DATE_COLUMN_WIDTH = 130


class ProfileView(QScrollArea):
    """Scrollable, read-only rendering of one `Profile`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self.setWidget(self._content)

    def show_profile(self, profile: Profile, *, display_name: str | None = None) -> None:
        content = QWidget()
        content.setBackgroundRole(QPalette.ColorRole.Base)
        content.setAutoFillBackground(True)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 12, 18, 18)
        layout.setSpacing(6)
        name = display_name or profile.name

        if profile.warnings:
            layout.addWidget(_warnings_box(profile.warnings, self.palette()))
        if profile.research_interests:
            layout.addWidget(_heading("Research interests"))
            layout.addWidget(plain_label(" · ".join(profile.research_interests)))
        if profile.education:
            layout.addWidget(_heading("Education"))
            rows = []
            for e in profile.education:
                title = degree_text(e.degree, e.field) or (e.degree_level or "Degree").title()
                rows.append((date_range(e.start, e.end), title, e.institution or ""))
            layout.addWidget(_timeline(rows))
        if profile.experience:
            layout.addWidget(_heading("Experience"))
            rows = [(date_range(x.start, x.end), x.title or x.organization or "", x.organization if x.title else "")
                    for x in profile.experience]
            layout.addWidget(_timeline([(d, t, o or "") for d, t, o in rows]))
        if profile.publications:
            firsts = profile.first_author_count()
            layout.addWidget(_heading(f"Publications ({len(profile.publications)}, {firsts} first-author)"))
            for pub in profile.publications:
                layout.addWidget(_publication(pub, name, self.palette()))
        if profile.awards:
            layout.addWidget(_heading("Awards"))
            layout.addWidget(_timeline([(str(a.year or ""), a.title, "") for a in profile.awards]))
        if profile.skills:
            layout.addWidget(_heading("Skills"))
            layout.addWidget(plain_label(", ".join(profile.skills)))
        if not any((profile.education, profile.experience, profile.publications, profile.research_interests,
                    profile.awards, profile.skills)):
            layout.addWidget(plain_label("The parser found no sections in this document. "
                                         "Open the original document to read it.", dim=True))
        layout.addStretch(1)
        self._content = content
        self.setWidget(content)
        self.verticalScrollBar().setValue(0)


def _heading(text: str) -> QLabel:
    label = plain_label(text, wrap=False, selectable=False, scale=1.15, bold=True)
    label.setContentsMargins(0, 10, 0, 2)
    label.setAccessibleName(text)
    return label


def _timeline(rows: list[tuple[str, str, str]]) -> QWidget:
    """Date on the left, title (bold) and place (dimmed) on the right."""
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(6)
    grid.setColumnMinimumWidth(0, DATE_COLUMN_WIDTH)
    grid.setColumnStretch(1, 1)
    for i, (dates, title, place) in enumerate(rows):
        date = plain_label(dates, wrap=False, dim=True)
        date.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(date, i, 0, Qt.AlignmentFlag.AlignTop)
        cell = QWidget()
        v = QVBoxLayout(cell)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(plain_label(title, bold=True))
        if place:
            v.addWidget(plain_label(place, dim=True))
        grid.addWidget(cell, i, 1)
    return box


def _publication(pub: Publication, candidate_name: str | None, palette: QPalette) -> QWidget:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 2, 0, 4)
    grid.setHorizontalSpacing(14)
    grid.setVerticalSpacing(1)
    grid.setColumnMinimumWidth(0, DATE_COLUMN_WIDTH)
    grid.setColumnStretch(1, 1)
    venue = " ".join(x for x in (pub.venue or "", str(pub.year) if pub.year else "") if x)
    left = plain_label(venue, dim=True)
    left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    grid.addWidget(left, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(plain_label(pub.title or "(untitled)", bold=True), 0, 1)
    if pub.authors:
        authors = QLabel()
        authors.setTextFormat(Qt.TextFormat.RichText)  # escaped per author in authors_html
        authors.setText(authors_html(pub, candidate_name))
        authors.setWordWrap(True)
        authors.setOpenExternalLinks(False)
        authors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(authors, 1, 1)
    badge = position_badge(pub)
    if badge:
        chip = plain_label(badge, wrap=False, selectable=False, scale=0.85)
        chip.setObjectName("badge")
        good = tint(palette, "good").name()
        chip.setStyleSheet(f"#badge {{ background: {good}; border-radius: 6px; padding: 0 6px; }}")
        grid.addWidget(chip, 0, 2, Qt.AlignmentFlag.AlignTop)
    return box


def _warnings_box(warnings: list[str], palette: QPalette) -> QWidget:
    box = QFrame()
    box.setObjectName("warnings")
    box.setStyleSheet(f"#warnings {{ background: {tint(palette, 'warn').name()}; border-radius: 6px; }}")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.setSpacing(2)
    layout.addWidget(plain_label("The parser was unsure about:", bold=True, selectable=False))
    for warning in warnings:
        layout.addWidget(plain_label(f"• {warning}"))
    layout.addWidget(plain_label("Check these against the original document.", dim=True, selectable=False))
    return box
