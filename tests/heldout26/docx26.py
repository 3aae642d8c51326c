"""python-docx builders for heldout26: 01 (WPS 简历模板), 08 (Hong Kong bilingual), 10 (English by a mainland engineer)."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _fonts(run, latin: str, east: str, size: float | None = None, bold: bool = False, color: str | None = None):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _no_borders(table) -> None:
    tblpr = table._element.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _widths(table, cms: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, cms, strict=False):
            cell.width = Cm(w)


def _para(cell_or_doc, text: str = "", latin="Microsoft YaHei", east="微软雅黑", size=9.5, bold=False,
          color=None, align=None, space_after=1):
    p = cell_or_doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align:
        p.alignment = align
    if text:
        _fonts(p.add_run(text), latin, east, size, bold, color)
    return p


def _first_para(cell, text, **kw):
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(kw.pop("space_after", 1))
    if kw.get("align"):
        p.alignment = kw.pop("align")
    kw.pop("align", None)
    _fonts(p.add_run(text), kw.get("latin", "Microsoft YaHei"), kw.get("east", "微软雅黑"), kw.get("size", 9.5),
           kw.get("bold", False), kw.get("color"))
    return p


def _margins(doc, top=1.4, side=1.6):
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.top_margin = s.bottom_margin = Cm(top)
        s.left_margin = s.right_margin = Cm(side)


def _app_xml(path: Path, application: str) -> None:
    """Name the producing application in docProps/app.xml (WPS writes 'WPS Office_...')."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, blob in entries:
        if name == "docProps/app.xml":
            text = blob.decode("utf-8")
            import re

            text = re.sub(r"<Application>[^<]*</Application>", f"<Application>{application}</Application>", text)
            blob = text.encode("utf-8")
        out.append((name, blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in out:
            z.writestr(name, blob)


# ---------------------------------------------------------------- 01 WPS 简历模板
TEAL = "1F6E78"


def _wps_heading(doc, zh: str) -> None:
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _widths(t, [3.2, 14.6])
    a, b = t.rows[0].cells
    _shade(a, TEAL)
    _first_para(a, zh, size=11, bold=True, color="FFFFFF")
    tcpr = b._element.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "8")
    bottom.set(qn("w:color"), TEAL)
    bd.append(bottom)
    tcpr.append(bd)
    _first_para(b, "", size=4)


def _wps_rows(doc, rows: list[tuple[str, str, str, str]], details: dict[int, list[str]]) -> None:
    t = doc.add_table(rows=0, cols=4)
    _no_borders(t)
    for i, (d, org, mid, right) in enumerate(rows):
        r = t.add_row().cells
        _first_para(r[0], d, size=9.5, color="555555")
        _first_para(r[1], org, size=10, bold=True)
        _first_para(r[2], mid, size=9.5)
        _first_para(r[3], right, size=9.5, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        for line in details.get(i, []):
            r2 = t.add_row().cells
            merged = r2[1].merge(r2[3])
            _first_para(merged, line, size=9)
            _first_para(r2[0], "", size=4)
    _widths(t, [3.2, 6.0, 5.4, 3.2])


def build_01(out: Path) -> None:
    doc = Document()
    _margins(doc, 1.2, 1.6)
    band = doc.add_table(rows=2, cols=2)
    _no_borders(band)
    _widths(band, [14.3, 3.5])
    for c in (band.rows[0].cells[0], band.rows[1].cells[0]):
        _shade(c, TEAL)
    photo = band.cell(0, 1).merge(band.cell(1, 1))
    _shade(photo, "E6EEF0")
    _first_para(photo, "\n\n照 片\n\n", size=9, color="8AA5AA", align=WD_ALIGN_PARAGRAPH.CENTER)
    _first_para(band.cell(0, 0), "祁雨桐", size=24, bold=True, color="FFFFFF")
    _first_para(band.cell(1, 0), "求职意向：NLP 算法研究员 / 大模型研究员　|　期望城市：北京　|　到岗时间：2025年7月",
                size=10, color="FFFFFF")
    _para(doc, "", size=4)
    _wps_heading(doc, "基本信息")
    info = doc.add_table(rows=3, cols=4)
    _no_borders(info)
    cells = [("年　　龄：24岁", "政治面貌：共青团员"), ("电　　话：132-0000-0101", "邮　　箱：qiyutong@example.com"),
             ("现 居 地：北京市海淀区", "GitHub：github.com/qiyt-nlp")]
    for r, (a, b) in enumerate(cells):
        _first_para(info.cell(r, 0).merge(info.cell(r, 1)), a, size=9.5)
        _first_para(info.cell(r, 2).merge(info.cell(r, 3)), b, size=9.5)
    _wps_heading(doc, "教育背景")
    _wps_rows(doc, [
        ("2022.09-2025.06", "中国科学院大学（985）", "模式识别与智能系统", "硕士"),
        ("2018.09-2022.06", "北京邮电大学（211）", "通信工程", "本科"),
    ], {0: ["培养单位：中国科学院自动化研究所；导师：宫泽远 研究员；GPA 3.82/4.0",
            "主修课程：自然语言处理、机器学习、模式识别、随机过程"],
        1: ["GPA 3.71/4.0，专业排名 8/126；保送至中国科学院大学"]})
    _wps_heading(doc, "项目与实习经历")
    _wps_rows(doc, [
        ("2024.03-2024.08", "字节跳动", "抖音搜索-语义理解团队", "算法实习生"),
        ("2023.07-2023.12", "微软亚洲研究院", "自然语言计算组", "研究实习生"),
        ("2022.10-2024.06", "中文法律长文本问答（硕士课题）", "导师：宫泽远 研究员", "课题负责人"),
    ], {0: ["• 负责搜索 query 改写的大模型蒸馏方案，线上改写覆盖率提升 6.3%，相关策略全量上线；",
            "• 搭建基于 LLM 的相关性标注流水线，节省人工标注成本约 40%。"],
        1: ["• 研究检索增强生成中的引用幻觉问题，提出片段级幻觉检测方法（成果为 COLING2025 论文）。"],
        2: ["• 构建 2.1 万条中文法律长问答数据集，提出检索感知解码方法（成果为 EMNLP2024 论文）。"]})
    _wps_heading(doc, "科研成果")
    for line in [
        "EMNLP2024, Retrieval-Aware Decoding for Long-Form Legal Question Answering in Chinese(一作) 2024.11",
        "COLING2025, Span-Level Hallucination Detection with Contrastive Rationales(二作) 2025.01",
        "ACL2025（在投）, Self-Correcting Citation Generation for Statute Retrieval(共同一作)",
    ]:
        _para(doc, "● " + line, size=9.5)
    _wps_heading(doc, "获奖情况")
    for line in ["2024.10　硕士研究生国家奖学金", "2024.05　中国科学院大学三好学生",
                 "2022.06　北京市普通高等学校优秀毕业生"]:
        _para(doc, line, size=9.5)
    _wps_heading(doc, "技能证书")
    _para(doc, "语言：英语六级（586）、雅思 7.0；专业：Python、PyTorch、DeepSpeed、vLLM；证书：计算机二级", size=9.5)
    _wps_heading(doc, "自我评价")
    _para(doc, "热爱科研，具备从问题定义、数据构建到论文写作的完整经历，同时有大厂搜索业务落地经验；"
               "做事踏实，沟通能力强，希望在研究岗位上继续深耕大模型可信生成方向。", size=9.5)
    doc.core_properties.author = "祁雨桐"
    doc.core_properties.title = "个人简历"
    doc.save(out)
    _app_xml(out, "WPS Office_12.1.0.17147_F1E327BC-269C-435d-A152-05C5408002CA")


# ---------------------------------------------------------------- 08 Hong Kong bilingual
HK_E, HK_L = "AR PL UMing HK", "Times New Roman"


def _hk(doc_or_cell, text, size=10.5, bold=False, color=None, align=None, space_after=2):
    return _para(doc_or_cell, text, latin=HK_L, east=HK_E, size=size, bold=bold, color=color, align=align,
                 space_after=space_after)


def _hk_head(doc, zh: str, en: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    _fonts(p.add_run(f"{zh}  {en}"), HK_L, HK_E, 12, True, "7A1F2B")
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:color"), "7A1F2B")
    bdr.append(b)
    ppr.append(bdr)


def _hk_entry(doc, left: str, right: str, lines: list[str]) -> None:
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _widths(t, [12.8, 4.6])
    a, b = t.rows[0].cells
    p = a.paragraphs[0]
    _fonts(p.add_run(left), HK_L, HK_E, 10.5, True)
    p2 = b.paragraphs[0]
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fonts(p2.add_run(right), HK_L, HK_E, 10, False, "444444")
    for line in lines:
        _hk(a, line, size=10, space_after=0)


def build_08(docx_out: Path) -> None:
    doc = Document()
    _margins(doc, 1.6, 1.8)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fonts(hp.add_run("履歷 Curriculum Vitae — 歐陽子謙 AU-YEUNG Tsz-him"), HK_L, HK_E, 8, False, "888888")
    _hk(doc, "歐陽子謙", size=20, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _hk(doc, "AU-YEUNG Tsz-him, Lawrence", size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    _hk(doc, "博士後研究員，香港科技大學數學系 | Postdoctoral Fellow, Department of Mathematics, HKUST",
        size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _hk(doc, "電話 Tel: +852 5550 0188  |  電郵 Email: tsz-him.auyeung@example.hk  |  "
             "https://lawrence-auyeung.example.hk", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    _hk_head(doc, "研究興趣", "Research Interests")
    _hk(doc, "高頻金融計量 High-frequency financial econometrics; 張量迴歸 tensor regression; "
             "共形預測 conformal prediction; 金融科技監管 fintech regulation")
    _hk_head(doc, "工作經驗", "Employment")
    _hk_entry(doc, "香港科技大學 The Hong Kong University of Science and Technology",
              "2022年9月 – 現在", ["博士後研究員 Postdoctoral Fellow, Department of Mathematics",
                                "合作導師 Mentor: Prof. NG Chi-fung"])
    _hk_entry(doc, "香港上海滙豐銀行 The Hongkong and Shanghai Banking Corporation Ltd (HSBC)",
              "2020年8月 – 2022年8月", ["量化分析師 Quantitative Analyst, Markets & Securities Services (電子交易 e-Trading)",
                                    "Built intraday volatility and market-impact models for the Asia FX desk."])
    _hk_entry(doc, "香港大學 The University of Hong Kong", "2016年9月 – 2020年7月",
              ["助教 Teaching Assistant (part-time), STAT2601 Probability and Statistics I"])
    _hk_head(doc, "學歷", "Education")
    _hk_entry(doc, "香港大學 The University of Hong Kong", "2016年9月 – 2020年7月",
              ["哲學博士（統計學） Doctor of Philosophy in Statistics",
               "論文 Thesis: Tensor methods for limit order book dynamics. 導師 Supervisor: Prof. CHEUNG Ka-lok"])
    _hk_entry(doc, "香港中文大學 The Chinese University of Hong Kong", "2012年9月 – 2016年6月",
              ["理學士（風險管理科學） BSc in Risk Management Science, First Class Honours"])
    _hk_head(doc, "研究成果", "Publications")
    _hk(doc, "(* corresponding author)", size=9, color="666666")
    for i, line in enumerate([
        "Au-Yeung, T. H., & Cheung, K. L. (2021). Sparse tensor regression for high-frequency limit order books. "
        "Journal of the American Statistical Association, 116(535), 1402–1415.",
        "Lam, W. Y., Au-Yeung, T. H.*, & Cheung, K. L. (2022). Bootstrap inference for realized covariance under "
        "asynchronous trading. Statistica Sinica, 32, 1–24.",
        "歐陽子謙、張嘉倫（2023）。〈香港金融科技監管沙盒的實證評估〉。《香港社會科學學報》，61，45–70。",
        "Au-Yeung, T. H. (2024). Conformal prediction for intraday volatility under microstructure noise. "
        "Journal of Econometrics. In press.",
        "Au-Yeung, T. H., & Ng, C. F. (2025). Spectral tests for lead–lag networks in order flow. "
        "Submitted to the Annals of Statistics.",
    ], 1):
        _hk(doc, f"[{i}] {line}", size=10)
    _hk_head(doc, "獎項", "Awards and Scholarships")
    for line in ["2016  香港博士研究生獎學金計劃 Hong Kong PhD Fellowship Scheme (HKPFS)",
                 "2020  理學院優秀研究生獎 Faculty of Science Outstanding Research Postgraduate Student Award, HKU",
                 "2014, 2015  院長嘉許名單 Dean's List, Faculty of Science, CUHK"]:
        _hk(doc, line, size=10)
    _hk_head(doc, "語言及技能", "Languages and Skills")
    _hk(doc, "粵語（母語）、英語（流利，IELTS 8.0）、普通話（流利）; R, Python, C++, kdb+/q", size=10)
    doc.core_properties.author = "AU-YEUNG Tsz-him"
    doc.save(docx_out)


# ---------------------------------------------------------------- 10 English CV of a mainland engineer
def _en(doc_or_cell, text="", size=10.5, bold=False, italic=False, color=None, align=None, space_after=1):
    p = _para(doc_or_cell, "", latin="Calibri", east="等线", size=size, align=align, space_after=space_after)
    if text:
        r = _fonts(p.add_run(text), "Calibri", "等线", size, bold, color)
        r.italic = italic
    return p


def _en_head(doc, text):
    p = _en(doc, text, size=12, bold=True, color="1F3864", space_after=2)
    p.paragraph_format.space_before = Pt(7)
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "4")
    b.set(qn("w:color"), "1F3864")
    bdr.append(b)
    ppr.append(bdr)


def _en_line(doc, left, right, bold=True):
    p = _en(doc, space_after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), alignment=2)
    _fonts(p.add_run(left), "Calibri", "等线", 10.5, bold)
    _fonts(p.add_run("\t" + right), "Calibri", "等线", 10.5, False)
    return p


def build_10(out: Path) -> None:
    doc = Document()
    _margins(doc, 1.5, 1.8)
    _en(doc, "SHAN Weiming (单伟铭)", size=18, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _en(doc, "Tel: (+86) 156-0000-0110 | E-mail: shanweiming@example.com | Hefei, Anhui, China",
        size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _en(doc, "Google Scholar: scholar.example.com/citations?user=SHANwm0110 | Job Objective: Research Scientist "
             "(Speech)", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    _en_head(doc, "Education Background")
    _en_line(doc, "University of Science and Technology of China (USTC)", "2017.09-2020.06")
    _en(doc, "Master of Engineering, Information and Communication Engineering; GPA: 3.78/4.3, Rank: 5/62", size=10)
    _en(doc, "Lab: National Engineering Research Center of Speech and Language Information Processing", size=10)
    _en_line(doc, "Hefei University of Technology", "2013.09-2017.06")
    _en(doc, "Bachelor of Engineering, Electronic Information Engineering; GPA: 88.2/100", size=10)
    _en_head(doc, "Work Experience")
    _en_line(doc, "iFLYTEK Co., Ltd. | Research Institute, Speech Group | Senior Speech Algorithm Researcher",
             "Jul 2020 – Now")
    for b in ["Responsible for the dialect ASR engine of iFLYTEK Input, covering 23 Chinese dialects; reduced CER "
              "by 14% relatively on Cantonese and Sichuanese.",
              "Leading a team of 3 engineers, in charge of the streaming Conformer training pipeline on 2,000 GPUs."]:
        _en(doc, "• " + b, size=10)
    _en_line(doc, "Tencent AI Lab | Speech Team | Research Intern", "2019.06-2019.09")
    _en(doc, "• Participated in the research of streaming speaker diarization; the work was published in "
             "Interspeech 2021.", size=10)
    _en_head(doc, "Project Experience")
    _en_line(doc, "National Key R&D Program of China: Low-resource Dialect Speech Recognition", "2018.01-2020.06")
    _en(doc, "Core member (master's project), Advisor: Prof. Qinglan Tu. Responsible for the dialect-aware MoE acoustic "
             "model.", size=10)
    _en_head(doc, "Papers")
    _en(doc, "(* means equal contribution)", size=9, italic=True)
    for line in [
        "[1] Weiming Shan, Xin Tao, Qinglan Tu, \"Dialect-aware mixture-of-experts for low-resource Mandarin ASR,\" in "
        "Proc. ICASSP 2022, pp. 7012-7016.",
        "[2] Xin Tao*, Weiming Shan*, Hao Li, \"Streaming speaker diarization with look-ahead clustering,\" in "
        "Proc. Interspeech 2021, pp. 3516-3520.",
        "[3] Weiming Shan, Yuqi Fan, Qinglan Tu, \"Prompt-tuned Conformer for code-switching speech recognition,\" "
        "IEEE/ACM Transactions on Audio, Speech, and Language Processing, under review.",
        "[4] Hao Li, Weiming Shan, Xin Tao, et al., \"Tokenizer-free speech language models for dialect "
        "understanding,\" arXiv preprint arXiv:2405.00110, 2024.",
    ]:
        _en(doc, line, size=10)
    _en_head(doc, "Honors and Awards")
    for line in ["National Scholarship for Graduate Students, 2019",
                 "Outstanding Graduate of USTC, 2020",
                 "iFLYTEK Annual Super Brain Award (team), 2023"]:
        _en(doc, "• " + line, size=10)
    _en_head(doc, "Skills")
    _en(doc, "Programming: Python, C++, Shell; Tools: PyTorch, Kaldi, WeNet, k2; English: CET-6 (571), "
             "fluent in reading and writing papers.", size=10)
    _en_head(doc, "Self-evaluation")
    _en(doc, "Have solid background in speech recognition both in research and industry. Good at teamwork, strong "
             "learning ability and hard-working. Hope to join a research team to do more fundamental research.",
        size=10)
    doc.core_properties.author = "Shan Weiming"
    doc.save(out)
