"""Small python-docx helpers for heldout24: shading, borders, widths, a floating text box."""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor


def shade_cell(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def shade_par(par, fill: str) -> None:
    par._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bottom_border(par, color: str = "1F3864", size: int = 8) -> None:
    par._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" w:space="1" w:color="{color}"/></w:pBdr>'))


def no_borders(table) -> None:
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def widths(table, cm: list[float]) -> None:
    from docx.shared import Cm
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, cm, strict=False):
            cell.width = Cm(w)


def run(par, text: str, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = par.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if caps:
        r.font.all_caps = True
    return r


def right_tab(par, pos_cm: float) -> None:
    from docx.shared import Cm
    par.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)


def text_box(par, lines: list[tuple[str, bool]], x_cm: float, y_cm: float, w_cm: float, h_cm: float,
             fill: str = "F2F2F2", box_id: int = 1) -> None:
    """Anchor a floating DrawingML text box (wps:txbx) in `par`, positioned on the page."""
    emu = 360000
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="17"/></w:rPr>'
        f'<w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t, b in lines)
    xml = f"""<w:r {nsdecls("w", "wp", "a", "pic", "r")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + box_id}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{100 + box_id}" name="Text Box {box_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    par._p.append(parse_xml(xml))
