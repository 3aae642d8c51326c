#!/usr/bin/env python3
"""Build heldout18: invented CVs from producers and layouts the earlier sets did not use, with their labels.

Usage: python tests/heldout18/make_heldout18.py [NN ...]   (no argument: all files)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":  # WeasyPrint/fontTools run in this process
    os.environ.update(PYTHONHASHSEED="0", SOURCE_DATE_EPOCH="1719792000", TZ="UTC")
    os.execv(sys.executable, [sys.executable, *sys.argv])

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cvs18_html  # noqa: E402
import cvs18_latex  # noqa: E402
import cvs18_odf  # noqa: E402
import cvs18_text  # noqa: E402
import cvs18_typst  # noqa: E402
import cvs18_word  # noqa: E402
from kit18 import EXPECTED, FILES, SRC  # noqa: E402

BUILDERS = {
    "01": cvs18_latex.build01,
    "02": cvs18_word.build02,
    "03": cvs18_html.build03,
    "04": cvs18_typst.build04,
    "05": cvs18_odf.build05,
    "06": cvs18_text.build06,
    "07": cvs18_word.build07,
    "08": cvs18_odf.build08,
    "09": cvs18_typst.build09,
    "10": cvs18_latex.build10,
    "11": cvs18_text.build11,
    "12": cvs18_latex.build12,
}


def main(argv: list[str]) -> int:
    for d in (FILES, EXPECTED, SRC):
        d.mkdir(exist_ok=True)
    for key in argv or sorted(BUILDERS):
        BUILDERS[key]()
        print("built", key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
