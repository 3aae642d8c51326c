"""Parser benchmark: parse every CV in a folder and score it against a labels folder.

Usage:
    python benchmarks/parser_score.py FILES_DIR LABELS_DIR [--score PATH] [--json OUT] [--quiet]

e.g. `python benchmarks/parser_score.py ../shared/corpus/files ../shared/corpus/expected`.
Prints ../shared/eval/score.py --verbose (per file and per field), then the time
spent parsing. Files that cannot be read are listed with their reason and scored
as missing, exactly as the committee would see them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.extract import SUPPORTED_SUFFIXES, ExtractionError  # noqa: E402
from reviewer.parsing import parse_file  # noqa: E402

DEFAULT_SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def parse_folder(folder: Path) -> tuple[list[dict], list[str]]:
    profiles: list[dict] = []
    failures: list[str] = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES):
        try:
            profiles.append(parse_file(path).model_dump(mode="json"))
        except ExtractionError as err:
            failures.append(f"{path.name}: {err}")
    return profiles, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", type=Path)
    ap.add_argument("labels", type=Path)
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="path of score.py")
    ap.add_argument("--json", type=Path, help="also keep the parsed profiles here")
    ap.add_argument("--quiet", action="store_true", help="field means only, no per-file table")
    a = ap.parse_args(argv)

    t0 = time.perf_counter()
    profiles, failures = parse_folder(a.files)
    elapsed = time.perf_counter() - t0
    for f in failures:
        print(f"failed: {f}")
    with tempfile.TemporaryDirectory() as tmp:
        out = a.json or Path(tmp) / "parsed.json"
        out.write_text(json.dumps(profiles, ensure_ascii=False, indent=1), encoding="utf-8")
        cmd = [sys.executable, str(a.score), str(a.labels), str(out)] + ([] if a.quiet else ["--verbose"])
        rc = subprocess.run(cmd, check=False).returncode
    print(f"parsed {len(profiles)} files in {elapsed:.2f} s ({len(failures)} failed)")
    return rc


if __name__ == "__main__":
    sys.exit(main())
