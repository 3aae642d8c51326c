"""The parser tests' shared set-up: a CV from text (plain or Markdown), and invented
documents more than one test file reads."""
from __future__ import annotations

from dataclasses import replace

from reviewer.extract import ExtractedDocument, TextLine, extract
from reviewer.parsing import parse_document


def parse_text(text: str):
    """The profile of a plain-text CV, one line per line of text."""
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def parse_md(text: str):
    from reviewer.extract.markdown import markdown_lines

    lines, links, _front = markdown_lines(text)
    return parse_document(ExtractedDocument(format="md", lines=lines, links=links), "README.md")


def label_column_pdf(path, rows: list[tuple[str, list[str]]]):
    """A CV whose section titles sit in a bold, justified left column beside the entries."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Tomasz Wierzbicki", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for label, body in rows:
        y = pdf.get_y() + 3
        pdf.set_xy(20, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(35, 5, label, align="J")
        label_end = pdf.get_y()
        pdf.set_xy(65, y)
        pdf.set_font("Helvetica", "", 10)
        for entry in body:
            pdf.set_x(65)
            pdf.multi_cell(125, 5, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), label_end))
    pdf.output(str(path))
    return path


_JOB_MARKET_CV = """Beatriz Okonkwo-Lindahl
Department of Economics, Lakeshore University
+1 (312) 555-0144
b.okonkwo@lakeshore.example.edu
Placement Director: Prof. Anselm Ruiz, a-ruiz@lakeshore.example.edu, +1 (312) 555-0190
Graduate Placement Coordinator: Kim Otieno, econ-jobs@lakeshore.example.edu, +1 (312) 555-0191
Education
2019 – 2025\tPh.D. in Economics, Lakeshore University (expected May 2025)
2016 – 2018\tM.Sc. in Economics, Fundación Ramos Peral, Madrid
Job Market Paper
Ferry Subsidies and Island Labor Markets: Evidence from Three Archipelagos
Abstract: I show how ferry subsidies change commuting between islands, using payroll records for
2 million workers. A 10% fare cut raises island employment by 1.4%.
Working Papers
"Harbor Dues and Fish Prices" (with Ola Berg), 2024.
Teaching Experience
2021 – 2023\tTeaching Assistant, Lakeshore University: Labor Economics (Ph.D.)
2020 – 2021\tIntroductory Statistics | Teaching assistant
"""


def job_market_profile(tmp_path):
    from reviewer.parsing import parse_file

    path = tmp_path / "jm.txt"
    path.write_text(_JOB_MARKET_CV, encoding="utf-8")
    doc = extract(path)
    # the job market paper's title is printed in bold, as PDF readers report it
    doc.lines = [replace(ln, bold=True) if ln.text.startswith("Ferry") else ln for ln in doc.lines]
    return parse_document(doc, str(path)), parse_file
