"""Two machines, one database, on SQLite and PostgreSQL: a score given on one and
a comment typed on the other never undo each other, and a comment saved on two
machines by the same reviewer is caught by its version instead of overwritten."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import documents as dq
from db.errors import ReviewConflict
from db.store import open_store
from reviewer import operations as ops

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = 100
ROUNDS = 100


def _add_candidates(store, n: int) -> list[int]:  # noqa: ANN001
    ids = []
    with store.session() as s:
        for i in range(n):
            cid = dq.create_candidate(s)
            dq.set_candidate_profile(s, cid, {"source": f"/cv/{i}.txt", "name": f"Person {i}"},
                                     {"display_name": f"Person {i}"})
            ids.append(cid)
    return ids


def _review(store, cid: int):  # noqa: ANN001, ANN202
    return next(r for r in ops.get_candidate(store, cid).reviews if r.reviewer == "Ada Chair")


def test_a_comment_saved_elsewhere_meanwhile_is_a_conflict_not_an_overwrite(engine_url):
    with open_store(engine_url) as store:
        [cid] = _add_candidates(store, 1)
        ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment="first")
        opened = _review(store, cid).version  # both machines open the comment here
        ops.set_score(store, candidate_id=cid, reviewer="Ada Chair", score=4)  # a score is no conflict
        ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment="from the laptop",
                        expected_version=opened)
        with pytest.raises(ReviewConflict, match="changed on another machine"):
            ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment="from the desktop",
                            expected_version=opened)
        review = _review(store, cid)
        assert (review.comment, review.score, review.version) == ("from the laptop", 4, opened + 1)
        # Having seen it, the reviewer may overwrite on purpose.
        ops.set_comment(store, candidate_id=cid, reviewer="Ada Chair", comment="from the desktop",
                        expected_version=review.version)
        assert _review(store, cid).comment == "from the desktop"


def test_two_processes_saving_at_once_lose_no_update(engine_url, tmp_path):
    """The same reviewer on two machines, 100 saves each over the same 100 candidates
    in the same order, started together: one gives scores and tags, the other
    comments and tags, so each review row (and the reviewer, and each tag) is
    created by both at about the same moment. Before ON CONFLICT, PostgreSQL
    failed one of them with a duplicate key."""
    with open_store(engine_url) as store:
        ids = _add_candidates(store, CANDIDATES)
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUTF8": "1"}
    workers = [subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", engine_url, kind, str(ROUNDS),
                                 str(go)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for kind in ("score", "comment")]
    go.touch()
    outputs = [w.communicate(timeout=300) for w in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
    scores, comments = (json.loads(out) for out, _ in outputs)
    with open_store(engine_url) as store:
        for cid in ids:
            review = _review(store, cid)
            assert review.score == scores[str(cid)] and review.comment == comments[str(cid)], cid
            assert review.version == ROUNDS // CANDIDATES  # every comment save counted, none lost
            assert ops.get_candidate(store, cid).tags == ("commented", "scored")
