#!/usr/bin/env python3
"""Build the heldout39 files (long senior academic CVs): python tests/heldout39/make_heldout39.py [NN ...]

Sources are written to src/ by gen39/tex39/html39/docx39/text39, then rendered. Labels are hand-written in
labels39.py (not generated from these lists)."""
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

import docx39  # noqa: E402
import html39  # noqa: E402
import tex39  # noqa: E402
import text39  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_us_neuroscience_professor_pdflatex_longtable.pdf",
    "02": "02_de_chemistry_professor_currvita.pdf",
    "03": "03_uk_scottish_history_emeritus_xelatex.pdf",
    "04": "04_nl_ml_lab_head_weasyprint.pdf",
    "05": "05_au_marine_ecology_assoc_prof_word.docx",
    "06": "06_il_theory_cs_professor_docx_libreoffice.pdf",
    "07": "07_kr_materials_professor_weasyprint_footnotes.pdf",
    "08": "08_jp_industrial_research_director_pdflatex.pdf",
    "09": "09_zh_civil_engineering_professor_jianli_word.docx",
    "10": "10_fr_hydrology_professor_typst.pdf",
    "11": "11_us_bell_labs_research_director_markdown.md",
    "12": "12_uk_epidemiology_professor_pdflatex_bibtex.pdf",
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
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000039", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def latex(engine: str, tex: Path, dest: Path, bibtex: bool = False) -> None:
    with tempfile.TemporaryDirectory() as td:
        run([engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={td}", str(tex)], cwd=SRC)
        if bibtex:
            shutil.copy(SRC / "12_pubs.bib", td)
            run(["bibtex", tex.stem], cwd=td)
        for _ in range(2):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={td}", str(tex)],
                cwd=SRC)
        shutil.move(str(Path(td) / (tex.stem + ".pdf")), dest)


def soffice_pdf(src: Path, dest: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(src)])
        shutil.move(str(Path(td) / (src.stem + ".pdf")), dest)


def weasy(html: str, name: str, dest: Path) -> None:
    import weasyprint
    (SRC / name).write_text(html, encoding="utf-8")
    weasyprint.HTML(string=html).write_pdf(dest)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn in ("01", "02", "03", "08"):
        src = getattr(tex39, f"build_{nn}")()[0]
        tex = SRC / f"{nn}_cv.tex"
        tex.write_text(src, encoding="utf-8")
        latex("xelatex" if nn == "03" else "pdflatex", tex, out)
    elif nn == "12":
        src, bib, _ = tex39.build_12()
        (SRC / "12_cv.tex").write_text(src, encoding="utf-8")
        (SRC / "12_pubs.bib").write_text(bib, encoding="utf-8")
        latex("pdflatex", SRC / "12_cv.tex", out, bibtex=True)
    elif nn == "04":
        weasy(html39.build_04()[0], "04_cv.html", out)
    elif nn == "07":
        weasy(html39.build_07()[0], "07_cv.html", out)
    elif nn == "05":
        docx39.build_05(out)
        fix_zip(out)
    elif nn == "06":
        d = SRC / "06_cv.python-docx.docx"
        docx39.build_06(d)
        fix_zip(d)
        soffice_pdf(d, out)
    elif nn == "09":
        docx39.build_09(out)
        fix_zip(out)
    elif nn == "10":
        import typst as typst_py
        src = SRC / "10_cv.typ"
        src.write_text(text39.build_10()[0], encoding="utf-8")
        out.write_bytes(typst_py.compile(str(src)))
    elif nn == "11":
        md = text39.build_11()[0]
        (SRC / "11_cv.md").write_text(md, encoding="utf-8")
        shutil.copy(SRC / "11_cv.md", out)
    if out.suffix == ".pdf":
        pin_pdf(out)


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    SRC.mkdir(exist_ok=True)
    for nn in argv or sorted(NAMES):
        build(nn)
        print(nn, NAMES[nn], (OUT / NAMES[nn]).stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
