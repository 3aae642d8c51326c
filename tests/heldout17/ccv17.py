"""08: a Canadian Common CV ('Generic Academic CV' funder export) drawn with fpdf2."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

SECTIONS = [
    ("Contact Information", [
        ("", "The primary information is denoted by (*)"),
        ("Address", "Primary Affiliation (*)\nDepartment of Kinesiology, McMaster University\n1280 Main Street West\n"
                    "Hamilton Ontario  L8S 4K1\nCanada"),
        ("Telephone", "Work (*)    905-555-0164    extension 23318"),
        ("Email", "Work (*)    tremblaj@mcmaster.example.ca"),
        ("Website", "Personal    https://tremblay-osei-lab.example.ca"),
    ]),
    ("Language Skills", [
        ("", "Language      Read  Write  Speak  Understand  Peer Review\n"
             "English       Yes   Yes    Yes    Yes         Yes\n"
             "French        Yes   Yes    Yes    Yes         Yes\n"
             "Twi           No    No     Yes    Yes         No"),
    ]),
    ("Degrees", [
        ("2011/9 - 2016/6", "Doctorate, Doctor of Philosophy (PhD), Exercise Sciences, University of Toronto\n"
                            "Degree Status: Completed\nThesis Title: Mitochondrial adaptations to sprint interval "
                            "training in adults with type 2 diabetes\nSupervisors: Hollis-Kaur, Renata, 2011/9 - 2016/6"),
        ("2009/9 - 2011/8", "Master's Thesis, Master of Science (MSc), Kinésiologie, Université de Montréal\n"
                            "Degree Status: Completed\nSupervisors: Bélanger-Achebe, Luc, 2009/9 - 2011/8"),
        ("2005/9 - 2009/5", "Bachelor's Honours, BSc (Hons), Kinesiology, McGill University\nDegree Status: Completed"),
    ]),
    ("Recognitions", [
        ("2023/5", "Early Researcher Award\nMinistry of Colleges and Universities (Ontario)\nPrize / Award\n"
                   "Amount: 140,000 (Canadian dollar)"),
        ("2020/11", "New Investigator Award in Physical Activity and Health\nCanadian Society for Exercise Physiology\n"
                    "Honor"),
        ("2016/9 - 2018/8", "Banting Postdoctoral Fellowship\nCanadian Institutes of Health Research (CIHR)\n"
                            "Distinction\nAmount: 140,000 (Canadian dollar)"),
    ]),
    ("User Profile", [
        ("Researcher Status", "Researcher"),
        ("Career Stage", "Mid-career"),
        ("Engaged in Clinical Research?", "Yes"),
        ("Research Interests", "Exercise as medicine in type 2 diabetes; skeletal muscle mitochondrial biology; "
                               "time-efficient interval training; physical activity in older adults"),
        ("Research Specialization Keywords", "high-intensity interval training, insulin sensitivity, mitochondria, "
                                             "muscle biopsy, older adults"),
        ("Disciplines Trained In", "Kinesiology, Physiology"),
        ("Research Disciplines", "Exercise Physiology"),
        ("Areas of Research", "Endocrinology and Metabolism, Skeletal Muscle"),
    ]),
    ("Employment", [
        ("2022/7", "Associate Professor\nKinesiology, Faculty of Science, McMaster University\n"
                   "Full-time, Associate Professor\nTenure Status: Tenure"),
        ("2018/7 - 2022/6", "Assistant Professor\nKinesiology, Faculty of Science, McMaster University\n"
                            "Full-time, Assistant Professor\nTenure Status: Tenure Track"),
        ("2016/9 - 2018/6", "Banting Postdoctoral Fellow\nDepartment of Medicine, McGill University\n"
                            "Full-time, Postdoctoral Fellow"),
    ]),
    ("Research Funding History", [
        ("Awarded [n=3]", ""),
        ("2022/4 - 2027/3\nPrincipal Investigator", "Project Grant, Grant (Operating)\nFunding Sources:\n2022/4 - "
         "2027/3    Canadian Institutes of Health Research (CIHR)    Project Grant\nTotal Funding - 688,500 (Canadian "
         "dollar)\nPortion of Funding Received - 688,500 (Canadian dollar)\nFunding Competitive?: Yes"),
        ("2019/4 - 2024/3\nPrincipal Investigator", "Discovery Grant, Grant\nFunding Sources:\n2019/4 - 2024/3    "
         "Natural Sciences and Engineering Research Council of Canada (NSERC)    Discovery Grants Program - "
         "Individual\nTotal Funding - 155,000 (Canadian dollar)\nFunding Competitive?: Yes"),
        ("2018/9 - 2020/8\nCo-investigator", "Pilot Project, Grant\nFunding Sources:\n2018/9 - 2020/8    Diabetes "
         "Canada    End Diabetes 100 Award\nTotal Funding - 100,000 (Canadian dollar)\nFunding Competitive?: Yes"),
    ]),
]
PUBS = [
    "Tremblay-Osei J*, Marchetti-Ngata P, Hollis-Kaur R. (2024). Ten-minute interval sessions improve insulin "
    "sensitivity in older adults with type 2 diabetes: a randomized trial. Diabetologia. 67(4): 702-715.\n"
    "Published, Refereed?: Yes, Open Access?: Yes\nNumber of Contributors: 3\nAuthors: Tremblay-Osei J*, "
    "Marchetti-Ngata P, Hollis-Kaur R",
    "Dufresne-Amankwah C, Tremblay-Osei J*. (2023). Muscle mitochondrial respiration after detraining in older "
    "women. Journal of Applied Physiology. 134(2): 311-322.\nPublished, Refereed?: Yes, Open Access?: No",
    "Tremblay-Osei J*, Dufresne-Amankwah C, Nakashima-Roy T, Hollis-Kaur R. (2021). Sprint interval training and "
    "PGC-1alpha signalling in type 2 diabetes. Medicine & Science in Sports & Exercise. 53(9): 1840-1851.\n"
    "Published, Refereed?: Yes, Open Access?: No",
    "Nakashima-Roy T, Tremblay-Osei J*. (2025). Adherence to home-based interval training in rural Ontario. "
    "Applied Physiology, Nutrition, and Metabolism.\nAccepted, Refereed?: Yes",
    "Tremblay-Osei J*, Bélanger-Achebe L. (2012). Les effets de l'entraînement par intervalles sur la glycémie "
    "postprandiale. Science & Sports. 27(3): 150-157.\nPublished, Refereed?: Yes, Open Access?: No",
    "Marchetti-Ngata P, Tremblay-Osei J*. Exercise snacks for glycaemic control: a systematic review and "
    "meta-analysis. Sports Medicine.\nSubmitted, Refereed?: Yes",
]


class CCV(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Joanna Tremblay-Osei", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "CIHR Academic CV", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def build_08(out: Path) -> None:
    pdf = CCV(format="Letter")
    pdf.set_creation_date(datetime(2024, 7, 1, tzinfo=UTC))
    pdf.set_creator("Canadian Common CV")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("dv", "B", 15)
    pdf.cell(0, 8, "Dr. Joanna Tremblay-Osei", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Correspondence language: English", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Sex: Female", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date of Birth: 1987-03", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Canadian Residency Status: Canadian Citizen", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def section(title):
        pdf.ln(2)
        pdf.set_font("dv", "B", 11)
        pdf.set_fill_color(228, 232, 238)
        pdf.cell(0, 6.5, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def row(label, text):
        y = pdf.get_y()
        pdf.set_font("dv", "B" if label and "\n" not in text[:0] else "", 8.5)
        pdf.multi_cell(45, 4.2, label, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(pdf.l_margin + 47, y)
        pdf.set_font("dv", "", 8.5)
        pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_y(max(y2, y + 4.2 * (label.count("\n") + 1)) + 2)

    for title, rows in SECTIONS:
        section(title)
        for label, text in rows:
            if label == "" and title == "Language Skills":
                pdf.set_font("Courier", "", 8.5)
                pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            else:
                row(label, text)
    section("Most Significant Contributions")
    row("1.", "Showed that ten-minute interval sessions match the insulin-sensitising effect of 50-minute continuous "
              "exercise in older adults (Diabetologia 2024), now cited in the Diabetes Canada physical activity "
              "guideline.")
    section("Contributions")
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Publications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 9)
    pdf.cell(0, 5, "Journal Articles", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for i, p in enumerate(PUBS, 1):
        row(f"{i}.", p)
    pdf.set_font("dv", "", 7.5)
    pdf.multi_cell(0, 4, "* Presenting Author", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
