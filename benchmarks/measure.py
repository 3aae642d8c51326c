"""Small measuring tools shared by the benchmark scripts: result rows, latency
statistics, and peak memory of a process together with its worker processes.

Memory: `ru_maxrss` (stdlib) gives the peak of this process and, separately,
the peak of the largest child it has waited for; neither is the peak of the
whole tree at one moment. `TreeRssSampler` reads /proc every 20 ms and keeps
the largest sum over this process and all its descendants, which is what a
reviewer's machine actually has to hold. Linux only; elsewhere it reports None.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Row:
    """One line of the table: what was measured, the figure, the target and a verdict."""

    key: str  # "a1", "c2", ...: the letter and a number
    what: str
    measured: str
    target: str = ""
    verdict: str = ""  # "PASS", "GAP" or "n/a"
    note: str = ""


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "GAP")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


class Timer:
    """`with Timer() as t: ...` then `t.seconds`."""

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start


def self_peak_mb() -> float:
    """Peak RSS of this process so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """Peak RSS of the largest waited-for descendant (not a sum)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                children = Path(f"/proc/{current}/task/{tid}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                out.append(child)
                todo.append(child)
    return out


class TreeRssSampler:
    """Background thread: the largest RSS sum of this process plus descendants."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peak_kb = 0
        self.peak_children = 0
        self.cpu_seconds = 0.0  # this thread's own CPU, for callers that subtract it from the process's
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        self.available = Path("/proc/self/status").exists()

    def _run(self) -> None:
        me = os.getpid()
        start = time.thread_time()
        while not self._stop.is_set():
            kids = _descendants(me)
            total = _rss_kb(me) + sum(_rss_kb(k) for k in kids)
            if total > self.peak_kb:
                self.peak_kb, self.peak_children = total, len(kids)
            self.cpu_seconds = time.thread_time() - start
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeRssSampler:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()

    @property
    def peak_mb(self) -> float | None:
        return self.peak_kb / 1024 if self.available else None


def emit(rows: list[Row]) -> None:
    """A child benchmark's output: one JSON line run_all.py reads back."""
    print("BENCH-ROWS " + json.dumps([asdict(r) for r in rows]), flush=True)


def parse_rows(stdout: str) -> list[Row]:
    for line in stdout.splitlines():
        if line.startswith("BENCH-ROWS "):
            return [Row(**d) for d in json.loads(line[len("BENCH-ROWS "):])]
    return []


def table(rows: list[Row]) -> str:
    """A Markdown table, so the same text goes to the terminal and the README."""
    head = ("", "figure", "measured", "target", "", "note")
    lines = [head] + [(r.key, r.what, r.measured, r.target, r.verdict, r.note) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    fmt = "| " + " | ".join(f"{{:{w}}}" for w in widths) + " |"
    out = [fmt.format(*head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [fmt.format(*line) for line in lines[1:]]
    return "\n".join(out)
