"""Import a folder: scan it, decide per file from its bytes what to do, parse
what is new or changed in worker processes, and write results in batches.

Outcomes: a file whose bytes are stored is "unchanged" (not parsed; if it moved,
its path is updated); a known path with new bytes, or a document parsed by an
older parser, is "updated"; a new file is "added" (to the candidate who shares
its email or phone, else to a new one); anything unreadable is "failed" with a
one-line reason. Reviewer data is never written here.
"""
from __future__ import annotations

import errno
import hashlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from reviewer.attaching import attach_after_import
from reviewer.results import (
    CancelCheck,
    FileResult,
    ImportProgress,
    ImportReport,
    ProgressCallback,
)
from reviewer.storing import Job  # re-exported: the plan is made of them
from reviewer.workers import MEMORY_LIMIT_BYTES, WarmPool

if TYPE_CHECKING:
    from db.documents import StoredDocument
    from db.store import Store

BATCH_SIZE = 100  # results per write transaction (executemany: bigger batches, fewer commits and FTS merges)
BATCH_SECONDS = 2.0  # ...or sooner, so the window sees progress land in the database
TASK = "reviewer.parse_task:parse_task"


def _is_hidden(name: str) -> bool:
    # "~$cv.docx" is the lock file Word leaves next to an open document.
    return name.startswith(".") or name.startswith("~$")


def scan(folder: Path, errors: list[FileResult] | None = None) -> Iterator[Path]:
    """Every entry under `folder` that is not a folder, sorted, skipping hidden files
    and folders; symbolic links to folders are followed once (a link loop ends there).

    Pipes, devices, broken links and link loops are yielded too: planning gives
    each a reason instead of leaving the committee to wonder where a file went.
    A folder that cannot be listed is added to `errors`."""
    seen: set[tuple[int, int]] = set()

    def unreadable(err: OSError) -> None:
        if errors is not None:
            errors.append(FileResult(str(err.filename or folder), "failed",
                                     f"cannot read folder: {err.strerror or err}"))

    for root, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(files):
            if not _is_hidden(name):
                yield Path(root) / name


class NotARegularFile(OSError):
    """A pipe, device or socket: reading it could block forever or never end."""


def sha256_of(path: Path) -> tuple[str, int, float]:
    """(hex digest, size, mtime) of a regular file, read in chunks.

    Opened without blocking and checked before reading, so a FIFO (or a link to
    /dev/zero) named like a CV fails at once instead of hanging the import."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(errno.EINVAL, "a pipe or device, not a regular file")
        digest = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
        st = os.fstat(fh.fileno())
    return digest.hexdigest(), st.st_size, st.st_mtime


def unreadable_reason(path: Path, err: OSError) -> str:
    """One line for a file that cannot be opened, in the committee's words."""
    if err.errno == errno.ELOOP:
        return "cannot read file: symbolic link loop"
    if err.errno == errno.ENOENT and path.is_symlink():
        return "cannot read file: broken symbolic link"
    return f"cannot read file: {err.strerror or err}"


def name_problem(path: Path) -> str | None:
    """A reason when the file name cannot be stored: bytes that are not UTF-8 arrive
    as lone surrogates, which the database cannot encode (the batch would fail)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8 (rename the file)"
    return None


class _Notifying(list[FileResult]):
    """A result list that tells someone about each result appended."""

    def __init__(self, notify: Callable[[FileResult], None]) -> None:
        super().__init__()
        self._notify = notify

    def append(self, result: FileResult) -> None:
        super().append(result)
        self._notify(result)


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)
    done: list[FileResult] = field(default_factory=list)  # decided without parsing
    moves: list[tuple[int, str, float]] = field(default_factory=list)  # document id, new path, mtime


def plan_folder(files: list[Path], known: list[StoredDocument], parser_version: int, *,
                decided: Callable[[FileResult], None] | None = None,
                cancelled: CancelCheck | None = None) -> Plan:
    """Decide each file's fate from its bytes and what the database holds.

    Two passes: hash everything first, so that a renamed file is recognised as
    moved whatever the scan order, and a new file that took a renamed file's old
    name is added rather than overwriting that person's document. `decided`
    hears of each file settled without parsing; `cancelled` stops early."""
    from reviewer.extract import SUPPORTED_SUFFIXES, unsupported_reason

    plan = Plan()
    if decided is not None:
        plan.done = _Notifying(decided)
    hashed: list[tuple[str, str, int, float]] = []  # path, sha256, size, mtime
    for file in files:
        if cancelled is not None and cancelled():
            return plan
        suffix = file.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            # Decided by name alone, no I/O: a folder of thousands of photos stays fast.
            reason = unsupported_reason(suffix) or f"unsupported format ({suffix or 'no extension'})"
            plan.done.append(FileResult(str(file), "failed", reason))
            continue
        problem = name_problem(file)
        if problem is not None:
            plan.done.append(FileResult(str(file), "failed", problem))
            continue
        try:
            hashed.append((str(file), *sha256_of(file)))
        except OSError as err:
            plan.done.append(FileResult(str(file), "failed", unreadable_reason(file, err)))

    by_sha = {d.sha256: d for d in known}
    by_path = {d.path: d for d in known}
    here = {path: sha for path, sha, _, _ in hashed}
    # For each content, the path that represents it: where it is stored, if still there.
    canonical: dict[str, str] = {}
    for path, sha, _, _ in hashed:
        stored = by_sha.get(sha)
        keep = stored is not None and here.get(stored.path) == sha
        canonical.setdefault(sha, stored.path if stored is not None and keep else path)
    moved: dict[int, str] = {}  # document id -> its new path
    for path, sha, _, mtime in hashed:
        stored = by_sha.get(sha)
        if stored is None or canonical[sha] != path or stored.path == path:
            continue
        if here.get(stored.path) is None and Path(stored.path).exists():
            continue  # a copy of a file stored from outside this folder
        occupant = by_path.get(path)
        if occupant is None or here.get(occupant.path) != occupant.sha256 and occupant.sha256 in canonical:
            moved[stored.id] = path  # the occupant (if any) moves away too, to its own bytes
            plan.moves.append((stored.id, path, mtime))

    for path, sha, size, mtime in hashed:
        fmt = Path(path).suffix.lower().lstrip(".")
        stored = by_sha.get(sha)
        if canonical[sha] != path:
            first = canonical[sha] if stored is None or canonical[sha] != stored.path else stored.path
            plan.done.append(FileResult(path, "unchanged", f"same content as {first}",
                                        stored.candidate_id if stored else None))
            continue
        if stored is not None and (stored.path == path or moved.get(stored.id) == path):
            if stored.parser_version < parser_version:
                plan.jobs.append(Job(path, sha, size, mtime, fmt, {"path": path, "source": path}, "updated",
                                     stored.id, f"re-parsed (parser {stored.parser_version} -> {parser_version})"))
            elif stored.status == "failed":
                plan.done.append(FileResult(path, "failed", stored.error, stored.candidate_id))
            else:
                plan.done.append(FileResult(path, "unchanged", None, stored.candidate_id))
            continue
        if stored is not None:  # stored elsewhere and not moved here: the same bytes as that document
            why = stored.error if stored.status == "failed" else f"same content as {stored.path}"
            plan.done.append(FileResult(path, "failed" if stored.status == "failed" else "unchanged", why,
                                        stored.candidate_id))
            continue
        previous = by_path.get(path)
        payload = {"path": path, "source": path}
        if previous is not None and previous.id not in moved:
            plan.jobs.append(Job(path, sha, size, mtime, fmt, payload, "updated", previous.id, "file changed"))
        else:
            plan.jobs.append(Job(path, sha, size, mtime, fmt, payload, "added"))
    return plan


class Reporter:
    """Collects results, and tells the progress callback as each file finishes
    (parsed files count when parsed, before their batch is written)."""

    def __init__(self, total: int, progress: ProgressCallback | None) -> None:
        self.report = ImportReport()
        self.total = total
        self.progress = progress
        self.finished = 0

    def tick(self, path: str) -> None:
        self.finished += 1
        if self.progress is not None:
            self.progress(ImportProgress(self.finished, self.total, path))

    def add(self, result: FileResult, *, tick: bool = True) -> None:
        self.report.results.append(result)
        if tick:
            self.tick(result.path)


def changed_since_planned(job: Job) -> str | None:
    """A reason when the file is gone or no longer the bytes that were hashed: what
    the parser read may then be neither version, so nothing is stored and the next
    import reads the file as it is by then."""
    if "path" not in job.payload:  # re-parsed from stored text: no file involved
        return None
    try:
        st = os.stat(job.path)
    except OSError:
        return "the file disappeared during the import"
    if (st.st_size, st.st_mtime) != (job.size, job.mtime):
        return "the file changed during the import (import again to read the new version)"
    return None


def run_jobs(store: Store, jobs: list[Job], reporter: Reporter, *, workers: int | None, timeout: float,
             cancelled: CancelCheck | None, task: str = TASK,
             memory_limit: int | None = MEMORY_LIMIT_BYTES, warm: WarmPool | None = None) -> None:
    """Parse jobs in the pool; write results in batches, one transaction each.
    `memory_limit`: bytes of address space per worker (None: unlimited).
    `warm`: worker processes started ahead (see import_folder)."""
    from reviewer.storing import BatchWriter
    from reviewer.workers import run_tasks

    writer = BatchWriter(store)
    batch: list[tuple[Job, dict[str, Any]]] = []
    last_flush = time.monotonic()

    def report_written() -> None:
        for result in writer.finished():
            reporter.add(result, tick=False)

    tasks = ((i, job.payload) for i, job in enumerate(jobs))
    waiting = len(jobs)  # results still to come
    try:
        for done in run_tasks(task, tasks, workers=workers, timeout=timeout, cancelled=cancelled,
                              memory_limit=memory_limit, warm=warm):
            waiting -= 1
            job = jobs[cast(int, done.key)]  # the keys are the jobs' positions
            moved_on = changed_since_planned(job)
            if moved_on is not None:
                reporter.add(FileResult(job.path, "failed", moved_on))
                continue
            outcome = done.value if done.ok else {"ok": False, "error": done.error}
            batch.append((job, outcome))
            reporter.tick(job.path)
            # Near the end a batch goes as soon as it holds as many results as are still
            # to come, so it is written while they are parsed (a parse takes several
            # times a write) and the import does not end with a whole batch to write.
            if len(batch) >= BATCH_SIZE or len(batch) >= waiting or time.monotonic() - last_flush >= BATCH_SECONDS:
                writer.submit(batch)  # written on the writer's thread while workers go on
                batch, last_flush = [], time.monotonic()
            report_written()
    finally:
        try:
            writer.submit(batch)  # cancelled or not, what is parsed is kept
        finally:
            writer.close()
            report_written()


def import_folder(store: Store, folder: str | Path, *, progress: ProgressCallback | None = None,
                  cancelled: CancelCheck | None = None, workers: int | None = None,
                  timeout: float = 60.0, task: str = TASK,
                  memory_limit: int | None = MEMORY_LIMIT_BYTES) -> ImportReport:
    """`task` names the worker function ("module:function"); tests swap in one that
    hangs, crashes or exhausts memory on purpose. `memory_limit` caps each worker."""
    from db.documents import move_document, stored_documents
    from reviewer.parsing import PARSER_VERSION

    root = Path(folder).expanduser().resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {folder}")
    unlisted: list[FileResult] = []
    with store.session(write=False) as session:
        known = stored_documents(session)
    warm, files = _scan_warming(root, unlisted, known, PARSER_VERSION, task, workers, memory_limit)
    try:
        reporter = Reporter(len(files) + len(unlisted), progress)
        for result in unlisted:
            reporter.add(result)
        plan = plan_folder(files, known, PARSER_VERSION, decided=reporter.add, cancelled=cancelled)
    except BaseException:
        if warm is not None:
            warm.close()
        raise
    if plan.moves:
        with store.session() as session:
            # Two steps, since one document may move into the path another is leaving
            # and paths are unique at every statement.
            for document_id, _path, mtime in plan.moves:
                move_document(session, document_id, f"\x00moving {document_id}", mtime)
            for document_id, path, mtime in plan.moves:
                move_document(session, document_id, path, mtime)
    run_jobs(store, plan.jobs, reporter, workers=workers, timeout=timeout, cancelled=cancelled, task=task,
             memory_limit=memory_limit, warm=warm)
    attach_after_import(store, reporter.report)
    reporter.report.cancelled = len(reporter.report.results) < reporter.total
    if not reporter.report.cancelled:
        from reviewer.storing import store_missing_originals

        store_missing_originals(store, under=str(root))  # documents imported before 0005
    return reporter.report


def _scan_warming(root: Path, unlisted: list[FileResult], known: list[StoredDocument], parser_version: int,
                  task: str, workers: int | None, memory_limit: int | None) -> tuple[WarmPool | None, list[Path]]:
    """Scan the folder, starting the parser workers as soon as a file the database
    does not hold by that path turns up (or it holds files of an older parser), so
    their start-up overlaps the scan and the hashing. A re-import of an unchanged
    folder starts none."""
    from reviewer.extract import SUPPORTED_SUFFIXES

    paths = {d.path for d in known}
    warm = WarmPool(task, workers=workers, memory_limit=memory_limit) \
        if any(d.parser_version < parser_version for d in known) else None
    files: list[Path] = []
    try:
        for path in scan(root, unlisted):
            files.append(path)
            if warm is None and path.suffix.lower() in SUPPORTED_SUFFIXES and str(path) not in paths:
                warm = WarmPool(task, workers=workers, memory_limit=memory_limit)
    except BaseException:
        if warm is not None:
            warm.close()
        raise
    return warm, files


def reparse(store: Store, *, everything: bool = False, progress: ProgressCallback | None = None,
            cancelled: CancelCheck | None = None, workers: int | None = None,
            timeout: float = 60.0) -> ImportReport:
    """Re-parse stored documents made by an older parser (or all of them): from the
    file when it is still there with the same bytes, else from the stored text."""
    from db.documents import document_source, stale_documents
    from reviewer.parsing import PARSER_VERSION

    with store.session(write=False) as session:
        stale = stale_documents(session, PARSER_VERSION, everything=everything)
        jobs: list[Job] = []
        skipped: list[FileResult] = []
        for doc in stale:
            path = Path(doc.path)
            fmt = path.suffix.lower().lstrip(".")
            try:
                sha, size, mtime = sha256_of(path)
            except OSError:
                sha, size, mtime = "", 0, 0.0
            if sha == doc.sha256:
                payload: dict[str, Any] = {"path": doc.path, "source": doc.path}
            else:
                text, fmt = document_source(session, doc.id)
                if not text:
                    skipped.append(FileResult(doc.path, "failed", "file is gone and no text was stored",
                                              doc.candidate_id))
                    continue
                payload = {"text": text, "format": fmt, "source": doc.path}
                sha, size, mtime = doc.sha256, 0, 0.0
            jobs.append(Job(doc.path, sha, size, mtime, fmt, payload, "updated", doc.id,
                            f"re-parsed (parser {doc.parser_version} -> {PARSER_VERSION})"))
    reporter = Reporter(len(jobs) + len(skipped), progress)
    for result in skipped:
        reporter.add(result)
    run_jobs(store, jobs, reporter, workers=workers, timeout=timeout, cancelled=cancelled)
    attach_after_import(store, reporter.report)
    reporter.report.cancelled = len(reporter.report.results) < reporter.total
    if not reporter.report.cancelled:
        from reviewer.storing import store_missing_originals

        store_missing_originals(store)  # documents imported before 0005, files still there
    return reporter.report
