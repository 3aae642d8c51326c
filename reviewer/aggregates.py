"""What a committee reads off a candidate's scores, computed in pure code so the
list, the compare view, the export and tests agree: mean, median, spread (max -
min and standard deviation), number of scores, a disagreement flag, and a
calibrated score that removes each reviewer's harshness.

Calibration method (named in the window and the README): **per-reviewer z-score**.
Each reviewer's scores are centred on that reviewer's own mean and divided by
their own (population) standard deviation; a candidate's calibrated score is the
mean of the z-scores they received. A reviewer who gave fewer than two scores,
or the same score to everyone, carries no information about their scale, so
their scores count as z = 0 (neither harsh nor lenient).
"""
from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

CALIBRATION_METHOD = "per-reviewer z-score"
# Reviewers whose scores differ by this much or more disagree (1-5 scale).
DISAGREEMENT = 2


@dataclass(frozen=True)
class Aggregate:
    count: int  # scores given (comment-only reviews do not count)
    mean: float | None
    median: float | None
    low: float | None
    high: float | None
    stdev: float | None  # population standard deviation; 0.0 for one score

    @property
    def spread(self) -> float | None:
        """max - min of the scores; None when nobody scored."""
        return None if self.low is None or self.high is None else self.high - self.low

    @property
    def disagreement(self) -> bool:
        spread = self.spread
        return spread is not None and spread >= DISAGREEMENT


NO_SCORES = Aggregate(0, None, None, None, None, None)


def aggregate(scores: Iterable[float | None]) -> Aggregate:
    given = tuple(float(s) for s in scores if s is not None)
    if not given:
        return NO_SCORES
    return _aggregate(given)


# A committee's scores repeat (a few reviewers, 1-5): the ranked list asks for
# thousands of aggregates of a few dozen distinct score tuples, and pstdev's exact
# arithmetic (Fractions) cost ~60 us each, a third of listing 10,000 candidates.
# Keyed by the tuple in its given order, so every result is the one computed afresh.
@lru_cache(maxsize=4096)
def _aggregate(given: tuple[float, ...]) -> Aggregate:
    return Aggregate(count=len(given), mean=sum(given) / len(given), median=statistics.median(given),
                     low=min(given), high=max(given), stdev=statistics.pstdev(given))


def calibrated_scores(scores: Iterable[tuple[int, str, float | None]]) -> dict[int, float]:
    """Candidate id -> mean per-reviewer z-score, from (candidate id, reviewer, score) triples.
    Only candidates with at least one score appear."""
    by_reviewer: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for candidate_id, reviewer, score in scores:
        if score is not None:
            by_reviewer[reviewer].append((candidate_id, float(score)))
    zs: dict[int, list[float]] = defaultdict(list)
    for given in by_reviewer.values():
        values = [s for _, s in given]
        centre = sum(values) / len(values)
        scale = statistics.pstdev(values) if len(values) > 1 else 0.0
        for candidate_id, score in given:
            zs[candidate_id].append((score - centre) / scale if scale > 0 and not math.isnan(scale) else 0.0)
    return {cid: sum(z) / len(z) for cid, z in zs.items()}
