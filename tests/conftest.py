"""Shared test set-up: headless Qt, and a data folder that is never the user's."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any QApplication exists; without a display Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the app's data folder and default database at a temporary place."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(data))
    monkeypatch.setenv("REVIEWER_DB", str(data / "reviewer.sqlite3"))
    yield


@pytest.fixture
def shared_dir() -> Path:
    """../shared (real CVs: read at run time, never copied into the repo)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


# --- the two engines --------------------------------------------------------------
# Tests that take `engine_url` (or `backend`) run once on a SQLite file and once on
# a real PostgreSQL database (tests/pg_support.py); the PostgreSQL half skips when
# no server can be had.

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster():
    """The PostgreSQL server for this test session (started on first use), or None."""
    import atexit

    from tests.pg_support import start_cluster

    cluster = start_cluster()
    if cluster is not None:
        atexit.register(cluster.stop)  # also when the session ends abnormally
    yield cluster
    if cluster is not None:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_migrated(pg_cluster) -> str:
    """An empty PostgreSQL database at the newest migration, used as a template."""
    from db.store import open_store

    if pg_cluster is None:
        pytest.skip("no PostgreSQL server (set REVIEWER_TEST_PG_URL or install postgresql)")
    name = pg_cluster.new_database()
    open_store(pg_cluster.url(name)).close()
    return name


def fresh_database(request: pytest.FixtureRequest, backend: str, folder: Path, *,
                   template: str | None = None) -> str:
    """A new database on `backend`: a SQLite file path in `folder`, or a PostgreSQL
    URL of a database copied from `template` (default: the empty migrated one) and
    dropped when the requesting test (or module) ends."""
    if backend == "sqlite":
        return str(folder / "db.sqlite3")
    template = template or request.getfixturevalue("pg_migrated")
    cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_database(template=template)
    request.addfinalizer(lambda: cluster.drop_database(name))
    return cluster.url(name)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def engine_url(request, backend, tmp_path) -> str:
    """A fresh database on each engine: a SQLite path or a PostgreSQL URL."""
    return fresh_database(request, backend, tmp_path)
