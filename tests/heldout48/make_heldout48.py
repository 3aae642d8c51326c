#!/usr/bin/env python3
"""Build the heldout48 files from src/ (and docx48.py): python tests/heldout48/make_heldout48.py [NN ...]

Labels are hand-written in labels48.py (not generated from any parser output)."""
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

import docx48  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_en_physics_postdoc_us_moderncv_xelatex.pdf",
    "02": "02_en_chemistry_asst_prof_singapore_typst.pdf",
    "03": "03_en_materials_jsps_fellow_japan_word.docx",
    "04": "04_en_oncology_research_fellow_australia_word_libreoffice.pdf",
    "05": "05_zh_en_cell_biology_postdoc_germany_ctex.pdf",
    "06": "06_zh_en_power_electronics_asst_prof_us_chromium.pdf",
    "07": "07_zh_en_economics_asst_prof_netherlands.md",
    "08": "08_zh_chemistry_postdoc_yingpin_jianlibiao_form.docx",
    "09": "09_zh_battery_lecturer_rencai_yinjin_form_libreoffice.pdf",
    "10": "10_zh_physics_tokyo_hr_system_export_chromium.pdf",
    "11": "11_zh_epidemiology_karolinska_ctex.pdf",
    "12": "12_zh_civil_engineering_ntu_typst.pdf",
}

XELATEX = {"01": "01_moderncv.tex", "05": "05_bilingual_ctex.tex", "11": "11_zh_medicine_ctex.tex"}
TYPST = {"02": "02_nus_chem.typ", "12": "12_zh_civil_typst.typ"}
CHROMIUM = {"06": "06_bilingual_html.html", "10": "10_hr_export.html"}
DOCX = {"03": docx48.build_03, "08": docx48.build_08}
DOCX_PRINTED = {"04": docx48.build_04, "09": docx48.build_09}


def run(cmd, cwd=None, env=None):
    subprocess.run(cmd, cwd=cwd, env=env or ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2),
                                                                                     b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-03-01T09:00:00", b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000048", b)
    b = re.sub(rb"/DocChecksum /([0-9A-F]{32})", lambda m: b"/DocChecksum /" + b"0" * 32, b)  # LibreOffice
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


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in XELATEX:
        with tempfile.TemporaryDirectory() as td:
            env = dict(ENV, TEXINPUTS=f"{SRC}:")  # 01 uses the fontawesome5/academicons stubs in src/
            for _ in range(2):
                run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", str(SRC / XELATEX[nn])], cwd=td, env=env)
            shutil.copy(Path(td) / (Path(XELATEX[nn]).stem + ".pdf"), out)
    elif nn in TYPST:
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / TYPST[nn])))
    elif nn in CHROMIUM:
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / CHROMIUM[nn]).as_uri()])
    elif nn in DOCX:
        DOCX[nn](out)
        fix_zip(out)
    elif nn in DOCX_PRINTED:
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / (Path(NAMES[nn]).stem + ".docx")
            DOCX_PRINTED[nn](src)
            run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                 "--outdir", td, str(src)])
            shutil.copy(src.with_suffix(".pdf"), out)
    elif nn == "07":
        shutil.copy(SRC / "07_bilingual_econ.md", out)
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
