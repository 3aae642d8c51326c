"""Parser workers start while the folder is scanned, once per import, and not at
all when nothing needs parsing (a re-import of an unchanged folder)."""
from __future__ import annotations

import multiprocessing

from db.store import open_store
from reviewer import importing
from tests.factories import Person, write_txt


def _import(store, folder):
    """The report, and how many worker processes were alive whenever the import
    reported a file it settled without parsing (those come before any parsing)."""
    alive: dict[str, int] = {}

    def progress(p) -> None:
        if p.current.endswith((".jpg", ".txt")):
            alive.setdefault(p.current.rsplit("/", 1)[-1], len(multiprocessing.active_children()))

    return importing.import_folder(store, folder, workers=2, progress=progress), alive


def test_workers_start_during_the_scan_and_not_for_an_unchanged_folder(tmp_path):
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a_photo.jpg").write_bytes(b"\xff\xd8 not a CV")  # settled while planning, before parsing
    for k in range(4):
        write_txt(folder / f"cv{k}.txt", Person(name=f"Wren Warm{k}", email=f"wren{k}@example.org"))
    store = open_store(tmp_path / "db.sqlite3")
    try:
        first, alive = _import(store, folder)
        assert first.summary_line() == "5 files: 4 added, 0 updated, 0 unchanged, 1 failed"
        assert alive["a_photo.jpg"] == 2  # the pool was already starting while files were hashed
        again, alive = _import(store, folder)
        assert again.summary_line() == "5 files: 0 added, 0 updated, 4 unchanged, 1 failed"
        assert set(alive.values()) == {0}  # nothing to parse: no worker started at all
        assert multiprocessing.active_children() == []  # and none left behind
    finally:
        store.close()
