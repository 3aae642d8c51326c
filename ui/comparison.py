"""Side-by-side comparison computed in pure code (no Qt); the compare view only draws it.

Each `CompareRow` is one aligned line of the comparison: a label, the lines to
show for each candidate, whether the candidates differ on it, which cells are
empty and, for counts, which candidate has the most.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reviewer.aggregates import CALIBRATION_METHOD
from reviewer.identity import publication_counts
from reviewer.operations import CandidateDetail, CandidateRow
from reviewer.profile import Profile
from ui.formatting import award_text, date_range, degree_text


@dataclass(frozen=True)
class CompareRow:
    label: str
    cells: tuple[tuple[str, ...], ...]  # per candidate, lines of text
    differs: bool
    missing: tuple[bool, ...]
    best: tuple[bool, ...]  # numeric rows: the highest value(s), when not all equal


def _position(p: Profile) -> tuple[str, ...]:
    text = p.position_text()
    return (text,) if text else ()


def _degree(p: Profile) -> tuple[str, ...]:
    e = p.highest_degree()
    if not e:
        return ()
    text = ", ".join(x for x in (e.degree or (e.degree_level or "").title(), e.institution) if x)
    return (text,) if text else ()


def _education(p: Profile) -> tuple[str, ...]:
    out = []
    for e in p.education:
        what = ", ".join(x for x in (degree_text(e.degree, e.field), e.institution) if x)
        when = date_range(e.start, e.end)
        out.append(f"{what} ({when})" if when else what)
    return tuple(x for x in out if x)


def _experience(p: Profile) -> tuple[str, ...]:
    out = []
    for e in p.experience:
        what = ", ".join(x for x in (e.title, e.organization) if x)
        when = date_range(e.start, e.end)
        out.append(f"{what} ({when})" if when else what)
    return tuple(x for x in out if x)


MAX_VENUES = 8


def _venues(p: Profile) -> tuple[str, ...]:
    """Most frequent venues first; the long tail folded into one line."""
    counts = Counter(pub.venue for pub in p.publications if pub.venue)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"{v} ×{n}" if n > 1 else v for v, n in ranked[:MAX_VENUES]]
    if len(ranked) > MAX_VENUES:
        rest = ranked[MAX_VENUES:]
        lines.append(f"+ {len(rest)} more venues ({sum(n for _, n in rest)} papers)")
    return tuple(lines)


def _years(p: Profile) -> tuple[str, ...]:
    years = [pub.year for pub in p.publications if pub.year]
    if not years:
        return ()
    return (str(min(years)) if min(years) == max(years) else f"{min(years)}–{max(years)}",)


def _text_row(label: str, cells: list[tuple[str, ...]]) -> CompareRow:
    normalised = [tuple(sorted(x.casefold() for x in c)) for c in cells]
    return CompareRow(label, tuple(cells), differs=len(set(normalised)) > 1,
                      missing=tuple(not c for c in cells), best=tuple(False for _ in cells))


def _count_row(label: str, values: list[int | None]) -> CompareRow:
    """None is an unknown count ("?": a section the parser could not read)."""
    top = max((v for v in values if v is not None), default=0)
    differs = len(set(values)) > 1
    return CompareRow(label, tuple(("?" if v is None else str(v),) for v in values), differs=differs,
                      missing=tuple(not v for v in values),
                      best=tuple(differs and v is not None and v == top for v in values))


def _score_row(label: str, values: list[float | None], fmt: str, *, best_is_high: bool = True) -> CompareRow:
    """A row of aggregate scores; the highest is marked when `best_is_high` and they differ."""
    given = [v for v in values if v is not None]
    differs = len(set(values)) > 1
    top = max(given) if given else None
    return CompareRow(label, tuple((fmt.format(v),) if v is not None else () for v in values), differs=differs,
                      missing=tuple(v is None for v in values),
                      best=tuple(best_is_high and differs and v is not None and v == top for v in values))


def _spread_text(row: CandidateRow) -> tuple[str, ...]:
    if row.spread is None:
        return ()
    sd = f", SD {row.stdev:.2f}" if row.stdev is not None else ""
    return (f"{row.spread:g}{sd}" + (" — reviewers disagree" if row.disagreement else ""),)


HIDDEN = "hidden until you score"
CONFLICT = "hidden: your conflict of interest"


def aggregate_rows(rows: list[CandidateRow]) -> list[CompareRow]:
    """The committee's numbers for each compared candidate (rows in the compared order);
    a candidate whose scores are hidden from the reviewer shows that instead."""
    numbers = [
        _text_row("Committee rank", [(f"{r.rank}",) if r.rank is not None else ("unranked",) for r in rows]),
        _score_row("Mean score", [r.mean_score for r in rows], "{:.2f}"),
        _score_row("Median score", [r.median_score for r in rows], "{:g}"),
        _text_row("Spread (max − min)", [_spread_text(r) for r in rows]),
        _score_row(f"Calibrated ({CALIBRATION_METHOD})", [r.calibrated for r in rows], "{:+.2f}"),
    ]
    blind = [r.scores_hidden for r in rows]
    if any(blind):
        why = [(CONFLICT if r.conflict else HIDDEN,) for r in rows]
        numbers = [CompareRow(n.label, tuple(w if b else c for b, w, c in zip(blind, why, n.cells, strict=True)),
                              n.differs, n.missing, tuple(best and not b for b, best in zip(blind, n.best,
                                                                                             strict=True)))
                   for n in numbers]
    return [*numbers, _text_row("Stage", [(r.stage + (f": {r.stage_reason}" if r.stage_reason else ""),)
                                          for r in rows])]


def _why_hidden(detail: CandidateDetail) -> str:
    return CONFLICT if detail.conflict is not None and detail.conflict.declared else HIDDEN


def compare(details: list[CandidateDetail], rows: list[CandidateRow] | None = None) -> list[CompareRow]:
    """The aligned rows for these candidates, in reading order; `rows` (their list
    rows, same order) adds the committee's aggregates."""
    profiles = [d.profile for d in details]
    pub_counts = [publication_counts(d.profile, d.corrections.get("publications")) for d in details]
    aggregates = aggregate_rows(rows) if rows is not None and len(rows) == len(details) else []
    base = [
        _text_row("Current position", [_position(p) for p in profiles]),
        _text_row("Highest degree", [_degree(p) for p in profiles]),
        _text_row("Education", [_education(p) for p in profiles]),
        _text_row("Experience", [_experience(p) for p in profiles]),
        _count_row("Publications", [counts[0] for counts in pub_counts]),
        _count_row("First-author", [counts[1] for counts in pub_counts]),
        _text_row("Venues", [_venues(p) for p in profiles]),
        _text_row("Publication years", [_years(p) for p in profiles]),
        _text_row("Research interests", [tuple(p.research_interests) for p in profiles]),
        _text_row("Skills", [(", ".join(p.skills),) if p.skills else () for p in profiles]),
        _text_row("Awards", [tuple(award_text(a.title, a.year) for a in p.awards) for p in profiles]),
        _text_row("Tags", [tuple(d.tags) for d in details]),
        _text_row("Reviews", [tuple(f"{r.reviewer}: {r.score if r.score is not None else '–'}" for r in d.reviews)
                              + ((f"{d.hidden_reviews} {_why_hidden(d)}",) if d.hidden_reviews else ())
                              for d in details]),
        _count_row("Parser warnings", [len(p.warnings) for p in profiles]),
    ]
    after_reviews = next(i for i, row in enumerate(base) if row.label == "Reviews") + 1
    return base[:after_reviews] + aggregates + base[after_reviews:]
