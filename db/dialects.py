"""The one statement whose spelling differs by backend: INSERT that skips a row
already there (ON CONFLICT DO NOTHING). Two processes on one server creating the
same reviewer, tag, review or file at once must not fail each other's save."""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def insert_or_ignore(session: Session, table: Any, index_elements: list[str]) -> Any:  # noqa: ANN401
    """`INSERT ... ON CONFLICT (index_elements) DO NOTHING` for the session's backend;
    add `.values(...)` to it."""
    from sqlalchemy.dialects import postgresql, sqlite

    on_postgres = session.bind is not None and session.bind.dialect.name == "postgresql"
    insert: Any = postgresql.insert if on_postgres else sqlite.insert
    return insert(table).on_conflict_do_nothing(index_elements=index_elements)
