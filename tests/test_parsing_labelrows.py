"""Europass "Additional information": label rows that are headings of their own (invented)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """Agnes Varga-Lund

ADDITIONAL INFORMATION
Publications – A. Varga-Lund, P. Novak, “Invented additives for made-up anodes”, Journal of Power Sources 612 (2024) 1-9.
– P. Novak, A. Varga-Lund, “Imaginary diffraction of invented cathodes”, ACS Energy Letters 4 (2019) 2210-2217.
Patents Electrolyte composition for invented anodes, SE 2255501-3 (filed 2023)
Honours and awards – 2023: Invented Innovation Prize (team award)
– 2018: Best Made-up Thesis in Chemistry
Memberships The Invented Electrochemical Society (since 2016)
"""


def test_label_rows_of_additional_information_are_sections_of_their_own() -> None:
    p = parse_text(CV)
    assert [pub.venue for pub in p.publications] == ["Journal of Power Sources", "ACS Energy Letters"]  # no patent
    assert [a.year for a in p.awards] == [2023, 2018]


def test_a_single_label_row_in_prose_stays_prose() -> None:
    p = parse_text("Agnes Varga-Lund\n\nADDITIONAL INFORMATION\nPublications are listed on my invented homepage.\n")
    assert p.publications == [] and p.awards == []
