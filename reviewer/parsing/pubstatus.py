"""A reference's publication status: published, accepted, in press, under review, ...

A committee counts papers differently by status (a submitted manuscript is not
a paper yet), so the status is read from what the reference itself prints
("to appear", "under review", "已接收"), else from the sub-heading above it
("Submitted Manuscripts", "Preprints"), else from its shape: a reference with
a venue and a year that says nothing else is published; an arXiv-only one is a
preprint. None when nothing tells.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.needles import AnyNeedle, folded, may_match, needles
from reviewer.parsing.openings import with_opening
from reviewer.parsing.vocabulary import PREPRINT_SERVERS, alternation

# Checked in this order: "accepted, in press" is in press; "submitted ... accepted
# pending revision" is accepted. The words stand alone ("acceptance rate" is not "accepted").
_STATUS_WORDS: list[tuple[str, re.Pattern[str]]] = [
    # (a paper "forthcoming" in a journal is in its publication queue: in press, as CVs in
    # economics, law and the humanities use the word)
    # (French, German, Spanish, Portuguese and Italian words beside the English ones: "à paraître",
    # "im Druck", "en prensa", "no prelo", "in stampa"; "soumis", "eingereicht", "submetido")
    ("in press", with_opening(re.compile(r"(?i)\bin\s+press\b|\bà\s+paraître\b|\bsous\s+presse\b|\bim\s+druck\b|"
                            r"\ben\s+prensa\b|\bno\s+prelo\b|\bin\s+(?:corso\s+di\s+)?stampa\b|\bforthcoming\b|\bonline\s+first\b|\bearly\s+access\b|\b(?:epub\s+)?ahead\s+of\s+print\b|出版中|印刷中|刊印中|待刊|即刊|已录用待刊"))),
    ("accepted", with_opening(re.compile(
        r"(?i)\b(?:to\s+appear|conditionally\s+accepted|accepted(?!\s+rate)|angenommen|aceptado|aceito|accepté)\b|已接收|已录用|录用|(?<![\u3400-\u9fff])接收(?![\u3400-\u9fff])"))),
    ("under review", with_opening(re.compile(
        r"(?i)\b(?:under\s+(?:review|submission|revision)|in\s+submission|submitted|in\s+review|"
        r"revise\s+(?:and|&)\s+resubmit|reject\s+(?:and|&)\s+resubmit|r\s*&\s*r|major\s+revision|minor\s+revision|"
        r"invited\s+resubmission|soumis|eingereicht|submetido|enviad[oa]|sometid[oa]|en\s+revisión|em\s+revisão|sottoposto\s+a\s+revisione|"
        r"in\s+valutazione)\b|在投|已投|投稿中|审稿中|審查中|在审|返修|修改中|"
        r"修改后重投|大修|小修"))),
    ("in preparation", with_opening(re.compile(
        r"(?i)\b(?:in\s+preparation|in\s+prep\.?|manuscript|working\s+papers?|work\s+in\s+progress|draft|"
        r"under\s+contract|en\s+préparation|in\s+vorbereitung|en\s+preparación|em\s+preparação|in\s+preparazione)\b"
        r"|准备中|撰写中|待投"))),
]
# The literal words one of which each status pattern's statements hold, and one scan for all of
# them instead of four case-blind pattern scans (most references state no status). A text that
# passes runs only the patterns whose own words it holds: an author list's "&" (of "R & R")
# wakes one pattern, not all four.
_STATUS_NEEDLES = [needles(rx, shortest=1) for _, rx in _STATUS_WORDS]
_STATUS_SCREEN = AnyNeedle(_STATUS_NEEDLES)
# A status printed in the year's slot of an author-year reference ("Quill, D. and Osei, H.,
# forthcoming."): the words the author-list readers accept there.
YEAR_SLOT_STATUS = r"forthcoming|in\s+press|R&R|submitted|under\s+review|in\s+preparation|mimeo"
# A status in the brackets where an author-year reference prints its year: "(in press)",
# "(à paraître)", "(soumis)", "(im Druck)", "(eingereicht)"
BRACKETED_STATUS = (r"in\s+press|forthcoming|in\s+preparation|in\s+prep\.?|submitted|under\s+review|under\s+submission|"
                    r"accepted|to\s+appear|à\s+paraître|sous\s+presse|soumis|im\s+Druck|eingereicht|en\s+prensa|"
                    r"no\s+prelo|aceptado|aceito|submetido|enviad[oa]|sometid[oa]|刊印中|印刷中|審查中|审查中|已接受|已接收|已录用|已錄用|在审|在審|"
                    r"审稿中|審稿中|修改中|已投稿|投稿中|R&R|revise\s+and\s+resubmit|修改后重投|大修|小修")
_PREPRINT_HEADING_RE = re.compile(r"(?i)^\W*(?:preprints?|arxiv|technical reports?)\W*$")
_PREPRINT_RE = with_opening(re.compile(r"(?i)\b(?:" + alternation(w.lower() for w in PREPRINT_SERVERS) + r"|preprints?|prépublication)\b"
                          r"|(?-i:\bHAL\b)|\bhal-\d{6,}"))
# What only a printed paper carries: volume/issue/pages, a DOI, a publisher's proceedings.
_PRINTED_RE = re.compile(
    r"(?i)\bdoi\b|\b10\.\d{4,}/|\bvol(?:ume)?\.?\s*\d|\bpp?\.\s*\d|\b\d+\s*\(\d+\)\s*[:,]|\d+\s*[-–]\s*\d+\b|"
    r"\bproceedings\b|\bproc\.|\[(?:J|C)\]")


@lru_cache(maxsize=8192)  # pure per string; a reference's text is asked again by the field readers
def status_from_text(text: str) -> str | None:
    """The status a reference (or a sub-heading) states in words, or None."""
    low = folded(text)
    if _STATUS_SCREEN(text, low):
        for (status, pattern), words in zip(_STATUS_WORDS, _STATUS_NEEDLES, strict=True):
            if may_match(words, text, low) and pattern.search(text):
                return status
    if _PREPRINT_HEADING_RE.search(text.strip()):
        return "preprint"
    return None


def without_status_words(text: str) -> str:
    """text with every status statement removed ("Forthcoming 2025." -> " 2025.")."""
    for _, pattern in _STATUS_WORDS:
        text = pattern.sub("", text)
    return text


def publication_status(text: str, venue: str | None, year: int | None, hint: str | None = None) -> str | None:
    """Status of one reference: its own words first, then the sub-heading's, then its shape.

    text is the whole reference; venue and year are what the reader found;
    hint is the status a sub-heading above the reference states.
    """
    stated = status_from_text(text)
    if stated:
        return stated
    if hint:
        return hint
    if venue and _PREPRINT_RE.search(venue):
        return "preprint"
    if not venue and _PREPRINT_RE.search(text):
        return "preprint"
    if venue and (year or _PRINTED_RE.search(text)):
        return "published"
    return None
