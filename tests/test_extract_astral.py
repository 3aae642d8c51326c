"""A character beyond the BMP (an emoji-like icon) in a PDF's text layer (an invented person)."""
from __future__ import annotations

import json

from reviewer.extract import extract
from reviewer.parsing import parse_document
from tests.factories import UNICODE_FONT

_ICON = "\U0001F030"  # beyond the BMP, and in DejaVu Sans: pdfium reads it as two UTF-16 halves


def test_an_icon_beyond_the_bmp_reaches_the_profile_whole(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dejavu", "", str(UNICODE_FONT))
    pdf.add_page()
    pdf.set_font("dejavu", "", 16)
    pdf.text(20, 20, "Gong Invented")
    pdf.set_font("dejavu", "", 9)
    pdf.text(20, 30, f"{_ICON} 186 5550 3140 ✉ gong.invented@example.com")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    doc = extract(path)
    assert any(_ICON in line.text for line in doc.lines)  # the pair put together, not two halves
    profile = parse_document(doc, str(path))
    json.dumps(profile.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")  # a half alone fails here
    assert profile.emails == ["gong.invented@example.com"]
