"""HTML/CSS sources printed by WeasyPrint: 04 (Simplified Chinese, sidebar) and 08 (Hong Kong bilingual)."""
from __future__ import annotations

CSS_04 = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-right { content: "阎清扬 · 简历 · " counter(page) "/" counter(pages); font: 8pt 'Noto Sans CJK SC'; color: #888; } }
body { font: 9.6pt/1.55 'Noto Serif CJK SC', serif; color: #222; margin: 0; }
.wrap { display: flex; gap: 6mm; }
aside { width: 50mm; background: #f1f4f8; padding: 4mm; font-family: 'Noto Sans CJK SC'; font-size: 8.8pt; }
main { flex: 1; }
h1 { font: 700 22pt 'Noto Sans CJK SC'; letter-spacing: 2pt; margin: 0 0 1mm; color: #1d3557; }
.sub { font: 10pt 'Noto Sans CJK SC'; color: #457b9d; margin-bottom: 3mm; }
h2 { font: 700 11.5pt 'Noto Sans CJK SC'; color: #1d3557; border-bottom: 1.2pt solid #1d3557; margin: 4mm 0 1.5mm; padding-bottom: 0.5mm; }
aside h2 { font-size: 10pt; margin-top: 3mm; }
.row { display: flex; } .row .d { width: 34mm; color: #555; font-family: 'Noto Sans CJK SC'; font-size: 8.8pt; } .row .t { flex: 1; }
ol { margin: 0; padding-left: 6mm; } li { margin-bottom: 1mm; }
.tag { font-family: 'Noto Sans CJK SC'; font-size: 7.8pt; color: #b23a48; }
p { margin: 0 0 1mm; }
"""

HTML_04 = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>阎清扬-应聘讲师-简历</title>
<style>{css}</style></head><body><div class="wrap">
<aside>
<h2>基本信息</h2>
<p>性别：男</p><p>出生：1995.11</p><p>籍贯：辽宁大连</p><p>政治面貌：中共党员</p>
<p>手机：+86 137 5550 0924</p><p>邮箱：yanqingyang@ruc.example.edu.cn</p>
<p>主页：qyyan.example.cn</p>
<h2>研究领域</h2>
<p>发展经济学</p><p>数字金融</p><p>农村劳动力流动</p>
<h2>技能</h2>
<p>Stata、R、Python（爬虫与文本分析）、ArcGIS；英语：雅思 7.5</p>
<h2>语言</h2><p>汉语（母语）、英语（熟练）</p>
</aside>
<main>
<h1>阎清扬</h1>
<div class="sub">中国人民大学经济学院 经济学博士（2025届）｜ 应聘岗位：讲师（师资博士后亦可）</div>

<h2>教育经历</h2>
<div class="row"><div class="d">2019年9月—2025年6月</div><div class="t"><b>中国人民大学</b> 经济学院 · 发展经济学 · 经济学博士<br>导师：晏如松 教授；论文：《数字金融、信贷约束与农户创业》</div></div>
<div class="row"><div class="d">2022年9月—2023年8月</div><div class="t"><b>University of Illinois Urbana-Champaign</b> 农业与消费经济系 · 访问学生（国家留学基金委联合培养）</div></div>
<div class="row"><div class="d">2016年9月—2019年6月</div><div class="t"><b>西南财经大学</b> 中国家庭金融调查与研究中心 · 金融学 · 经济学硕士</div></div>
<div class="row"><div class="d">2012年9月—2016年6月</div><div class="t"><b>东北财经大学</b> 经济学院 · 经济学 · 经济学学士（GPA 3.81/4，专业排名 4/210）</div></div>

<h2>工作与实习经历</h2>
<div class="row"><div class="d">2025年7月—至今</div><div class="t"><b>中国人民大学</b> 经济学院 · 博士后研究人员（合作导师：晏如松 教授）</div></div>
<div class="row"><div class="d">2018年7月—2018年9月</div><div class="t"><b>中国人民银行成都分行</b> 调查统计处 · 研究实习生</div></div>

<h2>学术论文</h2>
<p><b>（一）已发表/已录用</b></p>
<ol>
<li>阎清扬，晏如松. 数字普惠金融与农户创业：来自中国家庭金融调查的证据[J]. 经济研究，2024，59（5）：88-104. <span class="tag">（CSSCI，权威期刊）</span></li>
<li>Yan, Qingyang, Rusong Yan, and Min Hu. Mobile payment and rural labor reallocation: evidence from China[J]. <i>China Economic Review</i>, 2023, 79: 101962. <span class="tag">（SSCI，JCR Q1）</span></li>
<li>胡敏，阎清扬*. 县域数字基础设施与返乡创业[J]. 中国农村经济，2023（8）：41-60. <span class="tag">（CSSCI，通讯作者）</span></li>
<li>阎清扬. 信贷约束测度方法的比较与改进[J]. 统计研究，2022，39（3）：115-128. <span class="tag">（CSSCI，北大核心）</span></li>
<li>阎清扬，晏如松. 平台经济中的零工收入波动与家庭消费[J]. 管理世界，已录用. <span class="tag">（CSSCI，权威期刊）</span></li>
</ol>
<p><b>（二）工作论文</b></p>
<ol start="6">
<li>Yan, Qingyang. Credit Constraints and the Timing of Migration. 修改后重投 <i>Journal of Development Economics</i>（R&amp;R）.</li>
<li>阎清扬，胡敏. 数字鸿沟与农村老年人金融排斥. 在审，《金融研究》.</li>
</ol>

<h2>科研项目</h2>
<p>1. 国家社会科学基金重大项目“数字经济推动共同富裕的机制与路径研究”（22&amp;ZDxxx），2022—2027，参与（子课题骨干）</p>
<p>2. 中国人民大学拔尖创新人才培育资助计划“数字金融与农户创业”，2023—2024，主持</p>

<h2>学术会议报告</h2>
<p>中国经济学年会（2024，上海）；Asian Meeting of the Econometric Society（2023，Singapore）；第十届中国发展经济学学者论坛（2022）</p>

<h2>教学经历</h2>
<p>中国人民大学经济学院《中级计量经济学》（本科）助教，2021年秋季学期、2023年秋季学期</p>

<h2>荣誉奖励</h2>
<p>2024 中国人民大学优秀博士生学术创新奖 ｜ 2023 博士研究生国家奖学金 ｜ 2021 刘诗白经济学奖学金 ｜ 2018 西南财经大学优秀硕士毕业生</p>
</main></div></body></html>
"""

CSS_08 = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm;
  @top-right { content: "SZETO Wing-yan · CV · " counter(page); font: 8pt 'Noto Sans CJK TC'; color: #777; } }
body { font: 9.8pt/1.45 'Noto Sans CJK TC', sans-serif; color: #1a1a1a; }
h1 { font: 700 20pt 'Noto Serif CJK TC'; margin: 0; }
h1 small { font-weight: 400; font-size: 14pt; margin-left: 4mm; }
.contact { color: #333; margin: 1mm 0 3mm; font-size: 9pt; }
h2 { font: 700 11pt 'Noto Sans CJK TC'; background: #5b2a86; color: white; padding: 0.8mm 2mm; margin: 4mm 0 1.5mm; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 0.6mm 0; }
td.when { width: 36mm; color: #444; font-size: 8.8pt; }
.zh { color: #5b2a86; }
ol { padding-left: 6mm; margin: 0; } li { margin-bottom: 1.2mm; }
p { margin: 0 0 1mm; }
"""

HTML_08 = """<!DOCTYPE html><html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>CV SZETO Wing-yan</title><style>{css}</style></head><body>
<h1>司徒穎欣 <small>SZETO Wing-yan, Winnie</small></h1>
<div class="contact">香港九龍紅磡 香港理工大學 康復治療科學系 ST512室 ｜ Mobile 手提：+852 5550 0193 ｜ Email：winnie.szeto@polyu.example.edu.hk<br>
Google Scholar：scholar.example.com/citations?user=SzWy0193 ｜ 研究興趣 Research interests：中風後上肢康復；穿戴式感測器；遠程康復 Telerehabilitation</div>

<h2>學歷 Education</h2>
<table>
<tr><td class="when">2018年9月 – 2022年8月</td><td><b>香港理工大學 The Hong Kong Polytechnic University</b><br>哲學博士（康復治療科學）Doctor of Philosophy in Rehabilitation Sciences<br>論文 Thesis：以穿戴式感測器量化中風後上肢代償動作；導師 Supervisor：Prof. LEUNG Chi-kin</td></tr>
<tr><td class="when">2020年2月 – 2020年7月</td><td><b>Karolinska Institutet</b>, Stockholm — 交換研究生 Visiting PhD student (Division of Physiotherapy)</td></tr>
<tr><td class="when">2013年9月 – 2017年7月</td><td><b>香港理工大學 The Hong Kong Polytechnic University</b><br>物理治療學（榮譽）理學士 BSc (Hons) in Physiotherapy, First Class Honours</td></tr>
</table>

<h2>工作經驗 Employment</h2>
<table>
<tr><td class="when">2024年9月 – 現在<br>Sep 2024 – present</td><td><b>香港理工大學 康復治療科學系</b><br>研究助理教授 Research Assistant Professor</td></tr>
<tr><td class="when">2022年9月 – 2024年8月</td><td><b>香港中文大學 醫學院 矯形外科及創傷學系</b><br>博士後研究員 Postdoctoral Fellow</td></tr>
<tr><td class="when">2017年8月 – 2018年8月</td><td><b>醫院管理局 威爾斯親王醫院</b> Prince of Wales Hospital, Hospital Authority<br>物理治療師II Physiotherapist II</td></tr>
</table>

<h2>著作 Publications</h2>
<p style="font-size:8.8pt">(* 通訊作者 corresponding author；# 同等貢獻 equal contribution)</p>
<ol>
<li><b>Szeto WY</b>, Leung CK*. Wrist-worn inertial sensors detect compensatory trunk movement after stroke: a validation study. <i>Journal of NeuroEngineering and Rehabilitation</i>. 2023;20:88.</li>
<li>Ho KL#, <b>Szeto WY</b>#, Chan AM, Leung CK*. Home-based telerehabilitation for chronic stroke: a randomised controlled trial. <i>Stroke</i>. 2024;55(3):712-721.</li>
<li><b>Szeto WY</b>, Lam PS, Leung CK. Reliability of a smartphone goniometer app in frozen shoulder. <i>Physiotherapy</i>. 2021;112:45-52.</li>
<li>Lam PS, <b>Szeto WY</b>*. Gamified exergaming for older adults with sarcopenia: a pilot study. <i>Archives of Physical Medicine and Rehabilitation</i>. In press, 2025.</li>
<li><b>司徒穎欣</b>、梁志堅（2022）。〈香港社區中風患者上肢功能的橫斷面調查〉。《中國康復醫學雜誌》，37（4），433-439。</li>
<li><b>Szeto WY</b>, Leung CK. Sensor-derived movement quality predicts return to work after stroke. Submitted to <i>Neurorehabilitation and Neural Repair</i> (under review).</li>
</ol>

<h2>研究資助 Research Grants</h2>
<table>
<tr><td class="when">2025 – 2027</td><td>研究資助局 優配研究金 RGC General Research Fund (GRF 15xxxx25), Principal Investigator, HK$ 880,000</td></tr>
<tr><td class="when">2023 – 2024</td><td>醫療衞生研究基金 Health and Medical Research Fund (HMRF 2223xxxx), Co-Investigator</td></tr>
</table>

<h2>獎項 Honours and Awards</h2>
<table>
<tr><td class="when">2021</td><td>World Congress of Physical Therapy Best Poster Award</td></tr>
<tr><td class="when">2018</td><td>香港研究資助局 博士研究生獎學金 Hong Kong PhD Fellowship Scheme (HKPFS)</td></tr>
<tr><td class="when">2017</td><td>Hospital Authority Scholarship for Physiotherapy Graduates</td></tr>
</table>

<h2>專業資格 Professional Qualifications</h2>
<p>香港物理治療師管理委員會 註冊物理治療師（第Ⅰ部）Registered Physiotherapist (Part I), Physiotherapists Board of Hong Kong — PT1xxxxx</p>

<h2>教學 Teaching</h2>
<p>RS3051 Neurological Rehabilitation (BSc Physiotherapy, Year 3), lecturer, 2024/25 Semester 2</p>
</body></html>
"""
