"""One small keyword-only function per user action: the only door the window and
the command line use into the core (Anki's `aqt/operations` pattern).

Every function takes the open `Store` first. Writes return a `Changes` value
saying what changed, so views refresh from one signal and redraw only that.
None of these touch Qt; the long ones (import, export) take a progress callback
and a cancel check and are run off the GUI thread by `ui/`.

The signatures and dataclasses are the contract the window is built against:
add, never rename. Queries live in db/; business rules (merging, ranking,
corrections) in small reviewer/ modules these functions call.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import NotAllowed, ReviewConflict  # noqa: F401 - raised to the window and the command line
from reviewer.blind_operations import (  # noqa: F401 - the blind first round, re-exported
    blind_changes,
    document_for_reading,
    set_blind_first_round,
    text_for_reading,
)
from reviewer.guards import ConflictOfInterest, require_no_conflict
from reviewer.guards import require as _require
from reviewer.operations_committee import (
    ConflictView,
    conflict_view,
    conflicts,
    declare_conflict,
    dismiss_conflict,
    export_reviews,
    export_screening,
    remove_conflict,
    reviewer_affiliation,
    set_affiliation,
)
from reviewer.operations_history import HistoryInfo, UndoRefused, candidate_history, undo_last
from reviewer.operations_rubric import (
    committee_settings,
    rubric,
    set_criterion_score,
    set_hide_scores_until_mine,
    set_rubric,
)
from reviewer.operations_same_person import (  # noqa: F401 - same-person suggestions and merges, re-exported
    SamePersonSuggestion,
    mark_not_same_person,
    merge_candidates,
    same_person_suggestions,
)
from reviewer.packet_operations import (  # noqa: F401 - the packet actions, re-exported
    DocumentNotFound,
    LooseDocumentInfo,
    attach_document,
    loose_documents,
    set_document_kind,
    set_required_documents,
)
from reviewer.profile_diff import DiffSection, diff_profiles
from reviewer.results import (  # re-exported: the window and the CLI import them from here
    CancelCheck,
    CandidateNotFound,
    CandidateRow,
    Changes,
    FileResult,
    ImportProgress,
    ImportReport,
    Outcome,
    ProgressCallback,
)
from reviewer.rubric import Criterion

if TYPE_CHECKING:

    from db.store import Store
    from reviewer.profile import Profile

__all__ = ["CancelCheck", "CandidateNotFound", "ConflictOfInterest", "CandidateRow", "Changes", "FileResult", "ImportProgress",
           "ImportReport", "Outcome", "ProgressCallback",
           "ConflictView", "conflicts", "declare_conflict", "dismiss_conflict", "export_reviews", "export_screening",
           "remove_conflict", "reviewer_affiliation", "set_affiliation",  # reviewer/operations_committee.py
           "committee_settings", "rubric", "set_criterion_score", "set_hide_scores_until_mine",
           "set_rubric",  # reviewer/operations_rubric.py
           "HistoryInfo", "UndoRefused", "candidate_history", "undo_last"]  # reviewer/operations_history.py; the rest moved to reviewer/results.py


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    path: str
    format: str
    status: str  # "ok" or "failed"
    error: str | None
    pages: int | None
    kind: str = "cv"  # reviewer/dockind.py: the classifier's, or a person's correction
    kind_corrected: bool = False
    parts: tuple[DocumentPart, ...] = ()  # a merged portal PDF's documents, in page order


@dataclass(frozen=True)
class DocumentPart:
    """One document inside a merged portal PDF (reviewer/portal_split.py)."""

    first: int  # first page, 1-based
    last: int  # last page, inclusive
    kind: str
    title: str

    @property
    def pages(self) -> str:
        return f"{self.first}" if self.first == self.last else f"{self.first}–{self.last}"


@dataclass(frozen=True)
class ReviewInfo:
    reviewer: str
    score: int | None  # the reviewer's own single score
    comment: str
    updated_at: str  # ISO 8601
    version: int = 0  # pass back as `expected_version` to detect a save made elsewhere meanwhile
    criteria: dict[str, int] = field(default_factory=dict)  # criterion name -> 1-5 (with a rubric)
    overall: float | None = None  # weighted rubric score, else `score` (reviewer/rubric.py)
    on_previous_cv: bool = False  # saved before a new version of the CV arrived: look again


@dataclass(frozen=True)
class CandidateDetail:
    id: int
    profile: Profile  # the parsed profile with the reviewer's corrections applied
    corrections: dict[str, str]  # field -> value a person typed
    documents: list[DocumentInfo]
    reviews: list[ReviewInfo]
    tags: tuple[str, ...]
    stage: str = "new"
    stage_reason: str | None = None
    hidden_reviews: int = 0  # others' reviews left out until the viewer scores (reviewer/committee_settings.py)
    rubric: tuple[Criterion, ...] = ()  # the committee's criteria; empty: a single score
    conflict: ConflictView | None = None  # the viewer's conflict of interest and suggestions (with `viewer`)
    missing: tuple[str, ...] = ()  # what the packet lacks against the committee's list ("2 of 3 letters")
    required: str = "CV"  # that list, as the committee wrote it (reviewer/packets.py)
    cv_changes: tuple[DiffSection, ...] = ()  # what the latest new CV version changed (reviewer/profile_diff.py)
    cv_replaced_at: str | None = None  # ISO 8601: when that version arrived


def import_folder(store: Store, folder: str | Path, *, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None, workers: int | None = None,
                  timeout: float = 60.0) -> ImportReport:
    """Import every CV under `folder` (see reviewer/importing.py for the outcomes).
    Raises NotADirectoryError when `folder` is not a folder."""
    from reviewer import importing

    store.require_chair("import CVs")
    return importing.import_folder(store, folder, progress=progress, cancelled=cancelled,
                                   workers=workers, timeout=timeout)


def reparse(store: Store, *, everything: bool = False, progress: ProgressCallback | None = None,
            cancelled: CancelCheck | None = None, workers: int | None = None,
            timeout: float = 60.0) -> ImportReport:
    """Re-parse stored documents an older parser made (all of them with `everything`)."""
    from reviewer import importing

    store.require_chair("re-parse documents")
    return importing.reparse(store, everything=everything, progress=progress, cancelled=cancelled,
                             workers=workers, timeout=timeout)


def list_candidates(store: Store, *, reviewer: str | None = None, query: str | None = None,
                    tag: str | None = None, stage: str | None = None,
                    ids: set[int] | None = None, complete: bool | None = None,
                    first: int | None = None) -> list[CandidateRow]:
    """Ranked rows; `query` is full-text over name, institutions, tags and CV text;
    `ids` keeps only these candidates. Ranks are the committee's over everyone,
    whatever the filter. `first`: only the first rows of that list, sooner (the
    window shows them while the rest loads)."""
    from reviewer.listing import ranked_rows

    with store.session(write=False) as session:
        return ranked_rows(session, store.search, reviewer=reviewer, query=query, tag=tag, stage=stage,
                           only=ids, complete=complete, first=first)


def list_candidates_in_steps(store: Store, *, reviewer: str | None = None,
                             first: int) -> Iterator[list[CandidateRow]]:
    """`list_candidates()` in two steps for a window opening on thousands: its first
    `first` rows (a screenful, sooner), then the whole list (skipped when the first
    step was everyone). Both come from one ranking in one read, so the first step is
    exactly the start of the second."""
    from reviewer.listing import ranked_rows_in_steps

    with store.session(write=False) as session:
        yield from ranked_rows_in_steps(session, store.search, reviewer=reviewer, first=first)


def matching_ids(store: Store, *, query: str | None = None, tag: str | None = None) -> set[int]:
    """Ids of the candidates that match `query` (full text, as in `list_candidates`)
    and carry `tag`; no ranking and no row assembly, so the search box can filter
    10,000 candidates in milliseconds. With neither, every candidate id."""
    from db import candidates as cq
    from reviewer.blind_operations import is_blind
    from reviewer.listing import query_ids

    with store.session(write=False) as session:
        ids = query_ids(session, store.search, query, blind=is_blind(session))
        return cq.filtered_ids(session, ids=ids, tag=tag)


def get_candidate(store: Store, candidate_id: int, *, viewer: str | None = None) -> CandidateDetail:
    """One candidate; with `viewer`, the others' reviews are left out while the
    committee hides scores until the viewer's own is in (reviewer/committee_settings.py)."""
    from db import candidates as cq
    from db import cv_versions as cvq
    from db import packets as pq
    from db import rubric as rq
    from db import settings as setq
    from db import stages as sq
    from reviewer.blind import blind_file_name, blind_label, blind_profile
    from reviewer.committee_settings import CommitteeSettings, scores_hidden
    from reviewer.identity import apply_corrections
    from reviewer.overalls import with_overalls
    from reviewer.packets import format_required, missing
    from reviewer.profile import Profile

    with store.session(write=False) as session:
        found = cq.candidate_profile(session, candidate_id)
        if found is None:
            raise CandidateNotFound(candidate_id)
        data, name = found
        ids = {candidate_id}
        corrections = cq.corrections(session, ids).get(candidate_id, {})
        docs = cq.documents(session, ids).get(candidate_id, [])
        kinds = pq.document_kinds(session, [d.id for d in docs])
        stored_parts = pq.document_parts(session, [d.id for d in docs])
        parts = {doc_id: tuple(DocumentPart(p["first"], p["last"], p["kind"], p.get("title") or "") for p in found)
                 for doc_id, found in stored_parts.items()}
        packet_kinds = {d.id: pq.part_kinds(*kinds.get(d.id, ("cv", False)), stored_parts.get(d.id)) for d in docs}
        rubric = tuple(Criterion(c.id, c.name, c.weight, c.description) for c in rq.criteria(session))
        names = {c.id: c.name for c in rubric}
        previous, replaced = cvq.cv_version(session, candidate_id)
        reviews = [ReviewInfo(r.reviewer, r.score, r.comment, _iso(r.updated_at), r.version,
                              criteria={names[k]: v for k, v in given.items() if k in names}, overall=overall,
                              on_previous_cv=replaced is not None and r.updated_at < replaced)
                   for r, overall, given in with_overalls(session, cq.reviews(session, ids), ids)]
        tags = cq.tags(session, ids).get(candidate_id, [])
        stage = sq.stages(session, ids).get(candidate_id)
        settings = CommitteeSettings.from_stored(setq.committee_settings(session))
        profile = Profile.model_validate(data) if data else Profile(source=docs[0].path if docs else "", name=name)
        conflict = conflict_view(session, candidate_id, viewer, profile) if viewer else None
    hidden = 0
    if viewer:
        mine = next((r.overall for r in reviews if r.reviewer == viewer), None)
        others = [r for r in reviews if r.reviewer != viewer and (r.overall is not None or r.comment.strip())]
        declared = conflict is not None and conflict.declared
        if others and (declared or scores_hidden(settings, viewer=viewer, my_score=mine, others_reviewed=True)):
            hidden = len(others)
            reviews = [r for r in reviews if r.reviewer == viewer]
    profile = apply_corrections(profile, corrections)
    paths = [d.path for d in docs]
    if settings.blind_first_round:  # file names are often the candidate's name too
        profile = blind_profile(profile, blind_label(candidate_id))
        corrections = {k: v for k, v in corrections.items() if k != "name"}
        paths = [blind_file_name(candidate_id, i, d.format) for i, d in enumerate(docs, 1)]
    return CandidateDetail(
        id=candidate_id,
        profile=profile,
        corrections=dict(corrections),
        documents=[DocumentInfo(d.id, path, d.format, d.status, d.error, d.pages, *kinds.get(d.id, ("cv", False)),
                                parts=parts.get(d.id, ()))
                   for d, path in zip(docs, paths, strict=True)],
        reviews=reviews,
        tags=tuple(tags),
        stage=stage.stage if stage else "new",
        stage_reason=stage.reason if stage else None,
        hidden_reviews=hidden,
        rubric=rubric,
        conflict=conflict,
        missing=missing([k for d in docs if d.status == "ok" for k in packet_kinds[d.id]],
                        settings.required_documents),
        required=format_required(settings.required_documents),
        cv_changes=_cv_changes(previous, data or {}, candidate_id if settings.blind_first_round else None),
        cv_replaced_at=_iso(replaced) if replaced is not None else None,
    )


def _cv_changes(previous: dict[str, Any] | None, current: dict[str, Any],
                blind_id: int | None) -> tuple[DiffSection, ...]:
    """What changed between CV versions; in a blind round both sides are blinded
    first, so the diff cannot show a name, e-mail or link."""
    if previous is None:
        return ()
    if blind_id is not None:
        from reviewer.blind import blind_label, blind_profile
        from reviewer.profile import Profile

        label = blind_label(blind_id)
        previous, current = (blind_profile(Profile.model_validate(p), label).model_dump(mode="json")
                             for p in (previous, current))
    return diff_profiles(previous, current)


def set_score(store: Store, *, candidate_id: int, reviewer: str, score: int | None) -> Changes:
    if score is not None and not 1 <= score <= 5:
        raise ValueError(f"a score is 1 to 5, not {score}")
    return _save_review(store, candidate_id, reviewer, score=score)


def set_comment(store: Store, *, candidate_id: int, reviewer: str, comment: str,
                expected_version: int | None = None) -> Changes:
    """`expected_version`: the review's version when the editor loaded it (ReviewInfo);
    raises db.errors.ReviewConflict, writing nothing, when it was saved elsewhere since."""
    return _save_review(store, candidate_id, reviewer, comment=comment, expected_version=expected_version)


def add_tag(store: Store, *, candidate_ids: list[int], tag: str, reviewer: str | None = None) -> Changes:
    """`reviewer` records who tagged, in the history (a shared committee knows it from the login)."""
    return _change_tag(store, candidate_ids, tag, add=True, reviewer=reviewer)


def remove_tag(store: Store, *, candidate_ids: list[int], tag: str, reviewer: str | None = None) -> Changes:
    return _change_tag(store, candidate_ids, tag, add=False, reviewer=reviewer)


def correct_field(store: Store, *, candidate_id: int, field: str, value: str | None,
                  reviewer: str | None = None) -> Changes:
    """A person's correction of a parsed scalar field ("name" first of all); None removes it.
    `reviewer` records who made it."""
    from db import candidates as cq
    from db import history as hq

    if field == "publications" and value is not None and not value.strip().isdigit():
        raise ValueError(f"a publication count is a whole number, not {value!r}")
    with store.session() as session:
        _require(session, [candidate_id])
        who = cq.reviewer_id(session, reviewer.strip()) if reviewer and reviewer.strip() else None
        before = cq.corrections(session, {candidate_id}).get(candidate_id, {}).get(field)
        cq.set_correction(session, candidate_id=candidate_id, field=field, value=value, reviewer_id=who)
        cq.refresh_search(session, store.search, candidate_id)
        if before != value:
            hq.record(session, candidate_id=candidate_id, reviewer_id=who, kind="correction", field=field,
                      old=before, new=value)
    return Changes(candidate_ids=frozenset({candidate_id}), profile=True)


def set_stage(store: Store, *, candidate_id: int, stage: str, reason: str | None = None,
              reviewer: str | None = None) -> Changes:
    """Move a candidate to a stage (reviewer/stages.py); "rejected" needs a reason.
    `reviewer` records who decided. (Only the chair may, once committees share a
    PostgreSQL database; a local database has no roles.)"""
    from db import candidates as cq
    from db import history as hq
    from db import stages as sq
    from reviewer.history import stage_value
    from reviewer.stages import check_stage

    name, why = check_stage(stage, reason)
    with store.session() as session:
        _require(session, [candidate_id])
        who = cq.reviewer_id(session, reviewer.strip()) if reviewer and reviewer.strip() else None
        before = stage_value(session, candidate_id)
        sq.set_stage(session, candidate_id=candidate_id, stage=name, reason=why, reviewer_id=who)
        after = {"stage": name, "reason": why}
        if before != after and not (before is None and after == {"stage": "new", "reason": None}):
            hq.record(session, candidate_id=candidate_id, reviewer_id=who, kind="stage", field=None, old=before,
                      new=after)
    return Changes(candidate_ids=frozenset({candidate_id}), reviews=True)


def all_tags(store: Store) -> list[str]:
    from db import candidates as cq

    with store.session(write=False) as session:
        return cq.all_tags(session)


def document_text(store: Store, *, document_id: int) -> str:
    from db import candidates as cq

    # A read session: the document tab must not queue behind an import's batch writes.
    with store.session(write=False) as session:
        text = cq.document_text(session, document_id)
    if text is None:
        raise LookupError(f"no document {document_id}")
    return text


def change_stamp(store: Store) -> tuple:
    """Changes when anyone (another machine, the command line) changes candidates,
    reviews, tags or corrections: compared, not interpreted."""
    from db import candidates as cq

    with store.session(write=False) as session:
        return cq.change_stamp(session)


def document_original(store: Store, *, document_id: int) -> bytes | None:
    """The file as the committee received it, from the database (any machine), or
    None when its bytes were never stored (imported before the database kept
    originals, and the file was gone by the next import)."""
    from db import documents as dq

    with store.session(write=False) as session:
        return dq.document_file(session, document_id)


def failed_files(store: Store) -> list[DocumentInfo]:
    """Files that could not be read, with their reasons (they belong to no candidate
    until a later import or parser reads them)."""
    from db import candidates as cq

    with store.session(write=False) as session:
        return [DocumentInfo(d.id, d.path, d.format, d.status, d.error, d.pages)
                for d in cq.failed_documents(session)]


def delete_candidate(store: Store, *, candidate_id: int) -> Changes:
    """Delete the candidate, their documents, extracted text, reviews, tags and
    corrections for real: the search index is merged without them and no old copy
    stays in the database's free pages or its write-ahead log (db/sqlite.py). The
    CV files in the folder and the rolling backups are not touched (see `reviewer delete`)."""
    from db import candidates as cq

    store.require_chair("delete candidates")
    with store.session() as session:
        if not cq.delete_candidate(session, store.search, candidate_id):
            raise CandidateNotFound(candidate_id)
    store.scrub()
    return Changes(candidate_ids=frozenset({candidate_id}), candidates_added_or_removed=True)


def export_shortlist(store: Store, path: str | Path, *, top: int | None = None, tag: str | None = None,
                     min_score: float | None = None, stage: str | None = None) -> int:
    """Write the ranked CSV; returns the number of candidate rows written."""
    from reviewer.export import write_shortlist

    store.require_chair("export the shortlist")
    return write_shortlist(store, path, top=top, tag=tag, min_score=min_score, stage=stage)


# --- helpers -------------------------------------------------------------------

def copy_database(source: str | Path, target: str | Path,
                  progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every candidate, document, original file, review, tag, correction and
    reviewer from the database `source` (path or URL) into the new, empty `target`
    (migrated first); returns rows copied per table."""
    from db.copy import copy_database as copy
    from db.store import open_store

    with open_store(source, daily_backup=False) as src, open_store(target, daily_backup=False) as dst:
        return copy(src, dst, progress=progress)


def _iso(moment: datetime) -> str:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def _save_review(store: Store, candidate_id: int, reviewer: str, **fields: object) -> Changes:
    """One transaction on the hot path (conflict check, the values before for the
    history, insert-if-missing, update returning the version, history row, commit):
    the candidate's existence is checked
    by the review's foreign key, and the reviewer's id is remembered after the
    first commit (reviewers are never deleted), each a round trip saved."""
    from sqlalchemy.exc import IntegrityError

    from db import candidates as cq
    from db import history as hq
    from reviewer.history import record_review

    name = reviewer.strip()
    if not name:
        raise ValueError("a review needs the reviewer's name")
    try:
        with store.session() as session:
            who = store.reviewer_ids.get(name) or cq.reviewer_id(session, name)
            require_no_conflict(session, candidate_id, who, name)
            before = hq.review_values(session, candidate_id, who)
            version = cq.save_review(session, candidate_id=candidate_id, reviewer_id=who,
                                     **fields)  # type: ignore[arg-type]
            record_review(session, candidate_id, who, before, fields)
    except IntegrityError:
        with store.session(write=False) as session:
            _require(session, [candidate_id])  # gone: CandidateNotFound, as before
        raise
    store.reviewer_ids[name] = who  # only once committed: a rolled-back insert has no id
    return Changes(candidate_ids=frozenset({candidate_id}), reviews=True,
                   comment_version=version if "comment" in fields else None)


def _change_tag(store: Store, candidate_ids: list[int], tag: str, *, add: bool,
                reviewer: str | None = None) -> Changes:
    from db import candidates as cq
    from db import history as hq

    name = tag.strip()
    if not name:
        raise ValueError("a tag needs a name")
    with store.session() as session:
        _require(session, candidate_ids)
        who = cq.reviewer_id(session, reviewer.strip()) if reviewer and reviewer.strip() else None
        had = {cid for cid, names in cq.tags(session, set(candidate_ids)).items() if name in names}
        if add:
            cq.add_tag(session, candidate_ids, name)
        elif cq.remove_tag(session, candidate_ids, name):
            raise NotAllowed(f"not allowed: another reviewer put the tag {name!r} on (only they may take it off)")
        for cid in candidate_ids:
            cq.refresh_search(session, store.search, cid)
        # Only where the tag really came on (or off): re-adding a tag is no change.
        for cid in sorted((set(candidate_ids) - had) if add else had):
            hq.record(session, candidate_id=cid, reviewer_id=who, kind="tag", field=name, old=not add, new=add)
    return Changes(candidate_ids=frozenset(candidate_ids), tags=True)
