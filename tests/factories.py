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

    person = person or Person()
    pdf = FPDF()
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
    pdf.output(str(path))
    return path


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
