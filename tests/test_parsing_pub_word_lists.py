"""Reference lists as academics keep them in Word for years (invented people)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """Jan Quillfeather-Made

Publications
a) Journal papers
1.\tJ. P. Quillfeather-Made, K. T. Ndlovo and E. Harte-Roux, "Chloride ingress in invented concrete
exposed to a made-up coastal climate," Invented Building Materials, vol. 411, pp. 134-145, 2024.
2.\tK. T. Ndlovo and J. P. Quillfeather-Made, "Strain monitoring of an invented bridge deck,"
Imaginary Structural Monitoring, vol. 21, pp. 2001-2015, 2022.
b) Conference papers (full paper, peer reviewed)
3.\tJ.P. Quillfeather-Made, "Durability indexes revisited," Invented Concrete Symposium, Krakow, 2019.
c) Reports / other
Technical guideline contributor: made-up revision working group (2021-2023).
"""


def test_lettered_kinds_of_papers_are_sub_headings_not_items() -> None:
    p = parse_text(CV)
    assert [(pub.year, pub.first_author) for pub in p.publications] == [(2024, True), (2022, False), (2019, True)]
    assert p.publications[1].venue == "Imaginary Structural Monitoring"  # pages "2001-2015" are no year


APA = """Mia Oordt-Quillan

Publications
Hendriks-Made, L., & van Oordt-Quillan, M. J. (2024). Teacher noticing of invented reasoning during
formative assessment. Teaching and Teacher Education, 139, 104431.
van Oordt-Quillan, M. J., & Pieters, R. A. (2022). Invented feedback in made-up classrooms. Assessment
in Education, 29, 311-330.
van Oordt-Quillan, M. J. (2013). Students' uptake of invented feedback. Educational Studies in
Mathematics, 84, 101-119.
"""


def test_a_reference_opening_with_a_surname_particle_starts_a_new_item() -> None:
    p = parse_text(APA)
    assert [(pub.year, pub.first_author) for pub in p.publications] == [(2024, False), (2022, True), (2013, True)]


VANCOUVER = """Thandeka Nomvula Quillan-Fourie

Publications
1.\tQuillan-Fourie TN, Hattingh C, Govender P. Invented screening and made-up trajectories. Lancet HIV. 2024;11:e1-e9.
2.\tNtuli SB, Quillan-Fourie TN, Dlamini NP. Clinic attendance in an invented cohort. BMJ Glob Health. 2023;8:e01.
3.\tQuillan-Fourie TN*, Kahn K. Household income in made-up villages. Int J Epidemiol. 2022;51:100-9.
4.\tHattingh C, Govender P, Quillan-Fourie TN. Invented control in a made-up cohort. AIDS. 2021;35:1-8.
5.\tHattingh C, Mabaso R. Made-up retention in invented care. PLoS Med. 2020;17:e1.
6.\tGovender P, Hattingh C. Invented service use in made-up clinics. S Afr Med J. 2019;109:1-5.
7.\tHattingh C, Ntuli SB. Invented adherence in made-up districts. AIDS Care. 2018;30:1-7.
"""


def test_vancouver_initials_run_together_name_the_candidate() -> None:
    # "Quillan-Fourie TN": one initial per given name, no points between them
    p = parse_text(VANCOUVER)
    # (a co-author printed more often than the candidate is not taken for them)
    assert [pub.first_author for pub in p.publications] == [True, False, True, False, False, False, False]


def test_accented_initials_in_apa_references() -> None:
    p = parse_text("Órla Ní Invented-Castell\n\nPublications\n"
                   "Dolan, P. & Ní Invented-Castell, Ó. (2021). 'Mapping invented soup kitchens'. Journal of Made-up "
                   "Geography, 74, 33–45.\n"
                   "Ní Invented-Castell, Ó. (2023). 'Breton sisters in an invented Munster'. Imaginary History, 37(2), 201–222.\n")
    assert [(pub.title, pub.first_author) for pub in p.publications] == [
        ("Mapping invented soup kitchens", False), ("Breton sisters in an invented Munster", True)]
