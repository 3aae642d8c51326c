"""Shared helpers for heldout15: run producers with pinned dates, pin PDF metadata, fix DOCX zips."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
FILES = HERE / "files"
EXPECTED = HERE / "expected"
EPOCH = "1719792000"  # 2024-07-01T00:00:00Z
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8"}


def run(cmd: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    done = subprocess.run(cmd, cwd=cwd, env=ENV, input=stdin, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed in {cwd}:\n{done.stdout.decode(errors='replace')[-3000:]}"
                           f"\n{done.stderr.decode(errors='replace')[-3000:]}")
    return done.stdout


def workdir(name: str) -> Path:
    d = Path("/tmp/heldout15_build") / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def copy_src(stem: str, into: Path) -> None:
    for p in SRC.glob(stem + "*"):
        if p.is_file():
            shutil.copy(p, into / p.name)


_DATE = re.compile(rb"\(D:\d{14}[^)]*\)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_XMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)?")
_UUID = re.compile(rb"uuid:[0-9a-fA-F-]{36}")
_CTX_TIME = re.compile(rb"(ConTeXt\.Time[>( ]*)\d{4}-\d\d-\d\d \d\d:\d\d")


def _same_len(m: re.Match, text: bytes) -> bytes:
    old = m.group(0)
    return (text + b" " * len(old))[: len(old)] if len(text) <= len(old) else text[: len(old)]


def pin_pdf(path: Path) -> None:
    """Rewrite wall-clock dates, the /ID pair, XMP timestamps and uuids in place at the same length."""
    data = path.read_bytes()
    data = _DATE.sub(lambda m: (b"(D:20240701000000Z" + b"0" * 40)[: len(m.group(0)) - 1] + b")"
                     if len(m.group(0)) >= 19 else m.group(0), data)
    data = _XMP.sub(lambda m: b"2024-07-01T00:00:00Z"[: len(m.group(0))].ljust(len(m.group(0)), b"Z")
                    if len(m.group(0)) >= 19 else m.group(0), data)
    data = _CTX_TIME.sub(lambda m: m.group(1) + b"2024-07-01 00:00", data)
    data = _UUID.sub(lambda m: b"uuid:" + b"0" * 8 + b"-0000-0000-0000-" + b"0" * 12, data)
    digest = hashlib.md5(_ID.sub(b"", data)).hexdigest().upper().encode()

    def new_id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, (digest * 2)[: len(a)]).replace(b, (digest * 2)[: len(b)])
    data = _ID.sub(new_id, data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-07-01T00:00:00Z", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_label(stem: str, ext: str, label: dict) -> None:
    label = {"file": f"{stem}.{ext}", **label}
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
