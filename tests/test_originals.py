"""Original files in the database, on SQLite and PostgreSQL: stored once per
content at import, read back byte for byte from any machine, gone with the
candidate, and filled in for documents imported before the database kept them."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from db import documents as dq
from db.models import Document, DocumentFile
from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_pdf, write_txt

BOB = Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100")


@pytest.fixture
def folder(tmp_path):
    cvs = tmp_path / "cvs"
    cvs.mkdir()
    write_pdf(cvs / "ada.pdf", Person())
    write_txt(cvs / "bob.txt", BOB)
    return cvs


@pytest.fixture
def store(engine_url):
    with open_store(engine_url) as store:
        yield store


def _documents(store) -> dict[str, int]:
    """File name -> document id."""
    return {d.path.rsplit("/", 1)[-1]: d.id for c in ops.list_candidates(store)
            for d in ops.get_candidate(store, c.id).documents}


def _stored_files(store) -> int:
    with store.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(DocumentFile))


def test_import_stores_each_original_and_reads_it_back_byte_for_byte(store, folder):
    assert ops.import_folder(store, folder, workers=1).count("added") == 2
    docs = _documents(store)
    for name, doc_id in docs.items():
        assert ops.document_original(store, document_id=doc_id) == (folder / name).read_bytes()
    # Unchanged files are skipped by hash, and nothing is stored twice.
    again = ops.import_folder(store, folder, workers=1)
    assert again.count("unchanged") == 2 and again.count("added") == 0
    assert _stored_files(store) == 2
    with store.session() as s:  # two imports storing one content at once: one row, no error
        sha = s.scalar(select(Document.sha256).where(Document.id == docs["ada.pdf"]))
        dq.save_file(s, sha, b"the same content")
    assert _stored_files(store) == 2


def test_one_copy_per_content_and_a_changed_file_leaves_no_old_bytes(store, folder):
    ops.import_folder(store, folder, workers=1)
    old = (folder / "bob.txt").read_bytes()
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net",
                                         phone="+1 415 555 0100", interests="Compilers"))
    assert ops.import_folder(store, folder, workers=1).count("updated") == 1
    new_id = _documents(store)["bob.txt"]
    assert ops.document_original(store, document_id=new_id) == (folder / "bob.txt").read_bytes() != old
    with store.session(write=False) as s:
        hashes = set(s.scalars(select(Document.sha256)))
        assert set(s.scalars(select(DocumentFile.sha256))) == hashes  # the old version's bytes are gone
    # The same content under another name (another folder) is not stored again.
    other = folder.parent / "more"
    other.mkdir()
    shutil.copy(folder / "ada.pdf", other / "ada-copy.pdf")
    ops.import_folder(store, other, workers=1)
    assert _stored_files(store) == 2


def test_deleting_a_candidate_deletes_their_original(store, folder):
    ops.import_folder(store, folder, workers=1)
    ada = next(c.id for c in ops.list_candidates(store) if c.email == Person().email)
    doc_id = ops.get_candidate(store, ada).documents[0].id
    ops.delete_candidate(store, candidate_id=ada)
    assert ops.document_original(store, document_id=doc_id) is None
    assert _stored_files(store) == 1


def test_documents_imported_before_originals_were_kept_get_them_on_the_next_import(store, folder):
    """A database from before migration 0005 has no bytes: the next import stores
    those whose files are still there; a document whose file is gone keeps its text."""
    ops.import_folder(store, folder, workers=1)
    with store.session() as s:
        s.execute(DocumentFile.__table__.delete())  # the state right after 0005 on an old database
    docs = _documents(store)
    (folder / "bob.txt").unlink()
    ops.import_folder(store, folder, workers=1)
    assert ops.document_original(store, document_id=docs["ada.pdf"]) == (folder / "ada.pdf").read_bytes()
    assert ops.document_original(store, document_id=docs["bob.txt"]) is None
    assert "Bob Stone" in ops.document_text(store, document_id=docs["bob.txt"])
