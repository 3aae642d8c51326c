"""kill -9 in the middle of an import and in the middle of typing a comment, with
real subprocesses: afterwards the database opens, PRAGMA integrity_check is ok,
everything committed before is intact, and the import runs again to finish."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt

ROOT = Path(__file__).resolve().parents[1]
FILES = 150


def _count(db: Path, sql: str) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return con.execute(sql).fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def _wait_for(proc: subprocess.Popen, condition: Callable[[], bool]) -> None:
    """Until `condition` holds, waking on the process's exit (like qtbot.waitUntil)."""
    while not condition():
        try:
            proc.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        raise AssertionError(f"the process ended (status {proc.returncode}) before the moment to kill it")


def _kill(proc: subprocess.Popen) -> None:
    """SIGKILL to the app and its parser workers (they share its process group)."""
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_kill_9_during_an_import(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "000-reviewed.txt", Person(name="Rita Reviewed", email="rita@example.org"))
    db = tmp_path / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        rita = ops.list_candidates(store)[0].id
        ops.set_score(store, candidate_id=rita, reviewer="Chair", score=5)
        ops.set_comment(store, candidate_id=rita, reviewer="Chair", comment="hire")
        ops.add_tag(store, candidate_ids=[rita], tag="top")
        ops.correct_field(store, candidate_id=rita, field="name", value="Rita R. Reviewed")
        before = ops.get_candidate(store, rita)
    for i in range(FILES):
        write_txt(folder / f"cv{i:03d}.txt", Person(name=f"Person Number{i:03d}", email=f"p{i}@example.org",
                                                    phone=f"+1 202 555 {i:04d}"))

    proc = subprocess.Popen([sys.executable, "-m", "reviewer", "--db", str(db), "import", str(folder),
                             "--workers", "1"], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # The first batch (25 files) committed, most of the folder still to go.
        _wait_for(proc, lambda: _count(db, "SELECT count(*) FROM documents") >= 26)
    finally:
        _kill(proc)

    assert _integrity(db) == "ok"
    committed = _count(db, "SELECT count(*) FROM documents") - 1
    assert 25 <= committed < FILES
    assert _count(db, "SELECT count(*) FROM documents WHERE candidate_id IS NULL") == 0  # no half-written row
    with open_store(db) as store:
        after = ops.get_candidate(store, rita)
        assert (after.reviews, after.tags, after.corrections) == (before.reviews, before.tags, before.corrections)
        assert len(ops.list_candidates(store)) == committed + 1

    again = _cli("--db", db, "import", folder)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == (f"{FILES + 1} files: {FILES - committed} added, 0 updated, "
                                             f"{committed + 1} unchanged, 0 failed")
    assert _integrity(db) == "ok"
    with open_store(db) as store:
        assert len(ops.list_candidates(store)) == FILES + 1


TYPIST = """
import sys
from db.store import open_store
from reviewer import operations as ops
store = open_store(sys.argv[1])
i = 0
while True:  # a reviewer typing: every keystroke pause saves the comment so far
    i += 1
    ops.set_comment(store, candidate_id=int(sys.argv[2]), reviewer="Typist", comment="draft " + "x" * (i % 500) + f" {i}")
    print(i, flush=True)
"""


def test_kill_9_while_a_comment_is_being_saved(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    db = tmp_path / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        cid = ops.list_candidates(store)[0].id
        ops.set_score(store, candidate_id=cid, reviewer="Chair", score=3)
        ops.set_comment(store, candidate_id=cid, reviewer="Chair", comment="a finished thought")

    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(db), str(cid)], cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    last = 0
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            last = int(line)
            if last >= 300:
                break
    finally:
        _kill(proc)
    assert last >= 300

    assert _integrity(db) == "ok"
    with open_store(db) as store:
        reviews = {r.reviewer: r for r in ops.get_candidate(store, cid).reviews}
        assert (reviews["Chair"].score, reviews["Chair"].comment) == (3, "a finished thought")
        saved = int(reviews["Typist"].comment.rsplit(" ", 1)[1])
        assert saved >= last  # every save reported done is there (and at most the one in flight beyond it)
        assert reviews["Typist"].comment == "draft " + "x" * (saved % 500) + f" {saved}"
        ops.set_comment(store, candidate_id=cid, reviewer="Typist", comment="finished after the crash")
