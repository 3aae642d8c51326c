"""The ranked candidate list, assembled from a few set-wise queries (not one per
row) so that thousands of candidates list quickly; shared by the window's
list, `reviewer list` and the export.

A candidate's rank is always the committee's rank over everyone: a search, a tag
or a stage filter shows fewer rows but never renumbers them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db import candidates as cq
from db import conflicts as conq
from db import packets as pq
from db import settings as setq
from db import stages as sq
from reviewer.aggregates import Aggregate, aggregate, calibrated_scores
from reviewer.blind import blind_label, label_matches
from reviewer.committee_settings import CommitteeSettings, scores_hidden
from reviewer.identity import remaining_warnings
from reviewer.overalls import with_overalls
from reviewer.packets import missing
from reviewer.ranking import Standing, ranked
from reviewer.results import CandidateRow
from reviewer.stages import DEFAULT_STAGE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.candidates import CandidateSummary
    from db.search import SearchIndex


def ranked_rows(session: Session, search: SearchIndex, *, reviewer: str | None = None,
                query: str | None = None, tag: str | None = None, stage: str | None = None,
                only: set[int] | None = None, complete: bool | None = None,
                first: int | None = None) -> list[CandidateRow]:
    """`complete`: only candidates whose packet holds (True) or lacks (False) a
    required document (reviewer/packets.py). `first`: only the first rows of the
    same list (the window's first screenful): what decides the order is read for
    everyone, the rest (tags, stages, documents, warnings) for those rows only."""
    ranking = _rank(session, search, reviewer=reviewer, query=query, tag=tag, stage=stage, only=only)
    if complete is None:
        return ranking.rows(session, first=first)
    return [row for row in ranking.rows(session) if row.complete == complete][:first]


def ranked_rows_in_steps(session: Session, search: SearchIndex, *, reviewer: str | None = None,
                         first: int) -> Iterator[list[CandidateRow]]:
    """The whole ranked list in two steps: its first `first` rows, then (unless
    that was everyone) all of them, from one ranking in one read. The order needs
    only everyone's scores and names: the other list columns are read for the first
    rows, then for the rest (README, row d1)."""
    ranking = _rank(session, search, reviewer=reviewer, columns_later=True)
    head = ranking.rows(session, first=first)
    yield head
    if len(head) == first:
        yield ranking.rows(session)


@dataclass
class _Ranking:
    """What decides the order and the values every row needs, read once for everyone."""

    settings: CommitteeSettings
    summaries: dict[int, CandidateSummary]  # by id; with `columns_later`, read by `rows` as it needs them
    order: list[Standing]  # the committee's order of the rows
    wanted: set[int] | None  # the candidates listed (None: everyone, unfiltered)
    mine: dict[int, float | None]
    hidden: set[int]
    conflicted: set[int]
    aggregates: dict[int, Aggregate]
    answers: dict[int, dict[str, str]]  # the corrections that answer parser warnings
    typed_counts: dict[int, int]
    calibrated: dict[int, float]
    ranks: dict[int, int]

    def rows(self, session: Session, *, first: int | None = None) -> list[CandidateRow]:
        order = self.order if first is None else self.order[:first]
        shown = self.wanted if first is None else {standing.candidate_id for standing in order}
        if len(self.summaries) < len(self.order):  # `columns_later`: not read yet for every row
            self.summaries.update((c.id, c) for c in cq.summaries(session, ids=shown))
            # On PostgreSQL each statement reads the newest data: a candidate deleted
            # since the names were read is left out, as a later list would.
            order = [standing for standing in order if standing.candidate_id in self.summaries]
        tags = cq.tags(session, shown)
        stages = sq.stages(session, shown)
        kinds = pq.kinds_by_candidate(session, shown)
        settings, aggregates = self.settings, self.aggregates
        # A corrected name answers the parser's "no name found" (a typed count, its unread
        # publications): such rows may have no warning left. Such corrections are few, so
        # their profiles are read one by one.
        open_warnings = {standing.candidate_id: self.summaries[standing.candidate_id].warnings for standing in order}
        for cid in self.answers.keys() & {cid for cid, n in open_warnings.items() if n}:
            found = cq.candidate_profile(session, cid)
            parsed = (found[0] or {}).get("warnings", []) if found else []
            open_warnings[cid] = len(remaining_warnings(parsed, self.answers[cid]))
        rows = []
        for standing in order:
            s = self.summaries[standing.candidate_id]
            blind = s.id in self.hidden
            agg = None if blind else aggregates.get(s.id)
            stage_row = stages.get(s.id)
            rows.append(CandidateRow(
                id=s.id, rank=None if blind else self.ranks.get(s.id), name=standing.name,
                email=None if settings.blind_first_round else s.email, position=s.position,
                highest_degree=s.highest_degree, publications=self.typed_counts.get(s.id, s.publications),
                first_author=s.first_author,
                my_score=self.mine.get(s.id), mean_score=standing.mean,
                review_count=aggregates[s.id].count if blind else standing.count,
                tags=tuple(tags.get(s.id, ())), has_warnings=open_warnings[s.id] > 0,
                stage=stage_row.stage if stage_row else DEFAULT_STAGE,
                stage_reason=stage_row.reason if stage_row else None,
                median_score=agg.median if agg else None, spread=agg.spread if agg else None,
                stdev=agg.stdev if agg else None, disagreement=bool(agg and agg.disagreement),
                calibrated=None if blind else self.calibrated.get(s.id), scores_hidden=blind,
                warning_count=open_warnings[s.id], conflict=s.id in self.conflicted,
                missing=missing(kinds.get(s.id, ()), settings.required_documents)))
        return rows


def _rank(session: Session, search: SearchIndex, *, reviewer: str | None = None, query: str | None = None,
          tag: str | None = None, stage: str | None = None, only: set[int] | None = None,
          columns_later: bool = False) -> _Ranking:
    """`columns_later` (unfiltered lists only): read everyone's names now and the
    other list columns when `rows` asks for them."""
    settings = CommitteeSettings.from_stored(setq.committee_settings(session))
    ids = query_ids(session, search, query, blind=settings.blind_first_round)
    if only is not None:
        ids = set(only) if ids is None else ids & only
    if stage is not None:
        in_stage = sq.ids_in_stage(session, stage)
        if stage == DEFAULT_STAGE:  # "new" is also everyone without a stage row
            in_stage = (set(cq.filtered_ids(session, ids=ids)) - set(sq.stages(session))) | in_stage
        ids = in_stage if ids is None else ids & in_stage
    filtered = ids is not None or tag is not None
    if columns_later and not filtered:
        summaries: list[CandidateSummary] = []
        people = cq.names(session)
    else:
        summaries = cq.summaries(session, ids=ids, tag=tag)
        people = [(s.id, s.name) for s in summaries]
    # Unfiltered: read tags and corrections whole instead of binding (or testing)
    # 10,000 ids; filtered: restrict them to the rows shown. Reviews are always read
    # whole: ranks and calibration are the committee's, over every candidate.
    wanted = {cid for cid, _ in people} if filtered else None
    scores: dict[int, list[float | None]] = defaultdict(list)
    triples: list[tuple[int, str, float | None]] = []
    mine: dict[int, float | None] = {}
    others: set[int] = set()  # candidates someone other than `reviewer` reviewed
    for review, overall, _ in with_overalls(session, cq.review_scores(session)):
        scores[review.candidate_id].append(overall)
        triples.append((review.candidate_id, review.reviewer, overall))
        if reviewer is not None and review.reviewer == reviewer:
            mine[review.candidate_id] = overall
        elif overall is not None or review.commented:
            others.add(review.candidate_id)
    # A reviewer with a declared conflict sees none of the others' scores, whatever the setting.
    conflicted = conq.declared_ids(session, reviewer) if reviewer is not None else set()
    hidden = {cid for cid in others
              if cid in conflicted
              or scores_hidden(settings, viewer=reviewer, my_score=mine.get(cid), others_reviewed=True)}
    corrected = cq.corrections(session, wanted)
    names = {cid: fields["name"] for cid, fields in corrected.items() if "name" in fields}
    # a person's count of the publications the parser could not read (reviewer/identity.py)
    answers = {cid: {f: v for f, v in fields.items() if f in ("name", "publications")}
               for cid, fields in corrected.items()}
    answers = {cid: given for cid, given in answers.items() if given}
    typed_counts = {cid: int(v) for cid, given in answers.items()
                    if (v := given.get("publications", "").strip()).isdigit()}
    if settings.blind_first_round:  # the label stands for the name everywhere, ties included
        names = {cid: blind_label(cid) for cid, _ in people}
    aggregates = {cid: aggregate(given) for cid, given in scores.items()}
    # Rank light standings first, then build each row once with its rank (a
    # dataclasses.replace per row cost ~0.2 s at 10,000).
    # A hidden candidate is placed as if unranked: its place in the order would tell its rank.
    standings = [Standing(cid, names.get(cid) or name,
                          *_mean_count_median(None if cid in hidden else aggregates.get(cid)))
                 for cid, name in people]
    in_order = ranked(standings)
    if not filtered and not hidden:  # this order is the committee's own: no second ranking
        ranks = {standing.candidate_id: rank for standing, rank in in_order if rank is not None}
    else:
        ranks = _committee_ranks(session, people, names, aggregates, filtered)
    return _Ranking(settings=settings, summaries={s.id: s for s in summaries},
                    order=[standing for standing, _ in in_order], wanted=wanted, mine=mine, hidden=hidden,
                    conflicted=conflicted, aggregates=aggregates, answers=answers, typed_counts=typed_counts,
                    calibrated=calibrated_scores(triples), ranks=ranks)


def query_ids(session: Session, search: SearchIndex, query: str | None, *, blind: bool) -> set[int] | None:
    """Candidates a typed query matches. Blind, it matches the labels only
    ("0042", "Candidate 0042"): a full-text search for a hidden name would point
    at the candidate behind the label, and so would a search that left them out."""
    if not query or not query.strip():
        return None
    if blind:
        return {cid for cid in cq.filtered_ids(session) if label_matches(cid, query)}
    return cq.search_ids(session, search, query)


def _mean_count_median(agg: Aggregate | None) -> tuple[float | None, int, float | None]:
    return (None, 0, None) if agg is None else (agg.mean, agg.count, agg.median)


def _committee_ranks(session: Session, people: list[tuple[int, str]], names: dict[int, str],
                     aggregates: dict[int, Aggregate], filtered: bool) -> dict[int, int]:
    """Candidate id -> rank among every scored candidate (not only the rows shown).
    `people`: (id, name) of the rows listed."""
    scored = {cid for cid, agg in aggregates.items() if agg.count}
    if not filtered:
        pool = [(cid, name) for cid, name in people if cid in scored]
        all_names = names
    else:
        # Names break exact ties, so the scored candidates outside the filter need theirs too.
        pool = [(s.id, s.name) for s in cq.summaries(session, ids=scored)] if scored else []
        all_names = {cid: f["name"] for cid, f in cq.corrections(session, scored).items() if "name" in f}
    standings = [Standing(cid, all_names.get(cid) or name, *_mean_count_median(aggregates.get(cid)))
                 for cid, name in pool]
    return {standing.candidate_id: rank for standing, rank in ranked(standings) if rank is not None}
