"""Held-out set 6, builders 13-15 (Markdown / plain text): an academicpages (Jekyll) cv.md, a
plain-text CV whose headings are ordinary words set apart by blank lines, and a Chinese
job-site export."""
from __future__ import annotations

from pathlib import Path

from kit6 import label


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text.lstrip("\n"), encoding="utf-8")


def academicpages_md(folder: Path) -> dict:
    name = "13_dialect_nlp_academicpages.md"
    _write(folder, name, """
---
layout: archive
title: "Curriculum Vitae — Ilse Vantongeren"
permalink: /cv/
author_profile: true
redirect_from:
  - /resume
---

{% include base_path %}

[ilse.vantongeren@example.be](mailto:ilse.vantongeren@example.be) ·
[Google Scholar](https://scholar.google.com/citations?user=qV7xk2EAAAAJ) ·
[GitHub](https://github.com/ilsevt)

Research interests: dialectal NLP, code-switching, tokenisation for compounding languages.

Education
======
* Ph.D in Computational Linguistics, Scheldemond University, 2026 (expected)
* M.A. in Linguistics, Scheldemond University, 2021
* B.A. in Romance Languages and Literatures, Leiemond College, 2019

Work experience
======
* 2022 – present: Doctoral Researcher
  * Scheldemond University, Language Technology Lab
  * Duties include: building dialect corpora, supervising two bachelor theses
  * Supervisor: Prof. Pieter De Wilde

* Jun – Aug 2021: Research Intern
  * Lexivore AI, Ghent
  * Duties included: evaluating speech-to-text on regional accents

* 2019 – 2021: Student Assistant
  * Scheldemond University Library, Digital Humanities Desk

Skills
======
* Python, PyTorch, Hugging Face Transformers
* Corpus annotation
  * Inter-annotator agreement, annotation guideline design
* Languages: Dutch (native), French, English, German

Publications
======
* [Code-switching detection for Flemish social media with character-level adapters](https://ilsevt.github.io/files/acl25.pdf) — **I. Vantongeren**, P. De Wilde. *ACL 2025*.
* [Dialect normalisation as machine translation: a West Flemish case study](https://ilsevt.github.io/files/lrec24.pdf) — **I. Vantongeren**, M. Claeys, P. De Wilde. *LREC-COLING 2024*.
* [Evaluating subword tokenizers on Dutch compounds](https://ilsevt.github.io/files/clin23.pdf) — J. Ramaekers, **I. Vantongeren**. *Computational Linguistics in the Netherlands Journal*, 2023.
* [Prompting large language models for low-resource dialect generation](https://arxiv.org/abs/2502.01234) — **I. Vantongeren** et al. *arXiv preprint*, 2025.

Talks
======
  <ul>{% for post in site.talks reversed %}
    {% include archive-single-talk-cv.html %}
  {% endfor %}</ul>

Awards
======
* Scheldemond Doctoral Fellowship, 2022
* Best Paper Honourable Mention, Computational Linguistics in the Netherlands (CLIN), 2023

Service and leadership
======
* Reviewer, ACL Rolling Review (2023–2025)
* Organiser, Low-Resource Dialects reading group
""")
    return label(
        name, "Ilse Vantongeren", [], ["ilse.vantongeren@example.be"], [],
        ["scholar.google.com/citations?user=qV7xk2EAAAAJ", "github.com/ilsevt"],
        [("Scheldemond University", "phd", None, "2026"), ("Scheldemond University", "master", None, "2021"),
         ("Leiemond College", "bachelor", None, "2019")],
        [("Scheldemond University", "Doctoral Researcher", "2022", "present"),
         ("Lexivore AI", "Research Intern", "2021-06", "2021-08"),
         ("Scheldemond University Library", "Student Assistant", "2019", "2021")],
        4, 3,
        [("Code-switching detection for Flemish social media with character-level adapters", "ACL", 2025, True,
          "published", ["I. Vantongeren", "P. De Wilde"]),
         ("Dialect normalisation as machine translation: a West Flemish case study", "LREC-COLING", 2024, True,
          "published", ["I. Vantongeren", "M. Claeys", "P. De Wilde"]),
         ("Evaluating subword tokenizers on Dutch compounds",
          "Computational Linguistics in the Netherlands Journal", 2023, False, "published",
          ["J. Ramaekers", "I. Vantongeren"]),
         ("Prompting large language models for low-resource dialect generation", "arXiv", 2025, True,
          "preprint", ["I. Vantongeren", "et al."])],
        ["dialectal NLP", "code-switching"], 2,
        "academicpages (Jekyll) cv.md: YAML front matter whose title is the only place the name appears, "
        "Liquid tags ({% include %}, a {% for %} loop over talks that renders nothing here), setext headings "
        "('Education' over '======'). Degrees as 'Ph.D in X, University, year' (one year, the end; "
        "'(expected)'); work entries as '* dates: Title' with the organisation in a nested bullet, one dated "
        "'Jun – Aug 2021'. Same university for PhD and MA. Papers as '[Title](url) — authors with **self** "
        "in bold. *Venue Year*.' Links in markdown link syntax. No phone.",
        layout="academicpages markdown")


def spacing_headings_txt(folder: Path) -> dict:
    name = "14_firmware_engineer_spacing_headings.txt"
    _write(folder, name, """
Tobias Wrenfield
Leeds, UK
tobias.wrenfield@fastmail.example.com
07700 900417


Summary

Embedded software engineer with nine years on battery-powered sensing products: low-power
firmware in C and Rust, radio stacks (BLE, LoRaWAN), and the test rigs that keep them honest.


Experience

Principal Firmware Engineer at Corvid Sensing Ltd, Leeds
March 2021 to present
Lead a team of four on the firmware of a soil-moisture sensor fleet (40,000 units in the field).
Moved the codebase from C to Rust for new modules; field failure rate fell by half.

Firmware Engineer at Corvid Sensing Ltd, Leeds
September 2018 to February 2021
Wrote the LoRaWAN over-the-air update path and the hardware-in-the-loop test bench.

Graduate Engineer at Pennine Instruments plc, Huddersfield
September 2016 to August 2018
Rotations in test engineering and firmware; owned the bootloader for a handheld gas detector.


Education

MEng Electronic Engineering, University of Calderbrook, 2012 to 2016
First Class Honours. Final-year project: a 40 nA wake-up receiver.


Papers

T. Wrenfield, S. Okoro. Energy-aware scheduling of BLE advertising for coin-cell sensors.
Proceedings of EWSN 2022.

S. Okoro, T. Wrenfield, et al. Over-the-air updates for LoRaWAN devices without gateway downtime.
IEEE Internet of Things Journal, 2020.

T. Wrenfield. A 40 nA wake-up receiver front end for duty-cycled sensor nodes. Submitted to IEEE
Solid-State Circuits Letters, 2025 (under review).


Other

Chartered Engineer (CEng, IET), 2022
Finalist, Northern Young Engineer of the Year, 2019
Languages: English, German (good working knowledge)
Tools: C, Rust, Zephyr, FreeRTOS, Python, KiCad, oscilloscopes and logic analysers


References

Dr Samuel Okoro, Head of Engineering, Corvid Sensing Ltd, s.okoro@corvid.example.co.uk
Further references on request.
""")
    return label(
        name, "Tobias Wrenfield", [], ["tobias.wrenfield@fastmail.example.com"], ["+447700900417"], [],
        [("University of Calderbrook", "master", "2012", "2016")],
        [("Corvid Sensing Ltd", "Principal Firmware Engineer", "2021-03", "present"),
         ("Corvid Sensing Ltd", "Firmware Engineer", "2018-09", "2021-02"),
         ("Pennine Instruments plc", "Graduate Engineer", "2016-09", "2018-08")],
        3, 2,
        [("Energy-aware scheduling of BLE advertising for coin-cell sensors", "EWSN", 2022, True, "published",
          ["T. Wrenfield", "S. Okoro"]),
         ("Over-the-air updates for LoRaWAN devices without gateway downtime", "IEEE Internet of Things Journal",
          2020, False, "published", ["S. Okoro", "T. Wrenfield", "et al."]),
         ("A 40 nA wake-up receiver front end for duty-cycled sensor nodes", "IEEE Solid-State Circuits Letters",
          2025, True, "under review", ["T. Wrenfield"])],
        [], 1,
        "Plain text whose headings ('Summary', 'Experience', 'Papers', 'Other') are ordinary words set apart "
        "only by blank lines, no capitals or markup. Jobs as 'Title at Org, City' with 'Month YYYY to present' "
        "on the next line; a promotion at the same employer. MEng is an integrated master's. Papers wrap over "
        "two lines, one sole-author submission (under review). 'Other' mixes a professional registration "
        "(not an award), one award (a finalist place), languages and tools. UK mobile '07700 900417' without "
        "a country code. The referee's e-mail under References is not the candidate's.",
        layout="plain text, headings by spacing only")


def zh_jobsite_txt(folder: Path) -> dict:
    name = "15_zh_backend_jobsite_export.txt"
    _write(folder, name, """
禤志恒
男 | 32岁 | 本科 | 8年工作经验
手机：150 1188 3264    邮箱：xuanzhiheng@mail.example.com
求职意向：高级后端开发工程师 | 深圳 | 薪资面议 | 一个月内到岗

个人优势
熟悉高并发分布式系统设计，主导过日均十亿级请求的网关改造；带过6人小组，重视代码评审与稳定性建设。

工作经历
鹏海云计算有限公司    高级后端工程师    2021.03 - 至今
所属部门：基础架构部
工作内容：
1. 负责统一API网关的架构设计与性能优化，P99延迟由180ms降至45ms；
2. 推动服务治理平台落地，覆盖300+微服务。

星桥支付科技有限公司    后端开发工程师    2018.07 - 2021.02
工作内容：
1. 参与清结算系统重构，设计对账任务的幂等与重试机制；
2. 维护支付路由服务，年度可用性99.99%。

蓝汐网络科技有限公司    Java开发工程师    2017.07 - 2018.06
工作内容：负责电商后台订单模块开发与维护。

项目经验
分布式任务调度平台    项目负责人    2022.05 - 2023.01
项目描述：基于时间轮与分片的任务调度平台，替换原有Quartz集群，支撑每日两千万次任务执行。

教育经历
岭东大学    计算机科学与技术    本科    2013.09 - 2017.06

专业技能
- 精通Java、Go，熟悉JVM调优与并发编程
- 熟悉MySQL、Redis、Kafka、Elasticsearch
- 熟悉Kubernetes与服务网格，具备生产环境故障排查经验

证书与荣誉
2022年度 鹏海云计算优秀员工
系统架构设计师（高级）资格证书
""")
    return label(
        name, "禤志恒", ["Xuan Zhiheng", "Zhiheng Xuan"], ["xuanzhiheng@mail.example.com"], ["+8615011883264"], [],
        [("岭东大学", "bachelor", "2013-09", "2017-06")],
        [("鹏海云计算有限公司", "高级后端工程师", "2021-03", "present"),
         ("星桥支付科技有限公司", "后端开发工程师", "2018-07", "2021-02"),
         ("蓝汐网络科技有限公司", "Java开发工程师", "2017-07", "2018-06")],
        0, 0, [], [], 1,
        "Chinese job-site export in plain text: name alone, then '男 | 32岁 | 本科 | 8年工作经验' (本科 is "
        "the highest degree, not an entry), phone '150 1188 3264' without country code, 求职意向 names the "
        "wanted job (not a job held). Jobs as 'Company    Title    YYYY.MM - 至今' with fields separated by "
        "runs of spaces and the date last; numbered duties. 项目经验 holds a project with a role and dates "
        "(not a job). Education is one line 'School    Major    本科    dates'. 证书与荣誉 mixes one award "
        "with a qualification certificate (not an award).",
        language="zh", layout="job-site text export")
