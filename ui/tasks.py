"""Background work with callbacks delivered on the GUI thread (Anki's taskman, Picard's thread util).

`TaskManager.run` sends a function to a small pool of reader threads;
`TaskManager.write` sends it to a single writer thread, so database writes
happen one at a time and in the order the reviewer made them. Either way the
function's result (or exception) and any progress it reports come back to the
callbacks on the GUI thread, through a queued signal.

The function runs off the GUI thread: it must never touch a widget or an item
model. It receives a `TaskContext` for progress and cancellation.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[Any], None]


class TaskContext:
    """Handed to the background function: report progress, check for cancellation."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, value: Any) -> None:
        self._relay.progressed.emit(value)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker arrive here queued."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(self, manager: TaskManager, on_done: Done | None, on_failed: Failed | None,
                 on_progress: Progress | None, owner: QObject | None) -> None:
        super().__init__(manager)
        self._manager = manager
        self._owner = owner
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        self.finished.connect(self._finish)
        self.failed.connect(self._fail)
        self.progressed.connect(self._progress)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _finish(self, result: object) -> None:
        try:
            if self._on_done and self._owner_alive() and _alive(self._on_done):
                self._on_done(result)
        finally:
            self._manager._forget(self)

    @Slot(object)
    def _fail(self, error: object) -> None:
        try:
            handler = self._on_failed or self._manager.default_failure
            if self._owner_alive() and _alive(handler):
                handler(error)  # type: ignore[arg-type]
        finally:
            self._manager._forget(self)

    @Slot(object)
    def _progress(self, value: object) -> None:
        if self._on_progress and self._owner_alive() and _alive(self._on_progress):
            self._on_progress(value)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._context, self._relay = fn, context, relay

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._fn(self._context)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.finished.emit(result)


class TaskManager(QObject):
    """Owns the reader pool and the serial writer lane. One per main window."""

    all_idle = Signal()

    def __init__(self, parent: QObject | None = None, *, readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # the serial lane: writes never overlap or reorder
        self._live: set[_Relay] = set()
        self._threads: set[threading.Thread] = set()
        self.default_failure: Failed = _print_failure

    def run(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
            on_failed: Failed | None = None, on_progress: Progress | None = None,
            owner: QObject | None = None) -> TaskContext:
        """Run a read off the GUI thread. Callbacks are dropped if `owner` (or the
        object of a bound-method callback) was deleted meanwhile."""
        return self._submit(self._readers, fn, on_done, on_failed, on_progress, owner)

    def run_long(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
                 on_failed: Failed | None = None, on_progress: Progress | None = None,
                 owner: QObject | None = None) -> TaskContext:
        """Run a long job (an import) on a thread of its own, so it never occupies a reader.
        Its priority is left alone on purpose: it shares the GIL with the GUI thread, and
        a lowered holder that the OS preempts keeps the GUI waiting (the parser
        processes it starts lower their own priority, see reviewer/workers.py)."""
        return self._submit(None, fn, on_done, on_failed, on_progress, owner)

    def write(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
              on_failed: Failed | None = None, owner: QObject | None = None) -> TaskContext:
        """Run a database write on the single writer thread, after every earlier write."""
        return self._submit(self._writer, fn, on_done, on_failed, None, owner)

    def busy(self) -> bool:
        return bool(self._live)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every job has ended (used when closing, never while the user works)."""
        for thread in list(self._threads):
            thread.join(msecs / 1000)
        self._threads = {t for t in self._threads if t.is_alive()}
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs) and not self._threads

    def _submit(self, pool: QThreadPool | None, fn: Callable[[TaskContext], Any], on_done: Done | None,
                on_failed: Failed | None, on_progress: Progress | None, owner: QObject | None) -> TaskContext:
        relay = _Relay(self, on_done, on_failed, on_progress, owner)
        self._live.add(relay)  # keep the relay alive until its result is delivered
        context = TaskContext(relay)
        runnable = _Runnable(fn, context, relay)
        if pool is None:
            thread = threading.Thread(target=runnable.run, name="cv-reviewer-long-task", daemon=True)
            self._threads.add(thread)
            thread.start()
        else:
            pool.start(runnable)
        return context

    def _forget(self, relay: _Relay) -> None:
        self._live.discard(relay)
        relay.deleteLater()
        if not self._live:
            self.all_idle.emit()


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget that was deleted while the
    work ran (a closed window): its result has nowhere to go."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _print_failure(error: BaseException) -> None:
    print(getattr(error, "__traceback_text__", repr(error)))
