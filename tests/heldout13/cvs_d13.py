"""Builders 11-13: DOCX written the way Word and WPS write them, XML-first through python-docx (kept as DOCX):
an English clinical-epidemiology CV with an anchored text box (mc:AlternateContent, wps + VML fallback),
'Heading 1'/'Heading 2' styles next to a plain-bold heading, right tab stops for dates, Vancouver references
numbered through numbering.xml and restarting per sub-heading, contact in the page header and the homepage
only in the footer; a WPS-like Chinese CV (宋体/微软雅黑, paragraph-border headings, a label table, WPS
app.xml/custom.xml); and a Hugo academic-theme author page in Markdown with YAML front matter and shortcodes.
All people, places and papers are invented."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from kit13 import col_widths, fixed_save, label, no_borders, right_tab, set_fonts, src_dir, tight

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _anchored_textbox(par, lines: list[tuple[str, float, bool]], x_cm: float, y_cm: float, w_cm: float,
                      h_cm: float, shape_id: int) -> None:
    """A floating text box the way Word 2016+ writes one: mc:AlternateContent with a wps:wsp drawing and a
    VML v:textbox fallback, anchored to par, positioned relative to the page, square wrapping."""
    from docx.oxml import parse_xml

    emu = lambda cm: int(cm * 360000)  # noqa: E731
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="right"/><w:spacing w:after="20"/></w:pPr><w:r><w:rPr>{"<w:b/>" if b else ""}'
        f'<w:sz w:val="{int(s * 2)}"/></w:rPr><w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'
        for t, s, b in lines)
    xml = f"""<w:r xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>
<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="Text Box {shape_id}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"
 anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>
</mc:Choice><mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {shape_id}" o:spid="_x0000_s10{shape_id}" type="#_x0000_t202"
 style="position:absolute;margin-left:{x_cm}cm;margin-top:{y_cm}cm;width:{w_cm}cm;height:{h_cm}cm;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
 filled="f" stroked="f"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>
<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    par._p.append(parse_xml(xml))


def _bracket_numbering(doc, n_lists: int) -> list[int]:
    """Add an abstractNum '[%1]' (hanging indent) and n_lists w:num instances that restart at 1, the way Word
    writes 'Restart numbering'. Returns the numIds."""
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="40"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="[%1]"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="454"/></w:tabs>'
        '<w:ind w:left="454" w:hanging="454"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(f"{{{W}}}num")
    first_num.addprevious(abstract)
    ids = []
    for k in range(n_lists):
        nid = 60 + k
        numbering.append(parse_xml(
            f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="40"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(nid)
    return ids


def _numbered(par, num_id: int) -> None:
    from docx.oxml import parse_xml

    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _field(par, instr: str, shown: str) -> None:
    from docx.oxml import parse_xml

    for x in (f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r xmlns:w="{W}"><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r xmlns:w="{W}"><w:t>{shown}</w:t></w:r>',
              f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(parse_xml(x))


def word_docx_epidemiologist(files: Path) -> dict:
    """11: clinical epidemiologist, Word-shaped DOCX."""
    import docx
    from docx.shared import Cm, Pt, RGBColor

    fn = "11_clinical_epidemiologist_word_textbox_numbering.docx"
    me = "Nwachukwu-Ellis G"
    jobs = [("Senior Research Fellow in Clinical Epidemiology", "Nuffield-Harcourt Centre for Population Health, "
             "University of Selwood", "Mar 2021 – Present", "2021-03", "present"),
            ("Research Fellow", "Nuffield-Harcourt Centre for Population Health, University of Selwood",
             "Oct 2017 – Feb 2021", "2017-10", "2021-02"),
            ("Specialty Registrar in Public Health", "Eastvale Health Authority", "Aug 2014 – Sep 2017", "2014-08",
             "2017-09"),
            ("Foundation Doctor", "Ridgemoor Teaching Hospitals NHS-style Trust", "Aug 2012 – Jul 2014", "2012-08",
             "2014-07")]
    jobs[3] = ("Foundation Doctor", "Ridgemoor Teaching Hospitals", *jobs[3][2:])
    edu = [("University of Selwood", "DPhil Population Health", "2017 – 2021", "phd", "2017", "2021"),
           ("Marlbury School of Hygiene", "MSc Epidemiology (Distinction)", "2015 – 2016", "master", "2015", "2016"),
           ("University of Carrick", "MBChB", "2006 – 2012", "bachelor", "2006", "2012")]
    journals = [
        ("Statin initiation and dementia risk in adults over 75: a target-trial emulation",
         [me, "Farouk S", "Lindahl P", "Okoro-Banks T"], "Lancet Healthy Longev", "2024;5(2):e101-e110", 2024,
         True, "published"),
        ("Deprivation and delayed cancer diagnosis after the 2020 lockdowns: a cohort study",
         ["Farouk S", me, "Hesketh R"], "BMJ Open", "2023;13:e068812", 2023, False, "published"),
        ("Frailty indices from primary-care records: external validation in four regions",
         [me, "Hesketh R"], "Age Ageing", "2025 (epub ahead of print)", 2025, True, "in press"),
        ("Polypharmacy trajectories and falls: a group-based modelling study", ["Lindahl P", me, "et al."],
         "J Epidemiol Community Health", "2021;75(9):870-6", 2021, False, "published")]
    other = [
        ("Measurement error in routinely collected blood pressure: implications for trials",
         [me, "Farouk S"], "Int J Epidemiol", "submitted", None, True, "under review"),
        ("A protocol for emulating deprescribing trials in linked records", [me, "Okoro-Banks T", "Lindahl P"],
         "BMJ Open", "accepted", None, True, "accepted")]

    doc = docx.Document()
    set_fonts(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
    for st in ("Heading 1", "Heading 2"):
        s = doc.styles[st]
        s.font.name = "Calibri Light"
        s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Heading 1"].font.size = Pt(13)
    doc.styles["Heading 2"].font.size = Pt(11)
    doc.styles["Title"].font.size = Pt(22)
    hp = sec.header.paragraphs[0]
    hp.text = "CURRICULUM VITAE — Dr Grace Nwachukwu-Ellis"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("gnwachukwu-ellis.example.org").font.size = Pt(8)
    fp.add_run("\tPage ")
    _field(fp, "PAGE", "1")
    fp.add_run(" of ")
    _field(fp, "NUMPAGES", "2")
    right_tab(fp, 17.0)

    t = doc.add_paragraph("Grace O. Nwachukwu-Ellis", style="Title")
    _anchored_textbox(t, [("Nuffield-Harcourt Centre for Population Health", 8.5, False),
                          ("University of Selwood, Selwood SW3 8QT", 8.5, False),
                          ("Mobile: 07700 900 927", 8.5, False),
                          ("grace.nwachukwu-ellis@selwood.example.ac.uk", 8.5, True)], 11.4, 1.1, 8.0, 2.2, 5)
    doc.add_paragraph("MBChB, MSc, DPhil, FFPH", style="Subtitle")

    doc.add_paragraph("Research interests", style="Heading 1")
    doc.add_paragraph("Pharmacoepidemiology in older adults; target-trial emulation; health inequalities; "
                      "routinely collected health data.")
    doc.add_paragraph("Employment", style="Heading 1")
    for ti, org, w, *_x in jobs:
        p = doc.add_paragraph()
        right_tab(p, 17.0)
        p.add_run(ti).bold = True
        p.add_run("\t" + w)
        tight(p, 4, 0)
        q = doc.add_paragraph(org)
        q.runs[0].italic = True
        tight(q, 0, 3)
    doc.add_paragraph("Education and Qualifications", style="Heading 1")
    for i, d, w, *_x in edu:
        p = doc.add_paragraph()
        right_tab(p, 17.0)
        p.add_run(d).bold = True
        p.add_run(", " + i + "\t" + w)
        tight(p, 2, 2)
    p = doc.add_paragraph()
    right_tab(p, 17.0)
    p.add_run("Fellowship of the Faculty of Public Health (FFPH)").bold = True
    p.add_run("\t2018")
    doc.add_paragraph("Publications", style="Heading 1")
    ids = _bracket_numbering(doc, 2)
    for head, items, nid in (("Peer-reviewed journal articles (selected from 38)", journals, ids[0]),
                             ("Accepted and submitted", other, ids[1])):
        doc.add_paragraph(head, style="Heading 2")
        for ti, au, v, tail, *_x in items:
            p = doc.add_paragraph()
            _numbered(p, nid)
            tight(p, 0, 3)
            for k, a in enumerate(au):
                r = p.add_run(a)
                r.bold = a == me
                p.add_run(", " if k < len(au) - 1 else ". ")
            p.add_run(f"{ti}. ")
            p.add_run(v).italic = True
            p.add_run(f". {tail}." if not tail[0].isdigit() or ";" not in tail else f". {tail}.")
    p = doc.add_paragraph()  # plain bold heading, not a Heading style
    p.add_run("Prizes, fellowships and grants").bold = True
    p.runs[0].font.size = Pt(13)
    p.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    tight(p, 10, 3)
    for a, y in (("Selwood Population Health Early Career Prize", "2023"),
                 ("Harcourt Clinical Research Training Fellowship", "2017–2020"),
                 ("Grant: Deprescribing in care homes, Eastvale Health Research Fund, £248,000 (co-I)", "2022"),
                 ("Marlbury School of Hygiene Prize for best MSc dissertation", "2016")):
        p = doc.add_paragraph(style="List Bullet")
        right_tab(p, 17.0)
        p.add_run(a + "\t" + y)
        tight(p, 0, 1)
    doc.add_paragraph("Referees", style="Heading 1")
    doc.add_paragraph("Prof. Ruth Hesketh, University of Selwood — ruth.hesketh@selwood.example.ac.uk\n"
                      "Dr Samir Farouk, Eastvale Health Authority — s.farouk@eastvale.example.org")
    d = src_dir("11_word_docx")
    (d / "README.txt").write_text("Built directly by cvs_d13.word_docx_epidemiologist (python-docx + raw WordprocessingML); "
                                  "the DOCX under files/ is the output, there is no other source.\n", encoding="utf-8")
    fixed_save(doc, files / fn)
    allp = journals + other
    return label(
        fn, "Grace O. Nwachukwu-Ellis", ["Grace Nwachukwu-Ellis", "Dr Grace Nwachukwu-Ellis"],
        ["grace.nwachukwu-ellis@selwood.example.ac.uk"], ["+447700900927"], ["gnwachukwu-ellis.example.org"],
        [(e[0], e[3], e[4], e[5]) for e in edu], [(j[1], j[0], j[3], j[4]) for j in jobs], len(allp),
        sum(p[5] for p in allp), [(p[0], p[2], p[4], p[5], p[6], p[1]) for p in allp],
        ["Pharmacoepidemiology", "target-trial emulation", "health inequalities"], 3,
        "DOCX shaped the way Word writes it (python-docx + raw WordprocessingML, kept as DOCX): name in the "
        "'Title' style, post-nominals in 'Subtitle'; address, mobile '07700 900 927' and e-mail only inside a "
        "floating text box anchored to the title (mc:AlternateContent: wps:wsp with a VML v:textbox fallback, "
        "positioned relative to the page); the page header 'CURRICULUM VITAE — Dr Grace Nwachukwu-Ellis'; the "
        "homepage only in the footer next to PAGE / NUMPAGES fields. Section headings in 'Heading 1' except "
        "'Prizes, fellowships and grants', a plain bold paragraph coloured like the headings. Roles bold with "
        "the dates at a right tab stop and the employer italic on the next line; Research Fellow -> Senior "
        "Research Fellow at one centre; MBChB (a first medical degree: bachelor). Publications: 'Heading 2' sub-headings, "
        "Vancouver references numbered '[1]'.. through numbering.xml (an abstractNum '[%1]' and two w:num "
        "instances with startOverride, so the numbers restart per sub-heading and are not in the text); "
        "'2025 (epub ahead of print)' = in press; 'accepted' and 'submitted' without year. Prize, fellowship, "
        "dissertation prize = 3 awards; the grant is not; FFPH (a professional qualification) is neither degree "
        "nor award. Referee e-mails under Referees.",
        layout="Word-shaped DOCX: text box, numbering.xml, tabs, header/footer")


def wps_zh_docx(files: Path) -> dict:
    """12: Chinese master's graduate, WPS-like DOCX."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    fn = "12_zh_masters_graduate_wps_like.docx"
    edu = [("北辰师范大学", "硕士", "应用统计", "2023.09-2026.06（预计）", "master", "2023-09", "2026-06"),
           ("北辰师范大学", "本科", "统计学", "2019.09-2023.06", "bachelor", "2019-09", "2023-06")]
    jobs = [("杭城星河网络科技有限公司", "数据分析实习生", "2025.03-2025.08", "2025-03", "2025-08",
             ["搭建用户留存看板，定位次日留存下降原因，推动改版后留存提升 3.2%", "负责 A/B 实验分流校验与显著性分析"]),
            ("北辰市统计局（社会实践）", "调查员", "2022.07-2022.08", "2022-07", "2022-08",
             ["参与城镇住户抽样调查，完成 120 户入户访问"])]
    pubs = [  # printed, title, venue, year, first, status, authors
        ("[KDD 2025] Debiasing uplift models with doubly robust pseudo-outcomes，第一作者（CCF-A）",
         "Debiasing uplift models with doubly robust pseudo-outcomes", "KDD", 2025, True, "published", []),
        ("[统计研究] 基于分层贝叶斯的小区域收入估计，第二作者（导师一作），2024",
         "基于分层贝叶斯的小区域收入估计", "统计研究", 2024, False, "published", []),
        ("[CIKM 2025] Conformal intervals for heterogeneous treatment effects，共同第一作者，已录用",
         "Conformal intervals for heterogeneous treatment effects", "CIKM", 2025, True, "accepted", []),
        ("[在投] Sequential testing under interference in two-sided markets，第一作者，投稿至 Management Science",
         "Sequential testing under interference in two-sided markets", "Management Science", None, True,
         "under review", [])]
    doc = docx.Document()
    set_fonts(doc, "Times New Roman", 10.5, east_asia="宋体")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.9)
    sec.top_margin = sec.bottom_margin = Cm(1.6)

    def yahei(run, size, bold=False, color=None):
        run.font.size = Pt(size)
        run.bold = bold
        rpr = run._r.get_or_add_rPr()
        rpr.insert(0, parse_xml(f'<w:rFonts xmlns:w="{W}" w:ascii="微软雅黑" w:hAnsi="微软雅黑" w:eastAsia="微软雅黑" '
                                'w:hint="eastAsia"/>'))
        if color:
            run.font.color.rgb = RGBColor.from_string(color)

    def heading(text):
        p = doc.add_paragraph()
        yahei(p.add_run(text), 12, True, "2E75B6")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:pBdr xmlns:w="{W}"><w:bottom w:val="single" w:sz="8" w:space="1" w:color="2E75B6"/></w:pBdr>'))
        tight(p, 8, 4)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    yahei(p.add_run("个 人 简 历"), 18, True)
    tbl = doc.add_table(rows=3, cols=4)
    no_borders(tbl)
    col_widths(tbl, [2.2, 6.5, 2.2, 6.5])
    cells = [("姓    名：", "宋一禾"), ("性    别：", "女"), ("手    机：", "186-5550-3317"),
             ("邮    箱：", "songyihe@example.edu.cn"), ("求职意向：", "数据科学家 / 策略分析"),
             ("所在城市：", "北辰")]
    for k, (a, b) in enumerate(cells):
        c = tbl.cell(k // 2, (k % 2) * 2)
        c.paragraphs[0].add_run(a).bold = True
        tbl.cell(k // 2, (k % 2) * 2 + 1).paragraphs[0].add_run(b)
    heading("教育背景")
    for i, d, f, w, *_x in edu:
        p = doc.add_paragraph()
        right_tab(p, 17.2)
        p.add_run(f"{i}    {f}    {d}").bold = True
        p.add_run("\t" + w)
        tight(p, 2, 1)
    doc.add_paragraph("主修课程：高等数理统计、因果推断、贝叶斯统计、机器学习；GPA 3.85/4（前 5%）")
    heading("实习经历")
    for o, t, w, _s, _e, bl in jobs:
        p = doc.add_paragraph()
        right_tab(p, 17.2)
        p.add_run(f"{o}    {t}").bold = True
        p.add_run("\t" + w)
        tight(p, 3, 1)
        for b in bl:
            q = doc.add_paragraph(style="List Bullet")
            q.add_run(b)
            tight(q, 0, 0)
    heading("科研成果")
    for line, *_x in pubs:
        q = doc.add_paragraph(line, style="List Number")
        tight(q, 0, 1)
    heading("获奖情况")
    for a in ("2024.10  研究生国家奖学金", "2024.05  全国大学生统计建模大赛  一等奖", "2021.12  校级一等学业奖学金"):
        tight(doc.add_paragraph(a), 0, 1)
    heading("技能证书")
    doc.add_paragraph("英语六级（612）；计算机二级；熟练使用 Python、R、SQL、Stata；熟悉 Spark、Hive")
    heading("自我评价")
    doc.add_paragraph("逻辑清晰，善于把业务问题转化为统计问题；学习能力强，抗压能力强。")
    d = src_dir("12_wps_like_docx")
    (d / "README.txt").write_text("Built by cvs_d13.wps_zh_docx: python-docx + raw XML gives the *.python-docx.docx here; app.xml / "
                                  "custom.xml are then rewritten like WPS Office writes them.\n", encoding="utf-8")
    tmp = d / f"{Path(fn).stem}.python-docx.docx"
    fixed_save(doc, tmp)
    (files / fn).write_bytes(_wps_props(tmp.read_bytes()))
    return label(
        fn, "宋一禾", ["Song Yihe"], ["songyihe@example.edu.cn"], ["+8618655503317"], [],
        [(e[0], e[4], e[5], e[6]) for e in edu], [(j[0], j[1], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs], [], 3,
        "WPS-like Chinese DOCX (python-docx + raw XML; docProps/app.xml says 'WPS Office_12.1.0' and a "
        "docProps/custom.xml carries KSOProductBuildVer, as WPS writes): title '个 人 简 历' with spaces between "
        "the characters, the name only inside a borderless label table (姓    名：宋一禾, padded labels), phone "
        "'186-5550-3317'; headings as plain bold 微软雅黑 paragraphs with a blue bottom border (no Heading "
        "styles); 宋体/Times body; the same university for 硕士 and 本科 with '2023.09-2026.06（预计）' at a right "
        "tab stop; internships with bullets (a 社会实践 survey post is a job too); 科研成果 as a numbered list of "
        "'[VENUE YEAR] Title，第一作者（CCF-A）', '[统计研究] ...，第二作者（导师一作），2024', '共同第一作者，已录用' "
        "(accepted, co-first = first author), '[在投] ... 投稿至 Management Science' (under review); no author "
        "lists printed (authors empty). 获奖情况: 3 awards; 技能证书 are not awards.",
        language="zh", layout="WPS-like DOCX")


def _wps_props(data: bytes) -> bytes:
    """Rewrite app.xml like WPS Office and add docProps/custom.xml (KSOProductBuildVer), fixed times."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats'
           '.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
           '2006/docPropsVTypes"><Template>Normal</Template><Pages>1</Pages><Words>0</Words><Characters>0</Characters>'
           '<Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces>'
           '<Application>WPS Office_12.1.0.16120_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats'
              '.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
              '2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
              'name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property '
              'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>'
              '5B1C0E2F4A3D4C4E9F0A1B2C3D4E5F60_12</vt:lpwstr></property></Properties>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = app.encode()
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if info.filename == "_rels/.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rId99" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/custom-properties" Target="docProps/'
                                    b'custom.xml"/></Relationships>')
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
        zi = zipfile.ZipInfo("docProps/custom.xml", date_time=(2025, 6, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, custom.encode())
    return out.getvalue()


def hugo_academic_page(files: Path) -> dict:
    """13: neuroscience postdoc, Hugo academic-theme author page (Markdown with YAML front matter)."""
    fn = "13_neuroscience_postdoc_hugo_academic_page.md"
    me = "Brightwater-Osei N"
    jobs = [("Postdoctoral Researcher", "Circuits & Behaviour Lab (led by Dr. Ines Vahl), Marrowfield Institute for "
             "Brain Research", "2023-01", "present", "Jan 2023 – present"),
            ("Graduate Researcher", "Department of Neurobiology, Calder University", "2017-09", "2022-08",
             "Sep 2017 – Aug 2022"),
            ("Research Technician", "Tamsin Lee Sleep Lab, Calder University", "2015-06", "2017-08",
             "Jun 2015 – Aug 2017")]
    edu = [("Calder University", "PhD in Neurobiology", "phd", None, "2022"),
           ("University of Kumbara", "BSc in Biochemistry", "bachelor", None, "2015")]
    pubs = [
        ("Thalamic bursts gate replay during non-REM sleep", [me, "Haddad R", "Vahl I"], "Neuron", 2024, True,
         "published", "*Neuron* 112(6): 1013–1029 (2024)"),
        ("Closed-loop optogenetics with sub-millisecond latency", ["Haddad R", me, "Vahl I"], "eLife", 2023, False,
         "published", "*eLife* 12: e88104 (2023)"),
        ("Sleep spindles predict motor learning in mice", [me, "Lee T"], "Journal of Neuroscience", 2021, True,
         "published", "*Journal of Neuroscience* 41(22): 4855–4866 (2021)"),
        ("A spiking model of spindle-ripple coupling", [me, "Ortega-Ruiz M", "Vahl I"], "bioRxiv", 2025, True,
         "preprint", "*bioRxiv* 2025.02.11.637701 (2025)"),
        ("Astrocytic calcium waves during sleep pressure", ["Chen W", me, "Vahl I"], "Current Biology", None, False,
         "under review", "*Current Biology*, under review")]
    fm = """---
# Display name
title: Nomvula Brightwater-Osei

# Name pronunciation (optional)
name_pronunciation: nom-VOO-lah

# Full name (for SEO)
first_name: Nomvula
last_name: Brightwater-Osei

# Status emoji
status:
  icon: 🧠

# Is this the primary user of the site?
superuser: true

# Role/position/tagline
role: Postdoctoral Researcher

# Organizations/Affiliations to show in About widget
organizations:
  - name: Marrowfield Institute for Brain Research
    url: https://www.marrowfield.example.org/

# Short bio (displayed in user profile at end of posts)
bio: I study how the sleeping brain replays and consolidates motor memories.

# Interests to show in About widget
interests:
  - Sleep and memory consolidation
  - Thalamocortical circuits
  - Closed-loop optogenetics

# Education to show in About widget
education:
  courses:
    - course: PhD in Neurobiology
      institution: Calder University
      year: 2022
    - course: BSc in Biochemistry
      institution: University of Kumbara
      year: 2015

# Social/Academic Networking
social:
  - icon: envelope
    icon_pack: fas
    link: 'mailto:n.brightwater-osei@marrowfield.example.org'
  - icon: phone
    icon_pack: fas
    link: 'tel:+1-312-555-0133'
  - icon: graduation-cap
    icon_pack: fas
    link: https://scholar.example.com/citations?user=nbo_2017
  - icon: github
    icon_pack: fab
    link: https://github.com/nbrightwater
  - icon: cv
    icon_pack: ai
    link: uploads/resume.pdf

# Highlight the author in author lists? (true/false)
highlight_name: true
---
"""
    body = ("\nNomvula Brightwater-Osei is a postdoctoral researcher in the {{< staticref \"https://www.marrowfield.example"
            ".org/\" >}}Circuits & Behaviour Lab{{< /staticref >}}. She works on how thalamocortical rhythms during "
            "non-REM sleep support motor learning, combining closed-loop optogenetics, silicon-probe recordings and "
            "spiking models.\n\n{{< icon name=\"download\" pack=\"fas\" >}} Download my {{< staticref \"uploads/"
            "resume.pdf\" \"newtab\" >}}resumé{{< /staticref >}}.\n\n## Experience\n\n")
    for t, o, _s, _e, w in jobs:
        body += f"- **{t}**, {o}  \n  _{w}_\n"
    body += "\n## Publications\n\n{{% callout note %}}\n`*` equal contribution. Full list on Google Scholar.\n{{% /callout %}}\n\n"
    for i, (t, au, _v, _y, _f, _s, tail) in enumerate(pubs, 1):
        aus = ", ".join(f"**{a}**" if a == me else a for a in au)
        body += f"{i}. {aus}. {t}. {tail}.\n"
    body += ("\n## Honours\n\n- 2023 · Marrowfield Postdoctoral Fellowship\n- 2022 · Calder Outstanding Dissertation "
             "Award in Neuroscience\n- 2020 · Society for Sleep Circuits trainee travel grant\n\n"
             "## Teaching\n\n- Fall 2019, Spring 2021 · Teaching assistant, NEUR 301 Systems Neuroscience (Calder)\n")

    text = fm + body
    d = src_dir("13_hugo_page")
    (d / "README.txt").write_text("The Markdown file under files/ is the source itself (content/authors/admin/"
                                  "_index.md of a Hugo academic-theme site).\n", encoding="utf-8")
    (files / fn).write_text(text, encoding="utf-8")
    return label(
        fn, "Nomvula Brightwater-Osei", ["Nomvula Brightwater-Osei"], ["n.brightwater-osei@marrowfield.example.org"],
        ["+13125550133"], ["github.com/nbrightwater", "scholar.example.com/citations?user=nbo_2017"],
        [(e[0], e[2], e[3], e[4]) for e in edu], [(j[1], j[0], j[2], j[3]) for j in jobs], len(pubs), sum(p[4] for p in pubs),
        [(p[0], p[2], p[3], p[4], p[5], p[1]) for p in pubs],
        ["Sleep and memory consolidation", "Thalamocortical circuits", "Closed-loop optogenetics"], 2,
        "A Hugo academic-theme (Wowchemy/Hugo Blox) author page, content/authors/admin/_index.md: YAML front "
        "matter with comment lines, 'title:' holding the display name, first_name/last_name, role, organizations "
        "with URLs, a bio, an interests list, education as courses with year only (degree end only), social "
        "links whose e-mail and phone are 'mailto:' / 'tel:+1-312-555-0133' URLs, Scholar and GitHub links, an "
        "uploads/resume.pdf link (not a profile link). Body with Hugo shortcodes ({{< staticref >}}, {{< icon >}}, "
        "{{% callout %}}), Experience bullets '**Role**, Org (led by Dr. ...)' with an italic date line, "
        "numbered publications with the candidate bold, '*Journal* vol(issue): pages (year)', a bioRxiv "
        "preprint, 'under review'. Honours: a fellowship and a dissertation award (2); the travel grant is not; "
        "'Fall 2019, Spring 2021' TA terms under Teaching (not a separate job).",
        layout="Markdown: Hugo academic author page")
