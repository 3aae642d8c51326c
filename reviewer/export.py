"""The ranked shortlist as CSV for Excel and LibreOffice: UTF-8 with a BOM (so
Excel reads CJK right), the csv module's quoting, one row per candidate, and no
cell that a spreadsheet could run as a formula."""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from db import candidates as cq
from db import rubric as rq
from db import settings as setq
from reviewer.committee_settings import CommitteeSettings
from reviewer.listing import ranked_rows
from reviewer.overalls import with_overalls

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.rubric import CriterionRow
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


def overall_cell(value: float | None) -> object:
    """A single score stays the integer it was; a weighted rubric score gets two decimals."""
    if value is None or float(value).is_integer():
        return None if value is None else int(value)
    return f"{value:.2f}"


def score_cell(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _count(value: int | None) -> object:
    """A count, or "?" when unknown (a publications section the parser could not read)."""
    return "?" if value is None else value


def _yes(flag: bool) -> str:
    return "yes" if flag else ""


def criterion_means(session: Session, ids: set[int]) -> tuple[list[CriterionRow], dict[int, dict[int, float]]]:
    """The active criteria, and candidate id -> criterion id -> mean of the reviewers' scores."""
    criteria = rq.criteria(session)
    given: dict[tuple[int, int], list[int]] = defaultdict(list)
    if criteria:
        for row in rq.criterion_scores(session, ids):
            given[(row.candidate_id, row.criterion_id)].append(row.score)
    means: dict[int, dict[int, float]] = defaultdict(dict)
    for (cid, crit), scores in given.items():
        means[cid][crit] = sum(scores) / len(scores)
    return criteria, means


def _sources(documents: list, blind: bool) -> str:
    if blind:
        return f"{len(documents)} (names hidden: blind first round)"
    return "; ".join(d.path for d in documents)


def write_csv(path: str | Path, header: list[str], rows: Iterable[list[object]]) -> None:
    """UTF-8 with a BOM, the csv module's quoting, and every cell (header too) made safe."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([safe_cell(h) for h in header])
        for cells in rows:
            writer.writerow([safe_cell(c) for c in cells])


def write_shortlist(store: Store, path: str | Path, *, top: int | None = None, tag: str | None = None,
                    min_score: float | None = None, stage: str | None = None) -> int:
    """Write the ranked CSV (filtered by tag, stage, minimum mean score, first N); returns rows written.

    The export is the chair's and shows the whole committee's scores: hide-until-mine
    protects a reviewer while scoring, and export is refused to reviewers of a shared
    committee (operations.export_shortlist). A conflicted reviewer's review is left
    out everywhere (db/conflicts.py), here too."""
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
        # File names often are the candidate's name: a blind round lists none.
        blind = CommitteeSettings.from_stored(setq.committee_settings(session)).blind_first_round
        corrected = cq.corrections(session, ids)
        criteria, means = criterion_means(session, ids)

    header = ["rank", "name", "email", "mean score", "median", "spread", "sd", "disagreement", "calibrated",
              "reviews", *(f"score: {name}" for name in reviewers), *(f"mean: {c.name}" for c in criteria),
              "stage", "stage reason", "tags", "highest degree", "current position", "publications (any status)",
              "first-author publications (any status)", "warnings", "corrected fields", "comments", "source files", "missing"]
    # `rank` is the committee's rank over everyone (a filtered export keeps it);
    # nobody scored the unranked, so their rank is empty and they come last.
    write_csv(path, header, ([
        row.rank, row.name, row.email, score_cell(row.mean_score), score_cell(row.median_score),
        score_cell(row.spread), score_cell(row.stdev), _yes(row.disagreement), score_cell(row.calibrated), row.review_count,
        *(overall_cell(scores[row.id].get(name)) for name in reviewers),
        *(score_cell(means[row.id].get(c.id)) for c in criteria),
        row.stage, row.stage_reason, "; ".join(row.tags), row.highest_degree, row.position, _count(row.publications),
        _count(row.first_author), row.warning_count, "; ".join(sorted(corrected.get(row.id, {}))),
        "\n".join(comments[row.id]), _sources(sources.get(row.id, []), blind),
        "; ".join(row.missing),
    ] for row in rows))
    return len(rows)
