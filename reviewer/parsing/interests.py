"""Research interests: a list under an Interests heading (not pastimes), fields such as
"研究方向: ...", else what the introduction or a first-person sentence says the candidate studies."""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean
from reviewer.parsing.lists import (
    interests_from_fields,
    interests_from_intro,
    interests_from_research_label,
    interests_from_statement,
    interests_of_section,
    merged,
)
from reviewer.parsing.sections import Section

# Pastimes: an "Interests" section that names these is about hobbies, not research.
_HOBBY = re.compile(
    r"(?i)\b(?:runn(?:er|ing)|marathons?|half-marathon|chess|hiking|climbing|cycling|swimming|football|soccer|tennis|"
    r"basketball|yoga|cooking|baking|travel(?:l?ing)?|photography|piano|guitar|violin|singing|choir|painting|"
    r"reading novels|gardening|skiing|surfing|sailing|board games|volunteer(?:ing)?)\b|爱好|运动|旅行|摄影|篮球|足球|羽毛球")


# sections whose "my work focused on ..." is about a job, a project or someone else's paper
_NOT_THE_CANDIDATES_TOPICS = ("publications", "references", "experience", "projects", "teaching", "summary", "header")


def hobbies(section: Section) -> bool:
    """An "Interests" section (no "research" in its heading) that lists pastimes."""
    head = section.heading.text if section.heading else ""
    if re.search(r"(?i)research|academic|scientific|研究|学术", head):
        return False
    return bool(_HOBBY.search(" ".join(c.text for c in section.lines)))


def read_interests(sections: list[Section], body: list[Clean]) -> list[str]:
    interests = merged([i for s in sections if s.kind == "interests" and not hobbies(s)
                         for i in interests_of_section(s.lines)], interests_from_fields(body))
    opening = [c for s in sections if s.kind in ("summary", "header") for c in s.lines]
    if not interests:  # no list anywhere: a "Research: A, B" line under the name
        interests = interests_from_research_label(opening)
    if not interests:  # ...or what the introduction says the candidate studies
        interests = interests_from_intro(opening)
    if not interests:  # ...or a first-person statement elsewhere ("Research<tab>My work is on A and B.")
        interests = interests_from_intro([c for s in sections if s.kind not in _NOT_THE_CANDIDATES_TOPICS
                                          for c in s.lines])
    # "我的研究兴趣涵盖了A、B和C。" in any paragraph of the candidate's own: a first-person
    # statement adds to a list stated elsewhere
    return merged(interests, [i for s in sections if s.kind not in ("publications", "references")
                               for i in interests_from_statement(s.lines)])


