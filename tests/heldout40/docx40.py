"""python-docx builders for heldout40's Word-designed résumés (06 text boxes + layout table, 09 五百丁-style tables)."""
from __future__ import annotations

import zlib

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

VML = ('xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(paragraph, lines, width_pt, height_pt, fill, color="FFFFFF", font="Calibri", size=10, left_pt=0, top_pt=0):
    """Anchor a VML text box (as Word designed templates do) holding `lines` [(text, size, bold)]."""
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        f'{"<w:b/>" if b else ""}<w:color w:val="{color}"/><w:sz w:val="{int(sz * 2)}"/></w:rPr>'
        f'<w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t, sz, b in lines)
    xml = (f'<w:r {nsdecls("w")} {VML}><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="tb{zlib.crc32(lines[0][0].encode()) % 9999}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;height:{height_pt}pt;'
           f'z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page;mso-wrap-style:square" fillcolor="#{fill}" stroked="f">'
           f'<v:textbox inset="14pt,10pt,14pt,8pt"><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def shade(cell, hexcolor):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hexcolor}"/>'))


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def para(cell_or_doc, text="", size=10, bold=False, color=None, italic=False, font=None, after=2, first=False):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
            r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def run(p, text, size=10, bold=False, color=None, italic=False, font=None):
    r = p.add_run(text)
    r.font.size, r.bold, r.italic = Pt(size), bold, italic
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def bar(cell, level, of=5, on="2E4057", off="D9DEE5"):
    """A skill bar as a row of shaded one-cell tables (no text), as Word templates draw them."""
    t = cell.add_table(rows=1, cols=of)
    no_borders(t)
    for i, c in enumerate(t.rows[0].cells):
        c.width = Cm(0.7)
        shade(c, on if i < level else off)
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
        c.paragraphs[0].add_run("").font.size = Pt(3)
    return t


def _margins(doc, cm=1.2):
    for s in doc.sections:
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(cm)


def _pin(doc):
    import datetime as dt
    cp = doc.core_properties
    cp.author = cp.last_modified_by = ""
    cp.created = cp.modified = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1


def build_06(out):
    doc = Document()
    _margins(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    textbox_run(p, [("ZOFIA KRAWCZYK-DĄBEK", 22, True), ("Backend Engineer · Distributed Systems", 12, False),
                    ("zofia.krawczyk@example.pl  |  +48 22 555 01 37  |  Kraków, Poland  |  zkdabek.example.pl", 9, False)],
                width_pt=595, height_pt=92, fill="2E4057", left_pt=0, top_pt=0)
    para(doc, "", after=0)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    side, main = t.rows[0].cells
    side.width, main.width = Cm(6.0), Cm(12.6)
    shade(side, "EEF1F5")
    para(side, "CONTACT", 11, True, "2E4057", first=True)
    para(side, "\uf0e0  zofia.krawczyk@example.pl", 8.5)
    para(side, "\uf095  +48 22 555 01 37", 8.5)
    para(side, "\uf09b  github.com/zkdabek-example", 8.5)
    para(side, "\uf0e1  linkedin.com/in/zofia-kd-example", 8.5)
    para(side, "SKILLS", 11, True, "2E4057", after=4)
    for s, lv in (("Go", 5), ("Rust", 4), ("Kafka", 4), ("PostgreSQL", 4), ("Kubernetes", 3), ("TLA+", 2)):
        para(side, s, 9, after=1)
        bar(side, lv)
    para(side, "LANGUAGES", 11, True, "2E4057", after=4)
    for s, lv in (("Polish — native", 5), ("English — C1", 4), ("German — B1", 3)):
        para(side, s, 9, after=1)
        bar(side, lv, on="E07A5F")
    para(side, "INTERESTS", 11, True, "2E4057", after=4)
    para(side, "Consensus protocols, formal verification of storage engines, climbing", 9)
    para(main, "PROFILE", 12, True, "2E4057", first=True)
    para(main, "Backend engineer with nine years of building payment and streaming systems, applying to a systems "
               "research lab to work on verified distributed storage. Maintainer of an open-source Raft library.", 9.5)
    para(main, "WORK EXPERIENCE", 12, True, "2E4057", after=4)
    jobs = [("Staff Software Engineer", "Allegro", "Oct 2021 – present", "Poznań / remote",
             ["Owner of the order-event backbone (Kafka, 1.4M events/s).", "Introduced TLA+ specs for the checkout saga."]),
            ("Senior Software Engineer", "Revolut", "Jan 2019 – Sep 2021", "Kraków",
             ["Built the card-authorisation ledger in Go; p99 under 40 ms."]),
            ("Software Engineer", "Comarch", "Jul 2015 – Dec 2018", "Kraków",
             ["Telecom billing mediation in Java and Oracle."])]
    for title, org, dates, city, bullets in jobs:
        p = para(main, "", after=0)
        run(p, title, 10.5, True)
        run(p, f"  ·  {org}", 10.5, False, "E07A5F")
        para(main, f"{dates}  |  {city}", 8.5, italic=True, color="666666", after=1)
        for b in bullets:
            bp = main.add_paragraph(style="List Bullet")
            bp.paragraph_format.space_after = Pt(1)
            run(bp, b, 9)
    para(main, "EDUCATION", 12, True, "2E4057", after=4)
    for deg, org, dates in (("MSc Eng. in Computer Science", "AGH University of Krakow", "2013 – 2015"),
                            ("BSc Eng. in Computer Science", "AGH University of Krakow", "2009 – 2013")):
        p = para(main, "", after=0)
        run(p, deg, 10.5, True)
        para(main, f"{org}  |  {dates}", 8.5, italic=True, color="666666", after=4)
    para(main, "PUBLICATIONS & TALKS", 12, True, "2E4057", after=4)
    p = para(main, "", 9)
    run(p, "Z. Krawczyk-Dąbek, M. Lis. ", 9)
    run(p, "Model-checking a production saga orchestrator with TLA+. ", 9, True)
    run(p, "Proceedings of the 19th European Conference on Computer Systems (EuroSys ’24), Industry Track, 2024.", 9, italic=True)
    para(main, "Talk: “Raft in anger”, GopherCon EU, Berlin, 2023.", 9)
    para(main, "CERTIFICATES", 12, True, "2E4057", after=4)
    para(main, "Certified Kubernetes Administrator (CKA), 2022", 9)
    _pin(doc)
    doc.save(out)


def build_09(out):
    doc = Document()
    _margins(doc, 1.0)
    st = doc.styles["Normal"]
    st.font.name = "Microsoft YaHei"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "微软雅黑")
    st.font.size = Pt(10)
    head = doc.add_table(rows=1, cols=3)
    no_borders(head)
    a, b, c = head.rows[0].cells
    a.width, b.width, c.width = Cm(9.5), Cm(6), Cm(3)
    para(a, "唐思远", 26, True, "1F6F8B", first=True, font="微软雅黑")
    para(a, "求职意向：机器人感知算法研究员", 11, False, "333333", font="微软雅黑")
    para(b, "\uf007  32岁 | 男 | 中共党员", 9, first=True)
    para(b, "\uf095  138-0013-8526", 9)
    para(b, "\uf0e0  tangsiyuan@example.com", 9)
    para(b, "\uf041  上海市浦东新区", 9)
    shade(c, "D6E4EA")
    para(c, "照片", 9, color="888888", first=True)

    def heading(title, icon):
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        x, y = t.rows[0].cells
        x.width, y.width = Cm(4.2), Cm(14.3)
        shade(x, "1F6F8B")
        para(x, f"{icon}  {title}", 11.5, True, "FFFFFF", first=True, font="微软雅黑")
        y.paragraphs[0].add_run("")
        para(doc, "", after=0).add_run().font.size = Pt(4)

    def rows(items):
        t = doc.add_table(rows=0, cols=3)
        no_borders(t)
        for d, org, role, lines in items:
            r = t.add_row().cells
            r[0].width, r[1].width, r[2].width = Cm(4.2), Cm(8.8), Cm(5.5)
            para(r[0], d, 9.5, True, "1F6F8B", first=True)
            para(r[1], org, 10.5, True, first=True)
            para(r[2], role, 10.5, True, first=True)
            for ln in lines:
                para(r[1], "● " + ln, 9.5)
        para(doc, "", after=0)

    heading("教育背景", "\uf19d")
    rows([("2013.09-2018.06", "上海交通大学", "控制科学与工程 | 博士", ["导师：方立衡 教授；研究方向：多传感器融合定位"]),
          ("2009.09-2013.06", "华中科技大学", "自动化 | 本科", ["GPA 3.8/4.0，专业排名 5/142"])])
    heading("工作经历", "\uf0b1")
    rows([("2021.03-至今", "上海智元机器人有限公司", "感知算法专家", [
        "负责人形机器人视觉-惯性里程计与语义建图模块，带领 6 人团队；", "主导端侧 BEV 感知模型部署，推理延迟降低 38%。"]),
          ("2018.07-2021.02", "大疆创新科技有限公司", "视觉算法工程师", [
              "参与农业无人机避障系统的双目深度估计算法开发；", "获公司年度技术创新奖。"]),
          ("2016.07-2016.12", "微软亚洲研究院", "研究实习生", ["视觉定位方向，合作发表 ICRA 论文 1 篇。"])])
    heading("科研成果", "\uf02d")
    pubs = ["[1] Tang S., Fang L. Tightly coupled event-camera visual-inertial odometry for legged robots. "
            "IEEE Robotics and Automation Letters, 2023.",
            "[2] Qiao H., Tang S., Fang L. Learning-based loop closure under seasonal change. "
            "IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS), 2019.",
            "[3] Tang S., Zhou M., Fang L. Robust stereo visual odometry with line features in low-texture scenes. "
            "IEEE International Conference on Robotics and Automation (ICRA), 2017.",
            "[4] 唐思远, 方立衡. 基于因子图的多传感器融合定位方法. 自动化学报, 2018.",
            "[5] 发明专利：一种腿式机器人的视觉惯性定位方法，CN 2022 1 0456789.1（已授权）"]
    for s in pubs:
        para(doc, s, 9.5, after=3)
    heading("专业技能", "\uf013")
    t = doc.add_table(rows=0, cols=4)
    no_borders(t)
    for (s1, l1), (s2, l2) in ((("C++ / ROS", 5), ("PyTorch", 4)), (("SLAM / 因子图优化", 5), ("CUDA / TensorRT", 4)),
                               (("英语 CET-6", 4), ("Linux 系统开发", 4))):
        r = t.add_row().cells
        para(r[0], s1, 9.5, first=True)
        bar(r[1], l1, on="1F6F8B")
        para(r[2], s2, 9.5, first=True)
        bar(r[3], l2, on="1F6F8B")
    para(doc, "", after=0)
    heading("荣誉奖项", "\uf091")
    for s in ("2017  上海交通大学 博士研究生国家奖学金", "2015  全国大学生机器人大赛 RoboMaster 一等奖（指导学生）",
              "2012  华中科技大学 优秀学生干部"):
        para(doc, s, 9.5, after=2)
    heading("自我评价", "\uf007")
    para(doc, "五年机器人感知算法工业经验，熟悉从算法研究到量产部署全流程；具备良好的团队管理与沟通能力，"
              "希望加入研究院从事具身智能感知方向的研究工作。", 9.5)
    _pin(doc)
    doc.save(out)
