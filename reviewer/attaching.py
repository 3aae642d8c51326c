"""The attach pass: after an import (or re-parse) has written every file, give each
loose document (a cover letter, statement, paper or reference letter that belongs
to nobody yet) to its applicant's candidate. It runs over every loose document in
the database, not only this import's, because letters arrive before or after the
CV they go with. The decisions are reviewer/applicants.py's; this module reads
what they need and writes what they decide. Derived data only."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import PurePath
from typing import TYPE_CHECKING

from db import import_batch as bq
from db import packets as pq
from reviewer.applicants import Decision, Loose, decide, name_tokens, names_in_filename, names_in_text
from reviewer.dockind import APPLICANT_WRITTEN, label
from reviewer.identity import normalize_email
from reviewer.results import ImportReport

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.store import Store


def attach_loose(session: Session, *, write: bool = True) -> dict[str, tuple[str, Decision]]:
    """Attach what can be attached; path -> (kind, decision) for every loose document.
    With `write=False`, only decide (to tell a person why each stays loose)."""
    return {path: (kind, decision) for _id, path, kind, decision in _decide_all(session, write=write)}


def explain_loose(session: Session) -> list[tuple[int, str, str, str]]:
    """(id, path, kind, why it is loose) of every document that belongs to nobody."""
    return [(doc_id, path, kind, decision.reason)
            for doc_id, path, kind, decision in _decide_all(session, write=False)]


def _decide_all(session: Session, *, write: bool) -> list[tuple[int, str, str, Decision]]:
    docs = pq.loose_documents(session)
    if not docs:
        return []
    names = pq.candidate_names(session)
    candidates = {cid: [name_tokens(n) for n in given] for cid, given in names.items()}
    display = {cid: given[0] for cid, given in names.items()}
    folders: dict[str, set[int]] = defaultdict(set)
    for cid, path in pq.cv_paths(session):
        folders[str(PurePath(path).parent)].add(cid)
    emails = {doc.id: [e for e in map(normalize_email, (doc.profile or {}).get("emails", [])) if e]
              for doc in docs if doc.kind in APPLICANT_WRITTEN}
    by_email = bq.candidates_by_identity(session, "email", [e for found in emails.values() for e in found])
    decisions = []
    for doc in docs:
        loose = Loose(doc.path, doc.kind, names_in_filename(doc.path), names_in_text(doc.text, doc.kind),
                      emails.get(doc.id, []))
        decision = decide(loose, candidates, folders, by_email, display)
        if decision.candidate_id is not None and write:
            pq.attach(session, doc.id, decision.candidate_id)
        decisions.append((doc.id, doc.path, doc.kind, decision))
    return decisions


def attach_after_import(store: Store, report: ImportReport) -> None:
    """Run the attach pass and say in `report` where each of its files went."""
    with store.session() as session:
        decisions = attach_loose(session)
    if not decisions:
        return
    results = report.results
    for k, result in enumerate(results):
        found = decisions.get(result.path)
        if found is not None and result.outcome != "failed":
            kind, decision = found
            results[k] = replace(result, reason=f"{label(kind)}, {decision.reason}",
                                 candidate_id=decision.candidate_id, unattached=decision.candidate_id is None)

