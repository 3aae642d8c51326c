"""Builders for the TeX, Typst, Markdown and text files of heldout32."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import kit32

SRC = Path(__file__).resolve().parent / "src"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": kit32.EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def _typst(body: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copytree(SRC / "golixp", t / "golixp")
        shutil.copy(SRC / body, t / "main.typ")
        import typst  # test-data tool only

        ts = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
        typst.compile(str(t / "main.typ"), output=str(out), root=str(t), timestamp=int(ts.timestamp()))
    return out


def _xelatex(tex: str, out: Path, engine: str = "xelatex", runs: int = 1) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for f in SRC.glob(tex.split(".")[0] + "*"):
            shutil.copy(f, t / f.name)
        for _ in range(runs):
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", tex], cwd=t, env=ENV,
                               capture_output=True, text=True, errors="replace")
            if r.returncode:
                raise RuntimeError(r.stdout[-3000:])
        shutil.copy(t / (Path(tex).stem + ".pdf"), out)
    return out


def typst_golixp_01(files: Path) -> Path:
    return _typst("01_body.typ", files / "01_zh_cs_baoyan_undergrad_typst_golixp.pdf")


def moderncv_zh_03(files: Path) -> Path:
    return _xelatex("03_cv.tex", files / "03_zh_biology_shenbo_master_moderncv_banking_xecjk.pdf", runs=2)


def markdown_06(files: Path) -> Path:
    out = files / "06_zh_economics_kaobo_master_pasted_markdown.md"
    shutil.copy(SRC / "06_cv.md", out)
    return out


def text_07(files: Path) -> Path:
    out = files / "07_zh_management_phd_applicant_pasted_text.txt"
    shutil.copy(SRC / "07_cv.txt", out)
    return out


def xelatex_hant_08(files: Path) -> Path:
    return _xelatex("08_cv.tex", files / "08_zh_hant_en_ee_phd_applicant_taiwan_xelatex_tabular.pdf", runs=2)


def overleaf_09(files: Path) -> Path:
    return _xelatex("09_cv.tex", files / "09_en_cs_master_applying_phd_overleaf_pdflatex.pdf", engine="pdflatex", runs=2)


def paracol_10(files: Path) -> Path:
    return _xelatex("10_cv.tex", files / "10_en_mech_eng_phd_postdoc_paracol_sidebar.pdf", engine="pdflatex", runs=2)


def xelatex_bilingual_12(files: Path) -> Path:
    return _xelatex("12_cv.tex", files / "12_en_zh_medicine_lecturer_application_xelatex_fancyhdr.pdf", runs=2)
