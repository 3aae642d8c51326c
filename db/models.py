"""The schema as typed SQLAlchemy 2 models.

Two kinds of data live here and are kept apart on purpose:
- derived: `Document` rows, the profile columns of `Candidate`, `Identity` rows.
  Import and re-parse rewrite them freely.
- made by people: `Reviewer`, `Review`, `Tag`/`candidate_tags`, `Correction`.
  Nothing in the import path writes these tables.

Portable SQL only (SQLite now, PostgreSQL later); SQLite specifics live in
db/sqlite.py. The schema is created by Alembic (db/migrations), never create_all.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints let Alembic's batch mode (SQLite) find and alter them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True), dict[str, Any]: JSON}


class Candidate(Base):
    """One person. The profile columns are derived from their documents (merged)
    and exist so the list can sort and filter without reading JSON."""

    __tablename__ = "candidates"
    # Covers the list's columns: the rows carry the whole profile JSON (~13 kB each,
    # one table page or more per candidate), so the list reads this index instead
    # (10,000 candidates: ~1 MB instead of ~130 MB when cold). Led by id for id order.
    __table_args__ = (Index("ix_candidates_list", "id", "display_name", "email", "position", "highest_degree",
                            "publications", "first_author", "warnings"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300), default="", index=True)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    position: Mapped[str | None] = mapped_column(String(500))
    highest_degree: Mapped[str | None] = mapped_column(String(500))
    # NULL: unknown (a publications section the parser could not read), never a silent 0.
    publications: Mapped[int | None] = mapped_column(Integer, default=0, index=True)
    first_author: Mapped[int | None] = mapped_column(Integer, default=0, index=True)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # Indexed, like the other times the live-update poll reads (db/candidates.py,
    # change_stamp): its max() is then one index look-up, not a scan of every row
    # with its inline profile JSON (~50-100 ms of CPU at 10,000 candidates).
    profile_updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # A new version of the CV (new content, same candidate): the profile as it was
    # before, for the diff a reviewer reads, and when it was replaced (reviews saved
    # before then were made on the previous version). Derived data.
    previous_profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    cv_replaced_at: Mapped[datetime | None] = mapped_column()


class Document(Base):
    """One file as imported: its bytes' identity, its text and what the parser made of it.
    A failed file is kept too (no candidate), so its reason can be shown and it is
    not parsed again until the file or the parser changes."""

    __tablename__ = "documents"
    __table_args__ = (CheckConstraint("status IN ('ok', 'failed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(4096), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime: Mapped[float] = mapped_column(Float)
    format: Mapped[str] = mapped_column(String(16))
    pages: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    parser_version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    # What the classifier made of it (reviewer/dockind.py): only a "cv" makes or
    # shapes a candidate's profile; the rest of a packet attaches to a candidate.
    # A person's correction lives apart, in `document_kind_corrections`.
    kind: Mapped[str] = mapped_column(String(32), default="cv", server_default="cv")
    # A merged portal PDF's parts (reviewer/portal_split.py): [{first, last, kind,
    # title, reason}], pages 1-based; NULL for a file that is one document. `kind`
    # above is then the CV's when a part is one (its pages made `profile`).
    parts: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)


class DocumentFile(Base):
    """The bytes of an original file, stored once per content (sha256), so that a
    reviewer on another machine can open the PDF the committee received. Documents
    point here through their `sha256`; no foreign key, since a document may have no
    bytes (a failed file, or one imported before 0005 whose file is gone). Rows no
    document uses any more are deleted with it (db/documents.py)."""

    __tablename__ = "document_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class DocumentKindCorrection(Base):
    """A person's correction of a document's kind. Its own table, because import and
    re-parse rewrite `documents` and must never undo it; it follows the document
    (a moved or changed file keeps its row) and goes when the document goes.
    On a shared committee the chairs write it, like the rest of the packet."""

    __tablename__ = "document_kind_corrections"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    corrected_at: Mapped[datetime] = mapped_column(default=utcnow)


class Identity(Base):
    """A normalized email or phone seen in a document: how a second CV of the same
    person finds its candidate. Derived; rewritten with its document."""

    __tablename__ = "identities"
    __table_args__ = (Index("ix_identities_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "email" | "phone"
    value: Mapped[str] = mapped_column(String(320))


class Reviewer(Base):
    __tablename__ = "reviewers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The PostgreSQL login role this reviewer connects as (a shared committee,
    # db/postgres_roles.py); row-level security compares it with current_user.
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    # Where the reviewer works (optional): a candidate who was there recently is a
    # possible conflict of interest (reviewer/conflicts.py).
    affiliation: Mapped[str | None] = mapped_column(String(300))


class Review(Base):
    """One reviewer's view of one candidate: a 1-5 score (optional) and a comment."""

    __tablename__ = "reviews"
    __table_args__ = (
        UniqueConstraint("candidate_id", "reviewer_id"),
        CheckConstraint("score IS NULL OR (score >= 1 AND score <= 5)", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), index=True)
    score: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)  # change_stamp's max()
    # +1 on every comment saved: an editor that started from an older version (the
    # same reviewer saved a comment on another machine meanwhile) is told instead
    # of overwriting it.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


candidate_tags = Table(
    "candidate_tags",
    Base.metadata,
    Column("candidate_id", ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
    # Who put the tag on (on a shared PostgreSQL committee the database fills it in
    # from the login role, and only they may take it off); NULL on SQLite.
    Column("reviewer_id", ForeignKey("reviewers.id", ondelete="SET NULL"), nullable=True),
)


class Correction(Base):
    """A value a person typed over a parsed field ("name" first of all)."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("candidate_id", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    corrected_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)  # change_stamp's max()


class CandidateStage(Base):
    """Where a candidate stands in the search (reviewer/stages.py), set by a person.
    A separate table, not a column of `candidates`, because import rewrites that row
    and must never touch a decision. No row means "new"."""

    __tablename__ = "candidate_stages"
    __table_args__ = (CheckConstraint(
        "stage IN ('new', 'longlist', 'shortlist', 'interview', 'offer', 'declined', 'rejected')",
        name="stage"),)

    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True)
    stage: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommitteeSetting(Base):
    """A setting the whole committee shares (stored with the data, not per desk):
    key -> value as text; reviewer/committee_settings.py declares the keys and defaults."""

    __tablename__ = "committee_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class RubricCriterion(Base):
    """One criterion of the committee's rubric (research, teaching, fit, ...) with its
    weight. A criterion left out of a later rubric is kept inactive, never deleted,
    so the scores given on it survive a change of rubric."""

    __tablename__ = "rubric_criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)


class CriterionScore(Base):
    """A reviewer's 1-5 score of a candidate on one criterion (made by a person)."""

    __tablename__ = "criterion_scores"
    __table_args__ = (
        UniqueConstraint("candidate_id", "reviewer_id", "criterion_id"),
        CheckConstraint("score >= 1 AND score <= 5", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("rubric_criteria.id", ondelete="CASCADE"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """A reviewer's conflict of interest with a candidate (made by a person): "declared"
    (the reviewer may not score the candidate and sees none of the others' reviews)
    or "dismissed" (a suggested conflict the reviewer said is none: not suggested again)."""

    __tablename__ = "conflicts"
    __table_args__ = (
        UniqueConstraint("candidate_id", "reviewer_id"),
        CheckConstraint("status IN ('declared', 'dismissed')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class SettingChange(Base):
    """One change of a committee setting, with who (the reviewer's name as they
    gave it) and when; append-only, written in the transaction of the change."""

    __tablename__ = "setting_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class HistoryEntry(Base):
    """One change a person made (score, criterion score, comment, tag, stage,
    correction), with who and when: append-only, written in the same transaction as
    the change (reviewer/history.py). An undo is a new entry pointing at the one it
    undid (`undo_of`), never an edit; on a shared committee the database refuses
    UPDATE and DELETE to everyone but the administrator (db/postgres_roles.py)."""

    __tablename__ = "history"
    __table_args__ = (CheckConstraint(
        "kind IN ('score', 'criterion', 'comment', 'tag', 'stage', 'correction')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(100))  # the criterion, tag or corrected field
    old_value: Mapped[Any | None] = mapped_column(JSON)
    new_value: Mapped[Any | None] = mapped_column(JSON)
    undo_of: Mapped[int | None] = mapped_column(Integer, index=True)  # the entry this one undid
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class SamePersonAnswer(Base):
    """A person's answer to "are these two candidates one person?": "different" (not
    suggested again; made by a person, so re-imports and re-parses keep it). A
    "same" answer is a merge, which leaves one candidate and needs no row."""

    __tablename__ = "same_person_answers"
    __table_args__ = (CheckConstraint("candidate_a < candidate_b", name="ordered"),)

    candidate_a: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True)
    candidate_b: Mapped[int] = mapped_column(ForeignKey("candidates.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)
    answer: Mapped[str] = mapped_column(String(16), default="different")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
