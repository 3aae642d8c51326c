"""Résumés exported from Chinese job sites (BOSS直聘-like), with invented people."""
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
