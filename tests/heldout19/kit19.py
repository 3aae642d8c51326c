"""Helpers for heldout19: pinning of producer output and label writing."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SRC = HERE / "src"
EXPECTED = HERE / "expected"
EPOCH = 1719792000  # 2024-07-01 00:00:00 UTC
FIXED_ZIP_TIME = (2024, 7, 1, 0, 0, 0)

os.environ.setdefault("SOURCE_DATE_EPOCH", str(EPOCH))
os.environ.setdefault("FORCE_SOURCE_DATE", "1")
os.environ.setdefault("TZ", "UTC")


def _same_len(new: bytes, old: bytes) -> bytes:
    return new[: len(old)].ljust(len(old), b"0")


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, XMP dates and the /ID pair."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        stamp = b"D:20240701000000"
        body = m.group(2)
        return m.group(1) + _same_len(stamp + b"Z" * max(0, len(body) - len(stamp)), body) + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", date, data)

    def xmp(m: re.Match) -> bytes:
        return m.group(1) + _same_len(b"2024-07-01T00:00:00Z" + b" " * 40, m.group(2)) + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)", xmp, data)
    data = re.sub(rb"(<xmpMM:(?:DocumentID|InstanceID)>)([^<]*)(</xmpMM)",
                  lambda m: m.group(1) + _same_len(b"uuid:00000000-0000-0000-0000-" + b"0" * 40, m.group(2))
                  + m.group(3), data)
    # LibreOffice's /DocChecksum is derived from the wall-clock date: zero it before hashing, then fill it in.
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    digest = hashlib.md5(re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum\s*/)(0+)(?=\s|/|>)", lambda m: m.group(1) + _same_len(digest, m.group(2)), data)

    def ident(m: re.Match) -> bytes:
        inner = re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + _same_len(digest * 4, h.group(0)[1:-1]) + b">", m.group(0))
        return inner

    data = re.sub(rb"/ID\s*\[[^\]]*\]", ident, data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", blob)
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)


def soffice_pdf(src: Path, outdir: Path) -> Path:
    prof = Path("/tmp/h19-lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True)
    return outdir / (src.stem + ".pdf")


def write_label(name: str, label: dict) -> None:
    label = {"file": name, **label}
    (EXPECTED / (Path(name).stem + ".json")).write_text(
        json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
