"""Helpers for the thirteenth held-out set. Labels come from heldout9's kit9 (imported, not copied), the
fixed-time DOCX save from heldout10's kit10, the DOCX re-zip from heldout12's kit12 and small Word-XML helpers
from heldout11's kit11. Producers here: pdfLaTeX (Type 1 fonts; res.cls, moderncv 'oldstyle'/'fancy',
currvita, a hand-made sidebar), wkhtmltopdf (Qt WebKit), Typst through typst-py, page images "scanned" and
OCR'd by ocrmypdf/Tesseract, and Word-shaped DOCX written XML-first (text boxes, numbering.xml, tabs,
header/footer).

Every person written with these is invented.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
for _d in ("heldout9", "heldout10", "heldout11", "heldout12"):
    sys.path.insert(0, str(HERE.parent / _d))

from kit9 import EPOCH, label, tex, write_label  # noqa: E402,F401  (re-exported to the builders)
from kit10 import fixed_save  # noqa: E402,F401
from kit11 import col_widths, no_borders, para_shade, right_tab, set_fonts, shade, tight  # noqa: E402,F401
from kit12 import fixed_zip  # noqa: E402,F401

BUILD = Path("/tmp/heldout13-build")


def _env() -> dict:
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC", OMP_THREAD_LIMIT="1",
               QT_QPA_PLATFORM="offscreen", QT_HASH_SEED="0")
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


def pin_pdf_dates(data: bytes) -> bytes:
    """Rewrite wall-clock PDF dates '(D:YYYYMMDDhhmmss...)' in place with 2024-07-01 (same length)."""
    return re.sub(rb"\(D:\d{14}([+-]\d\d'\d\d'?|Z)?\)",
                  lambda m: b"(D:20240701000000" + (m.group(1) or b"") + b")", data)


# pdfLaTeX -------------------------------------------------------------------------------------------------
def pdflatex(folder: str, files: dict[str, str], out: Path, main: str = "cv.tex", runs: int = 2) -> None:
    """Write src/folder/* and compile main with pdfLaTeX (SOURCE_DATE_EPOCH pins dates and /ID) into out."""
    d = src_dir(folder)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    b = build_dir(folder)
    for p in d.iterdir():
        shutil.copyfile(p, b / p.name)
    r = None
    for _ in range(runs):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", main], cwd=b, env=_env(),
                           capture_output=True, text=True, errors="replace", timeout=300)
    pdf = b / (Path(main).stem + ".pdf")
    if r.returncode != 0 or not pdf.exists():
        raise RuntimeError(f"pdflatex failed for {folder}:\n{r.stdout[-4000:]}")
    out.write_bytes(pdf.read_bytes())


# wkhtmltopdf ----------------------------------------------------------------------------------------------
def wkhtml(html: str, folder: str, out: Path, css: str | None = None, args: tuple[str, ...] = ()) -> None:
    """Write src/folder/index.html (+ style.css) and print it with wkhtmltopdf (Qt WebKit) into out."""
    d = src_dir(folder)
    (d / "index.html").write_text(html, encoding="utf-8")
    if css is not None:
        (d / "style.css").write_text(css, encoding="utf-8")
    b = build_dir(folder)
    tmp = b / "out.pdf"
    cmd = ["wkhtmltopdf", "--quiet", "--enable-local-file-access", "--encoding", "utf-8", *args,
           str(d / "index.html"), str(tmp)]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=180)
    if not tmp.exists():
        raise RuntimeError(f"wkhtmltopdf failed for {folder}:\n{r.stderr[-3000:]}")
    out.write_bytes(pin_pdf_dates(tmp.read_bytes()))


# Typst --------------------------------------------------------------------------------------------------
def typst_pdf(source: str, folder: str, out: Path) -> None:
    """Write src/folder/cv.typ and compile it with typst-py (system fonts) into out."""
    import typst

    d = src_dir(folder)
    (d / "cv.typ").write_text(source, encoding="utf-8")
    data = typst.compile(str(d / "cv.typ"), font_paths=["/usr/share/fonts"], timestamp=int(EPOCH))
    out.write_bytes(data)


# Scan + OCR -----------------------------------------------------------------------------------------------
def scan_and_ocr(page_pdf: Path, folder: str, out: Path, lang: str, angle: float, seed: int, dpi: int = 300,
                 bilevel: bool = True, jpeg_quality: int = 55, noise: float = 14) -> None:
    """Rasterise page_pdf like a office scanner would (slight rotation, noise, grey speckles, bilevel or
    JPEG grey), keep the page images in src/folder, and give them an OCR text layer with ocrmypdf."""
    import numpy as np
    from PIL import Image, ImageFilter

    d = src_dir(folder)
    b = build_dir(folder + "-scan")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(page_pdf), str(b / "p")], check=True)
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(sorted(b.glob("p-*.png"))):
        im = Image.open(png).convert("L")
        im = im.rotate(angle + 0.15 * i, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, noise, a.shape)
        speck = rng.random(a.shape) < 0.0006
        a[speck] = 40
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if bilevel:
            im = im.point(lambda v: 255 if v > 150 else 0).convert("1")
            p = b / f"scan-{i + 1}.png"
            im.save(p, dpi=(dpi, dpi), optimize=True)
        else:
            p = b / f"scan-{i + 1}.jpg"
            im.save(p, dpi=(dpi, dpi), quality=jpeg_quality, optimize=True)
        pages.append(p)
    raw = b / "scan.pdf"
    _syspy(f"import img2pdf; open({str(raw)!r}, 'wb').write(img2pdf.convert({[str(p) for p in pages]!r}, "
           "nodate=True))")
    shutil.copyfile(raw, d / "scan-before-ocr.pdf")
    ocred = b / "ocr.pdf"
    cmd = ["ocrmypdf", "-l", lang, "--output-type", "pdf", "--optimize", "0", "--jobs", "1", "--quiet",
           str(raw), str(ocred)]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=600)
    if not ocred.exists():
        raise RuntimeError(f"ocrmypdf failed for {folder}:\n{r.stderr[-3000:]}")
    pinned = b / "pinned.pdf"
    _syspy(_PIN.format(src=str(ocred), dst=str(pinned)))
    out.write_bytes(pinned.read_bytes())


def _syspy(code: str) -> None:
    """img2pdf and pikepdf come with Debian's ocrmypdf, i.e. with /usr/bin/python3."""
    r = subprocess.run(["/usr/bin/python3", "-c", code], env=_env(), capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-3000:])


# ocrmypdf writes the run time into the Info dictionary and the XMP packet and a random /ID.
_PIN = """
import pikepdf
with pikepdf.open({src!r}) as pdf:
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        for k in list(meta.keys()):
            if any(t in k for t in ('Date', 'DocumentID', 'InstanceID')):
                del meta[k]
    for k in ('/CreationDate', '/ModDate'):
        if k in pdf.docinfo:
            pdf.docinfo[k] = 'D:20240701000000Z'
    for n, page in enumerate(pdf.pages, 1):  # ocrmypdf names its text-layer XObject /OCR-<random>
        xo = page.Resources.XObject
        for k in [k for k in xo.keys() if k.startswith('/OCR-')]:
            new = '/OCR-page%d' % n
            xo[new] = xo[k]
            del xo[k]
            page.contents_coalesce()
            page.Contents.write(page.Contents.read_bytes().replace(k.encode(), new.encode()))
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(b'heldout13-scan-ocr'), pikepdf.String(b'heldout13-scan-ocr')])
    pdf.save({dst!r}, static_id=True)
"""


def md5(p: Path) -> str:
    return hashlib.md5(p.read_bytes()).hexdigest()
