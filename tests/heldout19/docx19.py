"""Word builders of heldout19 (python-docx): 03, 05 (then LibreOffice), 07, 11 (then LibreOffice)."""
from __future__ import annotations

import datetime as _dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = _dt.datetime(2024, 7, 1, 0, 0, 0)


def _core(doc: Document, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 1


def _font(run, name: str, size: float | None = None, bold: bool | None = None,
          color: str | None = None, east: str | None = None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east or name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _bottom_rule(par, color: str = "2F6FB5", size: int = 8) -> None:
    ppr = par._element.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def _para(container, text: str = "", *, font="微软雅黑", size=10.0, bold=False, color=None,
          align=None, after=2, before=0, east=None):
    p = container.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if align:
        p.alignment = align
    if text:
        _font(p.add_run(text), font, size, bold, color, east)
    return p


def _margins(doc: Document, top=1.6, bottom=1.6, left=1.8, right=1.8) -> None:
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)


# ---------------------------------------------------------------- 03
def build_03(path) -> None:
    """BOSS直聘-style online résumé saved as Word (附件简历 export)."""
    doc = Document()
    _margins(doc)
    _core(doc, "韩晟睿-Java开发工程师-6年", "BOSS直聘")
    f = "微软雅黑"
    top = doc.add_table(rows=1, cols=2)
    _no_borders(top)
    top.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = top.rows[0].cells
    left.width, right.width = Cm(13.5), Cm(3.9)
    p = left.paragraphs[0]
    _font(p.add_run("韩晟睿"), f, 20, True, "222222")
    _para(left, "6年  |  29岁  |  本科  |  离职-随时到岗", font=f, size=10, color="555555")
    _para(left, "\u260e 186-5550-0173     \u2709 hsr_dev@example.cn     微信：hsr-dev-0173", font=f, size=9.5,
          color="555555")
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(rp.add_run("[ 头像 ]"), f, 9, False, "999999")
    _shade(right, "EDEFF2")

    def head(t):
        p = _para(doc, t, font=f, size=12.5, bold=True, color="00A6A7", before=10, after=4)
        _bottom_rule(p, "00A6A7", 6)

    head("个人优势")
    _para(doc, "6年Java后端开发经验，熟悉高并发、分布式系统设计；主导过日活千万级的直播打赏与订单系统重构；"
          "熟悉 Spring Cloud、Dubbo、MySQL 分库分表、Redis、Kafka、RocketMQ，有一定的 JVM 调优和线上排障经验；"
          "带过5人小组，注重代码质量与Code Review。", font=f, size=9.5, after=4)
    head("期望职位")
    _para(doc, "Java  ·  北京  ·  30-45K  ·  互联网/电子商务、直播", font=f, size=9.5)

    head("工作经历")

    def job(org, dates, title, dept, content, result=None):
        t = doc.add_table(rows=2, cols=2)
        _no_borders(t)
        a, b = t.rows[0].cells
        a.width, b.width = Cm(12.4), Cm(5.0)
        _font(a.paragraphs[0].add_run(org), f, 10.5, True, "222222")
        b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(b.paragraphs[0].add_run(dates), f, 9.5, False, "777777")
        c = t.rows[1].cells[0].merge(t.rows[1].cells[1])
        _font(c.paragraphs[0].add_run(title), f, 10, False, "333333")
        _font(c.paragraphs[0].add_run("    " + dept), f, 9.5, False, "888888")
        _para(doc, "内容：" + content, font=f, size=9.5, after=1)
        if result:
            _para(doc, "业绩：" + result, font=f, size=9.5, after=6)

    job("字节跳动", "2021.03-至今", "Java开发工程师", "直播中台 · 交易研发组",
        "负责直播打赏、礼物订单与结算链路的后端开发；设计基于 RocketMQ 事务消息的最终一致性方案；"
        "推动订单库从单库迁移到 64 分片。",
        "大促峰值 12 万 QPS 下核心链路可用性 99.995%；订单对账差错率下降 90%。2022年晋升 2-2。")
    job("京东", "2018.07-2021.02", "Java开发工程师", "零售事业群 · 供应链研发部",
        "负责采购单、库存预占服务的开发与维护，参与 Dubbo 到 JSF 的服务治理改造；负责 2 个新人的带教。",
        "库存预占接口 TP99 从 180ms 降到 45ms。")
    job("美团", "2017.07-2017.09", "后端开发实习生", "到店事业群",
        "参与商户券核销服务的单元测试补齐与慢查询治理。")

    head("项目经历")
    for name, dates, role, text in [
        ("直播礼物订单系统重构", "2021.06-2022.03", "后端负责人",
         "将单体订单服务拆分为下单、支付回调、结算三个服务；引入 TCC 处理跨服务资金操作；灰度切流零事故。"),
        ("库存预占服务性能优化", "2019.09-2020.05", "核心开发",
         "Redis Lua 原子扣减 + 异步落库；压测与全链路监控接入。"),
    ]:
        p = _para(doc, "", font=f, after=1, before=2)
        _font(p.add_run(name), f, 10, True, "222222")
        _font(p.add_run("    " + role + "    " + dates), f, 9.5, False, "777777")
        _para(doc, text, font=f, size=9.5, after=4)

    head("教育经历")
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    a, b = t.rows[0].cells
    _font(a.paragraphs[0].add_run("北京邮电大学"), f, 10.5, True, "222222")
    _font(a.paragraphs[0].add_run("    本科    计算机科学与技术"), f, 9.5, False, "555555")
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(b.paragraphs[0].add_run("2014-2018"), f, 9.5, False, "777777")
    _para(doc, "在校经历：ACM-ICPC 亚洲区域赛（沈阳站）铜奖；校级一等奖学金（2016）。", font=f, size=9.5)

    head("资格证书")
    _para(doc, "系统架构设计师（软考高级，2023）  ·  CET-6  ·  阿里云 ACP 云计算认证", font=f, size=9.5)
    _para(doc, "", after=0)
    foot = doc.sections[0].footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(foot.add_run("本简历来自 BOSS直聘 · 仅用于招聘用途"), f, 8, False, "AAAAAA")
    doc.save(path)


# ---------------------------------------------------------------- 05
def build_05(path) -> None:
    """WPS 'resume template' shape: one 2-column table, dark left sidebar cell, skill bars typed as blocks."""
    doc = Document()
    _margins(doc, 1.0, 1.0, 1.0, 1.0)
    _core(doc, "欧阳知远-感知算法-简历", "Administrator")
    f = "微软雅黑"
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    side, main = t.rows[0].cells
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(6.0), Cm(13.0)
    side.width, main.width = Cm(6.0), Cm(13.0)
    _shade(side, "2B3A4A")
    w = "FFFFFF"
    p = side.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("（照片）"), f, 9, False, "AFC3D6")
    _para(side, "欧阳知远", font=f, size=19, bold=True, color=w, align=WD_ALIGN_PARAGRAPH.CENTER, before=16)
    _para(side, "求职意向：感知算法专家", font=f, size=9.5, color="D8E2EC", align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    def shead(txt):
        p = _para(side, txt, font=f, size=11, bold=True, color="F2B134", before=10, after=4)
        _bottom_rule(p, "F2B134", 6)

    shead("基本信息")
    for line in ["年龄：30岁", "籍贯：湖南长沙", "政治面貌：群众", "现居：广州", "电话：176 5550 0294",
                 "邮箱：oyzy.vision@example.com", "GitHub：github.com/oyzy-vision"]:
        _para(side, line, font=f, size=9, color=w, after=2)
    shead("专业技能")
    for skill, n in [("PyTorch", 5), ("C++ / CUDA", 4), ("TensorRT 部署", 4), ("多传感器融合", 4), ("Python", 5)]:
        _para(side, skill, font=f, size=9, color=w, after=0)
        _para(side, "\u25a0" * n + "\u25a1" * (5 - n), font="Segoe UI Symbol", size=9, color="F2B134", after=3,
              east="Segoe UI Symbol")
    shead("语言能力")
    _para(side, "英语 CET-6（582）", font=f, size=9, color=w)
    _para(side, "可作为工作语言", font=f, size=9, color=w)
    shead("兴趣爱好")
    _para(side, "马拉松 · 摄影 · 围棋", font=f, size=9, color=w)

    main.paragraphs[0].paragraph_format.space_after = Pt(0)

    def mhead(txt):
        p = _para(main, "", font=f, before=8, after=4)
        _font(p.add_run("\u25c6 " + txt), f, 12, True, "2B3A4A")
        _bottom_rule(p, "2B3A4A", 8)

    def row(left, right, *, bold=True):
        p = _para(main, "", font=f, after=1, before=3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.RIGHT)
        _font(p.add_run(left), f, 10, bold, "222222")
        _font(p.add_run("\t" + right), f, 9, False, "666666")

    def body(txt):
        _para(main, txt, font=f, size=9, color="444444", after=2)

    mhead("教育背景")
    row("上海交通大学  |  控制科学与工程  |  硕士", "2017.09 - 2020.03")
    body("导师：（略）；研究方向：单目三维目标检测；GPA 3.78/4.0")
    row("哈尔滨工业大学  |  自动化  |  本科", "2013.09 - 2017.06")
    body("专业排名 5/182；主修课程：自动控制原理、模式识别、数字图像处理")

    mhead("工作经历")
    row("小鹏汽车  |  感知算法专家", "2022.04 - 至今")
    body("负责城市 NGP 的 BEV 多相机三维检测与车道拓扑；主导 Occupancy 网络量产上车，端侧延迟 28ms。")
    row("商汤科技  |  研究员（智能汽车事业群）", "2020.04 - 2022.03")
    body("负责单目/环视三维检测算法研发与交付，支持 3 家主机厂定点项目。")
    row("商汤科技  |  研究实习生", "2019.06 - 2019.12")
    body("单目深度估计的自监督预训练，相关成果发表于 CVPR 2022。")

    mhead("项目经验")
    row("城市 NGP 感知系统（量产）", "2022.06 - 2023.09", bold=True)
    body("角色：算法负责人；BEV 检测 mAP 提升 6.1；夜间误检率下降 40%。")

    mhead("论文与专利")
    body("[1] Ouyang Z, Li H, Tan W, et al. Depth-aware pretraining for monocular 3D object detection[C]//"
         "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR). 2022: 10231-10240.（第一作者）")
    body("[2] Guo M, Ouyang Z, Fei Y. Lane topology reasoning with sparse BEV queries[C]//IEEE International "
         "Conference on Robotics and Automation (ICRA). 2023.")
    body("[3] Ouyang Z, Guo M, et al. OccStream: streaming occupancy prediction for parking scenes[J]. "
         "IEEE Transactions on Intelligent Vehicles, 已录用.（第一作者）")
    body("[专利] 一种基于鸟瞰图特征的车道拓扑识别方法：CN 2023XXXXXXXX.X[P]. 发明专利（实审中），第二发明人。")

    mhead("获奖情况")
    body("2016年  国家奖学金（本科）")
    body("2020年  上海交通大学优秀毕业生")
    body("2023年  小鹏汽车年度技术突破奖")

    mhead("自我评价")
    body("对量产感知有完整经验，从数据闭环、模型设计到部署优化；沟通顺畅，抗压能力强。")
    doc.save(path)


# ---------------------------------------------------------------- 07
def build_07(path) -> None:
    """German engineer's English CV in Word: name over two lines, dates-first tables, patents, running header."""
    doc = Document()
    _margins(doc, 1.8, 1.8, 2.0, 2.0)
    _core(doc, "CV Jonas Weissgerber-Adeyemi", "Jonas Weissgerber-Adeyemi")
    f = "Calibri"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = f, Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hdr.add_run("Curriculum Vitae – J. Weissgerber-Adeyemi – Analog/Mixed-Signal IC Design"), f, 8, False, "7F7F7F")

    top = doc.add_table(rows=1, cols=2)
    _no_borders(top)
    top.autofit = False
    top.columns[0].width, top.columns[1].width = Cm(10.0), Cm(7.0)
    a, b = top.rows[0].cells
    a.width, b.width = Cm(10.0), Cm(7.0)
    p = a.paragraphs[0]
    p.paragraph_format.space_after = Pt(0)
    _font(p.add_run("JONAS"), f, 24, False, "1F3864")
    _para(a, "WEISSGERBER-ADEYEMI", font=f, size=24, bold=True, color="1F3864", after=2)
    _para(a, "M.Sc. Electrical Engineering · Senior Analog Design Engineer", font=f, size=10.5, color="2E75B6")
    for i, line in enumerate(["Leopoldstraße 000, 80802 München", "+49 (0) 30 23125 617",
                              "jonas.wa@example.de", "www.linkedin.com/in/jonas-weissgerber-adeyemi",
                              "Date of birth: 14.02.1993 · German, Nigerian"]):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(1)
        _font(q.add_run(line), f, 9, False, "404040")

    def head(t):
        p = _para(doc, t, font=f, size=12, bold=True, color="1F3864", before=12, after=4)
        _bottom_rule(p, "2E75B6", 6)

    def rows(items):
        t = doc.add_table(rows=0, cols=2)
        _no_borders(t)
        t.autofit = False
        t.columns[0].width, t.columns[1].width = Cm(3.4), Cm(13.6)
        for when, what, lines in items:
            r = t.add_row()
            r.cells[0].width, r.cells[1].width = Cm(3.4), Cm(13.6)
            _font(r.cells[0].paragraphs[0].add_run(when), f, 9.5, False, "595959")
            q = r.cells[1].paragraphs[0]
            for txt, bold in what:
                _font(q.add_run(txt), f, 10, bold, "000000")
            for ln in lines:
                _para(r.cells[1], "– " + ln, font=f, size=9.5, after=1)

    head("Professional Experience")
    rows([
        ("04/2021 – present", [("Senior Analog Design Engineer", True), (" | Infineon Technologies AG, Neubiberg", False)],
         ["Lead designer of a 16-bit SAR ADC for automotive radar (28 nm); tape-out 2023, first-silicon success.",
          "Supervises two working students and one master thesis."]),
        ("10/2018 – 03/2021", [("Analog Design Engineer", True), (" | Infineon Technologies AG, Neubiberg", False)],
         ["Bandgap references and LDOs for the AURIX power domain; mismatch Monte-Carlo flow in Cadence Virtuoso."]),
        ("03/2018 – 09/2018", [("Master Thesis Student", True), (" | Fraunhofer IIS, Erlangen", False)],
         ["Thesis project: a 2.4 GHz wake-up receiver front end (paid Masterand position)."]),
        ("05/2016 – 02/2017", [("Working Student (Werkstudent) PCB Test", True), (" | Robert Bosch GmbH, Reutlingen", False)],
         ["Automated test benches for MEMS sensor evaluation boards in Python/LabVIEW."]),
    ])
    head("Education")
    rows([
        ("10/2016 – 09/2018", [("Technical University of Munich (TUM)", True), (" – M.Sc. Electrical Engineering and Information Technology", False)],
         ["Focus: analog and mixed-signal circuits; final grade 1.3 (with high distinction)."]),
        ("10/2013 – 09/2016", [("Karlsruhe Institute of Technology (KIT)", True), (" – B.Sc. Electrical Engineering", False)],
         ["Final grade 1.9; semester abroad at Chalmers University of Technology (Erasmus, spring 2015)."]),
    ])
    head("Patents")
    for ln in ["J. Weissgerber-Adeyemi, M. Hollweck: “Successive-approximation ADC with dither-assisted "
               "capacitor calibration”, DE 10 2022 000 000 A1 (pending).",
               "A. Lindqvist, J. Weissgerber-Adeyemi: “Low-dropout regulator with adaptive Miller compensation”, "
               "US 2021/0000000 A1."]:
        _para(doc, "• " + ln, font=f, size=9.5, after=2)
    head("Publications")
    _para(doc, "• M. Hollweck, J. Weissgerber-Adeyemi, T. Brandl, and S. Okonjo, “A 16-b 40-MS/s SAR ADC with "
          "background dither calibration for automotive radar,” in Proc. IEEE European Solid-State Circuits "
          "Conference (ESSCIRC), Lisbon, 2023, pp. 301–304.", font=f, size=9.5, after=2)
    head("Skills & Languages")
    _para(doc, "EDA: Cadence Virtuoso, Spectre, Calibre, MATLAB, Python · Lab: Keysight, R&S spectrum analysers · "
          "Languages: German (native), English (C2), Yoruba (basic), Swedish (A2)", font=f, size=9.5)
    head("Additional Training")
    _para(doc, "Analog Layout Masterclass (MunEDA, 2020) · Functional Safety ISO 26262 Foundation (TÜV SÜD, 2022)",
          font=f, size=9.5)
    _para(doc, "München, June 2024", font=f, size=9.5, before=14)
    doc.save(path)


# ---------------------------------------------------------------- 11
def build_11(path) -> None:
    """Economics job-market CV (AEA shape) in Word, printed by LibreOffice."""
    doc = Document()
    _margins(doc, 2.0, 2.0, 2.2, 2.2)
    _core(doc, "Job Market CV", "mks")
    f = "Times New Roman"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = f, Pt(10.5)
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(ftr.add_run("Kowalczyk-Sato — CV — Updated June 2024"), f, 8.5, False, "666666")
    _para(doc, "MATEUS KOWALCZYK-SATO", font=f, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "Job Market Candidate 2024–2025", font=f, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(9.0), Cm(7.6)
    a, b = t.rows[0].cells
    a.width, b.width = Cm(9.0), Cm(7.6)
    for i, ln in enumerate(["Department of Economics", "University of Wisconsin–Madison",
                            "1180 Observatory Drive", "Madison, WI 53706"]):
        q = a.paragraphs[0] if i == 0 else a.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        _font(q.add_run(ln), f, 10)
    for i, ln in enumerate(["Cell: (608) 555-0133", "Email: mkowalczyksato@example.edu",
                            "Website: https://mks-econ.example.edu", "Citizenship: Brazil (F-1 visa)"]):
        q = b.paragraphs[0] if i == 0 else b.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(q.add_run(ln), f, 10)

    def head(txt):
        p = _para(doc, txt, font=f, size=11, bold=True, before=10, after=3)
        _bottom_rule(p, "000000", 4)

    def row(left, right, italic=False):
        p = _para(doc, "", font=f, after=1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
        _font(p.add_run(left + "\t"), f, 10.5)
        r = _font(p.add_run(right), f, 10.5)
        r.italic = italic
        return p

    head("PLACEMENT INFORMATION")
    row("Placement Director", "Prof. Hollis Varga-Nyström     hvargan@example.edu     (608) 555-0190")
    row("Administrator", "Dana Kristoffersen     econ-placement@example.edu     (608) 555-0191")
    head("EDUCATION")
    row("2019 – 2025", "Ph.D. in Economics, University of Wisconsin–Madison (expected May 2025)")
    row("2017 – 2019", "M.A. in Economics, Fundação Getulio Vargas (FGV EPGE), Rio de Janeiro")
    row("2012 – 2016", "B.A. in Economics, Universidade de São Paulo (FEA-USP)")
    head("FIELDS")
    row("Primary", "Industrial Organization, Labor Economics")
    row("Secondary", "Econometrics of Platforms")
    head("JOB MARKET PAPER")
    _para(doc, "“Algorithmic Wage Setting on Gig Platforms: Evidence from a Ride-Hailing Market”", font=f,
          size=10.5, bold=True, after=1)
    _para(doc, "Abstract: I study how a ride-hailing platform’s surge algorithm shapes drivers’ hourly earnings and "
          "entry. Using 41 million trips, I estimate a dynamic entry model and find that algorithmic pricing "
          "raises consumer surplus by 6% but lowers median driver earnings by 3%.", font=f, size=9.5, after=4)
    head("PUBLICATIONS")
    _para(doc, "“Minimum Wages and Firm Exit in Brazilian Retail” (with Renata Albuquerque), Economics Letters, "
          "2023, 226, 111088.", font=f, size=10.5, after=2)
    head("WORKING PAPERS")
    _para(doc, "“Platform Fees and Multi-Homing: Evidence from Food Delivery” (with Jae-won Park and Sofia "
          "Ibarra), Revise and resubmit at the RAND Journal of Economics.", font=f, size=10.5, after=2)
    head("WORK IN PROGRESS")
    _para(doc, "“Non-Compete Enforcement and Tech Start-up Hiring” (with Ulla Brennan), data collection stage.",
          font=f, size=10.5, after=2)
    head("RESEARCH AND PROFESSIONAL EXPERIENCE")
    row("Summer 2023", "Economist Intern, Amazon (Seattle), Supply Chain Optimization Technologies")
    row("2021 – 2023", "Research Assistant to Prof. Hollis Varga-Nyström, UW–Madison")
    row("2016 – 2017", "Research Analyst, Banco Central do Brasil, Department of Economic Research (DEPEC)")
    head("TEACHING EXPERIENCE")
    row("Fall 2021, Fall 2022", "Teaching Assistant, Econ 301 Intermediate Microeconomics, UW–Madison")
    row("Spring 2022", "Teaching Assistant, Econ 410 Introductory Econometrics, UW–Madison")
    head("FELLOWSHIPS AND AWARDS")
    row("2024", "Dissertation Fellowship, Washington Center for Equitable Growth")
    row("2022", "Graduate Student Research Award, UW–Madison Department of Economics")
    row("2019 – 2021", "University Fellowship, UW–Madison")
    head("SKILLS")
    _para(doc, "Python, Julia, Stata, R, SQL, AWS SageMaker; Portuguese (native), English (fluent), Japanese (basic)",
          font=f, size=10.5)
    head("REFERENCES")
    t = doc.add_table(rows=1, cols=3)
    _no_borders(t)
    refs = [("Prof. Hollis Varga-Nyström", "hvargan@example.edu"), ("Prof. Gwendolyn Oyelowo-Hart", "g.oyelowo@example.edu"),
            ("Prof. Rafael Mendonça Lutz", "rmlutz@example.edu")]
    for c, (n, e) in zip(t.rows[0].cells, refs, strict=True):
        _font(c.paragraphs[0].add_run(n), f, 9.5, True)
        _para(c, "Department of Economics", font=f, size=9.5, after=0)
        _para(c, "University of Wisconsin–Madison", font=f, size=9.5, after=0)
        _para(c, e, font=f, size=9.5, after=0)
    doc.save(path)
