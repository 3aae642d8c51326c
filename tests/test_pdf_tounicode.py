"""Fonts whose ToUnicode map pdfium rejects (PDFKit's over-full range block) are read from
the map ourselves; well-formed maps are left to pdfium."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewer.extract.pdf import read_pdf
from reviewer.extract.pdf_tounicode import defective_maps, parse_cmap
from tests.factories import CJK_FONT

LINES = ["林晓澄", "工作经历", "2019.07 – 至今 北岭大学 副教授", "ada.lin@example.org"]


def _pdf(path: Path, *, pdfkit_map: bool) -> Path:
    """A CJK PDF by fpdf2; with `pdfkit_map` its ToUnicode map is rewritten the way PDFKit
    (pdfmake) writes it for a large subset: two ranges under a block that declares one."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("wqy", "", str(CJK_FONT))
    pdf.set_font("wqy", size=12)
    for line in LINES:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if pdfkit_map:
        m = re.search(rb"/Length (\d+)\n>>\nstream\n((?:(?!endstream).)*begincmap.*?)endstream", data, re.S)
        assert m is not None
        cmap = m.group(2)
        body = cmap.split(b"endcodespacerange")[1]
        pairs = {int(a, 16): b for a, b in re.findall(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>", body)}
        dests = [b"<" + pairs.get(code, b"0000") + b">" for code in range(max(pairs) + 1)]
        half = len(dests) // 2
        ranges = b"<%04x> <%04x> [%s]\n<%04x> <%04x> [%s]\n" % (
            0, half - 1, b" ".join(dests[:half]), half, len(dests) - 1, b" ".join(dests[half:]))
        new = re.sub(rb"\d+ begin(?:bfchar|bfrange).*end(?:bfchar|bfrange)",
                     b"1 beginbfrange\n" + ranges + b"endbfrange", cmap, flags=re.S)
        data = data[:m.start(1)] + str(len(new)).encode() + data[m.end(1):m.start(2)] + new + data[m.end(2):]
    path.write_bytes(data)
    return path


@pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-wqy-microhei")
def test_a_pdfkit_map_pdfium_rejects_is_read_by_both_readers(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    path = _pdf(tmp_path / "pdfkit.pdf", pdfkit_map=True)
    doc = pdfium.PdfDocument(str(path))
    raw = doc[0].get_textpage().get_text_range()
    doc.close()
    assert "林" not in raw  # the defect itself: pdfium gives raw glyph codes
    for per_character in (False, True):
        assert [line.text for line in read_pdf(path, per_character=per_character).lines] == LINES


@pytest.mark.skipif(not CJK_FONT.exists(), reason="needs fonts-wqy-microhei")
def test_a_well_formed_map_is_left_to_pdfium(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "plain.pdf", pdfkit_map=False)
    assert defective_maps(path.read_bytes()) == {}
    assert [line.text for line in read_pdf(path).lines] == LINES


def test_cmap_blocks_that_hold_more_entries_than_they_declare_are_defective() -> None:
    well_formed = b"2 beginbfchar\n<0001> <6797>\n<0002> <0041>\nendbfchar\n1 beginbfrange\n<0003> <0004> <0061>\nendbfrange"
    assert parse_cmap(well_formed) == ({1: "林", 2: "A", 3: "a", 4: "b"}, False)
    over_full = b"1 beginbfrange\n<0000> <0001> [<0020> <6797>]\n<0002> <0002> [<0041>]\nendbfrange"
    assert parse_cmap(over_full) == ({0: " ", 1: "林", 2: "A"}, True)
    short_array = b"1 beginbfrange\n<0000> <0003> [<0020> <6797>]\nendbfrange"
    assert parse_cmap(short_array)[1] is True


def test_a_hostile_map_gives_no_error() -> None:
    # an empty code ("<>") or a non-hex one is skipped: the map is read as far as it makes sense
    mapping, defective = parse_cmap(b"2 beginbfchar\n<> <0041>\n<0001> <0042>\nendbfchar")
    assert isinstance(mapping, dict) and defective
    assert parse_cmap(b"1 beginbfrange\n<zz> <0002> [<0041>]\nendbfrange")[0] == {}
