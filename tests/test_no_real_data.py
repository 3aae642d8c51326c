"""Real CVs in ../shared must never leak into the repository (personal data).

Checks every tracked text file against the identifying strings of the labels:
names (Chinese ones of two characters too), e-mail addresses, phone digits,
publication titles and long job titles (employers and universities are public
names, not personal data).
Skips when ../shared is absent.
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".json", ".toml", ".qss", ".html", ".csv", ".cfg", ".ini", ""}


def _identifying_strings(shared: Path) -> set[str]:
    found: set[str] = set()
    for label_file in shared.glob("*/expected/*.json"):
        label = json.loads(label_file.read_text(encoding="utf-8"))
        found.update(s for s in [label.get("name"), *(label.get("name_any") or [])] if s and _is_a_name(s))
        found.update(label.get("emails") or [])
        found.update(re.sub(r"\D", "", p)[-8:] for p in label.get("phones") or [] if len(re.sub(r"\D", "", p)) >= 9)
        found.update(p["title"] for p in label.get("publications_sample") or [] if p.get("title"))
        # A title this long is one person's wording, not a common job name.
        found.update(e["title"] for e in label.get("experience") or [] if len(e.get("title") or "") >= 40)
    return found


def _is_a_name(name: str) -> bool:
    """Latin-script names from 5 characters (shorter ones are common words); Chinese,
    Japanese and Korean names from 2 characters, which is what most of them are."""
    if CJK.search(name):
        return len(name.strip()) >= 2
    return len(name) >= 5


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


def test_short_chinese_names_are_checked_and_short_latin_words_are_not():
    assert _is_a_name("林夏")  # invented; two characters is a whole Chinese name
    assert _is_a_name("ソラ ミナト") and _is_a_name("Quill Ada")
    assert not _is_a_name("Ada") and not _is_a_name("林")
