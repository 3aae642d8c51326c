"""Errors the persistence layer raises for the layers above to report."""
from __future__ import annotations


class NotAllowed(PermissionError):
    """The database refused: a committee member's role may not do this (a
    reviewer writing someone else's review, importing, deleting...)."""


class ReviewConflict(RuntimeError):
    """The review was saved elsewhere (the same reviewer on another machine) after
    the version this edit started from; nothing was written."""

    def __init__(self, current_version: int) -> None:
        super().__init__("this review was changed on another machine since you opened it "
                         f"(now version {current_version}): reload it, then save again to overwrite")
        self.current_version = current_version
