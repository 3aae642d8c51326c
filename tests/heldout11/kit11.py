"""Helpers for the eleventh held-out set: labels come from heldout9's kit9 and the fixed-time DOCX save
from heldout10's kit10 (imported, not copied). Here: LibreOffice DOCX -> PDF, WeasyPrint HTML -> PDF,
and a few Word XML helpers (right tab stops with leaders, section columns, borderless tables, shading,
a text box in a DrawingML shape).

Every person written with these is invented.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parent / "heldout9"))
sys.path.insert(0, str(HERE.parent / "heldout10"))

from kit9 import EPOCH, label, write_label  # noqa: E402,F401  (re-exported to the builders)
from kit10 import border_bottom, fixed_save  # noqa: E402,F401

LO_PROFILE = Path("/tmp/heldout11-lo-profile")


def _env() -> dict:
    env = dict(os.environ)
    env.update(SOURCE_DATE_EPOCH=EPOCH, TZ="UTC")
    return env


def src_dir(folder: str) -> Path:
    d = SRC / folder
    d.mkdir(parents=True, exist_ok=True)
    return d


def soffice_pdf(doc, folder: str, stem: str, out: Path) -> None:
    """Save doc (python-docx) as src/folder/stem.docx, then convert it with LibreOffice into out."""
    d = src_dir(folder)
    docx = d / f"{stem}.docx"
    fixed_save(doc, docx)
    build = Path("/tmp/heldout11-build") / folder
    if build.exists():
        shutil.rmtree(build)
    build.mkdir(parents=True)
    shutil.copyfile(docx, build / docx.name)
    cmd = ["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(build), str(build / docx.name)]
    r = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
    pdf = build / f"{stem}.pdf"
    if not pdf.exists():
        raise RuntimeError(f"soffice failed for {docx}:\n{r.stdout}\n{r.stderr}")
    out.write_bytes(pin_lo_pdf(pdf.read_bytes()))


def pin_lo_pdf(data: bytes) -> bytes:
    """LibreOffice 7.4 ignores SOURCE_DATE_EPOCH: it writes the wall-clock /CreationDate and an /ID derived
    from it (and a /DocChecksum). Rewrite them in place with strings of the same length (the xref offsets stay valid): the date
    becomes EPOCH's, the ID an MD5 of the rest of the file, so two runs give the same bytes."""
    import hashlib
    import re

    data = re.sub(rb"/CreationDate\(D:\d{14}[^)]*\)",
                  lambda m: b"/CreationDate(D:20240701000000Z')".ljust(len(m.group(0)), b" ")
                  if len(m.group(0)) >= 33 else m.group(0), data)
    pat = re.compile(rb"/ID \[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>\s*\]")
    chk = re.compile(rb"/DocChecksum /([0-9A-F]{32})")
    digest = hashlib.md5(chk.sub(b"", pat.sub(b"", data))).hexdigest().upper().encode()
    data = chk.sub(lambda m: m.group(0).replace(m.group(1), digest), data)
    return pat.sub(lambda m: m.group(0).replace(m.group(1), digest).replace(m.group(2), digest), data)


def weasy_pdf(html: str, folder: str, out: Path, css: str | None = None) -> None:
    """Write src/folder/index.html (and style.css) and print it with WeasyPrint into out."""
    d = src_dir(folder)
    (d / "index.html").write_text(html, encoding="utf-8")
    if css is not None:
        (d / "style.css").write_text(css, encoding="utf-8")
    code = ("import sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2], "
            "uncompressed_pdf=False)")
    r = subprocess.run([sys.executable, "-c", code, str(d / "index.html"), str(out)], env=_env(),
                       capture_output=True, text=True, timeout=300)
    if r.returncode != 0 or not out.exists():
        raise RuntimeError(f"weasyprint failed for {folder}:\n{r.stderr[-3000:]}")


# Word XML helpers -------------------------------------------------------------------------------------
def _el(tag: str, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def right_tab(par, pos_cm: float, leader: str | None = None) -> None:
    """A right-aligned tab stop at pos_cm (leader 'dot', 'hyphen', 'underscore' or None)."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    lead = {"dot": WD_TAB_LEADER.DOTS, "hyphen": WD_TAB_LEADER.HEAVY, None: WD_TAB_LEADER.SPACES}[leader]
    par.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT, lead)


def section_columns(section, n: int, space_cm: float = 0.8, sep: bool = False) -> None:
    sectpr = section._sectPr
    for old in sectpr.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
        sectpr.remove(old)
    cols = _el("w:cols", num=n, space=int(space_cm * 567))
    if sep:
        cols.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sep", "1")
    sectpr.append(cols)


def no_borders(table) -> None:
    b = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_el(f"w:{side}", val="nil"))
    table._tbl.tblPr.append(b)


def shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def para_shade(par, fill: str) -> None:
    par._p.get_or_add_pPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def textbox(par, lines: list[tuple[str, float, bool, str]], width_cm: float, height_cm: float,
            fill: str = "1F3A5F") -> None:
    """Anchor a filled rectangle with a text box (wps:wsp + wps:txbx) to par, in line at its start.

    lines: (text, size_pt, bold, hex colour). LibreOffice and Word both lay the box out as a shape.
    """
    from docx.oxml import parse_xml

    emu_w, emu_h = int(width_cm * 360000), int(height_cm * 360000)
    paras = []
    for text, size, bold, color in lines:
        b = "<w:b/>" if bold else ""
        paras.append(
            f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{b}<w:color w:val="{color}"/>'
            f'<w:sz w:val="{int(size * 2)}"/></w:rPr><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>')
    xml = f"""<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:docPr id="1" name="NameBox"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{''.join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr wrap="square" lIns="144000" tIns="108000" rIns="144000" bIns="72000" anchor="ctr"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"""
    par._p.append(parse_xml(xml))


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def set_fonts(doc, latin: str, size_pt: float, east_asia: str | None = None) -> None:
    """Normal style font (and the East Asian font, for CJK text)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size_pt)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _el("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    if east_asia:
        fonts.set(qn("w:eastAsia"), east_asia)


def tight(par, before: float = 0, after: float = 2) -> None:
    from docx.shared import Pt

    par.paragraph_format.space_before = Pt(before)
    par.paragraph_format.space_after = Pt(after)


def col_widths(table, widths_cm: list[float]) -> None:
    """Fix a table's column widths in the grid and in every cell (LibreOffice reads the grid)."""
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm, strict=True):
            c.width = Cm(w)
