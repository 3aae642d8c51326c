"""A file far longer than any CV is parsed only as far as a CV could go, and says so."""
from reviewer.extract import ExtractedDocument
from reviewer.parsing import parse_document
from reviewer.parsing.pipeline import MAX_LINES


def test_a_log_file_is_cut_at_max_lines_with_a_warning():
    head = "Nadia Okoye\nnadia.okoye@example.org\n\nEDUCATION\nPh.D. in Physics, University of Examplestan, 2018 - 2023\n"
    log = "2019-03-01 12:00:01 INFO worker started job 1234 on host alpha\n" * (MAX_LINES * 2)
    profile = parse_document(ExtractedDocument.from_text(head + log), "huge.txt")
    assert f"parsed the first {MAX_LINES:,} of {MAX_LINES * 2 + 5:,} lines (too long for a CV)" in profile.warnings
    assert profile.name == "Nadia Okoye"
    assert profile.emails == ["nadia.okoye@example.org"]


def test_a_cv_of_ordinary_length_has_no_length_warning():
    profile = parse_document(ExtractedDocument.from_text("Nadia Okoye\nnadia.okoye@example.org\n"), "cv.txt")
    assert not any("too long" in w for w in profile.warnings)
