"""Aggregates, calibration and the ranking rules as pure functions (no Qt, no database)."""
from __future__ import annotations

import pytest

from reviewer.aggregates import aggregate, calibrated_scores
from reviewer.ranking import Standing, ranked
from reviewer.stages import check_stage


def test_aggregate_of_scores():
    agg = aggregate([5, None, 2, 4])
    assert (agg.count, agg.mean, agg.median, agg.spread) == (3, pytest.approx(11 / 3), 4, 3)
    assert agg.stdev == pytest.approx(1.2472, abs=1e-4)
    assert agg.disagreement
    assert not aggregate([3, 4]).disagreement and aggregate([3, 5]).disagreement
    nobody = aggregate([None])
    assert (nobody.count, nobody.mean, nobody.median, nobody.spread, nobody.disagreement) == (0, None, None, None,
                                                                                                False)
    assert aggregate([4]).stdev == 0.0


def test_calibration_removes_a_harsh_reviewers_scale():
    # Harsh gives 1..3, lenient 3..5 to the same three people in the same order:
    # after calibration the two reviewers agree exactly.
    triples = [(1, "harsh", 1), (2, "harsh", 2), (3, "harsh", 3),
               (1, "lenient", 3), (2, "lenient", 4), (3, "lenient", 5),
               (4, "once", 5)]  # one score says nothing about a scale: z = 0
    z = calibrated_scores(triples)
    assert z[1] == pytest.approx(-1.2247, abs=1e-4) and z[2] == pytest.approx(0.0) and z[3] == pytest.approx(1.2247,
                                                                                                            abs=1e-4)
    assert z[4] == 0.0
    assert 5 not in calibrated_scores([(5, "x", None)])


def test_ties_break_by_median_then_count_then_name_and_the_unscored_are_unranked():
    standings = [
        Standing(1, "Zed", 4.0, 3, median=4.0),    # 4,4,4
        Standing(2, "Yan", 4.0, 3, median=5.0),    # 5,5,2: same mean, higher median
        Standing(3, "Bea", 4.0, 1, median=4.0),    # same mean and median as Zed, fewer scores
        Standing(4, "Abe", 4.0, 3, median=4.0),    # same as Zed in every number: name decides
        Standing(5, "Aaron", None, 0),
        Standing(6, "Al", 5.0, 1, median=5.0),
    ]
    order = [(s.candidate_id, rank) for s, rank in ranked(standings)]
    assert order == [(6, 1), (2, 2), (4, 3), (1, 4), (3, 5), (5, None)]


def test_stage_rules():
    assert check_stage(" Shortlist ", "") == ("shortlist", None)
    assert check_stage("rejected", " too junior ") == ("rejected", "too junior")
    with pytest.raises(ValueError, match="reason"):
        check_stage("rejected", " ")
    with pytest.raises(ValueError, match="unknown stage"):
        check_stage("hired", None)
