"""Small layout helpers that turn invented CV content into real PDF and DOCX files.

The second held-out set needs documents that look like what committees really
receive (tight LaTeX-like pages, date columns, underlined authors, Word tables),
so these helpers expose layout primitives rather than one fixed CV template.
Everything written with them is invented.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

# A run of text with its style: "" plain, "B" bold, "I" italic, "U" underline (combinable).
Run = tuple[str, str]


class Pdf:
    """An A4/Letter page writer with the few moves CV templates actually make."""

    def __init__(self, family: str = "serif", size: float = 10.5, margin: float = 18,
                 letter: bool = False, cjk: bool = False) -> None:
        self.pdf = FPDF(format="letter" if letter else "A4")
        self.pdf.set_margins(margin, margin, margin)
        self.pdf.set_auto_page_break(True, margin=margin)
        self.size = size
        if cjk:
            # One face for all styles: WenQuanYi has no bold/italic files.
            for style in ("", "B", "I", "BI"):
                self.pdf.add_font("body", style, str(WQY))
        else:
            base = "DejaVuSerif" if family == "serif" else "DejaVuSans"
            faces = {"": "", "B": "-Bold", "I": "-Italic" if family == "serif" else "-Oblique",
                     "BI": "-BoldItalic" if family == "serif" else "-BoldOblique"}
            for style, suffix in faces.items():
                self.pdf.add_font("body", style, str(DEJAVU / f"{base}{suffix}.ttf"))
        self.pdf.add_page()
        self.font("")

    @property
    def width(self) -> float:
        return self.pdf.w - self.pdf.l_margin - self.pdf.r_margin

    def font(self, style: str = "", size: float | None = None) -> None:
        self.pdf.set_font("body", style, size or self.size)

    def line(self, text: str, style: str = "", size: float | None = None, align: str = "L",
             link: str = "", gap: float = 0.0) -> None:
        """One line of text (wrapped if long), optionally a clickable link."""
        self.font(style, size)
        h = (size or self.size) * 0.5
        if link:
            self.pdf.cell(self.width, h, text, align=align, link=link,
                          new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.pdf.multi_cell(self.width, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            self.pdf.ln(gap)

    def runs(self, runs: list[Run], indent: float = 0.0, size: float | None = None) -> None:
        """A paragraph of mixed styles (an author list with the candidate underlined)."""
        h = (size or self.size) * 0.5
        left = self.pdf.l_margin
        self.pdf.set_left_margin(left + indent)
        self.pdf.set_x(left + indent)
        for text, style in runs:
            self.font(style, size)
            self.pdf.write(h, text)
        self.pdf.ln(h)
        self.pdf.set_left_margin(left)
        self.font("")

    def rule(self, gap: float = 1.5) -> None:
        y = self.pdf.get_y() + 0.5
        self.pdf.line(self.pdf.l_margin, y, self.pdf.w - self.pdf.r_margin, y)
        self.pdf.ln(gap)

    def heading(self, text: str, size: float | None = None, rule: bool = True, before: float = 3.0) -> None:
        self.pdf.ln(before)
        self.line(text, "B", size or self.size + 1.5)
        if rule:
            self.rule()

    def row(self, left: str, right: str, style: str = "B", right_style: str = "",
            size: float | None = None) -> None:
        """Left text and right-aligned text on the same baseline (dates flush right)."""
        h = (size or self.size) * 0.5
        self.font(right_style, size)
        rw = self.pdf.get_string_width(right) + 1
        self.font(style, size)
        self.pdf.cell(self.width - rw, h, left)
        self.font(right_style, size)
        self.pdf.cell(rw, h, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def dated(self, when: str, text: str | list[Run], col: float = 30.0) -> None:
        """A date in a fixed left column and the entry wrapped beside it."""
        h = self.size * 0.5
        if self.pdf.get_y() + 2 * h > self.pdf.page_break_trigger:
            self.pdf.add_page()  # keep the date with its entry, as a typesetter would
        y = self.pdf.get_y()
        self.font("")
        self.pdf.cell(col, h, when)
        self.pdf.set_xy(self.pdf.l_margin + col, y)
        if isinstance(text, str):
            self.pdf.multi_cell(self.width - col, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.runs(text, indent=col)
        self.pdf.ln(0.8)

    def bullet(self, text: str, indent: float = 4.0, mark: str = "•") -> None:
        h = self.size * 0.5
        self.font("")
        self.pdf.set_x(self.pdf.l_margin + indent)
        self.pdf.cell(4, h, mark)
        self.pdf.multi_cell(self.width - indent - 4, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def gap(self, mm: float = 2.0) -> None:
        self.pdf.ln(mm)

    def save(self, path: Path) -> int:
        self.pdf.output(str(path))
        return self.pdf.page_no()


class Docx:
    """A Word document with headings, tab-aligned dates, mixed runs and tables."""

    def __init__(self, font: str = "Calibri", size: float = 10.5) -> None:
        self.doc = Document()
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(size)
        for section in self.doc.sections:
            section.left_margin = section.right_margin = Inches(0.8)
            section.top_margin = section.bottom_margin = Inches(0.7)

    def para(self, runs: str | list[Run], align: str = "L", size: float | None = None,
             space_after: float = 2) -> None:
        p = self.doc.add_paragraph()
        p.alignment = {"L": WD_ALIGN_PARAGRAPH.LEFT, "C": WD_ALIGN_PARAGRAPH.CENTER,
                       "R": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(space_after)
        for text, style in ([(runs, "")] if isinstance(runs, str) else runs):
            r = p.add_run(text)
            r.bold, r.italic, r.underline = "B" in style, "I" in style, "U" in style
            if size:
                r.font.size = Pt(size)

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def tabbed(self, left: str, right: str, style: str = "B") -> None:
        """Left text, a right tab stop, and the dates flush right: the usual Word CV line."""
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        width = self.doc.sections[0].page_width - self.doc.sections[0].left_margin \
            - self.doc.sections[0].right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.bold, r.italic = "B" in style, "I" in style
        p.add_run("\t" + right)

    def bullet(self, text: str) -> None:
        self.doc.add_paragraph(text, style="List Bullet")

    def table(self, rows: list[list[str]], header: bool = True) -> None:
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.text = text
                if header and i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        self.doc.add_paragraph()

    def save(self, path: Path) -> None:
        self.doc.save(str(path))
