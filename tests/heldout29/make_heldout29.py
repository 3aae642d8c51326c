#!/usr/bin/env python3
"""Build heldout29: 12 long CVs of invented senior academics, and their hand-written labels.

Usage: python tests/heldout29/make_heldout29.py [NN ...]   (no argument: every file)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cv01_history  # noqa: E402
import cv02_classics  # noqa: E402
import cv03_economics  # noqa: E402
import cv04_psychology  # noqa: E402
import cv05_ecology  # noqa: E402
import cv06_chemistry_zh  # noqa: E402
import cv07_epidemiology  # noqa: E402
import cv08_literature  # noqa: E402
import cv09_civil_zh_en  # noqa: E402
import cv10_astronomy  # noqa: E402
import cv11_polisci  # noqa: E402
import cv12_philosophy  # noqa: E402
import kit29  # noqa: E402
import labels29  # noqa: E402


def tex_with_bib(mod, engine="pdflatex", tex=None):
    bib = getattr(mod, "BIB", None)
    if bib is None and hasattr(mod, "bib"):
        bib = mod.bib()
    if bib is not None:
        (kit29.SRC / f"{mod.NAME}.bib").write_text(bib, encoding="utf-8")
    return kit29.run_tex(mod.NAME, tex if tex is not None else mod.TEX, engine=engine, biber=bib is not None)


def docx_pdf(mod):
    src = kit29.SRC / f"{mod.NAME}.docx"
    mod.build(src)
    kit29.fix_zip(src)
    return kit29.libreoffice_pdf(src, mod.NAME)


def docx_kept(mod):
    out = kit29.FILES / f"{mod.NAME}.docx"
    mod.build(out)
    kit29.fix_zip(out)
    return out


BUILDERS = {
    "01": lambda: tex_with_bib(cv01_history),
    "02": lambda: tex_with_bib(cv02_classics),
    "03": lambda: docx_pdf(cv03_economics),
    "04": lambda: tex_with_bib(cv04_psychology, tex=cv04_psychology.tex()),
    "05": lambda: docx_kept(cv05_ecology),
    "06": lambda: tex_with_bib(cv06_chemistry_zh, engine="xelatex"),
    "07": lambda: tex_with_bib(cv07_epidemiology),
    "08": lambda: tex_with_bib(cv08_literature, engine="lualatex"),
    "09": lambda: docx_kept(cv09_civil_zh_en),
    "10": lambda: tex_with_bib(cv10_astronomy, tex=cv10_astronomy.tex()),
    "11": lambda: docx_pdf(cv11_polisci),
    "12": lambda: tex_with_bib(cv12_philosophy),
}


def main(argv: list[str]) -> int:
    for d in (kit29.FILES, kit29.SRC, kit29.EXPECTED):
        d.mkdir(exist_ok=True)
    wanted = argv or sorted(BUILDERS)
    for nn in wanted:
        print(nn, BUILDERS[nn]())
    for label in labels29.LABELS:
        if label["file"][:2] in wanted:
            kit29.write_label(label)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
