"""Shared test set-up: headless Qt, and a data folder that is never the user's."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any QApplication exists; without a display Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the app's data folder and default database at a temporary place."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(data))
    monkeypatch.setenv("REVIEWER_DB", str(data / "reviewer.sqlite3"))
    yield


@pytest.fixture
def shared_dir() -> Path:
    """../shared (real CVs: read at run time, never copied into the repo)."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
