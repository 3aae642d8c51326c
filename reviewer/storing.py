"""Turn one parse result into database rows: the document, the person it
belongs to, and the candidate's merged profile. Runs in the writer (one
transaction per batch); touches only derived data, never reviewer data."""
from __future__ import annotations

import hashlib
import os
import queue
import stat
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db import candidates as cq
from db import cv_versions as cvq
from db import documents as dq
from db import packets as pq
from reviewer.identity import identity_keys, merge_profiles, summary_columns
from reviewer.profile import Profile
from reviewer.results import FileResult, Outcome

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.search import SearchIndex
    from db.store import Store


@dataclass
class Job:
    """A file (or stored document) to parse, and what to write when it is done."""

    path: str
    sha256: str
    size: int
    mtime: float
    fmt: str
    payload: dict[str, Any]
    outcome: Outcome  # on success: "added" or "updated"
    document_id: int | None = None
    note: str | None = None


def write_result(session: Session, search: SearchIndex, job: Job, outcome: dict[str, Any]) -> FileResult:
    from reviewer.dockind import CV, kind_from_name
    from reviewer.parsing import PARSER_VERSION

    values: dict[str, Any] = {"path": job.path, "parser_version": outcome.get("parser_version", PARSER_VERSION)}
    facts = {"sha256": job.sha256, "size": job.size, "mtime": job.mtime}
    if "text" not in job.payload:  # parsed from the file: its facts are current
        values |= facts
    if not outcome.get("ok"):
        reason = outcome.get("error") or "unknown error"
        values |= {"status": "failed", "error": reason, "format": job.fmt, "kind": kind_from_name(job.path) or CV}
        if job.document_id is None:
            values |= {"text": "", "pages": None, "profile": None}
        # An existing document that now fails keeps its last good text and profile,
        # and its candidate keeps the profile made from them.
        dq.save_document(session, document_id=job.document_id, values=values, defaults=facts)
        return FileResult(job.path, "failed", reason)

    profile = Profile.model_validate(outcome["profile"])
    kind = outcome.get("kind", CV)
    # New content in a stored file (not a re-parse of the same bytes): a new version.
    new_content = (job.document_id is not None and "path" in job.payload
                   and cvq.document_sha(session, job.document_id) not in (None, job.sha256))
    values |= {"status": "ok", "error": None, "format": outcome["format"], "pages": outcome["pages"],
               "text": outcome["text"], "profile": outcome["profile"], "kind": kind}
    if "path" in job.payload:  # stored text has no pages or bookmarks: its parts stay as they were
        values["parts"] = outcome.get("parts") or None
    document_id = dq.save_document(session, document_id=job.document_id, values=values, defaults=facts)
    if "path" in job.payload:
        store_original(session, job.path, job.sha256)
    if job.document_id is not None:
        kind = pq.kind_correction(session, document_id) or kind  # a person's word outlives any re-parse
    if kind != CV:
        return _write_packet_document(session, search, job, document_id, kind)
    candidate_id, note = place_cv(session, search, document_id, profile, outcome["profile"], new_version=new_content)
    return FileResult(job.path, job.outcome, note or job.note, candidate_id)


def place_cv(session: Session, search: SearchIndex, document_id: int, profile: Profile,
             data: dict[str, Any], *, new_version: bool = False) -> tuple[int, str | None]:
    """Give a CV its candidate: the one it already has, else the oldest sharing an
    e-mail, else a phone, else a new one; then refresh that candidate's profile.
    Returns the candidate id and a note when it joined someone known. A CV that
    joins someone known, or `new_version` (new content in its file), is a new
    version of their CV: the profile before it is kept for the diff."""
    keys = identity_keys(profile)
    candidate_id = dq.document_candidate(session, document_id)
    note = None
    if candidate_id is None:
        matched = "e-mail"
        candidate_id = dq.candidate_for_identities(session, "email", [v for k, v in keys if k == "email"])
        if candidate_id is None:
            matched = "phone"
            candidate_id = dq.candidate_for_identities(session, "phone", [v for k, v in keys if k == "phone"])
        if candidate_id is None:
            candidate_id = dq.create_candidate(session)
        else:
            # Named, not numbered: the window shows no ids, so "candidate 11" meant nothing there.
            found = cq.candidate_profile(session, candidate_id)
            who = found[1] if found and found[1] else "an earlier candidate"
            note = f"same person as {who} (same {matched}): added to their documents"
            new_version = True
        dq.set_document_candidate(session, document_id, candidate_id)
    dq.replace_identities(session, document_id, candidate_id, keys)
    before = cvq.current_profile(session, candidate_id) if new_version else None
    refresh_candidate(session, search, candidate_id, just_parsed=(profile, data))
    if before and before != cvq.current_profile(session, candidate_id):
        cvq.remember_previous(session, candidate_id, before)
    return candidate_id, note


def _write_packet_document(session: Session, search: SearchIndex, job: Job, document_id: int,
                           kind: str) -> FileResult:
    """A document that is not a CV makes no candidate and adds nothing to a profile;
    it keeps the candidate it was attached to, else waits for the attach pass
    (reviewer/attaching.py), which sees the whole folder and every candidate."""
    from reviewer.dockind import label

    pq.drop_identities(session, document_id)  # a referee's e-mail must not pull the next CV in
    candidate_id = dq.document_candidate(session, document_id)
    if candidate_id is not None:
        refresh_candidate(session, search, candidate_id)  # it may have been their CV until now
    return FileResult(job.path, job.outcome, job.note or label(kind), candidate_id)


# Larger files are refused by the readers (reviewer/extract/registry.py) and never
# get this far; the check keeps a file that grew since hashing out of memory.
MAX_ORIGINAL_BYTES = 100 * 1024 * 1024


def read_original(path: str, sha256: str) -> bytes | None:
    """The file's bytes if it is still the content that was hashed, else None (it
    changed or went away: the next import stores the version it reads then)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ORIGINAL_BYTES:
                return None
            data = fh.read(MAX_ORIGINAL_BYTES + 1)
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def store_original(session: Session, path: str, sha256: str) -> bool:
    """Keep the original file in the database (once per content), so the document
    view can show it on any machine. True when the bytes are there afterwards."""
    if dq.files_stored(session, [sha256]):
        return True  # the same content is stored already: not even read
    data = read_original(path, sha256)
    if data is None:
        return False
    dq.save_file(session, sha256, data)
    return True


def store_originals(session: Session, files: list[tuple[str, str]]) -> None:
    """`store_original` for (path, sha256) pairs, with one look-up for all of them
    instead of one statement each (two statements per file were most of a batch's write)."""
    stored = dq.files_stored(session, [sha for _path, sha in files])
    for path, sha in files:
        if sha not in stored:
            data = read_original(path, sha)
            if data is not None:
                dq.save_file(session, sha, data)
                stored.add(sha)


def store_missing_originals(store: Store, *, under: str | None = None) -> int:
    """Store the bytes of documents imported before the database held originals
    (migration 0005), for those whose files are still on disk unchanged; `under`
    limits it to one folder. Returns how many were stored."""
    with store.session(write=False) as session:
        missing = dq.originals_missing(session)
    if under is not None:
        prefix = under.rstrip(os.sep) + os.sep
        missing = [(path, sha) for path, sha in missing if path.startswith(prefix)]
    stored = 0
    for path, sha in missing:
        with store.session() as session:  # one file per transaction: CVs can be megabytes
            stored += store_original(session, path, sha)
    return stored


def refresh_candidate(session: Session, search: SearchIndex, candidate_id: int, *,
                      just_parsed: tuple[Profile, dict[str, Any]] | None = None) -> None:
    """Recompute the candidate's merged profile, list columns and search row.
    `just_parsed` (the profile and its JSON) spares re-reading the usual case of
    a candidate with a single document."""
    stored = dq.candidate_profiles(session, candidate_id)
    merged: Profile | None
    data: dict[str, Any] | None
    if just_parsed is not None and len(stored) == 1:
        merged, data = just_parsed
    else:
        merged = merge_profiles([Profile.model_validate(p) for p in stored])
        data = merged.model_dump(mode="json") if merged is not None else None
    if merged is not None and data is not None:
        dq.set_candidate_profile(session, candidate_id, data, summary_columns(merged))
    cq.refresh_search(session, search, candidate_id, profile=data)


def write_batch(session: Session, search: SearchIndex, batch: list[tuple[Job, dict[str, Any]]]) -> list[FileResult]:
    """Write one batch (one transaction) and return its results in batch order.

    New readable files, the bulk of any import, go in a few executemany statements
    (db/import_batch): the candidates they start, the documents with their
    candidate set, their identities and search rows. The worker already computed
    identities and list columns (parse_task), so nothing is parsed or validated
    twice. Everything else takes `write_result`, one file at a time, after the
    bulk part (so it sees the batch's new identities): failures, files already
    stored, a second CV of someone known, or of someone new twice in one batch
    (their profiles must be merged), and every document that is not a CV."""
    from db import import_batch as bq

    fast = [k for k, (job, outcome) in enumerate(batch)
            if outcome.get("ok") and job.document_id is None and "identities" in outcome and "summary" in outcome
            and outcome.get("kind", "cv") == "cv" and not outcome.get("parts")]
    taken = bq.stored_paths(session, [batch[k][0].path for k in fast])
    fast = [k for k in fast if batch[k][0].path not in taken]
    results: dict[int, FileResult] = {}
    chosen = set(fast)
    slow = [k for k in range(len(batch)) if k not in chosen]
    if fast:
        results |= _write_new(session, search, [(k, *batch[k]) for k in fast], slow)
    for k in sorted(slow):
        job, outcome = batch[k]
        results[k] = write_result(session, search, job, outcome)
    return [results[k] for k in range(len(batch))]


def _write_new(session: Session, search: SearchIndex, items: list[tuple[int, Job, dict[str, Any]]],
               slow: list[int]) -> dict[int, FileResult]:
    """The bulk part of `write_batch`. Same decisions as `write_result` made in
    order: the oldest known candidate sharing an email, else a phone, else a new one.
    Files it cannot finish alone (a known person, a new person twice in this batch:
    profiles to merge) move to `slow`, where `write_result` finds the same owner
    through the identities then stored."""
    from db import import_batch as bq
    from reviewer.parsing import PARSER_VERSION

    # Candidate of each file: (0, id) for a stored one, (1, n) for the n-th candidate
    # this batch creates: stored ones come first and new ones in order, as ids would.
    known: dict[str, dict[str, tuple[int, int]]] = {}
    for kind in ("email", "phone"):
        values = [v for _k, _j, o in items for kk, v in o["identities"] if kk == kind]
        known[kind] = {v: (0, cid) for v, cid in bq.candidates_by_identity(session, kind, values).items()}
    owner: dict[int, tuple[int, int]] = {}
    born = 0  # candidates this batch creates so far
    for k, _job, outcome in items:
        keys = [tuple(pair) for pair in outcome["identities"]]
        found = None
        for kind in ("email", "phone"):
            hits = [known[kind][v] for kk, v in keys if kk == kind and v in known[kind]]
            if hits:
                found = min(hits)
                break
        if found is None:
            found, born = (1, born), born + 1
        owner[k] = found
        for kind, value in keys:
            if value not in known[kind] or found < known[kind][value]:
                known[kind][value] = found
    counts = Counter(owner.values())
    bulk = [(k, job, outcome) for k, job, outcome in items if owner[k][0] == 1 and counts[owner[k]] == 1]
    slow.extend(k for k, _j, _o in items if owner[k][0] == 0 or counts[owner[k]] > 1)
    ids = bq.insert_candidates(session, [{**outcome["summary"], "profile": outcome["profile"]}
                                         for _k, _job, outcome in bulk])
    real = {owner[k]: cid for (k, _j, _o), cid in zip(bulk, ids, strict=True)}
    docs = []
    for k, job, outcome in bulk:
        docs.append({"path": job.path, "sha256": job.sha256, "size": job.size, "mtime": job.mtime,
                     "format": outcome["format"], "pages": outcome["pages"], "text": outcome["text"],
                     "profile": outcome["profile"], "status": "ok", "error": None, "kind": "cv",
                     "parser_version": outcome.get("parser_version", PARSER_VERSION),
                     "candidate_id": real[owner[k]]})
    doc_ids = bq.insert_documents(session, docs)
    store_originals(session, [(job.path, job.sha256) for _k, job, _o in bulk if "path" in job.payload])
    bq.insert_identities(session, [
        {"candidate_id": real[owner[k]], "document_id": doc_id, "kind": kind, "value": value}
        for (k, _job, outcome), doc_id in zip(bulk, doc_ids, strict=True) for kind, value in outcome["identities"]])
    bq.index_candidates(session, search, [
        (real[owner[k]], bq.new_candidate_search(outcome["summary"]["display_name"], outcome["profile"],
                                                 outcome["text"]))
        for k, _job, outcome in bulk])
    return {k: FileResult(job.path, job.outcome, job.note, real[owner[k]]) for k, job, _o in bulk}


class BatchWriter:
    """Writes batches of parse results on a thread of its own, one transaction per
    batch, so the import loop keeps handing files to the workers while a batch is
    written (before, finished workers sat idle for each ~0.3 s write).

    Only this thread writes during an import (writes stay one serial lane). The
    caller collects the FileResults with `finished()` and reports them on its own
    thread; `close()` writes what is queued, waits, and raises a write error."""

    def __init__(self, store: Store, *, pending: int = 2) -> None:
        self._store = store
        # Bounded: a writer that falls behind slows the loop instead of holding
        # every parsed text in memory.
        self._todo: queue.Queue[list[tuple[Job, dict[str, Any]]] | None] = queue.Queue(maxsize=pending)
        self._done: queue.SimpleQueue[FileResult] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self._thread.start()

    def submit(self, batch: list[tuple[Job, dict[str, Any]]]) -> None:
        if self.error is not None:
            raise self.error
        if batch:
            self._todo.put(batch)

    def finished(self) -> list[FileResult]:
        """The results written so far and not yet collected."""
        out = []
        while True:
            try:
                out.append(self._done.get_nowait())
            except queue.Empty:
                return out

    def close(self) -> None:
        self._todo.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (batch := self._todo.get()) is not None:
            if self.error is not None:
                continue  # after a failed write, drain without writing; close() raises it
            try:
                with self._store.session() as session:
                    results = write_batch(session, self._store.search, batch)
            except BaseException as exc:  # noqa: BLE001 (handed to the import loop's thread)
                self.error = exc
                continue
            for result in results:
                self._done.put(result)
