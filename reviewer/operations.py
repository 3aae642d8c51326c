"""One small keyword-only function per user action: the only door the window and
the command line use into the core (Anki's `aqt/operations` pattern).

Every function takes the open `Store` first. Writes return a `Changes` value
saying what changed, so views refresh from one signal and redraw only that.
None of these touch Qt; the long ones (import, export) take a progress callback
and a cancel check and are run off the GUI thread by `ui/`.

STATUS: signatures are the agreed contract; bodies are being filled in.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reviewer.profile import Profile

if TYPE_CHECKING:
    from db.store import Store

Outcome = Literal["added", "updated", "unchanged", "failed"]


@dataclass(frozen=True)
class Changes:
    """What a write changed; views decide from this what to redraw."""

    candidate_ids: frozenset[int] = frozenset()
    candidates_added_or_removed: bool = False  # the list's rows changed
    reviews: bool = False
    tags: bool = False
    profile: bool = False  # parsed data or a correction changed


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


@dataclass
class ImportReport:
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

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
    publications: int
    first_author: int
    my_score: int | None  # the asking reviewer's score
    mean_score: float | None
    review_count: int
    tags: tuple[str, ...]
    has_warnings: bool


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    path: str
    format: str
    status: str  # "ok" or "failed"
    error: str | None
    pages: int | None


@dataclass(frozen=True)
class ReviewInfo:
    reviewer: str
    score: int | None
    comment: str
    updated_at: str  # ISO 8601


@dataclass(frozen=True)
class CandidateDetail:
    id: int
    profile: Profile  # the parsed profile with the reviewer's corrections applied
    corrections: dict[str, str]  # field -> value a person typed
    documents: list[DocumentInfo]
    reviews: list[ReviewInfo]
    tags: tuple[str, ...]


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


def import_folder(store: Store, folder: str | Path, *, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None, workers: int | None = None,
                  timeout: float = 60.0) -> ImportReport:
    raise NotImplementedError


def list_candidates(store: Store, *, reviewer: str | None = None, query: str | None = None,
                    tag: str | None = None) -> list[CandidateRow]:
    """Ranked rows; `query` is full-text over name, institutions, tags and CV text."""
    raise NotImplementedError


def get_candidate(store: Store, candidate_id: int) -> CandidateDetail:
    raise NotImplementedError


def set_score(store: Store, *, candidate_id: int, reviewer: str, score: int | None) -> Changes:
    raise NotImplementedError


def set_comment(store: Store, *, candidate_id: int, reviewer: str, comment: str) -> Changes:
    raise NotImplementedError


def add_tag(store: Store, *, candidate_ids: list[int], tag: str) -> Changes:
    raise NotImplementedError


def remove_tag(store: Store, *, candidate_ids: list[int], tag: str) -> Changes:
    raise NotImplementedError


def correct_field(store: Store, *, candidate_id: int, field: str, value: str | None) -> Changes:
    """A person's correction of a parsed scalar field ("name" first of all); None removes it."""
    raise NotImplementedError


def all_tags(store: Store) -> list[str]:
    raise NotImplementedError


def document_text(store: Store, *, document_id: int) -> str:
    raise NotImplementedError


def delete_candidate(store: Store, *, candidate_id: int) -> Changes:
    raise NotImplementedError


def export_shortlist(store: Store, path: str | Path, *, top: int | None = None, tag: str | None = None,
                     min_score: float | None = None) -> int:
    """Write the ranked CSV; returns the number of candidate rows written."""
    raise NotImplementedError
