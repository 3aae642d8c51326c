"""Generate the ninth held-out evaluation set: invented CVs rendered with real public CV templates
(moderncv, Awesome-CV, AltaCV, Jake's resume, billryan/resume, imprecv for Typst, python-docx Word
layouts, an academicpages Markdown CV) into files/, labels into expected/, template sources into src/.

Written blind to the parser: nobody tunes the parser on it. Needs XeLaTeX, biber, TeX Live's
fonts-extra/lang-chinese, Noto CJK fonts and the `typst` Python package (see README); CI never runs it
because the outputs are committed. `python tests/heldout9/make_heldout9.py [NN ...]` rebuilds all or some.
Every person, institution, address, phone, e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cvs_a9 import (  # noqa: E402
    awesome_cv_professor,
    moderncv_banking_engineer,
    moderncv_casual_phd,
    moderncv_classic_postdoc,
)
from cvs_b9 import altacv_research_scientist, jake_undergrad  # noqa: E402
from cvs_c9 import billryan_zh_master, imprecv_typst_engineer  # noqa: E402
from cvs_d9 import (  # noqa: E402
    academicpages_markdown,
    moderncv_zh_professor,
    word_academic_tabstops,
    word_table_resume,
    word_zh_table_postdoc,
)
from kit9 import write_label  # noqa: E402

BUILDERS = [moderncv_classic_postdoc, moderncv_banking_engineer, moderncv_casual_phd, awesome_cv_professor,
            altacv_research_scientist, jake_undergrad, billryan_zh_master, imprecv_typst_engineer,
            moderncv_zh_professor, word_table_resume, word_zh_table_postdoc, word_academic_tabstops,
            academicpages_markdown]


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
