"""Section labels in a vita's left margin, in small capitals, at heights of their own (invented)."""
from __future__ import annotations

from reviewer.extract import extract
from reviewer.parsing import parse_document

_BODY_X = 45  # mm: the entries' column; the labels start at 20 mm


def _vita_pdf(path, *, page_two_labels_between_rows: bool = True):
    """Page 1: labels on a row of an entry (one beside the entry's second row, one run into
    the sub-heading beside it). Page 2: labels a little lower than any row, as LaTeX margin
    notes or a Word cell centred vertically set them."""
    from fpdf import FPDF

    pdf = FPDF(format="Letter", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Times", "", 17)
    pdf.text(_BODY_X, 25, "ottilie marchbanks-quade")

    def row(y: float, text: str, indent: float = 0.0) -> None:
        pdf.set_font("Times", "", 10.5)
        pdf.text(_BODY_X + indent, y, text)

    def label(y: float, text: str, wide: bool = False) -> None:
        pdf.set_font("Times", "", 9)
        pdf.set_stretching(150 if wide else 100)  # small capitals run wide: up to the entries
        pdf.text(20, y, text)
        pdf.set_stretching(100)

    y = 40
    row(y, "Invented Postdoctoral Fellow in the Humanities, Quarrystone Institute for the")
    row(y + 5, "Humanities, Brindlemoor University, 2024-Present.", 8)
    label(y + 5, "appointments")
    row(y + 10, "Lecturer (part-time), Department of History, Fernhollow State University, 2024.")
    row(y + 15, "Graduate Teaching Fellow, Department of History, Ashgrove University, 2019-2022.")
    y = 68
    label(y, "education")
    row(y, "Ph.D., History, Ashgrove University, 2024.")
    row(y + 5, "M.A., Early Modern History, University of Tallowmere, 2018.")
    row(y + 10, "B.A. (Hons.), History and Spanish, Wrenfield College, 2016.")
    y = 92
    label(y, "publications", wide=True)  # ends a hair before the entries' column
    row(y, "Book manuscript")
    row(y + 5, "Invented Shoals: Credit and Salt in Made-up Ports. In preparation.")
    y += 10
    row(y, "Journal articles")
    row(y + 5, "Ottilie Marchbanks-Quade. 2023. \"Brokers of the Shoals: Factors in Invented Ports.\"")
    row(y + 10, "Journal of Imaginary Maritime History 80: 411-446.", 8)
    row(y + 15, "Ottilie Marchbanks-Quade and Ines Harlowe. 2021. \"Counting Invented Fish: Tithe")
    row(y + 20, "Records and Catch Estimates.\" Made-up Journal of History 46: 589-612.", 8)

    pdf.add_page()
    blocks = [("fellowships &", "awards", ["Invented Postdoctoral Fellowship, Brindlemoor University, 2024-2026.",
                                           "Dissertation Prize (honorable mention), Invented History Association, 2024.",
                                           "Short-Term Research Fellowship, Quillon Library, 2022."]),
              ("talks", None, ["\"Frozen Collateral.\" Invented Society for History, Denver, 2025.",
                               "\"Brokers of the Shoals.\" Made-up Annual Conference, Providence, 2023."]),
              ("teaching", None, ["Instructor of record: Atlantic Worlds (Fernhollow, Spring 2024).",
                                  "Teaching fellow: Early Modern Europe (Ashgrove, 2019-2022)."]),
              ("languages", None, ["Norwegian (native), English (native), Spanish (fluent)."])]
    y = 25
    for first, second, rows in blocks:
        for k, text in enumerate(rows):
            row(y + 5 * k, text)
        if page_two_labels_between_rows:  # beside the block, off every row's baseline
            label(y + (2.6 if len(rows) > 1 else 0.6), first)
            if second:
                label(y + 6.4, second)
        else:  # on the baselines of the block's first rows
            label(y, first)
            if second:
                label(y + 5, second)
        y += 5 * len(rows) + 8
    pdf.output(str(path))
    return path


def test_margin_labels_between_rows_head_their_own_blocks(tmp_path) -> None:
    path = _vita_pdf(tmp_path / "vita.pdf")
    text = extract(path).text
    # each label heads its block (not a pile of labels before all the entries)
    assert text.index("talks") < text.index("Frozen Collateral") < text.index("teaching") < text.index("Instructor")
    assert text.index("Short-Term Research") < text.index("talks")
    p = parse_document(extract(path), str(path))
    assert [a.year for a in p.awards] == [2024, 2024, 2022]
    assert p.skills == [] or all("Frozen" not in s for s in p.skills)


def test_small_capital_labels_beside_their_rows_open_sections(tmp_path) -> None:
    path = _vita_pdf(tmp_path / "vita.pdf")
    lines = [line.text for line in extract(path).lines]
    assert "publications Book manuscript" in lines  # the label ran into its row: no tab
    p = parse_document(extract(path), str(path))
    assert [e.title for e in p.experience] == [
        "Invented Postdoctoral Fellow in the Humanities", "Lecturer", "Graduate Teaching Fellow"]
    assert [e.institution for e in p.education] == ["Ashgrove University", "University of Tallowmere", "Wrenfield College"]
    assert [pub.year for pub in p.publications] == [None, 2023, 2021]  # the book in preparation too


def test_small_capital_labels_on_the_rows_of_every_page(tmp_path) -> None:
    path = _vita_pdf(tmp_path / "vita.pdf", page_two_labels_between_rows=False)
    assert "talks\t\"Frozen Collateral.\" Invented Society for History, Denver, 2025." in extract(path).text
    p = parse_document(extract(path), str(path))
    assert [a.year for a in p.awards] == [2024, 2024, 2022]
    assert [e.institution for e in p.education] == ["Ashgrove University", "University of Tallowmere", "Wrenfield College"]


def test_the_second_row_of_a_wrapped_label_is_no_label_of_its_own() -> None:
    from reviewer.parsing.cleaning import Clean
    from reviewer.parsing.labelheads import split_label_headings
    from reviewer.parsing.lines import Line

    rows = ["WORK\tQuillmoor Logistics, Senior Analyst, 2021 - 2024", "EDUCATION\tB.A. Economics, Harrowgate University",
            "Main activities and\tInvented fatigue tests of made-up blades", "responsibilities\tand their reports",
            "talks\tInvented talk, Made-up Conference, 2023"]
    lines = [Clean(Line(t, k), t, False, t) for k, t in enumerate(rows)]
    out = [c.text for c in split_label_headings(lines)]
    assert "responsibilities\tand their reports" in out  # Europass's "Main activities and" wrapped onto it
    assert out[-2:] == ["talks", "Invented talk, Made-up Conference, 2023"]  # small capitals: a label
