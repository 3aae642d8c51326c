"""A process pool that can kill: each task runs in a worker process with a time
limit; a worker that hangs is killed, one that crashes is noticed, and in both
cases that task fails with a clear reason and a fresh worker takes the next.

concurrent.futures cannot do this (it cannot kill a hung worker, and one crash
breaks the whole pool), so the processes and their pipes are managed here.
Workers are spawned, not forked: the window calls this from a thread, and
forking a threaded process is unsafe.
"""
from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

POLL_SECONDS = 0.25  # how often a cancel request is noticed while workers are busy
# Tasks a worker holds at once: the one it runs and the next, waiting in its pipe, so
# that it goes on without waiting for this process to read its result and send more
# (1-2.5 ms a file at load 1-3 with one task each, more while the import's writer
# thread holds the GIL or the machine is busy: benchmarks/pool_idle.py measures it).
PREFETCH = 2
WORKER_NICENESS = 10
# Address space one worker may use. A CV needs far less (a warm worker is ~50 MB,
# a 1,000-page PDF a few hundred); a hostile file that makes a reader allocate
# without end gets a MemoryError (or dies) here instead of taking the machine down.
MEMORY_LIMIT_BYTES = 1 << 30
MEMORY_REASON = "parser exceeded the memory limit"


@dataclass(frozen=True)
class TaskResult:
    key: Hashable
    ok: bool
    value: Any = None  # what the task function returned
    error: str | None = None  # one line, when not ok


def _load(target: str) -> Callable[[Any], Any]:
    """The task function; the module's optional `warm_up()` runs first, so heavy
    imports happen before the handshake and not inside the first task's time limit."""
    module_name, _, name = target.partition(":")
    module = importlib.import_module(module_name)
    warm_up = getattr(module, "warm_up", None)
    if callable(warm_up):
        # A failure here (say, a broken reader) is reported per task instead, with its reason.
        with contextlib.suppress(Exception):
            warm_up()
    return getattr(module, name)


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space (RLIMIT_AS: unlike RSS it is enforced, at
    allocation time). No-op where the resource module or the limit is missing."""
    if not limit:
        return
    try:
        import resource
    except ImportError:  # Windows: the time limit still bounds the damage
        return
    with contextlib.suppress(ValueError, OSError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn: Connection, target: str, memory_limit: int | None = MEMORY_LIMIT_BYTES) -> None:
    """Worker main loop: run tasks until told to stop (None) or the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(os, "nice"):
        # Background work: on a busy machine the window (and the writer) go first.
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
    fn = _load(target)
    # After the imports: the limit is for what a file makes the parser allocate.
    limit_memory(memory_limit)
    conn.send(("ready",))  # the time limit starts with the task, not with this start-up
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        key, payload = message
        reply: tuple[Any, bool, Any, str | None]  # key, ok, result, reason
        try:
            reply = (key, True, fn(payload), None)
        except MemoryError:
            # RLIMIT_AS hit in Python code; what the file made is freed with the frames.
            reply = (key, False, None, MEMORY_REASON)
        except Exception as exc:  # noqa: BLE001 (one bad file must not end the worker)
            detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
            reply = (key, False, None, f"parser error: {detail}")
        conn.send(reply)


class _Worker:
    def __init__(self, ctx: Any, target: str, memory_limit: int | None = MEMORY_LIMIT_BYTES) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, target, memory_limit), daemon=True)
        self.process.start()
        child.close()
        self.target = target
        self.ready = False
        # Given and not yet answered, oldest first: the worker runs the first, the
        # others wait in its pipe (never begun, so they can go to another worker).
        self.tasks: deque[tuple[Hashable, Any]] = deque()
        self.started = 0.0  # when the first of `tasks` began, as far as this side can know

    def check_ready(self) -> None:
        """Notice the start-up handshake; a worker that dies before it cannot run anything."""
        if self.conn.poll():
            with contextlib.suppress(EOFError, OSError):
                self.ready = self.conn.recv() == ("ready",)
        if not self.ready and not self.process.is_alive():
            raise RuntimeError(f"a worker process could not start {self.target} "
                               f"(exit code {self.process.exitcode})")

    def give(self, task: tuple[Hashable, Any]) -> None:
        self.conn.send(task)
        if not self.tasks:
            self.started = time.monotonic()
        self.tasks.append(task)

    def answered(self) -> None:
        """The first task's result is in: the next one began when the worker sent it,
        which is no later than now (its time limit may run a little long, never short)."""
        self.tasks.popleft()
        self.started = time.monotonic()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def ask_to_stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)

    def finish_stopping(self) -> None:
        """Wait for the exit `ask_to_stop` asked for (an interpreter's shutdown takes a
        while: asking every worker first lets them shut down together)."""
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        self.conn.close()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class WarmPool:
    """Worker processes started before their tasks are known, so that their start-up
    (a fresh interpreter importing the parser: about a second of CPU each) runs
    while the caller is still scanning and hashing the folder. Hand it to
    `run_tasks`, which uses and stops them; `close()` stops them unused."""

    def __init__(self, target: str, *, workers: int | None = None,
                 memory_limit: int | None = MEMORY_LIMIT_BYTES) -> None:
        self.target, self.memory_limit = target, memory_limit
        self.ctx = multiprocessing.get_context("spawn")
        self.workers: list[_Worker] = [_Worker(self.ctx, target, memory_limit)
                                       for _ in range(max(1, workers or default_workers()))]

    def take(self, count: int) -> list[_Worker]:
        """`count` of the workers for run_tasks; the others are stopped now."""
        taken, spare = self.workers[:count], self.workers[count:]
        self.workers = []
        for worker in spare:
            worker.kill()  # idle or still importing: nothing to lose, and stop() would wait for it
        return taken

    def close(self) -> None:
        self.take(0)


def run_tasks(target: str, tasks: Iterable[tuple[Hashable, Any]], *, workers: int | None = None,
              timeout: float = 60.0, cancelled: Callable[[], bool] | None = None,
              memory_limit: int | None = MEMORY_LIMIT_BYTES, warm: WarmPool | None = None) -> Iterator[TaskResult]:
    """Run `target` ("module:function", importable in a fresh process) on each
    payload; yield one TaskResult per task as they finish, in any order.
    Each worker may use `memory_limit` bytes of address space (None: no limit).
    Stops early, without waiting for running tasks, when `cancelled()` is true.
    `warm`: workers started ahead for this target (run_tasks stops them)."""
    queue = deque(tasks)
    if warm is not None and (warm.target != target or warm.memory_limit != memory_limit):
        warm.close()
        warm = None
    if not queue:
        if warm is not None:
            warm.close()
        return
    ctx = multiprocessing.get_context("spawn")
    count = max(1, min(workers or default_workers(), len(queue)))
    # A slot holds None after its worker was killed and nothing was left for a new one.
    pool: list[_Worker | None] = list(warm.take(count)) if warm is not None else []
    pool += [_Worker(ctx, target, memory_limit) for _ in range(count - len(pool))]
    try:
        while True:
            if cancelled is not None and cancelled():
                return
            for i, worker in enumerate(pool):
                if worker is None:
                    if not queue:
                        continue
                    worker = pool[i] = _Worker(ctx, target, memory_limit)
                if not worker.ready:
                    worker.check_ready()
                while worker.ready and len(worker.tasks) < PREFETCH and queue:
                    task = queue.popleft()
                    try:
                        worker.give(task)
                    except OSError:
                        queue.appendleft(task)  # retried on another worker
                        if not worker.tasks:  # it died while idle
                            worker.kill()
                            pool[i] = None
                        break  # else it died running one: reported below, with its reason
            busy = [w for w in pool if w is not None and w.tasks]
            if not busy and not queue:
                return
            starting = [w for w in pool if w is not None and not w.ready]
            limit = min((w.started + timeout for w in busy), default=float("inf")) - time.monotonic()
            waitables = [w.conn for w in busy + starting] + [w.process.sentinel for w in busy + starting]
            wait(waitables, timeout=max(0.0, min(limit, POLL_SECONDS)))
            for i, worker in enumerate(pool):
                while worker is not None and worker.tasks:  # every result waiting in its pipe
                    result = _collect(worker, timeout)
                    if result is None:
                        break
                    if isinstance(result, str):  # crashed or out of time: report it, kill it
                        key = worker.tasks.popleft()[0]
                        queue.extendleft(reversed(worker.tasks))  # never begun: they go to the next worker
                        worker.kill()
                        pool[i] = worker = None
                        yield TaskResult(key, False, error=result)
                    else:
                        worker.answered()
                        yield result
    finally:
        idle = [w for w in pool if w is not None and not w.tasks]
        for worker in idle:
            worker.ask_to_stop()
        for worker in pool:
            if worker is not None and worker.tasks:
                worker.kill()
        for worker in idle:
            worker.finish_stopping()


def _collect(worker: _Worker, timeout: float) -> TaskResult | str | None:
    """The worker's result if ready; a reason string if it crashed or ran out of
    time (the caller kills it); None if it is still working within its limit."""
    if worker.conn.poll():
        try:
            key, ok, value, error = worker.conn.recv()
            return TaskResult(key, ok, value, error)
        except (EOFError, OSError):
            pass  # the pipe closed: it crashed mid-reply; the exit code says more
    if not worker.process.is_alive():
        worker.process.join(1)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return f"the parser crashed ({how})"
    if time.monotonic() - worker.started > timeout:
        return f"timed out after {timeout:g} s (parser killed)"
    return None
