"""Merged portal PDFs: one file per applicant as Interfolio or AcademicJobsOnline
export it, holding the CV, the letters and the statements one after another. The
file is cut at its document boundaries and each part gets a kind.

Boundaries come from the bookmarks first (portals bookmark each document), else
from how a document's first page looks: a title line ("Research Statement"), a
letter's salutation under its letterhead, a CV's name header with contact lines.
A leading page that lists the documents is the portal's cover page.

Pure: an extracted document (its lines know their page, its outline the
bookmarks) in, parts out. Only a file that cuts into two parts or more is split;
everything else stays one document, classified as a whole, as before.
"""
from __future__ import annotations

from dataclasses import dataclass

from reviewer.dockind import _SALUTATION, CV, OTHER, Classification, classify, kind_from_name
from reviewer.extract.document import ExtractedDocument
from reviewer.extract.pdf_parts import bookmark_starts, several_documents


@dataclass(frozen=True)
class Part:
    first: int  # first page, 1-based
    last: int  # last page, inclusive
    kind: str
    title: str  # the bookmark's title, or what the first page says
    reason: str  # how the boundary was found and the kind decided

    def as_json(self) -> dict[str, object]:
        return {"first": self.first, "last": self.last, "kind": self.kind, "title": self.title,
                "reason": self.reason}


def page_texts(doc: ExtractedDocument) -> list[str]:
    """The text of each page (index 0 is page 1); pages with no text are empty."""
    pages = [""] * max(doc.pages, max((line.page for line in doc.lines), default=1))
    for line in doc.lines:
        pages[line.page - 1] += line.text + "\n"
    return pages


def split(doc: ExtractedDocument) -> list[Part]:
    """The parts of a merged PDF, or [] when it is one document."""
    if doc.format != "pdf" or doc.pages < 2:
        return []
    texts = page_texts(doc)
    if len(doc.page_starts) < 2:
        return []
    starts = {k: "" for k in doc.page_starts}
    how = "first page"
    if len(bookmark_starts(doc.outline, len(texts))) >= 2:
        starts |= bookmark_starts(doc.outline, len(texts))
        how = "bookmark"
    firsts = sorted(starts)
    parts = []
    for n, first in enumerate(firsts):
        last = firsts[n + 1] - 1 if n + 1 < len(firsts) else len(texts) - 1
        text = "".join(texts[first:last + 1])
        parts.append(_part(first, last, starts[first], text, how))
    return parts if several_documents([p.kind for p in parts]) else []


def is_cover_page(text: str) -> bool:
    """A portal's cover page: a short page whose lines name documents of a packet."""
    lines = [line for line in text.splitlines() if line.strip()]
    named = sum(1 for line in lines if kind_from_name(line + ".pdf") not in (None, OTHER))
    return named >= 3 and len(text) < 2500 and not _SALUTATION.search(text)


def _part(first: int, last: int, title: str, text: str, how: str) -> Part:
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:80]
    if first == 0 and is_cover_page(text):
        return Part(first + 1, last + 1, OTHER, title, f"{how}: the portal's cover page")
    named = kind_from_name(title + ".pdf") if how == "bookmark" else None
    if named is not None:
        return Part(first + 1, last + 1, named, title, f"{how}: its title")
    found = classify("", text)
    return Part(first + 1, last + 1, found.kind, title, f"{how}: {found.reason}")


def cv_part(parts: list[Part]) -> Part | None:
    return next((p for p in parts if p.kind == CV), None)


def whole_kind(parts: list[Part]) -> Classification | None:
    """The kind of the file as a whole: a CV when a part is one (it makes the
    candidate, the other parts come with it), else its first real part's."""
    main = cv_part(parts) or next((p for p in parts if p.kind != OTHER), None)
    return Classification(main.kind, f"merged PDF of {len(parts)} parts") if main is not None else None


def pages_of(doc: ExtractedDocument, part: Part) -> ExtractedDocument:
    """The document cut to one part's pages (what the parser reads of a merged PDF)."""
    lines = [line for line in doc.lines if part.first <= line.page <= part.last]
    # Only the part's own links and addresses: a referee's mailto must not become the applicant's.
    links = list(dict.fromkeys(url for line in lines for url in line.links if not url.startswith("mailto:")))
    text = "\n".join(line.text for line in lines).casefold()
    return ExtractedDocument(format=doc.format, lines=lines, links=[u for u in doc.links if u in links],
                             pages=part.last - part.first + 1, warnings=doc.warnings,
                             emails=[e for e in doc.emails if e.casefold() in text], metadata=doc.metadata,
                             encoding=doc.encoding)
