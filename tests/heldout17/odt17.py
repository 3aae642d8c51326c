"""02: an NSF biosketch in the SciENcv shape, written as ODT with odfpy and printed to PDF by LibreOffice."""
from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P, Span

NAME = "Dariela Montoya-Achterberg"
HEAD = [
    ("NAME:", NAME),
    ("ORCID iD:", "https://orcid.org/0000-0003-1946-5528"),
    ("POSITION TITLE:", "Assistant Professor"),
    ("PRIMARY ORGANIZATION AND LOCATION:", "University of Arizona, Tucson, Arizona, United States"),
]
PREP = [
    ("University of Arizona, Tucson, AZ, USA", "Postdoctoral Fellow", "2019 - 2021", "Ecology and Evolutionary Biology"),
    ("University of California, Davis, Davis, CA, USA", "PHD", "06/2019", "Ecology"),
    ("Universidad de Sonora, Hermosillo, Sonora, Mexico", "BS", "06/2012", "Biology"),
]
APPTS = [
    ("2021 - present", "Assistant Professor, University of Arizona, School of Natural Resources and the Environment, "
                       "Tucson, AZ, United States"),
    ("2019 - 2021", "NSF Postdoctoral Research Fellow in Biology, University of Arizona, Department of Ecology and "
                    "Evolutionary Biology, Tucson, AZ, United States"),
    ("2012 - 2013", "Field Technician, Comisión Nacional de Áreas Naturales Protegidas (CONANP), Reserva de la "
                    "Biosfera El Pinacate, Sonora, Mexico"),
]
CLOSE = [
    "Montoya-Achterberg D, Redhorse-Kline J, Vasquez-Thorne E. Drought legacies in desert annual seed banks across a "
    "40-year record. Ecology Letters. 2024 March; 27(3):e14388. DOI: 10.1111/ele.14388",
    "Redhorse-Kline J, Montoya-Achterberg D. Buffelgrass invasion alters soil moisture pulses in the Sonoran Desert. "
    "Journal of Ecology. 2023 August; 111(8):1722-1736. DOI: 10.1111/1365-2745.14142",
    "Montoya-Achterberg D, Huxtable-Oyelowo P, Chesson-Marí R. Storage effects and coexistence of winter annuals under "
    "altered rainfall timing. The American Naturalist. 2021 November; 198(5):601-615. DOI: 10.1086/716508",
    "Montoya-Achterberg D, Yazzie-Pruett L. Microsite facilitation by nurse shrubs weakens under heat waves. Oecologia. "
    "Forthcoming 2025.",
    "Vasquez-Thorne E, Montoya-Achterberg D. Remote sensing of ephemeral greening in arid lands. Submitted to Remote "
    "Sensing of Environment. 2025.",
]
OTHER = [
    "Montoya-Achterberg D, Chesson-Marí R. Germination cueing and bet hedging in Sonoran Desert annuals. Ecology. "
    "2019 May; 100(5):e02671. DOI: 10.1002/ecy.2671",
    "Huxtable-Oyelowo P, Montoya-Achterberg D, Chesson-Marí R. desertseed: an R package for seed-bank demography. "
    "Methods in Ecology and Evolution. 2020 February; 11(2):301-308. DOI: 10.1111/2041-210X.13341",
    "Montoya-Achterberg D, Redhorse-Kline J, Yazzie-Pruett L, Vasquez-Thorne E. Sonoran Desert annual plant "
    "demography 1984-2023 [Dataset]. Environmental Data Initiative. 2024. DOI: 10.6073/pasta/4f1e0c2a",
]


def build_02(odt_path: Path) -> None:
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="8.5in", pageheight="11in", margintop="0.6in", marginbottom="0.5in",
                                       marginleft="0.75in", marginright="0.75in"))
    doc.automaticstyles.addElement(pl)
    fstyle = Style(name="Foot", family="paragraph")
    fstyle.addElement(TextProperties(fontsize="8pt", fontname="Liberation Sans", fontfamily="Liberation Sans"))
    fstyle.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(fstyle)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    ft = Footer()
    ft.addElement(P(stylename=fstyle, text="SCV Biographical Sketch v.2024-1 (rev. 01/31/2024)"))
    mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    def pstyle(name, size="10pt", bold=False, align="left", before="0in", after="0.04in", indent=None, hang=None):
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=size, fontname="Liberation Sans", fontfamily="Liberation Sans")
        if bold:
            tp["fontweight"] = "bold"
        s.addElement(TextProperties(**tp))
        pp = dict(textalign=align, margintop=before, marginbottom=after)
        if indent:
            pp["marginleft"] = indent
        if hang:
            pp["textindent"] = hang
        s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s)
        return s

    title = pstyle("Title", "12pt", True, "center", after="0.02in")
    sub = pstyle("Sub", "9pt", False, "center", after="0.12in")
    body = pstyle("Body", "10pt")
    sect = pstyle("Sect", "10.5pt", True, before="0.14in", after="0.05in")
    subsect = pstyle("SubSect", "10pt", True, before="0.06in", after="0.04in", indent="0.2in")
    item = pstyle("Item", "10pt", indent="0.5in", hang="-0.25in", after="0.05in")
    cellp = pstyle("Cell", "9pt", after="0in")
    cellh = pstyle("CellH", "9pt", True, "center", after="0in")
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    tstyle = Style(name="T1", family="table")
    tstyle.addElement(TableProperties(width="7in", align="left"))
    doc.automaticstyles.addElement(tstyle)
    cst = Style(name="C1", family="table-cell")
    cst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.03in"))
    doc.automaticstyles.addElement(cst)
    colw = []
    for i, w in enumerate(("2.9in", "1.2in", "1.1in", "1.8in")):
        s = Style(name=f"col{i}", family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colw.append(s)

    def para(style, text="", label=None):
        p = P(stylename=style)
        if label:
            p.addElement(Span(stylename=bold, text=label + " "))
        if text:
            p.addText(text)
        doc.text.addElement(p)

    para(title, "BIOGRAPHICAL SKETCH")
    para(sub, "NSF BIOSKETCH")
    para(sect, "IDENTIFYING INFORMATION:")
    for k, v in HEAD:
        para(body, v, label=k)
    para(sect, "Professional Preparation:")
    t = Table(stylename=tstyle)
    for s in colw:
        t.addElement(TableColumn(stylename=s))
    rows = [("ORGANIZATION AND LOCATION", "DEGREE\n(if applicable)", "RECEIPT DATE", "FIELD OF STUDY")] + PREP
    for ri, row in enumerate(rows):
        tr = TableRow()
        for v in row:
            tc = TableCell(stylename=cst)
            for line in v.split("\n"):
                tc.addElement(P(stylename=cellh if ri == 0 else cellp, text=line))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    para(sect, "Appointments and Positions")
    for d, v in APPTS:
        para(item, f"{d}\t{v}")
    para(sect, "Products")
    para(subsect, "Products Most Closely Related to the Proposed Project")
    for i, v in enumerate(CLOSE, 1):
        para(item, f"{i}.\t{v}")
    para(subsect, "Other Significant Products, Whether or Not Related to the Proposed Project")
    for i, v in enumerate(OTHER, 1):
        para(item, f"{i}.\t{v}")
    para(sect, "Certification:")
    para(body, "When the individual signs the certification on behalf of themselves, they are certifying that the "
               "information is current, accurate, and complete. This includes, but is not limited to, information "
               "related to domestic and foreign appointments and positions.")
    para(body, "Certified by " + NAME + " in SciENcv on 2025-01-14 15:02:37")
    doc.meta.childNodes[:] = []
    doc.save(str(odt_path))
