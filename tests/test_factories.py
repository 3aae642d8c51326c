from reviewer.extract import extract
from tests.factories import Person, write_docx, write_pdf, write_txt


def test_every_factory_file_reads_back(tmp_path):
    person = Person(name="Zed Example")
    for path in (write_pdf(tmp_path / "a.pdf", person), write_docx(tmp_path / "a.docx", person),
                 write_txt(tmp_path / "a.txt", person)):
        text = extract(path).text
        assert "Zed Example" in text, path
        assert "Learning to Review Faster" in text, path
