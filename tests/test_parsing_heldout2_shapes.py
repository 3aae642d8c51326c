"""Shapes a second held-out set of invented CVs showed the parser missing, each on a
new invented snippet of the same shape (general rules, not any one document)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine, extract
from reviewer.parsing import parse_document


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def _label_column_pdf(path, rows: list[tuple[str, list[str]]]):
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


def test_left_label_column_titles_become_headings(tmp_path) -> None:
    path = _label_column_pdf(tmp_path / "cv.pdf", [
        ("Education", ["Ph.D. in Economics, Northbridge University, 2019-2025",
                       "M.Res. in Economics, Lakeside School of Economics, 2017-2019"]),
        ("Candidate Main Paper", ['"Rent control and the timing of household moves", 2025.']),
        ("Research Fields", ["Primary: Urban economics, housing", "Secondary: Political economy"]),
        ("Experience", ["Research Assistant, Central Statistics Office, 2016-2017"]),
    ])
    texts = [line.text for line in extract(path).lines]
    assert "Education" in texts and "Experience" in texts and "Research Fields" in texts
    assert "Candidate Main Paper" in texts  # a justified label wrapped over two rows, joined
    assert not any("\t" in t for t in texts)
    p = parse_document(extract(path), str(path))
    assert [e.degree_level for e in p.education] == ["phd", "master"]
    assert p.research_interests == ["Urban economics", "housing", "Political economy"]


def test_date_column_is_not_taken_for_a_label_column(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    for k, (date, entry) in enumerate([("2019-2021", "Analyst, Quarry Bank"), ("2021-2023", "Lead, Quarry Bank"),
                                       ("2023-now", "Head, Quarry Bank"), ("2016-2019", "B.Sc., Marsh College")]):
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, 30 + 8 * k, date)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(65, 30 + 8 * k, entry)
    pdf.output(str(tmp_path / "d.pdf"))
    texts = [line.text for line in extract(tmp_path / "d.pdf").lines]
    assert texts[0] == "2019-2021\tAnalyst, Quarry Bank"


def test_quoted_titles_with_coauthor_notes_economics_style() -> None:
    p = _parse("Ines Valderrama\nPublications\n"
               "“Flood insurance take-up after disasters: evidence from river towns” (with Karl Obi),\n"
               "Journal of Urban Economics, 2023, 131: 103488.\n"
               "“Local banks and small-firm credit” (with Mia Ho and Karl Obi), Regional Science\n"
               "and Urban Economics, 2021, 90: 103700.\n"
               "Working Papers\n"
               "“Property taxes and school quality”, 2024.\n")
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Flood insurance take-up after disasters: evidence from river towns", "Journal of Urban Economics", 2023),
        ("Local banks and small-firm credit", "Regional Science and Urban Economics", 2021),
        ("Property taxes and school quality", None, 2024),
    ]


def test_job_market_paper_section_keeps_its_quoted_title() -> None:
    p = _parse("Ines Valderrama\nJob Market Paper\n"
               "“Flood maps and house prices” — I use new flood maps to show that prices fall before insurance rises.\n"
               "Education\nPh.D. in Economics, Riverton University, 2020–2025\n")
    assert [x.title for x in p.publications] == ["Flood maps and house prices"]


def test_ranking_labels_are_not_interests() -> None:
    p = _parse("Ines Valderrama\nFields\nPrimary: Urban economics, public finance\nSecondary: Economic history\n")
    assert p.research_interests == ["Urban economics", "public finance", "Economic history"]


def _parse_md(text: str):
    from reviewer.extract.markdown import markdown_lines

    lines, links, _front = markdown_lines(text)
    return parse_document(ExtractedDocument(format="md", lines=lines, links=links), "README.md")


def test_profile_readme_greeting_names_the_writer() -> None:
    p = _parse_md("# Hello! I'm Odalys Verhoeven ✨\n\n"
                  "[![Site](https://img.shields.io/badge/site-blue)](https://odalysverhoeven.example.net)\n\n"
                  "## About\n\n- 🌿 Research interests: coral genomics, reef acoustics\n- 📬 o.verhoeven@example.org\n\n"
                  "## Papers\n\n1. [**Acoustic census of patch reefs**](https://example.org/p1)\n"
                  "   **O. Verhoeven**, T. Lund · *Coral Reefs 2023*\n"
                  "2. [**Heat stress in brooding corals**](https://example.org/p2)\n"
                  "   T. Lund, **O. Verhoeven** · *Marine Biology 2022*\n")
    assert p.name == "Odalys Verhoeven"
    assert "https://odalysverhoeven.example.net" in p.links
    assert p.research_interests == ["coral genomics", "reef acoustics"]
    assert [(x.title, x.authors, x.year, x.first_author) for x in p.publications] == [
        ("Acoustic census of patch reefs", ["O. Verhoeven", "T. Lund"], 2023, True),
        ("Heat stress in brooding corals", ["T. Lund", "O. Verhoeven"], 2022, False),
    ]


def test_interests_named_inside_a_paragraph() -> None:
    p = _parse("Odalys Verhoeven\nResearch\n"
               "I study how reefs recover after heat waves, in the field and in tanks. "
               "Interests: coral genomics, reef acoustics, restoration ecology.\n")
    assert p.research_interests == ["coral genomics", "reef acoustics", "restoration ecology"]


def test_uk_mobile_in_a_contact_row_without_country_code() -> None:
    # 07700 900xxx is a range the numbering metadata reserves; the contact row vouches for it
    p = _parse("PRIYA NANDAKUMAR\nAnalytics Lead | Leeds, UK | 07700 900318 | priya.n@example.com\n")
    assert p.phones == ["+447700900318"]


def test_date_column_entry_wrapped_under_its_text(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(20, 20, "Wendell Okafor")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(20, 35, "Appointments")
    pdf.set_font("Helvetica", "", 10)
    rows = [("2018-present", "Professor, Department of Soil, Water, and Climate Sciences,", "Northfield University"),
            ("2012-2018", "Associate Professor, School of Earth and Ocean Resource", "Studies, Lakeshore State University"),
            ("2010-2012", "Postdoctoral Researcher, Institute for Polar and Alpine", "Research, Tarnow Academy")]
    y = 45.0
    for date, first, second in rows:
        pdf.text(20, y, date)
        pdf.set_xy(50, y - 3.5)
        pdf.cell(140, 5, first, align="R")  # ends at the right margin, as a justified line does
        pdf.text(51, y + 5, second)
        y += 12
    pdf.output(str(tmp_path / "a.pdf"))
    from reviewer.parsing import parse_file

    p = parse_file(tmp_path / "a.pdf")
    got = [(e.title, e.organization, e.start) for e in p.experience]
    assert got[0][0] == "Professor" and "Northfield University" in got[0][1] and got[0][2] == "2018"
    assert got[1][0] == "Associate Professor" and "Lakeshore State University" in got[1][1]
    assert got[2][0] == "Postdoctoral Researcher" and "Tarnow Academy" in got[2][1]


def test_detail_line_under_a_full_width_dated_entry_is_not_its_wrap() -> None:
    from reviewer.parsing.cleaning import Clean, join_wrapped
    from reviewer.parsing.lines import Line

    def c(text: str, x0: float, x1: float) -> Clean:
        return Clean(Line(text, 0, 1, 10.0, False, False, x0, x1), text, False, text)

    full = c("2014-2018\tB.Sc. in Cognitive Science, Harlow University of Applied Sciences", 60.0, 550.0)
    assert len(join_wrapped([full, c("GPA 3.9, thesis with honours", 150.0, 330.0)])) == 2
    assert len(join_wrapped([full, c("Minor in Linguistics", 150.0, 280.0)])) == 2
    assert [x.text for x in join_wrapped([full, c("Northfield Campus", 150.0, 260.0)])] == [
        full.text + " Northfield Campus"]


def test_public_health_degrees_and_nordic_institution_names() -> None:
    p = _parse("Maren Solvik\nEducation\n2018–2022\tPhD, Biostatistics, Fjordvik Institutet, Bergen, Norway\n"
               "2016–2018\tMPH, Global Health, Harbour University School of Public Health, Boston, MA\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Fjordvik Institutet", "phd"), ("Harbour University School of Public Health", "master")]


def test_legend_after_a_sentence_separates_equal_from_corresponding_marks() -> None:
    p = _parse("Maren Solvik\nPublications\n"
               "My name is in bold. * corresponding author; † equal contribution.\n"
               "1. Lund, P.†, Solvik, M.†, and Aas, T. (2023). Tidal mixing in narrow fjords. Ocean Science.\n"
               "2. Aas, T., Solvik, M., and Lund, P.* (2022). Salinity fronts after storms. Estuaries.\n"
               "3. Solvik, M.* and Aas, T. (2021). Kelp forests and wave damping. Coastal Engineering.\n")
    assert [x.first_author for x in p.publications] == [True, False, True]


def test_scholar_in_a_job_title_is_not_a_profile_link() -> None:
    p = _parse("Omar Haddadin\nExperience\nHarlow University, Department of Physics\tSep 2024 – Present\n"
               "Postdoctoral Scholar\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("Harlow University, Department of Physics", "Postdoctoral Scholar")]


def test_year_slash_month_ranges_are_not_academic_years() -> None:
    from reviewer.parsing.dates import first_range

    span = first_range("2008/09–2012/06\tPh.D. in Geography, Marsh University")
    assert (span.start, span.end) == ("2008-09", "2012-06")
    span = first_range("Academic year 2008/09")
    assert (span.start, span.end) == ("2008", "2009")


def test_appointment_titles_of_a_professor() -> None:
    p = _parse("Imke Sorensen\nAppointments\n2019–present\tProfessor of Hydrology, Northfield University\n"
               "2015–2019\tAssociate Professor, Lakeside State University\n"
               "Spring 2017\tVisiting Scholar, Institute for Advanced Study, Princeton\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Professor of Hydrology", "Northfield University"), ("Associate Professor", "Lakeside State University"),
        ("Visiting Scholar", "Institute for Advanced Study")]


def test_interests_from_an_about_paragraph_when_no_list_exists() -> None:
    p = _parse("Lorna Feld\nAbout me\nI am a fourth-year PhD student. I am broadly interested in causal inference, "
               "fairness in machine learning and survey methodology, with applications to public health.\n")
    assert p.research_interests == ["causal inference", "fairness in machine learning", "survey methodology"]
    p = _parse("Lorna Feld\nSummary\nData scientist with 8 years in retail. I am interested in joining a team "
               "that ships models.\n")
    assert p.research_interests == []


def test_mark_legend_in_the_section_heading() -> None:
    p = _parse("Maren Solvik\nPublications (* corresponding author, † equal contribution)\n"
               "1. Lund P†, Solvik M†, Aas T. Tidal mixing in narrow fjords. Ocean Sci. 2023;19:1-12.\n"
               "2. Aas T, Solvik M, Lund P*. Salinity fronts after storms. Estuaries. 2022;45:3-9.\n")
    assert [x.first_author for x in p.publications] == [True, False]


def test_greetings_with_emoji_name_the_writer() -> None:
    from reviewer.parsing.names import name_from_text

    assert name_from_text("👋 Hi, I'm Kaito Brennan") == "Kaito Brennan"
    assert name_from_text("Hey there! I am Kaito Brennan.") == "Kaito Brennan"
    assert name_from_text("Hello, World") is None


def test_quoted_title_case_titles_are_not_author_lists() -> None:
    p = _parse('Ines Valderrama\nJob Market Paper\n"Flood Maps and House Prices" (with Karl Obi)\n'
               "Abstract: We show that new flood maps lower prices before insurance premia rise.\n"
               "Working Papers\n"
               '"Property Taxes and School Quality" (with Mia Ho), revise and resubmit at Journal of Public Economics\n'
               '"Zoning and Commutes," 2023\n')
    assert [(x.title, x.venue, x.year) for x in p.publications] == [
        ("Flood Maps and House Prices", None, None),
        ("Property Taxes and School Quality", "Journal of Public Economics", None),
        ("Zoning and Commutes", None, 2023),
    ]


def test_category_table_with_a_bold_label_on_every_row_is_kept(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(20, 32, "SKILLS")
    y = 38.0
    for label, values in [("Programming", "Python, C++, Go, Rust, SQL, Bash"), ("Frameworks", "PyTorch, JAX, Ray, Spark"),
                          ("Tools", "Docker, Kubernetes, Terraform, Git"), ("Languages", "English, Polish, German")]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(20, y, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(60, y, values)
        y += 5
    pdf.set_font("Helvetica", "", 10)
    for _ in range(3):  # plenty of text in the values' column below the table
        for text in ("Senior Engineer, Quarry Bank, 2019-2023", "Built risk models for retail customers in four countries."):
            pdf.text(60, y, text)
            y += 5
    pdf.output(str(tmp_path / "s.pdf"))
    texts = [line.text for line in extract(tmp_path / "s.pdf").lines]
    assert "Programming\tPython, C++, Go, Rust, SQL, Bash" in texts
    assert "Tools\tDocker, Kubernetes, Terraform, Git" in texts


def test_postal_address_names_the_country_of_a_national_number() -> None:
    p = _parse("Harriet Osei\n12 Mill Lane, Manchester M1 2AB, United Kingdom\nMobile: 07911 123456\n"
               "harriet.osei@example.com\n")
    assert p.phones == ["+447911123456"]


def test_vancouver_reference_after_an_apa_one_starts_a_new_item() -> None:
    p = _parse("Harriet Osei\nPublications\n"
               "Brand, T., Osei, H., & Quill, D. (2021). Night lighting and hospital falls. BMJ Open, 11, e04512.\n"
               "Quill D, Osei H, Brand T. Noise exposure in intensive care. Crit Care Med. 2020;48(2):101-109.\n")
    assert [(x.title, x.year) for x in p.publications] == [
        ("Night lighting and hospital falls", 2021), ("Noise exposure in intensive care", 2020)]


def test_justified_line_in_a_narrow_column_is_one_sentence_not_cells(tmp_path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, 20)
    # a narrow justified paragraph: the first line's few words are spread far apart
    pdf.multi_cell(70, 5, "Dr. Ilse Ek Vik, Havforskningsinstitutetsavdelingen Bergen", align="J")
    pdf.output(str(tmp_path / "j.pdf"))
    assert extract(tmp_path / "j.pdf").lines[0].text == "Dr. Ilse Ek Vik,"


def test_hobbies_under_interests_are_not_research_interests() -> None:
    p = _parse("Priya Nandakumar\nInterests\nTrail running; chess (club level); amateur photography.\n")
    assert p.research_interests == []
    p = _parse("Priya Nandakumar\nResearch Interests\nSensor fusion; SLAM; legged robots.\n")
    assert p.research_interests == ["Sensor fusion", "SLAM", "legged robots"]


def test_department_name_with_commas_and_a_qualified_title() -> None:
    p = _parse("Imke Sorensen\nAppointments\n"
               "2016–present\tProfessor, Department of Soil, Water, and Climate, Northfield University\n"
               "2012–2016\tLaboratory Teaching Assistant, Department of Physics, Lakeside University\n")
    assert [(e.title, e.organization) for e in p.experience] == [
        ("Professor", "Department of Soil, Water, and Climate, Northfield University"),
        ("Laboratory Teaching Assistant", "Department of Physics, Lakeside University")]
