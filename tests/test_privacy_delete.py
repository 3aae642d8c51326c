"""A data-deletion request is honoured for real: deleting a candidate removes their
documents, extracted text, identities, reviews, tag links, corrections and search
row, and no byte of their CV stays in the database file or its WAL."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_docx, write_pdf, write_txt

ROOT = Path(__file__).resolve().parents[1]
# Invented and unique: found nowhere else in the database if the deletion is real.
SECRET = "Zyxwquorblefant"
GONE = Person(name=f"Vera {SECRET}", email="vera.zyxw@example.org", phone="+1 206 555 0199",
              interests=f"Research on {SECRET} lattices", skills="Python")
KEPT = Person(name="Kim Keeper", email="kim@example.com", phone="+1 303 555 0142")


def _raw_bytes(db: Path) -> bytes:
    data = b""
    for companion in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if companion.exists():
            data += companion.read_bytes()
    return data


def _counts(db: Path, candidate_id: int) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {table: con.execute(f"SELECT count(*) FROM {table} WHERE candidate_id = ?", (candidate_id,)).fetchone()[0]
                for table in ("documents", "identities", "reviews", "candidate_tags", "corrections")} | {
            "search": con.execute("SELECT count(*) FROM candidate_search WHERE rowid = ?", (candidate_id,)).fetchone()[0],
            "short search": con.execute("SELECT count(*) FROM candidate_search_short WHERE candidate_id = ?",
                                        (candidate_id,)).fetchone()[0]}
    finally:
        con.close()


def test_deleting_a_candidate_leaves_no_copy_on_disk(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_pdf(folder / "vera.pdf", GONE)
    write_txt(folder / "vera-old.txt", GONE)  # a second document of the same person
    write_docx(folder / "kim.docx", KEPT)
    db = tmp_path / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        rows = {r.email: r.id for r in ops.list_candidates(store)}
        vera, kim = rows[GONE.email], rows[KEPT.email]
        for cid in (vera, kim):
            ops.set_score(store, candidate_id=cid, reviewer="Chair", score=4)
            ops.set_comment(store, candidate_id=cid, reviewer="Chair", comment=f"notes on {cid}")
            ops.add_tag(store, candidate_ids=[cid], tag="shortlist")
        ops.correct_field(store, candidate_id=vera, field="name", value=f"Vera {SECRET}-Corrected")
        # Re-parse twice: old versions of her rows are freed pages, which must be zeroed too.
        ops.reparse(store, everything=True, workers=1)
        assert ops.list_candidates(store, query=SECRET)[0].id == vera
        assert SECRET.encode() in _raw_bytes(db)
        assert all(n > 0 for k, n in _counts(db, vera).items() if k != "corrections")

        ops.delete_candidate(store, candidate_id=vera)

        assert _counts(db, vera) == dict.fromkeys(_counts(db, vera), 0)
        assert ops.list_candidates(store, query=SECRET) == []
        assert [r.id for r in ops.list_candidates(store)] == [kim]
        assert ops.get_candidate(store, kim).reviews[0].comment == f"notes on {kim}"
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        raw = _raw_bytes(db)
        for needle in (SECRET, SECRET.lower(), "vera.zyxw@example.org", "2065550199", "vera.pdf"):
            assert needle.encode() not in raw, needle
            assert needle.encode("utf-16-le") not in raw, needle
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    # The trigram index stores 3-character pieces, so grepping for the word cannot
    # prove it gone; instead: the index holds exactly what a rebuild from the
    # remaining candidates holds, give or take its few bytes of bookkeeping (an
    # FTS5 delete alone leaves the old segments: ten times the size here).
    assert _index_size(db) <= _index_size(db, rebuild=True) + 64


def _index_size(db: Path, *, rebuild: bool = False) -> int:
    """Bytes of the candidates' search index; with `rebuild`, of a fresh index built
    from the rows the table holds now."""
    from db.sqlite import FTS_DDL

    con = sqlite3.connect(db)
    try:
        if not rebuild:
            return con.execute("SELECT sum(length(block)) FROM candidate_search_data").fetchone()[0]
        con.execute(FTS_DDL.replace("candidate_search", "temp.fresh"))
        con.execute("INSERT INTO temp.fresh (rowid, name, places, body) "
                    "SELECT rowid, name, places, body FROM candidate_search")
        return con.execute("SELECT sum(length(block)) FROM temp.fresh_data").fetchone()[0]
    finally:
        con.close()


def test_cli_delete_says_what_the_app_does_not_delete(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "vera.txt", GONE)
    db = tmp_path / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        cid = ops.list_candidates(store)[0].id
    out = subprocess.run([sys.executable, "-m", "reviewer", "--db", str(db), "delete", str(cid), "--yes"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert f"the file {folder / 'vera.txt'} is still in its folder" in out.stdout
    assert SECRET.encode() not in _raw_bytes(db)
