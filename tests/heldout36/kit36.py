"""Helpers for heldout36: running producers, pinning dates/IDs, writing labels."""
from __future__ import annotations

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
NODE_MODULES = Path(os.environ.get("H36_NODE_MODULES", "/tmp/h36node/node_modules"))
EPOCH = 1719792000  # 2024-07-01 00:00 UTC
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC",
           NODE_PATH=str(NODE_MODULES), LC_ALL="C.UTF-8")


def run(cmd: list[str], cwd: Path | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, XMP timestamps and the /ID pair."""
    data = path.read_bytes()

    def same_len_date(m: re.Match) -> bytes:
        key, val = m.group(1), m.group(2)
        pinned = b"D:20240701000000"
        rest = re.sub(rb"[0-9]", b"0", val[len(pinned):]) if len(val) > len(pinned) else b""
        return key + b"(" + (pinned + rest)[: max(len(val), len(pinned))] + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\((D:[^)]*)\)", same_len_date, data)

    def xmp(m: re.Match) -> bytes:
        old = m.group(0)
        return re.sub(rb"\d", b"0", old)

    data = re.sub(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\w+>", xmp, data)
    data = re.sub(rb'xmp:(?:CreateDate|ModifyDate|MetadataDate)="[^"]*"', xmp, data)
    data = re.sub(rb"(uuid:)[0-9a-fA-F-]{36}", lambda m: m.group(1) + b"00000000-0000-4000-8000-000000000036", data)

    def ids(m: re.Match) -> bytes:
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda x: b"<" + b"3" * (len(x.group(0)) - 2) + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ids, data)

    def lit_ids(m: re.Match) -> bytes:  # pdfunite writes the /ID pair as literal (binary) strings
        return re.sub(rb"\((?:[^\\)]|\\.)*\)", lambda x: b"(" + b"3" * (len(x.group(0)) - 2) + b")", m.group(0),
                      flags=re.S)

    data = re.sub(rb"/ID \[\((?:[^\\)]|\\.)*\) \((?:[^\\)]|\\.)*\) \]", lit_ids, data, flags=re.S)
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_label(label: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
