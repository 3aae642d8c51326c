"""Papers listed one a line (or one block) in the shapes résumé sites and Chinese CVs use:

    Sleep spindles predict invented memory consolidation      (a job site's export:
    https://doi.org/10.5555/x.2022.118                         title, link, date,
    2022                                                       then the place and venue)
    Second author. Journal of Made-up Sleep Research.

    [KDD 2025] Debiasing invented uplift models,第一作者(CCF-A)   (a bracketed venue tag,
    [在投] Title,第一作者,投稿至 Management Science                 the title, remarks)

Each becomes a reference the item reader understands, with the candidate's place and the
status as hints (pubblocks.py holds the other laid-out shapes).
"""
from __future__ import annotations

import re
from dataclasses import replace

from reviewer.parsing.lines import Line
from reviewer.parsing.pubblocks import place_in
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.pubstatus import status_from_text
from reviewer.parsing.venues import known_venue

# A date alone on its line: "2022", "January 2024", "Mar. 2021"
_DATE_LINE = re.compile(r"^\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\s*$")
_SITE_NOTE_LINES = 3  # a site block's description under its date
_URL_LINE = re.compile(r"^\s*(?:https?://|doi:|www\.)\S+\s*$", re.IGNORECASE)
_PLACE_SENTENCE = re.compile(r"(?i)^\s*(?:(?:first|second|third|fourth|fifth|last|sole|co-?first|corresponding|lead)"
                             r"[- ]author|co-?author)\.?\s*")


def site_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers as job sites export them: the title, perhaps its DOI link, the date alone on a
    line, then a description naming the candidate's place and the venue:

        Sleep spindles predict invented memory consolidation
        https://doi.org/10.5555/x.2022.118
        2022

        Second author. Journal of Made-up Sleep Research.

    Each becomes "Title. Venue, date." with the place as a hint; None unless the blocks make
    up the whole list (two or more, or one short list of one paper)."""
    texts = [ln for ln in lines if ln.text.strip()]
    starts = [k for k in range(len(texts) - 1) if _site_head(texts, k)]
    if not starts or (len(starts) < 2 and len(texts) > 2 + _SITE_NOTE_LINES):
        return None  # (one block is enough when it is the whole list: "Title" / "2025" / "Authors. Venue")
    items: list[RawItem] = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(texts)
        date_at = next(j for j in range(k + 1, end) if _DATE_LINE.match(texts[j].text))
        if end - date_at - 1 > _SITE_NOTE_LINES:
            return None  # a list under year sub-headings ("2025" over its references), not site blocks
        note = " ".join(ln.text.strip() for ln in texts[date_at + 1:end])
        venue = _PLACE_SENTENCE.sub("", note).strip().rstrip(".")
        text = f"{texts[k].text.strip().rstrip('.')}. {venue + ', ' if venue else ''}{texts[date_at].text.strip()}."
        items.append(RawItem([replace(texts[k], text=text)], status_hint=status_from_text(note),
                             position_hint=place_in(note)))
    return items if starts[0] == 0 else None


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def _site_head(texts: list[Line], k: int) -> bool:
    """A title line followed by its date line, perhaps with a link line between."""
    t = texts[k].text.strip()
    if (len(t.split()) < 3 or t.endswith(".") or _DATE_LINE.match(t) or _URL_LINE.match(t)
            or _YEAR_IN.search(t)):
        return False  # (a reference's last line, or a legend, ends with a full stop; a bare title does not)
    j = k + 1
    if j < len(texts) and _URL_LINE.match(texts[j].text):
        j += 1
    return j < len(texts) and bool(_DATE_LINE.match(texts[j].text))


# "[KDD 2025] Title,第一作者(CCF-A)", "[在投] Title,第一作者,投稿至 Venue": a bracketed venue (or
# status) tag, the title, then remarks after commas (a comma before Chinese text, a year or a status)
_BRACKET_TAG = re.compile(r"^\s*[\[【](?P<tag>[^\[\]【】\d][^\[\]【】]{1,40})[\]】]\s*(?P<rest>\S.*)$")
_REMARK_COMMA = re.compile(r"\s*(?:，|,(?=\s*(?:[\u3400-\u9fff]|(?:19|20)\d\d|(?i:accepted|under review|in press))))\s*")
_REF_NUMBER = re.compile(r"[A-Za-z]{0,3}\s?\d{1,3}")
_SUBMITTED_TO = re.compile(r"(?i)(?:投稿至|投稿于|submitted to)\s*(?P<venue>[^,，;；]+)")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def bracket_items(lines: list[Line]) -> list[RawItem] | None:
    """Papers listed as "[Venue Year] Title, remarks" lines, when most lines are."""
    texts = [ln for ln in lines if ln.text.strip()]
    # (a reference's own number, "[J1]", "[C2]", is no venue tag; nor is a full reference with
    # no remarks after the title, "[CVPR'24] Title. Authors.", which the usual reader reads)
    hits = [(ln, m) for ln in texts if (m := _BRACKET_TAG.match(ln.text)) and not _REF_NUMBER.fullmatch(m.group("tag"))
            and len(_REMARK_COMMA.split(m.group("rest").strip())) > 1]
    if len(hits) < 2 or len(hits) < 0.6 * len(texts):
        return None
    items = []
    for ln, m in hits:
        tag = m.group("tag").strip()
        title, *rest = _REMARK_COMMA.split(m.group("rest").strip())
        remarks = "，".join(rest)
        plain = _ASIDE.sub("", remarks)  # "第二作者(导师一作)": the candidate is second
        tag_status = status_from_text(tag)
        venue = tag if not tag_status or known_venue(tag) else None
        if venue is None and (to := _SUBMITTED_TO.search(plain)):
            venue = to.group("venue").strip()
        years = re.findall(r"(?:19|20)\d\d", f"{tag} {remarks}")
        year = years[0] if years and years[0] not in (venue or "") else None
        status = tag_status or status_from_text(remarks)
        # the status said in words ("Management Science, under review") closes the title as a venue does
        note = ", ".join(x for x in (" ".join(y for y in (venue, year) if y), status if status and not years else None) if x)
        text = f"{title.strip()} ({note})" if note else title.strip()
        items.append(RawItem([replace(ln, text=text)], status_hint=status, position_hint=place_in(plain)))
    return items
