#!/usr/bin/env python3
"""Build heldout22: `python tests/heldout22/make_heldout22.py [NN ...]` writes files/ and expected/."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from kit22 import FILES, SRC, write_label  # noqa: E402

ALL = [f"{n:02d}" for n in range(1, 15)]


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # WeasyPrint's font subsets follow set order
        os.execve(sys.executable, [sys.executable, __file__, *argv], {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": "1719792000", "TZ": "UTC"})
    FILES.mkdir(exist_ok=True)
    SRC.mkdir(exist_ok=True)
    wanted = argv or ALL
    for nn in wanted:
        if not (HERE / f"cv{nn}.py").exists():
            continue
        mod = importlib.import_module(f"cv{nn}")
        mod.build()
        write_label(mod.LABEL)
        print(nn, mod.NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
