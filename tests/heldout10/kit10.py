"""Helpers for the tenth held-out set. Labels, TeX escaping and reproducible XeLaTeX runs are
heldout9's (kit9, imported, not copied); here are the set's own source folder, Typst and the
Word helpers.

Every person written with these is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parent / "heldout9"))

from kit9 import label, tex, write_label, xelatex  # noqa: E402,F401  (re-exported to the builders)


def write_src(folder: str, files: dict[str, str]) -> Path:
    d = SRC / folder
    d.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def typst_pdf(folder: Path, main: str, out: Path) -> None:
    """Compile folder/main with the typst Python package (fixed document date for identical bytes)."""
    import typst

    pdf = typst.compile(str(folder / main), root=str(folder))
    out.write_bytes(pdf)


# Word files: python-docx with fixed core properties and zip times
def fixed_save(doc, path: Path) -> None:
    """Save a python-docx document with fixed core properties and zip timestamps (same bytes every run)."""
    import datetime
    import io
    import zipfile

    cp = doc.core_properties
    when = datetime.datetime(2025, 6, 1, 9, 0, 0)
    cp.created = cp.modified = when
    cp.last_printed = when
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def border_bottom(par, color="4F81BD", sz="8"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)
