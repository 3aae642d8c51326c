"""Security of what leaves the app and what it keeps: no exported cell runs as a
formula, the database and its backups are private (0600, WAL and SHM too), and
neither the import (with its parser workers) nor the export opens a network
connection."""
from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from db.backup import backup_folder, daily_backups, make_backup
from db.store import open_store
from reviewer import operations as ops
from reviewer.export import safe_cell
from tests.factories import Person, write_pdf, write_txt

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_STARTS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "＝1", "＋1", "－1", "＠1",
                  "﹦1", "﹢1", "﹣1", " =1", "\u3000＝1", "\u00a0@x"]


@pytest.mark.parametrize("value", HOSTILE_STARTS, ids=repr)
def test_no_cell_can_start_a_formula(value):
    assert safe_cell(value) == "'" + value


def test_the_exported_csv_from_a_hostile_cv_and_review(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "evil.txt", Person(name="=HYPERLINK(\"http://x\",\"y\")", email="evil@example.org",
                                          phone="+1 202 555 0170"))
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        cid = ops.list_candidates(store)[0].id
        for i, value in enumerate(HOSTILE_STARTS):
            ops.set_score(store, candidate_id=cid, reviewer=f"{value} r{i}", score=1 + i % 5)
        ops.set_comment(store, candidate_id=cid, reviewer="﹢Chair", comment="\t=cmd|' /C calc'!A0")
        ops.add_tag(store, candidate_ids=[cid], tag="﹣tag")
        ops.correct_field(store, candidate_id=cid, field="name", value="﹦corrected")
        out = tmp_path / "out.csv"
        ops.export_shortlist(store, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    # Judged on the raw cells by the rule itself, not by safe_cell: a spreadsheet
    # skips leading blanks and reads full-width and small forms as = + - @.
    assert [c for c in cells if could_start_a_formula(c)] == []
    # small forms (NFKC folds them to = - +), which no plain prefix test catches
    assert "'﹦corrected" in cells  # the name
    assert "'﹣tag" in cells  # the tags
    assert "'﹢Chair: =cmd|' /C calc'!A0" in cells  # the comments (stripped)


def could_start_a_formula(cell: str) -> bool:
    if cell[:1] in ("\t", "\r", "\n"):
        return True
    rest = cell.lstrip(" \u00a0\u3000")
    return bool(rest) and unicodedata.normalize("NFKC", rest[0]) in ("=", "+", "-", "@")


def test_the_independent_rule_sees_what_a_spreadsheet_would_run():
    for value in HOSTILE_STARTS:
        assert could_start_a_formula(value), repr(value)
    for value in ("'=1+1", "Ada Quill", "3.50", "陈小雨", ""):
        assert not could_start_a_formula(value), repr(value)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_and_backups_are_private(tmp_path):
    old = os.umask(0o022)  # a typical desktop umask would make files world-readable
    try:
        db = tmp_path / "data" / "reviewer.sqlite3"
        folder = tmp_path / "cvs"
        folder.mkdir()
        write_txt(folder / "ada.txt", Person())
        with open_store(db) as store:
            ops.import_folder(store, folder, workers=1)
            wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
            assert wal.exists() and shm.exists()
            assert {p.name: _mode(p) for p in (db, wal, shm)} == dict.fromkeys((db.name, wal.name, shm.name), 0o600)
        with open_store(db):  # the second opening of the day makes the rolling copy
            pass
        manual = make_backup(db)
        for copy in (*daily_backups(db), manual):
            assert _mode(copy) == 0o600, copy
        assert _mode(backup_folder(db)) == 0o700
        assert _mode(db.parent) == 0o700
        # A database made by another tool with a loose mode is tightened on opening.
        db.chmod(0o644)
        open_store(db).close()
        assert _mode(db) == 0o600
    finally:
        os.umask(old)


GUARD = '''
import os, socket, sys

def _guard(event, args):
    """Refuse and record any network use; local pipes (AF_UNIX) are how the parser workers talk."""
    if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        if args[0].family == socket.AF_UNIX:
            return
    elif event not in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                       "socket.gethostbyaddr", "urllib.Request", "http.client.connect"):
        return
    with open(os.environ["NET_GUARD_LOG"], "a") as log:
        log.write(f"{os.getpid()} {event} {args[1:]!r}\\n")
    raise OSError("network use refused by the test")

sys.addaudithook(_guard)
'''


def _guarded(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run Python with the guard installed in it and in every process it starts
    (sitecustomize on PYTHONPATH is imported by spawned workers too)."""
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(guard), str(ROOT)]),
           "NET_GUARD_LOG": str(tmp_path / "network.log")}
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=600)


def test_import_and_export_open_no_network_connection(tmp_path):
    probe = _guarded(tmp_path, "-c", "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)")
    assert probe.returncode != 0 and "refused by the test" in probe.stderr
    (tmp_path / "network.log").unlink()  # the guard works; now the app

    folder = tmp_path / "cvs"
    folder.mkdir()
    write_pdf(folder / "ada.pdf", Person(), link="https://adaquill.example.org")
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob@example.net", phone="+1 415 555 0100"))
    db = tmp_path / "db.sqlite3"
    for command in (["import", str(folder), "--workers", "2"], ["review", "1", "--reviewer", "Chair", "--score", "4"],
                    ["export", str(tmp_path / "out.csv")], ["backup"], ["list"]):
        done = _guarded(tmp_path, "-m", "reviewer", "--db", str(db), *command)
        assert done.returncode == 0, (command, done.stderr)
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) == 3  # header + 2
    assert not (tmp_path / "network.log").exists(), (tmp_path / "network.log").read_text()
