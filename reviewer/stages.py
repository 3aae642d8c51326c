"""Where a candidate stands in the search: one stage each, "new" until the chair
moves them. The order is the pipeline's, used for sorting and for menus."""
from __future__ import annotations

STAGES: tuple[str, ...] = ("new", "longlist", "shortlist", "interview", "offer", "declined", "rejected")
DEFAULT_STAGE = "new"
# A rejection is a decision someone may have to explain later, so it carries its reason.
NEEDS_REASON = frozenset({"rejected"})


def check_stage(stage: str, reason: str | None) -> tuple[str, str | None]:
    """The stage, normalised, and its reason (None when blank); ValueError for an
    unknown stage or a rejection without a reason."""
    name = stage.strip().casefold()
    if name not in STAGES:
        raise ValueError(f"unknown stage {stage!r}: one of {', '.join(STAGES)}")
    text = (reason or "").strip() or None
    if name in NEEDS_REASON and text is None:
        raise ValueError(f"a candidate {name} needs a reason (--reason)")
    return name, text


def stage_order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)
