"""Builders of heldout23: each takes a fetched template from the local mirror, fills it with an
invented person's text from src/, and runs the template's own engine."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import kit23 as kit

LATEXCV = ("jankapunkt/latexcv", "ee0a883af473f166764048c5243b58404bcb1e06")
MODERNPRO = ("jxpeng98/Typst-CV-Resume", "62db8efe6662e3e30e7d6ef976c32abde155c7b5")
MARKDOWNCV = ("elipapa/markdown-cv", "5c39febca37e7b2713cb3a6ae0829366972bf5fe")
KJHVITA = ("kjhealy/kjh-vita", "dfd536ac886324d304c1e9ee397f0b55062790df")
KJHCUSTOM = ("kjhealy/latex-custom-kjh", "2c6d2f91827a26e752cf0989fcaaa04e01528490")
PAGEDOWN = ("rstudio/pagedown", "4fbb005adb8e666d43896ef577e3d2de2b0544e5")


def _mirror(spec: tuple[str, str], path: str) -> bytes:
    return kit.mirror_file(spec[0], spec[1], path)


# --------------------------------------------------------------------------- latexcv (pdfLaTeX)
# The template's preamble is used as fetched, except for the font package lines: raleway/roboto
# (texlive-fonts-extra) are not installed here, so they are replaced by URW Helvetica (helvet),
# which every TeX Live has. Everything after \begin{document} is ours (src/NN_body.tex).
FONT_SUBST = {
    "\\usepackage[default]{raleway}": "\\usepackage[scaled=0.92]{helvet} % h23: raleway not installed",
    "\\usepackage[thin]{roboto} ": "\\usepackage[scaled=0.92]{helvet} % h23: roboto not installed",
}


def photo_placeholder(path: Path) -> None:
    """A flat grey 3:4 'photo' box (no real photo), written deterministically."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (300, 400), (205, 205, 205))
    d = ImageDraw.Draw(img)
    d.ellipse((95, 70, 205, 190), fill=(160, 160, 160))
    d.rectangle((60, 220, 240, 400), fill=(160, 160, 160))
    img.save(path, "JPEG", quality=85)


def latexcv(style: str, body_file: str, out_name: str, extra: dict[str, str] | None = None) -> Path:
    tex = _mirror(LATEXCV, f"{style}/main.tex").decode("utf-8")
    pre = tex.split("\\begin{document}")[0]
    for old, new in {**FONT_SUBST, **(extra or {})}.items():
        if old in pre:
            pre = pre.replace(old, new)
    body = (kit.SRC / body_file).read_text(encoding="utf-8")
    full = pre + body
    (kit.SRC / (Path(out_name).stem + ".assembled.tex")).write_text(full, encoding="utf-8")
    wd = kit.tempdir()
    (wd / "main.tex").write_text(full, encoding="utf-8")
    photo_placeholder(wd / "myfoto.jpg")
    pdf = kit.latex("pdflatex", "main.tex", wd)
    out = kit.deliver(pdf, out_name)
    shutil.rmtree(wd, ignore_errors=True)
    return out


# --------------------------------------------------------------------------- modernpro-cv (Typst)
def modernpro(typ_file: str, out_name: str, bib_file: str | None = None) -> Path:
    import typst

    wd = kit.tempdir()
    (wd / "modernpro-cv.typ").write_bytes(_mirror(MODERNPRO, "modernpro-cv.typ"))
    src = (kit.SRC / typ_file).read_text(encoding="utf-8")
    (wd / "main.typ").write_text(src, encoding="utf-8")
    if bib_file:
        shutil.copyfile(kit.SRC / bib_file, wd / bib_file)
    pdf = wd / "main.pdf"
    typst.compile(str(wd / "main.typ"), output=str(pdf), root=str(wd), timestamp=int(kit.EPOCH))
    out = kit.deliver(pdf, out_name)
    shutil.rmtree(wd, ignore_errors=True)
    return out


# --------------------------------------------------------------------------- kjh-vita (XeLaTeX memoir)
# kjh-vita has no licence file, so nothing of it is copied into the repository: its class/package lines and
# its local commands (\marginhead, \ind, list labels, page style) are read from the mirror at build time; the
# author's own metadata \def lines and his body text are not used. Fonts: Minion Pro / Unit / PragmataPro are
# commercial and not installed -> Caladea / Open Sans / DejaVu Sans Mono; vc (git revision footer) is not used,
# as the template's comment says to do without git.
KJH_FONTS = {"Minion Pro Medium Caption": "Caladea", "Minion Pro": "Caladea", "Unit-Medium": "Open Sans",
             "PragmataPro": "DejaVu Sans Mono"}


def kjhvita(body_file: str, out_name: str) -> Path:
    wd = kit.tempdir()
    pre = _mirror(KJHCUSTOM, "needs-org-mode/org-preamble-xelatex.sty").decode("utf-8")
    # the author's own .bib paths do not exist here, and the vita cites nothing
    pre = "\n".join(x for x in pre.splitlines() if "addbibresource" not in x)
    (wd / "org-preamble-xelatex.sty").write_text(pre, encoding="utf-8")
    (wd / "memoir-article-styles.sty").write_bytes(
        _mirror(KJHCUSTOM, "needs-memoir/memoir-article-styles.sty"))
    tex = _mirror(KJHVITA, "kjh-vita.tex").decode("utf-8")
    head, rest = tex.split("\\begin{document}", 1)
    keep = [x for x in head.splitlines() if x.startswith(("\\documentclass", "\\usepackage"))]
    keep = [x.replace("\\usepackage{fontawesome,url}", "\\usepackage{url} % h23: fontawesome not installed")
            for x in keep]
    local = rest.split("\\thispagestyle{kjhgit}", 1)[0]
    for old, new in KJH_FONTS.items():
        local = local.replace(old, new)
    body = (kit.SRC / body_file).read_text(encoding="utf-8")
    full = "\n".join(keep) + "\n\\begin{document}" + local + "% h23: no vc git footer\n" + body
    (wd / "main.tex").write_text(full, encoding="utf-8")
    pdf = kit.latex("xelatex", "main.tex", wd)
    out = kit.deliver(pdf, out_name)
    shutil.rmtree(wd, ignore_errors=True)
    return out


# --------------------------------------------------------------------------- HTML templates -> WeasyPrint
def weasy(html: str, out_name: str, base: Path) -> Path:
    from weasyprint import HTML

    pdf = base / "out.pdf"
    HTML(string=html, base_url=str(base)).write_pdf(str(pdf))
    return kit.deliver(pdf, out_name)


def pandoc(args: list[str], cwd: Path) -> None:
    subprocess.run(["pandoc", *args], cwd=cwd, check=True, env=kit.ENV)
