"""python-docx helpers: Word numbering definitions, leader tabs, header/footer fields, text boxes."""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

_ABSTRACT = 1800


def add_decimal_abstract(doc, fmt: str = "%1.", indent_twips: int = 567) -> int:
    """Add a one-level decimal abstractNum; return its id."""
    global _ABSTRACT
    numbering = doc.part.numbering_part.element
    aid = _ABSTRACT
    _ABSTRACT += 1
    xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
           f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{fmt}"/>'
           f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent_twips}" w:hanging="{indent_twips}"/></w:pPr>'
           f'</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(xml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    return aid


def new_num(doc, abstract_id: int, restart: bool = True) -> int:
    """A w:num instance of abstract_id; with restart, numbering starts again at 1."""
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'{override}</w:num>'))
    return nid


def set_num(paragraph, num_id: int, level: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def leader_tab(paragraph, pos_cm: float, leader=WD_TAB_LEADER.DOTS) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, leader)


def add_field(paragraph, instr: str, shown: str = "1") -> None:
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(shown)
    r5 = paragraph.add_run()
    r5._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def bottom_rule(paragraph, color: str = "808080", sz: int = 6) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" '
                         f'w:color="{color}"/></w:pBdr>'))


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_box(paragraph, lines: list[tuple[str, bool]], width_cm: float, height_cm: float,
             x_cm: float, y_cm: float, shape_id: int = 1, fill: str = "EDEFF2") -> None:
    """Anchor a floating Word text box (wps:wsp + v:textbox fallback omitted) to paragraph."""
    emu = 360000
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
        f'<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t, bold in lines)
    xml = f'''<w:r {nsdecls("w", "wp", "a", "pic")}
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(width_cm * emu)}" cy="{int(height_cm * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>
<a:ext cx="{int(width_cm * emu)}" cy="{int(height_cm * emu)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''
    paragraph._p.append(parse_xml(xml))
