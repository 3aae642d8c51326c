"""Shared helpers for heldout24: pinned environment, producers, PDF/DOCX pinning, labels."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
FILES = HERE / "files"
EXPECTED = HERE / "expected"
BUILD = Path("/tmp/heldout24_build")
EPOCH = "1733011200"  # 2024-12-01T00:00:00Z
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"}
# In-process producers too: fontTools (WeasyPrint's subsetter) stamps head.modified from SOURCE_DATE_EPOCH.
os.environ.update(SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")


def run(cmd: list[str], cwd: Path) -> None:
    done = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed:\n{done.stdout.decode(errors='replace')[-3000:]}"
                           f"\n{done.stderr.decode(errors='replace')[-3000:]}")


def workdir(name: str) -> Path:
    d = BUILD / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


_DATE = re.compile(rb"\(D:\d{14}[^)]*\)")
_XMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_UUID = re.compile(rb"uuid:[0-9a-fA-F-]{36}")
_DOCSUM = re.compile(rb"/DocChecksum /[0-9A-F]{32}")


def pin_pdf(path: Path) -> None:
    """Rewrite dates, XMP stamps, uuids and the /ID pair in place, keeping every length (xref stays valid)."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        n = len(m.group(0))
        return (b"(D:20241201000000" + b"Z" * n)[: n - 1] + b")"
    data = _DATE.sub(date, data)
    data = _XMP.sub(lambda m: (b"2024-12-01T00:00:00" + b"Z" * 20)[: len(m.group(0))], data)
    data = _UUID.sub(b"uuid:00000000-0000-0000-0000-000000000024", data)
    data = _DOCSUM.sub(b"/DocChecksum /" + b"0" * 32, data)  # LibreOffice's checksum covers its wall-clock date
    digest = hashlib.md5(_ID.sub(b"", data)).hexdigest().upper().encode() * 4

    def new_id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, digest[: len(a)]).replace(b, digest[: len(b)])
    path.write_bytes(_ID.sub(new_id, data))


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times and core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-12-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def weasy(html: str, stem: str) -> Path:
    """Keep the HTML in src/ and print it with WeasyPrint."""
    from weasyprint import HTML
    (SRC / f"{stem}.html").write_text(html, encoding="utf-8")
    out = FILES / f"{stem}.pdf"
    HTML(string=html, base_url=str(SRC)).write_pdf(out)
    pin_pdf(out)
    return out


def libreoffice_pdf(docx: Path, stem: str) -> Path:
    """Print a DOCX to PDF with LibreOffice Writer (one process, private profile)."""
    w = workdir(stem)
    shutil.copy(docx, w / f"{stem}.docx")
    run(["soffice", f"-env:UserInstallation=file://{w}/profile", "--headless", "--convert-to",
         "pdf:writer_pdf_Export", "--outdir", str(w), str(w / f"{stem}.docx")], w)
    out = FILES / f"{stem}.pdf"
    shutil.copy(w / f"{stem}.pdf", out)
    pin_pdf(out)
    return out


def write_label(stem: str, ext: str, label: dict) -> None:
    label = {"file": f"{stem}.{ext}", **label}
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
