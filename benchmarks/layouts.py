"""Lay an invented `Person` out as a PDF (one column, sidebar, two flowing
columns), a DOCX (plain or with a sidebar table), or TXT/Markdown.

PDFs are drawn with `FPDF.text()` and our own word wrap instead of
`multi_cell`: multi_cell costs ~60 ms a page, text() ~1 ms, and generating
1,000 files has to stay well under a minute on two shared cores.
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
import random
from pathlib import Path

from benchmarks.cvdata import Person, header_lines, sections

FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # same seed, same bytes
CJK_FONT_CANDIDATES = (
    os.environ.get("BENCH_CJK_FONT", ""),
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # fonts-wqy-microhei; fpdf2 >= 2.8 reads .ttc
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback (no Latin glyphs)
)


def cjk_font() -> str | None:
    """A CJK font fpdf2 can embed, or None (then Chinese CVs are written as TXT/DOCX only)."""
    return next((f for f in CJK_FONT_CANDIDATES if f and Path(f).is_file()), None)


class _Flow:
    """Writes wrapped lines into one or more columns, page after page, in reading order."""

    PAGE_TOP, PAGE_BOTTOM = 18.0, 282.0

    def __init__(self, pdf, columns: list[tuple[float, float]], family: str) -> None:
        self.pdf, self.columns, self.family = pdf, columns, family
        self.col, self.y = 0, self.PAGE_TOP
        self.start_y = self.PAGE_TOP

    @property
    def page(self) -> int:
        return self.pdf.page_no()

    def remaining(self) -> float:
        return self.PAGE_BOTTOM - self.y

    def _advance(self, height: float) -> None:
        if self.y + height <= self.PAGE_BOTTOM:
            return
        if self.col + 1 < len(self.columns):
            self.col += 1
        else:
            self.pdf.add_page()
            self.col, self.start_y = 0, self.PAGE_TOP
        self.y = self.start_y

    def _wrap(self, text: str, width: float) -> list[str]:
        # Measure each word once (measuring the growing line is quadratic and was
        # most of the generator's time).
        measure = self.pdf.get_string_width
        space = measure(" ")
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for token in text.split(" "):
            w = measure(token)
            while w > width:  # CJK runs have no spaces: cut them by characters
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                cut = max(1, int(len(token) * width / w))
                lines.append(token[:cut])
                token = token[cut:]
                w = measure(token)
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + w
            current.append(token)
        lines.append(" ".join(current))
        return lines

    def write(self, text: str, size: float = 10, style: str = "", indent: float = 0) -> None:
        self.pdf.set_font(self.family, "" if self.family == "cjk" else style, size)
        x, width = self.columns[self.col]
        leading = size * 0.45
        for line in self._wrap(text, width - indent):
            self._advance(leading)
            x, _ = self.columns[self.col]
            self.y += leading
            self.pdf.text(x + indent, self.y, line)

    def heading(self, text: str) -> None:
        self._advance(14)
        self.y += 3
        self.write(text.upper() if text.isascii() else text, size=12, style="B")
        self.y += 1


def _new_pdf(person: Person, font_path: str | None):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(f"CV of {person.name}" if person.name.isascii() else "CV")
    family = "Helvetica"
    if person.chinese:
        # One face only: each add_font parses the whole 5 MB font (~0.35 s).
        pdf.add_font("cjk", fname=font_path)
        family = "cjk"
    pdf.add_page()
    return pdf, family


def write_pdf(path: Path, person: Person, rng: random.Random, layout: str, pages: int) -> None:
    """`layout` is "one", "sidebar" or "twocol"; filler projects grow the CV to about `pages` pages."""
    pdf, family = _new_pdf(person, cjk_font())
    if family == "Helvetica" and rng.random() < 0.4:
        family = "Times"
    body = sections(person, rng)
    if layout == "sidebar":
        side = _Flow(pdf, [(12, 52)], family)
        side.write(person.name, size=15, style="B")
        for line in header_lines(person)[1].split(" | "):
            side.write(line, size=8)
        for heading, lines in (body[0], body[5], body[4]):  # interests, skills, awards
            side.heading(heading)
            for line in lines:
                side.write(line, size=9)
        body = body[1:4]
        flow = _Flow(pdf, [(70, 128)], family)
    else:
        columns = [(15, 86), (109, 86)] if layout == "twocol" else [(20, 170)]
        top = _Flow(pdf, [(20, 170)], family)
        top.write(person.name, size=18, style="B")
        top.write(header_lines(person)[1], size=9)
        flow = _Flow(pdf, columns, family)
        flow.y = flow.start_y = top.y + 4
    for heading, lines in body:
        flow.heading(heading)
        for line in lines:
            flow.write(line, indent=4 if line.startswith("- ") else 0)
    if pdf.page_no() < pages:
        flow.heading("项目经历" if person.chinese else "Selected Projects")
        for paragraph in itertools.cycle(person.projects):
            if pdf.page_no() >= pages and flow.col == len(flow.columns) - 1 and flow.remaining() < 25:
                break
            flow.write(paragraph)
            flow.y += 1.5
    pdf.output(str(path))


def write_docx(path: Path, person: Person, rng: random.Random, sidebar: bool) -> None:
    import docx

    document = docx.Document()
    document.core_properties.created = document.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    document.sections[0].header.paragraphs[0].text = person.homepage
    document.add_heading(person.name, level=0)
    body = sections(person, rng, n_projects=rng.randint(0, 8))
    if sidebar:  # contact and skills in a two-cell table, as many Word templates do
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "\n".join(header_lines(person)[1].split(" | "))
        table.cell(0, 1).text = "\n".join(body[5][1])
    else:
        document.add_paragraph(header_lines(person)[1])
    for heading, lines in body:
        document.add_heading(heading, level=1)
        for line in lines:
            if line.startswith("- "):
                document.add_paragraph(line[2:], style="List Bullet")
            else:
                document.add_paragraph(line)
    document.save(str(path))


def write_text(path: Path, person: Person, rng: random.Random, markdown: bool) -> None:
    out = [("# " if markdown else "") + person.name, header_lines(person)[1], ""]
    for heading, lines in sections(person, rng, n_projects=rng.randint(0, 8)):
        out += [f"## {heading}" if markdown else heading.upper(), *lines, ""]
    encoding = "gb18030" if person.chinese and rng.random() < 0.3 else "utf-8"
    path.write_bytes("\n".join(out).encode(encoding))
