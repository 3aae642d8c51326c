"""The publication reader's screens turn away only references their pattern cannot match."""
from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from reviewer.parsing import pubfind
from reviewer.parsing.lines import Line
from reviewer.parsing.needles import folded, may_match
from reviewer.parsing.pubblocks import _COMPACT, compact_items
from reviewer.parsing.pubitem import _TALK_GIVEN, _TALK_NEEDLES
from reviewer.parsing.publications import _CO_FIRST_RE
from reviewer.parsing.pubsplit import RawItem
from reviewer.parsing.venues import _ANY_VENUE_NEEDLE, _SCREENED, _VENUE_INDEX, VENUE_WORDS_RE


@pytest.mark.parametrize("text", [
    "“Flood Maps” -- talk at FOSS4G Europe, 2024", "Invited Talk to the Royal Society, 2023", "KEYNOTE for ICML 2022",
    "Talk: “Title.” PyData London, June 2024", "• Poster: Tidal Models", "Panel at NeurIPS", "Seminar for the lab",
    "Presentation at Acme", "Lecture to students", "A. Quill. Title. In ICML, 2023.", "ﬁrst talk at X", "Kelvin \u212aEYNOTE at Y",
])
def test_talk_screen_passes_every_talk(text: str) -> None:
    assert _TALK_NEEDLES is not None  # without it the talk pattern runs on every reference
    if _TALK_GIVEN.search(text):
        assert may_match(_TALK_NEEDLES, text, folded(text))


# the pattern as it was, with "(" and up to 30 characters before the words
_CO_FIRST_BEFORE = re.compile(r"\t\s*(?:一作|第一作者|first[- ]author)|\(?[^()]{0,30}\b(?:co-?first|joint first|"
                              r"equal(?:ly)? contribut\w*)\b[^()]{0,10}author|共同(?:第一|一)作|共同第一作者|并列第一", re.I)
_CO_FIRST_PIECES = ["(", ")", " ", "co-first", "Co-First", "cofirst", "joint first", "equal contribution", "equally contributed",
                    "author", "authors", " author)", "first author", "\t", "一作", "共同一作", "并列第一", "x", "A. Quill",
                    "Title of a paper, ", "*", "equal", "contribut", "-", "ﬁrst"]


def test_co_first_without_its_prefix_answers_as_before() -> None:
    rng = random.Random(5)
    texts = ["A. Quill*, B. Marsh* (equal contribution). Title. In ICML, 2023.", "(co-first author) Title",
             "Quill, A. and Marsh, B. (*equal contribution, first author). Title"]
    texts += ["".join(rng.choice(_CO_FIRST_PIECES) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    matched = 0
    for text in texts:
        before = bool(_CO_FIRST_BEFORE.search(text))
        assert bool(_CO_FIRST_RE.search(text)) == before, text
        matched += before
    assert matched > 1000  # the fuzzed texts match often enough to say something


def _compact_items_before(lines: list[Line]) -> list[RawItem] | None:
    """compact_items as it was: every line with a comma tried, then the share counted."""
    texts = [ln for ln in lines if ln.text.strip()]
    found = [(ln, _COMPACT.match(ln.text.strip()) if "," in ln.text or "，" in ln.text else None) for ln in texts]
    hits = [(ln, m) for ln, m in found if m and (m.group("year") or m.group("date"))]
    if len(hits) < 2 or len(hits) < 0.6 * len(texts):
        return None
    items = []
    for ln, m in hits:
        role = f", {m.group('role')}" if m.group("role") else ""
        year = m.group("year") or (m.group("date") or "")[:4]
        status = f", {m.group('status')}" if m.group("status") else ""
        items.append(RawItem([replace(ln, text=f"{m.group('title')} ({m.group('venue').strip()} {year}{role}{status})")]))
    return items


_COMPACT_LINES = ["ICML2018,Title of the paper(一作)2018.03", "海岸学报2019，标题很长的一篇论文(二作)", "TASLP,Title of it(一作)2025.05",
                  "ACL2025(在投), A Title Here", "1. NeurIPS2021, Sparse Things Work(三作)", "Plain line of prose", "",
                  "Quill, A. Title. Venue, 2020.", "报告:Meeting,Title", "2019 - 2021", "CVPR2020,Short"]


def test_compact_items_stops_early_with_the_same_answer() -> None:
    rng = random.Random(11)
    answered = 0
    for _ in range(3000):
        texts = [rng.choice(_COMPACT_LINES) for _ in range(rng.randint(0, 9))]
        lines = [Line(t, k) for k, t in enumerate(texts)]
        before = _compact_items_before(lines)
        assert compact_items(lines) == before, texts
        answered += before is not None
    assert answered > 100


# the venue-word pattern as it was, the words one by one
_VENUE_WORDS_BEFORE = re.compile(
    r"\b(?:conference|conf\.|proceedings|proc\.|journal|j\.|transactions|trans\.|workshops?|symposium|"
    r"letters|magazine|annual meeting|arxiv|preprint|biorxiv|medrxiv|ssrn|advances in|in press|"
    r"under review|under submission|submitted|in preparation|to appear|accepted|technical report|"
    r"tech\. rep|thesis|dissertation|lecture notes|springer|elsevier|ieee|acm|usenix|findings of|"
    r"review[s]? of|bulletin|quarterly|forum|summit|congress|colloquium|chapter|book|press)\b|"
    r"会议|期刊|学报|大会|论文集|\[[JCDMRPANS]\]", re.I)


def test_venue_words_as_a_tree_match_as_before() -> None:
    rng = random.Random(12)
    pieces = ["Conf.", "conf.x", "Proc", "proc.", "J.", "j.x", "Trans.", "Workshop", "workshops", "workshopsx", "IEEE",
              "Reviews of", "review ofx", "In Press", "press", "Tech. Rep", "tech. report", "book", "Booklet", "ACM",
              "acme", "会议", "[J]", "[X]", " ", ", ", ".", "x", "Annual Meeting", "annual  meeting", "ſubmitted", "\u212aey"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(30000)]
    matched = 0
    for text in texts:
        before = bool(_VENUE_WORDS_BEFORE.search(text))
        assert bool(VENUE_WORDS_RE.search(text)) == before, text
        matched += before
    assert 1000 < matched < len(texts) - 1000


def test_venue_screen_turns_away_only_texts_with_no_candidate() -> None:
    # known_venue asks the one-scan screen first; a text it turns away must have no candidate pattern
    rng = random.Random(11)
    shorts = [short for short, *_ in _SCREENED][::7]
    pieces = [*shorts, *(s.lower() for s in shorts), "Proceedings of the", "Journal of", "transactions on", "IEEE",
              "neural information processing systems", "A. Quill", "Title of a paper", ", ", ". ", "2023", "(", ")",
              "ſ", "\u212a", "İ", "é", "会议", "x"]
    turned_away = 0
    for _ in range(20000):
        text = rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if not _ANY_VENUE_NEEDLE(text, folded(text)):
            turned_away += 1
            assert _VENUE_INDEX.candidates(text, folded(text)) == [], text
    assert turned_away > 1000



# references wrapped over one to three lines (the year on the first, the second or the third
# line), and the lines of the sections around them
_WRAPPED_REFERENCES = [
    ["[1] R. Vossberg, I. Quarnby. Confinement-induced heterogeneity in invented glasses.",
     "Nature Physics (2025), accepted. I designed the experiment."],
    ["[2] I. Quarnby, J. Tallow-Reyes. Aging without a transition in invented carpets.",
     "Phys. Rev. Lett. 132, 168301 (2024)."],
    ["A. Quill, B. Marsh, C. Osei. Tidal notes on invented bays, with a long title",
     "that wraps onto a second line", "and a third, Invented Journal of Hydrology 12, 45 (2019)."],
    ["D. Quarnby, E. Lark. Sparse estimators. Journal of Invented Studies 57(18): 7120-7131, 2021.",
     "I wrote the estimator and ran the tests."],
    ["F. Osei, G. Lark. Estimators of tides. Journal of Invented Studies 12: 45-67, 2019."],
    ["A. Lark, B. Osei (2021). Invented tides and their", "estimators, Invented Journal of Hydrology 12: 45-67."],
]
_OTHER_LINES = [
    "Research Intern at Fenlight Labs, 2020 - 2021", "Designed, built and ran the tide models, with colleagues.",
    "My work began with invented colloids; since 2021 my group studies invented bacteria.",
    "Best Paper Award, ICML 2023", "",
]


def test_wrapped_references_year_screen_answers_as_the_full_search(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    cases = []
    for _ in range(3000):
        texts = [t for _ in range(rng.randint(1, 6))
                 for t in (rng.choice(_WRAPPED_REFERENCES) if rng.random() < 0.7 else [rng.choice(_OTHER_LINES)])]
        cases.append([Line(t, n) for n, t in enumerate(texts)])
    screened = [pubfind.publication_runs(lines) for lines in cases]
    found = []

    def unscreened(lines: list[Line], i: int, dated: list[bool]) -> int:
        end = pubfind._reference_run(lines, i)
        found.append(end > i)
        return end

    monkeypatch.setattr(pubfind, "_wrapped_references", unscreened)
    assert [pubfind.publication_runs(lines) for lines in cases] == screened
    assert sum(found) > 300  # wrapped runs are found often enough for the comparison to say something
