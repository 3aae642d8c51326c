"""The Store and its queries on a real SQLite file and a real PostgreSQL database
(the `engine_url` fixture): URL resolution, cascades, and the full-text index
(accents, case, Chinese, short terms), which must answer alike on both."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from db import candidates as cq
from db import documents as dq
from db.models import Candidate, Document, Identity, Review
from db.search import SearchContent
from db.store import open_store, resolve


@pytest.fixture
def store(engine_url):
    store = open_store(engine_url)
    yield store
    store.close()


def test_resolve_paths_urls_and_the_default(tmp_path, monkeypatch):
    url, path = resolve(tmp_path / "a.sqlite3")
    assert url == f"sqlite:///{tmp_path / 'a.sqlite3'}" and path == tmp_path / "a.sqlite3"
    url, path = resolve(f"sqlite:///{tmp_path}/b.sqlite3")
    assert path == tmp_path / "b.sqlite3"
    # psycopg 3 is the driver, however the URL is written (bare "postgresql" means psycopg2)
    assert resolve("postgresql://u@h/db") == ("postgresql+psycopg://u@h/db", None)
    assert resolve("postgres://u:pw@h/db") == ("postgresql+psycopg://u:pw@h/db", None)
    monkeypatch.setenv("REVIEWER_DB", str(tmp_path / "env.sqlite3"))
    from reviewer.paths import default_database

    assert resolve(default_database())[1] == tmp_path / "env.sqlite3"


def test_default_database_lives_in_the_data_folder(tmp_path, monkeypatch):
    from reviewer.paths import default_database

    monkeypatch.delenv("REVIEWER_DB")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(tmp_path / "data"))
    assert default_database() == str(tmp_path / "data" / "reviewer.sqlite3")


def _candidate_with_document(session, name: str, text: str = "") -> int:
    cid = dq.create_candidate(session)
    doc = dq.save_document(session, document_id=None, values=dict(
        path=f"/cv/{name}.txt", sha256=name.ljust(64, "0"), size=1, mtime=0.0, format="txt", pages=1, text=text,
        profile={"source": f"/cv/{name}.txt", "name": name}, parser_version=1, status="ok", error=None))
    dq.set_document_candidate(session, doc, cid)
    dq.replace_identities(session, doc, cid, [("email", f"{name.lower()}@example.org")])
    dq.set_candidate_profile(session, cid, {"source": "x", "name": name}, {"display_name": name})
    return cid


def test_deleting_a_candidate_cascades_to_everything_attached(store):
    with store.session() as s:
        cid = _candidate_with_document(s, "Ada")
        cq.save_review(s, candidate_id=cid, reviewer_id=cq.reviewer_id(s, "Chair"), score=4, comment="ok")
        cq.add_tag(s, [cid], "strong")
        cq.set_correction(s, candidate_id=cid, field="name", value="Ada Q.")
    with store.session() as s:
        assert cq.delete_candidate(s, store.search, cid)
    with store.session() as s:
        for model in (Candidate, Document, Identity, Review):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
        assert cq.tags(s) == {} and cq.corrections(s) == {}


def test_identity_lookup_finds_the_oldest_candidate_with_that_email(store):
    with store.session() as s:
        first = _candidate_with_document(s, "Ada")
        assert dq.candidate_for_identities(s, "email", ["ada@example.org", "x@y.org"]) == first
        assert dq.candidate_for_identities(s, "email", ["nobody@example.org"]) is None
        assert dq.candidate_for_identities(s, "email", []) is None


@pytest.mark.parametrize(("query", "found"), [
    ("fernandez", True), ("FERNÁNDEZ", True), ("optimisation", True), ("清华大学", True),
    ("王伟", True),  # two characters: below trigram size, still found
    ("fernandez quantum", False), ("伟王", False), ('"; DROP TABLE', False),
])
def test_full_text_search(store, query, found):
    with store.session() as s:
        cid = _candidate_with_document(s, "Ana")
        store.search.update(s, cid, SearchContent(name="Ana Fernández 王伟", body="清华大学\nOptimisation methods"))
        _candidate_with_document(s, "Other")
    with store.session() as s:
        assert (cq.search_ids(s, store.search, query) == {cid}) is found


def test_very_long_list_columns_fit_the_list_index_on_every_engine(store):
    """500 Chinese characters of position and of degree are ~3,000 bytes: PostgreSQL
    refused that index row; the list columns keep a prefix (the profile keeps it all)."""
    position, degree = "研究员" * 166, "博士学位" * 125
    with store.session() as s:
        cid = dq.create_candidate(s)
        dq.set_candidate_profile(s, cid, {"source": "x", "name": "Ana", "position": position},
                                 {"display_name": "安" * 300, "position": position, "highest_degree": degree})
    with store.session(write=False) as s:
        [row] = cq.summaries(s)
        assert row.position.endswith("…") and position.startswith(row.position[:-1])
        assert len(row.position.encode()) <= 600 and len(row.highest_degree.encode()) <= 600
        assert cq.candidate_profile(s, cid)[0]["position"] == position


def test_deleting_a_candidate_removes_their_search_rows(store):
    with store.session() as s:
        gone = _candidate_with_document(s, "Ana")
        kept = _candidate_with_document(s, "Bea")
        for cid in (gone, kept):
            store.search.update(s, cid, SearchContent(name="Ana 王伟", places="清华大学", body="optimisation"))
    with store.session() as s:
        assert cq.search_ids(s, store.search, "optimisation") == {gone, kept}
        cq.delete_candidate(s, store.search, gone)
    with store.session() as s:
        for query in ("optimisation", "王伟", "清华", "ana"):
            assert cq.search_ids(s, store.search, query) == {kept}, query
        table = "candidate_search"
        key = "rowid" if store.engine.dialect.name == "sqlite" else "candidate_id"
        assert s.execute(text(f"SELECT count(*) FROM {table} WHERE {key} = :id"), {"id": gone}).scalar() == 0


def test_a_write_after_a_read_survives_another_connection_committing(engine_url):
    """The window scores a candidate while an import batch reads and then writes:
    writers queue (BEGIN IMMEDIATE) instead of failing with "database is locked"."""
    import threading

    importer, window = open_store(engine_url), open_store(engine_url)
    with importer.session() as s:
        cid = _candidate_with_document(s, "Ada")
    errors: list[BaseException] = []

    def score() -> None:
        try:
            with window.session() as s:
                cq.save_review(s, candidate_id=cid, reviewer_id=cq.reviewer_id(s, "Chair"), score=5)
        except BaseException as err:  # noqa: BLE001 (reported below)
            errors.append(err)

    with importer.session() as s:
        assert dq.stored_documents(s)  # read first...
        thread = threading.Thread(target=score)
        thread.start()
        _candidate_with_document(s, "Bob")  # ...then write
    thread.join()
    assert errors == []
    with window.session(write=False) as s:
        assert len(cq.summaries(s)) == 2 and [r.score for r in cq.reviews(s)] == [5]
    importer.close()
    window.close()


def test_queries_over_more_candidates_than_sql_parameters_allow(store, monkeypatch):
    """Large id sets are read whole and filtered in Python, or sent in chunks."""
    monkeypatch.setattr(cq, "MAX_IN", 2)
    with store.session() as s:
        ids = [_candidate_with_document(s, name) for name in ("Ann", "Ben", "Cat", "Dan", "Eve")]
        cq.add_tag(s, ids, "many")
        cq.save_review(s, candidate_id=ids[0], reviewer_id=cq.reviewer_id(s, "R"), score=3)
        cq.set_correction(s, candidate_id=ids[4], field="name", value="Eva")
    wanted = set(ids[1:])
    with store.session(write=False) as s:
        assert cq.existing_ids(s, [*ids, 999]) == set(ids)
        assert {x.id for x in cq.summaries(s, ids=wanted)} == wanted
        assert {x.id for x in cq.summaries(s, ids=wanted, tag="many")} == wanted
        assert set(cq.tags(s, wanted)) == wanted
        assert cq.reviews(s, wanted) == [] and len(cq.reviews(s, set(ids))) == 1
        assert set(cq.documents(s, wanted)) == wanted
        assert cq.corrections(s, wanted) == {ids[4]: {"name": "Eva"}}
    with store.session() as s:
        cq.remove_tag(s, ids, "many")
        assert cq.all_tags(s) == []


def test_short_terms_scan_names_and_places_not_the_cv_text(store):
    """Terms under three characters cannot use the trigram index; they are matched
    in names, institutions and tags only (scanning every CV's text is too slow)."""
    with store.session() as s:
        cid = _candidate_with_document(s, "Ana")
        store.search.update(s, cid, SearchContent(name="Ana Li", places="浙江大学\nshortlist",
                                                  body="Born in 杭州; optimisation"))
    with store.session() as s:
        assert cq.search_ids(s, store.search, "浙江") == {cid}
        assert cq.search_ids(s, store.search, "li") == {cid}
        assert cq.search_ids(s, store.search, "杭州") == set()
        assert cq.search_ids(s, store.search, "optimisation") == {cid}  # long terms: the whole text


def test_short_terms_follow_a_candidate_reindexed_and_combine_with_long_terms(store):
    """A re-indexed candidate is found by the new name's short terms only, on every
    engine (SQLite keeps names and places for short terms in a table of their own)."""
    with store.session() as s:
        cid = _candidate_with_document(s, "Ana")
        other = _candidate_with_document(s, "Bo")
        store.search.update(s, cid, SearchContent(name="王伟", places="KU Leuven", body="optimisation"))
        store.search.update(s, other, SearchContent(name="Bo Wu", places="ETH", body="optimisation"))
    with store.session() as s:
        assert cq.search_ids(s, store.search, "王") == {cid}
        assert cq.search_ids(s, store.search, "ku leuven") == {cid}
        assert cq.search_ids(s, store.search, "wu optimisation") == {other}
        assert cq.search_ids(s, store.search, "wu leuven") == set()
        store.search.update(s, cid, SearchContent(name="陈雨", places="", body="optimisation"))
    with store.session() as s:
        assert cq.search_ids(s, store.search, "王") == set()
        assert cq.search_ids(s, store.search, "ku") == set()
        assert cq.search_ids(s, store.search, "陈雨 optimisation") == {cid}


def test_migration_0002_moves_places_and_tags_into_their_own_column(tmp_path):
    """A database made before 0002 (name + body index) keeps every match, and its
    institutions and tags become findable by a short term without scanning CV text."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    open_store(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.execute(text("INSERT INTO candidates (id, display_name, publications, first_author, warnings, "
                          "profile, created_at, profile_updated_at) VALUES (7, 'Ana Li', 0, 0, 0, "
                          "'{\"education\": [{\"institution\": \"浙江大学\"}]}', '2026-01-01', '2026-01-01')"))
        conn.execute(text("INSERT INTO tags (id, name) VALUES (1, 'yes')"))
        conn.execute(text("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (7, 1)"))
        conn.execute(text("INSERT INTO candidate_search (rowid, name, body) "
                          "VALUES (7, 'ana li', '浙江大学\nyes\nborn in 杭州; optimisation')"))
    engine.dispose()
    with open_store(path) as store, store.session() as s:
        assert cq.search_ids(s, store.search, "浙江") == {7}
        assert cq.search_ids(s, store.search, "yes") == {7}
        assert cq.search_ids(s, store.search, "optimisation") == {7}
