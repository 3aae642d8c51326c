"""Fixtures for the window tests: a folder of generated CVs of invented people, a
real SQLite database filled through `operations.import_folder`, and the real
main window on it. Imported by tests/test_ui_*.py."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import Person, write_docx, write_pdf, write_txt

PEOPLE = [
    ("ada_quill.pdf", Person()),
    ("bruno_vale.docx", Person(
        name="Bruno Vale", email="bruno.vale@example.net", phone="+1 202 555 0143",
        homepage="",  # a DOCX header line may be read as the name; keep the fixture about the window
        publications=["Bruno Vale, Ada Quill. Graphs at Scale. In KDD, 2021.",
                      "Bruno Vale. Notes on Sparse Models. In ICLR, 2020.",
                      "Dora Finch, Bruno Vale. Quiet Optimisers. In ICML, 2019."])),
    ("chen_xiaoyu.txt", Person(
        name="陈小雨", email="chen.xiaoyu@example.cn", phone="+86 188 1161 3160",
        homepage="https://chenxiaoyu.example.cn")),
    ("dora_finch.pdf", Person(
        name="Dora Finch", email="dora.finch@example.com", phone="+33 1 70 36 99 99",
        homepage="https://dorafinch.example.com",
        interests="Computer vision, robotics")),
]
NAMES = {"Ada Quill", "Bruno Vale", "陈小雨", "Dora Finch"}


def write_folder(folder: Path, people: list[tuple[str, Person]] = PEOPLE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    writers = {".pdf": write_pdf, ".docx": write_docx, ".txt": write_txt}
    for filename, person in people:
        writers[Path(filename).suffix](folder / filename, person)
    return folder


@pytest.fixture(autouse=True)
def no_unanswered_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang an offscreen test for ever: fail instead.
    Tests that expect a dialog patch it again with their own answer."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **_kwargs: object) -> None:
        raise AssertionError(f"an unexpected modal dialog would block here: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refuse(box, box.windowTitle(), box.text()))
    monkeypatch.setattr(QInputDialog, "getText", refuse)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)


@pytest.fixture(scope="session")
def cv_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("cvs"))


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory, cv_folder: Path) -> Path:
    """One import per test session; each test gets its own copy of the file."""
    from db.store import open_store
    from reviewer import operations as ops

    path = tmp_path_factory.mktemp("template") / "seeded.sqlite3"
    with open_store(path) as store:
        report = ops.import_folder(store, cv_folder)
        assert report.count("failed") == 0, report.results
    return path


@pytest.fixture
def seeded_db(tmp_path: Path, seeded_template: Path) -> Path:
    target = tmp_path / "reviewer.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(seeded_template) + suffix)
        if source.exists():
            shutil.copy(source, str(target) + suffix)
    return target


def make_window(qtbot, db: Path, reviewer: str = "Ada Chair"):  # noqa: ANN001, ANN201
    from ui.app import create_window
    from ui.settings import Settings

    settings = Settings()
    settings.reviewer_name = reviewer
    window = create_window(str(db), settings=settings)
    window.show_import_report = False
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.show()
    return window


@pytest.fixture
def window(qtbot, seeded_db: Path) -> Iterator:  # noqa: ANN001
    win = make_window(qtbot, seeded_db)
    yield win
    win.close()
    win.ctx.store.close()


def names_in_view(window) -> list[str]:  # noqa: ANN001
    from ui.candidate_model import Column

    proxy = window.list.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def select_name(qtbot, window, name: str) -> int:  # noqa: ANN001
    """Make `name` the current candidate; returns its id once its page is loaded."""
    from ui.candidate_model import Column, IdRole

    proxy = window.list.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, Column.NAME).data() == name:
            cid = int(proxy.index(r, 0).data(IdRole))
            if window.page.candidate_id == cid and window.list.current_id() == cid:
                return cid
            if window.list.current_id() == cid:
                # a filter change moved the list here and the page follows after a pause
                # (it may still show the row the list moved away from)
                window.list.selectRow(r)
            else:
                with qtbot.waitSignal(window.page.loaded, timeout=10_000):
                    window.list.selectRow(r)
            qtbot.waitUntil(lambda cid=cid: window.page.candidate_id == cid, timeout=10_000)
            return cid
    raise AssertionError(f"{name} not in the list: {names_in_view(window)}")
