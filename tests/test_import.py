"""Importing real generated PDF, DOCX and TXT files into a real SQLite file:
outcomes per file, one person one candidate, and reviewer data left alone."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace

import pytest

from db.store import open_store
from reviewer import importing
from reviewer import operations as ops
from reviewer.parse_task import parse_task
from tests.factories import Person, write_docx, write_pdf, write_txt
from tests.shared_labels import people_count, shared_files

ADA = Person()
BOB = Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100",
             homepage="https://bob.example.net")
# Ada's second CV, in Chinese, shares only her email with the first.
ADA_ZH = Person(name="艾达·奎尔", email="Ada.Quill@example.org", phone="+86 188 0000 0000",
                homepage="https://example.cn/ada", interests="机器学习")


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "db.sqlite3")
    yield store
    store.close()


@pytest.fixture
def folder(tmp_path):
    cvs = tmp_path / "cvs"
    (cvs / "nested").mkdir(parents=True)
    write_pdf(cvs / "ada.pdf", ADA, link="https://adaquill.example.org")
    write_docx(cvs / "nested" / "bob.docx", BOB)
    write_txt(cvs / "nested" / "ada_zh.txt", ADA_ZH, encoding="gb18030")
    return cvs


def _outcomes(report: ops.ImportReport) -> dict[str, str]:
    return {os.path.basename(r.path): r.outcome for r in report.results}


def test_first_import_adds_and_merges_one_person(store, folder):
    report = ops.import_folder(store, folder, workers=2)
    assert _outcomes(report) == {"ada.pdf": "added", "bob.docx": "added", "ada_zh.txt": "added"}
    assert report.summary_line() == "3 files: 3 added, 0 updated, 0 unchanged, 0 failed"
    rows = ops.list_candidates(store)
    assert len(rows) == 2
    ada = next(r for r in rows if r.email == "ada.quill@example.org")
    detail = ops.get_candidate(store, ada.id)
    assert sorted(os.path.basename(d.path) for d in detail.documents) == ["ada.pdf", "ada_zh.txt"]
    assert all(d.status == "ok" for d in detail.documents)


PARSE_LOG = "REVIEWER_TEST_PARSE_LOG"
COUNTING_TASK = "tests.test_import:counting_parse_task"


def counting_parse_task(payload: dict) -> dict:
    """The real parse task, run in the real worker processes, noting each file it is handed."""
    with open(os.environ[PARSE_LOG], "a", encoding="utf-8") as log:
        log.write(payload["source"] + "\n")
    return parse_task(payload)


def test_second_import_parses_nothing(store, folder, tmp_path, monkeypatch):
    """Unchanged files are settled by their hash: no worker is handed any of them
    (the summary alone would not show a re-parse that still says "unchanged")."""
    log = tmp_path / "parsed.log"
    monkeypatch.setenv(PARSE_LOG, str(log))  # the spawned workers inherit it
    importing.import_folder(store, folder, workers=1, task=COUNTING_TASK)
    assert sorted(log.read_text(encoding="utf-8").splitlines()) == sorted(
        str(p) for p in folder.rglob("*") if p.is_file())
    log.unlink()
    report = importing.import_folder(store, folder, workers=1, task=COUNTING_TASK)
    assert report.summary_line() == "3 files: 0 added, 0 updated, 3 unchanged, 0 failed"
    assert not log.exists(), log.read_text(encoding="utf-8")


def test_changed_moved_unsupported_and_hidden_files(store, folder):
    ops.import_folder(store, folder, workers=1)
    write_txt(folder / "nested" / "ada_zh.txt", ADA_ZH, encoding="utf-8")  # same person, new bytes
    shutil.move(folder / "ada.pdf", folder / "ada-renamed.pdf")
    (folder / "photo.xyz").write_bytes(b"not a cv")
    (folder / ".hidden").mkdir()
    write_txt(folder / ".hidden" / "secret.txt", BOB)
    (folder / "~$lock.docx").write_bytes(b"lock")
    (folder / "loop").symlink_to(folder, target_is_directory=True)

    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report) == {"ada-renamed.pdf": "unchanged", "bob.docx": "unchanged",
                                 "ada_zh.txt": "updated", "photo.xyz": "failed"}
    failed = next(r for r in report.results if r.outcome == "failed")
    assert failed.reason == "unsupported format (.xyz)"
    paths = {d.path for row in ops.list_candidates(store) for d in ops.get_candidate(store, row.id).documents}
    assert str(folder / "ada-renamed.pdf") in paths and str(folder / "ada.pdf") not in paths


def test_unreadable_files_fail_with_a_reason_and_are_not_parsed_again(store, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    write_txt(folder / "fine.txt", BOB)
    report = ops.import_folder(store, folder, workers=2)
    reasons = {os.path.basename(r.path): r.reason for r in report.results if r.outcome == "failed"}
    assert set(reasons) == {"empty.pdf", "broken.docx"}
    assert all(reasons.values())
    again = ops.import_folder(store, folder, workers=1)
    assert {os.path.basename(r.path): r.reason for r in again.results if r.outcome == "failed"} == reasons
    assert {os.path.basename(d.path): d.error for d in ops.failed_files(store)} == reasons
    assert again.count("unchanged") == 1


def test_reimport_and_reparse_never_touch_reviewer_data(store, folder):
    ops.import_folder(store, folder, workers=1)
    ada = next(r for r in ops.list_candidates(store) if r.email == "ada.quill@example.org")
    ops.set_score(store, candidate_id=ada.id, reviewer="Chair", score=4)
    ops.set_comment(store, candidate_id=ada.id, reviewer="Chair", comment="Strong methods")
    ops.add_tag(store, candidate_ids=[ada.id], tag="shortlist")
    ops.correct_field(store, candidate_id=ada.id, field="name", value="Ada Q. Quill")
    before = ops.get_candidate(store, ada.id)

    write_pdf(folder / "ada.pdf", Person(name="Ada Quill", email=ADA.email, skills="Rust"))  # updated file
    assert ops.import_folder(store, folder, workers=1).count("updated") == 1
    ops.reparse(store, everything=True, workers=1)
    after = ops.get_candidate(store, ada.id)
    # What the reviewer made is untouched; the new CV version only flags it for a second look.
    assert [replace(r, on_previous_cv=False) for r in after.reviews] == before.reviews
    assert [r.on_previous_cv for r in after.reviews] == [True]
    assert after.tags == before.tags == ("shortlist",)
    assert after.corrections == before.corrections == {"name": "Ada Q. Quill"}
    assert after.profile.name == "Ada Q. Quill"
    row = next(r for r in ops.list_candidates(store) if r.id == ada.id)
    assert (row.name, row.mean_score, row.review_count) == ("Ada Q. Quill", 4.0, 1)


def test_reparse_uses_stored_text_when_the_file_is_gone(store, folder):
    ops.import_folder(store, folder, workers=1)
    os.remove(folder / "nested" / "bob.docx")
    report = ops.reparse(store, everything=True, workers=1)
    assert report.summary_line() == "3 files: 0 added, 3 updated, 0 unchanged, 0 failed"
    bob = next(r for r in ops.list_candidates(store) if r.email == "bob.stone@example.net")
    assert bob.name  # still parsed, from the stored text


def test_progress_reports_every_file_and_cancel_keeps_what_is_done(store, folder):
    seen: list[ops.ImportProgress] = []
    report = ops.import_folder(store, folder, workers=1, progress=seen.append)
    assert [p.done for p in seen] == [1, 2, 3] and {p.total for p in seen} == {3}

    for i in range(3):
        write_txt(folder / f"extra{i}.txt", Person(name=f"Extra Person{i}", email=f"extra{i}@example.com",
                                                   phone=f"+1 202 555 01{i}{i}"))
    finished: list[str] = []

    def one_more_then_stop(progress: ops.ImportProgress) -> None:
        finished.append(progress.current)

    report = ops.import_folder(store, folder, workers=1, progress=one_more_then_stop,
                               cancelled=lambda: len(finished) >= 4)  # 3 unchanged + 1 parsed
    assert report.cancelled
    assert report.count("added") >= 1 and len(report.results) < 6
    assert len(ops.list_candidates(store)) == 2 + report.count("added")


def test_import_of_a_missing_folder_raises(store, tmp_path):
    with pytest.raises(NotADirectoryError):
        ops.import_folder(store, tmp_path / "nope")


def test_shared_corpus_gives_one_candidate_per_person(store, shared_dir, tmp_path):
    """The seeds and corpus files: as many candidates as distinct people in the labels
    (a person's English and Chinese CV share an e-mail and become one)."""
    folder = tmp_path / "applications"
    folder.mkdir()
    files = shared_files(shared_dir)
    for path in files:
        shutil.copy(path, folder / path.name)
    n = len(files)
    first = ops.import_folder(store, folder)
    assert first.summary_line() == f"{n} files: {n} added, 0 updated, 0 unchanged, 0 failed"
    assert len(ops.list_candidates(store)) == people_count(shared_dir, files)
    again = ops.import_folder(store, folder)
    assert again.summary_line() == f"{n} files: 0 added, 0 updated, {n} unchanged, 0 failed"


def test_a_shared_phone_also_means_one_person(store, tmp_path):
    folder = tmp_path / "phones"
    folder.mkdir()
    write_txt(folder / "work.txt", Person(name="Ida Marsh", email="ida@uni.example.edu", phone="+44 20 7946 0111"))
    write_txt(folder / "home.txt", Person(name="Ida Marsh", email="ida.marsh@example.com", phone="+44 20 7946 0111"))
    write_txt(folder / "other.txt", Person(name="Ole Berg", email="ole@example.no", phone="+47 22 00 00 00"))
    report = ops.import_folder(store, folder, workers=1)
    assert report.count("added") == 3
    assert len(ops.list_candidates(store)) == 2


def test_cancel_while_hashing_stops_before_parsing(store, folder):
    report = ops.import_folder(store, folder, workers=1, cancelled=lambda: True)
    assert report.cancelled and report.results == []
    assert ops.list_candidates(store) == []


def test_a_file_that_stops_reading_keeps_its_candidate_and_reviews(store, folder):
    ops.import_folder(store, folder, workers=1)
    ada = next(r for r in ops.list_candidates(store) if r.email == "ada.quill@example.org")
    ops.set_score(store, candidate_id=ada.id, reviewer="Chair", score=5)
    (folder / "ada.pdf").write_bytes(b"%PDF-1.4 truncated")
    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report)["ada.pdf"] == "failed"
    after = next(r for r in ops.list_candidates(store) if r.id == ada.id)
    assert (after.name, after.mean_score) == (ada.name, 5.0)
    statuses = {os.path.basename(d.path): d.status for d in ops.get_candidate(store, ada.id).documents}
    assert statuses == {"ada.pdf": "failed", "ada_zh.txt": "ok"}


def test_renamed_file_and_a_new_file_under_its_old_name(store, folder):
    """Rename ada.pdf to ada-2024.pdf and put someone else's CV at ada.pdf: Ada's
    document follows the rename, the newcomer is added, nobody's data is mixed."""
    ops.import_folder(store, folder, workers=1)
    ada = next(r for r in ops.list_candidates(store) if r.email == "ada.quill@example.org")
    ops.set_score(store, candidate_id=ada.id, reviewer="Chair", score=3)
    shutil.move(folder / "ada.pdf", folder / "ada-2024.pdf")
    write_pdf(folder / "ada.pdf", Person(name="Ned New", email="ned@example.org", phone="+1 650 555 0123"))
    shutil.copy(folder / "nested" / "bob.docx", folder / "bob-copy.docx")
    report = ops.import_folder(store, folder, workers=1)
    assert _outcomes(report) == {"ada-2024.pdf": "unchanged", "ada.pdf": "added", "bob.docx": "unchanged",
                                 "bob-copy.docx": "unchanged", "ada_zh.txt": "unchanged"}
    copy = next(r for r in report.results if r.path.endswith("bob-copy.docx"))
    assert copy.reason == f"same content as {folder / 'nested' / 'bob.docx'}"
    docs = {os.path.basename(d.path) for d in ops.get_candidate(store, ada.id).documents}
    assert docs == {"ada-2024.pdf", "ada_zh.txt"}
    assert len(ops.list_candidates(store)) == 3


def test_two_files_swapping_names(store, folder):
    ops.import_folder(store, folder, workers=1)
    before = {d.path: row.id for row in ops.list_candidates(store) for d in ops.get_candidate(store, row.id).documents}
    a, b = folder / "ada.pdf", folder / "nested" / "bob.docx"
    tmp = folder / "swap.tmp"
    shutil.move(a, tmp)
    shutil.move(b, folder / "nested" / "ada.pdf")
    shutil.move(tmp, folder / "nested" / "bob.docx")
    report = ops.import_folder(store, folder, workers=1)
    assert report.summary_line() == "3 files: 0 added, 0 updated, 3 unchanged, 0 failed"
    after = {d.path: row.id for row in ops.list_candidates(store) for d in ops.get_candidate(store, row.id).documents}
    assert after[str(folder / "nested" / "bob.docx")] == before[str(a)]
    assert after[str(folder / "nested" / "ada.pdf")] == before[str(b)]


def test_two_imports_racing_over_one_folder_do_not_fail(store, folder, tmp_path):
    """The window and the command line plan from the same snapshot; the one that
    writes second finds the rows already there (or deleted) and still succeeds."""
    from reviewer import importing
    from reviewer.parsing import PARSER_VERSION

    files = list(importing.scan(folder))
    first = importing.plan_folder(files, [], PARSER_VERSION)
    second = importing.plan_folder(files, [], PARSER_VERSION)
    for plan in (first, second):
        reporter = importing.Reporter(len(files), None)
        importing.run_jobs(store, plan.jobs, reporter, workers=1, timeout=60, cancelled=None)
        assert reporter.report.count("added") == 3
    assert len(ops.list_candidates(store)) == 2
    ada = next(r for r in ops.list_candidates(store) if r.email == "ada.quill@example.org")
    ops.delete_candidate(store, candidate_id=ada.id)
    reporter = importing.Reporter(len(files), None)
    importing.run_jobs(store, first.jobs, reporter, workers=1, timeout=60, cancelled=None)
    assert len(ops.list_candidates(store)) == 2
