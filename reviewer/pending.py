"""Writes a reviewer made that are not saved yet, as data: what to do and with
which values, so they can wait in a queue while the server is away, outlive the
window in a small JSON file, and be replayed in order when it is back.

Each `PendingWrite` names one operation (a "set", never an "add": a score is set
to 4, a tag is put on, a comment is replaced from the version it was typed on),
so replaying one that had in fact been saved before its answer was lost changes
nothing (db/candidates.save_review takes an identical comment for saved). Each
carries an id; the window drops it only after its transaction committed.

No Qt here: the queue's timing lives in ui/write_queue.py.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import is_unreachable
from reviewer import operations as ops
from reviewer.results import Changes

if TYPE_CHECKING:
    from db.store import Store

__all__ = ["ACTIONS", "PendingWrite", "after_commit", "is_unreachable", "load", "queue_file", "save", "write"]

FORMAT = 1

# The reviewer's own actions that may wait for the server. Deleting, importing and
# committee settings are not among them: they are the chair's and want an answer now.
ACTIONS: dict[str, Callable[..., Changes]] = {
    "set_score": ops.set_score,
    "set_comment": ops.set_comment,
    "add_tag": ops.add_tag,
    "remove_tag": ops.remove_tag,
    "set_stage": ops.set_stage,
    "correct_field": ops.correct_field,
    "set_criterion_score": ops.set_criterion_score,
}


@dataclass(frozen=True)
class PendingWrite:
    """One operation with JSON-safe keyword arguments (see ACTIONS)."""

    action: str
    args: dict[str, Any]
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    made_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"not an operation that can wait for the server: {self.action!r}")

    def apply(self, store: Store) -> Changes:
        """Run it: one transaction, committed when this returns."""
        return ACTIONS[self.action](store, **self.args)

    def comment_key(self) -> tuple[int, str] | None:
        if self.action != "set_comment":
            return None
        return int(self.args["candidate_id"]), str(self.args["reviewer"])

    def describe(self) -> str:
        what = self.action.replace("_", " ")
        ids = self.args.get("candidate_ids") or [self.args.get("candidate_id")]
        return f"{what} (candidate {', '.join(str(i) for i in ids)})"


def write(action: str, **args: Any) -> PendingWrite:
    """`write("set_score", candidate_id=3, reviewer="Bo", score=4)`; the arguments
    are the operation's own and must survive a trip through JSON."""
    item = PendingWrite(action, dict(args))
    if json.loads(json.dumps(item.args)) != item.args:
        raise TypeError(f"arguments of {action} are not plain JSON values: {args!r}")
    return item


def after_commit(item: PendingWrite, changes: Changes, later: Iterable[PendingWrite]) -> list[PendingWrite]:
    """The writes still queued behind `item`, updated for its having committed: a
    later comment by the same reviewer on the same candidate was typed on top of
    this one, so it now expects the version this save made (not a conflict)."""
    key = item.comment_key()
    out = []
    for other in later:
        if key is not None and changes.comment_version is not None and other.comment_key() == key:
            other = PendingWrite(other.action, {**other.args, "expected_version": changes.comment_version},
                                 other.id, other.made_at)
        out.append(other)
    return out


def queue_file(folder: Path, database_url: str) -> Path:
    """Where the writes waiting for `database_url` are kept: one file per database
    and login (the URL without its password), so a queue is never replayed into
    another committee."""
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return folder / "pending" / f"{digest}.json"


def load(path: Path) -> list[PendingWrite]:
    """The writes kept in `path` (none when it is missing). A file this version
    cannot read is set aside (renamed .unreadable), never deleted."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [PendingWrite(d["action"], dict(d["args"]), d["id"], d["made_at"]) for d in data["writes"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError):
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(".unreadable"))
        return []


def save(path: Path, writes: list[PendingWrite], *, database: str) -> None:
    """Keep `writes` in `path` (replaced whole, so a crash leaves the old or the new
    file, never half of one); no writes removes the file."""
    if not writes:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps({"format": FORMAT, "database": database, "writes": [asdict(w) for w in writes]},
                      ensure_ascii=False, indent=1)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pending-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
