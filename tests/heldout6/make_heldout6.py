"""Generate the sixth held-out evaluation set: invented CVs in files/, labels in expected/.

Written blind to the parser (its author did not read reviewer/parsing, reviewer/extract or the
parser tests): used for generalisation measurements; nobody tunes the parser on it. Run from
anywhere: `python tests/heldout6/make_heldout6.py`. Every person, institution, address, phone,
e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the builders sit next to this script, not in a package

from cvs_a6 import altacv_robotics, band_data_scientist, europass_postdoc, typst_ocean_postdoc  # noqa: E402
from cvs_b6 import (  # noqa: E402
    bilingual_headings,
    caps_headings_economist,
    industry_skills_first,
    zh_wps_table,
)
from cvs_c6 import bilingual_finance_docx, bioinfo_table_docx, ecology_fellow_docx, zh_chem_phd_docx  # noqa: E402
from cvs_d6 import academicpages_md, spacing_headings_txt, zh_jobsite_txt  # noqa: E402
from kit6 import write_label  # noqa: E402

BUILDERS = [europass_postdoc, band_data_scientist, altacv_robotics, typst_ocean_postdoc,
            zh_wps_table, bilingual_headings, caps_headings_economist, industry_skills_first,
            ecology_fellow_docx, zh_chem_phd_docx, bilingual_finance_docx, bioinfo_table_docx,
            academicpages_md, spacing_headings_txt, zh_jobsite_txt]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        write_label(expected, build(files))
    print(f"{len(BUILDERS)} CVs written to {files}")


if __name__ == "__main__":
    main()
