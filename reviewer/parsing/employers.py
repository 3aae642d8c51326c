"""Roles held at one employer, however the CV groups them.

An employer's row dated with the whole stay over the roles dated inside it ("Amazon Web
Services  Jul 2012 – Aug 2022" over three roles); LinkedIn's company over its roles, each
naming only a unit; role bullets under an employer's own line ("- *Economist*, 2012–2016");
markdown-cv's employer dated above, its title the first bullet; an employer already named,
run into a one-word title. experience.py groups lines into entries; these passes regroup
them by employer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.dates import DateSpan, first_range, strip_dates
from reviewer.parsing.jobline import LineFacts, line_facts
from reviewer.parsing.lexicon import ROLE_RE


@dataclass
class Entry:
    """An entry while experience.py fills its slots."""

    org: str | None = None
    org_prio: int = 0
    title: str | None = None
    dates: DateSpan | None = None
    lines: list[Clean] = field(default_factory=list)


# a role in sentence case, then a comma or a bracket: "Course assistant, GEOM-203 field course
# (paid, two spring terms)", "Summer trainee, geophysics unit"
ROLE_LEAD = re.compile(r"([A-Z][a-z'-]+(?: [a-z][\w'-]*){0,3})(?:,\s|\s\()")


def role_bullets(lines: list[Clean]) -> list[Clean]:
    """"**Acme Bank**, Research Department, City" over "- *Lead Economist*, Models Unit, 2016–2019 —
    owner of …" and "- *Economist*, 2012–2016": under an employer's line of its own, bullets that
    open with a role and carry its dates are the roles held there, not duties."""
    out = list(lines)
    if not any(c.bullet for c in lines):
        return out  # (most sections: no bullets, nothing to read; line_facts is dear)
    under_employer = dated_employer = False
    dated_above = False  # the line above the employer's was its dates alone ("`2021 - 2022`")
    for i, c in enumerate(lines):
        if not c.bullet:
            if c.text[:1].islower():
                continue  # a duty's wrapped second line ("fiscal block; briefings for …")
            if i + 1 < len(lines) and not lines[i + 1].bullet and not (
                    first_range(c.text) and not strip_dates(c.text).strip()):
                under_employer = dated_employer = dated_above = False
                continue  # (only a line right above a bullet, or a date line, can head them)
            f = line_facts(c.text)
            under_employer = bool(f.org and not f.title and not f.dates)
            # "`2021 - 2022`" over "**Some Lab**, Paris" over "- Research assistant (part-time, …)":
            # markdown-cv's entry, dated above its employer, its title the first bullet
            dated_employer = bool(f.org and not f.title and (f.dates or dated_above))
            dated_above = bool(f.dates and not f.org and not f.title)
            continue
        if dated_employer and (lead := ROLE_LEAD.match(c.text + " (")) and ROLE_RE.fullmatch(lead.group(1).split()[-1]):
            out[i] = Clean(c.line, lead.group(1), False, c.raw)
            dated_employer = under_employer = False
            continue
        dated_employer = False
        if not under_employer:
            continue
        head = _before_remark(c.text)
        f = line_facts(head)
        if f.title and f.dates and f.dates.is_range and head.startswith(f.title):
            out[i] = Clean(c.line, head, False, c.raw)
        else:
            under_employer = False
    return out


_REMARK_DASH = re.compile(r"\s+[—–]\s+")


def _before_remark(text: str) -> str:
    """The bullet up to the remark after a dash ("*Lead Economist*, 2016–2019 — owner of …"),
    a date range's own dash kept ("*Principal Scientist* · 2022 – current")."""
    span = first_range(text)
    for m in _REMARK_DASH.finditer(text):
        if not (span and span.is_range and span.span[0] <= m.start() < span.span[1]):
            return text[:m.start()]
    return text


def split_known_employer(entries: list[Entry]) -> None:
    """"Frost*collective Designer" under "Frost*collective Senior Designer": an employer already
    named in the section, run into a title with a single space, is cut off it (a one-word
    title after a one-word name, which no shape alone can tell apart from a title)."""
    known = {e.org for e in entries if e.org and e.title}
    for e in entries:
        if e.org or not e.title:
            continue
        org = next((o for o in known if e.title.startswith(o + " ") and ROLE_RE.search(e.title[len(o):])), None)
        if org:
            e.org, e.org_prio, e.title = org, 2, e.title[len(org):].strip()


def _within(inner: DateSpan, outer: DateSpan) -> bool:
    """The inner range lies inside the outer one (by year; "present" is the latest)."""
    if not (inner.start and inner.end and outer.start and outer.end):
        return False
    if inner.start[:4] < outer.start[:4]:
        return False
    if outer.end == "present":
        return True
    return inner.end != "present" and inner.end[:4] <= outer.end[:4]


def roles_under_dated_employer(entries: list[Entry]) -> list[Entry]:
    """"Amazon Web Services<tab>Jul 2012 – Aug 2022" over "Senior Engineer, Amazon EBS<tab>Jan 2019 –
    Aug 2022" and "Engineer II, Amazon EBS<tab>Mar 2015 – Dec 2018": an employer's row dated with
    the whole stay heads the roles held there, each dated inside it. The roles take its name (a
    unit printed beside a role's title stays with the title), and the head is no post of its own."""
    out: list[Entry] = []
    k = 0
    while k < len(entries):
        head = entries[k]
        subs: list[Entry] = []
        if head.org and head.dates and head.dates.is_range and not head.title:
            for e in entries[k + 1:]:
                if not (e.title and e.dates and e.dates.is_range and _within(e.dates, head.dates)):
                    break
                if e.org and not _unit_beside_title(e, head.org):
                    break
                subs.append(e)
        if not subs:
            out.append(head)
            k += 1
            continue
        for e in subs:
            if e.org:
                e.title = f"{e.title}, {e.org}"
            e.org, e.org_prio = head.org, head.org_prio
        out.extend(subs)
        k += 1 + len(subs)
    return out


def _unit_beside_title(e: Entry, employer: str) -> bool:
    """The entry's organisation is a name printed after its title's comma on the same row, and
    a weaker one than an employer's, or a part of the employer named above ("Data Scientist,
    Image-Guided Therapy", "Senior Engineer, Amazon EBS" under "Amazon Web Services")."""
    head = e.lines[0].text if e.lines else ""
    if not (e.org and e.title) or e.title not in head or e.org not in head:
        return False
    if e.org_prio >= 3 and e.org.split()[0] != employer.split()[0]:
        return False
    return head.index(e.title) < head.index(e.org)


def units_under_employer(entries: list[Entry], known: dict[str, LineFacts]) -> None:
    """"Mercy Corps" over "Senior Program Manager, AgriFin<tab>dates" and "Data Lead, AgriFin<tab>dates"
    (LinkedIn's roles under a company): where an entry opens with its employer on a line of its
    own, the roles after it that name only a unit beside their title are held there too."""
    employer: str | None = None
    for e in entries:
        head = (known.get(e.lines[0].text) or line_facts(e.lines[0].text)) if e.lines else None
        if head and head.org and not head.title and not head.dates and e.org and e.org in e.lines[0].text:
            employer = e.org
            continue
        if employer and e.title and e.org and e.org != employer and _unit_beside_title(e, employer):
            e.title, e.org, e.org_prio = f"{e.title}, {e.org}", employer, 0
        elif e.org and e.org != employer:
            employer = None
