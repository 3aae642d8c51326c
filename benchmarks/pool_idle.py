"""Where a cold import's wall time goes besides the workers' CPU.

    python -m benchmarks.pool_idle FOLDER [--workers 2]

Imports FOLDER into a fresh database through `reviewer.importing.import_folder`
with the real parse task wrapped so that each worker logs when every file starts
and ends (wall clock). Prints the wall time, the CPU of the main process and of
the workers, and per worker: the time idle between files (waiting for the main
process to read a result and send the next file, or descheduled), when its first
file started (spawn and imports) and how long the import went on after its last
file (the last writes, stopping the pool). On a shared machine compare runs in
pairs with the branch point: a worker that is runnable but not running also
counts as idle.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LOG_DIR = "CVR_POOL_IDLE_LOG"  # environment variable: where workers log, inherited at spawn


def warm_up() -> None:
    from reviewer.parse_task import warm_up as warm_parser

    warm_parser()


def parse_task(payload: dict[str, Any]) -> dict[str, Any]:
    """The real task, its start and end appended to this worker's log."""
    from reviewer.parse_task import parse_task as real

    start = time.time()
    try:
        return real(payload)
    finally:
        with open(Path(os.environ[LOG_DIR]) / f"{os.getpid()}.log", "a", encoding="ascii") as log:
            log.write(f"{start} {time.time()}\n")


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    from db.store import open_store
    from reviewer import importing

    with tempfile.TemporaryDirectory(prefix="cvr-pool-idle-") as tmp:
        os.environ[LOG_DIR] = tmp
        store = open_store(Path(tmp) / "bench.sqlite3")
        try:
            load = os.getloadavg()[0]
            main0, kids0, began = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.time()
            report = importing.import_folder(store, args.folder, workers=args.workers,
                                             task="benchmarks.pool_idle:parse_task")
            ended = time.time()
            main_cpu = _cpu(resource.RUSAGE_SELF) - main0
            kids_cpu = _cpu(resource.RUSAGE_CHILDREN) - kids0
        finally:
            store.close()
        workers = []
        for log in sorted(Path(tmp).glob("*.log")):
            spans = [tuple(map(float, line.split())) for line in log.read_text(encoding="ascii").splitlines()]
            idle = sum(b[0] - a[1] for a, b in zip(spans, spans[1:], strict=False))
            workers.append(f"{len(spans)} files, idle {idle:.2f} s, first file at {spans[0][0] - began:.2f} s, "
                           f"{ended - spans[-1][1]:.2f} s after its last")
    wall = ended - began
    print(f"{report.summary_line()} in {wall:.2f} s ({len(report.results) / wall:.0f} files/s); CPU: main process "
          f"{main_cpu:.2f} s, workers {kids_cpu:.2f} s; load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    for n, line in enumerate(workers, 1):
        print(f"  worker {n}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
