"""The committee's rubric in pure code: criteria with weights, and a reviewer's
overall score from their per-criterion scores.

A search without a rubric keeps the single 1-5 score. With one, a reviewer's
overall for a candidate is the weighted mean of the criteria they scored (the
weights of the criteria they left blank are not counted); a reviewer who scored
no criterion keeps their own single score as the overall. Everything that ranks
or aggregates (list, compare, export) uses that overall.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    weight: float
    description: str | None = None


def weighted_overall(scores: Mapping[int, int], weights: Mapping[int, float]) -> float | None:
    """Weighted mean of `scores` (criterion id -> 1-5) by `weights` (criterion id ->
    weight); criteria that are not in `weights` (inactive) or weigh 0 do not count."""
    pairs = [(score, weights[cid]) for cid, score in scores.items() if weights.get(cid, 0) > 0]
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total else None


def parse_rubric(specs: list[str]) -> list[tuple[str, float]]:
    """["research:2", "teaching", "fit:0.5"] -> [("research", 2.0), ("teaching", 1.0), ("fit", 0.5)]."""
    out: list[tuple[str, float]] = []
    for spec in specs:
        name, _, weight = spec.partition(":")
        name = " ".join(name.split())
        if not name:
            raise ValueError(f"a criterion needs a name: {spec!r}")
        try:
            value = float(weight) if weight.strip() else 1.0
        except ValueError:
            raise ValueError(f"the weight of {name} is not a number: {weight!r}") from None
        if value <= 0:
            raise ValueError(f"the weight of {name} must be above 0")
        if name.casefold() in (n.casefold() for n, _ in out):
            raise ValueError(f"criterion {name} named twice")
        out.append((name, value))
    return out


def parse_criterion_score(spec: str) -> tuple[str, int]:
    """"research=4" -> ("research", 4)."""
    name, sep, value = spec.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"expected CRITERION=SCORE, not {spec!r}")
    try:
        score = int(value)
    except ValueError:
        raise ValueError(f"a criterion score is 1 to 5, not {value!r}") from None
    if not 1 <= score <= 5:
        raise ValueError(f"a criterion score is 1 to 5, not {score}")
    return " ".join(name.split()), score
