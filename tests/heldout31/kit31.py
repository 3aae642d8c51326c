"""Helpers for heldout31: pinned environment, PDF/DOCX pinning, label writing."""
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
SRC = HERE / "src"
FILES = HERE / "files"
EXPECTED = HERE / "expected"
EPOCH = "1719792000"  # 2024-07-01T00:00:00Z
PDF_DATE = b"D:20240701000000Z"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC", LC_ALL="C.UTF-8")


def run(cmd: list[str], cwd: Path | str | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _same_len(pattern: bytes, make, data: bytes) -> bytes:
    def sub(m: re.Match) -> bytes:
        new = make(m)
        assert len(new) == len(m.group(0)), (new, m.group(0))
        return new
    return re.sub(pattern, sub, data)


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, Info dates, the /ID pair and XMP stamps/uuids."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        old = m.group(2)
        new = (PDF_DATE + b"00'00'")[: len(old)] if len(old) >= len(PDF_DATE) else PDF_DATE[: len(old)]
        new = new.ljust(len(old), b"0")
        return m.group(1) + new + m.group(3)

    data = _same_len(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", date, data)
    def ids(m: re.Match) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", m.group(0))

    data = _same_len(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ids, data)
    data = _same_len(rb"(/DocChecksum /)([0-9A-F]{32})", lambda m: m.group(1) + b"0" * 32, data)

    def xmpdate(m: re.Match) -> bytes:
        fixed = b"2024-07-01T00:00:00+00:00"
        body = m.group(2)
        return m.group(1) + (fixed[: len(body)] if len(body) <= len(fixed) else fixed.ljust(len(body), b" ")) + m.group(3)

    data = _same_len(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", xmpdate, data)
    data = _same_len(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000031", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times (python-docx already got fixed core properties)."""
    tmp = Path(tempfile.mkstemp(suffix=".docx")[1])
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    shutil.move(tmp, path)


def latex(src_name: str, engine: str, out_name: str, runs: int = 2) -> None:
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(SRC / src_name, d)
        for _ in range(runs):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", src_name], cwd=d)
        shutil.copy(Path(d) / (Path(src_name).stem + ".pdf"), FILES / out_name)
    pin_pdf(FILES / out_name)


def soffice_pdf(docx: Path, out_name: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        profile = Path(d) / "profile"
        run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", d, str(docx)])
        shutil.copy(Path(d) / (docx.stem + ".pdf"), FILES / out_name)
    pin_pdf(FILES / out_name)


def chromium_pdf(html: Path, out_name: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "out.pdf"
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={d}/ud", f"--print-to-pdf={out}", html.as_uri()])
        shutil.copy(out, FILES / out_name)
    pin_pdf(FILES / out_name)


def typst_pdf(src_name: str, out_name: str) -> None:
    import typst
    data = typst.compile(str(SRC / src_name), root=str(SRC))
    (FILES / out_name).write_bytes(data)
    pin_pdf(FILES / out_name)


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
