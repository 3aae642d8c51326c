"""A Markdown CV's YAML front matter read as the profile a site theme shows from it.

Static-site academic pages (Hugo's Academic/Wowchemy author pages, Jekyll's academicpages)
keep the person in the front matter, not the body: the display name in `title` or
`first_name`/`last_name`, e-mail and phone as `mailto:`/`tel:` links under `social`,
`interests` and `education.courses` as lists. The theme renders them as the page's
header; here they become the lines a reader of that page would see. PyYAML reads the
YAML (nested lists and maps are common there, and YAML has too many forms to hand-parse).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

# Keys that say the front matter describes a person (an author profile), not a page
_PROFILE_KEYS = frozenset({"role", "organizations", "superuser", "social", "first_name", "last_name"})
_MAX_FRONT = 20_000  # characters: a front matter is a screenful; a hostile one is not parsed


def profile_lines(front_text: str, has_name: bool) -> tuple[list[tuple[str, str]], list[str]]:
    """((kind, line) pairs, link targets) for the person the front matter describes; kinds
    are "name", "heading" and "field". Empty when it describes no person."""
    data = _load(front_text)
    if not data or not _PROFILE_KEYS & data.keys():
        return [], []
    out: list[tuple[str, str]] = []
    if not has_name and (name := _display_name(data)):
        out.append(("name", name))
    links: list[str] = []
    for target in _link_targets(data.get("social")):
        if target.startswith("mailto:"):
            out.append(("field", f"Email: {target[7:]}"))
        elif target.startswith("tel:"):
            out.append(("field", f"Phone: {target[4:]}"))
        elif target.startswith(("http://", "https://")):
            links.append(target)
    interests = [str(x) for x in data.get("interests") or [] if isinstance(x, (str, int, float))]
    if interests:
        out.append(("field", "Research interests: " + ", ".join(interests)))
    courses = (data.get("education") or {}).get("courses") if isinstance(data.get("education"), dict) else None
    degrees = [_course_line(c) for c in courses or [] if isinstance(c, dict)]
    if any(degrees):
        out.append(("heading", "Education"))
        out.extend(("field", d) for d in degrees if d)
    return out, links


def _load(front_text: str) -> dict[str, Any] | None:
    if len(front_text) > _MAX_FRONT:
        return None
    try:
        data = yaml.safe_load(front_text)
    except yaml.YAMLError:
        return None
    return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else None


def _display_name(data: dict[str, Any]) -> str | None:
    first, last = data.get("first_name"), data.get("last_name")
    if isinstance(first, str) and isinstance(last, str) and first.strip() and last.strip():
        return f"{first.strip()} {last.strip()}"
    title = data.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else None


def _link_targets(social: Any) -> Iterator[str]:
    for item in social if isinstance(social, list) else []:
        link = item.get("link") if isinstance(item, dict) else None
        if isinstance(link, str):
            yield link.strip()


def _course_line(course: dict[str, Any]) -> str:
    """"PhD in Neurobiology, Calder University, 2022" from {course, institution, year}."""
    parts = [course.get(k) for k in ("course", "institution", "year")]
    return ", ".join(str(p).strip() for p in parts if isinstance(p, (str, int)) and str(p).strip())
