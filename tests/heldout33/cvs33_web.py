"""08 (a faculty profile web page printed by HTMLDOC) and 02 (an Interfolio-like dossier export by xhtml2pdf)."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kit33 import FILES, E, J, P, pin_pdf, run, write_label, write_src

HTML08 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dr. Kavitha Ramanathan-Iyer | Faculty | Department of Civil Engineering</title>
<meta name="author" content="Webmaster, Dept. of Civil Engineering"></head>
<body>
<table width="100%" bgcolor="#0b3d6b"><tr><td><font color="#ffffff" size="+1"><b>NATIONAL INSTITUTE OF TECHNOLOGY
TIRUCHIRAPPALLI</b></font><br><font color="#ffffff" size="-1">Department of Civil Engineering</font></td></tr></table>
<p><font size="-1">Home | About | Academics | Research | <b>People</b> | Facilities | Placements | Contact | Intranet</font></p>
<p><font size="-1">You are here: Home &gt; People &gt; Faculty &gt; Dr. Kavitha Ramanathan-Iyer</font></p>
<hr>
<h1>Dr. Kavitha Ramanathan-Iyer</h1>
<p><b>Assistant Professor (Grade I)</b><br>
Department of Civil Engineering, NIT Tiruchirappalli, Tamil Nadu 620015<br>
Phone: +91 431 250 0147 (Office) &nbsp; Email: kavitha.ri@nitt.example.edu<br>
Google Scholar: https://scholar.google.example.com/citations?user=kRIyer0AAAAJ</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%"><b>Areas of Interest</b></td><td>Geotechnical earthquake engineering; liquefaction of
silty sands; ground improvement; soil-structure interaction</td></tr>
<tr><td><b>Staff Type</b></td><td>Teaching</td></tr>
</table>
<h2>Educational Qualification</h2>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr bgcolor="#dde6ef"><th>Degree</th><th>Specialisation</th><th>Institution</th><th>Year</th></tr>
<tr><td>Ph.D.</td><td>Geotechnical Engineering</td><td>Indian Institute of Technology Madras</td><td>2014 - 2019</td></tr>
<tr><td>M.Tech.</td><td>Geotechnical Engineering</td><td>Indian Institute of Technology Roorkee</td><td>2011 - 2013</td></tr>
<tr><td>B.E.</td><td>Civil Engineering</td><td>College of Engineering, Guindy, Anna University</td><td>2007 - 2011</td></tr>
</table>
<h2>Experience</h2>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr bgcolor="#dde6ef"><th>Designation</th><th>Organisation</th><th>From</th><th>To</th></tr>
<tr><td>Assistant Professor (Grade I)</td><td>NIT Tiruchirappalli</td><td>Jul 2022</td><td>Till date</td></tr>
<tr><td>Assistant Professor (Grade II)</td><td>NIT Tiruchirappalli</td><td>Jul 2019</td><td>Jun 2022</td></tr>
<tr><td>Assistant Engineer (Design)</td><td>Larsen &amp; Toubro Construction, Chennai</td><td>Jul 2013</td><td>Jun 2014</td></tr>
</table>
<h2>Publications</h2>
<h3>Journals</h3>
<ol>
<li>K. Ramanathan-Iyer, S. Venkatraman and A. Thirunavukkarasu, "Cyclic resistance of non-plastic silty sands
from the Chennai coast," <i>Soil Dynamics and Earthquake Engineering</i>, vol. 182, 108731, 2024.</li>
<li>K. Ramanathan-Iyer and S. Venkatraman, "Effect of fines content on shear-wave velocity based liquefaction
triggering," <i>Journal of Geotechnical and Geoenvironmental Engineering (ASCE)</i>, vol. 149, no. 9, 2023.</li>
<li>P. Selvakumar, K. Ramanathan-Iyer, "Microbially induced calcite precipitation in coastal sands: column
tests," <i>Geotechnique Letters</i>, vol. 12, pp. 201-208, 2022.</li>
<li>K. Ramanathan-Iyer, S. Venkatraman, "Dynamic response of pile groups in liquefiable ground: 1-g shake table
study," <i>Indian Geotechnical Journal</i>, vol. 50, pp. 1012-1027, 2020.</li>
<li>R. Mohanasundaram, K. Ramanathan-Iyer, "Stone columns under seismic loading: a numerical study,"
<i>International Journal of Geomechanics</i>, accepted, 2025.</li>
</ol>
<h3>Conferences</h3>
<ol>
<li>K. Ramanathan-Iyer, "Liquefaction case histories from the 2001 Bhuj earthquake revisited," Proc. Indian
Geotechnical Conference (IGC 2023), Roorkee, Dec 2023.</li>
<li>A. Dhanapal, K. Ramanathan-Iyer, "Centrifuge modelling of lateral spreading," Proc. 17th World Conference
on Earthquake Engineering (17WCEE), Sendai, 2021.</li>
</ol>
<h2>Sponsored Projects</h2>
<p>SERB Start-up Research Grant SRG/2020/001990 (PI), Rs. 28.6 lakhs, 2020-2023.</p>
<h2>Awards and Honours</h2>
<ul><li>IGS Young Geotechnical Engineer Award, Indian Geotechnical Society, 2024</li>
<li>Institute Best Thesis Award, IIT Madras, 2020</li></ul>
<h2>Courses Handled</h2>
<p>CE201 Soil Mechanics; CE302 Foundation Engineering; CE611 Soil Dynamics (PG)</p>
<hr>
<p><font size="-1">&copy; 2026 National Institute of Technology Tiruchirappalli. All rights reserved. | Sitemap |
Disclaimer | Feedback to webmaster: webmaster-civil@nitt.example.edu<br>Last updated: 14-10-2026 | Visitors: 48213</font></p>
</body></html>
"""


def build_08() -> None:
    out = FILES / "08_in_civil_engineering_asstprof_faculty_page_htmldoc.pdf"
    src = write_src("08_faculty_page.html", HTML08)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        run(["htmldoc", "--webpage", "--size", "A4", "--fontsize", "10", "--header", "t.D", "--footer", "..1",
             "-f", str(tmp / "p.pdf"), str(src)])
        shutil.copy(tmp / "p.pdf", out)
    pin_pdf(out)
    write_label(
        out.name,
        name="Kavitha Ramanathan-Iyer",
        name_any=["Dr. Kavitha Ramanathan-Iyer"],
        emails=["kavitha.ri@nitt.example.edu"],
        phones=["+914312500147"],
        links=["https://scholar.google.example.com/citations?user=kRIyer0AAAAJ"],
        education=[E("Indian Institute of Technology Madras", "phd", "2014", "2019"),
                   E("Indian Institute of Technology Roorkee", "master", "2011", "2013"),
                   E("College of Engineering, Guindy, Anna University", "bachelor", "2007", "2011")],
        experience=[J("NIT Tiruchirappalli", "Assistant Professor (Grade I)", "2022-07", "present"),
                    J("NIT Tiruchirappalli", "Assistant Professor (Grade II)", "2019-07", "2022-06"),
                    J("Larsen & Toubro Construction", "Assistant Engineer (Design)", "2013-07", "2014-06")],
        publications_count=7,
        first_author_count=4,
        publications_sample=[
            P("Cyclic resistance of non-plastic silty sands from the Chennai coast",
              "Soil Dynamics and Earthquake Engineering", 2024, True, "published"),
            P("Microbially induced calcite precipitation in coastal sands: column tests", "Geotechnique Letters",
              2022, False, "published"),
            P("Stone columns under seismic loading: a numerical study", "International Journal of Geomechanics",
              2025, False, "accepted"),
            P("Liquefaction case histories from the 2001 Bhuj earthquake revisited", "IGC 2023", 2023, True,
              "published"),
        ],
        research_interests_any=["Geotechnical earthquake engineering", "liquefaction of silty sands",
                                "ground improvement", "soil-structure interaction"],
        awards_count=2,
        language="en",
        layout="An Indian institute's faculty-profile web page printed to PDF by HTMLDOC 1.9 (--webpage): "
               "institute banner, navigation bar, breadcrumb, label tables for education and experience, "
               "numbered journal and conference lists, site footer; HTMLDOC's header (page title, date) and "
               "footer (page number) on every page",
        notes="The site's navigation ('Home | About | … | Intranet'), breadcrumb, footer (copyright, webmaster "
              "e-mail, 'Last updated', visitor counter) and HTMLDOC's running header with the page title are not "
              "CV content; the webmaster address is not the candidate's. Office phone '+91 431 250 0147'. The "
              "Google Scholar line is a link. Education and experience as 4-column tables; 'Till date' = present; "
              "two grades of Assistant Professor at one institute are two jobs. Publications: 5 journal + 2 "
              "conference = 7; first author: J1, J2, J4 and C1 = 4; J5 'accepted, 2025' = accepted with year "
              "2025; conference venue labelled by its short name (IGC 2023). Sponsored project (SERB grant) is "
              "not an award; awards: IGS young engineer award and best thesis award = 2. Courses are teaching.",
    )

HTML02 = """<html><head><meta charset="utf-8"><title>Interfolio Dossier Delivery</title>
<style>
@page { size: letter; margin: 1.6cm; @frame footer { -pdf-frame-content: foot; bottom: 0.6cm; height: 0.8cm; } }
body { font-family: Helvetica; font-size: 9.5pt; }
.bar { background-color: #1b5e7a; color: white; padding: 6px; font-size: 12pt; }
td.k { color: #555555; width: 32%; } h2 { font-size: 11pt; border-bottom: 1px solid #333; margin-top: 10px; }
h1 { font-size: 16pt; text-align: center; } .c { text-align: center; }
</style></head><body>
<div id="foot" style="font-size:7.5pt;color:#777777">Delivered via Interfolio Dossier · Delivery ID 7Q2-118-40931 ·
Confidential: for use of the search committee only · page <pdf:pagenumber> of <pdf:pagecount></div>
<div class="bar"><b>interfolio</b> &nbsp;|&nbsp; Dossier Delivery</div>
<table cellpadding="3">
<tr><td class="k">Delivered to:</td><td>Search Committee, Department of History, University of Kansas</td></tr>
<tr><td class="k">Position:</td><td>Assistant Professor of Early Modern European History (JO-4471)</td></tr>
<tr><td class="k">Applicant name:</td><td>Callum Fairweather-Osei</td></tr>
<tr><td class="k">Applicant email:</td><td>c.fairweather-osei@example.ac.uk</td></tr>
<tr><td class="k">Highest degree:</td><td>PhD, History (2023)</td></tr>
<tr><td class="k">Current employer:</td><td>University of St Andrews</td></tr>
<tr><td class="k">Delivered on:</td><td>November 2, 2026 11:42 AM EST</td></tr>
<tr><td class="k">Documents:</td><td>1. Curriculum Vitae (uploaded 10/30/2026, 2 pages) &nbsp; 2. Confidential letters (3):
Prof. Hester Vannoy-Ellis (vannoy@st-andrews.example.ac.uk), Dr. Piers Lockhart-Mensah, Prof. Anneliese Kroon</td></tr>
</table>
<pdf:nextpage />
<h1>CALLUM FAIRWEATHER-OSEI</h1>
<p class="c">School of History, University of St Andrews, St Katharine's Lodge, St Andrews KY16 9BA, UK<br/>
+44 7700 900 431 · c.fairweather-osei@example.ac.uk · https://cfairweatherosei.example.net</p>
<h2>Employment</h2>
<table cellpadding="2">
<tr><td width="22%">2024–present</td><td>Lecturer in Early Modern History (fixed-term), University of St Andrews</td></tr>
<tr><td>2023–2024</td><td>Leverhulme Early Career Fellow, University of Edinburgh</td></tr>
<tr><td>2021–2023</td><td>Graduate Teaching Assistant, University of Cambridge (Faculty of History)</td></tr>
</table>
<h2>Education</h2>
<table cellpadding="2">
<tr><td width="22%">2019–2023</td><td>PhD, History, University of Cambridge (Trinity Hall). Dissertation: "Merchants of
the Dutch Sound: credit and kinship in Dundee, 1580–1640"</td></tr>
<tr><td>2018–2019</td><td>MPhil, Early Modern History, University of Cambridge</td></tr>
<tr><td>2015–2018</td><td>MA (Hons) History, University of Glasgow, First Class</td></tr>
</table>
<h2>Research Interests</h2>
<p>Early modern Scotland and the North Sea world; mercantile credit; kinship and gender in trade; archival digitisation.</p>
<h2>Publications</h2>
<p><i>Monograph</i></p>
<p>1. <i>Merchants of the Dutch Sound: Credit and Kinship in Early Modern Dundee</i> (Woodbridge: Boydell &amp;
Brewer, under contract; manuscript due 2027).</p>
<p><i>Peer-reviewed articles</i></p>
<p>2. "Widows, bonds and the Dundee staple, 1590–1625", <i>Scottish Historical Review</i> 104:2 (2025), 211–238.</p>
<p>3. "Letters of exchange between Veere and Dundee: a new source", <i>Northern Scotland</i> 14 (2023), 45–67.</p>
<p>4. (with Hester Vannoy-Ellis) "Counting ships in the Sound Toll Registers", <i>Economic History Review</i>,
forthcoming 2027.</p>
<p><i>Book chapters</i></p>
<p>5. "Kin as collateral", in M. Ahlgren and T. Okoro (eds), <i>Credit Cultures in Northern Europe, 1500–1700</i>
(Leiden: Brill, 2024), 88–112.</p>
<h2>Fellowships and Awards</h2>
<p>Leverhulme Trust Early Career Fellowship (2023) · Royal Historical Society Alexander Prize, proxime accessit
(2024) · AHRC Doctoral Training Partnership studentship (2019–2023)</p>
<h2>Teaching</h2>
<p>Scotland and Europe, 1500–1707 (honours module, convener); Early Modern Britain survey (tutor); MLitt
palaeography workshop.</p>
<h2>Languages</h2><p>Dutch (reading), Latin, French (reading), Early Modern Scots palaeography.</p>
</body></html>
"""


def build_02() -> None:
    from xhtml2pdf import pisa

    out = FILES / "02_uk_history_lecturer_interfolio_dossier_xhtml2pdf.pdf"
    write_src("02_interfolio.html", HTML02)
    with open(out, "wb") as f:
        pisa.CreatePDF(HTML02, dest=f, encoding="utf-8")
    pin_pdf(out)
    write_label(
        out.name,
        name="Callum Fairweather-Osei",
        name_any=["CALLUM FAIRWEATHER-OSEI"],
        emails=["c.fairweather-osei@example.ac.uk"],
        phones=["+447700900431"],
        links=["https://cfairweatherosei.example.net"],
        education=[E("University of Cambridge", "phd", "2019", "2023"),
                   E("University of Cambridge", "master", "2018", "2019"),
                   E("University of Glasgow", "bachelor", "2015", "2018")],
        experience=[J("University of St Andrews", "Lecturer in Early Modern History", "2024", "present"),
                    J("University of Edinburgh", "Leverhulme Early Career Fellow", "2023", "2024"),
                    J("University of Cambridge", "Graduate Teaching Assistant", "2021", "2023")],
        publications_count=5,
        first_author_count=None,
        publications_sample=[
            P("Merchants of the Dutch Sound: Credit and Kinship in Early Modern Dundee", "Boydell & Brewer", None,
              None, None),
            P("Widows, bonds and the Dundee staple, 1590-1625", "Scottish Historical Review", 2025, None,
              "published"),
            P("Counting ships in the Sound Toll Registers", "Economic History Review", 2027, None, "in press"),
            P("Kin as collateral", "Credit Cultures in Northern Europe, 1500-1700", 2024, None, "published"),
        ],
        research_interests_any=["Early modern Scotland", "mercantile credit", "kinship and gender in trade"],
        awards_count=3,
        language="en",
        layout="An Interfolio-like 'Dossier Delivery' export made with xhtml2pdf (ReportLab): a portal cover page "
               "with form labels (Delivered to / Position / Applicant name / Applicant email / Highest degree / "
               "Current employer / Documents with the letter writers), then the uploaded CV; footer with the "
               "delivery ID and 'page n of N' on every page",
        notes="Page 1 is the portal's cover sheet: its 'Applicant name/email' repeat the CV's; 'Highest degree' and "
              "'Current employer' summarise the CV (not extra entries); the position and committee are the post "
              "applied for; the letter writers (one with an e-mail) are not the candidate's. UK fiction mobile "
              "07700 900431. Dates are year ranges in a table column. The Leverhulme ECF is a post (a job) and "
              "also listed as a fellowship (an award, per heldout15's rule for funded fellow posts). The MA (Hons) "
              "from Glasgow is the Scottish first degree (bachelor). Publications: the owner's name is omitted "
              "(humanities style), so first authorship is not scored; 5 items: a monograph 'under contract' "
              "(status unknown, null; venue = the publisher), two articles, a co-authored article 'forthcoming "
              "2027' (in press, 2027), and a chapter (venue = the edited book). Awards: Leverhulme fellowship, RHS "
              "Alexander Prize proxime accessit, AHRC studentship = 3.",
    )

HTML03 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>湖南大学人才招聘系统 - 应聘报名表（打印预览）</title>
<style>
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; color: #222; }
.top { background: #8a1c1c; color: #fff; padding: 6px 10px; display: flex; justify-content: space-between; }
.nav { font-size: 9pt; color: #555; border-bottom: 1px solid #ccc; padding: 4px 0; margin-bottom: 6px; }
h1 { font-size: 15pt; text-align: center; margin: 8px 0; }
table.f { border-collapse: collapse; width: 100%; }
table.f td, table.f th { border: 1px solid #999; padding: 4px 5px; font-size: 9.5pt; }
table.f td.k { background: #f3efe6; width: 15%; white-space: nowrap; }
table.f th { background: #e9e1cf; }
.photo { width: 22mm; height: 30mm; border: 1px dashed #999; text-align: center; color: #999; font-size: 8pt; }
.att { margin-top: 10px; border: 1px solid #bbb; padding: 8px 12px; }
.att .h { background: #eee; margin: -8px -12px 8px; padding: 4px 12px; font-size: 9pt; color: #555; }
.cv h2 { font-size: 11pt; border-bottom: 2px solid #8a1c1c; margin: 10px 0 4px; }
.cv p { margin: 2px 0; }
.row { display: flex; } .row .d { width: 38mm; flex: none; }
.foot { font-size: 8pt; color: #777; text-align: center; margin-top: 10px; border-top: 1px solid #ccc; }
</style></head><body>
<div class="top"><b>湖南大学人才招聘系统</b><span>欢迎您，乔铭远 ｜ 我的申请 ｜ 修改密码 ｜ 退出</span></div>
<div class="nav">首页 &gt; 岗位列表 &gt; 材料科学与工程学院 &gt; 我的申请 &gt; 报名表打印</div>
<h1>湖南大学2026年教师岗位应聘报名表</h1>
<p style="font-size:9pt">报名编号：HNU-2026-JS-03127　　　提交时间：2026-10-31 16:22:05　　　审核状态：<b>学院初审中</b></p>
<table class="f">
<tr><td class="k">应聘岗位</td><td colspan="3">材料科学与工程学院 · 助理教授（预聘-长聘）· 能源材料方向</td>
<td rowspan="4" class="photo">照片<br>（已上传）</td></tr>
<tr><td class="k">姓名</td><td>乔铭远</td><td class="k">性别</td><td>男</td></tr>
<tr><td class="k">出生年月</td><td>1994-07</td><td class="k">国籍/民族</td><td>中国 / 汉族</td></tr>
<tr><td class="k">最高学历</td><td>博士研究生</td><td class="k">最高学位</td><td>工学博士</td></tr>
<tr><td class="k">毕业院校</td><td>中南大学</td><td class="k">所学专业</td><td colspan="2">材料科学与工程</td></tr>
<tr><td class="k">现工作单位</td><td>深圳大学</td><td class="k">现职务/职称</td><td colspan="2">博士后</td></tr>
<tr><td class="k">手机号码</td><td>155-5507-3190</td><td class="k">电子邮箱</td><td colspan="2">qiaomy_mse@example.cn</td></tr>
<tr><td class="k">推荐人</td><td colspan="4">王立诚 教授（中南大学，wanglc@example.cn）；黎秋菡 研究员（深圳大学，liqh@example.cn）</td></tr>
</table>
<table class="f" style="margin-top:6px">
<tr><th colspan="4">学习经历（从本科填起）</th></tr>
<tr><th>起止时间</th><th>学校</th><th>专业</th><th>学历/学位</th></tr>
<tr><td>2017-09 至 2022-06</td><td>中南大学</td><td>材料科学与工程</td><td>博士研究生/工学博士</td></tr>
<tr><td>2020-10 至 2021-10</td><td>新加坡国立大学（国家公派联合培养）</td><td>材料科学与工程</td><td>联合培养博士生</td></tr>
<tr><td>2013-09 至 2017-06</td><td>湘潭大学</td><td>材料物理</td><td>本科/工学学士</td></tr>
</table>
<table class="f" style="margin-top:6px">
<tr><th colspan="3">工作经历</th></tr>
<tr><th>起止时间</th><th>工作单位</th><th>职务/职称</th></tr>
<tr><td>2022-07 至今</td><td>深圳大学 材料学院</td><td>博士后（合作导师：黎秋菡研究员）</td></tr>
</table>
<div class="att"><div class="h">附件：个人简历（乔铭远_简历.pdf，已上传 1.2 MB）— 系统解析预览</div>
<div class="cv">
<p style="text-align:center;font-size:14pt"><b>乔铭远</b></p>
<p style="text-align:center">电话：155-5507-3190 ｜ 邮箱：qiaomy_mse@example.cn ｜ 主页：https://qiaomy.example.cn</p>
<h2>研究方向</h2><p>钠离子电池正极材料；固态电解质界面；原位表征</p>
<h2>教育背景</h2>
<div class="row"><span class="d">2017.09—2022.06</span><span>中南大学 材料科学与工程 工学博士（导师：王立诚教授）</span></div>
<div class="row"><span class="d">2020.10—2021.10</span><span>新加坡国立大学 国家公派联合培养博士生</span></div>
<div class="row"><span class="d">2013.09—2017.06</span><span>湘潭大学 材料物理 工学学士</span></div>
<h2>工作经历</h2>
<div class="row"><span class="d">2022.07—至今</span><span>深圳大学 材料学院 博士后</span></div>
<h2>代表性论文（*通讯作者，#共同第一作者）</h2>
<p>[1] Qiao M.Y., Li Q.H.*, Wang L.C. Layered oxide cathodes with suppressed P2–O2 transition for sodium-ion
batteries. <i>Advanced Energy Materials</i>, 2025, 15: 2403318.</p>
<p>[2] Qiao M.Y.#, Deng S.#, Wang L.C.* Interfacial chemistry of NASICON electrolytes probed by operando XPS.
<i>ACS Energy Letters</i>, 2023, 8: 4102-4110.</p>
<p>[3] Deng S., Qiao M.Y., Tan K.W.* Fluorinated binders for high-voltage sodium cathodes. <i>Journal of Power
Sources</i>, 2022, 541: 231688.</p>
<p>[4] 乔铭远, 王立诚*. 钠离子电池层状氧化物正极的研究进展[J]. 中国有色金属学报, 2021, 31(5): 1203-1218.</p>
<p>[5] Qiao M.Y., Li Q.H.* Entropy-stabilized Prussian blue analogues for long-life sodium storage.
<i>Angewandte Chemie International Edition</i>, 已接收 (2026).</p>
<h2>科研项目</h2>
<p>国家自然科学基金青年科学基金项目（52402000），主持，2025.01—2027.12；中国博士后科学基金面上资助，主持，2023</p>
<h2>荣誉奖励</h2>
<p>2024 深圳市海外高层次人才（C类）认定 ｜ 2022 中南大学优秀博士学位论文 ｜ 2021 博士研究生国家奖学金</p>
<h2>发明专利</h2>
<p>一种钠离子电池层状正极材料及其制备方法，ZL 2023 1 0000000.0（第一发明人，已授权）</p>
</div></div>
<div class="foot">湖南大学人事处 版权所有 ｜ 地址：湖南省长沙市岳麓区麓山南路 ｜ 技术支持：0731-8555 0000 ｜ 第 1 页</div>
</body></html>
"""


def build_03() -> None:
    out = FILES / "03_zh_materials_asstprof_recruitment_system_form_chromium.pdf"
    src = write_src("03_baomingbiao.html", HTML03)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp}/profile", f"--print-to-pdf={tmp}/p.pdf", src.as_uri()])
        shutil.copy(tmp / "p.pdf", out)
    pin_pdf(out)
    write_label(
        out.name,
        name="乔铭远",
        name_any=["Qiao Mingyuan", "Mingyuan Qiao"],
        emails=["qiaomy_mse@example.cn"],
        phones=["+8615555073190"],
        links=["https://qiaomy.example.cn"],
        education=[E("中南大学", "phd", "2017-09", "2022-06"),
                   E("新加坡国立大学", "other", "2020-10", "2021-10"),
                   E("湘潭大学", "bachelor", "2013-09", "2017-06")],
        experience=[J("深圳大学", "博士后", "2022-07", "present")],
        publications_count=5,
        first_author_count=4,
        publications_sample=[
            P("Layered oxide cathodes with suppressed P2–O2 transition for sodium-ion batteries",
              "Advanced Energy Materials", 2025, True, "published"),
            P("Interfacial chemistry of NASICON electrolytes probed by operando XPS", "ACS Energy Letters", 2023,
              True, "published"),
            P("Fluorinated binders for high-voltage sodium cathodes", "Journal of Power Sources", 2022, False,
              "published"),
            P("钠离子电池层状氧化物正极的研究进展", "中国有色金属学报", 2021, True, "published"),
            P("Entropy-stabilized Prussian blue analogues for long-life sodium storage",
              "Angewandte Chemie International Edition", 2026, True, "accepted"),
        ],
        research_interests_any=["钠离子电池正极材料", "固态电解质界面", "原位表征"],
        awards_count=3,
        language="zh",
        layout="A Chinese university e-recruitment system's 应聘报名表 printed from the browser (headless Chromium, "
               "--no-pdf-header-footer): site bar with the logged-in user, breadcrumb, form grid with labels "
               "(应聘岗位/姓名/最高学历/最高学位/毕业院校/现工作单位/推荐人 …), 学习经历 and 工作经历 tables, then an "
               "'附件：个人简历 … 系统解析预览' box with the uploaded CV's text, site footer",
        notes="The form and the uploaded CV repeat the same degrees and job: each is labelled once (the form's "
              "学习经历 rows and the CV's 教育背景 rows are the same three entries; the form's 工作经历 row is the CV's "
              "postdoc). '应聘岗位' is the post applied for, not a job; the 推荐人 (with e-mails), the system's "
              "'欢迎您' bar, 报名编号/提交时间/审核状态 and the footer's 技术支持 phone are not the candidate's data. "
              "The 国家公派联合培养博士生 year at NUS is an education entry of level 'other' (heldout15's rule). "
              "'至今' = present. Papers [1]-[5]: first author [1], [2] ('#' co-first with the first author), [4] "
              "and [5] = 4; [5] '已接收 (2026)' = accepted with 2026. 科研项目 (NSFC, 博士后基金) are grants; the "
              "patent is not a paper; 荣誉奖励 on one line with '｜': the 深圳市高层次人才认定 (a talent title, "
              "counted as an honour), 优秀博士学位论文 and 国家奖学金 = 3.",
    )
