"""Held-out PDFs: a two-column CV with a left sidebar, and a moderncv-like CV
with dates in a left column."""
from __future__ import annotations

from pathlib import Path

from fpdf.enums import XPos, YPos

from .labels import Edu, Job, Pub, label
from .pdfkit import dated, heading, line, new_pdf, para


def sidebar_pdf(out: Path) -> dict:
    """Contact, skills and interests in a grey sidebar drawn before the main column."""
    file = "01_sidebar_twocol.pdf"
    edu = [Edu("Carnegie Mellon University", "phd", "Robotics", "2021-08", "present"),
           Edu("Universidad Politécnica de Madrid", "master", "Mechanical Engineering", "2019-09", "2021-07"),
           Edu("Tecnológico de Monterrey", "bachelor", "Mechatronics Engineering", "2015-08", "2019-06")]
    edu_text = ["Ph.D. in Robotics", "M.S. in Mechanical Engineering", "B.S. in Mechatronics Engineering"]
    edu_when = ["Aug 2021 – Present", "Sep 2019 – Jul 2021", "Aug 2015 – Jun 2019"]
    jobs = [Job("Boston Dynamics AI Institute", "Research Intern", "2024-05", "2024-08"),
            Job("Robotics Institute, Carnegie Mellon University", "Graduate Research Assistant", "2021-08", "present"),
            Job("Institut de Robòtica i Informàtica Industrial", "Summer Research Fellow", "2019", "2019")]
    job_when = ["May 2024 – Aug 2024", "Aug 2021 – Present", "Summer 2019"]
    pubs = [
        Pub("M. Quintero-Abad, T. Okafor, and R. Lindgren",
            "Contact-Implicit Gait Synthesis for Quadrupeds on Deformable Terrain",
            "Conference on Robot Learning (CoRL), 2024", 2024, True, "CoRL"),
        Pub("J. Hartmann*, M. Quintero-Abad*, and R. Lindgren",
            "Tactile Priors for In-Hand Reorientation of Unknown Objects",
            "IEEE International Conference on Robotics and Automation (ICRA), 2024", 2024, True, "ICRA"),
        Pub("M. Quintero-Abad and R. Lindgren", "Learning Terrain-Aware Footstep Costs from Proprioception",
            "IEEE Robotics and Automation Letters, vol. 8, no. 4, 2023", 2023, True, None),
        Pub("P. Nakamura, M. Quintero-Abad, and R. Lindgren",
            "Differentiable Simulation for Compliant Grasp Planning", "Proc. of IROS, 2022", 2022, False, "IROS"),
        Pub("M. Quintero-Abad, L. Ferrer, and A. Santamaría",
            "A Low-Cost Series-Elastic Actuator for Legged Research Platforms",
            "Proc. of IEEE-RAS Humanoids, 2020", 2020, True, None),
        Pub("T. Okafor and M. Quintero-Abad",
            "Sim-to-Real Transfer of Recovery Policies via Domain-Randomised Falls",
            "arXiv preprint arXiv:2409.11873, 2024", 2024, False, "arXiv"),
    ]
    pdf = new_pdf(margins=12)
    pdf.add_page()
    pdf.set_fill_color(232, 236, 241)
    pdf.rect(0, 0, 64, 297, style="F")
    side = [("CONTACT", "B"), ("✉ m.quintero@andrew.cmu.edu", ""), ("☎ +1 (617) 555-0142", ""),
            ("⌂ marisolqa.github.io", ""), ("github.com/mquintero-abad", ""), ("", ""),
            ("RESEARCH INTERESTS", "B"), ("Legged locomotion", ""), ("Sim-to-real transfer", ""),
            ("Tactile manipulation", ""), ("", ""), ("SKILLS", "B"), ("Python, C++, ROS 2", ""),
            ("PyTorch, JAX", ""), ("MuJoCo, Isaac Gym", ""), ("Drake, CasADi", ""), ("", ""),
            ("LANGUAGES", "B"), ("Spanish (native)", ""), ("English (fluent)", ""), ("Catalan (basic)", "")]
    y = 48.0
    for text, style in side:
        pdf.set_xy(7, y)
        pdf.set_font("sans", style, 10 if style else 8.5)
        pdf.cell(54, 5, text)
        y += 5.6 if text else 3
    pdf.set_left_margin(72)
    pdf.set_xy(72, 16)
    line(pdf, "Marisol Quintero-Abad", family="sans", style="B", size=22, h=10)
    line(pdf, "PhD Candidate · Robotics Institute", family="sans", size=11, h=6)
    heading(pdf, "EDUCATION", family="sans", size=11)
    for e, deg, when in zip(edu, edu_text, edu_when, strict=False):
        dated(pdf, deg, when, family="sans", size=9.5)
        line(pdf, e.institution, family="sans", style="I", size=9.5)
    heading(pdf, "EXPERIENCE", family="sans", size=11)
    places = ["Cambridge, MA", "Pittsburgh, PA", "Barcelona, Spain"]
    for j, when, place in zip(jobs, job_when, places, strict=False):
        dated(pdf, j.title, when, family="sans", size=9.5)
        line(pdf, f"{j.organization} · {place}", family="sans", style="I", size=9.5)
    heading(pdf, "PUBLICATIONS", family="sans", size=11)
    for p in pubs:
        para(pdf, f"{p.authors}. “{p.title}.” {p.venue_printed}.", family="sans", size=9, h=4.6)
        pdf.ln(1)
    line(pdf, "* equal contribution", family="sans", style="I", size=8)
    heading(pdf, "AWARDS", family="sans", size=11)
    for left, right in (("NSF Graduate Research Fellowship", "2022"),
                        ("Best Student Paper Finalist, CoRL", "2024"),
                        ("Fulbright–García Robles Scholarship", "2019")):
        dated(pdf, left, right, family="sans", style="", size=9.5)
    pdf.output(str(out / file))
    return label(file, "Marisol Quintero-Abad", emails=["m.quintero@andrew.cmu.edu"], phones=["+16175550142"],
                 links=["https://marisolqa.github.io", "https://github.com/mquintero-abad"],
                 education=edu, experience=jobs, pubs=pubs,
                 interests=["legged locomotion", "sim-to-real transfer", "tactile manipulation"], awards=3,
                 notes="Sidebar drawn first. 'Summer 2019' read as 2019..2019. First-author: items 1,3,5 "
                       "listed first, item 2 equal-first (*).")


def _left_dates(pdf, when: str, head: str, rest: str = "", *, x_text: float = 52) -> None:
    """A moderncv \\cventry: the dates right-aligned in a narrow left column."""
    y = pdf.get_y()
    pdf.set_font("sans", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(x_text - pdf.l_margin - 3, 5, when, align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x_text, y)
    pdf.set_font("sans", "B", 9.5)
    pdf.multi_cell(0, 5, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if rest:
        pdf.set_x(x_text)
        pdf.set_font("sans", "I", 9)
        pdf.multi_cell(0, 4.6, rest, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)


def _section(pdf, title: str, x_text: float = 52) -> None:
    """moderncv classic: a coloured bar in the date column, the title beside it."""
    pdf.ln(3)
    y = pdf.get_y()
    pdf.set_fill_color(63, 95, 160)
    pdf.rect(pdf.l_margin, y + 2, x_text - pdf.l_margin - 3, 1.2, style="F")
    pdf.set_xy(x_text, y)
    pdf.set_text_color(63, 95, 160)
    pdf.set_font("sans", "", 13)
    pdf.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def moderncv_pdf(out: Path) -> dict:
    file = "02_moderncv_dates_left.pdf"
    edu = [Edu("KTH Royal Institute of Technology", "phd", "Computer Vision", "2017", "2022"),
           Edu("KTH Royal Institute of Technology", "master", "Systems, Control and Robotics", "2015", "2017"),
           Edu("ETH Zürich", "other", None, "2016-02", "2016-07"),
           Edu("Uppsala University", "bachelor", "Engineering Physics", "2012", "2015")]
    edu_rows = [("2017–2022", "Ph.D. in Computer Vision, KTH Royal Institute of Technology, Stockholm",
                 "Thesis: Learning Geometric Correspondence Across Viewpoints and Seasons"),
                ("2015–2017", "MSc in Systems, Control and Robotics, KTH Royal Institute of Technology",
                 "Graduated with distinction"),
                ("02/2016–07/2016", "Exchange semester, ETH Zürich, Switzerland", "Erasmus+ programme"),
                ("2012–2015", "BSc in Engineering Physics, Uppsala University", "")]
    jobs = [Job("Linköping University", "Postdoctoral Researcher", "2022", "present"),
            Job("Meta Reality Labs", "Research Intern", "2021-06", "2021-09"),
            Job("University of Oxford", "Visiting Researcher", "2019-09", "2019-12")]
    job_rows = [("2022–now", "Postdoctoral Researcher, Linköping University",
                 "Computer Vision Laboratory; visual localisation for autonomous ferries"),
                ("06/2021–09/2021", "Research Intern, Meta Reality Labs, Zürich",
                 "Learned feature matching for AR relocalisation"),
                ("Sep. 2019 – Dec. 2019", "Visiting Researcher, University of Oxford",
                 "Visual Geometry Group, hosted by Prof. A. Whitlock")]
    pubs = [
        Pub("T. Lindqvist, E. Sandvik, and A. Holm", "Equivariant Keypoint Descriptors for Rotated Aerial Imagery",
            "IEEE Transactions on Pattern Analysis and Machine Intelligence, 46(2), 2024", 2024, True, "TPAMI"),
        Pub("T. Lindqvist, E. Sandvik, and A. Holm", "Sparse Correspondence Transformers for Wide-Baseline Matching",
            "In Proc. of CVPR, 2023", 2023, True, "CVPR"),
        Pub("E. Sandvik and T. Lindqvist", "Uncertainty-Aware Bundle Adjustment with Learned Priors",
            "In Proc. of ICCV, 2023", 2023, False, "ICCV"),
        Pub("T. Lindqvist and A. Holm", "Self-Supervised Depth from Rolling-Shutter Video",
            "In European Conference on Computer Vision (ECCV), 2022", 2022, True, "ECCV"),
        Pub("M. Berg, T. Lindqvist, and E. Sandvik", "A Benchmark for Visual Localisation under Seasonal Change",
            "International Journal of Computer Vision, 129:2871–2890, 2021", 2021, False, None),
    ]
    pdf = new_pdf(margins=16)
    pdf.add_page()
    pdf.set_font("sans", "", 26)
    pdf.set_text_color(63, 95, 160)
    pdf.cell(0, 12, "Tobias Lindqvist", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(110, 110, 110)
    line(pdf, "Postdoctoral Researcher in Computer Vision", family="sans", style="I", size=12, h=7)
    pdf.set_text_color(0, 0, 0)
    contact = ["Mäster Mikaels gata 7, 118 63 Stockholm, Sweden", "☏ +46 70 123 45 67",
               "✉ tobias.lindqvist@liu.se", "⌂ tlindqvist.se", "github.com/tlindq"]
    pdf.set_y(16)
    for c in contact:
        pdf.set_font("sans", "", 8.5)
        pdf.cell(0, 4.4, c, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    _section(pdf, "Research interests")
    _left_dates(pdf, "", "3D vision, visual localisation, feature matching, self-supervised geometry")
    _section(pdf, "Education")
    for row in edu_rows:
        _left_dates(pdf, *row)
    _section(pdf, "Experience")
    for row in job_rows:
        _left_dates(pdf, *row)
    _section(pdf, "Selected publications")
    for p in pubs:
        _left_dates(pdf, str(p.year), p.title, f"{p.authors}. {p.venue_printed}.")
    _section(pdf, "Honours")
    _left_dates(pdf, "2023", "Outstanding Reviewer, CVPR 2023")
    _left_dates(pdf, "2022", "Best PhD Thesis Award, Swedish Society for Automated Image Analysis")
    _section(pdf, "Languages")
    _left_dates(pdf, "Swedish", "Mother tongue")
    _left_dates(pdf, "English", "Fluent (C2)")
    _left_dates(pdf, "German", "Intermediate (B1)")
    pdf.output(str(out / file))
    return label(file, "Tobias Lindqvist", emails=["tobias.lindqvist@liu.se"], phones=["+46701234567"],
                 links=["tlindqvist.se", "github.com/tlindq"], education=edu, experience=jobs, pubs=pubs,
                 interests=["visual localisation", "feature matching"], awards=2,
                 notes="Publication dates sit in the left column; the venue line carries the year too. "
                       "Exchange semester = degree_level other.")
