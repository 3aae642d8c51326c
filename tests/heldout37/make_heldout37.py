#!/usr/bin/env python3
"""Build the heldout37 files from src/ (and docx37.py / odt37.py): python tests/heldout37/make_heldout37.py [NN ...]

Labels are hand-written in expected/ (not generated)."""
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

import docx37  # noqa: E402
import odt37  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_uk_physics_lecturer_rinohtype.pdf",
    "02": "02_de_manufacturing_professor_typst_lebenslauf.pdf",
    "03": "03_in_civil_engineering_professor_chromium_html.pdf",
    "04": "04_ar_es_economics_researcher_docx_libreoffice.pdf",
    "05": "05_us_compbio_industry_adjunct_markdown.md",
    "06": "06_uk_anaesthesia_consultant_military_word.docx",
    "07": "07_zh_environmental_engineering_professor_word.docx",
    "08": "08_tw_zh_en_psychology_asst_prof_odfdo_libreoffice.pdf",
    "09": "09_ng_public_health_senior_lecturer_plaintext.txt",
    "10": "10_us_power_electronics_assoc_prof_pdflatex_margin_dates.pdf",
    "11": "11_zh_cardiology_postdoc_typst.pdf",
    "12": "12_za_history_assoc_prof_xelatex.pdf",
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
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000037", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX/ODT with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def soffice_pdf(src: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(src)])
        shutil.move(str(Path(td) / (src.stem + ".pdf")), dest)


def latex(engine: str, tex: Path, dest: Path, passes: int = 2) -> None:
    with tempfile.TemporaryDirectory() as td:
        for _ in range(passes):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={td}", str(tex)], cwd=SRC)
        shutil.move(str(Path(td) / (tex.stem + ".pdf")), dest)


def typst(src: Path, dest: Path) -> None:
    import typst as typst_py
    dest.write_bytes(typst_py.compile(str(src)))


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn == "01":
        with tempfile.TemporaryDirectory() as td:
            run(["rinoh", str(SRC / "01_cv.rst"), "-t", str(SRC / "01_cv.rtt"), "-p", "A4", "-O", td])
            shutil.move(str(Path(td) / "01_cv.pdf"), out)
    elif nn in ("02", "11"):
        typst(SRC / {"02": "02_lebenslauf.typ", "11": "11_jianli.typ"}[nn], out)
    elif nn == "03":
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / "03_cv.html").as_uri()])
    elif nn == "04":
        docx = SRC / "04_cv.python-docx.docx"
        docx37.build_04(docx)
        fix_zip(docx)
        soffice_pdf(docx, out)
    elif nn == "05":
        shutil.copy(SRC / "05_cv.md", out)
    elif nn == "06":
        docx37.build_06(out)
        fix_zip(out)
    elif nn == "07":
        docx37.build_07(out)
        fix_zip(out)
    elif nn == "08":
        odt = SRC / "08_cv.odfdo.odt"
        odt37.build_08(odt)
        fix_zip(odt)
        soffice_pdf(odt, out)
    elif nn == "09":
        shutil.copy(SRC / "09_cv.txt", out)
    elif nn == "10":
        latex("pdflatex", SRC / "10_cv.tex", out)
    elif nn == "12":
        latex("xelatex", SRC / "12_cv.tex", out)
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
