#!/usr/bin/env python3
"""Build the invented CVs of held-out set 27 into files/ and their labels into expected/.

Usage: python tests/heldout27/make_heldout27.py [NN ...]

Producers: rendercv (engineeringclassic PDF, Markdown output), WeasyPrint (hand-written HTML/CSS in the looks
of LinkedIn 'Save to PDF', Reactive Resume, Novoresume, Kickresume, Zety; a JSON Resume rendered with a
jinja2 template in the stackoverflow theme's look), typst-py, python-docx, plain text.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

HERE = Path(__file__).resolve().parent
SRC, FILES, EXPECTED = HERE / "src", HERE / "files", HERE / "expected"
sys.path.insert(0, str(HERE))

import docx27  # noqa: E402
import labels27  # noqa: E402

EPOCH = "1719792000"  # 2024-07-01 00:00 UTC
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1", TZ="UTC")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rendercv(yaml_name: str, out: Path, kind: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = ["rendercv", "render", str(SRC / yaml_name), "-o", tmp, "-nopng", "-nohtml"]
        if kind == "md":
            args.append("-nopdf")
        subprocess.run(args, check=True, env=ENV, capture_output=True)
        (made,) = Path(tmp).glob(f"*.{kind}")
        data = made.read_bytes()
        if kind == "pdf":  # rendercv sets Typst's document date to today: pin it in place (same length)
            data = re.sub(rb"D:\d{14}Z", b"D:20250601000000Z", data)
            data = re.sub(rb"\d{4}-\d\d-\d\dT00:00:00Z", b"2025-06-01T00:00:00Z", data)
        out.write_bytes(data)


def weasy(html_name: str, out: Path) -> None:
    subprocess.run(["weasyprint", str(SRC / html_name), str(out)], check=True, env=ENV, capture_output=True)


def json_resume(json_name: str, template_name: str, out: Path) -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(SRC), autoescape=True)
    env.filters["ym"] = lambda s: f"{MONTHS[int(s[5:7]) - 1]} {s[:4]}" if s and len(s) >= 7 else (s or "")
    html = env.get_template(template_name).render(r=json.loads((SRC / json_name).read_text(encoding="utf-8")))
    html_path = SRC / (Path(template_name).stem.replace(".html", "") + ".rendered.html")
    html_path.write_text(html, encoding="utf-8")
    subprocess.run(["weasyprint", str(html_path), str(out)], check=True, env=ENV, capture_output=True)


def typst(typ_name: str, out: Path) -> None:
    import typst as typst_py

    out.write_bytes(typst_py.compile(str(SRC / typ_name)))


def copy(name: str, out: Path) -> None:
    shutil.copyfile(SRC / name, out)


BUILDS = {
    "01": ("01_us_ml_staff_scientist_rendercv_engineeringclassic.pdf",
           lambda o: rendercv("01_us_ml_staff_scientist.rendercv.yaml", o, "pdf")),
    "02": ("02_il_robotics_research_engineer_rendercv_markdown.md",
           lambda o: rendercv("02_il_robotics_research_engineer.rendercv.yaml", o, "md")),
    "03": ("03_in_compbio_principal_data_scientist_linkedin_pdf.pdf",
           lambda o: weasy("03_in_compbio_linkedin_pdf.html", o)),
    "04": ("04_nl_hci_senior_scientist_reactive_resume.pdf",
           lambda o: weasy("04_nl_hci_senior_scientist_reactive_resume.html", o)),
    "05": ("05_kr_speech_ml_lead_scientist_novoresume.pdf",
           lambda o: weasy("05_kr_speech_ml_lead_novoresume.html", o)),
    "06": ("06_br_pt_climate_scientist_kickresume.pdf",
           lambda o: weasy("06_br_pt_climate_scientist_kickresume.html", o)),
    "07": ("07_uk_quant_researcher_jsonresume_stackoverflow.pdf",
           lambda o: json_resume("07_uk_quant_researcher.resume.json", "07_stackoverflow_like.html.j2", o)),
    "08": ("08_us_materials_research_director_zety.pdf",
           lambda o: weasy("08_us_materials_research_director_zety.html", o)),
    "09": ("09_de_battery_materials_senior_scientist_lebenslauf.docx",
           lambda o: docx27.build_09(o)),
    "10": ("10_ch_compbio_principal_scientist_typst_sidebar.pdf",
           lambda o: typst("10_ch_compbio_principal_scientist.typ", o)),
    "11": ("11_in_chip_design_staff_engineer_ats_plaintext.txt",
           lambda o: copy("11_in_chip_design_staff_engineer.txt", o)),
    "12": ("12_us_hci_research_director_google_docs.docx",
           lambda o: docx27.build_12(o)),
}


def main(argv: list[str]) -> int:
    FILES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for key in argv or sorted(BUILDS):
        name, build = BUILDS[key]
        build(FILES / name)
        label = labels27.LABELS[key]
        label = {"file": name, **label}
        (EXPECTED / (Path(name).stem + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
