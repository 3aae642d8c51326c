"""References as Chinese humanities and social-science CVs cite them, with book-title marks:

    樊某：《海关贸易报告中的棉纱流通》，《近代史研究》2023年第2期。
    樊某、陶某：《新取向》，《史学理论研究》，即刊。
    樊某：《租界与商会》，载任某主编《近代中国的城市与社会》，上海：上海人民出版社，2020年，第113—142页。
    樊某：《口岸与腹地》，北京：社会科学文献出版社，2021年。

Authors (joined by 、) before a colon, or before their year in Taiwan's "作者，2020。〈標題〉。《期刊》";
the title in 《》 (or 〈〉); then the journal in 《》, or "载"
and the book a chapter appears in, or a monograph's "place：publisher, year".
"""
from __future__ import annotations

import re

from reviewer.parsing.authors import Author, split_authors
from reviewer.parsing.pubfields import choose_kind
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import publication_status
from reviewer.profile import Publication

# (an article's title may stand in single marks: "樊某：〈标题〉，《期刊》…")
_HEAD = re.compile(r"^\s*(?P<authors>[^《》〈〉:：]{2,60}?)\s*[:：]\s*[《〈](?P<title>[^《》〈〉]{2,120})[》〉]\s*[,，]?\s*(?P<rest>.*)$")
# Taiwan's journals: "簡某、林某*，2020。〈標題〉。《期刊》，31(2)，55-68。" - the year after the authors
_YEAR_FIRST = re.compile(r"^\s*(?P<authors>[^《》〈〉]{2,60}?)\s*[,，]\s*(?P<year>(?:19|20)\d\d)\s*[。.]\s*"
                         r"[〈《](?P<title>[^《》〈〉]{2,150})[〉》]\s*[。.]?\s*(?P<rest>《.*)$")
_JOURNAL = re.compile(r"^《(?P<venue>[^《》]{2,60})》")
_CHAPTER = re.compile(r"^载\s*[^《》]{0,40}《(?P<book>[^《》]{2,80})》")
_PUBLISHER = re.compile(r"^[\u3400-\u9fff]{2,8}\s*[:：]\s*(?P<publisher>[^,，。;；]{2,40})")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


# Taiwan's APA in Chinese: "簡某、林某（2022）。標題。期刊，53(4)，811–838。", the year's slot
# holding a status ("（刊印中）", "（審查中）") or a month for a talk ("（2022年10月）")
_APA_ZH = re.compile(r"^\s*(?P<authors>[^()（）。]{2,60}?)\s*[(（](?P<when>[^()（）]{1,16})[)）]\s*。\s*"
                     r"(?P<title>[^。]{4,150})。\s*(?P<venue>[^，,。]{2,60})(?P<rest>.*)$")


def _apa_item(full: str, item: RawItem) -> tuple[Publication, list[Author]] | None:
    m = _APA_ZH.match(full)
    if m is None or not re.search(r"[\u3400-\u9fff]", m.group("authors") + m.group("title")):
        return None
    authors = split_authors(m.group("authors")) or []
    if not authors:
        return None
    year_m = re.search(r"(?:19|20)\d\d", m.group("when"))
    year = int(year_m.group()) if year_m else None
    venue = m.group("venue").strip()
    title = re.sub(r"[〔\[][^〕\]]*[〕\]]$", "", m.group("title").strip())  # "〔口頭發表〕": the kind, not the title
    return Publication(
        title=title, authors=[a.name for a in authors], venue=venue, year=year,
        kind=choose_kind(full, venue, None, item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8)), authors


def chinese_marked_item(full: str, item: RawItem) -> tuple[Publication, list[Author]] | None:
    """The reference and its authors when it has one of the shapes above, else None."""
    if "《" not in full:
        return _apa_item(full, item) if "。" in full else None
    m = _HEAD.match(full) or _YEAR_FIRST.match(full)
    if m is None or not re.search(r"[\u3400-\u9fff]", m.group("authors")):
        return None
    rest = m.group("rest")
    journal, chapter, publisher = _JOURNAL.match(rest), _CHAPTER.match(rest), _PUBLISHER.match(rest)
    match = journal or chapter or publisher
    if match is None:
        return None
    venue = (journal and journal.group("venue")) or (chapter and chapter.group("book")) or (
        publisher and publisher.group("publisher"))
    year_m = _YEAR.search(rest)
    year = int(year_m.group(1)) if year_m else int(m.group("year")) if "year" in m.re.groupindex else None
    authors = split_authors(m.group("authors")) or []
    return Publication(
        title=m.group("title").strip(), authors=[a.name for a in authors], venue=venue, year=year,
        kind=choose_kind(full, venue, None, item.kind_hint),  # type: ignore[arg-type]
        status=publication_status(full, venue, year, item.status_hint),  # type: ignore[arg-type]
        evidence=item.lines[0].evidence(0.8)), authors
