"""The core never imports Qt: everything under reviewer/ and db/ loads in a
process where PySide6 stays absent. And no two of our modules import each other,
however indirectly."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.import_graph import cycles, edges

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


def test_no_import_cycles_among_our_modules():
    """Counting imports inside functions and under TYPE_CHECKING: a cycle hidden
    behind a lazy import is still two modules that cannot be understood apart."""
    found = cycles(edges(ROOT, ["reviewer", "ui", "db"]))
    assert found == [], "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_check_sees_lazy_and_type_checking_imports(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from pkg import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .c import C\n")
    (pkg / "c.py").write_text("from pkg.a import f\n")
    (pkg / "d.py").write_text("from pkg import a\n")  # imports into the cycle, is not part of it
    assert cycles(edges(tmp_path, ["pkg"])) == [["pkg.a", "pkg.b", "pkg.c"]]


def test_db_imports_nothing_above_it():
    """db/ is the bottom layer: the default database path and every other user-level
    choice is passed in by reviewer/ or ui/."""
    graph = edges(ROOT, ["reviewer", "ui", "db"])
    upward = sorted(f"{m} -> {t}" for m, targets in graph.items() if m.startswith("db")
                    for t in targets if not t.startswith("db"))
    assert upward == []
