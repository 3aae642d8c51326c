"""Application packets of invented applicants, written at test time: a CV, a cover
letter, research, teaching and diversity statements, a paper and reference
letters, as PDF and DOCX, in the shapes committees receive them (a folder per
applicant, or one flat folder with the names in the file names).

Everything here is made up; the names are combined from short invented lists.
Shared by tests/test_packets_*.py and benchmarks/bench_packets.py.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from tests.factories import Person, draw_cv, write_docx, write_pdf

FIRST = ["Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines", "Jonas", "Kofi", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Soren", "Tamsin", "Ulla", "Viktor", "Wren",
         "Xenia", "Yusuf", "Zoë", "José", "Anneke"]
LAST = ["Quill", "Brask", "Castellane", "Dorvin", "Ekwueme", "Fairweather", "Gallo", "Hollis", "Ibarra",
        "Jelinek", "Kovalenko", "Lindqvist", "Marchetti", "Nakashima", "Oyelaran", "Pellegrin", "Quast",
        "Rautio", "Sandoval", "Thorsby", "Underhill", "Varga", "Whitcombe", "Yilmaz", "Zeller", "Müller"]
WRITERS = ["Harriet Vance", "Ottavio Brenn", "Maren Skov", "Lucius Fenn", "Ingrid Palo", "Tobias Rook",
           "Celeste Amar", "Rupert Nilsen", "Agathe Morel"]
FIELDS = ["machine learning", "computational biology", "robotics", "databases", "human-computer interaction"]
STATEMENTS = ("research_statement", "teaching_statement", "diversity_statement")
REQUIRED = "cv, cover letter, research statement, teaching statement, diversity statement, reference letter x3"


@dataclass
class Applicant:
    first: str
    last: str
    index: int
    field_of_work: str
    writers: list[str]
    missing: set[str] = field(default_factory=set)  # kinds left out of the packet
    letters: int = 3

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{self.first.lower()[:3]}.{self.last.lower()[:4]}{self.index}@example.org".encode(
            "ascii", "ignore").decode()

    def person(self) -> Person:
        return Person(name=self.name, email=self.email, phone=f"+44 20 7946 {1000 + self.index:04d}",
                      homepage=f"https://example.org/~a{self.index}",
                      publications=[f"{self.name}, Bob Stone. Learning Widgets {self.index}. In NeurIPS, 2023.",
                                    f"Carl Moss, {self.name}. Sparse Gadgets {self.index}. In ICML, 2022."])


def applicants(n: int, *, seed: int = 0) -> list[Applicant]:
    """n applicants with distinct names; some share a surname or a first name, some
    packets lack a statement or a letter."""
    rng = random.Random(seed)
    pairs = [(f, s) for s in LAST for f in FIRST]
    rng.shuffle(pairs)
    out = []
    for k, (first, last) in enumerate(pairs[:n]):
        missing: set[str] = set()
        if k % 5 == 3:
            missing.add("teaching_statement")
        if k % 9 == 4:
            missing.add("diversity_statement")
        out.append(Applicant(first, last, k, FIELDS[k % len(FIELDS)], rng.sample(WRITERS, 3), missing,
                             letters=2 if k % 7 == 5 else 3))
    return out


def paragraphs(kind: str, a: Applicant, *, writer: str = "", variant: int = 0) -> list[str]:
    """The text of one document, as paragraphs (the first lines are headings)."""
    if kind == "cover_letter":
        return [a.name, a.email, "3 December 2026", "Dear Members of the Search Committee,",
                f"I am writing to apply for the position of Assistant Professor in {a.field_of_work}. "
                "Enclosed please find my CV, research statement and teaching statement.",
                f"My work on {a.field_of_work} has led to methods used by several groups, and I would bring "
                "this line of research to your department.", "Sincerely,", a.name]
    if kind == "reference_letter":
        opening = (f"It is my great pleasure to recommend Dr. {a.name} for a faculty position in your department."
                   if variant % 2 == 0 else
                   f"I am writing in support of the application of {a.name}, whose doctoral thesis I supervised.")
        return [f"Prof. {writer}", "Department of Informatics, Northfield University", "10 November 2026",
                "Dear Search Committee,", opening,
                f"I have known {a.first} for five years. {a.first} is among the strongest students I have "
                "advised, and her work is careful, original and clearly written.",
                "I recommend her without reservation.", "Sincerely,", f"Prof. {writer}"]
    if kind == "research_statement":
        title = ["Research Statement", "Statement of Research Interests", "Research Plan"][variant % 3]
        return [title, a.name, f"My research develops methods for {a.field_of_work}. In the past five years "
                "my research program has addressed three questions.",
                "Future directions. In the next five years I will extend this research agenda with students "
                "and collaborators, and apply for external funding."]
    if kind == "teaching_statement":
        title = ["Teaching Statement", "Statement of Teaching Philosophy"][variant % 2]
        return [title, a.name, "My teaching starts from what students already know. In the classroom I ask "
                "students to explain ideas to each other.",
                "I have taught courses in programming and statistics, and I hold office hours that students "
                "use to plan projects."]
    if kind == "diversity_statement":
        title = ["Diversity Statement", "Statement on Contributions to Diversity, Equity and Inclusion"][variant % 2]
        return [title, a.name, "Diversity, equity and inclusion shape how I teach and mentor. I have "
                "mentored first-generation students and students from underrepresented groups.",
                "I will keep building an inclusive lab where everyone belongs."]
    if kind == "publication":
        return [f"Learning Widgets {a.index}: A Study", f"{a.name}, Carl Moss", "Abstract",
                "We study widgets and show that they can be learned from few examples.",
                "1 Introduction", "Widgets are everywhere. We make three contributions.", "2 Method",
                "We learn widgets.", "References", "[1] C. Moss. Gadgets. In ICML, 2021."]
    raise ValueError(kind)


def write_text_pdf(path: Path, lines: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    draw_text(pdf, lines)
    pdf.output(str(path))
    return path


def draw_text(pdf, lines: list[str]) -> None:  # noqa: ANN001 (an fpdf.FPDF)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def write_text_docx(path: Path, lines: list[str]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _file_name(kind: str, a: Applicant, *, flat: bool, n: int, writer: str, fmt: str) -> str:
    if not flat:  # a folder per applicant: names without the applicant's name, some saying nothing
        plain = {"cv": "CV", "cover_letter": "cover_letter", "research_statement": "research_statement",
                 "teaching_statement": "TeachingStatement", "diversity_statement": "diversity",
                 "publication": "writing_sample", "reference_letter": f"letter_{n}"}[kind]
        return f"{plain if a.index % 4 else f'document_{n}_{kind[:3]}'}.{fmt}"
    squashed = "".join(w.capitalize() for w in kind.split("_"))
    patterns = [f"{a.last}_{a.first}_{squashed}", f"{a.first} {a.last} - {kind.replace('_', ' ').title()}"]
    if kind == "reference_letter":
        patterns = [f"{a.last}_{a.first}_Letter_{writer.split()[-1]}",
                    f"Letter of Recommendation for {a.first} {a.last} from Prof {writer}"]
    if kind == "cv":
        patterns = [f"{a.last}_{a.first}_CV", f"{a.first} {a.last} - CV"]
    return f"{patterns[(a.index + n) % 2]}.{fmt}"


def write_packet(folder: Path, a: Applicant, *, flat: bool, formats: tuple[str, ...] = ("pdf", "docx"),
                 paper: bool = True) -> list[tuple[Path, str]]:
    """Write one applicant's packet into `folder`; (path, kind) for each file."""
    folder.mkdir(parents=True, exist_ok=True)
    kinds = ["cv", "cover_letter", *(k for k in STATEMENTS if k not in a.missing)]
    if paper and a.index % 3 == 0:
        kinds.append("publication")
    made: list[tuple[Path, str]] = []
    for n, kind in enumerate([*kinds, *["reference_letter"] * a.letters]):
        fmt = formats[(a.index + n) % len(formats)]
        writer = a.writers[n % len(a.writers)]
        path = folder / _file_name(kind, a, flat=flat, n=n, writer=writer, fmt=fmt)
        if kind == "cv":
            (write_pdf if fmt == "pdf" else write_docx)(path, a.person())
        else:
            lines = paragraphs(kind, a, writer=writer, variant=a.index + n)
            (write_text_pdf if fmt == "pdf" else write_text_docx)(path, lines)
        made.append((path, kind))
    return made


def write_packets(root: Path, people: list[Applicant], *, shape: str = "folders",
                  formats: tuple[str, ...] = ("pdf", "docx")) -> dict[Path, tuple[Applicant, str]]:
    """Every applicant's packet under `root`: "folders" (one sub-folder each),
    "flat" (all in `root`) or "mixed" (every other applicant in a folder).
    Returns path -> (applicant, kind)."""
    made: dict[Path, tuple[Applicant, str]] = {}
    for a in people:
        flat = shape == "flat" or (shape == "mixed" and a.index % 2 == 1)
        folder = root if flat else root / f"applicant_{a.index:03d}"
        for path, kind in write_packet(folder, a, flat=flat, formats=formats):
            made[path] = (a, kind)
    return made


BOOKMARKS = {"cv": "Curriculum Vitae", "cover_letter": "Cover Letter", "research_statement": "Research Statement",
             "teaching_statement": "Teaching Statement", "diversity_statement": "Diversity Statement",
             "publication": "Writing Sample", "reference_letter": "Letter of Recommendation"}

Part = tuple[int, int, str]  # first page, last page (1-based, inclusive), kind


def packet_kinds(a: Applicant, *, paper: bool = True) -> list[str]:
    kinds = ["cover_letter", "cv", *(k for k in STATEMENTS if k not in a.missing)]
    if paper and a.index % 3 == 0:
        kinds.append("publication")
    return [*kinds, *["reference_letter"] * a.letters]


def write_merged_pdf(path: Path, a: Applicant, *, bookmarks: bool, cover: bool) -> list[Part]:
    """One applicant's packet as a portal exports it: one PDF, each document from a
    new page, with a bookmark per document or none, after a cover page listing them
    or not. Returns the parts as written."""
    from fpdf import FPDF

    pdf = FPDF()
    kinds = packet_kinds(a)
    parts: list[Part] = []
    if cover:
        draw_text(pdf, [f"Application materials: {a.name}", "Position: Assistant Professor (job #4711)",
                        *(f"{n + 1}. {BOOKMARKS[k]}" for n, k in enumerate(kinds))])
        parts.append((1, 1, "other"))
        if bookmarks:
            pdf.start_section("Cover Page")
    for n, kind in enumerate(kinds):
        first = pdf.page_no() + 1
        writer = a.writers[n % len(a.writers)]
        if kind == "cv":
            draw_cv(pdf, a.person())
        else:
            draw_text(pdf, paragraphs(kind, a, writer=writer, variant=a.index + n))
        if bookmarks:
            pdf.page = first  # the bookmark points at the document's first page
            pdf.start_section(BOOKMARKS[kind] + (f" ({writer})" if kind == "reference_letter" else ""))
            pdf.page = pdf.pages_count
        parts.append((first, pdf.page_no(), kind))
    pdf.output(str(path))
    return parts


def write_merged_packets(root: Path, people: list[Applicant]) -> dict[Path, tuple[Applicant, list[Part]]]:
    """One merged PDF per applicant in `root`: every other one with bookmarks, every
    third after a cover page; the file name is the portal's ("Doe_Jane_application.pdf")."""
    root.mkdir(parents=True, exist_ok=True)
    made = {}
    for a in people:
        path = root / f"{a.last}_{a.first}_application_{a.index}.pdf"
        made[path] = (a, write_merged_pdf(path, a, bookmarks=a.index % 2 == 0, cover=a.index % 3 == 1))
    return made
