"""Helpers for heldout33: running producers, pinning PDF/DOCX bytes, writing labels."""
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
EPOCH = 1793577600  # 2026-11-02 00:00 UTC
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC", LC_ALL="C.UTF-8")


def run(cmd: list[str], cwd: Path | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_src(name: str, text: str) -> Path:
    p = SRC / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


_DATE = re.compile(rb"D:\d{8,14}(?:[Z+\-']\d{0,2}'?\d{0,2}'?)?")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_XMPDATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>|xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")"
                      rb"(\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+\-]\d\d:\d\d)?)")
_UUID = re.compile(rb"uuid:[0-9a-fA-F\-]{36}")


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, Info/XMP dates, the /ID pair and XMP uuids."""
    data = path.read_bytes()
    seed = hashlib.sha256(path.name.encode()).hexdigest()

    def date(m: re.Match) -> bytes:
        s = m.group(0)
        fixed = b"D:20261102090000Z00'00'"
        return (fixed + b"0" * len(s))[: len(s)] if len(s) > 2 else s

    def ident(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        h = (seed * 4).upper().encode()
        return m.group(0).replace(a, h[: len(a)], 1).replace(b, h[: len(b)])

    def xmp(m: re.Match) -> bytes:
        v = m.group(2)
        fixed = b"2026-11-02T09:00:00Z"
        return m.group(1) + (fixed + b"0" * len(v))[: len(v)] if len(v) < len(fixed) else m.group(1) + fixed + v[len(fixed):]

    data = _DATE.sub(date, data)
    data = _ID.sub(ident, data)
    fixed16 = seed[:16].encode()
    # poppler (pdfunite) writes a binary literal /ID in the trailer, after the xref table: its length may change
    data = re.sub(rb"/ID \[\((?:\\.|[^\\)])*\) \((?:\\.|[^\\)])*\) \]",
                  lambda m: b"/ID [(" + fixed16 + b") (" + fixed16 + b") ]", data, flags=re.S)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + seed[:32].upper().encode(), data)
    data = _XMPDATE.sub(xmp, data)
    data = _UUID.sub(lambda m: b"uuid:" + seed[:8].encode() + b"-0000-4000-8000-" + seed[8:20].encode(), data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times; core-property dates are set by the builder."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "word/comments.xml":
                blob = re.sub(rb'w:date="[^"]*"', b'w:date="2026-10-25T09:00:00Z"', blob)
            z.writestr(info, blob)
    tmp.replace(path)


def E(institution, level, start, end):
    return {"institution": institution, "degree_level": level, "start": start, "end": end}


def J(organization, title, start, end):
    return {"organization": organization, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


def write_label(file: str, **kw) -> None:
    label = {"file": file}
    label.update(kw)
    (EXPECTED / (Path(file).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
