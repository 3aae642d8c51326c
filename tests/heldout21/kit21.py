"""Shared helpers of heldout21: pinning of PDF/DOCX bytes, label writing, photo placeholders."""
from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"
SRC = HERE / "src"
BUILD = Path(os.environ.get("HELDOUT21_BUILD", "/tmp/heldout21_build"))
EPOCH = 1767225600  # 2026-01-01 00:00:00 UTC
PDF_DATE = b"20260101000000"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, the /ID pair, LibreOffice's /DocChecksum and XMP stamps."""
    data = path.read_bytes()

    def info_date(m: re.Match) -> bytes:
        inner = m.group(2)
        return m.group(1) + (b"D:" + PDF_DATE + b"+00'00'")[: len(inner)].ljust(len(inner), b" ") + b")"

    def ident(m: re.Match) -> bytes:
        return re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0))

    def xmp(m: re.Match) -> bytes:
        return m.group(1) + b"2026-01-01T00:00:00Z".ljust(len(m.group(2)))[: len(m.group(2))] + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", info_date, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ident, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", ident, data)
    data = re.sub(rb"(<xmp:\w+Date>)([^<]*)(</xmp:\w+Date>)", xmp, data)
    data = re.sub(rb"(uuid:)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                  rb"\g<1>00000000-0000-0000-0000-000000000000", data)
    path.write_bytes(data)


DOCX_TIME = (2026, 1, 1, 0, 0, 0)


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times and core-property dates."""
    path = Path(path)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-01-01T00:00:00Z\2", data)
            zi = zipfile.ZipInfo(info.filename, DOCX_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def photo_png(path: Path, w: int = 180, h: int = 240) -> Path:
    """A grey placeholder head-and-shoulders silhouette (no real photo)."""
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (w, h), (214, 222, 232))
    d = ImageDraw.Draw(img)
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.5), fill=(150, 160, 175))
    d.ellipse((w * 0.12, h * 0.55, w * 0.88, h * 1.2), fill=(150, 160, 175))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return path


def write_label(label: dict) -> Path:
    EXPECTED.mkdir(exist_ok=True)
    out = EXPECTED / (Path(label["file"]).stem + ".json")
    out.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
