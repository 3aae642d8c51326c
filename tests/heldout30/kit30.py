"""Shared helpers for heldout30: HTML printing, PDF/DOCX pinning, label writing."""
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
ENV = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "TZ": "UTC", "FORCE_SOURCE_DATE": "1"}
FIXED_PDF_DATE = b"D:20240701000000"

# Chrome's own print header/footer lines imitated in @page margin boxes (the date and URL are pinned text).
BROWSER_LINES = """
@page {{ margin: 14mm 10mm 14mm 10mm;
  @top-left {{ content: "{date}"; font: 8pt 'Liberation Sans', sans-serif; }}
  @top-center {{ content: "{title}"; font: 8pt 'Liberation Sans', sans-serif; }}
  @bottom-left {{ content: "{url}"; font: 8pt 'Liberation Sans', sans-serif; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt 'Liberation Sans', sans-serif; }} }}
"""


def browser_css(date: str, title: str, url: str) -> str:
    return BROWSER_LINES.format(date=date, title=title.replace('"', "'"), url=url)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "chromium-headless-shell"):
        if shutil.which(name):
            return name
    raise SystemExit("chromium is not installed (apt-get install chromium)")


def html_to_pdf_chromium(html: str, out: Path, src_name: str) -> None:
    """Headless Chromium --print-to-pdf without its header/footer (those carry the wall clock)."""
    (SRC / src_name).write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, env=ENV, capture_output=True)
    pin_pdf(out)


def html_to_pdf_weasy(html: str, out: Path, src_name: str) -> None:
    import weasyprint

    (SRC / src_name).write_text(html, encoding="utf-8")
    weasyprint.HTML(string=html, base_url=str(SRC)).write_pdf(out)
    pin_pdf(out)


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the dates and the /ID pair that PDF producers put in."""
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        return m.group(1) + FIXED_PDF_DATE + m.group(2)[len(FIXED_PDF_DATE):] if len(m.group(2)) >= 16 else m.group(0)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)", date, data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID [<" + b"0" * len(m.group(1)) + b"> <" + b"0" * len(m.group(2)) + b">]", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_label(label: dict) -> None:
    EXPECTED.mkdir(exist_ok=True)
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def edu(inst, level, start, end, **kw):
    return {"institution": inst, "degree_level": level, "start": start, "end": end, **kw}


def job(org, title, start, end):
    return {"organization": org, "title": title, "start": start, "end": end}


def pub(title, venue, year, first, status):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}
