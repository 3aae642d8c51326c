"""Helpers for heldout17: pinning PDF/DOCX/ODT bytes, running tools, writing labels."""
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
EXPECTED = HERE / "expected"
SRC = HERE / "src"
EPOCH = 1719792000  # 2024-07-01 00:00:00 UTC
PDF_DATE = "20240701000000"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC", LC_ALL="C.UTF-8")


def run(cmd: list[str], cwd: Path | None = None, **kw) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def _same_len(m: re.Match, new: bytes) -> bytes:
    old = m.group(0)
    return (new + b" " * len(old))[: len(old)] if len(new) <= len(old) else old


def pin_pdf(path: Path) -> None:
    """Rewrite in place, at the same length, the time stamps and /ID of a PDF."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        body = m.group(2)
        fixed = (b"D:" + PDF_DATE.encode() + b"Z")
        fixed = (fixed + b"00'00'")[: len(body)] if len(body) > len(fixed) else fixed[: len(body)]
        fixed = fixed.ljust(len(body), b"0") if len(fixed) < len(body) else fixed
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)(\))", date, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)",
                  lambda m: m.group(1) + b"2024-07-01T00:00:00Z".ljust(len(m.group(2)))[: len(m.group(2))] + m.group(3),
                  data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-4000-8000-000000000017", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-F]{32})", lambda m: m.group(1) + b"0" * 32, data)
    digest = hashlib.md5(re.sub(rb"/ID\s*\[[^\]]*\]", b"", data)).hexdigest().upper().encode()

    def ident(m: re.Match) -> bytes:
        inner = m.group(0)
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + (digest * 4)[: len(h.group(0)) - 2] + b">", inner)

    data = re.sub(rb"/ID\s*\[[^\]]*\]", ident, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-F]{32})", lambda m: m.group(1) + digest[:32], data)
    path.write_bytes(data)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX/ODT with fixed entry times (mimetype first, stored) and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name in ("docProps/core.xml",):
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
        if name == "meta.xml":
            data = re.sub(rb"(<(?:meta:creation-date|dc:date)>)[^<]*", rb"\g<1>2024-07-01T00:00:00", data)
        out.append((name, data))
    out.sort(key=lambda x: (x[0] != "mimetype", x[0] != "[Content_Types].xml"))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_label(label: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
