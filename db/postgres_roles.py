"""A committee on one PostgreSQL database, with what each person may do enforced
by the database itself (roles, GRANTs and row-level security), not only by the
window: a reviewer with a copy of the app and their connection line still cannot
touch another reviewer's scores, comments, tags or corrections.

Two group roles per database, named after it: `<db>_reviewers` (every member) and
`<db>_chairs` (also a member of the first). Each person logs in with a role of
their own, linked to their `reviewers` row (`db_role`).

- Everyone reads everything (reviewers see each other's scores, by design).
- Reviews, rubric scores, corrections, tags and conflicts of interest carry a reviewer; a row may be written only by
  the reviewer it belongs to (`committee_reviewer_id()` maps current_user to
  that id). The database fills in who put a tag on.
- The history of changes is append-only: members insert entries under their own
  reviewer id; nobody but the administrator may update or delete one.
- Candidates, documents, files and the other derived tables are written by the
  chairs only: import, re-parse, delete, stages, the rubric and the committee
  settings are theirs.
- Creating roles is the administrator's (the URL given to `committee init`):
  the chairs get no CREATEROLE, which in PostgreSQL 15 is close to superuser.

Export reads only what every member may read, so the database cannot tell it
apart from the window's list: the app checks `member_kind` for it.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Rows made by people: each has a reviewer, and only that reviewer may write it.
OWN_ROWS = ("reviews", "corrections", "candidate_tags", "criterion_scores", "conflicts")
# The search row is derived, but a tag or a correction refreshes it.
MEMBERS_MAY_WRITE = {"reviews": "INSERT, UPDATE, DELETE", "corrections": "INSERT, UPDATE, DELETE",
                     "candidate_tags": "INSERT, DELETE", "tags": "INSERT, DELETE",
                     "criterion_scores": "INSERT, UPDATE, DELETE", "conflicts": "INSERT, UPDATE, DELETE",
                     "candidate_search": "INSERT, UPDATE, DELETE", "history": "INSERT"}
SEQUENCES = ("reviews_id_seq", "corrections_id_seq", "tags_id_seq", "criterion_scores_id_seq", "conflicts_id_seq",
             "history_id_seq")
# Membership is the administrator's business, and migrations need the owner.
CHAIRS_MAY_NOT_WRITE = ("reviewers", "alembic_version")
# Append-only: members add rows, nobody but the administrator changes or removes one.
APPEND_ONLY = ("history",)


@dataclass(frozen=True)
class Groups:
    members: str
    chairs: str


def _ident(value: str) -> str:
    """A role name this module makes: lower-case letters, digits and _, at most 63."""
    return re.sub(r"[^a-z0-9_]+", "_", value.lower()).strip("_")[:63] or "committee"


def groups(database: str) -> Groups:
    base = _ident(database)[:50]
    return Groups(members=f"{base}_reviewers", chairs=f"{base}_chairs")


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def set_up(conn: Connection) -> Groups:
    """Group roles, grants and policies on a migrated database; safe to run again
    (after an upgrade added tables, say). Run by the administrator, who owns the tables."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    g = groups(database)
    members, chairs = _q(conn, g.members), _q(conn, g.chairs)
    for role in (g.members, g.chairs):
        if not _role_exists(conn, role):
            conn.execute(text(f"CREATE ROLE {_q(conn, role)} NOLOGIN"))
    conn.execute(text(f"GRANT {members} TO {chairs}"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(conn, database)} TO {members}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {members}"))
    conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {members}"))
    for table, rights in MEMBERS_MAY_WRITE.items():
        conn.execute(text(f"GRANT {rights} ON {table} TO {members}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON SEQUENCE {', '.join(SEQUENCES)} TO {members}"))
    conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {chairs}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {chairs}"))
    for table in CHAIRS_MAY_NOT_WRITE:
        conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {chairs}"))
    for table in APPEND_ONLY:
        conn.execute(text(f"REVOKE UPDATE, DELETE ON {table} FROM {chairs}"))
        conn.execute(text(f"REVOKE UPDATE, DELETE ON {table} FROM {members}"))
    # Tables a later migration adds (run by this same administrator): readable by
    # every member, written by the chairs only, until `committee init` runs again
    # and lists any that reviewers should write.
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {members}"))
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {chairs}"))
    conn.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {chairs}"))

    # Invoker's rights: current_user is whoever is connected.
    conn.execute(text("CREATE OR REPLACE FUNCTION committee_reviewer_id() RETURNS integer "
                      "LANGUAGE sql STABLE AS $$ SELECT id FROM reviewers WHERE db_role = current_user $$"))
    conn.execute(text("ALTER TABLE candidate_tags ALTER COLUMN reviewer_id SET DEFAULT committee_reviewer_id()"))
    conn.execute(text("ALTER TABLE corrections ALTER COLUMN reviewer_id SET DEFAULT committee_reviewer_id()"))
    own = "reviewer_id = committee_reviewer_id()"
    for table in OWN_ROWS:
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        policies = {"read": "FOR SELECT USING (true)",
                    "insert": f"FOR INSERT TO {members} WITH CHECK ({own})",
                    "update": f"FOR UPDATE TO {members} USING ({own}) WITH CHECK ({own})",
                    "delete": f"FOR DELETE TO {members} USING ({own})"}
        for name, body in policies.items():
            conn.execute(text(f"DROP POLICY IF EXISTS {table}_{name} ON {table}"))
            conn.execute(text(f"CREATE POLICY {table}_{name} ON {table} {body}"))
    # The history: every member appends entries under their own name only.
    conn.execute(text("ALTER TABLE history ALTER COLUMN reviewer_id SET DEFAULT committee_reviewer_id()"))
    conn.execute(text("ALTER TABLE history ENABLE ROW LEVEL SECURITY"))
    history_policies = {"read": "FOR SELECT USING (true)",
                        "insert": f"FOR INSERT TO {members} WITH CHECK ({own})"}
    for name, body in history_policies.items():
        conn.execute(text(f"DROP POLICY IF EXISTS history_{name} ON history"))
        conn.execute(text(f"CREATE POLICY history_{name} ON history {body}"))
    # Membership stays the administrator's; each member may set their own affiliation
    # (a column grant, and a policy that finds only their own row to update).
    conn.execute(text(f"GRANT UPDATE (affiliation) ON reviewers TO {members}"))
    conn.execute(text("ALTER TABLE reviewers ENABLE ROW LEVEL SECURITY"))
    reviewer_policies = {"read": "FOR SELECT USING (true)",
                         "own_affiliation": f"FOR UPDATE TO {members} USING (id = committee_reviewer_id()) "
                                            "WITH CHECK (id = committee_reviewer_id())"}
    for name, body in reviewer_policies.items():
        conn.execute(text(f"DROP POLICY IF EXISTS reviewers_{name} ON reviewers"))
        conn.execute(text(f"CREATE POLICY reviewers_{name} ON reviewers {body}"))
    # A tag name may be removed only when nobody carries it any more (a cascade
    # would otherwise take other reviewers' tags with it).
    conn.execute(text("ALTER TABLE tags ENABLE ROW LEVEL SECURITY"))
    tag_policies = {"read": "FOR SELECT USING (true)",
                    "insert": f"FOR INSERT TO {members} WITH CHECK (true)",
                    "delete": f"FOR DELETE TO {members} USING "
                              "(NOT EXISTS (SELECT 1 FROM candidate_tags ct WHERE ct.tag_id = tags.id))"}
    for name, body in tag_policies.items():
        conn.execute(text(f"DROP POLICY IF EXISTS tags_{name} ON tags"))
        conn.execute(text(f"CREATE POLICY tags_{name} ON tags {body}"))
    return g


def add_member(conn: Connection, name: str, *, chair: bool = False) -> tuple[str, str]:
    """A login role for `name` with a new password, in the committee's group, linked
    to their reviewers row (made if needed). Returns (role, password). Adding
    someone again gives them a new password (a lost connection line)."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    g = groups(database)
    if not _role_exists(conn, g.members):
        raise LookupError("this database is not a committee yet: run `reviewer committee init URL` first")
    row = conn.execute(text("SELECT id, db_role FROM reviewers WHERE name = :n"), {"n": name}).first()
    if row is None:
        reviewer_id = conn.execute(text("INSERT INTO reviewers (name, created_at) VALUES (:n, now()) RETURNING id"),
                                   {"n": name}).scalar_one()
        role = None
    else:
        reviewer_id, role = row
    if role is None:
        slug = _ident(name)
        role = f"{_ident(database)[:30]}_{slug if slug != 'committee' and slug.isascii() else 'r'}"[:55]
        role = f"{role}_{reviewer_id}" if _role_exists(conn, role) else role
    password = secrets.token_urlsafe(18)  # letters, digits, - and _: safe inside the literal
    verb = "ALTER" if _role_exists(conn, role) else "CREATE"
    conn.execute(text(f"{verb} ROLE {_q(conn, role)} LOGIN PASSWORD '{password}'"))
    conn.execute(text(f"GRANT {_q(conn, g.chairs if chair else g.members)} TO {_q(conn, role)}"))
    conn.execute(text("UPDATE reviewers SET db_role = :r WHERE id = :id"), {"r": role, "id": reviewer_id})
    return role, password


def member_kind(session: Session) -> str | None:
    """"chair" or "reviewer" for a committee member's connection; None for anyone
    else (a database that is not a committee, or its administrator)."""
    database = session.execute(text("SELECT current_database()")).scalar_one()
    g = groups(database)
    row = session.execute(text(
        "SELECT r.rolsuper, to_regrole(quote_ident(:m)) IS NOT NULL FROM pg_roles r WHERE r.rolname = current_user"),
        {"m": g.members}).first()
    if row is None or row[0] or not row[1]:
        return None
    if session.execute(text("SELECT pg_has_role(current_user, :c, 'MEMBER')"), {"c": g.chairs}).scalar():
        return "chair"
    if session.execute(text("SELECT pg_has_role(current_user, :m, 'MEMBER')"), {"m": g.members}).scalar():
        return "reviewer"
    return None


def own_reviewer(session: Session) -> str | None:
    """The reviewer name of the connected login role, if it is a committee member's."""
    return session.execute(text("SELECT name FROM reviewers WHERE db_role = current_user")).scalar()
