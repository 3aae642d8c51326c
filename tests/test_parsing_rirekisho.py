"""A Japanese CV's one-event-a-row order: schools entered and left, posts taken and left."""
from __future__ import annotations

from tests.parsing_support import parse_text

_CV = """CURRICULUM VITAE
Name\tMORIKAWA Hinata (family name, given name)
E-mail\thm@example.org
Academic Background
Year / Month\tAcademic Background
April 2008 (Heisei 20)\tEntered Department of Chemistry, Faculty of Science,
Imaginary University
March 2012\tGraduated from Department of Chemistry, Faculty of Science, Imaginary University
Bachelor of Science
April 2012\tEntered Master's Course, Graduate School of Science, Imaginary University
March 2014\tCompleted Master's Course, Graduate School of Science, Imaginary University
Master of Science
Professional Background
April 2015\tResearch Fellow (DC2), Invented Society for the Promotion of Science (until March 2017)
April 2017\tPostdoctoral Researcher, Institute for Invented Materials, Imaginary University
March 2019\tResigned from Imaginary University
April 2019\tAssistant Professor, Institute for Invented Chemistry, Nowhere University
Currently in post
End
Licenses and Qualifications
July 2010\tClass B Invented Materials Engineer
"""


def test_schools_entered_and_left_on_rows_of_their_own_are_one_entry_each():
    p = parse_text(_CV)
    assert [(e.degree_level, e.start, e.end) for e in p.education] == [
        ("bachelor", "2008-04", "2012-03"), ("master", "2012-04", "2014-03")]


def test_posts_taken_and_left_on_rows_of_their_own_are_one_entry_each():
    p = parse_text(_CV)
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Research Fellow (DC2)", "2015-04", "2017-03"),
        ("Postdoctoral Researcher", "2017-04", "2019-03"),
        ("Assistant Professor", "2019-04", "present"),
    ]
