"""Build held-out set 3: ten invented CVs in files/ and their hand-read labels in expected/.

This set is for a final measurement of how the parser generalises; nobody tunes on it.
Run from anywhere:  python tests/heldout3/make_heldout3.py
The outputs are committed, so this is only needed to regenerate them.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the CV modules sit next to this script, not in a package

import cvs_docx  # noqa: E402
import cvs_pdf  # noqa: E402
import cvs_text  # noqa: E402
import cvs_twocol  # noqa: E402

BUILDERS = [
    cvs_pdf.robotics_res, cvs_pdf.bioinfo_postdoc, cvs_pdf.nlp_researcher, cvs_pdf.mathematician,
    cvs_twocol.economist, cvs_docx.chinese_undergrad, cvs_docx.software_resume, cvs_docx.german_cv,
    cvs_text.homepage, cvs_text.japanese_plain,
]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        lab = build(files)
        stem = Path(lab["file"]).stem
        (expected / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        print(lab["file"])


if __name__ == "__main__":
    main()
