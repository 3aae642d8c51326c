"""What the window's start-up does before Qt, and the cyclic garbage collector
during it (README, row d1). No Qt here: `reviewer` (reviewer/cli.py) calls
`before_window` before it imports the window, and benchmarks/bench_gui.py does too.

The collector is paused until the window's first list is in. Opening the window
allocates a few hundred thousand objects (modules, classes, Qt wrappers, 18,000
reviews and 10,000 rows of the first list), almost none of them garbage. Each
allocation burst runs young collections, and every few of them a full one that walks
the whole growing heap: ~60-90 ms of the imports and ~100 ms of the first list's
ranking on the reader thread (half its CPU) at 10,000 candidates, all of it before
the first screenful shows. Reference counting still frees what start-up drops; only
cycles wait, and the few made by start-up stay with the heap that
`release_collector` freezes.

Called from the main (GUI) thread only; the reader threads never call these.
"""
from __future__ import annotations

import gc

_held = False  # the collector was on, and `hold_collector` paused it


def before_window() -> None:
    """Pause the collector, then import the core the window's first list needs
    (SQLAlchemy, the operations, the list's ranking, the store) before the Qt binding: its
    import hook reads the source of every module imported after it to look for
    `__feature__` switches, ~30-40 ms of CPU for these."""
    hold_collector()
    import db.store  # noqa: F401
    import reviewer.listing  # noqa: F401
    import reviewer.operations  # noqa: F401


def hold_collector() -> None:
    """Pause the collector for start-up, unless something else already turned it off
    (that choice is left alone: `release_collector` will not turn it on)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector() -> None:
    """Freeze what start-up built (out of every later collection's walk: on the GUI
    thread a full collection over it was an 80-200 ms stall) and collect as usual
    again. No collection first: it would walk the whole start-up heap (~80 ms) for
    the few cycles start-up leaves. Once per window (ui/main_window.py)."""
    global _held
    gc.freeze()
    if _held:
        _held = False
        gc.enable()
