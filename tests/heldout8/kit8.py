"""Writers for the eighth held-out set: everything comes from ../heldout7/kit7.py (which in
turn imports heldout6's PDF/DOCX writers), plus two small helpers for shapes the earlier sets
did not need (a three-cell row and a dot-leader line). Every person written with these is
invented; dates inside the files are fixed so that re-running gives the same bytes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout7"))

from kit7 import (  # noqa: E402,F401 - re-exported to this set's builders
    DEJAVU,
    WQY,
    box,
    fixed_docx,
    font,
    gutter_entry,
    label,
    left_right,
    line,
    new_pdf,
    para,
    rule,
    save_docx,
    write_label,
)


def three_cells(pdf, a: str, b: str, c: str, size: float = 10, style: str = "B", family: str = "main",
                split: tuple[float, float] = (0.5, 0.25), h: float = 5) -> None:
    """One row of three cells: left-aligned, centred, right-aligned (a tabular row in LaTeX)."""
    from fpdf.enums import XPos, YPos

    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_x(pdf.l_margin)
    pdf.set_font(family, style, size)
    pdf.cell(w * split[0], h, a, new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.set_font(family, "", size)
    pdf.cell(w * split[1], h, b, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(w - w * sum(split), h, c, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def leader_line(pdf, left: str, right: str, size: float = 10, family: str = "main", h: float = 5) -> None:
    """'Left ........ right': dots fill the gap between a text and a right-aligned date."""
    from fpdf.enums import XPos, YPos

    pdf.set_font(family, "", size)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    gap = w - pdf.get_string_width(left + " ") - pdf.get_string_width(" " + right)
    dots = "." * max(3, int(gap / pdf.get_string_width(".")) - 1)
    pdf.set_x(pdf.l_margin)
    pdf.cell(0, h, f"{left} {dots}", new_x=XPos.LMARGIN, new_y=YPos.TOP)
    pdf.cell(0, h, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
