"""python-docx builders of heldout32 (02, 04, 05, 11)."""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import build32
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SRC = Path(__file__).resolve().parent / "src"


def _photo() -> io.BytesIO:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (150, 200), (214, 220, 228))
    d = ImageDraw.Draw(im)
    d.ellipse((45, 30, 105, 100), fill=(160, 170, 185))
    d.rectangle((25, 115, 125, 200), fill=(160, 170, 185))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def _font(run, name: str = "Calibri", east: str = "宋体", size: float | None = None, bold: bool = False,
          color: RGBColor | None = None) -> None:
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def _para(doc_or_cell, text: str = "", size: float = 10.5, bold: bool = False, east: str = "宋体",
          color: RGBColor | None = None, align=None, name: str = "Calibri"):
    p = doc_or_cell.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if text:
        _font(p.add_run(text), name=name, east=east, size=size, bold=bold, color=color)
    return p


def _runs(p, parts, size: float = 10.5, east: str = "宋体", name: str = "Calibri") -> None:
    """parts: list of (text, bold) or str."""
    for part in parts:
        text, bold = (part, False) if isinstance(part, str) else part
        _font(p.add_run(text), name=name, east=east, size=size, bold=bold)


def _set_app(path: Path, app: str) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/app.xml":
                blob = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
                        b'openxmlformats.org/officeDocument/2006/extended-properties"><Application>' + app.encode()
                        + b"</Application></Properties>")
            z.writestr(name, blob)


def _core(doc, title: str) -> None:
    import datetime as dt

    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = title
    cp.created = dt.datetime(2025, 9, 1)
    cp.modified = dt.datetime(2025, 9, 1)
    cp.revision = 1


def _band(doc, text: str, fill: str = "1F4E79") -> None:
    t = doc.add_table(rows=1, cols=1)
    _no_borders(t)
    c = t.cell(0, 0)
    _shade(c, fill)
    p = c.paragraphs[0]
    _font(p.add_run(text), east="微软雅黑", name="微软雅黑", size=11.5, bold=True, color=RGBColor(255, 255, 255))
    _para(doc, "", size=3)


# ---------------------------------------------------------------- 02
def wps_chem_02(files: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.4)
    _core(doc, "个人简历")
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.width, right.width = Cm(14), Cm(3.6)
    _shade(left, "DEEAF6")
    p = left.paragraphs[0]
    _font(p.add_run("骆 雯 萱"), east="微软雅黑", name="微软雅黑", size=22, bold=True, color=RGBColor(0x1F, 0x4E, 0x79))
    _font(p.add_run("    求职意向：2026 年博士研究生（有机化学）"), east="微软雅黑", name="微软雅黑", size=10.5)
    info = [("年    龄：24 岁", "政治面貌：中共党员"), ("电    话：158-5550-0147", "邮    箱：luowenxuan@example.com"),
            ("现 住 址：天津市南开区卫津路 94 号", "民    族：汉")]
    t = left.add_table(rows=len(info), cols=2)
    _no_borders(t)
    for i, (a, b) in enumerate(info):
        _runs(t.cell(i, 0).paragraphs[0], [a], size=10)
        _runs(t.cell(i, 1).paragraphs[0], [b], size=10)
    right.paragraphs[0].add_run().add_picture(_photo(), width=Cm(2.6))
    _para(doc, "", size=4)

    _band(doc, "教育背景  EDUCATION")
    edu = [("2022.09-2025.06", "南开大学（985/211）", "有机化学  理学硕士", "GPA：3.74/4.0   排名：5/63"),
           ("2018.09-2022.06", "郑州大学（211）", "应用化学  理学学士", "GPA：3.81/4.0   排名：3/112")]
    for d, school, major, gpa in edu:
        t = doc.add_table(rows=1, cols=4)
        _no_borders(t)
        for j, txt in enumerate((d, school, major, gpa)):
            _runs(t.cell(0, j).paragraphs[0], [(txt, j == 1)], size=10)
    _para(doc, "主修课程：高等有机化学、有机合成、波谱解析、金属有机化学、结构化学", size=10)

    _band(doc, "科研经历  RESEARCH")
    p = _para(doc, size=10)
    _runs(p, [("2022.09-2025.06   元素有机化学国家重点实验室   硕士研究生", True)], size=10)
    _para(doc, "指导老师：冉明远 研究员    课题：可见光/镍协同催化的烯烃不对称双官能团化", size=10)
    for line in ("● 发展了一类手性双噁唑啉-镍催化体系，实现烯烃的不对称芳基烷基化，ee 值最高 96%；",
                 "● 独立完成底物拓展（40 余例）、机理实验（自由基钟、KIE）与 DFT 计算辅助分析；",
                 "● 熟练掌握无水无氧操作、手套箱、HPLC 手性分析、NMR/HRMS 结构表征。"):
        _para(doc, line, size=10)
    p = _para(doc, size=10)
    _runs(p, [("2025.07-至今      天津凯莱英医药集团（股份）有限公司   工艺研发助理研究员", True)], size=10)
    _para(doc, "负责小分子原料药关键中间体的路线优化与放大（百克级），撰写工艺开发报告。", size=10)

    _band(doc, "发表论文  PUBLICATIONS")
    _para(doc, "（#为共同第一作者，*为通讯作者）", size=9)
    pubs = [
        [("Luo W.#", True), ", Zhao T.#, Ran M.* Nickel/photoredox-catalysed enantioselective 1,2-arylalkylation of "
         "unactivated alkenes. ", ("Org. Lett.", False), " 2025, 27, 3312-3317.（共同一作）"],
        [("Luo W.", True), ", Ran M.* Radical relay difunctionalization of vinyl boronates enabled by visible light. ",
         "J. Org. Chem. 2024, 89, 10876-10885."],
        ["Zhao T., ", ("Luo W.", True), ", Qiu H., Ran M.* Chiral bioxazoline ligands for asymmetric Ni catalysis. "
         "Chin. J. Chem. 2024, 42, 2011-2018."],
        [("Luo W.", True), ", Ran M.* Enantioconvergent alkyl-alkyl coupling via a Ni/Ir dual system. ",
         "ACS Catal. 已接收 (Accepted)."],
        ["Ran M.*, ", ("Luo W.", True), ", et al. 可见光促进的烯烃双官能团化研究进展. 有机化学, 在投."],
    ]
    for i, parts in enumerate(pubs, 1):
        p = _para(doc, size=10)
        _runs(p, [f"[{i}] ", *parts], size=10)

    _band(doc, "荣誉奖项  HONORS")
    for line in ("2024.10  研究生国家奖学金", "2023.10  南开大学 研究生学业一等奖学金",
                 "2021.05  第十二届全国大学生化学实验邀请赛 二等奖", "2021.10  郑州大学 “三好学生”"):
        _para(doc, line, size=10)

    _band(doc, "技能证书  SKILLS")
    _para(doc, "英语：CET-6（556）；软件：ChemDraw、MestReNova、Gaussian 16、Origin；熟悉 SciFinder、Reaxys 检索", size=10)
    _band(doc, "自我评价  ABOUT ME")
    _para(doc, "热爱有机化学研究，实验动手能力强，能吃苦耐劳，具备良好的团队协作与沟通能力。", size=10)

    out = files / "02_zh_chemistry_kaobo_master_wps_jianli_docx.docx"
    doc.save(out)
    _set_app(out, "WPS Office_12.1.0.17827_F1E327BC-269C-435d-A152-05C5408002CA")
    return out


# ---------------------------------------------------------------- 04
def postdoc_lo_04(files: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    _core(doc, "博士后申请-个人简历")
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hp.add_run("浙江大学 材料科学与工程学院 博士后申请材料"), east="宋体", size=9, color=RGBColor(0x80, 0x80, 0x80))
    _para(doc, "个人简历", size=18, bold=True, east="黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [("姓名", "訾晨阳", "性别", "男"), ("出生年月", "1996 年 5 月", "最高学位", "工学博士"),
             ("联系电话", "136 5550 0108", "电子邮箱", "zichenyang@example.net"),
             ("申请岗位", "博士后（合作导师：杭沐清 教授）", "研究方向", "固态锂金属电池界面")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            _runs(t.cell(i, j).paragraphs[0], [(v, j % 2 == 0)], size=10.5)
    _para(doc, "")

    def heading(txt: str) -> None:
        p = _para(doc, txt, size=12, bold=True, east="黑体")
        ppr = p._element.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "2F5496")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)

    heading("一、教育经历")
    for line in ("2019.09—2025.06  中国科学技术大学  材料科学与工程  工学博士（硕博连读）  导师：屈若谷 教授",
                 "2023.02—2024.02  Karlsruhe Institute of Technology (KIT), Helmholtz Institute Ulm  联合培养博士研究生（国家留学基金委资助）",
                 "2015.09—2019.06  合肥工业大学  材料物理  工学学士"):
        _para(doc, line, size=10.5)
    heading("二、工作经历")
    _para(doc, "2025.07—至今  中国科学技术大学 先进储能材料实验室  科研助理（博士后入站前过渡）", size=10.5)
    heading("三、科研项目")
    for line in ("1. 国家重点研发计划“储能与智能电网技术”重点专项课题，2021YFB25xxxxx，2021.12—2025.11，参与（主要完成人）",
                 "2. 国家自然科学基金面上项目，5227xxxx，2023.01—2026.12，参与",
                 "3. 中国科学技术大学研究生创新基金，2022.06—2023.06，主持"):
        _para(doc, line, size=10.5)
    heading("四、代表性论文（一作/共一 5 篇，累计影响因子 98.6，†共同第一作者，*通讯作者）")
    pubs = [
        "[1] Zi C., Qu R.*, et al. Fluorinated interphase enables dendrite-free Li metal anodes in sulfide solid-state "
        "batteries. Advanced Energy Materials, 2024, 14: 2403318.",
        "[2] Zi C.†, Weber L.†, Fichtner H., Qu R.*. Operando neutron depth profiling of Li plating in garnet "
        "electrolytes. ACS Energy Letters, 2025, 10: 1187-1195.",
        "[3] Zi C., Hang M., Qu R.*. Chemo-mechanical failure at the cathode/sulfide interface. Energy Storage "
        "Materials, 2023, 61: 102893.",
        "[4] Ding Y., Zi C., Qu R.*. Halide solid electrolytes with high oxidative stability. Journal of Materials "
        "Chemistry A, 2023, 11: 20544-20552.",
        "[5] Zi C., Qu R.*. Interface engineering for solid-state lithium metal batteries. Nature Energy, under review "
        "(revision submitted).",
        "[6] Zi C., et al. Low-pressure operation of anode-free solid-state cells. Joule, in press.",
    ]
    for line in pubs:
        _para(doc, line, size=10.5)
    heading("五、授权专利")
    _para(doc, "[1] 屈若谷，訾晨阳. 一种氟化界面层修饰的硫化物固态电解质及其制备方法：ZL 2023 1 05xxxxx.X[P]. 2024-08-16.", size=10.5)
    heading("六、获奖情况")
    for line in ("2024  中国科学技术大学 “郭沫若奖学金”", "2023  博士研究生国家奖学金",
                 "2022  第六届中国国际储能大会 优秀墙报奖"):
        _para(doc, line, size=10.5)
    heading("七、博士后期间研究计划（摘要）")
    _para(doc, "拟围绕低压运行的无负极固态电池，开展界面原位表征与电解质设计研究……", size=10.5)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "04_cv.docx"
        doc.save(src)
        kit_fix(src)
        shutil.copy(src, SRC / "04_cv.python-docx.docx")
        return _lo_pdf(src, files / "04_zh_materials_postdoc_application_libreoffice.pdf")


def kit_fix(path: Path) -> None:
    import kit32

    kit32.fix_docx(path)


def _lo_pdf(src: Path, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(src.parent), str(src)], check=True, capture_output=True, env=build32.ENV,
                       timeout=300)
    shutil.copy(src.with_suffix(".pdf"), out)
    return out


# ---------------------------------------------------------------- 05
def form_med_05(files: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    _core(doc, "四川大学华西临床医学院 高层次人才（青年教师）应聘申请表")
    _para(doc, "四川大学华西临床医学院", size=14, bold=True, east="黑体", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "青年教师（专职科研 / 教学科研岗）应聘申请表", size=16, bold=True, east="黑体",
          align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "填表日期：2025 年 9 月 1 日                                        编号：______", size=9)
    t = doc.add_table(rows=18, cols=6)
    t.style = "Table Grid"

    def put(r, c, text, bold=False, size=10):
        cell = t.cell(r, c)
        cell.paragraphs[0].text = ""
        _runs(cell.paragraphs[0], [(text, bold)], size=size)
        return cell

    # rows 0-3: personal data with the photo cell merged over four rows in column 5
    put(0, 0, "姓  名", True)
    put(0, 1, "邬岚清")
    put(0, 2, "性  别", True)
    put(0, 3, "女")
    put(1, 0, "出生年月", True)
    put(1, 1, "1995.08")
    put(1, 2, "民  族", True)
    put(1, 3, "汉")
    put(2, 0, "最高学历/学位", True)
    put(2, 1, "研究生 / 医学博士")
    put(2, 2, "专业技术职务", True)
    put(2, 3, "住院医师")
    put(3, 0, "手机", True)
    put(3, 1, "137 5550 0185")
    put(3, 2, "E-mail", True)
    put(3, 3, "wulanqing@wchscu.example.cn")
    photo = t.cell(0, 4).merge(t.cell(3, 5))
    photo.paragraphs[0].text = ""
    photo.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    photo.paragraphs[0].add_run().add_picture(_photo(), width=Cm(2.4))
    # row 4: position sought
    put(4, 0, "应聘岗位", True)
    c = t.cell(4, 1).merge(t.cell(4, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], ["呼吸与危重症医学科 专职博士后 / 青年教师（助理研究员）    是否服从调剂：是"], size=10)
    # row 5: education header
    c = t.cell(5, 0).merge(t.cell(5, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], [("学习经历（从本科填起）", True)], size=10.5)
    put(6, 0, "起止年月", True)
    put(6, 1, "毕业院校", True)
    t.cell(6, 2).merge(t.cell(6, 3))
    put(6, 2, "专业", True)
    put(6, 4, "学位", True)
    put(6, 5, "导师", True)
    edu = [("2013.09-\n2018.06", "四川大学华西临床医学院", "临床医学（五年制）", "医学学士", "—"),
           ("2018.09-\n2021.06", "四川大学华西临床医学院", "内科学（呼吸系病）", "医学硕士", "龙嘉树"),
           ("2021.09-\n2024.06", "北京协和医学院", "内科学（呼吸系病）", "医学博士", "宣一川")]
    for k, (d, s, m, deg, sup) in enumerate(edu):
        r = 7 + k
        put(r, 0, d)
        put(r, 1, s)
        t.cell(r, 2).merge(t.cell(r, 3))
        put(r, 2, m)
        put(r, 4, deg)
        put(r, 5, sup)
    c = t.cell(10, 0).merge(t.cell(10, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], [("工作经历", True)], size=10.5)
    put(11, 0, "起止年月", True)
    c = t.cell(11, 1).merge(t.cell(11, 3))
    put(11, 1, "工作单位及部门", True)
    t.cell(11, 4).merge(t.cell(11, 5))
    put(11, 4, "职务/职称", True)
    jobs = [("2024.07-至今", "四川大学华西医院 呼吸与危重症医学科", "住院医师（专科培训）"),
            ("2019.07-2019.08", "世界卫生组织 驻华代表处（实习）", "实习生")]
    for k, (d, org, ttl) in enumerate(jobs):
        r = 12 + k
        put(r, 0, d)
        t.cell(r, 1).merge(t.cell(r, 3))
        put(r, 1, org)
        t.cell(r, 4).merge(t.cell(r, 5))
        put(r, 4, ttl)
    put(14, 0, "主要科研成果（论文、项目）", True)
    c = t.cell(14, 1).merge(t.cell(14, 5))
    c.paragraphs[0].text = ""
    lines = [
        "论文（*通讯作者，#共同第一作者）：",
        "1. Wu L, Xuan Y*. Airway microbiome dysbiosis predicts exacerbations in bronchiectasis: a multicentre "
        "cohort study. Eur Respir J. 2024;63(5):2301987.",
        "2. Wu L#, Meng Q#, Long J, et al. Neutrophil extracellular traps in COPD–bronchiectasis overlap. "
        "Am J Respir Crit Care Med. 2025;211(2):245-257.",
        "3. Meng Q, Wu L, Xuan Y*. Inhaled antibiotics for Pseudomonas colonisation: a network meta-analysis. "
        "Chest. 2023;164(4):902-914.",
        "4. 邬岚清, 龙嘉树*. 支气管扩张症急性加重的危险因素分析[J]. 中华结核和呼吸杂志, 2021, 44(9): 801-806.",
        "5. Wu L, Xuan Y*. Sputum proteomics stratifies bronchiectasis endotypes. Thorax. 已录用.",
        "项目：国家自然科学基金青年科学基金项目（82500xxx），2026.01-2028.12，在评（主持）；"
        "四川大学华西医院 1·3·5 工程博士后专项，2024.09-2026.08，主持。",
    ]
    first = True
    for line in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        _runs(p, [line], size=9.5)
    put(15, 0, "获奖情况", True)
    c = t.cell(15, 1).merge(t.cell(15, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], ["2023 年 博士研究生国家奖学金；2022 年 中华医学会呼吸病学年会 优秀壁报奖；"
                            "2017 年 四川大学 优秀学生奖学金（一等）"], size=9.5)
    put(16, 0, "研究方向", True)
    c = t.cell(16, 1).merge(t.cell(16, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], ["支气管扩张症；慢性气道疾病的微生物组；中性粒细胞胞外诱捕网"], size=9.5)
    put(17, 0, "本人承诺", True)
    c = t.cell(17, 1).merge(t.cell(17, 5))
    c.paragraphs[0].text = ""
    _runs(c.paragraphs[0], ["本人承诺以上所填信息真实有效。            申请人签名：            日期："], size=9.5)
    out = files / "05_zh_medicine_youth_faculty_school_template_docx.docx"
    doc.save(out)
    return out


# ---------------------------------------------------------------- 11
def english_chem_11(files: Path) -> Path:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    sec.left_margin = sec.right_margin = Cm(2.0)
    _core(doc, "CV_Jiaxin_Rong_postdoc")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("Jiaxin Rong | CV | updated September 2025"), name="Times New Roman", size=8)
    _para(doc, "JIAXIN RONG (荣嘉欣)", size=18, bold=True, name="Times New Roman", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "Ph.D. Candidate in Chemistry, Peking University", size=11, name="Times New Roman",
          align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "College of Chemistry and Molecular Engineering, Peking University, Beijing 100871, China",
          size=10, name="Times New Roman", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, "Tel: +86 152 5550 0121 · Email: rongjiaxin@pku.example.edu.cn · ORCID: 0000-0003-5550-0121",
          size=10, name="Times New Roman", align=WD_ALIGN_PARAGRAPH.CENTER)

    def heading(txt: str) -> None:
        p = _para(doc, txt.upper(), size=11.5, bold=True, name="Times New Roman")
        p.paragraph_format.space_before = Pt(8)
        ppr = p._element.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            b.set(qn(k), v)
        bdr.append(b)
        ppr.append(bdr)

    def dated(left_parts, right: str) -> None:
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.cell(0, 0).width, t.cell(0, 1).width = Cm(13.5), Cm(4)
        _runs(t.cell(0, 0).paragraphs[0], left_parts, size=10.5, name="Times New Roman")
        rp = t.cell(0, 1).paragraphs[0]
        rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _runs(rp, [right], size=10.5, name="Times New Roman")

    heading("Education")
    dated([("Peking University", True), ", Ph.D. in Physical Chemistry"], "09/2020 – 07/2025 (expected)")
    _para(doc, "Dissertation: Single-atom catalysts for electrochemical nitrate reduction. Advisor: Prof. Zhiyuan Ou",
          size=10.5, name="Times New Roman")
    dated([("Xiamen University", True), ", B.S. in Chemistry (Lu Jiaxi Class)"], "09/2016 – 06/2020")
    _para(doc, "GPA 3.86/4.00, ranked 4/128; National Scholarship (2018)", size=10.5, name="Times New Roman")

    heading("Research Interests")
    _para(doc, "Electrocatalysis; single-atom catalysts; operando X-ray absorption spectroscopy; nitrogen cycle "
          "electrochemistry", size=10.5, name="Times New Roman")

    heading("Research Experience")
    dated([("Peking University", True), " — Graduate Researcher, Ou Group"], "09/2020 – present")
    for line in ("• Designed Cu–Fe dual-atom catalysts reaching 96% Faradaic efficiency for NO3– to NH3 at –0.4 V RHE.",
                 "• Operando XAS and DEMS at the Shanghai Synchrotron Radiation Facility (BL14W1), 6 beamtimes."):
        _para(doc, line, size=10.5, name="Times New Roman")
    dated([("Argonne National Laboratory", True), " — Visiting Student, Advanced Photon Source (host: Dr. K. Ellery)"],
          "03/2023 – 08/2023")
    dated([("Xiamen University", True), " — Undergraduate Research Assistant (Advisor: Prof. Mei Fu)"],
          "07/2018 – 06/2020")

    heading("Publications")
    _para(doc, "(* corresponding author; # equal contribution; 10 papers in total, 5 as first author)",
          size=9.5, name="Times New Roman")
    pubs = [
        [("Rong, J.", True), "; Li, X.; Ou, Z.* Dual-atom Cu–Fe sites for selective nitrate electroreduction to "
         "ammonia. ", "J. Am. Chem. Soc. 2024, 146, 18230–18241."],
        ["Tan, H.#; ", ("Rong, J.#", True), "; Ellery, K.; Ou, Z.* Operando XAS reveals dynamic Cu clustering during "
         "nitrate reduction. ", "Nat. Catal. 2025, 8, 411–420."],
        [("Rong, J.", True), "; Ou, Z.* Pulsed electrolysis suppresses hydrogen evolution on single-atom catalysts. ",
         "Angew. Chem. Int. Ed. 2023, 62, e202311452."],
        ["Li, X.; ", ("Rong, J.", True), "; Ou, Z.* Boron-doped carbon supports for Fe–N–C catalysts. ",
         "ACS Catal. 2023, 13, 9921–9930."],
        [("Rong, J.", True), "; Fu, M.* Photocatalytic CO2 reduction on Bi2WO6 nanosheets. ",
         "Chin. J. Catal. 2021, 42, 1540–1548."],
        [("Rong, J.", True), "; Tan, H.; Ou, Z.* Machine-learned descriptors for nitrate reduction on dual-atom sites. ",
         "Submitted to Nature Communications."],
        ["Tan, H.; ", ("Rong, J.", True), "; et al. A flow-cell protocol for ammonia quantification. ",
         "ChemRxiv 2025, DOI: 10.26434/chemrxiv-2025-x7k2q (preprint)."],
    ]
    for i, parts in enumerate(pubs, 1):
        p = _para(doc, size=10.5, name="Times New Roman")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        _runs(p, [f"{i}. ", *parts], size=10.5, name="Times New Roman")
    _para(doc, "(3 further co-authored papers omitted)", size=9.5, name="Times New Roman")

    heading("Honors and Awards")
    for line, yr in (("Peking University President's Scholarship for Ph.D. Students", "2024"),
                     ("National Scholarship for Graduate Students (Top 2%)", "2023"),
                     ("Best Poster Award, 19th National Conference on Electrochemistry of China", "2023"),
                     ("Excellent Graduate of Fujian Province", "2020")):
        dated([line], yr)

    heading("Presentations")
    _para(doc, "Oral: 'Dual-atom sites for nitrate-to-ammonia', ACS Fall Meeting, San Francisco, Aug 2023.",
          size=10.5, name="Times New Roman")
    heading("Skills")
    _para(doc, "Electrochemistry (RDE, RRDE, DEMS, flow cells); XAS (Athena/Artemis), XPS, in-situ Raman; "
          "DFT (VASP); Python. Languages: Chinese (native), English (TOEFL 104).", size=10.5, name="Times New Roman")
    heading("References")
    _para(doc, "Prof. Zhiyuan Ou, Peking University (ouzy@pku.example.edu.cn); Dr. Karen Ellery, Argonne National "
          "Laboratory (kellery@anl.example.gov)", size=10.5, name="Times New Roman")
    out = files / "11_en_chemistry_phd_postdoc_application_word.docx"
    doc.save(out)
    return out
