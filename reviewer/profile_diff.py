"""What changed between two versions of a candidate's CV: new and dropped
publications, jobs and degrees, changed dates, and the contact lines. Pure code
over two profile dicts (JSON as stored); the candidate page only draws the
result (Picard's tag diff is the model: compare in the core, draw in the view).

Entries are matched by what names them (a publication by its title, a job by
organization and title, a degree by institution and degree) folded for case,
accents and punctuation, so a re-typeset CV shows no change.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Change:
    sign: str  # "+" new, "-" gone, "~" changed
    text: str


@dataclass(frozen=True)
class DiffSection:
    title: str  # "Publications", "Experience", ...
    changes: tuple[Change, ...]


def _key(*parts: str | None) -> str:
    text = " ".join(p or "" for p in parts)
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", folded).strip()


def _dates(entry: dict[str, Any]) -> str:
    start, end = entry.get("start"), entry.get("end")
    if not start and not end:
        return ""
    return f"{start or '?'}–{end or '?'}"


def _publication(p: dict[str, Any]) -> str:
    where = ", ".join(str(x) for x in (p.get("venue"), p.get("year")) if x)
    status = f" [{p['status']}]" if p.get("status") and p.get("status") != "published" else ""
    return f"{p.get('title') or '(untitled)'}" + (f" ({where})" if where else "") + status


def _job(e: dict[str, Any]) -> str:
    return ", ".join(x for x in (e.get("title"), e.get("organization"), _dates(e)) if x)


def _degree(e: dict[str, Any]) -> str:
    return ", ".join(x for x in (e.get("degree"), e.get("field"), e.get("institution"), _dates(e)) if x)


def _entries(title: str, old: list[dict[str, Any]], new: list[dict[str, Any]],
             key: Callable[[dict[str, Any]], str], show: Callable[[dict[str, Any]], str],
             detail: Callable[[dict[str, Any]], str]) -> DiffSection | None:
    """Entries new in `new`, gone from `old`, and those whose `detail` changed."""
    before = {key(e): e for e in old if key(e)}
    after = {key(e): e for e in new if key(e)}
    changes = [Change("+", show(after[k])) for k in after if k not in before]
    changes += [Change("-", show(before[k])) for k in before if k not in after]
    for k in after.keys() & before.keys():
        was, now = detail(before[k]), detail(after[k])
        if _key(was) != _key(now):
            changes.append(Change("~", f"{show(after[k])} (was {was or 'not given'})"))
    return DiffSection(title, tuple(changes)) if changes else None


def _contact(old: dict[str, Any], new: dict[str, Any]) -> DiffSection | None:
    changes = []
    for field, what in (("emails", "e-mail"), ("phones", "phone"), ("links", "link")):
        was, now = old.get(field) or [], new.get(field) or []
        changes += [Change("+", f"{what} {x}") for x in now if x not in was]
        changes += [Change("-", f"{what} {x}") for x in was if x not in now]
    if _key(old.get("name")) != _key(new.get("name")):
        changes.append(Change("~", f"name {new.get('name') or '(none)'} (was {old.get('name') or 'none'})"))
    return DiffSection("Name and contact", tuple(changes)) if changes else None


def diff_profiles(old: dict[str, Any], new: dict[str, Any]) -> tuple[DiffSection, ...]:
    """The sections that changed from `old` to `new`, in the order a reviewer reads a CV."""
    sections = [
        _contact(old, new),
        _entries("Experience", old.get("experience") or [], new.get("experience") or [],
                 lambda e: _key(e.get("organization"), e.get("title")), _job, _dates),
        _entries("Education", old.get("education") or [], new.get("education") or [],
                 lambda e: _key(e.get("institution"), e.get("degree")), _degree, _dates),
        _entries("Publications", old.get("publications") or [], new.get("publications") or [],
                 lambda p: _key(p.get("title")), _publication,
                 lambda p: ", ".join(str(x) for x in (p.get("venue"), p.get("year"), p.get("status")) if x)),
        _entries("Awards", old.get("awards") or [], new.get("awards") or [],
                 lambda a: _key(a.get("title")), lambda a: ", ".join(str(x) for x in (a.get("title"), a.get("year"))
                                                                      if x), lambda a: str(a.get("year") or "")),
    ]
    return tuple(s for s in sections if s is not None)


def summary(sections: tuple[DiffSection, ...]) -> str:
    """One line: "2 new publications, 1 new job, dates changed in education"."""
    parts = []
    for s in sections:
        new = sum(c.sign == "+" for c in s.changes)
        gone = sum(c.sign == "-" for c in s.changes)
        changed = sum(c.sign == "~" for c in s.changes)
        name = s.title.lower()
        if new:
            parts.append(f"{new} new in {name}")
        if gone:
            parts.append(f"{gone} gone from {name}")
        if changed:
            parts.append(f"{changed} changed in {name}")
    return ", ".join(parts)
