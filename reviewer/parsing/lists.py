"""Research interests and skills: lists of short phrases.

Sections state them as bullets, comma/semicolon lists (possibly wrapped over
lines), "Category: item, item" lines, or prose ("My interests include X, Y and
Z."). Items are short phrases; prose is mined only for what follows
"interested in" / "include" / "focus on", and for lines after a line ending in ":".
"""
from __future__ import annotations

import re

from reviewer.parsing.cleaning import Clean, has_cjk
from reviewer.parsing.hanzi import both_scripts_pattern
from reviewer.parsing.needles import folded
from reviewer.parsing.sections import heading_kind
from reviewer.parsing.segments import LABEL

_CATEGORY = (r"(?:programming\s+)?languages|tools|frameworks|libraries|databases|platforms|technologies|"
             r"software|cloud|devops|os|operating systems|web|ml|data|infrastructure")
# The marks that part a list's items. (Asked of one character at a time: a set test, not the
# pattern "\s*(?:[,;，；、•·|]|\s/\s)\s*", which matches a lone character only when it is one of them.)
ITEM_SEPARATORS = frozenset(",;，；、•·|")
_CITES = re.compile(r"\[\d+(?:[,–-]\s*\d+)*\]|\(\s*\d+\s*\)")
_PROSE_HOOK = re.compile(
    r"(?i)(?:interest(?:s|ed)?\s+(?:include|includes|are|lie|lies|in|cover|covers|span|spans)|"
    r"topics?\s+(?:include|of interest include)|focus(?:es|ed)?\s+on|working\s+on|work\s+on)\s*(?:in|on)?\s*:?\s*(.+)"
)
_CATEGORY_WORD = re.compile(rf"(?i:^({_CATEGORY}))\s+(?=[A-Z0-9][^,:]{{0,30}},)")


# A label that ranks the list rather than naming a topic ("Primary: labor economics").
_RANK_LABEL = re.compile(
    r"(?i)^(?:primary|secondary|tertiary|main|major|minor|other|others|current|past|previous|former|future|"
    r"core|broad|general|specific|emerging|ongoing|additional)(?:\s+(?:fields?|areas?|interests?|topics?))?$")


_CONJUNCTION_HEAD = re.compile(r"^(?:and|or|&)\s+")


def split_items(text: str) -> list[str]:
    """"A, B (x, y); C and D" → ["A", "B (x, y)", "C", "D"] (no split inside parentheses)."""
    out: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([（":
            depth += 1
        elif ch in ")]）" and depth:
            depth -= 1
        elif depth == 0 and (ch in ITEM_SEPARATORS or (ch == "/" and text[i - 1:i] == " " and text[i + 1:i + 2] == " ")):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    items: list[str] = []
    for n, part in enumerate(out):
        part = _CONJUNCTION_HEAD.sub("", part.strip())
        # "A, B and C": the last piece of a list is two items; "Training & Inference" stays one
        if n == len(out) - 1 and len(out) >= 2 and re.search(r"\sand\s", part) and len(part.split()) <= 5:
            items.extend(p for p in re.split(r"\s+and\s+", part))
        else:
            items.append(part)
    return [_tidy(i) for i in items if _tidy(i)]


_WHITESPACE_RUN = re.compile(r"\s+")


def _tidy(item: str) -> str:
    t = _CITES.sub("", item).strip(" .:;,*-–")
    t = _WHITESPACE_RUN.sub(" ", t)
    return t if 1 < len(t) <= 120 else ""


def _short(item: str, limit: int = 8) -> bool:
    return len(item.split()) <= limit or (has_cjk(item) and len(item) <= 25)


def _is_sentence(text: str) -> bool:
    t = text.strip()
    parts = [p for p in re.split(r"\s*[;；]\s*", t.rstrip(" .;")) if p]
    if len(parts) >= 3 and all(_short(p, 8) and not re.match(r"(?:I|My|We|Our)\b", p) for p in parts):
        return False  # "A; B from C; D." is a list of topics however long
    if has_cjk(t):
        # a bilingual list ("视觉问答、多模态 / VQA; multimodal models") is long but not prose
        return "。" in t or (len(t) > 60 and len(split_items(t)) < 3)
    if re.match(r"(?:I|My|We|Our|Currently|Recently|Broadly|Specifically)\b", t):
        return True  # first-person prose, however short
    if len(t.split()) <= 12:
        return False
    if re.search(r"\b(?:I|my|we|our|am|is|are|have)\b", t):
        return True
    # "A, b c, and d for e." wrapped over lines: a full stop after three or more noun
    # phrases and no verb is still a list of topics, not prose
    parts = split_items(t)
    return t.endswith(".") and not (len(parts) >= 3 and all(_short(p, 10) for p in parts))


_AWARDS_LABEL = re.compile(r"(?i)^(?:honou?rs?(?:\s+(?:and|&)\s+awards?)?|awards?|prizes?|scholarships?|fellowships?)$"
                           r"|^(?:荣誉|奖项|获奖)$")


# "Legged locomotion, model predictive control. 足式机器人运动控制、模型预测控制。": a list
# printed in English, then again in Chinese after its full stop
_SCRIPT_HALVES = re.compile(r"(?<=[A-Za-z)]{2})\.\s+(?=[\u4e00-\u9fff])")


_NO_LETTERS = re.compile(r"[\d\W]+")


_CATEGORY_GAP = re.compile(r"^([^\t,:]{2,30}?)(?:\t|\s{2,})(?=\S[^\t]*[,，、])")


def parse_list(lines: list[Clean]) -> list[str]:
    """Short phrases from a list section (interests, skills), in order, without repeats."""
    items: list[str] = []
    para: list[str] = []
    listing = False  # after "... include:" every line is a list line
    plain = [c.text.strip() for c in lines if c.text.strip() and not c.bullet]
    per_line = len(plain) >= 3 and sum(
        len(t.split()) <= 7 and not re.search(r"[,;&]$|\b(?:and|or|of|in|for|with|the)$", t) and not _is_sentence(t)
        for t in plain) >= 0.8 * len(plain) and not any(t.endswith(".") and len(t.split()) > 4 for t in plain) and (
        # a comma list wrapped over a narrow column has commas on most of its lines
        sum(len(split_items(t)) > 1 for t in plain) <= len(plain) / 3)

    def flush() -> None:
        text = " ".join(para).strip()
        para.clear()
        if not text or text.endswith(":"):
            return  # "Areas I keep coming back to are:" only introduces the list
        halves = _SCRIPT_HALVES.split(text)
        if len(halves) == 2 and _is_sentence(text) and not _is_sentence(halves[0]):
            text = halves[0]  # "A, B, C. 甲、乙、丙。": the English list, its Chinese translation aside
        if _is_sentence(text):
            pieces = [p.strip(" .") for p in text.split(";")]
            if len(pieces) >= 3 and all(p and _short(p, 12) for p in pieces) and not _PROSE_HOOK.search(text):
                # "Social history of X; credit, charity and poor relief; women's work.": topics cut by
                # semicolons, each with commas of its own, one full stop at the end
                items.extend(pieces)
                return
            for m in _PROSE_HOOK.finditer(text):
                items.extend(topics_of_phrase(m.group(1)))
            return
        # "Norwegian (native), German (B1). XRD, SEM": two lists, one after the other
        parts = [p for sent in re.split(r"(?<=[a-z0-9)]{2})\.\s+(?=[A-Z])", text) for p in split_items(sent)]
        if all(_short(p, 12) for p in parts):
            items.extend(parts)

    for c in lines:
        t = c.text.strip()
        if not t or ("\t" in c.raw and len(c.raw.split("\t")) > 3):
            continue  # tables of keywords are not lists of interests
        # "Languages<gap>Go, Python": a category column then its items (the gap may be lost:
        # "Tools Python, C++" still starts with a category word)
        t = _CATEGORY_GAP.sub(r"\1: ", t)
        t = _CATEGORY_WORD.sub(r"\1: ", t)
        lab = LABEL.match(t)
        if per_line and not (c.bullet or lab):
            items.extend(split_items(t))  # one item (or a short list) per line, as side bars list skills
            continue
        if not (c.bullet or lab or listing):
            para.append(t)
            if t.endswith(":"):
                flush()
                listing = True
            elif t.endswith("."):
                flush()
            continue
        flush()
        if lab and len(lab.group(1).split()) <= 6:
            label, rest = _tidy(lab.group(1)), lab.group(2)
            if _AWARDS_LABEL.match(label):
                continue  # "Honors: …" under "Skills and Honors" names prizes (awards_from_fields)
            if label and rest.strip() and not _RANK_LABEL.match(label):  # "My topics include:" alone only introduces a list
                items.append(label)
            parts = split_items(rest)
            if parts and all(_short(p) for p in parts):
                items.extend(parts)
            listing = listing or not rest.strip()
        elif _is_sentence(t):
            para.append(t)
            flush()
        else:
            parts = split_items(t)
            items.extend(parts if all(_short(p, 12) for p in parts) else [_tidy(t)])
    flush()
    seen: set[str] = set()
    out: list[str] = []
    for i in items:
        k = i.casefold()
        if i and k not in seen and not _NO_LETTERS.fullmatch(i):
            seen.add(k)
            out.append(i)
    return out


_CJK_INTEREST_KEY = both_scripts_pattern(r"研究兴趣|研究方向|研究领域|兴趣方向|研究专长|专长领域")
_INTEREST_KEY = re.compile(
    r"(?i)^(?:research\s+)?(?:interests?|fields?|areas?|topics?|directions?|focus|keywords?)(?:\s+of\s+interest)?$|"
    # (in both scripts, perhaps with its English gloss: "研究興趣 Research interests")
    rf"^(?:{_CJK_INTEREST_KEY}|方向)(?:\s*(?i:research\s+(?:interests?|areas?|fields?)))?$"
)
# "研究方向 水体分类、水色遥感": a Chinese key and its list separated by a space, not a colon
# (not a bilingual heading: "研究興趣 Research Interests")
_CJK_KEY_SPACE = re.compile(rf"^\s*({_CJK_INTEREST_KEY})\s+(?!(?i:research\s+(?:interests?|areas?|fields?)\s*$))(\S.*)$")
# "我的研究兴趣涵盖了A、B和C。", "主要研究方向包括X,是…": a statement of what the writer studies
_CJK_HOOK = re.compile(r"(?:研究兴趣|研究方向|研究领域)(?:主要)?(?:包括|涵盖了?|集中于|集中在|有|为|是)[:：]?\s*(.+?)(?:。|$)")
# the list ends where a clause about it begins ("…算法,是计算神经科学的交叉领域")
_CLAUSE = re.compile(r"[,，](?=是|并|其|这|也|而|且|以|从|使|在|我|可|该)")


def _row_value(c: Clean, lines: list[Clean], k: int, value: str) -> str:
    """A key's value up to the next table cell, with a short wrapped tail on the next row."""
    value = value.split("\t")[0].strip()
    after = lines[k + 1] if k + 1 < len(lines) else None
    nxt = after.text.strip() if after else ""
    same_size = bool(after and (not c.line.size or not after.line.size or abs(after.line.size - c.line.size) < 0.3))
    # (never a heading: "一、教育背景" under the field line is the next section)
    if (nxt and same_size and has_cjk(nxt) and not re.search(r"[:：\t。]", nxt) and len(nxt) < len(c.text) / 2
            and not re.search(r"[。;；]$", value) and not heading_kind(nxt)):
        value += nxt
    return value


def interests_from_statement(lines: list[Clean]) -> list[str]:
    """Topics a Chinese paragraph states ("我的研究兴趣涵盖了A、B和C。"), rows joined first
    because a paragraph wraps anywhere."""
    text = "".join(c.text.strip() for c in lines if has_cjk(c.text))
    out: list[str] = []
    for m in _CJK_HOOK.finditer(text):
        phrase = _CLAUSE.split(m.group(1))[0]
        found = [i for i in split_items(phrase) if _short(i)]
        out.extend(found)
    return out


def _label(text: str) -> re.Match[str] | None:
    """LABEL's "key: value", tested for its colon first: every body line is asked, few have one."""
    return LABEL.match(text) if ":" in text or "：" in text else None


_LEADING_SYMBOLS = re.compile(r"^[\W_]+")


def interests_from_research_label(lines: list[Clean]) -> list[str]:
    """"**Research:** A, B, and C." under the name (not in a skills list): a list of topics,
    when it is one."""
    for c in lines:
        lab = _label(c.text)
        if lab and _LEADING_SYMBOLS.sub("", lab.group(1)).strip().lower() == "research":
            found = split_items(lab.group(2).strip().rstrip("."))
            if len(found) >= 2 and all(_short(i, 6) for i in found):
                return found
    return []


def interests_from_fields(lines: list[Clean]) -> list[str]:
    """"Research interests: A, B" key-value lines outside an interests section (slides, headers)."""
    out: list[str] = []
    for k, c in enumerate(lines):
        piece = c.text.split(" | ")[-1] if " | " in c.text else c.text  # "Postdoc | Interests: A, B"
        lab = _label(piece) or _CJK_KEY_SPACE.match(c.text)
        # the key may carry a bullet or an emoji ("- 🌱 Research interests: A, B" in a README)
        if lab and _INTEREST_KEY.match(_LEADING_SYMBOLS.sub("", lab.group(1)).strip()) and lab.group(2).strip():
            value = _row_value(c, lines, k, lab.group(2)) if has_cjk(c.text) else lab.group(2)
            out.extend(i for i in split_items(value) if _short(i))
            continue

        cell = _cell_value(c.raw if "\t" in c.raw else c.text)
        if cell:  # a form's grid: "个人主页<tab>x.cn<tab>研究方向<tab>A;B;C"
            out.extend(i for i in split_items(cell) if _short(i))
            continue
        # a second field on the line: "导师:X 教授 研究方向:A、B" under a degree
        if (":" in c.text or "：" in c.text) and (m := _CJK_INTEREST_FIELD.search(c.text)):  # (its colon first)
            out.extend(i for i in split_items(m.group(1)) if _short(i))
            continue
        # inside a paragraph: "... meaningful. Interests: A, B, C." / "My research interests include A and B."
        low = folded(c.text)
        if low is not None and "interest" not in low:
            continue  # the scan below needs the word: most lines never say it
        for m in _INLINE_INTERESTS.finditer(c.text):
            found = split_items(re.split(r"(?<=[a-z)])\.(?:\s|$)", m.group(1))[0])
            if found and all(_short(i, 6) for i in found):
                out.extend(found)
    return out


_CJK_INTEREST_FIELD = re.compile(rf"(?<=\s)(?:{_CJK_INTEREST_KEY})\s*[:：]\s*([^\s:：][^:：]*)$")
_INLINE_INTERESTS = re.compile(
    r"(?i)(?:^|(?<=[.;!]\s))(?:my\s+|our\s+)?(?:research\s+)?interests?\s*(?::|\b(?:include|includes|are|lie\s+in|"
    r"span|cover)\b:?)\s*([^;]+)")


_SKILL_KEY = re.compile(r"(?i)^(?:(?:technical|programming|computer|core|key)\s+)?skills?$|^(?:programming\s+)?languages$|"
                        r"^tools$|^技能$|^专业技能$")


def skills_from_fields(lines: list[Clean]) -> list[str]:
    """"Skills: Python, Go" lines outside a skills section."""
    out: list[str] = []
    for c in lines:
        lab = _label(c.text)
        if lab and _SKILL_KEY.match(lab.group(1).strip()) and lab.group(2).strip():
            out.extend(i for i in split_items(lab.group(2)) if _short(i))
    return out


# First-person statements of what the writer studies, in an "About" or summary paragraph.
_INTRO_HOOK = re.compile(
    r"(?i)\b(?:(?:i\s+am|i['’]m)\s+(?:\w+\s+){0,2}interested\s+in|"
    r"(?:my|our)\s+(?:current\s+)?(?:research|work|phd|thesis)\s+(?:mainly\s+|primarily\s+)?(?:focuses|focused|centers|centres|"
    r"concentrates)\s+on|(?:my|our)\s+(?:research\s+)?interests?\s+(?:include|are|lie\s+in|span|cover)|"
    # "My research studies A, B and C.", "My work is on A and B.", "My research is in A."
    r"(?:my|our)\s+(?:current\s+)?(?:research|work)\s+(?:is\s+(?:in|on)|lies\s+in|studies|examines|explores|"
    r"investigates|addresses|spans|covers))\s*:?\s*(.+)"
)


def interests_from_intro(lines: list[Clean]) -> list[str]:
    """Topics named in an introduction ("I am broadly interested in A, B, and C."), for a CV
    that has no interests section: the phrase up to the sentence end, cut before a
    qualifying clause (", with applications to ...")."""
    text = " ".join(c.text.strip() for c in lines)
    out: list[str] = []
    for m in _INTRO_HOOK.finditer(text):
        phrase = re.split(r"(?<=[a-z)\]])[.!?](?:\s|$)", m.group(1))[0]
        phrase = re.split(r",?\s+(?:with\s+(?:a\s+)?(?:focus|applications?|emphasis)|especially|particularly|"
                          r"in order to|to\s+(?:build|help|make|understand))\b", phrase)[0]
        if re.match(r"(?i)(?:joining|working|applying|contributing|pursuing|taking|finding|bringing|leading|helping|"
                    r"learning\s+(?:more|about|how)|new\s+(?:roles?|opportunit))\b", phrase):
            continue  # "interested in joining a team": a wish, not a topic
        out.extend(topics_of_phrase(m.group(1)))
    return out


# what joins a further topic to a statement of interests ("A, with an emphasis on B", "A, especially B")
_MORE_TOPICS = re.compile(r"(?i),?\s+(?:with\s+(?:a|an)?\s*(?:particular\s+|special\s+)?(?:focus|emphasis)\s+on|"
                          r"especially|particularly|including|such\s+as|as\s+well\s+as)\s+")


def topics_of_phrase(phrase: str) -> list[str]:
    """The topics a statement names, up to its sentence end: "sediment transport in tidal rivers,
    with an emphasis on remote sensing and machine learning" -> three topics. Phrases longer than
    six words are left out (a clause, not a topic)."""
    phrase = re.split(r"(?<=[a-z)\]])[.!?](?:\s|$)", phrase)[0]
    phrase = re.split(r",?\s+(?:in\s+order\s+to|to\s+(?:build|help|make|understand)|with\s+applications?\s+(?:to|in))\b",
                      phrase)[0]  # what the topics are for is not a topic
    out: list[str] = []
    for item in split_items(_MORE_TOPICS.sub(", ", phrase)):
        item = re.sub(r"(?i)^(?:and|or)\s+", "", item).strip()
        pieces = item.split(" and ") if len(item.split()) > 4 and " and " in item else [item]
        out.extend(p.strip() for p in pieces if p.strip() and _short(p, 6))
    return out


def label_table(lines: list[Clean]) -> bool:
    """A section laid out as "label<tab>value" rows ("研究领域<tab>…", "发表刊物<tab>…")."""
    texts = [c.text for c in lines if c.text.strip()]
    rows = [t for t in texts if re.match(r"^\s*[^\t]{1,12}\t\S", t)]
    return len(rows) >= 2 and len(rows) * 2 >= len(texts)


def interests_of_section(lines: list[Clean]) -> list[str]:
    """An interests section's items; when it is a table of labelled rows, only the rows whose
    label names interests (the others hold venues, service and the like)."""
    if label_table(lines):
        keyed = interests_from_fields(lines)
        if keyed:
            return keyed
    # a philosopher's "AOS: A; B" over "AOC: C; D": the areas of specialisation are the research,
    # the areas of competence what the candidate can teach
    aos = [c for c in lines if _AOS.match(c.text)]
    if aos and any(_AOC.match(c.text) for c in lines):
        lines = [Clean(c.line, _AOS.sub("", c.text), c.bullet, c.raw) for c in aos]
    # a sentence under the heading ("My research studies A, B and C.") names its topics
    return topic_headings(lines) or parse_list(lines) or interests_from_intro(lines)


_AOS = re.compile(r"(?i)^\s*(?:AOS|areas?\s+of\s+speciali[sz]ation)\s*[:：]\s*")
_AOC = re.compile(r"(?i)^\s*(?:AOC|areas?\s+of\s+competence)\s*[:：]")


def _cell_value(text: str) -> str | None:
    """The cell after an interests key cell in a tab-separated row of key and value cells."""
    if "\t" not in text:
        return None
    cells = [x.strip() for x in text.split("\t")]
    return next((cells[k + 1] for k in range(len(cells) - 1)
                 if _INTEREST_KEY.match(cells[k]) and cells[k + 1]), None)


def topic_headings(lines: list[Clean]) -> list[str]:
    """"Research Expertise" as bold topic names, each over a plain sentence or two about it:
    the topics are the interests, the sentences their gloss."""
    heads = [k for k, c in enumerate(lines) if c.line.bold and not c.bullet and _short(c.text, 6)
             and not c.text.rstrip().endswith((".", ",", ";", ":"))]
    glossed = [k for k in heads if k + 1 < len(lines) and not lines[k + 1].line.bold
               and len(lines[k + 1].text.split()) >= 5]
    if len(glossed) < 2 or len(glossed) != len(heads) or any(lines[k].line.bold for k in range(len(lines))
                                                             if k not in heads):
        return []
    return [lines[k].text.strip() for k in heads]


def merged(first: list[str], more: list[str]) -> list[str]:
    """`first`, then the items of `more` it does not have (case-insensitively)."""
    out = list(first)
    seen = {x.casefold() for x in out}
    for x in more:
        if x.casefold() not in seen:
            seen.add(x.casefold())
            out.append(x)
    return out
