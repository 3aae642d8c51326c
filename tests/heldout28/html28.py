"""HTML + CSS documents of heldout28 printed by WeasyPrint: 03 Lattes, 04 拉勾, 07 Resume.io, 08 LinkedIn, 09 JSON Resume."""
from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Template
from kit28 import FILES, SRC, weasy

# --------------------------------------------------------------------------------------------------
# 03  Brazilian epidemiologist, Plataforma Lattes 'Currículo' printout look
# --------------------------------------------------------------------------------------------------
LATTES = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8">
<title>Currículo do Sistema de Currículos Lattes (Renata Cordeiro Assunção Vilela)</title>
<meta name="generator" content="Plataforma Lattes - CNPq">
<style>
@page { size: A4; margin: 16mm 14mm 16mm 14mm;
  @bottom-left { content: "Página gerada pelo Sistema Currículo Lattes em 05/02/2025 às 10:14:22"; font: 7pt Arial; color:#555 }
  @bottom-right { content: counter(page); font: 7pt Arial; color:#555 } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 8.6pt; color:#222 }
.top { border-bottom: 3px solid #1b5d8f; padding-bottom: 4px; margin-bottom: 8px }
.top h1 { font-size: 15pt; margin: 0; color:#1b5d8f }
.top .meta { font-size: 7.6pt; color:#444 }
.resumo { text-align: justify; margin: 6px 0 }
h2 { font-size: 10.5pt; color:#fff; background:#1b5d8f; padding: 2px 5px; margin: 12px 0 4px }
h3 { font-size: 9pt; color:#1b5d8f; margin: 8px 0 3px; border-bottom: 1px solid #9fbcd4 }
table.l { width: 100%; border-collapse: collapse }
table.l td { vertical-align: top; padding: 2px 4px }
table.l td.a { width: 24%; font-weight: bold; text-align: right; color:#333 }
.cit { margin: 2px 0 4px 0; text-align: justify }
.cit b { color:#000 }
</style></head><body>
<div class="top"><h1>Renata Cordeiro Assunção Vilela</h1>
<div class="meta">Endereço para acessar este CV: http://lattes.cnpq.br/5550318842176093<br>
ID Lattes: 5550318842176093<br>Última atualização do currículo em 28/01/2025</div></div>
<p class="resumo">Possui graduação em Medicina pela Universidade Federal da Bahia (2008), mestrado em Saúde Coletiva pela
Universidade Federal da Bahia (2012) e doutorado em Epidemiologia pela Universidade Federal de Pelotas (2016), com
doutorado-sanduíche na London School of Hygiene &amp; Tropical Medicine. Atualmente é Professora Adjunta do Instituto de
Saúde Coletiva da Universidade Federal da Bahia. Tem experiência na área de Saúde Coletiva, com ênfase em
Epidemiologia, atuando principalmente nos seguintes temas: arboviroses, vigilância epidemiológica, coortes de
nascimento, desigualdades em saúde. <b>(Texto informado pelo autor)</b></p>
<h2>Identificação</h2>
<table class="l">
<tr><td class="a">Nome</td><td>Renata Cordeiro Assunção Vilela</td></tr>
<tr><td class="a">Nome em citações bibliográficas</td><td>VILELA, R. C. A.;VILELA, RENATA C. A.;Vilela, Renata Cordeiro Assunção</td></tr>
<tr><td class="a">Lattes iD</td><td>http://lattes.cnpq.br/5550318842176093</td></tr>
<tr><td class="a">Orcid iD</td><td>https://orcid.org/0000-0003-5550-2231</td></tr>
</table>
<h2>Endereço</h2>
<table class="l">
<tr><td class="a">Endereço Profissional</td><td>Universidade Federal da Bahia, Instituto de Saúde Coletiva.<br>
Rua Basílio da Gama, s/n, Canela<br>40110-040 - Salvador, BA - Brasil<br>Telefone: (71) 5550-1147<br>
URL da Homepage: https://rvilela-epi.example.org</td></tr>
<tr><td class="a">E-mail</td><td>renata.vilela@ufba.example.br</td></tr>
</table>
<h2>Formação acadêmica/titulação</h2>
<table class="l">
<tr><td class="a">2012 - 2016</td><td>Doutorado em Epidemiologia.<br>Universidade Federal de Pelotas, UFPEL, Brasil.<br>
com período sanduíche em London School of Hygiene &amp; Tropical Medicine (Orientador: Não informado).<br>
Título: Coorte de nascimentos e infecção congênita pelo vírus Zika: efeitos no neurodesenvolvimento, Ano de obtenção: 2016.<br>
Orientador: Não informado.<br>Bolsista do(a): Coordenação de Aperfeiçoamento de Pessoal de Nível Superior, CAPES, Brasil.</td></tr>
<tr><td class="a">2010 - 2012</td><td>Mestrado em Saúde Coletiva.<br>Universidade Federal da Bahia, UFBA, Brasil.<br>
Título: Incidência de dengue grave em Salvador, 2001-2010, Ano de Obtenção: 2012.<br>
Bolsista do(a): Conselho Nacional de Desenvolvimento Científico e Tecnológico, CNPq, Brasil.</td></tr>
<tr><td class="a">2002 - 2008</td><td>Graduação em Medicina.<br>Universidade Federal da Bahia, UFBA, Brasil.</td></tr>
</table>
<h2>Pós-doutorado</h2>
<table class="l">
<tr><td class="a">2017 - 2018</td><td>Pós-Doutorado.<br>Fundação Oswaldo Cruz, FIOCRUZ, Brasil.<br>
Bolsista do(a): Conselho Nacional de Desenvolvimento Científico e Tecnológico, CNPq, Brasil.<br>
Grande área: Ciências da Saúde</td></tr>
</table>
<h2>Atuação Profissional</h2>
<h3>Universidade Federal da Bahia, UFBA, Brasil.</h3>
<table class="l">
<tr><td class="a">Vínculo institucional</td><td></td></tr>
<tr><td class="a">2019 - Atual</td><td>Vínculo: Servidor Público, Enquadramento Funcional: Professora Adjunta, Carga horária: 40, Regime: Dedicação exclusiva.</td></tr>
</table>
<h3>Fundação Oswaldo Cruz, FIOCRUZ, Brasil.</h3>
<table class="l">
<tr><td class="a">Vínculo institucional</td><td></td></tr>
<tr><td class="a">2017 - 2018</td><td>Vínculo: Bolsista, Enquadramento Funcional: Pesquisadora de pós-doutorado, Carga horária: 40</td></tr>
</table>
<h3>Secretaria Municipal da Saúde de Salvador, SMS, Brasil.</h3>
<table class="l">
<tr><td class="a">Vínculo institucional</td><td></td></tr>
<tr><td class="a">2009 - 2012</td><td>Vínculo: Celetista, Enquadramento Funcional: Médica de vigilância epidemiológica, Carga horária: 30</td></tr>
</table>
<h2>Linhas de pesquisa</h2>
<p>1. Epidemiologia das arboviroses<br>2. Coortes de nascimento e neurodesenvolvimento<br>3. Desigualdades sociais em saúde</p>
<h2>Prêmios e títulos</h2>
<table class="l">
<tr><td class="a">2021</td><td>Prêmio Jovem Pesquisador em Saúde Coletiva, Associação Brasileira de Saúde Coletiva (ABRASCO).</td></tr>
<tr><td class="a">2017</td><td>Prêmio CAPES de Tese - Menção Honrosa, Área Saúde Coletiva, CAPES.</td></tr>
</table>
<h2>Produções</h2>
<h3>Produção bibliográfica</h3>
<p><b>Artigos completos publicados em periódicos</b></p>
<div class="cit">1. <b>VILELA, R. C. A.</b>; SANTANA, J. M.; FONTOURA, L. P.; BARRETO, M. Cohort profile: the Salvador arbovirus
birth cohort. INTERNATIONAL JOURNAL OF EPIDEMIOLOGY, v. 53, p. 1-9, 2024.</div>
<div class="cit">2. MOTTA-RIBEIRO, C.; <b>VILELA, R. C. A.</b>. Desigualdades raciais na mortalidade por dengue grave no Brasil,
2010-2019. CADERNOS DE SAÚDE PÚBLICA, v. 38, p. e00123421, 2022.</div>
<div class="cit">3. <b>VILELA, RENATA C. A.</b>; HALLAL, P. R.; WEHRMEISTER, F. Congenital Zika syndrome and early
neurodevelopment: a population-based cohort. The Lancet Child &amp; Adolescent Health, v. 2, p. 512-520, 2018.</div>
<div class="cit">4. SANTANA, J. M.; <b>VILELA, R. C. A.</b>; TEIXEIRA, M. G. Completude das notificações de chikungunya na
Bahia. Epidemiologia e Serviços de Saúde, v. 27, 2018.</div>
<p><b>Artigos aceitos para publicação</b></p>
<div class="cit">5. <b>VILELA, R. C. A.</b>; OLIVEIRA-SANTOS, T. Chikungunya crônica e absenteísmo laboral: estudo de
coorte. Revista de Saúde Pública, 2025.</div>
<p><b>Capítulos de livros publicados</b></p>
<div class="cit">6. <b>VILELA, R. C. A.</b>. Vigilância das arboviroses urbanas. In: Naomar de Almeida Filho; Mauricio
L. Barreto. (Org.). Epidemiologia &amp; Saúde: fundamentos, métodos, aplicações. 2ed. Rio de Janeiro: Guanabara Koogan,
2021, p. 455-470.</div>
<p><b>Resumos publicados em anais de congressos</b></p>
<div class="cit">7. <b>VILELA, R. C. A.</b>; SANTANA, J. M. Tendência temporal da dengue em Salvador. In: 11º Congresso
Brasileiro de Epidemiologia, 2021, Online. Anais, 2021.</div>
<h3>Demais tipos de produção técnica</h3>
<div class="cit">1. <b>VILELA, R. C. A.</b>. Boletim epidemiológico de arboviroses - Salvador 2023. 2023. (Relatório técnico).</div>
<h2>Orientações</h2>
<p><b>Dissertação de mestrado</b>: 3 concluídas; <b>Tese de doutorado</b>: 1 em andamento.</p>
</body></html>
"""

# --------------------------------------------------------------------------------------------------
# 04  拉勾招聘 export (computer vision researcher, PhD graduate)
# --------------------------------------------------------------------------------------------------
LAGOU = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>拉勾招聘-在线简历-龚屹川</title>
<style>
@page { size: A4; margin: 14mm 13mm 16mm 13mm;
  @top-right { content: "拉勾招聘 · 在线简历"; font: 7.5pt "WenQuanYi Micro Hei", "Noto Sans CJK SC"; color:#00b38a }
  @bottom-center { content: "简历来自拉勾招聘 lagou.com  第 " counter(page) " 页"; font: 7pt "WenQuanYi Micro Hei"; color:#999 } }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 9.4pt; color:#333 }
.head { position: relative; padding: 6px 0 10px 0; border-bottom: 1px solid #e6e6e6 }
.head .name { font-size: 19pt; font-weight: bold; color:#222 }
.head .tag { display:inline-block; font-size:8pt; color:#00b38a; border:1px solid #00b38a; border-radius: 3px; padding:0 4px; margin-left:8px; vertical-align: middle }
.head .line { margin-top: 4px; color:#555 }
.head .avatar { position:absolute; right: 0; top: 4px; width: 60px; height: 60px; border-radius: 30px; background:#dfe8e4; text-align:center; line-height:60px; color:#7b9; font-size:8pt }
.sec { margin-top: 12px }
.sec h2 { font-size: 11.5pt; margin: 0 0 6px 0; padding-left: 7px; border-left: 4px solid #00b38a }
.item { margin: 0 0 8px 0 }
.row { display: table; width: 100% }
.row .l { display: table-cell; font-weight: bold; color:#222 }
.row .r { display: table-cell; text-align: right; color:#888; white-space: nowrap }
.sub { color:#666; margin-top: 1px }
ul { margin: 3px 0 0 16px; padding: 0 }
li { margin: 1px 0 }
.exp { background:#f6fbf9; padding: 5px 7px; color:#555 }
</style></head><body>
<div class="head">
 <div class="avatar">头像</div>
 <span class="name">龚屹川</span><span class="tag">应届博士 · 随时到岗</span>
 <div class="line">男 · 28岁 · 博士 · 应届毕业生 · 现居北京市海淀区</div>
 <div class="line">📱 186 5550 3140　　✉ gongyichuan_cv@example.com　　GitHub: github.com/gyc-vision</div>
</div>
<div class="sec"><h2>期望职位</h2>
 <div class="exp">视觉算法研究员 ｜ 北京/上海 ｜ 40k-60k ｜ 全职 ｜ 人工智能, 自动驾驶</div></div>
<div class="sec"><h2>个人优势</h2>
 <div>计算机视觉方向博士，主要研究开放词汇目标检测与视频理解，以第一作者发表CVPR/ICCV论文3篇；有字节跳动与微软亚洲研究院两段研究实习。</div></div>
<div class="sec"><h2>工作经历</h2>
 <div class="item"><div class="row"><span class="l">北京字节跳动科技有限公司　　研究实习生</span><span class="r">2023.06 - 2024.03</span></div>
  <div class="sub">AI Lab · 视觉基础模型组</div>
  <ul><li>负责开放词汇检测的数据引擎，构建2000万图文对的伪标注流水线；</li><li>方法整理为论文，被CVPR 2024接收。</li></ul></div>
 <div class="item"><div class="row"><span class="l">微软亚洲研究院　　研究实习生</span><span class="r">2021.07 - 2022.01</span></div>
  <div class="sub">视觉计算组</div>
  <ul><li>视频时序定位模型的预训练，参与ICCV 2023论文。</li></ul></div>
</div>
<div class="sec"><h2>项目经历</h2>
 <div class="item"><div class="row"><span class="l">国家重点研发计划“新一代人工智能”课题　　核心成员</span><span class="r">2020.01 - 2023.12</span></div>
  <ul><li>面向城市场景的开放世界感知，负责检测模块研发与评测。</li></ul></div>
</div>
<div class="sec"><h2>教育经历</h2>
 <div class="item"><div class="row"><span class="l">清华大学　　博士　　计算机科学与技术</span><span class="r">2019.09 - 2025.06</span></div>
  <div class="sub">导师：（略） · 研究方向：开放词汇目标检测、视频理解</div></div>
 <div class="item"><div class="row"><span class="l">北京航空航天大学　　本科　　软件工程</span><span class="r">2015.09 - 2019.06</span></div>
  <div class="sub">GPA 3.86/4.0 · 专业排名 3/186 · 保送直博</div></div>
</div>
<div class="sec"><h2>论文成果</h2>
 <ul>
 <li>[CVPR 2024] <b>Yichuan Gong</b>, Haoran Lu, Wen Xiao, Jian Zhou. Scaling Pseudo-Captions for Open-Vocabulary Detection. (一作)</li>
 <li>[ICCV 2023] <b>Yichuan Gong</b>*, Shiyu Peng*, Lei Ma. Temporal Grounding with Event-Level Pretraining. (*共同一作)</li>
 <li>[CVPR 2022] <b>Yichuan Gong</b>, Lei Ma. Region-Word Alignment without Box Annotations. (一作)</li>
 <li>[TPAMI, 在审] Shiyu Peng, <b>Yichuan Gong</b>, Lei Ma. A Survey of Open-World Video Understanding.</li>
 </ul></div>
<div class="sec"><h2>获奖情况</h2>
 <ul><li>2024 清华大学优秀博士学位论文提名</li><li>2023 博士研究生国家奖学金</li><li>2018 北京航空航天大学“沈元奖章”</li></ul></div>
<div class="sec"><h2>专业技能</h2>
 <div>PyTorch, CUDA, DeepSpeed；多模态大模型训练与评测；英语 CET-6（612），可作为工作语言</div></div>
</body></html>
"""

# --------------------------------------------------------------------------------------------------
# 07  Resume.io-like two-column page, side bar first in the source (pharma research scientist, Canada)
# --------------------------------------------------------------------------------------------------
RESUMEIO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Priyanka Dasgupta-Lowe - Resume</title>
<meta name="generator" content="resume.io">
<style>
@page { size: letter; margin: 0 }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.2pt; color:#1e2532 }
.side { float: left; width: 62mm; min-height: 279mm; background:#0f3d4c; color:#e9f1f3; padding: 16mm 7mm 10mm 9mm; box-sizing: border-box }
.main { margin-left: 62mm; padding: 16mm 14mm 10mm 11mm }
.side h1 { font-size: 18pt; line-height: 1.15; margin: 0 0 3px 0; color:#fff }
.side .job { font-size: 9pt; letter-spacing: .5px; text-transform: uppercase; color:#9fd3df; margin-bottom: 14px }
.side h3 { font-size: 8.6pt; text-transform: uppercase; letter-spacing: 1.2px; color:#9fd3df; margin: 14px 0 4px 0 }
.side p { margin: 0 0 3px 0; font-size: 8.6pt }
.bar { height: 3px; background: #35697a; margin: 2px 0 6px 0 }
.bar span { display:block; height:3px; background:#9fd3df }
.photo { width: 30mm; height: 30mm; border-radius: 15mm; background:#35697a; margin-bottom: 10px; text-align:center; line-height: 30mm; font-size:7pt; color:#9fd3df }
.main h2 { font-size: 11pt; margin: 14px 0 6px 0; color:#0f3d4c }
.main h2:first-child { margin-top: 0 }
.e { margin-bottom: 8px }
.e .t { font-weight: bold; font-size: 9.8pt }
.e .d { color:#7b8794; font-size: 8.2pt; text-transform: uppercase; margin: 1px 0 }
.e ul { margin: 2px 0 0 14px; padding: 0 }
.e li { margin: 1px 0 }
</style></head><body>
<div class="side">
 <div class="photo">PHOTO</div>
 <h1>Priyanka<br>Dasgupta-Lowe</h1>
 <div class="job">Senior Research Scientist</div>
 <h3>Details</h3>
 <p>Toronto, ON, Canada</p><p>+1 416 555 0163</p><p>priyanka.dlowe@example.com</p>
 <h3>Links</h3>
 <p>linkedin.com/in/pdasgupta-lowe-example</p><p>scholar.example.org/pdlowe</p>
 <h3>Skills</h3>
 <p>Medicinal chemistry</p><div class="bar"><span style="width:95%"></span></div>
 <p>PK/PD modelling</p><div class="bar"><span style="width:80%"></span></div>
 <p>Cryo-EM data analysis</p><div class="bar"><span style="width:60%"></span></div>
 <p>Python, R, Schrödinger suite</p><div class="bar"><span style="width:75%"></span></div>
 <h3>Languages</h3>
 <p>English, Bengali, French (B2)</p>
 <h3>Honors</h3>
 <p>Banting Postdoctoral Fellowship, 2017</p><p>CIC Medal for Graduate Research, 2016</p>
</div>
<div class="main">
 <h2>Profile</h2>
 <p>Medicinal chemist with eight years in industrial drug discovery (kinase and degrader programmes, two clinical
 candidates) after a PhD and postdoc in chemical biology. Looking to return to academic research as a faculty
 member in pharmaceutical sciences.</p>
 <h2>Employment History</h2>
 <div class="e"><div class="t">Senior Research Scientist, Amgen, Burnaby</div><div class="d">Apr 2021 — Present</div>
  <ul><li>Lead chemist on a KRAS degrader programme; nominated one development candidate (2023).</li>
  <li>Mentor four associate scientists; co-chair of the site's publication committee.</li></ul></div>
 <div class="e"><div class="t">Research Scientist II, Sanofi, Toronto</div><div class="d">Sep 2018 — Mar 2021</div>
  <ul><li>Structure-based design for a JAK1-selective inhibitor series.</li></ul></div>
 <div class="e"><div class="t">Banting Postdoctoral Fellow, University of Toronto</div><div class="d">Sep 2016 — Aug 2018</div>
  <ul><li>Photo-affinity probes for target deconvolution (Structural Genomics Consortium).</li></ul></div>
 <div class="e"><div class="t">Teaching Assistant, McGill University</div><div class="d">2012 — 2015</div></div>
 <h2>Education</h2>
 <div class="e"><div class="t">Ph.D., Chemistry, McGill University, Montréal</div><div class="d">Sep 2011 — Jun 2016</div></div>
 <div class="e"><div class="t">M.Sc., Chemistry, Indian Institute of Technology Bombay</div><div class="d">Jul 2009 — May 2011</div></div>
 <div class="e"><div class="t">B.Sc. (Hons), Chemistry, Presidency College, Kolkata</div><div class="d">2006 — 2009</div></div>
 <h2>Publications</h2>
 <div class="e"><ul>
  <li><b>Dasgupta-Lowe P</b>, Okonkwo E, Fairbairn J. Discovery of AMG-xxx, a KRAS G12D degrader with oral exposure. <i>J. Med. Chem.</i> 2024, 67, 3301–3318.</li>
  <li>Halvorsen T, <b>Dasgupta-Lowe P</b>, et al. Selectivity drivers in JAK1 inhibitors revealed by free-energy perturbation. <i>ACS Med. Chem. Lett.</i> 2021, 12, 1510–1517.</li>
  <li><b>Dasgupta P</b>, Arora V, Moreau L. Minimalist photo-affinity tags for kinase target engagement. <i>Nat. Chem. Biol.</i> 2018, 14, 770–778.</li>
  <li><b>Dasgupta P</b>, Moreau L. Clickable covalent fragments for ligandability mapping. <i>Angew. Chem. Int. Ed.</i> 2016, 55, 9021–9025.</li>
 </ul></div>
 <h2>Patents</h2>
 <p>WO 2023/555012 A1 — Heterobifunctional KRAS degraders and uses thereof (co-inventor).</p>
</div>
</body></html>
"""

# --------------------------------------------------------------------------------------------------
# 08  LinkedIn 'Save to PDF' look (German sociologist, survey methodologist)
# --------------------------------------------------------------------------------------------------
LINKEDIN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Profile</title>
<style>
@page { size: letter; margin: 12mm 12mm 14mm 12mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt Arial; color:#666 } }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.6pt; color:#000; margin:0 }
.side { float: left; width: 58mm; background:#e8ecef; padding: 8mm 5mm 8mm 6mm; box-sizing: border-box; min-height: 250mm }
.main { margin-left: 64mm; padding-top: 6mm }
.side h3 { font-size: 11pt; margin: 12px 0 5px 0 }
.side h3:first-child { margin-top: 0 }
.side p { margin: 0 0 4px 0; font-size: 9pt }
.side .muted { color:#555 }
.main h1 { font-size: 22pt; margin: 0; font-weight: normal }
.main .headline { font-size: 11pt; margin: 2px 0 }
.main .loc { color:#777; font-size: 9.5pt; margin-bottom: 10px }
.main h2 { font-size: 14pt; font-weight: normal; margin: 14px 0 6px 0 }
.co { font-size: 11pt; margin: 8px 0 0 0 }
.ten { color:#777; font-size: 9pt }
.role { font-size: 10pt; margin: 4px 0 0 0 }
.dates { color:#777; font-size: 9pt }
.place { color:#777; font-size: 9pt; margin-bottom: 4px }
</style></head><body>
<div class="side">
<h3>Contact</h3>
<p>jonas.brettschneider@example.de</p>
<p class="muted">www.linkedin.com/in/jonas-brettschneider-<br>example (LinkedIn)</p>
<p class="muted">jbrettschneider.example.net (Personal)</p>
<h3>Top Skills</h3>
<p>Survey Methodology</p><p>Multilevel Modeling</p><p>Stata</p>
<h3>Languages</h3>
<p>German (Native or Bilingual)</p><p>English (Full Professional)</p><p>Polish (Elementary)</p>
<h3>Certifications</h3>
<p>GESIS Summer School Certificate: Web Survey Design</p>
<h3>Honors-Awards</h3>
<p>Dissertation Prize of the German Sociological Association (DGS)</p>
<p>ESRA Early Career Award</p>
<h3>Publications</h3>
<p>Interviewer effects on reports of discrimination in the German Socio-Economic Panel</p>
<p>Nonresponse in probability-based online panels: evidence from three countries</p>
<p>Measuring loneliness across age groups: a split-ballot experiment</p>
</div>
<div class="main">
<h1>Jonas Brettschneider</h1>
<div class="headline">Senior Researcher, Survey Methodology at GESIS – Leibniz Institute for the Social Sciences</div>
<div class="loc">Mannheim, Baden-Württemberg, Germany</div>
<h2>Summary</h2>
<p>Sociologist working on survey data quality, panel attrition and measurement of social inequality. I coordinate
the methods work package of a European online panel and teach multilevel and survey-weighting courses.</p>
<h2>Experience</h2>
<div class="co">GESIS – Leibniz Institute for the Social Sciences</div><div class="ten">6 years 5 months</div>
<div class="role">Senior Researcher, Survey Methodology</div><div class="dates">January 2022 - Present (3 years 1 month)</div><div class="place">Mannheim, Baden-Württemberg, Germany</div>
<div class="role">Postdoctoral Researcher</div><div class="dates">September 2018 - December 2021 (3 years 4 months)</div><div class="place">Mannheim</div>
<div class="co">University of Michigan</div>
<div class="role">Visiting Scholar, Institute for Social Research</div><div class="dates">February 2020 - May 2020 (4 months)</div><div class="place">Ann Arbor, Michigan, United States</div>
<div class="co">DIW Berlin</div>
<div class="role">Doctoral Researcher, SOEP</div><div class="dates">October 2014 - August 2018 (3 years 11 months)</div><div class="place">Berlin, Germany</div>
<div class="co">infas Institut für angewandte Sozialwissenschaft</div>
<div class="role">Student Assistant</div><div class="dates">April 2012 - September 2014 (2 years 6 months)</div><div class="place">Bonn</div>
<h2>Education</h2>
<div class="co">Humboldt-Universität zu Berlin</div>
<div class="role">Dr. phil., Sociology · (2014 - 2018)</div>
<div class="co">Universität zu Köln</div>
<div class="role">Master of Science - MS, Sociology and Social Research · (2012 - 2014)</div>
<div class="co">Universität Mannheim</div>
<div class="role">Bachelor of Arts - BA, Sociology · (2009 - 2012)</div>
</div>
</body></html>
"""

# --------------------------------------------------------------------------------------------------
# 09  JSON Resume (schema 1.0.0) in the look of jsonresume-theme-flat, rendered by a jinja2 template
# --------------------------------------------------------------------------------------------------
RESUME_JSON = {
    "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
    "basics": {
        "name": "Tomás Ekwueme-Haraldsen",
        "label": "Assistant Professor of Economics",
        "email": "t.ekwueme-haraldsen@example.edu",
        "phone": "(614) 555-0148",
        "url": "https://tekwueme.example.io",
        "summary": "Applied microeconomist. I study labour markets, migration and the economics of education, "
                   "mostly with administrative data from Norway and the United States.",
        "location": {"city": "Columbus", "region": "OH", "countryCode": "US"},
        "profiles": [{"network": "GitHub", "username": "tekwueme", "url": "https://github.com/tekwueme"},
                     {"network": "Twitter", "username": "tekwueme_econ"}],
    },
    "work": [
        {"name": "The Ohio State University", "position": "Assistant Professor, Department of Economics",
         "startDate": "2021-07", "summary": "Teaching undergraduate labour economics and a PhD field course."},
        {"name": "Statistics Norway (SSB)", "position": "Postdoctoral Researcher, Research Department",
         "startDate": "2019-08", "endDate": "2021-06"},
        {"name": "Federal Reserve Bank of Minneapolis", "position": "Dissertation Intern",
         "startDate": "2017-06", "endDate": "2017-08"},
    ],
    "education": [
        {"institution": "Northwestern University", "area": "Economics", "studyType": "PhD",
         "startDate": "2013-09", "endDate": "2019-06"},
        {"institution": "Norwegian School of Economics (NHH)", "area": "Economics", "studyType": "MSc",
         "startDate": "2011-08", "endDate": "2013-06"},
        {"institution": "University of Oslo", "area": "Economics", "studyType": "BA",
         "startDate": "2008-08", "endDate": "2011-06"},
    ],
    "awards": [
        {"title": "Upjohn Institute Early Career Research Award", "date": "2023", "awarder": "W.E. Upjohn Institute"},
        {"title": "Dissertation Fellowship", "date": "2018", "awarder": "Northwestern University Graduate School"},
    ],
    "publications": [
        {"name": "Refugee Children and the Returns to Early Language Support", "publisher": "Journal of Labor "
         "Economics", "releaseDate": "2024", "summary": "with Ingrid Solvang and Marcus Pryor"},
        {"name": "Teacher Turnover and Student Achievement: Evidence from Rural Norway", "publisher":
         "American Economic Journal: Applied Economics", "releaseDate": "2022", "summary": "with Ingrid Solvang"},
        {"name": "Occupational Licensing and Immigrant Earnings", "publisher": "Revise and resubmit at the "
         "Review of Economic Studies", "summary": "solo-authored"},
        {"name": "Who Moves for Opportunity? Local Wages and Internal Migration", "publisher": "NBER Working "
         "Paper No. 31555", "releaseDate": "2023", "summary": "with Carla Benedetti"},
    ],
    "skills": [{"name": "Econometrics", "keywords": ["Stata", "R", "Python", "Register data"]}],
    "languages": [{"language": "Norwegian", "fluency": "Native"}, {"language": "English", "fluency": "Fluent"}],
    "interests": [{"name": "Research fields", "keywords": ["Labor economics", "Economics of migration",
                                                         "Economics of education"]}],
    "references": [{"name": "Available on request", "reference": ""}],
}

FLAT = Template("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ b.name }}</title>
<meta name="generator" content="jsonresume-theme-flat (look), jinja2">
<style>
@page { size: letter; margin: 14mm 16mm }
body { font-family: "Lato", "Liberation Sans", sans-serif; font-size: 9.6pt; color:#333 }
header { background:#37474f; color:#fff; padding: 12px 16px; margin-bottom: 12px }
header h1 { margin: 0; font-size: 21pt; font-weight: 300 }
header .label { font-size: 11pt; color:#b0bec5 }
header .c { margin-top: 6px; font-size: 8.8pt }
section { overflow: hidden; border-top: 1px solid #cfd8dc; padding-top: 6px; margin-top: 8px }
section h2 { float: left; width: 27%; margin: 0; font-size: 10pt; text-transform: uppercase; letter-spacing: 1px; color:#546e7a }
section .body { margin-left: 29% }
.it { margin-bottom: 7px }
.it .h { font-weight: bold }
.it .m { color:#78909c; font-size: 8.8pt }
</style></head><body>
<header><h1>{{ b.name }}</h1><div class="label">{{ b.label }}</div>
<div class="c">✉ {{ b.email }} &nbsp; ☎ {{ b.phone }} &nbsp; ⌂ {{ b.url }} &nbsp; {{ b.location.city }}, {{ b.location.region }}</div>
<div class="c">{% for p in b.profiles %}{{ p.network }}: {{ p.username }}{% if not loop.last %} &nbsp;·&nbsp; {% endif %}{% endfor %}</div></header>
<section><h2>About</h2><div class="body">{{ b.summary }}</div></section>
<section><h2>Work Experience</h2><div class="body">{% for w in r.work %}<div class="it"><div class="h">{{ w.position }}</div>
<div class="m">{{ w.name }} · {{ w.startDate }} – {{ w.endDate or "Present" }}</div>{% if w.summary %}<div>{{ w.summary }}</div>{% endif %}</div>{% endfor %}</div></section>
<section><h2>Education</h2><div class="body">{% for e in r.education %}<div class="it"><div class="h">{{ e.institution }}</div>
<div class="m">{{ e.studyType }} in {{ e.area }} · {{ e.startDate }} – {{ e.endDate }}</div></div>{% endfor %}</div></section>
<section><h2>Publications</h2><div class="body">{% for p in r.publications %}<div class="it"><div class="h">{{ p.name }}</div>
<div class="m">{{ p.publisher }}{% if p.releaseDate %} · {{ p.releaseDate }}{% endif %}</div><div>{{ p.summary }}</div></div>{% endfor %}</div></section>
<section><h2>Awards</h2><div class="body">{% for a in r.awards %}<div class="it"><span class="h">{{ a.title }}</span> <span class="m">{{ a.awarder }} · {{ a.date }}</span></div>{% endfor %}</div></section>
<section><h2>Skills</h2><div class="body">{% for s in r.skills %}<div class="it"><span class="h">{{ s.name }}:</span> {{ s.keywords|join(", ") }}</div>{% endfor %}</div></section>
<section><h2>Interests</h2><div class="body">{% for s in r.interests %}<div class="it"><span class="h">{{ s.name }}:</span> {{ s.keywords|join(", ") }}</div>{% endfor %}</div></section>
<section><h2>Languages</h2><div class="body">{% for s in r.languages %}{{ s.language }} ({{ s.fluency }}){% if not loop.last %}, {% endif %}{% endfor %}</div></section>
<section><h2>References</h2><div class="body">{% for s in r.references %}{{ s.name }}{% endfor %}</div></section>
</body></html>
""")


def build09(out: Path) -> None:
    (SRC / "09_resume.json").write_text(json.dumps(RESUME_JSON, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")
    html = FLAT.render(r=RESUME_JSON, b=RESUME_JSON["basics"])
    weasy(html, out, "09_flat.rendered.html")


BUILDERS = {
    "03": ("03_br_pt_epidemiology_lattes_weasyprint.pdf", lambda o: weasy(LATTES, o, "03_lattes.html")),
    "04": ("04_zh_vision_phd_lagou_weasyprint.pdf", lambda o: weasy(LAGOU, o, "04_lagou.html")),
    "07": ("07_ca_pharma_research_scientist_resumeio_sidebar_weasyprint.pdf",
           lambda o: weasy(RESUMEIO, o, "07_resumeio.html")),
    "08": ("08_de_en_sociology_linkedin_pdf_weasyprint.pdf", lambda o: weasy(LINKEDIN, o, "08_linkedin.html")),
    "09": ("09_us_economics_asst_prof_jsonresume_flat_weasyprint.pdf", build09),
}


def build(key: str) -> Path:
    name, fn = BUILDERS[key]
    out = FILES / name
    fn(out)
    return out
