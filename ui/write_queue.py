"""The reviewer's writes, in order, saved when the server can take them.

Every `PendingWrite` (reviewer/pending.py) the window makes goes through one
`WriteQueue`: the head is sent to the serial writer lane, and dropped only once
its transaction committed. When the server cannot be reached (db/errors.py
`is_unreachable`) the queue goes offline: it keeps the writes, in memory and in
a JSON file beside the settings, tries the head again after 1, 2, 4 ... 30 s
(or at once when a read gets through again), and meanwhile takes new writes
without sending them. Writes kept in the file when the window closed are sent
when it next opens on the same database and login.

Other errors (a conflict, a refusal, a deleted candidate) are the write's own:
it is dropped and its failure reported, and the queue goes on.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from reviewer import pending
from reviewer.pending import PendingWrite, is_unreachable
from reviewer.results import Changes
from ui.tasks import TaskManager

if TYPE_CHECKING:
    from db.store import Store

FIRST_RETRY_MS = 1000
MAX_RETRY_MS = 30_000


@dataclass(frozen=True)
class QueueState:
    online: bool
    waiting: int  # writes not yet saved
    from_last_time: int = 0  # of those, kept in the file from an earlier session


@dataclass
class _Entry:
    item: PendingWrite
    on_done: Callable[[Changes], None] | None = None
    on_failed: Callable[[BaseException], None] | None = None
    owner: QObject | None = None

    def alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)


class WriteQueue(QObject):
    """Owns the writes not yet saved. GUI thread only, except `_run` on the writer lane."""

    state_changed = Signal(object)  # QueueState
    saved = Signal(object)  # Changes of each committed write (the context broadcasts them)

    def __init__(self, tasks: TaskManager, store: Store, *, path: Path | None,
                 on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._store, self._on_error = tasks, store, on_error
        self._entries: list[_Entry] = []
        self._sending: _Entry | None = None
        self._online = True
        self._delay = FIRST_RETRY_MS
        self._committed: set[str] = set()  # ids committed whose answer has not reached us yet
        self._lock = threading.Lock()
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._send)
        self._path: Path | None = None
        self._file_lock: QLockFile | None = None
        kept: list[PendingWrite] = []
        if path is not None:
            self._path, self._file_lock, kept = _claim(path, store.url)
        self._from_last_time = len(kept)
        if kept:
            self._entries = [_Entry(item) for item in kept]
            QTimer.singleShot(0, self._send)  # once the window is up

    # -- what the window calls --------------------------------------------
    def submit(self, item: PendingWrite, *, on_done: Callable[[Changes], None] | None = None,
               on_failed: Callable[[BaseException], None] | None = None, owner: QObject | None = None) -> None:
        self._entries.append(_Entry(item, on_done, on_failed, owner))
        if self._online:
            self._send()
        else:
            self._keep()
            self._announce()

    @property
    def file(self) -> Path | None:
        """This window's file for writes waiting while the server is away."""
        return self._path

    def state(self) -> QueueState:
        return QueueState(self._online, len(self._entries), min(self._from_last_time, len(self._entries)))

    def waiting(self) -> list[PendingWrite]:
        return [e.item for e in self._entries]

    def server_unreachable(self) -> None:
        """A read failed for want of the server: say so, and keep new writes."""
        if self._online:
            self._online = False
            self._keep()
            self._announce()

    def server_reachable(self) -> None:
        """A read got through: send what waits now instead of at the next retry."""
        if self._online:
            return
        if self._entries:
            self._retry.stop()
            self._send()
        else:
            self._online, self._delay = True, FIRST_RETRY_MS
            self._announce()

    def close(self) -> None:
        """The window closes (after the writer lane finished): keep what was not saved."""
        self._retry.stop()
        self._keep(always=True)
        if self._file_lock is not None:
            self._file_lock.unlock()  # a later window may take these writes over
            self._file_lock = None

    # -- the lane -----------------------------------------------------------
    def _send(self) -> None:
        if self._sending is not None or not self._entries:
            return
        entry = self._sending = self._entries[0]
        store, committed, lock = self._store, self._committed, self._lock

        def run(_ctx: Any) -> Changes:  # writer lane: no widgets, no Qt objects
            changes = entry.item.apply(store)
            with lock:
                committed.add(entry.item.id)
            return changes

        self._tasks.write(run, on_done=self._sent, on_failed=self._not_sent)

    def _sent(self, changes: Changes) -> None:
        entry, self._sending = self._entries.pop(0), None
        with self._lock:
            self._committed.discard(entry.item.id)
        later = pending.after_commit(entry.item, changes, [e.item for e in self._entries])
        for e, item in zip(self._entries, later, strict=True):
            e.item = item
        self._from_last_time = max(0, self._from_last_time - 1)
        was_offline, self._online, self._delay = not self._online, True, FIRST_RETRY_MS
        if was_offline or self._path and self._path.exists():
            self._keep()
        if entry.on_done and entry.alive():
            entry.on_done(changes)
        self.saved.emit(changes)
        if was_offline or not self._entries:
            self._announce()
        self._send()

    def _not_sent(self, error: BaseException) -> None:
        self._sending = None
        if is_unreachable(error):
            self._online = False
            self._keep()
            self._retry.start(self._delay)
            self._delay = min(self._delay * 2, MAX_RETRY_MS)
            self._announce()
            return
        entry = self._entries.pop(0)  # the write's own failure: trying again would fail again
        self._from_last_time = max(0, self._from_last_time - 1)
        self._keep()
        (entry.on_failed if entry.on_failed and entry.alive() else self._on_error)(error)
        self._announce()
        self._send()

    # -- keeping -----------------------------------------------------------------
    def _keep(self, *, always: bool = False) -> None:
        """Write the unsaved writes to the file (or remove it when none wait). Online
        with nothing failed there is no file: a write is in the file only while it
        may have to outlive the window."""
        if self._path is None or not (always or not self._online or self._path.exists()):
            return
        with self._lock:
            unsaved = [e.item for e in self._entries if e.item.id not in self._committed]
        pending.save(self._path, unsaved, database=self._store.url)

    def _announce(self) -> None:
        self.state_changed.emit(self.state())


def _claim(base: Path, database: str) -> tuple[Path, QLockFile, list[PendingWrite]]:
    """This window's queue file for the database (`base`, or `base.N.json` when
    another open window on the same database and login holds it), locked while
    the window is open; with the writes of every file no open window holds (left
    by windows closed while the server was away, or that crashed), moved into it."""
    base.parent.mkdir(parents=True, exist_ok=True)
    slots = [base, *sorted(base.parent.glob(f"{base.stem}.*.json"))]
    slots += [base.with_name(f"{base.stem}.{n}.json") for n in range(1, len(slots) + 1)]
    own: tuple[Path, QLockFile] | None = None
    kept: list[PendingWrite] = []
    adopted: list[tuple[Path, QLockFile]] = []
    for slot in dict.fromkeys(slots):
        if own is not None and not slot.exists():
            continue  # nothing to adopt: no lock (each costs an fdatasync, ~10 ms of start-up)
        lock = QLockFile(str(slot) + ".lock")  # stale when its process is gone (pid check)
        if not lock.tryLock(0):
            continue  # an open window's
        if slot.exists():
            kept += pending.load(slot)
        if own is None:
            own = (slot, lock)
        elif slot.exists():
            adopted.append((slot, lock))
        else:
            lock.unlock()
    assert own is not None  # one more slot than files: one is free
    if adopted:
        kept.sort(key=lambda w: w.made_at)  # stable: each file's order is kept
        pending.save(own[0], kept, database=database)
        for slot, lock in adopted:
            slot.unlink(missing_ok=True)
            lock.unlock()
    return own[0], own[1], kept
