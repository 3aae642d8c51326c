"""The one-off wrapper used for FIRST_SCORE.txt: benchmarks/parser_score.py with the parsed profiles written
as ASCII JSON (ensure_ascii=True), because the prescribed run crashed on a lone surrogate in a parsed profile.
Parsing and scoring are unchanged.

    PYTHONPATH=$PWD python3 tests/heldout28/first_score_ascii.py tests/heldout28/files tests/heldout28/expected
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    spec = importlib.util.spec_from_file_location("parser_score", ROOT / "benchmarks" / "parser_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    dumps = json.dumps
    mod.json = type("AsciiJson", (), {"dumps": staticmethod(lambda o, **k: dumps(o, **{**k, "ensure_ascii": True}))})
    return mod.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
