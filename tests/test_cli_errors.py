"""Every database error a user can cause is one clear line and a non-zero exit,
never a traceback: a mistyped URL, a wrong password, a server that is down, a
locked or read-only file, a full disk, a database from a newer version of the
app. The window shows the same line in a dialog when it starts.

Real conditions throughout: a real SQLite file held by a second connection, a
tmpfs mounted read-only or filled up (root only), a port nobody listens on, a
throwaway PostgreSQL cluster with password authentication."""
from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
IS_ROOT = os.geteuid() == 0


def reviewer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONUTF8": "1"})


def one_clear_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory) -> Path:
    """A database with the five sample candidates, copied by each test that changes it."""
    db = tmp_path_factory.mktemp("filled") / "reviewer.sqlite3"
    assert reviewer("--db", str(db), "import", str(SAMPLES)).returncode == 0
    return db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nobody listens there


@pytest.mark.parametrize("url, says", [
    ("postgresql://rev:secret@db.example:notaport/committee", "not a valid database URL"),
    ("nosuch://somewhere", "not a database this app can open"),
])
def test_a_bad_url(url, says):
    line = one_clear_line(reviewer("--db", url, "list"))
    assert says in line
    assert "postgresql+psycopg://USER:PASSWORD@HOST" in line  # the form to use instead
    assert "secret" not in line


def test_an_unreachable_server():
    pytest.importorskip("psycopg")
    port = closed_port()
    line = one_clear_line(reviewer("--db", f"postgresql+psycopg://rev:secret@127.0.0.1:{port}/committee", "list"))
    assert f"cannot reach the database server at 127.0.0.1:{port}" in line
    assert "secret" not in line


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 200)
    line = one_clear_line(reviewer("--db", str(notes), "list"))
    assert line == f"error: {notes} is not a CV Reviewer database (not an SQLite file)"


def test_a_database_from_a_newer_version(filled_db, tmp_path):
    db = tmp_path / "newer.sqlite3"
    shutil.copy(filled_db, db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    line = one_clear_line(reviewer("--db", str(db), "list"))
    assert line == (f"error: {db} was made by a newer version of CV Reviewer (schema 9999); "
                    "update the app to open it")
    with sqlite3.connect(db) as con:  # and nothing tried to migrate it
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]


def test_a_locked_database(filled_db, tmp_path):
    """Another program holds the write lock for longer than the busy wait (10 s)."""
    db = tmp_path / "locked.sqlite3"
    shutil.copy(filled_db, db)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        line = one_clear_line(reviewer("--db", str(db), "review", "1", "--reviewer", "Ann", "--score", "4"))
    finally:
        holder.close()
    assert line.startswith(f"error: {db} is locked by another program")
    # once the other program is done, the same command works
    assert reviewer("--db", str(db), "review", "1", "--reviewer", "Ann", "--score", "4").returncode == 0


@pytest.fixture
def tmpfs(tmp_path) -> Iterator[Path]:
    """A 1 MB file system of our own (root only: mounting needs the privilege)."""
    if not IS_ROOT:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "mnt"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_read_only_database(filled_db, tmp_path):
    if IS_ROOT:
        pytest.skip("root writes any file: see test_a_database_on_read_only_media")
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "reviewer.sqlite3"
    shutil.copy(filled_db, db)
    db.chmod(0o400)
    folder.chmod(0o555)
    try:
        line = one_clear_line(reviewer("--db", str(db), "review", "1", "--reviewer", "Ann", "--score", "4"))
    finally:
        folder.chmod(0o755)
    assert line == f"error: {db} is read-only: CV Reviewer must be able to write the file and its folder"


def test_a_database_on_read_only_media(filled_db, tmpfs):
    db = tmpfs / "reviewer.sqlite3"
    shutil.copy(filled_db, db)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    line = one_clear_line(reviewer("--db", str(db), "list"))
    assert line == f"error: {db} is read-only: CV Reviewer must be able to write the file and its folder"


def test_a_full_disk(filled_db, tmpfs):
    db = tmpfs / "reviewer.sqlite3"
    shutil.copy(filled_db, db)
    filler = os.open(tmpfs / "filler", os.O_CREAT | os.O_WRONLY)  # what else filled the disk
    try:
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    line = one_clear_line(reviewer("--db", str(db), "review", "1", "--reviewer", "Ann", "--comment", "strong"))
    assert line == f"error: the disk holding {db} is full; free some space and try again"


# --- a wrong password, against a real PostgreSQL server --------------------------

def _as_postgres_user() -> dict:
    # initdb refuses to run as root; the system's postgres user does it then.
    if not IS_ROOT:
        return {}
    import pwd

    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no postgres user to run the server")
    return {"user": entry.pw_uid, "group": entry.pw_gid}


@pytest.fixture(scope="module")
def password_server() -> Iterator[int]:
    """A throwaway cluster on a free port whose superuser `committee` has the password `right`."""
    if not (shutil.which("initdb") and shutil.which("pg_ctl")):
        pytest.skip("PostgreSQL's initdb / pg_ctl are not installed")
    pytest.importorskip("psycopg")
    who = _as_postgres_user()
    folder = Path(tempfile.mkdtemp(prefix="pg-password-"))
    os.chmod(folder, 0o755)  # the postgres user must reach it
    data, pwfile = folder / "data", folder / "pw"
    pwfile.write_text("right\n")
    pwfile.chmod(0o644)
    if who:
        os.chown(folder, who["user"], who["group"])
    port = closed_port()
    run = {"capture_output": True, "check": True, **who}
    subprocess.run(["initdb", "-D", str(data), "-U", "committee", "--pwfile", str(pwfile),
                    "-A", "scram-sha-256"], **run)
    subprocess.run(["pg_ctl", "-D", str(data), "-w", "-l", str(folder / "log"), "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1", "start"], **run)
    try:
        yield port
    finally:
        subprocess.run(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"], capture_output=True, **who)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_wrong_password(password_server):
    url = f"postgresql+psycopg://committee:wrong@127.0.0.1:{password_server}/postgres"
    line = one_clear_line(reviewer("--db", url, "list"))
    assert line == (f"error: the server at 127.0.0.1:{password_server} refused the login: wrong user name or "
                    f"password in postgresql+psycopg://committee:***@127.0.0.1:{password_server}/postgres")


# --- the window says the same --------------------------------------------------

def test_the_window_shows_the_same_line_in_a_dialog(filled_db, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    db = tmp_path / "newer.sqlite3"
    shutil.copy(filled_db, db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert app.main(str(db)) == 1
    cli_line = one_clear_line(reviewer("--db", str(db), "list")).removeprefix("error: ")
    assert len(shown) == 1
    assert shown[0].splitlines()[-1] == cli_line


def test_the_window_names_an_unreachable_server(qtbot, monkeypatch):
    pytest.importorskip("psycopg")
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    port = closed_port()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert app.main(f"postgresql+psycopg://rev:secret@127.0.0.1:{port}/committee") == 1
    assert f"cannot reach the database server at 127.0.0.1:{port}" in shown[0]
    assert "secret" not in shown[0]
