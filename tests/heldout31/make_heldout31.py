#!/usr/bin/env python3
"""Build heldout31: `python tests/heldout31/make_heldout31.py [NN ...]` (all files when no number is given)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builds31  # noqa: E402
import kit31  # noqa: E402
import labels31  # noqa: E402


def main(argv: list[str]) -> int:
    kit31.FILES.mkdir(exist_ok=True)
    kit31.EXPECTED.mkdir(exist_ok=True)
    wanted = set(argv)
    for num, build in builds31.BUILDS.items():
        if wanted and num not in wanted:
            continue
        print("building", num, flush=True)
        build()
    for label in labels31.LABELS:
        if not wanted or label["file"][:2] in wanted:
            kit31.write_label(label)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
