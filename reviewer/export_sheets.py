"""The two other CSVs a committee asks for, beside the ranked shortlist
(reviewer/export.py), with the same encoding and formula neutralising:

- reviews: one row per review (reviewer, candidate, each criterion, overall,
  comment, time), for committees that analyse in a spreadsheet;
- the HR screening matrix: one row per applicant, one column per criterion (the
  committee's mean), the stage and the reason for exclusion.

Both are the chair's and show every reviewer's scores (hide-until-mine protects a
reviewer while scoring, not the committee's record); a conflicted reviewer's
review is left out, as everywhere.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db import candidates as cq
from db import rubric as rq
from reviewer.export import criterion_means, overall_cell, score_cell, write_csv
from reviewer.listing import ranked_rows
from reviewer.overalls import with_overalls

if TYPE_CHECKING:
    from db.store import Store

# Stages that take a candidate out of the search; their reason is the reason for exclusion.
EXCLUDED = ("rejected", "declined")


def _time(moment: datetime) -> str:
    """UTC, to the second, in a form spreadsheets read as a date and time."""
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def write_reviews(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """One row per review, candidates in rank order, reviewers by name; returns rows written."""
    with store.session(write=False) as session:
        rows = ranked_rows(session, store.search, tag=tag, stage=stage)
        ids = {r.id for r in rows}
        criteria = rq.criteria(session)
        by_candidate: dict[int, list] = defaultdict(list)
        for review, overall, given in with_overalls(session, cq.reviews(session, ids), ids):
            by_candidate[review.candidate_id].append((review, overall, given))
    header = ["rank", "candidate id", "candidate", "reviewer", *(c.name for c in criteria), "overall", "score",
              "comment", "updated (UTC)"]
    out = []
    for row in rows:
        for review, overall, given in by_candidate.get(row.id, []):
            if overall is None and not review.comment.strip() and not given:
                continue  # an empty review (a score cleared): nothing to analyse
            out.append([row.rank, row.id, row.name, review.reviewer, *(given.get(c.id) for c in criteria),
                        overall_cell(overall), review.score, review.comment, _time(review.updated_at)])
    write_csv(path, header, out)
    return len(out)


def write_screening(store: Store, path: str | Path, *, tag: str | None = None, stage: str | None = None) -> int:
    """The HR screening matrix, one row per applicant in rank order; returns rows written.
    Without a rubric the matrix has the overall mean only."""
    with store.session(write=False) as session:
        rows = ranked_rows(session, store.search, tag=tag, stage=stage)
        criteria, means = criterion_means(session, {r.id for r in rows})
    header = ["rank", "candidate id", "name", "email", "reviews", *(c.name for c in criteria), "overall",
              "stage", "reason for exclusion"]
    write_csv(path, header, ([
        row.rank, row.id, row.name, row.email, row.review_count,
        *(score_cell(means[row.id].get(c.id)) for c in criteria), score_cell(row.mean_score),
        row.stage, row.stage_reason if row.stage in EXCLUDED else "",
    ] for row in rows))
    return len(rows)
