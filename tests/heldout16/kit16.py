"""Shared helpers for heldout16: pinning producers' timestamps/ids, DOCX re-zipping, label writing."""
from __future__ import annotations

import io
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
EPOCH = 1719792000  # 2024-07-01 00:00 UTC
ZIP_TIME = (2024, 7, 1, 9, 0, 0)
os.environ.update(SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC")


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, XMP timestamps and the /ID pair of a PDF."""
    b = path.read_bytes()

    def date(m):
        return m.group(1) + (b"20240701000000" + b"0" * 20)[: len(m.group(2))]

    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]+)", date, b)
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)",
               lambda m: m.group(1) + b"2024-07-01T00:00:00Z".ljust(len(m.group(2)))[: len(m.group(2))], b)
    b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
               lambda m: m.group(1) + b"A" * len(m.group(2)) + m.group(3) + b"B" * len(m.group(4)) + m.group(5), b)
    b = re.sub(rb"(/DocChecksum /)([0-9A-F]{32})", lambda m: m.group(1) + b"0" * 32, b)
    b = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000016", b)
    path.write_bytes(b)


def fixed_zip(src: bytes | Path, dst: Path, replace: dict[str, bytes] | None = None) -> None:
    """Re-zip an OOXML/ODF package with fixed entry times ([Content_Types].xml / mimetype first)."""
    data = src.read_bytes() if isinstance(src, Path) else src
    replace = replace or {}
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = zin.namelist()
        entries = {n: zin.read(n) for n in names}
    entries.update(replace)
    order = [n for n in ("mimetype", "[Content_Types].xml") if n in entries]
    order += [n for n in names if n not in order] + [n for n in replace if n not in names and n not in order]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in order:
            zi = zipfile.ZipInfo(n, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, entries[n])
    dst.write_bytes(buf.getvalue())


def soffice(src: Path, outdir: Path, filt: str = "pdf") -> Path:
    """LibreOffice headless conversion; returns the output path."""
    env = dict(os.environ, HOME="/tmp/lo16home")
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", filt, "--outdir", str(outdir), str(src)],
                   check=True, env=env, capture_output=True)
    return outdir / (src.stem + "." + filt.split(":")[0])


def label(file: str, name, **kw) -> dict:
    d = {"file": file, "name": name}
    d.update(kw)
    return d


def write_label(d: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    out = EXPECTED / (Path(d["file"]).stem + ".json")
    out.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
