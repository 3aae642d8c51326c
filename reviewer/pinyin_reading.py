"""Chinese characters read as pinyin by pypinyin, loaded without freezing other threads.

pypinyin parses its phrase dictionary (2.5 MB of JSON) with one `json.loads` when it
is imported: ~125 ms in which no other thread of the process runs any Python, since
a C call keeps the GIL. In the window that was a 80-160 ms freeze of the GUI thread
the first time a candidate page asked for same-person suggestions (on a reader
thread), while an import ran (row g, benchmarks/FINDINGS.md).

Here the same file is parsed a slice of entries at a time (a few ms each, other
threads run in between) and handed to pypinyin through its public
`load_phrases_dict`, after pypinyin was imported with PYPINYIN_NO_PHRASES so that it
does not parse the file itself. The readings are pypinyin's own: the same
dictionary and the same segmenter (`load_phrases_dict` retrains it). If the file is
not where or what this expects, pypinyin is imported as usual.
"""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

SLICE_CHARS = 64_000  # ~3 ms of json.loads per slice
# A pause after each slice: a thread that always wants the GIL gets it back within the
# switch interval every time the GUI thread lets go of it (between two of the hundreds
# of model calls of one repaint), which can stretch a 7 ms repaint to 40. Resting
# between slices leaves such stretches free, for ~80 ms more of waiting on the reader.
SLICE_PAUSE_S = 0.002
_KEY_LINE_END = '": [\n'  # ends each entry's first line; a value (lists of syllables) never holds it
_lock = threading.Lock()
_reader: Callable[[str], list[str]] | None = None


def lazy_pinyin(text: str) -> list[str]:
    """pypinyin.lazy_pinyin(text): one plain syllable per character (张伟 -> zhang, wei)."""
    return (_reader or _load())(text)


def _load() -> Callable[[str], list[str]]:
    global _reader
    with _lock:  # two reader threads may ask at once: load once
        if _reader is None:
            _reader = _import_pypinyin()
        return _reader


def _import_pypinyin() -> Callable[[str], list[str]]:
    import sys

    if "pypinyin" in sys.modules:  # already imported (by other code): its dictionary is in
        from pypinyin import lazy_pinyin as reader

        return reader
    phrases = _phrases_in_slices(_phrases_file())
    if phrases is None:
        from pypinyin import lazy_pinyin as reader

        return reader
    before = os.environ.get("PYPINYIN_NO_PHRASES")
    os.environ["PYPINYIN_NO_PHRASES"] = "1"  # read only at pypinyin's import; put back at once
    try:
        import pypinyin
    finally:
        if before is None:
            os.environ.pop("PYPINYIN_NO_PHRASES", None)
        else:
            os.environ["PYPINYIN_NO_PHRASES"] = before
    pypinyin.load_phrases_dict(phrases)
    return pypinyin.lazy_pinyin


def _phrases_file() -> Path | None:
    spec = find_spec("pypinyin")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).with_name("phrases_dict.json")
    return path if path.is_file() else None


def _phrases_in_slices(path: Path | None) -> dict[str, list[list[str]]] | None:
    """The phrase dictionary as json.loads would give it, parsed in slices of whole
    entries; None if the file is missing or not laid out one key line per entry."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
        body_start, body_end = text.index("{") + 1, text.rindex("}")
        phrases: dict[str, list[list[str]]] = {}
        start = body_start
        while start < body_end:
            cut = text.find(_KEY_LINE_END, start + SLICE_CHARS, body_end)
            end = body_end if cut < 0 else text.rindex("\n", start, cut) + 1
            chunk = text[start:end].rstrip().rstrip(",")
            if chunk:
                phrases.update(json.loads("{" + chunk + "}"))
            start = end
            time.sleep(SLICE_PAUSE_S)
    except (OSError, ValueError):
        return None
    return phrases or None
