"""07 (Word CV printed by LibreOffice, then stamped 'Reçu le' + 'CONFIDENTIEL' watermark with pypdf/ReportLab) and
06 (an SNSF-style summary sheet before the full CV, Typst)."""
from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path

from kit33 import FILES, SRC, E, J, P, fix_docx, pin_pdf, run, write_label, write_src


def _docx07(path: Path) -> None:
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "Élodie Marchetti-Bousquet"
    cp.created = cp.modified = datetime.datetime(2026, 10, 20, 8, 0, 0)
    cp.title = "CV"
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("Élodie MARCHETTI-BOUSQUET")
    r.bold, r.font.size = True, Pt(17)
    p = d.add_paragraph("Docteure en chimie – Candidate MCF section 31/32 (poste n° 4217, Université de Montpellier)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Née le 14/02/1995 · Nationalité française · 06 39 98 41 27 · elodie.marchetti@example.fr\n"
                        "Laboratorium für Organische Chemie, ETH Zürich, Vladimir-Prelog-Weg 3, 8093 Zürich, Suisse")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def head(t):
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        rr = q.add_run(t.upper())
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def line(date, text):
        q = d.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Pt(105))
        q.paragraph_format.left_indent = Pt(105)
        q.paragraph_format.first_line_indent = Pt(-105)
        q.paragraph_format.space_after = Pt(2)
        q.add_run(date + "\t")
        q.add_run(text)

    head("Situation actuelle")
    line("Depuis 01/2023", "Chercheuse post-doctorante, ETH Zürich, Laboratorium für Organische Chemie "
         "(groupe du Prof. R. Gassmann) – photocatalyse énantiosélective")
    head("Parcours professionnel")
    line("09/2022 – 12/2022", "Attachée temporaire d'enseignement et de recherche (ATER, demi-poste), "
         "Université de Strasbourg")
    line("10/2019 – 08/2022", "Doctorante contractuelle, Institut de Science et d'Ingénierie Supramoléculaires "
         "(ISIS), Université de Strasbourg – mission d'enseignement (64 h/an)")
    line("02/2019 – 07/2019", "Stage de M2, Sanofi R&D, Vitry-sur-Seine (chimie médicinale)")
    head("Formation")
    line("2019 – 2022", "Doctorat de chimie, Université de Strasbourg (ED 222), soutenu le 30/09/2022, "
         "« Catalyse supramoléculaire par des cages de coordination »")
    line("2017 – 2019", "Master Chimie moléculaire, Sorbonne Université, mention Très bien")
    line("2014 – 2017", "Licence de chimie, Université Claude Bernard Lyon 1")
    line("2025", "Qualification aux fonctions de maître de conférences, CNU sections 31 et 32")
    head("Thèmes de recherche")
    d.add_paragraph("Photocatalyse asymétrique ; chimie supramoléculaire ; catalyse confinée ; chimie en flux.")
    head("Publications (7 articles dans des revues à comité de lecture)")
    pubs = [
        "Marchetti-Bousquet, É.; Lüthi, S.; Gassmann, R. Enantioselective photocatalytic [2+2] "
        "cycloadditions inside a chiral Pd6L4 cage. J. Am. Chem. Soc. 2025, 147, 8812–8821.",
        "Lüthi, S.‡; Marchetti-Bousquet, É.‡; Gassmann, R. Flow photochemistry with recyclable cage "
        "catalysts. Angew. Chem. Int. Ed. 2024, 63, e202409911. (‡ contributions égales)",
        "Marchetti-Bousquet, É.; Hoarau, P.; Weiss, C. Substrate-selective Diels–Alder reactions in "
        "water-soluble coordination cages. Chem. Sci. 2022, 13, 10021–10030.",
        "Hoarau, P.; Marchetti-Bousquet, É.; Weiss, C. Guest-induced cage transformations monitored by "
        "DOSY NMR. Chem. Eur. J. 2021, 27, 15504–15512.",
        "Marchetti-Bousquet, É.; Weiss, C. Confined catalysis: lessons from enzymes. ChemCatChem 2021, "
        "13, 4419–4431 (revue).",
        "Marchetti-Bousquet, É.; Gassmann, R. Visible-light deracemisation in a chiral host. Nature "
        "Chemistry, sous presse (accepté le 12/10/2026).",
        "Okafor-Wendt, L.; Marchetti-Bousquet, É.; Gassmann, R. Kinetic resolution by cage-bound "
        "photosensitisers. Soumis à ACS Catal. (2026).",
    ]
    for i, t in enumerate(pubs, 1):
        q = d.add_paragraph(f"[{i}] {t}")
        q.paragraph_format.left_indent = Pt(18)
        q.paragraph_format.first_line_indent = Pt(-18)
        q.paragraph_format.space_after = Pt(2)
    head("Communications orales (sélection)")
    d.add_paragraph("Journées de Chimie Organique (JCO), Palaiseau, 2024 – Gordon Research Conference "
                    "Physical Organic Chemistry, 2023 (poster).")
    head("Prix et distinctions")
    line("2023", "Prix de thèse de la division de Chimie Organique, Société Chimique de France")
    line("2023 – 2025", "Bourse postdoctorale ETH Zurich Postdoctoral Fellowship")
    head("Enseignement")
    d.add_paragraph("≈ 250 h équivalent TD (L1–M1) : chimie organique, TP de synthèse, spectroscopie RMN.")
    head("Compétences")
    d.add_paragraph("Synthèse multi-étapes, photochimie en flux, RMN 2D/DOSY, DRX sur monocristal ; "
                    "français (langue maternelle), anglais (C1), allemand (B2), italien (B1).")
    d.save(path)
    fix_docx(path)


def _stamp() -> bytes:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.3, 841.9), invariant=1)
    c.saveState()
    c.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.18))
    c.setFont("Helvetica-Bold", 78)
    c.translate(300, 420)
    c.rotate(45)
    c.drawCentredString(0, 0, "CONFIDENTIEL")
    c.restoreState()
    c.setStrokeColor(Color(0.1, 0.2, 0.6, alpha=0.85))
    c.setFillColor(Color(0.1, 0.2, 0.6, alpha=0.85))
    c.setLineWidth(1.6)
    c.saveState()
    c.translate(430, 770)
    c.rotate(-6)
    c.roundRect(-8, -34, 150, 60, 6)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(0, 10, "REÇU LE 02 NOV. 2026")
    c.setFont("Helvetica", 8)
    c.drawString(0, -4, "Université de Montpellier")
    c.drawString(0, -16, "DRH – Bureau des concours")
    c.drawString(0, -28, "Dossier n° 4217-019")
    c.restoreState()
    c.setFont("Helvetica", 7)
    c.setFillColor(Color(0.3, 0.3, 0.3))
    c.drawString(40, 22, "Document réservé au comité de sélection – ne pas diffuser")
    c.showPage()
    c.save()
    return buf.getvalue()


def build_07() -> None:
    from pypdf import PdfReader, PdfWriter

    out = FILES / "07_fr_chemistry_mcf_candidate_stamped_pypdf.pdf"
    src = SRC / "07_cv_marchetti.docx"
    _docx07(src)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        shutil.copy(src, tmp / "cv.docx")
        run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf", "cv.docx"],
            cwd=tmp)
        stamp = PdfReader(io.BytesIO(_stamp())).pages[0]
        w = PdfWriter(clone_from=tmp / "cv.pdf")
        for page in w.pages:
            page.merge_page(stamp)
        w.add_metadata({"/Producer": "pypdf", "/Creator": "Writer", "/Title": "CV",
                        "/CreationDate": "D:20261102090000Z", "/ModDate": "D:20261102090000Z"})
        w._ID = None
        with open(out, "wb") as f:
            w.write(f)
    pin_pdf(out)
    write_label(
        out.name,
        name="Élodie Marchetti-Bousquet",
        name_any=["Élodie MARCHETTI-BOUSQUET", "Elodie Marchetti-Bousquet"],
        emails=["elodie.marchetti@example.fr"],
        phones=["+33639984127"],
        links=[],
        education=[E("Université de Strasbourg", "phd", "2019", "2022"),
                   E("Sorbonne Université", "master", "2017", "2019"),
                   E("Université Claude Bernard Lyon 1", "bachelor", "2014", "2017")],
        experience=[J("ETH Zürich", "Chercheuse post-doctorante", "2023-01", "present"),
                    J("Université de Strasbourg", "Attachée temporaire d'enseignement et de recherche (ATER)",
                      "2022-09", "2022-12"),
                    J("Université de Strasbourg", "Doctorante contractuelle", "2019-10", "2022-08"),
                    J("Sanofi R&D", "Stage de M2", "2019-02", "2019-07")],
        publications_count=7,
        first_author_count=5,
        publications_sample=[
            P("Enantioselective photocatalytic [2+2] cycloadditions inside a chiral Pd6L4 cage",
              "J. Am. Chem. Soc.", 2025, True, "published"),
            P("Flow photochemistry with recyclable cage catalysts", "Angew. Chem. Int. Ed.", 2024, True,
              "published"),
            P("Guest-induced cage transformations monitored by DOSY NMR", "Chem. Eur. J.", 2021, False,
              "published"),
            P("Visible-light deracemisation in a chiral host", "Nature Chemistry", None, True, "in press"),
            P("Kinetic resolution by cage-bound photosensitisers", "ACS Catal.", None, False, "under review"),
        ],
        research_interests_any=["Photocatalyse asymétrique", "chimie supramoléculaire", "catalyse confinée"],
        awards_count=2,
        language="fr",
        layout="French MCF application CV made in Word (python-docx), printed by LibreOffice, then stamped on "
               "every page with pypdf: a diagonal 'CONFIDENTIEL' watermark, a rotated 'REÇU LE 02 NOV. 2026' "
               "reception stamp of the HR office and a footer line (ReportLab overlay)",
        notes="The watermark, the reception stamp (date, university, office, dossier number) and the footer are "
              "the receiving office's, not the candidate's data; their text is in the text layer and interleaves "
              "with the CV lines. Under the name: the post applied for ('Candidate MCF … poste n° 4217'), not a job. "
              "French phone '06 39 98 41 27' (fiction range) = +33639984127. 'Depuis 01/2023' = present; "
              "'MM/YYYY – MM/YYYY' in a hanging-indent tab column. Jobs: postdoc (ETH), ATER (half post), "
              "doctorante contractuelle (a job per heldout15), the Sanofi M2 internship (a dated stage, labelled as "
              "a job). Degrees with years; the CNU qualification is not a degree and not an award. Publications "
              "[1]-[7] (the heading claims 7): first author in 5 ([2] has ‡ equal contribution with the first "
              "author); [6] 'sous presse (accepté le 12/10/2026)' = in press with no year printed with it; [7] "
              "'Soumis à ACS Catal. (2026)' = under review. Communications orales are talks. Prix: SCF thesis prize "
              "and the ETH Postdoctoral Fellowship (bourse) = 2.",
    )

TYP06 = r"""#set document(title: "CV Aebischer-Mwangi", author: "L. Aebischer-Mwangi", date: datetime(year: 2026, month: 11, day: 1))
#set page(paper: "a4", margin: (x: 2cm, top: 2.2cm, bottom: 2cm),
  header: context { if counter(page).get().first() > 1 [#set text(8pt, fill: gray); Linnea Aebischer-Mwangi #h(1fr) Curriculum vitae] },
  footer: context [#set text(8pt, fill: gray); #h(1fr) #counter(page).display("1 / 1", both: true)])
#set text(font: "Liberation Sans", size: 9.5pt)
#let box-head(t) = block(fill: rgb("#e4002b"), inset: 5pt, width: 100%)[#text(fill: white, weight: "bold")[#t]]
#let kv(k, v) = grid(columns: (5.2cm, 1fr), gutter: 4pt, text(weight: "bold")[#k], v)

#box-head[Swiss National Science Foundation · Ambizione 2026 · Track record / CV summary (max. 1 page)]
#v(4pt)
#kv[Applicant][Dr. Linnea Aebischer-Mwangi]
#kv[Project title][Sleep spindles as gatekeepers of systems consolidation in the ageing hippocampus]
#kv[Current position][Senior postdoctoral researcher, University of Zurich (since 02/2022)]
#kv[Academic age][8 years since PhD (PhD awarded 05/2018), 6 months career break (parental leave 2023)]
#kv[ORCID][0000-0003-4417-2059]
#v(4pt)
#box-head[Scientific output (Google Scholar, 15.10.2026)]
#table(columns: 4, stroke: 0.4pt + gray, inset: 4pt,
  [*h-index*], [*Citations (total)*], [*Peer-reviewed articles*], [*as first / last author*],
  [17], [1,264], [22], [9 / 2])
#box-head[Five most important publications]
#set enum(numbering: "1.")
+ *Aebischer-Mwangi L*, Falk-Rüegg T, Obiora C, Sennhauser M. Closed-loop spindle stimulation rescues memory
  in aged mice. _Neuron_ 2025; 113: 1402–1417. _Why important:_ first causal test in ageing.
+ *Aebischer-Mwangi L*, Sennhauser M. Hippocampal ripples couple to thalamic spindles across the lifespan.
  _Nature Communications_ 2023; 14: 6613.
+ Falk-Rüegg T\*, *Aebischer-Mwangi L\**, Bernasconi G. Silicon-probe recordings of sleep in freely moving
  aged rats. _eLife_ 2022; 11: e80117. (\*equal contribution)
+ *Aebischer-Mwangi L*, Dubois-Kagame R, Varga-Holm E. Whisker-evoked activity during NREM sleep. _Journal
  of Neuroscience_ 2018; 38: 9021–9035.
+ *Aebischer-Mwangi L*, Obiora C, Sennhauser M. Spindle density predicts overnight memory in older adults.
  _bioRxiv_ 2026, doi:10.1101/2026.03.14.599001 (under review at _Nature Neuroscience_).
#box-head[Grants and awards (selection)]
SNSF Early Postdoc.Mobility fellowship (2018–2020) · Forschungskredit UZH (CHF 148,000, 2022–2024) ·
FENS-Kavli Network of Excellence scholar (2024) · EPFL Doctoral Program Thesis Distinction (2018)

#pagebreak()
#align(center)[#text(18pt, weight: "bold")[Linnea Aebischer-Mwangi, PhD] \
Brain Research Institute, University of Zurich, Winterthurerstrasse 190, 8057 Zürich \
+41 44 555 01 62 · linnea.aebischer\@bri.uzh.example.ch · #link("https://sleeplab.example.ch")[sleeplab.example.ch]]
#let sec(t) = { v(6pt); text(11pt, weight: "bold", fill: rgb("#e4002b"))[#upper(t)]; v(-6pt); line(length: 100%, stroke: 0.5pt); v(-2pt) }
#let row(d, b) = grid(columns: (3.2cm, 1fr), gutter: 4pt, d, b)
#sec[Research interests]
Sleep and memory consolidation; hippocampal–thalamic oscillations; ageing; closed-loop neurostimulation.
#sec[Positions]
#row[02/2022 – present][Senior postdoctoral researcher, Brain Research Institute, University of Zurich]
#row[09/2020 – 01/2022][Postdoctoral researcher, Brain Research Institute, University of Zurich]
#row[06/2018 – 08/2020][Postdoctoral fellow (SNSF Early Postdoc.Mobility), University of Oxford, MRC Brain Network Dynamics Unit]
#row[03/2023 – 08/2023][Parental leave]
#sec[Education]
#row[2014 – 2018][PhD in Neuroscience, École polytechnique fédérale de Lausanne (EPFL)]
#row[2012 – 2014][MSc in Neuroscience, University of Geneva]
#row[2009 – 2012][BSc in Biology, University of Bern]
#sec[Publications (peer-reviewed, complete)]
#set enum(numbering: "[1]")
+ *Aebischer-Mwangi L*, Falk-Rüegg T, Obiora C, Sennhauser M. Closed-loop spindle stimulation rescues memory in aged mice. _Neuron_ 2025; 113: 1402–1417.
+ Obiora C, *Aebischer-Mwangi L*, Sennhauser M. Thalamic reticular bursts gate spindle–ripple coupling. _Current Biology_ 2025; 35: 2210–2224.
+ *Aebischer-Mwangi L*, Sennhauser M. Hippocampal ripples couple to thalamic spindles across the lifespan. _Nature Communications_ 2023; 14: 6613.
+ Falk-Rüegg T\*, *Aebischer-Mwangi L\**, Bernasconi G. Silicon-probe recordings of sleep in freely moving aged rats. _eLife_ 2022; 11: e80117.
+ Sennhauser M, Obiora C, *Aebischer-Mwangi L*. Sleep in the ageing brain: a primer. _Swiss Medical Weekly_ 2021; 151: w30012.
+ Dubois-Kagame R, *Aebischer-Mwangi L*, Tanaka-Fehr Y, Walton P. Slow oscillation phase targeting in rodents. _Journal of Neurophysiology_ 2020; 124: 1530–1544.
+ *Aebischer-Mwangi L*, Dubois-Kagame R, Varga-Holm E. Whisker-evoked activity during NREM sleep. _Journal of Neuroscience_ 2018; 38: 9021–9035.
+ *Aebischer-Mwangi L*, Varga-Holm E. Layer-specific sleep spindles in mouse barrel cortex. _Cerebral Cortex_ 2017; 27: 5120–5133.
#sec[Preprints]
+ *Aebischer-Mwangi L*, Obiora C, Sennhauser M. Spindle density predicts overnight memory in older adults. _bioRxiv_ 2026 (under review at _Nature Neuroscience_).
#sec[Teaching and supervision]
Lecturer, Sleep and Memory (UZH master course, 2022–2026); supervised 2 PhD and 5 MSc students.
#sec[Languages]
German and French (native), English (C2), Swahili (conversational).
"""


def build_06() -> None:
    import typst

    out = FILES / "06_ch_neuroscience_postdoc_snsf_summary_sheet_typst.pdf"
    srcp = write_src("06_summary_and_cv.typ", TYP06)
    out.write_bytes(typst.compile(str(srcp)))
    pin_pdf(out)
    write_label(
        out.name,
        name="Linnea Aebischer-Mwangi",
        name_any=["Dr. Linnea Aebischer-Mwangi", "Linnea Aebischer-Mwangi, PhD"],
        emails=["linnea.aebischer@bri.uzh.example.ch"],
        phones=["+41445550162"],
        links=["https://sleeplab.example.ch"],
        education=[E("École polytechnique fédérale de Lausanne (EPFL)", "phd", "2014", "2018"),
                   E("University of Geneva", "master", "2012", "2014"),
                   E("University of Bern", "bachelor", "2009", "2012")],
        experience=[J("University of Zurich", "Senior postdoctoral researcher", "2022-02", "present"),
                    J("University of Zurich", "Postdoctoral researcher", "2020-09", "2022-01"),
                    J("University of Oxford", "Postdoctoral fellow", "2018-06", "2020-08")],
        publications_count=9,
        first_author_count=6,
        publications_sample=[
            P("Closed-loop spindle stimulation rescues memory in aged mice", "Neuron", 2025, True, "published"),
            P("Silicon-probe recordings of sleep in freely moving aged rats", "eLife", 2022, True, "published"),
            P("Sleep in the ageing brain: a primer", "Swiss Medical Weekly", 2021, False, "published"),
            P("Spindle density predicts overnight memory in older adults", "bioRxiv", None, True, "under review"),
        ],
        research_interests_any=["Sleep and memory consolidation", "hippocampal–thalamic oscillations",
                                "closed-loop neurostimulation"],
        awards_count=3,
        language="en",
        layout="Funder summary sheet (SNSF Ambizione-like 'Track record / CV summary', red bars, a metrics table) "
               "on page 1, then the full CV from page 2 with a running header; Typst via typst-py",
        notes="Page 1 is the funder's summary sheet: applicant, project title, current position, academic age "
              "with a career break, ORCID (bare id), a table h-index 17 / citations 1,264 / 22 articles / 9 first "
              "/ 2 last (claims, not counts), 'Five most important publications' and a one-line grants-and-awards "
              "list. All five 'most important' papers reappear in the full CV ([1], [3], [4], [7] and the preprint) "
              "and count once. Printed distinct papers: 8 peer-reviewed + 1 bioRxiv preprint = 9 (the sheet's '22' "
              "is not what is printed). First author: [1], [3], [4] ('*' equal with the first author), [7], [8] "
              "and the preprint = 6. The item under 'Preprints', 'bioRxiv 2026 (under review at Nature "
              "Neuroscience)', is labelled under review with venue bioRxiv and no year (heldout15's rule for an "
              "arXiv paper that is also submitted). Positions 'MM/YYYY – MM/YYYY'; 'Parental leave' is a dated row under "
              "Positions but not a job. The Oxford postdoc line names a unit after the university: employer "
              "labelled University of Oxford. Awards (from the sheet's one-line list, the only place they are "
              "printed): the SNSF Early Postdoc.Mobility fellowship, the FENS-Kavli scholar title and the EPFL "
              "thesis distinction = 3; the UZH Forschungskredit (with an amount) is a grant.",
    )
