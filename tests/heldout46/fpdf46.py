"""fpdf2 builders for heldout46: plain PDFs imitating what Apple Pages / a word processor exports for a
hand-formatted CV (02 everything centred, 05 every entry one long line, 11 bilingual paragraphs)."""
from __future__ import annotations

import datetime as dt

from fpdf import FPDF

LIB = "/usr/share/fonts/truetype/liberation/"
SUNG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
FIXED = dt.datetime(2025, 3, 1, 9, 0, 0, tzinfo=dt.UTC)


def new_pdf(family: str, files: dict[str, str], producer: str) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_producer(producer)
    pdf.set_creator(producer)
    for style, f in files.items():
        pdf.add_font(family, style, f)
    pdf.set_auto_page_break(True, margin=20)
    return pdf


# ---------------------------------------------------------------- 02 Irish civil engineer, all centred
def build_02(out):
    pdf = new_pdf("Helv", {"": LIB + "LiberationSans-Regular.ttf", "I": LIB + "LiberationSans-Italic.ttf"},
                  "macOS Version 14.4 (Build 23E214) Quartz PDFContext")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()

    def line(t, size=10.5, style="", gap=5.2):
        pdf.set_font("Helv", style, size)
        pdf.multi_cell(0, gap, t, align="C", new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(4)
        line(t)
        pdf.ln(1.5)

    line("Aoife Brennan-Kearney", size=17, gap=8)
    line("Associate Professor of Structural Engineering")
    line("School of Civil Engineering, University College Dublin, Belfield, Dublin 4")
    line("a.brennan-kearney@example.com  /  +353 (0)1 555 0143")
    head("EDUCATION")
    for block in [("PhD in Structural Engineering", "Trinity College Dublin", "2009–13"),
                  ("BE (Civil), First Class Honours", "University College Cork", "2004–08")]:
        for t in block:
            line(t)
        pdf.ln(2)
    head("APPOINTMENTS")
    for block in [("Associate Professor", "School of Civil Engineering, University College Dublin", "2020 – present"),
                  ("Assistant Professor", "School of Civil Engineering, University College Dublin", "2015–20"),
                  ("Research Associate", "Department of Engineering, University of Cambridge", "2013–15"),
                  ("Graduate Engineer (bridges)", "Arup, Dublin", "2008–09")]:
        for t in block:
            line(t)
        pdf.ln(2)
    head("SELECTED JOURNAL PAPERS")
    for t in ["Brennan-Kearney A, Walsh D. Bayesian updating of scour risk for masonry arch bridges. "
              "Structural Safety 2023; 101: 102311.",
              "Murphy C, Brennan-Kearney A, O'Rourke E. Drive-by bridge monitoring with crowdsourced smartphone data. "
              "Engineering Structures, 2021.",
              "Brennan-Kearney A., Rossi F. & Walsh D. (2019) 'Fatigue reliability of retrofitted steel bridges under "
              "growing traffic', Journal of Bridge Engineering",
              "Tan, W.L., & Brennan-Kearney, A. (2017). Vision-based deflection measurement for short-span bridges. "
              "Structural Control and Health Monitoring 24(9)."]:
        line(t)
        pdf.ln(2)
    head("RESEARCH FUNDING")
    line("Science Foundation Ireland Frontiers for the Future, 'ScourNet', €498,000 (PI), 2022–26")
    line("Transport Infrastructure Ireland, bridge weigh-in-motion study, €120,000 (PI), 2018–20")
    head("HONOURS")
    line("Fulbright TechImpact Scholar, 2019")
    line("IStructE Young Researchers' Prize, 2014")
    head("TEACHING")
    line("CVEN30010 Structural Design II (module coordinator, 2016–present)")
    line("CVEN40150 Bridge Engineering (2020–present)")
    head("PROFESSIONAL")
    line("Chartered Engineer (CEng MIEI), Engineers Ireland")
    line("Associate Editor, Structure and Infrastructure Engineering (2021–)")
    pdf.output(out)


# ---------------------------------------------------------------- 05 Australian hydrologist, one line per entry
def build_05(out):
    pdf = new_pdf("Arial", {"": LIB + "LiberationSans-Regular.ttf"}, "Microsoft® Word for Microsoft 365")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("Arial", "", 10)

    def line(t, gap=1.6):
        pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    line("Dr Bronwyn Achterberg, Senior Lecturer in Hydrology, School of Civil, Environmental and Mining Engineering, "
         "The University of Adelaide, SA 5005, Australia, b.achterberg@example.com, 0491 570 156", gap=4)
    line("A. RESEARCH INTERESTS", gap=1)
    line("Catchment hydrology, bushfire impacts on water supply catchments, ensemble streamflow forecasting", gap=4)
    line("B. EDUCATION", gap=1)
    line("PhD (Hydrology), Department of Civil Engineering, Monash University, Melbourne, 2010-2014, thesis: Soil "
         "moisture memory in south-eastern Australian catchments, supervisor Prof. Graham Holt")
    line("BEng (Civil) (Hons I), University of Western Australia, Perth, 2005-2008", gap=4)
    line("C. EMPLOYMENT", gap=1)
    line("Senior Lecturer, School of Civil, Environmental and Mining Engineering, The University of Adelaide, "
         "Adelaide SA, Jan 2021 - present, teaching hydrology and water resources (CIVENG 3014), supervising 4 PhD "
         "students")
    line("Lecturer, School of Civil, Environmental and Mining Engineering, The University of Adelaide, Jul 2017 - "
         "Dec 2020")
    line("Research Fellow, Department of Infrastructure Engineering, The University of Melbourne, Mar 2014 - Jun "
         "2017, ARC Linkage project on bushfire-affected water supply catchments with Melbourne Water")
    line("Graduate Engineer, GHD Pty Ltd, Perth WA, Feb 2009 - Dec 2009, flood studies and culvert design", gap=4)
    line("D. PUBLICATIONS (refereed journal articles)", gap=1)
    for t in ["Achterberg B, Holt G, Nguyen TT (2022) Post-fire streamflow recovery in the Victorian Alps from "
              "paired-catchment records, Journal of Hydrology 612, 128190",
              "Nguyen TT, Achterberg B (2020) A conceptual model of soil water repellency after bushfire, Water "
              "Resources Research 56(4)",
              "Achterberg, B., Holt, G., 2016. Soil moisture memory and rainfall-runoff nonlinearity in south-eastern "
              "Australia. Hydrology and Earth System Sciences 20, 4011-4027.",
              "Achterberg B et al (2024) Ensemble streamflow forecasts for the Murray-Darling Basin, Environmental "
              "Modelling & Software (accepted)"]:
        line(t)
    pdf.ln(2.4)
    line("E. GRANTS", gap=1)
    line("ARC Discovery Early Career Researcher Award (DECRA) DE220100xxx, Forecasting water supply after "
         "megafires, $427,000, 2022-2025")
    line("Goyder Institute for Water Research, Murray-Darling forecasting pilot, $85,000, 2019-2020", gap=4)
    line("F. AWARDS", gap=1)
    line("Engineers Australia Young Engineer of the Year (South Australia division), 2022")
    line("Australian Postgraduate Award (APA) scholarship, Monash University, 2010-2013", gap=4)
    line("G. SERVICE", gap=1)
    line("Associate Editor, Australasian Journal of Water Resources, 2021 - present; Engineers Australia National "
         "Committee on Water Engineering, member, 2019 - present")
    pdf.output(out)


# ---------------------------------------------------------------- 11 bilingual economist, paragraphs, ——headings——
def build_11(out):
    pdf = new_pdf("Serif", {"": LIB + "LiberationSerif-Regular.ttf"}, "macOS Version 13.6 Quartz PDFContext")
    pdf.add_font("Sung", "", SUNG)
    pdf.set_fallback_fonts(["Sung"])
    pdf.set_margins(24, 22, 24)
    pdf.add_page()

    def par(t, size=11, align="L", gap=2.5):
        pdf.set_font("Serif", "", size)
        pdf.multi_cell(0, 6, t, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def head(t):
        pdf.ln(2)
        par(f"——{t}——", align="L", gap=1.5)

    par("许安澜  Anlan Xu", size=16, align="C", gap=0.5)
    par("上海社会科学院经济研究所 · anlan.xu@example.com · +86 138 0013 8739", align="C", gap=3)
    head("个人简介 Profile")
    par("I am an applied economist working on labour markets and social insurance in China. My research interests "
        "are labour economics, social insurance and internal migration, with a focus on how the hukou system "
        "shapes the pensions and careers of rural migrants. 我的研究关注户籍制度、养老保险与人口流动。")
    head("教育背景 Education")
    par("I received my PhD in Economics from Fudan University (复旦大学经济学院), where I studied from September "
        "2015 to June 2020; my dissertation examined the portability of pension accounts for migrant workers, "
        "supervised by Professor Zhao Peng. Before that I read for a BA in Finance at Xiamen University "
        "(厦门大学), 2011–2015.")
    head("工作经历 Work Experience")
    par("Since August 2022 I have been an Assistant Research Fellow (助理研究员) at the Institute of Economics, "
        "Shanghai Academy of Social Sciences (上海社会科学院). From July 2020 to July 2022 I was a Postdoctoral "
        "Researcher at the National School of Development, Peking University (北京大学国家发展研究院), working "
        "with the China Health and Retirement Longitudinal Study team.")
    head("论文发表 Publications")
    for t in ["Xu A., Lu W. & Zhao P. (2023). Hukou reform and pension participation of rural migrants. China "
              "Economic Review, 78, 101915.",
              "Lu Wen, Xu Anlan: \"Land titling and off-farm labour supply\", Journal of Development Economics, 2021",
              "许安澜，赵鹏。养老保险转移接续与农民工流动——基于流动人口动态监测数据的分析。《经济研究》2022年第5期。"]:
        par(t, align="L", gap=1.5)
    head("科研项目与荣誉 Grants and Honours")
    par("My doctoral thesis received the Fudan University Outstanding Doctoral Dissertation Award (复旦大学优秀博士"
        "学位论文, 2021), and I held the National Scholarship for Doctoral Students (博士研究生国家奖学金) in 2018. "
        "I am the principal investigator of a China Postdoctoral Science Foundation general grant (2021) and of a "
        "Shanghai Philosophy and Social Sciences youth project (2023–2025).")
    head("其他 Other")
    par("Languages: Mandarin (native), English (IELTS 7.5). Software: Stata, R, Python. Referee for China Economic "
        "Review and 《经济学（季刊）》.")
    pdf.output(out)
