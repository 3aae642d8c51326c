#!/usr/bin/env python3
"""Build heldout26 (invented Chinese and bilingual CVs of people between industry and research).

Usage: python tests/heldout26/make_heldout26.py [NN ...]
Writes files/ and expected/ next to this script. See README.md for the producers and pinning.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx26  # noqa: E402
import kit26  # noqa: E402
import labels26  # noqa: E402

SRC, FILES = kit26.SRC, kit26.FILES
ENV = dict(os.environ, SOURCE_DATE_EPOCH=kit26.EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")

NAMES = {
    "01": "01_zh_nlp_master_graduate_wps_template.docx",
    "02": "02_zh_perception_engineer_bosszhipin_weasyprint.pdf",
    "03": "03_zh_battery_researcher_liepin_weasyprint.pdf",
    "04": "04_zh_medchem_scientist_zhaopin_weasyprint.pdf",
    "05": "05_zh_database_phd_resume_ng_xelatex.pdf",
    "06": "06_zh_ecology_postdoc_pasted.md",
    "07": "07_zh_robotics_engineer_pasted.txt",
    "08": "08_hk_zh_en_statistics_postdoc_word_libreoffice.pdf",
    "09": "09_tw_zh_en_semiconductor_engineer_xelatex.pdf",
    "10": "10_en_cn_speech_engineer_word.docx",
    "11": "11_en_cn_environmental_scientist_lualatex.pdf",
    "12": "12_en_cn_optimization_researcher_pasted.md",
}


def run(cmd: list[str], cwd: Path) -> None:
    subprocess.run(cmd, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def weasy(src: str, out: Path) -> None:
    run(["weasyprint", str(SRC / src), str(out)], SRC)
    kit26.pin_pdf(out)


def tex(engine: str, src: str, out: Path, extra: dict[str, str] | None = None, passes: int = 1) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(SRC / src, t / "cv.tex")
        for dst, s in (extra or {}).items():
            shutil.copy(SRC / s, t / dst)
        for _ in range(passes):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], t)
        shutil.copy(t / "cv.pdf", out)
    kit26.pin_pdf(out)


def libreoffice(docx: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(docx, t / "cv.docx")
        run(["soffice", f"-env:UserInstallation=file://{t}/profile", "--headless", "--convert-to", "pdf",
             "cv.docx"], t)
        shutil.copy(t / "cv.pdf", out)
    kit26.pin_pdf(out)


def build(nn: str) -> None:
    out = FILES / NAMES[nn]
    if nn == "01":
        docx26.build_01(out)
        kit26.fix_docx(out)
    elif nn == "02":
        weasy("02_bosszhipin.html", out)
    elif nn == "03":
        weasy("03_liepin.html", out)
    elif nn == "04":
        weasy("04_zhaopin.html", out)
    elif nn == "05":
        tex("xelatex", "05_body.tex", out, {"resume.cls": "resume-ng.cls"})
    elif nn == "06":
        shutil.copy(SRC / "06_resume.md", out)
    elif nn == "07":
        shutil.copy(SRC / "07_resume.txt", out)
    elif nn == "08":
        docx = SRC / "08_hk_cv.docx"
        docx26.build_08(docx)
        kit26.fix_docx(docx)
        libreoffice(docx, out)
    elif nn == "09":
        tex("xelatex", "09_tw_cv.tex", out)
    elif nn == "10":
        docx26.build_10(out)
        kit26.fix_docx(out)
    elif nn == "11":
        tex("lualatex", "11_cv.tex", out, passes=2)
    elif nn == "12":
        shutil.copy(SRC / "12_resume.md", out)
    label = labels26.LABELS[nn]
    kit26.write_label({"file": NAMES[nn], **label})


def main(argv: list[str]) -> int:
    FILES.mkdir(exist_ok=True)
    kit26.EXPECTED.mkdir(exist_ok=True)
    for nn in argv or sorted(NAMES):
        build(nn)
        print("built", NAMES[nn])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
