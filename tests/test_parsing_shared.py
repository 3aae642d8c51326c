"""The issue-4 floors on the real CVs in ../shared (read at run time, skipped when absent)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.extract import SUPPORTED_SUFFIXES
from reviewer.parsing import parse_file


def _score(shared: Path, files: Path, labels: Path, tmp_path: Path) -> dict[str, float]:
    profiles = [parse_file(p).model_dump(mode="json") for p in sorted(files.iterdir())
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]
    out = tmp_path / "parsed.json"
    out.write_text(json.dumps(profiles, ensure_ascii=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(labels), str(out)],
                         capture_output=True, text=True, check=True)
    scores = {}
    for line in res.stdout.splitlines():
        parts = line.split()
        if line.startswith("overall:"):
            scores["overall"] = float(parts[1])
        elif len(parts) == 2:
            scores[parts[0]] = float(parts[1])
    return scores


_PART_A = ("name", "emails", "phones", "links", "edu.", "exp.", "interests")


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_score_floors(shared_dir: Path, tmp_path: Path, which: str) -> None:
    files = shared_dir / "seeds" if which == "seeds" else shared_dir / "corpus" / "files"
    labels = files / "expected" if which == "seeds" else shared_dir / "corpus" / "expected"
    if not labels.is_dir():
        pytest.skip(f"no labels for {which}")
    scores = _score(shared_dir, files, labels, tmp_path)
    mine = {k: v for k, v in scores.items() if k.startswith(_PART_A)}
    assert mine and min(mine.values()) >= 0.75, mine
    assert sum(mine.values()) / len(mine) >= 0.90, mine
