"""Shared helpers for heldout20: running producers, pinning outputs, writing labels."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
SRC = HERE / "src"
EXPECTED = HERE / "expected"
BUILD = Path("/tmp/heldout20_build")
EPOCH = "1719792000"  # 2024-07-01 00:00 UTC
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}
CSL = Path("/usr/share/citation-style-language/styles")


def run(cmd: list[str], cwd: Path | None = None) -> None:
    res = subprocess.run(cmd, cwd=cwd, env=ENV, capture_output=True, text=True, errors="replace")
    if res.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed:\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}")


def workdir(stem: str) -> Path:
    d = BUILD / stem
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    return d


def pin_pdf(path: Path) -> None:
    """Rewrite, at the same length, the Info dates, the /ID pair and XMP timestamps."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}([^)]*)\)", lambda m: b"(D:20240701000000" + b"Z" * 0 + m.group(1) + b")", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1))).replace(m.group(2), b"B" * len(m.group(2))),
                  data)
    data = re.sub(rb"(<xmp:\w+Date>|<xap:\w+Date>)(\d{4}-\d\d-\d\dT[0-9:.+\-Z]+)",
                  lambda m: m.group(1) + (b"2024-07-01T00:00:00" + b"Z" * (len(m.group(2)) - 19))[:len(m.group(2))], data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-f\-]{36}", b"uuid:00000000-0000-4000-8000-000000000020", data)
    path.write_bytes(data)


def fix_docx(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times and pinned core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T00:00:00Z", data)
        if name == "docProps/app.xml":
            data = re.sub(rb"<TotalTime>\d+</TotalTime>", b"<TotalTime>0</TotalTime>", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_label(label: dict) -> None:
    stem = Path(label["file"]).stem
    (EXPECTED / f"{stem}.json").write_text(json.dumps(label, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def csl_refs(entries: list[dict], style: str, work: Path, to: str = "markdown_strict", tag: str = "refs") -> str:
    """Render CSL-JSON entries with pandoc --citeproc and a real CSL style; returns the bibliography
    as Markdown (or HTML) text, in the style's own order."""
    bib = work / f"{tag}.json"
    bib.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    md = work / f"{tag}.md"
    ids = ", ".join("@" + e["id"] for e in entries)
    md.write_text(f"---\nnocite: |\n  {ids}\n---\n", encoding="utf-8")
    out = work / f"{tag}.out"
    csl = style if style.endswith(".csl") and "/" in style else str(CSL / f"{style}.csl")
    run(["pandoc", str(md), "--citeproc", f"--bibliography={bib}", f"--csl={csl}", "-t", to,
         "--wrap=none", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    if to.startswith("markdown"):
        text = re.sub(r'<span class="csl-left-margin">(.*?)</span><span class="csl-right-inline">(.*?)</span>',
                      r"\1\2", text)
    return text


def latex(stem: str, tex: str, bib: str | None = None, engine: str = "pdflatex", backend: str = "biber",
          extra: dict[str, bytes] | None = None, passes: int = 1) -> Path:
    """Compile tex (+ bib) in a scratch folder; keep the sources in src/; copy the PDF to files/ and pin it."""
    work = workdir(stem)
    (work / "cv.tex").write_text(tex, encoding="utf-8")
    (SRC / f"{stem}.tex").write_text(tex, encoding="utf-8")
    if bib is not None:
        (work / "pubs.bib").write_text(bib, encoding="utf-8")
        (SRC / f"{stem}.bib").write_text(bib, encoding="utf-8")
    for name, data in (extra or {}).items():
        (work / name).write_bytes(data)
    run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work)
    if bib is not None:
        run([backend, "cv"], cwd=work)
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work)
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work)
    out = FILES / f"{stem}.pdf"
    shutil.copyfile(work / "cv.pdf", out)
    pin_pdf(out)
    return out
