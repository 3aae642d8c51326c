"""One contract every format reader of the registry's table passes: whatever the
bytes (empty, broken, in a wrong encoding, huge), extraction ends in a document
or an ExtractionError with a one-line reason, never another exception."""
from __future__ import annotations

import pytest

from reviewer.extract import ExtractedDocument, ExtractionError, extract, registry
from reviewer.extract.registry import FORMATS, Format
from tests.factories import Person, write_docx, write_pdf

IDS = [f.name for f in FORMATS]

_ODT_CONTENT = (b'<?xml version="1.0"?><office:document-content '
                b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
                b"<office:body><office:text><text:p>Ada Example</text:p><text:p>Invented Labs</text:p>"
                b"</office:text></office:body></office:document-content>")


def _sample(fmt: Format, tmp_path) -> bytes:
    """A small valid file of the format (an invented person)."""
    person = Person(name="Ada Example")
    if fmt.name == "pdf":
        return write_pdf(tmp_path / "s.pdf", person).read_bytes()
    if fmt.name == "docx":
        return write_docx(tmp_path / "s.docx", person).read_bytes()
    if fmt.name == "odt":
        import io
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", _ODT_CONTENT)
        return buffer.getvalue()
    if fmt.name == "rtf":
        return rb"{\rtf1\ansi Ada Example\par Invented Labs\par}"
    if fmt.name == "html":
        return b"<!DOCTYPE html><html><body><h1>Ada Example</h1><p>Invented Labs</p></body></html>"
    return b"Ada Example\n\nInvented Labs, 2020\n"


def _outcome(path) -> ExtractedDocument | str:
    try:
        return extract(path)
    except ExtractionError as err:
        reason = str(err)
        assert reason and "\n" not in reason and len(reason) < 200, reason
        return reason


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_a_valid_sample_is_read_as_its_format(fmt, tmp_path):
    path = tmp_path / f"cv{fmt.suffixes[0]}"
    path.write_bytes(_sample(fmt, tmp_path))
    doc = extract(path)
    assert doc.format == fmt.name
    assert any("Ada Example" in line.text for line in doc.lines)


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_an_empty_file_is_refused_with_a_reason(fmt, tmp_path):
    path = tmp_path / f"empty{fmt.suffixes[0]}"
    path.write_bytes(b"")
    assert _outcome(path) == "empty file"


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
@pytest.mark.parametrize("cut", [0.3, 0.7])
def test_a_truncated_file_ends_in_a_document_or_a_reason(fmt, cut, tmp_path):
    data = _sample(fmt, tmp_path)
    path = tmp_path / f"cut{fmt.suffixes[0]}"
    path.write_bytes(data[: max(1, int(len(data) * cut))])
    _outcome(path)


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_garbage_under_the_suffix_is_refused_with_a_reason(fmt, tmp_path):
    path = tmp_path / f"garbage{fmt.suffixes[0]}"
    path.write_bytes(bytes(range(256)) * 40)
    outcome = _outcome(path)
    assert isinstance(outcome, str), f"{fmt.name}: garbage read as a document"


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_bytes_in_a_wrong_encoding_end_in_a_document_or_a_reason(fmt, tmp_path):
    text = _sample(fmt, tmp_path).decode("latin-1") + " Zoë Müller, 北京大学 "
    path = tmp_path / f"enc{fmt.suffixes[0]}"
    path.write_bytes(text.encode("utf-16-le" if fmt.is_text else "cp1252", errors="replace"))
    _outcome(path)


@pytest.mark.parametrize("fmt", FORMATS, ids=IDS)
def test_a_huge_file_is_capped_or_refused(fmt, tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "MAX_TEXT_BYTES", 4096)
    monkeypatch.setattr(registry, "MAX_BINARY_BYTES", 4096)
    data = _sample(fmt, tmp_path)
    padding = b"\n" + b"Invented filler line for size.\n" * 400 if fmt.is_text else b"%" * 20_000
    path = tmp_path / f"huge{fmt.suffixes[0]}"
    path.write_bytes(data + padding)
    outcome = _outcome(path)
    if fmt.is_text:
        assert isinstance(outcome, ExtractedDocument) and outcome.warnings[0].startswith("read the first")
    else:
        assert isinstance(outcome, str) and outcome.startswith("file too large")


def test_every_suffix_of_the_table_is_supported_and_unique():
    suffixes = [s for f in FORMATS for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert set(suffixes) == set(registry.SUPPORTED_SUFFIXES)
