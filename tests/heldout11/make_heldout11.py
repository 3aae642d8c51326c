"""Generate the eleventh held-out set: invented CVs made by producers the earlier sets never used. Word files
written with python-docx and printed to PDF by LibreOffice (one through ODT), HTML/CSS pages printed to PDF by
WeasyPrint, an e-mail with a pasted CV and a GitHub-README-like Markdown CV; files into files/, labels into
expected/, sources (DOCX/ODT, HTML/CSS, resume.json) into src/.

Written blind to the parser: nobody tunes the parser on it. Needs LibreOffice Writer (soffice), Noto CJK,
Liberation, DejaVu, Lato and Roboto fonts, and the `python-docx` and `weasyprint` Python packages (test-data
tools only, never project dependencies); CI never runs it because the outputs are committed.
`python tests/heldout11/make_heldout11.py [NN ...]` rebuilds all or some.
Every person, institution, address, phone, e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cvs_a11 import bilingual_postdoc_columns, ieee_phd_student, wps_zh_masters  # noqa: E402
from cvs_b11 import professor_long_word, textbox_data_engineer, zh_professor_odt  # noqa: E402
from cvs_c11 import homepage_assistant_prof, json_resume_ds, sidebar_grid_swe  # noqa: E402
from cvs_d11 import email_pasted_txt, phd_project_blocks, readme_md_html_tables, zh_phd_css_columns  # noqa: E402
from kit11 import write_label  # noqa: E402

BUILDERS = [ieee_phd_student, wps_zh_masters, bilingual_postdoc_columns, textbox_data_engineer, professor_long_word,
            zh_professor_odt, sidebar_grid_swe, json_resume_ds, homepage_assistant_prof, zh_phd_css_columns,
            phd_project_blocks, email_pasted_txt, readme_md_html_tables]


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
