"""Generate the thirteenth held-out set: invented CVs made by producers no earlier set used. Page images
"scanned" (rotated, noised) and given an OCR text layer by ocrmypdf/Tesseract, HTML printed by wkhtmltopdf
(Qt WebKit), pdfLaTeX CVs with Type 1 fonts (curve, currvita, moderncv 'oldstyle', a hand-made
Twenty-Seconds-like sidebar), Typst CVs compiled with typst-py (a modern-cv-like and a brilliant-cv-like
Chinese page), Word-shaped DOCX written XML-first (text box, numbering.xml, tab stops, header/footer, a
WPS-like Chinese one), and a Hugo academic-site author page in Markdown; files into files/, labels into
expected/, sources into src/.

Written blind to the parser: nobody tunes the parser on it. Needs the tools listed in README.md; CI never runs
it because the outputs are committed. `python tests/heldout13/make_heldout13.py [NN ...]` rebuilds all or some.
Every person, institution, address, phone, e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cvs_a13 import scanned_cs_phd, scanned_zh_masters, wkhtml_bilingual_postdoc, wkhtml_data_engineer  # noqa: E402
from cvs_b13 import (  # noqa: E402
    currvita_history_lecturer,
    curve_stats_professor,
    moderncv_oldstyle_econ_postdoc,
    sidebar_tikz_undergrad,
)
from cvs_c13 import typst_brilliant_zh_assoc_prof, typst_modern_research_scientist  # noqa: E402
from cvs_d13 import hugo_academic_page, word_docx_epidemiologist, wps_zh_docx  # noqa: E402
from kit13 import write_label  # noqa: E402

BUILDERS = [scanned_cs_phd, scanned_zh_masters, wkhtml_data_engineer, wkhtml_bilingual_postdoc,
            curve_stats_professor, moderncv_oldstyle_econ_postdoc, currvita_history_lecturer,
            sidebar_tikz_undergrad, typst_modern_research_scientist, typst_brilliant_zh_assoc_prof,
            word_docx_epidemiologist, wps_zh_docx, hugo_academic_page]


def main(argv: list[str]) -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for i, build in enumerate(BUILDERS, 1):
        if argv and f"{i:02d}" not in argv:
            continue
        write_label(expected, build(files))
        print("built", i, build.__name__)


if __name__ == "__main__":
    main(sys.argv[1:])
