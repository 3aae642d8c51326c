"""09: bilingual zh/en civil-engineering professor 个人简历, python-docx kept as DOCX (info table, header/footer fields)."""
from __future__ import annotations

import docx29 as dx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

NAME = "09_zh_en_civil_engineering_professor_docx"
ME = "**Wen J C**"
MEZ = "**闻景澄**"

SCI = [
    f"{ME}*, Halvorsen T, Zhou Q. Vortex-induced vibration of long-span bridge decks with central slots: wind "
    "tunnel tests and a nonlinear model[J]. Journal of Wind Engineering and Industrial Aerodynamics, 2024, 245: 105641.",
    f"Zhou Q#, {ME}#*, Lam K Y. Deep-learning identification of flutter derivatives from free-decay tests[J]. "
    "Computer-Aided Civil and Infrastructure Engineering, 2024, 39(8): 1190-1207.",
    f"{ME}*, Chen Y R, Okafor D. Fatigue of orthotropic steel decks under stochastic traffic[J]. Engineering "
    "Structures, 2023, 279: 115601.",
    f"Chen Y R, {ME}*. Cable-stayed bridge health monitoring with distributed fibre sensing[J]. Structural Health "
    "Monitoring, 2023, 22(5): 3012-3030.",
    f"{ME}*, Lam K Y. Buffeting response of twin-box girders in typhoon winds[J]. Journal of Structural "
    "Engineering (ASCE), 2022, 148(11): 04022176.",
    f"Li H T, Zhou Q, {ME}*. Aerodynamic countermeasures for suspension bridges: a review[J]. Journal of Bridge "
    "Engineering (ASCE), 2022, 27(4): 03122001.",
    f"{ME}*, Halvorsen T. Reliability of bridge decks under combined wind and traffic[J]. Structural Safety, "
    "2021, 90: 102037.",
    f"{ME}*, Li H T, Chen Y R. Digital twin of a cable-stayed bridge for real-time fatigue assessment[J]. "
    "Automation in Construction, 2021, 128: 103763.",
    f"Okafor D, {ME}. Wind-rain induced vibration of stay cables revisited[J]. Journal of Fluids and Structures, "
    "2020, 96: 103022.",
    f"{ME}*, Lam K Y. Flutter of super-long-span bridges with wind barriers[J]. Wind and Structures, 2019, "
    "28(3): 145-160.",
    f"{ME}, Lam K Y*. Identification of aerodynamic admittance functions[J]. Journal of Sound and Vibration, "
    "2012, 331(17): 3939-3955.",
    f"{ME}*, Zhou Q, Li H T. Typhoon field measurements at the Sutong Bridge[J]. Journal of Wind Engineering "
    "and Industrial Aerodynamics, 2025, 已接收.",
]
CN = [
    f"{MEZ}*，周琦，李浩天. 大跨度桥梁颤振导数的深度学习识别方法[J]. 土木工程学报，2023，56(7)：88-99.",
    f"陈雨然，{MEZ}*. 正交异性钢桥面板疲劳可靠度评估[J]. 中国公路学报，2022，35(2)：120-131.",
    f"{MEZ}*，林家佑. 台风作用下双箱梁抖振响应实测研究[J]. 振动工程学报，2020，33(4)：701-710.",
    f"{MEZ}. 桥梁风工程研究进展与展望[J]. 同济大学学报（自然科学版），2018，46(1)：1-12.",
]
CONF = [
    f"{ME}, Zhou Q. Machine learning for bridge aerodynamics[C]//Proceedings of the 16th International Conference "
    "on Wind Engineering (ICWE16). Florence, 2023: 311-318.",
    f"Li H T, {ME}. Field monitoring of stay-cable vibrations[C]//IABSE Symposium. Prague, 2022: 1450-1457.",
]
BOOK = [f"{MEZ}，林家佑. 大跨度桥梁抗风设计[M]. 北京：人民交通出版社，2021."]


def build(path):
    doc = dx.new_doc("Times New Roman", 10.5, 2.0, east_asia="宋体")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("闻景澄  WEN Jingcheng  |  个人简历 Curriculum Vitae")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dx.page_line(fp, "第 ", " 页 / 共 ", " 页  Page")
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("个人简历  Curriculum Vitae")
    r.bold = True
    r.font.size = Pt(16)

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [("姓名 Name", "闻景澄 WEN Jingcheng", "职称 Title", "教授、博士生导师 Professor"),
             ("单位 Affiliation", "同济大学土木工程学院桥梁工程系", "出生年月", "1982.03"),
             ("电话 Tel", "021-5550 0188", "邮箱 E-mail", "wenjc@tongji.example.edu.cn"),
             ("地址 Address", "上海市四平路1239号 200092", "主页 Homepage", "https://civil.tongji.example.edu.cn/wenjc")]
    for i, row in enumerate(cells):
        for j, text in enumerate(row):
            c = t.cell(i, j)
            c.text = text
            if j % 2 == 0:
                c.paragraphs[0].runs[0].bold = True
    for col, w in zip(t.columns, (2.6, 5.6, 2.6, 6.0), strict=True):
        for c in col.cells:
            c.width = Cm(w)

    dx.heading(doc, "研究方向 Research Interests", 11, caps=False)
    doc.add_paragraph("桥梁风工程；大跨度桥梁颤振与抖振；结构健康监测与数字孪生；钢桥面板疲劳  "
                      "(Bridge wind engineering; flutter and buffeting; structural health monitoring and digital "
                      "twins; fatigue of steel decks)")

    dx.heading(doc, "教育背景 Education", 11, caps=False)
    dx.dated(doc, "2005.09–2010.07", "同济大学  桥梁与隧道工程  工学博士（硕博连读）  Tongji University, Ph.D. in "
             "Bridge and Tunnel Engineering", 3.4)
    dx.dated(doc, "2001.09–2005.06", "东南大学  土木工程  工学学士  Southeast University, B.Eng. in Civil "
             "Engineering", 3.4)

    dx.heading(doc, "工作经历 Employment", 11, caps=False)
    for d, text in (("2021.01–至今", "同济大学桥梁工程系  系主任  Head, Department of Bridge Engineering, Tongji University"),
                    ("2017.07–至今", "同济大学土木工程学院  教授  Professor, College of Civil Engineering, Tongji University"),
                    ("2015.09–2016.08", "Imperial College London, Department of Civil and Environmental Engineering  "
                     "访问学者 Academic Visitor"),
                    ("2012.07–2017.06", "同济大学土木工程学院  副教授  Associate Professor, Tongji University"),
                    ("2010.09–2012.06", "香港理工大学  博士后研究员  Postdoctoral Fellow, The Hong Kong Polytechnic "
                     "University")):
        dx.dated(doc, d, text, 3.4)

    dx.heading(doc, "主持项目 Research Projects (PI)", 11, caps=False)
    for i, text in enumerate((
            "国家自然科学基金重点项目（52338005）：超大跨度桥梁非线性颤振机理与控制，2024.01–2028.12，260万元，主持",
            "国家重点研发计划课题（2022YFB2602703）：桥梁数字孪生与智能运维，2022.11–2026.10，390万元，课题负责人",
            "国家自然科学基金面上项目（51978511）：台风作用下双箱梁抖振，2020.01–2023.12，60万元，主持（已结题）",
            "上海市优秀学术带头人计划（21XD1423800），2021.07–2024.06，50万元，主持",
            "港珠澳大桥管理局横向课题：斜拉索风雨振监测，2019.05–2021.12，180万元，主持"), start=1):
        dx.hanging(doc, text, f"{i}.", 0.6)

    dx.heading(doc, "学术兼职 Academic Service", 11, caps=False)
    for text in ("中国土木工程学会桥梁及结构工程分会 理事（2019–至今）",
                 "中国空气动力学会风工程和工业空气动力学专业委员会 委员",
                 "*Journal of Wind Engineering and Industrial Aerodynamics* 编委 Editorial Board（2021–至今）",
                 "《土木工程学报》青年编委（2020–2024）",
                 "International Association for Wind Engineering (IAWE) member"):
        dx.hanging(doc, text, "•", 0.5)

    dx.heading(doc, "获奖与荣誉 Honours", 11, caps=False)
    for d, text in (("2020", "教育部“长江学者奖励计划”青年学者  Changjiang Young Scholar, Ministry of Education"),
                    ("2019", "国家科学技术进步奖二等奖（排名第5）  National Science and Technology Progress Award, "
                     "2nd Class"),
                    ("2018", "上海市科技进步奖一等奖（排名第2）")):
        dx.dated(doc, d, text, 1.6)

    dx.heading(doc, "代表性论文 Selected Publications", 11, caps=False)
    dx.rich(doc.add_paragraph(), "（*通讯作者 corresponding author；#共同第一作者 equal contribution；本人姓名加粗）")
    dx.subheading(doc, "（一）SCI 期刊论文 Journal Papers (SCI)")
    for i, t in enumerate(SCI, start=1):
        dx.hanging(doc, t, f"[{i}]", 0.8)
    dx.subheading(doc, "（二）中文核心期刊论文 Chinese Journal Papers")
    for i, t in enumerate(CN, start=1):
        dx.hanging(doc, t, f"[{i}]", 0.8)
    dx.subheading(doc, "（三）国际会议论文 Conference Papers")
    for i, t in enumerate(CONF, start=1):
        dx.hanging(doc, t, f"[{i}]", 0.8)
    dx.subheading(doc, "（四）专著 Monograph")
    for i, t in enumerate(BOOK, start=1):
        dx.hanging(doc, t, f"[{i}]", 0.8)

    dx.heading(doc, "授权专利 Patents", 11, caps=False)
    dx.hanging(doc, "闻景澄，周琦. 一种用于大跨度桥梁的可调式导流板装置：ZL202010334455.1[P]. 2022-05-10.", "[1]", 0.8)

    dx.heading(doc, "人才培养与教学 Teaching and Supervision", 11, caps=False)
    doc.add_paragraph("本科课程《桥梁工程》（课程号 030112，秋季学期）、研究生课程《桥梁风工程》（2013–至今）。"
                      "已毕业博士 6 名、硕士 15 名；周琦（2023 博士）现任东南大学副教授。")
    dx.heading(doc, "学术报告 Invited Talks", 11, caps=False)
    doc.add_paragraph("2024.10 第十五届全国风工程学术会议（长沙）大会报告；2023.08 ICWE16 (Florence, Italy) keynote; "
                      "2022.06 IABSE Symposium (Prague) invited session.")
    doc.core_properties.author = "Wen Jingcheng"
    doc.save(path)
