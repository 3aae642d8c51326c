"""Regenerate tests/heldout15: files/ from the sources in src/ (and the small writers next to this
script), expected/ from labels15.py.  CI never runs this; the outputs are committed.

    python tests/heldout15/make_heldout15.py [NN ...]
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build15  # noqa: E402
import docx15  # noqa: E402
import ps15  # noqa: E402
import svg15  # noqa: E402
from kit15 import FILES, SRC, pin_pdf, write_label  # noqa: E402
from labels15 import LABELS  # noqa: E402


def _f10(stem: str) -> None:
    svg = SRC / f"{stem}.svg"
    svg15.write(svg)
    out = FILES / f"{stem}.pdf"
    svg15.build(svg, out)
    pin_pdf(out)


def _f06(stem: str) -> None:
    ps15.write(SRC / f"{stem}.ps")
    build15.postscript(stem)


BUILDERS = {
    "01_de_education_postdoc_komascript_lebenslauf": ("pdf", lambda s: build15.latex(s)),
    "02_fr_linguistics_mcf_pandoc_context": ("pdf", build15.pandoc_context),
    "03_ja_en_public_health_rirekisho_luatexja": ("pdf", lambda s: build15.latex(s, "lualatex", bib=True)),
    "04_us_law_vap_groff_mom": ("pdf", build15.groff_mom),
    "05_nursing_asst_prof_pandoc_docx_refdoc": ("docx", build15.pandoc_docx),
    "06_architect_portfolio_handwritten_postscript": ("pdf", _f06),
    "07_math_professor_amsart_arxiv": ("pdf", lambda s: build15.latex(s)),
    "08_in_agronomy_phd_pursuing_word_tables": ("docx", lambda s: docx15.build(FILES / f"{s}.docx")),
    "09_zh_soil_assoc_prof_pdflatex_cjkutf8": ("pdf", lambda s: build15.latex(s)),
    "10_zh_industry_jobsite_jianli_cairosvg": ("pdf", _f10),
    "11_demography_phd_candidate_bibtex_apalike": ("pdf", lambda s: build15.latex(s, bib=True)),
    "12_agritech_data_engineer_restructuredtext": ("txt", lambda s: shutil.copy(SRC / f"{s}.txt", FILES / f"{s}.txt")),
    "13_bilingual_hk_linguistics_phd_word_section_columns": ("docx", lambda s: docx15.build13(FILES / f"{s}.docx")),
}


def main(argv: list[str]) -> None:
    FILES.mkdir(exist_ok=True)
    for stem, (ext, build) in BUILDERS.items():
        if argv and stem[:2] not in argv:
            continue
        build(stem)
        write_label(stem, ext, LABELS[stem])
        print(f"{stem}.{ext}")


if __name__ == "__main__":
    main(sys.argv[1:])
