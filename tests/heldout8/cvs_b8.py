"""Held-out set 8, builders 06-08 (PDF): a Chinese master's resume in the hijiangtao/resume look
with compact paper lines, a Chinese PhD whose papers also sit under 研究经历, and an English CV of
a Chinese candidate with centred ornament headings, an acronym university and a paper under
'Honors and Awards'."""
from __future__ import annotations

from pathlib import Path

from kit8 import box, gutter_entry, label, left_right, line, new_pdf, rule

BLUE = (30, 90, 170)
GREY = (110, 110, 110)


def zh_hijiangtao_compact(folder: Path) -> dict:
    name = "06_zh_speech_master_compact_venue_lines.pdf"
    pdf = new_pdf(cjk=True, margins=(16, 12, 16))
    line(pdf, "林栖梧简历", 20, "B", family="cjk", h=10)
    line(pdf, "(+86) · 158 · 5550 · 3172   |   linqiwu@example.cn   |   github.com/linqw", 9.5, color=GREY)
    pdf.ln(1)

    def head(t: str) -> None:
        pdf.ln(2.5)
        line(pdf, t, 13, "B", family="cjk", color=BLUE, h=7)
        rule(pdf, (190, 200, 220), 0.3)

    head("毕业院校")
    edu = [("2021.9\n– 2024.6", "南屿大学    计算机科学与技术    硕士（推免）", "南屿大学", "master", "2021-09", "2024-06"),
           ("2017.9\n– 2021.6", "北辰工业大学    软件工程    学士", "北辰工业大学", "bachelor", "2017-09", "2021-06")]
    for d, t, *_ in edu:
        gutter_entry(pdf, d, t, 10, gutter=24, family="cjk", h=5.5, lcolor=GREY)
        pdf.ln(1)
    head("项目与实习经历")
    exp = [("云栈科技", "语音算法实习生", "2023.06 – 2023.09", "2023-06", "2023-09",
            "负责流式语音增强模型的蒸馏与端侧部署，实时率降至 0.18。"),
           ("青禾智能", "算法实习生", "2022.07 – 2022.10", "2022-07", "2022-10",
            "搭建说话人日志评测流水线，覆盖 1200 小时会议录音。")]
    for org, t, when, _s, _e, desc in exp:
        line(pdf, f"{org} | {t} | {when}", 10.5, "B", family="cjk", h=6)
        line(pdf, "· " + desc, 10, family="cjk", h=5.5)
    line(pdf, "基于扩散模型的语音增强（课题项目，导师：郑若川 教授） | 2022.03 – 2023.05", 10.5, "B", family="cjk", h=6)
    line(pdf, "· 提出噪声感知先验，DNS 挑战集 PESQ 提升 0.21。", 10, family="cjk", h=5.5)
    head("学术相关")
    pubs = [("Diffusion-based speech enhancement with noise-aware priors", "ICASSP", 2023, True, "published",
             ["林栖梧", "郑若川"], "ICASSP2023,Diffusion-based speech enhancement with noise-aware priors(一作)2023.03"),
            ("Streaming speaker diarization with overlap-aware clustering", "INTERSPEECH", 2022, False, "published",
             ["孙澈", "林栖梧", "郑若川"],
             "INTERSPEECH2022,Streaming speaker diarization with overlap-aware clustering(二作)2022.06"),
            ("Lightweight score-based enhancement for hearing aids", "TASLP", 2024, True, "under review",
             ["林栖梧", "孙澈", "郑若川"], "TASLP2024,Lightweight score-based enhancement for hearing aids(一作,在投)2024.01")]
    for p in pubs:
        line(pdf, p[6], 10, family="cjk", h=5.5)
    head("技术技能")
    line(pdf, "Python / PyTorch / C++ / ONNX Runtime / Kaldi；英语 CET-6", 10, family="cjk", h=5.5)
    head("荣誉奖项")
    awards = ["2023  研究生国家奖学金", "2022  南屿大学优秀研究生", "2020  全国大学生电子设计竞赛 省二等奖"]
    for a in awards:
        line(pdf, a, 10, family="cjk", h=5.5)
    pdf.output(str(folder / name))
    return label(
        name, "林栖梧", ["Lin Qiwu", "Qiwu Lin"], ["linqiwu@example.cn"], ["+8615855503172"], ["github.com/linqw"],
        [(e[2], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs], [], len(awards),
        "hijiangtao/resume-like Chinese resume: the title is the name followed by 简历 ('林栖梧简历'); phone "
        "printed '(+86) · 158 · 5550 · 3172'. Headings 毕业院校 (education), 项目与实习经历 (holds 'Company | "
        "Role | dates' rows, i.e. internships, plus one research project with a supervisor, which is not a "
        "job), 学术相关 (papers), 技术技能, 荣誉奖项. Education dates in a grey left column wrapped over two "
        "rows ('2021.9' / '– 2024.6'). Papers are compact lines 'VENUE2023,Title(一作)2023.03': venue glued "
        "to the year, an ASCII comma, authorship in words (一作 = first, 二作 = second), '在投' = "
        "under review; no author list printed.",
        language="zh", layout="hijiangtao-like, compact paper lines")


def zh_phd_research_papers(folder: Path) -> dict:
    name = "07_zh_remote_sensing_phd_results_in_research.pdf"
    pdf = new_pdf(cjk=True, margins=(16, 12, 16))
    line(pdf, "韩予安", 20, "B", family="cjk", align="C", h=10)
    line(pdf, "电话：+86 139-5550-8826    邮箱：hanyuan@rs.example.edu.cn    主页：hanyuan.example.cn", 9.5,
         family="cjk", align="C", color=GREY)

    def head(t: str) -> None:
        pdf.ln(2.5)
        pdf.set_fill_color(235, 240, 248)
        line(pdf, t, 12, "B", family="cjk", h=7)
        rule(pdf, (0, 0, 0), 0.2)

    def dated(left: str, right: str) -> None:
        """The date sits in a narrow right column and wraps: '2025.01 ~' over '2025.05'."""
        y = pdf.get_y()
        box(pdf, pdf.w - pdf.r_margin - 22, y, 22, right, size=9.5, family="cjk", align="R", h=5)
        y2 = pdf.get_y()
        box(pdf, pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin - 24, left, size=10.5, style="B",
            family="cjk", h=5)
        pdf.set_y(max(y2, pdf.get_y()))

    head("教育背景")
    edu = [("澄江大学", "博士", "2021.09 ~\n2026.06", "phd", "2021-09", "2026-06", "澄江大学  遥感科学与技术  博士（预计2026年6月毕业）"),
           ("澄江大学", "学士", "2017.09 ~\n2021.06", "bachelor", "2017-09", "2021-06", "澄江大学  地理信息科学  学士")]
    for *_, when, _lv, _s, _e, t in [(e[0], e[1], e[2], e[3], e[4], e[5], e[6]) for e in edu]:
        dated(t, when)
        pdf.ln(1)
    head("研究经历")
    dated("视觉感知实验室（负责人：谢秉言 教授）  小样本遥感目标检测", "2022.03 ~\n2023.12")
    line(pdf, "· 提出原型校准的旋转框检测方法，DIOR-R 10-shot mAP 提升 4.6。", 10, family="cjk", h=5.5)
    line(pdf, "· 成果：Han Y, Xie B. Rotation-equivariant prototypes for few-shot aerial detection. ISPRS Journal "
              "of Photogrammetry and Remote Sensing, 2025（已接收）", 10, family="cjk", h=5.5)
    head("实习经历")
    exp = [("天衡遥感研究院", "算法研究员·遥感目标检测", "2025.01 ~\n2025.05", "2025-01", "2025-05", "北京"),
           ("沧浪地信科技有限公司", "算法工程师·变化检测", "2020.07 ~\n2020.09", "2020-07", "2020-09", "杭州")]
    for org, t, when, _s, _e, city in exp:
        dated(f"{org}（实习）  {city}", when)
        line(pdf, t, 10, family="cjk", h=5.5)
        pdf.ln(1)
    head("发表文献和报告")
    pubs = [("Few-shot oriented object detection in aerial images via prototype calibration", "IEEE TGRS", 2024,
             True, "published", ["Han Y", "Xie B"],
             "[1] Han Y, Xie B. Few-shot oriented object detection in aerial images via prototype calibration[J]. "
             "IEEE Transactions on Geoscience and Remote Sensing, 2024, 62: 5601214."),
            ("基于多尺度注意力的高分遥感影像变化检测", "测绘学报", 2023, True, "published", ["韩予安", "谢秉言"],
             "[2] 韩予安, 谢秉言. 基于多尺度注意力的高分遥感影像变化检测[J]. 测绘学报, 2023, 52(6): 1001-1012."),
            ("Open-vocabulary detection for overhead imagery", "CVPR", 2024, False, "published",
             ["Zhou M", "Han Y", "Xie B"],
             "[3] Zhou M, Han Y, Xie B. Open-vocabulary detection for overhead imagery[C]//Proceedings of the "
             "IEEE/CVF Conference on Computer Vision and Pattern Recognition. 2024: 17021-17030.")]
    for p in pubs:
        line(pdf, p[6], 10, family="cjk", h=5.5)
    line(pdf, "[4] 韩予安. 小样本遥感目标检测进展[R]. 第十届全国遥感青年学者论坛，口头报告，2024.", 10, family="cjk", h=5.5)
    hidden = ("Rotation-equivariant prototypes for few-shot aerial detection",
              "ISPRS Journal of Photogrammetry and Remote Sensing", 2025, True, "accepted", ["Han Y", "Xie B"])
    head("获奖情况")
    awards = ["博士研究生国家奖学金（2023）", "澄江大学优秀学生干部（2019）"]
    for a in awards:
        line(pdf, "· " + a, 10, family="cjk", h=5.5)
    pdf.output(str(folder / name))
    allp = [p[:6] for p in pubs] + [hidden]
    return label(
        name, "韩予安", ["Han Yu'an", "Yuan Han", "Han Yuan"], ["hanyuan@rs.example.edu.cn"], ["+8613955508826"],
        ["hanyuan.example.cn"], [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(allp), sum(p[3] for p in allp), allp, [], len(awards),
        "Chinese PhD CV, centred name, ruled headings. Dates sit in a narrow right column and wrap "
        "('2025.01 ~' over '2025.05'). Same university for both degrees; the PhD says '预计2026年6月毕业' "
        "(end 2026-06). 研究经历 is a lab project ('视觉感知实验室（负责人：谢秉言 教授）'), not a job, and "
        "it holds a paper ('成果：... ISPRS ..., 2025（已接收）', accepted) that is not repeated under "
        "发表文献和报告: it counts. Internships are 'Org（实习）  City' with the dates at the right and the role on "
        "the next line as 'role·focus' ('算法研究员·遥感目标检测'; the title is that whole line). Under "
        "发表文献和报告, item [4] is a talk [R] (口头报告), not a paper. GB/T 7714 entries; TGRS by its common "
        "abbreviation.",
        language="zh", layout="Chinese PhD, wrapped right date column")


def bilingual_ornament(folder: Path) -> dict:
    name = "08_bilingual_nlp_ornament_headings.pdf"
    pdf = new_pdf(serif=True, cjk=True, margins=(20, 14, 20))
    line(pdf, "zhiyu qiao  乔知雨", 18, family="cjk", align="C", h=9)
    line(pdf, "qiaozhiyu@nlp.example.cn  ·  +86 186 5550 4417  ·  Hangzhou", 9.5, align="C", color=GREY)

    def head(t: str) -> None:
        pdf.ln(3)
        y = pdf.get_y() + 3.2
        pdf.set_font("main", "", 11)
        w = pdf.get_string_width(t) + 8
        mid = pdf.w / 2
        pdf.set_draw_color(120, 120, 120)
        pdf.line(pdf.l_margin, y, mid - w / 2, y)
        pdf.line(mid + w / 2, y, pdf.w - pdf.r_margin, y)
        line(pdf, t, 11, align="C", h=6.5)
        pdf.ln(1)

    head("E D U C A T I O N")
    edu = [("QSTU", "Ph.D. in Computer Science, QSTU", "2020 – 2025", "phd", "2020", "2025"),
           ("QSTU", "B.Eng. in Software Engineering, QSTU", "2016 – 2020", "bachelor", "2016", "2020")]
    for _i, t, when, *_ in edu:
        left_right(pdf, t, when, 10.5, "", rstyle="I")
    line(pdf, "    Qiushan Honours College, QSTU (selective programme for 60 students a year)", 9.5, "I", color=GREY)
    head("E X P E R I E N C E")
    exp = [("Linden AI Lab", "Research Scientist", "Jul. 2025 – present", "2025-07", "present"),
           ("Hexa Cloud", "Research Intern", "Jun. 2023 – Dec. 2023", "2023-06", "2023-12")]
    for org, t, when, *_ in exp:
        left_right(pdf, f"{t}, {org}", when, 10.5, "", rstyle="I")
    head("P U B L I C A T I O N S")
    pubs = [("Retrieval heads are what you need for long-context factuality", "EMNLP", 2024, True, "published",
             ["Z. Qiao", "R. Meng", "Y. Tan"],
             "Z. Qiao, R. Meng, Y. Tan. Retrieval heads are what you need for long-context factuality. EMNLP 2024."),
            ("Token-level uncertainty for Chinese legal QA", "COLING", 2022, False, "published",
             ["R. Meng", "Z. Qiao", "Y. Tan"],
             "R. Meng, Z. Qiao, Y. Tan. Token-level uncertainty for Chinese legal QA. COLING 2022.")]
    for p in pubs:
        line(pdf, p[6], 10, h=5.2)
        pdf.ln(1)
    head("H O N O R S   A N D   A W A R D S")
    award_paper = ("Sparse attention sinks in multilingual decoders", "ACL", 2024, True, "published",
                   ["Z. Qiao*", "L. Fen*", "Y. Tan"])
    awards = ["Outstanding Paper Award, ACL 2024 — Z. Qiao*, L. Fen*, Y. Tan. Sparse attention sinks in "
              "multilingual decoders. ACL 2024. (*equal contribution)",
              "National Scholarship for Doctoral Students, 2023", "QSTU Outstanding Graduate, 2020"]
    for a in awards:
        line(pdf, "· " + a, 10, h=5.2)
    head("R E F E R E N C E S")
    line(pdf, "Prof. Yue Tan, QSTU — tanyue@qstu.example.cn", 10)
    pdf.output(str(folder / name))
    allp = [p[:6] for p in pubs] + [award_paper]
    return label(
        name, "zhiyu qiao", ["Zhiyu Qiao", "Qiao Zhiyu", "乔知雨"], ["qiaozhiyu@nlp.example.cn"],
        ["+8618655504417"], [], [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(allp), sum(p[3] for p in allp), allp, [], len(awards),
        "Centred lower-case Latin name followed by the Chinese name; letter-spaced capital headings centred "
        "between two rules. The university is printed only as an acronym ('QSTU') for both degrees; an honours-"
        "college line ('Qiushan Honours College, QSTU') under the degrees is not a third degree. Jobs are "
        "'Role, Org' with italic dates. Under 'Honors and Awards' the first item is an award that prints a "
        "whole paper (not repeated under Publications): it counts both as an award and as a publication, "
        "equal contribution with the first author. The referee's e-mail under References is not hers.",
        language="en+zh", layout="centred ornament headings")
