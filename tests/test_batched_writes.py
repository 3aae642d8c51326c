"""The batched write path (storing.write_batch: executemany for new people) leaves
the database exactly as the one-file-at-a-time path (write_result) does: the same
candidates with the same files, list columns, profiles, identities and search
rows, and the same per-file outcomes, including a second CV of a known person,
the same new person twice in one batch, a phone-only match and a failed file."""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from db.store import open_store
from reviewer import importing
from reviewer.parse_task import parse_task
from tests.factories import Person, write_txt

HERE = "tests.test_batched_writes"


def parse_per_row(payload: dict[str, Any]) -> dict[str, Any]:
    """The worker result without the facts the batched path needs: every file then
    goes through write_result, the reference."""
    out = parse_task(payload)
    out.pop("identities", None)
    out.pop("summary", None)
    return out


def _people(folder: Path) -> None:
    folder.mkdir()
    for k in range(6):
        write_txt(folder / f"p{k}.txt", Person(name=f"Pat Number{k}", email=f"pat{k}@example.org",
                                               phone=f"+44 20 7946 01{k:02d}"))
    twin = Person(name="Tess Twice", email="tess@example.org", phone="+44 20 7946 0999")
    write_txt(folder / "tess_a.txt", twin)
    write_txt(folder / "tess_b.txt", Person(name="Tess Twice", email="tess@example.org", phone="+44 20 7946 0998",
                                            skills="Rust, Go"))
    # Shares only a phone number with p1: the same person by the phone rule.
    write_txt(folder / "phone_only.txt", Person(name="P. Number1", email="other1@example.org",
                                                phone="+44 20 7946 0101"))
    # A second CV of someone imported earlier.
    write_txt(folder / "known_again.txt", Person(name="Kim Known", email="kim@example.org", phone="+44 20 7946 0777",
                                                 skills="Haskell"))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")


def _state(db: Path, root: Path) -> dict[str, Any]:
    """Everything derived, keyed by file names instead of ids (ids may differ);
    the profiles' "source" paths without the folder (it differs between runs)."""
    con = sqlite3.connect(db)
    con.create_function("unroot", 1, lambda v: v.replace(str(root), "ROOT") if isinstance(v, str) else v)
    try:
        paths = {cid: tuple(sorted(Path(p).name for (p,) in con.execute(
            "SELECT path FROM documents WHERE candidate_id = ?", (cid,))))
            for (cid,) in con.execute("SELECT id FROM candidates")}
        candidates = {paths[cid]: row for cid, *row in con.execute(
            "SELECT id, display_name, email, position, highest_degree, publications, first_author, warnings,"
            " unroot(profile)"
            " FROM candidates")}
        documents = sorted((Path(p).name, status, error, fmt, pages, text, profile, paths.get(cid))
                           for p, status, error, fmt, pages, text, profile, cid in con.execute(
            "SELECT path, status, error, format, pages, text, unroot(profile), candidate_id FROM documents"))
        identities = sorted((Path(p).name, paths[cid], kind, value) for p, cid, kind, value in con.execute(
            "SELECT d.path, i.candidate_id, i.kind, i.value FROM identities i JOIN documents d ON d.id = i.document_id"))
        search = {paths[rowid]: (name, places, body) for rowid, name, places, body in con.execute(
            "SELECT rowid, name, places, body FROM candidate_search")}
    finally:
        con.close()
    return {"candidates": candidates, "documents": documents, "identities": identities, "search": search}


def _import(tmp_path: Path, name: str, task: str) -> tuple[dict[str, Any], list[tuple]]:
    tmp_path = tmp_path / name  # the same file names under another folder
    tmp_path.mkdir()
    db = tmp_path / "cvs.sqlite3"
    store = open_store(db)
    try:
        earlier = tmp_path / "earlier"
        earlier.mkdir()
        write_txt(earlier / "kim.txt", Person(name="Kim Known", email="kim@example.org", phone="+44 20 7946 0777"))
        importing.import_folder(store, earlier, workers=1, task=task)
        folder = tmp_path / "cvs"
        _people(folder)
        # One worker: files finish in one order, so both runs meet "same person" pairs alike
        # (with two, which of a pair is written second, and noted, varies from run to run).
        report = importing.import_folder(store, folder, workers=1, task=task)
    finally:
        store.close()
    outcomes = sorted((Path(r.path).name, r.outcome, "".join("#" if c.isdigit() else c for c in r.reason or ""))
                      for r in report.results)
    return _state(db, tmp_path), outcomes


def test_batched_writes_leave_what_row_by_row_writes_leave(tmp_path):
    batched, batched_outcomes = _import(tmp_path, "batched", importing.TASK)
    per_row, per_row_outcomes = _import(tmp_path, "per_row", f"{HERE}:parse_per_row")
    assert batched_outcomes == per_row_outcomes
    for part in ("candidates", "documents", "identities", "search"):
        assert batched[part] == per_row[part], part
    groups = set(batched["candidates"])
    assert ("tess_a.txt", "tess_b.txt") in groups
    assert ("p1.txt", "phone_only.txt") in groups
    assert ("kim.txt", "known_again.txt") in groups
    assert ("p0.txt",) in groups and len(groups) == 8
