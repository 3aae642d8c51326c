"""Hostile and broken files, each generated here: a clear one-line reason, never a
crash or a hang, and bounded work for huge inputs."""
from __future__ import annotations

import io
import os
import zipfile

import pytest

from reviewer.extract import MAX_TEXT_BYTES, ExtractionError, extract, extract_bytes
from reviewer.extract.pdf import MAX_PDF_PAGES
from tests.factories import Person, write_docx, write_pdf


def _reason(path) -> str:
    with pytest.raises(ExtractionError) as info:
        extract(path)
    reason = str(info.value)
    assert reason and "\n" not in reason
    return reason


def test_empty_file(tmp_path):
    for suffix in (".pdf", ".docx", ".txt", ".md"):
        (tmp_path / f"empty{suffix}").write_bytes(b"")
        assert _reason(tmp_path / f"empty{suffix}") == "empty file"


def test_random_bytes_named_pdf(tmp_path):
    (tmp_path / "noise.pdf").write_bytes(os.urandom(50_000))
    assert _reason(tmp_path / "noise.pdf") == "not a PDF (content does not start with a PDF header)"


def test_truncated_pdf_is_repaired_or_refused(tmp_path):
    data = write_pdf(tmp_path / "full.pdf", Person(name="Tara Truncated")).read_bytes()
    for cut in (len(data) // 2, 400, 20):
        (tmp_path / "cut.pdf").write_bytes(data[:cut])
        try:
            doc = extract(tmp_path / "cut.pdf")
        except ExtractionError as err:
            assert str(err).startswith(("broken PDF", "no text layer")), err
        else:
            assert "Tara Truncated" in doc.text  # pdfium rebuilt what was there


def test_broken_xref_is_repaired(tmp_path):
    data = write_pdf(tmp_path / "ok.pdf", Person(name="Xavi Xref")).read_bytes()
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n999999\n%%EOF\n"
    broken = broken.replace(b"xref\n0 ", b"xref\n7 ", 1)
    (tmp_path / "xref.pdf").write_bytes(broken)
    assert "Xavi Xref" in extract(tmp_path / "xref.pdf").text


def test_password_protected_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Pia Locked")
    pdf.output(str(tmp_path / "locked.pdf"))
    assert _reason(tmp_path / "locked.pdf") == "encrypted PDF (password required)"


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")  # opens without a password; only printing/copying "restricted"
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Oona Owner")
    pdf.output(str(tmp_path / "restricted.pdf"))
    assert extract(tmp_path / "restricted.pdf").text == "Oona Owner"


def test_thousand_page_pdf_reads_only_the_first_pages(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for n in range(1, 1001):
        pdf.add_page()
        pdf.cell(0, 10, f"Body text of invented page {n}")
    pdf.output(str(tmp_path / "long.pdf"))
    doc = extract(tmp_path / "long.pdf")
    assert doc.pages == 1000
    assert doc.warnings == [f"read the first {MAX_PDF_PAGES} of 1000 pages"]
    assert max(line.page for line in doc.lines) == MAX_PDF_PAGES
    assert doc.lines[-1].text == f"Body text of invented page {MAX_PDF_PAGES}"


def test_hundred_megabyte_text_file_is_read_only_up_to_the_cap(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"Ada Quill, invented candidate, line of a very long text file\n"
    with path.open("wb") as handle:
        handle.write(line * (MAX_TEXT_BYTES // len(line) + 100))
        handle.truncate(100 * 1024 * 1024)  # the rest is a hole: it is never read
    doc = extract(path)
    assert doc.warnings == ["read the first 2 MB of 100 MB"]
    assert doc.lines[0].text == line.decode().strip()
    assert len(doc.text) <= MAX_TEXT_BYTES


def test_docx_zip_bomb_is_refused_before_unpacking(tmp_path):
    real = write_docx(tmp_path / "real.docx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        with out.open("word/media/bomb.bin", "w") as bomb:  # 64 MB of zeros -> ~64 KB compressed
            chunk = b"\0" * (1024 * 1024)
            for _ in range(64):
                bomb.write(chunk)
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    assert os.path.getsize(tmp_path / "bomb.docx") < 1024 * 1024
    assert _reason(tmp_path / "bomb.docx") == "DOCX too large when unpacked (zip bomb?)"


def test_content_wins_over_suffix(tmp_path):
    person = Person(name="Sam Mislabel")
    pdf = write_pdf(tmp_path / "a.pdf", person).read_bytes()
    docx = write_docx(tmp_path / "a.docx", person).read_bytes()
    for data, suffix, fmt in ((pdf, ".docx", "pdf"), (docx, ".pdf", "docx"), (pdf, ".txt", "pdf"), (docx, ".doc", "docx")):
        doc = extract_bytes(data, suffix)
        assert doc.format == fmt and "Sam Mislabel" in doc.text, suffix
    html = b"<!DOCTYPE html><html><body><h1>Sam Mislabel</h1><p>CV</p></body></html>"
    assert extract_bytes(html, ".txt").format == "html"
    rtf = b"{\\rtf1\\ansi Sam Mislabel\\par}"
    assert extract_bytes(rtf, ".doc").text == "Sam Mislabel"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
         "unsupported format (.doc: legacy Word, please save as DOCX or PDF)"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "image file: no text layer (scanned?)"),
        ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image file: no text layer (scanned?)"),
        ("cv.txt", bytes(range(256)) * 40, "binary file, not text"),
        ("notes.xyz", b"plain words", "unsupported format (.xyz)"),
        ("noext", b"plain words", "unsupported format (no extension)"),
        ("fake.docx", b"this is not a zip", "not a DOCX file (not a valid document package)"),
        ("blank.txt", b"  \n\t\n ", "no text in file"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 12 else "",
)
def test_refusals_have_one_line_reasons(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    assert _reason(tmp_path / name) == reason


def test_pages_package_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\0" * 10)
        archive.writestr("Metadata/Properties.plist", b"")
    (tmp_path / "cv.pages").write_bytes(buffer.getvalue())
    assert _reason(tmp_path / "cv.pages") == "unsupported format (.pages: Apple Pages, please export as PDF or DOCX)"


def test_unreadable_missing_and_directory(tmp_path):
    assert _reason(tmp_path / "missing.pdf").startswith("cannot read file:")
    (tmp_path / "folder.pdf").mkdir()
    assert _reason(tmp_path / "folder.pdf").startswith("cannot read file:")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block until a writer came
    assert _reason(tmp_path / "pipe.txt") == "cannot read file: a pipe or device, not a regular file"
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert _reason(tmp_path / "zero.txt") == "cannot read file: a pipe or device, not a regular file"
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    assert _reason(loop).startswith("cannot read file:")
    if os.geteuid() != 0:  # root reads anything
        locked = write_pdf(tmp_path / "locked.pdf")
        locked.chmod(0)
        assert _reason(locked) == "cannot read file: Permission denied"


def test_deeply_nested_rtf_is_refused_not_recursed(tmp_path):
    (tmp_path / "deep.rtf").write_bytes(b"{\\rtf1 " + b"{" * 100_000 + b"x" + b"}" * 100_000 + b"}")
    assert _reason(tmp_path / "deep.rtf") == "broken RTF (groups nested too deeply)"


def test_text_far_off_the_page_is_dropped_not_measured(tmp_path):
    """A damaged or hostile file can put glyphs at x = 1e9; a layout grid sized
    by that width once took 24 GB. Off-page text is invisible: it is dropped."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for k in range(12):
        pdf.text(x=20, y=20 + 8 * k, text=f"Visible line {k} of an invented CV")
    pdf.text(x=3e8, y=40, text="hidden keyword stuffing")
    pdf.text(x=20, y=-5e6, text="hidden above the page")
    pdf.output(str(tmp_path / "far.pdf"))
    texts = [line.text for line in extract(tmp_path / "far.pdf").lines]
    assert texts == [f"Visible line {k} of an invented CV" for k in range(12)]


def test_damaged_copies_fail_cleanly(tmp_path):
    """Deterministic mutations of real generated files (cut, flipped bytes, lost or
    repeated chunks): each one reads or gives an ExtractionError, nothing else."""
    import random

    rnd = random.Random(7)
    person = Person(name="Fay Fuzz")
    sources = [(write_pdf(tmp_path / "a.pdf", person).read_bytes(), ".pdf"),
               (write_docx(tmp_path / "a.docx", person).read_bytes(), ".docx")]
    for _ in range(60):
        original, suffix = rnd.choice(sources)
        data = bytearray(original)
        cut = rnd.randrange(len(data))
        mode = rnd.randrange(4)
        if mode == 0:
            data = data[:cut]
        elif mode == 1:
            for _ in range(rnd.randint(1, 100)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
        elif mode == 2:
            del data[cut:cut + rnd.randint(1, 3000)]
        else:
            data[cut:cut] = data[cut:cut + rnd.randint(1, 3000)]
        try:
            extract_bytes(bytes(data), suffix)
        except ExtractionError as err:
            assert str(err) and "\n" not in str(err)


@pytest.mark.parametrize("unit", [b"[", b"[a](", b"**a ", b"![a](", b"<http:", b"# " + b" " * 50, b"_a "])
def test_pathological_markdown_lines_stay_linear(unit):
    """Half a megabyte of one repeated unit on one line: with unbounded patterns
    some of these ran for minutes (quadratic backtracking)."""
    data = unit * (500_000 // len(unit))
    doc = extract_bytes(data, ".md")
    assert doc.lines
