"""Papers laid out as project blocks, not references:

    Quiet Gradients for Sparse Tidal Models in      (bold, wrapped)
    Shallow Bays
    2024 NeurIPS, Under Review
    First Author
    • Proposed a sparse estimator ...

A bold title of one to three lines, then a line that opens with the year and
names the venue (and often the status), then an optional author-role label
("First Author", "Third Author", "一作"), then bullets about the work. Each
block becomes one reference written the way the reader already understands:
"Title (Venue, status 2024, First Author)".
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line
from reviewer.parsing.pubheads import CATEGORY_RE, holds_no_papers
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import status_from_text
from reviewer.parsing.venues import known_venue

_YEAR_VENUE = re.compile(r"^\s*((?:19|20)\d\d)(?:\.\d{1,2})?\s*[,|·:–-]?\s+(\S.{1,120})$")
_ROLE = re.compile(
    r"(?i)^\s*(?:(?:first|second|third|fourth|fifth|last|sole|co-?first|corresponding|\d(?:st|nd|rd|th))[- ]author"
    r"(?:\s*[,&/]\s*[\w-]+(?:\s+author)?)?|[一二三四五]作|第[一二三四五]作者|通讯作者|共同一作)\s*$")


_BULLET_MARK = re.compile(r"[•\-–*◦▪]")


def _title_line(line: Line) -> bool:
    t = line.text.strip()
    # (not a bold kind sub-heading, "Journal articles", over a list whose margin prints years)
    return (line.bold and 0 < len(t) <= 160 and not _YEAR_VENUE.match(t) and not _BULLET_MARK.match(t)
            and not CATEGORY_RE.match(t))


def block_items(lines: list[Line]) -> list[RawItem] | None:
    """The papers of a list laid out as project blocks, or None when fewer than two blocks are."""
    items: list[RawItem] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < 3 and _title_line(lines[j]):
            j += 1
        head = _YEAR_VENUE.match(lines[j].text.strip()) if i < j < len(lines) and not lines[j].bold else None
        if not head:
            i += 1
            continue
        title = " ".join(ln.text.strip() for ln in lines[i:j])
        note = f"{head.group(2).strip(' ,.')} {head.group(1)}"
        k = j + 1
        if k < len(lines) and _ROLE.match(lines[k].text):
            note += f", {lines[k].text.strip()}"
            k += 1
        items.append(RawItem([replace(lines[i], text=f"{title} ({note})")]))
        i = k
    return items if len(items) >= 2 else None


_INNER_BRACKETS = re.compile(r"\s*\([^()]*\)")
_RIGHT_CELL_GAP = 100.0  # points: a line starting this far right of the block's edge holds only a right cell


def right_cell_items(lines: list[Line]) -> list[RawItem] | None:
    """Project-style papers set in two cells, the title wrapping in the left one and the
    year, venue, status and the candidate's place stacked in the right one:

        Cross-modal transformers align chromatin with T-    2025 Nature Methods, Under Review
        cell receptor clonotypes                            First Author

    Each block becomes "Title (Venue, status 2025, First Author)", as block_items writes
    them; None unless at least two blocks make up most of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    starts = [k for k, ln in enumerate(texts) if _right_cell_head(ln.text)]
    if len(starts) < 2:
        return None
    items: list[RawItem] = []
    used = 0
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(texts)
        title, right = (part.strip() for part in texts[k].text.split("\t", 1))
        notes = [right]
        for line in texts[k + 1:end]:
            left, sep, cell = line.text.partition("\t")
            if not sep and _right_only(line, texts[k]):
                left, cell = "", left
            if left.strip():
                title = f"{title}{left.strip()}" if title.endswith("-") else f"{title} {left.strip()}"
            if cell.strip():
                notes.append(cell.strip())
        # "ISMB (Bioinformatics Proceedings)": a bracket inside the note would close the reference early
        head = _YEAR_VENUE.match(_INNER_BRACKETS.sub("", " ".join(n for n in notes if not _ROLE.match(n))))
        role = next((n for n in notes if _ROLE.match(n)), None)
        if head is None:
            continue
        note = f"{head.group(2).strip(' ,.')} {head.group(1)}" + (f", {role}" if role else "")
        items.append(RawItem([replace(texts[k], text=f"{title} ({note})")]))
        used += end - k
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None


def _right_cell_head(text: str) -> bool:
    """"Title words<tab>2025 Nature Methods, Under Review": a title cell, then a year and a venue."""
    left, sep, right = text.partition("\t")
    head = _YEAR_VENUE.match(right) if sep and len(left.strip()) >= 8 else None
    return bool(head and head.group(2)[:1].isalpha())


def _right_only(line: Line, first: Line) -> bool:
    """A line of the right cell alone ("First Author", "Proceedings), Published"): it starts far
    right of the block, or (no positions) it names the candidate's place."""
    if line.x0 is not None and first.x0 is not None:
        return line.x0 > first.x0 + _RIGHT_CELL_GAP
    return bool(_ROLE.match(line.text))


_BULLET = re.compile(r"^\s*[•◦▪\-–*]\s+")
# imprecv (Typst): "Published on IEEE ICRA<tab>May 2022" under the bold title
_PUBLISHED_ON = re.compile(r"(?i)^(?:published|presented|accepted|appeared)\s+(?:in|on|at|by)\s+\S")


def _status_only(text: str) -> bool:
    """"In press", "Under review<tab>2025": a status and perhaps a date, nothing else."""
    words = text.split("\t")[0].split()
    return 0 < len(words) <= 3 and status_from_text(text) is not None


def titled_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers set like resume entries (Jake's resume): a bold title with its date in a right
    cell, then one bullet with the authors and the venue or status:

        Loss Signatures of Noisy Labels                        Apr. 2025
        • D. Fenwick, P. Anand. ICLR 2025 Workshop on Data-centric ML

    JSON-Resume themes print "Published by KDD 2023" as the second line and a description
    under it. Each pair becomes "Title. Authors. Venue, date." (a title-first reference); None
    unless at least two pairs, with their descriptions, make up most of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    items: list[RawItem] = []
    used = 0
    for k, line in enumerate(texts[:-1]):
        detail = texts[k + 1]
        if not _title_line(line) or detail.bold or not (_BULLET.match(detail.text) or _PUBLISHED_ON.match(detail.text)
                                                        or _status_only(detail.text)):
            continue
        if CATEGORY_RE.match(line.text.strip()):
            continue  # "Refereed journal articles" over "1. Authors (2024) Title…": a sub-heading, not a title
        title, _, when = line.text.strip().partition("\t")
        body = _BULLET.sub("", detail.text).strip().rstrip(".")
        date = f", {when.strip()}" if when.strip() else ""
        items.append(RawItem([replace(line, text=f"{title.strip().rstrip('.')}. {body}{date}.")]))
        used += 2
        # plain lines under the pair describe the paper ("Applied Data Science Track."); a
        # bullet there would be another paper's
        used += next((n for n, extra in enumerate(texts[k + 2:]) if extra.bold or _BULLET.match(extra.text)),
                     len(texts) - k - 2)
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None


_MONTH_YEAR = re.compile(r"(?i)^(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d$")


def published_by_items(lines: list[Line]) -> list[RawItem] | None:
    """JSON-Resume themes that stack a paper: the title in bold (wrapping), "Published by
    Venue" (wrapping, bold too), the date, then the authors in plain type:

        Open-source R packages for ADaM derivation in a
        regulated environment
        Published by Therapeutic Innovation & Regulatory
        Science
        May 2023
        Quill A, Roe B, et al.

    Each becomes "Authors. Title. Venue, date."; None unless at least two make up most of the list."""
    texts = [ln for ln in lines if ln.text.strip()]
    items: list[RawItem] = []
    used = i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and j - i < 3 and texts[j].bold and not _PUBLISHED_ON.match(texts[j].text):
            j += 1
        if j == i or j >= len(texts) or not texts[j].bold or not _PUBLISHED_ON.match(texts[j].text):
            i += 1
            continue
        k = j + 1
        while k < len(texts) and texts[k].bold and k - j < 3:
            k += 1  # the venue's wrapped line
        venue = re.sub(r"(?i)^published\s+by\s+", "", " ".join(t.text.strip() for t in texts[j:k]))
        when = ""
        if k < len(texts) and _MONTH_YEAR.match(texts[k].text.strip()):
            when = f" {texts[k].text.strip()}"
            k += 1
        start = k
        while k < len(texts) and not texts[k].bold:
            k += 1
        authors = " ".join(t.text.strip() for t in texts[start:k]).rstrip(".")
        title = " ".join(t.text.strip() for t in texts[i:j]).rstrip(".")
        text = f"{authors}. {title}. {venue}.{when}." if authors else f"{title}. {venue}.{when}."
        items.append(RawItem([replace(texts[i], text=text)]))
        used += k - i
        i = k
    return items if len(items) >= 2 and used >= 0.8 * len(texts) else None


# "ICML2018,Title of the paper(一作)2018.03", "海岸学报2019,标题(二作)": venue and year run together
# (perhaps after a list number, "1. ICML2018,…"; a labelled line, "报告:Meeting,Title", is a talk),
# then the title, the author role and the date, one paper a line
_COMPACT = re.compile(
    r"^\W{0,3}(?:\d{1,2}[.)、．]\s*)?(?P<venue>[A-Za-z\u3400-\u9fff][^,，\t:：()（）]{1,70}?)\s*(?P<year>(?:19|20)\d\d)?"
    r"\s*(?:[(（](?P<status>[^()（）]{1,12})[)）])?\s*[,，]\s*"  # ("ACL2025(在投), Title")
    r"(?P<title>[^()（）]{6,300}?)"
    r"\s*(?:[(（]\s*(?P<role>[^()（）]{1,16}?)\s*[)）])?\s*(?P<date>(?:19|20)\d\d(?:[./-]\d{1,2})?)?\s*$")


def _paper_lines(lines: list[Line]) -> list[Line]:
    """The non-empty lines that are not under a sub-heading of patents, software or talks."""
    out: list[Line] = []
    elsewhere = False
    for ln in lines:
        text = ln.text.strip()
        if text and len(text.split()) <= 8 and CATEGORY_RE.match(text):
            elsewhere = holds_no_papers(text)
            continue
        if text and not elsewhere:
            out.append(ln)
    return out


def compact_items(lines: list[Line]) -> list[RawItem] | None:
    """One paper a line in the compact "VENUE2018,Title(一作)2018.03" form, when most lines are
    (the lines under a "授权专利" or "软件著作权" sub-heading are no papers and not counted)."""
    texts = _paper_lines(lines)
    # (the pattern needs a comma after the venue: a line without one is no such paper, untried)
    commas = [ln for ln in texts if "," in ln.text or "，" in ln.text]
    # (the pattern backtracks over every line: once the lines left cannot make the share, stop)
    possible = len(commas)
    hits = []
    for ln in commas:
        if possible < 2 or possible < 0.6 * len(texts):
            return None
        m = _COMPACT.match(ln.text.strip())
        # (the venue's year may be left out when the line ends with the date: "TASLP,Title(一作)2025.05")
        if m and (m.group("year") or m.group("date")):
            hits.append((ln, m))
        else:
            possible -= 1
    if len(hits) < 2 or len(hits) < 0.6 * len(texts):
        return None
    items = []
    for ln, m in hits:
        role = f", {m.group('role')}" if m.group("role") else ""
        year = m.group("year") or (m.group("date") or "")[:4]
        status = f", {m.group('status')}" if m.group("status") else ""
        items.append(RawItem([replace(ln, text=f"{m.group('title')} ({m.group('venue').strip()} {year}{role}{status})")]))
    return items


def paper_block_lines(lines: list[Line]) -> set[int]:
    """Line indices of project-style paper blocks inside another section ("Research" holding
    papers as bold titles over "2025 NeurIPS, Under Review"): at least two blocks whose
    year line names a known venue. These lines are papers, not jobs or projects."""
    found: set[int] = set()
    blocks = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < 3 and _title_line(lines[j]):
            j += 1
        head = _YEAR_VENUE.match(lines[j].text.strip()) if i < j < len(lines) and not lines[j].bold else None
        if not head or not known_venue(head.group(2)) or re.match(r"\s*(?:19|20)\d\d", head.group(2)):
            i += 1
            continue
        k = j + 1 + (1 if j + 1 < len(lines) and _ROLE.match(lines[j + 1].text) else 0)
        found.update(ln.index for ln in lines[i:k])
        blocks += 1
        i = k
    return found if blocks >= 2 else set()


# "[ACL Findings] Title of the paper<tab>Oct 2025": a bracketed venue tag, the title, the
# date right-aligned; a description line often follows. No author list.
_TAGGED = re.compile(r"^\s*\[(?P<venue>[^\[\]\d]{2,40})\]\s+(?P<title>[^\t]{8,300}?)\s*(?:\t|\s{2,})\s*"
                     r"(?:[A-Za-z]{3,9}\.?\s+)?(?P<year>(?:19|20)\d\d)\s*$")


def tagged_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers listed as "[Venue] Title  Mon YYYY" rows, when at least two rows are."""
    hits = [(k, ln, m) for k, ln in enumerate(lines) if (m := _TAGGED.match(ln.text))]
    if len(hits) < 2:
        return None
    items = []
    for n, (k, ln, m) in enumerate(hits):
        # the description under a row may say the status and the candidate's place
        # ("Under review. First author.", "Second author. A tracker that ...")
        end = hits[n + 1][0] if n + 1 < len(hits) else len(lines)
        note = " ".join(x.text for x in lines[k + 1:end])
        items.append(RawItem([replace(ln, text=f"{m.group('title').strip()} ({m.group('venue').strip()} {m.group('year')})")],
                             status_hint=status_from_text(note), position_hint=place_in(note)))
    return items


def place_in(note: str) -> str | None:
    """"First author." -> "first"; "Second author.", "Co-author" -> "other"; else None."""
    if re.search(r"(?i)\b(?:first|lead|co-?first)[- ]author|一作|第一作者", note):
        return "first"
    if re.search(r"(?i)\b(?:second|third|fourth|fifth|last|co-?)[- ]?author|[二三四五]作|第[二三四五]作者", note):
        return "other"
    return None
