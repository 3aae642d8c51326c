"""One build function per heldout36 file. Each writes files/<name> from sources in src/."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import fo36
from kit36 import FILES, SRC, fix_docx, pin_pdf, run

NAMES = {
    "01": "01_zh_materials_assoc_researcher_talent_recruitment_table_docxjs.docx",
    "02": "02_zh_cardiology_master_phd_shenqing_kaohe_table_fop.pdf",
    "03": "03_zh_civil_engineer_liepin_export_pdfmake.pdf",
    "04": "04_zh_economics_master_wps_sidebar_docxjs.docx",
    "05": "05_zh_en_comparative_literature_lecturer_two_column_docxjs_libreoffice.pdf",
    "06": "06_zh_pharmacology_professor_nsfc_resume_pandoc_odt_libreoffice.pdf",
    "07": "07_tw_history_assistant_professor_roc_years_fop.pdf",
    "08": "08_hk_zh_en_nursing_phd_tabularray_xelatex.pdf",
    "09": "09_zh_ee_senior_engineer_patents_copyrights_pasted.txt",
    "10": "10_en_cn_environmental_postdoc_pdfmake.pdf",
    "11": "11_en_tw_civil_engineering_phd_student_pango_view.pdf",
    "12": "12_en_hk_public_health_assistant_professor.md",
}


def node(script: str, out: Path) -> None:
    run(["node", str(SRC / script), str(out)], cwd=SRC)


def soffice_pdf(src: Path, tmp: Path) -> Path:
    run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp), str(src)])
    return tmp / (src.stem + ".pdf")


def fop(fo: str, tmp: Path, out: Path) -> None:
    run(["fop", "-q", "-c", str(SRC / "fop36.xconf"), "-fo", str(SRC / fo), "-pdf", str(out)], cwd=SRC)


def b01(tmp: Path) -> None:
    out = FILES / NAMES["01"]
    node("01_talent_form.js", out)
    fix_docx(out)


def b02(tmp: Path) -> None:
    out = FILES / NAMES["02"]
    fop(fo36.write02(), tmp, out)
    pin_pdf(out)


def b03(tmp: Path) -> None:
    out = FILES / NAMES["03"]
    node("03_liepin.js", out)
    pin_pdf(out)


def b04(tmp: Path) -> None:
    out = FILES / NAMES["04"]
    node("04_wps_sidebar.js", out)
    fix_docx(out)


def b05(tmp: Path) -> None:
    docx = tmp / "05_bilingual.docx"
    node("05_bilingual.js", docx)
    shutil.copy(docx, SRC / "05_bilingual.docxjs.docx")
    fix_docx(SRC / "05_bilingual.docxjs.docx")
    pdf = soffice_pdf(docx, tmp)
    out = FILES / NAMES["05"]
    shutil.copy(pdf, out)
    pin_pdf(out)


def b06(tmp: Path) -> None:
    odt = tmp / "06_nsfc.odt"
    run(["pandoc", str(SRC / "06_nsfc.md"), "-o", str(odt)], cwd=SRC)
    pdf = soffice_pdf(odt, tmp)
    out = FILES / NAMES["06"]
    shutil.copy(pdf, out)
    pin_pdf(out)


def b07(tmp: Path) -> None:
    out = FILES / NAMES["07"]
    fop(fo36.write07(), tmp, out)
    pin_pdf(out)


def b08(tmp: Path) -> None:
    tex = tmp / "08_hk.tex"
    shutil.copy(SRC / "08_hk.tex", tex)
    for _ in range(2):
        run(["xelatex", "-interaction=batchmode", "-halt-on-error", tex.name], cwd=tmp)
    out = FILES / NAMES["08"]
    shutil.copy(tmp / "08_hk.pdf", out)
    pin_pdf(out)


def b09(tmp: Path) -> None:
    shutil.copy(SRC / "09_pasted.txt", FILES / NAMES["09"])


def b10(tmp: Path) -> None:
    out = FILES / NAMES["10"]
    node("10_en_postdoc.js", out)
    pin_pdf(out)


def _pango(src: Path, o: Path) -> None:
    run(["pango-view", "--markup", "-q", "--width=495", "--margin=50", "--font=Liberation Serif 10",
         "--dpi=72", "--hinting=none", "--output", str(o), str(src)])


def b11(tmp: Path) -> None:
    """pango-view lays out one page per markup file at the text's own height; blank lines pad it to A4."""
    outs = []
    for p in sorted(SRC.glob("11_page*.pango")):
        o = tmp / (p.stem + ".pdf")
        _pango(p, o)
        height = float(re.search(r"x ([0-9.]+) pts", subprocess.run(
            ["pdfinfo", str(o)], capture_output=True, text=True).stdout).group(1))
        padded = tmp / p.name
        padded.write_text(p.read_text(encoding="utf-8") + "\n" * max(0, int((842 - height) / 11.0)),
                          encoding="utf-8")
        _pango(padded, o)
        outs.append(str(o))
    out = FILES / NAMES["11"]
    run(["pdfunite", *outs, str(out)])
    pin_pdf(out)


def b12(tmp: Path) -> None:
    shutil.copy(SRC / "12_cv.md", FILES / NAMES["12"])
