"""Other reviewers' work appears by itself: every few seconds the window reads a
cheap fingerprint of the shared data (operations.change_stamp, off the GUI
thread) and, when it moved, reloads the list and the reviews beside the profile.

Polling rather than LISTEN/NOTIFY: it works the same on SQLite (the command line
and the window on one file) and on PostgreSQL, and costs one small query. The
list keeps its selection and the comment being typed is kept (ReviewPanel).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reviewer import operations as ops
from reviewer.pending import is_unreachable
from ui.context import AppContext

POLL_MS = 2000


class LiveUpdates(QObject):
    """Calls `on_change` when the shared data changed since the last look."""

    def __init__(self, ctx: AppContext, on_change: Callable[[], None], parent: QObject | None = None,
                 *, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_change = on_change
        self._stamp: tuple | None = None
        self._asking = False  # one query at a time: a slow server must not pile them up
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if self._asking:
            return
        self._asking = True
        store = self._ctx.store

        def got(stamp: tuple) -> None:
            self._asking = False
            self._ctx.queue.server_reachable()  # the server is back: send what waits now
            changed = self._stamp is not None and stamp != self._stamp
            self._stamp = stamp
            if changed:
                self._on_change()

        def failed(error: BaseException) -> None:
            self._asking = False  # the server is away: try again at the next tick, quietly
            if is_unreachable(error):
                self._ctx.queue.server_unreachable()

        self._ctx.tasks.run(lambda _t: ops.change_stamp(store), on_done=got, on_failed=failed, owner=self)
