"""Open a zip package (DOCX, ODT) only if unpacking it is bounded.

The declared sizes are checked before any member is inflated. They cannot lie
to us usefully: zipfile stops inflating a member at its declared size (and then
fails its CRC check), so the declared total bounds the memory a reader can use.
"""
from __future__ import annotations

import io
import zipfile

from reviewer.extract.document import ExtractionError

MAX_UNPACKED = 256 * 1024 * 1024  # a CV with photos unpacks to a few MB
MAX_RATIO = 200  # deflate reaches ~1000x only on degenerate data; real DOCX is 2-10x
MAX_MEMBERS = 5000


def open_package(data: bytes, label: str) -> zipfile.ZipFile:
    """A ZipFile over `data`, or ExtractionError with a reason naming `label` ("DOCX")."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
        raise ExtractionError(f"broken {label} (not a valid zip package)") from err
    infos = archive.infolist()
    total = sum(max(info.file_size, 0) for info in infos)
    if (
        len(infos) > MAX_MEMBERS
        or total > MAX_UNPACKED
        or (total > 16 * 1024 * 1024 and total > MAX_RATIO * max(len(data), 1))
        or any(info.file_size > 32 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1) for info in infos)
    ):
        archive.close()
        raise ExtractionError(f"{label} too large when unpacked (zip bomb?)")
    return archive
