"""Publication lists printed inside other sections.

Real CVs put their papers under headings the section splitter does not read as
"Publications": a sub-heading inside "Research Experience" or 学术活动
("Selected Papers", 发表论文列表, 学术成果), or straight under "Honors and
Awards". A run of lines is taken as a publication list when

* a line that is only a publication sub-heading opens it (the run goes on to
  the section's end or to the next sub-heading about something else), or
* without such a line, at least two consecutive items are citation-shaped
  (a title closed by "(Venue Year)", a "[J]"/"[C]" tag, an author list with a
  venue and a year), which prose, jobs and prizes are not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.lines import Line
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubblocks import paper_block_lines
from reviewer.parsing.pubfields import GBT_TAG_RE, split_trailing_venue
from reviewer.parsing.pubheads import CATEGORY_RE
from reviewer.parsing.pubshape import author_start
from reviewer.parsing.pubtext import line_marker, years_in
from reviewer.parsing.sections import heading_kind
from reviewer.parsing.venues import known_venue, looks_like_venue

# A line that is nothing but a publication sub-heading: "Selected Publications", "Papers:",
# "发表论文列表", "学术成果", "一作/通讯论文" (not "论文题目: ..." nor a sentence about papers).
_PUB_HEADING = re.compile(
    r"(?i)^\W*(?:(?:selected|recent|representative|peer[- ]reviewed|refereed|first[- ]author(?:ed)?|"
    r"co-?authored|other|list\s+of|journal|conference)\s+)*"
    r"(?:publications?|papers|articles|preprints|manuscripts)(?:\s+(?:and|&)\s+[a-z-]+(?:\s+[a-z-]+)?)?"
    r"(?:\s*\([^()]*\))?\s*[:：]?$"
    r"|^[\W\d]*[\u4e00-\u9fff/、]{0,8}(?:\s*(?:SCI|SSCI|EI|CSSCI|CSCD)\s*)?"  # ("发表 SCI 论文:")
    r"(?:论文|学术成果|科研成果|研究成果|发表文章|发表文献|著作)[\u4e00-\u9fff]{0,4}\s*[:：]?$")
# A sub-heading about something else ends the run: patents, projects, talks, service, prizes.
_OTHER_HEADING = re.compile(
    r"(?i)^\W*(?:[\w-]+\s+){0,2}(?:patents?|projects?|talks|presentations|service|reviewing|awards?|honou?rs|"
    r"grants?|teaching|skills)\s*[:：]?$|^[\W\d]*[\u4e00-\u9fff/、]{0,6}(?:专利|项目|报告|服务|审稿|奖|荣誉|基金|教学|技能)"
    r"[\u4e00-\u9fff]{0,4}\s*[:：]?$")
# "MSc in Physics (Northfield University, 2019)": a degree or a job, not a venue
_PLACE_WORDS = re.compile(r"(?i)\b(?:universit\w*|college|school|inc|ltd|gmbh|company|corporation|hospital)\b|大学|学院|公司")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Research Intern at Fenlight Labs (NYC, 2020)": a job, whatever its parentheses say
_JOB_WORDS = with_opening(re.compile(r"(?i)\b(?:intern(?:ship)?|engineer|assistant|manager|developer|analyst|consultant|"
                        r"director|officer|lecturer|postdoc(?:toral)?|researcher|scientist)\b|实习|工程师|助理|经理"))
_VENUE_WORD = with_opening(re.compile(r"(?i)\b(?:journal|proceedings|conference|transactions|letters)\b"))
# "2024, 251: 121133", "57(18): 7120-7131", "220(9):e20221873", "vol. 12, pp. 3-9": a journal's volume, issue and
# pages, which only a reference prints (any venue, known to us or not)
_VOLUME_PAGES = re.compile(
    r"\b\d{1,4}\s*(?:\(\s*[\dS-]{1,6}\s*\))?\s*[:：]\s*[A-Za-z]?\d{1,8}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?\b"
    r"|(?i:\bvol(?:ume)?\.?\s*\d+.{0,20}?\bpp?\.\s*\d+)"
    r"|\b\d{1,4},\s*[A-Z]?\d{3,8}\s*\((?:19|20)\d\d\)")  # (physics: "Phys. Rev. Lett. 132, 168301 (2024)")
_AWARD_WORDS = with_opening(re.compile(r"(?i)\b(?:award|prize|scholarship|fellowship|medal|winner|finalist)\b|奖"))


# "学术论文发表<tab>2019.06-2023.06": a job site's project block that is a list of papers, its span dated
_DATE_CELL = re.compile(r"\t\s*(?:19|20)\d\d(?:[.\-/年月]\d{0,2})*\s*(?:[-–—~至]\s*(?:(?:19|20)\d\d(?:[.\-/年月]\d{0,2})*|至今|今|present|now))?\s*$", re.I)


# is_publication_subheading and _citation_shaped: pure per string, and asked of the same lines
# by each pass that looks for papers outside a publications section
@lru_cache(maxsize=8192)
def is_publication_subheading(text: str) -> bool:
    t = _DATE_CELL.sub("", text).strip()
    # the pattern first: it turns away almost every line, and far faster than years_in
    return 0 < len(t) <= 60 and bool(_PUB_HEADING.match(t)) and not years_in(t)


_CLOSING_BRACKET_END = re.compile(r"[)）][.。]?$")
_YEAR_END = re.compile(r"\s*(?:19|20)\d\d$")


@lru_cache(maxsize=8192)
def _citation_shaped(text: str) -> bool:
    """One line that reads as a whole reference, not a job, a prize or a sentence."""
    if len(text) < 20 or not _YEAR.search(text):
        return False  # every shape below carries a year: most lines of a CV stop here, cheaply
    body = text[line_marker(text).length:].strip()
    if len(body) < 20 or _AWARD_WORDS.search(body) or _JOB_WORDS.search(body):
        return False
    if GBT_TAG_RE.search(body) and years_in(body):
        return True
    tail = split_trailing_venue(body)[1] if _CLOSING_BRACKET_END.search(body) else None
    venue = _YEAR_END.sub("", tail or "")
    if tail and years_in(body) and not _PLACE_WORDS.search(tail) and (
            known_venue(venue) or looks_like_venue(venue) or re.search(r"[\u3400-\u9fff]{2,}(?:学报|期刊|会议)", venue)
            or (re.fullmatch(r"[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*", venue) and len(venue) >= 3)):
        return True  # "Title (TGRS 2024)": a venue's name, not a city or an employer
    # the cheap tests first: most dated lines name no venue, and author_start is the dearest
    return bool(known_venue(body) or _VENUE_WORD.search(body) or _VOLUME_PAGES.search(body) or _venue_sentence(body)) \
        and bool(years_in(body)) and author_start(body)


_SENTENCE = re.compile(r"(?<=[a-z)])\.\s+")
# "Nature Physics (2025)", "Soft Matter 17, 4410 (2021)": a name in title case, maybe its volume
# and pages, then the year in brackets
_NAME_THEN_YEAR = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|and|in|for|&)){0,7}"
                             r"(?:\s+\d{1,4}(?:\(\d{1,4}\))?,?(?:\s*[A-Z]?\d{1,8})?)?\s*\((?:19|20)\d\d\)")


def _venue_sentence(body: str) -> bool:
    """A sentence after the first opens with a venue's name and the year ("… glasses. Nature
    Physics (2025), accepted.")."""
    return any(_NAME_THEN_YEAR.match(piece) for piece in _SENTENCE.split(body)[1:])


def publication_runs(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """The publication lists inside one section's lines: (sub-heading text or None, body lines)."""
    runs: list[tuple[str | None, list[Line]]] = []
    blocks = paper_block_lines(lines)
    if blocks:  # project-style paper blocks ("Research" holding bold titles over "2025 NeurIPS")
        span = [ln for ln in lines if min(blocks) <= ln.index <= max(blocks)]
        runs.append((None, span))
        lines = [ln for ln in lines if ln.index > max(blocks) or ln.index < min(blocks)]
    dated = [bool(_YEAR.search(ln.text)) for ln in lines]  # (read once for _wrapped_references' pre-test)
    i = 0
    while i < len(lines):
        text = lines[i].text.strip()
        if is_publication_subheading(text):
            j = i + 1
            while j < len(lines) and not _OTHER_HEADING.match(lines[j].text.strip()):
                j += 1
            body = lines[i + 1:j]
            if any(years_in(ln.text) for ln in body):
                runs.append((text, body))
            i = j
            continue
        if _citation_shaped(text):
            j = i + 1
            while j < len(lines) and _citation_shaped(lines[j].text.strip()):
                j += 1
            if j - i >= 2:
                runs.append((None, lines[i:j]))
            i = j
            continue
        wrapped = _wrapped_references(lines, i, dated)
        if wrapped > i:
            runs.append((None, lines[i:wrapped]))
            i = wrapped
            continue
        i += 1
    return runs


_MAX_WRAP = 3  # lines one reference may take


def _wrapped_references(lines: list[Line], i: int, dated: list[bool]) -> int:
    """The end of a run of two or more references wrapped over lines ("A. Author, B. Author.
    Title." / "Venue 132, 168301 (2024)."), each opening with its author list, that starts at
    line i; i when there is none. (An ERC track record prints them under prose.) dated[k]
    says whether lines[k] holds a year."""
    # (asked of every line of every section outside the papers; most jobs' detail lines hold no
    # year, and the author-list test is dear)
    return _reference_run(lines, i) if _years_for_two(dated, i) else i


def _years_for_two(dated: list[bool], i: int) -> bool:
    """Whether the lines from i hold the years a run needs: every citation shape holds one, and
    a run is two references or more, each at most _MAX_WRAP lines: a year in the first's lines
    (from i), and one in the second's, which come after the first's (so after its first year)
    and end before line i + 2 * _MAX_WRAP."""
    if not any(dated[i:i + _MAX_WRAP]):
        return False  # (most lines stop here)
    first = dated.index(True, i)
    return any(dated[first + 1:i + 2 * _MAX_WRAP])


def _reference_run(lines: list[Line], i: int) -> int:
    """_wrapped_references without its year pre-test."""
    ends: list[int] = []
    k = i
    while k < len(lines) and _opens_with_authors(lines[k].text.strip()):
        j = k + 1
        while j < len(lines) and j - k < _MAX_WRAP and not _opens_with_authors(lines[j].text.strip()):
            j += 1
        if not _citation_shaped(" ".join(ln.text.strip() for ln in lines[k:j])):
            break
        ends.append(j)
        k = j
    return ends[-1] if len(ends) >= 2 else i


# Pure per string, and asked again of each line a failed run read ahead (the next start tries
# them once more), and of the same lines by each pass that looks for papers (three in four repeat)
@lru_cache(maxsize=8192)
def _opens_with_authors(text: str) -> bool:
    """Two or more names open the line, perhaps after its number ("[1] R. van Oostveen, E. Markopoulou.")."""
    body = text[line_marker(text).length:].strip()
    return len(body) >= 12 and "," in body[:60] and author_start(body)


def cut_at_foreign_heading(heading: Line | None, body: list[Line]) -> list[Line]:
    """The body of a publications section up to a line set like its heading that names
    something else ("Software", 程序包, 课题项目): a heading the section splitter missed."""
    if heading is None or not heading.size:
        return body
    sizes = sorted(ln.size for ln in body if ln.size and ln.text.strip())
    if not sizes or heading.size < sizes[len(sizes) // 2] + 1.5:
        return body  # headings not set larger than the list: nothing to tell them by
    for n, ln in enumerate(body):
        t = ln.text.strip()
        if (ln.size and abs(ln.size - heading.size) < 0.3 and 0 < len(t) <= 30 and not years_in(t)
                and not is_publication_subheading(t) and not _PUB_CATEGORY.match(t) and not CATEGORY_RE.match(t)
                and heading_kind(t) != "publications" and n > 0):  # "Posters and Late-Breaking Work"
            return body[:n]
    return body


# Kinds of paper a publications section divides into: these sub-headings stay in the list.
_PUB_CATEGORY = re.compile(
    r"(?i)^\W*(?:[\w-]+\s+){0,3}(?:papers?|articles?|proceedings|preprints?|manuscripts?|chapters?|books?|"
    r"theses|reports?|reviews?|abstracts?|posters?)\s*[:：]?$|^[\W\d]*[\u4e00-\u9fff/、]{0,8}(?:论文|期刊|会议|文章|著作|专著|预印本)")

