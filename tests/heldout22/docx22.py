"""Word habits with python-docx: right tab stops (with or without dot leaders), borderless layout tables,
ruled headings, headers/footers with PAGE fields, soft line breaks, automatic bullets and numbers,
a two-column section."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font: str, size: float, margin_cm: float = 2.0, a4: bool = True, east_asia: str | None = None):
    doc = Document()
    sec = doc.sections[0]
    if a4:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    else:
        sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin_cm))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    if east_asia:
        rfonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for name in ("Heading 1", "Heading 2", "Title", "List Bullet", "List Number"):
        s = doc.styles[name]
        s.font.name = font
        r = s.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            if a == "w:eastAsia" and not east_asia:
                continue
            rf.set(qn(a), east_asia if a == "w:eastAsia" else font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(t)) is not None:
                del rf.attrib[qn(t)]
    return doc


def text_width(doc) -> int:
    sec = doc.sections[-1]
    return sec.page_width - sec.left_margin - sec.right_margin


def runs(p, parts):
    """parts: str or list of (text, fmt) where fmt holds b/i/u/size/color/caps."""
    if isinstance(parts, str):
        parts = [(parts, "")]
    for item in parts:
        text, fmt = (item, "") if isinstance(item, str) else item
        chunks = text.split("\v")  # \v = soft line break (Shift+Enter)
        for k, chunk in enumerate(chunks):
            if k:
                p.add_run().add_break()
            segs = chunk.split("\t")
            for j, seg in enumerate(segs):
                if j:
                    p.add_run().add_tab()
                if not seg:
                    continue
                r = p.add_run(seg)
                r.bold = "b" in fmt or None
                r.italic = "i" in fmt or None
                r.font.small_caps = "s" in fmt or None
                r.font.all_caps = "C" in fmt or None
                if "g" in fmt:
                    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
                if "B" in fmt:
                    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
                if "+" in fmt:
                    r.font.size = Pt(16)
                if "^" in fmt:
                    r.font.size = Pt(20)
                if "-" in fmt:
                    r.font.size = Pt(8.5)
    return p


def para(doc_or_cell, parts="", style=None, align=None, after=None, before=None, indent_cm=None,
         tabs=(), first_cm=None, keep=False):
    """tabs: list of (pos_cm or 'R', 'right'|'left'|'center', leader None|'dot')."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if first_cm is not None:
        pf.first_line_indent = Cm(first_cm)
    if keep:
        pf.keep_with_next = True
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for pos, kind, leader in tabs:
        a = {"right": WD_TAB_ALIGNMENT.RIGHT, "left": WD_TAB_ALIGNMENT.LEFT,
             "center": WD_TAB_ALIGNMENT.CENTER}[kind]
        ld = WD_TAB_LEADER.DOTS if leader == "dot" else WD_TAB_LEADER.SPACES
        pf.tab_stops.add_tab_stop(pos, a, ld)
    runs(p, parts)
    return p


def bottom_rule(p, color="1F3A5F", size=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def shade(p_or_cell, fill="D9E2F3"):
    el = p_or_cell._tc.get_or_add_tcPr() if hasattr(p_or_cell, "_tc") else p_or_cell._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el.append(shd)


def layout_table(doc, rows: int, widths_cm, align_left=True):
    """A table without borders, used for layout (what Word users do for two columns)."""
    t = doc.add_table(rows=rows, cols=len(widths_cm))
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    _widths(t, widths_cm)
    return t


def _widths(t, widths_cm):
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=False):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm, strict=False):
            c.width = Cm(w)


def grid_table(doc, rows: int, widths_cm):
    t = doc.add_table(rows=rows, cols=len(widths_cm))
    t.style = doc.styles["Table Grid"]
    _widths(t, widths_cm)
    return t


def cell_text(cell, parts, align=None, after=0):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(after)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    runs(p, parts)
    return p


def add_field(p, instr: str):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r4._r.append(f3)


def header_footer(doc, header_parts=None, footer_parts=None, page_field=True, footer_align="center",
                  header_align="right"):
    sec = doc.sections[0]
    if header_parts is not None:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if header_align == "right" else WD_ALIGN_PARAGRAPH.LEFT
        runs(hp, header_parts)
    if footer_parts is not None or page_field:
        fp = sec.footer.paragraphs[0]
        fp.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                        "left": WD_ALIGN_PARAGRAPH.LEFT}[footer_align]
        if footer_parts:
            runs(fp, footer_parts)
        if page_field:
            runs(fp, [("Page ", "-")])
            add_field(fp, "PAGE")
            runs(fp, [(" of ", "-")])
            add_field(fp, "NUMPAGES")


def _set_cols(sect_pr, num: int, space_cm: float) -> None:
    c = sect_pr.find(qn("w:cols"))
    if c is None:
        c = OxmlElement("w:cols")
        grid = sect_pr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(c)
        else:
            sect_pr.append(c)
    c.set(qn("w:num"), str(num))
    c.set(qn("w:space"), str(int(space_cm * 567)))


def two_column_section(doc, cols=2, space_cm=1.0):
    """Start a continuous section laid out in newspaper columns; returns a function that ends it."""
    doc.add_section(WD_SECTION.CONTINUOUS)
    _set_cols(doc.sections[-1]._sectPr, cols, space_cm)

    def end():
        doc.add_section(WD_SECTION.CONTINUOUS)
        _set_cols(doc.sections[-1]._sectPr, 1, 1.25)
    return end


def core(doc, author: str, title: str, app: str | None = None):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 7
    cp.comments = ""
    cp.keywords = ""


def new_num(doc, style_name: str = "List Number") -> int:
    """A fresh w:num over the abstract numbering of a list style, restarting at 1 (Word's 'Restart at 1')."""
    numbering = doc.part.numbering_part.element
    style_num = doc.styles[style_name].element.pPr.numPr.numId.val
    abstract = None
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == str(style_num):
            abstract = n.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def set_num(p, num_id: int) -> None:
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
