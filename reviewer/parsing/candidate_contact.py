"""The candidate's own contact details: e-mails, phones and links from every line but
References, less the lines that introduce someone else (an advisor, a referee, a placement
director), with the source line of each as evidence."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reviewer.extract import ExtractedDocument
from reviewer.parsing.cleaning import Clean, clean_line
from reviewer.parsing.contact import (
    FULL_LIST_LINK,
    find_emails,
    find_links,
    find_phones,
    guess_region,
    labelled_own_links,
    merge_links,
)
from reviewer.parsing.lines import Line
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.openings import with_opening
from reviewer.parsing.sections import Section, lines_of
from reviewer.profile import Evidence

# Sections whose contact details and links are someone else's, or hold no contact details
NOT_CANDIDATE = {"references"}
NO_LINKS = {"references", "publications", "projects"}
LINK_ZONE = {"header", "personal", "summary"}
_SOMEONE_ELSE = with_opening(re.compile(
    r"(?i)\b(?:advis[oe]rs?|supervisors?|mentors?|referees?|references?|recommenders?|committee|"
    r"professor|pi)\b|\bprof\.?(?=\s|$)|导师|推荐人"))  # "Prof. X": no word boundary follows a full stop
# "Placement Director: Prof. X, x@uni.edu, +1 ...": a labelled line that introduces someone
# who acts for the candidate (a department's job-market staff) gives that person's details
_SOMEONE_ELSE_SCREEN = needles(_SOMEONE_ELSE, shortest=2)  # most lines name no one: skip the scan
_STAFF_LABEL = re.compile(
    r"(?i)^\W*(?:[\w.-]+\s+){0,3}(?:placement|director|administrator|coordinator|officer|chair)\s*[:：]"
    # a CV pasted into an e-mail: the recipients' header lines ("To: Prof. X <x@uni.edu>")
    r"|^\s*(?:to|cc|bcc|收件人|抄送)\s*[:：].*@"
    # ...and the ids a printed e-mail shows, and a quoted reply's "On …, X <x@y> wrote:"
    r"|^\s*(?:message-id|in-reply-to|references)\s*:\s*<"
    r"|^\W*(?:on|am|le|在)\b.*@.*(?:wrote|schrieb|a écrit|写道)\s*[:：]?\s*$")
# a recipient's address is not the candidate's wherever else it appears (a quoted reply's From)
_MAIL_HEADER = re.compile(r"(?i)^\s*(?:from|to|cc|bcc|发件人|收件人|抄送)\s*[:：]")
_RECIPIENT_LINE = re.compile(r"(?i)^\s*(?:to|cc|bcc|收件人|抄送)\s*[:：]")
# "I am advised by Prof. X. My homepage is ...": the writer's own sentence about an advisor
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I am|[Mm]y)\b|我的?")

@dataclass
class Contact:
    emails: list[str]
    phones: list[str]
    links: list[str]  # header links; hyperlinks and links elsewhere are added once the name is known
    elsewhere: list[str]
    header_text: str
    evidence: dict[str, Evidence]


def _is_staff_label(text: str) -> bool:
    # the label ends with a colon: a substring test spares most lines the pattern
    return (":" in text or "：" in text) and bool(_STAFF_LABEL.match(text))


_FOOTER_STAMP = re.compile(r"(?i)\bcurriculum\s+vitae\b.*\t|\blast\s+(?:updated|modified|revised)\b|最后更新|更新于")


_BARE_LINK_LINE = re.compile(r"(?i)\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?\s*")


def _contact_block(own: list[Clean], emails: list[str]) -> list[Clean]:
    """Link-only lines beside the candidate's e-mail address: a sidebar's contact block that
    the layout set down inside another section (a paper list)."""
    if not emails:
        return []
    at = [k for k, c in enumerate(own) if emails[0] in c.text]
    return [own[j] for k in at for j in range(max(0, k - 3), min(len(own), k + 4))
            if j != k and _BARE_LINK_LINE.fullmatch(own[j].text) and "@" not in own[j].text]


def _label_over_link(lines: list[Clean]) -> list[Clean]:
    """A label ending in a colon over a line that is only a link reads as one line
    ("Complete List of Published Work in My Bibliography:" / "https://www.ncbi.nlm.nih.gov/…")."""
    out: list[Clean] = []
    for a, b in zip(lines, [*lines[1:], None], strict=True):
        if b is not None and a.text.rstrip().endswith((":", "：")) and _BARE_LINK_LINE.fullmatch(b.text):
            out.append(Clean(a.line, f"{a.text} {b.text}", a.bullet, f"{a.raw} {b.raw}"))
        else:
            out.append(a)
    return out


def _footer_stamp(text: str) -> bool:
    low = text.lower()  # (the words first: every line of the document is asked)
    return ("vitae" in low or "updated" in low or "modified" in low or "revised" in low or "更新" in text) and bool(
        _FOOTER_STAMP.search(text))


# Pure per string; a generated or long CV repeats lines (a third of the askings)
@lru_cache(maxsize=4096)
def _someone_else(text: str) -> bool:
    return may_match(_SOMEONE_ELSE_SCREEN, text, folded(text)) and bool(_SOMEONE_ELSE.search(text))


def read_contact(doc: ExtractedDocument, lines: list[Line], sections: list[Section], repeated: set[int]) -> Contact:
    """Contact details from every line (bare numbers are not in the body), minus References;
    a line about an advisor or referee ("Advisor: Prof. X, x@uni.edu") only when nothing else is found."""
    foreign = {c.index for c in lines_of(sections, NOT_CANDIDATE)}
    own = [clean_line(ln) for ln in lines if ln.index not in foreign and ln.text.strip()]
    zone = {c.index for c in lines_of(sections, LINK_ZONE)}
    others = {c.index for c in own if (_someone_else(c.text) and not _FIRST_PERSON.search(c.text) and (
        c.index not in zone or re.search(r"(?i)advis|supervis|mentor|refere|recommend|导师|推荐人", c.text)))
        or _is_staff_label(c.text)}
    recipients = set(find_emails([c for c in own if (":" in c.text or "：" in c.text) and _RECIPIENT_LINE.match(c.text)]))
    emails = ([e for e in find_emails([c for c in own if c.index not in others]) if e not in recipients]
              or find_emails(own))
    # publication lists hold page ranges, ids and grant numbers, never the candidate's phone;
    # a footer printed where a page of the list ends ("+44 … • x@y.org") is no part of it
    pubs = {c.index for c in lines_of(sections, {"publications"}) if "@" not in c.text} - repeated
    header = "\n".join(c.raw for c in lines_of(sections, LINK_ZONE))
    not_phones = pubs | others  # built once, not once per line
    phones = find_phones([c for c in own if c.index not in not_phones], guess_region(doc.text, emails, header))
    # links printed in the header zone are the candidate's; elsewhere they must prove it
    loose = [c for c in lines_of(sections, LINK_ZONE) if c.index not in others]
    owned = [c for c in lines_of(sections, NO_LINKS, exclude=True) if c.index not in others]
    # a running header or footer repeats what the writer puts on every page: their own site
    # ...and so does a page's footer stamp ("Name — Curriculum Vitae<tab>x.example.io",
    # "x.dev · last updated May 2025"), though it is printed once, maybe below the references
    running = [clean_line(ln) for ln in lines if (ln.index in repeated or _footer_stamp(ln.text)) and ln.text.strip()]
    links = merge_links(find_links(loose), labelled_own_links(owned), find_links(running),
                        find_links(_contact_block(own, emails)),
                        labelled_own_links(_label_over_link([c for c in own if c.index not in others]), FULL_LIST_LINK))
    elsewhere = find_links([c for c in lines_of(sections, NO_LINKS | LINK_ZONE, exclude=True)
                            if c.index not in others])
    evidence: dict[str, Evidence] = {}
    for field_name, values in (("emails", emails), ("phones", phones), ("links", links)):
        if values:
            key = values[0].lower().split("//")[-1].removeprefix("www.").rstrip("/")
            digits = key.lstrip("+")[-6:] if field_name == "phones" else None
            src = next((c for c in own if (digits and digits in re.sub(r"\D", "", c.raw))
                        or (not digits and key in c.raw.lower())), None)
            if src:
                evidence[field_name] = src.line.evidence()
    return Contact(emails, phones, links, elsewhere, "\n".join(c.raw for c in loose), evidence)


def own_emails(emails: list[str], name: str | None) -> list[str]:
    """The addresses that spell the candidate's name, once one does: in a packet or a pasted
    e-mail the referees', the recipients' and a web page's addresses stand beside the
    candidate's ("renwick@…" in a cover letter, "webmaster-civil@…" in a page footer). A name
    in Chinese characters alone cannot be matched to an address, so then all stay."""
    parts = {p for p in re.split(r"[^a-z]+", _ascii(re.sub(r"\(.*?\)", "", name or "")).lower()) if len(p) >= 3}
    if len(emails) < 2 or not parts:
        return emails
    spelled = [e for e in emails if any(p in re.sub(r"[^a-z]", "", e.lower()) for p in parts)]
    return spelled or emails


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def own_phones(phones: list[str], lines: list[Line], emails: list[str], reach: int = 3) -> list[str]:
    """The numbers printed near the candidate's address, when several numbers are found and
    some are: a signature under a forwarded e-mail or a job advert's enquiry line elsewhere
    in a packet gives someone else's ("| +31 53 …" under "--")."""
    if len(phones) < 2 or not emails:
        return phones
    at = [k for k, ln in enumerate(lines) if "@" in ln.text and any(e in ln.text.lower() for e in emails)
          and not _MAIL_HEADER.match(ln.text)]  # (a mail's "From: X <x@y>" is no contact block)
    around = {j for k in at for j in range(k - reach, k + reach + 1)}
    digits = " ".join(re.sub(r"\D", "", lines[j].text) for j in sorted(around) if 0 <= j < len(lines))
    near = [p for p in phones if p.lstrip("+")[-6:] in digits]
    return near or phones

