"""Required documents and what a packet lacks (reviewer/packets.py), and the
commands and export columns built on them."""
from __future__ import annotations

import csv

import pytest

from reviewer.cli import main
from reviewer.packets import Requirement, format_required, missing, parse_required
from tests.packet_factory import REQUIRED, Applicant, write_packets


def test_required_documents_as_a_committee_writes_them():
    assert parse_required("cv, cover letter, reference letter x3") == (
        Requirement("cv"), Requirement("cover_letter"), Requirement("reference_letter", 3))
    assert parse_required("3 reference letters; teaching statements") == (
        Requirement("reference_letter", 3), Requirement("teaching_statement"))
    assert parse_required("reference_letter:2") == (Requirement("reference_letter", 2),)
    assert format_required(parse_required(REQUIRED)) == (
        "CV, cover letter, research statement, teaching statement, diversity statement, reference letter x3")
    with pytest.raises(ValueError, match="unknown document kind"):
        parse_required("cv, horoscope")


def test_what_a_packet_lacks():
    required = parse_required(REQUIRED)
    assert missing(["cv", "cover_letter", "research_statement", "teaching_statement", "diversity_statement",
                    *["reference_letter"] * 3], required) == ()
    assert missing(["cv", "reference_letter", "reference_letter", "cover_letter", "publication"], required) == (
        "no research statement", "no teaching statement", "no diversity statement", "2 of 3 letters")
    assert missing([], parse_required("cv")) == ("no CV",)


def test_the_command_line_sets_required_documents_shows_the_packet_and_exports_missing(tmp_path, capsys):
    db = str(tmp_path / "db.sqlite3")
    short = Applicant("Bruno", "Brask", 2, "databases", ["Harriet Vance", "Lucius Fenn", "Maren Skov"],
                      missing={"teaching_statement"}, letters=2)
    write_packets(tmp_path / "in", [short], shape="flat")
    assert main(["--db", db, "setting", "required-documents", REQUIRED]) == 0
    assert "required-documents: CV, cover letter," in capsys.readouterr().out
    assert main(["--db", db, "import", str(tmp_path / "in")]) == 0
    assert main(["--db", db, "show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "packet: missing no teaching statement, 2 of 3 letters" in shown
    assert "[reference letter, " in shown and "[cover letter, " in shown
    assert main(["--db", db, "list", "--complete"]) == 0
    assert capsys.readouterr().out.strip().endswith("0 candidates")
    assert main(["--db", db, "export", str(tmp_path / "out.csv")]) == 0
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["missing"] == "no teaching statement; 2 of 3 letters"
    assert main(["--db", db, "setting", "required-documents", "cv, poem"]) == 1
    assert "unknown document kind" in capsys.readouterr().err


def test_loose_documents_are_listed_and_attached_from_the_command_line(tmp_path, capsys):
    from tests.packet_factory import paragraphs, write_text_pdf

    db = str(tmp_path / "db.sqlite3")
    ada = Applicant("Ada", "Quill", 1, "robotics", ["Harriet Vance", "Lucius Fenn", "Maren Skov"])
    (tmp_path / "in").mkdir()
    write_text_pdf(tmp_path / "in" / "Letter 1.pdf", paragraphs("reference_letter", ada, writer="Lucius Fenn"))
    assert main(["--db", db, "import", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "unattached " in out and "no CV of an applicant named 'Ada Quill'" in out
    assert main(["--db", db, "loose"]) == 0
    assert "1 documents without a candidate" in capsys.readouterr().out
    assert main(["--db", db, "kind", "1", "cover letter"]) == 0
    assert main(["--db", db, "attach", "1", "7"]) == 1
    assert "no candidate 7" in capsys.readouterr().err
