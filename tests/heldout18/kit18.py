"""Shared helpers for heldout18: running producers, pinning output bytes, writing labels."""
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
EPOCH = 1719792000  # 2024-07-01 00:00:00 UTC
PIN_DATE = "20240701000000"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1", TZ="UTC", LC_ALL="C.UTF-8")


def run(cmd: list[str], cwd: Path | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)


def _same_len(m: re.Match, new: bytes) -> bytes:
    old = m.group(0)
    new = new[: len(old)]
    return new + b" " * (len(old) - len(new)) if len(new) < len(old) else new


def pin_pdf(path: Path) -> None:
    """Rewrite in place, at the same length, the dates, the /ID pair and XMP ids/timestamps."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        key = m.group(1)
        return _same_len(m, key + b"(D:" + PIN_DATE.encode() + b"Z)")

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\(D:[^)]*\)", date, data)

    def ident(m: re.Match) -> bytes:
        h = m.group(2)
        return m.group(1) + b"<" + b"18" * (len(h) // 2) + b">"

    data = re.sub(rb"(/ID\s*\[\s*)<([0-9A-Fa-f]+)>", ident, data)
    data = re.sub(rb"(>\s*)<([0-9A-Fa-f]{16,})>(\s*\])", lambda m: m.group(1) + b"<" + b"18" * (len(m.group(2)) // 2)
                  + b">" + m.group(3), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?",
                  lambda m: _same_len(m, b"2024-07-01T00:00:00Z"), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"18" * 16, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"18181818-1818-1818-1818-181818181818", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and core-property dates."""
    tmp = Path(tempfile.mkdtemp())
    out = tmp / path.name
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-07-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    shutil.move(str(out), path)
    shutil.rmtree(tmp)


def latex(tex_name: str, source: str, out_name: str, engine: str = "pdflatex") -> Path:
    (SRC / tex_name).write_text(source, encoding="utf-8")
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(SRC / tex_name, Path(d) / "cv.tex")
        for _ in range(2):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=Path(d))
        out = FILES / out_name
        shutil.copy(Path(d) / "cv.pdf", out)
    pin_pdf(out)
    return out


def soffice_pdf(src: Path, out_name: str) -> Path:
    with tempfile.TemporaryDirectory() as d:
        prof = Path(d) / "profile"
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
             "--outdir", d, str(src)])
        out = FILES / out_name
        shutil.copy(Path(d) / (src.stem + ".pdf"), out)
    pin_pdf(out)
    return out


def write_label(label: dict) -> None:
    name = Path(label["file"]).stem + ".json"
    keys = ["file", "name", "name_any", "emails", "phones", "links", "education", "experience",
            "publications_count", "first_author_count", "publications_sample", "research_interests_any",
            "awards_count", "language", "layout", "notes"]
    ordered = {k: label[k] for k in keys if k in label}
    ordered.update({k: v for k, v in label.items() if k not in ordered})
    (EXPECTED / name).write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def edu(inst, level, start, end):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}
