"""08: an ODT written with odfdo (bilingual Traditional Chinese / English), printed by LibreOffice."""
from __future__ import annotations

from odfdo import Document, Header, Paragraph, Style

LINES = [
    ("title", "柯宜蓁　KO Yi-Chen, Ph.D."),
    ("c", "國立臺灣大學心理學系 助理教授 ｜ Assistant Professor, Department of Psychology, National Taiwan University"),
    ("c", "電話 Tel: +886 2 5555 0156 ｜ E-mail: ycko@ntu.example.edu.tw ｜ 106 臺北市大安區羅斯福路四段1號"),
    ("h", "研究領域 Research Interests"),
    ("p", "工作記憶與注意力；雙語認知控制；眼動追蹤。Working memory and attention; bilingual cognitive control; "
          "eye tracking."),
    ("h", "學歷 Education"),
    ("p", "2013/08 – 2018/05\t美國密西根大學 心理學博士　Ph.D. in Psychology, University of Michigan, Ann Arbor"),
    ("p", "2010/09 – 2012/06\t國立政治大學 心理學碩士　M.S. in Psychology, National Chengchi University"),
    ("p", "2006/09 – 2010/06\t國立臺灣大學 心理學學士　B.S. in Psychology, National Taiwan University"),
    ("h", "經歷 Academic Appointments"),
    ("b", "國立臺灣大學 National Taiwan University"),
    ("i", "2021/08 – 迄今\t心理學系 助理教授　Assistant Professor, Department of Psychology"),
    ("i", "2023/02 – 迄今\t腦與心智科學研究所 合聘助理教授　Joint Assistant Professor, Graduate Institute of Brain "
          "and Mind Sciences"),
    ("b", "中央研究院 Academia Sinica"),
    ("i", "2018/09 – 2021/07\t語言學研究所 博士後研究學者　Postdoctoral Scholar, Institute of Linguistics"),
    ("b", "日本京都大學 Kyoto University"),
    ("i", "2019年7月 – 2019年9月\t訪問學者　Visiting Researcher, Graduate School of Education"),
    ("h", "獎項 Honors"),
    ("p", "2023\t科技部吳大猷先生紀念獎　MOST Ta-You Wu Memorial Award"),
    ("p", "2016\t美國密西根大學 Rackham 博士論文獎學金　Rackham Predoctoral Fellowship"),
    ("h", "著作 Publications"),
    ("p", "* 通訊作者 corresponding author；† 指導學生 supervised student"),
    ("s", "期刊論文 Journal Articles"),
    ("r", "Ko, Y.-C.*, & Lin, P.-H.† (2024). Bilingual switching costs are not domain-general: Evidence from "
          "eye movements. Journal of Experimental Psychology: General, 153(4), 987–1004."),
    ("r", "林品萱†、柯宜蓁*（2023）。中文閱讀中的副中央凹預視效益。中華心理學刊，65（2），113–136。"),
    ("r", "Chen, S.-W., Ko, Y.-C., & Hartley, D. (2020). Working memory load and attentional capture. "
          "Psychonomic Bulletin & Review, 27, 512–521."),
    ("r", "Ko, Y.-C., & Hartley, D. (2018). Attention to the mind's eye. Cognition, 178, 1–12."),
    ("s", "審查中 Under Review"),
    ("r", "Ko, Y.-C.*, Tsai, M.-J.†, & Chen, S.-W. Language control in trilingual speakers. Submitted to "
          "Bilingualism: Language and Cognition."),
    ("s", "研討會 Conference Presentations"),
    ("r", "Ko, Y.-C. (2023, November). Switching in the eyes. Poster, Psychonomic Society 64th Annual Meeting, "
          "San Francisco, CA."),
    ("h", "研究計畫 Grants"),
    ("p", "國科會專題研究計畫（NSTC 112-2410-H-002-555），2023–2026，主持人 PI"),
]


def build_08(odt_path):
    doc = Document("text")
    body = doc.body
    body.clear()
    styles = [
        Style("paragraph", name="CvTitle", area="text", size="18pt", bold=True, align="center",
              font="Noto Sans CJK TC"),
        Style("paragraph", name="CvCentre", area="text", size="9pt", align="center", font="Noto Sans CJK TC"),
        Style("paragraph", name="CvBody", area="text", size="10pt", font="Noto Sans CJK TC"),
        Style("paragraph", name="CvOrg", area="text", size="10pt", bold=True, font="Noto Sans CJK TC"),
        Style("paragraph", name="CvSub", area="text", size="10pt", italic=True, font="Noto Sans CJK TC"),
    ]
    for st in styles:
        doc.insert_style(st, automatic=False)
    tabbed = Style("paragraph", name="CvTab", parent="CvBody")
    tabbed.set_properties(area="paragraph", properties={"fo:margin-top": "0.05cm", "fo:margin-bottom": "0.05cm"})
    doc.insert_style(tabbed, automatic=False)
    indent = Style("paragraph", name="CvIndent", parent="CvBody")
    indent.set_properties(area="paragraph", properties={"fo:margin-left": "0.6cm"})
    doc.insert_style(indent, automatic=False)
    hang = Style("paragraph", name="CvRef", parent="CvBody")
    hang.set_properties(area="paragraph", properties={"fo:margin-left": "0.8cm", "fo:text-indent": "-0.8cm",
                                                       "fo:margin-bottom": "0.12cm"})
    doc.insert_style(hang, automatic=False)
    head = Style("paragraph", name="CvHead", area="text", size="12pt", bold=True, color="#1B4F72",
                 font="Noto Sans CJK TC")
    head.set_properties(area="paragraph", properties={"fo:margin-top": "0.35cm", "fo:margin-bottom": "0.12cm",
                                                       "fo:border-bottom": "0.5pt solid #1B4F72"})
    doc.insert_style(head, automatic=False)
    kinds = {"title": "CvTitle", "c": "CvCentre", "p": "CvTab", "b": "CvOrg", "i": "CvIndent", "s": "CvSub",
             "r": "CvRef"}
    for kind, text in LINES:
        if kind == "h":
            body.append(Header(1, text, style="CvHead"))
        else:
            body.append(Paragraph(text, style=kinds[kind]))
    doc.save(odt_path, pretty=False)
