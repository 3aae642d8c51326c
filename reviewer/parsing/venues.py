"""Venue names: recognise a venue in a reference and give its common short name.

The table maps each well-known venue to the patterns it is printed with (its
acronym, older names, the full name). Venues not in the table keep the form
they were printed in, trimmed to the shortest unambiguous part: an acronym
printed in parentheses or before the year ("... Systems (ISPASS), 2020" ->
"ISPASS"), otherwise the name without "In Proceedings of the 9th", volume,
pages, DOI and year.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reviewer.parsing.needles import AnyNeedle, NeedleIndex, folded, needles
from reviewer.parsing.openings import with_opening
from reviewer.parsing.patterns import alternatives
from reviewer.parsing.vocabulary import PREPRINT_SERVERS, VENUES, spelling_pattern, trie_alternation

# (short name, kind, pattern) per venue of the vocabulary, in its order.
_TABLE: list[tuple[str, str, str]] = [
    (short, kind, "|".join(map(spelling_pattern, spellings))) for short, kind, spellings in VENUES
]


# Acronyms are matched case-sensitively ("ACL", not "acl"); full names in any case.
_COMPILED = [(short, kind, re.compile(pat, re.I if short in {"arXiv", "INTERSPEECH"} else 0)) for short, kind, pat in _TABLE]
_FULLNAME = [
    (short, kind, re.compile("|".join(p for p in alternatives(pat) if not p.startswith(r"\b")), re.I))
    for short, kind, pat in _TABLE
    if any(not p.startswith(r"\b") for p in alternatives(pat))
]
# Most texts name no venue: each pattern runs only on a text holding one of its literal
# strings ("TACL", "transactions of the association"), which plain `in` tests find fast.
_SCREENED = [(short, kind, rx, needles(rx)) for short, kind, rx in _COMPILED + _FULLNAME]
_VENUE_INDEX = NeedleIndex([screen for *_, screen in _SCREENED])
# ...and whether any of them occurs at all, asked first: most texts asked about (titles, author
# lists, notes) hold none, and this scan stops at the first one where the index's reads the whole text
_ANY_VENUE_NEEDLE = AnyNeedle([screen for *_, screen in _SCREENED])

WORKSHOP_RE = re.compile(r"\bworkshops?\b|研讨会", re.I)
VENUE_WORDS = (
    "conference", "conf.", "proceedings", "proc.", "journal", "j.", "transactions", "trans.", "workshop", "workshops",
    "symposium", "letters", "magazine", "annual meeting", "arxiv", "preprint", "biorxiv", "medrxiv", "ssrn", "advances in",
    "in press", "under review", "under submission", "submitted", "in preparation", "to appear", "accepted",
    "technical report", "tech. rep", "thesis", "dissertation", "lecture notes", "springer", "elsevier", "ieee", "acm",
    "usenix", "findings of", "review of", "reviews of", "bulletin", "quarterly", "forum", "summit", "congress",
    "colloquium", "chapter", "book", "press",
)
# (the words as a prefix tree: at each word boundary the engine follows one branch instead of
# trying all 49 words; only whether the pattern matches is ever asked, which the order cannot change)
VENUE_WORDS_RE = with_opening(re.compile(rf"\b(?:{trie_alternation(VENUE_WORDS)})\b|会议|期刊|学报|大会|论文集|\[[JCDMRPANS]\]", re.I))


# ISO 4 title-word abbreviations that journal names are printed with ("J. Chem.
# Phys.", "Proc. Natl. Acad. Sci.", "IEEE Trans. Pattern Anal. Mach. Intell.").
# A period after one of these does not end a sentence. Words that are also
# common English words or month names ("Mar.", "Can.", "Log.") are left out.
_ISO4_TEXT = """
acad acc acoust adv aerosp agric am anal anat angew ann annu appl archit artif assoc astron astrophys
atmos autom behav biochem bioinform biol biomater biomed biomol biophys biotechnol bull cardiol catal
chem chim civ clin climatol cogn combin combust commun comput conf constr crystallogr cryst curr cybern
dermatol des differ dyn ecol econ ed educ electrochem electron endocrinol eng environ epidemiol equ eur evol
exp funct gastroenterol genet geochem geogr geol geom geophys geotech graph hum hydrol immunol ind inf
inform inorg instrum int intell interdiscip intl jpn knowl lett linguist macromol magn manag manuf mater
math meas mech med meteorol microbiol microw mol nanosci nanotechnol nat natl netw neurol neurosci nucl
numer nutr oceanogr oncol oper ophthalmol opin opt optim org pediatr pharm pharmacol philos photochem
photon physiol phys polit polym probab proc process psychiatr psychol publ radiol recognit reliab renew
rep res rev robot saf sci secur semicond ser soc sociol softw spectrosc stat struct stud supercond
surf surg sustain symp syst technol theor therm thermodyn topol toxicol trans transp veh vib virol zool
"""
# Mathematical Reviews abbreviations that mathematicians print instead of ISO 4
# ("Trans. Amer. Math. Soc.", "Ergodic Theory Dynam. Systems", "Invent. Math.").
_MR_TEXT = """
algebr amer camb comm compos dokl dynam invent izv lond mosc quart ration rend statist univ
"""
ISO4_WORDS = frozenset(_ISO4_TEXT.split()) | frozenset(_MR_TEXT.split())


def is_journal_abbreviation(word: str) -> bool:
    """"Chem", "Phys", "Natl": a title word a journal name abbreviates (ISO 4), printed with a period."""
    return word.lower() in ISO4_WORDS


_DOTTED_WORD = re.compile(r"([A-Z][a-z]{0,11})\.,?")


def abbreviated_venue_start(text: str) -> bool:
    """A segment that opens like a journal name in ISO 4 style ("J. Chem. Phys. 156",
    "Phys. Rev. Lett.", "J. Fluid Mech."): its first word is an abbreviation (or "J."),
    and its first four words hold two abbreviations, one of them a known one."""
    words = text.split()[:4]
    first = _DOTTED_WORD.fullmatch(words[0]) if words else None
    if not first:
        return False  # the first word decides before the others are read
    dotted = [m.group(1) for t in words if (m := _DOTTED_WORD.fullmatch(t))]
    return bool(first) and len(dotted) >= 2 and any(len(w) > 1 and is_journal_abbreviation(w) for w in dotted) and (
        len(first.group(1)) == 1 or is_journal_abbreviation(first.group(1)))


def is_abbreviated_journal(name: str) -> bool:
    """A journal name in ISO 4 style anywhere in it: "IEEE Robot. Autom. Lett.", "Rev. Econ. Stud.",
    "J. Chem. Phys." (two known abbreviations, or an abbreviated start)."""
    known = [w for w in re.findall(r"\b([A-Z][a-z]{1,11})\.(?=\s|,|$)", name) if is_journal_abbreviation(w)]
    return len(known) >= 2 or abbreviated_venue_start(name)


def is_nlm_journal(name: str) -> bool:
    """A journal name abbreviated without periods (NLM / Vancouver): "Nat Commun", "J Neurosci Methods"."""
    words = name.replace(".", " ").split()
    known = [w for w in words if w == "J" or is_journal_abbreviation(w)]
    return len(words) >= 2 and len(known) >= 2 and 2 * len(known) >= len(words)


@lru_cache(maxsize=8192)
def known_venue(text: str) -> tuple[str, str] | None:
    """The short name and kind of a well-known venue mentioned in text, if any."""
    best: tuple[int, str, str] | None = None
    # table order: the earliest match wins, ties go to the first; only the patterns whose
    # needles occur in the text are run (one scan finds them, not one search per pattern)
    low = folded(text)
    if not _ANY_VENUE_NEEDLE(text, low):
        return None
    for i in _VENUE_INDEX.candidates(text, low):
        short, kind, rx, _ = _SCREENED[i]
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), short, kind)
    if best is None:
        return None
    return best[1], best[2]


_VENUE_OPENING = re.compile(
    r"(?:to appear in|in press|in:?\s(?!(?:situ|vivo|vitro|silico|utero|operando)\b)|published in|accepted (?:at|by|to)|submitted to|under review|"
    r"currently (?:on|under) (?:submission|review)|the\s+(?:\w+[- ])*(?:annual\s+)?(?:international\s+)?"
    r"(?:conference|symposium|workshop|meeting)|proceedings|proc\.|conference|journal|transactions|"
    r"ieee|acm|usenix|advances in|arxiv|preprint|workshop|symposium|annual meeting|findings of|"
    r"international (?:conference|journal|symposium|workshop)|technical report|master'?s thesis|"
    r"ph\.?d\.? thesis|thesis|lecture notes)", re.I)
_OPENING_BRACKETS = re.compile(r"^[\s(\[]+")
_ACRONYM_THEN_YEAR = re.compile(r"([A-Za-z-]+)['’]?\s*(?:\d{2,4}|[:,(]|$|workshop)")


@lru_cache(maxsize=8192)
def starts_like_venue(text: str) -> bool:
    """A segment that begins the way venue strings begin ("In Proceedings of", "ICML 2024", ...)."""
    t = _OPENING_BRACKETS.sub("", text)
    if _VENUE_OPENING.match(t):
        return True
    kv = known_venue(t[:40])
    if kv:
        m = _ACRONYM_THEN_YEAR.match(t)
        if m and known_venue(m.group(1)):
            return True
    return False


@lru_cache(maxsize=8192)
def looks_like_venue(text: str) -> bool:
    return bool(VENUE_WORDS_RE.search(text)) or starts_like_venue(text) or abbreviated_venue_start(text)


_STRIP_PREFIX = re.compile(
    r"^(?:to appear in|to appear at|accepted (?:at|by|to|in)|published in|presented at|"
    r"currently (?:on|under) (?:submission|review) (?:to|at)|submitted to|under review (?:at|by)|"
    r"under contract (?:with|at)|forthcoming (?:with|from|in)|in)[:\s]+(?:the\s+)?"
    r"(?:proc(?:eedings|\.)?\s+(?:of\s+)?(?:the\s+)?)?",
    re.I,
)


# the ACL's "Findings" track: named after the conference it goes with, printed after the colon
_FINDINGS = with_opening(re.compile(r"(?i)\bfindings\b(?:\s+of\s+(?:the\s+)?(?:association\s+for\s+computational\s+linguistics|acl)"
                       r"\s*[:：]\s*(\S.*))?"))


def short_venue(segment: str) -> tuple[str | None, str | None]:
    """Normalise a venue segment: (short name or trimmed printed form, kind hint)."""
    seg = " ".join(segment.split()).strip(" .,;:")
    if not seg:
        return None, None
    workshop = bool(WORKSHOP_RE.search(seg))
    findings = _FINDINGS.search(seg)
    kv = known_venue(findings.group(1)) if findings and findings.group(1) else known_venue(seg)
    if kv:
        short, kind = kv
        if findings and kind == "conference":
            return f"{short} Findings", "conference"  # "Findings of the ACL: EMNLP 2022", "EMNLP Findings"
        if workshop and kind == "conference":
            return f"{short} Workshop", "workshop"
        return short, kind
    # An acronym in parentheses: "... Software (ISPASS), August 2020", "(TOSEM)".
    m = re.search(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z0-9&-]*)(?:[\s'’-]*\d{2,4})?\s*\)", seg)
    if m and not re.fullmatch(r"[IVX]+", m.group(1)):
        return (m.group(1) + (" Workshop" if workshop else "")), ("workshop" if workshop else None)
    # "...: COMSYS 2024", "ECML PKDD 2023 research track", "USENIX ATC 2019", "3DV 2025".
    m = re.search(r"((?:\b(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|\d[A-Z]{2,5})\b[\s/-]*){1,3})['’]?\s*(?:19|20)?\d{2}\b", seg)
    if m and re.search(r"[A-Z]{2}", m.group(1)) and not re.match(r"(?:IEEE|ACM)\s*$", m.group(1).strip()):
        acr = m.group(1).strip(" -/")
        return acr, ("workshop" if workshop else None)
    printed = _trim_printed(" ".join(segment.split()))  # unstripped: "Anal. Chem." keeps its period
    return printed or None, ("workshop" if workshop else None)


_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|fortieth|fiftieth)")
_ORDINAL_LEAD = re.compile(rf"^(?:\d+(?:st|nd|rd|th)|(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-?)?"
                           rf"(?i:{_ORDINAL}))\s+(?![Cc]entury\b)")


# Vancouver (NLM) prints the date after the journal's name and ends it with a semicolon:
# "2023;72(4)", "2024 Mar;33", "2025 Mar 3;41".
_VANCOUVER_DATE = re.compile(r"\.?\s+(?:19|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?\s*;.*$")


def _trim_printed(seg: str) -> str:
    printed = seg
    seg = _STRIP_PREFIX.sub("", seg)
    if seg.startswith("《"):
        seg = re.sub(r"^《([^《》]+)》", r"\1", seg)  # "《金融研究》": the journal, in book-title marks
    elif seg[:1] in "«“":
        seg = re.sub(r"^[«“]([^«»“”]+)[»”]", r"\1", seg)  # Italian "in «Ocnus», 31": the journal in guillemets
    seg = re.sub(r"^(?:the\s+)?(?:proceedings|proc\.)\s+(?:of\s+)?(?:the\s+)?", "", seg, flags=re.I)
    # "17th International Conference on …", "Twenty-fifth Annual …" (not "Health Affairs" or
    # "Sixteenth Century Journal": a word ending in "th", a century naming a period)
    seg = _ORDINAL_LEAD.sub("", seg)
    seg = re.sub(r"(?:https?://|doi:|10\.\d{4,}/)\S*", "", seg)
    seg = re.sub(r"\s*\(\s*pp?\.\s*\d+\s*[-–]?\s*\d*\s*\)?", "", seg)  # Harvard's "(pp. 1-9)"
    seg = _VANCOUVER_DATE.sub("", seg)  # "Nurs Res. 2023;72(4):288-97": the date, then volume and pages
    # Impact factor and index remarks: "Optics Express, IF 3.669", "Remote Sensing, SCI, JCR-Q1".
    seg = re.sub(r"(?i)[,;\s]*\b(?:(?-i:IF)\s*[=:]?\s*\d[\d.]*|impact factor\b.*|(?-i:SCIE?|SSCI|EI|JCR[-\s]?Q\d))(?:\b.*)?$", "", seg)
    # Trailing link labels: "... University: hdl.handle.net/2144/1 github: user/repo".
    seg = re.sub(r"[:\s]+(?:(?:github|website|code|project|url|hdl|pdf)\s*:\s*)?(?:[\w-]+\.)+[a-z]{2,}/\S*.*$", "", seg, flags=re.I)
    seg = re.sub(r"\s+(?:github|website|code|project|url)\s*:.*$", "", seg, flags=re.I)
    # Volume, issue and pages: "58.2: 102455", "17(6), 1351", ", 5(4):", ", vol. 3, pp. 1-10".
    # Article numbers count as pages: "61, e202201234", "102, L041101", "39, btad001".
    # (ABNT, Brazil: "Revista de Saúde Pública, v. 56, n. 2, p. 1-11", often cut at "v." as a sentence)
    seg = re.sub(r",\s*(?-i:v)\.?$", "", seg.rstrip())
    # (Chicago's issue date in brackets after the volume: "Log 43 (Summer 2018): 121-28")
    seg = re.split(r",?\s+(?:vol\.|volume|no\.|pp\.|pages)\s|,\s+(?-i:v\.\s*\d)|,\s*(?-i:[a-z]{0,5}\d{2,}|[A-Z]?\d{2,}|\d)|\s\d+\s*\(\d+\)|\s\d+\.\d+\s*:|:\s*\d"
                   r"|\s\d{1,4}\s*\((?-i:[A-Z][a-z]{2,8}\.?)\s+(?:19|20)\d\d\)", seg, maxsplit=1, flags=re.I)[0]
    # "Material Politics in Contemporary Architecture, edited by X": a book's editors are no part of its name
    if "by " in seg:
        seg = re.sub(r"(?i),?\s+(?:edited|ed\.)\s+by\s+.*$", "", seg)
    seg = re.sub(r"\s*\((?:19|20)\d{2}[a-z]?\)", "", seg)
    # A bare volume after an abbreviated journal name: "J. Chem. Phys. 156" (a year is not a volume),
    # or biblatex's volume.number: "Bernoulli 25.4A"
    seg = re.sub(r"(?<=[A-Za-z.])\s+(?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d{1,4}[A-Za-z]?)?[.,;:\s]*$", "", seg.rstrip())
    seg = re.sub(r"[,\s(]*(?:19|20)\d{2}[)\s.]*$", "", seg.rstrip(" ,.;:"))
    # "Wind Energy, in press (2025)": the status after the name is the paper's, not the venue's
    seg = re.sub(r"(?i)[,;]\s*(?:in\s+press|forthcoming|accepted|to\s+appear|under\s+review|submitted)\W*$", "", seg)
    # Place and month after the name: "ACM Symposium on SDN Research, Los Angeles, USA, March".
    head, comma, _ = seg.partition(", ")
    if comma and len(head.split()) >= 2 and VENUE_WORDS_RE.search(head) or comma and re.search(r":\s\w", head):
        seg = head
    out = seg.strip(" .,;:()")
    # An abbreviated name keeps its last period: "J. Chem. Phys.", "Proc. Natl. Acad. Sci.".
    last = re.search(r"\b([A-Z][a-z]{0,11})$", out)
    if last and _printed_with_period(last.group(1), printed) and is_abbreviated_journal(out + "."):
        out += "."
    return out


def _printed_with_period(word: str, text: str) -> bool:
    """`word` and a period, at the start of a word somewhere in text ("Chem." in "J. Chem. Phys.",
    not in "BioChem."): a text search, as word comes from the document (letters, a capital first)."""
    at = text.find(word + ".")
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find(word + ".", at + 1)
    return False


_ABBREVIATION_AT_END = re.compile(r"(?:^|\s)(?:([A-Z][a-z]{0,11})\.\s+)?([A-Z][a-z]{1,11})$")
_YEAR_AHEAD = re.compile(r"\s*(?:19|20)\d\d\b")
_ABBREVIATION_AHEAD = re.compile(r"\s*([A-Z][a-z]{0,11})\.\s")
_GIVEN_AFTER_FAMILY = re.compile(r"[A-Za-z],\s*[A-Z][a-z]{1,11}$")
_ABBREVIATION_OR_VOLUME_AHEAD = re.compile(r"\s*(?:[A-Z][a-z]{0,11}\.|\d)")


def inside_abbreviated_name(before: str, after: str) -> bool:
    """A period inside an ISO 4 journal name: "J. Chem. Phys. 156", "Phys. Rev. Lett.".

    The word before the period is a known abbreviation ("Chem"), or a short
    capitalised word right after one ("J. Chemom. 12": an abbreviation the
    table lacks) when the name goes on with another abbreviation or a volume.
    """
    m = _ABBREVIATION_AT_END.search(before)
    if not m or _YEAR_AHEAD.match(after):
        # "Nat Neurosci. 2020;23(4)": a year after the period ends the name (Vancouver style).
        return False
    nxt = _ABBREVIATION_AHEAD.match(after)
    if not m.group(1) and _GIVEN_AFTER_FAMILY.search(before) and not (
            nxt and is_journal_abbreviation(nxt.group(1)) and is_journal_abbreviation(m.group(2))):
        # "Haddad, Ann." / "Smith, Nat.": a given name after a family name (but ", Geom. Funct.
        # Anal." is a journal name opening after the title's comma)
        return False
    if is_journal_abbreviation(m.group(2)):
        return True
    prev = m.group(1)
    return bool(prev and is_journal_abbreviation(prev) and _ABBREVIATION_OR_VOLUME_AHEAD.match(after))


# "[CVPR'24]", "[3DV'22]", "[CVPRW'21]": an acronym and a two-digit year tag the venue
VENUE_TAG = re.compile(r"([A-Za-z0-9][A-Za-z0-9&-]{1,11})\s*['’‘]\s*(\d{2})")


def tag_venue(label: str) -> tuple[str | None, str | None]:
    """The venue a bracket tag names, known or not; a known conference's acronym with a
    trailing "W" is that conference's workshop ("CVPRW" → "CVPR Workshop")."""
    m = VENUE_TAG.fullmatch(label.strip())
    if not m:
        return None, None
    acr = m.group(1)
    if known_venue(acr):
        return short_venue(acr)
    base = known_venue(acr[:-1]) if acr.endswith("W") and len(acr) > 2 else None
    if base and base[1] == "conference":
        return f"{base[0]} Workshop", "workshop"
    return acr, None


_SERVER_BY_NAME = {name.lower(): name for name in PREPRINT_SERVERS}
_PREPRINT_SERVER = with_opening(re.compile(r"(?i)(?<![\w-])(" + trie_alternation(_SERVER_BY_NAME) + r")(?![\w-])"
                              r"|(?-i:(?<![\w-])HAL(?![\w-]))|\bhal-\d{6,}"))


def preprint_server(text: str) -> str | None:
    """The preprint server or open archive a venue names, as it spells itself ("SocArXiv",
    "bioRxiv", "HAL" for "Prépublication HAL, hal-04812345"), or None."""
    m = _PREPRINT_SERVER.search(text)
    if not m:
        return None
    return _SERVER_BY_NAME[m.group(1).lower()] if m.group(1) else "HAL"
