"""A real PostgreSQL server for the tests: `$REVIEWER_TEST_PG_URL` when set (a
role that may CREATE DATABASE and CREATE ROLE), else a throwaway cluster started
here with `initdb` + `pg_ctl` on a loopback port (as the `postgres` user when the
tests run as root, since initdb refuses root), else None and the PostgreSQL half
of the tests skips.

Each test gets a database of its own (`CREATE DATABASE ... TEMPLATE`): a copy of
one migrated template is a file copy on the server, far cheaper than migrating.
"""
from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

ENV_URL = "REVIEWER_TEST_PG_URL"


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    """A running server: `admin` is a URL with the rights to make databases and roles."""

    admin: URL
    folder: Path | None = None  # set when this process started the cluster
    run_as: list[str] = field(default_factory=list)
    options: str = ""  # the server's options (port, socket folder), to start it again

    def stop(self) -> None:
        if self.folder is None:
            return
        pg_ctl = _tool("pg_ctl")
        if pg_ctl:
            subprocess.run([*self.run_as, pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
                           capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def stop_server(self) -> None:
        """Shut the server down (connections cut, like a server going away), keeping
        its data for `start_server`. Only for a cluster this process started."""
        assert self.folder is not None, "never stop a server these tests did not start"
        subprocess.run([*self.run_as, _tool("pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w",
                        "stop"], check=True, capture_output=True)

    def start_server(self) -> None:
        assert self.folder is not None
        subprocess.run([*self.run_as, _tool("pg_ctl"), "-D", str(self.folder / "data"), "-o", self.options,
                        "-l", str(self.folder / "log"), "-w", "start"], check=True, capture_output=True)
        _wait_for_tcp(self)

    def url(self, database: str, *, user: str | None = None, password: str | None = None) -> str:
        url = self.admin.set(database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def execute(self, *statements: str) -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE need that)."""
        engine = create_engine(self.admin, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for statement in statements:
                    conn.execute(text(statement))
        finally:
            engine.dispose()

    def new_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        suffix = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{suffix}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_cluster() -> Cluster | None:
    """The server the tests use, or None when there is none to be had."""
    if os.environ.get(ENV_URL):
        admin = make_url(os.environ[ENV_URL])
        if admin.drivername in ("postgresql", "postgres"):
            admin = admin.set(drivername="postgresql+psycopg")
        return Cluster(admin)
    return start_own_cluster()


def _wait_for_tcp(cluster: Cluster) -> bool:
    for _ in range(50):  # -w waits for the socket; the TCP port can lag a moment
        with contextlib.suppress(Exception):
            cluster.execute("SELECT 1")
            return True
        time.sleep(0.1)
    return False


def start_own_cluster() -> Cluster | None:
    """A throwaway cluster of this process's own, whatever $REVIEWER_TEST_PG_URL
    says: a test may stop and restart it (`stop_server`, `start_server`)."""
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    if not (initdb and pg_ctl):
        return None
    run_as: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="reviewer-pg-"))
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return None
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    try:
        # C.UTF-8: pg_trgm takes its idea of a letter from the locale (Chinese
        # characters are letters there, not in plain C).
        subprocess.run([*run_as, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                        "start"], check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError):
        shutil.rmtree(folder, ignore_errors=True)
        return None
    admin = make_url(f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres")
    cluster = Cluster(admin, folder, run_as, options)
    if _wait_for_tcp(cluster):
        return cluster
    cluster.stop()
    return None
