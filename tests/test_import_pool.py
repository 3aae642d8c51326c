"""The worker pool kills what hangs and survives what crashes; the import turns
both into a failed file with a clear reason and goes on with the rest.

The worker functions below run in real spawned processes (they are found by
module path, so they live at module level)."""
from __future__ import annotations

import os
import time

from db.store import open_store
from reviewer import importing
from reviewer.parse_task import parse_task
from reviewer.workers import run_tasks
from tests.factories import Person, write_txt

HERE = "tests.test_import_pool"


def double(payload: int) -> int:
    return payload * 2


def misbehave(payload: str) -> str:
    if payload == "hang":
        time.sleep(3600)
    if payload == "crash":
        os._exit(7)
    if payload == "raise":
        raise ValueError("bad input")
    return payload.upper()


def warm_up() -> None:
    from reviewer.parse_task import warm_up as warm_parser

    warm_parser()


def parse_or_misbehave(payload: dict) -> dict:
    """The real parse task, except for files whose name asks for trouble."""
    name = os.path.basename(payload.get("path", ""))
    if name.startswith("hang"):
        time.sleep(3600)
    if name.startswith("crash"):
        os._exit(9)
    return parse_task(payload)


def test_results_for_every_task():
    results = {r.key: r.value for r in run_tasks(f"{HERE}:double", [(i, i) for i in range(7)], workers=2)}
    assert results == {i: 2 * i for i in range(7)}


def test_hang_crash_and_exception_each_fail_alone():
    tasks = [(name, name) for name in ("a", "hang", "b", "crash", "raise", "c")]
    results = {r.key: r for r in run_tasks(f"{HERE}:misbehave", tasks, workers=2, timeout=1.0)}
    assert {k: r.value for k, r in results.items() if r.ok} == {"a": "A", "b": "B", "c": "C"}
    assert results["hang"].error == "timed out after 1 s (parser killed)"
    assert results["crash"].error == "the parser crashed (exit code 7)"
    assert results["raise"].error == "parser error: ValueError: bad input"


def test_a_task_waiting_behind_a_crash_or_a_hang_runs_elsewhere():
    """A worker holds its next task while it runs one (workers.PREFETCH): when it
    crashes or is killed, that next task was never begun and goes to a new worker."""
    tasks = [("crash", "crash"), ("a", "a"), ("hang", "hang"), ("b", "b"), ("c", "c")]
    results = {r.key: r for r in run_tasks(f"{HERE}:misbehave", tasks, workers=1, timeout=1.0)}
    assert {k: r.value for k, r in results.items() if r.ok} == {"a": "A", "b": "B", "c": "C"}
    assert results["crash"].error == "the parser crashed (exit code 7)"
    assert results["hang"].error == "timed out after 1 s (parser killed)"


def test_cancel_stops_the_pool():
    results = list(run_tasks(f"{HERE}:misbehave", [("h", "hang"), ("a", "a")], workers=1, timeout=60,
                             cancelled=lambda: True))
    assert results == []


def test_import_goes_on_past_a_hung_and_a_crashing_file(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "hang.txt", Person(name="Hana Long", email="hana@example.org"))
    write_txt(folder / "crash.txt", Person(name="Cara Crash", email="cara@example.org"))
    write_txt(folder / "fine.txt", Person(name="Finn Fine", email="finn@example.org"))
    with open_store(tmp_path / "db.sqlite3") as store:
        report = importing.import_folder(store, folder, workers=2, timeout=3.0, task=f"{HERE}:parse_or_misbehave")
        reasons = {os.path.basename(r.path): (r.outcome, r.reason) for r in report.results}
        assert reasons["hang.txt"] == ("failed", "timed out after 3 s (parser killed)")
        assert reasons["crash.txt"] == ("failed", "the parser crashed (exit code 9)")
        assert reasons["fine.txt"][0] == "added"
        # A file that hung is remembered as failed: the next import does not hang on it again.
        again = importing.import_folder(store, folder, workers=1, timeout=3.0, task=f"{HERE}:parse_or_misbehave")
        assert again.summary_line() == "3 files: 0 added, 0 updated, 1 unchanged, 2 failed"
