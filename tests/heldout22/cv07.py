"""07: Dutch mechanical engineer turned data-science lecturer; a Word sidebar made from a two-cell borderless
table (shaded left cell), short year ranges '2012–15', python-docx -> LibreOffice PDF."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, SRC, edu, fix_docx, job, pub, soffice_pdf

NAME = "07_nl_data_science_lecturer_career_changer_word_sidebar_lo.pdf"


def build() -> None:
    d = W.new_doc("Verdana", 9, 1.4)
    W.core(d, "Maarten Oudshoorn", "CV Maarten Oudshoorn 2024 EN")
    W.header_footer(d, None, [("Maarten Oudshoorn – CV – June 2024", "-g")], page_field=False, footer_align="right")
    side_w, main_w = 5.4, 18.2 - 5.4
    t = W.layout_table(d, 1, [side_w, main_w])
    side, main = t.rows[0].cells
    W.shade(side, "E8EEF2")
    R = [(Cm(main_w - 0.4), "right", None)]

    W.cell_text(side, [("MAARTEN\vOUDSHOORN", "+b")], after=8)

    def shead(t):
        W.para(side, [(t, "bB")], before=8, after=2)

    shead("CONTACT")
    for line in ["Kruisstraat 41", "5612 CE Eindhoven", "The Netherlands", "+31 (0)40 555 0173",
                 "m.oudshoorn@example.nl", "linkedin.com/in/maarten-oudshoorn-example"]:
        W.para(side, [(line, "-")], after=0)
    shead("LANGUAGES")
    for line in ["Dutch – native", "English – C2", "German – B2"]:
        W.para(side, [(line, "-")], after=0)
    shead("SKILLS")
    for line in ["Python, SQL, PyTorch", "Time-series & anomaly detection", "Bayesian A/B testing",
                 "SolidWorks, ANSYS (former)", "Teaching in English & Dutch", "Basic Kwalificatie Onderwijs (BKO)"]:
        W.para(side, [(line, "-")], after=0)
    shead("PERSONAL")
    W.para(side, [("Born 1988, Gouda", "-")], after=0)
    W.para(side, [("Driving licence B", "-")], after=0)

    def mhead(t):
        p = W.para(main, [(t, "bB")], before=9, after=3)
        W.bottom_rule(p, "9FB3C2", 4)

    W.cell_text(main, [("Profile", "bB")], after=2)
    W.para(main, "Mechanical engineer (TU Delft, six years in lithography at ASML) who retrained in data science "
                 "and now teaches it. I like turning machine sensor data into decisions and teaching engineers "
                 "to do the same; part-time PhD research on anomaly detection for wafer-stage vibration.", after=2)

    mhead("Relevant Experience")
    entries = [
        ("Lecturer Data Science (0.8 fte)", "2022–present", "Fontys University of Applied Sciences, "
         "School of ICT, Eindhoven", ["Coordinator of the minor Applied Data Science; teach machine learning "
                                      "and data engineering in the Bachelor ICT programme"]),
        ("Data Scientist, Image-Guided Therapy", "2020–22", "Philips, Best",
         ["Predictive-maintenance models for interventional X-ray systems (installed base of 9,000)"]),
    ]
    for title, dates, org, bullets in entries:
        W.para(main, [(title, "b"), "\t" + dates], tabs=R, before=3, after=0)
        W.para(main, [(org, "i")], after=0)
        for b in bullets:
            W.para(main, b, style="List Bullet", after=0)

    mhead("Industry Experience")
    W.para(main, [("ASML", "b"), ", Veldhoven", "\t2012–18"], tabs=R, before=3, after=0)
    W.para(main, [("Senior Design Engineer, Wafer Stage Mechatronics", "i"), "\t2015–18"], tabs=R, after=0)
    W.para(main, "Owner of the short-stroke actuator module; led root-cause analysis on field vibration issues",
           style="List Bullet", after=0)
    W.para(main, [("Design Engineer", "i"), "\t2012–15"], tabs=R, after=0)
    W.para(main, [("DAF Trucks N.V.", "b"), ", Eindhoven – graduation internship (afstudeerstage)",
                  "\tFeb–Aug 2012"], tabs=R, before=4, after=0)

    mhead("Education")
    ed = [("PhD candidate (part-time, external)", "2023–(2027)", "Eindhoven University of Technology (TU/e), "
           "Control Systems Technology – supervisor prof. dr. ir. L. Brandsma"),
          ("MSc Data Science in Business & Entrepreneurship", "2018–20",
           "Jheronimus Academy of Data Science (JADS), 's-Hertogenbosch – cum laude"),
          ("MSc Mechanical Engineering", "2009–12", "Delft University of Technology"),
          ("BSc Werktuigbouwkunde (Mechanical Engineering)", "2006–09", "Delft University of Technology")]
    for deg, dates, org in ed:
        W.para(main, [(deg, "b"), "\t" + dates], tabs=R, before=3, after=0)
        W.para(main, [(org, "i")], after=0)

    mhead("Publications & Awards")
    W.para(main, "Oudshoorn, M., Brandsma, L., & Terpstra, K. (2024). Contrastive embeddings for wafer-stage "
                 "vibration anomalies. Annual Conference of the PHM Society – Europe (PHME 2024), pp. 318–327.",
           style="List Bullet", after=1)
    W.para(main, "Terpstra, K., & Oudshoorn, M. Teaching MLOps with real machine logs: a minor design. "
                 "Submitted to Proceedings of the European Conference on Engineering Education (SEFI 2024).",
           style="List Bullet", after=1)
    W.para(main, "JADS Best Master Thesis Award, 2020", style="List Bullet", after=1)

    docx = SRC / "07_cv.python-docx.docx"
    d.save(docx)
    fix_docx(docx)
    soffice_pdf(docx, FILES / NAME)


LABEL = {
    "file": NAME,
    "name": "Maarten Oudshoorn",
    "name_any": ["MAARTEN OUDSHOORN"],
    "emails": ["m.oudshoorn@example.nl"],
    "phones": ["+31405550173"],
    "links": ["linkedin.com/in/maarten-oudshoorn-example"],
    "education": [
        edu("Eindhoven University of Technology (TU/e)", "phd", "2023", "2027"),
        edu("Jheronimus Academy of Data Science (JADS)", "master", "2018", "2020"),
        edu("Delft University of Technology", "master", "2009", "2012"),
        edu("Delft University of Technology", "bachelor", "2006", "2009"),
    ],
    "experience": [
        job("Fontys University of Applied Sciences", "Lecturer Data Science", "2022", "present"),
        job("Philips", "Data Scientist, Image-Guided Therapy", "2020", "2022"),
        job("ASML", "Senior Design Engineer, Wafer Stage Mechatronics", "2015", "2018"),
        job("ASML", "Design Engineer", "2012", "2015"),
        job("DAF Trucks N.V.", "graduation internship (afstudeerstage)", "2012-02", "2012-08"),
    ],
    "publications_count": 2,
    "first_author_count": 1,
    "publications_sample": [
        pub("Contrastive embeddings for wafer-stage vibration anomalies", "PHME 2024", 2024, True, "published"),
        pub("Teaching MLOps with real machine logs: a minor design", "SEFI 2024", None, False, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 1,
    "language": "en",
    "layout": "Dutch career-changer CV, python-docx: the whole page is a two-cell borderless table with a shaded "
              "left sidebar (contact, languages, skills), right-tab short year ranges, printed by LibreOffice",
    "notes": "Word sidebar layout (one-row borderless table; left cell shaded) printed by LibreOffice; Verdana "
             "falls back to another sans. The name is in the sidebar over two lines in capitals ('MAARTEN' / "
             "'OUDSHOORN'). Short year ranges '2012–18', '2015–18', '2020–22' (= 2020-2022), '2022–present'; "
             "'2023–(2027)' on the part-time external PhD = start 2023, end 2027 (expected, printed in brackets). "
             "'Relevant Experience' and 'Industry Experience' both hold jobs; ASML employer line '2012–18' with two "
             "roles below, each with its own years (two jobs). The DAF graduation internship 'Feb–Aug 2012' is a "
             "job whose title is the printed remark (unsure: some readers would treat it as part of the MSc). "
             "'(0.8 fte)' is not part of the title. JADS MSc 2018-2020 = master. Publications & Awards mixed in "
             "one bulleted list: a PHME 2024 proceedings paper (venue as printed short form) and a 'Submitted to' "
             "SEFI 2024 paper (under review) = 2, first author 1; the thesis award = 1 award. BKO teaching "
             "qualification is a certificate. No research-interests section.",
}
