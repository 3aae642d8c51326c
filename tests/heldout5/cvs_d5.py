"""Plain-text and Markdown CVs of invented people: a data engineer whose resume starts with her
name in lower case, an ML engineer known by an initial, a usable-security postdoc with titles in
typographic quotes, and a Chinese database PhD student whose papers sit under 学术相关."""
from __future__ import annotations

from pathlib import Path

from kit5 import label

LOWERCASE = """\
mara k
data engineer · berlin / remote (EU)
mara.k.dev@example.net | +49 151 2345 0198 | linkedin.com/in/marak-data | github.com/marakdata

PROFILE
Data engineer with seven years of streaming and batch pipelines for energy and mobility
companies. Happiest between Kafka topics and a well-tested dbt model.

EXPERIENCE
Senior Data Engineer. Hallbrook Energy. Grid Analytics Unit.              2022 – now
  - Built the smart-meter ingestion path (Kafka, Flink, Iceberg): 3 billion readings a day.
  - Cut the nightly settlement batch from 5 h to 40 min.
Data Engineer. Quillon Mobility GmbH. Pricing Platform.                  03/2019 – 12/2021
  - Real-time surge features for ride pricing; owned the feature store.
Working Student. Fraunhofer IIS. Positioning and Networks.               10/2016 – 02/2019
  - Data tooling for indoor-positioning field trials.

EDUCATION
M.Sc. Informatics, TUM, 2017 – 2019
  thesis: incremental view maintenance for streaming joins
B.Sc. Informatics, TUM, 2014 – 2017

CERTIFICATIONS
Google Professional Data Engineer (2023); Databricks Data Engineer Associate (2022)

SKILLS
Python, Scala, SQL, Kafka, Flink, Spark, Airflow, dbt, Terraform, GCP, AWS

LANGUAGES
German (native), English (C2), Polish (B1)
"""

INITIAL = """\
**J. Moreau-Tan**
Machine Learning Engineer — Singapore
jmt@example.sg · +65 8234 5091 · [jmoreautan.dev](https://jmoreautan.dev)

## Experience

**Grabwell Pte Ltd** — *Senior ML Engineer, Recommendations*
Jan 2023 – Present
- Two-tower retrieval for food recommendations; +3.1% orders per session.
- Mentored four engineers; ran the team's offline-evaluation guild.

**Stellaris Analytics** — *Machine Learning Engineer*
Aug 2020 – Dec 2022
- Demand forecasting for 1,200 retail stores (LightGBM, then temporal fusion transformers).

**NUS** — *Research Engineer, School of Computing*
Jul 2018 – Jul 2020
- Food-image classification under label noise; built the annotation tool.

## Education

**National University of Singapore (NUS)** — M.Comp. in Artificial Intelligence (part-time), 2019 – 2021
**NUS** — B.Comp. (Hons) in Computer Science, 2014 – 2018

## Publications

- Moreau-Tan, J., Lim, S. and Ang, W. (2022). Session-aware two-tower retrieval for food delivery.
  In *Proceedings of the 16th ACM Conference on Recommender Systems (RecSys '22)*.
- Lim, S. and Moreau-Tan, J. (2019). Robust food-image classification under label noise.
  In *Proceedings of the 1st Workshop on Multimedia for Cooking and Eating Activities*.

## Skills

Python, PyTorch, TensorFlow, Spark, Ray, Kubernetes, BigQuery, Feast
"""

QUOTED = """\
# Amara Lindgren-Osei, PhD

Postdoctoral Researcher · Usable Security and Privacy
amara.lo@example.se · +46 70 555 12 34 · [amaralo.example.se](https://amaralo.example.se)

## Research Interests

Usable security, privacy, human–computer interaction, consent and dark patterns.

## Positions

Postdoctoral Researcher. KTH Royal Institute of Technology. Division of Network and Systems Engineering. 2024 – present
Research Intern. Microsoft Research. Security and Privacy Group. Jun 2022 – Sep 2022
Doctoral Researcher. Chalmers University of Technology. Department of Computer Science and Engineering. 2019 – 2024

## Education

- PhD in Computer Science, Chalmers University of Technology, 2019 – 2024
- MSc in Interaction Design, Chalmers University of Technology, 2017 – 2019
- BSc in Information Technology, University of Ghana, 2013 – 2017

## Selected Publications

- “Why Users Ignore Passkey Prompts: A Field Study” CHI 2025 — Best Paper Honorable Mention.
  A. Lindgren-Osei, J. Berglund, K. Åström.
- “Dark Patterns in Cookie Banners Revisited” USENIX Security 2023 — acceptance rate 18%.
  M. Holm, A. Lindgren-Osei.
- “Nudging Toward Two-Factor Authentication in Public Sector Services” SOUPS 2022 — Distinguished Poster.
  A. Lindgren-Osei, M. Holm.
- “Privacy Labels in Mobile App Stores: A Longitudinal Audit” PETS 2026 — to appear.
  A. Lindgren-Osei, et al.
- “Measuring Consent Fatigue with Eye Tracking” CHI 2026 — under review.
  A. Lindgren-Osei, K. Åström.

## Awards

- Best Paper Honorable Mention, CHI 2025
- Chalmers Doctoral Thesis Award, 2024

## Service

Program committee: SOUPS 2024, 2025; reviewer for CHI, CSCW and PETS.
"""

ZH_PHD = """\
# 陈嘉禾

男 | 1998.11 | 中共党员
📱 (+86) · 177 · 0512 · 3369　✉ jiahe.chen@smail.example.edu.cn　🔗 github.com/chenjiahe-db

## 教育背景

**南京大学** 计算机科学与技术系　　2021.09 – 至今
博士研究生（硕博连读），数据库与智能系统方向，导师：周立 教授（预计2026年6月毕业）

**南京大学** 匡亚明学院　　2017.09 – 2021.06
理学学士，计算机科学与技术，GPA 4.51/5（前5%）

## 研究兴趣

学习型索引；查询优化；向量数据库

## 实习经历

阿里云(实习) 杭州\t2022.06 – 2022.09
数据库内核研发实习生
- PolarDB 查询优化器代价模型改进，TPC-H 平均延迟降低 11%

华为云(实习) 南京\t2020.4
– 2020.6
软件开发实习生
- 云数据库备份工具的增量快照模块

## 学术相关

### 论文

1. **Jiahe Chen**, Li Zhou, Min Wu. Learned Cardinality Estimation with Correlated Samples. PVLDB 2024, 17(8): 1902-1915.（CCF-A，一作）
2. **Jiahe Chen**, Li Zhou. HybridIndex: Learned Indexes for Mixed Read-Write Workloads. SIGMOD 2025（已录用，一作）
3. Min Wu, **Jiahe Chen**, Li Zhou. Filtered Vector Search with Partitioned Graphs. ICDE 2023.（二作）
4. 陈嘉禾, 周立. 面向混合负载的学习型索引综述. 软件学报, 2023, 34(6): 2561-2580.（一作）

### 学术服务

- VLDB 2025 外审；CCF 数据库专委会学生会员

## 技术技能

C++、Rust、Python；PostgreSQL 内核、RocksDB；Linux 性能分析（perf、eBPF）

## 荣誉奖项

- 2023 博士研究生国家奖学金
- 2020 ACM-ICPC 亚洲区域赛（南京站）银奖
- 2019 南京大学人民奖学金一等奖
"""


def _write(out: Path, name: str, text: str) -> None:
    (out / name).write_text(text, encoding="utf-8")


def lowercase_txt(out: Path) -> dict:
    f = "11_data_engineer_lowercase.txt"
    _write(out, f, LOWERCASE)
    return label(
        f, "Mara K", ["mara k"], ["mara.k.dev@example.net"], ["+4915123450198"],
        ["linkedin.com/in/marak-data", "github.com/marakdata"],
        [("TUM", "master", "2017", "2019"), ("TUM", "bachelor", "2014", "2017")],
        [("Hallbrook Energy", "Senior Data Engineer", "2022", "present"),
         ("Quillon Mobility GmbH", "Data Engineer", "2019-03", "2021-12"),
         ("Fraunhofer IIS", "Working Student", "2016-10", "2019-02")],
        0, None, [], [], 0,
        "First line is the name in lower case ('mara k'), second line the job in lower case. Jobs are "
        "'Role. Org. Unit.' separated by full stops, dates right ('2022 – now' = present). Institution is "
        "the acronym TUM, printed again for the second degree. No publications, no awards (certifications "
        "are not awards).")


def initial_md(out: Path) -> dict:
    f = "12_ml_engineer_initial.md"
    _write(out, f, INITIAL)
    return label(
        f, "J. Moreau-Tan", [], ["jmt@example.sg"], ["+6582345091"], ["jmoreautan.dev"],
        [("National University of Singapore", "master", "2019", "2021"), ("NUS", "bachelor", "2014", "2018")],
        [("Grabwell Pte Ltd", "Senior ML Engineer, Recommendations", "2023-01", "present"),
         ("Stellaris Analytics", "Machine Learning Engineer", "2020-08", "2022-12"),
         ("NUS", "Research Engineer, School of Computing", "2018-07", "2020-07")],
        2, 1,
        [("Session-aware two-tower retrieval for food delivery", "RecSys", 2022, True, "published"),
         ("Robust food-image classification under label noise", None, 2019, False, "published")],
        [], 0,
        "Name printed with an initial in bold Markdown ('**J. Moreau-Tan**'). 'Org — Title' on one line, "
        "dates on the next. NUS spelled out once and then as the acronym.")


def quoted_md(out: Path) -> dict:
    f = "13_usable_security_quoted_titles.md"
    _write(out, f, QUOTED)
    return label(
        f, "Amara Lindgren-Osei", [], ["amara.lo@example.se"], ["+46705551234"], ["amaralo.example.se"],
        [("Chalmers University of Technology", "phd", "2019", "2024"),
         ("Chalmers University of Technology", "master", "2017", "2019"),
         ("University of Ghana", "bachelor", "2013", "2017")],
        [("KTH Royal Institute of Technology", "Postdoctoral Researcher", "2024", "present"),
         ("Microsoft Research", "Research Intern", "2022-06", "2022-09"),
         ("Chalmers University of Technology", "Doctoral Researcher", "2019", "2024")],
        5, 4,
        [("Why Users Ignore Passkey Prompts: A Field Study", "CHI", 2025, True, "published"),
         ("Dark Patterns in Cookie Banners Revisited", "USENIX Security", 2023, False, "published"),
         ("Privacy Labels in Mobile App Stores: A Longitudinal Audit", "PETS", 2026, True, "accepted"),
         ("Measuring Consent Fatigue with Eye Tracking", "CHI", 2026, True, "under review")],
        ["Usable security", "privacy"], 2,
        "Titles in typographic quotes, then 'VENUE YEAR — remark', authors on the next line. Positions "
        "are 'Role. Org. Unit. dates' separated by full stops.")


def zh_phd_md(out: Path) -> dict:
    f = "14_zh_db_phd_academic.md"
    _write(out, f, ZH_PHD)
    return label(
        f, "陈嘉禾", ["Jiahe Chen", "Chen Jiahe"], ["jiahe.chen@smail.example.edu.cn"], ["+8617705123369"],
        ["github.com/chenjiahe-db"],
        [("南京大学", "phd", "2021-09", "present"), ("南京大学", "bachelor", "2017-09", "2021-06")],
        [("阿里云", "数据库内核研发实习生", "2022-06", "2022-09"),
         ("华为云", "软件开发实习生", "2020-04", "2020-06")],
        4, 3,
        [("Learned Cardinality Estimation with Correlated Samples", "PVLDB", 2024, True, "published"),
         ("HybridIndex: Learned Indexes for Mixed Read-Write Workloads", "SIGMOD", 2025, True, "accepted"),
         ("Filtered Vector Search with Partitioned Graphs", "ICDE", 2023, False, "published"),
         ("面向混合负载的学习型索引综述", "软件学报", 2023, True, "published")],
        ["学习型索引", "查询优化"], 3,
        "Phone grouped with middle dots after an emoji. Same university twice (匡亚明学院 is its honours "
        "college, not another school); PhD end printed as 至今 with 预计2026年6月毕业 in the degree line "
        "(label keeps the printed 'present'). Internships as 'Org(实习) City<TAB>dates', role on the next "
        "line, one date wrapped '2020.4' / '– 2020.6'. Papers sit under 学术相关 > 论文 next to service.")
