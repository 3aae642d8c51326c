"""python-docx builders for heldout43 (03, 06, 10 — 10 is later printed to PDF by LibreOffice — and 12).

Every person, co-author, address, e-mail, phone and title here is invented."""
from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2026, 11, 2, 9, 0, 0)
RIGHT_TAB, DATE_COL, HANG = Cm(16.6), Cm(3.2), Cm(1.0)


def _doc(font="Calibri", size=10.5, east_asia=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if east_asia:
        st.element.rPr.rFonts.set(qn("w:eastAsia"), east_asia)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author, cp.last_modified_by = "", ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    return d


def _runs(p, text):
    """'*italic*' and '**bold**' inline marks."""
    import re
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            p.add_run(part[2:-2]).bold = True
        elif part.startswith("*"):
            p.add_run(part[1:-1]).italic = True
        else:
            p.add_run(part)
    return p


def _rule(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "444444")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def _heading(d, text, caps=True, rule=True, size=11, color=None):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if rule:
        _rule(p)
    return p


def _tabbed(d, left, right, right_pos=RIGHT_TAB):
    """'left<TAB>right' with a right-aligned tab stop: dates at the right margin."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(right_pos, WD_TAB_ALIGNMENT.RIGHT)
    _runs(p, left)
    p.add_run("\t" + right)
    return p


def _datecol(d, date, text, indent=DATE_COL):
    """'date<TAB>text' with a hanging indent: the dates in a left column made of a tab."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = indent
    pf.first_line_indent = -indent
    pf.tab_stops.add_tab_stop(indent)
    p.add_run(date + "\t")
    _runs(p, text)
    return p


def _para(d, text):
    return _runs(d.add_paragraph(), text)


def _hang(d, text, indent=HANG):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = indent
    p.paragraph_format.first_line_indent = -indent
    _runs(p, text)
    return p


# ---------------------------------------------------------------- 03 UK philosopher
def build_03(out):
    d = _doc("Cambria", 10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Dr Rupert Achterberg-Lowe")
    r.bold, r.font.size = True, Pt(17)
    for line in ("School of Philosophy, Religion and History of Science, University of Leeds, Leeds LS2 9JT",
                 "rupert.al@example.ac.uk  |  +44 (0)113 496 0752  |  achterberglowe.example.org"):
        q = d.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _heading(d, "Areas of Specialisation")
    _para(d, "Metaethics; Social Epistemology")
    _heading(d, "Areas of Competence")
    _para(d, "Philosophy of Language; Ethics of Technology; Kant's Practical Philosophy")
    _heading(d, "Employment")
    _tabbed(d, "**Lecturer in Philosophy**, University of Leeds", "2021–present")
    _tabbed(d, "**Leverhulme Early Career Fellow**, University of Edinburgh", "2018–2021")
    _tabbed(d, "**Visiting Researcher**, School of Philosophy, Australian National University", "Feb–Jun 2019")
    _heading(d, "Education")
    _tabbed(d, "**PhD in Philosophy**, University of St Andrews", "2014–2018")
    _para(d, "Thesis: *Hearsay and Moral Knowledge*. Supervisors: Prof. Malin Oduya, Dr Gethin Pryce-Varley")
    _tabbed(d, "**BPhil in Philosophy**, University of Oxford (Distinction)", "2012–2014")
    _tabbed(d, "**BA (Hons) Philosophy and German**, Durham University (First Class)", "2008–2012")
    _heading(d, "Publications")
    q = d.add_paragraph()
    q.add_run("All sole-authored unless noted.").italic = True
    _heading(d, "Monograph", caps=False, rule=False, size=10.5)
    _hang(d, "*Borrowed Conviction: Testimony and the Authority of Moral Knowledge*. Oxford: Oxford University "
             "Press, forthcoming 2026.")
    _heading(d, "Articles", caps=False, rule=False, size=10.5)
    for t in ("‘Testimony, Trust and the Reasons of Others’, *Philosophical Quarterly* (forthcoming).",
              "‘Moral Deference Without Moral Experts’, *Mind* 133 (2024): 411–38.",
              "‘Is There a Problem with Moral Hearsay?’, *Ethics* 131/2 (2021): 245–70.",
              "Hannah Lindqvist-Ode and Rupert Achterberg-Lowe, ‘Kant on Advice’, *Kantian Review* 25 (2020): "
              "77–99."):
        _hang(d, t)
    _heading(d, "Book Chapters", caps=False, rule=False, size=10.5)
    _hang(d, "‘Expertise and Humility’, in M. Okafor and J. Reyes-Tan (eds), *Oxford Studies in Metaethics, Volume "
             "19* (Oxford: Oxford University Press, 2024), pp. 88–112.")
    _heading(d, "Encyclopedia Entries", caps=False, rule=False, size=10.5)
    _hang(d, "‘Moral Testimony’, *Internet Encyclopedia of Philosophy* (2022).")
    _heading(d, "Translations", caps=False, rule=False, size=10.5)
    _hang(d, "‘On Testimony in Moral Matters’, translation with introduction of Lotte Brenninkmeyer, ‘Über das "
             "Zeugnis im Sittlichen’ (1931), *Journal for the History of Analytical Philosophy* 9 (2021): 1–24.")
    _heading(d, "Book Reviews", caps=False, rule=False, size=10.5)
    _hang(d, "Review of Ilse Marwick, *Trusting the Moral Crowd* (Cambridge University Press, 2022), *Analysis* 83 "
             "(2023): 590–93.")
    _hang(d, "Review of Tomás Echeverri, *Advice and Its Limits* (Routledge, 2019), *Philosophical Quarterly* 70 "
             "(2020): 880–83.")
    _heading(d, "Presentations")
    for t in ("2025  ‘Testimony, Trust and the Reasons of Others’, Aristotelian Society, London",
              "2024  ‘Borrowed Conviction’, book workshop, Centre for Ethics, University of Toronto",
              "2022  ‘Moral Deference Without Moral Experts’, Joint Session of the Aristotelian Society and the "
              "Mind Association, St Andrews",
              "2019  ‘Moral Hearsay’, Philosophy Colloquium, Australian National University"):
        _hang(d, t)
    _heading(d, "Awards and Funding")
    _tabbed(d, "British Society for Ethical Theory Essay Prize", "2019")
    _tabbed(d, "*Analysis* Studentship, Analysis Trust", "2017–2018")
    _tabbed(d, "AHRC Doctoral Studentship (Scottish Graduate School for Arts and Humanities)", "2014–2017")
    _tabbed(d, "Research grant: Mind Association, workshop ‘Deference and Dissent’ (£4,800)", "2022")
    _heading(d, "Teaching")
    _para(d, "Leeds: Moral Philosophy (Level 1); Metaethics (Level 2); Epistemology of Disagreement (MA). "
                    "Edinburgh: Tutor, Knowledge and Reality.")
    _heading(d, "Service")
    _para(d, "Assistant Editor, *Analysis* Reviews (2022–present); referee for *Mind*, *Ethics*, *Philosophical "
                    "Studies*; Director of Taught Postgraduate Studies, Leeds (2023–).")
    _heading(d, "Languages")
    _para(d, "English (native); German (C1); French (B2); Latin (reading)")
    d.save(out)


# ---------------------------------------------------------------- 06 Canadian musicologist / composer
def build_06(out):
    d = _doc("Garamond", 11)
    p = d.add_paragraph()
    r = p.add_run("ÉLISE MARCHAND-FRASER, PhD")
    r.bold, r.font.size = True, Pt(16)
    _para(d, "Musicologist and composer")
    _para(d, "Schulich School of Music, McGill University · 555 Sherbrooke Street West, Montréal, QC H3A 1E3")
    _para(d, "elise.marchandfraser@example.com · (514) 555-0162 · www.marchandfraser.example.ca")
    _heading(d, "Research Areas", color="7A1F2B")
    _para(d, "Music and sovereignty in the Canadian North · sound studies and the ethics of field recording · "
                    "Indigenous–settler musical encounter · contemporary chamber composition")
    _heading(d, "Academic Appointments", color="7A1F2B")
    _datecol(d, "2020–", "**Associate Professor of Musicology**, Schulich School of Music, McGill University")
    _datecol(d, "2015–2020", "**Assistant Professor of Musicology**, Schulich School of Music, McGill University")
    _datecol(d, "2014–2015", "**SSHRC Postdoctoral Fellow**, Department of Music, Harvard University")
    _datecol(d, "2017–2018", "**Composer-in-Residence**, Vancouver Island Chamber Players (part-time)")
    _heading(d, "Education", color="7A1F2B")
    _datecol(d, "2014", "**PhD, Musicology**, University of Toronto. Dissertation: “Northern Service: Radio, Song "
                        "and the Arctic Listener, 1958–1982”")
    _datecol(d, "2009", "**MMus, Composition**, Université de Montréal")
    _datecol(d, "2007", "**BMus, Composition and Theory**, University of British Columbia")
    _heading(d, "Publications", color="7A1F2B")
    d.add_paragraph().add_run("Book").bold = True
    _hang(d, "*Listening at the Edge of the Ice: Music and Sovereignty in the Canadian Arctic, 1950–1990*. Montreal "
             "& Kingston: McGill-Queen’s University Press, 2021.")
    d.add_paragraph().add_run("Articles").bold = True
    _hang(d, "“Drum, Radio, Archive: Recording Inuit Song for the CBC Northern Service.” *Journal of the American "
             "Musicological Society* 76, no. 1 (2023): 45–88.")
    _hang(d, "“Who Owns the Echo? Field Recording and Consent in Arctic Broadcasting.” *Ethnomusicology Forum* 30, "
             "no. 2 (2021): 201–22.")
    _hang(d, "“Soundscape Pedagogy and Its Listeners.” *Intersections: Canadian Journal of Music* 38, no. 1 (2018): "
             "3–24.")
    d.add_paragraph().add_run("Chapter").bold = True
    _hang(d, "“Composing for Ice.” In *Sounding Canada: Essays on Music and Place*, edited by Aurélie Tremblay-Osei "
             "and Marcus Vell, 141–66. Toronto: University of Toronto Press, 2019.")
    d.add_paragraph().add_run("Other writing").bold = True
    _hang(d, "Liner notes for *Northern Lines: New Music from Nunavut*, Northlight Records NLR 0127 (2020).")
    _heading(d, "Compositions (selected)", color="7A1F2B")
    _datecol(d, "2024", "*Polynya*, for orchestra (12′). Premiere: Orchestre de chambre de Laval-Ouest, cond. Mireille "
                        "Santerre, Salle Bourgie, Montréal, 3 May 2024")
    _datecol(d, "2019", "*Tidewrack*, for string quartet (14′). Premiere: Quatuor Lumen, Montréal, 12 March 2019")
    _datecol(d, "2016", "*Salt Hymns*, for soprano and six players (20′). Commissioned by the Vancouver Island "
                        "Chamber Players")
    _heading(d, "Recordings", color="7A1F2B")
    _datecol(d, "2022", "*Salt Hymns: Chamber Music of Élise Marchand-Fraser*. Vancouver Island Chamber Players, "
                        "Hélène Ostrowski (soprano). Northlight Records NLR 0142")
    _heading(d, "Performances (as pianist)", color="7A1F2B")
    _datecol(d, "2023", "Recital with Hélène Ostrowski (soprano), Ottawa Chamberfest")
    _heading(d, "Awards and Honours", color="7A1F2B")
    _datecol(d, "2022", "Book Prize, Canadian University Music Society, for *Listening at the Edge of the Ice*")
    _datecol(d, "2019", "Emerging Composer Award, Canadian League of Chamber Composers")
    _datecol(d, "2010–2013", "Joseph-Armand Bombardier Canada Graduate Scholarship (SSHRC)")
    _heading(d, "Grants", color="7A1F2B")
    _datecol(d, "2023–2028", "SSHRC Insight Grant, “Arctic Broadcast Archives” (PI), $187,000")
    _heading(d, "Languages", color="7A1F2B")
    _para(d, "French and English (native); Inuktitut (basic); German (reading)")
    d.save(out)


# ---------------------------------------------------------------- 10 UK sociologist (Word -> PDF by LibreOffice)
def build_10(out):
    d = _doc("Liberation Sans", 10)
    p = d.add_paragraph()
    r = p.add_run("Curriculum Vitae")
    r.font.size, r.italic = Pt(10), True
    p = d.add_paragraph()
    r = p.add_run("Dr Priyanka Hollis-Adeyemi")
    r.bold, r.font.size = True, Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    _para(d, "Reader in Sociology, Department of Sociology, School of Social Sciences, University of Manchester")
    _para(d, "Email: p.hollis-adeyemi@example.ac.uk   Tel: 0161 496 0384   ORCID: 0000-0002-1825-0097")
    _heading(d, "Current Post", caps=False, color="1F4E79")
    _tabbed(d, "Reader in Sociology, University of Manchester", "Sep 2022 – present")
    _heading(d, "Previous Posts", caps=False, color="1F4E79")
    _tabbed(d, "Senior Lecturer in Sociology, University of Manchester", "Sep 2019 – Aug 2022")
    _tabbed(d, "Lecturer in Sociology, University of Manchester", "Sep 2016 – Aug 2019")
    _tabbed(d, "Research Fellow, Sociological Review Foundation (hosted at Keele University)", "Oct 2015 – Aug 2016")
    _heading(d, "Qualifications", caps=False, color="1F4E79")
    _tabbed(d, "PhD Sociology, London School of Economics and Political Science", "2015")
    _tabbed(d, "MSc Social Research Methods (ESRC 1+3), London School of Economics and Political Science", "2011")
    _tabbed(d, "BA (Hons) Sociology, University of York", "2010")
    _tabbed(d, "PGCert in Higher Education, University of Manchester; Fellow of the Higher Education Academy", "2018")
    _heading(d, "Research Interests", caps=False, color="1F4E79")
    _para(d, "Welfare and time; precarious households; ethnographies of the benefits system; qualitative "
                    "longitudinal methods")
    _heading(d, "Publications", caps=False, color="1F4E79")
    d.add_paragraph().add_run("Books").bold = True
    _hang(d, "Hollis-Adeyemi, P. (2022) *Waiting Rooms: Time, Welfare and the Precarious Household*. Bristol: "
             "Policy Press.")
    d.add_paragraph().add_run("Papers").bold = True
    for t in ("Hollis-Adeyemi, P. (2024) ‘Sanction time: how benefit conditionality reorders the household week’, "
              "*Sociology*, 58(3), pp. 611–629.",
              "Carver, D. and Hollis-Adeyemi, P. (2023) ‘The queue as an institution: food banks and the politics of "
              "waiting’, *The Sociological Review*, 71(2), pp. 340–358.",
              "Hollis-Adeyemi, P., Mbatha, R. and Lowry, S. (2020) ‘Doing qualitative longitudinal research by "
              "telephone’, *International Journal of Social Research Methodology*, 23(6), pp. 701–714.",
              "Hollis-Adeyemi, P. (2017) ‘Clock-watching on Universal Credit’, *Work, Employment and Society*, "
              "31(5), pp. 866–882."):
        _hang(d, t)
    d.add_paragraph().add_run("Book chapters").bold = True
    _hang(d, "Hollis-Adeyemi, P. (2021) ‘Time poverty’, in Rees, G. and Okoye, A. (eds) *Keywords for a Sociology "
             "of Austerity*. Manchester: Manchester University Press, pp. 201–214.")
    d.add_paragraph().add_run("Under review").bold = True
    _hang(d, "Hollis-Adeyemi, P. and Tanaka-Reid, J. ‘Appointments and disappointments: digital welfare and the "
             "missed call’, revise and resubmit, *British Journal of Sociology*.")
    d.add_paragraph().add_run("Reports").bold = True
    _hang(d, "Hollis-Adeyemi, P. and Carver, D. (2021) *Waiting for Support: Evidence to the Work and Pensions "
             "Committee*. Manchester: University of Manchester.")
    _heading(d, "Papers Presented", caps=False, color="1F4E79")
    for t in ("‘Sanction time’, British Sociological Association Annual Conference, Leeds, April 2024.",
              "‘The queue as an institution’, paper presented at the Annual Meeting of the American Sociological "
              "Association, Philadelphia, August 2023.",
              "‘Waiting rooms’, keynote, Social Policy Association Conference, Bath, July 2022."):
        _hang(d, t)
    _heading(d, "Grants", caps=False, color="1F4E79")
    _tabbed(d, "ESRC New Investigator Grant, ‘Welfare Time’ (PI), £298,000", "2019–2022")
    _heading(d, "Prizes", caps=False, color="1F4E79")
    _tabbed(d, "Faculty Teaching Excellence Award, University of Manchester", "2022")
    _tabbed(d, "Shortlisted, Philip Abrams Memorial Prize, British Sociological Association", "2023")
    _heading(d, "Media and Public Engagement", caps=False, color="1F4E79")
    _para(d, "Interviewed on BBC Radio 4, *Thinking Allowed* (March 2023); comment pieces in *The Conversation* "
                    "(2021, 2024); evidence to the House of Commons Work and Pensions Committee (2021).")
    _heading(d, "Supervision", caps=False, color="1F4E79")
    _para(d, "Five PhD students supervised to completion (three as main supervisor).")
    d.save(out)


# ---------------------------------------------------------------- 12 Chinese sociologist (文科) in Word tables
def _cell_text(cell, text, bold=False, size=10.5, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align:
        p.alignment = align


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def build_12(out):
    d = _doc("宋体", 10.5, east_asia="宋体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("个 人 简 历")
    r.bold, r.font.size = True, Pt(18)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    rows = [("姓    名", "贺知远", "性    别", "男"),
            ("出生年月", "1991年3月", "政治面貌", "中共党员"),
            ("手    机", "138 0013 8642", "电子邮箱", "hezhiyuan@example.edu.cn"),
            ("现 单 位", "北京大学社会学系（博士后）", "研究方向", "农村社会学；宗族与基层治理；田野研究方法")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            _cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
            if j % 2 == 0:
                _shade(t.cell(i, j), "DCE6F1")

    def block(title):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run("■ " + title)
        r.bold, r.font.size = True, Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6B)
        _rule(p)

    block("教育背景")
    for a, b in (("2014.09—2020.06", "清华大学社会科学学院社会学系　社会学　法学博士（硕博连读）"),
                 ("2017.09—2018.08", "芝加哥大学社会学系　联合培养博士生（国家留学基金委资助）"),
                 ("2010.09—2014.06", "南京大学社会学院　社会学　法学学士")):
        _datecol(d, a, b, indent=Cm(3.6))
    block("工作经历")
    for a, b in (("2022.07—至今", "北京大学社会学系　博士后、助理研究员"),
                 ("2020.07—2022.06", "中国社会科学院社会学研究所　博士后（合作导师：林望舒 研究员）")):
        _datecol(d, a, b, indent=Cm(3.6))
    block("科研成果")
    d.add_paragraph().add_run("（一）专著与译著").bold = True
    for s in ("1. 贺知远：《宗祠与村委：华南宗族村落的治理变迁》，北京：社会科学文献出版社，2023年。",
              "2. 〔美〕艾琳·卡斯韦尔：《田野中的信任》，贺知远译，上海：上海人民出版社，2021年。"):
        _hang(d, s, indent=Cm(0.6))
    d.add_paragraph().add_run("（二）期刊论文").bold = True
    for s in ("1. 贺知远：《“祠堂议事”：宗族组织参与村级治理的机制》，《社会学研究》2024年第2期。",
              "2. 贺知远、周慕言：《外出务工与宗族仪式的再生产——基于闽西三个村庄的田野调查》，《社会》2022年第5期。",
              "3. 宋青禾、贺知远：《村规民约的文本变迁（1980—2020）》，《中国农业大学学报（社会科学版）》2021年第3期。",
              "4. 贺知远：《田野中的“熟人”：回访研究的方法论反思》，《社会学评论》2019年第6期。"):
        _hang(d, s, indent=Cm(0.6))
    d.add_paragraph().add_run("（三）会议论文与报告").bold = True
    _hang(d, "1. 贺知远：《宗族与村委的“双轨”》，中国社会学会2023年学术年会，贵阳，2023年7月。（未发表）", indent=Cm(0.6))
    block("科研项目")
    for s in ("1. 国家社会科学基金青年项目“华南宗族村落的治理转型研究”（23CSH045），主持，2023—2026，在研。",
              "2. 中国博士后科学基金面上资助（2021M690112），主持，2021—2022，已结项。"):
        _hang(d, s, indent=Cm(0.6))
    block("田野调查")
    _para(d, "福建龙岩、广东梅州等地累计田野调查14个月（2016—2019）；2023年起在广东清远开展回访研究。")
    block("获奖情况")
    for s in ("2024年　北京市哲学社会科学优秀成果奖二等奖（专著）",
              "2020年　清华大学优秀博士学位论文",
              "2019年　博士研究生国家奖学金"):
        d.add_paragraph(s)
    block("语言能力")
    _para(d, "英语（雅思7.5，可作为工作语言）；客家话、闽南语（田野交流）")
    d.save(out)
