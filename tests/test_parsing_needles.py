"""The substring screen in front of the venue table never turns away a text a pattern matches."""
from __future__ import annotations

import re

import pytest

from reviewer.parsing import venues
from reviewer.parsing.needles import AnyNeedle, folded, may_match, needles


def _unscreened(text: str) -> tuple[str, str] | None:
    """known_venue as it was: every pattern of the table runs."""
    best: tuple[int, str, str] | None = None
    for short, kind, rx, _ in venues._SCREENED:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), short, kind)
    return (best[1], best[2]) if best else None


@pytest.mark.parametrize("text", [
    "In Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (ACL 2023)",
    "Advances in Neural Information Processing Systems 36 (NeurIPS 2023)",
    "Adv. Neural Inf. Process. Syst. 35, 2022",
    "INTERNATIONAL CONFERENCE ON MACHINE LEARNING",
    "İNTERNATİONAL CONFERENCE ON MACHİNE LEARNİNG",  # dotted capitals: IGNORECASE reads them as i
    "Tranſactions on Machine Learning Reſearch",  # a long s: IGNORECASE reads it as s
    "IEEE Trans. Pattern Anal. Mach. Intell., 2021",
    "Nature Communications 14, 2023",
    "Nature 601, 2022",
    "arXiv preprint arXiv:2301.00001",
    "ARXIV 2023",
    "Proc. Interspeech 2022",
    "“Robust Layers”, ICLR’24 Workshop on Quiet Models",
    "第十届中国会议论文集，2021",
    "Journal of Invented Results, 12(3), 2020",
    "The Web Conference 2024 (WWW ’24)",
    "Conference on Learning Theory, PMLR 2021",
    "",
])
def test_screened_known_venue_is_unscreened(text: str) -> None:
    assert venues.known_venue.__wrapped__(text) == _unscreened(text)


def test_every_pattern_of_the_table_is_screened() -> None:
    assert all(screen is not None for *_, screen in venues._SCREENED)


def test_needles_of_a_pattern() -> None:
    n = needles(re.compile(r"\bTACL\b|Transactions of the Association"))
    assert n is not None and not n.ignore_case and set(n.strings) == {"TACL", "Transactions of the Association"}
    n = needles(re.compile(r"International Conference|Int\.? Conf\.? Mach", re.I))
    assert n is not None and n.ignore_case and "ernational conference" in n.strings
    assert needles(re.compile(r"\bA\b|B")) is None  # too short to screen: always runs
    assert needles(re.compile(r"(?:x|yz)+")) is None  # nothing required


def test_a_group_that_changes_case_is_not_a_needle() -> None:
    rx = re.compile(r"Acme (?i:journal)")
    n = needles(rx)
    assert n is not None and n.strings == ("Acme ",)
    text = "Acme JOURNAL"
    assert rx.search(text) and may_match(n, text, folded(text))


def test_folding_gives_way_to_characters_ignorecase_reads_as_ascii() -> None:
    assert folded("Proceedings") == "proceedings"
    assert folded("Proceedİngs") is None
    n = needles(re.compile(r"proceedings", re.I))
    assert may_match(n, "PROCEEDİNGS", folded("PROCEEDİNGS"))
    assert not may_match(n, "Journal", folded("Journal"))


def test_any_needle_answers_for_the_whole_table() -> None:
    table = [needles(re.compile(r"\bACME\b")), needles(re.compile(r"invented journal", re.I))]
    anyone = AnyNeedle(table)
    for text, hit in [("ACME 2021", True), ("acme 2021", False), ("The INVENTED Journal", True), ("Nothing", False)]:
        assert anyone(text, folded(text)) is hit
    assert AnyNeedle([*table, None])("Nothing", "nothing")  # a pattern without needles always runs


def test_chinese_needles_and_a_shorter_minimum() -> None:
    rx = re.compile(r"(?i)\b(?:advisor|pi)\b|导师")
    assert needles(rx) is None  # "pi" is shorter than the default three
    n = needles(rx, shortest=2)
    assert n is not None and set(n.strings) == {"advisor", "pi", "导师"}
    for text in ("导师：某某", "PI: Dr. X", "Advisor", "nothing here"):
        assert may_match(n, text, folded(text)) or not rx.search(text)


def test_a_run_with_accented_letters_gives_its_plain_part() -> None:
    # "paraître": lower-casing may not fold "î" as IGNORECASE does, so only "para" is a needle
    n = needles(re.compile(r"(?i)\bà\s+paraître\b|\bforthcoming\b"))
    assert n is not None and set(n.strings) == {"para", "forthcoming"}
    assert needles(re.compile(r"(?i)\bé\b|\bforthcoming\b")) is None  # "é" leaves no plain part


@pytest.mark.parametrize("text", [
    "Quill, D. (à paraître). Titre. Revue.", "À PARAÎTRE dans la Revue", "Sous presse", "Im Druck",
    "en revisión", "EM REVISÃO", "en préparation", "R & R at Journal", "r&r", "Conditionally accepted",
    "İN PRESS", "Tranſactions, ſubmitted", "已录用待刊", "修改后重投", "Accepted rate", "Nothing stated, 2021.",
])
def test_the_status_screen_passes_every_text_a_status_pattern_matches(text: str) -> None:
    from reviewer.parsing import pubstatus

    if any(rx.search(text) for _, rx in pubstatus._STATUS_WORDS):
        assert pubstatus._STATUS_SCREEN(text, folded(text))
    assert not pubstatus._STATUS_SCREEN.always
