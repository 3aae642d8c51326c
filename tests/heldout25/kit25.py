"""Helpers for heldout25: python-docx writing, LibreOffice printing, pinning, labels."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for callers)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FILES, EXPECTED, SRC = HERE / "files", HERE / "expected", HERE / "src"
FIXED = dt.datetime(2024, 7, 1, 0, 0, 0)


def new_doc(font="Times New Roman", size=11, margin_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margin_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def runs(p, parts, font=None, size=None):
    """parts: str or list of str / (text, flags) with flags among b i u c(aps)."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        text, flags = (part, "") if isinstance(part, str) else part
        chunks = text.split("\t")
        for k, chunk in enumerate(chunks):
            if k:
                p.add_run().add_tab()
            if not chunk:
                continue
            r = p.add_run(chunk)
            r.bold = "b" in flags or None
            r.italic = "i" in flags or None
            r.underline = "u" in flags or None
            if "c" in flags:
                r.font.all_caps = True
            if font:
                r.font.name = font
                r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
            if size:
                r.font.size = Pt(size)
    return p


def para(doc, parts, *, font=None, size=None, align=None, before=0, after=2, indent=None, hanging=None,
         tabs=(), keep=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), {"l": WD_TAB_ALIGNMENT.LEFT, "r": WD_TAB_ALIGNMENT.RIGHT}[kind])
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if keep:
        pf.keep_with_next = True
    return runs(p, parts, font, size)


def head(doc, text, flags="b", before=10, after=3, font=None, size=None, border=False):
    """A heading the way long-lived CVs have them: body-size text, bold / underlined / caps."""
    p = para(doc, [(text, flags)], before=before, after=after, font=font, size=size, keep=True)
    if border:
        ppr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)
    return p


def table(doc, rows, widths, *, borders=True, font=None, size=None, bold_first_row=False):
    t = doc.add_table(rows=0, cols=len(widths))
    if borders:
        t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            c = cells[j]
            c.width = Cm(widths[j])
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(1)
            lines = val if isinstance(val, list) else [val]
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                    p.paragraph_format.space_after = Pt(1)
                parts = line
                if bold_first_row and i == 0 and isinstance(line, str):
                    parts = [(line, "b")]
                runs(p, parts, font, size)
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    return t


def _field(p, instr):
    r = p.add_run()
    a = OxmlElement("w:fldChar")
    a.set(qn("w:fldCharType"), "begin")
    r._r.append(a)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "separate")
    r3._r.append(c)
    p.add_run("1")
    r4 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def footer(doc, left, *, of_pages=True, size=8, header_text=None):
    s = doc.sections[0]
    p = s.footer.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left + "\tPage ")
    r.font.size = Pt(size)
    _field(p, "PAGE")
    if of_pages:
        p.add_run(" of ")
        _field(p, "NUMPAGES")
    for rr in p.runs:
        rr.font.size = Pt(size)
    if header_text:
        h = s.header.paragraphs[0]
        h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hr = h.add_run(header_text)
        hr.font.size = Pt(size)
        hr.italic = True


def page_break(doc):
    doc.add_page_break()


def save_docx(doc, path: Path, author="", title="Curriculum Vitae"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 7
    tmp = path.with_suffix(".tmp.docx")
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))
    tmp.unlink()


def to_pdf(docx_path: Path, pdf_path: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, capture_output=True)
        out = Path(td) / (docx_path.stem + ".pdf")
        shutil.copyfile(out, pdf_path)
    pin_pdf(pdf_path)


def pin_pdf(path: Path):
    """Rewrite LibreOffice's run-time stamps in place at the same length."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:20240701000000", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2024-07-01T00:00:00", data)
    rest = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", b"", data)
    rest = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", b"", rest)
    digest = hashlib.md5(rest).hexdigest().upper().encode()

    def fix_id(m):
        inner = m.group(0)
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + (digest * 4)[: len(h.group(0)) - 2] + b">", inner)

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: m.group(0)[: m.group(0).index(b"/", 1) + 1] + (digest * 2)[: len(m.group(0)) - m.group(0).index(b"/", 1) - 1],
                  data)
    path.write_bytes(data)


def write_label(stem: str, ext: str, label: dict):
    out = {"file": f"{stem}.{ext}"}
    out.update(label)
    (EXPECTED / f"{stem}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
