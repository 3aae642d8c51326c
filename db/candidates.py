"""Queries of the review side: the candidate list, one candidate's detail,
reviewers, reviews, tags, corrections, deletion and the search index content."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Row, Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db.conflicts import set_aside
from db.dialects import insert_or_ignore
from db.documents import drop_unused_files
from db.errors import NotAllowed, ReviewConflict
from db.models import (
    Candidate,
    Correction,
    Document,
    HistoryEntry,
    Review,
    Reviewer,
    Tag,
    candidate_tags,
    utcnow,
)
from db.search import SearchContent, SearchIndex


class CandidateSummary(NamedTuple):
    """The derived columns the list shows for one candidate (a NamedTuple: 10,000 of
    them are made each time the list loads, ~3x faster than a frozen dataclass)."""

    id: int
    name: str
    email: str | None
    position: str | None
    highest_degree: str | None
    publications: int | None  # None: unknown (see reviewer.identity.summary_columns)
    first_author: int | None
    warnings: int


@dataclass(frozen=True)
class ReviewRow:
    candidate_id: int
    reviewer: str
    score: int | None
    comment: str
    updated_at: datetime
    version: int = 0


class ReviewScore(NamedTuple):
    """What the ranked list needs of a review (no comment text, no timestamps)."""

    candidate_id: int
    reviewer: str
    score: int | None
    commented: bool  # the comment holds more than whitespace


@dataclass(frozen=True)
class DocumentRow:
    id: int
    path: str
    format: str
    status: str
    error: str | None
    pages: int | None


# Beyond this many ids, read everything and filter in Python: SQLite limits the
# number of bound parameters, and a full scan is as fast for large sets anyway.
MAX_IN = 500


def _within(stmt, column, ids: set[int] | None):  # noqa: ANN001, ANN202 (any select, any column)
    """Restrict `stmt` to `ids` in SQL when the set is small; returns (stmt, ids to filter by in Python)."""
    if ids is None:
        return stmt, None
    if len(ids) <= MAX_IN:
        return stmt.where(column.in_(ids)), None
    return stmt, ids


def _chunks(ids: list[int]) -> list[list[int]]:
    unique = list(dict.fromkeys(ids))
    return [unique[i:i + MAX_IN] for i in range(0, len(unique), MAX_IN)]


def summaries(session: Session, *, ids: set[int] | None = None, tag: str | None = None) -> list[CandidateSummary]:
    stmt = select(Candidate.id, Candidate.display_name, Candidate.email, Candidate.position,
                  Candidate.highest_degree, Candidate.publications, Candidate.first_author, Candidate.warnings)
    stmt, keep = _within(stmt, Candidate.id, ids)
    if tag is not None:
        tagged = (select(candidate_tags.c.candidate_id).join(Tag, Tag.id == candidate_tags.c.tag_id)
                  .where(Tag.name == tag))
        stmt = stmt.where(Candidate.id.in_(tagged))
    rows = _plain(session, stmt.order_by(Candidate.id))
    make = CandidateSummary._make
    return [make(row) for row in rows if keep is None or row[0] in keep]


def names(session: Session) -> list[tuple[int, str]]:
    """(id, display name) of every candidate, by id: what the ranked order needs of
    everyone (names break ties and order the unscored), without the other list columns."""
    return [(cid, name) for cid, name in _plain(session, select(Candidate.id, Candidate.display_name)
                                                 .order_by(Candidate.id))]


def _plain(session: Session, stmt: Select) -> Sequence[Row]:
    """Rows of plain columns without the ORM's per-row work (half the time at 10,000
    rows). Pending changes are flushed first, as `session.execute` would."""
    session.flush()
    return session.connection().execute(stmt).all()


def filtered_ids(session: Session, *, ids: set[int] | None = None, tag: str | None = None) -> set[int]:
    """The candidate ids among `ids` (all when None) that carry `tag` (any when None):
    the same filter as `summaries`, without reading any list column."""
    if tag is None:
        return set(ids) if ids is not None else set(session.scalars(select(Candidate.id)))
    tagged = set(session.scalars(select(candidate_tags.c.candidate_id)
                                 .join(Tag, Tag.id == candidate_tags.c.tag_id).where(Tag.name == tag)))
    return tagged if ids is None else tagged & ids


def existing_ids(session: Session, ids: list[int]) -> set[int]:
    return {cid for chunk in _chunks(ids) for cid in session.scalars(select(Candidate.id).where(Candidate.id.in_(chunk)))}


def candidate_profile(session: Session, candidate_id: int) -> tuple[dict[str, Any] | None, str] | None:
    """(merged profile, display name) or None when there is no such candidate."""
    row = session.execute(select(Candidate.profile, Candidate.display_name)
                          .where(Candidate.id == candidate_id)).one_or_none()
    return None if row is None else (row[0], row[1])


def reviews(session: Session, candidate_ids: set[int] | None = None) -> list[ReviewRow]:
    stmt = (select(Review.candidate_id, Reviewer.name, Review.score, Review.comment, Review.updated_at,
                   Review.version)
            .join(Reviewer, Reviewer.id == Review.reviewer_id)
            .where(~set_aside(Review.candidate_id, Review.reviewer_id))  # a declared conflict
            .order_by(Review.candidate_id, Reviewer.name))
    stmt, keep = _within(stmt, Review.candidate_id, candidate_ids)
    return [ReviewRow(*row) for row in session.execute(stmt) if keep is None or row[0] in keep]


def review_scores(session: Session) -> list[ReviewScore]:
    """Every review's score, as `reviews` without comment text and timestamps: the
    ranked list reads all of them (18,000 at 10,000 candidates) each time it loads."""
    stmt = (select(Review.candidate_id, Reviewer.name, Review.score, Review.comment)
            .join(Reviewer, Reviewer.id == Review.reviewer_id)
            .where(~set_aside(Review.candidate_id, Review.reviewer_id))  # a declared conflict
            .order_by(Review.candidate_id, Reviewer.name))
    return [ReviewScore(cid, name, score, bool(comment.strip())) for cid, name, score, comment in _plain(session, stmt)]


def reviewer_names(session: Session) -> list[str]:
    """Reviewers who scored anyone, in name order (the export's score columns)."""
    stmt = (select(Reviewer.name).join(Review, Review.reviewer_id == Reviewer.id)
            .where(Review.score.is_not(None)).distinct().order_by(Reviewer.name))
    return list(session.scalars(stmt))


def documents(session: Session, candidate_ids: set[int] | None = None) -> dict[int, list[DocumentRow]]:
    stmt = (select(Document.candidate_id, Document.id, Document.path, Document.format, Document.status,
                   Document.error, Document.pages)
            .where(Document.candidate_id.is_not(None)).order_by(Document.candidate_id, Document.id))
    stmt, keep = _within(stmt, Document.candidate_id, candidate_ids)
    out: dict[int, list[DocumentRow]] = defaultdict(list)
    for cid, *rest in session.execute(stmt):
        if keep is None or cid in keep:
            out[cid].append(DocumentRow(*rest))
    return out


def failed_documents(session: Session) -> list[DocumentRow]:
    stmt = (select(Document.id, Document.path, Document.format, Document.status, Document.error, Document.pages)
            .where(Document.status == "failed").order_by(Document.path))
    return [DocumentRow(*row) for row in session.execute(stmt)]


def document_text(session: Session, document_id: int) -> str | None:
    return session.scalar(select(Document.text).where(Document.id == document_id))


# --- what people make: reviewers, reviews, tags, corrections -------------------

def reviewer_id(session: Session, name: str) -> int:
    """The reviewer's id, creating the reviewer on first use."""
    found = session.scalar(select(Reviewer.id).where(Reviewer.name == name))
    if found is not None:
        return found
    # Another process may be adding the same reviewer at this moment: whoever is
    # second skips the insert and reads the row the first one made.
    session.execute(insert_or_ignore(session, Reviewer, ["name"]).values(name=name, created_at=utcnow()))
    return session.scalar(select(Reviewer.id).where(Reviewer.name == name))


_UNSET: Any = object()


def save_review(session: Session, *, candidate_id: int, reviewer_id: int, score: int | None = _UNSET,
                comment: str = _UNSET, expected_version: int | None = None) -> int:
    """Write only the fields given, so a score saved on one machine and a comment on
    another never undo each other; returns the review's version (of its comment).

    `expected_version`: the comment's version the editor started from. When it
    has moved on since (the same reviewer saved a comment on another machine),
    nothing is written and ReviewConflict says so. The check is part of the UPDATE, so two
    saves at the same moment cannot both pass it."""
    now = utcnow()
    key = (Review.candidate_id == candidate_id, Review.reviewer_id == reviewer_id)
    session.execute(insert_or_ignore(session, Review, ["candidate_id", "reviewer_id"]).values(
        candidate_id=candidate_id, reviewer_id=reviewer_id, score=None, comment="", created_at=now,
        updated_at=now, version=0))
    changes: dict[str, Any] = {"updated_at": now}
    if score is not _UNSET:
        changes["score"] = score
    if comment is not _UNSET:
        # The version counts comment edits: a score given meanwhile is no reason to
        # stop someone who is typing a comment.
        changes |= {"comment": comment, "version": Review.version + 1}
    stmt = update(Review).where(*key).values(**changes).returning(Review.version)
    if expected_version is not None:
        stmt = stmt.where(Review.version == expected_version)
    # RETURNING: the new version comes back with the update, no second round trip.
    saved = session.execute(stmt, execution_options={"synchronize_session": False}).scalar_one_or_none()
    if saved is not None:
        return saved
    row = session.execute(select(Review.version, Review.comment).where(*key)).one_or_none()
    current = row[0] if row else None
    if row is not None and expected_version is not None and current != expected_version:
        if comment is not _UNSET and row[1] == comment:
            # The stored text is already this one: a save retried after its first
            # attempt committed but its answer was lost (the network dropped).
            return current
        raise ReviewConflict(current)
    # Visible but not updatable: row-level security keeps it for its own reviewer.
    raise NotAllowed("not allowed: that review belongs to another reviewer")


def tags(session: Session, candidate_ids: set[int] | None = None) -> dict[int, list[str]]:
    stmt = (select(candidate_tags.c.candidate_id, Tag.name).join(Tag, Tag.id == candidate_tags.c.tag_id)
            .order_by(Tag.name))
    stmt, keep = _within(stmt, candidate_tags.c.candidate_id, candidate_ids)
    out: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(stmt):
        if keep is None or cid in keep:
            out[cid].append(name)
    return out


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def add_tag(session: Session, candidate_ids: list[int], name: str) -> None:
    tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
    if tag_id is None:  # ON CONFLICT: another process may be making the same tag now
        session.execute(insert_or_ignore(session, Tag, ["name"]).values(name=name))
        tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
    have: set[int] = set()
    for chunk in _chunks(candidate_ids):
        have.update(session.scalars(select(candidate_tags.c.candidate_id).where(
            candidate_tags.c.tag_id == tag_id, candidate_tags.c.candidate_id.in_(chunk))))
    rows = [{"candidate_id": cid, "tag_id": tag_id} for cid in dict.fromkeys(candidate_ids) if cid not in have]
    if rows:
        session.execute(insert_or_ignore(session, candidate_tags, ["candidate_id", "tag_id"]), rows)


def remove_tag(session: Session, candidate_ids: list[int], name: str) -> int:
    """Take the tag off these candidates; returns how many carry it still (on a
    shared committee, row-level security keeps other reviewers' tags on)."""
    tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
    if tag_id is None:
        return 0
    for chunk in _chunks(candidate_ids):
        session.execute(delete(candidate_tags).where(candidate_tags.c.tag_id == tag_id,
                                                     candidate_tags.c.candidate_id.in_(chunk)))
    kept = sum(session.scalar(select(func.count()).where(candidate_tags.c.tag_id == tag_id,
                                                         candidate_tags.c.candidate_id.in_(chunk))) or 0
               for chunk in _chunks(candidate_ids))
    # A tag nobody carries any more disappears from the filter list.
    if session.scalar(select(func.count()).where(candidate_tags.c.tag_id == tag_id)) == 0:
        session.execute(delete(Tag).where(Tag.id == tag_id))
    return kept


def corrections(session: Session, candidate_ids: set[int] | None = None) -> dict[int, dict[str, str]]:
    stmt = select(Correction.candidate_id, Correction.field, Correction.value)
    stmt, keep = _within(stmt, Correction.candidate_id, candidate_ids)
    out: dict[int, dict[str, str]] = defaultdict(dict)
    for cid, field, value in session.execute(stmt):
        if keep is None or cid in keep:
            out[cid][field] = value
    return out


def set_correction(session: Session, *, candidate_id: int, field: str, value: str | None,
                   reviewer_id: int | None = None) -> None:
    session.execute(delete(Correction).where(Correction.candidate_id == candidate_id, Correction.field == field))
    if session.scalar(select(Correction.id).where(Correction.candidate_id == candidate_id, Correction.field == field)):
        # Still there: on a shared committee, row-level security kept another reviewer's row.
        raise NotAllowed(f"not allowed: another reviewer corrected the {field}")
    if value is not None:
        # Without a reviewer the column is left out, not NULL: on a shared committee the
        # database fills in the connected reviewer (db/postgres_roles.py).
        who = {} if reviewer_id is None else {"reviewer_id": reviewer_id}
        session.execute(insert(Correction).values(candidate_id=candidate_id, field=field, value=value,
                                                  corrected_at=utcnow(), **who))


def delete_candidate(session: Session, search: SearchIndex, candidate_id: int) -> bool:
    """Delete a candidate with everything attached (cascades); False if there was none."""
    shas = list(session.scalars(select(Document.sha256).where(Document.candidate_id == candidate_id)))
    search.remove(session, [candidate_id])
    result = session.execute(delete(Candidate).where(Candidate.id == candidate_id))
    if shas:
        drop_unused_files(session, shas)
    return result.rowcount > 0


# --- the full-text index -----------------------------------------------------

def refresh_search(session: Session, search: SearchIndex, candidate_id: int, *,
                   profile: dict[str, Any] | None = None) -> None:
    """Rebuild one candidate's search row from names, institutions, tags and CV text.
    `profile`: the merged profile when the caller has it (saves decoding the JSON)."""
    if profile is None:
        row = session.execute(select(Candidate.display_name, Candidate.profile)
                              .where(Candidate.id == candidate_id)).one_or_none()
        if row is None:
            return
        name, profile = row
    else:
        name = session.scalar(select(Candidate.display_name).where(Candidate.id == candidate_id)) or ""
    names = [name, *corrections(session, {candidate_id}).get(candidate_id, {}).values()]
    profile = profile or {}
    places = [e.get("institution") for e in profile.get("education", [])]
    places += [e.get("organization") for e in profile.get("experience", [])]
    texts = session.scalars(select(Document.text).where(Document.candidate_id == candidate_id))
    where = "\n".join([*(p for p in places if p), *tags(session, {candidate_id}).get(candidate_id, [])])
    search.update(session, candidate_id, SearchContent(name="\n".join(n for n in names if n),
                                                       body="\n".join(texts), places=where))


def search_ids(session: Session, search: SearchIndex, query: str) -> set[int]:
    return search.matching_ids(session, query)


# Built once: the window sends it every 2 s, and building the statement (and its
# ORM result) cost more than SQLite answering it. Every count() and max() here is
# served by an index (migration 0018 for the times; tests/test_change_stamp.py).
_STAMP = select(
    select(func.count()).select_from(Candidate).scalar_subquery(),
    select(func.max(Candidate.id)).scalar_subquery(),
    select(func.max(Candidate.profile_updated_at)).scalar_subquery(),
    select(func.count()).select_from(Review).scalar_subquery(),
    select(func.max(Review.updated_at)).scalar_subquery(),
    select(func.count()).select_from(candidate_tags).scalar_subquery(),
    select(func.count()).select_from(Correction).scalar_subquery(),
    select(func.max(Correction.corrected_at)).scalar_subquery(),
    # Every change a person makes (score, comment, tag, stage, correction, undo)
    # appends a history entry in its own transaction: the newest id sees what the
    # counts and times above cannot (a stage, a tag moved to another candidate)
    # and does not depend on the writing machine's clock.
    select(func.max(HistoryEntry.id)).scalar_subquery(),
)


def change_stamp(session: Session) -> tuple:
    """A cheap fingerprint of what other people change (candidates, reviews, tags,
    corrections, stages): the window compares it every few seconds to notice another
    machine's work. Counts catch deletions; the newest times catch imports and
    edits; the newest history entry catches every change a person makes."""
    return tuple(session.connection().execute(_STAMP).one())
