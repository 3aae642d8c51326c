#!/usr/bin/env python3
"""Build the heldout38 files from src/ (and docx38.py): python tests/heldout38/make_heldout38.py [NN ...]

Templates fetched from public GitHub repositories (Jake's resume, Deedy-Resume, billryan/resume, basic-typst-resume)
are read from TEMPLATES (default /work/.mirror, one bare git repo per template); the class/library files that were
changed or are small are copied into src/. Labels are hand-written in labels38.py (not generated)."""
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

import docx38  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
TEMPLATES = Path(os.environ.get("TEMPLATES", "/work/.mirror"))
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1764061200", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20251125090000"

NAMES = {
    "01": "01_us_robotics_ms_jakes_resume_pdflatex.pdf",
    "02": "02_in_ml_phd_deedy_two_column_xelatex.pdf",
    "03": "03_zh_baoyan_undergrad_resume_cls_xelatex.pdf",
    "04": "04_vn_software_bachelor_typst_basic_resume.pdf",
    "05": "05_pk_civil_ms_google_docs_style.docx",
    "06": "06_ir_chemistry_phd_applicant_word.docx",
    "07": "07_eg_biomed_postdoc_canva_sidebar_html.pdf",
    "08": "08_br_ecology_phd_student_markdown.md",
    "09": "09_us_neuroscience_phd_rendercv.pdf",
    "10": "10_zh_materials_postdoc_application_typst_tables.pdf",
    "11": "11_zh_en_bilingual_statistics_ms_moderncv_xelatex.pdf",
    "12": "12_uk_physics_bsc_graduate_plaintext.txt",
}


def run(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def git_export(repo: str, path: str, dest: Path) -> None:
    """Copy one file (or folder) out of a fetched template repository."""
    gitdir = TEMPLATES / repo / "repo"
    dest.parent.mkdir(parents=True, exist_ok=True)
    names = subprocess.run(["git", "-C", str(gitdir), "ls-tree", "-r", "--name-only", "HEAD", path],
                           check=True, capture_output=True, text=True).stdout.split()
    for name in names:
        target = dest / Path(name).relative_to(path) if len(names) > 1 or name != path else dest
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(subprocess.run(["git", "-C", str(gitdir), "show", f"HEAD:{name}"],
                                          check=True, capture_output=True).stdout)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-11-25T09:00:00", b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000038", b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def latex(engine: str, tex: Path, dest: Path, extra=(), passes: int = 2) -> None:
    """Compile in a scratch folder holding the source, its class files and template fonts."""
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        shutil.copy(tex, tdp / tex.name)
        for src_name, target in extra:
            if isinstance(src_name, tuple):
                git_export(src_name[0], src_name[1], tdp / target)
            else:
                shutil.copy(SRC / src_name, tdp / target)
        for _ in range(passes):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", tex.name], cwd=tdp)
        shutil.move(str(tdp / (tex.stem + ".pdf")), dest)


def typst(src: Path, dest: Path) -> None:
    import typst as typst_py
    dest.write_bytes(typst_py.compile(str(src), root=str(SRC)))


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn == "01":
        latex("pdflatex", SRC / "01_resume.tex", out)
    elif nn == "02":
        latex("xelatex", SRC / "02_deedy.xtx", out,
              extra=[("02_deedy-resume-openfont.cls", "deedy-resume-openfont.cls"),
                     (("deedy+Deedy-Resume", "OpenFonts/fonts"), "fonts")])
    elif nn == "03":
        latex("xelatex", SRC / "03_jianli.tex", out,
              extra=[("03_resume.cls", "resume.cls"),
                     (("billryan+resume", "fonts"), "fonts"),
                     (("billryan+resume", "fontawesome.sty"), "fontawesome.sty"),
                     (("billryan+resume", "fontawesomesymbols-generic.tex"), "fontawesomesymbols-generic.tex"),
                     (("billryan+resume", "fontawesomesymbols-xeluatex.tex"), "fontawesomesymbols-xeluatex.tex")])
    elif nn in ("04", "10"):
        typst(SRC / {"04": "04_resume.typ", "10": "10_boshihou.typ"}[nn], out)
    elif nn == "05":
        docx38.build_05(out)
        fix_zip(out)
    elif nn == "06":
        docx38.build_06(out)
        fix_zip(out)
    elif nn == "07":
        with tempfile.TemporaryDirectory() as td:
            run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
                 "--no-pdf-header-footer", f"--print-to-pdf={out}", (SRC / "07_cv.html").as_uri()])
    elif nn == "08":
        shutil.copy(SRC / "08_cv.md", out)
    elif nn == "09":
        # RenderCV writes the Typst file; its only network need (the fontawesome package, used for an
        # external-link icon this theme does not show) is stripped, then typst-py compiles it with RenderCV's fonts.
        import rendercv_fonts
        import typst as typst_py
        with tempfile.TemporaryDirectory() as td:
            shutil.copy(SRC / "09_cv.yaml", Path(td) / "09_cv.yaml")
            run(["rendercv", "render", "09_cv.yaml", "-nopdf", "-nopng", "-nomd", "-nohtml"], cwd=td)
            typ = next((Path(td) / "rendercv_output").glob("*.typ"))
            text = typ.read_text(encoding="utf-8").replace('#import "@preview/fontawesome:0.5.0": fa-icon\n', "")
            typ.write_text(re.sub(r'fa-icon\("external-link", size: 0\.7em\)', "[]", text), encoding="utf-8")
            out.write_bytes(typst_py.compile(str(typ), font_paths=[str(p) for p in
                                                                   rendercv_fonts.paths_to_font_folders]))
    elif nn == "11":
        latex("xelatex", SRC / "11_cv.tex", out)
    elif nn == "12":
        shutil.copy(SRC / "12_cv.txt", out)
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
