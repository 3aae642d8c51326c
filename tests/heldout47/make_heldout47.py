#!/usr/bin/env python3
"""Build the heldout47 files from src/ (and docx47.py): python tests/heldout47/make_heldout47.py [NN ...]

Labels are hand-written in labels47.py (not generated from any parser output)."""
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

import docx47  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1762160400", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20251103090000"

NAMES = {
    "01": "01_us_nlp_phd_job_market_awesome_cv_xelatex.pdf",
    "02": "02_us_vision_postdoc_barron_homepage_chromium.pdf",
    "03": "03_ca_rl_industry_scientist_moderncv_casual_pdflatex.pdf",
    "04": "04_uk_fl_lecturer_paracol_sidebar_pdflatex.pdf",
    "05": "05_ch_robotics_postdoc_typst_sidebar.pdf",
    "06": "06_sg_security_asst_prof_word_tables.docx",
    "07": "07_in_nlp_industry_scientist_word_styles.docx",
    "08": "08_kr_vision_phd_typst_venue_pills.pdf",
    "09": "09_us_optimization_asst_prof_github_profile_cv.md",
    "10": "10_zh_en_agents_postdoc_alfolio_chromium.pdf",
    "11": "11_zh_multimodal_researcher_ctex_ccf.pdf",
    "12": "12_zh_us_efficient_ml_msr_word_libreoffice.pdf",
}

# (engine, main source, extra files copied next to it)
LATEX = {"01": ("xelatex", "01_awesome_cv.tex", ["awesome-cv.cls", "fa6shim.sty"]),
         "03": ("pdflatex", "03_moderncv_casual.tex", []),
         "04": ("pdflatex", "04_paracol_sidebar.tex", []),
         "11": ("xelatex", "11_ctex_jianli.tex", [])}
CHROMIUM = {"02": "02_barron_homepage.html", "10": "10_alfolio_cv.html"}
TYPST = {"05": "05_typst_sidebar.typ", "08": "08_typst_kaist.typ"}


def run(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-11-03T09:00:00", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)  # LibreOffice
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000047", b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in LATEX:
        engine, main, extra = LATEX[nn]
        with tempfile.TemporaryDirectory() as td:
            for f in [main, *extra]:
                shutil.copy(SRC / f, td)
            for _ in range(2):
                run([engine, "-interaction=nonstopmode", main], cwd=td)
            shutil.copy(Path(td) / main.replace(".tex", ".pdf"), out)
    elif nn in CHROMIUM:
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / CHROMIUM[nn]).as_uri()])
    elif nn in TYPST:
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / TYPST[nn])))
    elif nn in ("06", "07"):
        getattr(docx47, f"build_{nn}")(out)
        fix_zip(out)
    elif nn == "09":
        shutil.copy(SRC / "09_github_readme_cv.md", out)
    elif nn == "12":
        with tempfile.TemporaryDirectory() as td:
            docx = Path(td) / "12_haoran_xu_cv.docx"
            docx47.build_12(docx)
            run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                 "--outdir", td, str(docx)])
            shutil.copy(docx.with_suffix(".pdf"), out)
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
