"""python-docx builders of heldout21: 02 (表格 form kept as DOCX), 03 and 10 (printed by LibreOffice), 07 (English DOCX)."""
from __future__ import annotations

import kit21
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _font(run, east="宋体", latin="Times New Roman", size=None, bold=None, color=None):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _cell(cell, text, bold=False, size=10.5, align=None, east="宋体", shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        _font(p.add_run(line), east=east, size=size, bold=bold)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)
    return cell


def _doc(east="宋体", latin="Times New Roman", size=10.5, margins=(2.0, 2.0, 2.2, 2.2)):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins)
    st = doc.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    return doc


def _para(doc_or_cell, text="", size=10.5, bold=False, align=None, east="宋体", after=2, before=0):
    p = doc_or_cell.add_paragraph()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if text:
        _font(p.add_run(text), east=east, size=size, bold=bold)
    return p


# ---------------------------------------------------------------- 02: 应聘申请表 with a 论文 table
def build_02(out):
    doc = _doc()
    _para(doc, "西北工业大学高层次人才引进应聘申请表", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, east="黑体", after=4)
    _para(doc, "应聘学院：化学与化工学院        应聘岗位：副教授（准聘）        填表日期：2025年11月", size=10.5, after=4)
    t = doc.add_table(rows=6, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [
        ["姓  名", "符嘉禾", "性  别", "女", "出生年月", "1994.03", "照片"],
        ["民  族", "汉", "政治面貌", "中共党员", "籍  贯", "河南洛阳", ""],
        ["最高学历/学位", "博士研究生/理学博士", "专  业", "有机化学", "现职称/职务", "博士后（在站）", ""],
        ["手  机", "155-5501-0362", "电子邮箱", "fujiahe@iccas.example.ac.cn", "", "", ""],
        ["研究方向", "有机光电功能材料；窄带隙非富勒烯受体分子设计；柔性有机太阳能电池", "", "", "", "", ""],
        ["现工作单位", "中国科学院化学研究所 有机固体重点实验室", "", "", "", "", ""],
    ]
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            if v:
                _cell(t.cell(r, c), v, bold=(c % 2 == 0 and c < 6), align=WD_ALIGN_PARAGRAPH.CENTER if c < 6 and len(v) < 14 else None)
    photo = t.cell(0, 6).merge(t.cell(3, 6))
    photo.text = ""
    pp = photo.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp.add_run().add_picture(str(kit21.photo_png(kit21.BUILD / "02_photo.png")), width=Cm(2.4))
    t.cell(3, 3).merge(t.cell(3, 5))
    t.cell(4, 1).merge(t.cell(4, 6))
    t.cell(5, 1).merge(t.cell(5, 6))

    def section(title, header, body, widths=None):
        tb = doc.add_table(rows=2 + len(body), cols=len(header))
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = tb.cell(0, 0).merge(tb.cell(0, len(header) - 1))
        _cell(top, title, bold=True, east="黑体", shade="D9D9D9")
        for c, h in enumerate(header):
            _cell(tb.cell(1, c), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
        for r, vals in enumerate(body, start=2):
            for c, v in enumerate(vals):
                _cell(tb.cell(r, c), v, size=9.5)
        if widths:
            for row in tb.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = Cm(w)
        return tb

    section("学习经历（从本科填起）", ["起止时间", "学校", "专业", "学历/学位", "导师"], [
        ["2016.09-\n2021.06", "南开大学 化学学院", "有机化学", "硕博连读/\n理学博士", "邵立群 教授"],
        ["2019.03-\n2020.03", "University of Cambridge（英国剑桥大学）\nCavendish Laboratory", "光电物理", "国家公派联合培养博士研究生", "Prof. R. Whitlow"],
        ["2012.09-\n2016.06", "郑州大学 化学学院", "化学（专业排名 3/126）", "本科/理学学士", "—"],
    ], widths=[2.3, 5.0, 2.8, 3.0, 2.6])
    _para(doc, "", after=0)
    section("工作经历", ["起止时间", "工作单位", "职务/职称", "合作导师"], [
        ["2021.07-至今", "中国科学院化学研究所 有机固体重点实验室", "博士后（“博新计划”资助）", "卓文翰 研究员"],
    ], widths=[2.6, 7.0, 3.6, 2.5])
    _para(doc, "", after=0)
    section("代表性论文（限10篇，#共同第一作者，*通讯作者）", ["序号", "论文题目", "期刊名称", "年份", "收录/分区", "IF", "作者排序"], [
        ["1", "Fluorinated end groups suppress energy disorder in narrow-bandgap acceptors for 19% efficient organic solar cells", "Joule", "2024", "SCI 一区 Top", "38.6", "第一作者"],
        ["2", "Asymmetric selenophene-fused acceptors enabling thickness-insensitive flexible modules", "Adv. Mater.", "2023", "SCI 一区 Top", "27.4", "第一作者"],
        ["3", "Side-chain branching position tunes the fibril network of polymer donors", "Angew. Chem. Int. Ed.", "2022", "SCI 一区", "16.1", "共同第一作者（#）"],
        ["4", "A non-halogenated solvent route to printable tandem organic photovoltaics", "Energy Environ. Sci.", "2024", "SCI 一区 Top", "32.4", "第三作者"],
        ["5", "Exciton diffusion length limits in quinoxaline-core acceptors", "J. Mater. Chem. A", "2021", "SCI 二区", "10.7", "第一作者"],
        ["6", "Intrinsically stretchable all-polymer solar cells from block copolymer donors", "Nat. Commun.", "已接收", "SCI 一区", "14.7", "通讯作者（*）"],
    ], widths=[1.0, 6.2, 2.8, 1.3, 2.0, 1.1, 2.0])
    _para(doc, "", after=0)
    section("主持/参与科研项目", ["项目名称", "项目来源", "起止时间", "经费（万元）", "角色"], [
        ["窄带隙稠环受体的能量无序调控及其柔性器件研究", "国家自然科学基金青年科学基金项目（22405xxx）", "2025.01-2027.12", "30", "主持"],
        ["博士后创新人才支持计划（博新计划）", "中国博士后科学基金会", "2021.07-2023.06", "63", "主持"],
        ["高效稳定柔性有机光伏材料与器件", "国家重点研发计划课题", "2022.11-2026.10", "420", "参与（骨干）"],
    ], widths=[6.2, 4.4, 2.5, 1.6, 1.6])
    _para(doc, "", after=0)
    tb = doc.add_table(rows=6, cols=1)
    tb.style = "Table Grid"
    _cell(tb.cell(0, 0), "获奖情况", bold=True, east="黑体", shade="D9D9D9")
    _cell(tb.cell(1, 0), "1. 2024年 中国化学会青年化学奖提名\n2. 2021年 南开大学优秀博士学位论文\n3. 2020年 博士研究生国家奖学金\n4. 2015年 郑州大学一等奖学金", size=9.5)
    _cell(tb.cell(2, 0), "授权专利", bold=True, east="黑体", shade="D9D9D9")
    _cell(tb.cell(3, 0), "一种含氟稠环电子受体材料及其制备方法与应用，ZL202210xxxxxx.X，发明专利，第二发明人，2024年授权", size=9.5)
    _cell(tb.cell(4, 0), "本人承诺", bold=True, east="黑体", shade="D9D9D9")
    _cell(tb.cell(5, 0), "本人承诺以上所填信息真实、准确，如有不实，愿承担相应责任。\n\n本人签名：                    2025年11月  日", size=9.5)
    doc.save(out)
    kit21.fix_docx(out)


def _field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)
        elif text:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._element.append(t)
    return run


def _bottom_border(p, color="2F5597", size="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), size)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def _tabbed(doc, left, right, pos_cm=16.6, bold_left=False, size=10.5, east="宋体", indent=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    _font(p.add_run(left), east=east, size=size, bold=bold_left)
    _font(p.add_run("\t" + right), east=east, size=size)
    return p


# ---------------------------------------------------------------- 03: 研究员 CV, Word -> LibreOffice PDF
def build_03_docx(out):
    doc = _doc(east="宋体", size=10.5, margins=(2.0, 2.0, 2.3, 2.3))
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(hdr.add_run("鲍一鸣 个人简历（应聘浙江大学“百人计划”研究员）"), size=9, color="7F7F7F")
    _bottom_border(hdr, color="BFBFBF", size="4")
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(ftr.add_run("第 "), size=9)
    _field(ftr, " PAGE ")
    _font(ftr.add_run(" 页"), size=9)

    def head(text):
        p = _para(doc, text, size=13, bold=True, east="黑体", before=8, after=3)
        _bottom_border(p)

    _para(doc, "个 人 简 历", size=20, bold=True, east="黑体", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for line in ["姓    名：鲍一鸣            性    别：男            出生年月：1991年5月",
                 "现任职务：浙江大学计算机科学与技术学院 研究员、博士生导师",
                 "联系电话：(+86) 135-5501-0418        电子邮箱：baoyiming@zju.example.edu.cn",
                 "个人主页：https://baoyiming.example.io"]:
        _para(doc, line, after=1)
    head("研究方向")
    _para(doc, "分布式机器学习系统；大模型推理加速与调度；异构计算资源管理", after=1)
    head("教育经历")
    _tabbed(doc, "清华大学  计算机科学与技术系  工学博士（导师：司马恒 教授）", "2013.09—2018.06")
    _tabbed(doc, "卡内基梅隆大学 Computer Science Department  国家公派联合培养博士生", "2016.09—2017.08")
    _tabbed(doc, "北京航空航天大学  计算机学院  工学学士（专业排名 2/198）", "2009.09—2013.06")
    head("工作经历")
    _tabbed(doc, "浙江大学  计算机科学与技术学院  “百人计划”研究员、博士生导师", "2022.09—至今")
    _tabbed(doc, "微软亚洲研究院（MSRA）  系统与网络组  研究员", "2020.08—2022.08")
    _tabbed(doc, "清华大学  计算机科学与技术系  博士后（合作导师：司马恒 教授）", "2018.07—2020.07")
    head("主持科研项目")
    for i, line in enumerate([
        "国家自然科学基金面上项目，62372xxx，面向异构集群的大模型推理调度理论与方法，2024.01—2027.12，50万元，主持",
        "国家重点研发计划“高性能计算”重点专项青年科学家项目，2023YFBxxxxxxx，2023.12—2026.11，300万元，主持",
        "浙江省自然科学基金杰出青年项目，LRxxFxxxxxx，2024.01—2026.12，80万元，主持",
        "国家自然科学基金青年科学基金项目，61902xxx，2020.01—2022.12，24万元，主持（已结题）"], 1):
        _para(doc, f"{i}. {line}", after=1)
    head("代表性论文（CCF-A类论文16篇，其中第一/通讯作者11篇；*为通讯作者，#为共同第一作者）")
    _para(doc, "（一）会议论文", bold=True, after=1)
    pubs_c = [
        "［1］Yiming Bao, Zhen Qu, Hang Si, Heng Sima*. Tidewater: Preemptive Batch Scheduling for Multi-Tenant LLM Serving. In Proceedings of the 18th USENIX Symposium on Operating Systems Design and Implementation (OSDI), 2024. （CCF-A）",
        "［2］Ruiqi Meng#, Yiming Bao#*, Xinlei Pan. Lodestar: Placement-Aware Pipeline Parallelism across Heterogeneous GPUs. In Proceedings of EuroSys, 2025.（CCF-A，已录用）",
        "［3］Xinlei Pan, Yiming Bao*. KVStitch: Sharing Prefix Caches across Serving Instances. In Proceedings of USENIX ATC, 2024. （CCF-A）",
        "［4］Yiming Bao, Tian Lou, Chao Wen, Heng Sima. Harmony: Co-scheduling Training and Inference on Shared Clusters. In Proceedings of SoCC, 2021. （CCF-B）",
        "［5］Yiming Bao, Heng Sima. Graphite: Elastic Sampling for Distributed GNN Training. In Proceedings of PPoPP, 2019. （CCF-A）",
    ]
    for line in pubs_c:
        _para(doc, line, size=10, after=2)
    _para(doc, "（二）期刊论文", bold=True, after=1)
    for line in [
        "［6］Zhen Qu, Yiming Bao*, Heng Sima. Adaptive Gradient Compression for Geo-Distributed Training. IEEE Transactions on Parallel and Distributed Systems (TPDS), 2023, 34(9): 2551-2566. （CCF-A，SCI 二区）",
        "［7］鲍一鸣, 司马恒. 面向图神经网络训练的分布式采样方法[J]. 计算机学报, 2020, 43(6): 1021-1037. （CCF-A中文期刊）",
    ]:
        _para(doc, line, size=10, after=2)
    _para(doc, "（三）在审论文", bold=True, after=1)
    _para(doc, "［8］Yiming Bao, Ruiqi Meng, Xinlei Pan. Speculative Decoding at Cluster Scale. Under review at SOSP 2025.（在审）", size=10, after=2)
    head("学术兼职")
    _para(doc, "OSDI 2025、EuroSys 2025 程序委员会委员；中国计算机学会（CCF）分布式计算与系统专委会执行委员；IEEE TPDS 审稿人", after=1)
    head("获奖情况")
    for line in ["2019  中国计算机学会（CCF）优秀博士学位论文奖",
                 "2018  清华大学优秀博士学位论文",
                 "2024  浙江大学“求是青年学者”"]:
        _para(doc, line, after=1)
    head("指导学生")
    _para(doc, "已指导博士研究生 3 名、硕士研究生 6 名；指导学生获 2024 年 ACM SIGOPS 学生旅行资助。", after=1)
    doc.save(out)
    kit21.fix_docx(out)


# ---------------------------------------------------------------- 07: English CV of a Chinese physics postdoc, kept as DOCX
def build_07(out):
    doc = _doc(east="等线", latin="Calibri", size=10.5, margins=(1.8, 1.8, 2.0, 2.0))

    def head(text):
        p = _para(doc, "", before=8, after=2)
        _font(p.add_run(text.upper()), east="等线", latin="Calibri", size=11.5, bold=True, color="1F3864")
        _bottom_border(p, color="1F3864", size="6")

    p = _para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _font(p.add_run("Haoran GUAN"), latin="Calibri", east="等线", size=20, bold=True)
    _font(p.add_run("  关浩然"), latin="Calibri", east="等线", size=14)
    _para(doc, "Postdoctoral Researcher, Institute of Physics, Chinese Academy of Sciences", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _para(doc, "No. 8 Third South Street, Zhongguancun, Haidian District, Beijing 100190, China", align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=0)
    _para(doc, "Mobile: +86 186 5550 0731  |  Email: guanhaoran@iphy.example.ac.cn  |  ORCID: 0000-0002-1825-0097", align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=4)
    head("Research Interests")
    _para(doc, "Topological superconductivity; scanning tunnelling microscopy (STM) of Kagome metals; quantum transport in van der Waals heterostructures.")
    head("Education")
    for lt, r, sub in [
        ("Ph.D. in Condensed Matter Physics, University of Science and Technology of China (USTC), Hefei", "Sep. 2016 – Jun. 2022",
         "Supervisor: Prof. Wenqi Lu. Thesis: Vortex bound states in iron-based superconductor thin films"),
        ("Visiting Ph.D. student (CSC joint training), Max Planck Institute for Solid State Research, Stuttgart", "Oct. 2019 – Sep. 2020", ""),
        ("B.Sc. in Physics, Shandong University, Jinan", "Sep. 2012 – Jun. 2016",
         "GPA 3.86/4.0, ranking 4/152; Taishan Honors Program"),
    ]:
        _tabbed(doc, lt, r, pos_cm=17.4, bold_left=False)
        if sub:
            _para(doc, sub, size=9.5, after=2).paragraph_format.left_indent = Cm(0.5)
    head("Professional Experience")
    for lt, r in [("Postdoctoral Researcher, Institute of Physics, Chinese Academy of Sciences (Advisor: Prof. Xiaodan Yue)", "Jul. 2022 – present"),
                 ("Research Assistant (part-time), Hefei National Laboratory for Physical Sciences at the Microscale", "Jul. 2015 – Aug. 2016")]:
        _tabbed(doc, lt, r, pos_cm=17.4)
    head("Publications")
    _para(doc, "(# equal contribution, * corresponding author; IF = 2024 JCR impact factor)", size=9.5, after=2)
    refs = [
        "H. Guan#, Y. Dai#, Q. Zhou, X. Yue*. Majorana-like zero modes in vortex cores of monolayer FeTe0.55Se0.45 on SrTiO3. Nature Physics 20, 1188–1194 (2024). [IF = 17.6, JCR Q1]",
        "Y. Dai#, H. Guan#, X. Yue*. Charge density wave pinning by single vacancies in CsV3Sb5. Physical Review Letters 131, 156501 (2023). [IF = 8.1, JCR Q1]",
        "H. Guan, M. Fei, W. Lu*. Field-tunable vortex lattice symmetry in FeSe thin films. Physical Review B 105, 094511 (2022). [IF = 3.2, JCR Q2]",
        "H. Guan, W. Lu*. Spectroscopic imaging of bound states at step edges of LiFeAs. Chinese Physics Letters 38, 087401 (2021). [IF = 3.5]",
        "Q. Zhou, H. Guan, T. Lan, X. Yue*. Pair density wave in strained Kagome superconductors. Nature Communications, accepted (2025).",
        "H. Guan, Y. Dai, X. Yue*. Chiral flux phase revealed by spin-polarised STM. Submitted to Science Advances (under review).",
        "关浩然, 陆文琪*. 铁基超导薄膜中的涡旋束缚态[J]. 物理学报, 2021, 70(17): 177401. (in Chinese)",
    ]
    for i, r in enumerate(refs, 1):
        p = _para(doc, f"[{i}]  {r}", size=10, after=2)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
    head("Grants")
    _para(doc, "National Natural Science Foundation of China, Young Scientists Fund (No. 12404xxx), PI, 2025–2027, CNY 300,000", after=1)
    _para(doc, "China Postdoctoral Science Foundation, General Program, PI, 2023–2024", after=1)
    head("Honours and Awards")
    for lt, r in [("Outstanding Doctoral Dissertation Award, Chinese Academy of Sciences", "2023"),
                 ("International Postdoctoral Exchange Fellowship Program (OCPC)", "2022"),
                 ("National Scholarship for Doctoral Students, Ministry of Education", "2020")]:
        _tabbed(doc, lt, r, pos_cm=17.4)
    head("Skills and Languages")
    _para(doc, "Low-temperature STM/STS, MBE growth, dilution refrigerator transport; Python, Igor Pro, COMSOL. English (IELTS 7.5), Mandarin (native).")
    head("References")
    _para(doc, "Prof. Xiaodan Yue, Institute of Physics, CAS — yuexd@iphy.example.ac.cn", size=10, after=0)
    _para(doc, "Prof. Wenqi Lu, USTC — luwq@ustc.example.edu.cn", size=10, after=0)
    doc.save(out)
    kit21.fix_docx(out)


# ---------------------------------------------------------------- 10: WPS-template look, Word -> LibreOffice PDF
def build_10_docx(out):
    doc = _doc(east="微软雅黑", latin="Arial", size=10, margins=(1.4, 1.4, 1.6, 1.6))
    band = doc.add_table(rows=1, cols=2)
    band.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = band.cell(0, 0), band.cell(0, 1)
    left.width, right.width = Cm(14.2), Cm(3.6)
    _cell(left, "邝雨桐", bold=True, size=22, east="微软雅黑", shade="1E4E79")
    for r in left.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(255, 255, 255)
    for line in ["求职意向：副研究员 / 特聘研究员（生态学）",
                 "女 ｜ 1992年7月 ｜ 中共党员 ｜ 博士（生态学）",
                 "☎ 159-5550-0286    ✉ kuangyutong@ibcas.example.ac.cn",
                 "现居：北京市海淀区 香山南辛村 20 号"]:
        p = left.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        _font(p.add_run(line), east="微软雅黑", latin="Arial", size=10, color="FFFFFF")
    _cell(right, "", shade="1E4E79")
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run().add_picture(str(kit21.photo_png(kit21.BUILD / "10_photo.png")), width=Cm(2.6))

    def head(text):
        tb = doc.add_table(rows=1, cols=1)
        c = tb.cell(0, 0)
        _cell(c, "■ " + text, bold=True, size=12, east="微软雅黑", shade="DEEAF6")
        _para(doc, "", after=0).paragraph_format.space_after = Pt(0)

    _para(doc, "", after=0)
    head("教育背景")
    _tabbed(doc, "兰州大学 ｜ 生态学 ｜ 博士（硕博连读）  导师：上官立平 教授", "2015.09-2021.06", pos_cm=18.0, bold_left=True, east="微软雅黑", size=10)
    _para(doc, "博士学位论文：放牧强度对高寒草甸土壤种子库与群落稳定性的影响（校级优秀博士学位论文）", size=9.5, east="微软雅黑")
    _tabbed(doc, "Wageningen University & Research ｜ 植物生态与自然保护组 ｜ 访问博士生（国家留学基金委资助）", "2018.10-2019.10", pos_cm=18.0, bold_left=True, east="微软雅黑", size=10)
    _tabbed(doc, "兰州大学 ｜ 草业科学 ｜ 本科  GPA 3.72/4.0，专业排名 5/87", "2011.09-2015.06", pos_cm=18.0, bold_left=True, east="微软雅黑", size=10)
    head("工作经历")
    _tabbed(doc, "中国科学院植物研究所 ｜ 植被与环境变化国家重点实验室 ｜ 助理研究员", "2023.08-至今", pos_cm=18.0, bold_left=True, east="微软雅黑", size=10)
    _para(doc, "负责青藏高原草地长期定位观测样地；协助管理“生态系统稳定性”团队的野外台站数据平台。", size=9.5, east="微软雅黑")
    _tabbed(doc, "中国科学院植物研究所 ｜ 博士后（合作导师：申屠川 研究员）", "2021.07-2023.07", pos_cm=18.0, bold_left=True, east="微软雅黑", size=10)
    head("科研项目")
    for line in ["● 国家自然科学基金青年科学基金项目：高寒草甸种子库对放牧与增温的交互响应机制（32201xxx），2023.01-2025.12，主持",
                 "● 中国博士后科学基金第71批面上资助（一等），2022.05-2023.07，主持",
                 "● 第二次青藏高原综合科学考察研究专题，2021.09-2025.12，参与"]:
        _para(doc, line, size=9.5, east="微软雅黑", after=1)
    head("学术成果")
    _para(doc, "发表SCI论文11篇（第一作者6篇，中科院一区5篇），中文核心期刊论文4篇；代表作如下（*通讯作者）：", size=9.5, east="微软雅黑")
    for line in [
        "1. Kuang Y T, Shangguan L P*. Grazing erodes the buffering role of soil seed banks under warming on the Tibetan Plateau. Journal of Ecology, 2024, 112(3): 601-615. 【SCI，中科院一区，IF=5.3】",
        "2. Kuang Y T, Zhao Q, Shentu C*. Seed bank–vegetation similarity declines along a 30-year grazing gradient. Global Change Biology, 2023, 29(14): 4002-4016. 【SCI，中科院一区Top，IF=10.8】",
        "3. Wang R, Kuang Y T, Shentu C*. Nitrogen addition and species asynchrony in alpine meadows. Ecology, 2022, 103(8): e3741. 【SCI，一区】",
        "4. 邝雨桐, 上官立平*. 放牧对高寒草甸土壤种子库密度的影响[J]. 生态学报, 2020, 40(19): 6801-6811. 【北大核心，CSCD】",
        "5. Kuang Y T, Shentu C*. Dormancy traits predict seed bank persistence in alpine forbs. New Phytologist, 2025. 【已接收，In press】",
        "6. Li M, Kuang Y T*. Remote sensing of forage quality in degraded alpine grasslands. Remote Sensing of Environment. 【修改中，Major revision】",
    ]:
        _para(doc, line, size=9.5, east="微软雅黑", after=2)
    head("荣誉奖励")
    _para(doc, "2024 中国生态学学会青年科技奖提名  ｜  2021 甘肃省优秀博士学位论文  ｜  2019 研究生国家奖学金", size=9.5, east="微软雅黑")
    head("专业技能")
    _para(doc, "R（lme4、vegan、brms）、ArcGIS、野外群落调查与种子萌发实验；英语 CET-6（596），雅思 7.0", size=9.5, east="微软雅黑")
    doc.save(out)
    kit21.fix_docx(out)
