"""Small fpdf2 helpers shared by the held-out PDF builders.

Each builder draws its own layout; these helpers only register Unicode fonts
(DejaVu for Latin text, en dashes and symbols, WenQuanYi for CJK) and draw the
two recurring shapes of CV templates: a line with a right-aligned date, and a
paragraph that wraps inside a given column.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CJK = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def new_pdf(*, margins: float = 18, auto_break: bool = True, cls: type[FPDF] = FPDF) -> FPDF:
    """An A4 document with 'sans', 'serif' (regular/bold/italic) and 'cjk' families."""
    pdf = cls(format="A4")
    # A fixed date keeps regenerated files byte-identical, so git shows only real changes.
    pdf.set_creation_date(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))
    pdf.set_margins(margins, 16, margins)
    pdf.set_auto_page_break(auto_break, margin=18)
    for fam, stem in (("sans", "DejaVuSans"), ("serif", "DejaVuSerif")):
        pdf.add_font(fam, "", str(DEJAVU / f"{stem}.ttf"))
        pdf.add_font(fam, "B", str(DEJAVU / f"{stem}-Bold.ttf"))
        ital = "Oblique" if fam == "sans" else "Italic"
        pdf.add_font(fam, "I", str(DEJAVU / f"{stem}-{ital}.ttf"))
        pdf.add_font(fam, "BI", str(DEJAVU / f"{stem}-Bold{ital}.ttf"))
    pdf.add_font("cjk", "", str(CJK))
    return pdf


def line(pdf: FPDF, text: str, *, h: float = 5.2, family: str = "serif", style: str = "",
         size: float = 10, align: str = "L", link: str = "") -> None:
    """One line across the text width, then move to the next line."""
    pdf.set_font(family, style, size)
    pdf.cell(0, h, text, align=align, link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def para(pdf: FPDF, text: str, *, h: float = 5.0, family: str = "serif", style: str = "",
         size: float = 10, x: float | None = None, w: float = 0, markdown: bool = False) -> None:
    """A wrapped paragraph starting at x (default: left margin)."""
    pdf.set_font(family, style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, h, text, markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def dated(pdf: FPDF, left: str, right: str, *, h: float = 5.2, family: str = "serif",
          style: str = "B", size: float = 10, right_style: str = "", x: float | None = None) -> None:
    """A line with text on the left and a right-aligned date, as awesome-cv draws entries."""
    pdf.set_font(family, style, size)
    if x is not None:
        pdf.set_x(x)
    start_x = pdf.get_x()
    pdf.cell(0, h, left, new_x=XPos.LEFT, new_y=YPos.TOP)
    pdf.set_x(start_x)
    pdf.set_font(family, right_style, size)
    pdf.cell(0, h, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def heading(pdf: FPDF, text: str, *, family: str = "serif", size: float = 12, rule: bool = True,
            gap: float = 3) -> None:
    """A section heading, optionally underlined by a thin rule."""
    pdf.ln(gap)
    line(pdf, text, family=family, style="B", size=size, h=6.5)
    if rule:
        y = pdf.get_y()
        pdf.set_line_width(0.2)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.ln(1.5)
