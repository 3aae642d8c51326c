"""Cutting an entry line into its parts: "Org, Place | Title  2019 – 2021".

Entry lines separate their fields with commas, bars, bullets, tabs, wide gaps,
spaced dashes, " at ", or nothing at all (a PDF column gap read as one space).
These helpers split on the explicit separators (never inside parentheses) and
say whether a piece reads like a heading line or like running prose.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.cleaning import has_cjk
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.openings import with_opening

_SEP = re.compile(r"\t+|\s{2,}|(?<=[\u4e00-\u9fff)）])\s(?=[\u4e00-\u9fffA-Za-z(（])|(?<=[A-Za-z)])\s(?=[\u4e00-\u9fff])|\s[|•·⋄◆]\s|\s[-–—]\s|[,，;；、]\s*|[:：]\s+|(?<=[\u4e00-\u9fff])[:：]|\s@\s")
# What a _SEP match starts with besides white space (str.isspace() is re's \s): only there is it tried
_SEP_START = frozenset(",，;；、:：")
STOP = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "as", "via", "&", "or"}
# Asides that are not part of an entry's organisation or title.
_ASIDE = with_opening(re.compile(
    r"(?i)[(（]\s*(?:advis[oe]r|supervisor|mentor|guide|instructor|pi|host|manager|导师|指导|"
    r"(?:led|headed|directed|run|chaired)\s+by)[^)）]*[)）]"
    r"|[,;|(]\s*(?:advis[oe]rs?|supervisors?|mentors?|guide|instructor|committee|pis?|host|with|under|managers?)\b"
    # (not a short remark the line goes on after: "Associate Professor (with tenure), Department of …")
    r"(?![^()]{0,25}\)\s*[,;])\s*[:：]?.*$"
    r"|[(（]\s*(?:click|点击)[^)）]*[)）]"
))


# Job-site exports print "Employer-City, ST" with an unspaced dash before the place
_ORG_DASH_PLACE = re.compile(r"^(?P<org>\S.*\s\S+?)-(?P<place>[A-Z][A-Za-z.'’ ]{1,30},\s*[A-Z]{2})\s*$")


def split_segments(text: str) -> list[str]:
    """Pieces of a line split on separators outside parentheses."""
    if "-" in text:
        text = _ORG_DASH_PLACE.sub(r"\g<org> - \g<place>", text)
    out: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([（":
            depth += 1
        elif ch in ")]）" and depth:
            depth -= 1
        elif depth == 0 and (ch.isspace() or ch in _SEP_START):
            m = _SEP.match(text, i)
            if m and m.end() > i:
                out.append(text[start:i])
                start = i = m.end()
                continue
        i += 1
    out.append(text[start:])
    pieces = [p.strip(" ,;:|–—-") for p in out]
    # a full stop ends a sentence, except after an abbreviation ("Acme Inc.", "J. Doe")
    pieces = [p if _ABBREV_END.search(p) else p.rstrip(". ") for p in pieces]
    return [p for p in pieces if p.strip(" .")]


_ABBREV_END = with_opening(re.compile(r"(?i)(?:\b(?:inc|ltd|corp|co|llc|plc|jr|sr|st|dr|prof|dept|univ|s\.a|b\.v|kft|e\.v)|\b[A-Z])\.$"))


_SPACE_RUN3 = re.compile(r" {3,}")


# strip_asides and is_prose: pure per string, asked of the same lines by both entry parsers
@lru_cache(maxsize=8192)
def strip_asides(text: str) -> str:
    """Drop advisor/mentor asides: "Research Intern, Supervisor: Dr. X" → "Research Intern"."""
    return _SPACE_RUN3.sub("  ", _ASIDE.sub("  ", text)).strip(" ,;")


_WORDS = re.compile(r"[A-Za-zÀ-ÿ][\w'’./&+-]*")


def tokens(text: str) -> list[str]:
    return _WORDS.findall(text)


def cap_ratio(text: str) -> float:
    """Share of content words that start with a capital (headings high, prose low)."""
    toks = [t for t in tokens(text) if t.lower() not in STOP]
    if not toks:
        return 0.0
    return sum(1 for t in toks if t[0].isupper()) / len(toks)


_CJK_DUTY = re.compile(r"^[-•·*\s]*(?:负责|参与|主导|协助|完成|设计并|设计了|实现|搭建|优化了|开发了|提出|构建|推动|带领|"
                       r"主要|通过|利用|基于.{0,20}[,，]|针对|研究了|撰写)")
# ...unless the line ends in a job title ("优化算法工程师"), which makes it an entry header
_CJK_TITLE_END = re.compile(r"(?:实习生|工程师|研究员|设计师|经理|助理|总监|主管|专员|分析师|科学家|专家)\s*$")
# Labels of a personal-information block: their lines are facts about the candidate, never entries.
PERSONAL_LABEL = re.compile(both_scripts_pattern(  # (性別, 電話, 手機 on a Taiwanese form too)
    r"(?i)^\s*(?:姓\s*名|性\s*别|出生(?:年月|日期)?|年\s*龄|民\s*族|籍\s*贯|政治面貌|婚姻状况|国\s*籍|身\s*高|"
    r"户\s*口|现居地?|住\s*址|电\s*话|手\s*机|邮\s*箱|微\s*信|"
    r"(?:full\s+)?name|date\s+of\s+birth|birth\s*date|born|gender|sex|nationality|citizenship|"
    r"marital\s+status|place\s+of\s+birth|address|e-?mail|telephone|phone|mobile)\s*(?:[:：\t]|\s{2,})"))

# A birth date is a personal fact wherever it stands on a line ("Sex F | Date of birth 02/03/1990").
# (the leading lookahead names the characters a match can start with: the engine passes every
# other position at once instead of trying each alternative there; the matches are the same)
BIRTH = re.compile(r"(?i)(?=[db出])(?:\b(?:date\s+of\s+birth|birth\s*date|born(?:\s+on)?|d\.o\.b)\b|出生)")


_CLOSING_LOWER_REMARK = re.compile(r"\((?=[a-z])[^()A-Z]*\)\s*$")
_TITLE_CASED_TAIL = re.compile(r"[\u3400-\u9fff]\s+[A-Z][\w-]*(?: [A-Z][\w-]*){1,3}$")


@lru_cache(maxsize=8192)
def is_prose(text: str) -> bool:
    """Descriptions and bullets' running text, as opposed to entry header lines."""
    t = text.strip()
    if not t:
        return True
    if has_cjk(t):
        if re.search(r"[。；]", t) or len(re.findall(r"[\u3400-\u9fff]", t)) > 40:
            return True
        # a description clause: it opens with a duty verb ("负责…", "参与…") or ends like a sentence
        if (_CJK_DUTY.match(t) and not _CJK_TITLE_END.search(t)) or re.search(r"[;,，、]$", t):
            return True
        # a bilingual header ("实习生 | 微软亚洲研究院 Microsoft Research Asia") is long only
        # because it says everything twice: judge its Latin half as an English line
        latin = re.sub(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+", " ", t)
        if t.endswith(")") and not re.search(r"[,，]", t):
            # "实习生 Intern (water quality lab)": a header's closing remark in brackets is no sentence
            latin = _CLOSING_LOWER_REMARK.sub(" ", latin)
        if len(tokens(latin)) >= 4:
            return is_prose(re.sub(r"^[\W\d_]+", "", latin))
        # (a title-cased English title after the Chinese one counts by its words, not its letters:
        # "中央研究院應用科學研究中心 研究助理 Part-time Research Assistant")
        if _TITLE_CASED_TAIL.search(t):
            return len(re.findall(r"[\u3400-\u9fff]", t)) + 2 * len(latin.split()) > 40
        return len(re.sub(r"\s", "", t)) > 40
    words = t.split()
    if t[0].islower() and not re.match(r"^(?:e\.g|i\.e|de|van|von)\b|^[a-z][A-Z]", t):
        return True  # (a brand in camel case opens a header: "iFLYTEK Co., Ltd. | …", "eBay Inc.")
    if len(words) > 16:
        # ...unless it is a row of short title-cased fields: "NSF Postdoctoral Fellow in Biology,
        # University of Arizona, Department of Ecology and Evolutionary Biology, Tucson, AZ"
        pieces = t.split(", ")
        return not (len(pieces) >= 4 and all(len(p.split()) <= 8 for p in pieces) and cap_ratio(t) >= 0.8)
    return len(words) >= 4 and cap_ratio(t) < 0.5


LABEL = re.compile(r"^\s*([^:：,，;|()（）\t]{1,40}?)\s*[:：]\s*(.*)$")


def _latin_only(text: str) -> bool:
    return not has_cjk(text) and bool(re.search(r"[A-Za-z]", text))


def pair_translations(segs: list[str], same_kind, either_order: bool = False) -> list[str]:
    """Join a Chinese piece with the English piece right after it when both are the same kind
    of thing ("清华大学 Tsinghua University", "研究实习生 Research Intern"): a bilingual CV prints
    one name in two scripts, and the printed pair is the name. `same_kind(a, b)` says whether the
    two pieces are of one kind (both institutions, both job titles); `either_order` pairs the
    English piece printed first too ("Research Intern 研究实习生": job titles are printed both ways;
    an English institution before its Chinese name is kept apart, the entry readers choose)."""
    out: list[str] = []
    i = 0
    while i < len(segs):
        s = segs[i]
        if i + 1 < len(segs) and _two_scripts(s, segs[i + 1], either_order) and same_kind(s, segs[i + 1]):
            out.append(f"{s} {segs[i + 1]}")
            i += 2
            continue
        out.append(s)
        i += 1
    return out


def _two_scripts(a: str, b: str, either_order: bool) -> bool:
    """A piece in Chinese only, then one in Latin letters only (or, `either_order`, the other way)."""
    def chinese(x: str) -> bool:
        return has_cjk(x) and not re.search(r"[A-Za-z]", x)
    return (chinese(a) and _latin_only(b)) or (either_order and _latin_only(a) and chinese(b))
