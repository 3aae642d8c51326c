"""Shared plumbing for heldout22: pinning PDFs and DOCX files, LibreOffice conversion, label writing."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"
SRC = HERE / "src"

EPOCH = 1719792000  # 2024-07-01T00:00:00Z
PDF_DATE = b"20240701000000"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}
ZIP_TIME = (2024, 7, 1, 0, 0, 0)


def pin_pdf(path: Path) -> None:
    """Rewrite Info dates, XMP dates and the /ID pair in place at the same length."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        body = m.group(2)
        fixed = (PDF_DATE + body[len(PDF_DATE):])[: len(body)]
        return m.group(1) + fixed

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)", date, data)

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0).replace(b"/ID", b"/@@")).replace(b"/@@", b"/ID"),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]+", lambda m: m.group(0)[:14] + b"0" * (len(m.group(0)) - 14), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)",
                  lambda m: m.group(1) + b"2024-07-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b" "),
                  data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, blob in items:
        if name == "docProps/core.xml":
            blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", blob)
        out.append((name, blob))
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in out:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, blob)
    tmp.replace(path)


def soffice_pdf(docx: Path, out_pdf: Path) -> None:
    """Print a DOCX to PDF with LibreOffice Writer (headless, a private profile)."""
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / (out_pdf.stem + ".docx")
        shutil.copy(docx, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tdp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tdp), str(src)],
                       check=True, env=ENV, capture_output=True)
        shutil.copy(tdp / (out_pdf.stem + ".pdf"), out_pdf)
    pin_pdf(out_pdf)


def weasy_pdf(html: str, out_pdf: Path, src_name: str) -> None:
    import random

    from weasyprint import HTML

    random.seed(22)  # WeasyPrint names font subsets with random letters
    (SRC / src_name).write_text(html, encoding="utf-8")
    HTML(string=html, base_url=str(SRC)).write_pdf(str(out_pdf))
    pin_pdf(out_pdf)


def write_label(label: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def edu(institution, level, start, end):
    return {"institution": institution, "degree_level": level, "start": start, "end": end}


def job(organization, title, start, end):
    return {"organization": organization, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}
