"""python-docx writer of heldout15 file 08: an Indian agricultural-university CV in Word's own table shapes."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from kit15 import fix_docx

QUAL = [
    ("Degree", "Discipline", "University / Institute", "Year of Passing", "OGPA / %"),
    ("Ph.D. (Pursuing)", "Agronomy", "Tamil Nadu Agricultural University, Coimbatore", "Joined 2020 (thesis under preparation)", "8.92 / 10 (course work)"),
    ("M.Sc. (Ag.)", "Agronomy", "University of Agricultural Sciences, Dharwad", "2019", "8.64 / 10"),
    ("B.Sc. (Hons.) Agriculture", "Agriculture", "College of Agriculture, Vellayani (Kerala Agricultural University)", "2017", "8.31 / 10"),
    ("HSC (Class XII)", "Science (PCB)", "Kendriya Vidyalaya Pattom, Thiruvananthapuram (CBSE)", "2013", "94.2 %"),
]

EXPERIENCE = [
    ("Senior Research Fellow (SRF)", "ICAR-Indian Institute of Rice Research, Hyderabad", "01.08.2022 – till date"),
    ("Junior Research Fellow (JRF)", "ICAR-Indian Institute of Rice Research, Hyderabad", "01.08.2020 – 31.07.2022"),
    ("Young Professional-II", "ICAR-Krishi Vigyan Kendra, Thrissur", "15.09.2019 – 30.06.2020"),
]

ARTICLES = [
    "Kottayil, H.S., Ramaswamy, K. and Deshpande, A.V. 2023. Effect of alternate wetting and drying irrigation on water productivity and methane emission in transplanted rice. Indian Journal of Agronomy 68(2): 145-151. (NAAS rating: 6.2)",
    "Kottayil, H.S. and Ramaswamy, K. 2022. Nano-urea foliar sprays as a partial substitute for soil-applied nitrogen in direct-seeded rice. Oryza 59(3): 301-309. (NAAS: 5.1)",
    "Bhandarkar, P.N., Kottayil, H.S., Mulla, S.R. and Deshpande, A.V. 2021. Weed dynamics under conservation agriculture in a rice-chickpea system of northern Karnataka. Indian Journal of Weed Science 53(1): 44-50. (NAAS: 5.5)",
    "Kottayil, H.S., Mulla, S.R. and Deshpande, A.V. 2024. Residue retention and zero tillage effects on soil aggregate carbon in a Vertisol. Journal of Soil and Water Conservation (India) 23(1): 12-19. (Accepted)",
]
CHAPTER = [
    "Ramaswamy, K. and Kottayil, H.S. 2022. Climate-smart agronomy for rice fallows. In: Thomas, R. and Iyer, M. (Eds.) Advances in Rice Production Technology. New India Publishing Agency, New Delhi, pp. 211-230.",
]
ABSTRACTS = [
    "Kottayil, H.S. and Ramaswamy, K. 2022. Drone-based nitrogen top-dressing in rice. In: Extended Summaries, 5th International Agronomy Congress, Hyderabad, 23-27 November 2022, pp. 812-813.",
]


def _shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _heading(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text.upper())
    r.bold = True
    r.underline = True
    r.font.size = Pt(11.5)


def _numbered(doc, items: list[str], start: int) -> int:
    for i, text in enumerate(items, start):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(f"{i}.\t")
        name = "Kottayil, H.S."
        head, _, tail = text.partition(name)
        p.add_run(head)
        if _:
            p.add_run(name).bold = True
        p.add_run(tail)
    return start + len(items)


def build(dest: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CURRICULUM VITAE")
    r.bold = True
    r.font.size = Pt(15)

    top = doc.add_table(rows=1, cols=2)
    top.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = top.rows[0].cells
    left.width, right.width = Cm(12.5), Cm(4.0)
    p = left.paragraphs[0]
    r = p.add_run("HARINI SUBRAMANYAM KOTTAYIL")
    r.bold = True
    r.font.size = Pt(13)
    for line in ("Senior Research Fellow, Division of Agronomy",
                 "ICAR-Indian Institute of Rice Research, Rajendranagar, Hyderabad – 500 030",
                 "Mobile: +91 98765 01234",
                 "E-mail: harini.kottayil@example.in"):
        left.add_paragraph(line)
    right.paragraphs[0].add_run("[Passport size photograph]").italic = True
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    _heading(doc, "Career Objective")
    doc.add_paragraph("To pursue a research career in resource-conserving agronomy for rice-based cropping systems "
                      "and contribute to climate-resilient and water-saving crop production.")

    _heading(doc, "Personal Details")
    pd = doc.add_table(rows=0, cols=3)
    for k, v in (("Father's Name", "Sri. K. Subramanyam"), ("Date of Birth", "19-04-1996"), ("Gender", "Female"),
                 ("Nationality", "Indian"), ("Languages Known", "Malayalam, English, Hindi, Tamil, Kannada"),
                 ("Permanent Address", "Kottayil House, Kowdiar P.O., Thiruvananthapuram, Kerala – 695 003")):
        c = pd.add_row().cells
        c[0].text, c[1].text, c[2].text = k, ":", v
        c[0].width, c[1].width, c[2].width = Cm(4.5), Cm(0.6), Cm(11.5)

    _heading(doc, "Academic Qualifications")
    q = doc.add_table(rows=0, cols=5)
    q.style = "Table Grid"
    for i, row in enumerate(QUAL):
        cells = q.add_row().cells
        for c, text in zip(cells, row, strict=True):
            c.text = text
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(10)
                    run.bold = i == 0
            if i == 0:
                _shade(c, "D9E2F3")
    doc.add_paragraph("Ph.D. thesis title: \u201cSite-specific nitrogen management using UAV multispectral indices in "
                      "direct-seeded rice\u201d (Chairperson: Dr. K. Ramaswamy)")
    doc.add_paragraph("M.Sc. thesis: \u201cWeed management under conservation agriculture in rice-chickpea system\u201d")

    _heading(doc, "Research Experience")
    ex = doc.add_table(rows=0, cols=4)
    ex.style = "Table Grid"
    hdr = ex.add_row().cells
    for c, text in zip(hdr, ("S. No.", "Position", "Organisation", "Period"), strict=True):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
    for i, (pos, org, period) in enumerate(EXPERIENCE, 1):
        c = ex.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = str(i), pos, org, period

    _heading(doc, "Areas of Research Interest")
    for s in ("Water-saving rice production (AWD, DSR)", "Precision nitrogen management", "Conservation agriculture"):
        doc.add_paragraph(s, style="List Bullet")

    _heading(doc, "Awards and Fellowships")
    for s in ("ICAR Senior Research Fellowship (SRF) for Ph.D., 2020",
              "ICAR Junior Research Fellowship (JRF-PG) for M.Sc., 2017",
              "Best Poster Award, National Symposium on Rice Research, Cuttack, 2022"):
        doc.add_paragraph(s, style="List Bullet")

    _heading(doc, "Competitive Examinations Qualified")
    doc.add_paragraph("ICAR-ASRB National Eligibility Test (NET) in Agronomy, 2019", style="List Bullet")

    _heading(doc, "Publications")
    p = doc.add_paragraph()
    p.add_run("A. Research Articles").bold = True
    n = _numbered(doc, ARTICLES, 1)
    p = doc.add_paragraph()
    p.add_run("B. Book Chapter").bold = True
    n = _numbered(doc, CHAPTER, n)
    p = doc.add_paragraph()
    p.add_run("C. Conference Papers / Abstracts").bold = True
    _numbered(doc, ABSTRACTS, n)

    _heading(doc, "Trainings Attended")
    doc.add_paragraph("21-day ICAR Winter School on Remote Sensing in Agriculture, IARI New Delhi, 2021.", style="List Bullet")

    _heading(doc, "Declaration")
    doc.add_paragraph("I hereby declare that the information furnished above is true to the best of my knowledge and belief.")
    d = doc.add_paragraph("Place: Hyderabad\nDate:\t\t\t\t\t\t\t\t(HARINI S. KOTTAYIL)")
    d.paragraph_format.space_before = Pt(12)

    cp = doc.core_properties
    cp.author = "Harini"
    cp.title = "CV"
    doc.save(str(dest))
    fix_docx(dest)


# ---------------------------------------------------------------------------------------------
# File 13: a bilingual (Traditional Chinese / English) Hong Kong CV whose body is a Word section
# with two newspaper columns (w:cols num=2) under a one-column title section.

BODY13: list[tuple[str, str]] = [
    ("h", "教育背景 Education"),
    ("b", "香港中文大學 The Chinese University of Hong Kong"),
    ("p", "哲學博士（語言學）PhD in Linguistics, 修讀中 (in progress)"),
    ("d", "2022年8月 – 現在"),
    ("b", "University College London"),
    ("p", "文學碩士 MA in Linguistics (Distinction)"),
    ("d", "2020年9月 – 2021年11月"),
    ("b", "香港大學 The University of Hong Kong"),
    ("p", "文學士（語言學）BA in Linguistics, 一級榮譽 First Class Honours"),
    ("d", "2016年9月 – 2020年7月"),
    ("h", "工作經歷 Experience"),
    ("b", "香港中文大學 語言學及現代語言系"),
    ("p", "助教 Teaching Assistant (LING2004 Phonetics; LING3105 Chinese Dialects)"),
    ("d", "2023年1月 – 現在"),
    ("b", "香港理工大學 中文及雙語學系 (PolyU)"),
    ("p", "研究助理 Research Assistant, Cantonese Tone Corpus project"),
    ("d", "2021年12月 – 2022年7月"),
    ("h", "研究興趣 Research Interests"),
    ("p", "粵語聲調 Cantonese tone; 語音習得 phonological acquisition; 語料庫語音學 corpus phonetics"),
    ("h", "獎項 Awards"),
    ("p", "2022　香港博士研究生獎學金計劃 Hong Kong PhD Fellowship Scheme (HKPFS)"),
    ("p", "2019　香港大學 陳氏語言學獎學金 Chan Linguistics Scholarship, HKU"),
    ("h", "發表 Publications"),
    ("n", "Au, K.-W. & Lam-Whitfield, S. (2024). Tone sandhi and prosodic domains in Hong Kong Cantonese compounds. Journal of Chinese Linguistics, 52(1), 88–117."),
    ("n", "Au, K.-W., Cheuk, H.-Y. & Lam-Whitfield, S. (2023). Merging of low-level tones in young Cantonese speakers: an acoustic study. Proceedings of Interspeech 2023, 4102–4106."),
    ("n", "Chan-Okafor, M. & Au, K.-W. (2024). Sentence-final particles in Cantonese–English code-switching. Language and Linguistics, 25(2), 233–260."),
    ("n", "區嘉蔚、林雪芬 (2025，已接受)。〈粵語變調的韻律層級〉。《中國語文》。"),
    ("n", "Au, K.-W. (under review). Perception of tone merger by heritage Cantonese speakers in London. Journal of Phonetics."),
    ("h", "語言 Languages"),
    ("p", "粵語（母語）、英語（流利）、普通話（流利）、法語（基礎）"),
]


def _cols(section, num: int) -> None:
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "425")
    if num > 1:
        cols.set(qn("w:sep"), "1")
    sect_pr.append(cols)


def build13(dest: Path) -> None:
    from docx.enum.section import WD_SECTION

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "PMingLiU")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    _cols(sec, 1)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("區嘉蔚  AU Ka-wai, Kaitlyn")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("香港中文大學 語言學及現代語言系 博士研究生 | PhD student, Department of Linguistics and Modern "
              "Languages, CUHK")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("電話 Tel: +852 5555 0182 | 電郵 Email: kaitlynau@link.cuhk.example.edu.hk | "
              "kaitlynau.example.hk")

    body = doc.add_section(WD_SECTION.CONTINUOUS)
    _cols(body, 2)
    n = 0
    for kind, text in BODY13:
        if kind == "h":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(11)
            r.font.color.rgb = None
            p_pr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "7F1D1D")):
                bottom.set(qn(k), v)
            bdr.append(bottom)
            p_pr.append(bdr)
        elif kind == "b":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(3)
            p.paragraph_format.space_after = Pt(0)
            p.add_run(text).bold = True
        elif kind == "d":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.add_run(text).italic = True
        elif kind == "n":
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.space_after = Pt(2)
            p.add_run(f"{n}.\u00a0")
            for i, part in enumerate(text.split("Au, K.-W.")):
                if i:
                    p.add_run("Au, K.-W.").bold = True
                p.add_run(part)
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(0)
    cp = doc.core_properties
    cp.author = "Kaitlyn Au"
    cp.title = "CV"
    doc.save(str(dest))
    fix_docx(dest)
