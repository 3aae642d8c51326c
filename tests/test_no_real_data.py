"""Real CVs in ../shared must never leak into the repository (personal data).

Checks every tracked text file against the identifying strings of the labels:
names, e-mail addresses, phone digits and publication titles (employers
and universities are public names, not personal data).
Skips when ../shared is absent.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT_SUFFIXES = {".py", ".md", ".txt", ".json", ".toml", ".qss", ".html", ".csv", ".cfg", ".ini", ""}


def _identifying_strings(shared: Path) -> set[str]:
    found: set[str] = set()
    for label_file in shared.glob("*/expected/*.json"):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        found.update(s for s in [label.get("name"), *(label.get("name_any") or [])] if s and len(s) >= 5)
        found.update(label.get("emails") or [])
        found.update(re.sub(r"\D", "", p)[-8:] for p in label.get("phones") or [] if len(re.sub(r"\D", "", p)) >= 9)
        found.update(p["title"] for p in label.get("publications_sample") or [] if p.get("title"))
    return found


def _tracked_text_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / f for f in out.splitlines() if Path(f).suffix in TEXT_SUFFIXES and (ROOT / f).is_file()]


def test_no_text_from_the_real_cvs_is_in_the_repository(shared_dir):
    needles = _identifying_strings(shared_dir)
    leaks = []
    for path in _tracked_text_files():
        text = path.read_text(encoding="utf-8", errors="ignore")
        leaks += [f"{path.relative_to(ROOT)}: {needle!r}" for needle in needles if needle in text]
    assert not leaks, "real CV data in the repo:\n" + "\n".join(leaks)
