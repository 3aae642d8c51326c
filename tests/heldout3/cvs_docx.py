"""DOCX CVs of invented people: a Chinese 简历, a one-page software résumé, a German-style CV."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Inches, Pt
from kit import label


def _para(doc, text: str = "", bold: bool = False, size: float = 10.5, right_tab: str | None = None):
    """A paragraph, optionally with a right-aligned date after a tab (the usual Word résumé)."""
    par = doc.add_paragraph()
    par.paragraph_format.space_after = Pt(1)
    run = par.add_run(text)
    run.bold, run.font.size = bold, Pt(size)
    if right_tab is not None:
        par.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
        tail = par.add_run("\t" + right_tab)
        tail.font.size = Pt(size)
    return par


def _save(doc, path: Path) -> None:
    """Save with fixed zip timestamps so regenerating leaves committed files unchanged."""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(zipfile.ZipInfo(item.filename, (2025, 3, 1, 0, 0, 0)), src.read(item.filename),
                         zipfile.ZIP_DEFLATED)


def chinese_undergrad(out: Path) -> dict:
    f = "06_cn_undergrad.docx"
    d = Document()
    _para(d, "个人简历", True, 18)
    _para(d, "基本信息", True, 13)
    t = d.add_table(rows=4, cols=4)
    cells = [("姓名：贺思远", "性别：男"), ("出生年月：2003.05", "政治面貌：共青团员"),
             ("电话：(+86) 135-2468-0917", "邮箱：hesiyuan03@mail.ustc.edu.cn"),
             ("GitHub：github.com/hsy-0517", "申请方向：计算机科学 博士")]
    for r, (a, b) in enumerate(cells):
        t.cell(r, 0).text, t.cell(r, 2).text = a, b
    _para(d, "研究兴趣", True, 13)
    _para(d, "图神经网络、可信机器学习、AI for Science（分子性质预测）")
    _para(d, "教育经历", True, 13)
    _para(d, "中国科学技术大学  计算机科学与技术  本科", True, right_tab="2022.09 – 至今")
    _para(d, "GPA：3.89/4.30（专业排名：5/182）  英语：CET-6 612，TOEFL 108")
    _para(d, "主修课程：数据结构（98）、算法基础（96）、机器学习（95）、概率论与数理统计（97）")
    _para(d, "新加坡国立大学  计算机学院  交换生", True, right_tab="2024.01 – 2024.05")
    _para(d, "科研经历", True, 13)
    _para(d, "微软亚洲研究院  研究实习生", True, right_tab="2024.07 – 2024.09")
    _para(d, "• 参与分子图表示学习项目，提出基于不变性约束的消息传递方法，OOD 测试集上 MAE 降低 12%。")
    _para(d, "中国科学技术大学 数据智能实验室  本科生科研助理（导师：许强 教授）", True,
          right_tab="2023.09 – 至今")
    _para(d, "• 负责对比学习预训练实验与基线复现，论文 [2][3] 的主要实验完成人。")
    _para(d, "项目经历", True, 13)
    _para(d, "基于大模型的代码审查助手（课程项目，组长）", True, right_tab="2024.03 – 2024.06")
    _para(d, "• 使用 LoRA 微调 7B 模型，完成评测与部署；项目获课程最佳项目。")
    _para(d, "论文", True, 13)
    _para(d, "[1] Siyuan He, Wenjie Luo, Qiang Xu. Invariant Message Passing for Out-of-Distribution "
             "Molecular Property Prediction. NeurIPS 2025（在投）.")
    _para(d, "[2] Wenjie Luo*, Siyuan He*, Qiang Xu. Contrastive Pre-training of Molecular Graphs with "
             "Motif Augmentation. KDD 2024. （*共同第一作者）")
    _para(d, "[3] 罗文杰，贺思远，许强. 分子图自监督预训练方法综述. 计算机研究与发展, 2024, 61(8): 1820-1841.")
    _para(d, "竞赛获奖与荣誉", True, 13)
    for a in ["2023  全国大学生数学建模竞赛  国家一等奖", "2022  ICPC 国际大学生程序设计竞赛亚洲区域赛（南京站）  银奖",
              "2023  国家奖学金", "2024  中国科学技术大学优秀学生奖学金（金奖）"]:
        _para(d, "• " + a)
    _para(d, "专业技能", True, 13)
    _para(d, "Python、PyTorch、PyG、C++、Linux、LaTeX")
    _save(d, out / f)
    return label(
        f, "贺思远", name_any=["Siyuan He", "He Siyuan"], emails=["hesiyuan03@mail.ustc.edu.cn"],
        phones=["+8613524680917"], links=["github.com/hsy-0517"],
        education=[("中国科学技术大学", "bachelor", "2022-09", "present"),
                   ("新加坡国立大学", "other", "2024-01", "2024-05")],
        experience=[("微软亚洲研究院", "研究实习生", "2024-07", "2024-09"),
                    ("中国科学技术大学 数据智能实验室", "本科生科研助理", "2023-09", "present")],
        publications_count=3, first_author_count=2,
        publications_sample=[
            ("Contrastive Pre-training of Molecular Graphs with Motif Augmentation", "KDD", 2024),
            ("分子图自监督预训练方法综述", "计算机研究与发展", 2024)],
        research_interests_any=["图神经网络", "可信机器学习"],
        awards_count=4,
        notes="基本信息 is a table (name, birth month 2003.05, phone, e-mail). The course project under "
              "项目经历 is not a job. Paper [1] is under submission (在投) and counts; [2] is co-first (*) "
              "with the first author. Exchange semester at NUS is education level 'other'.")


def software_resume(out: Path) -> dict:
    f = "07_swe_resume.docx"
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.7)
        s.top_margin = s.bottom_margin = Inches(0.5)
    head = _para(d, "TAVITA FALEOLO", True, 20)
    head.alignment = 1
    contact = _para(d, "Seattle, WA | (206) 555-0187 | tavita.faleolo@gmail.com | "
                       "linkedin.com/in/tavitafaleolo | github.com/tfaleolo", size=9.5)
    contact.alignment = 1

    def sec(t: str) -> None:
        _para(d, t.upper(), True, 11.5)

    sec("Summary")
    _para(d, "Backend engineer with 6+ years building high-traffic search and pricing services in Java, "
             "Kotlin and Go. Enjoys on-call, observability and mentoring new hires.")
    sec("Work Experience")
    jobs = [("Software Engineer II — Zillow, Seattle, WA", "Mar 2022 – Present",
             ["Led migration of listing search from Solr to OpenSearch serving 40k QPS; cut p99 latency 38%.",
              "Designed the price-history event pipeline (Kafka, Flink) adopted by 5 teams in 2023."]),
            ("Software Engineer — Expedia Group, Bellevue, WA", "Jul 2019 – Feb 2022",
             ["Owned hotel availability caching; saved $1.2M/yr in supplier API calls.",
              "Mentored 4 interns; ran the 2021 intern hackathon."]),
            ("Software Engineering Intern — Tableau Software, Seattle, WA", "Jun 2018 – Sep 2018",
             ["Added incremental refresh to the Salesforce connector (shipped in Tableau 2018.3)."])]
    for head_line, date, bullets in jobs:
        _para(d, head_line, True, right_tab=date)
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    sec("Projects")
    _para(d, "Tidewatch — open-source tide prediction CLI in Rust (1.1k GitHub stars)", True, right_tab="2023")
    d.add_paragraph("Harmonic-constituent model; packaged for Homebrew and Debian.", style="List Bullet")
    _para(d, "Home Lab Kubernetes Cluster", True, right_tab="2021 – Present")
    d.add_paragraph("k3s on 4 Raspberry Pis with GitOps (Flux) and Grafana dashboards.", style="List Bullet")
    sec("Education")
    _para(d, "University of Washington, Seattle — B.S. in Computer Science, Minor in Mathematics", True,
          right_tab="Sep 2015 – Jun 2019")
    sec("Skills")
    _para(d, "Languages: Java, Kotlin, Go, Rust, Python, SQL.  Infra: AWS, Kafka, Flink, Kubernetes, Terraform.")
    sec("Certifications")
    _para(d, "AWS Certified Solutions Architect – Associate (2021)")
    _save(d, out / f)
    return label(
        f, "Tavita Faleolo", emails=["tavita.faleolo@gmail.com"], phones=["+12065550187"],
        links=["linkedin.com/in/tavitafaleolo", "github.com/tfaleolo"],
        education=[("University of Washington", "bachelor", "2015-09", "2019-06")],
        experience=[("Zillow", "Software Engineer II", "2022-03", "present"),
                    ("Expedia Group", "Software Engineer", "2019-07", "2022-02"),
                    ("Tableau Software", "Software Engineering Intern", "2018-06", "2018-09")],
        publications_count=0, first_author_count=0, publications_sample=[],
        research_interests_any=[], awards_count=0,
        notes="One-page résumé: name in capitals, contact on one line separated by |. 'Title — Company, "
              "City' with a right-tab date. Projects (Tidewatch, home lab) are not jobs; a certification "
              "is not an award. No publications.")


def german_cv(out: Path) -> dict:
    f = "08_german_lebenslauf.docx"
    d = Document()
    _para(d, "Curriculum Vitae", True, 18)

    def sec(t: str) -> None:
        _para(d, "")
        _para(d, t, True, 12.5)

    def table(rows: list[tuple[str, str]]) -> None:
        t = d.add_table(rows=len(rows), cols=2)
        for i, (a, b) in enumerate(rows):
            t.cell(i, 0).text, t.cell(i, 1).text = a, b
            t.cell(i, 0).width, t.cell(i, 1).width = Inches(1.6), Inches(4.9)

    sec("Personal Data")
    table([("Name", "Dr. Johanna Kreuzberger"), ("Date of birth", "14.07.1992"),
           ("Place of birth", "Regensburg, Germany"), ("Nationality", "German"),
           ("Marital status", "married, one child"),
           ("Address", "Lindwurmstraße 118, 80337 München"),
           ("Phone", "+49 176 2345 8810"), ("E-mail", "j.kreuzberger@posteo.de")])
    sec("Professional Experience")
    table([("since 04/2022", "Senior Scientist, Process Research & Chemical Engineering\nBASF SE, Ludwigshafen\n"
            "– scale-up of heterogeneous hydrogenation catalysts from 10 g to 50 kg"),
           ("10/2017 – 03/2022", "Research Associate (Wissenschaftliche Mitarbeiterin)\nKarlsruhe Institute of "
            "Technology (KIT), Institute of Catalysis Research and Technology"),
           ("08/2016 – 12/2016", "Intern, Evonik Industries AG, Marl\n– kinetic studies of oxidation catalysts")])
    sec("Education")
    table([("10/2017 – 02/2022", "Doctorate (Dr. rer. nat.) in Chemistry, Karlsruhe Institute of Technology (KIT)"
            "\nThesis: Single-atom platinum catalysts on ceria for selective hydrogenation; magna cum laude"),
           ("10/2015 – 09/2017", "M.Sc. Chemistry, Technical University of Munich (TUM), final grade 1.3"),
           ("10/2012 – 09/2015", "B.Sc. Chemistry, University of Regensburg, final grade 1.6"),
           ("09/2002 – 06/2011", "Abitur, Goethe-Gymnasium Regensburg, grade 1.4")])
    sec("Publications (selection)")
    for t in ["J. Kreuzberger, M. Olbrich, S. Thielemann, Isolated Pt sites on ceria steer alkyne "
              "semihydrogenation, Angew. Chem. Int. Ed. 2021, 60, 11842–11850.",
              "T. Hübner, J. Kreuzberger, S. Thielemann, Operando DRIFTS of CO on single-atom catalysts, "
              "ACS Catal. 2020, 10, 7713–7724.",
              "J. Kreuzberger, S. Thielemann, Redispersion of platinum under oxidising conditions, "
              "ChemCatChem 2019, 11, 5021–5030."]:
        d.add_paragraph(t, style="List Number")
    _para(d, "Patent: EP 4 123 456 A1, Process for the hydrogenation of alkynes (2023)")
    sec("Awards and Scholarships")
    table([("2018 – 2020", "Doctoral scholarship, Fonds der Chemischen Industrie (FCI)"),
           ("2019", "Poster prize, GDCh Wissenschaftsforum Chemie")])
    sec("Languages")
    table([("German", "native"), ("English", "fluent (C1)"), ("French", "good (B1)")])
    sec("IT Skills")
    _para(d, "Origin, ChemDraw, Python (data analysis), Aspen Plus")
    _para(d, "")
    _para(d, "Ludwigshafen, 12 March 2025")
    _para(d, "Johanna Kreuzberger")
    _save(d, out / f)
    return label(
        f, "Johanna Kreuzberger", name_any=["Dr. Johanna Kreuzberger"],
        emails=["j.kreuzberger@posteo.de"], phones=["+4917623458810"], links=[],
        education=[("Karlsruhe Institute of Technology (KIT)", "phd", "2017-10", "2022-02"),
                   ("Technical University of Munich (TUM)", "master", "2015-10", "2017-09"),
                   ("University of Regensburg", "bachelor", "2012-10", "2015-09"),
                   ("Goethe-Gymnasium Regensburg", "other", "2002-09", "2011-06")],
        experience=[("BASF SE", "Senior Scientist", "2022-04", "present"),
                    ("Karlsruhe Institute of Technology (KIT)", "Research Associate", "2017-10", "2022-03"),
                    ("Evonik Industries AG", "Intern", "2016-08", "2016-12")],
        publications_count=3, first_author_count=2,
        publications_sample=[
            ("Isolated Pt sites on ceria steer alkyne semihydrogenation", "Angew. Chem. Int. Ed.", 2021),
            ("Operando DRIFTS of CO on single-atom catalysts", "ACS Catal.", 2020)],
        research_interests_any=[], awards_count=2,
        notes="German layout in English: no name header, the name is in the Personal Data table with "
              "date of birth 14.07.1992 and postcode (not phones). Two-column tables with MM/YYYY "
              "periods; 'since 04/2022' is open-ended. The patent is not a publication. Place, date and "
              "name at the end as a signature.")
