#!/usr/bin/env python3
"""Build heldout16: `python tests/heldout16/make_heldout16.py [NN ...]` (all files when no number is given).

Writes files/ (the CVs), expected/ (the labels) and src/ (sources and intermediates). See README.md."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx_cvs16  # noqa: E402
import kit16  # noqa: E402  (sets SOURCE_DATE_EPOCH/TZ before any producer runs)
import lo_cvs16  # noqa: E402
import mupdf16  # noqa: E402
import text_cvs16  # noqa: E402
import typst16  # noqa: E402

BUILDERS = {
    "01": mupdf16.cv01,
    "02": typst16.cv02,
    "03": docx_cvs16.cv03,
    "04": docx_cvs16.cv04,
    "05": text_cvs16.cv05,
    "06": lo_cvs16.cv06,
    "07": docx_cvs16.cv07,
    "08": lo_cvs16.cv08,
    "09": lo_cvs16.cv09,
    "10": mupdf16.cv10,
    "11": typst16.cv11,
    "12": text_cvs16.cv12,
}


def main(argv: list[str]) -> int:
    wanted = argv or sorted(BUILDERS)
    for key in wanted:
        lab = BUILDERS[key]()
        kit16.write_label(lab)
        print(lab["file"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
