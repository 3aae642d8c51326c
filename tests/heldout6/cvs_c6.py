"""Held-out set 6, builders 09-12 (DOCX): an ecology fellow with restarting numbered papers and
referees, a Chinese chemistry PhD in 【】-headed paragraphs, a bilingual finance CV with
right tab stops, and a borderless two-column Word table with 'Role. Org. Unit.' rows."""
from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from kit6 import fixed_docx, label, save_docx


def _font(run, size: float | None = None, bold: bool = False, italic: bool = False,
          color: tuple[int, int, int] | None = None, east_asia: str | None = None, small_caps: bool = False):
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    if small_caps:
        run.font.small_caps = True
    if color:
        run.font.color.rgb = RGBColor(*color)
    if east_asia:
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    return run


def _para(d, text: str = "", size: float = 10.5, bold: bool = False, italic: bool = False, space_after: float = 2,
          color=None, east_asia: str | None = None, align=None, indent_cm: float | None = None,
          hanging_cm: float | None = None, small_caps: bool = False):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        p.paragraph_format.first_line_indent = Cm(-hanging_cm)
    if text:
        _font(p.add_run(text), size, bold, italic, color, east_asia, small_caps)
    return p


def ecology_fellow_docx(folder: Path) -> dict:
    name = "09_pollinator_ecologist_referees.docx"
    d = fixed_docx()
    green = (30, 100, 60)
    t = _para(d, "", space_after=0)
    _font(t.add_run("Oluwaseun Hartigan"), 20, bold=True)
    _para(d, "School of Biological Sciences, University of Carrowmore, Galway H91 X2Y7, Ireland", 9.5, space_after=0)
    _para(d, "+353 (0)91 555 3071  ·  o.hartigan@carrowmore.example.ie  ·  orcid.org/0000-0003-5555-0421", 9.5,
          space_after=8)

    def heading(text: str) -> None:
        _para(d, text, 12, bold=True, color=green, space_after=3, small_caps=True).paragraph_format.space_before = Pt(8)

    def sub(text: str) -> None:
        _para(d, text, 10.5, italic=True, space_after=2).paragraph_format.space_before = Pt(3)

    def dated(dates: str, text: str) -> None:
        p = _para(d, "", 10, space_after=2, indent_cm=3.2, hanging_cm=3.2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        _font(p.add_run(dates + "\t"), 10)
        _font(p.add_run(text), 10)

    heading("Research Interests")
    _para(d, "Pollinator ecology; landscape genetics; agri-environment schemes; citizen-science data", 10)
    heading("Employment")
    sub("Research positions")
    dated("2023 – present", "Research Fellow, School of Biological Sciences, University of Carrowmore")
    dated("2021 – 2023", "Postdoctoral Researcher, Bramblehurst Ecological Station, Norfolk, UK")
    sub("Fieldwork and consultancy")
    dated("Jun – Sep 2019", "Field Ecologist (seasonal contract), Wildmoor Conservation Trust, Yorkshire Dales")
    heading("Education")
    dated("2017 – 2021", "PhD in Ecology, University of Dunmore-on-Tay. Thesis: Gene flow of bumblebees "
          "in fragmented farmland")
    dated("2016 – 2017", "MSc Conservation Biology (Distinction), University of Dunmore-on-Tay")
    dated("2011 – 2015", "BSc Zoology (First Class), Coastal Plains University, Nigeria")
    heading("Publications")
    sub("Journal Articles")
    for i, p in enumerate([
        "Hartigan, O., Byrne, C. & Mensah, K. (2025) Hedgerow connectivity predicts bumblebee gene flow across "
        "farmed landscapes. Journal of Applied Ecology, 62, 411–423.",
        "Mensah, K., Hartigan, O., et al. (2024) Pesticide exposure and wild bee foraging range: a "
        "meta-analysis. Ecology Letters, 27, e14402.",
        "Hartigan, O. & Byrne, C. (2023) Flower-strip age shapes pollinator community assembly. Biological "
        "Conservation, 281, 109987.",
    ], 1):
        _para(d, f"{i}.\t{p}", 10, indent_cm=0.8, hanging_cm=0.8)
    sub("Preprints and Manuscripts")
    for i, p in enumerate([
        "Hartigan, O., Quirke, D. et al. (2025) Landscape resistance surfaces from citizen-science pollinator "
        "records. bioRxiv, doi:10.1101/2025.03.118822 (preprint).",
        "Byrne, C. & Hartigan, O. Thermal tolerance of upland bumblebees under heatwave scenarios (in "
        "preparation).",
    ], 1):
        _para(d, f"{i}.\t{p}", 10, indent_cm=0.8, hanging_cm=0.8)
    sub("Conference Presentations")
    for i, p in enumerate([
        "Hartigan, O. (2024) Hedgerows as genetic corridors. Annual Meeting of the Ecological Society of the "
        "Atlantic Isles, Cork (talk).",
        "Hartigan, O. (2022) Mapping bee movement with citizen records. Pollination Ecology Forum, Leeds (poster).",
    ], 1):
        _para(d, f"{i}.\t{p}", 10, indent_cm=0.8, hanging_cm=0.8)
    heading("Grants and Awards")
    dated("2023", "Carrowmore Research Fellowship (three years, salary and research costs)")
    dated("2022", "Bramblehurst Early Career Award")
    dated("2019", "Best Poster, Ecology Across Borders Symposium")
    heading("Skills")
    _para(d, "R (lme4, brms, sf), QGIS, ddRAD population genomics, occupancy models, pan-trap and transect "
             "survey design, full clean UK driving licence", 10)
    heading("References")
    _para(d, "Prof. Ciara Byrne, School of Biological Sciences, University of Carrowmore", 10, space_after=0)
    _para(d, "ciara.byrne@carrowmore.example.ie  ·  +353 91 555 2210", 10, space_after=5)
    _para(d, "Dr Kwame Mensah, Bramblehurst Ecological Station", 10, space_after=0)
    _para(d, "k.mensah@bramblehurst.example.org.uk", 10)
    save_docx(d, folder / name)

    return label(
        name, "Oluwaseun Hartigan", [], ["o.hartigan@carrowmore.example.ie"], ["+353915553071"],
        ["orcid.org/0000-0003-5555-0421"],
        [("University of Dunmore-on-Tay", "phd", "2017", "2021"),
         ("University of Dunmore-on-Tay", "master", "2016", "2017"),
         ("Coastal Plains University", "bachelor", "2011", "2015")],
        [("University of Carrowmore", "Research Fellow", "2023", "present"),
         ("Bramblehurst Ecological Station", "Postdoctoral Researcher", "2021", "2023"),
         ("Wildmoor Conservation Trust", "Field Ecologist", "2019-06", "2019-09")],
        5, 3,
        [("Hedgerow connectivity predicts bumblebee gene flow across farmed landscapes",
          "Journal of Applied Ecology", 2025, True, "published", ["O. Hartigan", "C. Byrne", "K. Mensah"]),
         ("Pesticide exposure and wild bee foraging range: a meta-analysis", "Ecology Letters", 2024, False,
          "published", ["K. Mensah", "O. Hartigan", "et al."]),
         ("Flower-strip age shapes pollinator community assembly", "Biological Conservation", 2023, True,
          "published", ["O. Hartigan", "C. Byrne"]),
         ("Landscape resistance surfaces from citizen-science pollinator records", "bioRxiv", 2025, True,
          "preprint", ["O. Hartigan", "D. Quirke", "et al."]),
         ("Thermal tolerance of upland bumblebees under heatwave scenarios", None, None, False,
          "in preparation", ["C. Byrne", "O. Hartigan"])],
        ["pollinator ecology", "landscape genetics"], 3,
        "Word CV with headings as green small-caps bold paragraphs (not Word heading styles) and italic "
        "sub-headings under Employment ('Research positions', 'Fieldwork and consultancy') and under "
        "Publications ('Journal Articles', 'Preprints and Manuscripts', 'Conference Presentations'), the "
        "typed numbering restarting at 1 under each; the two presentations are talks/posters, not papers. "
        "Dates in a tab-stop gutter ('Jun – Sep 2019' shares one year). Author-year papers with '&', 'et al.', "
        "a bioRxiv preprint with a DOI and an in-preparation manuscript. Same university for PhD and MSc. "
        "Referees under References carry their own e-mail and phone, which are not the candidate's.",
        layout="single column Word, tab-stop date gutter")


def zh_chem_phd_docx(folder: Path) -> dict:
    name = "10_zh_chemistry_phd_brackets.docx"
    d = fixed_docx()
    ea = "宋体"

    def p(text: str, size: float = 10.5, bold: bool = False, space_after: float = 2, align=None):
        return _para(d, text, size, bold=bold, space_after=space_after, east_asia=ea, align=align)

    def heading(text: str) -> None:
        p(f"【{text}】", 12, bold=True, space_after=3).paragraph_format.space_before = Pt(8)

    p("温若岚", 18, bold=True, space_after=2, align=WD_ALIGN_PARAGRAPH.CENTER)
    p("手机：186 0123 4567    邮箱：wenruolan@chem.example.edu.cn    出生年月：1998.11", 10,
      align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    heading("研究方向")
    p("锂离子电池正极材料；原位表征；机器学习势函数")
    heading("教育背景")
    p("2020.09 – 2025.06（预计）    清溪大学    化学与分子工程学院    材料化学    博士（硕博连读）")
    p("导师：李青 教授；学位论文：富锂锰基正极材料的界面稳定化研究", 10)
    p("2016.09 – 2020.06    清溪大学    化学与分子工程学院    化学    理学学士")
    heading("实习与工作经历")
    p("2023.07 – 2023.09    宁和新能源科技有限公司（实习）    电池材料研发实习生", bold=True)
    p("参与高镍单晶正极的包覆工艺开发，完成扣电与软包电池的循环测试与失效分析。", 10)
    p("2021.09 – 2022.01    清溪大学化学与分子工程学院    助教（本科生《物理化学》）", bold=True)
    p("负责习题课与实验报告批改，学生评教 4.8/5。", 10)
    heading("论文发表")
    p("（#共同第一作者，*通讯作者）", 9.5)
    for t in [
        "1. Wen R., Zhou H., Li Q.*. Lithium-rich cathodes stabilised by a gradient fluorinated shell. "
        "Adv. Mater., 2024, 36, 2310458. (IF 29.4)",
        "2. Zhou H.#, Wen R.#, Guo Y., Li Q.*. Operando mapping of oxygen loss in layered oxides. "
        "Angew. Chem. Int. Ed., 2023, 62, e202309912. (IF 16.6)",
        "3. 温若岚, 李青*. 富锂锰基正极材料表面改性研究进展[J]. 化学学报, 2022, 80(5): 612-625.",
        "4. Guo Y., Wen R., Li Q.*. Solvent-free coating of single-crystal cathodes. J. Mater. Chem. A, "
        "2025, accepted.",
        "5. Wen R., Li Q.*, et al. Machine-learned interatomic potentials for cathode degradation. "
        "Submitted to Joule, 2025 (under review).",
    ]:
        p(t, 10)
    heading("获奖荣誉")
    for t in ["2024    博士研究生国家奖学金", "2022    清溪大学优秀研究生",
              "2019    全国大学生化学实验创新大赛 一等奖"]:
        p(t, 10)
    heading("专业技能")
    p("表征：XRD、XPS、原位拉曼、TEM；计算：VASP、LAMMPS、Python；英语：CET-6 588，可流利阅读和撰写英文论文", 10)
    save_docx(d, folder / name)

    return label(
        name, "温若岚", ["Wen Ruolan", "Ruolan Wen"], ["wenruolan@chem.example.edu.cn"], ["+8618601234567"], [],
        [("清溪大学", "phd", "2020-09", "2025-06"), ("清溪大学", "bachelor", "2016-09", "2020-06")],
        [("宁和新能源科技有限公司", "电池材料研发实习生", "2023-07", "2023-09"),
         ("清溪大学化学与分子工程学院", "助教", "2021-09", "2022-01")],
        5, 4,
        [("Lithium-rich cathodes stabilised by a gradient fluorinated shell", "Adv. Mater.", 2024, True,
          "published", ["R. Wen", "H. Zhou", "Q. Li*"]),
         ("Operando mapping of oxygen loss in layered oxides", "Angew. Chem. Int. Ed.", 2023, True, "published",
          ["H. Zhou#", "R. Wen#", "Y. Guo", "Q. Li*"]),
         ("富锂锰基正极材料表面改性研究进展", "化学学报", 2022, True, "published", ["温若岚", "李青*"]),
         ("Solvent-free coating of single-crystal cathodes", "J. Mater. Chem. A", 2025, False, "accepted",
          ["Y. Guo", "R. Wen", "Q. Li*"]),
         ("Machine-learned interatomic potentials for cathode degradation", "Joule", 2025, True,
          "under review", ["R. Wen", "Q. Li*", "et al."])],
        ["锂离子电池正极材料", "原位表征"], 3,
        "Chinese Word CV in plain paragraphs (no tables): centred name, headings in 【】 brackets, entries as "
        "one line of fields separated by runs of spaces (dates, school, college, major, degree). Same "
        "university for 博士（硕博连读） and 理学学士; the PhD end is the expected graduation '（预计）'. One "
        "internship as 'Company（实习）'. Chemistry-style compact paper lines with journal abbreviations and "
        "impact factors; a legend says # marks co-first authors and * the corresponding author, so '*' is "
        "not equal contribution (paper 2 is co-first via '#'). One Chinese GB/T line, one 'accepted', one "
        "'Submitted to Joule' (under review). Phone '186 0123 4567' without a country code.",
        language="zh", layout="single column Word, bracket headings")


def bilingual_finance_docx(folder: Path) -> dict:
    name = "11_bilingual_quant_tabstops.docx"
    d = fixed_docx()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    right = Cm(17)
    ea = "微软雅黑"

    def p(text: str = "", size: float = 10, bold: bool = False, italic: bool = False, space_after: float = 1.5):
        return _para(d, text, size, bold=bold, italic=italic, space_after=space_after, east_asia=ea)

    def lr(left: str, rgt: str, bold: bool = True) -> None:
        q = p(space_after=0)
        q.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        _font(q.add_run(left), 10.5, bold=bold, east_asia=ea)
        _font(q.add_run("\t" + rgt), 10, east_asia=ea)

    def heading(en: str, zh: str) -> None:
        q = p(space_after=2)
        q.paragraph_format.space_before = Pt(9)
        _font(q.add_run(en + "  "), 12, bold=True, color=(150, 20, 20), east_asia=ea)
        _font(q.add_run(zh), 11, color=(150, 20, 20), east_asia=ea)

    q = p(space_after=0)
    _font(q.add_run("司马慕言  "), 20, bold=True, east_asia=ea)
    _font(q.add_run("Muyan Sima"), 16, east_asia=ea)
    p("(852) 5512 0846  |  muyan.sima@quantmail.example.hk  |  linkedin.com/in/muyan-sima  |  Hong Kong", 9.5,
      space_after=6)
    heading("Work Experience", "工作经历")
    lr("Harbourline Capital Management 港湾资本管理", "Mar 2024 – Present")
    p("Quantitative Analyst 量化分析师, Systematic Macro team", 10, italic=True)
    p("•  Built the intraday liquidity signal for HKD rates futures; live since Q3 2024.", 9.5)
    p("•  Rewrote the backtest engine in kdb+/q, cutting a full-universe run from 40 to 6 minutes.", 9.5,
      space_after=4)
    lr("Silverkey Bank (Hong Kong) Limited 银钥银行（香港）", "Nov 2023 – Feb 2024")
    p("Risk Analyst, Graduate Programme 管理培训生（市场风险）", 10, italic=True)
    p("•  Daily VaR explain and back-testing for the equity derivatives book.", 9.5, space_after=4)
    lr("Jadeite Securities 翡翠证券", "Jun 2021 – Aug 2021")
    p("Summer Analyst 暑期分析师, Fixed Income Research", 10, italic=True, space_after=4)
    heading("Education", "教育经历")
    lr("Victoria Harbour University 维港大学", "Sep 2022 – Nov 2023")
    p("MSc in Financial Engineering 金融工程理学硕士   Dean's List 2022-23", 10, italic=True, space_after=4)
    lr("Tongyuan University 同源大学", "Sep 2018 – Jun 2022")
    p("Bachelor of Economics in Finance 金融学 经济学学士   GPA 3.86/4.0", 10, italic=True, space_after=4)
    heading("Honours", "荣誉")
    lr("Dean's List, Faculty of Engineering, Victoria Harbour University", "2023", bold=False)
    lr("First-class Scholarship 一等奖学金, Tongyuan University", "2020", bold=False)
    heading("Certifications", "证书")
    p("CFA Level II candidate (May 2026); FRM Part I passed (2023)", 10)
    heading("Skills", "技能")
    p("Python (pandas, NumPy, PyTorch), kdb+/q, SQL, C++, Bloomberg; Mandarin (native), Cantonese (fluent), "
      "English (fluent, IELTS 8.0)", 10)
    save_docx(d, folder / name)

    return label(
        name, "司马慕言", ["Muyan Sima", "司马慕言 Muyan Sima", "Sima Muyan"], ["muyan.sima@quantmail.example.hk"],
        ["+85255120846"], ["linkedin.com/in/muyan-sima"],
        [("Victoria Harbour University 维港大学", "master", "2022-09", "2023-11"),
         ("Tongyuan University 同源大学", "bachelor", "2018-09", "2022-06")],
        [("Harbourline Capital Management 港湾资本管理", "Quantitative Analyst", "2024-03", "present"),
         ("Silverkey Bank (Hong Kong) Limited 银钥银行（香港）", "Risk Analyst, Graduate Programme", "2023-11",
          "2024-02"),
         ("Jadeite Securities 翡翠证券", "Summer Analyst", "2021-06", "2021-08")],
        0, 0, [], [], 2,
        "Bilingual Word CV: headings 'English  中文' in two runs, every organisation and title given in both "
        "languages on one line, name '司马慕言  Muyan Sima' (compound surname). Org left and 'Mon YYYY – Mon YYYY' "
        "pushed right by a right tab stop; the title on the next line in italics with the team after a comma. "
        "Hong Kong phone '(852) 5512 0846'. Certifications are not awards; 'Dean's List' appears both inline "
        "in education and as an honour (counted once, as the honour).",
        language="bilingual", layout="single column Word, right tab stops")


def bioinfo_table_docx(folder: Path) -> dict:
    name = "12_bioinformatician_word_table.docx"
    d = fixed_docx()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    _para(d, "Henrike Bosschaert", 22, bold=True, space_after=0)
    _para(d, "Bioinformatician · rare-disease genomics", 11, color=(90, 90, 90), space_after=2)
    _para(d, "Kastanjelaan 7, 3581 Utrecht, the Netherlands  ·  +31 6 5555 2190  ·  h.bosschaert@example.nl  ·  "
             "github.com/hbosschaert", 9, space_after=8, align=WD_ALIGN_PARAGRAPH.RIGHT)

    rows: list[tuple[str, list[str] | str]] = []

    def head(t: str) -> None:
        rows.append(("H", t))

    def row(left: list[str], right: str) -> None:
        rows.append(("\n".join(left), right))

    head("Research interests")
    row([""], "Rare-disease genomics, long-read sequencing, variant interpretation, splicing")
    head("Positions")
    row(["Sept 2024 –", "present"], "Bioinformatician. Lindeveld Medical Centre. Department of Human Genetics.")
    row(["Sept 2019 –", "June 2024"], "PhD Candidate. Rijnmond Institute for Molecular Biology. Computational "
        "Genomics Group.")
    row(["Feb 2018 –", "July 2018"], "Research Intern. Tideline Genomics B.V. Variant Interpretation Team.")
    head("Education")
    row(["2019 – 2024"], "PhD in Computational Biology, University of Deltaland (research at the Rijnmond "
        "Institute for Molecular Biology). Thesis: Phasing the unphasable.")
    row(["2016 – 2018"], "MSc Bioinformatics and Systems Biology (cum laude), Amstelmeer University")
    row(["2013 – 2016"], "BSc Biology, Amstelmeer University")
    head("Publications (* shared first authorship)")
    row(["1."], "Bosschaert H*, Kuipers M*, van Ommen J, et al. Long-read phasing resolves compound "
        "heterozygosity in inherited retinal disease. Genome Medicine 2024;16:88.")
    row(["2."], "Kuipers M, Bosschaert H, van Ommen J. A benchmark of structural-variant callers on trio data. "
        "Bioinformatics 2023;39(6):btad301.")
    row(["3."], "Bosschaert H, van Ommen J. splicefilter: prioritising non-coding variants with transformer "
        "embeddings. NAR Genomics and Bioinformatics 2025 (in press).")
    row(["4."], "Bosschaert H, Dekkers S, et al. Population-specific reference panels improve rare-variant "
        "imputation. medRxiv 2025 (preprint).")
    head("Awards and grants")
    row(["2024"], "Deltaland Thesis Prize (best thesis in the life sciences)")
    row(["2022"], "ISMB travel fellowship")
    head("Skills")
    row([""], "Python, R, Nextflow, Snakemake, GATK, DeepVariant, hifiasm, SLURM clusters; Dutch (native), "
        "English (C2), German (B2)")

    table = d.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    widths = (Cm(3.4), Cm(13.2))
    for left, right in rows:
        cells = table.add_row().cells
        for c, w in zip(cells, widths, strict=True):
            c.width = w
        if left == "H":
            m = cells[0].merge(cells[1])
            par = m.paragraphs[0]
            par.paragraph_format.space_before = Pt(8)
            par.paragraph_format.space_after = Pt(2)
            _font(par.add_run(right.upper()), 10.5, bold=True, color=(40, 70, 120))
            continue
        lines = left.split("\n")
        par = cells[0].paragraphs[0]
        _font(par.add_run(lines[0]), 9.5, color=(90, 90, 90))
        for extra in lines[1:]:
            _font(cells[0].add_paragraph().add_run(extra), 9.5, color=(90, 90, 90))
        _font(cells[1].paragraphs[0].add_run(right), 10)
    save_docx(d, folder / name)

    return label(
        name, "Henrike Bosschaert", [], ["h.bosschaert@example.nl"], ["+31655552190"], ["github.com/hbosschaert"],
        [("University of Deltaland", "phd", "2019", "2024"),
         ("Amstelmeer University", "master", "2016", "2018"),
         ("Amstelmeer University", "bachelor", "2013", "2016")],
        [("Lindeveld Medical Centre", "Bioinformatician", "2024-09", "present"),
         ("Rijnmond Institute for Molecular Biology", "PhD Candidate", "2019-09", "2024-06"),
         ("Tideline Genomics B.V.", "Research Intern", "2018-02", "2018-07")],
        4, 3,
        [("Long-read phasing resolves compound heterozygosity in inherited retinal disease", "Genome Medicine",
          2024, True, "published", ["H. Bosschaert*", "M. Kuipers*", "J. van Ommen", "et al."]),
         ("A benchmark of structural-variant callers on trio data", "Bioinformatics", 2023, False, "published",
          ["M. Kuipers", "H. Bosschaert", "J. van Ommen"]),
         ("splicefilter: prioritising non-coding variants with transformer embeddings",
          "NAR Genomics and Bioinformatics", 2025, True, "in press", ["H. Bosschaert", "J. van Ommen"]),
         ("Population-specific reference panels improve rare-variant imputation", "medRxiv", 2025, True,
          "preprint", ["H. Bosschaert", "S. Dekkers", "et al."])],
        ["rare-disease genomics", "long-read sequencing", "variant interpretation"], 2,
        "Word CV laid out as one borderless two-column table: merged full-width rows are the headings "
        "(upper-cased), the left cell holds dates wrapped over two paragraphs ('Sept 2019 –' / 'June 2024') or "
        "the typed paper number, the right cell the entry. Positions are 'Role. Org. Unit.' sentences. The "
        "PhD is both a position (at the institute) and a degree (awarded by the university, research done "
        "at the institute). Same university for MSc and BSc. Vancouver-style papers (Surname Initials, "
        "'Journal Year;Vol:Page'), '*' shared first authorship, in press and medRxiv preprint. Address and "
        "contact right-aligned under the name; Dutch mobile '+31 6 5555 2190'.",
        layout="borderless two-column Word table")
