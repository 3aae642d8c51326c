"""Heading detection and section splitting.

A heading is a short line whose words are section vocabulary ("Education",
"PROFESSIONAL EXPERIENCE", "## Selected Publications", "3. Honors & Awards:",
"教育背景"), or, with no known words, a line the document styles like its other
headings (ALL CAPS when they are, a larger font or bold when the reader reports
fonts, a Markdown/DOCX heading flag). Content lines that merely look loud (an
institution in bold, a name in capitals) are kept out by refusing unknown
headings with institution words, dates, digits or punctuation.

Sections of one kind that follow each other (Journal Papers, Conference Papers
under Publications) are merged: sub-headings stay inside their parent's lines,
which is what the publication parser expects.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from reviewer.parsing.cleaning import Clean, has_cjk
from reviewer.parsing.dates import find_dates
from reviewer.parsing.headingwords import CJK_VOCAB, EN_ORDER, FILLER, SECTION_KINDS, STRONG, VOCAB
from reviewer.parsing.lexicon import DEGREE_RE, ROLE_RE
from reviewer.parsing.lines import Line
from reviewer.parsing.openings import with_opening
from reviewer.parsing.vocabulary import (
    CJK_INSTITUTION_WORDS,
    INSTITUTION_NOUNS_EN,
    UNMISTAKABLE_COMPANY_FORMS,
    alternation,
)

# A line naming an institution or a company is an entry, not a heading. Only nouns no
# heading uses: lexicon.ORG_WORDS also holds "research", "group", "department", which
# headings do ("Research Experience").
ENTRY_NOUNS = with_opening(re.compile(
    r"(?i)\b(?:" + alternation(INSTITUTION_NOUNS_EN, ("laboratory", "laboratories"), UNMISTAKABLE_COMPANY_FORMS,
                                ("polytechnic",)) + r")\b|" + alternation(CJK_INSTITUTION_WORDS, ("公司",))
))
# ("1.0<tab>PERSONAL DATA": Nigerian and Indian university forms number headings 1.0, 2.0, …)
# (and a funder's form numbers its parts: "C1.2 Research outputs", "A.1. Current position", "Part A. …")
_NUMBERING = re.compile(r"^\s*(?:Part\s+)?[A-H](?:\.?\d{1,2})(?:\.\d{1,2})*\.?\s+|^\s*Part\s+[A-H]\.?\s+"
                        r"|^\s*(?:\d{1,2}\.0(?=\s)|\(?(?:\d{1,2}|[ivxIVX]{1,4}|[A-Ha-h])[.)、])\s*|^[一二三四五六七八九十]+[、.]\s*")
# "Research outputs - ten career-best": a short qualifier in lower case after a dash
_DASH_QUALIFIER = re.compile(r"\s+[-–—]\s+[a-z][\w-]*(?:\s+[\w-]+){0,3}$")


@dataclass
class Section:
    kind: str  # a SECTION_KINDS kind, "header" for the lines before the first heading, or "unknown"
    heading: Clean | None
    lines: list[Clean] = field(default_factory=list)
    # Lines moved between sections by columnflow, for readers of the document's own range
    # (heading to next heading): (the line they follow, the lines) taken, and indices given.
    taken: list[tuple[int, list[Line]]] = field(default_factory=list)
    given: set[int] = field(default_factory=set)

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""


# Kinds of section holding loose text (no heading, or one that names no list of entries)
LOOSE_TEXT = {"header", "summary", "personal", "unknown", "other"}


def lines_of(sections: list[Section], kinds: set[str], *, exclude: bool = False) -> list[Clean]:
    """The lines of the sections of these kinds (or, with exclude, of every other kind)."""
    return [c for s in sections if (s.kind in kinds) != exclude for c in s.lines]


# (the word gap two spaces or more, or the tab a PDF reader puts there)
_SPACED_CAPS = re.compile(r"(?:[A-Z] ){3,}[A-Z](?:(?:\s{2,}|\t)(?:[A-Z] )*[A-Z])*")
_WIDE_GAP = re.compile(r"\s{2,}|\t")
_EDGE_PUNCT = re.compile(r"^[^\w\u3400-\u9fff]+|[^\w\u3400-\u9fff)]+$")
# (or a Chinese form's instructions that wrap to the next line: "科研与学术工作经历（按时间倒序排序；…请列")
_UNCLOSED_NOTE = re.compile(r"\s*[(（][^()（）]*$")
_TRAILING_NOTE = with_opening(re.compile(r"\s*[(（][^()（）]*[)）]$|(?<=[\u4e00-\u9fff])\s*[(（][^()（）]*[\u4e00-\u9fff，,；;]$"))
_WORDY = re.compile(r"[A-Za-z\u4e00-\u9fff]{3,}|[\u4e00-\u9fff]{2,}")
_NOT_HEADING_CHARS = re.compile(r"\d|\[|\t")
_SENTENCE_END = re.compile(r"[a-z]{3}\.\s*$")
# each heading keyword as a whole word ("work" not in "network", "teaching" not in "co-teaching")
_KEYWORD = {k: re.compile(rf"(?<![\w-]){re.escape(k)}(?![\w-])") for _, k in EN_ORDER}
# EN_ORDER's positions by their keyword's first three letters (every keyword has three)
_BY_OPENING: dict[str, list[int]] = {}
for _n, (_, _k) in enumerate(EN_ORDER):
    _BY_OPENING.setdefault(_k[:3], []).append(_n)


def _keywords_opened_in(low: str) -> list[tuple[str, str]]:
    """The (kind, keyword) pairs of EN_ORDER, in its order, whose first three letters occur in
    low: a keyword the line holds is among them, and a short line holds few openings (testing
    all 196 keywords for each line was most of heading_kind's time)."""
    found = {n for i in range(len(low) - 2) for n in _BY_OPENING.get(low[i:i + 3], ())}
    return [EN_ORDER[n] for n in sorted(found)]


_HALVES = re.compile(r"\s+[/|｜]\s+|(?<=[\u4e00-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[\u4e00-\u9fff])")


# heading_text and heading_kind are pure per string and asked of every line, some lines
# several times (sections, labels, inline headings): answer each string once.
@lru_cache(maxsize=8192)
def heading_text(text: str) -> str:
    """A candidate heading without numbering, icons, trailing colon, and surrounding punctuation."""
    t = text.strip()
    if _SPACED_CAPS.fullmatch(t) or _kerned_spacing(t):
        t = " ".join(w.replace(" ", "") for w in _WIDE_GAP.split(t))  # "E D U C A T I O N"
        if " " not in t:  # "H O N O R S A N D A W A R D S": the word gaps lost, the words found again
            # (an ampersand parts the words for sure: "W R I T I N G & S P E A K I N G")
            t = " & ".join(_heading_words(part) or part for part in t.split("&")) if "&" in t else (
                _heading_words(t) or t)
    elif " " in t and t.isupper() and len(t) <= 40 and _broken_word(t):
        # "WORK EXPER IENCE", "PROF ILE": capitals spaced for looks, the text layer breaking words
        # at kerned pairs; the letters spell heading words again
        parts = [re.sub(r"[^A-Za-z]", "", part) for part in t.split("&")]
        spelled = [p if p.lower() in _SPELLING_WORDS else _heading_words(p) for p in parts]
        t = " & ".join(spelled) if all(spelled) else t  # type: ignore[arg-type]
    t = _NUMBERING.sub("", t)
    if t and (_cut_at_edge(t[0], "") or _cut_at_edge(t[-1], ")")):  # else the pattern has nothing to cut
        t = _EDGE_PUNCT.sub("", t)
    return t.strip()


def _has_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


def _broken_word(t: str) -> bool:
    """A word of the line is no word: a fragment of a heading word ("EXPER", "IENCE")."""
    return any(w.isalpha() and w.lower() not in _SPELLING_WORDS for w in t.split())


def _kerned_spacing(t: str) -> bool:
    """"AWA R D S", "C E R T I F I C AT I O N S": capitals set letter by letter, a few pairs
    kerned together (AV, WA, AT) so the text layer lost the space between them."""
    if not t.isupper() or len(t) > 80:
        return False  # (asked of every line: most fail here at C speed)
    toks = t.split()
    return (len(toks) >= 4 and all(x.isalpha() and x.isupper() and len(x) <= 3 for x in toks)
            and sum(len(x) == 1 for x in toks) >= 0.6 * len(toks))


_SPELLING_WORDS = frozenset(w for w in VOCAB | FILLER if w.isalpha())


def _heading_words(letters: str) -> str | None:
    """The heading words that spell these letters ("HONORSANDAWARDS" -> "HONORS AND AWARDS"),
    fewest words first; None when the vocabulary cannot spell them."""
    low = letters.lower()
    best: list[list[str] | None] = [[]] + [None] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - 20), end):
            prev = best[start]
            if prev is not None and low[start:end] in _SPELLING_WORDS:
                cand = [*prev, letters[start:end]]
                if best[end] is None or len(cand) < len(best[end] or []):
                    best[end] = cand
    found = best[-1]
    return " ".join(found) if found and len(found) > 1 else None


def _cut_at_edge(ch: str, keep: str) -> bool:
    """Whether _EDGE_PUNCT cuts this first or last character: not a word character (what
    re's \\w is: str.isalnum() or "_"), not CJK, not in `keep`."""
    return not (ch.isalnum() or ch == "_" or "\u3400" <= ch <= "\u9fff" or ch in keep)


_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_INSIDE = re.compile(r"[.;]\s*\w")


_CJK_HEADING_NOISE = re.compile(r"[(（][^()（）]*[)）]|[\s:：&/、和及或]|(?<![参參])[与與]")


@lru_cache(maxsize=8192)
def heading_kind(text: str) -> str | None:
    """The canonical kind of a heading line, or None when the line is not a known heading."""
    t = heading_text(text)
    if len(t) > 60 and not t.endswith(")"):
        return None  # too long for a heading, and no trailing note to cut (most body lines stop here)
    # "Publications (* equal contribution)", "论文发表 (按时间排序)": a trailing note is not the heading
    # (both of the note's forms open with a bracket: a line without one, most lines, is left as it is)
    bare = (_TRAILING_NOTE.sub("", t) if "(" in t or "（" in t else t).strip()
    if bare == t and has_cjk(t) and ("(" in t or "（" in t):
        # "论文发表 PUBLICATIONS (按时间顺序 chronological; # equal contribution": a bilingual
        # heading's note wrapped onto the next line, left open here
        bare = _UNCLOSED_NOTE.sub("", t).strip()
    if bare == t and (" - " in t or "– " in t or "— " in t):
        bare = _DASH_QUALIFIER.sub("", t)
    if bare and bare != t and _WORDY.search(heading_text(bare)):  # ("P U B L I C AT I O N S (* equal …)")
        t = heading_text(bare)
    if not t or len(t) > 60 or _NOT_HEADING_CHARS.search(t) or find_dates(t):
        return None  # (the digit test first: every date has digits, and it is far cheaper)
    if t.count(")") > t.count("(") or t.count("）") > t.count("（"):
        return None  # "work)": the end of a wrapped title's bracket ("(late-breaking" / "work)")
    if _SENTENCE_END.search(text.strip()):
        return None  # "services in Korea." is the end of a wrapped sentence, not a heading
    lower_start = t[0].islower()  # "education" is a heading in some templates; "services in x" is not
    # Bilingual headings: "Educación / Education", "教育背景 Education"
    # (the halves are parted by a slash or a bar, or where Chinese meets Latin: most lines have neither)
    halves = [h.strip() for h in (_HALVES.split(t) if _has_any(t, "/|｜") or has_cjk(t) else [t]) if h.strip()]
    if len(halves) == 2:
        kinds = [heading_kind(h) for h in halves]
        if any(kinds):
            return next(k for k in kinds if k)
        return None
    if has_cjk(t):
        # (notes inside it go: "主持或参加科研项目（课题）情况"; an NSFC form's headings run to 16 characters)
        # (the conjunctions go, not the 与 of 参与: "主持及参与科研项目")
        compact = _CJK_HEADING_NOISE.sub("", t)
        if len(compact) > 18 or re.search(r"[,，。；;]", t) or not _cjk_vocab_only(compact):
            return None
        for kind, _, zh in SECTION_KINDS:
            if any(k in compact for k in zh):
                return kind
        return None
    low = t.lower()
    if low in _FIXED_HEADINGS:
        return _FIXED_HEADINGS[low]
    toks = _WORD_TOKEN.findall(low)
    if not toks or len(toks) > 7 or ":" in t[:-1] or _SENTENCE_INSIDE.search(t):
        return None
    if "," in t and (len(toks) > 6 or any(w not in VOCAB and w not in FILLER for w in toks)):
        return None  # "Honors, Awards and Fellowships" yes; "Acme, Springfield" no
    for kind, k in _keywords_opened_in(low):
        if k not in low:
            continue  # a substring test first: most keywords are not in the line at all
        if _KEYWORD[k].search(low):
            # all the other words must be filler or other heading vocabulary
            rest = _KEYWORD[k].sub(" ", low)
            others = [w for w in re.findall(r"[^\W\d_][\w'’-]*", rest) if w not in FILLER]
            unknown = [w for w in others if w not in VOCAB]
            # one stray word ("Acedemic Projects", "Workshop Papers") is tolerated
            # next to a keyword that is only ever a heading.
            # "Publications and Submitted Manuscripts": longer, when every word is capitalised
            titled = len(toks) <= 5 and all(w[:1].isupper() for w in t.split() if w.lower() not in FILLER)
            if not unknown or (len(unknown) == 1 and (len(toks) <= 3 or titled) and k in STRONG
                               and not lower_start):
                # "Research and Teaching Experience": the posts held, research ones too, not teaching alone
                return "experience" if kind == "teaching" and _RESEARCH_AND_TEACHING.search(low) else kind
    return None


# Headings whose whole text the word rules would read otherwise:
# - "Scholarship" alone names a law or humanities CV's writing ("Scholarships", "Scholarship and
#   Awards" stay awards); so does an architect's or writer's "Writing" alone ("Technical Writing",
#   "Writing Skills" are skills). ("Works in Progress" alone stays unknown: held-out labels split
#   on counting drafts.)
# - US funders' biosketches: NIH's positions come before its honours; NSF's first product list is
#   too long a heading.
# - a design or arts CV's posts split by sector, the sector alone as the heading;
# - a Japanese CV's table of licences and certificates ("qualifications" alone is schooling);
# - a Chinese applicant's English "Project Experience" (项目经历): projects, not posts.
_FIXED_HEADINGS = {
    **dict.fromkeys(("scholarship", "selected scholarship", "published scholarship", "legal scholarship", "writing"),
                    "publications"),
    "positions, scientific appointments and honors": "experience",
    "positions, scientific appointments, and honors": "experience",
    "positions and honors": "experience",
    "products most closely related to the proposed project": "publications",
    "academic": "experience", "industry": "experience",
    "licenses and qualifications": "certificates", "licences and qualifications": "certificates",
    "project experience": "projects", "project experiences": "projects",
}
_RESEARCH_AND_TEACHING = re.compile(r"\bresearch\b.*\bteaching\b.*\b(?:experience|positions|appointments)\b|"
                                    r"\bteaching\b.*\bresearch\b.*\b(?:experience|positions|appointments)\b")


# CJK_VOCAB's words by their first character, each list in CJK_VOCAB's order: only those can
# start the rest of a line, so the first of them that does is the one the full list finds
_CJK_VOCAB_BY_FIRST: dict[str, list[str]] = {}
for _w in CJK_VOCAB:
    _CJK_VOCAB_BY_FIRST.setdefault(_w[:1], []).append(_w)


def _cjk_vocab_only(compact: str) -> bool:
    rest = compact
    while rest:
        for w in _CJK_VOCAB_BY_FIRST.get(rest[0], ()):
            if rest.startswith(w):
                rest = rest[len(w):]
                break
        else:
            return False
    return True


# (closed, or left open where the note wraps onto the next line)
_STYLE_NOTE = with_opening(re.compile(r"\s*[(（][^()（）]*(?:[)）]\s*:?)?$"))
_NOT_LATIN_LETTER = re.compile(r"[^A-Za-z]")


def _style(c: Clean) -> str:
    # "PUBLICATIONS (peer-reviewed)": a trailing note in parentheses does not change the style
    text = _STYLE_NOTE.sub("", c.text.strip()) or c.text
    letters = _NOT_LATIN_LETTER.sub("", text)
    if letters and letters.isupper() and len(letters) >= 3:
        return "caps"
    return "title"


_ENTRY_KINDS = {"education", "experience", "projects", "teaching", "service", "awards", "talks", "grants"}
_ENTRY_DETAIL_KINDS = {"skills", "interests"}


def _opens_entry(following: list[Clean]) -> bool:
    """"### Google" followed by "Engineer · 2021 – Present" is an employer, not a new section."""
    return any(find_dates(c.text) or ROLE_RE.search(c.text) or DEGREE_RE.search(c.text) for c in following)


@dataclass(frozen=True)
class _Fonts:
    """Font facts of a document, when its reader reports them."""

    body: float | None  # the most common size
    heading: float | None  # the median size of the keyword headings

    @property
    def larger(self) -> bool:
        return bool(self.body and self.heading and self.heading > self.body + 0.3)


def _fonts(lines: list[Clean], known: list[int]) -> _Fonts:
    # the body's size is the one most text is set in (counted in characters: a short CV's
    # headings can outnumber its body lines, never its body text)
    sizes: Counter[float] = Counter()
    for c in lines:
        if c.line.size:
            sizes[round(c.line.size, 1)] += len(c.text)
    if not sizes:
        return _Fonts(None, None)
    body = sizes.most_common(1)[0][0]
    hs = sorted(size for i in known if (size := lines[i].line.size))
    return _Fonts(body, hs[len(hs) // 2] if hs else None)


def _without_entry_type_labels(lines: list[Clean], known: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The keyword lines less those that label each entry with its type: the same word, plain
    and smaller than the body, two or more times (an ORCID print's "Employment" under every
    post of "Employment (3)")."""
    body = _fonts(lines, []).body
    if body is None:
        return known
    small = [i for i, _ in known if not lines[i].line.bold and (size := lines[i].line.size) and size < body - 0.3]
    repeats = Counter(lines[i].text.strip() for i in small)
    labels = {i for i in small if repeats[lines[i].text.strip()] >= 2}
    return [(i, k) for i, k in known if i not in labels] if labels else known


def _bold_share(lines: list[Clean]) -> float:
    """The share of the document's characters set in bold."""
    total = sum(len(c.text) for c in lines)
    return sum(len(c.text) for c in lines if c.line.bold) / total if total else 0.0


def _styled(c: Clean, fonts: _Fonts) -> bool:
    """Set apart from body text: a heading flag, bold, capitals, or a larger font."""
    return (c.line.heading or c.line.bold or _style(c) == "caps" or c.raw.lstrip().startswith(("#", "**", "<b>"))
            or bool(fonts.body and c.line.size and c.line.size > fonts.body + 0.3))


def fuzzy_kind(text: str) -> str | None:
    """The kind of a line already known to be a heading by its style: the first kind whose
    keyword it contains ("Publications and Submitted Manuscripts", "职业经历", "研究领域及学术成就"),
    whatever other words stand beside it."""
    t = heading_text(text)
    if has_cjk(t):
        compact = re.sub(r"\s", "", t)
        return next((kind for kind, _, zh in SECTION_KINDS if any(k in compact for k in zh)), None)
    low = t.lower()
    # only the words that are always headings decide ("position", "research", "mentorship"
    # name too many other things)
    return next((kind for kind, k in EN_ORDER if k in STRONG
                 and _KEYWORD[k].search(low)), None)


_ANY_SPACE = re.compile(r"\s")


def _cjk_heading_ok(t: str, c: Clean, fonts: _Fonts) -> bool:
    """A short Chinese line set in the document's heading size, clearly above the body's
    ("职业经历", "学术成果" where the vocabulary knows only some of the headings)."""
    if not (fonts.larger and c.line.size and fonts.heading and c.line.size >= fonts.heading - 0.3):
        return False  # (the size first: the tests below read the text, and most lines are body-sized)
    compact = _ANY_SPACE.sub("", t)
    if not (2 <= len(compact) <= 12) or re.search(r"[\d,，。;；:：!！?？()（）]", compact):
        return False
    return not (ENTRY_NOUNS.search(compact) or find_dates(compact))


_CONTENT_MARK = re.compile(r"\d|@|https?:|www\.|[,;:.!?]")


def _unknown_heading_ok(c: Clean, styles: set[str], fonts: _Fonts, bold_heads: bool = True) -> bool:
    """An unknown heading must look like the document's known headings and not like content."""
    t = heading_text(c.text)
    if t and has_cjk(t) and not c.bullet:
        return _cjk_heading_ok(t, c, fonts)
    if not t or len(t) > 40 or c.bullet:
        return False
    if _CONTENT_MARK.search(t) or ENTRY_NOUNS.search(t) or find_dates(t):
        return False
    words = t.split()
    if not 1 <= len(words) <= 4:
        return False
    if fonts.larger and c.line.size and fonts.heading:
        return c.line.size >= fonts.heading - 0.3
    if fonts.heading and c.line.size:
        # (bold in the headings' size: a heading only where the known headings are bold too; a
        # theme with plain headings sets its entry titles in bold)
        return c.line.bold and bold_heads and c.line.size >= fonts.heading - 0.1 and _style(c) in styles
    if c.line.heading:
        return True
    return _style(c) == "caps" and styles == {"caps"}


def _style_headings(lines: list[Clean], fonts: _Fonts) -> list[int]:
    """Lines set in one style of their own, larger than the body text, at least three times,
    each short, undated and over lines of content: the headings of a document whose
    heading words the vocabulary does not know. The largest such style wins (entry titles
    are set smaller than section headings); the name, set once, never qualifies."""
    if not fonts.body:
        return []
    groups: dict[tuple[float, bool], list[int]] = {}
    for i, c in enumerate(lines[:-1]):
        size = c.line.size
        t = heading_text(c.text)
        if (not size or size < fonts.body + 0.8 or c.bullet or not t or len(t) > 40 or len(t.split()) > 6
                or re.search(r"\d|@|https?:|www\.|[.;!]$", t) or find_dates(t) or ENTRY_NOUNS.search(t)):
            continue
        groups.setdefault((round(size * 2) / 2, c.line.bold), []).append(i)
    found = [(size, members) for (size, _), members in groups.items() if len(members) >= 3
             and all(m + 1 < len(lines) and m + 1 not in members for m in members)]
    return max(found)[1] if found else []


def _set_as_heading(c: Clean, fonts: _Fonts) -> bool:
    """A short Chinese line set in the size of the document's section headings, clearly above its
    body ("学术相关" in 13 pt like "项目与实习经历"): a heading, not an employer heading its entries.
    (Latin lines are told by their case and words instead: a job title set in the headings' size
    heads an entry.)"""
    return bool(has_cjk(c.text) and fonts.larger and fonts.heading and c.line.size
                and abs(c.line.size - fonts.heading) <= 0.3)


def _own_list(kind: str, c: Clean) -> bool:
    """A second heading of an entry kind that names a list, not a post ("Work Experience" after
    "Research Experience", unlike "Research Assistant" heading the entries of one post)."""
    return kind in ("experience", "education") and (not ROLE_RE.search(c.text) or bool(_CJK_LIST_HEAD.search(c.text)))


_CJK_LIST_HEAD = re.compile(r"(?:经历|经验|背景|履历)\s*$")  # "实习与工作经历": a list, though 实习 is a role word


def split_sections(lines: list[Clean]) -> list[Section]:
    """Split body lines into sections; lines before the first heading form the "header" section."""
    known: list[tuple[int, str]] = []
    bulleted: list[tuple[int, str]] = []
    for i, c in enumerate(lines):
        kind = heading_kind(c.text)
        if kind:
            (bulleted if c.bullet and not c.line.heading else known).append((i, kind))
    known = _without_entry_type_labels(lines, known)
    fonts = _fonts(lines, [i for i, _ in known])
    # "■ 教育经历": a glyph before a heading set larger than the body is decoration, not a list item
    lifted = [(i, k) for i, k in bulleted if fonts.body and (lines[i].line.size or 0) >= fonts.body + 1]
    # ...and so it is before headings in the body's size set in bold, two or more, over plain text
    bold = [(i, k) for i, k in bulleted if lines[i].line.bold]
    if len(bold) >= 2 and _bold_share(lines) < 0.4:
        lifted = sorted({*lifted, *bold})
    if lifted:
        known = sorted(known + lifted)
        fonts = _fonts(lines, [i for i, _ in known])
    # When most keyword headings are set apart (bold, capitals, larger), a plain body line
    # that happens to be a keyword ("Teaching" in a list) is not a heading.
    styled = [i for i, _ in known if _styled(lines[i], fonts)]
    quiet: dict[int, str] = {}  # keyword lines not styled as headings: labels inside a section
    if known and len(styled) >= 0.6 * len(known) and len(styled) >= 2:
        quiet = {i: k for i, k in known if i not in set(styled)}
        known = [(i, k) for i, k in known if i in set(styled)]
    if len(known) < 2:
        # headings the vocabulary does not know at all ("Where I've worked", "Toolbox"): the
        # lines the document sets alike, above its body text, several times
        known = sorted({*known, *((i, fuzzy_kind(lines[i].text) or "unknown") for i in _style_headings(lines, fonts))})
    bold_known = [i for i, _ in known if lines[i].line.bold]
    bold_heads = len(bold_known) * 2 > len(known)
    if not bold_heads and len(known) >= 4:
        # plain headings, bold entry titles: a keyword line that ends a bold title wrapped from the
        # line above ("Research Assistant, Department of Epidemiology" / "Research") is no heading
        wrapped = {i for i in bold_known if i > 0 and lines[i - 1].line.bold and not heading_kind(lines[i - 1].text)
                   and lines[i - 1].line.size == lines[i].line.size}
        known = [(i, k) for i, k in known if i not in wrapped]
    styles = {_style(lines[i]) for i, _ in known}
    heads = dict(known)
    current = None
    for i, c in enumerate(lines):
        if i in heads:
            current = heads[i]
        elif i > (known[0][0] if known else 10**9) and _unknown_heading_ok(c, styles, fonts, bold_heads):
            kind = fuzzy_kind(c.text)
            # "### Acme" over "Engineer · 2021 –" is an employer; a heading-styled line that
            # names a section kind ("职业经历" over dated rows) is a heading all the same
            if current in _ENTRY_KINDS and _opens_entry(lines[i + 1:i + 4]) and not (kind and kind != current) \
                    and not _set_as_heading(c, fonts):
                continue
            heads[i] = current = kind or "unknown"
    sections: list[Section] = [Section("header", None)]
    container = False  # inside "Additional information" and the like, whose labels open sub-sections
    for i, c in enumerate(lines):
        if i in heads:
            container = heads[i] == "other"
        elif container and (label := _label_cell(c, quiet.get(i))) is not None:
            kind, rest = label
            sections.append(Section(kind, Clean(c.line, c.text[: len(c.text) - len(rest)].strip(), False, c.raw)))
            if rest:
                sections[-1].lines.append(Clean(c.line, rest, False, rest))
            continue
        if i in heads:
            kind = heads[i]
            # ...but "Work Experience" after "Research Experience" opens its own list of entries,
            # so its heading never reads as the last entry's title
            if kind == sections[-1].kind and kind not in ("unknown", "header") and not _own_list(kind, c):
                sections[-1].lines.append(c)  # a sub-heading of the same kind stays inside its parent
                continue
            sections.append(Section(kind, c))
        elif (inline := _inline_heading(c)) is not None and not (
                sections[-1].kind in _ENTRY_KINDS and inline[0] in _ENTRY_DETAIL_KINDS and sections[-1].lines
                and i + 1 < len(lines) and i + 1 not in heads and find_dates(lines[i + 1].text)):
            # ("技能：SQL Python" under a job, the next job after it: the job's own detail field,
            # not a Skills section)
            kind, rest = inline
            before = sections[-1]
            if kind != before.kind:
                sections.append(Section(kind, Clean(c.line, c.text[: len(c.text) - len(rest)].rstrip(" :："),
                                                    False, c.raw)))
            sections[-1].lines.append(Clean(c.line, rest, False, rest))
            if before.kind in ("header", "personal", "summary") and kind != before.kind and kind not in (
                    "education", "experience"):
                # a "Skills: ..." line inside the header block: the block goes on after it
                sections.append(Section(before.kind, None))
        else:
            sections[-1].lines.append(c)
    for sec in sections:
        if sec.kind == "publications" and _link_label_body(sec.lines):
            sec.kind = "personal"  # a sidebar's "Papers: Google Scholar" names a link, not a list
    return sections


_LINK_WORDS = re.compile(r"(?i)^(?:google\s+scholar|scholar|semantic\s+scholar|dblp|orcid|researchgate|"
                         r"homepage|website|web\s*page|github|gitlab|link|links|profile|pdf)$")


def _link_label_body(body: list[Clean]) -> bool:
    """A "Papers"/"Publications" label whose only body is a link word, perhaps followed by more
    short sidebar labels and values ("Based in", "Cambridge, United Kingdom"): contact details."""
    texts = [c.text.strip() for c in body if c.text.strip()]
    return (bool(texts) and len(texts) <= 6 and any(_LINK_WORDS.match(t) for t in texts)
            and all(len(t.split()) <= 4 and not find_dates(t) for t in texts))


def _label_cell(c: Clean, quiet_kind: str | None) -> tuple[str, str] | None:
    """A label in a catch-all section's left column ("Publications", "Honours and awards<tab>2022 – X",
    as Europass "Additional information" prints them): (kind, rest of the line)."""
    if quiet_kind:
        return (quiet_kind, "") if quiet_kind != "other" else None
    if "\t" not in c.text or c.bullet:
        return None
    head, rest = c.text.split("\t", 1)
    kind = heading_kind(head)
    return (kind, rest.strip()) if kind and kind != "other" else None


_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/]{2,40}|[\u4e00-\u9fff]{2,8})\s*[:：]\s*(\S.*)$")
# Inline headings stand only for sections whose content fits on a line.
_INLINE_KINDS = {"education", "experience", "interests", "skills", "certificates"}


_LABEL_GRID = re.compile(r"\t[^\t:：]{1,12}[:：]")


def _inline_heading(c: Clean) -> tuple[str, str] | None:
    """"EDUCATION: B.S. in Physics, Northfield University, 2019" or "Skills: Go, Rust":
    a heading and its first line of content on one line."""
    if c.bullet or (":" not in c.text and "：" not in c.text):
        return None  # both patterns below need a colon: most lines have none
    if _LABEL_GRID.search(c.text):
        return None  # "学历:本科<tab>现居:城市": a grid of personal facts, not a heading and its content
    m = _INLINE.match(c.text)
    if not m:
        return None
    head = m.group(1).strip()
    kind = heading_kind(head)
    # a capitalised heading word, not a field label inside an entry ("Research: ...")
    if kind in _INLINE_KINDS and (head.isupper() or has_cjk(head) or head.lower() in STRONG or
                                  head.lower() in ("technical skills", "research interests")):
        return kind, m.group(2).strip()
    return None
