"""python-docx builders for 05 (Australian marine scientist), 06 (Israeli TCS professor, printed by LibreOffice)
and 09 (Chinese civil-engineering professor 简历)."""
from __future__ import annotations

import datetime
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from gen39 import VOCAB_MARINE, VOCAB_TCS, make_pubs, make_zh_titles, names


def _field(run, code):
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _pin(doc, title):
    cp = doc.core_properties
    cp.author = "heldout39"
    cp.title = title
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "heldout39"
    cp.revision = 1


def _header_footer(doc, head_left, head_right, foot_prefix, of=" of "):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{head_left}\t\t{head_right}"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(foot_prefix)
    _field(fp.add_run(), "PAGE")
    fp.add_run(of)
    _field(fp.add_run(), "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)


def _rich(p, text):
    """**bold** and *italic* markup into runs."""
    import re
    for part in re.split(r"(\*\*.+?\*\*|\*[^*]+?\*)", text):
        if part.startswith("**"):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith("*") and len(part) > 1:
            p.add_run(part[1:-1]).italic = True
        elif part:
            p.add_run(part)
    return p


def _row(doc, date, text, indent=3.2):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    p.paragraph_format.space_after = Pt(2)
    p.add_run(date + "\t")
    _rich(p, text)
    return p


def _table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header, strict=True):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r, strict=True):
            c.text = v
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths, strict=True):
                c.width = Cm(w)
    return t


def build_05(path):
    me = ("F", "Marchbanks-Ouyang")
    jv = ["Coral Reefs", "Global Change Biology", "Marine Ecology Progress Series", "Nature Climate Change",
          "Proceedings of the Royal Society B", "Limnology and Oceanography", "Ecology Letters",
          "Journal of Applied Ecology"]
    arts = make_pubs(501, VOCAB_MARINE, 52, jv, (2006, 2025), me, 0.3, 0.5)
    chaps = make_pubs(502, VOCAB_MARINE, 5, ["Coral Reefs of Australia"], (2012, 2023), me, 0.6, 0.2, (1, 3))
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    _pin(doc, "CV Fenella Marchbanks-Ouyang")
    _header_footer(doc, "A/Prof. Fenella Marchbanks-Ouyang — Curriculum Vitae", "Updated 1 March 2025",
                   "Page ")
    doc.add_heading("Associate Professor Fenella Marchbanks-Ouyang", 0)
    doc.add_paragraph("College of Science and Engineering, James Cook University, Townsville QLD 4811, Australia\n"
                      "Email: fenella.mo@example.edu.au   Phone: +61 7 5550 1284   ORCID 0000-0002-0000-0039\n"
                      "Web: https://reefecology.example.org")
    doc.add_paragraph("Career summary: 19 years post-PhD (two career interruptions totalling 2.5 years FTE, "
                      "parental leave 2012–13 and 2016). 4,870 citations, h-index 34 (Google Scholar, Feb 2025).")
    doc.add_heading("Academic Appointments", 1)
    _row(doc, "2020 – present", "**Associate Professor** (Level D), Marine Biology, James Cook University")
    doc.add_paragraph("Leader, Reef Resilience Group (3 research staff, 9 HDR students)", style="List Bullet")
    doc.add_paragraph("Academic Head, Marine Biology major (2021–2024)", style="List Bullet")
    _row(doc, "2014 – 2019", "**Senior Lecturer**, James Cook University")
    _row(doc, "2011 – 13", "**ARC DECRA Fellow**, ARC Centre of Excellence for Coral Reef Studies, "
                           "James Cook University")
    _row(doc, "2008 – 2010", "**Postdoctoral Research Fellow**, Australian Institute of Marine Science (AIMS), "
                             "Townsville")
    _row(doc, "2019 (Jul–Dec)", "**Visiting Scholar** (Special Studies Program), Scripps Institution of "
                                "Oceanography, UC San Diego")
    _row(doc, "since 2021", "**Adjunct Principal Research Scientist**, Australian Institute of Marine Science")
    doc.add_heading("Education", 1)
    _row(doc, "2003 – 2007", "**PhD** (Marine Biology), The University of Queensland — thesis: *Thermal "
                             "history and bleaching susceptibility of inshore corals*")
    _row(doc, "2002", "**BSc (Hons I)**, The University of Sydney")
    _row(doc, "1999 – 2001", "**BSc**, The University of Sydney")
    doc.add_heading("Awards and Honours", 1)
    for d, t in [("2022", "Dorothy Hill Medal, Australian Academy of Science"),
                 ("2018", "JCU Vice-Chancellor's Award for Research Excellence"),
                 ("2011", "ARC Discovery Early Career Researcher Award (DECRA)"),
                 ("2008", "Australian Coral Reef Society Student Prize (best PhD)")]:
        _row(doc, d, t)
    doc.add_heading("Research Funding (total AUD 6.9 million; 4.1 million as lead CI)", 1)
    _table(doc, ["Years", "Scheme and project", "Amount (AUD)", "Role"], [
        ("2023–2027", "ARC Discovery Project DP230100000: Heat-tolerance inheritance in reef-building corals",
         "$612,000", "Lead CI"),
        ("2021–2026", "Reef Restoration and Adaptation Program (RRAP) subprogram 4", "$2,350,000", "CI (3 of 7)"),
        ("2019–2022", "ARC Linkage LP190100000 with AIMS and GBRMPA", "$480,000", "Lead CI"),
        ("2016–2019", "National Environmental Science Program, Tropical Water Quality Hub", "$1,100,000",
         "co-CI"),
        ("2011–2013", "ARC DECRA DE110100000", "$375,000", "Sole CI"),
        ("2014–2016", "Great Barrier Reef Foundation, Resilient Coral Reefs", "$290,000", "Lead CI"),
    ], [2.5, 9, 2.6, 2.3])
    doc.add_heading("Higher Degree by Research Supervision", 1)
    doc.add_paragraph("Completed PhD students (principal advisor) and where they are now:")
    _table(doc, ["Student", "Completed", "Thesis topic", "Current position"], [
        ("Dr Keely Rademaker", "2024", "Larval dispersal across the Coral Sea", "Research Scientist, CSIRO Hobart"),
        ("Dr Jarrah Whitcombe", "2022", "Coral microbiome after heatwaves",
         "Lecturer, Southern Cross University"),
        ("Dr Priya Abernethy", "2020", "Herbivore grazing on turbid reefs",
         "Senior Policy Officer, GBRMPA"),
        ("Dr Tomás Castellanos", "2018", "Mesophotic refugia", "Assistant Professor, University of Guam"),
    ], [3.4, 2, 6, 5])
    doc.add_heading("Publications", 1)
    doc.add_paragraph("Numbering is continuous. Own name in bold; HDR students underlined in the original Word "
                      "file are shown as plain text.")
    doc.add_heading("Refereed journal articles", 2)
    k = 0
    for p in arts:
        k += 1
        _rich(doc.add_paragraph(), f"{k}. {names(p, 'last_init')} ({p['year']}) {p['title']}. "
                                   f"*{p['venue']}* {p['vol']}: {p['pages']}")
    doc.add_heading("Book chapters", 2)
    for p in chaps:
        k += 1
        _rich(doc.add_paragraph(), f"{k}. {names(p, 'last_init')} ({p['year']}) {p['title']}. In: Hutchings P, "
                                   f"Kingsford M, Hoegh-Guldberg O (eds) *Coral Reefs of Australia*, 2nd edn. CSIRO "
                                   f"Publishing, Melbourne, pp {p['pages']}")
    doc.add_heading("Reports to government (not peer reviewed, not numbered)", 2)
    doc.add_paragraph("Marchbanks-Ouyang F, Yardley S (2021) Heat stress outlook for the northern Great Barrier "
                      "Reef. Report to the Reef Authority, Townsville. 44 pp.")
    doc.add_heading("Teaching", 1)
    doc.add_paragraph("MB3050 Coral Reef Ecology (coordinator, 2014–present); MB5200 Climate Change and Marine "
                      "Ecosystems (2018–present).")
    doc.add_heading("Service and Engagement", 1)
    for d, t in [("since 2019", "Editor, Coral Reefs (Springer)"),
                 ("2017 – 2023", "Council member, Australian Coral Reef Society"),
                 ("2022", "Expert witness, Senate inquiry into reef water quality"),
                 ("ongoing", "ABC Radio National and The Conversation commentary on bleaching events")]:
        _row(doc, d, t)
    doc.save(path)
    return dict(arts=arts, chaps=chaps)


def build_06(path):
    me = ("Y", "Rozentsvaig")
    jv = ["SIAM Journal on Computing", "Journal of the ACM", "Algorithmica", "ACM Transactions on Algorithms",
          "Distributed Computing", "Theoretical Computer Science"]
    cv = ["STOC", "FOCS", "SODA", "ICALP", "PODC", "DISC", "ESA"]
    long_c = {"STOC": "Proc. {n}th ACM Symposium on Theory of Computing (STOC)",
              "FOCS": "Proc. {n}th IEEE Symposium on Foundations of Computer Science (FOCS)",
              "SODA": "Proc. ACM-SIAM Symposium on Discrete Algorithms (SODA)",
              "ICALP": "Proc. International Colloquium on Automata, Languages and Programming (ICALP)",
              "PODC": "Proc. ACM Symposium on Principles of Distributed Computing (PODC)",
              "DISC": "Proc. International Symposium on Distributed Computing (DISC)",
              "ESA": "Proc. European Symposium on Algorithms (ESA)"}
    journals = make_pubs(601, VOCAB_TCS, 24, jv, (1992, 2024), me, 0.15, 0.3, (2, 4))
    confs = make_pubs(602, VOCAB_TCS, 38, cv, (1995, 2025), me, 0.15, 0.3, (2, 4))
    # alphabetical author order, as in theory CS
    for p in journals + confs:
        p["authors"].sort(key=lambda a: a[1])
        p["first"] = p["authors"][0][2]
    chap = make_pubs(603, VOCAB_TCS, 2, ["Encyclopedia of Algorithms"], (2008, 2016), me, 1.0, 0.0, (1, 2))
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    _pin(doc, "CV Yevgenia Rozentsvaig")
    _header_footer(doc, "Yevgenia Rozentsvaig — CV", "March 2025", "CV – page ")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("CURRICULUM VITAE\nProf. Yevgenia Rozentsvaig")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Henry and Marilyn Taub Faculty of Computer Science, Technion – Israel Institute of "
                      "Technology, Haifa 3200003, Israel\nyrozen@cs.example.ac.il · +1 202 555 0176 (US mobile "
                      "during sabbatical) · https://yrozen.example.org").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Born 1965, Leningrad (USSR); immigrated to Israel 1991. Married, three children.")
    doc.add_heading("A. Academic Degrees", 1)
    _row(doc, "1988–1991", "**Candidate of Sciences** (Phys.-Math.), Leningrad State University. Dissertation: "
                           "*Decomposition methods for graph connectivity problems*")
    _row(doc, "1982–1987", "**Diploma with distinction** (M.Sc. equivalent), Mathematics and Mechanics, "
                           "Leningrad State University")
    _row(doc, "1993", "**Ph.D.** equivalence recognised by the Israeli Council for Higher Education")
    doc.add_heading("B. Academic Appointments", 1)
    _row(doc, "2008–present", "**Professor**, Faculty of Computer Science, Technion")
    doc.add_paragraph("Holder of the Zeev and Ruth Abramowitz Chair in Algorithms (since 2017)",
                      style="List Bullet")
    doc.add_paragraph("Dean of the Faculty of Computer Science, 2016–2020", style="List Bullet")
    doc.add_paragraph("Head of the Theory Group, 2010–2014 and 2021–2023", style="List Bullet")
    _row(doc, "2002–2008", "**Associate Professor**, Technion")
    _row(doc, "1997–2002", "**Senior Lecturer**, Technion")
    _row(doc, "1994–97", "**Lecturer** (tenure track), Department of Mathematics, Bar-Ilan University")
    _row(doc, "1991–1994", "**Postdoctoral Fellow** (Rothschild and Lady Davis fellowships), Weizmann Institute of "
                           "Science")
    doc.add_heading("Sabbaticals and visiting positions", 2)
    _row(doc, "2011–2012", "**Visiting Researcher**, Microsoft Research, Redmond (sabbatical)")
    _row(doc, "2019–2020", "**Visiting Professor**, EPFL, School of Computer and Communication Sciences")
    _row(doc, "Summer 2005", "**Visiting Scientist**, Max Planck Institute for Informatics, Saarbrücken")
    doc.add_heading("C. Honours and Prizes", 1)
    for d, t in [("2022", "ACM Fellow"), ("2018", "EATCS Award (co-recipient)"),
                 ("2013", "Michael Bruno Memorial Award, Yad Hanadiv"),
                 ("2004", "Best Paper Award, STOC 2004"), ("1999", "Alon Fellowship for Outstanding Young "
                                                                    "Researchers")]:
        _row(doc, d, t)
    doc.add_paragraph("Google Scholar: h-index 41, 9,800 citations (accessed 1 March 2025).")
    doc.add_heading("D. Research Grants", 1)
    for d, t in [("2021–2026", "ERC Advanced Grant *SPARSE-CUTS*, €2,480,000 — Principal Investigator"),
                 ("2017–2021", "Israel Science Foundation (ISF) 1234/17, ₪1,200,000 — PI"),
                 ("2014–2018", "BSF (US–Israel Binational Science Foundation) with M. Zielinski (MIT), $240,000 — "
                               "co-PI"),
                 ("2009–2013", "ISF Centers of Excellence (I-CORE), ₪4,000,000 — one of 4 PIs"),
                 ("2003–06", "German–Israeli Foundation (GIF), €180,000 — PI")]:
        _row(doc, d, t)
    doc.add_heading("E. Graduate Students and Postdocs", 1)
    for d, t in [("2023", "Dr. Noa Ben-Haim (Ph.D.) — now Assistant Professor, Tel Aviv University"),
                 ("2020", "Dr. Ilan Kettering (Ph.D.) — now Senior Researcher, Google Research Tel Aviv"),
                 ("2017", "Dr. Shira Moravec (Ph.D.) — now Associate Professor, Hebrew University of Jerusalem"),
                 ("2014–2016", "Dr. Viktor Szabo (postdoc) — now Professor, University of Vienna"),
                 ("2012", "Dr. Amit Varga (Ph.D.) — now Research Scientist, IBM Research Haifa")]:
        _row(doc, d, t)
    doc.add_paragraph("Altogether 14 Ph.D. and 22 M.Sc. students graduated; 9 postdoctoral fellows hosted.")
    doc.add_heading("F. Publications", 1)
    doc.add_paragraph("Authors in alphabetical order, as is customary in theoretical computer science. Conference "
                      "versions of journal papers are listed separately.")
    doc.add_heading("F.1 Refereed journal papers", 2)
    for i, p in enumerate(journals):
        _rich(doc.add_paragraph(), f"[J{len(journals) - i}] {names(p, bold=('', ''))}. {p['title']}. "
                                   f"*{p['venue']}* {p['vol']}({p['num']}): {p['pages']}, {p['year']}.")
    doc.add_heading("F.2 Refereed conference papers", 2)
    for i, p in enumerate(confs):
        v = long_c[p["venue"]].format(n=p["year"] - (1968 if p["venue"] == "STOC" else 1959))
        _rich(doc.add_paragraph(), f"[C{len(confs) - i}] {names(p, bold=('', ''))}. {p['title']}. In *{v}*, "
                                   f"pages {p['pages']}, {p['year']}.")
    doc.add_heading("F.3 Book chapters and encyclopaedia entries", 2)
    for i, p in enumerate(chap):
        _rich(doc.add_paragraph(), f"[B{len(chap) - i}] {names(p, bold=('', ''))}. {p['title']}. In M.-Y. Kao "
                                   f"(ed.), *Encyclopedia of Algorithms*, Springer, {p['year']}.")
    doc.add_heading("G. Teaching", 1)
    doc.add_paragraph("Algorithms 1 (234247), Advanced Topics in Graph Algorithms (236xxx, graduate), Distributed "
                      "Algorithms (236357); since 1997.")
    doc.add_heading("H. Professional Activities", 1)
    for d, t in [("since 2018", "Editorial board, Journal of the ACM"),
                 ("2014–2020", "Associate editor, SIAM Journal on Computing"),
                 ("2021", "Program Committee chair, SODA 2021"), ("2015–2019", "Council member, EATCS")]:
        _row(doc, d, t)
    doc.save(path)
    return dict(journals=journals, confs=confs, chap=chap)


def build_09(path):
    r = random.Random(901)
    titles = make_zh_titles(r, 30)
    en = make_pubs(902, {"A": ["ultra-high performance", "recycled aggregate", "steel fibre reinforced",
                                 "low-carbon", "self-compacting", "geopolymer"],
                         "N": ["concrete beams", "composite girders", "shear walls", "bridge decks",
                               "column joints", "creep behaviour"],
                         "C": ["freeze–thaw cycles", "chloride attack", "cyclic loading", "elevated temperature",
                               "marine exposure", "impact loading"],
                         "G": ["Experimental study of", "Numerical analysis of", "Fatigue behaviour of"],
                         "K": ["sustained load", "seismic excitation"]}, 34,
                   ["Cement and Concrete Research", "Construction and Building Materials",
                    "Engineering Structures", "Cement and Concrete Composites", "Journal of Structural "
                    "Engineering", "Composite Structures"], (2008, 2025), ("Z", "Chen"), 0.15, 0.6)
    zh_j = ["土木工程学报", "建筑结构学报", "工程力学", "硅酸盐学报", "中国公路学报"]
    zh = []
    for i, t in enumerate(titles):
        k = r.randint(3, 5)
        au = ["王" + r.choice("磊涛静敏强"), "李" + r.choice("明华洋杰"), "刘" + r.choice("佳琪宇航"),
              "张" + r.choice("伟丽鹏超"), "赵" + r.choice("晨曦宁")][:k - 1]
        pos = 0 if r.random() < 0.3 else (k - 1 if r.random() < 0.8 else 1)
        au.insert(pos, "陈志远")
        y = 2025 - int(18 * i / len(titles))
        zh.append(dict(authors=au, title=t, venue=r.choice(zh_j), year=y, vol=r.randint(30, 58),
                       num=r.randint(1, 12), pages=f"{r.randint(1, 99)}-{r.randint(100, 180)}", first=pos == 0))
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    _pin(doc, "陈志远简历")
    _header_footer(doc, "陈志远 个人简历", "2025年3月", "第 ", of=" 页 共 ")
    doc.sections[0].footer.paragraphs[0].add_run(" 页")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("个 人 简 历")
    rr.bold = True
    rr.font.size = Pt(18)
    _table(doc, ["姓名", "陈志远", "性别", "男"], [
        ("出生年月", "1976年5月", "职称", "教授、博士生导师"),
        ("单位", "同济大学土木工程学院", "邮箱", "chenzy@tongji.example.edu.cn"),
        ("电话", "+86 138 0013 8462", "主页", "https://chenzy.example.edu.cn"),
    ], [2.5, 5, 2.5, 5])
    doc.add_heading("一、教育经历", 1)
    for d, x in [("1998.09–2003.07", "清华大学 土木工程系 结构工程 工学博士（硕博连读）"),
                 ("1994.09–1998.07", "湖南大学 土木工程学院 土木工程 工学学士"),
                 ("2001.10–2002.10", "东京大学 土木工学专攻 联合培养博士研究生（国家留学基金委资助）")]:
        _row(doc, d, x, 3.6)
    doc.add_heading("二、工作经历", 1)
    for d, x in [("2013.12–至今", "同济大学 土木工程学院 教授、博士生导师"),
                 ("2018.01–至今", "同济大学 土木工程防灾国家重点实验室 副主任（兼）"),
                 ("2008.12–2013.11", "同济大学 土木工程学院 副教授"),
                 ("2005.07–2008.11", "同济大学 土木工程学院 讲师"),
                 ("2003.07–2005.06", "香港理工大学 土木及环境工程学系 博士后研究员"),
                 ("2016.02–2017.02", "加州大学伯克利分校 访问学者（学术休假）")]:
        _row(doc, d, x, 3.6)
    doc.add_heading("三、学术兼职与荣誉", 1)
    for d, x in [("2024", "国家杰出青年科学基金获得者"), ("2021", "教育部长江学者特聘教授"),
                 ("2019", "上海市科技进步一等奖（排名第1）"), ("2015", "詹天佑土木工程科学技术奖"),
                 ("2004", "全国优秀博士学位论文提名奖")]:
        _row(doc, d, x, 3.6)
    doc.add_paragraph("学术兼职：《土木工程学报》编委（2019至今）；中国土木工程学会混凝土及预应力混凝土分会理事；"
                      "Engineering Structures 副主编（since 2021）。")
    doc.add_paragraph("学术影响：Google Scholar 总被引 8,650 次，h指数 47；ESI 高被引论文 6 篇。")
    doc.add_heading("四、主持和参与的科研项目", 1)
    _table(doc, ["序号", "项目名称", "项目来源", "经费（万元）", "起止时间", "角色"], [
        ("1", "超高性能混凝土桥梁结构长期性能与设计理论", "国家杰出青年科学基金", "400", "2025.01–2029.12", "主持"),
        ("2", "海洋环境下装配式桥梁耐久性提升关键技术", "国家重点研发计划课题", "680", "2021.12–2025.11", "主持"),
        ("3", "再生骨料混凝土多尺度损伤机理", "国家自然科学基金面上项目", "58", "2019.01–2022.12", "主持"),
        ("4", "钢-混凝土组合梁疲劳性能", "国家自然科学基金青年基金", "25", "2010.01–2012.12", "主持"),
        ("5", "港珠澳大桥混凝土耐久性评估", "企业委托（横向）", "320", "2014.06–2017.06", "参与（排名第2）"),
        ("6", "高性能混凝土结构抗震基础研究", "973计划子课题", "150", "2012.01–2016.08", "骨干"),
    ], [1.1, 5.4, 3.2, 1.8, 2.8, 1.9])
    doc.add_heading("五、代表性论文（10篇）", 1)
    rep = en[:3] + [en[7], en[11]] + zh[:3] + [zh[6], en[15]]
    rows = []
    for i, p in enumerate(rep, 1):
        if isinstance(p["authors"][0], tuple):
            au = names(p, "vanc", bold=("", ""))
        else:
            au = "，".join(p["authors"])
        rows.append((str(i), p["title"], p["venue"], str(p["year"]), au))
    _table(doc, ["序号", "论文题目", "期刊", "年份", "作者"], rows, [1.1, 6, 3.4, 1.3, 4.4])
    doc.add_heading("六、全部论文目录（按时间倒序）", 1)
    doc.add_heading("（一）英文期刊论文", 2)
    for i, p in enumerate(en, 1):
        _rich(doc.add_paragraph(), f"[{i}] {names(p, 'vanc')}. {p['title']}[J]. *{p['venue']}*, {p['year']}, "
                                   f"{p['vol']}: {p['pages']}.")
    doc.add_heading("（二）中文期刊论文", 2)
    for i, p in enumerate(zh, len(en) + 1):
        au = "，".join(f"**{a}**" if a == "陈志远" else a for a in p["authors"])
        _rich(doc.add_paragraph(), f"[{i}] {au}. {p['title']}[J]. {p['venue']}, {p['year']}, {p['vol']}"
                                   f"({p['num']}): {p['pages']}.")
    doc.add_heading("七、授权发明专利", 1)
    for i, x in enumerate(["一种超高性能混凝土桥面板接缝结构及施工方法", "再生骨料混凝土梁抗剪加固装置",
                           "基于数字图像相关的混凝土裂缝监测系统"], 1):
        doc.add_paragraph(f"{i}. 陈志远，王磊，李明. {x}. 中国发明专利 ZL 2019 1 0{i}23456.{i}，授权日 202{i}年。")
    doc.add_heading("八、人才培养", 1)
    doc.add_paragraph("已毕业博士 16 名、硕士 38 名。部分毕业生去向：")
    for x in ["刘佳琪（博士，2023）——现任东南大学副教授", "张伟（博士，2021）——现任中交公路规划设计院高级工程师",
              "赵晨曦（博士，2019）——现任香港科技大学助理教授"]:
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path)
    return dict(en=en, zh=zh, rep=rep)
