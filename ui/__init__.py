"""The PySide6 desktop window. Reaches the core only through `reviewer.operations`."""
