"""Tutoring posts under a Teaching heading, at schools known by their letters (invented people)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """Sanne Invented-Kaya

Positions
2023 - now\tPostdoctoral researcher, Department of Epidemiology, Invented Medical Centre

Teaching and Supervision
Lecturer (with H. Made), Quantum Optomechanics (MSc course), Invented University of Munich\tWS 2021/22
Tutor (studentische Hilfskraft), Experimental Physics 1 and 2, TU Inventstadt\t10/2016 – 07/2018
2020 - 2022\tSmall-group tutor (during PhD), Biostatistics I, NIHES
Co-supervised 2 PhD and 4 MSc theses\tsince 2020
"""


def test_tutors_are_posts_at_the_school_not_at_the_course() -> None:
    p = parse_text(CV)
    posts = [(e.organization, e.title) for e in p.experience]
    assert ("TU Inventstadt", "Tutor (studentische Hilfskraft)") in posts
    assert ("NIHES", "Small-group tutor (during PhD)") in posts
