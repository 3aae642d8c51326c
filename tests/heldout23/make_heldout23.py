#!/usr/bin/env python3
"""Build heldout23: python tests/heldout23/make_heldout23.py [NN ...]

Every file is an invented person rendered with a public CV template fetched from GitHub (read from the
local mirror /work/.mirror at build time), or written with python-docx / as Markdown. Labels come from
labels23.py (hand-written)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build23 as b  # noqa: E402
import docx23  # noqa: E402
import html23  # noqa: E402
import kit23 as kit  # noqa: E402
import labels23  # noqa: E402

CHEAD_02 = (r"\chead{ \small{Jan Küster  $\cdot$ Consultant and Software Engineer $\cdot$  Bremen, Germany  "
            r"$\cdot$  \textcolor{sectcol}{\textbf{info@jankuester.com}}  $\cdot$ +49 176 313 877 34}}")
CHEAD_02_NEW = (r"\chead{ \small{Sneha L. Narayanan  $\cdot$ PhD Scholar, Chemistry $\cdot$  Powai, Mumbai 400076  "
                r"$\cdot$  \textcolor{sectcol}{\textbf{sneha.narayanan@iitb.example.ac.in}}  $\cdot$ +91 98765 00417}}")

BUILDERS = {
    "01": lambda: b.latexcv("classic", "01_body.tex", labels23.LABELS["01"]["file"]),
    "02": lambda: b.latexcv("two_column", "02_body.tex", labels23.LABELS["02"]["file"], {CHEAD_02: CHEAD_02_NEW}),
    "03": lambda: b.modernpro("03_main.typ", labels23.LABELS["03"]["file"], "03_pubs.bib"),
    "04": lambda: b.modernpro("04_main.typ", labels23.LABELS["04"]["file"]),
    "05": lambda: html23.pagedown_resume("05_resume.md", labels23.LABELS["05"]["file"]),
    "06": lambda: html23.markdown_cv("06_cv.md", labels23.LABELS["06"]["file"], "kjhealy"),
    "07": lambda: html23.copy_markdown("07_index.md", labels23.LABELS["07"]["file"]),
    "08": lambda: docx23.build_08(labels23.LABELS["08"]["file"]),
    "09": lambda: docx23.build_09(labels23.LABELS["09"]["file"]),
    "10": lambda: b.modernpro("10_main.typ", labels23.LABELS["10"]["file"]),
    "11": lambda: b.kjhvita("11_body.tex", labels23.LABELS["11"]["file"]),
    "12": lambda: html23.markdown_cv("12_cv.md", labels23.LABELS["12"]["file"], "davewhipp"),
}


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0" or os.environ.get("SOURCE_DATE_EPOCH") != kit.EPOCH:
        # fontTools (WeasyPrint's font subsetting) stamps the subset fonts' 'head' table with the time unless
        # SOURCE_DATE_EPOCH is set, and iterates over sets: fix both in this process too
        env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=kit.EPOCH, TZ="UTC")
        os.execve(sys.executable, [sys.executable, __file__, *argv], env)
    wanted = argv or sorted(BUILDERS)
    kit.FILES.mkdir(exist_ok=True)
    kit.EXPECTED.mkdir(exist_ok=True)
    for num in wanted:
        if num not in labels23.LABELS:
            print(f"{num}: no label yet, skipped")
            continue
        out = BUILDERS[num]()
        kit.write_label(labels23.LABELS[num])
        print(f"{num}: {out.name} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
