"""The triage queue, in pure code: which candidates a reviewer still has to
review, in the committee's order, and how far along they are.

A candidate is in the queue when the reviewer has not scored them and has not
declared a conflict with them (the core would refuse the score anyway). The
queue is fixed when triage starts, so the progress count does not shift under
the reviewer's feet as they score.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reviewer.results import CandidateRow


def unreviewed_ids(rows: Iterable[CandidateRow]) -> list[int]:
    """The reviewer's unscored, non-conflicted candidates, in list (rank) order."""
    return [row.id for row in rows if row.my_score is None and not row.conflict]


@dataclass
class TriageQueue:
    ids: list[int]
    position: int = 0
    reviewed: set[int] = field(default_factory=set)

    @property
    def current(self) -> int | None:
        return self.ids[self.position] if 0 <= self.position < len(self.ids) else None

    def step(self, delta: int) -> int | None:
        """Move by `delta`, staying inside the queue; the candidate now shown."""
        if self.ids:
            self.position = max(0, min(len(self.ids) - 1, self.position + delta))
        return self.current

    def mark(self, candidate_id: int, scored: bool) -> None:
        if scored:
            self.reviewed.add(candidate_id)
        else:
            self.reviewed.discard(candidate_id)

    def progress(self) -> str:
        return f"{len(self.reviewed)} of {len(self.ids)} reviewed"
