"""The committee's shared settings and the blind-until-scored rule, in pure code.

Hide others' scores until mine is in (on by default): a reviewer who has not yet
scored a candidate sees none of the other reviewers' scores or comments for that
candidate, nor anything computed from them (mean, median, spread, calibrated
score, rank), so nobody anchors on a senior colleague's number. The count of
reviews stays visible: it says how much work is done, not what anyone thought.
"""
from __future__ import annotations

from dataclasses import dataclass

from reviewer.packets import DEFAULT_REQUIRED, Requirement, parse_required

HIDE_SCORES = "hide_scores_until_mine"
BLIND = "blind_first_round"  # names, contact, links and photos hidden (reviewer/blind.py)
REQUIRED_DOCUMENTS = "required_documents"  # "cv, cover letter, reference letter x3" (reviewer/packets.py)
# Names as the command line spells them -> storage keys.
CLI_NAMES = {"hide-scores-until-mine": HIDE_SCORES, "required-documents": REQUIRED_DOCUMENTS,
             "blind-first-round": BLIND}
_TRUE, _FALSE = ("on", "true", "yes", "1"), ("off", "false", "no", "0")


@dataclass(frozen=True)
class CommitteeSettings:
    hide_scores_until_mine: bool = True
    # What a complete packet holds; a committee that reads CVs only needs nothing more.
    required_documents: tuple[Requirement, ...] = DEFAULT_REQUIRED
    blind_first_round: bool = False  # off by default: a committee chooses to read blind

    @classmethod
    def from_stored(cls, stored: dict[str, str]) -> CommitteeSettings:
        value = stored.get(HIDE_SCORES)
        required = stored.get(REQUIRED_DOCUMENTS)
        try:
            documents = parse_required(required) if required else DEFAULT_REQUIRED
        except ValueError:  # written by a newer version that knows more kinds
            documents = DEFAULT_REQUIRED
        return cls(hide_scores_until_mine=True if value is None else value == "on", required_documents=documents,
                   blind_first_round=stored.get(BLIND) == "on")


def parse_switch(value: str) -> bool:
    text = value.strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected on or off, not {value!r}")


def scores_hidden(settings: CommitteeSettings, *, viewer: str | None, my_score: int | float | None,
                  others_reviewed: bool) -> bool:
    """Whether `viewer` must not see the others' scores of a candidate yet."""
    return (settings.hide_scores_until_mine and viewer is not None and my_score is None and others_reviewed)
