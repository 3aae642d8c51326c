"""A shared committee on PostgreSQL: the administrator creates it and its members
(db/postgres_roles.py says who may do what), and hands each person the one
connection line they use as `--db` or `REVIEWER_DB`."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    kind: str  # "chair" | "reviewer"
    url: str  # the connection line, password included: give it to that person only


class NotPostgres(ValueError):
    """A committee needs a PostgreSQL server (SQLite is one person's file)."""


def _member_url(admin_url: str, role: str, password: str) -> str:
    url = make_url(admin_url).set(drivername="postgresql", username=role, password=password)
    return url.render_as_string(hide_password=False)


def _open_admin(url: str | None):  # noqa: ANN202 (a Store)
    from db.store import open_store, resolve
    from reviewer.paths import default_database

    resolved, _ = resolve(url or default_database())  # no --db: $REVIEWER_DB, as every command
    if make_url(resolved).get_backend_name() != "postgresql":
        raise NotPostgres("a shared committee needs a PostgreSQL URL (postgresql://user@host/database)")
    return open_store(resolved, daily_backup=False), resolved


def init_committee(admin_url: str, *, chair: str) -> tuple[str, str, Member]:
    """Migrate the database, create the group roles with their grants and
    row-level security, and the chair's login. Returns (members group, chairs group,
    the chair). `admin_url` must be able to CREATE ROLE and own the tables."""
    from db.postgres_roles import add_member, set_up

    store, resolved = _open_admin(admin_url)
    try:
        with store.engine.begin() as conn:
            groups = set_up(conn)
            role, password = add_member(conn, chair.strip(), chair=True)
    finally:
        store.close()
    return groups.members, groups.chairs, Member(chair.strip(), role, "chair", _member_url(resolved, role, password))


def add_reviewer(admin_url: str | None, name: str, *, chair: bool = False) -> Member:
    """A login for one more member (a new password if they have one already)."""
    from db.postgres_roles import add_member

    if not name.strip():
        raise ValueError("a reviewer needs a name")
    store, resolved = _open_admin(admin_url)
    try:
        with store.engine.begin() as conn:
            role, password = add_member(conn, name.strip(), chair=chair)
    finally:
        store.close()
    return Member(name.strip(), role, "chair" if chair else "reviewer", _member_url(resolved, role, password))
