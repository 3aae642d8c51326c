"""Shared helpers of heldout28: pinning PDFs and DOCX files, LibreOffice runs, label writing."""
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
EPOCH = "1719792000"  # 2024-07-01T00:00:00Z
PIN_DATE = b"20240701000000"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def _same_len(m: re.Match, fill: bytes) -> bytes:
    return (fill * len(m.group(0)))[: len(m.group(0))]


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, the /ID pair and XMP timestamps/uuids."""
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:" + PIN_DATE, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d((?:\.\d+)?)",
                  lambda m: b"2024-07-01T00:00:00" + re.sub(rb"\d", b"0", m.group(1)), data)
    data = re.sub(rb"(<xmpMM:(?:InstanceID|DocumentID)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*\()(.*?)(\)\s*\()(.*?)(\)\s*\])",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                  data, flags=re.S)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"0" * 36, data)
    path.write_bytes(data)


def fix_docx(path: Path, app: str | None = None) -> None:
    """Re-zip with fixed entry times and pinned core-property dates (optionally another Application name)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-07-01T00:00:00Z", data)
            if item.filename == "docProps/app.xml" and app:
                data = re.sub(rb"<Application>.*?</Application>", b"<Application>" + app.encode() + b"</Application>",
                              data)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    tmp.replace(path)


def soffice_pdf(docx: Path, out_pdf: Path) -> None:
    """Print a DOCX to PDF with LibreOffice headless (a private profile, so no other instance is touched)."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx)], check=True, env=ENV, capture_output=True, timeout=240)
        shutil.move(str(Path(td) / (docx.stem + ".pdf")), out_pdf)
    pin_pdf(out_pdf)


def weasy(html: str, out_pdf: Path, src_name: str) -> None:
    import weasyprint

    (SRC / src_name).write_text(html, encoding="utf-8")
    weasyprint.HTML(string=html, base_url=str(SRC)).write_pdf(str(out_pdf))
    pin_pdf(out_pdf)


def write_label(label: dict) -> None:
    name = Path(label["file"]).stem + ".json"
    (EXPECTED / name).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
