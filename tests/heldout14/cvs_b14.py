"""Set 14, builders 05-07: ReportLab platypus with a non-embedded CID font (bilingual), ReportLab canvas
with absolutely placed frames (InDesign-like), Qt's own PDF engine (QTextDocument -> QPdfWriter)."""

from __future__ import annotations

import re

from kit14 import FILES, edu, job, label, pin_pdf_dates, pub, write_src

CJK_RUN = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef·]+")


def _cid(text: str) -> str:
    """Wrap CJK runs in the non-embedded Adobe-GB1 CID font."""
    return CJK_RUN.sub(lambda m: f'<font name="STSong-Light">{m.group(0)}</font>', text)


# ----------------------------------------------------- 05 ReportLab platypus
def cv05() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    name = "05_bilingual_chemistry_assoc_prof_reportlab_cid"
    out = FILES / f"{name}.pdf"
    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=9.6, leading=12.5)
    small = ParagraphStyle("s", parent=body, fontSize=8.6, leading=11)
    head = ParagraphStyle(
        "h",
        parent=body,
        fontName="Helvetica-Bold",
        fontSize=11,
        leading=14,
        textColor=colors.HexColor("#0B5394"),
        spaceBefore=7,
        spaceAfter=3,
    )
    ref = ParagraphStyle("r", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=2.5)

    def P(t, st=body):
        return Paragraph(_cid(t), st)

    def H(t):
        return Paragraph(_cid(t), head)

    story = [
        Paragraph(
            _cid("陈景岚 &nbsp;<font name='Helvetica-Bold'>Jinglan CHEN</font>"),
            ParagraphStyle("n", fontName="Helvetica-Bold", fontSize=20, leading=25),
        ),
        P(
            "副教授、博士生导师 &nbsp;|&nbsp; Associate Professor, College of Chemistry and Molecular Engineering, "
            "Peking University"
        ),
        P(
            "北京市海淀区成府路202号 100871 &nbsp;|&nbsp; Tel: +86-10-6275 8841 &nbsp;|&nbsp; E-mail: "
            "chenjl@pku.example.edu.cn"
        ),
        Spacer(1, 4),
    ]
    grid = TableStyle(
        [
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.6),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F99B2")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    story += [H("教育经历 Education")]
    rows = [
        ["时间 Period", "学校 Institution", "专业 Major", "学位 Degree"],
        [
            "2011.09–2016.07",
            "中国科学院化学研究所<br/>Institute of Chemistry, Chinese Academy of Sciences",
            "有机化学<br/>Organic Chemistry",
            "理学博士 Ph.D.",
        ],
        ["2007.09–2011.07", "南开大学<br/>Nankai University", "化学<br/>Chemistry", "理学学士 B.Sc."],
    ]
    t = Table([[P(c, small) for c in r] for r in rows], colWidths=[27 * mm, 72 * mm, 38 * mm, 34 * mm])
    t.setStyle(grid)
    story.append(t)
    story += [H("工作经历 Employment")]
    rows = [
        ["时间 Period", "单位 Institution", "职务 Position"],
        [
            "2021.01–至今",
            "北京大学化学与分子工程学院<br/>College of Chemistry and Molecular Engineering, Peking "
            "University",
            "副教授 Associate Professor",
        ],
        [
            "2016.09–2020.12",
            "Department of Chemistry, Massachusetts Institute of Technology<br/>"
            "合作导师 Mentor: Prof. Hollis Varnum",
            "博士后 Postdoctoral Associate",
        ],
    ]
    t = Table([[P(c, small) for c in r] for r in rows], colWidths=[27 * mm, 100 * mm, 44 * mm])
    t.setStyle(grid)
    story.append(t)
    story += [
        H("研究方向 Research Interests"),
        P(
            "可见光催化 Visible-light photoredox catalysis; 有机电化学合成 Organic electrosynthesis; "
            "C–H 键官能团化 C–H functionalization; 流动化学 Flow chemistry"
        ),
        H("代表性论文 Selected Publications"),
        P("<i># 共同第一作者 equal contribution; * 通讯作者 corresponding author</i>", small),
    ]
    refs = [
        "Zhao, M.; Li, Q.; <b>Chen, J.</b>* Electrophotocatalytic decarboxylative amination of unactivated "
        "carboxylic acids. <i>J. Am. Chem. Soc.</i> <b>2024</b>, 146, 8812–8820.",
        "Wang, T.#; Sun, Y.#; <b>Chen, J.</b>* Nickel-catalysed paired electrolysis for aryl ether cleavage. "
        "<i>Angew. Chem. Int. Ed.</i> <b>2023</b>, 62, e202311402.",
        "<b>Chen, J.</b>*; Pei, R. Alternating-polarity electrolysis enables chemoselective nitroarene "
        "reduction. <i>Nat. Commun.</i> <b>2022</b>, 13, 5521.",
        "<b>Chen, J.</b>#; Whitford, A. L.#; Varnum, H.* Photoredox α-amino C–H arylation in continuous flow. "
        "<i>J. Am. Chem. Soc.</i> <b>2019</b>, 141, 12045–12052.",
        "Wu, Y.; <b>Chen, J.</b>; Varnum, H.* A bench-stable acridinium photocatalyst for radical "
        "hydroamination. <i>Org. Lett.</i> <b>2018</b>, 20, 1123–1127.",
        "<b>Chen, J.</b>; Liu, G.; Fang, X.* Copper-catalysed remote C(sp3)–H cyanation guided by amidyl "
        "radicals. <i>Chem. Sci.</i> <b>2015</b>, 6, 4402–4407.",
        "Li, Q.; Pei, R.; <b>Chen, J.</b>* Cobalt-mediated electrochemical hydrogen-atom transfer to "
        "unactivated alkenes. <i>ACS Catal.</i> <b>2025</b>, accepted.",
        "Sun, Y.; Zhao, M.; <b>Chen, J.</b>* Electrochemical deconstructive fluorination of cyclic amines. "
        "Submitted to <i>Chem</i> (under review).",
        "<b>Chen, J.</b>; Pei, R.; Zhao, M. A data set of 1,200 electrosynthesis yields for machine-learning "
        "condition recommendation. <i>ChemRxiv</i> <b>2024</b>, DOI: 10.26434/chemrxiv-2024-q7m2x.",
    ]
    story += [P(f"{i}. {r}", ref) for i, r in enumerate(refs, 1)]
    story += [
        H("科研项目 Grants"),
        P("国家自然科学基金面上项目（22371009），电化学-光化学协同的惰性键活化，2024.01–2027.12，主持"),
        P("北京市自然科学基金（2222011），2022.01–2024.12，主持"),
        H("荣誉奖励 Honours and Awards"),
        P("2023 &nbsp; Thieme Chemistry Journals Award"),
        P("2021 &nbsp; 北京大学教学优秀奖 Peking University Teaching Excellence Award"),
        P("2016 &nbsp; 中国科学院院长特别奖 CAS President's Special Award"),
        P("2015 &nbsp; 博士研究生国家奖学金 National Scholarship for Doctoral Students"),
        H("学术服务 Service"),
        P("Reviewer for <i>J. Am. Chem. Soc.</i>, <i>Angew. Chem.</i>, <i>Org. Lett.</i>; 中国化学会会员"),
    ]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("STSong-Light", 8)
        canvas.drawString(18 * mm, 10 * mm, "陈景岚 Jinglan Chen · https://chenjl-lab.example.cn")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=17 * mm,
        title="简历 CV",
        author="Jinglan Chen",
        creator="",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    label(
        out.name,
        name="陈景岚",
        name_any=["Jinglan CHEN", "Jinglan Chen", "陈景岚 Jinglan CHEN"],
        emails=["chenjl@pku.example.edu.cn"],
        phones=["+861062758841"],
        links=["https://chenjl-lab.example.cn"],
        education=[
            edu("Institute of Chemistry, Chinese Academy of Sciences", "phd", "2011-09", "2016-07"),
            edu("Nankai University", "bachelor", "2007-09", "2011-07"),
        ],
        experience=[
            job(
                "College of Chemistry and Molecular Engineering, Peking University",
                "Associate Professor",
                "2021-01",
                "present",
            ),
            job(
                "Department of Chemistry, Massachusetts Institute of Technology",
                "Postdoctoral Associate",
                "2016-09",
                "2020-12",
            ),
        ],
        publications_count=9,
        first_author_count=4,
        sample=[
            pub(
                "Electrophotocatalytic decarboxylative amination of unactivated carboxylic acids",
                "J. Am. Chem. Soc.",
                2024,
                False,
                "published",
                ["Zhao, M.", "Li, Q.", "Chen, J.*"],
            ),
            pub(
                "Alternating-polarity electrolysis enables chemoselective nitroarene reduction",
                "Nat. Commun.",
                2022,
                True,
                "published",
                ["Chen, J.*", "Pei, R."],
            ),
            pub(
                "Photoredox α-amino C–H arylation in continuous flow",
                "J. Am. Chem. Soc.",
                2019,
                True,
                "published",
                ["Chen, J.#", "Whitford, A. L.#", "Varnum, H.*"],
            ),
            pub(
                "Cobalt-mediated electrochemical hydrogen-atom transfer to unactivated alkenes",
                "ACS Catal.",
                2025,
                False,
                "accepted",
                ["Li, Q.", "Pei, R.", "Chen, J.*"],
            ),
            pub(
                "Electrochemical deconstructive fluorination of cyclic amines",
                "Chem",
                None,
                False,
                "under review",
                ["Sun, Y.", "Zhao, M.", "Chen, J.*"],
            ),
            pub(
                "A data set of 1,200 electrosynthesis yields for machine-learning condition recommendation",
                "ChemRxiv",
                2024,
                True,
                "preprint",
                ["Chen, J.", "Pei, R.", "Zhao, M."],
            ),
        ],
        interests=["Visible-light photoredox catalysis", "Organic electrosynthesis", "Flow chemistry"],
        awards_count=4,
        language="zh+en",
        layout="ReportLab platypus, non-embedded STSong-Light CID font",
        notes=(
            "ReportLab 5.1 platypus: Chinese runs in the non-embedded Adobe-GB1 CID font STSong-Light "
            "(UniGB-UCS2-H), Latin in base-14 Times/Helvetica (not embedded either). Bilingual headings '教育经历 "
            "Education' etc. coloured bold; education and employment as ruled grid tables with a header row "
            "(时间 Period | 学校 Institution | ...), bilingual cells with the Chinese and English institution on two "
            "lines; '2021.01–至今'. The homepage only in the page footer with '第 1 页'. ACS-style references "
            "numbered '1.'; '#' co-first and '*' corresponding defined in a note; the candidate often last "
            "(corresponding); 'ACS Catal. 2025, accepted', 'Submitted to Chem (under review)', a ChemRxiv preprint. "
            "Grants (科研项目) are not awards; four honours/awards including a national scholarship."
        ),
    )


# ------------------------------------------------ 06 ReportLab canvas layout
def cv06() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    name = "06_senior_data_scientist_reportlab_canvas_frames"
    out = FILES / f"{name}.pdf"
    W, Hh = A4
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Resume")
    c.setAuthor("")
    c.setCreator("")
    band = 66 * mm
    c.setFillColor(colors.HexColor("#24323F"))
    c.rect(0, 0, band, Hh, stroke=0, fill=1)

    def spaced(x, y, text, font, size, space, color):
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(space)
        t.setFillColor(color)
        t.textOut(text)
        t.setCharSpace(0)
        c.drawText(t)

    white = colors.white
    pale = colors.HexColor("#C9D3DC")
    ink = colors.HexColor("#1B1B1B")
    accent = colors.HexColor("#D9822B")
    # name block, main column, letter-spaced
    spaced(band + 12 * mm, Hh - 28 * mm, "TOBIAH", "Helvetica", 26, 4, ink)
    spaced(band + 12 * mm, Hh - 40 * mm, "LINDGREN-OSEI", "Helvetica-Bold", 26, 4, ink)
    spaced(
        band + 12 * mm,
        Hh - 48 * mm,
        "SENIOR DATA SCIENTIST · EXPERIMENTATION & RECOMMENDATION",
        "Helvetica",
        8.5,
        1.2,
        accent,
    )

    # sidebar
    y = Hh - 26 * mm
    x0 = 9 * mm

    def side_head(title):
        nonlocal y
        spaced(x0, y, title, "Helvetica-Bold", 9, 2.2, accent)
        y -= 6 * mm

    def side_line(text, font="Helvetica", size=8.4, color=white, gap=4.3):
        nonlocal y
        c.setFont(font, size)
        c.setFillColor(color)
        c.drawString(x0, y, text)
        y -= gap * mm

    side_head("CONTACT")
    for glyph, text in (
        ("%", "+49 (0) 151 2370 4418"),
        (")", "tobiah.lo@example.de"),
        ("H", "linkedin.com/in/tlindgren-osei"),
        ("H", "github.com/tlosei"),
        ("u", "Stockholm, Sweden"),
    ):
        c.setFont("ZapfDingbats", 8)
        c.setFillColor(accent)
        c.drawString(x0, y, glyph)
        c.setFont("Helvetica", 8.4)
        c.setFillColor(white)
        c.drawString(x0 + 5 * mm, y, text)
        y -= 5 * mm
    y -= 5 * mm
    side_head("EDUCATION")
    for deg, school, when in (
        ("M.Sc. Statistics", "ETH Zürich", "2014 – 2016"),
        ("B.Sc. Mathematics", "Uppsala University", "2011 – 2014"),
    ):
        side_line(deg, "Helvetica-Bold")
        side_line(school)
        side_line(when, color=pale, gap=7)
    y -= 2 * mm
    side_head("SKILLS")
    for s in (
        "Python · SQL · Scala",
        "PyTorch, JAX",
        "Causal inference",
        "A/B testing at scale",
        "Bandits & off-policy evaluation",
        "Spark, BigQuery, dbt",
        "Airflow, Kubernetes",
    ):
        side_line(s)
    y -= 4 * mm
    side_head("LANGUAGES")
    for s in ("Swedish — native", "English — fluent", "German — professional", "Twi — conversational"):
        side_line(s)

    # main column
    mx = band + 12 * mm
    right = W - 14 * mm
    my = Hh - 62 * mm

    def main_head(title):
        nonlocal my
        spaced(mx, my, title, "Helvetica-Bold", 10, 3, ink)
        c.setStrokeColor(accent)
        c.setLineWidth(1.2)
        c.line(mx, my - 2.2 * mm, mx + 14 * mm, my - 2.2 * mm)
        my -= 8 * mm

    def para(text, font="Helvetica", size=8.8, width=right - mx, color=ink, gap=4.2):
        nonlocal my
        from reportlab.lib.utils import simpleSplit

        c.setFont(font, size)
        c.setFillColor(color)
        for line in simpleSplit(text, font, size, width):
            c.drawString(mx, my, line)
            my -= gap * mm

    def dated(left, when, font="Helvetica-Bold"):
        nonlocal my
        c.setFont(font, 9.4)
        c.setFillColor(ink)
        c.drawString(mx, my, left)
        c.setFont("Helvetica", 8.4)
        c.setFillColor(accent)
        c.drawRightString(right, my, when)
        my -= 4.6 * mm

    main_head("PROFILE")
    para(
        "Data scientist with eight years in consumer tech, turning experiments and logged feedback into "
        "ranking decisions. I build evaluation methodology that product teams actually use, and publish "
        "the parts that generalise."
    )
    my -= 4 * mm
    main_head("EXPERIENCE")
    dated("Spotify  ·  Senior Data Scientist", "MAR 2021 — PRESENT")
    para("Personalisation Mission, Stockholm", size=8.4, color=accent)
    for b in (
        "Designed the interleaving platform used by 40+ ranking teams; cut test duration by 35%.",
        "Led off-policy evaluation for Home-feed shelves; three methods shipped to production.",
        "Mentor to four data scientists; hiring panel lead for the experimentation guild.",
    ):
        para("•  " + b)
    my -= 2.5 * mm
    dated("Data Scientist", "SEP 2018 — FEB 2021")
    para("Zalando SE, Berlin", "Helvetica-Oblique", 8.8)
    for b in (
        "Size-recommendation models for 14 markets; return rate down 2.1 pp.",
        "Owned the causal-impact toolkit for marketing spend.",
    ):
        para("•  " + b)
    my -= 2.5 * mm
    dated("Amazon Research Berlin  ·  Applied Science Intern", "JUN 2016 — NOV 2016")
    para("•  Demand forecasting with hierarchical priors for long-tail products.")
    my -= 4 * mm
    main_head("SELECTED PAPERS & PATENTS")
    for line, when in (
        ("[KDD 2023] Counterfactual evaluation of playlist ranking under delayed feedback", "AUG 2023"),
        ("[RecSys 2022] Shelf-level interleaving for multi-row home feeds", "SEP 2022"),
        ("[WSDM 2024] Variance-aware stopping rules for online controlled experiments", "MAR 2024"),
        ("[arXiv] Doubly robust estimators for slate recommendation with position bias", "NOV 2024"),
        ("[Patent] US 2023/0281194 A1, Systems and methods for interleaved ranking evaluation", "SEP 2023"),
    ):
        c.setFont("Helvetica", 8.6)
        c.setFillColor(ink)
        c.drawString(mx, my, line)
        my -= 4 * mm
        c.setFont("Helvetica", 7.8)
        c.setFillColor(accent)
        c.drawString(mx, my, when)
        my -= 5 * mm
    my -= 2 * mm
    main_head("RECOGNITION")
    para("Best Paper Runner-up, RecSys 2022 (industry track)   ·   Spotify Hack Week winner, 2022")
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.HexColor("#888888"))
    c.drawRightString(right, 10 * mm, "References available on request")
    c.showPage()
    c.save()
    label(
        out.name,
        name="Tobiah Lindgren-Osei",
        name_any=["TOBIAH LINDGREN-OSEI"],
        emails=["tobiah.lo@example.de"],
        phones=["+4915123704418"],
        links=["linkedin.com/in/tlindgren-osei", "github.com/tlosei"],
        education=[
            edu("ETH Zürich", "master", "2014", "2016"),
            edu("Uppsala University", "bachelor", "2011", "2014"),
        ],
        experience=[
            job("Spotify", "Senior Data Scientist", "2021-03", "present"),
            job("Zalando SE", "Data Scientist", "2018-09", "2021-02"),
            job("Amazon Research Berlin", "Applied Science Intern", "2016-06", "2016-11"),
        ],
        publications_count=4,
        first_author_count=None,
        sample=[
            pub(
                "Counterfactual evaluation of playlist ranking under delayed feedback",
                "KDD",
                2023,
                None,
                "published",
            ),
            pub("Shelf-level interleaving for multi-row home feeds", "RecSys", 2022, None, "published"),
            pub(
                "Variance-aware stopping rules for online controlled experiments",
                "WSDM",
                2024,
                None,
                "published",
            ),
            pub(
                "Doubly robust estimators for slate recommendation with position bias",
                "arXiv",
                2024,
                None,
                "preprint",
            ),
        ],
        interests=[],
        awards_count=2,
        layout="ReportLab canvas, absolutely placed text, dark sidebar band",
        notes=(
            "ReportLab canvas drawing line by line (an InDesign/Scribus-like absolute layout): a dark full-height "
            "left band with CONTACT/EDUCATION/SKILLS/LANGUAGES, the main column on the right; headings and the name "
            "letter-spaced with Tc (character spacing), the name split over two lines ('TOBIAH' / "
            "'LINDGREN-OSEI'); ZapfDingbats icon glyphs before contact items; phone '+49 (0) 151 2370 4418'. "
            "Experience: 'Spotify  ·  Senior Data Scientist' in one line with upper-case dates at the right "
            "('MAR 2021 — PRESENT'), then 'Data Scientist' with the employer on the next line in italics. "
            "'SELECTED PAPERS & PATENTS': entries without authors '[KDD 2023] Title' with the month on the next "
            "line; the patent line is not a publication; first_author_count not scored. Recognition: a best-paper "
            "runner-up and a hack-week win (2 awards). Education in the sidebar: degree / school / years on three "
            "lines."
        ),
    )


# ----------------------------------------------------- 07 Qt QTextDocument
HTML07 = """<html><head><style>
body { font-family: 'DejaVu Serif'; font-size: 9.5pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #2E5E3E; margin-top: 10px; margin-bottom: 2px;
     border-bottom: 1px solid #2E5E3E; }
td { vertical-align: top; padding: 1px 3px; }
.d { color: #555555; }
.small { font-size: 8.5pt; }
</style></head><body>
<table width="100%" cellspacing="0"><tr>
<td width="60%"><span style="font-family:'DejaVu Sans'; font-size:20pt; font-weight:bold">Mirela Vukadin</span><br/>
PhD Candidate, Graduate Field of Genetics, Genomics and Development<br/>Cornell University, Ithaca, NY</td>
<td width="40%" align="right" class="small">Weill Hall 403, 526 Campus Rd<br/>Ithaca, NY 14853<br/>
mv482@cornell.example.edu<br/>(607) 555-0146<br/>mvukadin.example.io</td></tr></table>

<h2>EDUCATION</h2>
<table width="100%" cellspacing="0">
<tr><td width="78%"><b>Cornell University</b>, Ithaca, NY<br/>Ph.D. candidate in Genetics, Genomics and Development
<br/><i>Expected May 2026</i>. Dissertation committee: Dr. Ruth Ostrowe-Palmieri (chair), Dr. Kenji Abernathy-Sato</td>
<td width="22%" align="right" class="d">Aug 2021 – present</td></tr>
<tr><td><b>University of Zagreb</b>, Faculty of Science<br/>M.Sc. in Molecular Biology (summa cum laude)</td>
<td align="right" class="d">Oct 2017 – Jul 2019</td></tr>
<tr><td><b>University of Zagreb</b>, Faculty of Science<br/>B.Sc. in Biology</td>
<td align="right" class="d">Oct 2014 – Jul 2017</td></tr>
</table>

<h2>RESEARCH INTERESTS</h2>
<p>Enhancer grammar and gene regulation in development; single-cell multiomics; zebrafish fin regeneration.</p>

<h2>RESEARCH EXPERIENCE</h2>
<table width="100%" cellspacing="0">
<tr><td width="78%"><b>Dissertation research</b> — Ostrowe-Palmieri Lab (led by Prof. Ruth Ostrowe-Palmieri)<br/>
Enhancer reuse during zebrafish fin regeneration; CRISPR tiling screens; scATAC-seq time courses.</td>
<td width="22%" align="right" class="d">2022 – present</td></tr>
<tr><td><b>Rotation project</b>, Abernathy-Sato Lab<br/>Advisor: Dr. Kenji Abernathy-Sato. Long-read isoform
mapping in regenerating tissue.</td><td align="right" class="d">Jan – May 2022</td></tr>
<tr><td><b>Master's thesis</b>, Division of Molecular Biology, University of Zagreb<br/>Advisor: Prof. Dunja
Tomašić-Hrvat. Heat-shock enhancers in <i>Drosophila</i> embryos.</td><td align="right" class="d">2018 – 2019</td></tr>
</table>

<h2>EMPLOYMENT</h2>
<table width="100%" cellspacing="0">
<tr><td width="78%"><b>Research Technician</b>, Ruđer Bošković Institute, Zagreb<br/>Library preparation for
the institute sequencing core; ran 600+ Illumina libraries.</td>
<td width="22%" align="right" class="d">Sep 2019 –<br/>Jun 2021</td></tr>
</table>

<h2>TEACHING</h2>
<table width="100%" cellspacing="0">
<tr><td width="78%"><b>Graduate Teaching Assistant</b>, Department of Molecular Biology and Genetics, Cornell
University<br/>BIOMG 2800 Lectures in Genetics and Genomics (two semesters, 180 students each); paid TA
appointment.</td><td width="22%" align="right" class="d">Aug 2022 –<br/>May 2023</td></tr>
<tr><td><b>Guest lecture</b>, BIOMG 4870 Developmental Genetics: "Regeneration enhancers"</td>
<td align="right" class="d">Nov 2024</td></tr>
</table>

<h2>PUBLICATIONS</h2>
<p class="small"><i>* equal contribution</i></p>
<table width="100%" cellspacing="0">
<tr><td width="4%">1.</td><td><b>Vukadin M</b>*, Halloran-Reid T*, Osei-Bonsu K, Ostrowe-Palmieri R. Regeneration
enhancers are primed by developmental pioneer factors. <i>Genome Res</i>. 2024;34(3):410-422.</td></tr>
<tr><td>2.</td><td>Halloran-Reid T, <b>Vukadin M</b>, Ostrowe-Palmieri R. A scATAC-seq atlas of the regenerating
zebrafish fin. <i>Dev Cell</i>. In press.</td></tr>
<tr><td>3.</td><td><b>Vukadin M</b>, Tomašić-Hrvat D. Transcriptional memory of heat shock at <i>Hsp70</i>
enhancers. <i>Nucleic Acids Res</i>. 2020;48(15):8411-8424.</td></tr>
<tr><td>4.</td><td>Kovačević L, Brandt-Ilić S, <b>Vukadin M</b>, et al. Low-input library preparation for
degraded samples. <i>BMC Genomics</i>. 2021;22:617.</td></tr>
<tr><td>5.</td><td><b>Vukadin M</b>, Abernathy-Sato K, Ostrowe-Palmieri R. Long-read isoform switching in
regenerating tissue. <i>bioRxiv</i>. 2025. doi:10.1101/2025.02.11.637705</td></tr>
<tr><td>6.</td><td><b>Vukadin M</b>, Ostrowe-Palmieri R. Enhancer tiling screens at single-base resolution.
Under review at <i>Nature Genetics</i>.</td></tr>
</table>

<h2>FELLOWSHIPS AND AWARDS</h2>
<table width="100%" cellspacing="0">
<tr><td width="78%">NSF Graduate Research Fellowship</td><td width="22%" align="right" class="d">2022 – 2025</td></tr>
<tr><td>Best Poster Award, Society for Developmental Biology Annual Meeting</td><td align="right" class="d">2024</td></tr>
<tr><td>Cornell Presidential Life Science Fellowship</td><td align="right" class="d">2021</td></tr>
<tr><td>Rector's Award (Rektorova nagrada), University of Zagreb</td><td align="right" class="d">2018</td></tr>
<tr><td>Travel award, Cold Spring Harbor Meeting on Gene Regulation</td><td align="right" class="d">2023</td></tr>
</table>

<h2>SKILLS</h2>
<p>Zebrafish husbandry and microinjection, CRISPR/Cas9, scATAC-seq, CUT&amp;Tag, Nanopore; R, Python,
Snakemake, ArchR, Seurat. Croatian (native), English (fluent), German (B2).</p>
</body></html>
"""


def cv07() -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    name = "07_genetics_phd_candidate_qt_textdocument"
    write_src(f"{name}.html", HTML07)
    out = FILES / f"{name}.pdf"
    w = QPdfWriter(str(out))
    w.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    w.setResolution(300)
    w.setTitle("Mirela Vukadin - CV")
    w.setCreator("")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(w)
    doc.setHtml(HTML07)
    rect = w.pageLayout().paintRectPixels(w.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(w)
    del w
    del app
    pin_pdf_dates(out)
    label(
        out.name,
        name="Mirela Vukadin",
        emails=["mv482@cornell.example.edu"],
        phones=["+16075550146"],
        links=["mvukadin.example.io"],
        education=[
            edu("Cornell University", "phd", "2021-08", "present"),
            edu("University of Zagreb", "master", "2017-10", "2019-07"),
            edu("University of Zagreb", "bachelor", "2014-10", "2017-07"),
        ],
        experience=[
            job("Ruđer Bošković Institute", "Research Technician", "2019-09", "2021-06"),
            job(
                "Department of Molecular Biology and Genetics, Cornell University",
                "Graduate Teaching Assistant",
                "2022-08",
                "2023-05",
            ),
        ],
        publications_count=6,
        first_author_count=4,
        sample=[
            pub(
                "Regeneration enhancers are primed by developmental pioneer factors",
                "Genome Res",
                2024,
                True,
                "published",
                ["Vukadin M*", "Halloran-Reid T*", "Osei-Bonsu K", "Ostrowe-Palmieri R"],
            ),
            pub(
                "A scATAC-seq atlas of the regenerating zebrafish fin",
                "Dev Cell",
                None,
                False,
                "in press",
                ["Halloran-Reid T", "Vukadin M", "Ostrowe-Palmieri R"],
            ),
            pub(
                "Low-input library preparation for degraded samples",
                "BMC Genomics",
                2021,
                False,
                "published",
                ["Kovačević L", "Brandt-Ilić S", "Vukadin M", "et al."],
            ),
            pub(
                "Long-read isoform switching in regenerating tissue",
                "bioRxiv",
                2025,
                True,
                "preprint",
                ["Vukadin M", "Abernathy-Sato K", "Ostrowe-Palmieri R"],
            ),
            pub(
                "Enhancer tiling screens at single-base resolution",
                "Nature Genetics",
                None,
                True,
                "under review",
                ["Vukadin M", "Ostrowe-Palmieri R"],
            ),
        ],
        interests=["Enhancer grammar", "single-cell multiomics", "zebrafish fin regeneration"],
        awards_count=4,
        layout="Qt 6 QTextDocument (HTML subset) printed by QPdfWriter",
        notes=(
            "Qt's own PDF engine (PySide6 QTextDocument.print_ to QPdfWriter, not a browser): HTML tables laid "
            "out by Qt's rich-text engine, DejaVu fonts subset by Qt. Name and contact side by side in a header "
            "table, US phone '(607) 555-0146'. Green upper-case headings with a bottom border. Dates in a right "
            "column, some wrapped over two lines ('Sep 2019 –' / 'Jun 2021'); 'Expected May 2026' in the PhD row "
            "with 'Aug 2021 – present' (end present); M.Sc. and B.Sc. at the same university. 'RESEARCH "
            "EXPERIENCE' holds dissertation/rotation/master's projects ('Lab (led by Prof. X)', 'Advisor:' lines) "
            "that are not jobs; a paid TA appointment under TEACHING is a job, a guest lecture is not. Vancouver "
            "references with '*' equal contribution defined, 'In press', bioRxiv preprint, 'Under review at "
            "Nature Genetics', 'et al.'. Fellowships and awards: 4 (the travel award is not counted)."
        ),
    )
