"""The export dialog offers the shortlist, one row per review and the screening
matrix; the file name follows the choice and only the shortlist takes top N and
a minimum score. Real window, real SQLite file."""
from __future__ import annotations

import csv

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from reviewer import operations as ops
from tests.ui_support import (  # noqa: F401 - fixtures
    cv_folder,
    no_unanswered_dialogs,
    seeded_db,
    seeded_template,
    window,
)
from ui.export_dialog import ExportDialog


def test_the_dialog_writes_the_reviews_and_the_screening_matrix(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    store = window.ctx.store
    rows = ops.list_candidates(store)
    ops.set_score(store, candidate_id=rows[0].id, reviewer="Ada Chair", score=5)
    ops.set_comment(store, candidate_id=rows[0].id, reviewer="Ada Chair", comment="=clear hire")
    ops.set_score(store, candidate_id=rows[1].id, reviewer="Bo Reviewer", score=2)
    ops.set_stage(store, candidate_id=rows[1].id, stage="rejected", reason="no teaching")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    dialog = ExportDialog(window.ctx, tags=[], default_dir=str(tmp_path), parent=window)
    qtbot.addWidget(dialog)
    assert dialog.path.text().endswith("shortlist.csv") and dialog.top.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("reviews"))
    assert dialog.path.text() == str(tmp_path / "reviews.csv")
    assert not dialog.top.isEnabled() and not dialog.min_score.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.export_button.click()
    assert exported.args == [str(tmp_path / "reviews.csv"), 2]
    with open(tmp_path / "reviews.csv", encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert {r["reviewer"] for r in table} == {"Ada Chair", "Bo Reviewer"}
    assert "'=clear hire" in {r["comment"] for r in table}

    again = ExportDialog(window.ctx, tags=[], default_dir=str(tmp_path), parent=window)
    qtbot.addWidget(again)
    again.kind.setCurrentIndex(again.kind.findData("screening"))
    assert again.path.text() == str(tmp_path / "screening.csv")  # the remembered folder, the kind's name
    with qtbot.waitSignal(again.exported, timeout=10_000) as exported:
        again.export_button.click()
    assert exported.args[1] == len(rows)
    with open(tmp_path / "screening.csv", encoding="utf-8-sig", newline="") as fh:
        matrix = {r["candidate id"]: r for r in csv.DictReader(fh)}
    assert matrix[str(rows[1].id)]["reason for exclusion"] == "no teaching"
