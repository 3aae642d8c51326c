"""The function worker processes run for each file: extract, parse, and return
plain data (picklable, no ORM objects). Kept tiny so a worker starts fast; the
readers and the parser are imported on first use inside the worker."""
from __future__ import annotations

from typing import Any


def parse_task(payload: dict[str, Any]) -> dict[str, Any]:
    """payload: {"source": path shown in the profile, and either "path" (read the
    file) or "text" + "format" (re-parse stored text when the file is gone)}.
    Returns {"ok": False, "error": reason} for a file that cannot be read;
    parser exceptions propagate and the pool reports them."""
    from reviewer.extract import ExtractedDocument, ExtractionError, extract
    from reviewer.parsing import PARSER_VERSION, parse_document

    try:
        if "text" in payload:
            doc = ExtractedDocument.from_text(payload["text"], payload["format"])
        else:
            doc = extract(payload["path"])
    except ExtractionError as err:
        return {"ok": False, "error": str(err) or "cannot read file", "parser_version": PARSER_VERSION}
    profile = parse_document(doc, payload["source"])
    return {
        "ok": True,
        "format": doc.format,
        "pages": doc.pages,
        "text": doc.text,
        "profile": profile.model_dump(mode="json"),
        "parser_version": PARSER_VERSION,
    }
