"""Build heldout24: python tests/heldout24/make_heldout24.py [NN ...] (all files and labels by default)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":  # WeasyPrint's font subsetting iterates over sets
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx24  # noqa: E402
import html24  # noqa: E402
import tex24  # noqa: E402
from kit24 import EXPECTED, FILES, SRC, write_label  # noqa: E402
from labels24 import LABELS  # noqa: E402

BUILDERS = {**html24.ALL, **docx24.ALL, **tex24.ALL}


def main(argv: list[str]) -> None:
    for d in (FILES, EXPECTED, SRC):
        d.mkdir(exist_ok=True)
    wanted = argv or sorted(BUILDERS)
    for nn in wanted:
        print("building", nn, flush=True)
        BUILDERS[nn]()
    for stem, (ext, label) in LABELS.items():
        if stem[:2] in wanted:
            write_label(stem, ext, label)


if __name__ == "__main__":
    main(sys.argv[1:])
