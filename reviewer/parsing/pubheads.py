"""Sub-headings inside a publication list and what they say about the papers under them:
their kind ("Journal Articles"), that they are not papers ("Patents"), the candidate's
place ("First-author Papers", 非一作工作).
"""
from __future__ import annotations

import re

from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.pubstatus import status_from_text

_KIND_WORDS = [  # (kind, English words, Chinese words)
    ("in_preparation", r"under review|under submission|in submission|submitted|in preparation|manuscripts?|working papers?",
     both_scripts_pattern("在审|审查中|审稿中|投稿|准备中")),
    ("preprint", r"preprints?|arxiv|technical reports?|tech reports?", None),
    ("workshop", r"workshops?", both_scripts_pattern("研讨会")),
    ("journal", r"journals?|articles?", "期刊|" + both_scripts_pattern("学报")),
    ("conference", r"conferences?|proceedings|symposi(?:a|um)", both_scripts_pattern("会议")),
]
CATEGORY_RE = re.compile(
    r"^(?:(?:[A-Ha-h]|\d{1,2}|[ivx]{1,4})[.)]\s+|\((?:[A-Ha-h]|\d{1,2}|[ivx]{1,4})\)\s*)?"  # "C. Patents", "(b) Books"
    r"(?:selected\s+|peer[- ]reviewed\s+|refereed\s+|other\s+|recent\s+|first[- ]author(?:ed)?\s+|"
    r"co-?authored?\s+)?(?:(?:international|national|full|short|long|journals?|conferences?|workshops?|"
    r"monographs?|edited|volumes?|(?<=\s)in|"  # "Articles in Peer-Reviewed Journals" ("in" never first)
    r"and|&|or|/|,|papers?|publications?|articles?|proceedings|preprints?|manuscripts?|"
    r"under review|under submission|submitted|in preparation|in submission|working papers?|"
    r"book chapters?|books?|chapters?|theses|thesis|patents?|technical reports?|reports?|"
    r"posters?|abstracts?|exhibits?|peer[- ]reviewed|refereed|selected|others?|misc\.?|miscellaneous|"
    r"arxiv|invited|talks?|presentations?|lectures?|keynotes?|seminars?|symposium|demos?|"
    # a medical CV's kinds: "Original research (peer-reviewed)", "Reviews, editorials and commentaries"
    r"original\s+research|original\s+(?:research\s+)?articles?|research\s+articles?|reviews?|editorials?|"
    r"commentar(?:y|ies)|letters?|case\s+reports?|policy|briefs?|white|"
    # a law CV's "Case Notes and Shorter Pieces", "Op-eds"
    r"case\s+notes?|notes|shorter|pieces|op-?eds?)\s*)+\s*(?:\(.*\))?:?$"
    # Lattes' and CVN's kinds: "Artigos completos publicados em periódicos", "Capítulos de livros publicados"
    r"|^(?:artigos|cap[íi]tulos|livros|trabalhos\s+completos|art[íi]culos|libros)(?:\s+[^\W\d_]+){0,7}:?$"
    # "期刊论文", "(A) 期刊論文", "（二）会议论文": a Chinese kind, perhaps behind its enumerator
    # ("（一）SCI 收录论文": an index's name before the kind)
    r"|^(?:[(（]\s*(?:[A-Za-z]|\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]|(?:[A-Za-z]|\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．])?"
    r"\s*(?:(?:SCI|SSCI|EI|CSSCI|CSCD)\s*)?[\u4e00-\u9fff、/ ]{2,12}" + both_scripts_pattern("(?:论文|文章|专利|工作|成果|著作权)") + r"[:：]?$"
    # "（三）会议交流（摘要，不计入论文）": an enumerated Chinese kind with a note after it
    r"|^[(（]\s*[一二三四五六七八九十]{1,2}\s*[)）]\s*[\u4e00-\u9fff、/ ]{2,12}[(（][^()（）]{1,20}[)）]$",
    re.I,
)
# English words whole ("articles", not "particles"); Chinese ones anywhere ("期刊" in "期刊论文")
_KIND_RES = [(kind, re.compile(rf"\b(?:{english})\b" + (f"|{chinese}" if chinese else ""), re.I))
             for kind, english, chinese in _KIND_WORDS]
# Sub-headings over items that are not papers: patents, and talks given (listed beside papers
# under "Publications & Talks")
PATENT_HEADING_RE = re.compile(r"(?i)\bpatents?\b|\b(?:invited\s+)?(?:talks|presentations|lectures|keynotes|seminars)\b"
                               # a meeting's abstracts and posters (heldout17's labels count a "Conference
                               # abstracts" list; heldout20's, heldout28's and heldout42's do not, as committees do not)
                               r"|\b(?:abstracts|posters)\b"
                               r"|\bbook\s+reviews\b"  # reviews of others' books, not the candidate's papers
                               r"|专利|(?<!技术)报告|演讲"  # 技术报告 are technical reports, papers
                               r"|著作权")  # 软件著作权: registered software, no paper
PAPER_HEADING_RE = re.compile(r"(?i)\b(?:papers?|publications?|articles?)\b|论文|文章")
# "(摘要，不计入论文)", "(not counted)": the CV itself says the items under it are no papers
_NOT_COUNTED = re.compile(r"(?i)不计入|不计|\bnot\s+counted\b")


def holds_no_papers(subheading: str) -> bool:
    """Whether the items under this sub-heading of a publications list are no papers:
    patents, talks given, or items the CV marks as not counted."""
    return (bool(PATENT_HEADING_RE.search(subheading)) and not PAPER_HEADING_RE.search(subheading)) or bool(
        _NOT_COUNTED.search(subheading))
# A section headed by patents alone ("Patents" in a Europass label column): no papers in it
PATENTS_ONLY_HEADING_RE = re.compile(r"(?i)^\W*(?:patents?|patents?\s+and\s+inventions|inventions|专利|发明专利|授权专利)\W*$")


# "Recent and under review", "Published & Submitted": papers of both kinds under one heading
_MIXED_STATUS = re.compile(r"(?i)\b(?:recent|published|selected)\b.*(?:\band\b|&)|(?:\band\b|&).*\b(?:recent|published)\b")


def heading_status(text: str) -> str | None:
    """The status a category sub-heading gives its papers; none for a heading of mixed ones."""
    return None if _MIXED_STATUS.search(text) else status_from_text(text)


def position_from_heading(text: str) -> str | None:
    """"First-author Papers" -> "first"; "Co-authored Papers" -> "other"; else None."""
    if re.search(r"(?i)\bco-?authored\b|\bnon-?first\b|\bother\s+(?:papers|publications)\b|非一作|合作", text):
        return "other"
    if re.search(r"(?i)\bfirst[- ]author|一作|第一作者", text) and not re.search(r"(?i)correspond|通讯", text):
        return "first"
    return None


def kind_from_heading(text: str) -> str | None:
    for kind, rx in _KIND_RES:
        if rx.search(text):
            return kind
    return None
