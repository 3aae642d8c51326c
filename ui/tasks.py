"""Background work with callbacks delivered on the GUI thread (Anki's taskman, Picard's thread util).

`TaskManager.run` sends a function to a small pool of reader threads;
`TaskManager.write` sends it to a single writer thread, so database writes
happen one at a time and in the order the reviewer made them; `run_long`
gives a long job (an import) a thread of its own. Either way the function's
result (or exception) and any progress it reports come back to the callbacks
on the GUI thread, through queued signals of one relay object.

The function runs off the GUI thread: it must never touch a widget or an item
model. It receives a `TaskContext` for progress and cancellation.
"""
from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted from workers, arrive queued."""

    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, object)


class TaskContext:
    """Handed to the background function: report progress, check for cancellation."""

    def __init__(self, relay: _Relay, task_id: int) -> None:
        self._relay = relay
        self._id = task_id
        self._cancel = threading.Event()

    def progress(self, value: Any) -> None:
        self._relay.progressed.emit(self._id, value)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Callbacks:
    on_done: Done | None
    on_failed: Failed | None
    on_progress: Progress | None
    owner: QObject | None

    def alive(self, callback: Callable[..., Any]) -> bool:
        """False when the owner, or the object of a bound-method callback, was deleted
        while the work ran (a closed window): its result has nowhere to go."""
        if self.owner is not None and not shiboken6.isValid(self.owner):
            return False
        target = getattr(callback, "__self__", None)
        return not isinstance(target, QObject) or shiboken6.isValid(target)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay, task_id: int) -> None:
        super().__init__()
        self._fn, self._context, self._relay, self._id = fn, context, relay, task_id

    def run(self) -> None:  # worker thread: no widgets here
        try:
            result = self._fn(self._context)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(self._id, error)
        else:
            self._relay.finished.emit(self._id, result)


class TaskManager(QObject):
    """Owns the reader pool, the serial writer lane and long-job threads. One per main window."""

    all_idle = Signal()

    def __init__(self, parent: QObject | None = None, *, readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # the serial lane: writes never overlap or reorder
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._relay.failed.connect(self._fail)
        self._relay.progressed.connect(self._progress)
        self._ids = itertools.count(1)
        self._live: dict[int, _Callbacks] = {}
        self._threads: set[threading.Thread] = set()
        self.default_failure: Failed = _print_failure

    def run(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
            on_failed: Failed | None = None, on_progress: Progress | None = None,
            owner: QObject | None = None) -> TaskContext:
        """Run a read off the GUI thread. Callbacks are dropped if `owner` (or the
        object of a bound-method callback) was deleted meanwhile."""
        return self._submit(self._readers, fn, _Callbacks(on_done, on_failed, on_progress, owner))

    def run_long(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
                 on_failed: Failed | None = None, on_progress: Progress | None = None,
                 owner: QObject | None = None) -> TaskContext:
        """Run a long job (an import) on a thread of its own, so it never occupies a reader.
        Its priority is left alone on purpose: it shares the GIL with the GUI thread, and
        a lowered holder that the OS preempts keeps the GUI waiting (the parser
        processes it starts lower their own priority, see reviewer/workers.py)."""
        return self._submit(None, fn, _Callbacks(on_done, on_failed, on_progress, owner))

    def write(self, fn: Callable[[TaskContext], Any], *, on_done: Done | None = None,
              on_failed: Failed | None = None, owner: QObject | None = None) -> TaskContext:
        """Run a database write on the single writer thread, after every earlier write."""
        return self._submit(self._writer, fn, _Callbacks(on_done, on_failed, None, owner))

    def busy(self) -> bool:
        return bool(self._live)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every job has ended (used when closing, never while the user works)."""
        for thread in list(self._threads):
            thread.join(msecs / 1000)
        self._threads = {t for t in self._threads if t.is_alive()}
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs) and not self._threads

    def _submit(self, pool: QThreadPool | None, fn: Callable[[TaskContext], Any],
                callbacks: _Callbacks) -> TaskContext:
        task_id = next(self._ids)
        self._live[task_id] = callbacks
        context = TaskContext(self._relay, task_id)
        runnable = _Runnable(fn, context, self._relay, task_id)
        if pool is None:
            thread = threading.Thread(target=runnable.run, name="cv-reviewer-long-task", daemon=True)
            self._threads = {t for t in self._threads if t.is_alive()} | {thread}
            thread.start()
        else:
            pool.start(runnable)
        return context

    @Slot(int, object)
    def _finish(self, task_id: int, result: object) -> None:
        callbacks = self._pop(task_id)
        try:
            if callbacks and callbacks.on_done and callbacks.alive(callbacks.on_done):
                callbacks.on_done(result)
        finally:
            self._maybe_idle()

    @Slot(int, object)
    def _fail(self, task_id: int, error: object) -> None:
        callbacks = self._pop(task_id)
        handler = (callbacks.on_failed if callbacks else None) or self.default_failure
        try:
            if callbacks is None or callbacks.alive(handler):
                handler(error)  # type: ignore[arg-type]
        finally:
            self._maybe_idle()

    @Slot(int, object)
    def _progress(self, task_id: int, value: object) -> None:
        callbacks = self._live.get(task_id)
        if callbacks and callbacks.on_progress and callbacks.alive(callbacks.on_progress):
            callbacks.on_progress(value)

    def _pop(self, task_id: int) -> _Callbacks | None:
        return self._live.pop(task_id, None)

    def _maybe_idle(self) -> None:
        if not self._live:
            self.all_idle.emit()


def _print_failure(error: BaseException) -> None:
    print(getattr(error, "__traceback_text__", repr(error)))
