"""A Chinese master's student's 简历 as a PDF (invented person, WenQuanYi Micro Hei font).

Sections as such CVs have them: 个人信息 / 教育背景 / 科研经历 / 项目经历 / 发表论文 /
荣誉奖项 / 专业技能; dates as 2023.09 – 2026.03, English paper titles.
"""
from __future__ import annotations

from pathlib import Path

from tests.heldout2.render import Pdf


def build(out: Path) -> dict:
    pdf = Pdf(size=10.5, margin=16, cjk=True)
    pdf.line("林雨桐", "B", 20, "C")
    pdf.line("求职意向：机器学习算法工程师（2026届）", "", 10.5, "C")

    def section(title: str) -> None:
        pdf.heading(title, size=12.5, before=2.5)

    section("个人信息")
    pdf.line("姓名：林雨桐　　性别：女　　出生年月：2001.03　　政治面貌：共青团员")
    pdf.line("电话：138 0013 5927　　邮箱：lin.yutong@zju.example.edu.cn")
    pdf.line("GitHub：github.com/linyt-ml")

    section("教育背景")
    pdf.row("浙江大学　计算机科学与技术　硕士", "2023.09 – 2026.03", style="B")
    pdf.line("导师：周启文 教授；研究方向：多模态学习、医学影像分析")
    pdf.row("华中科技大学　软件工程　本科", "2019.09 – 2023.06", style="B")
    pdf.line("GPA：3.86/4.0（专业前5%）；主修课程：机器学习、数据结构、操作系统、计算机网络")

    section("科研经历")
    pdf.row("阿里巴巴达摩院　研究型实习生", "2024.07 – 2024.12", style="B")
    pdf.bullet("参与医学影像报告生成的多模态大模型研究，负责视觉编码器的区域对齐模块。")
    pdf.bullet("提出基于解剖结构的对比学习目标，在公开数据集上临床准确率提升 3.1 个百分点。")
    pdf.row("中国科学院自动化研究所　暑期科研实习生", "2022.07 – 2022.09", style="B")
    pdf.bullet("复现并改进语音情感识别基线模型，完成技术报告一篇。")

    section("项目经历")
    pdf.row("基于多模态大模型的医学影像报告生成（国家自然科学基金面上项目，核心成员）", "2023.10 – 2024.05", style="B")
    pdf.bullet("搭建胸片—报告配对数据清洗流程（约 30 万对），设计检索增强的报告生成方法。")
    pdf.row("校园二手交易平台（本科毕业设计，优秀毕业设计）", "2022.12 – 2023.05", style="B")
    pdf.bullet("使用 Spring Boot + Vue 实现，日活用户约 800 人。")

    section("发表论文")
    pdf.line("1. Yutong Lin, Hao Zhang, Qiwen Zhou. Anatomy-Aware Contrastive Alignment for Radiology Report "
             "Generation. ACM International Conference on Multimedia (ACM MM), 2024.（CCF-A，第一作者）")
    pdf.line("2. Hao Zhang, Yutong Lin, Qiwen Zhou. Retrieval-Augmented Chest X-ray Reporting with Region "
             "Prompts. IEEE International Conference on Acoustics, Speech and Signal Processing (ICASSP), "
             "2025.（CCF-B，第二作者）")
    pdf.line("3. 林雨桐，周启文. 面向小样本医学图像分割的原型校准方法. 计算机辅助设计与图形学学报, 2024, "
             "36(5): 701-710.（中文核心，第一作者）")

    section("荣誉奖项")
    awards = ["2024　浙江大学一等学业奖学金", "2023　华中科技大学优秀毕业生",
              "2022　全国大学生数学建模竞赛 国家二等奖", "2021　国家奖学金"]
    for a in awards:
        pdf.line(a)

    section("专业技能")
    pdf.line("编程语言：Python、C++、Java；深度学习框架：PyTorch、Hugging Face Transformers")
    pdf.line("语言能力：英语 CET-6（598 分），可流利阅读英文文献")
    pdf.save(out)
    return {
        "name": "林雨桐",
        "name_any": ["Yutong Lin", "Lin Yutong"],
        "emails": ["lin.yutong@zju.example.edu.cn"],
        "phones": ["+8613800135927"],
        "links": ["github.com/linyt-ml"],
        "education": [
            {"institution": "浙江大学", "degree_level": "master", "start": "2023-09", "end": "2026-03"},
            {"institution": "华中科技大学", "degree_level": "bachelor", "start": "2019-09", "end": "2023-06"},
        ],
        "experience": [
            {"organization": "阿里巴巴达摩院", "title": "研究型实习生", "start": "2024-07", "end": "2024-12"},
            {"organization": "中国科学院自动化研究所", "title": "暑期科研实习生", "start": "2022-07", "end": "2022-09"},
        ],
        "publications_count": 3,
        "first_author_count": 2,
        "publications_sample": [
            {"title": "Anatomy-Aware Contrastive Alignment for Radiology Report Generation", "venue": "ACM MM",
             "year": 2024},
            {"title": "Retrieval-Augmented Chest X-ray Reporting with Region Prompts", "venue": "ICASSP", "year": 2025},
            {"title": "面向小样本医学图像分割的原型校准方法", "venue": "计算机辅助设计与图形学学报", "year": 2024},
        ],
        "research_interests_any": None,
        "awards_count": 4,
        "layout": "A4 PDF in Chinese, section headings with rules, dates flush right",
        "language": "zh",
        "notes": "项目经历 entries are projects, not positions, so they are not experience. Research interests "
                 "appear only as the advisor line's 研究方向 and are not scored.",
    }
