#!/usr/bin/env python3
"""Build the heldout45 files from src/ (and docx45.py): python tests/heldout45/make_heldout45.py [NN ...]

Labels are hand-written in labels45.py (not generated from any parser output)."""
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

import docx45  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_zh_algorithm_engineer_zhilian_export_chromium.pdf",
    "02": "02_en_algorithm_engineer_zhilian_english_chromium.pdf",
    "03": "03_zh_product_manager_liepin_chromium.pdf",
    "04": "04_zh_data_analyst_grad_yingjiesheng_weasyprint.pdf",
    "05": "05_zh_en_cv_master_grad_shixiseng_qr_chromium.pdf",
    "06": "06_zh_embedded_master_grad_jiuye_tuijianbiao_grid.docx",
    "07": "07_zh_embedded_engineer_wps_template_bands.docx",
    "08": "08_zh_environment_phd_to_institute_ctex.pdf",
    "09": "09_zh_medchem_postdoc_typst.pdf",
    "10": "10_zh_tw_data_analyst_104_chromium.pdf",
    "11": "11_zh_en_pharma_scientist_purple_band_weasyprint.pdf",
    "12": "12_zh_data_analyst_boss_paste.txt",
}

CHROMIUM = {"01": "01_zhilian.html", "02": "02_zhilian_en.html", "03": "03_liepin.html", "05": "05_shixiseng.html",
            "10": "10_104.html"}
WEASY = {"04": "04_yingjiesheng.html", "11": "11_pharma_bilingual.html"}
TYPST = {"09": "09_postdoc.typ"}
LATEX = {"08": "08_phd_ctex.tex"}
QR = {"01": ("01_qr.svg", "https://m.zhaopin.example.com/r/JM6205817733R90250000000", "#1f7cf5"),
      "05": ("05_qr.svg", "https://resume.shixiseng.example.com/kexinw2025", "#00866a")}


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
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000045", b)
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


def qr(nn: str) -> None:
    """QR codes are SVG images drawn by segno (a test-data tool only); the URLs are invented."""
    import segno
    name, url, dark = QR[nn]
    segno.make(url, error="m").save(str(SRC / name), scale=3, border=1, dark=dark)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in QR:
        qr(nn)
    if nn in CHROMIUM:
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / CHROMIUM[nn]).as_uri()])
    elif nn in WEASY:
        run(["weasyprint", str(SRC / WEASY[nn]), str(out)], cwd=SRC)
    elif nn in TYPST:
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / TYPST[nn])))
    elif nn in LATEX:
        with tempfile.TemporaryDirectory() as td:
            shutil.copy(SRC / LATEX[nn], td)
            run(["xelatex", "-interaction=nonstopmode", LATEX[nn]], cwd=td)
            shutil.copy(Path(td) / (Path(LATEX[nn]).stem + ".pdf"), out)
    elif nn == "06":
        docx45.build_06(out)
        fix_zip(out)
    elif nn == "07":
        docx45.build_07(out)
        fix_zip(out)
    elif nn == "12":
        shutil.copy(SRC / "12_boss_paste.txt", out)
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
