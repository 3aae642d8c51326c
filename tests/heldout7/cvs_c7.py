"""Held-out set 7, builders 10-13 (DOCX): contact only in the page header with colour-only
headings, a CV made of three-column Word tables with shaded section rows, a Chinese PhD CV with
journal-ranking tags, and a clinical psychologist with Word auto-numbered APA references."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from kit7 import fixed_docx, font, label, para, save_docx


def _shade(el, fill: str) -> None:
    """Background shading on a paragraph or a table cell (w:shd)."""
    pr = el.get_or_add_pPr() if hasattr(el, "get_or_add_pPr") else el.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def header_contact_policy(folder: Path) -> dict:
    name = "10_policy_analyst_header_contact.docx"
    d = fixed_docx()
    hdr = d.sections[0].header
    hp = hdr.paragraphs[0]
    font(hp.add_run("Imogen Achterberg-Nwosu"), 16, color=(30, 80, 120))
    hp2 = hdr.add_paragraph()
    font(hp2.add_run("+31 6 5550 8812  |  imogen.achterberg@example.nl  |  linkedin.com/in/imogen-an  |  Utrecht"),
         9)
    teal = (0, 120, 130)

    def heading(t: str) -> None:
        q = para(d, t, 11, color=teal, space_after=4)  # only colour and spacing set it apart
        q.paragraph_format.space_before = Pt(16)

    def small(t: str) -> None:
        para(d, t.upper(), 9, color=(110, 110, 110), space_after=0)

    para(d, "Policy analyst working on transport decarbonisation and the evaluation of public programmes.", 11)
    heading("Experience")
    exp = [("Harbour City Transport Authority", "Senior Policy Analyst", "Mar 2021 – Present", "2021-03", "present"),
           ("Harbour City Transport Authority", "Policy Analyst", "Sep 2018 – Feb 2021", "2018-09", "2021-02"),
           ("Veldhuis Economic Consultants", "Junior Consultant", "Jan 2017 – Aug 2018", "2017-01", "2018-08")]
    for org, t, when, *_ in exp:
        small(when)
        q = para(d, "", 11, space_after=0)
        font(q.add_run(t + ", "), 11, bold=True)
        font(q.add_run(org), 11, color=teal)
        para(d, "Led cost-benefit appraisals of cycling and bus priority schemes; briefed the deputy mayor.", 10.5,
             space_after=8)
    heading("Education")
    edu = [("Westmarch University", "Master of Public Policy", "2015 – 2016", "master", "2015", "2016"),
           ("University of Groeneveld", "BSc Economics", "2012 – 2015", "bachelor", "2012", "2015")]
    for inst, deg, when, *_ in edu:
        small(when)
        q = para(d, "", 11, space_after=6)
        font(q.add_run(deg + ", "), 11, bold=True)
        font(q.add_run(inst), 11, color=teal)
    heading("Selected publications")
    pubs = [("Who gains from low-emission zones? Distributional evidence from Dutch cities", "Transport Policy",
             2024, True, "published", ["I. Achterberg-Nwosu", "R. de Kooning"],
             "Achterberg-Nwosu, I., & de Kooning, R. (2024). Who gains from low-emission zones? Distributional "
             "evidence from Dutch cities. Transport Policy, 148, 55–67."),
            ("Appraising bus priority under uncertainty", "Research in Transportation Economics", 2020, False,
             "published", ["M. Veldhuis", "I. Achterberg-Nwosu"],
             "Veldhuis, M., & Achterberg-Nwosu, I. (2020). Appraising bus priority under uncertainty. Research in "
             "Transportation Economics, 83, 100917.")]
    for p in pubs:
        para(d, p[6], 10.5, space_after=4)
    heading("Skills")
    para(d, "Stata, R, Python; cost-benefit analysis; stakeholder workshops; Dutch (native), English (C2)", 10.5)
    heading("Awards")
    awards = ["Harbour City Civil Service Innovation Prize, 2023"]
    for a in awards:
        para(d, a, 10.5)
    save_docx(d, folder / name)
    return label(
        name, "Imogen Achterberg-Nwosu", [], ["imogen.achterberg@example.nl"], ["+31655508812"],
        ["linkedin.com/in/imogen-an"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs), sum(p[3] for p in pubs), [p[:6] for p in pubs], [],
        len(awards),
        "Word CV in the 'modern chronological' template manner: the name and the contact line live ONLY in the "
        "page header (header part), not in the body. Section headings are ordinary Normal paragraphs at body "
        "size, not bold, told apart only by a teal colour and 16 pt space before. Each entry is a small grey "
        "capitalised date line ('MAR 2021 – PRESENT') above 'Title, Organisation' with the organisation in "
        "colour in the same paragraph. Two roles at the same authority. APA papers. No interests section.",
        layout="Word, contact in page header, colour-only headings")


def table_sections_postdoc(folder: Path) -> dict:
    name = "11_power_systems_postdoc_table_sections.docx"
    d = fixed_docx()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(d, "Dr. Faisal Gorecki-Mensah", 18, bold=True, space_after=0)
    para(d, "Postdoctoral Research Associate, Grid Integration Lab", 10.5, italic=True, space_after=0)
    para(d, "Email: f.gorecki-mensah@eng.example.ac.uk   Tel: +44 (0)113 555 0287   Web: fgm-grid.example.org", 9.5,
         space_after=8)
    widths = (Cm(3.2), Cm(7.6), Cm(6.6))

    def table(title: str, cols: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> None:
        t = d.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        hrow = t.add_row().cells
        merged = hrow[0].merge(hrow[2])
        merged.text = ""
        font(merged.paragraphs[0].add_run(title), 11, bold=True)
        _shade(merged._tc, "D9E2F3")
        c = t.add_row().cells
        for i, h in enumerate(cols):
            font(c[i].paragraphs[0].add_run(h), 9, italic=True)
        for r in rows:
            c = t.add_row().cells
            for i, v in enumerate(r):
                font(c[i].paragraphs[0].add_run(v), 9.5)
        for row in t.rows:
            for i, cell in enumerate(row.cells):
                cell.width = widths[i]
        para(d, "", 6, space_after=4)

    exp = [("10/2023 – present", "Postdoctoral Research Associate", "University of Airedale, School of Electrical "
            "Engineering", "University of Airedale", "2023-10", "present"),
           ("02/2022 – 07/2022", "Visiting Researcher", "Nordvik Grid Operator AS, Oslo", "Nordvik Grid Operator AS",
            "2022-02", "2022-07"),
           ("09/2019 – 09/2023", "Doctoral Researcher (Marie Curie ESR)", "Technical University of Ostrava",
            "Technical University of Ostrava", "2019-09", "2023-09")]
    edu = [("2019 – 2023", "Ph.D. in Electrical Power Engineering", "Technical University of Ostrava", "phd",
            "2019", "2023"),
           ("2017 – 2019", "M.Sc. Sustainable Energy Systems (Distinction)", "University of Airedale", "master",
            "2017", "2019"),
           ("2013 – 2017", "B.Sc. (Eng.) Electrical and Electronic Engineering", "Kwame Mensah University of "
            "Science and Technology", "bachelor", "2013", "2017")]
    table("Education", ("Period", "Degree", "Institution"), [e[:3] for e in edu])
    table("Employment", ("Period", "Position", "Institution"), [e[:3] for e in exp])
    journals = [
        ("Frequency-constrained unit commitment with grid-forming inverters", "IEEE Transactions on Power Systems",
         2025, True, "published", ["F. Gorecki-Mensah", "L. Haldane", "P. Novák"]),
        ("Data-driven inertia estimation from PMU ambient measurements", "IEEE Transactions on Smart Grid", 2024,
         True, "published", ["F. Gorecki-Mensah", "P. Novák"]),
        ("A benchmark of low-inertia test systems", "Electric Power Systems Research", 2023, False, "published",
         ["P. Novák", "F. Gorecki-Mensah", "J. Sørum"]),
        ("Probabilistic hosting capacity of rural feeders", "Applied Energy", 2026, False, "under review",
         ["J. Sørum", "F. Gorecki-Mensah", "L. Haldane"]),
    ]
    confs = [
        ("Fast frequency response from electrolysers", "PowerTech", 2023, True, "published",
         ["F. Gorecki-Mensah", "J. Sørum"]),
        ("Graph neural surrogates for N-1 screening", "IEEE PES General Meeting", 2022, True, "published",
         ["F. Gorecki-Mensah", "P. Novák"]),
        ("Virtual inertia markets: a game-theoretic view", "SmartGridComm", 2021, False, "published",
         ["A. Kowalczyk", "F. Gorecki-Mensah", "P. Novák"]),
        ("Small-signal stability of hybrid AC/DC microgrids", "ISGT Europe", 2020, True, "published",
         ["F. Gorecki-Mensah", "P. Novák"]),
    ]

    def ieee(p: tuple) -> str:
        t, v, yr, _f, st, au = p
        a = ", ".join(au[:-1]) + " and " + au[-1]
        if st == "under review":
            return f"{a}, “{t},” submitted to {v}, {yr}."
        if v.startswith("IEEE Trans") or v in ("Electric Power Systems Research", "Applied Energy"):
            return f"{a}, “{t},” {v}, vol. {yr - 1985}, no. {yr % 5 + 1}, pp. {yr % 700}–{yr % 700 + 11}, {yr}."
        return f"{a}, “{t},” in Proc. {v}, {yr}, pp. 1–6."

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    hrow = t.add_row().cells
    m = hrow[0].merge(hrow[1])
    font(m.paragraphs[0].add_run("Publications"), 11, bold=True)
    _shade(m._tc, "D9E2F3")
    for sub, items in [("Journal papers", journals), ("Conference papers", confs)]:
        r = t.add_row().cells
        mm = r[0].merge(r[1])
        font(mm.paragraphs[0].add_run(sub), 9.5, italic=True, bold=True)
        for i, p in enumerate(items, 1):
            c = t.add_row().cells
            font(c[0].paragraphs[0].add_run(f"[{i}]"), 9.5)
            font(c[1].paragraphs[0].add_run(ieee(p)), 9.5)
    for row in t.rows:
        row.cells[0].width, row.cells[-1].width = Cm(1.2), Cm(16.2)
    para(d, "", 6, space_after=4)
    awards = [("2024", "IEEE PES Outstanding Doctoral Thesis Award", "IEEE Power & Energy Society"),
              ("2023", "Best Paper Award, PowerTech", "IEEE / CIGRE"),
              ("2019", "Marie Skłodowska-Curie Early Stage Researcher fellowship", "European Commission")]
    table("Honours and Awards", ("Year", "Award", "Awarded by"), awards)
    table("Research Interests", ("", "Topic", "Keywords"),
          [("1", "Low-inertia power systems", "grid-forming control, frequency stability"),
           ("2", "Machine learning for grids", "surrogates, PMU analytics")])
    save_docx(d, folder / name)
    allp = journals + confs
    return label(
        name, "Faisal Gorecki-Mensah", ["Dr. Faisal Gorecki-Mensah"], ["f.gorecki-mensah@eng.example.ac.uk"],
        ["+441135550287"], ["fgm-grid.example.org"], [(e[2], e[3], e[4], e[5]) for e in edu],
        [(e[3], e[1], e[4], e[5]) for e in exp], len(allp), sum(p[3] for p in allp),
        allp, ["low-inertia power systems", "machine learning for grids"], len(awards),
        "Every section is a bordered three-column Word table (Period | Degree/Position | Institution) whose "
        "first row is a merged, shaded section title and whose second row holds italic column names. The "
        "employment table lists the PhD as 'Doctoral Researcher (Marie Curie ESR)' after a visit that "
        "happened during it (not sorted). Publications are one two-column table with merged italic sub-rows "
        "'Journal papers' / 'Conference papers', the bracketed IEEE numbering restarting at [1] under each; "
        "one journal paper is 'submitted to' (under review). Awards table has a third column with the "
        "awarding body. Research interests are table rows.",
        layout="Word tables for every section")


def zh_phd_sci_tags(folder: Path) -> dict:
    name = "12_zh_environment_phd_sci_tags.docx"
    d = fixed_docx()
    ea = "宋体"
    para(d, "简  历", 18, bold=True, east_asia=ea, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("姓名", "任嘉禾"), ("性别", "男"), ("出生年月", "1996年7月"), ("政治面貌", "中共党员"),
             ("联系电话", "177 5550 3619"), ("电子邮箱", "renjiahe@env.example.edu.cn")]
    for i, (k, v) in enumerate(cells):
        r, c = divmod(i, 2)
        font(t.cell(r, c * 2).paragraphs[0].add_run(k), 10.5, bold=True, east_asia=ea)
        font(t.cell(r, c * 2 + 1).paragraphs[0].add_run(v), 10.5, east_asia=ea)

    def heading(zh: str) -> None:
        q = para(d, zh, 12, bold=True, east_asia=ea, space_after=3)
        q.paragraph_format.space_before = Pt(10)
        _shade(q._p, "DDEBF7")

    def p(text: str, bold: bool = False) -> None:
        para(d, text, 10.5, bold=bold, east_asia=ea, space_after=2)

    heading("求职意向")
    p("高校讲师 / 博士后（环境科学与工程方向）")
    heading("教育经历")
    edu = [("江渚大学", "环境科学与工程", "博士", "phd", "2019.09-2024.12", "2019-09", "2024-12"),
           ("江渚大学", "环境工程", "学士", "bachelor", "2015.09-2019.06", "2015-09", "2019-06")]
    for inst, f, deg, _lv, when, *_ in edu:
        p(f"{when}        {inst}        {f}        {deg}", bold=True)
    p("博士导师：蒋立行 研究员；博士论文：城市河网微塑料的迁移与生态风险评估")
    heading("工作经历")
    exp = [("临川生态环境研究院", "助理研究员", "2025.01-至今", "2025-01", "present")]
    for org, tt, when, *_ in exp:
        p(f"{when}        {org}        {tt}", bold=True)
    heading("科研成果")
    p("以第一作者（含共同第一作者）发表 SCI 论文 3 篇，中文核心 1 篇：")
    pubs = [
        ("Microplastic transport in urban river networks under tidal forcing", "Water Research", 2024, True,
         "published", ["Ren J", "Jiang L"],
         "[1] Ren J, Jiang L*. Microplastic transport in urban river networks under tidal forcing. Water Research, "
         "2024, 251: 121133. (SCI 一区 Top, IF=12.8, 第一作者)"),
        ("Biofilm-mediated sinking of polyethylene fragments", "Environmental Science & Technology", 2023, True,
         "published", ["Zhao M", "Ren J", "Jiang L"],
         "[2] Zhao M, Ren J, Jiang L*. Biofilm-mediated sinking of polyethylene fragments. Environmental Science "
         "& Technology, 2023, 57(18): 7120-7131. (SCI 一区, IF=11.4, 共同第一作者)"),
        ("Ecological risk of microplastic-associated metals in estuarine sediments", "Journal of Hazardous "
         "Materials", 2022, True, "published", ["Ren J", "Xu Q", "Jiang L"],
         "[3] Ren J, Xu Q, Jiang L*. Ecological risk of microplastic-associated metals in estuarine sediments. "
         "Journal of Hazardous Materials, 2022, 430: 128409. (SCI 一区, IF=13.6, 第一作者)"),
        ("Seasonal microplastic flux at a tidal weir", "Science of the Total Environment", 2021, False,
         "published", ["Xu Q", "Ren J", "Jiang L"],
         "[4] Xu Q, Ren J, Jiang L*. Seasonal microplastic flux at a tidal weir. Science of the Total Environment, "
         "2021, 790: 148012. (SCI 二区, IF=9.8, 第二作者)"),
        ("城市河网微塑料污染特征及来源解析", "环境科学", 2021, True, "published", ["任嘉禾", "蒋立行"],
         "[5] 任嘉禾, 蒋立行. 城市河网微塑料污染特征及来源解析[J]. 环境科学, 2021, 42(6): 2750-2759. （EI, 中文核心）"),
    ]
    for pp in pubs:
        p(pp[6])
    p("授权发明专利 1 项：一种河道微塑料分层采样装置（ZL 2022 1 0555123.4，第二发明人）")
    heading("荣誉奖励")
    awards = ["2023年  博士研究生国家奖学金", "2022年  江渚大学“学术之星”", "2018年  全国大学生节能减排社会实践与科技竞赛 二等奖"]
    for a in awards:
        p(a)
    heading("专业技能")
    p("R、Python、ArcGIS；Raman / FTIR 微塑料鉴定；英语 CET-6（562）")
    save_docx(d, folder / name)
    return label(
        name, "任嘉禾", ["Ren Jiahe", "Jiahe Ren"], ["renjiahe@env.example.edu.cn"], ["+8617755503619"], [],
        [(e[0], e[3], e[5], e[6]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(pubs), sum(x[3] for x in pubs), [x[:6] for x in pubs], [], len(awards),
        "Chinese Word CV: '简  历' title, a 3x4 'Table Grid' of personal fields (姓名/性别/出生年月/政治面貌/联系电话/"
        "电子邮箱), then headings as bold paragraphs on a light-blue paragraph shading. Degree and job rows are "
        "'YYYY.MM-YYYY.MM  机构  专业  学位' separated by runs of spaces; same university for 博士 and 学士; "
        "'求职意向' (job objective) is not experience. Paper lines end in journal-ranking tags in Chinese "
        "parentheses '(SCI 一区 Top, IF=12.8, 第一作者)' and the authorship role is stated in words: paper 2 "
        "lists him second but tags '共同第一作者' (co-first), so first author; '*' is the corresponding author. "
        "A patent is not a paper. No research-interests section (求职意向 names a field, not interests).",
        language="zh", layout="Word, personal table, shaded headings")


def psych_autonumber(folder: Path) -> dict:
    name = "13_clinical_psychologist_autonumbered_apa.docx"
    d = fixed_docx()
    para(d, "Beatriz Okonjo-Lindqvist, Ph.D.", 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "Licensed Clinical Psychologist", 11, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(d, "Department of Psychiatry, Marrowfield Medical Center · bokonjo@marrowfield.example.org · "
         "(617) 555-0148", 9.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    right = Cm(16.5)

    def h1(t: str) -> None:
        d.add_heading(t, level=1)

    def row(left: str, rgt: str, bold: bool = True) -> None:
        q = para(d, "", 10.5, space_after=0)
        q.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        font(q.add_run(left), 10.5, bold=bold)
        font(q.add_run("\t" + rgt), 10.5)

    h1("Education")
    edu = [("Ph.D., Clinical Psychology (APA-accredited)", "Ashcombe University", "2014 – 2019", "phd", "2014",
            "2019"),
           ("Predoctoral Internship in Clinical Psychology", "Marrowfield Medical Center", "2018 – 2019", "other",
            "2018", "2019"),
           ("B.A., Psychology, magna cum laude", "Crestwood College", "2009 – 2013", "bachelor", "2009", "2013")]
    for deg, inst, when, *_ in edu:
        row(deg, when)
        para(d, inst, 10.5, italic=True, space_after=4)
    h1("Clinical and Academic Positions")
    exp = [("Marrowfield Medical Center", "Staff Psychologist, Anxiety and OCD Program", "2021 – present", "2021",
            "present"),
           ("Marrowfield Medical Center", "Postdoctoral Fellow in Clinical Psychology", "2019 – 2021", "2019", "2021"),
           ("Ashcombe University", "Instructor (part-time), Department of Psychology", "2022 – present", "2022",
            "present")]
    for org, t, when, *_ in exp:
        row(t, when)
        para(d, org, 10.5, italic=True, space_after=4)
    h1("Peer-Reviewed Publications")
    d.add_heading("Journal articles", level=2)
    me = "Okonjo-Lindqvist, B."
    pubs = [
        ("Exposure therapy delivered by video: A noninferiority trial", "Journal of Consulting and Clinical "
         "Psychology", None, True, "in press", [me, "Harrow, D. T.", "Sato, K."], "(in press)"),
        ("Intolerance of uncertainty as a transdiagnostic mediator in youth anxiety", "Behaviour Research and "
         "Therapy", 2024, False, "published", ["Sato, K.", me], "(2024)"),
        ("Family accommodation in pediatric OCD: A meta-analysis", "Clinical Psychology Review", 2022, True,
         "published", [me, "Castellanos, R.", "Harrow, D. T."], "(2022)"),
        ("Sleep disruption predicts dropout from exposure-based treatment", "Journal of Anxiety Disorders", 2020,
         True, "published", [me, "Harrow, D. T."], "(2020)"),
        ("Measurement invariance of the child anxiety scale across language versions", "Psychological "
         "Assessment", None, False, "under review", ["Castellanos, R.", me, "Sato, K."], "(under review)"),
    ]
    for t, v, _y, _f, _s, au, when in pubs:
        q = d.add_paragraph(style="List Number")
        q.paragraph_format.space_after = Pt(3)
        for a in au[:-1]:
            font(q.add_run(a + ", "), 10.5, bold=a == me)
        font(q.add_run("& "), 10.5)
        font(q.add_run(au[-1]), 10.5, bold=au[-1] == me)
        font(q.add_run(f" {when}. {t}. "), 10.5)
        font(q.add_run(v), 10.5, italic=True)
        font(q.add_run("."), 10.5)
    d.add_heading("Book chapters", level=2)
    chap = [("Exposure for children who will not talk about their fears", "Handbook of Pediatric Anxiety", 2023,
             True, "published", [me])]
    q = d.add_paragraph(style="List Number")
    font(q.add_run(me), 10.5, bold=True)
    font(q.add_run(" (2023). Exposure for children who will not talk about their fears. In M. Ellery & P. Tran "
                   "(Eds.), "), 10.5)
    font(q.add_run("Handbook of Pediatric Anxiety"), 10.5, italic=True)
    font(q.add_run(" (pp. 201–219). Lakeshore Academic Press."), 10.5)
    h1("Grants")
    para(d, "2022 – 2025  Marrowfield Foundation Early Investigator Grant ($150,000), Principal Investigator", 10.5)
    h1("Honors")
    awards = [("Early Career Clinician Award, Association for Anxiety Treatment", "2023"),
              ("Dissertation Research Award, Ashcombe University", "2018")]
    for t, yr in awards:
        row(t, yr, bold=False)
    h1("Clinical Interests")
    para(d, "Pediatric anxiety; obsessive-compulsive disorder; telehealth delivery of exposure therapy", 10.5)
    save_docx(d, folder / name)
    allp = [p[:6] for p in pubs] + chap
    return label(
        name, "Beatriz Okonjo-Lindqvist", ["Beatriz Okonjo-Lindqvist, Ph.D."], ["bokonjo@marrowfield.example.org"],
        ["+16175550148"], [], [(e[1], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(allp), sum(p[3] for p in allp), allp,
        ["pediatric anxiety", "obsessive-compulsive disorder"], len(awards),
        "US clinical-psychology CV in Word with built-in Heading 1 / Heading 2 styles. The publication numbers "
        "are Word automatic numbering ('List Number' style): the digits are NOT in the text, and the numbering "
        "runs on across the 'Journal articles' and 'Book chapters' sub-headings. APA 7 references with the "
        "candidate's name in bold; '(in press)' and '(under review)' stand where the year would be (no year). "
        "Degree lines are 'Degree<tab>years' over an italic institution; the predoctoral internship is listed "
        "under Education (labelled degree level 'other'). Two concurrent positions (one part-time). A grant is "
        "not an award. 'Clinical Interests' stands for research interests.",
        layout="Word heading styles, auto-numbered references")
