"""The run reader (pdf_runs: a text object at a time) gives exactly the lines of
the per-character reader (pdf_chars) on PDFs built here and on the real ones in
../shared, and keeps the cases where a run must be split or read slowly."""
from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest

from reviewer.extract import CELL_SEP
from reviewer.extract.pdf import read_pdf
from tests.factories import CJK_FONT, Person, write_lines_pdf, write_pdf, write_two_column_pdf


def _same(path: Path) -> list:
    """Both readers' lines; asserts they agree on every fact of every line."""
    ref, new = read_pdf(path, per_character=True), read_pdf(path)
    assert [astuple(x) for x in new.lines] == [astuple(x) for x in ref.lines], path.name
    assert (new.links, new.emails, new.warnings) == (ref.links, ref.emails, ref.warnings), path.name
    return new.lines


def _tricky_pdf(path: Path) -> Path:
    """One page with what a run reader can get wrong: a date pushed right by spaces
    inside one text object, a font change mid-line (bold label, italic venue),
    a superscript, letters reaching above the ascent, a link, a soft hyphen."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Ilka Runwell", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, "Research Intern, Invented Labs" + " " * 60 + "2021 - 2022", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(pdf.get_string_width("Email: ") + 1, 6, "Email: ")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, "ilka@example.org", link="mailto:ilka@example.org", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.get_string_width("Came 3") + 0.2, 6, "Came 3")
    pdf.set_font("Helvetica", size=6)
    pdf.cell(pdf.get_string_width("rd") + 1, 4, "rd")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 6, "in the Imaginary Challenge, Proc. of Nowhere", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for k in range(6):
        pdf.cell(0, 5, f"Line {k} of a paragraph about self\u00adsupervised learning, All Lowercase Wording.",
                 new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_same_lines_on_generated_layouts(tmp_path):
    person = Person(name="Oda Samelines")
    _same(write_pdf(tmp_path / "one.pdf", person, link="https://example.org/oda"))
    _same(write_two_column_pdf(tmp_path / "two.pdf", person))
    _same(write_lines_pdf(tmp_path / "pages.pdf", [["Oda Samelines", "Education", "PhD, 2020"]] * 3,
                          header="Curriculum Vitae - Oda Samelines", footer="Page 1", number_pages=True))


def test_wide_gap_inside_one_text_object_still_splits_the_row(tmp_path):
    lines = _same(_tricky_pdf(tmp_path / "tricky.pdf"))
    texts = [line.text for line in lines]
    assert f"Research Intern, Invented Labs{CELL_SEP}2021 - 2022" in texts
    assert "Email: ilka@example.org" in texts
    assert any(t.startswith("Came 3rd in the Imaginary Challenge") for t in texts)
    assert lines[0].bold and lines[0].size == pytest.approx(16, abs=0.5)


@pytest.mark.skipif(not CJK_FONT.exists(), reason="no CJK font installed")
def test_same_lines_on_chinese_text(tmp_path):
    lines = ["伊卡 测试", "教育背景", "虚构大学 计算机科学 博士 2019 - 2024", "Invented University, PhD"]
    _same(write_lines_pdf(tmp_path / "zh.pdf", [lines], font=CJK_FONT))


@pytest.mark.skipif(not CJK_FONT.exists(), reason="no CJK font installed")
def test_squeezed_full_width_punctuation_stays_on_its_line(tmp_path):
    """CJK typesetting squeezes a full stop or semicolon into the previous glyph's
    box (ctex does): both readers keep it on the line instead of a line of its own."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=str(CJK_FONT))
    pdf.set_font("cjk", size=12)
    pdf.set_xy(20, 30)
    pdf.cell(pdf.get_string_width("虚构方向:界面工程"), 6, "虚构方向:界面工程")
    pdf.set_x(pdf.get_x() - 0.7 * pdf.get_string_width("。"))  # drawn over the last glyph
    pdf.cell(0, 6, "。", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "squeezed.pdf"))
    texts = [line.text for line in _same(tmp_path / "squeezed.pdf")]
    assert texts == ["虚构方向:界面工程。"]


def test_same_lines_on_every_real_pdf(shared_dir):
    """The real CVs are where the shortcuts could go wrong (TeX kerning, Word,
    WPS one-glyph objects, fonts whose letters reach above their ascent)."""
    files = sorted((shared_dir / "corpus" / "files").glob("*.pdf"))
    assert files
    for path in files:
        _same(path)


def test_same_lines_on_heldout_pdfs():
    files = sorted(Path(__file__).parent.glob("heldout*/files/*.pdf"))
    assert files
    for path in files:
        _same(path)


def test_unchecked_calls_answer_as_pypdfium2s(tmp_path):
    """The readers call pdfium without ctypes' argument conversion (pdf_chars.unchecked):
    every such call must give what pypdfium2's declared function gives, character
    by character, on a real page (a wrong result type or pointer would not raise)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from reviewer.extract.pdf_chars import (
        _GET_FONT,
        _GET_OBJ,
        GET_BOX,
        GET_MATRIX,
        GET_ORIGIN,
        GET_RECT,
        GET_SIZE,
        CharReader,
    )

    for function in (_GET_FONT, _GET_OBJ, GET_BOX, GET_MATRIX, GET_ORIGIN, GET_RECT, GET_SIZE):
        # PYFUNCTYPE: the GIL stays held (no release and retake around each short call)
        assert function._flags_ & ctypes._FUNCFLAG_PYTHONAPI
    pdf = pdfium.PdfDocument(str(_tricky_pdf(tmp_path / "calls.pdf")))
    textpage = pdf[0].get_textpage()
    handle = textpage.raw
    n = pdfium_c.FPDFText_CountChars(handle)
    assert n > 100
    box, ref_box = pdfium_c.FS_RECTF(), pdfium_c.FS_RECTF()
    matrix, ref_matrix = pdfium_c.FS_MATRIX(), pdfium_c.FS_MATRIX()
    xy, ref_xy = [ctypes.c_double() for _ in range(2)], [ctypes.c_double() for _ in range(2)]
    # the readers pass CharReader.vhandle (a prebuilt pointer argument); the raw handle works too
    for arg in (CharReader(textpage).vhandle, handle):
        for i in range(n):
            assert _GET_OBJ(arg, i) == _GET_OBJ(ctypes.cast(handle, ctypes.c_void_p), i) == (
                ctypes.cast(pdfium_c.FPDFText_GetTextObject(handle, i), ctypes.c_void_p).value)
            assert GET_BOX(arg, i, ctypes.byref(box)) == pdfium_c.FPDFText_GetLooseCharBox(handle, i, ref_box)
            assert (box.left, box.right, box.bottom, box.top) == (ref_box.left, ref_box.right, ref_box.bottom,
                                                                  ref_box.top)
            GET_ORIGIN(arg, i, *map(ctypes.byref, xy))
            pdfium_c.FPDFText_GetCharOrigin(handle, i, *ref_xy)
            assert [v.value for v in xy] == [v.value for v in ref_xy]
            assert GET_SIZE(arg, i) == pdfium_c.FPDFText_GetFontSize(handle, i)
            assert GET_MATRIX(arg, i, ctypes.byref(matrix)) == pdfium_c.FPDFText_GetMatrix(handle, i, ref_matrix)
            assert (matrix.a, matrix.b, matrix.c, matrix.d) == (ref_matrix.a, ref_matrix.b, ref_matrix.c,
                                                                ref_matrix.d)
        rects = pdfium_c.FPDFText_CountRects(handle, 0, n)
        assert rects > 5
        got, ref = [ctypes.c_double() for _ in range(4)], [ctypes.c_double() for _ in range(4)]
        for k in range(rects):
            GET_RECT(arg, k, *map(ctypes.byref, got))
            pdfium_c.FPDFText_GetRect(handle, k, *ref)
            assert [v.value for v in got] == [v.value for v in ref]
    textpage.close()
    pdf.close()


def _excess_reference(reader, style, inner: str, first: int, width: float, widths: dict):
    """The width measurement as it was written first: a test per character of the run."""
    import ctypes

    from reviewer.extract.pdf_chars import GET_BOX
    from reviewer.extract.pdf_run_checks import WS

    rect = reader.rect
    for k, ch in enumerate(inner):
        if ch not in widths:
            GET_BOX(reader.handle, first + k, ctypes.byref(rect))
            w = rect.right - rect.left
            if w <= 0 and ch in WS:
                return None
            widths[ch] = w
    return width - sum(map(widths.__getitem__, inner))


def test_run_widths_measured_as_the_per_character_loop_did(tmp_path):
    """`pdf_run_checks._excess` measures only the characters its font has not measured
    yet, each at its first place in the run and in that order (the order decides what
    is kept when a kerning space stops it), whether it tries the sum itself or is
    handed the font's widths after the caller's sum failed."""
    import re

    import pypdfium2 as pdfium

    from reviewer.extract.pdf_chars import _GET_OBJ, CharReader
    from reviewer.extract.pdf_run_checks import _excess

    pdf = pdfium.PdfDocument(str(_tricky_pdf(tmp_path / "widths.pdf")))
    page = pdf[0]
    textpage = page.get_textpage()
    reader = CharReader(textpage, page.get_width(), page.get_height())
    checked = 0
    for line in re.finditer(r"[^\r\n]+", reader.text):
        inner, first = line.group().strip(), line.start() + len(line.group()) - len(line.group().lstrip())
        obj = _GET_OBJ(reader.vhandle, first)
        if len(inner) < 3 or not obj:
            continue
        style = reader.style(obj, first)
        for known in ("", inner[1::2], inner):  # nothing, every other character, all measured before
            ref: dict[str, float] = {}
            assert _excess_reference(reader, style, known, first + 1, 0.0, ref) is not None or not known
            ref = {ch: ref[ch] + 0.125 for ch in ref}  # "measured before": kept, never measured again
            handed, own = dict(ref), dict(ref)
            expected = _excess_reference(reader, style, inner, first, 99.0, ref)
            assert _excess(reader, style, inner, first, 99.0, handed) == expected
            reader.widths = {style.font: own}
            assert _excess(reader, style, inner, first, 99.0) == expected
            assert list(handed.items()) == list(own.items()) == list(ref.items())
            checked += 1
    assert checked >= 20
    textpage.close()
    page.close()
    pdf.close()


def _page_runs_with_spaces(tmp_path):
    """(what must stay open, reader, [(style, inner, first)]) for the lines with a space of a real page, every
    character's width measured as the run reader measures it."""
    import re

    import pypdfium2 as pdfium

    from reviewer.extract.pdf_chars import _GET_OBJ, CharReader
    from reviewer.extract.pdf_run_checks import _excess

    pdf = pdfium.PdfDocument(str(_tricky_pdf(tmp_path / "sums.pdf")))
    page = pdf[0]
    textpage = page.get_textpage()  # kept alive with the document: the reader holds its raw handle
    reader = CharReader(textpage, page.get_width(), page.get_height())
    runs = []
    for line in re.finditer(r"[^\r\n]+", reader.text):
        inner = line.group().strip()
        first = line.start() + len(line.group()) - len(line.group().lstrip())
        obj = _GET_OBJ(reader.vhandle, first)
        if " " in inner and obj:
            style = reader.style(obj, first)
            if style.font:
                _excess(reader, style, inner, first, 0.0)
                runs.append((style, inner, first))
    return (pdf, page, textpage), reader, runs


def test_quick_width_sum_stays_within_its_margin(tmp_path):
    """pdf_widths: an ASCII run's widths summed from byte tables, within the margin it
    reports of the exact sum; no answer for what it cannot sum; new widths picked up."""
    from reviewer.extract.pdf_widths import MAX_CHARS, WidthSums

    kept, reader, runs = _page_runs_with_spaces(tmp_path)
    assert len(runs) >= 5
    for style, inner, _first in runs:
        widths = reader.widths[style.font]
        sums = WidthSums(widths)
        total, margin = sums.total(inner)
        assert abs(total - sum(map(widths.__getitem__, inner))) <= margin < len(inner) / 100
        assert sums.total(inner + "\u00e9") is None  # not ASCII
        assert sums.total("x" * (MAX_CHARS + 1)) is None
        unseen = next(ch for ch in "~^`|#" if ch not in widths)
        assert sums.total(inner + unseen) is None  # not measured yet
        widths[unseen] = 3.25
        total, margin = sums.total(inner + unseen)
        assert abs(total - sum(map(widths.__getitem__, inner)) - 3.25) <= margin
        del widths[unseen]
        wide = WidthSums({**widths, unseen: 1020.0})  # wider than the tables hold: summed exactly
        assert wide.total(inner) is not None and wide.total(inner + unseen) is None
    kept[0].close()


def test_quick_width_sum_decides_only_outside_its_margin(tmp_path):
    """gaps_hold gives the exact sum's answer for run widths right at its thresholds,
    where the quick sum's margin could tip it (the same reader with empty byte tables
    always sums exactly)."""
    from reviewer.extract.pdf_run_checks import gaps_hold
    from reviewer.extract.pdf_widths import WidthSums

    kept, reader, runs = _page_runs_with_spaces(tmp_path)
    exact_sums = {style.font: WidthSums({}) for style, _inner, _first in runs}
    compared = 0
    for style, inner, first in runs:
        widths = reader.widths[style.font]
        exact = sum(map(widths.__getitem__, inner))
        limit = 10.0
        space = widths[" "]
        edges = (exact + 0.3 * limit, exact - 0.3 * limit, exact + 0.9 * limit - space)
        for edge in edges:
            for delta in (-0.4, -0.05, -1e-3, -1e-9, 0.0, 1e-9, 1e-3, 0.05, 0.4):
                width = edge + delta
                reader.sums = {}
                quick = gaps_hold(reader, style, inner, first, width, limit, False)
                reader.sums = exact_sums
                assert gaps_hold(reader, style, inner, first, width, limit, False) == quick, (inner, width)
                compared += 1
    assert compared >= 100
    kept[0].close()


def _narrow_date_column_pdf(path: Path) -> Path:
    """A label column, then a date column in 6 pt too narrow for its dates (each runs into
    the 10 pt entry beside it, or stops just before it), and a formula with a subscript."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 30, "Positions")
    pdf.set_font("Helvetica", size=6)
    pdf.text(45, 30, "2023 - now")
    date_end = 45 + pdf.get_string_width("2023 - now")
    pdf.set_font("Helvetica", size=10)
    pdf.text(date_end + 0.3, 30, "Quillhaven MC, Rotterdam")  # a hair past the date, no space between
    pdf.set_font("Helvetica", size=6)
    pdf.text(45, 40, "2017 - 2019")
    pdf.set_font("Helvetica", size=10)
    pdf.text(55, 40, "Northfield Center, Utrecht")  # starts under the date's last digits
    pdf.set_font("Helvetica", size=6)
    pdf.text(45, 60.3, "Sep - Nov 2024")
    pdf.set_font("Helvetica", size=10)
    pdf.text(50, 60, "Quillford School of Public Health")  # half the date under it, a little lower
    pdf.text(45, 50, "Emissions of N")
    pdf.set_font("Helvetica", size=6)
    pdf.text(45 + pdf.get_string_width("Emissions of N") * 10 / 6 + 0.1, 51, "2")
    pdf.set_font("Helvetica", size=10)
    pdf.text(45 + pdf.get_string_width("Emissions of N") + 1.3, 50, "O in a field")
    pdf.output(str(path))
    return path


def test_a_narrow_date_columns_small_dates_are_cells_of_their_rows(tmp_path):
    lines = [line.text for line in _same(_narrow_date_column_pdf(tmp_path / "narrow.pdf"))]
    assert f"2017 - 2019{CELL_SEP}Northfield Center, Utrecht" in lines
    assert any(t.startswith(f"Positions{CELL_SEP}2023 - now{CELL_SEP}Quillhaven MC") for t in lines), lines
    assert f"Sep - Nov 2024{CELL_SEP}Quillford School of Public Health" in lines
    assert any(t.startswith("Emissions of N2") and CELL_SEP not in t for t in lines), lines


def test_a_date_overrunning_its_box_into_the_next_cell_is_one_row(tmp_path):
    """LaTeX's \\makebox[2.5cm][l]{2019 (6 months)}: the date is wider than its box and its
    last letters run under the entry beside it, on one baseline: one row in both readers."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.text(20, 30, "2012-2018")
    pdf.text(45, 30, "Reader in Invented Studies, Quillford University")
    width = pdf.get_string_width("2019 (6 months)")
    pdf.text(20, 36, "2019 (6 months)")
    pdf.text(20 + width - 3.0, 36, "Visiting Professor, Northfield University")  # 3 mm under the date
    pdf.text(20, 42, "(sabbatical)")
    # a long title reaching under a right-aligned date: overprinted text, not a date cell's overrun
    title = "Postdoctoral Research Associate, Institute of Invented Studies, Quillford"
    pdf.text(20, 60, title)
    pdf.text(20 + pdf.get_string_width(title) - 4.0, 60, "Apr 2021 - Aug 2023")
    pdf.output(str(tmp_path / "overrun.pdf"))
    lines = [line.text for line in _same(tmp_path / "overrun.pdf")]
    assert len(lines) == 5, lines
    assert lines[1].startswith("2019 (6 months)") and lines[1].endswith("Visiting Professor, Northfield University")
    assert title in lines and "Apr 2021 - Aug 2023" in lines


def _wrapped_table_pdf(path: Path) -> Path:
    """A Word-like table of posts (No. | Organisation | Designation | From | To) whose cells wrap:
    each wrapped piece under its own column, a row of its own in the text layer; under it, a
    dated line with a detail line that merely starts at a column's x."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    cols = (20, 32, 95, 132, 160)

    def row(y: float, cells: dict[int, str]) -> None:
        for k, text in cells.items():
            pdf.text(cols[k], y, text)

    row(30, {0: "No.", 1: "Organisation", 2: "Designation", 3: "From", 4: "To"})
    # "Invented Institute of Quillford" fills its column; "Technology Campus" wraps under it
    row(40, {0: "1", 1: "Invented Institute of Quillford", 2: "Assistant Professor", 3: "01.07.2021", 4: "Till date"})
    row(44.5, {1: "Technology Campus and Labs at", 2: "(Grade II)"})
    row(49, {1: "Northfield"})  # a second wrapped line, after the cell's last line filled it
    row(60, {0: "2", 1: "Quill Labs", 2: "Engineer", 3: "01.06.2016", 4: "30.06.2021"})
    row(64.5, {1: "Widgets and dashboards"})  # a detail under a short name: no wrapped cell
    pdf.output(str(path))
    return path


def test_a_tables_wrapped_cells_go_back_into_their_row(tmp_path):
    lines = [line.text for line in _same(_wrapped_table_pdf(tmp_path / "table.pdf"))]
    assert CELL_SEP.join(["1", "Invented Institute of Quillford Technology Campus and Labs at Northfield",
                          "Assistant Professor (Grade II)", "01.07.2021", "Till date"]) in lines
    assert "Widgets and dashboards" in lines


def test_whole_run_path_takes_every_line_of_a_generated_cv(tmp_path, monkeypatch):
    """The run reader's point is the whole-run path: on a plain generated CV no line may
    fall back to the exact per-character rules (same lines either way, so only this
    notices a check that turned wrong, e.g. a box's floats unpacked in the wrong order).
    The fallbacks are counted, not replaced."""
    import reviewer.extract.pdf_runs as pdf_runs
    from reviewer.extract.pdf_chars import CharReader

    slow, per_char = [], []
    add_run_slowly, chars = pdf_runs.add_run_slowly, CharReader.chars

    def counted_slowly(*args):
        slow.append(args[4:6])
        return add_run_slowly(*args)

    def counted_chars(self, lo, hi):
        per_char.append((lo, hi))
        return chars(self, lo, hi)

    path = write_pdf(tmp_path / "plain.pdf", Person(name="Wanda Wholerun"))
    lines = _same(path)
    assert len(lines) > 15
    monkeypatch.setattr(pdf_runs, "add_run_slowly", counted_slowly)
    monkeypatch.setattr(CharReader, "chars", counted_chars)
    assert read_pdf(path).lines == lines
    assert slow == [] and per_char == []


def test_float_views_read_what_the_fields_hold(tmp_path):
    """pdf_chars.float_view: a character's box and matrix unpacked from one memoryview are
    the values (and order) of the structure's fields, on every character of a real page."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from reviewer.extract.pdf_chars import GET_BOX, GET_MATRIX, float_view

    pdf = pdfium.PdfDocument(str(_tricky_pdf(tmp_path / "views.pdf")))
    textpage = pdf[0].get_textpage()
    handle = textpage.raw
    box, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    box_view, matrix_view = float_view(box), float_view(matrix)
    for i in range(pdfium_c.FPDFText_CountChars(handle)):
        GET_BOX(handle, i, ctypes.byref(box))
        left, top, right, bottom = box_view
        assert (left, top, right, bottom) == (box.left, box.top, box.right, box.bottom)
        GET_MATRIX(handle, i, ctypes.byref(matrix))
        assert tuple(matrix_view) == (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    textpage.close()
    pdf.close()
