"""Emit the hand-written PostScript program of heldout15 file 06 (an architect's portfolio CV).

Every line is placed at an absolute position by `moveto show`, in ISO Latin-1 re-encoded Helvetica,
the way a small hand-rolled PostScript generator or an old DTP driver writes a page. The program
is written to src/ and distilled by Ghostscript (build15.postscript).
"""
from __future__ import annotations

from pathlib import Path

W, H = 842, 595  # A4 landscape

LEFT = [
    ("B", 19, "Ilse"),
    ("B", 19, "Vandermeulen-Ortiz"),
    ("R", 9.5, "Architect  /  Associate"),
    ("gap", 10, ""),
    ("R", 8.5, "Westersingel 88B"),
    ("R", 8.5, "3015 LD Rotterdam, NL"),
    ("R", 8.5, "+31 10 555 0147"),
    ("R", 8.5, "ilse@vandermeulen-ortiz.example.nl"),
    ("R", 8.5, "vandermeulen-ortiz.example.nl/work"),
    ("gap", 14, ""),
    ("H", 8, "E D U C A T I O N"),
    ("B", 8.5, "MSc Architecture, Urbanism and"),
    ("B", 8.5, "Building Sciences (cum laude)"),
    ("R", 8.5, "TU Delft, 2011 - 2014"),
    ("gap", 4, ""),
    ("B", 8.5, "BSc Bouwkunde"),
    ("R", 8.5, "TU Delft, 2008 - 2011"),
    ("gap", 4, ""),
    ("B", 8.5, "Exchange semester"),
    ("R", 8.5, "ETH Z\u00fcrich, spring 2013"),
    ("gap", 14, ""),
    ("H", 8, "R E G I S T R A T I O N"),
    ("R", 8.5, "Architectenregister NL"),
    ("R", 8.5, "no. 1.140327 (since 2016)"),
    ("gap", 14, ""),
    ("H", 8, "A W A R D S"),
    ("R", 8.5, "2023  Rotterdam Architectuurprijs"),
    ("R", 8.5, "          (team, Kade 7 Housing)"),
    ("R", 8.5, "2014  Archiprix Nederland,"),
    ("R", 8.5, "          Honourable Mention"),
    ("gap", 14, ""),
    ("H", 8, "S O F T W A R E"),
    ("R", 8.5, "Rhino / Grasshopper, Revit,"),
    ("R", 8.5, "ArchiCAD, Adobe CS, QGIS"),
    ("gap", 14, ""),
    ("H", 8, "L A N G U A G E S"),
    ("R", 8.5, "Dutch, Spanish (native),"),
    ("R", 8.5, "English (fluent), German (good)"),
]

PRACTICE = [
    ("2019 - now", "Mecanoo, Delft", "Associate Architect; project lead for residential and civic work"),
    ("2015 - 2019", "OMA, Rotterdam", "Architect; competition and design-development teams"),
    ("2021 - now", "Academie van Bouwkunst Rotterdam", "Tutor, master studio (part-time, 0.2 fte)"),
    ("2013", "Sn\u00f8hetta, Oslo", "Intern (6 months)"),
]

PROJECTS = [
    ("Kade 7 Housing", "Rotterdam, 2019 - 2023", "148 mid-rise timber-hybrid dwellings; project architect", "Client: Woonstad Rotterdam"),
    ("Library De Schakel", "Zwolle, 2020 - 2024", "Transformation of a 1970s post office into a public library", "Role: design lead, 3,900 m\u00b2"),
    ("Museumkwartier Competition", "Antwerp, 2017", "Second prize, invited competition (with OMA team)", "Role: competition architect"),
    ("Harbour Pavilion", "Vlissingen, 2016 - 2018", "Ferry terminal extension in CLT", "Role: design development"),
]

WRITING = [
    "Vandermeulen-Ortiz, I. (2022). Timber in the delta: mid-rise housing after the nitrogen",
    "     ruling. De Architect, 53(6), 44-49.",
    "Vandermeulen-Ortiz, I. & Brouwer-Kaya, D. (2020). The post office as commons: adaptive",
    "     reuse in Dutch mid-size cities. OASE, 105, 12-21.",
]


def esc(s: str) -> str:
    out = []
    for ch in s:
        if ch in "()\\":
            out.append("\\" + ch)
        elif ord(ch) > 126:
            out.append(f"\\{ch.encode('latin-1', 'replace')[0]:03o}")
        else:
            out.append(ch)
    return "".join(out)


def program() -> str:
    lines = [
        "%!PS-Adobe-3.0",
        "%%Title: Portfolio CV",
        "%%Creator: hand-written PostScript (heldout15)",
        f"%%BoundingBox: 0 0 {W} {H}",
        "%%Pages: 1",
        "%%EndComments",
        f"<< /PageSize [{W} {H}] >> setpagedevice",
        "/L1H ISOLatin1Encoding 256 array copy dup 45 /hyphen put def",
        "/reencode { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
        "  /Encoding L1H def currentdict end definefont pop } bind def",
        "/HR /Helvetica-L1 /Helvetica reencode /HB /Helvetica-Bold-L1 /Helvetica-Bold reencode",
        "/HO /Helvetica-Oblique-L1 /Helvetica-Oblique reencode",
        "/R { /Helvetica-L1 findfont exch scalefont setfont } def",
        "/B { /Helvetica-Bold-L1 findfont exch scalefont setfont } def",
        "/I { /Helvetica-Oblique-L1 findfont exch scalefont setfont } def",
        "/T { moveto show } def",
        "%%Page: 1 1",
        "0.93 setgray 0 0 228 595 rectfill 0 setgray",
    ]
    y = H - 60
    for kind, size, text in LEFT:
        if kind == "gap":
            y -= size
            continue
        if kind == "H":
            lines.append(f"0.45 setgray {size} B ({esc(text)}) 36 {y:.1f} T 0 setgray")
        else:
            lines.append(f"{size} {'B' if kind == 'B' else 'R'} ({esc(text)}) 36 {y:.1f} T")
        y -= size * 1.3 if size < 15 else size * 1.1
    x0, x1 = 258, 350
    y = H - 56
    lines.append(f"0.45 setgray 8 B (P R A C T I C E) {x0} {y} T 0 setgray")
    lines.append(f"0.6 setlinewidth {x0} {y - 5} moveto {W - 36} {y - 5} lineto stroke")
    y -= 20
    for when, org, what in PRACTICE:
        lines.append(f"8.5 R ({esc(when)}) {x0} {y} T 8.5 B ({esc(org)}) {x1} {y} T")
        lines.append(f"8.5 R ({esc(what)}) {x1} {y - 11} T")
        y -= 26
    y -= 8
    lines.append(f"0.45 setgray 8 B (S E L E C T E D   P R O J E C T S) {x0} {y} T 0 setgray")
    lines.append(f"{x0} {y - 5} moveto {W - 36} {y - 5} lineto stroke")
    y -= 22
    col = [x0, x0 + 150, x0 + 300, x0 + 450]
    for i, (name, where, what, role) in enumerate(PROJECTS):
        x = col[i]
        lines.append(f"0.85 setgray {x} {y - 70} 138 74 rectfill 0 setgray")
        lines.append(f"0.55 setgray 6.5 I (image) {x + 58} {y - 36} T 0 setgray")
        yy = y - 84
        lines.append(f"8.5 B ({esc(name)}) {x} {yy} T")
        lines.append(f"7.5 R ({esc(where)}) {x} {yy - 10} T")
        words, cur, rows = what.split(), "", []
        for w in words:
            if len(cur) + len(w) > 34:
                rows.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        rows.append(cur)
        for j, r in enumerate(rows + [role]):
            lines.append(f"7.5 {'I' if j == len(rows) else 'R'} ({esc(r)}) {x} {yy - 20 - 9 * j} T")
    y -= 150
    lines.append(f"0.45 setgray 8 B (W R I T I N G) {x0} {y} T 0 setgray")
    lines.append(f"{x0} {y - 5} moveto {W - 36} {y - 5} lineto stroke")
    y -= 20
    for row in WRITING:
        lines.append(f"8.5 R ({esc(row)}) {x0} {y} T")
        y -= 11
    y -= 14
    lines.append(f"0.45 setgray 8 B (I N T E R E S T S) {x0} {y} T 0 setgray")
    lines.append(f"{x0} {y - 5} moveto {W - 36} {y - 5} lineto stroke")
    y -= 20
    lines.append(f"8.5 R (Adaptive reuse; timber-hybrid construction; housing typologies; public interiors) {x0} {y} T")
    lines.append("showpage")
    lines.append("%%EOF")
    return "\n".join(lines) + "\n"


def write(dest: Path) -> None:
    dest.write_text(program(), encoding="ascii")
