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
