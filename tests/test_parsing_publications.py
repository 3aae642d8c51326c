"""Publications: item splitting, fields and the candidate's author position.

Every reference here is invented (people, titles), written in the forms real
CVs use: numbered either way, bulleted, wrapped, title-first, labelled,
APA, Markdown, Chinese.
"""
from __future__ import annotations

import pytest

from reviewer.parsing.lines import Line
from reviewer.parsing.publications import parse_publications


def lines(block: str) -> list[Line]:
    return [Line(text, n) for n, text in enumerate(block.strip("\n").split("\n"))]


def test_numbered_descending_wrapped_authors_first():
    pubs = parse_publications(lines("""
[3] Lena Hartmann, Tomas Oyelaran, and Priya Venkataraman. Gradient Lanterns: Illuminating
Optimisation Paths in Deep Networks. In Advances in Neural Information Processing Systems
(NeurIPS), 2023.
[2] Tomas Oyelaran, Lena Hartmann. Quiet Attention for Long Documents. In Proceedings of the
AAAI Conference on Artificial Intelligence, 2022.
[1] Marco Bellweather and Lena Hartmann. Counting Sheep with Transformers. arXiv preprint
arXiv:2105.01234, 2021.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == [
        "Gradient Lanterns: Illuminating Optimisation Paths in Deep Networks",
        "Quiet Attention for Long Documents",
        "Counting Sheep with Transformers",
    ]
    assert [p.venue for p in pubs] == ["NeurIPS", "AAAI", "arXiv"]
    assert [p.year for p in pubs] == [2023, 2022, 2021]
    assert [p.author_position for p in pubs] == ["first", "last", "last"]
    assert [p.first_author for p in pubs] == [True, False, False]
    assert pubs[0].authors == ["Lena Hartmann", "Tomas Oyelaran", "Priya Venkataraman"]
    assert pubs[2].kind == "preprint"


def test_title_first_with_equal_contribution_note():
    pubs = parse_publications(lines("""
(\\* denotes equal contribution)

1. **Folding Maps for Sparse Graphs**
Tomas Oyelaran\\*, **Lena Hartmann\\***, Priya Venkataraman
Forty-First International Conference on Machine Learning (ICML 2024)
2. **Slow Clocks and Fast Learners**
Priya Venkataraman, **Lena Hartmann**, Tomas Oyelaran
The Thirty-Seventh Annual Conference on Learning Theory (COLT 2024)
3. **Nine Lemmas on Drift**
**Lena Hartmann**, Tomas Oyelaran
The Thirty-eighth Annual Conference on Neural Information Processing Systems (Neurips 2024)
"""), "Lena Hartmann")
    assert len(pubs) == 3
    assert pubs[0].title == "Folding Maps for Sparse Graphs"
    assert [p.venue for p in pubs] == ["ICML", "COLT", "NeurIPS"]
    assert [p.author_position for p in pubs] == ["equal_first", "other", "first"]
    assert sum(p.first_author for p in pubs) == 2


def test_bulleted_with_category_subheadings_sets_kind():
    pubs = parse_publications(lines("""
Journal Papers
• L. Hartmann, T. Oyelaran. Elastic Priors for Tabular Data. Journal of Machine Learning Research, 24(3):1-30, 2023.
• T. Oyelaran, L. Hartmann. Rotating Frames. IEEE Transactions on Pattern Analysis and Machine Intelligence, 2021.
Conference Proceedings
• L. Hartmann, P. Venkataraman. Tiny Planners. In International Conference on Robotics and Automation (ICRA), 2020.
Workshop Papers
• L. Hartmann. Loud Silence in Audio Models. NeurIPS 2019 Workshop on Sound Learning, 2019.
Preprints
• L. Hartmann, M. Bellweather. Paper Boats. arXiv:2402.01234.
"""), "Lena Hartmann")
    assert [p.venue for p in pubs] == ["JMLR", "TPAMI", "ICRA", "NeurIPS Workshop", "arXiv"]
    assert [p.kind for p in pubs] == ["journal", "journal", "conference", "workshop", "preprint"]
    assert [p.year for p in pubs] == [2023, 2021, 2020, 2019, 2024]
    assert [p.author_position for p in pubs] == ["first", "last", "first", "first", "first"]


def test_topic_subheadings_are_not_items():
    pubs = parse_publications(lines("""
Efficient Models:

- **L. Hartmann**, T. Oyelaran. *Pruning by Moonlight*. ICLR 2023. [paper][code]
- T. Oyelaran, **L. Hartmann**. *Quantised Dreams*. EMNLP 2022 (**oral**). [paper]

Robotics:

- P. Venkataraman, **L. Hartmann**, and T. Oyelaran. *Walking on Sand*. CoRL 2021. [paper]
"""), None)
    assert [p.title for p in pubs] == ["Pruning by Moonlight", "Quantised Dreams", "Walking on Sand"]
    assert [p.venue for p in pubs] == ["ICLR", "EMNLP", "CoRL"]
    # No name given: the bold markup says who the candidate is.
    assert [p.author_position for p in pubs] == ["first", "last", "other"]


def test_unmarked_authors_first_wrapped_pdf_lines():
    pubs = parse_publications(lines("""
Lena Hartmann, Tomas Oyelaran & Priya Venkataraman. Lanterns in the Fog: Robust Estimation
with Heavy Tails. International Conference on Learning Representations
(ICLR), 2022. (Spotlight)
Tomas Oyelaran*, Lena Hartmann*, Marco Bellweather. Ledger Networks for Audit Trails. IEEE
Transactions on Knowledge and Data Engineering, 2021
Lena Hartmann & Marco Bellweather. Do Owls Dream of Gradients? ICML Workshop on Night
Learning, 2020.
"""), "Lena Hartmann")
    assert len(pubs) == 3
    assert pubs[0].title == "Lanterns in the Fog: Robust Estimation with Heavy Tails"
    assert [p.venue for p in pubs] == ["ICLR", "TKDE", "ICML Workshop"]
    assert [p.year for p in pubs] == [2022, 2021, 2020]
    assert [p.author_position for p in pubs] == ["first", "equal_first", "first"]
    assert pubs[2].title == "Do Owls Dream of Gradients?"


def test_unmarked_title_first_with_venue_on_title_line():
    pubs = parse_publications(lines("""
Harbor: A Family of Tide Forecasters ICML 2025
Lena Hartmann*, Tomas Oyelaran*, Priya Venkataraman,
Marco Bellweather# Oral Paper
Kestrel: Long-Context Birdsong Models ICLR 2024
Tomas Oyelaran*, Lena Hartmann*, Marco Bellweather#
– Most Influential Paper Award
Otter: A Technical Note on Streams Arxiv Preprint
Priya Venkataraman, Lena Hartmann
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == [
        "Harbor: A Family of Tide Forecasters",
        "Kestrel: Long-Context Birdsong Models",
        "Otter: A Technical Note on Streams",
    ]
    assert [p.venue for p in pubs] == ["ICML", "ICLR", "arXiv"]
    assert [p.author_position for p in pubs] == ["first", "equal_first", "last"]


def test_bracket_venue_labels_and_intro_paragraph():
    pubs = parse_publications(lines("""
Lena Hartmann has co-authored over 20 papers in venues such as NeurIPS, ICML and CVPR.
* indicates equal contribution.
[CVPR 2024] Mirrors All the Way Down: Recursive Scene Graphs. Lena Hartmann, Tomas
Oyelaran, Priya Venkataraman.
[ECCV 2022] Is Depth Enough? A Study of Monocular Cues. Tomas Oyelaran*, Lena Hartmann*,
Priya Venkataraman.
"""), "Lena Hartmann")
    assert len(pubs) == 2
    assert pubs[1].title == "Is Depth Enough? A Study of Monocular Cues"
    assert [p.venue for p in pubs] == ["CVPR", "ECCV"]
    assert [p.year for p in pubs] == [2024, 2022]
    assert [p.first_author for p in pubs] == [True, True]


def test_apa_family_name_first_and_duplicates():
    block = """
Oyelaran, T., Hartmann, L., & Venkataraman, P. (2024). Sand tables for climate models. Environmental Modelling Letters, 12(4), 221-230. https://doi.org/10.1234/eml.2024.5
Hartmann, L., & Oyelaran, T. (in press). Counting rivers. In Proceedings of the 3rd International Conference on Water Systems: WATSYS 2025. Springer.
"""
    doubled = "\n".join(line for line in block.strip().split("\n") for _ in range(2))
    pubs = parse_publications(lines(doubled), "Lena Hartmann")
    assert len(pubs) == 2  # a reference printed twice counts once
    assert pubs[0].title == "Sand tables for climate models"
    assert pubs[0].venue == "Environmental Modelling Letters"
    assert pubs[0].year == 2024
    assert pubs[0].author_position == "other"
    assert pubs[1].venue == "WATSYS"
    assert pubs[1].year == 2025
    assert pubs[1].author_position == "first"


def test_quoted_titles_markdown_bullets_and_arxiv_year():
    pubs = parse_publications(lines("""
* Tomas Oyelaran, Lena Hartmann. "A lattice model of reading habits." Journal of Imaginary Studies 58.2: 102455.
* Lena Hartmann, Marco Bellweather. "Weaving: Threads of Attention." arXiv preprint arXiv:2203.04567.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["A lattice model of reading habits", "Weaving: Threads of Attention"]
    assert pubs[0].venue == "Journal of Imaginary Studies"
    assert pubs[0].year is None
    assert pubs[1].venue == "arXiv"
    assert pubs[1].year == 2022  # from the arXiv identifier when nothing else is printed


def test_acronym_in_parentheses_and_status():
    pubs = parse_publications(lines("""
[1] Lena Hartmann and Tomas J. Oyelaran. Pebble: Modern Benchmarks for Tiny Devices. In Proceedings of the 2021
IEEE International Symposium on Imaginary Hardware (ISIH), August 2021.
[2] Tomas Oyelaran, Lena Hartmann. Brook: Streams for Kernels. Currently under submission to EuroSys 2023.
[3] Lena Hartmann. Quiet Models. (In preparation)
"""), "Lena Hartmann")
    assert [p.venue for p in pubs] == ["ISIH", "EuroSys", None]
    assert [p.year for p in pubs] == [2021, 2023, None]
    assert [p.kind for p in pubs][1:] == ["in_preparation", "in_preparation"]


def test_space_separated_family_initial_authors_and_dagger_note():
    pubs = parse_publications(lines("""
[1] Hartmann L.† Oyelaran T.† Venkataraman P. (citations: 12) 2022
Tide Tables: Forecasting with Lunar Priors
Imaginary Trans. Tidal Syst., 3(2): 10.1234/itts.2022
[2] Oyelaran T. Hartmann L. 2020
Small Boats
ICRA: 10.1109/ICRA.2020.1
† Authors contributed equally
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["Tide Tables: Forecasting with Lunar Priors", "Small Boats"]
    assert pubs[0].venue.rstrip(".") == "Imaginary Trans. Tidal Syst"
    assert [p.year for p in pubs] == [2022, 2020]
    assert [p.author_position for p in pubs] == ["first", "last"]


def test_numbers_in_bullets_with_nested_venue_lines_and_et_al():
    pubs = parse_publications(lines("""
- \\* indicates equal contribution; † means project lead.
- 3. Lena Hartmann<sup>†</sup> et al., Sunbeam: A Framework for Warm Starts. (In preparation)
- 2. Priya Venkataraman\\*, Lena Hartmann\\*, Tomas Oyelaran. Drift and Anchor in Deep Nets.
  - Conference on Neural Information Processing Systems (NeurIPS 2023), 1-40. 2023.
- 1. Tomas Oyelaran, Lena Hartmann<sup>†</sup>. Echoes of Noise. arXiv preprint: 2206.01234, 1-30. 2022.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == [
        "Sunbeam: A Framework for Warm Starts",
        "Drift and Anchor in Deep Nets",
        "Echoes of Noise",
    ]
    assert [p.venue for p in pubs] == [None, "NeurIPS", "arXiv"]
    assert [p.year for p in pubs] == [None, 2023, 2022]
    # The dagger means project lead here, not equal contribution.
    assert [p.author_position for p in pubs] == ["first", "equal_first", "last"]


@pytest.mark.parametrize(
    "printed",
    ["L. Hartmann", "Hartmann, L.", "Hartmann L.", "HARTMANN Lena", "Hartmann Lena", "Lena M. Hartmann", "L.M. Hartmann"],
)
def test_name_variants_match_the_candidate(printed):
    pubs = parse_publications(lines(f"""
1. Tomas Oyelaran, {printed}, Priya Venkataraman. A Study of Names. ICML 2021.
"""), "Lena Hartmann")
    assert pubs[0].author_position == "other"


def test_a_different_person_with_the_same_family_name_is_not_the_candidate():
    pubs = parse_publications(lines("""
1. Karl Hartmann, Tomas Oyelaran. Namesakes Considered Harmful. ICML 2021.
2. K. Hartmann, Lena Hartmann. Family Trees. ICML 2020.
"""), "Lena Hartmann")
    assert [p.author_position for p in pubs] == ["unknown", "last"]


def test_without_a_name_the_most_frequent_author_is_the_candidate():
    pubs = parse_publications(lines("""
1. Wei-Lin Sato, Tomas Oyelaran. Paper One About Rivers. ICML 2021.
2. Tomas Oyelaran, W.-L. Sato. Paper Two About Lakes. ICLR 2022.
3. Wei-Lin Sato. Paper Three About Seas. CVPR 2023.
"""), None)
    assert [p.author_position for p in pubs] == ["first", "last", "first"]


def test_chinese_reference_list():
    pubs = parse_publications(lines("""
期刊论文
1. 林晓雨, 王大明, 陈思远. 基于图神经网络的河流预测方法[J]. 计算机学报, 2022, 45(3): 1-12.
2. 王大明, 林晓雨. 面向长文本的注意力机制研究[C]. 中国计算语言学大会, 2021.
"""), "林晓雨 (Xiaoyu Lin)")
    assert len(pubs) == 2
    assert pubs[0].title == "基于图神经网络的河流预测方法"
    assert pubs[0].kind == "journal"
    assert [p.year for p in pubs] == [2022, 2021]
    assert [p.author_position for p in pubs] == ["first", "last"]


def test_blank_line_separated_paragraph_items():
    pubs = parse_publications(lines("""
Lena Hartmann, Tomas Oyelaran. Paper Lanterns. In International Conference on Machine
Learning, 2020.

Tomas Oyelaran, Lena Hartmann. Glass Rivers. In Conference on Computer Vision and Pattern
Recognition, 2019.

"""), "Lena Hartmann")
    assert [p.venue for p in pubs] == ["ICML", "CVPR"]
    assert [p.year for p in pubs] == [2020, 2019]


def test_venue_synonyms():
    from reviewer.parsing.venues import short_venue

    cases = {
        "Advances in Neural Information Processing Systems 35": "NeurIPS",
        "NIPS 2017": "NeurIPS",
        "Proceedings of the 40th International Conference on Machine Learning": "ICML",
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition": "CVPR",
        "Annual Meeting of the Association for Computational Linguistics": "ACL",
        "Transactions of the Association for Computational Linguistics": "TACL",
        "Findings of EMNLP": "EMNLP Findings",  # a track of its own, named like a workshop
        "Proceedings of the 28th ACM SIGKDD Conference on Knowledge Discovery and Data Mining": "KDD",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence": "TPAMI",
        "Transactions on Machine Learning Research": "TMLR",
        "Proceedings of the National Academy of Sciences": "PNAS",
        "ICLR 2023 Workshop on Imaginary Things": "ICLR Workshop",
        "The Web Conference 2023": "WWW",
        "2021 IEEE/RSJ International Conference on Intelligent Robots and Systems": "IROS",
    }
    for printed, short in cases.items():
        assert short_venue(printed)[0] == short, printed


def test_empty_and_noise_sections():
    assert parse_publications([], "Lena Hartmann") == []
    assert parse_publications(lines("\n\n1\n"), None) == []


# Citation styles as CVs print them (all invented): (title, venue, year, position) per reference.
STYLES = {
'acm': ("""
Lena Hartmann, Tomas Oyelaran, and Priya Venkataraman. 2023. Rivers of Sand: Scalable Flow Models. In Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining (KDD '23). 1234–1245.
Tomas Oyelaran and Lena Hartmann. 2021. Glass Houses. In Proceedings of the Web Conference 2021 (WWW '21). ACM, 10–20.
""", [("Rivers of Sand: Scalable Flow Models","KDD",2023,"first"),("Glass Houses","WWW",2021,"last")]),
'ieee': ("""
[1] L. Hartmann, T. Oyelaran, and P. Venkataraman, "Paper lanterns for dense prediction," in Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. (CVPR), 2022, pp. 1–10.
[2] T. Oyelaran and L. Hartmann, "Sparse ropes," IEEE Trans. Image Process., vol. 30, pp. 100–110, 2021.
""", [("Paper lanterns for dense prediction","CVPR",2022,"first"),("Sparse ropes","TIP",2021,"last")]),
'lncs': ("""
1. Hartmann, L., Oyelaran, T.: Counting with mirrors. In: Medical Image Computing and Computer Assisted Intervention – MICCAI 2020. pp. 1–10. Springer (2020)
2. Oyelaran, T., Venkataraman, P., Hartmann, L.: Heavy tails. In: European Conference on Computer Vision. pp. 5–9 (2018)
""", [("Counting with mirrors","MICCAI",2020,"first"),("Heavy tails","ECCV",2018,"last")]),
'nature': ("""
• Hartmann, L., Oyelaran, T. & Venkataraman, P. Quiet genomes speak loudly. Nature 600, 123–128 (2021).
• Oyelaran, T. & Hartmann, L. A map of small things. Proc. Natl Acad. Sci. USA 118, e2000 (2019).
""", [("Quiet genomes speak loudly","Nature",2021,"first"),("A map of small things",None,2019,"last")]),
'mla': ("""
Hartmann, Lena, and Tomas Oyelaran. "Owls at Noon." Journal of Imaginary Ornithology, vol. 12, no. 3, 2020, pp. 45-67.
Oyelaran, Tomas, Lena Hartmann, and Priya Venkataraman. "Lanterns." Transactions on Machine Learning Research, 2023.
""", [("Owls at Noon","Journal of Imaginary Ornithology",2020,"first"),("Lanterns","TMLR",2023,"other")]),
'moderncv_year': ("""
2023 Lena Hartmann and Tomas Oyelaran. Harbor Lights: Coastal Forecasting. In International Conference on Learning Representations (ICLR).
2021 Tomas Oyelaran, Lena Hartmann. Tidal Memory. Journal of Machine Learning Research.
""", [("Harbor Lights: Coastal Forecasting","ICLR",2023,"first"),("Tidal Memory","JMLR",2021,"last")]),
'docx_title_first_paras': ("""
Deep Lanterns for Sparse Rivers. Lena Hartmann, Tomas Oyelaran. NeurIPS 2022.
Counting Owls at Dawn. Tomas Oyelaran, Lena Hartmann, Priya Venkataraman. ICML 2021.
Glass Rivers Revisited. Lena Hartmann. AAAI 2020.
""", [("Deep Lanterns for Sparse Rivers","NeurIPS",2022,"first"),("Counting Owls at Dawn","ICML",2021,"other"),("Glass Rivers Revisited","AAAI",2020,"first")]),
'harvard': ("""
Hartmann, L. and Oyelaran, T. (2022) 'Stone soup for transformers', Journal of Imaginary Computing, 4(2), pp. 1-9.
Oyelaran, T., Hartmann, L. and Venkataraman, P. (2020) 'Ropes and pulleys', in Proceedings of EMNLP 2020. Online, pp. 5-9.
""", [("Stone soup for transformers","Journal of Imaginary Computing",2022,"first"),("Ropes and pulleys","EMNLP",2020,"other")]),
'c_label': ("""
[C3] L. Hartmann, T. Oyelaran. Folding Chairs. ICML 2024.
[C2] T. Oyelaran, L. Hartmann. Folding Tables. NeurIPS 2023.
[J1] L. Hartmann. Folding Maps. TPAMI, 2022.
""", [("Folding Chairs","ICML",2024,"first"),("Folding Tables","NeurIPS",2023,"last"),("Folding Maps","TPAMI",2022,"first")]),
'md_links': ("""
- [Paper Boats on Graphs](https://example.org/p1). **Lena Hartmann**, Tomas Oyelaran. *ICLR 2023*.
- [Wind Tunnels](https://example.org/p2). Tomas Oyelaran, **Lena Hartmann**. *NeurIPS 2022 (Spotlight)*.
""", [("Paper Boats on Graphs","ICLR",2023,"first"),("Wind Tunnels","NeurIPS",2022,"last")]),
'numbered_paren': ("""
(1) Lena Hartmann, Tomas Oyelaran: Paper Planes. In: KDD 2019.
(2) Tomas Oyelaran, Lena Hartmann: Paper Cranes. In: SIGIR 2018.
""", [("Paper Planes","KDD",2019,"first"),("Paper Cranes","SIGIR",2018,"last")]),
'wrapped_no_markers_title_first_three_lines': ("""
Lanterns in the Fog
Lena Hartmann, Tomas Oyelaran
International Conference on Machine Learning (ICML), 2023
Owls and Mice
Tomas Oyelaran, Priya Venkataraman, Lena Hartmann
Conference on Neural Information Processing Systems (NeurIPS), 2021
""", [("Lanterns in the Fog","ICML",2023,"first"),("Owls and Mice","NeurIPS",2021,"last")]),
'chinese_mixed': ("""
[1] 林晓雨，王大明，陈思远. 基于深度学习的河流预测[J]. 软件学报, 2021, 32(5): 1-15.
[2] Xiaoyu Lin, Daming Wang. Rivers of Graphs. ACL 2022.
""", [("基于深度学习的河流预测","软件学报",2021,"first"),("Rivers of Graphs","ACL",2022,"first")]),
'under_review': ("""
• L. Hartmann, T. Oyelaran. Hidden Ropes. Under review at ICML 2025.
• L. Hartmann, T. Oyelaran. Hidden Knots. Submitted, 2025.
""", [("Hidden Ropes","ICML",2025,"first"),("Hidden Knots",None,2025,"first")]),
'et_al_numbered': ("""
1. Hartmann L, Oyelaran T, Venkataraman P, et al. Sleep and memory in mice. Nat Neurosci. 2020;23(4):1-9.
2. Oyelaran T, Hartmann L. Dreams of rodents. Neuron. 2019;101:1-10.
""", [("Sleep and memory in mice","Nat Neurosci",2020,"first"),("Dreams of rodents","Neuron",2019,"last")]),
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_citation_styles(style):
    block, expected = STYLES[style]
    name = "林晓雨 (Xiaoyu Lin)" if style == "chinese_mixed" else "Lena Hartmann"
    pubs = parse_publications(lines(block), name)
    got = [(p.title, p.venue, p.year, p.author_position) for p in pubs]
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0] and g[2] == e[2] and g[3] == e[3]
        if e[1] is not None:
            assert g[1] == e[1]


def test_equal_mark_declared_in_a_subheading():
    pubs = parse_publications(lines("""
Conference Papers († equal contribution)
1. Tomas Oyelaran†, Lena Hartmann†. Twin Peaks of Loss Landscapes. ICML 2022.
2. Tomas Oyelaran, Lena Hartmann. Single Peaks. ICML 2021.
"""), "Lena Hartmann")
    assert [p.author_position for p in pubs] == ["equal_first", "last"]
    assert [p.kind for p in pubs] == ["conference", "conference"]


def test_web_made_cv_with_link_rows_and_venue_badges():
    pubs = parse_publications(lines("""
CVPR 2016
**Deep Puddles: Residual Splashes for Rain Recognition**
**Lena Hartmann**, Tomas Oyelaran, Priya Venkataraman
[Paper](https://example.org/a) / [Code](https://example.org/b) / [Project page](https://example.org/c)

ICLR 2017
**Quiet Layers Speak Softly**
Tomas Oyelaran, **Lena Hartmann**
[PDF](https://example.org/d) | [Slides](https://example.org/e)
"""), None)
    assert [p.title for p in pubs] == ["Deep Puddles: Residual Splashes for Rain Recognition", "Quiet Layers Speak Softly"]
    assert [p.venue for p in pubs] == ["CVPR", "ICLR"]
    assert [p.year for p in pubs] == [2016, 2017]
    assert [p.author_position for p in pubs] == ["first", "last"]


def test_titles_printed_as_headings_with_unknown_venues():
    def head(text: str, n: int) -> Line:
        return Line(text, n, bold=True, heading=True)

    body = [
        head("Rain Gauges as Graphs: Forecasting Floods", 1),
        Line("Tomas Oyelaran*, Priya Venkataraman*, Lena Hartmann, Marco Bellweather", 2),
        Line("_Journal of Imaginary Hydrology_ Volume 12 [[paper](https://example.org/p1)]", 3),
        head("Twin Lanterns", 4),
        Line("Priya Venkataraman*, Lena Hartmann*, Tomas Oyelaran", 5),
        Line("*Imaginary Reports* 13 (1), 9847 [paper]", 6),
        head("Fuzzing Teacups", 7),
        Line("Lena Hartmann*, Tomas Oyelaran*, Marco Bellweather", 8),
        Line("Imaginary Computer Congress (ICC), 2022 [paper]", 9),
    ]
    pubs = parse_publications(body, "Lena Hartmann")
    assert [p.title for p in pubs] == ["Rain Gauges as Graphs: Forecasting Floods", "Twin Lanterns", "Fuzzing Teacups"]
    assert [p.venue for p in pubs] == ["Journal of Imaginary Hydrology", "Imaginary Reports", "ICC"]
    assert [p.author_position for p in pubs] == ["other", "equal_first", "first"]


def test_cjk_name_and_english_papers():
    pubs = parse_publications(lines("""
1. 林晓雨, 王大明. 基于图神经网络的河流流量预测方法[J]. 计算机学报, 2023, 46(5): 1001-1015.
2. 王大明, 林晓雨. 面向长文本的分层注意力机制[C]//中国计算语言学大会. 2022: 12-20.
3. Xiaoyu Lin, Daming Wang, Siyuan Chen. Sparse Rivers. In AAAI, 2021.
4. Daming Wang*, Xiaoyu Lin*. Lantern Networks. arXiv preprint arXiv:2203.01234, 2022.
5. Xiaoyu Lin, Siyuan Chen. River Deltas. ICML 2020.
"""), "林晓雨")
    assert pubs[1].venue == "中国计算语言学大会"
    assert pubs[1].title == "面向长文本的分层注意力机制"
    # The English papers print the name in pinyin; the most frequent author there is the candidate.
    assert [p.author_position for p in pubs] == ["first", "last", "first", "equal_first", "first"]


def test_a_given_name_that_matches_no_reference_falls_back_to_the_most_frequent_author():
    pubs = parse_publications(lines("""
1. Wei-Lin Sato, Tomas Oyelaran. Paper One About Rivers. ICML 2021.
2. Priya Venkataraman, W.-L. Sato. Paper Two About Lakes. ICLR 2022.
3. Wei-Lin Sato, Marco Bellweather. Paper Three About Seas. CVPR 2023.
"""), "Bill Sato-Nickname")
    assert [p.author_position for p in pubs] == ["first", "last", "first"]


def test_year_groups_and_bullets_on_their_own_lines():
    pubs = parse_publications(lines("""
2023
•
Lena Hartmann, Tomas Oyelaran. Paper Kites. Journal of Imaginary Winds.
•
Tomas Oyelaran, Lena Hartmann. Paper Boats. ICML 2023.
2021
•
Lena Hartmann. Paper Planes. Imaginary Letters.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["Paper Kites", "Paper Boats", "Paper Planes"]
    assert [p.year for p in pubs] == [2023, 2023, 2021]


def test_equal_contribution_in_words():
    pubs = parse_publications(lines("""
1. Tomas Oyelaran (co-first), Lena Hartmann (co-first), Marco Bellweather. Shared Lanterns. ICML 2022.
"""), "Lena Hartmann")
    assert pubs[0].author_position == "equal_first"
    assert pubs[0].authors == ["Tomas Oyelaran", "Lena Hartmann", "Marco Bellweather"]


def test_private_use_icon_bullets_and_chinese_enumeration_comma():
    pubs = parse_publications(lines("""
\uf0b7 Lena Hartmann, Tomas Oyelaran. Icons as Bullets. ICML 2022.
\uf0b7 Tomas Oyelaran, Lena Hartmann. Bullets as Icons. ICLR 2021.
\uf0b7 林晓雨、王大明、陈思远. 河流预测方法研究[J]. 软件学报, 2020.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["Icons as Bullets", "Bullets as Icons", "河流预测方法研究"]
    assert pubs[2].authors == ["林晓雨", "王大明", "陈思远"]
    assert [p.year for p in pubs] == [2022, 2021, 2020]


def test_joint_lead_note_declares_the_mark():
    pubs = parse_publications(lines("""
(‡ denotes joint lead authorship, # denotes joint corresponding authorship)
1. Tomas Oyelaran‡, Lena Hartmann‡, Marco Bellweather#. Joint Lanterns. ICML 2022.
2. Tomas Oyelaran, Lena Hartmann#. Corresponding Lanterns. ICML 2021.
"""), "Lena Hartmann")
    assert [p.author_position for p in pubs] == ["equal_first", "last"]


def test_each_group_may_use_its_own_bullets():
    pubs = parse_publications(lines("""
Journal Articles
• Lena Hartmann, Tomas Oyelaran. Paper Kites. Journal of Imaginary Winds, 2023.
• Tomas Oyelaran, Lena Hartmann. Paper Boats. Journal of Imaginary Seas, 2022.
Conference Papers
– Lena Hartmann. Paper Planes. ICML 2021.
– Priya Venkataraman, Lena Hartmann. Paper Cranes. ICLR 2020.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["Paper Kites", "Paper Boats", "Paper Planes", "Paper Cranes"]
    assert [p.kind for p in pubs] == ["journal", "journal", "conference", "conference"]


def test_bold_pdf_title_lines_open_references():
    body = [
        Line("Rain Gauges as Graphs", 1, bold=True),
        Line("Tomas Oyelaran, Lena Hartmann, Marco Bellweather", 2),
        Line("Imaginary Hydrology Letters, 2021", 3),
        Line("Twin Lanterns for Light Fields", 4, bold=True),
        Line("Lena Hartmann, Tomas Oyelaran", 5),
        Line("Imaginary Reports 13 (1), 9847", 6),
        Line("Fuzzing Teacups", 7, bold=True),
        Line("Lena Hartmann", 8),
        Line("Imaginary Computer Congress, 2019", 9),
    ]
    pubs = parse_publications(body, "Lena Hartmann")
    assert [p.title for p in pubs] == ["Rain Gauges as Graphs", "Twin Lanterns for Light Fields", "Fuzzing Teacups"]
    assert [p.venue for p in pubs] == ["Imaginary Hydrology Letters", "Imaginary Reports", "Imaginary Computer Congress"]
    assert [p.author_position for p in pubs] == ["other", "first", "first"]


def test_emphasised_titles_before_authors_and_wrapped_italics():
    pubs = parse_publications(lines("""
[1] _Taking the Wheel of Imaginary Clouds_, Lena Hartmann, Tomas Oyelaran and Priya Venkataraman. In proc. ACM Symposium on Imaginary Research, Springfield, Examplestan, March, 2018.
[2] _Are We There Yet?_, Tomas Oyelaran and Lena Hartmann. To appear in the. ACM SIGCOMM 2018 Workshop on Imaginary Networks (INET 2018), Springfield, Aug, 2018.
[3] L. Hartmann, T. Oyelaran, and P. Venkataraman, [*Distributed coverage of imaginary fields*](https://example.org/x), In Proceedings of the 24th Imaginary Conference on Control (IMCC), pp. 214-219, June 21-24, 2016, Springfield
[4] T. Oyelaran, L. Hartmann et al., *Reservoirs of memory for the forecasting of
imaginary dynamics.* Neural Networks (2020), doi: https://doi.org/10.1234/nn.2020.1.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == [
        "Taking the Wheel of Imaginary Clouds",
        "Are We There Yet?",
        "Distributed coverage of imaginary fields",
        "Reservoirs of memory for the forecasting of imaginary dynamics",
    ]
    assert [p.venue for p in pubs] == ["ACM Symposium on Imaginary Research", "SIGCOMM Workshop", "IMCC", "Neural Networks"]
    assert [p.year for p in pubs] == [2018, 2018, 2016, 2020]
    assert [p.author_position for p in pubs] == ["first", "last", "first", "other"]


def test_position_stated_in_words_on_the_reference():
    pubs = parse_publications(lines("""
1. Tomas Oyelaran, Xiaoyu Lin. Rivers of Graphs. AAAI 2023. (CCF-A, 第一作者)
2. Tomas Oyelaran, Xiaoyu Lin. Lakes of Graphs. ICML 2022 (co-first author)
3. Tomas Oyelaran, Xiaoyu Lin. Seas of Graphs. ICLR 2021.
"""), "Xiaoyu Lin")
    assert [p.author_position for p in pubs] == ["first", "equal_first", "last"]
    assert [p.venue for p in pubs] == ["AAAI", "ICML", "ICLR"]


def test_introduction_line_and_sole_author_references():
    pubs = parse_publications(lines("""
Full list at Google Scholar (citations: 1200).
Lena Hartmann, Tomas Oyelaran. Paper Kites for Wind Estimation. In ICML, 2023.
Tomas Oyelaran, Lena Hartmann. Paper Boats for Wave Estimation. In NeurIPS, 2022.
Lena Hartmann. Paper Planes. In ICLR, 2021.
"""), "Lena Hartmann")
    assert [p.title for p in pubs] == ["Paper Kites for Wind Estimation", "Paper Boats for Wave Estimation", "Paper Planes"]
    assert [p.author_position for p in pubs] == ["first", "last", "first"]


def test_the_owner_guessed_from_tied_author_counts_is_the_same_in_every_run() -> None:
    # No name on the CV, two co-authors printed equally often: the guess must not follow the
    # process's string hashing (it did: the papers' positions swapped from run to run)
    import os
    import subprocess
    import sys

    code = ("from tests.parsing_support import parse_text\n"
            "p = parse_text('PUBLICATIONS\\nT. Okonjo, R. Halvor and M. Iqbal. Sparse retrieval for logs. "
            "In Proc. of SIGMOD, 2023.\\nM. Iqbal and T. Okonjo. Vector joins at scale. In Proc. of VLDB, 2022.\\n')\n"
            "print([x.author_position for x in p.publications])\n")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    runs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": root}).stdout
            for seed in range(1, 7)}
    assert runs == {"['first', 'last']\n"}
