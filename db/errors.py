"""Errors the persistence layer raises for the layers above to report."""
from __future__ import annotations


class NotAllowed(PermissionError):
    """The database refused: a committee member's role may not do this (a
    reviewer writing someone else's review, importing, deleting...)."""
