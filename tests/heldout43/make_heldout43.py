#!/usr/bin/env python3
"""Build the heldout43 files from src/ (and docx43.py): python tests/heldout43/make_heldout43.py [NN ...]

Labels are hand-written in labels43.py (not generated from any parser output)."""
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

import docx43  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
EPOCH = "1793523600"  # 2026-11-02
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20261102090000"

NAMES = {
    "01": "01_us_economist_job_market_tran_latex_template.pdf",
    "02": "02_us_historian_chicago_skinner_tex_cv_look.pdf",
    "03": "03_uk_philosopher_sole_author_word.docx",
    "04": "04_ie_legal_scholar_oscola_typst.pdf",
    "05": "05_us_finance_professor_faculty_profile_chromium.pdf",
    "06": "06_ca_musicologist_composer_word_tabs.docx",
    "07": "07_za_anthropologist_fieldwork_plain_text.txt",
    "08": "08_fr_en_artist_researcher_exhibitions_xelatex.pdf",
    "09": "09_us_architect_built_work_weasyprint.pdf",
    "10": "10_uk_sociologist_harvard_word_libreoffice.pdf",
    "11": "11_zh_historian_wenke_ctex.pdf",
    "12": "12_zh_sociologist_wenke_word_tables.docx",
}

LATEX = {"01": ("pdflatex", ["01_jobmarket.tex", "01_jmcv.sty"]), "02": ("pdflatex", ["02_historian.tex"]),
         "08": ("xelatex", ["08_artist.tex"]), "11": ("xelatex", ["11_zh_historian.tex"])}
DOCX = {"03": docx43.build_03, "06": docx43.build_06, "12": docx43.build_12}


def run(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2026-11-02T09:00:00", b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000043", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)  # LibreOffice
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in LATEX:
        engine, files = LATEX[nn]
        with tempfile.TemporaryDirectory() as td:
            for f in files:
                shutil.copy(SRC / f, td)
            for _ in range(2):  # twice: lastpage / page counts
                run([engine, "-interaction=nonstopmode", files[0]], cwd=td)
            shutil.copy(Path(td) / (Path(files[0]).stem + ".pdf"), out)
    elif nn == "04":
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / "04_legal.typ")))
    elif nn == "05":
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / "05_faculty_profile.html").as_uri()])
    elif nn == "09":
        run(["weasyprint", str(SRC / "09_architect.html"), str(out)], cwd=SRC)
    elif nn == "10":
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / (Path(NAMES[nn]).stem + ".docx")
            docx43.build_10(src)
            run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                 "--outdir", td, str(src)])
            shutil.copy(src.with_suffix(".pdf"), out)
    elif nn in DOCX:
        DOCX[nn](out)
        fix_zip(out)
    elif nn == "07":
        shutil.copy(SRC / "07_anthropologist.txt", out)
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
