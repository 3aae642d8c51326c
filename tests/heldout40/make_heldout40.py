#!/usr/bin/env python3
"""Build the heldout40 files from src/ (and docx40.py): python tests/heldout40/make_heldout40.py [NN ...]

Labels are hand-written in labels40.py (not generated from any parser output)."""
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

import docx40  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_us_ml_engineer_reactive_resume_gengar_chromium.pdf",
    "02": "02_uk_data_scientist_novoresume_two_page_chromium.pdf",
    "03": "03_ng_product_designer_hci_enhancv_weasyprint.pdf",
    "04": "04_in_new_grad_zety_header_band_qr_weasyprint.pdf",
    "05": "05_de_robotics_researcher_typst_rotated_rail.pdf",
    "06": "06_pl_backend_engineer_word_textbox_layout_table.docx",
    "07": "07_ca_bioinformatician_flowcv_chromium_8x11in.pdf",
    "08": "08_zh_data_science_new_grad_chaojijianli_chromium.pdf",
    "09": "09_zh_robotics_engineer_wubaiding_word_tables.docx",
    "10": "10_zh_materials_researcher_zhiye_typst_sidebar.pdf",
    "11": "11_zh_en_ux_researcher_qiaobu_bilingual_weasyprint.pdf",
    "12": "12_us_climate_data_scientist_ats_version.md",
}

CHROMIUM = {"01": "01_gengar.html", "02": "02_novoresume.html", "07": "07_flowcv.html", "08": "08_chaojijianli.html"}
WEASY = {"03": "03_enhancv.html", "04": "04_zety.html", "11": "11_qiaobu.html"}
TYPST = {"05": "05_rail.typ", "10": "10_zhiye.typ"}


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
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000040", b)
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


QR = {"04": ("04_qr.svg", "https://kavyanambiar.example.in", "#1b2a4a"),
      "11": ("11_qr.svg", "https://ruoxishen.example.com/portfolio", "#000")}


def qr(nn: str) -> None:
    """The QR codes are SVG images drawn by segno (a test-data tool only)."""
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
    elif nn == "06":
        docx40.build_06(out)
        fix_zip(out)
    elif nn == "09":
        docx40.build_09(out)
        fix_zip(out)
    elif nn == "12":
        shutil.copy(SRC / "12_ats.md", out)
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
