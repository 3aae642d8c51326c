"""What kind of document a file is: a CV, a cover letter, a statement, a paper, a
reference letter, or something else, from its file name, the text of its first
page and its shape (a letter has a salutation and a closing; a paper an abstract
and references; a CV dated sections under headings and contact lines on top).

Pure and cheap (a few compiled patterns over at most the first few thousand
characters): the import workers call it for every file, and the writer calls it
again on the file name alone for files that could not be read.

Each piece of evidence adds points to a kind; the kind with the most wins. When
nothing points anywhere, a file is a CV, as every file was before packets: a
committee that imports a folder of CVs only must see no change.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

CV = "cv"
COVER_LETTER = "cover_letter"
RESEARCH = "research_statement"
TEACHING = "teaching_statement"
DIVERSITY = "diversity_statement"
PUBLICATION = "publication"
REFERENCE = "reference_letter"
OTHER = "other"
KINDS = (CV, COVER_LETTER, RESEARCH, TEACHING, DIVERSITY, PUBLICATION, REFERENCE, OTHER)
LABELS = {CV: "CV", COVER_LETTER: "cover letter", RESEARCH: "research statement",
          TEACHING: "teaching statement", DIVERSITY: "diversity statement", PUBLICATION: "publication",
          REFERENCE: "reference letter", OTHER: "other"}
# Kinds the applicant wrote (their name and contact in it are theirs); a reference
# letter's letterhead and signature are its writer's, a paper's authors are many.
APPLICANT_WRITTEN = frozenset({CV, COVER_LETTER, RESEARCH, TEACHING, DIVERSITY})

FIRST_PAGE_CHARS = 4000  # about one page of prose; enough for titles, salutations, headings

_I = re.IGNORECASE
_IM = re.IGNORECASE | re.MULTILINE

_REFERENCE_NAME = re.compile(r"\b(reference|references|recommendation|recommender|referee|lor|lors)\b"
                             r"|\bletters? of (support|reference|recommendation)\b", _I)
_OTHER_STRONG = re.compile(r"\b(transcripts?|certificates?|diploma|evaluations?|id|passport)\b", _I)
# File names, after camelCase and separators became spaces ("ResearchStatement" -> "research statement").
_NAME_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (COVER_LETTER, re.compile(r"\bcover(ing)?\s*(letter)?\b|\b(letter of|motivation) (application|interest|motivation)"
                              r"|\bmotivation letter\b|\bapplication letter\b", _I)),
    (RESEARCH, re.compile(r"\bresearch\s*(statement|plan|proposal|agenda|summary|vision)\b"
                          r"|\bstatement of research\b|\brs\b", _I)),
    (TEACHING, re.compile(r"\bteaching\s*(statement|philosophy|portfolio)?\b|\bstatement of teaching\b|\bts\b", _I)),
    (DIVERSITY, re.compile(r"\b(diversity|dei|edi|inclusion|inclusive|equity)\b", _I)),
    (REFERENCE, _REFERENCE_NAME),
    (PUBLICATION, re.compile(r"\b(paper|papers|publication|manuscript|preprint|article|reprint)\b"
                             r"|\bwriting sample\b|\bsample (paper|publication)\b", _I)),
    (CV, re.compile(r"\b(cv|resume|résumé|vita|vitae|curriculum)\b", _I)),
    (OTHER, re.compile(r"\b(transcripts?|certificates?|diploma|forms?|evaluations?|id|passport)\b", _I)),
)
_BARE_LETTER = re.compile(r"\bletter\b", _I)  # "Letter 2.pdf" in a packet: a referee's
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[\s_\-.+,()\[\]]+")

# Titles: a line of its own near the top.
_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (CV, re.compile(r"^\s*(curriculum vitae|vita|résumé|resume|cv)\s*$", _IM)),
    (COVER_LETTER, re.compile(r"^\s*(cover letter|letter of application|letter of (interest|motivation))\b", _IM)),
    (RESEARCH, re.compile(r"^\s*(research statement|statement of research( interests)?|research plan"
                          r"|research (and|&) (future )?plans?|research summary|research proposal)\b", _IM)),
    (TEACHING, re.compile(r"^\s*(teaching statement|statement of teaching|teaching philosophy"
                          r"|statement of teaching philosophy)\b", _IM)),
    (DIVERSITY, re.compile(r"^\s*(diversity statement|statement (on|of) (diversity|contributions to diversity)"
                           r"|diversity,? equity,? (and|&) inclusion( statement)?|dei statement)\b", _IM)),
    (REFERENCE, re.compile(r"^\s*(letter of (recommendation|reference|support)|reference letter"
                           r"|recommendation letter|confidential (letter|reference))\b", _IM)),
)

_SALUTATION = re.compile(r"^\s*(dear\b|to whom it may concern|members of the (search|hiring|selection) committee)",
                         _IM)
_CLOSING = re.compile(r"^\s*(sincerely|yours (sincerely|faithfully|truly)|(with )?(best|kind|warm|warmest) regards"
                      r"|respectfully( yours)?|best wishes|with best wishes|regards)\b", _IM)
_REFERENCE_CUES = re.compile(
    r"\b(recommend(ing)?|recommendation for|in support of (his|her|their|the)|(his|her|their) application"
    r"|i have known|it is (my|a) (great |real )?(pleasure|privilege)|without (any )?reservation"
    r"|(his|her|their) (ph\.?d\.?|doctoral|postdoctoral|thesis|dissertation) (advisor|supervisor|work)"
    r"|i (was|am|have been) (his|her|their) (advisor|supervisor|mentor|instructor))", _I)
_COVER_CUES = re.compile(
    r"\b(i am (writing|pleased|excited|delighted) to (apply|submit)|apply(ing)? for the|my application"
    r"|i am applying|application for the|i would like to apply|enclosed (please find )?(is )?my|attached (is )?my"
    r"|please (find|accept)|my (cv|curriculum vitae|research statement|teaching statement))", _I)
_THIRD_PERSON = re.compile(r"\b(he|she|his|her|him|hers)\b", _I)

_ABSTRACT = re.compile(r"^\s*(abstract)\b", _IM)
_REFERENCES = re.compile(r"^\s*(\d+\.?\s*)?(references|bibliography|works cited)\s*$", _IM)
_PAPER_CUES = re.compile(r"^\s*(\d\.?\s+)?(introduction|keywords|related work|conclusions?)\b", _IM)

_CV_HEADINGS = re.compile(
    # (a heading may stand in brackets or behind a mark: "【教育背景】", "■ 工作经历")
    r"^\s*[【\[■●◆▍]?\s*(education(?: and (?:training|qualifications))?|qualifications|career(?: history)?"
    r"|academic (background|positions?)|(professional |research |work )?experience|employment"
    r"|appointments|publications?|selected publications(?: \([^)]{0,20}\))?|awards?( and honou?rs)?|honou?rs|skills"
    r"|grants?( and funding)?|teaching( experience)?|service|professional service|references"
    r"|invited talks|talks|presentations|research interests"
    # Chinese CVs name their sections freely around a few stems (教育背景, 项目与实习经历, 毕业院校 ...).
    r"|[\u4e00-\u9fff]{0,6}(?:教育|经历|经验|技能|论文|获奖|荣誉|奖项|成果|院校|个人信息|自我评价)[\u4e00-\u9fff]{0,4})"
    r"\s*[】\]]?\s*[:：]?\s*$", _IM)
# "(?:19|20)(?<!\d\d\d)" is "(?<!\d)(?:19|20)" (no digit before the year) written so that the
# pattern starts with its literal first characters: re then skips to a "1" or "2" instead
# of trying every position (a CV's first 20,000 characters: 0.29 -> 0.08 ms, same matches).
_DATE_RANGE = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?:[./-]\d{1,2})?\s*(?:-|–|—|~|to|至)\s*(?:[a-z]{3,9}\.?\s+)?"
                         r"(?:(?:19|20)\d\d|present|now|current|today|至今|今)", _I)
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()-]{7,}\d")

_STATEMENT_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (RESEARCH, re.compile(r"\b(my research|research (program|agenda|vision)|future (research|directions|work)"
                          r"|research (questions?|contributions))\b", _I)),
    (TEACHING, re.compile(r"\b(my teaching|in the classroom|students?|courses? i (have )?taught|pedagog\w*"
                          r"|learning outcomes|office hours|syllabus)\b", _I)),
    (DIVERSITY, re.compile(r"\b(diversity|diverse|inclusion|inclusive|equity|underrepresented|belonging"
                           r"|first-generation|marginali[sz]ed)\b", _I)),
)


def _bibliography(text: str) -> bool:
    """A "References" heading over works cited, not over a CV's referees (names, posts and
    e-mail addresses, hardly a year among them)."""
    m = _REFERENCES.search(text)
    if not m:
        return False
    after = text[m.end():m.end() + 1500]
    if _CONTACT.search(after[:300]) and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", after[:300]):
        return False  # a referee's name, post and e-mail right under it (a side bar's, whatever follows)
    return not (_CONTACT.search(after) and len(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", after)) < 3)


@dataclass(frozen=True)
class Classification:
    kind: str
    reason: str  # why, in a few words ("file name", "title", "letter: salutation and closing", ...)


def words_of_name(filename: str) -> str:
    """A file name as lower-case words: "Doe_Jane_ResearchStatement.pdf" -> "doe jane research statement"."""
    stem = PurePath(filename).stem
    return _SEPARATORS.sub(" ", _CAMEL.sub(" ", stem)).strip().lower()


def kind_from_name(filename: str) -> str | None:
    """The kind a file name states, if it states one."""
    words = words_of_name(filename)
    named = [kind for kind, pattern in _NAME_PATTERNS if pattern.search(words)]
    if CV in named:
        return CV  # "CV and research statement", "cover letter + CV": the file carries the CV
    if named:
        return named[0]
    return REFERENCE if _BARE_LETTER.search(words) else None


# A file name's word that names a kind only weakly: "letter" alone (US Letter paper, "Letter 2.pdf"),
# "form" (an application form, or a CV typed into one): the text decides against it
_WEAK_NAME_WORDS = re.compile(r"\b(?:forms?)\b", _I)


def _name_points(filename: str, named: str) -> float:
    words = words_of_name(filename)
    weak = (named == REFERENCE and not _REFERENCE_NAME.search(words)) or (
        named == OTHER and _WEAK_NAME_WORDS.search(words) and not _OTHER_STRONG.search(words))
    return 2 if weak else 4


def first_page(text: str) -> str:
    """The first page (up to a form feed), at most FIRST_PAGE_CHARS characters."""
    head = text[:FIRST_PAGE_CHARS]
    cut = head.find("\f")
    return head[:cut] if cut > 200 else head


def classify(filename: str, text: str) -> Classification:
    """The kind of one document from its file name and its extracted text."""
    score: Counter[str] = Counter()
    why: dict[str, str] = {}

    def add(kind: str, points: float, reason: str) -> None:
        score[kind] += points  # type: ignore[assignment]  # Counter of floats
        why.setdefault(kind, reason)

    named = kind_from_name(filename)
    if named is not None:
        add(named, _name_points(filename, named), "file name")
    page = first_page(text)
    top = "\n".join(line for line in page.splitlines()[:12] if line.strip())
    for kind, pattern in _TITLES:
        if pattern.search(top):
            add(kind, 4, "title")
            break
    letter = bool(_SALUTATION.search(page)) + bool(_CLOSING.search(text[-3000:] or page))
    if letter:
        reference = len(_REFERENCE_CUES.findall(page)) + (len(_THIRD_PERSON.findall(page)) >= 4)
        cover = len(_COVER_CUES.findall(page))
        shape = "letter: salutation and closing" if letter == 2 else "letter"
        if reference > cover:
            add(REFERENCE, 1.5 * letter + min(reference, 3), shape + ", about someone else")
        elif cover > reference:
            add(COVER_LETTER, 1.5 * letter + min(cover, 3), shape + ", an application")
        else:
            add(COVER_LETTER, letter, shape)
    paper = bool(_ABSTRACT.search(page)) + _bibliography(text)
    if paper:
        add(PUBLICATION, 2.5 * paper + (len(_PAPER_CUES.findall(text)) >= 2), "abstract and references")
    headings = len(set(m.group(1).lower() for m in _CV_HEADINGS.finditer(text[:20000])))
    dates = len(_DATE_RANGE.findall(text[:20000]))
    contact = bool(_CONTACT.search("\n".join(page.splitlines()[:6])))
    cv_points = (3 if headings >= 4 else 2 if headings == 3 else headings == 2) + (dates >= 2) + (dates >= 4) + contact
    if cv_points and not letter:
        add(CV, cv_points, "dated sections" if dates else "CV headings")
    elif letter and headings >= 4:  # a CV pasted under a covering note (an e-mail): a letter has no sections
        add(CV, cv_points + 1.5 * letter + 1, "a CV below a covering note")
    if not letter and not paper and headings < 2:
        for kind, pattern in _STATEMENT_CUES:
            hits = len(pattern.findall(page))
            if hits >= 2:
                add(kind, min(hits, 6) / 2, "what it talks about")
    if not score:
        if len(page) > 1500 and not _CONTACT.search(text) and not dates and not headings:
            return Classification(OTHER, "no sign of any kind")
        return Classification(CV, "no sign of another kind")
    kind, _points = max(score.items(), key=lambda item: (item[1], -KINDS.index(item[0])))
    return Classification(kind, why[kind])


def label(kind: str) -> str:
    return LABELS.get(kind, kind.replace("_", " "))


def parse_kind(value: str) -> str:
    """A kind as a person types it ("reference letter", "Reference_Letter", "cv")."""
    wanted = re.sub(r"[\s_-]+", "_", value.strip().casefold())
    aliases = {"letter": REFERENCE, "reference": REFERENCE, "cover": COVER_LETTER, "paper": PUBLICATION,
               "research": RESEARCH, "teaching": TEACHING, "diversity": DIVERSITY, "resume": CV}
    kind = aliases.get(wanted, wanted)
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {value!r}: one of {', '.join(KINDS)}")
    return kind
