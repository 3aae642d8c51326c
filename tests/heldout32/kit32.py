"""Pinning helpers for heldout32: same-length rewrites of PDF dates/IDs, fixed DOCX zips, label writing."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

PIN_DATE = b"20250901000000"
EPOCH = "1756684800"  # 2025-09-01T00:00:00Z


def _same_len(m: re.Match, new: bytes) -> bytes:
    old = m.group(0)
    return (new + b" " * len(old))[: len(old)] if len(new) <= len(old) else old


def pin_pdf(path: Path) -> None:
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:" + PIN_DATE, data)
    data = re.sub(rb"<(xmp:\w+Date|xmp:MetadataDate)>[^<]{10,40}</",
                  lambda m: re.sub(rb">[^<]+<", lambda n: b">" + (b"2025-09-01T00:00:00Z" + b" " * 40)[: len(n.group(0)) - 2] + b"<", m.group(0)),
                  data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"1" * len(m.group(2))),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000032", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times and core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-09-01T00:00:00Z", blob)
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)


def write_label(out_dir: Path, label: dict) -> None:
    stem = Path(label["file"]).stem
    (out_dir / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
