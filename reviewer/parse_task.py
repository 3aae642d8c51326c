"""The function worker processes run for each file: extract, parse, and return
plain data (picklable, no ORM objects). Nothing heavy at module level: the
parser and readers load in `warm_up`, in the worker, never in the app's process."""
from __future__ import annotations

import gc
import importlib
from typing import Any

# Objects allocated net of those freed before the young generation is collected (Python's
# default is 700). A file's objects die by reference counting when its task returns; the
# collector's passes mostly walked what stays alive (the parser's bounded caches).
YOUNG_COLLECTION_THRESHOLD = 10_000


def warm_up() -> None:
    """Import the parser and the readers before the first file (the pool calls this),
    so that their import time does not count against the first file's time limit.

    Also sets this worker's garbage collector: what the imports made (modules, compiled
    patterns, phone-number metadata) lives as long as the worker, so it is frozen out of
    the full passes, and the young generation is collected less often. Over 500 files
    in one process the collector took 0.6-1.0 ms of CPU a file before, 0.16-0.18 after,
    peak RSS unchanged."""
    for module in ("reviewer.parsing.pipeline", "reviewer.extract.pdf", "reviewer.extract.docx",
                   "reviewer.extract.text", "reviewer.portal_split"):
        importlib.import_module(module)
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD)


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
    from reviewer.dockind import classify
    from reviewer.identity import identity_keys, summary_columns
    from reviewer.portal_split import cv_part, pages_of, split, whole_kind

    # A merged portal PDF: only its CV's pages make the profile.
    parts = split(doc)
    cv = cv_part(parts)
    profile = parse_document(pages_of(doc, cv) if cv is not None else doc, payload["source"])
    # What the writer needs besides the JSON, computed here, in parallel, so the
    # writer neither validates the profile again nor derives these on its thread.
    kind = whole_kind(parts) or classify(payload["source"], doc.text)

    return {
        "ok": True,
        "format": doc.format,
        "pages": doc.pages,
        "text": doc.text,
        "profile": profile.model_dump(mode="json"),
        "parser_version": PARSER_VERSION,
        "identities": identity_keys(profile),
        "summary": summary_columns(profile),
        "kind": kind.kind,
        "kind_reason": kind.reason,
        "parts": [part.as_json() for part in parts],
    }
