"""Held-out set 8, builders 01-05 (English PDF): a Jake's-resume master's student with
project-style paper blocks, a postdoc with IEEE numbers in their own column, a Word-made PDF
with author-year references, an sb2nov resume with venue tags, and an icon-decorated CV with
quoted titles."""
from __future__ import annotations

from pathlib import Path

from kit8 import gutter_entry, label, left_right, line, new_pdf, rule, three_cells

GREY = (90, 90, 90)
BLUE = (20, 70, 140)


def jake_projects(folder: Path) -> dict:
    name = "01_ml_master_jake_project_papers.pdf"
    pdf = new_pdf(serif=True, margins=(14, 12, 14))
    line(pdf, "Tomasz Adeyemi-Lund", 22, "B", align="C", h=10)
    line(pdf, "+1 (617) 555-0142  |  tadeyemi@mail.example.edu  |  linkedin.com/in/tadeyemi  |  github.com/tlund",
         9.5, align="C")

    def head(t: str) -> None:
        pdf.ln(2.5)
        line(pdf, t.upper(), 11.5, h=6)
        rule(pdf, width=0.3)

    def row(a: str, b: str, c: str, d: str) -> None:
        left_right(pdf, a, b, 10.5, "B", rstyle="")
        left_right(pdf, c, d, 9.5, "I", rstyle="I")

    def bullet(t: str) -> None:
        line(pdf, "  •  " + t, 9.5, h=4.6)

    head("Education")
    edu = [("Marlow Institute of Technology", "Cambridge, MA",
            "Master of Science in Electrical Engineering and Computer Science", "Sep. 2022 – expected March 2024",
            "master", "2022-09", "2024-03"),
           ("Marlow Institute of Technology", "Cambridge, MA",
            "Bachelor of Science in Computer Science, Minor in Mathematics", "Sep. 2018 – May 2022",
            "bachelor", "2018-09", "2022-05")]
    for inst, city, deg, when, *_ in edu:
        row(inst, city, deg, when)
    head("Research Projects")
    for t, when, adv, bl in [
            ("Uncertainty-aware retrieval for clinical notes", "Jan. 2023 – Present",
             "Advisor: Prof. Helena Vasquez-Arden, Marlow Clinical Language Group",
             ["Built a retrieval-augmented summariser with conformal abstention; 14% fewer unsupported claims."]),
            ("Weak labels for ICD coding", "Jun. 2021 – May 2022",
             "Advisor: Dr. Oren Falkenrath (undergraduate thesis)",
             ["Trained contrastive encoders on 2M discharge notes with noisy billing codes."])]:
        row(t, when, adv, "")
        for b in bl:
            bullet(b)
    head("Experience")
    exp = [("Quillon Health", "Boston, MA", "Machine Learning Intern", "Jun. 2023 – Aug. 2023", "2023-06", "2023-08",
            ["Shipped a de-identification model used on 40k notes a day."]),
           ("Marlow Institute of Technology, Dept. of EECS", "Cambridge, MA", "Graduate Teaching Assistant",
            "Sep. 2022 – Dec. 2023", "2022-09", "2023-12",
            ["Fall 2023: 6.861 Natural Language Processing (120 students), held weekly recitations.",
             "Spring 2023: 6.036 Introduction to Machine Learning, wrote two problem sets."])]
    for org, city, t, when, _s, _e, bl in exp:
        row(org, city, t, when)
        for b in bl:
            bullet(b)
    head("Publications and Submitted Manuscripts")
    pubs = [("Calibrated Retrieval-Augmented Generation for Discharge Summaries under Label Shift", "NeurIPS", 2024,
             True, "under review", ["T. Adeyemi-Lund", "H. Vasquez-Arden"],
             ["Calibrated Retrieval-Augmented Generation for Discharge", "Summaries under Label Shift"],
             "2024 NeurIPS, Under Review", "First Author",
             ["Conformal abstention on retrieved evidence; evaluated on three hospital systems."]),
            ("Sparse Prompt Tuning for Low-Resource Clinical Coding", "EMNLP Findings", 2023, False, "published",
             ["M. Okoro", "T. Adeyemi-Lund", "H. Vasquez-Arden"],
             ["Sparse Prompt Tuning for Low-Resource Clinical Coding"], "2023 EMNLP Findings, Published",
             "Second Author", ["Prompt masks learned with an L0 penalty; +3.2 macro-F1 on rare codes."]),
            ("Label-Efficient ICD Coding with Contrastive Pretraining on Billing Noise", "ACL Workshop", 2022, True,
             "published", ["T. Adeyemi-Lund", "O. Falkenrath"],
             ["Label-Efficient ICD Coding with Contrastive Pretraining on", "Billing Noise"],
             "2022 ClinicalNLP Workshop at ACL, Published", "First Author",
             ["Undergraduate thesis work."])]
    for p in pubs:
        for i, t in enumerate(p[6]):
            if i == 0:
                left_right(pdf, t, p[8], 10.5, "B", rstyle="I")
            else:
                line(pdf, t, 10.5, "B")
        line(pdf, p[7], 9.5, "I")
        for b in p[9]:
            bullet(b)
        pdf.ln(1)
    head("Honors")
    awards = ["Marlow Presidential Graduate Fellowship, 2022", "Dean's List, all eight semesters, 2018–2022"]
    for a in awards:
        bullet(a)
    head("Technical Skills")
    line(pdf, "Languages: Python, C++, SQL    Frameworks: PyTorch, JAX, Hugging Face    Tools: Slurm, Docker", 9.5)
    pdf.output(str(folder / name))
    return label(
        name, "Tomasz Adeyemi-Lund", [], ["tadeyemi@mail.example.edu"], ["+16175550142"],
        ["linkedin.com/in/tadeyemi", "github.com/tlund"], [(e[0], e[4], e[5], e[6]) for e in edu],
        [(e[0], e[2], e[4], e[5]) for e in exp], len(pubs), sum(p[3] for p in pubs),
        [p[:6] for p in pubs], [], len(awards),
        "Jake's resume look (serif, centred name, '|' contact line, capital headings over a rule, bold "
        "'Org  ...  City' over italic 'Role  ...  dates'). Same institution printed again for the second "
        "degree; master's end 'expected March 2024' (2024-03). Research projects carry an 'Advisor:' line "
        "in the role slot and are not jobs (not labelled as experience). TA bullets start with term dates "
        "('Fall 2023:'), not entries. Heading 'Publications and Submitted Manuscripts'; each paper is a "
        "project-style block: bold title wrapped over two lines (first line has an italic 'First Author' / "
        "'Second Author' label at the right), then 'YYYY Venue, Status', then bullets. No author list is "
        "printed: authorship comes from the label; authors in the label are what the reader infers.",
        layout="Jake's resume, project-style papers")


def ieee_column_postdoc(folder: Path) -> dict:
    name = "02_wireless_postdoc_ieee_number_column.pdf"
    pdf = new_pdf(margins=(16, 14, 16), footer="Ingrid Solvang-Mbeki — Curriculum Vitae")
    left_right(pdf, "Ingrid Solvang-Mbeki", "isolvang@ee.fjordheim.example.no", 18, "B", color=GREY, h=9)
    left_right(pdf, "Postdoctoral Researcher, Wireless Systems", "+47 555 01 318", 10, "", color=GREY)
    pdf.ln(2)

    def head(t: str) -> None:
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_fill_color(*BLUE)
        pdf.rect(pdf.l_margin, y + 0.8, 1.6, 4.5, style="F")
        pdf.set_x(pdf.l_margin + 3)
        pdf.set_font("main", "B", 12)
        pdf.set_text_color(*BLUE)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def sub(t: str) -> None:
        line(pdf, t, 10, "BI", h=5.5)

    head("Research Expertise")
    topics = [("Wireless sensing", "Channel-state sensing of people and machines with commodity radios."),
              ("Edge inference", "Splitting neural receivers between base stations and devices."),
              ("Integrated sensing and communication", "Waveforms that serve data and radar at once.")]
    for t, d in topics:
        sub(t)
        line(pdf, d, 9.5, h=4.8)
    head("Appointments")
    exp = [("Nov. 2021 –\nPresent", "Postdoctoral Researcher, Department of Electronic Systems, Fjordheim "
            "University of Technology", "Fjordheim University of Technology", "Postdoctoral Researcher",
            "2021-11", "present"),
           ("Sep. 2016 –\nAug. 2017", "Radio Engineer, Nordvik Telecom Labs, Bergtun", "Nordvik Telecom Labs",
            "Radio Engineer", "2016-09", "2017-08")]
    for d, t, *_ in exp:
        gutter_entry(pdf, d, t, 9.5, gutter=30)
        pdf.ln(1)
    head("Education")
    edu = [("Sep. 2017 –\nOct. 2021", "Ph.D. in Electronic Systems, Fjordheim University of Technology. Thesis: "
            "Passive Wi-Fi sensing at scale.", "Fjordheim University of Technology", "phd", "2017-09", "2021-10"),
           ("Sep. 2014 –\nJun. 2016", "M.Sc. in Communication Technology, Fjordheim University of Technology",
            "Fjordheim University of Technology", "master", "2014-09", "2016-06"),
           ("Sep. 2011 –\nJun. 2014", "B.Sc. in Electrical Engineering, University of Kestrel Bay",
            "University of Kestrel Bay", "bachelor", "2011-09", "2014-06")]
    for d, t, *_ in edu:
        gutter_entry(pdf, d, t, 9.5, gutter=30)
        pdf.ln(1)
    head("Publications")
    groups = [
        ("Journal Papers", [
            ("Passive respiration sensing with commodity Wi-Fi in multi-person rooms",
             "IEEE Trans. Wireless Commun.", 2023, True, "published", ["I. Solvang-Mbeki", "T. Ruud", "K. Amadi"],
             'I. Solvang-Mbeki, T. Ruud, and K. Amadi, "Passive respiration sensing with commodity Wi-Fi in '
             'multi-person rooms," IEEE Trans. Wireless Commun., vol. 22, no. 4, pp. 2311–2325, Apr. 2023.'),
            ("Split neural receivers for uplink massive MIMO", "IEEE J. Sel. Areas Commun.", 2022, False,
             "published", ["K. Amadi", "I. Solvang-Mbeki", "et al."],
             'K. Amadi, I. Solvang-Mbeki, et al., "Split neural receivers for uplink massive MIMO," IEEE J. Sel. '
             'Areas Commun., vol. 40, no. 9, pp. 2650–2664, Sep. 2022.')]),
        ("Conference Papers", [
            ("Gait identification from channel state information with few labels", "INFOCOM", 2022, True,
             "published", ["I. Solvang-Mbeki", "T. Ruud"],
             'I. Solvang-Mbeki and T. Ruud, "Gait identification from channel state information with few labels,"'
             " in Proc. IEEE INFOCOM, London, U.K., May 2022, pp. 1021–1030."),
            ("Joint radar-communication beam training at 60 GHz", "ICC", 2021, False, "published",
             ["L. Haugen", "I. Solvang-Mbeki", "K. Amadi"],
             'L. Haugen, I. Solvang-Mbeki, and K. Amadi, "Joint radar-communication beam training at 60 GHz," in '
             "Proc. IEEE ICC, Montreal, QC, Canada, Jun. 2021, pp. 1–6."),
            ("Domain shift in Wi-Fi activity recognition: a measurement study", "MobiCom", 2020, True, "published",
             ["I. Solvang-Mbeki", "L. Haugen", "T. Ruud"],
             'I. Solvang-Mbeki, L. Haugen, and T. Ruud, "Domain shift in Wi-Fi activity recognition: a measurement '
             'study," in Proc. ACM MobiCom, London, U.K., Sep. 2020, pp. 411–423.')]),
        ("Under Submission", [
            ("Sensing-assisted handover for low-altitude drones", "IEEE Trans. Mobile Comput.", 2025, True,
             "under review", ["I. Solvang-Mbeki", "K. Amadi", "T. Ruud"],
             'I. Solvang-Mbeki, K. Amadi, and T. Ruud, "Sensing-assisted handover for low-altitude drones," '
             "submitted to IEEE Trans. Mobile Comput., 2025.")])]
    pubs = []
    for g, items in groups:
        sub(g)
        for i, p in enumerate(items, 1):
            gutter_entry(pdf, f"[{i}]", p[6], 9.2, gutter=12, align_left="R", h=4.6)
            pdf.ln(0.8)
            pubs.append(p)
    head("Honors")
    awards = ["2022  Best Paper Award, IEEE ICC Workshop on Sensing", "2021  Fjordheim Doctoral Prize"]
    for a in awards:
        line(pdf, a, 9.5)
    pdf.output(str(folder / name))
    return label(
        name, "Ingrid Solvang-Mbeki", [], ["isolvang@ee.fjordheim.example.no"], ["+4755501318"], [],
        [(e[2], e[3], e[4], e[5]) for e in edu], [(e[2], e[3], e[4], e[5]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs],
        ["Wireless sensing", "Edge inference", "Integrated sensing and communication"], len(awards),
        "Name left, e-mail and a Norwegian 555 number right-aligned on the same rows; headings with a blue bar. "
        "'Research Expertise' holds bold-italic topic sub-headings, each with a sentence (the topics are the "
        "interests). Dates sit in a left column and wrap: 'Nov. 2021 –' over 'Present', 'Sep. 2017 –' over "
        "'Oct. 2021'. Same university printed again for the master's. Publications: IEEE style with the "
        "number '[1]' in its own right-aligned column; numbering restarts under the sub-headings 'Journal "
        "Papers', 'Conference Papers', 'Under Submission' (6 papers, not 3). 'et al.' in one author list. "
        "Venue as printed (IEEE Trans. abbreviations; INFOCOM/ICC/MobiCom for 'in Proc. ...'). The "
        "submitted paper is under review. A running footer repeats her name.",
        layout="left date column, IEEE numbers in a column")


def word_author_year(folder: Path) -> dict:
    name = "03_imaging_scientist_word_author_year.pdf"
    pdf = new_pdf(margins=(22, 18, 22))
    line(pdf, "Rukayat A. Okafor-Lindqvist", 16, h=8)
    line(pdf, "Flat 4, 21 Tannery Row, Leeds LS9 0ZZ  ·  +44 113 496 0512  ·  r.okafor-lindqvist@example.ac.uk",
         10, h=5)

    def head(t: str) -> None:  # body size and weight: only caps, space and a rule set it apart
        pdf.ln(4)
        line(pdf, t.upper(), 10.5, h=5.5)
        rule(pdf, (140, 140, 140), 0.2)

    def body(t: str) -> None:
        line(pdf, t, 10.5, h=5.2)

    head("Current position")
    exp = [("Pemberton University", "Research Associate", "Oct 2022 – present", "2022-10", "present",
            "Research Associate. Pemberton University. Centre for Computational Imaging."),
           ("Hollinsworth NHS Foundation Trust", "Clinical Scientist (Medical Physics)", "Sep 2016 – Sep 2018",
            "2016-09", "2018-09",
            "Clinical Scientist (Medical Physics). Hollinsworth NHS Foundation Trust. Radiotherapy Physics.")]
    left_right(pdf, exp[0][5], exp[0][2], 10.5, "", rstyle="")
    head("Previous employment")
    left_right(pdf, exp[1][5], exp[1][2], 10.5, "", rstyle="")
    head("Education")
    edu = [("University of Aldgate", "phd", "2018-10", "2022-09",
            "PhD, Medical Imaging, University of Aldgate", "Oct 2018 – Sep 2022"),
           ("University of Aldgate", "master", "2015", "2016",
            "MSc, Medical Physics (Distinction), University of Aldgate", "2015 – 2016"),
           ("Calder Vale University", "bachelor", "2012", "2015",
            "BSc (Hons), Physics, Calder Vale University", "2012 – 2015")]
    for *_, t, when in edu:
        left_right(pdf, t, when, 10.5, "", rstyle="")
    head("Research interests")
    body("Motion correction in MRI; self-supervised reconstruction; uncertainty in segmentation.")
    head("Publications")
    body("* denotes equal contribution.")
    pubs = [
        ("Self-supervised motion correction for free-breathing cardiac MRI", "MICCAI", 2024, True, "published",
         ["Okafor-Lindqvist, R.A.*", "Benedetti, C.*", "Harrow, D."],
         "Okafor-Lindqvist, R.A.*, Benedetti, C.* and Harrow, D., 2024, October. Self-supervised motion correction "
         "for free-breathing cardiac MRI. In International Conference on Medical Image Computing and "
         "Computer-Assisted Intervention (MICCAI) (pp. 212-222). Cham: Springer Nature Switzerland."),
        ("Calibrated uncertainty for cardiac segmentation under scanner shift", "Medical Image Analysis", 2023,
         False, "published", ["Benedetti, C.", "Okafor-Lindqvist, R.A.", "Harrow, D."],
         "Benedetti, C., Okafor-Lindqvist, R.A. and Harrow, D., 2023. Calibrated uncertainty for cardiac "
         "segmentation under scanner shift. Medical Image Analysis, 88, p.102874."),
        ("Learned k-space interpolation for accelerated T1 mapping", "ISBI", 2022, True, "published",
         ["Okafor-Lindqvist, R.A.", "Harrow, D."],
         "Okafor-Lindqvist, R.A. and Harrow, D., 2022, March. Learned k-space interpolation for accelerated T1 "
         "mapping. In 2022 IEEE 19th International Symposium on Biomedical Imaging (ISBI) (pp. 1-5). IEEE."),
        ("Dose-volume constraints from deformable registration in adaptive radiotherapy",
         "Physics in Medicine & Biology", 2019, False, "published",
         ["Marsh, E.", "Okafor-Lindqvist, R.A.", "Quayle, J.", "Harrow, D."],
         "Marsh, E., Okafor-Lindqvist, R.A., Quayle, J. and Harrow, D., 2019. Dose-volume constraints from "
         "deformable registration in adaptive radiotherapy. Physics in Medicine & Biology, 64(17), p.175012."),
        ("Test-time adaptation for MRI reconstruction across field strengths", "Magnetic Resonance in Medicine",
         2025, True, "in press", ["Okafor-Lindqvist, R.A.", "Singh, P.", "Harrow, D."],
         "Okafor-Lindqvist, R.A., Singh, P. and Harrow, D., 2025. Test-time adaptation for MRI reconstruction "
         "across field strengths. Magnetic Resonance in Medicine (in press).")]
    for p in pubs:
        line(pdf, p[6], 10.5, h=5.2)
        pdf.ln(1.5)
    head("Honours and awards")
    awards = ["MICCAI Student Travel Award, 2024", "Aldgate Doctoral Thesis Prize, 2022",
              "Institute of Physics and Engineering in Medicine Early Career Prize, 2019"]
    for a in awards:
        body(a)
    head("References")
    for r in ["Prof. Daniel Harrow, Centre for Computational Imaging, Pemberton University — d.harrow@example.ac.uk",
              "Dr. Chiara Benedetti, University of Aldgate — c.benedetti@aldgate.example.ac.uk"]:
        body(r)
    pdf.output(str(folder / name))
    return label(
        name, "Rukayat A. Okafor-Lindqvist", ["Rukayat Okafor-Lindqvist"], ["r.okafor-lindqvist@example.ac.uk"],
        ["+441134960512"], [], [e[:4] for e in edu], [e[:2] + e[3:5] for e in exp], len(pubs), sum(p[3] for p in pubs),
        [p[:6] for p in pubs], ["Motion correction in MRI", "self-supervised reconstruction"], len(awards),
        "A Word-made PDF: headings have the body's size and weight (10.5 pt regular) and differ only by capitals, "
        "space before and a grey rule. Jobs are printed 'Role. Org. Unit.' separated by full stops with dates "
        "at the right margin; headings 'Current position' and 'Previous employment'. Master's dated '2015 – "
        "2016' (years only). Publications in the Google Scholar 'Harvard' export: 'Surname, A.B.*, Surname, C.* "
        "and Surname, D., 2024, October. Title. In Proceedings...'; '*' = equal contribution (stated), so the "
        "first entry is hers. Venue: MICCAI and ISBI by their short names, journals as printed. The last entry "
        "is '(in press)'. Referees' e-mails under References are not the candidate's. UK phone in the "
        "reserved 0113 496 0xxx drama range.",
        layout="Word-made PDF, body-size capital headings, author-year references")


def sb2nov_venue_tags(folder: Path) -> dict:
    name = "04_robotics_student_sb2nov_venue_tags.pdf"
    pdf = new_pdf(margins=(12, 10, 12), footer="kaveh-oduya.example.io", page_numbers=False)
    left_right(pdf, "Kaveh Oduya-Brandt", "Email : kaveh.ob@example.com", 18, "B", h=8)
    left_right(pdf, "", "Mobile : +1-412-555-0187", 9.5, "", h=4.5)
    pdf.ln(1)

    def head(t: str) -> None:
        pdf.ln(2)
        line(pdf, t.upper(), 11, "B", h=6, color=(40, 40, 40))
        rule(pdf, width=0.25)

    head("Education")
    edu = [("Carnegie Ridge University", "Pittsburgh, PA", "Master of Science in Robotics; GPA: 3.94",
            "Aug. 2023 – May 2025", "master", "2023-08", "2025-05"),
           ("Lakeshore Polytechnic Institute", "Toronto, ON", "Bachelor of Applied Science in Mechatronics",
            "Sep. 2018 – Apr. 2023", "bachelor", "2018-09", "2023-04")]
    for inst, city, deg, when, *_ in edu:
        left_right(pdf, inst, city, 10, "B")
        left_right(pdf, deg, when, 9.5, "I", rstyle="I")
    head("Experience")
    exp = [("Lumenfold Robotics", "Perception Intern", "Pittsburgh, PA", "May 2024 – Aug. 2024", "2024-05",
            "2024-08"),
           ("Carnegie Ridge University", "Graduate Research Assistant", "Pittsburgh, PA", "Sep. 2023 – Present",
            "2023-09", "present"),
           ("Ostrander Automation", "Controls Co-op", "Waterloo, ON", "Jan. 2022 – Aug. 2022", "2022-01",
            "2022-08")]
    for org, t, city, when, *_ in exp:
        three_cells(pdf, f"{org} {t}", city, when, 10)
        line(pdf, "   ◦ Built and evaluated perception modules for mobile manipulation.", 9.3, h=4.6)
    head("Publications")
    pubs = [("Tactile-Visual Grasp Refinement with Diffusion Policies", "ICRA", 2025, True, "published",
             ["K. Oduya-Brandt", "S. Whitcombe"], "May 2025",
             "First author. Refines grasps from a tactile image and a depth crop; 91% success on 40 unseen objects."),
            ("Occlusion-Robust 6-DoF Pose Tracking for Deformable Packaging", "IROS", 2024, False, "published",
             ["S. Whitcombe", "K. Oduya-Brandt"], "Oct 2024",
             "Second author. Keypoint tracker with a learned occlusion mask."),
            ("Learning Where to Touch: Active Tactile Exploration", "CoRL", 2025, True, "under review",
             ["K. Oduya-Brandt", "S. Whitcombe"], "Jun 2025", "Under review. First author.")]
    for p in pubs:
        left_right(pdf, f"[{p[1]}] {p[0]}", p[6], 10, "B", rstyle="")
        line(pdf, "   " + p[7], 9.3, h=4.6)
    head("Skills Summary")
    for t in ["Languages: Python, C++, Rust", "Robotics: ROS 2, MoveIt, Isaac Sim, Drake",
              "ML: PyTorch, diffusion policies, 3D vision"]:
        line(pdf, "   • " + t, 9.5, h=4.8)
    head("Honors and Awards")
    awards = ["Carnegie Ridge Robotics Fellowship (2023)", "Lakeshore Dean's Honour List (2019–2023)"]
    for a in awards:
        line(pdf, "   • " + a, 9.5, h=4.8)
    pdf.output(str(folder / name))
    return label(
        name, "Kaveh Oduya-Brandt", [], ["kaveh.ob@example.com"], ["+14125550187"], ["kaveh-oduya.example.io"],
        [(e[0], e[4], e[5], e[6]) for e in edu], [(e[0], e[1], e[4], e[5]) for e in exp], len(pubs),
        sum(p[3] for p in pubs), [p[:6] for p in pubs], [], len(awards),
        "sb2nov/resume look: name left, 'Email : ...' and 'Mobile : ...' right-aligned, small capital headings "
        "with a rule, bold 'Org ... City' over italic 'Degree; GPA ... dates'. Experience rows are three "
        "cells where the first cell runs 'Company Role' together ('Lumenfold Robotics Perception Intern'), "
        "then a centred city and right dates. Publications carry no authors: '[ICRA] Title' with a right-"
        "aligned 'May 2025' and a description line ('Second author.' / 'Under review. First author.'); venue "
        "from the bracketed tag, year from the date. Authorship as the description says. The homepage appears "
        "only in the running footer.",
        layout="sb2nov resume, venue tags")


def icons_quoted_titles(folder: Path) -> dict:
    name = "05_social_computing_phd_icons_quoted.pdf"
    pdf = new_pdf(margins=(15, 0, 15))
    teal = (0, 110, 120)
    pdf.set_fill_color(*teal)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_y(7)
    line(pdf, "Selin Marwick-Adu", 20, "B", color=(255, 255, 255), h=9)
    line(pdf, "✉ selin.ma@info.example.edu    ☎ +1 206 555 0163    ⌂ selinma.example.org", 9.5,
         color=(255, 255, 255))
    pdf.set_y(36)

    def head(t: str) -> None:
        pdf.ln(2)
        line(pdf, t, 13, "B", color=teal, h=7)

    def sub(t: str) -> None:
        line(pdf, t, 10.5, "I", color=GREY, h=5.5)

    head("Education")
    edu = [("Ravensholm University", "◆ Ph.D. in Information Science", "2021 – 2026 (expected)", "phd", "2021", "2026"),
           ("Ravensholm University", "◆ M.S. in Information Science (en route)", "2021 – 2023", "master", "2021",
            "2023"),
           ("Tamsin College", "◆ B.A. in Sociology and Statistics", "2016 – 2020", "bachelor", "2016", "2020")]
    for inst, deg, when, *_ in edu:
        left_right(pdf, deg, when, 10, "B", rstyle="")
        line(pdf, "    " + inst, 10, h=5)
    head("Experience")
    exp = [("Halyard Research", "Research Scientist Intern", "Summer 2024", "2024", "2024"),
           ("Civic Signals Lab, Ravensholm University", "Graduate Research Assistant", "2021 – present", "2021",
            "present"),
           ("Brightwater Data Collaborative", "Data Analyst", "2020 – 2021", "2020", "2021")]
    for org, t, when, *_ in exp:
        left_right(pdf, "▸ " + t, when, 10, "B", rstyle="")
        line(pdf, "    " + org, 10, h=5)
    head("Publications")
    sub("Peer-reviewed")
    pubs = [("Echo chambers without algorithms: chronological feeds and partisan exposure", "ICWSM", 2024, True,
             "published", ["S. Marwick-Adu", "P. Ilunga", "R. Castellanos"], "ICWSM 2024",
             "Oral presentation", "S. Marwick-Adu, P. Ilunga, R. Castellanos"),
            ("Measuring moderator burnout from public mod logs", "CSCW", 2023, False, "published",
             ["P. Ilunga", "S. Marwick-Adu", "et al."], "CSCW 2023", "Honourable mention",
             "P. Ilunga, S. Marwick-Adu, et al."),
            ("Who answers civic questions on neighbourhood forums?", "Journal of Computer-Mediated Communication",
             2025, True, "in press", ["S. Marwick-Adu", "R. Castellanos"],
             "Journal of Computer-Mediated Communication 2025", "In press", "S. Marwick-Adu, R. Castellanos")]
    pre = [("Synthetic personas do not replicate survey nonresponse", "ACL", 2025, True, "under review",
            ["S. Marwick-Adu", "H. Oyelowo"], "ACL 2025", "Under submission", "S. Marwick-Adu, H. Oyelowo"),
           ("A panel dataset of local news comment sections", None, None, False, "in preparation",
            ["R. Castellanos", "S. Marwick-Adu"], "", "In preparation", "R. Castellanos, S. Marwick-Adu")]
    for group in (pubs, pre):
        if group is pre:
            sub("Preprints & Manuscripts in Preparation")
        for p in group:
            venue = f"  {p[6]}" if p[6] else ""
            line(pdf, f"“{p[0]}”{venue} — {p[7]}", 10, h=5)
            line(pdf, "    " + p[8], 9.3, color=GREY, h=4.6)
            pdf.ln(0.8)
    head("Awards")
    awards = ["Ravensholm Data Science Fellowship (2022)", "ICWSM Best Student Presentation (2024)"]
    for a in awards:
        line(pdf, "★ " + a, 10)
    head("Research Interests")
    line(pdf, "Online communities · Computational social science · Survey methodology", 10)
    pdf.output(str(folder / name))
    allp = pubs + pre
    return label(
        name, "Selin Marwick-Adu", [], ["selin.ma@info.example.edu"], ["+12065550163"], ["selinma.example.org"],
        [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp], len(allp),
        sum(p[3] for p in allp), [p[:6] for p in allp],
        ["Online communities", "Computational social science", "Survey methodology"], len(awards),
        "White name on a teal band, contact after icon glyphs (✉ ☎ ⌂). Degrees and roles start with icon "
        "glyphs ('◆ Ph.D. ...', '▸ Research Scientist Intern') and sit above the institution/organisation on "
        "its own indented line. The PhD and the en-route M.S. are at the same university. 'Summer 2024' is an "
        "internship date (labelled 2024-2024). 'Publications' is followed at once by the sub-heading "
        "'Peer-reviewed'; a second sub-heading 'Preprints & Manuscripts in Preparation'. Each paper: title in "
        "typographic quotes, then 'VENUE YEAR — remark' (Oral presentation, Honourable mention, In press, "
        "Under submission, In preparation), authors on the next grey line with 'et al.'. The in-preparation "
        "paper has no venue or year.",
        layout="header band, icons, quoted titles")
