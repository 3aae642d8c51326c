"""python-docx helpers for heldout20: Word automatic numbering (numbers not in the text), hanging indents,
right tab stops, header/footer fields."""
from __future__ import annotations

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt


def add_abstract_num(doc, abs_id: int, fmt: str = "decimal", text: str = "%1.", indent: int = 454,
                     hanging: int = 454) -> None:
    numbering = doc.part.numbering_part.element
    xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:multiLevelType w:val="singleLevel"/>'
           f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
           f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
           f'</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(xml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id: int, abs_id: int, start: int | None = None) -> None:
    numbering = doc.part.numbering_part.element
    override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                if start is not None else "")
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>'
                               f'{override}</w:num>'))


def numbered(paragraph, num_id: int) -> None:
    pPr = paragraph._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def hanging(paragraph, left_pt: float = 18, hang_pt: float = 18) -> None:
    pf = paragraph.paragraph_format
    pf.left_indent = Pt(left_pt)
    pf.first_line_indent = Pt(-hang_pt)


def right_tab(paragraph, pos_pt: float) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(pos_pt), WD_TAB_ALIGNMENT.RIGHT)


def add_runs(paragraph, parts) -> None:
    """parts: list of str or (str, 'b'|'i'|'bi'|'u'|'sup')"""
    for part in parts:
        if isinstance(part, str):
            paragraph.add_run(part)
            continue
        text, style = part
        r = paragraph.add_run(text)
        r.bold = "b" in style
        r.italic = "i" in style
        r.underline = "u" in style
        if style == "sup":
            r.font.superscript = True


def page_field(paragraph) -> None:
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run2 = paragraph.add_run()
    run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    run3 = paragraph.add_run()
    run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    run4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def fixed_core(doc, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 1)
    cp.modified = dt.datetime(2024, 7, 1)
    cp.revision = 1
