#!/usr/bin/env python3
"""Build the heldout36 files (invented Chinese/bilingual CVs in table and form layouts) and their labels.

Usage: python tests/heldout36/make_heldout36.py [NN ...]
Needs: node + `npm install docx@9.15.2 pdfmake@0.2.23` in $H36_NODE_MODULES/.. (default /tmp/h36node),
Apache FOP 2.8, pango-view, LibreOffice, XeLaTeX (tabularray, xeCJK), pandoc, poppler-utils, Noto CJK/Arphic fonts.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build36  # noqa: E402
import kit36  # noqa: E402
import labels36  # noqa: E402

BUILDERS = {
    "01": build36.b01, "02": build36.b02, "03": build36.b03, "04": build36.b04,
    "05": build36.b05, "06": build36.b06, "07": build36.b07, "08": build36.b08,
    "09": build36.b09, "10": build36.b10, "11": build36.b11, "12": build36.b12,
}


def main(argv: list[str]) -> int:
    wanted = argv or sorted(BUILDERS)
    kit36.FILES.mkdir(exist_ok=True)
    for nn in wanted:
        with tempfile.TemporaryDirectory(prefix=f"h36_{nn}_") as tmp:
            BUILDERS[nn](Path(tmp))
    for label in labels36.LABELS:
        if not argv or label["file"][:2] in wanted:
            kit36.write_label(label)
    shutil.rmtree(kit36.HERE / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
