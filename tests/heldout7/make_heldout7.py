"""Generate the seventh held-out evaluation set: invented CVs in files/, labels in expected/.

Written blind to the parser (its author did not read reviewer/parsing or the parser tests): used
for generalisation measurements; nobody tunes the parser on it. Run from anywhere:
`python tests/heldout7/make_heldout7.py`. Every person, institution, address, phone, e-mail and
paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the builders sit next to this script, not in a package

from cvs_a7 import deedy_student, historian_chicago, linkedin_export, professor_year_groups  # noqa: E402
from cvs_b7 import (  # noqa: E402
    acm_hci,
    bilingual_right_sidebar,
    timeline_designer,
    zh_billryan_intern,
    zh_gbt_professor,
)
from cvs_c7 import header_contact_policy, psych_autonumber, table_sections_postdoc, zh_phd_sci_tags  # noqa: E402
from cvs_d7 import markdown_cv_backticks, monospace_txt  # noqa: E402
from kit7 import write_label  # noqa: E402

BUILDERS = [linkedin_export, deedy_student, professor_year_groups, historian_chicago,
            zh_gbt_professor, zh_billryan_intern, bilingual_right_sidebar, acm_hci, timeline_designer,
            header_contact_policy, table_sections_postdoc, zh_phd_sci_tags, psych_autonumber,
            markdown_cv_backticks, monospace_txt]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        write_label(expected, build(files))
    print(f"{len(BUILDERS)} CVs written to {files}")


if __name__ == "__main__":
    main()
