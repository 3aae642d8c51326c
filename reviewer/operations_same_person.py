"""The user actions on same-person suggestions, re-exported by reviewer/operations.py:
list the pairs of candidates who may be one person (reviewer/same_person.py),
merge a pair into one candidate, or answer "not the same person" (remembered:
that pair is never suggested again, whatever is re-imported or re-parsed).

A merge moves documents and everything people made (reviews, scores, comments,
tags, corrections, conflicts, history) to the candidate kept; the other is gone.
On a shared committee it is the administrator's: it rewrites other reviewers'
rows and the append-only history, which the database lets no member change.
A "not the same person" answer is the chairs' there, as the import is."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.errors import NotAllowed
from reviewer.results import CandidateNotFound, Changes

if TYPE_CHECKING:
    from db.store import Store


@dataclass(frozen=True)
class SamePersonSuggestion:
    a: int
    b: int
    name_a: str
    name_b: str
    reasons: tuple[str, ...]

    def other(self, candidate_id: int) -> tuple[int, str]:
        return (self.b, self.name_b) if candidate_id == self.a else (self.a, self.name_a)


def same_person_suggestions(store: Store, *, candidate_id: int | None = None) -> list[SamePersonSuggestion]:
    """Pairs who may be one person (of `candidate_id` only, when given), each with why."""
    from db import same_person as spq
    from reviewer.blind import blind_label
    from reviewer.blind_operations import is_blind
    from reviewer.same_person import suggestions

    with store.session(write=False) as session:
        names = {cid: [n for n in given if n] for cid, given in spq.names(session).items()}
        if candidate_id is not None and candidate_id not in names:
            return []
        found = suggestions(names, lambda ids: spq.profiles(session, ids), spq.rejected_pairs(session),
                            only=candidate_id)
        blind = is_blind(session)
    if blind:  # the blind first round shows labels, and reasons without names, e-mails or phones
        return [SamePersonSuggestion(s.a, s.b, blind_label(s.a), blind_label(s.b), _blind_reasons(s.reasons))
                for s in found]
    return [SamePersonSuggestion(s.a, s.b, (names[s.a] or ["?"])[0], (names[s.b] or ["?"])[0], s.reasons)
            for s in found]


def _blind_reasons(reasons: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for reason in reasons:
        head = reason.split(" (", 1)[0] if reason.startswith("names match") else reason
        if head.startswith(("same e-mail", "same phone")):
            head = head.split(":", 1)[0]
        if head not in out:
            out.append(head)
    return tuple(out)


def mark_not_same_person(store: Store, *, a: int, b: int, reviewer: str | None = None) -> Changes:
    """Remember that candidates `a` and `b` are two people."""
    from db import candidates as cq
    from db import same_person as spq

    if a == b:
        raise ValueError("a candidate is always the same person as themself")
    store.require_chair("answer same-person suggestions")
    with store.session() as session:
        missing = {a, b} - set(cq.existing_ids(session, [a, b]))
        if missing:
            raise CandidateNotFound(min(missing))
        who = cq.reviewer_id(session, reviewer.strip()) if reviewer and reviewer.strip() else None
        spq.mark_different(session, a, b, who)
    return Changes(candidate_ids=frozenset({a, b}))


def merge_candidates(store: Store, *, keep: int, drop: int) -> Changes:
    """Make `drop` part of `keep`: one candidate with both's documents and both's reviews."""
    from db import candidates as cq
    from db import same_person as spq
    from reviewer.storing import refresh_candidate

    if keep == drop:
        raise ValueError("pick two different candidates to merge")
    if store.member_kind() is not None:
        raise NotAllowed("not allowed: on a shared committee only the administrator merges candidates "
                         "(`reviewer --db ADMIN_URL merge KEEP_ID DROP_ID`): a merge moves every reviewer's "
                         "reviews and the history, which no member may change")
    with store.session() as session:
        missing = {keep, drop} - set(cq.existing_ids(session, [keep, drop]))
        if missing:
            raise CandidateNotFound(min(missing))
        spq.merge(session, keep=keep, drop=drop)
        cq.delete_candidate(session, store.search, drop)
        refresh_candidate(session, store.search, keep)
    return Changes(candidate_ids=frozenset({keep, drop}), candidates_added_or_removed=True, reviews=True, tags=True,
                   profile=True)
