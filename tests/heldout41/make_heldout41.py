#!/usr/bin/env python3
"""Build the heldout41 files from src/ (and docx41.py): python tests/heldout41/make_heldout41.py [NN ...]

Labels are hand-written in labels41.py (not generated from any parser output)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx41  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_eu_soft_matter_erc_b1_cv_pdflatex.pdf",
    "02": "02_us_neuroimmunology_nih_biosketch_xelatex.pdf",
    "03": "03_us_hydrology_nsf_sciencv_chromium.pdf",
    "04": "04_uk_plant_ecology_ukri_r4ri_word.docx",
    "05": "05_de_chemistry_dfg_lebenslauf_libreoffice.pdf",
    "06": "06_uk_immunology_wellcome_cv_typst.pdf",
    "07": "07_ca_atmospheric_ccv_export_chromium.pdf",
    "08": "08_br_pt_ecology_lattes_libreoffice_html.pdf",
    "09": "09_zh_chemeng_postdoc_bxjh_shenqingshu_word.docx",
    "10": "10_ch_compbio_snsf_cv_markdown.md",
    "11": "11_es_oceanography_fecyt_cva_libreoffice.pdf",
    "12": "12_au_geomorphology_arc_rope_plaintext.txt",
}


def run(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-03-01T09:00:00", b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000041", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def soffice_pdf(src: Path, dest: Path, fmt: str = "pdf") -> None:
    with tempfile.TemporaryDirectory() as td:
        run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", fmt,
             "--outdir", td, str(src)])
        shutil.move(str(Path(td) / (src.stem + ".pdf")), dest)


def latex(engine: str, tex: Path, dest: Path, passes: int = 2) -> None:
    with tempfile.TemporaryDirectory() as td:
        for _ in range(passes):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={td}", str(tex)], cwd=SRC)
        shutil.move(str(Path(td) / (tex.stem + ".pdf")), dest)


def chromium(html: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
             "--no-pdf-header-footer", f"--print-to-pdf={dest}", html.as_uri()])


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn == "01":
        latex("pdflatex", SRC / "01_erc_b1_cv.tex", out)
    elif nn == "02":
        latex("xelatex", SRC / "02_nih_biosketch.tex", out)
    elif nn == "03":
        chromium(SRC / "03_sciencv_nsf.html", out)
    elif nn == "04":
        docx41.build_04(out)
        fix_zip(out)
    elif nn == "05":
        docx = SRC / "05_lebenslauf.python-docx.docx"
        docx41.build_05(docx)
        fix_zip(docx)
        soffice_pdf(docx, out)
    elif nn == "06":
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / "06_wellcome_cv.typ")))
    elif nn == "07":
        chromium(SRC / "07_ccv_export.html", out)
    elif nn == "08":
        soffice_pdf(SRC / "08_lattes.html", out, "pdf:writer_web_pdf_Export")
    elif nn == "09":
        docx41.build_09(out)
        fix_zip(out)
    elif nn == "10":
        shutil.copy(SRC / "10_snsf_cv.md", out)
    elif nn == "11":
        docx = SRC / "11_cva.python-docx.docx"
        docx41.build_11(docx)
        fix_zip(docx)
        soffice_pdf(docx, out)
    elif nn == "12":
        shutil.copy(SRC / "12_arc_rope.txt", out)
    if out.suffix == ".pdf":
        pin_pdf(out)


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    for nn in argv or sorted(NAMES):
        build(nn)
        print(nn, NAMES[nn])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
