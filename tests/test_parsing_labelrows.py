"""Europass "Additional information": label rows that are headings of their own (invented)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """Agnes Varga-Lund

ADDITIONAL INFORMATION
Publications – A. Varga-Lund, P. Novak, “Invented additives for made-up anodes”, Journal of Power Sources 612 (2024) 1-9.
– P. Novak, A. Varga-Lund, “Imaginary diffraction of invented cathodes”, ACS Energy Letters 4 (2019) 2210-2217.
Patents Electrolyte composition for invented anodes, SE 2255501-3 (filed 2023)
Honours and awards – 2023: Invented Innovation Prize (team award)
– 2018: Best Made-up Thesis in Chemistry
Memberships The Invented Electrochemical Society (since 2016)
"""


def test_label_rows_of_additional_information_are_sections_of_their_own() -> None:
    p = parse_text(CV)
    assert [pub.venue for pub in p.publications] == ["Journal of Power Sources", "ACS Energy Letters"]  # no patent
    assert [a.year for a in p.awards] == [2023, 2018]


def test_a_single_label_row_in_prose_stays_prose() -> None:
    p = parse_text("Agnes Varga-Lund\n\nADDITIONAL INFORMATION\nPublications are listed on my invented homepage.\n")
    assert p.publications == [] and p.awards == []


def _caps_label_column_pdf(path):
    """A JSON-Resume-like page: plain capitals in a narrow left column, each beside the first row
    of its section, so the text layer joins label and row with a tab."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 20)
    pdf.text(60, 20, "Marisol Teague-Ambrose")
    rows = [("WORK", "Quillmoor Logistics", "Apr 2021 - Present"), (None, "Senior Analyst", None),
            (None, "Brightwater Freight", "Jan 2018 - Mar 2021"), (None, "Analyst", None),
            ("EDUCATION", "Harrowgate University", "Sep 2014 - Jun 2017"), (None, "Bachelor · Economics", None),
            ("AWARDS", "Quillmoor Impact Award", "Dec 2022"), (None, "Awarded by Quillmoor Logistics", None),
            ("SKILLS", "SQL Python dbt", None)]
    y = 40
    for label, text, date in rows:
        y += 9 if label else 6
        if label:
            pdf.set_font("Helvetica", "", 9)
            pdf.text(20, y, label)
        pdf.set_font("Helvetica", "B" if date else "", 10)
        pdf.text(60, y, text)
        if date:
            pdf.text(160, y, date)
    pdf.output(str(path))
    return path


def test_capitalised_labels_beside_their_first_rows_open_sections(tmp_path) -> None:
    from reviewer.extract import extract
    from reviewer.parsing import parse_document

    path = _caps_label_column_pdf(tmp_path / "cv.pdf")
    assert any(line.text.startswith("WORK\t") for line in extract(path).lines)  # the layer joins them
    p = parse_document(extract(path), str(path))
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Quillmoor Logistics", "Senior Analyst"), ("Brightwater Freight", "Analyst")]
    assert [e.institution for e in p.education] == ["Harrowgate University"]
    assert [a.year for a in p.awards] == [2022]


def test_label_column_without_positions_and_headings_side_by_side() -> None:
    # Word and text files give no x: the labels' own evidence (capitals, heading words, three kinds) decides
    p = parse_text("Marisol Teague-Ambrose\nWORK\tQuillmoor Logistics, Senior Analyst, 2021 - 2024\n"
                   "EDUCATION\tB.A. Economics, Harrowgate University, 2014 - 2017\n"
                   "AWARDS\tQuillmoor Impact Award, 2022\n")
    assert [e.organization for e in p.experience] == ["Quillmoor Logistics"]
    assert [a.year for a in p.awards] == [2022]
    # two columns' headings on one row are not a label and its content
    p = parse_text("Marisol Teague-Ambrose\nEDUCATION\tEXPERIENCE\nB.A. Economics, Harrowgate University, 2014 - 2017\n"
                   "SKILLS\tAWARDS\nSQL\tQuillmoor Impact Award, 2022\nINTERESTS\tPUBLICATIONS\n")
    assert not any(e.organization == "EXPERIENCE" for e in p.experience)


def test_sentence_case_labels_beside_their_first_rows() -> None:
    # a Word CV's label column in sentence case: each label opens its section
    p = parse_text("Marisol Teague-Ambrose\nmarisol@example.com\n"
                   "Experience\tQuillmoor Logistics, Senior Analyst, 2021 - 2024\n"
                   "Education\tMSc Statistics, Harrowgate University, 2019 - 2021\n"
                   "Awards\tBest Thesis Award, Harrowgate University (2021)\n"
                   "Hobbies\tClimbing, chess\n")
    assert [e.organization for e in p.experience] == ["Quillmoor Logistics"]
    assert [e.institution for e in p.education] == ["Harrowgate University"]
    assert [a.year for a in p.awards] == [2021]
