"""The core never imports Qt: everything under reviewer/ and db/ loads in a
process where PySide6 stays absent."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECK = """
import importlib, pkgutil, sys
import reviewer, db
for package in (reviewer, db):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.startswith("db.migrations"):
            continue  # Alembic scripts run only inside a migration
        try:
            importlib.import_module(info.name)
        except Exception:  # a module broken for other reasons is another test's failure;
            pass           # whatever it imported before failing still counts below
qt = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")
print("QT:" + ",".join(qt))
"""


def test_core_and_db_import_without_qt():
    out = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "QT:", out.stdout


def test_no_source_file_under_core_or_db_mentions_pyside():
    offenders = [p for folder in ("reviewer", "db") for p in (ROOT / folder).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
