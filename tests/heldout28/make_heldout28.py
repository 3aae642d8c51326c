#!/usr/bin/env python3
"""Build the heldout28 files and labels: python tests/heldout28/make_heldout28.py [NN ...]."""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx28  # noqa: E402
import html28  # noqa: E402
import other28  # noqa: E402
from kit28 import EPOCH, EXPECTED, FILES, SRC, write_label  # noqa: E402
from labels28 import LABELS  # noqa: E402

MODULES = {**{k: docx28 for k in docx28.BUILDERS}, **{k: html28 for k in html28.BUILDERS},
           **{k: other28 for k in other28.BUILDERS}}


def main(argv: list[str]) -> int:
    os.environ.update(SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
    for d in (FILES, EXPECTED, SRC):
        d.mkdir(exist_ok=True)
    keys = argv or sorted(MODULES)
    for k in keys:
        print(MODULES[k].build(k).name)
    for label in LABELS:
        if label["file"][:2] in keys:
            write_label(label)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
