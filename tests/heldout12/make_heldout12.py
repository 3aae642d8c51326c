"""Generate the twelfth held-out set: invented CVs made by producers no earlier set used. HTML/CSS pages printed
by headless Chromium (Skia PDF), rendercv YAML rendered through Typst, pandoc Markdown converted to DOCX (kept
as DOCX) and to HTML (printed by Chromium), DOCX files written by LibreOffice itself (python-docx -> ODT ->
DOCX roundtrip, kept as DOCX), and two plain-text CVs; files into files/, labels into expected/, sources
(HTML/CSS, YAML, Markdown, the python-docx input) into src/.

Written blind to the parser: nobody tunes the parser on it. Needs chromium, pandoc, LibreOffice Writer, the
fonts listed in README.md, and the `rendercv[full]` and `python-docx` Python packages (test-data tools only,
never project dependencies); CI never runs it because the outputs are committed.
`python tests/heldout12/make_heldout12.py [NN ...]` rebuilds all or some.
Every person, institution, address, phone, e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cvs_a12 import canva_two_column_analyst, gdocs_serif_postdoc, notion_ml_engineer, zh_photo_table_phd  # noqa: E402
from cvs_b12 import (  # noqa: E402
    rendercv_classic_physics_postdoc,
    rendercv_engineering_new_grad,
    rendercv_moderncv_professor,
)
from cvs_c12 import (  # noqa: E402
    lo_docx_industry_chemist,
    lo_docx_zh_table_cv,
    pandoc_citeproc_html_prof,
    pandoc_md_docx_bilingual,
)
from cvs_d12 import indeed_like_export_txt, pdf_copied_professor_txt  # noqa: E402
from kit12 import write_label  # noqa: E402

BUILDERS = [notion_ml_engineer, canva_two_column_analyst, gdocs_serif_postdoc, zh_photo_table_phd,
            rendercv_classic_physics_postdoc, rendercv_engineering_new_grad, rendercv_moderncv_professor,
            pandoc_md_docx_bilingual, pandoc_citeproc_html_prof, lo_docx_zh_table_cv, lo_docx_industry_chemist,
            pdf_copied_professor_txt, indeed_like_export_txt]


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
