"""TXT/Markdown encodings and markup, DOCX, ODT, RTF and HTML readers."""
from __future__ import annotations

import io
import zipfile

import pytest

from reviewer.extract import CELL_SEP, SUPPORTED_SUFFIXES, extract, extract_bytes

CHINESE = "张小明\n教育经历\n2018年9月 - 2022年6月 北京大学 计算机科学与技术 本科\n获奖情况: 国家奖学金"
WESTERN = "José Müller-Schön\nRésumé — Curriculum Vitæ\nÉcole Polytechnique, 2019 – 2023\nSkills: C++, naïve Bayes"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (CHINESE.encode("gbk"), CHINESE),
        (CHINESE.encode("gb18030"), CHINESE),
        (CHINESE.encode("big5", errors="strict") if False else "陳小明\n學歷\n國立臺灣大學 資訊工程學系 學士".encode("big5"),
         "陳小明\n學歷\n國立臺灣大學 資訊工程學系 學士"),
        (WESTERN.encode("cp1252"), WESTERN),
        (WESTERN.encode("utf-8"), WESTERN),
        (b"\xef\xbb\xbf" + WESTERN.encode("utf-8"), WESTERN),
        (WESTERN.encode("utf-16"), WESTERN),  # with BOM
        (WESTERN.encode("utf-16-le"), WESTERN),  # without BOM
        (WESTERN.encode("utf-16-be"), WESTERN),
        (CHINESE.encode("utf-16"), CHINESE),
    ],
    ids=["gbk", "gb18030", "big5", "cp1252", "utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf16-zh"],
)
def test_text_encodings(data, expected):
    assert extract_bytes(data, ".txt").text == expected


def test_short_gbk_snippet():
    assert extract_bytes("张三 简历".encode("gbk"), ".txt").text == "张三 简历"


def test_truncated_utf8_does_not_break_the_last_character(tmp_path):
    from reviewer.extract import MAX_TEXT_BYTES

    path = tmp_path / "long.txt"
    path.write_bytes(("中" * (MAX_TEXT_BYTES // 3 + 10)).encode())  # the cap falls inside a character
    doc = extract(path)
    assert doc.encoding == "utf-8" and set(doc.text) == {"中", "\n"}  # no U+FFFD; long lines are cut


def test_plain_text_of_a_two_column_page_is_read_column_by_column(tmp_path):
    # `pdftotext -layout` keeps a side bar beside the main column on the same rows.
    side = ["Mira Quillfeather", "", "Contact", "Tel: 555-0100", "mira@example.org", "", "Skills", "Python",
            "Invented statistics", "", "Languages", "Esperanto"]
    main = ["Education", "Invented University   2019 - 2024", "PhD in imaginary ecology", "",
            "Experience", "Made-up Institute   2024 - present", "Postdoctoral fellow on fictional grasslands",
            "Nowhere Lab   2018 - 2019", "Research assistant", "", "Publications", "Quill M. Invented paper."]
    rows = [f"{a:<31}{b}".rstrip() for a, b in zip(side, main, strict=True)]
    (tmp_path / "cv.txt").write_text("\n".join(rows), encoding="utf-8")
    texts = [line.text for line in extract(tmp_path / "cv.txt").lines if line.text]
    assert texts == [t for t in side if t] + [t.replace("   ", CELL_SEP) for t in main if t]


def test_plain_text_with_a_date_column_stays_one_column(tmp_path):
    rows = []
    for k in range(10):
        rows += [f"{'Invented Institute ' + str(k):<40}{2010 + k} - {2011 + k}",
                 "Studied imaginary things at some length with invented people, for a while."]
    (tmp_path / "cv.txt").write_text("\n".join(rows), encoding="utf-8")
    texts = [line.text for line in extract(tmp_path / "cv.txt").lines]
    assert texts[0] == f"Invented Institute 0{CELL_SEP}2010 - 2011" and texts[1].startswith("Studied")


def test_utf8_read_once_as_windows_1252_is_mended(tmp_path):
    # A CV pasted through a tool that took its UTF-8 for Windows-1252 and saved it again.
    good = "Mira Quill · Invented University\nC–N coupling at Wisconsin–Madison; École Nowhere\nQuill, M.† Title.\u00a0Done"
    (tmp_path / "cv.txt").write_bytes(good.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
    texts = [line.text for line in extract(tmp_path / "cv.txt").lines]
    assert texts[:2] == ["Mira Quill · Invented University", "C–N coupling at Wisconsin–Madison; École Nowhere"]
    assert texts[2].startswith("Quill, M.† Title.")
    # real Latin-1 letters stay as they are
    (tmp_path / "fr.txt").write_text("Café at Zürich, Ça va\nInvented Person", encoding="utf-8")
    assert extract(tmp_path / "fr.txt").lines[0].text == "Café at Zürich, Ça va"


def test_truncated_gbk_text_is_still_chinese(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(("张小明 教育经历 北京大学 计算机科学与技术 本科。" * 50_000).encode("gbk"))  # 2.4 MB, one line
    doc = extract(path)
    assert doc.encoding == "gb18030" and doc.warnings == ["read the first 2 MB of 2.3 MB"]
    assert doc.lines[0].text.startswith("张小明 教育经历 北京大学")


MARKDOWN = """---
title: About
layout: page
name: Ada Quill
email: ada@example.org
phone: +44 20 7946 0000
---
# Ada Quill

**Research Scientist** at [Imaginary Labs](https://imaginary.example.org)

Contact: [Homepage](https://ada.example.org) | [email me](mailto:ada@example.org) | <https://github.com/adaquill>

## Education
* Ph.D. in Computer Science, University of Examplestan, 2019 - 2024
* B.Sc., Northfield College

Publications
------------
1. **A. Quill**, B. Stone*. *Learning to Review Faster*. NeurIPS, 2023. [pdf][paper]

| Year | Award |
|------|-------|
| 2023 | Best Paper |

[paper]: https://papers.example.org/review.pdf
"""


def test_markdown_markup_is_removed_and_flagged():
    doc = extract_bytes(MARKDOWN.encode(), ".md")
    texts = [line.text for line in doc.lines if line.text]
    # front matter: contact fields the body does not state come first; the name is already the heading
    assert texts[:3] == ["Phone: +44 20 7946 0000", "Ada Quill", "Research Scientist at Imaginary Labs"]
    lines = {line.text: line for line in doc.lines if line.text}
    assert lines["Education"].heading and lines["Publications"].heading
    assert lines["Research Scientist at Imaginary Labs"].bold is False
    assert "Contact: Homepage | email me (ada@example.org) | https://github.com/adaquill" in lines
    assert "- Ph.D. in Computer Science, University of Examplestan, 2019 - 2024" in lines
    assert "1. A. Quill, B. Stone*. Learning to Review Faster. NeurIPS, 2023. pdf" in lines
    assert f"2023{CELL_SEP}Best Paper" in lines
    assert doc.links == ["https://imaginary.example.org", "https://ada.example.org", "https://github.com/adaquill",
                         "https://papers.example.org/review.pdf"]
    assert doc.emails == ["ada@example.org"]
    assert doc.metadata["title"] == "About"


def test_markdown_bold_line_is_bold():
    doc = extract_bytes(b"**EXPERIENCE**\nResearch Intern, Fictional AI\n", ".md")
    assert doc.lines[0].text == "EXPERIENCE" and doc.lines[0].bold
    assert not doc.lines[1].bold


def test_docx_body_tables_headers_links_bold_and_headings(tmp_path):
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Ivo Header - ivo@example.org"
    document.sections[0].footer.paragraphs[0].text = "Footer line with +44 20 7946 0000"
    document.add_heading("Ivo Tabular", level=0)
    para = document.add_paragraph("Homepage: ")
    rel = document.part.relate_to("https://ivo.example.org", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "ivo.example.org"
    run.append(text)
    link.append(run)
    para._p.append(link)
    document.add_heading("Education", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Ph.D., University of Examplestan", "2019 - 2024"
    table.cell(1, 0).text, table.cell(1, 1).text = "B.Sc., Northfield College", "2015 - 2019"
    bold = document.add_paragraph()
    bold.add_run("Research Scientist, Imaginary Labs").bold = True
    document.add_paragraph("Plain line after the bold one.")
    document.save(str(tmp_path / "cv.docx"))

    doc = extract(tmp_path / "cv.docx")
    texts = [line.text for line in doc.lines]
    assert texts[0] == "Ivo Header - ivo@example.org"
    assert texts[-1] == "Footer line with +44 20 7946 0000"
    assert "Homepage: ivo.example.org" in texts
    assert f"Ph.D., University of Examplestan{CELL_SEP}2019 - 2024" in texts
    assert texts.index("Education") < texts.index(f"B.Sc., Northfield College{CELL_SEP}2015 - 2019")
    lines = {line.text: line for line in doc.lines}
    assert lines["Ivo Tabular"].heading and lines["Education"].heading
    assert lines["Research Scientist, Imaginary Labs"].bold
    assert not lines["Plain line after the bold one."].bold
    assert doc.links == ["https://ivo.example.org"]


def _odt(body: str) -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
               '<office:automatic-styles><style:style style:name="B" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_odt():
    data = _odt(
        '<text:h text:outline-level="1">Una Office</text:h>'
        '<text:p>Mail <text:a xlink:href="mailto:una@example.org">una@example.org</text:a> and'
        '<text:s/><text:a xlink:href="https://una.example.org">homepage</text:a></text:p>'
        '<text:p><text:span text:style-name="B">Research Scientist</text:span></text:p>'
        '<table:table><table:table-row><table:table-cell><text:p>Ph.D.</text:p></table:table-cell>'
        '<table:table-cell><text:p>2024</text:p></table:table-cell></table:table-row></table:table>'
    )
    doc = extract_bytes(data, ".odt")
    assert [line.text for line in doc.lines] == ["Una Office", "Mail una@example.org and homepage",
                                                 "Research Scientist", f"Ph.D.{CELL_SEP}2024"]
    assert doc.lines[0].heading and doc.lines[2].bold and not doc.lines[1].bold
    assert doc.links == ["https://una.example.org"] and doc.emails == ["una@example.org"]


def test_rtf_with_code_page_unicode_and_hyperlink():
    data = (rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}{\*\generator Invented;}"
            rb"{\b Rui Richtext\par}"
            rb"\'d6\'d0\'ce\'c4\'bc\'f2\'c0\'fa\par "
            rb"caf\u233?\par "
            rb'Web {\field{\*\fldinst HYPERLINK "https://rui.example.org"}{\fldrslt homepage}}\par '

            rb"{\pict\pngblip 89504e470d0a}2020\tab 2024\cell Ph.D.\cell\row}")
    doc = extract_bytes(data, ".rtf")
    assert [line.text for line in doc.lines] == ["Rui Richtext", "中文简历", "café", "Web homepage",
                                                 f"2020\t2024{CELL_SEP}Ph.D."]
    assert doc.lines[0].bold and not doc.lines[1].bold
    assert doc.links == ["https://rui.example.org"]


def test_html():
    data = b"""<!DOCTYPE html><html><head><title>CV of Hal Markup</title><style>p{color:red}</style>
    <script>var x = "not text";</script></head><body>
    <h1>Hal Markup</h1><p>Email: <a href="mailto:hal@example.org">hal@example.org</a> &amp;
    <a href="https://hal.example.org">homepage</a></p>
    <h2>Education</h2><table><tr><td>Ph.D.</td><td>2024</td></tr></table>
    <ul><li><b>Best Paper Award</b></li><li>Travel grant &lt;2022&gt;</li></ul>
    </body></html>"""
    doc = extract_bytes(data, ".html")
    assert [line.text for line in doc.lines] == ["Hal Markup", "Email: hal@example.org & homepage", "Education",
                                                 f"Ph.D.{CELL_SEP}2024", "- Best Paper Award", "- Travel grant <2022>"]
    assert doc.lines[0].heading and doc.lines[4].bold
    assert doc.links == ["https://hal.example.org"] and doc.emails == ["hal@example.org"]
    assert doc.metadata["Title"] == "CV of Hal Markup"


def test_supported_suffixes():
    assert {".pdf", ".docx", ".odt", ".rtf", ".html", ".htm", ".txt", ".md", ".markdown"} <= SUPPORTED_SUFFIXES
    assert ".doc" not in SUPPORTED_SUFFIXES  # recognised, refused with a reason (see test_extract_hostile)


def test_bundled_samples_read_back():
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    files = sorted(p for p in samples.iterdir() if p.suffix in SUPPORTED_SUFFIXES)
    assert {p.suffix for p in files} >= {".pdf", ".docx", ".md"}
    for path in files:
        doc = extract(path)
        assert doc.lines and not doc.warnings, path.name
        assert doc.links, path.name  # every sample links a homepage, GitHub or LinkedIn


def test_docx_content_controls_text_boxes_and_tracked_changes(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    wps = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
    document = docx.Document()
    body = document.element.body
    body.insert(0, parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Cora Control</w:t></w:r></w:p>'
                             '</w:sdtContent></w:sdt>'))
    body.insert(1, parse_xml(
        f'<w:p {w}><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins w:id="1" w:author="x">'
        '<w:r><w:t>inserted</w:t></w:r></w:ins><w:del w:id="2" w:author="x"><w:r><w:delText> deleted'
        '</w:delText></w:r></w:del><w:r><w:tab/><w:t>2024</w:t></w:r></w:p>'))
    body.insert(2, parse_xml(
        f'<w:p {w} {wps}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>cora@example.org</w:t>'
        '</w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>cora@example.org</w:t></w:r></w:p>'
        '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'))
    document.save(str(tmp_path / "cv.docx"))
    texts = [line.text for line in extract(tmp_path / "cv.docx").lines]
    assert texts == ["Cora Control", "Kept inserted\t2024", "cora@example.org"]


def test_docx_without_styles_or_core_properties_is_still_read(tmp_path):
    """The lxml reader needs neither part: lines come without style facts, and no
    invented metadata appears (python-docx made up a Title "Word Document")."""
    from tests.factories import Person, write_docx

    real = write_docx(tmp_path / "real.docx", Person(name="Ada Quill")).read_bytes()
    source, buffer = zipfile.ZipFile(io.BytesIO(real)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename not in ("word/styles.xml", "docProps/core.xml"):
                target.writestr(info.filename, source.read(info.filename))
    (tmp_path / "bare.docx").write_bytes(buffer.getvalue())
    doc = extract(tmp_path / "bare.docx")
    assert any(line.text == "Ada Quill" for line in doc.lines)
    assert doc.metadata == {} and doc.warnings == []


def test_a_docx_name_set_letter_by_letter_keeps_its_word_gap(tmp_path):
    from docx import Document

    doc = Document()
    doc.add_paragraph("M E I   R A M A N")
    doc.add_paragraph("Spaces  between  words  in  prose  still  collapse")
    doc.save(tmp_path / "spaced.docx")
    texts = [line.text for line in extract(tmp_path / "spaced.docx").lines]
    assert texts == [f"M E I{CELL_SEP}R A M A N", "Spaces between words in prose still collapse"]


def test_markdown_bold_lead_and_the_words_after_it_are_two_cells():
    from reviewer.extract.markdown import markdown_lines

    lines, _links, _front = markdown_lines("- **Harbourline Freight** Data Intern · Jun–Sep 2023\n"
                                           "- **PhD** in Hydrology, Ostwick University\n"
                                           "- **Dana Quill**, Kofi Obi. Tides.\n")
    texts = [line.text for line in lines if line.text]
    assert texts == [f"- Harbourline Freight{CELL_SEP}Data Intern · Jun–Sep 2023",
                     "- PhD in Hydrology, Ostwick University", "- Dana Quill, Kofi Obi. Tides."]


def test_docx_data_table_row_with_cells_wrapped_by_paragraph_stays_one_row(tmp_path):
    """A form's table under a header row ("起止时间 | 学校 | 专业 | 学位"): its cells break by
    paragraph ("2016.09-" / "2021.06"). Each row is still one line, cell by cell."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for k, head in enumerate(["起止时间", "学校", "专业", "学历/学位"]):
        table.cell(0, k).text = head
    for row, cells in enumerate([[("2016.09-", "2021.06"), ("北岭大学 化学学院",), ("有机化学",), ("硕博连读/", "理学博士")],
                                 [("2019.03-", "2020.03"), ("University of Nowhere", "Invented Laboratory"),
                                  ("光电物理",), ("联合培养博士研究生",)]], start=1):
        for k, paragraphs in enumerate(cells):
            table.cell(row, k).text = paragraphs[0]
            for more in paragraphs[1:]:
                table.cell(row, k).add_paragraph(more)
    document.save(str(tmp_path / "form.docx"))
    texts = [line.text for line in extract(tmp_path / "form.docx").lines]
    assert texts == [CELL_SEP.join(["起止时间", "学校", "专业", "学历/学位"]),
                     CELL_SEP.join(["2016.09- 2021.06", "北岭大学 化学学院", "有机化学", "硕博连读/ 理学博士"]),
                     CELL_SEP.join(["2019.03- 2020.03", "University of Nowhere Invented Laboratory", "光电物理", "联合培养博士研究生"])]


def test_docx_resume_table_dates_cell_joins_the_first_line_of_its_entry(tmp_path):
    """A Word resume table: the left cell holds the dates broken over two lines, the right
    one the entry and its bullets (paragraphs). One reads "dates  entry", then the bullets."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (start, end, entry, bullet) in enumerate([
            ("Jan 2022 –", "Present", "Lead Data Engineer, Invented Health, Denver", "Built an imaginary lake"),
            ("Jun 2019 –", "Dec 2021", "Data Engineer, Made-up Goods Co., Boulder", "Moved made-up jobs")]):
        left = table.cell(row, 0).paragraphs[0].add_run(start)
        left.add_break()
        table.cell(row, 0).paragraphs[0].add_run(end)
        table.cell(row, 1).text = entry
        table.cell(row, 1).add_paragraph(bullet)
    document.save(str(tmp_path / "cv.docx"))
    texts = [line.text for line in extract(tmp_path / "cv.docx").lines]
    assert texts == [f"Jan 2022 – Present{CELL_SEP}Lead Data Engineer, Invented Health, Denver", "Built an imaginary lake",
                     f"Jun 2019 – Dec 2021{CELL_SEP}Data Engineer, Made-up Goods Co., Boulder", "Moved made-up jobs"]


def test_readme_style_markdown_with_raw_html_reads_as_its_page_shows():
    """GitHub renders the HTML inside a README CV: a heading tag heads, a badge's mailto link is
    the address, cells on one source line are cells; an address in angle brackets is no tag."""
    from reviewer.extract.markdown import markdown_lines

    text = ('<h1 align="center">Mira Quell</h1>\n'
            '<p align="center"><a href="https://mquell.example.io"><img src="https://badge.example/h.svg" '
            'alt="homepage"></a> <a href="mailto:mira.quell@example.org"><img src="b.svg" alt="email"></a></p>\n'
            '<tr><td><b>Tarn University</b></td><td align="right">2018.09 – 2023.06</td></tr>\n'
            'Reply to: Mira Quell <mira.quell@example.org>\n')
    lines, links, _front = markdown_lines(text)
    assert (lines[0].text, lines[0].heading) == ("Mira Quell", True)
    assert lines[1].text == "mira.quell@example.org"
    assert "https://mquell.example.io" in links and "mailto:mira.quell@example.org" in links
    assert lines[2].text.split(CELL_SEP) == ["Tarn University", "2018.09 – 2023.06"]
    assert lines[3].text == "Reply to: Mira Quell <mira.quell@example.org>"



def test_an_html_table_row_over_several_source_lines_is_one_row_of_cells():
    """"<tr>", one "<td>" a line, "</tr>": one entry's cells; "<br>" inside a row parts two fields."""
    from reviewer.extract.markdown import markdown_lines

    text = ("## Education\n<table>\n  <tr>\n    <td><b>Tarn University</b><br>PhD, Computer Science</td>\n"
            '    <td align="right">2018.09 – 2023.06</td>\n  </tr>\n</table>\nEnd\n')
    lines, _links, _front = markdown_lines(text)
    rows = [ln.text for ln in lines if ln.text]
    assert rows[1].split(CELL_SEP) == ["Tarn University", "PhD, Computer Science", "2018.09 – 2023.06"]
    assert len(lines) == len(text.split("\n"))  # line numbers stay close to the file's
    assert rows[-1] == "End"

HUGO_AUTHOR_PAGE = """---
title: Amara Quist-Lindahl
role: Postdoctoral Researcher
organizations:
  - name: Invented Institute for Brain Research
superuser: true
interests:
  - Made-up sleep circuits
  - Imaginary optogenetics
education:
  courses:
    - course: PhD in Neurobiology
      institution: Calder Invented University
      year: 2022
social:
  - icon: envelope
    link: 'mailto:a.quist@example.org'
  - icon: phone
    link: 'tel:+1-312-555-0199'
  - icon: github
    link: https://github.com/invented-aq
---

Amara studies {{< staticref "https://lab.example.org/" >}}sleep{{< /staticref >}} in invented mice.

{{% callout note %}}
Full list on the invented scholar page.
{{% /callout %}}
"""


def test_hugo_author_page_front_matter_reads_as_the_page_header(tmp_path):
    path = tmp_path / "_index.md"
    path.write_text(HUGO_AUTHOR_PAGE, encoding="utf-8")
    doc = extract(path)
    texts = [line.text for line in doc.lines if line.text]
    assert texts[0] == "Amara Quist-Lindahl" and doc.lines[0].heading
    assert "Email: a.quist@example.org" in texts and "Phone: +1-312-555-0199" in texts
    assert "Research interests: Made-up sleep circuits, Imaginary optogenetics" in texts
    assert "PhD in Neurobiology, Calder Invented University, 2022" in texts
    assert "https://github.com/invented-aq" in doc.links
    assert not any("{{" in t for t in texts)  # shortcodes are markup, not text
    assert "Amara studies sleep in invented mice." in " ".join(texts).replace("  ", " ")


def test_front_matter_of_an_ordinary_page_adds_no_person(tmp_path):
    path = tmp_path / "cv.md"
    path.write_text("---\ntitle: Curriculum Vitae\nlayout: single\n---\n\n# Dana Quill\n", encoding="utf-8")
    assert [line.text for line in extract(path).lines if line.text] == ["Dana Quill"]


def test_broken_or_hostile_front_matter_is_read_as_no_person(tmp_path):
    # unclosed YAML, and an alias bomb (anchors referencing anchors): no error, no person
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ninterests: [*d, *d]\nrole: Invented\n"
    for front in ("title: [unclosed\nrole: Researcher\n", bomb):
        path = tmp_path / "cv.md"
        path.write_text(f"---\n{front}---\n\n# Dana Quill\n", encoding="utf-8")
        texts = [line.text for line in extract(path).lines if line.text]
        assert texts[-1] == "Dana Quill" and not any(t.startswith("Research interests") for t in texts)


def test_text_line_init_matches_its_fields():
    """TextLine writes its own __init__ (speed, see its docstring): same parameters,
    order and defaults as its dataclass fields, and an object equal to one whose
    fields are set one by one."""
    import dataclasses
    import inspect

    from reviewer.extract.document import TextLine

    params = list(inspect.signature(TextLine.__init__).parameters.values())[1:]
    fields = dataclasses.fields(TextLine)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
                                           for f in fields]
    line = TextLine("Ada", 2, 11.0, True, False, 1.5, 9.5, 3.0, 4, ("https://example.org",))
    built = object.__new__(TextLine)
    for f in fields:
        object.__setattr__(built, f.name, getattr(line, f.name))
    assert line == built and hash(line) == hash(built) and vars(line) == vars(built)
    assert dataclasses.replace(line, text="Bo").text == "Bo"
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "x"  # type: ignore[misc]


def test_docx_form_values_in_content_controls_inside_a_table(tmp_path):
    # a Word form: label cells, value cells whose paragraph sits in a content control, a
    # cell wrapped whole in one, and a repeating-section row wrapped in one
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def cell(text: str, wrap: bool = False) -> str:
        p = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        return f"<w:tc>{f'<w:sdt><w:sdtContent>{p}</w:sdtContent></w:sdt>' if wrap else p}</w:tc>"

    rows = (f"<w:tr>{cell('Name')}{cell('Cora Control', wrap=True)}</w:tr>"
            f"<w:tr>{cell('E-mail')}<w:sdt><w:sdtContent>{cell('cora@example.org')}</w:sdtContent></w:sdt></w:tr>"
            f"<w:sdt><w:sdtContent><w:tr>{cell('2019.09-2023.06')}{cell('PhD, Tarn University', wrap=True)}"
            "</w:tr></w:sdtContent></w:sdt>")
    document = docx.Document()
    document.element.body.insert(0, parse_xml(f"<w:tbl {w}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>"))
    document.save(str(tmp_path / "form.docx"))
    texts = [line.text for line in extract(tmp_path / "form.docx").lines]
    assert texts == ["Name\tCora Control", "E-mail\tcora@example.org", "2019.09-2023.06\tPhD, Tarn University"]


def test_quarto_markdown_layout_blocks_attributes_and_hard_breaks(tmp_path):
    # Pandoc/Quarto: "::: {.grid}" layout divs, "{.unnumbered}" heading attributes, "\" line breaks
    path = tmp_path / "cv.md"
    path.write_text("# Ada Quill\n\n::: {.grid}\n::: {.g-col-8}\nPostdoctoral Fellow \\\nTarn University\n:::\n:::\n\n"
                    "## Positions {.unnumbered}\n\n2024–present\tPostdoctoral Fellow, Tarn University\n", encoding="utf-8")
    texts = [line.text for line in extract(path).lines if line.text]
    assert texts == ["Ada Quill", "Postdoctoral Fellow", "Tarn University", "Positions",
                     "2024–present\tPostdoctoral Fellow, Tarn University"]


def test_markdown_line_opening_with_a_code_span_is_no_bullet(tmp_path):
    path = tmp_path / "cv.md"
    path.write_text("# Ada Quill\n\n`*` equal contribution · full list on Scholar\n\n* a real bullet\n", encoding="utf-8")
    texts = [line.text for line in extract(path).lines if line.text]
    assert texts[1:] == ["* equal contribution · full list on Scholar", "- a real bullet"]
