"""Shared helpers for heldout29: pinned environment, PDF/DOCX pinning, TeX and LibreOffice runs, labels."""
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
SRC = HERE / "src"
EXPECTED = HERE / "expected"
EPOCH = 1719792000  # 2024-07-01 00:00 UTC
PDF_DATE = b"D:20240701000000Z"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def pin_pdf(path: Path) -> None:
    """Rewrite in place, at the same length, the dates, the /ID pair and LibreOffice's /DocChecksum."""
    data = path.read_bytes()

    def same_len_date(m: re.Match) -> bytes:
        old = m.group(2)
        return m.group(1) + PDF_DATE[:16] + old[16:] + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:\d{14}[^)]*)\)", same_len_date, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2024-07-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b" ") + m.group(3),
                  data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    path.write_bytes(data)


def fix_zip(path: Path) -> None:
    """Re-zip an OOXML/ODF package with fixed entry times and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2024-07-01T00:00:00Z\g<2>", blob)
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, blob)
    tmp.replace(path)


def run_tex(name: str, tex: str, engine: str = "pdflatex", biber: bool = False, runs: int = 3) -> Path:
    """Compile SRC/name.tex (written from `tex`) in a temporary folder; copy the PDF to FILES/name.pdf."""
    (SRC / f"{name}.tex").write_text(tex, encoding="utf-8")
    bib = SRC / f"{name}.bib"
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        shutil.copy(SRC / f"{name}.tex", work / "cv.tex")
        if bib.exists():
            shutil.copy(bib, work / f"{name}.bib")
        for i in range(runs):
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work, env=ENV,
                               capture_output=True, text=True, errors="replace")
            if r.returncode:
                raise RuntimeError(f"{engine} failed for {name}:\n{r.stdout[-3000:]}")
            if biber and i == 0:
                b = subprocess.run(["biber", "cv"], cwd=work, env=ENV, capture_output=True, text=True)
                if b.returncode:
                    raise RuntimeError(f"biber failed for {name}:\n{b.stdout[-3000:]}")
        out = FILES / f"{name}.pdf"
        shutil.copy(work / "cv.pdf", out)
    pin_pdf(out)
    return out


def libreoffice_pdf(src: Path, name: str) -> Path:
    """Print a DOCX/ODT to PDF with LibreOffice (private profile), pin it, store it as FILES/name.pdf."""
    with tempfile.TemporaryDirectory() as d:
        prof = Path(d) / "profile"
        r = subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                            "--outdir", d, str(src)], env=ENV, capture_output=True, text=True, timeout=300)
        pdf = Path(d) / (src.stem + ".pdf")
        if not pdf.exists():
            raise RuntimeError(f"LibreOffice failed for {src}: {r.stdout} {r.stderr}")
        out = FILES / f"{name}.pdf"
        shutil.copy(pdf, out)
    pin_pdf(out)
    return out


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
