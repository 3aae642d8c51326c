"""HTML/Markdown templates of heldout23: rstudio/pagedown's html_resume and elipapa/markdown-cv.

pagedown builds its résumé with pandoc (`--section-divs`, its `resume.html` template) and then lets an inline
script in that template rearrange the DOM in the browser (date column, decorator, details header) before
Chrome + paged.js print it. WeasyPrint runs no JavaScript, so `pagedown_dom` below applies the same steps, in the
same order, to pandoc's output; paged.js's page variables are supplied by a few lines of CSS. markdown-cv is a
Jekyll layout (`_layouts/cv.html`) with kramdown; here pandoc turns the same Markdown into the same HTML
shape, which is put into the layout and printed with the style's `*-print.css` (the style a browser uses for
printing)."""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import build23 as b
import kit23 as kit

PAGED_VARS = """
/* h23: the variables paged.js defines on .pagedjs_page, for a printer without paged.js */
:root { --pagedjs-width: 8.5in; --pagedjs-height: 11in; --pagedjs-margin-top: 1in;
        --pagedjs-margin-bottom: 1in; --pagedjs-margin-right: 0.5in;
        --content-area-height: calc(11in - 2in);
        --sidebar-background-width: calc(0.5in + 15rem); }
/* h23: WeasyPrint does not split a float over pages (paged.js does), so the main column flows beside the
   floated sidebar instead of being a float itself */
#main { float: none; }
"""


def _text(el: ET.Element) -> str:
    return "".join(el.itertext()).strip()


def _classes(el: ET.Element, *add: str) -> None:
    cls = el.get("class", "").split()
    el.set("class", " ".join(cls + list(add)))


def pagedown_dom(body_html: str) -> str:
    root = ET.fromstring(f"<body>{body_html}</body>")
    parent = {c: p for p in root.iter() for c in p}

    title = root.find(".//*[@id='title']")
    h2 = title.find("h2")
    h2.tag = "h1"
    aside = root.find(".//*[@id='aside']")
    if aside is not None:
        _classes(aside, "aside")

    main = root.find(".//*[@id='main']")
    level2 = [e for e in main.iter() if "level2" in e.get("class", "").split()]
    for i, el in enumerate(level2):
        if i == 0 and el.get("id") == "title":
            continue
        _classes(el, "main-block")
        if el.get("data-concise"):
            _classes(el, "concise")
        head = el[0]
        first = head[0] if len(head) else None
        if first is None or first.tag != "i":
            icon = ET.Element("i", {"class": "fa fa-" + (el.get("data-icon") or "bookmark")})
            icon.tail = head.text
            head.text = None
            head.insert(0, icon)

    for el in [e for e in main.iter() if "level3" in e.get("class", "").split()]:
        if parent[el].get("id") == "title":
            continue
        _classes(el, "blocks")
        kids = list(el)
        text0 = el.text
        el.text = None
        for k in kids:
            el.remove(k)
        date = ET.Element("div", {"class": "date"})
        deco = ET.Element("div", {"class": "decorator"})
        details = ET.Element("div", {"class": "details"})
        header = ET.SubElement(details, "header")
        inner = ET.SubElement(details, "div")
        el.extend([date, deco, details])
        el[-1].tail = text0
        ps = [k for k in kids if k.tag == "p"]
        if len(ps) >= 3:
            s = _text(ps[2])
            parts = [] if s == "N/A" else s.split(" - ")
            kids.remove(ps[2])
            for part in parts[:2]:
                span = ET.SubElement(date, "span")
                span.text = part
        h3, rest = kids[0], kids[1:]
        header.append(h3)
        desc = rest.pop(0)
        if _text(desc) != "N/A":
            span = ET.SubElement(header, "span", {"class": "place"})
            span.text, span[:] = desc.text, list(desc)
        loc = rest.pop(0)
        if _text(loc) != "N/A":
            span = ET.SubElement(header, "span", {"class": "location"})
            icon = ET.SubElement(span, "i", {"class": "fa fa-map-marker-alt"})
            icon.tail = " " + (loc.text or "")
            span.extend(list(loc))
        for k in rest:
            inner.append(k)
    return ET.tostring(root, encoding="unicode", method="html")[len("<body>"):-len("</body>")]


def pagedown_resume(md_file: str, out_name: str) -> Path:
    wd = kit.tempdir()
    (wd / "resume.html").write_bytes(b._mirror(b.PAGEDOWN, "inst/resources/html/resume.html"))
    css = b._mirror(b.PAGEDOWN, "inst/resources/css/resume.css").decode("utf-8")
    (wd / "resume.css").write_text(css + PAGED_VARS, encoding="utf-8")
    shutil.copyfile(kit.SRC / md_file, wd / "resume.md")
    b.pandoc(["resume.md", "-f", "markdown", "-t", "html5", "--section-divs", "--template", "resume.html",
              "--css", "resume.css", "-o", "pandoc.html"], wd)
    html = (wd / "pandoc.html").read_text(encoding="utf-8")
    html = re.sub(r"<script>.*?</script>", "", html, flags=re.S)  # the DOM script, applied below instead
    head, rest = html.split("<body>", 1)
    body, tail = rest.rsplit("</body>", 1)
    html = head + "<body>" + pagedown_dom(body) + "</body>" + tail
    (kit.SRC / (Path(out_name).stem + ".printed.html")).write_text(html, encoding="utf-8")
    out = b.weasy(html, out_name, wd)
    shutil.rmtree(wd, ignore_errors=True)
    return out


def markdown_cv(md_file: str, out_name: str, style: str) -> Path:
    wd = kit.tempdir()
    layout = b._mirror(b.MARKDOWNCV, "_layouts/cv.html").decode("utf-8")
    (wd / "media").mkdir()
    for kind in ("screen", "print"):
        css = b._mirror(b.MARKDOWNCV, f"media/{style}-{kind}.css").decode("utf-8")
        # 'font: normal normal 400;' has no size/family: browsers drop it as invalid, WeasyPrint 70 crashes on it
        css = re.sub(r"font:\s*normal normal[^;]*;", "/* h23: invalid font shorthand dropped */", css)
        (wd / "media" / f"{style}-{kind}.css").write_text(css, encoding="utf-8")
    src = (kit.SRC / md_file).read_text(encoding="utf-8")
    front, body = re.match(r"---\n(.*?)\n---\n(.*)", src, re.S).groups()
    title = re.search(r"^title:\s*(.*)$", front, re.M).group(1).strip()
    (wd / "body.md").write_text(body, encoding="utf-8")
    b.pandoc(["body.md", "-f", "markdown", "-t", "html5", "-o", "body.html"], wd)
    content = (wd / "body.html").read_text(encoding="utf-8")
    html = (layout.replace("{% if page.title %} {{ page.title }} | {% endif %}", f" {title} | ")
            .replace("{{ site.style }}", style).replace("{{ content }}", content))
    (kit.SRC / (Path(out_name).stem + ".printed.html")).write_text(html, encoding="utf-8")
    out = b.weasy(html, out_name, wd)
    shutil.rmtree(wd, ignore_errors=True)
    return out


def copy_markdown(md_file: str, out_name: str) -> Path:
    out = kit.FILES / out_name
    shutil.copyfile(kit.SRC / md_file, out)
    return out
