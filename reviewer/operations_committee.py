"""The committee's operations beyond scoring (one keyword-only function per user
action, as in reviewer/operations.py, which re-exports them: the window and the
command line import everything from there): the review and screening exports.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import Store


def export_reviews(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """One CSV row per review (reviewer, candidate, criteria, overall, comment, time); returns rows written."""
    from reviewer.export_sheets import write_reviews

    store.require_chair("export the reviews")
    return write_reviews(store, path, tag=tag, stage=stage)


def export_screening(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """The HR screening matrix: one row per applicant, one column per criterion, the
    stage and the reason for exclusion; returns rows written."""
    from reviewer.export_sheets import write_screening

    store.require_chair("export the screening matrix")
    return write_screening(store, path, tag=tag, stage=stage)
