#!/usr/bin/env python3
"""Build the heldout30 CV files and their labels: python tests/heldout30/make_heldout30.py [NN ...]."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cvs30a  # noqa: E402
import cvs30b  # noqa: E402
import cvs30c  # noqa: E402
from kit30 import FILES, SRC, write_label  # noqa: E402

BUILDS = {}
for mod in (cvs30a, cvs30b, cvs30c):
    for nn in range(1, 15):
        b, lab = getattr(mod, f"build{nn:02d}", None), getattr(mod, f"L{nn:02d}", None)
        if b and lab:
            BUILDS[f"{nn:02d}"] = (b, lab)


def main(argv: list[str]) -> int:
    FILES.mkdir(exist_ok=True)
    SRC.mkdir(exist_ok=True)
    for nn in argv or sorted(BUILDS):
        build, label = BUILDS[nn]
        build()
        write_label(label)
        print("built", label["file"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
