"""python-docx helpers for heldout29: header/footer page fields, tab-stopped date rows, runs with bold parts."""
from __future__ import annotations

import re

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def new_doc(font: str = "Calibri", size: float = 10.5, margins_cm: float = 2.2, east_asia: str | None = None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if east_asia:
        st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Cm(margins_cm)
        s.left_margin = s.right_margin = Cm(margins_cm)
    doc.core_properties.author = ""
    doc.core_properties.title = "Curriculum Vitae"
    return doc


def _field(run, code: str) -> None:
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def page_line(par, before: str, middle: str = " of ", after: str = "") -> None:
    """'before PAGE middle NUMPAGES after' with real Word fields."""
    par.add_run(before)
    _field(par.add_run(), "PAGE")
    par.add_run(middle)
    _field(par.add_run(), "NUMPAGES")
    if after:
        par.add_run(after)


def rich(par, text: str, size: float | None = None):
    """Add text where **x** is bold and *x* italic, __x__ underlined."""
    for part in re.split(r"(\*\*.+?\*\*|__.+?__|\*.+?\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = par.add_run(part[2:-2])
            r.underline = True
        elif part.startswith("*"):
            r = par.add_run(part[1:-1])
            r.italic = True
        else:
            r = par.add_run(part)
        if size:
            r.font.size = Pt(size)
    return par


def heading(doc, text: str, size: float = 12, caps: bool = True, rule: bool = True):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if rule:
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "444444")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)
    return p


def subheading(doc, text: str):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(5)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.italic = True
    r.bold = True
    return p


def dated(doc, dates: str, text: str, indent_cm: float = 3.2, right: bool = False, width_cm: float = 16.6):
    """A row: dates in a left column (hanging indent) or right-aligned at a tab stop."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if right:
        pf.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
        rich(p, text)
        p.add_run("\t" + dates)
    else:
        pf.left_indent = Cm(indent_cm)
        pf.first_line_indent = Cm(-indent_cm)
        pf.tab_stops.add_tab_stop(Cm(indent_cm))
        p.add_run(dates + "\t")
        rich(p, text)
    return p


def hanging(doc, text: str, label: str = "", indent_cm: float = 0.9):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent_cm)
    pf.first_line_indent = Cm(-indent_cm)
    pf.tab_stops.add_tab_stop(Cm(indent_cm))
    if label:
        p.add_run(label + "\t")
    rich(p, text)
    return p
