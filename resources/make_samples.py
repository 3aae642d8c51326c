"""Regenerate the sample CVs in resources/samples (invented people, see sample_people.py).

    python resources/make_samples.py

Needs fpdf2 and python-docx (`pip install -e '.[test]'`), plus the DejaVu and
WenQuanYi Micro Hei fonts (Debian: fonts-dejavu-core, fonts-wqy-microhei) for
accented and Chinese text. Output is deterministic: fixed dates, fixed order.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_people import ACADEMIC, CHINESE, INDUSTRY, MARKDOWN, POSTDOC_DOCX  # noqa: E402

OUT = HERE / "samples"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
CJK = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FIXED = dt.datetime(2025, 1, 15, 9, 0, 0, tzinfo=dt.UTC)


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("Sans", fname=str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("Sans", style="B", fname=str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", style="I", fname=str(DEJAVU / "DejaVuSans-Oblique.ttf"))
    return pdf


def academic_two_column(path: Path) -> None:
    p = ACADEMIC
    pdf = _pdf()
    pdf.set_title(f"{p['name']} - CV")
    pdf.set_author(p["name"])
    pdf.add_page()
    side_w, gap = 58, 8
    pdf.set_fill_color(236, 240, 245)
    pdf.rect(0, 0, side_w + 10, 297, style="F")

    # side bar: name, contact with link annotations, skills, languages
    pdf.set_left_margin(10)
    pdf.set_right_margin(210 - 10 - side_w)
    pdf.set_xy(10, 18)
    pdf.set_font("Sans", "B", 17)
    pdf.multi_cell(side_w, 8, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    pdf.multi_cell(side_w, 4.5, p["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for label, text, link in [
        ("Email", p["email"], f"mailto:{p['email']}"), ("Phone", p["phone"], None),
        ("Web", "Homepage", p["homepage"]), ("Code", "GitHub", p["github"]),
        ("Papers", "Google Scholar", p["scholar"]), ("Based in", p["location"], None),
    ]:
        pdf.set_font("Sans", "B", 8)
        pdf.cell(side_w, 4.5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(side_w, 5, text, link=link or "", new_x="LMARGIN", new_y="NEXT")
    for heading, items in (("SKILLS", p["skills"]), ("LANGUAGES", p["languages"])):
        pdf.ln(5)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(side_w, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 8.5)
        for item in items:
            pdf.multi_cell(side_w, 4.6, f"• {item}", new_x="LMARGIN", new_y="NEXT")

    # main column
    left = 10 + side_w + gap + 4
    pdf.set_left_margin(left)
    pdf.set_right_margin(12)
    width = 210 - left - 12
    pdf.set_xy(left, 18)

    def heading(text: str) -> None:
        pdf.ln(2.5)
        pdf.set_font("Sans", "B", 12.5)
        pdf.cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(150, 160, 175)
        pdf.line(left, pdf.get_y(), left + width, pdf.get_y())
        pdf.ln(1.5)

    def entry(title: str, where: str, when: str, note: str = "") -> None:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(width - 42, 5, title)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(42, 5, when, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "I", 9)
        pdf.multi_cell(width, 4.6, where, new_x="LMARGIN", new_y="NEXT")
        if note:
            pdf.set_font("Sans", "", 8.5)
            pdf.multi_cell(width, 4.4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    heading("RESEARCH INTERESTS")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, p["interests"], new_x="LMARGIN", new_y="NEXT")
    heading("EDUCATION")
    for degree, school, when, note in p["education"]:
        entry(degree, school, when, note)
    heading("EXPERIENCE")
    for role, org, when, note in p["experience"]:
        entry(role, org, when, note)
    heading("SELECTED PUBLICATIONS")
    pdf.set_font("Sans", "", 8.5)
    for n, pub in enumerate(p["publications"], 1):
        pdf.multi_cell(width, 4.4, f"[{n}] {pub}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.set_font("Sans", "I", 7.5)
    pdf.cell(width, 4, "* equal contribution", new_x="LMARGIN", new_y="NEXT")
    heading("AWARDS AND HONOURS")
    pdf.set_font("Sans", "", 9)
    for award, year in p["awards"]:
        pdf.cell(width - 20, 5, award)
        pdf.cell(20, 5, year, align="R", new_x="LMARGIN", new_y="NEXT")
    heading("SERVICE")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(width, 4.6, p["service"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def industry_one_column(path: Path) -> None:
    p = INDUSTRY
    pdf = _pdf()
    pdf.set_title(f"{p['name']} - Resume")
    pdf.set_author(p["name"])
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    width = 210 - 36
    pdf.set_font("Sans", "B", 22)
    pdf.cell(width, 11, p["name"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(width, 5, p["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(width, 5, f"{p['location']}  |  {p['phone']}  |  {p['email']}", align="C", new_x="LMARGIN", new_y="NEXT")
    x = 18 + (width - 2 * 24) / 2
    pdf.set_x(x)
    pdf.cell(24, 5, "LinkedIn", link=p["linkedin"], align="C")
    pdf.cell(24, 5, "GitHub", link=p["github"], align="C", new_x="LMARGIN", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(width, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.line(18, pdf.get_y(), 18 + width, pdf.get_y())
        pdf.ln(1.5)

    heading("SUMMARY")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 4.8, p["summary"], new_x="LMARGIN", new_y="NEXT")
    heading("EXPERIENCE")
    for role, org, when, bullets in p["experience"]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 45, 5.5, role)
        pdf.set_font("Sans", "", 9)
        pdf.cell(45, 5.5, when, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "I", 9.5)
        pdf.cell(width, 5, org, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9)
        for bullet in bullets:
            pdf.set_x(22)
            pdf.multi_cell(width - 4, 4.6, f"• {bullet}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    heading("EDUCATION")
    for degree, school, when in p["education"]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(width - 30, 5.5, f"{degree}, {school}")
        pdf.set_font("Sans", "", 9)
        pdf.cell(30, 5.5, when, align="R", new_x="LMARGIN", new_y="NEXT")
    heading("PUBLICATIONS")
    pdf.set_font("Sans", "", 9)
    for pub in p["publications"]:
        pdf.multi_cell(width, 4.6, f"• {pub}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    heading("SKILLS")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(width, 4.8, p["skills"], new_x="LMARGIN", new_y="NEXT")
    heading("AWARDS")
    pdf.set_font("Sans", "", 9.5)
    for award, year in p["awards"]:
        pdf.cell(width, 5, f"{award}, {year}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def postdoc_docx(path: Path) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement
    from docx.shared import Pt

    p = POSTDOC_DOCX
    document = docx.Document()
    props = document.core_properties
    props.author, props.title = p["name"], "Curriculum Vitae"
    props.created = props.modified = FIXED.replace(tzinfo=None)
    props.last_modified_by = p["name"]
    document.sections[0].footer.paragraphs[0].text = f"{p['name']} · {p['email']} · {p['phone']}"
    document.add_heading(p["name"], level=0)
    contact = document.add_paragraph(f"{p['email']}  ·  {p['phone']}  ·  ")
    rel = document.part.relate_to(p["homepage"], RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Homepage"
    run.append(text)
    link.append(run)
    contact._p.append(link)
    document.add_heading("Research Interests", level=1)
    document.add_paragraph(p["interests"])
    document.add_heading("Education", level=1)
    table = document.add_table(rows=0, cols=3)
    for degree, school, when in p["education"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = degree, school, when
    document.add_heading("Appointments", level=1)
    for role, org, when in p["experience"]:
        para = document.add_paragraph()
        para.add_run(role).bold = True
        para.add_run(f", {org}\t{when}")
    document.add_heading("Publications", level=1)
    for pub in p["publications"]:
        document.add_paragraph(pub, style="List Number")
    document.add_heading("Honours and Awards", level=1)
    for award, year in p["awards"]:
        document.add_paragraph(f"{award}, {year}", style="List Bullet")
    document.add_heading("Skills", level=1)
    document.add_paragraph(p["skills"])
    document.add_heading("Referees", level=1)
    document.add_paragraph(p["referee"])
    document.styles["Normal"].font.size = Pt(10.5)
    document.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path) -> None:
    """Rewrite a zip package with fixed member dates, so regenerating gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        members = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, data)


def markdown_cv(path: Path) -> None:
    p = MARKDOWN
    text = f"""---
name: {p['name']}
email: {p['email']}
layout: cv
---
# {p['name']}

Ph.D. candidate in robotics · [Homepage]({p['homepage']}) · [GitHub]({p['github']}) · [Email](mailto:{p['email']})

## Research Interests
Legged locomotion, model-predictive control, sim-to-real transfer.

## Education
- **Ph.D. in Robotics**, KTH Royal Institute of Technology, Stockholm — 2021 – present (expected 2026)
- **M.Sc. in Systems, Control and Robotics**, KTH Royal Institute of Technology — 2019 – 2021
- **B.Sc. in Engineering Physics**, Uppsala University — 2016 – 2019

## Experience
- **Research Intern**, ETH Zürich, Robotic Systems Lab — Jun. 2023 – Sep. 2023
- **Teaching Assistant**, KTH, Course: Robot Motion Planning — 2022 – 2024

## Publications
1. **T. Lindqvist**, A. Berg, M. Haddad. *Terrain-Aware Model-Predictive Control for Quadrupeds*. ICRA, 2024.
2. A. Berg, **T. Lindqvist**. *Learning Contact Schedules from Demonstration*. CoRL, 2023.
3. **T. Lindqvist**\\*, J. Novak\\*, M. Haddad. *Domain Randomisation Without Regret*. NeurIPS, 2023.
4. **T. Lindqvist**, M. Haddad. *Fast Footstep Planning with Learned Heuristics*. IROS, 2022.
5. J. Novak, **T. Lindqvist**. *Sim-to-Real Gaps in Proprioceptive Sensing*. arXiv:2402.09876, 2024.

\\* equal contribution

## Awards
| Year | Award |
|------|-------|
| 2023 | Best Student Paper Finalist, CoRL |
| 2021 | Wallenberg AI, Autonomous Systems and Software Program (WASP) scholarship |

## Skills
Python, C++, ROS 2, PyTorch, MuJoCo, Isaac Gym, Drake
"""
    path.write_text(text, encoding="utf-8")


def chinese_pdf(path: Path) -> None:
    from fpdf import FPDF

    p = CHINESE
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(f"{p['name']} 简历")
    pdf.add_font("CJK", fname=str(CJK))
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    width = 210 - 36
    pdf.set_font("CJK", size=22)
    pdf.cell(width, 12, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("CJK", size=9.5)
    pdf.cell(width, 5.5, f"电话：{p['phone']}    邮箱：{p['email']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5.5, "个人主页", link=p["homepage"], new_x="LMARGIN", new_y="NEXT")

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("CJK", size=13)
        pdf.cell(width, 7.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.line(18, pdf.get_y(), 18 + width, pdf.get_y())
        pdf.ln(1.5)
        pdf.set_font("CJK", size=9.5)

    heading("教育经历")
    for when, school, dept, degree, note in p["education"]:
        pdf.cell(width - 52, 5.5, f"{school}  {dept}  {degree}")
        pdf.cell(52, 5.5, when, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(width, 5.5, note, new_x="LMARGIN", new_y="NEXT")
    heading("工作经历")
    for when, org, role, note in p["experience"]:
        pdf.cell(width - 52, 5.5, f"{org}  {role}")
        pdf.cell(52, 5.5, when, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(width, 5.5, note, new_x="LMARGIN", new_y="NEXT")
    heading("论文发表")
    for n, pub in enumerate(p["publications"], 1):
        pdf.multi_cell(width, 5.2, f"[{n}] {pub}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5, "（* 表示共同第一作者）", new_x="LMARGIN", new_y="NEXT")
    heading("获奖情况")
    for award, year in p["awards"]:
        pdf.cell(width, 5.5, f"{year}年  {award}", new_x="LMARGIN", new_y="NEXT")
    heading("专业技能")
    pdf.multi_cell(width, 5.5, p["skills"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    academic_two_column(OUT / "elena_marchetti_cv.pdf")
    industry_one_column(OUT / "marcus_okafor_resume.pdf")
    postdoc_docx(OUT / "priya_raman_cv.docx")
    markdown_cv(OUT / "tomas_lindqvist_cv.md")
    if CJK.exists():
        chinese_pdf(OUT / "li_mingyuan_resume_zh.pdf")
    else:
        print(f"skipped the Chinese PDF: {CJK} is missing", file=sys.stderr)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
