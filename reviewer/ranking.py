"""The committee's order, pure so the list, the export and tests all agree.

Ranked: every candidate with at least one score, by
  1. mean score, highest first;
  2. then median score, highest first (a 5/5/2 is ranked above a 4/4/4);
  3. then the number of scores, more first (more reviewers agree);
  4. then name (case-insensitive), then candidate id, so the order never depends
     on the database.
Each ranked candidate gets its own number 1, 2, 3, ... in that order.
Unranked: nobody scored them; they get no number and come after every ranked
candidate, by name.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class Standing:
    candidate_id: int
    name: str
    mean: float | None  # None: nobody scored this candidate
    count: int  # number of scores given
    median: float | None = None


def sort_key(s: Standing) -> tuple:
    if s.mean is None:
        return (1, 0.0, 0.0, 0, s.name.casefold(), s.candidate_id)
    median = s.median if s.median is not None else s.mean
    return (0, -s.mean, -median, -s.count, s.name.casefold(), s.candidate_id)


T = TypeVar("T", bound=Standing)


def ranked(standings: Sequence[T]) -> list[tuple[T, int | None]]:
    """Standings in rank order with their rank (1-based); None for the unranked."""
    ordered = sorted(standings, key=sort_key)
    out: list[tuple[T, int | None]] = []
    for position, standing in enumerate(ordered, 1):
        out.append((standing, position if standing.mean is not None else None))
    return out
