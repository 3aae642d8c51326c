"""06, 08, 09: documents converted to PDF by LibreOffice (soffice --headless): a hand-written flat ODT (06), an HTML
page with an icon font opened by Writer/Web (08), a hand-written RTF (09)."""
from __future__ import annotations

import shutil
import tempfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from kit16 import FILES, SRC, label, pin_pdf, soffice


def lo_pdf(src: Path, out: Path, filt: str = "pdf") -> None:
    with tempfile.TemporaryDirectory() as td:
        made = soffice(src, Path(td), filt)
        shutil.copy(made, out)
    pin_pdf(out)


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>履歷表</dc:title><meta:creation-date>2024-07-01T00:00:00</meta:creation-date></office:meta>
<office:font-face-decls>
 <style:font-face style:name="UMing" svg:font-family="'AR PL UMing TW'"/>
 <style:font-face style:name="UKai" svg:font-family="'AR PL UKai TW'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/>
  <style:text-properties style:font-name="UMing" style:font-name-asian="UMing" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="zh" fo:country="TW"/></style:default-style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name-asian="UKai" fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold" fo:letter-spacing="0.2cm"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:padding-bottom="0.05cm" fo:border-bottom="1.2pt solid #8B0000"/>
  <style:text-properties fo:color="#8B0000" fo:font-size="12.5pt" style:font-size-asian="12.5pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
 <style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" fo:color="#555555"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #999999"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #999999" fo:background-color="#F3E6E6"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:footer><text:p text:style-name="C"><text:span>賴柏勳 履歷　第 </text:span><text:page-number text:select-page="current">1</text:page-number><text:span> 頁</text:span></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def P(t, style="Standard"):
    return f'<text:p text:style-name="{style}">{t}</text:p>\n'


def B(t):
    return f'<text:span text:style-name="B">{escape(t)}</text:span>'


COLSTYLES: set[int] = set()


def odt_table(rows, widths_cm, header=True):
    cols = "".join(f'<table:table-column table:style-name="col{int(w * 10)}"/>' for w in widths_cm)
    COLSTYLES.update(int(w * 10) for w in widths_cm)
    out = f'<table:table table:name="t{zlib.crc32(str(rows).encode()) % 1000}" table:style-name="T">{cols}'
    for i, r in enumerate(rows):
        out += "<table:table-row>"
        for c in r:
            st = "TH" if header and i == 0 else "TC"
            out += f'<table:table-cell table:style-name="{st}" office:value-type="string">{P(escape(c) if i or not header else B(c))}</table:table-cell>'
        out += "</table:table-row>"
    return out + "</table:table>\n"


def cv06() -> dict:
    f = "06_zh_hant_tw_mechanical_engineer_minguo_flat_odt_libreoffice.pdf"
    body = "".join([
        P("履　歷　表", "Title"),
        P("個人資料", "H"),
        odt_table([
            ["姓名", "賴柏勳（LAI, PO-HSUN）", "性別", "男"],
            ["出生年月日", "民國84年5月12日", "兵役狀況", "役畢"],
            ["行動電話", "0900-555-173", "E-mail", "laipohsun@example.com.tw"],
            ["通訊地址", "桃園市中壢區（虛構地址）", "希望職稱", "機構研發主任／資深機構工程師"],
        ], [2.5, 6, 2.5, 6], header=False),
        P("學歷", "H"),
        odt_table([
            ["就學期間", "學校名稱", "科系", "學位"],
            ["民國106年9月 ~ 民國108年6月", "國立成功大學", "機械工程學系 碩士班", "碩士"],
            ["民國102年9月 ~ 民國106年6月", "國立中興大學", "機械工程學系", "學士"],
        ], [5, 4, 5, 3]),
        P("碩士論文：應用拓樸最佳化於筆記型電腦轉軸之輕量化設計（指導教授：鄭文彥 教授）", "Small"),
        P("工作經歷", "H"),
        P(B("台達電子工業股份有限公司") + "　｜　資深機構工程師　｜　民國111年3月 ~ 迄今"),
        P("・負責工業電源供應器機構設計與散熱結構開發，主導3項新機種由設計至量產。"),
        P("・導入 ANSYS 熱流模擬與 DFM 檢討流程，試產不良率由 4.2% 降至 1.5%。"),
        P(B("鴻海精密工業股份有限公司") + "　｜　機構設計工程師　｜　民國108年10月 ~ 民國111年2月"),
        P("・負責伺服器機箱鈑金件與塑膠件設計，與模具廠協同開模及試模。"),
        P("・建立標準件資料庫，縮短設計週期約15%。"),
        P("專長技能", "H"),
        P("SolidWorks、Creo、AutoCAD、ANSYS Mechanical／Icepak、GD&amp;T 公差分析、鈑金與塑膠件設計、DFM/DFA"),
        P("證照", "H"),
        P("電腦輔助機械設計製圖 乙級技術士（民國105年）；CSWP（SOLIDWORKS 專業認證，民國109年）；TOEIC 845分"),
        P("獲獎紀錄", "H"),
        P("民國109年　鴻海精密 年度優秀新人獎"),
        P("民國105年　國立中興大學機械系 實務專題競賽 第二名"),
        P("著作", "H"),
        P("賴柏勳、鄭文彥（2019）。〈應用拓樸最佳化於筆電轉軸輕量化設計〉。《中國機械工程學會第三十六屆全國學術研討會論文集》，臺南。"),
        P("自傳", "H"),
        P("我成長於臺中，大學時期參與學生方程式賽車隊，負責車架設計，從此對機構設計產生濃厚興趣。碩士班期間專注於拓樸最佳化與輕量化設計，"
          "進入職場後先後於鴻海與台達電從事伺服器與電源產品之機構開發，熟悉從概念設計、模流與熱流分析到量產導入的完整流程。"
          "期望未來能在貴公司發揮所長，帶領團隊開發更具競爭力的產品。"),
    ])
    src = SRC / f.replace(".pdf", ".fodt")
    colst = "".join(f'<style:style style:name="col{w}" style:family="table-column"><style:table-column-properties style:column-width="{w / 10}cm"/></style:style>'
                    for w in sorted(COLSTYLES))
    src.write_text(FODT_HEAD.replace("</office:automatic-styles>", colst + "</office:automatic-styles>") + body + "</office:text></office:body></office:document>\n", encoding="utf-8")
    lo_pdf(src, FILES / f)
    return label(
        f, "賴柏勳", name_any=["LAI, PO-HSUN", "Lai Po-Hsun", "Po-Hsun Lai", "LAI PO-HSUN", "賴柏勳（LAI, PO-HSUN）"],
        emails=["laipohsun@example.com.tw"], phones=["+886900555173"], links=[],
        education=[
            {"institution": "國立成功大學", "degree_level": "master", "start": "2017-09", "end": "2019-06"},
            {"institution": "國立中興大學", "degree_level": "bachelor", "start": "2013-09", "end": "2017-06"},
        ],
        experience=[
            {"organization": "台達電子工業股份有限公司", "title": "資深機構工程師", "start": "2022-03", "end": "present"},
            {"organization": "鴻海精密工業股份有限公司", "title": "機構設計工程師", "start": "2019-10", "end": "2022-02"},
        ],
        publications_count=1, first_author_count=1,
        publications_sample=[
            {"title": "應用拓樸最佳化於筆電轉軸輕量化設計", "venue": "中國機械工程學會第三十六屆全國學術研討會論文集",
             "year": 2019, "first_author": True, "status": "published"},
        ],
        research_interests_any=[], awards_count=2,
        language="zh-Hant",
        layout="Taiwanese 履歷表 (104-job-bank-like sections), hand-written flat ODT (.fodt) converted by LibreOffice; label/value grid, ruled dark-red headings, AR PL UMing TW, footer '賴柏勳 履歷 第 n 頁'",
        notes="Every date is a Republic-of-China (民國) year: 民國 + 1911 = Gregorian, so '民國106年9月 ~ 民國108年6月' = 2017-09 to 2019-06, '民國111年3月 ~ 迄今' = 2022-03 to present ('迄今' = present), birth date 民國84年 (not an entry). "
              "Labels carry Gregorian dates. Name '賴柏勳（LAI, PO-HSUN）' in the 姓名 cell of a 4-column label/value grid (passport romanisation, surname first in capitals). Taiwanese mobile '0900-555-173' (+886, trunk 0 dropped). "
              "學歷 as a table 就學期間 | 學校名稱 | 科系 | 學位 ('碩士', '學士'); the thesis line below is not a separate publication. Jobs as 'Company　｜　Role　｜　dates' lines. "
              "證照 (乙級技術士, CSWP, TOEIC) are not awards; 獲獎紀錄: 2. 著作: one Taiwanese-APA conference paper with a Gregorian year (2019) in brackets; venue = the proceedings title in 《》.",
    )


def ic(code):
    return f'<font face="FontAwesome" color="#0B6E4F">&#x{code};</font>'


HTML_08 = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>骆天翊 - 简历</title>
<style>
body { font-family: 'WenQuanYi Micro Hei'; font-size: 10pt; }
h1 { font-size: 22pt; color: #0B6E4F; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; color: #0B6E4F; border-bottom: 1px solid #0B6E4F; margin-top: 10pt; }
td { vertical-align: top; font-size: 10pt; }
.d { color: #666666; width: 16%; }
</style></head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="70%"><h1>骆天翊</h1>
<p>后端开发工程师 · 分布式存储 / 基础架构 · 6年经验</p>
<p>{phone} 199-5550-0146 &nbsp; {mail} luotianyi@example.com<br>
{gh} github.com/lty-infra-example &nbsp; {loc} 北京 · 海淀</p></td>
<td width="30%" align="right"><table border="1" cellpadding="4" cellspacing="0"><tr><td width="90" height="110" align="center"><font color="#999999">照片</font></td></tr></table></td>
</tr></table>

<h2>{work} 工作经历</h2>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="d" width="16%"><font color="#666666">2022.03 –<br>至今</font></td>
<td><b>北京快手科技有限公司 | 基础架构部 · 资深后端工程师</b>
<ul><li>负责对象存储元数据服务的分片与迁移，集群规模 1200+ 节点，可用性 99.995%</li>
<li>设计冷热分层策略，年节省存储成本约 2,300 万元</li></ul></td></tr>
<tr><td class="d" width="16%"><font color="#666666">2019.07 –<br>2022.02</font></td>
<td><b>北京京东世纪贸易有限公司 | 后端开发工程师</b>
<ul><li>参与 JIMDB（分布式缓存）的容量调度模块开发，支撑 618 / 双 11 大促</li>
<li>Go 重写代理层连接池，P99 延迟下降 35%</li></ul></td></tr>
<tr><td class="d" width="16%"><font color="#666666">2018.4 –<br>2018.9</font></td>
<td><b>微软亚洲研究院 | 系统与网络组 · 研究实习生</b>
<ul><li>参与 RDMA 网络下的分布式事务原型实现</li></ul></td></tr>
</table>

<h2>{proj} 项目经历</h2>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="d" width="16%"><font color="#666666">2023.05 –<br>2024.01</font></td>
<td><b>元数据服务 Raft 化改造 | 技术负责人</b><br>将主从复制替换为 Multi-Raft，故障切换时间从分钟级降到 3 秒内。</td></tr>
<tr><td class="d" width="16%"><font color="#666666">2020.09 –<br>2021.03</font></td>
<td><b>缓存容量预测系统 | 核心开发</b><br>基于时间序列模型预测大促容量，扩容决策自动化。</td></tr>
</table>

<h2>{edu} 教育经历</h2>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="d" width="16%"><font color="#666666">2016.09 –<br>2019.06</font></td>
<td><b>北京邮电大学</b> &nbsp; 计算机科学与技术 &nbsp; 硕士 &nbsp; （导师：孟凡舟 副教授）</td></tr>
<tr><td class="d" width="16%"><font color="#666666">2012.09 –<br>2016.06</font></td>
<td><b>山东大学</b> &nbsp; 软件工程 &nbsp; 本科</td></tr>
</table>

<h2>{pub} 论文与专利</h2>
<p>[1] <b>Tianyi Luo</b>, Fanzhou Meng, Yuqing Li. Rethinking Write Amplification of Erasure-Coded Object Stores on SMR Drives. In <i>HotStorage 2019</i> (11th USENIX Workshop on Hot Topics in Storage and File Systems), 2019.</p>
<p>[2] 发明专利：一种对象存储元数据的在线分片迁移方法（已授权，第一发明人）</p>

<h2>{skill} 专业技能</h2>
<p>Go / C++ / Java；Raft、Paxos、LSM-tree；Kubernetes、Prometheus；熟悉 Linux 内核网络栈与 eBPF 性能分析</p>

<h2>{award} 荣誉</h2>
<p>2023 年 快手年度「技术之星」 &nbsp;·&nbsp; 2018 年 北京邮电大学研究生一等学业奖学金</p>
</body></html>
"""


def cv08() -> dict:
    f = "08_zh_infra_engineer_html_fontawesome_libreoffice_writerweb.pdf"
    html = HTML_08
    for k, code in dict(phone="f095", mail="f0e0", gh="f09b", loc="f041", work="f0b1", proj="f121", edu="f19d",
                        pub="f02d", skill="f0ad", award="f091").items():
        html = html.replace("{" + k + "}", ic(code))
    src = SRC / f.replace(".pdf", ".html")
    src.write_text(html, encoding="utf-8")
    lo_pdf(src, FILES / f, "pdf:writer_web_pdf_Export")
    return label(
        f, "骆天翊", name_any=["Luo Tianyi", "Tianyi Luo"],
        emails=["luotianyi@example.com"], phones=["+8619955500146"], links=["github.com/lty-infra-example"],
        education=[
            {"institution": "北京邮电大学", "degree_level": "master", "start": "2016-09", "end": "2019-06"},
            {"institution": "山东大学", "degree_level": "bachelor", "start": "2012-09", "end": "2016-06"},
        ],
        experience=[
            {"organization": "北京快手科技有限公司", "title": "资深后端工程师", "start": "2022-03", "end": "present"},
            {"organization": "北京京东世纪贸易有限公司", "title": "后端开发工程师", "start": "2019-07", "end": "2022-02"},
            {"organization": "微软亚洲研究院", "title": "研究实习生", "start": "2018-04", "end": "2018-09"},
        ],
        publications_count=1, first_author_count=1,
        publications_sample=[
            {"title": "Rethinking Write Amplification of Erasure-Coded Object Stores on SMR Drives", "venue": "HotStorage",
             "year": 2019, "first_author": True, "status": "published"},
        ],
        research_interests_any=[], awards_count=2,
        language="zh",
        layout="Chinese web résumé (HTML tables, Font Awesome icon font glyphs from the Private Use Area before the contact items and headings) opened by LibreOffice Writer/Web and exported to PDF",
        notes="Icon glyphs (U+F095 phone, U+F0E0 mail, U+F09B GitHub, U+F041 map marker, U+F0B1 briefcase, …) are Private-Use code points in the text layer, glued before contact items and headings ('\\uf0b1 工作经历'). "
              "Photo box (a bordered cell reading 照片) at the right of the name. Entries are two-cell rows: a grey date cell broken by <br> into '2022.03 –' / '至今' and '2018.4 –' / '2018.9' (single-digit months), "
              "and 'Company | Dept · Role' in bold (title labelled without the department). 项目经历 rows have the same shape but are projects. "
              "论文与专利: one USENIX workshop paper (HotStorage 2019, first author, bold own name) and a patent (not a paper). 荣誉: 2 on one line (技术之星, 学业奖学金).",
    )


def rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o > 0xFFFF:
            raise ValueError(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def rtf_doc(blocks) -> str:
    """blocks: list of (kind, text) with kinds title, sub, h, p, ref, hz (Chinese heading), pz, pagebreak."""
    head = (r"{\rtf1\ansi\ansicpg936\deff0\uc1" "\n"
            r"{\fonttbl{\f0\froman\fcharset0 DejaVu Serif;}{\f1\fnil\fcharset134 AR PL UMing CN;}{\f2\fswiss\fcharset0 DejaVu Sans;}}" "\n"
            r"{\colortbl;\red0\green0\blue0;\red31\green78\blue121;\red110\green110\blue110;}" "\n"
            r"{\info{\title Curriculum Vitae}{\author Lanxin Qiao}{\creatim\yr2024\mo7\dy1\hr0\min0}}" "\n"
            r"\paperw11906\paperh16838\margl1300\margr1300\margt1200\margb1200" "\n"
            r"{\header\pard\qr\f2\fs16\cf3 Lanxin Qiao \u8212? Curriculum Vitae \u8212? page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}" "\n")
    body = []
    for kind, t in blocks:
        e = rtf_escape(t) if isinstance(t, str) else ""
        if kind == "title":
            body.append(r"\pard\qc\sa60\f2\fs36\b " + e + r"\b0\par")
        elif kind == "sub":
            body.append(r"\pard\qc\sa200\f0\fs19 " + e + r"\par")
        elif kind == "h":
            body.append(r"\pard\sb240\sa80\brdrb\brdrs\brdrw10\brsp20\f2\fs22\b\cf2 " + e + r"\cf1\b0\par")
        elif kind == "hz":
            body.append(r"\pard\sb240\sa80\brdrb\brdrs\brdrw10\brsp20\f1\fs22\b\cf2 " + e + r"\cf1\b0\par")
        elif kind == "entry":  # left label, right-aligned date via tab
            left, date = t
            body.append(r"\pard\tqr\tx9300\sa20\f0\fs20 " + rtf_escape(left) + r"\tab\cf3 " + rtf_escape(date) + r"\cf1\par")
        elif kind == "p":
            body.append(r"\pard\sa40\f0\fs20 " + e + r"\par")
        elif kind == "pz":
            body.append(r"\pard\sa40\f1\fs20 " + e + r"\par")
        elif kind == "ref":
            body.append(r"\pard\li360\fi-360\sa60\f0\fs20 " + e + r"\par")
        elif kind == "pagebreak":
            body.append(r"\page")
    return head + "\n".join(body) + "\n}"


def cv09() -> dict:
    f = "09_en_zh_ecology_postdoc_application_rtf_libreoffice.pdf"
    blocks = [
        ("title", "Lanxin QIAO  乔岚心"),
        ("sub", "Ph.D. in Ecology  |  qiaolanxin@example.com  |  +86 199 5550 0115  |  Lanzhou, Gansu, China"),
        ("p", "Application for a postdoctoral position (博士后) at the Institute of Botany, Chinese Academy of Sciences"),
        ("h", "RESEARCH INTERESTS"),
        ("p", "Plant functional traits; alpine grassland ecology; drought legacy effects; belowground–aboveground linkages"),
        ("h", "EDUCATION"),
        ("entry", ("Ph.D. in Ecology, Lanzhou University, China", "Sept 2019 – June 2024")),
        ("p", "     Dissertation: Root trait responses of alpine grassland plants to drought and nitrogen. Advisor: Prof. Hanqing Zhou"),
        ("entry", ("Joint Ph.D. student (CSC-funded), Utrecht University, the Netherlands", "Oct 2021 – Oct 2022")),
        ("p", "     Host: Dr. Femke T. de Vries-Aalbers, Ecology and Biodiversity Group"),
        ("entry", ("B.Sc. in Biological Sciences, Northwest University, Xi'an, China", "Sept 2015 – June 2019")),
        ("h", "RESEARCH AND TEACHING EXPERIENCE"),
        ("entry", ("Research Assistant, College of Ecology, Lanzhou University", "July 2024 – present")),
        ("entry", ("Teaching Assistant (Field Ecology), Lanzhou University", "Sept 2020 – Jan 2021")),
        ("h", "PUBLICATIONS  (# equal contribution, * corresponding author)"),
        ("ref", "1. Qiao, L.#, Ma, Y.#, & Zhou, H.* (2024). Drought legacy effects on root traits of alpine grassland species. Journal of Ecology, 112(3), 540–553."),
        ("ref", "2. Ma, Y., Qiao, L., Wang, J., & Zhou, H.* (2023). Soil moisture thresholds for seedling recruitment on the Qinghai–Tibet Plateau. Functional Ecology, 37(8), 2101–2113."),
        ("ref", "3. Qiao, L., de Vries-Aalbers, F. T., & Zhou, H.* (2023). Nitrogen addition decouples root and leaf economics in alpine meadows. Global Change Biology, 29(15), 4411–4425."),
        ("ref", "4. Qiao, L., & Zhou, H.* Trait coordination under repeated drought in a common-garden experiment. New Phytologist (in press)."),
        ("ref", "5. Qiao, L., Ma, Y., et al. Recovery debt of alpine grasslands after extreme drought. Submitted to Ecology Letters (under review)."),
        ("ref", "6. 乔岚心, 周汉卿*. 青藏高原高寒草甸植物功能性状对增温的响应[J]. 生态学报, 2021, 41(12): 4890-4901."),
        ("h", "HONOURS AND AWARDS"),
        ("entry", ("National Scholarship for Doctoral Students, Ministry of Education", "2022")),
        ("entry", ("Outstanding Graduate, Lanzhou University", "2024")),
        ("h", "REFEREES"),
        ("p", "Prof. Hanqing Zhou, Lanzhou University (zhouhq@lzu.example.edu.cn); Dr. Femke T. de Vries-Aalbers, Utrecht University (f.devries@uu.example.nl)"),
        ("pagebreak", ""),
        ("hz", "个人简历（中文）"),
        ("pz", "姓名：乔岚心　　性别：女　　出生年月：1997年3月　　政治面貌：中共党员"),
        ("hz", "教育经历"),
        ("pz", "2019年9月—2024年6月　兰州大学　生态学　博士研究生（导师：周汉卿 教授）"),
        ("pz", "2021年10月—2022年10月　荷兰乌得勒支大学　国家公派联合培养博士研究生"),
        ("pz", "2015年9月—2019年6月　西北大学　生物科学　本科"),
        ("hz", "工作经历"),
        ("pz", "2024年7月至今　兰州大学生态学院　科研助理"),
        ("hz", "博士后研究计划（摘要）"),
        ("pz", "拟在合作导师指导下，围绕“干旱遗留效应对高寒草地地下—地上功能性状耦合的影响”开展研究，结合控制实验与全球性状数据库，揭示草地生态系统恢复力的性状基础。"),
        ("pz", "代表性论文及获奖情况见英文部分。"),
    ]
    src = SRC / f.replace(".pdf", ".rtf")
    src.write_text(rtf_doc(blocks), encoding="ascii")
    lo_pdf(src, FILES / f)
    return label(
        f, "乔岚心", name_any=["Lanxin Qiao", "Lanxin QIAO", "QIAO Lanxin", "Qiao Lanxin", "Lanxin QIAO 乔岚心"],
        emails=["qiaolanxin@example.com"], phones=["+8619955500115"], links=[],
        education=[
            {"institution": "Lanzhou University", "degree_level": "phd", "start": "2019-09", "end": "2024-06"},
            {"institution": "Utrecht University", "degree_level": "other", "start": "2021-10", "end": "2022-10"},
            {"institution": "Northwest University", "degree_level": "bachelor", "start": "2015-09", "end": "2019-06"},
        ],
        experience=[
            {"organization": "Lanzhou University", "title": "Research Assistant", "start": "2024-07", "end": "present"},
            {"organization": "Lanzhou University", "title": "Teaching Assistant", "start": "2020-09", "end": "2021-01"},
        ],
        publications_count=6, first_author_count=5,
        publications_sample=[
            {"title": "Drought legacy effects on root traits of alpine grassland species", "venue": "Journal of Ecology",
             "year": 2024, "first_author": True, "status": "published"},
            {"title": "Soil moisture thresholds for seedling recruitment on the Qinghai–Tibet Plateau", "venue": "Functional Ecology",
             "year": 2023, "first_author": False, "status": "published"},
            {"title": "Trait coordination under repeated drought in a common-garden experiment", "venue": "New Phytologist",
             "year": None, "first_author": True, "status": "in press"},
            {"title": "Recovery debt of alpine grasslands after extreme drought", "venue": "Ecology Letters", "year": None,
             "first_author": True, "status": "under review"},
            {"title": "青藏高原高寒草甸植物功能性状对增温的响应", "venue": "生态学报", "year": 2021, "first_author": True, "status": "published"},
        ],
        research_interests_any=["Plant functional traits", "alpine grassland ecology", "drought legacy effects"],
        awards_count=2,
        language="en+zh",
        layout="English CV first, then after a page break a short Chinese 个人简历 repeating education and work; hand-written RTF (\\uN escapes, right tab stops, bottom-bordered headings, running header with PAGE field) converted by LibreOffice",
        notes="A postdoc (博士后) application: English part first (caps headings with a bottom border, 'Degree, University, Country<TAB>Sept 2019 – June 2024' with right-aligned dates), then page 2 '个人简历（中文）' with "
              "the same degrees and job in Chinese ('2019年9月—2024年6月　兰州大学　生态学　博士研究生', '2024年7月至今' = present). A careful reader counts each degree/job once: labelled once, with the English names. "
              "The CSC joint-PhD year at Utrecht (Joint Ph.D. student / 国家公派联合培养博士研究生) is education, level other. TA 'Sept 2020 – Jan 2021' is a job. "
              "Publications: '#' equal contribution and '*' corresponding defined in the heading; 6 entries, first authorship 1, 3, 4, 5, 6 = 5 (2 has Ma first). 4 '(in press)' and 5 'Submitted to Ecology Letters (under review)' without years; 6 is a Chinese GB/T [J] entry. "
              "Referees' e-mails are not the candidate's. Name printed 'Lanxin QIAO  乔岚心' (surname in capitals) and '姓名：乔岚心'. Awards: 2.",
    )
