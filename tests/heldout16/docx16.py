"""DOCX builders (03, 04, 07): python-docx for the package, raw WordprocessingML for the body."""
from __future__ import annotations

import io
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from kit16 import fixed_zip
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
          ' xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
          ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
          ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

REV = ' w:author="HR-张老师" w:date="2024-05-20T10:12:00Z"'


def rpr(b=False, sz=None, color=None, font=None, i=False, strike=False):
    s = ""
    if font:
        s += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
    if b:
        s += "<w:b/><w:bCs/>"
    if i:
        s += "<w:i/>"
    if strike:
        s += "<w:strike/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if sz:
        s += f'<w:sz w:val="{int(sz * 2)}"/><w:szCs w:val="{int(sz * 2)}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def run(text, **k):
    parts = text.split("\t")
    inner = '<w:tab/>'.join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr(**k)}{inner}</w:r>"


def ins(text, rid=1, **k):
    return f'<w:ins w:id="{rid}"{REV}>{run(text, **k)}</w:ins>'


def dele(text, rid=1, **k):
    return (f'<w:del w:id="{rid}"{REV}><w:r>{rpr(**k)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def para(runs, align=None, space_after=None, space_before=None, border=False, tabs=None, ind=None, shade=None,
         keep=False, style=None, spacing_line=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if border:
        ppr += f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{border if isinstance(border, str) else "2F5496"}"/></w:pBdr>'
    if shade:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if tabs:
        ppr += "<w:tabs>" + "".join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in tabs) + "</w:tabs>"
    sp = ""
    if space_before is not None:
        sp += f' w:before="{space_before}"'
    if space_after is not None:
        sp += f' w:after="{space_after}"'
    if spacing_line:
        sp += f' w:line="{spacing_line}" w:lineRule="auto"'
    if sp:
        ppr += f"<w:spacing{sp}/>"
    if ind:
        ppr += f'<w:ind w:left="{ind[0]}" w:hanging="{ind[1]}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if isinstance(runs, str) and not runs.startswith("<"):
        runs = run(runs)
    elif isinstance(runs, list):
        runs = "".join(runs)
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def cell(content, w, span=1, vmerge=None, shade=None, valign="center", sdt=None):
    tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        tcpr += "<w:vMerge/>"
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    tcpr += f'<w:vAlign w:val="{valign}"/>'
    if isinstance(content, str) and not content.startswith("<"):
        content = para(run(content), align="center") if content else para("")
    elif isinstance(content, list):
        content = "".join(content)
    if sdt:
        content = (f'<w:sdt><w:sdtPr><w:alias w:val="{sdt}"/><w:tag w:val="{sdt}"/><w:id w:val="{zlib.crc32(sdt.encode()) % 90000 + 1000}"/>'
                   f'<w:text/></w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content}</w:tc>"


def table(rows, grid, borders=True, layout_fixed=True):
    b = ""
    if borders:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                       for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    tblpr = (f'<w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/>{b}'
             + ('<w:tblLayout w:type="fixed"/>' if layout_fixed else "")
             + '<w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>')
    g = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in grid) + "</w:tblGrid>"
    trs = ""
    for r in rows:
        h = ""
        if isinstance(r, tuple):
            h, r = f'<w:trPr><w:trHeight w:val="{r[0]}"/></w:trPr>', r[1]
        trs += f"<w:tr>{h}{''.join(r)}</w:tr>"
    return f"<w:tbl>{tblpr}{g}{trs}</w:tbl>"


def build(out: Path, body_xml: str, *, fonts=("Calibri", "宋体"), size=10.5, margins=(1134, 1134, 1134, 1134),
          title="", author="", app=None, header_xml=None, images=None):
    """Write a DOCX whose body is body_xml (placeholders {IMG:name} become image rIds)."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = fonts[0]
    st.font.size = docx.shared.Pt(size)
    rfonts = st.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(f"{{{W}}}eastAsia", fonts[1])
    for name, path in (images or {}).items():
        rid, _ = d.part.get_or_add_image(str(path))
        body_xml = body_xml.replace("{IMG:" + name + "}", rid)
    sect = d.sections[0]
    sect.page_width, sect.page_height = docx.shared.Mm(210), docx.shared.Mm(297)
    sect.top_margin, sect.right_margin, sect.bottom_margin, sect.left_margin = [docx.shared.Twips(x) for x in margins]
    if header_xml:
        hdr = sect.header
        hdr.is_linked_to_previous = False
        hel = hdr._element
        for p in list(hel):
            hel.remove(p)
        for el in etree.fromstring(f"<x{NSDECL}>{header_xml}</x>"):
            hel.append(el)
    body = d.element.body
    sectpr = body[-1]
    for el in etree.fromstring(f"<x{NSDECL}>{body_xml}</x>"):
        sectpr.addprevious(el)
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by, cp.revision = title, author, author, 3
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2024, 7, 1, 9, 0, 0)
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    replace = {}
    if app:
        replace["docProps/app.xml"] = app.encode()
    fixed_zip(buf.getvalue(), out, replace)


def anchor_textbox(inner_xml, x_emu, y_emu, w_emu, h_emu, fill="1F3A5F", ident=1):
    return f'''<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV><wp:extent cx="{w_emu}" cy="{h_emu}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="right"/><wp:docPr id="{ident}" name="文本框 {ident}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner_xml}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="144000" tIns="108000" rIns="108000" bIns="108000" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'''


def inline_pic(rid, w_emu, h_emu, ident=10, name="照片"):
    return f'''<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{w_emu}" cy="{h_emu}"/>
<wp:docPr id="{ident}" name="{name}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{ident}" name="{name}.jpg"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'''


WPS_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>1</Pages>'
           '<Application>WPS Office_12.1.0.16417_F1E327BC-269C-435d-A152-05C5408002CA</Application><DocSecurity>0</DocSecurity></Properties>')
WORD_APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>2</Pages>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>')
