"""The PDF reader's own page handles (pdf_pages) and its rounding answer as pypdfium2 and round() do."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.extract.pdf import read_pdf
from reviewer.extract.pdf_pages import TextPage, open_page
from tests.factories import Person, write_pdf

# A real Chromium PDF whose page 1 has a character pdfium leaves out of its text (index 200):
# the text range around it is narrowed first, as pypdfium2 does (crbug.com/pdfium/2079).
_EXCLUDED = Path(__file__).parent / "heldout12" / "files" / "01_ml_engineer_notion_export_chromium.pdf"


def _ranges(n: int, excluded: list[int]) -> list[tuple[int, int]]:
    ranges = [(0, -1), (0, n), (1, n - 2), (n // 3, n // 3), (n - 1, 1), (5, -1)]
    for k in excluded:  # starting, ending on and around a character with no text index
        ranges += [(k, 1), (k, 3), (k - 2, 3), (k - 2, 5), (k - 1, 2), (k, -1)]
    return ranges


def test_text_range_as_pypdfium2s(tmp_path):
    generated = write_pdf(tmp_path / "cv.pdf", Person(name="Pia Pageread"), link="https://example.org/pia")
    seen_excluded = 0
    for path in (generated, _EXCLUDED):
        pdf = pdfium.PdfDocument(str(path))
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                n = textpage.count_chars()
                excluded = [k for k in range(n) if pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, k) == -1]
                seen_excluded += len(excluded)
                ours = TextPage(textpage.raw)
                for start, count in _ranges(n, excluded):
                    assert ours.get_text_range(start, count) == textpage.get_text_range(start, count), \
                        (path.name, index, start, count)
                textpage.close()
                page.close()
        finally:
            pdf.close()
    assert seen_excluded  # the narrowing was exercised


def test_open_page_gives_both_handles_or_none(tmp_path):
    path = write_pdf(tmp_path / "cv.pdf", Person(name="Pia Pageread"))
    pdf = pdfium.PdfDocument(str(path))
    try:
        with open_page(pdf, 0) as (page, textpage):
            assert page is not None and textpage is not None
            assert pdfium_c.FPDF_GetPageWidthF(page) == pdf[0].get_width()
            assert "Pia Pageread" in textpage.get_text_range()
        with open_page(pdf, len(pdf)) as (page, textpage):  # no such page: pdfium loads nothing
            assert page is None and textpage is None
    finally:
        pdf.close()
    assert any(line.text == "Pia Pageread" for line in read_pdf(path).lines)


def test_metadata_as_pypdfium2s_dict(tmp_path):
    from fpdf import FPDF

    from reviewer.extract.pdf_pages import metadata

    long_title = "Curriculum Vitae of Pia Pageread, " * 40  # ~1,400 characters: more than the first buffer holds
    for name, title, author in (("long.pdf", long_title, "Pia Pageread"), ("short.pdf", "CV", "Zoë Ünal"),
                                ("none.pdf", "", "")):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 6, "Pia Pageread")
        if title:
            pdf.set_title(title)
            pdf.set_subject("Application")
            pdf.set_keywords("cv, robotics")
        if author:
            pdf.set_author(author)
        pdf.output(str(tmp_path / name))
        doc = pdfium.PdfDocument(str(tmp_path / name))
        try:
            expected = doc.get_metadata_dict(skip_empty=True)
            assert metadata(doc) == expected, name
            if title:
                assert expected["Title"] == title and expected["Author"] == author
        finally:
            doc.close()


def test_tenths_is_round_to_one_decimal():
    """pdf.tenths gives round(x, 1)'s float (repr and sign included): on positions as the
    reader meets them, on exact and near halves (0.35 is below a half in binary, 0.25
    exactly one: round-half-even), and outside its fast range."""
    import random

    from reviewer.extract.pdf import tenths

    rng = random.Random(7)
    values = [rng.uniform(0, 1000) for _ in range(20000)]
    values += [k / 20 + e for k in range(0, 20001, 7) for e in (0.0, 1e-13, -1e-13, 1e-9, -1e-9)]
    values += [0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 2.675, 1e6, 999999.95, 1e-300, -3.25, -0.04,
               float("inf"), float("-inf")]
    for x in values:
        assert repr(tenths(x)) == repr(round(x, 1)), x
    assert repr(tenths(float("nan"))) == "nan"
