"""heldout30 files 09-13: Chinese faculty homepage, ScholarMate list in Word, dblp list, HK portal, PubMed text."""
from __future__ import annotations

from kit30 import FILES, SRC, browser_css, edu, fix_docx, html_to_pdf_chromium, html_to_pdf_weasy, job, pub

# ---------------------------------------------------------------- 09 Chinese faculty homepage (教师个人主页), printed
F09 = "09_zh_mechanical_engineering_professor_faculty_homepage_print.pdf"

ZH_CSS = """
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9.5pt; color: #333; }
.top { background: #0b4a8b; color: #fff; padding: 8px 12px; font-size: 13pt; }
.top small { font-size: 9pt; margin-left: 20px; }
.wrap { margin-top: 10px; }
.side { float: left; width: 26%; border: 1px solid #dde; padding: 8px; background: #f7f9fc; }
.ph { width: 110px; height: 140px; background: #d8dde6; margin: 0 auto 8px auto; }
.side .nm { font-size: 16pt; text-align: center; font-weight: bold; }
.side p { margin: 3px 0; font-size: 8.5pt; }
.main { margin-left: 31%; }
.tab { border-bottom: 2px solid #0b4a8b; color: #0b4a8b; font-size: 11.5pt; font-weight: bold; margin: 12px 0 6px 0; }
table.info td { padding: 2px 10px 2px 0; } table.info td.k { color: #777; }
.row { margin: 3px 0; }
ol { padding-left: 22px; } ol li { margin-bottom: 4px; }
.visit { font-size: 8pt; color: #999; text-align: center; margin-top: 14px; }
"""


def build09():
    html = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>邬泽衡-华中科技大学教师个人主页</title>
<style>{ZH_CSS}{browser_css('2024/7/1 10:15', '邬泽衡-华中科技大学教师个人主页',
 'https://faculty.hust.example.edu.cn/wuzeheng/zh_CN/index.htm')}</style></head><body>
<div class="top">华中科技大学 教师个人主页<small>首页 | 科学研究 | 教学研究 | 论文成果 | 招生信息 | ENGLISH</small></div>
<div class="wrap"><div class="side"><div class="ph"></div><div class="nm">邬泽衡</div>
<p style="text-align:center">教授 · 博士生导师</p>
<p>所在单位：机械科学与工程学院</p><p>学历：博士研究生毕业</p><p>学位：工学博士学位</p>
<p>电子邮箱：wuzeheng@hust.example.edu.cn</p><p>办公电话：027-5555-0172</p>
<p>办公地点：东一区先进制造大楼 B421</p><p>在职信息：在岗</p><p>毕业院校：华中科技大学</p>
<p>学科：机械工程<br>机械电子工程</p></div>
<div class="main">
<div class="tab">基本信息</div>
<p>邬泽衡，男，工学博士，华中科技大学机械科学与工程学院教授、博士生导师，国家优秀青年科学基金获得者。长期从事智能制造与精密数控加工研究，主持国家重点研发计划课题、国家自然科学基金等项目10余项，在 IJMTM、CIRP Annals、机械工程学报等期刊发表论文80余篇，授权发明专利20余项。</p>
<div class="tab">教育经历</div>
<div class="row">2004.03-2008.06 &nbsp; 华中科技大学 &nbsp; 机械电子工程 &nbsp; 博士研究生毕业 &nbsp; 工学博士学位</div>
<div class="row">2001.09-2004.03 &nbsp; 华中科技大学 &nbsp; 机械电子工程 &nbsp; 硕士研究生（提前攻博） &nbsp; 工学硕士学位</div>
<div class="row">1997.09-2001.06 &nbsp; 武汉理工大学 &nbsp; 机械设计制造及其自动化 &nbsp; 大学本科毕业 &nbsp; 工学学士学位</div>
<div class="tab">工作经历</div>
<div class="row">2018.12-至今 &nbsp; 华中科技大学 &nbsp; 机械科学与工程学院 &nbsp; 教授</div>
<div class="row">2015.09-2016.09 &nbsp; 美国密歇根大学 &nbsp; 机械工程系 &nbsp; 访问学者</div>
<div class="row">2012.12-2018.11 &nbsp; 华中科技大学 &nbsp; 机械科学与工程学院 &nbsp; 副教授</div>
<div class="row">2010.07-2012.11 &nbsp; 华中科技大学 &nbsp; 机械科学与工程学院 &nbsp; 讲师</div>
<div class="row">2008.07-2010.06 &nbsp; 美国佐治亚理工学院（Georgia Institute of Technology） &nbsp; 博士后</div>
<div class="tab">研究方向</div>
<ol><li>智能制造与数字孪生</li><li>精密数控加工与误差补偿</li><li>机器人加工颤振抑制</li></ol>
<div class="tab">科研项目</div>
<ol><li>国家重点研发计划“智能机器人”重点专项课题：大型构件机器人铣削颤振在线抑制，2021.12-2024.11，主持</li>
<li>国家自然科学基金优秀青年科学基金项目：数控加工动力学与控制，2017.01-2019.12，主持</li>
<li>国家自然科学基金面上项目：薄壁件五轴加工变形的数字孪生补偿方法，2020.01-2023.12，主持</li></ol>
<div class="tab">论文成果</div>
<ol>
<li>Wu Z, Li H, Chen Y, et al. Digital-twin-driven chatter suppression for robotic milling of thin-walled parts[J].
International Journal of Machine Tools and Manufacture, 2024, 196: 104122.</li>
<li>罗婧, 邬泽衡*. 基于数字孪生的数控机床热误差建模方法[J]. 计算机集成制造系统, 已录用.</li>
<li>Wu Z, Luo J, Sun H. A lightweight digital-twin framework for five-axis machining process monitoring[C]//2023 IEEE
19th International Conference on Automation Science and Engineering (CASE). IEEE, 2023: 1-6.</li>
<li>Chen Y, Wu Z*. Physics-informed neural network for tool wear prediction under variable cutting
conditions[J]. Journal of Manufacturing Systems, 2023, 68: 411-425.</li>
<li>邬泽衡, 罗婧, 孙浩然. 面向航空薄壁件的五轴加工变形补偿方法[J]. 机械工程学报, 2022, 58(15): 201-212.</li>
<li>Sun H#, Luo J#, Wu Z*. Posture-dependent stiffness modelling of industrial robots for milling[J]. Robotics and
Computer-Integrated Manufacturing, 2022, 77: 102366.</li>
<li>Wu Z, Harrington P M. Stability lobes for variable-pitch end mills with runout[J]. CIRP Annals, 2010, 59(1):
405-408.</li></ol>
<p style="font-size:8pt;color:#777">注：* 通讯作者；# 共同第一作者</p>
<div class="tab">授权专利</div>
<ol><li>邬泽衡, 孙浩然. 一种机器人铣削颤振在线抑制方法: ZL202110999999.1[P]. 2023-05-16.</li></ol>
<div class="tab">荣誉奖励</div>
<ol><li>2021年 湖北省科技进步一等奖（排名第2）</li><li>2013年 教育部新世纪优秀人才支持计划</li></ol>
<div class="visit">访问量：12874 &nbsp; 最后更新时间：2024.06.20 &nbsp; 版权所有 华中科技大学</div>
</div></div></body></html>"""
    html_to_pdf_weasy(html, FILES / F09, "09_faculty_homepage.html")


L09 = {
    "file": F09,
    "name": "邬泽衡",
    "name_any": ["Wu Zeheng", "Zeheng Wu"],
    "emails": ["wuzeheng@hust.example.edu.cn"],
    "phones": ["+862755550172"],
    "links": [],
    "education": [edu("华中科技大学", "phd", "2004-03", "2008-06"),
                  edu("华中科技大学", "master", "2001-09", "2004-03"),
                  edu("武汉理工大学", "bachelor", "1997-09", "2001-06")],
    "experience": [job("华中科技大学", "教授", "2018-12", "present"),
                   job("密歇根大学", "访问学者", "2015-09", "2016-09"),
                   job("华中科技大学", "副教授", "2012-12", "2018-11"),
                   job("华中科技大学", "讲师", "2010-07", "2012-11"),
                   job("佐治亚理工学院", "博士后", "2008-07", "2010-06")],
    "publications_count": 7,
    "first_author_count": 4,
    "publications_sample": [
        pub("Digital-twin-driven chatter suppression for robotic milling of thin-walled parts",
            "International Journal of Machine Tools and Manufacture", 2024, True, "published"),
        pub("基于数字孪生的数控机床热误差建模方法", "计算机集成制造系统", None, False, "accepted"),
        pub("Physics-informed neural network for tool wear prediction under variable cutting conditions",
            "Journal of Manufacturing Systems", 2023, False, "published"),
        pub("面向航空薄壁件的五轴加工变形补偿方法", "机械工程学报", 2022, True, "published"),
        pub("Stability lobes for variable-pitch end mills with runout", "CIRP Annals", 2010, True, "published"),
    ],
    "research_interests_any": ["智能制造与数字孪生", "精密数控加工与误差补偿", "机器人加工颤振抑制"],
    "awards_count": 2,
    "language": "zh",
    "layout": "Chinese university 教师个人主页 (left info sidebar, tab panes printed one after another), imitated "
              "browser print lines, WeasyPrint",
    "notes": "Faculty homepage print: site bar with navigation, a left sidebar (photo box, name, '教授 · 博士生导师', "
             "所在单位, 学历/学位, 电子邮箱, 办公电话 '027-5555-0172' = +86 27 5555 0172, 办公地点, 毕业院校, 学科), then "
             "the tab panes 基本信息 / 教育经历 / 工作经历 / 研究方向 / 科研项目 / 论文成果 / 授权专利 / 荣誉奖励 one after "
             "another, as the site's print view shows them. Education rows 'YYYY.MM-YYYY.MM 学校 专业 学历 学位'; "
             "the master's was cut short by 提前攻博 (ends 2004.03 when the PhD starts): two entries. Work rows "
             "newest first but the 访问学者 row is placed by start date between 教授 and 副教授; 'YYYY.MM-至今' = "
             "present; the Michigan and Georgia Tech rows labelled with their Chinese names as printed (美国 "
             "dropped). 科研项目 (NSFC 优青, 面上, 重点研发) are grants, not awards; the 优青 mention in 基本信息 is "
             "not an award. 论文成果: GB/T 7714 with '*' = corresponding, '#' = co-first (explained in a note "
             "line): 7 papers ([C] CASE proceedings counts), first author 4 (1, 3, 5, 7); '已录用' = accepted, no "
             "year. The patent [P] is not a paper. 荣誉奖励: 2 (a provincial prize and a talent programme).",
}

# ---------------------------------------------------------------- 10 ScholarMate / CNKI-like 成果 list pasted into Word
F10 = "10_zh_pharmaceutics_assoc_prof_scholarmate_chengguo_word.docx"


def build10():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def p(text, bold=False, size=None, color=None, after=2):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        para.paragraph_format.space_after = Pt(after)
        return para

    t = d.add_paragraph()
    r = t.add_run("个 人 简 历")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = 1
    info = d.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("姓名", "俞晗玥", "职称", "副教授、硕士生导师"),
            ("单位", "中国药科大学药学院药剂学系", "邮箱", "yuhanyue@cpu.example.edu.cn"),
            ("电话", "025-5555-0196", "ORCID", "0000-0002-5550-0196")]
    for row, v in zip(info.rows, vals, strict=True):
        for c, x in zip(row.cells, v, strict=True):
            c.text = x
    p("")
    p("一、教育背景", bold=True, size=12)
    p("2012.09—2017.06  中国药科大学  药剂学  博士（硕博连读）")
    p("2015.10—2016.10  University of North Carolina at Chapel Hill, Eshelman School of Pharmacy  联合培养博士生")
    p("2008.09—2012.06  沈阳药科大学  药学  学士")
    p("二、工作经历", bold=True, size=12)
    p("2023.01—至今      中国药科大学药学院  副教授")
    p("2019.07—2022.12  中国药科大学药学院  讲师")
    p("2017.07—2019.06  中国药科大学药学院  博士后（合作导师：钟韵秋教授）")
    p("三、研究方向", bold=True, size=12)
    p("纳米药物递送；口服多肽与蛋白药物制剂；肿瘤免疫治疗递药系统")
    p("四、获奖情况", bold=True, size=12)
    p("1. 江苏省药学会青年药学科技奖，2022年")
    p("2. 江苏省“双创博士”，2018年")
    p("五、科研成果（自科研之友 ScholarMate 个人主页导出，2024-07-01）", bold=True, size=12)
    p("共 7 条成果    排序：发表时间 ↓    类型：全部", size=9, color="888888")
    items = [
        ("Ionizable lipid nanoparticles with a piperazine core for intramuscular mRNA vaccine delivery",
         "Sun Ruoxi#, Yu Hanyue#, Zhou Qing, Qian Yizhou, Zhong Yunqiu*",
         "Acta Pharmaceutica Sinica B, 2024, 14(3): 1288-1303", "期刊论文", "SCI", "3"),
        ("口服胰岛素纳米粒的黏液穿透与上皮转运机制研究", "俞晗玥, 钱一舟, 孙若曦, 钟韵秋*",
         "药学学报, 2023, 58(4): 901-909", "期刊论文", "CSCD; 北大核心", "12"),
        ("Bile acid-modified nanocrystals enhance the oral absorption of cyclosporine A",
         "Yu Hanyue, Zhou Qing, Qian Yizhou, et al.", "Journal of Controlled Release, 2022, 349: 612-625",
         "期刊论文", "SCI", "27"),
        ("一种口服多肽自微乳制剂及其制备方法", "俞晗玥, 钟韵秋", "中国发明专利, ZL202010999999.3, 2022-03-08",
         "专利", "", "0"),
        ("Oral delivery of GLP-1 analogues by zwitterionic micelles", "Yu Hanyue, Sun Ruoxi",
         "第十届全国药剂学学术会议, 南京, 2021", "会议摘要", "", "0"),
        ("Tumor-microenvironment-responsive liposomes co-deliver doxorubicin and a STING agonist",
         "Zhou Qing, Yu Hanyue*, Sun Ruoxi, Zhong Yunqiu", "Biomaterials, 2021, 276: 121033", "期刊论文", "SCI",
         "41"),
        ("Mucus-penetrating nanoparticles for oral peptide delivery: role of surface PEG density",
         "Yu Hanyue, Zhong Yunqiu, Lai Samuel K.", "Molecular Pharmaceutics, 2017, 14(9): 3001-3012", "期刊论文",
         "SCI", "66"),
    ]
    for i, (title, authors, src, kind, index, cited) in enumerate(items, 1):
        para = d.add_paragraph()
        r = para.add_run(f"{i}. {title}")
        r.font.color.rgb = RGBColor.from_string("2266BB")
        r.bold = True
        para.paragraph_format.space_after = Pt(0)
        p(f"作者：{authors}", size=9, after=0)
        p(f"来源：{src}", size=9, after=0)
        extra = f"    收录：{index}" if index else ""
        p(f"成果类型：{kind}{extra}    引用：{cited}", size=9, color="888888", after=6)
    p("注：# 共同第一作者；* 通讯作者。", size=9)
    d.core_properties.author = "yhy"
    d.save(FILES / F10)
    fix_docx(FILES / F10)


L10 = {
    "file": F10,
    "name": "俞晗玥",
    "name_any": ["Yu Hanyue", "Hanyue Yu"],
    "emails": ["yuhanyue@cpu.example.edu.cn"],
    "phones": ["+862555550196"],
    "links": [],
    "education": [edu("中国药科大学", "phd", "2012-09", "2017-06"),
                  edu("University of North Carolina at Chapel Hill", "other", "2015-10", "2016-10"),
                  edu("沈阳药科大学", "bachelor", "2008-09", "2012-06")],
    "experience": [job("中国药科大学", "副教授", "2023-01", "present"),
                   job("中国药科大学", "讲师", "2019-07", "2022-12"),
                   job("中国药科大学", "博士后", "2017-07", "2019-06")],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        pub("Ionizable lipid nanoparticles with a piperazine core for intramuscular mRNA vaccine delivery",
            "Acta Pharmaceutica Sinica B", 2024, True, "published"),
        pub("口服胰岛素纳米粒的黏液穿透与上皮转运机制研究", "药学学报", 2023, True, "published"),
        pub("Bile acid-modified nanocrystals enhance the oral absorption of cyclosporine A",
            "Journal of Controlled Release", 2022, True, "published"),
        pub("Tumor-microenvironment-responsive liposomes co-deliver doxorubicin and a STING agonist", "Biomaterials",
            2021, False, "published"),
        pub("Mucus-penetrating nanoparticles for oral peptide delivery: role of surface PEG density",
            "Molecular Pharmaceutics", 2017, True, "published"),
    ],
    "research_interests_any": ["纳米药物递送", "口服多肽与蛋白药物制剂", "肿瘤免疫治疗递药系统"],
    "awards_count": 2,
    "language": "zh",
    "layout": "Chinese 个人简历 in Word with a ScholarMate (科研之友) 成果 list pasted in, python-docx",
    "notes": "Word 个人简历: spaced title, a 3x4 info grid (姓名/职称/单位/邮箱/电话 '025-5555-0196' = +86 25 5555 "
             "0196/ORCID bare id, not a link), numbered Chinese headings 一、…五、 with 'YYYY.MM—YYYY.MM' rows "
             "(em dash) and '至今'. 硕博连读 = one PhD entry from the first year; the UNC year as 联合培养博士生 is "
             "an education entry of level other (heldout15); the 博士后 row with '（合作导师：…）' is labelled "
             "'博士后'. The 成果 list is a ScholarMate export pasted in: a grey summary line, then per item a blue "
             "bold numbered title, '作者：' (English papers with pinyin full names 'Yu Hanyue'), '来源：journal, "
             "year, vol(issue): pages', '成果类型：… 收录：… 引用：n'. Counted: the 5 期刊论文; the 专利 and the "
             "会议摘要 are not papers. First author 4: '#' co-first with the first author counts (APSB), and the "
             "three where she is listed first; Biomaterials has her as corresponding only. Awards 2 (获奖情况).",
}

# ---------------------------------------------------------------- 11 short CV + dblp-style publication list
F11 = "11_de_databases_postdoc_cv_dblp_style_chromium.pdf"

DBLP_CSS = """
@page { size: A4; margin: 14mm 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; color: #000; }
h1 { font-size: 17pt; margin: 0; } .sub { color: #444; margin-bottom: 8px; }
h2 { font-size: 11pt; background: #e8eef7; padding: 2px 6px; margin: 12px 0 4px 0; }
table.cv td { vertical-align: top; padding: 1px 10px 1px 0; } table.cv td:first-child { white-space: nowrap;
  color: #333; width: 120px; }
.yr { background: #7d848a; color: #fff; font-weight: bold; padding: 1px 6px; margin: 8px 0 3px 0; width: 40px; }
.e { display: flex; margin: 3px 0; }
.k { width: 16px; height: 12px; margin-right: 4px; flex-shrink: 0; }
.k.j { background: #c32b72; } .k.c { background: #196ad4; } .k.i { background: #6c3; } .k.b { background: #f8c91f; }
.lab { width: 32px; color: #555; flex-shrink: 0; }
.a { color: #0f4e8c; } .me { font-weight: bold; }
"""


def _dblp(kind, label, authors, title, venue):
    au = ", ".join(f'<span class="me">{a}</span>' if "Haferkamp" in a else f'<span class="a">{a}</span>'
                   for a in authors)
    return (f'<div class="e"><div class="k {kind}"></div><div class="lab">[{label}]</div><div>{au}:<br>'
            f'{title} {venue}</div></div>')


def build11():
    by_year = {
        "2024": [_dblp("i", "i1", ["Yara Lindemann", "Tilman Haferkamp-Osei"],
                       "Cost Models Are Not Dead: A Benchmark Study of Plan Quality.", "CoRR abs/2403.09999 (2024)"),
                 _dblp("c", "c6", ["Tilman Haferkamp-Osei", "Yara Lindemann", "Rasmus Quist"],
                       "Adaptive Join Ordering with Learned Cardinality Bounds.",
                       "Proc. ACM Manag. Data 2(3): 141 (2024)")],
        "2023": [_dblp("j", "j3", ["Tilman Haferkamp-Osei", "Rasmus Quist", "Yara Lindemann"],
                       "Worst-Case Optimal Joins on GPUs.", "Proc. VLDB Endow. 16(11): 3012-3025 (2023)"),
                 _dblp("c", "c5", ["Mei-Ling Brandstetter", "Tilman Haferkamp-Osei"],
                       "Compiling Queries to WebAssembly for In-Browser Analytics.", "CIDR 2023")],
        "2022": [_dblp("b", "b1", ["Tilman Haferkamp-Osei"],
                       "Robust Query Optimization for Main-Memory Database Systems.",
                       "Technical University of Munich, Germany, 2022"),
                 _dblp("c", "c4", ["Tilman Haferkamp-Osei", "Yara Lindemann"],
                       "Robust Query Optimization with Uncertainty Intervals.", "ICDE 2022: 1201-1214")],
        "2021": [_dblp("j", "j2", ["Rasmus Quist", "Tilman Haferkamp-Osei", "Mei-Ling Brandstetter"],
                       "Vectorized Hash Tables Revisited.", "VLDB J. 30(6): 987-1010 (2021)")],
        "2020": [_dblp("c", "c3", ["Tilman Haferkamp-Osei"], "Learned Cardinality Estimation for String Predicates.",
                       "SIGMOD Conference 2020: 2401-2403")],
        "2019": [_dblp("c", "c2", ["Yara Lindemann", "Tilman Haferkamp-Osei"], "Prefetching for Hash Joins on ARM.",
                       "DaMoN 2019: 5:1-5:8")],
        "2018": [_dblp("j", "j1", ["Tilman Haferkamp-Osei"], "Anfrageoptimierung in Hauptspeicherdatenbanken.",
                       "Datenbank-Spektrum 18(2): 101-109 (2018)")],
        "2017": [_dblp("c", "c1", ["Tilman Haferkamp-Osei", "Mei-Ling Brandstetter"],
                       "Sampling-based Join Size Estimation Revisited.", "BTW 2017: 211-230")],
    }
    pubs = "".join(f'<div class="yr">{y}</div>' + "".join(v) for y, v in by_year.items())
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CV Tilman Haferkamp-Osei</title>
<style>{DBLP_CSS}</style></head><body>
<h1>Dr. Tilman Haferkamp-Osei</h1>
<div class="sub">Postdoctoral Researcher · Chair for Database Systems · Technical University of Munich<br>
Boltzmannstr. 3, 85748 Garching · +49 89 5550 1723 · tilman.haferkamp-osei@in.tum.example.de<br>
https://db.in.tum.example.de/~haferkamp · dblp: https://dblp.org/pid/99/99999.html</div>
<h2>Positions</h2><table class="cv">
<tr><td>since 04/2022</td><td>Postdoctoral Researcher, Chair for Database Systems, Technical University of Munich</td></tr>
<tr><td>10/2017 – 03/2022</td><td>Research Associate (doctoral candidate), Technical University of Munich</td></tr>
<tr><td>06/2019 – 09/2019</td><td>Research Intern, Microsoft Gray Systems Lab, Madison, WI, USA</td></tr></table>
<h2>Education</h2><table class="cv">
<tr><td>10/2017 – 03/2022</td><td>Dr. rer. nat. (Informatics), Technical University of Munich, summa cum laude<br>
Thesis: Robust Query Optimization for Main-Memory Database Systems</td></tr>
<tr><td>10/2014 – 09/2017</td><td>M.Sc. Informatics, Technical University of Munich</td></tr>
<tr><td>10/2011 – 09/2014</td><td>B.Sc. Informatik, Universität Stuttgart</td></tr></table>
<h2>Research interests</h2><p>Query optimization, cardinality estimation, join algorithms, GPU-accelerated data
processing.</p>
<h2>Awards</h2><table class="cv"><tr><td>2020</td><td>ACM SIGMOD Student Research Competition, 2nd place</td></tr>
<tr><td>2017</td><td>Best Paper Award, BTW 2017</td></tr></table>
<h2>Teaching</h2><p>Exercise sessions for Database Systems on Modern CPU Architectures (SS 2018 – SS 2021); supervised
9 master's theses.</p>
<h2>Publications (list generated from dblp, 1 July 2024)</h2>
<p style="font-size:8pt;color:#555">[j] journal article &nbsp; [c] conference and workshop paper &nbsp; [b] book or
thesis &nbsp; [i] informal publication</p>
{pubs}
</body></html>"""
    html_to_pdf_chromium(html, FILES / F11, "11_dblp_cv.html")


L11 = {
    "file": F11,
    "name": "Tilman Haferkamp-Osei",
    "name_any": ["Dr. Tilman Haferkamp-Osei"],
    "emails": ["tilman.haferkamp-osei@in.tum.example.de"],
    "phones": ["+498955501723"],
    "links": ["https://db.in.tum.example.de/~haferkamp", "https://dblp.org/pid/99/99999.html"],
    "education": [edu("Technical University of Munich", "phd", "2017-10", "2022-03"),
                  edu("Technical University of Munich", "master", "2014-10", "2017-09"),
                  edu("Universität Stuttgart", "bachelor", "2011-10", "2014-09")],
    "experience": [job("Technical University of Munich", "Postdoctoral Researcher", "2022-04", "present"),
                   job("Technical University of Munich", "Research Associate (doctoral candidate)", "2017-10",
                       "2022-03"),
                   job("Microsoft Gray Systems Lab", "Research Intern", "2019-06", "2019-09")],
    "publications_count": 11,
    "first_author_count": 7,
    "publications_sample": [
        pub("Adaptive Join Ordering with Learned Cardinality Bounds.", "Proc. ACM Manag. Data", 2024, True,
            "published"),
        pub("Worst-Case Optimal Joins on GPUs.", "Proc. VLDB Endow.", 2023, True, "published"),
        pub("Compiling Queries to WebAssembly for In-Browser Analytics.", "CIDR", 2023, False, "published"),
        pub("Robust Query Optimization with Uncertainty Intervals.", "ICDE", 2022, True, "published"),
        pub("Vectorized Hash Tables Revisited.", "VLDB J.", 2021, False, "published"),
    ],
    "research_interests_any": ["Query optimization", "cardinality estimation", "join algorithms"],
    "awards_count": 2,
    "language": "en",
    "layout": "One-page short CV over a dblp-style publication list (year bars, coloured type squares, [j]/[c]/[b]/[i] "
              "keys), headless Chromium",
    "notes": "German CS postdoc: contact block with a Munich number '+49 89 5550 1723' (fiction range), home page "
             "and dblp URLs (both links). Positions and Education as 'MM/YYYY – MM/YYYY' tables, 'since 04/2022' = "
             "present; Dr. rer. nat. = phd; the doctoral Research Associate post is a job beside the degree. "
             "Publications are dblp's layout: grey year bars, a coloured square and a key per entry, authors (own "
             "name bold, others link-blue) then ':' and a line break, title ending in '.', dblp venue strings "
             "('Proc. VLDB Endow. 16(11): 3012-3025 (2023)', 'CIDR 2023', 'DaMoN 2019: 5:1-5:8', 'CoRR "
             "abs/2403.09999 (2024)'). Counted 11: 3 [j], 6 [c] (incl. the DaMoN workshop paper), the [b1] thesis "
             "and the [i1] CoRR preprint (= arXiv, status preprint; not sampled because dblp prints 'CoRR'). First "
             "author 7 (c6, j3, b1, c4, c3, j1, c1). dblp prints no status: published. Awards: a 2-row table. "
             "Teaching (exercise sessions) is not a separate job.",
}

# ---------------------------------------------------------------- 12 Hong Kong bilingual research-portal profile
F12 = "12_hk_bilingual_public_policy_asst_prof_scholars_hub_portal.pdf"

HUB_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Noto Sans CJK TC', 'Liberation Sans', sans-serif; font-size: 9pt; color: #222; }
.hb { background: #005a3c; color: #fff; padding: 7px 10px; font-size: 12pt; }
.hb small { float: right; font-size: 8.5pt; margin-top: 3px; }
.prof { display: flex; padding: 10px 0; border-bottom: 1px solid #ccc; }
.ph { width: 95px; height: 115px; background: #ddd; margin-right: 14px; }
.prof h1 { font-size: 15pt; margin: 0; } .prof .zh { font-size: 13pt; }
table.kv td { padding: 1px 8px 1px 0; font-size: 8.5pt; } table.kv td.k { color: #666; white-space: nowrap; }
.box { border: 1px solid #cfd8d3; margin: 8px 0; }
.box h2 { margin: 0; padding: 3px 8px; background: #e9f1ed; font-size: 10pt; color: #005a3c; }
.box .in { padding: 4px 8px; }
.it { padding: 3px 0; border-bottom: 1px dotted #ccc; } .it:last-child { border: none; }
.m { color: #666; font-size: 8pt; }
"""


def _hub(title, line, meta):
    return f'<div class="it"><b>{title}</b><div>{line}</div><div class="m">{meta}</div></div>'


def build12():
    outs = "".join([
        _hub("Nudging take-up of means-tested benefits: a field experiment with Hong Kong's Working Family Allowance",
             "Szeto, LC; Lim, JH; Ho, KC", "Output type: Journal article (manuscript) · Status: Under review · "
             "Journal of Public Administration Research and Theory"),
        _hub("Algorithmic eligibility screening and administrative burden in Hong Kong's social welfare system",
             "Szeto, LC; Ho, KC. <i>Public Administration Review</i>, 2024, v. 84, n. 2, p. 233-248",
             "Output type: Journal article · Status: Published · DOI: 10.1111/puar.99731 · 被引 Citations: 9"),
        _hub("Street-level discretion in the Community Care Service Voucher scheme",
             "Wong, TY; Szeto, LC. <i>Journal of Public Policy</i>, 2023, v. 43, n. 4, p. 701-722",
             "Output type: Journal article · Status: Published · DOI: 10.1017/S0143814X23999990"),
        _hub("香港公營房屋輪候制度的行政負擔：申請者經驗的混合方法研究",
             "司徒樂晴；何家俊.《公共行政評論》，2022年第3期，頁 45-67",
             "Output type: Journal article 期刊論文 · Status: Published · Language: 中文"),
        _hub("Policy capacity in post-2020 Hong Kong",
             "Ho, KC; Szeto, LC. In Routledge Handbook of Public Policy in Asia, 2022, p. 311-327. Routledge",
             "Output type: Book chapter 書章節 · Status: Published"),
        _hub("Administrative burden and the take-up of old-age living allowance",
             "Szeto, LC. <i>Governance</i>, 2021, v. 34, n. 3, p. 845-866",
             "Output type: Journal article · Status: Published · DOI: 10.1111/gove.99540"),
        _hub("Digital welfare in East Asia: a comparative view",
             "Szeto, LC. Paper presented at the APPAM International Conference, Hong Kong, 2023",
             "Output type: Conference presentation 會議報告 · Status: Presented"),
    ])
    html = f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>Dr SZETO Lok-ching, Clara |
Scholars Hub</title><style>{HUB_CSS}</style></head><body>
<div class="hb">The HKU Scholars Hub 港大學術庫<small>Researcher Page · Print view</small></div>
<div class="prof"><div class="ph"></div><div>
<h1>Dr SZETO Lok-ching, Clara <span class="zh">司徒樂晴博士</span></h1>
<div>Assistant Professor 助理教授, Department of Politics and Public Administration 政治與公共行政學系</div>
<table class="kv"><tr><td class="k">Email 電郵</td><td>clara.szeto@hku.example.hk</td></tr>
<tr><td class="k">Phone 電話</td><td>(852) 5550 0123</td></tr>
<tr><td class="k">Homepage</td><td>https://clarszeto.example.hk</td></tr>
<tr><td class="k">ORCID</td><td>0000-0001-5550-0123</td></tr></table></div></div>
<div class="box"><h2>Research Interests 研究興趣</h2><div class="in">Public administration; administrative burden and
welfare take-up; digital government; Hong Kong and East Asian social policy<br>
公共行政；行政負擔與福利領取；數碼政府；香港及東亞社會政策</div></div>
<div class="box"><h2>Employment 工作經歷</h2><div class="in">
{_hub('Assistant Professor 助理教授', 'The University of Hong Kong 香港大學, Department of Politics and Public Administration',
      'Aug 2020 – present 至今')}
{_hub('Postdoctoral Fellow 博士後研究員', 'Lee Kuan Yew School of Public Policy, National University of Singapore',
      'Sep 2018 – Jul 2020')}
{_hub('Research Officer 研究主任', 'Our Hong Kong Foundation 團結香港基金', 'Jul 2013 – Aug 2014')}
</div></div>
<div class="box"><h2>Education 學歷</h2><div class="in">
{_hub('PhD in Social Policy 社會政策哲學博士', 'London School of Economics and Political Science', '2014 – 2018')}
{_hub('Master of Public Administration (MPA) 公共行政碩士', 'The University of Hong Kong 香港大學', '2012 – 2013')}
{_hub('Bachelor of Social Science 社會科學學士', 'The Chinese University of Hong Kong 香港中文大學', '2008 – 2012')}
</div></div>
<div class="box"><h2>Grants 研究資助</h2><div class="in">
{_hub('Administrative burden in Hong Kong social assistance', 'RGC Early Career Scheme (ECS) 27699921 · PI · HK$ 612,000',
      '2022 – 2025')}</div></div>
<div class="box"><h2>Awards 獎項</h2><div class="in">
{_hub('Outstanding Young Researcher Award 傑出青年研究學者獎', 'The University of Hong Kong', '2023')}
{_hub('Best Doctoral Thesis Prize, Department of Social Policy', 'London School of Economics and Political Science',
      '2018')}</div></div>
<div class="box"><h2>Publications 著作 (7)</h2><div class="in">{outs}</div></div>
<div class="m" style="text-align:center">© 2024 The University of Hong Kong Libraries · Powered by DSpace-CRIS</div>
</body></html>"""
    html_to_pdf_chromium(html, FILES / F12, "12_scholars_hub.html")


L12 = {
    "file": F12,
    "name": "SZETO Lok-ching, Clara",
    "name_any": ["司徒樂晴", "Clara Szeto", "Szeto Lok-ching", "Clara Szeto Lok-ching", "Lok-ching Szeto",
                 "Dr SZETO Lok-ching, Clara", "SZETO Lok-ching"],
    "emails": ["clara.szeto@hku.example.hk"],
    "phones": ["+85255500123"],
    "links": ["https://clarszeto.example.hk"],
    "education": [edu("London School of Economics and Political Science", "phd", "2014", "2018"),
                  edu("The University of Hong Kong", "master", "2012", "2013"),
                  edu("The Chinese University of Hong Kong", "bachelor", "2008", "2012")],
    "experience": [job("The University of Hong Kong", "Assistant Professor", "2020-08", "present"),
                   job("National University of Singapore", "Postdoctoral Fellow", "2018-09", "2020-07"),
                   job("Our Hong Kong Foundation", "Research Officer", "2013-07", "2014-08")],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        pub("Algorithmic eligibility screening and administrative burden in Hong Kong's social welfare system",
            "Public Administration Review", 2024, True, "published"),
        pub("Street-level discretion in the Community Care Service Voucher scheme", "Journal of Public Policy", 2023,
            False, "published"),
        pub("香港公營房屋輪候制度的行政負擔：申請者經驗的混合方法研究", "公共行政評論", 2022, True, "published"),
        pub("Administrative burden and the take-up of old-age living allowance", "Governance", 2021, True,
            "published"),
        pub("Nudging take-up of means-tested benefits: a field experiment with Hong Kong's Working Family Allowance",
            "Journal of Public Administration Research and Theory", None, True, "under review"),
    ],
    "research_interests_any": ["Public administration", "administrative burden", "digital government"],
    "awards_count": 2,
    "language": "zh-Hant+en",
    "layout": "Hong Kong university research-portal researcher page (DSpace-CRIS 'Scholars Hub' look), bilingual "
              "labels, headless Chromium",
    "notes": "Bilingual research-portal page: green bar, photo box, 'Dr SZETO Lok-ching, Clara 司徒樂晴博士' (Hong Kong "
             "order SURNAME Given-name, English name after the comma; name_any lists the orders and the Chinese "
             "name), bilingual label/value rows (Email 電郵, Phone 電話 '(852) 5550 0123', Homepage = link, a bare "
             "ORCID id = no link). Boxes with bilingual headings: Research Interests (English line then Chinese "
             "line), Employment and Education as title / organisation / dates items ('Aug 2020 – present 至今'; "
             "education years only), organisations labelled with the English names (LKY School labelled 'National "
             "University of Singapore'). RGC ECS grant is not an award; Awards 2. Publications (7): portal "
             "metadata lines 'Output type: … · Status: …'; the 'Conference presentation' is not a paper; the "
             "manuscript 'Status: Under review' counts: 6, first author 4 (PAR, 公共行政評論, Governance, the "
             "under-review JPART paper). Authors in 'Szeto, LC; Ho, KC' form; the Chinese paper uses 《》 and "
             "'2022年第3期'; the chapter (venue = the handbook) is not sampled.",
}

# ---------------------------------------------------------------- 13 plain-text short CV + PubMed bibliography pasted
F13 = "13_us_neuroscience_postdoc_short_cv_with_pubmed_refs.txt"

TXT13 = """MIREILLE DELACROIX-AMPOFO, PhD
Postdoctoral Research Fellow, Department of Neurobiology, Harvard Medical School
220 Longwood Avenue, Boston, MA 02115  |  mdelacroix@hms.example.edu  |  (617) 555-0134

CURRENT POSITION
2021-present   Postdoctoral Research Fellow, Harvard Medical School, Department of Neurobiology
               (lab of Dr. J. T. Renner). Thalamocortical circuits for attention; Neuropixels recordings
               and closed-loop optogenetics in mice.

EDUCATION
2016-2021      PhD, Neurosciences Graduate Program, University of California San Diego
               Dissertation: "Burst firing in the higher-order thalamus and cortical state"
2012-2016      BSc (Honours) Physiology, McGill University, Montreal

RESEARCH EXPERIENCE (BEFORE GRADUATE SCHOOL)
Summer 2015    Undergraduate summer researcher, Montreal Neurological Institute

FUNDING
2022-2025      NIH NIMH F32 Ruth L. Kirschstein NRSA Postdoctoral Fellowship (F32 MH139999)

HONORS
2021           Outstanding Dissertation Award, UCSD Neurosciences Graduate Program
2019           Society for Neuroscience Trainee Professional Development Award

RESEARCH INTERESTS
Thalamocortical circuits; attention and cortical state; large-scale electrophysiology; closed-loop optogenetics

BIBLIOGRAPHY
(Exported from Europe PMC, "My bibliography", 1 July 2024; text format. *co-first author added by hand.)

1. Delacroix-Ampofo M, Saeki H, Gallardo-Paz R, Renner JT.
Thalamic bursts gate the transition between cortical states during sustained attention.
Neuron. 2024 Mar 6;112(5):812-829.e9. doi: 10.1016/j.neuron.2024.99.015. Epub 2024 Jan 11.
PMID: 38299991

2. Delacroix-Ampofo M, Renner JT.
A closed-loop optogenetic platform for state-dependent thalamic stimulation in freely moving mice.
bioRxiv [Preprint]. 2024 Feb 2:2024.01.30.577999. doi: 10.1101/2024.01.30.577999.
PMID: 38352999; PMCID: PMC10862999.

3. Saeki H*, Delacroix-Ampofo M*, Varga T, Okonkwo-Hart L, Renner JT.
Pulvinar activity predicts perceptual report in a visual detection task.
Nat Neurosci. 2023 Oct;26(10):1789-1801. doi: 10.1038/s41593-023-99421-8. Epub 2023 Aug 28.
PMID: 37640999

4. Renner JT, Delacroix-Ampofo M, Gallardo-Paz R.
Thalamic control of cortical dynamics: lessons from higher-order nuclei.
J Neurosci. 2022 Nov 9;42(45):8452-8460. doi: 10.1523/JNEUROSCI.9999-22.2022.
PMID: 36351999; PMCID: PMC9665999.

5. Delacroix-Ampofo M, Okonkwo-Hart L, Varga T.
Higher-order thalamic bursts track arousal fluctuations in head-fixed mice.
Elife. 2021 Jun 15;10:e66999. doi: 10.7554/eLife.66999.
PMID: 34128999; PMCID: PMC8205999.

6. Gallardo-Paz R, Varga T, Delacroix-Ampofo M, Lindqvist-Oyo S.
Membrane properties of mouse posterior medial thalamic neurons across development.
Curr Biol. 2019 Dec 16;29(24):4230-4239.e3. doi: 10.1016/j.cub.2019.99.021. Epub 2019 Nov 21.
PMID: 31813999

MANUSCRIPTS IN REVISION (not in Europe PMC)
7. Delacroix-Ampofo M, Varga T, Renner JT. Cholinergic modulation of thalamic burst gating.
In revision at Cell Reports.

REFERENCES
Dr. J. T. Renner (postdoctoral mentor), Harvard Medical School - jt.renner@hms.example.edu
Dr. R. Gallardo-Paz (PhD advisor), UC San Diego - rgallardo@ucsd.example.edu
"""


def build13():
    (SRC / "13_short_cv_pubmed.txt").write_text(TXT13, encoding="utf-8")
    (FILES / F13).write_text(TXT13, encoding="utf-8")


L13 = {
    "file": F13,
    "name": "Mireille Delacroix-Ampofo",
    "name_any": ["MIREILLE DELACROIX-AMPOFO", "Mireille Delacroix-Ampofo, PhD"],
    "emails": ["mdelacroix@hms.example.edu"],
    "phones": ["+16175550134"],
    "links": [],
    "education": [edu("University of California San Diego", "phd", "2016", "2021"),
                  edu("McGill University", "bachelor", "2012", "2016")],
    "experience": [job("Harvard Medical School", "Postdoctoral Research Fellow", "2021", "present"),
                   job("Montreal Neurological Institute", "Undergraduate summer researcher", "2015", "2015")],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        pub("Thalamic bursts gate the transition between cortical states during sustained attention", "Neuron", 2024,
            True, "published"),
        pub("A closed-loop optogenetic platform for state-dependent thalamic stimulation in freely moving mice",
            "bioRxiv", 2024, True, "preprint"),
        pub("Pulvinar activity predicts perceptual report in a visual detection task", "Nat Neurosci", 2023, True,
            "published"),
        pub("Thalamic control of cortical dynamics: lessons from higher-order nuclei", "J Neurosci", 2022, False,
            "published"),
        pub("Membrane properties of mouse posterior medial thalamic neurons across development", "Curr Biol", 2019,
            False, "published"),
    ],
    "research_interests_any": ["Thalamocortical circuits", "attention and cortical state",
                               "large-scale electrophysiology"],
    "awards_count": 2,
    "language": "en",
    "layout": "Plain-text short CV with a Europe PMC / PubMed 'Summary (text)' bibliography pasted under it",
    "notes": "TXT: upper-case name line with ', PhD', a contact line with '|' separators and '(617) 555-0134', "
             "upper-case headings, a date column 'YYYY-present' / 'Summer 2015' (= 2015-2015) with wrapped "
             "continuation lines. The bibliography is the PubMed/Europe PMC text export: numbered, authors line, "
             "title line, 'Abbrev Journal. YYYY Mon D;vol(issue):pages. doi … Epub …', 'PMID: …; PMCID: …'. "
             "Venues are the NLM abbreviations as printed (Nat Neurosci, J Neurosci, Curr Biol, 'Elife'). The "
             "bioRxiv '[Preprint]' = preprint. '*' co-first marks added by hand on item 3 (she is second, "
             "co-first -> first author). Item 7 'In revision at Cell Reports' = under review. 7 papers, first "
             "author 5 (1, 2, 3, 5, 7). The F32 NRSA is under FUNDING (a grant, not an award); HONORS: 2. The "
             "referees' e-mails are not the candidate's.",
}
