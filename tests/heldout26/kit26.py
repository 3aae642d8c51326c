"""Helpers for heldout26: pinning PDF/DOCX bytes and writing labels."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"
SRC = HERE / "src"
EPOCH = "1719792000"  # 2024-07-01 00:00 UTC
FIXED_DATE = b"20240701000000"


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, the /ID pair, LibreOffice's /DocChecksum and XMP timestamps/uuids."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        body = m.group(2)
        new = (FIXED_DATE + body[len(FIXED_DATE):]) if len(body) >= len(FIXED_DATE) else FIXED_DATE[: len(body)]
        new = re.sub(rb"[+-]\d\d'?\d\d'?$", lambda x: b"Z" + b" " * (len(x.group(0)) - 1), new)
        return m.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)", date, data)

    def ident(m: re.Match) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda x: b"<" + b"0" * (len(x.group(0)) - 2) + b">", m.group(0))

    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ident, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT[0-9:.+\-Z]+)",
                  lambda m: m.group(1) + b"2024-07-01T00:00:00Z".ljust(len(m.group(2)))[: len(m.group(2))], data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000026", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, blob in entries:
        if name == "docProps/core.xml":
            blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", blob)
        out.append((name, blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
