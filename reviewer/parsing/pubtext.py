"""Text helpers shared by the publication and award parsers.

Reference lists reach us as PDF text, Markdown, HTML-ish Markdown (from
converters) or DOCX paragraphs. These helpers reduce every form to plain text
while remembering what the markup said (bold spans usually mark the
candidate's own name, italic or bold spans often mark the title), and they
recognise the item markers (numbers, bullets, bracket labels) lists use.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from reviewer.parsing.openings import with_opening

# A star that must survive markup stripping: Markdown escapes it as "\*".
STAR = "\u2217"
EQUAL_MARKS = "*\u2217\u22c6\u2020\u2021\u00a7#\u00b6\u2709"  # * ∗ ⋆ † ‡ § # ¶ ✉

YEAR_RE = with_opening(re.compile(r"(?<![\w.:/-])((?:19[5-9]|20[0-4])\d)(?![\d])"))
_YEAR_DIGITS = re.compile(r"(?:19[5-9]|20[0-4])\d")
# Years that belong to identifiers, not to the publication date.
ARXIV_ID_RE = re.compile(r"(?:arxiv\s*(?:preprint)?\s*:?\s*(?:abs/)?|abs/)?\b(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?\b", re.I)
DOI_RE = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?\b10\.\d{4,9}/\S+", re.I)
URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)

_LINK_LABELS = (
    r"paper|pdf|arxiv|code|codes|github|slides?|video|poster|website|project(?: page)?|"
    r"link\d*|html|bib|bibtex|doi|blog|demo|talk|data(?:set)?|openreview|proceedings|"
    r"abs|url|site|page|media|press|supp(?:lementary)?|appendix|preprint|ssrn"
)
_LINK_LABEL_RE = re.compile(rf"\s*\[\s*(?:{_LINK_LABELS})\s*\]", re.I)
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HTML_SUP_RE = re.compile(r"<sup>\s*([^<]*?)\s*</sup>", re.I)
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
_QUOTED_RE = re.compile(r"[\"“”]([^\"“”]{8,})[\"“”]")


@dataclass
class Marked:
    """Plain text of one line or item plus the spans the markup emphasised."""

    text: str
    bold: list[str] = field(default_factory=list)
    italic: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)


def normalize(text: str) -> str:
    """NFKC (ligatures), soft hyphens and PDF hyphenation artefacts repaired, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    # "be\ufffetween": pdfium's hyphenation mark inside a word that was split at a line end.
    if "\ufffe" in text or "\u00ad" in text:
        text = re.sub(r"(?<=\w)[\ufffe\u00ad]\s*(?=\w)", "", text)
    text = text.replace("\ufffe", "").replace("\u00ad", "")
    text = text.replace("\u2217", STAR)
    return text


# French (and Spanish, Italian, Russian) titles in guillemets, « Titre »: read as “Title”
_GUILLEMETS = re.compile(r"«\s*|\s*»")


def strip_markup(raw: str) -> Marked:
    """Remove Markdown/HTML emphasis and link markup, keeping emphasised spans."""
    text, bold, italic, quoted = _stripped(raw)
    return Marked(text, list(bold), list(italic), list(quoted))  # fresh lists: a Marked may be changed


# Pure per string, and the same reference lines are read by the splitter, the chunker and
# the stray-paper finder: answer each once.
@lru_cache(maxsize=8192)
def _stripped(raw: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    text = normalize(raw)
    if "\\" in text:
        text = text.replace("\\*", STAR).replace("\\_", "_").replace("\\[", "[").replace("\\]", "]")
        text = text.replace("\\(", "(").replace("\\)", ")").replace("\\#", "#").replace("\\&", "&")
    # Each pattern below needs a character most lines lack ("<", "*", "_", "[", a quotation
    # mark): a substring test first spares those lines the scans.
    if "«" in text or "»" in text:
        text = _GUILLEMETS.sub(lambda m: "“" if m.group(0).startswith("«") else "”", text)
    tagged = "<" in text
    if tagged:
        text = _HTML_SUP_RE.sub(lambda m: m.group(1) if len(m.group(1)) <= 3 else " " + m.group(1), text)
    bold: list[str] = []
    italic: list[str] = []

    def keep(bucket: list[str]):
        def sub(m: re.Match) -> str:
            inner = m.group(1)
            bucket.append(inner.strip())
            return inner
        return sub

    # Underline marks the candidate's name as often as bold does.
    if tagged:
        text = re.sub(r"<(b|strong|u)>(.*?)</\1>", lambda m: keep(bold)(re.match(r"(.*)", m.group(2), re.S)), text, flags=re.I)
        text = re.sub(r"<(?:i|em)>(.*?)</(?:i|em)>", keep(italic), text, flags=re.I)
        text = _HTML_TAG_RE.sub("", text)
    if "*" in text:
        text = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", keep(bold), text)
    if "__" in text:
        text = re.sub(r"(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", keep(bold), text)
    # Italic: an opening star after a space (never right after a word, where a
    # star is an equal-contribution mark) and a closing star before a boundary.
    if "*" in text:
        text = re.sub(r"(?:(?<=^)|(?<=[\s(\[\"'“]))\*(?=[^\s*,;])(.+?)(?<=[^\s*])\*(?=$|[\s.,;:)\](])", keep(italic), text)
    if "_" in text:
        text = re.sub(r"(?:(?<=^)|(?<=[\s(\[]))_(?=[^\s_])(.+?)(?<=[^\s_])_(?=$|[\s.,;:)\]])", keep(italic), text)
    if "[" in text:
        text = _MD_LINK_RE.sub(lambda m: m.group(1), text)
        text = _LINK_LABEL_RE.sub("", text)
    if tagged:
        text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    quoted = [q.strip() for q in _QUOTED_RE.findall(text)] if any(q in text for q in "\"“”") else []
    text = text.replace(STAR, "*")
    bold = [b.replace(STAR, "*") for b in bold if b]
    italic = [i.replace(STAR, "*") for i in italic if i]
    return " ".join(text.split()), tuple(bold), tuple(italic), tuple(quoted)


# ---- item markers -------------------------------------------------------

_BULLETS = "•●▪▫■□◆◇►▶▸▹‣⁃∙·○◦◉❖✓✔➢➤→–—-*+⋄✦"
_MARKER_RE = re.compile(
    rf"""^\s*(?P<bullet>[{re.escape(_BULLETS)}](?=\s|$)|[\ue000-\uf8ff])?\s*
        (?P<num>\[\s*[A-Za-z]{{0,3}}\s*\d{{1,3}}\s*\]|\(\s*[A-Za-z]{{0,2}}\d{{1,3}}\s*\)|[A-Za-z]{{0,2}}\d{{1,3}}[.)](?=\s)|\d{{1,3}}\.:(?=\s)|\d{{1,3}}\s*[.:](?=\s)|[JCBW]\d{{1,3}}(?=\s)
        |[a-z][.)](?=\s))?  # "J1 A. Author": Awesome-CV tags; "a.<tab>Author…": an NIH biosketch's lettered citations
        # ("1.: Author": moderncv's \cvlistitem label and its colon)
    """,
    re.X,
)
_LABEL_RE = re.compile(r"^\s*\[(?P<label>[^\[\]]{2,40})\]\s*\+?")


@dataclass(frozen=True)
class Marker:
    """How a line starts: its bullet glyph, numbering style and number, if any."""

    kind: str  # e.g. "•", "[n]", "n.", "(n)", "label", "" for none
    number: int | None
    length: int  # characters the marker occupies, to strip it
    label: str | None = None  # e.g. "NeurIPS 2024" in "[NeurIPS 2024] Title..."


_DIGITS = re.compile(r"\d+")


_YEAR_MARKER = re.compile(r"^\s*((?:19[6-9]|20[0-4])\d)(?:\s*[\u2013\u2014-]\s*(?:(?:19[6-9]|20[0-4])\d|(?i:present|now|today))\b)?"
                          r"(?:\s*[|:\u2013\u2014-]\s*|\s+)(?=[A-Z\[\"“\u3400-\u9fff]|\d{1,2}(?:st|nd|rd|th)\b)")


@lru_cache(maxsize=8192)  # pure per string (a frozen Marker); the splitter asks it of each line often
def line_marker(text: str) -> Marker:
    """Recognise a list marker at the start of a line (after indentation)."""
    m = _MARKER_RE.match(text)
    bullet = m.group("bullet") if m else None
    num = m.group("num") if m else None
    if m and (bullet or num):
        kind = ""
        if bullet:
            kind += "\uf000" if "\ue000" <= bullet <= "\uf8ff" else bullet
        number = None
        if num and num[0].islower() and len(num) == 2:
            number = ord(num[0]) - ord("a") + 1  # "b." is the second of a lettered list
            kind += "a" + num[1]
        elif num:
            digits = _DIGITS.search(num)
            number = int(digits.group()) if digits else None
            if num.startswith("["):
                kind += "[n]"
            elif num.startswith("("):
                kind += "(n)"
            elif num.rstrip().endswith(")"):
                kind += "n)"
            else:
                kind += "n."
        length = m.end()
        rest = text[length:]
        lab = _LABEL_RE.match(rest)
        label = None
        if lab and _looks_like_label(lab.group("label")):
            label = lab.group("label").strip()
            length += lab.end()
            if not kind:
                kind = "label"
        return Marker(kind, number, length, label)
    lab = _LABEL_RE.match(text)
    if lab and _looks_like_label(lab.group("label")):
        return Marker("label", None, lab.end(), lab.group("label").strip())
    # moderncv and many Word CVs start each entry with its year: "2021  Title ..." / "2021 | ...".
    # A span ("2013 – 2017  Scholar of ...", "2019–present  Fellow") starts an entry the same way.
    yr = _YEAR_MARKER.match(text)
    if yr:
        return Marker("year", None, yr.end(), yr.group(1))
    return Marker("", None, 0)


def _looks_like_label(label: str) -> bool:
    """A bracket label such as "NeurIPS 2024", "J3", "C12", "ICML'23" (not "[paper]")."""
    label = label.strip()
    if re.fullmatch(_LINK_LABELS, label, re.I):
        return False
    if YEAR_RE.search(label) or re.search(r"'\d{2}\b", label):
        return True
    # a venue's acronym without a year: "[ICML]", "[NeurIPS]", "[TGRS]" (two capitals at least)
    if re.fullmatch(r"[A-Z][A-Za-z&-]{1,11}", label) and len(re.findall(r"[A-Z]", label)) >= 2:
        return True
    return bool(re.fullmatch(r"[A-Z]{1,3}\s?-?\d{1,3}", label))


def without_marker(text: str) -> str:
    return text[line_marker(text).length:].strip()


# "pp. 2001-2015": pages, however much they look like years
_PAGES = re.compile(r"\bpp\.\s*\d+(?:\s*[-–]\s*\d+)?")


def _may_hold_url(text: str) -> bool:
    """False only when URL_RE cannot match: each match has a "/" ("https://", "host.org/path")
    or is "www." (IGNORECASE folds nothing but "W" to "w")."""
    return "/" in text or ("." in text and ("w" in text or "W" in text))


# The identifiers masked before years are read, each with a plain test it needs to pass: a
# DOI holds "/" ("10.1000/x"), an arXiv id a "." ("2101.03305"), a page range "pp.".
_MASKS: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (DOI_RE, lambda t: "/" in t), (URL_RE, _may_hold_url), (ARXIV_ID_RE, lambda t: "." in t),
    (_PAGES, lambda t: "pp." in t))


def years_in(text: str) -> list[tuple[int, int]]:
    """(year, position) for every plausible publication year, skipping arXiv ids, DOIs and URLs."""
    return list(_years_in(text))  # a fresh list: a caller may change it


# Pure per string, and a reference's segments are asked about again and again (its kind,
# its venue, its year, whether it ends an item): answer each once.
@lru_cache(maxsize=8192)
def _years_in(text: str) -> tuple[tuple[int, int], ...]:
    if not _YEAR_DIGITS.search(text):
        return ()  # masking only blanks characters out: it never makes a year where none is printed
    masked = text
    for rx, needed in _MASKS:
        if needed(masked):  # (each pattern needs characters most texts lack: tested first)
            masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    # Page ranges and volume numbers such as "1-23" never look like years; ISSN-like "2020-2021" do.
    return tuple((int(m.group(1)), m.start()) for m in YEAR_RE.finditer(masked))


def arxiv_year(text: str) -> int | None:
    m = re.search(r"arxiv[^0-9]{0,20}(\d{2})(\d{2})\.\d{4,5}", text, re.I) or re.search(
        r"\b(\d{2})(0[1-9]|1[0-2])\.\d{5}\b", text
    )
    if m:
        yy = int(m.group(1))
        if 7 <= yy <= 40:
            return 2000 + yy
    return None


_LINK_ROW_RE = re.compile(rf"^(?:[\s/|,·•\-\[\]()]*(?:{_LINK_LABELS}|bibtex|citation|cite|award|oral|spotlight|🏆|\W))+$", re.I)


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def is_link_row(text: str) -> bool:
    """A row of link labels under a reference on a web-made CV: "arXiv / Code / Project page"."""
    t = text.strip()
    return bool(t) and bool(_LATIN_LETTER.search(t)) and bool(_LINK_ROW_RE.match(t)) and len(t.split()) <= 12


_PAGE_NUMBER_ROW = re.compile(r"[-–—\s]*\d{1,3}[-–—\s]*(?:/\s*\d{1,3})?")
_PAGE_OF_ROW = with_opening(re.compile(r"\bpage\s+\d+\s*(?:of|/)\s*\d+\s*$", re.I))
_CJK_PAGE_ROW = re.compile(r"第\s*\d+\s*页.*")


def is_page_artifact(text: str) -> bool:
    """Page numbers and "Page 2 of 3" footers that PDF text interleaves with lists."""
    t = text.strip()
    return bool(
        _PAGE_NUMBER_ROW.fullmatch(t)
        or _PAGE_OF_ROW.search(t)
        or _CJK_PAGE_ROW.fullmatch(t)
        or ("updated" in t.lower() and _UPDATED_STAMP.search(t))
    )


# "Ilse M. Vanterpool. x.example.net. updated June 2025": a page's footer stamp, no paper
_UPDATED_STAMP = re.compile(r"(?i)\b(?:last\s+)?updated\s*:?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
                            r"(?:\d{1,2}\s+)?(?:19|20)\d\d\W*$")


# A law review cited the Bluebook way: "Title, 102 WASH. U. L. REV. 411 (2025)", "Note, Title, 114
# MICH. L. REV. 1021 (2016)", "Title, 79 VAND. L. REV. (forthcoming 2026)"
BLUEBOOK_RE = re.compile(
    r"^(?:(?:Note|Comment|Essay|Article),\s*)?(?P<title>[^,]{6,}?(?:,[^,\d][^,]{3,}?)?),\s*(?P<volume>\d{1,4})\s+"
    r"(?P<journal>(?:[A-Z][A-Za-z&'’]*\.?\s*){1,7}?)\s*(?P<page>\d{1,5}\s*)?"
    r"\((?P<forthcoming>forthcoming\s+)?(?P<year>(?:19|20)\d\d)\)")
