#!/usr/bin/env python3
"""Build heldout20: every file in files/ and every label in expected/.

Usage: python tests/heldout20/make_heldout20.py [NN ...]
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kit20 import write_label  # noqa: E402

ALL = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"]


def main(argv: list[str]) -> int:
    wanted = argv or ALL
    for nn in wanted:
        try:
            mod = importlib.import_module(f"cv{nn}")
        except ModuleNotFoundError:
            print(f"{nn}: no builder")
            continue
        name = mod.build()
        write_label(mod.LABEL)
        print(f"{nn}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
