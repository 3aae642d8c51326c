"""Producer runs for heldout34: every file is built from its source in src/."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from kit34 import ENV, FILES, SRC, fix_docx, pin_pdf


def _env() -> dict:
    env = dict(os.environ)
    env.update(ENV)
    return env


def _run(cmd: list[str], cwd: Path, check: bool = True, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=_env(), check=check, capture_output=True, **kw)


def latex(stem: str, out: str, engine: str = "pdflatex", bib: str | None = None,
          extra_aux: dict[str, str] | None = None) -> Path:
    """Compile src/<stem>.tex; bib is 'bibtex' or 'biber'; extra_aux maps a hand-written
    .aux name to its content (a second BibTeX list without multibib)."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for f in SRC.glob(f"{stem}.*"):
            shutil.copy(f, t / f.name)
        run = [engine, "-interaction=nonstopmode", f"{stem}.tex"]
        _run(run, t, check=False)
        if bib == "bibtex":
            _run(["bibtex", stem], t, check=False)
            for aux, text in (extra_aux or {}).items():
                (t / aux).write_text(text, encoding="utf-8")
                _run(["bibtex", Path(aux).stem], t, check=False)
        elif bib == "biber":
            _run(["biber", stem], t)
        _run(run, t, check=False)
        _run(run, t, check=False)
        pdf = t / f"{stem}.pdf"
        if not pdf.exists():
            raise RuntimeError(f"{stem}: no PDF")
        dest = FILES / out
        shutil.copy(pdf, dest)
    pin_pdf(dest)
    return dest


def abiword(src_name: str, out: str) -> Path:
    """AbiWord 3 headless conversion of an HTML source: to=pdf (cairo) or to=docx (its OpenXML plugin)."""
    ext = Path(out).suffix.lstrip(".")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(SRC / src_name, t / src_name)
        target = t / f"out.{ext}"
        _run(["abiword", f"--to={ext}", f"--to-name={target}", src_name], t, timeout=300)
        dest = FILES / out
        shutil.copy(target, dest)
    if ext == "pdf":
        pin_pdf(dest)
    else:
        fix_docx(dest)
    return dest


def html2ps(src_name: str, out: str, rc: str | None = None) -> Path:
    """html2ps (Perl) to PostScript, then Ghostscript ps2pdf."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(SRC / src_name, t / src_name)
        cmd = ["html2ps", "-o", "out.ps"]
        if rc:
            shutil.copy(SRC / rc, t / rc)
            cmd += ["-f", rc]
        _run(cmd + [src_name], t)
        _run(["ps2pdf", "-dPDFSETTINGS=/prepress", "out.ps", "out.pdf"], t)
        dest = FILES / out
        shutil.copy(t / "out.pdf", dest)
    pin_pdf(dest)
    return dest


def rst2pdf(src_name: str, out: str, style: str | None = None) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(SRC / src_name, t / src_name)
        cmd = ["rst2pdf", src_name, "-o", "out.pdf"]
        if style:
            shutil.copy(SRC / style, t / style)
            cmd += ["-s", style]
        _run(cmd, t)
        dest = FILES / out
        shutil.copy(t / "out.pdf", dest)
    pin_pdf(dest)
    return dest


def groff_pdf(src_name: str, out: str, macros: str = "-me") -> Path:
    """groff's own PDF driver (gropdf), not PostScript + Ghostscript."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(SRC / src_name, t / src_name)
        res = _run(["groff", "-k", "-Kutf8", macros, "-Tpdf", "-P-pletter", src_name], t)
        dest = FILES / out
        dest.write_bytes(res.stdout)
    pin_pdf(dest)
    return dest


def copy_text(src_name: str, out: str) -> Path:
    dest = FILES / out
    shutil.copy(SRC / src_name, dest)
    return dest
