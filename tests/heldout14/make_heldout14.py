"""Build held-out set 14: `python tests/heldout14/make_heldout14.py [NN ...]` (all files when no number)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Qt (07) seeds its QHash from this; without it the font objects come out in a random order.
os.environ["QT_HASH_SEED"] = "0"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cvs_a14  # noqa: E402
import cvs_b14  # noqa: E402
import cvs_c14  # noqa: E402
import cvs_d14  # noqa: E402

BUILDERS = {
    "01": cvs_a14.cv01,
    "02": cvs_a14.cv02,
    "03": cvs_a14.cv03,
    "04": cvs_a14.cv04,
    "05": cvs_b14.cv05,
    "06": cvs_b14.cv06,
    "07": cvs_b14.cv07,
    "08": cvs_c14.cv08,
    "09": cvs_c14.cv09,
    "10": cvs_d14.cv10,
    "11": cvs_d14.cv11,
    "12": cvs_d14.cv12,
    "13": cvs_d14.cv13,
}


def main(argv: list[str]) -> None:
    for key in argv or sorted(BUILDERS):
        print("building", key, flush=True)
        BUILDERS[key]()


if __name__ == "__main__":
    main(sys.argv[1:])
