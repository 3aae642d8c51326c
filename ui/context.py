"""The services a view needs, passed into constructors instead of reached as globals.

`AppContext.write` is how every view changes data: the operation runs on the
serial writer lane and its `Changes` value is broadcast on `ChangeBus.changed`
on the GUI thread, so every view refreshes from one signal and decides itself
what to redraw (Anki's `operation_did_execute`). A reviewer's own action is
passed as data (`reviewer.pending.write(...)`) and goes through the one
`WriteQueue` (ui/write_queue.py), which keeps it while the server is away.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from reviewer.operations import Changes
from reviewer.pending import PendingWrite, is_unreachable
from ui.settings import Settings
from ui.tasks import TaskContext, TaskManager
from ui.write_queue import WriteQueue

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
    pending_file: Path | None = None  # where writes wait while the server is away (None: memory only)
    queue: WriteQueue = field(init=False)

    def __post_init__(self) -> None:
        self.queue = WriteQueue(self.tasks, self.store, path=self.pending_file, on_error=self._report,
                                parent=self.tasks)
        self.queue.saved.connect(self.bus.changed.emit)

    @property
    def reviewer(self) -> str:
        # A committee member reviews as their login's reviewer: the database would
        # refuse anything saved under another name.
        return self.member or self.settings.reviewer_name

    def write(self, op: PendingWrite | Callable[[], Changes], *,
              on_done: Callable[[Changes], None] | None = None,
              on_failed: Callable[[BaseException], None] | None = None,
              owner: QObject | None = None) -> None:
        """Save a reviewer's action (a PendingWrite: queued, kept while the server is
        away) or run `op`, a closure over an operations call that must not wait (a
        deletion), on the writer lane; either way broadcast its Changes."""
        if isinstance(op, PendingWrite):
            self.queue.submit(op, on_done=on_done, on_failed=on_failed, owner=owner)
            return

        def done(changes: Changes) -> None:
            # The write happened even if the view that asked is gone: always broadcast.
            if on_done and (owner is None or shiboken6.isValid(owner)):
                on_done(changes)
            self.bus.changed.emit(changes)

        def failed(error: BaseException) -> None:
            if on_failed and (owner is None or shiboken6.isValid(owner)):
                on_failed(error)
            else:
                self._report(error)

        self.tasks.write(lambda _ctx: op(), on_done=done, on_failed=failed)

    def read(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
             owner: QObject | None = None,
             on_failed: Callable[[BaseException], None] | None = None) -> TaskContext:
        """Run a query off the GUI thread and hand its result to `on_done` on the GUI thread
        (unless `owner` was deleted meanwhile). While the server is away a failed read
        leaves the view showing what it last loaded. A failure is reported either way;
        `on_failed` lets the view also end what it was waiting for."""

        def got(result: Any) -> None:
            self.queue.server_reachable()
            on_done(result)

        def failed(error: BaseException) -> None:
            if on_failed is not None:
                on_failed(error)
            self._report(error)

        return self.tasks.run(lambda _ctx: fn(), on_done=got, on_failed=failed, owner=owner)

    def read_in_steps(self, steps: Callable[[], Iterable[Any]], on_step: Callable[[Any], None], *,
                      owner: QObject | None = None) -> TaskContext:
        """`read` for a query whose results come one after another (a first screenful,
        then the whole list): each reaches `on_step` on the GUI thread, in order."""

        def run(context: TaskContext) -> None:
            for value in steps():
                context.progress(value)

        return self.tasks.run(run, on_done=lambda _none: self.queue.server_reachable(), on_progress=on_step,
                              on_failed=self._report, owner=owner)

    def _report(self, error: BaseException) -> None:
        if is_unreachable(error):
            self.queue.server_unreachable()  # one line in the status bar, not one per failed query
            return
        self.bus.failed.emit(f"{type(error).__name__}: {error}")
