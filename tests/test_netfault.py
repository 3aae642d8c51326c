"""The server goes away in the middle of a session and comes back: what the
reviewer did meanwhile is kept (ui/write_queue.py), the status bar says so, and
everything is saved exactly once when the server returns, also after the window
was closed while it was away. The command line fails with one line.

A real PostgreSQL server of this module's own (tests/pg_support.py), really
stopped (`pg_ctl stop -m fast`) and started again, and the real window."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import open_store
from reviewer import operations as ops
from reviewer import pending
from tests.factories import Person, write_txt
from tests.test_cli_errors import one_clear_line, reviewer
from tests.ui_support import make_window, no_unanswered_dialogs, select_name  # noqa: F401 - fixture
from ui.write_queue import QueueState

ME = "Bo Reviewer"
UNREACHABLE = "Server unreachable — your changes are kept and will be saved when it is back"


@pytest.fixture(scope="module")
def own_pg() -> Iterator:
    pytest.importorskip("psycopg")
    from tests.pg_support import start_own_cluster

    cluster = start_own_cluster()  # never the shared server: this one is stopped
    if cluster is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) to start a server of our own")
    yield cluster
    cluster.stop()


@pytest.fixture
def committee_url(own_pg, tmp_path: Path) -> Iterator[str]:
    name = own_pg.new_database()
    url = own_pg.url(name)
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net", phone="+1 415 555 0100"))
    with open_store(url) as store:
        ops.import_folder(store, folder, workers=1)
    yield url
    own_pg.start_server() if not _running(own_pg) else None
    own_pg.drop_database(name)


def _running(cluster) -> bool:  # noqa: ANN001
    try:
        cluster.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means it is not answering
        return False
    return True


def _my_reviews(url: str, candidate_id: int) -> list[ops.ReviewInfo]:
    with open_store(url) as store:
        return [r for r in ops.get_candidate(store, candidate_id).reviews if r.reviewer == ME]


def test_what_is_typed_while_the_server_is_away_is_saved_once_when_it_is_back(qtbot, own_pg, committee_url):
    window = make_window(qtbot, committee_url, reviewer=ME)
    errors: list[str] = []
    window.ctx.bus.failed.connect(errors.append)
    queue, status = window.ctx.queue, window.connection_status
    try:
        ada = select_name(qtbot, window, "Ada Quill")
        panel = window.page.review_panel
        own_pg.stop_server()
        try:
            panel.score_buttons.button(4).click()
            panel.comment.setFocus()
            qtbot.keyClicks(panel.comment, "Strong on theory")
            panel.flush_comment()
            panel.add_tag("theory")
            qtbot.waitUntil(lambda: status.isVisible() and status.text().startswith(UNREACHABLE), timeout=30_000)
            qtbot.waitUntil(lambda: len(queue.waiting()) == 3, timeout=10_000)
            # Kept on disk too, in order, should the window close before the server is back.
            kept = pending.load(window.ctx.queue.file)
            assert [w.action for w in kept] == ["set_score", "set_comment", "add_tag"]
            assert panel.save_state.text() == "Kept here until the server is back"
            window.live.poll()  # polling while away: quiet
            qtbot.wait(300)
        finally:
            own_pg.start_server()
        qtbot.waitUntil(lambda: queue.state() == QueueState(online=True, waiting=0), timeout=60_000)
        qtbot.waitUntil(lambda: not status.isVisible(), timeout=5_000)
        assert not window.ctx.queue.file.exists()
        assert errors == []  # no error per failed query: the status bar said it once
        mine = _my_reviews(committee_url, ada)
        assert len(mine) == 1
        assert mine[0].score == 4
        assert mine[0].comment == "Strong on theory"
        assert mine[0].version == 1  # the comment was written once, not once per attempt
        with open_store(committee_url) as store:
            assert ops.get_candidate(store, ada).tags == ("theory",)
        qtbot.waitUntil(lambda: panel.save_state.text() == "Saved", timeout=5_000)
    finally:
        window.close()
        window.ctx.store.close()


def test_changes_kept_when_windows_closed_offline_are_saved_at_the_next_start(qtbot, own_pg, committee_url):
    # Two windows of the same reviewer on one machine: each keeps its own file.
    first, second = make_window(qtbot, committee_url, reviewer=ME), make_window(qtbot, committee_url, reviewer=ME)
    try:
        ada, bob = select_name(qtbot, first, "Ada Quill"), select_name(qtbot, second, "Bob Stone")
        own_pg.stop_server()
        first.page.review_panel.score_buttons.button(2).click()
        second.page.review_panel.score_buttons.button(5).click()
        for w in (first, second):
            qtbot.waitUntil(lambda w=w: not w.ctx.queue.state().online, timeout=30_000)
    finally:
        for w in (first, second):
            w.close()
            w.ctx.store.close()
    files = {first.ctx.queue.file, second.ctx.queue.file}
    assert len(files) == 2
    assert sorted(w.args["score"] for f in files for w in pending.load(f)) == [2, 5]
    own_pg.start_server()
    assert _my_reviews(committee_url, ada) == _my_reviews(committee_url, bob) == []  # nothing saved while closed

    again = make_window(qtbot, committee_url, reviewer=ME)
    try:
        qtbot.waitUntil(lambda: again.ctx.queue.state() == QueueState(online=True, waiting=0), timeout=30_000)
        assert [r.score for r in _my_reviews(committee_url, ada)] == [2]
        assert [r.score for r in _my_reviews(committee_url, bob)] == [5]
        assert not any(f.exists() for f in files)
    finally:
        again.close()
        again.ctx.store.close()


def test_the_command_line_says_the_server_is_down_in_one_line(own_pg, committee_url):
    with open_store(committee_url) as store:
        ada = ops.list_candidates(store)[0].id
    own_pg.stop_server()
    try:
        line = one_clear_line(reviewer("--db", committee_url, "review", str(ada), "--reviewer", ME, "--score", "3"))
    finally:
        own_pg.start_server()
    assert "cannot reach the database server at 127.0.0.1:" in line
    assert _my_reviews(committee_url, ada) == []


def test_the_engine_reconnects_after_a_restart(own_pg, committee_url, monkeypatch):
    from db import postgres

    with open_store(committee_url) as store:
        ada = ops.list_candidates(store)[0].id
        monkeypatch.setattr(postgres, "IDLE_PING_S", 3600.0)  # as if used a moment ago: not tested
        own_pg.stop_server()
        own_pg.start_server()
        # The first query finds the connection dead and says the server went away;
        # SQLAlchemy renews the pool, and the next one works.
        with pytest.raises(Exception) as first:
            ops.set_score(store, candidate_id=ada, reviewer=ME, score=1)
        assert pending.is_unreachable(first.value)
        ops.set_score(store, candidate_id=ada, reviewer=ME, score=2)
        monkeypatch.setattr(postgres, "IDLE_PING_S", 0.0)  # idle for longer: tested before use
        own_pg.stop_server()
        own_pg.start_server()
        ops.set_score(store, candidate_id=ada, reviewer=ME, score=3)  # replaced, nothing fails
    assert [r.score for r in _my_reviews(committee_url, ada)] == [3]
