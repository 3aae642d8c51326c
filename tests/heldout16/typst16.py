"""02: the public Typst template OrangeX4/Chinese-Resume-in-Typst (template.typ + Font Awesome SVG icons, read
from a clone at a pinned commit, not copied into this repository: it carries no licence file), filled with an
invented person, compiled by typst-py."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import typst
from kit16 import EPOCH, FILES, SRC, label
from PIL import Image, ImageDraw

TEMPLATE_REPO = Path("/work/.mirror/OrangeX4+Chinese-Resume-in-Typst/repo")
TEMPLATE_COMMIT = "d2f85d4"


def placeholder_photo(path: Path, w=300, h=400) -> None:
    im = Image.new("RGB", (w, h), (222, 226, 232))
    d = ImageDraw.Draw(im)
    d.ellipse((w * 0.3, h * 0.14, w * 0.7, h * 0.46), fill=(160, 168, 180))
    d.pieslice((w * 0.12, h * 0.5, w * 0.88, h * 1.2), 180, 360, fill=(160, 168, 180))
    im.save(path, "JPEG", quality=80)


RESUME_02 = r'''#import "template.typ": *
#set document(title: "温若澄的简历", author: "温若澄", date: none)

#let theme-color = rgb("#26267d")
#let icon = icon.with(fill: theme-color)
#let fa-award = icon("icons/fa-award.svg")
#let fa-building-columns = icon("icons/fa-building-columns.svg")
#let fa-code = icon("icons/fa-code.svg")
#let fa-envelope = icon("icons/fa-envelope.svg")
#let fa-github = icon("icons/fa-github.svg")
#let fa-graduation-cap = icon("icons/fa-graduation-cap.svg")
#let fa-linux = icon("icons/fa-linux.svg")
#let fa-phone = icon("icons/fa-phone.svg")
#let fa-wrench = icon("icons/fa-wrench.svg")
#let fa-work = icon("icons/fa-work.svg")

#show: resume.with(
  size: 10pt,
  theme-color: theme-color,
  margin: (top: 1.5cm, bottom: 2cm, left: 2cm, right: 2cm),
  photograph: "profile.jpg",
  photograph-width: 7em,
  gutter-width: 2em,
)[
  = 温若澄

  #info(
    color: theme-color,
    (icon: fa-phone, content: "(+86) 199-5550-0163"),
    (icon: fa-building-columns, content: "华中科技大学"),
    (icon: fa-graduation-cap, content: "计算机技术"),
    (icon: fa-envelope, content: "wenruocheng@example.com", link: "mailto:wenruocheng@example.com"),
    (icon: fa-github, content: "github.com/wrc-kv-example", link: "https://github.com/wrc-kv-example"),
  )
][
  #h(2em)

  求职意向：*后端开发工程师（存储方向）*。计算机技术专业硕士在读，研究方向为键值存储与数据库系统，熟悉 LSM-tree、RocksDB 与分布式一致性协议，有两段大厂后端实习经历。
]

== #fa-graduation-cap 教育背景

#sidebar(with-line: true, side-width: 12%)[
  2025.06

  2022.09
][
  *华中科技大学* · 计算机科学与技术学院 · 计算机技术（专业型硕士）

  导师：周鹏飞 教授 · GPA: 3.82 / 4 · 预计 2025 年 6 月毕业
]

#sidebar(with-line: true, side-width: 12%)[
  2022.06

  2018.09
][
  *武汉理工大学* · 计算机与人工智能学院 · 计算机科学与技术（工学学士）

  GPA: 3.71 / 4 · Rank: 6%
]

== #fa-work 实习经历

#item(
  [ *字节跳动* ],
  [ *基础架构 · 后端开发实习生* ],
  date[ 2024 年 06 月 – 2024 年 09 月 ],
)

- 参与分布式 KV 存储的 compaction 调度优化，P99 写延迟下降 23%
- 为在线压测平台编写 Go 语言的故障注入工具

#item(
  [ *美团* ],
  [ *基础研发平台 · 数据库内核实习生* ],
  date[ 2023 年 07 月 – 2023 年 09 月 ],
)

- 负责 MySQL 慢查询诊断模块的规则引擎重构

== #fa-code 项目经历

#item(
  link("https://github.com/wrc-kv-example/tinylsm", [ *TinyLSM：教学用 LSM-tree 存储引擎* ]),
  [ *个人项目* ],
  date[ 2023 年 02 月 – 2023 年 06 月 ],
)

#tech[ Rust, io_uring ]

- 实现 MemTable、SST 与分层 compaction，支持 MVCC 快照读

#item(
  [ *面向混合负载的自适应 compaction 调优* ],
  [ *实验室项目* ],
  date[ 2023 年 09 月 – 至今 ],
)

#tech[ C++, RocksDB, Python ]

- 基于负载特征在线调整 compaction 策略，论文见下

== #fa-award 科研成果

- *Ruocheng Wen*, Yiran Gao, Pengfei Zhou. LSM-Tune: Workload-Aware Compaction Tuning for LSM-Tree Key-Value Stores. _DASFAA 2024_（CCF-B，第一作者，已发表）
- Kexin Zhao, *Ruocheng Wen*, Pengfei Zhou. Learned Bloom Filters for Tiered Key-Value Storage. 投稿至 _VLDB 2025_（在审）

== #fa-award 获奖情况

#item(
  [ *全国大学生计算机系统能力大赛* ],
  [ *二等奖* ],
  date[ 2021 年 08 月 ],
)

#item(
  [ *研究生国家奖学金* ],
  [],
  date[ 2024 年 10 月 ],
)

== #fa-wrench 专业技能

#sidebar(with-line: false, side-width: 12%)[
  *语言*

  *存储*

  *工具*
][
  C++, Go, Rust, Python

  RocksDB, MySQL, Redis, etcd

  #fa-linux Linux, Git, perf, Docker
]
'''


def cv02() -> dict:
    f = "02_zh_cs_master_backend_orangex4_typst_template.pdf"
    (SRC / "02_resume.typ").write_text(RESUME_02, encoding="utf-8")
    with tempfile.TemporaryDirectory() as td:
        t = Path(td)
        files = ["template.typ"] + [f"icons/{n}" for n in (
            "fa-angle-right.svg", "fa-award.svg", "fa-building-columns.svg", "fa-code.svg", "fa-envelope.svg",
            "fa-github.svg", "fa-graduation-cap.svg", "fa-linux.svg", "fa-phone.svg", "fa-wrench.svg", "fa-work.svg")]
        (t / "icons").mkdir()
        for n in files:
            (t / n).write_bytes(subprocess.run(["git", "-C", str(TEMPLATE_REPO), "show", f"{TEMPLATE_COMMIT}:{n}"],
                                               check=True, capture_output=True).stdout)
        placeholder_photo(t / "profile.jpg")
        (t / "resume.typ").write_text(RESUME_02, encoding="utf-8")
        typst.compile(str(t / "resume.typ"), output=str(FILES / f), root=str(t),
                      font_paths=["/usr/share/fonts"], timestamp=EPOCH)
    return label(
        f, "温若澄", name_any=["Wen Ruocheng", "Ruocheng Wen"],
        emails=["wenruocheng@example.com"], phones=["+8619955500163"], links=["github.com/wrc-kv-example"],
        education=[
            {"institution": "华中科技大学", "degree_level": "master", "start": "2022-09", "end": "2025-06"},
            {"institution": "武汉理工大学", "degree_level": "bachelor", "start": "2018-09", "end": "2022-06"},
        ],
        experience=[
            {"organization": "字节跳动", "title": "后端开发实习生", "start": "2024-06", "end": "2024-09"},
            {"organization": "美团", "title": "数据库内核实习生", "start": "2023-07", "end": "2023-09"},
        ],
        publications_count=2, first_author_count=1,
        publications_sample=[
            {"title": "LSM-Tune: Workload-Aware Compaction Tuning for LSM-Tree Key-Value Stores", "venue": "DASFAA",
             "year": 2024, "first_author": True, "status": "published"},
            {"title": "Learned Bloom Filters for Tiered Key-Value Storage", "venue": "VLDB", "year": None,
             "first_author": False, "status": "under review"},
        ],
        research_interests_any=["键值存储"], awards_count=2,
        language="zh",
        layout="OrangeX4/Chinese-Resume-in-Typst template (template.typ at d2f85d4, Font Awesome SVG icons, photo at the right), typst-py",
        notes="The public Typst template used as its README says: name heading, icon contact row joined by '·' (phone, university, major, e-mail, GitHub), photo box right. "
              "Education uses the template's sidebar: the date column prints the END above the START ('2025.06' over '2022.09'), a vertical rule, then '*school* · college · major (degree)'; "
              "'预计 2025 年 6 月毕业' = expected end 2025-06. Internships via the template's item(): 'Company | Dept · Role | 2024 年 06 月 – 2024 年 09 月' in a three-column grid (title labelled without the department). "
              "项目经历 are projects, not jobs (one is a lab project with '至今'). 科研成果 is listed under an award icon: 2 papers, the first with the candidate first ('第一作者，已发表', DASFAA 2024), the second 'submitted to VLDB 2025（在审）' = under review, no year. "
              "Research interest from the intro '研究方向为键值存储与数据库系统'. Awards: a competition prize and 研究生国家奖学金 = 2. Of the template's fonts IBM Plex is not installed; Noto Serif CJK SC (Debian fonts-noto-cjk) sets the whole page, Latin included.",
    )


CHICV_REPO = Path("/work/.mirror/JinBridger+chicv-cn/repo")
CHICV_COMMIT = "ecc6e73"

BODY_11 = r'''#set document(title: "龚若溪-个人简历", date: none)

= 龚若溪

gongruoxi\@example.com | (+86) 199-5550-0108 | #link("https://gongruoxi.example.io")[gongruoxi.example.io] | 求职/升学意向：2026 级直博（模式识别与智能系统）

== 教育经历
#chiline()

*电子科技大学* #h(1fr) 2022/09 -- 至今 \
自动化工程学院 · 自动化（本科） #h(1fr) 预计 2026/06 毕业 \
- GPA 3.91/4.00，专业排名 3/126（前 3%）；CET-6 598
- 核心课程：信号与系统 (98)、自动控制原理 (96)、模式识别 (95)、最优化方法 (94)

== 科研经历
#chiline()

*基于事件相机的低光照目标检测* #h(1fr) 2023/10 -- 至今 \
电子科技大学 智能感知实验室 #h(1fr) 导师：何俊楠 教授 \
- 提出事件流与 RGB 帧的时序对齐融合模块，在自建低光数据集上 mAP 提升 4.7
- 以第一作者完成论文一篇（见下），开源代码获 200+ star

*多传感器 SLAM 的回环检测* #h(1fr) 2023/03 -- 2023/09 \
大学生创新创业训练计划（国家级，项目负责人） #h(1fr) 结题：优秀 \
- 负责激光雷达点云描述子设计与 ROS 2 系统集成

== 实习经历
#chiline()

*商汤科技* #h(1fr) 2025/01 -- 2025/03 \
智能汽车事业群 · 算法实习生 #h(1fr) 上海 \
- 参与夜间场景 BEV 感知模型的数据筛选与蒸馏实验

== 论文
#chiline()

- *Ruoxi Gong*, Junnan He. EvLowLight: Temporally Aligned Event–Frame Fusion for Low-Light Object Detection. _arXiv preprint arXiv:2504.0xxxx_, 2025.
- Tianyu Zhou, *Ruoxi Gong*, Junnan He. Sparse Event Tokens for Efficient Spiking Detectors. 已投稿至 _ICASSP 2026_（在审）.

== 获奖情况
#chiline()

- 全国大学生数学建模竞赛 国家一等奖 #h(1fr) 2023/11
- 本科生国家奖学金 #h(1fr) 2023/10
- 电子科技大学 优秀学生（三好学生） #h(1fr) 2024/10

== 技能
#chiline()

- *编程*：Python, C++, MATLAB；*框架*：PyTorch, ROS 2, OpenCV
- *语言*：英语（CET-6 598，可作为工作语言）
'''


def cv11() -> dict:
    f = "11_zh_automation_undergrad_summer_camp_chicv_typst_template.pdf"
    tpl = subprocess.run(["git", "-C", str(CHICV_REPO), "show", f"{CHICV_COMMIT}:template/cv.typ"],
                         check=True, capture_output=True, text=True).stdout
    preamble = tpl[: tpl.index("\n= ")]  # the template's set/show rules and chiline(), up to its sample name
    src = preamble + "\n\n" + BODY_11
    (SRC / "11_body.typ").write_text(BODY_11, encoding="utf-8")
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "cv.typ"
        p.write_text(src, encoding="utf-8")
        typst.compile(str(p), output=str(FILES / f), root=td, font_paths=["/usr/share/fonts"], timestamp=EPOCH)
    return label(
        f, "龚若溪", name_any=["Gong Ruoxi", "Ruoxi Gong"],
        emails=["gongruoxi@example.com"], phones=["+8619955500108"], links=["gongruoxi.example.io"],
        education=[{"institution": "电子科技大学", "degree_level": "bachelor", "start": "2022-09", "end": "2026-06"}],
        experience=[{"organization": "商汤科技", "title": "算法实习生", "start": "2025-01", "end": "2025-03"}],
        publications_count=2, first_author_count=1,
        publications_sample=[
            {"title": "EvLowLight: Temporally Aligned Event–Frame Fusion for Low-Light Object Detection", "venue": "arXiv",
             "year": 2025, "first_author": True, "status": "preprint"},
            {"title": "Sparse Event Tokens for Efficient Spiking Detectors", "venue": "ICASSP", "year": None,
             "first_author": False, "status": "under review"},
        ],
        research_interests_any=[], awards_count=3,
        language="zh",
        layout="skyzh/chicv look in Chinese (JinBridger/chicv-cn template/cv.typ at ecc6e73: its preamble and chiline() rule, read from a clone), typst-py; '*Org* #h(1fr) dates' lines",
        notes="An undergraduate applying to a 夏令营 / 直博 programme. Education: '*电子科技大学* … 2022/09 -- 至今' with '预计 2026/06 毕业' at the right of the next line: start 2022-09, the printed expected end 2026-06 (heldout convention: the printed end also when expected). "
              "科研经历 holds a lab project with '导师：' and a 大创 project (projects, not jobs). 实习经历: '*商汤科技* … 2025/01 -- 2025/03' over 'Dept · 算法实习生 … 上海'. "
              "论文: an arXiv preprint (first author, 2025) and 'submitted to ICASSP 2026（在审）' (under review, no year). The '求职/升学意向' names a programme (模式识别与智能系统), not research interests: interests not scored. "
              "获奖情况: 3 lines with dates at the right (a competition prize, 国家奖学金, 三好学生). CET-6 is not an award. Dates use YYYY/MM and a double hyphen '--' (Typst en dash).",
    )
