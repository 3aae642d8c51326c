"""Importing application packets: every document gets its kind, only CVs make
candidates, the rest attach to the right applicant (folder per applicant, flat
folder, letters arriving later), loose documents are reported with the reason,
and a person's kind correction survives re-imports and re-parses."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer.packets import missing, parse_required
from tests.packet_factory import REQUIRED, applicants, paragraphs, write_packets, write_text_pdf


def _owners(store) -> dict[str, tuple[str, str]]:
    """path -> (candidate name, kind) for every document of every candidate."""
    owners = {}
    for row in ops.list_candidates(store):
        for doc in ops.get_candidate(store, row.id).documents:
            owners[doc.path] = (row.name, doc.kind)
    return owners


def _check(store, made) -> None:
    owners = _owners(store)
    wrong = {p.name: (a.name, kind, owners.get(str(p))) for p, (a, kind) in made.items()
             if owners.get(str(p)) != (a.name, kind)}
    assert wrong == {}
    assert ops.loose_documents(store) == []


@pytest.mark.parametrize("shape", ["folders", "flat"])
def test_packets_in_either_folder_shape_attach_to_their_applicants(tmp_path, shape):
    people = applicants(6, seed=1)
    made = write_packets(tmp_path / "in", people, shape=shape)
    with open_store(tmp_path / "db.sqlite3") as store:
        report = ops.import_folder(store, tmp_path / "in", workers=2)
        assert report.count("failed") == 0 and report.unattached() == []
        assert sorted(r.name for r in ops.list_candidates(store)) == sorted(a.name for a in people)
        _check(store, made)
        attached = [r for r in report.results if r.reason and "attached to" in r.reason]
        assert len(attached) == len(made) - len(people)
        why = "same folder as their CV" if shape == "folders" else "named in the"
        assert all(why in (r.reason or "") for r in attached)


def test_forty_applicants_packets_make_forty_complete_or_flagged_candidates(tmp_path):
    """The acceptance import: ~300 files, half in folders, half flat, PDF and DOCX."""
    people = applicants(40, seed=7)
    made = write_packets(tmp_path / "in", people, shape="mixed")
    assert 280 <= len(made) <= 360
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.set_required_documents(store, required=REQUIRED)
        started = time.monotonic()
        report = ops.import_folder(store, tmp_path / "in", workers=2)
        seconds = time.monotonic() - started
        assert report.summary_line() == f"{len(made)} files: {len(made)} added, 0 updated, 0 unchanged, 0 failed"
        rows = ops.list_candidates(store)
        assert len(rows) == 40
        _check(store, made)
        required = parse_required(REQUIRED)
        expected = {a.name: missing([k for _p, (b, k) in made.items() if b is a], required) for a in people}
        assert {r.name: r.missing for r in rows} == expected
        assert sum(1 for r in rows if r.complete) == sum(1 for v in expected.values() if not v) > 0
        assert "2 of 3 letters" in {m for v in expected.values() for m in v}
        assert "no teaching statement" in {m for v in expected.values() for m in v}
        assert len(ops.list_candidates(store, complete=False)) == sum(1 for v in expected.values() if v)
    print(f"\n{len(made)} files imported and attached in {seconds:.1f} s")


def test_a_letter_before_its_cv_waits_loose_then_attaches(tmp_path):
    ada, bo = applicants(2, seed=2)
    folder = tmp_path / "in"
    folder.mkdir()
    letter = write_text_pdf(folder / "Reference 1.pdf", paragraphs("reference_letter", ada, writer="Maren Skov"))
    (folder / "misc").mkdir()  # a folder with no CV, and a statement with no name in it
    stranger = write_text_pdf(folder / "misc" / "statement.pdf", paragraphs("teaching_statement", bo)[2:])
    with open_store(tmp_path / "db.sqlite3") as store:
        report = ops.import_folder(store, folder, workers=1)
        assert ops.list_candidates(store) == []
        loose = {r.path: r.reason for r in report.unattached()}
        assert set(loose) == {str(letter), str(stranger)}
        assert loose[str(letter)].startswith("reference letter, not attached: no CV of an applicant named")
        assert "no applicant's name" in loose[str(stranger)]
        assert [d.path for d in ops.loose_documents(store)] == [str(letter), str(stranger)]
        # The CV arrives with the next import: the letter finds her.
        write_packets(folder, [ada], shape="flat")
        ops.import_folder(store, folder, workers=1)
        (row,) = [r for r in ops.list_candidates(store) if r.name == ada.name]
        paths = [d.path for d in ops.get_candidate(store, row.id).documents]
        assert str(letter) in paths and str(stranger) not in paths
        (left,) = ops.loose_documents(store)
        ops.attach_document(store, document_id=left.id, candidate_id=row.id)  # by hand
        assert ops.loose_documents(store) == []
        assert str(stranger) in [d.path for d in ops.get_candidate(store, row.id).documents]


def test_a_kind_correction_sticks_across_reimport_and_reparse(engine_url, tmp_path):
    ada = applicants(1, seed=4)[0]
    folder = tmp_path / "in"
    made = write_packets(folder, [ada], shape="folders")
    by_kind = {kind: path for path, (_a, kind) in made.items()}
    with open_store(engine_url) as store:
        ops.import_folder(store, folder, workers=1)
        (row,) = ops.list_candidates(store)
        docs = {d.path: d for d in ops.get_candidate(store, row.id).documents}
        paper = docs[str(by_kind["research_statement"])]
        ops.set_score(store, candidate_id=row.id, reviewer="Ada Chair", score=4)
        ops.set_document_kind(store, document_id=paper.id, kind="publication", reviewer="Ada Chair")

        def kinds() -> dict[str, tuple[str, bool]]:
            return {d.path: (d.kind, d.kind_corrected) for d in ops.get_candidate(store, row.id).documents}

        assert kinds()[paper.path] == ("publication", True)
        Path(paper.path).write_bytes(Path(paper.path).read_bytes() + b"\n")  # a changed file: parsed again
        assert ops.import_folder(store, folder, workers=1).count("updated") == 1
        ops.reparse(store, everything=True, workers=1)
        assert kinds()[paper.path] == ("publication", True)
        assert ops.get_candidate(store, row.id).reviews[0].score == 4
        ops.set_document_kind(store, document_id=paper.id, kind=None)
        assert kinds()[paper.path] == ("research_statement", False)


def test_a_cv_corrected_into_a_letter_leaves_the_profile_and_back(tmp_path):
    ada, bo = applicants(2, seed=5)
    folder = tmp_path / "in"
    write_packets(folder, [ada, bo], shape="flat")
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        rows = {r.name: r for r in ops.list_candidates(store)}
        letter = next(d for d in ops.get_candidate(store, rows[bo.name].id).documents if d.kind == "reference_letter")
        # A person says the letter is the CV: it becomes a candidate's CV (here Bo's own, by its folder and name).
        ops.set_document_kind(store, document_id=letter.id, kind="cv")
        assert Counter(d.kind for d in ops.get_candidate(store, rows[bo.name].id).documents)["cv"] == 2
        ops.set_document_kind(store, document_id=letter.id, kind="reference_letter")
        assert ops.get_candidate(store, rows[bo.name].id).profile.name == bo.name
        with pytest.raises(ValueError, match="unknown document kind"):
            ops.set_document_kind(store, document_id=letter.id, kind="poem")
        with pytest.raises(LookupError, match="no document"):
            ops.set_document_kind(store, document_id=99999, kind="cv")


# --- a shared committee on PostgreSQL: packets are the chairs' ---------------------------

from tests.test_committee import admin_url, committee_db  # noqa: E402, F401 (fixtures)


def test_on_a_committee_only_the_chair_corrects_a_kind_or_attaches(committee_db):  # noqa: F811 (the fixture)
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    from db.store import NotAllowed

    folder, chair, bo = committee_db["folder"], committee_db["chair"], committee_db["bo"]
    ada = applicants(1, seed=6)[0]
    write_text_pdf(folder / "Moss_Dee_CoverLetter.pdf", paragraphs("cover_letter", ada))
    with open_store(chair.url) as store:
        report = ops.import_folder(store, folder, workers=1)
        (letter,) = [r for r in report.results if r.path.endswith("CoverLetter.pdf")]
        dee = next(r.id for r in ops.list_candidates(store) if r.name == "Dee Moss")
        assert letter.candidate_id == dee and "named in the file name" in (letter.reason or "")
        doc = next(d for d in ops.get_candidate(store, dee).documents if d.kind == "cover_letter")
    with open_store(bo.url) as store:
        with pytest.raises(NotAllowed, match="only the committee's chair may correct a document's kind"):
            ops.set_document_kind(store, document_id=doc.id, kind="research statement")
        with pytest.raises(NotAllowed, match="only the committee's chair may attach"):
            ops.attach_document(store, document_id=doc.id, candidate_id=None)
        assert ops.get_candidate(store, dee).documents  # reading is everyone's
    engine = create_engine(bo.url)  # another program with the reviewer's login: the database refuses
    with engine.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
        conn.execute(text("INSERT INTO document_kind_corrections (document_id, kind, corrected_at) "
                          "VALUES (:d, 'cv', now())"), {"d": doc.id})
    engine.dispose()
    with open_store(chair.url) as store:
        ops.set_document_kind(store, document_id=doc.id, kind="research statement", reviewer="Ada Chair")
        kinds = {d.id: (d.kind, d.kind_corrected) for d in ops.get_candidate(store, dee).documents}
        assert kinds[doc.id] == ("research_statement", True)
