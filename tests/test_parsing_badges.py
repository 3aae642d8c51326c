"""A designed résumé's logo badges (initials in a circle beside each entry) are no text of the entry."""
from __future__ import annotations

from reviewer.extract.document import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.cleaning import furniture
from reviewer.parsing.lines import Line


def _pdf(rows: list[tuple[str, float, float]]) -> ExtractedDocument:
    lines = [TextLine(text, size=8.0, x0=x0, x1=x1, y=20.0 + 12 * k) for k, (text, x0, x1) in enumerate(rows)]
    return ExtractedDocument(format="pdf", lines=lines)


def test_initials_left_of_each_school_are_a_badge_not_the_school():
    doc = _pdf([
        ("Wendeline Oduya-Marsh", 40, 200), ("wom@example.org", 40, 140),
        ("EDUCATION", 40, 90),
        ("09/2019 - 09/2020\tLeeds", 78, 160), ("NIU", 40, 54),
        ("MSc Interaction Design", 64, 180), ("Northbridge Institute of Examples", 64, 220),
        ("2012 - 2016\tLagos", 78, 140), ("FU", 42, 52),
        ("B.Sc. Computer Science", 64, 170), ("Fictional University of Lagoon", 64, 210),
    ])
    schools = [e.institution for e in parse_document(doc, "cv.pdf").education]
    assert schools == ["Northbridge Institute of Examples", "Fictional University of Lagoon"]


def test_capitals_in_line_with_the_lines_after_them_are_text():
    """"UCL" / "MSc ..." at one left edge: an institution's acronym, not a badge."""
    rows = [("EDUCATION", 40, 90), ("UCL", 40, 54), ("MSc Interaction Design", 40, 180), ("2019 - 2020", 40, 90),
            ("KCL", 40, 54), ("BSc Psychology", 40, 120), ("2015 - 2018", 40, 90)]
    lines = [Line(text, k, x0=x0, x1=x1) for k, (text, x0, x1) in enumerate(rows)]
    assert furniture(lines) == set()
