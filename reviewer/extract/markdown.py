"""Markdown -> plain lines with heading/bold flags and the links it names.

Not a renderer: it keeps one output line per source line (so positions still
match the file) and removes only markup a reader never sees: `#`, `**`, link
syntax, images, fences, table rules, YAML front matter delimiters.
"""
from __future__ import annotations

import re

from reviewer.extract.document import CELL_SEP, TextLine
from reviewer.extract.frontmatter import profile_lines
from reviewer.extract.normalize import clean

# Repetitions are bounded ({1,500}) and exclude their own delimiters, so a hostile
# line ("[[[[..." for megabytes) costs linear time, not quadratic.
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[([^\[\]]{0,500})\]\(([^()\[\]\s]{0,2000})(?:\s+\"[^\"]{0,500}\")?\)")
_LINK = re.compile(r"\[([^\[\]]{1,500})\]\(\s{0,5}<?([^()\[\]\s<>]{1,2000})>?(?:\s+\"[^\"]{0,500}\")?\s{0,5}\)")
_REF_LINK = re.compile(r"\[([^\[\]]{1,500})\]\[([^\[\]]{0,100})\]")
_REF_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_BOLD = re.compile(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,500}?)(?<=\S)__")
_ITALIC = re.compile(
    r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])|(?<![\w\\])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?!\w)"
)
_CODE = re.compile(r"`([^`]{1,500})`")
_TAG = re.compile(r"</?(?:br|b|i|em|strong|u|span|div|p|sup|sub|small|center|a(?:\s[^<>]{0,500})?)\s*/?>", re.I)
# README-style CVs mix raw HTML into the Markdown (GitHub renders it): a heading tag is a
# heading, a link's target is a link, table cells on one source line are cells, and every
# other tag of the few that such pages use is dropped ("<x@y.org>" is no tag: names only)
_HTML_HEADING = re.compile(r"^\s{0,3}<h[1-6]\b[^<>]{0,500}>(.{0,2000}?)</h[1-6]>\s*$", re.I)
_HREF = re.compile(r"<a\s[^<>]{0,500}?href\s{0,5}=\s{0,5}[\"']([^\"'<>\s]{1,2000})[\"'][^<>]{0,500}>", re.I)
_CELL_JOIN = re.compile(r"</t[dh]>\s{0,50}<t[dh]\b[^<>]{0,500}>", re.I)
_HTML_TAG = re.compile(r"</?(?:abbr|big|blockquote|center|code|details|div|font|h[1-6]|hr|img|li|ol|p|pre|section|span|summary|table"
                       r"|tbody|td|th|thead|tr|ul)\b[^<>]{0,2000}>", re.I)
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_BOLD_LEAD = re.compile(r"^(\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?)(\*\*|__)(?=\S)([^*_\n]{1,120}?)(?<=\S)\2[ \t]+(?=[A-Z0-9\u3400-\u9fff])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_SHORTCODE = re.compile(r"\{\{[<%][^{}]{0,500}?[>%]\}\}")
_PANDOC_DIV = re.compile(r"^\s{0,3}:{3,}(?:\s*\{[^{}]*\}|\s*[\w-]+)?\s*$")
_PANDOC_ATTRIBUTES = re.compile(r"\s+\{[#.][^{}]{0,200}\}\s*$")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w -]*):\s*(.*)$")


def markdown_lines(text: str) -> tuple[list[TextLine], list[str], dict[str, str]]:
    """(lines, link targets, front-matter fields)."""
    raw = text.split("\n")
    links: list[str] = []
    refs = {m.group(1).lower(): m.group(2) for line in raw if (m := _REF_DEF.match(line))}
    front, start = _front_matter(raw)
    body_text = "\n".join(raw[start:])
    lines: list[TextLine] = [
        TextLine(text, heading=key == "name", bold=key == "name")
        for key, text in _front_lines(front)
        if front.get(key, text) not in body_text  # the body already says it: do not say it twice
    ]
    # an academic site's author page keeps the person in nested front matter
    extra, found = profile_lines("\n".join(raw[1:start - 1]), any(line.heading for line in lines)) if start else ([], [])
    lines += [TextLine(text, heading=kind != "field", bold=kind != "field") for kind, text in extra]
    links.extend(u for u in found if u not in links)
    in_fence = False
    block = 1
    for line in _html_rows(raw[start:]):
        if "{{" in line:  # Hugo shortcodes ("{{< icon ... >}}", "{{% callout %}}") are no text
            line = _SHORTCODE.sub(" ", line)
        if _FENCE.match(line):
            in_fence = not in_fence
            lines.append(TextLine("", block=block))
            continue
        if in_fence:
            lines.append(TextLine(clean(line), block=block))
            continue
        if _SETEXT.match(line) and lines and lines[-1].text and lines[-1].block == block and not _is_list(lines[-1].text):
            prev = lines[-1]
            lines[-1] = TextLine(prev.text, heading=True, bold=True, block=block)
            lines.append(TextLine("", block=block))
            continue
        if _PANDOC_DIV.match(line):  # "::: {.grid}" / ":::": Pandoc and Quarto layout blocks, no text
            block += 1
            lines.append(TextLine("", block=block))
            continue
        # "## Positions {.unnumbered}": a Pandoc attribute block; "Fellow \": a hard line break
        line = _PANDOC_ATTRIBUTES.sub("", line) if "{" in line else line
        line = line[:-1].rstrip() if line.endswith("\\") and not line.endswith("\\\\") else line
        if _RULE.match(line) or _TABLE_RULE.match(line) or _REF_DEF.match(line) or not line.strip():
            block += 1
            lines.append(TextLine("", block=block))  # keeps line numbers close to the file's
            continue
        heading = _HEADING.match(line) or _HTML_HEADING.match(line)
        body = (_strip_closing_hashes(heading.group(2)) if heading.re is _HEADING else heading.group(1)) if heading else line
        body, found = _inline(body, refs)
        links.extend(u for u in found if u not in links)
        stripped = body.strip()
        bold = bool(heading) or bool(re.fullmatch(r"(\*\*|__).+\1[:：]?", line.strip()))
        # "- **Acme Ltd** Data Intern · 2023": a bold lead and plain words after it are two fields
        body = _BOLD_LEAD.sub(lambda m: f"{m.group(1)}{m.group(3)}{CELL_SEP}", body)
        body = _BOLD.sub(lambda m: m.group(1) or m.group(2), body)
        body = _ITALIC.sub(lambda m: m.group(1) or m.group(2), body)
        if stripped.startswith("|") or stripped.count("|") >= 2 and stripped.endswith("|"):
            body = CELL_SEP.join(c.strip() for c in stripped.strip("|").split("|"))
        # (a bullet as the source wrote it: "`*` equal contribution" opens with a code span, no bullet)
        body = _ESCAPE.sub(r"\1", _BULLET.sub(r"\1- ", body) if _BULLET.match(line) else body)
        lines.append(TextLine(clean(body), heading=bool(heading), bold=bold, block=block))
    return lines, links, front


_ROW_OPEN = re.compile(r"<tr\b", re.I)
_ROW_CLOSE = re.compile(r"</tr\s*>", re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_ROW_LINES = 40  # an HTML table row spans at most this many source lines


def _html_rows(raw: list[str]) -> list[str]:
    """An HTML table row written over several source lines ("<tr>", one "<td>" a line, "</tr>")
    becomes one line, so its cells are one entry's cells (blank lines keep the count); inside
    a row a line break ("<b>School</b><br>PhD, Field") separates two fields."""
    out: list[str] = []
    k = 0
    while k < len(raw):
        line = raw[k]
        if _ROW_OPEN.search(line) and not _ROW_CLOSE.search(line):
            end = next((j for j in range(k + 1, min(len(raw), k + _ROW_LINES)) if _ROW_CLOSE.search(raw[j])), None)
            if end is not None:
                out.append(" ".join(x.strip() for x in raw[k:end + 1]))
                out += [""] * (end - k)
                k = end + 1
                continue
        out.append(line)
        k += 1
    return [_BREAK.sub(CELL_SEP, x) if "<t" in x.lower() and "<br" in x.lower() else x for x in out]


def _strip_closing_hashes(text: str) -> str:
    """"## Title ##" -> "Title" (done in Python: the regex form backtracks on long space runs)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare.endswith((" ", "\t"))):
        text = bare.rstrip()
    return text


def _is_list(text: str) -> bool:
    return text.lstrip().startswith(("- ", "* ", "+ "))


def _inline(body: str, refs: dict[str, str]) -> tuple[str, list[str]]:
    found: list[str] = []

    def keep_link(m: re.Match) -> str:
        found.append(m.group(2))
        if m.group(2).lower().startswith("mailto:"):
            address = m.group(2)[7:].split("?")[0]
            if address and address not in m.group(1):
                return f"{m.group(1)} ({address})"  # "[Email](mailto:x)": the address is the content
        return m.group(1)

    def keep_ref(m: re.Match) -> str:
        target = refs.get((m.group(2) or m.group(1)).lower())
        if target:
            found.append(target)
        return m.group(1)

    def keep_auto(m: re.Match) -> str:
        found.append(m.group(1))
        return m.group(1).removeprefix("mailto:")

    def keep_href(m: re.Match) -> str:
        target = m.group(1)
        found.append(target)
        # a badge's link holds no text of its own: the address is the content
        return f" {target[7:].split('?')[0]} " if target.lower().startswith("mailto:") else " "

    body = _IMAGE.sub(lambda m: m.group(1), body)
    body = _LINK.sub(keep_link, body)
    body = _REF_LINK.sub(keep_ref, body)
    body = _AUTOLINK.sub(keep_auto, body)
    body = _CODE.sub(r"\1", body)
    if "<" in body:
        body = _HREF.sub(keep_href, body)
        body = _CELL_JOIN.sub(CELL_SEP, body)
        body = _HTML_TAG.sub(" ", body)
    body = _TAG.sub(" ", body)
    return body, found


def _front_matter(raw: list[str]) -> tuple[dict[str, str], int]:
    """YAML front matter (--- ... --- at the very top) as flat key -> value."""
    if not raw or raw[0].strip() != "---":
        return {}, 0
    for end in range(1, min(len(raw), 200)):
        if raw[end].strip() in ("---", "..."):
            break
    else:
        return {}, 0
    fields: dict[str, str] = {}
    key = None
    for line in raw[1:end]:
        m = _FRONT_KEY.match(line)
        if m and not line.startswith((" ", "\t")):
            key, value = m.group(1).strip().lower(), m.group(2).strip().strip("\"'")
            if value and value not in ("|", ">"):
                fields[key] = value
        elif key and line.strip():
            item = line.strip().lstrip("- ").strip().strip("\"'")
            if item:
                fields[key] = f"{fields[key]}, {item}" if key in fields else item
    return fields, end + 1


_CONTACT_KEYS = frozenset(
    ["email", "mail", "phone", "mobile", "tel", "telephone", "website", "homepage", "url", "web", "github", "gitlab", "linkedin", "twitter", "orcid", "scholar", "google_scholar", "location", "address", "city", "affiliation", "position", "job_title", "institution"]
)


def _front_lines(front: dict[str, str]) -> list[tuple[str, str]]:
    """The person's name first (as the document's title line), then contact fields as
    "Key: value". Site settings (layout, icon, order, a page title) stay in metadata only."""
    out: list[tuple[str, str]] = []
    for key in ("name", "author", "full_name", "fullname"):
        if key in front:
            out.append(("name", front[key]))
            break
    for key, value in front.items():
        if key in _CONTACT_KEYS:
            out.append((key, f"{key.replace('_', ' ').capitalize()}: {value}"))
    return out
