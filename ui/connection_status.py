"""The status bar's word on the server: shown while it cannot be reached, or while
writes kept from an earlier session are being saved; gone when all is saved."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from ui.write_queue import QueueState, WriteQueue

BACK_MS = 8000  # how long "saved" stays after the server came back


def status_text(state: QueueState) -> str:
    """The line for the queue's state ("" when all is saved and the server answers)."""
    if not state.online:
        waiting = f" ({state.waiting} waiting)" if state.waiting else ""
        return f"Server unreachable — your changes are kept and will be saved when it is back{waiting}"
    if state.from_last_time:
        return f"Saving {state.from_last_time} changes kept from when the server was unreachable…"
    return ""


class ConnectionStatus(QLabel):
    """A permanent status-bar label: temporary messages (menu tips, errors) never hide it."""

    def __init__(self, queue: WriteQueue, bar: QStatusBar) -> None:
        super().__init__()
        self._bar = bar
        self._was_offline = False
        self.setObjectName("connectionStatus")
        self.setStyleSheet("QLabel#connectionStatus { color: #b35c00; font-weight: 600; }")
        self.setAccessibleName("Connection to the database server")
        bar.addPermanentWidget(self)
        self.hide()
        queue.state_changed.connect(self.show_state)
        self.show_state(queue.state())

    def show_state(self, state: QueueState) -> None:
        text = status_text(state)
        self.setText(text)
        self.setVisible(bool(text))
        if state.online and self._was_offline and not state.waiting:
            self._bar.showMessage("The server is back: your changes are saved", BACK_MS)
        self._was_offline = not state.online
