"""Guards against known defects of the Qt binding, applied once when `ui` is imported.

PySide6 6.12.0 on Python 3.11 releases one reference to None too many on every
call of a Qt method that returns void (setText, setObjectName, ...). On 3.11
None is an ordinary object, so after a few thousand such calls (seconds of
using the window) its count reaches zero and the interpreter aborts with
"none_dealloc". Python 3.12+ makes None immortal, and other PySide6 releases do
not have the defect. We detect it by measuring, not by version number, and when
present raise None's count by 2**40, far beyond what a session can release.
Prefer a PySide6 without the defect; this keeps the app alive either way.
"""
from __future__ import annotations

import ctypes
import sys

_PROBE_CALLS = 64
guarded = False


def guard_none_refcount() -> bool:
    """Apply the guard if this PySide6 over-releases None; returns True when it did."""
    global guarded
    if guarded or sys.version_info >= (3, 12):
        return guarded
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")  # a void method: the kind the defect affects
    lost = before - sys.getrefcount(None)
    if lost >= _PROBE_CALLS // 2:
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
        guarded = True
    return guarded
