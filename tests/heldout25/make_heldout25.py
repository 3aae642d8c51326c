#!/usr/bin/env python3
"""Build heldout25: python-docx CVs, most printed to PDF by LibreOffice headless.

Usage: python tests/heldout25/make_heldout25.py [NN ...]
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cvs25a  # noqa: E402
import cvs25b  # noqa: E402
from kit25 import FILES, SRC, save_docx, to_pdf, write_label  # noqa: E402

BUILDERS = sorted((f for m in (cvs25a, cvs25b) for n, f in vars(m).items() if n.startswith("cv") and n[2:].isdigit()),
                  key=lambda f: f.__name__)


def main(argv: list[str]) -> int:
    os.environ.update(SOURCE_DATE_EPOCH="1719792000", TZ="UTC")
    want = set(argv)
    for build in BUILDERS:
        if want and build.__name__[2:] not in want:
            continue
        stem, ext, doc, label = build()
        name = (label.get("name") or "").split()[-1]
        if ext == "docx":
            save_docx(doc, FILES / f"{stem}.docx", author=name)
        else:
            src = SRC / f"{stem}.python-docx.docx"
            save_docx(doc, src, author=name)
            to_pdf(src, FILES / f"{stem}.pdf")
        write_label(stem, ext, label)
        print(stem, ext)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
