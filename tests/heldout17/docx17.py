"""Word files of heldout17: 01 (NIH biosketch), 09 (Australian Level B CV), 07 (CVN, DOCX printed by LibreOffice)."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from kit17 import fix_zip


def _base(font: str, size: float) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.9)
        s.top_margin = s.bottom_margin = Cm(1.5)
    doc.core_properties.author = "Microsoft Office User"
    doc.core_properties.title = ""
    doc.core_properties.revision = 3
    return doc


def _runs(p, text: str, size=None, italic_all=False):
    """'**bold**' and '_italic_' marks inside text."""
    import re
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2])
            r.italic = True
        else:
            r = p.add_run(part)
        if italic_all:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    return p


def _para(doc, text="", bold=False, size=None, align=None, after=0, before=0, indent=None, hang=None):
    p = doc.add_paragraph()
    if text:
        if bold:
            r = p.add_run(text)
            r.bold = True
            if size:
                r.font.size = Pt(size)
        else:
            _runs(p, text, size)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align:
        p.alignment = align
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hang is not None:
        pf.first_line_indent = Cm(-hang)
    return p


def _borders(table, sz=4):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    pr.append(b)


def _cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align:
        p.alignment = align


def _tab_line(doc, left: str, right: str, tab_cm: float = 3.0, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm))
    p.paragraph_format.left_indent = Cm(tab_cm)
    p.paragraph_format.first_line_indent = Cm(-tab_cm)
    _runs(p, f"{left}\t{right}", size)
    return p


# ---------------------------------------------------------------- 01 NIH biosketch
NIH_EDU = [
    ("Rice University, Houston, TX", "BA", "05/2006", "Biochemistry and Cell Biology"),
    ("Johns Hopkins University School of Medicine, Baltimore, MD", "PHD", "06/2012", "Immunology"),
    ("Washington University School of Medicine, St. Louis, MO", "Postdoctoral Fellow", "08/2016", "T cell metabolism"),
]

NIH_STATEMENT = (
    "My laboratory studies how nutrient availability in inflamed tissues reprograms the metabolism and memory "
    "potential of CD8⁺ T cells. I trained in T cell biology with Dr. Ravindra Osei-Kwarteng at Johns Hopkins, where I "
    "showed that mitochondrial fission regulates effector differentiation, and in immunometabolism as a Cancer Research "
    "Institute Irvington Fellow at Washington University. Since establishing my independent laboratory at the University "
    "of Michigan in 2016, I have built the isotope-tracing and intravital imaging pipelines that this application depends "
    "on, and I have mentored 6 graduate students and 4 postdoctoral fellows, two of whom now lead their own groups. I am "
    "well positioned to lead Aim 2 of the proposed project, which extends our finding that lactate shuttling between "
    "tumour-associated macrophages and T cells limits memory formation [1, 2]."
)
NIH_PROJECTS = [
    "R01 AI158842            Thornquist-Abara (PI)            07/01/2021 – 06/30/2026",
    "Lactate handling and the fate of tissue-resident memory T cells",
    "Pew Biomedical Scholars Program            Thornquist-Abara (PI)            08/01/2019 – 07/31/2023 (completed)",
    "Metabolic niches of memory precursors in the inflamed gut",
]
NIH_STATEMENT_CITES = [
    "**Thornquist-Abara ME**, Delacroix-Hume J, Pakalnis V, Oyelaran-Smith T, Brandvold KA. Macrophage-derived lactate "
    "restrains memory precursor formation in tumour-infiltrating CD8 T cells. __J Exp Med__. 2023;220(9):e20221873. "
    "PMCID: PMC10493012.",
    "Pakalnis V*, **Thornquist-Abara ME***, Feuerbach LN, Kimathi-Rowe S. Monocarboxylate transporter 1 marks exhausted "
    "T cells that can be rescued by PD-1 blockade. __Cancer Immunol Res__. 2024 (in press).",
    "**Thornquist-Abara ME**, Nwachukwu-Ferris A, Brandvold KA. Isotope tracing of T cell metabolism in vivo: a practical "
    "guide. __Nat Protoc__. 2022;17(11):2510-2536. PMCID: PMC9720184.",
]
NIH_POSITIONS = [
    ("2023 –", "Associate Professor (with tenure), Department of Microbiology and Immunology, University of Michigan "
               "Medical School, Ann Arbor, MI"),
    ("2016 – 2023", "Assistant Professor, Department of Microbiology and Immunology, University of Michigan Medical "
                    "School, Ann Arbor, MI"),
    ("2012 – 2016", "Postdoctoral Research Associate, Department of Pathology and Immunology, Washington University "
                    "School of Medicine, St. Louis, MO"),
    ("2022 –", "Standing Member, Cellular and Molecular Immunology – A (CMIA) Study Section, NIH"),
    ("2017 –", "Member, American Association of Immunologists"),
]
NIH_HONORS = [
    ("2024", "BD Biosciences Investigator Award, American Association of Immunologists"),
    ("2019", "Pew Biomedical Scholar, The Pew Charitable Trusts"),
    ("2013", "Irvington Postdoctoral Fellowship, Cancer Research Institute"),
    ("2011", "Michael A. Bender Graduate Research Prize, Johns Hopkins University"),
]
NIH_CONTRIB = [
    ("Mitochondrial dynamics in effector T cell differentiation. As a graduate student I asked why effector and memory "
     "CD8 T cells differ in mitochondrial shape. I showed that fission of mitochondria through Drp1 is required for "
     "glycolytic switching after priming, and that its loss skews cells toward memory. I was the first author of the "
     "primary papers and performed most experiments.",
     [
         "**Thornquist-Abara ME**, Yarbrough-Diallo C, Osei-Kwarteng R. Drp1-dependent fission licenses glycolytic "
         "reprogramming in primed CD8 T cells. __Immunity__. 2011;35(4):612-624. PMCID: PMC3201877.",
         "Yarbrough-Diallo C, **Thornquist-Abara ME**, Lindqvist-Mora P, Osei-Kwarteng R. Mitochondrial cristae remodelling "
         "during T cell contraction. __J Immunol__. 2012;189(2):741-750. PMCID: PMC3392814.",
         "**Thornquist-Abara ME**, Osei-Kwarteng R. Shape matters: organelle dynamics in lymphocyte fate. __Trends "
         "Immunol__. 2013;34(7):330-338.",
     ]),
    ("Nutrient competition in the tumour microenvironment. As an Irvington fellow, I developed in vivo ¹³C-glucose "
     "infusion protocols for mice bearing tumours, showing that tumour-infiltrating T cells are limited by glucose, "
     "not oxygen, and that this limitation is reversible.",
     [
         "**Thornquist-Abara ME**, Haverkamp-Lowe D, Brandvold KA. In vivo isotope tracing reveals glucose restriction of "
         "tumour-infiltrating T cells. __Cell Metab__. 2015;22(5):884-896. PMCID: PMC4637249.",
         "Haverkamp-Lowe D, **Thornquist-Abara ME**, et al. Acetate rescues effector function in glucose-restricted T "
         "cells. __Cell Rep__. 2016;14(6):1451-1462. PMCID: PMC4766382.",
         "**Thornquist-Abara ME**, Nwachukwu-Ferris A, Brandvold KA. Isotope tracing of T cell metabolism in vivo: a "
         "practical guide. __Nat Protoc__. 2022;17(11):2510-2536. PMCID: PMC9720184.",
     ]),
    ("Lactate and memory formation. My independent laboratory found that lactate released by macrophages is taken up "
     "by memory precursor T cells through MCT1 and diverted into the TCA cycle, reducing the formation of "
     "tissue-resident memory.",
     [
         "**Thornquist-Abara ME**, Delacroix-Hume J, Pakalnis V, Oyelaran-Smith T, Brandvold KA. Macrophage-derived "
         "lactate restrains memory precursor formation in tumour-infiltrating CD8 T cells. __J Exp Med__. "
         "2023;220(9):e20221873. PMCID: PMC10493012.",
         "Delacroix-Hume J, Oyelaran-Smith T, **Thornquist-Abara ME**. Intravital imaging of lactate flux in the inflamed "
         "colon. __Mucosal Immunol__. 2021;14(3):702-713. PMCID: PMC8075512.",
         "Oyelaran-Smith T, Feuerbach LN, **Thornquist-Abara ME**. Tissue-resident memory T cells tolerate lactate through "
         "LDHB. __bioRxiv__. 2024. doi:10.1101/2024.03.11.584512. Preprint.",
         "Feuerbach LN, **Thornquist-Abara ME**. Lactate sensing by GPR81 on intestinal CD8 T cells. Submitted.",
     ]),
]


def build_01(out: Path) -> None:
    doc = _base("Arial", 11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "OMB No. 0925-0001 and 0925-0002 (Rev. 09/2024 Approved Through 01/31/2026)"
    hdr.runs[0].font.size = Pt(8)
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, "BIOGRAPHICAL SKETCH", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "Provide the following information for the Senior/key personnel and other significant contributors.\n"
               "Follow this format for each person.  DO NOT EXCEED FIVE PAGES.", size=8, align=WD_ALIGN_PARAGRAPH.CENTER,
          after=6)
    _para(doc, "NAME: Thornquist-Abara, Marisol E.")
    _para(doc, "eRA COMMONS USER NAME (credential, e.g., agency login): MTHORNQUIST")
    _para(doc, "POSITION TITLE: Associate Professor of Microbiology and Immunology", after=6)
    _para(doc, "EDUCATION/TRAINING (Begin with baccalaureate or other initial professional education, such as nursing, "
               "include postdoctoral training and residency training if applicable. Add/delete rows as necessary.)",
          size=8)
    t = doc.add_table(rows=1, cols=4)
    _borders(t)
    for c, h in zip(t.rows[0].cells, ["INSTITUTION AND LOCATION", "DEGREE\n(if applicable)", "Completion Date\nMM/YYYY",
                                      "FIELD OF STUDY"], strict=False):
        _cell(c, h, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in NIH_EDU:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row, strict=False)):
            _cell(c, v, size=9, align=None if i in (0, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows:
        for w, c in zip((7.0, 2.6, 2.6, 5.2), row.cells, strict=False):
            c.width = Cm(w)
    _para(doc, "", after=4)
    _para(doc, "A.\tPersonal Statement", bold=True, before=6, after=2)
    _para(doc, NIH_STATEMENT, after=4)
    _para(doc, "Ongoing and recently completed projects that I would like to highlight include:", after=2)
    for line in NIH_PROJECTS:
        _para(doc, line, size=10, indent=0.6)
    _para(doc, "", after=2)
    _para(doc, "Citations:", after=2)
    for i, c in enumerate(NIH_STATEMENT_CITES, 1):
        _para(doc, f"{i}.\t{c}", size=10, indent=0.9, hang=0.6)
    _para(doc, "* These authors contributed equally.", size=9, indent=0.9)
    _para(doc, "B.\tPositions, Scientific Appointments and Honors", bold=True, before=8, after=2)
    _para(doc, "Positions and Scientific Appointments", bold=True, size=10, after=2)
    for d, t_ in NIH_POSITIONS:
        _tab_line(doc, d, t_, 2.8, 10)
    _para(doc, "Honors", bold=True, size=10, before=6, after=2)
    for d, t_ in NIH_HONORS:
        _tab_line(doc, d, t_, 2.8, 10)
    _para(doc, "C.\tContribution to Science", bold=True, before=8, after=2)
    n = 0
    for i, (text, cites) in enumerate(NIH_CONTRIB, 1):
        _para(doc, f"{i}.\t{text}", indent=0.6, hang=0.6, after=2)
        for c in cites:
            n += 1
            _para(doc, f"{'abcdefg'[cites.index(c)]}.\t{c}", size=10, indent=1.5, hang=0.6)
        _para(doc, "", after=2)
    _para(doc, "Complete List of Published Work in My Bibliography:", before=4)
    _para(doc, "https://www.ncbi.nlm.nih.gov/myncbi/marisol.thornquist-abara.1/bibliography/public/", size=10)
    doc.save(out)
    fix_zip(out)


# ---------------------------------------------------------------- 09 Australian Level B lecturer
def build_09(out: Path) -> None:
    doc = _base("Calibri", 10.5)
    s = doc.sections[0]
    f = s.footer.paragraphs[0]
    f.text = "Dr Kirrily J. Ashcombe-Naidu — Curriculum Vitae — updated March 2025"
    f.runs[0].font.size = Pt(8)
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = _para(doc, "Dr Kirrily J. Ashcombe-Naidu", bold=True, size=20)
    p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    _para(doc, "Lecturer (Level B) in Marine Ecology | College of Science and Engineering, James Cook University", size=11)
    _para(doc, "1 Marine Parade, Townsville QLD 4810, Australia  •  +61 7 5550 1742  •  kirrily.ashcombe@jcu.example.edu.au",
          size=9.5)
    _para(doc, "ORCID 0000-0002-7719-4410  •  Researcher ID: AAZ-4412-2019", size=9.5, after=8)

    def head(t):
        p = _para(doc, t.upper(), bold=True, size=11, before=8, after=3)
        p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "1F4E79")
        bdr.append(b)
        pPr.append(bdr)

    head("Research interests")
    _para(doc, "Coral reef recovery after marine heatwaves; herbivorous fish and algal succession; seascape genomics of "
               "reef-building corals; citizen-science reef monitoring with Traditional Owner ranger groups.")
    head("Academic qualifications")
    for d, t_ in [
        ("2013 – 2017", "**Doctor of Philosophy (Marine Biology)**, James Cook University, Townsville. Thesis: “Herbivore "
                        "identity and the pace of coral recovery on inshore reefs”. Conferred 14 Dec 2017."),
        ("2012", "**Bachelor of Science (Honours Class I)**, The University of Queensland, Brisbane. Honours in "
                 "marine science."),
        ("2009 – 2011", "**Bachelor of Science** (Marine Biology and Ecology), The University of Queensland."),
        ("2022", "Graduate Certificate in Higher Education (Teaching and Learning), James Cook University."),
    ]:
        _tab_line(doc, d, t_, 2.6)
    head("Employment history")
    for d, t_ in [
        ("Jul 2022 – present", "**Lecturer (Level B)**, Marine Biology and Aquaculture, College of Science and "
                               "Engineering, James Cook University, Townsville."),
        ("Feb 2021 – Jun 2022", "**ARC DECRA Fellow (Level B)**, ARC Centre of Excellence for Coral Reef Studies, "
                                "James Cook University (fellowship held from 2021; transferred to a continuing "
                                "lectureship in 2022)."),
        ("Jan 2018 – Jan 2021", "**Postdoctoral Research Fellow (Level A)**, Australian Institute of Marine Science "
                                "(AIMS), Cape Ferguson."),
        ("2014 – 2017", "Casual tutor and demonstrator, BZ1005 and MB2050, James Cook University (during PhD)."),
    ]:
        _tab_line(doc, d, t_, 3.6)
    head("Research funding")
    _para(doc, "Total funding as CI: AUD 1,184,500 (lead CI on 3 of 5 grants).", size=9.5, after=3)
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"] if "Table Grid" in [x.name for x in doc.styles] else None
    _borders(t)
    for c, h in zip(t.rows[0].cells, ["Year(s)", "Scheme", "Project title", "Investigators", "Amount (AUD)"], strict=False):
        _cell(c, h, bold=True, size=8.5)
    for row in [
        ("2021–2024", "ARC Discovery Early Career Researcher Award (DECRA) DE210100417",
         "Who eats the seaweed? Herbivore loss and reef recovery after bleaching", "Ashcombe-Naidu K (sole CI)", "$427,500"),
        ("2023–2026", "ARC Discovery Project DP230102288", "Seascape genomics of heat tolerance in Acropora",
         "Lindqvist-Mora P, Ashcombe-Naidu K, Tjahjono R", "$512,000"),
        ("2023–2025", "Great Barrier Reef Foundation, Reef Restoration and Adaptation Program",
         "Ranger-led herbivore surveys on the northern GBR", "Ashcombe-Naidu K, Gibbard-Nona T", "$180,000"),
        ("2019", "AIMS Internal Seed Grant", "Drone photogrammetry of inshore algal beds", "Ashcombe-Naidu K", "$35,000"),
        ("2016", "PADI Foundation Research Grant", "Fish bite rates on recovering reefs", "Ashcombe-Naidu K", "$30,000"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            _cell(c, v, size=8.5)
    for row in t.rows:
        for w, c in zip((1.8, 4.2, 5.6, 3.6, 2.0), row.cells, strict=False):
            c.width = Cm(w)
    head("Awards and honours")
    for d, t_ in [
        ("2024", "JCU Vice-Chancellor's Citation for Outstanding Contributions to Student Learning"),
        ("2020", "Australian Coral Reef Society Early Career Researcher Medal"),
        ("2018", "JCU Dean's Award for Excellence in a PhD Thesis"),
        ("2013", "Australian Government Research Training Program Scholarship (PhD stipend)"),
    ]:
        _tab_line(doc, d, t_, 2.0)
    head("Publications (h-index 14, Scopus; * = student/ECR I supervised)")
    _para(doc, "Refereed journal articles", bold=True, size=10, after=2)
    pubs = [
        "Ashcombe-Naidu KJ, Gibbard-Nona T, Lindqvist-Mora P (in press) Herbivore functional redundancy collapses after "
        "repeated marine heatwaves. __Global Change Biology__.",
        "Tjahjono R*, **Ashcombe-Naidu KJ** (2024) Turf algal height predicts coral recruit survival on the central Great "
        "Barrier Reef. __Coral Reefs__ 43: 311–324.",
        "**Ashcombe-Naidu KJ**, Lindqvist-Mora P, Harcourt-Bell S (2023) Parrotfish bite scars as a proxy for grazing "
        "pressure. __Marine Ecology Progress Series__ 712: 45–59.",
        "Merriwether L*, **Ashcombe-Naidu KJ**, Okafor-Brent D, Gibbard-Nona T (2022) Ranger-collected video reveals "
        "night-time herbivory on inshore reefs. __Ecology and Evolution__ 12: e9114.",
        "**Ashcombe-Naidu KJ**, Hoey-Marsh A (2020) Recovery windows: how long do reefs have between heatwaves? "
        "__Proceedings of the Royal Society B__ 287: 20201877.",
        "**Ashcombe-Naidu KJ**, Hoey-Marsh A, Brennan-Tuite F (2018) Herbivore identity and the pace of coral recovery. "
        "__Journal of Ecology__ 106: 1530–1543.",
    ]
    for i, c in enumerate(pubs, 1):
        _para(doc, f"{i}.\t{c}", size=9.5, indent=0.7, hang=0.7)
    _para(doc, "Under review", bold=True, size=10, before=4, after=2)
    _para(doc, "7.\tAshcombe-Naidu KJ, Tjahjono R, Merriwether L. Seascape genomics of Acropora heat tolerance across "
               "the Coral Sea. Submitted to __Molecular Ecology__ (Jan 2025).", size=9.5, indent=0.7, hang=0.7)
    head("Teaching and supervision")
    _para(doc, "Subject coordinator MB2050 Reef Ecology (2022–, ~180 students/yr) and MB5190 Field Methods in Marine "
               "Science. Principal advisor of 3 PhD and 2 MPhil candidates; co-advisor of 4 PhD candidates (2 completed).")
    head("Service and engagement")
    _para(doc, "Associate Editor, Coral Reefs (2023–); Councillor, Australian Coral Reef Society (2021–2024); ARC College "
               "of Experts assessor (2023); ~40 public talks and 3 ABC Radio interviews.")
    doc.save(out)
    fix_zip(out)


# ---------------------------------------------------------------- 07 Spanish CVN (FECYT), DOCX printed by LibreOffice
def _cvn_block(doc, num, fields):
    """A CVN entry: a number, then 'Label: value' rows, two per line where CVN puts them side by side."""
    t = doc.add_table(rows=0, cols=3)
    first = True
    for row in fields:
        cells = t.add_row().cells
        _cell(cells[0], f"{num}" if first else "", bold=True, size=9)
        first = False
        p = cells[1].paragraphs[0]
        for j, (k, v) in enumerate(row if isinstance(row, list) else [row]):
            if j:
                p = cells[2].paragraphs[0]
            r = p.add_run(f"{k}: ")
            r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            r = p.add_run(v)
            r.font.size = Pt(9)
        if not isinstance(row, list) or len(row) == 1:
            cells[1].merge(cells[2])
    for row in t.rows:
        for w, c in zip((0.8, 10.0, 6.2), row.cells, strict=False):
            c.width = Cm(w)
    _para(doc, "", after=3)


def _cvn_head(doc, text, level=1):
    p = _para(doc, text, bold=True, size=11 if level == 1 else 10, before=10 if level == 1 else 6, after=4)
    p.runs[0].font.color.rgb = RGBColor(0x00, 0x5A, 0x8C) if level == 1 else RGBColor(0x33, 0x33, 0x33)
    return p


def build_07(out: Path) -> None:
    doc = _base("Arial", 9.5)
    sec = doc.sections[0]
    h = sec.header.paragraphs[0]
    h.text = "CURRÍCULUM VITAE NORMALIZADO\tFECYT\tCVN"
    h.runs[0].font.size = Pt(8)
    f = sec.footer.paragraphs[0]
    f.text = "Fecha del CVN: 20/01/2025\t\tVersión 1.4.3 — Lorena Acebedo-Thiele"
    f.runs[0].font.size = Pt(7.5)
    _para(doc, "Lorena Acebedo-Thiele", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, before=40, after=6)
    _para(doc, "Generado desde: Universidad de Salamanca", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "Fecha del documento: 20/01/2025", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "v 1.4.3", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    _para(doc, "Este fichero electrónico (PDF) contiene incrustada la tecnología CVN (CVN-XML). La tecnología CVN de este "
               "fichero permite exportar e importar los datos curriculares desde y hacia cualquier base de datos "
               "compatible. Listado de Bases de Datos adaptadas disponible en http://cvn.fecyt.es/", size=8,
          align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()
    _para(doc, "Resumen libre del currículum", bold=True, size=12, after=4)
    _para(doc, "Parte A. DATOS PERSONALES", bold=True, size=10, after=2)
    _para(doc, "Parte B. RESUMEN DEL CV", bold=True, size=10, after=2)
    _para(doc, "Historiadora modernista especializada en la historia social del crédito y de las cofradías en la "
               "Castilla de los siglos XVI y XVII. Doctora con Mención Internacional por la Universidad Complutense de "
               "Madrid (2016), con estancias en el Institut d'Histoire Moderne et Contemporaine (París) y en la "
               "University of Warwick. Acreditada como Profesora Titular de Universidad por ANECA (2024). Dos sexenios "
               "de investigación reconocidos (2009-2015, 2016-2021).", after=6)
    _cvn_head(doc, "Datos de identificación y contacto")
    _cvn_block(doc, "", [[("Apellidos", "Acebedo-Thiele")], [("Nombre", "Lorena")],
                         [("DNI", "00000000T"), ("Edad", "39")],
                         [("Núm. identificación del investigador", "Researcher ID  K-4471-2016"),
                          ("Código Orcid", "0000-0001-6630-9182")],
                         [("Dirección", "Calle Cervantes s/n, Facultad de Geografía e Historia")],
                         [("Código postal", "37002"), ("Ciudad de contacto", "Salamanca")],
                         [("Correo electrónico", "lacebedo@usal.example.es"),
                          ("Teléfono fijo", "(+34) 923 555 017")]])
    _cvn_head(doc, "Situación profesional actual")
    _cvn_block(doc, "", [[("Entidad empleadora", "Universidad de Salamanca"), ("Tipo de entidad", "Universidad")],
                         [("Departamento", "Historia Medieval, Moderna y Contemporánea, Facultad de Geografía e Historia")],
                         [("Categoría profesional", "Profesora Contratada Doctora"), ("Fecha de inicio", "01/09/2021")],
                         [("Modalidad de contrato", "Contrato laboral indefinido"),
                          ("Régimen de dedicación", "Tiempo completo")],
                         [("Especialización (Códigos UNESCO)", "550400 - Historia por épocas")]])
    _cvn_head(doc, "Cargos y actividades desempeñados con anterioridad")
    t = doc.add_table(rows=1, cols=4)
    _borders(t, 2)
    for c, hd in zip(t.rows[0].cells, ["", "Entidad empleadora", "Categoría profesional", "Fecha de inicio"], strict=False):
        _cell(c, hd, bold=True, size=8.5)
    for row in [("1", "Universidad de Salamanca", "Profesora Ayudante Doctora", "01/09/2018"),
                ("2", "Universidad de Warwick", "Investigadora postdoctoral (Marie Skłodowska-Curie)", "01/10/2016"),
                ("3", "Universidad Complutense de Madrid", "Personal investigador en formación (FPU)", "01/10/2011")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            _cell(c, v, size=8.5)
    _para(doc, "", after=4)
    _cvn_block(doc, "1", [[("Entidad empleadora", "Universidad de Salamanca"), ("Tipo de entidad", "Universidad")],
                          [("Categoría profesional", "Profesora Ayudante Doctora")],
                          [("Fecha de inicio-fin", "01/09/2018 - 31/08/2021"), ("Duración", "3 años")]])
    _cvn_block(doc, "2", [[("Entidad empleadora", "University of Warwick"), ("Tipo de entidad", "Universidad")],
                          [("Categoría profesional", "Investigadora postdoctoral (Marie Skłodowska-Curie)")],
                          [("Fecha de inicio-fin", "01/10/2016 - 31/08/2018"), ("Duración", "1 año - 11 meses")]])
    _cvn_block(doc, "3", [[("Entidad empleadora", "Universidad Complutense de Madrid"),
                           ("Tipo de entidad", "Universidad")],
                          [("Categoría profesional", "Personal investigador en formación (FPU)")],
                          [("Fecha de inicio-fin", "01/10/2011 - 30/09/2015"), ("Duración", "4 años")]])
    _cvn_head(doc, "Formación académica recibida")
    _cvn_head(doc, "Titulación universitaria", 2)
    _para(doc, "Estudios de 1º y 2º ciclo, y antiguos ciclos (Licenciados, Diplomados, Ingenieros Superiores, "
               "Ingenieros Técnicos, Arquitectos)", size=9, after=3)
    _cvn_block(doc, "1", [[("Titulación universitaria", "Titulado Superior")],
                          [("Nombre del título", "Licenciatura en Historia")],
                          [("Entidad de titulación", "Universidad de Salamanca"), ("Tipo de entidad", "Universidad")],
                          [("Fecha de titulación", "30/06/2009")]])
    _cvn_head(doc, "Doctorados", 2)
    _cvn_block(doc, "1", [[("Programa de doctorado", "Doctorado en Historia Moderna")],
                          [("Entidad de titulación", "Universidad Complutense de Madrid"),
                           ("Tipo de entidad", "Universidad")],
                          [("Fecha de titulación", "14/06/2016")],
                          [("Título de la tesis", "Censos, cofradías y crédito rural en la Tierra de Campos "
                                                  "(1550-1650)")],
                          [("Director/a de tesis", "Ignacio Ferrándiz-Oyarzun")],
                          [("Calificación obtenida", "Sobresaliente cum laude"), ("Doctorado Europeo", "Sí")],
                          [("Mención de calidad", "Sí"), ("Premio extraordinario doctor", "Sí")]])
    _cvn_head(doc, "Otra formación universitaria de posgrado", 2)
    _cvn_block(doc, "1", [[("Tipo de formación", "Máster")],
                          [("Titulación de posgrado", "Máster Universitario en Estudios Avanzados en Historia Moderna")],
                          [("Entidad de titulación", "Universidad Complutense de Madrid"),
                           ("Tipo de entidad", "Universidad")],
                          [("Fecha de titulación", "2010")]])
    _cvn_head(doc, "Actividad científica o tecnológica")
    _cvn_head(doc, "Producción científica", 2)
    _cvn_head(doc, "Publicaciones, documentos científicos y técnicos", 2)
    pubs = [
        ("Lorena Acebedo-Thiele; Marc Duvalier-Ruiz. (1/2). 2023. Los censos consignativos como crédito campesino en "
         "Castilla, 1560-1620. Hispania. Revista Española de Historia. 83-274, pp. 411-440. ISSN 0018-2141.",
         "Artículo científico", "1", "2", "Sí"),
        ("Lorena Acebedo-Thiele. (1/1). 2021. Brotherhoods as lenders: confraternity credit in early modern Castile. "
         "Continuity and Change. 36-2, pp. 189-214.", "Artículo científico", "1", "1", "Sí"),
        ("Sancha Irigoyen-Bax; Lorena Acebedo-Thiele. (2/2). 2020. Notarios rurales y mercado del crédito en el "
         "valle del Duero. Studia Historica. Historia Moderna. 42-1, pp. 253-281.", "Artículo científico", "2", "2", "No"),
        ("Lorena Acebedo-Thiele. (1/1). 2019. Cofradías, censos y pobreza en Medina de Rioseco. Editorial Sílex. "
         "ISBN 978-84-7737-000-0", "Libro o monografía científica", "1", "1", "Sí"),
        ("Lorena Acebedo-Thiele; Paolo Marchetti-Ngata. (1/2). Women creditors in seventeenth-century Castile. Past & "
         "Present. Aceptado, en prensa.", "Artículo científico", "1", "2", "Sí"),
    ]
    for i, (ref, tipo, pos, n, corr) in enumerate(pubs, 1):
        _cvn_block(doc, str(i), [[("", ref)] if False else ("Referencia", ref),
                                 [("Tipo de producción", tipo), ("Tipo de soporte", "Revista" if "Artículo" in tipo
                                                                  else "Libro")],
                                 [("Posición de firma", pos), ("Nº total de autores", n)],
                                 [("Autor de correspondencia", corr)]])
    _cvn_head(doc, "Participación en proyectos de I+D+i financiados en convocatorias competitivas", 2)
    _cvn_block(doc, "1", [("Nombre del proyecto", "Crédito, parentesco y confianza en la Castilla moderna "
                                                   "(CREDIPAR)"),
                          [("Entidad de realización", "Universidad de Salamanca"),
                           ("Entidad financiadora", "Agencia Estatal de Investigación")],
                          [("Nombres investigadores principales (IP, Co-IP,...)", "Lorena Acebedo-Thiele")],
                          [("Cód. según financiadora", "PID2022-138874NB-I00"),
                           ("Fecha de inicio-fin", "01/09/2023 - 31/08/2026")],
                          [("Cuantía total", "72.500 €")]])
    _cvn_head(doc, "Premios, menciones y distinciones", 2)
    _cvn_block(doc, "1", [("Descripción", "Premio Extraordinario de Doctorado"),
                          [("Entidad concesionaria", "Universidad Complutense de Madrid"), ("Fecha de concesión", "2017")]])
    _cvn_block(doc, "2", [("Descripción", "Premio de Investigación de la Fundación Española de Historia Moderna "
                                          "(jóvenes investigadores)"),
                          [("Entidad concesionaria", "Fundación Española de Historia Moderna"),
                           ("Fecha de concesión", "21/06/2018")]])
    doc.save(out)
    fix_zip(out)


# ---------------------------------------------------------------- 13 MBA finance resume (one page, Word)
def build_13(out: Path) -> None:
    doc = _base("Times New Roman", 10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.6)
        s.top_margin = s.bottom_margin = Cm(1.2)
    _para(doc, "MARCUS T. ADEBAYO-LINDQVIST", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "3022 Broadway, New York, NY 10027 | (212) 555-0186 | madebayolindqvist26@gsb.columbia.example.edu",
          size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)

    def head(t):
        p = _para(doc, t, bold=True, size=10.5, before=5, after=1)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "8")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
        pPr.append(bdr)

    def org_line(left, right, bold=True, italic=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.8), alignment=2)
        r = p.add_run(left)
        r.bold = bold
        r.italic = italic
        r = p.add_run("\t" + right)
        r.bold = bold
        r.italic = italic
        return p

    def bullet(t):
        p = _para(doc, "•\t" + t, indent=0.6, hang=0.4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.6))

    head("EDUCATION")
    org_line("COLUMBIA BUSINESS SCHOOL", "New York, NY")
    org_line("Master of Business Administration, Finance and Value Investing", "May 2026", bold=False, italic=True)
    bullet("GMAT: 740 (Q49, V42); Merit Fellowship recipient (Dean's Fellowship, full tuition)")
    bullet("VP Finance, Investment Management Club; member, Heilbrunn Center Applied Value Investing program")
    org_line("UNIVERSITY OF MICHIGAN, STEPHEN M. ROSS SCHOOL OF BUSINESS", "Ann Arbor, MI")
    org_line("Bachelor of Business Administration; GPA 3.8/4.0", "May 2018", bold=False, italic=True)
    bullet("Honors: James B. Angell Scholar (2016, 2017); Dean's List all semesters")
    head("EXPERIENCE")
    org_line("GOLDMAN SACHS & CO.", "New York, NY")
    org_line("Summer Associate, Investment Banking Division – Industrials Group", "Jun 2025 – Aug 2025", bold=False,
             italic=True)
    bullet("Built an LBO and accretion/dilution model for a $2.1bn carve-out of a building-products business; "
           "presented returns sensitivities to the Managing Director")
    bullet("Drafted buyer-universe screens and teasers for a sell-side process in aerospace components")
    org_line("DELOITTE & TOUCHE LLP", "Chicago, IL")
    org_line("Senior Associate, Financial Advisory – Transaction Services", "Jan 2021 – Jul 2024", bold=False,
             italic=True)
    org_line("Associate", "Jul 2018 – Dec 2020", bold=False, italic=True)
    bullet("Led quality-of-earnings workstreams on 14 buy-side diligences ($50m–$900m EV) for private-equity clients")
    bullet("Identified $18m of non-recurring EBITDA adjustments that lowered a client's purchase price by 6%")
    bullet("Promoted to Senior Associate six months early; trained 9 new associates on net-working-capital analysis")
    org_line("J.P. MORGAN CHASE & CO.", "Chicago, IL")
    org_line("Summer Analyst, Commercial Banking", "Jun 2017 – Aug 2017", bold=False, italic=True)
    bullet("Spread financials and wrote credit memos for three middle-market borrowers")
    head("ADDITIONAL INFORMATION")
    _para(doc, "Certifications: CFA Level III candidate (passed Levels I and II); Certified Public Accountant (Illinois, "
               "inactive)", size=10)
    _para(doc, "Skills: Excel/VBA, FactSet, Capital IQ, PitchBook, Python (pandas), Alteryx", size=10)
    _para(doc, "Languages: English (native), Swedish (fluent), Yoruba (conversational)", size=10)
    _para(doc, "Interests: Marathon running (Chicago 2023, 3:12), Nordic noir novels, youth financial-literacy "
               "volunteering with Junior Achievement", size=10)
    doc.save(out)
    fix_zip(out)
