"""Held-out set 8, builders 09-11 (DOCX): an economist whose paid posts sit under 'Teaching &
Writing Experience' with typed dot leaders, an ocean engineer with Word heading styles and a
sub-heading right under 'Publications', and a Chinese finance master with numbered Chinese
headings and right tab stops."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from kit8 import fixed_docx, font, label, para, save_docx


def _bottom_rule(p) -> None:
    """A paragraph border under the text (Word's 'Borders > Bottom Border')."""
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _right_tab(p, cm: float = 16.0) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)


def economist_dot_leaders(folder: Path) -> dict:
    name = "09_labor_economist_dot_leader_posts.docx"
    d = fixed_docx()
    para(d, "Marisol Ekwueme-Hart", 16, space_after=2, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Department of Economics, Harrowgate University  ·  (312) 555-0174  ·  mekwueme@econ.example.edu", 10,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    def heading(t: str) -> None:  # same size and weight as the body: small caps, space and a rule
        p = para(d, t, 11, small_caps=True, space_after=3)
        p.paragraph_format.space_before = Pt(12)
        _bottom_rule(p)

    def body(t: str, **kw) -> None:
        para(d, t, 11, space_after=kw.pop("space_after", 1), **kw)

    heading("Education")
    edu = [("Harrowgate University", "phd", None, "2026-05",
            "Ph.D., Economics, Harrowgate University, expected May 2026"),
           ("Ostwick University", "bachelor", None, "2019",
            "B.A., Economics and Philosophy, summa cum laude, Ostwick University, 2019")]
    for *_, t in edu:
        body(t)
    body("Lindqvist Honors College, Ostwick University", italic=True, indent_cm=0.8)
    heading("Research Fields")
    body("Labor economics; economics of education; applied microeconometrics")
    heading("Job Market Paper")
    jmp = ("Teacher pay ladders and the sorting of new graduates", None, 2025, True, "preprint",
           ["M. Ekwueme-Hart"])
    body(f"“{jmp[0]}” (2025). Working paper.")
    heading("Publications and Papers under Review")
    pubs = [("Minimum wages and apprenticeship take-up: evidence from county borders", "Journal of Labor Economics",
             2024, True, "published", ["Ekwueme-Hart, M.", "Moreau-Bell, A."],
             "Ekwueme-Hart, M. and A. Moreau-Bell (2024). “Minimum wages and apprenticeship take-up: evidence "
             "from county borders.” Journal of Labor Economics, 42(3): 611–648."),
            ("Charter entry and teacher turnover", "Journal of Public Economics", 2025, False, "under review",
             ["Osei, K.", "Ekwueme-Hart, M.", "et al."],
             "Osei, K., M. Ekwueme-Hart, et al. (2025). “Charter entry and teacher turnover.” Revise and resubmit, "
             "Journal of Public Economics.")]
    for p in pubs:
        body(p[6], space_after=4, indent_cm=0.8, hanging_cm=0.8)
    heading("Teaching & Writing Experience")
    exp = [("The Ledger Review", "Contributing Columnist (paid, monthly)", "07/2025 – Present", "2025-07", "present"),
           ("Harrowgate University", "Teaching Fellow", "09/2022 – 05/2025", "2022-09", "2025-05"),
           ("Harrowgate University", "Research Assistant to Prof. Anand Moreau-Bell", "09/2021 – 08/2022",
            "2021-09", "2022-08")]
    for org, t, when, *_ in exp:
        body(f"{org} {'.' * (70 - len(org) - len(when))} {when}")
        body(t, italic=True, indent_cm=0.8)
        if t == "Teaching Fellow":
            for b in ["Fall 2023: Ec 1010a Intermediate Microeconomics (section leader, 2 sections)",
                      "Spring 2024: Ec 1152 Labor Economics (head teaching fellow)"]:
                body("– " + b, indent_cm=1.2)
    heading("Fellowships and Awards")
    awards = ["Harrowgate Dissertation Completion Fellowship, 2025", "Ostwick Prize in Economics, 2019"]
    for a in awards:
        body(a)
    heading("References")
    for r in ["Prof. Anand Moreau-Bell, Harrowgate University, amoreau@econ.example.edu",
              "Prof. Kwabena Osei, Harrowgate University, kosei@econ.example.edu",
              "Dr. Lena Vasquez, Ostwick University, lvasquez@ostwick.example.edu"]:
        body(r)
    save_docx(d, folder / name)
    allp = [jmp] + [p[:6] for p in pubs]
    return label(
        name, "Marisol Ekwueme-Hart", [], ["mekwueme@econ.example.edu"], ["+13125550174"], [],
        [e[:4] for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp], len(allp), sum(p[3] for p in allp), allp,
        ["Labor economics", "economics of education"], len(awards),
        "Economics job-market CV in Word: headings are body-size small caps with a bottom border and space "
        "before. Degrees on one line each; the PhD 'expected May 2026' (end 2026-05, start not printed); an "
        "honours-college line under the B.A. is not a degree. Paid posts (a newspaper column, teaching "
        "fellow, RA) are under 'Teaching & Writing Experience' as 'Org ....... MM/YYYY – Present' with typed "
        "dot leaders and the role in italics on the next line; teaching-fellow bullets begin with term "
        "dates ('Fall 2023:'). Papers: a job market paper (working paper = preprint, no venue, sole author) "
        "under its own heading, then 'Publications and Papers under Review' in author-year economics style, "
        "one 'Revise and resubmit' (under review) with 'et al.'. Referees' e-mails are not hers.",
        layout="Word, body-size small-caps headings, dot leaders")


def ocean_engineer_heading_styles(folder: Path) -> dict:
    name = "10_ocean_engineer_word_headings_statuses.docx"
    d = fixed_docx()
    t = d.add_paragraph(style="Title")
    t.add_run("Devika Arnesen-Okoye")
    para(d, "Ostmere, OR  |  +1 541 555 0129  |  devika.ao@example.org  |  orcid.org/0000-0002-5550-1187", 10,
         space_after=8)

    def h1(t: str) -> None:
        d.add_paragraph(t, style="Heading 1")

    def h2(t: str) -> None:
        d.add_paragraph(t, style="Heading 2")

    def dated(left: str, right: str, bold: bool = True) -> None:
        p = para(d, "", 10.5, space_after=0)
        _right_tab(p)
        font(p.add_run(left), 10.5, bold=bold)
        font(p.add_run("\t" + right), 10.5)

    h1("Positions")
    exp = [("Ostmere University", "Postdoctoral Scholar", "Sep 2023 – present", "2023-09", "present",
            "Postdoctoral Scholar, School of Civil and Coastal Engineering, Ostmere University"),
           ("Marine Robotics Lab", "Graduate Research Assistant", "Sep 2018 – Aug 2023", "2018-09", "2023-08",
            "Graduate Research Assistant, Marine Robotics Lab (led by Prof. Ana Whitford)")]
    for _o, _t, when, _s, _e, text in exp:
        dated(text, when)
        para(d, "Field campaigns on wave-powered gliders; sensor fusion for turbid water.", 10, space_after=4)
    h1("Education")
    edu = [("Ostmere University", "Ph.D., Ocean Engineering", "2018 – 2023", "phd", "2018", "2023"),
           ("Kittering Institute of Technology", "B.S., Mechanical Engineering", "2014 – 2018", "bachelor", "2014",
            "2018")]
    for inst, deg, when, *_ in edu:
        dated(f"{deg}, {inst}", when)
    h1("Publications")
    h2("Journal Articles")
    pubs = [("Wave-glider station keeping with learned current forecasts", "Ocean Engineering", 2024, True,
             "published", ["Arnesen-Okoye D", "Whitford A"],
             "Arnesen-Okoye D, Whitford A. Wave-glider station keeping with learned current forecasts. Ocean "
             "Engineering. 2024;297:117012."),
            ("Acoustic localisation of drifting sensor swarms", "IEEE Journal of Oceanic Engineering", 2022, False,
             "published", ["Pahl R", "Arnesen-Okoye D", "Whitford A", "et al."],
             "Pahl R, Arnesen-Okoye D, Whitford A, et al. Acoustic localisation of drifting sensor swarms. IEEE "
             "Journal of Oceanic Engineering. 2022;47(2):388-401."),
            ("Turbidity-robust visual odometry for benthic surveys", "Field Robotics", None, True, "in press",
             ["Arnesen-Okoye D", "Pahl R", "Whitford A"],
             "Arnesen-Okoye D, Pahl R, Whitford A. Turbidity-robust visual odometry for benthic surveys. Field "
             "Robotics. In press.")]
    h2_conf = [("Energy-aware path planning for tidal-stream inspection", "OCEANS", 2021, True, "published",
                ["Arnesen-Okoye D", "Whitford A"],
                "Arnesen-Okoye D, Whitford A. Energy-aware path planning for tidal-stream inspection. In: OCEANS "
                "2021 MTS/IEEE; 2021 Sep 20-23; San Diego, CA. p. 1-7.")]
    subm = [("Coupling glider fleets with coastal ocean models", None, None, True, "under review",
             ["Arnesen-Okoye D", "Whitford A", "Lindgren S"],
             "Arnesen-Okoye D, Whitford A, Lindgren S. Coupling glider fleets with coastal ocean models. Submitted."),
            ("A benchmark of underwater image enhancement for robot perception", None, None, False,
             "in preparation", ["Pahl R", "Arnesen-Okoye D"],
             "Pahl R, Arnesen-Okoye D. A benchmark of underwater image enhancement for robot perception. In "
             "preparation.")]
    for i, p in enumerate(pubs, 1):
        para(d, f"{i}. {p[6]}", 10, space_after=3)
    h2("Conference Proceedings")
    for i, p in enumerate(h2_conf, 1):
        para(d, f"{i}. {p[6]}", 10, space_after=3)
    h2("Submitted and In Preparation")
    for i, p in enumerate(subm, 1):
        para(d, f"{i}. {p[6]}", 10, space_after=3)
    h1("Awards")
    awards = [("Ostmere Graduate Research Excellence Award", "2022"), ("MTS Student Poster Prize", "2021")]
    for a, y in awards:
        dated(a, y, bold=False)
    h1("Research Interests")
    para(d, "Marine robotics; coastal observation; underwater perception", 10.5)
    save_docx(d, folder / name)
    allp = [p[:6] for p in pubs + h2_conf + subm]
    return label(
        name, "Devika Arnesen-Okoye", [], ["devika.ao@example.org"], ["+15415550129"],
        ["orcid.org/0000-0002-5550-1187"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(e[0], e[1], e[3], e[4]) for e in exp], len(allp), sum(p[3] for p in allp), allp,
        ["Marine robotics", "coastal observation", "underwater perception"], len(awards),
        "Word document with built-in Title, Heading 1 and Heading 2 styles; 'Publications' is followed at once "
        "by the sub-heading 'Journal Articles'; numbering restarts under 'Conference Proceedings' and "
        "'Submitted and In Preparation' (6 papers). Vancouver-like references with 'et al.', 'In press' "
        "with no year printed (year left empty), 'Submitted.' = under review, 'In preparation.' (no venue, "
        "no year). Positions 'Role, Unit, Org' and 'Role, Lab (led by Prof. X)' with right tab-stop dates; "
        "the RA post is labelled with the lab as organisation. ORCID as the only link.",
        layout="Word heading styles, right tab dates")


def zh_finance_numbered_headings(folder: Path) -> dict:
    name = "11_zh_quant_master_numbered_headings.docx"
    d = fixed_docx()
    ea = "SimSun"
    para(d, "个人简历", 16, bold=True, east_asia=ea, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(d, "沈若岚", 14, bold=True, east_asia=ea, space_after=2)
    para(d, "电话：+86 137 5550 2291    邮箱：shenruolan@example.com.cn    现居：上海", 10.5, east_asia=ea,
         space_after=6)

    def heading(t: str) -> None:
        p = para(d, t, 12, bold=True, east_asia=ea, space_after=3)
        p.paragraph_format.space_before = Pt(8)

    def dated(left: str, right: str, bold: bool = True, wrap: str = "") -> None:
        p = para(d, "", 10.5, space_after=0)
        _right_tab(p)
        font(p.add_run(left), 10.5, bold=bold, east_asia=ea)
        font(p.add_run("\t" + right), 10.5, east_asia=ea)
        if wrap:
            r = p.add_run()
            r.add_break()
            font(p.add_run("\t" + wrap), 10.5, east_asia=ea)

    heading("一、教育背景")
    edu = [("澄海大学", "金融工程  硕士", "2022.09 – 2024.06", "master", "2022-09", "2024-06", "澄海大学  金融学院"),
           ("西泠财经大学", "统计学  学士", "2018.09 – 2022.06", "bachelor", "2018-09", "2022-06", "西泠财经大学")]
    for _i, deg, when, _lv, _s, _e, inst in edu:
        dated(f"{inst}  {deg}", when)
    heading("二、实习经历")
    exp = [("星河证券", "量化研究实习生", "上海", "2023.04 – 2023.08", "", "2023-04", "2023-08"),
           ("弘远基金", "行业研究助理", "深圳", "2022.07 – 2022.09", "", "2022-07", "2022-09"),
           ("青石资本", "投研实习生", "杭州", "2021.07 –", "2021.08", "2021-07", "2021-08")]
    for org, t, city, when, wrap, *_ in exp:
        dated(f"{org}(实习) {city}", when, wrap=wrap)
        para(d, t, 10.5, east_asia=ea, space_after=1)
        para(d, "• 负责因子挖掘与回测框架维护。", 10.5, east_asia=ea, space_after=4)
    heading("三、科研成果")
    pubs = [("高频订单流不平衡与日内收益预测", "系统工程理论与实践", 2024, True, "accepted", ["沈若岚", "陆知行"],
             "[1] 沈若岚, 陆知行. 高频订单流不平衡与日内收益预测[J]. 系统工程理论与实践, 2024（录用待刊）."),
            ("Deep hedging under transaction costs with signature features", "Quantitative Finance", 2023, False,
             "published", ["Lu Z", "Shen R", "et al."],
             "[2] Lu Z, Shen R, et al. Deep hedging under transaction costs with signature features[J]. "
             "Quantitative Finance, 2023, 23(9): 1301-1318."),
            ("Option-implied skew and A-share crash risk", None, 2024, True, "preprint", ["Shen R"],
             "[3] Shen R. Option-implied skew and A-share crash risk. 工作论文, 2024.")]
    for p in pubs:
        para(d, p[6], 10.5, east_asia=ea, space_after=2)
    heading("四、技能与证书")
    para(d, "CFA 二级；Python（pandas、PyTorch）、SQL、Wind；英语 IELTS 7.5", 10.5, east_asia=ea)
    heading("五、获奖情况")
    awards = ["2023 年  澄海大学研究生学业一等奖学金", "2021 年  全国大学生统计建模大赛 二等奖", "2020 年  西泠财经大学三好学生"]
    for a in awards:
        para(d, a, 10.5, east_asia=ea, space_after=1)
    save_docx(d, folder / name)
    return label(
        name, "沈若岚", ["Shen Ruolan", "Ruolan Shen"], ["shenruolan@example.com.cn"], ["+8613755502291"], [],
        [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[5], e[6]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs], [], len(awards),
        "Chinese Word resume titled 个人简历 with the name on its own line; headings numbered in Chinese "
        "('一、教育背景', '二、实习经历', '三、科研成果', ...), bold at near-body size. Rows are 'Org(实习) "
        "City' with the dates at a right tab stop and the role on the next line; the third internship's date "
        "wraps ('2021.07 –' then a line break and '2021.08'). Papers in GB/T 7714: '录用待刊' = accepted, "
        "'et al.', and a working paper ('工作论文', sole author, no venue) = preprint.",
        language="zh", layout="Chinese Word, numbered headings, right tab stops")
