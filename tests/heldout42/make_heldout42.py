#!/usr/bin/env python3
"""Build the heldout42 files from src/ (and docx42.py): python tests/heldout42/make_heldout42.py [NN ...]

Labels are hand-written in labels42.py (not generated from any parser output)."""
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

import docx42  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_us_cardiologist_aamc_cv_xelatex_running_head.pdf",
    "02": "02_us_nursing_phd_acnp_python_docx.docx",
    "03": "03_us_peds_infectious_diseases_faculty_profile_chromium.pdf",
    "04": "04_uk_cardiology_clinical_lecturer_docx_layout_table.docx",
    "05": "05_uk_orthopaedic_consultant_frcs_docx_via_libreoffice.pdf",
    "06": "06_in_oral_maxillofacial_surgeon_mds_pdflatex.pdf",
    "07": "07_au_equine_veterinarian_bvsc_typst.pdf",
    "08": "08_ng_paediatric_consultant_fwacp_markdown.md",
    "09": "09_ca_epidemiologist_consortium_papers_moderncv.pdf",
    "10": "10_zh_cardiology_attending_guipei_typst.pdf",
    "11": "11_zh_oncology_associate_chief_sci_if_ctex.pdf",
    "12": "12_zh_en_clinical_pharmacist_phd_bilingual_weasyprint.pdf",
}

XELATEX = {"01": "01_aamc.tex", "09": "09_moderncv.tex", "11": "11_ctex.tex"}
PDFLATEX = {"06": "06_mds.tex"}
CHROMIUM = {"03": "03_faculty_profile.html"}
WEASY = {"12": "12_bilingual.html"}
TYPST = {"07": "07_vet.typ", "10": "10_zhuzhi.typ"}


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
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000042", b)
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


def latex(engine: str, src: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(SRC / src, td)
        for _ in range(2):  # twice: LastPage / page refs
            run([engine, "-interaction=batchmode", src], cwd=td)
        shutil.copy(Path(td) / (Path(src).stem + ".pdf"), out)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in XELATEX:
        latex("xelatex", XELATEX[nn], out)
    elif nn in PDFLATEX:
        latex("pdflatex", PDFLATEX[nn], out)
    elif nn in CHROMIUM:
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / CHROMIUM[nn]).as_uri()])
    elif nn in WEASY:
        run(["weasyprint", str(SRC / WEASY[nn]), str(out)], cwd=SRC)
    elif nn in TYPST:
        import typst as typst_py
        out.write_bytes(typst_py.compile(str(SRC / TYPST[nn])))
    elif nn in ("02", "04"):
        getattr(docx42, f"build_{nn}")(out)
        fix_zip(out)
    elif nn == "05":
        with tempfile.TemporaryDirectory() as td:
            docx = Path(td) / (out.stem + ".docx")
            docx42.build_05(docx)
            run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                 "--outdir", td, str(docx)])
            shutil.copy(Path(td) / (out.stem + ".pdf"), out)
    elif nn == "08":
        shutil.copy(SRC / "08_medical_cv.md", out)
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
