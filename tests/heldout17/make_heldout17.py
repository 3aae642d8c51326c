#!/usr/bin/env python3
"""Build heldout17: python tests/heldout17/make_heldout17.py [NN ...]  (all files and labels when no NN is given).

Needs: python-docx, odfpy, rendercv (with its typst), weasyprint, fpdf2; soffice, xelatex, pdflatex, emacs,
asciidoctor-pdf, node with jsonresume-theme-even installed in $H17_NPM (default /tmp/h17npm). See README.md.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kit17 import FILES, SRC, fix_zip, pin_pdf, run, write_label  # noqa: E402

NAMES = {
    "01": "01_us_immunology_assoc_prof_nih_biosketch.docx",
    "02": "02_us_ecology_asst_prof_nsf_biosketch_sciencv_odt_soffice.pdf",
    "03": "03_de_battery_materials_postdoc_rendercv_sb2nov.pdf",
    "04": "04_dk_clinical_data_scientist_jsonresume_even_weasyprint.pdf",
    "05": "05_nl_hydrology_phd_candidate_orgmode_latex.pdf",
    "06": "06_br_pt_agronomy_professor_lattes_asciidoctor_pdf.pdf",
    "07": "07_es_history_contratado_doctor_cvn_fecyt_docx_soffice.pdf",
    "08": "08_ca_kinesiology_assoc_prof_common_cv_fpdf2.pdf",
    "09": "09_au_marine_ecology_level_b_lecturer_word.docx",
    "10": "10_uk_nhs_consultant_gastroenterologist_xelatex.pdf",
    "11": "11_kr_en_mechanical_engineer_bilingual_typst.pdf",
    "12": "12_us_backend_engineer_mcdowell_cv_lualatex.pdf",
    "13": "13_us_mba_finance_associate_word.docx",
}


def soffice_pdf(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", td,
             str(src)])
        shutil.move(str(Path(td) / (src.stem + ".pdf")), out)
    pin_pdf(out)


def b01(out: Path) -> None:
    from docx17 import build_01
    build_01(out)


def b02(out: Path) -> None:
    from odt17 import build_02
    odt = SRC / "02_nsf_biosketch.odt"
    build_02(odt)
    fix_zip(odt)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / (out.stem + ".odt")
        shutil.copy(odt, tmp)
        soffice_pdf(tmp, out)


def b03(out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(SRC / "03_cv.yaml", Path(td) / "cv.yaml")
        run(["rendercv", "render", "cv.yaml", "--dont-generate-png", "--dont-generate-html",
             "--dont-generate-markdown"], cwd=Path(td))
        pdf = next((Path(td) / "rendercv_output").glob("*.pdf"))
        typ = next((Path(td) / "rendercv_output").glob("*.typ"))
        shutil.copy(typ, SRC / "03_rendercv_output.typ")
        shutil.move(str(pdf), out)
    pin_pdf(out)


def b04(out: Path) -> None:
    npm = Path(os.environ.get("H17_NPM", "/tmp/h17npm"))
    html = SRC / "04_even_theme_output.html"
    run(["node", str(Path(__file__).resolve().parent / "render_jsonresume.mjs"), str(SRC / "04_resume.json"),
         str(html)], cwd=npm)
    run(["weasyprint", "-s", str(SRC / "04_print.css"), str(html), str(out)])
    pin_pdf(out)


def b09(out: Path) -> None:
    from docx17 import build_09
    build_09(out)


def b07(out: Path) -> None:
    from docx17 import build_07
    docx = SRC / "07_cvn.docx"
    build_07(docx)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / (out.stem + ".docx")
        shutil.copy(docx, tmp)
        soffice_pdf(tmp, out)


def b13(out: Path) -> None:
    from docx17 import build_13
    build_13(out)


def b05(out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(SRC / "05_cv.org", Path(td) / "05_cv.org")
        run(["emacs", "--batch", "--eval", '(random "heldout17")', "05_cv.org", "-f", "org-latex-export-to-latex"],
            cwd=Path(td))
        texsrc = Path(td) / "05_cv.tex"
        lines = [ln for ln in texsrc.read_text(encoding="utf-8").splitlines() if not ln.startswith("% Created ")]
        texsrc.write_text("\n".join(lines) + "\n", encoding="utf-8")
        shutil.copy(texsrc, SRC / "05_cv.org-output.tex")
    tex(SRC / "05_cv.org-output.tex", out, engine="pdflatex", runs=2)


def b06(out: Path) -> None:
    run(["asciidoctor-pdf", "-o", str(out), str(SRC / "06_lattes.adoc")])
    pin_pdf(out)


def b08(out: Path) -> None:
    from ccv17 import build_08
    build_08(out)
    pin_pdf(out)


def tex(src: Path, out: Path, engine: str = "xelatex", extra: list[Path] | None = None, runs: int = 1) -> None:
    with tempfile.TemporaryDirectory() as td:
        shutil.copy(src, Path(td) / src.name)
        for e in extra or []:
            shutil.copy(e, Path(td) / e.name)
        for _ in range(runs):
            run([engine, "-interaction=nonstopmode", "-halt-on-error", src.name], cwd=Path(td))
        shutil.move(str(Path(td) / (src.stem + ".pdf")), out)
    pin_pdf(out)


def b10(out: Path) -> None:
    tex(SRC / "10_nhs_cv.tex", out, engine="xelatex", runs=2)


def b11(out: Path) -> None:
    import typst
    typst.compile(str(SRC / "11_kr_en.typ"), output=str(out))
    pin_pdf(out)


def b12(out: Path) -> None:
    tex(SRC / "12_mcdowell.tex", out, engine="lualatex", extra=[SRC / "mcdowellcv.cls"])


BUILDERS = {k: v for k, v in globals().items() if k.startswith("b") and k[1:].isdigit()}


def main(argv: list[str]) -> None:
    import labels17
    FILES.mkdir(exist_ok=True)
    wanted = argv or sorted(NAMES)
    for nn in wanted:
        b = BUILDERS.get(f"b{nn}")
        if b is None:
            continue
        out = FILES / NAMES[nn]
        b(out)
        write_label({"file": NAMES[nn], **labels17.LABELS.get(nn, {})})
        print(nn, out.name, out.stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1:])
