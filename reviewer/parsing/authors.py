"""Author lists: recognising them, splitting them, and finding the candidate in them.

An author list is told apart from a title by its shape: parts separated by
commas, "and", "&" or "、", each part a personal name (capitalised words,
initials, particles, CJK names), with equal-contribution or affiliation marks
attached. The candidate is found by comparing name variants: "Ana Diaz",
"A. Diaz", "Diaz, A.", "Diaz Ana", "DIAZ Ana", "AnaMaria" vs "Anamaria", middle
names and initials, and CJK names.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reviewer.parsing.hanzi import traditional
from reviewer.parsing.openings import with_opening
from reviewer.parsing.pubtext import EQUAL_MARKS, STAR

PARTICLES = {
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das",
    "bin", "binti", "al", "el", "ibn", "ter", "ten", "zu", "st", "y", "e", "mc",
}
# "ul-Ain", "al-Rashid", "d'Souza", "el-Amin": a lower-case particle joined to a capitalised name
JOINED_PARTICLE = re.compile(r"(?:al|el|ul|ad|ar|as|ash|an|abu|ibn|bin|d|l|dell)[-'’][^\W\d_][\w'’-]*")
# Words that occur in titles, venues and prose but are (almost) never personal names
# (surnames such as Press, Grant or Long are deliberately not listed).
_NOT_NAME_WORDS = """
 a an the of for with via and or on in to from by at as is are be can do does we our new novel
 towards toward using based under over into through without beyond between versus vs not no
 learning deep neural network networks model models analysis system systems data dataset datasets
 benchmark benchmarks approach approaches method methods framework frameworks study survey review
 theory algorithm algorithms optimization optimisation training inference generative adversarial
 transformer transformers attention representation representations detection segmentation image
 images video vision visual robust robustness federated distributed reinforcement policy control
 understanding generalization convergence stochastic gradient descent sparse sparsity pruning
 efficient efficiency fast faster scalable scaling large language languages graph graphs knowledge
 semantic parsing text code time series forecasting foundation multi self supervised unsupervised
 contrastive high low rank conference proceedings journal international university institute
 department school college laboratory lab transactions workshop symposium annual meeting arxiv
 preprint research science sciences engineering computer computing intelligence artificial machine
 information processing natural medical health report technical thesis paper papers oral spotlight
 poster award awards best submitted submission preparation accepted appear track society
 association ieee acm springer elsevier letters magazine quantum physics chemistry biology
 mathematics statistics statistical probabilistic bayesian estimation prediction classification
 recognition retrieval recommendation search ranking question answering dialogue dialog
 generation synthesis translation speech audio signal signals robot robots robotics autonomous
 driving agents agent multi-agent memory hardware software performance evaluation
 modeling modelling simulation dynamics dynamic interactive human interaction social media
 networks online offline real world zero few shot meta transfer domain adaptation continual
 lifelong active privacy security attack attacks defense adversarial fairness explainable
 interpretable causal causality matrix tensor kernel kernels linear nonlinear convex nonconvex
 regression clustering embedding embeddings token tokens prompt prompting instruction tuning
 fine pre pretrained pretraining diffusion energy flows variational autoencoder autoencoders
 encoder decoder sequence sequences temporal spatial structure structured unstructured
 invited talk talks keynote tutorial chapter book books patent patents project
 projects selected publications publication preprints manuscripts journals conferences
 equal contribution contributed equally corresponding author authors first co
 china usa
 """
NOT_NAME = set(_NOT_NAME_WORDS.split())

_MARK_CHAR = re.compile(rf"[{re.escape(EQUAL_MARKS + STAR)}]")
_NAME_THEN_MARK = re.compile(rf"^(.+?[{re.escape(EQUAL_MARKS + STAR)}])\s+\S")
_MARKS_RE = with_opening(re.compile(rf"[{re.escape(EQUAL_MARKS + STAR)}]+|\^\S+|(?<=[^\W\d_])\d{{1,2}}(?=\s*(?:[,;]|$))"))
# (an accented capital with its point is an initial too: "Ó.", "É."; without it, "Ó" opens an Irish
# family name: "Ó Briain, C.")
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.?(?:-?[A-Z]\.?)*|[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)*|[A-Z][a-z]?\.)$")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_BARE_ACCENTED_INITIAL = re.compile(r"(?<=,\s)([À-ÖØ-Þ])(?=\s*(?:[,&;]|\band\b|$))")
_CJK_NAME_RE = re.compile(r"^[\u3400-\u9fff·]{2,5}$")
# Common Chinese family names: a CJK "name" must start with one, so that words
# such as 期刊论文 ("journal papers") are not taken for people.
_CJK_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "傅萧阎蔺芮荆燕"
)
_CJK_DOUBLE_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐", "夏侯", "端木",
                        "司徒", "申屠", "钟离", "南宫"}
# ...as Taiwan and Hong Kong write them too (簡, 張, 歐陽)
_CJK_SURNAMES |= set(traditional("".join(_CJK_SURNAMES)))
_CJK_DOUBLE_SURNAMES |= {traditional(s) for s in _CJK_DOUBLE_SURNAMES}


@dataclass(frozen=True)
class Author:
    """One author as printed, without marks, and the marks that were attached."""

    name: str
    marks: str = ""  # e.g. "*", "*†", "#"
    bold: bool = False


_EQUAL_IN_WORDS = re.compile(r"\((?:equal contrib|co-?first|joint first)[^)]*\)", re.I)
_ROLE_NOTE = re.compile(r"\((?:equal|co-?first|joint first|corresponding)[^)]*\)", re.I)
_TRAILING_INITIAL = re.compile(r"(?:^|\s)[A-Z]$")
_SPACE_BEFORE_SEPARATOR = re.compile(r" (?=[,;])")


@lru_cache(maxsize=16384)
def _clean_part(part: str) -> tuple[str, str]:
    marks = "".join(_MARK_CHAR.findall(part)).replace(STAR, "*")
    name = _MARKS_RE.sub(" ", part)
    if _EQUAL_IN_WORDS.search(name):
        marks += "*"  # "Lena Hartmann (co-first)" says in words what a star says
    name = _ROLE_NOTE.sub(" ", name)
    name = name.strip(" ,;:.\t").strip()
    if part.strip().endswith(".") and _TRAILING_INITIAL.search(name):
        name += "."  # keep the dot of a trailing initial: "Xu, J."
    return _SPACE_BEFORE_SEPARATOR.sub("", " ".join(name.split())), marks  # "Abernathy*, Selin": no " ," left


# _is_initials and _name_token_ok: asked of every token of every candidate author list, and a
# CV's tokens are few (a few hundred distinct ones): pure per token, answered once each.
@lru_cache(maxsize=4096)
def _is_initials(token: str) -> bool:
    return bool(_INITIAL_RE.match(token))


@lru_cache(maxsize=4096)
def _name_token_ok(token: str) -> bool:
    if _is_initials(token):
        return True
    if token.lower() in PARTICLES or JOINED_PARTICLE.fullmatch(token):
        return True
    word = token.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
    if not word or not all(ch.isalpha() for ch in word):
        return False
    if not token[0].isupper():
        return False
    return token.lower().strip(".") not in NOT_NAME


_INITIALS_ONLY = re.compile(r"(?:\s*[A-Z]\.?(?:-[A-Z]\.?)?){1,3}\s*")


@lru_cache(maxsize=16384)
def looks_like_name(name: str) -> bool:
    """True for "Ana Diaz", "A. Diaz", "Diaz, A.", "DIAZ Ana", "Kai E", "张三"."""
    name = name.strip()
    if not name:
        return False
    if _CJK_RE.search(name):
        compact = name.replace(" ", "")
        return bool(_CJK_NAME_RE.match(compact)) and len(compact) <= 4 and (
            compact[0] in _CJK_SURNAMES or compact[:2] in _CJK_DOUBLE_SURNAMES
        )
    tokens = name.replace(",", " ").split()
    if not 2 <= len(tokens) <= 5:
        return False  # mononyms are too rare to risk taking a title word for a person
    if not all(_name_token_ok(t) for t in tokens):
        return False
    family = name.split(",", 1)[0] if "," in name else ""
    if family.isupper() and len(re.sub(r"[^A-Z]", "", family)) >= 3:
        return True  # "TEIXEIRA, G. M.": Brazil's ABNT prints the family name in capitals
    if family.isupper() and family.isalpha() and _INITIALS_ONLY.fullmatch(name.split(",", 1)[1]):
        return True  # "WU, H.", "LI, J. K.": a short family name in capitals, then initials
    return any(not _is_initials(t) and t.lower() not in PARTICLES for t in tokens)


def _pair_surname_initials(parts: list[str]) -> list[str]:
    """Join "Xu", "J." into "Xu, J." for lists printed family-name first (APA)."""
    out: list[str] = []
    for part in parts:
        if not out or out[-1].endswith("\x00"):  # (nothing to join to: the tests below are skipped)
            out.append(part)
            continue
        bare_tokens = _clean_part(part)[0].split()
        # (the printed points kept: "Ó." is an initial, "Ó" the start of a family name)
        if bare_tokens and (all(_is_initials(t) for t in bare_tokens) or (
                len(printed := part.strip().strip("*†‡#").split()) == len(bare_tokens)
                and all(_is_initials(t) for t in printed))):
            prev_tokens = _clean_part(out[-1])[0].split()
            if prev_tokens and (not any(_is_initials(t) for t in prev_tokens) or _capitals_family(prev_tokens, part)):
                out[-1] = out[-1] + ", " + part + "\x00"
                continue
        out.append(part)
    return [p.replace("\x00", "") for p in out]


def _capitals_family(tokens: list[str], part: str) -> bool:
    """"PRYCE-MORGAN" before "A.": a family name in capitals (UK Harvard exports, ABNT) reads
    like a run of initials; before initials printed with their points (or the list's last
    initial, its point gone with the list's full stop) it is the family name."""
    return len(tokens) == 1 and "." not in tokens[0] and len(tokens[0]) >= 2 and ("." in part or len(part.strip()) == 1)


def _pair_inverted_first(parts: list[str]) -> list[str]:
    """MLA/Chicago invert only the first author: "Hartmann, Lena, and Tomas Oyelaran"."""
    if len(parts) >= 2:
        first, second = _clean_part(parts[0])[0], _clean_part(parts[1])[0]
        if (
            len(first.split()) == 1
            and 1 <= len(second.split()) <= 2
            and not looks_like_name(first)
            and not looks_like_name(second)
            and looks_like_name(f"{second} {first}")
        ):
            return [f"{parts[0]}, {parts[1]}", *parts[2:]]
    return parts


_SPACE_LIST_RE = with_opening(re.compile(rf"((?:[A-Z][\w'’-]+\s)+(?:[A-Z]\.?-?)+[{re.escape(EQUAL_MARKS)}]*)(?:\s+|$)"))
_ET_AL_TAIL = re.compile(r",?\s*\b(?:et\.?\s*al\.?|and\s+others)$")  # ("and others": BibTeX's own spelling)
_CJK_LIST_SEPARATORS = with_opening(re.compile(r"\s*[,，、;；]\s*|\s+and\s+|\s*&\s*|\s*等$"))
_FAMILY_FIRST_SEPARATOR = re.compile(r"\s*;\s*(?:and\s+|&\s*)?")
# (the leading lookahead names the characters a match can start with: the engine skips every
# other position at once instead of trying each alternative there; the matches are the same)
_LIST_SEPARATORS = re.compile(r"(?=[\s,;&])(?:\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)")
# "y", "e", "et", "und": "and" in the CV's language, before a family name and its initials
_OTHER_AND = re.compile(r"\s(?:y|e|et|und)\s(?=[A-ZÀ-Þ][\w'’-]*(?:[- ][A-ZÀ-Þ][\w'’-]+)*,\s[A-Z](?:\.|,|$))")
_INVERTED_FIRST = re.compile(r"^[^,&]+,")
_FIRST_THEN_AND = re.compile(r"^[^,&]+\sand\s")


def split_authors(text: str, bold_spans: list[str] | None = None) -> list[Author] | None:
    """Split an author list; None when the text does not look like one."""
    # A reference's segments are asked about again and again (splitting the list, reading
    # the item, placing the candidate): the answer is a pure function of the text.
    found = _split_authors(text, tuple(bold_spans) if bold_spans else ())
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _split_authors(text: str, bold_spans: tuple[str, ...]) -> tuple[Author, ...] | None:
    # (a list is asked about as "A, B." and "A, B", with and without its bold spans: it is
    # read once, and the bold marks are set for each asking that has bold spans)
    authors = _named_parts(text.strip().rstrip(".;,").strip())
    if authors is None or not bold_spans:
        return authors
    bold_names = {_clean_part(b)[0].lower() for b in bold_spans}
    return tuple(Author(a.name, a.marks, a.name.lower() in bold_names) for a in authors)


@lru_cache(maxsize=8192)
def _named_parts(text: str) -> tuple[Author, ...] | None:
    """The authors of a list (no bold marks), its text stripped; None when it is none."""
    if ", " in text and not text.isascii():
        # "Ní Bhriain, Ó" (its point lost with the list's last full stop): the accented initial
        # after a family name gets its point back, so it reads as an initial, not a name
        text = _BARE_ACCENTED_INITIAL.sub(r"\1.", text)
    if (" y " in text or " e " in text or " et " in text or " und " in text) and _OTHER_AND.search(text):
        text = _OTHER_AND.sub(" & ", text)  # "Guzmán Lara, E. y Ramírez-Sosa, P.": Spanish "and" before the last name
    if text.endswith(("al", "al.", "others")):  # the pattern ends there (text is stripped): most lists do not
        text = _ET_AL_TAIL.sub("", text).strip()
    if not text or len(text) > 1500:
        return None
    if _CJK_RE.search(text):
        parts = [p for p in _CJK_LIST_SEPARATORS.split(text) if p.strip()]
    else:
        # "Mabsout B.* Mysore S.* Saenko K." (no commas at all)
        if "," not in text and " and " not in text and "&" not in text:
            pieces = _SPACE_LIST_RE.findall(text + " ")
            if len(pieces) >= 2 and sum(len(p) + 1 for p in pieces) >= len(text) - 2:
                parts = pieces
            else:
                parts = [text]
        elif ";" in text and all("," in p for p in text.split(";") if p.strip()):
            # "Hartmann, Lena; Oyelaran, Tomas" (every name family-first)
            parts = [p for p in _FAMILY_FIRST_SEPARATOR.split(text) if p.strip()]
        else:
            parts = [p for p in _LIST_SEPARATORS.split(text) if p and p.strip()]
            parts = _pair_surname_initials(parts)
            if _INVERTED_FIRST.match(text) and not _FIRST_THEN_AND.match(text):
                parts = _pair_inverted_first(parts)
    # "..., Marco Bellweather# Oral Paper": words after the last name (a note
    # from the right-hand column) are not part of the name.
    if parts and not looks_like_name(_clean_part(parts[-1])[0]):
        m = _NAME_THEN_MARK.match(parts[-1])
        if m and looks_like_name(_clean_part(m.group(1))[0]):
            parts[-1] = m.group(1)
    # (name, marks) pairs first: most texts asked about are not author lists, and an Author
    # (a frozen dataclass) is made only for a list that passes
    named: list[tuple[str, str]] = []
    for part in parts:
        name, marks = _clean_part(part)
        if not name:
            if marks and named:  # "Wang*, †" leaves a bare mark behind
                named[-1] = (named[-1][0], named[-1][1] + marks)
            continue
        named.append((name, marks))
    if not named:
        return None
    good = sum(1 for name, _ in named if looks_like_name(name))
    if good < max(1, 0.8 * len(named)):
        return None
    return tuple(Author(name, marks) for name, marks in named)


# ---- matching the candidate ---------------------------------------------


def _fold(s: str) -> str:
    if s.isascii():
        return s.lower()  # NFKD leaves ASCII as it is, and no ASCII character is a combining mark
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


_NOT_NAME_CHAR = re.compile(r"[^\w\s.'-]")
_SPACES = re.compile(r"[\s]+")


def _tokens(name: str) -> list[str]:
    """Lower-case tokens; "Xu, J." becomes ["j", "xu"] (given names first)."""
    name = _fold(name)
    if "," in name:
        family, _, given = name.partition(",")
        name = given + " " + family
    name = _NOT_NAME_CHAR.sub(" ", name)
    return [t for t in _SPACES.split(name.replace(".", ". ")) if t.strip(".")]


def _initials(token: str) -> str:
    """"j." -> "j", "j.-p." -> "jp", "chi-chih" -> "cc" (initials of a hyphenated given name)."""
    parts = [p for p in re.split(r"[.\-]", token) if p]
    return "".join(p[0] for p in parts)


_NLM_NAME = re.compile(r"^(?P<family>[^\s,]+(?:\s[^\s,]+)*?)\s(?P<initials>[A-Z]{2,3})[*†‡#]*$")


@dataclass(frozen=True)
class CandidateName:
    """The candidate's name prepared for matching against printed author names."""

    tokens: tuple[str, ...]
    cjk: str | None
    others: tuple[CandidateName, ...] = ()  # the other script's form: "林晓雨 (Xiaoyu Lin)"

    @classmethod
    def parse(cls, name: str) -> CandidateName | None:
        outside = re.sub(r"[\(（].*?[\)）]", " ", name)
        inside = " ".join(re.findall(r"[\(（](.*?)[\)）]", name))
        forms = [cls._one(outside), cls._one(inside)]
        forms = [f for f in forms if f is not None]
        if not forms:
            return None
        return cls(forms[0].tokens, forms[0].cjk, tuple(forms[1:]))

    @classmethod
    def _one(cls, name: str) -> CandidateName | None:
        cjk = "".join(_CJK_RE.findall(name)) or None
        latin = "".join(ch for ch in name if not _CJK_RE.match(ch))
        toks = tuple(t.strip(".") for t in _tokens(latin) if t.strip("."))
        if not toks and not cjk:
            return None
        return cls(toks, cjk)

    def matches(self, printed: str) -> bool:
        # Every author of every reference is asked about, some several times (reading the
        # item, the other-script check, placing the candidate): the answer is pure.
        return _name_matches(self, printed)

    def _matches(self, printed: str) -> bool:
        printed = printed.strip()
        if not printed:
            return False
        if _CJK_RE.search(printed):
            return bool(self.cjk) and printed.replace(" ", "") == self.cjk
        if not self.tokens:
            return False
        if (nlm := _NLM_NAME.match(printed)) and any(ch.islower() for ch in nlm.group("family")):
            # "Mahlangu-Fourie TN": Vancouver's run-together initials, one per given name
            printed = f"{nlm.group('family')}, {' '.join(ch + '.' for ch in nlm.group('initials'))}"
        a = [t for t in _tokens(printed)]
        if not a:
            return False
        c = list(self.tokens)
        a_words = [t.strip(".") for t in a]
        joined_a = "".join(a_words).replace("-", "")
        variants = {"".join(c), "".join(c[1:] + c[:1]), "".join(c[-1:] + c[:-1])}
        if joined_a.replace("'", "") in {v.replace("-", "").replace("'", "") for v in variants}:
            return True
        if sorted(a_words) == sorted(c):
            return True
        full = [t for t in a if not t.endswith(".") and len(t.strip(".")) > 1 and t not in PARTICLES]
        inits = [t for t in a if t.endswith(".") or len(t.strip(".")) == 1]
        # Family name: one or more of the candidate's tokens, at the end or (CJK order) the start.
        for k in range(len(c) - 1, 0, -1):
            for family, given in ((c[k:], c[:k]), (c[:len(c) - k], c[len(c) - k:])):
                fam = [f for f in family if f not in PARTICLES]
                if not fam or [w.replace("-", "") for w in full if w not in PARTICLES][-len(fam):] != [
                    f.replace("-", "") for f in fam
                ]:
                    continue
                others = [w for w in full if w not in fam and w not in PARTICLES]
                got = "".join(_initials(t) for t in inits) + "".join(w[0] for w in others)
                if others and others[0] != given[0] and not (
                    given[0].replace("-", "").startswith(others[0].replace("-", ""))
                ):
                    continue
                want_first = given[0][0]
                if got and got[0] == want_first:
                    return True
                if not got and not others:
                    continue
        # First and last word agree, middle names differ ("Andrew C Yao" vs "Andrew Chi-Chih Yao").
        return bool(len(a_words) >= 2 and len(c) >= 2 and a_words[0] == c[0] and a_words[-1] == c[-1])


@lru_cache(maxsize=8192)
def _name_matches(cand: CandidateName, printed: str) -> bool:
    return cand._matches(printed) or any(o._matches(printed) for o in cand.others)


def author_key(name: str) -> str:
    """A loose identity for counting the most frequent author: family name + first initial."""
    toks = [t.strip(".") for t in _tokens(name) if t.strip(".") and t not in PARTICLES]
    if not toks:
        return ""
    if _CJK_RE.search(name):
        return name.replace(" ", "")
    full = [t for t in toks if len(t) > 1]
    family = full[-1] if full else toks[-1]
    first = next((t for t in toks if t != family), "")
    return f"{family}:{first[:1]}"


def most_frequent_author(lists: list[list[Author]], texts: list[str] | None = None) -> str | None:
    """The author printed most often across items: a CV's owner, when no name is known.

    Ties are broken by how many references mention the family name at all
    (references the owner wrote alone have no list to count).
    """
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for authors in lists:
        authors = [a for a in authors if a.name != "et al."]
        for key in dict.fromkeys(author_key(a.name) for a in authors):  # (printed order: ties go the same way every run)
            counts[key] += 1
        for a in authors:
            example.setdefault(author_key(a.name), a.name)
    if not counts:
        return None

    def mentions(key: str) -> int:
        family = key.split(":")[0]
        word = _whole_word(family)
        return sum(1 for t in texts or [] if word.search(_fold(t)))

    key = max(counts, key=lambda k: (counts[k], mentions(k)))
    n = counts[key]
    if n < max(2, 0.5 * len(lists)):
        return None
    return example[key]


@lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    """The word on its own (a family name, from the document): compiled once per name."""
    return re.compile(rf"\b{re.escape(word)}\b")
