"""Alembic environment. The app passes an open connection in
`config.attributes["connection"]`; from the alembic command line (developers
making a new revision) the URL comes from REVIEWER_DB or -x db=..."""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.migrate import include_name
from db.models import Base

target_metadata = Base.metadata


def _configure(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        include_name=include_name,
        compare_type=True,
    )


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    from db.store import resolve

    target = context.get_x_argument(as_dictionary=True).get("db")
    if not target:
        raise SystemExit("name the database: alembic -x db=PATH_OR_URL ...")
    url, _ = resolve(target)
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run()
