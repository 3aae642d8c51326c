"""Career breaks listed among posts, and German posts joined into one word (invented people)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """Henrike Invented-Amani

Previous Appointments
2014-2019\tUniversity Academic Fellow (Senior Lecturer grade), University of Made-up Leeds
2010\tCareer break, 10 months (family reasons)
2017\tParental leave
Feb 2022 – Oct 2022\tSabbatical, travel and translation volunteering
2008-2010\tClinical Research Fellow, Invented Royal Infirmary
"""

LEBENSLAUF = """Henrike Invented-Amani

Beruflicher Werdegang
seit 10/2019\tUniversitätsprofessorin (W3), Professur für Fügetechnik und Montage, TU Inventstadt
04/2014 – 09/2019\tJuniorprofessorin (W1, mit Tenure Track), Erfundenes Institut für Technologie (EIT)
2011 – 2014\tGruppenleiterin Klebtechnik, Fraunhofer-Institut für Erfundene Fertigung
2015 – 2016\tElternzeit
"""


def test_a_career_break_or_a_leave_is_no_post() -> None:
    p = parse_text(CV)
    assert [e.organization for e in p.experience] == ["University of Made-up Leeds", "Invented Royal Infirmary"]


def test_german_posts_joined_into_one_word() -> None:
    p = parse_text(LEBENSLAUF)
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Professur für Fügetechnik und Montage, TU Inventstadt", "Universitätsprofessorin (W3)"),  # the chair, then its university
        ("Erfundenes Institut für Technologie (EIT)", "Juniorprofessorin (W1, mit Tenure Track)"),
        ("Fraunhofer-Institut für Erfundene Fertigung", "Gruppenleiterin Klebtechnik")]
