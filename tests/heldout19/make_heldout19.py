#!/usr/bin/env python3
"""Build heldout19 (invented industry résumés and job-market CVs) and its labels.

Usage: python tests/heldout19/make_heldout19.py [NN ...]   (no argument: every file)
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx19  # noqa: E402
import fpdf19  # noqa: E402
import kit19  # noqa: E402  (sets SOURCE_DATE_EPOCH/FORCE_SOURCE_DATE/TZ)
import story19  # noqa: E402
from kit19 import FILES, SRC, fix_docx, pin_pdf, soffice_pdf, write_label  # noqa: E402
from labels19 import LABELS  # noqa: E402


def typst_pdf(src: Path, out: Path) -> None:
    import typst
    typst.compile(str(src), output=str(out))
    pin_pdf(out)


def b01(out: Path) -> None:
    typst_pdf(SRC / "01_sidebar_resume.typ", out)


def b02(out: Path) -> None:
    import weasyprint
    weasyprint.HTML(str(SRC / "02_timeline_resume.html")).write_pdf(str(out))
    pin_pdf(out)


def b03(out: Path) -> None:
    docx19.build_03(out)
    fix_docx(out)


def b04(out: Path) -> None:
    story19.build_04(SRC / "04_zhilian_resume.html", out)
    pin_pdf(out)


def _docx_via_lo(build, stem: str, out: Path) -> None:
    keep = SRC / f"{stem}.python-docx.docx"
    build(keep)
    fix_docx(keep)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        shutil.copy(keep, src)
        pdf = soffice_pdf(src, Path(tmp))
        shutil.copy(pdf, out)
    pin_pdf(out)


def b05(out: Path) -> None:
    _docx_via_lo(docx19.build_05, "05_wps_sidebar", out)


def b06(out: Path) -> None:
    typst_pdf(SRC / "06_bilingual_quant.typ", out)


def b07(out: Path) -> None:
    docx19.build_07(out)
    fix_docx(out)


def b08(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                            str(SRC / "08_biotech_scientist.tex")], check=True, capture_output=True)
        shutil.copy(Path(tmp) / "08_biotech_scientist.pdf", out)
    pin_pdf(out)


def b09(out: Path) -> None:
    shutil.copy(SRC / "09_consultant_paste.txt", out)


def b10(out: Path) -> None:
    fpdf19.build_10(out)
    pin_pdf(out)


def b11(out: Path) -> None:
    _docx_via_lo(docx19.build_11, "11_job_market", out)


def b12(out: Path) -> None:
    shutil.copy(SRC / "12_ml_engineer_resume.md", out)


def b13(out: Path) -> None:
    """The Twenty Seconds CV class (MIT, src/twentysecondcv.cls) with an invented person; pdfLaTeX twice."""
    with tempfile.TemporaryDirectory() as tmp:
        for f in ("twentysecondcv.cls", "13_twentyseconds_cv.tex"):
            shutil.copy(SRC / f, Path(tmp) / f)
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "13_twentyseconds_cv.tex"],
                           cwd=tmp, check=True, capture_output=True)
        shutil.copy(Path(tmp) / "13_twentyseconds_cv.pdf", out)
    pin_pdf(out)


BUILDERS = {"01": b01, "02": b02, "03": b03, "04": b04, "05": b05, "06": b06, "07": b07, "08": b08, "09": b09,
            "10": b10, "11": b11, "12": b12, "13": b13}


def main(argv: list[str]) -> int:
    want = set(argv) or set(BUILDERS)
    FILES.mkdir(exist_ok=True)
    kit19.EXPECTED.mkdir(exist_ok=True)
    for name, label in sorted(LABELS.items()):
        nn = name[:2]
        if nn not in want:
            continue
        out = FILES / name
        BUILDERS[nn](out)
        write_label(name, label)
        print(f"{name}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(kit19.EPOCH))
    sys.exit(main(sys.argv[1:]))
