"""Publication list shapes real CVs print that the parser missed, each on an invented snippet:
grouped by stage (splitting a list, reading one item, placing the candidate, finding lists)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.lines import Line
from reviewer.parsing.publications import parse_publications


def _pubs(*texts: str, name: str | None = "Mira Tolvanen"):
    return parse_publications([Line(t, i) for i, t in enumerate(texts)], name)


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


# ---- reading one item: the venue -------------------------------------------------


def test_title_then_venue_and_year_in_parentheses_then_the_author_line() -> None:
    pubs = _pubs(
        "Quiet Gradients for Sparse Tidal Models (TGRSL 2024)",
        "Mira Tolvanen, Kofi Obi, Ana Ruiz",
        "Lattice Fog: Drift Maps for Shallow Bays (Coastal Dynamics 2021)",
        "Kofi Obi, Mira Tolvanen",
        "Wind Atlases of the Northern Fens (ICLR 2023 oral)",
        "Ana Ruiz, Kofi Obi, Mira Tolvanen",
    )
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models", "TGRSL", 2024),
        ("Lattice Fog: Drift Maps for Shallow Bays", "Coastal Dynamics", 2021),
        ("Wind Atlases of the Northern Fens", "ICLR", 2023),
    ]
    assert [p.first_author for p in pubs] == [True, False, False]


def test_parentheses_that_belong_to_the_title_stay_in_it() -> None:
    pubs = _pubs("Mira Tolvanen, Kofi Obi. Sparse tides (and why they matter). Journal of Fen Studies, 2022.")
    assert pubs[0].title == "Sparse tides (and why they matter)"
    assert pubs[0].venue == "Journal of Fen Studies"


# ---- splitting a list: items with no author list -------------------------------


def test_titles_closed_by_venue_remarks_in_parentheses_one_item_each() -> None:
    pubs = _pubs(
        "Quiet Gradients for Sparse Tidal Models(Journal of Fen Studies,中科院一区英文期刊:已接收,第一作者)",
        "稀疏潮汐模型研究综述(海岸学报,2023. CCF-A 类中文期刊:已接收,第一作者)",
        "Lattice Fog: Drift Maps for Shallow Bays in Northern Coastal Waters(Coastal Dynamics,",
        "2 区英文期刊:已接收)",
        "Wind Atlases of the Northern Fens(ICML 2023,CCF-A 类英文会议:已接收)",
        name="托尔瓦宁",
    )
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models", "Journal of Fen Studies", None),
        ("稀疏潮汐模型研究综述", "海岸学报", 2023),
        ("Lattice Fog: Drift Maps for Shallow Bays in Northern Coastal Waters", "Coastal Dynamics", None),
        ("Wind Atlases of the Northern Fens", "ICML", 2023),
    ]
    assert {p.status for p in pubs} == {"accepted"}
    # two say "第一作者"; the others say nothing and print no authors: not counted as first-authored
    assert [p.first_author for p in pubs] == [True, True, False, False]


def test_a_bare_list_of_names_is_not_a_publication() -> None:
    pubs = _pubs(
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 2023.",
        "[2] Mira Tolvanen, Kofi Obi, Ana Ruiz, Lev Brandt (2019)",
    )
    assert [p.title for p in pubs] == ["Quiet gradients for sparse tides"]
