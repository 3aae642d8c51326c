"""05: an Australian Word CV kept as DOCX, with a mentor's review comments, left-over template placeholders and a
'Referees' page after the CV (python-docx 1.2 comments)."""
from __future__ import annotations

import datetime

from kit33 import FILES, E, J, P, fix_docx, write_label


def build_05() -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    out = FILES / "05_au_nursing_lecturer_docx_comments_placeholders_referees.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "Bronwyn Takahashi-Reid"
    cp.last_modified_by = "Ewan Pritchard"
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 25, 9, 0, 0)
    cp.title = "Professional CV template"
    cp.revision = 14

    t = d.add_paragraph()
    r = t.add_run("BRONWYN TAKAHASHI-REID")
    r.bold, r.font.size = True, Pt(20)
    t.add_run("\nRN, PhD, MACN").italic = True
    c = d.add_paragraph("Gold Coast, QLD 4222 | 0491 570 156 | b.takahashi-reid@griffith.example.edu.au | "
                        "[LinkedIn profile URL]")
    d.add_comment(c.runs, text="Either add your LinkedIn or delete the placeholder before you send this.",
                  author="Ewan Pritchard", initials="EP")

    def head(txt):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        rr = p.add_run(txt)
        rr.bold, rr.font.size = True, Pt(12)
        rr.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)
        return p

    def item(bold, rest, right):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Pt(470))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(bold).bold = True
        p.add_run(rest + "\t" + right)
        return p

    head("PROFESSIONAL SUMMARY")
    s = d.add_paragraph("[Type a brief summary of your career and what you bring to the role here.] Critical care "
                        "nurse academic with 10 years of ICU practice and a research program on nurse-led "
                        "delirium prevention in intensive care.")
    d.add_comment(s.runs[0], text="Template text still here!", author="Ewan Pritchard", initials="EP")
    head("EDUCATION")
    item("Doctor of Philosophy (Nursing)", ", Queensland University of Technology, Brisbane", "2018 – 2022")
    d.add_paragraph("Thesis: Family-delivered reorientation to prevent ICU delirium: a feasibility trial")
    item("Graduate Certificate in Critical Care Nursing", ", Griffith University", "2014")
    item("Bachelor of Nursing", ", The University of Queensland", "2008 – 2010")
    head("ACADEMIC APPOINTMENTS")
    item("Lecturer in Nursing (Level B)", ", School of Nursing and Midwifery, Griffith University",
         "Jan 2023 – Present")
    p = item("Associate Lecturer (sessional)", ", School of Nursing, Queensland University of Technology",
             "2019 – 2022")
    d.add_comment(p.runs[1], text="Was this continuous? Panel will ask.", author="Ewan Pritchard", initials="EP")
    head("CLINICAL EMPLOYMENT")
    item("Clinical Nurse, Intensive Care Unit", ", Princess Alexandra Hospital, Brisbane", "2014 – 2018")
    item("Registered Nurse (Graduate Program)", ", Royal Brisbane and Women's Hospital", "2011 – 2013")
    head("[Company Name] – [Job Title]")
    d.add_paragraph("[Dates]  ·  [Describe your responsibilities and achievements]")
    head("RESEARCH INTERESTS")
    d.add_paragraph("Delirium prevention; family participation in intensive care; nursing workforce in critical care")
    head("PUBLICATIONS")
    pubs = [
        "Takahashi-Reid B, Mulcahy F, Nguyen-Hale T, Ashworth D. Family-delivered reorientation for ICU delirium: "
        "a randomised feasibility trial. Aust Crit Care. 2023;36(4):512-9.",
        "Takahashi-Reid B, Ashworth D. Nurses' perceptions of family participation in delirium care: a qualitative "
        "study. Intensive Crit Care Nurs. 2022;71:103245.",
        "Nguyen-Hale T, Takahashi-Reid B, Mulcahy F. Night-time noise in Australian ICUs: a multisite audit. "
        "Aust Crit Care. 2024;37(2):201-7.",
        "Takahashi-Reid B, Mulcahy F, O'Dowd S. Delirium screening adherence after a nurse-led intervention. "
        "J Clin Nurs. In press.",
        "Ashworth D, Takahashi-Reid B. Family presence on ward rounds: a scoping review. Under review, "
        "Int J Nurs Stud.",
    ]
    for i, txt in enumerate(pubs, 1):
        p = d.add_paragraph(f"{i}. {txt}")
        p.paragraph_format.left_indent = Pt(16)
        p.paragraph_format.first_line_indent = Pt(-16)
    head("GRANTS")
    d.add_paragraph("Griffith Health Group Research Seed Grant (CI-A), $18,000, 2024")
    head("AWARDS")
    d.add_paragraph("Australian Government Research Training Program Scholarship, 2018–2021")
    d.add_paragraph("Griffith Health Learning and Teaching Citation, 2024")
    head("PROFESSIONAL REGISTRATION")
    d.add_paragraph("Registered Nurse, AHPRA NMW0001234567 (current); Member, Australian College of Nursing (MACN)")
    br = d.add_paragraph().add_run()
    br.add_break(WD_BREAK.PAGE)
    head("REFEREES")
    for txt in ("Professor Declan Ashworth, Professor of Nursing, Queensland University of Technology\n"
                "Phone: (07) 5550 1920 | Mobile: 0491 570 110 | d.ashworth@qut.example.edu.au\n"
                "Relationship: PhD principal supervisor",
                "Associate Professor Fiona Mulcahy, School of Nursing and Midwifery, Griffith University\n"
                "Phone: (07) 5550 3318 | f.mulcahy@griffith.example.edu.au\nRelationship: current line manager",
                "Ms Tamsin O'Dowd, Nurse Unit Manager ICU, Princess Alexandra Hospital\n"
                "Mobile: 0491 570 313 | tamsin.odowd@health.qld.example.gov.au\nRelationship: former manager"):
        d.add_paragraph(txt)
    q = d.add_paragraph("[Add a fourth referee if required by the selection criteria]")
    d.add_comment(q.runs, text="Only 3 needed for Level C. Delete.", author="Ewan Pritchard", initials="EP")
    d.save(out)
    fix_docx(out)
    write_label(
        out.name,
        name="Bronwyn Takahashi-Reid",
        name_any=["BRONWYN TAKAHASHI-REID"],
        emails=["b.takahashi-reid@griffith.example.edu.au"],
        phones=["+61491570156"],
        links=[],
        education=[E("Queensland University of Technology", "phd", "2018", "2022"),
                   E("Griffith University", "other", None, "2014"),
                   E("The University of Queensland", "bachelor", "2008", "2010")],
        experience=[J("Griffith University", "Lecturer in Nursing (Level B)", "2023-01", "present"),
                    J("Queensland University of Technology", "Associate Lecturer (sessional)", "2019", "2022"),
                    J("Princess Alexandra Hospital", "Clinical Nurse, Intensive Care Unit", "2014", "2018"),
                    J("Royal Brisbane and Women's Hospital", "Registered Nurse (Graduate Program)", "2011", "2013")],
        publications_count=5,
        first_author_count=3,
        publications_sample=[
            P("Family-delivered reorientation for ICU delirium: a randomised feasibility trial", "Aust Crit Care",
              2023, True, "published"),
            P("Night-time noise in Australian ICUs: a multisite audit", "Aust Crit Care", 2024, False, "published"),
            P("Delirium screening adherence after a nurse-led intervention", "J Clin Nurs", None, True, "in press"),
            P("Family presence on ward rounds: a scoping review", "Int J Nurs Stud", None, False, "under review"),
        ],
        research_interests_any=["Delirium prevention", "family participation in intensive care"],
        awards_count=2,
        language="en",
        layout="Australian Word CV built on a template, kept as DOCX (python-docx 1.2): right-tab dates, coloured "
               "bold headings, three reviewer comments by a mentor in word/comments.xml, left-over placeholder text "
               "and a whole placeholder section, then a page break and a 'Referees' page",
        notes="Template leftovers: '[LinkedIn profile URL]' in the contact line (no link labelled), a bracketed "
              "placeholder sentence before the real summary, a '[Company Name] – [Job Title]' heading with "
              "'[Dates] · [Describe …]' (not a job), '[Add a fourth referee …]'. The comments (author Ewan "
              "Pritchard) are a reviewer's notes, not CV content. Mobile 0491 570 156 (ACMA fiction range) = "
              "+61491570156. After the page break the Referees page gives three referees with phones and e-mails: "
              "none is the candidate's. 'RN, PhD, MACN' post-nominals on their own line under the name. The "
              "Graduate Certificate (one year, end only) is level 'other'. Jobs: academic and clinical sections; "
              "'Jan 2023 – Present'; year ranges otherwise. Vancouver refs: first author in 1, 2, 4 = 3; "
              "'In press.' without year; 'Under review, Int J Nurs Stud.' The seed grant is not an award; AHPRA "
              "registration and MACN membership are not awards; awards: RTP scholarship and teaching citation = 2.",
    )


def build_12() -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    out = FILES / "12_hk_bilingual_urban_planning_research_statement_then_cv_docx.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "PMingLiU")
    cp = d.core_properties
    cp.author = "Vincent Shum"
    cp.created = datetime.datetime(2026, 9, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 29, 9, 0, 0)
    cp.title = "Research statement and CV"

    def para(text, bold=False, size=None, align=None, after=4):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        return p

    para("RESEARCH STATEMENT 研究陳述", True, 14, WD_ALIGN_PARAGRAPH.CENTER)
    para("SHUM Cheuk-hei, Vincent 岑卓熙 — application for Research Assistant Professor (Ref. 261012006), "
         "Department of Building and Real Estate, The Hong Kong Polytechnic University", False, 9.5,
         WD_ALIGN_PARAGRAPH.CENTER, 10)
    for txt in (
        "My research asks how high-density cities can keep older residents in their neighbourhoods while "
        "housing is redeveloped. My doctoral project at The University of Hong Kong, supervised by Professor "
        "Raymond Ko-Lindahl, followed 412 households through three Urban Renewal Authority projects in Sham Shui "
        "Po and Kowloon City, combining a panel survey with GIS measures of walkable access to services.",
        "The first strand of my work shows that relocation distance, not housing quality, predicts the loss of "
        "daily social contact among residents over 65 (Urban Studies, 2025). The second strand, with Dr. Mei-ling "
        "Okonjo-Tsang at CUHK, builds an open dataset of subdivided-unit conversions from building-plan "
        "records. Over the next five years I plan to extend this panel to the Northern Metropolis new towns and "
        "to test 'ageing in place' clauses in land-lease conditions.",
        "At PolyU I would contribute to teaching in planning methods and GIS, and I would seek funding from the "
        "RGC Early Career Scheme and the Public Policy Research Funding Scheme. I thank the committee, chaired "
        "by Professor Anita Lo-Verhoeven, for considering my application.",
    ):
        para(txt, after=8).paragraph_format.first_line_indent = Pt(18)
    d.add_section(WD_SECTION.NEW_PAGE)

    para("岑卓熙  SHUM Cheuk-hei, Vincent", True, 16, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para("Curriculum Vitae 個人履歷", False, 11, WD_ALIGN_PARAGRAPH.CENTER, 2)
    para("Flat 12B, 8 Pokfield Road, Kennedy Town, Hong Kong ｜ (852) 5550 0147 ｜ cheukhei.shum@connect.hku.example.hk",
         False, 9.5, WD_ALIGN_PARAGRAPH.CENTER, 10)

    def head(en, zh):
        p = para(f"{en} {zh}", True, 11.5, after=3)
        p.paragraph_format.space_before = Pt(8)
        pPr = p._p.get_or_add_pPr()
        bdr = pPr.makeelement(qn("w:pBdr"), {})
        bottom = bdr.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1",
                                                  qn("w:color"): "444444"})
        bdr.append(bottom)
        pPr.append(bdr)

    def table(rows):
        t = d.add_table(rows=0, cols=2)
        for left, right in rows:
            cells = t.add_row().cells
            cells[0].width = Pt(110)
            cells[1].width = Pt(360)
            cells[0].text = left
            cells[1].text = right

    head("EDUCATION", "學歷")
    table([("2022年9月 – 現在", "Doctor of Philosophy (Urban Planning), The University of Hong Kong 香港大學\n"
                             "Thesis: Staying put in a renewing city (expected: 2026年12月)"),
           ("2020年9月 – 2022年7月", "Master of Science in Urban Design and Planning (part-time), The Chinese "
                                "University of Hong Kong 香港中文大學"),
           ("2016年9月 – 2020年7月", "Bachelor of Social Sciences (Honours) in Geography, Hong Kong Baptist "
                                "University 香港浸會大學, First Class Honours")])
    head("EMPLOYMENT", "工作經驗")
    table([("2022年9月 – 現在", "Teaching Assistant (part-time), Department of Urban Planning and Design, The "
                             "University of Hong Kong"),
           ("2020年8月 – 2022年8月", "Assistant Town Planner 助理城市規劃師, Ove Arup & Partners Hong Kong Ltd "
                                "奧雅納工程顧問"),
           ("2019年6月 – 2019年8月", "Summer Intern 暑期實習生, Urban Renewal Authority 市區重建局")])
    head("RESEARCH INTERESTS", "研究興趣")
    para("Urban renewal and displacement; ageing in place; housing policy in high-density cities; GIS accessibility "
         "analysis 地理資訊系統可達性分析")
    head("PUBLICATIONS", "著作")
    for txt in (
        "Shum, C.H. V., & Ko-Lindahl, R. (2025). Moved but not far: relocation distance and the social contact of "
        "older residents in urban renewal. Urban Studies, 62(9), 1841–1860.",
        "Okonjo-Tsang, M.L., Shum, C.H. V., & Ng, P.K. (2024). Counting subdivided units from building plans: an "
        "open dataset for Hong Kong. Environment and Planning B: Urban Analytics and City Science, 51(4), 902–917.",
        "Shum, C.H. V. (2023). Walkable access to elderly services in Sham Shui Po: a network analysis. Journal of "
        "Transport and Land Use, 16(1), 455–474.",
        "岑卓熙、高立達（2024）。〈市區重建與長者「原區安置」：香港的經驗〉。《城市規劃學刊》，第3期，頁88–96。",
        "Shum, C.H. V., & Ko-Lindahl, R. Land-lease conditions as a tool for ageing in place. Revise and resubmit, "
        "Land Use Policy.",
    ):
        p = para(txt)
        p.paragraph_format.left_indent = Pt(18)
        p.paragraph_format.first_line_indent = Pt(-18)
    head("AWARDS AND SCHOLARSHIPS", "獎項及獎學金")
    para("Hong Kong PhD Fellowship Scheme 香港博士研究生獎學金計劃 (2022)")
    para("HKIP Student Award for Planning Research, Hong Kong Institute of Planners 香港規劃師學會 (2022)")
    para("Dean's List, Faculty of Social Sciences, HKBU (2018, 2019)")
    head("LANGUAGES AND SKILLS", "語言及技能")
    para("Cantonese (native), English (IELTS 8.0), Putonghua (fluent); ArcGIS Pro, QGIS, R, Stata, NVivo")
    d.save(out)
    fix_docx(out)
    write_label(
        out.name,
        name="岑卓熙",
        name_any=["SHUM Cheuk-hei, Vincent", "Vincent Shum", "Shum Cheuk-hei", "Cheuk-hei Shum",
                  "Vincent Shum Cheuk-hei", "SHUM Cheuk-hei"],
        emails=["cheukhei.shum@connect.hku.example.hk"],
        phones=["+85255500147"],
        links=[],
        education=[E("The University of Hong Kong", "phd", "2022-09", None),
                   E("The Chinese University of Hong Kong", "master", "2020-09", "2022-07"),
                   E("Hong Kong Baptist University", "bachelor", "2016-09", "2020-07")],
        experience=[J("The University of Hong Kong", "Teaching Assistant (part-time)", "2022-09", "present"),
                    J("Ove Arup & Partners Hong Kong Ltd", "Assistant Town Planner", "2020-08", "2022-08"),
                    J("Urban Renewal Authority", "Summer Intern", "2019-06", "2019-08")],
        publications_count=5,
        first_author_count=4,
        publications_sample=[
            P("Moved but not far: relocation distance and the social contact of older residents in urban renewal",
              "Urban Studies", 2025, True, "published"),
            P("Counting subdivided units from building plans: an open dataset for Hong Kong",
              "Environment and Planning B: Urban Analytics and City Science", 2024, False, "published"),
            P("市區重建與長者「原區安置」：香港的經驗", "城市規劃學刊", 2024, True, "published"),
            P("Land-lease conditions as a tool for ageing in place", "Land Use Policy", None, True, "under review"),
        ],
        research_interests_any=["Urban renewal and displacement", "ageing in place", "housing policy"],
        awards_count=3,
        language="zh-Hant+en",
        layout="Hong Kong bilingual Word packet kept as DOCX: a one-page 'Research Statement 研究陳述' first, then "
               "(new section, new page) a bilingual CV with bordered headings and borderless two-column tables "
               "whose left cells hold Chinese-format dates",
        notes="Page 1 is a research statement naming the supervisor, a co-author and the committee chair (none of "
              "them is the candidate); its subtitle carries the post and reference applied for. The CV starts on "
              "page 2 with '岑卓熙  SHUM Cheuk-hei, Vincent' (all usual orders accepted). Phone '(852) 5550 0147'. "
              "Dates '2022年9月 – 現在' (現在 = present); the PhD in progress prints two ends, '現在' in the date "
              "cell and '(expected: 2026年12月)' under it, so its end is left null (not scored) and only the start "
              "is scored. "
              "Bilingual employer lines are labelled with the English names. The part-time TA post is a job. "
              "Publications: 4 printed + 1 'Revise and resubmit' (under review, no year) = 5; first author: 1, 3, "
              "the Chinese paper (岑卓熙 first) and the R&R = 4. Awards: HK PhD Fellowship, HKIP student award, "
              "Dean's List (two years on one line, one award) = 3.",
    )
