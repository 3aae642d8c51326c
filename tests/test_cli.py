"""The real command line in a subprocess, on a real SQLite file and a real
PostgreSQL database (the `engine_url` fixture)."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import Person, write_docx, write_pdf, write_txt
from tests.shared_labels import people_count, shared_files

ROOT = Path(__file__).resolve().parents[1]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONUTF8": "1"})
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def folder(tmp_path) -> Path:
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    write_pdf(cvs / "ada.pdf", Person())
    write_docx(cvs / "bob.docx", Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"))
    write_txt(cvs / "cyd.txt", Person(name="Cyd Vale", email="cyd.vale@example.com", phone="+49 30 1234 5678"))
    (cvs / "notes.xyz").write_text("not a CV")
    return cvs


def _candidates(db: Path | str) -> list[dict]:
    return json.loads(run("list", "--json", "--db", db).stdout)


def test_parse_json_prints_the_profile_contract_without_a_database(folder, tmp_path):
    files = [folder / "ada.pdf", folder / "bob.docx", folder / "cyd.txt", folder / "notes.xyz"]
    out = json.loads(run("parse", "--json", *files).stdout)
    assert [p["source"] for p in out] == [str(f) for f in files]
    keys = {"source", "name", "emails", "phones", "links", "education", "experience", "publications",
            "research_interests", "skills", "awards", "warnings"}
    assert all(keys <= set(p) for p in out)
    assert "ada.quill@example.org" in out[0]["emails"]
    assert out[3]["warnings"] and "unsupported format (.xyz)" in out[3]["warnings"][0]
    assert not list(tmp_path.rglob("*.sqlite3"))


def test_import_review_export_round_trip(folder, tmp_path, engine_url):
    db = engine_url
    first = run("--db", db, "import", folder)
    lines = first.stdout.strip().splitlines()
    assert lines[-1] == "4 files: 3 added, 0 updated, 0 unchanged, 1 failed"
    assert lines[0] == f"failed     {folder / 'notes.xyz'}: unsupported format (.xyz)"
    assert run("import", folder, "--db", db).stdout.strip().splitlines()[-1] == \
        "4 files: 0 added, 0 updated, 3 unchanged, 1 failed"

    ids = {c["email"]: c["id"] for c in _candidates(db)}
    bob = ids["bob.stone@example.net"]
    run("review", bob, "--reviewer", "Ada Chair", "--score", "4", "--tag", "strong", "--tag", "postdoc",
        "--comment", "Great fit", "--db", db)
    run("--db", db, "review", ids["cyd.vale@example.com"], "--reviewer", "Ada Chair", "--score", "2")
    listed = run("list", "--db", db).stdout
    assert listed.splitlines()[1].split()[:4] == ["1", str(bob), "4.00", "1"]
    shown = run("show", bob, "--db", db).stdout
    assert "review by Ada Chair: score 4" in shown and "tags: postdoc, strong" in shown
    assert json.loads(run("show", bob, "--json", "--db", db).stdout)["emails"] == ["bob.stone@example.net"]

    out = tmp_path / "short.csv"
    assert run("export", out, "--top", "1", "--db", db).stdout.strip() == f"wrote 1 candidates to {out}"
    with out.open(encoding="utf-8-sig") as fh:
        [row] = list(csv.DictReader(fh))
    assert (row["rank"], row["email"], row["tags"], row["score: Ada Chair"]) == \
        ("1", "bob.stone@example.net", "postdoc; strong", "4")
    run("export", out, "--tag", "strong", "--min-score", "3", "--db", db)
    run("tag", bob, "--remove", "strong", "--db", db)
    assert run("tags", "--db", db).stdout.split() == ["postdoc"]
    assert run("failed", "--db", db).stdout == ""  # unsupported files are reported, not stored
    run("delete", bob, "--yes", "--db", db)
    assert len(_candidates(db)) == 2


def test_correct_reparse_and_backup_on_each_engine(folder, tmp_path, engine_url):
    db = engine_url
    run("import", folder, "--db", db)
    bob = next(c["id"] for c in _candidates(db) if c["email"] == "bob.stone@example.net")
    run("correct", bob, "name", "Robert Stone", "--reviewer", "Ada Chair", "--db", db)
    assert run("reparse", "--all", "--db", db).stdout.strip().splitlines()[-1] == \
        "3 files: 0 added, 3 updated, 0 unchanged, 0 failed"
    assert [c["id"] for c in json.loads(run("list", "--json", "-q", "robert", "--db", db).stdout)] == [bob]
    backup = run("backup", tmp_path / "copy.sqlite3", "--db", db, check=False)
    if "://" in db:  # a server is backed up with its own tools: one clear line, no file
        assert backup.returncode == 1 and "pg_dump" in backup.stderr
        assert not (tmp_path / "copy.sqlite3").exists()
    else:
        assert backup.returncode == 0 and (tmp_path / "copy.sqlite3").exists()


def test_reviewer_db_environment_variable_is_the_default(folder, engine_url, monkeypatch):
    monkeypatch.setenv("REVIEWER_DB", engine_url)
    run("import", folder)
    assert len(json.loads(run("list", "--json").stdout)) == 3


def test_errors_are_reported_with_a_status(tmp_path, engine_url):
    db = engine_url
    missing = run("review", "42", "--reviewer", "X", "--score", "3", "--db", db, check=False)
    assert missing.returncode == 1 and "no candidate 42" in missing.stderr
    bad_score = run("review", "1", "--reviewer", "X", "--score", "9", "--db", db, check=False)
    assert bad_score.returncode == 2
    no_folder = run("import", tmp_path / "nowhere", "--db", db, check=False)
    assert no_folder.returncode == 1 and "not a folder" in no_folder.stderr


def test_shared_corpus_acceptance(shared_dir, tmp_path):
    """Every seed and corpus file imports, one candidate per person in the labels;
    a second import parses nothing; a formula comment cannot run from the export."""
    folder = tmp_path / "applications"
    folder.mkdir()
    files = shared_files(shared_dir)
    for path in files:
        shutil.copy(path, folder / path.name)
    n, people = len(files), people_count(shared_dir, files)
    db = tmp_path / "a.sqlite3"
    assert run("import", folder, "--db", db).stdout.strip().splitlines()[-1] == \
        f"{n} files: {n} added, 0 updated, 0 unchanged, 0 failed"
    assert run("import", folder, "--db", db).stdout.strip() == \
        f"{n} files: 0 added, 0 updated, {n} unchanged, 0 failed"
    candidates = _candidates(db)
    assert len(candidates) == people
    run("review", candidates[0]["id"], "--reviewer", "X", "--score", "4", "--comment", '=HYPERLINK("http://x")',
        "--db", db)
    out = tmp_path / "all.csv"
    run("export", out, "--db", db)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 1 + people
    assert [r[0] for r in rows[1:]] == ["1"] + [""] * (people - 1)  # the unscored are unranked, last
    assert all(not cell.startswith(FORMULA_STARTS) for row in rows for cell in row)
    assert any('=HYPERLINK("http://x")' in cell for row in rows for cell in row)


def test_start_up_imports_no_parser_and_no_alembic():
    """Parsers, PDF/DOCX libraries and Alembic load only when their work starts."""
    code = ("import sys, reviewer.cli, db.store, reviewer.importing, reviewer.export\n"
            "heavy = ('reviewer.parsing', 'reviewer.extract.pdf', 'pypdfium2', 'docx', 'alembic', 'PySide6')\n"
            "print(sorted(m for m in sys.modules if m.startswith(heavy)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_delete_without_a_person_to_say_yes_deletes_nothing(folder, engine_url):
    db = engine_url
    run("import", folder, "--db", db)
    before = _candidates(db)
    proc = run("delete", before[0]["id"], "--db", db, check=False)  # stdin is not a terminal
    assert proc.returncode == 2
    assert "nothing deleted" in proc.stderr
    assert _candidates(db) == before
