"""The parts of a DOCX package the reader needs, parsed with plain lxml.

python-docx loaded and parsed every part (theme, numbering, settings, fonts...)
into its own element classes and resolved each style with an XPath over all
styles: three quarters of a DOCX's reading time. Here only the main document,
its relationships, styles, core properties and the headers/footers actually
referenced are parsed, and styles are looked up in a dict. Style and
formatting rules follow python-docx 1.2 (what the reader was built on), so the
extracted lines stay the same.
"""
from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from reviewer.extract.docx_styles import Styles

R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC = "{http://purl.org/dc/elements/1.1/}"
# python-docx's parser settings: no entity expansion (XXE), ignorable whitespace dropped.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


@dataclass(frozen=True)
class Rel:
    reltype: str
    target: str  # as written for external targets; a part name inside the package otherwise
    external: bool


@dataclass
class Part:
    """One parsed XML part (the document, a header, a footer) and its relationships,
    which its hyperlinks' ids refer to."""

    root: etree._Element
    rels: dict[str, Rel]


class Package:
    """A DOCX zip opened for reading; `archive` stays owned by the caller."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self._parts: dict[str, Part] = {}
        package_rels = _rels(archive, "").values()
        main = next((r for r in package_rels if r.reltype.endswith("/officeDocument")), None)
        if main is None or main.external:
            raise KeyError("no main document part")
        self.document = self.part(main.target)
        core = next((r for r in package_rels if r.reltype.endswith("/core-properties")), None)
        self.core = _xml(archive, core.target) if core is not None and core.target in archive.NameToInfo else None
        styles = next((r for r in self.document.rels.values() if r.reltype.endswith("/styles")), None)
        readable = styles is not None and not styles.external and styles.target in archive.NameToInfo
        data = archive.read(styles.target) if readable and styles is not None else b""  # no styles: plain lines
        self.styles = Styles(data, _PARSER)

    def part(self, name: str) -> Part:
        """The part called `name` (parsed once)."""
        if name not in self._parts:
            self._parts[name] = Part(_xml(self.archive, name), _rels(self.archive, name))
        return self._parts[name]

    def related(self, source: Part, rid: str) -> Part:
        """The part `source` refers to by relationship id (KeyError when there is none)."""
        rel = source.rels[rid]
        return self.part(rel.target)

    def core_text(self, name: str) -> str:
        """A core property ("creator", "title"); python-docx gave "" when absent."""
        found = self.core.find(_DC + name) if self.core is not None else None
        return (found.text or "") if found is not None else ""


def _xml(archive: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(archive.read(name), _PARSER)


def _rels(archive: zipfile.ZipFile, partname: str) -> dict[str, Rel]:
    """Relationships of a part ("" for the package's own), by id, in file order."""
    folder, base = posixpath.split(partname)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in archive.NameToInfo:
        return {}
    out: dict[str, Rel] = {}
    for rel in _xml(archive, rels_name).iter(_RELS):
        target = rel.get("Target") or ""
        external = rel.get("TargetMode") == "External"
        if not external:
            target = posixpath.normpath(target[1:] if target.startswith("/") else posixpath.join(folder, target))
        out[rel.get("Id") or ""] = Rel(rel.get("Type") or "", target, external)
    return out
