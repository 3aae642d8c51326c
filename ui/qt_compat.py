"""Guards against known defects of the Qt binding, applied once when `ui` is imported.

PySide6 6.12.0 on Python 3.11 releases one reference too many to the object a
call returns: None for every Qt method that returns void (setText,
setObjectName, ...) and True/False for every `Signal.emit`. On 3.11 these are
ordinary objects, so after a few thousand such calls (seconds to minutes of
using the window) a count reaches zero and the interpreter aborts with
"none_dealloc" or "bool_dealloc". Python 3.12+ makes them immortal, and other
PySide6 releases do not have the defect.

We detect it by measuring, not by version number, and when present raise the
affected object's count by 2**40, far beyond what any session can release.
Prefer a PySide6 without the defect; this keeps the app alive either way.
"""
from __future__ import annotations

import ctypes
import sys

_PROBE_CALLS = 64
_HEADROOM = 1 << 40
guarded: set[str] = set()


def _bump(obj: object) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM


def _leaks(target: object, call) -> bool:  # noqa: ANN001
    before = sys.getrefcount(target)
    for _ in range(_PROBE_CALLS):
        call()
    return before - sys.getrefcount(target) >= _PROBE_CALLS // 2


def guard_refcounts() -> set[str]:
    """Apply the guard for each singleton this PySide6 over-releases; returns which were guarded."""
    if guarded or sys.version_info >= (3, 12):
        return guarded
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    if _leaks(None, lambda: probe.setObjectName("")):  # a void method
        _bump(None)
        guarded.add("None")
    if _leaks(True, probe.ping.emit):  # emit() returns a bool
        _bump(True)
        _bump(False)
        guarded.add("bool")
    return guarded

