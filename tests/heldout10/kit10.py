"""Helpers for the tenth held-out set: label building, TeX escaping and deterministic compiling.

Every person written with these is invented. Compilation is made reproducible with
SOURCE_DATE_EPOCH / FORCE_SOURCE_DATE (xdvipdfmx then writes fixed dates and a fixed /ID).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
EPOCH = "1719792000"  # 2024-07-01, fixed so that re-running gives the same bytes


def label(file: str, name: str | None, name_any: list[str], emails: list[str], phones: list[str],
          links: list[str], education: list[tuple], experience: list[tuple], pubs: int | None,
          first: int | None, sample: list[tuple], interests: list[str], awards: int | None,
          notes: str, language: str = "en", layout: str = "") -> dict:
    """The label as a careful human reads the document (score.py format, as in heldout6-8).

    education: (institution, degree_level, start, end); experience: (organization, title, start, end);
    sample: (title, venue, year, first_author, status, authors).
    """
    return {
        "file": file, "name": name, "name_any": name_any, "emails": emails, "phones": phones,
        "links": links,
        "education": [dict(zip(("institution", "degree_level", "start", "end"), e, strict=True)) for e in education],
        "experience": [dict(zip(("organization", "title", "start", "end"), e, strict=True)) for e in experience],
        "publications_count": pubs, "first_author_count": first,
        "publications_sample": [dict(zip(("title", "venue", "year", "first_author", "status", "authors"), s,
                                         strict=True)) for s in sample],
        "research_interests_any": interests, "awards_count": awards,
        "language": language, "layout": layout, "notes": notes,
    }


def write_label(folder: Path, lab: dict) -> None:
    stem = Path(lab["file"]).stem
    (folder / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


_TEX = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
        "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(s: str) -> str:
    """Escape plain text for LaTeX."""
    return "".join(_TEX.get(c, c) for c in s)


def _env() -> dict:
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
    return env


def write_src(folder: str, files: dict[str, str]) -> Path:
    d = SRC / folder
    d.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def xelatex(folder: Path, main: str, out: Path, biber: bool = False, bibtex: bool = False,
            texinputs: list[Path] | None = None, allow: tuple[str, ...] = ()) -> None:
    """Compile folder/main.tex with XeLaTeX (biber or bibtex when asked) into out; build files go to /tmp."""
    build = Path("/tmp/heldout10-build") / folder.name
    if build.exists():
        shutil.rmtree(build)
    shutil.copytree(folder, build)
    env = _env()
    if texinputs:
        env["TEXINPUTS"] = ":".join(str(p) for p in texinputs) + ":"
        env["BSTINPUTS"] = env["TEXINPUTS"]
    stem = Path(main).stem

    def run(cmd):
        r = subprocess.run(cmd, cwd=build, env=env, capture_output=True, text=True, errors="replace")
        if r.returncode != 0 and cmd[0] != "xelatex":
            raise RuntimeError(f"{cmd} failed in {build}:\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}")
        return r

    x = ["xelatex", "-interaction=nonstopmode", main]
    r = run(x)
    if biber:
        run(["biber", stem])
    if bibtex:
        run(["bibtex", stem])
    run(x)
    r = run(x)
    pdf = build / f"{stem}.pdf"
    errors = [ln for ln in r.stdout.splitlines() if ln.startswith("!") and not any(a in ln for a in allow)]
    if (r.returncode != 0 and errors) or not pdf.exists():
        raise RuntimeError(f"xelatex failed for {folder}:\n{r.stdout[-4000:]}")
    shutil.copyfile(pdf, out)


def typst_pdf(folder: Path, main: str, out: Path) -> None:
    """Compile folder/main with the typst Python package (fixed document date for identical bytes)."""
    import typst

    pdf = typst.compile(str(folder / main), root=str(folder))
    out.write_bytes(pdf)


# Word files: python-docx with fixed core properties and zip times
def fixed_save(doc, path: Path) -> None:
    """Save a python-docx document with fixed core properties and zip timestamps (same bytes every run)."""
    import datetime
    import io
    import zipfile

    cp = doc.core_properties
    when = datetime.datetime(2025, 6, 1, 9, 0, 0)
    cp.created = cp.modified = when
    cp.last_printed = when
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def border_bottom(par, color="4F81BD", sz="8"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)
