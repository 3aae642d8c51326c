"""A side-bar CV over two pages: the main column's references that run on to page two
belong to its publications, not to the side bar's last section (AltaCV-like, invented)."""
from __future__ import annotations

from reviewer.extract import extract
from reviewer.parsing import parse_document


def _sidebar_cv(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_xy(10, 10)
    pdf.cell(120, 10, "Ines Varga-Holm")
    main = [("Publications", 13, "B")]
    for n in range(1, 13):
        main += [(f"Varga-Holm, I., & Obi, K. ({2000 + n}). Invented study {n} of the peat", 9, ""),
                 ("bogs beside made-up fens. Journal of Mires, 3, 1-9.", 9, "")]
    y = 26
    for text, size, style in main:
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(10, y)
        pdf.cell(115, 5, text)
        y += 7 if size > 9 else 5.2  # down to the foot of page one
    side = [("Languages", 13, "B"), ("Estonian", 9, ""), ("Welsh", 9, ""), ("Service", 13, "B"),
            ("Reviewer for an invented journal", 9, ""), ("Organiser of a made-up meetup", 9, "")]
    y = 30
    for text, size, style in side:  # its own leading: an independent flow
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(140, y)
        pdf.cell(60, 6, text)
        y += 9
    pdf.add_page()  # page two: the main column runs on, no heading above it
    y = 12
    for n in range(13, 16):
        for text in (f"Varga-Holm, I., & Lund, S. ({2000 + n}). Invented study {n} of the peat",
                     "bogs beside made-up fens. Journal of Mires, 3, 1-9."):
            pdf.set_font("Helvetica", "", 9)
            pdf.set_xy(10, y)
            pdf.cell(115, 5, text)
            y += 5.2
    pdf.output(str(path))
    return path


def test_references_continued_on_page_two_stay_in_the_main_columns_list(tmp_path):
    profile = parse_document(extract(_sidebar_cv(tmp_path / "altacv.pdf")), "altacv.pdf")
    assert [p.year for p in profile.publications] == list(range(2001, 2016))
    assert all(p.title and p.title.startswith("Invented study") for p in profile.publications)
