"""PDF reading order, font facts, links and clean-up, on PDFs built at test time."""
from __future__ import annotations

import re

import pytest

from reviewer.extract import CELL_SEP, ExtractionError, extract
from tests.factories import CJK_FONT, UNICODE_FONT, Person, write_lines_pdf, write_pdf, write_two_column_pdf
from tests.shared_labels import label_for


def _index(lines, text):
    return next(i for i, line in enumerate(lines) if text in line.text)


def test_two_column_page_is_read_column_by_column(tmp_path):
    person = Person(name="Mira Sidebar")
    sidebar = [person.name, person.email, person.phone, "SKILLS", "Python", "PyTorch", "SQL", "LANGUAGES", "English"]
    doc = extract(write_two_column_pdf(tmp_path / "cv.pdf", person, sidebar=sidebar))
    texts = [line.text for line in doc.lines]
    # The side bar comes out whole and in order, then the main column whole and in order.
    assert texts[: len(sidebar)] == sidebar
    main = [line for heading, body in person.sections() for line in (heading.upper(), *body)]
    assert texts[len(sidebar):] == main


def test_right_aligned_date_stays_on_its_line_as_a_cell(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for title, date in [("Research Scientist, Imaginary Labs", "2024 - Present"), ("Intern, Fictional AI", "2022")]:
        pdf.cell(120, 6, title)
        pdf.cell(0, 6, date, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "Built things that did not exist before, in a team of invented people.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "dates.pdf"))
    lines = [line.text for line in extract(tmp_path / "dates.pdf").lines]
    assert lines[0] == f"Research Scientist, Imaginary Labs{CELL_SEP}2024 - Present"
    assert lines[2] == f"Intern, Fictional AI{CELL_SEP}2022"


def test_headings_carry_size_and_weight(tmp_path):
    doc = extract(write_pdf(tmp_path / "cv.pdf", Person(name="Ola Heading")))
    name = doc.lines[_index(doc.lines, "Ola Heading")]
    heading = doc.lines[_index(doc.lines, "EDUCATION")]
    body = doc.lines[_index(doc.lines, "Northfield College")]
    assert name.size == pytest.approx(18, abs=0.5) and name.bold
    assert heading.size == pytest.approx(13, abs=0.5) and heading.bold
    assert body.size == pytest.approx(10, abs=0.5) and not body.bold
    assert name.page == 1 and name.x0 is not None and name.y is not None


def test_link_annotations_are_collected_and_attached(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Nia Linkwell", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(20, 6, "GitHub", link="https://github.com/nia-linkwell")
    pdf.cell(20, 6, "Email", link="mailto:nia@example.org")
    pdf.cell(20, 6, "Call", link="tel:+15550100", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Research on invented things.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "links.pdf"))
    doc = extract(tmp_path / "links.pdf")
    assert doc.links == ["https://github.com/nia-linkwell"]
    assert doc.emails == ["nia@example.org"]
    row = doc.lines[_index(doc.lines, "GitHub")]
    assert "https://github.com/nia-linkwell" in row.links
    # the address is printed nowhere, so it is surfaced as a line right after its anchor
    assert doc.lines[_index(doc.lines, "GitHub") + 1].text == "nia@example.org"


def test_page_numbers_and_running_header_go_but_contact_in_it_stays_once(tmp_path):
    words = ["Education", "Experience", "Publications", "Awards", "Skills", "Service", "Teaching", "Talks",
             "Grants", "Patents", "Languages", "Interests", "Referees", "Projects", "Students"]
    pages = [[f"{words[5 * p + k]} of the invented body" for k in range(5)] for p in range(3)]
    path = write_lines_pdf(tmp_path / "cv.pdf", pages, header="Zoe Runner - zoe@example.org",
                           footer="Curriculum Vitae - updated 2025", number_pages=True)
    texts = [line.text for line in extract(path).lines]
    assert texts.count("Zoe Runner - zoe@example.org") == 1
    assert not any("Page " in t for t in texts)
    assert not any("Curriculum Vitae - updated" in t for t in texts)
    assert [t for t in texts if "invented body" in t] == [line for page in pages for line in page]


def test_ligatures_soft_hyphens_and_broken_words_are_repaired(tmp_path):
    pages = [["The ﬁrst ﬂow of ﬁnance data was devel-", "oped by a self-", "supervised model.",
              "Soft\u00adhyphen stays a hyphen when drawn."]]
    texts = [line.text for line in extract(write_lines_pdf(tmp_path / "l.pdf", pages, font=UNICODE_FONT)).lines]
    assert texts[0] == "The first flow of finance data was developed"
    assert texts[1] == "by a self-supervised"
    assert texts[2] == "model."


def test_a_url_or_address_broken_after_its_own_hyphen_keeps_it(tmp_path):
    pages = [["Code: github.com/quill-", "magnonics and mail dana.ruiz-", "tanaka@example.org today;", "a devel-",
              "oped word."]]
    texts = [line.text for line in extract(write_lines_pdf(tmp_path / "u.pdf", pages, font=UNICODE_FONT)).lines]
    assert texts[0] == "Code: github.com/quill-magnonics"
    assert texts[1] == "and mail dana.ruiz-tanaka@example.org"
    assert texts[3] == "a developed"


def test_an_address_broken_at_its_hyphen_on_a_page_with_a_character_beyond_the_bmp(tmp_path):
    # "𝔸" counts as two characters in pdfium's page text and one in its character list: the
    # reader then asks pdfium for each character, which gives its line-end hyphen as U+0002.
    pages = [["Contact 𝔸", "mail dana.ruiz-", "tanaka@example.org today;", "a devel-", "oped word."]]
    texts = [line.text for line in extract(write_lines_pdf(tmp_path / "b.pdf", pages, font=UNICODE_FONT)).lines]
    assert texts[1] == "mail dana.ruiz-tanaka@example.org"
    assert texts[3] == "a developed"


@pytest.mark.skipif(not CJK_FONT.exists(), reason="needs the wqy-microhei font")
def test_chinese_pdf(tmp_path):
    pages = [["张小明", "教育经历", "2018年9月 - 2022年6月 北京大学 计算机科学 本科"]]
    texts = [line.text for line in extract(write_lines_pdf(tmp_path / "zh.pdf", pages, font=CJK_FONT)).lines]
    assert texts == pages[0]


def test_rows_and_links_on_every_corpus_pdf(shared_dir):
    """Every real PDF reads without error, with no private-use glyphs, pdfium
    hyphen markers or control characters left, and with font sizes on every line;
    every link its label lists is there, as a link annotation or in the text.
    (Their reading order was checked by eye; see the extraction report.)"""
    files = sorted((shared_dir / "corpus" / "files").glob("*.pdf"))
    assert files
    for path in files:
        doc = extract(path)
        assert len(doc.lines) > 20, path.name
        for line in doc.lines:
            assert line.text and line.size, (path.name, line)
            assert not any("\ue000" <= ch <= "\uf8ff" or ch in "\ufffe\ufffd\x00" for ch in line.text), path.name
        found = " ".join([*(line.text for line in doc.lines), *doc.links]).lower()
        for link in label_for(shared_dir, path).get("links") or []:
            assert _bare_link(link) in found, (path.name, link)


def _bare_link(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url.lower()).rstrip("/")


def test_scanned_pdf_has_no_text_layer(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    Image.new("RGB", (200, 100), "white").save(tmp_path / "scan.png")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(tmp_path / "scan.png"), x=10, y=10, w=180)
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(ExtractionError, match=r"^no text layer \(scanned\?\)$"):
        extract(tmp_path / "scan.pdf")


def test_date_columns_are_read_across_not_split_off(tmp_path):
    """Many rows with a date at the left (moderncv) or the right edge look like two
    columns to a gutter search; their baselines line up, so they stay rows."""
    from fpdf import FPDF

    entries = [(f"{2010 + k} - {2011 + k}", f"Invented Role {k} at Example Institute {k}") for k in range(8)]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for when, what in entries:  # dates on the left, entry and a description line on the right
        pdf.set_x(10)
        pdf.cell(30, 5, when)
        pdf.cell(0, 5, what, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(45)
        pdf.cell(0, 5, "A line of description that belongs to the entry above.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for when, what in entries:  # dates right-aligned
        pdf.cell(140, 5, what)
        pdf.cell(0, 5, when, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "dates.pdf"))
    texts = [line.text for line in extract(tmp_path / "dates.pdf").lines]
    left = [f"{when}{CELL_SEP}{what}" for when, what in entries]
    right = [f"{what}{CELL_SEP}{when}" for when, what in entries]
    assert [t for t in texts if t in left] == left
    assert texts[texts.index(left[0]) + 1].startswith("A line of description")
    assert [t for t in texts if t in right] == right


def test_full_width_header_then_two_columns_with_side_bar_on_the_right(tmp_path):
    from fpdf import FPDF

    main = [f"Main column line {k}: invented work on invented problems" for k in range(14)]
    side = [f"Side {k}: skill" for k in range(9)]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(10, 10)
    pdf.cell(190, 8, "Rhea Rightbar - rhea@example.org - +44 20 7946 0111", align="C")
    left_y, right_y = 30.0, 33.0
    for k in range(max(len(main), len(side))):  # drawn row by row, main left, side bar right
        if k < len(main):
            pdf.set_font("Helvetica", size=10)
            pdf.set_xy(10, left_y)
            pdf.cell(120, 5, main[k])
            left_y += 6.0
        if k < len(side):
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(145, right_y)
            pdf.cell(55, 4, side[k])
            right_y += 8.3
    pdf.set_font("Helvetica", size=9)
    pdf.set_xy(10, 150)
    pdf.cell(190, 5, "References available on request from invented people.", align="C")
    pdf.output(str(tmp_path / "right.pdf"))
    texts = [line.text for line in extract(tmp_path / "right.pdf").lines]
    assert texts == ["Rhea Rightbar - rhea@example.org - +44 20 7946 0111", *main, *side,
                     "References available on request from invented people."]


def test_side_bar_line_running_past_the_gutter_does_not_cut_the_side_bar(tmp_path):
    """A long e-mail in a left side bar ends a little inside the main column's date
    column, beside empty space. The side bar still comes out whole and before the main
    column, whose date column is read across with its entries."""
    from fpdf import FPDF

    side = ["CONTACT", "Invented Dept.", "12 Nowhere Road", "(555) 010-0193",
            "quill.ferndale-obrien@invented.example.edu", "FIELDS", "Imaginary botany", "Fictional optics",
            "Invented history", "LANGUAGES", "Esperanto"]
    rows = [("2019-", "Northfield College of Invented Arts"), ("2023", "Ph.D., Imaginary Studies"),
            ("2016-", "Southgate Institute"), ("", "M.A., Fictional Optics, with a thesis on"),
            ("", "light that nobody has measured"), ("2012-", "Westbrook University"),
            ("2016", "B.A., Invented History"), ("", "Minor in imaginary botany")]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.set_xy(10, 10)
    pdf.cell(190, 8, "Quill Ferndale-Obrien")
    side_y, main_y = 30.0, 31.0
    for k in range(max(len(side), len(rows))):
        if k < len(side):
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(10, side_y)
            pdf.cell(45, 4, side[k])  # the e-mail runs past the date column's left edge
            side_y += 5.3
        if k < len(rows):
            pdf.set_font("Helvetica", size=9)
            pdf.set_xy(62, main_y)
            pdf.cell(15, 5, rows[k][0])
            pdf.set_xy(82, main_y)
            pdf.cell(110, 5, rows[k][1])
            main_y += 6.1
    pdf.output(str(tmp_path / "overflow.pdf"))
    texts = [line.text for line in extract(tmp_path / "overflow.pdf").lines]
    assert texts[1:1 + len(side)] == side
    assert texts[1 + len(side)] == f"2019-{CELL_SEP}Northfield College of Invented Arts"


def test_two_text_columns_on_one_baseline_grid_are_read_one_after_the_other(tmp_path):
    """Same font and leading in both columns (LaTeX twocolumn, Typst columns):
    every baseline lines up, yet these are two flows, not a table. The left one
    runs longer than the right one; its last lines are still its own."""
    from fpdf import FPDF

    words = ["invented", "results", "on", "imaginary", "benchmarks", "with", "made", "up", "numbers", "and", "fictional", "coauthors"]
    left = [" ".join(words[k % 5:k % 5 + 8]) + f" L{k:02d}" for k in range(22)]
    right = [" ".join(words[k % 4:k % 4 + 8]) + f" R{k:02d}" for k in range(16)]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", size=10)
    for k in range(len(left)):
        pdf.set_xy(15, 20 + 5 * k)
        pdf.cell(85, 5, left[k])
        if k < len(right):
            pdf.set_xy(110, 20 + 5 * k)
            pdf.cell(85, 5, right[k])
    pdf.output(str(tmp_path / "twocol.pdf"))
    assert [line.text for line in extract(tmp_path / "twocol.pdf").lines] == left + right


def test_a_short_band_of_two_text_columns_under_full_width_entries(tmp_path):
    """A web CV's publication list set in CSS columns: full-width entries above cover the
    gutter, the band is a fifth of the page, and its lines share one baseline grid. The
    band is read column by column; the heading under it stays after both columns."""
    from fpdf import FPDF

    words = ["invented", "results", "on", "imaginary", "benchmarks", "with", "made", "up", "numbers", "and", "fictional", "coauthors"]
    wide = [f"Invented Institute of Examples, Faraway City, a full-width entry line {k}\t20{10 + k}" for k in range(12)]
    left = [" ".join(words[k % 5:k % 5 + 7]) + f" L{k:02d}" for k in range(9)]
    right = [" ".join(words[k % 4:k % 4 + 7]) + f" R{k:02d}" for k in range(9)]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    y = 15
    for text in wide:
        pdf.set_xy(15, y)
        pdf.cell(150, 5, text.split("\t")[0])
        pdf.set_xy(180, y)
        pdf.cell(15, 5, text.split("\t")[1])
        y += 5
    y += 6
    for k in range(len(left)):
        pdf.set_xy(15, y + 5 * k)
        pdf.cell(85, 5, left[k])
        pdf.set_xy(105, y + 5 * k)
        pdf.cell(85, 5, right[k])
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(15, y + 5 * len(left) + 8)
    pdf.cell(40, 5, "Grants")
    pdf.set_font("Helvetica", size=9)
    for k in range(8):
        pdf.set_xy(15, y + 5 * len(left) + 15 + 5 * k)
        pdf.cell(180, 5, f"An invented grant from an invented funder for invented work on imaginary things, number {k}")
    pdf.output(str(tmp_path / "band.pdf"))
    texts = [line.text for line in extract(tmp_path / "band.pdf").lines]
    band = texts[len(wide):len(wide) + len(left) + len(right)]
    assert band == left + right
    assert texts[len(wide) + len(left) + len(right)] == "Grants"


def test_a_short_band_of_table_cells_under_full_width_entries_is_read_across(tmp_path):
    """A Word table of posts (organisation | post | from | to | duties) under full-width
    lines: each side of its widest gap holds cells, so its rows are read across."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    y = 15
    for k in range(12):
        pdf.set_xy(15, y)
        pdf.cell(180, 5, f"Invented Institute of Examples, Faraway City, a full-width line about nothing at all {k}")
        y += 5
    y += 6
    rows = []
    for k in range(9):
        cells = [f"Invented Works Number {k} Ltd", f"Design Engineer {k}", f"0{k + 1}.04.20{10 + k}",
                 f"3{k % 2}.03.20{11 + k}", "Analysis of things"]
        for x, w, text in zip((15, 62, 105, 128, 150), (45, 40, 22, 22, 45), cells, strict=True):
            pdf.set_xy(x, y + 5 * k)
            pdf.cell(w, 5, text)
        rows.append(cells)
    pdf.output(str(tmp_path / "table.pdf"))
    texts = [line.text for line in extract(tmp_path / "table.pdf").lines]
    assert [re.sub(r"\s+", " ", t) for t in texts[12:21]] == [" ".join(cells) for cells in rows]


def test_side_column_on_the_same_leading_with_its_own_headings_is_read_on_its_own(tmp_path):
    """A Deedy-style page: a narrow left column and the main column share one leading, so
    most baselines line up as in a table, but each column has its own section headings,
    set beside ordinary lines of the other column: two flows, read one after the other."""
    from fpdf import FPDF

    left = [("Education", 13), ("Ostwick University", 10), ("B.S. in Geology", 9), ("Links", 13),
            ("Github:// ivo-ex", 9), ("Skills", 13), ("Python", 9), ("QGIS", 9), ("Coursework", 13),
            ("Hydrology", 9), ("Petrology", 9)]
    right = [("Experience", 13), ("Fen Survey Ltd | Field Intern", 10), ("Jun 2024 - Aug 2024", 9),
             ("Mapped invented peat cores.", 9), ("Awards", 13), ("2023 Invented Prize", 9),
             ("2022 Imaginary Medal", 9), ("Publications", 13), ("[1] I. Ex, A. Bee. Peat. Fen Letters, 2024.", 9),
             ("[2] A. Bee, I. Ex. Bogs. Fen Letters, 2023.", 9), ("Talk at an invented meeting, 2023", 9)]
    pdf = FPDF()
    pdf.add_page()
    for k in range(len(left)):  # one leading for both columns: every row's baselines line up
        for x, (text, size) in ((12, left[k]), (70, right[k])):
            pdf.set_font("Helvetica", size=size)
            pdf.set_xy(x, 20 + 7 * k)
            pdf.cell(50 if x == 12 else 120, 6, text)
    pdf.output(str(tmp_path / "deedy.pdf"))
    texts = [line.text for line in extract(tmp_path / "deedy.pdf").lines]
    assert texts == [t for t, _ in left] + [t for t, _ in right]


def test_side_bar_at_its_own_leading_meeting_the_main_baselines_now_and_then(tmp_path):
    """A shaded side bar (Chromium print of a web CV): its lines meet the main column's
    baselines for a while, then its headings' extra space puts them between the main
    lines. Half paired, half beside a main line at another height: two flows."""
    from fpdf import FPDF

    main = [f"Invented main-column sentence number {k} about research on nothing" for k in range(16)]
    side = ["Contact", "12 Imaginary Road", "mira@example.org", "Research Areas", "Invented chemistry",
            "Made-up physics", "Fictional biology", "Honours", "Invented Prize", "Imaginary Medal",
            "Languages", "Esperanto", "Klingon"]
    offsets = [0, 0, 0, 0, 2.5, 2.5, 2.5, 0, 0, 0, 2.5, 2.5, 2.5]  # mm below a main baseline
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for k, text in enumerate(main):
        pdf.text(x=15, y=20 + 5 * k, text=text)
    for k, (text, dy) in enumerate(zip(side, offsets, strict=True)):
        pdf.text(x=150, y=20 + 5 * k + dy, text=text)
    pdf.output(str(tmp_path / "side.pdf"))
    texts = [line.text for line in extract(tmp_path / "side.pdf").lines]
    assert texts == main + side


def test_date_column_stacked_at_its_own_leading_stays_beside_its_entries(tmp_path):
    """pagedown's timeline: "2021" / "|" / "2023" stacked at a tighter leading than the
    entries beside it, so half its rows sit between the entries' lines; still one flow."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    entries = [("2016", "2020", "Invented University of Nowhere"), ("2020", "2022", "Imaginary Institute of Things"),
               ("2022", "2024", "Fictional College of Made-up Arts"), ("2024", "2026", "Nonexistent School of Maps")]
    for k, (start, end, school) in enumerate(entries):
        top = 20 + 26 * k
        pdf.set_font("Helvetica", size=10)
        for j, text in enumerate([school, "Degree in invented studies with distinction", "Thesis on nothing at all",
                                  "Advisor: Prof. Imaginary Person"]):
            pdf.text(x=40, y=top + 5 * j, text=text)
        pdf.set_font("Helvetica", size=8)
        for j, text in enumerate([start, "|", end]):
            pdf.text(x=15, y=top + 4.6 * j, text=text)
    pdf.output(str(tmp_path / "timeline.pdf"))
    texts = [line.text for line in extract(tmp_path / "timeline.pdf").lines]
    assert texts[0] == f"2016{CELL_SEP}Invented University of Nowhere"
    assert f"2022{CELL_SEP}Fictional College of Made-up Arts" in texts


def test_running_header_without_contact_keeps_its_first_copy(tmp_path):
    pages = [[f"{word} entry of the invented body" for word in ("First", "Second", "Third", "Fourth")],
             [f"{word} entry of the invented body" for word in ("Fifth", "Sixth", "Seventh", "Eighth")]]
    path = write_lines_pdf(tmp_path / "cv.pdf", pages, header="Curriculum Vitae - Noor Header",
                           footer="Printed from an invented system")
    texts = [line.text for line in extract(path).lines]
    assert texts.count("Curriculum Vitae - Noor Header") == 1 and texts[0] == "Curriculum Vitae - Noor Header"
    assert "Printed from an invented system" not in texts


def test_a_browsers_print_header_goes_even_on_the_first_page(tmp_path):
    # Chromium stamps the date and time of printing and the page title at the top of every
    # page; on page 1 it is no title of the candidate's, so not even its first copy stays.
    pages = [[f"{word} entry of the invented body" for word in ("First", "Second", "Third", "Fourth")],
             [f"{word} entry of the invented body" for word in ("Fifth", "Sixth", "Seventh", "Eighth")]]
    path = write_lines_pdf(tmp_path / "cv.pdf", pages, header="7/1/24, 10:02 AM Invented Portal Record")
    texts = [line.text for line in extract(path).lines]
    assert texts == [line for page in pages for line in page]


def test_a_later_pages_header_naming_the_section_it_opens_goes(tmp_path):
    # rinohtype (and fancyhdr's \\rightmark) print the title of the section that starts on a
    # page in its header: that copy goes, the heading itself stays; a reference's wrapped
    # last words at the top of a page are text even when they recur below.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for k, text in enumerate(["Ada Quill", "Publications", "[3] A. Quill, Invented results, Journal of",
                              "Invented Engineering.", "[2] A. Quill, More results."]):
        pdf.text(x=20, y=40 + 8 * k, text=text)
    pdf.add_page()
    pdf.text(x=20, y=12, text="Invited talks")  # the header, in the top margin
    for k, text in enumerate(["Invented Engineering.", "[1] A. Quill, First results, Invented Engineering.",
                              "Invited talks", "Invented talk, Westvale (2024)."]):
        pdf.text(x=20, y=40 + 8 * k, text=text)
    pdf.add_page()
    for k, text in enumerate(["Invented Engineering.", "[0] A. Quill, Early results, Invented Engineering.",
                              "Invented Engineering.", "Teaching"]):
        pdf.text(x=20, y=12 + 8 * k, text=text)  # the first line in the top margin
    pdf.output(str(tmp_path / "header.pdf"))
    texts = [line.text for line in extract(tmp_path / "header.pdf").lines]
    assert texts[5:] == ["Invented Engineering.", "[1] A. Quill, First results, Invented Engineering.",
                         "Invited talks", "Invented talk, Westvale (2024).", "Invented Engineering.",
                         "[0] A. Quill, Early results, Invented Engineering.", "Invented Engineering.", "Teaching"]


def test_text_drawn_twice_for_a_bold_effect_is_read_once(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    for dx in (0.0, 0.1):  # the whole line again, a tenth of a millimetre to the right
        pdf.text(x=20 + dx, y=20, text="Dora Double")
    pdf.set_font("Helvetica", size=10)
    pdf.text(x=20, y=30, text="Invented body text.")
    pdf.output(str(tmp_path / "double.pdf"))
    assert [line.text for line in extract(tmp_path / "double.pdf").lines] == ["Dora Double", "Invented body text."]


def test_heading_column_set_in_the_gaps_of_the_entries_is_read_across(tmp_path):
    """Section titles and labels in a narrow left column, each on a row of its own where
    the right column has a gap: one flow, so a title comes before its entries, not all
    titles first."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    y = 20.0
    blocks = [("SKILLS", ["Invented skill line one for the skills block", "Invented skill line two here"]),
              ("TOOLS", ["Invented tools line one for the tools block", "Invented tools line two here"]),
              ("PRACTICE", ["Invented practice line one of the practice block", "Invented practice line two"]),
              ("HOBBIES", ["Invented hobby line one of the hobby block", "Invented hobby line two here"])]
    for title, body in blocks:
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_xy(15, y)
        pdf.cell(30, 6, title)  # alone on its row
        y += 9
        pdf.set_font("Helvetica", size=10)
        for line in body:
            pdf.set_xy(55, y)
            pdf.cell(0, 5, line)
            y += 6
        y += 4
    pdf.output(str(tmp_path / "labels.pdf"))
    texts = [line.text for line in extract(tmp_path / "labels.pdf").lines]
    expected = [t for title, body in blocks for t in (title, *body)]
    assert texts == expected


def test_outline_is_the_top_level_bookmarks_and_nested_ones_log_nothing(tmp_path, caplog):
    """A LaTeX CV's bookmarks nest (sections, subsections); only the top level is the
    outline, and reading it writes no warning to the log (pypdfium2's get_toc did)."""
    from fpdf import FPDF

    pdf = FPDF()
    for page, title in enumerate(("Education", "Publications")):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.start_section(title)
        pdf.cell(text=f"{title} of Ines Varga-Holm")
        pdf.start_section(f"{title}, part {page + 1}", level=1)
    pdf.output(str(tmp_path / "nested.pdf"))
    with caplog.at_level("DEBUG"):
        outline = extract(tmp_path / "nested.pdf").outline
    assert outline == [("Education", 0), ("Publications", 1)]
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_main_column_with_hanging_indents_running_past_the_side_bar_stays_one_flow(tmp_path):
    """AltaCV-like page: references with a hanging indent in a wide left column run further
    down than a side bar on the right. The indented lines below the side bar's end are the
    left column's (they continue a reference), read before the side bar, not after it."""
    from fpdf import FPDF

    refs = []
    for n in range(1, 8):
        refs += [(10, f"Ambel, R. ({2010 + n}). Study {n} of bogs."), (16, "Journal of Mires.")]
    # the last reference's lines are the column's longest: they reach into its gutter
    refs += [(10, "Tosk, V. & Ambel, R. (2019). An invented study of the peat bogs,"),
             (16, "the fens and the mires beside them. Journal of Made-up Mires.")]
    side = ["Skills", "Mapping", "Sampling", "Languages", "Estonian", "Welsh"]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for k, (x, text) in enumerate(refs):
        pdf.set_xy(x, 20 + 6.5 * k)
        pdf.cell(110, 6, text)
    for k, text in enumerate(side):  # its own leading: an independent flow, ending half-way down
        pdf.set_xy(140, 22 + 9 * k)
        pdf.cell(50, 6, text)
    pdf.output(str(tmp_path / "altacv.pdf"))
    texts = [line.text for line in extract(tmp_path / "altacv.pdf").lines]
    assert texts == [t for _, t in refs] + side


@pytest.mark.skipif(not CJK_FONT.exists(), reason="needs the wqy-microhei font")
def test_overlapping_chinese_word_boxes_on_one_baseline_are_one_row(tmp_path):
    """An OCR text layer's word boxes are loose: two words of one heading overlap by a few
    points. They are one row, not two (Latin text that overlaps stays apart: it is overprinted)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("wqy", "", str(CJK_FONT))
    pdf.set_font("wqy", "", 12)
    pdf.text(20, 30, "成果")
    pdf.text(20 + pdf.get_string_width("成果") - 3, 30, "清单列表")
    pdf.text(20, 50, "论文一")
    pdf.output(str(tmp_path / "ocr.pdf"))
    assert [line.text for line in extract(tmp_path / "ocr.pdf").lines] == ["成果清单列表", "论文一"]


@pytest.mark.parametrize("top", [
    "Curriculum Vitae\nAda Quill", "Ada Quill\n  Research Statement of mine", "Dear members of the committee,",
    "To whom it may concern", "A Paper Title\nABSTRACT\nWe study", "Ada Quill\nada@example.org\nEducation",
    "Letter of Recommendation for Ada", "Ada Quill\nDiversity, equity and inclusion statement", "",
])
def test_one_pattern_for_a_document_opening_says_what_its_parts_say(top):
    """pdf_parts.OPENING joins dockind's title, salutation and abstract patterns for speed:
    same flags as each part, and it matches exactly where one of them does."""
    from reviewer.extract import pdf_parts

    assert {p.flags for p in pdf_parts._OPENING_PATTERNS} == {pdf_parts.OPENING.flags}
    assert bool(pdf_parts.OPENING.search(top)) == any(p.search(top) for p in pdf_parts._OPENING_PATTERNS)


def test_a_line_beside_a_tall_name_joins_its_row_below_a_stacked_line(tmp_path):
    """Small contact lines stacked beside a big name: the second starts a row of its own
    (it sits under the first), and a third, in another column under that row and still
    beside the name's lower half, joins the name's row, not a new one (pdf_rows' quick
    test for a fragment below its last rows must look at all of them, not the last)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.text(20, 100, "Ilka Runwell")
    pdf.set_font("Helvetica", size=8)
    pdf.text(240, 82, "Berlin, Germany")
    pdf.text(240, 92, "+49 30 1234")
    pdf.text(340, 104, "ilka@example.org")
    pdf.set_font("Helvetica", size=10)
    for k in range(5):
        pdf.text(20, 140 + 14 * k, f"Line {k} of the body text")
    path = tmp_path / "beside.pdf"
    pdf.output(str(path))
    texts = [line.text for line in extract(path).lines]
    assert texts[:3] == [f"Ilka Runwell{CELL_SEP}Berlin, Germany{CELL_SEP}ilka@example.org", "+49 30 1234",
                         "Line 0 of the body text"]


def _letter_spaced_name(path, tracking: float, word_gap: float):
    """A designer's name set letter by letter, each glyph drawn on its own (as a browser
    prints CSS letter-spacing): `tracking` between letters, `word_gap` more between words,
    in ems of a 17 pt font; an e-mail address that does not spell the name."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=17)
    x = 60.0
    for word in ("IMANI", "OKONKWO-BELL"):
        for ch in word:
            pdf.text(x, 80, ch)
            x += pdf.get_string_width(ch) + tracking * 17
        x += word_gap * 17
    pdf.set_font("Helvetica", size=10)
    pdf.text(60, 110, "contact@example.org")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("word_gap", [0.35, 1.2])  # the word gap inside one fragment, or between two
def test_a_name_set_letter_by_letter_keeps_its_word_gap(tmp_path, word_gap):
    from reviewer.parsing import parse_document

    path = _letter_spaced_name(tmp_path / "name.pdf", 0.3, word_gap)
    doc = extract(path)
    assert doc.lines[0].text == f"I M A N I{CELL_SEP}O K O N K W O - B E L L"
    assert parse_document(doc, str(path)).name == "Imani Okonkwo-Bell"
