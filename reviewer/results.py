"""The values the core hands back: what a write changed, how an import went, one
row of the ranked list. They sit beneath every module that makes them
(operations, importing, storing, listing, export), so none of those has to
import another to share a type; `reviewer.operations` re-exports them for the
window and the command line."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal["added", "updated", "unchanged", "failed"]


@dataclass(frozen=True)
class Changes:
    """What a write changed; views decide from this what to redraw."""

    candidate_ids: frozenset[int] = frozenset()
    candidates_added_or_removed: bool = False  # the list's rows changed
    reviews: bool = False
    tags: bool = False
    profile: bool = False  # parsed data or a correction changed
    comment_version: int | None = None  # set_comment: the comment's version now saved
    undone: str | None = None  # undo_last: what was undone, for a person to read


class CandidateNotFound(LookupError):
    """No candidate with that id (deleted, or never there)."""


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    current: str  # path of the file just finished


@dataclass(frozen=True)
class FileResult:
    path: str
    outcome: Outcome
    reason: str | None = None  # one line, for "failed" (and notes for others)
    candidate_id: int | None = None
    unattached: bool = False  # a packet document stored without its applicant (reason says why)


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    def unattached(self) -> list[FileResult]:
        return [r for r in self.results if r.unattached]

    def summary_line(self) -> str:
        """E.g. "19 files: 0 added, 0 updated, 19 unchanged, 0 failed" (the CLI contract)."""
        counts = ", ".join(f"{self.count(o)} {o}" for o in ("added", "updated", "unchanged", "failed"))
        tail = " (cancelled)" if self.cancelled else ""
        return f"{len(self.results)} files: {counts}{tail}"

    def changes(self) -> Changes:
        ids = frozenset(r.candidate_id for r in self.results if r.candidate_id is not None)
        return Changes(candidate_ids=ids, candidates_added_or_removed=True, profile=True)


@dataclass(frozen=True)
class CandidateRow:
    """One line of the candidate list, already ranked."""

    id: int
    rank: int | None  # None when unreviewed
    name: str
    email: str | None
    position: str | None  # current title @ organization, or affiliation
    highest_degree: str | None  # e.g. "PhD, Tsinghua University"
    publications: int | None  # None: unknown, shown as "?" (a section the parser could not read)
    first_author: int | None
    my_score: float | None  # the asking reviewer's overall (their score, or weighted rubric score)
    mean_score: float | None
    review_count: int
    tags: tuple[str, ...]
    has_warnings: bool
    stage: str = "new"  # reviewer/stages.py
    stage_reason: str | None = None
    median_score: float | None = None
    spread: float | None = None  # max - min of the scores
    stdev: float | None = None  # population standard deviation of the scores
    disagreement: bool = False  # scores differ by 2 or more
    calibrated: float | None = None  # mean per-reviewer z-score (reviewer/aggregates.py)
    scores_hidden: bool = False  # the others' scores are hidden until the asking reviewer scores
    warning_count: int = 0  # the parser's warnings still open after the corrections
    conflict: bool = False  # the asking reviewer declared a conflict of interest with this candidate
    missing: tuple[str, ...] = ()  # what the packet lacks ("no teaching statement"); empty: complete

    @property
    def complete(self) -> bool:
        return not self.missing


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]
