"""Typst builders (typst-py): 04 (design CV with a sidebar), 09 (bilingual Chinese chemistry CV)."""
from __future__ import annotations

import typst
from kit18 import EPOCH, FILES, SRC, edu, job, pin_pdf, pub, write_label

TYP04 = r"""
#set document(title: "Rowan Kealoha-Fitzgerald CV", author: "Rowan Kealoha-Fitzgerald")
#set page(paper: "a4", margin: (left: 7.2cm, right: 1.6cm, top: 1.6cm, bottom: 1.6cm),
  background: context { if here().page() == 1 { place(top + left, rect(width: 6cm, height: 100%, fill: rgb("#16324f"))) } },
  footer: context align(right, text(7.5pt, fill: gray)[kealohastudio.example.com.au · #counter(page).display()]))
#set text(font: "DejaVu Sans", size: 9pt, fill: rgb("#222"))
#set par(leading: 0.55em)
#let accent = rgb("#e4572e")
#let sec(t) = block(above: 1.1em, below: 0.5em)[#text(10.5pt, weight: "bold", fill: accent, upper(t)) #v(-0.6em) #line(length: 100%, stroke: 0.4pt + accent)]
#let entry(left, right, body) = block(below: 0.55em)[#grid(columns: (1fr, auto), gutter: 6pt, left, text(fill: gray)[#right]) #body]

#place(top + left, dx: -6.6cm, dy: 0cm, block(width: 5.2cm)[
  #set text(fill: white)
  #text(19pt, weight: "bold")[Rowan] \
  #text(19pt, weight: "light")[Kealoha-Fitzgerald]
  #v(0.3em)
  #text(9pt, fill: rgb("#f2c14e"))[Designer · Educator · Researcher]
  #v(1.2em)
  #text(9pt, weight: "bold", fill: rgb("#f2c14e"))[CONTACT]
  #v(0.2em)
  #text(7.6pt)[✆ +61 491 570 156 \
  ✉ rowan\@kealohastudio.example.com.au \
  ⌂ Marrickville NSW 2204 \
  ◎ instagram.com/kealoha.studio \
  ◈ behance.net/rkealohafitz]
  #v(1.2em)
  #text(9pt, weight: "bold", fill: rgb("#f2c14e"))[RESEARCH INTERESTS]
  #v(0.2em)
  Wayfinding and signage systems \
  Bilingual typography (te reo Māori / English) \
  Design for public space \
  Participatory and co-design
  #v(1.2em)
  #text(9pt, weight: "bold", fill: rgb("#f2c14e"))[TOOLS]
  #v(0.2em)
  Adobe CC · Figma · Glyphs · Rhino · Processing
  #v(1.2em)
  #text(9pt, weight: "bold", fill: rgb("#f2c14e"))[MEMBERSHIPS]
  #v(0.2em)
  AGDA (Member) · Society for Experiential Graphic Design
])

#text(11pt)[Visual communication designer with ten years in wayfinding and identity systems, now teaching and researching bilingual public-space typography.]

#sec[Academic]
#entry[*UNSW Sydney* Lecturer (Education Focused), School of Art & Design][2022 – now][]
#entry[*University of Technology Sydney* Sessional Tutor, Visual Communication][2016 – 2019][Typography 1 and 2; Wayfinding Studio (casual academic, 6 semesters)]

#sec[Selected Projects & Roles]
#entry[*Studio Kealoha* Founder & Creative Director][2019 – now][Wayfinding for Parramatta Light Rail stops (with Transport for NSW, 2020–23); bilingual identity for Te Whare Pora cultural centre, Rotorua (2022).]
#entry[*Frost\*collective* Senior Designer][2015 – 2019][Sydney Metro Northwest signage family; Westmead Health Precinct wayfinding.]
#entry[*Frost\*collective* Designer][2013 – 2015][]

#sec[Education]
#entry[*UNSW Sydney* — Master of Design (Research)][2020 – 2022][Thesis: _Type as Territory: bilingual signage in shared public space_]
#entry[*University of Technology Sydney* — Bachelor of Design in Visual Communication (Honours)][2010 – 2013][First Class Honours]

#sec[Publications & Writing]
Kealoha-Fitzgerald, R. (2023). Type as territory: bilingual wayfinding in Aotearoa and Australia. _Design Issues_, 39(2), 44–58.

Moss, E., Kealoha-Fitzgerald, R., et al. (in press). Wayfinding cues for dementia-friendly hospital corridors. _She Ji: The Journal of Design, Economics, and Innovation_.

Kealoha-Fitzgerald, R., Moss, E., & Tanaka, H. (2024). Co-designing bilingual signage with mana whenua. In _Proceedings of DRS2024 Boston_. Design Research Society.

Kealoha-Fitzgerald, R. (2021). Signs of return: te reo Māori on the street. _Eye Magazine_, 101.

#sec[Exhibitions]
2024 · _Common Ground_, group exhibition, Object Space, Sydney \
2022 · _Letters in Place_, solo exhibition, UNSW Galleries, Paddington \
2019 · _Sydney Design Week: Wayfinding Lab_, Powerhouse Museum

#sec[Awards & Recognition]
2022 · Good Design Award, Gold, Place Design (Parramatta Light Rail wayfinding) \
2021 · AGDA Pinnacle Award, Wayfinding \
2017 · Red Dot Award: Brands & Communication Design (team, Frost\*collective)

#sec[Referees]
Prof. Elena Moss, UNSW Sydney · e.moss\@unsw.example.edu.au \
Dara Whitlock-Oyelaran, Design Director, Frost\*collective · d.whitlock\@frost.example.com
"""

LABEL04 = {
    "file": "04_au_design_lecturer_typst_sidebar.pdf",
    "name": "Rowan Kealoha-Fitzgerald",
    "name_any": [],
    "emails": ["rowan@kealohastudio.example.com.au"],
    "phones": ["+61491570156"],
    "links": ["kealohastudio.example.com.au", "instagram.com/kealoha.studio", "behance.net/rkealohafitz"],
    "education": [
        edu("UNSW Sydney", "master", "2020", "2022"),
        edu("University of Technology Sydney", "bachelor", "2010", "2013"),
    ],
    "experience": [
        job("UNSW Sydney", "Lecturer (Education Focused)", "2022", "present"),
        job("University of Technology Sydney", "Sessional Tutor", "2016", "2019"),
        job("Studio Kealoha", "Founder & Creative Director", "2019", "present"),
        job("Frost*collective", "Senior Designer", "2015", "2019"),
        job("Frost*collective", "Designer", "2013", "2015"),
    ],
    "publications_count": 4,
    "first_author_count": 3,
    "publications_sample": [
        pub("Type as territory: bilingual wayfinding in Aotearoa and Australia", "Design Issues", 2023, True,
            "published"),
        pub("Wayfinding cues for dementia-friendly hospital corridors",
            "She Ji: The Journal of Design, Economics, and Innovation", None, False, "in press"),
        pub("Co-designing bilingual signage with mana whenua", "Proceedings of DRS2024 Boston", 2024, True,
            "published"),
        pub("Signs of return: te reo Māori on the street", "Eye Magazine", 2021, True, "published"),
    ],
    "research_interests_any": ["Wayfinding", "Bilingual typography", "Design for public space"],
    "awards_count": 3,
    "language": "en",
    "layout": "Australian design lecturer / studio founder, Typst (hand-written layout): dark full-height sidebar "
              "on page 1 with icon contact lines, main column with orange capital headings and rules",
    "notes": "Name over two lines in the sidebar ('Rowan' bold / 'Kealoha-Fitzgerald' light). Contact lines behind "
             "icon glyphs (✆ ✉ ⌂ ◎ ◈): phone '+61 491 570 156' (ACMA fiction range), e-mail with the studio domain, "
             "Instagram and Behance handles; the portfolio domain appears only in the running footer. Entries are "
             "'*Organisation* Role' run together on one line (bold only separates them) with the dates "
             "right-aligned; '– now' = present. Jobs sit under 'Academic' and under 'Selected Projects & Roles' "
             "(the heading says projects, the content is employment with project descriptions, which are not "
             "separate jobs); one employer (Frost*collective) with two roles = two jobs. A sessional (casual) tutor "
             "post is a job. Master of Design (Research) = master; Bachelor of Design (Honours) = bachelor. "
             "'Publications & Writing': APA, 'et al.' after the second author, '(in press)' without year, a "
             "conference-proceedings paper (venue 'Proceedings of DRS2024 Boston') and a magazine essay; 3 of 4 "
             "first-authored. Exhibitions are not publications. 'Awards & Recognition': 3. Memberships are not "
             "awards. Referees' e-mails are not the candidate's.",
}


def _typst(name: str, source: str, out_name: str) -> None:
    src = SRC / name
    src.write_text(source, encoding="utf-8")
    out = FILES / out_name
    typst.compile(str(src), output=str(out), timestamp=EPOCH)
    pin_pdf(out)


def build04() -> None:
    _typst("04_design_sidebar.typ", TYP04, LABEL04["file"])
    write_label(LABEL04)

TYP09 = r"""
#set document(title: "简历 CV", author: "")
#set page(paper: "a4", margin: (x: 1.8cm, y: 1.7cm),
  header: context { if here().page() > 1 [#set text(7.5pt, fill: gray); 闻人若溪 WENREN Ruoxi — CV #h(1fr) 南开大学 Nankai University] })
#set text(font: ("Liberation Serif", "Noto Serif CJK SC"), size: 9.5pt, lang: "zh")
#set par(leading: 0.6em, justify: false)
#let sec(zh, en) = block(above: 1.0em, below: 0.45em, fill: rgb("#eef2f7"), inset: (x: 4pt, y: 3pt), width: 100%)[#text(10.5pt, weight: "bold", fill: rgb("#1d3f72"))[#zh #h(0.6em) #en]]
#let row(d, body) = grid(columns: (2.9cm, 1fr), gutter: 8pt, text(fill: rgb("#444"))[#d], body)

#grid(columns: (1fr, auto), gutter: 10pt,
  [#text(20pt, weight: "bold", font: "Noto Sans CJK SC")[闻人若溪] #h(0.5em) #text(13pt, font: "Liberation Sans")[Ruoxi WENREN] \
   #v(0.2em)
   副教授、博士生导师 · Associate Professor, College of Chemistry, Nankai University \
   天津市南开区卫津路94号 (300071) \
   电话 Tel: +86 22 5550 0188 · 邮箱 E-mail: wenrenrx\@nankai.example.edu.cn \
   ORCID: https://orcid.org/0000-0002-1825-0097],
  rect(width: 2.5cm, height: 3.2cm, stroke: 0.5pt + gray)[#align(center + horizon)[#text(8pt, fill: gray)[照片]]])

#sec[研究方向][Research Interests]
光氧化还原催化 photoredox catalysis；有机电化学 organic electrochemistry；镍催化交叉偶联 nickel-catalysed cross-coupling

#sec[教育经历][Education]
#row[2012.09–2017.07][Peking University 北京大学，化学与分子工程学院 \ 理学博士 Ph.D. in Chemistry（导师：周敬 教授）]
#row[2015.10–2016.10][University of Cambridge，Yusuf Hamied Department of Chemistry \ 联合培养博士生 Visiting PhD student (CSC)]
#row[2008.09–2012.07][Nankai University 南开大学，化学学院 \ 理学学士 B.S. in Chemistry（伯苓班）]

#sec[工作经历][Employment]
#row[2022.12–至今][Nankai University 南开大学 化学学院 #h(1fr) 副教授 Associate Professor]
#row[2020.07–2022.11][Nankai University 南开大学 化学学院 #h(1fr) 讲师 Lecturer]
#row[2017.09–2020.06][Massachusetts Institute of Technology, Department of Chemistry #h(1fr) 博士后 Postdoctoral Associate]

#sec[代表性论文][Selected Publications]
#text(8.5pt, fill: rgb("#555"))[\# 共同第一作者 equal contribution；\* 通讯作者 corresponding author]

#set enum(numbering: "1.", spacing: 0.55em)
+ *Wenren R.*\#, Hu Y.\#, Calloway J. T.\* Photoredox nickel catalysis for C–N coupling of aryl sulfonates. _J. Am. Chem. Soc._ 2019, 141, 10238–10244.
+ Hu Y.\#, *Wenren R.*\#, Park S., et al. Electrochemical deuteration of unactivated alkenes. _Angew. Chem. Int. Ed._ 2021, 60, 4411–4417.
+ Li M., Zhang Q., *Wenren R.*\* Ligand-controlled regiodivergent hydroamination of dienes. _ACS Catal._ 2023, 13, 7720–7728.
+ *Wenren R.*\*, Sun Z. Visible-light-driven C–H amination of azines. _Nat. Commun._ 2024, 15, 3301.
+ 闻人若溪, 张琪. 光氧化还原催化在药物合成中的应用进展. 有机化学, 2022, 42(5): 1301–1315.
+ Zhang Q., *Wenren R.*\* Nickel-catalysed decarboxylative arylation in flow. _Chem. Sci._ 2025, accepted（已接收）.
+ Sun Z., Wang L., *Wenren R.*\* Paired electrolysis for alkene difunctionalisation. Submitted to _J. Am. Chem. Soc._（在审）

#sec[科研项目][Grants]
#row[2023.01–2026.12][国家自然科学基金面上项目（22371xxx），主持 PI]
#row[2021.01–2023.12][国家自然科学基金青年科学基金项目，主持 PI]

#sec[荣誉奖励][Honours]
#row[2021][Thieme Chemistry Journals Award]
#row[2018][北京大学优秀博士学位论文 Outstanding Doctoral Dissertation, Peking University]
#row[2015][国家建设高水平大学公派研究生项目奖学金 CSC Scholarship]

#sec[教学与服务][Teaching & Service]
本科生《有机化学》（2021–至今）；研究生《金属有机化学》（2023–至今）。担任 _Chin. J. Chem._ 青年编委（2024–）。
"""

LABEL09 = {
    "file": "09_zh_en_chemistry_assoc_prof_typst_bilingual.pdf",
    "name": "闻人若溪",
    "name_any": ["Ruoxi WENREN", "Ruoxi Wenren", "WENREN Ruoxi", "闻人若溪 Ruoxi WENREN"],
    "emails": ["wenrenrx@nankai.example.edu.cn"],
    "phones": ["+862255500188"],
    "links": ["https://orcid.org/0000-0002-1825-0097"],
    "education": [
        edu("Peking University", "phd", "2012-09", "2017-07"),
        edu("University of Cambridge", "other", "2015-10", "2016-10"),
        edu("Nankai University", "bachelor", "2008-09", "2012-07"),
    ],
    "experience": [
        job("Nankai University", "Associate Professor", "2022-12", "present"),
        job("Nankai University", "Lecturer", "2020-07", "2022-11"),
        job("Massachusetts Institute of Technology", "Postdoctoral Associate", "2017-09", "2020-06"),
    ],
    "publications_count": 7,
    "first_author_count": 4,
    "publications_sample": [
        pub("Photoredox nickel catalysis for C–N coupling of aryl sulfonates", "J. Am. Chem. Soc.", 2019, True,
            "published"),
        pub("Electrochemical deuteration of unactivated alkenes", "Angew. Chem. Int. Ed.", 2021, True, "published"),
        pub("Ligand-controlled regiodivergent hydroamination of dienes", "ACS Catal.", 2023, False, "published"),
        pub("Visible-light-driven C–H amination of azines", "Nat. Commun.", 2024, True, "published"),
        pub("光氧化还原催化在药物合成中的应用进展", "有机化学", 2022, True, "published"),
        pub("Nickel-catalysed decarboxylative arylation in flow", "Chem. Sci.", 2025, False, "accepted"),
        pub("Paired electrolysis for alkene difunctionalisation", "J. Am. Chem. Soc.", None, False, "under review"),
    ],
    "research_interests_any": ["photoredox catalysis", "organic electrochemistry"],
    "awards_count": 3,
    "language": "zh+en",
    "layout": "Chinese-English bilingual chemistry associate professor, Typst (Liberation Serif + Noto Serif CJK SC), "
              "shaded bilingual heading bars, date grid column, photo box, running header from page 2",
    "notes": "Name '闻人若溪' (two-character surname 闻人) followed by 'Ruoxi WENREN'; title line '副教授、博士生导师 · "
             "Associate Professor…'. Headings are bilingual bars ('教育经历 Education'). Rows lead with the English "
             "institution then the Chinese ('Peking University 北京大学，化学与分子工程学院'), so institutions and "
             "employers are labelled in English. Tianjin landline '+86 22 5550 0188' (invented). ORCID as a URL. "
             "The CSC joint-PhD year at Cambridge (联合培养博士生) is education of level 'other' (heldout15 "
             "convention); 伯苓班 is an honours class, not a degree. Jobs: '2022.12–至今' = present; two ranks at "
             "Nankai = two jobs; role right-aligned after the unit. Publications: Typst auto-numbered list "
             "(numbers are in the text layer); '#' equal contribution and '*' corresponding defined above the list; "
             "own name bold; [2] is '#'-co-first with the first author = first author; [3],[6],[7] have the "
             "candidate last with '*' (not first). A Chinese-language paper [5] with journal 有机化学. '2025, "
             "accepted（已接收）' = accepted 2025; 'Submitted to J. Am. Chem. Soc.（在审）' = under review. NSFC grants "
             "are not awards. Honours: 3 (Thieme award, outstanding dissertation, CSC scholarship).",
}


def build09() -> None:
    _typst("09_bilingual_chemistry.typ", TYP09, LABEL09["file"])
    write_label(LABEL09)
