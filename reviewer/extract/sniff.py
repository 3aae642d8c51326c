"""What a file really is, from its first bytes (and for zip packages, its member
names). The suffix is only a hint: application folders hold PDFs named .doc,
RTF files named .doc, Word HTML named .doc, and DOCX files named .pdf."""
from __future__ import annotations

import io
import zipfile

# Kinds we recognise only to refuse them with a clear reason (the formats we read
# are registry.FORMATS).
REFUSED = ("doc", "pages", "image", "spreadsheet", "presentation", "archive", "binary")

_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*",
)
_BINARY_MAGIC = (
    b"\x7fELF", b"MZ", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"BZh", b"\xfd7zXZ", b"%!PS",
    b"\xca\xfe\xba\xbe", b"SQLite format 3",
)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_bytes(head: bytes, suffix: str, whole: bytes | None = None) -> str | None:
    """The kind of file: a format of registry.FORMATS or one of REFUSED, or None when the content gives
    no answer and the suffix names nothing we know. `head` is the first bytes (64 KB
    is plenty); `whole` the entire file when available (zip members live at its end).
    Plain text has no signature: registry.sniff_format names it by its suffix."""
    suffix = suffix.lower()
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(whole if whole is not None else head, suffix)
    if head.startswith(_OLE2):
        return {".xls": "spreadsheet", ".ppt": "presentation"}.get(suffix, "doc")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        return "rtf"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc") or (suffix == ".bmp" and head[:2] == b"BM"):
        return "image"
    if head.startswith(_BINARY_MAGIC) and suffix not in (".txt", ".md", ".text", ".markdown"):
        return "binary"
    if _looks_like_html(head):
        return "html"
    return None  # text without markers: the registry goes by the suffix


def _looks_like_html(head: bytes) -> bool:
    start = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"\xff\xfe") or start.startswith(b"\xfe\xff"):
        start = start.decode("utf-16", "ignore").encode("ascii", "ignore").lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml version")) and b"<html" in head[:4096].lower()


def _zip_kind(data: bytes, suffix: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
        # A truncated package: trust the suffix and let the reader say what is broken.
        return {".docx": "docx", ".odt": "odt"}.get(suffix, "archive")
    if "word/document.xml" in names:
        return "docx"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet") or "xl/workbook.xml" in names:
        return "spreadsheet"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.presentation") or "ppt/presentation.xml" in names:
        return "presentation"
    if "Index/Document.iwa" in names or "index.xml" in names or any(n.startswith("Index/") for n in names):
        return "pages"
    if "content.xml" in names:
        return "odt"
    return "archive"
