"""Builders for heldout15: one function per file, each compiling its sources in src/ into files/."""
from __future__ import annotations

import shutil
from pathlib import Path

from kit15 import FILES, SRC, copy_src, fix_docx, pin_pdf, run, workdir


def _finish_pdf(built: Path, stem: str) -> None:
    out = FILES / f"{stem}.pdf"
    shutil.copy(built, out)
    pin_pdf(out)


def latex(stem: str, engine: str = "pdflatex", bib: bool = False) -> None:
    """pdfLaTeX / LuaLaTeX (+ BibTeX) from src/<stem>.tex."""
    d = workdir(stem)
    copy_src(stem, d)
    cmd = [engine, "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"]
    run(cmd, d)
    if bib:
        run(["bibtex", stem], d)
        run(cmd, d)
    run(cmd, d)
    _finish_pdf(d / f"{stem}.pdf", stem)


def pandoc_context(stem: str) -> None:
    """pandoc Markdown -> ConTeXt source (kept in src/) -> ConTeXt MkIV."""
    d = workdir(stem)
    copy_src(stem, d)
    run(["pandoc", "-s", "-t", "context", f"{stem}.md", "-o", f"{stem}.tex"], d)
    shutil.copy(d / f"{stem}.tex", SRC / f"{stem}.pandoc-output.tex")
    run(["context", "--batchmode", "--purgeall", f"{stem}.tex"], d)
    _finish_pdf(d / f"{stem}.pdf", stem)


def groff_mom(stem: str) -> None:
    """groff -mom -> PostScript -> Ghostscript ps2pdf."""
    d = workdir(stem)
    copy_src(stem, d)
    ps = run(["groff", "-mom", "-Tps", f"{stem}.mom"], d)
    (d / f"{stem}.ps").write_bytes(ps)
    run(["ps2pdf", "-dPDFSETTINGS=/printer", f"{stem}.ps", f"{stem}.pdf"], d)
    _finish_pdf(d / f"{stem}.pdf", stem)


def postscript(stem: str) -> None:
    """Hand-written PostScript program (src/<stem>.ps, emitted by ps15.py) -> Ghostscript ps2pdf."""
    d = workdir(stem)
    copy_src(stem, d)
    run(["ps2pdf", "-dPDFSETTINGS=/printer", f"{stem}.ps", f"{stem}.pdf"], d)
    _finish_pdf(d / f"{stem}.pdf", stem)


def make_reference_docx(dest: Path) -> None:
    """pandoc's default reference.docx restyled with python-docx (Georgia body, teal small-caps headings)."""
    import docx
    from docx.shared import Pt, RGBColor

    d = workdir("refdoc")
    (d / "default.docx").write_bytes(run(["pandoc", "--print-default-data-file", "reference.docx"], d))
    doc = docx.Document(str(d / "default.docx"))
    by_name = {s.name: s for s in doc.styles}
    for name in ("Normal", "Body Text", "First Paragraph", "Compact", "Definition"):
        st = by_name[name]
        st.font.name = "Georgia"
        st.font.size = Pt(10)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2"):
        st = by_name[name]
        st.font.name = "Gill Sans MT"
        st.font.color.rgb = RGBColor(0x0B, 0x5E, 0x6B)
    by_name["Title"].font.size = Pt(20)
    by_name["Heading 1"].font.size = Pt(12)
    by_name["Heading 1"].font.small_caps = True
    by_name["Definition Term"].font.name = "Georgia"
    doc.core_properties.author = "heldout15"
    doc.save(str(dest))
    fix_docx(dest)


def pandoc_docx(stem: str) -> None:
    """pandoc Markdown -> DOCX with a restyled --reference-doc (kept in src/)."""
    d = workdir(stem)
    copy_src(stem, d)
    ref = SRC / "05_reference.docx"
    make_reference_docx(ref)
    out = FILES / f"{stem}.docx"
    run(["pandoc", f"{stem}.md", "--reference-doc", str(ref), "-o", str(out)], d)
    fix_docx(out)
