"""Shared helpers for held-out set 14: labels, pinned producers, deterministic saves."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"
SRC = HERE / "src"
EPOCH = 1719792000  # 2024-07-01 00:00:00 UTC
PDF_DATE = b"D:20240701000000Z"


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.update(
        SOURCE_DATE_EPOCH=str(EPOCH),
        FORCE_SOURCE_DATE="1",
        TZ="UTC",
        LC_ALL="C.UTF-8",
        QT_HASH_SEED="0",
    )
    return e


def run(cmd: list[str], cwd: Path | None = None) -> None:
    subprocess.run(cmd, cwd=cwd, env=env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def edu(institution, level, start=None, end=None, degree=None, field=None) -> dict:
    d = {"institution": institution, "degree_level": level, "start": start, "end": end}
    if degree:
        d["degree"] = degree
    if field:
        d["field"] = field
    return d


def job(organization, title, start=None, end=None) -> dict:
    return {"organization": organization, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status, authors=()) -> dict:
    return {
        "title": title,
        "venue": venue,
        "year": year,
        "first_author": first,
        "status": status,
        "authors": list(authors),
    }


def label(
    file: str,
    *,
    name,
    name_any=(),
    emails=(),
    phones=(),
    links=(),
    education=(),
    experience=(),
    publications_count=0,
    first_author_count=0,
    sample=(),
    interests=(),
    awards_count=0,
    language="en",
    layout="",
    notes="",
) -> None:
    data = {
        "file": file,
        "name": name,
        "name_any": list(name_any),
        "emails": list(emails),
        "phones": list(phones),
        "links": list(links),
        "education": list(education),
        "experience": list(experience),
        "publications_count": publications_count,
        "first_author_count": first_author_count,
        "publications_sample": list(sample),
        "research_interests_any": list(interests),
        "awards_count": awards_count,
        "language": language,
        "layout": layout,
        "notes": notes,
    }
    if first_author_count is None:
        data["first_author_count"] = None
    out = EXPECTED / (Path(file).stem + ".json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_src(name: str, text: str) -> Path:
    p = SRC / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def pin_pdf_dates(path: Path) -> None:
    """Rewrite wall-clock dates and random ids in a PDF in place (same length, xref stays valid)."""
    data = path.read_bytes()

    def fix_date(m: re.Match) -> bytes:
        body = m.group(2)
        new = (
            PDF_DATE[: len(body)].ljust(len(body), b"0")
            if len(body) <= len(PDF_DATE)
            else PDF_DATE + body[len(PDF_DATE) :]
        )
        return m.group(1) + new + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", fix_date, data)
    data = re.sub(
        rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
        lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
        data,
    )
    # XMP packets (uncompressed): ISO timestamps, uuids, ConTeXt's '<job> | <timestamp>' id
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2024-07-01T00:00:00", data)
    data = re.sub(
        rb"((?:<pdfx:|/)ConTeXt.Time[> ]\(?)\d{4}-\d\d-\d\d \d\d:\d\d", rb"\g<1>2024-07-01 00:00", data
    )
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    path.write_bytes(data)


def latex(tex: Path, out: Path, engine: str = "lualatex", runs: int = 2, bib: str | None = None) -> None:
    """Compile tex (in src/<stem>/) with engine; copy the PDF to out."""
    work = tex.parent
    for i in range(runs):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", tex.name], cwd=work)
        if bib and i == 0:
            run([bib, tex.stem], cwd=work)
    shutil.copyfile(work / (tex.stem + ".pdf"), out)
    for ext in (".aux", ".log", ".out", ".bbl", ".bcf", ".blg", ".run.xml", ".pdf", ".toc"):
        f = work / (tex.stem + ext)
        if f.exists():
            f.unlink()


ZIP_TIME = (2024, 7, 1, 0, 0, 0)


def fixed_save(doc, out: Path, title: str = "Curriculum Vitae", author: str = "") -> None:
    """Save a python-docx Document with fixed core properties and zip times."""
    import datetime as dt

    cp = doc.core_properties
    when = dt.datetime(2024, 7, 1, 0, 0, 0)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    buf = io.BytesIO()
    doc.save(buf)
    rezip(buf.getvalue(), out)


def rezip(data: bytes, out: Path, replace: dict[str, bytes] | None = None) -> None:
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, replace.get(n, src.read(n)))
        for n, b in replace.items():
            if n not in names:
                info = zipfile.ZipInfo(n, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, b)
