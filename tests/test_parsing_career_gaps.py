"""Career breaks listed among posts, German posts joined into one word, LinkedIn education (invented people)."""
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


def test_linkedin_education_each_school_over_its_degree() -> None:
    p = parse_text("Wanjiru Invented\n\nEducation\nUniversity of Made-up Nairobi\n"
                   "Doctor of Philosophy - PhD, Agricultural Economics · (2021 - 2025)\n\n"
                   "Invented School of Economics and Political Science\n"
                   "Master of Science - MSc, Development Studies · (2016 - 2017)\n")
    # the school after a whole entry opens the next one; the piece after "- MSc," is the field
    assert [(e.institution, e.field) for e in p.education] == [
        ("University of Made-up Nairobi", "Agricultural Economics"),
        ("Invented School of Economics and Political Science", "Development Studies")]
    # ...but a part of the university named by its kind, under the degree, stays with it
    p = parse_text("Wanjiru Invented\n\nEducation\nUniversity of Made-up Nairobi\n"
                   "Doctor of Philosophy - PhD, Agricultural Economics · (2021 - 2025)\n"
                   "School of Mathematical Sciences\n")
    assert [e.institution for e in p.education] == ["University of Made-up Nairobi"]


def test_lettered_awards_are_one_award_each() -> None:
    p = parse_text("Priya Invented\n\n4. Awards and Honours\n(a) Fellow, Invented Society of Chemistry, 2021\n"
                   "(b) Bronze Medal, Made-up Chemical Research Society, 2018\n(c) Invented Excellence Award, 2013\n")
    assert [(a.title, a.year) for a in p.awards] == [
        ("Fellow, Invented Society of Chemistry, 2021", 2021),
        ("Bronze Medal, Made-up Chemical Research Society, 2018", 2018), ("Invented Excellence Award, 2013", 2013)]


def test_a_numbered_table_whose_header_names_wrapped_in_their_cells() -> None:
    p = parse_text("Ravi Invented\n\nPROFESSIONAL EXPERIENCE\nS.N\tOrganisation\tDesignation\tFrom\tTo\tNature of\no\twork\n"
                   "1.\tInvented Institute of Technology Tiruchi\tAssistant Professor (Grade- I)\t03.01.2022\tTill date\tTeaching\n")
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Invented Institute of Technology Tiruchi", "2022-01", "present")]
