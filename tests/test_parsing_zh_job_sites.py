"""Chinese résumés as job sites and Taiwanese bilingual CVs print them (invented people)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """栾思齐 在职-考虑机会\t头像
6年 | 硕士 | 31岁 | 上海
☎ 150 0000 0199 | ✉ luansiqi@example.com
个人优势
6年视觉感知算法经验,熟悉多相机 3D 检测,希望转向研究院从事感知方向的研究工作。
期望职位
算法研究员 上海 | 计算机视觉
工作经历
上海虚构智能科技有限公司\t2021.03-至今
高级研究员 感知算法部
内容:负责虚构的 BEV 3D 检测模型研发。
项目经历
多模态感知模型(量产)\t2022.06-2023.12
项目负责人
学术论文发表\t2019.06-2023.06
第一作者 / 合作者
1. InventFuse: Camera-Radar Fusion for Made-up Bird's-Eye-View Detection, CVPR 2023(第一作者)
2. Temporal Queries for Invented Multi-Camera Tracking, ICCV 2021(第一作者)
3. Noise-Robust Networks for Imaginary Image Processors, IEEE TIP 2020(第三作者)
教育经历
上海虚构大学\t2015-2018
硕士 信息与通信工程
"""


def test_a_job_site_resume_names_its_owner_and_keeps_papers_listed_as_a_project() -> None:
    p = parse_text(CV)
    assert p.name == "栾思齐"  # not "在职-考虑机会", nor the "个人优势" heading
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("CVPR", 2023, True), ("ICCV", 2021, True), ("TIP", 2020, False)]
    assert [e.organization for e in p.experience] == ["上海虚构智能科技有限公司"]


def test_job_site_headings_above_the_experience_are_a_summary() -> None:
    from reviewer.parsing.sections import heading_kind

    # (set larger than the name on the page, they were once taken for it)
    assert [heading_kind(h) for h in ("个人优势", "期望职位", "个人总结")] == ["summary"] * 3


ZHAOPIN = """戴晗\t照片
男 | 36岁 | 博士 | 工作8年
工作经历
2021/07 ~ 至今\t虚构医药(集团)股份有限公司 | 药物化学组组长
带领团队负责虚构项目的分子设计。
2018/07 ~ 2021/06 上海虚构新药开发有限公司 | 高级研究员
负责虚构化合物的合成。
研究经历
2014/03 ~ 2018/06 虚构基金面上项目:新型共价抑制剂的设计 | 主要完成人
导师:沈虚构 教授(虚构大学药学院)
发表 SCI 论文:
1. Dai H, Zhou M Y, Shen L Q*. Discovery of invented covalent inhibitors of made-up KRAS
G12C[J]. Journal of Invented Chemistry, 2018, 61(14): 6120-6134.(SCI 一区,第一作者)
2. Zhou M Y, Dai H, Wen J, et al. Design of invented warheads with tunable reactivity[J]. European Journal of
Made-up Chemistry, 2017, 139: 1-14.(SCI 二区,第二作者)
"""


def test_papers_under_research_experience_are_no_jobs_and_a_firm_keeps_its_name() -> None:
    p = parse_text(ZHAOPIN)
    # "开发" is a developer's title word, but here part of the firm's name
    assert [(e.organization, e.title) for e in p.experience][:2] == [
        ("虚构医药(集团)股份有限公司", "药物化学组组长"), ("上海虚构新药开发有限公司", "高级研究员")]
    assert not any("Journal" in (e.organization or "") for e in p.experience)
    assert [(pub.year, pub.first_author) for pub in p.publications] == [(2018, True), (2017, False)]


TAIWAN = """簡虛萱 CHIEN, Yu-Hsuan
電子郵件 E-mail:yhchien@example.com.tw
經歷 Experience
2022/07 \u223c 迄今\t虛構積體電路股份有限公司 製程整合工程師 Process Integration Engineer
2021/02 \u223c 2022/06\t中央研究院應用虛構科學研究中心 兼任研究助理 Part-time Research Assistant
計畫:次世代虛構記憶體材料,負責薄膜沉積。
2019/07 \u223c 2019/08\t虛構技術研究院電子與光電系統研究所 暑期實習生 Summer Intern
"""


def test_a_taiwanese_bilingual_cv() -> None:
    p = parse_text(TAIWAN)
    assert p.name == "Yu-Hsuan Chien (簡虛萱)"  # the romanised name printed family name first
    # "∼" (the tilde operator) parts the dates; a long bilingual row is still an entry's head
    assert [(e.start, e.end) for e in p.experience] == [
        ("2022-07", "present"), ("2021-02", "2022-06"), ("2019-07", "2019-08")]
    assert p.experience[1].organization == "中央研究院應用虛構科學研究中心"


def test_a_markdown_table_of_posts_under_company_role_time() -> None:
    from tests.parsing_support import parse_md

    p = parse_md("# Zimo Invented\n\n## Work & Internship\n\n| Company | Role | Time |\n|---|---|---|\n"
                 "| Invented DAMO Academy, Decision Lab | Senior Algorithm Expert (P8) | 2023.04 ~ Now |\n"
                 "| Invented DAMO Academy, Decision Lab | Algorithm Expert (P7) | 2020.07 ~ 2023.03 |\n")
    assert [(e.organization, e.start) for e in p.experience] == [
        ("Invented DAMO Academy, Decision Lab", "2023-04"), ("Invented DAMO Academy, Decision Lab", "2020-07")]


def test_an_employer_named_in_camel_case_opens_its_entry() -> None:
    p = parse_text("Weiming Invented\n\nWork Experience\n"
                   "iNVENTEK Co., Ltd. | Research Institute, Speech Group | Senior Speech Researcher\tJul 2020 – Now\n"
                   "• Responsible for an invented dialect engine.\n"
                   "Made-up AI Lab | Speech Team | Research Intern\t2019.06-2019.09\n")
    assert [e.title for e in p.experience] == ["Senior Speech Researcher", "Research Intern"]


WPS = """祁雨虚\t照 片
教育背景
2022.09-2025.06\t中国科学院大学(985)\t模式识别与智能系统\t硕士
2018.09-2022.06\t虚构邮电大学(211)\t通信工程\t本科
GPA 3.71/4.0,专业排名 8/126;保送至中国科学院大学
科研成果
● EMNLP2024, Retrieval-Aware Decoding for Invented Legal Question Answering(一作) 2024.11
● COLING2025, Span-Level Detection of Made-up Rationales(二作) 2025.01
● ACL2025(在投), Self-Correcting Citation Generation for Invented Statutes(共同一作)
"""


def test_a_wps_template_resume() -> None:
    p = parse_text(WPS)
    # the academy's own university, not the academy; where the student went next is a note
    assert [e.institution for e in p.education] == ["中国科学院大学", "虚构邮电大学"]
    # a status in brackets after the venue's year: "ACL2025(在投)"
    assert [(pub.venue, pub.year, pub.status) for pub in p.publications] == [
        ("EMNLP", 2024, "published"), ("COLING", 2025, "published"), ("ACL", 2025, "under review")]
