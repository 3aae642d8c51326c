"""A committee on one PostgreSQL database, with roles enforced by the database:
a reviewer connected with their own login cannot write another reviewer's rows,
nor import, delete or export, whatever program they use. PostgreSQL only."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from db.store import NotAllowed, open_store
from reviewer import committee
from reviewer import operations as ops
from tests.factories import Person, write_txt

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def admin_url(request, pg_cluster, pg_migrated):
    name = pg_cluster.new_database(template=pg_migrated)

    def drop() -> None:
        pg_cluster.drop_database(name)
        # Roles belong to the whole server: take this committee's away too.
        engine = create_engine(pg_cluster.admin, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                 {"p": f"{name}\\_%"}).scalars().all()
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        engine.dispose()

    request.addfinalizer(drop)
    return pg_cluster.url(name)


@pytest.fixture
def committee_db(admin_url, tmp_path):
    """A committee with a chair (who imported two CVs) and two reviewers."""
    _, _, chair = committee.init_committee(admin_url, chair="Ada Chair")
    bo = committee.add_reviewer(admin_url, "Bo Reviewer")
    cy = committee.add_reviewer(admin_url, "Cy Reviewer")
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "dee.txt", Person(name="Dee Moss", email="dee.moss@example.com", phone="+33 1 23 45 67 89"))
    write_txt(folder / "eli.txt", Person(name="Eli Park", email="eli.park@example.com", phone="+1 415 555 0100"))
    with open_store(chair.url) as store:
        assert ops.import_folder(store, folder, workers=1).count("added") == 2
        ids = [r.id for r in ops.list_candidates(store)]
        ops.add_tag(store, candidate_ids=ids[:1], tag="chair-pick")
    with open_store(cy.url) as store:
        ops.set_score(store, candidate_id=ids[0], reviewer="Cy Reviewer", score=5)
    return {"admin": admin_url, "chair": chair, "bo": bo, "cy": cy, "ids": ids, "folder": folder}


def _reviews(url: str) -> list[tuple[str, int | None, str]]:
    with open_store(url) as store:
        return sorted((r.reviewer, r.score, r.comment) for c in ops.list_candidates(store)
                      for r in ops.get_candidate(store, c.id).reviews)


def _refused(conn, sql: str, **params) -> None:  # noqa: ANN001
    with pytest.raises(DBAPIError) as caught, conn.begin():
        conn.execute(text(sql), params)
    assert caught.value.orig.sqlstate == "42501", caught.value  # insufficient privilege / RLS


def test_a_reviewer_cannot_write_another_reviewers_rows_whatever_program_they_use(committee_db):
    """Raw SQL over Bo's own login: the database itself refuses."""
    cid = committee_db["ids"][0]
    engine = create_engine(committee_db["bo"].url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            who = dict(conn.execute(text("SELECT name, id FROM reviewers")).all())
            conn.rollback()
            cy, bo, chair = who["Cy Reviewer"], who["Bo Reviewer"], who["Ada Chair"]
            insert = ("INSERT INTO reviews (candidate_id, reviewer_id, score, comment, created_at, updated_at) "
                      "VALUES (:c, :r, 1, 'sabotage', now(), now())")
            _refused(conn, insert, c=cid, r=chair)
            with conn.begin():  # others' rows are invisible to UPDATE and DELETE: nothing changes
                assert conn.execute(text("UPDATE reviews SET score = 1 WHERE reviewer_id = :r"), {"r": cy}).rowcount == 0
                assert conn.execute(text("DELETE FROM reviews WHERE reviewer_id = :r"), {"r": cy}).rowcount == 0
                assert conn.execute(text("DELETE FROM candidate_tags")).rowcount == 0  # the chair's tag
            _refused(conn, "INSERT INTO corrections (candidate_id, field, value, reviewer_id, corrected_at) "
                           "VALUES (:c, 'name', 'X', :r, now())", c=cid, r=cy)
            _refused(conn, "INSERT INTO reviewers (name, created_at) VALUES ('Mallory', now())")
            _refused(conn, "UPDATE reviewers SET db_role = current_user WHERE id = :r", r=cy)
            _refused(conn, "DELETE FROM candidates WHERE id = :c", c=cid)
            _refused(conn, "UPDATE candidates SET display_name = 'X' WHERE id = :c", c=cid)
            _refused(conn, "DELETE FROM document_files")
            with conn.begin():  # their own review goes in, and cannot be handed to someone else
                conn.execute(text(insert), {"c": cid, "r": bo})
            _refused(conn, "UPDATE reviews SET reviewer_id = :cy WHERE reviewer_id = :bo", cy=cy, bo=bo)
    finally:
        engine.dispose()
    assert _reviews(committee_db["admin"]) == [("Bo Reviewer", 1, "sabotage"), ("Cy Reviewer", 5, "")]


def test_the_app_turns_a_refusal_into_one_clear_error_and_nothing_changes(committee_db):
    cid = committee_db["ids"][0]
    with open_store(committee_db["bo"].url) as store:
        assert store.member_kind() == "reviewer"
        with pytest.raises(NotAllowed, match="not allowed"):
            ops.set_score(store, candidate_id=cid, reviewer="Cy Reviewer", score=1)
        with pytest.raises(NotAllowed, match="another reviewer put the tag"):
            ops.remove_tag(store, candidate_ids=[cid], tag="chair-pick")
        ops.set_comment(store, candidate_id=cid, reviewer="Bo Reviewer", comment="mine")
        ops.add_tag(store, candidate_ids=[cid], tag="bo-pick")
        ops.correct_field(store, candidate_id=cid, field="name", value="Dee M.")  # stamped with Bo by the database
        ops.remove_tag(store, candidate_ids=[cid], tag="bo-pick")
        detail = ops.get_candidate(store, cid)
        assert detail.tags == ("chair-pick",) and detail.corrections == {"name": "Dee M."}
    with open_store(committee_db["chair"].url) as store:
        assert store.member_kind() == "chair"
        with pytest.raises(NotAllowed):  # the chair cannot overwrite a reviewer's correction
            ops.correct_field(store, candidate_id=cid, field="name", value=None)
    assert _reviews(committee_db["admin"]) == [("Bo Reviewer", None, "mine"), ("Cy Reviewer", 5, "")]


def run(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONUTF8": "1", **(env or {})})


def test_through_the_command_line_only_the_chair_imports_deletes_and_exports(committee_db, tmp_path):
    bo, chair, cid = committee_db["bo"].url, committee_db["chair"].url, committee_db["ids"][0]
    before = _reviews(committee_db["admin"])
    write_txt(committee_db["folder"] / "fay.txt", Person(name="Fay Lin", email="fay.lin@example.com",
                                                         phone="+49 30 1234 5678"))
    out = tmp_path / "short.csv"
    for args in (["import", committee_db["folder"]], ["delete", cid, "--yes"], ["export", out],
                 ["review", cid, "--reviewer", "Cy Reviewer", "--score", "1"],
                 ["review", cid, "--reviewer", "Someone New", "--score", "1"],
                 ["tag", cid, "--remove", "chair-pick"], ["reparse", "--all"]):
        proc = run("--db", bo, *args)
        assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
        assert proc.stderr.startswith("error: not allowed") and len(proc.stderr.strip().splitlines()) == 1, \
            (args, proc.stderr)
    assert not out.exists()
    assert _reviews(committee_db["admin"]) == before
    assert len(_listed(bo)) == 2
    assert run("--db", bo, "review", cid, "--reviewer", "Bo Reviewer", "--score", "4").returncode == 0
    assert run("--db", chair, "import", committee_db["folder"]).stdout.strip().endswith(
        "3 files: 1 added, 0 updated, 2 unchanged, 0 failed")
    assert run("--db", chair, "export", out).returncode == 0 and out.exists()
    assert run("--db", chair, "delete", cid, "--yes").returncode == 0
    assert len(_listed(bo)) == 2


def _listed(url: str) -> list[dict]:
    import json

    return json.loads(run("--db", url, "list", "--json").stdout)


def test_committee_commands_print_connection_lines_and_refuse_sqlite(admin_url, tmp_path):
    proc = run("committee", "init", admin_url, "--chair", "Ada Chair")
    assert proc.returncode == 0, proc.stderr
    chair_line = proc.stdout.strip().splitlines()[-1]
    assert chair_line.startswith("chair Ada Chair: postgresql://")
    proc = run("--db", admin_url, "committee", "add-reviewer", "Bo Reviewer")
    assert proc.returncode == 0 and proc.stdout.startswith("reviewer Bo Reviewer: postgresql://")
    bo = proc.stdout.split(": ", 1)[1].strip()
    proc = run("committee", "add-reviewer", "Cy Reviewer", env={"REVIEWER_DB": admin_url})  # no --db
    assert proc.returncode == 0 and proc.stdout.startswith("reviewer Cy Reviewer: postgresql://"), proc.stderr
    with open_store(bo) as store:
        assert store.member_kind() == "reviewer"
    proc = run("committee", "init", tmp_path / "x.sqlite3", "--chair", "A")
    assert proc.returncode == 1 and "needs a PostgreSQL URL" in proc.stderr


def test_a_member_opening_an_outdated_database_is_told_who_upgrades_it(committee_db):
    engine = create_engine(committee_db["admin"])
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    engine.dispose()
    proc = run("--db", committee_db["bo"].url, "list")
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
    assert "administrator upgrades it" in proc.stderr


def test_a_server_that_is_not_there_is_one_line_and_a_status():
    proc = run("--db", "postgresql://nobody@127.0.0.1:1/none", "list")
    assert proc.returncode == 1 and proc.stderr.startswith("error: cannot reach the database server at 127.0.0.1:1")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_the_window_reviews_as_the_logins_reviewer(qtbot, committee_db):
    """Settings on this machine say "Ada Chair"; Bo's login is Bo's, so the window
    saves as Bo (the database would refuse anything else)."""
    from tests.ui_support import make_window, select_name

    window = make_window(qtbot, committee_db["bo"].url, reviewer="Ada Chair")
    try:
        assert window.ctx.reviewer == "Bo Reviewer"
        select_name(qtbot, window, "Dee Moss")
        panel = window.page.review_panel
        with qtbot.waitSignal(panel.saved, timeout=10_000):
            panel.score_buttons.button(3).click()
    finally:
        window.close()
        window.ctx.store.close()
    assert ("Bo Reviewer", 3, "") in _reviews(committee_db["admin"])


def test_a_table_a_later_migration_adds_is_read_by_all_and_written_by_chairs(committee_db):
    """A future table (a stage history, say) needs no new grants to be safe."""
    admin = create_engine(committee_db["admin"])
    with admin.begin() as conn:
        conn.execute(text("CREATE TABLE stage_changes (id serial PRIMARY KEY, candidate_id integer, stage text)"))
    admin.dispose()
    for who, may_write in (("chair", True), ("bo", False)):
        engine = create_engine(committee_db[who].url.replace("postgresql://", "postgresql+psycopg://"))
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM stage_changes")).scalar()
            conn.rollback()
            if may_write:
                with conn.begin():
                    conn.execute(text("INSERT INTO stage_changes (candidate_id, stage) VALUES (1, 'shortlist')"))
            else:
                _refused(conn, "INSERT INTO stage_changes (candidate_id, stage) VALUES (1, 'offer')")
        engine.dispose()
