"""What happened around each GUI stall of `bench_gui stall`, in time order (row g).

    python -m benchmarks.stall_timeline FOLDER [--over-ms 8]

`bench_gui stall --explain` samples the GUI thread's Python stack, which misses what
a stall mostly is on this machine: Qt painting or laying out (C++), or the GUI
thread waiting for the GIL while a reader thread runs Python. This runs the same
stall benchmark and prints one timeline of:
  GAP     a heartbeat gap over 30 ms (the stall itself)
  event   a GUI-thread event over `--over-ms` (QApplication.notify timed: wall and the
          thread's own CPU; a wall far above the CPU is waiting, usually for the GIL)
  task    each background read or write (ui/tasks.py), with where it was asked for
  gc      a garbage collection over 3 ms, on any thread
It found the 80-160 ms stall of 2026-12-06: pypinyin's first import on a reader thread
(a 195 ms task, 162 ms of CPU; one json.loads held the GIL for ~125 ms).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
import traceback
from typing import Any

from benchmarks import bench_gui

T0 = time.perf_counter()
LOG: list[tuple[float, str, str]] = []  # (seconds from start, thread, what)


def _note(started: float, what: str) -> None:
    LOG.append((started - T0, threading.current_thread().name[:12], what))


def _timed_app(over_s: float) -> Any:
    from PySide6.QtWidgets import QApplication

    import ui  # noqa: F401 - the app's start-up guards, as in bench_gui

    depth = [0]

    class TimedApp(QApplication):
        def notify(self, receiver: Any, event: Any) -> bool:
            kind, target = event.type().name, type(receiver).__name__  # before: receiver may die
            depth[0] += 1
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return super().notify(receiver, event)
            finally:
                depth[0] -= 1
                took = time.perf_counter() - t0
                if took > over_s and depth[0] == 0:
                    _note(t0, f"event {took * 1000:.1f} ms, CPU {(time.thread_time() - c0) * 1000:.1f}: "
                              f"{target} {kind}")

    return QApplication.instance() or TimedApp([sys.argv[0]])


def _time_tasks() -> None:
    from ui import tasks

    submit = tasks.TaskManager._submit

    def timed_submit(self: Any, pool: Any, fn: Any, callbacks: Any) -> Any:
        asked = [f for f in traceback.extract_stack()[:-1]
                 if not f.filename.endswith(("tasks.py", "context.py", "stall_timeline.py"))][-2:]
        where = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in reversed(asked))

        def run(context: Any) -> Any:
            t0, c0 = time.perf_counter(), time.thread_time()
            try:
                return fn(context)
            finally:
                _note(t0, f"task {(time.perf_counter() - t0) * 1000:.1f} ms, CPU "
                          f"{(time.thread_time() - c0) * 1000:.1f}: {where}")
        return submit(self, pool, run, callbacks)

    tasks.TaskManager._submit = timed_submit  # type: ignore[method-assign]


def _time_gc() -> None:
    started: dict[int, float] = {}

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[threading.get_ident()] = time.perf_counter()
        elif (t0 := started.pop(threading.get_ident(), None)) is not None and time.perf_counter() - t0 > 0.003:
            _note(t0, f"gc generation {info['generation']} {(time.perf_counter() - t0) * 1000:.1f} ms")

    gc.callbacks.append(callback)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="CVs to import through the window")
    ap.add_argument("--over-ms", type=float, default=8.0, help="list GUI events longer than this")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _timed_app(args.over_ms / 1000)
    _time_tasks()
    _time_gc()
    from PySide6.QtCore import QTimer

    last = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        if last[0] and now - last[0] > 0.03:
            _note(last[0], f"GAP {(now - last[0]) * 1000:.1f} ms")
        last[0] = now

    heartbeat = QTimer(app, interval=5)  # bench_gui's own heartbeat measures g; this one places the gaps
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    bench_gui._app = lambda: app  # type: ignore[assignment]
    bench_gui.main(["stall", args.folder])
    for at, thread, what in sorted(LOG):
        print(f"{at:8.3f} s  {thread:12} {what}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # the import's child process is spawned: it must not run this again
    sys.exit(main(sys.argv[1:]))
