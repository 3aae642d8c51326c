"""Publication list shapes real CVs print that the parser missed, each on an invented snippet:
grouped by stage (splitting a list, reading one item, placing the candidate, finding lists)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.lines import Line
from reviewer.parsing.pubfind import cut_at_foreign_heading
from reviewer.parsing.publications import parse_publications
from tests.parsing_support import job_market_profile, parse_md, parse_text


def _pubs(*texts: str, name: str | None = "Mira Tolvanen"):
    return parse_publications([Line(t, i) for i, t in enumerate(texts)], name)


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


# ---- splitting a list: a table with a venue column -------------------------------


def test_a_table_of_papers_with_venue_and_citation_columns() -> None:
    pubs = _pubs(
        "Title\tVenue\tCited by",
        "Quiet Gradients for Sparse Tidal Models in Shallow\tICML 2021\t412",
        "Bays",
        "Lattice Fog: Drift Maps for Coastal Waters\tCoastal Dynamics 2023\t37",
        "Wind Atlases of the Northern Fens and Their\tJournal of Fen Studies,\t88*",
        "Marshes\t2024",
        "稀疏潮汐模型研究综述\t海岸学报 2025",
    )
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models in Shallow Bays", "ICML", 2021),
        ("Lattice Fog: Drift Maps for Coastal Waters", "Coastal Dynamics", 2023),
        ("Wind Atlases of the Northern Fens and Their Marshes", "Journal of Fen Studies", 2024),
        ("稀疏潮汐模型研究综述", "海岸学报", 2025),
    ]


def test_title_words_such_as_with_do_not_make_a_paper_coauthored() -> None:
    pubs = _pubs("Quiet Gradients with Sparse Tides (Coastal Dynamics 2023)",
                 "Lattice Fog with Drift Maps (Coastal Dynamics 2024)")
    assert [p.first_author for p in pubs] == [True, True]


# ---- finding lists outside a Publications section --------------------------------


def test_a_publication_sub_heading_inside_another_section() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Research Experience\n"
        "2021 – present  Research Assistant, Eastfen Institute of Oceanography\n"
        "Selected Papers\n"
        "Quiet Gradients for Sparse Tidal Models (TGRSL 2024)\n"
        "Mira Tolvanen, Kofi Obi, Ana Ruiz\n"
        "Lattice Fog: Drift Maps for Shallow Bays (Coastal Dynamics 2021)\n"
        "Kofi Obi, Mira Tolvanen\n")
    assert [(x.title, x.venue, x.first_author) for x in p.publications] == [
        ("Quiet Gradients for Sparse Tidal Models", "TGRSL", True),
        ("Lattice Fog: Drift Maps for Shallow Bays", "Coastal Dynamics", False),
    ]


def test_a_chinese_publication_sub_heading_inside_education() -> None:
    p = parse_text(
        "托尔瓦宁\n"
        "教育背景\n"
        "2019.9~2024.6 博士 东芬大学(海洋学)\n"
        "学术成果\n"
        "Quiet Gradients for Sparse Tidal Models(Journal of Fen Studies,一区英文期刊:已接收,第一作者)\n"
        "稀疏潮汐模型研究综述(海岸学报,2023. 中文期刊:在投)\n")
    assert [(x.title, x.venue, x.status) for x in p.publications] == [
        ("Quiet Gradients for Sparse Tidal Models", "Journal of Fen Studies", "accepted"),
        ("稀疏潮汐模型研究综述", "海岸学报", "under review"),
    ]


def test_papers_listed_under_honors_and_awards() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Honors and Awards\n"
        "2023  Best Poster, Fen Science Day\n"
        "M. Tolvanen, K. Obi. Quiet gradients for sparse tides. Journal of Fen Studies, 12(3):1-20, 2023.\n"
        "K. Obi, M. Tolvanen. Lattice fog and drift maps. Proceedings of the Coastal Conference, 2022.\n")
    assert [x.title for x in p.publications] == ["Quiet gradients for sparse tides", "Lattice fog and drift maps"]
    assert [a.title for a in p.awards] == ["Best Poster, Fen Science Day"]  # the papers are not prizes


def test_degrees_and_jobs_with_dates_in_parentheses_are_not_papers() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Education\n"
        "PhD in Oceanography and Coastal Science (Eastfen University, 2024)\n"
        "MSc in Physics and Marine Science (Eastfen University, 2019)\n"
        "Experience\n"
        "Research Intern at Fenlight Labs, Coastal Modelling Group (Jun 2023 – Sep 2023)\n"
        "Software Engineer at Tidewater Systems, Platform Team (Jan 2020 – Jul 2020)\n")
    assert p.publications == []


# ---- reading one item: a bold title over plain venue and author lines (PDF) ------


def _styled(*rows: tuple[str, bool, float]) -> list[Line]:
    return [Line(t, i, size=size, bold=bold) for i, (t, bold, size) in enumerate(rows)]


def test_bold_title_then_plain_venue_line_then_authors() -> None:
    body = _styled(
        ("2024\tQuiet gradients for sparse tidal models in shallow", True, 9.6),
        ("bays and estuaries\t一作和通讯", True, 9.6),
        ("Journal of Fen Studies, 27(4), 301–318, IF 4.5", False, 9.0),
        ("Tolvanen M, Obi K, Ruiz A", False, 8.4),
        ("2022\tLattice fog over the northern fens\t合作者", True, 9.6),
        ("Coastal Dynamics, SCI, JCR-Q1", False, 9.0),
        ("Obi K, Tolvanen M", False, 8.4),
    )
    pubs = parse_publications(body, "Mira Tolvanen")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet gradients for sparse tidal models in shallow bays and estuaries", "Journal of Fen Studies", 2024),
        ("Lattice fog over the northern fens", "Coastal Dynamics", 2022),
    ]
    assert [p.first_author for p in pubs] == [True, False]


def test_a_heading_set_like_the_section_heading_ends_the_list() -> None:
    from reviewer.parsing.pubfind import cut_at_foreign_heading

    heading = Line("Publications", 0, size=13.2)
    body = _styled(
        ("2024\tQuiet gradients for sparse tidal models", True, 9.6),
        ("Journal of Fen Studies", False, 9.0),
        ("Journal Articles", False, 13.2),  # a kind of paper: still the list
        ("2023\tLattice fog over the northern fens", True, 9.6),
        ("Software", False, 13.2),
        ("2021\tfenkit: tools for tidal data", True, 9.6),
    )
    assert [ln.text for ln in cut_at_foreign_heading(heading, body)][-1] == "2023\tLattice fog over the northern fens"
    # headings no larger than the list tell nothing
    assert cut_at_foreign_heading(Line("Publications", 0, size=9.6), body) == body


# ---- reading one item: biblatex-style references --------------------------------


def test_quoted_title_wrapping_over_lines_after_a_wrapped_author_list() -> None:
    pubs = _pubs(
        "[1] Kofi Obi, Ana Ruiz, Lev Brandt, Mira Tolvanen, Sami Okoro, Jun Hale, Pia",
        "Lind, and Tove Berg. “Quiet Gradients: Sparse Tidal Models for Shallow",
        "Bays”. In: Proceedings of the 16th USENIX Symposium on Coastal Systems. CSYS ’19. 2019.",
        "[2] Mira Tolvanen and Kofi Obi. “Lattice Fog”. In: the 2021 IEEE International Conference on",
        "Coastal Communications. COCOM ’21. 2021.",
    )
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet Gradients: Sparse Tidal Models for Shallow Bays", "CSYS", 2019),
        ("Lattice Fog", "COCOM", 2021),
    ]
    assert pubs[0].authors[-1] == "Tove Berg" and pubs[1].first_author


def test_granted_patents_in_a_reference_list_are_not_papers() -> None:
    pubs = _pubs(
        "[1] Mira Tolvanen and Kofi Obi. “Lattice Fog”. In: Coastal Dynamics 2021.",
        "[2] Mira Tolvanen, Kofi Obi. Measuring tides with sparse gauges. US Patent 10123456. 2019.",
    )
    assert [p.title for p in pubs] == ["Lattice Fog"]


# ---- shapes from the issue's failure list ---------------------------------------


def test_ieee_numbers_restart_under_sub_headings_number_in_its_own_cell() -> None:
    pubs = _pubs(
        "Journal Articles",
        "[1]\tM. Tolvanen, K. Obi, and A. Ruiz, “Quiet gradients for sparse tides,” J. Fen Stud., vol. 6, pp. 1–12, 2023.",
        "[2]\tK. Obi and M. Tolvanen, “Lattice fog over fens,” J. Fen Stud., vol. 3, no. 2, pp. 4–9, 2021.",
        "Conference Papers",
        "[1]\tM. Tolvanen and K. Obi, “Wind atlases,” in Proc. Coastal Modelling Conf., 2022, pp. 100–103.",
    )
    assert [(p.title, p.year, p.first_author) for p in pubs] == [
        ("Quiet gradients for sparse tides", 2023, True), ("Lattice fog over fens", 2021, False),
        ("Wind atlases", 2022, True)]


def test_harvard_author_year_entries() -> None:
    pubs = _pubs(
        "Tolvanen, M.A.*, Obi, K. and Ruiz, A., 2024, September. Quiet gradients for sparse tides. "
        "In Proceedings of the Coastal Modelling Conference (pp. 1-9).",
        "Obi, K., Tolvanen, M. and Ruiz, A., 2022. Lattice fog over the northern fens. Journal of Fen Studies, 12(3), pp.1-20.",
    )
    assert [(p.title, p.venue, p.year, p.first_author) for p in pubs] == [
        ("Quiet gradients for sparse tides", "Coastal Modelling Conference", 2024, True),
        ("Lattice fog over the northern fens", "Journal of Fen Studies", 2022, False),
    ]
    assert [len(p.authors) for p in pubs] == [3, 3]


def test_venue_tag_title_and_right_aligned_month_with_a_description_under_it() -> None:
    pubs = _pubs(
        "[ICML] Quiet gradients for sparse tidal models\tJul 2024",
        "We propose sparse gradient estimators for tidal models and prove their consistency.",
        "[TGRS] Lattice fog: drift maps for shallow bays\tDec 2023",
        "A benchmark of drift maps over the northern fens, with code.",
    )
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet gradients for sparse tidal models", "ICML", 2024),
        ("Lattice fog: drift maps for shallow bays", "TGRS", 2023),
    ]


def test_project_style_blocks_with_status_and_author_role() -> None:
    body = [Line(t, i, bold=i in (0, 1, 6, 7)) for i, t in enumerate([
        "Quiet Gradients for Sparse Tidal Models in", "Shallow Bays", "2024 NeurIPS, Under Review", "First Author",
        "• Proposed a sparse estimator", "• Reduced the error by 12%",
        "Lattice Fog Drift Maps for the", "Northern Fens", "2023 ICML, Accepted", "Third Author",
        "• Built the benchmark"])]
    pubs = parse_publications(body, "Mira Tolvanen")
    assert [(p.title, p.venue, p.year, p.status, p.first_author) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models in Shallow Bays", "NeurIPS", 2024, "under review", True),
        ("Lattice Fog Drift Maps for the Northern Fens", "ICML", 2023, "accepted", False),
    ]


def test_compact_chinese_lines_venue_year_title_role_date() -> None:
    pubs = _pubs("ICML2018,Quiet gradients for sparse tidal models(一作)2018.03",
                 "海岸学报2019,稀疏潮汐模型研究(二作)2019.06", name="托尔瓦宁")
    assert [(p.title, p.venue, p.year, p.first_author) for p in pubs] == [
        ("Quiet gradients for sparse tidal models", "ICML", 2018, True),
        ("稀疏潮汐模型研究", "海岸学报", 2019, False),
    ]


def test_numbered_compact_chinese_lines() -> None:
    pubs = _pubs("1. ICASSP2024,Quiet gradients for invented speech(一作)2024.04",
                 "2. 声学学报2022,虚构方言语音识别方法(二作)2022.05", name="托尔瓦宁")
    assert [(p.title, p.venue, p.year, p.first_author) for p in pubs] == [
        ("Quiet gradients for invented speech", "ICASSP", 2024, True), ("虚构方言语音识别方法", "声学学报", 2022, False)]


def test_compact_lines_with_the_year_only_in_the_date_and_a_talk_line() -> None:
    pubs = _pubs("1. ICASSP2024,Quiet gradients for invented speech(一作)2024.04",
                 "2. TASLP,Streaming invented recognisers with memory(一作,审稿中)2025.05",
                 "报告:第十届全国虚构视觉学术研讨会,口头报告《小样本缺陷检测》2024.11", name="托尔瓦宁")
    assert [(p.venue, p.year) for p in pubs] == [("ICASSP", 2024), ("TASLP", 2025)]


def test_a_list_mark_on_a_row_of_its_own_above_numbered_references() -> None:
    pubs = _pubs("•", "[1] Quill, W.; Marsh, R. (2024). Invented shrinkage priors for", "made-up effects. Biometrika.",
                 "[2] Marsh, R.; Quill, W. (2023). Imaginary conformal bands. Annals of Statistics.",
                 "[3] Quill, W. (in press). Invented influence functions. Statistical Science.", name="Wren Quill")
    assert [(p.venue, p.first_author) for p in pubs] == [
        ("Biometrika", True), ("Annals of Statistics", False), ("Statistical Science", True)]


def test_one_paper_as_title_then_year_then_authors_and_venue() -> None:
    pubs = _pubs("Quantisation-aware pruning for invented keyword spotting", "2025",
                 "J. W. Quill-Ito, K. Salim, M. Aston. ICML 2025 Workshop on Tiny Machine", "Learning", name="Jonah Quill-Ito")
    assert [(p.title, p.venue, p.year, p.first_author) for p in pubs] == [
        ("Quantisation-aware pruning for invented keyword spotting", "ICML Workshop", 2025, True)]


def test_bracketed_venue_tags_then_title_and_remarks_after_commas() -> None:
    pubs = _pubs("[KDD 2025] Debiasing invented uplift models,第一作者(CCF-A)",
                 "[统计研究] 基于分层贝叶斯的虚构小区域估计,第二作者(导师一作),2024",
                 "[CIKM 2025] Conformal intervals for made-up effects,共同第一作者,已录用",
                 "[在投] Sequential testing in imaginary markets,第一作者,投稿至 Management Science", name="宋一禾")
    assert [(p.venue, p.year, p.status, p.first_author) for p in pubs] == [
        ("KDD", 2025, "published", True), ("统计研究", 2024, "published", False),
        ("CIKM", 2025, "accepted", True), ("Management Science", None, "under review", True)]


def test_quoted_titles_followed_by_venue_year_and_a_remark() -> None:
    pubs = _pubs("“Quiet Gradients for Sparse Tidal Models” ICML 2024 (Oral)",
                 "“Lattice Fog over the Northern Fens” NeurIPS 2023, spotlight")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models", "ICML", 2024),
        ("Lattice Fog over the Northern Fens", "NeurIPS", 2023),
    ]


def test_et_al_stays_in_the_author_list() -> None:
    pubs = _pubs("[1] Kofi Obi, Mira Tolvanen, et al. Quiet gradients for sparse tides. Journal of Fen Studies, 2023.",
                 "[2] Mira Tolvanen. Lattice fog over the northern fens. Journal of Fen Studies, 2022.")
    assert pubs[0].authors == ["Kofi Obi", "Mira Tolvanen", "et al."]
    assert pubs[0].author_position == "other"  # not the last author: more follow
    assert pubs[1].authors == ["Mira Tolvanen"]


def test_jobs_with_a_place_and_year_in_parentheses_are_not_papers() -> None:
    p = parse_text(
        "Mira Tolvanen\n"
        "Experience\n"
        "Research Intern at Fenlight Labs, Coastal Group (NYC, 2020)\n"
        "Data Platform Work for Tidewater Systems Ltd (Helsinki, 2019)\n")
    assert p.publications == []


def test_ieee_number_in_a_cell_of_its_own_without_brackets() -> None:
    pubs = _pubs(
        "Journal Articles",
        "1\tM. Tolvanen, K. Obi, and A. Ruiz, “Quiet gradients for sparse tides,” J. Fen Stud., vol. 6, pp. 1–12, 2023.",
        "2\tK. Obi and M. Tolvanen, “Lattice fog over fens,” J. Fen Stud., vol. 3, no. 2, pp. 4–9, 2021.",
        "Conference Papers",
        "1\tM. Tolvanen and K. Obi, “Wind atlases,” in Proc. Coastal Modelling Conf., 2022, pp. 100–103.",
    )
    assert [(p.title, len(p.authors), p.first_author) for p in pubs] == [
        ("Quiet gradients for sparse tides", 3, True), ("Lattice fog over fens", 2, False), ("Wind atlases", 2, True)]


def test_first_author_and_co_authored_sub_headings_over_lists_without_authors() -> None:
    pubs = _pubs(
        "First-author Papers",
        "Quiet Gradients for Sparse Tidal Models (TGRSL 2024)",
        "Lattice Fog: Drift Maps for Shallow Bays (Coastal Dynamics 2021)",
        "Co-authored Papers",
        "Wind Atlases of the Northern Fens (ICLR 2023)",
    )
    assert [(p.title, p.first_author) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models", True),
        ("Lattice Fog: Drift Maps for Shallow Bays", True),
        ("Wind Atlases of the Northern Fens", False),
    ]
    zh = _pubs("一作论文", "稀疏潮汐模型研究综述(海岸学报,2023)", "非一作工作", "漂流测绘方法研究(海岸学报,2022)", name="托尔瓦宁")
    assert [(p.title, p.first_author) for p in zh] == [("稀疏潮汐模型研究综述", True), ("漂流测绘方法研究", False)]


def test_a_wrapped_author_list_then_a_quoted_title_ending_in_colon_is_not_a_sub_heading() -> None:
    pubs = _pubs(
        "[1] Kofi Obi, Ana Ruiz, Mira Tolvanen, Sami Okoro, and Tove",
        "Berg. “Quiet Gradients for Sparse Tidal Models”. In:",
        "Proceedings of the 9th Symposium on Coastal Systems. CSYS ’19.",
        "Google Scholar Citation 3. 2019.",
        "[2] Kofi Obi, Ana Ruiz, Mira Tolvanen, Sami Okoro, Jun Hale,",
        "and Tove Berg. “Lattice Fog over the Northern Fens”. In:",
        "Proceedings of the 10th Symposium on Coastal Systems. CSYS ’20. 2020.",
    )
    assert [(p.title, p.venue, p.year, p.authors[-1]) for p in pubs] == [
        ("Quiet Gradients for Sparse Tidal Models", "CSYS", 2019, "Tove Berg"),
        ("Lattice Fog over the Northern Fens", "CSYS", 2020, "Tove Berg"),
    ]


def test_project_style_paper_blocks_under_a_research_heading_are_papers_not_jobs() -> None:
    rows = [("Dana Quill", True), ("dana@example.com", False), ("RESEARCH", False),
            ("Sparse Tidal Estimators for Shallow", True), ("Coastal Bays", True),
            ("2025 ICML, Under Review", False), ("First Author", False), ("– Built the estimator.", False),
            ("Wave Height Priors for Buoy", True), ("Networks", True), ("2024 AAAI", False), ("Third Author", False),
            ("EXPERIENCE", False), ("Harbour Analytics Ltd\tJun 2020 – Aug 2020", False), ("Data Intern", False)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, bold=b, size=10.0) for t, b in rows])
    p = parse_document(doc, "x.pdf")
    assert [(x.title, x.venue, x.year, x.first_author) for x in p.publications] == [
        ("Sparse Tidal Estimators for Shallow Coastal Bays", "ICML", 2025, True),
        ("Wave Height Priors for Buoy Networks", "AAAI", 2024, False)]
    assert [e.organization for e in p.experience] == ["Harbour Analytics Ltd"]


def test_findings_track_is_named_after_its_conference() -> None:
    from reviewer.parsing.venues import short_venue
    assert short_venue("Findings of the Association for Computational Linguistics: EMNLP 2021")[0] == "EMNLP Findings"
    assert short_venue("NAACL Findings")[0] == "NAACL Findings"
    assert short_venue("Annual Meeting of the Association for Computational Linguistics")[0] == "ACL"


def test_author_year_slot_without_punctuation_and_with_a_status() -> None:
    pubs = _pubs("Tolvanen, M., Quill, D., Osei, H. et al. (2023) Tidal memory in shallow",
                 "bays of the north. Coastal Letters, 4, 12–20.",
                 "Quill, D. and Tolvanen, M. (under review, 2025) Storm surges over",
                 "salt marshes. Journal of Estuaries.",
                 "Tolvanen, M. and Osei, H. (in preparation) Wave sensors on buoys.")
    assert [(p.title, p.year, p.status, p.first_author) for p in pubs] == [
        ("Tidal memory in shallow bays of the north", 2023, "published", True),
        ("Storm surges over salt marshes", 2025, "under review", False),
        ("Wave sensors on buoys", None, "in preparation", True)]


def test_bracketed_venue_tag_rows_with_a_right_aligned_date() -> None:
    pubs = _pubs("[ICRA Workshop] Soft Grippers for Kelp Sampling\tMay 2024",
                 "Poster on a gripper that samples kelp without tearing it.",
                 "[arXiv] A Survey of Underwater Manipulation\tJan 2025")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs] == [
        ("Soft Grippers for Kelp Sampling", "ICRA Workshop", 2024, "published"),
        ("A Survey of Underwater Manipulation", "arXiv", 2025, "preprint")]


def test_quoted_titles_with_coauthor_notes_economics_style() -> None:
    p = parse_text("Ines Valderrama\nPublications\n"
               "“Flood insurance take-up after disasters: evidence from river towns” (with Karl Obi),\n"
               "Journal of Urban Economics, 2023, 131: 103488.\n"
               "“Local banks and small-firm credit” (with Mia Ho and Karl Obi), Regional Science\n"
               "and Urban Economics, 2021, 90: 103700.\n"
               "Working Papers\n"
               "“Property taxes and school quality”, 2024.\n")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Flood insurance take-up after disasters: evidence from river towns", "Journal of Urban Economics", 2023),
        ("Local banks and small-firm credit", "Regional Science and Urban Economics", 2021),
        ("Property taxes and school quality", None, 2024),
    ]


def test_job_market_paper_section_keeps_its_quoted_title() -> None:
    p = parse_text("Ines Valderrama\nJob Market Paper\n"
               "“Flood maps and house prices” — I use new flood maps to show that prices fall before insurance rises.\n"
               "Education\nPh.D. in Economics, Riverton University, 2020–2025\n")
    assert [x.title for x in p.publications] == ["Flood maps and house prices"]


def test_legend_after_a_sentence_separates_equal_from_corresponding_marks() -> None:
    p = parse_text("Maren Solvik\nPublications\n"
               "My name is in bold. * corresponding author; † equal contribution.\n"
               "1. Lund, P.†, Solvik, M.†, and Aas, T. (2023). Tidal mixing in narrow fjords. Ocean Science.\n"
               "2. Aas, T., Solvik, M., and Lund, P.* (2022). Salinity fronts after storms. Estuaries.\n"
               "3. Solvik, M.* and Aas, T. (2021). Kelp forests and wave damping. Coastal Engineering.\n")
    assert [x.first_author for x in p.publications] == [True, False, True]


def test_mark_legend_in_the_section_heading() -> None:
    p = parse_text("Maren Solvik\nPublications (* corresponding author, † equal contribution)\n"
               "1. Lund P†, Solvik M†, Aas T. Tidal mixing in narrow fjords. Ocean Sci. 2023;19:1-12.\n"
               "2. Aas T, Solvik M, Lund P*. Salinity fronts after storms. Estuaries. 2022;45:3-9.\n")
    assert [x.first_author for x in p.publications] == [True, False]


def test_quoted_title_case_titles_are_not_author_lists() -> None:
    p = parse_text('Ines Valderrama\nJob Market Paper\n"Flood Maps and House Prices" (with Karl Obi)\n'
               "Abstract: We show that new flood maps lower prices before insurance premia rise.\n"
               "Working Papers\n"
               '"Property Taxes and School Quality" (with Mia Ho), revise and resubmit at Journal of Public Economics\n'
               '"Zoning and Commutes," 2023\n')
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Flood Maps and House Prices", None, None),
        ("Property Taxes and School Quality", "Journal of Public Economics", None),
        ("Zoning and Commutes", None, 2023),
    ]


def test_vancouver_reference_after_an_apa_one_starts_a_new_item() -> None:
    p = parse_text("Harriet Osei\nPublications\n"
               "Brand, T., Osei, H., & Quill, D. (2021). Night lighting and hospital falls. BMJ Open, 11, e04512.\n"
               "Quill D, Osei H, Brand T. Noise exposure in intensive care. Crit Care Med. 2020;48(2):101-109.\n")
    assert [(x.title, x.year) for x in p.publications] == [
        ("Night lighting and hospital falls", 2021), ("Noise exposure in intensive care", 2020)]


def test_mathematics_style_references_cut_at_commas_with_wrapped_mr_abbreviations() -> None:
    p = parse_text("Teodora Lindqvist-Amaro\nt.lindqvist@example.edu\nPapers\n"
               "1. P. Okafor, T. Lindqvist-Amaro, and S. Brandt, Spectral rigidity of billiard tables, Proc. Lond.\n"
               "Math. Soc. 126 (2023), no. 2, 301–340.\n"
               "2. T. Lindqvist-Amaro, Mixing rates for toral automorphisms, Ergodic Theory Dynam.\n"
               "Systems 42 (2022), 77–101.\n"
               "3. T. Lindqvist-Amaro and P. Okafor, Counting closed geodesics, Trans. Amer. Math.\n"
               "Soc. 374 (2021), no. 5, 3011–3040.\n"
               "4. T. Lindqvist-Amaro, Thin orbits of Hecke groups, preprint (2024), arXiv:2403.01234.\n")
    assert [(x.title, x.year, x.first_author) for x in p.publications] == [
        ("Spectral rigidity of billiard tables", 2023, False),
        ("Mixing rates for toral automorphisms", 2022, True),
        ("Counting closed geodesics", 2021, True),
        ("Thin orbits of Hecke groups", 2024, True),
    ]
    assert p.publications[0].authors == ["P. Okafor", "T. Lindqvist-Amaro", "S. Brandt"]
    assert [x.venue for x in p.publications[1:3]] == ["Ergodic Theory Dynam. Systems", "Trans. Amer. Math. Soc."]


def test_job_market_paper_bold_title_without_abstract_is_the_candidates_own(tmp_path) -> None:
    p, _ = job_market_profile(tmp_path)
    jmp = p.publications[0]
    assert jmp.title == "Ferry Subsidies and Island Labor Markets: Evidence from Three Archipelagos"
    assert jmp.venue is None and jmp.year is None and jmp.first_author
    other = p.publications[1]  # printed with a coauthor note: the order is not known
    assert other.title == "Harbor Dues and Fish Prices" and not other.first_author


def test_chemistry_style_references_one_per_paragraph_and_a_patent_is_not_a_paper() -> None:
    p = parse_text("Wiebke Austermann\nw.austermann@example.de\nPublications (selection)\n"
               "W. Austermann, P. Lindqvist, Cobalt pincer complexes for nitrile reduction, Chem. Eur. J. 2022, 28, e2022010.\n"
               "R. Haddad, W. Austermann, Kinetics of ester hydrolysis on zeolites, ACS Catal. 2020, 10, 5511–5520.\n"
               "W. Austermann, Ligand effects in nickel hydrogenation, ChemCatChem 2019, 11, 4021–4030.\n"
               "Patent: EP 3 987 654 A1, Method for purifying adipic acid (2022)\n")
    assert [(x.title, x.year, x.first_author) for x in p.publications] == [
        ("Cobalt pincer complexes for nitrile reduction", 2022, True),
        ("Kinetics of ester hydrolysis on zeolites", 2020, False),
        ("Ligand effects in nickel hydrogenation", 2019, True),
    ]
    assert p.publications[1].authors == ["R. Haddad", "W. Austermann"]


def test_aps_style_references_split_at_commas_with_et_al() -> None:
    p = parse_text("Ingrid Halvorsen\nPublications\n"
               "1. I. Halvorsen, P. Marek, S. Oduya, et al., Spin waves in a strained triangular magnet, "
               "Phys. Rev. B 107, 214402 (2023).\n"
               "2. P. Marek and I. Halvorsen, Crystal fields of rare-earth chains, J. Phys.: Condens. Matter 34, "
               "115802 (2022).\n"
               "3. I. Halvorsen and S. Oduya, Critical slowing near a quantum point, arXiv:2301.04567 (2023).\n")
    got = [(x.title, x.venue, x.year, x.first_author) for x in p.publications]
    assert got[0] == ("Spin waves in a strained triangular magnet", "Phys. Rev. B", 2023, True)
    assert got[1] == ("Crystal fields of rare-earth chains", "J. Phys.: Condens. Matter", 2022, False)
    assert got[2][0] == "Critical slowing near a quantum point" and got[2][3]


def test_bracket_venue_tag_before_the_title_gives_venue_and_year() -> None:
    p = parse_text("Tomasz Wierzbicki\nPublications\n"
               "[ICCVW'20] Glare-Robust Keypoints for Night Driving. T. Wierzbicki, E. Soto.\n"
               "[BMVC'19] Learned Stereo for Thin Structures. E. Soto, T. Wierzbicki.\n")
    got = [(x.title, x.venue, x.year) for x in p.publications]
    assert got == [("Glare-Robust Keypoints for Night Driving", "ICCV Workshop", 2020),
                   ("Learned Stereo for Thin Structures", "BMVC", 2019)]


def test_numbered_references_with_volume_and_pages_under_a_research_heading() -> None:
    # an unknown venue, but "2024, 251: 121133" is a journal's volume and pages
    p = parse_text("Mira Tolvanen\nmira@example.org\n科研经历\n"
                   "以第一作者发表 SCI 论文 2 篇:\n"
                   "[1] Tolvanen M, Obi K*. Sediment pulses in tidal creeks. Fen Basin Research, 2024, 251: 121133. "
                   "(SCI 一区, IF=9.1)\n"
                   "[2] Obi K, Tolvanen M*. Silt fronts at weirs. Coastal Silt Letters, 2023, 57(18): 7120-7131. "
                   "(SCI 二区)\n")
    assert [(x.venue, x.year) for x in p.publications] == [("Fen Basin Research", 2024), ("Coastal Silt Letters", 2023)]


def test_humanities_list_of_sole_authored_entries_without_the_authors_name() -> None:
    # Chicago style: the author is omitted, a book's "City: Press, Year." wraps, "Under contract" is
    # not a co-author note, and a category sub-heading splits the list
    pubs = _pubs("Tide Tables and Tithes: Parish Economies of the Fen Coast. Ravenmoor:",
                 "Ravenmoor University Press, 2021.",
                 "Eel Rights: Fishing Law on the Fen Edge, 1600-1750. Under",
                 "contract with Ostwick University Press.",
                 "Articles in Peer-Reviewed Journals",
                 "“Salt Marsh Commons.” Journal of Fen History 12, no. 2 (2019): 44–61.",
                 "Obi, Kofi, and Mira Tolvanen. “Ledger Fragments.” Coastal Archives Review 8 (2017): 1–20.")
    assert [p.title for p in pubs] == ["Tide Tables and Tithes: Parish Economies of the Fen Coast",
                                       "Eel Rights: Fishing Law on the Fen Edge, 1600-1750",
                                       "Salt Marsh Commons", "Ledger Fragments"]
    assert [p.first_author for p in pubs] == [True, True, True, False]
    assert (pubs[0].venue, pubs[0].year) == ("Ravenmoor University Press", 2021)
    assert (pubs[1].venue, pubs[1].status) == ("Ostwick University Press", "in preparation")


def test_apa_entries_with_student_marks_under_year_sub_headings() -> None:
    # the year only in the sub-heading; "†" after a student's initials; each entry wraps
    pubs = _pubs("2024",
                 "Tolvanen, M., Obi, K., & Ren, D. Peat cores under load.",
                 "Fen Geotechnics, 86(4), 145–163.",
                 "Halloran, P.†, & Tolvanen, M. Pile groups beside cuttings. Journal of",
                 "Marsh Engineering, 86(4), 101–120.",
                 "2023",
                 "Obi, K.†, Ren, D., & Tolvanen, M. Caissons in layered clay. Coastal",
                 "Soils, 80(2), 143–161.")
    assert [(p.title, p.year, p.first_author) for p in pubs] == [
        ("Peat cores under load", 2024, True), ("Pile groups beside cuttings", 2024, False),
        ("Caissons in layered clay", 2023, False)]


def test_harvard_entries_with_et_al_one_per_line() -> None:
    pubs = _pubs("Tolvanen, M. and Obi, K., 2023. Quiet tides. Journal of Fen Studies, 4(1), pp.1-9.",
                 "Obi, K., Tolvanen, M., Ren, D., Halloran, P. et al., 2021. Loud tides. Fen Letters, 2, pp.3-7.",
                 "Tolvanen, M., Obi, K. and Ó Riain, C. Silent tides. Under review at Coastal Models.")
    assert [p.title for p in pubs] == ["Quiet tides", "Loud tides", "Silent tides"]
    assert pubs[1].year == 2021


def test_a_camel_case_journal_name_after_the_title_is_the_venue() -> None:
    pubs = _pubs("Obi K, Tolvanen M. Drift correction for tide gauges. eLife.")
    assert (pubs[0].title, pubs[0].venue) == ("Drift correction for tide gauges", "eLife")


def test_a_reference_ending_with_the_mark_legend_is_still_a_reference() -> None:
    # its year printed only in the line above; "*equal contribution" closes the line
    pubs = _pubs("2023", "Tolvanen M*, Obi K*, Ren D. Latent tides. Advances in Neural Information Processing "
                 "Systems (NeurIPS). *equal contribution")
    assert [(p.title, p.year, p.author_position) for p in pubs] == [("Latent tides", 2023, "first")]


def test_chinese_title_marks_with_the_journal_it_appeared_in_and_a_stated_place() -> None:
    pubs = _pubs("1. 《城市河网泥沙迁移研究》，发表于《南湖环境学报》，2022年，第一作者",
                 "2. 《潮汐作用下的沉积物输运》，发表于《南湖海洋学报》，2021年，第二作者", name="林晓澄")
    assert [(p.title, p.venue, p.year, p.first_author) for p in pubs] == [
        ("城市河网泥沙迁移研究", "南湖环境学报", 2022, True), ("潮汐作用下的沉积物输运", "南湖海洋学报", 2021, False)]


def test_title_venue_and_year_cut_at_commas_with_the_place_stated() -> None:
    pubs = _pubs("1. Sparse Tide Models, IEEE Transactions on Fen Sensing, 2023 (first author)",
                 "2. Fast Echo Removal, ICASSP 2022 (second author)")
    assert [(p.title, p.year, p.first_author) for p in pubs] == [
        ("Sparse Tide Models", 2023, True), ("Fast Echo Removal", 2022, False)]
    assert pubs[1].venue == "ICASSP"


def test_venue_tagged_rows_take_status_and_place_from_the_description_under_them() -> None:
    pubs = _pubs("[ICRA] Tactile grasp refinement with diffusion policies\tMay 2025",
                 "First author. Refines grasps from a tactile image.",
                 "[IROS] Occlusion-robust pose tracking for soft packaging\tOct 2024",
                 "Second author. Keypoint tracker with a learned mask.",
                 "[CoRL] Learning where to touch\tJun 2025", "Under review. First author.")
    assert [(p.first_author, p.status) for p in pubs] == [(True, "published"), (False, "published"),
                                                          (True, "under review")]


def test_acs_references_whose_last_initial_carries_the_corresponding_mark() -> None:
    pubs = _pubs("2. Obi, K.; Tolvanen, M.* Kinetic isotope effects in tidal amination. ACS Catal. 2022, 12, 4410–4419.",
                 "5. Ren, D.; Tolvanen, M.* Electrochemical tides under mild conditions. Angew. Chem. Int. Ed. 2025, in press.")
    assert [p.title for p in pubs] == ["Kinetic isotope effects in tidal amination",
                                       "Electrochemical tides under mild conditions"]
    assert [p.year for p in pubs] == [2022, 2025]


def test_surnames_with_the_unicode_hyphen_xelatex_prints_are_read_as_authors(tmp_path) -> None:
    """XeLaTeX fonts put U+2010 in the text layer for "-": the reader makes it one hyphen."""
    from reviewer.extract import extract
    from reviewer.parsing import parse_document

    path = tmp_path / "cv.txt"
    path.write_text("Ines Varga\u2010Holm\n\nPublications\n"
                    "• Varga\u2010Holm, I., Obi, K., & Lund, S. (2024). Peat cores of invented fens.\n"
                    "  Journal of Made\u2010up Mires, 12, 3–9.\n", encoding="utf-8")
    pub, = parse_document(extract(path), path.name).publications
    assert (pub.authors[0], pub.venue, pub.first_author) == ("Varga-Holm, I.", "Journal of Made-up Mires", True)


def test_wrapped_title_line_ending_in_a_colon_is_not_a_sub_heading() -> None:
    """biblatex author-year: "…markers”. In: Findings of the … Linguistics:" ends with a colon
    but continues the reference (and a star before a comma leaves no stray space)."""
    from tests.parsing_support import parse_text

    p = parse_text("Yusuf Arden\n\nPublications\n"
                   "Obi*, Selin, Yusuf Arden*, and Ines Varga (2023). “Probing invented\n"
                   "encoders for evidentiality markers”. In: Findings of the Association for Computational Linguistics:\n"
                   "EMNLP 2023. * equal contribution.\n")
    pub, = p.publications
    assert (pub.title, pub.venue, pub.year, pub.authors[0]) == (
        "Probing invented encoders for evidentiality markers", "EMNLP Findings", 2023, "Obi, Selin")


def test_resume_style_papers_bold_title_with_date_then_one_bullet() -> None:
    """Jake's resume: each paper is a bold title with its date in a right cell, then one
    bullet with the authors and the venue or status."""
    from reviewer.parsing.lines import Line
    from reviewer.parsing.publications import parse_publications

    rows = [("Loss signatures of invented noisy labels\tApr. 2025", True),
            ("• D. Fenwick, P. Anand, H. Sorell. ICLR 2025 Workshop on Data-centric ML", False),
            ("Active relabeling under an imaginary budget\t2025", True),
            ("• P. Anand, D. Fenwick, H. Sorell. Under review at AISTATS", False)]
    pubs = parse_publications([Line(t, i, bold=b) for i, (t, b) in enumerate(rows)], "Dario Fenwick")
    assert [(p.title, p.venue, p.year, p.status, p.first_author) for p in pubs] == [
        ("Loss signatures of invented noisy labels", "ICLR Workshop", 2025, "published", True),
        ("Active relabeling under an imaginary budget", "AISTATS", 2025, "under review", False)]


def test_imprecv_papers_bold_title_then_published_on_venue_and_date() -> None:
    from reviewer.parsing.lines import Line
    from reviewer.parsing.publications import parse_publications

    rows = [("Contact-Implicit Optimization for Invented Shelves", True), ("Published on IEEE ICRA\tMay 2022", False),
            ("Belief Roadmaps for Made-up Manipulation", True), ("Published on Robotics: Science and Systems (RSS)\tJun 2019", False),
            ("Learning Residual Dynamics of Imaginary Packages", True), ("In press", False)]
    pubs = parse_publications([Line(t, i, bold=b) for i, (t, b) in enumerate(rows)], "Tobiah Marchetti")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs] == [
        ("Contact-Implicit Optimization for Invented Shelves", "ICRA", 2022, "published"),
        ("Belief Roadmaps for Made-up Manipulation", "RSS", 2019, "published"),
        ("Learning Residual Dynamics of Imaginary Packages", None, None, "in press")]


def test_json_resume_papers_published_by_venue_with_a_description_under_each() -> None:
    from reviewer.parsing.lines import Line
    from reviewer.parsing.publications import parse_publications

    rows = [("Invented switchback designs for made-up markets\tAug 2023", True), ("Published by KDD 2023", False),
            ("Applied track.", False),
            ("Imaginary variance reduction with pre-period embeddings\tFeb 2024", True), ("Published by arXiv", False),
            ("Preprint, arXiv:2402.00000.", False),
            ("Budgeted uplift for invented coupons\tNov 2021", True), ("Published by CIKM 2021", False),
            ("Short paper.", False)]
    pubs = parse_publications([Line(t, i, bold=b) for i, (t, b) in enumerate(rows)], "Amara Quist")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs] == [
        ("Invented switchback designs for made-up markets", "KDD", 2023, "published"),
        ("Imaginary variance reduction with pre-period embeddings", "arXiv", 2024, "preprint"),
        ("Budgeted uplift for invented coupons", "CIKM", 2021, "published")]


def test_project_style_papers_in_two_cells_title_left_venue_and_role_stacked_right() -> None:
    from reviewer.parsing.lines import Line
    from reviewer.parsing.publications import parse_publications

    rows = [("Cross-modal invented transformers align made-up chromatin with T-\t2025 Nature Methods, Under Review", 54),
            ("cell receptor clonotypes\tFirst Author", 54),
            ("Imaginary doublet detection in invented assays\t2024 Bioinformatics, Published", 54),
            ("Third Author", 503),
            ("Clonotype-aware clustering of made-up T cells\t2023 ISMB (Bioinformatics", 54),
            ("Proceedings), Published", 383), ("First Author", 506),
            ("A reference atlas of invented myeloid cells across nine\t2025 bioRxiv, Preprint", 54),
            ("cancers\tSecond Author", 54)]
    pubs = parse_publications([Line(t, i, bold=True, x0=x) for i, (t, x) in enumerate(rows)], "Oluwa Hartley")
    assert [(p.title, p.venue, p.status, p.first_author) for p in pubs] == [
        ("Cross-modal invented transformers align made-up chromatin with T-cell receptor clonotypes", "Nature Methods",
         "under review", True),
        ("Imaginary doublet detection in invented assays", "Bioinformatics", "published", False),
        ("Clonotype-aware clustering of made-up T cells", "ISMB", "published", True),
        ("A reference atlas of invented myeloid cells across nine cancers", "bioRxiv", "preprint", False)]


def test_job_site_papers_title_link_date_then_place_and_venue() -> None:
    p = parse_text("Jordan T. Quill\n\nPublications\n\nInvented spindle density predicts made-up memory consolidation\n"
                   "https://doi.org/10.5555/jsr.2022.118\n2022\n\nSecond author. Journal of Sleep Research.\n\n"
                   "A low-cost protocol for imaginary at-home EEG\nJanuary 2024\n\n"
                   "First author. Poster, Sleep Research Society Annual Meeting (SLEEP 2024).\n")
    assert [(pub.title, pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("Invented spindle density predicts made-up memory consolidation", "Journal of Sleep Research", 2022, False),
        ("A low-cost protocol for imaginary at-home EEG", "SLEEP", 2024, True)]


def test_references_under_year_sub_headings_are_not_job_site_blocks() -> None:
    p = parse_text("Rhea Quill\n\nPublications\nStudents I supervised are marked with a dagger here.\n2025\n"
                   "Quill, R., & Marsh, D. Invented embankments on made-up peat. Geotechnique, 86(4), 145-163.\n"
                   "Lind, P., & Quill, R. Imaginary pile groups near excavations. Computers and Geotechnics, 86(4), 1-9.\n"
                   "Haddad, S., & Quill, R. Made-up scour under invented tides. Ocean Engineering, 86(4), 10-19.\n"
                   "Moreau, C., & Quill, R. Invented caissons in layered clay. Soils and Foundations, 86(4), 20-29.\n"
                   "2024\nQuill, R. Imaginary tunnel linings in sand. Ocean Engineering, 83(3), 144-162.\n")
    assert [pub.venue for pub in p.publications] == [
        "Geotechnique", "Computers and Geotechnics", "Ocean Engineering", "Soils and Foundations", "Ocean Engineering"]


def test_awesome_cv_tags_without_brackets_number_the_references() -> None:
    """Awesome-CV prints "J1 A. Author, …" and "C1 …": a tag, then the author list."""
    from tests.parsing_support import parse_text

    p = parse_text("Mariela Obi\n\nPublications\nJOURNAL ARTICLES\n"
                   "J1 A. Bhatta, L. Ferro, M. Obi, “An invented 12-bit ADC for made-up recordings,” IEEE Journal of "
                   "Solid-State Circuits, vol. 60, pp. 411-423, 2025.\n"
                   "C1 M. Obi, R. Lind, “Imaginary backscatter uplinks,” in Proc. IEEE BioCAS, 2020.\n")
    assert [(pub.authors[0], pub.first_author) for pub in p.publications] == [("A. Bhatta", False), ("M. Obi", True)]


def test_linkedin_like_list_with_the_authors_on_the_next_line() -> None:
    from tests.parsing_support import parse_md

    p = parse_md("# Tamsin Reyes\n\n## Publications\n\n"
                 "- **Kinetic trapping of invented eliminases** - Nature Chemical Biology, 2021.\n"
                 "  Authors: Reyes T, Halloran D, Menon S.\n"
                 "- **A made-up screen for stable variants** - Protein Engineering, Design and Selection, 2019.\n"
                 "  Authors: Okafor J, Reyes T.\n")
    assert [(pub.title, pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("Kinetic trapping of invented eliminases", "Nature Chemical Biology", 2021, True),
        ("A made-up screen for stable variants", "Protein Engineering, Design and Selection", 2019, False)]


def test_sub_headings_part_a_list_into_blocks_of_different_shapes() -> None:
    # venue-tag rows under one sub-heading, quoted-title bullets under the next: each block
    # read by its own reader; "Recent and under review" mixes statuses, so it gives none;
    # the introduction line above the first block is no paper
    p = parse_text("Mira Castellane\nmira@example.com\nPublications\n"
                   "Author lists are on my web page. Venue tags link to the papers.\nSelected papers\n"
                   "[CVPR]\tOcclusion-aware fields for street scenes\tJun 2025\nHighlight.\n"
                   "[ICCV]\tSelf-supervised depth from rolling-shutter video\tOct 2023\n"
                   "Recent and under review\n"
                   "• “Weather-robust detection via guided augmentation” ICLR 2026 — under review\n"
                   "• “Learning to relight scenes from one drive” 3DV 2025 — accepted, to appear\n"
                   "• “Test-time adaptation for segmentation in fog” CVPR Workshop 2024 — best paper runner-up\n"
                   "Talks\n- “Depth without labels”, Vision Day, 2024\n"
                   "Awards\n2025 Early Career Award\n")
    assert [(x.venue, x.year, x.status) for x in p.publications] == [
        ("CVPR", 2025, "published"), ("ICCV", 2023, "published"), ("ICLR", 2026, "under review"),
        ("3DV", 2025, "accepted"), ("CVPR Workshop", 2024, "published")]
    assert p.publications[3].title == "Learning to relight scenes from one drive"


def test_a_humanities_list_with_a_date_column_and_chicago_imprints() -> None:
    # each item opens with its year (or status) in a column of its own and wraps below it;
    # books name their publisher in the imprint, a chapter the book it is in
    p = parse_text("Mira Castellane\nmira@example.ac.uk\nPublications\nMonograph\n"
                   "2020\tPaper Calendars: Almanacs and Time in the Low Countries\n"
                   "(Oxford: Northfield University Press, 2020). xiv + 312 pp.\n"
                   "Articles and chapters\n"
                   "in press\t“Weather, war and the almanac-maker’s year”, Past & Present 268 (2025).\n"
                   "2022\t“Reading the blank page: annotated almanacs in collections”,\n"
                   "The Library, 7th series, 23:3 (2022), 287–311.\n"
                   "2018\t“The almanac in the pocket”, in Ida Korhonen and Piet Vos\n"
                   "(eds), Small Books in Early Modern Europe (Cambridge: Fenwick\nPress, 2018), 141–166.\n"
                   "submitted\t“Time-reckoning in household books”, submitted\nto Sixteenth Century Journal.\n"
                   "Teaching\nSeminars in early modern history.\n")
    assert [(x.venue, x.year) for x in p.publications] == [
        ("Northfield University Press", 2020), ("Past & Present", 2025), ("The Library", 2022),
        ("Small Books in Early Modern Europe", 2018), ("Sixteenth Century Journal", None)]
    assert p.publications[0].title == "Paper Calendars: Almanacs and Time in the Low Countries"
    assert [x.status for x in p.publications][1:] == ["in press", "published", "published", "under review"]


def test_a_journal_name_that_opens_with_a_word_ending_in_th_keeps_it() -> None:
    from reviewer.parsing.venues import short_venue

    assert [short_venue(v)[0] for v in ("Health Affairs", "Growth and Change", "Earth Surface Processes",
                                        "Twenty-fifth Annual Meeting of the Society")] == [
        "Health Affairs", "Growth and Change", "Earth Surface Processes", "Annual Meeting of the Society"]


def test_acs_lists_whose_marked_last_initial_ends_the_authors_and_group_authors() -> None:
    pubs = _pubs("1. Wang, T.#; Sun, Y.#; Quill, M.* Nickel-catalysed paired electrolysis for aryl ether cleavage. "
                 "Angew. Chem. Int. Ed. 2023, 62, e202311402.",
                 "2. Quill, M.#; Whitford, A. L.#; Varnum, H.* Photoredox α-amino C–H arylation in flow. "
                 "J. Am. Chem. Soc. 2019, 141, 12045–12052.",
                 "3. Wu, Y.; Quill, M.; Varnum, H.* A bench-stable acridinium photocatalyst. Org. Lett. 2018, 20, 1123.",
                 "4. TIDE-CT Investigators. Five-year outcomes after CT-first assessment of chest pain. "
                 "N Engl J Med. 2023;389:2202–2213.", name="Mira Quill")
    assert [p.title for p in pubs] == [
        "Nickel-catalysed paired electrolysis for aryl ether cleavage", "Photoredox α-amino C–H arylation in flow",
        "A bench-stable acridinium photocatalyst", "Five-year outcomes after CT-first assessment of chest pain"]
    assert pubs[3].authors == ["TIDE-CT Investigators"]


def test_harvard_entries_with_a_status_in_the_year_slot_and_a_footer_stamp_between() -> None:
    pubs = _pubs("Quill, M., Okonjo, A. and Whitlow, G., 2022. Forecasting regional",
                 "unemployment with job-ad text. In Proceedings of the NeurIPS Workshop on",
                 "Machine Learning for Economic Policy.",
                 "Mira Quill. mquill.example.net. updated June 2025",
                 "Quill, M., forthcoming. Who pays for payroll tax holidays?. Economic",
                 "Journal.",
                 "Quill, M. and Ferraro, L., R&R. Firm entry after broadband roll-outs.",
                 "revise and resubmit, Review of Economic Studies.", name="Mira Quill")
    assert [p.title for p in pubs] == ["Forecasting regional unemployment with job-ad text",
                                       "Who pays for payroll tax holidays?", "Firm entry after broadband roll-outs"]
    assert [p.authors for p in pubs][1:] == [["Quill, M"], ["Quill, M.", "Ferraro, L"]]


def test_a_law_cvs_scholarship_in_bluebook_form() -> None:
    p = parse_text("Theodora Quill\ntq@example.edu\nSCHOLARSHIP\n"
                   "Remand Without Vacatur and the Limits of Discretion, 79 VAND. L. REV. (forthcoming 2026).\n"
                   "The Record Rule in Agency Adjudication, 102 WASH. U. L. REV. 411 (2025).\n"
                   "Standing to Challenge Guidance Documents, 58 GA. L. REV. 1203 (2024) (with Gideon Roe-\n"
                   "Abbott).\n"
                   "Note, Agency Silence and the Chenery Doctrine, 114 MICH. L. REV. 1021 (2016).\n"
                   "HONORS AND AWARDS\nBest Brief (2015)\n")
    assert [(x.venue, x.year) for x in p.publications] == [
        ("VAND. L. REV.", 2026), ("WASH. U. L. REV.", 2025), ("GA. L. REV.", 2024), ("MICH. L. REV.", 2016)]
    assert p.publications[3].title == "Agency Silence and the Chenery Doctrine"
    assert p.publications[0].status == "in press"
    assert len(p.awards) == 1


def test_writing_and_talks_holds_papers_but_the_talks_given_are_none() -> None:
    p = parse_text("Wanjiru Quill\nwq@example.com\nWriting and talks\n"
                   "- Quill, W., Östberg, J. and Nyakundi, P. (2022). *Field boundary delineation at scale*. "
                   "KDD 2022 Workshop on Data Science for Food.\n"
                   "- \"Your STAC catalogue is a database now\" -- talk at FOSS4G Europe, Tartu, 2024.\n"
                   "Certifications\n- Google Cloud Professional Data Engineer (2021)\n")
    assert [(x.title, x.year) for x in p.publications] == [("Field boundary delineation at scale", 2022)]


def test_agronomy_style_the_year_after_the_last_initials() -> None:
    pubs = _pubs("1.\tQuill, H.S., Ramaswamy, K. and Deshpande, A.V. 2023. Effect of alternate wetting and drying "
                 "irrigation on water productivity. Indian Journal of Agronomy 68(2): 145-151.",
                 "2.\tN. Sorensen, R. Adeleke. Causal effects from irregular records. Nature Medicine, 2025.",
                 name="Hema Quill")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Effect of alternate wetting and drying irrigation on water productivity", "Indian Journal of Agronomy", 2023),
        ("Causal effects from irregular records", "Nature Medicine", 2025)]


def test_a_mathematicians_list_without_the_authors_name() -> None:
    pubs = _pubs("[1] Prismatic cohomology of semistable curves, with Hanna Lind and Keiji Ama. arXiv:2405.11832.",
                 "[2] Ordinary parts and p-adic families of Eisenstein classes, Duke Math. J. 171 (2022), no. 4, 815–868.",
                 "[3] Semistable lattices and Serre's conjecture for GL3, with Hanna Lind, Sergei Pym and Dana Holm, "
                 "Algebra Number Theory 15 (2021), no. 9, 2201–2250.",
                 "[4] Torsion in the cohomology of Shimura varieties, with Keiji Ama, to appear in Compositio Math.",
                 "[5] What is a prism?, Notices Amer. Math. Soc. 69 (2022), no. 6, 1010–1012.",
                 # a journal numbered by issue within the year, its name wrapped at a line end
                 "[6] Congruences between modular forms of weight one, with Keiji Ama, Int. Math.\n"
                 "Res. Not. IMRN 2015, no. 12, 4012–4049.", name="Mira Quill")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Prismatic cohomology of semistable curves", "arXiv", None),
        ("Ordinary parts and p-adic families of Eisenstein classes", "Duke Math. J.", 2022),
        ("Semistable lattices and Serre's conjecture for GL3", "Algebra Number Theory", 2021),
        ("Torsion in the cohomology of Shimura varieties", "Compositio Math", None),
        ("What is a prism?", "Notices Amer. Math. Soc.", 2022),
        ("Congruences between modular forms of weight one", "Int. Math. Res. Not. IMRN", 2015)]


def test_a_status_after_the_journal_is_no_part_of_its_name() -> None:
    from reviewer.parsing.venues import short_venue

    assert short_venue("Wind Energy, in press (2025)")[0] == "Wind Energy"
    assert short_venue("Journal of Memory and Language, accepted")[0] == "Journal of Memory and Language"


def test_vancouver_references_keep_the_journal_when_a_doi_or_an_issue_follows() -> None:
    # NLM style: "Journal. Year;Volume(Issue):Pages. doi: ... PMID: ..." - the date and what
    # follows it are no part of the journal's name, and a DOI's letters name no venue
    pubs = _pubs("Quill M, Brightwater K. Early mobility and delirium in ventilated adults: a cluster trial. "
                 "Am J Crit Care. 2024;33(2):101-10. doi:10.4037/ajcc2024.512. PMID: 38412207.",
                 "Quill M, Sato R. Sedation vacations: a mixed-methods process evaluation. "
                 "Nurs Res. 2023;72(4):288-97. PMID: 37150032.",
                 "Sato R, Quill M. Heat warnings and emergency transports. Environ Res. 2024 Mar;41(2):5-9. "
                 "https://doi.org/10.1016/j.envres.2024.512", name="Mira Quill")
    assert [(p.venue, p.year) for p in pubs] == [("Am J Crit Care", 2024), ("Nurs Res", 2023), ("Environ Res", 2024)]


def test_bold_category_sub_headings_over_numbered_references_are_no_paper_titles() -> None:
    # a Word CV: bold "Refereed journal articles" and "Under review" over numbered ecology-style
    # references ("Authors (Year) Title. Journal Vol: pages"); the titled-pairs reader saw
    # each sub-heading as a bold paper title over its first reference
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    rows = [("Ada Quill", True), ("ada@example.edu", False), ("PUBLICATIONS", True), ("Refereed journal articles", True),
            ("1.\tQuill A, Roe T (in press) Turf height predicts coral recruit survival. Coral Reefs.", False),
            ("2.\tRoe T, Quill A (2023) Bite scars as a proxy for grazing. Marine Ecology Progress Series 712: 45–59.", False),
            ("Under review", True),
            ("3.\tQuill A, Roe T. Heat tolerance across the Coral Sea. Submitted to Molecular Ecology (Jan 2025).", False)]
    doc = ExtractedDocument(format="docx", lines=[TextLine(t, bold=b, block=n) for n, (t, b) in enumerate(rows)])
    pubs = parse_document(doc, "cv.docx").publications
    assert [(p.title, p.venue) for p in pubs][:2] == [
        ("Turf height predicts coral recruit survival", "Coral Reefs"),
        ("Bite scars as a proxy for grazing", "Marine Ecology Progress Series")]
    assert len(pubs) == 3 and pubs[2].status == "under review"


def test_copernicus_style_references_with_a_colon_after_the_authors() -> None:
    # "Authors: Title, Journal, volume, pages, year." (EGU journals), a footnote address under
    # one, "submitted to Journal", one author and "et al." before the colon
    pubs = _pubs("1. Quill, A., Kettunen, S., and Roe, M.: Ditch water levels as a sensor of polder groundwater, "
                 "Hydrology and Earth System Sciences, 28, 1423–1441, 2024.",
                 "2. Roe, P. and Quill, A.: Peat subsidence and summer drought: a coupled model study, Journal of "
                 "Hydrology, 617, 128977, 2023.",
                 "3. Quill, A. and Roe, M.: Ensemble filtering of soil moisture in lowland catchments, Water "
                 "Resources Research, in press.", "∗a.quill@example.nl",
                 "4. Quill, A., Wit, R., and Vos, S.: Salt intrusion in Rhine branches under low discharge, "
                 "submitted to Journal of Hydrology: Regional Studies.",
                 "5. Quill, A. et al.: A benchmark of polder groundwater models, in preparation.", name="Ada Quill")
    assert [(p.title, p.venue, p.year) for p in pubs] == [
        ("Ditch water levels as a sensor of polder groundwater", "Hydrology and Earth System Sciences", 2024),
        ("Peat subsidence and summer drought: a coupled model study", "Journal of Hydrology", 2023),
        ("Ensemble filtering of soil moisture in lowland catchments", "Water Resources Research", None),
        ("Salt intrusion in Rhine branches under low discharge", "Journal of Hydrology: Regional Studies", None),
        ("A benchmark of polder groundwater models", None, None)]
    assert [p.status for p in pubs] == ["published", "published", "in press", "under review", "in preparation"]


def test_a_corresponding_authors_address_in_a_footnote_is_no_part_of_the_reference_above() -> None:
    p = parse_text("Ada Quill\nada@example.nl\nPublications\n1. Quill, A. and Roe, M.: Ensemble filtering of soil "
                   "moisture in lowland catchments, Water Resources Research, in press.\n∗a.quill@example.nl\n"
                   "Submitted and in preparation\n"
                   "1. Roe, P. and Quill, A.: Peat subsidence and summer drought, submitted to Journal of Hydrology.\n")
    assert [(x.title, x.venue) for x in p.publications] == [
        ("Ensemble filtering of soil moisture in lowland catchments", "Water Resources Research"),
        ("Peat subsidence and summer drought", "Journal of Hydrology")]


def test_chinese_humanities_references_with_book_title_marks() -> None:
    # "作者：《标题》，《期刊》2023年第2期。", a chapter "载…主编《书名》", a monograph's
    # "城市：出版社，年", "即刊" (in press); and a Chicago article with a quoted title
    pubs = _pubs("1. 林夏：《海关贸易报告中的棉纱流通》，《近代史研究》2023年第2期。（CSSCI）",
                 "2. 陶安、林夏：《近代城市社会史研究的新取向》，《史学理论研究》，即刊。",
                 "3. 林夏：《租界与商会》，载任明主编《近代中国的城市与社会》，上海：上海人民出版社，2020年，第113—142页。",
                 "4. 林夏：《口岸与腹地》，北京：社会科学文献出版社，2021年。",
                 '5. Lin Xia, "Customs Statistics and the Making of a Market, 1895-1931," Modern Asian Studies, '
                 "Vol. 58, No. 3 (2024): 731-764.", name="林夏 (Lin Xia)")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs] == [
        ("海关贸易报告中的棉纱流通", "近代史研究", 2023, "published"),
        ("近代城市社会史研究的新取向", "史学理论研究", None, "in press"),
        ("租界与商会", "近代中国的城市与社会", 2020, "published"),
        ("口岸与腹地", "社会科学文献出版社", 2021, "published"),
        ("Customs Statistics and the Making of a Market, 1895-1931", "Modern Asian Studies", 2024, "published")]
    assert [p.first_author for p in pubs] == [True, False, True, True, True]


def test_papers_under_a_sub_heading_inside_a_patents_section_are_papers() -> None:
    p = parse_text("Lena Quill\nlena@example.com\nPatents\n• Quill L., Roe D. Bispecific antibodies and methods of use. "
                   "WO 2024/000000 A1 (published application).\nSelected Publications\n"
                   "1. Quill L, Roe D, Tsai E. Deep mutational scanning maps the landscape of an antibody. mAbs. "
                   "2024;16(1):e2301123.\n2. Roe D, Quill L. Conformation-selective nanobodies from a yeast-display library. "
                   "Nat Chem Biol. 2020;16(8):871–879.\n")
    assert [(x.venue, x.year) for x in p.publications] == [("mAbs", 2024), ("Nat Chem Biol", 2020)]


def test_undated_items_under_a_status_sub_heading_in_a_year_column_list() -> None:
    # A humanities list: a year column opens each published item; under "Under review" the
    # items have no year and no marker, each a quoted title over "under review at VENUE".
    p = parse_text("Quill Ferndale\nquill@example.org\n\nPublications\nPeer-reviewed articles\n"
                   "2024\t“Coal-Smoke and Serial Time in Invented Words”\nInvented Periodicals Review 2024\n"
                   "Under review\n“Rain Gauges and Realism in Invented Fiction”\nunder review at Imaginary Quarterly\n"
                   "“Fog Indexes and the Invented Novel”\nunder review at Nowhere Studies\n"
                   "Book chapters\n2022\t“Invented Weather”\nIn Imaginary Climates (Nowhere Press) 2022\n")
    assert [(x.title, x.year, x.status) for x in p.publications] == [
        ("Coal-Smoke and Serial Time in Invented Words", 2024, "published"),
        ("Rain Gauges and Realism in Invented Fiction", None, "under review"),
        ("Fog Indexes and the Invented Novel", None, "under review"),
        ("Invented Weather", 2022, "published"),
    ]


def test_status_with_its_year_in_brackets_after_the_venue_and_a_trailing_coauthor_note() -> None:
    p = parse_text("Quill Ferndale\nquill@example.org\n\nPublications\n"
                   "2025\t“Weather Diaries and the Invented Novel”\nImaginary Literature (accepted, 2025)\n"
                   "2023\t“Teaching the Serial with Invented Tools: A Classroom Edition of All the\n"
                   "Year Round” with Aditi Quillson-Holt\nInvented Humanities Quarterly 2023\n"
                   "2022\t“Fog and the Ledger”\nNowhere Studies (2022, in press)\n")
    assert [(x.venue, x.year, x.status) for x in p.publications] == [
        ("Imaginary Literature", 2025, "accepted"),
        ("Invented Humanities Quarterly", 2023, "published"),
        ("Nowhere Studies", 2022, "in press"),
    ]
    assert p.publications[1].title == "Teaching the Serial with Invented Tools: A Classroom Edition of All the Year Round"
    assert p.publications[1].author_position == "unknown"  # a co-author is named, the order is not


def test_taiwanese_list_with_a_legend_lettered_chinese_sub_headings_and_bilingual_statuses() -> None:
    p = parse_text("簡明安\nma@example.org\n\n三、著作目錄\n(* 為通訊作者;IF 為 2024 年 JCR 影響係數)\n(A) 期刊論文\n"
                   "1. Jian, M.-A., Ou, C.-Y.*, 2024. Invented radicals in imaginary groundwater. Invented Water 251,\n"
                   "121144. (SCI, IF = 12.4)\n"
                   "2. 簡明安、歐陽文*,2020。〈虛構地下水之調查〉。《虛構環境學刊》,31(2),55-68。(EI)\n"
                   "3. Jian, M.-A., Ou, C.-Y.*. Invented oxidation of nothing. Imaginary Science & Technology.(已接受,accepted)\n"
                   "(B) 研討會論文\n"
                   "1. Jian, M.-A., Ou, C.-Y., 2023. A pilot that never flew. In: Proceedings of the Invented Congress 2023, pp. 1-4.\n"
                   "(C) 審查中論文\n"
                   "1. Jian, M.-A., Ou, C.-Y.* Predicting invented breakthroughs. Invented Water X(審查中,under review)\n")
    assert [(x.title, x.venue, x.year, x.kind, x.status) for x in p.publications] == [
        ("Invented radicals in imaginary groundwater", "Invented Water", 2024, "journal", "published"),
        ("虛構地下水之調查", "虛構環境學刊", 2020, "journal", "published"),
        ("Invented oxidation of nothing", "Imaginary Science & Technology", None, "journal", "accepted"),
        ("A pilot that never flew", "Invented Congress", 2023, "conference", "published"),
        ("Predicting invented breakthroughs", "Invented Water X", None, "in_preparation", "under review"),
    ]


def test_chinese_status_words_around_an_english_venue() -> None:
    p = parse_text("林晓澄\nlin@example.cn\n\n发表论文\n"
                   "[1] Lin X, Zhou Q*. Invented lattices that bend. Invented Manufacturing.(在审)\n"
                   "[2] Lin X, Wu H. Imaginary neurons at rest. 已投稿 Invented Journal of Neurology(审稿中)\n")
    assert [(x.venue, x.status) for x in p.publications] == [
        ("Invented Manufacturing", "under review"), ("Invented Journal of Neurology", "under review")]


def test_biblatex_publist_list_with_years_in_the_margin_and_bold_kind_sub_headings() -> None:
    # The owner's name omitted, co-authors as "(with ...)", the year in the margin before the
    # first item of each year, numbers counting down across bold kind sub-headings.
    rows = [("Prof. Dr. Jonas Quill-Oduya", True), ("jq@example.org", False), ("Publications", True),
            ("Journal articles", True),
            ("2025 [4] 2025b (with Mina Sorl). “Sparse inference for invented glaciers”. In: The Annals of", False),
            ("Imaginary Statistics. Forthcoming.", False),
            ("[3] 2025a. “Kernel tests on invented manifolds”. In: Bernoulli 25.4A, pp. 2807–2836.", False),
            ("Conference papers (peer-reviewed, archival)", True),
            ("2024 [2] 2024a (with Lea Weiss). “Amortized design with invented priors”. In: Proceedings of", False),
            ("the 41st International Conference on Machine Learning (ICML). Vol. 235. PMLR, pp. 1–9.", False),
            ("Preprints", True),
            ("[1] 2025a (with Rafa Ocampo). Scaling laws for invented surrogates. arXiv: 2506.01442.", False)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, bold=b) for t, b in rows])
    p = parse_document(doc, "x.pdf")
    assert p.name == "Jonas Quill-Oduya"
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Sparse inference for invented glaciers", "Annals of Imaginary Statistics", 2025),
        ("Kernel tests on invented manifolds", "Bernoulli", 2025),
        ("Amortized design with invented priors", "ICML", 2024),
        ("Scaling laws for invented surrogates", "arXiv", 2025),
    ]


def test_orcid_works_pasted_into_a_cv() -> None:
    # ORCID's public "Works" blocks: title, journal, "YYYY-MM | Type", labelled lines.
    # A data set and a conference abstract are works, not papers.
    p = parse_text("Dana Quill\ndana@example.org\n\nPublications\n"
                   "Invented warming decouples snowmelt from imaginary pollinators\nInvented Ecology Letters\n"
                   "2025-02 | Journal article\nDOI: 10.5555/iel.0001\nCONTRIBUTORS: Quill, Dana; Haruna, Tomasz\n"
                   "Source: Crossref   Preferred source (of 2)\n\n"
                   "Trait shifts along an invented treeline\nGlobal Change of Nowhere\n2024-08 | Journal article\n"
                   "CONTRIBUTORS: Haruna, Tomasz; Quill, Dana\nSource: Crossref\n\n"
                   "Snow removal plots, 2012-2022\nDryad\n2021 | Data set\nSource: DataCite\n\n"
                   "Alpine plants under invented change\nMountain Ecosystems of Nowhere\n2022 | Book chapter\n"
                   "CONTRIBUTORS: Quill, Dana\n\n"
                   "Flowering time under invented snow\nInvented Society Annual Meeting\n2019-08 | Conference abstract\n\n"
                   "Pollinator mismatch across invented gradients\nEcoEvoRxiv\n2025-04 | Preprint\n"
                   "CONTRIBUTORS: Aubin, Noor; Quill, Dana\n")
    assert [(x.title, x.venue, x.year, x.author_position) for x in p.publications] == [
        ("Invented warming decouples snowmelt from imaginary pollinators", "Invented Ecology Letters", 2025, "first"),
        ("Trait shifts along an invented treeline", "Global Change of Nowhere", 2024, "last"),
        ("Alpine plants under invented change", "Mountain Ecosystems of Nowhere", 2022, "first"),
        ("Pollinator mismatch across invented gradients", "EcoEvoRxiv", 2025, "last"),
    ]
    assert p.publications[-1].status == "preprint"


def test_orcid_record_printed_with_given_names_first_and_wrapped_contributors() -> None:
    # The record page itself (not pasted): no blank lines between works, "Given Surname;"
    # contributors wrapped onto a row of their own, a thesis among the works, and the
    # "Peer review" box after the list.
    p = parse_text("Dana Quill\ndana@example.org\n\nWorks (3)\n"
                   "Invented heat reshapes imaginary networks across\nmade-up cities\nJournal of Invented Ecology\n"
                   "2024-02-11 | Journal article\nDOI: 10.5555/jie.0001\n"
                   "CONTRIBUTORS: Dana Quill; Tomasz Haruna; Noor Aubin; Pedro\nInvented Lacerda\n"
                   "Source: Crossref Preferred source (of 2)\n"
                   "Imaginary phenology under made-up warming\nbioRxiv\n2023-11-30 | Preprint\n"
                   "CONTRIBUTORS: Noor Aubin; Dana Quill\nSource: DataCite\n"
                   "Invented networks in a changing imaginary landscape\nNowhere University\n"
                   "2022-02-18 | Dissertation or Thesis\nCONTRIBUTORS: Dana Quill\nSource: Dana Quill\n"
                   "Peer review (6 reviews for 4 publications/grants)\n"
                   "Review activity for Journal of Invented Ecology (4) and 2 more\n")
    assert [(x.title, x.venue, x.year, x.author_position) for x in p.publications] == [
        ("Invented heat reshapes imaginary networks across made-up cities", "Journal of Invented Ecology", 2024,
         "first"),
        ("Imaginary phenology under made-up warming", "bioRxiv", 2023, "last"),
        ("Invented networks in a changing imaginary landscape", "Nowhere University", 2022, "first"),
    ]
    assert p.publications[0].authors[-1] == "Pedro Invented Lacerda"


def test_a_harvard_export_in_capitals_with_the_journal_run_into_the_title() -> None:
    # A UK staff page's export: family names in capitals, "YEAR." after the authors, the
    # journal in italics with no stop after a sentence-case title, then volume and pages.
    p = parse_text("Dana Quill-Hart\ndana@example.org\n\nSelected Publications\n"
                   "QUILL-HART, D., HARUNA, T. and AUBIN, N., 2024. Invented sputum markers predict imaginary "
                   "flares: a cohort study European Journal of Invented Medicine. 63(2), 230-241\n"
                   "HARUNA, T. and QUILL-HART, D., 2023. Inhaled fictions for made-up eradication: a pragmatic "
                   "trial Thorax. 78(6), 555-563\n"
                   "QUILL-HART, D. and AUBIN, N., 2021. Buying Invented Water: Evidence from Imaginary "
                   "Markets. 12(3), 45-67\n")
    assert [(x.title, x.venue, x.year, x.author_position) for x in p.publications] == [
        ("Invented sputum markers predict imaginary flares: a cohort study", "European Journal of Invented Medicine",
         2024, "first"),
        ("Inhaled fictions for made-up eradication: a pragmatic trial", "Thorax", 2023, "last"),
        # a title in title case: nothing tells where a journal would start, so none is cut off
        ("Buying Invented Water: Evidence from Imaginary Markets", None, 2021, "first"),
    ]
    assert p.publications[0].authors == ["QUILL-HART, D.", "HARUNA, T.", "AUBIN, N"]


def test_split_unpunctuated_journal_keeps_a_compounds_letter_in_the_title() -> None:
    from reviewer.parsing.pubfields import split_unpunctuated_journal

    assert split_unpunctuated_journal("Total synthesis of the invented macrolide B. J. Am. Chem. Soc",
                                      ["2019, 141, 1234-1240"]) == (
        "Total synthesis of the invented macrolide B.", "J. Am. Chem. Soc")
    # no volume and pages after it: the run may be the title's own proper noun
    assert split_unpunctuated_journal("Total synthesis of the invented macrolide Nowhere", ["Thorax"]) == (
        "Total synthesis of the invented macrolide Nowhere", None)


def test_segments_with_no_title_words() -> None:
    from reviewer.parsing.pubfields import _wordless

    assert [_wordless(s) for s in ("63(2), 230-241", "Vol. 12, pp. 3-9", "IF 5.855", "SB", "苗嘉禾, 郑可欣, 闻启明*")] == [
        True] * 5
    assert [_wordless(s) for s in ("¿Qué?", "A study of invented gait", "面向非独立同分布数据的图学习", "Thorax")] == [
        False] * 4


def test_a_legend_whose_mark_stands_on_a_row_of_its_own_above_the_list() -> None:
    p = parse_text("Tamsin Quill\nq@example.org\n\nPublications\n∗\n\nequal contribution; † corresponding author\n\n"
                   "[1] Quill, T. R.; Pell, S.; Hale, D.† Ligand-field control of invented cycling in made-up\n"
                   "amination. J. Am. Chem. Soc. 2024, 146, 11872–11881.\n"
                   "[2] Bee, B.∗ ; Quill, T. R.∗ ; Hale, D.† Amine arylation in imaginary solvents: a guide\n"
                   "for dual catalysis. Org. Process Res. Dev. 2024, 28, 2210–2219.\n")
    assert [(x.title, x.author_position) for x in p.publications] == [
        ("Ligand-field control of invented cycling in made-up amination", "first"),
        ("Amine arylation in imaginary solvents: a guide for dual catalysis", "equal_first")]


def test_aps_references_with_arxiv_numbers_after_the_journal() -> None:
    # revtex's apsrev: the journal, volume, page and year, then the arXiv number where the paper
    # is free to read; a collaboration paper's author list ends "et al. (X Collaboration)".
    p = parse_text("Ines Quill-Reid\nq@example.org\n\nPublications\n"
                   "[1] I. Quill-Reid, M. Okonjo, and P. Ferrand, Graph vertexing for made-up decays in an invented "
                   "tracker, Eur. Phys. J. C 83, 1142 (2023), arXiv:2307.05518 .\n"
                   "[2] I. Quill-Reid and M. Okonjo, Invented leptons at imaginary colliders, arXiv:2401.00001 (2024).\n"
                   "[3] G. Aad et al. (INVENTED Collaboration), Search for imaginary leptons in made-up vertices. "
                   "Phys. Rev. D 111, 052004 (2025).\n")
    assert [(x.venue, x.status) for x in p.publications] == [
        ("Eur. Phys. J. C", "published"), ("arXiv", "preprint"), ("Phys. Rev. D", "published")]
    assert p.publications[2].title == "Search for imaginary leptons in made-up vertices"


def test_a_paper_table_under_a_header_row_that_names_its_columns() -> None:
    p = parse_text("符嘉禾\nfu@example.cn\n代表性论文(限10篇,#共同第一作者,*通讯作者)\n"
                   "序号\t论文题目\t期刊名称\t年份\t收录/分区\tIF\t作者排序\n"
                   "1\tInvented end groups suppress imaginary disorder in acceptors\tJoule\t2024\tSCI 一区 Top\t38.6\t第一作者\n"
                   "2\tSide-chain branching tunes an invented fibril network\tAngew. Chem. Int. Ed.\t2022\tSCI 一区\t16.1\t共同第一作者(#)\n"
                   "3\tA solvent route to invented tandem cells\tEnergy Environ. Sci.\t2024\tSCI 一区\t32.4\t第三作者\n"
                   "4\tStretchable cells from invented donors\tNat. Commun.\t已接收\tSCI 一区\t14.7\t通讯作者(*)\n"
                   "主持/参与科研项目\n项目名称\t项目来源\t起止时间\t经费(万元)\t角色\n"
                   "虚构受体的能量调控\t国家自然科学基金\t2025.01-2027.12\t30\t主持\n")
    assert [(x.title, x.venue, x.year, x.status, x.author_position) for x in p.publications] == [
        ("Invented end groups suppress imaginary disorder in acceptors", "Joule", 2024, "published", "first"),
        ("Side-chain branching tunes an invented fibril network", "Angew. Chem. Int. Ed.", 2022, "published", "equal_first"),
        ("A solvent route to invented tandem cells", "Energy Environ. Sci.", 2024, "published", "other"),
        ("Stretchable cells from invented donors", "Nat. Commun.", None, "accepted", "unknown"),
    ]


def test_a_google_scholar_table_read_cell_by_cell() -> None:
    # Title, authors, venue, citations and year one under another, under Scholar's header.
    p = parse_text("Dana Quill\ndana@example.org\n\nPublications (from my Google Scholar profile)\n"
                   "TITLE\tCITED BY\tYEAR\n"
                   "Invented cathodes with suppressed oxygen release\nD Quill, Y Wu, HY Tsang\n"
                   "Advanced Invented Materials 14 (8), 2303561\n37\n2024\n"
                   "Fluoride-rich electrolytes for imaginary batteries\nJ Lau, D Quill, Q Ding, ...\n"
                   "arXiv preprint arXiv:2405.01234\n12\n2024\n"
                   "Strain in invented single crystals\nD Quill, HY Tsang\nNature Nowhere 13 (1), 5521\n118\n2022\n")
    assert [(x.title, x.venue, x.year, x.author_position) for x in p.publications] == [
        ("Invented cathodes with suppressed oxygen release", "Advanced Invented Materials", 2024, "first"),
        ("Fluoride-rich electrolytes for imaginary batteries", "arXiv", 2024, "other"),
        ("Strain in invented single crystals", "Nature Nowhere", 2022, "first"),
    ]


def test_an_ama_bibliography_with_medical_kind_sub_headings_a_consortium_and_a_sole_author() -> None:
    p = parse_text("Aoife Quill-Nakata, MD\naq@example.org\n\nBIBLIOGRAPHY\nOriginal research (peer-reviewed)\n"
                   "Quill-Nakata A, Okwu TK, Hale M, et al. Invented inhibitors in imaginary older adults. "
                   "JAMA Cardiol. 2025;10(3):245-254. PMID: 39712233. [IF 14.7]\n"
                   "Hale M, Soren P, Nwachu I, et al; for the INVENT-HF Investigators (Quill-Nakata A, 8 of 14 authors). "
                   "Remote monitoring of invented pressures. Circ Heart Fail. 2023;16(8):e010422.\n"
                   "Reviews, editorials and commentaries\n"
                   "Quill-Nakata A, Okwu TK. Invented failure in the oldest old: a review. Eur Heart J. 2024;45(30):2701-2715. [IF 37.6]\n"
                   "Quill-Nakata A. Imaginary cardiology comes of age [editorial]. Circulation. 2023;148(4):289-291.\n"
                   "Book reviews\nQuill-Nakata A. Review of Invented Hearts, by T. Nobody. Imaginary Review. 2022;51(6):540.\n")
    assert [(x.venue, x.year) for x in p.publications] == [
        ("JAMA Cardiol", 2025), ("Circ Heart Fail", 2023), ("Eur Heart J", 2024), ("Circulation", 2023)]
    assert p.publications[1].authors[:3] == ["Hale M", "Soren P", "Nwachu I"]
    assert p.publications[1].title == "Remote monitoring of invented pressures"


def test_harvard_working_papers_reports_and_quoted_titles_without_a_year() -> None:
    p = parse_text("Kofi Quill-Lund\nkq@example.org\n\nPUBLICATIONS\nRefereed journal articles\n"
                   "Quill-Lund, K. and Marr, I. (2023) ‘Monopsony in invented labour markets’, Imaginary Economics, 82,\n"
                   "p. 102356. Available at: https://doi.org/10.5555/ie.2023.102356.\n"
                   "Working papers\n"
                   "Quill-Lund, K., Bell, R. and Naka, R. (2025) Algorithmic scheduling in invented retail.\n"
                   "19214. London: Centre for Invented Policy Research.\n"
                   "Quill-Lund, K. and Toivo, P. ‘Pass-through of an imaginary wage’, revise and resubmit, Review of Nowhere Studies.\n"
                   "Quill-Lund, K. ‘Invented care homes and staffing’, work in progress.\n"
                   "Policy reports (not refereed)\n"
                   "Quill-Lund, K. and Marr, I. (2024) The local bite of an invented wage. London: Invented Pay Commission.\n")
    assert [x.title for x in p.publications] == [
        "Monopsony in invented labour markets", "Algorithmic scheduling in invented retail",
        "Pass-through of an imaginary wage", "Invented care homes and staffing", "The local bite of an invented wage"]
    assert p.publications[0].venue == "Imaginary Economics"
    assert "Centre for Invented Policy Research" in (p.publications[1].venue or "")
    assert p.publications[2].status == "under review"


def test_chinese_lists_with_index_remarks_wrapped_statuses_and_less_common_surnames() -> None:
    p = parse_text("阎清扬\nyan@example.cn\n学术论文\n"
                   "1. 阎清扬,晏如松. 虚构金融与农户创业[J]. 虚构经济研究,2024,59(5):88-104. (CSSCI,权威期刊)\n"
                   "2. 阎清扬,傅雷. 平台经济中的虚构收入[J]. 虚构管理世界,已\n录用. (CSSCI,权威期刊)\n"
                   "3. Yan, Qingyang. Credit Constraints and the Timing of Invented Migration. 修\n改后重投 Journal of Invented Economics(R&R).\n"
                   "4. 司徒明,阎清扬. 数字鸿沟与虚构排斥. 在审,《虚构金融研究》.\n")
    assert [(x.authors[:1], x.venue, x.status) for x in p.publications] == [
        (["阎清扬"], "虚构经济研究", "published"), (["阎清扬"], "虚构管理世界", "accepted"),
        (["Yan, Qingyang"], "Journal of Invented Economics", "under review"), (["司徒明"], "虚构金融研究", "under review")]


def test_a_chinese_status_after_the_venue_and_a_comma() -> None:
    p = parse_text("林晓澄\nlin@example.cn\n发表论文\n[1] Lin X, Zhou Q. Invented lattices that bend. Invented Materials, 已投稿.\n"
                   "[2] Lin X, Wu H. Imaginary water at rest. Invented Water, 在审.\n")
    assert [(x.venue, x.status) for x in p.publications] == [("Invented Materials", "under review"), ("Invented Water", "under review")]


def test_a_kind_of_papers_set_beside_its_first_labelled_item() -> None:
    # Typst's modernpro double layout: the sub-heading in a label column, on the first item's row
    p = parse_text("Yi Quill\nyi@example.org\nPUBLICATIONS\n"
                   "Journal Papers [J1] Y. Quill*, T. Xu*, and W. Lu, \u201cBeamforming for target tracking in\n"
                   "invented systems,\u201d IEEE Trans. Wireless Commun., vol. 24, no. 6, pp. 4410\u20134424, 2025.\n"
                   "[J2] T. Xu, Y. Quill, and W. Lu, \u201cSensing-assisted handover for invented networks,\u201d "
                   "IEEE Wireless Commun. Lett., under review.\n"
                   "Conference Papers [C1] Y. Quill and W. Lu, \u201cJoint beam tracking and communication with a\n"
                   "passive surface,\u201d in Proc. IEEE WCSP, Hefei, China, Oct. 2025.\n"
                   "期刊论文 [1] 林书瑶, 周文澜*. 潮汐淹水频率对土壤甲烷通量的影响[J]. 生态学报, 2025, 45(8): 3412-3424.\n"
                   "在投/待投 [1] 林书瑶, 何俊. 滩涂底栖动物功能多样性与沉积物有机碳. 撰写中.\n")
    assert [p_.title for p_ in p.publications][:3] == [
        "Beamforming for target tracking in invented systems", "Sensing-assisted handover for invented networks",
        "Joint beam tracking and communication with a passive surface"]
    assert len(p.publications) == 5


def test_a_research_portals_output_list_pasted_into_a_cv() -> None:
    # Pure's "Research output": title, byline (authors, status - date, "In: journal. vol, issue,
    # pages"), then "Research output: <type>". A conference abstract is no paper.
    pubs = _pubs("Research output per year: 2015 – 2024 · 4 results",
                 "Frailty as a mediator between invented hearing loss and loneliness",
                 "Tolvanen, M., Ahmadi, S. & Brandt, L., Accepted/In press - 2024, In: Age and Ageing.",
                 "Research output: Contribution to journal › Article › Academic › peer-review",
                 "Loneliness trajectories in an invented cohort of older adults: the",
                 "Longitudinal Nowhere Study",
                 "Bakx, P. J. & Tolvanen, M., Mar 2023, In: Invented Journal of Epidemiology. 39, 3, p. 255-266",
                 "12 p.",
                 "Research output: Contribution to journal › Article › Academic › peer-review Open Access",
                 "Loneliness and first hospitalisation: 20-year follow-up",
                 "Tolvanen, M., 2022. 1 p.",
                 "Research output: Contribution to conference › Abstract › Academic",
                 "Social determinants of invented loneliness",
                 "Tolvanen, M., 12 Jun 2015, Rotterdam: Invented University. 184 p.",
                 "Research output: Thesis › Doctoral Thesis › Research external, graduation external")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs][:2] == [
        ("Frailty as a mediator between invented hearing loss and loneliness", "Age and Ageing", 2024, "in press"),
        ("Loneliness trajectories in an invented cohort of older adults: the Longitudinal Nowhere Study",
         "Invented Journal of Epidemiology", 2023, "published")]
    assert len(pubs) == 3 and pubs[2].year == 2015
    assert [p.first_author for p in pubs] == [True, False, True]


def test_a_legend_opening_with_its_hash_mark_is_no_markdown_heading() -> None:
    """"# equal contribution; * corresponding author" above a numbered list: a legend, so the
    list is still split at its numbers and '#' marks equal first authors."""
    p = parse_text("Yiming Quill\nPUBLICATIONS\n# equal contribution; * corresponding author. Citations: 612\n"
                   "[1] Feng L#, Quill Y#, Zhang X, Wang H*. Electrochemical recovery of ammonia from urine with\n"
                   "flow-through carbon electrodes. Environmental Science & Technology, 2024, 58(12): 5301–5312.\n"
                   "[2] Quill Y, Li M, Wang H*. Decentralized nutrient recovery can offset the cost of\n"
                   "sanitation in China. Nature Water, 2023, 1: 842–851.\n")
    assert [x.author_position for x in p.publications] == ["equal_first", "first"]


def test_a_lettered_patents_section_holds_no_papers() -> None:
    # "C. Patents" after "A. Original research articles": numbered like the papers, counted as none
    p = parse_text("Lena Quill\nlena@example.com\nJournal articles\n"
                   "1. L. Quill and D. Roe, Org. Lett. 2022, 24, 1001–1005: Quiet routes to amines.\n"
                   "C. Patents\n1. L. Quill, D. Roe, Verfahren zur Herstellung stiller Amine, DE 10 2019 110 214.\n")
    assert [x.title for x in p.publications] == ["Quiet routes to amines"]
    assert not any("Patents" in w for w in p.warnings)  # an empty patents section is no silent omission
    p = parse_text("Lena Quill\nlena@example.com\nPublications\nA. Original research articles\n"
                   "1. L. Quill and D. Roe, Org. Lett. 2022, 24, 1001–1005: Quiet routes to amines.\n"
                   "C. Patents\n1. L. Quill, D. Roe, Verfahren zur Herstellung stiller Amine, DE 10 2019 110 214.\n")
    assert [x.title for x in p.publications] == ["Quiet routes to amines"]  # the same as a sub-heading
    p = parse_md("# Lena Quill\nlena@example.com\n## Journal articles\n"
                 "1. L. Quill and D. Roe, Org. Lett. 2022, 24, 1001–1005: Quiet routes to amines.\n"
                 "## Grants\n- An invented grant, 2020\n## C. Patents\n"
                 "1. L. Quill, D. Roe, Verfahren zur Herstellung stiller Amine, DE 10 2019 110 214.\n")
    assert [x.title for x in p.publications] == ["Quiet routes to amines"]  # the same as a section of its own
    p = parse_md("# Lena Quill\nlena@example.com\n## C. Patents\n"
                 "1. L. Quill, D. Roe, Verfahren zur Herstellung stiller Amine, DE 10 2019 110 214.\n")
    assert p.publications == [] and not any("Patents" in w for w in p.warnings)  # no papers is no omission


def test_wrapped_references_under_a_track_record_are_papers() -> None:
    # an ERC track record: prose, then numbered references wrapped over lines, under a heading
    # the splitter reads as honours ("Research achievements")
    p = parse_text("Ilse Quarnby\nilse@example.org\nRESEARCH ACHIEVEMENTS\n"
                   "My work began with invented colloids [2]; since 2021 my group studies invented bacteria [1].\n"
                   "[1] R. Vossberg, I. Quarnby. Confinement-induced heterogeneity in invented glasses.\n"
                   "Nature Physics (2025), accepted. I designed the experiment.\n"
                   "[2] I. Quarnby, J. Tallow-Reyes. Aging without a transition in invented carpets.\n"
                   "Phys. Rev. Lett. 132, 168301 (2024).\n")
    assert [(x.title, x.year) for x in p.publications] == [
        ("Confinement-induced heterogeneity in invented glasses", 2025),
        ("Aging without a transition in invented carpets", 2024)]


def test_a_one_letter_initial_closing_a_vancouver_list_ends_it() -> None:
    p = parse_text("Isla Quarnby\nisla@example.org\nPUBLICATIONS\n"
                   "1. Quarnby I, Wexley O, Lark M, Grimwald E, Fenlow V. Socioeconomic trajectories of\n"
                   "invented records. American Journal of Epidemiology 2022;64:140-924.\n"
                   "2. Zhou W, Quarnby I. Prescribing patterns in invented records. Soc Sci Med. 2018;13:833-84.\n")
    assert [x.title for x in p.publications] == [
        "Socioeconomic trajectories of invented records", "Prescribing patterns in invented records"]
    assert p.publications[0].authors[-1] == "Fenlow V"


def test_abstracts_and_posters_under_their_own_sub_heading_are_no_papers() -> None:
    p = parse_text("Lena Quill\nlena@example.com\nPublications\nOriginal research\n"
                   "1. Quill L, Roe D. Quiet sarcomeres in invented hearts. Circulation. 2024;150(3):201-9.\n"
                   "Abstracts, poster presentations and exhibits\n"
                   "1. Quill L, Roe D. Quiet titin fragments [abstract]. Circulation. 2024;150(Suppl 1):A1402.\n"
                   "2. Roe D, Quill L. Invented screening uptake [poster]. Invented Society Meeting; 2023 Oct 6-9.\n")
    assert [x.title for x in p.publications] == ["Quiet sarcomeres in invented hearts"]
    p = parse_text("Lena Quill\nlena@example.com\nPublications\nOriginal research\n"
                   "1. Quill L, Roe D. Quiet sarcomeres in invented hearts. Circulation. 2024;150(3):201-9.\n"
                   "Conference abstracts\n"
                   "1. Quill L, Roe D. Quiet titin fragments. Circulation. 2024;150(Suppl 1):A1402.\n")
    assert [x.title for x in p.publications] == ["Quiet sarcomeres in invented hearts"]


def test_an_enumerated_chinese_index_sub_heading_keeps_the_list_and_a_not_counted_one_drops_its_items() -> None:
    # sub-headings set like the section's heading: "(一)SCI 收录论文" is a kind of paper, not a
    # heading the splitter missed; "(二)会议交流(摘要,不计入论文)" says its items are no papers
    rows = [("注:# 为共同第一作者,* 为通讯作者。", 10), ("(一)SCI 收录论文", 12),
            ("1. Lin XC#, Qiu Y#, Zhao M. Invented tumour clocks in imaginary mice. Nat Commun. 2024;15:3381.", 10),
            ("2. Qiu Y, Lin XC*. Imaginary methylation drift in invented cohorts. Thorac Cancer. 2022;13(5):217-8.", 10),
            ("(二)会议交流(摘要,不计入论文)", 12),
            ("Lin XC, et al. Invented kinetics on an imaginary drug. Invented Annual Meeting 2024, Poster #85.", 10)]
    body = [Line(t, k + 1, size=s) for k, (t, s) in enumerate(rows)]
    assert cut_at_foreign_heading(Line("代表性论文", 0, size=12), body) == body
    pubs = parse_publications(body, "林晓澄", "代表性论文")
    assert [(x.venue, x.year) for x in pubs] == [("Nat Commun", 2024), ("Thorac Cancer", 2022)]


def test_moderncv_list_items_with_colon_labels_and_dotted_sub_headings() -> None:
    # moderncv's \cvlistitem labels ("1.:") and sub-headings filled out with a dotted leader
    p = parse_text("Lena Quill\nlena@example.com\nPublications\nRefereed articles. . . . . . . . . . . . . . . . .\n"
                   "1.: Quill L, Roe D. Quiet sarcomeres in invented hearts. Circulation. 2024;150(3):201-9.\n"
                   "2.: Roe D, Quill L. Invented outbreaks of imaginary fever. Can Commun Dis Rep. 2016;42(4):89-95.\n"
                   "Preprints and submitted. . . . . . . . . . . . . . . . .\n"
                   "3.: Quill L, Roe D. Negative controls for invented bias. medRxiv 2025.06.11.25329417 [preprint]\n")
    assert [(x.title, x.venue, x.status) for x in p.publications] == [
        ("Quiet sarcomeres in invented hearts", "Circulation", "published"),
        ("Invented outbreaks of imaginary fever", "Can Commun Dis Rep", "published"),
        ("Negative controls for invented bias", "medRxiv", "preprint"),
    ]


def test_an_architects_writing_in_chicago_bibliography_form() -> None:
    # "Writing" alone heads what the candidate wrote; a sole author's book with its imprint as a
    # sentence; a journal's issue date in brackets; a book's editors after its name; a venue
    # whose first word ends the line after the closing quote
    p = parse_text("Idris Quillfeather\niq@example.org\nWriting\n"
                   "Book: Thin Walls, Thick Budgets: Mass in an Invented Realm. Novato, CA: Imaginary Editions, 2020.\n"
                   "“Shade Before an Invented Form.” Logbook 43 (Summer 2018): 121–28.\n"
                   "“Rammed Earth at an Imaginary Edge.” In Material Politics of Nowhere, edited by Dana Ellery-Quill, "
                   "88–104. New York: Invented Press, 2025 (forthcoming).\n"
                   "Quillfeather, Idris, and Clara Yuen-Sato. “Earth, Labor, and the Invented Vernacular.” Places\n"
                   "Journal, March 2022.\n"
                   "Work Published In\nAn Invented Architecture Magazine, 2023\n")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Thin Walls, Thick Budgets: Mass in an Invented Realm", "Imaginary Editions", 2020),
        ("Shade Before an Invented Form", "Logbook", 2018),
        ("Rammed Earth at an Imaginary Edge", "Material Politics of Nowhere", 2025),
        ("Earth, Labor, and the Invented Vernacular", "Places Journal", 2022),
    ]


def test_pubmed_summary_layout_title_first_and_a_pmid_line_closing_each_paper() -> None:
    # a faculty-profile page copying PubMed: a note, then title / authors and citation / PMID
    p = parse_text("Lena Quill\nlena@example.com\nSelected Publications\n"
                   "Automatically retrieved from PubMed. 9 publications; showing 2.\n"
                   "Short versus standard antibiotic courses for invented fevers in children: a 10-\n"
                   "year cohort.\n"
                   "Quill L, Roe D, Tsai E, Moss K, Ngata M, Brandt P,\n"
                   "et al. J Invented Infect Dis. 2025 Feb;14(2):88-96.\n"
                   "PMID: 39781204 DOI: 10.5555/jiid/1118\n"
                   "Dried spot screening for imaginary viruses in a birth cohort.\n"
                   "Roe D, Quill L, et al.; Invented Screening Group. Clin Invented Dis. 2020;71(8):e301-8.\n"
                   "PMID: 31875420 PMCID: PMC7583402\n")
    assert [(x.title, x.venue, x.year, x.authors[:2]) for x in p.publications] == [
        ("Short versus standard antibiotic courses for invented fevers in children: a 10-year cohort",
         "J Invented Infect Dis", 2025, ["Quill L", "Roe D"]),
        ("Dried spot screening for imaginary viruses in a birth cohort", "Clin Invented Dis", 2020, ["Roe D", "Quill L"]),
    ]


def test_apa_lists_in_spanish_with_y_before_the_last_author_and_spanish_statuses() -> None:
    p = parse_text("María Quintero Villaseñor\nmqv@example.org\nPublicaciones\n"
                   "1. Quintero Villaseñor, M. F., Guzmán Lara, E. y Ramírez-Sosa, P. (2024). Pérdida de abejas "
                   "inventadas en cafetales imaginarios. Revista Inventada de Biodiversidad, 95: e955102.\n"
                   "2. Ramírez-Sosa, P. y Quintero Villaseñor, M. F. (enviado). Land-sharing for invented bees. "
                   "Journal of Imaginary Ecology.\n")
    assert [(x.title, x.status, len(x.authors)) for x in p.publications] == [
        ("Pérdida de abejas inventadas en cafetales imaginarios", "published", 3),
        ("Land-sharing for invented bees", "under review", 2),
    ]


def test_oscola_citations_of_a_law_cv() -> None:
    p = parse_text("Síofra Quillan\nsq@example.org\nPublications\nBooks\n"
                   "S Quillan, The People’s Amendment: Invented Referendums (Imaginary Publishing 2021).\n"
                   "S Quillan, Citizens’ Assemblies and Nowhere (Invented University Press, under contract).\n"
                   "Articles\n"
                   "S Quillan, ‘Deliberation before the Invented Ballot’ (2023) 86 Imaginary Law Review 1021.\n"
                   "R Kavanagh-Roe and S Quillan, ‘Amending by Stealth?’ (2019) 17 Invented Journal of Law 456.\n"
                   "S Quillan, ‘Direct Democracy after Nowhere’ (2026) Legal Inventions (forthcoming).\n"
                   "S Quillan, ‘Ireland: Referendums as Conversation’ in M Horvath and L Quinn (eds), Referendums "
                   "in Nowhere (Invented Press 2024) 221.\n"
                   "Case Notes and Shorter Pieces\n"
                   "S Quillan, ‘Re Article 26 and an Invented Bill’ (2025) 73 Imaginary Jurist 190 (case note).\n")
    assert [(x.title, x.venue, x.year, x.authors) for x in p.publications] == [
        ("The People’s Amendment: Invented Referendums", "Imaginary Publishing", 2021, ["S Quillan"]),
        ("Citizens’ Assemblies and Nowhere", "Invented University Press", None, ["S Quillan"]),
        ("Deliberation before the Invented Ballot", "Imaginary Law Review", 2023, ["S Quillan"]),
        ("Amending by Stealth?", "Invented Journal of Law", 2019, ["R Kavanagh-Roe", "S Quillan"]),
        ("Direct Democracy after Nowhere", "Legal Inventions", 2026, ["S Quillan"]),
        ("Ireland: Referendums as Conversation", "Referendums in Nowhere", 2024, ["S Quillan"]),
        ("Re Article 26 and an Invented Bill", "Imaginary Jurist", 2025, ["S Quillan"]),
    ]
    assert [x.first_author for x in p.publications] == [True, True, True, False, True, True, True]
    # wrapped over lines, a reference starts where its OSCOLA author list does
    p = parse_text("Síofra Quillan\nsq@example.org\nArticles\n"
                   "S Quillan, ‘Deliberation before the Invented Ballot: The Assembly and Article 46’ (2023) 86\n"
                   "Imaginary Law Review 1021.\n"
                   "S Quillan and C Ní Roe, ‘The Referendum Commission as an Invented Actor’ (2021) 44\n"
                   "Dublin Invented Law Journal 77.\n")
    assert [(x.venue, x.year) for x in p.publications] == [("Imaginary Law Review", 2023), ("Dublin Invented Law Journal", 2021)]


def test_a_labelled_software_copyright_under_papers_is_no_paper() -> None:
    p = parse_text("赵明辉\nzmh@example.edu.cn\n科研成果\n"
                   "[1] 赵明辉,李卫东. 基于 FPGA 的低时延同步算法实现[J]. 《电子测量技术》,2024,47(5):88-94.(第一作者)\n"
                   "[2] 软件著作权:多通道 ADC 采集与校准软件 V1.0,登记号 2024SR0000000。\n")
    assert [x.venue for x in p.publications] == ["电子测量技术"]


def test_a_note_with_metrics_over_numbered_references_with_metric_remarks() -> None:
    # the note's "2023 年 JCR" is no reference; "(IF 37.6, 中科院一区)" wraps over a line end; a
    # title's colon at a line end goes on in its subtitle
    lines = ["共发表 SCI 论文 32 篇,总被引 1800 余次。(# 共同第一作者,* 通讯",
             "作者;IF 为 2023 年 JCR 影响因子)",
             "[1] Quill Z, Roe A, Tsai E, et al. Invented liability to imaginary fibrillation and risk of dementia:",
             "a Mendelian randomisation study[J]. Invented Heart Journal, 2024, 45(12): 1021-1032.(IF 37.6,",
             "中科院一区)",
             "[2] Quill Z#, Berg M#, Roe A*. Sibling comparison of invented statins[J]. Imaginary Cardiology, 2023,",
             "8(5): 455-464.(IF 14.8,中科院一区)"]
    pubs = parse_publications([Line(t, k) for k, t in enumerate(lines)], "Zhi Quill", "代表性论文")
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("Invented liability to imaginary fibrillation and risk of dementia: a Mendelian randomisation study",
         "Invented Heart Journal", 2024),
        ("Sibling comparison of invented statins", "Imaginary Cardiology", 2023)]


def test_kind_tags_in_a_right_hand_column_are_no_part_of_the_reference() -> None:
    lines = ["[1] A. Mensah, C. Quill-Reid. Byzantine-Robust Aggregation without Trusted",
             "Servers. ICML 2023.\t[C]",
             "[2] C. Quill-Reid, L. Moretti, S. Banerjee, . . . , K. Ashworth. PipeFed: Pipelined",
             "Training of Invented Models across Edge Devices. MLSys 2024. Best Paper Award.",
             "[C]"]
    pubs = parse_publications([Line(t, k) for k, t in enumerate(lines)], "Clara Quill-Reid", None)
    assert [(x.title, x.venue) for x in pubs] == [
        ("Byzantine-Robust Aggregation without Trusted Servers", "ICML"),
        ("PipeFed: Pipelined Training of Invented Models across Edge Devices", "MLSys")]


def test_an_academic_homepages_research_list_title_authors_venue_links_description() -> None:
    p = parse_text("Ada Quill\naq@example.edu\nResearch\n"
                   "I'm interested in invented vision. Some papers are highlighted.\n"
                   "Invented Fields: Real-Time Imaginary Rendering on Phones\n"
                   "Ada Quill, Ben Roe, Cy Tsai, Dee Moss\nCVPR, 2025 (Highlight)\nproject page / arXiv / code\n"
                   "Baking an invented field into a small mesh that renders fast.\n"
                   "Relightable Avatars from One Invented Scan\n"
                   "Ben Roe, Ada Quill, Eve Wrona,\nFay Okonkwo\nSIGGRAPH Asia, 2024\nproject page / video\n"
                   "A flash sweep separates albedo from shading.\n"
                   "Depth Cues Are Enough for Imaginary Rooms\nAda Quill, Fay Okonkwo\n"
                   "CVPR Workshop on Invented Robotics, 2021\npaper\n")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Invented Fields: Real-Time Imaginary Rendering on Phones", "CVPR", 2025),
        ("Relightable Avatars from One Invented Scan", "SIGGRAPH Asia", 2024),
        ("Depth Cues Are Enough for Imaginary Rooms", "CVPR Workshop", 2021)]
    assert p.experience == []


def test_a_legend_set_as_a_list_item_over_a_numbered_list_with_venue_tags() -> None:
    pubs = parse_publications([Line(t, k) for k, t in enumerate([
        "- equal contribution · full list on Google Scholar",
        "1. [ICML 2024]\tSchedule-Free Warmup: Why Invented Warmup Works.",
        "<ins>Keisha Roe</ins>, Dan Quill. Oral. [[paper]](https://example.org/p1)",
        "2. [NeurIPS 2023]\tAdam Converges on Imaginary Transformers.",
        "Dan Quill, <ins>Keisha Roe</ins>. [[paper]](https://example.org/p2)"])], "Dan Quill", None)
    assert [(x.title, x.venue, x.year) for x in pubs] == [
        ("Schedule-Free Warmup: Why Invented Warmup Works", "ICML", 2024),
        ("Adam Converges on Imaginary Transformers", "NeurIPS", 2023)]
    # ...while numbered references that carry their metrics ("[JCR Q1, IF 8.3]") are references still
    pubs = parse_publications([Line(t, k) for k, t in enumerate([
        "[1] J. Quill, K. Roe*, Hydride ordering in an invented alloy, Acta Inventa 265 (2024) 119612. [JCR Q1, IF 8.3]",
        "[2] S. Moss#, J. Quill#, Helium bubbles in imaginary alloys, Journal of Invented Materials 590 (2023) 1045. [JCR Q1, IF 3.1]",
        "[3] J. Quill, Vacancy drift in invented steels, Acta Inventa 250 (2022) 118001. [JCR Q1, IF 8.3]"])], "Jia Quill", None)
    assert [x.year for x in pubs] == [2024, 2023, 2022]
