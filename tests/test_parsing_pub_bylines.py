"""Papers as resume builders print them: a bold title over a plain byline (invented people)."""
from __future__ import annotations

from reviewer.extract import extract
from reviewer.parsing import parse_document
from tests.factories import UNICODE_FONT


def _pdf(path, rows: list[tuple[float, str, str, float]]):
    """rows: (x mm, style, text, size), one per line, top down."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dejavu", "", str(UNICODE_FONT))
    pdf.add_font("dejavu", "B", str(UNICODE_FONT.with_name("DejaVuSans-Bold.ttf")))
    pdf.add_page()
    y = 20.0
    for x, style, text, size in rows:
        pdf.set_font("dejavu", style, size)
        pdf.text(x, y, text)
        y += 5.5 if size < 11 else 8
    pdf.output(str(path))
    return path


def test_bold_titles_over_author_bylines(tmp_path) -> None:
    rows = [(20, "B", "Maren Quist-Abiola", 16), (20, "", "maren@example.org", 9),
            (20, "B", "Experience", 12), (20, "B", "Invented Health Lab, Senior Scientist", 9),
            (20, "", "2019 - present", 9),
            (20, "B", "Publications", 12),
            (20, "B", "Quiet wards: reducing invented alarms with a ranked", 9), (20, "B", "dashboard", 9),
            (20, "", "Quist-Abiola M., Brandt K., Ferrol P. — CHI 2024", 9),
            (20, "B", "Older adults' trust in made-up voice reminders", 9),
            (20, "", "Vlas T., Quist-Abiola M. — CSCW 2022", 9),
            (20, "B", "Gaze summaries for invented worklists", 9),
            (20, "", "Quist-Abiola M., Ruel J., de Kamp A. — Int. J. Hum.-Comput.", 9), (20, "", "Stud., 2021", 9),
            (20, "B", "Workload-aware notifications in the invented operating room (late-breaking", 9),
            (20, "B", "work)", 9),
            (20, "", "Quist-Abiola M., Haver L. — CHI EA 2018", 9),
            (20, "B", "Awards", 12), (20, "", "Invented Paper Prize, 2024", 9)]
    path = _pdf(tmp_path / "cv.pdf", rows)
    p = parse_document(extract(path), str(path))
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("CHI", 2024, True), ("CSCW", 2022, False), ("Int. J. Hum.-Comput. Stud.", 2021, True), ("CHI", 2018, True)]
    assert p.publications[0].title == "Quiet wards: reducing invented alarms with a ranked dashboard"
    assert [e.title for e in p.experience] == ["Senior Scientist"]  # "work)" opened no experience section
    assert [a.year for a in p.awards] == [2024]


def test_captions_in_a_left_column_and_venue_year_bylines(tmp_path) -> None:
    # a JSON-Resume theme: captions in a left column; one ran into its first row with a space
    rows = [(20, "B", "Aurelio Castagnede", 16), (20, "", "aurelio@example.org", 9),
            (20, "B", "EXPERIENCE", 9), (50, "B", "Quant Researcher at Invented Capital", 9),
            (50, "", "Jan 2020 - Present", 9),
            (20, "B", "EDUCATION", 9), (50, "B", "DPhil, Theoretical Physics", 9),
            (50, "", "University of Oxford", 9), (50, "", "Oct 2013 - Jul 2017", 9),
            (20, "B", "PUBLICATIONS  Robust carry: invented signals under regime shifts", 9),
            (50, "", "Journal of Made-up Portfolio Studies · 2024", 9), (50, "", "with R. Invented-Haldane", 9),
            (50, "B", "Square-root impact in invented futures", 9),
            (50, "", "Quantitative Imaginary Finance · 2022", 9),
            (20, "B", "AWARDS", 9), (50, "B", "Invented Research Award", 9), (50, "", "2023", 9)]
    path = _pdf(tmp_path / "cv.pdf", rows)
    assert any(line.text.startswith("PUBLICATIONS Robust carry") for line in extract(path).lines)
    p = parse_document(extract(path), str(path))
    assert [(pub.title, pub.venue, pub.year) for pub in p.publications] == [
        ("Robust carry: invented signals under regime shifts", "Journal of Made-up Portfolio Studies", 2024),
        ("Square-root impact in invented futures", "Quantitative Imaginary Finance", 2022)]
    assert [e.institution for e in p.education] == ["University of Oxford"]


def test_titles_alone_wrapped_in_a_narrow_side_column(tmp_path) -> None:
    # LinkedIn's profile PDF: the side column lists papers by title only, wrapped to its width
    rows = [(10, "B", "Kavitha Invented", 16), (10, "", "kavitha@example.in", 9),
            (10, "B", "Publications", 11),
            (10, "", "Cell-type deconvolution of made-up", 9), (10, "", "tumour RNA-seq with", 9),
            (10, "", "hierarchical priors", 9),
            (10, "", "scInvent-Lite: a lightweight atlas", 9), (10, "", "of invented perturbation", 9),
            (10, "", "responses", 9),
            (10, "", "Variational inference for invented", 9), (10, "", "expression in made-up trios", 9),
            (10, "B", "Experience", 11), (10, "", "Invented Genomics, Principal Data Scientist", 9),
            (10, "", "April 2022 - Present", 9)]
    path = _pdf(tmp_path / "cv.pdf", rows)
    p = parse_document(extract(path), str(path))
    assert [pub.title for pub in p.publications] == [
        "Cell-type deconvolution of made-up tumour RNA-seq with hierarchical priors",
        "scInvent-Lite: a lightweight atlas of invented perturbation responses",
        "Variational inference for invented expression in made-up trios"]


def test_a_linkedin_profile_pasted_as_text() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Contact\nwanjiru.invented@example.co.ke\nwww.linkedin.com/in/wanjiru-invented (LinkedIn)\n\n"
                   "Top Skills\nDevelopment Finance\nAgricultural Economics\n\n"
                   "Publications\nDigital credit and invented input use: evidence from Kenya\n"
                   "Who repays? Gender, group lending and made-up mobile loans\n\n"
                   "Wanjiru Invented\nLecturer, Invented Business School | PhD candidate, Agricultural\n"
                   "Economics\nNairobi County, Kenya\n\n"
                   "Experience\nInvented Business School\nLecturer\nJanuary 2023 - Present (2 years)\n")
    assert p.name == "Wanjiru Invented"
    # the side column's titles, one a line; the name's banner after them is no paper
    assert [pub.title for pub in p.publications] == [
        "Digital credit and invented input use: evidence from Kenya",
        "Who repays? Gender, group lending and made-up mobile loans"]


def test_venue_or_status_bylines_under_title_case_titles(tmp_path) -> None:
    # the JSON Resume "flat" look: titles in title case with "and" (they read like two names),
    # a working paper's number, a status instead of a venue and year
    rows = [(20, "B", "Tomas Invented-Haral", 16), (20, "", "tomas@example.edu", 9),
            (20, "B", "PUBLICATIONS", 11),
            (20, "B", "Teacher Turnover and Student Achievement in Invented Norway", 9),
            (20, "", "American Economic Journal: Applied Economics · 2022", 8), (20, "", "with Ingrid Made", 9),
            (20, "B", "Occupational Licensing and Immigrant Earnings", 9),
            (20, "", "Revise and resubmit at the Review of Economic Studies", 8), (20, "", "solo-authored", 9),
            (20, "B", "Local Wages and the Internal Migration of Invented Workers", 9),
            (20, "", "NBER Working Paper No. 31555 · 2023", 8), (20, "", "with Carla Invented", 9),
            (20, "B", "AWARDS", 11), (20, "", "Invented Early Career Award · 2023", 9)]
    path = _pdf(tmp_path / "cv.pdf", rows)
    p = parse_document(extract(path), str(path))
    assert [(pub.title, pub.year, pub.status) for pub in p.publications] == [
        ("Teacher Turnover and Student Achievement in Invented Norway", 2022, "published"),
        ("Occupational Licensing and Immigrant Earnings", None, "under review"),
        ("Local Wages and the Internal Migration of Invented Workers", 2023, "in preparation")]
