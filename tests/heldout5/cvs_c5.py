"""Word CVs of invented people: an NLP research fellow (author-year references under
sub-headings, a paper inside the honours, paid posts with dot leaders), a Chinese associate
researcher (table-based 简历) and a bilingual master's student (the whole CV in a table)."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from kit5 import fixed_docx, label, save_docx


def nlp_fellow(out: Path) -> dict:
    f = "08_nlp_fellow_author_year.docx"
    d = fixed_docx()
    t = d.add_paragraph()
    r = t.add_run("Siobhán Marchetti")
    r.bold, r.font.size = True, Pt(20)
    d.add_paragraph("Research Fellow, ADAPT Centre, School of Computer Science and Statistics\n"
                    "siobhan.marchetti@tcd.example.ie  •  +353 87 555 0193  •  smarchetti.example.net")
    d.add_heading("Research Interests", level=1)
    d.add_paragraph("Speech recognition for low-resource languages; cross-lingual transfer; language "
                    "technology for Irish and other Celtic languages.")
    d.add_heading("Education", level=1)
    for line in ["PhD in Computer Science, Trinity College Dublin, 2019 – 2023",
                 "MSc in Speech and Language Processing (Distinction), University of Edinburgh, 2017 – 2018",
                 "BA (Mod) in Computer Science, Linguistics and a Language, Trinity College Dublin, 2013 – 2017"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Research Positions", level=1)
    d.add_paragraph("Research Fellow, ADAPT Centre, Trinity College Dublin (Oct 2023 – Present)\n"
                    "Speech foundation models for Irish public-service broadcasting archives.")
    d.add_heading("Teaching & Writing Experience", level=1)
    for line in ["Freelance Technical Writer, Lexica Press ............................ 07/2025 – Present",
                 "Assistant Lecturer (part-time), Dublin City University ............ 09/2021 – 05/2023",
                 "Teaching Assistant, Trinity College Dublin (CS7CS4 Machine Learning) .... 09/2019 – 12/2020"]:
        d.add_paragraph(line)
    d.add_heading("Publications", level=1)
    d.add_paragraph("* equal contribution").runs[0].italic = True
    groups = {
        "Conference Proceedings": [
            "Marchetti, S.*, Ó Briain, C.* and Weller, J., 2024, September. Cross-lingual transfer for "
            "low-resource Irish speech recognition. In Proceedings of Interspeech 2024 (pp. 2210-2214).",
            "Ó Briain, C., Marchetti, S. and Weller, J., 2023, July. Morphology-aware tokenisation for Celtic "
            "languages. In Proceedings of the 61st Annual Meeting of the Association for Computational "
            "Linguistics (Volume 1: Long Papers) (pp. 5512-5525).",
            "Marchetti, S. and Weller, J., 2022, December. Evaluating speech translation for minority "
            "languages. In Findings of the Association for Computational Linguistics: EMNLP 2022 (pp. 881-894).",
        ],
        "Journal Articles": [
            "Marchetti, S., Weller, J. and Kowalski, P., 2023. Bilingual lexicon induction for Irish and "
            "Scottish Gaelic. Transactions of the Association for Computational Linguistics, 11, pp.1402-1418.",
            "Weller, J., Marchetti, S., Ó Briain, C., Reyes, M. et al., 2021. A corpus of spontaneous Irish "
            "speech. Language Resources and Evaluation, 55(4), pp.987-1010.",
        ],
        "Preprints and Submitted": [
            "Marchetti, S. and Ó Briain, C., 2025. Speech language models forget minority languages first. "
            "arXiv preprint arXiv:2503.01234.",
            "Marchetti, S., Weller, J. and Ní Dhuibhir, A. Dialect-robust ASR with retrieval-augmented "
            "decoding. Under review at ICASSP 2026.",
        ],
    }
    for sub, refs in groups.items():
        d.add_heading(sub, level=2)
        for ref in refs:
            d.add_paragraph(ref)
    d.add_heading("Honors and Awards", level=1)
    for line in ["Outstanding Paper Award (2022): Marchetti, S. and Weller, J. Evaluating speech translation for "
                 "minority languages. Findings of EMNLP 2022.",
                 "Irish Research Council Government of Ireland Postgraduate Scholarship, 2019 – 2023",
                 "Gold Medal for outstanding performance in the final examination, Trinity College Dublin, 2017"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Service", level=1)
    d.add_paragraph("Reviewer for ACL Rolling Review, Interspeech and ICASSP; co-organiser of the CLTW workshop 2024.")
    save_docx(d, out / f)
    return label(
        f, "Siobhán Marchetti", [], ["siobhan.marchetti@tcd.example.ie"], ["+353875550193"],
        ["smarchetti.example.net"],
        [("Trinity College Dublin", "phd", "2019", "2023"),
         ("University of Edinburgh", "master", "2017", "2018"),
         ("Trinity College Dublin", "bachelor", "2013", "2017")],
        [("ADAPT Centre", "Research Fellow", "2023-10", "present"),
         ("Lexica Press", "Freelance Technical Writer", "2025-07", "present"),
         ("Dublin City University", "Assistant Lecturer (part-time)", "2021-09", "2023-05"),
         ("Trinity College Dublin", "Teaching Assistant", "2019-09", "2020-12")],
        7, 5,
        [("Cross-lingual transfer for low-resource Irish speech recognition", "Interspeech", 2024, True,
          "published"),
         ("Morphology-aware tokenisation for Celtic languages", "ACL", 2023, False, "published"),
         ("Evaluating speech translation for minority languages", "EMNLP Findings", 2022, True, "published"),
         ("Bilingual lexicon induction for Irish and Scottish Gaelic", "TACL", 2023, True, "published"),
         ("Speech language models forget minority languages first", "arXiv", 2025, True, "preprint"),
         ("Dialect-robust ASR with retrieval-augmented decoding", "ICASSP", 2026, True, "under review")],
        ["low-resource languages", "cross-lingual transfer"], 3,
        "Author-year (Google Scholar 'Harvard') references: 'Surname, A.*, Surname, B. and Surname, C., "
        "YEAR, Month. Title. In Proceedings of ...', under three Heading-2 sub-headings. One honour quotes a "
        "paper already listed (not a new publication). 'Teaching & Writing Experience' holds paid posts with "
        "dot leaders and MM/YYYY dates; they are jobs.")


def _table(d, rows: list[list[str]], widths_bold: tuple[int, ...] = ()) -> None:
    tab = d.add_table(rows=len(rows), cols=len(rows[0]))
    tab.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = text
            if j in widths_bold:
                for r in cell.paragraphs[0].runs:
                    r.bold = True


def zh_associate(out: Path) -> dict:
    f = "09_zh_associate_researcher_tables.docx"
    d = fixed_docx()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("个 人 简 历")
    r.bold, r.font.size = True, Pt(18)
    d.add_heading("基本信息", level=1)
    _table(d, [["姓名", "刘雨桐", "性别", "女"],
               ["出生年月", "1991.03", "职称", "副研究员"],
               ["电话", "186 5521 0934", "邮箱", "liuyutong@ia.example.ac.cn"],
               ["个人主页", "yutongliu.example.cn", "研究方向", "事件相机；神经形态视觉；低光照视频增强"]], (0, 2))
    d.add_heading("教育背景", level=1)
    _table(d, [["时间", "学校", "专业", "学位"],
               ["2016.09\n– 2020.06", "中国科学院自动化研究所", "模式识别与智能系统", "工学博士"],
               ["2013.09\n– 2016.06", "中国科学院自动化研究所", "模式识别与智能系统", "工学硕士"],
               ["2009.09\n– 2013.06", "西安电子科技大学", "智能科学与技术", "工学学士"]], ())
    d.add_heading("工作经历", level=1)
    _table(d, [["2023.07\n– 至今", "中国科学院自动化研究所 智能感知与计算研究中心", "副研究员·智能感知"],
               ["2020.07\n– 2023.06", "北京大学 信息科学技术学院", "博士后"],
               ["2019.03\n– 2019.09", "微软亚洲研究院", "研究实习生"]], ())
    d.add_heading("项目经历", level=1)
    for line in ["国家自然科学基金青年科学基金项目：事件驱动的低光照视频增强方法研究（主持），2022.01–2024.12",
                 "科技创新2030“新一代人工智能”重大项目子课题：类脑视觉感知芯片算法（参与），2021.01–2025.12"]:
        d.add_paragraph(line, style="List Number")
    d.add_heading("发表论文", level=1)
    d.add_paragraph("（* 为通讯作者）")
    groups = {
        "期刊论文": [
            "Yutong Liu, Hao Zhang, Jie Sun. Event-guided low-light video enhancement. IEEE Transactions on "
            "Pattern Analysis and Machine Intelligence (TPAMI), 2024, 46(5): 3120-3134.",
            "刘雨桐, 孙杰. 基于事件相机的高速目标跟踪综述. 自动化学报, 2022, 48(9): 2101-2120.",
            "Hao Zhang, Yutong Liu*, Jie Sun. Spiking transformers for event stream classification. "
            "International Journal of Computer Vision (IJCV), 2023, 131: 2877-2895.",
        ],
        "会议论文": [
            "Yutong Liu, Jie Sun. Asynchronous optical flow estimation from event cameras. IEEE/CVF Conference "
            "on Computer Vision and Pattern Recognition (CVPR), 2021: 10211-10220.",
            "Wen Gao, Yutong Liu, et al. Neuromorphic depth estimation for micro aerial vehicles. IEEE/CVF "
            "International Conference on Computer Vision (ICCV), 2023.",
            "Yutong Liu, Hao Zhang, Jie Sun. Learning to deblur with events and frames. European Conference "
            "on Computer Vision (ECCV), 2020.",
        ],
    }
    for sub, refs in groups.items():
        d.add_heading(sub, level=2)
        for i, ref in enumerate(refs, 1):
            d.add_paragraph(f"[{i}]\t{ref}")
    d.add_heading("学术相关", level=1)
    d.add_paragraph("担任 CVPR、ICCV、TPAMI 审稿人；中国自动化学会会员；VALSE 2024 研讨会组织委员。")
    d.add_heading("获奖情况", level=1)
    d.add_paragraph("2021  中国科学院院长优秀奖\n2020  北京市优秀毕业生")
    d.add_heading("专业技能", level=1)
    d.add_paragraph("Python、C++、PyTorch、CUDA；FPGA 上的脉冲神经网络部署")
    save_docx(d, out / f)
    return label(
        f, "刘雨桐", ["Yutong Liu", "Liu Yutong"], ["liuyutong@ia.example.ac.cn"], ["+8618655210934"],
        ["yutongliu.example.cn"],
        [("中国科学院自动化研究所", "phd", "2016-09", "2020-06"),
         ("中国科学院自动化研究所", "master", "2013-09", "2016-06"),
         ("西安电子科技大学", "bachelor", "2009-09", "2013-06")],
        [("中国科学院自动化研究所", "副研究员·智能感知", "2023-07", "present"),
         ("北京大学 信息科学技术学院", "博士后", "2020-07", "2023-06"),
         ("微软亚洲研究院", "研究实习生", "2019-03", "2019-09")],
        6, 4,
        [("Event-guided low-light video enhancement", "TPAMI", 2024, True, "published"),
         ("基于事件相机的高速目标跟踪综述", "自动化学报", 2022, True, "published"),
         ("Spiking transformers for event stream classification", "IJCV", 2023, False, "published"),
         ("Asynchronous optical flow estimation from event cameras", "CVPR", 2021, True, "published"),
         ("Neuromorphic depth estimation for micro aerial vehicles", "ICCV", 2023, False, "published")],
        ["事件相机", "神经形态视觉"], 2,
        "Table-based 简历: name, phone, e-mail, homepage and 研究方向 sit in a 基本信息 table; date cells "
        "wrap over two rows ('2016.09' / '– 2020.06'). Same institute for PhD and master. Title '副研究员·智能感知' "
        "is role·focus. 发表论文 numbering restarts under 期刊论文/会议论文; '*' here marks the corresponding "
        "author (not equal contribution). 项目经历 are grants, not jobs. 学术相关 is service.")


def bilingual_table_student(out: Path) -> dict:
    f = "10_bilingual_student_table_cv.docx"
    d = fixed_docx()
    p = d.add_paragraph()
    r = p.add_run("周一然  Yiran Zhou")
    r.bold, r.font.size = True, Pt(18)
    d.add_paragraph("\uf0e0 yiran.zhou@connect.example.hk    \uf095 +852 6123 4480 / +86 139 1824 7706    "
                    "\uf08c linkedin.com/in/yiranzhou")
    tab = d.add_table(rows=0, cols=2)

    def head(text: str) -> None:
        cells = tab.add_row().cells
        merged = cells[0].merge(cells[1])
        run = merged.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def row(left: str, right: str, bullets: list[str] = ()) -> None:
        cells = tab.add_row().cells
        cells[0].text = left
        cells[1].text = right
        cells[1].paragraphs[0].runs[0].bold = True
        for b in bullets:
            cells[1].add_paragraph("• " + b)

    head("教育背景 Education")
    row("2023.09\n– 2024.11", "HKUST  |  MSc in Big Data Technology", ["GPA 3.81/4.30; Dean's List (Fall 2023)"])
    row("2019.09\n– 2023.06", "Tongji University  |  B.Eng. in Computer Science and Technology",
        ["GPA 88.6/100, rank 12/146"])
    head("实习经历 Internships")
    row("2024.07\n– 2024.10", "Tencent  Data Analyst Intern",
        ["Churn-prediction features for a game-payments dashboard used by 5 product teams."])
    row("2022.07\n– 2022.09", "SenseTime  Algorithm Intern", ["Label-noise filtering for a 2M-image retail dataset."])
    row("2020.4\n– 2020.6", "Shanghai Pudong Development Bank  Summer Analyst",
        ["Cleaned SME loan records; SQL reports for the risk desk."])
    head("科研项目 Research Projects")
    row("2023.10\n– 2024.05", "Fraud detection on sparse transaction graphs",
        ["Advisor: Prof. Lan Chen, HKUST", "Graph contrastive pretraining; +6.2 AUC points over GBDT baselines."])
    head("论文 Publications")
    row("2024", "Zhou, Y., Chen, L. Graph-based fraud detection on sparse transaction networks. "
        "In Proceedings of PAKDD 2024 (to appear).")
    row("2025", "Wang, H., Zhou, Y., Lin, Q., et al. Federated anomaly detection across banks with "
        "differential privacy. Under review at KDD 2025.")
    head("奖项 Awards")
    row("2023", "Tongji University Outstanding Graduate")
    row("2022", "Mathematical Contest in Modeling (MCM), Meritorious Winner")
    head("技能 Skills")
    row("", "Python, SQL, Spark, PyTorch Geometric, Tableau; Mandarin (native), English (IELTS 7.5)")
    save_docx(d, out / f)
    return label(
        f, "周一然", ["Yiran Zhou", "Zhou Yiran", "周一然 Yiran Zhou"], ["yiran.zhou@connect.example.hk"],
        ["+85261234480", "+8613918247706"], ["linkedin.com/in/yiranzhou"],
        [("HKUST", "master", "2023-09", "2024-11"),
         ("Tongji University", "bachelor", "2019-09", "2023-06")],
        [("Tencent", "Data Analyst Intern", "2024-07", "2024-10"),
         ("SenseTime", "Algorithm Intern", "2022-07", "2022-09"),
         ("Shanghai Pudong Development Bank", "Summer Analyst", "2020-04", "2020-06")],
        2, 1,
        [("Graph-based fraud detection on sparse transaction networks", "PAKDD", 2024, True, "accepted"),
         ("Federated anomaly detection across banks with differential privacy", "KDD", 2025, False,
          "under review")],
        [], 2,
        "Whole CV in a two-column Word table: dates left (wrapped over two rows, '2020.4' / '– 2020.6'), "
        "content right. 'Company Role' share one bold cell line ('Tencent  Data Analyst Intern'). Contact "
        "items preceded by Font Awesome private-use glyphs. Institution given as the acronym HKUST. The "
        "research project with an 'Advisor:' line is not a job.")
