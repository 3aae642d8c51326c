"""Helpers for heldout34: pinning of PDF/DOCX bytes and label writing."""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"
SRC = HERE / "src"
EPOCH = "1793000000"  # 2026-10-26 07:33:20 UTC
PIN_DATE = b"20261026073320"
ENV = {"SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8",
       "RL_invariant": "1"}


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, what PDF producers stamp with the wall clock."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + PIN_DATE, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
                  lambda m: m.group(1) + b"2026-10-26T07:33:20", data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000034", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-10-26T07:33:20Z", blob)
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 26, 7, 33, 20))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, blob)


def write_label(label: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def edu(institution, level, start=None, end=None):
    return {"institution": institution, "degree_level": level, "start": start, "end": end}


def job(organization, title, start=None, end=None):
    return {"organization": organization, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}
