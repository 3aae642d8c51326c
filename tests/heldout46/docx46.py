"""python-docx builders for heldout46: Word documents typed the way people hand-format them
(runs of spaces, manual numbering, underline-only or ALL-CAPS headings, a layout table, 【】 headings).

03, 07, 09 stay DOCX; 04, 06, 10 are printed to PDF by LibreOffice in make_heldout46.py."""
from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)


def new_doc(font: str, size: float, east_asia: str | None = None, margins_cm: float = 2.2) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    rfonts = st.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia or font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.author = cp.last_modified_by = "user"
    return doc


def p(doc, text: str = "", underline=False, align=None, size=None, bold=False, italic=False, indent_cm=None,
      hanging_cm=None, after=0, tabs=()):
    """One typed paragraph; the text keeps its runs of spaces (xml:space=preserve)."""
    par = doc.add_paragraph()
    pf = par.paragraph_format
    pf.space_after = Pt(after)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if hanging_cm is not None:
        pf.first_line_indent = Cm(-hanging_cm)
    for pos, kind in tabs:
        pf.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT if kind == "r" else WD_TAB_ALIGNMENT.LEFT)
    if text:
        r = par.add_run(text)
        r.underline, r.bold, r.italic = underline, bold, italic
        if size:
            r.font.size = Pt(size)
    return par


def runs(doc, parts, after=0, indent_cm=None, hanging_cm=None):
    """A paragraph of several runs: parts = [(text, {'i':1,'u':1,'b':1})]."""
    par = p(doc, after=after, indent_cm=indent_cm, hanging_cm=hanging_cm)
    for text, fmt in parts:
        r = par.add_run(text)
        r.italic, r.underline, r.bold = bool(fmt.get("i")), bool(fmt.get("u")), bool(fmt.get("b"))
    return par


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def preserve_spaces(doc):
    for t in doc.element.body.iter(qn("w:t")):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def pad(left: str, right: str, width: int) -> str:
    """What a person does in Word: press the space bar until the right part looks aligned."""
    return left + " " * max(3, width - len(left)) + right


# ---------------------------------------------------------------- 03 UK sociologist, spaces + underlined headings
def build_03(out):
    doc = new_doc("Times New Roman", 11.5)
    p(doc, "Rhiannon Ashby-Clarke", align="center", size=15)
    p(doc, "Department of Sociology, University of York, Heslington, York", align="center")
    p(doc, "r.ashby-clarke@example.ac.uk      020 7946 0518", align="center", after=10)

    def head(t):
        p(doc, t, underline=True, after=4)

    head("Current post")
    p(doc, "2021-date:      Lecturer in Sociology, Department of Sociology, University of York", after=10)
    head("Previous employment")
    p(doc, "2019-21:        Research Fellow, Centre for Urban Research on Austerity,")
    p(doc, "                        De Montfort University, Leicester", after=3)
    p(doc, "2018-19:        Teaching Fellow (0.5 FTE), School of Social and Political Science,")
    p(doc, "                        University of Edinburgh", after=3)
    p(doc, "2015-18:        Research Assistant (part-time), Joseph Rowntree Foundation, York", after=10)
    head("Education")
    p(doc, "2014-18:        PhD Sociology, University of Edinburgh")
    p(doc, "                        Thesis: 'Waiting as work: time, welfare and the jobcentre queue'")
    p(doc, "                        Supervisors: Prof. Alasdair Munro and Dr Kirsty Lennox", after=3)
    p(doc, "2013-14:        MSc Social Research Methods, University of Edinburgh (Distinction)", after=3)
    p(doc, "2010-13:        BA (Hons) Sociology and Social Policy, University of Leeds, First Class", after=10)
    head("Research interests")
    p(doc, "Welfare reform and conditionality; the sociology of time and waiting; austerity and local government;",
      after=0)
    p(doc, "qualitative longitudinal methods.", after=10)
    head("Publications")
    p(doc, "Journal articles", italic=True, after=2)
    pubs = [
        "Ashby-Clarke, R. (2024) 'Queue time: the temporal politics of benefit sanctions', Sociology, 58(3), "
        "pp. 611-628.",
        "Ashby-Clarke R and Dunmore K (2022) Austerity's afterlives in the English town hall. Sociological Review "
        "70(4): 702-19",
        "Dunmore, K., Ashby-Clarke, R. & Fenwick, J. 2021. \"Counting the uncounted: food bank data and local "
        "government\", Critical Social Policy 41 (2)",
    ]
    for i, t in enumerate(pubs, 1):
        p(doc, f"{i}.   {t}", indent_cm=0.9, hanging_cm=0.9, after=3)
    p(doc, "Under review", italic=True, after=2)
    p(doc, "4.   Ashby-Clarke, R. 'Waiting rooms: conditionality and the ethics of delay', under review at British "
      "Journal of Sociology", indent_cm=0.9, hanging_cm=0.9, after=10)
    head("Grants")
    p(doc, "2023-24:        British Academy/Leverhulme Small Research Grant, 'Waiting lists', £9,850 (PI)", after=10)
    head("Prizes and studentships")
    p(doc, "2013-18:        ESRC 1+3 Studentship, University of Edinburgh")
    p(doc, "2013:             Leeds Sociology Prize for the best undergraduate dissertation", after=10)
    head("Teaching")
    p(doc, "SOC00012M  Qualitative Methods (MA, module convenor, 2021-date)")
    p(doc, "SOC00041I   Welfare, State and Society (BA, year 2, 2022-date)", after=10)
    head("Referees")
    p(doc, "Prof. Alasdair Munro, University of Edinburgh                  Dr Kirsty Lennox, University of Edinburgh")
    preserve_spaces(doc)
    doc.save(out)


# ---------------------------------------------------------------- 04 Indian chemist, Writer tab stops, '1. Education'
def build_04(out):
    doc = new_doc("Times New Roman", 11, margins_cm=2.0)
    p(doc, "CURRICULUM VITAE", align="center", size=13, after=8)
    p(doc, "Dr. Shalini Raghavendra", size=13)
    p(doc, "Research Associate, CSIR-National Chemical Laboratory, Dr. Homi Bhabha Road, Pune 411008")
    p(doc, "Mobile: +91 98450 01276\tE-mail: shalini.raghavendra@example.com", tabs=[(17.0, "r")], after=10)
    tabs3 = [(3.6, "l"), (17.0, "r")]

    def head(t):
        p(doc, t, after=4, tabs=tabs3)

    head("1. Educational Qualifications")
    p(doc, "Ph.D.\tIndian Institute of Science, Bengaluru\tAug 2014 - Sep 2019", tabs=tabs3)
    p(doc, "\tDepartment of Inorganic and Physical Chemistry; guide: Prof. P. K. Dutta", tabs=tabs3, after=3)
    p(doc, "M.Sc.\tUniversity of Hyderabad (Chemistry), CGPA 9.1/10\tJul 2012 - May 2014", tabs=tabs3, after=3)
    p(doc, "B.Sc.\tSt. Joseph's College, Bengaluru (CBZ)\t2009 - 2012", tabs=tabs3, after=10)
    head("2. Research Experience")
    p(doc, "Research Associate\tCSIR-National Chemical Laboratory, Pune\tDec 2022 - till date", tabs=tabs3)
    p(doc, "\tPhotoredox/nickel dual catalysis for late-stage functionalisation", tabs=tabs3, after=3)
    p(doc, "Postdoctoral\tUniversity of Cambridge, Yusuf Hamied Department\tNov 2019 - Oct 2022", tabs=tabs3)
    p(doc, "Research Associate\tof Chemistry, UK (Newton International Fellow)", tabs=tabs3, after=3)
    p(doc, "Project Assistant\tIndian Institute of Science, Bengaluru (DST project)\tJun 2014 - Jul 2014", tabs=tabs3,
      after=10)
    head("3. Research Interests")
    p(doc, "\tEarth-abundant metal catalysis, C-H activation, flow photochemistry", tabs=tabs3, after=10)
    head("4. Publications")
    pubs = [
        "S. Raghavendra, P. K. Dutta, \"Ligand-accelerated C-H borylation with cobalt pincer complexes\", "
        "J. Am. Chem. Soc., 2019, 141, 8834-8840.",
        "Raghavendra S., Whitby O.J., Foster L.; Photoredox nickel catalysis in continuous flow for aryl "
        "amination, Chem. Sci. 2021, 12, 4410",
        "O. J. Whitby, S. Raghavendra, L. Foster*, Mechanistic insight into nickel-catalysed decarboxylative "
        "arylation, Angew. Chem. Int. Ed. 2022, 61, e202201187.",
        "M. Iyer, S. Raghavendra* - Iron-catalysed hydrosilylation under visible light, ChemRxiv 2024 (preprint)",
    ]
    for i, t in enumerate(pubs, 1):
        p(doc, f"{i})\t{t}", indent_cm=1.0, hanging_cm=1.0, tabs=[(1.0, "l")], after=3)
    p(doc, after=7)
    head("5. Awards and Fellowships")
    for t in ["Newton International Fellowship, The Royal Society, UK\t2019",
              "Best Poster Award, CRSI National Symposium in Chemistry, Kolkata\t2018",
              "CSIR-UGC Junior Research Fellowship (NET, AIR 42)\t2014"]:
        p(doc, "\u2022 " + t, tabs=[(17.0, "r")], indent_cm=0.4)
    p(doc, after=7)
    head("6. Conferences")
    p(doc, "Oral presentation, 28th CRSI National Symposium in Chemistry, 2023; poster, Gordon Research Conference "
      "(Organometallic Chemistry), 2021.", after=10)
    head("7. Personal Details")
    for t in ["Date of Birth\t: 14 March 1991", "Nationality\t: Indian", "Languages known\t: English, Kannada, Hindi, "
              "Tamil"]:
        p(doc, t, tabs=[(3.6, "l")])
    p(doc, after=8)
    p(doc, "Declaration: I hereby declare that the above information is true to the best of my knowledge.")
    p(doc, "Place: Pune\t(Shalini Raghavendra)", tabs=[(17.0, "r")])
    preserve_spaces(doc)
    doc.save(out)


# ---------------------------------------------------------------- 06 Ghanaian physicist, spaces + roman headings
def build_06(out):
    doc = new_doc("Times New Roman", 11, margins_cm=2.3)
    p(doc, "CURRICULUM VITAE", align="center", after=10)
    W = 92

    def head(t):
        p(doc, t, after=5)

    head("I.   PERSONAL INFORMATION")
    for a, b in [("Name", "Dr. Efua Ofori-Boateng"), ("Nationality", "Ghanaian"),
                 ("Postal Address", "Department of Physics, KNUST, Kumasi, Ghana"),
                 ("E-mail", "efua.oforiboateng@example.com"), ("Telephone", "+233 24 555 0187")]:
        p(doc, pad(f"{a}:", b, 26))
    p(doc, after=6)
    head("II.  EDUCATIONAL BACKGROUND")
    for a, b in [("PhD Physics (Condensed Matter), University of Cape Town, South Africa", "2012 – 2016"),
                 ("MPhil Physics, Kwame Nkrumah University of Science and Technology", "2009 – 2011"),
                 ("BSc (Hons) Physics, University of Cape Coast", "2005 – 2009")]:
        p(doc, pad(a, b, W), after=2)
        if a.startswith("PhD"):
            p(doc, "       Thesis: Defect spectroscopy of chalcopyrite thin-film absorbers", after=2)
    p(doc, after=4)
    head("III. WORK EXPERIENCE")
    for a, b in [("Senior Lecturer, Department of Physics, KNUST, Kumasi", "Aug 2021 – Date"),
                 ("Lecturer, Department of Physics, KNUST, Kumasi", "Sept 2016 – Jul 2021"),
                 ("Visiting Scientist (Junior Associate), Abdus Salam ICTP, Trieste, Italy", "Jun – Aug 2019"),
                 ("Teaching Assistant (National Service), University of Cape Coast", "2009 – 2010")]:
        p(doc, pad(a, b, W), after=2)
    p(doc, after=4)
    head("IV.  RESEARCH INTERESTS")
    p(doc, "Perovskite solar cells; thin-film deposition; defect spectroscopy; low-cost photovoltaics for West Africa",
      after=6)
    head("V.   PUBLICATIONS")
    pubs = [
        "Ofori-Boateng, E., Mensah-Darko, K. and Adu, J. K. (2023). Moisture-tolerant formamidinium perovskite films "
        "by low-temperature antisolvent processing. Solar Energy Materials and Solar Cells, 251, 112154.",
        "Adu J.K., Ofori-Boateng E. (2021), \"Sol-gel ZnO electron transport layers from cassava-starch templates\", "
        "Materials Research Express 8: 045902",
        "Mensah-Darko K., Ofori-Boateng E., Adu J.K. 2019. Optical band-gap tuning of CsPbBr3 nanocrystals. Journal "
        "of Physics: Conference Series 1378, 022041",
    ]
    for i, t in enumerate(pubs, 1):
        p(doc, f"{i}.  {t}", after=3)
    p(doc, after=20)
    p(doc, " " * 150 + "Page 1 of 2")
    page_break(doc)
    p(doc, "CV – Efua Ofori-Boateng" + " " * 110 + "Page 2", after=10)
    p(doc, "4.  Ofori-Boateng E, Naidoo S, van der Berg P. Deep-level transient spectroscopy of Cu(In,Ga)Se2 "
      "absorbers. Thin Solid Films 2016;615:89-95.", after=8)
    head("VI.  AWARDS AND HONOURS")
    for a, b in [("Best Lecturer Award, College of Science, KNUST", "2020"),
                 ("DAAD In-Country Scholarship (MPhil)", "2009")]:
        p(doc, pad(a, b, W), after=2)
    p(doc, after=4)
    head("VII. PROFESSIONAL MEMBERSHIP")
    p(doc, "Ghana Institute of Physics (member); African Materials Research Society (member)", after=6)
    head("VIII. REFEREES")
    p(doc, "Prof. Kofi Mensah-Darko" + " " * 40 + "Prof. Sipho Naidoo")
    p(doc, "Department of Physics, KNUST" + " " * 33 + "Department of Physics, University of Cape Town")
    p(doc, after=20)
    p(doc, " " * 150 + "Page 2 of 2")
    preserve_spaces(doc)
    doc.save(out)


# ---------------------------------------------------------------- 07 Filipino marine scientist, layout table
def build_07(out):
    doc = new_doc("Arial", 10.5, margins_cm=2.0)
    p(doc, "MA. CRISTINA B. DALISAY", align="center", size=14)
    p(doc, "Marine Science Institute, University of the Philippines Diliman, Quezon City 1101", align="center")
    p(doc, "mcdalisay@example.com  |  +63 917 555 0142", align="center", after=8)
    sections = [
        ("EDUCATION", [
            ("2016 – 2021", "Doctor of Philosophy in Marine Science\nMarine Science Institute, University of the "
                            "Philippines Diliman"),
            ("2013 – 2015", "Master of Science in Fisheries Biology\nUniversity of the Philippines Visayas, Miagao, Iloilo"),
            ("2009 – 2013", "Bachelor of Science in Biology, cum laude\nSilliman University, Dumaguete City"),
        ]),
        ("PROFESSIONAL EXPERIENCE", [
            ("Jan 2024 – present", "Assistant Professor 1\nMarine Science Institute, University of the Philippines "
                                   "Diliman"),
            ("Aug 2021 – Dec 2023", "Postdoctoral Research Fellow\nAustralian Institute of Marine Science, "
                                    "Townsville, Australia"),
            ("Jun 15 – May 16", "University Research Associate\nUniversity of the Philippines Visayas"),
        ]),
        ("RESEARCH INTERESTS", [
            ("", "Coral larval ecology; thermal tolerance of reef-building corals; microplastics in reef food webs"),
        ]),
        ("PUBLICATIONS", [
            ("2023", "Dalisay MCB, Reyes JA, Tan-Uy R. \"Thermal tolerance of Acropora larvae from the Verde Island "
                     "Passage.\" Coral Reefs 42: 331–344"),
            ("2022", "Hollis, B.; Dalisay, M.C.B.; Ng, K. — Microplastic ingestion by reef planktivores in Manila Bay. "
                     "Marine Pollution Bulletin 175"),
            ("2020", "Dalisay M.C., Lacuna M.L. et al — Recruitment pulses of rabbitfish in seagrass beds of "
                     "Bolinao, Pangasinan. Philippine Journal of Science 149(3)"),
        ]),
        ("AWARDS", [
            ("2022", "For Women in Science Philippines Fellowship"),
            ("2013 – 2015", "DOST-ASTHRDP Graduate Scholarship"),
        ]),
        ("SKILLS", [
            ("", "SCUBA (PADI Divemaster), R, larval rearing, qPCR, Spanish (basic), Cebuano and Tagalog (native)"),
        ]),
    ]
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)
    for head, rows in sections:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[1])
        hp = merged.paragraphs[0]
        hp.paragraph_format.space_before = Pt(8)
        hp.paragraph_format.space_after = Pt(3)
        r = hp.add_run(head)
        r.underline = True
        for left, right in rows:
            c = table.add_row().cells
            c[0].paragraphs[0].add_run(left)
            lines = right.split("\n")
            c[1].paragraphs[0].add_run(lines[0])
            for extra in lines[1:]:
                c[1].add_paragraph(extra)
            c[1].paragraphs[-1].paragraph_format.space_after = Pt(3)
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(3.8), Cm(13.2)
    preserve_spaces(doc)
    doc.save(out)


# ---------------------------------------------------------------- 09 Chinese engineer, spaces + 【】 headings
def build_09(out):
    doc = new_doc("Times New Roman", 10.5, east_asia="宋体", margins_cm=2.0)
    p(doc, "个 人 简 历", align="center", size=16, after=8)
    for t in ["姓    名：邵明哲                          性    别：男",
              "出生年月：1993.05                         政治面貌：中共党员",
              "电    话：138 0013 8427                   邮    箱：shaomingzhe@example.com",
              "求职意向：视觉算法研究员 / 高级算法工程师"]:
        p(doc, t, after=1)
    p(doc, after=6)

    def head(t):
        p(doc, t, after=3)

    head("【教育背景】")
    p(doc, "2015.09 - 2020.06       浙江大学           控制科学与工程         工学博士（硕博连读）", after=1)
    p(doc, "                                 导师：林晓峰 教授    研究方向：事件相机与神经形态视觉", after=1)
    p(doc, "2011.09 - 2015.06       华中科技大学       自动化                 工学学士", after=6)
    head("【工作经历】")
    p(doc, "2022.07 - 至今          杭州海康威视数字技术股份有限公司        高级算法工程师", after=1)
    p(doc, "                                 负责事件相机与可见光融合的高速目标检测算法研发", after=2)
    p(doc, "2020.07 - 2022.06       之江实验室                              博士后研究员", after=1)
    p(doc, "                                 神经形态视觉方向，参与国家重点研发计划课题", after=2)
    p(doc, "2019.06 - 2019.09       阿里巴巴达摩院                          研究实习生", after=6)
    head("【科研成果】")
    for t in ["1. 邵明哲, 林晓峰, 陈立. 基于事件相机的高速目标跟踪方法[J]. 自动化学报, 2021, 47(6): 1320-1332.",
              "2. Shao M, Lin X, Chen L. Event-based visual odometry with learned feature tracks. IEEE Transactions "
              "on Robotics, 2020.",
              "3. Lin Xiaofeng, Shao Mingzhe, et al. Spiking optical flow on neuromorphic hardware, ICRA 2019",
              "4. 发明专利：一种基于事件相机的运动目标检测方法，ZL 2020 1 0412345.6（第一发明人），2022年授权"]:
        p(doc, t, after=2)
    p(doc, after=4)
    head("【获奖情况】")
    for t in ["2019年    浙江大学优秀研究生", "2018年    博士研究生国家奖学金", "2014年    全国大学生电子设计竞赛  一等奖"]:
        p(doc, t, after=1)
    p(doc, after=6)
    head("【专业技能】")
    p(doc, "C++ / Python / PyTorch / CUDA；熟悉 ROS 与嵌入式部署；英语六级（CET-6 586）", after=6)
    head("【自我评价】")
    p(doc, "踏实肯干，具有较强的独立科研能力和团队协作精神。")
    preserve_spaces(doc)
    doc.save(out)


# ---------------------------------------------------------------- 10 Chinese environmental scientist, 一、二、三、
def build_10(out):
    doc = new_doc("Times New Roman", 11, east_asia="宋体", margins_cm=2.4)
    p(doc, "贺清源  简历", align="center", size=15, after=4)
    p(doc, "南京大学环境学院  副教授  硕士生导师", align="center")
    p(doc, "电话：13800138561    邮箱：heqingyuan@example.edu.cn", align="center", after=10)

    def head(t):
        p(doc, t, after=4)

    head("一、教育经历")
    p(doc, "2009年9月—2014年6月，北京大学，环境科学与工程学院，环境科学，博士", after=2)
    p(doc, "2005年9月—2009年6月，南开大学，环境科学与工程学院，环境工程，学士", after=8)
    head("二、工作经历")
    p(doc, "2019年12月—至今，南京大学环境学院，副教授", after=2)
    p(doc, "2016年7月—2019年11月，南京大学环境学院，助理研究员", after=2)
    p(doc, "2014年7月—2016年6月，清华大学环境学院，博士后（合作导师：傅天明 研究员）", after=8)
    head("三、研究方向")
    p(doc, "研究方向：大气颗粒物来源解析；二次有机气溶胶；空气污染健康效应。", after=8)
    head("四、主持科研项目")
    p(doc, "1. 国家自然科学基金面上项目，长三角城市群二次有机气溶胶生成机制，2022—2025，主持", after=2)
    p(doc, "2. 国家自然科学基金青年科学基金项目，2018—2020，主持", after=8)
    head("五、代表性论文（*为通讯作者）")
    for t in ["[1] 贺清源, 王子墨, 刘畅. 长江下游城市群PM2.5来源解析与健康风险[J]. 环境科学学报, 2022, 42(3): 45-56.",
              "[2] He Q, Zhang Y, Fu T-M. Secondary organic aerosol formation from cooking emissions in Chinese "
              "megacities. Environmental Science & Technology, 2020, 54(9): 5520-5529.",
              "[3] 王子墨，贺清源*. 南京市臭氧污染的气象驱动因素. 中国环境科学 2021年第41卷",
              "[4] Liu C, He Q*, Li J et al. Nighttime nitrate chemistry over the Yangtze River Delta. Atmospheric "
              "Chemistry and Physics, 2019, 19: 11021-11036"]:
        p(doc, t, indent_cm=0.8, hanging_cm=0.8, after=3)
    p(doc, after=5)
    head("六、获奖情况")
    p(doc, "2021年，江苏省科学技术奖三等奖（排名第3）；2014年，北京大学优秀博士学位论文。", after=8)
    head("七、学术兼职")
    p(doc, "《环境科学学报》青年编委；中国环境科学学会会员。")
    preserve_spaces(doc)
    doc.save(out)
