"""The user actions on application packets, re-exported by reviewer/operations.py
(the one door the window and the command line use): correct a document's kind,
attach a loose document to a candidate by hand, list loose documents, set the
committee's required documents.

Packets are the chairs' on a shared committee (documents are written by the
import, which is theirs), so a kind correction and a hand attachment are too: a
reviewer gets one line saying so, and the database refuses it as well."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.results import CandidateNotFound, Changes

if TYPE_CHECKING:
    from db.store import Store
    from reviewer.packets import Requirement


@dataclass(frozen=True)
class LooseDocumentInfo:
    id: int
    path: str
    kind: str
    reason: str  # why no candidate could be found for it


class DocumentNotFound(LookupError):
    """No document with that id."""


def set_document_kind(store: Store, *, document_id: int, kind: str | None, reviewer: str | None = None) -> Changes:
    """A person's kind for a document (None: back to the classifier's); kept across
    re-imports and re-parses. A document that becomes a CV gets a candidate (its
    own, or the one sharing its e-mail or phone); one that stops being a CV no
    longer shapes its candidate's profile; loose documents are placed again."""
    from db import candidates as cq
    from db import packets as pq
    from reviewer.attaching import attach_loose
    from reviewer.dockind import CV, parse_kind
    from reviewer.profile import Profile
    from reviewer.storing import place_cv, refresh_candidate

    wanted = parse_kind(kind) if kind is not None else None
    store.require_chair("correct a document's kind")
    with store.session() as session:
        found = pq.document_kind(session, document_id)
        if found is None:
            raise DocumentNotFound(f"no document {document_id} (see `reviewer show ID` or `reviewer loose`)")
        who = cq.reviewer_id(session, reviewer.strip()) if reviewer and reviewer.strip() else None
        pq.set_kind_correction(session, document_id, wanted, who)
        now, candidate_id, status = pq.document_kind(session, document_id) or found
        touched = {candidate_id} if candidate_id is not None else set()
        if status == "ok":
            if now == CV:
                data = pq.document_profile(session, document_id)
                if data is not None:
                    candidate_id, _note = place_cv(session, store.search, document_id, Profile.model_validate(data),
                                                   data)
                    touched.add(candidate_id)
            else:
                pq.drop_identities(session, document_id)
                if candidate_id is not None:
                    refresh_candidate(session, store.search, candidate_id)
        placed = attach_loose(session)
        touched |= {d.candidate_id for _k, d in placed.values() if d.candidate_id is not None}
    return Changes(candidate_ids=frozenset(touched), candidates_added_or_removed=True, profile=True)


def attach_document(store: Store, *, document_id: int, candidate_id: int | None) -> Changes:
    """Attach a document to a candidate by hand (None: detach it, leaving it loose)."""
    from db import candidates as cq
    from db import packets as pq
    from reviewer.storing import refresh_candidate

    store.require_chair("attach documents")
    with store.session() as session:
        found = pq.document_kind(session, document_id)
        if found is None:
            raise DocumentNotFound(f"no document {document_id} (see `reviewer show ID` or `reviewer loose`)")
        if candidate_id is not None and not cq.existing_ids(session, [candidate_id]):
            raise CandidateNotFound(candidate_id)
        pq.attach(session, document_id, candidate_id)
        touched = {c for c in (found[1], candidate_id) if c is not None}
        for cid in touched:
            refresh_candidate(session, store.search, cid)
    return Changes(candidate_ids=frozenset(touched), profile=True)


def loose_documents(store: Store) -> list[LooseDocumentInfo]:
    """Readable documents that belong to no candidate, each with the reason."""
    from reviewer.attaching import explain_loose

    with store.session(write=False) as session:
        return [LooseDocumentInfo(doc_id, path, kind, reason) for doc_id, path, kind, reason in explain_loose(session)]


def set_required_documents(store: Store, *, required: str | list[Requirement]) -> Changes:
    """The committee's list of what a complete packet holds ("cv, cover letter,
    reference letter x3"); raises ValueError for a kind it does not know."""
    from db import settings as setq
    from reviewer.committee_settings import REQUIRED_DOCUMENTS
    from reviewer.packets import format_required, parse_required

    parsed = parse_required(required) if isinstance(required, str) else tuple(required)
    if not parsed:
        raise ValueError("name at least one required document (e.g. cv)")
    with store.session() as session:
        setq.set_committee_setting(session, REQUIRED_DOCUMENTS, format_required(parsed))
    return Changes(candidates_added_or_removed=True)
