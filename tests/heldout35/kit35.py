"""Shared helpers of heldout35: running producers, pinning PDF/DOCX bytes, writing labels."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SRC = HERE / "src"
EXPECTED = HERE / "expected"
EPOCH = 1719792000  # 2024-07-01 00:00 UTC
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC",
           OMP_THREAD_LIMIT="1", LC_ALL="C.UTF-8")
FIXED_DATE = "20240701000000"
ZIP_TIME = (2024, 7, 1, 0, 0, 0)


def run(cmd: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    res = subprocess.run(cmd, cwd=cwd, env=ENV, input=stdin, capture_output=True)
    if res.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({res.returncode}): {res.stderr.decode(errors='replace')[-2000:]}")
    return res.stdout


def latex(tex_name: str, engine: str = "pdflatex", runs: int = 2) -> Path:
    """Compile src/<tex_name> in a temp dir; return the PDF path (in the temp dir)."""
    tmp = Path(tempfile.mkdtemp(prefix="h35tex"))
    shutil.copy(SRC / tex_name, tmp / tex_name)
    for _ in range(runs):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", tex_name], cwd=tmp)
    return tmp / (Path(tex_name).stem + ".pdf")


def soffice_convert(path: Path, target: str, infilter: str | None = None) -> Path:
    """LibreOffice headless conversion into a fresh temp dir (own profile, so no lock clash)."""
    out = Path(tempfile.mkdtemp(prefix="h35lo"))
    profile = Path(tempfile.mkdtemp(prefix="h35prof"))
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(out), str(path)]
    run(cmd)
    shutil.rmtree(profile, ignore_errors=True)
    made = [p for p in out.iterdir()]
    assert len(made) == 1, made
    return made[0]


def _same_len(old: bytes, new: bytes) -> bytes:
    return (new + b" " * len(old))[: len(old)] if len(new) <= len(old) else new[: len(old)]


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the dates, /ID and XMP stamps that producers take from the clock."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        s = m.group(0)
        fixed = b"D:" + FIXED_DATE.encode()
        return fixed + s[len(fixed):].translate(bytes.maketrans(b"0123456789", b"0000000000")) \
            if len(s) > len(fixed) else fixed[: len(s)]

    data = re.sub(rb"D:\d{8,14}(?:[Z+\-']\d{0,2}'?\d{0,2}'?)?", date, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?",
                  lambda m: _same_len(m.group(0), b"2024-07-01T00:00:00Z" + b"0" * 20)
                  if len(m.group(0)) >= 20 else m.group(0), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000035", data)
    rest = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"", re.sub(rb"/ID\s*\[[^\]]*\]", b"", data))
    digest = hashlib.md5(rest).hexdigest().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest.upper(), data)

    def ids(m: re.Match) -> bytes:
        inner = m.group(0)
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + (digest * 4)[: len(h.group(0)) - 2] + b">", inner)

    data = re.sub(rb"/ID\s*\[[^\]]*\]", ids, data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
            data = re.sub(rb"(<cp:lastPrinted>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
