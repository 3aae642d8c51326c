"""Small layout helpers and the label builder shared by the held-out-3 generators.

Every person, address, number and paper title in this set is invented; real
institutions and journals appear only as public names.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def label(file: str, name: str | None, *, name_any: list[str] | None = None, emails: list[str],
          phones: list[str], links: list[str], education: list[tuple], experience: list[tuple],
          publications_count: int, first_author_count: int, publications_sample: list[tuple],
          research_interests_any: list[str], awards_count: int | None, notes: str) -> dict:
    """One label in the score.py format; tuples keep the CV modules short and readable."""
    return {
        "file": file,
        "name": name,
        "name_any": name_any or [],
        "emails": emails,
        "phones": phones,
        "links": links,
        "education": [dict(zip(("institution", "degree_level", "start", "end"), e, strict=True)) for e in education],
        "experience": [dict(zip(("organization", "title", "start", "end"), e, strict=True)) for e in experience],
        "publications_count": publications_count,
        "first_author_count": first_author_count,
        "publications_sample": [dict(zip(("title", "venue", "year"), p, strict=True)) for p in publications_sample],
        "research_interests_any": research_interests_any,
        "awards_count": awards_count,
        "notes": notes,
    }


class Pdf(FPDF):
    """An A4/Letter page with DejaVu Sans and Serif (Unicode) and an optional footer."""

    def __init__(self, footer: str | None = None, fmt: str = "A4", margin: float = 18) -> None:
        super().__init__(format=fmt)
        self.footer_text = footer
        self.set_margins(margin, 16, margin)
        self.set_auto_page_break(True, 18)
        for fam, stem in (("sans", "DejaVuSans"), ("serif", "DejaVuSerif")):
            italic = "Oblique" if fam == "sans" else "Italic"
            self.add_font(fam, "", str(FONT_DIR / f"{stem}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{stem}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{stem}-{italic}.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{stem}-Bold{italic}.ttf"))
        # a fixed date keeps regenerated files byte-identical
        self.set_creation_date(datetime(2025, 3, 1, tzinfo=UTC))
        self.add_page()

    def footer(self) -> None:  # fpdf2 hook, called on every page
        if self.footer_text:
            self.set_y(-12)
            self.set_font("sans", "", 8)
            self.cell(0, 5, self.footer_text.format(page=self.page_no(), pages="{nb}"), align="C")

    def para(self, text: str, size: float = 10, style: str = "", indent: float = 0,
             h: float | None = None, family: str | None = None, align: str = "L") -> None:
        self.set_font(family or self.font_family or "sans", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def row(self, left: str, right: str, size: float = 10, style: str = "", indent: float = 0,
            rstyle: str | None = None) -> None:
        """Left text with a right-aligned date on the same baseline."""
        self.set_font(self.font_family, style, size)
        self.set_x(self.l_margin + indent)
        width = self.w - self.r_margin - self.get_x()
        self.cell(width * 0.75, size * 0.5, left)
        self.set_font(self.font_family, style if rstyle is None else rstyle, size)
        self.cell(0, size * 0.5, right, align="R", new_x="LMARGIN", new_y="NEXT")

    def dated(self, date: str, text: str, size: float = 10, datew: float = 32, style: str = "") -> None:
        """A CV-table row: the period in a narrow left column, the entry beside it."""
        # break the page first, or the date and its entry would land on different pages
        if self.get_y() + size > self.page_break_trigger:
            self.add_page()
        self.set_font(self.font_family, "", size)
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(datew, size * 0.5, date)
        self.set_xy(self.l_margin + datew, y)
        self.set_font(self.font_family, style, size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")

    def smallcaps(self, text: str, size: float = 12) -> None:
        """A LaTeX-like small-caps heading: capital initials, smaller capitals after them."""
        self.set_font("serif", "", size)
        for i, word in enumerate(text.split()):
            if i:
                self.write(size * 0.5, " ")
            self.set_font("serif", "", size)
            self.write(size * 0.5, word[0].upper())
            self.set_font("serif", "", size * 0.78)
            self.write(size * 0.5, word[1:].upper())
        self.ln(size * 0.6)

    def rule(self) -> None:
        y = self.get_y() + 0.5
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(2)
