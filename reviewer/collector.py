"""The cyclic garbage collector during the window's start-up: paused until its
first list is in. No Qt here: `reviewer` (reviewer/cli.py) pauses it before it imports
the window.

Opening the window allocates a few hundred thousand objects (modules, classes, Qt
wrappers, 18,000 reviews and 10,000 rows of the first list), almost none of them
garbage. Each allocation burst runs young collections, and every few of them a full
one that walks the whole growing heap: ~60-90 ms of the imports and ~100 ms of the
first list's ranking on the reader thread (half its CPU) at 10,000 candidates, all of
it before the first screenful shows (README, row d1). Reference counting still frees
what start-up drops; only cycles wait, and the few made by start-up stay with the
heap that `release_collector` freezes.

Called from the main (GUI) thread only; the reader threads never call these.
"""
from __future__ import annotations

import gc

_held = False  # the collector was on, and `hold_collector` paused it


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
