#!/usr/bin/env python3
"""Build the heldout44 files from src/ (and docx44.py): python tests/heldout44/make_heldout44.py [NN ...]

Labels are hand-written in labels44.py (not generated from any parser output)."""
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

import docx44  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_in_assistant_professor_biodata_word_tables.docx",
    "02": "02_jp_chemist_rirekisho_order_libreoffice.pdf",
    "03": "03_kr_environmental_engineer_moderncv_military_service.pdf",
    "04": "04_ru_docent_scientific_works_latex_article.pdf",
    "05": "05_mx_ecologist_sni_two_surnames_typst.pdf",
    "06": "06_ir_power_engineer_thesis_supervisor_rows_chromium.pdf",
    "07": "07_ng_microbiologist_university_format_word.docx",
    "08": "08_vn_nlp_lecturer_scientific_cv_word_tables.docx",
    "09": "09_jo_chemical_engineer_gulf_posts_rendercv.pdf",
    "10": "10_ro_hydrologist_europass_label_column_libreoffice.pdf",
    "11": "11_cn_algorithm_engineer_job_site_english_export.pdf",
    "12": "12_tr_food_engineer_yok_academic_cv.txt",
}

CHROMIUM = {"06": "06_ir.html", "11": "11_jobsite.html"}
PDFLATEX = {"03": "03_kr_moderncv.tex", "04": "04_ru_article.tex"}
LIBREOFFICE = {"02": docx44.build_02, "10": docx44.build_10}
DOCX = {"01": docx44.build_01, "07": docx44.build_07, "08": docx44.build_08}


def run(cmd, cwd=None, env=None):
    subprocess.run(cmd, cwd=cwd, env=env or ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID, LibreOffice's /DocChecksum and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-03-01T09:00:00", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)  # LibreOffice
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000044", b)
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


def rendercv_09(out: Path) -> None:
    """rendercv writes the Typst source; its fontawesome package import (a network download) is replaced by a
    local one-line stand-in, then typst-py compiles it."""
    import typst as typst_py
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(SRC / "09_rendercv.yaml", td)
        run(["rendercv", "render", "09_rendercv.yaml", "--dont-generate-pdf", "--dont-generate-png",
             "--dont-generate-html", "--dont-generate-markdown"], cwd=td)
        typ = next(Path(td, "rendercv_output").glob("*.typ"))
        s = typ.read_text(encoding="utf-8").replace(
            '#import "@preview/fontawesome:0.5.0": fa-icon',
            "#let fa-icon(name, size: 1em, ..args) = text(size: size, sym.arrow.tr)")
        s = s.replace("date: date)", "date: datetime(year: 2025, month: 3, day: 1))", 1)
        typ.write_text(s, encoding="utf-8")
        out.write_bytes(typst_py.compile(str(typ)))


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in CHROMIUM:
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / CHROMIUM[nn]).as_uri()])
    elif nn in PDFLATEX:
        with tempfile.TemporaryDirectory() as td:
            env = dict(ENV, TEXINPUTS=f"{SRC}:")  # src/fontawesome5.sty: a stand-in for the missing package
            for _ in range(2):
                run(["pdflatex", "-interaction=nonstopmode", str(SRC / PDFLATEX[nn])], cwd=td, env=env)
            shutil.copy(Path(td) / (Path(PDFLATEX[nn]).stem + ".pdf"), out)
    elif nn == "05":
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / "05_mx.typ")))
    elif nn == "09":
        rendercv_09(out)
    elif nn in LIBREOFFICE:
        with tempfile.TemporaryDirectory() as td:
            docx = Path(td) / (out.stem + ".docx")
            LIBREOFFICE[nn](docx)
            run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                 "--outdir", td, str(docx)])
            shutil.copy(docx.with_suffix(".pdf"), out)
    elif nn in DOCX:
        DOCX[nn](out)
        fix_zip(out)
    elif nn == "12":
        shutil.copy(SRC / "12_tr_yok.txt", out)
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
