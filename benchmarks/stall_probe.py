"""Where was the GUI thread when it stalled? A sampling watchdog for bench_gui.

The heartbeat (a QTimer on the GUI thread) calls `beat()`; a background thread
looks every 2 ms, and while the last beat is older than `threshold` it records
the GUI thread's Python stack. The report lists the app's own frames (ui/,
reviewer/, db/) that were on the stack during stalls, with the milliseconds
sampled there, which is what the window's owner needs to fix a stall.

A stall inside C++ that holds the GIL shows up late (the sampler needs the GIL
too) and is attributed to the Python frame that called into Qt.
"""
from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN = tuple(str(ROOT / d) for d in ("ui", "reviewer", "db"))


class StallProbe:
    def __init__(self, threshold: float = 0.04, interval: float = 0.002) -> None:
        self.threshold, self.interval = threshold, interval
        self.gui_ident = threading.get_ident()  # create on the GUI thread
        self.last = time.perf_counter()
        self.samples: Counter[str] = Counter()  # app frame -> seconds sampled in stalls
        self.leaves: Counter[str] = Counter()  # innermost frame (any code) -> seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-probe", daemon=True)

    def beat(self) -> None:
        self.last = time.perf_counter()

    def start(self) -> None:
        self.last = time.perf_counter()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        previous = time.perf_counter()
        while not self._stop.wait(self.interval):
            now = time.perf_counter()
            step, previous = now - previous, now
            if now - self.last < self.threshold:
                continue
            frame = sys._current_frames().get(self.gui_ident)
            seen: set[str] = set()
            leaf = None
            while frame is not None:
                code = frame.f_code
                where = f"{Path(code.co_filename).name}:{code.co_name}"
                if leaf is None:
                    leaf = f"{where}:{frame.f_lineno}"
                if code.co_filename.startswith(OWN) and where not in seen:
                    seen.add(where)
                    self.samples[where] += step
                frame = frame.f_back
            if leaf:
                self.leaves[leaf] += step

    def report(self, top: int = 12) -> str:
        lines = ["GUI-thread stalls: app frames on the stack (ms sampled while the heartbeat was late)"]
        lines += [f"  {s * 1000:8.0f} ms  {where}" for where, s in self.samples.most_common(top)]
        lines.append("innermost frames")
        lines += [f"  {s * 1000:8.0f} ms  {where}" for where, s in self.leaves.most_common(top // 2)]
        return "\n".join(lines)
