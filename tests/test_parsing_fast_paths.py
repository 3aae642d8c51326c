"""Shortcuts taken for speed give the answers of the code they stand in for."""
from __future__ import annotations

import unicodedata

import pytest

from reviewer.parsing.authors import _fold
from reviewer.parsing.needles import folded, may_match
from reviewer.parsing.publications import _POSITION_NEEDLES, _POSITION_WORDS
from reviewer.parsing.pubsegments import _LAST_WORD, _last_word


@pytest.mark.parametrize(("chunk", "start", "end"), [
    ("A. B. Quill, C. Marsh. Title", 0, 20),  # "Marsh" before the period
    ("A. B. Quill, C. Marsh. Title", 0, 4),  # "B" after the initial's period
    ("A. B. Quill, C. Marsh. Title", 14, 20),  # the run stops at `start`
    ("Proc. Int. Conf. 2021", 0, 16),
    ("e.g. this", 0, 3),  # periods belong to the word: "e.g"
    ("snake_case word", 0, 10),  # "_" is a word character
    ("Ørsted Ünal. Title", 0, 11),  # letters outside ASCII
    ("第一作者. Title", 0, 4),
    ("x, ", 0, 3),  # no word right before the end
    ("", 0, 0),
    ("line\n", 0, 5),  # "$" also matches before a final newline
    ("a b\n", 2, 4),
])
def test_last_word_is_what_the_pattern_finds(chunk: str, start: int, end: int) -> None:
    m = _LAST_WORD.search(chunk, start, end)
    assert _last_word(chunk, start, end) == (m.group(1) if m else "")


@pytest.mark.parametrize("name", ["Ana Diaz", "O'Neil, J.-P.", "Müller", "José Ñúñez", "ﬁrst", "Ｗang", ""])
def test_fold_ascii_shortcut_matches_nfkd(name: str) -> None:
    full = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()
    assert _fold(name) == full


@pytest.mark.parametrize("text", [
    "Quill D, Marsh T. Title. Venue 2024 (first author)", "(CCF-A, 第二作者)", "(三作)", "并列一作",
    "EQUAL CONTRIBUTION", "Joint work", "ﬁrst author", "Fİrst author", "A. Quill. Title. In ICML, 2023.",
])
def test_position_screen_never_turns_away_a_match(text: str) -> None:
    assert _POSITION_NEEDLES is not None  # the screen exists: without it the slow scan runs on every reference
    if _POSITION_WORDS.search(text):
        assert may_match(_POSITION_NEEDLES, text, folded(text))


@pytest.mark.parametrize("text", [
    "Research Engineer, Acme Robotics GmbH, Berlin   2019 – 2022",
    "Senior Lecturer | University of Northfield | since 2018",
    "星河科技有限公司  算法实习生  2021.07-2021.09",
    "Søborg, Denmark",
])
def test_line_facts_cache_gives_a_fresh_copy_of_the_same_facts(text: str) -> None:
    from reviewer.parsing.jobline import _line_facts, line_facts

    first = line_facts(text)
    assert first == _line_facts.__wrapped__(text)  # what the uncached reading says
    first.org, first.title, first.org_prio = "changed", "changed", 9  # a caller may edit its copy...
    again = line_facts(text)
    assert again is not first and again == _line_facts.__wrapped__(text)  # ...the next caller is unaffected


_REFERENCE_LINES = [
    "Quill, D., & Osei, H. (2021). Invented tides. Journal of Made-up Studies, 12(3), 45-67.",
    "Selected Publications",
    "发表论文列表：",
    "Research Intern at Fenlight Labs (NYC, 2020)",
    "Sparse Estimators for Quiet Bays (TGRS 2024)",
    "Quill D, Osei HM. Tidal notes. Invented J Hydrol. 2019;12(3):45-67. under review",
    "Title of a paper, à paraître, 2025",
    "",
]


@pytest.mark.parametrize("text", _REFERENCE_LINES)
def test_cached_line_tests_answer_as_the_uncached_ones(text: str) -> None:
    from reviewer.parsing import pubfind, pubstatus

    for fn in (pubfind._citation_shaped, pubfind.is_publication_subheading, pubstatus.status_from_text):
        assert fn(text) == fn.__wrapped__(text)  # type: ignore[attr-defined]
        assert fn(text) == fn.__wrapped__(text)  # type: ignore[attr-defined]  # (the second answer from the cache)


def test_a_plain_row_is_no_title_row_whatever_it_holds() -> None:
    from reviewer.parsing.lines import Line
    from reviewer.parsing.pubbyline import _title_row

    title = "Quiet Tides: Invented Estimators for Made-up Bays"
    assert _title_row(Line(title, 0, bold=True))
    assert not _title_row(Line(title, 0, bold=False))
    assert not _title_row(Line("Lindqvist, M., Osei, P., Brandt, K.", 0, bold=True))  # an author row


_LINES_FOR_PATTERNS = [
    "Date of birth: 04/05/1992", "DATE OF BIRTH 02/03/1990", "Sex F | Birthdate 1990", "born on 3 May 1990",
    "Reborn Labs, Berlin", "D.O.B. 1990", "出生年月 1998.05", "Senior Engineer, Acme GmbH   2019 – Present",
    "Contributing Writer (paid monthly column)", "Associate Architect; project lead for civic work",
    "Student research assistant (0.4 fte)", "Role （兼职）", "Tutor (a remark much longer than forty characters in all)",
    "Head of Research and", "Institute of", "Department of\n", "Lab, &", "Quill and Osei, 2019 –", "x-", "of",
    "and", "Bandand", "the THE", "Centre De", "", "İn", "Professor of the", "TO",
]


@pytest.mark.parametrize("text", _LINES_FOR_PATTERNS)
def test_rewritten_patterns_match_as_before(text: str) -> None:
    import re

    from reviewer.parsing.cleaning import _DANGLING
    from reviewer.parsing.experience import _REMARK
    from reviewer.parsing.segments import BIRTH

    birth = re.compile(r"(?i)\b(?:date\s+of\s+birth|birth\s*date|born(?:\s+on)?|d\.o\.b)\b|出生")
    remark = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$|;\s+[a-z].*$")
    for new, old in ((BIRTH, birth), (_REMARK, remark)):
        a, b = new.search(text), old.search(text)
        assert (a and a.span()) == (b and b.span())
    # join_wrapped searches for a dangling word from five characters before the end
    assert bool(_DANGLING.search(text, max(0, len(text) - 5))) == bool(_DANGLING.search(text))


@pytest.mark.parametrize("text", [
    "Senior Research Engineer, Acme GmbH, Berlin    Jan 2019 – Present", "2013.09-2017.06", "Sep - Dec 2023",
    "Aug. 2021 – Present", "2009/08 – 至今", "2013年9月 – 2017年6月", "Summer 2013", "AUTUMN 2019 – WINTER 2020",
    "maio de 2019 – março 2021", "Jänner 2020", "août 2018 –", "décembre 2017", "01/09/2022 - 09/30/2023",
    "03-09-2018", "Jun '19 – Jul '20", "ſeptember 2020", "１２/2020", "01.07.2021\tTill date", "2013\t2016",
    "2021 –", "Sep. 2021 - ", "Quill, D. (2021). Invented tides. J. Made-up Stud., 12(3), 45-67.", "no date here",
])
def test_date_patterns_with_a_start_lookahead_find_the_same_dates(text: str) -> None:
    import re

    from reviewer.parsing import dates

    for rx in (dates._ATOM_RE, dates._RANGE_RE, dates._TAB_RANGE, dates._OPEN_RANGE):
        assert rx.pattern.startswith(dates._ATOM_START)
        plain = re.compile(rx.pattern.removeprefix(dates._ATOM_START), rx.flags)
        assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def _strip_dates_as_before(text: str) -> str:
    """dates.strip_dates before its substitutions were screened by the characters they need."""
    import re

    from reviewer.parsing.dates import find_dates

    out = text
    for d in sorted(find_dates(text), key=lambda d: -d.span[0]):
        out = out[: d.span[0]] + "  " + out[d.span[1]:]
    out = re.sub(r"\((?:expected|exp\.?|anticipated)\)|\b(?:expected|started|graduated|since|from|joined|depuis|seit)\b",
                 " ", out, flags=re.IGNORECASE)
    out = re.sub(r"\s*(?:\[\s*\]|\(\s*\))", " ", out)
    out = re.sub(r"[ ]*\t[\t ]*", "\t", re.sub(r" {3,}", "  ", out))
    out = re.sub(r"(?:\s*[,;|–—-]\s*)+(?=\s{2}|\t|$)", "", out)
    return out.strip(" \t,;|–—-:·")


@pytest.mark.parametrize("text", [
    "PhD, Northfield University (expected June 2026)", "Engineer, Acme  [2019 – 2021]  Berlin",
    "Acme\t2019 – 2021\tBerlin", "Acme    2019   Berlin", "Since 2019, Lead Engineer", "( 2020 )",
    "Research Fellow | Institute of X | 2016 –", "no dates at all", "Graduated 2015\t \tHonours",
])
def test_strip_dates_as_before(text: str) -> None:
    from reviewer.parsing.dates import strip_dates

    assert strip_dates.__wrapped__(text) == _strip_dates_as_before(text)


@pytest.mark.parametrize("text", [
    "星河科技有限公司", "Acme Inc.", "ACME LTD", "Quillworks GmbH", "Northfield Corp", "Tide LLC", "x PLC.",
    "中国银行", "律师事务所", "Incidental", "Princeton", "", "İnc",
])
def test_firm_pattern_with_a_start_lookahead_matches_as_before(text: str) -> None:
    import re

    from reviewer.parsing.entries import _FIRM

    before = re.compile(r"公司|集团|银行|事务所|(?i:\b(?:inc|ltd|gmbh|corp|llc|plc)\b\.?)")
    a, b = _FIRM.search(text), before.search(text)
    assert (a and a.span()) == (b and b.span())


@pytest.mark.parametrize("text", ["ICML2018,Title of the paper(一作)2018.03", "海岸学报2019，标题很长的一篇论文(二作)",
                                  "ICML2018 Title of the paper(一作)2018.03", "海岸学报2019 标题很长的一篇论文"])
def test_a_compact_paper_line_needs_its_comma(text: str) -> None:
    from reviewer.parsing.pubblocks import _COMPACT

    assert bool(_COMPACT.match(text)) == ("," in text or "，" in text)


@pytest.mark.parametrize("text", [
    "Research Engineer, Acme Robotics GmbH, Berlin   2019 – 2022", "Curriculum Vitae, October 2025",
    "Last updated: May 2024", "Senior Lecturer, Northfield University, since 2018", "CV 2024 Jane Quill",
    "Engineer at Acme (as of 2021)", "Jane Quill", "Tel: +44 20 7946 0000", "星河科技有限公司  2021.07-2021.09",
    "Jun '19 – Jul '20 Visiting Scholar", "",
])
def test_dates_stated_is_whether_line_facts_reads_dates(text: str) -> None:
    from reviewer.parsing.jobline import dates_stated, line_facts

    assert dates_stated(text) == (line_facts(text).dates is not None)


def test_a_separator_starts_only_where_split_segments_tries_one() -> None:
    from reviewer.parsing.segments import _SEP, _SEP_START

    # every character at which _SEP can match (followed by what completes each alternative)
    # (every white space and every punctuation mark the pattern names lies below U+3100 or in the
    # full-width forms)
    starts = [chr(c) for c in (*range(0x3100), *range(0xFE00, 0x10000))
              if any(_SEP.match(f"中{chr(c)}{tail}", 1) for tail in ("  ", "中", "| ", "- ", "@ "))]
    assert starts and all(ch.isspace() or ch in _SEP_START for ch in starts)
    assert all(_SEP.match(f"中{ch} ", 1) for ch in _SEP_START)


def _cjk_vocab_only_by_full_list(compact: str) -> bool:
    """What sections._cjk_vocab_only did before it looked words up by their first character."""
    from reviewer.parsing.headingwords import CJK_VOCAB

    rest = compact
    while rest:
        for w in CJK_VOCAB:
            if rest.startswith(w):
                rest = rest[len(w):]
                break
        else:
            return False
    return True


def test_cjk_vocab_only_by_first_character_is_the_full_list_scan() -> None:
    import random

    from reviewer.parsing.headingwords import CJK_VOCAB
    from reviewer.parsing.sections import _cjk_vocab_only

    rng = random.Random(7)
    # words of the vocabulary joined (overlapping prefixes: "教育" / "教育背景"), cut short,
    # or with a character the vocabulary lacks; the empty string too
    pieces = [*CJK_VOCAB, "甲", "x", " ", "教", "经历"]
    texts = [""] + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(3000)]
    texts += [t[:-1] for t in texts if t] + [w + w for w in CJK_VOCAB]
    accepted = 0
    for t in texts:
        assert _cjk_vocab_only(t) == _cjk_vocab_only_by_full_list(t), t
        accepted += _cjk_vocab_only(t)
    assert 0 < accepted < len(texts)


def test_url_pretest_only_w_folds_to_w() -> None:
    """_may_hold_url trusts that IGNORECASE matches "w" only to "w" and "W"."""
    import re
    import sys

    assert [chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch("w", chr(c), re.I)] == ["W", "w"]


@pytest.mark.parametrize("text", [
    "See https://doi.org/10.1000/xyz 2019", "doi:10.1145/3368089.3409740 (2020)", "10.1000/x",
    "www.example.org 2021", "WWW.EXAMPLE.ORG 2021", "example.org/paper 2020", "arXiv:2101.03305 2021",
    "abs/1912.01234v2", "1912.01234", "pp. 12-34, 2019", "pp.2019–2020", "Proc. ICML 2019", "2019",
    "Ｗｗｗ.x 2020", "x/y 2018", "", "\n", "www.\n2019",
])
def test_year_masks_pretests_pass_every_text_their_pattern_matches(text: str) -> None:
    from reviewer.parsing.pubtext import _MASKS

    for rx, needed in _MASKS:
        if rx.search(text):
            assert needed(text), (rx.pattern, text)


def test_year_masks_pretests_fuzzed() -> None:
    import random

    from reviewer.parsing.pubtext import _MASKS

    rng = random.Random(11)
    pieces = ["www", "WwW", "w", "W", ".", "/", ":", "pp", "p", " ", "10", "2019", "1912", "01234", "abs",
              "doi", "http", "s", "x", "-", "–", "\n", "arxiv"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for rx, needed in _MASKS:
            if rx.search(text):
                assert needed(text), (rx.pattern, text)


def _pair_surname_initials_before(parts: list[str]) -> list[str]:
    """authors._pair_surname_initials before it skipped its tests with nothing to join to."""
    from reviewer.parsing.authors import _capitals_family, _clean_part, _is_initials

    out: list[str] = []
    for part in parts:
        bare = _clean_part(part)[0]
        bare_tokens = bare.split()
        printed = part.strip().strip("*†‡#").split()
        if out and bare_tokens and (all(_is_initials(t) for t in bare_tokens) or (
                len(printed) == len(bare_tokens) and all(_is_initials(t) for t in printed))) and not out[-1].endswith("\x00"):
            prev_tokens = _clean_part(out[-1])[0].split()
            if prev_tokens and (not any(_is_initials(t) for t in prev_tokens) or _capitals_family(prev_tokens, part)):
                out[-1] = out[-1] + ", " + part + "\x00"
                continue
        out.append(part)
    return [p.replace("\x00", "") for p in out]


def test_pair_surname_initials_is_what_it_was() -> None:
    import random

    from reviewer.parsing.authors import _pair_surname_initials

    rng = random.Random(5)
    pool = ["Xu", "J.", "Ó.", "Ó", "Ní Bhriain", "A. B.", "Diaz", "Ana Diaz", "K.*", "Wang*", "†", " ", "",
            "J.-P.", "de Vries", "M", "Lee", "S. K.", "Okonkwo, R.", "Title of a paper", "QUILL-HART", "R"]
    for _ in range(5000):
        parts = [rng.choice(pool) for _ in range(rng.randint(0, 7))]
        assert _pair_surname_initials(parts) == _pair_surname_initials_before(parts), parts


_DOCUMENT_DATE_BEFORE = (  # jobline._DOCUMENT_DATE before its leading lookahead
    r"(?i)\b(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*[:：]?.*$|\bas of\b.*$"
    r"|\b(?:curriculum\s+vitae|cv|r[ée]sum[ée])\s*[,:–—-]?\s*(?=(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\b).*$")


def test_document_date_lookahead_letters_fold_only_to_their_own_case() -> None:
    import re
    import sys

    for letter in "aclmru":
        assert {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(letter, chr(c), re.I)} == {
            letter, letter.upper()}


@pytest.mark.parametrize("text", [
    "Last updated: May 2025", "LAST UPDATED 2025", "Updated on 3 May 2024", "modified: 2023", "Revised 2021",
    "as of June 2024", "As Of 2024", "Curriculum Vitae, 2024", "CV – March 2023", "Résumé 2022", "RÉSUMÉ 2022",
    "resume May 2020", "x.dev · last updated May 2025", "Acme Corp\t2019 – 2021", "Research Assistant, 2020",
    "Journal of Curriculum Studies 2019", "cv2019", "abc updated", "updated\n", "Update 2019", "",
])
def test_document_date_with_lookahead_is_the_pattern_it_was(text: str) -> None:
    import re

    from reviewer.parsing.jobline import _DOCUMENT_DATE

    assert _DOCUMENT_DATE.sub("", text) == re.sub(_DOCUMENT_DATE_BEFORE, "", text)
