"""Small writers for the seventh held-out set: PDF (fpdf2) and DOCX (python-docx) helpers and
the label format that ../../shared/eval/score.py reads. Copied from ../heldout6/kit6.py (so each
set regenerates on its own), plus the Word run/paragraph helpers of ../heldout6/cvs_c6.py.

Every person written with these is invented. Dates inside the files are fixed so that
re-running the generator gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

FIXED = dt.datetime(2026, 3, 2, 9, 0, 0, tzinfo=dt.UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def new_pdf(serif: bool = False, cjk: bool = False, footer: str = "", fmt: str = "A4",
            margins: tuple[float, float, float] = (10, 10, 10), page_numbers: bool = True):
    """An FPDF with font families "main" (regular/bold/italic) and optionally "cjk"
    (WenQuanYi Micro Hei, registered as regular and bold). `footer` is printed at the
    bottom of every page (a running footer)."""
    from fpdf import FPDF

    class _Pdf(FPDF):
        def footer(self) -> None:  # fpdf2 calls this on every page
            if footer:
                self.set_y(-12)
                self.set_font("main", "", 7.5)
                self.set_text_color(110, 110, 110)
                text = f"{footer}   {self.page_no()}" if page_numbers else footer
                self.cell(0, 5, text, align="C")
                self.set_text_color(0, 0, 0)

    pdf = _Pdf(format=fmt)
    pdf.set_creation_date(FIXED)
    pdf.set_margins(*margins)
    pdf.set_auto_page_break(True, margin=18)
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("main", "", DEJAVU + base + ".ttf")
    pdf.add_font("main", "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font("main", "I", DEJAVU + base + ("-Italic.ttf" if serif else "-Oblique.ttf"))
    pdf.add_font("main", "BI", DEJAVU + base + ("-BoldItalic.ttf" if serif else "-BoldOblique.ttf"))
    if cjk:
        pdf.add_font("cjk", "", WQY)
        pdf.add_font("cjk", "B", WQY)
    pdf.add_page()
    return pdf


def line(pdf, text: str, size: float = 10, style: str = "", h: float = 5, align: str = "L",
         family: str = "main", color: tuple[int, int, int] = (0, 0, 0), w: float = 0) -> None:
    """One wrapped paragraph starting at the current left margin."""
    from fpdf.enums import XPos, YPos

    pdf.set_font(family, style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def left_right(pdf, left: str, right: str, size: float = 10, style: str = "B", family: str = "main",
               rstyle: str = "", color: tuple[int, int, int] = (0, 0, 0), h: float = 5) -> None:
    """A left text with another text pushed to the right margin on the same baseline."""
    from fpdf.enums import XPos, YPos

    pdf.set_x(pdf.l_margin)
    pdf.set_font(family, style, size)
    pdf.cell(0, h, left, new_x=XPos.LMARGIN, new_y=YPos.TOP)
    pdf.set_font(family, rstyle, size)
    pdf.set_text_color(*color)
    pdf.cell(0, h, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def gutter_entry(pdf, left: str, text: str, size: float = 10, gutter: float = 28, family: str = "main",
                 h: float = 5, lstyle: str = "", align_left: str = "L", style: str = "",
                 lcolor: tuple[int, int, int] = (0, 0, 0)) -> None:
    """A left column (a label or a date that may wrap over two rows) and a wrapped entry beside it."""
    from fpdf.enums import XPos, YPos

    y = pdf.get_y()
    if y > pdf.h - 35:  # keep the two columns on the same page
        pdf.add_page()
        y = pdf.get_y()
    x0 = pdf.l_margin
    pdf.set_font(family, lstyle, size)
    pdf.set_text_color(*lcolor)
    pdf.set_xy(x0, y)
    pdf.multi_cell(gutter - 3, h, left, align=align_left, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    y_left = pdf.get_y()
    pdf.set_font(family, style, size)
    pdf.set_xy(x0 + gutter, y)
    pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(y_left, pdf.get_y()))


def box(pdf, x: float, y: float, w: float, text: str, size: float = 9, style: str = "", h: float = 4.5,
        family: str = "main", color: tuple[int, int, int] = (0, 0, 0), align: str = "L") -> float:
    """A wrapped paragraph in a column at (x, y) of width w; returns the y below it."""
    from fpdf.enums import XPos, YPos

    pdf.set_font(family, style, size)
    pdf.set_text_color(*color)
    pdf.set_xy(x, y)
    pdf.multi_cell(w, h, text, align=align, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    return pdf.get_y()


def rule(pdf, color: tuple[int, int, int] = (0, 0, 0), width: float = 0.2,
         x0: float | None = None, x1: float | None = None) -> None:
    y = pdf.get_y() + 0.5
    pdf.set_draw_color(*color)
    pdf.set_line_width(width)
    pdf.line(pdf.l_margin if x0 is None else x0, y, pdf.w - pdf.r_margin if x1 is None else x1, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(2)


def fixed_docx():
    """A python-docx Document whose core properties do not carry today's date."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.author = cp.last_modified_by = ""
    return d


def save_docx(d, path: Path) -> None:
    """Save with fixed zip timestamps, so re-generating is byte-stable."""
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 3, 2, 9, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


def font(run, size: float | None = None, bold: bool = False, italic: bool = False,
          color: tuple[int, int, int] | None = None, east_asia: str | None = None, small_caps: bool = False):
    """Style one Word run (size in points, colour as RGB, an East Asian font name)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    if small_caps:
        run.font.small_caps = True
    if color:
        run.font.color.rgb = RGBColor(*color)
    if east_asia:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    return run


def para(d, text: str = "", size: float = 10.5, bold: bool = False, italic: bool = False, space_after: float = 2,
          color=None, east_asia: str | None = None, align=None, indent_cm: float | None = None,
          hanging_cm: float | None = None, small_caps: bool = False):
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        p.paragraph_format.first_line_indent = Cm(-hanging_cm)
    if text:
        font(p.add_run(text), size, bold, italic, color, east_asia, small_caps)
    return p


def label(file: str, name: str | None, name_any: list[str], emails: list[str], phones: list[str],
          links: list[str], education: list[tuple], experience: list[tuple], pubs: int | None,
          first: int | None, sample: list[tuple], interests: list[str], awards: int | None,
          notes: str, language: str = "en", layout: str = "") -> dict:
    """The label as a careful human reads the document (score.py format).

    education: (institution, degree_level, start, end); experience: (organization, title,
    start, end); sample: (title, venue, year, first_author, status, authors). score.py reads
    title/venue/year only; the other sample keys document what a reader sees.
    """
    return {
        "file": file, "name": name, "name_any": name_any, "emails": emails, "phones": phones,
        "links": links,
        "education": [dict(zip(("institution", "degree_level", "start", "end"), e, strict=False)) for e in education],
        "experience": [dict(zip(("organization", "title", "start", "end"), e, strict=False)) for e in experience],
        "publications_count": pubs, "first_author_count": first,
        "publications_sample": [dict(zip(("title", "venue", "year", "first_author", "status", "authors"), s,
                                         strict=False)) for s in sample],
        "research_interests_any": interests, "awards_count": awards,
        "language": language, "layout": layout, "notes": notes,
    }


def write_label(folder: Path, lab: dict) -> None:
    stem = Path(lab["file"]).stem
    (folder / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
