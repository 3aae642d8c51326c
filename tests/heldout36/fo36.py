"""XSL-FO writers for the Apache FOP files of heldout36 (02 and 07). Invented people."""
from __future__ import annotations

from xml.sax.saxutils import escape

from kit36 import SRC

B = 'border="0.6pt solid black"'


def c(text: str = "", span: int = 1, rows: int = 1, bold: bool = False, align: str = "center",
      bg: str | None = None, size: str | None = None) -> str:
    attrs = [B, 'padding="2.5pt"', 'display-align="center"']
    if span > 1:
        attrs.append(f'number-columns-spanned="{span}"')
    if rows > 1:
        attrs.append(f'number-rows-spanned="{rows}"')
    if bg:
        attrs.append(f'background-color="{bg}"')
    blocks = "".join(
        f'<fo:block text-align="{align}"{" font-weight=" + chr(34) + "bold" + chr(34) if bold else ""}'
        f'{" font-size=" + chr(34) + size + chr(34) if size else ""}>{escape(line) or "&#160;"}</fo:block>'
        for line in text.split("\n"))
    return f"<fo:table-cell {' '.join(attrs)}>{blocks}</fo:table-cell>"


def table(widths: list[str], rows: list[list[str]], space: str = "6pt") -> str:
    cols = "".join(f'<fo:table-column column-width="{w}"/>' for w in widths)
    body = "".join(f"<fo:table-row>{''.join(r)}</fo:table-row>" for r in rows)
    return (f'<fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="{space}">'
            f"{cols}<fo:table-body>{body}</fo:table-body></fo:table>")


def doc(font: str, size: str, header: str, body: str, footer: str, title: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="{font}" font-size="{size}" line-height="1.35">
 <fo:layout-master-set>
  <fo:simple-page-master master-name="A4" page-height="297mm" page-width="210mm" margin="14mm 18mm 12mm 18mm">
   <fo:region-body margin-top="12mm" margin-bottom="12mm"/>
   <fo:region-before extent="10mm"/><fo:region-after extent="10mm"/>
  </fo:simple-page-master>
 </fo:layout-master-set>
 <fo:declarations><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title></rdf:Description>
 </rdf:RDF></x:xmpmeta></fo:declarations>
 <fo:page-sequence master-reference="A4">
  <fo:static-content flow-name="xsl-region-before"><fo:block font-size="8pt" color="#555555" text-align="end"
   border-bottom="0.4pt solid #888888">{escape(header)}</fo:block></fo:static-content>
  <fo:static-content flow-name="xsl-region-after"><fo:block font-size="8pt" text-align="center">{footer}</fo:block></fo:static-content>
  <fo:flow flow-name="xsl-region-body">{body}</fo:flow>
 </fo:page-sequence>
</fo:root>
"""


def p(text: str, **kw: str) -> str:
    attrs = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in kw.items())
    return f"<fo:block {attrs}>{escape(text)}</fo:block>"


G = "#E7E6E6"


def write02() -> str:
    L = lambda t, **k: c(t, bg=G, bold=True, **k)  # noqa: E731
    pw = ["17mm", "62mm", "36mm", "18mm", "22mm", "19mm"]
    info = table(["22mm", "28mm", "20mm", "28mm", "22mm", "28mm", "26mm"], [
        [L("姓名"), c("宋婉清"), L("性别"), c("女"), L("出生日期"), c("1999年5月"), c("照\n片", rows=4)],
        [L("考生编号"), c("102466000012345"), L("政治面貌"), c("共青团员"), L("民族"), c("汉")],
        [L("手机"), c("155-5501-0147", span=2), L("电子邮箱"), c("songwq_cardio@example.com", span=2)],
        [L("报考专业"), c("内科学（心血管病）", span=2), L("报考导师"), c("（第一志愿）", span=2)],
        [L("英语水平"), c("CET-6  552分；IELTS 7.0（2024年）", span=3, align="left"),
         L("执业资格"), c("执业医师资格证（2023）", span=2)],
        [L("拟研究方向"), c("心力衰竭的早期识别与干预；心肌纤维化的影像与循环标志物", span=6, align="left")],
    ])
    edu = table(["34mm", "44mm", "48mm", "48mm"], [
        [c("本人学习经历（自本科起，按时间顺序）", span=4, bold=True, bg=G, align="left")],
        [L("起止时间"), L("学校（院系）"), L("专业"), L("学历/学位")],
        [c("2017.09—2022.06"), c("南方医科大学\n第一临床医学院"), c("临床医学（五年制）"), c("本科/医学学士")],
        [c("2023.09—至今"), c("中山大学\n中山医学院"), c("内科学（心血管病方向）"),
         c("硕士研究生（专业学位）在读\n预计2026年6月毕业")],
    ])
    work = table(["34mm", "92mm", "48mm"], [
        [c("工作（临床实践）经历", span=3, bold=True, bg=G, align="left")],
        [L("起止时间"), L("单位及科室"), L("职务")],
        [c("2022.07—2023.08"), c("中山大学附属第一医院 心血管内科"), c("住院医师（规范化培训）")],
    ])
    pubs = table(pw, [
        [c("科研成果（论文、专利等；请注明作者排名及收录情况）", span=6, bold=True, bg=G, align="left")],
        [L("序号"), L("题目"), L("期刊名称"), L("年份"), L("作者排名"), L("收录/IF")],
        [c("1"), c("Circulating microRNA-21 as a biomarker of myocardial fibrosis in heart failure with preserved "
                   "ejection fraction", align="left"),
         c("Frontiers in Cardiovascular Medicine"), c("2024"), c("第一作者"), c("SCI\nIF=3.6")],
        [c("2"), c("射血分数保留的心力衰竭患者心肌纤维化与运动耐量的相关性研究", align="left"),
         c("中华心血管病杂志"), c("2023"), c("第二作者"), c("中文核心")],
        [c("3"), c("Sodium-glucose cotransporter 2 inhibitors and atrial fibrillation burden after catheter "
                   "ablation: a propensity-matched cohort", align="left"),
         c("Europace"), c("在投\n(under review)"), c("共同第一作者\n（#）"), c("—")],
        [c("4"), c("心脏磁共振T1 mapping评估心肌纤维化的研究进展", align="left"),
         c("中国循环杂志"), c("2025\n（已录用）"), c("第一作者"), c("中文核心")],
    ])
    awards = table(["25mm", "101mm", "48mm"], [
        [c("获奖情况", span=3, bold=True, bg=G, align="left")],
        [L("时间"), L("奖励名称"), L("授予单位")],
        [c("2024.10"), c("研究生一等学业奖学金"), c("中山大学")],
        [c("2023.10"), c("研究生二等学业奖学金"), c("中山大学")],
        [c("2022.06"), c("广东省普通高等学校优秀毕业生"), c("广东省教育厅")],
        [c("2020.11"), c("三好学生"), c("南方医科大学")],
    ])
    conf = table(["174mm"], [
        [c("参加学术会议及交流情况", bold=True, bg=G, align="left")],
        [c("ESC Congress 2024（London），壁报交流：HFpEF患者循环miR-21与心肌纤维化（摘要）；\n"
           "第十八届中国南方国际心血管病学术会议（2024，广州），大会发言。", align="left")],
    ])
    ref = table(["30mm", "44mm", "50mm", "50mm"], [
        [c("推荐专家", span=4, bold=True, bg=G, align="left")],
        [L("姓名"), L("职称"), L("工作单位"), L("联系电话")],
        [c("陈立群"), c("主任医师、教授"), c("中山大学附属第一医院"), c("020-5550-0121")],
        [c("欧阳静"), c("副主任医师"), c("南方医科大学南方医院"), c("020-5550-0188")],
    ])
    pledge = table(["174mm"], [[c("本人保证所填写的信息及提交的材料真实、准确。如有不实，愿承担相应后果。\n\n"
                                   "考生签名：                           2025年11月20日", align="left")]])
    body = (p("复旦大学2026年博士研究生招生“申请-考核”制", font_family="Hei", font_size="15pt", text_align="center")
            + p("考生申请表", font_family="Hei", font_size="15pt", text_align="center", space_after="6pt")
            + p("报考院系：上海医学院（中山医院）          申请类别：普通招考（申请-考核）", font_size="9pt",
                space_after="4pt")
            + info + edu + work + pubs + conf + awards + ref + pledge)
    fo = doc("SongCN", "9.5pt", "复旦大学研究生招生办公室制", body,
             'Page <fo:page-number/>', "博士研究生申请-考核申请表")
    (SRC / "02_phd_application.fo").write_text(fo, encoding="utf-8")
    return "02_phd_application.fo"


def write07() -> str:
    L = lambda t, **k: c(t, bg="#EDEDED", bold=True, **k)  # noqa: E731
    info = table(["24mm", "50mm", "24mm", "76mm"], [
        [L("姓　　名"), c("賴冠廷（LAI, Kuan-ting）", align="left"), L("現　　職"), c("國立成功大學歷史學系 助理教授", align="left")],
        [L("出生日期"), c("民國76年4月", align="left"), L("電子郵件"), c("ktlai@gs.ncku.example.edu.tw", align="left")],
        [L("行動電話"), c("0900-555-136", align="left"), L("通訊地址"), c("701 臺南市東區大學路1號 歷史學系（修齊大樓）", align="left")],
        [L("研究專長"), c("臺灣經濟史、日治時期商業史、帳簿與檔案研究、東亞米穀貿易", span=3, align="left")],
    ])
    edu = table(["52mm", "46mm", "22mm", "54mm"], [
        [L("學校名稱"), L("系所"), L("學位"), L("起訖年月")],
        [c("國立臺灣大學"), c("歷史學研究所"), c("博士"), c("民國104年9月至110年1月")],
        [c("日本京都大學"), c("人文科學研究所"), c("訪問研究生"), c("民國107年4月至108年3月")],
        [c("國立政治大學"), c("歷史學系"), c("碩士"), c("民國101年9月至104年6月")],
        [c("國立清華大學"), c("人文社會學系"), c("學士"), c("民國97年9月至101年6月")],
    ])
    job = table(["62mm", "58mm", "54mm"], [
        [L("服務機關"), L("職稱"), L("起訖年月")],
        [c("國立成功大學歷史學系"), c("助理教授"), c("民國111年8月至今")],
        [c("中央研究院臺灣史研究所"), c("博士後研究學者"), c("民國110年2月至111年7月")],
        [c("國立臺灣大學歷史學系"), c("兼任講師"), c("民國110年2月至111年1月")],
    ])
    aw = table(["34mm", "140mm"], [
        [L("年度"), L("獎項")],
        [c("民國110年"), c("臺灣歷史學會博士論文獎", align="left")],
        [c("民國109年"), c("科技部人文及社會科學研究發展司　博士候選人撰寫博士論文獎勵", align="left")],
        [c("民國107年"), c("日本台灣交流協會　招聘研究者獎學金（京都大學，一年）", align="left")],
    ])
    proj = table(["34mm", "100mm", "40mm"], [
        [L("執行期限"), L("計畫名稱"), L("補助單位")],
        [c("112/08/01-115/07/31"), c("帳簿、信用與地方社會：日治時期臺南米穀商研究（主持人）", align="left"),
         c("國家科學及技術委員會")],
    ])
    h = lambda t: p(t, font_family="KaiTW", font_size="13pt", space_before="9pt", space_after="4pt",  # noqa: E731
                    border_bottom="1pt solid #444444")
    item = lambda t: p(t, start_indent="6mm", text_indent="-6mm", space_after="3pt")  # noqa: E731
    body = (p("個 人 履 歷", font_family="KaiTW", font_size="20pt", text_align="center", space_after="8pt")
            + p("更新日期：民國114年10月", font_size="8.5pt", text_align="end", space_after="3pt")
            + info + h("一、學歷") + edu + h("二、經歷") + job
            + h("三、著作目錄")
            + p("（一）期刊論文", font_family="KaiTW", space_after="2pt")
            + item("1. 賴冠廷，〈帳簿裡的家族：一個臺南商號的三代經營〉，《新史學》，已接受刊登。")
            + item("2. Lai, Kuan-ting. “Rice Brokers and Colonial Credit in Southern Taiwan, 1905–1937.” "
                   "Modern Asian Studies (forthcoming, 2025).")
            + item("3. 賴冠廷，〈日治時期臺南米穀商的信用網絡與帳簿實踐〉，《臺灣史研究》，30卷2期"
                   "（2023年6月），頁45-92。（THCI）")
            + item("4. 賴冠廷、林雅筑，〈戰後初期糧食局檔案中的「黑市」敘事〉，《國史館館刊》，第74期"
                   "（2022年12月），頁1-38。")
            + p("（二）專書論文", font_family="KaiTW", space_after="2pt")
            + item("5. 賴冠廷，〈米穀檢查制度與地方社會〉，收入李文彬主編，《殖民地經濟的再思考》"
                   "（臺北：中央研究院臺灣史研究所，2024），頁131-170。")
            + p("（三）學位論文", font_family="KaiTW", space_after="2pt")
            + item("6. 賴冠廷，《米、帳與人：日治時期臺南米穀商的經營網絡（1895-1945）》，"
                   "國立臺灣大學歷史學研究所博士論文，2021。")
            + p("（四）學術演講", font_family="KaiTW", space_after="2pt")
            + item("〈帳簿作為史料：方法與限制〉，國立中興大學歷史學系專題演講，民國113年3月。")
            + h("四、研究計畫") + proj
            + h("五、獲獎紀錄") + aw
            + h("六、教學")
            + p("臺灣史（大學部必修）、臺灣經濟史專題（研究所）、史料解讀與檔案實作（大學部選修）。"))
    fo = doc("MingTW", "10pt", "賴冠廷 個人履歷", body,
             '第 <fo:page-number/> 頁', "賴冠廷 個人履歷")
    (SRC / "07_tw_cv.fo").write_text(fo, encoding="utf-8")
    return "07_tw_cv.fo"
