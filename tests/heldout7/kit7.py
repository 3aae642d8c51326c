"""Small writers for the seventh held-out set: the PDF (fpdf2) and DOCX helpers of
../heldout6/kit6.py (imported, not copied: that set's files are committed, so its kit
no longer changes), plus the Word run/paragraph helpers of ../heldout6/cvs_c6.py and
the label format that ../../shared/eval/score.py reads.

Every person written with these is invented. Dates inside the files are fixed so that
re-running the generator gives the same bytes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "heldout6"))

from kit6 import (  # noqa: E402,F401 - re-exported to this set's builders
    DEJAVU,
    FIXED,
    WQY,
    box,
    fixed_docx,
    gutter_entry,
    left_right,
    line,
    new_pdf,
    rule,
    save_docx,
)


def font(run, size: float | None = None, bold: bool = False, italic: bool = False,
          color: tuple[int, int, int] | None = None, east_asia: str | None = None, small_caps: bool = False):
    """Style one Word run (size in points, colour as RGB, an East Asian font name)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    if small_caps:
        run.font.small_caps = True
    if color:
        run.font.color.rgb = RGBColor(*color)
    if east_asia:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    return run


def para(d, text: str = "", size: float = 10.5, bold: bool = False, italic: bool = False, space_after: float = 2,
          color=None, east_asia: str | None = None, align=None, indent_cm: float | None = None,
          hanging_cm: float | None = None, small_caps: bool = False):
    from docx.shared import Cm, Pt

    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        p.paragraph_format.first_line_indent = Cm(-hanging_cm)
    if text:
        font(p.add_run(text), size, bold, italic, color, east_asia, small_caps)
    return p


def label(file: str, name: str | None, name_any: list[str], emails: list[str], phones: list[str],
          links: list[str], education: list[tuple], experience: list[tuple], pubs: int | None,
          first: int | None, sample: list[tuple], interests: list[str], awards: int | None,
          notes: str, language: str = "en", layout: str = "") -> dict:
    """The label as a careful human reads the document (score.py format).

    education: (institution, degree_level, start, end); experience: (organization, title,
    start, end); sample: (title, venue, year, first_author, status, authors). score.py reads
    title/venue/year only; the other sample keys document what a reader sees.
    """
    return {
        "file": file, "name": name, "name_any": name_any, "emails": emails, "phones": phones,
        "links": links,
        "education": [dict(zip(("institution", "degree_level", "start", "end"), e, strict=False)) for e in education],
        "experience": [dict(zip(("organization", "title", "start", "end"), e, strict=False)) for e in experience],
        "publications_count": pubs, "first_author_count": first,
        "publications_sample": [dict(zip(("title", "venue", "year", "first_author", "status", "authors"), s,
                                         strict=False)) for s in sample],
        "research_interests_any": interests, "awards_count": awards,
        "language": language, "layout": layout, "notes": notes,
    }


def write_label(folder: Path, lab: dict) -> None:
    stem = Path(lab["file"]).stem
    (folder / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
