"""Real PDF, DOCX and TXT files of invented people, built at test time.

`Person` holds the facts; `write_pdf`, `write_docx` and `write_txt` lay them out
as a CV would be. Everything here is made up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Person:
    name: str = "Ada Quill"
    email: str = "ada.quill@example.org"
    phone: str = "+44 20 7946 0958"
    homepage: str = "https://adaquill.example.org"
    education: list[tuple[str, str, str]] = field(default_factory=lambda: [
        ("Ph.D. in Computer Science", "University of Examplestan", "2019 - 2024"),
        ("B.Sc. in Mathematics", "Northfield College", "2015 - 2019"),
    ])
    experience: list[tuple[str, str, str]] = field(default_factory=lambda: [
        ("Research Scientist", "Imaginary Labs", "2024 - Present"),
        ("Research Intern", "Fictional AI", "Jun. 2022 - Sep. 2022"),
    ])
    publications: list[str] = field(default_factory=lambda: [
        "Ada Quill, Bob Stone. Learning to Review Faster. In NeurIPS, 2023.",
        "Carl Moss, Ada Quill. Sparse Widgets for Dense Tasks. In ICML, 2022.",
    ])
    interests: str = "Machine learning, optimisation"
    skills: str = "Python, PyTorch, SQL"
    awards: list[str] = field(default_factory=lambda: ["Best Paper Award, 2023"])

    def sections(self) -> list[tuple[str, list[str]]]:
        return [
            ("Research Interests", [self.interests]),
            ("Education", [f"{d}, {i}, {t}" for d, i, t in self.education]),
            ("Experience", [f"{t}, {o}, {p}" for t, o, p in self.experience]),
            ("Publications", [f"[{n}] {p}" for n, p in enumerate(self.publications, 1)]),
            ("Awards", self.awards),
            ("Skills", [self.skills]),
        ]

    def lines(self) -> list[str]:
        out = [self.name, f"{self.email} | {self.phone} | {self.homepage}", ""]
        for heading, body in self.sections():
            out += [heading.upper(), *body, ""]
        return out


def write_txt(path: Path, person: Person | None = None, encoding: str = "utf-8") -> Path:
    person = person or Person()
    path.write_bytes("\n".join(person.lines()).encode(encoding))
    return path


def write_pdf(path: Path, person: Person | None = None, *, link: str | None = None) -> Path:
    """A one-column PDF with a real text layer; `link` adds a URL annotation on a word."""
    from fpdf import FPDF

    pdf = FPDF()
    draw_cv(pdf, person or Person(), link=link)
    pdf.output(str(path))
    return path


def draw_cv(pdf, person: Person, *, link: str | None = None) -> None:  # noqa: ANN001 (an fpdf.FPDF)
    """The CV of `person` from a new page on (also a part of a merged portal PDF)."""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, person.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, f"{person.email} | {person.phone}", new_x="LMARGIN", new_y="NEXT")
    if link:
        pdf.cell(0, 6, "Homepage", link=link, new_x="LMARGIN", new_y="NEXT")
    for heading, body in person.sections():
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, heading.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for line in body:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")


def write_docx(path: Path, person: Person | None = None) -> Path:
    """A DOCX with the contact line in a table and the homepage in the header."""
    import docx

    person = person or Person()
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = person.homepage
    document.add_heading(person.name, level=0)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = person.email
    table.cell(0, 1).text = person.phone
    for heading, body in person.sections():
        document.add_heading(heading, level=1)
        for line in body:
            document.add_paragraph(line)
    document.save(str(path))
    return path


CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def write_two_column_pdf(path: Path, person: Person | None = None, *, sidebar: list[str] | None = None) -> Path:
    """A side bar (contact, skills) beside a main column, drawn row by row in the
    content stream (left line, right line, left line, ...) with different line
    spacing, as some CV templates do: a plain text dump interleaves the two."""
    from fpdf import FPDF

    person = person or Person()
    sidebar = sidebar or [person.name, person.email, person.phone, "SKILLS", *person.skills.split(", "),
                          "LANGUAGES", "English", "French"]
    main: list[tuple[str, bool]] = []
    for heading, body in person.sections():
        main.append((heading.upper(), True))
        main.extend((line, False) for line in body)
    pdf = FPDF()
    pdf.add_page()
    left_y, right_y = 20.0, 22.0
    for k in range(max(len(sidebar), len(main))):
        if k < len(sidebar):
            pdf.set_font("Helvetica", "B" if k == 0 else "", 12 if k == 0 else 9)
            pdf.set_xy(10, left_y)
            pdf.cell(50, 5, sidebar[k])
            left_y += 7.5
        if k < len(main):
            text, is_heading = main[k]
            pdf.set_font("Helvetica", "B" if is_heading else "", 12 if is_heading else 10)
            pdf.set_xy(75, right_y)
            pdf.cell(125, 5, text[:95])
            right_y += 5.6
    pdf.output(str(path))
    return path


def write_lines_pdf(path: Path, pages: list[list[str]], *, header: str | None = None, footer: str | None = None,
                    font: Path | None = None, number_pages: bool = False) -> Path:
    """Pages of plain lines; optional running header/footer and page numbers ("Page n of N")."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)  # the footer sits inside the bottom margin on purpose
    family = "Helvetica"
    if font is not None:
        pdf.add_font("custom", fname=str(font))
        family = "custom"
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font(family, size=9)
        if header:
            pdf.set_xy(10, 8)
            pdf.cell(0, 5, header)
        pdf.set_xy(10, 25)
        pdf.set_font(family, size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, size=9)
        if footer:
            pdf.set_xy(10, 280)
            pdf.cell(0, 5, footer)
        if number_pages:
            pdf.set_xy(95, 287)
            pdf.cell(20, 5, f"Page {number} of {len(pages)}")
    pdf.output(str(path))
    return path
