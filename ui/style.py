"""Light and dark palettes over the platform's native style, plus the few colours the views share.

Highlight tints are chosen per scheme so that both stay readable.
"""
from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(0x1E, 0x1F, 0x22), QColor(0x2B, 0x2D, 0x30), QColor(0xE6, 0xE6, 0xE6)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(0x26, 0x28, 0x2B))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(0xFF, 0x6B, 0x6B))
    p.setColor(QPalette.ColorRole.Link, QColor(0x6C, 0xB4, 0xFF))
    p.setColor(QPalette.ColorRole.Highlight, QColor(0x2F, 0x65, 0xCA))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(0xFF, 0xFF, 0xFF))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(0x8C, 0x8C, 0x8C))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(0x80, 0x80, 0x80))
    return p


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application to `theme` ("system" follows the desktop).

    The platform's own style is kept; only the Windows "vista" style, which
    ignores palettes, is swapped for Fusion when a dark palette is asked for.
    """
    hints = app.styleHints()
    if theme == "dark" and app.style().name().lower() == "windowsvista":
        app.setStyle(QStyleFactory.create("Fusion"))
    if theme == "system":
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
    elif theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
    else:
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    # Style sheets resolve palette(...) when they are set: set them again under the new palette.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(palette: QPalette, kind: Literal["diff", "missing", "good", "warn", "accent"]) -> QColor:
    """A soft background colour for highlighted cells, readable in either scheme."""
    dark = is_dark(palette)
    table = {
        "diff": ("#FFF4CC", "#4A4220"),
        "missing": ("#F1F1F1", "#34363A"),
        "good": ("#DDF3E4", "#1F4630"),
        "warn": ("#FDE2E1", "#5A2A2A"),
        "accent": ("#E3EDFD", "#23395B"),
    }
    return QColor(table[kind][1 if dark else 0])


def muted(palette: QPalette) -> QColor:
    """Secondary text (dates, counts): between text and background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() * 3 + back.red() * 2) // 5, (text.green() * 3 + back.green() * 2) // 5,
                  (text.blue() * 3 + back.blue() * 2) // 5)


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font
