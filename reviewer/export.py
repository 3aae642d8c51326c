"""The ranked shortlist as CSV for Excel and LibreOffice: UTF-8 with a BOM (so
Excel reads CJK right), the csv module's quoting, one row per candidate, and no
cell that a spreadsheet could run as a formula."""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from db import candidates as cq
from reviewer.listing import ranked_rows
from reviewer.overalls import with_overalls

if TYPE_CHECKING:
    from db.store import Store

# What spreadsheets treat as the start of a formula (OWASP CSV injection), with
# the full-width forms some locales turn into formulas too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_FORMULA_CHARS = frozenset("=+-@")
# Spreadsheets skip these before deciding that a cell is a formula.
_LEADING_BLANKS = " \u00a0\u3000"


def safe_cell(value: object) -> object:
    """Numbers stay numbers; text that could start a formula gets a leading apostrophe:
    the characters above, their compatibility forms (full-width, small: NFKC folds
    them to the ASCII ones), also after leading spaces."""
    if value is None:
        return ""
    if not isinstance(value, str) or not value:
        return value
    first = value.lstrip(_LEADING_BLANKS)[:1]
    if value.startswith(FORMULA_STARTS) or unicodedata.normalize("NFKC", first) in _FORMULA_CHARS:
        return "'" + value
    return value


def _overall(value: float | None) -> object:
    """A single score stays the integer it was; a weighted rubric score gets two decimals."""
    if value is None or float(value).is_integer():
        return None if value is None else int(value)
    return f"{value:.2f}"


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def write_shortlist(store: Store, path: str | Path, *, top: int | None = None, tag: str | None = None,
                    min_score: float | None = None, stage: str | None = None) -> int:
    """Write the ranked CSV (filtered by tag, stage, minimum mean score, first N); returns rows written."""
    with store.session(write=False) as session:
        rows = ranked_rows(session, store.search, tag=tag, stage=stage)
        if min_score is not None:
            rows = [r for r in rows if r.mean_score is not None and r.mean_score >= min_score]
        if top is not None:
            rows = rows[:max(top, 0)]
        ids = {r.id for r in rows}
        scores: dict[int, dict[str, float | None]] = defaultdict(dict)
        comments: dict[int, list[str]] = defaultdict(list)
        # One column per reviewer who gave anyone an overall (single or rubric score).
        reviewers = sorted({r.reviewer for r, overall, _ in with_overalls(session, cq.reviews(session))
                            if overall is not None})
        for review, overall, _ in with_overalls(session, cq.reviews(session, ids), ids):
            scores[review.candidate_id][review.reviewer] = overall
            if review.comment.strip():
                comments[review.candidate_id].append(f"{review.reviewer}: {review.comment.strip()}")
        sources = cq.documents(session, ids)

    header = ["rank", "name", "email", "mean score", "median", "spread", "reviews",
              *(f"score: {name}" for name in reviewers),
              "stage", "stage reason", "tags", "highest degree", "current position", "publications", "first-author publications",
              "comments", "source files", "missing"]
    # `rank` is the committee's rank over everyone (a filtered export keeps it);
    # nobody scored the unranked, so their rank is empty and they come last.
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            cells: list[object] = [
                row.rank, row.name, row.email, _score(row.mean_score), _score(row.median_score),
                _score(row.spread), row.review_count,
                *(_overall(scores[row.id].get(name)) for name in reviewers),
                row.stage, row.stage_reason, "; ".join(row.tags), row.highest_degree, row.position, row.publications, row.first_author,
                "\n".join(comments[row.id]), "; ".join(d.path for d in sources.get(row.id, [])),
                "; ".join(row.missing),
            ]
            writer.writerow([safe_cell(c) for c in cells])
    return len(rows)
