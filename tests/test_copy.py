"""`reviewer copy`: a SQLite trial database becomes a PostgreSQL committee's, and
back, with every candidate, document, original file, review, tag, correction and
reviewer; ids are kept, search works on the copy, and new rows get new ids."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.store import open_store
from reviewer import operations as ops
from tests.conftest import fresh_database
from tests.factories import Person, write_pdf, write_txt

ROOT = Path(__file__).resolve().parents[1]


def _snapshot(url: str) -> list[tuple]:
    with open_store(url) as store:
        out = []
        for row in ops.list_candidates(store):
            d = ops.get_candidate(store, row.id)
            originals = [ops.document_original(store, document_id=doc.id) for doc in d.documents]
            out.append((row.id, row.rank, row.name, d.tags, d.corrections,
                        [(r.reviewer, r.score, r.comment, r.updated_at, r.version) for r in d.reviews],
                        [(doc.id, doc.path, doc.status) for doc in d.documents], originals))
        return out


@pytest.mark.parametrize("direction", ["sqlite->postgresql", "postgresql->sqlite"])
def test_copy_moves_everything_and_the_copy_keeps_working(request, tmp_path, direction):
    first, second = direction.split("->")
    for folder in (tmp_path / "a", tmp_path / "b"):
        folder.mkdir()
    source = fresh_database(request, first, tmp_path / "a")
    target = fresh_database(request, second, tmp_path / "b")
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    write_pdf(cvs / "ada.pdf", Person())
    write_txt(cvs / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"))
    with open_store(source) as store:
        ops.import_folder(store, cvs, workers=1)
        ada, bob = (r.id for r in sorted(ops.list_candidates(store), key=lambda r: r.name))
        ops.set_score(store, candidate_id=bob, reviewer="Ada Chair", score=4)
        ops.set_comment(store, candidate_id=bob, reviewer="Cy Reviewer", comment="王伟 knows him")
        ops.add_tag(store, candidate_ids=[ada, bob], tag="shortlist")
        ops.correct_field(store, candidate_id=ada, field="name", value="Ada Q. Quill", reviewer="Ada Chair")
    before = _snapshot(source)

    proc = subprocess.run([sys.executable, "-m", "reviewer", "copy", source, target], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONUTF8": "1"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("copied 2 candidates, 2 documents, 2 original files, 2 reviews, 2 tags, "
                                  "1 corrections and 2 reviewers")
    assert _snapshot(target) == before
    with open_store(target) as store:
        assert {r.id for r in ops.list_candidates(store, query="ada q")} == {ada}
        assert {r.id for r in ops.list_candidates(store, query="王伟")} == set()  # comments are not searched
        assert {r.id for r in ops.list_candidates(store, query="shortlist")} == {ada, bob}
        ops.set_score(store, candidate_id=ada, reviewer="Dee New", score=2)  # new ids do not collide
        ops.add_tag(store, candidate_ids=[ada], tag="new")
    again = subprocess.run([sys.executable, "-m", "reviewer", "copy", source, target], cwd=ROOT, capture_output=True,
                           text=True, timeout=300)
    assert again.returncode == 1 and "not empty" in again.stderr
