"""The two DOCX files of heldout45, written with python-docx (a test-data tool only)."""
from __future__ import annotations

import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)


def _font(run, size=None, bold=None, color=None, name="微软雅黑"):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def _cell(cell, text, bold=False, fill=None, size=10, color=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align:
            p.alignment = align
        _font(p.add_run(line), size, bold, color)
    if fill:
        _shade(cell._tc.get_or_add_tcPr(), fill)


def _pin(doc, title):
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "user"
    cp.title = title
    cp.created = cp.modified = FIXED
    cp.revision = 1


def _margins(doc, cm=1.6):
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(cm)


def build_06(out: Path) -> None:
    """就业推荐表: a careers-office form, one 'Table Grid' table with merged cells."""
    doc = Document()
    _margins(doc, 1.8)
    for text, size in (("西北工业大学", 16), ("2025届毕业研究生就业推荐表", 15)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), size, True, name="宋体")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run("推荐表编号：NWPU-2025-0000418"), 9, name="宋体")

    t = doc.add_table(rows=0, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(*vals, fills=()):
        r = t.add_row().cells
        for i, v in enumerate(vals):
            _cell(r[i], v, bold=i in fills, fill="D9E2F3" if i in fills else None, size=10)
        return r

    r1 = row("姓名", "赵明辉", "性别", "男", "出生年月", "2000.04", "照片", fills=(0, 2, 4))
    r2 = row("民族", "汉族", "政治面貌", "中共党员", "生源地", "陕西宝鸡", "", fills=(0, 2, 4))
    r3 = row("学号", "2022261418", "学历", "硕士研究生", "学制", "三年", "", fills=(0, 2, 4))
    r4 = row("学院", "电子信息学院", "专业", "电子与通信工程", "外语水平", "CET-6", "", fills=(0, 2, 4))
    photo = r1[6].merge(r2[6]).merge(r3[6]).merge(r4[6])
    _cell(photo, "照片\n（一寸）", size=9, color="888888", align=WD_ALIGN_PARAGRAPH.CENTER)
    r = row("联系电话", "13800138741", "", "电子邮箱", "zhaominghui@example.edu.cn", "", "", fills=(0, 3))
    r[1].merge(r[2])
    r[4].merge(r[5]).merge(r[6])
    _cell(r[1], "13800138741")
    _cell(r[4], "zhaominghui@example.edu.cn")
    r = row("求职意向", "嵌入式软件工程师；通信算法工程师（意向地区：西安、成都、深圳）", "", "", "", "", "", fills=(0,))
    r[1].merge(r[6])
    _cell(r[1], "嵌入式软件工程师；通信算法工程师（意向地区：西安、成都、深圳）")

    def block(label, lines):
        r = t.add_row().cells
        _cell(r[0], label, bold=True, fill="D9E2F3")
        m = r[1].merge(r[6])
        _cell(m, "\n".join(lines))

    block("教育经历", ["2022年9月—2025年6月　西北工业大学　电子与通信工程　硕士研究生",
                   "2018年9月—2022年6月　长安大学　通信工程　本科（工学学士）"])
    block("实习经历", ["2024年7月—2024年9月　中兴通讯股份有限公司西安研究所　嵌入式软件实习生",
                   "　　负责基站射频单元告警模块的 C 语言驱动移植与单元测试，修复缺陷 17 个。"])
    block("学生工作", ["2022年10月—2023年10月　西北工业大学研究生会　副主席",
                   "2019年9月—2021年6月　长安大学信息工程学院　班长"])
    block("科研成果", ["[1] 赵明辉，李卫东. 基于 FPGA 的低时延 OFDM 同步算法实现[J]. 《电子测量技术》，2024，47(5)：88-94.（第一作者）",
                   "[2] 软件著作权：多通道 ADC 采集与校准软件 V1.0，登记号 2024SR0000000。"])
    block("获奖情况", ["2023年　中国研究生电子设计竞赛 西北赛区二等奖",
                   "2023年　西北工业大学研究生一等学业奖学金",
                   "2022年　长安大学优秀毕业生"])
    block("技能证书", ["大学英语六级（CET-6）；全国计算机等级考试二级（C语言）；普通话二级乙等",
                   "熟练掌握 C/C++、Verilog，熟悉 FreeRTOS、STM32、Xilinx Vivado"])
    block("自我评价", ["踏实肯干，动手能力强，有良好的团队合作精神。"])
    block("学院推荐意见", ["该生在校期间思想端正，学习刻苦，成绩优良，同意推荐。", "",
                     "学院（盖章）　　　　2024年10月15日"])
    block("学校就业部门意见", ["情况属实。", "", "（盖章）　　　　年　　月　　日"])
    for rw in t.rows:
        rw.cells[0].width = Cm(2.4)
    p = doc.add_paragraph()
    _font(p.add_run("注：本表由学校就业指导中心统一印制，复印无效。"), 8, name="宋体")
    _pin(doc, "毕业研究生就业推荐表")
    doc.save(out)


def _band(doc, text, fill="1F4E79"):
    p = doc.add_paragraph()
    _shade(p._p.get_or_add_pPr(), fill)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    _font(p.add_run("  " + text), 11.5, True, "FFFFFF")
    return p


def _line(doc, parts, bold_first=True, size=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(4.2))
    pf.tab_stops.add_tab_stop(Cm(10.5))
    for i, part in enumerate(parts):
        if i:
            p.add_run("\t")
        _font(p.add_run(part), size, bold_first and i > 0)
    return p


def _para(doc, text, size=9.5, indent=0.0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    _font(p.add_run(text), size)
    return p


def build_07(out: Path) -> None:
    """A WPS/Word 简历模板: a shaded header table with a photo cell, blue heading bands."""
    doc = Document()
    _margins(doc, 1.5)
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(14.5), Cm(3.5)
    _cell(left, "何俊杰", bold=True, fill="1F4E79", size=22, color="FFFFFF")
    for line in ("求职意向：嵌入式软件工程师", "电话：138-0013-8356　　邮箱：hejunjie.embedded@example.com",
                 "现居：深圳市南山区　　年龄：27岁　　工作年限：5年　　期望薪资：25-32K"):
        p = left.add_paragraph()
        _font(p.add_run(line), 10, color="FFFFFF")
    _cell(right, "\n\n照片\n\n", size=9, color="7F7F7F", fill="DEEAF6", align=WD_ALIGN_PARAGRAPH.CENTER)

    _band(doc, "教育背景")
    _line(doc, ["2016.09-2020.06", "哈尔滨工业大学（威海）", "自动化 / 本科"])
    _para(doc, "主修课程：自动控制原理、微机原理与接口技术、数字信号处理、嵌入式系统设计", indent=4.2)

    _band(doc, "工作经历")
    _line(doc, ["2022.07-至今", "深圳市大疆创新科技有限公司", "嵌入式软件工程师"])
    for s in ("1. 负责云台产品电机驱动与姿态控制固件开发（STM32H7 + FreeRTOS），控制环路周期由 1ms 优化至 0.5ms；",
              "2. 设计 Bootloader 与 OTA 差分升级方案，升级包体积减少 60%；",
              "3. 编写 HIL 自动化测试用例 200 余条，协助产线解决 ESD 复位问题。"):
        _para(doc, s, indent=4.2)
    _line(doc, ["2020.07-2022.06", "深圳市汇川技术股份有限公司", "嵌入式开发工程师"])
    for s in ("1. 参与伺服驱动器通信板的 EtherCAT 从站协议栈移植与调试；",
              "2. 负责 CAN 总线诊断工具的上位机（Qt）开发。"):
        _para(doc, s, indent=4.2)
    _line(doc, ["2019.07-2019.09", "威海北洋电气集团股份有限公司", "硬件测试实习生"])
    _para(doc, "协助完成 RFID 读写器的高低温与 EMC 测试记录。", indent=4.2)

    _band(doc, "项目经验")
    _line(doc, ["2023.03-2023.12", "手持云台低功耗待机方案", "项目角色：固件负责人"])
    _para(doc, "项目描述：重构电源管理状态机，引入 Stop2 低功耗模式；项目业绩：待机电流由 3.1mA 降至 0.4mA，待机时长提升 5 倍。",
          indent=4.2)

    _band(doc, "证书奖项")
    _para(doc, "2021年　计算机技术与软件专业技术资格（中级）嵌入式系统设计师")
    _para(doc, "2018年　全国大学生电子设计竞赛 山东赛区一等奖")
    _para(doc, "2017年　大学英语六级（CET-6）")

    _band(doc, "专业技能")
    for s in ("C/C++：精通；ARM Cortex-M 系列：精通；FreeRTOS / RT-Thread：熟练；",
              "CAN、SPI、I2C、UART、EtherCAT 等总线协议：熟练；Python 脚本：熟悉；示波器、逻辑分析仪：熟练。"):
        _para(doc, s)

    _band(doc, "自我评价")
    _para(doc, "五年一线嵌入式开发经验，能独立完成从原理图评审到量产固件的全流程；责任心强，善于定位疑难问题。")
    _pin(doc, "个人简历")
    doc.save(out)
