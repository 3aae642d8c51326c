"""Check that parser output is byte-identical before and after a change (for speed work).

    python benchmarks/parse_identical.py save OUT_DIR [FOLDER...]
    python benchmarks/parse_identical.py check OUT_DIR [FOLDER...]

`save` writes one JSON per file (`parse_file(path).model_dump(mode="json")`)
into OUT_DIR; `check` parses the same files again and lists every file whose
JSON differs (exit status 1 when any does); `--reverse` parses them in the
opposite order, so an impure cache (an answer that depends on what was parsed
before) shows up as a difference. Without folders it uses the
project's own CV folders: ../shared/corpus/files, ../shared/seeds and
tests/heldout*/files. Extracted documents are cached in OUT_DIR/extracted.pickle
so repeated checks only pay for parsing (extraction is not what is compared).
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.extract import SUPPORTED_SUFFIXES, ExtractionError, extract  # noqa: E402
from reviewer.parsing import parse_document  # noqa: E402


def default_folders() -> list[Path]:
    shared = ROOT.parent / "shared"
    return [shared / "corpus" / "files", shared / "seeds", *sorted((ROOT / "tests").glob("heldout*/files"))]


def cv_files(folders: list[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            files += sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    return files


def key(path: Path) -> str:
    """A flat, unique file name for one CV's JSON."""
    return str(path).strip("/").replace("/", "__") + ".json"


def dump(path: Path, docs: dict[str, object]) -> str:
    doc = docs.get(str(path))
    if doc is None:
        try:
            doc = extract(path)
        except ExtractionError as err:
            doc = err
        docs[str(path)] = doc
    if isinstance(doc, ExtractionError):
        return json.dumps({"error": str(doc)})
    profile = parse_document(doc, str(path))  # type: ignore[arg-type]  # what parse_file does
    return json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("out", type=Path)
    ap.add_argument("folders", type=Path, nargs="*")
    ap.add_argument("--reverse", action="store_true", help="parse the files in reverse order")
    a = ap.parse_args()
    files = cv_files(a.folders or default_folders())
    a.out.mkdir(parents=True, exist_ok=True)
    cache = a.out / "extracted.pickle"
    docs: dict[str, object] = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    differ = 0
    for path in reversed(files) if a.reverse else files:
        text = dump(path, docs)
        target = a.out / key(path)
        if a.mode == "save":
            target.write_text(text, encoding="utf-8")
        elif not target.exists() or target.read_text(encoding="utf-8") != text:
            differ += 1
            print(f"DIFFERS: {path}")
    cache.write_bytes(pickle.dumps(docs))
    print(f"{len(files)} files {'saved' if a.mode == 'save' else 'checked'}, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
