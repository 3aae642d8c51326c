"""Helpers for heldout23: running the producers, pinning dates/ids, writing labels.

A test-data tool only (never imported by the project)."""
from __future__ import annotations

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
EXPECTED = HERE / "expected"
SRC = HERE / "src"
MIRROR = Path("/work/.mirror")

EPOCH = "1719792000"  # 2024-07-01 00:00:00 UTC
PIN_DATE = b"D:20240701000000Z"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")


def mirror_file(repo: str, commit: str, path: str) -> bytes:
    """A file of a fetched template repository, read from the local mirror (git show)."""
    gitdir = MIRROR / repo.replace("/", "+") / "repo"
    if (gitdir / ".git").exists():
        gitdir = gitdir / ".git"
    return subprocess.run(["git", "--git-dir", str(gitdir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def run(cmd: list[str], cwd: Path, ok_codes=(0,)) -> None:
    r = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True, errors="replace")
    if r.returncode not in ok_codes:
        raise RuntimeError(f"{cmd} failed ({r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}")


def latex(engine: str, tex_name: str, workdir: Path, runs: int = 2) -> Path:
    for _ in range(runs):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", tex_name], workdir)
    return workdir / (Path(tex_name).stem + ".pdf")


def _b64_zero(s: bytes) -> bytes:
    return re.sub(rb"[A-Za-z0-9+/]", b"A", s)


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, Info dates, XMP dates and the /ID pair."""
    data = path.read_bytes()

    def fix_date(m: re.Match) -> bytes:
        old = m.group(2)
        new = PIN_DATE[: len(old)].ljust(len(old), b"0") if len(old) <= len(PIN_DATE) else PIN_DATE + old[len(PIN_DATE):]
        return m.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)", fix_date, data)

    def fix_id(m: re.Match) -> bytes:
        return re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    # Typst writes the /ID pair and the XMP instance/document ids as base64 strings
    data = re.sub(rb"(/ID\[\()([A-Za-z0-9+/=]+)(\)\()([A-Za-z0-9+/=]+)(\)\])",
                  lambda m: m.group(1) + _b64_zero(m.group(2)) + m.group(3) + _b64_zero(m.group(4)) + m.group(5),
                  data)
    data = re.sub(rb"(<xmpMM:(?:InstanceID|DocumentID)>)([^<]+)", lambda m: m.group(1) + _b64_zero(m.group(2)),
                  data)

    def fix_xmp(m: re.Match) -> bytes:
        old = m.group(2)
        return m.group(1) + b"2024-07-01T00:00:00Z"[: len(old)].ljust(len(old), b" ")

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]+)", fix_xmp, data)
    data = re.sub(rb"((?:CreateDate|ModifyDate|MetadataDate)=\")([^\"]+)",
                  lambda m: m.group(1) + b"2024-07-01T00:00:00Z"[: len(m.group(2))].ljust(len(m.group(2)), b" "), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"0" * 36, data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip with fixed entry times and fixed core-property dates."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def tempdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="h23_"))


def deliver(built: Path, name: str) -> Path:
    out = FILES / name
    shutil.copyfile(built, out)
    if out.suffix == ".pdf":
        pin_pdf(out)
    elif out.suffix == ".docx":
        fix_docx(out)
    return out


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
