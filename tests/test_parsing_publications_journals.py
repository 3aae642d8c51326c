"""Publications in the sciences' style: ISO 4 abbreviated journal names with volumes.

"J. Chem. Phys. 156, 214105 (2022)": the periods inside an abbreviated journal
name do not end a sentence, the volume and article number are not part of the
venue, and a title may open with a Greek or accented capital. Every reference
here is invented.
"""
from __future__ import annotations

from reviewer.parsing.lines import Line
from reviewer.parsing.publications import parse_publications
from reviewer.parsing.venues import abbreviated_venue_start, short_venue


def lines(block: str) -> list[Line]:
    return [Line(text, n) for n, text in enumerate(block.strip("\n").split("\n"))]


def test_abbreviated_journals_keep_their_whole_name():
    pubs = parse_publications(lines("""
2024\tM. Okonkwo, T. Lindqvist, R. Haddad. Sparse kernels for reactive flow surrogates. J. Fluid Mech. Theor. Comput. 31, 1207 (2024).
2023\tT. Lindqvist, M. Okonkwo. Coupled-cluster corrections from graph features. J. Chem. Phys. 158, 044102 (2023).
2022\tM. Okonkwo, R. Haddad. Ω-shaped defects in layered perovskites. Phys. Rev. Lett. 128, 076401 (2022).
2021\tR. Haddad, M. Okonkwo*, T. Lindqvist. Élan vital of molecular crystals. Phys. Chem. Chem. Phys. 23, 9981 (2021).
"""), "Mirembe Okonkwo")
    assert [p.title for p in pubs] == [
        "Sparse kernels for reactive flow surrogates",
        "Coupled-cluster corrections from graph features",
        "Ω-shaped defects in layered perovskites",
        "Élan vital of molecular crystals",
    ]
    assert [p.venue for p in pubs] == [
        "J. Fluid Mech. Theor. Comput.", "J. Chem. Phys.", "Phys. Rev. Lett.", "Phys. Chem. Chem. Phys.",
    ]
    assert [p.year for p in pubs] == [2024, 2023, 2022, 2021]
    assert pubs[2].authors == ["M. Okonkwo", "R. Haddad"]
    assert [p.author_position for p in pubs] == ["first", "last", "first", "other"]
    assert all(p.kind == "journal" for p in pubs)


def test_well_known_journals_in_iso4_form_get_their_short_names():
    pubs = parse_publications(lines("""
- A. Castellanos, B. Nwosu. Curvature priors for shape retrieval. IEEE Trans. Pattern Anal. Mach. Intell. 45, 3312 (2023).
- B. Nwosu, A. Castellanos. Rivers of pollen: seasonal allergy maps. Proc. Natl. Acad. Sci. USA 119, e2201 (2022).
"""), "Ana Castellanos")
    assert [p.venue for p in pubs] == ["TPAMI", "PNAS"]
    assert [p.title for p in pubs] == [
        "Curvature priors for shape retrieval", "Rivers of pollen: seasonal allergy maps",
    ]


def test_an_abbreviation_the_table_lacks_is_held_by_its_neighbours():
    pubs = parse_publications(lines("""
K. Osei, L. Brandt. Drift-aware calibration of spectrometers. Anal. Chemom. Lett. 12, 88 (2020).
"""), "Kwame Osei")
    assert pubs[0].title == "Drift-aware calibration of spectrometers"
    assert pubs[0].venue == "Anal. Chemom. Lett."


def test_iso4_start_is_not_an_author_list():
    assert abbreviated_venue_start("J. Chem. Phys. 156")
    assert abbreviated_venue_start("Phys. Rev. B 102")
    assert not abbreviated_venue_start("J. Smith, K. Jones")
    assert not abbreviated_venue_start("A. B. Carter")
    assert short_venue("Nat. Commun. 14, 5521 (2023)")[0] == "Nat. Commun."


CJK_AND_LATIN = """
[1] 邱嘉禾*, 韩明*, 袁可心. 基于层次记忆的对话生成方法. 中文信息学报, 2024.
[2] Jiahe Qiu, Ming Han, Kexin Yuan. Layered Memories for Open-Domain Dialogue. In Proceedings of ACL 2023.
[3] Ming Han, Jiahe Qiu, Kexin Yuan. Calibrated Retrieval for Long Conversations. EMNLP 2023.
[4] 邱嘉禾, 袁可心. 低资源方言语音识别研究. 软件学报, 2022.
(*为共同第一作者)
"""


def test_a_chinese_name_finds_its_pinyin_form_by_the_family_name():
    # Every co-author is printed as often as the owner: only the family name tells them apart.
    pubs = parse_publications(lines(CJK_AND_LATIN), "邱嘉禾")
    assert [p.author_position for p in pubs] == ["first", "first", "other", "first"]
    assert sum(p.first_author for p in pubs) == 3
    pubs = parse_publications(lines(CJK_AND_LATIN), "韩明")
    assert [p.author_position for p in pubs] == ["equal_first", "other", "first", "unknown"]


def test_a_chinese_legend_under_the_list_is_a_note_not_part_of_the_last_reference():
    pubs = parse_publications(lines(CJK_AND_LATIN), "邱嘉禾")
    assert len(pubs) == 4
    assert pubs[3].title == "低资源方言语音识别研究"
    assert pubs[3].author_position == "first"  # not "equal_first" read from the legend


def test_chemistry_and_physics_citation_styles():
    # APS/ACS/Nature-style references: volume, article numbers ("e2022..."), ACS year-before-volume.
    pubs = parse_publications(lines("""
1. M. Okonkwo, T. Lindqvist. Spin textures in twisted bilayers. Phys. Rev. B 102, 045301 (2020).
2. T. Lindqvist, M. Okonkwo. Fast ligand screening with diffusion models. J. Am. Chem. Soc. 145, 1234–1240 (2023).
3. Okonkwo, M.; Lindqvist, T.; Haddad, R. Porous frameworks for carbon capture. J. Am. Chem. Soc. 2023, 145, 1234–1240.
4. Okonkwo, M. & Haddad, R. Tiny catalysts at scale. Nature 586, 101–105 (2020).
5. M. Okonkwo et al. Photoswitches in the cold. Angew. Chem. Int. Ed. 61, e202201234 (2022).
6. M. Okonkwo. Deep nets for spectra. Anal. Chem. 2021, 93, 112–118.
"""), "Mirembe Okonkwo")
    assert [p.venue for p in pubs] == [
        "Phys. Rev. B", "J. Am. Chem. Soc.", "J. Am. Chem. Soc.", "Nature", "Angew. Chem. Int. Ed.", "Anal. Chem.",
    ]
    assert [p.year for p in pubs] == [2020, 2023, 2023, 2020, 2022, 2021]
    assert [p.author_position for p in pubs] == ["first", "last", "first", "first", "first", "first"]
    assert all(p.kind == "journal" for p in pubs)


def test_abbreviated_journals_in_ieee_apa_chicago_and_harvard_styles():
    pubs = parse_publications(lines("""
[1] M. Okonkwo, "Tactile maps for shelves," IEEE Robot. Autom. Lett., vol. 6, no. 2, pp. 1001–1008, 2021.
[2] Okonkwo, M. B., & Haddad, R. (2020). Pricing under drift. J. Econ. Theory, 12(3), 45–67.
[3] Haddad, Rana, and Mirembe Okonkwo. 2019. "Shadow markets." Am. Econ. Rev. 109 (3): 45–67.
[4] Okonkwo, M. and Haddad, R. (2018) 'Learning to bid', Rev. Econ. Stud., 85, pp. 1-20.
[5] T. Lindqvist, M. Okonkwo. Graph priors in genomics. Bioinformatics 39, btad001 (2023).
"""), "Mirembe Okonkwo")
    assert [p.title for p in pubs] == [
        "Tactile maps for shelves", "Pricing under drift", "Shadow markets", "Learning to bid",
        "Graph priors in genomics",
    ]
    assert [p.venue for p in pubs] == [
        "IEEE Robot. Autom. Lett.", "J. Econ. Theory", "Am. Econ. Rev.", "Rev. Econ. Stud.", "Bioinformatics",
    ]
    assert [p.year for p in pubs] == [2021, 2020, 2019, 2018, 2023]
    assert [p.author_position for p in pubs] == ["first", "first", "last", "first", "last"]
    assert [p.kind for p in pubs[:4]] == ["journal"] * 4


def test_a_given_name_that_is_also_an_abbreviation_ends_the_author_list():
    # "Ann." and "Nat." are ISO 4 words too; after "Family, " they are given names.
    pubs = parse_publications(lines("""
Lindqvist, Tove; Okonkwo, Ann. Quiet rivers of data. Journal of Hydrology, 2020.
"""), "Ann Okonkwo")
    assert pubs[0].authors == ["Lindqvist, Tove", "Okonkwo, Ann"]
    assert pubs[0].title == "Quiet rivers of data"
    assert pubs[0].author_position == "last"


def test_titles_opening_in_lower_case_or_with_inverted_marks_after_the_author_list():
    pubs = parse_publications(lines("""
1. M. Okonkwo, R. Haddad. k-means clustering of tidal data. J. Hydrol. 590, 125 (2020).
2. M. Okonkwo and R. Haddad. mRNA stability under heat. Nat. Commun. 12, 88 (2021).
3. R. Haddad, M. Okonkwo. ¿Qué? Bilingual parsing of theses. Proc. Natl. Acad. Sci. 118, e1 (2021).
4. Okonkwo M, Haddad R. iPhone sensing of gait. J Neurosci Methods. 2020;340:108.
"""), "Mirembe Okonkwo")
    assert [p.title for p in pubs] == [
        "k-means clustering of tidal data", "mRNA stability under heat", "¿Qué? Bilingual parsing of theses",
        "iPhone sensing of gait",
    ]
    assert [p.author_position for p in pubs] == ["first", "first", "last", "first"]
    assert [p.venue for p in pubs] == ["J. Hydrol.", "Nat. Commun.", "PNAS", "J Neurosci Methods"]
    assert all(p.kind == "journal" for p in pubs)


def test_harvard_family_names_in_capitals_with_and_others_and_two_letter_families():
    """A UK staff page's Harvard list: "SURNAME, A., WU, H. and others, 2018. Title Venue. 6(11), 851-861"."""
    pubs = parse_publications(lines("""
QUARRIE-VALE, N., WU, H. and HOLLIS-BRANT, E., 2023. Mucus plugs in stable asthma: a cohort
study Thorax. 78(6), 555-563
LI, J., QUARRIE-VALE, N. and others, 2019. Airway sampling in children: a pilot study
European Respiratory Journal. 54(2), 1900123
"""), "Nia Quarrie-Vale")
    assert [p.year for p in pubs] == [2023, 2019]
    assert pubs[0].authors == ["QUARRIE-VALE, N.", "WU, H.", "HOLLIS-BRANT, E"]
    assert pubs[1].authors[:2] == ["LI, J.", "QUARRIE-VALE, N."]
    assert pubs[1].authors[-1] == "et al."  # "and others" (BibTeX's spelling) stands for more authors
    assert [p.author_position for p in pubs] == ["first", "other"]


def test_chemists_title_last_references_are_read_in_the_usual_order():
    """"Authors, Journal Year, Volume, Pages: Title." (the title last, after a colon)."""
    pubs = parse_publications(lines("""
1. T. Varga, I. Quenby, and N. Brightwater, Angew. Chem. Int. Ed. 2024, 63, 1180–1188: A bench-stable route
to strained rings.
2. N. Brightwater and O. Lisle, ACS Catal. 2021, 11, 402–409: Cobalt hydrides in water.
"""), "Nadia Brightwater")
    assert [p.title for p in pubs] == ["A bench-stable route to strained rings", "Cobalt hydrides in water"]
    assert [p.venue for p in pubs] == ["Angew. Chem. Int. Ed.", "ACS Catal"]
    assert [p.year for p in pubs] == [2024, 2021]
    assert [p.author_position for p in pubs] == ["last", "first"]
