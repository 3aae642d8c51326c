"""A bold entry head wrapped a word before the column's edge (an invented person)."""
from __future__ import annotations

from reviewer.extract import extract
from reviewer.parsing import parse_document


def test_a_bold_head_wrapped_where_its_last_word_would_not_fit(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    rows = [("B", 16, "Aurelio Invented"), ("", 9, "aurelio@example.org"), ("B", 12, "Experience"),
            # the description sets the column's right edge; the head stops a short word before it
            ("B", 10, "Quantitative Analyst, Rates Exotics (contract) at Invented Investment"), ("B", 10, "Bank"),
            ("", 8, "Oct 2017 - Feb 2019 - London"),
            ("", 9, "Bermudan swaption pricing in a multi-curve made-up model for invented desks, all day."),
            ("B", 10, "Quantitative Researcher at Made-up Group"), ("", 8, "Mar 2019 - Aug 2021 - London")]
    pdf.set_font("Helvetica", "B", 10)
    head = pdf.get_string_width(rows[3][2])
    pdf.set_font("Helvetica", "", 9)
    # the description's size puts the column's right edge 14 pt past the head, where "Bank"
    # (about 25 pt) would not have fitted
    sizes = {rows[6][2]: 9 * (head + 14) / pdf.get_string_width(rows[6][2])}
    y = 60.0
    for style, size, text in rows:
        pdf.set_font("Helvetica", style, sizes.get(text, size))
        pdf.text(60, y, text)
        y += 14
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    p = parse_document(extract(path), str(path))
    assert [e.organization for e in p.experience] == ["Invented Investment Bank", "Made-up Group"]


def test_a_desk_or_programme_before_at_belongs_to_the_title() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Aurelio Invented\n\nExperience\n"
                   "Quantitative Analyst, Rates Exotics (contract) at Invented Investment Bank\nOct 2017 - Feb 2019\n"
                   "Visiting Lecturer, MSc Mathematics and Finance at Imperial College London\nJan 2022 - Present\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Invented Investment Bank", "Quantitative Analyst, Rates Exotics (contract)"),
        ("Imperial College London", "Visiting Lecturer, MSc Mathematics and Finance")]


def test_two_seniority_words_open_a_title_not_a_company() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Ravi Invented\n\nWORK EXPERIENCE\nInvented Silicon India Pvt. Ltd., Bengaluru\n"
                   "Staff Engineer / Manager, Physical Design CAD\tApr 2021 - Present\n"
                   "Senior Lead Engineer\tJul 2018 - Mar 2021\n")
    assert [(e.organization, e.title) for e in p.experience][-1] == ("Invented Silicon India Pvt. Ltd.", "Senior Lead Engineer")
