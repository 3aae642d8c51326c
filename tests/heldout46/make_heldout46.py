#!/usr/bin/env python3
"""Build the heldout46 files: python tests/heldout46/make_heldout46.py [NN ...]

Hand-formatted CVs (structure carried by spaces, typed numbering, underlines, ALL CAPS in the body font).
Producers: python-docx (docx46.py), LibreOffice 7.4 printing three of those DOCX to PDF, fpdf2 (fpdf46.py),
headless Chromium (src/*.htm[l]) and a plain text file (src/12_plain.txt).
Labels are hand-written in labels46.py (not generated from any parser output)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx46  # noqa: E402
import fpdf46  # noqa: E402

SRC, OUT = HERE / "src", HERE / "files"
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1740819600", FORCE_SOURCE_DATE="1", TZ="UTC")
FIXED_DATE = b"20250301090000"

NAMES = {
    "01": "01_us_neuroscience_postdoc_google_docs_caps_rules.pdf",
    "02": "02_ie_civil_engineering_assoc_prof_centred_pages_look.pdf",
    "03": "03_uk_sociology_lecturer_word_spaces_underlined.docx",
    "04": "04_in_chemistry_postdoc_writer_tab_stops_numbered.pdf",
    "05": "05_au_hydrology_senior_lecturer_one_line_entries.pdf",
    "06": "06_gh_physics_lecturer_word_spaces_roman_libreoffice.pdf",
    "07": "07_ph_marine_scientist_layout_table.docx",
    "08": "08_us_epidemiologist_word_web_page_printed.pdf",
    "09": "09_zh_vision_engineer_word_spaces_brackets.docx",
    "10": "10_zh_environmental_assoc_prof_chinese_numbered.pdf",
    "11": "11_zh_en_economist_paragraphs_dash_headings.pdf",
    "12": "12_uk_mechanical_postdoc_plain_text.txt",
}

DOCX_KEPT = {"03": docx46.build_03, "07": docx46.build_07, "09": docx46.build_09}
DOCX_PRINTED = {"04": docx46.build_04, "06": docx46.build_06, "10": docx46.build_10}
FPDF = {"02": fpdf46.build_02, "05": fpdf46.build_05, "11": fpdf46.build_11}


def run(cmd, cwd=None):
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pin_pdf(path: Path) -> None:
    """Same-length rewrite of PDF dates, /ID and XMP uuids/timestamps."""
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:" + FIXED_DATE, b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
               b)
    b = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-03-01T09:00:00", b)
    b = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000046", b)
    path.write_bytes(b)


def fix_zip(path: Path) -> None:
    """Re-zip a DOCX with fixed entry times (content unchanged)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    tmp.replace(path)


def chromium(src: Path, out: Path, header_footer: bool) -> None:
    with tempfile.TemporaryDirectory() as td:
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={td}/u",
               f"--print-to-pdf={out}"]
        if not header_footer:
            cmd.append("--no-pdf-header-footer")
            run(cmd + [src.as_uri()])
            return
        # 08: 'saved as Web Page' in Word, opened in the browser and printed with the browser's header/footer
        # (date + title, file URL + page x/y), as such a file reaches a committee.
        docs = Path(td) / "Users" / "nbrightwater" / "Documents"
        docs.mkdir(parents=True)
        page = docs / "CV_Brightwater.htm"
        shutil.copy(src, page)
        run(cmd + [page.as_uri()])


def soffice_pdf(docx: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to", "pdf",
             "--outdir", td, str(docx)])
        shutil.move(str(Path(td) / (docx.stem + ".pdf")), out)


def build(nn: str) -> None:
    out = OUT / NAMES[nn]
    if nn == "01":
        chromium(SRC / "01_google_docs.html", out, header_footer=False)
    elif nn == "08":
        chromium(SRC / "08_word_web_page.htm", out, header_footer=True)
    elif nn in DOCX_KEPT:
        DOCX_KEPT[nn](out)
        fix_zip(out)
    elif nn in DOCX_PRINTED:
        with tempfile.TemporaryDirectory() as td:
            d = Path(td) / (out.stem + ".docx")
            DOCX_PRINTED[nn](d)
            soffice_pdf(d, out)
    elif nn in FPDF:
        FPDF[nn](str(out))
    elif nn == "12":
        shutil.copy(SRC / "12_plain.txt", out)
    if out.suffix == ".pdf":
        pin_pdf(out)


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    for nn in argv or sorted(NAMES):
        build(nn)
        print(nn, NAMES[nn])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
