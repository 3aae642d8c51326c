"""The ranked candidate list, assembled from a few set-wise queries (not one per
row) so that thousands of candidates list quickly; shared by the window's
list, `reviewer list` and the export."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db import candidates as cq
from reviewer.operations import CandidateRow
from reviewer.ranking import Standing, mean_score, ranked

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.search import SearchIndex


@dataclass(frozen=True)
class _Entry(Standing):
    row: CandidateRow | None = None


def ranked_rows(session: Session, search: SearchIndex, *, reviewer: str | None = None,
                query: str | None = None, tag: str | None = None) -> list[CandidateRow]:
    ids = cq.search_ids(session, search, query) if query and query.strip() else None
    summaries = cq.summaries(session, ids=ids, tag=tag)
    wanted = {s.id for s in summaries}
    scores: dict[int, list[int | None]] = defaultdict(list)
    mine: dict[int, int | None] = {}
    for review in cq.reviews(session, wanted):
        scores[review.candidate_id].append(review.score)
        if reviewer is not None and review.reviewer == reviewer:
            mine[review.candidate_id] = review.score
    tags = cq.tags(session, wanted)
    names = {cid: fields["name"] for cid, fields in cq.corrections(session, wanted).items() if "name" in fields}
    entries = []
    for s in summaries:
        mean, count = mean_score(scores.get(s.id, []))
        name = names.get(s.id) or s.name
        entries.append(_Entry(s.id, name, mean, count, CandidateRow(
            id=s.id, rank=None, name=name, email=s.email, position=s.position, highest_degree=s.highest_degree,
            publications=s.publications, first_author=s.first_author, my_score=mine.get(s.id),
            mean_score=mean, review_count=count, tags=tuple(tags.get(s.id, ())), has_warnings=s.warnings > 0)))
    return [_with_rank(entry.row, rank) for entry, rank in ranked(entries)]  # type: ignore[arg-type]


def _with_rank(row: CandidateRow, rank: int | None) -> CandidateRow:
    from dataclasses import replace

    return replace(row, rank=rank)
