"""DOCX styles and run formatting, resolved as python-docx 1.2 resolves them.

A styles part is often hundreds of KB (Word's and python-docx's templates carry
~160 styles and ~280 latent ones: 350 KB, 5 ms to parse) while a CV uses a
handful. So the part is only indexed (each w:style's start tag and extent) and
a style is parsed when first asked for; a part written with another namespace
prefix than "w" is parsed whole.
"""
from __future__ import annotations

import html
import re

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STYLE_TAG = re.compile(rb"<w:style\b([^>]*?)(/?)>")
_ATTR = re.compile(rb'w:(styleId|type|default)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ROOT_TAG = re.compile(rb"<w:styles\b[^>]*>")


def on_off(element: etree._Element | None) -> bool | None:
    """A w:b-like switch: absent None, present without a value True (ST_OnOff)."""
    if element is None:
        return None
    return on_off_value(element.get(W + "val"), True)


def on_off_value(value: str | None, absent: bool | None) -> bool | None:
    if value is None:
        return absent
    if value not in ("1", "0", "true", "false", "on", "off"):
        raise ValueError(f"bad on/off value {value!r}")
    return value in ("1", "true", "on")


def half_points(value: str) -> float:
    """A w:sz value in points, rounded as python-docx's Length does (to whole EMU)."""
    if "m" in value or "n" in value or "p" in value:  # a universal measure, "12pt"
        per = {"mm": 36000, "cm": 360000, "in": 914400, "pt": 12700, "pc": 152400, "pi": 152400}[value[-2:]]
        return int(round(float(value[:-2]) * per)) / 12700.0
    return int(int(value) / 2.0 * 12700) / 12700.0


def font_bold(holder: etree._Element) -> bool | None:
    """w:rPr/w:b of a run or a style."""
    rpr = holder.find(W + "rPr")
    return None if rpr is None else on_off(rpr.find(W + "b"))


def font_size(holder: etree._Element) -> float | None:
    """w:rPr/w:sz of a run or a style, in points."""
    rpr = holder.find(W + "rPr")
    sz = None if rpr is None else rpr.find(W + "sz")
    return None if sz is None else half_points(sz.get(W + "val") or "")


def _attr(attrs: dict[bytes, bytes], key: bytes) -> str | None:
    value = attrs.get(key)
    if value is None:
        return None
    text = value.decode("utf-8", "replace")
    return html.unescape(text) if "&" in text else text


class Styles:
    """Style facts by id: an unknown id or one of another type means the type's
    default style (the last one marked default), as in python-docx."""

    def __init__(self, data: bytes, parser: etree.XMLParser) -> None:
        self._parser = parser
        self._spans: dict[str, tuple[int, int]] = {}  # styleId -> extent in data (first one wins)
        self._types: dict[str, str | None] = {}
        self._default: dict[str, str] = {}  # type -> styleId of its default style
        self._parsed: dict[str, etree._Element | None] = {}
        self._data, self._wrap = data, (b"", b"")
        root = _ROOT_TAG.search(data)
        if root is None:
            if data:
                self._index_tree(etree.fromstring(data, parser))
            return
        self._wrap = (root.group(0), b"</w:styles>")
        self._index_bytes(data, root.end())

    def _index_bytes(self, data: bytes, start: int) -> None:
        find = data.find
        for tag in _STYLE_TAG.finditer(data, start):
            attrs = {key: a or b for key, a, b in _ATTR.findall(tag.group(1))}
            end = tag.end() if tag.group(2) else find(b"</w:style>", tag.end())
            if end < 0:
                raise ValueError("unterminated w:style")
            end += 0 if tag.group(2) else 10  # len(b"</w:style>")
            self._add(_attr(attrs, b"styleId"), _attr(attrs, b"type"), _attr(attrs, b"default"), (tag.start(), end))

    def _index_tree(self, root: etree._Element) -> None:
        for style in root.iterchildren(W + "style"):
            style_id = style.get(W + "styleId")
            self._add(style_id, style.get(W + "type"), style.get(W + "default"), None)
            if style_id is not None and style_id not in self._parsed:
                self._parsed[style_id] = style

    def _add(self, style_id: str | None, kind: str | None, default: str | None,
             span: tuple[int, int] | None) -> None:
        style_id = style_id or ""
        if style_id not in self._types:
            self._types[style_id] = kind
            if span is not None:
                self._spans[style_id] = span
        if on_off_value(default, None) and kind:
            self._default[kind] = style_id  # python-docx takes the last default of a type

    def _element(self, style_id: str) -> etree._Element | None:
        if style_id not in self._parsed:
            span = self._spans.get(style_id)
            element = None
            if span is not None:
                wrapped = self._wrap[0] + self._data[span[0]:span[1]] + self._wrap[1]
                element = etree.fromstring(wrapped, self._parser)[0]
            self._parsed[style_id] = element
        return self._parsed[style_id]

    def get(self, style_id: str | None, kind: str) -> etree._Element | None:
        if style_id and style_id in self._types and self._types[style_id] == kind:
            return self._element(style_id)
        default = self._default.get(kind)
        return None if default is None else self._element(default)

    def paragraph_facts(self, style_id: str | None) -> tuple[str, bool, float | None]:
        """(name, bold, size) of a paragraph style, bold and size inherited through
        w:basedOn (a cycle, which python-docx would follow forever, stops)."""
        node = self.get(style_id, "paragraph")
        if node is None:
            return "", False, None
        name_el = node.find(W + "name")
        name = (name_el.get(W + "val") if name_el is not None else None) or ""
        size, bold, seen = None, False, set()
        while node is not None and id(node) not in seen:
            seen.add(id(node))
            if size is None:
                size = font_size(node)
            bold = bold or bool(font_bold(node))
            based = node.find(W + "basedOn")
            node = self._element(based.get(W + "val") or "") if based is not None else None
        return name, bold, size

    def character_bold(self, style_id: str) -> bool | None:
        style = self.get(style_id, "character")
        return None if style is None else font_bold(style)
