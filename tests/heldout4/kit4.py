"""Small writers for the fourth held-out set: PDF (fpdf2), DOCX, ODT and RTF.

Every person written with these is invented. Dates inside the files are fixed
so that re-running the generator gives the same bytes where the format allows.
"""
from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=dt.UTC)
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def new_pdf(serif: bool = False, cjk: bool = False):
    """An FPDF with a Unicode font family "main" (regular + bold) and a fixed date."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(True, margin=18)
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("main", "", DEJAVU + base + ".ttf")
    pdf.add_font("main", "B", DEJAVU + base + "-Bold.ttf")
    pdf.add_font("main", "I", DEJAVU + base + ("-Italic.ttf" if serif else "-Oblique.ttf"))
    if cjk:
        pdf.add_font("cjk", "", WQY)
    pdf.add_page()
    return pdf


def pdf_line(pdf, text: str, size: float = 10, style: str = "", h: float = 5,
             align: str = "L", family: str = "main", link: str = "") -> None:
    """One wrapped paragraph at the left margin."""
    from fpdf.enums import XPos, YPos

    pdf.set_font(family, style, size)
    pdf.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT, link=link)


def pdf_left_right(pdf, left: str, right: str, size: float = 10, style: str = "B") -> None:
    """A bold left text with a date pushed to the right margin on the same baseline."""
    from fpdf.enums import XPos, YPos

    pdf.set_font("main", style, size)
    pdf.cell(0, 5, left, new_x=XPos.LMARGIN, new_y=YPos.TOP)
    pdf.set_font("main", "", size)
    pdf.cell(0, 5, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_margin_entry(pdf, date: str, text: str, size: float = 10, gutter: float = 28) -> None:
    """LaTeX-CV style: the date alone in a left gutter, the entry wrapped beside it."""
    from fpdf.enums import XPos, YPos

    y = pdf.get_y()
    pdf.set_font("main", "", size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(gutter - 2, 5, date)
    pdf.set_xy(pdf.l_margin + gutter, y)
    pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_rule(pdf) -> None:
    y = pdf.get_y() + 0.5
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
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
    """Save a python-docx Document with fixed zip timestamps, so re-generating is byte-stable."""
    import io

    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 1, 5, 9, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


def write_odt(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A minimal ODF text document. blocks: ("h", text) headings, ("p", text) paragraphs,
    where a TAB in the text becomes <text:tab/>."""
    body = []
    for kind, text in blocks:
        inner = "<text:tab/>".join(escape(part) for part in text.split("\t"))
        if kind == "h":
            body.append(f'<text:h text:outline-level="1">{inner}</text:h>')
        elif kind == "title":
            body.append(f'<text:p text:style-name="Title">{inner}</text:p>')
        else:
            body.append(f"<text:p>{inner}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:text>" + "".join(body) + "</office:text></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    stamp = (2026, 1, 5, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as z:
        # ODF requires "mimetype" first and stored uncompressed.
        z.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr(zipfile.ZipInfo("META-INF/manifest.xml", stamp), manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("content.xml", stamp), content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def rtf_text(s: str) -> str:
    """Escape text for RTF: control characters, then non-ASCII as \\uN? escapes."""
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """blocks: ("title"|"h"|"p"|"b", text). Headings bold and larger, "b" a bold line."""
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}}\f0\fs22"]
    for kind, text in blocks:
        t = rtf_text(text)
        if kind == "title":
            parts.append(r"\pard\qc\b\fs32 " + t + r"\b0\fs22\par")
        elif kind == "h":
            parts.append(r"\pard\sb200\b\fs24 " + t + r"\b0\fs22\par")
        elif kind == "b":
            parts.append(r"\pard\b " + t + r"\b0\par")
        elif kind == "c":
            parts.append(r"\pard\qc " + t + r"\par")
        else:
            parts.append(r"\pard " + t + r"\par")
    parts.append("}")
    path.write_text("\n".join(parts), encoding="ascii")
    return path


def label(file: str, name: str | None, name_any: list[str], emails: list[str], phones: list[str],
          links: list[str], education: list[tuple], experience: list[tuple], pubs: int | None,
          first: int | None, sample: list[tuple], interests: list[str], awards: int | None,
          notes: str) -> dict:
    """The label as a careful human reads the document (see score.py for the format)."""
    return {
        "file": file, "name": name, "name_any": name_any, "emails": emails, "phones": phones,
        "links": links,
        "education": [dict(zip(("institution", "degree_level", "start", "end"), e, strict=False)) for e in education],
        "experience": [dict(zip(("organization", "title", "start", "end"), e, strict=False)) for e in experience],
        "publications_count": pubs, "first_author_count": first,
        "publications_sample": [dict(zip(("title", "venue", "year"), s, strict=False)) for s in sample],
        "research_interests_any": interests, "awards_count": awards, "notes": notes,
    }


def write_label(folder: Path, lab: dict) -> None:
    stem = Path(lab["file"]).stem
    (folder / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
