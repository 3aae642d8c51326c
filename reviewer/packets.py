"""What a complete application packet holds, and what a candidate's lacks: the
committee's list of required documents ("cv, cover letter, research statement,
reference letter x3") against the kinds of the documents attached to them.
Pure functions; the list is a committee setting (reviewer/committee_settings.py)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.dockind import CV, REFERENCE, label, parse_kind


@dataclass(frozen=True)
class Requirement:
    kind: str
    count: int = 1


DEFAULT_REQUIRED: tuple[Requirement, ...] = (Requirement(CV),)
_COUNTED = re.compile(r"^\s*(?:(\d+)\s*(?:x|×)?\s+)?(.+?)(?:\s*(?:x|×|:|\*)\s*(\d+))?\s*$", re.I)


def _plural(kind: str) -> str:
    return "letters" if kind == REFERENCE else f"{label(kind)}s"


def parse_required(text: str) -> tuple[Requirement, ...]:
    """"cv, cover letter, reference letter x3" (also "3 reference letters",
    "reference_letter:3"); one entry per kind, in the order given."""
    found: dict[str, int] = {}
    for item in re.split(r"[,;\n]+", text):
        if not item.strip():
            continue
        m = _COUNTED.match(item)
        if m is None:  # the pattern matches any non-empty text
            raise ValueError(f"cannot read {item!r}")
        lead, name, tail = m.groups()
        count = int(tail or lead or 1)
        try:
            kind = parse_kind(name)
        except ValueError:
            kind = parse_kind(name.rstrip("sS"))  # "statements", "letters"
        if count < 1:
            raise ValueError(f"{item.strip()!r}: a count is at least 1")
        found[kind] = count
    return tuple(Requirement(kind, count) for kind, count in found.items())


def format_required(required: Iterable[Requirement]) -> str:
    return ", ".join(label(r.kind) + (f" x{r.count}" if r.count > 1 else "") for r in required)


def missing(kinds: Iterable[str], required: Iterable[Requirement]) -> tuple[str, ...]:
    """What the packet lacks, one short phrase each: "no teaching statement",
    "2 of 3 letters". Empty when it is complete."""
    have = Counter(kinds)
    out = []
    for r in required:
        n = have.get(r.kind, 0)
        if n >= r.count:
            continue
        out.append(f"no {label(r.kind)}" if r.count == 1 else f"{n} of {r.count} {_plural(r.kind)}")
    return tuple(out)
