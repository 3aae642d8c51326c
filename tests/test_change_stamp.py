"""The live-update poll's fingerprint (operations.change_stamp), on a real SQLite
file and a real PostgreSQL database: every kind of change another machine makes
moves it, and it reads each table through an index, never row by row (the window
asks every 2 s; at 10,000 candidates a scan of `candidates` cost ~50-100 ms of CPU)."""
from __future__ import annotations

from sqlalchemy import event, text

from db.store import open_store
from reviewer import operations as ops
from tests.factories import Person, write_txt


def test_every_kind_of_change_by_another_machine_moves_the_stamp(engine_url, tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_txt(folder / "ada.txt", Person())
    with open_store(engine_url) as window, open_store(engine_url) as other:
        ops.import_folder(other, folder, workers=1)
        ada = ops.list_candidates(other)[0].id
        seen = [ops.change_stamp(window)]

        def moved_by(change: str) -> None:
            stamp = ops.change_stamp(window)
            assert stamp != seen[-1], f"the poll missed: {change}"
            assert ops.change_stamp(window) == stamp, "nothing changed, yet the stamp moved"
            seen.append(stamp)

        ops.set_score(other, candidate_id=ada, reviewer="Bo Reviewer", score=4)
        moved_by("a new review")
        ops.set_score(other, candidate_id=ada, reviewer="Bo Reviewer", score=5)
        moved_by("a score changed")
        ops.set_comment(other, candidate_id=ada, reviewer="Bo Reviewer", comment="strong")
        moved_by("a comment")
        ops.add_tag(other, candidate_ids=[ada], tag="shortlist")
        moved_by("a tag put on")
        ops.remove_tag(other, candidate_ids=[ada], tag="shortlist")
        moved_by("a tag taken off")
        ops.set_stage(other, candidate_id=ada, stage="interview")
        moved_by("a stage")
        ops.correct_field(other, candidate_id=ada, field="name", value="Ada M. Quill")
        moved_by("a correction")
        ops.correct_field(other, candidate_id=ada, field="name", value="Ada Quill")
        moved_by("a correction changed")
        write_txt(folder / "ada.txt", Person(interests="Compilers"))  # a new version of the CV
        ops.import_folder(other, folder, workers=1)
        moved_by("a re-imported profile")
        write_txt(folder / "bob.txt", Person(name="Bob Stone", email="bob.stone@example.net",
                                             phone="+1 415 555 0100"))
        ops.import_folder(other, folder, workers=1)
        moved_by("a new candidate")
        bob = next(row.id for row in ops.list_candidates(other) if row.id != ada)
        ops.add_tag(other, candidate_ids=[ada], tag="maybe")
        moved_by("another tag put on")
        ops.remove_tag(other, candidate_ids=[ada], tag="maybe")  # as many tags as before, on someone else
        ops.add_tag(other, candidate_ids=[bob], tag="maybe")
        moved_by("a tag moved to another candidate between two polls")
        ops.delete_candidate(other, candidate_id=ada)
        moved_by("a deleted candidate")


def test_the_stamp_reads_every_table_through_an_index(engine_url):
    """A structural check, not a timing: the plan of the very statement the poll
    sends. PostgreSQL is told to avoid sequential scans, so that it shows an index
    wherever one can serve (on a tiny table it would rightly prefer the scan)."""
    with open_store(engine_url) as store:
        sent: list[tuple[str, object]] = []

        def catch(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
            if "count" in statement.lower():
                sent.append((statement, parameters))

        event.listen(store.engine, "before_cursor_execute", catch)
        ops.change_stamp(store)
        event.remove(store.engine, "before_cursor_execute", catch)
        assert len(sent) == 1
        statement, parameters = sent[0]
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
                reads = [step for step in plan if step.startswith(("SCAN", "SEARCH")) and "CONSTANT ROW" not in step]
                # max(history.id) is a seek to the end of the table's own rowid b-tree,
                # which SQLite names without an index (an unindexed max() reads the same).
                assert "max(history.id)" in statement
                unindexed = [step for step in reads if "INDEX" not in step and "PRIMARY KEY" not in step
                             and step != "SEARCH history"]
            else:
                conn.execute(text("SET LOCAL enable_seqscan = off"))
                plan = list(conn.exec_driver_sql(f"EXPLAIN {statement}", parameters).scalars())
                reads = [step for step in plan if " on " in step]
                unindexed = [step for step in reads if "Seq Scan" in step]
            assert len(reads) >= 9, plan  # each count() and max() reads its table
            assert unindexed == [], plan
