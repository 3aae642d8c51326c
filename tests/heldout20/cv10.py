"""10: bilingual (zh/en) materials-science postdoc, python-docx DOCX with a Google Scholar profile table pasted in."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from docx20 import add_runs, fixed_core, right_tab
from kit20 import FILES, fix_docx

STEM = "10_bilingual_materials_postdoc_word_scholar_table"

# Google Scholar profile rows: title, authors (as Scholar truncates them), venue line, cited by, year
GS = [
    ("Entropy-stabilized layered oxide cathodes with suppressed oxygen release for sodium-ion batteries",
     "C Cen, Y Wu, KL Lau, M Ferreira, HY Tsang", "Advanced Energy Materials 14 (8), 2303561", "37", "2024"),
    ("Operando X-ray diffraction reveals a hidden P2–O2 phase transition in high-voltage sodium cathodes",
     "Y Wu, C Cen, R Ahlström, HY Tsang", "ACS Energy Letters", "", "2025"),
    ("Machine-learning-guided discovery of fluoride-rich electrolytes for anode-free sodium metal batteries",
     "J Lau, C Cen, Q Ding, ...", "arXiv preprint arXiv:2405.01234", "12", "2024"),
    ("Interfacial strain engineering in single-crystal Ni-rich cathodes",
     "C Cen, X Ouyang, HY Tsang", "Nature Communications 13 (1), 5521", "118", "2022"),
    ("Surface reconstruction of sodium layered oxides during air exposure",
     "C Cen, HY Tsang", "ECS Meeting Abstracts MA2023-01 (4), 812", "1", "2023"),
    ("Doping strategies for sodium layered oxide cathodes: a review",
     "M Ferreira, C Cen, Y Wu, HY Tsang", "Journal of Materials Chemistry A 11 (3), 1021-1047", "64", "2023"),
    ("钠离子电池层状氧化物正极材料的结构调控研究",
     "岑楚瑜", "香港科技大学博士学位论文", "", "2022"),
]


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                                                f'w:fill="{fill}"/>'))


def heading(doc, zh, en):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(f"{zh}  ")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    r2 = p.add_run(en)
    r2.bold = True
    r2.font.size = Pt(11)
    r2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" '
                                           f'w:space="1" w:color="1F4E79"/></w:pBdr>'))


def row(doc, left, right, sub=None):
    p = doc.add_paragraph()
    right_tab(p, 482)
    add_runs(p, [(left, "b"), "\t", right])
    p.paragraph_format.space_after = Pt(0)
    if sub:
        q = doc.add_paragraph(sub)
        q.paragraph_format.space_after = Pt(4)
        q.runs[0].italic = True


def build() -> str:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "微软雅黑")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Pt(54)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("岑楚瑜  CEN Chuyu")
    r.bold = True
    r.font.size = Pt(20)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("博士后研究员 Postdoctoral Fellow · 香港科技大学 The Hong Kong University of Science and Technology\n"
              "☎ +852 5555 0162   ✉ chuyu.cen@ust.example.hk   🌐 scholar.google.example.com/citations?user=Cc3nXk0AAAAJ")

    heading(doc, "研究方向", "Research Interests")
    doc.add_paragraph("钠离子电池正极材料 Sodium-ion battery cathodes；原位表征 operando characterization；"
                      "机器学习辅助材料设计 machine-learning-aided materials design")

    heading(doc, "工作经历", "Employment")
    row(doc, "香港科技大学 化学与生物工程学系  The Hong Kong University of Science and Technology",
        "2022.09 – 至今 present", "博士后研究员 Postdoctoral Fellow (合作导师 host: Prof. Tsang Hoi-yan)")
    row(doc, "美国阿贡国家实验室  Argonne National Laboratory, USA", "2023.06 – 2023.09",
        "访问学者 Visiting Researcher, Advanced Photon Source")

    heading(doc, "教育背景", "Education")
    row(doc, "香港科技大学  The Hong Kong University of Science and Technology", "2018.09 – 2022.08",
        "材料科学与工程 博士 PhD in Materials Science and Engineering")
    row(doc, "中南大学  Central South University", "2014.09 – 2018.06",
        "材料科学与工程 工学学士 B.Eng. in Materials Science and Engineering")

    heading(doc, "学术成果", "Publications (from my Google Scholar profile, June 2025)")
    note = doc.add_paragraph()
    add_runs(note, [("Total citations 总引用 232 · h-index 5 · ", "i"), ("下表直接复制自 Google Scholar；"
                                                                         "第二篇 Operando X-ray diffraction … 为共同第一作者 (co-first author).", "i")])
    tbl = doc.add_table(rows=1, cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for cell, text in zip(hdr, ["TITLE", "CITED BY", "YEAR"], strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        cell.paragraphs[0].runs[0].font.size = Pt(8)
        shade(cell, "F2F2F2")
    for title, authors, venue, cited, year in GS:
        cells = tbl.add_row().cells
        p = cells[0].paragraphs[0]
        r = p.add_run(title)
        r.font.color.rgb = RGBColor(0x1A, 0x0D, 0xAB)
        p2 = cells[0].add_paragraph(authors)
        p2.runs[0].font.color.rgb = RGBColor(0x77, 0x77, 0x77)
        p2.runs[0].font.size = Pt(9)
        p3 = cells[0].add_paragraph(venue)
        p3.runs[0].font.color.rgb = RGBColor(0x77, 0x77, 0x77)
        p3.runs[0].font.size = Pt(9)
        cells[1].text = cited
        cells[2].text = year
    tbl.autofit = False
    for i, w in enumerate((380, 52, 44)):
        tbl.columns[i].width = Pt(w)
        for cell in tbl.columns[i].cells:
            cell.width = Pt(w)

    heading(doc, "科研项目", "Grants")
    doc.add_paragraph("香港研究资助局 RGC Postdoctoral Fellowship Scheme (PDFS2324-6S02), 2023–2026, HK$1,580,000 (PI)")
    heading(doc, "荣誉奖励", "Honours")
    doc.add_paragraph("2024  香港研究资助局博士后奖学金 RGC Postdoctoral Fellowship\n"
                      "2021  HKUST Research Travel Grant\n"
                      "2018  湖南省优秀毕业生 Outstanding Graduate of Hunan Province")
    heading(doc, "学术服务", "Service")
    doc.add_paragraph("Reviewer for Advanced Energy Materials, ACS Energy Letters, Journal of Power Sources")
    fixed_core(doc, "CEN Chuyu")
    out = FILES / f"{STEM}.docx"
    doc.save(out)
    fix_docx(out)
    return out.name


LABEL = {
    "file": f"{STEM}.docx",
    "name": "岑楚瑜",
    "name_any": ["CEN Chuyu", "Cen Chuyu", "Chuyu Cen", "岑楚瑜 CEN Chuyu"],
    "emails": ["chuyu.cen@ust.example.hk"],
    "phones": ["+85255550162"],
    "links": ["scholar.google.example.com/citations?user=Cc3nXk0AAAAJ"],
    "education": [
        {"institution": "The Hong Kong University of Science and Technology", "degree_level": "phd",
         "start": "2018-09", "end": "2022-08"},
        {"institution": "Central South University", "degree_level": "bachelor", "start": "2014-09", "end": "2018-06"},
    ],
    "experience": [
        {"organization": "The Hong Kong University of Science and Technology", "title": "Postdoctoral Fellow",
         "start": "2022-09", "end": "present"},
        {"organization": "Argonne National Laboratory", "title": "Visiting Researcher", "start": "2023-06",
         "end": "2023-09"},
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        {"title": GS[0][0], "venue": "Advanced Energy Materials", "year": 2024, "first_author": True,
         "status": "published"},
        {"title": GS[1][0], "venue": "ACS Energy Letters", "year": 2025, "first_author": True, "status": None},
        {"title": GS[2][0], "venue": "arXiv", "year": 2024, "first_author": False, "status": "preprint"},
        {"title": GS[3][0], "venue": "Nature Communications", "year": 2022, "first_author": True,
         "status": "published"},
        {"title": GS[5][0], "venue": "Journal of Materials Chemistry A", "year": 2023, "first_author": False,
         "status": "published"},
        {"title": GS[6][0], "venue": None, "year": 2022, "first_author": True, "status": "published"},
    ],
    "research_interests_any": ["Sodium-ion battery cathodes", "operando characterization",
                               "machine-learning-aided materials design"],
    "awards_count": 2,
    "language": "zh+en",
    "layout": "Bilingual materials-science postdoc CV, python-docx (kept as DOCX), Google Scholar profile table pasted into Word",
    "notes": "Name '岑楚瑜  CEN Chuyu' (surname in capitals), contact with ☎ ✉ 🌐 glyphs, the Scholar profile URL on a "
             "fake example domain is the link. Bilingual headings '工作经历 Employment'; rows 'Chinese name  English "
             "name<TAB>2022.09 – 至今 present' with the role on the next italic line (labelled with the English "
             "names, heldout15). An Argonne summer visit 'Visiting Researcher' is a job. Publications are the "
             "Google Scholar profile table as pasted into Word (TITLE | CITED BY | YEAR): title line, authors line "
             "as Scholar truncates them ('J Lau, C Cen, Q Ding, ...'), venue line 'Advanced Energy Materials 14 "
             "(8), 2303561', citations and year in their own cells; no numbering, no statuses (the ACS Energy "
             "Letters row has no volume: status unknown, year 2025 as shown), an arXiv row (preprint), an 'ECS "
             "Meeting Abstracts' row (a conference abstract: not counted) and the Chinese PhD thesis row "
             "'香港科技大学博士学位论文' (counted, no venue). Co-first authorship stated in a note for the second row "
             "('第二篇 ... 为共同第一作者'): first. Counted 6, first author 4 (rows 1, 2, 4, thesis). The RGC PDFS "
             "appears as a grant (科研项目) and as a fellowship under 荣誉奖励 (the fellowship counts as an award); "
             "'HKUST Research Travel Grant' is a grant (not counted; unsure); awards 2.",
}
