"""odfpy documents printed by LibreOffice: 05 (ODT Writer, entry tables), 08 (ODS Calc, Chinese table CV)."""
from __future__ import annotations

from kit18 import SRC, edu, job, pub, soffice_pdf, write_label
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import (
    Footer,
    Header,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TextProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P, PageNumber, Span


def _pstyle(doc, name, *, size="10pt", bold=False, italic=False, color=None, border=None, before="0cm",
            after="0.08cm", align=None, font="Liberation Serif", auto=True):
    st = Style(name=name, family="paragraph")
    tp = dict(fontsize=size, fontname=font, fontfamily=font)
    if bold:
        tp["fontweight"] = "bold"
    if italic:
        tp["fontstyle"] = "italic"
    if color:
        tp["color"] = color
    st.addElement(TextProperties(**tp))
    pp = dict(margintop=before, marginbottom=after)
    if border:
        pp["borderbottom"] = border
        pp["padding"] = "0.05cm"
    if align:
        pp["textalign"] = align
    st.addElement(ParagraphProperties(**pp))
    (doc.automaticstyles if auto else doc.styles).addElement(st)
    return st


def build05() -> None:
    doc = OpenDocumentText()
    for fname in ("Liberation Serif", "Liberation Sans"):
        from odf.style import FontFace
        doc.fontfacedecls.addElement(FontFace(name=fname, fontfamily=fname, fontfamilygeneric="roman",
                                              fontpitch="variable"))
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21.59cm", pageheight="27.94cm", margintop="1.6cm",
                                       marginbottom="1.6cm", marginleft="2.2cm", marginright="2.2cm"))
    doc.automaticstyles.addElement(pl)
    hst = _pstyle(doc, "HeaderP", size="8pt", color="#666666", align="end", font="Liberation Sans", auto=False)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header()
    hp = P(stylename=hst, text="Marrow-Tsosie, Curriculum Vitae, p. ")
    hp.addElement(PageNumber(selectpage="current", text="1"))
    h.addElement(hp)
    mp.addElement(h)
    f = Footer()
    f.addElement(P(stylename=hst, text="Updated August 2025"))
    mp.addElement(f)
    doc.masterstyles.addElement(mp)

    name_st = _pstyle(doc, "Name", size="17pt", bold=True, align="center", font="Liberation Sans")
    ctr = _pstyle(doc, "Ctr", size="9.5pt", align="center")
    h1 = _pstyle(doc, "H1", size="11pt", bold=True, color="#2f4f2f", border="0.5pt solid #2f4f2f", before="0.35cm",
                 after="0.15cm", font="Liberation Sans")
    h2 = _pstyle(doc, "H2", size="10pt", italic=True, before="0.15cm", after="0.05cm")
    body = _pstyle(doc, "Body", size="10pt")
    ref = _pstyle(doc, "Ref", size="10pt", after="0.12cm")
    b = Style(name="B", family="text")
    b.addElement(TextProperties(fontweight="bold"))
    it = Style(name="I", family="text")
    it.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(b)
    doc.automaticstyles.addElement(it)
    c1 = Style(name="c1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="2.3cm"))
    c2 = Style(name="c2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="14.9cm"))
    tst = Style(name="T", family="table")
    tst.addElement(TableProperties(width="17.2cm", align="left"))
    cell = Style(name="cell", family="table-cell")
    cell.addElement(TableCellProperties(padding="0.04cm", border="none"))
    for s in (c1, c2, tst, cell):
        doc.automaticstyles.addElement(s)

    def para(style, text):
        p = P(stylename=style)
        # *bold* and _italic_ markup
        import re
        for part in re.split(r"(\*[^*]+\*|_[^_]+_)", text):
            if part.startswith("*") and part.endswith("*") and len(part) > 1:
                p.addElement(Span(stylename=b, text=part[1:-1]))
            elif part.startswith("_") and part.endswith("_") and len(part) > 1:
                p.addElement(Span(stylename=it, text=part[1:-1]))
            elif part:
                p.addText(part)
        return p

    def rows(items):
        t = Table(stylename=tst)
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for when, what in items:
            r = TableRow()
            for txt in (when, what):
                c = TableCell(stylename=cell)
                for line in txt.split("\n"):
                    c.addElement(para(body, line))
                r.addElement(c)
            t.addElement(r)
        doc.text.addElement(t)

    T = doc.text
    T.addElement(para(name_st, "LUCINDA MARROW-TSOSIE, Ph.D."))
    T.addElement(para(ctr, "Associate Professor of Teacher Education, College of Education, Michigan State University"))
    T.addElement(para(ctr, "620 Farm Lane, Room 358, East Lansing, MI 48824  •  (517) 555-0128 (cell)  •  "
                           "marrowts@msu.example.edu"))
    T.addElement(para(h1, "EDUCATION"))
    rows([("2011 – 2016", "*Ph.D.*, Curriculum, Instruction, and Teacher Education, Michigan State University\n"
                          "Dissertation: _Counting the Land: Place-Based Mathematics in Diné Secondary Classrooms_"),
          ("2008 – 2010", "*M.A.*, Educational Leadership, Northern Arizona University (completed while teaching)"),
          ("2001 – 2005", "*B.S.*, Mathematics, minor in Navajo Language, University of New Mexico")])
    T.addElement(para(h1, "RESEARCH INTERESTS"))
    T.addElement(para(body, "Mathematics teacher education; Indigenous and culturally sustaining education; rural "
                            "schools and teacher retention; practice-based teacher preparation"))
    T.addElement(para(h1, "PROFESSIONAL APPOINTMENTS"))
    rows([("2022 – present", "*Associate Professor*, Department of Teacher Education, Michigan State University"),
          ("2016 – 2022", "*Assistant Professor*, Department of Teacher Education, Michigan State University"),
          ("Aug. 2006 – June 2011", "*Mathematics Teacher* (Grades 9–12), Gallup-McKinley County Schools, "
                                    "Gallup, NM")])
    T.addElement(para(h1, "RESEARCH EXPERIENCE"))
    rows([("2012 – 2015", "Graduate Research Assistant, CREATE for STEM Institute, Michigan State University\n"
                          "Coded classroom video for a study of rural algebra teaching (PI: Prof. Dorian Halvorsen)")])
    T.addElement(para(h1, "PUBLICATIONS  (* graduate student co-author)"))
    T.addElement(para(h2, "Refereed Journal Articles"))
    for r in [
        "Marrow-Tsosie, L., & Ferreira-Banks, J. (2024). Culturally sustaining mathematics teaching in Diné "
        "communities. _Journal of Teacher Education, 75_(3), 289–304.",
        "Okonkwo, R.*, & Marrow-Tsosie, L. (2023). Novice teachers' noticing of student reasoning in rural "
        "placements. _Mathematics Teacher Educator, 11_(2), 101–118.",
        "Marrow-Tsosie, L. (2021). Place-based tasks in rural secondary classrooms. _Journal for Research in "
        "Mathematics Education, 52_(4), 377–402.",
        "Marrow-Tsosie, L., Yazzie, K., Brandt, P., et al. (2019). Community mentors in Indigenous teacher "
        "preparation. _Teaching and Teacher Education, 86_, 102905.",
    ]:
        T.addElement(para(ref, r))
    T.addElement(para(h2, "Book Chapters"))
    T.addElement(para(ref, "Marrow-Tsosie, L. (in press). Land, number, and story. In K. Oduya & M. Lind (Eds.), "
                           "_Handbook of Indigenous Mathematics Education_. Springer."))
    T.addElement(para(h2, "Technical Reports"))
    T.addElement(para(ref, "Marrow-Tsosie, L., & Halvorsen, D. (2021). _Teacher retention in rural Michigan "
                           "districts: Year 2 evaluation report_. Michigan Department of Education."))
    T.addElement(para(h2, "Manuscripts Under Review"))
    T.addElement(para(ref, "Marrow-Tsosie, L., & Okonkwo, R.* (under review). Rehearsals of practice in rural field "
                           "placements. _American Educational Research Journal_."))
    T.addElement(para(h1, "GRANTS"))
    rows([("2021 – 2026", "NSF CAREER: Place-Based Mathematics Teacher Preparation in Tribal Communities "
                          "($742,000), PI"),
          ("2019 – 2021", "Spencer Foundation Small Research Grant ($49,800), PI")])
    T.addElement(para(h1, "HONORS AND AWARDS"))
    rows([("2020", "AERA Division K Early Career Award"),
          ("2019", "MSU Teacher-Scholar Award"),
          ("2018 – 2019", "National Academy of Education/Spencer Postdoctoral Fellowship")])
    T.addElement(para(h1, "TEACHING"))
    T.addElement(para(body, "TE 801 Professional Roles and Teaching Practice; TE 402 Teaching Mathematics to Diverse "
                            "Learners; TE 991 Doctoral Seminar in Mathematics Education"))
    T.addElement(para(h1, "SERVICE"))
    T.addElement(para(body, "Associate Editor, _Mathematics Teacher Educator_ (2023–present); Program Chair, AMTE "
                            "Annual Conference (2024); Reviewer, _Journal of Teacher Education_, _JRME_"))
    T.addElement(para(h1, "CERTIFICATION"))
    T.addElement(para(body, "New Mexico Level 2 Secondary Mathematics Teaching License (2006–2015, lapsed)"))
    src = SRC / "05_education_assoc_prof.odt"
    doc.save(str(src))
    soffice_pdf(src, LABEL05["file"])
    write_label(LABEL05)


LABEL05 = {
    "file": "05_us_education_assoc_prof_odt_libreoffice.pdf",
    "name": "Lucinda Marrow-Tsosie",
    "name_any": ["LUCINDA MARROW-TSOSIE", "LUCINDA MARROW-TSOSIE, Ph.D."],
    "emails": ["marrowts@msu.example.edu"],
    "phones": ["+15175550128"],
    "links": [],
    "education": [
        edu("Michigan State University", "phd", "2011", "2016"),
        edu("Northern Arizona University", "master", "2008", "2010"),
        edu("University of New Mexico", "bachelor", "2001", "2005"),
    ],
    "experience": [
        job("Michigan State University", "Associate Professor", "2022", "present"),
        job("Michigan State University", "Assistant Professor", "2016", "2022"),
        job("Gallup-McKinley County Schools", "Mathematics Teacher", "2006-08", "2011-06"),
        job("CREATE for STEM Institute, Michigan State University", "Graduate Research Assistant", "2012", "2015"),
    ],
    "publications_count": 7,
    "first_author_count": 6,
    "publications_sample": [
        pub("Culturally sustaining mathematics teaching in Diné communities", "Journal of Teacher Education", 2024,
            True, "published"),
        pub("Novice teachers' noticing of student reasoning in rural placements", "Mathematics Teacher Educator",
            2023, False, "published"),
        pub("Place-based tasks in rural secondary classrooms", "Journal for Research in Mathematics Education", 2021,
            True, "published"),
        pub("Community mentors in Indigenous teacher preparation", "Teaching and Teacher Education", 2019, True,
            "published"),
        pub("Land, number, and story", "Handbook of Indigenous Mathematics Education", None, True, "in press"),
        pub("Teacher retention in rural Michigan districts: Year 2 evaluation report",
            "Michigan Department of Education", 2021, True, "published"),
        pub("Rehearsals of practice in rural field placements", "American Educational Research Journal", None, True,
            "under review"),
    ],
    "research_interests_any": ["Mathematics teacher education", "Indigenous and culturally sustaining education",
                               "rural schools"],
    "awards_count": 3,
    "language": "en",
    "layout": "US education associate professor, odfpy ODT (borderless two-column entry tables, ruled capital "
              "headings, running header with page number) printed to PDF by LibreOffice Writer",
    "notes": "Name in capitals with ', Ph.D.'; contact on one centred line with '•' separators and '(cell)'. Every "
             "dated section is a borderless table with a 2.3 cm date column, so 'Aug. 2006 – June 2011' wraps over "
             "two rows ('Aug. 2006 –' / 'June 2011'). Two ranks at the same department = two jobs; a "
             "K-12 teaching post; a graduate research assistantship under 'Research Experience' (organisation: the "
             "institute at MSU). Publications: APA under italic sub-headings 'Refereed Journal Articles', 'Book "
             "Chapters', 'Technical Reports', 'Manuscripts Under Review'; the heading 'PUBLICATIONS (* graduate "
             "student co-author)' carries extra words; '*' marks a student co-author (not equal contribution, not "
             "first authorship); 'et al.' after three authors; '(in press)' in the year slot (no year); a technical "
             "report (venue: the publisher, Michigan Department of Education) counts. 'Grants' (NSF CAREER, Spencer "
             "grant) are not awards; the NAEd/Spencer Postdoctoral Fellowship listed under 'Honors and Awards' is an "
             "award (3). A teaching licence is not a degree. The header 'Marrow-Tsosie, Curriculum Vitae, p. N' "
             "repeats on every page; the footer has the update date.",
}


def build08() -> None:
    doc = OpenDocumentSpreadsheet()
    from odf.style import FontFace
    doc.fontfacedecls.addElement(FontFace(name="Noto Sans CJK SC", fontfamily="Noto Sans CJK SC",
                                          fontfamilygeneric="swiss", fontpitch="variable"))
    widths = ["3.3cm", "4.3cm", "3.3cm", "3.3cm", "2.8cm"]
    cols = []
    for i, w in enumerate(widths):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        cols.append(cs)
    ro = Style(name="ro", family="table-row")
    ro.addElement(TableRowProperties(useoptimalrowheight="true"))
    doc.automaticstyles.addElement(ro)

    def cstyle(name, size="9pt", bold=False, bg=None, align="start", border="0.5pt solid #999999"):
        st = Style(name=name, family="table-cell")
        tp = dict(fontsize=size, fontsizeasian=size, fontfamilyasian="Noto Sans CJK SC",
                  fontfamily="Noto Sans CJK SC", fontname="Noto Sans CJK SC")
        if bold:
            tp["fontweight"] = "bold"
            tp["fontweightasian"] = "bold"
        st.addElement(TextProperties(**tp))
        cp = dict(wrapoption="wrap", border=border, padding="0.06cm", verticalalign="middle")
        if bg:
            cp["backgroundcolor"] = bg
        st.addElement(TableCellProperties(**cp))
        st.addElement(ParagraphProperties(textalign=align))
        doc.automaticstyles.addElement(st)
        return st

    title = cstyle("title", "16pt", True, align="center", border="none")
    head = cstyle("head", "10.5pt", True, bg="#d9e2f3")
    lab = cstyle("lab", bold=True, bg="#f2f2f2", align="center")
    val = cstyle("val")
    ctr = cstyle("ctr", align="center")
    t = Table(name="简历")
    for cs in cols:
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        r = TableRow(stylename=ro)
        for c in cells:
            if c is None:
                r.addElement(CoveredTableCell())
                continue
            text, st, span = (c + (1,))[:3] if len(c) == 2 else c
            kw = {"stylename": st, "valuetype": "string"}
            if isinstance(span, tuple):
                kw["numbercolumnsspanned"], kw["numberrowsspanned"] = span
            elif span > 1:
                kw["numbercolumnsspanned"] = span
            cell = TableCell(**kw)
            for line in text.split("\n"):
                cell.addElement(P(text=line))
            r.addElement(cell)
        t.addElement(r)

    row([("个 人 简 历", title, 5), None, None, None, None])
    row([("基本信息", head, 5), None, None, None, None])
    row([("姓　　名", lab), ("欧阳清越", val), ("性　　别", lab), ("男", val), ("照片", ctr, (1, 4))])
    row([("出生年月", lab), ("1996.05", val), ("政治面貌", lab), ("中共党员", val), None])
    row([("联系电话", lab), ("(+86) 199-5550-0172", val), ("电子邮箱", lab), ("ouyqy@sjtu.example.edu.cn", val), None])
    row([("现就读", lab), ("上海交通大学 机械与动力工程学院 博士研究生", val, 3), None, None, None])
    row([("研究方向", lab), ("增材制造结构设计；拓扑优化；金属点阵结构疲劳可靠性", val, 4), None, None, None])
    row([("教育背景", head, 5), None, None, None, None])
    row([("起止时间", lab), ("学校", lab), ("专业", lab), ("学历/学位", lab), ("导师", lab)])
    row([("2021.09-至今\n（预计2025.12毕业）", ctr), ("上海交通大学", val), ("机械工程", val), ("博士研究生", val),
         ("林弘 教授", val)])
    row([("2018.09-\n2021.03", ctr), ("上海交通大学", val), ("机械工程", val), ("硕士", val), ("林弘 教授", val)])
    row([("2014.09-\n2018.06", ctr), ("大连理工大学", val), ("机械设计制造及其自动化", val), ("本科/学士", val),
         ("—", val)])
    row([("实习与工作经历", head, 5), None, None, None, None])
    row([("2020.07-2020.09", ctr), ("中国商飞上海飞机设计研究院结构强度部实习生：参与机翼前缘缝翼滑轨的疲劳分析，"
                                    "完成有限元子模型验证。", val, 4), None, None, None])
    row([("2021.03-2021.08", ctr), ("上海宇航系统工程研究所 结构工程师（硕士毕业后入职，后返校读博）", val, 4),
         None, None, None])
    row([("2022.02-2022.06", ctr), ("上海交通大学 本科生课程《机械原理》助教", val, 4), None, None, None])
    row([("科研项目", head, 5), None, None, None, None])
    row([("2022.01-至今", ctr), ("国家自然科学基金面上项目“增材制造梯度点阵结构的疲劳损伤机理与设计方法”，"
                                 "主要参与人", val, 4), None, None, None])
    row([("学术成果（*为通讯作者）", head, 5), None, None, None, None])
    pubs = [
        "[1] Ouyang Q, Lin H*, Zhao P. Topology optimization of lattice heat sinks for additive manufacturing[J]. "
        "International Journal of Heat and Mass Transfer, 2024, 221: 125032.（SCI一区，第一作者）",
        "[2] Ouyang Q, Lin H*. Fatigue life prediction of laser powder bed fused Ti-6Al-4V thin struts[J]. "
        "International Journal of Fatigue, 2023, 176: 107891.（SCI一区）",
        "[3] 欧阳清越, 林弘*. 增材制造点阵结构的等效刚度建模方法[J]. 机械工程学报, 2022, 58(14): 201-210.（EI）",
        "[4] Zhao P, Ouyang Q, Lin H*. Data-driven design of auxetic metamaterials with graded struts[J]. "
        "Materials & Design, 2025.（已接收）",
        "[5] Ouyang Q, Zhao P, Lin H*. Multiscale fatigue assessment of graded lattices[J]. Additive "
        "Manufacturing.（在审）",
        "[6] 林弘, 欧阳清越. 一种梯度点阵散热器的拓扑优化设计方法: 中国, ZL202210555017.X[P]. 2023.（发明专利）",
    ]
    for ptxt in pubs:
        row([(ptxt, val, 5), None, None, None, None])
    row([("获奖情况", head, 5), None, None, None, None])
    row([("2023", ctr), ("博士研究生国家奖学金", val, 4), None, None, None])
    row([("2022", ctr), ("上海交通大学优秀研究生", val, 4), None, None, None])
    row([("2017", ctr), ("全国大学生机械创新设计大赛 一等奖", val, 4), None, None, None])
    row([("技能证书", head, 5), None, None, None, None])
    row([("英语", lab), ("CET-6（562）；可熟练阅读和撰写英文论文", val, 4), None, None, None])
    row([("软件", lab), ("ABAQUS、ANSYS、COMSOL、MATLAB、Python、SolidWorks", val, 4), None, None, None])
    doc.spreadsheet.addElement(t)
    src = SRC / "08_zh_mechanical_table.ods"
    doc.save(str(src))
    soffice_pdf(src, LABEL08["file"])
    write_label(LABEL08)


LABEL08 = {
    "file": "08_zh_mechanical_phd_student_calc_table.pdf",
    "name": "欧阳清越",
    "name_any": ["Ouyang Qingyue", "Qingyue Ouyang"],
    "emails": ["ouyqy@sjtu.example.edu.cn"],
    "phones": ["+8619955500172"],
    "links": [],
    "education": [
        edu("上海交通大学", "phd", "2021-09", "2025-12"),
        edu("上海交通大学", "master", "2018-09", "2021-03"),
        edu("大连理工大学", "bachelor", "2014-09", "2018-06"),
    ],
    "experience": [
        job("中国商飞上海飞机设计研究院", "实习生", "2020-07", "2020-09"),
        job("上海宇航系统工程研究所", "结构工程师", "2021-03", "2021-08"),
        job("上海交通大学", "助教", "2022-02", "2022-06"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        pub("Topology optimization of lattice heat sinks for additive manufacturing",
            "International Journal of Heat and Mass Transfer", 2024, True, "published"),
        pub("Fatigue life prediction of laser powder bed fused Ti-6Al-4V thin struts", "International Journal of "
            "Fatigue", 2023, True, "published"),
        pub("增材制造点阵结构的等效刚度建模方法", "机械工程学报", 2022, True, "published"),
        pub("Data-driven design of auxetic metamaterials with graded struts", "Materials & Design", 2025, False,
            "accepted"),
        pub("Multiscale fatigue assessment of graded lattices", "Additive Manufacturing", None, True, "under review"),
    ],
    "research_interests_any": ["增材制造结构设计", "拓扑优化", "金属点阵结构疲劳可靠性"],
    "awards_count": 3,
    "language": "zh",
    "layout": "Chinese mechanical-engineering PhD student, a 表格简历 made in a spreadsheet (odfpy ODS, merged cells, "
              "shaded section rows, photo cell spanning four rows) printed to PDF by LibreOffice Calc",
    "notes": "The whole CV is one Calc grid: title '个 人 简 历' letter-spaced, label cells '姓　　名' padded with "
             "ideographic spaces, a photo cell 照片 merged over four rows; Calc's default page style prints the sheet name '简历' as a header "
             "and 'Page 1' as a footer. The e-mail wraps inside its cell ('ouyqy@sjtu.example' / '.edu.cn'). Phone '(+86) 199-5550-0172' (invented). "
             "Education is a 5-column table (起止时间 | 学校 | 专业 | 学历/学位 | 导师) whose date cells wrap: "
             "'2021.09-至今（预计2025.12毕业）' - the printed expected end 2025-12 is the end (convention: the printed "
             "end also when expected); '2018.09-' / '2021.03' broken over two lines inside the cell. Same university "
             "printed again for master and PhD. '实习与工作经历': 'Company+Department+Role' run together "
             "('中国商飞上海飞机设计研究院结构强度部实习生：…' - organisation 中国商飞上海飞机设计研究院, role 实习生); "
             "a short job between master and PhD; a paid course TA (助教) post. The NSFC project is a project, not a "
             "job or award. '学术成果（*为通讯作者）': GB/T 7714 lines with English pinyin author names; the "
             "candidate is 'Ouyang Q' / 欧阳清越; '*' = corresponding (not first author); remarks '（SCI一区，第一作者）', "
             "'（EI）' are not part of the venue; '（已接收）' = accepted with the printed 2025; '（在审）' = under review; "
             "[6] is a patent [P] (not a publication): 5 publications, 4 first-authored. 获奖情况: 3. CET-6 is not "
             "an award.",
}
