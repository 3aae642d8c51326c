"""HTML/CSS CVs printed by WeasyPrint: a Canva-like sidebar (01), the Europass online editor look (02),
a 51job export (07) and an InDesign-like two-column page (12)."""
from __future__ import annotations

from kit24 import weasy

FA = {"mail": "\uf0e0", "phone": "\uf095", "pin": "\uf041", "globe": "\uf0ac", "in": "\uf0e1", "gh": "\uf09b",
      "cap": "\uf19d", "case": "\uf0b1", "book": "\uf02d", "trophy": "\uf091", "flask": "\uf0c3", "user": "\uf007",
      "star": "\uf005", "leaf": "\uf06c", "twitter": "\uf099"}


def bar(level: int) -> str:
    return f'<div class="bar"><div style="width:{level}%"></div></div>'


def cv01() -> None:
    stem = "01_us_ecology_postdoc_canva_sidebar_weasyprint"
    side_skills = "".join(f"<p class='sk'>{n}</p>{bar(v)}" for n, v in
                          [("R / tidyverse", 95), ("Bayesian models (Stan, brms)", 85), ("QGIS &amp; ArcGIS Pro", 75),
                           ("Stable isotope analysis", 80), ("Field electrofishing", 70), ("Python", 55)])
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ilse Vanterpool CV</title>
<meta name="generator" content="Canva">
<style>
@page {{ size: Letter; margin: 0; }}
body {{ margin:0; font-family: 'Open Sans'; font-size: 8.6pt; color:#2b2b2b; }}
.page {{ display:flex; min-height: 11in; }}
.side {{ width: 2.45in; background:#1f4e5f; color:#e8f1f2; padding: 0.45in 0.25in; box-sizing:border-box; }}
.main {{ flex:1; padding: 0.45in 0.4in 0.3in 0.35in; }}
.photo {{ width:1.35in; height:1.35in; border-radius:50%; background:#c9dcdf; border:4px solid #f2b33d;
  margin: 0 auto 14px auto; color:#1f4e5f; font: 700 30pt 'Lato'; text-align:center; line-height:1.35in; }}
.side h3 {{ font: 700 10pt 'Lato'; letter-spacing: 2px; text-transform: uppercase; color:#f2b33d;
  border-bottom:1px solid #5d8795; padding-bottom:3px; margin: 16px 0 7px 0; }}
.ic {{ font-family: FontAwesome; color:#f2b33d; width: 14px; display:inline-block; }}
.side p {{ margin: 3px 0; }}
.sk {{ margin: 6px 0 2px 0 !important; }}
.bar {{ height:5px; background:#4f7785; border-radius:3px; }} .bar div {{ height:5px; background:#f2b33d; border-radius:3px; }}
h1 {{ font: 300 27pt 'Lato'; margin:0; color:#1f4e5f; letter-spacing:1px; }}
h1 b {{ font-weight:900; }}
.role {{ font: 600 10.5pt 'Lato'; letter-spacing:3px; text-transform:uppercase; color:#b07d1a; margin: 2px 0 12px 0; }}
h2 {{ font: 900 11pt 'Lato'; text-transform:uppercase; letter-spacing:2px; color:#1f4e5f; margin: 14px 0 6px 0; }}
h2 .ic {{ color:#1f4e5f; width: 18px; }}
.tl {{ border-left: 2px solid #f2b33d; margin-left: 5px; padding-left: 12px; }}
.it {{ position:relative; margin-bottom: 8px; }}
.it:before {{ content:''; position:absolute; left:-18px; top:3px; width:8px; height:8px; border-radius:50%; background:#1f4e5f; }}
.when {{ font: 700 7.8pt 'Lato'; color:#b07d1a; text-transform:uppercase; }}
.what {{ font-weight:700; font-size: 9.2pt; }}
.where {{ font-style:italic; color:#555; }}
ul {{ margin: 2px 0 0 0; padding-left: 13px; }}
.pub {{ margin: 0 0 5px 0; }}
.tag {{ display:inline-block; background:#f2b33d; color:#1f4e5f; font: 700 7pt 'Lato'; padding: 0 4px; border-radius:2px; }}
</style></head><body><div class="page">
<div class="side">
<div class="photo">IV</div>
<h3>Contact</h3>
<p><span class="ic">{FA['phone']}</span> (608) 555-0147</p>
<p><span class="ic">{FA['mail']}</span> ilse.vanterpool@example.org</p>
<p><span class="ic">{FA['pin']}</span> Madison, WI 53706</p>
<p><span class="ic">{FA['globe']}</span> vanterpool-lab.example.org</p>
<p><span class="ic">{FA['twitter']}</span> @ilse_fishes</p>
<h3>Research Areas</h3>
<p>&#8226; Freshwater food webs</p><p>&#8226; Stream fish movement ecology</p>
<p>&#8226; Climate refugia in cold-water streams</p><p>&#8226; Isotopic niche modelling</p>
<h3>Skills</h3>
{side_skills}
<h3>Languages</h3>
<p>English (native)</p>{bar(100)}<p>Dutch (fluent)</p>{bar(85)}<p>Spanish (conversational)</p>{bar(45)}
<h3>Service</h3>
<p>Reviewer: Freshwater Biology, Ecology of Freshwater Fish, Oecologia</p>
<p>Co-chair, Early Career Section, Society for Freshwater Science (2023&ndash;)</p>
</div>
<div class="main">
<h1>Ilse <b>Vanterpool</b>, PhD</h1>
<div class="role">Freshwater Ecologist &middot; Postdoctoral Researcher</div>
<p>Quantitative ecologist studying how cold-water fishes use thermal refugia in a warming Midwest. I combine
long-term electrofishing surveys, PIT telemetry and stable isotopes with Bayesian hierarchical models, and I
mentor undergraduates from tribal colleges in field research.</p>
<h2><span class="ic">{FA['case']}</span>Experience</h2>
<div class="tl">
<div class="it"><div class="when">Aug 2022 &ndash; Present</div><div class="what">Postdoctoral Research Associate</div>
<div class="where">Center for Limnology, University of Wisconsin&ndash;Madison</div>
<ul><li>Lead analyst for a 30-year brook trout survey across 112 Driftless Area streams (PI: Dr. R. Halvorsen)</li>
<li>Built a PIT-antenna network (14 arrays) and supervise 5 undergraduate technicians</li></ul></div>
<div class="it"><div class="when">Jan 2021 &ndash; Jul 2022</div><div class="what">Fisheries Biologist (contract)</div>
<div class="where">U.S. Geological Survey, Upper Midwest Environmental Sciences Center, La Crosse</div>
<ul><li>Designed eDNA sampling for invasive carp early detection on the Upper Mississippi</li></ul></div>
<div class="it"><div class="when">2015 &ndash; 2020</div><div class="what">Graduate Research Assistant</div>
<div class="where">Department of Fisheries and Wildlife, Michigan State University</div></div>
</div>
<h2><span class="ic">{FA['cap']}</span>Education</h2>
<div class="tl">
<div class="it"><div class="when">2015 &ndash; 2020</div><div class="what">Ph.D., Fisheries and Wildlife</div>
<div class="where">Michigan State University, East Lansing, MI</div>
<div>Dissertation: <i>Thermal heterogeneity and the seasonal movements of brook trout in groundwater-fed streams</i></div></div>
<div class="it"><div class="when">2011 &ndash; 2014</div><div class="what">B.Sc. (Hons) Biology, minor in Geography</div>
<div class="where">Wageningen University &amp; Research, Netherlands</div></div>
</div>
<h2><span class="ic">{FA['book']}</span>Selected Publications</h2>
<p style="margin:0 0 5px 0;color:#666">Full list on Google Scholar &middot; 11 peer-reviewed articles, h-index 7</p>
<p class="pub"><b>Vanterpool I</b>, Halvorsen R, Two Bulls K, Orr DE (2024) Groundwater seeps as stepping stones: brook trout
movement among thermal refugia during summer heatwaves. <i>Freshwater Biology</i> 69: 1412&ndash;1427.</p>
<p class="pub"><b>Vanterpool I</b>, Lindqvist MA (2023) Isotopic niche overlap between native brook trout and stocked brown
trout in Driftless streams. <i>Ecology of Freshwater Fish</i> 32: 655&ndash;668.</p>
<p class="pub">Orr DE, <b>Vanterpool I</b>, Becerra-Nu&ntilde;ez P (2023) Environmental DNA detects silver carp range
expansion a year before netting. <i>Biological Invasions</i> 25: 2981&ndash;2994.</p>
<p class="pub"><b>Vanterpool I</b>, Fairweather JL, Dunmore SC (2021) Winter habitat selection of juvenile brook trout in
groundwater-fed streams. <i>Transactions of the American Fisheries Society</i> 150: 88&ndash;104.</p>
<p class="pub"><b>Vanterpool I</b>, Halvorsen R. Predicting the loss of cold-water refugia under +2&nbsp;&deg;C warming.
<i>Global Change Biology</i> <span class="tag">IN REVIEW</span></p>
<h2><span class="ic">{FA['trophy']}</span>Grants &amp; Awards</h2>
<ul>
<li>2024 &mdash; Wisconsin Sea Grant Early Career Research Award ($48,000, PI)</li>
<li>2022 &mdash; Best Student Paper, Midwest Fish and Wildlife Conference</li>
<li>2019 &mdash; American Fisheries Society J. Frances Allen Scholarship</li>
<li>2016 &mdash; NSF Graduate Research Fellowship, Honorable Mention</li>
</ul>
</div></div></body></html>"""
    weasy(html, stem)


def cv02() -> None:
    stem = "02_it_materials_postdoc_europass_online_weasyprint"
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Europass CV</title>
<style>
@page { size: A4; margin: 14mm 14mm 18mm 14mm;
  @bottom-left { content: "© Unione europea, 2002-2024 | europa.eu/europass"; font: 6.5pt 'Open Sans'; color:#777; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 7pt 'Open Sans'; color:#777; } }
body { font-family: 'Open Sans'; font-size: 8.8pt; color:#222; }
.top { display:flex; gap: 12px; border-bottom: 1px solid #0c4da2; padding-bottom: 8px; }
.logo { font: 700 14pt 'Open Sans'; color:#0c4da2; width: 90px; }
h1 { font: 600 19pt 'Open Sans'; margin: 0 0 4px 0; color:#0c4da2; }
.pi span.l { font-weight: 700; }
.pi { line-height: 1.55; }
h2 { font: 700 10pt 'Open Sans'; color:#0c4da2; text-transform: uppercase; border-bottom: 1px solid #0c4da2;
  margin: 16px 0 6px 0; padding-bottom: 2px; }
.meta { color:#6b6b6b; font-size: 8pt; text-transform: uppercase; }
.t { font-weight: 700; text-transform: uppercase; margin: 1px 0; }
.t .org { font-weight: 700; }
.e { margin-bottom: 9px; }
ul { margin: 2px 0; padding-left: 15px; }
table.lang { border-collapse: collapse; width:100%; font-size: 8pt; text-align:center; }
table.lang td, table.lang th { border: 1px solid #c7d3e6; padding: 2px; }
table.lang th { background:#e8eef7; font-weight:600; }
.small { font-size: 7.6pt; color:#555; }
</style></head><body>
<div class="top"><div class="logo">europass</div><div>
<h1>Ginevra Tassinari</h1>
<div class="pi"><span class="l">Nazionalità:</span> Italiana &nbsp; <span class="l">Data di nascita:</span> 14/03/1992 &nbsp;
<span class="l">Sesso:</span> Femminile<br>
<span class="l">Numero di telefono:</span> (+39) 051 555 0172 (Cellulare)<br>
<span class="l">Indirizzo e-mail:</span> ginevra.tassinari@unibo.example.it<br>
<span class="l">Sito web:</span> https://orcid.example.org/0000-0002-5550-0172<br>
<span class="l">Indirizzo:</span> Via del Pratello 55, 40122 Bologna (Italia) (Abitazione)</div></div></div>

<h2>Esperienza lavorativa</h2>
<div class="e"><div class="meta">01/03/2023 – Attuale &nbsp; Bologna, Italia</div>
<div class="t">Assegnista di ricerca (post-doc) <span class="org">Alma Mater Studiorum – Università di Bologna, Dipartimento di Chimica Industriale «Toso Montanari»</span></div>
<ul><li>Progetto PRIN 2022 “Elettroliti polimerici da biomasse per batterie al sodio”: sintesi e caratterizzazione (EIS, DSC, XRD).</li>
<li>Co-supervisione di 3 tesisti magistrali; esercitazioni del corso di Scienza dei Materiali (24 ore).</li></ul></div>
<div class="e"><div class="meta">01/04/2021 – 28/02/2023 &nbsp; Karlsruhe, Germania</div>
<div class="t">Postdoctoral researcher <span class="org">Karlsruher Institut für Technologie (KIT), Helmholtz Institute Ulm</span></div>
<ul><li>Interfacce elettrodo/elettrolita in celle allo stato solido; gestione della glovebox e del potenziostato multicanale.</li></ul></div>
<div class="e"><div class="meta">01/09/2020 – 31/03/2021 &nbsp; Torino, Italia</div>
<div class="t">Borsista di ricerca <span class="org">Politecnico di Torino</span></div></div>

<h2>Istruzione e formazione</h2>
<div class="e"><div class="meta">01/11/2017 – 15/03/2021 &nbsp; Torino, Italia</div>
<div class="t">Dottorato di ricerca in Scienza e Tecnologia dei Materiali <span class="org">Politecnico di Torino</span></div>
<div>Tesi: “Membrane polimeriche reticolate via UV per batterie litio-metallo”. Periodo di ricerca all'estero (6 mesi): Uppsala Universitet, Svezia.</div>
<div class="small"><b>Livello EQF:</b> Livello 8 EQF</div></div>
<div class="e"><div class="meta">01/10/2014 – 20/07/2017 &nbsp; Bologna, Italia</div>
<div class="t">Laurea magistrale in Chimica Industriale <span class="org">Università di Bologna</span></div>
<div><b>Voto finale:</b> 110/110 e lode</div><div class="small"><b>Livello EQF:</b> Livello 7 EQF</div></div>
<div class="e"><div class="meta">01/09/2011 – 10/10/2014 &nbsp; Ferrara, Italia</div>
<div class="t">Laurea triennale in Chimica <span class="org">Università degli Studi di Ferrara</span></div>
<div class="small"><b>Livello EQF:</b> Livello 6 EQF</div></div>

<h2>Competenze linguistiche</h2>
<div>Lingua madre: <b>ITALIANO</b></div><div style="margin:4px 0">Altre lingue:</div>
<table class="lang"><tr><th></th><th colspan="2">COMPRENSIONE</th><th colspan="2">ESPRESSIONE ORALE</th><th>SCRITTURA</th></tr>
<tr><th></th><th>Ascolto</th><th>Lettura</th><th>Produzione orale</th><th>Interazione orale</th><th></th></tr>
<tr><td><b>INGLESE</b></td><td>C1</td><td>C2</td><td>C1</td><td>C1</td><td>C1</td></tr>
<tr><td><b>TEDESCO</b></td><td>B1</td><td>B1</td><td>A2</td><td>A2</td><td>A2</td></tr></table>
<div class="small">Livelli: A1 e A2: Livello elementare B1 e B2: Livello intermedio C1 e C2: Livello avanzato</div>

<h2>Competenze digitali</h2>
<div>Origin | OriginLab | Python (numpy, pandas) | ZView / EC-Lab | Microsoft Office | LaTeX | VESTA</div>

<h2>Pubblicazioni</h2>
<div class="e"><b>Tassinari G.</b>, Ferrandi L., Gerbaldi C.R., Nair A. (2024). Lignin-derived crosslinkers for UV-cured
single-ion conducting membranes. <i>Journal of Materials Chemistry A</i>, 12, 8891–8903.</div>
<div class="e">Weisskopf J., <b>Tassinari G.</b>, Brandauer M., Passerini T. (2023). Interphase growth at Na metal / polymer
electrolyte contacts followed by operando impedance. <i>ACS Applied Energy Materials</i>, 6, 4410–4421.</div>
<div class="e"><b>Tassinari G.</b>, Weisskopf J. (2022). Cross-linked PEO networks with ionic liquid plasticisers for
lithium-metal cells. <i>Electrochimica Acta</i>, 428, 140917.</div>
<div class="e"><b>Tassinari G.</b>, Ferrandi L., Mazzocchi E. Sodium-conducting biopolymer electrolytes from
cellulose acetate. <i>ChemSusChem</i> (accettato, in corso di stampa).</div>
<div class="e">Ferrandi L., <b>Tassinari G.</b> Guidelines for reporting ionic conductivity of polymer electrolytes.
<i>Batteries &amp; Supercaps</i> (sottomesso, 2024).</div>

<h2>Conferenze e seminari</h2>
<div class="e"><div class="meta">12/06/2023 – 16/06/2023 &nbsp; Lione, Francia</div>
<div class="t">E-MRS Spring Meeting</div><div>Presentazione orale: “UV-cured membranes for sodium metal anodes”.</div></div>

<h2>Riconoscimenti e premi</h2>
<div class="e"><div class="meta">2022</div><div class="t">Premio “Giovani Ricercatori” – Divisione di Elettrochimica, Società Chimica Italiana</div></div>
<div class="e"><div class="meta">2019</div><div class="t">Borsa di mobilità Erasmus+ Traineeship – Uppsala Universitet</div></div>

<h2>Patente di guida</h2><div>Patente di guida: B</div>

<h2>Trattamento dei dati personali</h2>
<div class="small">Autorizzo il trattamento dei miei dati personali presenti nel CV ai sensi dell'art. 13 d. lgs. 30 giugno 2003 n.
196 – “Codice in materia di protezione dei dati personali” e dell'art. 13 GDPR 679/16.</div>
<div style="margin-top:10px">Bologna, 28/11/2024 &nbsp;&nbsp;&nbsp;&nbsp; Ginevra Tassinari</div>
</body></html>"""
    weasy(html, stem)


def cv07() -> None:
    stem = "07_zh_speech_research_scientist_51job_export_weasyprint"
    html = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>宋屹岚 个人简历</title>
<style>
@page { size: A4; margin: 12mm 12mm 14mm 12mm; @bottom-center { content: "来自前程无忧 51job.com 的简历  ·  第" counter(page) "页";
  font: 7pt 'Noto Sans CJK SC'; color:#999; } }
body { font-family: 'Noto Sans CJK SC'; font-size: 9pt; color:#333; }
.head { border: 1px solid #dcdcdc; padding: 10px 12px; position: relative; }
.head h1 { font-size: 17pt; margin: 0 0 4px 0; }
.head .id { color:#999; font-size: 8pt; position:absolute; right: 110px; top: 12px; }
.ph { position:absolute; right: 12px; top: 10px; width: 76px; height: 96px; border: 1px solid #ccc; color:#bbb;
  text-align:center; line-height: 96px; font-size: 8pt; }
table { border-collapse: collapse; width: 100%; }
.box td { border: 1px solid #e3e3e3; padding: 4px 6px; vertical-align: top; width: 50%; }
h2 { font-size: 10.5pt; color:#fff; background:#ff6000; padding: 3px 8px; margin: 12px 0 6px 0; }
.kv td { padding: 2px 4px; vertical-align: top; } .kv td.k { color:#888; width: 78px; white-space: nowrap; }
.job { margin: 0 0 9px 0; border-bottom: 1px dashed #e1e1e1; padding-bottom: 6px; }
.job .hd { font-weight: 700; } .job .sub { color:#666; }
.gray { color:#888; }
</style></head><body>
<div class="head"><h1>宋屹岚</h1><div class="id">ID:455500134</div><div class="ph">照片</div>
<div>流动简历 &nbsp;|&nbsp; 女 &nbsp;|&nbsp; 33岁（1991年5月10日） &nbsp;|&nbsp; 现居住 上海-浦东新区 &nbsp;|&nbsp; 8年工作经验</div>
<div>户口/国籍：安徽合肥 &nbsp;|&nbsp; 婚姻状况：已婚 &nbsp;|&nbsp; 政治面貌：中共党员</div>
<div>手机：155 5550 0134 &nbsp;&nbsp; E-mail：songyilan_speech@example.cn</div>
</div>
<table class="box" style="margin-top:8px"><tr>
<td><b>最近工作</b>（3年5个月）<br><span class="gray">公　司：</span>上海人工智能实验室<br><span class="gray">行　业：</span>学术/科研<br><span class="gray">职　位：</span>青年研究员</td>
<td><b>最高学历/学位</b><br><span class="gray">专　业：</span>信息与通信工程<br><span class="gray">学　校：</span>上海交通大学<br><span class="gray">学历/学位：</span>博士</td>
</tr></table>

<h2>求职意向</h2>
<table class="kv">
<tr><td class="k">工作性质：</td><td>全职</td><td class="k">到岗时间：</td><td>1个月内</td></tr>
<tr><td class="k">希望行业：</td><td>学术/科研，互联网/电子商务</td><td class="k">目标地点：</td><td>上海、杭州</td></tr>
<tr><td class="k">期望月薪：</td><td>面议</td><td class="k">目标职能：</td><td>高校教师、研究员、语音算法专家</td></tr>
</table>

<h2>自我评价</h2>
<p>十年语音方向研究经验，主攻低资源语音识别、自监督预训练与方言语音合成。以第一作者在 ICASSP、Interspeech、
IEEE/ACM TASLP 发表论文多篇，主持国家自然科学基金青年项目 1 项。希望进入高校或研究院所从事教学与科研工作。</p>

<h2>工作经验</h2>
<div class="job"><div class="hd">2021/7–至今 &nbsp;&nbsp; 上海人工智能实验室 &nbsp;<span class="gray">（3年5个月）</span></div>
<div class="sub">所属行业：学术/科研</div>
<div><b>语音与音频中心</b> &nbsp; 青年研究员</div>
<div>负责方言语音识别与合成方向：搭建 3 万小时吴语/粤语语料；带领 6 人小组完成多方言自监督模型，开源后 GitHub 获 1.2k 星。</div></div>
<div class="job"><div class="hd">2019/7–2021/6 &nbsp;&nbsp; 科大讯飞股份有限公司 &nbsp;<span class="gray">（2年）</span></div>
<div class="sub">所属行业：计算机软件 &nbsp;|&nbsp; 企业性质：上市公司 &nbsp;|&nbsp; 规模：10000人以上</div>
<div><b>讯飞研究院</b> &nbsp; 语音识别研究员</div>
<div>端到端识别模型在车载场景的落地，错误率相对下降 18%；参与两项发明专利。</div></div>
<div class="job"><div class="hd">2018/6–2018/9 &nbsp;&nbsp; 微软亚洲研究院 &nbsp;<span class="gray">（3个月）</span></div>
<div class="sub">所属行业：计算机软件</div>
<div><b>语音组</b> &nbsp; 研究实习生</div></div>

<h2>项目经验</h2>
<div class="job"><div class="hd">2023/1–2025/12 &nbsp;&nbsp; 国家自然科学基金青年科学基金项目（主持）</div>
<div>项目名称：面向低资源方言的自监督语音表征学习（批准号 62405550134），经费 30 万元。</div></div>
<div class="job"><div class="hd">2020/3–2021/6 &nbsp;&nbsp; 车载多音区语音交互系统</div>
<div>所属公司：科大讯飞股份有限公司 &nbsp; 项目职务：算法负责人</div></div>

<h2>教育经历</h2>
<table class="kv">
<tr><td style="width:120px">2014/9–2019/6</td><td>上海交通大学</td><td>信息与通信工程</td><td>博士</td></tr>
<tr><td>2017/10–2018/4</td><td>爱丁堡大学（联合培养）</td><td>语音技术研究中心</td><td>其他</td></tr>
<tr><td>2010/9–2014/6</td><td>中国科学技术大学</td><td>电子信息工程</td><td>本科</td></tr>
</table>

<h2>论文发表</h2>
<div>1. <b>Song Y.</b>, Lu H., Ding J. Dialect-aware self-supervised pre-training for low-resource Wu Chinese ASR.
<i>IEEE/ACM Transactions on Audio, Speech, and Language Processing</i>, 2024, 32: 3310-3322.（第一作者）</div>
<div>2. <b>Song Y.</b>, Ding J., Yu K. Phoneme-level prosody transfer for Cantonese text-to-speech. <i>ICASSP</i> 2023.（第一作者）</div>
<div>3. Wei Q., <b>Song Y.</b>, Yu K. Streaming conformer transducers with dynamic chunk masking. <i>Interspeech</i> 2022.</div>
<div>4. <b>Song Y.</b>, Yu K. Cross-dialect pronunciation lexicon induction. <i>Interspeech</i> 2019.（第一作者）</div>
<div>5. 宋屹岚，卢浩宁. 吴语语音识别数据集的构建与评测[J]. 中文信息学报，已录用.</div>

<h2>证书</h2>
<div>2013/6 &nbsp; 大学英语六级（CET-6） &nbsp;&nbsp; 2016/12 &nbsp; 雅思 7.5</div>
<h2>获奖情况</h2>
<div>2023/12 &nbsp; 上海市青年科技英才扬帆计划<br>2018/10 &nbsp; 博士研究生国家奖学金<br>2013/11 &nbsp; 全国大学生电子设计竞赛一等奖</div>
<h2>语言能力</h2>
<table class="kv"><tr><td class="k">英语</td><td>精通 &nbsp; 听说：精通 &nbsp; 读写：精通</td></tr></table>
<h2>IT技能</h2>
<table class="kv"><tr><td class="k">PyTorch</td><td>精通 &nbsp; 60个月</td><td class="k">Kaldi / ESPnet</td><td>精通 &nbsp; 72个月</td></tr></table>
</body></html>"""
    weasy(html, stem)


def cv12() -> None:
    stem = "12_kr_materials_research_scientist_indesign_twocol_weasyprint"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Seo-yeon Baek - CV</title>
<meta name="generator" content="Adobe InDesign 19.0 (Macintosh)">
<style>
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @top-right { content: "Seo-yeon Baek, Ph.D.  |  Curriculum Vitae"; font: 7pt 'Lato'; color:#8a8a8a; }
  @bottom-right { content: counter(page); font: 700 8pt 'Lato'; color:#c0392b; } }
@page :first { @top-right { content: none; } }
body { font-family: 'Liberation Serif'; font-size: 9.4pt; color:#1d1d1d; }
.hdr { display:flex; align-items:center; gap: 16px; border-bottom: 3px solid #c0392b; padding-bottom: 10px; }
.circ { width: 78px; height: 78px; border-radius: 50%; background: #e5e5e5; }
.nm { font: 300 24pt 'Lato'; letter-spacing: 1px; } .nm b { font-weight: 700; }
.ko { font: 11pt 'Noto Sans CJK KR'; color:#777; }
.tag { font: 700 8pt 'Lato'; letter-spacing: 3px; color:#c0392b; text-transform: uppercase; }
.cols { display:flex; gap: 18px; margin-top: 10px; }
.l { width: 33%; font-family:'Lato'; font-size: 8.4pt; } .r { flex:1; }
h2 { font: 700 9pt 'Lato'; letter-spacing: 3px; text-transform: uppercase; color:#c0392b; margin: 14px 0 5px 0; }
.l p { margin: 0 0 3px 0; }
.row { display:flex; gap: 8px; margin-bottom: 6px; } .d { width: 62px; font: 700 7.8pt 'Lato'; color:#666; flex-shrink:0; }
.ttl { font-weight: 700; }
ol { margin: 0; padding-left: 16px; } ol li { margin-bottom: 4px; }
</style></head><body>
<div class="hdr"><div class="circ"></div><div>
<div class="nm">SEO-YEON <b>BAEK</b>, Ph.D. <span class="ko">백서연</span></div>
<div class="tag">Solid-state ionics &middot; Battery interfaces &middot; Operando characterization</div></div></div>
<div class="cols"><div class="l">
<h2>Contact</h2>
<p>Samsung Advanced Institute of Technology<br>130 Samsung-ro, Yeongtong-gu<br>Suwon, Gyeonggi-do 16678, Korea</p>
<p>+82 10-5550-0147</p><p>sy.baek@example.kr</p><p>linkedin.com/in/seoyeon-baek-example</p>
<p>ORCID 0000-0003-5550-0147</p>
<h2>Research Interests</h2>
<p>Sulfide solid electrolytes</p><p>Li-metal / electrolyte interphases</p><p>Operando X-ray and neutron methods</p>
<p>Dry-processed composite cathodes</p>
<h2>Technical</h2>
<p>Synchrotron XAS/XRD (PAL 8C, 10C), cryo-FIB, ToF-SIMS, EIS &amp; DRT analysis, DFT (VASP), Python</p>
<h2>Honors</h2>
<p><b>2023</b> Samsung Best Paper Award (Silver), SAIT</p>
<p><b>2019</b> Outstanding Dissertation Award, KAIST</p>
<p><b>2016</b> Global Ph.D. Fellowship, National Research Foundation of Korea</p>
<h2>Languages</h2><p>Korean (native), English (fluent), Japanese (JLPT N2)</p>
<h2>References</h2><p>Prof. Min-jae Ohn, KAIST</p><p>Dr. Ludovic Brassart, Argonne</p>
</div><div class="r">
<h2>Professional Experience</h2>
<div class="row"><div class="d">2021.03 &ndash;<br>present</div><div><span class="ttl">Staff Researcher</span>, Samsung Advanced Institute of
Technology (SAIT), Next-Generation Battery Lab, Suwon<br>Leads a 7-member team on anode-free all-solid-state pouch cells; 9 Korean and 4 US patent applications.</div></div>
<div class="row"><div class="d">2019.09 &ndash;<br>2021.02</div><div><span class="ttl">Postdoctoral Appointee</span>, Argonne National Laboratory, Chemical
Sciences and Engineering Division, Lemont, IL, USA (host: Dr. L. Brassart)</div></div>
<div class="row"><div class="d">2014.03 &ndash;<br>2019.08</div><div><span class="ttl">Graduate Research Assistant</span>, KAIST, Department of Materials
Science and Engineering</div></div>
<h2>Education</h2>
<div class="row"><div class="d">2014.03 &ndash;<br>2019.08</div><div><span class="ttl">Ph.D. in Materials Science and Engineering</span>, Korea Advanced Institute of
Science and Technology (KAIST), Daejeon<br><i>Thesis: Space-charge layers at sulfide electrolyte / oxide cathode contacts</i> (Advisor: Prof. Min-jae Ohn)</div></div>
<div class="row"><div class="d">2010.03 &ndash;<br>2014.02</div><div><span class="ttl">B.S. in Materials Science and Engineering</span>, Seoul National University (summa cum laude)</div></div>
<h2>Selected Publications</h2>
<p style="margin:0 0 4px 0;font-size:8.4pt;color:#666">&dagger; equal contribution; * corresponding author. 24 journal papers, 1,900+ citations.</p>
<ol>
<li><b>S.-Y. Baek</b>&dagger;, H. Kwon&dagger;, J. Park, M.-J. Ohn*, &ldquo;Self-limiting interphases enable anode-free sulfide all-solid-state cells,&rdquo; <i>Nature Energy</i> 9, 1102&ndash;1113 (2024).</li>
<li>H. Kwon&dagger;, <b>S.-Y. Baek</b>&dagger;, D. Yoo, &ldquo;Dry-processed thick composite cathodes with PTFE fibril networks,&rdquo; <i>Joule</i> 7, 2334&ndash;2350 (2023).</li>
<li>J. Park, <b>S.-Y. Baek</b>, S. Lim, H. Kwon, &ldquo;Lithium dendrite nucleation at grain boundaries of Li<sub>6</sub>PS<sub>5</sub>Cl,&rdquo; <i>ACS Energy Lett.</i> 8, 1201&ndash;1209 (2023).</li>
<li><b>S.-Y. Baek</b>, L. Brassart*, &ldquo;Operando X-ray absorption of cathode/electrolyte space-charge layers,&rdquo; <i>Adv. Energy Mater.</i> 11, 2101554 (2021).</li>
<li><b>S.-Y. Baek</b>, M.-J. Ohn*, &ldquo;Buffer-layer chemistry for sulfide electrolytes in contact with high-voltage oxides,&rdquo; <i>Chem. Mater.</i> 31, 7712&ndash;7722 (2019).</li>
<li>D. Yoo, <b>S.-Y. Baek</b>, H. Kwon, &ldquo;Cost model for dry-room-free sulfide cell manufacturing,&rdquo; <i>Joule</i>, under revision (2024).</li>
</ol>
<h2>Invited Talks</h2>
<div class="row"><div class="d">2024.05</div><div>MRS Spring Meeting, Seattle &mdash; &ldquo;Anode-free solid-state cells: what the interphase tells us&rdquo;</div></div>
<div class="row"><div class="d">2023.10</div><div>Korean Electrochemical Society Fall Meeting, Busan (keynote)</div></div>
<h2>Teaching &amp; Mentoring</h2>
<p>Adjunct lecturer, Sungkyunkwan University, Advanced Battery Materials (graduate), Spring 2023 and Spring 2024. Co-advised 4 KAIST M.S. students at SAIT.</p>
</div></div></body></html>"""
    weasy(html, stem)


ALL = {"01": cv01, "02": cv02, "07": cv07, "12": cv12}
