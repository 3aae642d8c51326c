"""python-docx builders for held-out set 27: a German Lebenslauf in Word tables (09) and a Google Docs
'Spearmint'-template-like export (12). Core properties and zip entry times are pinned."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

PINNED = dt.datetime(2024, 7, 1, 9, 0, 0)


def fixed_save(doc: Document, out: Path, author: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = PINNED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    names = src.namelist()
    names.sort(key=lambda n: n != "[Content_Types].xml")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2024, 7, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(n))


def shade(cell, hex_fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def para(container, text: str = "", bold=False, italic=False, size=None, color=None, align=None, space_after=2):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


# ---------------------------------------------------------------- 09
DE_HEAD = "1F4E79"


def _de_section(doc, title: str) -> None:
    p = para(doc, title.upper(), bold=True, size=11.5, color=DE_HEAD, space_after=3)
    p.paragraph_format.space_before = Pt(10)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", DE_HEAD)):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _de_rows(doc, rows) -> None:
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for when, lines in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(3.6), Cm(13.4)
        cells[0].paragraphs[0].add_run(when).font.size = Pt(9.5)
        first = True
        for kind, text in lines:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            r = p.add_run(("• " if kind == "li" else "") + text)
            r.bold = kind == "b"
            r.italic = kind == "i"
            r.font.size = Pt(10 if kind == "b" else 9.5)
            p.paragraph_format.space_after = Pt(1)


def build_09(out: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    foot = sec.footer.paragraphs[0]
    foot.text = "Lebenslauf Dr. Friederike Brandstätter-Oduya – Seite 1/2"
    foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot.runs[0].font.size = Pt(8)

    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(12.5), Cm(4.5)
    p = left.paragraphs[0]
    r = p.add_run("Dr. Friederike Brandstätter-Oduya")
    r.bold, r.font.size = True, Pt(20)
    r.font.color.rgb = RGBColor.from_string(DE_HEAD)
    para(left, "Senior Scientist Batteriematerialien · Festkörperelektrolyte", size=11, color="555555")
    for label, value in (("Anschrift", "Rheinuferstraße 48, 67061 Ludwigshafen am Rhein"),
                         ("Telefon", "+49 621 555 0148"),
                         ("E-Mail", "f.brandstaetter@example.de"),
                         ("Geburtsdatum", "14.02.1987 in Karlsruhe"),
                         ("Staatsangehörigkeit", "deutsch"),
                         ("XING", "xing.example.de/profile/Friederike_BrandstaetterOduya")):
        q = left.add_paragraph()
        q.add_run(f"{label}: ").bold = True
        q.add_run(value)
        q.paragraph_format.space_after = Pt(0)
    shade(right, "D9E2F3")
    right.paragraphs[0].add_run("\n\n\nFoto").italic = True
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    _de_section(doc, "Berufserfahrung")
    _de_rows(doc, [
        ("03.2019 – heute", [("b", "BASF SE, Ludwigshafen"),
                             ("i", "Senior Scientist, Gruppe Festkörperelektrolyte (seit 01.2022)"),
                             ("i", "Research Scientist, Kathodenmaterialien (03.2019 – 12.2021)"),
                             ("li", "Projektleitung sulfidische Festelektrolyte, Team von 5 Laborant:innen und 2 Doktorand:innen"),
                             ("li", "Scale-up einer Beschichtung für Ni-reiche Kathoden vom Labor- in den Technikumsmaßstab")]),
        ("10.2017 – 02.2019", [("b", "Fraunhofer-Institut für Silicatforschung ISC, Würzburg"),
                               ("i", "Wissenschaftliche Mitarbeiterin, Zentrum für Elektrochemische Energiespeicher"),
                               ("li", "BMBF-Verbundprojekt zu Li-Metall-Anoden (Teilprojektleitung)")]),
        ("07.2017 – 09.2017", [("i", "Elternzeit")]),
        ("09.2013 – 06.2017", [("b", "Karlsruher Institut für Technologie (KIT), Institut für Angewandte Materialien"),
                               ("i", "Doktorandin / wissenschaftliche Mitarbeiterin"),
                               ("li", "Lehre: Übungsleitung „Elektrochemie für Ingenieure“ (WS 2014/15 – WS 2016/17)")]),
        ("04.2016 – 06.2016", [("b", "University of Cambridge, Department of Chemistry, UK"),
                               ("i", "Gastwissenschaftlerin (DAAD-Kurzstipendium)")]),
        ("Sommer 2012", [("b", "Robert Bosch GmbH, Stuttgart"), ("i", "Werkstudentin, Zentrale Forschung")]),
    ])
    _de_section(doc, "Ausbildung")
    _de_rows(doc, [
        ("09.2013 – 06.2017", [("b", "Promotion (Dr.-Ing.), Karlsruher Institut für Technologie"),
                               ("i", "Dissertation: „Grenzflächenstabilität sulfidischer Festelektrolyte gegenüber Lithiummetall“, summa cum laude")]),
        ("10.2010 – 07.2013", [("b", "Master of Science Materialwissenschaft und Werkstofftechnik, KIT"),
                               ("i", "Abschlussnote 1,2")]),
        ("10.2007 – 09.2010", [("b", "Bachelor of Science Chemieingenieurwesen, Universität Stuttgart")]),
        ("06.2007", [("b", "Abitur, Bismarck-Gymnasium Karlsruhe"), ("i", "Note 1,4")]),
    ])
    _de_section(doc, "Publikationen (Auswahl, 14 insgesamt; h-Index 9)")
    pubs = [
        "Brandstätter-Oduya, F.; Kühnhold, M.; Varga-Lindholm, T. Chlorid-reiche Argyrodite mit stabiler Lithium-Grenzfläche. Adv. Energy Mater. 2024, 14, 2302117.",
        "Okwuosa, D.; Brandstätter-Oduya, F.; Reitmeier, S. Dry-coated cathode composites for sulfide solid-state cells. ACS Energy Lett. 2022, 7, 3310–3318.",
        "Brandstätter-Oduya, F.; Hasselbring, J. Operando impedance of Li|Li6PS5Cl interphases. J. Mater. Chem. A 2017, 5, 19422–19430.",
        "Brandstätter-Oduya, F.; Pfannkuch, R.; Weiland, A. Void formation at lithium anodes under stack pressure. Batteries & Supercaps (eingereicht).",
    ]
    for text in pubs:
        q = para(doc, text, size=9.5)
        q.paragraph_format.left_indent = Cm(0.5)
        q.paragraph_format.first_line_indent = Cm(-0.5)
    _de_section(doc, "Patente")
    para(doc, "EP 4 123 456 A1 – Beschichtete Kathodenaktivmaterialien für Festkörperbatterien (2023, angemeldet)", size=9.5)
    _de_section(doc, "Auszeichnungen und Stipendien")
    _de_rows(doc, [("2023", [("", "BASF Research Excellence Award (Teampreis)")]),
                   ("2018", [("", "Dissertationspreis der KIT-Fakultät für Maschinenbau (2.500 €)")]),
                   ("2016", [("", "DAAD-Kurzstipendium für Doktorand:innen")])])
    _de_section(doc, "Kenntnisse")
    _de_rows(doc, [("Methoden", [("", "Impedanzspektroskopie, XPS, Glovebox-Synthese, DFT (VASP, Grundkenntnisse)")]),
                   ("IT", [("", "Python (sehr gut), Origin, JMP, SAP (Grundkenntnisse)")]),
                   ("Sprachen", [("", "Deutsch (Muttersprache), Englisch (verhandlungssicher, C1), Französisch (B1), Igbo (Grundkenntnisse)")])])
    para(doc, "")
    para(doc, "Ludwigshafen, im Juni 2025", italic=True, size=9.5)
    fixed_save(doc, out, "Friederike Brandstätter-Oduya")


# ---------------------------------------------------------------- 12
TEAL = "2A9D8F"


def build_12(out: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Open Sans"
    st.font.size = Pt(9.5)
    st.font.color.rgb = RGBColor.from_string("555555")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(27.94), Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.5)

    def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        r.font.all_caps = caps
        return r

    p = doc.add_paragraph()
    run(p, "Theodora “Teddie” Vance-Okoro", bold=True, size=24, color="000000", font="Merriweather")
    p = doc.add_paragraph()
    run(p, "Research Director · Human-AI Interaction", size=11, color=TEAL, caps=True)
    p = doc.add_paragraph()
    run(p, "Seattle, WA  ·  (206) 555-0163  ·  teddie.vo@example.org  ·  teddievo.example.org  ·  "
           "scholar.google.com/citations?user=TvO5550AAAAJ", size=9)

    def heading(text):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(14)
        run(h, text, bold=True, size=11, color=TEAL, font="Open Sans", caps=True)

    def entry(org_place, role, dates, bullets=()):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        q.paragraph_format.space_after = Pt(0)
        run(q, org_place[0], bold=True, color="000000", size=10.5)
        run(q, f", {org_place[1]} — ", color="000000", size=10.5)
        run(q, role, italic=True, color="000000", size=10.5)
        d = doc.add_paragraph()
        d.paragraph_format.space_after = Pt(2)
        run(d, dates, size=8, color="666666", caps=True)
        for b in bullets:
            li = doc.add_paragraph(style="List Bullet")
            li.paragraph_format.space_after = Pt(0)
            run(li, b, size=9.5)

    heading("Summary")
    doc.add_paragraph("Research leader in human-AI interaction with twelve years in industry research labs and a "
                      "return to academia as professor of practice. 45 papers (CHI, UIST, CSCW), 21 US patents, "
                      "Google Scholar 5,200+ citations.")
    heading("Experience")
    entry(("University of Washington", "Seattle, WA"), "Professor of Practice, Paul G. Allen School",
          "September 2024 – Present", ["Teaches CSE 440 Introduction to HCI and a graduate seminar on AI-assisted creativity."])
    entry(("Adobe Research", "San Francisco, CA"), "Research Director, Creative Intelligence Lab", "2020 – Aug 2024",
          ["Directed 14 research scientists and engineers; 9 technology transfers into Photoshop and Firefly.",
           "Co-chair of Adobe's internal responsible-AI review board."])
    entry(("Adobe Research", "San Francisco, CA"), "Principal Scientist", "2016 – 2020",
          ["Led mixed-initiative editing research; 3 CHI best-paper nominations."])
    entry(("Autodesk Research", "Toronto, ON (Remote after 2014)"), "Senior Research Scientist", "2012 – 2016")
    entry(("Stanford University", "Stanford, CA"), "Lecturer (part-time), CS 247 Human-Computer Interaction Design",
          "Spring 2015, Spring 2016")
    entry(("Career break", "Seattle, WA"), "Family leave and independent consulting for two design-tool start-ups", "2011 – 2012")
    heading("Education")
    entry(("Carnegie Mellon University", "Pittsburgh, PA"), "PhD, Human-Computer Interaction", "2006 – 2011",
          ["Dissertation: Sketch-level interfaces for generative design"])
    entry(("University of Lagos", "Lagos, Nigeria"), "BSc, Computer Science (First Class Honours)", "2001 – 2005")
    heading("Selected Publications")
    for text in [
        "Vance-Okoro, T., Halloran-Mbatha, J., & Petrakis, L. (2024). Steering, not prompting: direct manipulation of "
        "diffusion latents. CHI 2024.",
        "Greaves-Nakashima, A., Vance-Okoro, T. (2023). When to ask the designer: uncertainty-aware suggestions in "
        "layout tools. UIST 2023.",
        "Vance-Okoro, T., Rourke, S., Adeyemi-Frost, K., & Linde, M. (2021). Co-creative colour palettes with "
        "language models. CSCW 2021.",
        "Vance-Okoro, T. & Baskaran, R. (2019). Provenance views for collaborative image editing. TOCHI 26(4).",
        "Vance-Okoro, T., et al. (2025). A field study of AI features in professional image editing. Under review "
        "at CHI 2026.",
    ]:
        li = doc.add_paragraph(style="List Number")
        li.paragraph_format.space_after = Pt(1)
        run(li, text, size=9.5)
    heading("Patents")
    doc.add_paragraph("21 issued US patents, e.g. US 11,663,049 B2, Latent-space sliders for generative image editing "
                      "(2023); US 10,902,180 B1, Provenance graphs for layered documents (2021).")
    heading("Awards")
    for text in ["CHI Academy, inducted 2024", "UIST Lasting Impact Award, 2022", "Adobe Founders' Award, 2019",
                 "Siebel Scholar, 2010"]:
        li = doc.add_paragraph(style="List Bullet")
        li.paragraph_format.space_after = Pt(0)
        run(li, text, size=9.5)
    heading("Skills")
    doc.add_paragraph("Research: mixed-methods studies, design of experiments, longitudinal field deployments · "
                      "Prototyping: TypeScript, React, Python, PyTorch · Leadership: hiring, roadmaps, "
                      "university partnerships")
    fixed_save(doc, out, "Theodora Vance-Okoro")

