"""Turn one parse result into database rows: the document, the person it
belongs to, and the candidate's merged profile. Runs in the writer (one
transaction per batch); touches only derived data, never reviewer data."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db import candidates as cq
from db import documents as dq
from reviewer.identity import identity_keys, merge_profiles, summary_columns
from reviewer.operations import FileResult
from reviewer.profile import Profile

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.search import SearchIndex
    from reviewer.importing import Job


def write_result(session: Session, search: SearchIndex, job: Job, outcome: dict[str, Any]) -> FileResult:
    from reviewer.parsing import PARSER_VERSION

    values: dict[str, Any] = {"path": job.path, "parser_version": outcome.get("parser_version", PARSER_VERSION)}
    facts = {"sha256": job.sha256, "size": job.size, "mtime": job.mtime}
    if "text" not in job.payload:  # parsed from the file: its facts are current
        values |= facts
    if not outcome.get("ok"):
        reason = outcome.get("error") or "unknown error"
        values |= {"status": "failed", "error": reason, "format": job.fmt}
        if job.document_id is None:
            values |= {"text": "", "pages": None, "profile": None}
        # An existing document that now fails keeps its last good text and profile,
        # and its candidate keeps the profile made from them.
        dq.save_document(session, document_id=job.document_id, values=values, defaults=facts)
        return FileResult(job.path, "failed", reason)

    profile = Profile.model_validate(outcome["profile"])
    values |= {"status": "ok", "error": None, "format": outcome["format"], "pages": outcome["pages"],
               "text": outcome["text"], "profile": outcome["profile"]}
    document_id = dq.save_document(session, document_id=job.document_id, values=values, defaults=facts)
    keys = identity_keys(profile)
    candidate_id = dq.document_candidate(session, document_id)
    note = job.note
    if candidate_id is None:
        candidate_id = (dq.candidate_for_identities(session, "email", [v for k, v in keys if k == "email"])
                        or dq.candidate_for_identities(session, "phone", [v for k, v in keys if k == "phone"]))
        if candidate_id is None:
            candidate_id = dq.create_candidate(session)
        else:
            note = f"same person as candidate {candidate_id}"
        dq.set_document_candidate(session, document_id, candidate_id)
    dq.replace_identities(session, document_id, candidate_id, keys)
    refresh_candidate(session, search, candidate_id, just_parsed=(profile, outcome["profile"]))
    return FileResult(job.path, job.outcome, note, candidate_id)


def refresh_candidate(session: Session, search: SearchIndex, candidate_id: int, *,
                      just_parsed: tuple[Profile, dict[str, Any]] | None = None) -> None:
    """Recompute the candidate's merged profile, list columns and search row.
    `just_parsed` (the profile and its JSON) spares re-reading the usual case of
    a candidate with a single document."""
    stored = dq.candidate_profiles(session, candidate_id)
    if just_parsed is not None and len(stored) == 1:
        merged, data = just_parsed
    else:
        merged = merge_profiles([Profile.model_validate(p) for p in stored])
        data = merged.model_dump(mode="json") if merged is not None else None
    if merged is not None:
        dq.set_candidate_profile(session, candidate_id, data, summary_columns(merged))
    cq.refresh_search(session, search, candidate_id, profile=data)
