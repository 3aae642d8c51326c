"""Small building blocks: plain-text labels, safe link buttons, a flow layout for chips."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from ui.formatting import is_safe_url, link_for, plain_markup
from ui.style import scaled_font


def plain_label(text: str, *, wrap: bool = True, selectable: bool = True, dim: bool = False,
                scale: float = 1.0, bold: bool = False, parent: QWidget | None = None) -> QLabel:
    """A label for CV data: always Qt.PlainText, so nothing in a CV is read as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if scale != 1.0 or bold:
        label.setFont(scaled_font(label.font(), scale, bold=bold))
    if dim:
        # A role, not a fixed colour, so the label follows a switch between light and dark.
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def open_safe_url(url: str) -> bool:
    """Open http, https and mailto links in the desktop's handler; refuse anything else."""
    if not is_safe_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))


class LinkButton(QPushButton):
    """A flat, link-coloured button for a URL or e-mail taken from a CV."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.url = link_for(value)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.url else Qt.CursorShape.ArrowCursor)
        self.setEnabled(self.url is not None)
        self.setToolTip(self.url or "Not opened: only http, https and mailto links open")
        self.setStyleSheet("QPushButton { padding: 0 2px; text-align: left; border: none; }")
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.ButtonText, pal.color(QPalette.ColorRole.Link))
        self.setPalette(pal)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.clicked.connect(lambda: self.url and open_safe_url(self.url))


class Chip(QWidget):
    """A tag shown as a rounded chip with a remove button."""

    remove_requested = Signal(str)

    def __init__(self, text: str, *, removable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2 if removable else 8, 1)
        layout.setSpacing(2)
        label = plain_label(text, wrap=False, selectable=False)
        layout.addWidget(label)
        if removable:
            button = QToolButton(self)
            button.setText("×")
            button.setAutoRaise(True)
            button.setToolTip(plain_markup(f"Remove tag “{text}”"))
            button.setAccessibleName(f"Remove tag {text}")
            button.clicked.connect(lambda: self.remove_requested.emit(self.text))
            layout.addWidget(button)
        self.setObjectName("chip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#chip { border: 1px solid palette(mid); border-radius: 10px;"
                           " background: palette(alternate-base); }")


class FlowLayout(QLayout):
    """Lays children left to right and wraps, like words in a paragraph (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 2) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            if item.widget():
                item.widget().deleteLater()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + self._line_spacing, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return widget
