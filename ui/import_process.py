"""Run an import (or a re-parse) in a child process of its own.

The core's import coordinates its parser processes, hashes files and writes
batches from Python; run on a thread of the window's process, that work
competes with the GUI thread for the GIL, and SQLAlchemy's C-level result
loops hold it for tens of milliseconds at a time. In a child process it
cannot stall the window at all. The child opens its own Store on the same
database (SQLite in WAL mode lets the window keep reading), reports progress
through a queue and stops when the window sets the cancel event.

`run_in_child` is called on a background thread of the window that lives as
long as the import; `_child` runs in the spawned process and touches no Qt.
"""
from __future__ import annotations

import multiprocessing
import os
import queue as queue_module
import sys
import threading
from typing import Any, Literal

from reviewer.operations import ImportReport

Mode = Literal["import", "reparse"]
POLL_SECONDS = 0.1
CHILD_NICENESS = 5


class ImportProcessError(RuntimeError):
    """The import failed, or its process ended without a report."""


def _lower_priority_of_this_thread() -> bool:
    """Linux: niceness is per thread and a process started from this thread inherits
    it, so the child runs below the window from its first instruction (its start-up
    imports included). The watching thread itself only sleeps on a queue and holds
    the GIL for microseconds, so lowering it cannot hold the GUI thread up."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, min(19, os.getpriority(os.PRIO_PROCESS, tid) + CHILD_NICENESS))
    except OSError:
        return False
    return True


def _child(url: str, mode: Mode, folder: str, everything: bool, messages: Any, cancel: Any,
           lower_priority: bool) -> None:
    if lower_priority and hasattr(os, "nice"):
        os.nice(CHILD_NICENESS)  # where the parent could not do it for us
    from db.store import open_store
    from reviewer import operations as ops

    try:
        with open_store(url, migrate=False) as store:
            progress = lambda p: messages.put(("progress", p))  # noqa: E731
            if mode == "import":
                report = ops.import_folder(store, folder, progress=progress, cancelled=cancel.is_set)
            else:
                report = ops.reparse(store, everything=everything, progress=progress, cancelled=cancel.is_set)
        messages.put(("done", report))
    except BaseException as error:  # noqa: BLE001 - the window must hear about every failure
        messages.put(("failed", f"{type(error).__name__}: {error}"))


def run_in_child(task: Any, url: str, mode: Mode, *, folder: str = "", everything: bool = False) -> ImportReport:
    """Start the child, relay its progress to `task.progress`, pass on `task.cancelled()`,
    and return its report. Blocks: call it from a background thread."""
    ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
    messages = ctx.Queue()
    cancel = ctx.Event()
    inherited = _lower_priority_of_this_thread()  # this thread is the import's own and ends with it
    # Not a daemon: the import starts parser processes of its own.
    process = ctx.Process(target=_child, args=(url, mode, folder, everything, messages, cancel, not inherited),
                          name="cv-reviewer-import")
    process.start()
    try:
        while True:
            if task.cancelled() and not cancel.is_set():
                cancel.set()
            try:
                kind, value = messages.get(timeout=POLL_SECONDS)
            except queue_module.Empty:
                if not process.is_alive() and messages.empty():
                    raise ImportProcessError(
                        f"the import process ended without a report (exit code {process.exitcode})") from None
                continue
            if kind == "progress":
                task.progress(value)
            elif kind == "done":
                return value
            else:
                raise ImportProcessError(value)
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)
