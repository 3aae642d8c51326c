"""CV Reviewer core: importable without Qt (tests/test_layers.py checks that)."""

__version__ = "0.1.0"
