"""The background-task helper: results, failures and progress arrive on the GUI
thread; writes run one at a time in order; results for deleted views are dropped."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from ui.tasks import TaskManager


def test_results_failures_and_progress_arrive_on_the_gui_thread(qtbot):
    tasks = TaskManager()
    gui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def work(ctx):  # noqa: ANN001
        ctx.progress(1)
        return threading.get_ident() != gui  # ran elsewhere

    with qtbot.waitSignal(tasks.all_idle, timeout=5000):
        tasks.run(work, on_done=lambda r: seen.append(("done", r, threading.get_ident() == gui)),
                  on_progress=lambda v: seen.append(("progress", v, threading.get_ident() == gui)))
    assert ("progress", 1, True) in seen and ("done", True, True) in seen

    failures: list[BaseException] = []
    with qtbot.waitSignal(tasks.all_idle, timeout=5000):
        tasks.run(lambda _ctx: 1 / 0, on_failed=failures.append)
    assert isinstance(failures[0], ZeroDivisionError)


def test_writes_run_in_order_one_at_a_time(qtbot):
    tasks = TaskManager()
    order: list[int] = []
    running = [0]
    overlap = []

    def write(n: int):  # noqa: ANN202
        def run(_ctx):  # noqa: ANN001
            running[0] += 1
            overlap.append(running[0])
            order.append(n)
            running[0] -= 1
        return run

    with qtbot.waitSignal(tasks.all_idle, timeout=5000):
        for n in range(20):
            tasks.write(write(n))
    assert order == list(range(20)) and max(overlap) == 1


def test_cancel_flag_reaches_the_work(qtbot):
    tasks = TaskManager()
    started = threading.Event()
    results: list[str] = []

    def work(ctx):  # noqa: ANN001
        started.set()
        while not ctx.cancelled():
            threading.Event().wait(0.001)
        return "stopped"

    with qtbot.waitSignal(tasks.all_idle, timeout=5000):
        context = tasks.run_long(work, on_done=results.append)
        started.wait(5)
        context.cancel()
    assert results == ["stopped"]


def test_results_for_a_deleted_owner_are_dropped(qtbot):
    tasks = TaskManager()
    owner = QObject()
    got: list[int] = []
    gate = threading.Event()

    def work(_ctx):  # noqa: ANN001
        gate.wait(5)
        return 1

    tasks.run(work, on_done=got.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    with qtbot.waitSignal(tasks.all_idle, timeout=5000):
        gate.set()
    assert got == []
