#!/usr/bin/env python3
"""Build heldout34: invented CVs whose publication lists follow each discipline's citation style.

Usage: python tests/heldout34/make_heldout34.py [NN ...]   (no argument: every file and every label)

Every file is built from its source in src/ by a real document producer (see README.md);
labels are written from labels34.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build34  # noqa: E402
import labels34  # noqa: E402
from kit34 import FILES  # noqa: E402

CHEM_PG_AUX = "\n".join([
    r"\relax",
    *(rf"\citation{{{k}}}" for k in ("wielgosz2022", "marchetti2021", "wielgosz2019", "ferreira2018", "wielgosz2017")),
    r"\bibstyle{achemso}",
    r"\bibdata{acs-03_chem,03_chem}",
    "",
])

BUILDS = {
    "01": lambda: build34.abiword("01_med.html", "01_us_medicine_hf_fellow_abiword.pdf"),
    "02": lambda: build34.latex("02_phys", "02_ch_physics_cern_fellow_pdflatex_apsrev.pdf", bib="bibtex"),
    "03": lambda: build34.latex("03_chem", "03_us_chemistry_asst_prof_pdflatex_achemso.pdf", bib="bibtex",
                                extra_aux={"03_chem_pg.aux": CHEM_PG_AUX}),
    "04": lambda: build34.latex("04_econ", "04_us_economics_job_market_pdflatex_aer.pdf", bib="bibtex"),
    "05": lambda: build34.groff_pdf("05_law.me", "05_us_law_assoc_prof_groff_me_gropdf.pdf"),
    "06": lambda: build34.html2ps("06_hist.html", "06_uk_history_professor_html2ps.pdf"),
    "07": lambda: build34.latex("07_psych", "07_ca_psychology_phd_candidate_lualatex_biblatex_apa7.pdf",
                                engine="lualatex", bib="biber"),
    "08": lambda: build34.rst2pdf("08_ee.rst", "08_de_electrical_eng_professor_rst2pdf.pdf", style="08_style.yaml"),
    "09": lambda: build34.copy_text("09_cs.md", "09_us_cs_ml_phd_student_markdown.md"),
    "10": lambda: build34.latex("10_zh_mat", "10_zh_materials_phd_xelatex_ctexart_gbt7714.pdf",
                                engine="xelatex", bib="bibtex"),
    "11": lambda: build34.abiword("11_zh_med.html", "11_zh_endocrinology_attending_abiword.docx"),
    "12": lambda: build34.copy_text("12_zh_en_env.txt", "12_zh_en_environment_postdoc_plaintext.txt"),
}


def main(argv: list[str]) -> int:
    FILES.mkdir(exist_ok=True)
    wanted = argv or sorted(BUILDS)
    for key in wanted:
        print(BUILDS[key]())
    labels34.write_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
