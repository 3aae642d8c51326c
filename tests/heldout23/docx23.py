"""python-docx CVs of heldout23: 08 a Chinese 保研/直博 个人简历 (Word template shape: title, info grid with a
photo cell, 【】 headings, right tab-stop dates), 09 a UK clinical-academic CV (personal-details table, 'Previous
posts' table with dd/mm/yyyy dates, Vancouver references with PMIDs)."""
from __future__ import annotations

from pathlib import Path

import kit23 as kit
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _font(run, name: str, size: float | None = None, bold: bool | None = None, east: str | None = None,
          color: RGBColor | None = None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east or name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def _core(doc: Document, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.revision = 3


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = tcpr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    tcpr.append(shd)


# ------------------------------------------------------------------------------------------------ 08
ZH = "宋体"
ZH_H = "微软雅黑"


def _zh_para(doc, text="", size=10.5, bold=False, font=ZH, align=None, tab_right=None, space_after=2):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align:
        p.alignment = align
    if tab_right:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_right), WD_TAB_ALIGNMENT.RIGHT)
    if text:
        _font(p.add_run(text), "Times New Roman", size, bold, east=font)
    return p


def _zh_heading(doc, text):
    p = _zh_para(doc, space_after=3)
    p.paragraph_format.space_before = Pt(6)
    _font(p.add_run(f"【{text}】"), "Times New Roman", 12, True, east=ZH_H, color=RGBColor(0x1F, 0x4E, 0x79))
    pbdr = p._element.get_or_add_pPr().makeelement(qn("w:pBdr"), {})
    bottom = pbdr.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1",
                                               qn("w:color"): "1F4E79"})
    pbdr.append(bottom)
    p._element.get_or_add_pPr().append(pbdr)
    return p


def _zh_row(doc, left, right, bold=True):
    p = _zh_para(doc, tab_right=17.0)
    _font(p.add_run(left), "Times New Roman", 10.5, bold, east=ZH)
    _font(p.add_run("\t" + right), "Times New Roman", 10.5, False, east=ZH)
    return p


def _zh_bullet(doc, text):
    p = _zh_para(doc, "• " + text)
    p.paragraph_format.left_indent = Cm(0.5)
    return p


def build_08(out_name: str) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    _core(doc, "个人简历", "韩思远")

    _zh_para(doc, "个 人 简 历", 20, True, ZH_H, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    _zh_para(doc, "（2026年推免直博 · 材料科学与工程）", 10.5, False, ZH, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    rows = [("姓    名", "韩思远", "性    别", "男"),
            ("出生年月", "2003年5月", "政治面貌", "共青团员"),
            ("本科院校", "中南大学", "专    业", "材料科学与工程"),
            ("GPA", "3.91/4.0", "专业排名", "2/156（前1.3%）"),
            ("手    机", "186-5550-4412", "邮    箱", "hansiyuan@csu.example.edu.cn"),
            ("英    语", "CET-6 587，CET-4 621", "意向方向", "高熵合金 / 增材制造")]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.2), Cm(4.2), Cm(2.2), Cm(5.0), Cm(3.2)]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.width = widths[c]
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            _font(run, "Times New Roman", 10.5, c % 2 == 0, east=ZH)
            if c % 2 == 0:
                _shade(cell, "DEEAF6")
    photo = t.cell(0, 4).merge(t.cell(len(rows) - 1, 4))
    photo.text = ""
    pp = photo.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(pp.add_run("\n\n（照片）\n一寸免冠"), "Times New Roman", 9, False, east=ZH,
          color=RGBColor(0x80, 0x80, 0x80))

    _zh_heading(doc, "教育背景")
    _zh_row(doc, "中南大学  材料科学与工程学院  材料科学与工程（工学学士）", "2022.09 – 2026.06")
    _zh_bullet(doc, "主修课程：材料科学基础（98）、材料物理性能（96）、金属热处理原理（95）、计算材料学（97）")
    _zh_bullet(doc, "学业成绩：GPA 3.91/4.0，专业排名 2/156；已获推荐免试研究生资格（直博）")
    _zh_row(doc, "香港城市大学  材料科学及工程学系  暑期科研交流", "2024.07 – 2024.08")

    _zh_heading(doc, "科研经历")
    _zh_row(doc, "FeCoNiCrMn系高熵合金的激光选区熔化成形与组织调控（导师：赵倩 教授）", "2023.10 – 至今")
    _zh_bullet(doc, "负责工艺参数优化与EBSD/TEM表征，发现熔池边界处L1₂纳米析出相的异常粗化规律")
    _zh_bullet(doc, "相关成果以第一作者发表于 Journal of Alloys and Compounds，并申请发明专利1项")
    _zh_row(doc, "国家级大学生创新训练项目：难熔高熵合金的高温氧化行为（项目负责人）", "2023.04 – 2024.04")
    _zh_bullet(doc, "结题等级“优秀”；指导教师：陈露 副教授")
    _zh_row(doc, "香港城市大学暑期科研：纳米孪晶铜的原位拉伸（导师：Prof. K. W. Leung）", "2024.07 – 2024.08")

    _zh_heading(doc, "实习与工作经历")
    _zh_row(doc, "中国宝武钢铁集团 中央研究院  暑期实习生（先进材料研究所）", "2025.07 – 2025.08")
    _zh_bullet(doc, "参与汽车用第三代高强钢的热冲压工艺仿真（JMatPro、DEFORM）")
    _zh_row(doc, "中南大学 材料科学与工程学院  《材料科学基础》课程助教", "2025.02 – 2025.06")

    _zh_heading(doc, "学术成果")
    _zh_para(doc, "[1] Han S Y, Liu W, Zhao Q*. Anomalous coarsening of L1₂ precipitates at melt-pool boundaries in "
                  "a laser powder bed fused high-entropy alloy[J]. Journal of Alloys and Compounds, 2025, 1010: "
                  "177845.（第一作者，SCI二区，IF 5.8）")
    _zh_para(doc, "[2] 刘巍, 韩思远, 赵倩*. 激光选区熔化CoCrNi中熵合金的残余应力与开裂行为[J]. 中国有色金属学报, "
                  "已录用.（第二作者，EI）")
    _zh_para(doc, "[3] Han S Y#, Chen L#, Zhao Q*. Oxidation maps for NbMoTaW-based refractory high-entropy "
                  "alloys. Acta Materialia, under review.（#共同第一作者）")
    _zh_para(doc, "[专利] 赵倩, 韩思远, 刘巍. 一种抑制高熵合金增材制造开裂的扫描方法: 中国, "
                  "CN2025105550412.3[P]. 2025-03-18.（发明专利，实审中）")

    _zh_heading(doc, "竞赛获奖")
    _zh_row(doc, "全国大学生金相技能大赛  一等奖", "2024.07", bold=False)
    _zh_row(doc, "美国大学生数学建模竞赛（MCM）Meritorious Winner（一等奖）", "2024.05", bold=False)

    _zh_heading(doc, "荣誉奖励")
    _zh_row(doc, "本科生国家奖学金（8000元）", "2023.11", bold=False)
    _zh_row(doc, "中南大学一等奖学金 / 优秀学生干部", "2024.10", bold=False)

    _zh_heading(doc, "技能与特长")
    _zh_para(doc, "软件：Python、MATLAB、Thermo-Calc、JMatPro、ABAQUS、Origin；表征：SEM、EBSD、TEM样品制备（FIB）、XRD精修")
    _zh_para(doc, "语言：CET-6 587，可流畅阅读与撰写英文文献；学生工作：材料学院学生会学术部部长（2023–2024）")

    _zh_heading(doc, "自我评价")
    _zh_para(doc, "对金属材料研究有浓厚兴趣，动手能力强，具备独立完成从样品制备到表征分析的完整科研训练，希望在直博阶段"
                  "继续从事高熵合金增材制造方向的研究。")

    wd = kit.tempdir()
    path = wd / "cv.docx"
    doc.save(path)
    return kit.deliver(path, out_name)


# ------------------------------------------------------------------------------------------------ 09
EN = "Calibri"


def _p(doc, text="", size=10.5, bold=False, italic=False, align=None, after=3, before=0, indent=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.first_line_indent = Cm(-indent)
    if align:
        p.alignment = align
    if text:
        r = _font(p.add_run(text), EN, size, bold)
        r.italic = italic
    return p


def _h(doc, text):
    p = doc.add_paragraph(style="Heading 1")
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    _font(p.add_run(text.upper()), EN, 11.5, True, color=RGBColor(0x00, 0x5E, 0xB8))
    return p


def _ref(doc, parts):
    """parts: list of (text, bold) runs."""
    p = _p(doc, indent=0.6)
    for text, bold in parts:
        _font(p.add_run(text), EN, 10.5, bold)
    return p


def _table(doc, rows, widths, header=None):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    if header:
        rows = [header, *rows]
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, val in enumerate(row):
            cells[c].width = widths[c]
            cells[c].text = ""
            _font(cells[c].paragraphs[0].add_run(val), EN, 10, bool(header and i == 0))
            if header and i == 0:
                _shade(cells[c], "D9E2F3")
    return t


def build_09(out_name: str) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    _core(doc, "Curriculum Vitae", "Rhiannon Adebisi-Pryce")
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(head.add_run("Dr Rhiannon Adebisi-Pryce – Curriculum Vitae – October 2025"), EN, 8.5,
          color=RGBColor(0x70, 0x70, 0x70))

    _p(doc, "CURRICULUM VITAE", 10, True, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    _p(doc, "Dr Rhiannon Adebisi-Pryce MBBCh (Hons) BSc MRCP(UK)", 18, True, align=WD_ALIGN_PARAGRAPH.CENTER,
       after=8)

    _h(doc, "Personal details")
    _table(doc, [
        ("Address", "Division of Infection & Immunity, School of Medicine, Cardiff University, Heath Park, "
                    "Cardiff CF14 4XN"),
        ("Mobile", "07700 900 418"),
        ("Email", "adebisi-prycer@cardiff.example.ac.uk"),
        ("GMC registration", "Full registration with a licence to practise (2018); on the Specialist Register "
                             "pathway for Renal Medicine"),
        ("ORCID", "0009-0003-5550-0418"),
        ("Current post", "MRC Clinical Research Training Fellow and honorary Specialty Registrar (ST4) in Renal "
                         "Medicine"),
    ], [Cm(4.0), Cm(12.6)])

    _h(doc, "Research interests")
    _p(doc, "Macrophage biology in acute kidney injury; urinary biomarkers of renal inflammation; "
            "kidney transplant rejection.")

    _h(doc, "Qualifications")
    _table(doc, [
        ("2024 – present", "PhD (MRC CRTF), Cardiff University – thesis: Urinary macrophage signatures after "
                           "acute kidney injury (supervisors: Prof. T. Hughes, Dr S. Bandyopadhyay); expected 2027"),
        ("2011 – 2017", "MBBCh (Hons), Cardiff University School of Medicine"),
        ("2014", "BSc (Hons) Medical Pharmacology, First Class (intercalated), Cardiff University"),
    ], [Cm(3.4), Cm(13.2)])
    _p(doc, "Postgraduate examinations: MRCP(UK) Part 1 (2019), Part 2 Written (2020), PACES (2021); "
            "Specialty Certificate Examination in Nephrology (2024). Courses: ALS (renewed 2024), GCP (NIHR, 2024).",
       10, italic=True, before=3)

    _h(doc, "Employment history")
    _table(doc, [
        ("01/10/2024 – present", "MRC Clinical Research Training Fellow", "Cardiff University (hon. StR, Cardiff "
                                                                          "and Vale UHB)"),
        ("06/08/2021 – 30/09/2024", "NIHR Academic Clinical Fellow, ST3–ST4 Renal Medicine",
         "Cardiff and Vale University Health Board"),
        ("07/08/2019 – 03/08/2021", "Core Medical Trainee (CT1–CT2)", "Aneurin Bevan University Health Board"),
        ("02/08/2017 – 06/08/2019", "Foundation Doctor (F1–F2)", "Swansea Bay University Health Board"),
    ], [Cm(4.2), Cm(6.4), Cm(6.0)], header=("Dates", "Post", "Employer"))

    _h(doc, "Publications")
    _p(doc, "Peer-reviewed original research", 10.5, True, after=2)
    _ref(doc, [("1. ", False), ("Adebisi-Pryce R", True), (", Hughes T, Morgan-Lee C, Bandyopadhyay S. Urinary "
               "CD163-positive macrophages predict recovery after acute kidney injury. Kidney Int. "
               "2025;107(3):512-24. PMID: 39555041.", False)])
    _ref(doc, [("2. ", False), ("Hughes T*, ", False), ("Adebisi-Pryce R*", True), (", Jenkins A, Owusu-Bright K. "
               "Tissue-resident macrophage depletion in early allograft rejection. Nephrol Dial Transplant. "
               "2024;39(8):1322-31. *Joint first authors.", False)])
    _ref(doc, [("3. ", False), ("Morgan-Lee C, ", False), ("Adebisi-Pryce R", True), (", Hughes T. Acute kidney "
               "injury alerts and 90-day outcomes in Wales: a population cohort. BMJ Open. 2023;13:e071240.",
               False)])
    _ref(doc, [("4. ", False), ("Adebisi-Pryce R", True), (", Bandyopadhyay S, Hughes T. Point-of-care urinary "
               "sCD163 in the emergency department: a diagnostic accuracy study. Clin Kidney J. Epub ahead of "
               "print 2 Oct 2025.", False)])
    _p(doc, "Case reports", 10.5, True, after=2, before=4)
    _ref(doc, [("5. ", False), ("Adebisi-Pryce R", True), (", Jenkins A. Recurrent hyperkalaemia unmasking "
               "pseudohypoaldosteronism type 1 in an adult. BMJ Case Rep. 2019;12(6):e229880.", False)])
    _p(doc, "Submitted", 10.5, True, after=2, before=4)
    _ref(doc, [("6. ", False), ("Adebisi-Pryce R", True), (", Owusu-Bright K, Hughes T. Single-cell atlas of "
               "urinary myeloid cells after cardiac surgery. Submitted to J Am Soc Nephrol (under review).",
               False)])

    _h(doc, "Presentations")
    _p(doc, "Oral: Urinary macrophages and AKI recovery. UK Kidney Week, Edinburgh, June 2025 (abstract "
            "published in Kidney Int Rep).", indent=0.6)
    _p(doc, "Poster: Point-of-care sCD163. ERA Congress, Stockholm, June 2024.", indent=0.6)

    _h(doc, "Prizes, awards and fellowships")
    _table(doc, [
        ("2024", "MRC Clinical Research Training Fellowship (£291,000 over 3 years)"),
        ("2024", "UK Kidney Association Young Investigator Award"),
        ("2017", "Distinction in Clinical Practice, MBBCh finals"),
        ("2014", "Pharmacology Dissertation Prize, Cardiff University"),
    ], [Cm(2.0), Cm(14.6)])

    _h(doc, "Research funding")
    _p(doc, "Kidney Research UK Innovation Grant (co-applicant), £9,800, 2023.")

    _h(doc, "Audit, quality improvement and management")
    _p(doc, "Led a re-audit of AKI e-alert response times (2022), closing the loop with a new bundle; rota "
            "co-ordinator for renal registrars (2023–2024).")

    _h(doc, "Teaching")
    _p(doc, "Clinical skills tutor for Year 3 MBBCh students (2022–2024); PGCert Medical Education (module 1, "
            "2023).")

    _h(doc, "Referees")
    _p(doc, "Prof. Tomos Hughes, Professor of Nephrology, Cardiff University – hughest@cardiff.example.ac.uk")
    _p(doc, "Dr Sunita Bandyopadhyay, Consultant Nephrologist, Cardiff and Vale UHB – "
            "sunita.bandyopadhyay@wales.example.nhs.uk")

    wd = kit.tempdir()
    path = wd / "cv.docx"
    doc.save(path)
    return kit.deliver(path, out_name)
