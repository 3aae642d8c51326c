"""Generate the fifth held-out evaluation set: invented CVs in files/, labels in expected/.

Written blind to the parser (its author did not read reviewer/parsing or reviewer/extract):
used for generalisation measurements; nobody tunes the parser on it. Run from anywhere:
`python tests/heldout5/make_heldout5.py`. Every person, address, phone, e-mail and paper
here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the builders sit next to this script, not in a package

from cvs_a5 import imaging_phd, sre_awesome, zh_master  # noqa: E402
from cvs_b5 import moderncv_physicist, project_style_master, sidebar_postdoc, venue_tag_student  # noqa: E402
from cvs_c5 import bilingual_table_student, nlp_fellow, zh_associate  # noqa: E402
from cvs_d5 import initial_md, lowercase_txt, quoted_md, zh_phd_md  # noqa: E402
from kit5 import write_label  # noqa: E402

BUILDERS = [imaging_phd, zh_master, sre_awesome, sidebar_postdoc, venue_tag_student, project_style_master,
            moderncv_physicist, nlp_fellow, zh_associate, bilingual_table_student,
            lowercase_txt, initial_md, quoted_md, zh_phd_md]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        write_label(expected, build(files))
    print(f"{len(BUILDERS)} CVs written to {files}")


if __name__ == "__main__":
    main()
