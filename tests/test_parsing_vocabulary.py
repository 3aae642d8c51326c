"""The degree vocabulary is data: every listed spelling names its level, and the guards hold."""
from __future__ import annotations

import pytest

from reviewer.parsing import vocabulary as v
from reviewer.parsing.lexicon import degree_level
from reviewer.parsing.venues import known_venue

LEVELS = {
    "phd": (v.PHD_WORDS, v.PHD_ABBREVIATIONS, v.CJK_PHD_WORDS),
    "master": (v.MASTER_WORDS, v.MASTER_ABBREVIATIONS, v.CJK_MASTER_WORDS),
    "bachelor": (v.BACHELOR_WORDS, v.BACHELOR_ABBREVIATIONS, v.CJK_BACHELOR_WORDS),
    "other": (v.OTHER_DEGREE_WORDS, (), v.CJK_OTHER_DEGREE_WORDS),
}


@pytest.mark.parametrize("level", LEVELS)
def test_every_listed_spelling_names_its_level(level: str) -> None:
    words = [w.split("(")[0] for spellings in LEVELS[level] for w in spellings]  # a CJK guard's text stays out
    assert words and {w: degree_level(f"{w} in Marine Ecology") for w in words} == dict.fromkeys(words, level)


@pytest.mark.parametrize(("text", "level"), [
    ("PhD", "phd"), ("Ph.D.", "phd"), ("Ph. D", "phd"), ("Ph D", "phd"),  # one abbreviation, four printings
    ("D.Phil. (Oxon)", "phd"), ("M Eng", "master"), ("M.S.P.H.", "master"), ("B.Tech.", "bachelor"),
    ("博士后", None),  # a postdoc is a job
    ("MS-DOS drivers", None), ("LLM inference", None), ("M S Varga", None),  # initials and product names
    ("MSc Physics", "master"), ("M.S. 2021", "master"), ("LLM (Tax)", "master"),
])
def test_guarded_spellings(text: str, level: str | None) -> None:
    assert degree_level(text) == level


def test_abbreviation_dots_become_optional() -> None:
    assert v.abbreviation("Ph.D") == r"\bph\.?\s?d\b"


@pytest.mark.parametrize(("short", "kind", "spellings"), v.VENUES, ids=[row[0] for row in v.VENUES])
def test_every_venue_spelling_names_its_venue(short: str, kind: str, spellings: tuple[str, ...]) -> None:
    plain = [s for s in spellings if not isinstance(s, v.Regex)]
    assert {s: known_venue(f"Proceedings of {s}, 2021") for s in plain} == dict.fromkeys(plain, (short, kind))


@pytest.mark.parametrize(("text", "short"), [
    ("Adv Neural Inf Process Syst 35", "NeurIPS"),  # dots after abbreviated words may be left out
    ("IEEE Int. Conf. Acoust. Speech Signal Process.", "ICASSP"),  # and commas too
    ("Trans. Assoc. Comput. Linguist.", None),  # (not a listed spelling)
    ("the acl anthology", None),  # acronyms keep their case
    ("ACL Trans. on Speech", None),  # a guarded spelling
])
def test_venue_spelling_rules(text: str, short: str | None) -> None:
    found = known_venue(text)
    assert (found[0] if found else None) == short


def test_a_prefix_tree_alternation_matches_as_the_longest_first_list_does() -> None:
    import re

    from reviewer.parsing.lexicon import ROLE_WORDS
    from reviewer.parsing.vocabulary import trie_alternation

    def longest_first(words):
        return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                          + r")s?(?![\w-])")

    words = ["lead", "leader", "team lead", "engineer", "english", "research", "researcher", "research assistant"]
    trie = re.compile(r"(?i)(?<![\w-])(?:" + trie_alternation(words) + r")s?(?![\w-])")
    assert trie_alternation(["lead", "leader"]) == "lead(?:er|)"
    for text in ["Team Leader, Acme", "Research Assistant to Prof. X", "Researchers and leads", "English teacher",
                 "Engineers' lead-in", "a research assistantship"]:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first(words).finditer(text)]
    full = re.compile(r"(?i)(?<![\w-])(?:" + trie_alternation(ROLE_WORDS) + r")s?(?![\w-])")
    sample = "Senior Research Scientist; Maîtresse de conférences, PhD Candidate, Foundation Doctor, team leads"
    assert [m.span() for m in full.finditer(sample)] == [m.span() for m in longest_first(ROLE_WORDS).finditer(sample)]


def test_professional_and_arts_doctorates_are_doctorates() -> None:
    from reviewer.parsing.lexicon import degree_level

    assert [degree_level(t) for t in ("D.M.A. in Composition", "EdD, Education", "Psy.D.", "DrPH", "DNP")] == ["phd"] * 5
    assert degree_level("Senior DBA, Acme") is None  # a database administrator
