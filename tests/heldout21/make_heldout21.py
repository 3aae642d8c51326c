#!/usr/bin/env python3
"""Build heldout21 (invented Chinese academic CVs) reproducibly: files/, src/ and expected/.

Usage: python tests/heldout21/make_heldout21.py [NN ...]
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.update({"SOURCE_DATE_EPOCH": "1767225600", "FORCE_SOURCE_DATE": "1", "TZ": "UTC"})

import docx21  # noqa: E402
import html21  # noqa: E402
import kit21  # noqa: E402
import labels21  # noqa: E402
import tex21  # noqa: E402
import text21  # noqa: E402
import typ21  # noqa: E402

NAMES = {
    "01": "01_zh_materials_postdoc_lecturer_applicant_hijiangtao_resume_xelatex.pdf",
    "02": "02_zh_chemistry_assoc_prof_applicant_word_form_paper_table.docx",
    "03": "03_zh_cs_researcher_bairen_word_libreoffice.pdf",
    "04": "04_zh_economics_lecturer_applicant_weasyprint_sidebar.pdf",
    "05": "05_zh-Hant_tw_environmental_asst_prof_applicant_typst_grid.pdf",
    "06": "06_zh_neurology_attending_pasted_text.txt",
    "07": "07_en_cn_physics_postdoc_word.docx",
    "08": "08_zh-Hant_en_hk_rehabilitation_rap_weasyprint_bilingual.pdf",
    "09": "09_zh_ai_phd_student_markdown.md",
    "10": "10_zh_ecology_assistant_researcher_wps_band_libreoffice.pdf",
    "11": "11_en_cn_statistics_masters_student_typst.pdf",
    "12": "12_zh_robotics_assoc_prof_xelatex_xecjk_fancyhdr.pdf",
}
TEMPLATE_REPO = Path("/work/.mirror/hijiangtao+resume/repo")
TEMPLATE_COMMIT = "408f9ab"  # hijiangtao/resume, MIT
TEMPLATE_TEXT = ["resume.cls", "fontawesome.sty", "linespacing_fix.sty", "LICENSE"]
TEMPLATE_FONTS = ["fonts/fontawesome-webfont.ttf", "fonts/Main/Fontin-SmallCaps.otf"] + [
    f"fonts/Main/texgyretermes-{s}.otf" for s in ("regular", "bold", "italic", "bolditalic")]


def run(cmd, cwd):
    subprocess.run(cmd, cwd=cwd, env=kit21.ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def xelatex(tex: str, work: Path, passes: int = 1) -> Path:
    (work / "cv.tex").write_text(tex, encoding="utf-8")
    for _ in range(passes):
        run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], work)
    return work / "cv.pdf"


def libreoffice(docx: Path) -> Path:
    profile = kit21.BUILD / "lo_profile"
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(docx.parent), str(docx)], docx.parent)
    return docx.with_suffix(".pdf")


def place(pdf: Path, nn: str) -> None:
    out = kit21.FILES / NAMES[nn]
    shutil.copyfile(pdf, out)
    kit21.pin_pdf(out)


def b01():
    work = kit21.BUILD / "t01"
    shutil.rmtree(work, ignore_errors=True)
    (work / "fonts" / "Main").mkdir(parents=True)
    dst = kit21.SRC / "01_hijiangtao_resume"
    dst.mkdir(parents=True, exist_ok=True)
    for f in TEMPLATE_TEXT + TEMPLATE_FONTS:
        data = subprocess.run(["git", "-C", str(TEMPLATE_REPO), "show", f"{TEMPLATE_COMMIT}:{f}"],
                              check=True, capture_output=True).stdout
        (work / f).write_bytes(data)
        if f in TEMPLATE_TEXT:
            (dst / f).write_bytes(data)
    (work / "zh_CN-notofonts.sty").write_text(tex21.ZH_NOTO_STY, encoding="utf-8")
    (kit21.SRC / "01_zh_CN-notofonts.sty").write_text(tex21.ZH_NOTO_STY, encoding="utf-8")
    (kit21.SRC / "01_cv.tex").write_text(tex21.TEX_01, encoding="utf-8")
    place(xelatex(tex21.TEX_01, work), "01")


def b02():
    docx21.build_02(kit21.FILES / NAMES["02"])


def b03():
    src = kit21.BUILD / "03" / "03_cv.python-docx.docx"
    src.parent.mkdir(parents=True, exist_ok=True)
    docx21.build_03_docx(src)
    shutil.copyfile(src, kit21.SRC / src.name)
    place(libreoffice(src), "03")


def weasy(html: str, css: str, nn: str):
    import weasyprint
    page = html.replace("{css}", css)
    (kit21.SRC / f"{nn}_cv.html").write_text(page, encoding="utf-8")
    pdf = kit21.BUILD / f"{nn}.pdf"
    weasyprint.HTML(string=page).write_pdf(pdf)
    place(pdf, nn)


def b04():
    weasy(html21.HTML_04, html21.CSS_04, "04")


def typ(src: str, nn: str):
    import typst
    path = kit21.SRC / f"{nn}_cv.typ"
    path.write_text(src, encoding="utf-8")
    pdf = kit21.BUILD / f"{nn}.pdf"
    typst.compile(str(path), output=str(pdf))
    place(pdf, nn)


def b05():
    typ(typ21.TYP_05, "05")


def b06():
    (kit21.FILES / NAMES["06"]).write_text(text21.TXT_06, encoding="utf-8")


def b07():
    docx21.build_07(kit21.FILES / NAMES["07"])


def b08():
    weasy(html21.HTML_08, html21.CSS_08, "08")


def b09():
    (kit21.FILES / NAMES["09"]).write_text(text21.MD_09, encoding="utf-8")


def b10():
    src = kit21.BUILD / "10" / "10_cv.python-docx.docx"
    src.parent.mkdir(parents=True, exist_ok=True)
    docx21.build_10_docx(src)
    shutil.copyfile(src, kit21.SRC / src.name)
    place(libreoffice(src), "10")


def b11():
    typ(typ21.TYP_11, "11")


def b12():
    work = kit21.BUILD / "t12"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (kit21.SRC / "12_cv.tex").write_text(tex21.TEX_12, encoding="utf-8")
    place(xelatex(tex21.TEX_12, work, passes=2), "12")


BUILDERS = {nn: globals()[f"b{nn}"] for nn in NAMES}


def main(argv: list[str]) -> int:
    wanted = argv or list(NAMES)
    kit21.BUILD.mkdir(parents=True, exist_ok=True)
    for d in (kit21.FILES, kit21.SRC, kit21.EXPECTED):
        d.mkdir(exist_ok=True)
    for nn in wanted:
        BUILDERS[nn]()
        lab = dict(labels21.LABELS[nn]) if nn in labels21.LABELS else None
        if lab is not None:
            kit21.write_label({"file": NAMES[nn], **lab})
        print(nn, NAMES[nn], "label" if lab else "NO LABEL")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
