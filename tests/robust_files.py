"""Hostile and broken files for the import-level robustness tests, generated at
test time (invented people only). Each maker writes into a folder and returns
the names it made; `HOSTILE` lists them with what the import must say."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from tests.factories import Person, write_docx, write_pdf, write_txt


def truncated_pdf(folder: Path) -> str:
    data = write_pdf(folder / "tmp-full.pdf", Person(name="Tara Truncated")).read_bytes()
    (folder / "tmp-full.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(data[:400])
    return "truncated.pdf"


def broken_xref_pdf(folder: Path) -> str:
    data = write_pdf(folder / "tmp-xref.pdf", Person(name="Xavi Xref", email="xavi@example.org",
                                                     phone="+1 212 555 0101")).read_bytes()
    (folder / "tmp-xref.pdf").unlink()
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n999999\n%%EOF\n"
    (folder / "broken-xref.pdf").write_bytes(broken.replace(b"xref\n0 ", b"xref\n7 ", 1))
    return "broken-xref.pdf"


def encrypted_pdf(folder: Path) -> str:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Pia Locked")
    pdf.output(str(folder / "locked.pdf"))
    return "locked.pdf"


def thousand_page_pdf(folder: Path) -> str:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    pdf.cell(0, 10, "Lena Longfile", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "lena.long@example.org | +1 617 555 0177")
    for n in range(2, 1001):
        pdf.add_page()
        pdf.cell(0, 10, f"Body text of invented page {n}")
    pdf.output(str(folder / "thousand-pages.pdf"))
    return "thousand-pages.pdf"


def zip_bomb_docx(folder: Path) -> str:
    real = write_docx(folder / "tmp-real.docx", Person(name="Zed Bomb")).read_bytes()
    (folder / "tmp-real.docx").unlink()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(real)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        with out.open("word/media/bomb.bin", "w") as bomb:  # 64 MB of zeros in ~64 KB
            for _ in range(64):
                bomb.write(b"\0" * (1 << 20))
    (folder / "bomb.docx").write_bytes(buffer.getvalue())
    return "bomb.docx"


def hundred_megabyte_text(folder: Path) -> str:
    path = folder / "huge.txt"
    person = Person(name="Hugo Huge", email="hugo.huge@example.org", phone="+1 415 555 0188")
    head = "\n".join(person.lines()).encode() + b"\n"
    with path.open("wb") as handle:
        handle.write(head + b"filler line of an enormous text file\n" * 80_000)
        handle.truncate(100 * 1024 * 1024)  # the rest is a hole: cheap to make
    return "huge.txt"


def encodings(folder: Path) -> list[str]:
    write_txt(folder / "gbk.txt", Person(name="王小明", email="wang.xm@example.cn", phone="+86 139 0000 1111",
                                         interests="机器学习与优化"), encoding="gbk")
    write_txt(folder / "utf16.txt", Person(name="Uma Sixteen", email="uma16@example.org",
                                           phone="+1 512 555 0116"), encoding="utf-16")
    write_txt(folder / "cp1252.txt", Person(name="Renée Façade", email="renee.facade@example.fr",
                                            phone="+33 1 42 68 53 00", interests="Théorie des graphes"),
              encoding="cp1252")
    return ["gbk.txt", "utf16.txt", "cp1252.txt"]


def awkward_names(folder: Path) -> list[str]:
    names = ["name with  spaces.pdf", "Zoë Ñandú 张伟 CV.txt", "new\nline.txt"]
    write_pdf(folder / names[0], Person(name="Spencer Space", email="spencer@example.org", phone="+1 303 555 0120"))
    write_txt(folder / names[1], Person(name="Zoë Ñandú", email="zoe.nandu@example.es", phone="+34 91 123 45 67"))
    write_txt(folder / names[2], Person(name="Nell Newline", email="nell@example.org", phone="+1 303 555 0121"))
    # Bytes that are not UTF-8 in a file name (a Latin-1 name out of an old zip).
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write("\n".join(Person(name="Cafe Latin").lines()).encode())
    return [*names, os.fsdecode(raw).rsplit("/", 1)[1]]


def unreadable(folder: Path) -> list[str]:
    """Entries no one can read as a file: a FIFO (opening it would block), a link to
    /dev/zero (endless), a broken link, a link to itself, and a link loop of
    folders. Under a non-root user also a file with mode 000 (root reads anything)."""
    os.mkfifo(folder / "pipe.pdf")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "dangling.docx").symlink_to(folder / "nowhere.docx")
    (folder / "self-loop.pdf").symlink_to(folder / "self-loop.pdf")
    (folder / "sub").mkdir()
    (folder / "sub" / "back-to-top").symlink_to(folder, target_is_directory=True)
    names = ["pipe.pdf", "zero.txt", "dangling.docx", "self-loop.pdf"]
    if os.geteuid() != 0:
        locked = write_pdf(folder / "mode000.pdf")
        locked.chmod(0)
        names.append("mode000.pdf")
    return names


def simple_failures(folder: Path) -> list[str]:
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "random.pdf").write_bytes(os.urandom(50_000))
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    return ["empty.pdf", "random.pdf", "legacy.doc"]


def make_hostile_folder(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    return [*simple_failures(folder), truncated_pdf(folder), broken_xref_pdf(folder), encrypted_pdf(folder),
            thousand_page_pdf(folder), zip_bomb_docx(folder), hundred_megabyte_text(folder),
            *encodings(folder), *awkward_names(folder), *unreadable(folder)]
