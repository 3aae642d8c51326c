"""Expectations derived from the label files in ../shared, so tests over the real
CVs keep holding as the corpus grows (no hard-coded file or person counts)."""
from __future__ import annotations

import json
from pathlib import Path

from reviewer.extract import SUPPORTED_SUFFIXES
from reviewer.identity import normalize_email, normalize_phone


def shared_files(shared: Path) -> list[Path]:
    """The seeds (.txt) then the corpus files, in the order the tests copy them."""
    seeds = sorted((shared / "seeds").glob("*.txt"))
    corpus = sorted(p for p in (shared / "corpus" / "files").iterdir()
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    return [*seeds, *corpus]


def label_for(shared: Path, path: Path) -> dict:
    folder = shared / "seeds" / "expected" if path.parent == shared / "seeds" else shared / "corpus" / "expected"
    return json.loads((folder / f"{path.stem}.json").read_text(encoding="utf-8"))


def _phone_key(value: str) -> str | None:
    # Labels print phones as the CV does, with or without the country code: the
    # last ten digits (a national number) compare across both spellings.
    digits = normalize_phone(value)
    return digits[-10:] if digits else None


def people_count(shared: Path, files: list[Path]) -> int:
    """Distinct people among the files' labels: two labels that share an e-mail or
    a phone are one person (the rule the import applies to parsed profiles)."""
    parent = list(range(len(files)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, path in enumerate(files):
        label = label_for(shared, path)
        keys = [("email", e) for e in map(normalize_email, label.get("emails") or []) if e]
        keys += [("phone", p) for p in map(_phone_key, label.get("phones") or []) if p]
        for key in keys:
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    return len({root(i) for i in range(len(files))})
