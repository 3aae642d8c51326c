"""Held-out text CVs: a Markdown personal page, a plain-text industry résumé and
a bilingual Chinese/English résumé."""
from __future__ import annotations

from pathlib import Path

from .labels import Edu, Job, Pub, label


def markdown_page(out: Path) -> dict:
    file = "08_personal_page.md"
    jobs = [Job("Simons Institute for the Theory of Computing, UC Berkeley", "Postdoctoral Researcher", "2023",
                "present"),
            Job("Centrum Wiskunde & Informatica", "Visiting Researcher", "2022-01", "2022-06")]
    edu = [Edu("University of Helsinki", "phd", "Computer Science", "2018", "2023"),
           Edu("Aalto University", "master", "Mathematics", "2016", "2018"),
           Edu("Aalto University", "bachelor", "Mathematics", "2013", "2016")]
    pubs = [Pub("A. Berglund, **D. Valkonen**, and R. Whitcombe", "Faster quantum linear system solvers via "
                "block-encoding", "*STOC 2024*", 2024, False, "STOC"),
            Pub("**D. Valkonen**", "Lower bounds for Hamiltonian simulation with few ancillas",
                "*Quantum* 8, 1342 (2024)", 2024, True, "Quantum"),
            Pub("M. Ito and **D. Valkonen**", "Query complexity of approximate counting with quantum walks",
                "*ICALP 2023*", 2023, False, "ICALP"),
            Pub("**D. Valkonen** and R. Whitcombe", "Dequantizing low-rank regression, revisited",
                "*Proceedings of SODA 2023*", 2023, True, "SODA"),
            Pub("A. Berglund and **D. Valkonen**", "Quantum speedups for dynamic programming on graphs",
                "*arXiv preprint arXiv:2204.05678*, 2022", 2022, False, "arXiv")]
    slug = ["2310.01234", "2306.11870", "2211.04321", "2207.09876", "2204.05678"]
    md = ["# Dmitri Valkonen", "",
          "Postdoctoral researcher · quantum algorithms and complexity  ",
          "📧 dmitri.valkonen@helsinki.fi · [Google Scholar](https://scholar.google.com/citations?user=Vk9dM1EAAAAJ)"
          " · [GitHub](https://github.com/dvalkonen) · [CV (PDF)](cv.pdf)", "",
          "## About", "",
          "I am a postdoc at the Simons Institute in Berkeley. Before that I did my PhD at the University of "
          "Helsinki. I like lower bounds, linear algebra and long walks.", "",
          "## Research interests", "",
          "- Quantum algorithms for linear algebra", "- Quantum complexity theory", "- Hamiltonian simulation", "",
          "## Positions", "",
          "- **Postdoctoral Researcher**, Simons Institute for the Theory of Computing, UC Berkeley — 2023–now",
          "- **Visiting Researcher**, Centrum Wiskunde & Informatica (CWI), Amsterdam — Jan–Jun 2022", "",
          "## Education", "",
          "- **PhD** in Computer Science, University of Helsinki, 2018–2023 (advisor: Prof. Liisa Aaltonen)",
          "- **MSc** in Mathematics, Aalto University, 2016–2018",
          "- **BSc** in Mathematics, Aalto University, 2013–2016", "",
          "## Publications", "",
          "_Authors are listed alphabetically, as is customary in theoretical computer science._", ""]
    for k, (p, s) in enumerate(zip(pubs, slug, strict=False), 1):
        md.append(f"{k}. {p.authors}. [{p.title}](https://arxiv.org/abs/{s}). {p.venue_printed}.")
    md += ["", "## Awards", "",
           "- Best Student Paper, QIP 2022",
           "- HIIT Doctoral Fellowship, Helsinki Institute for Information Technology, 2018–2022", "",
           "## Service", "",
           "- Program committee: TQC 2024, QIP 2025",
           "- Reviewer for *Quantum*, *STOC*, *FOCS*", ""]
    (out / file).write_text("\n".join(md), encoding="utf-8")
    return label(file, "Dmitri Valkonen", emails=["dmitri.valkonen@helsinki.fi"], phones=[],
                 links=["https://scholar.google.com/citations?user=Vk9dM1EAAAAJ", "https://github.com/dvalkonen"],
                 education=edu, experience=jobs, pubs=pubs,
                 interests=["quantum algorithms for linear algebra", "hamiltonian simulation"], awards=2,
                 notes="Self name in **bold**; alphabetical authorship, so first-author only where listed first "
                       "(2). 'Jan–Jun 2022' = 2022-01..2022-06; '2023–now' = present. No phone.")


def industry_txt(out: Path) -> dict:
    file = "09_industry_engineer.txt"
    jobs = [Job("Cloudline Payments", "Staff Software Engineer", "2021-03", "present"),
            Job("H-E-B Digital", "Senior Software Engineer", "2017-06", "2021-02"),
            Job("Dell Technologies", "Software Engineer", "2014-07", "2017-05"),
            Job("National Instruments", "Software Engineering Intern", "2013", "2013")]
    edu = [Edu("The University of Texas at Austin", "bachelor", "Computer Science", "2010", "2014")]
    text = """BRANDON K. WHITFIELD
Austin, TX 78704 | (512) 555-0163 | brandon.whitfield@fastmail.com | linkedin.com/in/bkwhitfield

PROFESSIONAL SUMMARY
Backend and platform engineer with 11+ years building payment and retail systems that handle
40k requests/second. Comfortable owning services end to end, from design docs to on-call.

TECHNICAL SKILLS
Languages:       Go, Python, TypeScript, SQL, Bash
Infrastructure:  Kubernetes, Terraform, AWS (EKS, RDS, SQS, Lambda), GCP
Data:            PostgreSQL, Kafka, Redis, BigQuery
Practices:       SRE, incident command, gRPC API design, CI/CD (GitHub Actions, Argo CD)

WORK HISTORY
Staff Software Engineer -- Cloudline Payments, Austin, TX                 Mar 2021 - Present
  * Led the migration of the ledger service to event sourcing; p99 latency down 38%.
  * Designed the multi-region failover runbook; 99.995% availability over 2023.
  * Mentor to 6 engineers; chaired the architecture review board.

Senior Software Engineer -- H-E-B Digital, San Antonio, TX               Jun 2017 - Feb 2021
  * Built the curbside-pickup slot scheduler (Go, PostgreSQL) used by 300+ stores.
  * Cut cloud spend by $1.2M/year through right-sizing and spot capacity.

Software Engineer -- Dell Technologies, Round Rock, TX                   Jul 2014 - May 2017
  * Maintained order-management APIs; introduced contract tests across 14 services.

Software Engineering Intern -- National Instruments, Austin, TX          Summer 2013
  * Wrote test automation for LabVIEW driver releases.

EDUCATION
B.S., Computer Science, The University of Texas at Austin, 2010 - 2014
Minor in Business. GPA 3.6/4.0

CERTIFICATIONS
AWS Certified Solutions Architect - Professional (2022)
Certified Kubernetes Administrator (CKA) (2020)

VOLUNTEERING
Code2College mentor, 2019 - present
"""
    (out / file).write_text(text, encoding="utf-8")
    return label(file, "Brandon K. Whitfield", name_any=["Brandon Whitfield"],
                 emails=["brandon.whitfield@fastmail.com"], phones=["+15125550163"],
                 links=["linkedin.com/in/bkwhitfield"], education=edu, experience=jobs, pubs=[], awards=0,
                 notes="Industry résumé: no publications, no awards (certifications are not awards). "
                       "'Summer 2013' read as 2013..2013. Postcode 78704 and figures are not phones.")


def bilingual_txt(out: Path) -> dict:
    file = "11_bilingual_zh_en.txt"
    edu = [Edu("上海交通大学 Shanghai Jiao Tong University", "phd", "Computer Science", "2019-09", "present"),
           Edu("北京航空航天大学 Beihang University", "bachelor", "Computer Science and Technology", "2015-09", "2019-06")]
    jobs = [Job("微软亚洲研究院 Microsoft Research Asia", "多模态研究实习生 Multimodal Research Intern", "2023-07", "2023-12"),
            Job("阿里巴巴达摩院 Alibaba DAMO Academy", "算法研究实习生 Algorithm Research Intern", "2022-06", "2022-09")]
    pubs = [Pub("Ruoxi Lin, Hao Zhou, Jun Yan", "GroundedVQA: Region-Level Evidence for Visual Question Answering",
                "CVPR 2024", 2024, True, "CVPR"),
            Pub("Hao Zhou*, Ruoxi Lin*, Jun Yan", "Token Pruning for Efficient Multimodal Large Language Models",
                "NeurIPS 2023", 2023, True, "NeurIPS"),
            Pub("Ruoxi Lin, Jun Yan", "Chart Understanding with Synthetic Supervision",
                "arXiv:2402.05511, 2024", 2024, True, "arXiv"),
            Pub("Mei Sun, Ruoxi Lin, Jun Yan", "Video Captioning with Temporal Anchors", "ACM Multimedia 2022",
                2022, False, None)]
    lines = ["林若溪 | Ruoxi LIN",
             "电话 Tel: (+86) 139 1234 5678 | 邮箱 Email: ruoxi.lin@sjtu.edu.cn | 主页 Homepage: https://ruoxilin.github.io",
             "", "研究兴趣 Research Interests",
             "多模态大模型、视觉问答 / Multimodal large language models; visual question answering", "",
             "教育背景 Education",
             "2019年9月 – 至今 | 上海交通大学 Shanghai Jiao Tong University | 博士研究生（硕博连读） Ph.D. candidate, "
             "Computer Science",
             "2015年9月 – 2019年6月 | 北京航空航天大学 Beihang University | 本科 B.Eng., Computer Science and Technology", "",
             "实习经历 Internships",
             "2023.07 – 2023.12 | 微软亚洲研究院 Microsoft Research Asia | 多模态研究实习生 Multimodal Research Intern",
             "  - 多模态检索增强问答 / Retrieval-augmented multimodal QA",
             "2022.06 – 2022.09 | 阿里巴巴达摩院 Alibaba DAMO Academy | 算法研究实习生 Algorithm Research Intern",
             "  - 文档图像版面分析 / Document layout analysis", "",
             "论文发表 Publications (* 共同一作 / equal contribution)"]
    for k, p in enumerate(pubs, 1):
        lines.append(f"[{k}] {p.authors}. {p.title}. {p.venue_printed}.")
    lines += ["", "获奖情况 Honors",
              "2022  国家奖学金 National Scholarship",
              "2021  上海交通大学优秀学生 Outstanding Student, SJTU",
              "2018  ACM-ICPC 亚洲区域赛银牌 ICPC Asia Regional Contest, Silver Medal", "",
              "技能 Skills", "Python, PyTorch, CUDA, LaTeX; 英语 English: IELTS 7.5", ""]
    (out / file).write_text("\n".join(lines), encoding="utf-8")
    return label(file, "Ruoxi Lin", name_any=["林若溪", "Lin Ruoxi", "Ruoxi LIN", "林若溪 Ruoxi Lin"],
                 emails=["ruoxi.lin@sjtu.edu.cn"], phones=["+8613912345678"], links=["https://ruoxilin.github.io"],
                 education=edu, experience=jobs, pubs=pubs,
                 interests=["multimodal large language models", "visual question answering"], awards=3,
                 notes="Every line bilingual; institutions, organisations and titles are labelled with both forms, so the "
                       "scorer accepts the Chinese or the English reading (each part is 6+ characters). "
                       "2019年9月 – 至今 = 2019-09..present.")
