#!/usr/bin/env python3
"""Build heldout33: python tests/heldout33/make_heldout33.py [NN ...]  (all files when no number is given)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cvs33_docx  # noqa: E402
import cvs33_mail  # noqa: E402
import cvs33_misc  # noqa: E402
import cvs33_tex  # noqa: E402
import cvs33_web  # noqa: E402

BUILDERS = {
    "01": cvs33_tex.build_01, "02": cvs33_web.build_02, "04": cvs33_mail.build_04,
    "05": cvs33_docx.build_05, "06": cvs33_misc.build_06, "07": cvs33_misc.build_07,
    "08": cvs33_web.build_08, "09": cvs33_tex.build_09, "10": cvs33_mail.build_10,
    "11": cvs33_mail.build_11, "03": cvs33_web.build_03, "12": cvs33_docx.build_12,
}


def main(argv: list[str]) -> None:
    for key in argv or sorted(BUILDERS):
        BUILDERS[key]()
        print("built", key)


if __name__ == "__main__":
    main(sys.argv[1:])
