"""Publications and awards read end to end from real generated PDF, DOCX and TXT files.

The people and papers are invented (tests/factories.py writes the files).
"""
from __future__ import annotations

import pytest

from reviewer.parsing import parse_file
from tests.factories import Person, write_docx, write_pdf, write_txt

PUBS = [
    "Lena Hartmann, Tomas Oyelaran, and Priya Venkataraman. Gradient Lanterns: Illuminating Optimisation "
    "Paths in Very Deep Residual Networks with Heavy Tails. In Advances in Neural Information Processing "
    "Systems (NeurIPS), 2023.",
    "Tomas Oyelaran*, Lena Hartmann*, Marco Bellweather, Ana Ruiz, Kofi Mensah, and Wei-Lin Sato. Quiet "
    "Attention for Long Documents and Other Noisy Sequences. In Proceedings of the AAAI Conference on "
    "Artificial Intelligence, 2022.",
    "Marco Bellweather and Lena Hartmann. Counting Sheep with Transformers. arXiv preprint arXiv:2105.01234, 2021.",
    "L. Hartmann. A Note on Tides. Journal of Imaginary Oceanography, 12(3):1-10, 2020.",
]
AWARDS = ["Best Paper Award, ICML 2023", "Northfield Graduate Fellowship, 2020", "Dean's List (2018, 2019)"]


@pytest.mark.parametrize("writer,suffix", [(write_pdf, ".pdf"), (write_docx, ".docx"), (write_txt, ".txt")])
def test_publications_and_awards_from_files(tmp_path, writer, suffix):
    person = Person(name="Lena Hartmann", publications=PUBS, awards=AWARDS)
    profile = parse_file(writer(tmp_path / f"cv{suffix}", person))
    pubs = profile.publications
    assert [p.venue for p in pubs] == ["NeurIPS", "AAAI", "arXiv", "Journal of Imaginary Oceanography"]
    assert [p.year for p in pubs] == [2023, 2022, 2021, 2020]
    assert pubs[0].title == "Gradient Lanterns: Illuminating Optimisation Paths in Very Deep Residual Networks with Heavy Tails"
    assert [p.author_position for p in pubs] == ["first", "equal_first", "last", "first"]
    assert profile.first_author_count() == 3
    assert [a.year for a in profile.awards] == [2023, 2020, 2018]
    assert all(p.evidence is not None and p.evidence.line is not None for p in pubs)
