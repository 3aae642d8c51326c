"""Held-out DOCX CVs: a Chinese 简历 (WPS/Word style, info table on top) and an
English CV whose References section lists referees with their own contacts."""
from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from docx.shared import Pt

from .cv_docx import new_doc, save_doc
from .labels import Edu, Job, Pub, label


def _cjk(doc) -> None:
    """Make the default style render Chinese (as WPS templates do with 宋体/微软雅黑)."""
    st = doc.styles["Normal"]
    st.font.name = "Microsoft YaHei"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "微软雅黑")
    st.font.size = Pt(10.5)


def _title(doc, text: str, size: float = 13):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def chinese_docx(out: Path) -> dict:
    file = "10_chinese_jianli.docx"
    edu = [Edu("浙江大学", "phd", "计算机科学与技术", "2024-09", "present"),
           Edu("浙江大学", "master", "计算机科学与技术", "2021-09", "2024-06"),
           Edu("华中科技大学", "bachelor", "软件工程", "2017-09", "2021-06")]
    edu_rows = ["2024.09-至今        浙江大学        计算机科学与技术        博士",
                "2021.09-2024.06    浙江大学        计算机科学与技术        硕士（GPA 3.8/4.0，专业前5%）",
                "2017.09-2021.06    华中科技大学    软件工程                本科"]
    jobs = [Job("阿里巴巴达摩院", "算法实习生", "2023-06", "2023-09"),
            Job("字节跳动", "推荐算法实习生", "2022-07", "2022-12")]
    pubs = [Pub("邓思远*, 王立*, 陈晓明", "基于图对比学习的会话推荐方法", "计算机学报, 2024", 2024, True, "计算机学报"),
            Pub("Siyuan Deng, Li Wang, Xiaoming Chen", "Contrastive Session Graphs for Sequential Recommendation",
                "In Proceedings of SIGIR 2023", 2023, True, "SIGIR"),
            Pub("Li Wang, Siyuan Deng, Xiaoming Chen", "Debiasing Click Models with Counterfactual Exposure",
                "KDD 2023", 2023, False, "KDD"),
            Pub("邓思远, 陈晓明", "面向长尾物品的推荐去偏方法研究", "软件学报, 2022", 2022, True, "软件学报")]
    doc = new_doc()
    _cjk(doc)
    _title(doc, "个人简历", 18)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [("姓名", "邓思远", "性别", "男"), ("出生年月", "1998.05", "政治面貌", "共青团员"),
             ("电话", "186-1234-5678", "邮箱", "dengsiyuan@zju.edu.cn"), ("求职意向", "算法工程师（推荐/搜索）", "", "")]
    for r, vals in enumerate(cells):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    t.cell(3, 1).merge(t.cell(3, 3))
    doc.add_paragraph("研究方向：推荐系统、图神经网络、因果推断")
    _title(doc, "教育背景")
    for row in edu_rows:
        doc.add_paragraph(row)
    doc.add_paragraph("主修课程：机器学习、数据挖掘、算法设计与分析、分布式系统")
    _title(doc, "实习经历")
    doc.add_paragraph("2023.06-2023.09    阿里巴巴达摩院    算法实习生")
    for b in ("负责电商场景召回模型的图结构建模，离线Recall@50提升4.2%；",
              "参与大规模负采样策略的设计与线上A/B实验。"):
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("2022.07-2022.12    字节跳动    推荐算法实习生")
    doc.add_paragraph("负责短视频冷启动推荐策略，新内容曝光效率提升7%。", style="List Bullet")
    _title(doc, "项目经历")
    doc.add_paragraph("2022.03-2022.06    基于知识图谱的课程推荐系统（校级大创项目，负责人）")
    _title(doc, "论文发表")
    for k, p in enumerate(pubs, 1):
        doc.add_paragraph(f"[{k}] {p.authors}. {p.title}. {p.venue_printed}.")
    doc.add_paragraph("（*为共同第一作者）")
    _title(doc, "获奖情况")
    for a in ("2023年  国家奖学金", "2022年  浙江大学优秀研究生", "2020年  全国大学生数学建模竞赛 省级一等奖",
              "2019年  华中科技大学 校级三好学生"):
        doc.add_paragraph(a)
    _title(doc, "专业技能")
    doc.add_paragraph("编程语言：Python、C++、SQL；框架：PyTorch、DGL、Spark；英语：CET-6 586分")
    save_doc(doc, out / file)
    return label(file, "邓思远", name_any=["Siyuan Deng", "Deng Siyuan"], emails=["dengsiyuan@zju.edu.cn"],
                 phones=["+8618612345678"], links=[], education=edu, experience=jobs, pubs=pubs,
                 interests=["推荐系统", "图神经网络"], awards=4,
                 notes="姓名/电话/邮箱 in a grid table. 项目经历 is a project, not a position. 2 of 4 papers in "
                       "Chinese; [1] starred first author, [2],[4] listed first.")


def references_docx(out: Path) -> dict:
    file = "13_references.docx"
    edu = [Edu("Pontificia Universidad Católica de Chile", "phd", "Ecology", "2016", "2020"),
           Edu("Wageningen University", "master", "Environmental Sciences", "2014", "2016"),
           Edu("Universidad de Chile", "bachelor", "Biology", "2009", "2013")]
    jobs = [Job("Bjerknes Centre for Climate Research, University of Bergen", "Postdoctoral Fellow", "2020-11",
                "present"),
            Job("Instituto de Ecología y Biodiversidad", "Research Assistant", "2013-03", "2014-02")]
    pubs = [Pub("Echeverría, T., Lund, K. & Haugen, M.", "Drought legacy effects on boreal forest carbon uptake",
                "Global Change Biology, 30, e17123", 2024, True, "Global Change Biology"),
            Pub("Haugen, M. & Echeverría, T.", "Learning phenology from Sentinel-2 time series",
                "Remote Sensing of Environment, 285, 113402", 2023, False, "Remote Sensing of Environment"),
            Pub("Echeverría, T. & Fuentes, P.", "Fire regimes in Mediterranean Chile under CMIP6 scenarios",
                "Ecological Applications, 31(6), e02377", 2021, True, "Ecological Applications"),
            Pub("Fuentes, P., Echeverría, T. & Rojas, C.", "Seed dispersal networks along an aridity gradient",
                "Oecologia, 190, 211–223", 2019, False, "Oecologia")]
    doc = new_doc()
    _title(doc, "TOMÁS ECHEVERRÍA", 18)
    doc.add_paragraph("Postdoctoral researcher · Climate and Ecosystem Modelling")
    doc.add_paragraph("tomas.echeverria@uib.no  |  +47 412 34 567  |  ORCID: orcid.org/0000-0002-1825-0097")
    _title(doc, "EDUCATION")
    doc.add_paragraph("2016–2020\tPhD in Ecology, Pontificia Universidad Católica de Chile, Santiago")
    doc.add_paragraph("2014–2016\tMSc Environmental Sciences, Wageningen University, the Netherlands")
    doc.add_paragraph("2009–2013\tLicenciatura en Biología (BSc equivalent), Universidad de Chile")
    _title(doc, "EMPLOYMENT")
    doc.add_paragraph("Nov. 2020 – present\tPostdoctoral Fellow, Bjerknes Centre for Climate Research, "
                      "University of Bergen, Norway")
    doc.add_paragraph("Mar. 2013 – Feb. 2014\tResearch Assistant, Instituto de Ecología y Biodiversidad (IEB), "
                      "Santiago")
    _title(doc, "PEER-REVIEWED PUBLICATIONS")
    for p in pubs:
        authors = p.authors
        doc.add_paragraph(f"{authors} ({p.year}). {p.title}. {p.venue_printed}.")
    _title(doc, "GRANTS AND AWARDS")
    for a in ("2022  Marie Skłodowska-Curie Postdoctoral Fellowship, European Commission (€214,000)",
              "2019  Best Oral Presentation, Annual Meeting of the Chilean Ecological Society",
              "2016  CONICYT Doctoral Scholarship, Government of Chile"):
        doc.add_paragraph(a)
    _title(doc, "LANGUAGES")
    doc.add_paragraph("Spanish (native), English (fluent), Norwegian (B1), Dutch (A2)")
    _title(doc, "REFERENCES")
    for ref in ("Prof. Kari Lund, Bjerknes Centre for Climate Research, University of Bergen\n"
                "kari.lund@uib.no  ·  +47 55 58 12 34",
                "Dr. Pablo Fuentes, Departamento de Ecología, Pontificia Universidad Católica de Chile\n"
                "pfuentes@bio.puc.cl  ·  +56 2 2354 1234",
                "Prof. Marit Haugen, Norwegian University of Life Sciences (NMBU)\n"
                "marit.haugen@nmbu.no  ·  +47 67 23 00 00"):
        doc.add_paragraph(ref)
    save_doc(doc, out / file)
    return label(file, "Tomás Echeverría", name_any=["Tomas Echeverria"], emails=["tomas.echeverria@uib.no"],
                 phones=["+4741234567"], links=["orcid.org/0000-0002-1825-0097"], education=edu, experience=jobs,
                 pubs=pubs, awards=3,
                 notes="APA style (year after authors). Referees' emails and phones are not the candidate's. "
                       "Licenciatura labelled bachelor (the CV says BSc equivalent). Grants and awards share a "
                       "section; all three lines are awards/fellowships.")
