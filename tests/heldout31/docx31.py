"""Word documents of heldout31, written with python-docx plus raw WordprocessingML."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED = dt.datetime(2024, 7, 1, 0, 0, 0)


def new_doc(author: str, font: str = "Calibri", size: float = 10.5) -> Document:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = Cm(1.8)
        s.bottom_margin = Cm(1.6)
    return doc


def field(paragraph, instr: str, cached: str, bold: bool = False, color: str | None = None):
    """A complex field (begin / instrText / separate / cached result / end), as Word writes it."""
    def run_xml(inner: str) -> None:
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{inner}</w:r>"))
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + "</w:rPr>"
    run_xml('<w:fldChar w:fldCharType="begin"/>')
    run_xml(f'<w:instrText xml:space="preserve"> {instr} </w:instrText>')
    run_xml('<w:fldChar w:fldCharType="separate"/>')
    run_xml(f'{rpr}<w:t xml:space="preserve">{cached}</w:t>')
    run_xml('<w:fldChar w:fldCharType="end"/>')


def right_tab(paragraph, pos_cm: float = 17.0, leader=WD_TAB_LEADER.DOTS) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, leader)


def soft_break(paragraph) -> None:
    paragraph.add_run().add_break(WD_BREAK.LINE)


def heading(doc, text: str, spaced: int = 0, color: str = "1F3864", rule: bool = True, size: float | None = None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(9)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if spaced:
        r._r.get_or_add_rPr().append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="{spaced}"/>'))
    if rule:
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{color}"/></w:pBdr>'))
    return p


def save(doc, path: Path) -> None:
    doc.save(str(path))
