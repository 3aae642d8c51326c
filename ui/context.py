"""The services a view needs, passed into constructors instead of reached as globals.

`AppContext.write` is how every view changes data: the operation runs on the
serial writer lane and its `Changes` value is broadcast on `ChangeBus.changed`
on the GUI thread, so every view refreshes from one signal and decides itself
what to redraw (Anki's `operation_did_execute`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from reviewer.operations import Changes
from ui.settings import Settings
from ui.tasks import TaskContext, TaskManager

if TYPE_CHECKING:
    from db.store import Store


class ChangeBus(QObject):
    """One signal for every data change, carrying an `operations.Changes`."""

    changed = Signal(object)
    reviewer_changed = Signal(str)
    failed = Signal(str)  # a user-facing message for a failed background operation


@dataclass
class AppContext:
    store: Store
    tasks: TaskManager
    settings: Settings
    bus: ChangeBus
    member: str | None = None  # on a shared committee: the reviewer the login belongs to

    @property
    def reviewer(self) -> str:
        # A committee member reviews as their login's reviewer: the database would
        # refuse anything saved under another name.
        return self.member or self.settings.reviewer_name

    def write(self, op: Callable[[], Changes], *, on_done: Callable[[Changes], None] | None = None,
              owner: QObject | None = None) -> None:
        """Run `op` (a closure over an operations call) on the writer lane, then broadcast its Changes."""

        def done(changes: Changes) -> None:
            # The write happened even if the view that asked is gone: always broadcast.
            if on_done and (owner is None or shiboken6.isValid(owner)):
                on_done(changes)
            self.bus.changed.emit(changes)

        self.tasks.write(lambda _ctx: op(), on_done=done, on_failed=self._report)

    def read(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
             owner: QObject | None = None) -> TaskContext:
        """Run a query off the GUI thread and hand its result to `on_done` on the GUI thread
        (unless `owner` was deleted meanwhile)."""
        return self.tasks.run(lambda _ctx: fn(), on_done=on_done, on_failed=self._report, owner=owner)

    def _report(self, error: BaseException) -> None:
        self.bus.failed.emit(f"{type(error).__name__}: {error}")
