"""One person, one candidate: the keys that tie documents to a person, and how
several documents' profiles become the candidate's profile.

Pure functions over Profile; the import decides with them, db/ stores them.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

# Types only: the pydantic profile model (~140 ms of start-up) loads with the first
# candidate page, not before the first list is on screen (README, row d1).
if TYPE_CHECKING:
    from reviewer.profile import Profile


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DEGREE_LABELS = {"phd": "PhD", "master": "Master", "bachelor": "Bachelor"}


def normalize_email(value: str) -> str | None:
    email = value.strip().strip("<>()[]{}.,;:'\"").lower()
    email = email.removeprefix("mailto:")
    return email if _EMAIL.match(email) else None


def normalize_phone(value: str) -> str | None:
    """Digits only, with the country code when the parser found one. Shorter than
    eight digits is too weak to say two documents are one person."""
    digits = re.sub(r"\D", "", value)
    return digits if len(digits) >= 8 else None


def identity_keys(profile: Profile) -> list[tuple[str, str]]:
    """("email", ...) and ("phone", ...) keys, emails first, without duplicates."""
    keys = [("email", e) for e in map(normalize_email, profile.emails) if e]
    keys += [("phone", p) for p in map(normalize_phone, profile.phones) if p]
    return list(dict.fromkeys(keys))


def merge_profiles(profiles: list[Profile]) -> Profile | None:
    """The candidate's profile from their documents, newest first: the newest is
    the base; contact lists are united; a section the base lacks is taken from
    the next document that has it (an English CV fills in a Chinese one's gaps)."""
    if not profiles:
        return None
    base, *others = profiles
    if not others:
        return base
    merged = base.model_copy(deep=True)
    for other in others:
        if not merged.name and other.name:
            merged.name = other.name
        for key in ("emails", "phones", "links"):
            setattr(merged, key, list(dict.fromkeys([*getattr(merged, key), *getattr(other, key)])))
        for key in ("education", "experience", "publications", "research_interests", "skills", "awards"):
            if not getattr(merged, key) and getattr(other, key):
                setattr(merged, key, getattr(other, key))
    return merged


def degree_text(profile: Profile) -> str | None:
    """"PhD, Some University": the highest degree with its institution."""
    edu = profile.highest_degree()
    if edu is None:
        return None
    label = _DEGREE_LABELS.get(edu.degree_level or "") or edu.degree
    parts = [p for p in (label, edu.institution) if p]
    return ", ".join(parts) or None


def display_name(profile: Profile) -> str:
    """The parsed name, or the file's name when the parser found none."""
    return (profile.name or "").strip() or Path(profile.source).stem


def summary_columns(profile: Profile) -> dict[str, object]:
    """The candidate columns the list sorts and filters on."""
    emails = [e for e in map(normalize_email, profile.emails) if e]
    position, degree = profile.position_text(), degree_text(profile)
    return {
        "display_name": display_name(profile)[:300],
        "email": emails[0] if emails else None,
        "position": position[:500] if position else None,
        "highest_degree": degree[:500] if degree else None,
        **dict(zip(("publications", "first_author"), publication_counts(profile, None), strict=True)),
        "warnings": len(profile.warnings),
    }


# The parser's warning for a publications section it could not read
# (reviewer/parsing/pipeline.py): the counts are unknown then, shown as "?", never 0.
PUBLICATIONS_UNREAD = "a publications section was found but no publication was read"


def publication_counts(profile: Profile, typed: str | None) -> tuple[int | None, int | None]:
    """(publications, first-author publications); None where unknown. `typed` is a
    person's correction of the count, which wins and answers the warning."""
    read = len(profile.publications)
    unknown = not read and any(w.startswith(PUBLICATIONS_UNREAD) for w in profile.warnings)
    count = int(typed) if typed and typed.strip().isdigit() else (None if unknown else read)
    # a count typed over an unread list says nothing of who came first
    first = None if not read and (unknown or (count or 0) > 0) else profile.first_author_count()
    return count, first


# Corrections a person can make to list fields: one value per line (or ";").
_LIST_FIELDS = {"emails", "phones", "links", "research_interests", "skills"}


# The parser's warning about a field a person has since corrected is answered:
# field -> how that warning starts (reviewer/parsing/pipeline.py writes it).
_ANSWERED_BY = {"name": ("no name found",),
                "publications": (PUBLICATIONS_UNREAD, 'Publications section "')}


def remaining_warnings(warnings: list[str], corrections: dict[str, str]) -> list[str]:
    """The warnings still open once `corrections` are applied (a typed name answers
    "no name found", a typed count the unread publications)."""
    answered = tuple(start for f, v in corrections.items() if f in _ANSWERED_BY and v.strip()
                     for start in _ANSWERED_BY[f])
    return [w for w in warnings if not w.startswith(answered)] if answered else list(warnings)


def apply_corrections(profile: Profile, corrections: dict[str, str]) -> Profile:
    """The parsed profile with what people typed on top (never the other way round)."""
    if not corrections:
        return profile
    updated = profile.model_copy(deep=True)
    for field, value in corrections.items():
        if field == "name":
            updated.name = value
        elif field in _LIST_FIELDS:
            setattr(updated, field, [v.strip() for v in re.split(r"[\n;]", value) if v.strip()])
    updated.warnings = remaining_warnings(updated.warnings, corrections)
    return updated
