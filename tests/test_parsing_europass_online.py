"""The current Europass editor's PDF in Italian: capitals, the degree run into the school (invented)."""
from __future__ import annotations

from reviewer.extract import extract
from reviewer.parsing import parse_document
from tests.factories import UNICODE_FONT

ROWS = ["Ginevra Invented-Tassi", "ISTRUZIONE E FORMAZIONE", "01/11/2017 – 15/03/2021 TORINO, ITALIA",
        "DOTTORATO DI RICERCA IN SCIENZA E TECNOLOGIA DEI MATERIALI POLITECNICO DI TORINO",
        # the thesis note runs to the column's edge and ends on the next row, naming a university
        "Tesi: “Membrane inventate per batterie immaginarie al litio”. Periodo di ricerca all'estero (6 mesi): Uppsala",
        "Universitet, Svezia.", "Livello EQF: Livello 8 EQF",
        "01/10/2014 – 20/07/2017 BOLOGNA, ITALIA", "LAUREA MAGISTRALE IN CHIMICA INDUSTRIALE UNIVERSITÀ DI BOLOGNA",
        "Voto finale: 110/110 e lode",
        "01/09/2011 – 10/10/2014 FERRARA, ITALIA", "LAUREA TRIENNALE IN CHIMICA UNIVERSITÀ DEGLI STUDI DI FERRARA"]


def test_europass_online_education_in_italian(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dejavu", "", str(UNICODE_FONT))
    pdf.add_page()
    y = 20.0
    for k, text in enumerate(ROWS):
        pdf.set_font("dejavu", "", 14 if k == 0 else 8)
        pdf.text(15, y, text)
        y += 6
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    p = parse_document(extract(path), str(path))
    assert [(e.institution, e.degree_level, e.start) for e in p.education] == [
        ("POLITECNICO DI TORINO", "phd", "2017-11"), ("UNIVERSITÀ DI BOLOGNA", "master", "2014-10"),
        ("UNIVERSITÀ DEGLI STUDI DI FERRARA", "bachelor", "2011-09")]  # no entry at Uppsala, from the thesis note
