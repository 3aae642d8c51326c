"""Invented people for the blind-first-round tests, one with a photo in their PDF,
and the check that none of who they are shows in a piece of text."""
from __future__ import annotations

import re
from pathlib import Path

from tests.factories import Person, write_txt

ADA = Person()  # Ada Quill, ada.quill@example.org, +44 20 7946 0958
BRUNO = Person(name="Bruno Vale", email="bruno.vale@example.net", phone="+1 202 555 0143",
               homepage="https://brunovale.example.net",
               publications=["Bruno Vale, Ada Quill. Graphs at Scale. In KDD, 2021."])
PHOTO_RGB = (200, 30, 30)  # a red square stands for the candidate's photo


def write_pdf_with_photo(path: Path, person: Person) -> Path:
    """A one-column CV with a photo at the top right, as many European CVs have."""
    from fpdf import FPDF
    from PIL import Image

    photo = path.with_suffix(".png")
    Image.new("RGB", (60, 80), PHOTO_RGB).save(photo)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, person.name, new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(photo), x=160, y=10, w=30)
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 6, f"{person.email} | {person.phone}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, person.homepage, new_x="LMARGIN", new_y="NEXT")
    for heading, body in person.sections():
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, heading.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for line in body:
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    photo.unlink()
    return path


def write_people(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf_with_photo(folder / "ada.pdf", ADA)
    write_txt(folder / "bruno.txt", BRUNO)
    return folder


def identity_strings(person: Person) -> list[str]:
    """What must not show: each name word, the e-mail, the phone's last 7 digits, the homepage host."""
    host = re.sub(r"^https?://", "", person.homepage)
    digits = re.sub(r"\D", "", person.phone)[-7:]
    return [*person.name.split(), person.email, digits, host]


def leaks(text: str, *people: Person) -> list[str]:
    """The identity strings found in `text` (phone digits also with separators in between)."""
    flat = re.sub(r"[\s\-().]", "", text)
    found = []
    for person in people:
        for needle in identity_strings(person):
            haystack = flat if needle.isdigit() else text
            if needle.casefold() in haystack.casefold():
                found.append(needle)
    return found
