"""The PySide6 desktop window. Reaches the core only through `reviewer.operations`."""
from ui.qt_compat import guard_refcounts

guard_refcounts()
