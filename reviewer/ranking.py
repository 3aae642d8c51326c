"""The committee's order: mean of reviewers' scores, highest first; ties go to
the candidate more reviewers scored, then by name; unreviewed candidates last
(by name). Pure, so the list, the export and tests all agree."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar


@dataclass(frozen=True)
class Standing:
    candidate_id: int
    name: str
    mean: float | None  # None: nobody scored this candidate
    count: int  # number of scores given


def mean_score(scores: Iterable[int | None]) -> tuple[float | None, int]:
    """(mean, count) over the scores given; comment-only reviews do not count."""
    given = [s for s in scores if s is not None]
    return (sum(given) / len(given) if given else None), len(given)


def sort_key(s: Standing) -> tuple:
    if s.mean is None:
        return (1, 0.0, 0, s.name.casefold(), s.candidate_id)
    return (0, -s.mean, -s.count, s.name.casefold(), s.candidate_id)


T = TypeVar("T", bound=Standing)


def ranked(standings: Sequence[T]) -> list[tuple[T, int | None]]:
    """Standings in rank order with their rank (1-based); None for the unreviewed."""
    ordered = sorted(standings, key=sort_key)
    out: list[tuple[T, int | None]] = []
    for position, standing in enumerate(ordered, 1):
        out.append((standing, position if standing.mean is not None else None))
    return out
