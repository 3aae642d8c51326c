"""Helpers for the twelfth held-out set: labels come from heldout9's kit9 (imported, not copied) and the
fixed-time DOCX save from heldout10's kit10. Producers here: Chromium headless print (Skia PDF), rendercv
(YAML -> Typst -> PDF), pandoc (Markdown -> DOCX, Markdown -> HTML), and LibreOffice writing DOCX itself
(python-docx -> ODT -> DOCX roundtrip, the DOCX kept).

Every person written with these is invented.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parent / "heldout9"))
sys.path.insert(0, str(HERE.parent / "heldout10"))

from kit9 import EPOCH, label, write_label  # noqa: E402,F401  (re-exported to the builders)
from kit10 import fixed_save  # noqa: E402,F401

BUILD = Path("/tmp/heldout12-build")
LO_PROFILE = Path("/tmp/heldout12-lo-profile")
CHROME_PROFILE = Path("/tmp/heldout12-chromium-profile")
HEAD = ('<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<link rel="stylesheet" href="style.css"></head>\n<body>\n')


def _env() -> dict:
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=EPOCH, TZ="UTC")
    return env


def src_dir(folder: str) -> Path:
    d = SRC / folder
    d.mkdir(parents=True, exist_ok=True)
    return d


def build_dir(folder: str) -> Path:
    b = BUILD / folder
    if b.exists():
        shutil.rmtree(b)
    b.mkdir(parents=True)
    return b


# Chromium ---------------------------------------------------------------------------------------------
def pin_skia_pdf(data: bytes) -> bytes:
    """Skia writes the wall-clock /CreationDate and /ModDate; rewrite them in place (same length)."""
    return re.sub(rb"\(D:\d{14}([+-]\d\d'\d\d'|Z)?\)",
                  lambda m: (b"(D:20240701000000" + (m.group(1) or b"") + b")")
                  if len(m.group(0)) >= 18 else m.group(0), data)


def chromium_pdf(html: str, folder: str, out: Path, css: str | None = None, extra: dict | None = None) -> None:
    """Write src/folder/index.html (+ style.css, + extra files) and print it with headless Chromium into out."""
    d = src_dir(folder)
    (d / "index.html").write_text(html, encoding="utf-8")
    if css is not None:
        (d / "style.css").write_text(css, encoding="utf-8")
    for name, text in (extra or {}).items():
        (d / name).write_text(text, encoding="utf-8")
    chromium_print(d / "index.html", out)


def chromium_print(page: Path, out: Path) -> None:
    b = build_dir("chromium")
    tmp = b / "out.pdf"
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           f"--user-data-dir={CHROME_PROFILE}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
           "--virtual-time-budget=2000", f"--print-to-pdf={tmp}", page.resolve().as_uri()]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=180)
    if not tmp.exists():
        raise RuntimeError(f"chromium failed for {page}:\n{r.stderr[-3000:]}")
    out.write_bytes(pin_skia_pdf(tmp.read_bytes()))


# rendercv -----------------------------------------------------------------------------------------------
def rendercv_pdf(yaml_text: str, folder: str, stem: str, out: Path) -> None:
    """Write src/folder/stem.yaml and render it with rendercv (Typst inside) into out."""
    d = src_dir(folder)
    y = d / f"{stem}.yaml"
    y.write_text(yaml_text, encoding="utf-8")
    b = build_dir(folder)
    shutil.copyfile(y, b / y.name)
    cmd = ["rendercv", "render", y.name, "--dont-generate-markdown", "--dont-generate-html",
           "--dont-generate-png", "--output-folder-name", "out"]
    r = subprocess.run(cmd, cwd=b, env=_env(), capture_output=True, text=True, timeout=300)
    pdfs = list((b / "out").glob("*.pdf"))
    if len(pdfs) != 1:
        raise RuntimeError(f"rendercv failed for {folder}:\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}")
    out.write_bytes(pdfs[0].read_bytes())


# pandoc -------------------------------------------------------------------------------------------------
def pandoc(md: str, folder: str, stem: str, out: Path, to: str, args: tuple[str, ...] = ()) -> Path:
    """Write src/folder/stem.md and convert it with pandoc to `to` (docx/html) into out."""
    d = src_dir(folder)
    m = d / f"{stem}.md"
    m.write_text(md, encoding="utf-8")
    cmd = ["pandoc", str(m), "-t", to, "-o", str(out), *args]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=120)
    if r.returncode != 0 or not out.exists():
        raise RuntimeError(f"pandoc failed for {folder}:\n{r.stderr}")
    if to == "docx":
        out.write_bytes(fixed_zip(out.read_bytes()))
    return m


# LibreOffice writing DOCX ---------------------------------------------------------------------------------
def soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    cmd = ["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless", "--convert-to", fmt,
           "--outdir", str(outdir), str(src)]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
    ext = fmt.split(":")[0]
    res = outdir / f"{src.stem}.{ext}"
    if not res.exists():
        raise RuntimeError(f"soffice failed for {src}:\n{r.stdout}\n{r.stderr}")
    return res


def lo_docx(doc, folder: str, stem: str, out: Path) -> None:
    """python-docx document -> src/folder/stem.python-docx.docx -> LibreOffice ODT -> LibreOffice DOCX (out).

    The final DOCX's XML is LibreOffice's own (its styles, tab stops, tables, fields). Zip entry times and
    the dates in docProps are pinned by `fixed_zip`.
    """
    d = src_dir(folder)
    first = d / f"{stem}.python-docx.docx"
    fixed_save(doc, first)
    b = build_dir(folder)
    shutil.copyfile(first, b / f"{stem}.docx")
    odt_dir = b / "odt"
    odt_dir.mkdir()
    odt = soffice_convert(b / f"{stem}.docx", "odt", odt_dir)
    docx_dir = b / "docx"
    docx_dir.mkdir()
    res = soffice_convert(odt, "docx:MS Word 2007 XML", docx_dir)
    out.write_bytes(fixed_zip(res.read_bytes()))


_DATE_RX = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed entry times, sorted entries (content types first) and pinned
    docProps dates / LibreOffice's editing-duration and generator-independent revision count."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        order = [i.filename for i in src.infolist()]
        names = sorted(order, key=lambda n: (n != "[Content_Types].xml", order.index(n)))
        for n in names:
            body = src.read(n)
            if n == "docProps/core.xml":
                body = _DATE_RX.sub(rb"\g<1>2025-06-01T09:00:00Z\g<2>", body)
            if n == "docProps/app.xml":
                body = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>0</TotalTime>", body)
            zi = zipfile.ZipInfo(n, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def md5(p: Path) -> str:
    return hashlib.md5(p.read_bytes()).hexdigest()
