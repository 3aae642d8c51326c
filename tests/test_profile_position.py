"""The current position reads the same everywhere: the list's stored column, the
comparison and the profile header all take `Profile.position_text()`."""
from __future__ import annotations

from reviewer.identity import summary_columns
from reviewer.operations import CandidateDetail
from reviewer.profile import Experience, Profile
from ui.comparison import compare

NOW = Experience(organization="Imaginary Labs", title="Research Scientist", start="2024", end="present")
BEFORE = Experience(organization="Fictional AI", title="Research Intern", start="2022", end="2022")


def _profile(*experience: Experience) -> Profile:
    return Profile(source="cv.txt", name="Ada Quill", experience=list(experience))


def test_title_and_organization_of_the_current_position():
    assert _profile(BEFORE, NOW).position_text() == "Research Scientist @ Imaginary Labs"
    assert _profile(BEFORE).position_text() == "Research Intern @ Fictional AI"  # the latest, when none is current
    assert _profile(Experience(title="Postdoc", end="present")).position_text() == "Postdoc"
    assert _profile(Experience(organization="Imaginary Labs", end="present")).position_text() == "Imaginary Labs"
    assert _profile().position_text() is None


def test_the_list_and_the_comparison_agree():
    profile = _profile(BEFORE, NOW)
    detail = CandidateDetail(id=1, profile=profile, corrections={}, documents=[], reviews=[], tags=())
    row = next(r for r in compare([detail]) if r.label == "Current position")
    assert summary_columns(profile)["position"] == row.cells[0][0] == "Research Scientist @ Imaginary Labs"
