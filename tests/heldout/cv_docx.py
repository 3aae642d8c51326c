"""Held-out DOCX CVs: a two-column table layout, heading styles with bullets,
a Chinese 简历 and a CV with a References section."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

from .labels import Edu, Job, Pub, label


def new_doc():
    """A document with fixed core dates, so regenerated files are byte-identical."""
    doc = Document()
    when = datetime(2026, 1, 5, 9, 0)
    doc.core_properties.created = doc.core_properties.modified = when
    doc.core_properties.author = "CV Reviewer held-out set"
    return doc


def save_doc(doc, path: Path) -> None:
    """Save with fixed zip entry times (python-docx stamps the current time)."""
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def _bold_par(doc, text: str, size: float = 11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def table_docx(out: Path) -> dict:
    file = "06_docx_table.docx"
    jobs = [Job("BASF SE", "Machine Learning Scientist", "2022-04", "present"),
            Job("Max Planck Institute for Polymer Research", "Postdoctoral Researcher", "2021-10", "2022-03")]
    edu = [Edu("Johannes Gutenberg University Mainz", "phd", "Theoretical Chemistry", "2017-10", "2021-09"),
           Edu("Heidelberg University", "master", "Chemistry", "2015-10", "2017-09"),
           Edu("Uppsala University", "other", None, "2016-03", "2016-07"),
           Edu("Heidelberg University", "bachelor", "Chemistry", "2012-10", "2015-09")]
    pubs = [Pub("F. Achterberg, K. Wendt, S. Yilmaz", "Equivariant message passing for polymer property "
                "prediction", "J. Chem. Theory Comput. 19, 4410 (2023)", 2023, True, "J. Chem. Theory Comput."),
            Pub("K. Wendt, F. Achterberg", "Active learning of coarse-grained force fields",
                "J. Chem. Phys. 156, 214105 (2022)", 2022, False, "J. Chem. Phys."),
            Pub("F. Achterberg, S. Yilmaz", "Machine-learned density functionals for transition-metal complexes",
                "Phys. Chem. Chem. Phys. 23, 11021 (2021)", 2021, True, None),
            Pub("F. Achterberg, S. Yilmaz", "Δ-learning of excited-state energies from ground-state descriptors",
                "J. Phys. Chem. Lett. 11, 8765 (2020)", 2020, True, None)]
    doc = new_doc()
    _bold_par(doc, "Dr. Florian Achterberg", 20)
    doc.add_paragraph("Machine Learning Scientist · Computational Chemistry")
    doc.add_paragraph("Rheinuferstraße 21, 67061 Ludwigshafen am Rhein, Germany\n"
                      "Email: florian.achterberg@posteo.de · Mobile: +49 151 2345 6789 · Web: fachterberg.de")

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        _bold_par(doc, title.upper(), 12)
        t = doc.add_table(rows=0, cols=2)
        for left, right in rows:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(3.6), Cm(13)
            cells[0].text = left
            cells[1].text = right

    section("Professional Experience", [
        ("since 04/2022", "Machine Learning Scientist, BASF SE, Ludwigshafen\nGraph neural networks for "
                          "formulation design; led a team of three."),
        ("10/2021 – 03/2022", "Postdoctoral Researcher, Max Planck Institute for Polymer Research, Mainz"),
    ])
    section("Education", [
        ("10/2017 – 09/2021", "Dr. rer. nat. (PhD) in Theoretical Chemistry, Johannes Gutenberg University "
                              "Mainz\nGrade: summa cum laude"),
        ("10/2015 – 09/2017", "M.Sc. Chemistry, Heidelberg University (grade 1.1)"),
        ("03/2016 – 07/2016", "Erasmus exchange semester, Uppsala University, Sweden"),
        ("10/2012 – 09/2015", "B.Sc. Chemistry, Heidelberg University"),
    ])
    section("Publications", [(str(p.year), f"{p.authors}. {p.title}. {p.venue_printed}.") for p in pubs])
    section("Awards & Scholarships", [
        ("2021", "Dissertation Prize of the Gutenberg Graduate Foundation"),
        ("2013 – 2017", "Scholar of the German Academic Scholarship Foundation (Studienstiftung)"),
    ])
    section("Skills", [("Programming", "Python, C++, Fortran, Julia"),
                       ("Methods", "DFT, molecular dynamics, GNNs, active learning"),
                       ("Languages", "German (native), English (C2), Swedish (A2)")])
    save_doc(doc, out / file)
    return label(file, "Florian Achterberg", name_any=["Dr. Florian Achterberg"],
                 emails=["florian.achterberg@posteo.de"], phones=["+4915123456789"], links=["fachterberg.de"],
                 education=edu, experience=jobs, pubs=pubs, awards=2,
                 notes="Every section is a borderless 2-column table, dates in the left cell. 'since 04/2022' = "
                       "2022-04..present. Street address has a 5-digit postcode.")


def headings_docx(out: Path) -> dict:
    file = "07_docx_headings.docx"
    edu = [Edu("University of Cape Town", "phd", "Computer Science", "2024-02", "present"),
           Edu("Strathmore University", "master", "Data Science", "2022-01", "2023-12"),
           Edu("Jomo Kenyatta University of Agriculture and Technology", "bachelor",
               "Mathematics and Computer Science", "2016-09", "2020-08")]
    edu_rows = [("PhD candidate in Computer Science — University of Cape Town", "Feb. 2024 – present"),
                ("MSc in Data Science — Strathmore University", "January 2022 – December 2023"),
                ("BSc in Mathematics and Computer Science — Jomo Kenyatta University of Agriculture and Technology",
                 "September 2016 – August 2020")]
    jobs = [Job("iLabAfrica, Strathmore University", "Research Assistant", "2022-03", "2023-12"),
            Job("Safaricom PLC", "Data Science Intern", "2021-06", "2021-11"),
            Job("Twiga Foods", "Junior Data Analyst", "2020-09", "2021-05")]
    job_when = ["Mar 2022 – Dec 2023", "June 2021 – November 2021", "Sep 2020 – May 2021"]
    pubs = [Pub("K. Omondi, T. Njoroge, and A. Diallo", "Fairness audits of credit-scoring models trained on "
                "mobile-money data", "In ACM Conference on Fairness, Accountability, and Transparency (FAccT), "
                "2024", 2024, True, "FAccT"),
            Pub("K. Omondi* and B. Wanjiru*", "Swahili keyword spotting with ten minutes of labelled speech",
                "Interspeech, 2023", 2023, True, "Interspeech"),
            Pub("T. Njoroge and K. Omondi", "Crop-disease detection from smartphone images under distribution "
                "shift", "ICLR 2023 Workshop on Practical Machine Learning for Developing Countries", 2023, False,
                "ICLR Workshop")]
    doc = new_doc()
    doc.add_heading("Keziah Omondi", level=0)
    doc.add_paragraph("Nairobi, Kenya | keziah.omondi@strathmore.edu | +254 712 345 678 | "
                      "linkedin.com/in/keziahomondi | github.com/kezomondi")
    doc.add_heading("Research Interests", level=1)
    for t in ("Algorithmic fairness", "Machine learning for agriculture", "Low-resource speech recognition"):
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Education", level=1)
    for head, when in edu_rows:
        doc.add_heading(head, level=2)
        doc.add_paragraph(when)
    doc.add_heading("Experience", level=1)
    for j, when in zip(jobs, job_when, strict=False):
        doc.add_heading(f"{j.title}, {j.organization}", level=2)
        doc.add_paragraph(when)
        doc.add_paragraph("Built and evaluated models; wrote reports for non-technical stakeholders.",
                          style="List Bullet")
    doc.add_heading("Publications", level=1)
    doc.add_paragraph("* equal contribution")
    for p in pubs:
        doc.add_paragraph(f"{p.authors}. {p.title}. {p.venue_printed}.", style="List Number")
    doc.add_heading("Awards", level=1)
    for t in ("Mastercard Foundation Scholar, University of Cape Town, 2024",
              "Best Poster Award, Deep Learning Indaba 2023",
              "Dean's List, JKUAT, 2018 and 2019"):
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Skills", level=1)
    doc.add_paragraph("Python, R, SQL, PyTorch, scikit-learn, Kaldi, Docker", style="List Bullet")
    doc.add_paragraph("English (fluent), Kiswahili (native), Dholuo (native)", style="List Bullet")
    save_doc(doc, out / file)
    return label(file, "Keziah Omondi", emails=["keziah.omondi@strathmore.edu"], phones=["+254712345678"],
                 links=["linkedin.com/in/keziahomondi", "github.com/kezomondi"], education=edu, experience=jobs,
                 pubs=pubs, interests=["algorithmic fairness", "low-resource speech recognition"], awards=3,
                 notes="Title style for the name, Heading 1 sections, Heading 2 entries, List Bullet / List Number.")
