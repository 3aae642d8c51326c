"""11: German political-science associate professor (English CV), python-docx borderless tables -> LibreOffice PDF."""
from __future__ import annotations

import docx29 as dx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

NAME = "11_de_political_science_assoc_prof_word_tables_libreoffice"
ME = "**Albrecht-Nakamura, J. F.**"

ARTICLES = [
    f"{ME} and Szymańska, K. (2025). Coalition bargaining under populist pressure. *American Political Science "
    "Review*, 119(1), 88–104.",
    f"Okoye, C., {ME} and Varga, B. (2024). Legislative speech and the far right in 18 parliaments. *Journal of "
    "Politics*, 86(3), 1021–1037.",
    f"{ME} (2023). Who writes the coalition agreement? *Comparative Political Studies*, 56(9), 1299–1330.",
    f"Lindahl, E. and {ME} (2023). Ministerial survival in minority governments. *European Journal of Political "
    "Research*, 62(2), 455–476.",
    f"{ME}, Okoye, C. and Ferreira, T. (2022). Measuring policy positions from coalition agreements with "
    "transformers. *Political Analysis*, 30(4), 511–529.",
    f"{ME} (2021). The costs of governing revisited. *British Journal of Political Science*, 51(2), 733–750.",
    f"Szymańska, K. and {ME} (2020). Portfolio allocation and junior partners. *West European Politics*, 43(5), "
    "1040–1062.",
    f"{ME} and Lindahl, E. (2019). Coalition termination in Central Europe. *Party Politics*, 25(6), 801–813.",
    f"{ME} (2018). Intra-party dissent and coalition formation. *Legislative Studies Quarterly*, 43(3), 389–418.",
    f"Varga, B., {ME} and Brandstätter, M. (2017). Electoral cycles in German Länder budgets. *German Politics*, "
    "26(4), 520–541.",
    f"{ME} (2016). Coalition agreements as incomplete contracts. *Journal of European Public Policy*, 23(8), "
    "1155–1174.",
    f"{ME} and Brandstätter, M. (2015). Stability of Länder coalitions. *Politische Vierteljahresschrift*, 56(2), "
    "243–267.",
]
CHAPTERS = [
    f"{ME} (2024). Coalition governance in Germany. In: Lindahl, E. and Ruiz-Moreno, P. (eds.), *The Oxford "
    "Handbook of Coalition Politics*. Oxford: Oxford University Press, pp. 331–350.",
    f"{ME} and Okoye, C. (2022). Text as data in comparative politics. In: Brandt, H. (ed.), *Research Methods in "
    "Political Science*. London: SAGE, pp. 210–229.",
    f"{ME} (2019). Koalitionsverträge. In: Korte, K. and Grunden, T. (Hrsg.), *Handbuch Regierungsforschung*, "
    "2. Aufl. Wiesbaden: Springer VS, S. 121–130.",
]
ENCYC = [
    f"{ME} (2023). Coalition government. In: *Oxford Research Encyclopedia of Politics*. Oxford University Press.",
    f"{ME} (2020). Minority government. In: *The SAGE Encyclopedia of Political Science*, 2nd ed. SAGE.",
]
WORKING = [
    f"{ME} and Ferreira, T. Populist parties in office: evidence from 31 democracies. Revise and resubmit at "
    "*Journal of Politics*.",
    f"Okoye, C. and {ME}. Reading the room: emotion in cabinet minutes. Under review.",
    f"{ME}. The quiet veto: junior partners and legislative agenda control. SocArXiv preprint (2024).",
]


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    pr.append(b)


def table(doc, rows, widths=(3.0, 13.6)):
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for left, right in rows:
        cells = t.add_row().cells
        cells[0].text = left
        cells[1].text = ""
        dx.rich(cells[1].paragraphs[0], right)
        for c, w in zip(cells, widths, strict=True):
            c.width = Cm(w)
    t.autofit = False
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Cm(w)
    return t


def numbered(doc, items):
    for i, t in enumerate(items, start=1):
        dx.hanging(doc, t, f"{i}.", 0.7)


def build(path):
    doc = dx.new_doc("Arial", 9.5, 2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dx.page_line(hp, "Jonas F. Albrecht-Nakamura  |  CV  |  ", " of ")
    for r in hp.runs:
        r.font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run("As of February 2025").font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Jonas F. Albrecht-Nakamura")
    r.font.size = Pt(20)
    r.bold = True
    doc.add_paragraph("Associate Professor of Comparative Politics, Hertie School, Friedrichstraße 180, 10117 Berlin, "
                      "Germany")
    doc.add_paragraph("+49 30 23125 0177  ·  albrecht-nakamura@hertie-school.example.org  ·  "
                      "github.com/jfan-example  ·  Google Scholar profile on request")

    dx.heading(doc, "Academic positions", 11)
    table(doc, [("since 2021", "Associate Professor of Comparative Politics (W2, tenured), **Hertie School**, Berlin"),
                ("2023 – 2024", "Academic Director, Master of Public Policy, Hertie School"),
                ("09 – 12/2019", "Visiting Scholar, Minda de Gunzburg Center for European Studies, Harvard University"),
                ("2016 – 2021", "Assistant Professor (Juniorprofessor, W1) of Political Science, **University of "
                 "Mannheim**"),
                ("2014 – 2016", "Postdoctoral Researcher, Mannheim Centre for European Social Research (MZES)")])

    dx.heading(doc, "Education", 11)
    table(doc, [("2010 – 2014", "Dr. rer. pol. (Political Science, *summa cum laude*), **University of Konstanz**. "
                 "Dissertation: 'Written Promises: Coalition Agreements in Western Europe'"),
                ("2008 – 2010", "M.A. Political Science, Freie Universität Berlin"),
                ("2005 – 2008", "B.A. Social Sciences, Humboldt-Universität zu Berlin (incl. Erasmus year at Sciences "
                 "Po Paris, 2006 – 2007)")])

    dx.heading(doc, "Research areas", 11)
    doc.add_paragraph("Coalition politics; comparative legislatures; populism in government; text as data and "
                      "computational methods")

    dx.heading(doc, "Awards", 11)
    table(doc, [("2020", "Best Article Award, European Politics and Society Section, American Political Science "
                 "Association"),
                ("2018", "Heinz Maier-Leibnitz Prize, Deutsche Forschungsgemeinschaft (DFG)"),
                ("2015", "Dissertation Prize of the University of Konstanz")])

    dx.heading(doc, "Third-party funding", 11)
    table(doc, [("2022 – 2027", "ERC Starting Grant 'COALTEXT' (No. 101040555), € 1,497,000, Principal Investigator"),
                ("2018 – 2021", "DFG Sachbeihilfe AL 2231/1-1, 'Koalitionsverträge im Vergleich', € 318,000, PI"),
                ("2017", "Fritz Thyssen Stiftung conference grant, € 12,000")])

    dx.heading(doc, "Publications", 11)
    dx.subheading(doc, "Monograph")
    numbered(doc, [f"{ME} (2017). *Written Promises: Coalition Agreements and Government Performance in Western "
                   "Europe*. Oxford: Oxford University Press."])
    dx.subheading(doc, "Edited volume")
    numbered(doc, [f"Lindahl, E. and {ME} (eds.) (2021). *Minority Governments in Europe*. Cham: Palgrave "
                   "Macmillan."])
    dx.subheading(doc, "Articles in peer-reviewed journals")
    numbered(doc, ARTICLES)
    dx.subheading(doc, "Book chapters")
    numbered(doc, CHAPTERS)
    dx.subheading(doc, "Encyclopedia entries")
    numbered(doc, ENCYC)
    dx.subheading(doc, "Working papers")
    numbered(doc, WORKING)
    dx.subheading(doc, "Media and public engagement (selection)")
    doc.add_paragraph("Op-eds in DIE ZEIT (2023), Frankfurter Allgemeine Zeitung (2021); 'Monkey Cage' blog post, "
                      "Washington Post (2019); interviews on Deutschlandfunk and ZDF heute journal on coalition "
                      "negotiations (2021, 2025).")

    dx.heading(doc, "Invited talks (selection)", 11)
    table(doc, [("11/2024", "Keynote, Annual Conference of the DVPW section Regierungssystem, Duisburg"),
                ("05/2023", "Nuffield College Politics Seminar, University of Oxford"),
                ("10/2022", "Comparative Politics Workshop, Princeton University"),
                ("03/2021", "Seminar, European University Institute, Florence (online)")])

    dx.heading(doc, "Teaching", 11)
    table(doc, [("Hertie School", "GRAD-C14 Comparative Politics (MPP core, Fall 2021–2024); GRAD-E1370 Text as Data "
                 "(Spring); PhD colloquium"),
                ("Mannheim", "POL 410 Coalition Theory (B.A. seminar); CDSS Quantitative Text Analysis (doctoral "
                 "course, 2017–2020)")])

    dx.heading(doc, "Supervision", 11)
    doc.add_paragraph("Doctoral students: Chiamaka Okoye (PhD 2023, Mannheim; now Assistant Professor, University of "
                      "Amsterdam); Tomás Ferreira (PhD 2024, Hertie; now Postdoc, ETH Zürich); 3 current.")

    dx.heading(doc, "Service and memberships", 11)
    dx.rich(doc.add_paragraph(), "Associate Editor, *European Journal of Political Research* (2022–); Editorial board, *West "
                      "European Politics* (2019–); ECPR Standing Group on Parliaments, co-convenor (2018–2022); "
                      "member of APSA, ECPR, DVPW; reviewer for ERC, DFG, NSF.")
    dx.heading(doc, "Languages", 11)
    doc.add_paragraph("German (native), English (fluent), Japanese (good), French (good), Polish (basic)")
    doc.save(path)
