"""Publication status (published / accepted / in press / under review / in preparation / preprint),
patents kept out of the list, and a list printed twice counted once: invented snippets."""
from __future__ import annotations

import pytest

from reviewer.parsing.lines import Line
from reviewer.parsing.publications import parse_publications
from reviewer.parsing.pubstatus import publication_status, status_from_text
from tests.parsing_support import parse_text


def _pubs(*texts: str, name: str | None = "Mira Tolvanen"):
    return parse_publications([Line(t, i) for i, t in enumerate(texts)], name)


@pytest.mark.parametrize(("text", "status"), [
    ("M. Tolvanen, K. Obi. Quiet gradients. Under review at NeurIPS 2025.", "under review"),
    ("M. Tolvanen. Sparse tides. Submitted to Journal of Coastal Models, 2025.", "under review"),
    ("M. Tolvanen, A. Ruiz. Lattice fog. In submission.", "under review"),
    ("M. Tolvanen. Drift maps. To appear in Proceedings of SODA 2026.", "accepted"),
    ("M. Tolvanen. Drift maps. Accepted at ICML 2025.", "accepted"),
    ("M. Tolvanen. Wind atlases. Journal of Fen Studies, in press, 2025.", "in press"),
    ("M. Tolvanen, K. Obi. Quiet rivers. Manuscript in preparation.", "in preparation"),
    ("托尔瓦宁, 王伟. 稀疏潮汐模型[J]. 海岸学报, 2025 (在投)", "under review"),
    ("托尔瓦宁, 王伟. 稀疏潮汐模型[J]. 海岸学报, 2025 (已接收)", "accepted"),
    ("托尔瓦宁, 王伟. 稀疏潮汐模型[J]. 海岸学报, 审稿中", "under review"),
    ("托尔瓦宁, 王伟. 稀疏潮汐模型. 准备中", "in preparation"),
])
def test_status_stated_in_the_reference(text: str, status: str) -> None:
    assert status_from_text(text) == status


def test_status_from_shape() -> None:
    # a venue and a year and no words about the status: published
    assert publication_status("M. Tolvanen. Quiet gradients. ICML 2024.", "ICML", 2024) == "published"
    # only on arXiv: a preprint
    assert publication_status("M. Tolvanen. Quiet gradients. arXiv:2401.01234, 2024.", "arXiv", 2024) == "preprint"
    # nothing to tell by
    assert publication_status("M. Tolvanen. Quiet gradients.", None, None) is None
    # "acceptance rate" is not "accepted"; a receiver ("接收机") in a title is not 接收
    assert publication_status("Quiet gradients. ICML 2024 (acceptance rate 22%).", "ICML", 2024) == "published"
    assert status_from_text("一种低噪声接收机的设计[J]. 电子学报, 2021") is None


def test_status_of_parsed_publications() -> None:
    pubs = _pubs(
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. ICML 2024.",
        "[2] Mira Tolvanen. Lattice fog and drift maps. Under review at NeurIPS 2025.",
        "[3] Kofi Obi, Mira Tolvanen. Wind atlases of the fens. arXiv preprint arXiv:2501.01234, 2025.",
    )
    assert [p.status for p in pubs] == ["published", "under review", "preprint"]


def test_status_from_a_sub_heading() -> None:
    pubs = _pubs(
        "Journal Articles",
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023.",
        "Submitted Manuscripts",
        "[2] Mira Tolvanen, Kofi Obi. Lattice fog and drift maps in shallow bays. Journal of Fen Studies, 2025.",
    )
    assert [p.status for p in pubs] == ["published", "under review"]


def test_patents_under_a_patents_sub_heading_are_not_publications() -> None:
    pubs = _pubs(
        "Journal Articles",
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023.",
        "Patents",
        "[1] A method for measuring tides with sparse gauges. FI20231234567.1, 2024-03-01. (Granted)",
        "[2] A device for drift mapping in shallow bays. Filed 2023. (Inventors: Mira Tolvanen, Kofi Obi)",
    )
    assert [p.title for p in pubs] == ["Quiet gradients for sparse tides"]


def test_gbt_patent_tag_and_patent_numbers_are_not_publications() -> None:
    pubs = _pubs(
        "[1] 托尔瓦宁, 王伟. 稀疏潮汐模型研究[J]. 海岸学报, 2023, 12(3): 1-9.",
        "[2] 托尔瓦宁, 王伟. 一种潮汐测量方法[P]. ZL202310000001.2, 2024-03-01.",
        "[3] 托尔瓦宁. 一种漂流测绘装置. CN202311234567.8, 2023-12-21.",
        name="托尔瓦宁",
    )
    assert [p.title for p in pubs] == ["稀疏潮汐模型研究"]


def test_a_list_printed_twice_in_two_languages_counts_once() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Publications\n"
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023.\n"
        "[2] Kofi Obi, Mira Tolvanen. Lattice fog and drift maps in shallow bays. ICML 2024.\n"
        "Education\n"
        "2019 – 2024 PhD in Oceanography, University of Eastfen\n"
        "发表论文\n"
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023. (一区)\n"
        "[2] Kofi Obi, Mira Tolvanen. Lattice fog and drift maps in shallow bays. ICML 2024. (CCF-A)\n")
    assert len(p.publications) == 2


def test_status_from_the_section_heading_when_it_is_only_a_status() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Working Papers\n"
        "Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. 2025.\n"
        "Mira Tolvanen. Lattice fog and drift maps in shallow bays. 2024.\n")
    assert [x.status for x in p.publications] == ["in preparation", "in preparation"]
    mixed = parse_text(
        "Mira Tolvanen\n"
        "Publications and Preprints\n"
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 2023.\n")
    assert [x.status for x in mixed.publications] == ["published"]


def test_a_publications_section_read_as_empty_says_so() -> None:
    p = parse_text("Mira Tolvanen\nPublications\nSee my web page for the full list\nand my thesis repository.\n")
    assert p.publications == []
    assert any("publications section" in w for w in p.warnings)
    read = parse_text("Mira Tolvanen\nPublications\n"
                  "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 2023.\n")
    assert not any("publications section" in w for w in read.warnings)


def test_status_survives_import_into_the_database(tmp_path) -> None:
    from db.store import open_store
    from reviewer import operations as ops

    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "mira.txt").write_text(
        "Mira Tolvanen\nmira.tolvanen@eastfen.example\n"
        "Education\n2019 – 2024 PhD in Oceanography, University of Eastfen\n"
        "Publications\n"
        "[1] Mira Tolvanen, Kofi Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023.\n"
        "[2] Mira Tolvanen. Lattice fog and drift maps in shallow bays. Under review at Coastal Dynamics, 2025.\n",
        encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite3")
    try:
        ops.import_folder(store, folder, workers=1)
        (row,) = ops.list_candidates(store)
        pubs = ops.get_candidate(store, row.id).profile.publications
        assert [p.status for p in pubs] == ["published", "under review"]
    finally:
        store.close()


def test_talks_under_their_own_sub_heading_in_a_publications_section_are_not_papers() -> None:
    pubs = _pubs("Papers", "[1] M. Tolvanen, K. Obi. \"Quiet tides.\" Fen Letters, 2024.",
                 "Talks", "- \"Loud tides\", Coastal Data Day, Ostwick, 2023", "- \"Tidal ledgers\", PyData Fen, 2022")
    assert [p.title for p in pubs] == ["Quiet tides"]
    assert _pubs("技术报告", "[1] 托尔瓦宁, 王伟. 稀疏潮汐模型. 南湖大学技术报告, 2024.")  # reports are papers


def test_a_status_in_parentheses_after_the_venue_is_not_part_of_its_name() -> None:
    pubs = _pubs("Tolvanen, M., Obi, K. and Ren, D., 2025. Test-time tides across gauges. "
                 "Journal of Fen Hydrology (in press).")
    assert (pubs[0].venue, pubs[0].status) == ("Journal of Fen Hydrology", "in press")


def test_an_unnumbered_patent_line_after_a_numbered_paper_is_neither_part_of_it_nor_a_paper() -> None:
    pubs = _pubs("[1]\tM. Tolvanen and K. Obi, \"Quiet tides in gauges,\" in Proc. EMSOFT, 2022, pp. 41-50.",
                 "[2]\tK. Obi, M. Tolvanen, et al., \"Loud tides under mixed",
                 "criticality,\" IEEE Trans. Ind. Informat., vol. 14, no. 6, pp. 2502-2511, 2018.",
                 "Patent: US 11,555,021 B2, \"Watchdog for tide gauges\", 2021.")
    assert [p.year for p in pubs] == [2022, 2018]


def test_status_remark_in_brackets_under_a_bulleted_reference_is_its_status_not_a_sub_heading() -> None:
    pubs = _pubs("• Lund, S., & Tolvanen, M. (2025). Uncertainty-aware bias correction",
                 "of invented fen projections. Fen Dynamics.",
                 "(Manuscript under review)",
                 "• Tolvanen, M., & Obi, K. (2023). Seasonal drought in made-up",
                 "catchments. Journal of Fen Hydrology, 24, 1187–1203.")
    assert [(p.venue, p.status) for p in pubs] == [("Fen Dynamics", "under review"), ("Journal of Fen Hydrology", "published")]


@pytest.mark.parametrize("status_word", ["submitted", "under review", "in preparation", "in press"])
def test_apa_status_in_the_year_slot_keeps_the_authors_apart(status_word: str) -> None:
    pub, = _pubs(f'Tolvanen, M., Obi, K. ({status_word}). "An invented closure for fen fluxes." Ocean Modelling.')
    assert (pub.authors, pub.venue, pub.title) == (["Tolvanen, M.", "Obi, K"], "Ocean Modelling",
                                                   "An invented closure for fen fluxes")


def test_status_after_the_venue_and_a_comma_is_not_part_of_the_venue() -> None:
    pubs = _pubs("[1] Tolvanen M., Obi K.*. Invented potentials for fen diffusion. Chemistry of Materials, 已接收.",
                 "[2] 王晓明, 李伟. 稀疏潮汐模型的评测框架. 中国科学:信息科学, 录用待刊.",
                 "[3] Obi K., Tolvanen M. In situ imaging of an invented interphase. Nano Letters, 2023, 23: 8801-8809.")
    assert [(p.venue, p.status) for p in pubs] == [("Chemistry of Materials", "accepted"),
                                                   ("中国科学:信息科学", "in press"), ("Nano Letters", "published")]
    assert pubs[2].title == "In situ imaging of an invented interphase"


def test_lower_case_status_after_the_title_is_not_more_title() -> None:
    pub, = _pubs("[7] M. Tolvanen, K. Obi, et al. Counterfactual evaluation of invented dispatch policies. under",
                 "review at IEEE TKDE.")
    assert (pub.title, pub.venue, pub.status) == ("Counterfactual evaluation of invented dispatch policies", "TKDE",
                                                  "under review")


@pytest.mark.parametrize("note", ["在投 NeurIPS 2025", "under review at ICML 2025"])
def test_preprint_under_review_at_a_known_venue_names_that_venue(note: str) -> None:
    pub, = _pubs(f"[4] M. Tolvanen, K. Obi, “An invented benchmark for made-up videos,” arXiv preprint "
                 f"arXiv:2502.05531, 2025, {note}.")
    assert (pub.venue, pub.status) == (note.split()[-2], "under review")


def test_epub_ahead_of_print_is_in_press() -> None:
    pubs = _pubs("Tolvanen M, Quill D. Measuring delirium in older patients: a scoping review. "
                 "J Nurs Scholarsh. 2025 Mar 3. doi:10.1111/jnu.13004. Epub ahead of print. PMID: 40033871.")
    assert [(p.venue, p.status) for p in pubs] == [("J Nurs Scholarsh", "in press")]


def test_statuses_in_french_german_spanish_and_portuguese_in_the_year_slot() -> None:
    pubs = _pubs("Tolvanen, M. (soumis). « Intonation et changement de langue chez les adolescents ». Langue française.",
                 "Tolvanen, M. & Quill, D. (im Druck). Unterrichtswahrnehmung im Praxissemester. Unterrichtswissenschaft.",
                 "Tolvanen, M. (2024). Redes de conversación en familias bilingües. Revista de Lingüística, en prensa.",
                 "Tolvanen, M. (2025). Prosódia e alternância de código. Revista da ABRALIN, no prelo.")
    assert [(p.title, p.status) for p in pubs] == [
        ("Intonation et changement de langue chez les adolescents", "under review"),
        ("Unterrichtswahrnehmung im Praxissemester", "in press"),
        ("Redes de conversación en familias bilingües", "in press"),
        ("Prosódia e alternância de código", "in press")]


def test_a_preprint_server_or_open_archive_is_the_venue_by_its_own_name() -> None:
    pubs = _pubs("Tolvanen, M. & Quill, D. (2025). « Un jeu de données ouvert de conversations ». Prépublication HAL, "
                 "hal-04812345.",
                 "Tolvanen, M. (2024). Fertility timing after migration. SocArXiv preprint, doi:10.31235/osf.io/ab12c.",
                 "Tolvanen M, Quill D. Long-read isoform switching in regenerating tissue. bioRxiv 2025.02.11.637712.")
    assert [(p.title, p.venue, p.status) for p in pubs] == [
        ("Un jeu de données ouvert de conversations", "HAL", "preprint"),
        ("Fertility timing after migration", "SocArXiv", "preprint"),
        ("Long-read isoform switching in regenerating tissue", "bioRxiv", "preprint")]


def test_status_as_a_sentence_after_an_abbreviated_journal_is_not_the_venue() -> None:
    p = parse_text("Lena Quill\nlena@example.com\nPublications\n"
                   "1. Quill L, Roe D. Invented residual disease in an imaginary cohort. Clin Cancer Res. "
                   "Accepted, in press (2026). (IF 12.5)\n"
                   "2. Roe D, Quill L. Quiet sarcomeres in invented hearts. Circulation. 2024;150(3):201-9.\n")
    assert [(x.venue, x.status) for x in p.publications] == [("Clin Cancer Res", "in press"), ("Circulation", "published")]
