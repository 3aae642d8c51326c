"""Everything that only PostgreSQL needs: the engine (psycopg 3), and the search
index (pg_trgm). The SQLite counterpart is db/sqlite.py; db/store.py picks one by
the URL's dialect. Nothing outside db/ calls this directly.
"""
from __future__ import annotations

import time

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from db.search import SearchContent, normalize_for_search, split_terms

DRIVER = "postgresql+psycopg"  # psycopg 3; SQLAlchemy's bare "postgresql" means psycopg2
SEARCH_TABLE = "candidate_search"
CONNECT_TIMEOUT_S = 10


def with_driver(url: URL) -> URL:
    """`postgresql://` and `postgres://` as people write them, with our driver."""
    if url.drivername in ("postgresql", "postgres"):
        return url.set(drivername=DRIVER)
    return url


IDLE_PING_S = 1.0


def make_engine(url: str | URL) -> Engine:
    """The engine for a shared server. A laptop's connection drops (sleep, Wi-Fi, the
    server restarted): the pool tests a connection before handing it out when it
    lay idle for more than IDLE_PING_S, and replaces it if the test fails (what
    `pool_pre_ping` does, without a round trip on every save of a busy reviewer;
    one used a moment ago is taken as alive, and if it died meanwhile its query
    fails as unreachable and SQLAlchemy renews the whole pool for the retry).
    A server that does not answer at all gives up after CONNECT_TIMEOUT_S."""
    args = {} if "connect_timeout" in make_url(url).query else {"connect_timeout": CONNECT_TIMEOUT_S}
    engine = create_engine(url, connect_args=args)
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi: object, record: ConnectionPoolEntry) -> None:
        record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi: DBAPIConnection, record: ConnectionPoolEntry, _proxy: object) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned <= IDLE_PING_S:
            return  # new, or returned a moment ago
        try:
            alive = dialect.do_ping(dbapi)
        except Exception as error:  # noqa: BLE001 - any failure: not alive
            raise DisconnectionError(str(error)) from error
        if not alive:
            raise DisconnectionError("the connection did not answer")  # the pool reconnects

    return engine


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class TrigramSearch:
    """The SearchIndex for PostgreSQL: one row per candidate in `candidate_search`
    (migration 0004), text folded in Python exactly as for SQLite, GIN trigram
    indexes (pg_trgm) that serve `LIKE '%term%'`.

    Same matching as FTS5's trigram tokenizer, by design: every term is a
    substring of one column, all terms must match, and terms under three
    characters look at names and places only. A word index (tsvector) would find
    "optimisation" but not "optim", and Chinese has no word breaks for it to use,
    so the two engines would answer the same query differently."""

    def update(self, session: Session, candidate_id: int, content: SearchContent) -> None:
        session.execute(
            text(f"INSERT INTO {SEARCH_TABLE} (candidate_id, name, places, body) "
                 "VALUES (:id, :name, :places, :body) ON CONFLICT (candidate_id) DO UPDATE "
                 "SET name = excluded.name, places = excluded.places, body = excluded.body"),
            {"id": candidate_id, "name": normalize_for_search(content.name),
             "places": normalize_for_search(content.places), "body": normalize_for_search(content.body)},
        )

    def remove(self, session: Session, candidate_ids: list[int]) -> None:
        if candidate_ids:
            session.execute(text(f"DELETE FROM {SEARCH_TABLE} WHERE candidate_id = ANY(:ids)"),
                            {"ids": list(candidate_ids)})

    def matching_ids(self, session: Session, query: str) -> set[int]:
        terms = split_terms(normalize_for_search(query))
        if not terms:
            return set()
        clauses, params = [], {}
        for i, term in enumerate(terms):
            params[f"t{i}"] = _like(term)
            where = [f"name LIKE :t{i}", f"places LIKE :t{i}"]
            if len(term) >= 3:  # as FTS5: short terms never scan the CV text
                where.append(f"body LIKE :t{i}")
            clauses.append("(" + " OR ".join(where) + ")")
        sql = f"SELECT candidate_id FROM {SEARCH_TABLE} WHERE " + " AND ".join(clauses)
        return {row[0] for row in session.execute(text(sql), params)}


def reset_sequences(session: Session, tables: list[str]) -> None:
    """After rows were inserted with their ids (a copy), move each id sequence past
    the largest id, or the next insert would collide."""
    for table in tables:
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"))
