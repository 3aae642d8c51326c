#!/usr/bin/env python3
"""Build heldout32: invented Chinese / bilingual CVs of students and early-career researchers.

Usage: python tests/heldout32/make_heldout32.py [NN ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build32  # noqa: E402
import docx32  # noqa: E402
import kit32  # noqa: E402
import labels32  # noqa: E402

FILES = HERE / "files"
EXPECTED = HERE / "expected"

BUILDERS = {
    "01": build32.typst_golixp_01,
    "02": docx32.wps_chem_02,
    "03": build32.moderncv_zh_03,
    "04": docx32.postdoc_lo_04,
    "05": docx32.form_med_05,
    "06": build32.markdown_06,
    "07": build32.text_07,
    "08": build32.xelatex_hant_08,
    "09": build32.overleaf_09,
    "10": build32.paracol_10,
    "11": docx32.english_chem_11,
    "12": build32.xelatex_bilingual_12,
}


def main(argv: list[str]) -> int:
    FILES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    wanted = argv or sorted(BUILDERS)
    for nn in wanted:
        out = BUILDERS[nn](FILES)
        if out.suffix == ".pdf":
            kit32.pin_pdf(out)
        elif out.suffix == ".docx":
            kit32.fix_docx(out)
        print(out.name)
    for label in labels32.LABELS:
        if label["file"][:2] in wanted:
            kit32.write_label(EXPECTED, label)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
