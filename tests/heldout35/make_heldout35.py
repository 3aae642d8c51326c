#!/usr/bin/env python3
"""Build heldout35: invented CVs after a conversion (pdf2docx, pandoc, pdftotext, OCR, AbiWord, w3m, ...).

Usage: python tests/heldout35/make_heldout35.py [NN ...]   (no argument: all files, then the labels)
"""
from __future__ import annotations

import random
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs35  # noqa: E402
import labels35  # noqa: E402
from kit35 import FILES, SRC, fix_docx, latex, pin_pdf, run, soffice_convert, write_label  # noqa: E402


def _tmp() -> Path:
    return Path(tempfile.mkdtemp(prefix="h35"))


def _pdf2docx(pdf: Path, out: Path) -> None:
    from pdf2docx import Converter

    conv = Converter(str(pdf))
    conv.convert(str(out))
    conv.close()
    fix_docx(out)


def _word_pdf(builder, name: str) -> Path:
    """Write the Word source into src/ and print it to PDF with LibreOffice (the 'Save as PDF' step)."""
    src = builder(SRC / name)
    pdf = soffice_convert(src, "pdf")
    pin_pdf(pdf)
    return pdf


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes kept as Latin-1), as a web form that assumed cp1252 does."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def _scan(pdf: Path, out: Path, langs: str, seed: int, angle: float, dpi: int = 200, blur: float = 0.7) -> None:
    """Print -> office copier scan (200 or 300 dpi, black and white, slightly skewed, specks) -> Tesseract's PDF renderer."""
    from PIL import Image, ImageFilter

    tmp = _tmp()
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp / "pg")])
    rng = random.Random(seed)
    pages = sorted(tmp.glob("pg-*.png"))
    listed = []
    for i, png in enumerate(pages):
        im = Image.open(png).convert("L")
        im = im.rotate(angle * (1 if i % 2 == 0 else -0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(blur))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 4000):  # toner specks
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.randrange(0, 90)
        bw = im.point(lambda v: 0 if v < 150 else 255, mode="1")
        dst = tmp / f"scan-{i + 1:02d}.png"
        bw.save(dst, dpi=(dpi, dpi))
        listed.append(str(dst))
    (tmp / "list.txt").write_text("\n".join(listed) + "\n")
    run(["tesseract", str(tmp / "list.txt"), str(tmp / "ocr"), "-l", langs, "--dpi", str(dpi), "pdf"])
    shutil.copy(tmp / "ocr.pdf", out)
    pin_pdf(out)


def b01() -> None:
    pdf = latex("01_chem_postdoc.tex")
    pin_pdf(pdf)
    text = run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"]).decode("utf-8")
    text = text.replace("\f", "\n")
    (FILES / "01_us_chemistry_postdoc_latex_pdftotext_paste_mojibake.txt").write_text(
        _mojibake(text), encoding="utf-8")


def b02() -> None:
    pdf = _word_pdf(docs35.zh_materials, "02_source_wps_like.docx")
    _pdf2docx(pdf, FILES / "02_zh_materials_assoc_prof_wps_pdf_pdf2docx.docx")


def b03() -> None:
    src = docs35.uk_history(SRC / "03_source_word.docx")
    md = run(["pandoc", "-f", "docx", "-t", "markdown", "--wrap=auto", "--columns=72", str(src)]).decode("utf-8")
    (FILES / "03_uk_history_lecturer_docx_pandoc_markdown.md").write_text(md, encoding="utf-8")


def b04() -> None:
    pdf = _word_pdf(docs35.au_ecology, "04_source_word.docx")
    _pdf2docx(pdf, FILES / "04_au_ecologist_industry_word_pdf_pdf2docx.docx")


def b05() -> None:
    pdf = _word_pdf(docs35.us_public_health, "05_source_word.docx")
    _scan(pdf, FILES / "05_us_public_health_asst_prof_scan_tesseract.pdf", "eng", 5, 0.7)


def b06() -> None:
    src = docs35.in_civil(SRC / "06_source_word_calibri.docx")
    tmp = _tmp()
    out = tmp / "06.pdf"
    run(["abiword", f"--to={out}", str(src)])
    pin_pdf(out)
    shutil.copy(out, FILES / "06_in_civil_eng_asst_prof_word_abiword_pdf.pdf")


def b07() -> None:
    tmp = _tmp()
    first = tmp / "Profile.pdf"
    run(["weasyprint", str(SRC / "07_linkedin_profile.html"), str(first)])
    pin_pdf(first)
    shutil.copy(first, SRC / "07_linkedin_profile.weasyprint.pdf")
    odg = soffice_convert(first, "odt", infilter="writer_pdf_import")
    # the edit made in LibreOffice (the PDF opened as drawing frames): the headline and the summary's years
    with zipfile.ZipFile(odg) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    edited = tmp / "Profile_edited.odt"
    with zipfile.ZipFile(edited, "w") as z:
        for name, data in items:
            if name == "content.xml":
                data = data.replace(b"8+ years", b"9+ years").replace(b"ex-Revolut", b"ex-Revolut, ex-Farfetch")
            info = zipfile.ZipInfo(name, (2024, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    pdf = soffice_convert(edited, "pdf")
    pin_pdf(pdf)
    shutil.copy(pdf, FILES / "07_us_product_manager_linkedin_pdf_draw_edited.pdf")


def b08() -> None:
    txt = run(["w3m", "-dump", "-cols", "80", "-o", "display_link_number=1", "-T", "text/html",
               str(SRC / "08_econ_homepage.html")]).decode("utf-8")
    txt = re.sub(r"file://\S*/src/", "file:///home/isa/site/_site/", txt).replace("08_econ_homepage.html", "cv.html")
    (FILES / "08_us_economics_asst_prof_html_w3m_dump.txt").write_text(txt, encoding="utf-8")


def b09() -> None:
    pdf = latex("09_zh_ecology_phd.tex", engine="xelatex")
    pin_pdf(pdf)
    text = run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"]).decode("utf-8").replace("\f", "")
    (FILES / "09_zh_ecology_phd_student_xelatex_pdftotext_layout.txt").write_text(text, encoding="utf-8")


def b10() -> None:
    pdf = _word_pdf(docs35.zh_pediatrics, "10_source_word.docx")
    _scan(pdf, FILES / "10_zh_pediatrics_attending_scan_tesseract_chi_sim.pdf", "chi_sim+eng", 10, -0.5, dpi=300, blur=0.5)


def b11() -> None:
    txt = run(["pandoc", "-f", "html", "-t", "plain", "--wrap=auto", "--columns=72",
               str(SRC / "11_sg_bilingual_resume.html")]).decode("utf-8")
    (FILES / "11_sg_bilingual_quant_risk_html_pandoc_plain.txt").write_text(txt, encoding="utf-8")


def b12() -> None:
    src = docs35.de_mecheng(SRC / "12_source_word.docx")
    txt = soffice_convert(src, "txt:Text (encoded):UTF8")
    data = txt.read_bytes().decode("utf-8-sig")
    (FILES / "12_de_mech_eng_doctoral_researcher_word_saved_as_text.txt").write_text(data, encoding="utf-8")


BUILDERS = {f"{i:02d}": globals()[f"b{i:02d}"] for i in range(1, 13) if f"b{i:02d}" in globals()}


def main(argv: list[str]) -> None:
    FILES.mkdir(exist_ok=True)
    for key in argv or sorted(BUILDERS):
        print("building", key, flush=True)
        BUILDERS[key]()
    if not argv:
        for label in labels35.LABELS:
            write_label(label)


if __name__ == "__main__":
    main(sys.argv[1:])
