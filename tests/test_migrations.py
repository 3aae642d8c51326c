"""The schema comes from Alembic: an empty database upgraded to head matches the
models exactly, and an existing file is backed up before it is migrated."""
from __future__ import annotations

import sqlite3
import stat

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from db.migrate import alembic_config, current_revision, head_revision, include_name
from db.models import Base
from db.store import open_store


def test_empty_database_upgraded_to_head_matches_the_models(tmp_path):
    store = open_store(tmp_path / "fresh.sqlite3")
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_an_empty_postgresql_database_upgraded_to_head_matches_the_models(pg_cluster, pg_migrated):
    """The same migrations on PostgreSQL; down to nothing and up again works too."""
    name = pg_cluster.new_database()
    try:
        store = open_store(pg_cluster.url(name))
        config = alembic_config()
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                     "AND tablename <> 'alembic_version'")).scalar() == 0
        store.close()
        store = open_store(pg_cluster.url(name))
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": include_name, "compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert conn.execute(text("SELECT count(*) FROM candidate_search")).scalar() == 0
        assert current_revision(store.engine) == head_revision()
        store.close()
    finally:
        pg_cluster.drop_database(name)


def test_a_new_database_is_private_in_wal_mode_with_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "new.sqlite3"
    store = open_store(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.close()
    assert not list(tmp_path.glob("sub/*.backup-*")), "a new file needs no backup"


def test_an_outdated_database_is_backed_up_before_upgrading(tmp_path):
    path = tmp_path / "old.sqlite3"
    open_store(path).close()
    # Take it back to before the first revision, keeping a row that must survive in the copy.
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.execute(text("CREATE TABLE keepsake (note TEXT)"))
        conn.execute(text("INSERT INTO keepsake VALUES ('before the upgrade')"))
    engine.dispose()

    store = open_store(path)
    backups = list(tmp_path.glob("old.sqlite3.backup-*"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT note FROM keepsake").fetchall() == [("before the upgrade",)]
    con.close()
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_opening_an_up_to_date_database_makes_no_backup(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_store(path).close()
    open_store(path).close()
    assert not list(tmp_path.glob("*.backup-*"))


def test_the_fast_path_head_is_alembics_head():
    from db.migrate import HEAD

    assert head_revision() == HEAD
